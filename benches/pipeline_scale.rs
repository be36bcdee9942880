//! End-to-end throughput of `pipeline::build` (tag, extract, merge) on synthetic corpora of
//! 1,000 and 10,000 articles from `synth::generate` (generated once, outside the timing),
//! reported in articles per second. Rayon uses every core; on the shared 2-core machine the
//! sample counts and times are kept small.
//!
//! Run: `cargo bench --bench pipeline_scale` (about 2 minutes). For 10k–100k articles with
//! peak memory and merge quality, use `examples/scale.rs` (see docs/PERFORMANCE.md).

use criterion::{Criterion, SamplingMode, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::Duration;
use timeline::pipeline::{BuildOptions, build};
use timeline::synth::generate;

/// The allocator of the `timeline` binary (mimalloc), so the figures are the binary's.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn pipeline_scale(c: &mut Criterion) {
    let mut group = c.benchmark_group("pipeline_build");
    group.sampling_mode(SamplingMode::Flat);
    for &(n, samples, secs) in &[(1_000usize, 10usize, 10u64), (10_000, 10, 60)] {
        let corpus = generate(n, 1);
        let opts = BuildOptions::default();
        group.sample_size(samples);
        group.measurement_time(Duration::from_secs(secs));
        group.warm_up_time(Duration::from_secs(1));
        group.throughput(Throughput::Elements(n as u64));
        group.bench_function(format!("{n}_articles"), |b| {
            b.iter(|| black_box(build(black_box(&corpus.articles), &opts)))
        });
    }
    group.finish();
}

criterion_group!(benches, pipeline_scale);
criterion_main!(benches);
