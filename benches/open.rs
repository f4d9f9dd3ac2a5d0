//! Opening a large briefing: parse, sanitise, validate, merge the timeline and
//! draw the first frame. Goal (issue 9): 20 000 events in well under a second.

use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::layout::Size;
use tradewatch::dashboard::App;
use tradewatch::model::{self, DEFAULT_TOML, Format};

/// The default briefing with `n` more events, on varied days and with varied
/// labels so that the timeline merge does real work.
fn with_events(n: usize) -> String {
    let evidence = "The penalty of a trade war between the US and China has fallen on the global economy since April";
    let mut text = DEFAULT_TOML.to_owned();
    for i in 0..n {
        let day = 1 + i % 28;
        let month = 1 + (i / 28) % 12;
        text.push_str(&format!(
            "\n[[events]]\ndate = 2025-{month:02}-{day:02}\nlabel = \"Event {i}\"\n[events.evidence]\narticle = \"{evidence}\"\n"
        ));
    }
    text
}

fn open(c: &mut Criterion) {
    let text = with_events(20_000);
    let history = model::history::default_history().unwrap();
    c.bench_function("open 20000 events", |b| {
        b.iter(|| {
            let briefing = model::parse_str(&text, "big.toml", Format::Toml).unwrap();
            let app = App::new(vec![briefing], history.clone(), None);
            tradewatch::snapshot::frame(app, Size::new(120, 40), &["6".into(), "End".into()])
        })
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10);
    targets = open
}
criterion_main!(benches);
