//! `events.json` (pretty JSON of [`EventsFile`], schema in `docs/events.schema.json`) and
//! JSON Lines (one event object per line, for pipelines such as `jq -c` or a database load).

use super::ExportError;
use crate::model::EventsFile;

/// `events.json`, pretty-printed, ending with a newline.
pub fn to_json(file: &EventsFile) -> Result<String, ExportError> {
    let mut s = serde_json::to_string_pretty(file)
        .map_err(|e| ExportError(format!("cannot serialise events as JSON: {e}")))?;
    s.push('\n');
    Ok(s)
}

/// JSON Lines: each event as one compact JSON object (the same object as in
/// `events.json`'s `events` array), one per line, each line ending with `\n`. The article
/// list is not repeated: events name their sources by article id.
pub fn to_jsonl(file: &EventsFile) -> Result<String, ExportError> {
    let mut out = String::new();
    for (i, e) in file.events.iter().enumerate() {
        let line = serde_json::to_string(e).map_err(|err| {
            ExportError(format!(
                "cannot serialise event {i} ({:?}) as JSON: {err}",
                e.id
            ))
        })?;
        out.push_str(&line);
        out.push('\n');
    }
    Ok(out)
}
