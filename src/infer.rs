//! Inference of a missing publication date (`timeline build --infer-dates`).
//!
//! An article without a date can still say when it was written: "last week" has to contain
//! the "January 26" it talks about, "on Tuesday" in a news report is a Tuesday of the last
//! few days, a full date such as "March 3, 2022" is (usually) in the past, and the other
//! articles of the same story were published around the same days and report the same
//! events. [`infer_publication_date`] tries every candidate day of a bounded window (at most
//! [`MAX_CANDIDATES`]), tags the text against each one, scores how consistent the resolved
//! dates are, and keeps the best day (the earliest on a tie).
//!
//! The result is an estimate: a wrong date shifts every relative date of the article. Its
//! `confidence` is the share of the candidates' (softmax) weight that lies within one day of
//! the chosen date, scaled down when few expressions constrain it.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Duration, NaiveDate};

use crate::model::Article;
use crate::tag::{Granularity, TagOptions, Timex, TimexValue, tag};

/// Largest number of candidate days tried for one article.
pub const MAX_CANDIDATES: usize = 91;

/// Days around the other articles' dates that cost nothing.
const SLACK_DAYS: i64 = 7;

/// Softmax temperature of the scores when computing the confidence.
const TEMPERATURE: f64 = 0.5;

/// An inferred publication date.
#[derive(Debug, Clone, PartialEq)]
pub struct Inferred {
    pub date: NaiveDate,
    /// 0..1: how much of the evidence points to this date (±1 day).
    pub confidence: f32,
    /// The expressions that fixed the date, for a human to check.
    pub evidence: String,
}

/// What the dated articles of a story say: their publication dates and the days their
/// expressions resolve to (with the number of articles naming each day). Computed once per
/// build and shared by every undated article.
#[derive(Debug, Clone, Default)]
pub struct Story {
    /// Article id → publication date, for the dated articles.
    dates: BTreeMap<String, NaiveDate>,
    /// Day → ids of the dated articles that mention it.
    days: BTreeMap<NaiveDate, BTreeSet<String>>,
}

impl Story {
    /// Tags the dated articles among `articles` against their own publication dates.
    pub fn new(articles: &[Article], opts: &TagOptions) -> Story {
        let mut story = Story::default();
        for a in articles {
            let Some(dct) = a.published else { continue };
            story.dates.insert(a.id.clone(), dct);
            for t in tag(&a.text, Some(dct), opts) {
                if let Some(d) = t.value.day() {
                    story.days.entry(d).or_default().insert(a.id.clone());
                }
            }
        }
        story
    }

    /// Publication dates of the dated articles other than `id`, sorted.
    fn other_dates(&self, id: &str) -> Vec<NaiveDate> {
        let mut v: Vec<NaiveDate> = self
            .dates
            .iter()
            .filter(|(k, _)| k.as_str() != id)
            .map(|(_, d)| *d)
            .collect();
        v.sort();
        v
    }

    /// Number of dated articles other than `id` that mention day `d`.
    fn mentioned_by(&self, d: NaiveDate, id: &str) -> usize {
        self.days
            .get(&d)
            .map_or(0, |ids| ids.iter().filter(|k| k.as_str() != id).count())
    }
}

/// Estimates the publication date of `article` from its own dates and from `others` (the
/// other articles of the same story; their dated ones are used). None when nothing anchors
/// the year: no full date in the text and no dated article among `others`.
pub fn infer_publication_date(article: &Article, others: &[Article]) -> Option<Inferred> {
    let opts = TagOptions::default();
    infer_with(article, &Story::new(others, &opts), &opts).ok()
}

