//! Pattern grammar over the token stream: finds temporal expressions and parses them into
//! [`Expr`]s (not yet anchored). Rules match lexicon senses, never literal words, and the
//! scan is a single left-to-right pass taking the longest match at each trigger token.

use super::lexicon::{self, Sense, Sense as S};
use super::resolve::{Anchor, CalUnit, Expr};
use super::scan::{Kind, Tok};
use super::value::{DurationUnit as U, Mod, PartOfDay, TimexType, TimexValue};
use chrono::NaiveDate;

mod more;

/// A found expression: tokens `[a, b)`, its parse, type and modifier.
#[derive(Debug, Clone)]
pub struct Cand {
    pub a: usize,
    pub b: usize,
    pub expr: Expr,
    pub kind: TimexType,
    pub modifier: Option<Mod>,
}

/// A rule's match: end token (exclusive), parse, type, modifier.
pub(crate) struct Hit {
    pub end: usize,
    pub start_skip: usize,
    pub expr: Expr,
    pub kind: TimexType,
    pub m: Option<Mod>,
}

type M = Option<Hit>;

fn hit(end: usize, expr: Expr, kind: TimexType) -> M {
    Some(Hit {
        end,
        start_skip: 0,
        expr,
        kind,
        m: None,
    })
}

fn date(end: usize, expr: Expr) -> M {
    hit(end, expr, TimexType::Date)
}

fn fixed(end: usize, v: TimexValue) -> M {
    let kind = match v {
        TimexValue::Duration { .. } => TimexType::Duration,
        TimexValue::Set(_) => TimexType::Set,
        TimexValue::Time { .. } | TimexValue::DayPart { .. } => TimexType::Time,
        _ => TimexType::Date,
    };
    hit(end, Expr::Fixed(v), kind)
}

/// Finds all expressions in `toks` (greedy, non-overlapping, left to right).
pub fn find(toks: &[Tok], text: &str) -> Vec<Cand> {
    let g = G { t: toks, text };
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        let trigger = match t.kind {
            Kind::Word => !t.senses.is_empty(),
            Kind::Num { .. } => true,
            Kind::Punct(c) => c == b'\'',
        };
        if trigger
            && let Some(h) = g.phrase(i, 0)
            && h.end > i + h.start_skip
        {
            out.push(Cand {
                a: i + h.start_skip,
                b: h.end,
                expr: h.expr,
                kind: h.kind,
                modifier: h.m,
            });
            i = h.end;
            continue;
        }
        i += 1;
    }
    out
}

struct G<'a> {
    t: &'a [Tok],
    text: &'a str,
}

fn duration(amount: Option<f64>, unit: U) -> TimexValue {
    // Decades and centuries are written in years (P10Y), quarters in months.
    let (k, unit) = match unit {
        U::Decade => (10.0, U::Year),
        U::Century => (100.0, U::Year),
        U::Millennium => (1000.0, U::Year),
        U::Quarter => (3.0, U::Month),
        u => (1.0, u),
    };
    TimexValue::Duration {
        amount: amount.map(|a| a * k),
        unit,
    }
}

fn set_code(unit: U, n: u32) -> String {
    let v = duration(Some(n as f64), unit);
    v.to_string()
}

fn cal_unit(u: U) -> Option<CalUnit> {
    Some(match u {
        U::Day => CalUnit::Day,
        U::Week => CalUnit::Week,
        U::Month => CalUnit::Month,
        U::Quarter => CalUnit::Quarter,
        U::Year => CalUnit::Year,
        U::Decade => CalUnit::Decade,
        U::Century => CalUnit::Century,
        _ => return None,
    })
}

fn is_date_like(h: &Hit) -> bool {
    matches!(h.kind, TimexType::Date | TimexType::Time)
        && !matches!(
            h.expr,
            Expr::Fixed(TimexValue::PresentRef | TimexValue::PastRef | TimexValue::FutureRef)
        )
}

fn two_digit_year(n: u64) -> i32 {
    if n < 50 {
        2000 + n as i32
    } else {
        1900 + n as i32
    }
}

