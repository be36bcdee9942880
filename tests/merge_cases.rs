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

#[test]
fn sources_that_disagree_on_the_day_give_one_event_with_the_conflict_flagged() {
    let ev = run(vec![
        art(
            "a",
            "Hungarian Prime Minister Viktor Orban met Vladimir Putin in Moscow on Monday for talks on gas supplies.",
            "Monday",
            day(1, 31),
        ),
        art(
            "b",
            "Viktor Orban met Vladimir Putin in Moscow on Tuesday for talks on gas supplies and security.",
            "Tuesday",
            day(2, 1),
        ),
        art(
            "c",
            "On Tuesday, Orban and Putin held talks in Moscow on gas supplies.",
            "Tuesday",
            day(2, 1),
        ),
    ]);
    assert_eq!(ev.len(), 1, "{ev:#?}");
    let e = &ev[0];
    // The day most sources give wins; every source's own day is kept.
    assert_eq!(e.date, "2022-02-01");
    assert_eq!(e.sources, ["a", "b", "c"]);
    let claims: Vec<(&str, &str)> = e
        .conflicts
        .iter()
        .map(|c| (c.article.as_str(), c.value.as_str()))
        .collect();
    assert_eq!(
        claims,
        [
            ("a", "2022-01-31"),
            ("b", "2022-02-01"),
            ("c", "2022-02-01")
        ]
    );
}

#[test]
fn similar_events_on_near_days_without_strong_agreement_stay_apart() {
    let ev = run(vec![
        art(
            "a",
            "Protesters marched in Kyiv on Monday against the government.",
            "Monday",
            day(1, 31),
        ),
        art(
            "b",
            "Farmers blocked roads near Lviv on Tuesday over fuel prices.",
            "Tuesday",
            day(2, 1),
        ),
    ]);
    assert_eq!(ev.len(), 2);
    assert!(ev.iter().all(|e| e.conflicts.is_empty()));
}

#[test]
fn an_anaphoric_date_merges_with_the_same_event_dated_plainly() {
    // The tagger resolves "the day before" against the narrative (Tuesday 1 Feb → 31 Jan).
    let dct = d(2, 1);
    let text_a = "At the United Nations on Tuesday, the ambassador spoke to reporters. The day before, Russia and the United States clashed angrily at the Security Council.";
    let text_b = "On Monday, Russia and the United States clashed angrily over Ukraine at the Security Council.";
    let mk = |id: &str, text: &str| Article {
        id: id.into(),
        path: format!("{id}.txt"),
        title: None,
        source: None,
        url: None,
        published: Some(dct),
        text: text.into(),
    };
    let arts = [mk("a", text_a), mk("b", text_b)];
    let opts = timeline::tag::TagOptions::default();
    let mentions: Vec<_> = arts
        .iter()
        .flat_map(|a| extract_mentions(a, &timeline::tag::tag(&a.text, a.published, &opts)))
        .collect();
    let ev = merge(&mentions, &MergeOptions::default());
    let clash = ev
        .iter()
        .find(|e| e.title.contains("clashed"))
        .expect("clash event");
    assert_eq!(clash.date, "2022-01-31");
    assert_eq!(clash.sources, ["a", "b"], "{ev:#?}");
}

#[test]
fn two_happenings_in_one_sentence_are_two_events_and_each_merges_with_its_own_report() {
    let text_a =
        "Mayor Reyes declared an emergency on March 1, and the water director resigned on March 4.";
    let march = |dd: u32| TimexValue::Day(NaiveDate::from_ymd_opt(2022, 3, dd).unwrap());
    let mut a = art("a", text_a, "March 1", march(1));
    let s4 = text_a.find("March 4").unwrap();
    a.1.push(Timex {
        start: s4,
        end: s4 + 7,
        text: "March 4".into(),
        kind: TimexType::Date,
        value: march(4),
        modifier: None,
    });
    let b = art(
        "b",
        "The city's water director resigned on Friday after residents complained for weeks.",
        "Friday",
        march(4),
    );
    let ev = run(vec![a, b]);
    assert_eq!(ev.len(), 2, "{ev:#?}");
    assert_eq!(ev[0].date, "2022-03-01");
    assert_eq!(ev[0].title, "Mayor Reyes declared an emergency");
    assert_eq!(ev[0].sources, ["a"]);
    assert_eq!(ev[1].date, "2022-03-04");
    assert_eq!(ev[1].sources, ["a", "b"]);
}

#[test]
fn namesakes_on_the_same_day_stay_apart() {
    // Different people of one surname: the surname is no evidence they did one thing.
    let ev = run(vec![
        art(
            "a",
            "Elena Ulstad signed the harbour contract on Tuesday in Bergen.",
            "Tuesday",
            day(2, 1),
        ),
        art(
            "b",
            "Yuki Ulstad opened a museum exhibition on Tuesday in Oslo.",
            "Tuesday",
            day(2, 1),
        ),
        art(
            "c",
            "On Tuesday, Elena Ulstad signed the contract for the harbour.",
            "Tuesday",
            day(2, 1),
        ),
    ]);
    assert_eq!(ev.len(), 2, "{ev:#?}");
    let contract = ev.iter().find(|e| e.sources.len() == 2).expect("merged");
    assert!(
        contract.title.contains("Elena Ulstad signed"),
        "{}",
        contract.title
    );
    assert!(ev.iter().any(|e| e.title.starts_with("Yuki Ulstad opened")));
}
