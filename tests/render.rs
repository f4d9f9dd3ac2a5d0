//! The dashboard drawn headlessly into ratatui's TestBackend: snapshots of the
//! text at the standard sizes, and checks that keys show the right things.

mod common;

use common::{app, draw, press, text};
use insta::assert_snapshot;

/// Text after pressing `keys` at `w` x `h`.
fn screen(w: u16, h: u16, keys: &str) -> String {
    let mut a = app(w, h);
    press(&mut a, keys);
    text(&draw(&a))
}

/// The screen's words on one line, so that checks do not depend on wrapping.
fn words(screen: &str) -> String {
    screen.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn wide_dashboard_shows_all_three_panes() {
    let s = screen(120, 40, "");
    for needle in [
        "as of Sat 25 Oct 2025",
        "Trump meets Xi Thu 30 Oct: in 5 days",
        "+100% tariff threat Sat 1 Nov: in 7 days",
        "Truce suspension ends Mon 10 Nov: in 16 days",
        "30%    US on China  in force   14 May",
        "10%    China on US  in force   14 May",
        "24 pt  US on China  suspended  14 May",
        "+100%  US on China  threatened 1 Nov",
        "145%   US on China  history    10 Apr",
        "125%   China on US  history    12 Apr",
        "1 Doha",
        "2 Kuala Lumpur",
        "3 Tokyo",
        "4 Gyeongju",
        "5 Busan",
        "Donald Trump, US President",
        "George Glass, US Ambassador to Japan",
        "“It’s a tough neighborhood”",
        "All figures: headline add-on rate",
    ] {
        assert!(s.contains(needle), "missing {needle:?} in\n{s}");
    }
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
    a.ui.today = chrono::NaiveDate::from_ymd_opt(2025, 11, 3).unwrap();
    let s = text(&draw(&a));
    assert!(
        s.contains("data as of Sat 25 Oct · counting from Mon 3 Nov"),
        "{s}"
    );
    assert!(s.contains("Trump meets Xi Thu 30 Oct: 4 days ago"), "{s}");
    assert!(
        s.contains("+100% tariff threat Sat 1 Nov: 2 days ago"),
        "{s}"
    );
    assert!(
        s.contains("Truce suspension ends Mon 10 Nov: in 7 days"),
        "{s}"
    );
}

#[test]
fn medium_and_narrow_layouts_show_one_pane_with_tabs() {
    let s = screen(80, 24, "");
    assert!(s.contains("1 Tariffs │ 2 │ 3 │ 4 │ 5 │ 6 │ 7"), "{s}");
    assert!(
        s.contains("30%") && !s.contains("Donald Trump"),
        "only the focused pane:\n{s}"
    );
    assert_snapshot!("medium_default", s);
    let s = screen(60, 20, "2");
    assert!(
        s.contains("┏ 2 Itinerary") && s.contains("2 Kuala Lumpur"),
        "{s}"
    );
    assert_snapshot!("narrow_itinerary", s);
    let s = screen(60, 20, "Tab Tab");
    assert!(
        s.contains("┏ 3 Quotes") && s.contains("Donald Trump"),
        "{s}"
    );
}

#[test]
fn focus_moves_the_thick_border() {
    let s = screen(120, 40, "Tab");
    assert!(
        s.contains("┏ 2 Itinerary") && s.contains("╭ 1 Tariffs") && s.contains("╭ 3 Quotes"),
        "{s}"
    );
    let s = screen(120, 40, "3");
    assert!(s.contains("┏ 3 Quotes"), "{s}");
}

#[test]
fn selection_highlights_the_stop_on_the_map() {
    let s = screen(120, 40, "2 Down Down");
    assert!(s.contains(" 3/5 "), "{s}");
    assert!(s.contains("Meets Sanae Takaichi"), "{s}");
    assert!(
        s.contains("3 Tokyo") && !s.contains("2 Kuala Lumpur⠀"),
        "{s}"
    );
}

#[test]
fn detail_popups_show_the_selected_item_in_full() {
    let s = screen(120, 40, "Down Down Down Down Enter");
    assert!(s.contains("US on China: 10 Oct threat"), "{s}");
    assert!(
        s.contains("threatened") && s.contains("1 Nov 2025") && s.contains("channelnewsasia.com"),
        "{s}"
    );
    assert!(
        s.contains("on top of the 30% in force, 130% in all"),
        "stacked on what is in force: {s}"
    );
    assert_snapshot!("wide_tariff_detail", s);

    let s = screen(120, 40, "Tab End Enter");
    assert!(
        s.contains("Stop 5 of 5: Busan")
            && s.contains("Xi Jinping")
            && s.contains("35.1800, 129.0750"),
        "{s}"
    );

    let s = screen(120, 40, "3 Enter");
    assert!(s.contains("Quote: Donald Trump"), "{s}");
    assert!(
        s.contains("I think we’ll have a good meeting"),
        "the wire-copy note: {s}"
    );
    assert!(s.contains("Trump said on"), "the context sentence: {s}");
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
    assert!(
        s.contains("↑↓ 1–") && s.contains(" of "),
        "scroll position shown:\n{s}"
    );
    assert_snapshot!("narrow_help", s);
    let s = screen(60, 20, "? End");
    assert!(
        s.contains("Ctrl-C"),
        "the end of the help is reachable:\n{s}"
    );
}

#[test]
fn footer_hints_follow_the_focus_and_popups() {
    let s = screen(120, 40, "");
    assert!(s.contains("Enter tariff details"), "{s}");
    let s = screen(120, 40, "3");
    assert!(s.contains("Enter quote details"), "{s}");
    let s = screen(120, 40, "Enter");
    assert!(
        s.contains("Esc close") && !s.contains("Enter tariff details"),
        "{s}"
    );
}

#[test]
fn too_small_says_what_it_needs() {
    let s = screen(40, 10, "");
    assert!(s.contains("Terminal too small"), "{s}");
    assert!(
        words(&s).contains("need at least 50 x 15 (now 40 x 10)"),
        "{s}"
    );
}

#[test]
fn files_skipped_at_load_are_told_in_the_status_line_until_a_key() {
    let mut a = app(100, 30);
    a.ui.notices = vec![
        "skipped data/b.toml:1:9: invalid type".into(),
        "skipped data/pipe.txt: a FIFO, not a regular file".into(),
    ];
    let before = text(&draw(&a));
    let footer = before.lines().last().unwrap();
    assert_eq!(
        footer,
        " skipped data/b.toml:1:9: invalid type (and 1 more)  any key: dismiss"
    );
    // narrower, the message gives way to the count and the hint
    a.update(tradewatch::dashboard::Action::Resize(60, 30));
    let narrow = text(&draw(&a));
    assert_eq!(
        narrow.lines().last().unwrap(),
        " skipped data/b.toml:1:9: in… (and 1 more)  any key: dismiss"
    );
    press(&mut a, "Tab");
    assert!(a.ui.notices.is_empty());
    let after = text(&draw(&a));
    assert!(after.lines().last().unwrap().contains("? help"), "{after}");
    assert_eq!(
        a.ui.focus,
        tradewatch::dashboard::Pane::Tariffs,
        "the dismissing key does only that"
    );
}

/// WCAG contrast ratio of two sRGB colours.
fn contrast(a: (u8, u8, u8), b: (u8, u8, u8)) -> f64 {
    let luminance = |(r, g, b): (u8, u8, u8)| {
        let lin = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
    };
    let (x, y) = (luminance(a), luminance(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

/// Every visible cell of the screens people see most has its text (or line)
/// at `min` contrast on what is behind it, on a terminal whose own colours
/// are `fg` on `bg`: 4.5:1 on the exports' dark default, and at least 3:1 on
/// a white terminal (black text), where no text may vanish.
fn assert_contrast(fg: (u8, u8, u8), bg: (u8, u8, u8), min: f64) {
    use ratatui::style::Modifier;
    use tradewatch::dashboard::palette::rgb;
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
                        "{w}x{h} after {keys:?}: {:?} at {x},{y} is {:?} on {:?}, {ratio:.2}:1",
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
    use tradewatch::dashboard::palette::{DEFAULT_BG, DEFAULT_FG};
    assert_contrast(DEFAULT_FG, DEFAULT_BG, 4.5);
}

#[test]
fn no_text_vanishes_on_a_white_terminal() {
    assert_contrast((0, 0, 0), (255, 255, 255), 3.0);
}
