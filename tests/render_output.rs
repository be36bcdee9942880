//! Output tests of the rendered SVG: uncertainty, planned and conflict marks, lanes,
//! options, escaping of untrusted text, determinism and edge cases.

use render_common::*;
use timeline::model::{DateClaim, EventsFile};
use timeline::render::{Lanes, RenderError, RenderOptions, render_svg};
use timeline::tag::Granularity;

mod render_common;
// ---------- marks ----------

#[test]
fn uncertainty_planned_and_conflicts_are_drawn() {
    let svg = render_svg(&seed(), &RenderOptions::default()).unwrap();
    let doc = parse(&svg);
    let text = titles_in(&doc);
    for s in [
        "Tue 1 Feb 2022",
        "week of 24 Jan 2022",
        "weekend of 29–30 Jan 2022",
        "Dec 2021",
        "2014",
        "early 1990s",
    ] {
        assert!(text.contains(s), "missing date label {s}");
    }
    assert!(text.contains("planned"));
    assert!(text.contains("5 sources"));
    let text = squash(&text);
    assert!(
        text.contains("datesdiffer:AssociatedPresssays27Jan2022"),
        "{text}"
    );
    // Periods are bars, wider than a point.
    let bars = doc
        .shapes
        .iter()
        .filter(|s| s.group == "events" && s.tag == "rect" && s.num("width") > 20.0)
        .count();
    assert!(bars >= 4, "{bars}");
    // The planned connector is dashed: many short segments in the planned colour.
    let planned = doc
        .shapes
        .iter()
        .filter(|s| s.group == "connectors" && s.attr("stroke") == "#7A4EB0")
        .count();
    assert!(planned >= 3, "{planned}");
    // The planned marker is hollow.
    assert!(doc.shapes.iter().any(|s| s.group == "events"
        && s.tag == "circle"
        && s.attr("fill") == "none"
        && s.attr("stroke") == "#7A4EB0"));
    // Legend names the outlets, and the article without an outlet by its id.
    let header = texts_in(&doc, "header");
    for o in [
        "Reuters",
        "BBC News",
        "Associated Press",
        "The Guardian",
        "a06",
    ] {
        assert!(header.contains(&o), "{header:?}");
    }
}

#[test]
fn without_outlet_names_the_picture_counts_articles_and_draws_no_id_legend() {
    // A corpus of bare ids (as Timeline17): every article would be an "outlet" of its own.
    let mut file = seed();
    for a in &mut file.articles {
        a.source = None;
    }
    let svg = render_svg(&file, &RenderOptions::default()).unwrap();
    let doc = parse(&svg);
    let header = texts_in(&doc, "header");
    assert!(!header.contains(&"Sources"), "{header:?}");
    assert!(!header.iter().any(|t| t.contains("outlet")), "{header:?}");
    assert!(header.iter().any(|t| t.contains(" articles")), "{header:?}");
    let text = titles_in(&doc);
    assert!(text.contains("5 sources"), "the count of sources stays");
    // With outlet names, the same events name them.
    let named = parse(&render_svg(&seed(), &RenderOptions::default()).unwrap());
    assert!(named.texts.iter().any(|t| t.content == "Sources"));
    assert!(named.texts.iter().any(|t| t.content.contains(" outlets")));
}

#[test]
fn lanes_show_each_event_in_each_of_its_outlets() {
    let file = seed();
    let svg = render_svg(
        &file,
        &RenderOptions {
            lanes: Lanes::Sources,
            ..RenderOptions::default()
        },
    )
    .unwrap();
    let doc = parse(&svg);
    let lanes = texts_in(&doc, "lanes");
    assert_eq!(
        lanes,
        [
            "Reuters",
            "BBC News",
            "Associated Press",
            "The Guardian",
            "a06"
        ]
    );
    // e01 comes from 5 articles by 4 outlets (Reuters twice).
    let n = doc
        .texts
        .iter()
        .filter(|t| t.group == "labels" && t.content.starts_with("Putin accuses"))
        .count();
    assert_eq!(n, 4);
}

// ---------- options ----------

#[test]
fn max_events_keeps_the_first_in_rank_order() {
    let file = seed();
    let svg = render_svg(
        &file,
        &RenderOptions {
            max_events: Some(3),
            ..RenderOptions::default()
        },
    )
    .unwrap();
    let doc = parse(&svg);
    let text = titles_in(&doc);
    assert!(text.contains("Putin accuses"));
    assert!(text.contains("US and NATO deliver"));
    assert!(text.contains("NATO puts forces"));
    assert!(!text.contains("Crimea"));
    assert!(
        doc.texts
            .iter()
            .any(|t| t.content.starts_with("10 more events not shown"))
    );
}

