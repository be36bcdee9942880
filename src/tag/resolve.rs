//! Resolution: turns a parsed expression ([`Expr`]) into a typed [`TimexValue`] using the
//! document creation time, the narrative reference time and the direction the sentence
//! points to. All arithmetic is on chrono dates; strings are only built for `Unresolved`.

pub use super::holidays::{easter, holiday_date, holiday_last_day};
use super::lexicon::Holiday;
use super::value::{DurationUnit, PartOfDay, Season, TimexValue};
use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// How much farther (percent) a future candidate counts than a past one with no cue.
const FUTURE_WEIGHT_PCT: i64 = 150;

/// How close (days, between month starts) a month must be for closeness to beat tense cues.
const NEAR_MONTH_DAYS: i64 = 31;

/// How close (days) a month-day must be to the DCT for closeness to beat tense cues.
const NEAR_DAYS: i64 = 90;

/// Calendar units a relative expression can shift by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CalUnit {
    Day,
    Week,
    Weekend,
    Month,
    Quarter,
    Half,
    Year,
    Decade,
    Century,
}

/// What a relative expression counts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// The document creation time ("yesterday", "last week").
    Dct,
    /// The date the narrative last mentioned ("the day before", "two days later").
    Narrative,
}

/// Direction for an under-specified date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Past,
    Future,
    /// No cue: the nearest occurrence (weekdays: the past).
    Nearest,
}

/// A parsed, not yet anchored temporal expression.
#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    /// Fully specified by the text.
    Fixed(TimexValue),
    /// A month and day without year.
    MonthDay {
        month: u32,
        day: u32,
    },
    /// The season `n` seasons from the DCT's ("last season").
    SeasonShift(i64),
    /// Days from another day ("the day before last Tuesday").
    DayFrom(Box<Expr>, i64),
    /// The week containing a day ("the week of March 6").
    WeekOf(Box<Expr>),
    /// An expression whose direction the text fixes ("last Oct. 23").
    Directed(Box<Expr>, Direction),
    /// "the previous Friday", "the following Monday": relative to the narrative's day.
    WeekdayFromNarrative {
        wd: Weekday,
        rel: i32,
    },
    /// A weekday of the week `weeks` from the DCT's ("Wednesday of next week").
    WeekdayOfWeek {
        wd: Weekday,
        weeks: i64,
    },
    /// The `n`-th such weekday after (n > 0) or before (n < 0) the DCT ("3 Fridays from now").
    NthWeekdayFrom {
        wd: Weekday,
        n: i64,
    },
    /// A day of month: of the month `months` from the DCT's, or (None) the next/last one
    /// with that number (and weekday, "Tuesday the 19th").
    DayOfMonth {
        day: u32,
        wd: Option<Weekday>,
        months: Option<i64>,
    },
    /// The `n`-th weekday (-1: last) of the month `months` from the DCT's.
    NthWeekdayOfMonth {
        n: i32,
        wd: Weekday,
        months: i64,
    },
    /// A month-day with its weekday ("Saturday, April 25"): the nearest year that fits.
    MonthDayWeekday {
        month: u32,
        day: u32,
        wd: Weekday,
    },
    /// A month without year; `rel` = Some(-1) for "last December", Some(1) next, Some(0) this.
    Month {
        month: u32,
        rel: Option<i32>,
    },
    /// A weekday; `rel` as for months ("last Friday", "next Tuesday").
    Weekday {
        wd: Weekday,
        rel: Option<i32>,
    },
    /// Days from the DCT: today 0, yesterday -1, tomorrow 1.
    DayOffset(i64),
    /// The calendar unit containing the anchor, shifted by `n` units ("last week": Week, -1).
    Shift {
        unit: CalUnit,
        n: i64,
        from: Anchor,
    },
    /// `n` duration units from the anchor ("three days ago": Day, -3), at that unit's grain.
    Offset {
        unit: DurationUnit,
        n: i64,
        from: Anchor,
    },
    Season {
        season: Season,
        year: Option<i32>,
        rel: Option<i32>,
    },
    /// "the third quarter" (year None: the DCT's year).
    Quarter {
        q: u32,
        year: Option<i32>,
    },
    /// "the quarter", "the latest quarter": the quarter last reported (or mentioned).
    LatestQuarter,
    Half {
        h: u32,
        year: Option<i32>,
    },
    Holiday {
        h: Holiday,
        year: Option<i32>,
        rel: Option<i32>,
    },
    /// A holiday in the year of another expression ("Thanksgiving of next year",
    /// "Thanksgiving 3 months ago": the one in the year that date falls in).
    HolidayInYearOf {
        h: Holiday,
        of: Box<Expr>,
    },
    /// The `n`-th whole Monday-to-Sunday week inside a month or year (n < 0: from the end).
    WeekOfPeriod {
        n: i32,
        of: Box<Expr>,
    },
    /// "the 1988 period": that year's quarter under discussion, else the year.
    YearPeriod(i32),
    /// "next year's first quarter": quarter `q` of the year `years` from the DCT's.
    QuarterOfYearShift {
        q: u32,
        years: i64,
    },
    /// "July last year": a month in the year `years` from the DCT's.
    MonthOfYearShift {
        month: u32,
        years: i64,
    },
    Weekend {
        rel: Option<i32>,
    },
    /// "a year earlier", "year-ago": the previous year of the period under discussion.
    YearEarlier(Anchor),
    /// "the year-ago period", "the quarter a year ago", "last year's quarter": the period
    /// under discussion, else the report's quarter, a year back.
    YearEarlierPeriod,
    /// "the year-ago third quarter": the quarter a year before "the third quarter".
    QuarterYearEarlier(u32),
    /// A calendar-looking expression that names no real day ("February 30"): matched so
    /// that no part of it is tagged, resolved to nothing.
    Invalid,
    WithPart(Box<Expr>, PartOfDay),
    WithTime(Box<Expr>, u32, u32),
}

