//! A trip's stops: the places named after a verb of travel ("headed to
//! Malaysia", "stops in Japan and South Korea", "will fly to Japan"), as
//! countries in the order the text first sends the traveller there.

use std::ops::Range;

use chrono::NaiveDate;

use super::dates::FoundDate;
use super::gazetteer::Mention;
use super::people::FoundPerson;
use super::words::{exactly_in, keys};
use super::{words, work};
use crate::model::fnv::FixedMap;
use crate::model::places::{self, Place, PlaceKind};

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
    &["arriving", "in"],
    &["arrival", "in"],
    &["landing", "in"],
    &["landed", "in"],
    &["lands", "in"],
    &["went", "to"],
    &["moves", "on", "to"],
    &["moved", "on", "to"],
    &["tour", "of"],
    &["departs", "for"],
    &["depart", "for"],
    &["departed", "for"],
    &["leaves", "for"],
    &["leave", "for"],
    &["left", "for"],
    &["bound", "for"],
    // "travelled to Japan, where he met Takaichi, and then to South Korea"
    &["then", "to"],
    &["takes", "*", "to"],
    &["took", "*", "to"],
];

/// The first words of [`TRAVEL`], to tell at a glance that a word starts
/// no phrase: for each first byte a bit per length (all under 16) that a
/// word of that byte and length may have, then the words' [`keys`].
struct TravelFirst {
    keys: [u128; TRAVEL.len()],
    shapes: [u16; 256],
}

static TRAVEL_FIRST: TravelFirst = {
    let mut first = [""; TRAVEL.len()];
    let mut shapes = [0; 256];
    let mut i = 0;
    while i < TRAVEL.len() {
        let w = TRAVEL[i][0];
        first[i] = w;
        shapes[w.as_bytes()[0] as usize] |= 1 << w.len();
        i += 1;
    }
    TravelFirst {
        keys: keys(&first),
        shapes,
    }
};

impl TravelFirst {
    fn starts(&self, word: &str) -> bool {
        word.len() < 16
            && self.shapes[usize::from(word.as_bytes()[0])] & (1 << word.len()) != 0
            && exactly_in(word, &self.keys)
    }
}

/// The mentions that a travel sentence sends the traveller to or from: each
/// mention's start and the end of that sentence. Sentences are read in order,
/// and their mentions in order, so the starts are pushed in increasing order
/// and a look-up is a binary search (no hashing per mention).
#[derive(Default)]
struct Travelled(Vec<(usize, usize)>);

impl Travelled {
    fn push(&mut self, start: usize, sentence_end: usize) {
        debug_assert!(self.0.last().is_none_or(|&(s, _)| s < start));
        self.0.push((start, sentence_end));
    }

    /// The end of the sentence that sends the traveller to the mention at `start`.
    fn get(&self, start: usize) -> Option<usize> {
        let i = self.0.binary_search_by_key(&start, |&(s, _)| s).ok()?;
        Some(self.0[i].1)
    }
}

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
        PlaceKind::City => places::lookup(place.country),
    }
}

/// Whether a mention names where the traveller comes from: "from Malaysia",
/// "after a refuelling stop in Doha", "left the US". Only the eight words
/// before it in its clause are read, however long the sentence.
fn earlier_stop(text: &str, sentence_start: usize, at: usize) -> bool {
    words::last_words(&text[sentence_start..at], &[',', ';'], 8)
        .iter()
        .any(|w| w.eq_ignore_ascii_case("from") || w.eq_ignore_ascii_case("after"))
}

fn left_from(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end();
    before.ends_with("left the") || before.ends_with("left") || before.ends_with("leaving")
}

/// An article's sentences with their words: `spans[i]` is the range of
/// `words` (and of `lower`, the same in lower case) in sentence `ranges[i]`.
pub struct Sentences<'a> {
    pub ranges: &'a [Range<usize>],
    pub words: &'a [words::Word],
    pub lower: &'a [&'a str],
    pub spans: &'a [Range<usize>],
}

