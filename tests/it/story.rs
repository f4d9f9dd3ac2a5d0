//! The escalation story: the history chart's data against the facts, `s` from
//! a figure to the sentence that states it and back, several briefings merged
//! on the timeline, and filters.

use insta::assert_snapshot;
use tradewatch::dashboard::{Action, App, Pane};
use tradewatch::model::history::series::{day_x, series};
use tradewatch::model::{self, Event, Evidence};

use crate::helpers::{Scratch, app, assert_says, day, draw, press, run, stderr, text};

/// The steps a step line makes: where it rises or falls, to what rate.
fn steps(points: &[(f64, f64)]) -> Vec<(f64, f64)> {
    points
        .windows(2)
        .filter(|w| w[0].0 == w[1].0 && w[0].1 != w[1].1)
        .map(|w| w[1])
        .collect()
}

#[test]
fn the_history_chart_draws_both_ladders_from_the_facts() {
    let history = model::history::default_history().unwrap();
    let s = series(&history, day(2025, 10, 25));
    let at = |m, d, rate| (day_x(2025, day(2025, m, d)), rate);
    // the US add-on rate on all Chinese goods, in all, as each step's public source gives it
    assert_eq!(
        steps(&s.us),
        [
            at(2, 4, 10.0),
            at(3, 4, 20.0),
            at(4, 5, 30.0),
            at(4, 9, 104.0),
            at(4, 10, 145.0),
            at(5, 14, 30.0)
        ]
    );
    // China's on all US goods
    assert_eq!(
        steps(&s.china),
        [at(4, 10, 84.0), at(4, 12, 125.0), at(5, 14, 10.0)]
    );
    // both lines run to the as-of day, marked; the threat is a separate possible step from 1 Nov
    assert_eq!(s.us.last(), Some(&at(10, 25, 30.0)));
    assert_eq!(s.china.last(), Some(&at(10, 25, 10.0)));
    assert_eq!(s.as_of, day_x(2025, day(2025, 10, 25)));
    assert_eq!(steps(&s.threat), [at(11, 1, 130.0)]);
    assert_eq!(s.threat.first(), Some(&at(10, 25, 30.0)));
    // every step names its source
    assert!(history.steps.iter().all(|st| !st.source.trim().is_empty()));
    // seen from a day after the threat's date, the threat is no future step
    assert!(series(&history, day(2025, 11, 2)).threat.is_empty());
}

#[test]
fn the_history_pane_shows_the_selected_step_and_its_source() {
    let s = text(&draw(&{
        let mut a = app(120, 40);
        press(&mut a, "5 Down Down Down Down");
        a
    }));
    assert_says(
        &s,
        &[
            "┏ 5 History",
            "10 Apr US 145%",
            "Source: cbsnews.com/news/trump-announces-90-day-tariffs-",
            // the legend
            "threatened",
            "data as of 25 Oct 2025",
        ],
    );
    assert_snapshot!("wide_history", s);
}

/// The sentence the source pane has selected.
fn selected_sentence(a: &App) -> String {
    let i = a
        .selected_item(Pane::Source)
        .expect("a sentence is selected");
    a.briefing().article[a.sentences()[i].clone()].to_owned()
}

#[test]
fn s_jumps_from_each_headline_figure_to_its_sentence_and_back() {
    for (keys, states) in [
        ("End Up", "145 percent tariffs"),
        ("End", "125 percent of US exports"),
        (
            "End Up Up",
            "threaten an additional 100 percent tariff on Chinese imports from November 1",
        ),
    ] {
        let mut a = app(120, 40);
        press(&mut a, keys);
        let tariff = a.selected_item(Pane::Tariffs);
        press(&mut a, "s");
        assert_eq!(a.ui.focus, Pane::Source, "{keys}");
        assert!(
            selected_sentence(&a).contains(states),
            "{keys}: {}",
            selected_sentence(&a)
        );
        let screen = text(&draw(&a));
        assert!(
            screen.contains(&format!("▶ {}", &selected_sentence(&a)[..30])),
            "the sentence is marked:\n{screen}"
        );
        let name = match keys {
            "End Up" => "wide_source_from_145",
            "End" => "wide_source_from_125",
            _ => "wide_source_from_100",
        };
        assert_snapshot!(name, screen);
        press(&mut a, "s");
        assert_eq!(
            (a.ui.focus, a.selected_item(Pane::Tariffs)),
            (Pane::Tariffs, tariff),
            "{keys}: back to the figure"
        );
    }
}

