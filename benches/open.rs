//! Opening a large briefing, beside checking it. Open: parse, sanitise,
//! validate, build the app (the timeline merge among it) and draw the first
//! frame at 120x40. Check: what `tradewatch check` does (parse, sanitise,
//! validate). Goal (issue 12): opening 100 000 events takes at most 1.5x the
//! check of the same text.
//!
//!     cargo bench --bench open -- --warm-up-time 1 --measurement-time 3

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use ratatui::layout::Size;
use tradewatch::dashboard::App;
use tradewatch::model::{self, DEFAULT_TOML, Format};

/// The default briefing with `n` more events, written compactly so that
/// 100 000 fit under the 8 MiB cap (as `gen_briefing.py events` does):
/// on varied days and with varied labels, so that the timeline merge and its
/// sort do real work, each with evidence that validation looks up.
fn with_events(n: usize) -> String {
    let mut text = DEFAULT_TOML.to_owned();
    for i in 0..n {
        let day = 1 + (i * 7919) % 28;
        let month = 1 + (i * 31) % 12;
        let year = 2020 + i % 10;
        let article = ["Glass said.", "since April"][i % 2];
        text.push_str(&format!(
            "[[events]]\ndate={year}-{month:02}-{day:02}\nlabel=\"Day {i}\"\nevidence={{article=\"{article}\"}}\n"
        ));
    }
    text
}

fn open(c: &mut Criterion) {
    let history = model::history::default_history().unwrap();
    let mut group = c.benchmark_group("open");
    for n in [10, 1_000, 100_000] {
        let text = with_events(n);
        assert!(
            text.len() as u64 <= model::MAX_FILE_BYTES,
            "{n} events: {} bytes",
            text.len()
        );
        group.bench_with_input(BenchmarkId::new("check", n), &text, |b, text| {
            b.iter(|| model::parse_str(text, "big.toml", Format::Toml).unwrap())
        });
        group.bench_with_input(BenchmarkId::new("open", n), &text, |b, text| {
            b.iter(|| {
                let briefing = model::parse_str(text, "big.toml", Format::Toml).unwrap();
                let app = App::new(vec![briefing], history.clone(), None);
                tradewatch::snapshot::frame(app, Size::new(120, 40), &[])
            })
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10);
    targets = open
}
criterion_main!(benches);
