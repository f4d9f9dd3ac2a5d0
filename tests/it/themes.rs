//! The themes as a user gets them: `--theme` and `NO_COLOR` on `snapshot`,
//! the light theme's picture dark on light, and mono's screen with no colour
//! yet every selection visible. (Each theme's styles are checked for
//! contrast in `dashboard::theme`, and every cell of the light theme's
//! screens in `render`.)

use std::process::{Command, Stdio};

use insta::assert_snapshot;
use ratatui::buffer::Buffer;
use ratatui::layout::Size;
use ratatui::style::{Color, Modifier};
use tradewatch::dashboard::App;
use tradewatch::dashboard::palette::{contrast, luminance, rgb};
use tradewatch::dashboard::theme::{LIGHT, MONO, ThemeName};
use tradewatch::snapshot::{self, Format};

use crate::helpers::{run, stdout};

/// The default screen at 120 x 40 in `theme`.
fn frame(theme: ThemeName, keys: &str) -> Buffer {
    let mut app = App::embedded(None).unwrap();
    app.ui.theme = theme;
    snapshot::frame(
        app,
        Size::new(120, 40),
        &snapshot::parse_keys(keys).unwrap(),
    )
}

/// `snapshot` run with `NO_COLOR` set to `no_color`.
fn snapshot_with_no_color(no_color: &str, args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_tradewatch"))
        .arg("snapshot")
        .args(args)
        .env("NO_COLOR", no_color)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    stdout(&out)
}

/// The parameters of every SGR sequence in ANSI text, each a list.
fn sgr_params(ansi: &str) -> Vec<Vec<u16>> {
    ansi.split("\u{1b}[")
        .skip(1)
        .filter_map(|s| s.split_once('m'))
        .map(|(params, _)| params.split(';').map(|p| p.parse().unwrap()).collect())
        .collect()
}

fn is_colour(param: u16) -> bool {
    matches!(param, 30..=49 | 90..=97 | 100..=107)
}

/// Colours are pinned in the ANSI text (a text snapshot shows none).
#[test]
fn light_screen() {
    assert_snapshot!(snapshot::encode(
        &frame(ThemeName::Light, ""),
        Format::Ansi,
        LIGHT.ground
    ));
}

#[test]
fn mono_screen() {
    assert_snapshot!(snapshot::encode(
        &frame(ThemeName::Mono, ""),
        Format::Ansi,
        MONO.ground
    ));
}

#[test]
fn light_title_and_selection_contrast_with_the_light_background() {
    let buf = frame(ThemeName::Light, "");
    let bg = LIGHT.ground.bg;
    let fg_of = |x: u16, y: u16| rgb(buf[(x, y)].fg).unwrap_or(LIGHT.ground.fg);
    // "tradewatch" leads the title row
    assert_eq!(buf[(1, 0)].symbol(), "t");
    assert!(contrast(fg_of(1, 0), bg) >= 4.5);
    // the selected tariff row: its own bar, and text that reads on it
    let text = |y: u16| (0..120).map(|x| buf[(x, y)].symbol()).collect::<String>();
    let row = (0..40)
        .find(|&y| text(y).contains("30%    US on China"))
        .expect("the selected tariff");
    let bar = rgb(buf[(2, row)].bg).unwrap();
    assert!(
        luminance(bar) < 0.3,
        "the bar stands out of the light ground"
    );
    assert!(contrast(fg_of(2, row), bar) >= 4.5);
}

#[test]
fn mono_has_no_colour_yet_every_selection_shows() {
    for keys in ["", "2", "3 Down", "5", "6", "7", "?", "Enter"] {
        let buf = frame(ThemeName::Mono, keys);
        for cell in &buf.content {
            for c in [cell.fg, cell.bg] {
                assert_eq!(c, Color::Reset, "after {keys:?}: {:?}", cell.symbol());
            }
        }
        if keys != "?" {
            assert!(
                buf.content
                    .iter()
                    .any(|c| c.modifier.contains(Modifier::REVERSED)
                        && !c.symbol().trim().is_empty()),
                "after {keys:?}: a selection in reverse video"
            );
        }
    }
}

