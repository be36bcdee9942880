//! Label layout on real builds, not hand-made event lists: the seed story from `input/`, and
//! the 293-article Timeline17 story with `--max-events 40`. Every label box is checked against
//! every other and against the axis (see `render_common::assert_layout_clean`).

use std::path::PathBuf;

use render_common::assert_layout_clean;
use timeline::ingest::ingest;
use timeline::model::EventsFile;
use timeline::pipeline::{BuildOptions, build};
use timeline::render::{RenderOptions, Theme, render_svg};

mod render_common;

fn built(path: PathBuf, max_events: Option<usize>) -> EventsFile {
    let ingested = ingest(&[path]);
    let b = build(
        &ingested.articles,
        &BuildOptions {
            max_events,
            ..BuildOptions::default()
        },
    );
    // The picture gets the events in importance order, as `timeline build` gives them.
    let mut file = b.file.clone();
    file.events = b.rank.iter().map(|&i| b.file.events[i].clone()).collect();
    file
}

#[test]
fn the_seed_build_draws_without_overlap_in_both_themes() {
    let file = built(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("input"),
        None,
    );
    assert!(file.events.len() >= 10);
    for theme in [Theme::Light, Theme::Dark] {
        let svg = render_svg(
            &file,
            &RenderOptions {
                theme,
                ..RenderOptions::default()
            },
        )
        .unwrap();
        assert_layout_clean(&svg);
        assert!(svg.contains("Russia annexed Crimea"));
    }
}

#[test]
fn timeline17_with_forty_events_draws_without_overlap() {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/t17-bpoil/articles.jsonl");
    if !path.exists() {
        assert!(
            std::env::var("CI").is_err(),
            "{} is missing in CI: clone with shared/ beside the repository",
            path.display()
        );
        eprintln!(
            "skipped: {} not found (clone with shared/ beside the repository)",
            path.display()
        );
        return;
    }
    let file = built(path, Some(40));
    assert_eq!(file.events.len(), 40);
    let svg = render_svg(&file, &RenderOptions::default()).unwrap();
    assert_layout_clean(&svg);
}
