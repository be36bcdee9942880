//! Unit tests of the resolution rules on typed values.

use super::*;

fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, dd).unwrap()
}
fn ctx(dct: NaiveDate, dir: Direction) -> Ctx {
    Ctx {
        dct: Some(dct),
        forced: false,
        narrative: Some(dct),
        dir,
        last_quarter: None,
        report_quarter: None,
        coarse: None,
    }
}
fn r(e: Expr, c: &Ctx) -> String {
    resolve(&e, c).map(|v| v.to_string()).unwrap_or_default()
}

#[test]
fn weekday_directions() {
    let c = ctx(d(2022, 2, 1), Direction::Nearest);
    let tue = Expr::Weekday {
        wd: Weekday::Tue,
        rel: None,
    };
    assert_eq!(r(tue.clone(), &c), "2022-02-01");
    let fri = Expr::Weekday {
        wd: Weekday::Fri,
        rel: None,
    };
    assert_eq!(
        r(fri.clone(), &ctx(d(2022, 2, 1), Direction::Future)),
        "2022-02-04"
    );
    assert_eq!(r(fri, &c), "2022-01-28");
    let last_tue = Expr::Weekday {
        wd: Weekday::Tue,
        rel: Some(-1),
    };
    assert_eq!(r(last_tue, &c), "2022-01-25");
}

#[test]
fn month_year_choice() {
    let c = ctx(d(2022, 2, 1), Direction::Nearest);
    assert_eq!(
        r(
            Expr::Month {
                month: 12,
                rel: None
            },
            &c
        ),
        "2021-12"
    );
    assert_eq!(
        r(
            Expr::Month {
                month: 12,
                rel: Some(-1)
            },
            &c
        ),
        "2021-12"
    );
    assert_eq!(r(Expr::MonthDay { month: 1, day: 26 }, &c), "2022-01-26");
    assert_eq!(r(Expr::MonthDay { month: 2, day: 30 }, &c), "");
    // A tense cue does not push a date six days back to next year...
    let cue = ctx(d(2022, 2, 1), Direction::Future);
    assert_eq!(r(Expr::MonthDay { month: 1, day: 26 }, &cue), "2022-01-26");
    // ...but a forced direction does.
    let forced = Ctx {
        forced: true,
        ..cue
    };
    assert_eq!(
        r(Expr::MonthDay { month: 1, day: 26 }, &forced),
        "2023-01-26"
    );
}

#[test]
fn shifts_and_holidays() {
    let c = ctx(d(2022, 2, 1), Direction::Nearest);
    let lw = Expr::Shift {
        unit: CalUnit::Week,
        n: -1,
        from: Anchor::Dct,
    };
    assert_eq!(r(lw, &c), "2022-W04");
    let lm = Expr::Shift {
        unit: CalUnit::Month,
        n: -1,
        from: Anchor::Dct,
    };
    assert_eq!(r(lm, &c), "2022-01");
    assert_eq!(easter(2013), Some(d(2013, 3, 31)));
    assert_eq!(
        holiday_date(Holiday::NthWeekday(4, Weekday::Thu, 11), 2013),
        Some(d(2013, 11, 28))
    );
    assert_eq!(
        holiday_date(Holiday::NthWeekday(-1, Weekday::Mon, 5), 2022),
        Some(d(2022, 5, 30))
    );
}

#[test]
fn no_dct_is_unresolved() {
    let c = Ctx {
        dct: None,
        forced: false,
        narrative: None,
        dir: Direction::Nearest,
        last_quarter: None,
        report_quarter: None,
        coarse: None,
    };
    assert_eq!(r(Expr::MonthDay { month: 1, day: 26 }, &c), "XXXX-01-26");
    assert_eq!(r(Expr::Fixed(TimexValue::Year(2014)), &c), "2014");
}

#[test]
fn extreme_years_do_not_panic() {
    let c = ctx(NaiveDate::MAX, Direction::Future);
    let _ = resolve(
        &Expr::Shift {
            unit: CalUnit::Century,
            n: 5,
            from: Anchor::Dct,
        },
        &c,
    );
    let _ = resolve(&Expr::MonthDay { month: 12, day: 31 }, &c);
    let c = ctx(NaiveDate::MIN, Direction::Past);
    let _ = resolve(
        &Expr::Offset {
            unit: DurationUnit::Year,
            n: -5,
            from: Anchor::Dct,
        },
        &c,
    );
    let _ = resolve(&Expr::Weekend { rel: Some(-1) }, &c);
}
