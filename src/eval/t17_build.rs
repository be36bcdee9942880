//! Timeline17 end to end: build the event timeline of a story's articles and score the dates
//! it picks against each journalist's timeline (Date-F1), as the issue on events asks.
//!
//! For a gold timeline of N dates, the produced timeline is the N most important day-level
//! dates: events in importance order (most sources first, then how many articles mention the date; see
//! [`crate::merge::rank_order_with`]),
//! each contributing its date once.

use std::fmt::Write as _;
use std::path::Path;

use anyhow::{Result, bail};
use chrono::NaiveDate;

use super::t17::{date_f1, load_gold_timelines};
use crate::model::Event;
use crate::pipeline::{BuildOptions, build};
use crate::tag::Granularity;

/// The first `n` distinct day-level dates of `events` taken in the order `rank`.
pub fn top_dates(events: &[Event], rank: &[usize], n: usize) -> Vec<NaiveDate> {
    let mut out: Vec<NaiveDate> = Vec::with_capacity(n);
    for &i in rank {
        let e = &events[i];
        if e.granularity == Granularity::Day && !out.contains(&e.start) {
            out.push(e.start);
            if out.len() == n {
                break;
            }
        }
    }
    out
}

/// Builds the timeline of `articles` (any input `timeline build` reads) and reports Date-F1
/// against every gold timeline in `gold_dir`, with the mean.
pub fn run_t17_eval(articles: &Path, gold_dir: &Path) -> Result<String> {
    let golds = load_gold_timelines(gold_dir)?;
    let ingested = crate::ingest::ingest(&[articles.to_path_buf()]);
    if ingested.articles.is_empty() {
        bail!(
            "no article read from {}; pass Timeline17's articles.jsonl",
            articles.display()
        );
    }
    let built = build(&ingested.articles, &BuildOptions::default());
    let events = &built.file.events;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Timeline17 Date-F1: {} articles, {} events built",
        built.stats.articles, built.stats.events
    );
    let _ = writeln!(
        out,
        "{:<16} {:>5} {:>7} {:>7} {:>7}",
        "timeline", "dates", "P", "R", "F1"
    );
    let mut sum = 0.0;
    for (name, gold) in &golds {
        let produced = top_dates(events, &built.rank, gold.len());
        let (p, r, f) = date_f1(&produced, gold);
        sum += f;
        let _ = writeln!(
            out,
            "{name:<16} {:>5} {p:>7.3} {r:>7.3} {f:>7.3}",
            gold.len()
        );
    }
    let mean = sum / golds.len().max(1) as f64;
    let _ = writeln!(
        out,
        "mean Date-F1 over {} timelines: {mean:.3}",
        golds.len()
    );
    let _ = writeln!(
        out,
        "(published: news-tls DATEWISE 0.544, mean over T17 topics; target 0.60)"
    );
    Ok(out)
}
