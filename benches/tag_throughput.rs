//! Tagger throughput on real news text: tags the 293 Timeline17 "BP oil spill" articles
//! (`../shared/eval/t17-bpoil/articles.jsonl` from the repository root, dct from `time`) in a
//! single-threaded loop and reports bytes per second (one core).
//!
//! Run: `cargo bench --bench tag_throughput` (about 10 s; reports time per pass and MiB/s).
//! Peak memory: build first, then time the bench binary itself, not cargo (whose compiler
//! children would dominate the figure):
//! `cargo bench --bench tag_throughput --no-run` prints the binary path, then
//! `/usr/bin/time -v target/release/deps/tag_throughput-HASH --bench --profile-time 3` and read
//! "Maximum resident set size" (about 7 MB at the first tagger merge, texts included).
//! If the Timeline17 file is missing the bench falls back to the seed articles in
//! `../shared/seeds/` (without dct), and to nothing (a message) if those are missing too.

use chrono::NaiveDate;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;
use timeline::tag::{TagOptions, tag};

/// One text to tag with its reference date.
struct Doc {
    text: String,
    dct: Option<NaiveDate>,
}

fn shared_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared")
}

/// The Timeline17 articles; None (with a message) when the file is missing or unreadable.
fn load_t17(path: &Path) -> Option<Vec<Doc>> {
    let content = match std::fs::read_to_string(path) {
        Ok(c) => c,
        Err(e) => {
            eprintln!(
                "tag_throughput: cannot read {}: {e}; clone the repository with `shared/` \
                 beside it to bench on Timeline17. Falling back to the seed articles.",
                path.display()
            );
            return None;
        }
    };
    let mut docs = Vec::new();
    let mut bad = 0usize;
    for line in content.lines().filter(|l| !l.trim().is_empty()) {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
            bad += 1;
            continue;
        };
        let Some(text) = v.get("text").and_then(|t| t.as_str()) else {
            bad += 1;
            continue;
        };
        let dct = v
            .get("time")
            .and_then(|t| t.as_str())
            .and_then(|t| NaiveDate::parse_from_str(t.get(..10)?, "%Y-%m-%d").ok());
        docs.push(Doc {
            text: text.to_string(),
            dct,
        });
    }
    if bad > 0 {
        eprintln!(
            "tag_throughput: skipped {bad} unreadable lines of {}",
            path.display()
        );
    }
    (!docs.is_empty()).then_some(docs)
}

/// The seed articles (plain text, no dct).
fn load_seeds(dir: &Path) -> Vec<Doc> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        eprintln!(
            "tag_throughput: cannot read {} either; nothing to bench.",
            dir.display()
        );
        return Vec::new();
    };
    let mut paths: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().and_then(|x| x.to_str()) == Some("txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .map(|text| Doc { text, dct: None })
        .collect()
}

fn bench(c: &mut Criterion) {
    let shared = shared_dir();
    let (name, docs) = match load_t17(&shared.join("eval/t17-bpoil/articles.jsonl")) {
        Some(d) => ("t17-bpoil", d),
        None => ("seeds", load_seeds(&shared.join("seeds"))),
    };
    if docs.is_empty() {
        eprintln!("tag_throughput: no input texts found; skipping the benchmark.");
        return;
    }
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let opts = TagOptions::default();
    let found: usize = docs.iter().map(|d| tag(&d.text, d.dct, &opts).len()).sum();
    eprintln!(
        "tag_throughput: {} {} docs, {bytes} bytes, {found} timexes per pass",
        docs.len(),
        name
    );
    let mut g = c.benchmark_group("tag");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    g.warm_up_time(Duration::from_secs(1));
    g.measurement_time(Duration::from_secs(5));
    g.bench_function(name, |b| {
        b.iter(|| {
            let mut n = 0usize;
            for d in &docs {
                n += tag(black_box(&d.text), d.dct, &opts).len();
            }
            black_box(n)
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