/// [`infer_publication_date`] against a precomputed [`Story`]; the error says why no date
/// could be inferred and what to do.
pub fn infer_with(article: &Article, story: &Story, opts: &TagOptions) -> Result<Inferred, String> {
    let base = tag(&article.text, None, opts);
    // Expressions the text dates by itself (with a year): they do not move with the DCT.
    let absolute: BTreeSet<(usize, usize)> = base
        .iter()
        .filter(|t| t.value.interval().is_some())
        .map(|t| (t.start, t.end))
        .collect();
    let anchors: Vec<NaiveDate> = base.iter().filter_map(|t| t.value.day()).collect();
    let shapes: BTreeMap<(usize, usize), Shape> = base
        .iter()
        .map(|t| ((t.start, t.end), Shape::of(&t.value)))
        .collect();
    let others = story.other_dates(&article.id);
    let candidates = window(anchors.iter().max().copied(), &others).ok_or_else(|| {
        "no publication date could be inferred: the text has no full date (with a year) and no \
         other article of the story is dated; give the date in a `date:` header or in \
         articles.toml"
            .to_string()
    })?;

    let tagged: Vec<(NaiveDate, Vec<Timex>)> = candidates
        .iter()
        .map(|&d| (d, tag(&article.text, Some(d), opts)))
        .collect();
    // A weekday name the tense points to the future ("will meet on Friday") says nothing
    // about how recent the article is: only those resolved before some candidate count.
    let mut past = BTreeSet::new();
    let mut future = BTreeSet::new();
    for (d, timexes) in &tagged {
        for t in timexes {
            if let Some(x) = t.value.day() {
                if x < *d {
                    past.insert((t.start, t.end));
                } else if x > *d {
                    future.insert((t.start, t.end));
                }
            }
        }
    }
    let past: BTreeSet<(usize, usize)> = past.difference(&future).copied().collect();
    let known = Known {
        absolute,
        shapes,
        past,
    };
    let scored: Vec<(NaiveDate, Score)> = tagged
        .iter()
        .map(|(d, timexes)| (*d, score(*d, timexes, &known, story, &article.id, &others)))
        .collect();
    let mut best = 0;
    for (i, (_, s)) in scored.iter().enumerate() {
        if s.total > scored[best].1.total + 1e-9 {
            best = i;
        }
    }
    let (date, best_score) = &scored[best];
    if best_score.constraints == 0 {
        return Err(
            "no publication date could be inferred: none of its dates depends on the \
             publication date; give the date in a `date:` header or in articles.toml"
                .to_string(),
        );
    }
    let top = scored
        .iter()
        .map(|(_, s)| s.total)
        .fold(f64::NEG_INFINITY, f64::max);
    let weights: Vec<f64> = scored
        .iter()
        .map(|(_, s)| ((s.total - top) / TEMPERATURE).exp())
        .collect();
    let sum: f64 = weights.iter().sum();
    let near: f64 = scored
        .iter()
        .zip(&weights)
        .filter(|((d, _), _)| (*d - *date).num_days().abs() <= 1)
        .map(|(_, w)| w)
        .sum();
    let n = best_score.constraints as f64;
    let confidence = (near / sum) * (n / (n + 1.0));
    let mut facts = best_score.facts.clone();
    if let (Some(first), Some(last)) = (others.first(), others.last()) {
        facts.push(if first == last {
            format!("another article of the story is dated {first}")
        } else {
            format!(
                "{} other articles of the story are dated {first}..{last}",
                others.len()
            )
        });
    }
    Ok(Inferred {
        date: *date,
        confidence: ((confidence * 100.0).round() / 100.0) as f32,
        evidence: facts.join("; "),
    })
}

/// The candidate days: around the other articles' dates (± 30 days) when there are some,
/// else from the text's latest full date to 60 days after it; at most [`MAX_CANDIDATES`].
fn window(latest_anchor: Option<NaiveDate>, others: &[NaiveDate]) -> Option<Vec<NaiveDate>> {
    let (lo, hi) = match (others.first(), others.last(), latest_anchor) {
        (Some(&a), Some(&b), anchor) => {
            let (lo, hi) = (a - Duration::days(30), b + Duration::days(30));
            match anchor {
                // The article talks of a day after the whole story: it is later still.
                Some(x) if x > hi => (x, x + Duration::days(60)),
                _ => (lo, hi),
            }
        }
        (_, _, Some(x)) => (x, x + Duration::days(60)),
        _ => return None,
    };
    let span = (hi - lo).num_days() + 1;
    let (lo, hi) = if span as usize > MAX_CANDIDATES {
        // Centre on the middle of the other articles' dates (or the anchor).
        let mid = others.get(others.len() / 2).copied().unwrap_or(lo);
        let half = (MAX_CANDIDATES as i64 - 1) / 2;
        (mid - Duration::days(half), mid + Duration::days(half))
    } else {
        (lo, hi)
    };
    Some(lo.iter_days().take_while(|d| *d <= hi).collect())
}

