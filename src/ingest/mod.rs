//! Ingest: files → [`Article`]s, with every problem reported as one line naming the file.
//!
//! ```no_run
//! use std::path::PathBuf;
//! let got = timeline::ingest::ingest(&[PathBuf::from("input")]);
//! for p in got.problems.iter().chain(&got.warnings) { eprintln!("{p}"); }
//! println!("{} articles", got.articles.len());
//! ```
//!
//! # What is read
//! Paths are files or folders. A folder is read **one level deep** (its sub-folders are not
//! entered: give them on their own), in file-name order. In a folder, hidden files (`.x`,
//! `x~`), the manifest `articles.toml` and documentation files (`README*`, `LICENSE*`,
//! `CHANGELOG*`, …) are skipped, and so are files of other types (each skip is a note). A
//! file given by name is read whatever its name, if its type is supported; an unsupported
//! type given by name is an error. Types, by extension (case-insensitive):
//!
//! - `.txt`, `.text`: plain text, with an optional metadata header ([`header`]);
//! - `.jsonl`, `.ndjson`: JSON Lines, one article per line ([`jsonl`]).
//!
//! # Metadata precedence
//! What a file says about itself wins (header block, date line, JSON fields); the folder's
//! `articles.toml` ([`manifest`]) fills in only what the file lacks, and a disagreement is
//! a note. A title guessed from a headline-like first line comes last. An article without a
//! publication date is kept (with `published: None`) and warned about.
//!
//! # Ids and order
//! An article's id is its file stem, or the `id` of a JSON record. Articles come out sorted
//! by id. Ids are unique: when two articles share one, the first in input order (paths in
//! the order given, files of a folder by name, records by line) keeps it, and the others
//! become `id~2`, `id~3`, … with a warning. Files are read in parallel, but the output is
//! the same on every run.

pub mod date;
mod decode;
pub mod error;
pub mod header;
mod jsonl;
pub mod manifest;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use rayon::prelude::*;

use crate::model::Article;
pub use error::{InputProblem, Location, ProblemKind, Severity};
use manifest::Manifest;

/// Files larger than this are refused rather than read into memory.
pub const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;

/// The result of [`ingest`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Ingested {
    /// Sorted by id; ids are unique.
    pub articles: Vec<Article>,
    /// Errors: input that gave no article (unreadable, binary, empty, bad JSON line, …).
    pub problems: Vec<InputProblem>,
    /// Warnings: articles that were kept but lack something (above all a publication date),
    /// renamed duplicate ids, manifest entries that were ignored.
    pub warnings: Vec<InputProblem>,
    /// Information: files skipped, manifests used, metadata conflicts resolved.
    pub notes: Vec<String>,
}

