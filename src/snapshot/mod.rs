//! Headless frames: the dashboard drawn into a buffer, with no terminal, then
//! written as plain text, ANSI text, SVG or a self-contained HTML page.

mod ansi;
mod svg;

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use ratatui::buffer::{Buffer, Cell};
use ratatui::layout::{Rect, Size};
use ratatui::text::Span;
use thiserror::Error;

use crate::dashboard::palette::{self, Ground};
use crate::dashboard::{Action, App};
use crate::dashboard::{keymap, render};
use crate::model::escape;

pub use ansi::sgr;
pub use svg::to_svg;

/// The largest snapshot, in cells; anything bigger is a typo.
pub const MAX_SIZE: Size = Size::new(500, 300);

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// The character grid, trailing spaces trimmed.
    Txt,
    /// Text with SGR colour codes, for `cat` in a terminal.
    Ansi,
    /// A picture; box-drawing, block and braille cells drawn as shapes.
    Svg,
    /// A self-contained page holding the SVG picture.
    Html,
}

#[derive(Debug, Error, PartialEq, Eq)]
pub enum ExportError {
    #[error("size `{s}` is not COLSxROWS with 1 to {max_w} columns and 1 to {max_h} rows", s = escape(.0), max_w = MAX_SIZE.width, max_h = MAX_SIZE.height)]
    BadSize(String),
    #[error("unknown key `{k}`; keys are named as in the help popup: {names}", k = escape(.0), names = keymap::key_names().join(" "))]
    UnknownKey(String),
    #[error("keys `{k}`: a quoted text has no closing quote", k = escape(.0))]
    UnclosedQuote(String),
}

/// A terminal size, `COLSxROWS`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SnapshotSize(pub Size);

impl FromStr for SnapshotSize {
    type Err = ExportError;

    fn from_str(text: &str) -> Result<Self, ExportError> {
        let bad = || ExportError::BadSize(text.to_owned());
        let (w, h) = text.split_once(['x', 'X']).ok_or_else(bad)?;
        let (w, h): (u16, u16) = (w.parse().map_err(|_| bad())?, h.parse().map_err(|_| bad())?);
        if !(1..=MAX_SIZE.width).contains(&w) || !(1..=MAX_SIZE.height).contains(&h) {
            return Err(bad());
        }
        Ok(SnapshotSize(Size::new(w, h)))
    }
}

impl fmt::Display for SnapshotSize {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}x{}", self.0.width, self.0.height)
    }
}

/// Checks a space-separated key sequence against the keymap's key names. A
/// text in double quotes is typed, one key per character (into a filter,
/// after `/`): `/ "glass" Enter`.
pub fn parse_keys(keys: &str) -> Result<Vec<String>, ExportError> {
    let names = keymap::key_names();
    let mut out = Vec::new();
    let mut rest = keys;
    loop {
        rest = rest.trim_start();
        if let Some(quoted) = rest.strip_prefix('"') {
            let end = quoted
                .find('"')
                .ok_or_else(|| ExportError::UnclosedQuote(keys.to_owned()))?;
            out.extend(quoted[..end].chars().map(String::from));
            rest = &quoted[end + 1..];
            continue;
        }
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let key = &rest[..end];
        if key.is_empty() {
            return Ok(out);
        }
        if !names.contains(&key) {
            return Err(ExportError::UnknownKey(key.to_owned()));
        }
        out.push(key.to_owned());
        rest = &rest[end..];
    }
}

/// The frame a terminal of `size` would show after `keys` are pressed.
pub fn frame(mut app: App, size: Size, keys: &[String]) -> Buffer {
    app.update(Action::Resize(size.width, size.height));
    let area = Rect::from((ratatui::layout::Position::ORIGIN, size));
    let mut buf = Buffer::empty(area);
    for key in keys {
        // a key in a popup scrolls within what the popup's last draw
        // measured: draw it first, as the terminal has by then
        if app.ui.popup.is_some() {
            render::dashboard_measured(&mut app, area, &mut buf);
            buf.reset();
        }
        keymap::press(&mut app, key);
    }
    render::dashboard_measured(&mut app, area, &mut buf);
    buf
}

/// Writes a frame in `format`; pictures show `ground` (the theme's) where
/// cells set no colour.
pub fn encode(buf: &Buffer, format: Format, ground: Ground) -> String {
    match format {
        Format::Txt => to_txt(buf),
        Format::Ansi => ansi::to_ansi(buf),
        Format::Svg => to_svg(buf, ground),
        Format::Html => to_html(buf, ground),
    }
}

/// The buffer's cells, row by row.
fn rows(buf: &Buffer) -> impl Iterator<Item = &[Cell]> {
    let width = usize::from(buf.area.width).max(1);
    buf.content.chunks(width)
}

/// A row's cells with their column, leaving out those a wide character to
/// their left covers (a terminal does not print them either).
fn shown(row: &[Cell]) -> impl Iterator<Item = (usize, &Cell)> {
    let mut covered = 0;
    row.iter().enumerate().filter(move |(_, cell)| {
        if covered > 0 {
            covered -= 1;
            return false;
        }
        covered = Span::raw(cell.symbol()).width().saturating_sub(1);
        true
    })
}

/// A cell's text as written: data is sanitised at load, but an export must
/// hold no control character (it would act in a terminal) nor a character XML
/// forbids whatever reaches the buffer, so any such is shown as U+FFFD.
fn printable(cell: &Cell) -> Cow<'_, str> {
    let bad = |c: char| c.is_control() || u32::from(c) & 0xfffe == 0xfffe;
    let symbol = cell.symbol();
    if symbol.chars().any(bad) {
        Cow::Owned(
            symbol
                .chars()
                .map(|c| if bad(c) { '\u{fffd}' } else { c })
                .collect(),
        )
    } else {
        Cow::Borrowed(symbol)
    }
}

pub fn to_txt(buf: &Buffer) -> String {
    let mut out = String::new();
    for row in rows(buf) {
        let line: String = shown(row).map(|(_, c)| printable(c)).collect();
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// One page, no scripts and no external fonts: the SVG inline, centred.
pub fn to_html(buf: &Buffer, ground: Ground) -> String {
    let bg = palette::hex(ground.bg);
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <title>tradewatch</title>\n<style>\n\
         html, body {{ margin: 0; background: {bg}; }}\n\
         body {{ display: flex; justify-content: center; padding: 16px; }}\n\
         svg {{ max-width: 100%; height: auto; }}\n\
         </style>\n</head>\n<body>\n{}</body>\n</html>\n",
        to_svg(buf, ground)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_export_holds_a_control_character_or_one_xml_forbids() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 6, 1));
        for (x, symbol) in (0..).zip(["a", "\u{7}", "\u{1b}", "\u{ffff}", "\u{9b}", "b"]) {
            buf[(x, 0)].set_symbol(symbol);
        }
        assert_eq!(to_txt(&buf), "a\u{fffd}\u{fffd}\u{fffd}\u{fffd}b\n");
        let ansi = ansi::to_ansi(&buf);
        assert_eq!(
            ansi.matches('\u{1b}').count(),
            ansi.matches("\u{1b}[").count()
        );
        assert!(!ansi.contains(['\u{7}', '\u{ffff}', '\u{9b}']), "{ansi:?}");
        let ground = crate::dashboard::theme::DARK.ground;
        for out in [to_svg(&buf, ground), to_html(&buf, ground)] {
            let bad = |c: char| c.is_control() && !matches!(c, '\n' | '\t' | '\r');
            assert!(!out.contains(bad) && !out.contains('\u{ffff}'), "{out}");
        }
    }
}
