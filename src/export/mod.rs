//! Exports of the event list, one module per format: `events.json` and JSON Lines
//! ([`json`]), the spreadsheet CSV ([`spreadsheet`]), TimelineJS3 JSON ([`timelinejs`]),
//! iCalendar ([`ics`]), a Markdown chronology ([`markdown`]) and TimeML ([`timeml`]); the
//! reader of edited `events.json` files ([`validate()`]); and atomic file writing for every
//! output. Every export is deterministic: the same input gives the same bytes.
//!
//! The CLI calls [`export`] with a [`Format`] parsed from `--format`, and [`validate()`] on
//! an `events.json` it is given back.

pub mod display;
pub mod ics;
pub mod json;
pub mod markdown;
pub mod spreadsheet;
pub mod timelinejs;
pub mod timeml;
pub mod timex3;
pub mod validate;

use std::io::Write;
use std::path::Path;
use std::str::FromStr;

use crate::model::{ArticleInfo, Event, EventsFile};

pub use display::display_date;
pub use json::{to_json, to_jsonl};
pub use spreadsheet::{CSV_EXTRA_HEADERS, TIMELINEJS_HEADERS, to_csv};
pub use timeml::export_timeml;
pub use validate::{Validated, ValidationError, validate, validate_report};

/// Error of an export or of writing an output file.
#[derive(Debug)]
pub struct ExportError(pub String);

impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ExportError {}

/// An export format, as named on the command line (`--format NAME`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// `json`: `events.json` itself (schema: `docs/events.schema.json`).
    Json,
    /// `jsonl`: one event object per line, for pipelines.
    Jsonl,
    /// `csv`: the TimelineJS spreadsheet columns, then the event's own fields; the same file
    /// as the build's `events.csv`.
    Csv,
    /// `timelinejs`: TimelineJS3 JSON.
    TimelineJs,
    /// `ics`: iCalendar, one all-day VEVENT per event.
    Ics,
    /// `md`: a Markdown chronology with footnoted sources.
    Md,
    /// `timeml`: the articles with TIMEX3 tags. Needs the article texts, so [`export`] cannot
    /// produce it from `events.json`: call [`export_timeml`] with the ingested articles.
    Timeml,
}

impl Format {
    /// Every format, in the order help text lists them.
    pub const ALL: [Format; 7] = [
        Format::Json,
        Format::Jsonl,
        Format::Csv,
        Format::TimelineJs,
        Format::Ics,
        Format::Md,
        Format::Timeml,
    ];

    /// The command-line name (`json`, `jsonl`, `csv`, `timelinejs`, `ics`, `md`, `timeml`).
    pub fn name(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Jsonl => "jsonl",
            Format::Csv => "csv",
            Format::TimelineJs => "timelinejs",
            Format::Ics => "ics",
            Format::Md => "md",
            Format::Timeml => "timeml",
        }
    }

    /// The usual file name of the output, e.g. `events.ics`, `timeline.md`.
    pub fn file_name(self) -> &'static str {
        match self {
            Format::Json => "events.json",
            Format::Jsonl => "events.jsonl",
            Format::Csv => "events.csv",
            Format::TimelineJs => "timelinejs.json",
            Format::Ics => "events.ics",
            Format::Md => "timeline.md",
            Format::Timeml => "articles.timeml.xml",
        }
    }
}

impl std::fmt::Display for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Format {
    type Err = ExportError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let lower = s.trim().to_ascii_lowercase();
        Format::ALL
            .into_iter()
            .find(|f| f.name() == lower)
            .ok_or_else(|| {
                let names: Vec<&str> = Format::ALL.iter().map(|f| f.name()).collect();
                ExportError(format!(
                    "unknown export format {s:?}; use one of: {}",
                    names.join(", ")
                ))
            })
    }
}

