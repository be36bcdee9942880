//! Human wording of event dates for labels ("Tue 1 Feb 2022", "week of 24 Jan 2022",
//! "early 1990s") and of TIMEX3 values quoted in date conflicts.
//!
//! Works from the event's interval and granularity, reading the TIMEX3 string only for what
//! they cannot tell (weekend, season, quarter, half, time of day).

use chrono::{Datelike, NaiveDate, Weekday};

use crate::model::Event;
use crate::tag::Granularity;

/// Day number of a date on the drawing's time scale (days since 1 Jan of year 1).
pub fn day_number(d: NaiveDate) -> f64 {
    f64::from(d.num_days_from_ce())
}

/// The time span an event covers on the time scale: `(from, to, is_point)`. Day-grain
/// events are points (a time of day moves them within the day); coarser ones cover
/// `[start, end + 1)`.
pub fn event_span(ev: &Event) -> (f64, f64, bool) {
    let (a, b) = if ev.end < ev.start {
        (ev.end, ev.start)
    } else {
        (ev.start, ev.end)
    };
    if ev.granularity == Granularity::Day && a == b {
        let t = day_number(a) + time_of_day(&ev.date).unwrap_or(0.0);
        (t, t, true)
    } else {
        (day_number(a), day_number(b) + 1.0, false)
    }
}

/// Fraction of the day given by a TIMEX3 time part (`T10:30`, `TMO`), if any.
fn time_of_day(value: &str) -> Option<f64> {
    let t = value.split_once('T')?.1;
    let part = match t {
        "MO" => 9.0,
        "MI" | "DT" => 12.0,
        "AF" => 15.0,
        "EV" => 19.0,
        "NI" => 22.0,
        _ => {
            let (h, rest) = t.split_once(':').unwrap_or((t, "0"));
            let h: f64 = h.get(..2).unwrap_or(h).parse().ok()?;
            let m: f64 = rest.get(..2).unwrap_or(rest).parse().unwrap_or(0.0);
            h + m / 60.0
        }
    };
    (0.0..24.0).contains(&part).then_some(part / 24.0)
}

fn month_abbr(m: u32) -> &'static str {
    const M: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    M[(m.clamp(1, 12) - 1) as usize]
}

fn weekday_abbr(w: Weekday) -> &'static str {
    match w {
        Weekday::Mon => "Mon",
        Weekday::Tue => "Tue",
        Weekday::Wed => "Wed",
        Weekday::Thu => "Thu",
        Weekday::Fri => "Fri",
        Weekday::Sat => "Sat",
        Weekday::Sun => "Sun",
    }
}

/// "1 Feb 2022".
pub fn day_month_year(d: NaiveDate) -> String {
    format!("{} {} {}", d.day(), month_abbr(d.month()), d.year())
}

/// "Tue 1 Feb 2022".
pub fn full_day(d: NaiveDate) -> String {
    format!("{} {}", weekday_abbr(d.weekday()), day_month_year(d))
}

/// "Dec 2021".
pub fn month_year(d: NaiveDate) -> String {
    format!("{} {}", month_abbr(d.month()), d.year())
}

/// "Jan" (tick labels).
pub fn month_name(m: u32) -> &'static str {
    month_abbr(m)
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

fn season_name(code: &str, year: i32) -> Option<String> {
    Some(match code {
        "SP" => format!("spring {year}"),
        "SU" => format!("summer {year}"),
        "FA" => format!("autumn {year}"),
        "WI" => format!("winter {year}–{:02}", (year + 1).rem_euclid(100)),
        _ => return None,
    })
}

