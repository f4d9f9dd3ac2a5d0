//! The mouse in a real terminal: SGR mouse reports written to the pty, as a
//! terminal writes them once tradewatch asks for them.

use super::*;

/// An SGR mouse report: `button` at the 0-based cell (`col`, `row`),
/// pressed (`M`) or released (`m`).
fn report(button: u8, col: u16, row: u16, pressed: bool) -> Vec<u8> {
    let end = if pressed { 'M' } else { 'm' };
    format!("\x1b[<{button};{};{}{end}", col + 1, row + 1).into_bytes()
}

#[test]
fn a_click_focuses_the_quotes_and_the_wheel_moves_their_selection() {
    let mut tw = dashboard();
    assert!(
        tw.raw().contains("\x1b[?1000h\x1b[?1006h"),
        "mouse reports asked for"
    );
    // a row of the quotes pane, bottom left at 120 x 40
    tw.send(&report(0, 5, 30, true));
    tw.send(&report(0, 5, 30, false));
    tw.wait_for("the quotes pane focused", |s| {
        text_of(s).contains("┏ 3 Quotes")
    });
    tw.send(&report(65, 5, 30, true));
    tw.wait_for("the second quote selected", |s| {
        text_of(s)
            .lines()
            .any(|l| l.contains("┏ 3 Quotes") && l.contains(" 2/3 "))
    });
    tw.send(&report(64, 5, 30, true));
    tw.wait_for("the first quote selected again", |s| {
        text_of(s)
            .lines()
            .any(|l| l.contains("┏ 3 Quotes") && l.contains(" 1/3 "))
    });
    tw.send(b"q");
    tw.wait_exit();
    let raw = tw.raw();
    assert_restored(&tw, &raw);
    let last_off = raw
        .rfind("\x1b[?1000l")
        .expect("mouse reports switched off");
    assert!(last_off > raw.rfind("\x1b[?1000h").unwrap_or(0));
}

#[test]
fn no_mouse_leaves_the_mouse_to_the_terminal() {
    let mut tw = Session::spawn(&["--no-mouse"], 120, 40);
    tw.wait_for_footer(FOOTER_END);
    assert!(
        !tw.raw().contains("\x1b[?1000h"),
        "no mouse reports asked for"
    );
    tw.send(b"q");
    tw.wait_exit();
}
