//! Unit tests of the Duckling-corpus scorer: grains, intervals, conventions and the report.

use super::*;
use crate::eval::test_support::{self, dt};

fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, dd).unwrap()
}
fn tx(v: TimexValue) -> Timex {
    test_support::tx(v, None)
}

#[test]
fn clock_offsets() {
    for p in [
        "in a minute",
        "7 days ago",
        "in 1/4h",
        "last 2 minutes",
        "in 15'",
        "in 2.5 hours",
    ] {
        assert!(is_clock_offset(p), "{p}");
    }
    for p in [
        "7",
        "in 7 days at 5pm",
        "tomorrow at noon",
        "3pm",
        "15 minutes past 15h",
        "9:30 in 2 days",
    ] {
        assert!(!is_clock_offset(p), "{p}");
    }
}

#[test]
fn open_am_pm() {
    assert!(is_open_am_pm("3:30", 15));
    assert!(is_open_am_pm("at 3 o'clock", 15));
    assert!(!is_open_am_pm("3:30", 3));
    assert!(!is_open_am_pm("3:30 pm", 15));
    assert!(!is_open_am_pm("3:15 in the afternoon", 15));
    assert!(!is_open_am_pm("15:30", 15));
    assert!(!is_open_am_pm("from 3:30 to six p.m.", 15));
}

#[test]
fn points_at_grain() {
    let r = dt("2013-02-12T04:30:00");
    let week = TimexValue::Week {
        year: 2013,
        week: 8,
    };
    assert!(point_matches(
        &week,
        dt("2013-02-18T00:00:00"),
        Grain::Week,
        r
    ));
    assert!(!point_matches(
        &week,
        dt("2013-02-11T00:00:00"),
        Grain::Week,
        r
    ));
    // Coarser than asked is wrong; finer is compared at the asked grain.
    let year = TimexValue::Year(2011);
    assert!(!point_matches(
        &year,
        dt("2011-02-01T00:00:00"),
        Grain::Month,
        r
    ));
    let day = TimexValue::Day(d(2011, 2, 12));
    assert!(point_matches(
        &day,
        dt("2011-02-01T00:00:00"),
        Grain::Month,
        r
    ));
    assert!(!point_matches(
        &day,
        dt("2013-02-12T15:00:00"),
        Grain::Hour,
        r
    ));
    let time = TimexValue::Time {
        date: d(2013, 2, 12),
        hour: 15,
        minute: 20,
    };
    assert!(point_matches(
        &time,
        dt("2013-02-12T15:00:00"),
        Grain::Hour,
        r
    ));
    assert!(!point_matches(
        &time,
        dt("2013-02-12T15:00:00"),
        Grain::Minute,
        r
    ));
    assert!(point_matches(&TimexValue::PresentRef, r, Grain::Second, r));
    let q = TimexValue::Quarter {
        year: 2018,
        quarter: 4,
    };
    assert!(point_matches(
        &q,
        dt("2018-10-01T00:00:00"),
        Grain::Quarter,
        r
    ));
    assert!(!point_matches(&TimexValue::PastRef, r, Grain::Day, r));
}

#[test]
fn intervals_exclusive_end() {
    let y60 = tx(TimexValue::Year(1960));
    let y61 = tx(TimexValue::Year(1961));
    let (f, t) = (dt("1960-01-01T00:00:00"), dt("1962-01-01T00:00:00"));
    assert_eq!(
        interval_matches(&[&y60, &y61], f, t, Grain::Year),
        Verdict::Correct
    );
    assert_eq!(interval_matches(&[&y60], f, t, Grain::Year), Verdict::Wrong);
    let am = tx(TimexValue::DayPart {
        date: d(2013, 2, 12),
        part: PartOfDay::Morning,
    });
    let (f, t) = (dt("2013-02-12T00:00:00"), dt("2013-02-12T12:00:00"));
    assert_eq!(
        interval_matches(&[&am], f, t, Grain::Hour),
        Verdict::Correct
    );
    let day = tx(TimexValue::Day(d(2013, 2, 12)));
    assert_eq!(interval_matches(&[&day], f, t, Grain::Hour), Verdict::Wrong);
    let we = tx(TimexValue::Weekend {
        year: 2013,
        week: 6,
    });
    let (f, t) = (dt("2013-02-08T18:00:00"), dt("2013-02-11T00:00:00"));
    assert_eq!(
        interval_matches(&[&we], f, t, Grain::Hour),
        Verdict::Correct
    );
    assert_eq!(interval_matches(&[], f, t, Grain::Hour), Verdict::Wrong);
}

#[test]
fn season_convention() {
    use crate::tag::value::Season;
    let su = tx(TimexValue::Season {
        year: 2013,
        season: Season::Summer,
    });
    let (f, t) = (dt("2013-06-21T00:00:00"), dt("2013-09-24T00:00:00"));
    assert_eq!(
        interval_matches(&[&su], f, t, Grain::Day),
        Verdict::CorrectByConvention
    );
    let wi = tx(TimexValue::Season {
        year: 2013,
        season: Season::Winter,
    });
    assert_eq!(interval_matches(&[&wi], f, t, Grain::Day), Verdict::Wrong);
}

#[test]
fn report_counts_bad_lines_and_nulls() {
    let content = "nonsense\n\
        {\"phrase\":\"1 adult\",\"reference\":\"2013-02-12T04:30:00\",\"expected\":null}\n\
        {\"phrase\":\"x\",\"reference\":\"2013-02-12T04:30:00\",\
         \"expected\":{\"kind\":\"value\",\"value\":\"2013-02-12T00:00:00\",\"grain\":\"eon\"}}";
    let r = report("t", content, Prefer::Future);
    assert!(r.contains("SKIPPED 2 unreadable lines"), "{r}");
    assert!(r.contains("unknown grain `eon`"), "{r}");
    assert!(r.contains("null expected, correctly not tagged"), "{r}");
}