/// Reads articles from files and folders. Never panics on bad input; see the module docs.
pub fn ingest(paths: &[PathBuf]) -> Ingested {
    let mut plan = Plan::default();
    for p in paths {
        plan.add(p);
    }
    let Plan {
        jobs,
        walked,
        mut problems,
        mut notes,
        ..
    } = plan;

    // Manifests, one per folder holding a file to read.
    let mut manifest_problems = Vec::new();
    let mut manifests: BTreeMap<PathBuf, Option<Manifest>> = BTreeMap::new();
    for job in &jobs {
        if !manifests.contains_key(&job.dir) {
            let m = manifest::load(&job.dir, &mut manifest_problems);
            if let Some(m) = &m {
                notes.push(format!(
                    "{}: metadata for {} files",
                    m.path,
                    m.entries.len()
                ));
            }
            manifests.insert(job.dir.clone(), m);
        }
    }
    // Entries of a walked folder's manifest that name no file read from it.
    for (dir, names) in &walked {
        if let Some(Some(m)) = manifests.get(dir) {
            for entry in m.entries.keys().filter(|e| !names.contains(*e)) {
                manifest_problems.push(InputProblem::new(
                    m.path.clone(),
                    ProblemKind::ManifestEntry {
                        entry: entry.clone(),
                        reason: "no such article file in this folder; check the file name".into(),
                    },
                ));
            }
        }
    }

    let outs: Vec<FileOut> = jobs.par_iter().map(read_job).collect();

    let mut warnings = Vec::new();
    for p in manifest_problems {
        push(p, &mut problems, &mut warnings);
    }
    let mut found: Vec<Found> = Vec::new();
    for (idx, (job, out)) in jobs.iter().zip(outs).enumerate() {
        for p in out.problems {
            push(p, &mut problems, &mut warnings);
        }
        notes.extend(out.notes);
        let entry = manifests
            .get(&job.dir)
            .and_then(Option::as_ref)
            .and_then(|m| m.entries.get(&job.name));
        let mut undated = Vec::new();
        for d in out.drafts {
            let (location, seq, bad_date) = (d.location.clone(), d.seq, d.own_date == OwnDate::Bad);
            let (article, has_date) = finish(d, entry, job, &mut notes);
            if !has_date && !bad_date {
                undated.push(location.clone());
            }
            found.push(Found {
                article,
                file: job.shown.clone(),
                location,
                order: (idx, seq),
            });
        }
        if let Some(p) = undated_warning(job, undated) {
            warnings.push(p);
        }
    }

    let articles = unique_ids(found, &mut warnings);
    Ingested {
        articles,
        problems,
        warnings,
        notes,
    }
}

fn push(p: InputProblem, problems: &mut Vec<InputProblem>, warnings: &mut Vec<InputProblem>) {
    match p.severity() {
        Severity::Error => problems.push(p),
        Severity::Warning => warnings.push(p),
    }
}

/// The formats read, by extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Jsonl,
}

const FORMATS: &[(&str, Format)] = &[
    ("txt", Format::Text),
    ("text", Format::Text),
    ("jsonl", Format::Jsonl),
    ("ndjson", Format::Jsonl),
];

fn supported_list() -> String {
    let exts: Vec<String> = FORMATS.iter().map(|(e, _)| format!(".{e}")).collect();
    exts.join(", ")
}

fn format_of(path: &Path) -> Result<Format, String> {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    FORMATS
        .iter()
        .find(|(e, _)| *e == ext)
        .map(|(_, f)| *f)
        .ok_or(ext)
}

/// One file to read.
#[derive(Debug, Clone)]
struct Job {
    path: PathBuf,
    /// The path as shown in messages and `Article::path`.
    shown: String,
    format: Format,
    /// The folder whose `articles.toml` applies.
    dir: PathBuf,
    /// The file name, the manifest key.
    name: String,
    /// The file stem, the default id.
    stem: String,
}

#[derive(Default)]
struct Plan {
    jobs: Vec<Job>,
    /// Folders walked, with the names of the files taken from each.
    walked: Vec<(PathBuf, HashSet<String>)>,
    problems: Vec<InputProblem>,
    notes: Vec<String>,
    seen: HashSet<PathBuf>,
}

