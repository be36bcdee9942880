//! Shared checker of the table-driven tagger tests (`tag_phrases*.rs`): each row names a text,
//! its reference date, a span of the text and what the timex overlapping that span must be;
//! all failing rows of a table are reported together.

#![allow(dead_code)] // each test file uses the checks it needs

use chrono::NaiveDate;
use timeline::tag::{Prefer, TagOptions, Timex, tag};

pub fn d(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

pub fn run(text: &str, dct: &str, prefer: Prefer) -> Vec<Timex> {
    tag(text, d(dct), &TagOptions { prefer })
}

/// The timex overlapping the first occurrence of `span` in `text`.
pub fn find<'a>(found: &'a [Timex], text: &str, span: &str) -> Option<&'a Timex> {
    let s = text
        .find(span)
        .unwrap_or_else(|| panic!("{span:?} not in {text:?}"));
    let e = s + span.len();
    found.iter().find(|t| t.start < e && s < t.end)
}

/// Rows: (text, dct, span, expected value, expected type or ""), tagged with `prefer`. An
/// empty value means: nothing may be tagged over `span`.
pub fn check_typed(rows: &[(&str, &str, &str, &str, &str)], prefer: Prefer) {
    let mut failures = Vec::new();
    for (text, dct, span, want, kind) in rows {
        let found = run(text, dct, prefer);
        let got = find(&found, text, span);
        let ok = match got {
            None => want.is_empty(),
            Some(t) => {
                !want.is_empty()
                    && t.value.to_string() == *want
                    && (kind.is_empty() || t.kind.to_string() == *kind)
            }
        };
        if !ok {
            failures.push(format!(
                "{text:?} @{dct} [{span}] want {want:?} {kind} got {:?}",
                got.map(|t| (t.text.clone(), t.value.to_string(), t.kind))
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Rows: (text, dct, span, expected value); an empty value means nothing may be tagged.
pub fn check_with(rows: &[(&str, &str, &str, &str)], prefer: Prefer) {
    let typed: Vec<_> = rows.iter().map(|&(a, b, c, v)| (a, b, c, v, "")).collect();
    check_typed(&typed, prefer)
}

/// [`check_with`] under the sentence-driven direction (`Prefer::Auto`).
pub fn check(rows: &[(&str, &str, &str, &str)]) {
    check_with(rows, Prefer::Auto)
}

/// Rows of (text, reference date, span, value, type, mod), all under the `auto` direction.
pub fn check_full(rows: &[(&str, &str, &str, &str, &str, &str)]) {
    let mut failures = Vec::new();
    for (text, dct, span, want, kind, m) in rows {
        let found = run(text, dct, Prefer::Auto);
        let got = find(&found, text, span);
        let ok = got.is_some_and(|t| {
            t.value.to_string() == *want
                && t.kind.to_string() == *kind
                && t.modifier.map(|x| x.as_str()).unwrap_or("") == *m
        });
        if !ok {
            failures.push(format!(
                "{text:?} @{dct} [{span}] want {want} {kind} {m:?} got {:?}",
                got.map(|t| (t.text.clone(), t.value.to_string(), t.kind, t.modifier))
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
