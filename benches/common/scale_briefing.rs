//! Briefings with many items of one kind, built in code from the embedded
//! default (as `gen_briefing.py` builds them in TOML, without the parse), for
//! the per-key bench and the scale tests (tests/it/scale.rs includes this file by path).

use tradewatch::dashboard::Pane;
use tradewatch::model::{self, Briefing};

/// The kinds of item a briefing lists, each with the pane that shows it.
pub const KINDS: [(&str, Pane); 6] = [
    ("tariffs", Pane::Tariffs),
    ("stops", Pane::Itinerary),
    ("quotes", Pane::Quotes),
    ("people", Pane::People),
    ("events", Pane::Timeline),
    ("sentences", Pane::Source),
];

/// The default briefing with `n` more items of `kind`, varied (labels, rates,
/// days, places) so that sorting, filtering and the map do real work.
pub fn with(kind: &str, n: usize) -> Briefing {
    let mut b = model::embedded_briefings().expect("the embedded briefing")[0].clone();
    match kind {
        "tariffs" => {
            let t = b.tariffs[0].clone();
            b.tariffs.extend((0..n).map(|i| model::Tariff {
                label: format!("T{i} on goods"),
                rate: ((i * 37) % 200) as f64,
                ..t.clone()
            }))
        }
        "stops" => {
            let s = b.stops[0].clone();
            b.stops.extend((0..n).map(|i| model::Stop {
                place: format!("B{i}"),
                lat: (i * 7 % 45) as f64,
                lon: 95.0 + (i * 13 % 50) as f64,
                ..s.clone()
            }))
        }
        "quotes" => {
            let q = b.quotes[0].clone();
            b.quotes.extend((0..n).map(|i| model::Quote {
                speaker: format!("G{i}"),
                ..q.clone()
            }))
        }
        "people" => {
            let p = b.people[0].clone();
            b.people.extend((0..n).map(|i| model::Person {
                name: format!("P{i}"),
                ..p.clone()
            }))
        }
        "events" => {
            let e = b.events[0].clone();
            let d0 = chrono::NaiveDate::from_ymd_opt(2020, 1, 1).expect("a day");
            b.events.extend((0..n).map(|i| model::Event {
                date: d0 + chrono::Days::new((i * 7919 % 3653) as u64),
                label: format!("Day {i}"),
                countdown: false,
                ..e.clone()
            }))
        }
        "sentences" => {
            for i in 0..n {
                b.article.push_str(&format!(" Sentence {i} of the news."));
            }
        }
        other => panic!("no such kind: {other}"),
    }
    b
}
