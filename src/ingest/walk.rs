//! Finding the files to read: paths given → jobs, in a deterministic order.
//!
//! A folder is read one level deep, in file-name order; hidden files, backups (`x~`), the
//! manifest and documentation files are skipped, and so are files of unsupported types and
//! sub-folders (each with a note). A file given by name is read whatever its name, if its
//! type is supported. `-` is standard input. The same file given twice is read once.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

use super::error::{InputProblem, ProblemKind};
use super::manifest;

/// The formats read, by extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Format {
    Text,
    Markdown,
    Html,
    Jsonl,
    Json,
    /// Standard input: JSON Lines, or a JSON array.
    Stdin,
}

pub(crate) const FORMATS: &[(&str, Format)] = &[
    ("txt", Format::Text),
    ("text", Format::Text),
    ("md", Format::Markdown),
    ("markdown", Format::Markdown),
    ("html", Format::Html),
    ("htm", Format::Html),
    ("xhtml", Format::Html),
    ("jsonl", Format::Jsonl),
    ("ndjson", Format::Jsonl),
    ("json", Format::Json),
];

/// How standard input is named in messages and article paths.
pub const STDIN_NAME: &str = "<stdin>";

pub(crate) fn supported_list() -> String {
    let exts: Vec<String> = FORMATS.iter().map(|(e, _)| format!(".{e}")).collect();
    exts.join(", ")
}

pub(crate) fn format_of(path: &Path) -> Result<Format, String> {
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
pub(crate) struct Job {
    pub(crate) path: PathBuf,
    /// The path as shown in messages and `Article::path`.
    pub(crate) shown: String,
    pub(crate) format: Format,
    /// The folder whose `articles.toml` applies (none for standard input).
    pub(crate) dir: Option<PathBuf>,
    /// The file name, the manifest key.
    pub(crate) name: String,
    /// The file stem, the default id.
    pub(crate) stem: String,
}

#[derive(Default)]
pub(crate) struct Plan {
    pub(crate) jobs: Vec<Job>,
    /// Folders walked, with the names of the files taken from each.
    pub(crate) walked: Vec<(PathBuf, HashSet<String>)>,
    pub(crate) problems: Vec<InputProblem>,
    pub(crate) notes: Vec<String>,
    pub(crate) seen: HashSet<PathBuf>,
}

impl Plan {
    pub(crate) fn add(&mut self, path: &Path) {
        if path.as_os_str() == "-" {
            if self.seen.insert(PathBuf::from("-")) {
                self.jobs.push(Job {
                    path: PathBuf::from("-"),
                    shown: STDIN_NAME.into(),
                    format: Format::Stdin,
                    dir: None,
                    name: "-".into(),
                    stem: "stdin".into(),
                });
            } else {
                self.notes
                    .push("-: standard input given more than once; read once".into());
            }
            return;
        }
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
            dir: Some(dir),
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
                Ok(m) if !m.is_file() => {
                    self.notes.push(format!(
                        "{shown}: skipped (not a regular file: a device, socket or pipe)"
                    ));
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
