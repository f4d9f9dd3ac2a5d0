//! SVG pictures of a frame: one cell grid with exact cell positions.
//!
//! No common monospace font has braille glyphs, and box-drawing and block
//! glyphs rarely meet their neighbours exactly, so those cells are drawn as
//! shapes. Text is set in DejaVu Sans Mono, whose advance is exactly the cell
//! width; each run starts at its own cell, and any non-ASCII character (which a
//! fallback font may draw wider) is placed on its own. Each `<text>` keeps
//! its own spaces (`xml:space` on the element: Chromium ignores it inherited).

use std::collections::BTreeMap;
use std::fmt::Write;

use ratatui::buffer::{Buffer, Cell};
use ratatui::style::Modifier;

use super::{printable, rows, shown};

mod shapes;

use crate::dashboard::palette::{Ground, hex, rgb};
use shapes::shape;

const FONT_SIZE: f64 = 14.0;
/// DejaVu Sans Mono's advance is 1233/2048 of the font size.
const CELL_W: f64 = FONT_SIZE * 1233.0 / 2048.0;
const CELL_H: f64 = 17.0;
/// From a cell's top to the text baseline.
const BASELINE: f64 = 13.0;
const PAD: f64 = 12.0;
const LIGHT: f64 = 1.2;
const HEAVY: f64 = 2.4;

type Rgb = (u8, u8, u8);

/// A cell's colours and text style once reverse video and dimming are applied.
#[derive(Clone, Copy, PartialEq)]
struct Look {
    fg: Rgb,
    bg: Option<Rgb>,
    bold: bool,
    italic: bool,
    underline: bool,
}

fn look(cell: &Cell, ground: Ground) -> Look {
    let (mut fg, mut bg) = (rgb(cell.fg).unwrap_or(ground.fg), rgb(cell.bg));
    if cell.modifier.contains(Modifier::REVERSED) {
        (fg, bg) = (bg.unwrap_or(ground.bg), Some(fg));
    }
    if cell.modifier.contains(Modifier::DIM) {
        fg = mix(fg, bg.unwrap_or(ground.bg));
    }
    Look {
        fg,
        bg,
        bold: cell.modifier.contains(Modifier::BOLD),
        italic: cell.modifier.contains(Modifier::ITALIC),
        underline: cell.modifier.contains(Modifier::UNDERLINED),
    }
}

/// Halfway between two colours.
fn mix(a: Rgb, b: Rgb) -> Rgb {
    let m = |x: u8, y: u8| ((u16::from(x) + u16::from(y)) / 2) as u8;
    (m(a.0, b.0), m(a.1, b.1), m(a.2, b.2))
}

/// Path data gathered per colour (and stroke width or opacity), so that the
/// thousands of map dots become a handful of elements.
#[derive(Default)]
struct Paths {
    fills: BTreeMap<(String, &'static str), String>,
    strokes: BTreeMap<(String, &'static str), String>,
}

/// The picture of a frame, on `ground` where cells set no colour.
pub fn to_svg(buf: &Buffer, ground: Ground) -> String {
    let (cols, lines) = (f64::from(buf.area.width), f64::from(buf.area.height));
    let (width, height) = (cols * CELL_W + 2.0 * PAD, lines * CELL_H + 2.0 * PAD);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width:.0}\" height=\"{height:.0}\" viewBox=\"0 0 {width:.2} {height:.2}\">"
    );
    let _ = writeln!(
        out,
        "<rect width=\"100%\" height=\"100%\" rx=\"6\" fill=\"{}\"/>",
        hex(ground.bg)
    );
    let mut backgrounds = String::new();
    let mut text = String::new();
    let mut paths = Paths::default();
    for (y, row) in rows(buf).enumerate() {
        let top = PAD + y as f64 * CELL_H;
        let looks = column_looks(row, ground);
        background_runs(&looks, top, &mut backgrounds);
        underline_runs(&looks, top, &mut paths);
        let mut run: Option<(usize, Look, String)> = None;
        for (x, cell) in shown(row) {
            let look = look(cell, ground);
            let symbol = &*printable(cell);
            let ascii = symbol.len() == 1 && symbol != " " && symbol.is_ascii();
            let extend = ascii || (symbol == " " && run.is_some());
            match &mut run {
                Some((_, l, s)) if extend && *l == look => s.push_str(symbol),
                _ => {
                    flush(&mut run, top, &mut text);
                    if ascii {
                        run = Some((x, look, symbol.to_owned()));
                    }
                }
            }
            if symbol.is_ascii() || cell.modifier.contains(Modifier::HIDDEN) {
                continue;
            }
            let left = PAD + x as f64 * CELL_W;
            let ch = symbol.chars().next().unwrap_or(' ');
            if !shape(ch, left, top, look.fg, &mut paths) {
                glyph(symbol, x, top, look, &mut text);
            }
        }
        flush(&mut run, top, &mut text);
    }
    out.push_str(&backgrounds);
    for ((colour, opacity), d) in &paths.fills {
        let _ = writeln!(
            out,
            "<path fill=\"{colour}\" fill-opacity=\"{opacity}\" d=\"{d}\"/>"
        );
    }
    for ((colour, width), d) in &paths.strokes {
        let _ = writeln!(
            out,
            "<path fill=\"none\" stroke=\"{colour}\" stroke-width=\"{width}\" stroke-linecap=\"square\" d=\"{d}\"/>"
        );
    }
    let _ = writeln!(
        out,
        "<g font-family=\"DejaVu Sans Mono, monospace\" font-size=\"{FONT_SIZE}\">\n{text}</g>"
    );
    out.push_str("</svg>\n");
    out
}

