//! `tradewatch snapshot`'s four formats: what they hold, and that the same
//! inputs always give the same bytes.

use ratatui::layout::Size;
use tradewatch::dashboard::App;
use tradewatch::snapshot::{self, ExportError, Format, SnapshotSize};

use crate::helpers::{app, assert_says, draw, press, run, stderr, stdout, text};
use tradewatch::dashboard::theme::DARK;

fn fresh() -> App {
    App::embedded(None).unwrap()
}

fn snapshot(w: u16, h: u16, keys: &str, format: Format) -> String {
    let keys = snapshot::parse_keys(keys).unwrap();
    snapshot::encode(
        &snapshot::frame(fresh(), Size::new(w, h), &keys),
        format,
        DARK.ground,
    )
}

/// Every escape sequence in `s`.
fn escapes(s: &str) -> Vec<&str> {
    s.match_indices('\u{1b}')
        .map(|(i, _)| {
            let rest = &s[i..];
            let end = rest[2..]
                .find(|c: char| c.is_ascii_alphabetic())
                .map_or(rest.len(), |e| e + 3);
            &rest[..end]
        })
        .collect()
}

#[test]
fn txt_is_what_the_terminal_buffer_holds() {
    for (w, h, keys) in [(120, 40, ""), (80, 24, "Tab Down Enter"), (60, 20, "?")] {
        let mut a = app(w, h);
        press(&mut a, keys);
        assert_eq!(
            snapshot(w, h, keys, Format::Txt),
            text(&draw(&a)),
            "{w}x{h} {keys}"
        );
    }
    let txt = snapshot(120, 40, "", Format::Txt);
    assert_eq!(txt.lines().count(), 40);
    assert!(
        txt.lines().all(|l| l == l.trim_end()),
        "trailing spaces trimmed"
    );
}

#[test]
fn ansi_is_colour_codes_around_the_same_text() {
    let ansi = snapshot(120, 40, "", Format::Ansi);
    let codes = escapes(&ansi);
    for code in &codes {
        let params = &code[2..code.len() - 1];
        assert!(
            code.starts_with("\u{1b}[")
                && code.ends_with('m')
                && params.chars().all(|c| c.is_ascii_digit() || c == ';'),
            "only SGR codes, no cursor movement: {code:?}"
        );
    }
    assert!(
        codes.iter().any(|c| c.contains(";38;2;90;140;255")),
        "the US colour (blue) is there, in full"
    );
    // every colour on the screen, in full
    let buf = snapshot::frame(fresh(), Size::new(120, 40), &[]);
    for cell in &buf.content {
        if let ratatui::style::Color::Rgb(r, g, b) = cell.fg {
            let code = format!("38;2;{r};{g};{b}");
            assert!(codes.iter().any(|c| c.contains(&code)), "{code} is missing");
        }
    }
    // with the codes removed, it is the text snapshot
    let mut plain = ansi.clone();
    for code in codes {
        plain = plain.replacen(code, "", 1);
    }
    let plain: Vec<_> = plain.lines().map(str::trim_end).collect();
    let txt = snapshot(120, 40, "", Format::Txt);
    assert_eq!(plain, txt.lines().collect::<Vec<_>>());
}

#[test]
fn svg_is_a_cell_grid_with_shapes_for_lines_blocks_and_braille() {
    let svg = snapshot(120, 40, "", Format::Svg);
    assert!(
        svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""),
        "{}",
        &svg[..80]
    );
    assert!(svg.trim_end().ends_with("</svg>"));
    assert_eq!(svg.matches("<text").count(), svg.matches("</text>").count());
    for needle in [
        "145%",
        "US on China",
        "Kuala Lumpur",
        "Donald Trump",
        "s a tough neighborhood",
    ] {
        assert!(svg.contains(needle), "{needle}");
    }
    // drawn as shapes, never as glyphs a font may lack
    let text: String = svg
        .split("<text")
        .skip(1)
        .map(|t| &t[t.find('>').unwrap() + 1..t.find("</text>").unwrap()])
        .collect();
    for c in text.chars() {
        let code = c as u32;
        assert!(
            !(0x2500..=0x259f).contains(&code) && !(0x2800..=0x28ff).contains(&code),
            "{c:?} set as text"
        );
    }
    assert!(
        svg.contains("stroke-width=\"2.4\""),
        "the focused pane's heavy border"
    );
    // each rounded corner of the screen is a quadratic curve
    let buf = snapshot::frame(fresh(), Size::new(120, 40), &[]);
    let corners = buf
        .content
        .iter()
        .filter(|c| matches!(c.symbol(), "╭" | "╮" | "╰" | "╯"))
        .count();
    assert!(corners >= 4, "the unfocused panes are rounded");
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let curves: usize = doc
        .descendants()
        .filter(|n| n.has_tag_name("path"))
        .map(|n| n.attribute("d").unwrap_or_default().matches('Q').count())
        .sum();
    assert_eq!(curves, corners, "one curve per rounded corner");
    // exact cell positions: the header's second row starts at column 1
    let cell_w = 14.0 * 1233.0 / 2048.0;
    assert!(
        svg.contains(&format!(
            "<text x=\"{:.2}\" y=\"{:.2}\"",
            12.0 + cell_w,
            12.0 + 17.0 + 13.0
        )),
        "row 1, column 1"
    );
    // bold and the selection bar survive
    assert!(svg.contains("font-weight=\"bold\""));
    assert!(
        svg.contains("fill=\"#264f78\""),
        "the focused pane's selection bar"
    );
}