pub fn find_stops(
    text: &str,
    sentences: &Sentences<'_>,
    places: &[Mention],
    dates: &[FoundDate],
    people: &[FoundPerson],
    published: NaiveDate,
) -> Vec<FoundStop> {
    let mut stops: Vec<FoundStop> = Vec::new();
    // mentions that a travel sentence sends the traveller to or from
    let mut travelled = Travelled::default();
    let listed = |stops: &[FoundStop], country: &Place| {
        work::read(stops.len());
        stops.iter().position(|s| std::ptr::eq(s.country, country))
    };
    for (sentence, span) in sentences.ranges.iter().zip(sentences.spans) {
        let words = &sentences.words[span.clone()];
        let lower = &sentences.lower[span.clone()];
        let matches = |i: usize, phrase: &[&str]| {
            lower.len() >= i + phrase.len()
                && phrase
                    .iter()
                    .zip(&lower[i..])
                    .all(|(p, w)| *p == "*" || p == w)
        };
        // where each travel phrase ends, in order
        let triggers: Vec<usize> = (0..lower.len())
            .filter_map(|i| {
                // most words start no phrase: one look-up in the sorted first words
                if !TRAVEL_FIRST.starts(lower[i]) {
                    return None;
                }
                let phrase = TRAVEL.iter().find(|p| matches(i, p))?;
                Some(words[i + phrase.len() - 1].end)
            })
            .collect();
        if triggers.is_empty() {
            continue;
        }
        let far_off = in_range(dates, sentence, |d| d.span.start)
            .iter()
            .any(|d| (d.date - published).num_days() > TRIP_DAYS);
        if far_off {
            continue;
        }
        let (mut earlier, mut next) = (Vec::new(), Vec::new());
        // the end of the last place sent to, which a list goes on from
        let mut last_sent: Option<usize> = None;
        for m in in_range(places, sentence, |m| m.start) {
            let Some(country) = country_of(m.place) else {
                continue;
            };
            // the places listed right after a travel phrase ("stops in
            // Malaysia, Japan and South Korea"), not any place later in its
            // sentence ("fly to Busan, where he will … attend a US-APEC dinner")
            let trigger = triggers[..triggers.partition_point(|&t| t <= m.start)].last();
            let sent = match (trigger, last_sent) {
                (Some(&t), Some(l)) if l > t => few_words(&text[l..m.start], 3),
                (Some(&t), _) => few_words(&text[t..m.start], 6),
                (None, _) => false,
            };
            if earlier_stop(text, sentence.start, m.start) {
                earlier.push(country);
            } else if sent && !left_from(text, m.start) {
                next.push(country);
                last_sent = Some(m.end);
            } else {
                continue;
            }
            travelled.push(m.start, sentence.end);
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
    let mentions = stop_mentions(&mut stops, places, &travelled);
    let people_mentions = person_mentions(people);
    for (stop, mentions) in stops.iter_mut().zip(mentions) {
        // only where the text sends the traveller there: "talks with Malaysia on Saturday" is no arrival
        let sent: Vec<(&Mention, usize)> = mentions
            .into_iter()
            .filter_map(|m| travelled.get(m.start).map(|end| (m, end)))
            .collect();
        stop.date = sent
            .iter()
            .find_map(|(m, _)| date_beside(text, m, dates))
            .or_else(|| sent.iter().find_map(|(m, _)| date_near(text, m, dates)))
            .cloned();
        let visits: Vec<(usize, usize)> = sent
            .iter()
            .take(MAX_VISITS)
            .map(|(m, end)| (m.start, *end))
            .collect();
        let own = [stop.country, stop.place];
        stop.meets = meets(text, &visits, own, places, people, &people_mentions);
    }
    in_date_order(&mut stops);
    stops
}

/// The stops with a date, in the order of their dates, each in the place of
/// one of them; stops without a date stay where they are ("will travel to
/// Busan on Wednesday" told before "arriving in Malaysia on Sunday").
fn in_date_order(stops: &mut [FoundStop]) {
    let dated: Vec<usize> = (0..stops.len())
        .filter(|&i| stops[i].date.is_some())
        .collect();
    let mut order = dated.clone();
    order.sort_by_key(|&i| stops[i].date.as_ref().map(|d| d.date));
    let moved: Vec<FoundStop> = order.iter().map(|&i| stops[i].clone()).collect();
    for (&at, stop) in dated.iter().zip(moved) {
        stops[at] = stop;
    }
}

/// The date nearest a mention in its sentence, a few words off across a
/// comma ("for Malaysia, arriving there on Sunday", "On Monday, October 27,
/// he will travel to Tokyo").
fn date_near<'d>(text: &str, mention: &Mention, dates: &'d [FoundDate]) -> Option<&'d FoundDate> {
    const NEAR: usize = 80;
    let i = dates.partition_point(|d| d.span.start < mention.start);
    let before = i
        .checked_sub(1)
        .map(|i| &dates[i])
        .filter(|d| d.span.end <= mention.start && mention.start - d.span.end <= NEAR)
        .filter(|d| same_sentence(&text[d.span.end..mention.start]));
    let after = dates
        .get(i)
        .filter(|d| d.span.start >= mention.end && d.span.start - mention.end <= NEAR)
        .filter(|d| same_sentence(&text[mention.end..d.span.start]));
    match (before, after) {
        (Some(b), Some(a)) if mention.start - b.span.end < a.span.start - mention.end => Some(b),
        (b, a) => a.or(b),
    }
}