impl Plan {
    fn add(&mut self, path: &Path) {
        let shown = path.display().to_string();
        match fs::metadata(path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                self.problems
                    .push(InputProblem::new(shown, ProblemKind::NotFound));
            }
            Err(e) => self.problems.push(InputProblem::new(
                shown,
                ProblemKind::Unreadable {
                    reason: io_reason(&e),
                },
            )),
            Ok(m) if m.is_dir() => self.walk(path),
            Ok(_) => match format_of(path) {
                Ok(format) => {
                    self.push_job(path, format);
                }
                Err(ext) => self.problems.push(InputProblem::new(
                    shown,
                    ProblemKind::Unsupported {
                        ext,
                        supported: supported_list(),
                    },
                )),
            },
        }
    }

    fn push_job(&mut self, path: &Path, format: Format) -> bool {
        let shown = path.display().to_string();
        let key = fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        if !self.seen.insert(key) {
            self.notes
                .push(format!("{shown}: given more than once; read once"));
            return false;
        }
        let dir = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let stem = path
            .file_stem()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| name.clone());
        self.jobs.push(Job {
            path: path.to_path_buf(),
            shown,
            format,
            dir,
            name,
            stem,
        });
        true
    }

    fn walk(&mut self, dir: &Path) {
        let shown_dir = dir.display().to_string();
        let entries = match fs::read_dir(dir) {
            Ok(rd) => rd,
            Err(e) => {
                self.problems.push(InputProblem::new(
                    shown_dir,
                    ProblemKind::Unreadable {
                        reason: io_reason(&e),
                    },
                ));
                return;
            }
        };
        let mut names: Vec<std::ffi::OsString> = entries
            .filter_map(|e| e.ok())
            .map(|e| e.file_name())
            .collect();
        names.sort();
        let mut taken = HashSet::new();
        for os_name in names {
            let name = os_name.to_string_lossy().into_owned();
            let path = dir.join(&os_name);
            let shown = path.display().to_string();
            if name.starts_with('.') || name.ends_with('~') || name == manifest::FILE_NAME {
                continue;
            }
            let format = format_of(&path);
            match fs::metadata(&path) {
                Ok(m) if m.is_dir() => {
                    if format.is_ok() {
                        self.problems
                            .push(InputProblem::new(shown, ProblemKind::IsFolder));
                    } else {
                        self.notes.push(format!(
                            "{shown}: skipped folder (folders inside a folder are not read; give it on its own to read it)"
                        ));
                    }
                    continue;
                }
                Ok(_) => {}
                Err(e) => {
                    // A dangling link or a file that vanished: say so if it looked like ours.
                    if format.is_ok() {
                        self.problems.push(InputProblem::new(
                            shown,
                            ProblemKind::Unreadable {
                                reason: io_reason(&e),
                            },
                        ));
                    }
                    continue;
                }
            }
            if is_documentation(&name) {
                self.notes
                    .push(format!("{shown}: skipped (documentation, not an article)"));
                continue;
            }
            match format {
                Ok(f) => {
                    if self.push_job(&path, f) {
                        taken.insert(name);
                    }
                }
                Err(ext) => {
                    let what = if ext.is_empty() {
                        "no extension".to_string()
                    } else {
                        format!(".{ext}")
                    };
                    self.notes.push(format!(
                        "{shown}: skipped ({what} is not a supported type; read are {})",
                        supported_list()
                    ));
                }
            }
        }
        if taken.is_empty() {
            self.problems.push(InputProblem::new(
                shown_dir,
                ProblemKind::EmptyFolder {
                    supported: supported_list(),
                },
            ));
        }
        self.walked.push((dir.to_path_buf(), taken));
    }
}

fn is_documentation(name: &str) -> bool {
    let stem = name.split('.').next().unwrap_or(name).to_ascii_uppercase();
    matches!(
        stem.as_str(),
        "README"
            | "LICENSE"
            | "LICENCE"
            | "COPYING"
            | "CHANGELOG"
            | "NOTICE"
            | "AUTHORS"
            | "CONTRIBUTING"
    )
}

/// A short reason for an I/O error, without "(os error 13)".
pub(crate) fn io_reason(e: &std::io::Error) -> String {
    use std::io::ErrorKind::*;
    match e.kind() {
        PermissionDenied => "permission denied".into(),
        NotFound => "it no longer exists".into(),
        IsADirectory => "it is a folder".into(),
        _ => {
            let s = e.to_string();
            match s.find(" (os error") {
                Some(i) => s[..i].to_string(),
                None => s,
            }
        }
    }
}

/// A file's own date, if it gave one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum OwnDate {
    None,
    Given(NaiveDate),
    /// Given, but not a date (already warned about).
    Bad,
}

