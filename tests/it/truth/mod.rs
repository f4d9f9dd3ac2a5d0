//! What the screen says is true: every figure and date of the embedded data
//! against one table of facts with their sources; statuses told apart on the
//! tariffs pane; a history chart whose axes put dates and rates where they
//! belong; the people and facts of the story reachable, each with its evidence.

mod facts;

use chrono::NaiveDate;
use tradewatch::dashboard::theme::DARK;
use tradewatch::dashboard::{App, Pane};
use tradewatch::model::{self, Party};

use crate::helpers::{app, assert_says, day, draw, press, run, stdout, text, words};
use facts::{EVENTS, STEPS, STOPS, TARIFFS, TariffFact, d25c};

#[test]
fn every_figure_and_date_of_the_embedded_data_matches_the_facts() {
    let briefings = model::embedded_briefings().unwrap();
    let mut tariffs: Vec<TariffFact> = Vec::new();
    for (b, briefing) in briefings.iter().enumerate() {
        for t in &briefing.tariffs {
            let source = t.evidence.source.clone().unwrap_or_default();
            let fact = TARIFFS
                .iter()
                .find(|f| {
                    (f.0, f.1, f.2, f.3, f.4, f.5, f.6, f.7, f.8)
                        == (
                            b,
                            t.imposer,
                            t.status,
                            t.rate,
                            t.date,
                            t.until,
                            t.reverts_to,
                            t.ended,
                            t.replaced_by,
                        )
                })
                .unwrap_or_else(|| panic!("briefing {b}: no fact says {t:?}"));
            assert!(source.contains(fact.9), "{t:?} should cite {}", fact.9);
            tariffs.push(*fact);
        }
    }
    assert_eq!(tariffs.len(), TARIFFS.len(), "every fact is on screen once");

    let history = model::history::default_history().unwrap();
    let steps: Vec<_> = history
        .steps
        .iter()
        .map(|s| (s.imposer, s.date, s.rate, s.status))
        .collect();
    let expected: Vec<_> = STEPS
        .iter()
        .map(|&(p, (m, d), r, st, _)| (p, day(2025, m, d), r, st))
        .collect();
    assert_eq!(steps, expected);
    for (s, fact) in history.steps.iter().zip(STEPS) {
        assert!(s.source.contains(fact.4), "{s:?} should cite {}", fact.4);
    }

    let mut events = Vec::new();
    for (b, briefing) in briefings.iter().enumerate() {
        for e in &briefing.events {
            let fact = EVENTS
                .iter()
                .find(|&&(fb, (y, m, d), words, _)| {
                    fb == b && e.date == day(y, m, d) && e.label.contains(words)
                })
                .unwrap_or_else(|| panic!("briefing {b}: no fact says {e:?}"));
            let source = e.evidence.source.clone().unwrap_or_default();
            assert!(source.contains(fact.3), "{e:?} should cite {}", fact.3);
            events.push(fact);
        }
    }
    assert_eq!(events.len(), EVENTS.len());

    let stops: Vec<_> = briefings[0]
        .stops
        .iter()
        .map(|s| (s.place.as_str(), s.arrive, s.depart, s.lat, s.lon))
        .collect();
    let expected: Vec<_> = STOPS
        .iter()
        .map(|&(p, (am, ad), (dm, dd), lat, lon)| (p, d25c(am, ad), d25c(dm, dd), lat, lon))
        .collect();
    assert_eq!(stops, expected);
}

#[test]
fn nothing_in_the_seed_briefing_was_unknown_on_its_day() {
    let seed = model::default_briefing().unwrap();
    let text = toml::to_string(&seed).unwrap();
    // outcomes reported after 25 Oct 2025 (the venue, the length, Tokyo's deal)
    for later in [
        "Gimhae",
        "1h40",
        "Akasaka",
        "critical-minerals",
        "preliminary consensus",
    ] {
        assert!(!text.contains(later), "{later} was not known on 25 Oct");
    }
    let history = model::history::default_history().unwrap();
    let steps = App::embedded(None).unwrap();
    let known: Vec<_> = steps.history_steps().iter().map(|s| s.date).collect();
    assert!(known.iter().all(|&d| d <= day(2025, 11, 1)), "{known:?}");
    assert!(history.steps.iter().any(|s| s.date == day(2025, 11, 10)));
}

/// The words of the left half of a 160-column screen, on one line, so that
/// checks of the tariffs pane do not depend on wrapping.
fn left_words(screen: &str) -> String {
    let left: String = screen
        .lines()
        .map(|l| l.chars().take(80).collect::<String>() + " ")
        .collect();
    words(&left.replace(['┃', '│'], " "))
}

