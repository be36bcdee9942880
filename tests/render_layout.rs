//! Layout tests of the rendered SVG: every label box (recovered from `<text>` elements and
//! the embedded font metrics) against every other label and the axis, on the seed-like
//! story, 40 events over months and 500 events; and the broken axis.

use render_common::*;
use timeline::render::{Lanes, RenderOptions, Theme, render_svg};
use timeline::tag::Granularity;

mod render_common;
// ---------- layout ----------

#[test]
fn seed_story_labels_never_overlap() {
    let file = seed();
    for theme in [Theme::Light, Theme::Dark] {
        for lanes in [Lanes::None, Lanes::Sources] {
            let opts = RenderOptions {
                theme,
                lanes,
                ..RenderOptions::default()
            };
            let svg = render_svg(&file, &opts).unwrap();
            let doc = assert_layout_clean(&svg);
            let text = titles_in(&doc);
            // Every event of the seed story fits.
            assert!(!svg.contains("not shown"), "{theme:?} {lanes:?}");
            for ev in &file.events {
                let first_word = ev.title.split(' ').next().unwrap();
                assert!(text.contains(first_word), "{} missing", ev.title);
            }
        }
    }
}

#[test]
fn forty_events_over_months_never_overlap() {
    let file = synthetic(40, d(2022, 1, 1), 150, 7);
    for width in [1200, 800, 1600] {
        let opts = RenderOptions {
            width,
            ..RenderOptions::default()
        };
        let svg = render_svg(&file, &opts).unwrap();
        let doc = assert_layout_clean(&svg);
        assert_eq!(doc.width, f64::from(width));
        let shown = doc
            .texts
            .iter()
            .filter(|t| t.group == "labels" && t.bold)
            .count();
        assert!(
            shown >= (width / 80) as usize,
            "only {shown} labels at width {width}"
        );
    }
    let lanes = RenderOptions {
        lanes: Lanes::Sources,
        ..RenderOptions::default()
    };
    assert_layout_clean(&render_svg(&file, &lanes).unwrap());
}

#[test]
fn five_hundred_events_never_overlap_and_say_what_is_hidden() {
    let mut file = synthetic(500, d(2020, 1, 1), 900, 42);
    // A few far in the past, so the axis breaks too.
    file.events[10] = event(
        "old",
        "199",
        d(1990, 1, 1),
        d(1999, 12, 31),
        Granularity::Decade,
        "Old history",
        &["a001"],
    );
    file.events[20] = event(
        "c",
        "19",
        d(1900, 1, 1),
        d(1999, 12, 31),
        Granularity::Century,
        "Long ago",
        &["a002"],
    );
    let svg = render_svg(&file, &RenderOptions::default()).unwrap();
    let doc = assert_layout_clean(&svg);
    let note = doc
        .texts
        .iter()
        .find(|t| t.content.contains("more events not shown"))
        .expect("note");
    let hidden: usize = note.content.split(' ').next().unwrap().parse().unwrap();
    let shown = doc
        .texts
        .iter()
        .filter(|t| t.group == "labels" && t.bold)
        .count();
    assert_eq!(hidden + shown, 500);
    assert!(shown >= 15, "{shown}");
    let lanes = RenderOptions {
        lanes: Lanes::Sources,
        theme: Theme::Dark,
        ..RenderOptions::default()
    };
    assert_layout_clean(&render_svg(&file, &lanes).unwrap());
}

// ---------- axis ----------

#[test]
fn broken_axis_gives_the_cluster_its_room() {
    let svg = render_svg(&seed(), &RenderOptions::default()).unwrap();
    let doc = parse(&svg);
    // Break marks: slanted lines on the axis.
    let slanted = doc
        .shapes
        .iter()
        .filter(|s| {
            s.group == "axis"
                && s.tag == "line"
                && s.num("x1") != s.num("x2")
                && s.num("y1") != s.num("y2")
        })
        .count();
    assert!(slanted >= 4, "expected break marks, found {slanted}");
    // The 2022 day events (26 Jan … 8 Feb) spread over more than 40% of the width,
    // although the axis reaches back to the 1990s.
    let xs: Vec<f64> = doc
        .shapes
        .iter()
        .filter(|s| s.group == "events" && s.tag == "circle" && s.num("r") >= 4.0)
        .map(|s| s.num("cx"))
        .collect();
    let spread =
        xs.iter().cloned().fold(f64::MIN, f64::max) - xs.iter().cloned().fold(f64::MAX, f64::min);
    assert!(spread > 0.4 * doc.width, "cluster squeezed: {spread}");
    let ticks = texts_in(&doc, "axis");
    assert!(ticks.contains(&"1990"), "{ticks:?}");
    assert!(ticks.contains(&"Jan 2022"), "{ticks:?}");
}
