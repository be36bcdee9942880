//! Publication dates as headers, manifests and feeds write them: "2022-02-03",
//! "2022-02-03T10:00:00Z", "Thu, 03 Feb 2022 10:00:00 GMT" (RFC 2822), "Feb 3, 2022",
//! "3 February 2022", "Thursday, February 3rd, 2022", "02/03/2022" (US order), and the other
//! forms the `dateparser` crate knows.
//!
//! Only the calendar date *as written* is kept: a time and a zone are dropped, never applied,
//! so `2022-02-03T23:30:00-05:00` is 2022-02-03 (the day the outlet printed). A value that is
//! missing a year or a day, or is not a date at all ("sometime", "4:00pm"), is rejected rather
//! than completed from today's date, which `dateparser` would otherwise do.

use std::sync::LazyLock;

use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, Utc};
use regex::Regex;
use thiserror::Error;

/// Why a value is not a publication date.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DateError {
    #[error("it is empty")]
    Empty,
    #[error("it gives no year")]
    NoYear,
    #[error("it gives no day of the month")]
    NoDay,
    #[error("there is no such day")]
    NoSuchDay,
    #[error("year {0} is out of range")]
    OutOfRange(i32),
    #[error("it is not in a date format I know")]
    Unrecognised,
}

/// Earliest and latest years accepted as a publication date.
const YEARS: std::ops::RangeInclusive<i32> = 1600..=2200;

/// `YYYY-MM-DD` (or `/`), optionally followed by a time and zone, which are ignored.
static ISO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^(\d{4})[-/](\d{1,2})[-/](\d{1,2})
          (?: (?:[T\s_]\d{1,2}(?::\d{2}(?::\d{2}(?:[.,]\d+)?)?)?)?
              \s*(?:Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?|(?-i:[A-Z]{2,5}))? )$",
    )
    .expect("valid regex")
});

/// `[Weekday,] Month Day[st], Year` — anything after the year (a time) is ignored.
static MONTH_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^(?:[a-z]{3,9}\.?,?\s+)??
          ([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\s*,?\s+(\d{4})\b",
    )
    .expect("valid regex")
});

/// `[Weekday,] Day[st] [of] Month[,] Year` — anything after the year is ignored.
static DAY_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^(?:[a-z]{3,9}\.?,?\s+)?
          (\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?([a-z]{3,9})\.?,?\s+(\d{4})\b",
    )
    .expect("valid regex")
});

/// `Month Year` with no day: a month, not a publication day.
static MONTH_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^([a-z]{3,9})\.?,?\s+(\d{4})$").expect("valid regex"));

static DIGITS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\d+").expect("valid regex"));

/// Parses a publication date, keeping the calendar date as written.
///
/// ```
/// use timeline::ingest::date::parse_publication_date;
/// use chrono::NaiveDate;
/// let d = NaiveDate::from_ymd_opt(2022, 2, 3).unwrap();
/// assert_eq!(parse_publication_date("2022-02-03T23:30:00-05:00"), Ok(d));
/// assert_eq!(parse_publication_date("Feb 3, 2022"), Ok(d));
/// assert_eq!(parse_publication_date("3 February 2022"), Ok(d));
/// assert!(parse_publication_date("sometime").is_err());
/// ```
pub fn parse_publication_date(input: &str) -> Result<NaiveDate, DateError> {
    let s = input.trim().trim_matches(|c| c == '"' || c == '\'').trim();
    if s.is_empty() {
        return Err(DateError::Empty);
    }
    let date = parse_any(s)?;
    if !YEARS.contains(&date.year()) {
        return Err(DateError::OutOfRange(date.year()));
    }
    Ok(date)
}

fn parse_any(s: &str) -> Result<NaiveDate, DateError> {
    if let Some(c) = ISO.captures(s) {
        return ymd(&c[1], &c[2], &c[3]);
    }
    if let Ok(dt) = DateTime::parse_from_rfc2822(s) {
        // The wall-clock date in the zone it was written in.
        return Ok(dt.naive_local().date());
    }
    if let Some(c) = MONTH_FIRST.captures(s)
        && let Some(m) = month_number(&c[1])
    {
        return ymd(&c[3], &m.to_string(), &c[2]);
    }
    if let Some(c) = DAY_FIRST.captures(s)
        && let Some(m) = month_number(&c[2])
    {
        return ymd(&c[3], &m.to_string(), &c[1]);
    }
    if let Some(c) = MONTH_YEAR.captures(s)
        && month_number(&c[1]).is_some()
    {
        return Err(DateError::NoDay);
    }
    if !s.chars().any(|c| c.is_ascii_digit()) {
        return Err(DateError::Unrecognised);
    }
    fallback(s)
}

