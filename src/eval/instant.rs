//! Duckling's instants and grains: parsing `2013-02-12T04:30:00` (negative years included),
//! truncating an instant to the start of its grain, stepping one grain back (Duckling's
//! interval ends are exclusive). Overflow-safe: out-of-range arithmetic gives the input back or
//! `None`, never a panic.

use chrono::{Datelike, Duration, Months, NaiveDate, NaiveDateTime, NaiveTime, Timelike};

/// Duckling grains, finest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Grain {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Quarter,
    Year,
}

impl Grain {
    pub fn parse(s: &str) -> Option<Grain> {
        Some(match s {
            "second" => Grain::Second,
            "minute" => Grain::Minute,
            "hour" => Grain::Hour,
            "day" => Grain::Day,
            "week" => Grain::Week,
            "month" => Grain::Month,
            "quarter" => Grain::Quarter,
            "year" => Grain::Year,
            _ => return None,
        })
    }
    pub fn name(self) -> &'static str {
        match self {
            Grain::Second => "second",
            Grain::Minute => "minute",
            Grain::Hour => "hour",
            Grain::Day => "day",
            Grain::Week => "week",
            Grain::Month => "month",
            Grain::Quarter => "quarter",
            Grain::Year => "year",
        }
    }
}

/// Parses Duckling's `2013-02-12T04:30:00` (a year may be negative: `-2014-01-01T00:00:00`).
pub fn parse_instant(s: &str) -> Option<NaiveDateTime> {
    let (date, time) = s.split_once('T').unwrap_or((s, "00:00:00"));
    let (neg, date) = match date.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, date),
    };
    let mut it = date.split('-');
    let y: i32 = it.next()?.parse().ok()?;
    let m: u32 = it.next()?.parse().ok()?;
    let d: u32 = it.next()?.parse().ok()?;
    let date = NaiveDate::from_ymd_opt(if neg { -y } else { y }, m, d)?;
    let time = NaiveTime::parse_from_str(time, "%H:%M:%S").ok()?;
    Some(date.and_time(time))
}

/// Truncates an instant to the start of its `g` period (weeks start on Monday).
pub fn truncate(t: NaiveDateTime, g: Grain) -> NaiveDateTime {
    let d = t.date();
    let midnight = |d: NaiveDate| d.and_time(NaiveTime::MIN);
    let first = |y: i32, m: u32| NaiveDate::from_ymd_opt(y, m, 1).map(midnight).unwrap_or(t);
    match g {
        Grain::Second => t.with_nanosecond(0).unwrap_or(t),
        Grain::Minute => t
            .with_second(0)
            .and_then(|x| x.with_nanosecond(0))
            .unwrap_or(t),
        Grain::Hour => d.and_hms_opt(t.hour(), 0, 0).unwrap_or(t),
        Grain::Day => midnight(d),
        Grain::Week => d
            .checked_sub_signed(Duration::days(i64::from(
                d.weekday().num_days_from_monday(),
            )))
            .map(midnight)
            .unwrap_or(t),
        Grain::Month => first(d.year(), d.month()),
        Grain::Quarter => first(d.year(), (d.month() - 1) / 3 * 3 + 1),
        Grain::Year => first(d.year(), 1),
    }
}

/// One grain step back: the inclusive end of a Duckling interval whose `to` is exclusive.
pub fn step_back(t: NaiveDateTime, g: Grain) -> Option<NaiveDateTime> {
    match g {
        Grain::Second => t.checked_sub_signed(Duration::seconds(1)),
        Grain::Minute => t.checked_sub_signed(Duration::minutes(1)),
        Grain::Hour => t.checked_sub_signed(Duration::hours(1)),
        Grain::Day => t.checked_sub_signed(Duration::days(1)),
        Grain::Week => t.checked_sub_signed(Duration::days(7)),
        Grain::Month => t.checked_sub_months(Months::new(1)),
        Grain::Quarter => t.checked_sub_months(Months::new(3)),
        Grain::Year => t.checked_sub_months(Months::new(12)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dt(s: &str) -> NaiveDateTime {
        parse_instant(s).unwrap()
    }

    #[test]
    fn instants() {
        let d = NaiveDate::from_ymd_opt(2013, 2, 12).unwrap();
        assert_eq!(dt("2013-02-12T04:30:00"), d.and_hms_opt(4, 30, 0).unwrap());
        assert_eq!(dt("-2014-01-01T00:00:00").year(), -2014);
        assert_eq!(dt("0014-01-01T00:00:00").year(), 14);
        assert!(parse_instant("2013-02-30T00:00:00").is_none());
        assert!(parse_instant("tomorrow").is_none());
        assert!(parse_instant("2013-02").is_none());
    }

    #[test]
    fn truncation() {
        let t = dt("2013-02-14T09:31:10");
        assert_eq!(truncate(t, Grain::Week), dt("2013-02-11T00:00:00"));
        assert_eq!(truncate(t, Grain::Quarter), dt("2013-01-01T00:00:00"));
        assert_eq!(truncate(t, Grain::Hour), dt("2013-02-14T09:00:00"));
        assert_eq!(truncate(t, Grain::Minute), dt("2013-02-14T09:31:00"));
        // The first week of the calendar cannot go back to its Monday: no panic.
        let first = NaiveDate::MIN.and_time(NaiveTime::MIN);
        let _ = truncate(first, Grain::Week);
        assert_eq!(step_back(first, Grain::Day), None);
    }

    #[test]
    fn steps() {
        let t = dt("1962-01-01T00:00:00");
        assert_eq!(step_back(t, Grain::Year), Some(dt("1961-01-01T00:00:00")));
        assert_eq!(
            step_back(t, Grain::Quarter),
            Some(dt("1961-10-01T00:00:00"))
        );
        assert_eq!(step_back(t, Grain::Minute), Some(dt("1961-12-31T23:59:00")));
    }
}
