//! Splits of a rectangle whose sizes are known, by arithmetic rather than by
//! ratatui's constraint solver (a quarter of the first frame's instructions
//! went to solving layouts whose answer is a sum). Each gives what `Layout`
//! gives for the same constraints, which the tests below check; where the
//! lengths asked for do not fit, the solver's trade-off is kept: `None`.

use ratatui::layout::Rect;

/// `Layout::vertical([Length(h0), …, Fill(1)])`: the rows from the top,
/// the rest below; `None` when the rows do not fit.
pub fn rows<const N: usize>(area: Rect, heights: [u16; N]) -> Option<([Rect; N], Rect)> {
    let mut y = area.y;
    let bottom = area.bottom();
    let parts = heights.map(|h| {
        let r = Rect::new(area.x, y, area.width, h);
        y = y.saturating_add(h);
        r
    });
    let used: u32 = heights.iter().map(|&h| u32::from(h)).sum();
    (used <= u32::from(area.height)).then(|| (parts, Rect::new(area.x, y, area.width, bottom - y)))
}

/// `Layout::horizontal([Length(w0), …, Fill(1)])`: the columns from the
/// left, the rest beside them; `None` when the columns do not fit.
pub fn columns<const N: usize>(area: Rect, widths: [u16; N]) -> Option<([Rect; N], Rect)> {
    let turned = Rect::new(area.y, area.x, area.height, area.width);
    let flip = |r: Rect| Rect::new(r.y, r.x, r.height, r.width);
    rows(turned, widths).map(|(parts, rest)| (parts.map(flip), flip(rest)))
}

/// `Layout::vertical([Percentage(p), Fill(1)])`.
pub fn percent_rows(area: Rect, p: u16) -> [Rect; 2] {
    let h = share(area.y, area.height, p);
    let (top, rest) = rows(area, [h]).expect("a share fits");
    [top[0], rest]
}

/// `Layout::horizontal([Percentage(p), Fill(1)])`.
pub fn percent_columns(area: Rect, p: u16) -> [Rect; 2] {
    let w = share(area.x, area.width, p);
    let (left, rest) = columns(area, [w]).expect("a share fits");
    [left[0], rest]
}

/// `p` percent of `size` starting at `start`, rounded where the solver
/// rounds: at the end of the part, half away from zero.
fn share(start: u16, size: u16, p: u16) -> u16 {
    let end = f64::from(start) + f64::from(size) * f64::from(p.min(100)) / 100.0;
    (end.round() as u16).saturating_sub(start).min(size)
}

#[cfg(test)]
mod tests {
    use ratatui::layout::{Constraint, Layout};

    use super::*;

    #[test]
    fn the_sums_are_what_the_solver_gives() {
        let sizes = (0..50).chain([99, 100, 101, 119, 120, 121, 199, 200, 255]);
        for (x, y) in [(0, 0), (3, 7)] {
            for size in sizes.clone() {
                let area = Rect::new(x, y, size, size);
                for p in [50, 55, 58] {
                    let solved = Layout::vertical([Constraint::Percentage(p), Constraint::Fill(1)]);
                    assert_eq!(percent_rows(area, p), solved.areas(area), "{area:?} {p}%");
                    let solved =
                        Layout::horizontal([Constraint::Percentage(p), Constraint::Fill(1)]);
                    assert_eq!(
                        percent_columns(area, p),
                        solved.areas(area),
                        "{area:?} {p}%"
                    );
                }
                for (a, b) in [(0, 1), (3, 1), (22, 1), (size / 2, 0)] {
                    let solved: [Rect; 3] = Layout::vertical([
                        Constraint::Length(a),
                        Constraint::Length(b),
                        Constraint::Fill(1),
                    ])
                    .areas(area);
                    if let Some(([first, second], rest)) = rows(area, [a, b]) {
                        assert_eq!([first, second, rest], solved, "{area:?} {a} {b}");
                    }
                    let solved: [Rect; 3] = Layout::horizontal([
                        Constraint::Length(a),
                        Constraint::Length(b),
                        Constraint::Fill(1),
                    ])
                    .areas(area);
                    if let Some(([first, second], rest)) = columns(area, [a, b]) {
                        assert_eq!([first, second, rest], solved, "{area:?} {a} {b}");
                    }
                }
            }
        }
    }
}
