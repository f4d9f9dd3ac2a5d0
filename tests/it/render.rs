//! The dashboard drawn headlessly into ratatui's TestBackend: snapshots of the
//! text at the standard sizes, and checks that keys show the right things.

use insta::assert_snapshot;
use tradewatch::dashboard::render::MIN_SIZE;
use tradewatch::dashboard::theme::ThemeName;
use tradewatch::dashboard::{Action, Pane};

use crate::helpers::{app, assert_says, day, draw, press, screen, text, words};

#[test]
fn wide_dashboard_shows_the_first_page_of_panes() {
    let s = screen(120, 40, "");
    assert_says(
        &s,
        &[
            "as of Sat 25 Oct 2025",
            "Trump meets Xi Thu 30 Oct: in 5 days",
            "+100% tariff threat Sat 1 Nov: in 7 days",
            "Truce suspension ends Mon 10 Nov: in 16 days",
            "30% US on China in force 14 May",
            "10% China on US in force 14 May",
            "24 pt US on China suspended 14 May",
            "+100% US on China threatened 1 Nov",
            "145% US on China history 10 Apr",
            "125% China on US history 12 Apr",
            "1 Doha",
            "2 Kuala Lumpur",
            "3 Tokyo",
            "4 Gyeongju",
            "5 Busan",
            "Donald Trump, US President",
            "George Glass, US Ambassador to Japan",
            "“It’s a tough neighborhood”",
            "All figures: headline add-on rate",
        ],
    );
    // the trip in order
    let at = |c: &str| s.find(c).unwrap();
    assert!(at("Malaysia") < at("Japan") && at("Japan") < at("South Korea"));
    // the map drew braille
    assert!(
        s.chars().any(|c| ('\u{2801}'..='\u{28ff}').contains(&c)),
        "no map in\n{s}"
    );
    assert_snapshot!("wide_default", draw(&app(120, 40)).backend());
}

#[test]
fn now_moves_the_countdowns() {
    let mut a = app(120, 40);
    a.ui.today = day(2025, 11, 3);
    assert_says(
        &text(&draw(&a)),
        &[
            "data as of Sat 25 Oct · counting from Mon 3 Nov",
            "Trump meets Xi Thu 30 Oct: 4 days ago",
            "+100% tariff threat Sat 1 Nov: 2 days ago",
            "Truce suspension ends Mon 10 Nov: in 7 days",
        ],
    );
}

#[test]
fn medium_and_narrow_layouts_show_one_pane_with_tabs() {
    let s = screen(80, 24, "");
    assert_says(&s, &["1 Tariffs │ 2 │ 3 │ 4 │ 5 │ 6 │ 7"]);
    assert!(
        s.contains("30%") && !s.contains("Donald Trump"),
        "only the focused pane:\n{s}"
    );
    assert_snapshot!("medium_default", s);
    let s = screen(60, 20, "2");
    assert_says(&s, &["┏ 2 Itinerary", "2 Kuala Lumpur"]);
    assert_snapshot!("narrow_itinerary", s);
    assert_says(&screen(60, 20, "Tab Tab"), &["┏ 3 Quotes", "Donald Trump"]);
}

#[test]
fn focus_moves_the_thick_border() {
    assert_says(
        &screen(120, 40, "Tab"),
        &["┏ 2 Itinerary", "╭ 1 Tariffs", "╭ 3 Quotes"],
    );
    assert_says(&screen(120, 40, "3"), &["┏ 3 Quotes"]);
}

#[test]
fn selection_highlights_the_stop_on_the_map() {
    let mut a = app(120, 40);
    press(&mut a, "2 Down Down");
    let stops = a.len(Pane::Itinerary);
    let s = text(&draw(&a));
    assert_says(
        &s,
        &[&format!("3/{stops}"), "Meets Sanae Takaichi", "3 Tokyo"],
    );
    assert!(!s.contains("2 Kuala Lumpur⠀"), "{s}");
}

