//! The build pipeline on ingested articles: tag each article (in parallel), extract mentions,
//! merge them into events, rank them (once, all of them, with what the articles make of each
//! date), then keep the events asked for and write each one's `rank`, so that a reader of
//! `events.json` orders them as the build did. Pure and deterministic: the same articles give
//! the same events whatever the thread count.
//!
//! With [`BuildOptions::infer_dates`], an article without a publication date first gets one
//! inferred from its text and the story's dated articles ([`crate::infer`]); the inferred
//! date then stands for the real one everywhere downstream, and `events.json` marks it.

use std::collections::BTreeMap;

use rayon::prelude::*;

use crate::extract::sentences;
use crate::extract::{Mention, extract_mentions_in, is_comment_stamp, story_timexes};
use crate::infer::{Inferred, Story, infer_with};
use crate::merge::salience::{ArticleDates, DateSalience};
use crate::merge::{MergeOptions, merge, rank_order_with, set_ranks};
use crate::model::{Article, ArticleInfo, EventsFile, InferredDate};
use crate::tag::{TagOptions, Timex, TimexValue, tag};

/// What to build.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    pub tag: TagOptions,
    pub merge: MergeOptions,
    /// Keep only the N most important events (of those `min_sources` keeps).
    pub max_events: Option<usize>,
    /// Keep only events reported by at least K sources. Applied after ranking, like
    /// `max_events`: the events kept keep the order they have among all events.
    pub min_sources: usize,
    /// Infer the publication date of articles that have none (`--infer-dates`).
    pub infer_dates: bool,
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
    /// Events in chronological order.
    pub file: EventsFile,
    /// Indices into `file.events`, most important first: the order of the events' `rank`
    /// fields (1, 2, …), which [`crate::merge::rank_order`] reads back from the file.
    pub rank: Vec<usize>,
    pub stats: Stats,
    /// Article id → the publication date inferred for it (with `infer_dates`).
    pub inferred: BTreeMap<String, Inferred>,
    /// Article id → why no date could be inferred for it (with `infer_dates`).
    pub not_inferred: BTreeMap<String, String>,
}

/// Inferred publication dates for the undated articles, and why the others failed.
pub type Inference = (BTreeMap<String, Inferred>, BTreeMap<String, String>);

/// Infers the publication date of each undated article of `articles` (in parallel), using
/// the dated ones as the story's prior. Only given dates serve as evidence, never inferred
/// ones, so the order of the articles does not matter.
pub fn infer_dates(articles: &[Article], opts: &TagOptions) -> Inference {
    if articles.iter().all(|a| a.published.is_some()) {
        return Inference::default();
    }
    let story = Story::new(articles, opts);
    let results: Vec<(String, Result<Inferred, String>)> = articles
        .par_iter()
        .filter(|a| a.published.is_none())
        .map(|a| (a.id.clone(), infer_with(a, &story, opts)))
        .collect();
    let mut out = Inference::default();
    for (id, r) in results {
        match r {
            Ok(i) => {
                out.0.insert(id, i);
            }
            Err(why) => {
                out.1.insert(id, why);
            }
        }
    }
    out
}

/// `articles` with the inferred dates filled in.
pub fn with_inferred(articles: &[Article], inferred: &BTreeMap<String, Inferred>) -> Vec<Article> {
    articles
        .iter()
        .map(|a| {
            let mut a = a.clone();
            if a.published.is_none() {
                a.published = inferred.get(&a.id).map(|i| i.date);
            }
            a
        })
        .collect()
}

/// What one article contributes: counts, its event mentions, and the dates it names at all
/// and where (for the date signals of the ranking).
struct ArticleResult {
    expressions: usize,
    unresolved: usize,
    mentions: Vec<Mention>,
    dates: ArticleDates,
}

/// The dates an article names, for the ranking's date signals: its timexes without readers'
/// comments ([`story_timexes`]): their stamps name the days comments were posted, not days of
/// the story ("At 12:40 pm on 10 Jun 2010, H wrote: …" under an article that stays online).
pub fn article_dates(a: &Article, timexes: &[Timex], sentences: &[(usize, usize)]) -> ArticleDates {
    if timexes.iter().any(|t| is_comment_stamp(&a.text, t.end)) {
        let story: Vec<Timex> = story_timexes(&a.text, timexes).cloned().collect();
        ArticleDates::new(a.published, &story, sentences)
    } else {
        ArticleDates::new(a.published, timexes, sentences)
    }
}

/// Tags and extracts one article.
fn article_mentions(a: &Article, opts: &TagOptions) -> ArticleResult {
    let timexes = tag(&a.text, a.published, opts);
    let unresolved = timexes
        .iter()
        .filter(|t| matches!(t.value, TimexValue::Unresolved(_)))
        .count();
    // Split once: both the date signals and the extraction read the sentences.
    let spans = sentences::split(&a.text);
    let dates = article_dates(a, &timexes, &spans);
    ArticleResult {
        expressions: timexes.len(),
        unresolved,
        mentions: extract_mentions_in(a, &timexes, &spans),
        dates,
    }
}

/// Builds the event list of `articles`.
pub fn build(articles: &[Article], opts: &BuildOptions) -> Built {
    let (inferred, not_inferred) = if opts.infer_dates {
        infer_dates(articles, &opts.tag)
    } else {
        Inference::default()
    };
    let dated;
    let articles = if inferred.is_empty() {
        articles
    } else {
        dated = with_inferred(articles, &inferred);
        &dated[..]
    };
    let per_article: Vec<ArticleResult> = articles
        .par_iter()
        .map(|a| article_mentions(a, &opts.tag))
        .collect();
    let mut stats = Stats {
        articles: articles.len(),
        ..Stats::default()
    };
    let mut mentions = Vec::new();
    let mut dates = Vec::with_capacity(per_article.len());
    for r in per_article {
        stats.expressions += r.expressions;
        stats.unresolved += r.unresolved;
        mentions.extend(r.mentions);
        dates.push(r.dates);
    }
    let salience = DateSalience::new(&dates);
    drop(dates);
    stats.mentions = mentions.len();
    let mut events = merge(&mentions, &opts.merge);
    stats.events_total = events.len();
    // Ranked once, over every event, so that the order of the events kept is the order they
    // have among all of them: `render --max-events`/`--min-sources` on the full file keep
    // exactly what `build` with the same options keeps.
    let signals: Vec<_> = events.iter().map(|e| salience.get(&e.date)).collect();
    let full = rank_order_with(&events, &signals);
    drop(signals);
    let kept: Vec<usize> = full
        .into_iter()
        .filter(|&i| events[i].sources.len() >= opts.min_sources)
        .take(opts.max_events.unwrap_or(usize::MAX))
        .collect();
    // Chronological order stays (merge's), with the rank of each kept event written in it.
    set_ranks(&mut events, &kept);
    events.retain(|e| e.rank.is_some());
    // The kept events' order, read back from the ranks just written (1..=n, no ties).
    let mut rank: Vec<usize> = (0..events.len()).collect();
    rank.sort_unstable_by_key(|&i| events[i].rank);
    stats.events = events.len();
    stats.merged = events.iter().filter(|e| e.sources.len() > 1).count();
    Built {
        file: EventsFile {
            articles: articles
                .iter()
                .map(|a| ArticleInfo {
                    published_inferred: inferred.get(&a.id).map(|i| InferredDate {
                        confidence: i.confidence,
                        evidence: i.evidence.clone(),
                    }),
                    ..ArticleInfo::from(a)
                })
                .collect(),
            events,
        },
        rank,
        stats,
        inferred,
        not_inferred,
    }
}
