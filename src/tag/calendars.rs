//! Dates of holidays kept by other calendars, computed rather than listed:
//!
//! - Hebrew calendar: the arithmetic calendar (molad, postponements, leap years of the
//!   19-year cycle) after Reingold & Dershowitz, *Calendrical Calculations*; exact. Dates are
//!   the holiday's own civil day (Yom Kippur 5779 is 2018-09-19; it begins at sunset on the
//!   18th), with the Israeli rules that move Yom HaShoah, Yom HaAtzmaut and Tisha B'Av off
//!   the Sabbath.
//! - Islamic calendar: each month starts the day after the evening of the astronomical new
//!   moon if the conjunction falls before sunset at Mecca (about 15:00 UTC), else a day later
//!   (the principle of the Umm al-Qura calendar, without its moonset test). New moons follow
//!   Meeus, *Astronomical Algorithms* ch. 49 (error of minutes). Actual observance, decided
//!   by sighting, can differ by a day.
//! - Orthodox Easter: the Julian computus, converted to the Gregorian calendar.
//! - Chinese New Year: the day (Beijing time) of the new moon between 21 January and
//!   20 February.
//! - Parsi (Shahenshahi) New Year: a 365-day year with no leap day, so it moves one day
//!   earlier every four Gregorian years.
//!
//! Hindu lunisolar festivals (Diwali, Holi, …) need the true positions of sun and moon at
//! sunrise in India and regional month rules; they are not computed here.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// Rata Die: day 1 is 0001-01-01 of the proleptic Gregorian calendar.
fn from_rd(rd: i64) -> Option<NaiveDate> {
    NaiveDate::from_num_days_from_ce_opt(i32::try_from(rd).ok()?)
}

fn rd(d: NaiveDate) -> i64 {
    d.num_days_from_ce() as i64
}

// ---------- Hebrew ----------

/// Months are numbered from Nisan (1) to Adar (12) and Adar II (13); the year starts in
/// Tishri (7).
fn hebrew_leap(y: i64) -> bool {
    (7 * y + 1).rem_euclid(19) < 7
}

fn hebrew_elapsed(y: i64) -> i64 {
    let months = (235 * y - 234).div_euclid(19);
    let parts = 12084 + 13753 * months;
    let day = 29 * months + parts.div_euclid(25920);
    if (3 * (day + 1)).rem_euclid(7) < 3 {
        day + 1
    } else {
        day
    }
}

fn hebrew_new_year(y: i64) -> i64 {
    const EPOCH: i64 = -1_373_427;
    let (a, b, c) = (
        hebrew_elapsed(y - 1),
        hebrew_elapsed(y),
        hebrew_elapsed(y + 1),
    );
    let delay = if c - b == 356 {
        2
    } else if b - a == 382 {
        1
    } else {
        0
    };
    EPOCH + b + delay
}

fn hebrew_month_days(m: u32, y: i64) -> i64 {
    let len = hebrew_new_year(y + 1) - hebrew_new_year(y);
    match m {
        2 | 4 | 6 | 10 | 13 => 29,
        12 if !hebrew_leap(y) => 29,
        8 if len % 10 != 5 => 29,
        9 if len % 10 == 3 => 29,
        _ => 30,
    }
}

fn from_hebrew(y: i64, m: u32, d: u32) -> Option<NaiveDate> {
    let last = if hebrew_leap(y) { 13 } else { 12 };
    let mut r = hebrew_new_year(y) + d as i64 - 1;
    if m < 7 {
        r += (7..=last).map(|k| hebrew_month_days(k, y)).sum::<i64>();
        r += (1..m).map(|k| hebrew_month_days(k, y)).sum::<i64>();
    } else {
        r += (7..m).map(|k| hebrew_month_days(k, y)).sum::<i64>();
    }
    from_rd(r)
}

/// The civil day of Hebrew month `m`, day `d` that falls in Gregorian `year` (Adar means
/// Adar II in a leap year), with the Israeli postponement rules of the days that have them.
pub fn hebrew(m: u32, d: u32, year: i32) -> Option<NaiveDate> {
    let y = year as i64;
    [y + 3760, y + 3761].into_iter().find_map(|hy| {
        let m = if m == 12 && hebrew_leap(hy) { 13 } else { m };
        let day = from_hebrew(hy, m, d)?;
        let shift = match (m, d, day.weekday()) {
            // Yom HaShoah, 27 Nisan: Friday → Thursday, Sunday → Monday.
            (1, 27, Weekday::Fri) => -1,
            (1, 27, Weekday::Sun) => 1,
            // Yom HaAtzmaut, 5 Iyar: Friday/Saturday → Thursday, Monday → Tuesday.
            (2, 5, Weekday::Fri) => -1,
            (2, 5, Weekday::Sat) => -2,
            (2, 5, Weekday::Mon) => 1,
            // Tisha B'Av, 9 Av: a Sabbath fast moves to Sunday.
            (5, 9, Weekday::Sat) => 1,
            _ => 0,
        };
        let day = day.checked_add_signed(Duration::days(shift))?;
        (day.year() == year).then_some(day)
    })
}

