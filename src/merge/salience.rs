//! How much the articles make of each date, beyond the events dated to it: the signals that
//! [`super::rank_order_with`] weighs dates by.
//!
//! - **support**: how many articles name the date at all, in any sentence;
//! - **lead**: how many name it in their lead (first [`LEAD_SENTENCES`] sentences), where an
//!   article tells its news, rather than in the background further down;
//! - **centrality**: for a day, its PageRank in the *date reference graph*, where every
//!   article published on day `p` links `p` to each other day it names. A day that the
//!   coverage of many other days keeps pointing back to is central; a day reported heavily
//!   only on the day itself, by the articles published that day, is not (cf. the date graphs
//!   of Tran, Herder & Markert, ACL 2015).
//!
//! Computed once per build from what the tagger found in each article (see
//! [`ArticleDates`]); deterministic, whatever the order of the articles' dates in memory.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;

use crate::tag::{Timex, TimexValue};

/// An article's lead: the sentences that tell its news.
pub const LEAD_SENTENCES: usize = 5;

/// PageRank damping: the chance that the walk follows a reference rather than jumping to a
/// random day (the usual 0.85).
const DAMPING: f64 = 0.85;

/// Power iterations of PageRank at most; it stops earlier once the ranks settle.
const MAX_ITERATIONS: usize = 100;

/// The dates one article names.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ArticleDates {
    pub published: Option<NaiveDate>,
    /// Calendar value as events are dated ([`super::event_date`]) → index of the first
    /// sentence of the article naming it.
    pub first_sentence: BTreeMap<String, usize>,
    /// The days among those values (times and parts of a day count as their day).
    pub days: BTreeSet<NaiveDate>,
}

impl ArticleDates {
    /// The dates of an article from its timexes (byte offsets into the text) and its
    /// sentence spans (byte offsets, in order, as [`crate::extract::sentences::split`]
    /// gives them).
    pub fn new(
        published: Option<NaiveDate>,
        timexes: &[Timex],
        sentences: &[(usize, usize)],
    ) -> ArticleDates {
        let mut out = ArticleDates {
            published,
            ..ArticleDates::default()
        };
        for t in timexes.iter().filter(|t| t.value.interval().is_some()) {
            let sentence = sentences.partition_point(|s| s.1 <= t.start);
            let first = out
                .first_sentence
                .entry(super::event_date(&t.value))
                .or_insert(sentence);
            *first = (*first).min(sentence);
            if let Some(day) = t.value.day() {
                out.days.insert(day);
            }
        }
        out
    }
}

/// What the articles make of one date.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct DateSignal {
    /// Articles naming the date.
    pub support: usize,
    /// Articles naming it in their lead.
    pub lead: usize,
    /// PageRank of the day in the date reference graph (0 for coarser dates, and for every
    /// date when no article has a publication date). The ranks of all days sum to 1.
    pub centrality: f64,
}

/// The signals of every date the articles name, by event date string.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DateSalience {
    pub by_date: BTreeMap<String, DateSignal>,
}

impl DateSalience {
    pub fn new(articles: &[ArticleDates]) -> DateSalience {
        let mut by_date: BTreeMap<String, DateSignal> = BTreeMap::new();
        for a in articles {
            for (v, &s) in &a.first_sentence {
                let e = by_date.entry(v.clone()).or_default();
                e.support += 1;
                if s < LEAD_SENTENCES {
                    e.lead += 1;
                }
            }
        }
        for (day, rank) in reference_rank(articles) {
            if let Some(e) = by_date.get_mut(&TimexValue::Day(day).to_string()) {
                e.centrality = rank;
            }
        }
        DateSalience { by_date }
    }

    /// The signal of `date` (an event's `date`); all zero for a date no article names.
    pub fn get(&self, date: &str) -> DateSignal {
        self.by_date.get(date).copied().unwrap_or_default()
    }
}

/// PageRank of every day of the date reference graph: nodes are the days named and the
/// publication days; an article published on `p` adds 1 to the link `p → d` for each day
/// `d ≠ p` it names. Empty when no article has a publication date.
fn reference_rank(articles: &[ArticleDates]) -> BTreeMap<NaiveDate, f64> {
    reference_rank_with(articles, |published, day| day != published)
}