/// How an expression is written, as far as the inference cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// A weekday name: "Tuesday" (`XXXX-WXX-2`).
    Weekday,
    /// A month and day without a year: "January 26" (`XXXX-01-26`).
    MonthDay,
    /// Anything else.
    Other,
}

impl Shape {
    fn of(v: &TimexValue) -> Shape {
        let TimexValue::Unresolved(s) = v else {
            return Shape::Other;
        };
        let b = s.as_bytes();
        if s.starts_with("XXXX-WXX-") && b.len() == 10 && b[9].is_ascii_digit() {
            Shape::Weekday
        } else if s.starts_with("XXXX-")
            && b.len() == 10
            && b[5..7].iter().all(u8::is_ascii_digit)
            && b[8..10].iter().all(u8::is_ascii_digit)
        {
            Shape::MonthDay
        } else {
            Shape::Other
        }
    }
}

/// What the text's expressions are, whatever the candidate day (keyed by byte span).
struct Known {
    /// Expressions the text dates by itself, with a year.
    absolute: BTreeSet<(usize, usize)>,
    shapes: BTreeMap<(usize, usize), Shape>,
    /// Weekday names that point to the past.
    past: BTreeSet<(usize, usize)>,
}

/// The score of one candidate day and the facts behind it.
#[derive(Debug, Clone, Default)]
struct Score {
    total: f64,
    /// Expressions whose resolution said something about this day.
    constraints: usize,
    facts: Vec<String>,
}

/// An expression as quoted in the evidence: whitespace collapsed.
fn quote(t: &Timex) -> String {
    format!(
        "\"{}\"",
        t.text.split_whitespace().collect::<Vec<_>>().join(" ")
    )
}

