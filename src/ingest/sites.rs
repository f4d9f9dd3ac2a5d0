//! The places an article names, each once, and where its events happen.

use super::{Extraction, MAX_ITEMS, work};
use crate::model::scan::char_ceil;
use crate::model::{Evidence, Site};

/// Every place the extraction found, once each, in the order of their first
/// mention, with that mention's sentence as evidence.
pub(super) fn sites(x: &Extraction, evidence: impl Fn(usize) -> Evidence) -> Vec<Site> {
    let mut out: Vec<Site> = Vec::new();
    // fixed keys (the gazetteer's names): the quick hash will do
    let mut seen: std::collections::HashSet<
        &str,
        std::hash::BuildHasherDefault<crate::model::fnv::Fnv>,
    > = std::collections::HashSet::default();
    for m in &x.places {
        if out.len() == MAX_ITEMS {
            break;
        }
        if !seen.insert(m.place.name) {
            continue;
        }
        out.push(Site {
            name: m.place.name.to_owned(),
            country: m.place.country.to_owned(),
            lat: m.place.lat,
            lon: m.place.lon,
            evidence: evidence(m.start),
        });
    }
    out
}

/// Where the event dated at byte `at` happens: a place its sentence puts
/// it "in" or "at", next to the date ("met in Busan on Thursday", "In Busan
/// on October 30"): at most three words apart and in the same clause, other
/// place names aside ("in Busan, South Korea, on Thursday"). A place named
/// otherwise (a party to a deal, "China's tariffs") or further off (another
/// event of the sentence) is not where it happened.
pub(super) fn event_place(text: &str, x: &Extraction, at: usize) -> Option<&'static str> {
    let sentence = x.sentence_at(at)?;
    let date_end = x
        .dates
        .iter()
        .find(|d| d.span.contains(&at))
        .map_or(at, |d| d.span.end);
    // a place next to the date is near it, however long the sentence
    let from = char_ceil(text, sentence.start.max(at.saturating_sub(NEAR)));
    let to = sentence.end.min(date_end.saturating_add(NEAR));
    let first = x.places.partition_point(|m| m.start < from);
    let last = x.places.partition_point(|m| m.start < to);
    let mentions = &x.places[first..last];
    work::read(mentions.len());
    mentions
        .iter()
        .inspect(|_| work::read(1))
        .filter(|m| located(&text[from..m.start]))
        .filter(|m| {
            let between = if m.end <= at {
                m.end..at
            } else {
                date_end..m.start
            };
            next_to(text, between, mentions)
        })
        .min_by_key(|m| m.start.abs_diff(at))
        .map(|m| m.place.name)
}

/// How far from a date, in bytes, a place next to it can be: three words
/// and a few place names.
const NEAR: usize = 120;

/// Whether `between` holds at most three words and no clause mark, once the
/// place names in it are set aside.
fn next_to(
    text: &str,
    between: std::ops::Range<usize>,
    places: &[super::gazetteer::Mention],
) -> bool {
    work::read(places.len());
    let mut rest = String::new();
    let mut from = between.start;
    for m in places
        .iter()
        .filter(|m| between.start <= m.start && m.end <= between.end)
    {
        rest.push_str(&text[from..m.start]);
        from = m.end;
    }
    rest.push_str(&text[from..between.end]);
    let words = rest
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .count();
    let marks = rest
        .chars()
        .filter(|&c| matches!(c, ';' | ':' | '—' | '–' | '(' | ')'))
        .count();
    // commas only around a place set aside ("in Busan, South Korea, on")
    let commas_only_around_places =
        !rest.contains(',') || rest.trim_matches([',', ' ']).split_whitespace().count() <= 1;
    words <= 3 && marks == 0 && commas_only_around_places
}

/// Whether the text before a place ends with "in" or "at" and a space.
fn located(before: &str) -> bool {
    let word = before
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default();
    before.ends_with(char::is_whitespace) && matches!(word, "in" | "In" | "at" | "At")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::extract;

    fn place_of(text: &str, date_words: &str) -> Option<&'static str> {
        let published = chrono::NaiveDate::from_ymd_opt(2025, 10, 25).unwrap();
        let x = extract(text, published);
        event_place(text, &x, text.find(date_words).unwrap())
    }

    #[test]
    fn an_event_happens_where_its_sentence_puts_it() {
        let text = "Trump and Xi met in Busan on Thursday. China and the US agreed a deal on Oct. 30. \
                    Talks in Kuala Lumpur ended on Sunday, after a stop in Doha on Saturday.";
        assert_eq!(place_of(text, "on Thursday"), Some("Busan"));
        assert_eq!(place_of(text, "on Oct. 30"), None, "parties are not places");
        assert_eq!(place_of(text, "on Saturday"), Some("Doha"), "the nearest");
        assert_eq!(place_of(text, "on Sunday"), Some("Kuala Lumpur"));
    }

    #[test]
    fn the_look_around_a_date_cuts_the_text_between_characters() {
        // NEAR bytes before the date fall inside a “ for some gap before it
        for gap in 0..16 {
            let text = format!(
                "Trump called the talks {}{}in Busan last month.",
                "“very good” ".repeat(12),
                " ".repeat(gap)
            );
            assert_eq!(place_of(&text, "last month"), Some("Busan"), "gap {gap}");
        }
    }

    #[test]
    fn every_place_named_is_listed_once_with_its_first_sentence() {
        let text =
            "Trump flew to Japan. Japan's prime minister met him in Tokyo. Then Japan again.";
        let published = chrono::NaiveDate::from_ymd_opt(2025, 10, 25).unwrap();
        let x = extract(text, published);
        let listed = sites(&x, |at| Evidence {
            article: x.sentence_at(at).map(|s| text[s].to_owned()),
            source: None,
        });
        let names: Vec<&str> = listed.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["Japan", "Tokyo"]);
        assert_eq!(
            listed[0].evidence.article.as_deref(),
            Some("Trump flew to Japan.")
        );
        assert_eq!(listed[1].country, "Japan");
    }
}
