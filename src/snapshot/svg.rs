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
use crate::dashboard::render::palette::{DEFAULT_BG, DEFAULT_FG, hex, rgb};

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

fn look(cell: &Cell) -> Look {
    let (mut fg, mut bg) = (rgb(cell.fg).unwrap_or(DEFAULT_FG), rgb(cell.bg));
    if cell.modifier.contains(Modifier::REVERSED) {
        (fg, bg) = (bg.unwrap_or(DEFAULT_BG), Some(fg));
    }
    if cell.modifier.contains(Modifier::DIM) {
        fg = mix(fg, bg.unwrap_or(DEFAULT_BG));
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

pub fn to_svg(buf: &Buffer) -> String {
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
        hex(DEFAULT_BG)
    );
    let mut backgrounds = String::new();
    let mut text = String::new();
    let mut paths = Paths::default();
    for (y, row) in rows(buf).enumerate() {
        let top = PAD + y as f64 * CELL_H;
        let looks = column_looks(row);
        background_runs(&looks, top, &mut backgrounds);
        underline_runs(&looks, top, &mut paths);
        let mut run: Option<(usize, Look, String)> = None;
        for (x, cell) in shown(row) {
            let look = look(cell);
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
fn column_looks(row: &[Cell]) -> Vec<Look> {
    let mut looks = Vec::with_capacity(row.len());
    for (x, cell) in shown(row) {
        if let Some(&covering) = looks.last() {
            looks.resize(x, covering);
        }
        looks.push(look(cell));
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

/// Draws `ch` as shapes when it is a braille, block or box-drawing character;
/// returns false for anything else.
fn shape(ch: char, left: f64, top: f64, fg: Rgb, paths: &mut Paths) -> bool {
    let colour = hex(fg);
    match ch {
        '\u{2800}'..='\u{28ff}' => {
            braille(
                ch as u32 - 0x2800,
                left,
                top,
                paths.fills.entry((colour, "1")).or_default(),
            );
            true
        }
        _ => {
            if let Some((rects, opacity)) = block(ch) {
                let d = paths.fills.entry((colour, opacity)).or_default();
                for (x0, y0, x1, y1) in rects {
                    rect(
                        d,
                        left + x0 * CELL_W,
                        top + y0 * CELL_H,
                        (x1 - x0) * CELL_W,
                        (y1 - y0) * CELL_H,
                    );
                }
                true
            } else if let Some(arms) = box_arms(ch) {
                box_lines(arms, left, top, &colour, paths);
                true
            } else {
                false
            }
        }
    }
}

fn rect(d: &mut String, x: f64, y: f64, w: f64, h: f64) {
    let _ = write!(d, "M{x:.2} {y:.2}h{w:.2}v{h:.2}h{:.2}z", -w);
}

/// Braille dots: bits 0–2 and 6 are the left column top to bottom, 3–5 and 7 the right.
fn braille(bits: u32, left: f64, top: f64, d: &mut String) {
    const DOTS: [(u32, f64, f64); 8] = [
        (0, 0.0, 0.0),
        (1, 0.0, 1.0),
        (2, 0.0, 2.0),
        (3, 1.0, 0.0),
        (4, 1.0, 1.0),
        (5, 1.0, 2.0),
        (6, 0.0, 3.0),
        (7, 1.0, 3.0),
    ];
    let size = CELL_W * 0.34;
    for (bit, col, row) in DOTS {
        if bits & (1 << bit) != 0 {
            let cx = left + (col + 0.5) * CELL_W / 2.0;
            let cy = top + (row + 0.5) * CELL_H / 4.0;
            rect(d, cx - size / 2.0, cy - size / 2.0, size, size);
        }
    }
}

type Rects = Vec<(f64, f64, f64, f64)>;

/// Block elements as fractions of the cell (x0, y0, x1, y1), and their opacity.
fn block(ch: char) -> Option<(Rects, &'static str)> {
    let full = vec![(0.0, 0.0, 1.0, 1.0)];
    Some(match ch {
        '█' => (full, "1"),
        // shades as a pattern of 2x4 sub-cells, as terminals draw them
        '░' => (quarters(&[(0, 0), (1, 2)]), "1"),
        '▒' => (quarters(&[(0, 0), (1, 1), (0, 2), (1, 3)]), "1"),
        '▓' => (
            quarters(&[(0, 0), (0, 1), (1, 1), (1, 2), (0, 3), (1, 3)]),
            "1",
        ),
        '▀' => (vec![(0.0, 0.0, 1.0, 0.5)], "1"),
        '▔' => (vec![(0.0, 0.0, 1.0, 0.125)], "1"),
        '▐' => (vec![(0.5, 0.0, 1.0, 1.0)], "1"),
        '▕' => (vec![(0.875, 0.0, 1.0, 1.0)], "1"),
        // lower eighths ▁ … ▇ and left eighths ▉ … ▏
        '▁'..='▇' => {
            let k = f64::from(ch as u32 - 0x2580);
            (vec![(0.0, 1.0 - k / 8.0, 1.0, 1.0)], "1")
        }
        '▉'..='▏' => {
            let k = f64::from(0x2590 - ch as u32);
            (vec![(0.0, 0.0, k / 8.0, 1.0)], "1")
        }
        _ => return None,
    })
}

/// Sub-cells of a 2-column, 4-row grid, as cell fractions.
fn quarters(cells: &[(u8, u8)]) -> Rects {
    cells
        .iter()
        .map(|&(c, r)| {
            let (x, y) = (f64::from(c) / 2.0, f64::from(r) / 4.0);
            (x, y, x + 0.5, y + 0.25)
        })
        .collect()
}

/// Line weight of one arm of a box-drawing character.
#[derive(Clone, Copy, PartialEq)]
enum Arm {
    None,
    Light,
    Heavy,
    Double,
}

/// The arms (up, right, down, left) of a box-drawing character, and whether its corner is rounded.
fn box_arms(ch: char) -> Option<([Arm; 4], bool)> {
    use Arm::{Double as D, Heavy as H, Light as L, None as N};
    let arms = match ch {
        '─' => [N, L, N, L],
        '━' => [N, H, N, H],
        '│' => [L, N, L, N],
        '┃' => [H, N, H, N],
        '┌' | '╭' => [N, L, L, N],
        '┐' | '╮' => [N, N, L, L],
        '└' | '╰' => [L, L, N, N],
        '┘' | '╯' => [L, N, N, L],
        '┏' => [N, H, H, N],
        '┓' => [N, N, H, H],
        '┗' => [H, H, N, N],
        '┛' => [H, N, N, H],
        '├' => [L, L, L, N],
        '┤' => [L, N, L, L],
        '┬' => [N, L, L, L],
        '┴' => [L, L, N, L],
        '┼' => [L, L, L, L],
        '═' => [N, D, N, D],
        '║' => [D, N, D, N],
        '╔' => [N, D, D, N],
        '╗' => [N, N, D, D],
        '╚' => [D, D, N, N],
        '╝' => [D, N, N, D],
        '╴' => [N, N, N, L],
        '╵' => [L, N, N, N],
        '╶' => [N, L, N, N],
        '╷' => [N, N, L, N],
        _ => return None,
    };
    Some((arms, matches!(ch, '╭' | '╮' | '╰' | '╯')))
}

fn box_lines(
    (arms, rounded): ([Arm; 4], bool),
    left: f64,
    top: f64,
    colour: &str,
    paths: &mut Paths,
) {
    let (cx, cy) = (left + CELL_W / 2.0, top + CELL_H / 2.0);
    // the edge point of each arm: up, right, down, left
    let ends = [
        (cx, top),
        (left + CELL_W, cy),
        (cx, top + CELL_H),
        (left, cy),
    ];
    if rounded {
        let d = paths.strokes.entry((colour.to_owned(), "1.2")).or_default();
        let mut on = (0..4).filter(|&i| arms[i] != Arm::None).map(|i| ends[i]);
        let (Some(a), Some(b)) = (on.next(), on.next()) else {
            return;
        };
        let _ = write!(
            d,
            "M{:.2} {:.2}Q{cx:.2} {cy:.2} {:.2} {:.2}",
            a.0, a.1, b.0, b.1
        );
        return;
    }
    for (i, arm) in arms.iter().enumerate() {
        let (ex, ey) = ends[i];
        let vertical = i % 2 == 0;
        match arm {
            Arm::None => {}
            Arm::Light | Arm::Heavy => {
                let width = if *arm == Arm::Heavy { "2.4" } else { "1.2" };
                let d = paths.strokes.entry((colour.to_owned(), width)).or_default();
                let _ = write!(d, "M{cx:.2} {cy:.2}L{ex:.2} {ey:.2}");
            }
            Arm::Double => {
                let d = paths.strokes.entry((colour.to_owned(), "1.2")).or_default();
                let gap = HEAVY - LIGHT / 2.0;
                for s in [-gap, gap] {
                    let (ox, oy) = if vertical { (s, 0.0) } else { (0.0, s) };
                    let _ = write!(
                        d,
                        "M{:.2} {:.2}L{:.2} {:.2}",
                        cx + ox,
                        cy + oy,
                        ex + ox,
                        ey + oy
                    );
                }
            }
        }
    }
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
        let svg = to_svg(&buf);
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
