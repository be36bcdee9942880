//! Reading back an edited `events.json`: errors name the exact field and the event, dates
//! edited by hand win over stale start/end, and dangling source ids are warnings.

mod export_fixture;

use export_fixture::{d, ev, idx, sample};
use timeline::export::{to_json, validate, validate_report};

fn json_value() -> serde_json::Value {
    serde_json::from_str(&to_json(&sample()).unwrap()).unwrap()
}

fn text(v: &serde_json::Value) -> String {
    serde_json::to_string_pretty(v).unwrap()
}

#[test]
fn an_untouched_file_validates_unchanged() {
    let file = sample();
    let r = validate_report(&to_json(&file).unwrap()).unwrap();
    assert_eq!(r.file, file);
    assert!(r.notes.is_empty(), "{:?}", r.notes);
    assert!(r.warnings.is_empty(), "{:?}", r.warnings);
    assert_eq!(validate(&to_json(&file).unwrap()).unwrap(), file);
}

#[test]
fn a_badly_written_date_names_its_field() {
    let file = sample();
    let i = idx(&file, "e3");
    let mut v = json_value();
    v["events"][i]["start"] = "01/12/2021".into();
    let err = validate(&text(&v)).unwrap_err().to_string();
    assert!(err.contains(&format!("events[{i}].start")), "{err}");
    assert!(err.contains("YYYY-MM-DD"), "{err}");
}

#[test]
fn a_wrong_granularity_lists_the_choices() {
    let mut v = json_value();
    v["events"][0]["granularity"] = "days".into();
    let err = validate(&text(&v)).unwrap_err().to_string();
    assert!(err.starts_with("events[0].granularity: "), "{err}");
    assert!(err.contains("month"), "{err}");
}

#[test]
fn status_is_happened_planned_or_reported() {
    let mut v = json_value();
    v["events"][0]["status"] = "reported".into();
    let file = validate(&text(&v)).unwrap();
    assert_eq!(file.events[0].status, timeline::model::Status::Reported);
    v["events"][0]["status"] = "rumoured".into();
    let err = validate(&text(&v)).unwrap_err().to_string();
    assert!(err.starts_with("events[0].status: "), "{err}");
    assert!(err.contains("happened, planned or reported"), "{err}");
}

#[test]
fn a_missing_field_names_its_event() {
    let mut v = json_value();
    v["events"][2].as_object_mut().unwrap().remove("title");
    let err = validate(&text(&v)).unwrap_err().to_string();
    assert!(err.contains("events[2]") && err.contains("title"), "{err}");
}

#[test]
fn start_after_end_is_an_error_naming_the_event() {
    let file = sample();
    let i = idx(&file, "e2");
    let mut v = json_value();
    v["events"][i]["start"] = "2022-02-05".into();
    let err = validate(&text(&v)).unwrap_err();
    let msg = err.to_string();
    assert!(msg.contains("\"e2\""), "{msg}");
    assert!(msg.contains(&format!("events[{i}].end")), "{msg}");
    assert!(msg.contains("2022-02-05 is after end 2022-01-30"), "{msg}");
}

#[test]
fn every_semantic_error_is_reported_at_once() {
    let mut v = json_value();
    v["events"][1]["id"] = v["events"][0]["id"].clone();
    v["events"][3]["date"] = "December 2021".into();
    v["events"][4]["mod"] = "EARLY".into();
    let err = validate(&text(&v)).unwrap_err();
    assert_eq!(err.problems.len(), 3, "{err}");
    let msg = err.to_string();
    assert!(msg.contains("events[1].id: duplicate event id"), "{msg}");
    assert!(
        msg.contains("events[3].date") && msg.contains("not a TIMEX3"),
        "{msg}"
    );
    assert!(
        msg.contains("events[4].mod") && msg.contains("START"),
        "{msg}"
    );
}

