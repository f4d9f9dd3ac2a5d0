//! The trip on a world map (braille canvas), zoomed to the stops, with the
//! route drawn and the selected stop highlighted.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use ratatui::widgets::canvas::{Canvas, Line as Segment, Map, MapResolution, Points};

use crate::dashboard::theme::THEME;
use crate::model::Stop;

/// Degrees of margin around the stops.
const MARGIN: f64 = 6.0;
/// A terminal cell is about twice as tall as it is wide.
const CELL_ASPECT: f64 = 2.0;
/// The most stops the map shows: beyond this many their numbers cover the
/// map, so it shows those around the selected one, in trip order, and its
/// cost does not grow with the trip.
const MAP_STOPS: usize = 64;

/// The stops the map shows, and the trip position of the first of them.
fn around(stops: &[Stop], selected: Option<usize>) -> (usize, &[Stop]) {
    let first = selected
        .unwrap_or(0)
        .saturating_sub(MAP_STOPS / 2)
        .min(stops.len().saturating_sub(MAP_STOPS));
    let last = stops.len().min(first + MAP_STOPS);
    (first, &stops[first..last])
}

/// Longitude and latitude bounds that hold every stop with a margin and keep
/// the map's proportions on a grid of `cols` x `rows` cells.
pub fn bounds(stops: &[Stop], cols: u16, rows: u16) -> ([f64; 2], [f64; 2]) {
    let (mut x0, mut x1, mut y0, mut y1) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
    for s in stops {
        x0 = x0.min(s.lon);
        x1 = x1.max(s.lon);
        y0 = y0.min(s.lat);
        y1 = y1.max(s.lat);
    }
    if stops.is_empty() {
        return ([-180.0, 180.0], [-90.0, 90.0]);
    }
    let (mut x0, mut x1, mut y0, mut y1) = (x0 - MARGIN, x1 + MARGIN, y0 - MARGIN, y1 + MARGIN);
    // degrees per unit of visual length, each way; widen the tighter one
    let (w, h) = (f64::from(cols.max(1)), f64::from(rows.max(1)) * CELL_ASPECT);
    let per = ((x1 - x0) / w).max((y1 - y0) / h);
    let (cx, cy) = ((x0 + x1) / 2.0, (y0 + y1) / 2.0);
    (x0, x1) = (cx - per * w / 2.0, cx + per * w / 2.0);
    (y0, y1) = (cy - per * h / 2.0, cy + per * h / 2.0);
    (
        [x0.max(-180.0), x1.min(180.0)],
        [y0.max(-90.0), y1.min(90.0)],
    )
}

/// The stops on the map, joined by the route, the selected one labelled.
pub fn trip(
    stops: &[Stop],
    selected: Option<usize>,
    focused: bool,
    area: Rect,
    buf: &mut Buffer,
) {
    if area.is_empty() {
        return;
    }
    let (first, stops) = around(stops, selected);
    let selected = selected.and_then(|s| s.checked_sub(first));
    let (xb, yb) = bounds(stops, area.width, area.height);
    let labels = place_labels(stops, first, selected, xb, yb, area.width, area.height);
    Canvas::default()
        .x_bounds(xb)
        .y_bounds(yb)
        .marker(Marker::Braille)
        .paint(|ctx| {
            ctx.draw(&Map {
                resolution: MapResolution::High,
                color: THEME.map,
            });
            ctx.layer();
            for pair in stops.windows(2) {
                ctx.draw(&Segment::new(
                    pair[0].lon,
                    pair[0].lat,
                    pair[1].lon,
                    pair[1].lat,
                    THEME.route,
                ));
            }
            ctx.layer();
            for (i, (stop, (x, y, text))) in stops.iter().zip(&labels).enumerate() {
                let colour = if Some(i) == selected {
                    THEME.stop_selected
                } else {
                    THEME.stop
                };
                ctx.draw(&Points {
                    coords: &[(stop.lon, stop.lat)],
                    color: colour,
                });
                let style = if Some(i) == selected {
                    THEME.selection(focused)
                } else {
                    Style::new().fg(colour)
                };
                ctx.print(*x, *y, Line::from(Span::styled(text.clone(), style)));
            }
        })
        .render(area, buf);
}

/// Rows a label may move up or down rather than cover another.
const SHIFTS: [i64; 5] = [0, 1, -1, 2, -2];

