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
//! - `.md`, `.markdown`: Markdown with YAML (or TOML) front matter ([`markdown`]);
//! - `.html`, `.htm`, `.xhtml`: saved web pages; the article is found in the page ([`html`]);
//! - `.jsonl`, `.ndjson`: JSON Lines, one article per line (module `jsonl`);
//! - `.json`: an array of articles with the same fields (module `json`);
//! - `-`: JSON Lines (or a JSON array) read from standard input, once.
//!
//! Text in other encodings is decoded, not refused: UTF-16 (with or without a byte-order
//! mark), a page's declared charset, or Windows-1252 for other non-UTF-8 bytes; what was
//! assumed is a note naming the file. A file with NUL bytes that is not UTF-16 is binary
//! and refused.
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
pub mod html;
mod json;
mod jsonl;
pub mod manifest;
pub mod markdown;
mod walk;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use rayon::prelude::*;

use crate::model::Article;
pub use error::{InputProblem, Location, ProblemKind, Severity};
use manifest::Manifest;
pub use walk::STDIN_NAME;
pub(crate) use walk::io_reason;
use walk::{Format, Job, Plan};

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
        let Some(dir) = &job.dir else { continue };
        if !manifests.contains_key(dir) {
            let m = manifest::load(dir, &mut manifest_problems);
            if let Some(m) = &m {
                notes.push(format!(
                    "{}: metadata for {} files",
                    m.path,
                    m.entries.len()
                ));
            }
            manifests.insert(dir.clone(), m);
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
        let entry = job
            .dir
            .as_ref()
            .and_then(|d| manifests.get(d))
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
    let read = if job.format == Format::Stdin {
        read_stdin()
    } else {
        read_bytes(&job.path)
    };
    let bytes = match read {
        Ok(b) => b,
        Err(kind) => return FileOut::problem(&job.shown, kind),
    };
    let declared = match job.format {
        Format::Html => html::declared_charset(&bytes),
        _ => None,
    };
    let decoded = match decode::decode(&bytes, declared) {
        Ok(d) => d,
        Err(kind) => return FileOut::problem(&job.shown, kind),
    };
    let text = &decoded.text;
    let mut out = match job.format {
        Format::Text if looks_like_html(text) => {
            let mut out = read_html(job, text);
            out.notes.push(format!(
                "{}: holds a web page; read as HTML (name it .html)",
                job.shown
            ));
            out
        }
        Format::Text => read_text(job, text),
        Format::Markdown => {
            let (h, body) = markdown::split(text);
            from_header(job, h, body)
        }
        Format::Html => read_html(job, text),
        Format::Jsonl => jsonl::read(&job.shown, &job.stem, text),
        Format::Json => json::read(&job.shown, &job.stem, text),
        Format::Stdin => {
            if text.trim_start().starts_with('[') {
                json::read(&job.shown, &job.stem, text)
            } else {
                jsonl::read(&job.shown, &job.stem, text)
            }
        }
    };
    if let Some(n) = decoded.note {
        out.notes.insert(0, format!("{}: {n}", job.shown));
    }
    out
}

/// Whether a text file is really a saved web page.
fn looks_like_html(text: &str) -> bool {
    let head: String = text
        .trim_start()
        .chars()
        .take(15)
        .collect::<String>()
        .to_ascii_lowercase();
    head.starts_with("<!doctype html") || head.starts_with("<html")
}

/// All of standard input, up to the size limit.
fn read_stdin() -> Result<Vec<u8>, ProblemKind> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .lock()
        .take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| ProblemKind::Unreadable {
            reason: io_reason(&e),
        })?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(ProblemKind::TooLarge {
            bytes: bytes.len() as u64,
            limit: MAX_FILE_BYTES,
        });
    }
    Ok(bytes)
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
    from_header(job, h, body)
}

/// A web page: metadata from its head, text from its article.
fn read_html(job: &Job, text: &str) -> FileOut {
    let page = html::extract(text);
    if page.text.trim().is_empty() {
        return FileOut::problem(&job.shown, ProblemKind::NoPageText);
    }
    let mut out = FileOut::default();
    let own_date = match &page.date {
        None => OwnDate::None,
        Some((raw, origin)) => own_date(job, raw, origin, &mut out),
    };
    out.drafts.push(Draft {
        id: job.stem.clone(),
        path: job.shown.clone(),
        location: Location::File,
        seq: 0,
        title: page.title,
        source: page.source,
        url: page.url,
        own_date,
        text: page.text,
        inferred_title: None,
    });
    out
}

/// Parses a date the file gives; a bad one is a warning.
fn own_date(job: &Job, raw: &str, origin: &str, out: &mut FileOut) -> OwnDate {
    match date::parse_publication_date(raw) {
        Ok(d) => OwnDate::Given(d),
        Err(e) => {
            out.problems.push(InputProblem::new(
                &job.shown,
                ProblemKind::BadDate {
                    value: raw.to_string(),
                    origin: origin.to_string(),
                    reason: e.to_string(),
                },
            ));
            OwnDate::Bad
        }
    }
}

/// An article from header metadata and body text (plain text and Markdown).
fn from_header(job: &Job, h: header::Header, body: String) -> FileOut {
    let mut out = FileOut::default();
    if body.trim().is_empty() {
        out.problems
            .push(InputProblem::new(&job.shown, ProblemKind::NoText));
        return out;
    }
    if !h.ignored.is_empty() {
        out.notes.push(format!(
            "{}: metadata keys ignored: {} (the keys read are title, source, date, url)",
            job.shown,
            h.ignored.join(", ")
        ));
    }
    let own_date = match &h.date {
        None => OwnDate::None,
        Some(raw) => {
            let origin = match h.form {
                header::HeaderForm::DateLine => "the date line",
                header::HeaderForm::FrontMatter => "the front matter",
                _ => "the header",
            };
            own_date(job, raw, origin, &mut out)
        }
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
            manifest_path(job)
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
    let manifest = manifest_path(job);
    match undated.len() {
        0 => None,
        1 => {
            let hint = match job.format {
                Format::Text => {
                    format!("add a \"date: YYYY-MM-DD\" header line or an entry in {manifest}")
                }
                Format::Markdown => format!(
                    "add \"date: YYYY-MM-DD\" to the front matter or an entry in {manifest}"
                ),
                Format::Html => format!(
                    "the page gives none (no article:published_time, JSON-LD datePublished or <time>); add an entry in {manifest}"
                ),
                Format::Jsonl | Format::Json | Format::Stdin => {
                    "add a \"date\" field (YYYY-MM-DD)".to_string()
                }
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

/// The manifest that applies to a job, for messages.
fn manifest_path(job: &Job) -> String {
    match &job.dir {
        Some(d) => d.join(manifest::FILE_NAME).display().to_string(),
        None => format!("{} (none for standard input)", manifest::FILE_NAME),
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
