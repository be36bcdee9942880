//! The build pipeline on ingested articles: tag each article (in parallel), extract mentions,
//! merge them into events, then keep the events asked for. Pure and deterministic: the same
//! articles give the same events whatever the thread count.

use rayon::prelude::*;

use crate::extract::{Mention, extract_mentions};
use crate::merge::{MergeOptions, merge, rank_order};
use crate::model::{Article, ArticleInfo, EventsFile};
use crate::tag::{TagOptions, TimexValue, tag};

/// What to build.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    pub tag: TagOptions,
    pub merge: MergeOptions,
    /// Keep only the N most important events.
    pub max_events: Option<usize>,
    /// Keep only events reported by at least K sources.
    pub min_sources: usize,
}

/// Counts for the summary line.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stats {
    pub articles: usize,
    /// Temporal expressions found.
    pub expressions: usize,
    /// Relative expressions left unresolved (articles without a publication date).
    pub unresolved: usize,
    pub mentions: usize,
    /// Events before the `--max-events`/`--min-sources` selection.
    pub events_total: usize,
    /// Events kept.
    pub events: usize,
    /// Kept events reported by two sources or more.
    pub merged: usize,
}

/// The result of a build.
#[derive(Debug, Clone)]
pub struct Built {
    pub file: EventsFile,
    pub stats: Stats,
}

/// Tags and extracts one article.
fn article_mentions(a: &Article, opts: &TagOptions) -> (usize, usize, Vec<Mention>) {
    let timexes = tag(&a.text, a.published, opts);
    let unresolved = timexes
        .iter()
        .filter(|t| matches!(t.value, TimexValue::Unresolved(_)))
        .count();
    (timexes.len(), unresolved, extract_mentions(a, &timexes))
}

/// Builds the event list of `articles`.
pub fn build(articles: &[Article], opts: &BuildOptions) -> Built {
    let per_article: Vec<(usize, usize, Vec<Mention>)> = articles
        .par_iter()
        .map(|a| article_mentions(a, &opts.tag))
        .collect();
    let mut stats = Stats {
        articles: articles.len(),
        ..Stats::default()
    };
    let mut mentions = Vec::new();
    for (n, u, m) in per_article {
        stats.expressions += n;
        stats.unresolved += u;
        mentions.extend(m);
    }
    stats.mentions = mentions.len();
    let mut events = merge(&mentions, &opts.merge);
    stats.events_total = events.len();
    events.retain(|e| e.sources.len() >= opts.min_sources);
    if let Some(n) = opts.max_events
        && events.len() > n
    {
        let mut keep = vec![false; events.len()];
        for &i in rank_order(&events).iter().take(n) {
            keep[i] = true;
        }
        let mut k = keep.into_iter();
        events.retain(|_| k.next().unwrap_or(false));
    }
    stats.events = events.len();
    stats.merged = events.iter().filter(|e| e.sources.len() > 1).count();
    Built {
        file: EventsFile {
            articles: articles.iter().map(ArticleInfo::from).collect(),
            events,
        },
        stats,
    }
}
