//! Developer tool: throws pseudo-random soups of calendar words, numbers and punctuation at
//! `tag()` under every direction and a few extreme DCTs; any panic aborts the run.
//! Usage: `cargo run --release --example tag_fuzz -- [ITERATIONS]`.

use chrono::NaiveDate;
use timeline::tag::{Prefer, TagOptions, tag, to_records};

#[rustfmt::skip]
const PIECES: &[&str] = &[
    "the",
    "last",
    "next",
    "this",
    "of",
    "a",
    "an",
    "ago",
    "later",
    "before",
    "after",
    "day",
    "days",
    "week",
    "weekend",
    "month",
    "year",
    "years",
    "decade",
    "century",
    "quarter",
    "half",
    "early",
    "mid",
    "late",
    "end",
    "beginning",
    "more",
    "than",
    "about",
    "nearly",
    "within",
    "every",
    "twice",
    "daily",
    "now",
    "today",
    "tomorrow",
    "yesterday",
    "tonight",
    "morning",
    "night",
    "Monday",
    "friday",
    "Tue",
    "sat",
    "Jan",
    "January",
    "May",
    "may",
    "March",
    "Sept",
    "December",
    "summer",
    "fall",
    "Christmas",
    "New",
    "Year",
    "Eve",
    "Easter",
    "first",
    "third",
    "second",
    "twenty",
    "four",
    "nineteen",
    "ninety",
    "thousand",
    "hundred",
    "1",
    "12",
    "13",
    "15",
    "24",
    "29",
    "30",
    "31",
    "45",
    "99",
    "737",
    "1990",
    "1997",
    "2014",
    "2022",
    "9999",
    "99999",
    "123456789012345678901234567890",
    "0",
    "00",
    "s",
    "th",
    "st",
    "p",
    "m",
    "am",
    "pm",
    "noon",
    "midnight",
    "EST",
    ".",
    ",",
    "-",
    "/",
    ":",
    "'",
    "’",
    "%",
    "$",
    "(",
    "\n\n",
    "–",
    "é",
    "日",
    "\u{0}",
    "fiscal",
    "year-earlier",
    "upcoming",
    "from",
    "to",
    "until",
    "by",
    "o'clock",
    "these",
    "that",
    "same",
    "following",
    "previous",
    "coming",
    "past",
    "recent",
    // holidays of other calendars, edges of the current unit
    "diwali",
    "Ramadan",
    "passover",
    "yom",
    "kippur",
    "eid",
    "al",
    "fitr",
    "chinese",
    "holi",
    "EOM",
    "two",
    "in",
];

fn main() {
    let n: u64 = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(200_000);
    let dcts = [
        NaiveDate::from_ymd_opt(2022, 2, 1),
        None,
        Some(NaiveDate::MAX),
        Some(NaiveDate::MIN),
        NaiveDate::from_ymd_opt(2000, 2, 29),
    ];
    let mut x: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let mut total = 0usize;
    for it in 0..n {
        let len = (next() % 14) as usize;
        let mut s = String::new();
        for _ in 0..len {
            let p = PIECES[(next() % PIECES.len() as u64) as usize];
            s.push_str(p);
            if next() % 3 != 0 {
                s.push(' ');
            }
        }
        let dct = dcts[(it % dcts.len() as u64) as usize];
        let prefer = [Prefer::Auto, Prefer::Past, Prefer::Future][(it % 3) as usize];
        let found = tag(&s, dct, &TagOptions { prefer });
        for t in &found {
            assert!(s.is_char_boundary(t.start) && s.is_char_boundary(t.end) && t.start < t.end);
            let _ = t.value.to_string();
        }
        for w in found.windows(2) {
            assert!(w[0].end <= w[1].start, "overlap in {s:?}: {w:?}");
        }
        total += to_records(&s, &found).len();
    }
    println!("{n} inputs, {total} timexes, no panic");
}
