//! Renders the seed-like story (`tests/data/seed_events.json`) to `/tmp/demo.svg`, plus
//! `/tmp/demo-dark.svg`, `/tmp/demo-lanes.svg` and `/tmp/demo-narrow.svg` (640 px), for
//! looking at the picture.
//!
//! `cargo run --example render_demo [-- events.json]`

use timeline::model::EventsFile;
use timeline::render::{Lanes, RenderOptions, Theme, render_svg};

fn main() -> anyhow::Result<()> {
    let json = match std::env::args().nth(1) {
        Some(path) => std::fs::read_to_string(path)?,
        None => include_str!("../tests/data/seed_events.json").to_string(),
    };
    let file: EventsFile = serde_json::from_str(&json)?;
    let light = RenderOptions {
        title: Some("Russia, NATO and Ukraine: how the crisis built up".into()),
        ..RenderOptions::default()
    };
    std::fs::write("/tmp/demo.svg", render_svg(&file, &light)?)?;
    let dark = RenderOptions {
        theme: Theme::Dark,
        ..light.clone()
    };
    std::fs::write("/tmp/demo-dark.svg", render_svg(&file, &dark)?)?;
    let lanes = RenderOptions {
        lanes: Lanes::Sources,
        ..light
    };
    std::fs::write("/tmp/demo-lanes.svg", render_svg(&file, &lanes)?)?;
    let narrow = RenderOptions {
        width: 640,
        ..RenderOptions::default()
    };
    std::fs::write("/tmp/demo-narrow.svg", render_svg(&file, &narrow)?)?;
    println!("wrote /tmp/demo.svg, /tmp/demo-dark.svg, /tmp/demo-lanes.svg, /tmp/demo-narrow.svg");
    Ok(())
}