/// How consistent the text is with publication day `d`. The article's own expressions
/// (tagged against `d`) weigh most; the story's other dated articles add a prior.
fn score(
    d: NaiveDate,
    timexes: &[Timex],
    k: &Known,
    story: &Story,
    id: &str,
    others: &[NaiveDate],
) -> Score {
    let mut s = Score::default();
    let mut seen_facts = BTreeSet::new();
    let mut fact = |s: &mut Score, f: String| {
        if seen_facts.insert(f.clone()) {
            s.facts.push(f);
        }
    };
    // Explicit calendar days of the text (full dates and month-days), for containment.
    let explicit: Vec<(NaiveDate, &Timex)> = timexes
        .iter()
        .filter(|t| {
            let span = (t.start, t.end);
            k.absolute.contains(&span) || k.shapes.get(&span) == Some(&Shape::MonthDay)
        })
        .filter_map(|t| t.value.day().map(|x| (x, t)))
        .collect();
    let n_others = others.len().max(1) as f64;
    for t in timexes {
        let span = (t.start, t.end);
        let Some((from, to)) = t.value.interval() else {
            continue;
        };
        if k.absolute.contains(&span) {
            // News reports the past: a full day-level date after the candidate is unlikely
            // (though a planned event can be).
            if t.value.granularity() == Some(Granularity::Day) {
                s.constraints += 1;
                if from > d {
                    s.total -= 1.5;
                }
            }
            continue;
        }
        let shape = k.shapes.get(&span).copied().unwrap_or(Shape::Other);
        if let Some(day) = t.value.day() {
            let age = (d - day).num_days();
            let n = if shape == Shape::Other {
                0
            } else {
                story.mentioned_by(day, id)
            };
            let also = match n {
                0 => String::new(),
                1 => " as in 1 other article".to_string(),
                n => format!(" as in {n} other articles"),
            };
            if n > 0 {
                s.total += 0.8 * (n as f64 / n_others).min(1.0);
            }
            match shape {
                // "on Tuesday": news says the weekday for the last few days, most often the
                // day itself or the day before.
                Shape::Weekday if (0..=6).contains(&age) && k.past.contains(&span) => {
                    s.constraints += 1;
                    s.total += 1.0 - 0.15 * age as f64;
                    if age <= 1 || n > 0 {
                        fact(&mut s, format!("{} is {day}{also}", quote(t)));
                    }
                }
                // "January 26": a recent past date, seldom the publication day itself.
                Shape::MonthDay if age >= 0 => {
                    s.constraints += 1;
                    s.total += match age {
                        0 => 0.2,
                        1..=30 => 0.5,
                        _ => (0.5 - (age - 30) as f64 / 30.0).max(-1.0),
                    };
                    fact(&mut s, format!("{} is {day}{also}", quote(t)));
                }
                _ if n > 0 => fact(&mut s, format!("{} is {day}{also}", quote(t))),
                _ => {}
            }
        } else if matches!(
            t.value.granularity(),
            Some(Granularity::Week | Granularity::Month)
        ) {
            // "last week" containing the "January 26" the text also names.
            if let Some((_, inner)) = explicit.iter().find(|(x, _)| (from..=to).contains(x)) {
                s.constraints += 1;
                s.total += 0.7;
                fact(&mut s, format!("{} contains {}", quote(t), quote(inner)));
            }
        }
    }
    // Prior: the story's other articles were published around the same days (a story's
    // coverage spans a week or two, so only days further out lose).
    if let (Some(&a), Some(&b)) = (others.first(), others.last()) {
        let outside = if d < a {
            (a - d).num_days()
        } else if d > b {
            (d - b).num_days()
        } else {
            0
        };
        s.total -= (outside - SLACK_DAYS).max(0) as f64 / 10.0;
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn article(id: &str, date: Option<&str>, text: &str) -> Article {
        Article {
            id: id.into(),
            path: format!("{id}.txt"),
            title: None,
            source: None,
            url: None,
            published: date.map(day),
            text: text.into(),
        }
    }

    #[test]
    fn shapes_of_unresolved_values() {
        let u = |s: &str| Shape::of(&TimexValue::Unresolved(s.into()));
        assert_eq!(u("XXXX-WXX-2"), Shape::Weekday);
        assert_eq!(u("XXXX-01-26"), Shape::MonthDay);
        assert_eq!(u("XXXX-XX-XX"), Shape::Other);
        assert_eq!(u("XXXX-WXX"), Shape::Other);
    }

    #[test]
    fn window_is_bounded() {
        let others: Vec<NaiveDate> = vec![day("2020-01-01"), day("2022-01-01")];
        let w = window(None, &others).unwrap();
        assert_eq!(w.len(), MAX_CANDIDATES);
        assert!(window(None, &[]).is_none());
        assert_eq!(window(Some(day("2022-01-26")), &[]).unwrap().len(), 61);
    }

    #[test]
    fn last_week_and_tuesday_fix_the_day() {
        let a = article(
            "x",
            None,
            "The formal response was submitted on January 26, 2022. Officials said last week's \
             response ignored the main demand. Putin said on Tuesday that talks could go on.",
        );
        let got = infer_publication_date(&a, &[]).unwrap();
        assert_eq!(got.date, day("2022-02-01"), "{got:?}");
        assert!(got.evidence.contains("contains"), "{}", got.evidence);
    }

    #[test]
    fn a_weekday_in_the_future_does_not_date_the_article() {
        // "will meet on Friday" is planned: only the past "Tuesday" says how recent it is.
        let a = article(
            "x",
            None,
            "On January 26, 2022 the response was delivered. Putin said on Tuesday that he \
             will meet the French president on Friday.",
        );
        let got = infer_publication_date(&a, &[]).unwrap();
        assert_eq!(got.date, day("2022-02-01"), "{got:?}");
    }

    #[test]
    fn no_dates_no_inference() {
        let a = article("x", None, "Nothing here says when this was written.");
        assert!(infer_publication_date(&a, &[]).is_none());
        let err = infer_with(&a, &Story::default(), &TagOptions::default()).unwrap_err();
        assert!(err.contains("articles.toml"), "{err}");
    }
}
