//! Developer tool: tags a text file against a DCT and prints `start end type value mod text`.
//! Usage: `cargo run --example tag_text -- FILE YYYY-MM-DD [auto|past|future]`.

use chrono::NaiveDate;
use timeline::tag::{Prefer, TagOptions, tag};

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("FILE");
    let dct = args
        .next()
        .and_then(|s| NaiveDate::parse_from_str(&s, "%Y-%m-%d").ok());
    let prefer = match args.next().as_deref() {
        Some("past") => Prefer::Past,
        Some("future") => Prefer::Future,
        _ => Prefer::Auto,
    };
    let text = std::fs::read_to_string(path).expect("read");
    for t in tag(&text, dct, &TagOptions { prefer }) {
        let m = t.modifier.map(|m| m.as_str()).unwrap_or("");
        println!(
            "{}\t{}\t{}\t{}\t{}\t{}",
            t.start, t.end, t.kind, t.value, m, t.text
        );
    }
}
