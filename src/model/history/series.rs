//! The history as step lines over its year: each side's rate in force up to
//! the as-of day, and the threatened step after it. Data, not drawing: the
//! history pane's chart draws these.

use chrono::{Datelike, NaiveDate};

use super::History;
use crate::model::{Party, TariffStatus};

/// The step lines, in chart units: x is days since 1 January, y percent.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub us: Vec<(f64, f64)>,
    pub china: Vec<(f64, f64)>,
    /// The threatened step, from the as-of day on.
    pub threat: Vec<(f64, f64)>,
    pub as_of: f64,
    /// The last day of the year, the axis's end.
    pub end: f64,
}

/// Days from 1 January of `year` to `d`.
pub fn day_x(year: i32, d: NaiveDate) -> f64 {
    let start = NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(d);
    (d - start).num_days() as f64
}

/// The year the history starts in, which the x axis spans.
pub fn first_year(history: &History, as_of: NaiveDate) -> i32 {
    history
        .steps
        .iter()
        .map(|s| s.date.year())
        .min()
        .unwrap_or(as_of.year())
}

/// The step lines of `history` as of `as_of`: each side's rate in force from
/// its first step to the as-of day, and the threatened steps known by then
/// that would come after it.
pub fn series(history: &History, as_of: NaiveDate) -> Series {
    let year = first_year(history, as_of);
    let x = |d| day_x(year, d);
    let end = x(NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(as_of));
    let ladder = |party: Party| {
        let mut points = vec![(0.0, 0.0)];
        let mut current = 0.0;
        for step in history
            .of(party)
            .filter(|s| s.status != TariffStatus::Threatened && s.date <= as_of)
        {
            points.push((x(step.date), current));
            points.push((x(step.date), step.rate));
            current = step.rate;
        }
        points.push((x(as_of).min(end), current));
        (points, current)
    };
    let (us, us_now) = ladder(Party::Us);
    let (china, _) = ladder(Party::China);
    let mut threat = Vec::new();
    for step in history
        .of(Party::Us)
        .filter(|s| s.status == TariffStatus::Threatened && s.date > as_of && s.known_on(as_of))
    {
        threat.extend([
            (x(as_of), us_now),
            (x(step.date), us_now),
            (x(step.date), step.rate),
            (end, step.rate),
        ]);
    }
    Series {
        us,
        china,
        threat,
        as_of: x(as_of),
        end,
    }
}
