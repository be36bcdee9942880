//! The seed story end to end through the library: the five articles in `input/` give the
//! dates and merges a reader of this story expects.

use std::path::PathBuf;

use timeline::ingest::ingest;
use timeline::model::{Event, EventsFile};
use timeline::pipeline::{BuildOptions, build};

fn seed_events() -> EventsFile {
    let input = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("input");
    let ingested = ingest(&[input]);
    assert_eq!(
        ingested.articles.len(),
        5,
        "problems: {:?}",
        ingested.problems
    );
    build(&ingested.articles, &BuildOptions::default()).file
}

const A000: &str = "000_2c888ae4d1a458c7";
const A001: &str = "001_50d96cea91c36005";
const A002: &str = "002_5996ab00fbf4c535";
const A003: &str = "003_b38d0da1d2f2dce8";
const A004: &str = "004_4e385b8760231e89";

fn cites(e: &Event, id: &str) -> bool {
    e.sources.iter().any(|s| s == id)
}

/// The event holding a mention of `article` whose sentence contains `needle`.
fn event_with<'a>(f: &'a EventsFile, article: &str, needle: &str) -> &'a Event {
    event_with_timex(f, article, needle, "")
}

/// The event holding a mention of `article` whose sentence contains `needle` and whose
/// temporal expression contains `timex`.
fn event_with_timex<'a>(f: &'a EventsFile, article: &str, needle: &str, timex: &str) -> &'a Event {
    f.events
        .iter()
        .find(|e| {
            e.mentions.iter().any(|m| {
                m.article == article && m.sentence.contains(needle) && m.text.contains(timex)
            })
        })
        .unwrap_or_else(|| {
            panic!(
                "no event from {article} quoting {needle:?}; events: {:#?}",
                f.events
                    .iter()
                    .map(|e| (&e.date, &e.title, &e.sources))
                    .collect::<Vec<_>>()
            )
        })
}

#[test]
fn publication_dates_come_from_manifest_and_date_line() {
    let f = seed_events();
    let dates: Vec<(String, String)> = f
        .articles
        .iter()
        .map(|a| {
            (
                a.id.clone(),
                a.published.map(|d| d.to_string()).unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(
        dates,
        [
            (A000.to_string(), "2022-02-08".to_string()),
            (A001.to_string(), "2022-02-01".to_string()),
            (A002.to_string(), "2022-01-29".to_string()),
            (A003.to_string(), "2022-02-01".to_string()),
            (A004.to_string(), "2022-02-03".to_string()),
        ]
    );
}

#[test]
fn written_responses_of_january_26_cite_all_five_sources() {
    let f = seed_events();
    let e = event_with(&f, A002, "On the evening of January 26");
    assert_eq!(e.date, "2022-01-26");
    assert_eq!(e.granularity.as_str(), "day");
    assert_eq!(e.sources, [A000, A001, A002, A003, A004], "{e:#?}");
    // Week-level mentions ("last week") are kept with their own value.
    assert!(e.mentions.iter().any(|m| m.value == "2022-W04"));
}

#[test]
fn orban_press_conference_is_one_event_and_same_day_events_stay_apart() {
    let f = seed_events();
    let presser = event_with(&f, A003, "on Tuesday accused the U.S.");
    assert_eq!(presser.date, "2022-02-01");
    for id in [A001, A003, A004] {
        assert!(cites(presser, id), "{id} missing from {presser:#?}");
    }
    let call = event_with(&f, A004, "telephone call on Tuesday");
    assert_eq!(call.date, "2022-02-01");
    assert_ne!(
        call.id, presser.id,
        "Lavrov–Blinken call merged into the press conference"
    );
    assert!(cites(call, A003) && cites(call, A004), "{call:#?}");
    let kyiv = event_with(&f, A001, "Mr Johnson flew to Kyiv");
    assert_eq!(kyiv.date, "2022-02-01");
    assert_ne!(kyiv.id, presser.id);
    assert_ne!(kyiv.id, call.id);
    assert_eq!(kyiv.sources, [A001]);
}

#[test]
fn annexation_of_crimea_is_one_event_in_2014() {
    let f = seed_events();
    let e = event_with(
        &f,
        A003,
        "Russia annexed Ukraine's Crimean Peninsula in 2014",
    );
    assert_eq!(e.date, "2014");
    assert_eq!(e.granularity.as_str(), "year");
    for id in [A001, A003, A004] {
        assert!(cites(e, id), "{id} missing from {e:#?}");
    }
}

#[test]
fn macron_press_conference_is_not_merged_with_orban() {
    let f = seed_events();
    let macron = event_with_timex(&f, A000, "In the early hours of Tuesday", "Tuesday");
    assert_eq!(macron.date, "2022-02-08");
    assert_eq!(macron.sources, [A000]);
}

#[test]
fn planned_trip_to_beijing_is_dated_forward_and_marked_planned() {
    let f = seed_events();
    let e = event_with(&f, A001, "Putin will travel to Beijing");
    assert_eq!(e.date, "2022-02-04");
    assert_eq!(e.status, timeline::model::Status::Planned);
}

#[test]
fn the_day_before_follows_the_narrative() {
    let f = seed_events();
    let e = event_with(
        &f,
        A001,
        "The day before, Russia and the United States clashed",
    );
    assert_eq!(e.date, "2022-01-31");
}

#[test]
fn far_past_dates_are_resolved() {
    let f = seed_events();
    let early_90s = event_with(&f, A004, "early 1990s");
    assert_eq!(early_90s.date, "199");
    assert_eq!(early_90s.modifier.as_deref(), Some("START"));
    let dec = event_with(&f, A001, "Last December");
    assert_eq!(dec.date, "2021-12");
}

#[test]
fn every_event_has_a_readable_title_and_quotes() {
    let f = seed_events();
    assert!(!f.events.is_empty());
    for e in &f.events {
        let words = e.title.split_whitespace().count();
        assert!((2..=16).contains(&words), "title {:?}", e.title);
        assert!(e.start <= e.end);
        assert!(!e.mentions.is_empty());
        for m in &e.mentions {
            let text = m.text.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(m.sentence.contains(&text), "{m:#?}");
        }
    }
}
