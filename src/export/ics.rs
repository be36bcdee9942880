//! iCalendar (`--format ics`, RFC 5545): one all-day VEVENT per event, for newsroom
//! calendars. Partial dates are an all-day span over their whole interval (`DTSTART;VALUE=DATE`
//! = first day, `DTEND;VALUE=DATE` = the day after the last, as RFC 5545 makes DTEND
//! exclusive), and the SUMMARY and DESCRIPTION say the grain ("December 2021"), so a
//! month-level event never reads as a month of daily events. Output is byte-identical for
//! the same input: DTSTAMP comes from the data (the latest publication date), not the clock,
//! and each UID is the event id plus a tag of the story's article ids (`e1-1a2b3c4d@timeline`).

use chrono::{Duration, NaiveDate};

use super::display::day_text;
use super::{article_name, display_date, source_refs, value_words};
use crate::model::{Event, EventsFile, Status};
use crate::tag::Granularity;

/// Longest content line, in octets, before folding (RFC 5545 §3.1).
const FOLD_AT: usize = 75;

/// Escapes a TEXT value: backslash, semicolon, comma and newlines (RFC 5545 §3.3.11).
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push_str("\\n");
                }
            }
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded so no physical line exceeds 75 octets (continuations
/// start with a space, and a UTF-8 character is never split), ending with CRLF.
pub fn push_folded(out: &mut String, line: &str) {
    let mut limit = FOLD_AT;
    let mut used = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if used + n > limit {
            out.push_str("\r\n ");
            // The leading space counts towards the next line's 75 octets.
            limit = FOLD_AT - 1;
            used = 0;
        }
        out.push(c);
        used += n;
    }
    out.push_str("\r\n");
}

fn ics_date(d: NaiveDate) -> String {
    d.format("%Y%m%d").to_string()
}

/// DTSTAMP derived from the data: midnight UTC of the latest article publication date, else
/// of the latest event end, else of 1970-01-01.
fn stamp(file: &EventsFile) -> String {
    let day = file
        .articles
        .iter()
        .filter_map(|a| a.published)
        .max()
        .or_else(|| file.events.iter().map(|e| e.end).max())
        .unwrap_or(NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default());
    format!("{}T000000Z", ics_date(day))
}

/// A short, stable tag of the story: FNV-1a over the sorted article ids. It keeps UIDs of
/// different timelines apart (event ids such as `e1` repeat across builds, and a calendar
/// treats equal UIDs as one event) while a rebuild of the same story keeps its UIDs, so
/// re-importing updates events instead of duplicating them.
fn story_tag(file: &EventsFile) -> String {
    let mut ids: Vec<&str> = file.articles.iter().map(|a| a.id.as_str()).collect();
    ids.sort_unstable();
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for id in ids {
        for b in id.bytes().chain(std::iter::once(0)) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    format!("{:08x}", h >> 32)
}

fn is_plain_day(e: &Event) -> bool {
    e.granularity == Granularity::Day && e.start == e.end && display_date(e) == day_text(e.start)
}

fn description(file: &EventsFile, e: &Event) -> String {
    let mut d = String::new();
    let shown = display_date(e);
    if is_plain_day(e) {
        d.push_str(&format!("Date: {shown}"));
    } else {
        d.push_str(&format!(
            "Date: {shown} ({}-level date, TIMEX3 {}{}; shown as an all-day span {} – {}, the \
             event is not known to the day)",
            e.granularity.as_str(),
            e.date,
            e.modifier
                .as_deref()
                .map(|m| format!(" mod {m}"))
                .unwrap_or_default(),
            day_text(e.start),
            day_text(e.end)
        ));
    }
    match e.status {
        Status::Planned => {
            d.push_str("\nStatus: planned or expected (not yet happened when reported)")
        }
        Status::Reported => d.push_str("\nStatus: reported speech (attributed in the sources)"),
        Status::Happened => {}
    }
    if !e.conflicts.is_empty() {
        let claims: Vec<String> = e
            .conflicts
            .iter()
            .map(|c| {
                format!(
                    "{}: {}",
                    article_name(file, &c.article),
                    value_words(&c.value)
                )
            })
            .collect();
        d.push_str(&format!(
            "\nSources disagree on the date: {}",
            claims.join("; ")
        ));
    }
    d.push_str(&format!("\n\nSources ({}):", e.sources.len()));
    for (i, s) in source_refs(file, e).iter().enumerate() {
        d.push_str(&format!("\n{}. ", i + 1));
        if let Some(q) = s.quote {
            d.push_str(&format!("“{}” — ", q.trim()));
        }
        d.push_str(&s.label());
        if let Some(u) = s.url() {
            d.push_str(&format!(" <{}>", u.trim()));
        }
    }
    d
}

/// The iCalendar text: CRLF line ends, folded lines, one VEVENT per event in file order.
pub fn to_ics(file: &EventsFile) -> String {
    let mut out = String::new();
    for l in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//timeline//event timeline export//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:Timeline",
    ] {
        push_folded(&mut out, l);
    }
    let dtstamp = stamp(file);
    let story = story_tag(file);
    for e in &file.events {
        let summary = if is_plain_day(e) {
            e.title.clone()
        } else {
            format!("{} ({})", e.title, display_date(e))
        };
        let desc = escape_text(&description(file, e));
        let (start, end) = if e.start <= e.end {
            (e.start, e.end)
        } else {
            (e.end, e.start)
        };
        let lines = [
            "BEGIN:VEVENT".to_string(),
            format!("UID:{}", escape_text(&format!("{}-{story}@timeline", e.id))),
            format!("DTSTAMP:{dtstamp}"),
            format!("DTSTART;VALUE=DATE:{}", ics_date(start)),
            format!("DTEND;VALUE=DATE:{}", ics_date(end + Duration::days(1))),
            format!("SUMMARY:{}", escape_text(&summary)),
            format!("DESCRIPTION:{desc}"),
            format!(
                "STATUS:{}",
                match e.status {
                    Status::Happened => "CONFIRMED",
                    Status::Planned | Status::Reported => "TENTATIVE",
                }
            ),
            "TRANSP:TRANSPARENT".to_string(),
            "END:VEVENT".to_string(),
        ];
        for l in &lines {
            push_folded(&mut out, l);
        }
    }
    push_folded(&mut out, "END:VCALENDAR");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_specials() {
        assert_eq!(escape_text("a,b;c\\d\ne\r\nf"), "a\\,b\\;c\\\\d\\ne\\nf");
    }

    #[test]
    fn folds_at_75_octets_without_splitting_characters() {
        let mut out = String::new();
        let line = format!("DESCRIPTION:{}", "é".repeat(100));
        push_folded(&mut out, &line);
        for l in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{} octets: {l}", l.len());
        }
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(unfolded.trim_end(), line);
    }
}
