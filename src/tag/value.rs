//! Typed TIMEX3 values: what a temporal expression resolves to, its TIMEX3 string form,
//! the calendar interval it covers and its granularity.
//!
//! Resolution works on these typed values; the TIMEX3 string is only produced at the edge.

use chrono::{Datelike, Duration as ChronoDuration, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};
use std::fmt;

/// TIMEX3 `type` attribute.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    Date,
    Time,
    Duration,
    Set,
}

impl fmt::Display for TimexType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        })
    }
}

/// TIMEX3 `mod` attribute.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Mod {
    Start,
    Mid,
    End,
    Approx,
    Before,
    After,
    OnOrBefore,
    OnOrAfter,
    LessThan,
    MoreThan,
    EqualOrLess,
    EqualOrMore,
}

impl Mod {
    /// The TimeML spelling, e.g. `START`, `MORE_THAN`.
    pub fn as_str(self) -> &'static str {
        match self {
            Mod::Start => "START",
            Mod::Mid => "MID",
            Mod::End => "END",
            Mod::Approx => "APPROX",
            Mod::Before => "BEFORE",
            Mod::After => "AFTER",
            Mod::OnOrBefore => "ON_OR_BEFORE",
            Mod::OnOrAfter => "ON_OR_AFTER",
            Mod::LessThan => "LESS_THAN",
            Mod::MoreThan => "MORE_THAN",
            Mod::EqualOrLess => "EQUAL_OR_LESS",
            Mod::EqualOrMore => "EQUAL_OR_MORE",
        }
    }
}

/// Meteorological seasons of the northern hemisphere (TIMEX3 SP, SU, FA, WI).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Season {
    Spring,
    Summer,
    Fall,
    Winter,
}

impl Season {
    pub fn code(self) -> &'static str {
        match self {
            Season::Spring => "SP",
            Season::Summer => "SU",
            Season::Fall => "FA",
            Season::Winter => "WI",
        }
    }
}

/// Parts of the day (TIMEX3 MO, AF, EV, NI, DT).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PartOfDay {
    Morning,
    Afternoon,
    Evening,
    Night,
    Daytime,
}

impl PartOfDay {
    pub fn code(self) -> &'static str {
        match self {
            PartOfDay::Morning => "MO",
            PartOfDay::Afternoon => "AF",
            PartOfDay::Evening => "EV",
            PartOfDay::Night => "NI",
            PartOfDay::Daytime => "DT",
        }
    }
}

/// Unit of a duration (and of a SET's period).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DurationUnit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
    Millennium,
}

impl DurationUnit {
    fn is_time(self) -> bool {
        matches!(
            self,
            DurationUnit::Second | DurationUnit::Minute | DurationUnit::Hour
        )
    }
    fn code(self) -> &'static str {
        match self {
            DurationUnit::Second => "S",
            DurationUnit::Minute => "M",
            DurationUnit::Hour => "H",
            DurationUnit::Day => "D",
            DurationUnit::Week => "W",
            DurationUnit::Month => "M",
            DurationUnit::Quarter => "Q",
            DurationUnit::Year => "Y",
            DurationUnit::Decade => "DE",
            DurationUnit::Century => "CE",
            DurationUnit::Millennium => "ML",
        }
    }
}

/// A resolved (or deliberately unresolved) TIMEX3 value.
#[derive(Debug, Clone, PartialEq)]
pub enum TimexValue {
    /// `2022-01-26`
    Day(NaiveDate),
    /// ISO week, `2022-W04`
    Week {
        year: i32,
        week: u32,
    },
    /// Weekend of an ISO week, `2022-W04-WE`
    Weekend {
        year: i32,
        week: u32,
    },
    /// `2022-01`
    Month {
        year: i32,
        month: u32,
    },
    /// `2011-SU`
    Season {
        year: i32,
        season: Season,
    },
    /// `2022-Q3`
    Quarter {
        year: i32,
        quarter: u32,
    },
    /// `2022-H1`
    Half {
        year: i32,
        half: u32,
    },
    /// `2014`
    Year(i32),
    /// `199` (the 1990s): the first three digits of the years
    Decade(i32),
    /// `18` (the 19th century): the first two digits of the years
    Century(i32),
    /// `2022-02-01TMO`
    DayPart {
        date: NaiveDate,
        part: PartOfDay,
    },
    /// `2023-06-15T01:00`
    Time {
        date: NaiveDate,
        hour: u32,
        minute: u32,
    },
    /// `P3M`, `PT7H`, `PXY` (amount None = unspecified)
    Duration {
        amount: Option<f64>,
        unit: DurationUnit,
    },
    /// `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`
    PresentRef,
    PastRef,
    FutureRef,
    /// A SET value such as `XXXX-WXX-1` or `P1D`.
    Set(String),
    /// A value that could not be anchored (no reference date): kept in TIMEX3 form with X
    /// placeholders, e.g. `XXXX-01-26`, so it is reported rather than dropped.
    Unresolved(String),
    /// A named run of days, first and last inclusive ("Ramadan 2018", "Passover"). TIMEX3
    /// writes it as a DURATION anchored by beginPoint/endPoint: the value prints as the
    /// length (`P30D`), the anchored days are in [`TimexValue::interval`].
    Span {
        from: NaiveDate,
        to: NaiveDate,
    },
}

