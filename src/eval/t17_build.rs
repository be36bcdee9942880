//! Timeline17 end to end: build the event timeline of a story's articles and score the dates
//! it picks against each journalist's timeline (Date-F1), as the issue on events asks.
//!
//! For a gold timeline of N dates, the produced timeline is the N most important day-level
//! dates: events in importance order (see [`crate::merge::rank_order_with`]), each
//! contributing its date once.
//!
//! Two protocols, both always reported ([`Protocol`]):
//! - **news-tls** (the comparable one, default): what the published systems are measured
//!   with (news-tls `experiments/evaluate.py`, Ghalandari & Ifrim 2020). Each gold
//!   timeline's span is given: only the articles *published* from its first to its last date
//!   are read, only dates within that span are candidates, and N is its number of distinct
//!   dates. Nothing else of the gold is used.
//! - **open**: one build of every article, no span; N is the number of date lines of the gold
//!   file (the measure this crate reported first).
//!
//! Means: the mean of the per-timeline F1 ("mean F1"), and news-tls's own averaging, the F1
//! of the mean precision and the mean recall ("F1 of means"). Beside them, "build F1" scores
//! what a user gets from `timeline build --max-events N` on the same articles: the day-level
//! dates of the N events kept (coarser events take slots; no span filter).

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::Path;

use anyhow::{Result, bail};
use chrono::NaiveDate;

use super::t17::{date_f1, load_gold_timelines};
use crate::model::{Article, Event};
use crate::pipeline::{BuildOptions, Built, build};
use crate::tag::Granularity;

/// How the produced timeline is matched to a gold timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Protocol {
    /// The gold timeline's span and size are given (as in news-tls): articles published in
    /// the span, dates in the span, N distinct dates.
    #[default]
    NewsTls,
    /// All articles, any date, N = the gold file's date lines.
    Open,
}

impl Protocol {
    /// The name used on the command line and in the report.
    pub fn name(self) -> &'static str {
        match self {
            Protocol::NewsTls => "news-tls",
            Protocol::Open => "open",
        }
    }
}

/// The score of one gold timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// Gold file name without extension.
    pub name: String,
    /// How many dates the produced timeline may pick.
    pub n: usize,
    /// Articles read for this timeline.
    pub articles: usize,
    /// The dates picked, in rank order.
    pub produced: Vec<NaiveDate>,
    pub p: f64,
    pub r: f64,
    pub f1: f64,
    /// F1 of what `timeline build --max-events N` keeps from the same articles: the dates of
    /// its day-level events, with no span filter (a user build knows no gold span).
    pub build_f1: f64,
}

/// The rows of one protocol and their two means.
#[derive(Debug, Clone, PartialEq)]
pub struct Scores {
    pub protocol: Protocol,
    pub rows: Vec<Row>,
    /// Mean of the per-timeline F1.
    pub mean_f1: f64,
    /// news-tls's averaging: F1 of the mean precision and the mean recall.
    pub f1_of_means: f64,
    /// Mean of [`Row::build_f1`].
    pub mean_build_f1: f64,
}

/// The first `n` distinct day-level dates of `events` taken in the order `rank`, keeping
/// only dates within `span` (inclusive) when one is given.
pub fn top_dates_in(
    events: &[Event],
    rank: &[usize],
    n: usize,
    span: Option<(NaiveDate, NaiveDate)>,
) -> Vec<NaiveDate> {
    let mut out: Vec<NaiveDate> = Vec::with_capacity(n);
    if n == 0 {
        return out;
    }
    for &i in rank {
        let e = &events[i];
        let inside = span.is_none_or(|(a, b)| a <= e.start && e.start <= b);
        if e.granularity == Granularity::Day && inside && !out.contains(&e.start) {
            out.push(e.start);
            if out.len() == n {
                break;
            }
        }
    }
    out
}

/// The first `n` distinct day-level dates of `events` taken in the order `rank`.
pub fn top_dates(events: &[Event], rank: &[usize], n: usize) -> Vec<NaiveDate> {
    top_dates_in(events, rank, n, None)
}

/// The articles published from `start` to `end` inclusive (undated ones are left out).
pub fn published_within(articles: &[Article], start: NaiveDate, end: NaiveDate) -> Vec<Article> {
    articles
        .iter()
        .filter(|a| a.published.is_some_and(|d| start <= d && d <= end))
        .cloned()
        .collect()
}

/// Date-F1 of what `build --max-events n` keeps: the first `n` events of the full build's
/// rank (exactly what the pipeline keeps), their distinct day-level dates against `gold`.
/// Taken from the build already made rather than building again.
fn build_f1(b: &Built, n: usize, gold: &[NaiveDate]) -> f64 {
    let days: BTreeSet<NaiveDate> = b
        .rank
        .iter()
        .take(n)
        .map(|&i| &b.file.events[i])
        .filter(|e| e.granularity == Granularity::Day)
        .map(|e| e.start)
        .collect();
    date_f1(&days.into_iter().collect::<Vec<_>>(), gold).2
}