// ---------- Moon ----------

/// Julian day (UT, ΔT ignored) of the new moon of lunation `k` (k = 0: 2000-01-06).
fn new_moon(k: f64) -> f64 {
    let t = k / 1236.85;
    let jde =
        2_451_550.097_66 + 29.530_588_861 * k + 0.000_154_37 * t * t - 0.000_000_150 * t * t * t;
    let e = 1.0 - 0.002_516 * t;
    let m = (2.5534 + 29.105_356_70 * k - 0.000_001_4 * t * t).to_radians();
    let mp = (201.5643 + 385.816_935_28 * k + 0.010_758_2 * t * t).to_radians();
    let f = (160.7108 + 390.670_502_84 * k - 0.001_611_8 * t * t).to_radians();
    let o = (124.7746 - 1.563_755_88 * k + 0.002_067_2 * t * t).to_radians();
    let c = -0.40720 * mp.sin()
        + 0.17241 * e * m.sin()
        + 0.01608 * (2.0 * mp).sin()
        + 0.01039 * (2.0 * f).sin()
        + 0.00739 * e * (mp - m).sin()
        - 0.00514 * e * (mp + m).sin()
        + 0.00208 * e * e * (2.0 * m).sin()
        - 0.00111 * (mp - 2.0 * f).sin()
        - 0.00057 * (mp + 2.0 * f).sin()
        + 0.00056 * e * (2.0 * mp + m).sin()
        - 0.00042 * (3.0 * mp).sin()
        + 0.00042 * e * (m + 2.0 * f).sin()
        + 0.00038 * e * (m - 2.0 * f).sin()
        - 0.00024 * e * (2.0 * mp - m).sin()
        - 0.00017 * o.sin();
    jde + c
}

/// The civil date and hour of a Julian day, `offset_h` hours east of UTC.
fn civil(jd: f64, offset_h: f64) -> Option<(NaiveDate, f64)> {
    let days = jd - 2_451_544.5 + offset_h / 24.0; // 2000-01-01T00:00
    let whole = days.floor();
    let d = NaiveDate::from_ymd_opt(2000, 1, 1)?
        .checked_add_signed(Duration::try_days(whole as i64)?)?;
    Some((d, (days - whole) * 24.0))
}

/// The lunation nearest to a date.
fn lunation_near(d: NaiveDate) -> f64 {
    ((rd(d) - 730_125) as f64 / 29.530_588_861).round() // 730125 = RD of 2000-01-06
}

// ---------- Islamic ----------

/// Tabular (arithmetic) Islamic date: within two days of the real month start.
fn tabular_islamic(y: i64, m: u32, d: u32) -> Option<NaiveDate> {
    let m = m as i64;
    from_rd(
        d as i64
            + 29 * (m - 1)
            + (6 * m - 1).div_euclid(11)
            + (y - 1) * 354
            + (3 + 11 * y).div_euclid(30)
            + 227_015
            - 1,
    )
}

/// First day of Islamic month `m` of year `y` (see the module doc for the rule).
fn islamic_month_start(y: i64, m: u32) -> Option<NaiveDate> {
    /// Sunset at Mecca, hours UTC (about 18:00 local, UTC+3).
    const SUNSET_UTC: f64 = 15.0;
    let est = tabular_islamic(y, m, 1)?;
    let k = lunation_near(est);
    (-2..=1)
        .filter_map(|dk| {
            let (day, hour) = civil(new_moon(k + dk as f64), 0.0)?;
            let after = if hour < SUNSET_UTC { 1 } else { 2 };
            day.checked_add_signed(Duration::days(after))
        })
        .min_by_key(|s| (rd(*s) - rd(est)).abs())
}

/// The first day in Gregorian `year` that is Islamic month `m`, day `d` (day 0: the last
/// `weekday` of the month, e.g. the last Friday of Ramadan).
pub fn islamic(m: u32, d: u32, last: Option<Weekday>, year: i32) -> Option<NaiveDate> {
    let approx = ((year as i64 - 622) * 33) / 32;
    (approx - 1..=approx + 2)
        .filter_map(|iy| {
            let start = islamic_month_start(iy, m)?;
            let day = match last {
                Some(wd) => {
                    let next = if m == 12 {
                        islamic_month_start(iy + 1, 1)?
                    } else {
                        islamic_month_start(iy, m + 1)?
                    };
                    let end = next.pred_opt()?;
                    let back =
                        (end.weekday().num_days_from_monday() + 7 - wd.num_days_from_monday()) % 7;
                    end.checked_sub_signed(Duration::days(back as i64))?
                }
                None => start.checked_add_signed(Duration::days(d as i64 - 1))?,
            };
            (day.year() == year).then_some(day)
        })
        .min()
}

