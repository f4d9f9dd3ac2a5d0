//! Key handling as pure state transitions: no terminal, no drawing.

use tradewatch::dashboard::keymap::{self, Scope};
use tradewatch::dashboard::{Action, PAGE, Pane, Popup};

use crate::helpers::{app, draw, press, screen, text};

#[test]
fn tab_and_shift_tab_cycle_the_panes() {
    let mut a = app(120, 40);
    assert_eq!(a.ui.focus, Pane::Tariffs);
    for pane in [
        Pane::Itinerary,
        Pane::Quotes,
        Pane::People,
        Pane::History,
        Pane::Timeline,
        Pane::Source,
        Pane::Tariffs,
    ] {
        press(&mut a, "Tab");
        assert_eq!(a.ui.focus, pane);
    }
    press(&mut a, "Shift-Tab");
    assert_eq!(a.ui.focus, Pane::Source);
    press(&mut a, "Shift-Tab");
    assert_eq!(a.ui.focus, Pane::Timeline);
}

#[test]
fn number_keys_jump_to_a_pane() {
    let mut a = app(120, 40);
    for (key, pane) in [
        ("3", Pane::Quotes),
        ("1", Pane::Tariffs),
        ("2", Pane::Itinerary),
        ("4", Pane::People),
        ("5", Pane::History),
        ("6", Pane::Timeline),
        ("7", Pane::Source),
    ] {
        press(&mut a, key);
        assert_eq!(a.ui.focus, pane, "after {key}");
    }
}

#[test]
fn arrows_and_vim_keys_move_within_the_focused_pane_and_stop_at_the_ends() {
    let mut a = app(120, 40);
    let last = a.len(Pane::Itinerary) - 1;
    assert!(last >= 3, "enough stops to move among");
    press(&mut a, "2 Down j");
    assert_eq!(a.selected(Pane::Itinerary), 2);
    assert_eq!(
        a.selected(Pane::Tariffs),
        0,
        "other panes keep their selection"
    );
    press(&mut a, "Right k Left h l");
    assert_eq!(a.selected(Pane::Itinerary), 1);
    press(&mut a, "End Down j Right l");
    assert_eq!(
        a.selected(Pane::Itinerary),
        last,
        "clamped at the last stop"
    );
    press(&mut a, "Home Up k Left h");
    assert_eq!(a.selected(Pane::Itinerary), 0, "clamped at the first stop");
}

#[test]
fn page_home_and_end_keys_jump() {
    let mut a = app(120, 40);
    let last = a.len(Pane::Tariffs) - 1;
    assert!(
        last > PAGE && last < 2 * PAGE,
        "one page and part of another"
    );
    press(&mut a, "End");
    assert_eq!(a.selected(Pane::Tariffs), last);
    press(&mut a, "Home");
    assert_eq!(a.selected(Pane::Tariffs), 0);
    press(&mut a, "PgDn");
    assert_eq!(a.selected(Pane::Tariffs), PAGE);
    press(&mut a, "PgDn");
    assert_eq!(a.selected(Pane::Tariffs), last, "clamped at the last");
    press(&mut a, "Up PgUp");
    assert_eq!(a.selected(Pane::Tariffs), 0, "clamped at the first");
}

#[test]
fn enter_opens_details_and_esc_closes_them() {
    let mut a = app(120, 40);
    press(&mut a, "3 Down Enter");
    assert_eq!(a.ui.popup, Some(Popup::Detail));
    press(&mut a, "Tab Down 1");
    assert_eq!(
        (a.ui.focus, a.selected(Pane::Quotes)),
        (Pane::Quotes, 1),
        "dashboard keys wait while a popup is open"
    );
    press(&mut a, "Esc");
    assert_eq!(a.ui.popup, None);
    assert!(!a.quit, "Esc closes the popup, it does not quit");
    press(&mut a, "Enter Enter");
    assert_eq!(a.ui.popup, None, "Enter closes a popup too");
}