/// An article as a reader found it, before the manifest and id checks.
#[derive(Debug, Clone)]
pub(crate) struct Draft {
    pub id: String,
    pub path: String,
    pub location: Location,
    /// Order within its file.
    pub seq: usize,
    pub title: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub own_date: OwnDate,
    pub text: String,
    pub inferred_title: Option<String>,
}

/// What a reader made of one file.
#[derive(Debug, Default)]
pub(crate) struct FileOut {
    pub drafts: Vec<Draft>,
    pub problems: Vec<InputProblem>,
    pub notes: Vec<String>,
}

impl FileOut {
    fn problem(shown: &str, kind: ProblemKind) -> Self {
        FileOut {
            problems: vec![InputProblem::new(shown, kind)],
            ..FileOut::default()
        }
    }
}

fn read_job(job: &Job) -> FileOut {
    let bytes = match read_bytes(&job.path) {
        Ok(b) => b,
        Err(kind) => return FileOut::problem(&job.shown, kind),
    };
    let decoded = match decode::decode(&bytes) {
        Ok(d) => d,
        Err(kind) => return FileOut::problem(&job.shown, kind),
    };
    let mut out = match job.format {
        Format::Text => read_text(job, &decoded.text),
        Format::Jsonl => jsonl::read(&job.shown, &job.stem, &decoded.text),
    };
    if let Some(n) = decoded.note {
        out.notes.insert(0, format!("{}: {n}", job.shown));
    }
    out
}

fn read_bytes(path: &Path) -> Result<Vec<u8>, ProblemKind> {
    let unreadable = |e: &std::io::Error| ProblemKind::Unreadable {
        reason: io_reason(e),
    };
    let meta = fs::metadata(path).map_err(|e| unreadable(&e))?;
    if meta.is_dir() {
        return Err(ProblemKind::IsFolder);
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(ProblemKind::TooLarge {
            bytes: meta.len(),
            limit: MAX_FILE_BYTES,
        });
    }
    fs::read(path).map_err(|e| unreadable(&e))
}

/// A plain-text article: header or date line, then the body.
fn read_text(job: &Job, text: &str) -> FileOut {
    let (h, body) = header::split(text);
    let mut out = FileOut::default();
    if body.trim().is_empty() {
        out.problems
            .push(InputProblem::new(&job.shown, ProblemKind::NoText));
        return out;
    }
    if !h.ignored.is_empty() {
        out.notes.push(format!(
            "{}: header keys ignored: {} (the keys read are title, source, date, url)",
            job.shown,
            h.ignored.join(", ")
        ));
    }
    let own_date = match &h.date {
        None => OwnDate::None,
        Some(raw) => match date::parse_publication_date(raw) {
            Ok(d) => OwnDate::Given(d),
            Err(e) => {
                let origin = match h.form {
                    header::HeaderForm::DateLine => "the date line",
                    _ => "the header",
                };
                out.problems.push(InputProblem::new(
                    &job.shown,
                    ProblemKind::BadDate {
                        value: raw.clone(),
                        origin: origin.into(),
                        reason: e.to_string(),
                    },
                ));
                OwnDate::Bad
            }
        },
    };
    out.drafts.push(Draft {
        id: job.stem.clone(),
        path: job.shown.clone(),
        location: Location::File,
        seq: 0,
        title: h.title,
        source: h.source,
        url: h.url,
        own_date,
        text: body,
        inferred_title: h.inferred_title,
    });
    out
}