#[test]
fn detail_popups_show_the_selected_item_in_full() {
    let s = screen(120, 40, "Down Down Down Down Enter");
    assert_says(
        &s,
        &[
            "US on China: 10 Oct threat",
            "threatened",
            "1 Nov 2025",
            "channelnewsasia.com",
            // stacked on what is in force
            "on top of the 30% in force, 130% in all",
        ],
    );
    assert_snapshot!("wide_tariff_detail", s);

    let stops = app(120, 40).len(Pane::Itinerary);
    assert_says(
        &screen(120, 40, "Tab End Enter"),
        &[
            &format!("Stop {stops} of {stops}: Busan"),
            "Xi Jinping",
            "35.1800, 129.0750",
        ],
    );

    let s = screen(120, 40, "3 Enter");
    assert_says(
        &s,
        &[
            "Quote: Donald Trump",
            // the wire-copy note
            "I think we’ll have a good meeting",
            // the context sentence
            "Trump said on",
        ],
    );
    assert_snapshot!("wide_quote_detail", s);
}

#[test]
fn help_popup_lists_the_keymap() {
    // scrolled through page by page, the help shows every binding
    let pages: Vec<String> = (0..4)
        .map(|n| screen(120, 40, &format!("? {}", "PgDn ".repeat(n))))
        .collect();
    let all = words(&pages.concat());
    for b in tradewatch::dashboard::keymap::BINDINGS {
        assert!(all.contains(b.help), "help lacks {:?}", b.help);
        assert!(all.contains(&b.keys.join(" / ")), "help lacks {:?}", b.keys);
    }
    assert_snapshot!("wide_help", pages[0]);
    let s = screen(60, 20, "?");
    // the scroll position
    assert_says(&s, &["↑↓ 1–"]);
    assert_snapshot!("narrow_help", s);
    // the end of the help is reachable
    assert_says(&screen(60, 20, "? End"), &["Ctrl-C"]);
}

#[test]
fn footer_hints_follow_the_focus_and_popups() {
    assert_says(&screen(120, 40, ""), &["Enter tariff details"]);
    assert_says(&screen(120, 40, "3"), &["Enter quote details"]);
    let s = screen(120, 40, "Enter");
    assert_says(&s, &["Esc close"]);
    assert!(!words(&s).contains("Enter tariff details"), "{s}");
}

#[test]
fn too_small_says_what_it_needs() {
    let (w, h) = (MIN_SIZE.width - 10, MIN_SIZE.height - 5);
    assert_says(
        &screen(w, h, ""),
        &[
            "Terminal too small",
            &format!(
                "need at least {} x {} (now {w} x {h})",
                MIN_SIZE.width, MIN_SIZE.height
            ),
        ],
    );
    // no phrase is split across lines where a line can hold it
    for w in 22..MIN_SIZE.width {
        let s = screen(w, h, "");
        let need = format!("need at least {} x {}", MIN_SIZE.width, MIN_SIZE.height);
        assert!(s.lines().any(|l| l.contains(&need)), "{w} x {h}:\n{s}");
    }
}

#[test]
fn files_skipped_at_load_are_told_in_the_status_line_until_a_key() {
    let mut a = app(100, 30);
    a.ui.notices = vec![
        "skipped data/b.toml:1:9: invalid type".into(),
        "skipped data/pipe.txt: a FIFO, not a regular file".into(),
    ];
    let footer = |a: &tradewatch::dashboard::App| text(&draw(a)).lines().last().map(words).unwrap();
    assert_eq!(
        footer(&a),
        "skipped data/b.toml:1:9: invalid type (and 1 more) any key: dismiss"
    );
    // narrower, the message gives way to the count and the hint
    a.update(Action::Resize(60, 30));
    assert_eq!(
        footer(&a),
        "skipped data/b.toml:1:9: in… (and 1 more) any key: dismiss"
    );
    press(&mut a, "Tab");
    assert!(a.ui.notices.is_empty());
    assert!(footer(&a).contains("? help"), "{}", footer(&a));
    assert_eq!(
        a.ui.focus,
        Pane::Tariffs,
        "the dismissing key does only that"
    );
}