impl<'a> G<'a> {
    fn tok(&self, i: usize) -> Option<&Tok> {
        self.t.get(i)
    }
    fn find<T>(&self, i: usize, f: impl Fn(&Sense) -> Option<T>) -> Option<T> {
        self.t.get(i)?.senses.iter().find_map(f)
    }
    fn is(&self, i: usize, f: impl Fn(&Sense) -> bool) -> bool {
        self.t.get(i).is_some_and(|t| t.senses.iter().any(f))
    }
    fn punct(&self, i: usize, c: u8) -> bool {
        self.t.get(i).is_some_and(|t| t.is_punct(c))
    }
    /// Token `i` follows token `i-1` without whitespace.
    fn adj(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| !t.gap)
    }
    fn num(&self, i: usize) -> Option<u64> {
        self.t.get(i)?.plain_num()
    }
    fn word_lc(&self, i: usize) -> Option<String> {
        let t = self.t.get(i)?;
        if !t.is_word() {
            return None;
        }
        Some(self.text.get(t.s..t.e)?.to_ascii_lowercase())
    }
    fn eq_word(&self, i: usize, w: &str) -> bool {
        self.t.get(i).is_some_and(|t| {
            t.is_word()
                && self
                    .text
                    .get(t.s..t.e)
                    .is_some_and(|x| x.eq_ignore_ascii_case(w))
        })
    }

    /// Longest match starting at `i`, with determiners and modifiers.
    fn phrase(&self, i: usize, depth: u8) -> M {
        if depth > 3 {
            return None;
        }
        let mut best = self.core(i);
        let mut consider = |m: M| {
            if let Some(x) = m
                && best.as_ref().is_none_or(|b| x.end > b.end)
            {
                best = Some(x);
            }
        };
        if self.is(i, |s| *s == S::Det) {
            consider(self.after_det(i + 1, depth));
        }
        consider(self.modified(i, depth));
        best
    }

    /// Rules that take a leading "the" into the extent.
    fn after_det(&self, j: usize, depth: u8) -> M {
        let t = self.tok(j)?;
        let _ = t;
        // the early 1990s, the end of the year
        if self.is(j, |s| matches!(s, S::Edge(_))) {
            return self.modified(j, depth + 1);
        }
        // the latest quarter, the quarter, the latest period, the current quarter
        if self.is(j, |s| *s == S::Latest || *s == S::Rel(-1))
            && self.is(j + 1, |s| *s == S::Quarter || *s == S::Period)
        {
            return date(j + 2, Expr::LatestQuarter);
        }
        if self.is(j, |s| *s == S::Quarter) && !self.is(j + 1, |s| *s == S::Of) {
            return date(j + 1, Expr::LatestQuarter);
        }
        if self.is(j, |s| *s == S::FutureRef) && !self.adj(j + 1) {
            return fixed(j + 1, TimexValue::FutureRef);
        }
        if self.is(j, |s| *s == S::Near) && self.is(j + 1, |s| *s == S::FutureRef) {
            return fixed(j + 2, TimexValue::FutureRef);
        }
        if self.is(j, |s| *s == S::Weekend) && !self.is(j, |s| *s == S::PluralS) {
            return date(j + 1, Expr::Weekend { rel: None });
        }
        if let Some(u) = self.find(j, |s| if let S::Unit(u) = s { Some(*u) } else { None }) {
            // the day before, the week after, the year earlier
            if let Some(cu) = cal_unit(u) {
                if self.is(j + 1, |s| matches!(s, S::Before | S::Earlier)) {
                    return date(
                        j + 2,
                        Expr::Shift {
                            unit: cu,
                            n: -1,
                            from: Anchor::Narrative,
                        },
                    );
                }
                if self.is(j + 1, |s| matches!(s, S::After | S::Later)) {
                    return date(
                        j + 2,
                        Expr::Shift {
                            unit: cu,
                            n: 1,
                            from: Anchor::Narrative,
                        },
                    );
                }
            }
        }
        // the same day
        if self.is(j, |s| *s == S::Same) {
            let u = self.find(j + 1, |s| if let S::Unit(u) = s { Some(*u) } else { None })?;
            return date(
                j + 2,
                Expr::Shift {
                    unit: cal_unit(u)?,
                    n: 0,
                    from: Anchor::Narrative,
                },
            );
        }
        // the past (as a time)
        if self.is(j, |s| *s == S::PastRef) && self.is(j, |s| *s == S::Rel(-1)) {
            if let Some(h) = self.core(j) {
                return Some(h);
            }
            if self.count(j + 1).is_none() && !self.is(j + 1, |s| matches!(s, S::Unit(_))) {
                return fixed(j + 1, TimexValue::PastRef);
            }
        }
        // the first nine months
        if let Some(1) = self.find(j, |s| if let S::Ord(n) = s { Some(*n) } else { None })
            && let Some((Some(n), k)) = self.count(j + 1)
            && let Some((u, k2)) = self.unit(k)
        {
            return fixed(k2, duration(Some(n), u));
        }
        self.core(j)
    }

    /// Modifier prefixes: approximately, more than, early/mid/late, earlier/later.
    fn modified(&self, i: usize, depth: u8) -> M {
        let t = self.tok(i)?;
        if t.senses.is_empty() {
            return None;
        }
        // about two years ago / around 3 p.m.
        if self.is(i, |s| *s == S::Approx) {
            let mut h = self.phrase(i + 1, depth + 1)?;
            if h.start_skip > 0 {
                return None;
            }
            h.m.get_or_insert(Mod::Approx);
            return Some(h);
        }
        // more than three months
        if let Some(m) = self.find(i, |s| {
            if let S::Comparative(m) = s {
                Some(*m)
            } else {
                None
            }
        }) && self.is(i + 1, |s| *s == S::Than)
        {
            let mut h = self.phrase(i + 2, depth + 1)?;
            if !(h.kind == TimexType::Duration || matches!(h.expr, Expr::Offset { .. })) {
                return None;
            }
            h.m = Some(m);
            return Some(h);
        }
        // at least / at most
        if self.is(i, |s| *s == S::Prep) && self.is(i + 1, |s| *s == S::Least || *s == S::Most) {
            let mut h = self.phrase(i + 2, depth + 1)?;
            if h.kind != TimexType::Duration {
                return None;
            }
            h.m = Some(if self.is(i + 1, |s| *s == S::Least) {
                Mod::EqualOrMore
            } else {
                Mod::EqualOrLess
            });
            return Some(h);
        }
        // nearly two years; within a year (the preposition stays out of the extent)
        if let Some(m) = self.find(i, |s| {
            if let S::QuantMod(m) = s {
                Some(*m)
            } else {
                None
            }
        }) {
            let mut h = self.phrase(i + 1, depth + 1)?;
            let is_dur = h.kind == TimexType::Duration;
            if !(is_dur || matches!(h.expr, Expr::Offset { .. })) {
                return None;
            }
            if self.is(i, |s| *s == S::Prep) {
                // "within a year": signal outside, mod kept; "over the weekend" is no quantity.
                if !is_dur || m == Mod::MoreThan {
                    return None;
                }
                h.start_skip = 1;
            }
            h.m = Some(m);
            return Some(h);
        }
        // early/mid/late X; the end of X
        if let Some(e) = self.find(i, |s| if let S::Edge(m) = s { Some(*m) } else { None }) {
            let mut j = i + 1;
            if self.punct(j, b'-') && self.adj(j) {
                j += 1;
            }
            if self.is(j, |s| *s == S::Of) {
                j += 1;
            }
            let mut h = self.phrase(j, depth + 1)?;
            if !is_date_like(&h) || h.start_skip > 0 {
                return None;
            }
            h.m = Some(e);
            return Some(h);
        }
        // earlier this month, later that day
        if self.is(i, |s| matches!(s, S::Earlier | S::Later)) {
            let h = self.phrase(i + 1, depth + 1)?;
            let ok = matches!(
                h.expr,
                Expr::Shift { n: 0, .. } | Expr::DayOffset(_) | Expr::Weekday { .. }
            ) || matches!(
                h.expr,
                Expr::Shift {
                    from: Anchor::Dct,
                    n: 0,
                    ..
                }
            );
            if !ok || h.start_skip > 0 {
                return None;
            }
            let m = if self.is(i, |s| *s == S::Earlier) {
                Mod::Start
            } else {
                Mod::End
            };
            return Some(Hit { m: Some(m), ..h });
        }
        None
    }

    /// Core rules without prefixes; the longest wins, ties by order.
    fn core(&self, i: usize) -> M {
        let t = self.tok(i)?;
        let rules: [fn(&Self, usize) -> M; 14] = [
            Self::numeric_date,
            Self::time_of_day,
            Self::month_first,
            Self::day_first,
            Self::weekday,
            Self::rel_word,
            Self::day_word,
            Self::count_led,
            Self::ordinal_led,
            Self::year_num,
            Self::season,
            Self::refs,
            Self::sets,
            Self::holiday,
        ];
        let _ = t;
        let mut best: M = None;
        for r in rules {
            if let Some(h) = r(self, i)
                && best.as_ref().is_none_or(|b| h.end > b.end)
            {
                best = Some(h);
            }
        }
        best
    }

    /// An amount: digits, number words ("twenty-four"), "a"/"an" (one) or a vague count.
    fn count(&self, i: usize) -> Option<(Option<f64>, usize)> {
        let t = self.tok(i)?;
        match t.kind {
            Kind::Num { decimal, .. } => {
                let v = if decimal {
                    self.text.get(t.s..t.e)?.parse::<f64>().ok()?
                } else {
                    t.num as f64
                };
                Some((Some(v), i + 1))
            }
            Kind::Word => {
                if self.is(i, |s| *s == S::Indef) {
                    if self.is(i + 1, |s| *s == S::Vague) {
                        let k = if self.is(i + 2, |s| *s == S::Of) {
                            i + 3
                        } else {
                            i + 2
                        };
                        return Some((None, k));
                    }
                    return Some((Some(1.0), i + 1));
                }
                if self.is(i, |s| *s == S::Vague) {
                    let k = if self.is(i + 1, |s| *s == S::Of) {
                        i + 2
                    } else {
                        i + 1
                    };
                    return Some((None, k));
                }
                if let Some(tens) =
                    self.find(i, |s| if let S::Tens(n) = s { Some(*n) } else { None })
                {
                    let ones = |k: usize| {
                        self.find(k, |s| if let S::Card(n) = s { Some(*n) } else { None })
                            .filter(|n| *n < 10)
                    };
                    if self.punct(i + 1, b'-')
                        && let Some(o) = ones(i + 2)
                    {
                        return Some((Some((tens + o) as f64), i + 3));
                    }
                    if let Some(o) = ones(i + 1) {
                        return Some((Some((tens + o) as f64), i + 2));
                    }
                    return Some((Some(tens as f64), i + 1));
                }
                let n = self.find(i, |s| if let S::Card(n) = s { Some(*n) } else { None })?;
                if self.is(i + 1, |s| *s == S::Hundred) {
                    return Some((Some((n * 100) as f64), i + 2));
                }
                Some((Some(n as f64), i + 1))
            }
            Kind::Punct(_) => None,
        }
    }

    /// A duration unit at `i`, optionally after an attached hyphen ("two-year").
    fn unit(&self, i: usize) -> Option<(U, usize)> {
        let j = if self.punct(i, b'-') && self.adj(i) && self.adj(i + 1) {
            i + 1
        } else {
            i
        };
        let u = self.find(j, |s| if let S::Unit(u) = s { Some(*u) } else { None })?;
        Some((u, j + 1))
    }

    /// A day of month at `i` ("26", "26th"): returns (day, next).
    fn day_num(&self, i: usize) -> Option<(u32, usize)> {
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
        if self.punct(j, b':')
            || self.punct(j, b'%')
            || self.punct(j, b'.') && self.num(j + 1).is_some() && self.adj(j + 1)
        {
            return None;
        }
        Some((n as u32, j))
    }

    /// A year at `i` after a month or day: "2022", ", 2022", "'97".
    fn year_after(&self, i: usize) -> Option<(i32, usize)> {
        let mut j = i;
        if self.punct(j, b',') {
            j += 1;
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

    fn month_at(&self, i: usize) -> Option<(u32, bool)> {
        self.find(i, |s| match s {
            S::Month(m) => Some((*m, true)),
            S::MonthAbbr(m) => Some((*m, false)),
            _ => None,
        })
    }

    fn day_expr(year: Option<i32>, month: u32, day: u32) -> Expr {
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

    /// 2022-01-26, 1/26/2022, 26/1/2022 (day first when the first number exceeds 12),
    /// 10.31.1974, 2014/10, 2/15, 31-Oct-74.
    fn numeric_date(&self, i: usize) -> M {
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
                if a.ndigits > 4 || b.ndigits > 2 || m > 12 || d > 31 {
                    return None;
                }
                return date(i + 5, Self::day_expr(Some(y), m as u32, d as u32));
            }
            if c == b'.' {
                continue;
            }
            if self.punct(i + 3, b'/') || self.punct(i + 3, b'-') {
                return None;
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
    fn month_first(&self, i: usize) -> M {
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
        date(
            j,
            Expr::Month {
                month: m,
                rel: None,
            },
        )
    }

    fn prev_is_prep(&self, i: usize) -> bool {
        i > 0
            && self.is(i - 1, |s| {
                matches!(
                    s,
                    S::Prep | S::Det | S::Rel(_) | S::Edge(_) | S::Of | S::That | S::Than
                )
            })
    }

    fn stop_name(&self, i: usize) -> bool {
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
    fn day_first(&self, i: usize) -> M {
        let (d, mut j) = match self.day_num(i) {
            Some(x) => x,
            None => (
                self.find(i, |s| if let S::Ord(n) = s { Some(*n) } else { None })?,
                i + 1,
            ),
        };
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

    fn part_of_day(&self, i: usize) -> Option<PartOfDay> {
        self.find(i, |s| {
            if let S::DayPart(p) = s {
                Some(*p)
            } else {
                None
            }
        })
    }

    /// Attaches "night", "at 3 p.m." or a following "morning" to a day expression.
    fn day_suffix(&self, end: usize, e: Expr) -> M {
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

    /// Monday, Mon., Tuesday night, Tuesday, Jan. 26, Fridays (a set).
    fn weekday(&self, i: usize) -> M {
        let t = self.tok(i)?;
        let (wd, full) = self.find(i, |s| match s {
            S::Weekday(w) => Some((*w, true)),
            S::WeekdayAbbr(w) => Some((*w, false)),
            _ => None,
        })?;
        let mut j = i + 1;
        if !full {
            let dot = self.punct(j, b'.') && self.adj(j);
            let ctx = t.cap && (self.punct(j, b',') || self.month_at(j).is_some());
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
        // Tuesday, Jan. 26 / Mon, February 18
        let k = if self.punct(j, b',') { j + 1 } else { j };
        if self.month_at(k).is_some()
            && let Some(h) = self.month_first(k)
            && matches!(
                h.expr,
                Expr::MonthDay { .. } | Expr::Fixed(TimexValue::Day(_)) | Expr::Invalid
            )
        {
            return date(h.end, h.expr);
        }
        if let Some(h) = self.day_first(k) {
            return date(h.end, h.expr);
        }
        self.day_suffix(j, Expr::Weekday { wd, rel: None })
    }

    /// last/next/this/coming/past/previous/following + a calendar name or unit.
    fn rel_word(&self, i: usize) -> M {
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

    /// today, yesterday, tomorrow, tonight (+ a part of day or a time).
    fn day_word(&self, i: usize) -> M {
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
    fn count_led(&self, i: usize) -> M {
        let (amount, j) = self.count(i)?;
        let (u, k) = self.unit(j)?;
        let indef = self.is(i, |s| *s == S::Indef);
        // "$33 million a year": a rate, i.e. a SET.
        if indef && i > 0 && (self.is(i - 1, |s| *s == S::Large) || self.num(i - 1).is_some()) {
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
    fn ordinal_led(&self, i: usize) -> M {
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
}
