//! Box-drawing, block and braille cells as shapes: no common monospace font
//! has braille glyphs, and box and block glyphs rarely meet their neighbours.

use std::fmt::Write;

use super::{CELL_H, CELL_W, HEAVY, LIGHT, Paths, Rgb};
use crate::dashboard::palette::hex;

/// Draws `ch` as shapes when it is a braille, block or box-drawing character;
/// returns false for anything else.
pub(super) fn shape(ch: char, left: f64, top: f64, fg: Rgb, paths: &mut Paths) -> bool {
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
