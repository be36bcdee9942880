//! `articles.toml`: metadata for the articles of one folder, keyed by file name.
//!
//! ```toml
//! [articles."000_2c888ae4d1a458c7.txt"]
//! date = "2022-02-08"          # or a bare TOML date: date = 2022-02-08
//! title = "…"
//! source = "…"
//! url = "https://…"
//! ```
//!
//! The manifest *fills in* what a file does not say itself: a date, title, source or url
//! written in the file (header block, date line, JSON field, HTML metadata) wins, and a
//! manifest value that disagrees with it is reported as a note. An entry for a JSON Lines or
//! JSON file applies to every article in it. Entries naming no file of the folder, unknown
//! keys and unreadable dates are warnings; a manifest that is not valid TOML is an error, and
//! the folder is then read without it.

use std::collections::BTreeMap;
use std::path::Path;

use chrono::NaiveDate;

use super::date::parse_publication_date;
use super::error::{InputProblem, ProblemKind};

/// The manifest's file name.
pub const FILE_NAME: &str = "articles.toml";

/// A parsed manifest.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Manifest {
    /// Where it was read from, for messages.
    pub path: String,
    /// By file name.
    pub entries: BTreeMap<String, Entry>,
}

/// Metadata for one file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Entry {
    pub title: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub date: Option<NaiveDate>,
}

/// Reads `dir/articles.toml` if there is one. Problems with it go to `problems` (errors and
/// warnings alike); `Ok(None)` means there is no manifest.
pub fn load(dir: &Path, problems: &mut Vec<InputProblem>) -> Option<Manifest> {
    let path = dir.join(FILE_NAME);
    let shown = path.display().to_string();
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return None,
        Err(e) => {
            let reason = if path.is_dir() {
                "it is a folder".to_string()
            } else {
                super::io_reason(&e)
            };
            problems.push(InputProblem::new(shown, ProblemKind::Unreadable { reason }));
            return None;
        }
    };
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let offset = e.utf8_error().valid_up_to();
            problems.push(InputProblem::new(shown, ProblemKind::NotUtf8 { offset }));
            return None;
        }
    };
    parse(&shown, &text, problems)
}

/// Parses manifest text; `shown` names it in messages.
pub fn parse(shown: &str, text: &str, problems: &mut Vec<InputProblem>) -> Option<Manifest> {
    let table: toml::Table = match toml::from_str(text) {
        Ok(t) => t,
        Err(e) => {
            let line = e.span().map(|s| {
                text.as_bytes()[..s.start.min(text.len())]
                    .iter()
                    .filter(|b| **b == b'\n')
                    .count()
                    + 1
            });
            let msg = e.message().replace('\n', " ");
            let detail = match line {
                Some(l) => format!("line {l}: {}", msg.trim()),
                None => msg.trim().to_string(),
            };
            problems.push(InputProblem::new(
                shown,
                ProblemKind::BadManifest { detail },
            ));
            return None;
        }
    };
    let mut warn = |entry: &str, reason: String| {
        problems.push(InputProblem::new(
            shown,
            ProblemKind::ManifestEntry {
                entry: entry.to_string(),
                reason,
            },
        ))
    };
    let mut m = Manifest {
        path: shown.to_string(),
        entries: BTreeMap::new(),
    };
    for (key, value) in &table {
        if key != "articles" {
            warn(
                key,
                "unknown top-level key, ignored; list articles as [articles.\"file.txt\"]"
                    .to_string(),
            );
            continue;
        }
        let Some(articles) = value.as_table() else {
            warn(
                key,
                "must be a table of files, as [articles.\"file.txt\"]; ignored".to_string(),
            );
            continue;
        };
        for (file, fields) in articles {
            let Some(fields) = fields.as_table() else {
                warn(
                    file,
                    "must be a table such as { date = \"2022-02-03\" }; ignored".to_string(),
                );
                continue;
            };
            let mut e = Entry::default();
            for (k, v) in fields {
                let k = k.to_ascii_lowercase();
                let text = match v {
                    toml::Value::String(s) => s.trim().to_string(),
                    toml::Value::Datetime(d) if k == "date" => d.to_string(),
                    other => {
                        warn(
                            file,
                            format!("{k} must be a string, not a {}; ignored", other.type_str()),
                        );
                        continue;
                    }
                };
                if text.is_empty() {
                    continue;
                }
                match k.as_str() {
                    "title" => e.title = Some(text),
                    "source" => e.source = Some(text),
                    "url" => e.url = Some(text),
                    "date" => match parse_publication_date(&text) {
                        Ok(d) => e.date = Some(d),
                        Err(err) => warn(
                            file,
                            format!("date {text:?} is not a date ({err}); write it as YYYY-MM-DD"),
                        ),
                    },
                    _ => warn(
                        file,
                        format!("unknown key {k:?} ignored; the keys are date, title, source, url"),
                    ),
                }
            }
            m.entries.insert(file.clone(), e);
        }
    }
    Some(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_entries_and_warns() {
        let mut p = Vec::new();
        let m = parse(
            "in/articles.toml",
            r#"
[articles."a.txt"]
date = "Feb 8, 2022"
source = "Reuters"
[articles."b.txt"]
date = 2022-02-01
colour = "red"
[articles."c.txt"]
date = "someday"
"#,
            &mut p,
        )
        .unwrap();
        assert_eq!(m.entries["a.txt"].date, NaiveDate::from_ymd_opt(2022, 2, 8));
        assert_eq!(m.entries["a.txt"].source.as_deref(), Some("Reuters"));
        assert_eq!(m.entries["b.txt"].date, NaiveDate::from_ymd_opt(2022, 2, 1));
        assert_eq!(m.entries["c.txt"].date, None);
        assert_eq!(p.len(), 2, "{p:?}");
        assert!(p[0].to_string().contains("colour"));
        assert!(p[1].to_string().contains("someday"));
    }

    #[test]
    fn bad_toml_is_one_line_with_a_line_number() {
        let mut p = Vec::new();
        assert!(parse("in/articles.toml", "[articles\nx = 1\n", &mut p).is_none());
        let s = p[0].to_string();
        assert!(
            s.starts_with("in/articles.toml: not valid TOML (line 1"),
            "{s}"
        );
        assert!(!s.contains('\n'));
    }
}