#[test]
fn every_text_element_keeps_its_own_spaces() {
    // Chromium honours xml:space only on the <text> itself, not inherited
    for keys in ["", "Tab Down Down Enter", "5", "6", "?"] {
        // every row with a letter or digit on it has text of its own
        let worded = snapshot(120, 40, keys, Format::Txt)
            .lines()
            .filter(|l| l.contains(|c: char| c.is_ascii_alphanumeric()))
            .count();
        let svg = snapshot(120, 40, keys, Format::Svg);
        let doc = roxmltree::Document::parse(&svg).unwrap();
        let mut texts = 0;
        for node in doc.descendants().filter(|n| n.is_element()) {
            let preserve = node.attribute((roxmltree::NS_XML_URI, "space"));
            if node.has_tag_name("text") {
                texts += 1;
                assert_eq!(preserve, Some("preserve"), "{keys:?}: {node:?}");
            } else {
                assert_eq!(preserve, None, "{keys:?}: only text elements set it");
            }
        }
        assert!(texts >= worded, "{keys:?}: {texts} text elements");
    }
    // the tariff table's columns are runs of spaces inside one text run:
    // its header row, as the text grid has it
    let txt = snapshot(120, 40, "", Format::Txt);
    let header = txt.lines().find(|l| l.contains("Who on whom")).unwrap();
    let run = &header[header.find("Rate").unwrap()..header.find("whom").unwrap()];
    assert!(run.contains("  "), "columns apart: {run:?}");
    let svg = snapshot(120, 40, "", Format::Svg);
    assert!(svg.contains(&format!(">{run}")), "{run:?} is not one run");
}

#[test]
fn a_wide_characters_background_covers_both_its_columns() {
    let toml = tradewatch::model::DEFAULT_TOML
        .replace("Kuala Lumpur\"", "Kuala Lumpur 吉隆坡 \u{1f30f}\"")
        .replace("Scott Bessent", "Scott Bessent 贝森特");
    let briefing =
        tradewatch::model::parse_str(&toml, "wide.toml", tradewatch::model::Format::Toml).unwrap();
    let history = tradewatch::model::history::default_history().unwrap();
    let cell_w = 14.0 * 1233.0 / 2048.0;
    // the selected map stop (reverse video), and a selected person's row
    for keys in ["2 Down", "4 Down Down"] {
        let app = App::new(vec![briefing.clone()], history.clone(), None);
        let buf = snapshot::frame(
            app,
            Size::new(160, 50),
            &snapshot::parse_keys(keys).unwrap(),
        );
        let svg = snapshot::to_svg(&buf, DARK.ground);
        let doc = roxmltree::Document::parse(&svg).unwrap();
        let rects: Vec<(f64, f64, f64)> = doc
            .descendants()
            .filter(|n| n.has_tag_name("rect") && n.attribute("x").is_some())
            .map(|n| {
                let num = |a| n.attribute(a).unwrap().parse::<f64>().unwrap();
                (num("x"), num("y"), num("width"))
            })
            .collect();
        let mut wide_on_colour = 0;
        for y in 0..buf.area.height {
            for x in 0..buf.area.width {
                let cell = &buf[(x, y)];
                let coloured = cell.bg != ratatui::style::Color::Reset
                    || cell.modifier.contains(ratatui::style::Modifier::REVERSED);
                if ratatui::text::Span::raw(cell.symbol()).width() != 2 || !coloured {
                    continue;
                }
                wide_on_colour += 1;
                let (left, top) = (12.0 + f64::from(x) * cell_w, 12.0 + f64::from(y) * 17.0);
                assert!(
                    rects.iter().any(|&(rx, ry, rw)| (ry - top).abs() < 0.01
                        && rx <= left + 0.01
                        && rx + rw >= left + 2.0 * cell_w - 0.01),
                    "{keys:?}: {:?} at {x},{y} is not covered over both its columns",
                    cell.symbol()
                );
            }
        }
        assert!(
            wide_on_colour >= 3,
            "{keys:?}: {wide_on_colour} wide cells on colour"
        );
    }
}

