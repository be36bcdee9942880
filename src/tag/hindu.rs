//! Hindu lunisolar and solar festival dates, computed from the true positions of sun and
//! moon (Meeus, *Astronomical Algorithms*: sun ch. 25, moon ch. 47 with its 34 largest
//! longitude terms, about 0.01°; Lahiri ayanamsa) for New Delhi:
//!
//! - A lunar day (tithi) is each 12° of the moon's elongation from the sun (1–15 the waxing
//!   half, 16–30 the waning half; 15 full moon, 30 new moon).
//! - Months are amanta (new moon to new moon), named by the sidereal sign the sun is in when
//!   the month begins (sun in Pisces: Chaitra); a month with no solar ingress is intercalary
//!   (adhika) and holds no festival.
//! - A festival is the first day of the Gregorian year on which its tithi of its month holds
//!   at the festival's time of observance: sunrise for most, noon (Rama Navami, Ganesh
//!   Chaturthi), afternoon (Dussehra), the evening after sunset (Diwali, Holika Dahan, Karva
//!   Chauth), midnight (Janmashtami, Maha Shivaratri).
//!   A lunar day that skips that time of day (it can be shorter than a day) is taken at
//!   sunrise, else at noon.
//! - Solar festivals fall on the day the sun enters a sidereal sign (Makar Sankranti,
//!   Vaisakhi), the next day when it enters after sunset.
//!
//! Regional calendars and almanacs differ by a day in some years; this is one consistent
//! rule set, not an almanac.

use chrono::{Datelike, Duration, NaiveDate};
use std::sync::Mutex;

/// When in the day a festival's lunar day must hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Observe {
    Sunrise,
    Noon,
    Afternoon,
    Evening,
    Midnight,
}

const J2000: f64 = 2_451_545.0;
/// New Delhi.
const LAT: f64 = 28.6;
const LON: f64 = 77.2;

fn sin_d(x: f64) -> f64 {
    x.to_radians().sin()
}

/// Julian day of 00:00 UT of a date.
fn jd0(d: NaiveDate) -> f64 {
    2_451_544.5 + (d - NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or(d)).num_days() as f64
}

fn sun_longitude(jd: f64) -> f64 {
    let t = (jd - J2000) / 36525.0;
    let l0 = 280.46646 + 36000.76983 * t;
    let m = 357.52911 + 35999.05029 * t;
    let c = (1.914602 - 0.004817 * t) * sin_d(m)
        + (0.019993 - 0.000101 * t) * sin_d(2.0 * m)
        + 0.000289 * sin_d(3.0 * m);
    let o = 125.04 - 1934.136 * t;
    (l0 + c - 0.00569 - 0.00478 * sin_d(o)).rem_euclid(360.0)
}

/// Moon longitude terms (D, M, M', F, coefficient in 1e-6 degrees), Meeus table 47.A.
const MOON: [(f64, f64, f64, f64, f64); 34] = [
    (0.0, 0.0, 1.0, 0.0, 6_288_774.0),
    (2.0, 0.0, -1.0, 0.0, 1_274_027.0),
    (2.0, 0.0, 0.0, 0.0, 658_314.0),
    (0.0, 0.0, 2.0, 0.0, 213_618.0),
    (0.0, 1.0, 0.0, 0.0, -185_116.0),
    (0.0, 0.0, 0.0, 2.0, -114_332.0),
    (2.0, 0.0, -2.0, 0.0, 58_793.0),
    (2.0, -1.0, -1.0, 0.0, 57_066.0),
    (2.0, 0.0, 1.0, 0.0, 53_322.0),
    (2.0, -1.0, 0.0, 0.0, 45_758.0),
    (0.0, 1.0, -1.0, 0.0, -40_923.0),
    (1.0, 0.0, 0.0, 0.0, -34_720.0),
    (0.0, 1.0, 1.0, 0.0, -30_383.0),
    (2.0, 0.0, 0.0, -2.0, 15_327.0),
    (0.0, 0.0, 1.0, 2.0, -12_528.0),
    (0.0, 0.0, 1.0, -2.0, 10_980.0),
    (4.0, 0.0, -1.0, 0.0, 10_675.0),
    (0.0, 0.0, 3.0, 0.0, 10_034.0),
    (4.0, 0.0, -2.0, 0.0, 8_548.0),
    (2.0, 1.0, -1.0, 0.0, -7_888.0),
    (2.0, 1.0, 0.0, 0.0, -6_766.0),
    (1.0, 0.0, -1.0, 0.0, -5_163.0),
    (1.0, 1.0, 0.0, 0.0, 4_987.0),
    (2.0, -1.0, 1.0, 0.0, 4_036.0),
    (2.0, 0.0, 2.0, 0.0, 3_994.0),
    (4.0, 0.0, 0.0, 0.0, 3_861.0),
    (2.0, 0.0, -3.0, 0.0, 3_665.0),
    (0.0, 1.0, -2.0, 0.0, -2_689.0),
    (2.0, 0.0, -1.0, 2.0, -2_602.0),
    (2.0, -1.0, -2.0, 0.0, 2_390.0),
    (1.0, 0.0, 1.0, 0.0, -2_348.0),
    (2.0, -2.0, 0.0, 0.0, 2_236.0),
    (0.0, 1.0, 2.0, 0.0, -2_120.0),
    (0.0, 2.0, 0.0, 0.0, -2_069.0),
];

