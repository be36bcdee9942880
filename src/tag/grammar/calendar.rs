//! Calendar-date rules: numeric dates, month-first and day-first dates, weekdays.

use super::{G, M, date, fixed, two_digit_year};
use crate::tag::lexicon::{self, Sense as S};
use crate::tag::resolve::{Anchor, CalUnit, Expr};
use crate::tag::value::TimexValue;
use chrono::NaiveDate;

impl G<'_> {
    /// 2022-01-26, 1/26/2022, 26/1/2022 (day first when the first number exceeds 12),
    /// 10.31.1974, 2014/10, 2/15, 31-Oct-74.
    pub(super) fn numeric_date(&self, i: usize) -> M {
        let a = self.tok(i)?;
        let an = a.plain_num()?;
        let sep_ok =
            |k: usize, c: u8| self.punct(k, c) && (self.adj(k) && self.adj(k + 1) || c == b'/');
        for c in [b'-', b'/', b'.'] {
            if !sep_ok(i + 1, c) {
                continue;
            }
            // 31-Oct-74
            if let Some((m, _)) = self.month_at(i + 2) {
                if sep_ok(i + 3, c) {
                    let yt = self.tok(i + 4)?;
                    let y = match yt.ndigits {
                        4 => yt.plain_num()? as i32,
                        2 => two_digit_year(yt.plain_num()?),
                        _ => return None,
                    };
                    return date(i + 5, Self::day_expr(Some(y), m, an as u32));
                }
                return None;
            }
            let b = self.tok(i + 2)?;
            let bn = b.plain_num()?;
            if sep_ok(i + 3, c)
                && let Some(cn) = self.num(i + 4)
            {
                let ct = self.tok(i + 4)?;
                if self.punct(i + 5, c) && self.num(i + 6).is_some() {
                    return None; // a longer number chain: phone numbers, ids
                }
                let (y, m, d) = if a.ndigits == 4 {
                    (an as i32, bn, cn)
                } else if ct.ndigits == 4 || ct.ndigits == 2 {
                    let y = if ct.ndigits == 4 {
                        cn as i32
                    } else {
                        two_digit_year(cn)
                    };
                    if an > 12 { (y, bn, an) } else { (y, an, bn) }
                } else {
                    return None;
                };
                if a.ndigits > 4 || b.ndigits > 2 {
                    return None;
                }
                if m > 12 || d > 31 {
                    // shaped like a date but naming none: swallow it, tag nothing
                    return date(i + 5, Expr::Invalid);
                }
                return date(i + 5, Self::day_expr(Some(y), m as u32, d as u32));
            }
            if c == b'.' {
                continue;
            }
            if self.punct(i + 3, b'/') || self.punct(i + 3, b'-') {
                return None;
            }
            // 2/2013 (month and year)
            if c == b'/'
                && a.ndigits <= 2
                && (1..=12).contains(&an)
                && b.ndigits == 4
                && (1000..=2999).contains(&bn)
            {
                return fixed(
                    i + 3,
                    TimexValue::Month {
                        year: bn as i32,
                        month: an as u32,
                    },
                );
            }
            // 2014/10 (year and month)
            if a.ndigits == 4
                && b.ndigits <= 2
                && (1..=12).contains(&bn)
                && (1000..=2999).contains(&an)
            {
                return fixed(
                    i + 3,
                    TimexValue::Month {
                        year: an as i32,
                        month: bn as u32,
                    },
                );
            }
            // 2/15: month/day, only with a slash, and only when not a fraction-like pair.
            let prep_before = i > 0 && self.is(i - 1, |s| *s == S::Prep);
            if c == b'/'
                && a.ndigits <= 2
                && b.ndigits <= 2
                && (1..=12).contains(&an)
                && (bn > 12 || prep_before)
                && bn <= 31
            {
                if self.is(i + 3, |s| *s == S::CountNoun) || self.punct(i + 3, b'%') {
                    return None;
                }
                return date(i + 3, Self::day_expr(None, an as u32, bn as u32));
            }
        }
        None
    }
    /// January 26[, 2022], Jan. 26th, January 2022, January of 2022, bare January.
    pub(super) fn month_first(&self, i: usize) -> M {
        let (m, full) = self.month_at(i)?;
        let t = self.tok(i)?;
        let mut j = i + 1;
        let mut dot = false;
        if !full && self.punct(j, b'.') && self.adj(j) {
            j += 1;
            dot = true;
        }
        let is_may = self.is(i, |s| *s == S::Modal);
        if let Some((d, k)) = self.day_num(j) {
            if d > 31 && self.tok(j).is_some_and(|t| t.ndigits <= 2) {
                return date(k, Expr::Invalid);
            }
            if let Some((y, k2)) = self.year_after(k) {
                return date(k2, Self::day_expr(Some(y), m, d));
            }
            if is_may && !t.cap {
                return None;
            }
            // Jul 18, Fri
            if self.punct(k, b',')
                && let Some(wd) = self.find(k + 1, |s| match s {
                    S::Weekday(w) | S::WeekdayAbbr(w) => Some(*w),
                    _ => None,
                })
                && let Expr::MonthDay { month, day } = Self::day_expr(None, m, d)
            {
                return date(k + 2, Expr::MonthDayWeekday { month, day, wd });
            }
            return date(k, Self::day_expr(None, m, d));
        }
        if let Some(d) = self.find(j, |s| if let S::Ord(n) = s { Some(*n) } else { None }) {
            if let Some((y, k2)) = self.year_after(j + 1) {
                return date(k2, Self::day_expr(Some(y), m, d));
            }
            return date(j + 1, Self::day_expr(None, m, d));
        }
        let k = if self.is(j, |s| *s == S::Of) {
            j + 1
        } else {
            j
        };
        if let Some((y, k2)) = self.year_after(k) {
            return fixed(k2, TimexValue::Month { year: y, month: m });
        }
        // A bare month: a full, capitalised name (or an abbreviation with its period) that is
        // not part of a name ("April Ryan") and, for "May", not the modal verb.
        if !(full || dot) || !t.cap && self.t.len() > 2 {
            return None;
        }
        if let Some(n) = self.tok(j) {
            if n.is_word() && n.cap && n.senses.is_empty() && !n.gap {
                return None;
            }
            if n.is_word() && n.cap && n.senses.is_empty() && !self.prev_is_prep(i) {
                return None;
            }
        }
        if self.stop_name(i) {
            return None;
        }
        if is_may && !(self.prev_is_prep(i) || self.t.len() <= 2) {
            return None;
        }
        // "July last year"
        if let Some(h) = self.rel_word(j)
            && let Expr::Shift {
                unit: CalUnit::Year,
                n,
                from: Anchor::Dct,
            } = h.expr
        {
            return date(h.end, Expr::MonthOfYearShift { month: m, years: n });
        }
        date(
            j,
            Expr::Month {
                month: m,
                rel: None,
            },
        )
    }
    pub(super) fn prev_is_prep(&self, i: usize) -> bool {
        i > 0
            && self.is(i - 1, |s| {
                matches!(
                    s,
                    S::Prep | S::Det | S::Rel(_) | S::Edge(_) | S::Of | S::That | S::Than
                )
            })
    }
    pub(super) fn stop_name(&self, i: usize) -> bool {
        let w = self.word_lc(i).unwrap_or_default();
        let p = if i > 0 {
            self.word_lc(i - 1).unwrap_or_default()
        } else {
            String::new()
        };
        let n = self.word_lc(i + 1).unwrap_or_default();
        lexicon::is_stop_name(&p, &w, &n)
    }
    /// 26 January 2022, 26th of January, the first of March, 4 of july.
    pub(super) fn day_first(&self, i: usize) -> M {
        let (d, mut j) = match self.day_num(i) {
            Some(x) => x,
            None => (
                self.find(i, |s| if let S::Ord(n) = s { Some(*n) } else { None })?,
                i + 1,
            ),
        };
        // "on the 15th." with no month: the next (or last) day of that number
        let bare_end = self.tok(j).is_none_or(|t| {
            matches!(
                t.kind,
                crate::tag::scan::Kind::Punct(b'.' | b',' | b'?' | b'!')
            )
        });
        if bare_end
            && j >= i + 2
            && self.is(j - 1, |s| *s == S::OrdSuffix)
            && i > 0
            && self.is(i - 1, |s| matches!(s, S::Det | S::Prep))
            && (1..=31).contains(&d)
        {
            return date(
                j,
                Expr::DayOfMonth {
                    day: d,
                    wd: None,
                    months: None,
                },
            );
        }
        let had_of = self.is(j, |s| *s == S::Of);
        if had_of {
            j += 1;
        }
        let (m, full) = self.month_at(j)?;
        if self.is(j, |s| *s == S::Modal) && !self.tok(j)?.cap {
            return None;
        }
        let mut k = j + 1;
        if !full && self.punct(k, b'.') && self.adj(k) {
            k += 1;
        }
        if let Some((y, k2)) = self.year_after(k) {
            return date(k2, Self::day_expr(Some(y), m, d));
        }
        date(k, Self::day_expr(None, m, d))
    }
    /// Monday, Mon., Tuesday night, Tuesday, Jan. 26, Fridays (a set).
    pub(super) fn weekday(&self, i: usize) -> M {
        let t = self.tok(i)?;
        let (wd, full) = self.find(i, |s| match s {
            S::Weekday(w) => Some((*w, true)),
            S::WeekdayAbbr(w) => Some((*w, false)),
            _ => None,
        })?;
        let mut j = i + 1;
        if !full {
            let dot = self.punct(j, b'.') && self.adj(j);
            // A lower-case "may" after it is the verb: "Halliburton Sperry Sun may have".
            let month_next = |k: usize| {
                self.month_at(k).is_some()
                    && !(self.is(k, |s| *s == S::Modal) && self.tok(k).is_some_and(|n| !n.cap))
            };
            let ctx = t.cap
                && (month_next(j)
                    || self
                        .day_num(j)
                        .is_some_and(|(_, e)| self.is(e - 1, |s| *s == S::OrdSuffix))
                    || self.punct(j, b',') && month_next(j + 1));
            if !(dot || ctx || self.t.len() <= 2) {
                return None;
            }
            if dot {
                j += 1;
            }
        }
        if self.stop_name(i) {
            return None;
        }
        if self.is(i, |s| *s == S::PluralS) {
            return fixed(
                j,
                TimexValue::Set(format!("XXXX-WXX-{}", wd.number_from_monday())),
            );
        }
        // "Tuesday nights": every Tuesday night; in "Monday and Tuesday nights" the first
        // weekday shares the recurrence
        let every_part = |p: crate::tag::value::PartOfDay| {
            TimexValue::Set(format!("XXXX-WXX-{}T{}", wd.number_from_monday(), p.code()))
        };
        if let Some(p) = self.plural_part_of_day(j) {
            return fixed(j + 1, every_part(p));
        }
        if self.is(j, |s| *s == S::And)
            && self.is(j + 1, |s| matches!(s, S::Weekday(_)))
            && let Some(p) = self.plural_part_of_day(j + 2)
        {
            return fixed(j, every_part(p));
        }
        // Tuesday, Jan. 26 / Mon, February 18
        let k = if self.punct(j, b',') { j + 1 } else { j };
        if self.month_at(k).is_some()
            && let Some(h) = self.month_first(k)
            && matches!(
                h.expr,
                Expr::MonthDay { .. } | Expr::Fixed(TimexValue::Day(_)) | Expr::Invalid
            )
        {
            return date(h.end, with_weekday(h.expr, wd));
        }
        if let Some(h) = self.day_first(k) {
            return date(h.end, with_weekday(h.expr, wd));
        }
        // Tuesday the 19th, Thu 15th
        let k = if self.is(j, |s| *s == S::Det) {
            j + 1
        } else {
            j
        };
        if self.clock(j).is_none()
            && let Some((d, e)) = self.day_num(k)
            && (d as usize) <= 31
            && self.is(e - 1, |s| *s == S::OrdSuffix)
        {
            return date(
                e,
                Expr::DayOfMonth {
                    day: d,
                    wd: Some(wd),
                    months: None,
                },
            );
        }
        // Friday after next
        if self.is(j, |s| *s == S::After) && self.is(j + 1, |s| *s == S::Rel(1)) {
            return date(j + 2, Expr::NthWeekdayFrom { wd, n: 2 });
        }
        // Wednesday of next week, Sunday from last week, Monday this week
        let k = if self.is(j, |s| *s == S::Of) || self.is(j, |s| *s == S::From) {
            j + 1
        } else {
            j
        };
        if let Some(h) = self.rel_word(k)
            && let Expr::Shift {
                unit: CalUnit::Week,
                n,
                from: Anchor::Dct,
            } = h.expr
        {
            return date(h.end, Expr::WeekdayOfWeek { wd, weeks: n });
        }
        self.day_suffix(j, Expr::Weekday { wd, rel: None })
    }
    pub(super) fn day_expr(year: Option<i32>, month: u32, day: u32) -> Expr {
        if day > 31 || month == 0 || month > 12 {
            return Expr::Invalid;
        }
        match year {
            Some(y) => match NaiveDate::from_ymd_opt(y, month, day) {
                Some(d) => Expr::Fixed(TimexValue::Day(d)),
                None => Expr::Invalid,
            },
            None if NaiveDate::from_ymd_opt(2000, month, day).is_none() => Expr::Invalid,
            None => Expr::MonthDay { month, day },
        }
    }
    /// "nineteen ninety-six", "two thousand (and) ten": a year written in words.
    pub(super) fn spelled_year(&self, i: usize) -> Option<(i32, usize)> {
        let small = |k: usize| self.find(k, |s| if let S::Card(n) = s { Some(*n) } else { None });
        if let Some(c) = small(i) {
            // "two thousand" is a year only where a year is expected: after "the year" or a month
            let year_slot = i > 0
                && self.is(i - 1, |s| {
                    matches!(s, S::Year | S::Month(_) | S::MonthAbbr(_))
                });
            if self.is(i + 1, |s| *s == S::Thousand) && (c == 1 || c == 2) && year_slot {
                let mut k = i + 2;
                if self.is(k, |s| *s == S::And) {
                    k += 1;
                }
                if let Some((Some(n), e)) = self.count(k)
                    && n < 100.0
                    && !self.is(k, |s| *s == S::Indef)
                {
                    return Some((c as i32 * 1000 + n as i32, e));
                }
                return Some((c as i32 * 1000, k));
            }
            // teens then tens: 1300 to 2099 ("ten thirty", "twelve fifteen" are clock times)
            if (13..=20).contains(&c) {
                let tens =
                    self.find(i + 1, |s| if let S::Tens(n) = s { Some(*n) } else { None })?;
                if let Some((Some(n), e)) = self.count(i + 1)
                    && n >= tens as f64
                {
                    return Some((c as i32 * 100 + n as i32, e));
                }
            }
        }
        None
    }

    pub(super) fn month_at(&self, i: usize) -> Option<(u32, bool)> {
        self.find(i, |s| match s {
            S::Month(m) => Some((*m, true)),
            S::MonthAbbr(m) => Some((*m, false)),
            _ => None,
        })
    }
    /// A year at `i` after a month or day: "2022", ", 2022", "'97".
    pub(super) fn year_after(&self, i: usize) -> Option<(i32, usize)> {
        let mut j = i;
        if self.punct(j, b',') {
            j += 1;
        }
        if let Some(x) = self.spelled_year(j) {
            return Some(x);
        }
        let t = self.tok(j)?;
        if let Some(n) = t.plain_num()
            && t.ndigits == 4
            && (1000..=2999).contains(&n)
            && !self.punct(j + 1, b':')
        {
            return Some((n as i32, j + 1));
        }
        if self.punct(j, b'\'') {
            let t = self.tok(j + 1)?;
            if t.ndigits == 2 && self.adj(j + 1) {
                return Some((two_digit_year(t.plain_num()?), j + 2));
            }
        }
        None
    }
    /// A day of month at `i` ("26", "26th"): returns (day, next).
    pub(super) fn day_num(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.tok(i)?;
        let n = t.plain_num()?;
        if t.ndigits > 2 || n == 0 {
            return None;
        }
        let mut j = i + 1;
        if self.is(j, |s| *s == S::OrdSuffix) && self.adj(j) {
            j += 1;
        }
        // "26:30" is a time, "26%" a share.
        if self.punct(j, b':') && self.num(j + 1).is_some() && self.adj(j + 1)
            || self.punct(j, b'%')
            || self.punct(j, b'.') && self.num(j + 1).is_some() && self.adj(j + 1)
        {
            return None;
        }
        Some((n as u32, j))
    }
}

/// "Saturday, April 25": the weekday picks the year of a month-day.
fn with_weekday(e: Expr, wd: chrono::Weekday) -> Expr {
    match e {
        Expr::MonthDay { month, day } => Expr::MonthDayWeekday { month, day, wd },
        other => other,
    }
}