#[test]
fn p_jumps_from_a_stop_or_quote_to_the_people_involved() {
    let mut a = app(120, 40);
    let name =
        |a: &tradewatch::dashboard::App| a.briefing().people[a.selected(Pane::People)].name.clone();
    // Kuala Lumpur, the second stop: Trump meets Anwar Ibrahim there
    press(&mut a, "2 Down p");
    assert_eq!(a.ui.focus, Pane::People);
    assert_eq!(name(&a), "Anwar Ibrahim");
    assert_eq!(a.ui.involved, Some((Pane::Itinerary, 1)));
    // the second quote is George Glass's
    press(&mut a, "3 Down p");
    assert_eq!(
        (a.ui.focus, name(&a)),
        (Pane::People, "George Glass".into())
    );
    assert_eq!(a.ui.involved, Some((Pane::Quotes, 1)));
    // a tariff names nobody: nothing moves, and the status line says so
    press(&mut a, "1 p");
    assert_eq!(a.ui.focus, Pane::Tariffs);
    assert_eq!(
        a.ui.status.as_deref(),
        Some("no one in the people list is involved in this item")
    );
    // Esc goes back to the quote `p` came from
    press(&mut a, "3 Home Down p Esc");
    assert_eq!((a.ui.focus, a.selected(Pane::Quotes)), (Pane::Quotes, 1));
    assert_eq!(a.ui.involved, None);
}

#[test]
fn question_mark_toggles_help() {
    let mut a = app(120, 40);
    press(&mut a, "?");
    assert_eq!(a.ui.popup, Some(Popup::Help));
    press(&mut a, "?");
    assert_eq!(a.ui.popup, None);
    press(&mut a, "Enter ?");
    assert_eq!(
        a.ui.popup,
        Some(Popup::Help),
        "? swaps a detail popup for help"
    );
}

#[test]
fn q_and_ctrl_c_quit_and_esc_never_does() {
    for keys in ["q", "Ctrl-C", "? q", "Enter Ctrl-C", "/ a Ctrl-C"] {
        let mut a = app(120, 40);
        press(&mut a, keys);
        assert!(a.quit, "{keys} quits");
    }
    for keys in [
        "Esc",
        "Esc Esc Esc",
        "Enter Esc Esc",
        "? Esc Esc",
        "/ a Esc Esc",
        "/ q",
    ] {
        let mut a = app(120, 40);
        press(&mut a, keys);
        assert!(!a.quit, "{keys} does not quit");
    }
    // with nothing to go back to, Esc says what quits
    let mut a = app(120, 40);
    press(&mut a, "Esc");
    assert_eq!(
        a.ui.status.as_deref(),
        Some("nothing to go back to (q quits)")
    );
}

#[test]
fn esc_clears_a_kept_filter_keeping_the_selected_item() {
    let mut a = app(120, 40);
    press(&mut a, "3 / g l a s s Enter Down");
    assert_eq!(a.visible(Pane::Quotes), [1, 2], "Glass's quotes");
    press(&mut a, "Esc");
    assert_eq!(a.filter(Pane::Quotes), "");
    assert_eq!(a.visible(Pane::Quotes).len(), a.briefing().quotes.len());
    assert_eq!(a.selected(Pane::Quotes), 2, "still Glass's second quote");
}

#[test]
fn b_and_shift_b_turn_the_briefings_and_say_which() {
    let mut a = app(120, 40);
    press(&mut a, "b");
    assert_eq!(a.briefing_position(), (1, 2));
    let title = a.briefing().title.clone();
    assert_eq!(a.ui.status, Some(format!("briefing 2 of 2: {title}")));
    press(&mut a, "Down");
    assert_eq!(a.ui.status, None, "the next key clears the status line");
    press(&mut a, "B");
    assert_eq!(a.briefing_position(), (0, 2));
    press(&mut a, "B");
    assert_eq!(a.briefing_position(), (1, 2), "B wraps round too");
}