/// Exports `file` in `format`. Every format but `timeml` works from `events.json` alone;
/// `timeml` returns an error saying to use [`export_timeml`] with the articles.
pub fn export(file: &EventsFile, format: Format) -> Result<String, ExportError> {
    match format {
        Format::Json => to_json(file),
        Format::Jsonl => to_jsonl(file),
        Format::Csv => to_csv(file),
        Format::TimelineJs => timelinejs::to_timelinejs(file),
        Format::Ics => Ok(ics::to_ics(file)),
        Format::Md => Ok(markdown::to_markdown(file)),
        Format::Timeml => Err(ExportError(
            "the timeml export tags the article texts, which events.json does not hold; \
             run it on the article folder (export_timeml) instead of on events.json"
                .to_string(),
        )),
    }
}

/// One source of an event, with what exports show of it.
#[derive(Debug, Clone)]
pub(crate) struct SourceRef<'a> {
    pub id: &'a str,
    /// The listed article, when `articles` has it.
    pub article: Option<&'a ArticleInfo>,
    /// The sentence of the source's first mention of the event.
    pub quote: Option<&'a str>,
}

impl SourceRef<'_> {
    /// "Title", "Outlet" and the publication day, whichever are known, else the article id.
    pub fn label(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        if let Some(a) = self.article {
            if let Some(t) = a.title.as_deref().filter(|t| !t.trim().is_empty()) {
                parts.push(t.trim().to_string());
            }
            if let Some(s) = a.source.as_deref().filter(|s| !s.trim().is_empty()) {
                parts.push(s.trim().to_string());
            }
            if let Some(p) = a.published {
                parts.push(display::day_text(p));
            }
        }
        if parts.is_empty() {
            parts.push(self.id.to_string());
        }
        parts.join(", ")
    }

    pub fn url(&self) -> Option<&str> {
        self.article
            .and_then(|a| a.url.as_deref())
            .filter(|u| !u.trim().is_empty())
    }
}

/// The sources of `event`, in the event's order, with their articles and quotes.
pub(crate) fn source_refs<'a>(file: &'a EventsFile, event: &'a Event) -> Vec<SourceRef<'a>> {
    event
        .sources
        .iter()
        .map(|id| SourceRef {
            id,
            article: file.articles.iter().find(|a| &a.id == id),
            quote: event
                .mentions
                .iter()
                .find(|m| &m.article == id)
                .map(|m| m.sentence.as_str()),
        })
        .collect()
}

/// A TIMEX3 value in words ("25 January 2022"), or as written when it does not parse.
pub(crate) fn value_words(value: &str) -> String {
    match timex3::parse_timex3(value) {
        Some(v) if v.interval().is_some() => display::value_text(&v),
        _ => value.to_string(),
    }
}

/// The label of an article id for conflict notes: its outlet, else its title, else the id.
pub(crate) fn article_name<'a>(file: &'a EventsFile, id: &'a str) -> &'a str {
    file.articles
        .iter()
        .find(|a| a.id == id)
        .and_then(|a| {
            a.source
                .as_deref()
                .or(a.title.as_deref())
                .filter(|s| !s.trim().is_empty())
        })
        .unwrap_or(id)
}

/// Escapes text for HTML element content and attribute values.
pub(crate) fn html_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Writes `contents` to `path` atomically: a temporary file in the same folder, synced, then
/// renamed over the target, so a crash never leaves a half-written output.
pub fn write_atomic(path: &Path, contents: &[u8]) -> Result<(), ExportError> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("out");
    let tmp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
    let fail = |what: &str, e: std::io::Error| {
        ExportError(format!(
            "cannot {what} {}: {e}; check that the folder exists and is writable",
            path.display()
        ))
    };
    let mut f = std::fs::File::create(&tmp).map_err(|e| fail("create", e))?;
    f.write_all(contents).map_err(|e| fail("write", e))?;
    f.sync_all().map_err(|e| fail("sync", e))?;
    drop(f);
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        fail("replace", e)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_names_round_trip() {
        for f in Format::ALL {
            assert_eq!(f.name().parse::<Format>().unwrap(), f);
        }
        assert_eq!("TimelineJS".parse::<Format>().unwrap(), Format::TimelineJs);
        let err = "pdf".parse::<Format>().unwrap_err().to_string();
        assert!(err.contains("pdf") && err.contains("timelinejs"), "{err}");
    }

    #[test]
    fn html_escaping() {
        assert_eq!(
            html_escape(r#"<script>"a" & 'b'</script>"#),
            "&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;"
        );
    }
}