#[test]
fn an_edited_date_recomputes_start_and_end() {
    let file = sample();
    let i = idx(&file, "e3");
    let mut v = json_value();
    v["events"][i]["date"] = "2021-11".into();
    let r = validate_report(&text(&v)).unwrap();
    let e = &r.file.events[i];
    assert_eq!((e.start, e.end), (d(2021, 11, 1), d(2021, 11, 30)));
    assert_eq!(r.notes.len(), 1);
    assert!(r.notes[0].contains("recomputed"), "{:?}", r.notes);

    // Narrowed to a day: the granularity follows.
    let mut v = json_value();
    v["events"][i]["date"] = "2021-12-07".into();
    let r = validate_report(&text(&v)).unwrap();
    let e = &r.file.events[i];
    assert_eq!((e.start, e.end), (d(2021, 12, 7), d(2021, 12, 7)));
    assert_eq!(e.granularity, timeline::tag::Granularity::Day);
    assert_eq!(ev(&r.file, "e1"), ev(&file, "e1"), "other events untouched");
}

#[test]
fn unknown_sources_are_warnings() {
    let mut v = json_value();
    v["events"][0]["sources"] = serde_json::json!(["a5", "zz"]);
    let r = validate_report(&text(&v)).unwrap();
    assert_eq!(r.warnings.len(), 1, "{:?}", r.warnings);
    assert!(r.warnings[0].starts_with("events[0].sources[1]"));
    assert!(r.warnings[0].contains("\"zz\""));
}

#[test]
fn broken_json_says_where() {
    let t = to_json(&sample())
        .unwrap()
        .replacen("\"events\": [", "\"events\": [,", 1);
    let err = validate(&t).unwrap_err().to_string();
    assert!(err.contains("line") && err.contains("column"), "{err}");
    assert!(err.contains("not valid JSON"), "{err}");
    let err = validate("{\"articles\": [], \"events\": []} x")
        .unwrap_err()
        .to_string();
    assert!(err.contains("trailing"), "{err}");
}

#[test]
fn a_file_without_ranks_is_read_without_comment() {
    let mut v = json_value();
    for e in v["events"].as_array_mut().unwrap() {
        e.as_object_mut().unwrap().remove("rank");
    }
    let r = validate_report(&text(&v)).unwrap();
    assert!(r.file.events.iter().all(|e| e.rank.is_none()));
    assert!(r.warnings.is_empty(), "{:?}", r.warnings);
    // Ranked by the events alone, as before ranks were written.
    assert_eq!(
        timeline::merge::rank_order(&r.file.events),
        timeline::merge::rank_order_with(&r.file.events, &[])
    );
}

#[test]
fn rank_zero_is_an_error_naming_its_field() {
    let mut v = json_value();
    v["events"][3]["rank"] = 0.into();
    let err = validate(&text(&v)).unwrap_err().to_string();
    assert!(err.starts_with("events[3].rank: "), "{err}");
    assert!(err.contains("start at 1"), "{err}");
    v["events"][3]["rank"] = (-2).into();
    let err = validate(&text(&v)).unwrap_err().to_string();
    assert!(err.starts_with("events[3].rank: "), "{err}");
    assert!(err.contains("whole number from 1"), "{err}");
}

#[test]
fn shared_and_missing_ranks_are_warnings_and_the_order_still_holds() {
    let file = sample();
    let first = file.events.iter().position(|e| e.rank == Some(1)).unwrap();
    let second = file.events.iter().position(|e| e.rank == Some(2)).unwrap();
    let mut v = json_value();
    // A hand edit: the second event promoted to share rank 1, one event added without a rank.
    v["events"][second]["rank"] = 1.into();
    let mut added = v["events"][0].clone();
    added["id"] = "added".into();
    added.as_object_mut().unwrap().remove("rank");
    v["events"].as_array_mut().unwrap().push(added);
    let r = validate_report(&text(&v)).unwrap();
    assert_eq!(r.warnings.len(), 2, "{:?}", r.warnings);
    assert!(
        r.warnings[0].starts_with(&format!("events[{}].rank: ", first.max(second))),
        "{:?}",
        r.warnings
    );
    assert!(
        r.warnings[1].contains("1 of 9 events have no rank") && r.warnings[1].contains("added"),
        "{:?}",
        r.warnings
    );
    let order = timeline::merge::rank_order(&r.file.events);
    // The unranked event comes last; the two rank-1 events first.
    assert_eq!(r.file.events[*order.last().unwrap()].id, "added");
    let top: std::collections::BTreeSet<usize> = order[..2].iter().copied().collect();
    assert_eq!(top, [first, second].into_iter().collect());
}
