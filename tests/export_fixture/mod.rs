//! A hand-built `events.json` for the export tests, shaped like a seed story: a day event
//! with five sources, a week, a month, a year, a decade with mod START, a season, a planned
//! quarter, an event whose sources disagree on the date, and text full of characters every
//! format must escape (`<script>`, quotes, commas, semicolons, backslashes, newlines). Every
//! event has its `rank`, as `timeline build` writes them.

#![allow(dead_code)]

use chrono::NaiveDate;
use timeline::model::{ArticleInfo, DateClaim, Event, EventsFile, MentionOut, Status};
use timeline::tag::Granularity;

pub fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, dd).unwrap()
}

pub const NASTY: &str =
    "Officials said: \"<script>alert('x')</script>\", then; left\\ early,\nwith a new line & more";

fn article(id: &str, title: &str, source: &str, url: Option<&str>, day: u32) -> ArticleInfo {
    ArticleInfo {
        id: id.into(),
        path: format!("articles/{id}.txt"),
        title: Some(title.into()),
        source: Some(source.into()),
        url: url.map(str::to_string),
        published: Some(d(2022, 1, day)),
        published_inferred: None,
    }
}

fn mention(article: &str, text: &str, value: &str, sentence: &str) -> MentionOut {
    MentionOut {
        article: article.into(),
        text: text.into(),
        value: value.into(),
        sentence: sentence.into(),
        start: 10,
        end: 10 + text.chars().count(),
    }
}

#[allow(clippy::too_many_arguments)]
fn event(
    id: &str,
    date: &str,
    start: NaiveDate,
    end: NaiveDate,
    granularity: Granularity,
    modifier: Option<&str>,
    title: &str,
    sources: &[&str],
) -> Event {
    Event {
        id: id.into(),
        rank: None,
        date: date.into(),
        start,
        end,
        granularity,
        modifier: modifier.map(str::to_string),
        title: title.into(),
        status: Status::Happened,
        sources: sources.iter().map(|s| s.to_string()).collect(),
        actors: vec!["NATO".into()],
        conflicts: vec![],
        mentions: sources
            .iter()
            .map(|s| {
                mention(
                    s,
                    "then",
                    date,
                    &format!("In {s}'s words, it happened then, on that date."),
                )
            })
            .collect(),
    }
}

/// The fixture file.
pub fn sample() -> EventsFile {
    let articles = vec![
        article(
            "a1",
            "Talks in Paris",
            "Reuters",
            Some("https://example.com/reuters/1"),
            27,
        ),
        article(
            "a2",
            "Talks, \"again\"; <b>bold</b>",
            "BBC",
            Some("https://example.com/bbc/2"),
            27,
        ),
        article("a3", "Paris meeting", "AP", None, 28),
        article(
            "a4",
            "Réunion à Paris",
            "Le Monde",
            Some("https://example.com/lemonde/4"),
            28,
        ),
        article(
            "a5",
            "Envoys meet",
            "The <Times>",
            Some("https://example.com/times/5"),
            29,
        ),
    ];
    let mut day = event(
        "e1",
        "2022-01-26",
        d(2022, 1, 26),
        d(2022, 1, 26),
        Granularity::Day,
        None,
        "Envoys meet in Paris; \"Normandy format\" <script>x</script>, talks resume",
        &["a1", "a2", "a3", "a4", "a5"],
    );
    day.mentions[1].sentence = NASTY.into();
    let week = event(
        "e2",
        "2022-W04",
        d(2022, 1, 24),
        d(2022, 1, 30),
        Granularity::Week,
        None,
        "Troops move to the border",
        &["a1", "a3"],
    );
    let month = event(
        "e3",
        "2021-12",
        d(2021, 12, 1),
        d(2021, 12, 31),
        Granularity::Month,
        None,
        "Draft treaties published",
        &["a2"],
    );
    let year = event(
        "e4",
        "2014",
        d(2014, 1, 1),
        d(2014, 12, 31),
        Granularity::Year,
        None,
        "Crimea annexed",
        &["a4"],
    );
    let decade = event(
        "e5",
        "199",
        d(1990, 1, 1),
        d(1999, 12, 31),
        Granularity::Decade,
        Some("START"),
        "Assurances on expansion given",
        &["a5"],
    );
    let season = event(
        "e6",
        "2011-SU",
        d(2011, 6, 1),
        d(2011, 8, 31),
        Granularity::Season,
        None,
        "Exercises held",
        &["a3"],
    );
    let mut planned = event(
        "e7",
        "2022-Q3",
        d(2022, 7, 1),
        d(2022, 9, 30),
        Granularity::Quarter,
        None,
        "Summit expected",
        &["a1"],
    );
    planned.status = Status::Planned;
    let mut conflict = event(
        "e8",
        "2022-02-01",
        d(2022, 2, 1),
        d(2022, 2, 1),
        Granularity::Day,
        None,
        "Letter delivered",
        &["a1", "a2"],
    );
    conflict.conflicts = vec![
        DateClaim {
            article: "a1".into(),
            value: "2022-01-31".into(),
        },
        DateClaim {
            article: "a2".into(),
            value: "2022-02-01".into(),
        },
    ];
    let mut events = vec![decade, season, year, month, week, day, conflict, planned];
    events.sort_by(|a, b| (a.start, a.end, &a.id).cmp(&(b.start, b.end, &b.id)));
    // Ranked as `timeline build` ranks them (no article signals here).
    let order = timeline::merge::rank_order_with(&events, &[]);
    timeline::merge::set_ranks(&mut events, &order);
    EventsFile { articles, events }
}

/// The event with id `id`.
pub fn ev<'a>(file: &'a EventsFile, id: &str) -> &'a Event {
    file.events.iter().find(|e| e.id == id).unwrap()
}

/// Index of the event with id `id`.
pub fn idx(file: &EventsFile, id: &str) -> usize {
    file.events.iter().position(|e| e.id == id).unwrap()
}