#[test]
fn the_tariffs_pane_tells_each_status_truly_at_160x50() {
    let out = run(&["snapshot", "--size", "160x50"]);
    assert_eq!(out.status.code(), Some(0));
    let s = stdout(&out);
    assert_says(
        &s,
        &[
            "145% US on China history 10 Apr April peak: cut to 30% on 14 May",
            "125% China on US history 12 Apr April peak: cut to 10% on 14 May",
            "30% US on China in force 14 May",
            "10% China on US in force 14 May",
            "24 pt US on China suspended 14 May",
            "24 pt China on US suspended 14 May",
            "+100% US on China threatened 1 Nov",
            "All figures: headline add-on rate, not a trade-weighted average.",
            "suspended: held off until a deadline; back if it lapses",
        ],
    );
    let words = left_words(&s);
    for needle in [
        "until 10 Nov; 54% in all if it lapses",
        "until 10 Nov; 34% in all if it lapses",
        "on top of the 30% in force, 130% in all",
    ] {
        assert!(words.contains(needle), "missing {needle:?}:\n{s}");
    }
    assert!(
        !s.lines()
            .any(|l| (l.contains("145%") || l.contains("125%")) && l.contains("suspended")),
        "no line may say the peaks are suspended:\n{s}"
    );
    // the threat's bar starts with the 30% in force, then the +100%
    let bar = |tail: &str| -> String {
        let line = s.lines().find(|l| l.contains(tail)).unwrap();
        line.chars()
            .filter(|c| matches!(c, '█' | '░' | '▒' | '─'))
            .collect()
    };
    let in_force = bar("30% in force");
    let threat = bar("130% if imposed");
    assert!(
        threat.starts_with(&in_force) && threat[in_force.len()..].chars().all(|c| c == '░'),
        "stacked: {in_force} / {threat}"
    );
    let suspended = bar("54% if it lapses");
    assert!(suspended.starts_with(&in_force) && suspended.ends_with('▒'));
}

/// The history chart's plot at a size: the axis corner, the plot's columns,
/// and the rows from the top of the plot to the x axis.
struct Plot {
    left: u16,
    width: u16,
    top: u16,
    axis: u16,
}

fn plot(buf: &ratatui::buffer::Buffer) -> Plot {
    let (cx, cy) = (0..buf.area.height)
        .flat_map(|y| (0..buf.area.width).map(move |x| (x, y)))
        .find(|&(x, y)| buf[(x, y)].symbol() == "└")
        .expect("the x axis corner");
    let width = (cx + 1..buf.area.width)
        .take_while(|&x| buf[(x, cy)].symbol() == "─")
        .count() as u16;
    let top = (0..cy)
        .rev()
        .take_while(|&y| buf[(cx, y)].symbol() == "│")
        .last()
        .unwrap();
    Plot {
        left: cx + 1,
        width,
        top,
        axis: cy,
    }
}

#[test]
fn the_history_chart_puts_months_and_rates_where_they_belong() {
    for (w, h) in [(160, 50), (120, 40), (80, 24)] {
        let mut a = app(w, h);
        press(&mut a, "5");
        let term = draw(&a);
        let buf = term.backend().buffer();
        let p = plot(buf);
        let end = 364.0; // 31 Dec 2025, days from 1 Jan
        let col = |d: NaiveDate| {
            f64::from(p.left) + (d - day(2025, 1, 1)).num_days() as f64 / end * f64::from(p.width)
        };
        // each month's name starts at the column of its first day (the
        // column of its braille dot: up to half a cell off a continuous scale)
        // the chart's own columns: other panes share the row
        let labels: String = (0..buf.area.width)
            .map(|x| {
                let own = (p.left - 1..=p.left + p.width).contains(&x);
                if own {
                    buf[(x, p.axis + 1)].symbol()
                } else {
                    " "
                }
                .to_owned()
            })
            .collect();
        let mut seen = 0;
        for m in 1..=12 {
            let first = day(2025, m, 1);
            let name = first.format("%b").to_string();
            if let Some(at) = labels.find(&name) {
                let at = labels[..at].chars().count() as f64;
                assert!(
                    (at - col(first)).abs() <= 1.5,
                    "{w}x{h}: {name} at {at}, its first day at {:.1}",
                    col(first)
                );
                seen += 1;
            }
        }
        assert!(seen >= 4, "{w}x{h}: month labels:\n{labels}");
        // the US 10% of 4 Feb - 4 Mar is drawn in the US colour, not covered by China's 0%
        let feb = col(day(2025, 2, 18)).round() as u16;
        let us_cells = (p.top..p.axis)
            .filter(|&y| {
                let c = &buf[(feb, y)];
                Some(c.fg) == DARK.party(Party::Us).fg
                    && c.symbol()
                        .chars()
                        .all(|ch| ('\u{2801}'..='\u{28ff}').contains(&ch))
            })
            .count();
        assert!(us_cells >= 1, "{w}x{h}: no US line in Feb\n{}", text(&term));
    }
}