#[test]
fn html_is_one_page_with_no_scripts_or_external_fonts() {
    let html = snapshot(80, 24, "?", Format::Html);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(
        html.contains("<style>") && html.contains("<svg") && html.contains("focus the next pane")
    );
    for banned in ["<script", "@font-face", "url(", "<link", "src="] {
        assert!(!html.contains(banned), "{banned}");
    }
    assert_eq!(html.matches("http").count(), 1, "only the SVG namespace");
}

#[test]
fn the_same_inputs_give_the_same_bytes() {
    for format in [Format::Txt, Format::Ansi, Format::Svg, Format::Html] {
        let a = snapshot(100, 30, "3 Down Enter", format);
        let b = snapshot(100, 30, "3 Down Enter", format);
        assert_eq!(a, b, "{format:?}");
        assert_ne!(
            a,
            snapshot(100, 30, "", format),
            "{format:?}: keys change the picture"
        );
    }
}

#[test]
fn sizes_and_keys_are_checked() {
    assert_eq!("120x40".parse(), Ok(SnapshotSize(Size::new(120, 40))));
    for bad in [
        "0x0",
        "5000x5000",
        "120",
        "x40",
        "120x",
        "-1x5",
        "501x10",
        "10x301",
    ] {
        assert!(
            matches!(bad.parse::<SnapshotSize>(), Err(ExportError::BadSize(_))),
            "{bad}"
        );
    }
    assert_eq!(
        snapshot::parse_keys("Tab  Down\tEnter").unwrap(),
        ["Tab", "Down", "Enter"]
    );
    assert_eq!(
        snapshot::parse_keys("Tab Dwn"),
        Err(ExportError::UnknownKey("Dwn".into()))
    );
    // quoted text is typed a character at a time, spaces included
    assert_eq!(
        snapshot::parse_keys(r#"3 / "a b"Enter"#).unwrap(),
        ["3", "/", "a", " ", "b", "Enter"]
    );
    assert_eq!(
        snapshot::parse_keys(r#"/ "glass"#),
        Err(ExportError::UnclosedQuote(r#"/ "glass"#.into()))
    );
}

#[test]
fn snapshot_keys_can_type_a_filter() {
    let out = run(&["snapshot", "--keys", r#"3 / "glass" Enter"#]);
    assert!(out.status.success(), "{}", stderr(&out));
    let screen = stdout(&out);
    assert_says(&screen, &["George Glass", "/glass"]);
    assert!(!screen.contains("Donald Trump, US President"), "{screen}");
}

/// The screen a terminal shows after printing `ansi`, row by row, as the
/// vt100 crate lays it out (each character at its own Unicode width).
fn terminal_rows(ansi: &str, size: Size) -> Vec<String> {
    let cells = |n: u16| std::num::NonZeroU16::new(n).expect("a size of at least 1x1");
    let mut parser = vt100::Parser::new(cells(size.height), cells(size.width), 0);
    let lines = ansi.trim_end_matches('\n').replace('\n', "\r\n");
    parser.process(lines.as_bytes());
    parser.screen().rows(0, size.width).collect()
}

#[test]
fn a_screen_full_of_joined_emoji_keeps_every_border_in_line() {
    // VS16, a ZWJ family, a skin tone, a keycap, a flag and CJK in every name
    let emoji = "Trump \u{2764}\u{fe0f}\u{1f468}\u{200d}\u{1f469}\u{200d}\u{1f467}\u{1f44d}\u{1f3fd}1\u{fe0f}\u{20e3}\u{1f1e8}\u{1f1f3}吉隆坡";
    let toml = tradewatch::model::DEFAULT_TOML
        .replace("Trump", emoji)
        .replace("Kuala Lumpur", "Kuala \u{1f1f2}\u{1f1fe}\u{fe0f} Lumpur");
    let briefing =
        tradewatch::model::parse_str(&toml, "emoji.toml", tradewatch::model::Format::Toml)
            .expect("the emoji briefing loads");
    let history = tradewatch::model::history::default_history().unwrap();
    for (w, h) in [(200, 60), (120, 40), (80, 24), (50, 15)] {
        for keys in ["", "2", "3", "4", "5 Enter", "6", "7", "p", "?"] {
            let app = App::new(vec![briefing.clone()], history.clone(), None);
            let size = Size::new(w, h);
            let buf = snapshot::frame(app, size, &snapshot::parse_keys(keys).unwrap());
            let txt = snapshot::encode(&buf, Format::Txt, DARK.ground);
            let shown = terminal_rows(&snapshot::encode(&buf, Format::Ansi, DARK.ground), size);
            for (y, (want, got)) in txt.lines().zip(&shown).enumerate() {
                assert_eq!(got.trim_end(), want, "{w}x{h} after {keys:?}, row {y}");
            }
        }
    }
}
