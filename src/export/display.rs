//! Human-readable dates for events, faithful to their precision: "26 January 2022",
//! "week of 24 January 2022", "December 2021", "summer 2011", "Q3 2022", "2014",
//! "early 1990s". One place for this wording, shared by every export (and the renderer).

use chrono::{Datelike, NaiveDate};

use super::timex3::{parse_mod, parse_timex3};
use crate::model::Event;
use crate::tag::value::{PartOfDay, Season};
use crate::tag::{Granularity, Mod, TimexValue};

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// English name of month `m` (1–12); empty for anything else.
pub fn month_name(m: u32) -> &'static str {
    MONTHS
        .get((m as usize).wrapping_sub(1))
        .copied()
        .unwrap_or("")
}

/// "26 January 2022".
pub fn day_text(d: NaiveDate) -> String {
    format!("{} {} {}", d.day(), month_name(d.month()), d.year())
}

fn ordinal(n: i32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// The event's date as a reader would write it, at the event's own precision: a month-level
/// event stays "December 2021" and never becomes "1 December 2021". The TIMEX3 `mod` is
/// worded in ("early 1990s", "mid-December 2021", "about 2014"). When `date` is not a TIMEX3
/// calendar value, the `start`–`end` interval is shown instead.
pub fn display_date(event: &Event) -> String {
    let m = event.modifier.as_deref().and_then(parse_mod);
    match parse_timex3(&event.date) {
        Some(v) if v.interval().is_some() => with_mod(&v, m),
        _ => fallback(event),
    }
}

/// A run of days as a reader writes it: "16–23 April 2022", "2 April – 1 May 2022".
pub fn day_range_text(a: NaiveDate, b: NaiveDate) -> String {
    if a == b {
        day_text(a)
    } else if (a.year(), a.month()) == (b.year(), b.month()) {
        format!("{}–{}", a.day(), day_text(b))
    } else {
        format!("{} – {}", day_text(a), day_text(b))
    }
}

/// The plain wording of a calendar value, without any modifier.
pub fn value_text(v: &TimexValue) -> String {
    match v {
        TimexValue::Day(d) => day_text(*d),
        TimexValue::DayPart { date, part } => {
            let part = match part {
                PartOfDay::Morning => "morning",
                PartOfDay::Afternoon => "afternoon",
                PartOfDay::Evening => "evening",
                PartOfDay::Night => "night",
                PartOfDay::Daytime => "daytime",
            };
            format!("{} ({part})", day_text(*date))
        }
        TimexValue::Time { date, hour, minute } => {
            format!("{}, {hour:02}:{minute:02}", day_text(*date))
        }
        TimexValue::Week { .. } => match v.interval() {
            Some((a, _)) => format!("week of {}", day_text(a)),
            None => v.to_string(),
        },
        TimexValue::Weekend { .. } => match v.interval() {
            Some((a, b)) if a.month() == b.month() => format!(
                "weekend of {}–{} {} {}",
                a.day(),
                b.day(),
                month_name(b.month()),
                b.year()
            ),
            Some((a, b)) => format!("weekend of {} – {}", day_text(a), day_text(b)),
            None => v.to_string(),
        },
        TimexValue::Month { year, month } => format!("{} {year}", month_name(*month)),
        TimexValue::Span { from, to } => day_range_text(*from, *to),
        TimexValue::Season { year, season } => match season {
            Season::Spring => format!("spring {year}"),
            Season::Summer => format!("summer {year}"),
            Season::Fall => format!("autumn {year}"),
            Season::Winter => format!("winter {year}–{:02}", (year + 1).rem_euclid(100)),
        },
        TimexValue::Quarter { year, quarter } => format!("Q{quarter} {year}"),
        TimexValue::Half { year, half } => {
            let which = if *half == 1 { "first" } else { "second" };
            format!("{which} half of {year}")
        }
        TimexValue::Year(y) => y.to_string(),
        TimexValue::Decade(d) => format!("{}s", d * 10),
        TimexValue::Century(c) => format!("{} century", ordinal(c + 1)),
        other => other.to_string(),
    }
}

fn with_mod(v: &TimexValue, m: Option<Mod>) -> String {
    let text = value_text(v);
    let day_like = matches!(
        v,
        TimexValue::Day(_) | TimexValue::DayPart { .. } | TimexValue::Time { .. }
    );
    let week_like = matches!(v, TimexValue::Week { .. } | TimexValue::Weekend { .. });
    match m {
        None => text,
        Some(Mod::Start) if day_like => format!("early on {text}"),
        Some(Mod::End) if day_like => format!("late on {text}"),
        Some(Mod::Mid) if day_like => format!("midday, {text}"),
        Some(Mod::Start) if week_like => format!("early in the {text}"),
        Some(Mod::End) if week_like => format!("late in the {text}"),
        Some(Mod::Mid) if week_like => format!("midweek, {text}"),
        Some(Mod::Start) => format!("early {text}"),
        Some(Mod::Mid) => format!("mid-{text}"),
        Some(Mod::End) => format!("late {text}"),
        Some(Mod::Approx) => format!("about {text}"),
        Some(Mod::Before) => format!("before {text}"),
        Some(Mod::After) => format!("after {text}"),
        Some(Mod::OnOrBefore) => format!("on or before {text}"),
        Some(Mod::OnOrAfter) => format!("on or after {text}"),
        // Duration mods (LESS_THAN, ...) say nothing about a calendar date.
        Some(_) => text,
    }
}

fn fallback(event: &Event) -> String {
    if event.start == event.end {
        return day_text(event.start);
    }
    let grain = match event.granularity {
        Granularity::Day => "",
        g => g.as_str(),
    };
    let span = format!("{} – {}", day_text(event.start), day_text(event.end));
    if grain.is_empty() {
        span
    } else {
        format!("{span} ({grain})")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Status;

    fn ev(date: &str, m: Option<&str>) -> Event {
        let v = parse_timex3(date);
        let (start, end) = v
            .as_ref()
            .and_then(|v| v.interval())
            .unwrap_or((NaiveDate::MIN, NaiveDate::MIN));
        Event {
            id: "e1".into(),
            rank: None,
            date: date.into(),
            start,
            end,
            granularity: v.and_then(|v| v.granularity()).unwrap_or(Granularity::Day),
            modifier: m.map(str::to_string),
            title: "t".into(),
            status: Status::Happened,
            sources: vec![],
            actors: vec![],
            conflicts: vec![],
            mentions: vec![],
        }
    }

    #[test]
    fn each_grain_keeps_its_precision() {
        let cases = [
            ("2022-01-26", None, "26 January 2022"),
            ("2022-W04", None, "week of 24 January 2022"),
            ("2022-W04-WE", None, "weekend of 29–30 January 2022"),
            ("2021-12", None, "December 2021"),
            ("2014", None, "2014"),
            ("199", Some("START"), "early 1990s"),
            ("2011-SU", None, "summer 2011"),
            ("2021-WI", None, "winter 2021–22"),
            ("2022-Q3", None, "Q3 2022"),
            ("2022-H1", None, "first half of 2022"),
            ("19", None, "20th century"),
            ("2021-12", Some("MID"), "mid-December 2021"),
            ("2014", Some("APPROX"), "about 2014"),
            ("2023-06-15T01:00", None, "15 June 2023, 01:00"),
        ];
        for (date, m, want) in cases {
            assert_eq!(display_date(&ev(date, m)), want, "{date} {m:?}");
        }
    }

    #[test]
    fn unparseable_date_shows_the_interval() {
        let mut e = ev("2021-12", None);
        e.date = "sometime".into();
        assert_eq!(
            display_date(&e),
            "1 December 2021 – 31 December 2021 (month)"
        );
    }

    #[test]
    fn ordinals() {
        assert_eq!(ordinal(21), "21st");
        assert_eq!(ordinal(11), "11th");
        assert_eq!(ordinal(12), "12th");
        assert_eq!(ordinal(22), "22nd");
    }
}
