//! Typed input problems: what went wrong with which file (and which line or record), said on
//! one line together with what to do about it.
//!
//! A problem is either an [`Severity::Error`] (the file, line or record was not read: no
//! article came of it) or a [`Severity::Warning`] (the article was read, but something it
//! should have is missing or was ignored, e.g. its publication date). [`super::Ingested`]
//! keeps the two apart in `problems` and `warnings`.

use std::fmt;

use thiserror::Error;

/// How bad a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Severity {
    /// Input was dropped: the file, line or record gave no article.
    Error,
    /// The article was kept, but something is missing or was ignored.
    Warning,
}

/// Where in a file a problem is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    /// The file as a whole.
    File,
    /// A line (1-based), for JSON Lines.
    Line(usize),
    /// A record (1-based) of a JSON array.
    Item(usize),
}

/// One problem with the input, naming the file (and line or record).
///
/// Its `Display` is one line: `path[:line]: what is wrong; what to do`.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub struct InputProblem {
    /// The file as given (or as found in a folder); `-` for standard input.
    pub path: String,
    pub location: Location,
    pub kind: ProblemKind,
}

impl InputProblem {
    pub fn new(path: impl Into<String>, kind: ProblemKind) -> Self {
        InputProblem {
            path: path.into(),
            location: Location::File,
            kind,
        }
    }

    pub fn at_line(path: impl Into<String>, line: usize, kind: ProblemKind) -> Self {
        InputProblem {
            path: path.into(),
            location: Location::Line(line),
            kind,
        }
    }

    pub fn at(path: impl Into<String>, location: Location, kind: ProblemKind) -> Self {
        InputProblem {
            path: path.into(),
            location,
            kind,
        }
    }

    /// Whether the input was dropped ([`Severity::Error`]) or kept ([`Severity::Warning`]).
    pub fn severity(&self) -> Severity {
        self.kind.severity()
    }
}

impl fmt::Display for InputProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // A file name may hold control characters; the message stays one line.
        let escaped: String;
        let path = if self.path.chars().any(char::is_control) {
            escaped = self
                .path
                .chars()
                .map(|c| {
                    if c.is_control() {
                        c.escape_default().to_string()
                    } else {
                        c.to_string()
                    }
                })
                .collect();
            &escaped
        } else {
            &self.path
        };
        match self.location {
            Location::File => write!(f, "{}: {}", path, self.kind),
            Location::Line(n) => write!(f, "{}:{}: {}", path, n, self.kind),
            Location::Item(n) => write!(f, "{} (article {}): {}", path, n, self.kind),
        }
    }
}

/// What is wrong. Each message says what to do.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ProblemKind {
    // ---- errors: nothing was read ----
    #[error("no such file or folder; check the path")]
    NotFound,
    #[error("cannot be read ({reason}); check that it is a readable file")]
    Unreadable { reason: String },
    #[error(
        "is a folder, not a file; folders inside a folder are not read — give it on its own to read the articles in it"
    )]
    IsFolder,
    #[error(
        "no articles in this folder (no {supported} files); put the articles there or check the path"
    )]
    EmptyFolder { supported: String },
    #[error("unsupported file type{}; give {supported} files (save other documents as UTF-8 text)", ext_label(.ext))]
    Unsupported { ext: String, supported: String },
    #[error("too large ({bytes} bytes, the limit is {limit}); split it into smaller files")]
    TooLarge { bytes: u64, limit: u64 },
    #[error(
        "looks like a binary file (NUL byte at offset {offset}), not text; give the article as UTF-8 text"
    )]
    Binary { offset: usize },
    #[error(
        "not UTF-8 text (invalid byte at offset {offset}); save it as UTF-8 or give a supported format"
    )]
    NotUtf8 { offset: usize },
    #[error("is empty; add the article text or remove the file")]
    Empty,
    #[error(
        "has a metadata header but no article text; put the text after the blank line that ends the header"
    )]
    NoText,
    #[error(
        "not valid JSON ({detail}); each line must be one JSON object such as {{\"id\": \"a1\", \"date\": \"2022-02-03\", \"text\": \"…\"}}"
    )]
    BadJson { detail: String },
    #[error(
        "is {found}, not a JSON object; each article must be an object such as {{\"id\": \"a1\", \"date\": \"2022-02-03\", \"text\": \"…\"}}"
    )]
    NotObject { found: String },
    #[error(
        "not valid JSON ({detail}); the file must hold an array of articles such as [{{\"id\": \"a1\", \"date\": \"2022-02-03\", \"text\": \"…\"}}]"
    )]
    BadJsonFile { detail: String },
    #[error("has no \"text\" field (fields: {fields}); add the article body as \"text\"")]
    MissingText { fields: String },
    #[error("field \"{field}\" is {found}, not {expected}; fix the field")]
    BadField {
        field: String,
        found: String,
        expected: String,
    },
    #[error("holds no articles (an empty list); add articles or remove the file")]
    NoArticles,
    #[error(
        "no article text found in the page; save the page with its article (not a print or login page), or copy the text into a .txt file"
    )]
    NoPageText,
    #[error("\"text\" is empty; add the article body or remove the record")]
    EmptyText,
    #[error(
        "not valid TOML ({detail}); fix it — the articles in this folder are read without it meanwhile"
    )]
    BadManifest { detail: String },

    // ---- warnings: the article was kept ----
    #[error("no publication date; {hint} — relative dates in it are left unresolved")]
    NoDate { hint: String },
    #[error(
        "{count} articles have no publication date ({lines}); add a \"date\" field (YYYY-MM-DD) to each — relative dates in them are left unresolved"
    )]
    NoDates { count: usize, lines: String },
    #[error(
        "date {value:?} ({origin}) is not a date: {reason}; write it as YYYY-MM-DD — meanwhile the article has no publication date"
    )]
    BadDate {
        value: String,
        origin: String,
        reason: String,
    },
    #[error(
        "id {id:?} is also used by {first}; this article is renamed {renamed:?} — give each article its own id"
    )]
    DuplicateId {
        id: String,
        first: String,
        renamed: String,
    },
    #[error("entry {entry:?}: {reason}")]
    ManifestEntry { entry: String, reason: String },
    #[error("field \"{field}\" is {found}, not {expected}; it is ignored — fix the field")]
    IgnoredField {
        field: String,
        found: String,
        expected: String,
    },
}

fn ext_label(ext: &str) -> String {
    if ext.is_empty() {
        " (no extension)".to_string()
    } else {
        format!(" \".{ext}\"")
    }
}

impl ProblemKind {
    /// Whether this kind drops input or only warns.
    pub fn severity(&self) -> Severity {
        use ProblemKind::*;
        match self {
            NoDate { .. }
            | NoDates { .. }
            | BadDate { .. }
            | DuplicateId { .. }
            | ManifestEntry { .. }
            | IgnoredField { .. } => Severity::Warning,
            _ => Severity::Error,
        }
    }
}

/// A short description of a JSON value's type, for messages.
pub(crate) fn json_type(v: &serde_json::Value) -> String {
    use serde_json::Value::*;
    match v {
        Null => "null",
        Bool(_) => "a boolean",
        Number(_) => "a number",
        String(_) => "a string",
        Array(_) => "an array",
        Object(_) => "an object",
    }
    .to_string()
}
