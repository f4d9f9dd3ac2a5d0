//! What the dashboard draws in a real terminal, and when it refuses one.

use super::*;

#[test]
fn the_first_frame_is_the_headless_one_in_colour() {
    let tw = dashboard();
    for text in [
        "145%",
        "125%",
        "+100%",
        "US on China",
        "Kuala Lumpur",
        "Donald Trump",
        "George Glass",
        "? help",
    ] {
        tw.assert_shows(text);
    }
    assert_eq!(
        tw.screen_text(),
        headless(120, 40, ""),
        "the pty and the headless render differ"
    );
    let out = tw.output();
    let s = out.parser.screen();
    let (rows, cols) = s.size();
    let coloured = (0..rows.get()).any(|row| {
        (0..cols.get()).any(|col| {
            s.cell(row, col)
                .is_some_and(|c| c.fgcolor() != vt100::Color::Default)
        })
    });
    assert!(coloured, "no cell has a foreground colour");
}

/// The parameters of every SGR sequence (`ESC [ … m`) in `log`.
fn sgr_params(log: &str) -> Vec<&str> {
    log.split('\u{1b}')
        .filter_map(|s| s.strip_prefix('['))
        .filter_map(|s| {
            let end = s.find(|c: char| !(c.is_ascii_digit() || c == ';'))?;
            (s.as_bytes()[end] == b'm').then(|| &s[..end])
        })
        .collect()
}

/// Whether SGR parameters `p` hold a 24-bit colour, a 256-colour one, a
/// bright one (90–107) or any colour at all.
fn full(p: &str) -> bool {
    p.contains("38;2;") || p.contains("48;2;")
}

fn indexed(p: &str) -> bool {
    p.contains("38;5;") || p.contains("48;5;")
}

fn numbers(p: &str) -> impl Iterator<Item = u8> + '_ {
    p.split(';').filter_map(|n| n.parse().ok())
}

fn bright(p: &str) -> bool {
    numbers(p).any(|n| n >= 90)
}

fn any_colour(p: &str) -> bool {
    numbers(p).any(|n| matches!(n, 30..=49 | 90..=107))
}

#[test]
fn colour_codes_follow_the_terminals_colour_depth() {
    type Test = fn(&str) -> bool;
    struct Case {
        env: &'static [(&'static str, &'static str)],
        banned: &'static [Test],
        seen: Test,
    }
    for case in [
        // terminfo: 8 colours
        Case {
            env: &[("TERM", "xterm")],
            banned: &[full, indexed, bright],
            seen: |p| any_colour(p),
        },
        Case {
            env: &[("TERM", "xterm-256color")],
            banned: &[full],
            seen: indexed,
        },
        Case {
            env: &[("TERM", "xterm-256color"), ("COLORTERM", "truecolor")],
            banned: &[],
            seen: full,
        },
        // the selection bar as reverse video
        Case {
            env: &[
                ("TERM", "xterm-256color"),
                ("COLORTERM", "truecolor"),
                ("NO_COLOR", "1"),
            ],
            banned: &[any_colour],
            seen: |p| numbers(p).any(|n| n == 7),
        },
    ] {
        let mut cmd = tradewatch(&[]);
        for (k, v) in case.env {
            cmd.env(k, v);
        }
        let tw = Session::launch(cmd, (120, 40), (120, 40));
        tw.wait_for_footer(FOOTER_END);
        let log = String::from_utf8_lossy(&tw.output().log).into_owned();
        let params = sgr_params(&log);
        for p in &params {
            for (i, banned) in case.banned.iter().enumerate() {
                assert!(!banned(p), "{:?}: `{p}` is banned (test {i})", case.env);
            }
        }
        assert!(
            params.iter().any(|p| (case.seen)(p)),
            "{:?}: {params:?}",
            case.env
        );
    }
}

#[test]
fn keys_move_focus_select_and_open_popups() {
    let mut tw = dashboard();
    tw.send(b"\t");
    tw.wait_for_footer("Enter stop details");
    tw.assert_shows("┏ 2 Itinerary");

    // The footer stays as it is: wait for the counter itself.
    tw.send(b"\x1b[B");
    tw.wait_for("the second stop selected", |s| {
        s.contents().contains(" 2/5 ")
    });

    tw.send(b"\r");
    tw.wait_for_footer("Esc close");
    tw.assert_shows("Stop 2 of 5: Kuala Lumpur");

    // Esc alone, and nothing more until it has been handled: an Esc read
    // together with the next byte would be taken for Alt and that key.
    tw.send(b"\x1b");
    tw.wait_for_footer("Enter stop details");
    let screen = tw.screen_text();
    assert!(
        !screen.contains("Stop 2 of 5"),
        "the popup is still open:\n{screen}"
    );
    assert!(tw.running(), "Esc closes the popup, it does not quit");

    tw.send(b"?");
    tw.wait_for_footer("Esc close");
    tw.assert_shows(" Keys ");
    tw.assert_shows("focus the next pane");
}

