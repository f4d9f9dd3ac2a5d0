//! The trip on a world map (braille canvas), zoomed to the stops and the
//! places the article names, with the route drawn, the selected stop
//! highlighted and the other places pinned.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::symbols::Marker;
use ratatui::widgets::Widget;
use ratatui::widgets::canvas::{Canvas, Line as Segment, Map, MapResolution, Points};

use crate::dashboard::theme::theme;
use crate::model::{Site, Stop};

use super::{countries, pins};

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

/// Longitude and latitude bounds that hold every point (longitude,
/// latitude) with a margin and keep the map's proportions on a grid of
/// `cols` x `rows` cells; the whole world for none.
pub fn bounds(
    points: impl Iterator<Item = (f64, f64)>,
    cols: u16,
    rows: u16,
) -> ([f64; 2], [f64; 2]) {
    let (mut x0, mut x1, mut y0, mut y1) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
    let mut any = false;
    for (lon, lat) in points {
        any = true;
        x0 = x0.min(lon);
        x1 = x1.max(lon);
        y0 = y0.min(lat);
        y1 = y1.max(lat);
    }
    if !any {
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

/// Where everything written on the map goes, as (first column, row, text).
struct Laid {
    grid: Grid,
    stops: Vec<(i64, i64, String)>,
    pins: Vec<(i64, i64, String)>,
    countries: Vec<(i64, i64, &'static str)>,
}

/// Lays out the map of `stops` (the first of them `first` in the trip) and
/// `sites` on `cols` x `rows` cells: the stops' labels first, then the pins,
/// then the country names, each clear of what came before.
fn lay_out(
    (first, stops): (usize, &[Stop]),
    sites: &[Site],
    selected: Option<usize>,
    country_names: bool,
    (cols, rows): (u16, u16),
) -> Laid {
    let points = stops
        .iter()
        .map(|s| (s.lon, s.lat))
        .chain(pins::pinned(sites, stops).map(|s| (s.lon, s.lat)));
    let (xb, yb) = bounds(points, cols, rows);
    let grid = Grid::new(xb, yb, cols, rows);
    let (labels, mut taken) = place_labels(stops, first, selected, &grid);
    // no pin or name may cover a stop's point
    for s in stops {
        let (col, row) = grid.cell(s.lon, s.lat);
        taken.take(row, col, 1);
    }
    let pinned = pins::labels(pins::pinned(sites, stops), &grid, &mut taken);
    let countries = if country_names {
        let theirs: Vec<&str> = stops.iter().map(|s| s.country.as_str()).collect();
        // a country a stop or a pin already names is not named again
        let named: Vec<&str> = stops
            .iter()
            .map(|s| s.place.as_str())
            .chain(pins::pinned(sites, stops).map(|s| s.name.as_str()))
            .collect();
        countries::labels(&theirs, &named, &grid, &taken)
    } else {
        Vec::new()
    };
    Laid {
        grid,
        stops: labels,
        pins: pinned,
        countries,
    }
}

/// The stops on the map, joined by the route, labelled, and the `sites`
/// that are not stops pinned; with `country_names`, the countries around
/// them named.
pub fn trip(
    stops: &[Stop],
    sites: &[Site],
    selected: Option<usize>,
    focused: bool,
    country_names: bool,
    area: Rect,
    buf: &mut Buffer,
) {
    if area.is_empty() {
        return;
    }
    let (first, stops) = around(stops, selected);
    let selected = selected.and_then(|s| s.checked_sub(first));
    let laid = lay_out(
        (first, stops),
        sites,
        selected,
        country_names,
        (area.width, area.height),
    );
    let colour = |i| {
        if Some(i) == selected {
            theme().stop_selected
        } else {
            theme().stop
        }
    };
    Canvas::default()
        .x_bounds(laid.grid.xb)
        .y_bounds(laid.grid.yb)
        .marker(Marker::Braille)
        .paint(|ctx| {
            ctx.draw(&Map {
                resolution: MapResolution::High,
                color: theme().map,
            });
            ctx.layer();
            for pair in stops.windows(2) {
                ctx.draw(&Segment::new(
                    pair[0].lon,
                    pair[0].lat,
                    pair[1].lon,
                    pair[1].lat,
                    theme().route,
                ));
            }
            ctx.layer();
            for (i, stop) in stops.iter().enumerate() {
                ctx.draw(&Points {
                    coords: &[(stop.lon, stop.lat)],
                    color: colour(i),
                });
            }
        })
        .render(area, buf);
    // labels go straight to their cells: the canvas would place them by
    // coordinates, a cell off where the layout put them
    let mut print = |col: i64, row: i64, text: &str, style: Style| {
        let (Ok(col), Ok(row)) = (u16::try_from(col), u16::try_from(row)) else {
            return;
        };
        if col < area.width && row < area.height {
            let room = usize::from(area.width - col);
            buf.set_stringn(area.x + col, area.y + row, text, room, style);
        }
    };
    for &(col, row, name) in &laid.countries {
        print(col, row, name, theme().dim);
    }
    for (col, row, text) in &laid.pins {
        print(*col, *row, text, theme().title);
    }
    for (i, (col, row, text)) in laid.stops.iter().enumerate() {
        let style = if Some(i) == selected {
            theme().selection(focused)
        } else {
            theme().stop_label()
        };
        print(*col, *row, text, style);
    }
}

/// The map's cells, and the cell a point shows in.
pub struct Grid {
    pub xb: [f64; 2],
    pub yb: [f64; 2],
    pub cols: i64,
    pub rows: i64,
}

impl Grid {
    fn new(xb: [f64; 2], yb: [f64; 2], cols: u16, rows: u16) -> Grid {
        Grid {
            xb,
            yb,
            cols: i64::from(cols),
            rows: i64::from(rows),
        }
    }

    /// The cell (column, row) whose braille dots show a longitude and
    /// latitude, on the grid or off it: the canvas's own rounding, to the
    /// nearest of 2 dots across and 4 down a cell.
    pub fn cell(&self, lon: f64, lat: f64) -> (i64, i64) {
        let dot = |v: f64, [lo, hi]: [f64; 2], dots: i64| {
            if hi > lo {
                (v - lo) * (dots - 1) as f64 / (hi - lo)
            } else {
                0.0
            }
            .round() as i64
        };
        let (x, y) = (
            dot(lon, self.xb, 2 * self.cols),
            dot(-lat, [-self.yb[1], -self.yb[0]], 4 * self.rows),
        );
        (x.div_euclid(2), y.div_euclid(4))
    }
}

/// The cells labels take, as (row, first column, last column).
#[derive(Default)]
pub struct Taken(Vec<(i64, i64, i64)>);

impl Taken {
    /// Whether `len` cells from `start` on `row` neither cover nor touch a
    /// label.
    pub fn free(&self, row: i64, start: i64, len: i64) -> bool {
        !self
            .0
            .iter()
            .any(|&(r, a, b)| r == row && start <= b + 1 && a <= start + len)
    }

    pub fn take(&mut self, row: i64, start: i64, len: i64) {
        self.0.push((row, start, start + len - 1));
    }
}

/// Rows a label may move up or down rather than cover another.
const SHIFTS: [i64; 5] = [0, 1, -1, 2, -2];

/// Each stop's label and where it goes, and the cells the labels take: its
/// number and name beside its point where they fit on its row, else its
/// number alone; flipped left near the right edge, and a number moved up to
/// two rows up or down rather than cover or touch another label (Gyeongju
/// and Busan are a cell apart). The selected stop is placed first, so its
/// name always shows.
fn place_labels(
    stops: &[Stop],
    first: usize,
    selected: Option<usize>,
    grid: &Grid,
) -> (Vec<(i64, i64, String)>, Taken) {
    let mut taken = Taken::default();
    let mut labels = vec![(0, 0, String::new()); stops.len()];
    let points: Vec<(i64, i64)> = stops.iter().map(|s| grid.cell(s.lon, s.lat)).collect();
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
            let start = if col + len > grid.cols {
                (col - len + 1).max(0)
            } else {
                col
            };
            shifts
                .iter()
                .find(|&&d| (0..grid.rows).contains(&(row + d)) && taken.free(row + d, start, len))
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
        taken.take(row + shift, start, len);
        labels[i] = (start, row + shift, text);
    }
    (labels, taken)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The map drawn alone at `cols` x `rows`, row by row, with the stops'
    /// labels and the country names as laid out for it.
    struct Drawn {
        rows: Vec<String>,
        laid: Laid,
    }

    fn draw(stops: &[Stop], selected: Option<usize>, names: bool, cols: u16, rows: u16) -> Drawn {
        draw_with(stops, &[], selected, names, cols, rows)
    }

    fn draw_with(
        stops: &[Stop],
        sites: &[Site],
        selected: Option<usize>,
        names: bool,
        cols: u16,
        rows: u16,
    ) -> Drawn {
        let area = Rect::new(0, 0, cols, rows);
        let mut buf = Buffer::empty(area);
        trip(stops, sites, selected, true, names, area, &mut buf);
        let laid = lay_out((0, stops), sites, selected, names, (cols, rows));
        let rows = (0..rows)
            .map(|y| (0..cols).map(|x| buf[(x, y)].symbol()).collect())
            .collect();
        Drawn { rows, laid }
    }

    impl Drawn {
        /// The text drawn from `col` on `row`, `len` characters of it.
        fn at(&self, col: i64, row: i64, len: usize) -> String {
            self.rows[row as usize].chars().skip(col as usize).take(len).collect()
        }
    }

    const SIZES: [(u16, u16); 6] = [(20, 8), (36, 18), (48, 22), (60, 30), (100, 40), (200, 60)];

    fn stops() -> Vec<Stop> {
        crate::model::embedded_briefings().unwrap()[0].stops.clone()
    }

    #[test]
    fn labels_are_drawn_where_laid_out_never_touch_and_names_stay_on_their_points_row() {
        let stops = stops();
        for (cols, rows) in SIZES {
            for selected in [None, Some(0), Some(3), Some(4)] {
                let d = draw(&stops, selected, true, cols, rows);
                let spans: Vec<(i64, i64, i64)> = d
                    .laid
                    .stops
                    .iter()
                    .map(|(c, r, t)| (*r, *c, *c + t.chars().count() as i64 - 1))
                    .chain(d.laid.countries.iter().map(|&(c, r, t)| (r, c, c + t.chars().count() as i64 - 1)))
                    .collect();
                for (col, row, text) in &d.laid.stops {
                    assert_eq!(&d.at(*col, *row, text.chars().count()), text, "{cols}x{rows}");
                }
                for &(col, row, name) in &d.laid.countries {
                    assert_eq!(d.at(col, row, name.chars().count()), name, "{cols}x{rows}");
                }
                for (i, a) in spans.iter().enumerate() {
                    for b in &spans[i + 1..] {
                        assert!(
                            a.0 != b.0 || a.2 + 1 < b.1 || b.2 + 1 < a.1,
                            "{cols}x{rows} {selected:?}: {a:?} touches {b:?}"
                        );
                    }
                }
                for (i, (_, row, text)) in d.laid.stops.iter().enumerate() {
                    let (_, point_row) = d.laid.grid.cell(stops[i].lon, stops[i].lat);
                    if text.contains(' ') && Some(i) != selected {
                        assert_eq!(*row, point_row, "{cols}x{rows}: {text} moved off its row");
                    }
                }
                if let Some(s) = selected {
                    assert!(d.laid.stops[s].2.ends_with(&stops[s].place), "{:?}", d.laid.stops);
                }
            }
        }
    }

    #[test]
    fn a_country_is_named_at_its_capital_clear_of_the_stops() {
        let stops = stops();
        let capital = |name: &str| {
            let p = crate::model::places::lookup(name).unwrap();
            (p.lon, p.lat)
        };
        for (cols, rows) in SIZES {
            let d = draw(&stops, Some(0), true, cols, rows);
            for &(col, row, name) in &d.laid.countries {
                let len = name.chars().count() as i64;
                let (lon, lat) = capital(name);
                let (c, r) = d.laid.grid.cell(lon, lat);
                assert!((row - r).abs() <= 1, "{cols}x{rows}: {name} {row} vs {r}");
                let clamped = col == 0 || col + len == d.laid.grid.cols;
                assert!(clamped || (col..col + len).contains(&c), "{cols}x{rows}: {name}");
                for s in &stops {
                    let (sc, sr) = d.laid.grid.cell(s.lon, s.lat);
                    assert!(sr != row || !(col..col + len).contains(&sc), "{name} covers {}", s.place);
                }
                for &(other_col, other_row, other) in &d.laid.countries {
                    let apart = (other_row - row).abs() > 1
                        || other_col > col + len
                        || col > other_col + other.chars().count() as i64;
                    assert!(other == name || apart, "{cols}x{rows}: {name} crowds {other}");
                }
            }
        }
        let d = draw(&stops, None, true, 100, 40);
        let named: Vec<&str> = d.laid.countries.iter().map(|c| c.2).collect();
        for country in ["China", "India", "Japan"] {
            assert!(named.contains(&country), "{named:?}");
        }
    }

    #[test]
    fn country_names_can_be_hidden() {
        let stops = stops();
        let shown = draw(&stops, None, true, 100, 40).rows.concat();
        let hidden = draw(&stops, None, false, 100, 40).rows.concat();
        assert!(shown.contains("China") && shown.contains("India"));
        assert!(!hidden.contains("China") && !hidden.contains("India"));
    }

    fn site(name: &str) -> Site {
        let p = crate::model::places::lookup(name).unwrap();
        Site {
            name: name.into(),
            country: p.country.into(),
            lat: p.lat,
            lon: p.lon,
            evidence: crate::model::Evidence::default(),
        }
    }

    #[test]
    fn the_places_named_are_pinned_apart_from_the_stops_and_in_view() {
        let stops = stops();
        // a stop's place is not pinned again; the others are, and the map
        // widens to hold Washington
        let sites = [site("Busan"), site("Washington"), site("Geneva")];
        for (cols, rows) in SIZES {
            let d = draw_with(&stops, &sites, Some(0), true, cols, rows);
            for (col, row, text) in &d.laid.pins {
                assert!(text.starts_with(pins::PIN), "{text}");
                assert_eq!(&d.at(*col, *row, text.chars().count()), text, "{cols}x{rows}");
                assert!(!text.contains("Busan"), "Busan is a stop: {text}");
            }
            // at the smallest sizes a stop's label may hold a pin's cell
            if cols >= 48 {
                assert_eq!(d.laid.pins.len(), 2, "{cols}x{rows}: {:?}", d.laid.pins);
            }
            for (col, row, text) in &d.laid.stops {
                assert_eq!(&d.at(*col, *row, text.chars().count()), text, "{cols}x{rows}");
            }
            assert!(!d.laid.countries.iter().any(|c| c.2 == "Washington"));
        }
        let wide = draw_with(&stops, &sites, None, true, 200, 60);
        let names: Vec<&str> = wide.laid.pins.iter().map(|p| p.2.as_str()).collect();
        assert_eq!(names, ["◆ Washington", "◆ Geneva"]);
        // an article with no trip: its places alone make the map
        let alone = draw_with(&[], &sites, None, true, 100, 40);
        assert_eq!(alone.laid.pins.len(), 3, "{:?}", alone.laid.pins);
    }
}
