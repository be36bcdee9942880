//! Shared helpers of the render tests: parse the SVG (quick-xml), recover each label's
//! box from the embedded font metrics, check layouts, and build seed-like and synthetic
//! stories.
#![allow(dead_code)]

use chrono::{Datelike, Duration, NaiveDate};
use quick_xml::Reader;
use quick_xml::events::Event as Xml;
use timeline::model::{ArticleInfo, DateClaim, Event, EventsFile, Status};
use timeline::render::font::{text_width, text_width_bold};
use timeline::tag::Granularity;
// ---------- parsing ----------

#[derive(Debug, Clone)]
pub struct Text {
    pub group: String,
    pub x: f64,
    pub y: f64,
    pub size: f64,
    pub bold: bool,
    pub anchor: String,
    pub content: String,
}

impl Text {
    /// The glyph box: the backend anchors text by its top (`dy="0.76em"` puts the
    /// baseline at 0.76 em); DejaVu's descenders end within one em of the top.
    pub fn bbox(&self) -> (f64, f64, f64, f64) {
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
pub struct Shape {
    pub group: String,
    pub tag: String,
    pub attrs: Vec<(String, String)>,
}

impl Shape {
    pub fn num(&self, k: &str) -> f64 {
        self.attrs
            .iter()
            .find(|(a, _)| a == k)
            .and_then(|(_, v)| v.parse().ok())
            .unwrap_or(f64::NAN)
    }
    pub fn attr(&self, k: &str) -> &str {
        self.attrs
            .iter()
            .find(|(a, _)| a == k)
            .map(|(_, v)| v.as_str())
            .unwrap_or("")
    }
}

pub struct Svg {
    pub width: f64,
    pub texts: Vec<Text>,
    pub shapes: Vec<Shape>,
    pub title: String,
}

pub fn attrs_of(e: &quick_xml::events::BytesStart) -> Vec<(String, String)> {
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

pub fn parse(svg: &str) -> Svg {
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

pub fn intersects(a: (f64, f64, f64, f64), b: (f64, f64, f64, f64)) -> bool {
    // Half a pixel of slack for coordinate rounding.
    a.0 < b.2 - 0.5 && b.0 < a.2 - 0.5 && a.1 < b.3 - 0.5 && b.1 < a.3 - 0.5
}

/// Every label line against every other, against the axis line, and against tick labels;
/// and every label inside the picture.
pub fn assert_layout_clean(svg: &str) -> Svg {
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
    // Lane lines count as axes too.
    let axis_lines: Vec<&Shape> = axis_lines
        .into_iter()
        .chain(
            doc.shapes
                .iter()
                .filter(|s| s.group == "lanes" && s.tag == "line"),
        )
        .collect();
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

pub fn seed() -> EventsFile {
    serde_json::from_str(include_str!("../data/seed_events.json")).unwrap()
}

pub fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, dd).unwrap()
}

pub fn event(
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
        rank: None,
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

pub fn articles(n: usize) -> Vec<ArticleInfo> {
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
            published_inferred: None,
        })
        .collect()
}

/// A deterministic pseudo-random story: `n` events from `start` over `days`, with some
/// weeks and months, planned events, conflicts and long titles.
pub fn synthetic(n: usize, start: NaiveDate, days: i64, seed: u64) -> EventsFile {
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

/// The contents of the texts drawn in `group` ("header", "lanes", "axis", …), in order.
pub fn texts_in<'a>(doc: &'a Svg, group: &str) -> Vec<&'a str> {
    doc.texts
        .iter()
        .filter(|t| t.group == group)
        .map(|t| t.content.as_str())
        .collect()
}

pub fn titles_in(doc: &Svg) -> String {
    doc.texts
        .iter()
        .filter(|t| t.group == "labels")
        .map(|t| t.content.as_str())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Text without whitespace, to find phrases that wrapping split across lines.
pub fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}