fn fmt_amount(a: f64) -> String {
    if a.fract() == 0.0 {
        format!("{}", a as i64)
    } else {
        let s = format!("{a:.2}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// A fractional amount written in the next smaller unit, as TIMEX3 values are in TimeBank:
/// "2 1/2 years" is `P2Y6M`, "5 1/2 hours" `PT5H30M`, "a day and a half" `P1DT12H`. None
/// when the unit has no whole-numbered smaller unit for the fraction (months: days vary).
fn split_fraction(a: f64, unit: DurationUnit) -> Option<String> {
    use DurationUnit as U;
    if a.fract() == 0.0 || !a.is_finite() || a <= 0.0 || a > 1e6 {
        return None;
    }
    let (per, small) = match unit {
        U::Year => (12.0, U::Month),
        U::Week => (7.0, U::Day),
        U::Day => (24.0, U::Hour),
        U::Hour => (60.0, U::Minute),
        U::Minute => (60.0, U::Second),
        _ => return None,
    };
    let rest = a.fract() * per;
    if (rest - rest.round()).abs() > 1e-6 || rest.round() < 1.0 {
        return None;
    }
    let (whole, rest) = (a.trunc() as i64, rest.round() as i64);
    let big = if whole > 0 {
        format!("{whole}{}", unit.code())
    } else {
        String::new()
    };
    Some(match (unit.is_time(), small.is_time()) {
        (true, _) => format!("PT{big}{rest}{}", small.code()),
        (false, true) => format!("P{big}T{rest}{}", small.code()),
        (false, false) => format!("P{big}{rest}{}", small.code()),
    })
}

impl fmt::Display for TimexValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TimexValue::Day(d) => write!(f, "{}", d.format("%Y-%m-%d")),
            TimexValue::Week { year, week } => write!(f, "{year:04}-W{week:02}"),
            TimexValue::Weekend { year, week } => write!(f, "{year:04}-W{week:02}-WE"),
            TimexValue::Month { year, month } => write!(f, "{year:04}-{month:02}"),
            TimexValue::Season { year, season } => write!(f, "{year:04}-{}", season.code()),
            TimexValue::Quarter { year, quarter } => write!(f, "{year:04}-Q{quarter}"),
            TimexValue::Half { year, half } => write!(f, "{year:04}-H{half}"),
            TimexValue::Year(y) => write!(f, "{y:04}"),
            TimexValue::Decade(d) => write!(f, "{d:03}"),
            TimexValue::Century(c) => write!(f, "{c:02}"),
            TimexValue::DayPart { date, part } => {
                write!(f, "{}T{}", date.format("%Y-%m-%d"), part.code())
            }
            TimexValue::Time { date, hour, minute } => {
                write!(f, "{}T{hour:02}:{minute:02}", date.format("%Y-%m-%d"))
            }
            TimexValue::Duration { amount, unit } => {
                if let Some(a) = amount
                    && let Some(s) = split_fraction(*a, *unit)
                {
                    return f.write_str(&s);
                }
                let n = amount.map(fmt_amount).unwrap_or_else(|| "X".to_string());
                if unit.is_time() {
                    write!(f, "PT{n}{}", unit.code())
                } else {
                    write!(f, "P{n}{}", unit.code())
                }
            }
            TimexValue::PresentRef => f.write_str("PRESENT_REF"),
            TimexValue::PastRef => f.write_str("PAST_REF"),
            TimexValue::FutureRef => f.write_str("FUTURE_REF"),
            TimexValue::Set(s) | TimexValue::Unresolved(s) => f.write_str(s),
            TimexValue::Span { from, to } => write!(f, "P{}D", (*to - *from).num_days() + 1),
        }
    }
}

/// How fine a calendar value is, as written in events.json.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Granularity {
    Day,
    Week,
    Month,
    Season,
    Quarter,
    Year,
    Decade,
    Century,
}

impl Granularity {
    pub fn as_str(self) -> &'static str {
        match self {
            Granularity::Day => "day",
            Granularity::Week => "week",
            Granularity::Month => "month",
            Granularity::Season => "season",
            Granularity::Quarter => "quarter",
            Granularity::Year => "year",
            Granularity::Decade => "decade",
            Granularity::Century => "century",
        }
    }
}