/// `dateparser` for the remaining formats, refusing results it completed from "now".
fn fallback(s: &str) -> Result<NaiveDate, DateError> {
    // Belt and braces: a third-party parser must not take the whole run down.
    let parsed = std::panic::catch_unwind(|| dateparser::parse_with(s, &Utc, NaiveTime::MIN))
        .map_err(|_| DateError::Unrecognised)?;
    let parsed = parsed.map_err(|_| {
        if DIGITS.find_iter(s).any(|m| m.as_str().len() == 4) {
            DateError::Unrecognised
        } else {
            DateError::NoYear
        }
    })?;
    let date = parsed.date_naive();
    // A Unix timestamp names its day; anything else must spell out the year it resolved to,
    // or dateparser took the year (and perhaps the day) from today.
    let all_digits = s.chars().all(|c| c.is_ascii_digit());
    if all_digits {
        return Ok(date);
    }
    let year = date.year();
    let four = year.to_string();
    let two = format!("{:02}", year.rem_euclid(100));
    let spelled = DIGITS.find_iter(s).any(|m| {
        let d = m.as_str();
        let after = &s[m.end()..];
        d == four || (d == two && !after.starts_with(':'))
    });
    if spelled {
        Ok(date)
    } else {
        Err(DateError::NoYear)
    }
}

fn ymd(y: &str, m: &str, d: &str) -> Result<NaiveDate, DateError> {
    let (Ok(y), Ok(m), Ok(d)) = (y.parse::<i32>(), m.parse::<u32>(), d.parse::<u32>()) else {
        return Err(DateError::Unrecognised);
    };
    NaiveDate::from_ymd_opt(y, m, d).ok_or(DateError::NoSuchDay)
}

/// January = 1 from an English month name or abbreviation ("Sept", "feb").
fn month_number(word: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let w = word.to_ascii_lowercase();
    if w.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| m.starts_with(&w))
        .map(|i| i as u32 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn formats() {
        let feb3 = d(2022, 2, 3);
        for s in [
            "2022-02-03",
            "2022-2-3",
            "2022/02/03",
            " \"2022-02-03\" ",
            "2022-02-03T10:00:00Z",
            "2022-02-03T23:30:00-05:00",
            "2022-02-03T00:30:00+09:00",
            "2022-02-03 10:00",
            "2022-02-03 10:00:00 PST",
            "2022-02-03T10:00:00.123456+0100",
            "Thu, 03 Feb 2022 23:59:00 -0800",
            "Thu, 3 Feb 2022 10:00:00 GMT",
            "Feb 3, 2022",
            "Feb. 3, 2022",
            "February 3, 2022",
            "February 3rd, 2022",
            "Thursday, February 3, 2022",
            "Thursday, February 3, 2022 11:45 PM EST",
            "3 February 2022",
            "3rd of February, 2022",
            "Thursday 3 Feb 2022",
            "03 Feb 2022 19:17",
            "02/03/2022",
            "2022年02月03日",
        ] {
            assert_eq!(parse_publication_date(s), Ok(feb3), "{s}");
        }
        assert_eq!(parse_publication_date("Sept 9, 2021"), Ok(d(2021, 9, 9)));
        assert_eq!(parse_publication_date("1643846400"), Ok(d(2022, 2, 3)));
    }

    #[test]
    fn rejects_non_dates_instead_of_using_today() {
        for s in [
            "",
            "sometime",
            "today",
            "yesterday",
            "4:00pm",
            "10:00",
            "Feb 3",
            "May 6 at 9:24 PM",
            "February 2022",
            "2022-13-01",
            "2022-02-30",
            "n/a",
            "TBD",
        ] {
            assert!(parse_publication_date(s).is_err(), "{s:?} accepted");
        }
    }
}
