//! Temporal tagging: finds temporal expressions in text and resolves them to TIMEX3 values
//! against a reference date (the article's publication date) and the narrative.
//!
//! Pipeline, one pass over the text: [`scan`] tokenizes and looks every word up in the
//! [`lexicon`] (language knowledge as data: `lexicon/en.rs`); [`grammar`] combines senses into
//! parsed expressions, longest match first; [`direction`] reads the sentence's tense and cue
//! words; [`resolve`] anchors each expression on typed chrono values; [`value`] renders TIMEX3.
//!
//! Conventions (TimeML / TIMEX3, as in TempEval-3):
//! - Prepositions are signals and stay outside the extent ("on ⟨Tuesday⟩", "since
//!   ⟨December⟩"); "before/after/since/until" add no `mod`. Quantity words do: "more than" →
//!   MORE_THAN, "nearly/almost" → LESS_THAN, "at least" → EQUAL_OR_MORE, "within" →
//!   EQUAL_OR_LESS (outside the extent), "about/around" → APPROX; "early/mid/late" and
//!   "the beginning/middle/end of" → START/MID/END.
//! - Numeric dates are read US-style, month first (`1/2/2022` is January 2), unless the first
//!   number exceeds 12 (`26/1/2022`).
//! - Direction of under-specified dates: [`Prefer::Auto`] takes it from the sentence; with no
//!   cue a weekday is the nearest past one (the DCT's own weekday is the DCT), a month or
//!   month-day the nearest occurrence leaning to the past, and a month-day within 90 days of
//!   the DCT is the near one whatever the tense. [`Prefer::Past`]/[`Prefer::Future`] override
//!   the sentence (an assistant's "Tuesday" said on a Tuesday is next week's).
//! - Anaphoric expressions ("the day before", "two days later", "the following week") count
//!   from the last day-level date the text resolved; "that year" from the last period of any
//!   grain; "a year earlier" in a results report is the reporting quarter a year back.
//! - "N weeks ago"/"in N weeks" resolve to a day (Duckling's reading), months and years to
//!   their own grain (TimeML's).
//! - Durations are written as TimeBank writes them: a fraction in the next smaller unit
//!   ("2 1/2 years" P2Y6M, "5 1/2 hours" PT5H30M), quarters in quarters (P2Q, every quarter
//!   P1Q), "in recent years" as a duration of unknown length (PXY).
//! - Words whose calendar sense is doubtful are filtered by context: "may" (modal), "March"
//!   (verb, names), "fall", names such as "The Sunday Times", counts and model numbers
//!   ("100,000 troops", "F-16", "Boeing 737"), ages ("6-year-old"); impossible dates
//!   ("February 30", "the 45th of May") are swallowed, not tagged. "Now," opening a sentence
//!   is a discourse marker, "the future of X" and "a quarter of the market" are not times.
//!
//! ```
//! use timeline::tag::{tag, TagOptions};
//! use chrono::NaiveDate;
//! let dct = NaiveDate::from_ymd_opt(2022, 2, 1);
//! let found = tag("Putin said on Tuesday that ...", dct, &TagOptions::default());
//! assert!(found.iter().any(|t| t.value.to_string() == "2022-02-01"));
//! ```

pub mod calendars;
pub mod direction;
pub mod grammar;
pub mod hindu;
pub mod holidays;
pub mod lexicon;
pub mod resolve;
pub mod scan;
pub mod value;

use chrono::{Datelike, NaiveDate};
use resolve::{Ctx, Direction};
use serde::Serialize;
pub use value::{Granularity, Mod, TimexType, TimexValue};

/// Which way an under-specified date ("Tuesday", "January 26") points when the sentence
/// gives no cue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Prefer {
    /// Nearest past (news reporting), unless tense or cue words say otherwise.
    #[default]
    Auto,
    /// Always the past (or the reference day itself).
    Past,
    /// Always the future (or the reference day itself); Duckling's assistant convention.
    Future,
}

/// Options of the tagger.
#[derive(Debug, Clone, Default)]
pub struct TagOptions {
    pub prefer: Prefer,
}

/// One temporal expression found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Timex {
    /// Byte offset of the first byte of the expression in the tagged text.
    pub start: usize,
    /// Byte offset one past the expression's last byte.
    pub end: usize,
    /// The expression as written.
    pub text: String,
    pub kind: TimexType,
    pub value: TimexValue,
    pub modifier: Option<Mod>,
}

/// The `timeline tag` output record: offsets in Unicode scalar values, end exclusive.
#[derive(Debug, Clone, Serialize)]
pub struct TimexRecord {
    pub start: usize,
    pub end: usize,
    pub text: String,
    #[serde(rename = "type")]
    pub kind: TimexType,
    pub value: String,
    #[serde(rename = "mod", skip_serializing_if = "Option::is_none")]
    pub modifier: Option<&'static str>,
}

/// How many tokens after a named quarter "a year earlier" still means that quarter.
const QUARTER_SPAN: usize = 150;

