//! The places the article names, as pins on the map beside the trip's
//! numbered stops: a `◆` at each, with its name where the name fits on its
//! row without covering a stop, a label or another pin.

use crate::model::{Site, Stop};

use super::map::{Grid, Taken};

/// The pin's mark, a shape of its own so that it reads without colour.
pub const PIN: &str = "◆";

/// The places to pin: those that are not a stop of the trip shown.
pub fn pinned<'a>(sites: &'a [Site], stops: &[Stop]) -> impl Iterator<Item = &'a Site> {
    sites
        .iter()
        .filter(|s| !stops.iter().any(|stop| stop.place == s.name))
}

/// Each pin placed: its first cell (column, row) and its text, the mark
/// alone where its name does not fit; a place whose cell another mark holds
/// is not pinned twice.
pub fn labels<'a>(pins: impl Iterator<Item = &'a Site>, grid: &Grid, taken: &mut Taken) -> Vec<(i64, i64, String)> {
    let mut out = Vec::new();
    for site in pins {
        crate::dashboard::work::row();
        let (col, row) = grid.cell(site.lon, site.lat);
        if !(0..grid.cols).contains(&col) || !(0..grid.rows).contains(&row) || !taken.free(row, col, 1) {
            continue;
        }
        let named = format!("{PIN} {}", site.name);
        let len = named.chars().count() as i64;
        let text = if col + len <= grid.cols && taken.free(row, col, len) {
            named
        } else {
            PIN.to_owned()
        };
        taken.take(row, col, text.chars().count() as i64);
        out.push((col, row, text));
    }
    out
}
