//! Counts event titles that read badly, to compare headline rules on real output: a title
//! that starts with a pronoun ("He is due to…"), with a figure or symbol ("$ 360m BP…"), has
//! no verb form we can see, ends in a bare reporting verb ("…, Hayward said"), keeps a page
//! stamp ("Last updated at…") or leaves a determiner dangling ("a terrible with").
//!
//! ```text
//! cargo run --release --example title_check -- events.json [more.json ...]
//! ```
//!
//! The checks are surface heuristics (no parser): "no verb" misses verbs in "-s" such as
//! "brings", so read the counts as a comparison between two builds, not as an error rate.

use std::collections::BTreeMap;

const PRONOUNS: &[&str] = &[
    "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those",
];
const VERBS: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can",
    "could", "may", "might", "must", "shall", "should", "do", "does", "did", "said", "says",
    "told", "tells", "made", "makes", "took", "takes", "went", "goes", "began", "begins", "won",
    "wins", "lost", "loses", "met", "meets", "left", "leaves", "came", "comes", "gave", "gives",
    "set", "sets", "put", "puts", "cut", "cuts", "hit", "hits",
];
const REPORTING: &[&str] = &["said", "says", "told", "tells", "added", "adds"];
const DANGLING: &[&str] = &["with", "of", "in", "for", "to"];

fn bare(w: &str) -> String {
    w.trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
}

fn flags(title: &str) -> Vec<&'static str> {
    let words: Vec<&str> = title.split_whitespace().collect();
    let Some(first) = words.first() else {
        return vec!["empty"];
    };
    let mut out = Vec::new();
    if PRONOUNS.contains(&bare(first).as_str()) {
        out.push("pronoun subject");
    }
    if !title.chars().next().is_some_and(char::is_alphabetic) {
        out.push("starts with a figure");
    }
    let verb = words.iter().skip(1).any(|w| {
        let b = bare(w);
        w.chars().next().is_some_and(char::is_lowercase)
            && (VERBS.contains(&b.as_str())
                || b.len() > 4 && (b.ends_with("ed") || b.ends_with("ing")))
    });
    if !verb {
        out.push("no verb seen");
    }
    if !title.ends_with('…')
        && words
            .last()
            .is_some_and(|w| REPORTING.contains(&bare(w).as_str()))
    {
        out.push("bare reporting verb");
    }
    if title.to_lowercase().contains("last updated") {
        out.push("page stamp");
    }
    if words.windows(2).any(|p| {
        matches!(bare(p[0]).as_str(), "a" | "an" | "the") && DANGLING.contains(&bare(p[1]).as_str())
    }) {
        out.push("dangling determiner");
    }
    out
}

fn main() {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    if paths.is_empty() {
        eprintln!("usage: title_check events.json [more.json ...]");
        std::process::exit(2);
    }
    for path in paths {
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{path}: cannot read it ({e})");
                continue;
            }
        };
        let file: serde_json::Value = match serde_json::from_str(&text) {
            Ok(v) => v,
            Err(e) => {
                eprintln!(
                    "{path}: not JSON ({e}); give the events.json that `timeline build` wrote"
                );
                continue;
            }
        };
        let events = file["events"].as_array().cloned().unwrap_or_default();
        let mut by_flag: BTreeMap<&str, usize> = BTreeMap::new();
        let (mut flagged, mut top, mut top_flagged) = (0, 0, 0);
        for e in &events {
            let f = flags(e["title"].as_str().unwrap_or(""));
            let is_top = e["rank"].as_u64().is_some_and(|r| r <= 60);
            top += usize::from(is_top);
            if !f.is_empty() {
                flagged += 1;
                top_flagged += usize::from(is_top);
            }
            for x in f {
                *by_flag.entry(x).or_default() += 1;
            }
        }
        let share = 100.0 * flagged as f64 / events.len().max(1) as f64;
        println!(
            "{path}: {} events, {flagged} titles flagged ({share:.1} %); of the top {top} by rank, {top_flagged}",
            events.len()
        );
        for (flag, n) in by_flag {
            println!("  {n:>5}  {flag}");
        }
    }
}