/// Each stop's label and where it goes: its number and name beside its
/// point where they fit on its row, else its number alone; flipped left near
/// the right edge, and a number moved up to two rows up or down rather than
/// cover or touch another label (Gyeongju and Busan are a cell apart). The
/// selected stop is placed first, so its name always shows.
fn place_labels(
    stops: &[Stop],
    first: usize,
    selected: Option<usize>,
    xb: [f64; 2],
    yb: [f64; 2],
    cols: u16,
    rows: u16,
) -> Vec<(f64, f64, String)> {
    let col_deg = (xb[1] - xb[0]) / f64::from(cols.max(1));
    let row_deg = (yb[1] - yb[0]) / f64::from(rows.max(1));
    let mut taken: Vec<(i64, i64, i64)> = Vec::new(); // (row, first col, last col)
    let mut labels = vec![(0.0, 0.0, String::new()); stops.len()];
    let cell = |s: &Stop| {
        (
            ((s.lon - xb[0]) / col_deg).floor() as i64,
            ((yb[1] - s.lat) / row_deg).floor() as i64,
        )
    };
    let points: Vec<(i64, i64)> = stops.iter().map(cell).collect();
    let order = selected
        .filter(|&s| s < stops.len())
        .into_iter()
        .chain((0..stops.len()).filter(|&i| Some(i) != selected));
    for i in order {
        crate::dashboard::work::row();
        let s = &stops[i];
        let number = (first + i + 1).to_string();
        let (col, row) = points[i];
        // where `text` goes: its first column and the row shift that keeps
        // it clear of the labels placed so far, if any does
        let fit = |text: &str, shifts: &[i64]| {
            let len = text.chars().count() as i64;
            let start = if col + len > i64::from(cols) {
                (col - len + 1).max(0)
            } else {
                col
            };
            let free = |r: i64| {
                (0..i64::from(rows)).contains(&r)
                    && !taken
                        .iter()
                        .any(|&(tr, a, b)| tr == r && start <= b + 1 && a <= start + len)
            };
            shifts
                .iter()
                .find(|&&d| free(row + d))
                .map(|&d| (start, d, len))
        };
        // a name moved off its point's row could be read as another place
        // there: only the selected stop's name moves
        let name_shifts: &[i64] = if Some(i) == selected { &SHIFTS } else { &[0] };
        let named = format!("{number} {}", s.place);
        // nor may another name cover a stop's point
        let clear = |&(start, d, len): &(i64, i64, i64)| {
            Some(i) == selected
                || !points.iter().enumerate().any(|(j, &(c, r))| {
                    j != i && r == row + d && (start..start + len).contains(&c)
                })
        };
        let (text, (start, shift, len)) = match fit(&named, name_shifts).filter(clear) {
            Some(at) => (named, at),
            None => match fit(&number, &SHIFTS) {
                Some(at) => (number.clone(), at),
                None => (number.clone(), (col, 0, number.len() as i64)),
            },
        };
        taken.push((row + shift, start, start + len - 1));
        let x = xb[0] + (start as f64 + 0.5) * col_deg;
        let y = yb[1] - (row + shift) as f64 * row_deg - row_deg / 2.0;
        labels[i] = (x, y, text);
    }
    labels
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each label's row and columns, as `place_labels` lays them out.
    fn laid_out(stops: &[Stop], selected: Option<usize>, cols: u16, rows: u16) -> Vec<(i64, i64, i64)> {
        let (xb, yb) = bounds(stops, cols, rows);
        let (col_deg, row_deg) = ((xb[1] - xb[0]) / f64::from(cols), (yb[1] - yb[0]) / f64::from(rows));
        place_labels(stops, 0, selected, xb, yb, cols, rows)
            .iter()
            .map(|(x, y, text)| {
                let start = ((x - xb[0]) / col_deg).floor() as i64;
                let row = ((yb[1] - y) / row_deg).floor() as i64;
                (row, start, start + text.chars().count() as i64 - 1)
            })
            .collect()
    }

    #[test]
    fn labels_never_overlap_and_names_stay_on_their_points_row() {
        let stops = crate::model::embedded_briefings().unwrap()[0].stops.clone();
        for (cols, rows) in [(20, 8), (36, 18), (60, 30), (100, 40), (200, 60)] {
            for selected in [None, Some(0), Some(3), Some(4)] {
                let (xb, yb) = bounds(&stops, cols, rows);
                let labels = place_labels(&stops, 0, selected, xb, yb, cols, rows);
                let at = laid_out(&stops, selected, cols, rows);
                for (i, a) in at.iter().enumerate() {
                    for b in &at[i + 1..] {
                        assert!(
                            a.0 != b.0 || a.2 + 1 < b.1 || b.2 + 1 < a.1,
                            "{cols}x{rows} {selected:?}: {labels:?}"
                        );
                    }
                    let named = labels[i].2.contains(' ');
                    let row = ((yb[1] - stops[i].lat) / ((yb[1] - yb[0]) / f64::from(rows))).floor() as i64;
                    if named && Some(i) != selected {
                        assert_eq!(a.0, row, "{cols}x{rows}: {} moved off its row", labels[i].2);
                    }
                }
                if let Some(s) = selected {
                    assert!(labels[s].2.ends_with(&stops[s].place), "{labels:?}");
                }
            }
        }
    }
}
