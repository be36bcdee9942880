//! Scale run: generates a synthetic corpus of N articles (not timed), builds its timeline
//! end to end with `pipeline::build` (timed; rayon uses every core), and prints time,
//! throughput, events, peak memory and merge quality against the planted truth.
//!
//! Run each size in its own process so the peak RSS (VmHWM) is per size:
//!
//! ```text
//! cargo build --release --example scale
//! for n in 10000 25000 50000 100000; do target/release/examples/scale $n; done
//! ```
//!
//! Options: `--seed S` (default 1); `--stages` times tag+extract and merge separately
//! (same work as `build`, split in two); `--oracle` uses the generator's gold temporal
//! expressions instead of the tagger (extract + merge only; measures the merge without
//! depending on the tagger); `--jsonl PATH` writes the corpus as JSON Lines and exits;
//! `--dump PATH` writes the built events as JSON (to diff outputs across a change);
//! `--window-days D` starts the stories over D days instead of 2010 to mid-2024 (5,290
//! days): `10000 --window-days 529` has the same number of stories running at once as the
//! default 100k corpus, to tell growth with size apart from growth with density.

#[path = "common/proc_stats.rs"]
mod proc_stats;
use proc_stats::{cpu_seconds, status_mb};
use std::time::Instant;

/// The allocator of the `timeline` binary (mimalloc), so the figures are the binary's: merging allocates and frees millions of small
/// vectors across threads, and glibc's malloc spent ~15 % of a 100k-article build in its own
/// bookkeeping (see docs/PERFORMANCE.md).
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

use rayon::prelude::*;
use timeline::extract::{Mention, extract_mentions};
use timeline::merge::{MergeOptions, merge};
use timeline::model::Event;
use timeline::pipeline::{BuildOptions, build};
use timeline::synth::{DEFAULT_WINDOW_DAYS, generate_over, score::score, write_jsonl};
use timeline::tag::{TagOptions, tag};

fn merge_timed(mentions: &[Mention]) -> (Vec<Event>, f64) {
    let t = Instant::now();
    let events = merge(mentions, &MergeOptions::default());
    (events, t.elapsed().as_secs_f64())
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let n: usize = args
        .first()
        .and_then(|a| a.replace('_', "").parse().ok())
        .unwrap_or(10_000);
    let value_of = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
    };
    let seed: u64 = value_of("--seed").and_then(|s| s.parse().ok()).unwrap_or(1);
    let oracle = args.iter().any(|a| a == "--oracle");
    let stages = args.iter().any(|a| a == "--stages");

    let t = Instant::now();
    // `--window-days D`: stories start over D days (default 2010 to mid-2024), e.g. scaled
    // with N to keep the number of concurrent stories constant across sizes.
    let window: usize = value_of("--window-days")
        .and_then(|s| s.parse().ok())
        .unwrap_or(DEFAULT_WINDOW_DAYS);
    let corpus = generate_over(n, seed, window);
    let gen_s = t.elapsed().as_secs_f64();
    let bytes: usize = corpus.articles.iter().map(|a| a.text.len()).sum();
    if let Some(path) = value_of("--jsonl") {
        let f = std::fs::File::create(path).expect("create the JSON Lines file");
        write_jsonl(&corpus.articles, f).expect("write the JSON Lines file");
        eprintln!(
            "wrote {n} articles ({:.0} MB) to {path}",
            bytes as f64 / 1e6
        );
        return;
    }
    let rss_corpus = status_mb("VmRSS:");
    eprintln!(
        "generated {n} articles, {:.0} MB of text, {} true events in {gen_s:.1}s (RSS {rss_corpus:.0} MB)",
        bytes as f64 / 1e6,
        corpus.truth.len()
    );

    let threads = rayon::current_num_threads();
    let cpu0 = cpu_seconds();
    let t = Instant::now();
    let (events, mentions, detail) = if oracle || stages {
        let t1 = Instant::now();
        let tag_opts = TagOptions::default();
        let mentions: Vec<Mention> = corpus
            .articles
            .par_iter()
            .enumerate()
            .flat_map_iter(|(i, a)| {
                if oracle {
                    extract_mentions(a, &corpus.timexes[i])
                } else {
                    extract_mentions(a, &tag(&a.text, a.published, &tag_opts))
                }
            })
            .collect();
        let extract_s = t1.elapsed().as_secs_f64();
        let extract_cpu = cpu_seconds() - cpu0;
        let (events, merge_s) = merge_timed(&mentions);
        let merge_cpu = cpu_seconds() - cpu0 - extract_cpu;
        let what = if oracle { "extract" } else { "tag+extract" };
        let detail = format!(
            "{what} {extract_s:.2}s wall {extract_cpu:.2}s CPU, merge {merge_s:.2}s wall {merge_cpu:.2}s CPU"
        );
        (events, mentions.len(), detail)
    } else {
        let built = build(&corpus.articles, &BuildOptions::default());
        let m = built.stats.mentions;
        (built.file.events, m, String::new())
    };
    let secs = t.elapsed().as_secs_f64();
    let cpu = cpu_seconds() - cpu0;
    let peak = status_mb("VmHWM:");
    if let Some(path) = value_of("--dump") {
        // For checking that a performance change keeps the output identical.
        let f = std::fs::File::create(path).expect("create the dump file");
        serde_json::to_writer(std::io::BufWriter::new(f), &events).expect("write the dump");
    }
    let q = score(&corpus.truth, &events);
    let mode = if oracle { "oracle timexes" } else { "build" };
    println!(
        "N={n} mode={mode} threads={threads} seconds={secs:.2} cpu_seconds={cpu:.2} articles_per_s={:.0} mentions={mentions} events={} peak_rss_mb={peak:.0} corpus_rss_mb={rss_corpus:.0}{}",
        n as f64 / secs,
        events.len(),
        if detail.is_empty() {
            String::new()
        } else {
            format!(" ({detail})")
        }
    );
    println!(
        "quality: planted={} matched={} pairwise P={:.4} R={:.4} F1={:.4} B3 P={:.4} R={:.4} F1={:.4} impure_events={}",
        q.planted,
        q.matched,
        q.pair_precision,
        q.pair_recall,
        q.pair_f1,
        q.bcubed_precision,
        q.bcubed_recall,
        q.bcubed_f1,
        q.impure_events
    );
    println!(
        "| {n} | {secs:.2} | {cpu:.2} | {:.0} | {peak:.0} MB | {} |",
        n as f64 / secs,
        events.len()
    );
}
