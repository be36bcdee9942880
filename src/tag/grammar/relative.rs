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
            return self.day_suffix(j + 1, Expr::Weekday { wd, rel: Some(r) });
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
        if self.is(j, |s| *s == S::Weekend) {
            return date(j + 1, Expr::Weekend { rel: Some(r) });
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
            if ana {
                return None;
            }
            return hit(
                j + 1,
                Expr::WithPart(Box::new(Expr::DayOffset(off)), p),
                TimexType::Time,
            );
        }
        // the past two years, the next three days
        if r != 0
            && let Some((amount, k)) = self.count(j)
            && let Some((u, k2)) = self.unit(k)
            && amount.is_some()
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
        // coming months, past weeks: an unspecified stretch
        if r != 0 && self.is_plural(j) {
            let (u, k) = self.unit(j)?;
            return fixed(k, duration(None, u));
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
    /// "year-earlier", "year-ago quarter" at `i`.
    fn year_earlier(&self, i: usize) -> M {
        if !(self.is(i, |s| *s == S::Unit(U::Year))
            && self.punct(i + 1, b'-')
            && self.adj(i + 1)
            && self.is(i + 2, |s| matches!(s, S::Earlier | S::Ago)))
        {
            return None;
        }
        let mut e = i + 3;
        if self.is(e, |s| matches!(s, S::Quarter | S::Period)) {
            e += 1;
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
        if self.is(j, |s| *s == S::Unit(U::Year))
            && amount == Some(1.0)
            && let Some(h) = self.year_earlier(j)
        {
            return Some(Hit { end: h.end, ..h });
        }
        let (u, k) = self.unit(j)?;
        // "the 1988 second quarter": "second" is an ordinal there.
        if self.is(k, |s| matches!(s, S::Quarter | S::Half)) {
            return None;
        }
        // "three-quarters" is a fraction; "the 1988 quarter" a period of that year
        if u == U::Quarter && (self.punct(j, b'-') || self.tok(i).is_some_and(|t| t.ndigits == 4)) {
            return None;
        }
        // "a 6-year-old", "52 years old": an age.
        let old_at = if self.punct(k, b'-') { k + 1 } else { k };
        if self.is(old_at, |s| *s == S::Old) {
            return None;
        }
        let indef = self.is(i, |s| *s == S::Indef);
        // "$33 million a year": a rate, i.e. a SET.
        if indef
            && i > 0
            && (self.is(i - 1, |s| *s == S::Large) || self.num(i - 1).is_some())
            && !self.is(k, |s| matches!(s, S::Ago | S::Earlier | S::Later))
        {
            return fixed(k, TimexValue::Set(set_code(u, 1)));
        }
        // a year earlier / year-ago: the previous year of the period discussed
        let after = k;
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
            && self.eq_word(i - 1, "in")
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
        fixed(k, duration(amount, u))
    }
    /// third quarter, third-quarter, first half, 19th century, first nine months.
    pub(super) fn ordinal_led(&self, i: usize) -> M {
        let (n, j) = match self.find(i, |s| if let S::Ord(n) = s { Some(*n) } else { None }) {
            Some(n) => (n, i + 1),
            None => {
                let t = self.tok(i)?;
                let n = t.plain_num()?;
                if !(self.is(i + 1, |s| *s == S::OrdSuffix) && self.adj(i + 1)) || n > 40 {
                    return None;
                }
                (n as u32, i + 2)
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
    pub(super) fn part_of_day(&self, i: usize) -> Option<PartOfDay> {
        self.find(i, |s| {
            if let S::DayPart(p) = s {
                Some(*p)
            } else {
                None
            }
        })
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
