//! Diagnostic: times each step of the merge stage (features, blocking, similarity, the
//! capped edges that merge() clusters, clustering, event building) on a synthetic corpus
//! driven by gold temporal expressions, and counts the candidate pairs and edges, to find
//! where merge time goes as N grows. It also breaks the edges down by the coarser side's
//! granularity and by same story or not, and reports cluster sizes and the edges per
//! mention; with `SHOW=1` in the environment it prints a few strong cross-story edges.
//!
//! ```text
//! cargo run --release --example merge_stages -- 25000
//! ```

use std::time::Instant;

use rayon::prelude::*;
use timeline::extract::{Mention, extract_mentions};
use timeline::merge::{MergeOptions, blocking, cluster, merge, similarity};
use timeline::synth::generate;

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(10_000);
    let corpus = generate(n, 1);
    let mentions: Vec<Mention> = corpus
        .articles
        .par_iter()
        .zip(&corpus.timexes)
        .flat_map_iter(|(a, t)| extract_mentions(a, t))
        .collect();
    let opts = MergeOptions::default();
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
    let capped: Vec<(usize, usize, f32)> = timeline::merge::mention_edges(&mentions, &feats, &opts)
        .into_iter()
        .map(|(i, j, w)| (i as usize, j as usize, w))
        .collect();
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
        if !same && w >= opts.threshold && e.1 <= 3 && std::env::var("SHOW").is_ok() {
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
    let t = Instant::now();
    let events = merge(&mentions, &opts);
    eprintln!(
        "merge() end to end {:.2}s, {} events",
        t.elapsed().as_secs_f64(),
        events.len()
    );
}
