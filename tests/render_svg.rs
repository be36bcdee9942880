//! Tests of the rendered SVG: parsed as XML, every label's box recovered from the `<text>`
//! elements and the embedded font metrics, and checked against every other label and the
//! axis; plus escaping, determinism, the broken axis, uncertainty marks and edge cases.

use chrono::{Duration, NaiveDate};
use quick_xml::Reader;
use quick_xml::events::Event as Xml;
use timeline::model::{ArticleInfo, DateClaim, Event, EventsFile, Status};
use timeline::render::font::{text_width, text_width_bold};
use timeline::render::{Lanes, RenderError, RenderOptions, Theme, render_svg};
use timeline::tag::Granularity;

// ---------- parsing ----------

#[derive(Debug, Clone)]
struct Text {
    group: String,
    x: f64,
    y: f64,
    size: f64,
    bold: bool,
    anchor: String,
    content: String,
}

impl Text {
    /// The glyph box: the backend anchors text by its top (`dy="0.76em"` puts the
    /// baseline at 0.76 em); DejaVu's descenders end within one em of the top.
    fn bbox(&self) -> (f64, f64, f64, f64) {
        let w = if self.bold {
            text_width_bold(&self.content, self.size)
        } else {
            text_width(&self.content, self.size)
        };
        let x0 = match self.anchor.as_str() {
            "end" => self.x - w,
            "middle" => self.x - w / 2.0,
            _ => self.x,
        };
        (x0, self.y, x0 + w, self.y + self.size)
    }
}

#[derive(Debug, Clone)]
struct Shape {
    group: String,
    tag: String,
    attrs: Vec<(String, String)>,
}

impl Shape {
    fn num(&self, k: &str) -> f64 {
        self.attrs
            .iter()
            .find(|(a, _)| a == k)
            .and_then(|(_, v)| v.parse().ok())
            .unwrap_or(f64::NAN)
    }
    fn attr(&self, k: &str) -> &str {
        self.attrs
            .iter()
            .find(|(a, _)| a == k)
            .map(|(_, v)| v.as_str())
            .unwrap_or("")
    }
}

struct Svg {
    width: f64,
    texts: Vec<Text>,
    shapes: Vec<Shape>,
    title: String,
}

fn attrs_of(e: &quick_xml::events::BytesStart) -> Vec<(String, String)> {
    e.attributes()
        .map(|a| {
            let a = a.expect("well-formed attribute");
            (
                a.key.as_ref().to_string(),
                a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                    .expect("escaped value")
                    .into_owned(),
            )
        })
        .collect()
}

fn parse(svg: &str) -> Svg {
    let mut r = Reader::from_str(svg);
    let mut groups: Vec<String> = Vec::new();
    let mut stack: Vec<String> = Vec::new();
    let mut texts = Vec::new();
    let mut shapes = Vec::new();
    let mut current: Option<(Vec<(String, String)>, String)> = None;
    let mut title: Option<String> = None;
    let mut in_title = false;
    let mut width = 0.0;
    loop {
        match r.read_event().expect("SVG must be well-formed XML") {
            Xml::Start(e) => {
                let name = e.name().as_ref().to_string();
                let attrs = attrs_of(&e);
                match name.as_str() {
                    "svg" => {
                        width = attrs
                            .iter()
                            .find(|(k, _)| k == "width")
                            .map(|(_, v)| v.parse().unwrap())
                            .unwrap()
                    }
                    "g" => groups.push(
                        attrs
                            .iter()
                            .find(|(k, _)| k == "class")
                            .map(|(_, v)| v.clone())
                            .unwrap_or_default(),
                    ),
                    "text" => current = Some((attrs, String::new())),
                    "title" => {
                        title = Some(String::new());
                        in_title = true;
                    }
                    other => panic!("unexpected element <{other}>"),
                }
                stack.push(name);
            }
            Xml::Empty(e) => {
                let tag = e.name().as_ref().to_string();
                assert!(
                    ["line", "rect", "circle", "polyline", "polygon"].contains(&tag.as_str()),
                    "unexpected element <{tag}>"
                );
                shapes.push(Shape {
                    group: groups.last().cloned().unwrap_or_default(),
                    tag,
                    attrs: attrs_of(&e),
                });
            }
            Xml::Text(t) => {
                let s = t.xml10_content().into_owned();
                if let Some((_, c)) = current.as_mut() {
                    c.push_str(&s);
                } else if let Some(tt) = title.as_mut().filter(|_| in_title) {
                    tt.push_str(&s);
                }
            }
            Xml::GeneralRef(g) => {
                let s = match g.resolve_char_ref().unwrap() {
                    Some(c) => c.to_string(),
                    None => match g.xml10_content().as_ref() {
                        "amp" => "&".into(),
                        "lt" => "<".into(),
                        "gt" => ">".into(),
                        "quot" => "\"".into(),
                        "apos" => "'".into(),
                        other => panic!("unknown entity {other}"),
                    },
                };
                if let Some((_, c)) = current.as_mut() {
                    c.push_str(&s);
                } else if let Some(tt) = title.as_mut().filter(|_| in_title) {
                    tt.push_str(&s);
                }
            }
            Xml::End(_) => {
                let name = stack.pop().unwrap();
                in_title = false;
                if name == "g" {
                    groups.pop();
                }
                if name == "text" {
                    let (attrs, content) = current.take().unwrap();
                    let get = |k: &str| {
                        attrs
                            .iter()
                            .find(|(a, _)| a == k)
                            .map(|(_, v)| v.clone())
                            .unwrap_or_default()
                    };
                    assert_eq!(get("dy"), "0.76em");
                    texts.push(Text {
                        group: groups.last().cloned().unwrap_or_default(),
                        x: get("x").parse().unwrap(),
                        y: get("y").parse().unwrap(),
                        size: get("font-size").parse().unwrap(),
                        bold: get("font-weight") == "bold",
                        anchor: get("text-anchor"),
                        content: content.trim().to_string(),
                    });
                }
            }
            Xml::Eof => break,
            _ => {}
        }
    }
    assert!(stack.is_empty());
    Svg {
        width,
        texts,
        shapes,
        title: title.unwrap_or_default(),
    }
}