#[test]
fn s_works_from_stops_quotes_and_events_and_names_outside_sources() {
    let mut a = app(120, 40);
    press(&mut a, "3 End s");
    assert!(selected_sentence(&a).contains("“It’s a tough neighborhood,” Glass said."));
    let mut a = app(120, 40);
    press(&mut a, "2 Down Down s");
    assert!(selected_sentence(&a).contains("Trump will fly to Japan to meet with Sanae Takaichi"));
    let mut a = app(120, 40);
    press(&mut a, "6 / t r u c e Enter Down Down s");
    assert!(
        selected_sentence(&a).contains("continued on November 10"),
        "the truce's end: {}",
        selected_sentence(&a)
    );
    // the 30% under the truce rests on a public report, not on the article
    let mut a = app(120, 40);
    press(&mut a, "s");
    let screen = text(&draw(&a));
    assert!(
        screen.contains("Not in the article; from: 94ha.com"),
        "{screen}"
    );
    // from an unmarked sentence, s goes to the first item resting on it
    let mut a = app(120, 40);
    press(&mut a, "7");
    let i = (0..a.sentences().len())
        .find(|&i| a.briefing().article[a.sentences()[i].clone()].contains("145 percent"))
        .unwrap();
    for _ in 0..i {
        press(&mut a, "Down");
    }
    press(&mut a, "s");
    let peak = a.briefing().tariffs.iter().position(|t| t.rate == 145.0);
    assert_eq!(
        (a.ui.focus, a.selected_item(Pane::Tariffs)),
        (Pane::Tariffs, peak),
        "the US April peak, the first tariff resting on that sentence"
    );
}

/// The default briefing, retitled, sharing one event with the default and adding another.
fn second_briefing() -> model::Briefing {
    let mut b = model::default_briefing().unwrap();
    b.title = "A second report".into();
    b.events.retain(|e| e.date == day(2025, 10, 30));
    // the same event as the default's, on the same day under the same name
    assert_eq!(b.events[0].label, "Trump meets Xi");
    b.events.push(Event {
        date: day(2025, 11, 10),
        label: "New rates take effect".into(),
        countdown: false,
        people: vec![],
        place: None,
        evidence: Evidence {
            article: None,
            source: Some("example.org/new-rates".into()),
        },
    });
    b
}

#[test]
fn two_briefings_share_a_timeline_with_an_overlapping_event_once() {
    let history = model::history::default_history().unwrap();
    let mut a = App::new(
        vec![model::default_briefing().unwrap(), second_briefing()],
        history,
        None,
    );
    let oct30: Vec<_> = a
        .timeline
        .iter()
        .filter(|e| e.date == day(2025, 10, 30))
        .collect();
    assert_eq!(oct30.len(), 1, "{oct30:?}");
    assert_eq!(oct30[0].briefings, [0, 1]);
    let data = a.data();
    assert!((0..a.timeline.len()).any(|i| data.event(i).unwrap().label == "New rates take effect"));
    assert!(
        a.timeline.windows(2).all(|w| w[0].date <= w[1].date),
        "sorted"
    );
    a.update(Action::Resize(120, 40));
    press(&mut a, "6");
    let screen = text(&draw(&a));
    assert_eq!(
        screen.matches("Trump meets Xi").count(),
        2,
        "once in the timeline, once in the header:\n{screen}"
    );
    assert_says(
        &screen,
        &[
            "Trump meets Xi [1 2]",
            "── data as of Sat 25 Oct 2025 ──",
            "briefing 1/2",
        ],
    );
    // b shows the other briefing
    press(&mut a, "b");
    assert_eq!(a.briefing().title, "A second report");
    assert_says(&text(&draw(&a)), &["A second report", "briefing 2/2"]);
    press(&mut a, "b");
    assert_eq!(a.briefing().title, "US–China trade tensions");
}