#[test]
fn popups_scroll_within_their_content() {
    // at 60x20 the help popup holds more lines than it shows
    let mut a = app(60, 20);
    press(&mut a, "?");
    assert_eq!(a.ui.popup_scroll, 0);
    press(&mut a, "Down j");
    assert_eq!(a.ui.popup_scroll, 2);
    press(&mut a, "End");
    let max = a.ui.popup_scroll;
    assert!(max > 2, "the help is longer than a 60x20 screen");
    assert!(
        !keymap::press(&mut a, "Down"),
        "already at the bottom: nothing changes"
    );
    press(&mut a, "Up");
    assert_eq!(
        a.ui.popup_scroll,
        max - 1,
        "one key up from the bottom moves at once"
    );
    press(&mut a, "Home");
    assert_eq!(a.ui.popup_scroll, 0);
    press(&mut a, "PgDn");
    assert!(a.ui.popup_scroll > 2);
    // growing the terminal until all fits pulls the scroll back to zero
    a.update(Action::Resize(200, 80));
    crate::helpers::measure(&mut a);
    assert_eq!(a.ui.popup_scroll, 0);
    // opening a popup starts at its top
    press(&mut a, "Esc");
    a.update(Action::Resize(60, 20));
    press(&mut a, "? End ? Enter");
    assert_eq!(a.ui.popup_scroll, 0);
}

#[test]
fn update_reports_only_visible_changes() {
    let mut a = app(120, 40);
    assert!(!keymap::press(&mut a, "Up"), "nothing above the first item");
    assert!(keymap::press(&mut a, "Down"));
    assert!(!keymap::press(&mut a, "x"), "unbound keys change nothing");
    assert!(a.update(Action::Resize(120, 40)), "a resize always redraws");
}

/// A state of each scope for each key to act in: the dashboard at the first
/// and last items, the help at its top and its end, a detail popup, a filter
/// being typed.
const STATES: &[&str] = &["", "End", "2 Down", "?", "? End", "Enter", "/ t"];

#[test]
fn every_key_of_every_binding_does_something_somewhere() {
    for b in keymap::BINDINGS {
        for key in b.keys {
            let acts = STATES.iter().any(|keys| {
                let mut a = app(60, 20);
                press(&mut a, keys);
                let scope = Scope::of(&a);
                if b.scope != scope && b.scope != Scope::Everywhere {
                    return false;
                }
                // quit, Ctrl-Z, e and y change nothing on screen: they ask the loop
                keymap::press(&mut a, key)
                    || a.suspend
                    || a.quit
                    || a.export
                    || a.clipboard.is_some()
            });
            assert!(acts, "`{key}` ({}) does nothing in any state", b.help);
        }
    }
}

#[test]
fn a_filter_keeps_the_tariff_bars_scale_and_columns() {
    // the rows of China's 10% in the table and in the bars, inside the pane
    let rows = |screen: &str| -> Vec<String> {
        screen
            .lines()
            .filter(|l| l.contains("10%") && l.contains("China on US"))
            .filter_map(|l| l.split('┃').nth(1).map(str::to_owned))
            .collect()
    };
    let mut a = app(120, 40);
    let before = rows(&text(&draw(&a)));
    assert_eq!(before.len(), 2, "{before:?}");
    press(&mut a, "/");
    for c in "in force".chars() {
        a.update(Action::FilterChar(c));
    }
    let after = text(&draw(&a));
    assert!(!after.contains("history"), "filtered:\n{after}");
    assert_eq!(rows(&after), before, "filtered:\n{after}");
}

#[test]
fn the_mouse_acts_on_what_the_last_draw_put_under_it() {
    use ratatui::layout::Position;
    use tradewatch::dashboard::state::Wheel;
    let mut a = app(120, 40);
    crate::helpers::measure(&mut a);
    // George Glass's quote, lower left
    a.update(Action::Click {
        at: Position::new(5, 33),
        double: false,
    });
    assert_eq!((a.ui.focus, a.selected(Pane::Quotes)), (Pane::Quotes, 1));
    a.update(Action::Wheel(Position::new(70, 30), Wheel::Down));
    assert_eq!((a.ui.focus, a.selected(Pane::People)), (Pane::People, 1));
    // the tab line names every pane at 120 columns: "5 History" is a tab
    let screen = text(&draw(&a));
    let tabs = screen.lines().nth(3).unwrap();
    let x = tabs.find("5 History").unwrap();
    let col = tabs[..x].chars().count() as u16;
    a.update(Action::Click {
        at: Position::new(col, 3),
        double: false,
    });
    assert_eq!(a.ui.focus, Pane::History);
    // back on the first page, a double click on a row opens it
    press(&mut a, "3");
    crate::helpers::measure(&mut a);
    a.update(Action::Click {
        at: Position::new(5, 33),
        double: true,
    });
    assert_eq!(a.ui.popup, Some(Popup::Detail));
}

