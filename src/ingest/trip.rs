//! A trip's stops: the places named after a verb of travel ("headed to
//! Malaysia", "stops in Japan and South Korea", "will fly to Japan"), as
//! countries in the order the text first sends the traveller there.

use std::ops::Range;

use super::dates::FoundDate;
use super::gazetteer::{self, Mention, Place, PlaceKind};
use super::people::FoundPerson;

#[derive(Debug, Clone, PartialEq)]
pub struct FoundStop {
    /// The country.
    pub country: &'static Place,
    /// The place to pin: a city of that country the text names, else the country.
    pub place: &'static Place,
    /// The sentence that sends the traveller there.
    pub sentence: Range<usize>,
    /// A date written right beside a mention of the place ("in Malaysia on Sunday").
    pub date: Option<FoundDate>,
    /// People the traveller is to meet there ("to meet with Sanae Takaichi").
    pub meets: Vec<String>,
}

/// Travel phrases: the words that send someone somewhere.
const TRAVEL: &[&[&str]] = &[
    &["headed", "to"],
    &["heads", "to"],
    &["head", "to"],
    &["heading", "to"],
    &["fly", "to"],
    &["flies", "to"],
    &["flew", "to"],
    &["flying", "to"],
    &["travel", "to"],
    &["travels", "to"],
    &["traveled", "to"],
    &["travelled", "to"],
    &["trip", "to"],
    &["visit"],
    &["visits"],
    &["visited"],
    &["visiting"],
    &["stops", "in"],
    &["stop", "in"],
    &["arrive", "in"],
    &["arrives", "in"],
    &["arrived", "in"],
    &["landed", "in"],
    &["lands", "in"],
    &["went", "to"],
    &["goes", "to"],
    &["moves", "on", "to"],
    &["moved", "on", "to"],
    &["tour", "of"],
    &["leg", "in"],
];

fn country_of(place: &'static Place) -> Option<&'static Place> {
    match place.kind {
        PlaceKind::Country => Some(place),
        PlaceKind::City => gazetteer::lookup(place.country),
    }
}

pub fn find_stops(
    text: &str,
    sentences: &[Range<usize>],
    places: &[Mention],
    dates: &[FoundDate],
    people: &[FoundPerson],
) -> Vec<FoundStop> {
    let mut stops: Vec<FoundStop> = Vec::new();
    for sentence in sentences {
        let words = super::words::words(&text[sentence.clone()]);
        let lower: Vec<String> = words
            .iter()
            .map(|w| w.text(&text[sentence.clone()]).to_lowercase())
            .collect();
        let Some(trigger) = (0..lower.len()).find(|&i| {
            TRAVEL.iter().any(|phrase| {
                lower[i..].len() >= phrase.len() && lower[i..i + phrase.len()] == **phrase
            })
        }) else {
            continue;
        };
        let after = sentence.start + words[trigger].start;
        let in_sentence = places
            .iter()
            .filter(|m| m.start >= after && m.end <= sentence.end);
        for mention in in_sentence {
            // "left the US", "from Washington": where the traveller comes from
            let before = text[..mention.start].trim_end();
            if before.ends_with("from")
                || before.ends_with("left the")
                || before.ends_with("leaving")
            {
                continue;
            }
            let Some(country) = country_of(mention.place) else {
                continue;
            };
            if stops.iter().any(|s| std::ptr::eq(s.country, country)) {
                continue;
            }
            stops.push(FoundStop {
                country,
                place: country,
                sentence: sentence.clone(),
                date: None,
                meets: Vec::new(),
            });
        }
    }
    for stop in &mut stops {
        // the first city of that country the text names, for a sharper pin
        if let Some(city) = places
            .iter()
            .find(|m| m.place.kind == PlaceKind::City && m.place.country == stop.country.name)
        {
            stop.place = city.place;
        }
        let mentions: Vec<&Mention> = places
            .iter()
            .filter(|m| std::ptr::eq(m.place, stop.country) || std::ptr::eq(m.place, stop.place))
            .collect();
        stop.date = mentions
            .iter()
            .find_map(|m| date_beside(text, m, dates))
            .cloned();
        stop.meets = meets(text, &stop.sentence, &mentions, places, people);
    }
    stops
}

/// A date with at most three words and no punctuation between it and the mention.
fn date_beside<'d>(text: &str, mention: &Mention, dates: &'d [FoundDate]) -> Option<&'d FoundDate> {
    dates.iter().find(|d| {
        let gap = if d.span.start >= mention.end {
            &text[mention.end..d.span.start]
        } else if d.span.end <= mention.start {
            &text[d.span.end..mention.start]
        } else {
            return false;
        };
        gap.split_whitespace().count() <= 3 && !gap.contains([',', '.', ';', '\n'])
    })
}

/// People met at a stop: named within three words after "meet", "meets" or
/// "meeting", later in the sentence than the stop's mention and before any
/// other place ("stops in Japan and South Korea, where he will meet XI").
fn meets(
    text: &str,
    sentence: &Range<usize>,
    mentions: &[&Mention],
    places: &[Mention],
    people: &[FoundPerson],
) -> Vec<String> {
    let Some(stop_at) = mentions
        .iter()
        .map(|m| m.start)
        .find(|&s| sentence.contains(&s))
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for person in people {
        for m in &person.mentions {
            if m.start <= stop_at || m.end > sentence.end {
                continue;
            }
            let other_place_between = places.iter().any(|p| {
                p.start > stop_at
                    && p.end <= m.start
                    && !mentions.iter().any(|own| own.start == p.start)
            });
            let before: Vec<&str> = text[stop_at..m.start]
                .split_whitespace()
                .rev()
                .take(3)
                .collect();
            let met = before
                .iter()
                .any(|w| matches!(*w, "meet" | "meets" | "meeting"));
            if met && !other_place_between && !out.contains(&person.name) {
                out.push(person.name.clone());
            }
        }
    }
    out
}