#[test]
fn window_filters_and_title_defaults_to_span() {
    let file = seed();
    let opts = RenderOptions {
        from: Some(d(2022, 1, 1)),
        to: Some(d(2022, 2, 28)),
        ..RenderOptions::default()
    };
    let svg = render_svg(&file, &opts).unwrap();
    let doc = assert_layout_clean(&svg);
    let text = titles_in(&doc);
    assert!(!text.contains("Crimea") && !text.contains("Paris"));
    assert!(text.contains("Macron"));
    assert_eq!(doc.title, "Timeline, Jan–Feb 2022");
    let all = render_svg(&file, &RenderOptions::default()).unwrap();
    assert_eq!(parse(&all).title, "Timeline, 1990–2022");
    let bad = RenderOptions {
        from: Some(d(2022, 3, 1)),
        to: Some(d(2022, 1, 1)),
        ..RenderOptions::default()
    };
    assert!(matches!(
        render_svg(&file, &bad),
        Err(RenderError::InvalidWindow { .. })
    ));
}

// ---------- safety ----------

#[test]
fn untrusted_text_is_escaped() {
    let nasty =
        "<script>alert('x')</script> </text><text>& \"quoted\" 'single' \u{0}\u{1b}]0;\u{202E}evil";
    let mut file = seed();
    file.events[0].title = nasty.into();
    file.events[1].conflicts = vec![DateClaim {
        article: "<b>&".into(),
        value: "</text>\"".into(),
    }];
    file.articles[0].source = Some("Reuters <img src=x onerror=alert(1)> & Co".into());
    file.articles[1].id = "a02\"><script>".into();
    let opts = RenderOptions {
        title: Some("Title </title><script>x</script> & \"q\"".into()),
        ..RenderOptions::default()
    };
    for lanes in [Lanes::None, Lanes::Sources] {
        let svg = render_svg(
            &file,
            &RenderOptions {
                lanes,
                ..opts.clone()
            },
        )
        .unwrap();
        assert!(!svg.contains("<script"), "raw markup leaked");
        assert!(!svg.contains("<img"));
        assert!(!svg.contains("<b>"));
        assert!(!svg.contains('\u{0}') && !svg.contains('\u{1b}') && !svg.contains('\u{202E}'));
        let doc = parse(&svg);
        assert_eq!(doc.title, "Title </title><script>x</script> & \"q\"");
        let text = squash(&titles_in(&doc));
        assert!(text.contains("<script>alert('x')</script>"), "{text}");
        assert!(text.contains("&\"quoted\"'single'"), "{text}");
        assert!(text.contains("says</text>\""), "{text}");
        let header = texts_in(&doc, "header");
        assert!(
            header
                .iter()
                .any(|h| h.starts_with("Reuters <img src=x onerror=alert(1)")),
            "{header:?}"
        );
        // No external resources.
        assert!(!svg.contains("href") && !svg.contains("url("));
    }
}

#[test]
fn output_is_deterministic() {
    let file = synthetic(120, d(2021, 6, 1), 400, 3);
    for lanes in [Lanes::None, Lanes::Sources] {
        let opts = RenderOptions {
            lanes,
            ..RenderOptions::default()
        };
        let a = render_svg(&file, &opts).unwrap();
        let b = std::thread::spawn({
            let file = file.clone();
            let opts = opts.clone();
            move || render_svg(&file, &opts).unwrap()
        })
        .join()
        .unwrap();
        assert_eq!(a, b);
    }
}

// ---------- edge cases ----------