fn moon_longitude(jd: f64) -> f64 {
    let t = (jd - J2000) / 36525.0;
    let lp = 218.3164477 + 481_267.881_234_21 * t;
    let d = 297.8501921 + 445_267.111_403_4 * t;
    let m = 357.5291092 + 35_999.050_290_9 * t;
    let mp = 134.9633964 + 477_198.867_505_5 * t;
    let f = 93.2720950 + 483_202.017_523_3 * t;
    let e = 1.0 - 0.002_516 * t;
    let sum: f64 = MOON
        .iter()
        .map(|&(kd, km, kmp, kf, c)| {
            let ecc = if km == 0.0 {
                1.0
            } else {
                e.powi(km.abs() as i32)
            };
            c * ecc * sin_d(kd * d + km * m + kmp * mp + kf * f)
        })
        .sum();
    let o = 125.04 - 1934.136 * t;
    (lp + sum / 1e6 - 0.00478 * sin_d(o)).rem_euclid(360.0)
}

/// Lahiri ayanamsa, degrees.
fn ayanamsa(jd: f64) -> f64 {
    23.853 + (jd - J2000) / 365.25 * 0.013_969
}

fn elongation(jd: f64) -> f64 {
    (moon_longitude(jd) - sun_longitude(jd)).rem_euclid(360.0)
}

/// Lunar day 1..=30 at `jd`.
fn tithi(jd: f64) -> u32 {
    (elongation(jd) / 12.0) as u32 + 1
}

fn sidereal_sign(jd: f64) -> u32 {
    ((sun_longitude(jd) - ayanamsa(jd)).rem_euclid(360.0) / 30.0) as u32
}

/// Sunrise and sunset at New Delhi, Julian days (UT).
fn sun_times(d: NaiveDate) -> (f64, f64) {
    let j = jd0(d);
    let t = (j - J2000) / 36525.0;
    let l0 = 280.46646 + 36000.76983 * t;
    let m = 357.52911 + 35999.05029 * t;
    let e = 0.016_708_634;
    let y = (23.44f64.to_radians() / 2.0).tan().powi(2);
    let eot_h = (y * sin_d(2.0 * l0) - 2.0 * e * sin_d(m)
        + 4.0 * e * y * sin_d(m) * (2.0 * l0).to_radians().cos())
    .to_degrees()
        * 4.0
        / 60.0;
    let dec = (sin_d(23.44) * sin_d(sun_longitude(j + 0.25))).asin();
    let cos_h = (sin_d(-0.833) - sin_d(LAT) * dec.sin()) / (LAT.to_radians().cos() * dec.cos());
    let half = cos_h.clamp(-1.0, 1.0).acos().to_degrees() / 15.0;
    let noon = j + (12.0 - LON / 15.0 - eot_h) / 24.0;
    (noon - half / 24.0, noon + half / 24.0)
}

fn at(d: NaiveDate, when: Observe) -> f64 {
    let (rise, set) = sun_times(d);
    match when {
        Observe::Sunrise => rise,
        Observe::Noon => (rise + set) / 2.0,
        Observe::Afternoon => rise + (set - rise) * 0.7,
        Observe::Evening => set + 0.03,
        Observe::Midnight => (rise + set + 1.0) / 2.0,
    }
}

/// The new moon before `jd` (Newton steps on the elongation).
fn new_moon_before(jd: f64) -> f64 {
    let mut t = jd - elongation(jd) / 12.19;
    for _ in 0..5 {
        let mut e = elongation(t);
        if e > 180.0 {
            e -= 360.0;
        }
        t -= e / 12.19;
    }
    t
}

/// The amanta month at `jd` (0 = Chaitra … 11 = Phalguna) and whether it is intercalary.
fn lunar_month(jd: f64) -> (u32, bool) {
    let start = new_moon_before(jd);
    let next = new_moon_before(start + 35.0);
    let s0 = sidereal_sign(start);
    ((s0 + 1) % 12, s0 == sidereal_sign(next))
}

