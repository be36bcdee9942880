//! events.json carries the build's importance order (each event's `rank`), so a command that
//! reads the file ranks exactly as `build` did: `render --max-events N` (and `--min-sources
//! K`) on the full build's events.json keeps and draws exactly the events `build
//! --max-events N` (`--min-sources K`) kept and drew, in the same order, and `render` of a
//! build's events.json redraws its pictures byte for byte. A file written before
//! ranks existed still loads and renders, ranked by the events' sources as before.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use timeline::export::validate;
use timeline::model::EventsFile;

mod cli_common;
use cli_common::{bin, ok, seeds};

/// `timeline build` of the seed articles into `dir` with `args`; its events.json.
fn build(dir: &Path, args: &[&str]) -> EventsFile {
    ok(
        bin()
            .arg("build")
            .arg(seeds())
            .arg("-o")
            .arg(dir)
            .args(args)
            .env("RAYON_NUM_THREADS", "2")
            .output()
            .unwrap(),
        "build",
    );
    read(&dir.join("events.json"))
}

fn read(path: &Path) -> EventsFile {
    validate(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// `timeline render EVENTS --format html` with `args`: the page, and what it said on stderr.
fn render(events: &Path, out: &Path, args: &[&str]) -> (String, String) {
    let o = ok(
        bin()
            .arg("render")
            .arg(events)
            .arg("-o")
            .arg(out)
            .args(args)
            .output()
            .unwrap(),
        "render",
    );
    (
        std::fs::read_to_string(out).unwrap(),
        String::from_utf8(o.stderr).unwrap(),
    )
}

/// The ids of the events drawn in an HTML page, in the order they are drawn.
fn drawn(page: &str) -> Vec<String> {
    page.split("data-event-id=\"")
        .skip(1)
        .map(|s| s[..s.find('"').unwrap()].to_string())
        .collect()
}

fn ids(file: &EventsFile) -> Vec<String> {
    let mut v: Vec<String> = file.events.iter().map(|e| e.id.clone()).collect();
    v.sort();
    v
}

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v
}

#[test]
fn build_writes_ranks_one_to_n_in_the_build_order() {
    let dir = tempfile::tempdir().unwrap();
    let file = build(dir.path(), &[]);
    let mut ranks: Vec<u32> = file.events.iter().map(|e| e.rank.unwrap()).collect();
    ranks.sort_unstable();
    assert_eq!(ranks, (1..=file.events.len() as u32).collect::<Vec<_>>());
    // The seeds have publication dates, so the build's order is not the sources-only one.
    let from_file = timeline::merge::rank_order(&file.events);
    assert_ne!(
        from_file,
        timeline::merge::rank_order_with(&file.events, &[])
    );
    // Events stay chronological in the file.
    assert!(file.events.windows(2).all(|w| w[0].start <= w[1].start));
    // Rendering the file again gives build's own pictures, byte for byte.
    for name in ["timeline.svg", "timeline.html"] {
        let out = dir.path().join(format!("again-{name}"));
        ok(
            bin()
                .arg("render")
                .arg(dir.path().join("events.json"))
                .arg("-o")
                .arg(&out)
                .output()
                .unwrap(),
            name,
        );
        assert!(
            std::fs::read(&out).unwrap() == std::fs::read(dir.path().join(name)).unwrap(),
            "render of events.json differs from build's {name}"
        );
    }
    // events.csv has the same ranks, in its last column.
    let mut csv = csv::Reader::from_path(dir.path().join("events.csv")).unwrap();
    let headers = csv.headers().unwrap().clone();
    assert_eq!(headers.iter().next_back(), Some("rank"));
    let rows: Vec<(String, String)> = csv
        .records()
        .map(|r| {
            let r = r.unwrap();
            (
                r[headers.len() - 12].to_string(),
                r[headers.len() - 1].to_string(),
            )
        })
        .collect();
    let want: Vec<(String, String)> = file
        .events
        .iter()
        .map(|e| (e.id.clone(), e.rank.unwrap().to_string()))
        .collect();
    assert_eq!(rows, want);
    // The page's details panel gets each event's rank too.
    let page = std::fs::read_to_string(dir.path().join("timeline.html")).unwrap();
    let (_, rest) = page
        .split_once("<script type=\"application/json\" id=\"events\">")
        .expect("the page embeds its event data");
    let data: serde_json::Value = serde_json::from_str(rest.split("</script>").next().unwrap())
        .expect("the embedded data is JSON");
    for e in &file.events {
        let shown = data["events"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["id"] == e.id.as_str())
            .unwrap();
        assert_eq!(
            shown["rank"],
            serde_json::json!(e.rank.unwrap()),
            "{}",
            e.id
        );
    }
}

#[test]
fn render_max_events_on_the_file_keeps_what_build_max_events_kept() {
    let full_dir = tempfile::tempdir().unwrap();
    let full = build(full_dir.path(), &[]);
    let full_json = full_dir.path().join("events.json");
    let rank_of: BTreeMap<&str, u32> = full
        .events
        .iter()
        .map(|e| (e.id.as_str(), e.rank.unwrap()))
        .collect();
    let mut differs_from_sources_only = false;
    for (n, min_sources) in [(1, 1), (3, 1), (9, 1), (10, 1), (12, 1), (4, 2)] {
        let what = format!("--max-events {n} --min-sources {min_sources}");
        let top_dir = tempfile::tempdir().unwrap();
        let (max, min) = (n.to_string(), min_sources.to_string());
        let args = ["--max-events", max.as_str(), "--min-sources", min.as_str()];
        let top = build(top_dir.path(), &args);
        let eligible: Vec<&str> = timeline::merge::rank_order(&full.events)
            .into_iter()
            .map(|i| &full.events[i])
            .filter(|e| e.sources.len() >= min_sources)
            .map(|e| e.id.as_str())
            .collect();
        assert_eq!(top.events.len(), n.min(eligible.len()), "{what}");
        // The kept events are the full build's first n (among those with enough sources), in
        // the same order.
        let top_order: Vec<&str> = timeline::merge::rank_order(&top.events)
            .into_iter()
            .map(|i| top.events[i].id.as_str())
            .collect();
        assert_eq!(top_order, eligible[..top.events.len()], "{what}");
        if min_sources == 1 {
            for e in &top.events {
                assert_eq!(e.rank, Some(rank_of[e.id.as_str()]), "{what}: {}", e.id);
            }
        }
        // Rendering the full file with the same options keeps exactly those events, drawn in
        // the same order as build's own picture of them.
        let page_dir = tempfile::tempdir().unwrap();
        let (page, _) = render(&full_json, &page_dir.path().join("t.html"), &args);
        let from_file = drawn(&page);
        assert_eq!(sorted(from_file.clone()), ids(&top), "{what}");
        let built_page = std::fs::read_to_string(top_dir.path().join("timeline.html")).unwrap();
        assert_eq!(from_file, drawn(&built_page), "{what}: draw order");
        // The sources-only order (what render used before files carried ranks) keeps other
        // events for some n (on the seeds: 9 and 10).
        let mut old = full.clone();
        old.events.retain(|e| e.sources.len() >= min_sources);
        let sources_only: Vec<String> = timeline::merge::rank_order_with(&old.events, &[])
            .into_iter()
            .take(n)
            .map(|i| old.events[i].id.clone())
            .collect();
        differs_from_sources_only |= sorted(sources_only) != ids(&top);
    }
    assert!(
        differs_from_sources_only,
        "the seeds no longer tell the two orders apart; pick other n"
    );
}

#[test]
fn min_sources_is_applied_after_ranking_in_build_and_render() {
    let full_dir = tempfile::tempdir().unwrap();
    let full = build(full_dir.path(), &[]);
    let filtered_dir = tempfile::tempdir().unwrap();
    let filtered = build(filtered_dir.path(), &["--min-sources", "2"]);
    assert!(!filtered.events.is_empty());
    assert!(filtered.events.iter().all(|e| e.sources.len() >= 2));
    // Ranks are renumbered 1..k, in the order the events have in the full build.
    let order_in_full: Vec<String> = timeline::merge::rank_order(&full.events)
        .into_iter()
        .map(|i| &full.events[i])
        .filter(|e| e.sources.len() >= 2)
        .map(|e| e.id.clone())
        .collect();
    let order: Vec<String> = timeline::merge::rank_order(&filtered.events)
        .into_iter()
        .map(|i| filtered.events[i].id.clone())
        .collect();
    assert_eq!(order, order_in_full);
    let mut ranks: Vec<u32> = filtered.events.iter().map(|e| e.rank.unwrap()).collect();
    ranks.sort_unstable();
    assert_eq!(
        ranks,
        (1..=filtered.events.len() as u32).collect::<Vec<_>>()
    );
}

#[test]
fn an_events_json_from_before_ranks_still_loads_and_renders() {
    // output/events.json as the seeds built before events carried a rank.
    let old_path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/events_before_rank.json");
    let text = std::fs::read_to_string(&old_path).unwrap();
    assert!(!text.contains("\"rank\""));
    let old = read(&old_path);
    assert!(old.events.len() > 10);
    let dir = tempfile::tempdir().unwrap();
    let (page, stderr) = render(
        &old_path,
        &dir.path().join("t.html"),
        &["--max-events", "5"],
    );
    assert!(!stderr.contains("rank"), "{stderr}");
    // Ranked by the events' sources, as before.
    let sources_only: Vec<String> = timeline::merge::rank_order_with(&old.events, &[])
        .into_iter()
        .take(5)
        .map(|i| old.events[i].id.clone())
        .collect();
    assert_eq!(sorted(drawn(&page)), sorted(sources_only));
    // The other outputs read it too, and a JSON export does not invent ranks.
    for format in ["json", "csv", "md", "ics", "timelinejs", "jsonl"] {
        let o = ok(
            bin()
                .arg("export")
                .arg(&old_path)
                .args(["--format", format])
                .output()
                .unwrap(),
            format,
        );
        if format == "json" {
            assert_eq!(String::from_utf8(o.stdout).unwrap(), text);
        }
    }
    // SVG and PNG too.
    for name in ["t.svg", "t.png"] {
        ok(
            bin()
                .arg("render")
                .arg(&old_path)
                .arg("-o")
                .arg(dir.path().join(name))
                .output()
                .unwrap(),
            name,
        );
    }
}

#[test]
fn reranking_by_hand_changes_what_render_keeps() {
    let dir = tempfile::tempdir().unwrap();
    let mut file = build(dir.path(), &[]);
    // Promote the least important event to rank 1 (and push the old first down).
    let last = file
        .events
        .iter()
        .position(|e| e.rank == Some(file.events.len() as u32))
        .unwrap();
    for e in file.events.iter_mut() {
        e.rank = e.rank.map(|r| r + 1);
    }
    file.events[last].rank = Some(1);
    let edited = dir.path().join("edited.json");
    std::fs::write(&edited, timeline::export::to_json(&file).unwrap()).unwrap();
    let (page, stderr) = render(&edited, &dir.path().join("t.html"), &["--max-events", "1"]);
    assert!(stderr.is_empty(), "{stderr}");
    assert_eq!(drawn(&page), vec![file.events[last].id.clone()]);
}
