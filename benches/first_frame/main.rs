//! The first frame, beside a minimal ratatui app's (issue 12, goal 5: at
//! most 1.3x its time): tradewatch's is the embedded briefing loaded into an
//! app and drawn once at 120x40, the anchor's one frame of the world map.
//! `load` is the model's share of tradewatch's: the embedded briefings and
//! history read from their JSON twins (checked by a test, not at start).
//!
//!     cargo bench --bench first_frame -- --warm-up-time 1 --measurement-time 3

use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::layout::Size;
use tradewatch::dashboard::App;
use tradewatch::model;

mod anchor;

fn first_frame(c: &mut Criterion) {
    let mut group = c.benchmark_group("first frame");
    group.bench_function("anchor", |b| b.iter(anchor::frame));
    group.bench_function("tradewatch", |b| {
        b.iter(|| {
            let app = App::embedded(None).unwrap();
            tradewatch::snapshot::frame(app, Size::new(120, 40), &[])
        })
    });
    group.bench_function("load", |b| {
        b.iter(|| {
            let briefings = model::embedded_briefings().unwrap();
            (briefings, model::history::default_history().unwrap())
        })
    });
    group.finish();
}

criterion_group!(benches, first_frame);
criterion_main!(benches);
