//! Developer tool: every day-level date an article counts in the date signals
//! (`pipeline::article_dates`), one tab-separated line each: article id, publication day,
//! resolved day, days from publication, sentence index, the expression and its sentence.
//! Usage: `cargo run --release --example day_dump -- ARTICLES.jsonl > days.tsv`.

use timeline::extract::{sentences, story_timexes};
use timeline::tag::{TagOptions, tag};

fn main() {
    let path = std::env::args().nth(1).expect("ARTICLES.jsonl");
    let articles = timeline::ingest::ingest(&[std::path::PathBuf::from(&path)]).articles;
    let opts = TagOptions::default();
    for a in &articles {
        let tx = tag(&a.text, a.published, &opts);
        let sents = sentences::split(&a.text);
        for t in story_timexes(&a.text, &tx) {
            let Some(d) = t.value.day() else { continue };
            let si = sents.partition_point(|s| s.1 <= t.start);
            let sentence = sents
                .get(si)
                .map(|s| {
                    a.text[s.0..s.1]
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .unwrap_or_default();
            let gap = a.published.map(|p| (d - p).num_days()).unwrap_or(0);
            println!(
                "{}\t{}\t{}\t{:+}\t{}\t{}\t{}",
                a.id,
                a.published.map(|p| p.to_string()).unwrap_or_default(),
                d,
                gap,
                si,
                t.text,
                sentence
            );
        }
    }
}
