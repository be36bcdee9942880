//! Hand-written multi-article merge cases: same event at day and week grain merges,
//! different events on the same day stay apart, unrelated mentions do not chain.

use chrono::NaiveDate;
use timeline::extract::extract_mentions;
use timeline::merge::{MergeOptions, merge};
use timeline::model::{Article, Event};
use timeline::tag::{Timex, TimexType, TimexValue};

fn d(m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2022, m, day).unwrap()
}

/// An article whose dated sentence carries `value` at `needle`.
fn art(id: &str, text: &str, needle: &str, value: TimexValue) -> (Article, Vec<Timex>) {
    let start = text.find(needle).unwrap();
    let a = Article {
        id: id.into(),
        path: format!("{id}.txt"),
        title: None,
        source: None,
        url: None,
        published: Some(d(2, 1)),
        text: text.into(),
    };
    let t = Timex {
        start,
        end: start + needle.len(),
        text: needle.into(),
        kind: TimexType::Date,
        value,
        modifier: None,
    };
    (a, vec![t])
}

fn run(items: Vec<(Article, Vec<Timex>)>) -> Vec<Event> {
    let mentions: Vec<_> = items
        .iter()
        .flat_map(|(a, t)| extract_mentions(a, t))
        .collect();
    merge(&mentions, &MergeOptions::default())
}

fn day(m: u32, dd: u32) -> TimexValue {
    TimexValue::Day(d(m, dd))
}

#[test]
fn day_and_week_mentions_of_one_event_merge_at_the_day() {
    let ev = run(vec![
        art(
            "a",
            "On January 26, the United States and NATO submitted written responses to Russia's security demands.",
            "January 26",
            day(1, 26),
        ),
        art(
            "b",
            "Putin said the written responses to Russia's security demands, delivered last week, ignored Moscow.",
            "last week",
            TimexValue::Week {
                year: 2022,
                week: 4,
            },
        ),
    ]);
    assert_eq!(ev.len(), 1, "{ev:#?}");
    assert_eq!(ev[0].date, "2022-01-26");
    assert_eq!(ev[0].sources, ["a", "b"]);
    assert_eq!(ev[0].mentions.len(), 2);
}

#[test]
fn different_events_on_the_same_day_stay_apart() {
    let ev = run(vec![
        art(
            "a",
            "Lavrov and Blinken spoke by phone on Tuesday about Ukraine.",
            "Tuesday",
            day(2, 1),
        ),
        art(
            "b",
            "On Tuesday, Boris Johnson flew to Kyiv and met Zelensky.",
            "Tuesday",
            day(2, 1),
        ),
        art(
            "c",
            "Lavrov said on Tuesday he had spoken with Blinken by phone.",
            "Tuesday",
            day(2, 1),
        ),
    ]);
    assert_eq!(ev.len(), 2, "{ev:#?}");
    let call = ev
        .iter()
        .find(|e| e.sources.len() == 2)
        .expect("merged call");
    assert_eq!(call.sources, ["a", "c"]);
}

#[test]
fn different_days_never_merge_even_with_the_same_words() {
    let ev = run(vec![
        art(
            "a",
            "Putin held a press conference with Orban on February 1.",
            "February 1",
            day(2, 1),
        ),
        art(
            "b",
            "Putin held a press conference with Macron on February 8.",
            "February 8",
            day(2, 8),
        ),
    ]);
    assert_eq!(ev.len(), 2);
}

#[test]
fn two_days_inside_one_week_do_not_chain_through_the_week() {
    let ev = run(vec![
        art(
            "a",
            "NATO delivered written responses to Russia on January 26.",
            "January 26",
            day(1, 26),
        ),
        art(
            "b",
            "NATO delivered written responses to Russia last week.",
            "last week",
            TimexValue::Week {
                year: 2022,
                week: 4,
            },
        ),
        art(
            "c",
            "NATO delivered written responses to Russia on January 27.",
            "January 27",
            day(1, 27),
        ),
    ]);
    // The week joins one of the days; the two days never share an event.
    assert_eq!(ev.len(), 2, "{ev:#?}");
    let has = |e: &Event, s: &str| e.sources.iter().any(|x| x == s);
    assert!(ev.iter().all(|e| !(has(e, "a") && has(e, "c"))));
}
