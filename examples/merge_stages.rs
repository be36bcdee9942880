//! Diagnostic: times each step of the merge stage (features, blocking, similarity, the
//! capped edges that merge() clusters, clustering, event building) on a synthetic corpus
//! driven by gold temporal expressions, and counts the candidate pairs and edges, to find
//! where merge time goes as N grows. It also breaks the edges down by the coarser side's
//! granularity and by same story or not, and reports cluster sizes and the edges per
//! mention; with `SHOW=N` in the environment it prints the first N strong cross-story edges
//! of each granularity.
//!
//! ```text
//! cargo run --release --example merge_stages -- 25000
//! cargo run --release --example merge_stages -- 25000 --steps   # only merge()'s own steps
//! cargo run --release --example merge_stages -- 10000 --window-days 529  # 100k's density
//! ```
//!
//! The last part times `merge()` step by step (wall and CPU seconds of the whole process,
//! all threads; CPU is the steadier figure on a shared machine). `--steps` skips the rest.

#[path = "common/proc_stats.rs"]
mod proc_stats;
use proc_stats::{cpu_seconds, status_mb};
use std::time::Instant;

/// The allocator of the `timeline` binary, so memory and time are the binary's.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

use rayon::prelude::*;
use timeline::extract::{Mention, extract_mentions};
use timeline::merge::{MergeOptions, blocking, cluster, merge_steps, similarity};

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(10_000);
    // `--window-days D`: stories start over D days (see `examples/scale.rs`).
    let args: Vec<String> = std::env::args().collect();
    let window = args
        .iter()
        .position(|a| a == "--window-days")
        .and_then(|i| args.get(i + 1)?.parse().ok())
        .unwrap_or(timeline::synth::DEFAULT_WINDOW_DAYS);
    let corpus = timeline::synth::generate_over(n, 1, window);
    let mentions: Vec<Mention> = corpus
        .articles
        .par_iter()
        .zip(&corpus.timexes)
        .flat_map_iter(|(a, t)| extract_mentions(a, t))
        .collect();
    let opts = MergeOptions::default();
    if std::env::args().any(|a| a == "--steps") {
        timed_merge(n, &mentions, &opts);
        return;
    }
    let lap = |t: &mut Instant, what: &str| {
        eprintln!("{what:<12} {:>7.2}s", t.elapsed().as_secs_f64());
        *t = Instant::now();
    };
    let total = Instant::now();
    let mut t = Instant::now();
    let feats = similarity::Features::new(&mentions);
    lap(&mut t, "features");
    let pairs = blocking::candidate_pairs(
        &mentions,
        &feats.keys,
        &|k| feats.is_actor(k),
        opts.max_postings,
    );
    lap(&mut t, "blocking");
    let edges: Vec<(usize, usize, f32)> = pairs
        .iter()
        .map(|&(i, j)| (i, j, feats.similarity(i, j)))
        .filter(|e| e.2 > 0.0)
        .collect();
    lap(&mut t, "similarity");
    // What merge() clusters: the same pairs after the per-mention link caps.
    let capped: Vec<(u32, u32, f32)> = timeline::merge::mention_edges(&mentions, &feats, &opts);
    lap(&mut t, "edges+caps");
    eprintln!(
        "  merge keeps {} of {} edges after the link caps (clustered below)",
        capped.len(),
        edges.len()
    );
    // Where the pairs come from: the coarser side's granularity, and same story or not.
    let story: std::collections::HashMap<&str, &str> = corpus
        .articles
        .iter()
        .map(|a| {
            let url = a.url.as_deref().unwrap_or("");
            (a.id.as_str(), url.rsplit('/').nth(1).unwrap_or(""))
        })
        .collect();
    let mut by: std::collections::BTreeMap<(String, bool), (usize, usize)> = Default::default();
    for &(i, j, w) in &edges {
        let (a, b) = (&mentions[i], &mentions[j]);
        let g = a.granularity.max(b.granularity);
        let same = story[a.article.as_str()] == story[b.article.as_str()];
        let e = by.entry((format!("{g:?}"), same)).or_default();
        e.0 += 1;
        e.1 += usize::from(w >= opts.threshold);
        if !same
            && w >= opts.threshold
            && e.1
                <= std::env::var("SHOW")
                    .ok()
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(0)
        {
            eprintln!(
                "    {w:.2} {:?} | {:?} // {:?} | {:?}",
                a.sentence, b.sentence, a.words, b.words
            );
        }
    }
    for ((g, same), (n, strong)) in by {
        eprintln!(
            "  coarser side {g:<8} same story {same:<5}: {n:>9} pairs, {strong:>9} >= threshold"
        );
    }
    // The same for the capped edges that merge() clusters, split by equal intervals or not,
    // with the largest number of equal-interval links of one mention.
    let mut by: std::collections::BTreeMap<(String, bool, bool), (usize, usize)> =
        Default::default();
    let mut same_deg = vec![0usize; mentions.len()];
    for &(i, j, w) in &capped {
        let (i, j) = (i as usize, j as usize);
        let (a, b) = (&mentions[i], &mentions[j]);
        let g = a.granularity.max(b.granularity);
        let same = story[a.article.as_str()] == story[b.article.as_str()];
        let eq = a.interval == b.interval;
        if eq {
            same_deg[i] += 1;
            same_deg[j] += 1;
        }
        let e = by.entry((format!("{g:?}"), eq, same)).or_default();
        e.0 += 1;
        e.1 += usize::from(w >= opts.threshold);
    }
    for ((g, eq, same), (n, strong)) in by {
        eprintln!(
            "  capped: coarser {g:<8} equal intervals {eq:<5} same story {same:<5}: {n:>9} edges, {strong:>9} >= threshold"
        );
    }
    same_deg.sort_unstable();
    let q = |f: f64| same_deg[((same_deg.len() - 1) as f64 * f) as usize];
    eprintln!(
        "  equal-interval links per mention: median {} p99 {} p99.9 {} max {}",
        q(0.5),
        q(0.99),
        q(0.999),
        q(1.0)
    );
    // (Before this lap, "clustering" also timed the breakdown above.)
    lap(&mut t, "breakdown");
    let clusters = cluster::average_linkage(&mentions, &capped, opts.threshold);
    lap(&mut t, "clustering");
    // Cluster sizes: intra-cluster pairs grow with the square of the size.
    let mut sizes: Vec<usize> = clusters.iter().map(Vec::len).collect();
    sizes.sort_unstable_by(|a, b| b.cmp(a));
    let sq: usize = sizes.iter().map(|s| s * s).sum();
    eprintln!(
        "  clusters: largest {:?}, sum of squared sizes {sq} ({:.1} per mention)",
        &sizes[..sizes.len().min(8)],
        sq as f64 / mentions.len() as f64
    );
    // Degree: strong (>= threshold) and weak edges per mention.
    let strong = edges.iter().filter(|e| e.2 >= opts.threshold).count();
    // Edges clustering keeps: those inside a component of the strong edges.
    let mut parent: Vec<usize> = (0..mentions.len()).collect();
    fn root(p: &mut [usize], mut x: usize) -> usize {
        while p[x] != x {
            p[x] = p[p[x]];
            x = p[x];
        }
        x
    }
    for &(i, j, w) in &edges {
        if w >= opts.threshold {
            let (a, b) = (root(&mut parent, i), root(&mut parent, j));
            parent[a.max(b)] = a.min(b);
        }
    }
    let kept = edges
        .iter()
        .filter(|e| root(&mut parent, e.0) == root(&mut parent, e.1))
        .count();
    let mut comp: std::collections::HashMap<usize, usize> = Default::default();
    for i in 0..mentions.len() {
        *comp.entry(root(&mut parent, i)).or_default() += 1;
    }
    let mut csizes: Vec<usize> = comp.into_values().collect();
    csizes.sort_unstable_by(|a, b| b.cmp(a));
    eprintln!(
        "  edges per mention {:.1}, strong {:.1}, inside strong components {:.1}; largest components {:?}",
        edges.len() as f64 / mentions.len() as f64,
        strong as f64 / mentions.len() as f64,
        kept as f64 / mentions.len() as f64,
        &csizes[..csizes.len().min(6)]
    );
    eprintln!(
        "N={n} mentions={} pairs={} edges={} clusters={} steps total {:.2}s",
        mentions.len(),
        pairs.len(),
        edges.len(),
        clusters.len(),
        total.elapsed().as_secs_f64()
    );
    timed_merge(n, &mentions, &opts);
}

/// Runs `merge()` with a timer on each of its steps (and the memory after each).
fn timed_merge(n: usize, mentions: &[Mention], opts: &MergeOptions) {
    let (t0, c0) = (Instant::now(), cpu_seconds());
    let (mut t, mut c) = (t0, c0);
    let events = merge_steps(mentions, opts, &mut |what, count| {
        let cpu = cpu_seconds();
        eprintln!(
            "  step {what:<20} {:>6.2}s wall {:>6.2}s CPU  {count:>9} out ({:.2} per mention)  RSS {:.0} MB, peak {:.0} MB",
            t.elapsed().as_secs_f64(),
            cpu - c,
            count as f64 / mentions.len() as f64,
            status_mb("VmRSS:"),
            status_mb("VmHWM:")
        );
        t = Instant::now();
        c = cpu;
    });
    eprintln!(
        "N={n} merge() end to end {:.2}s wall {:.2}s CPU, {} events",
        t0.elapsed().as_secs_f64(),
        cpu_seconds() - c0,
        events.len()
    );
}
