//! Developer tool: single-core throughput of `tag()` over the texts of a JSONL file (field
//! `text`), repeated until about 200 MB have been tagged.
//! Usage: `cargo run --release --example tag_speed -- FILE.jsonl`.

use chrono::NaiveDate;
use std::time::Instant;
use timeline::tag::{TagOptions, tag};

fn main() {
    let path = std::env::args().nth(1).expect("FILE");
    let data = std::fs::read_to_string(path).expect("read");
    let texts: Vec<String> = data
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let dct = NaiveDate::from_ymd_opt(2022, 2, 1);
    let opts = TagOptions::default();
    let rounds = (200_000_000 / bytes.max(1)).max(1);
    let t0 = Instant::now();
    let mut n = 0usize;
    for _ in 0..rounds {
        for t in &texts {
            n += tag(t, dct, &opts).len();
        }
    }
    let s = t0.elapsed().as_secs_f64();
    let mb = (bytes * rounds) as f64 / 1e6;
    println!("{mb:.0} MB in {s:.2} s: {:.1} MB/s ({n} timexes)", mb / s);
}