#[test]
fn the_y_axis_is_truthful_at_every_height() {
    for (w, h) in [(50, 15), (60, 20), (80, 24), (120, 40), (160, 50)] {
        let mut a = app(w, h);
        press(&mut a, "5");
        let term = draw(&a);
        let buf = term.backend().buffer();
        let p = plot(buf);
        let rows = f64::from(p.axis - p.top);
        for y in p.top..p.axis {
            let label: String = (p.left - 5..p.left - 1)
                .map(|x| buf[(x, y)].symbol())
                .collect();
            let Ok(value) = label.trim().trim_end_matches('%').parse::<f64>() else {
                continue;
            };
            // the row a rate falls in, counted from the top, within a row
            let expected = (150.0 - value) / 150.0 * (rows - 1.0);
            assert!(
                (f64::from(y - p.top) - expected).abs() <= 1.0,
                "{w}x{h}: {value}% on row {} of {rows}\n{}",
                y - p.top,
                text(&term)
            );
        }
        let bottom: String = (p.left - 5..p.left - 1)
            .map(|x| buf[(x, p.axis - 1)].symbol())
            .collect();
        assert_eq!(
            bottom.trim(),
            "0%",
            "{w}x{h}: the 10% lines sit on the 0% row"
        );
    }
}

/// The negotiators of the Kuala Lumpur talks, in the briefing's order.
const NEGOTIATORS: [&str; 4] = [
    "Scott Bessent",
    "He Lifeng",
    "Jamieson Greer",
    "Li Chenggang",
];

#[test]
// the people page on its own (from 160 x 45 all panes share the screen)
fn the_people_and_facts_of_the_story_are_on_screen_each_with_evidence() {
    let mut a = app(150, 44);
    press(&mut a, "4");
    let s = text(&draw(&a));
    for name in NEGOTIATORS {
        assert!(s.contains(name), "{name}:\n{s}");
    }
    // s from a person, an event or a stop to its evidence
    for (keys, evidence) in [
        (
            "4 / l i f e n g Enter s",
            "▶ US Treasury Secretary Scott Bessent",
        ),
        (
            "4 / b e s s Enter s",
            "▶ US Treasury Secretary Scott Bessent",
        ),
        ("6 / f e e s Enter s", "Not in the article; from: hfw.com"),
        (
            "6 / r a r e Enter s",
            "▶ This month Beijing announced Export control",
        ),
        (
            "6 / m e r d e k a Enter s",
            "▶ US Treasury Secretary Scott Bessent",
        ),
        (
            "6 / d o h a Enter s",
            "Not in the article; from: news.meaww.com",
        ),
        ("2 s", "Not in the article; from: news.meaww.com"),
    ] {
        let mut a = app(150, 44);
        press(&mut a, keys);
        let s = text(&draw(&a));
        assert_eq!(a.ui.focus, Pane::Source, "{keys}");
        assert!(s.contains(evidence), "{keys}: {evidence}\n{s}");
    }
}

#[test]
fn p_goes_from_a_stop_or_event_to_the_people_involved() {
    let mut a = app(160, 50);
    press(&mut a, "2 End p");
    assert_eq!(a.ui.focus, Pane::People);
    let i = a.selected_item(Pane::People).unwrap();
    assert_eq!(a.briefing().people[i].name, "Xi Jinping");
    let s = text(&draw(&a));
    assert!(s.contains("• involved in stop Busan"), "{s}");
    let mut a = app(160, 50);
    press(&mut a, "6 / m e r d e k a Enter p");
    let marked: Vec<String> = a
        .people_of(Pane::Timeline, a.ui.involved.unwrap().1)
        .into_iter()
        .map(|k| a.briefing().people[k].name.clone())
        .collect();
    assert_eq!(marked, NEGOTIATORS);
}

#[test]
fn b_shows_the_briefing_after_busan() {
    let mut a = app(160, 50);
    press(&mut a, "b");
    let s = text(&draw(&a));
    assert_says(
        &s,
        &[
            "after Busan",
            "as of Mon 10 Nov 2025",
            "20% US on China in force 10 Nov",
            "10% China on US in force 14 May",
            "30% US on China history 14 May Geneva truce: cut to 20% on 10 Nov",
        ],
    );
    let words = left_words(&s);
    assert!(
        words.contains("until 10 Nov 2026; 44% in all if it lapses")
            && words.contains("until 10 Nov 2026; 34% in all if it lapses"),
        "{s}"
    );
    // its history runs through 10 Nov; the withdrawn threat is no longer drawn
    press(&mut a, "5 End");
    let s = text(&draw(&a));
    assert!(s.contains("◆ selected: 10 Nov China 10%"), "{s}");
    assert!(
        !s.contains("┄ threatened"),
        "the threat was dropped by then:\n{s}"
    );
}