/// Whether a gap of a few words ends no sentence.
fn same_sentence(gap: &str) -> bool {
    work::read(gap.len());
    !gap.contains(['\n', ';']) && !gap.contains(". ")
}

/// Pins each stop on a city of its country, one the traveller is sent to
/// ("traveling to Busan") or else the first the text names; returns each
/// stop's mentions (of the country or that city), in one pass over `places`.
fn stop_mentions<'m>(
    stops: &mut [FoundStop],
    places: &'m [Mention],
    travelled: &Travelled,
) -> Vec<Vec<&'m Mention>> {
    // keyed by the gazetteer's country names, which no text can add to
    let index: FixedMap<&str, usize> = stops
        .iter()
        .enumerate()
        .map(|(i, s)| (s.country.name, i))
        .collect();
    let stop_of = |country: &str| index.get(country).copied();
    let mut cities: Vec<(Option<&Place>, Option<&Place>)> = vec![(None, None); stops.len()];
    work::read(2 * places.len());
    for m in places.iter().filter(|m| m.place.kind == PlaceKind::City) {
        if let Some(i) = stop_of(m.place.country) {
            let (sent, first) = &mut cities[i];
            first.get_or_insert(m.place);
            if travelled.get(m.start).is_some() {
                sent.get_or_insert(m.place);
            }
        }
    }
    for (stop, (sent, first)) in stops.iter_mut().zip(cities) {
        if let Some(city) = sent.or(first) {
            stop.place = city;
        }
    }
    let mut out = vec![Vec::new(); stops.len()];
    for m in places {
        if let Some(i) = stop_of(m.place.country)
            && (std::ptr::eq(m.place, stops[i].country) || std::ptr::eq(m.place, stops[i].place))
        {
            out[i].push(m);
        }
    }
    out
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
    after
        .filter(|d| close(&text[mention.end..d.span.start]))
        .or_else(|| before.filter(|d| close(&text[d.span.end..mention.start])))
}

/// Whether a gap holds at most three words and no punctuation; it is read
/// only up to its fourth word, however long.
fn close(gap: &str) -> bool {
    let mut words = 0;
    let mut in_word = false;
    for c in gap.chars() {
        work::read(1);
        if matches!(c, ',' | '.' | ';' | '\n') {
            return false;
        }
        let starts = !c.is_whitespace() && !in_word;
        in_word = !c.is_whitespace();
        words += usize::from(starts);
        if words > 3 {
            return false;
        }
    }
    true
}

