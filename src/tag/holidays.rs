//! The date of every holiday rule of the lexicon ([`Holiday`]) in a given year: fixed days,
//! nth weekdays, Easter-based feasts, and the rules of other calendars (delegated to
//! [`calendars`] and [`hindu`]). One dispatch, so a new kind of holiday touches the lexicon's
//! `Holiday` enum and this file only.

use super::lexicon::Holiday;
use super::resolve::{add_months, shift_days};
use super::{calendars, hindu};
use chrono::{Datelike, NaiveDate, Weekday};

/// Western Easter Sunday (anonymous Gregorian algorithm).
pub fn easter(year: i32) -> Option<NaiveDate> {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32)
}

/// The date of a holiday in a year.
pub fn holiday_date(h: Holiday, year: i32) -> Option<NaiveDate> {
    match h {
        Holiday::Fixed(m, d) => NaiveDate::from_ymd_opt(year, m, d),
        Holiday::NthWeekday(n, wd, m) => {
            if n > 0 {
                NaiveDate::from_weekday_of_month_opt(year, m, wd, n as u8)
            } else {
                let last = add_months(NaiveDate::from_ymd_opt(year, m, 1)?, 1)?.pred_opt()?;
                let back =
                    (last.weekday().num_days_from_monday() + 7 - wd.num_days_from_monday()) % 7;
                shift_days(last, -(back as i64))
            }
        }
        Holiday::Easter(off) => shift_days(easter(year)?, off),
        Holiday::MonthEnd(m) => add_months(NaiveDate::from_ymd_opt(year, m, 1)?, 1)?.pred_opt(),
        Holiday::AfterNth(n, wd, m, off) => {
            shift_days(holiday_date(Holiday::NthWeekday(n, wd, m), year)?, off)
        }
        Holiday::NearestWeekday(m, d) => {
            let day = NaiveDate::from_ymd_opt(year, m, d)?;
            match day.weekday() {
                Weekday::Sat => day.pred_opt(),
                Weekday::Sun => day.succ_opt(),
                _ => Some(day),
            }
        }
        Holiday::SundayBack(m, d) => {
            let day = NaiveDate::from_ymd_opt(year, m, d)?;
            if day.weekday() == Weekday::Sun {
                day.pred_opt()
            } else {
                Some(day)
            }
        }
        Holiday::Hebrew(m, d) => calendars::hebrew(m, d, year),
        Holiday::Islamic(m, d) => calendars::islamic(m, d, None, year),
        Holiday::IslamicLast(m, wd) => calendars::islamic(m, 0, Some(wd), year),
        Holiday::Orthodox(off) => shift_days(calendars::orthodox_easter(year)?, off),
        Holiday::ChineseNewYear => calendars::chinese_new_year(year),
        Holiday::ParsiNewYear => calendars::parsi_new_year(year),
        Holiday::HebrewDays(m, d, _) => calendars::hebrew(m, d, year),
        Holiday::Hindu(m, t, when, off) => {
            shift_days(hindu::lunar_festival(m, t, when, year)?, off)
        }
        Holiday::Sankranti(sign, off) => shift_days(hindu::sankranti(sign, year)?, off),
        Holiday::IslamicMonth(m) => calendars::islamic(m, 1, None, year),
        Holiday::OrthodoxDays(off, _) => shift_days(calendars::orthodox_easter(year)?, off),
    }
}

/// The last day of a holiday that is a run of days and starts on `start`.
pub fn holiday_last_day(h: Holiday, start: NaiveDate) -> Option<NaiveDate> {
    match h {
        Holiday::HebrewDays(_, _, n) | Holiday::OrthodoxDays(_, n) => {
            shift_days(start, n as i64 - 1)
        }
        Holiday::IslamicMonth(m) => calendars::islamic_month(m, start.year())
            .filter(|(a, _)| *a == start)
            .map(|(_, b)| b),
        _ => None,
    }
}
