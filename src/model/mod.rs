//! The briefing: serde types, loading, validation and sanitising.
//!
//! A briefing is parsed from TOML (or JSON), then sanitised and validated once,
//! at load, so the rest of the program can trust every string and number in it.

pub(crate) mod day;
mod error;
pub mod history;
mod load;
mod locate;
mod sanitize;
mod validate;

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub use error::{LoadError, Location};
pub use load::{Format, default_briefing, load_file, parse_str};
pub use sanitize::sanitize_text;

/// The embedded default briefing's file name, as shown in messages.
pub const DEFAULT_NAME: &str = "assets/briefing.toml";
/// The embedded default briefing's text.
pub const DEFAULT_TOML: &str = include_str!("../../assets/briefing.toml");

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Briefing {
    pub title: String,
    /// The day the briefing describes; countdowns are counted from it.
    #[serde(with = "day")]
    pub as_of: NaiveDate,
    pub source: Source,
    /// The source article's full text; every `evidence.article` sentence must occur in it.
    pub article: String,
    #[serde(default)]
    pub tariffs: Vec<Tariff>,
    #[serde(default)]
    pub stops: Vec<Stop>,
    #[serde(default)]
    pub quotes: Vec<Quote>,
    #[serde(default)]
    pub events: Vec<Event>,
    #[serde(default)]
    pub people: Vec<Person>,
}

impl Briefing {
    /// The events the header counts down to.
    pub fn countdowns(&self) -> impl Iterator<Item = &Event> {
        self.events.iter().filter(|e| e.countdown)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub outlet: String,
    pub headline: String,
    #[serde(with = "day")]
    pub published: NaiveDate,
    /// Where the article can be found: a web address or a file.
    pub address: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// What an item rests on: a sentence of the article, kept verbatim, and/or a
/// public source address for facts the article lacks or garbles.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Party {
    Us,
    China,
}

impl fmt::Display for Party {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Party::Us => "US",
            Party::China => "China",
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TariffStatus {
    /// Collected now.
    InForce,
    /// Announced or threatened, not (yet) imposed.
    Threatened,
    /// Imposed once, now suspended (the Geneva truce).
    Suspended,
    /// Put up to this rate.
    Raised,
    /// Brought down to this rate.
    Cut,
}

impl TariffStatus {
    pub fn label(self) -> &'static str {
        match self {
            TariffStatus::InForce => "in force",
            TariffStatus::Threatened => "threatened",
            TariffStatus::Suspended => "suspended",
            TariffStatus::Raised => "raised",
            TariffStatus::Cut => "cut",
        }
    }
}

/// What kind of number a rate is: the two are easily confused in the news.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RateKind {
    /// A statutory rate added on top of normal duties ("145%").
    HeadlineAddOn,
    /// A trade-weighted average over all goods (PIIE-style).
    TradeWeightedAverage,
}

impl RateKind {
    pub fn label(self) -> &'static str {
        match self {
            RateKind::HeadlineAddOn => "headline add-on rate, not a trade-weighted average",
            RateKind::TradeWeightedAverage => "trade-weighted average over all goods",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tariff {
    pub label: String,
    pub imposer: Party,
    pub target: Party,
    /// Percent, e.g. 145.0 for 145%.
    pub rate: f64,
    pub kind: RateKind,
    pub status: TariffStatus,
    /// When it took effect, or would take effect when threatened, when known.
    #[serde(default, with = "day::option", skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    /// What happened to it since, in a few words ("cut to 30% on 14 May").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    pub evidence: Evidence,
}

impl Tariff {
    /// "US on China".
    pub fn direction(&self) -> String {
        format!("{} on {}", self.imposer, self.target)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stop {
    pub place: String,
    pub country: String,
    pub lat: f64,
    pub lon: f64,
    #[serde(default, with = "day::option", skip_serializing_if = "Option::is_none")]
    pub arrive: Option<NaiveDate>,
    #[serde(default, with = "day::option", skip_serializing_if = "Option::is_none")]
    pub depart: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<String>,
    #[serde(default)]
    pub meets: Vec<String>,
    pub evidence: Evidence,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quote {
    /// "unknown" when the article does not say.
    pub speaker: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Verbatim from the article.
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    #[serde(default, with = "day::option", skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    /// Where other reports differ from the article's wording.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    pub evidence: Evidence,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    #[serde(with = "day")]
    pub date: NaiveDate,
    pub label: String,
    /// Shown as a countdown in the header.
    #[serde(default)]
    pub countdown: bool,
    pub evidence: Evidence,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    pub evidence: Evidence,
}

/// Checks a briefing made in code (by ingest) by the rules a loaded one meets.
pub fn check(briefing: &Briefing) -> Result<(), String> {
    validate::validate(briefing).map_err(|p| p.message)
}
