//! Round trips through the real binary: `build` the seeds, `export` the events.json to every
//! format (each read back with a real parser), edit events.json by hand as a journalist would
//! (retitle, delete, correct a date), `render` the edit, and check a broken edit is refused
//! with exit code 2 and the exact field path.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Output;

use serde_json::Value;

mod cli_common;
use cli_common::{bin, ok, seeds};

/// Builds the seeds into `dir`; returns events.json's path and content.
fn build(dir: &Path) -> (PathBuf, Value) {
    ok(
        bin()
            .arg("build")
            .arg(seeds())
            .arg("-o")
            .arg(dir)
            .output()
            .unwrap(),
        "build",
    );
    let path = dir.join("events.json");
    let json = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    (path, json)
}

fn export(events: &Path, format: &str) -> String {
    let o = ok(
        bin()
            .arg("export")
            .arg(events)
            .args(["--format", format])
            .output()
            .unwrap(),
        format,
    );
    String::from_utf8(o.stdout).expect("UTF-8 output")
}

fn events(json: &Value) -> &Vec<Value> {
    json["events"].as_array().unwrap()
}

/// The TIMEX3 values and the number of documents of a TimeML corpus, read with quick-xml.
fn timeml_values(xml: &str) -> (usize, Vec<String>) {
    let mut reader = quick_xml::Reader::from_str(xml);
    let (mut docs, mut values) = (0, Vec::new());
    loop {
        match reader.read_event().expect("well-formed XML") {
            quick_xml::events::Event::Start(e) if e.name().as_ref() == "TimeML" => docs += 1,
            quick_xml::events::Event::Start(e) if e.name().as_ref() == "TIMEX3" => {
                for attr in e.attributes() {
                    let attr = attr.unwrap();
                    if attr.key.as_ref() == "value" {
                        values.push(
                            attr.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                                .unwrap()
                                .to_string(),
                        );
                    }
                }
            }
            quick_xml::events::Event::Eof => break,
            _ => {}
        }
    }
    (docs, values)
}

/// The VEVENTs of an iCalendar text, read with the icalendar crate's parser.
fn ics_events(text: &str) -> Vec<BTreeMap<String, String>> {
    let unfolded = icalendar::parser::unfold(text);
    let cal = icalendar::parser::read_calendar(&unfolded).expect("valid iCalendar");
    cal.components
        .iter()
        .filter(|c| c.name.as_str() == "VEVENT")
        .map(|c| {
            c.properties
                .iter()
                .map(|p| (p.name.as_str().to_string(), p.val.as_str().to_string()))
                .collect()
        })
        .collect()
}

#[test]
fn every_export_of_a_built_story_parses() {
    let dir = tempfile::tempdir().unwrap();
    let (path, json) = build(dir.path());
    let n = events(&json).len();
    assert!(n > 10, "the seeds give events: {n}");

    let back: Value = serde_json::from_str(&export(&path, "json")).unwrap();
    assert_eq!(back, json, "json export is the same file");

    let lines: Vec<Value> = export(&path, "jsonl")
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    assert_eq!(lines.len(), n);
    assert_eq!(lines[0]["id"], events(&json)[0]["id"]);

    let csv_text = export(&path, "csv");
    let mut r = csv::Reader::from_reader(csv_text.as_bytes());
    let headers: Vec<String> = r.headers().unwrap().iter().map(str::to_string).collect();
    assert!(headers.iter().any(|h| h == "Headline"), "{headers:?}");
    let id_col = headers.iter().position(|h| h == "id").unwrap();
    let rows: Vec<csv::StringRecord> = r.records().map(|x| x.unwrap()).collect();
    assert_eq!(rows.len(), n);
    assert_eq!(&rows[0][id_col], events(&json)[0]["id"].as_str().unwrap());

    let tl: Value = serde_json::from_str(&export(&path, "timelinejs")).unwrap();
    assert_eq!(tl["events"].as_array().unwrap().len(), n);

    let ics = ics_events(&export(&path, "ics"));
    assert_eq!(ics.len(), n);
    assert!(
        ics.iter()
            .all(|e| e.contains_key("DTSTART") && e.contains_key("SUMMARY"))
    );

    let md = export(&path, "md");
    assert!(md.starts_with("# "), "{md}");
    assert_eq!(md.lines().filter(|l| l.starts_with("- **")).count(), n);

    // TimeML reads the article texts back from the paths listed in events.json.
    let (docs, values) = timeml_values(&export(&path, "timeml"));
    assert_eq!(docs, json["articles"].as_array().unwrap().len());
    assert!(values.iter().any(|v| v == "2022-02-01"), "{values:?}");
}