/// Every visible cell of the screens people see most has its text (or line)
/// at `min` contrast on what is behind it, on a terminal whose own colours
/// are `fg` on `bg`: 4.5:1 on the exports' dark default, and at least 3:1 on
/// a white terminal (black text), where no text may vanish.
fn assert_contrast(theme: ThemeName, fg: (u8, u8, u8), bg: (u8, u8, u8), min: f64) {
    use ratatui::style::Modifier;
    use tradewatch::dashboard::palette::{contrast, rgb};
    for (w, h) in [(160, 50), (120, 40), (80, 24), (60, 20)] {
        for keys in [
            "",
            "2",
            "3",
            "4",
            "5",
            "6",
            "7",
            "?",
            "Enter",
            "2 Enter",
            "3 Enter",
            "5 Enter",
            "7 Down Enter",
            "s",
            "b",
            "/ t",
        ] {
            let mut app = app(w, h);
            app.ui.theme = theme;
            press(&mut app, keys);
            let terminal = draw(&app);
            let buf = terminal.backend().buffer();
            for y in 0..h {
                for x in 0..w {
                    let cell = &buf[(x, y)];
                    if cell.symbol().trim().is_empty() || cell.modifier.contains(Modifier::HIDDEN) {
                        continue;
                    }
                    let (mut f, mut b) = (rgb(cell.fg).unwrap_or(fg), rgb(cell.bg).unwrap_or(bg));
                    if cell.modifier.contains(Modifier::REVERSED) {
                        (f, b) = (b, f);
                    }
                    let ratio = contrast(f, b);
                    assert!(
                        ratio >= min,
                        "{theme:?} {w}x{h} after {keys:?}: {:?} at {x},{y} is {:?} on {:?}, {ratio:.2}:1",
                        cell.symbol(),
                        cell.fg,
                        cell.bg
                    );
                }
            }
        }
    }
}

#[test]
fn every_text_reads_on_the_dark_default_background() {
    use tradewatch::dashboard::theme::DARK;
    assert_contrast(ThemeName::Dark, DARK.ground.fg, DARK.ground.bg, 4.5);
}

#[test]
fn every_text_of_the_light_theme_reads_on_its_light_background() {
    use tradewatch::dashboard::theme::LIGHT;
    assert_contrast(ThemeName::Light, LIGHT.ground.fg, LIGHT.ground.bg, 4.5);
}

#[test]
fn no_text_vanishes_on_a_white_terminal() {
    assert_contrast(ThemeName::Dark, (0, 0, 0), (255, 255, 255), 3.0);
}

#[test]
fn a_filter_that_matches_nothing_says_so_and_the_footer_shows_no_typed_keys() {
    let screen = screen(120, 40, "3 / z z z");
    assert_says(
        &screen,
        &[
            "No matches for “zzz”.",
            "/zzz▏ Enter keep Esc clear Ctrl-C quit",
        ],
    );
    assert!(
        !screen.contains("? help"),
        "? is typed while filtering:\n{screen}"
    );
}

#[test]
fn a_long_title_gives_way_without_losing_the_date_or_the_briefing() {
    let mut briefings = tradewatch::model::embedded_briefings().unwrap();
    let title = "US and Chinese officials hold high-stakes trade talks in Kuala Lumpur ahead of the leaders' summit";
    briefings[0].title = title.into();
    let history = tradewatch::model::history::default_history().unwrap();
    for (w, h) in [(200, 60), (120, 40), (80, 24), (50, 15)] {
        let mut a = tradewatch::dashboard::App::new(briefings.clone(), history.clone(), None);
        a.update(Action::Resize(w, h));
        let s = text(&draw(&a));
        let top: String = s
            .lines()
            .take_while(|l| !l.contains("Trump meets Xi"))
            .collect::<Vec<_>>()
            .join(" ");
        assert_says(&top, &[title, "as of", "25 Oct 2025", "1/2"]);
    }
}

