//! The briefing: serde types, loading, validation and sanitising.
//!
//! A briefing is parsed from TOML (or JSON), then sanitised and validated once,
//! at load, so the rest of the program can trust every string and number in it.

pub mod countries;
pub mod day;
mod error;
pub(crate) mod fnv;
pub mod history;
mod load;
mod locate;
mod pieces;
pub mod places;
pub mod read;
mod sanitize;
pub mod scan;
pub mod sentences;
pub mod timeline;
mod validate;
pub(crate) mod work;
pub mod write;

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub use error::{LoadError, Location};
pub use load::{
    Format, MAX_FILE_BYTES, default_briefing, embedded_briefings, load_file, parse_bytes, parse_str,
};
pub use sanitize::{escape, fold_whitespace, sanitize_text};
pub use validate::MAX_RATE;

/// The embedded default briefing's file name, as shown in messages.
pub const DEFAULT_NAME: &str = "assets/briefing.toml";
/// The embedded default briefing's text.
pub const DEFAULT_TOML: &str = include_str!("../../assets/briefing.toml");
/// The embedded later briefing, after the Busan meeting, as shown in messages.
pub const AFTER_BUSAN_NAME: &str = "assets/after_busan.toml";
/// The embedded later briefing's text.
pub const AFTER_BUSAN_TOML: &str = include_str!("../../assets/after_busan.toml");
/// The embedded briefings as the program reads them at start, (text, path):
/// JSON twins of the TOML, which is what a human edits. A test writes them
/// from the TOML parsed, sanitised and validated, and checks that they hold
/// just that; JSON deserialises in a sixth of the TOML's instructions, which
/// were nearly a third of the first frame's.
const DEFAULT_JSON: (&str, &str) = (
    include_str!("../../assets/embedded/briefing.json"),
    "assets/embedded/briefing.json",
);
const AFTER_BUSAN_JSON: (&str, &str) = (
    include_str!("../../assets/embedded/after_busan.json"),
    "assets/embedded/after_busan.json",
);

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Briefing {
    pub title: String,
    /// The day the briefing describes; countdowns are counted from it.
    #[serde(with = "day")]
    pub as_of: NaiveDate,
    pub source: Source,
    /// The source article's full text; every `evidence.article` sentence must
    /// occur in it. Empty for a briefing compiled from public reports alone.
    #[serde(default)]
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
    /// The places the article names, each once; events point at them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub places: Vec<Site>,
}

impl Briefing {
    /// The events the header counts down to.
    pub fn countdowns(&self) -> impl Iterator<Item = &Event> {
        self.events.iter().filter(|e| e.countdown)
    }

    /// The rate in force in `t`'s direction, which a suspended or additional
    /// rate stacks on; none unless exactly one is in force.
    pub fn in_force_under(&self, t: &Tariff) -> Option<f64> {
        let mut in_force = self
            .tariffs
            .iter()
            .filter(|o| o.status == TariffStatus::InForce && o.same_direction(t));
        match (in_force.next(), in_force.next()) {
            (Some(base), None) => Some(base.rate),
            _ => None,
        }
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

impl Party {
    /// The other side.
    pub fn other(self) -> Party {
        match self {
            Party::Us => Party::China,
            Party::China => Party::Us,
        }
    }
}

impl fmt::Display for Party {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Party::Us => "US",
            Party::China => "China",
        })
    }
}

/// Where a rate stands on the briefing's as-of day. The first four are the
/// dashboard's vocabulary; `raised` and `cut` are what a draft from an article
/// can tell when it cannot tell more.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TariffStatus {
    /// Collected on the as-of day.
    InForce,
    /// Points held off until a deadline (`until`); they come back if it lapses.
    Suspended,
    /// Announced or threatened, not imposed.
    Threatened,
    /// A past rate, no longer collected (`ended`, `replaced_by`).
    History,
    /// Put up to this rate.
    Raised,
    /// Brought down to this rate.
    Cut,
}

impl TariffStatus {
    /// The statuses in the order a legend explains them.
    pub const ALL: [TariffStatus; 6] = [
        TariffStatus::InForce,
        TariffStatus::Suspended,
        TariffStatus::Threatened,
        TariffStatus::History,
        TariffStatus::Raised,
        TariffStatus::Cut,
    ];

    pub fn label(self) -> &'static str {
        match self {
            TariffStatus::InForce => "in force",
            TariffStatus::Suspended => "suspended",
            TariffStatus::Threatened => "threatened",
            TariffStatus::History => "history",
            TariffStatus::Raised => "raised",
            TariffStatus::Cut => "cut",
        }
    }

    /// What the status means, once, for the legend.
    pub fn meaning(self) -> &'static str {
        match self {
            TariffStatus::InForce => "collected on the as-of day",
            TariffStatus::Suspended => "held off until a deadline; back if it lapses",
            TariffStatus::Threatened => "announced, not imposed",
            TariffStatus::History => "a past rate, no longer collected",
            TariffStatus::Raised => "put up to this rate",
            TariffStatus::Cut => "brought down to this rate",
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
    /// Suspended: the day the suspension ends.
    #[serde(default, with = "day::option", skip_serializing_if = "Option::is_none")]
    pub until: Option<NaiveDate>,
    /// Suspended: the rate in all if the suspension lapsed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reverts_to: Option<f64>,
    /// History: the day the rate stopped being collected.
    #[serde(default, with = "day::option", skip_serializing_if = "Option::is_none")]
    pub ended: Option<NaiveDate>,
    /// History: the rate that replaced it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replaced_by: Option<f64>,
    /// The rate comes on top of the one in force ("an additional 100%").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub additional: bool,
    /// What it is made of or what happened to it, in a few words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    pub evidence: Evidence,
}

impl Tariff {
    /// "US on China".
    pub fn direction(&self) -> String {
        format!("{} on {}", self.imposer, self.target)
    }

    /// Whether `other` is laid by the same side on the same side.
    pub fn same_direction(&self, other: &Tariff) -> bool {
        self.imposer == other.imposer && self.target == other.target
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
    /// Who took part, by their names in `people`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub people: Vec<String>,
    /// Where it happened, by its name in `places`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    pub evidence: Evidence,
}

/// A place the article names: a country or a city, where it is, and the
/// sentence or source that names it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Site {
    pub name: String,
    /// The country it is in (a country's own name for a country).
    pub country: String,
    pub lat: f64,
    pub lon: f64,
    pub evidence: Evidence,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Which side they speak for; none for third countries.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub side: Option<Party>,
    /// What they did in this story, in a sentence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub did: Option<String>,
    pub evidence: Evidence,
}

/// Checks a briefing made in code (by ingest) by the rules a loaded one meets.
pub fn check(briefing: &Briefing) -> Result<(), String> {
    validate::validate(briefing).map_err(|p| p.message)
}

/// [`check`], where `verbatim(s)` says that `s` is known to be cut from the
/// briefing's article as it is, so that it need not be searched for.
pub fn check_drawn(briefing: &Briefing, verbatim: &dyn Fn(&str) -> bool) -> Result<(), String> {
    validate::validate_with(briefing, verbatim).map_err(|p| p.message)
}
