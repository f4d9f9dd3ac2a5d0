//! The tariff history: each side's headline rate on all of the other's goods,
//! step by step, every step with its public source.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{LoadError, Party, TariffStatus, day};

pub mod series;

pub const HISTORY_NAME: &str = "assets/history.toml";
pub const HISTORY_TOML: &str = include_str!("../../../assets/history.toml");

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct History {
    /// What the ladder leaves out, said on screen under the chart.
    pub note: String,
    pub steps: Vec<Step>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    #[serde(with = "day")]
    pub date: NaiveDate,
    pub imposer: Party,
    /// The headline add-on rate in all, percent, from this day.
    pub rate: f64,
    pub status: TariffStatus,
    /// The day it was made public, when before `date`.
    #[serde(default, with = "day::option", skip_serializing_if = "Option::is_none")]
    pub announced: Option<NaiveDate>,
    pub label: String,
    /// What a reader should know about the step ("raised twice that day").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    pub source: String,
}

impl Step {
    /// Whether the step was public on `day`.
    pub fn known_on(&self, day: NaiveDate) -> bool {
        self.announced.unwrap_or(self.date) <= day
    }
}

impl History {
    /// One side's steps, in date order (the order of the file for equal days).
    pub fn of(&self, imposer: Party) -> impl Iterator<Item = &Step> {
        self.steps.iter().filter(move |s| s.imposer == imposer)
    }

    /// Every step in date order, the US first on equal days.
    pub fn in_order(&self) -> Vec<&Step> {
        let mut steps: Vec<&Step> = self.steps.iter().collect();
        steps.sort_by_key(|s| (s.date, s.imposer == Party::China));
        steps
    }
}

/// The embedded history as the program reads it at start, (text, path): a
/// JSON twin of the TOML, written and checked by a test as the briefings'
/// are (`model::DEFAULT_JSON`).
const HISTORY_JSON: (&str, &str) = (
    include_str!("../../../assets/embedded/history.json"),
    "assets/embedded/history.json",
);

/// The embedded history, checked by the test that writes its twin.
pub fn default_history() -> Result<History, LoadError> {
    super::load::from_json(HISTORY_JSON.0, HISTORY_JSON.1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::error::Location;
    use crate::model::sanitize::fold_whitespace;
    use crate::model::sanitize_text;
    use crate::model::validate::plausible;

    #[test]
    fn the_embedded_json_twin_holds_the_checked_toml() {
        let history = checked(HISTORY_TOML, HISTORY_NAME).expect(HISTORY_NAME);
        crate::model::load::tests::twin_is(HISTORY_JSON, &history);
    }

    /// A history in TOML, sanitised and checked.
    fn checked(text: &str, name: &str) -> Result<History, LoadError> {
        let invalid = |offset: usize, message: String| LoadError::Invalid {
            location: Location::at(name, text, offset),
            message,
        };
        let mut history: History = toml::from_str(text).map_err(|e| {
            invalid(
                e.span().map_or(0, |s| s.start),
                fold_whitespace(e.message()),
            )
        })?;
        history.note = sanitize_text(&history.note, false);
        for step in &mut history.steps {
            step.label = sanitize_text(&step.label, false);
            step.source = sanitize_text(&step.source, false);
            if let Some(note) = &mut step.note {
                *note = sanitize_text(note, false);
            }
        }
        check(&history).map_err(|message| invalid(0, message))?;
        Ok(history)
    }

    /// The rules a ladder keeps: plausible rates, each side in date order, and one
    /// step a day, since a rate replaced the same day was never in force on its own.
    fn check(history: &History) -> Result<(), String> {
        for (i, step) in history.steps.iter().enumerate() {
            if !plausible(step.rate) {
                return Err(format!(
                    "steps[{i}].rate: {} is not a plausible rate",
                    step.rate
                ));
            }
            if step.announced.is_some_and(|a| a > step.date) {
                return Err(format!("steps[{i}].announced: after the step's date"));
            }
        }
        for party in [Party::Us, Party::China] {
            let dates: Vec<NaiveDate> = history.of(party).map(|s| s.date).collect();
            if dates.windows(2).any(|w| w[1] < w[0]) {
                return Err(format!("the {party} steps are not in date order"));
            }
            if let Some(w) = dates.windows(2).find(|w| w[1] == w[0]) {
                return Err(format!(
                    "two {party} steps on {}: make them one step with a note",
                    w[0]
                ));
            }
        }
        Ok(())
    }
}