/// PageRank of the date reference graph over the links `published → day` that `keep`
/// accepts (the product keeps `d != p`; experiments try others, e.g. backward references
/// only: `|p, d| d < p`).
pub fn reference_rank_with(
    articles: &[ArticleDates],
    keep: impl Fn(NaiveDate, NaiveDate) -> bool,
) -> BTreeMap<NaiveDate, f64> {
    if articles.iter().all(|a| a.published.is_none()) {
        return BTreeMap::new();
    }
    let mut days: BTreeSet<NaiveDate> = BTreeSet::new();
    let mut links: BTreeMap<(NaiveDate, NaiveDate), f64> = BTreeMap::new();
    for a in articles {
        days.extend(a.days.iter().copied());
        let Some(p) = a.published else { continue };
        days.insert(p);
        for &d in a.days.iter().filter(|&&d| keep(p, d)) {
            *links.entry((p, d)).or_insert(0.0) += 1.0;
        }
    }
    let days: Vec<NaiveDate> = days.into_iter().collect();
    let index: BTreeMap<NaiveDate, usize> = days.iter().enumerate().map(|(i, d)| (*d, i)).collect();
    let n = days.len();
    let mut out_weight = vec![0.0f64; n];
    let edges: Vec<(usize, usize, f64)> = links
        .into_iter()
        .map(|((p, d), w)| {
            let (a, b) = (index[&p], index[&d]);
            out_weight[a] += w;
            (a, b, w)
        })
        .collect();
    let uniform = 1.0 / n as f64;
    let mut rank = vec![uniform; n];
    for _ in 0..MAX_ITERATIONS {
        // Days that name no other day hand their rank to all days alike.
        let dangling: f64 = (0..n)
            .filter(|&i| out_weight[i] == 0.0)
            .map(|i| rank[i])
            .sum();
        let base = (1.0 - DAMPING) * uniform + DAMPING * dangling * uniform;
        let mut next = vec![base; n];
        for &(a, b, w) in &edges {
            next[b] += DAMPING * rank[a] * w / out_weight[a];
        }
        let change: f64 = next.iter().zip(&rank).map(|(x, y)| (x - y).abs()).sum();
        rank = next;
        if change < 1e-12 {
            break;
        }
    }
    days.into_iter().zip(rank).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2010, m, day).unwrap()
    }

    fn article(published: NaiveDate, named: &[(NaiveDate, usize)]) -> ArticleDates {
        ArticleDates {
            published: Some(published),
            first_sentence: named
                .iter()
                .map(|(day, s)| (TimexValue::Day(*day).to_string(), *s))
                .collect(),
            days: named.iter().map(|(day, _)| *day).collect(),
        }
    }

    #[test]
    fn support_lead_and_centrality() {
        // April 20 is named by articles of three later days, two of them in the lead; June 15
        // by three articles published that same day, only in the background.
        let arts = [
            article(d(4, 21), &[(d(4, 20), 0)]),
            article(d(5, 3), &[(d(4, 20), 7)]),
            article(d(6, 1), &[(d(4, 20), 1)]),
            article(d(6, 15), &[(d(6, 15), 9)]),
            article(d(6, 15), &[(d(6, 15), 12)]),
            article(d(6, 15), &[(d(6, 15), 8)]),
        ];
        let s = DateSalience::new(&arts);
        let apr = s.get("2010-04-20");
        let jun = s.get("2010-06-15");
        assert_eq!((apr.support, apr.lead), (3, 2));
        assert_eq!((jun.support, jun.lead), (3, 0));
        assert!(apr.centrality > 2.0 * jun.centrality, "{apr:?} {jun:?}");
        let total: f64 = s.by_date.values().map(|x| x.centrality).sum();
        // Publication days that are never named take the rest of the rank.
        assert!(total > 0.0 && total < 1.0 + 1e-9);
        assert_eq!(s.get("2011"), DateSignal::default());
    }

    #[test]
    fn no_publication_dates_no_centrality() {
        let mut a = article(d(4, 21), &[(d(4, 20), 0)]);
        a.published = None;
        let s = DateSalience::new(&[a]);
        assert_eq!(
            s.get("2010-04-20"),
            DateSignal {
                support: 1,
                lead: 1,
                centrality: 0.0
            }
        );
    }
}