/// Monday of ISO week `week` of ISO year `year`.
pub fn iso_week_monday(year: i32, week: u32) -> Option<NaiveDate> {
    NaiveDate::from_isoywd_opt(year, week, Weekday::Mon)
}

fn month_end(year: i32, month: u32) -> Option<NaiveDate> {
    let (ny, nm) = if month == 12 {
        (year.checked_add(1)?, 1)
    } else {
        (year, month + 1)
    };
    NaiveDate::from_ymd_opt(ny, nm, 1)?.pred_opt()
}

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

impl TimexValue {
    /// The value as an events file writes an event's date: the TIMEX3 value, except that a
    /// run of named days ([`TimexValue::Span`]) is written as its ISO 8601 interval
    /// (`2022-04-16/2022-04-23`) — TIMEX3 has no single value for it, and its length (`P8D`)
    /// alone would lose the days.
    pub fn calendar_string(&self) -> String {
        match self {
            TimexValue::Span { from, to } => format!("{from}/{to}"),
            other => other.to_string(),
        }
    }

    /// The inclusive calendar interval the value covers, if it is a calendar value.
    ///
    /// ```
    /// use timeline::tag::value::TimexValue;
    /// use chrono::NaiveDate;
    /// let w = TimexValue::Week { year: 2022, week: 4 };
    /// let (a, b) = w.interval().unwrap();
    /// assert_eq!(a, NaiveDate::from_ymd_opt(2022, 1, 24).unwrap());
    /// assert_eq!(b, NaiveDate::from_ymd_opt(2022, 1, 30).unwrap());
    /// ```
    pub fn interval(&self) -> Option<(NaiveDate, NaiveDate)> {
        match *self {
            TimexValue::Day(d) => Some((d, d)),
            TimexValue::DayPart { date, .. } | TimexValue::Time { date, .. } => Some((date, date)),
            TimexValue::Week { year, week } => {
                let m = iso_week_monday(year, week)?;
                Some((m, m.checked_add_signed(ChronoDuration::days(6))?))
            }
            TimexValue::Weekend { year, week } => {
                let m = iso_week_monday(year, week)?;
                Some((
                    m.checked_add_signed(ChronoDuration::days(5))?,
                    m.checked_add_signed(ChronoDuration::days(6))?,
                ))
            }
            TimexValue::Month { year, month } => {
                Some((ymd(year, month, 1)?, month_end(year, month)?))
            }
            TimexValue::Season { year, season } => match season {
                Season::Spring => Some((ymd(year, 3, 1)?, month_end(year, 5)?)),
                Season::Summer => Some((ymd(year, 6, 1)?, month_end(year, 8)?)),
                Season::Fall => Some((ymd(year, 9, 1)?, month_end(year, 11)?)),
                Season::Winter => Some((ymd(year, 12, 1)?, month_end(year.checked_add(1)?, 2)?)),
            },
            TimexValue::Quarter { year, quarter } if (1..=4).contains(&quarter) => {
                let m0 = (quarter - 1) * 3 + 1;
                Some((ymd(year, m0, 1)?, month_end(year, m0 + 2)?))
            }
            TimexValue::Half { year, half } if (1..=2).contains(&half) => {
                let m0 = (half - 1) * 6 + 1;
                Some((ymd(year, m0, 1)?, month_end(year, m0 + 5)?))
            }
            TimexValue::Year(y) => Some((ymd(y, 1, 1)?, ymd(y, 12, 31)?)),
            TimexValue::Span { from, to } => Some((from, to)),
            TimexValue::Decade(d) => {
                let y = d.checked_mul(10)?;
                Some((ymd(y, 1, 1)?, ymd(y.checked_add(9)?, 12, 31)?))
            }
            TimexValue::Century(c) => {
                let y = c.checked_mul(100)?;
                Some((ymd(y, 1, 1)?, ymd(y.checked_add(99)?, 12, 31)?))
            }
            _ => None,
        }
    }

    /// Granularity of a calendar value (None for durations, refs, sets, unresolved).
    /// A weekend counts as `week`, a half-year as `year` (the next coarser listed grain).
    pub fn granularity(&self) -> Option<Granularity> {
        Some(match self {
            TimexValue::Day(_)
            | TimexValue::DayPart { .. }
            | TimexValue::Time { .. }
            | TimexValue::Span { .. } => Granularity::Day,
            TimexValue::Week { .. } | TimexValue::Weekend { .. } => Granularity::Week,
            TimexValue::Month { .. } => Granularity::Month,
            TimexValue::Season { .. } => Granularity::Season,
            TimexValue::Quarter { .. } => Granularity::Quarter,
            TimexValue::Half { .. } | TimexValue::Year(_) => Granularity::Year,
            TimexValue::Decade(_) => Granularity::Decade,
            TimexValue::Century(_) => Granularity::Century,
            _ => return None,
        })
    }

