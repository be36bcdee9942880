//! Exports of the event list: `events.json` (the schema in [`crate::model`]) and
//! `events.csv` (one row per event), and atomic file writing for every output.

use std::io::Write;
use std::path::Path;

use crate::model::EventsFile;

/// Error of an export or of writing an output file.
#[derive(Debug)]
pub struct ExportError(pub String);

impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ExportError {}

/// `events.json`, pretty-printed, ending with a newline.
pub fn to_json(file: &EventsFile) -> Result<String, ExportError> {
    let mut s = serde_json::to_string_pretty(file)
        .map_err(|e| ExportError(format!("cannot serialise events as JSON: {e}")))?;
    s.push('\n');
    Ok(s)
}

/// `events.csv`: date, start, end, granularity, title, status, number of sources, sources
/// (`;`-separated), and the sources' differing dates when they disagree.
pub fn to_csv(file: &EventsFile) -> Result<String, ExportError> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let err = |e: csv::Error| ExportError(format!("cannot write CSV: {e}"));
    w.write_record([
        "date",
        "start",
        "end",
        "granularity",
        "title",
        "status",
        "num_sources",
        "sources",
        "date_conflicts",
    ])
    .map_err(err)?;
    for e in &file.events {
        let conflicts: Vec<String> = e
            .conflicts
            .iter()
            .map(|c| format!("{}={}", c.article, c.value))
            .collect();
        w.write_record([
            e.date.as_str(),
            &e.start.to_string(),
            &e.end.to_string(),
            e.granularity.as_str(),
            &e.title,
            match e.status {
                crate::model::Status::Happened => "happened",
                crate::model::Status::Planned => "planned",
            },
            &e.sources.len().to_string(),
            &e.sources.join(";"),
            &conflicts.join(";"),
        ])
        .map_err(err)?;
    }
    let bytes = w
        .into_inner()
        .map_err(|e| ExportError(format!("cannot write CSV: {e}")))?;
    String::from_utf8(bytes).map_err(|e| ExportError(format!("CSV is not UTF-8: {e}")))
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