/// Converts byte-offset timexes (sorted by start) to char-offset records in one pass.
pub fn to_records(text: &str, timexes: &[Timex]) -> Vec<TimexRecord> {
    let mut out = Vec::with_capacity(timexes.len());
    let mut chars_before = 0usize;
    let mut byte_pos = 0usize;
    let mut char_at = |b: usize| -> usize {
        if b >= byte_pos {
            chars_before += text[byte_pos..b].chars().count();
        } else {
            chars_before = text[..b].chars().count();
        }
        byte_pos = b;
        chars_before
    };
    for t in timexes {
        let s = char_at(t.start);
        let e = char_at(t.end);
        out.push(TimexRecord {
            start: s,
            end: e,
            text: t.text.clone(),
            kind: t.kind,
            value: t.value.to_string(),
            modifier: t.modifier.map(Mod::as_str),
        });
    }
    out
}

/// Tags `text`, resolving relative expressions against `dct` (the document creation time).
/// With no `dct`, absolute dates are still resolved and relative ones come back as
/// [`TimexValue::Unresolved`]. Results are sorted by position and never overlap.
///
/// Direction policy for under-specified dates: with [`Prefer::Auto`] the sentence decides
/// (tense, modals, cue words); without a cue a weekday is the nearest past one (or the DCT
/// itself) and a month or month-day the nearest occurrence. Numeric dates are read US-style,
/// month first (`1/2/2022` is January 2), unless the first number exceeds 12.
pub fn tag(text: &str, dct: Option<NaiveDate>, opts: &TagOptions) -> Vec<Timex> {
    let toks = scan::tokenize(text);
    let cands = grammar::find(&toks, text);
    let mut out = Vec::with_capacity(cands.len());
    let mut narrative = dct;
    let mut last_quarter: Option<(i32, u32)> = None;
    let mut quarter_at = 0usize;
    let mut report_quarter: Option<(i32, u32)> = None;
    let mut coarse = None;
    for c in cands {
        // a reporting quarter stays the topic for a few sentences only
        let lq = last_quarter.filter(|_| c.a.saturating_sub(quarter_at) <= QUARTER_SPAN);
        // "since Christmas": the word before decides, as surely as a caller's preference; so
        // does a happening named right after the date.
        let bound = c.a > 0
            && toks[c.a - 1].is_word()
            && text
                .get(toks[c.a - 1].s..toks[c.a - 1].e)
                .is_some_and(lexicon::is_past_bound)
            // "the 20 April explosion", "Tuesday's bombing": a happening that took place.
            || toks.get(c.b).is_some_and(|t| {
                t.is_word() && text.get(t.s..t.e).is_some_and(lexicon::is_past_happening)
            });
        let dir = match opts.prefer {
            Prefer::Past => Direction::Past,
            Prefer::Future => Direction::Future,
            Prefer::Auto if bound => Direction::Past,
            Prefer::Auto => direction::direction(&toks, text, c.a, c.b),
        };
        let ctx = Ctx {
            dct,
            forced: opts.prefer != Prefer::Auto || bound,
            narrative,
            dir,
            last_quarter: lq,
            report_quarter,
            coarse,
        };
        let Some(value) = resolve::resolve(&c.expr, &ctx) else {
            continue;
        };
        match value {
            TimexValue::Day(d)
            | TimexValue::DayPart { date: d, .. }
            | TimexValue::Time { date: d, .. } => narrative = Some(d),
            // Only a quarter the text names sets the reporting period ("a year earlier" must
            // not feed itself).
            TimexValue::Quarter { year, quarter }
                if matches!(
                    c.expr,
                    resolve::Expr::Quarter { .. } | resolve::Expr::LatestQuarter
                ) =>
            {
                // A quarter the sentence looks ahead to that is not over yet ("expects a weak
                // fourth quarter") is a forecast: no result of it is reported, so it is neither
                // the period under discussion nor the report's period.
                let done = dct.is_some_and(|d| (year, quarter) < (d.year(), d.month0() / 3 + 1));
                if done || dir != Direction::Future {
                    last_quarter = Some((year, quarter));
                    quarter_at = c.b;
                    // The first quarter a report names is what it is about.
                    if report_quarter.is_none() && matches!(c.expr, resolve::Expr::Quarter { .. }) {
                        report_quarter = Some((year, quarter));
                    }
                }
            }
            _ => {}
        }
        if !matches!(
            c.expr,
            resolve::Expr::Shift {
                from: resolve::Anchor::Narrative,
                ..
            }
        ) && let Some((a, _)) = value.interval()
        {
            coarse = Some(a);
        }
        let kind = match (&value, c.kind) {
            (TimexValue::Time { .. } | TimexValue::DayPart { .. }, _) => TimexType::Time,
            (TimexValue::Duration { .. }, _) => TimexType::Duration,
            (TimexValue::Set(_), _) => TimexType::Set,
            (_, TimexType::Time | TimexType::Set) => TimexType::Date,
            (_, k) => k,
        };
        let (Some(s), Some(e)) = (toks.get(c.a), toks.get(c.b.saturating_sub(1))) else {
            continue;
        };
        let (start, end) = (s.s, e.e);
        let Some(t) = text.get(start..end) else {
            continue;
        };
        out.push(Timex {
            start,
            end,
            text: t.to_string(),
            kind,
            value,
            modifier: c.modifier,
        });
    }
    out
}
