//! Ingest throughput over the annotated corpus, repeated 1, 4 and 16 times:
//! the time per byte should stay flat as the text grows.

use std::hint::black_box;
use std::path::Path;

use chrono::NaiveDate;
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use tradewatch::ingest::{eval, extract};

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

criterion_group!(benches, ingest);
criterion_main!(benches);
