//! Parsing TIMEX3 value strings (`2022-01-26`, `2022-W04`, `2021-12`, `2011-SU`, `199`, ...)
//! back into typed [`TimexValue`]s, for reading an edited `events.json` and for exports that
//! must say how precise a date is. The inverse of `TimexValue`'s `Display`.

use chrono::NaiveDate;

use crate::tag::value::{DurationUnit, PartOfDay, Season};
use crate::tag::{Mod, TimexValue};

/// Parses a TIMEX3 `value` attribute. Calendar values are checked (month 1–12, a real ISO
/// week of that year, quarter 1–4, ...); anything that does not parse gives `None`.
///
/// ```
/// use timeline::export::timex3::parse_timex3;
/// use timeline::tag::TimexValue;
/// assert_eq!(parse_timex3("2021-12"), Some(TimexValue::Month { year: 2021, month: 12 }));
/// assert_eq!(parse_timex3("199"), Some(TimexValue::Decade(199)));
/// assert_eq!(parse_timex3("2021-13"), None);
/// assert!(matches!(parse_timex3("2022-04-16/2022-04-23"), Some(TimexValue::Span { .. })));
/// ```
pub fn parse_timex3(s: &str) -> Option<TimexValue> {
    match s {
        "PRESENT_REF" => return Some(TimexValue::PresentRef),
        "PAST_REF" => return Some(TimexValue::PastRef),
        "FUTURE_REF" => return Some(TimexValue::FutureRef),
        _ => {}
    }
    if s.is_empty() || !s.is_ascii() {
        return None;
    }
    // A run of named days, as an ISO 8601 interval of two days (`2022-04-16/2022-04-23`).
    if let Some((a, b)) = s.split_once('/') {
        let (from, to) = (parse_day(a)?, parse_day(b)?);
        return (from <= to).then_some(TimexValue::Span { from, to });
    }
    if let Some(rest) = s.strip_prefix('P') {
        return parse_duration(rest);
    }
    if s.contains('X') {
        // An unanchored value keeps X placeholders (`XXXX-01-26`); it is well-formed when the
        // same shape with digits in their place is.
        let filled = s.replace('X', "1");
        return (!filled.contains('X') && parse_timex3(&filled).is_some())
            .then(|| TimexValue::Unresolved(s.to_string()));
    }
    if let Some((date, time)) = s.split_once('T') {
        let date = parse_day(date)?;
        return parse_time_of_day(date, time);
    }
    let parts: Vec<&str> = s.split('-').collect();
    match parts.as_slice() {
        [y] => match y.len() {
            4 => Some(TimexValue::Year(digits(y)?)),
            3 => Some(TimexValue::Decade(digits(y)?)),
            2 => Some(TimexValue::Century(digits(y)?)),
            _ => None,
        },
        [y, second] => {
            let year = year4(y)?;
            let season = match *second {
                "SP" => Some(Season::Spring),
                "SU" => Some(Season::Summer),
                "FA" | "AU" => Some(Season::Fall),
                "WI" => Some(Season::Winter),
                _ => None,
            };
            if let Some(season) = season {
                return Some(TimexValue::Season { year, season });
            }
            if let Some(w) = second.strip_prefix('W') {
                let week = two_digits(w)?;
                crate::tag::value::iso_week_monday(year, week)?;
                return Some(TimexValue::Week { year, week });
            }
            if let Some(q) = second.strip_prefix('Q') {
                let quarter = one_digit(q)?;
                return (1..=4)
                    .contains(&quarter)
                    .then_some(TimexValue::Quarter { year, quarter });
            }
            if let Some(h) = second.strip_prefix('H') {
                let half = one_digit(h)?;
                return (1..=2)
                    .contains(&half)
                    .then_some(TimexValue::Half { year, half });
            }
            let month = two_digits(second)?;
            (1..=12)
                .contains(&month)
                .then_some(TimexValue::Month { year, month })
        }
        [y, w, "WE"] => {
            let year = year4(y)?;
            let week = two_digits(w.strip_prefix('W')?)?;
            crate::tag::value::iso_week_monday(year, week)?;
            Some(TimexValue::Weekend { year, week })
        }
        [_, _, _] => parse_day(s).map(TimexValue::Day),
        _ => None,
    }
}

/// Parses a TIMEX3 / TimeML `mod` attribute (`START`, `MID`, `END`, `APPROX`, ...).
pub fn parse_mod(s: &str) -> Option<Mod> {
    Some(match s {
        "START" => Mod::Start,
        "MID" => Mod::Mid,
        "END" => Mod::End,
        "APPROX" => Mod::Approx,
        "BEFORE" => Mod::Before,
        "AFTER" => Mod::After,
        "ON_OR_BEFORE" => Mod::OnOrBefore,
        "ON_OR_AFTER" => Mod::OnOrAfter,
        "LESS_THAN" => Mod::LessThan,
        "MORE_THAN" => Mod::MoreThan,
        "EQUAL_OR_LESS" => Mod::EqualOrLess,
        "EQUAL_OR_MORE" => Mod::EqualOrMore,
        _ => return None,
    })
}