/// The text the picture shows, read with quick-xml: every `<text>` element's content in
/// document order, whitespace collapsed (titles are wrapped over several elements).
fn drawn_text(svg: &str) -> String {
    let mut reader = quick_xml::Reader::from_str(svg);
    let mut parts: Vec<String> = Vec::new();
    let mut depth = 0;
    loop {
        match reader.read_event().expect("well-formed SVG") {
            quick_xml::events::Event::Start(e) if e.name().as_ref() == "text" => depth += 1,
            quick_xml::events::Event::End(e) if e.name().as_ref() == "text" => depth -= 1,
            quick_xml::events::Event::Text(e) if depth > 0 => {
                parts.push(e.xml10_content().to_string())
            }
            quick_xml::events::Event::Eof => break,
            _ => {}
        }
    }
    parts
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// An event whose title is drawn and contained in no other event's title.
fn drawn_title<'a>(drawn: &str, evs: &'a [Value], skip: &[usize]) -> (usize, &'a str) {
    let titles: Vec<&str> = evs.iter().map(|e| e["title"].as_str().unwrap()).collect();
    titles
        .iter()
        .enumerate()
        .find(|(i, t)| {
            !skip.contains(i)
                && t.len() > 12
                && drawn.contains(*t)
                && titles
                    .iter()
                    .enumerate()
                    .all(|(j, u)| j == *i || !u.contains(*t))
        })
        .map(|(i, t)| (i, *t))
        .expect("some title is drawn")
}

fn render(events: &Path, out: &Path) -> Output {
    bin()
        .arg("render")
        .arg(events)
        .arg("-o")
        .arg(out)
        .output()
        .unwrap()
}

#[test]
fn a_hand_edited_events_json_renders_and_exports() {
    let dir = tempfile::tempdir().unwrap();
    let (_, json) = build(dir.path());
    let drawn = drawn_text(&std::fs::read_to_string(dir.path().join("timeline.svg")).unwrap());
    let evs = events(&json).clone();
    let (deleted, deleted_title) = drawn_title(&drawn, &evs, &[]);
    let (retitled, _) = drawn_title(&drawn, &evs, &[deleted]);
    let corrected = (0..evs.len())
        .find(|&i| i != deleted && i != retitled && evs[i]["start"] != "2022-02-02")
        .unwrap();
    let corrected_id = evs[corrected]["id"].clone();

    let mut edited = json.clone();
    let list = edited["events"].as_array_mut().unwrap();
    list[retitled]["title"] = Value::from("Edited by hand: talks resume");
    // A date corrected by hand, with start/end left stale: they follow the date.
    list[corrected]["date"] = Value::from("2022-02-02");
    list.remove(deleted);
    let edited_path = dir.path().join("edited.json");
    std::fs::write(&edited_path, serde_json::to_string_pretty(&edited).unwrap()).unwrap();

    let out = dir.path().join("redrawn");
    let o = ok(render(&edited_path, &out), "render of the edit");
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(
        stderr.contains("recomputed"),
        "the stale start/end are noted: {stderr}"
    );
    let svg = std::fs::read_to_string(out.join("timeline.svg")).unwrap();
    assert!(svg.contains("Edited by hand: talks resume"));
    assert!(
        !svg.contains(deleted_title),
        "deleted {deleted_title:?} still drawn"
    );

    // The correction carries into the exports.
    let back: Value = serde_json::from_str(&export(&edited_path, "json")).unwrap();
    let fixed = events(&back)
        .iter()
        .find(|e| e["id"] == corrected_id)
        .unwrap();
    assert_eq!(fixed["date"], "2022-02-02");
    assert_eq!(fixed["start"], "2022-02-02");
    assert_eq!(fixed["end"], "2022-02-02");
    assert_eq!(fixed["granularity"], "day");
    assert_eq!(events(&back).len(), evs.len() - 1);
    let ics = ics_events(&export(&edited_path, "ics"));
    assert!(ics.iter().any(|e| e["SUMMARY"].contains("Edited by hand")));
    assert!(!ics.iter().any(|e| e["SUMMARY"] == deleted_title));
}