/// Scores `articles` against every gold timeline under `protocol`.
pub fn score(
    articles: &[Article],
    golds: &[(String, Vec<NaiveDate>)],
    protocol: Protocol,
    opts: &BuildOptions,
) -> Scores {
    let open = (protocol == Protocol::Open).then(|| build(articles, opts));
    let mut rows = Vec::with_capacity(golds.len());
    for (name, gold) in golds {
        let (produced, n, read, kept) = match &open {
            Some(b) => {
                let n = gold.len();
                let kept = build_f1(b, n, gold);
                (
                    top_dates(&b.file.events, &b.rank, n),
                    n,
                    articles.len(),
                    kept,
                )
            }
            None => {
                let n = gold.iter().collect::<BTreeSet<_>>().len();
                let (Some(&start), Some(&end)) = (gold.iter().min(), gold.iter().max()) else {
                    continue;
                };
                let within = published_within(articles, start, end);
                let b = build(&within, opts);
                let dates = top_dates_in(&b.file.events, &b.rank, n, Some((start, end)));
                let kept = build_f1(&b, n, gold);
                (dates, n, within.len(), kept)
            }
        };
        let (p, r, f1) = date_f1(&produced, gold);
        rows.push(Row {
            name: name.clone(),
            n,
            articles: read,
            produced,
            p,
            r,
            f1,
            build_f1: kept,
        });
    }
    let k = rows.len().max(1) as f64;
    let mean = |f: fn(&Row) -> f64| rows.iter().map(f).sum::<f64>() / k;
    let (mean_f1, mp, mr) = (mean(|r| r.f1), mean(|r| r.p), mean(|r| r.r));
    let mean_build_f1 = mean(|r| r.build_f1);
    Scores {
        protocol,
        rows,
        mean_f1,
        f1_of_means: super::f1_of(mp, mr),
        mean_build_f1,
    }
}

/// One protocol's table.
fn write_scores(out: &mut String, s: &Scores) {
    let what = match s.protocol {
        Protocol::NewsTls => {
            "each gold timeline's span given: articles published in it, dates in it, N = distinct dates"
        }
        Protocol::Open => "all articles, any date, N = date lines of the gold file",
    };
    let _ = writeln!(out, "protocol {} ({what})", s.protocol.name());
    let _ = writeln!(
        out,
        "{:<16} {:>5} {:>8} {:>7} {:>7} {:>7} {:>9}",
        "timeline", "dates", "articles", "P", "R", "F1", "build F1"
    );
    for r in &s.rows {
        let _ = writeln!(
            out,
            "{:<16} {:>5} {:>8} {:>7.3} {:>7.3} {:>7.3} {:>9.3}",
            r.name, r.n, r.articles, r.p, r.r, r.f1, r.build_f1
        );
    }
    let _ = writeln!(
        out,
        "mean F1 over {} timelines: {:.3}; F1 of mean P and mean R (news-tls averaging): {:.3}",
        s.rows.len(),
        s.mean_f1,
        s.f1_of_means
    );
    let _ = writeln!(
        out,
        "build F1 (day-level dates of `build --max-events N` on the same articles, no span \
         filter): mean {:.3}",
        s.mean_build_f1
    );
}

/// Builds the timeline of `articles` (any input `timeline build` reads) and reports Date-F1
/// against every gold timeline in `gold_dir` under both protocols, `protocol` first.
pub fn run_t17_eval(articles: &Path, gold_dir: &Path, protocol: Protocol) -> Result<String> {
    let golds = load_gold_timelines(gold_dir)?;
    let ingested = crate::ingest::ingest(&[articles.to_path_buf()]);
    if ingested.articles.is_empty() {
        bail!(
            "no article read from {}; pass Timeline17's articles.jsonl",
            articles.display()
        );
    }
    let opts = BuildOptions::default();
    let other = match protocol {
        Protocol::NewsTls => Protocol::Open,
        Protocol::Open => Protocol::NewsTls,
    };
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Timeline17 Date-F1: {} articles, {} gold timelines",
        ingested.articles.len(),
        golds.len()
    );
    for p in [protocol, other] {
        write_scores(&mut out, &score(&ingested.articles, &golds, p, &opts));
    }
    let _ = writeln!(
        out,
        "(published: news-tls DATEWISE 0.544 under protocol news-tls, F1 of mean P and R over \
         T17 topics; target 0.60)"
    );
    Ok(out)
}
