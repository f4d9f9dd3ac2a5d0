//! Ingest throughput over the annotated corpus, repeated 1, 4 and 16 times:
//! the time per byte should stay flat as the text grows. Then the whole of
//! ingest (extraction, draft, check) on the worst hostile shapes at 1 MiB.

use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use chrono::NaiveDate;
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use tradewatch::ingest::{extract, hostile, ingest_bytes};

#[path = "../tests/it/eval_harness.rs"]
mod eval;

fn corpus() -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    eval::SETS
        .iter()
        .flat_map(|(dir, _)| eval::load_corpus(&root.join(dir)).expect("the corpus loads"))
        .map(|a| a.text + "\n\n")
        .collect()
}

fn ingest(c: &mut Criterion) {
    let text = corpus();
    let published = NaiveDate::from_ymd_opt(2025, 10, 25).unwrap();
    let mut group = c.benchmark_group("extract");
    for copies in [1, 4, 16] {
        let input = text.repeat(copies);
        group.throughput(Throughput::Bytes(input.len() as u64));
        group.bench_with_input(
            BenchmarkId::from_parameter(format!("{copies}x")),
            &input,
            |b, input| {
                b.iter(|| extract(black_box(input), published));
            },
        );
    }
    group.finish();
}

/// The shapes that take longest per byte (see `examples/hostile.rs`).
const WORST: &[&str] = &[
    "one sentence",
    "figures in one sentence",
    "names met",
    "surnames",
    "quotes said",
    "travel in one sentence",
    "items last",
];

fn hostile(c: &mut Criterion) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let seed = std::fs::read_to_string(root.join("tests/corpus/00_ft_seed.txt")).unwrap();
    let published = NaiveDate::from_ymd_opt(2025, 10, 25);
    let mut group = c.benchmark_group("hostile");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(4));
    for (name, text) in hostile::articles(1 << 20, &seed) {
        if !WORST.contains(&name) {
            continue;
        }
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), &text, |b, text| {
            b.iter(|| ingest_bytes(black_box(text.as_bytes()), "hostile.txt", published));
        });
    }
    group.finish();
}

criterion_group!(benches, ingest, hostile);
criterion_main!(benches);
