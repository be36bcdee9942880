//! Every export format, read back with a real parser of that format (csv, serde_json,
//! icalendar, quick-xml, and a footnote check for Markdown): well-formed output, escaping,
//! partial dates kept partial, and byte-identical output for the same input.

mod export_fixture;

use export_fixture::{NASTY, d, ev, sample};
use timeline::export::{
    CSV_EXTRA_HEADERS, Format, TIMELINEJS_HEADERS, export, timeml, to_json, to_jsonl,
};
use timeline::model::{Article, Event, EventsFile};
use timeline::tag::{Mod, Timex, TimexType, TimexValue};

fn out(f: Format) -> String {
    export(&sample(), f).unwrap_or_else(|e| panic!("{f}: {e}"))
}

#[test]
fn json_round_trips_to_the_same_file() {
    let file = sample();
    let text = to_json(&file).unwrap();
    let back: EventsFile = serde_json::from_str(&text).unwrap();
    assert_eq!(back, file);
    assert_eq!(out(Format::Json), text);
}

#[test]
fn jsonl_is_one_event_per_line() {
    let file = sample();
    let text = to_jsonl(&file).unwrap();
    assert!(text.ends_with('\n'));
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), file.events.len());
    for (line, want) in lines.iter().zip(&file.events) {
        let e: Event = serde_json::from_str(line).unwrap();
        assert_eq!(&e, want);
    }
}

fn csv_rows() -> (Vec<String>, Vec<csv::StringRecord>) {
    let text = out(Format::Csv);
    let mut r = csv::Reader::from_reader(text.as_bytes());
    let headers: Vec<String> = r.headers().unwrap().iter().map(str::to_string).collect();
    let rows = r.records().map(|r| r.unwrap()).collect();
    (headers, rows)
}

fn col(headers: &[String], name: &str) -> usize {
    headers.iter().position(|h| h == name).unwrap()
}

#[test]
fn csv_has_the_timelinejs_columns_first_then_the_event_fields() {
    let (headers, rows) = csv_rows();
    assert_eq!(&headers[..18], &TIMELINEJS_HEADERS.map(String::from)[..]);
    assert_eq!(&headers[18..], &CSV_EXTRA_HEADERS.map(String::from)[..]);
    let file = sample();
    assert_eq!(rows.len(), file.events.len());
    for (row, e) in rows.iter().zip(&file.events) {
        assert_eq!(row.len(), headers.len());
        assert_eq!(&row[col(&headers, "id")], e.id);
        assert_eq!(
            &row[col(&headers, "title")],
            e.title,
            "plain title kept exactly"
        );
        assert_eq!(&row[col(&headers, "date")], e.date);
        assert_eq!(&row[col(&headers, "start")], e.start.to_string());
        assert_eq!(&row[col(&headers, "end")], e.end.to_string());
        assert_eq!(
            &row[col(&headers, "num_sources")],
            e.sources.len().to_string()
        );
        assert_eq!(&row[col(&headers, "sources")], e.sources.join(";"));
        assert!(!row[col(&headers, "Headline")].contains('<'));
        assert!(!row[col(&headers, "Text")].contains("<script"));
    }
}

#[test]
fn csv_keeps_partial_dates_partial() {
    let (h, rows) = csv_rows();
    let file = sample();
    let row = |id: &str| rows[export_fixture::idx(&file, id)].clone();
    let get = |r: &csv::StringRecord, c: &str| r[col(&h, c)].to_string();

    let month = row("e3");
    assert_eq!(
        (
            get(&month, "Year"),
            get(&month, "Month"),
            get(&month, "Day")
        ),
        ("2021".into(), "12".into(), "".into())
    );
    assert_eq!(get(&month, "Display Date"), "December 2021");
    assert_eq!(get(&month, "End Year"), "");

    let year = row("e4");
    assert_eq!(
        (get(&year, "Year"), get(&year, "Month"), get(&year, "Day")),
        ("2014".into(), "".into(), "".into())
    );

    let decade = row("e5");
    assert_eq!(get(&decade, "Year"), "1990");
    assert_eq!(get(&decade, "End Year"), "1999");
    assert_eq!(get(&decade, "Display Date"), "early 1990s");
    assert_eq!(get(&decade, "mod"), "START");

    let day = row("e1");
    assert_eq!(
        (get(&day, "Year"), get(&day, "Month"), get(&day, "Day")),
        ("2022".into(), "1".into(), "26".into())
    );
    let week = row("e2");
    assert_eq!(get(&week, "Display Date"), "week of 24 January 2022");
    assert_eq!(
        (get(&week, "End Month"), get(&week, "End Day")),
        ("1".into(), "30".into())
    );
    assert_eq!(get(&row("e7"), "Group"), "Planned");
    assert_eq!(get(&row("e7"), "status"), "planned");
    assert_eq!(
        get(&row("e8"), "date_conflicts"),
        "a1=2022-01-31;a2=2022-02-01"
    );
}

