//! Rendering time for 500 synthetic events (the deterministic story of the render tests,
//! over one year, with weeks, months, planned events and conflicts): SVG, PNG (SVG then
//! resvg), and the interactive HTML page, at the default 1200 px width. All 500 events are
//! considered; the picture keeps the most important ones that fit and notes the rest.
//!
//! Run: `cargo bench --bench render` (about 30 s). Figures go to docs/PERFORMANCE.md
//! ("Rendering").

#[path = "../tests/render_common/mod.rs"]
mod common;

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use timeline::render::{RenderOptions, render_html, render_svg, svg_to_png};

fn bench(c: &mut Criterion) {
    let file = common::synthetic(500, common::d(2021, 6, 1), 365, 7);
    let opts = RenderOptions::default();
    let svg = render_svg(&file, &opts).unwrap();
    let mut g = c.benchmark_group("render_500_events");
    g.sample_size(20).measurement_time(Duration::from_secs(8));
    g.bench_function("svg", |b| {
        b.iter(|| render_svg(black_box(&file), &opts).unwrap())
    });
    g.bench_function("png_from_svg", |b| {
        b.iter(|| svg_to_png(black_box(&svg)).unwrap())
    });
    g.bench_function("svg_and_png", |b| {
        b.iter(|| svg_to_png(&render_svg(black_box(&file), &opts).unwrap()).unwrap())
    });
    g.bench_function("html", |b| {
        b.iter(|| render_html(black_box(&file), &opts).unwrap())
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
