//! Ingest throughput on news text of 64 KiB, 1 MiB and 4 MiB (the limit): the
//! bytes per second should stay flat as the text grows. Then the whole of
//! ingest (extraction, draft, check) on the worst hostile shapes at 1 MiB.
//!
//!     cargo bench --bench ingest -- --warm-up-time 1 --measurement-time 3

use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use chrono::NaiveDate;
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use tradewatch::ingest::{MAX_BYTES, extract, hostile, ingest_bytes};

#[path = "../tests/it/eval_harness.rs"]
mod eval;

/// The annotated articles (both sets), each followed by a blank line.
fn corpus() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    eval::SETS
        .iter()
        .flat_map(|(dir, _)| eval::load_corpus(&root.join(dir)).expect("the corpus loads"))
        .map(|a| a.text + "\n\n")
        .collect()
}

const MONTHS: [(&str, &str); 12] = [
    ("January", "Jan"),
    ("February", "Feb"),
    ("March", "Mar"),
    ("April", "Apr"),
    ("May", "May"),
    ("June", "Jun"),
    ("July", "Jul"),
    ("August", "Aug"),
    ("September", "Sept"),
    ("October", "Oct"),
    ("November", "Nov"),
    ("December", "Dec"),
];
const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// `article` with its months moved on by `k` and its weekdays by `k` days,
/// so that each copy speaks of other dates.
fn shifted(article: &str, k: usize) -> String {
    let mut out = String::with_capacity(article.len() + 64);
    let mut rest = article;
    while !rest.is_empty() {
        let n = rest
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(rest.len())
            .max(1);
        let (word, tail) = rest.split_at(rest.ceil_char_boundary(n));
        let month = |i: usize| MONTHS[(i + k) % 12];
        let moved = if let Some(i) = MONTHS.iter().position(|m| m.0 == word) {
            month(i).0
        } else if let Some(i) = MONTHS.iter().position(|m| m.1 == word) {
            month(i).1
        } else if let Some(i) = WEEKDAYS.iter().position(|&d| d == word) {
            WEEKDAYS[(i + k) % 7]
        } else {
            word
        };
        out.push_str(moved);
        rest = tail;
    }
    out
}

/// News text of at most `size` bytes: the articles over and over, each
/// round with its dates moved on, cut after the last whole article.
fn news(articles: &[String], size: usize) -> String {
    let mut out = String::with_capacity(size);
    for (k, article) in (0..).flat_map(|k| articles.iter().map(move |a| (k, a))) {
        let article = shifted(article, k);
        if out.len() + article.len() > size {
            return out;
        }
        out.push_str(&article);
    }
    unreachable!("the rounds never end")
}

fn ingest(c: &mut Criterion) {
    let articles = corpus();
    let published = NaiveDate::from_ymd_opt(2025, 10, 25).unwrap();
    let sizes = [("64KiB", 64 << 10), ("1MiB", 1 << 20), ("4MiB", MAX_BYTES)];
    let inputs: Vec<_> = sizes
        .iter()
        .map(|&(name, size)| (name, news(&articles, size)))
        .collect();
    let mut group = c.benchmark_group("extract");
    group.sample_size(10);
    for (name, input) in &inputs {
        group.throughput(Throughput::Bytes(input.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), input, |b, input| {
            b.iter(|| extract(black_box(input), published));
        });
    }
    group.finish();
    // the whole of ingest: the checks on the bytes, extraction, draft, check
    let mut group = c.benchmark_group("ingest");
    group.sample_size(10);
    for (name, input) in &inputs {
        group.throughput(Throughput::Bytes(input.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), input, |b, input| {
            b.iter(|| ingest_bytes(black_box(input.as_bytes()), "news.txt", Some(published)));
        });
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