#[test]
fn big_screens_show_every_pane_at_once() {
    for (w, h) in [(160, 45), (160, 50), (200, 60), (400, 100)] {
        let s = screen(w, h, "");
        let boxes = s
            .lines()
            .filter(|l| l.contains('╭') || l.contains('┏'))
            .flat_map(|l| {
                tradewatch::dashboard::Pane::ALL
                    .iter()
                    .filter(move |p| l.contains(&format!(" {} {} ", p.index() + 1, p.title())))
            });
        assert_eq!(boxes.count(), 7, "{w} x {h}:\n{s}");
    }
    // below, a page at a time
    let s = screen(159, 50, "");
    assert!(!s.contains("╭ 5 History"), "{s}");
}

#[test]
fn the_dashboard_at_each_size_a_user_tries() {
    for (w, h) in [
        (200, 60),
        (160, 50),
        (120, 40),
        (80, 24),
        (60, 20),
        (50, 15),
    ] {
        assert_snapshot!(format!("size_{w}x{h}"), screen(w, h, ""));
    }
}

#[test]
fn lists_fill_their_pane_and_a_short_one_gives_room_to_its_neighbour() {
    // the third quote's first lines where the pane would have blank rows
    let s = screen(120, 40, "");
    let quotes: Vec<&str> = s
        .lines()
        .skip(25)
        .take(13)
        .map(|l| &l[..l.len().min(200)])
        .collect();
    let last = quotes.last().unwrap();
    assert!(last.contains("George Glass"), "{}", quotes.join("\n"));
    // a list that shows all it has in less room gives the rest to the other
    let s = screen(120, 40, "3 / g l a s s Enter");
    let title = s.lines().find(|l| l.contains("3 Quotes")).unwrap();
    let people_at = title.find("4 People").unwrap();
    let quotes_w = title[..people_at].chars().count();
    assert!(quotes_w < 55, "quotes {quotes_w} wide:\n{s}");
}

/// What row `y` of screen `s` shows inside the focused pane's border.
fn pane_line(s: &str, y: u16) -> &str {
    let line = s.lines().nth(usize::from(y)).unwrap_or("");
    line.split('┃').nth(1).unwrap_or("")
}

#[test]
fn the_selected_event_is_told_in_full() {
    let mut a = app(120, 40);
    press(&mut a, "6 Down Down Down Down Down");
    let label = a
        .data()
        .event(a.selected_item(Pane::Timeline).unwrap())
        .unwrap()
        .label
        .clone();
    let s = text(&draw(&a));
    assert!(
        label.chars().count() + 11 > 58,
        "a label wider than the pane beside its date: {label}"
    );
    let pane: String = s
        .lines()
        .map(|l| l.split('┃').nth(1).unwrap_or(""))
        .collect::<Vec<_>>()
        .join(" ");
    assert_says(&pane, &[&label]);
    // the briefings reporting it follow the label's last words
    let rows: Vec<&str> = (0..40).map(|y| pane_line(&s, y)).collect();
    let end = rows
        .iter()
        .position(|r| r.trim_end().ends_with("[1]") && r.starts_with("           "))
        .unwrap_or_else(|| panic!("no wrapped row ends with [1]:\n{s}"));
    assert!(rows[end].contains(label.split(' ').next_back().unwrap()));
}

#[test]
fn a_tariff_with_no_date_shows_a_dash_not_a_cut_word() {
    let mut briefings = tradewatch::model::embedded_briefings().unwrap();
    briefings[0].tariffs[0].date = None;
    let history = tradewatch::model::history::default_history().unwrap();
    let mut a = tradewatch::dashboard::App::new(briefings, history, None);
    a.update(Action::Resize(120, 40));
    let s = text(&draw(&a));
    let row = s
        .lines()
        .find(|l| l.contains("30%") && l.contains("in force"))
        .unwrap();
    assert!(row.contains(" — ") && !row.contains("not g"), "{row}");
}
