//! Pattern grammar over the token stream: finds temporal expressions and parses them into
//! [`Expr`]s (not yet anchored). Rules match lexicon senses, never literal words, and the
//! scan is a single left-to-right pass taking the longest match at each trigger token.

use super::lexicon::{Kinds, Sense, Sense as S};
use super::resolve::{Anchor, CalUnit, Expr};
use super::scan::{Kind, Tok};
use super::value::{DurationUnit as U, Mod, TimexType, TimexValue};

mod calendar;
mod more;
mod openers;
mod relative;
mod units;
mod weeks;

use openers::{MODIFIERS, OPENERS, starts};
use units::{cal_unit, duration, set_code, two_digit_year};

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
            // Function words and cues never start an expression ("at least" aside), nor does
            // a word no rule can open with ("to", "from", "had").
            Kind::Word => {
                let opens = t.kinds.any(OPENERS)
                    || t.has_kind(S::Prep)
                        && toks
                            .get(i + 1)
                            .is_some_and(|n| n.has_kind(S::Least) || n.has_kind(S::Most));
                if cfg!(debug_assertions) && !opens && t.senses.iter().any(starts) {
                    assert!(
                        g.phrase(i, 0).is_none(),
                        "OPENERS skips a match at token {i}"
                    );
                }
                opens
            }
            Kind::Num { .. } => true,
            Kind::Punct(c) => c == b'\'',
        };
        if trigger
            && let Some(h) = g.phrase(i, 0)
            && h.end > i + h.start_skip
        {
            let a = i + h.start_skip;
            // "13th to 15th July": the first day of a range borrows the month of the second
            let last_end = out.last().map_or(0, |c: &Cand| c.b);
            if let Some((k, b, d)) = g.range_head(a, &h.expr, last_end) {
                out.push(Cand {
                    a: k,
                    b,
                    expr: e_expr(&h.expr, d),
                    kind: TimexType::Date,
                    modifier: None,
                });
            }
            let mut end = h.end;
            let tail = g.range_tail(h.end, &h.expr);
            out.push(Cand {
                a,
                b: h.end,
                expr: h.expr.clone(),
                kind: h.kind,
                modifier: h.m,
            });
            // "July 13-15": the second day of a range
            if let Some((k, b, d)) = tail {
                out.push(Cand {
                    a: k,
                    b,
                    expr: e_expr(&h.expr, d),
                    kind: TimexType::Date,
                    modifier: None,
                });
                end = b;
            }
            i = end;
            continue;
        }
        i += 1;
    }
    out
}

/// The same month-day expression with another day of month.
fn e_expr(e: &Expr, day: u32) -> Expr {
    match e {
        Expr::MonthDay { month, .. } => G::day_expr(None, *month, day),
        Expr::Fixed(TimexValue::Day(d)) => {
            use chrono::Datelike;
            G::day_expr(Some(d.year()), d.month(), day)
        }
        _ => Expr::Invalid,
    }
}

fn is_month_day(e: &Expr) -> bool {
    matches!(e, Expr::MonthDay { .. } | Expr::Fixed(TimexValue::Day(_)))
}

impl G<'_> {
    /// After a month-day at `end`: "-15", "to the 15th", "through 15", "and 25" → (start,
    /// end, day).
    fn range_tail(&self, end: usize, e: &Expr) -> Option<(usize, usize, u32)> {
        if !is_month_day(e)
            || !self.is(end, |s| matches!(s, S::RangeTo | S::And)) && !self.punct(end, b'-')
        {
            return None;
        }
        let k = if self.is(end + 1, |s| *s == S::Det) {
            end + 2
        } else {
            end + 1
        };
        let (d, e2) = self.day_num(k)?;
        // the second number must end the phrase ("March 3 to 15 members" is a count)
        let ends = self
            .tok(e2)
            .is_none_or(|t| matches!(t.kind, Kind::Punct(_)));
        if !ends || self.punct(e2, b'-') || self.punct(e2, b'/') {
            return None;
        }
        Some((k, e2, d))
    }

    /// Before a day-first month-day at `a`: "13th to", "1-" → (start, end, day).
    fn range_head(&self, a: usize, e: &Expr, floor: usize) -> Option<(usize, usize, u32)> {
        if !is_month_day(e) || self.num(a).is_none() && !self.is(a, |s| *s == S::Det) {
            return None;
        }
        let c = a.checked_sub(1)?;
        if !(self.is(c, |s| *s == S::RangeTo) || self.punct(c, b'-')) {
            return None;
        }
        let mut k = c.checked_sub(1)?;
        if self.is(k, |s| *s == S::OrdSuffix) {
            k = k.checked_sub(1)?;
        }
        if k < floor {
            return None;
        }
        let (d, e2) = self.day_num(k)?;
        let k0 = if k > floor && self.is(k - 1, |s| *s == S::Det) {
            k - 1
        } else {
            k
        };
        (e2 == c).then_some((k0, e2, d))
    }
}

