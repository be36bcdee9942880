//! Relative rules: last/next/this + unit or name, today/yesterday, durations and
//! offsets (three days ago), ordinals (third quarter, 19th century).

use super::{G, Hit, M, cal_unit, date, duration, fixed, hit, set_code};
use crate::tag::lexicon::Sense as S;
use crate::tag::resolve::{Anchor, CalUnit, Expr};
use crate::tag::scan::Kind;
use crate::tag::value::{DurationUnit as U, PartOfDay, TimexType, TimexValue};

impl G<'_> {
    /// last/next/this/coming/past/previous/following + a calendar name or unit.
    pub(super) fn rel_word(&self, i: usize) -> M {
        let (r, ana) = self.find(i, |s| match s {
            S::Rel(r) => Some((*r, false)),
            S::RelAna(r) => Some((*r, true)),
            _ => None,
        })?;
        let j = i + 1;
        if let Some(wd) = self.find(j, |s| {
            if let S::Weekday(w) = s {
                Some(*w)
            } else {
                None
            }
        }) {
            if r < 0
                && !ana
                && let Some(h) = self.weekday_in_month(j + 1, -1, wd)
            {
                return Some(h);
            }
            // "the previous Friday": before the day the narrative is at
            if ana {
                return self.day_suffix(j + 1, Expr::WeekdayFromNarrative { wd, rel: r });
            }
            // "next Saturday" is next week's; "coming Sunday" the first one ahead
            let r = if r > 0 && self.is(i, |s| *s == S::NextWord) {
                2
            } else {
                r
            };
            return self.day_suffix(j + 1, Expr::Weekday { wd, rel: Some(r) });
        }
        // last Oct. 23: a month-day forced back (or ahead)
        if r != 0
            && self.month_at(j).is_some()
            && let Some(h) = self.month_first(j)
            && matches!(h.expr, Expr::MonthDay { .. })
        {
            let dir = if r < 0 {
                crate::tag::resolve::Direction::Past
            } else {
                crate::tag::resolve::Direction::Future
            };
            return date(h.end, Expr::Directed(Box::new(h.expr), dir));
        }
        if let Some((m, full)) = self.month_at(j)
            && (full && !self.is(j, |s| *s == S::Modal) || self.tok(j)?.cap)
        {
            return date(
                j + 1,
                Expr::Month {
                    month: m,
                    rel: Some(r),
                },
            );
        }
        if let Some(season) = self.find(j, |s| if let S::Season(x) = s { Some(*x) } else { None }) {
            return date(
                j + 1,
                Expr::Season {
                    season,
                    year: None,
                    rel: Some(r),
                },
            );
        }
        if self.is(j, |s| *s == S::SeasonWord) {
            return date(j + 1, Expr::SeasonShift(r as i64));
        }
        if self.is(j, |s| *s == S::Weekend) {
            return date(j + 1, Expr::Weekend { rel: Some(r) });
        }
        // "last Chinese New Year", "next MLK Jr. Day"
        if r != 0
            && let Some(mut hh) = self.holiday(j)
            && let Expr::Holiday {
                year: None,
                ref mut rel,
                ..
            } = hh.expr
        {
            *rel = Some(r);
            return Some(hh);
        }
        if let Some(h) = self.find(j, |s| {
            if let S::Holiday(h) = s {
                Some(*h)
            } else {
                None
            }
        }) {
            return date(
                j + 1,
                Expr::Holiday {
                    h,
                    year: None,
                    rel: Some(r),
                },
            );
        }
        if let Some(p) = self.part_of_day(j) {
            // this morning; last night is yesterday's
            let off = if r < 0 && matches!(p, PartOfDay::Night | PartOfDay::Evening) {
                -1
            } else {
                r.max(0) as i64
            };
            // "the next morning", "the following evening": the narrative's next day
            let det_before = i > 0 && self.is(i - 1, |s| *s == S::Det);
            let day = if ana || det_before && r > 0 {
                Expr::Shift {
                    unit: CalUnit::Day,
                    n: r as i64,
                    from: Anchor::Narrative,
                }
            } else {
                Expr::DayOffset(off)
            };
            return hit(j + 1, Expr::WithPart(Box::new(day), p), TimexType::Time);
        }
        // last day of October (2015)
        if r < 0
            && self.is(j, |s| *s == S::Unit(U::Day))
            && self.is(j + 1, |s| matches!(s, S::Of | S::Prep))
            && let Some((m, _)) = self.month_at(j + 2)
        {
            let h = crate::tag::lexicon::Holiday::MonthEnd(m);
            return match self.year_after(j + 3) {
                Some((y, e)) => date(
                    e,
                    Expr::Holiday {
                        h,
                        year: Some(y),
                        rel: None,
                    },
                ),
                None => date(
                    j + 3,
                    Expr::Holiday {
                        h,
                        year: None,
                        rel: None,
                    },
                ),
            };
        }
        // upcoming two weeks: the week two ahead (Duckling's reading)
        if self.is(i, |s| *s == S::Upcoming)
            && let Some((Some(n), k)) = self.count(j)
            && let Some((u, k2)) = self.unit(k)
            && let Some(unit) = cal_unit(u)
            && n.fract() == 0.0
            && n < 1000.0
        {
            return date(
                k2,
                Expr::Shift {
                    unit,
                    n: n as i64,
                    from: Anchor::Dct,
                },
            );
        }
        // the past two years, the next three days, the last few months, the next couple of
        // years (the whole phrase is the extent)
        if r != 0
            && let Some((amount, k)) = self.count(j)
            && let Some((u, k2)) = self.unit(k)
        {
            return fixed(k2, duration(amount, u));
        }
        // "This Week" in mid-sentence is a title.
        if self.tok(i)?.cap
            && self.tok(j)?.cap
            && i > 0
            && !self.punct(i - 1, b'.')
            && !self.tok(i)?.para
        {
            return None;
        }
        // "the current fiscal year"
        let j = if self.is(j, |s| *s == S::Fiscal) {
            j + 1
        } else {
            j
        };
        // past years, coming months: the past or the future at large (TimeML's reading)
        if r != 0 && self.is_plural(j) {
            let (_, k) = self.unit(j)?;
            let v = if r < 0 {
                TimexValue::PastRef
            } else {
                TimexValue::FutureRef
            };
            return fixed(k, v);
        }
        // last week, next year, this month, the following day
        let u = self.find(j, |s| if let S::Unit(u) = s { Some(*u) } else { None })?;
        let cu = cal_unit(u)?;
        if cu == CalUnit::Day && !ana && r != 1 {
            return None;
        }
        // "next day" is anaphoric in narrative text; "this day" is not a date.
        let from = if ana || cu == CalUnit::Day {
            Anchor::Narrative
        } else {
            Anchor::Dct
        };
        if cu == CalUnit::Day && r == 0 {
            return None;
        }
        // next year's first quarter
        if cu == CalUnit::Year
            && from == Anchor::Dct
            && self.punct(j + 1, b'\'')
            && self.is(j + 2, |s| *s == S::PluralS)
            && let Some(h) = self.ordinal_led(j + 3)
            && let Expr::Quarter { q, year: None } = h.expr
        {
            return date(h.end, Expr::QuarterOfYearShift { q, years: r as i64 });
        }
        // last year's quarter: the period discussed, a year back
        if cu == CalUnit::Year
            && from == Anchor::Dct
            && r == -1
            && self.punct(j + 1, b'\'')
            && self.is(j + 2, |s| *s == S::PluralS)
            && self.is(j + 3, |s| matches!(s, S::Quarter | S::Period))
        {
            return date(j + 4, Expr::YearEarlierPeriod);
        }
        // last week's Sunday
        if cu == CalUnit::Week
            && from == Anchor::Dct
            && self.punct(j + 1, b'\'')
            && self.is(j + 2, |s| *s == S::PluralS)
            && let Some(wd) = self.find(j + 3, |s| {
                if let S::Weekday(w) = s {
                    Some(*w)
                } else {
                    None
                }
            })
        {
            return date(
                j + 4,
                Expr::WeekdayOfWeek {
                    wd,
                    weeks: r as i64,
                },
            );
        }
        // "last year's": possessive stays out of the extent anyway.
        date(
            j + 1,
            Expr::Shift {
                unit: cu,
                n: r as i64,
                from,
            },
        )
    }
    /// "... of October 2014", "... in the month", "... of last month" after "first Tuesday".
    pub(super) fn weekday_in_month(&self, k: usize, n: i32, wd: chrono::Weekday) -> M {
        if !self.is(k, |s| matches!(s, S::Of | S::Prep)) {
            return None;
        }
        if let Some((m, _)) = self.month_at(k + 1) {
            let k2 = if self.is(k + 2, |s| *s == S::Of) {
                k + 3
            } else {
                k + 2
            };
            let h = crate::tag::lexicon::Holiday::NthWeekday(n, wd, m);
            return match self.year_after(k2) {
                Some((y, e)) => date(
                    e,
                    Expr::Holiday {
                        h,
                        year: Some(y),
                        rel: None,
                    },
                ),
                None => date(
                    k + 2,
                    Expr::Holiday {
                        h,
                        year: None,
                        rel: None,
                    },
                ),
            };
        }
        let k2 = if self.is(k + 1, |s| *s == S::Det) {
            k + 2
        } else {
            k + 1
        };
        if self.is(k2, |s| *s == S::Unit(U::Month)) && self.is(k + 1, |s| *s == S::Det) {
            return date(k2 + 1, Expr::NthWeekdayOfMonth { n, wd, months: 0 });
        }
        let h = self.rel_word(k2)?;
        if let Expr::Shift {
            unit: CalUnit::Month,
            n: months,
            from: Anchor::Dct,
        } = h.expr
        {
            return date(h.end, Expr::NthWeekdayOfMonth { n, wd, months });
        }
        None
    }

    /// "hence", "from now", "from today" at `k`: the end of the phrase.
    pub(super) fn hence(&self, k: usize) -> Option<usize> {
        if self.is(k, |s| *s == S::Hence) {
            return Some(k + 1);
        }
        (self.is(k, |s| *s == S::From)
            && self.is(k + 1, |s| matches!(s, S::PresentRef | S::DayWord(0))))
        .then_some(k + 2)
    }

    /// "year-earlier", "year-ago quarter" at `i`.
    pub(super) fn year_earlier(&self, i: usize) -> M {
        if !(self.is(i, |s| *s == S::Unit(U::Year))
            && self.punct(i + 1, b'-')
            && self.adj(i + 1)
            && self.is(i + 2, |s| matches!(s, S::Earlier | S::Ago)))
        {
            return None;
        }
        let e = i + 3;
        // "the year-ago third quarter": that quarter a year back
        if let Some(h) = self.ordinal_led(e)
            && let Expr::Quarter { q, year: None } = h.expr
        {
            return date(h.end, Expr::QuarterYearEarlier(q));
        }
        if self.is(e, |s| matches!(s, S::Quarter | S::Period)) {
            return date(e + 1, Expr::YearEarlierPeriod);
        }
        date(e, Expr::YearEarlier(Anchor::Narrative))
    }

    /// A plural unit word ("years", "weeks").
    pub(super) fn is_plural(&self, i: usize) -> bool {
        self.is(i, |s| matches!(s, S::Unit(_)))
            && self.tok(i).is_some_and(|t| {
                self.text
                    .get(t.s..t.e)
                    .is_some_and(|w| w.ends_with(['s', 'S']))
            })
    }

    /// today, yesterday, tomorrow, tonight (+ a part of day or a time).
    pub(super) fn day_word(&self, i: usize) -> M {
        if self.is(i, |s| *s == S::Tonight) {
            return hit(
                i + 1,
                Expr::WithPart(Box::new(Expr::DayOffset(0)), PartOfDay::Night),
                TimexType::Time,
            );
        }
        let n = self.find(i, |s| {
            if let S::DayWord(n) = s {
                Some(*n)
            } else {
                None
            }
        })?;
        // "USA Today", the BBC's "Today programme": names, not the day
        if self.stop_name(i) {
            return None;
        }
        self.day_suffix(i + 1, Expr::DayOffset(n))
    }
    /// Durations and offsets: six weeks, two-year, three days ago, two days later.
    pub(super) fn count_led(&self, i: usize) -> M {
        // year-earlier, year-ago (quarter/period): the same period a year before
        if let Some(h) = self.year_earlier(i) {
            return Some(h);
        }
        // that day, that week: the narrative's current unit
        if self.is(i, |s| *s == S::That) {
            let u = self.find(i + 1, |s| if let S::Unit(u) = s { Some(*u) } else { None })?;
            let unit = cal_unit(u)?;
            return date(
                i + 2,
                Expr::Shift {
                    unit,
                    n: 0,
                    from: Anchor::Narrative,
                },
            );
        }
        // years, weeks: an unspecified number of them
        if self.is_plural(i)
            && !self.is(i, |s| {
                matches!(s, S::Unit(U::Hour | U::Minute | U::Second | U::Quarter))
            })
            && (i == 0
                || !self.is(i - 1, |s| {
                    matches!(
                        s,
                        S::Det | S::Of | S::Rel(_) | S::RelAna(_) | S::Latest | S::PastRef
                    )
                }))
            && !self.punct(i + 1, b'-')
            && !self.is(i + 1, |s| *s == S::Old)
        {
            let (u, k) = self.unit(i)?;
            if self.is(k, |s| *s == S::Ago) {
                return fixed(k + 1, TimexValue::PastRef);
            }
            return fixed(k, duration(None, u));
        }
        let (amount, j) = self.count(i)?;
        // "two and a half years"
        let (amount, j) = match amount {
            Some(n)
                if n.fract() == 0.0
                    && self.is(j, |s| *s == S::And)
                    && self.is(j + 1, |s| *s == S::Indef)
                    && self.is(j + 2, |s| *s == S::Half)
                    && self.is(j + 3, |s| matches!(s, S::Unit(_))) =>
            {
                (Some(n + 0.5), j + 3)
            }
            _ => (amount, j),
        };
        let j = if self.is(j, |s| *s == S::Filler) && self.is(j + 1, |s| matches!(s, S::Unit(_))) {
            j + 1
        } else {
            j
        };
        if self.is(j, |s| *s == S::Unit(U::Year))
            && amount == Some(1.0)
            && let Some(h) = self.year_earlier(j)
        {
            return Some(Hit { end: h.end, ..h });
        }
        // 3 Fridays from now, 2 Thursdays ago
        if let Some(wd) = self.find(j, |s| {
            if let S::Weekday(w) = s {
                Some(*w)
            } else {
                None
            }
        }) && let Some(n) = amount
            && n.fract() == 0.0
            && (1.0..100.0).contains(&n)
        {
            if self.is(j + 1, |s| *s == S::Ago) {
                return date(j + 2, Expr::NthWeekdayFrom { wd, n: -(n as i64) });
            }
            if let Some(e) = self.hence(j + 1) {
                return date(e, Expr::NthWeekdayFrom { wd, n: n as i64 });
            }
        }
        // two upcoming weeks
        if self.is(j, |s| *s == S::Upcoming)
            && let Some(n) = amount
            && let Some((u, k)) = self.unit(j + 1)
            && let Some(unit) = cal_unit(u)
            && n.fract() == 0.0
            && n < 1000.0
        {
            return date(
                k,
                Expr::Shift {
                    unit,
                    n: n as i64,
                    from: Anchor::Dct,
                },
            );
        }
        let (u, k) = self.unit(j)?;
        // "a second group", "a second term": the ordinal
        if self.is(j, |s| matches!(s, S::Ord(_)))
            && self.tok(k).is_some_and(|t| t.is_word())
            && !self.is(k, |s| {
                matches!(
                    s,
                    S::Ago | S::Later | S::Earlier | S::Hence | S::Before | S::After | S::And
                )
            })
        {
            return None;
        }
        // "the 1988 second quarter": "second" is an ordinal there.
        if self.is(k, |s| matches!(s, S::Quarter | S::Half)) {
            return None;
        }
        // "three-quarters" is a fraction; "the 1988 quarter" a period of that year
        if u == U::Quarter && (self.punct(j, b'-') || self.tok(i).is_some_and(|t| t.ndigits == 4)) {
            return None;
        }
        // "a quarter of the market" is a fraction (but "a quarter of a century" is time, and
        // "several quarters of losses" a stretch of them)
        if u == U::Quarter
            && !self.is_plural(j)
            && self.is(k, |s| *s == S::Of)
            && !(self.is(k + 1, |s| matches!(s, S::Indef | S::Det))
                && self.is(k + 2, |s| matches!(s, S::Unit(_))))
        {
            return None;
        }
        // "a 6-year-old", "52 years old": an age.
        let old_at = if self.punct(k, b'-') { k + 1 } else { k };
        if self.is(old_at, |s| *s == S::Old) {
            return None;
        }
        // "Islam will one day be…": "one day" after a modal is "some day", a future time
        if u == U::Day
            && self.is(i, |s| *s == S::Card(1))
            && j == i + 1
            && i > 0
            && self.is(i - 1, |s| {
                matches!(s, S::Cue(crate::tag::lexicon::Dir::Future) | S::Modal)
            })
            && self.tok(k).is_some_and(|t| t.is_word())
        {
            return fixed(k, TimexValue::FutureRef);
        }
        let indef = self.is(i, |s| *s == S::Indef);
        // "$33 million a year", "four flights a week", "fifty thousand CDs a year": a rate,
        // i.e. a SET. (A counted unit, "24 hours a day", is left to the duration.)
        let amount_at = |x: usize| self.is(x, |s| *s == S::Large) || self.num(x).is_some();
        let counted_noun = i > 1
            && self.tok(i - 1).is_some_and(|t| t.is_word())
            && !self.is(i - 1, |s| matches!(s, S::Unit(_)))
            && (amount_at(i - 2)
                || self.is(i - 2, |s| matches!(s, S::Card(_) | S::Thousand))
                || self
                    .tok(i - 2)
                    .is_some_and(|t| matches!(t.kind, Kind::Num { .. })));
        if indef
            && i > 0
            && (amount_at(i - 1) || counted_noun)
            && !self.is(k, |s| {
                matches!(
                    s,
                    S::Ago | S::Earlier | S::Later | S::Before | S::After | S::Hence
                )
            })
        {
            return fixed(k, TimexValue::Set(set_code(u, 1)));
        }
        // a year earlier / year-ago: the previous year of the period discussed
        // ("a week or so ago": the same, approximately)
        let after = if self.is(k, |s| *s == S::And)
            && self.is(k + 1, |s| *s == S::So)
            && self.is(k + 2, |s| {
                matches!(s, S::Ago | S::Earlier | S::Later | S::Hence)
            }) {
            k + 2
        } else {
            k
        };
        if self.is(after, |s| *s == S::Ago) {
            let Some(n) = amount else {
                return fixed(after + 1, TimexValue::PastRef);
            };
            if u == U::Year && n == 1.0 {
                return date(after + 1, Expr::YearEarlier(Anchor::Dct));
            }
            if n.fract() != 0.0 || n > 10000.0 {
                return fixed(k, duration(Some(n), u));
            }
            return date(
                after + 1,
                Expr::Offset {
                    unit: u,
                    n: -(n as i64),
                    from: Anchor::Dct,
                },
            );
        }
        if let Some(e) = self
            .hence(after)
            .filter(|_| !self.is(after, |s| *s == S::Hence))
        {
            let Some(n) = amount.filter(|n| n.fract() == 0.0 && *n < 10000.0) else {
                return fixed(k, duration(amount, u));
            };
            return date(
                e,
                Expr::Offset {
                    unit: u,
                    n: n as i64,
                    from: Anchor::Dct,
                },
            );
        }
        if self.is(after, |s| matches!(s, S::Earlier | S::Later | S::Hence)) {
            let Some(n) = amount else {
                return fixed(k, duration(None, u));
            };
            if n.fract() != 0.0 || n > 10000.0 {
                return fixed(k, duration(Some(n), u));
            }
            if u == U::Year && n == 1.0 && self.is(after, |s| *s == S::Earlier) {
                return date(after + 1, Expr::YearEarlier(Anchor::Narrative));
            }
            let (sign, from) = match () {
                _ if self.is(after, |s| *s == S::Earlier) => (-1, Anchor::Narrative),
                _ if self.is(after, |s| *s == S::Hence) => (1, Anchor::Dct),
                _ => (1, Anchor::Narrative),
            };
            return date(
                after + 1,
                Expr::Offset {
                    unit: u,
                    n: sign * n as i64,
                    from,
                },
            );
        }
        // "in two weeks" (future, from the DCT) when it ends the phrase
        if i > 0
            && self.is(i - 1, |s| *s == S::Within)
            && amount.is_some_and(|n| n.fract() == 0.0 && n < 1000.0)
        {
            let end_ok = self
                .tok(k)
                .is_none_or(|t| matches!(t.kind, Kind::Punct(b'.' | b',' | b';')));
            if end_ok {
                return date(
                    k,
                    Expr::Offset {
                        unit: u,
                        n: amount.unwrap_or(0.0) as i64,
                        from: Anchor::Dct,
                    },
                );
            }
        }
        // "a minute and a half", "two years and a half"
        if self.is(k, |s| *s == S::And)
            && self.is(k + 1, |s| *s == S::Indef)
            && self.is(k + 2, |s| *s == S::Half)
            && let Some(n) = amount.filter(|n| n.fract() == 0.0)
        {
            return fixed(k + 3, duration(Some(n + 0.5), u));
        }
        fixed(k, duration(amount, u))
    }
    /// third quarter, third-quarter, first half, 19th century, first nine months.
    pub(super) fn ordinal_led(&self, i: usize) -> M {
        let (n, j) = match self.find(i, |s| if let S::Ord(n) = s { Some(*n) } else { None }) {
            Some(n) => (n, i + 1),
            None => {
                let t = self.tok(i)?;
                let n = t.plain_num()?;
                let suffix = self.is(i + 1, |s| *s == S::OrdSuffix) && self.adj(i + 1);
                // "20 of next month" works without the suffix
                if !(suffix || self.is(i + 1, |s| *s == S::Of)) || n > 40 || t.ndigits > 2 {
                    return None;
                }
                (n as u32, if suffix { i + 2 } else { i + 1 })
            }
        };
        let j = if self.punct(j, b'-') && self.adj(j) {
            j + 1
        } else {
            j
        };
        let year_of = |k: usize| -> (Option<i32>, usize) {
            let k2 = if self.is(k, |s| *s == S::Of) {
                k + 1
            } else {
                k
            };
            match self.year_after(k2) {
                Some((y, e)) => (Some(y), e),
                None => (None, k),
            }
        };
        // first Tuesday of October (2014) / of the month / of next month
        if let Some(wd) = self.find(j, |s| {
            if let S::Weekday(w) = s {
                Some(*w)
            } else {
                None
            }
        }) && (1..=5).contains(&n)
        {
            return self.weekday_in_month(j + 1, n as i32, wd);
        }
        // the third day of October; the 20th (day) of next month
        if (1..=31).contains(&n) {
            let k = if self.is(j, |s| *s == S::Unit(U::Day)) {
                j + 1
            } else {
                j
            };
            if self.is(k, |s| *s == S::Of) {
                if let Some((m, _)) = self.month_at(k + 1) {
                    let (year, e) = year_of(k + 2);
                    return date(e, Self::day_expr(year, m, n));
                }
                let k2 = if self.is(k + 1, |s| *s == S::Det) {
                    k + 2
                } else {
                    k + 1
                };
                if let Some(h) = self.rel_word(k2)
                    && let Expr::Shift {
                        unit: CalUnit::Month,
                        n: months,
                        ..
                    } = h.expr
                {
                    return date(
                        h.end,
                        Expr::DayOfMonth {
                            day: n,
                            wd: None,
                            months: Some(months),
                        },
                    );
                }
            }
        }
        if self.is(j, |s| *s == S::Quarter) && (1..=4).contains(&n) {
            let (year, e) = year_of(j + 1);
            return date(e, Expr::Quarter { q: n, year });
        }
        if self.is(j, |s| *s == S::Half) && (1..=2).contains(&n) {
            let (year, e) = year_of(j + 1);
            return date(e, Expr::Half { h: n, year });
        }
        if self.is(j, |s| *s == S::Century) && (1..=30).contains(&n) {
            return fixed(j + 1, TimexValue::Century(n as i32 - 1));
        }
        None
    }
    /// A singular part of day ("night"; "nights" is a recurrence, see
    /// [`G::plural_part_of_day`]).
    pub(super) fn part_of_day(&self, i: usize) -> Option<PartOfDay> {
        if self.is(i, |s| *s == S::PluralS) {
            return None;
        }
        self.day_part(i)
    }
    /// A plural part of day: "nights", "mornings".
    pub(super) fn plural_part_of_day(&self, i: usize) -> Option<PartOfDay> {
        if !self.is(i, |s| *s == S::PluralS) {
            return None;
        }
        self.day_part(i)
    }
    /// The part of day token `i` names, singular or plural.
    fn day_part(&self, i: usize) -> Option<PartOfDay> {
        self.find(i, |s| {
            if let S::DayPart(p) = s {
                Some(*p)
            } else {
                None
            }
        })
    }
    /// A part of day without its day: "afternoon yesterday", "in the morning" and "by mid
    /// afternoon" (the day the narrative is at). "the night" is left alone: it usually names
    /// an event's night ("the night the plane went down").
    pub(super) fn bare_day_part(&self, i: usize) -> M {
        let p = self.part_of_day(i)?;
        if let Some(d) = self.find(i + 1, |s| {
            if let S::DayWord(d) = s {
                Some(*d)
            } else {
                None
            }
        }) {
            return hit(
                i + 2,
                Expr::WithPart(Box::new(Expr::DayOffset(d)), p),
                TimexType::Time,
            );
        }
        // after "the" or "mid", and ending the noun phrase ("the morning session" is not)
        let led = i > 0 && self.is(i - 1, |s| matches!(s, S::Det | S::Edge(_)));
        let ends = self.tok(i + 1).is_none_or(|t| !t.is_word())
            || self.is(i + 1, |s| matches!(s, S::Prep | S::Cue(_)));
        if !led || !ends || p == PartOfDay::Night {
            return None;
        }
        let day = Expr::Shift {
            unit: CalUnit::Day,
            n: 0,
            from: Anchor::Narrative,
        };
        hit(i + 1, Expr::WithPart(Box::new(day), p), TimexType::Time)
    }

    /// Attaches "night", "at 3 p.m." or a following "morning" to a day expression.
    pub(super) fn day_suffix(&self, end: usize, e: Expr) -> M {
        if let Some(p) = self.part_of_day(end) {
            return hit(end + 1, Expr::WithPart(Box::new(e), p), TimexType::Time);
        }
        let j = if self.is(end, |s| *s == S::Prep) {
            end + 1
        } else {
            end
        };
        if let Some((h, mi, k)) = self.clock(j) {
            return hit(k, Expr::WithTime(Box::new(e), h, mi), TimexType::Time);
        }
        date(end, e)
    }
}
