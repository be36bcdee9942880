//! The Timeline17 protocols of `timeline eval t17` on a hand-made story and hand-made gold
//! timelines: the news-tls protocol reads only the articles published within each gold
//! timeline's span and picks only dates within it; the open protocol reads everything. The
//! expected dates and every P/R/F1 and mean are worked out by hand below.

use chrono::NaiveDate;
use timeline::eval::t17::load_gold_timelines;
use timeline::eval::t17_build::{Protocol, Scores, published_within, run_t17_eval, score};
use timeline::ingest::ingest;
use timeline::pipeline::BuildOptions;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// Five articles: a1, a2 inside gold "a"'s span (April 20 – May 31); a3, a4 published in
/// June about May 10 (inside the span, but published after it); a5 published before it.
/// a1 also reports April 15, before both spans: a date the news-tls protocol must not pick.
const ARTICLES: &str = r#"{"id": "a1", "time": "2010-04-21", "text": "The Deepwater Horizon rig exploded on April 20 , killing 11 workers . Engineers inspected the rig on April 15 ."}
{"id": "a2", "time": "2010-05-03", "text": "BP began drilling a relief well on Sunday . The rig exploded on April 20 off Louisiana ."}
{"id": "a3", "time": "2010-06-10", "text": "Officials met on May 10 to review the spill . The rig exploded on April 20 ."}
{"id": "a4", "time": "2010-06-11", "text": "Officials met on May 10 to review the spill response ."}
{"id": "a5", "time": "2010-04-18", "text": "Engineers inspected the rig on April 15 ."}
"#;

fn story() -> (tempfile::TempDir, Vec<timeline::model::Article>) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("articles.jsonl"), ARTICLES).unwrap();
    let gold = dir.path().join("gold");
    std::fs::create_dir(&gold).unwrap();
    // "a": 4 dates, span April 20 – May 31. "b": 3 dates, span April 20 – 22.
    std::fs::write(
        gold.join("a.txt"),
        "2010-04-20\nThe rig explodes .\n---\n2010-05-02\nA relief well .\n---\n\
         2010-05-20\nx\n---\n2010-05-31\ny\n---\n",
    )
    .unwrap();
    std::fs::write(
        gold.join("b.txt"),
        "2010-04-20\nThe rig explodes .\n---\n2010-04-21\nz\n---\n2010-04-22\nw\n",
    )
    .unwrap();
    let articles = ingest(&[dir.path().join("articles.jsonl")]).articles;
    assert_eq!(articles.len(), 5);
    (dir, articles)
}

fn close(x: f64, y: f64) -> bool {
    (x - y).abs() < 1e-9
}

fn run(protocol: Protocol) -> Scores {
    let (dir, articles) = story();
    let golds = load_gold_timelines(&dir.path().join("gold")).unwrap();
    score(&articles, &golds, protocol, &BuildOptions::default())
}

#[test]
fn span_keeps_articles_published_within_it() {
    let (_dir, articles) = story();
    let ids = |v: Vec<timeline::model::Article>| v.into_iter().map(|a| a.id).collect::<Vec<_>>();
    assert_eq!(
        ids(published_within(
            &articles,
            d("2010-04-20"),
            d("2010-05-31")
        )),
        ["a1", "a2"]
    );
    // Both ends inclusive.
    assert_eq!(
        ids(published_within(
            &articles,
            d("2010-04-18"),
            d("2010-04-21")
        )),
        ["a1", "a5"]
    );
}

#[test]
fn news_tls_protocol_reads_the_span_only() {
    let s = run(Protocol::NewsTls);
    let a = &s.rows[0];
    assert_eq!((a.name.as_str(), a.n, a.articles), ("a", 4, 2));
    // Only a1 and a2 are read: May 10 (reported in June) and April 15 are not candidates.
    let mut got = a.produced.clone();
    got.sort();
    assert_eq!(got, [d("2010-04-20"), d("2010-05-02")]);
    // 2 hits of 2 produced, of 4 gold.
    assert!(
        close(a.p, 1.0) && close(a.r, 0.5) && close(a.f1, 2.0 / 3.0),
        "{a:?}"
    );
    let b = &s.rows[1];
    assert_eq!((b.name.as_str(), b.n, b.articles), ("b", 3, 1));
    // a1's April 15 is outside the span (April 20 – 22).
    assert_eq!(b.produced, [d("2010-04-20")]);
    assert!(
        close(b.p, 1.0) && close(b.r, 1.0 / 3.0) && close(b.f1, 0.5),
        "{b:?}"
    );
    // Mean of F1 vs news-tls's F1 of the mean P (1) and mean R (5/12).
    assert!(close(s.mean_f1, (2.0 / 3.0 + 0.5) / 2.0), "{}", s.mean_f1);
    let (mp, mr) = (1.0, 5.0 / 12.0);
    assert!(
        close(s.f1_of_means, 2.0 * mp * mr / (mp + mr)),
        "{}",
        s.f1_of_means
    );
    // `build --max-events N` on the span's articles has no span filter: April 15 (from a1)
    // stays. "a": {Apr 15, Apr 20, May 2}: P 2/3, R 1/2, F1 4/7. "b": {Apr 15, Apr 20}:
    // P 1/2, R 1/3, F1 2/5.
    assert!(close(a.build_f1, 4.0 / 7.0), "{a:?}");
    assert!(close(b.build_f1, 0.4), "{b:?}");
    assert!(close(s.mean_build_f1, (4.0 / 7.0 + 0.4) / 2.0));
}

#[test]
fn open_protocol_reads_everything() {
    let s = run(Protocol::Open);
    let a = &s.rows[0];
    assert_eq!((a.n, a.articles), (4, 5));
    // Four dates from all five articles; May 10 (two sources) and April 15 now compete.
    let mut got = a.produced.clone();
    got.sort();
    assert_eq!(
        got,
        [
            d("2010-04-15"),
            d("2010-04-20"),
            d("2010-05-02"),
            d("2010-05-10")
        ]
    );
    assert!(
        close(a.p, 0.5) && close(a.r, 0.5) && close(a.f1, 0.5),
        "{a:?}"
    );
    // Gold "b" takes 3 of the same dates: only April 20 is right.
    let b = &s.rows[1];
    assert_eq!(b.produced.len(), 3);
    assert!(close(b.p, 1.0 / 3.0) && close(b.r, 1.0 / 3.0), "{b:?}");
}

#[test]
fn report_prints_both_protocols_chosen_first() {
    let (dir, _) = story();
    let (articles, gold) = (dir.path().join("articles.jsonl"), dir.path().join("gold"));
    let out = run_t17_eval(&articles, &gold, Protocol::NewsTls).unwrap();
    let (n, o) = (
        out.find("protocol news-tls").unwrap(),
        out.find("protocol open").unwrap(),
    );
    assert!(n < o, "{out}");
    assert!(out.contains("mean F1 over 2 timelines: 0.583"), "{out}");
    let out = run_t17_eval(&articles, &gold, Protocol::Open).unwrap();
    assert!(out.find("protocol open").unwrap() < out.find("protocol news-tls").unwrap());
}
