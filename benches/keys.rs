//! What a key costs at scale (issue 12, goal 1): Down, End and one filter
//! letter, each followed by a draw of the whole dashboard into a 120x40
//! buffer, at N = 10, 1 000 and 100 000 added items of each kind, beside the
//! default briefing. Each measured step is a key and its undoing (Down then
//! Up, End then Home, a letter then Backspace), two draws, so that the state
//! is the same at every iteration.

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use tradewatch::dashboard::{Action, App, render};

#[path = "common/scale_briefing.rs"]
mod scale_briefing;

fn app_with(kind: &str, n: usize) -> App {
    let history = tradewatch::model::history::default_history().expect("the history");
    let mut app = App::new(vec![scale_briefing::with(kind, n)], history, None);
    app.update(Action::Resize(120, 40));
    app
}

fn keys(c: &mut Criterion) {
    let area = Rect::new(0, 0, 120, 40);
    let mut buf = Buffer::empty(area);
    let steps: [(&str, Action, Action); 3] = [
        ("down+up", Action::Down, Action::Up),
        ("end+home", Action::Last, Action::First),
        (
            "letter+backspace",
            Action::FilterChar('e'),
            Action::FilterBackspace,
        ),
    ];
    for (kind, pane) in scale_briefing::KINDS {
        let mut group = c.benchmark_group(format!("keys/{kind}"));
        for n in [0, 10, 1_000, 100_000] {
            let mut app = app_with(kind, n);
            app.update(Action::Focus(pane));
            for &(name, key, undo) in &steps {
                let filtering = matches!(key, Action::FilterChar(_));
                if filtering {
                    app.update(Action::StartFilter);
                }
                group.bench_function(BenchmarkId::new(name, n), |b| {
                    b.iter(|| {
                        app.update(key);
                        render::dashboard(&app, area, &mut buf);
                        app.update(undo);
                        render::dashboard(&app, area, &mut buf);
                    })
                });
                if filtering {
                    app.update(Action::FilterClear);
                }
            }
        }
        group.finish();
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(10)
        .warm_up_time(std::time::Duration::from_millis(300))
        .measurement_time(std::time::Duration::from_secs(1));
    targets = keys
}
criterion_main!(benches);
