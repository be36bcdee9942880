//! Helpers shared by the ingest test files: temp files, the single article, and the rule
//! that every problem is one line naming its file.

#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use timeline::ingest::{Ingested, Severity};
use timeline::model::Article;

pub fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, day)
}

pub fn write(dir: &Path, name: &str, content: impl AsRef<[u8]>) -> PathBuf {
    let p = dir.join(name);
    fs::write(&p, content).unwrap();
    p
}

pub fn one(got: &Ingested) -> &Article {
    assert_eq!(got.articles.len(), 1, "{got:#?}");
    &got.articles[0]
}

pub fn all_lines(got: &Ingested) -> Vec<String> {
    got.problems
        .iter()
        .chain(&got.warnings)
        .map(|p| p.to_string())
        .collect()
}

/// Every problem and warning is one line that names a file.
pub fn assert_one_liners(got: &Ingested) {
    for p in got.problems.iter().chain(&got.warnings) {
        let s = p.to_string();
        assert!(!s.contains('\n'), "multi-line: {s}");
        if !p.path.chars().any(char::is_control) {
            assert!(s.starts_with(&p.path), "does not start with the path: {s}");
        }
    }
    for p in &got.problems {
        assert_eq!(p.severity(), Severity::Error, "{p}");
    }
    for p in &got.warnings {
        assert_eq!(p.severity(), Severity::Warning, "{p}");
    }
}

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}
