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

/// Each stop's label and where it goes: its number, and the selected stop's
/// name too, beside its point; flipped left near the right edge, and moved a
/// row up or down when it would cover or touch an earlier label (Gyeongju and Busan are
/// a cell apart).
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
    stops
        .iter()
        .enumerate()
        .map(|(i, s)| {
            crate::dashboard::work::row();
            let number = first + i + 1;
            let text = if Some(i) == selected {
                format!("{number} {}", s.place)
            } else {
                number.to_string()
            };
            let len = text.chars().count() as i64;
            let col = ((s.lon - xb[0]) / col_deg).floor() as i64;
            let start = if col + len > i64::from(cols) {
                (col - len + 1).max(0)
            } else {
                col
            };
            let row = ((yb[1] - s.lat) / row_deg).floor() as i64;
            let free = |r: i64| {
                !taken
                    .iter()
                    .any(|&(tr, a, b)| tr == r && start <= b + 1 && a <= start + len)
            };
            let shift = [0, 1, -1, 2, -2]
                .into_iter()
                .find(|&d| free(row + d))
                .unwrap_or(0);
            taken.push((row + shift, start, start + len - 1));
            let x = xb[0] + (start as f64 + 0.5) * col_deg;
            let y = yb[1] - (row + shift) as f64 * row_deg - row_deg / 2.0;
            (x, y, text)
        })
        .collect()
}
