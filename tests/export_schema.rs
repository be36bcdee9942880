//! `docs/events.schema.json` is a valid JSON Schema (draft 2020-12) that accepts what
//! `to_json` writes, rejects malformed edits, and requires exactly the keys always written.

mod export_fixture;

use serde_json::Value;
use std::collections::BTreeSet;
use timeline::export::to_json;

fn schema() -> Value {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/events.schema.json"
    ))
    .expect("docs/events.schema.json exists");
    serde_json::from_str(&text).expect("the schema is valid JSON")
}

fn written() -> Value {
    serde_json::from_str(&to_json(&export_fixture::sample()).unwrap()).unwrap()
}

fn required(schema: &Value, def: &str) -> BTreeSet<String> {
    schema["$defs"][def]["required"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect()
}

fn keys(v: &Value) -> BTreeSet<String> {
    v.as_object().unwrap().keys().cloned().collect()
}

#[test]
fn schema_is_a_valid_draft_2020_12_schema() {
    let s = schema();
    assert_eq!(s["$schema"], "https://json-schema.org/draft/2020-12/schema");
    assert!(jsonschema::meta::is_valid(&s));
    jsonschema::validator_for(&s).expect("schema compiles");
}

#[test]
fn schema_accepts_what_to_json_writes() {
    let v = jsonschema::validator_for(&schema()).unwrap();
    let doc = written();
    let errors: Vec<String> = v.iter_errors(&doc).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:?}");
}

#[test]
fn schema_rejects_bad_edits() {
    let v = jsonschema::validator_for(&schema()).unwrap();
    for (field, bad) in [
        ("start", Value::from("01/12/2021")),
        ("granularity", Value::from("days")),
        ("date", Value::from("December 2021")),
        ("status", Value::from("done")),
        ("mod", Value::from("EARLY")),
        ("rank", Value::from(0)),
        ("rank", Value::from(1.5)),
        ("rank", Value::from("1")),
    ] {
        let mut doc = written();
        doc["events"][0][field] = bad;
        assert!(!v.is_valid(&doc), "{field} should be rejected");
    }
    let mut doc = written();
    doc["events"][0].as_object_mut().unwrap().remove("title");
    assert!(!v.is_valid(&doc));
}

#[test]
fn schema_accepts_an_older_file_without_ranks() {
    let v = jsonschema::validator_for(&schema()).unwrap();
    let mut doc = written();
    for e in doc["events"].as_array_mut().unwrap() {
        e.as_object_mut().unwrap().remove("rank");
    }
    assert!(v.is_valid(&doc));
}

#[test]
fn required_keys_are_exactly_those_always_written() {
    let s = schema();
    let doc = written();
    assert_eq!(
        keys(&doc),
        s["required"]
            .as_array()
            .unwrap()
            .iter()
            .map(|k| k.as_str().unwrap().to_string())
            .collect()
    );
    // An event without mod or conflicts shows what is always written: everything required,
    // and `rank`, which builds write but older files lack (so it is not required).
    let plain = doc["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e.get("mod").is_none() && e.get("conflicts").is_none())
        .unwrap();
    let mut written_keys = keys(plain);
    assert!(written_keys.remove("rank"), "rank is written");
    assert_eq!(written_keys, required(&s, "event"));
    assert!(!required(&s, "event").contains("rank"));
    // Every key ever written is described.
    let props: BTreeSet<String> = keys(&s["$defs"]["event"]["properties"]);
    for e in doc["events"].as_array().unwrap() {
        assert!(keys(e).is_subset(&props), "{:?}", keys(e));
    }
    assert_eq!(keys(&doc["articles"][0]), required(&s, "article"));
    assert_eq!(
        keys(&doc["events"][0]["mentions"][0]),
        required(&s, "mention")
    );
    let conflict = doc["events"]
        .as_array()
        .unwrap()
        .iter()
        .find_map(|e| e.get("conflicts"))
        .unwrap();
    assert_eq!(keys(&conflict[0]), required(&s, "dateClaim"));
}