fn digits(s: &str) -> Option<i32> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

fn year4(s: &str) -> Option<i32> {
    (s.len() == 4).then_some(())?;
    digits(s)
}

fn two_digits(s: &str) -> Option<u32> {
    (s.len() == 2).then_some(())?;
    digits(s).map(|n| n as u32)
}

fn one_digit(s: &str) -> Option<u32> {
    (s.len() == 1).then_some(())?;
    digits(s).map(|n| n as u32)
}

/// `YYYY-MM-DD`, strictly (zero-padded, a real calendar day).
fn parse_day(s: &str) -> Option<NaiveDate> {
    let mut it = s.split('-');
    let (y, m, d) = (it.next()?, it.next()?, it.next()?);
    if it.next().is_some() {
        return None;
    }
    NaiveDate::from_ymd_opt(year4(y)?, two_digits(m)?, two_digits(d)?)
}

fn parse_time_of_day(date: NaiveDate, t: &str) -> Option<TimexValue> {
    let part = match t {
        "MO" => Some(PartOfDay::Morning),
        "AF" => Some(PartOfDay::Afternoon),
        "EV" => Some(PartOfDay::Evening),
        "NI" => Some(PartOfDay::Night),
        "DT" => Some(PartOfDay::Daytime),
        _ => None,
    };
    if let Some(part) = part {
        return Some(TimexValue::DayPart { date, part });
    }
    let mut it = t.split(':');
    let hour = two_digits(it.next()?)?;
    let minute = two_digits(it.next()?)?;
    // Seconds are accepted but not kept: the typed value stops at minutes.
    if let Some(sec) = it.next() {
        two_digits(sec)?;
    }
    if it.next().is_some() || hour > 24 || minute > 59 {
        return None;
    }
    Some(TimexValue::Time { date, hour, minute })
}

fn parse_duration(rest: &str) -> Option<TimexValue> {
    let (time, body) = match rest.strip_prefix('T') {
        Some(b) => (true, b),
        None => (false, rest),
    };
    let split = body.find(|c: char| c.is_ascii_alphabetic() && c != 'X')?;
    let (num, code) = body.split_at(split);
    let amount = if num == "X" {
        None
    } else {
        if num.is_empty() || !num.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
            return None;
        }
        Some(num.parse::<f64>().ok()?)
    };
    let unit = match (time, code) {
        (true, "S") => DurationUnit::Second,
        (true, "M") => DurationUnit::Minute,
        (true, "H") => DurationUnit::Hour,
        (false, "D") => DurationUnit::Day,
        (false, "W") => DurationUnit::Week,
        (false, "M") => DurationUnit::Month,
        (false, "Q") => DurationUnit::Quarter,
        (false, "Y") => DurationUnit::Year,
        (false, "DE") => DurationUnit::Decade,
        (false, "CE") => DurationUnit::Century,
        (false, "ML") => DurationUnit::Millennium,
        _ => return None,
    };
    Some(TimexValue::Duration { amount, unit })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, dd).unwrap()
    }

    #[test]
    fn round_trips_every_calendar_form() {
        for s in [
            "2022-01-26",
            "2022-W04",
            "2022-W04-WE",
            "2021-12",
            "2011-SU",
            "2021-WI",
            "2022-Q3",
            "2022-H1",
            "2014",
            "199",
            "19",
            "2022-02-01TMO",
            "2023-06-15T01:00",
            "P3M",
            "PT7H",
            "PXY",
            "PRESENT_REF",
            "XXXX-01-26",
        ] {
            let v = parse_timex3(s).unwrap_or_else(|| panic!("{s} should parse"));
            assert_eq!(v.to_string(), s, "{s}");
        }
    }

    #[test]
    fn rejects_impossible_values() {
        for s in [
            "",
            "2021-13",
            "2021-00",
            "2022-02-30",
            "2022-W54",
            "2022-Q5",
            "2022-H3",
            "22-01",
            "2022-1-5",
            "12345",
            "2022-01-26T25:00",
            "2022-XY",
            "P",
            "PT3D",
            "janvier",
        ] {
            assert_eq!(parse_timex3(s), None, "{s}");
        }
    }

    #[test]
    fn intervals_of_parsed_values() {
        let v = parse_timex3("2021-12").unwrap();
        assert_eq!(v.interval(), Some((d(2021, 12, 1), d(2021, 12, 31))));
        let v = parse_timex3("2022-W04").unwrap();
        assert_eq!(v.interval(), Some((d(2022, 1, 24), d(2022, 1, 30))));
    }

    #[test]
    fn mods() {
        assert_eq!(parse_mod("START"), Some(Mod::Start));
        assert_eq!(parse_mod("start"), None);
        for m in ["MID", "END", "APPROX", "ON_OR_AFTER", "EQUAL_OR_MORE"] {
            assert_eq!(parse_mod(m).unwrap().as_str(), m);
        }
    }
}