#[test]
fn slash_filters_the_focused_list() {
    let mut a = app(120, 40);
    let glass: Vec<usize> = (0..a.len(Pane::Quotes))
        .filter(|&i| a.briefing().quotes[i].speaker.contains("Glass"))
        .collect();
    assert!(glass.len() >= 2, "two quotes of Glass to move between");
    press(&mut a, "3 / g l a s s");
    assert!(a.ui.filtering);
    assert_eq!(a.visible(Pane::Quotes), glass);
    let screen = text(&draw(&a));
    assert!(
        screen.contains("/glass▏") && screen.contains(" /glass "),
        "{screen}"
    );
    assert!(!screen.contains("Donald Trump, US President"), "{screen}");
    press(&mut a, "Enter Down Enter");
    assert!(!a.ui.filtering);
    assert_eq!(
        a.selected_item(Pane::Quotes),
        Some(glass[1]),
        "the second match"
    );
    press(&mut a, "Esc / x Backspace Esc");
    assert_eq!(
        a.visible(Pane::Quotes).len(),
        a.briefing().quotes.len(),
        "Esc clears"
    );
    assert!(!a.quit, "typing q into a filter does not quit");
    let korea: Vec<usize> = (0..a.len(Pane::Itinerary))
        .filter(|&i| a.briefing().stops[i].country == "South Korea")
        .collect();
    press(&mut a, "2 / k o r e a Enter");
    assert_eq!(a.visible(Pane::Itinerary), korea);
    press(&mut a, "6 / t r u c e Enter");
    assert!(a.visible(Pane::Timeline).len() >= 2);
    assert!(a.visible(Pane::Timeline).iter().all(|&i| {
        a.data()
            .event(i)
            .unwrap()
            .label
            .to_lowercase()
            .contains("truce")
    }));
}

#[test]
fn the_second_page_works_at_80x24_and_narrow() {
    for (w, h, keys, needle) in [
        (80, 24, "5", "┏ 5 History"),
        (80, 24, "6", "── data as of Sat 25 Oct 2025"),
        (80, 24, "End s", "▶ The penalty of a trade war"),
        (60, 20, "5", "5 History"),
        (60, 20, "7", "┏ 7 Source"),
    ] {
        let screen = text(&draw(&{
            let mut a = app(w, h);
            press(&mut a, keys);
            a
        }));
        assert_says(&screen, &[needle]);
    }
    let mut a = app(80, 24);
    press(&mut a, "5");
    assert_snapshot!("medium_history", text(&draw(&a)));
    let mut a = app(60, 20);
    press(&mut a, "6");
    assert_snapshot!("narrow_timeline", text(&draw(&a)));
}

#[test]
fn several_files_or_a_folder_load_as_several_briefings() {
    let dir = Scratch::new();
    let a = dir.file("a.toml", model::DEFAULT_TOML);
    let b = dir.file("b.toml", toml::to_string(&second_briefing()).unwrap());
    let folder = dir.path().to_str().unwrap();
    for files in [vec![a.to_str().unwrap(), b.to_str().unwrap()], vec![folder]] {
        let out = run(&[
            &["snapshot"],
            &files[..],
            &["--keys", "6", "--size", "120x40"],
        ]
        .concat());
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let screen = String::from_utf8(out.stdout).unwrap();
        assert_says(
            &screen,
            &["Trump meets Xi [1 2]", "New rates take effect [2]"],
        );
    }
    let out = run(&["snapshot", "--keys", "b", folder]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("A second report"));
}