#[test]
fn the_light_snapshot_is_dark_text_on_a_light_background() {
    let svg = stdout(&run(&["snapshot", "--theme", "light", "--format", "svg"]));
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let hex = |n: roxmltree::Node| {
        let h = n.attribute("fill").unwrap().trim_start_matches('#');
        let c = |i| u8::from_str_radix(&h[i..i + 2], 16).unwrap();
        (c(0), c(2), c(4))
    };
    let ground = doc
        .descendants()
        .find(|n| n.has_tag_name("rect"))
        .map(hex)
        .unwrap();
    assert!(luminance(ground) > 0.8, "{ground:?}");
    let texts: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .map(hex)
        .collect();
    let dark = texts.iter().filter(|&&c| luminance(c) < 0.2).count();
    assert!(
        dark * 10 >= texts.len() * 9,
        "{dark} of {} texts dark",
        texts.len()
    );
}

#[test]
fn no_color_gives_mono_with_the_selection_in_reverse_video() {
    let ansi = snapshot_with_no_color("1", &["--format", "ansi"]);
    let params = sgr_params(&ansi);
    assert!(!params.iter().flatten().any(|&p| is_colour(p)), "{ansi}");
    // the selected tariff, first in the list, in reverse video
    let selected = ansi
        .lines()
        .find(|l| l.contains("Geneva truce"))
        .expect("the selected tariff");
    assert!(
        sgr_params(selected).iter().any(|p| p.contains(&7)),
        "{selected}"
    );
    // an empty NO_COLOR is no request; a flag wins over NO_COLOR
    let colour = |ansi: &str| sgr_params(ansi).iter().flatten().any(|&p| is_colour(p));
    assert!(colour(&snapshot_with_no_color("", &["--format", "ansi"])));
    assert!(colour(&snapshot_with_no_color(
        "1",
        &["--format", "ansi", "--theme", "light"]
    )));
}

/// The dashboard's raw output in a pty whose terminal has already typed
/// `answer` (so no race with the program's 100 ms wait), until the first
/// frame's footer; then `q`.
fn dashboard_after_answer(answer: &[u8]) -> String {
    use portable_pty::{CommandBuilder, PtySize, native_pty_system};
    use std::io::{Read, Write};
    use std::sync::{Arc, Mutex};
    use std::time::{Duration, Instant};

    let size = PtySize {
        rows: 40,
        cols: 120,
        pixel_width: 0,
        pixel_height: 0,
    };
    let pair = native_pty_system().openpty(size).unwrap();
    let mut writer = pair.master.take_writer().unwrap();
    writer.write_all(answer).unwrap();
    writer.flush().unwrap();
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_tradewatch"));
    cmd.env("TERM", "xterm-256color");
    cmd.env("COLORTERM", "truecolor");
    cmd.env_remove("NO_COLOR");
    let mut child = pair.slave.spawn_command(cmd).unwrap();
    drop(pair.slave);
    let log = Arc::new(Mutex::new(Vec::new()));
    let mut source = pair.master.try_clone_reader().unwrap();
    let sink = Arc::clone(&log);
    let reader = std::thread::spawn(move || {
        let mut buf = [0u8; 16 * 1024];
        // ends with EIO once the child is gone
        while let Ok(n @ 1..) = source.read(&mut buf) {
            sink.lock().unwrap().extend_from_slice(&buf[..n]);
        }
    });
    let text = || String::from_utf8_lossy(&log.lock().unwrap()).into_owned();
    let deadline = Instant::now() + Duration::from_secs(10);
    while !text().contains("quit") && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    writer.write_all(b"q").unwrap();
    writer.flush().unwrap();
    let status = child.wait().unwrap();
    drop(pair.master);
    reader.join().unwrap();
    assert!(status.success(), "{status:?}");
    text()
}

#[test]
fn auto_takes_the_light_theme_on_a_terminal_that_says_its_background_is_light() {
    let light_accent = "38;2;0;112;127";
    let dark_accent = "38;2;32;156;176";
    let said_light = dashboard_after_answer(b"\x1b]11;rgb:ffff/ffff/ffff\x1b\\\x1b[?62;22c");
    assert!(said_light.contains("\u{1b}]11;?\u{7}\u{1b}[c"), "asked");
    assert!(said_light.contains(light_accent) && !said_light.contains(dark_accent));
    let said_dark = dashboard_after_answer(b"\x1b]11;rgb:0000/0000/0000\x07\x1b[?62;22c");
    assert!(said_dark.contains(dark_accent) && !said_dark.contains(light_accent));
    // a terminal that knows no OSC 11 answers only the attributes: dark
    let said_nothing = dashboard_after_answer(b"\x1b[?62;22c");
    assert!(said_nothing.contains(dark_accent));
}