/// The state resolution reads.
#[derive(Debug, Clone, Copy)]
pub struct Ctx {
    pub dct: Option<NaiveDate>,
    /// The direction is certain: imposed by the caller ([`super::Prefer`]) or by a bounding
    /// word before the date ("since Christmas"), not weighed from tense and cues; closeness
    /// to the DCT then no longer overrides it.
    pub forced: bool,
    pub narrative: Option<NaiveDate>,
    pub dir: Direction,
    /// The last quarter mentioned in the document (financial reporting context).
    pub last_quarter: Option<(i32, u32)>,
    /// The reporting period of a results report: the first quarter the document names ("posted a 20% gain in third-quarter net income").
    pub report_quarter: Option<(i32, u32)>,
    /// Start of the last calendar value of any grain the text named ("that year").
    pub coarse: Option<NaiveDate>,
}

/// The first day of the month `n` months after `d`'s month.
pub(super) fn add_months(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    let m0 = d.year() as i64 * 12 + d.month0() as i64 + n;
    let y = i32::try_from(m0.div_euclid(12)).ok()?;
    let m = m0.rem_euclid(12) as u32 + 1;
    NaiveDate::from_ymd_opt(y, m, 1)
}

/// `d` moved by `n` days, if still a date chrono can hold.
pub(super) fn shift_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    d.checked_add_signed(Duration::try_days(n)?)
}

fn quarter_of(d: NaiveDate) -> (i32, u32) {
    (d.year(), d.month0() / 3 + 1)
}