fn intersects(a: (f64, f64, f64, f64), b: (f64, f64, f64, f64)) -> bool {
    // Half a pixel of slack for coordinate rounding.
    a.0 < b.2 - 0.5 && b.0 < a.2 - 0.5 && a.1 < b.3 - 0.5 && b.1 < a.3 - 0.5
}

/// Every label line against every other, against the axis line, and against tick labels;
/// and every label inside the picture.
fn assert_layout_clean(svg: &str) -> Svg {
    let doc = parse(svg);
    let labels: Vec<&Text> = doc.texts.iter().filter(|t| t.group == "labels").collect();
    for (i, a) in labels.iter().enumerate() {
        let ba = a.bbox();
        assert!(
            ba.0 >= -0.5 && ba.2 <= doc.width + 0.5,
            "label off the page: {a:?}"
        );
        for b in &labels[i + 1..] {
            assert!(!intersects(ba, b.bbox()), "labels overlap:\n{a:?}\n{b:?}");
        }
    }
    let axis_texts: Vec<&Text> = doc.texts.iter().filter(|t| t.group == "axis").collect();
    let axis_lines: Vec<&Shape> = doc
        .shapes
        .iter()
        .filter(|s| s.group == "axis" && s.tag == "line")
        .collect();
    assert!(labels.is_empty() || !axis_lines.is_empty(), "no axis drawn");
    for a in &labels {
        let ba = a.bbox();
        for t in &axis_texts {
            assert!(
                !intersects(ba, t.bbox()),
                "label over tick label:\n{a:?}\n{t:?}"
            );
        }
        for l in &axis_lines {
            let (x1, y1, x2, y2) = (l.num("x1"), l.num("y1"), l.num("x2"), l.num("y2"));
            let lb = (x1.min(x2), y1.min(y2), x1.max(x2), y1.max(y2));
            let lb = (lb.0, lb.1 - 1.0, lb.2, lb.3 + 1.0);
            assert!(!intersects(ba, lb), "label over the axis:\n{a:?}\n{l:?}");
        }
    }
    doc
}

// ---------- fixtures ----------

fn seed() -> EventsFile {
    serde_json::from_str(include_str!("data/seed_events.json")).unwrap()
}

fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, dd).unwrap()
}

fn event(
    id: &str,
    date: &str,
    start: NaiveDate,
    end: NaiveDate,
    g: Granularity,
    title: &str,
    sources: &[&str],
) -> Event {
    Event {
        id: id.into(),
        date: date.into(),
        start,
        end,
        granularity: g,
        modifier: None,
        title: title.into(),
        status: Status::Happened,
        sources: sources.iter().map(|s| s.to_string()).collect(),
        actors: vec![],
        conflicts: vec![],
        mentions: vec![],
    }
}