/// (month, lunar day or u32::MAX for an ingress, observance, year) → date.
type Key = (u32, u32, Observe, i32);

/// Computed dates, kept: a festival costs some hundred thousand sines, and a text may name it
/// many times. Small and bounded (cleared when full).
static MEMO: Mutex<Vec<(Key, Option<NaiveDate>)>> = Mutex::new(Vec::new());

fn memo(key: Key, f: impl FnOnce() -> Option<NaiveDate>) -> Option<NaiveDate> {
    if let Ok(m) = MEMO.lock()
        && let Some((_, v)) = m.iter().find(|(k, _)| *k == key)
    {
        return *v;
    }
    let v = f();
    if let Ok(mut m) = MEMO.lock() {
        if m.len() >= 64 {
            m.clear();
        }
        m.push((key, v));
    }
    v
}

/// The first day of `year` on which lunar day `t` of month `month` (0 = Chaitra) holds at
/// the time of observance.
pub fn lunar_festival(month: u32, t: u32, when: Observe, year: i32) -> Option<NaiveDate> {
    memo((month, t, when, year), || {
        // A lunar day shorter than a day can miss the time of observance: then the first day
        // it holds at another time (sunrise, then noon).
        compute_lunar(month, t, when, year)
            .or_else(|| compute_lunar(month, t, Observe::Sunrise, year))
            .or_else(|| compute_lunar(month, t, Observe::Noon, year))
    })
}

/// The days of `year`, in order, within `half` days of the date `offset` days after the
/// sun's sidereal entry into Aries (about 14 April) of the year before or of `year`.
fn window(year: i32, offset: f64, half: i64) -> impl Iterator<Item = NaiveDate> {
    (-1..=0).flat_map(move |k| {
        let centre = NaiveDate::from_ymd_opt(year + k, 4, 14)
            .and_then(|d| d.checked_add_signed(Duration::days(offset.round() as i64)));
        (-half..=half)
            .filter_map(move |i| centre?.checked_add_signed(Duration::days(i)))
            .filter(move |d| d.year() == year)
    })
}

fn compute_lunar(month: u32, t: u32, when: Observe, year: i32) -> Option<NaiveDate> {
    // Month m begins at a new moon while the sun is in sign m - 1 and lasts a month: its days
    // fall within a month either side of the sun's entry into sign m.
    for d in window(year, 30.44 * month as f64, 34) {
        // The evening window: the lunar day may begin shortly after sunset.
        let jds = match when {
            Observe::Evening => {
                let (_, set) = sun_times(d);
                [set + 0.03, set + 0.09]
            }
            _ => [at(d, when); 2],
        };
        if jds
            .iter()
            .any(|&jd| tithi(jd) == t && lunar_month(jd) == (month, false))
        {
            return Some(d);
        }
    }
    None
}

/// The day the sun enters sidereal sign `sign` (0 = Aries) in `year` (India time; the next
/// day when after sunset).
pub fn sankranti(sign: u32, year: i32) -> Option<NaiveDate> {
    memo((sign, u32::MAX, Observe::Evening, year), || {
        compute_sankranti(sign, year)
    })
}

fn compute_sankranti(sign: u32, year: i32) -> Option<NaiveDate> {
    for d in window(year, 30.44 * sign as f64, 6) {
        let (_, set) = sun_times(d);
        let day_end = jd0(d) + 1.0 - 5.5 / 24.0; // midnight IST
        if sidereal_sign(day_end) == sign && sidereal_sign(jd0(d) - 5.5 / 24.0) != sign {
            return if sidereal_sign(set) == sign {
                Some(d)
            } else {
                d.succ_opt()
            };
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Option<NaiveDate> {
        s.parse().ok()
    }

    #[test]
    fn lunar_festivals() {
        // Diwali (Ashvina new moon, evening), Holika Dahan (Phalguna full moon, evening),
        // Ugadi (Chaitra 1, sunrise), Maha Shivaratri (Magha 29, midnight)
        assert_eq!(
            lunar_festival(6, 30, Observe::Evening, 2019),
            d("2019-10-27")
        );
        assert_eq!(
            lunar_festival(11, 15, Observe::Evening, 2019),
            d("2019-03-20")
        );
        assert_eq!(
            lunar_festival(0, 1, Observe::Sunrise, 2018),
            d("2018-03-18")
        );
        assert_eq!(
            lunar_festival(10, 29, Observe::Midnight, 2020),
            d("2020-02-21")
        );
    }

    #[test]
    fn solar_festivals() {
        assert_eq!(sankranti(9, 2018), d("2018-01-14"));
        assert_eq!(sankranti(9, 2019), d("2019-01-15")); // after sunset
        assert_eq!(sankranti(0, 2018), d("2018-04-14"));
    }
}