/// Whether a gap holds at most `n` words and ends no sentence; it is read
/// only up to its word `n + 1`, however long.
fn few_words(gap: &str, n: usize) -> bool {
    let mut words = 0;
    let mut in_word = false;
    for c in gap.chars() {
        work::read(1);
        if matches!(c, '.' | ';' | '\n') {
            return false;
        }
        let starts = c.is_alphanumeric() && !in_word;
        in_word = c.is_alphanumeric() || (in_word && matches!(c, '-' | '’' | '\''));
        words += usize::from(starts);
        if words > n {
            return false;
        }
    }
    true
}

/// Every mention of a person with their name, in text order.
fn person_mentions(people: &[FoundPerson]) -> Vec<(Range<usize>, usize)> {
    let mut out: Vec<(Range<usize>, usize)> = people
        .iter()
        .enumerate()
        .flat_map(|(p, person)| person.mentions.iter().map(move |m| (m.clone(), p)))
        .collect();
    out.sort_by_key(|(m, p)| (m.start, *p));
    out
}

/// People met at a stop: named within three words after "meet", "meets" or
/// "meeting", later in a sentence that sends the traveller there than the
/// stop's mention, and before any other place ("stops in Japan and South
/// Korea, where he will meet XI"). `visits` are those mentions and their
/// sentences' ends; `mentions` are [`person_mentions`]. Each visit reads only
/// up to the next other place.
fn meets(
    text: &str,
    visits: &[(usize, usize)],
    own: [&Place; 2],
    places: &[Mention],
    people: &[FoundPerson],
    mentions: &[(Range<usize>, usize)],
) -> Vec<String> {
    let mut out = Vec::new();
    for &(stop_at, sentence_end) in visits {
        let after = places.partition_point(|p| p.start <= stop_at);
        let other = places[after..]
            .iter()
            .take_while(|p| p.start < sentence_end)
            .inspect(|_| work::read(1))
            .find(|p| !own.iter().any(|o| std::ptr::eq(*o, p.place)))
            .map_or(sentence_end, |p| p.start);
        // a mention may start where the other place does, not after it
        let end = other.saturating_add(1).min(sentence_end);
        let mut met: Vec<usize> = in_range(mentions, &(stop_at + 1..end), |(m, _)| m.start)
            .iter()
            .inspect(|_| work::read(1))
            .filter(|(m, _)| m.end <= sentence_end)
            .filter(|(m, _)| {
                text[stop_at..m.start]
                    .split_whitespace()
                    .rev()
                    .take(3)
                    .any(|w| matches!(w, "meet" | "meets" | "meeting"))
            })
            .map(|&(_, p)| p)
            .collect();
        // in the order of the people, as they are listed
        met.sort_unstable();
        met.dedup();
        for p in met {
            if !out.contains(&people[p].name) {
                out.push(people[p].name.clone());
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    fn stops(text: &str) -> Vec<&'static str> {
        let published = NaiveDate::from_ymd_opt(2025, 10, 24).expect("a date");
        crate::ingest::extract(text, published)
            .stops
            .iter()
            .map(|s| s.country.name)
            .collect()
    }

    #[test]
    fn the_places_listed_after_a_travel_phrase_are_stops_no_other() {
        assert_eq!(
            stops(
                "Trump will fly to Busan on Wednesday, where he will meet President Lee before a US-APEC dinner."
            ),
            ["South Korea"]
        );
        assert_eq!(
            stops("The tour also includes stops in Malaysia, Japan and South Korea."),
            ["Malaysia", "Japan", "South Korea"]
        );
        assert_eq!(
            stops(
                "From Kuala Lumpur, Trump travelled to Japan, where he met Sanae Takaichi, and then to South Korea for the meeting with Xi."
            ),
            ["Malaysia", "Japan", "South Korea"]
        );
        // stops with dates go in the order of their dates
        assert_eq!(
            stops(
                "He will travel to Busan on Wednesday, October 29. He departs for Malaysia, arriving there on Sunday, October 26. On Monday, October 27, he will travel to Tokyo."
            ),
            ["Malaysia", "Japan", "South Korea"]
        );
        // a visit to a place named later in the sentence, not after the phrase
        assert_eq!(
            stops(
                "Trump will visit the summit venue next week, officials in China and the United States said."
            ),
            Vec::<&str>::new()
        );
    }
}
