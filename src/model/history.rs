//! The tariff history: each side's headline rate on all of the other's goods,
//! step by step, every step with its public source.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::error::{Location, one_line};
use super::{LoadError, Party, TariffStatus, day, sanitize_text};

pub const HISTORY_NAME: &str = "assets/history.toml";
pub const HISTORY_TOML: &str = include_str!("../../assets/history.toml");

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct History {
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
    pub label: String,
    pub source: String,
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

/// The embedded history, checked.
pub fn default_history() -> Result<History, LoadError> {
    let invalid = |offset: usize, message: String| LoadError::Invalid {
        location: Location::at(HISTORY_NAME, HISTORY_TOML, offset),
        message,
    };
    let mut history: History = toml::from_str(HISTORY_TOML)
        .map_err(|e| invalid(e.span().map_or(0, |s| s.start), one_line(e.message())))?;
    for step in &mut history.steps {
        step.label = sanitize_text(&step.label, false);
        step.source = sanitize_text(&step.source, false);
    }
    for (i, step) in history.steps.iter().enumerate() {
        if !(0.0..=super::validate::MAX_RATE).contains(&step.rate) {
            return Err(invalid(
                0,
                format!("steps[{i}].rate: {} is not a plausible rate", step.rate),
            ));
        }
    }
    for party in [Party::Us, Party::China] {
        let dates: Vec<NaiveDate> = history.of(party).map(|s| s.date).collect();
        if dates.windows(2).any(|w| w[1] < w[0]) {
            return Err(invalid(
                0,
                format!("the {party} steps are not in date order"),
            ));
        }
    }
    Ok(history)
}
