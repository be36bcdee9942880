//! Merge quality on a synthetic corpus: how well the built events match the true events.
//!
//! A built mention is matched to a true event by its article and the character offset of its
//! date expression. Only matched mentions are scored (the rest are noise the generator did not
//! plant as events). Pairwise: two matched mentions in one built event are a predicted pair,
//! correct when they report the same true event; gold pairs are pairs of matched mentions of
//! one true event. B-cubed averages the same per mention.

use std::collections::HashMap;

use super::TrueEvent;
use crate::model::Event;

/// Merge quality figures.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Quality {
    /// Reports the generator planted.
    pub planted: usize,
    /// Planted reports found among the built mentions.
    pub matched: usize,
    pub pair_precision: f64,
    pub pair_recall: f64,
    pub pair_f1: f64,
    pub bcubed_precision: f64,
    pub bcubed_recall: f64,
    pub bcubed_f1: f64,
    /// Built events holding matched mentions of two or more true events.
    pub impure_events: usize,
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    }
}

fn pairs(n: usize) -> f64 {
    (n * n.saturating_sub(1) / 2) as f64
}

/// Scores built `events` against `truth`.
pub fn score(truth: &[TrueEvent], events: &[Event]) -> Quality {
    let mut where_: HashMap<(&str, usize), usize> = HashMap::new();
    for (t, e) in truth.iter().enumerate() {
        for (a, at) in &e.mentions {
            where_.insert((a.as_str(), *at), t);
        }
    }
    // Per built event: matched mention counts per true event.
    let clusters: Vec<HashMap<usize, usize>> = events
        .iter()
        .map(|e| {
            let mut c: HashMap<usize, usize> = HashMap::new();
            for m in &e.mentions {
                if let Some(&t) = where_.get(&(m.article.as_str(), m.start)) {
                    *c.entry(t).or_default() += 1;
                }
            }
            c
        })
        .collect();
    let mut found = vec![0usize; truth.len()];
    for c in &clusters {
        for (&t, &n) in c {
            found[t] += n;
        }
    }
    let matched: usize = found.iter().sum();
    let gold_pairs: f64 = found.iter().map(|&n| pairs(n)).sum();
    let (mut correct, mut predicted) = (0.0, 0.0);
    let (mut bp, mut br) = (0.0, 0.0);
    let mut impure = 0;
    for c in &clusters {
        let size: usize = c.values().sum();
        predicted += pairs(size);
        impure += usize::from(c.len() > 1);
        for (&t, &n) in c {
            correct += pairs(n);
            bp += n as f64 * n as f64 / size as f64;
            br += n as f64 * n as f64 / found[t] as f64;
        }
    }
    let ratio = |a: f64, b: f64| if b > 0.0 { a / b } else { 1.0 };
    let (pp, pr) = (ratio(correct, predicted), ratio(correct, gold_pairs));
    let (bp, br) = (ratio(bp, matched as f64), ratio(br, matched as f64));
    Quality {
        planted: truth.iter().map(|t| t.mentions.len()).sum(),
        matched,
        pair_precision: pp,
        pair_recall: pr,
        pair_f1: f1(pp, pr),
        bcubed_precision: bp,
        bcubed_recall: br,
        bcubed_f1: f1(bp, br),
        impure_events: impure,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{MentionOut, Status};
    use crate::tag::Granularity;
    use chrono::NaiveDate;

    fn truth(mentions: &[(&str, usize)]) -> TrueEvent {
        TrueEvent {
            story: 0,
            date: NaiveDate::from_ymd_opt(2020, 1, 1).unwrap(),
            granularity: Granularity::Day,
            actor: "X".into(),
            verb: "sign".into(),
            object: "copper contract".into(),
            reported_by: mentions.iter().map(|m| m.0.to_string()).collect(),
            mentions: mentions.iter().map(|&(a, s)| (a.to_string(), s)).collect(),
        }
    }

    fn event(mentions: &[(&str, usize)]) -> Event {
        let d = NaiveDate::from_ymd_opt(2020, 1, 1).unwrap();
        Event {
            id: "e".into(),
            rank: None,
            date: "2020-01-01".into(),
            start: d,
            end: d,
            granularity: Granularity::Day,
            modifier: None,
            title: "t".into(),
            status: Status::Happened,
            sources: vec![],
            actors: vec![],
            conflicts: vec![],
            mentions: mentions
                .iter()
                .map(|&(a, s)| MentionOut {
                    article: a.into(),
                    text: String::new(),
                    value: String::new(),
                    sentence: String::new(),
                    start: s,
                    end: s + 1,
                })
                .collect(),
        }
    }

    #[test]
    fn perfect_split_and_glued() {
        let t = vec![truth(&[("a", 1), ("b", 2)]), truth(&[("c", 3), ("d", 4)])];
        let q = score(
            &t,
            &[event(&[("a", 1), ("b", 2)]), event(&[("c", 3), ("d", 4)])],
        );
        assert_eq!((q.pair_precision, q.pair_recall, q.matched), (1.0, 1.0, 4));
        let q = score(&t, &[event(&[("a", 1), ("b", 2), ("c", 3), ("d", 4)])]);
        assert!((q.pair_precision - 2.0 / 6.0).abs() < 1e-9);
        assert_eq!((q.pair_recall, q.impure_events), (1.0, 1));
        let q = score(&t, &[event(&[("a", 1)]), event(&[("b", 2), ("x", 9)])]);
        assert_eq!((q.pair_recall, q.matched), (0.0, 2));
    }
}
