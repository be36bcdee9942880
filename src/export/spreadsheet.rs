//! `events.csv` / `--format csv`: one CSV that is both the TimelineJS spreadsheet and the
//! build's plain table of events.
//!
//! The first 18 columns are TimelineJS's template, with its exact headers, so the file pastes
//! into (or imports as) a TimelineJS Google Sheet. TimelineJS reads a published sheet by
//! header name and ignores other columns (its sheet reader asks only for the named ones, and
//! its Sheets API fallback fetches columns A–R, exactly these 18), so the event's own fields
//! follow as extra lower-case columns: `id, date, mod, start, end, granularity, title, status,
//! num_sources, sources, date_conflicts, rank` (`rank` empty for an event without one). None
//! of them is a name TimelineJS gives meaning to (`Start Date`, `End Date` and `Tag` would be,
//! and are avoided). One row per event, no title row.
//!
//! Partial dates stay partial: a month-level event has Year and Month and an empty Day; a
//! year has only Year. Headline and Text are HTML, as TimelineJS renders them; the extra
//! `title` column is the plain title.

use super::timelinejs::{DateParts, date_parts, event_html};
use super::{ExportError, display_date};
use crate::model::{EventsFile, Status};

/// TimelineJS's spreadsheet headers, in its template's order.
pub const TIMELINEJS_HEADERS: [&str; 18] = [
    "Year",
    "Month",
    "Day",
    "Time",
    "End Year",
    "End Month",
    "End Day",
    "End Time",
    "Display Date",
    "Headline",
    "Text",
    "Media",
    "Media Credit",
    "Media Caption",
    "Media Thumbnail",
    "Type",
    "Group",
    "Background",
];

/// The event's own columns, after the TimelineJS ones.
pub const CSV_EXTRA_HEADERS: [&str; 12] = [
    "id",
    "date",
    "mod",
    "start",
    "end",
    "granularity",
    "title",
    "status",
    "num_sources",
    "sources",
    "date_conflicts",
    "rank",
];

fn opt(n: Option<impl ToString>) -> String {
    n.map(|n| n.to_string()).unwrap_or_default()
}

fn time_text(p: &DateParts) -> String {
    match (p.hour, p.minute) {
        (Some(h), Some(m)) => format!("{h:02}:{m:02}"),
        _ => String::new(),
    }
}

/// The CSV text (header row, then one row per event, in file order).
pub fn to_csv(file: &EventsFile) -> Result<String, ExportError> {
    let mut w = ::csv::Writer::from_writer(Vec::new());
    let err = |e: ::csv::Error| ExportError(format!("cannot write CSV: {e}"));
    let header: Vec<&str> = TIMELINEJS_HEADERS
        .iter()
        .chain(CSV_EXTRA_HEADERS.iter())
        .copied()
        .collect();
    w.write_record(&header).map_err(err)?;
    let groups = super::timelinejs::uses_groups(file);
    for e in &file.events {
        let (start, end) = date_parts(e);
        let conflicts: Vec<String> = e
            .conflicts
            .iter()
            .map(|c| format!("{}={}", c.article, c.value))
            .collect();
        let status = match e.status {
            Status::Happened => "happened",
            Status::Planned => "planned",
            Status::Reported => "reported",
        };
        let row: [String; 30] = [
            start.year.to_string(),
            opt(start.month),
            opt(start.day),
            time_text(&start),
            opt(end.map(|p| p.year)),
            opt(end.and_then(|p| p.month)),
            opt(end.and_then(|p| p.day)),
            end.as_ref().map(time_text).unwrap_or_default(),
            display_date(e),
            super::html_escape(&e.title),
            event_html(file, e),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            if groups {
                super::timelinejs::group_name(e.status).to_string()
            } else {
                String::new()
            },
            String::new(),
            e.id.clone(),
            e.date.clone(),
            e.modifier.clone().unwrap_or_default(),
            e.start.to_string(),
            e.end.to_string(),
            e.granularity.as_str().to_string(),
            e.title.clone(),
            status.to_string(),
            e.sources.len().to_string(),
            e.sources.join(";"),
            conflicts.join(";"),
            opt(e.rank),
        ];
        w.write_record(&row).map_err(err)?;
    }
    let bytes = w
        .into_inner()
        .map_err(|e| ExportError(format!("cannot write CSV: {e}")))?;
    String::from_utf8(bytes).map_err(|e| ExportError(format!("CSV is not UTF-8: {e}")))
}