/// Each column's look: a wide character's look covers every column it spans,
/// as a terminal paints it (the buffer leaves the covered cells blank).
fn column_looks(row: &[Cell], ground: Ground) -> Vec<Look> {
    let mut looks = Vec::with_capacity(row.len());
    for (x, cell) in shown(row) {
        if let Some(&covering) = looks.last() {
            looks.resize(x, covering);
        }
        looks.push(look(cell, ground));
    }
    if let Some(&last) = looks.last() {
        looks.resize(row.len(), last);
    }
    looks
}

/// Columns `[start, end)` holding runs with the same `key`, for each run whose key is `Some`.
fn runs<K: PartialEq + Copy>(
    looks: &[Look],
    key: impl Fn(&Look) -> Option<K>,
) -> Vec<(usize, usize, K)> {
    let mut found = Vec::new();
    let mut x = 0;
    while x < looks.len() {
        let k = key(&looks[x]);
        let start = x;
        while x < looks.len() && key(&looks[x]) == k {
            x += 1;
        }
        if let Some(k) = k {
            found.push((start, x, k));
        }
    }
    found
}

/// Rectangles for runs of cells with the same non-default background.
fn background_runs(looks: &[Look], top: f64, out: &mut String) {
    for (start, end, bg) in runs(looks, |l| l.bg) {
        let _ = writeln!(
            out,
            "<rect x=\"{:.2}\" y=\"{top:.2}\" width=\"{:.2}\" height=\"{CELL_H}\" fill=\"{}\"/>",
            PAD + start as f64 * CELL_W,
            (end - start) as f64 * CELL_W,
            hex(bg)
        );
    }
}

/// Underlines as lines under whole cells, so that they span wide characters
/// and spaces alike, whatever font draws the glyphs.
fn underline_runs(looks: &[Look], top: f64, paths: &mut Paths) {
    for (start, end, fg) in runs(looks, |l| l.underline.then_some(l.fg)) {
        let d = paths.strokes.entry((hex(fg), "1.2")).or_default();
        let _ = write!(
            d,
            "M{:.2} {:.2}h{:.2}",
            PAD + start as f64 * CELL_W,
            top + BASELINE + 2.0,
            (end - start) as f64 * CELL_W
        );
    }
}

/// Writes a finished run of ASCII text, without its trailing spaces.
fn flush(run: &mut Option<(usize, Look, String)>, top: f64, out: &mut String) {
    if let Some((x, look, s)) = run.take() {
        glyph(s.trim_end(), x, top, look, out);
    }
}

fn glyph(s: &str, x: usize, top: f64, look: Look, out: &mut String) {
    if s.is_empty() {
        return;
    }
    let mut attrs = format!("fill=\"{}\"", hex(look.fg));
    if look.bold {
        attrs.push_str(" font-weight=\"bold\"");
    }
    if look.italic {
        attrs.push_str(" font-style=\"italic\"");
    }
    let _ = writeln!(
        out,
        "<text x=\"{:.2}\" y=\"{:.2}\" xml:space=\"preserve\" {attrs}>{}</text>",
        PAD + x as f64 * CELL_W,
        top + BASELINE,
        escape(s)
    );
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::layout::Rect;
    use ratatui::style::{Color, Style};

    #[test]
    fn underlines_and_backgrounds_span_wide_characters() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 8, 1));
        let style = Style::new()
            .bg(Color::Rgb(1, 2, 3))
            .add_modifier(Modifier::UNDERLINED);
        buf.set_string(1, 0, "吉a", style);
        let svg = to_svg(&buf, crate::dashboard::theme::DARK.ground);
        let (x, three) = (PAD + CELL_W, 3.0 * CELL_W);
        assert!(
            svg.contains(&format!(
                "<rect x=\"{x:.2}\" y=\"{PAD:.2}\" width=\"{three:.2}\""
            )),
            "{svg}"
        );
        let under = format!("M{x:.2} {:.2}h{three:.2}", PAD + BASELINE + 2.0);
        assert!(svg.contains(&under), "{svg}");
        assert!(!svg.contains("text-decoration"), "{svg}");
    }
}
