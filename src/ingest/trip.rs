//! A trip's stops: the places named after a verb of travel ("headed to
//! Malaysia", "stops in Japan and South Korea", "will fly to Japan"), as
//! countries in the order the text first sends the traveller there.

use std::collections::HashMap;
use std::ops::Range;

use chrono::NaiveDate;

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

/// Travel phrases: the words that send someone somewhere; `*` is any one word.
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
    &["traveling", "to"],
    &["travelling", "to"],
    &["trip", "to"],
    &["due", "in"],
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
    &["moves", "on", "to"],
    &["moved", "on", "to"],
    &["tour", "of"],
    &["takes", "*", "to"],
    &["took", "*", "to"],
];

/// How many mentions of one stop are searched for whom the traveller meets there.
const MAX_VISITS: usize = 20;

/// The items of `sorted` (in text order by `at`) that start within `range`.
fn in_range<'a, T>(sorted: &'a [T], range: &Range<usize>, at: impl Fn(&T) -> usize) -> &'a [T] {
    let first = sorted.partition_point(|x| at(x) < range.start);
    let last = sorted.partition_point(|x| at(x) < range.end);
    &sorted[first..last.max(first)]
}

/// A trip is days or weeks; a visit announced for months later is another one.
const TRIP_DAYS: i64 = 60;

fn country_of(place: &'static Place) -> Option<&'static Place> {
    match place.kind {
        PlaceKind::Country => Some(place),
        PlaceKind::City => gazetteer::lookup(place.country),
    }
}

/// Whether a mention names where the traveller comes from: "from Malaysia",
/// "after a refuelling stop in Doha", "left the US".
fn earlier_stop(text: &str, sentence_start: usize, at: usize) -> bool {
    let before = &text[sentence_start..at];
    let clause = before.rsplit([',', ';']).next().unwrap_or(before);
    clause
        .split_whitespace()
        .rev()
        .take(8)
        .any(|w| w.eq_ignore_ascii_case("from") || w.eq_ignore_ascii_case("after"))
}

fn left_from(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end();
    before.ends_with("left the") || before.ends_with("left") || before.ends_with("leaving")
}

pub fn find_stops(
    text: &str,
    sentences: &[Range<usize>],
    places: &[Mention],
    dates: &[FoundDate],
    people: &[FoundPerson],
    published: NaiveDate,
) -> Vec<FoundStop> {
    let mut stops: Vec<FoundStop> = Vec::new();
    // mentions that a travel sentence sends the traveller to or from
    let mut travelled: HashMap<usize, usize> = HashMap::new();
    let listed = |stops: &[FoundStop], country: &Place| {
        stops.iter().position(|s| std::ptr::eq(s.country, country))
    };
    for sentence in sentences {
        let part = &text[sentence.clone()];
        let words = super::words::words(part);
        let lower: Vec<String> = words.iter().map(|w| w.text(part).to_lowercase()).collect();
        let matches = |i: usize, phrase: &[&str]| {
            lower.len() >= i + phrase.len()
                && phrase
                    .iter()
                    .zip(&lower[i..])
                    .all(|(p, w)| *p == "*" || p == w)
        };
        let Some(trigger) = (0..lower.len()).find(|&i| TRAVEL.iter().any(|p| matches(i, p))) else {
            continue;
        };
        let far_off = in_range(dates, sentence, |d| d.span.start)
            .iter()
            .any(|d| (d.date - published).num_days() > TRIP_DAYS);
        if far_off {
            continue;
        }
        let after = sentence.start + words[trigger].start;
        let (mut earlier, mut next) = (Vec::new(), Vec::new());
        for m in in_range(places, sentence, |m| m.start) {
            let Some(country) = country_of(m.place) else {
                continue;
            };
            if earlier_stop(text, sentence.start, m.start) {
                earlier.push(country);
            } else if m.start >= after && !left_from(text, m.start) {
                next.push(country);
            } else {
                continue;
            }
            travelled.insert(m.start, sentence.end);
        }
        // earlier stops go before this sentence's first destination
        let mut at = next
            .first()
            .and_then(|&d| listed(&stops, d))
            .unwrap_or(stops.len());
        for country in earlier.into_iter().chain(next) {
            if listed(&stops, country).is_none() {
                let stop = FoundStop {
                    country,
                    place: country,
                    sentence: sentence.clone(),
                    date: None,
                    meets: Vec::new(),
                };
                stops.insert(at.min(stops.len()), stop);
                at += 1;
            }
        }
    }
    for stop in &mut stops {
        // a city of that country for a sharper pin: one the traveller is sent to
        // ("traveling to Busan"), else the first the text names
        let cities = || {
            places
                .iter()
                .filter(|m| m.place.kind == PlaceKind::City && m.place.country == stop.country.name)
        };
        if let Some(city) = cities()
            .find(|m| travelled.contains_key(&m.start))
            .or_else(|| cities().next())
        {
            stop.place = city.place;
        }
        let mentions: Vec<&Mention> = places
            .iter()
            .filter(|m| std::ptr::eq(m.place, stop.country) || std::ptr::eq(m.place, stop.place))
            .collect();
        // only where the text sends the traveller there: "talks with Malaysia on Saturday" is no arrival
        stop.date = mentions
            .iter()
            .filter(|m| travelled.contains_key(&m.start))
            .find_map(|m| date_beside(text, m, dates))
            .cloned();
        let visits: Vec<(usize, usize)> = mentions
            .iter()
            .filter_map(|m| travelled.get(&m.start).map(|&end| (m.start, end)))
            .take(MAX_VISITS)
            .collect();
        stop.meets = meets(text, &visits, [stop.country, stop.place], places, people);
    }
    stops
}

/// A date with at most three words and no punctuation between it and the mention.
fn date_beside<'d>(text: &str, mention: &Mention, dates: &'d [FoundDate]) -> Option<&'d FoundDate> {
    // only the nearest date on either side can be that close
    let i = dates.partition_point(|d| d.span.start < mention.start);
    let before = i
        .checked_sub(1)
        .map(|i| &dates[i])
        .filter(|d| d.span.end <= mention.start);
    let after = dates.get(i).filter(|d| d.span.start >= mention.end);
    let close =
        |gap: &str| gap.split_whitespace().count() <= 3 && !gap.contains([',', '.', ';', '\n']);
    after
        .filter(|d| close(&text[mention.end..d.span.start]))
        .or_else(|| before.filter(|d| close(&text[d.span.end..mention.start])))
}