#[test]
fn a_broken_edit_fails_with_the_field_path() {
    let dir = tempfile::tempdir().unwrap();
    let (_, mut json) = build(dir.path());
    json["events"][0]["start"] = Value::from("not-a-date");
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, serde_json::to_string_pretty(&json).unwrap()).unwrap();

    let o = render(&bad, &dir.path().join("never"));
    assert_eq!(o.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(stderr.contains("events[0].start"), "{stderr}");
    assert!(
        stderr.contains("YYYY-MM-DD"),
        "says what to write: {stderr}"
    );
    assert!(!dir.path().join("never/timeline.svg").exists());

    let o = bin()
        .arg("export")
        .arg(&bad)
        .args(["--format", "csv"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("events[0].start"));
    assert!(o.stdout.is_empty());
}

/// A happening dated by a multi-day holiday ("over Passover") keeps its run of days through
/// build, the schema, `render` and every export: the date is the ISO 8601 interval, never a
/// bare length such as `P8D` that the file's own reader would refuse.
#[test]
fn a_multi_day_holiday_event_keeps_its_days_end_to_end() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    std::fs::write(
        input.join("talks.txt"),
        "Title: Ceasefire talks\nDate: 2022-05-10\n\n\
         The rebels broke the ceasefire over Passover, the army said in a statement.\n",
    )
    .unwrap();
    let out = dir.path().join("out");
    ok(
        bin()
            .arg("build")
            .arg(&input)
            .arg("-o")
            .arg(&out)
            .output()
            .unwrap(),
        "build",
    );
    let path = out.join("events.json");
    let json: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    let ev = &events(&json)[0];
    assert_eq!(ev["date"], "2022-04-16/2022-04-23", "{ev}");
    assert_eq!(
        (ev["start"].as_str(), ev["end"].as_str()),
        (Some("2022-04-16"), Some("2022-04-23"))
    );
    assert!(
        !ev["id"].as_str().unwrap().contains('/'),
        "ids stay URL-safe: {ev}"
    );

    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/docs/events.schema.json"
        ))
        .unwrap(),
    )
    .unwrap();
    let v = jsonschema::validator_for(&schema).unwrap();
    let errors: Vec<String> = v.iter_errors(&json).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:?}");

    let r = ok(render(&path, &dir.path().join("t.svg")), "render");
    assert!(
        !String::from_utf8_lossy(&r.stderr).contains("did not match"),
        "render must not 'correct' the span"
    );
    let svg = std::fs::read_to_string(dir.path().join("t.svg")).unwrap();
    assert!(
        svg.contains("16–23 April 2022"),
        "the label names both ends"
    );
    let csv = export(&path, "csv");
    assert!(
        csv.contains("2022,4,16,,2022,4,23,,16–23 April 2022"),
        "{csv}"
    );
    let ics = export(&path, "ics");
    assert!(
        ics.contains("DTSTART;VALUE=DATE:20220416") && ics.contains("DTEND;VALUE=DATE:20220424")
    );
}