/// The date part of a label, before any modifier.
fn base_label(ev: &Event, start: NaiveDate, end: NaiveDate) -> String {
    let v = ev.date.as_str();
    // a run of named days ("Passover 2022"): both ends
    if let Some(crate::tag::TimexValue::Span { from, to }) = crate::export::timex3::parse_timex3(v)
    {
        return crate::export::display::day_range_text(from, to);
    }
    let suffix = v.get(4..).unwrap_or("");
    match ev.granularity {
        Granularity::Day => {
            let mut s = full_day(start);
            if let Some((_, t)) = v.split_once('T') {
                let extra = match t {
                    "MO" => "morning".to_string(),
                    "AF" => "afternoon".to_string(),
                    "EV" => "evening".to_string(),
                    "NI" => "night".to_string(),
                    _ if time_of_day(v).is_some() => t.chars().take(5).collect(),
                    _ => String::new(),
                };
                if !extra.is_empty() {
                    s = format!("{s}, {extra}");
                }
            }
            s
        }
        Granularity::Week if v.ends_with("-WE") => {
            if start.month() == end.month() {
                format!(
                    "weekend of {}–{} {} {}",
                    start.day(),
                    end.day(),
                    month_abbr(end.month()),
                    end.year()
                )
            } else {
                format!("weekend of {}", day_month_year(start))
            }
        }
        Granularity::Week => format!("week of {}", day_month_year(start)),
        Granularity::Month => month_year(start),
        Granularity::Season => season_name(suffix.trim_start_matches('-'), start.year())
            .unwrap_or_else(|| format!("{}–{}", month_year(start), month_year(end))),
        Granularity::Quarter => format!("Q{} {}", (start.month0() / 3) + 1, start.year()),
        Granularity::Year if suffix == "-H1" || suffix == "-H2" => {
            let half = if suffix == "-H1" { "first" } else { "second" };
            format!("{half} half of {}", start.year())
        }
        Granularity::Year => format!("{}", start.year()),
        Granularity::Decade => format!("{}s", start.year().div_euclid(10) * 10),
        Granularity::Century => {
            let c = start.year().div_euclid(100);
            format!("{} century", ordinal(c + 1))
        }
    }
}

/// The label's date line: "Tue 1 Feb 2022", "week of 24 Jan 2022", "early 1990s", "~2014".
pub fn human_date(ev: &Event) -> String {
    let (start, end) = if ev.end < ev.start {
        (ev.end, ev.start)
    } else {
        (ev.start, ev.end)
    };
    let base = base_label(ev, start, end);
    let coarse = ev.granularity >= Granularity::Month;
    match ev
        .modifier
        .as_deref()
        .map(str::to_ascii_uppercase)
        .as_deref()
    {
        None => base,
        Some("START") if coarse => format!("early {base}"),
        Some("MID") if coarse => format!("mid-{base}"),
        Some("END") if coarse => format!("late {base}"),
        Some("START") => format!("{base}, early"),
        Some("MID") => format!("{base}, midway"),
        Some("END") => format!("{base}, late"),
        Some("BEFORE") | Some("LESS_THAN") => format!("before {base}"),
        Some("AFTER") | Some("MORE_THAN") => format!("after {base}"),
        Some("ON_OR_BEFORE") | Some("EQUAL_OR_LESS") => format!("by {base}"),
        Some("ON_OR_AFTER") | Some("EQUAL_OR_MORE") => format!("since {base}"),
        Some(_) => format!("~{base}"),
    }
}

/// Which part of its interval an event's modifier points at, as fractions of the interval:
/// START is the first third, MID the middle third, END the last third.
pub fn modifier_part(ev: &Event) -> (f64, f64) {
    match ev
        .modifier
        .as_deref()
        .map(str::to_ascii_uppercase)
        .as_deref()
    {
        Some("START") => (0.0, 1.0 / 3.0),
        Some("MID") => (1.0 / 3.0, 2.0 / 3.0),
        Some("END") => (2.0 / 3.0, 1.0),
        _ => (0.0, 1.0),
    }
}

