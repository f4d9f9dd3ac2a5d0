//! Calendar days in briefings: a bare TOML date (`2025-10-25`) or, in JSON, a
//! `"2025-10-25"` string. chrono's own serde only knows the string form.

use std::fmt;

use chrono::NaiveDate;
use serde::de::{self, MapAccess, Visitor};
use serde::{Deserializer, Serializer};

const FORMAT: &str = "%Y-%m-%d";

/// A day written `2025-10-25`, the one way briefings, articles and the
/// command line write one.
pub fn parse(text: &str) -> Result<NaiveDate, chrono::ParseError> {
    NaiveDate::parse_from_str(text, FORMAT)
}

pub fn serialize<S: Serializer>(day: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(&day.format(FORMAT))
}

pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    d.deserialize_any(DayVisitor)
}

struct DayVisitor;

impl<'de> Visitor<'de> for DayVisitor {
    type Value = NaiveDate;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a date like 2025-10-25")
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<NaiveDate, E> {
        parse(s).map_err(|e| E::custom(format!("`{s}` is not a date like 2025-10-25 ({e})")))
    }

    /// toml hands a datetime over as a one-entry map holding its text.
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<NaiveDate, A::Error> {
        match map.next_entry::<String, String>()? {
            Some((_, text)) => self.visit_str(&text),
            None => Err(de::Error::custom("expected a date like 2025-10-25")),
        }
    }
}

/// The same for an optional day: absent, or a day as above.
pub mod option {
    use chrono::NaiveDate;
    use serde::{Deserializer, Serializer};

    pub fn serialize<S: Serializer>(day: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        match day {
            Some(day) => super::serialize(day, s),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        super::deserialize(d).map(Some)
    }
}
