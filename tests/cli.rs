//! The `timeline` binary's contracts: `build` writes the three outputs deterministically and
//! reports bad input without losing the rest; `tag` prints one JSON object per expression
//! with Unicode-scalar offsets.

use std::path::Path;
use std::process::{Command, Output};

mod cli_common;
use cli_common::{bin, seeds};

fn run(cmd: &mut Command) -> Output {
    cmd.output().expect("run timeline")
}

fn build_into(out: &Path, extra: &[&str], threads: &str) -> Output {
    run(bin()
        .env("RAYON_NUM_THREADS", threads)
        .arg("build")
        .arg(seeds())
        .arg("-o")
        .arg(out)
        .args(extra))
}

#[test]
fn build_writes_svg_json_csv_and_a_summary() {
    let dir = tempfile::tempdir().unwrap();
    let o = build_into(dir.path(), &[], "2");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert!(stdout.contains("5 articles"), "{stdout}");
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("events.json")).unwrap()).unwrap();
    assert_eq!(json["articles"].as_array().unwrap().len(), 5);
    let events = json["events"].as_array().unwrap();
    assert!(!events.is_empty());
    for key in [
        "id",
        "date",
        "start",
        "end",
        "granularity",
        "title",
        "sources",
        "mentions",
    ] {
        assert!(events[0].get(key).is_some(), "events[0] lacks {key}");
    }
    let mut csv = csv::Reader::from_path(dir.path().join("events.csv")).unwrap();
    assert_eq!(csv.records().count(), events.len());
    let svg = std::fs::read_to_string(dir.path().join("timeline.svg")).unwrap();
    assert!(svg.starts_with("<svg") || svg.starts_with("<?xml"));
}

#[test]
fn output_is_byte_identical_across_runs_and_thread_counts() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    assert!(build_into(a.path(), &[], "1").status.success());
    assert!(build_into(b.path(), &[], "2").status.success());
    for f in ["events.json", "events.csv", "timeline.svg"] {
        let x = std::fs::read(a.path().join(f)).unwrap();
        let y = std::fs::read(b.path().join(f)).unwrap();
        assert!(x == y, "{f} differs between runs");
    }
}

#[test]
fn max_events_keeps_the_most_reported_and_min_sources_filters() {
    let dir = tempfile::tempdir().unwrap();
    assert!(
        build_into(dir.path(), &["--max-events", "3"], "2")
            .status
            .success()
    );
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("events.json")).unwrap()).unwrap();
    let events = json["events"].as_array().unwrap();
    assert_eq!(events.len(), 3);
    // The five-source event of January 26 is the most reported: it must be kept.
    assert!(
        events
            .iter()
            .any(|e| e["date"] == "2022-01-26" && e["sources"].as_array().unwrap().len() == 5)
    );
    let dir = tempfile::tempdir().unwrap();
    assert!(
        build_into(dir.path(), &["--min-sources", "2"], "2")
            .status
            .success()
    );
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("events.json")).unwrap()).unwrap();
    for e in json["events"].as_array().unwrap() {
        assert!(e["sources"].as_array().unwrap().len() >= 2);
    }
}

#[test]
fn bad_files_are_named_and_the_rest_is_still_built() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    std::fs::write(
        input.join("good.txt"),
        "date: 2022-02-01\n\nPutin met Orban in Moscow on Tuesday.\n",
    )
    .unwrap();
    std::fs::write(input.join("binary.txt"), [0u8, 159, 146, 150, 0, 1, 2]).unwrap();
    std::fs::write(
        input.join("latin1.txt"),
        b"caf\xe9 on Tuesday\n\xff\xfe\xfa",
    )
    .unwrap();
    std::fs::write(input.join("empty.txt"), "").unwrap();
    let out = dir.path().join("out");
    let o = run(bin().arg("build").arg(&input).arg("-o").arg(&out));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("binary.txt"), "{stderr}");
    assert!(stderr.contains("empty.txt"), "{stderr}");
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("events.json")).unwrap()).unwrap();
    let ids: Vec<&str> = json["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&"good"), "{ids:?}");
    assert!(out.join("timeline.svg").exists());
}

#[test]
fn an_article_without_a_date_is_read_and_named() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("undated.txt");
    std::fs::write(
        &f,
        "The treaty was signed on January 26, 2022. Talks resumed last week.\n",
    )
    .unwrap();
    let out = dir.path().join("out");
    let o = run(bin().arg("build").arg(&f).arg("-o").arg(&out));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(stderr.contains("undated.txt"), "{stderr}");
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("events.json")).unwrap()).unwrap();
    let dates: Vec<&str> = json["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["date"].as_str().unwrap())
        .collect();
    assert_eq!(
        dates,
        ["2022-01-26"],
        "absolute date kept, relative left out"
    );
    assert!(String::from_utf8_lossy(&o.stdout).contains("1 unresolved"));
}

#[test]
fn tag_prints_json_lines_with_char_offsets() {
    let text = "Über alles: on Tuesday, Putin said the responses came last week.";
    let mut child = bin()
        .args(["tag", "--date", "2022-02-01", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(text.as_bytes())
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert!(o.status.success());
    let chars: Vec<char> = text.chars().collect();
    let recs: Vec<serde_json::Value> = String::from_utf8_lossy(&o.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let find = |t: &str| {
        recs.iter()
            .find(|r| r["text"].as_str().unwrap().contains(t))
            .unwrap_or_else(|| panic!("{t} not tagged: {recs:?}"))
    };
    let tue = find("Tuesday");
    assert_eq!(tue["type"], "DATE");
    assert_eq!(tue["value"], "2022-02-01");
    let week = find("last week");
    assert_eq!(week["value"], "2022-W04");
    for r in &recs {
        let (s, e) = (
            r["start"].as_u64().unwrap() as usize,
            r["end"].as_u64().unwrap() as usize,
        );
        let slice: String = chars[s..e].iter().collect();
        assert_eq!(slice, r["text"].as_str().unwrap());
    }
}

#[test]
fn tag_reads_a_file_and_rejects_a_missing_one_clearly() {
    let o = run(bin().args(["tag", "--date", "2022-02-01", "/no/such/file.txt"]));
    assert_eq!(o.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(stderr.contains("/no/such/file.txt"), "{stderr}");
}