/// Picks among dates in years `y-1..=y+1` produced by `f` the one the direction selects
/// relative to `r`.
fn pick_year(
    r: NaiveDate,
    dir: Direction,
    f: impl Fn(i32) -> Option<NaiveDate>,
) -> Option<NaiveDate> {
    let y = r.year();
    let cands = (y.checked_sub(4)?..=y.checked_add(4)?).filter_map(&f);
    match dir {
        Direction::Past => cands.filter(|d| *d <= r).max(),
        Direction::Future => cands.filter(|d| *d >= r).min(),
        // News looks back more than ahead: a future date wins only when clearly nearer.
        Direction::Nearest => cands.min_by_key(|d| {
            let n = (*d - r).num_days();
            (
                if n > 0 {
                    n * FUTURE_WEIGHT_PCT / 100
                } else {
                    -n
                },
                (n > 0) as u8,
            )
        }),
    }
}

fn weekday_from(
    r: NaiveDate,
    wd: Weekday,
    rel: Option<i32>,
    dir: Direction,
    forced: bool,
) -> Option<NaiveDate> {
    let cur = r.weekday().num_days_from_monday() as i64;
    let want = wd.num_days_from_monday() as i64;
    let back = (cur - want).rem_euclid(7);
    let fwd = (want - cur).rem_euclid(7);
    match rel {
        // "last Friday": strictly before the reference.
        Some(r_) if r_ < 0 => shift_days(r, -(if back == 0 { 7 } else { back })),
        // "next Saturday" (rel 2): that day of next week.
        Some(r_) if r_ > 1 => shift_days(r, 7 - cur + want),
        // "coming Sunday": strictly after.
        Some(r_) if r_ > 0 => shift_days(r, if fwd == 0 { 7 } else { fwd }),
        // "this Monday": the coming one when the caller asks for the future, else the one of
        // the current week.
        Some(_) if forced && dir == Direction::Future => shift_days(r, fwd),
        Some(_) => shift_days(r, want - cur),
        None => match dir {
            // An assistant's "Tuesday" said on a Tuesday is next week's.
            Direction::Future if forced && fwd == 0 => shift_days(r, 7),
            Direction::Future => shift_days(r, fwd),
            Direction::Past | Direction::Nearest => shift_days(r, -back),
        },
    }
}

fn unit_value(d: NaiveDate, unit: CalUnit) -> Option<TimexValue> {
    Some(match unit {
        CalUnit::Day => TimexValue::Day(d),
        CalUnit::Week => TimexValue::week_of(d),
        CalUnit::Weekend => {
            let w = d.iso_week();
            TimexValue::Weekend {
                year: w.year(),
                week: w.week(),
            }
        }
        CalUnit::Month => TimexValue::Month {
            year: d.year(),
            month: d.month(),
        },
        CalUnit::Quarter => {
            let (year, quarter) = quarter_of(d);
            TimexValue::Quarter { year, quarter }
        }
        CalUnit::Half => TimexValue::Half {
            year: d.year(),
            half: d.month0() / 6 + 1,
        },
        CalUnit::Year => TimexValue::Year(d.year()),
        CalUnit::Decade => TimexValue::Decade(d.year().div_euclid(10)),
        CalUnit::Century => TimexValue::Century(d.year().div_euclid(100)),
    })
}

fn shift_unit(d: NaiveDate, unit: CalUnit, n: i64) -> Option<NaiveDate> {
    match unit {
        CalUnit::Day => shift_days(d, n),
        CalUnit::Week | CalUnit::Weekend => shift_days(d, n.checked_mul(7)?),
        CalUnit::Month => add_months(d, n),
        CalUnit::Quarter => add_months(d, n.checked_mul(3)?),
        CalUnit::Half => add_months(d, n.checked_mul(6)?),
        CalUnit::Year => add_months(d, n.checked_mul(12)?),
        CalUnit::Decade => add_months(d, n.checked_mul(120)?),
        CalUnit::Century => add_months(d, n.checked_mul(1200)?),
    }
}