fn articles(n: usize) -> Vec<ArticleInfo> {
    let outlets = [
        "Reuters",
        "BBC News",
        "AP",
        "Le Monde",
        "Der Spiegel",
        "NHK",
        "Al Jazeera",
    ];
    (0..n)
        .map(|i| ArticleInfo {
            id: format!("a{i:03}"),
            path: format!("in/a{i:03}.txt"),
            title: None,
            source: if i % 5 == 4 {
                None
            } else {
                Some(outlets[i % outlets.len()].into())
            },
            url: None,
            published: None,
        })
        .collect()
}

/// A deterministic pseudo-random story: `n` events from `start` over `days`, with some
/// weeks and months, planned events, conflicts and long titles.
fn synthetic(n: usize, start: NaiveDate, days: i64, seed: u64) -> EventsFile {
    let mut s = seed;
    let mut next = move || {
        s = s
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (s >> 33) as usize
    };
    let words = [
        "talks",
        "minister",
        "resigns",
        "troops",
        "border",
        "sanctions",
        "vote",
        "parliament",
        "protest",
        "summit",
        "ceasefire",
        "agreement",
        "election",
        "court",
        "ruling",
        "strike",
    ];
    let arts = articles(12);
    let events = (0..n)
        .map(|i| {
            let day = start + Duration::days((next() % days as usize) as i64);
            let len = 3 + next() % 14;
            let title: Vec<&str> = (0..len).map(|_| words[next() % words.len()]).collect();
            let mut title = title.join(" ");
            if i % 17 == 3 {
                title = "A very long headline ".repeat(20);
            }
            let k = 1 + next() % 4;
            let mut srcs: Vec<String> = (0..k)
                .map(|_| arts[next() % arts.len()].id.clone())
                .collect();
            srcs.sort();
            srcs.dedup();
            let refs: Vec<&str> = srcs.iter().map(String::as_str).collect();
            let mut ev = match i % 9 {
                4 => {
                    let w = day.iso_week();
                    let mon = NaiveDate::from_isoywd_opt(w.year(), w.week(), chrono::Weekday::Mon)
                        .unwrap();
                    event(
                        &format!("e{i}"),
                        &format!("{}-W{:02}", w.year(), w.week()),
                        mon,
                        mon + Duration::days(6),
                        Granularity::Week,
                        &title,
                        &refs,
                    )
                }
                7 => {
                    use chrono::Datelike;
                    let first = d(day.year(), day.month(), 1);
                    let last = if day.month() == 12 {
                        d(day.year() + 1, 1, 1)
                    } else {
                        d(day.year(), day.month() + 1, 1)
                    } - Duration::days(1);
                    event(
                        &format!("e{i}"),
                        &first.format("%Y-%m").to_string(),
                        first,
                        last,
                        Granularity::Month,
                        &title,
                        &refs,
                    )
                }
                _ => event(
                    &format!("e{i}"),
                    &day.format("%Y-%m-%d").to_string(),
                    day,
                    day,
                    Granularity::Day,
                    &title,
                    &refs,
                ),
            };
            if i % 11 == 5 {
                ev.status = Status::Planned;
            }
            if i % 13 == 6 {
                ev.conflicts = vec![DateClaim {
                    article: refs[0].into(),
                    value: "2021-12-31".into(),
                }];
            }
            if i % 10 == 8 {
                ev.modifier = Some("APPROX".into());
            }
            ev
        })
        .collect();
    EventsFile {
        articles: arts,
        events,
    }
}

use chrono::Datelike;

fn titles_in(doc: &Svg) -> String {
    doc.texts
        .iter()
        .filter(|t| t.group == "labels")
        .map(|t| t.content.as_str())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Text without whitespace, to find phrases that wrapping split across lines.
fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

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
    let ticks: Vec<&str> = doc
        .texts
        .iter()
        .filter(|t| t.group == "axis")
        .map(|t| t.content.as_str())
        .collect();
    assert!(ticks.contains(&"1990"), "{ticks:?}");
    assert!(ticks.contains(&"Jan 2022"), "{ticks:?}");
}

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
    let header: Vec<&str> = doc
        .texts
        .iter()
        .filter(|t| t.group == "header")
        .map(|t| t.content.as_str())
        .collect();
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
    let lanes: Vec<&str> = doc
        .texts
        .iter()
        .filter(|t| t.group == "lanes")
        .map(|t| t.content.as_str())
        .collect();
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
        let header: Vec<&str> = doc
            .texts
            .iter()
            .filter(|t| t.group == "header")
            .map(|t| t.content.as_str())
            .collect();
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
