//! More grammar rules: clock times, years and decades, seasons, reference words
//! (now/recently/the future), sets (every Monday, daily) and holidays.

use super::{G, M, date, fixed, hit, set_code};
use crate::tag::lexicon::{self, Sense as S};
use crate::tag::resolve::{Anchor, CalUnit, Expr};
use crate::tag::scan::Kind;
use crate::tag::value::{DurationUnit, Mod, PartOfDay, TimexType, TimexValue};
use std::collections::HashMap;
use std::sync::LazyLock;

type HolidayPhrase = (&'static [&'static str], lexicon::Holiday);

/// Holiday names by their first word, built once.
fn holiday_index() -> &'static HashMap<&'static str, Vec<HolidayPhrase>> {
    static INDEX: LazyLock<HashMap<&'static str, Vec<HolidayPhrase>>> = LazyLock::new(|| {
        let mut m: HashMap<&'static str, Vec<HolidayPhrase>> = HashMap::new();
        let all = lexicon::en::HOLIDAY_PHRASES
            .iter()
            .chain(lexicon::en_holidays::PHRASES);
        for (words, h) in all {
            if let Some(first) = words.first() {
                m.entry(*first).or_default().push((*words, *h));
            }
        }
        m
    });
    &INDEX
}

impl G<'_> {
    /// A meridiem at `i`: "pm", "p.m.", "PM" → (is_pm, next).
    fn meridiem(&self, i: usize) -> Option<(bool, usize)> {
        if let Some(pm) = self.find(i, |s| {
            if let S::Meridiem(p) = s {
                Some(*p)
            } else {
                None
            }
        }) {
            let j = if self.punct(i + 1, b'.') && self.adj(i + 1) {
                i + 2
            } else {
                i + 1
            };
            return Some((pm, j));
        }
        let pm = if self.is(i, |s| *s == S::MerP) {
            true
        } else if self.is(i, |s| *s == S::MerA) {
            false
        } else {
            return None;
        };
        if self.punct(i + 1, b'.')
            && self.adj(i + 1)
            && self.is(i + 2, |s| *s == S::MerM)
            && self.adj(i + 2)
        {
            let j = if self.punct(i + 3, b'.') && self.adj(i + 3) {
                i + 4
            } else {
                i + 3
            };
            return Some((pm, j));
        }
        None
    }

    /// A clock time at `i`: 3 p.m., 3pm, 3:30 p.m., 15:30, noon, midnight, 5 o'clock.
    pub(super) fn clock(&self, i: usize) -> Option<(u32, u32, usize)> {
        if self.is(i, |s| *s == S::Noon) {
            return Some((12, 0, i + 1));
        }
        if self.is(i, |s| *s == S::Midnight) {
            return Some((24, 0, i + 1));
        }
        let t = self.tok(i)?;
        let h = t.plain_num()?;
        if t.ndigits > 2 || h > 24 {
            return None;
        }
        let mut j = i + 1;
        let mut mi = 0u64;
        let mut has_min = false;
        if self.punct(j, b':') && self.adj(j) && self.adj(j + 1) {
            let mt = self.tok(j + 1)?;
            if mt.ndigits == 2 && mt.plain_num()? < 60 {
                mi = mt.num;
                has_min = true;
                j += 2;
                // seconds
                if self.punct(j, b':') && self.adj(j) && self.num(j + 1).is_some() {
                    j += 2;
                }
            } else {
                return None;
            }
        }
        if let Some((pm, k)) = self.meridiem(j) {
            if h == 0 || h > 12 {
                return None;
            }
            let h24 = match (pm, h) {
                (true, 12) => 12,
                (true, h) => h + 12,
                (false, 12) => 0,
                (false, h) => h,
            };
            return Some((h24 as u32, mi as u32, k));
        }
        if self.is(j, |s| *s == S::ClockO)
            && self.punct(j + 1, b'\'')
            && self.is(j + 2, |s| *s == S::OClock)
        {
            j += 3;
            if let Some((h24, k)) = self.in_the_day_part(j, h) {
                return Some((h24, mi as u32, k));
            }
            return Some((h as u32, 0, j));
        }
        // "4 in the morning", "7:30 in the evening"
        if let Some((h24, k)) = self.in_the_day_part(j, h) {
            return Some((h24, mi as u32, k));
        }
        if has_min && h < 24 {
            return Some((h as u32, mi as u32, j));
        }
        None
    }

    /// "in the morning/afternoon/evening", "at night" after an hour of the 12-hour clock at
    /// `j`: the 24-hour hour and the end of the phrase. The part of day must end the phrase
    /// ("3 in the morning session" is no time).
    fn in_the_day_part(&self, j: usize, h: u64) -> Option<(u32, usize)> {
        if !(1..=12).contains(&h) || !self.eq_word(j, "in") && !self.eq_word(j, "at") {
            return None;
        }
        let k = if self.eq_word(j, "in") && self.is(j + 1, |s| *s == S::Det) {
            j + 2
        } else {
            j + 1
        };
        let p = self.part_of_day(k)?;
        if self.tok(k + 1).is_some_and(|t| t.is_word())
            && !self.is(k + 1, |s| matches!(s, S::Prep | S::Cue(_)))
        {
            return None;
        }
        let h = h as u32;
        let h24 = match (p, self.eq_word(j, "at")) {
            (PartOfDay::Morning, false) if h < 12 => h,
            (PartOfDay::Afternoon, false) if h < 7 || h == 12 => h % 12 + 12,
            (PartOfDay::Evening, false) if (5..12).contains(&h) => h + 12,
            (PartOfDay::Night, true) if (6..12).contains(&h) => h + 12,
            _ => return None,
        };
        Some((h24, k + 1))
    }

    /// A clock time with an optional zone and day: "3 p.m. Friday", "10 a.m. EST today".
    pub(super) fn time_of_day(&self, i: usize) -> M {
        let (h, mi, mut j) = self.clock(i)?;
        if self.is(j, |s| matches!(s, S::Zone(_))) {
            j += 1;
        }
        let k = if self.is(j, |s| *s == S::Prep) && !self.is(j, |s| *s == S::At) {
            j + 1
        } else {
            j
        };
        let day = if let Some(n) = self.find(k, |s| {
            if let S::DayWord(n) = s {
                Some(*n)
            } else {
                None
            }
        }) {
            Some((Expr::DayOffset(n), k + 1))
        } else {
            self.find(k, |s| {
                if let S::Weekday(w) = s {
                    Some(*w)
                } else {
                    None
                }
            })
            .map(|wd| (Expr::Weekday { wd, rel: None }, k + 1))
        };
        let day = day.or_else(|| {
            let h = self.month_first(if self.punct(k, b',') { k + 1 } else { k })?;
            matches!(
                h.expr,
                Expr::MonthDay { .. } | Expr::Fixed(TimexValue::Day(_))
            )
            .then_some((h.expr, h.end))
        });
        let (day, end) = day.unwrap_or((
            Expr::Shift {
                unit: CalUnit::Day,
                n: 0,
                from: Anchor::Narrative,
            },
            j,
        ));
        hit(end, Expr::WithTime(Box::new(day), h, mi), TimexType::Time)
    }

    /// 1997, the 1990s, '90s, fiscal 1989, the year 2000.
    pub(super) fn year_num(&self, i: usize) -> M {
        // the nineties, the early sixties ("in his sixties" is an age)
        if let Some(n) = self.find(i, |s| {
            if let S::DecadeWord(n) = s {
                Some(*n)
            } else {
                None
            }
        }) {
            let det = i > 0
                && (self.is(i - 1, |s| *s == S::Det)
                    || self.is(i - 1, |s| matches!(s, S::Edge(_)))
                        && i > 1
                        && self.is(i - 2, |s| *s == S::Det));
            // the decades of the 20th century: "the twenties" of 2020s news stays rare
            return det.then(|| fixed(i + 1, TimexValue::Decade((1900 + n as i32) / 10)))?;
        }
        // '90s
        if self.punct(i, b'\'') {
            let t = self.tok(i + 1)?;
            let n = t.plain_num()?;
            if t.ndigits == 2
                && self.adj(i + 1)
                && self.is(i + 2, |s| *s == S::PluralS)
                && self.adj(i + 2)
                && n % 10 == 0
            {
                let y = super::two_digit_year(n);
                return fixed(i + 3, TimexValue::Decade(y / 10));
            }
            return None;
        }
        // a year in words after a preposition or "the year": "in nineteen ninety-six"
        let year_word = self.is(i, |s| *s == S::Year);
        let at = if year_word { i + 1 } else { i };
        // "nineteen ninety-six" (teens then tens) reads as a year anywhere
        // ("ten thirty", "twelve fifteen" are clock times, so only 15xx to 20xx)
        let teens_tens = self.is(at, |s| matches!(s, S::Card(15..=20)))
            && self.is(at + 1, |s| matches!(s, S::Tens(_)));
        if (year_word || teens_tens || i > 0 && self.is(i - 1, |s| matches!(s, S::Prep | S::Year)))
            && let Some((y, e)) = self.spelled_year(at)
        {
            return fixed(e, TimexValue::Year(y));
        }
        // year-end: the last day of the year
        if self.is(i, |s| *s == S::Unit(DurationUnit::Year))
            && self.punct(i + 1, b'-')
            && self.adj(i + 1)
            && self.is(i + 2, |s| *s == S::Edge(Mod::End))
        {
            return date(
                i + 3,
                Expr::Holiday {
                    h: lexicon::Holiday::Fixed(12, 31),
                    year: None,
                    rel: Some(0),
                },
            );
        }
        // "by year end", "by year's end": the end of the current year, as "the end of the
        // year" (the year, mod END)
        if self.is(i, |s| *s == S::Unit(DurationUnit::Year)) {
            let k = if self.punct(i + 1, b'\'') && self.is(i + 2, |s| *s == S::PluralS) {
                i + 3
            } else {
                i + 1
            };
            if self.tok(k).is_some_and(|t| t.gap) && self.is(k, |s| *s == S::Edge(Mod::End)) {
                let mut h = date(
                    k + 1,
                    Expr::Shift {
                        unit: CalUnit::Year,
                        n: 0,
                        from: Anchor::Dct,
                    },
                )?;
                h.m = Some(Mod::End);
                return Some(h);
            }
        }
        let fiscal = self.is(i, |s| *s == S::Fiscal);
        // fiscal first quarter, fiscal-second-quarter: the quarter, "fiscal" in the extent
        if fiscal {
            let k = if self.punct(i + 1, b'-') && self.adj(i + 1) {
                i + 2
            } else {
                i + 1
            };
            if let Some(h) = self.ordinal_led(k)
                && matches!(h.expr, Expr::Quarter { .. } | Expr::Half { .. })
            {
                return Some(h);
            }
        }
        let j = if fiscal { i + 1 } else { i };
        let t = self.tok(j)?;
        let n = t.plain_num()?;
        if t.ndigits != 4 {
            return None;
        }
        let y = n as i32;
        // 1990s
        if self.is(j + 1, |s| *s == S::PluralS) && self.adj(j + 1) {
            if n % 10 == 0 {
                return fixed(j + 2, TimexValue::Decade(y / 10));
            }
            return None;
        }
        // the 1988 period / the 1988 quarter
        if self.is(j + 1, |s| matches!(s, S::Period | S::Quarter)) && !fiscal {
            return date(j + 2, Expr::YearPeriod(y));
        }
        if let Some(h) = self.ordinal_led(j + 1)
            && let Expr::Quarter { q, year: None } = h.expr
        {
            return date(h.end, Expr::Quarter { q, year: Some(y) });
        }
        if fiscal {
            return fixed(j + 1, TimexValue::Year(y));
        }
        // Not a year: a price, a model number (Boeing 737, F-16), a count (2000 people), a
        // percentage, a time, a range start glued to a number.
        let prev = if i > 0 { self.tok(i - 1) } else { None };
        if let Some(p) = prev {
            if matches!(p.kind, Kind::Punct(b'$' | b'#' | 0)) && !t.gap {
                return None;
            }
            if p.is_punct(b'-')
                && !t.gap
                && i >= 2
                && self.tok(i - 2).is_some_and(|q| {
                    !p.gap && q.is_word() && !q.senses.iter().any(|s| matches!(s, S::Edge(_)))
                })
            {
                return None;
            }
            if p.has_kind(S::NotYearBefore) {
                return None;
            }
            // "Orion 1980", "Expo 2000": part of a name
            if p.is_word()
                && p.cap
                && p.senses.is_empty()
                && i >= 2
                && !self.punct(i - 2, b'.')
                && !self.tok(i - 1).is_some_and(|t| t.para)
                && self.tok(i + 1).is_some()
            {
                return None;
            }
            if p.kind == Kind::Punct(b'.') && !t.gap {
                return None;
            }
        }
        // "at 1737GMT", "1925 GMT": a 24-hour clock time with its zone, never a year.
        if self.punct(i + 1, b'%')
            || self.punct(i + 1, b':') && self.adj(i + 1)
            || self.is(i + 1, |s| *s == S::CountNoun)
            || self.is(i + 1, |s| matches!(s, S::Zone(_)))
        {
            return None;
        }
        if self.punct(i + 1, b'-')
            && self.adj(i + 1)
            && self
                .num(i + 2)
                .is_some_and(|_| self.tok(i + 2).is_some_and(|t| t.ndigits > 2))
        {
            return None;
        }
        let ctx = i > 0
            && self.is(i - 1, |s| {
                matches!(
                    s,
                    S::Prep | S::Of | S::Det | S::Month(_) | S::Year | S::Season(_) | S::And
                )
            });
        if !((1900..=2099).contains(&n) || ctx && (1000..=2999).contains(&n)) {
            return None;
        }
        fixed(i + 1, TimexValue::Year(y))
    }

    /// summer 2011, the spring, last fall (via rel_word), winter of 1998.
    pub(super) fn season(&self, i: usize) -> M {
        let season = self.find(i, |s| if let S::Season(x) = s { Some(*x) } else { None })?;
        let k = if self.is(i + 1, |s| *s == S::Of) {
            i + 2
        } else {
            i + 1
        };
        if let Some((y, e)) = self.year_after(k) {
            return date(
                e,
                Expr::Season {
                    season,
                    year: Some(y),
                    rel: None,
                },
            );
        }
        // A bare season needs a determiner or preposition ("prices fall" is a verb), and
        // "the fall of Rome" is an event.
        let ok = i > 0
            && self.is(i - 1, |s| {
                matches!(s, S::Det | S::Prep | S::Edge(_) | S::That)
            });
        if !ok || self.is(i + 1, |s| *s == S::Of) || self.name_follows(i + 1) {
            return None;
        }
        // "began to fall apart": after "to" a season word is a verb unless it closes a range
        // of seasons ("from spring to fall").
        if self.is(i - 1, |s| *s == S::RangeTo)
            && !(i.saturating_sub(4)..i - 1).any(|k| self.is(k, |s| matches!(s, S::Season(_))))
        {
            return None;
        }
        date(
            i + 1,
            Expr::Season {
                season,
                year: None,
                rel: None,
            },
        )
    }

    /// now, currently, recently, formerly, soon, current, recent (years).
    pub(super) fn refs(&self, i: usize) -> M {
        let t = self.tok(i)?;
        if t.senses.iter().any(|s| matches!(s, S::Rel(_) | S::Latest)) {
            // "recent years": an unspecified stretch up to now, a DURATION of unknown length
            // (PXY), as TimeBank writes it.
            if self.is(i, |s| *s == S::PastRef) && self.is(i, |s| *s == S::Latest) {
                if self.is_plural(i + 1) {
                    let (u, k) = self.unit(i + 1)?;
                    return fixed(k, super::duration(None, u));
                }
                return None;
            }
            if self.is(i, |s| *s == S::PresentRef)
                && self.tok(i + 1).is_some_and(|n| n.is_word())
                && !self.is(i + 1, |s| matches!(s, S::Unit(_) | S::Quarter))
            {
                return fixed(i + 1, TimexValue::PresentRef);
            }
            return None;
        }
        // future quarters, future years
        if self.is(i, |s| *s == S::FutureRef) && self.is_plural(i + 1) {
            let (_, k) = self.unit(i + 1)?;
            return fixed(k, TimexValue::FutureRef);
        }
        // "it will soon begin": ahead of now; "as soon as", "soon after" are conjunctions and
        // "was soon released", "soon became" tell a past story
        if self.is(i, |s| *s == S::Soon) {
            let past = |k: usize| self.is(k, |s| *s == S::Cue(lexicon::Dir::Past));
            let conj = i > 0 && self.is(i - 1, |s| matches!(s, S::As | S::So))
                || self.is(i + 1, |s| matches!(s, S::As | S::After | S::Before));
            if conj || i > 0 && past(i - 1) || past(i + 1) {
                return None;
            }
            return fixed(i + 1, TimexValue::FutureRef);
        }
        // "Now, he says, …": a discourse marker
        if t.cap && self.is(i, |s| *s == S::Marker) && self.punct(i + 1, b',') {
            return None;
        }
        for s in t.senses {
            match s {
                S::PresentRef => return fixed(i + 1, TimexValue::PresentRef),
                S::PastRef => return fixed(i + 1, TimexValue::PastRef),
                // bare "future" is an adjective ("future losses"); "the future" is handled
                // with its determiner
                _ => {}
            }
        }
        None
    }

    /// "these days": the present.
    pub(super) fn these_days(&self, i: usize) -> M {
        (self.is(i, |s| *s == S::These)
            && self.is(i + 1, |s| {
                *s == S::Unit(crate::tag::value::DurationUnit::Day)
            })
            && self.is_plural(i + 1))
        .then(|| fixed(i + 2, TimexValue::PresentRef))?
    }

    /// every Monday, each year, every two weeks, daily, twice a week, Mondays.
    pub(super) fn sets(&self, i: usize) -> M {
        if let Some(u) = self.find(i, |s| {
            if let S::SetAdverb(u) = s {
                Some(*u)
            } else {
                None
            }
        }) {
            return fixed(i + 1, TimexValue::Set(set_code(u, 1)));
        }
        if self.is(i, |s| *s == S::Every) {
            let mut j = i + 1;
            let mut n = 1u32;
            if self.is(j, |s| *s == S::Other) {
                n = 2;
                j += 1;
            }
            if let Some(wd) = self.find(j, |s| {
                if let S::Weekday(w) = s {
                    Some(*w)
                } else {
                    None
                }
            }) {
                return fixed(
                    j + 1,
                    TimexValue::Set(format!("XXXX-WXX-{}", wd.number_from_monday())),
                );
            }
            if let Some(p) = self.part_of_day(j) {
                return fixed(j + 1, TimexValue::Set(format!("XXXX-XX-XXT{}", p.code())));
            }
            if let Some((m, true)) = self.month_at(j) {
                return fixed(j + 1, TimexValue::Set(format!("XXXX-{m:02}")));
            }
            if let Some((Some(c), k)) = self.count(j)
                && let Some((u, k2)) = self.unit(k)
                && c.fract() == 0.0
                && c > 0.0
                && c < 1000.0
            {
                return fixed(k2, TimexValue::Set(set_code(u, c as u32 * n)));
            }
            if let Some((u, k)) = self.unit(j) {
                return fixed(k, TimexValue::Set(set_code(u, n)));
            }
            return None;
        }
        // twice a week, three times a year
        let (times, j) = match self.find(i, |s| if let S::Times(n) = s { Some(*n) } else { None }) {
            Some(n) => (n, i + 1),
            None => {
                let (c, k) = self.count(i)?;
                if !self.is(k, |s| *s == S::TimesWord) {
                    return None;
                }
                let _ = c?;
                (0, k + 1)
            }
        };
        let _ = times;
        if self.is(j, |s| matches!(s, S::Indef | S::Per))
            && let Some((u, k)) = self.unit(j + 1)
        {
            return fixed(k, TimexValue::Set(set_code(u, 1)));
        }
        None
    }

    /// A capitalised word the lexicon does not know follows: the calendar word is part of a
    /// name ("Winter Olympics").
    pub(super) fn name_follows(&self, k: usize) -> bool {
        self.tok(k)
            .is_some_and(|t| t.is_word() && t.cap && t.senses.is_empty())
            && self.tok(k.wrapping_sub(1)).is_some_and(|p| p.cap)
    }

    /// Christmas, New Year's Day, Thanksgiving 2013, Easter Monday.
    pub(super) fn holiday(&self, i: usize) -> M {
        let t = self.tok(i)?;
        if !self.is(i, |s| matches!(s, S::Holiday(_) | S::HolidayStart)) {
            return None;
        }
        let mut best: Option<(usize, lexicon::Holiday, &[&str])> = None;
        let word = self.text.get(t.s..t.e)?;
        let mut buf = [0u8; 24];
        let lower = buf.get_mut(..word.len())?;
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        let phrases = holiday_index().get(std::str::from_utf8(lower).ok()?)?;
        for (words, h) in phrases {
            let mut k = i;
            let mut ok = true;
            for w in words.iter() {
                // skip apostrophes, hyphens and a possessive s
                while k > i && (self.punct(k, b'\'') || self.punct(k, b'-'))
                    || self.is(k, |s| *s == S::PluralS) && self.punct(k.wrapping_sub(1), b'\'')
                {
                    k += 1;
                }
                let matched = if *w == "." {
                    self.punct(k, b'.')
                } else {
                    self.eq_word(k, w)
                };
                if !matched {
                    ok = false;
                    break;
                }
                k += 1;
            }
            if ok && best.is_none_or(|b| k > b.0) {
                best = Some((k, *h, words));
            }
        }
        let (k, h, words) = best?;
        if !t.cap && lexicon::en::CAPITALISED_HOLIDAY_PHRASES.contains(&words) {
            return None;
        }
        // "the Good Friday Agreement", "Christmas Island" are names
        if self.name_follows(k) {
            return None;
        }
        // A single capitalised common word is not a holiday.
        if k == i + 1 && !self.is(i, |s| matches!(s, S::Holiday(_))) {
            return None;
        }
        let kk = if self.is(k, |s| *s == S::Of) {
            k + 1
        } else {
            k
        };
        // A run of days (Passover, Ramadan) is a TIMEX3 duration anchored on its days.
        let kind = if h.is_span() {
            TimexType::Duration
        } else {
            TimexType::Date
        };
        // "Diwali 2019", "Christmas of 2019", "Deepavali in 2019"
        let in_year = || {
            self.is(k, |s| *s == S::Within)
                .then(|| self.year_after(k + 1))
                .flatten()
        };
        let (year, end) = match self
            .year_after(kk)
            .or_else(in_year)
            .or_else(|| self.thousand_year(kk))
        {
            Some((y, e)) => (Some(y), e),
            None => (None, k),
        };
        if year.is_none()
            && let Some(of) = self.year_of(k)
        {
            let expr = Expr::HolidayInYearOf {
                h,
                of: Box::new(of.expr),
            };
            return hit(of.end, expr, kind);
        }
        let day = Expr::Holiday { h, year, rel: None };
        // "Easter week", "Thanksgiving week": the week of that day
        if !h.is_span()
            && self.is(end, |s| *s == S::Unit(DurationUnit::Week))
            && !self.is_plural(end)
            && !self.is(end + 1, |s| {
                matches!(s, S::Before | S::After | S::Earlier | S::Later)
            })
        {
            return date(end + 1, Expr::WeekOf(Box::new(day)));
        }
        hit(end, day, kind)
    }

    /// "two thousand (and) ten" after a holiday name: a year only with its last part
    /// ("Easter two thousand troops" is no year).
    fn thousand_year(&self, k: usize) -> Option<(i32, usize)> {
        let c = self.find(k, |s| if let S::Card(n) = s { Some(*n) } else { None })?;
        if !(1..=2).contains(&c) || !self.is(k + 1, |s| *s == S::Thousand) {
            return None;
        }
        let j = if self.is(k + 2, |s| *s == S::And) {
            k + 3
        } else {
            k + 2
        };
        match self.count(j)? {
            (Some(n), e) if n.fract() == 0.0 && (1.0..100.0).contains(&n) => {
                (!self.is(j, |s| *s == S::Indef)).then_some((c as i32 * 1000 + n as i32, e))
            }
            _ => None,
        }
    }

    /// After a holiday name, what fixes its year relative to the DCT: "of next year",
    /// "in a year", "3 months ago", "9 months from now".
    fn year_of(&self, k: usize) -> M {
        let of = self.is(k, |s| *s == S::Of);
        let skip = of || self.is(k, |s| *s == S::Within);
        let h = self.phrase(if skip { k + 1 } else { k }, 2)?;
        let ok = match h.expr {
            Expr::Shift {
                unit: CalUnit::Year,
                from: Anchor::Dct,
                ..
            } => true,
            Expr::Offset {
                from: Anchor::Dct, ..
            }
            | Expr::YearEarlier(Anchor::Dct) => !of,
            _ => false,
        };
        ok.then_some(h)
    }
}