/// Resolves `e`; `None` when the result would be an impossible date.
pub fn resolve(e: &Expr, c: &Ctx) -> Option<TimexValue> {
    match e {
        Expr::Fixed(v) => return Some(v.clone()),
        Expr::Invalid => return None,
        _ => {}
    }
    let anchor = |a: Anchor| match a {
        Anchor::Dct => c.dct,
        Anchor::Narrative => c.narrative.or(c.dct),
    };
    let Some(dct) = c.dct else {
        return Some(TimexValue::Unresolved(unresolved(e)));
    };
    Some(match e {
        Expr::Fixed(v) => v.clone(),
        Expr::MonthDay { month, day } => {
            let (m, d) = (*month, *day);
            let f = |y| NaiveDate::from_ymd_opt(y, m, d);
            let near = pick_year(dct, Direction::Nearest, f)?;
            // A sentence cue is weaker evidence than closeness: a date a few weeks off in
            // either direction is that one ("payable Dec. 7" in a past-tense sentence).
            let dir = if !c.forced && (near - dct).num_days().abs() <= NEAR_DAYS {
                Direction::Nearest
            } else {
                c.dir
            };
            TimexValue::Day(pick_year(dct, dir, f)?)
        }
        Expr::MonthDayWeekday { month, day, wd } => {
            let (m, d) = (*month, *day);
            let fits = |y| NaiveDate::from_ymd_opt(y, m, d).filter(|x| x.weekday() == *wd);
            let plain = || pick_year(dct, c.dir, |y| NaiveDate::from_ymd_opt(y, m, d));
            let y = dct.year();
            let near = (y - 6..=y + 6)
                .filter_map(fits)
                .min_by_key(|x| (*x - dct).num_days().abs());
            TimexValue::Day(near.or_else(plain)?)
        }
        Expr::Month { month, rel } => {
            let m = *month;
            let dir = match rel {
                Some(r) if *r < 0 => Direction::Past,
                Some(r) if *r > 0 => Direction::Future,
                Some(_) => {
                    return Some(TimexValue::Month {
                        year: dct.year(),
                        month: m,
                    });
                }
                None => c.dir,
            };
            // Compare month starts; "last December" in December is the previous one.
            let r = NaiveDate::from_ymd_opt(dct.year(), dct.month(), 1)?;
            let strict = rel.is_some();
            let d = match dir {
                // "last February" said in March is a year back: last month would be "last month"
                Direction::Past if strict => pick_year(add_months(r, -1)?.pred_opt()?, dir, |y| {
                    NaiveDate::from_ymd_opt(y, m, 1)
                })?,
                Direction::Future if strict => {
                    pick_year(r.succ_opt()?, dir, |y| NaiveDate::from_ymd_opt(y, m, 1))?
                }
                _ => {
                    let f = |y| NaiveDate::from_ymd_opt(y, m, 1);
                    let near = pick_year(r, Direction::Nearest, f)?;
                    // as for month-days: an adjacent month beats a tense cue
                    if !c.forced && (near - r).num_days().abs() <= NEAR_MONTH_DAYS {
                        near
                    } else {
                        pick_year(r, dir, f)?
                    }
                }
            };
            TimexValue::Month {
                year: d.year(),
                month: m,
            }
        }
        Expr::Weekday { wd, rel } => {
            TimexValue::Day(weekday_from(dct, *wd, *rel, c.dir, c.forced)?)
        }
        Expr::SeasonShift(n) => {
            // seasons start in Mar/Jun/Sep/Dec: shift by three-month steps from the DCT's
            let d = add_months(dct, n.checked_mul(3)?)?;
            let (year, season) = match d.month() {
                3..=5 => (d.year(), Season::Spring),
                6..=8 => (d.year(), Season::Summer),
                9..=11 => (d.year(), Season::Fall),
                12 => (d.year(), Season::Winter),
                _ => (d.year() - 1, Season::Winter),
            };
            TimexValue::Season { year, season }
        }
        Expr::DayFrom(inner, n) => match resolve(inner, c)? {
            TimexValue::Day(d) => TimexValue::Day(shift_days(d, *n)?),
            _ => return None,
        },
        Expr::WeekOf(inner) => match resolve(inner, c)? {
            TimexValue::Day(d) => unit_value(d, CalUnit::Week)?,
            _ => return None,
        },
        Expr::Directed(inner, dir) => {
            let c2 = Ctx {
                dir: *dir,
                forced: true,
                ..*c
            };
            return resolve(inner, &c2);
        }
        Expr::WeekdayFromNarrative { wd, rel } => {
            let a = anchor(Anchor::Narrative)?;
            TimexValue::Day(weekday_from(a, *wd, Some((*rel).signum()), c.dir, false)?)
        }
        Expr::WeekdayOfWeek { wd, weeks } => {
            let monday = shift_days(dct, -(dct.weekday().num_days_from_monday() as i64))?;
            let d = shift_days(
                monday,
                weeks.checked_mul(7)? + wd.num_days_from_monday() as i64,
            )?;
            TimexValue::Day(d)
        }
        Expr::NthWeekdayFrom { wd, n } => {
            let first = if *n > 0 {
                weekday_from(dct.succ_opt()?, *wd, None, Direction::Future, false)?
            } else {
                weekday_from(dct.pred_opt()?, *wd, None, Direction::Past, false)?
            };
            let k = n.signum() * (n.abs() - 1);
            TimexValue::Day(shift_days(first, k.checked_mul(7)?)?)
        }
        Expr::DayOfMonth { day, wd, months } => {
            let d0 = *day;
            let fits = |m0: i64| {
                let first = add_months(dct, m0)?;
                let x = NaiveDate::from_ymd_opt(first.year(), first.month(), d0)?;
                wd.is_none_or(|w| x.weekday() == w).then_some(x)
            };
            let d = match months {
                Some(m) => fits(*m)?,
                None => {
                    let dir = if c.dir == Direction::Past { -1 } else { 1 };
                    (0..48)
                        .filter_map(|k| fits(k * dir))
                        .find(|x| if dir > 0 { *x >= dct } else { *x <= dct })?
                }
            };
            TimexValue::Day(d)
        }
        Expr::NthWeekdayOfMonth { n, wd, months } => {
            let m = add_months(dct, *months)?;
            let h = Holiday::NthWeekday(*n, *wd, m.month());
            TimexValue::Day(holiday_date(h, m.year())?)
        }
        Expr::DayOffset(n) => TimexValue::Day(shift_days(dct, *n)?),
        // "that quarter": the quarter under discussion.
        Expr::Shift {
            unit: CalUnit::Quarter,
            n: 0,
            from: Anchor::Narrative,
        } if c.last_quarter.is_some() => {
            let (year, quarter) = c.last_quarter?;
            TimexValue::Quarter { year, quarter }
        }
        Expr::Shift { unit, n, from } => {
            let a = match (from, unit) {
                (Anchor::Narrative, CalUnit::Month | CalUnit::Quarter | CalUnit::Year) => {
                    c.coarse.or(c.narrative).or(c.dct)?
                }
                _ => anchor(*from)?,
            };
            unit_value(shift_unit(a, *unit, *n)?, *unit)?
        }
        Expr::Offset { unit, n, from } => {
            let a = anchor(*from)?;
            let (cu, k) = match unit {
                DurationUnit::Day => (CalUnit::Day, 1),
                // "a week ago", "in two weeks": a day, as in Duckling.
                DurationUnit::Week => (CalUnit::Day, 7),
                DurationUnit::Month => (CalUnit::Month, 1),
                DurationUnit::Quarter => (CalUnit::Quarter, 1),
                DurationUnit::Year => (CalUnit::Year, 1),
                DurationUnit::Decade => (CalUnit::Year, 10),
                DurationUnit::Century => (CalUnit::Year, 100),
                DurationUnit::Millennium => (CalUnit::Year, 1000),
                // "two hours ago": the day is all a date can say.
                _ => (CalUnit::Day, 0),
            };
            let d = shift_unit(a, cu, n.checked_mul(k)?)?;
            // "two weeks ago" names the day two weeks back in Duckling, the week in TimeML;
            // weeks keep their own grain here.
            unit_value(d, cu)?
        }
        Expr::Season { season, year, rel } => {
            let year = match (year, rel) {
                (Some(y), _) => *y,
                (None, Some(r)) => {
                    let s = *season;
                    let y = dct.year();
                    let ys = (y - 2)..=(y + 1);
                    match r.signum() {
                        // "last summer": the latest one already over.
                        -1 => ys
                            .filter(|&k| season_end(k, s).is_some_and(|e| e < dct))
                            .max()?,
                        // "next summer": the first one not yet begun.
                        1 => ys
                            .filter(|&k| season_start(k, s).is_some_and(|b| b > dct))
                            .min()?,
                        // "this summer": the one under way, else this year's.
                        _ => ys
                            .filter(|&k| {
                                season_start(k, s).is_some_and(|b| b <= dct)
                                    && season_end(k, s).is_some_and(|e| dct <= e)
                            })
                            .max()
                            .unwrap_or(y),
                    }
                }
                (None, None) => {
                    let s = *season;
                    pick_year(dct, c.dir, |y| season_start(y, s))?.year()
                }
            };
            TimexValue::Season {
                year,
                season: *season,
            }
        }
        // "the fourth quarter" read in January is last year's, unless the sentence looks ahead.
        Expr::Quarter { q, year } => TimexValue::Quarter {
            year: year.unwrap_or_else(|| {
                let ahead = *q > quarter_of(dct).1 && c.dir != Direction::Future;
                dct.year() - ahead as i32
            }),
            quarter: *q,
        },
        // "the quarter", "the latest period": the quarter the report is about, i.e. the one it
        // last named, else the last completed quarter.
        Expr::LatestQuarter => {
            let (year, quarter) = match c.report_quarter {
                Some(q) => q,
                None => quarter_of(add_months(dct, -3)?),
            };
            TimexValue::Quarter { year, quarter }
        }
        Expr::Half { h, year } => TimexValue::Half {
            year: year.unwrap_or(dct.year()),
            half: *h,
        },
        Expr::Holiday { h, year, rel } => {
            let h = *h;
            let d = match (year, rel) {
                (Some(y), _) => holiday_date(h, *y)?,
                (None, Some(r)) if *r < 0 => {
                    pick_year(dct.pred_opt()?, Direction::Past, |y| holiday_date(h, y))?
                }
                (None, Some(r)) if *r > 0 => {
                    pick_year(dct.succ_opt()?, Direction::Future, |y| holiday_date(h, y))?
                }
                (None, Some(_)) => holiday_date(h, dct.year())?,
                // as a month-day: one a few weeks off in either direction is that one
                (None, None) => {
                    let f = |y| holiday_date(h, y);
                    let near = pick_year(dct, Direction::Nearest, f)?;
                    let dir = if !c.forced && (near - dct).num_days().abs() <= NEAR_DAYS {
                        Direction::Nearest
                    } else {
                        c.dir
                    };
                    pick_year(dct, dir, f)?
                }
            };
            if h.is_span() {
                TimexValue::Span {
                    from: d,
                    to: holiday_last_day(h, d)?,
                }
            } else {
                TimexValue::Day(d)
            }
        }
        Expr::HolidayInYearOf { h, of } => {
            let (a, _) = resolve(of, c)?.interval()?;
            let d = holiday_date(*h, a.year())?;
            if h.is_span() {
                TimexValue::Span {
                    from: d,
                    to: holiday_last_day(*h, d)?,
                }
            } else {
                TimexValue::Day(d)
            }
        }
        Expr::WeekOfPeriod { n, of } => {
            let (a, b) = resolve(of, c)?.interval()?;
            // Mondays of the first and of the last week wholly inside [a, b]
            let first = shift_days(a, (7 - a.weekday().num_days_from_monday() as i64) % 7)?;
            let last = shift_days(b, -(b.weekday().num_days_from_sunday() as i64) - 6)?;
            let monday = if *n > 0 {
                shift_days(first, 7 * (*n as i64 - 1))?
            } else {
                shift_days(last, 7 * (*n as i64 + 1))?
            };
            if monday < first || monday > last {
                return None;
            }
            TimexValue::week_of(monday)
        }
        Expr::Weekend { rel } => {
            let wd = dct.weekday().num_days_from_monday() as i64;
            let this_sat = shift_days(dct, 5 - wd)?;
            let sat = match rel {
                Some(r) if *r < 0 => shift_days(this_sat, -7)?,
                Some(r) if *r > 0 => shift_days(this_sat, 7)?,
                Some(_) => this_sat,
                None => match c.dir {
                    Direction::Future => this_sat,
                    _ if wd >= 5 => this_sat,
                    _ => shift_days(this_sat, -7)?,
                },
            };
            unit_value(sat, CalUnit::Weekend)?
        }
        Expr::YearEarlier(from) => match c.last_quarter {
            Some((y, q)) => TimexValue::Quarter {
                year: y - 1,
                quarter: q,
            },
            None => TimexValue::Year(anchor(*from)?.year() - 1),
        },
        Expr::YearEarlierPeriod => match c.last_quarter.or(c.report_quarter) {
            Some((y, q)) => TimexValue::Quarter {
                year: y - 1,
                quarter: q,
            },
            None => TimexValue::Year(c.narrative.or(c.dct)?.year() - 1),
        },
        Expr::QuarterYearEarlier(q) => match resolve(&Expr::Quarter { q: *q, year: None }, c)? {
            TimexValue::Quarter { year, quarter } => TimexValue::Quarter {
                year: year - 1,
                quarter,
            },
            _ => return None,
        },
        Expr::MonthOfYearShift { month, years } => TimexValue::Month {
            year: i32::try_from(dct.year() as i64 + years).ok()?,
            month: *month,
        },
        Expr::YearPeriod(y) => match c.last_quarter {
            Some((_, quarter)) => TimexValue::Quarter { year: *y, quarter },
            None => TimexValue::Year(*y),
        },
        Expr::QuarterOfYearShift { q, years } => TimexValue::Quarter {
            year: i32::try_from(dct.year() as i64 + years).ok()?,
            quarter: *q,
        },
        Expr::Invalid => return None,
        Expr::WithPart(inner, part) => match resolve(inner, c)? {
            TimexValue::Day(date) => TimexValue::DayPart { date, part: *part },
            other => other,
        },
        Expr::WithTime(inner, hour, minute) => match resolve(inner, c)? {
            TimexValue::Day(date) | TimexValue::DayPart { date, .. } => TimexValue::Time {
                date,
                hour: *hour,
                minute: *minute,
            },
            other => other,
        },
    })
}

