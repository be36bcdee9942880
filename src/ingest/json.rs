//! JSON files (`*.json`): an array of articles with the fields of JSON Lines (see
//! [`super::jsonl`]), or an object holding such an array under `articles`, `items`,
//! `records` or `data`, or a single article object. Problems name the article by its
//! position (1-based). A `.json` file that is really JSON Lines (one object per line) is read
//! as such, with a note.

use serde_json::Value;

use super::FileOut;
use super::error::{InputProblem, Location, ProblemKind, json_type};
use super::jsonl;

/// Reads a JSON text. `shown` names the file in messages and paths.
pub(crate) fn read(shown: &str, stem: &str, text: &str) -> FileOut {
    let value: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            if looks_like_lines(text) {
                let mut out = jsonl::read(shown, stem, text);
                out.notes.insert(
                    0,
                    format!("{shown}: holds one JSON object per line; read as JSON Lines (name it .jsonl)"),
                );
                return out;
            }
            let detail = jsonl::json_error(&e);
            return FileOut {
                problems: vec![InputProblem::at_line(
                    shown,
                    e.line().max(1),
                    ProblemKind::BadJsonFile { detail },
                )],
                ..FileOut::default()
            };
        }
    };
    let mut out = FileOut::default();
    let items = match value {
        Value::Array(items) => items,
        Value::Object(mut o) => {
            let key = ["articles", "items", "records", "data"]
                .into_iter()
                .find(|k| o.get(*k).is_some_and(Value::is_array));
            match key.and_then(|k| o.remove(k)) {
                Some(Value::Array(items)) => items,
                _ => {
                    // One article.
                    jsonl::record(
                        shown,
                        Location::File,
                        shown.to_string(),
                        stem.to_string(),
                        1,
                        Value::Object(o),
                        &mut out,
                    );
                    return out;
                }
            }
        }
        other => {
            out.problems.push(InputProblem::new(
                shown,
                ProblemKind::NotObject {
                    found: json_type(&other),
                },
            ));
            return out;
        }
    };
    if items.is_empty() {
        out.problems
            .push(InputProblem::new(shown, ProblemKind::NoArticles));
    }
    for (i, item) in items.into_iter().enumerate() {
        let n = i + 1;
        jsonl::record(
            shown,
            Location::Item(n),
            format!("{shown}#{n}"),
            format!("{stem}-{n}"),
            n,
            item,
            &mut out,
        );
    }
    out
}

/// Two or more non-blank lines, each a JSON object on its own.
fn looks_like_lines(text: &str) -> bool {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    lines.len() >= 2
        && lines
            .iter()
            .take(20)
            .all(|l| l.starts_with('{') && serde_json::from_str::<Value>(l).is_ok())
}
