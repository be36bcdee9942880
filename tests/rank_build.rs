//! The build's importance order uses what the articles make of each date (see
//! `merge::salience`): with every count equal, the day named in the articles' leads comes
//! before the day named only in their background, and `--max-events 1` keeps it.

use chrono::NaiveDate;
use timeline::model::Article;
use timeline::pipeline::{BuildOptions, build};

fn article(id: &str, published: (u32, u32), text: &str) -> Article {
    Article {
        id: id.into(),
        path: format!("{id}.txt"),
        title: None,
        source: None,
        url: None,
        published: NaiveDate::from_ymd_opt(2010, published.0, published.1),
        text: text.into(),
    }
}

/// June 2 in the first sentence, June 1 after five sentences of background.
fn text(city: &str) -> String {
    format!(
        "The board of the drilling company met on June 2 in {city} .\n\
         Its members discussed the cleanup .\nThe chairman spoke at length .\n\
         Several shareholders asked questions .\nThe company gave no figures .\n\
         Analysts expect more meetings .\n\
         The ministers of the coastal states met on June 1 in Paris ."
    )
}

#[test]
fn the_lead_day_outranks_the_background_day_with_equal_counts() {
    let articles = [
        article("a", (6, 10), &text("Rome")),
        article("b", (6, 11), &text("Rome")),
    ];
    let b = build(&articles, &BuildOptions::default());
    let first = &b.file.events[b.rank[0]];
    assert_eq!(first.date, "2010-06-02", "{:#?}", b.file.events);
    // Both days: two articles, two sources, both named from other days.
    let june1 = b
        .file
        .events
        .iter()
        .find(|e| e.date == "2010-06-01")
        .unwrap();
    assert_eq!((first.sources.len(), june1.sources.len()), (2, 2));

    let kept = build(
        &articles,
        &BuildOptions {
            max_events: Some(1),
            ..BuildOptions::default()
        },
    );
    let dates: Vec<&str> = kept.file.events.iter().map(|e| e.date.as_str()).collect();
    assert_eq!(dates, ["2010-06-02"]);
}

#[test]
fn without_publication_dates_the_volume_order_stands() {
    // No publication date: no centrality, so no lead bonus either; equal volumes fall to the
    // event order (earlier date first).
    let mut articles = [
        article("a", (6, 10), &text("Rome")),
        article("b", (6, 11), &text("Rome")),
    ];
    for a in &mut articles {
        a.published = None;
        a.text = a
            .text
            .replace("June 2", "June 2 , 2010")
            .replace("June 1", "June 1 , 2010");
    }
    let b = build(&articles, &BuildOptions::default());
    assert_eq!(
        b.file.events[b.rank[0]].date, "2010-06-01",
        "{:#?}",
        b.file.events
    );
}