struct G<'a> {
    t: &'a [Tok],
    text: &'a str,
}

fn is_date_like(h: &Hit) -> bool {
    matches!(h.kind, TimexType::Date | TimexType::Time)
        && !matches!(
            h.expr,
            Expr::Fixed(TimexValue::PresentRef | TimexValue::PastRef | TimexValue::FutureRef)
        )
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
        // "the" before a word the lexicon does not know (most often): no rule below matches
        if t.is_word() && t.senses.is_empty() {
            return None;
        }
        // the early 1990s, the end of the year
        if self.is(j, |s| matches!(s, S::Edge(_))) {
            return self.modified(j, depth + 1);
        }
        // "the daily tally", "the current system": the determiner belongs to the noun
        if self.is(j, |s| matches!(s, S::SetAdverb(_)))
            || self.is(j, |s| *s == S::PresentRef)
                && self.core(j).is_some_and(|h| {
                    h.end == j + 1 && matches!(h.expr, Expr::Fixed(TimexValue::PresentRef))
                })
        {
            return None;
        }
        // the last quarter of 1988, the last half of 1989: the fourth quarter, the second half
        if self.is(j, |s| *s == S::Rel(-1))
            && self.is(j + 2, |s| *s == S::Of)
            && let Some((y, e)) = self.year_after(j + 3)
        {
            if self.is(j + 1, |s| *s == S::Quarter) {
                return date(
                    e,
                    Expr::Quarter {
                        q: 4,
                        year: Some(y),
                    },
                );
            }
            if self.is(j + 1, |s| *s == S::Half) {
                return date(
                    e,
                    Expr::Half {
                        h: 2,
                        year: Some(y),
                    },
                );
            }
        }
        // the latest quarter, the quarter, the latest period, the current quarter
        if self.is(j, |s| *s == S::Latest || *s == S::Rel(-1))
            && self.is(j + 1, |s| *s == S::Quarter || *s == S::Period)
        {
            return date(j + 2, Expr::LatestQuarter);
        }
        // the quarter a year ago, the same period last year: the period discussed, a year back
        let k = if self.is(j, |s| *s == S::Same) {
            j + 1
        } else {
            j
        };
        if self.is(k, |s| matches!(s, S::Quarter | S::Period))
            && let Some(e) = self.year_back(k + 1)
        {
            return date(e, Expr::YearEarlierPeriod);
        }
        if self.is(j, |s| *s == S::Quarter) && !self.is(j + 1, |s| *s == S::Of) {
            return date(j + 1, Expr::LatestQuarter);
        }
        // "the future of our peoples" is a thing, not a time
        if self.is(j, |s| *s == S::FutureRef)
            && !self.punct(j + 1, b'-')
            && !self.is(j + 1, |s| *s == S::Of)
        {
            return fixed(j + 1, TimexValue::FutureRef);
        }
        if self.is(j, |s| *s == S::Near) && self.is(j + 1, |s| matches!(s, S::FutureRef | S::Term))
        {
            return fixed(j + 2, TimexValue::FutureRef);
        }
        if self.is(j, |s| *s == S::Weekend) && !self.is(j, |s| *s == S::PluralS) {
            return date(j + 1, Expr::Weekend { rel: None });
        }
        // the week of March 6
        if self.is(j, |s| *s == S::Unit(U::Week))
            && !self.is_plural(j)
            && self.is(j + 1, |s| *s == S::Of)
            && let Some(h) = self.phrase(j + 2, depth + 1)
            && matches!(
                h.expr,
                Expr::MonthDay { .. } | Expr::Fixed(TimexValue::Day(_))
            )
        {
            return date(h.end, Expr::WeekOf(Box::new(h.expr)));
        }
        // over the years, in the weeks ahead: a stretch of unknown length ("the minutes of
        // the meeting", "the years 1990 to 1995" are not; "the weeks before the killing" are
        // days around an event, not tagged)
        if let Some(u) = self.find(j, |s| if let S::Unit(u) = s { Some(*u) } else { None })
            && matches!(u, U::Day | U::Week | U::Month | U::Year | U::Decade)
            && self.is_plural(j)
            && !self.is(j + 1, |s| {
                matches!(s, S::Of | S::Before | S::After | S::Earlier | S::Later)
            })
            && self.num(j + 1).is_none()
            && !(self.adj(j + 1) && (self.punct(j + 1, b'-') || self.punct(j + 1, b'\'')))
        {
            let e = if self.eq_word(j + 1, "ahead") {
                j + 2
            } else {
                j + 1
            };
            return fixed(e, duration(None, u));
        }
        if let Some(u) = self.find(j, |s| if let S::Unit(u) = s { Some(*u) } else { None }) {
            // the day before, the week after, the year earlier ("the weeks before" is vague)
            if let Some(cu) = cal_unit(u).filter(|_| !self.is_plural(j)) {
                // the day after tomorrow, the day before yesterday
                if cu == CalUnit::Day
                    && let Some(n) = self.find(j + 2, |s| {
                        if let S::DayWord(n) = s {
                            Some(*n)
                        } else {
                            None
                        }
                    })
                {
                    let step = if self.is(j + 1, |s| matches!(s, S::Before | S::Earlier)) {
                        -1
                    } else {
                        1
                    };
                    if self.is(j + 1, |s| {
                        matches!(s, S::Before | S::Earlier | S::After | S::Later)
                    }) {
                        return date(j + 3, Expr::DayOffset(n + step));
                    }
                }
                // the day before last Tuesday's hearing, the day after Christmas
                if cu == CalUnit::Day
                    && self.is(j + 1, |s| matches!(s, S::Before | S::After))
                    && let Some(h) = self.phrase(j + 2, depth + 1)
                    && matches!(
                        h.expr,
                        Expr::Weekday { .. }
                            | Expr::Holiday { .. }
                            | Expr::MonthDay { .. }
                            | Expr::Fixed(TimexValue::Day(_))
                    )
                {
                    let n = if self.is(j + 1, |s| *s == S::Before) {
                        -1
                    } else {
                        1
                    };
                    return date(h.end, Expr::DayFrom(Box::new(h.expr), n));
                }
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
        // the year, the week: the current one, or a fiscal period ("the year ended June 30");
        // "the fiscal year", "the full year" alike
        let j = if self.is(j, |s| matches!(s, S::Fiscal | S::Filler))
            && self.is(j + 1, |s| *s == S::Unit(U::Year))
        {
            j + 1
        } else {
            j
        };
        if let Some(u) = self.find(j, |s| if let S::Unit(u) = s { Some(*u) } else { None })
            && matches!(u, U::Year | U::Week | U::Month)
            && !self.is_plural(j)
            && self.spelled_year(j + 1).is_none()
            && self.tok(j + 1).is_none_or(|t| t.ndigits != 4)
            && !self.is(j + 1, |s| {
                matches!(
                    s,
                    S::Before | S::After | S::Earlier | S::Later | S::Of | S::Ago
                )
            })
            && !self.punct(j + 1, b'-')
        {
            if self.is(j + 1, |s| *s == S::Ending) {
                return fixed(j + 1, duration(Some(1.0), u));
            }
            let unit = cal_unit(u)?;
            return date(
                j + 1,
                Expr::Shift {
                    unit,
                    n: 0,
                    from: Anchor::Dct,
                },
            );
        }
        // the same day; "the comparable year-ago quarter" is the year-ago quarter
        if self.is(j, |s| *s == S::Same) {
            if let Some(h) = self.year_earlier(j + 1) {
                return Some(h);
            }
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
        let mut h = self.core(j)?;
        // "the Aug. 7 bombings", "the 1996 election", "the Tuesday deadline", "the eight-year
        // war", "the third-quarter loss": a date or a length that modifies a noun leaves the noun's determiner out ("the
        // 1988 period" keeps it)
        let dated = h.kind == TimexType::Date
            && (self.month_at(j).is_some()
                || h.end == j + 1
                    && (self.tok(j).is_some_and(|t| t.ndigits == 4)
                        || self.is(j, |s| matches!(s, S::Weekday(_)))));
        // (a hyphenated length or quarter is an adjective: "the third-quarter results")
        let hyphened = h.end >= j + 3 && self.punct(h.end - 2, b'-') && self.adj(h.end - 2);
        let length = hyphened
            && (h.kind == TimexType::Duration
                || matches!(h.expr, Expr::Quarter { .. } | Expr::Half { .. }));
        if h.start_skip == 0 && (dated || length) {
            h.start_skip = 1;
        }
        Some(h)
    }

    /// "last year", "a year ago", "a year earlier" at `i`: the end of the phrase.
    fn year_back(&self, i: usize) -> Option<usize> {
        if self.is(i, |s| *s == S::Rel(-1)) && self.is(i + 1, |s| *s == S::Unit(U::Year)) {
            return Some(i + 2);
        }
        (self.is(i, |s| *s == S::Indef)
            && self.is(i + 1, |s| *s == S::Unit(U::Year))
            && self.is(i + 2, |s| matches!(s, S::Ago | S::Earlier)))
        .then_some(i + 3)
    }

    /// Modifier prefixes: approximately, more than, early/mid/late, earlier/later.
    fn modified(&self, i: usize, depth: u8) -> M {
        let t = self.tok(i)?;
        if !t.kinds.any(MODIFIERS) {
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
            let of = self.is(j, |s| *s == S::Of);
            if of {
                j += 1;
            }
            let mut h = match self.phrase(j, depth + 1) {
                Some(h) => h,
                // "end of year", "beginning of month": the current one
                None if of => self.current_unit(j)?,
                None => return None,
            };
            if !is_date_like(&h) || h.start_skip > 0 {
                return None;
            }
            h.m = Some(e);
            return Some(h);
        }
        // EOM, BOY: written in capitals
        if let Some((e, u)) = self.find(i, |s| {
            if let S::EdgeUnit(m, u) = s {
                Some((*m, *u))
            } else {
                None
            }
        }) && self
            .text
            .get(self.tok(i)?.s..self.tok(i)?.e)
            .is_some_and(|w| w.bytes().all(|b| b.is_ascii_uppercase()))
        {
            let mut h = date(
                i + 1,
                Expr::Shift {
                    unit: cal_unit(u)?,
                    n: 0,
                    from: Anchor::Dct,
                },
            )?;
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

    /// Core rules without prefixes ([`G::RULES`]); the longest wins, ties by order.
    fn core(&self, i: usize) -> M {
        let t = self.tok(i)?;
        // Cheap dispatch on the first token: "the" starts no core rule, "a" only amounts.
        // (`only` tests that every sense is one of these variants.)
        let only = |senses: Kinds| t.kinds.0 & !senses.0 == 0;
        if t.is_word() && only(const { Kinds::of(&[S::Det]) }) {
            return None;
        }
        if t.is_word() && only(const { Kinds::of(&[S::Indef, S::MerA]) }) {
            return self.count_led(i).or_else(|| self.sets(i));
        }
        if t.is_word() && only(const { Kinds::of(&[S::HolidayStart, S::OrdSuffix]) }) {
            return self.holiday(i);
        }
        if t.is_word() && only(const { Kinds::of(&[S::That]) }) {
            return self.count_led(i);
        }
        let mut best: M = None;
        for (r, needs) in Self::RULES {
            if t.is_word() && !t.kinds.any(needs) {
                debug_assert!(r(self, i).is_none(), "G::RULES skips a match at token {i}");
                continue;
            }
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
                // "2 1/2 years": a whole number and a simple fraction
                if !decimal
                    && let (Some(n), Some(d)) = (self.num(i + 1), self.num(i + 3))
                    && self.punct(i + 2, b'/')
                    && self.adj(i + 2)
                    && self.adj(i + 3)
                    && self.tok(i + 1).is_some_and(|t| t.gap)
                    && n < d
                    && matches!(d, 2 | 4)
                {
                    return Some((Some(v + n as f64 / d as f64), i + 4));
                }
                Some((Some(v), i + 1))
            }
            Kind::Word => {
                if self.is(i, |s| *s == S::Indef) {
                    // a hundred years, a thousand years
                    if self.is(i + 1, |s| *s == S::Hundred) {
                        return Some((Some(100.0), i + 2));
                    }
                    if self.is(i + 1, |s| *s == S::Thousand) {
                        return Some((Some(1000.0), i + 2));
                    }
                    // a couple of
                    if let Some(n) =
                        self.find(i + 1, |s| if let S::Card(n) = s { Some(*n) } else { None })
                        && self.is(i + 2, |s| *s == S::Of)
                    {
                        return Some((Some(n as f64), i + 3));
                    }
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
                // two thousand years
                if self.is(i + 1, |s| *s == S::Thousand) {
                    return Some((Some((n * 1000) as f64), i + 2));
                }
                // (the next) couple of years
                if n == 2 && self.is(i + 1, |s| *s == S::Of) && self.unit(i + 2).is_some() {
                    return Some((Some(2.0), i + 2));
                }
                Some((Some(n as f64), i + 1))
            }
            Kind::Punct(_) => None,
        }
    }

    /// A duration unit at `i`, optionally after an attached hyphen ("two-year").
    /// A bare week, month or year unit at `i` as the current one ("end of ⟨month⟩").
    fn current_unit(&self, i: usize) -> M {
        let (u, e) = self.unit(i)?;
        let unit =
            cal_unit(u).filter(|c| matches!(c, CalUnit::Week | CalUnit::Month | CalUnit::Year))?;
        date(
            e,
            Expr::Shift {
                unit,
                n: 0,
                from: Anchor::Dct,
            },
        )
    }

    fn unit(&self, i: usize) -> Option<(U, usize)> {
        let j = if self.punct(i, b'-') && self.adj(i) && self.adj(i + 1) {
            i + 1
        } else {
            i
        };
        let u = self.find(j, |s| if let S::Unit(u) = s { Some(*u) } else { None })?;
        Some((u, j + 1))
    }
}
