//! Country names on the trip map, dim, so that the coastlines read as
//! places: each at its capital (the gazetteer's point for a country), or a
//! row above or below it, where it clears the stops and their labels and
//! keeps a row from the names placed before it. Names are placed in order of
//! how many large cities the gazetteer holds of the country (China, India,
//! …); a country with fewer than two (a territory, an island state) is named
//! only if the trip stops there.

use crate::model::countries::COUNTRIES;

use super::map::{Grid, Taken};

/// Rows a name may move off its capital's row rather than cover a label.
const SHIFTS: [i64; 3] = [0, 1, -1];

/// Countries with at least this many gazetteer cities are named anywhere.
const MIN_CITIES: u16 = 2;

/// Each name placed: its first cell (column, row) and its text.
pub fn labels(stop_countries: &[&str], named: &[&str], grid: &Grid, taken: &Taken) -> Vec<(i64, i64, &'static str)> {
    // most cities first
    let named = COUNTRIES
        .iter()
        .filter(|c| c.cities >= MIN_CITIES || stop_countries.contains(&c.name))
        .filter(|c| !named.contains(&c.name));
    let mut names = Taken::default();
    let mut out = Vec::new();
    for place in named {
        let (col, row) = grid.cell(place.lon, place.lat);
        if !(0..grid.cols).contains(&col) || !(0..grid.rows).contains(&row) {
            continue;
        }
        let len = place.name.chars().count() as i64;
        if len > grid.cols {
            continue;
        }
        let start = (col - len / 2).clamp(0, grid.cols - len);
        let clear = |r: i64| {
            (0..grid.rows).contains(&r)
                && taken.free(r, start, len)
                && (r - 1..=r + 1).all(|near| names.free(near, start, len))
        };
        if let Some(r) = SHIFTS.iter().map(|d| row + d).find(|&r| clear(r)) {
            names.take(r, start, len);
            out.push((start, r, place.name));
        }
    }
    out
}
