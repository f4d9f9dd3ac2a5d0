//! Lists of 70 000 items are shown: past 32 767 stops (two lines each) and
//! 65 535 tariff lines, heights held in `u16` used to wrap round to nothing.

use ratatui::layout::Size;
use tradewatch::dashboard::App;
use tradewatch::snapshot;

#[path = "../../benches/common/scale_briefing.rs"]
mod scale_briefing;

/// A few words the list shows of its first item.
fn first_item(app: &App, kind: &str) -> String {
    let b = app.briefing();
    let text = match kind {
        "tariffs" => &b.tariffs[0].label,
        "stops" => &b.stops[0].place,
        "quotes" => &b.quotes[0].speaker,
        "people" => &b.people[0].name,
        "events" => &app.data().event(0).expect("an event").label,
        _ => &b.article,
    };
    text.chars().take(12).collect()
}

/// What each kind's last generated item shows in its list.
fn last_item(kind: &str, n: usize) -> String {
    let last = n - 1;
    match kind {
        "tariffs" => format!("T{last} on goods"),
        "stops" => format!("B{last}"),
        "quotes" => format!("G{last}"),
        "people" => format!("P{last}"),
        // the timeline is by date: the last generated day is not the last event
        "events" => "Day ".into(),
        "sentences" => format!("Sentence {last} of"),
        other => panic!("no such kind: {other}"),
    }
}

#[test]
fn seventy_thousand_items_of_each_kind_are_listed() {
    let history = tradewatch::model::history::default_history().expect("the history");
    // and the sizes at which a `u16` height wrapped to nothing: 32 768 stops
    // of two lines, 65 535 tariff lines and the table's heading
    let sizes = scale_briefing::KINDS
        .into_iter()
        .map(|k| (k, 70_000))
        .chain([
            (scale_briefing::KINDS[1], 32_768 - 4),
            (scale_briefing::KINDS[0], 65_535 - 5),
        ]);
    for ((kind, pane), n) in sizes {
        let app = App::new(vec![scale_briefing::with(kind, n)], history.clone(), None);
        let key = (pane.index() + 1).to_string();
        let len = app.len(pane);
        for (keys, wanted, position) in [
            (vec![key.clone()], first_item(&app, kind), 1),
            (vec![key.clone(), "End".into()], last_item(kind, n), len),
        ] {
            let buf = snapshot::frame(app.clone(), Size::new(120, 40), &keys);
            let screen = snapshot::to_txt(&buf);
            assert!(
                screen.contains(&format!(" {position}/{len} ")),
                "{kind}: {keys:?}"
            );
            assert!(
                screen.contains(&wanted),
                "{kind}: {keys:?} shows no {wanted:?}:\n{screen}"
            );
        }
    }
}

#[test]
fn ten_thousand_countdowns_take_three_header_lines() {
    let history = tradewatch::model::history::default_history().expect("the history");
    let mut b = scale_briefing::with("events", 10_000);
    for e in &mut b.events {
        e.countdown = true;
    }
    let app = App::new(vec![b], history, None);
    let buf = snapshot::frame(app, Size::new(120, 40), &[]);
    let rows: Vec<String> = (0..40)
        .map(|y| (0..120).map(|x| buf[(x, y)].symbol()).collect())
        .collect();
    // the title, three lines of countdowns, then the tabs and the panes
    assert!(
        rows[4].contains("1 Tariffs │ 2 Itinerary"),
        "{}",
        rows.join("\n")
    );
    assert!(rows[5].contains("┏ 1 Tariffs"), "{}", rows.join("\n"));
}