#[test]
fn page_down_moves_by_the_rows_the_pane_shows() {
    let mut a = app(120, 40);
    crate::helpers::measure(&mut a);
    // the tariffs table shows all seven rows at 120 x 40
    press(&mut a, "PgDn");
    assert_eq!(a.selected(Pane::Tariffs), 6);
    // one pane at a time at 60 x 20: the people pane shows a few of eleven
    // whole, and the next one's first lines
    let mut a = app(60, 20);
    press(&mut a, "4");
    crate::helpers::measure(&mut a);
    let before = text(&draw(&a));
    press(&mut a, "PgDn");
    let page = a.selected(Pane::People);
    let people = a.briefing().people.clone();
    assert!((2..people.len()).contains(&page), "{page}");
    // the last one shown whole was on screen, with what they did after it
    let last = before
        .find(&people[page - 1].name)
        .expect("the last whole one shown");
    assert!(
        before[last..].contains(
            people[page - 1]
                .did
                .as_deref()
                .unwrap_or_default()
                .split(' ')
                .next()
                .unwrap()
        )
    );
    press(&mut a, "PgDn");
    assert_eq!(
        a.selected(Pane::People),
        (2 * page).min(people.len() - 1),
        "pages of {page}"
    );
}

#[test]
fn a_click_on_a_sentence_of_the_source_selects_it() {
    use ratatui::layout::Position;
    let mut a = app(120, 40);
    press(&mut a, "7");
    crate::helpers::measure(&mut a);
    let screen = text(&draw(&a));
    let y = screen
        .lines()
        .position(|l| l.contains("Chinese officials held"))
        .expect("the sentence on screen") as u16;
    a.update(Action::Click {
        at: Position::new(10, y),
        double: false,
    });
    let s = a.selected_item(Pane::Source).unwrap();
    let range = a.sentences()[s].clone();
    assert!(a.briefing().article[range].contains("Chinese officials held"));
}

#[test]
fn n_hides_and_shows_the_country_names_on_the_map() {
    let on_map = |keys: &str| screen(120, 40, keys).contains("Kazakhstan");
    assert!(on_map("2"), "names are shown at start");
    let mut a = app(120, 40);
    press(&mut a, "2 n");
    assert!(!a.ui.country_names);
    assert_eq!(
        a.ui.status.as_deref(),
        Some("country names hidden on the map")
    );
    assert!(!on_map("2 n"));
    press(&mut a, "n");
    assert!(a.ui.country_names);
    assert_eq!(
        a.ui.status.as_deref(),
        Some("country names shown on the map")
    );
    assert!(on_map("2 n n"));
}

#[test]
fn e_and_y_ask_the_loop_to_save_the_screen_and_copy_the_item() {
    let mut a = app(120, 40);
    press(&mut a, "3 e");
    assert!(a.export, "e asks for the screen to be saved");
    press(&mut a, "y");
    let copied = a.clipboard.take().expect("y asks for a copy");
    assert!(copied.starts_with("Quote: Donald Trump\n"), "{copied}");
    assert!(copied.contains("We have a lot to talk about"), "{copied}");
    assert!(
        copied.contains("Article"),
        "the evidence comes with it: {copied}"
    );
    press(&mut a, "/ z z z z Enter y");
    assert_eq!(a.clipboard, None);
    assert_eq!(
        a.ui.status.as_deref(),
        Some("nothing to copy: the list is empty")
    );
}