/// A TIMEX3 value as a reader says it, for "dates differ" notes: `2022-01-31` →
/// "31 Jan 2022", `2022-W04` → "week of 24 Jan 2022", `199` → "1990s". Unknown forms are
/// returned as written.
pub fn value_label(value: &str) -> String {
    let v = value.trim();
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let date_part = v.split('T').next().unwrap_or(v);
    let parts: Vec<&str> = date_part.split('-').collect();
    let year = parts
        .first()
        .filter(|p| digits(p))
        .and_then(|p| p.parse::<i32>().ok());
    match (parts.as_slice(), year) {
        ([y], Some(n)) if y.len() == 4 => return n.to_string(),
        ([y], Some(n)) if y.len() == 3 => return format!("{}s", n * 10),
        ([y], Some(n)) if y.len() == 2 => return format!("{} century", ordinal(n + 1)),
        ([_, m, d], Some(y)) if digits(m) && digits(d) => {
            let (m, d) = (m.parse().unwrap_or(0), d.parse().unwrap_or(0));
            if let Some(date) = NaiveDate::from_ymd_opt(y, m, d) {
                return day_month_year(date);
            }
        }
        ([_, m], Some(y)) if digits(m) => {
            if let Some(date) = NaiveDate::from_ymd_opt(y, m.parse().unwrap_or(0), 1) {
                return month_year(date);
            }
        }
        ([_, w, rest @ ..], Some(y)) if w.starts_with('W') && digits(&w[1..]) => {
            let week = w[1..].parse().unwrap_or(0);
            if let Some(mon) = NaiveDate::from_isoywd_opt(y, week, Weekday::Mon) {
                return if rest == ["WE"] {
                    format!("weekend of {}", day_month_year(mon + chrono::Days::new(5)))
                } else {
                    format!("week of {}", day_month_year(mon))
                };
            }
        }
        ([_, q], Some(y)) if q.starts_with('Q') && q.len() == 2 => return format!("{q} {y}"),
        ([_, s], Some(y)) => {
            if let Some(name) = season_name(s, y) {
                return name;
            }
        }
        _ => {}
    }
    v.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Status;

    fn ev(date: &str, g: Granularity, s: (i32, u32, u32), e: (i32, u32, u32)) -> Event {
        Event {
            id: "e".into(),
            rank: None,
            date: date.into(),
            start: NaiveDate::from_ymd_opt(s.0, s.1, s.2).unwrap(),
            end: NaiveDate::from_ymd_opt(e.0, e.1, e.2).unwrap(),
            granularity: g,
            modifier: None,
            title: "t".into(),
            status: Status::Happened,
            sources: vec![],
            actors: vec![],
            conflicts: vec![],
            mentions: vec![],
        }
    }

    #[test]
    fn labels() {
        let d = ev("2022-02-01", Granularity::Day, (2022, 2, 1), (2022, 2, 1));
        assert_eq!(human_date(&d), "Tue 1 Feb 2022");
        let w = ev("2022-W04", Granularity::Week, (2022, 1, 24), (2022, 1, 30));
        assert_eq!(human_date(&w), "week of 24 Jan 2022");
        let we = ev(
            "2022-W04-WE",
            Granularity::Week,
            (2022, 1, 29),
            (2022, 1, 30),
        );
        assert_eq!(human_date(&we), "weekend of 29–30 Jan 2022");
        let m = ev("2021-12", Granularity::Month, (2021, 12, 1), (2021, 12, 31));
        assert_eq!(human_date(&m), "Dec 2021");
        let y = ev("2014", Granularity::Year, (2014, 1, 1), (2014, 12, 31));
        assert_eq!(human_date(&y), "2014");
        let mut dec = ev("199", Granularity::Decade, (1990, 1, 1), (1999, 12, 31));
        dec.modifier = Some("START".into());
        assert_eq!(human_date(&dec), "early 1990s");
        let c = ev("19", Granularity::Century, (1900, 1, 1), (1999, 12, 31));
        assert_eq!(human_date(&c), "20th century");
        let s = ev("2021-WI", Granularity::Season, (2021, 12, 1), (2022, 2, 28));
        assert_eq!(human_date(&s), "winter 2021–22");
        let t = ev(
            "2022-02-01T10:30",
            Granularity::Day,
            (2022, 2, 1),
            (2022, 2, 1),
        );
        assert_eq!(human_date(&t), "Tue 1 Feb 2022, 10:30");
        let (a, b, p) = event_span(&t);
        assert!(p && a == b && (a.fract() - 10.5 / 24.0).abs() < 1e-9);
    }

    #[test]
    fn values() {
        assert_eq!(value_label("2022-01-31"), "31 Jan 2022");
        assert_eq!(value_label("2022-W04"), "week of 24 Jan 2022");
        assert_eq!(value_label("2021-12"), "Dec 2021");
        assert_eq!(value_label("199"), "1990s");
        assert_eq!(value_label("2014"), "2014");
        assert_eq!(value_label("PAST_REF"), "PAST_REF");
        assert_eq!(value_label("2022-13-45"), "2022-13-45");
        assert_eq!(value_label("2022-W99"), "2022-W99");
    }
}
