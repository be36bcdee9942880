//! TimelineJS3 JSON (`--format timelinejs`): a title slide and one slide per event, with
//! `start_date`/`end_date` at the event's own precision (a month has no `day`, a year no
//! `month`), the display date worded by [`display_date`], and the sources quoted in the
//! slide text. TimelineJS renders `headline` and `text` as HTML, so both are escaped here.

use serde_json::{Map, Value, json};

use super::timex3::parse_timex3;
use super::{ExportError, article_name, display_date, html_escape, source_refs, value_words};
use crate::model::{Event, EventsFile, Status};
use crate::tag::TimexValue;

/// A TimelineJS date: a year, and a month, day and time only when the event is that precise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DateParts {
    pub year: i32,
    pub month: Option<u32>,
    pub day: Option<u32>,
    pub hour: Option<u32>,
    pub minute: Option<u32>,
}

impl DateParts {
    fn y(year: i32) -> Self {
        DateParts {
            year,
            ..Default::default()
        }
    }
    fn ym(year: i32, month: u32) -> Self {
        DateParts {
            year,
            month: Some(month),
            ..Default::default()
        }
    }
    fn ymd(d: chrono::NaiveDate) -> Self {
        use chrono::Datelike;
        DateParts {
            year: d.year(),
            month: Some(d.month()),
            day: Some(d.day()),
            ..Default::default()
        }
    }

    fn to_json(self) -> Value {
        let mut m = Map::new();
        m.insert("year".into(), json!(self.year));
        if let Some(v) = self.month {
            m.insert("month".into(), json!(v));
        }
        if let Some(v) = self.day {
            m.insert("day".into(), json!(v));
        }
        if let Some(v) = self.hour {
            m.insert("hour".into(), json!(v));
        }
        if let Some(v) = self.minute {
            m.insert("minute".into(), json!(v));
        }
        Value::Object(m)
    }
}

/// Start and (for spans) end of an event as TimelineJS dates. Days, months and years are a
/// single point at their precision; weeks, seasons, quarters, halves, decades and centuries
/// are spans from their first to their last unit.
pub fn date_parts(e: &Event) -> (DateParts, Option<DateParts>) {
    use chrono::Datelike;
    let v = parse_timex3(&e.date).filter(|v| v.interval().is_some());
    let Some(v) = v else {
        let end = (e.end != e.start).then(|| DateParts::ymd(e.end));
        return (DateParts::ymd(e.start), end);
    };
    let (a, b) = v.interval().unwrap_or((e.start, e.end));
    match v {
        TimexValue::Day(d) | TimexValue::DayPart { date: d, .. } => (DateParts::ymd(d), None),
        TimexValue::Time { date, hour, minute } => (
            DateParts {
                hour: Some(hour),
                minute: Some(minute),
                ..DateParts::ymd(date)
            },
            None,
        ),
        TimexValue::Week { .. } | TimexValue::Weekend { .. } | TimexValue::Span { .. } => {
            (DateParts::ymd(a), Some(DateParts::ymd(b)))
        }
        TimexValue::Month { year, month } => (DateParts::ym(year, month), None),
        TimexValue::Season { .. } | TimexValue::Quarter { .. } | TimexValue::Half { .. } => (
            DateParts::ym(a.year(), a.month()),
            Some(DateParts::ym(b.year(), b.month())),
        ),
        TimexValue::Year(y) => (DateParts::y(y), None),
        _ => (DateParts::y(a.year()), Some(DateParts::y(b.year()))),
    }
}

/// Whether slides get a `group`: only when the file mixes statuses (happened, planned,
/// reported), so a plain timeline is not split into one labelled row.
pub(crate) fn uses_groups(file: &EventsFile) -> bool {
    file.events
        .first()
        .is_some_and(|f| file.events.iter().any(|e| e.status != f.status))
}

pub(crate) fn group_name(s: Status) -> &'static str {
    match s {
        Status::Happened => "Happened",
        Status::Planned => "Planned",
        Status::Reported => "Reported",
    }
}

/// The slide text: status, number of sources, date disagreements, and each source's sentence
/// with a link to its article. HTML, every piece of data escaped.
pub(crate) fn event_html(file: &EventsFile, e: &Event) -> String {
    let mut h = String::new();
    if e.status == Status::Planned {
        h.push_str("<p><em>Planned or expected; not yet happened when reported.</em></p>");
    }
    let n = e.sources.len();
    h.push_str(&format!(
        "<p>Reported by {n} source{}.</p>",
        if n == 1 { "" } else { "s" }
    ));
    if !e.conflicts.is_empty() {
        let claims: Vec<String> = e
            .conflicts
            .iter()
            .map(|c| {
                format!(
                    "{}: {}",
                    html_escape(article_name(file, &c.article)),
                    html_escape(&value_words(&c.value))
                )
            })
            .collect();
        h.push_str(&format!(
            "<p><strong>Sources disagree on the date</strong>: {}.</p>",
            claims.join("; ")
        ));
    }
    for s in source_refs(file, e) {
        if let Some(q) = s.quote {
            h.push_str(&format!(
                "<blockquote>{}</blockquote>",
                html_escape(q.trim())
            ));
        }
        let label = html_escape(&s.label());
        match s.url() {
            Some(u) => h.push_str(&format!(
                "<p>— <a href=\"{}\">{label}</a></p>",
                html_escape(u.trim())
            )),
            None => h.push_str(&format!("<p>— {label}</p>")),
        }
    }
    h
}

/// TimelineJS3 JSON, pretty-printed with a trailing newline. Keys are sorted, so the output is
/// byte-identical for the same input.
pub fn to_timelinejs(file: &EventsFile) -> Result<String, ExportError> {
    let groups = uses_groups(file);
    let events: Vec<Value> = file
        .events
        .iter()
        .map(|e| {
            let (start, end) = date_parts(e);
            let mut slide = Map::new();
            slide.insert("unique_id".into(), json!(e.id));
            slide.insert("start_date".into(), start.to_json());
            if let Some(end) = end {
                slide.insert("end_date".into(), end.to_json());
            }
            slide.insert("display_date".into(), json!(display_date(e)));
            slide.insert(
                "text".into(),
                json!({"headline": html_escape(&e.title), "text": event_html(file, e)}),
            );
            if groups {
                slide.insert("group".into(), json!(group_name(e.status)));
            }
            Value::Object(slide)
        })
        .collect();
    let outlets: std::collections::BTreeSet<&str> = file
        .articles
        .iter()
        .filter_map(|a| a.source.as_deref())
        .filter(|s| !s.trim().is_empty())
        .collect();
    let mut intro = format!(
        "{} event{} from {} article{}",
        file.events.len(),
        if file.events.len() == 1 { "" } else { "s" },
        file.articles.len(),
        if file.articles.len() == 1 { "" } else { "s" },
    );
    if !outlets.is_empty() {
        let list: Vec<&str> = outlets.into_iter().collect();
        intro.push_str(&format!(" ({})", list.join(", ")));
    }
    intro.push('.');
    let doc = json!({
        "title": {"text": {"headline": "Timeline", "text": format!("<p>{}</p>", html_escape(&intro))}},
        "events": events,
    });
    let mut s = serde_json::to_string_pretty(&doc)
        .map_err(|e| ExportError(format!("cannot serialise TimelineJS JSON: {e}")))?;
    s.push('\n');
    Ok(s)
}