/// The last day of Islamic month `m` whose first day falls in `year` (Ramadan's end).
pub fn islamic_month(m: u32, year: i32) -> Option<(NaiveDate, NaiveDate)> {
    let start = islamic(m, 1, None, year)?;
    let approx = ((year as i64 - 622) * 33) / 32;
    (approx - 1..=approx + 2).find_map(|iy| {
        (islamic_month_start(iy, m)? == start).then_some(())?;
        let next = if m == 12 {
            islamic_month_start(iy + 1, 1)?
        } else {
            islamic_month_start(iy, m + 1)?
        };
        Some((start, next.pred_opt()?))
    })
}

// ---------- Others ----------

/// Orthodox Easter Sunday: the Julian computus, as a Gregorian date.
pub fn orthodox_easter(year: i32) -> Option<NaiveDate> {
    let (a, b, c) = (year.rem_euclid(4), year.rem_euclid(7), year.rem_euclid(19));
    let d = (19 * c + 15) % 30;
    let e = (2 * a + 4 * b - d + 34).rem_euclid(7);
    let month = (d + e + 114) / 31;
    let day = (d + e + 114) % 31 + 1;
    // Julian → Gregorian: the calendars drift apart by the skipped century leap days.
    let drift = year.div_euclid(100) - year.div_euclid(400) - 2;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32)?
        .checked_add_signed(Duration::days(drift as i64))
}

/// Chinese New Year: the Beijing-time day of the new moon between 21 January and 20 February.
pub fn chinese_new_year(year: i32) -> Option<NaiveDate> {
    let lo = NaiveDate::from_ymd_opt(year, 1, 21)?;
    let hi = NaiveDate::from_ymd_opt(year, 2, 20)?;
    let k = lunation_near(NaiveDate::from_ymd_opt(year, 2, 5)?);
    (-1..=1).find_map(|dk| {
        let (day, _) = civil(new_moon(k + dk as f64), 8.0)?;
        (lo <= day && day <= hi).then_some(day)
    })
}

/// Parsi New Year (Shahenshahi Navroz): 365-day years counted from 2018-08-17.
pub fn parsi_new_year(year: i32) -> Option<NaiveDate> {
    let base = rd(NaiveDate::from_ymd_opt(2018, 8, 17)?);
    let jan1 = NaiveDate::from_ymd_opt(year, 1, 1)?;
    let day = jan1.checked_add_signed(Duration::days((base - rd(jan1)).rem_euclid(365)))?;
    (day.year() == year).then_some(day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn hebrew_dates() {
        assert_eq!(hebrew(7, 10, 2018), Some(d("2018-09-19"))); // Yom Kippur 5779
        assert_eq!(hebrew(1, 15, 2018), Some(d("2018-03-31"))); // Passover
        assert_eq!(hebrew(9, 25, 2018), Some(d("2018-12-03"))); // Hanukkah
        assert_eq!(hebrew(12, 14, 2013), Some(d("2013-02-24"))); // Purim (Adar, plain year)
        assert_eq!(hebrew(12, 14, 2016), Some(d("2016-03-24"))); // Purim in Adar II
        assert_eq!(hebrew(2, 5, 2018), Some(d("2018-04-19"))); // Atzmaut moved off Friday
        assert_eq!(hebrew(5, 9, 2018), Some(d("2018-07-22"))); // Av fast moved off Sabbath
    }

    #[test]
    fn islamic_dates() {
        assert_eq!(islamic(10, 1, None, 2018), Some(d("2018-06-15"))); // Eid al-Fitr
        assert_eq!(islamic(12, 10, None, 1966), Some(d("1966-04-01"))); // Eid al-Adha
        assert_eq!(islamic(12, 10, None, 1980), Some(d("1980-10-19")));
        assert!(islamic(12, 10, None, 1974).is_some_and(|x| x.month() == 1)); // first of two
        assert_eq!(
            islamic(9, 0, Some(Weekday::Fri), 2017),
            Some(d("2017-06-23"))
        );
        let (a, b) = islamic_month(9, 2018).unwrap();
        assert_eq!((a, b), (d("2018-05-16"), d("2018-06-14")));
    }

    #[test]
    fn other_calendars() {
        assert_eq!(orthodox_easter(2018), Some(d("2018-04-08")));
        assert_eq!(orthodox_easter(2020), Some(d("2020-04-19")));
        assert_eq!(chinese_new_year(2014), Some(d("2014-01-31")));
        assert_eq!(chinese_new_year(2013), Some(d("2013-02-10")));
        assert_eq!(chinese_new_year(2018), Some(d("2018-02-16")));
        assert_eq!(parsi_new_year(2022), Some(d("2022-08-16")));
    }
}