#[test]
fn timelinejs_json_has_partial_dates_and_escaped_html() {
    let text = out(Format::TimelineJs);
    assert!(!text.contains("<script"), "raw HTML leaked: {text}");
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let events = v["events"].as_array().unwrap();
    let file = sample();
    assert_eq!(events.len(), file.events.len());
    let slide = |id: &str| {
        events
            .iter()
            .find(|s| s["unique_id"] == id)
            .unwrap_or_else(|| panic!("no slide {id}"))
    };
    let month = slide("e3");
    assert_eq!(
        month["start_date"],
        serde_json::json!({"year": 2021, "month": 12})
    );
    assert!(month["start_date"].get("day").is_none());
    assert!(month.get("end_date").is_none());
    assert_eq!(month["display_date"], "December 2021");

    let year = slide("e4");
    assert_eq!(year["start_date"], serde_json::json!({"year": 2014}));

    let week = slide("e2");
    assert_eq!(
        week["end_date"],
        serde_json::json!({"year": 2022, "month": 1, "day": 30})
    );
    let season = slide("e6");
    assert_eq!(season["display_date"], "summer 2011");
    assert_eq!(
        season["end_date"],
        serde_json::json!({"year": 2011, "month": 8})
    );

    let day = slide("e1");
    assert_eq!(
        day["start_date"],
        serde_json::json!({"year": 2022, "month": 1, "day": 26})
    );
    let headline = day["text"]["headline"].as_str().unwrap();
    assert!(
        headline.contains("&lt;script&gt;x&lt;/script&gt;"),
        "{headline}"
    );
    assert!(headline.contains("&quot;Normandy format&quot;"));
    let body = day["text"]["text"].as_str().unwrap();
    assert!(body.contains("Reported by 5 sources"));
    assert!(body.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    assert!(body.contains("href=\"https://example.com/reuters/1\""));
    assert!(body.contains("The &lt;Times&gt;"));

    let conflict = slide("e8")["text"]["text"].as_str().unwrap().to_string();
    assert!(
        conflict.contains("Reuters: 31 January 2022; BBC: 1 February 2022"),
        "{conflict}"
    );
    assert_eq!(slide("e7")["group"], "Planned");
    assert_eq!(slide("e1")["group"], "Happened");
    assert!(v["title"]["text"]["headline"].is_string());
}

/// Reads an iCalendar text with the `icalendar` crate's parser; returns the VEVENTs as
/// (name → unescaped value) maps.
fn ics_events(text: &str) -> Vec<std::collections::BTreeMap<String, String>> {
    let unfolded = icalendar::parser::unfold(text);
    let cal = icalendar::parser::read_calendar(&unfolded).expect("valid iCalendar");
    assert!(
        cal.properties
            .iter()
            .any(|p| p.name.as_str() == "VERSION" && p.val.as_str() == "2.0")
    );
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
fn ics_parses_with_all_day_spans_and_escaped_text() {
    let text = out(Format::Ics);
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        assert!(!line.contains('\n'), "bare LF in {line:?}");
    }
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    let file = sample();
    let events = ics_events(&text);
    assert_eq!(events.len(), file.events.len());
    for (v, e) in events.iter().zip(&file.events) {
        let uid = &v["UID"];
        assert!(
            uid.starts_with(&format!("{}-", e.id)) && uid.ends_with("@timeline"),
            "{uid}"
        );
        assert_eq!(v["DTSTART"], e.start.format("%Y%m%d").to_string());
        let next = e.end.succ_opt().unwrap();
        assert_eq!(v["DTEND"], next.format("%Y%m%d").to_string());
        assert!(v["DTSTAMP"].ends_with("T000000Z"));
    }
    let day = &events[export_fixture::idx(&file, "e1")];
    assert_eq!(
        day["SUMMARY"],
        ev(&file, "e1").title,
        "unescaped back exactly"
    );
    assert!(day["DESCRIPTION"].contains(NASTY), "{}", day["DESCRIPTION"]);
    assert!(day["DESCRIPTION"].contains("Sources (5):"));
    assert!(day["DESCRIPTION"].contains("<https://example.com/bbc/2>"));

    let month = &events[export_fixture::idx(&file, "e3")];
    assert_eq!(month["SUMMARY"], "Draft treaties published (December 2021)");
    assert_eq!(month["DTSTART"], "20211201");
    assert_eq!(month["DTEND"], "20220101");
    assert!(month["DESCRIPTION"].contains("month-level date"));

    let decade = &events[export_fixture::idx(&file, "e5")];
    assert_eq!(
        decade["SUMMARY"],
        "Assurances on expansion given (early 1990s)"
    );
    assert_eq!(decade["DTEND"], "20000101");
    assert_eq!(
        events[export_fixture::idx(&file, "e7")]["STATUS"],
        "TENTATIVE"
    );
    assert!(events[export_fixture::idx(&file, "e8")]["DESCRIPTION"].contains("disagree"));
}

#[test]
fn ics_uids_are_unique_and_differ_between_stories() {
    let file = sample();
    let uids: Vec<String> = ics_events(&out(Format::Ics))
        .iter()
        .map(|v| v["UID"].clone())
        .collect();
    let mut dedup = uids.clone();
    dedup.sort();
    dedup.dedup();
    assert_eq!(dedup.len(), file.events.len());
    let mut other = sample();
    other.articles[0].id = "z1".into();
    let other_uids: Vec<String> = ics_events(&export(&other, Format::Ics).unwrap())
        .iter()
        .map(|v| v["UID"].clone())
        .collect();
    assert!(uids.iter().all(|u| !other_uids.contains(u)));
}

#[test]
fn ics_dtstart_is_a_date_value() {
    let text = out(Format::Ics);
    let unfolded = text.replace("\r\n ", "");
    assert!(unfolded.contains("DTSTART;VALUE=DATE:20220126\r\nDTEND;VALUE=DATE:20220127\r\n"));
    // DTSTAMP comes from the data (latest publication day), not the clock.
    assert!(unfolded.contains("DTSTAMP:20220129T000000Z\r\n"));
}

#[test]
fn markdown_footnotes_all_resolve() {
    let text = out(Format::Md);
    let bare = text.replace("\\<", "").replace("<https://", "");
    assert!(!bare.contains('<'), "unescaped < in {text}");
    let file = sample();
    let (body, notes): (Vec<&str>, Vec<&str>) = text.lines().partition(|l| !l.starts_with("[^"));
    let defined: Vec<String> = notes
        .iter()
        .map(|l| l[..l.find("]:").expect("footnote definition") + 1].to_string())
        .collect();
    let total_sources: usize = file.events.iter().map(|e| e.sources.len()).sum();
    assert_eq!(defined.len(), total_sources);
    let mut used = Vec::new();
    for l in &body {
        let mut rest = *l;
        while let Some(i) = rest.find("[^") {
            let j = rest[i..].find(']').unwrap() + i;
            used.push(rest[i..=j].to_string());
            rest = &rest[j + 1..];
        }
    }
    let mut sorted_used = used.clone();
    sorted_used.sort();
    sorted_used.dedup();
    assert_eq!(sorted_used.len(), used.len(), "each footnote used once");
    let mut sorted_defined = defined.clone();
    sorted_defined.sort();
    assert_eq!(
        sorted_used, sorted_defined,
        "every reference has a definition"
    );
    assert!(text.contains("- **December 2021** — Draft treaties published[^"));
    assert!(text.contains("- **early 1990s** — "));
    assert!(text.contains("*Planned or expected"));
    assert!(text.contains("*Sources disagree on the date:* Reuters: 31 January 2022"));
    assert!(text.contains("<https://example.com/reuters/1>"));
    assert!(text.contains("\\<script\\>"));
}

fn xml_article() -> Article {
    Article {
        id: "a&1".into(),
        path: "a1.txt".into(),
        title: Some("Talks <live>".into()),
        source: Some("Reuters".into()),
        url: None,
        published: Some(d(2022, 2, 1)),
        text: "On January 26 \"envoys\" met <script>; in December 2021 & the 1990s, é.".into(),
    }
}

fn timex(text: &str, needle: &str, value: TimexValue, m: Option<Mod>) -> Timex {
    let start = text.find(needle).unwrap();
    Timex {
        start,
        end: start + needle.len(),
        text: needle.into(),
        kind: TimexType::Date,
        value,
        modifier: m,
    }
}

#[test]
fn timeml_is_well_formed_with_one_timex3_per_expression() {
    let a = xml_article();
    let t = &a.text;
    let timexes = vec![
        timex(t, "January 26", TimexValue::Day(d(2022, 1, 26)), None),
        timex(
            t,
            "December 2021",
            TimexValue::Month {
                year: 2021,
                month: 12,
            },
            None,
        ),
        // Overlaps the previous one: must be left out, not nested.
        timex(t, "2021", TimexValue::Year(2021), None),
        timex(t, "the 1990s", TimexValue::Decade(199), Some(Mod::Start)),
    ];
    let xml = timeml::timeml_corpus(&[(&a, timexes)]);
    let mut reader = quick_xml::Reader::from_str(&xml);
    let mut values = Vec::new();
    let mut tids = Vec::new();
    let mut docs = 0;
    let mut in_timex = false;
    let mut inner = String::new();
    let mut inners = Vec::new();
    loop {
        match reader.read_event().expect("well-formed XML") {
            quick_xml::events::Event::Start(e) if e.name().as_ref() == "TIMEX3" => {
                in_timex = true;
                inner.clear();
                for attr in e.attributes() {
                    let attr = attr.unwrap();
                    let v = attr
                        .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                        .unwrap()
                        .to_string();
                    match attr.key.as_ref() {
                        "value" => values.push(v),
                        "tid" => tids.push(v),
                        _ => {}
                    }
                }
            }
            quick_xml::events::Event::Start(e) if e.name().as_ref() == "TimeML" => docs += 1,
            quick_xml::events::Event::Text(e) if in_timex => {
                inner.push_str(&e.xml10_content());
            }
            quick_xml::events::Event::End(e) if e.name().as_ref() == "TIMEX3" => {
                in_timex = false;
                inners.push(inner.clone());
            }
            quick_xml::events::Event::Eof => break,
            _ => {}
        }
    }
    assert_eq!(docs, 1);
    assert_eq!(values, ["2022-02-01", "2022-01-26", "2021-12", "199"]);
    assert_eq!(tids, ["t0", "t1", "t2", "t3"]);
    assert_eq!(
        inners,
        ["2022-02-01", "January 26", "December 2021", "the 1990s"]
    );
    assert!(xml.contains("<DOCID>a&amp;1</DOCID>"));
    assert!(xml.contains("&lt;script&gt;"));
    assert!(xml.contains("functionInDocument=\"CREATION_TIME\""));
    assert!(xml.contains("mod=\"START\""));
    assert!(xml.contains("<TITLE>Talks &lt;live&gt;</TITLE>"));
    // The text between tags survives unchanged once unescaped.
    let stripped = xml
        .split("<TEXT>")
        .nth(1)
        .unwrap()
        .split("</TEXT>")
        .next()
        .unwrap();
    let mut plain = String::new();
    let mut in_tag = false;
    for c in stripped.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => plain.push(c),
            _ => {}
        }
    }
    let plain = plain
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&");
    assert_eq!(plain, a.text);
}

#[test]
fn timeml_needs_the_articles() {
    let err = export(&sample(), Format::Timeml).unwrap_err().to_string();
    assert!(err.contains("article"), "{err}");
    // With the (stub or real) tagger the corpus is still well-formed.
    let xml = timeline::export::export_timeml(&[xml_article()], &Default::default());
    let mut reader = quick_xml::Reader::from_str(&xml);
    loop {
        if let quick_xml::events::Event::Eof = reader.read_event().expect("well-formed") {
            break;
        }
    }
}

#[test]
fn every_format_is_deterministic() {
    for f in Format::ALL {
        if f == Format::Timeml {
            continue;
        }
        let a = export(&sample(), f).unwrap();
        let b = export(&sample().clone(), f).unwrap();
        assert_eq!(a, b, "{f}");
        assert!(!a.is_empty());
    }
}
