//! JSON Lines (`*.jsonl`, `*.ndjson`): one article per line, as a JSON object.
//!
//! Fields: `text` (required, the body, taken verbatim), `id` (or `doc`; a string or number;
//! without one the article is named `<file stem>-<line>`), the date under `date`, `dct`,
//! `published`, `time`, `published_at`, `datePublished` or `pubdate` (a string in any format
//! [`super::date`] reads, or a Unix timestamp), and optional `title` (`headline`), `source` (`publisher`, `site`,
//! or an object with a `name`), `url` (`link`). Other fields are ignored. Blank lines are
//! skipped. A line that is not JSON, not an object, or has no usable `text` is an error naming
//! the line; the other lines are still read.
//!
//! The record logic is shared with JSON arrays (`*.json`).

use chrono::DateTime;
use serde_json::{Map, Value};

use super::date::parse_publication_date;
use super::error::{InputProblem, Location, ProblemKind, json_type};
use super::{Draft, FileOut, OwnDate};

const DATE_KEYS: [&str; 8] = [
    "date",
    "dct",
    "published",
    "time",
    "published_at",
    "datePublished",
    "pubdate",
    "publication_date",
];

/// Reads a whole JSON Lines text. `shown` names the file in messages and paths.
pub(crate) fn read(shown: &str, stem: &str, text: &str) -> FileOut {
    let mut out = FileOut::default();
    let mut seq = 0;
    for (i, line) in text.split('\n').enumerate() {
        let n = i + 1;
        let line = line.trim_end_matches('\r').trim();
        if line.is_empty() {
            continue;
        }
        let value: Value = match serde_json::from_str(line) {
            Ok(v) => v,
            Err(e) => {
                let detail = json_error(&e);
                out.problems.push(InputProblem::at_line(
                    shown,
                    n,
                    ProblemKind::BadJson { detail },
                ));
                continue;
            }
        };
        seq += 1;
        let fallback = format!("{stem}-{n}");
        let path = format!("{shown}#{n}");
        record(
            shown,
            Location::Line(n),
            path,
            fallback,
            seq,
            value,
            &mut out,
        );
    }
    out
}

/// A serde_json error, without its own "at line 1 column 5" when that adds nothing.
pub(crate) fn json_error(e: &serde_json::Error) -> String {
    let s = e.to_string();
    let s = match s.rfind(" at line ") {
        Some(i) => format!("{} at column {}", &s[..i], e.column()),
        None => s,
    };
    s.replace('\n', " ")
}

/// Turns one JSON value into a draft article, or a problem.
pub(crate) fn record(
    shown: &str,
    loc: Location,
    path: String,
    fallback_id: String,
    seq: usize,
    value: Value,
    out: &mut FileOut,
) {
    let problem = |kind| InputProblem::at(shown, loc.clone(), kind);
    let Value::Object(obj) = value else {
        out.problems.push(problem(ProblemKind::NotObject {
            found: json_type(&value),
        }));
        return;
    };
    let text = match obj.get("text") {
        None | Some(Value::Null) => {
            let mut fields: Vec<&str> = obj.keys().map(String::as_str).collect();
            fields.sort_unstable();
            let fields = if fields.is_empty() {
                "none".to_string()
            } else {
                fields.join(", ")
            };
            out.problems
                .push(problem(ProblemKind::MissingText { fields }));
            return;
        }
        // Verbatim: offsets into it (e.g. of gold annotations) must stay valid.
        Some(Value::String(s)) => s.clone(),
        Some(other) => {
            out.problems.push(problem(ProblemKind::BadField {
                field: "text".into(),
                found: json_type(other),
                expected: "a string".into(),
            }));
            return;
        }
    };
    if text.trim().is_empty() {
        out.problems.push(problem(ProblemKind::EmptyText));
        return;
    }
    let id_value = ["id", "doc", "doc_id", "docid"]
        .iter()
        .find_map(|k| obj.get(*k).filter(|v| !v.is_null()));
    let id = match id_value {
        Some(Value::String(s)) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Some(Value::Number(n)) => Some(n.to_string()),
        None | Some(Value::Null) | Some(Value::String(_)) => None,
        Some(other) => {
            out.problems.push(problem(ProblemKind::IgnoredField {
                field: "id".into(),
                found: json_type(other),
                expected: "a string or number".into(),
            }));
            None
        }
    };
    let mut field = |names: &[&str]| -> Option<String> {
        for name in names {
            match obj.get(*name) {
                None | Some(Value::Null) => continue,
                Some(Value::String(s)) => {
                    let s = s.trim();
                    if s.is_empty() {
                        continue;
                    }
                    return Some(s.to_string());
                }
                Some(Value::Object(o)) => {
                    if let Some(Value::String(s)) = o.get("name") {
                        return Some(s.trim().to_string());
                    }
                }
                Some(_) => {}
            }
            out.problems.push(problem(ProblemKind::IgnoredField {
                field: (*name).to_string(),
                found: json_type(&obj[*name]),
                expected: "a string".into(),
            }));
        }
        None
    };
    let title = field(&["title", "headline"]);
    let source = field(&["source", "publisher", "site", "site_name"]);
    let url = field(&["url", "link"]);
    let own_date = record_date(&obj, shown, &loc, out);
    out.drafts.push(Draft {
        id: id.unwrap_or(fallback_id),
        path,
        location: loc,
        seq,
        title,
        source,
        url,
        own_date,
        text,
        inferred_title: None,
    });
}

fn record_date(
    obj: &Map<String, Value>,
    shown: &str,
    loc: &Location,
    out: &mut FileOut,
) -> OwnDate {
    for key in DATE_KEYS {
        let (value, parsed) = match obj.get(key) {
            None | Some(Value::Null) => continue,
            Some(Value::String(s)) if s.trim().is_empty() => continue,
            Some(Value::String(s)) => (
                s.clone(),
                parse_publication_date(s).map_err(|e| e.to_string()),
            ),
            Some(Value::Number(n)) => (n.to_string(), timestamp(n)),
            Some(other) => (
                other.to_string(),
                Err(format!("it is {}", json_type(other))),
            ),
        };
        return match parsed {
            Ok(d) => OwnDate::Given(d),
            Err(reason) => {
                out.problems.push(InputProblem::at(
                    shown,
                    loc.clone(),
                    ProblemKind::BadDate {
                        value,
                        origin: format!("field \"{key}\""),
                        reason,
                    },
                ));
                OwnDate::Bad
            }
        };
    }
    OwnDate::None
}

/// A Unix timestamp in seconds (or milliseconds, if large) → its UTC day.
fn timestamp(n: &serde_json::Number) -> Result<chrono::NaiveDate, String> {
    let Some(mut secs) = n.as_i64() else {
        return Err("it is not a whole number of seconds".into());
    };
    if secs.abs() > 100_000_000_000 {
        secs /= 1000;
    }
    DateTime::from_timestamp(secs, 0)
        .map(|d| d.date_naive())
        .ok_or_else(|| "it is out of range".into())
}
