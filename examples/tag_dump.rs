//! Developer tool: tags every line of a JSONL file and prints one JSON array of timex records
//! per line. Lines carry `text` and `dct` (TempEval style) or `phrase` and `reference`
//! (Duckling style). Usage: `cargo run --release --example tag_dump -- FILE [auto|past|future]`.

use chrono::NaiveDate;
use timeline::tag::{Prefer, TagOptions, tag, to_records};

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("FILE");
    let prefer = match args.next().as_deref() {
        Some("past") => Prefer::Past,
        Some("future") => Prefer::Future,
        _ => Prefer::Auto,
    };
    let opts = TagOptions { prefer };
    let data = std::fs::read_to_string(path).expect("read");
    for line in data.lines() {
        let v: serde_json::Value = serde_json::from_str(line).expect("json");
        let text = v["text"].as_str().or(v["phrase"].as_str()).unwrap_or("");
        let dct = v["dct"]
            .as_str()
            .or(v["reference"].as_str())
            .and_then(|s| NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok());
        let found = tag(text, dct, &opts);
        println!(
            "{}",
            serde_json::to_string(&to_records(text, &found)).expect("json")
        );
    }
}