/// Applies the manifest entry: it fills what the file lacks; disagreements are noted.
/// Returns the article and whether it has a publication date.
fn finish(
    d: Draft,
    entry: Option<&manifest::Entry>,
    job: &Job,
    notes: &mut Vec<String>,
) -> (Article, bool) {
    let empty = manifest::Entry::default();
    let e = entry.unwrap_or(&empty);
    let mut note_conflict = |what: &str, own: &str, theirs: &str| {
        notes.push(format!(
            "{}: {what} {own:?} in the file differs from {theirs:?} in {}; using the file's",
            d.path,
            job.dir.join(manifest::FILE_NAME).display()
        ));
    };
    let mut pick = |what: &str, own: Option<String>, theirs: &Option<String>| match (own, theirs) {
        (Some(o), Some(t)) => {
            if &o != t {
                note_conflict(what, &o, t);
            }
            Some(o)
        }
        (o, t) => o.or_else(|| t.clone()),
    };
    let title = pick("title", d.title, &e.title).or(d.inferred_title);
    let source = pick("source", d.source, &e.source);
    let url = pick("url", d.url, &e.url);
    let published = match (d.own_date, e.date) {
        (OwnDate::Given(o), Some(t)) => {
            if o != t {
                note_conflict("date", &o.to_string(), &t.to_string());
            }
            Some(o)
        }
        (OwnDate::Given(o), None) => Some(o),
        (_, t) => t,
    };
    let article = Article {
        id: d.id,
        path: d.path,
        title,
        source,
        url,
        published,
        text: d.text,
    };
    (article, published.is_some())
}

/// One warning for a file's undated articles.
fn undated_warning(job: &Job, undated: Vec<Location>) -> Option<InputProblem> {
    let manifest = job.dir.join(manifest::FILE_NAME).display().to_string();
    match undated.len() {
        0 => None,
        1 => {
            let hint = match job.format {
                Format::Text => {
                    format!("add a \"date: YYYY-MM-DD\" header line or an entry in {manifest}")
                }
                Format::Jsonl => "add a \"date\" field (YYYY-MM-DD)".to_string(),
            };
            let loc = undated.into_iter().next().unwrap_or(Location::File);
            Some(InputProblem::at(
                job.shown.clone(),
                loc,
                ProblemKind::NoDate { hint },
            ))
        }
        count => {
            let shown: Vec<String> = undated
                .iter()
                .take(10)
                .map(|l| match l {
                    Location::Line(n) | Location::Item(n) => n.to_string(),
                    Location::File => "?".into(),
                })
                .collect();
            let unit = match undated[0] {
                Location::Item(_) => "articles",
                _ => "lines",
            };
            let more = if count > 10 { ", …" } else { "" };
            Some(InputProblem::new(
                job.shown.clone(),
                ProblemKind::NoDates {
                    count,
                    lines: format!("{unit} {}{more}", shown.join(", ")),
                },
            ))
        }
    }
}

struct Found {
    article: Article,
    /// The file it came from, as shown.
    file: String,
    location: Location,
    order: (usize, usize),
}

/// Makes ids unique (first in input order keeps the id) and sorts by id.
fn unique_ids(mut found: Vec<Found>, warnings: &mut Vec<InputProblem>) -> Vec<Article> {
    found.sort_by(|a, b| (&a.article.id, a.order).cmp(&(&b.article.id, b.order)));
    let mut taken: HashSet<String> = found.iter().map(|f| f.article.id.clone()).collect();
    let mut first_path: HashMap<String, String> = HashMap::new();
    let mut articles = Vec::with_capacity(found.len());
    for f in found {
        let Found {
            mut article,
            file,
            location,
            ..
        } = f;
        match first_path.get(&article.id) {
            None => {
                first_path.insert(article.id.clone(), article.path.clone());
            }
            Some(first) => {
                let base = article.id.clone();
                let renamed = (2..)
                    .map(|n| format!("{base}~{n}"))
                    .find(|c| !taken.contains(c))
                    .unwrap_or_default();
                taken.insert(renamed.clone());
                warnings.push(InputProblem::at(
                    file,
                    location,
                    ProblemKind::DuplicateId {
                        id: base,
                        first: first.clone(),
                        renamed: renamed.clone(),
                    },
                ));
                article.id = renamed;
            }
        }
        articles.push(article);
    }
    articles.sort_by(|a, b| a.id.cmp(&b.id));
    articles
}