#[test]
fn a_resize_redraws_the_whole_screen_for_the_new_size() {
    let mut tw = dashboard();
    tw.resize(80, 24);
    // Shrinking keeps the old bottom rows, old footer included, until the app
    // clears the screen; the tab line comes after that clear. At 80 columns
    // the seven tabs are too wide to name them all: only the focused one is.
    tw.wait_for("the tabbed layout at 80 x 24", |s| {
        s.contents().contains("1 Tariffs │ 2 │ 3 │ 4 │ 5 │ 6 │ 7")
            && words(&last_row(s)).contains(FOOTER_END)
    });
    assert_eq!(
        tw.screen_text(),
        headless(80, 24, ""),
        "the pty after the resize and the headless render differ"
    );
}

#[test]
fn a_malformed_briefing_gets_one_located_line_and_no_dashboard() {
    let path = "tests/fixtures/invalid/lat_off_the_globe.toml";
    let expected = std::fs::read_to_string(crate::helpers::project(&format!("{path}.expected")))
        .expect("the fixture's expected line");

    let mut tw = Session::spawn(&[path], 120, 40);
    let status = tw.wait_exit();
    assert_eq!(status.exit_code(), 2, "exit status {status}");
    let raw = tw.raw();
    let lines: Vec<&str> = raw
        .split('\n')
        .map(|l| l.trim_end_matches('\r'))
        .filter(|l| !l.is_empty())
        .collect();
    assert!(
        lines.len() == 1 && lines[0] == format!("tradewatch: {}", expected.trim_end()),
        "expected one line with {expected:?}, got {raw:?}"
    );
    assert!(
        !raw.contains("\x1b[?1049h"),
        "no dashboard was drawn: {raw:?}"
    );
}

#[test]
fn a_huge_window_gets_its_top_left_part_and_a_line_saying_so() {
    // 65535 x 65535 cells would need a buffer of 4 billion cells; the
    // emulator only needs to hold the part drawn.
    let mut tw = Session::launch(tradewatch(&[]), (65535, 65535), (500, 300));
    tw.wait_for_footer(FOOTER_END);
    let top = tw
        .screen_text()
        .lines()
        .next()
        .unwrap_or_default()
        .to_owned();
    assert!(
        top.contains("window 65535x65535 is larger than 500x300: drawing the top-left part"),
        "the first row: {top:?}"
    );
    tw.assert_shows("US on China");
    tw.send(b"q");
    let status = tw.wait_exit();
    assert!(status.success(), "exit status {status}");
    assert_restored(&tw, &tw.raw());
}

/// Runs tradewatch on `args` in a pty with TERM as `term` (unset for None);
/// returns what it wrote.
fn refuses_the_terminal(term: Option<&str>, args: &[&str]) -> String {
    let mut cmd = tradewatch(args);
    match term {
        Some(term) => cmd.env("TERM", term),
        None => cmd.env_remove("TERM"),
    }
    let mut tw = Session::launch(cmd, (120, 40), (120, 40));
    let status = tw.wait_exit();
    assert_eq!(status.exit_code(), 2, "exit status {status}");
    let raw = tw.raw();
    let lines: Vec<&str> = raw.lines().filter(|l| !l.trim().is_empty()).collect();
    assert_eq!(lines.len(), 1, "one line: {raw:?}");
    assert!(!raw.contains('\x1b'), "no escape sequence: {raw:?}");
    assert!(raw.contains("tradewatch snapshot"), "{raw:?}");
    raw
}

#[test]
fn a_dumb_or_unnamed_terminal_is_refused_in_one_line_before_any_file_is_read() {
    for term in [Some("dumb"), None] {
        let said = refuses_the_terminal(term, &[]);
        assert!(said.contains("TERM"), "{said:?}");
        // the terminal is judged first: a bad file is not even opened
        let said = refuses_the_terminal(term, &["/nonexistent/briefing.toml"]);
        assert!(!said.contains("nonexistent"), "{said:?}");
    }
}

#[test]
fn without_a_terminal_the_dashboard_refuses_before_any_file_is_read() {
    let out = crate::helpers::run(&["/nonexistent/briefing.toml"]);
    let err = crate::helpers::stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("not a terminal"), "{err}");
    assert!(err.contains("tradewatch snapshot"), "{err}");
    assert!(!err.contains("nonexistent"), "{err}");
}

#[test]
fn every_frame_is_one_synchronized_update() {
    const BEGIN: &str = "\x1b[?2026h";
    const END: &str = "\x1b[?2026l";
    let mut tw = dashboard();
    tw.send(b"\t");
    tw.wait_for_footer("Enter stop details");
    tw.send(b"\x1b[B");
    tw.wait_for("the second stop selected", |s| {
        s.contents().contains(" 2/5 ")
    });
    tw.send(b"q");
    tw.wait_exit();
    let raw = tw.raw();
    let mut updates = raw.split(BEGIN);
    let before = updates.next().unwrap_or_default();
    assert!(
        before.ends_with("\x1b[?1049h\x1b[?25l"),
        "only the set-up comes before the first frame: {before:?}"
    );
    let updates: Vec<&str> = updates.collect();
    // three frames, then the cursor shown as ratatui's terminal is dropped
    assert!(updates.len() >= 4, "{} updates", updates.len());
    for (i, update) in updates.iter().enumerate() {
        let (_, after) = update
            .split_once(END)
            .unwrap_or_else(|| panic!("update {i} is not ended: {update:?}"));
        let last = i + 1 == updates.len();
        let expected = if last {
            "\x1b[?1000l\x1b[?1006l\x1b[?25h\x1b[?1049l"
        } else {
            ""
        };
        assert_eq!(after, expected, "after update {i}");
    }
}
