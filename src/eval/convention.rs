//! TIMEX3 ↔ Duckling conventions for intervals that TIMEX3 writes as a value plus a `mod`
//! or as a duration: "early March" is `2013-03` START in TIMEX3 and 1–10 March in Duckling,
//! "the last two days" is `P2D` in TimeML and 10–11 February in Duckling. These mappings let
//! the Duckling scorer credit a TIMEX3-correct answer; the report counts such matches apart.
//! Jewish holidays are dated by their eve in Duckling and by their own day in TIMEX3.

use super::instant::{Grain, step_back, truncate};
use crate::tag::value::DurationUnit;
use crate::tag::{Mod, Timex, TimexValue};
use chrono::{Duration, Months, NaiveDate, NaiveDateTime, NaiveTime};

/// The days Duckling gives to the start, middle or end of a month, week or year, inclusive:
/// month 1–10 / 11–20 / 21–end, week Mon–Wed / – / Fri–Sun, year Jan–Mar / – / Sep–Dec.
pub fn mod_subinterval(v: &TimexValue, m: Mod) -> Option<(NaiveDate, NaiveDate)> {
    let (a, b) = v.interval()?;
    let days = |n: i64| a.checked_add_signed(Duration::days(n));
    let months = |n: u32| a.checked_add_months(Months::new(n));
    match (v, m) {
        (TimexValue::Month { .. }, Mod::Start) => Some((a, days(9)?)),
        (TimexValue::Month { .. }, Mod::Mid) => Some((days(10)?, days(19)?)),
        (TimexValue::Month { .. }, Mod::End) => Some((days(20)?, b)),
        (TimexValue::Week { .. }, Mod::Start) => Some((a, days(2)?)),
        (TimexValue::Week { .. }, Mod::End) => Some((days(4)?, b)),
        (TimexValue::Year(_), Mod::Start) => {
            Some((a, months(3)?.checked_sub_signed(Duration::days(1))?))
        }
        (TimexValue::Year(_), Mod::End) => Some((months(8)?, b)),
        _ => None,
    }
}

/// The grain of a calendar duration unit, if Duckling would count it from the reference date.
fn unit_grain(u: DurationUnit) -> Option<Grain> {
    Some(match u {
        DurationUnit::Day => Grain::Day,
        DurationUnit::Week => Grain::Week,
        DurationUnit::Month => Grain::Month,
        DurationUnit::Year => Grain::Year,
        _ => return None,
    })
}

/// `t` moved by `n` units of `g` (day, week, month or year).
fn shift(t: NaiveDateTime, g: Grain, n: i64) -> Option<NaiveDateTime> {
    let months = |k: i64| -> Option<NaiveDateTime> {
        let m = Months::new(u32::try_from(k.unsigned_abs()).ok()?);
        if k >= 0 {
            t.checked_add_months(m)
        } else {
            t.checked_sub_months(m)
        }
    };
    match g {
        Grain::Day => t.checked_add_signed(Duration::try_days(n)?),
        Grain::Week => t.checked_add_signed(Duration::try_days(n.checked_mul(7)?)?),
        Grain::Month => months(n),
        Grain::Year => months(n.checked_mul(12)?),
        _ => None,
    }
}

/// The two windows of `n` whole units next to the reference: the last n before its unit
/// ("last 2 months") and the next n after it ("next 3 days"), as `[from, to)`.
pub fn duration_windows(
    n: i64,
    g: Grain,
    reference: NaiveDateTime,
) -> Vec<(NaiveDateTime, NaiveDateTime)> {
    let r0 = truncate(reference, g);
    let mut out = Vec::new();
    if let Some(a) = shift(r0, g, -n) {
        out.push((a, r0));
    }
    if let (Some(a), Some(b)) = (shift(r0, g, 1), shift(r0, g, n + 1)) {
        out.push((a, b));
    }
    out
}

/// Whether our single timex matches the expected `[from, to)` interval at grain `g` under one
/// of the conventions above.
pub fn convention_matches(
    ours: &[&Timex],
    from: NaiveDateTime,
    to: NaiveDateTime,
    g: Grain,
    reference: NaiveDateTime,
) -> bool {
    let [t] = ours else {
        return false;
    };
    if let Some(m) = t.modifier
        && let Some((a, b)) = mod_subinterval(&t.value, m)
        && let Some(end) = step_back(to, g)
    {
        let mid = |d: NaiveDate| d.and_time(NaiveTime::MIN);
        return truncate(mid(a), g) == truncate(from, g) && truncate(mid(b), g) == truncate(end, g);
    }
    if let TimexValue::Duration {
        amount: Some(x),
        unit,
    } = t.value
        && x.fract() == 0.0
        && (1.0..10_000.0).contains(&x)
        && let Some(ug) = unit_grain(unit)
    {
        return duration_windows(x as i64, ug, reference)
            .into_iter()
            .any(|w| w == (from, to));
    }
    false
}