    /// The day a day-level value falls on (a day, a part of a day or a clock time); `None`
    /// for every other value, including runs of days.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use timeline::tag::TimexValue;
    /// let d = NaiveDate::from_ymd_opt(2022, 1, 26).unwrap();
    /// assert_eq!(TimexValue::Day(d).day(), Some(d));
    /// assert_eq!(TimexValue::Year(2022).day(), None);
    /// ```
    pub fn day(&self) -> Option<NaiveDate> {
        match self {
            TimexValue::Day(d)
            | TimexValue::DayPart { date: d, .. }
            | TimexValue::Time { date: d, .. } => Some(*d),
            _ => None,
        }
    }

    /// A day value for a date, or the ISO week of a date.
    pub fn week_of(d: NaiveDate) -> TimexValue {
        let w = d.iso_week();
        TimexValue::Week {
            year: w.year(),
            week: w.week(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, dd).unwrap()
    }

    #[test]
    fn timex3_strings() {
        assert_eq!(TimexValue::Day(d(2022, 2, 1)).to_string(), "2022-02-01");
        assert_eq!(
            TimexValue::Week {
                year: 2022,
                week: 4
            }
            .to_string(),
            "2022-W04"
        );
        assert_eq!(
            TimexValue::Weekend {
                year: 2022,
                week: 5
            }
            .to_string(),
            "2022-W05-WE"
        );
        assert_eq!(TimexValue::Decade(199).to_string(), "199");
        assert_eq!(TimexValue::Century(18).to_string(), "18");
        assert_eq!(
            TimexValue::Duration {
                amount: Some(3.0),
                unit: DurationUnit::Month
            }
            .to_string(),
            "P3M"
        );
        assert_eq!(
            TimexValue::Duration {
                amount: Some(7.0),
                unit: DurationUnit::Hour
            }
            .to_string(),
            "PT7H"
        );
        let dur = |amount, unit| TimexValue::Duration {
            amount: Some(amount),
            unit,
        };
        assert_eq!(dur(2.5, DurationUnit::Year).to_string(), "P2Y6M");
        assert_eq!(dur(0.5, DurationUnit::Year).to_string(), "P6M");
        assert_eq!(dur(1.5, DurationUnit::Week).to_string(), "P1.5W");
        assert_eq!(dur(2.5, DurationUnit::Day).to_string(), "P2DT12H");
        assert_eq!(dur(5.5, DurationUnit::Hour).to_string(), "PT5H30M");
        assert_eq!(dur(1.5, DurationUnit::Minute).to_string(), "PT1M30S");
        // no whole smaller unit: the decimal stays
        assert_eq!(dur(1.5, DurationUnit::Month).to_string(), "P1.5M");
        assert_eq!(dur(1.3, DurationUnit::Week).to_string(), "P1.3W");
        assert_eq!(
            TimexValue::Time {
                date: d(2023, 6, 15),
                hour: 1,
                minute: 0
            }
            .to_string(),
            "2023-06-15T01:00"
        );
    }

    #[test]
    fn intervals() {
        assert_eq!(
            TimexValue::Decade(199).interval(),
            Some((d(1990, 1, 1), d(1999, 12, 31)))
        );
        assert_eq!(
            TimexValue::Season {
                year: 2021,
                season: Season::Winter
            }
            .interval(),
            Some((d(2021, 12, 1), d(2022, 2, 28)))
        );
        assert_eq!(
            TimexValue::Weekend {
                year: 2022,
                week: 4
            }
            .interval(),
            Some((d(2022, 1, 29), d(2022, 1, 30)))
        );
        assert_eq!(
            TimexValue::Quarter {
                year: 2022,
                quarter: 5
            }
            .interval(),
            None
        );
        assert_eq!(
            TimexValue::Month {
                year: 2022,
                month: 13
            }
            .interval(),
            None
        );
        // the last ISO week chrono can name ends past its calendar: no interval, no panic
        let last = NaiveDate::MAX.iso_week();
        let _ = TimexValue::Week {
            year: last.year(),
            week: last.week(),
        }
        .interval();
        let _ = TimexValue::Weekend {
            year: last.year(),
            week: last.week(),
        }
        .interval();
        let _ = TimexValue::Century(i32::MAX).interval();
        let _ = TimexValue::Season {
            year: i32::MAX,
            season: Season::Winter,
        }
        .interval();
    }
}
