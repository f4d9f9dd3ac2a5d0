//! Third countries: a figure that is about another country's tariffs ("South
//! Korea and the United States agreed to cut mutual tariffs to 15 percent",
//! "a 15% tariff on Japanese imports") is no figure of the US–China story,
//! whose parties are the only ones the model holds.

use crate::ingest::gazetteer::Mention;
use crate::model::places::PlaceKind;

/// Where `text` names a country other than the two as a party: a country of
/// the gazetteer, not as the place where something happens ("talks in
/// South Korea", "flew to Japan"). Byte offsets, in text order.
pub fn third_parties(text: &str, places: &[Mention]) -> Vec<usize> {
    places
        .iter()
        .filter(|m| {
            m.place.kind == PlaceKind::Country
                && !matches!(m.place.country, "United States" | "China")
                && !located(&text[..m.start])
        })
        .map(|m| m.start)
        .collect()
}

/// Whether the words before a place make it a location: the last word of
/// `before` is a preposition of place or a verb of going.
fn located(before: &str) -> bool {
    // only the last word is read: back to the space before it, at most a
    // word's worth of bytes
    let trimmed = before.trim_end_matches([' ', '\n', '\u{a0}']);
    let last = trimmed
        .rsplit([' ', '\n'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    crate::model::work::read(last.len() + 1);
    matches!(
        last.as_str(),
        "in" | "at"
            | "to"
            | "from"
            | "near"
            | "across"
            | "via"
            | "through"
            | "into"
            | "visit"
            | "visits"
            | "visited"
            | "visiting"
    )
}

/// Whether a capitalised word is a demonym other than the two sides', by
/// its ending: "Japanese", "Korean", "Canadian", "British", "Dutch", "Thai".
/// The caller has read "American" and "Chinese" as the two sides.
pub fn is_demonym(word: &str) -> bool {
    word.len() >= 4
        && word.as_bytes()[0].is_ascii_uppercase()
        && (word.ends_with("ese")
            || word.ends_with("an")
            || word.ends_with("ish")
            || word.ends_with("ch")
            || word.ends_with('i'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::gazetteer::find_places;

    #[test]
    fn a_country_is_a_party_unless_it_is_where_things_happen() {
        let text = "After talks in Japan, Vietnam and Mexico agreed; Trump flew to India.";
        let at = |name: &str| text.find(name).unwrap();
        assert_eq!(
            third_parties(text, &find_places(text)),
            [at("Vietnam"), at("Mexico")]
        );
    }

    #[test]
    fn demonyms_are_read_by_their_endings() {
        for w in ["Japanese", "Korean", "British", "Dutch", "Thai"] {
            assert!(is_demonym(w), "{w}");
        }
        for w in ["The", "Tariffs", "imports", "Most"] {
            assert!(!is_demonym(w), "{w}");
        }
    }
}