#[test]
fn edge_cases_do_not_panic() {
    let empty = EventsFile {
        articles: vec![],
        events: vec![],
    };
    let svg = render_svg(&empty, &RenderOptions::default()).unwrap();
    assert!(
        parse(&svg)
            .texts
            .iter()
            .any(|t| t.content == "No events to show")
    );
    assert!(
        render_svg(
            &empty,
            &RenderOptions {
                lanes: Lanes::Sources,
                ..RenderOptions::default()
            }
        )
        .is_ok()
    );

    let one = EventsFile {
        articles: articles(1),
        events: vec![event(
            "e",
            "2022-02-01",
            d(2022, 2, 1),
            d(2022, 2, 1),
            Granularity::Day,
            "",
            &["a000"],
        )],
    };
    let doc = assert_layout_clean(&render_svg(&one, &RenderOptions::default()).unwrap());
    assert!(titles_in(&doc).contains("(untitled event)"));

    let same_day = EventsFile {
        articles: articles(3),
        events: (0..12)
            .map(|i| {
                event(
                    &format!("e{i}"),
                    "2022-02-01",
                    d(2022, 2, 1),
                    d(2022, 2, 1),
                    Granularity::Day,
                    &format!("Same day {i}"),
                    &["a001"],
                )
            })
            .collect(),
    };
    let doc = assert_layout_clean(&render_svg(&same_day, &RenderOptions::default()).unwrap());
    assert!(titles_in(&doc).contains("Same day 0"));

    let long = "x".repeat(500) + &" word".repeat(100);
    let huge = EventsFile {
        articles: articles(2),
        events: vec![
            event(
                "c",
                "00",
                d(1, 1, 1),
                d(99, 12, 31),
                Granularity::Century,
                &long,
                &["a000"],
            ),
            event(
                "d",
                "9999-12-31",
                d(9999, 12, 31),
                d(9999, 12, 31),
                Granularity::Day,
                "end of time",
                &["zz"],
            ),
            event(
                "b",
                "2022-02-01",
                d(2022, 2, 3),
                d(2022, 2, 1),
                Granularity::Week,
                "backwards",
                &[],
            ),
        ],
    };
    for width in [0, 320, 5000] {
        for lanes in [Lanes::None, Lanes::Sources] {
            let svg = render_svg(
                &huge,
                &RenderOptions {
                    width,
                    lanes,
                    ..RenderOptions::default()
                },
            )
            .unwrap();
            let doc = assert_layout_clean(&svg);
            let t = titles_in(&doc);
            assert!(t.contains('…'), "long title not shortened");
        }
    }
}

#[test]
fn zero_max_events_still_says_what_is_hidden() {
    let svg = render_svg(
        &seed(),
        &RenderOptions {
            max_events: Some(0),
            ..RenderOptions::default()
        },
    )
    .unwrap();
    let doc = parse(&svg);
    assert!(doc.texts.iter().any(|t| t.content == "No events to show"));
    assert!(
        doc.texts
            .iter()
            .any(|t| t.content.starts_with("13 more events not shown"))
    );
}

#[test]
fn random_stories_render_cleanly() {
    // Odd widths, modifiers, statuses, far dates and reversed intervals, many seeds.
    let mods = [
        None,
        Some("APPROX"),
        Some("start"),
        Some("END"),
        Some("MID"),
        Some("BEFORE"),
        Some("??"),
    ];
    for seed_no in 0..24u64 {
        let n = (seed_no as usize * 7) % 60;
        let mut file = synthetic(
            n,
            d(1950 + (seed_no as i32) * 3, 1, 1),
            40 + seed_no as i64 * 500,
            seed_no,
        );
        for (i, ev) in file.events.iter_mut().enumerate() {
            ev.modifier = mods[(i + seed_no as usize) % mods.len()].map(str::to_string);
            if i % 23 == 0 {
                ev.date = "garbage".into();
            }
        }
        let opts = RenderOptions {
            width: [0, 300, 640, 1200, 2400][seed_no as usize % 5],
            lanes: if seed_no % 2 == 0 {
                Lanes::None
            } else {
                Lanes::Sources
            },
            max_events: (seed_no % 3 == 0).then_some(n / 2),
            ..RenderOptions::default()
        };
        let svg = render_svg(&file, &opts).unwrap();
        assert_layout_clean(&svg);
    }
}

#[test]
fn asking_for_more_events_makes_room_for_them() {
    // A crowded stretch: 60 events in 10 days. Without a number the usual depth shows what
    // fits; asked for 40, the picture grows taller and shows most of them.
    let file = synthetic(60, d(2022, 3, 1), 10, 11);
    // Each drawn label has one bold line: its date.
    let shown = |doc: &Svg| {
        doc.texts
            .iter()
            .filter(|t| t.group == "labels" && t.bold)
            .count()
    };
    let usual = parse(&render_svg(&file, &RenderOptions::default()).unwrap());
    let asked = RenderOptions {
        max_events: Some(40),
        ..RenderOptions::default()
    };
    let forty = assert_layout_clean(&render_svg(&file, &asked).unwrap());
    let (usual_n, forty_n) = (shown(&usual), shown(&forty));
    assert!(usual_n < 30, "the usual depth holds fewer: {usual_n}");
    assert!(
        forty_n >= 30 && forty_n > usual_n,
        "asked for 40: {forty_n} shown, without a number {usual_n}"
    );
}