fn season_start(y: i32, s: Season) -> Option<NaiveDate> {
    let m = match s {
        Season::Spring => 3,
        Season::Summer => 6,
        Season::Fall => 9,
        Season::Winter => 12,
    };
    NaiveDate::from_ymd_opt(y, m, 1)
}

fn season_end(y: i32, s: Season) -> Option<NaiveDate> {
    TimexValue::Season { year: y, season: s }
        .interval()
        .map(|i| i.1)
}

/// The TIMEX3 form of an expression that has no reference date to anchor it.
fn unresolved(e: &Expr) -> String {
    match e {
        Expr::MonthDay { month, day } | Expr::MonthDayWeekday { month, day, .. } => {
            format!("XXXX-{month:02}-{day:02}")
        }
        Expr::Month { month, .. } => format!("XXXX-{month:02}"),
        Expr::Weekday { wd, .. } => format!("XXXX-WXX-{}", wd.number_from_monday()),
        Expr::Season { season, year, .. } => match year {
            Some(y) => format!("{y:04}-{}", season.code()),
            None => format!("XXXX-{}", season.code()),
        },
        Expr::Quarter { q, year } => match year {
            Some(y) => format!("{y:04}-Q{q}"),
            None => format!("XXXX-Q{q}"),
        },
        Expr::Half { h, year } => match year {
            Some(y) => format!("{y:04}-H{h}"),
            None => format!("XXXX-H{h}"),
        },
        Expr::Holiday { h, year, .. } => match (h, year) {
            (_, Some(y)) => holiday_date(*h, *y)
                .map(|d| d.format("%Y-%m-%d").to_string())
                .unwrap_or_else(|| "XXXX-XX-XX".into()),
            (Holiday::Fixed(m, d), None) => format!("XXXX-{m:02}-{d:02}"),
            _ => "XXXX-XX-XX".into(),
        },
        Expr::Shift { unit, .. } => match unit {
            CalUnit::Week => "XXXX-WXX".into(),
            CalUnit::Weekend => "XXXX-WXX-WE".into(),
            CalUnit::Month => "XXXX-XX".into(),
            CalUnit::Quarter => "XXXX-QX".into(),
            CalUnit::Half => "XXXX-HX".into(),
            CalUnit::Year => "XXXX".into(),
            CalUnit::Decade => "XXX".into(),
            CalUnit::Century => "XX".into(),
            CalUnit::Day => "XXXX-XX-XX".into(),
        },
        Expr::Offset { unit, .. } => match unit {
            DurationUnit::Week => "XXXX-WXX".into(),
            DurationUnit::Month => "XXXX-XX".into(),
            DurationUnit::Year | DurationUnit::Decade | DurationUnit::Century => "XXXX".into(),
            _ => "XXXX-XX-XX".into(),
        },
        Expr::LatestQuarter | Expr::YearEarlier(_) | Expr::YearEarlierPeriod => "XXXX-QX".into(),
        // the quarter is named even when the year is unknown
        Expr::QuarterYearEarlier(q) => format!("XXXX-Q{q}"),
        Expr::Invalid => String::new(),
        Expr::YearPeriod(y) => format!("{y:04}"),
        Expr::QuarterOfYearShift { q, .. } => format!("XXXX-Q{q}"),
        Expr::Directed(inner, _) | Expr::DayFrom(inner, _) => unresolved(inner),
        Expr::SeasonShift(_) => "XXXX-XX".into(),
        Expr::WeekOf(_) => "XXXX-WXX".into(),
        Expr::WeekdayOfWeek { wd, .. }
        | Expr::NthWeekdayFrom { wd, .. }
        | Expr::WeekdayFromNarrative { wd, .. } => {
            format!("XXXX-WXX-{}", wd.number_from_monday())
        }
        Expr::DayOfMonth { day, .. } => format!("XXXX-XX-{day:02}"),
        Expr::NthWeekdayOfMonth { .. } => "XXXX-XX-XX".into(),
        Expr::MonthOfYearShift { month, .. } => format!("XXXX-{month:02}"),
        Expr::Weekend { .. } => "XXXX-WXX-WE".into(),
        Expr::WithPart(inner, part) => format!("{}T{}", unresolved(inner), part.code()),
        Expr::WithTime(inner, h, m) => format!("{}T{h:02}:{m:02}", unresolved(inner)),
        Expr::WeekOfPeriod { .. } => "XXXX-WXX".into(),
        Expr::DayOffset(_) | Expr::Fixed(_) | Expr::HolidayInYearOf { .. } => "XXXX-XX-XX".into(),
    }
}

#[cfg(test)]
mod tests;
