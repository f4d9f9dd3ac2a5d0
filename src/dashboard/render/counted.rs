//! The draw's work counted at 100 000 items (`dashboard::work`), so that a
//! regression to building every item fails a test rather than a stopwatch.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::dashboard::render;
use crate::dashboard::work::take;
use crate::dashboard::{Action, App, Pane};
use crate::model;

/// The embedded briefing with its items of each kind repeated to `n`
/// (and its article to some `n` sentences): cheap to build.
fn huge(n: usize) -> App {
    let mut b = model::embedded_briefings().expect("the embedded briefing")[0].clone();
    b.tariffs = b.tariffs.iter().cycle().take(n).cloned().collect();
    b.stops = b.stops.iter().cycle().take(n).cloned().collect();
    b.quotes = b.quotes.iter().cycle().take(n).cloned().collect();
    b.people = b.people.iter().cycle().take(n).cloned().collect();
    // the timeline merges events of one day and label or source: each
    // its own day and label
    let events = std::mem::take(&mut b.events);
    let day = events[0].date;
    b.events = (0..n)
        .map(|i| model::Event {
            date: day + chrono::Days::new(i as u64),
            label: format!("Event {i}"),
            countdown: false,
            ..events[i % events.len()].clone()
        })
        .collect();
    b.article = b.article.repeat(n / 40);
    let history = model::history::default_history().expect("the history");
    App::new(vec![b], history, None)
}

/// A key at 100 000 items builds the rows on screen, not the items: the
/// lists, the tariff table and bars, the source's sentences and the map's
/// labels are counted as they are built.
#[test]
fn a_draw_builds_only_the_rows_on_screen() {
    let mut app = huge(100_000);
    let area = Rect::new(0, 0, 120, 40);
    let mut buf = Buffer::empty(area);
    app.update(Action::Resize(area.width, area.height));
    for &pane in Pane::ALL {
        app.update(Action::Focus(pane));
        assert!(app.len(pane) >= 1_000 || pane == Pane::History, "{pane:?}");
        for key in [Action::Down, Action::Last, Action::Up] {
            app.update(key);
            take();
            render::dashboard(&app, area, &mut buf);
            let rows = take();
            // a page holds four panes of at most 40 rows, each built at
            // most a few times over (measured, then drawn), and the map's labels
            assert!(rows <= 600, "{pane:?} after {key:?}: {rows} rows built");
        }
    }
}