/// People met at a stop: named within three words after "meet", "meets" or
/// "meeting", later in a sentence that sends the traveller there than the
/// stop's mention, and before any other place ("stops in Japan and South
/// Korea, where he will meet XI"). `visits` are those mentions and their sentences' ends.
fn meets(
    text: &str,
    visits: &[(usize, usize)],
    own: [&Place; 2],
    places: &[Mention],
    people: &[FoundPerson],
) -> Vec<String> {
    let mut out = Vec::new();
    for &(stop_at, sentence_end) in visits {
        for person in people {
            for m in in_range(&person.mentions, &(stop_at + 1..sentence_end), |m| m.start) {
                let other_place_between = in_range(places, &(stop_at + 1..m.start), |p| p.start)
                    .iter()
                    .any(|p| !own.iter().any(|o| std::ptr::eq(*o, p.place)));
                let before: Vec<&str> = text[stop_at..m.start]
                    .split_whitespace()
                    .rev()
                    .take(3)
                    .collect();
                let met = before
                    .iter()
                    .any(|w| matches!(*w, "meet" | "meets" | "meeting"));
                if met
                    && m.end <= sentence_end
                    && !other_place_between
                    && !out.contains(&person.name)
                {
                    out.push(person.name.clone());
                }
            }
        }
    }
    out
}