/// Jewish holidays begin at sunset: Duckling dates them by their eve (the civil day on whose
/// evening they begin), TIMEX3 by the holiday's own day (Yom Kippur 5779 is `2018-09-19`).
/// Whether our day is the day after the expected one and names a Hebrew-calendar holiday.
pub fn hebrew_eve_matches(t: &Timex, exp: NaiveDateTime, g: Grain) -> bool {
    g == Grain::Day
        && matches!(t.value, TimexValue::Day(d) if exp.date().succ_opt() == Some(d))
        && crate::tag::lexicon::en_holidays::names_hebrew_holiday(&t.text)
}

/// As [`hebrew_eve_matches`] for a holiday of several days ("Passover 2018"): Duckling's
/// interval starts on the eve, ours on the first day; both end on the same last day.
pub fn hebrew_eve_span_matches(
    ours: &[&Timex],
    from: NaiveDateTime,
    to: NaiveDateTime,
    g: Grain,
) -> bool {
    let [t] = ours else {
        return false;
    };
    let last = step_back(to, Grain::Day).map(|e| e.date());
    g == Grain::Day
        && matches!(t.value, TimexValue::Span { from: a, to: b }
            if from.date().succ_opt() == Some(a) && last == Some(b))
        && crate::tag::lexicon::en_holidays::names_hebrew_holiday(&t.text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::test_support::{dt, tx};

    #[test]
    fn early_mid_late() {
        let r = dt("2013-02-12T04:30:00");
        let march = TimexValue::Month {
            year: 2013,
            month: 3,
        };
        let cases = [
            (Mod::Start, "2013-03-01T00:00:00", "2013-03-11T00:00:00"),
            (Mod::Mid, "2013-03-11T00:00:00", "2013-03-21T00:00:00"),
            (Mod::End, "2013-03-21T00:00:00", "2013-04-01T00:00:00"),
        ];
        for (m, f, t) in cases {
            let x = tx(march.clone(), Some(m));
            assert!(
                convention_matches(&[&x], dt(f), dt(t), Grain::Day, r),
                "{m:?}"
            );
        }
        let x = tx(march.clone(), Some(Mod::Start));
        let (f, t) = (dt("2013-03-21T00:00:00"), dt("2013-04-01T00:00:00"));
        assert!(!convention_matches(&[&x], f, t, Grain::Day, r));
        // Without a mod the month is not a sub-interval.
        let x = tx(march, None);
        assert!(!convention_matches(&[&x], f, t, Grain::Day, r));
        // Week: end = Friday to Sunday; year: end = September to December (month grain).
        let w = tx(
            TimexValue::Week {
                year: 2013,
                week: 6,
            },
            Some(Mod::End),
        );
        let (f, t) = (dt("2013-02-08T00:00:00"), dt("2013-02-11T00:00:00"));
        assert!(convention_matches(&[&w], f, t, Grain::Day, r));
        let y = tx(TimexValue::Year(2012), Some(Mod::End));
        let (f, t) = (dt("2012-09-01T00:00:00"), dt("2013-01-01T00:00:00"));
        assert!(convention_matches(&[&y], f, t, Grain::Month, r));
        let y = tx(TimexValue::Year(2017), Some(Mod::Start));
        let (f, t) = (dt("2017-01-01T00:00:00"), dt("2017-04-01T00:00:00"));
        assert!(convention_matches(&[&y], f, t, Grain::Month, r));
    }

    #[test]
    fn durations_next_to_the_reference() {
        let r = dt("2013-02-12T04:30:00");
        let d2 = tx(
            TimexValue::Duration {
                amount: Some(2.0),
                unit: DurationUnit::Day,
            },
            None,
        );
        let (f, t) = (dt("2013-02-10T00:00:00"), dt("2013-02-12T00:00:00"));
        assert!(convention_matches(&[&d2], f, t, Grain::Day, r));
        let m3 = tx(
            TimexValue::Duration {
                amount: Some(3.0),
                unit: DurationUnit::Month,
            },
            None,
        );
        let (f, t) = (dt("2013-03-01T00:00:00"), dt("2013-06-01T00:00:00"));
        assert!(convention_matches(&[&m3], f, t, Grain::Month, r));
        let (f, t) = (dt("2013-03-01T00:00:00"), dt("2013-05-01T00:00:00"));
        assert!(!convention_matches(&[&m3], f, t, Grain::Month, r));
        // Two timexes: no convention applies.
        assert!(!convention_matches(&[&m3, &d2], f, t, Grain::Month, r));
        let big = tx(
            TimexValue::Duration {
                amount: Some(1e300),
                unit: DurationUnit::Year,
            },
            None,
        );
        assert!(!convention_matches(&[&big], f, t, Grain::Year, r));
    }
}
