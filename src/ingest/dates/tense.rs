//! The tense of the clause a date word stands in. A reader takes a bare
//! "Thursday" or "April" as the last one when its clause tells what
//! happened, and as the next one when it tells what will: the verb nearest
//! the date word says which.

use crate::ingest::words::Word;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
}

/// How far the look for a date's verb reaches, in words, and whether a
/// comma ends it. A weekday's verb may stand far before it ("signed off by
/// President Donald Trump and China's leader Xi Jinping in South Korea on
/// Thursday"); a month belongs to its own verb, not to the clause's others
/// ("had been extended in August, and will end in November").
#[derive(Debug, Clone, Copy)]
pub struct Reach {
    pub back: usize,
    pub ahead: usize,
    pub commas: bool,
}

// The word lists below are `matches!` patterns, which compile to a test of
// the length and then of the bytes.

/// Words that put a clause in the future.
fn is_future(w: &str) -> bool {
    matches!(
        w,
        "will"
            | "would"
            | "’ll"
            | "'ll"
            | "next"
            | "due"
            | "scheduled"
            | "plans"
            | "planned"
            | "expected"
            | "upcoming"
            | "headed"
            | "heads"
            | "is"
            | "are"
    )
}

/// Irregular past forms; regular ones end in "ed".
fn is_past(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "told"
            | "held"
            | "left"
            | "met"
            | "was"
            | "were"
            | "had"
            | "did"
            | "spoke"
            | "made"
            | "took"
            | "gave"
            | "came"
            | "went"
            | "began"
            | "sent"
            | "led"
            | "brought"
            | "last"
            | "ago"
            | "saw"
            | "won"
            | "hit"
            | "put"
            | "set"
            | "struck"
            | "wrote"
            | "flew"
            | "fell"
            | "rose"
            | "grew"
            | "became"
            | "paid"
            | "bought"
            | "sold"
            | "lost"
            | "found"
            | "kept"
            | "broke"
            | "chose"
            | "stood"
    )
}

/// Words ending in "ed" that are not past forms.
fn is_not_past(w: &str) -> bool {
    matches!(
        w,
        "hundred"
            | "indeed"
            | "proceed"
            | "exceed"
            | "succeed"
            | "speed"
            | "breed"
            | "bleed"
            | "greed"
    )
}

/// Verbs whose infinitive tells what is to come: "agreed to visit",
/// "pledged to buy", "is set to meet".
fn is_intention(w: &str) -> bool {
    matches!(
        w,
        "agreed"
            | "agree"
            | "agrees"
            | "promised"
            | "promise"
            | "pledged"
            | "pledge"
            | "vowed"
            | "vow"
            | "plans"
            | "plan"
            | "planned"
            | "intends"
            | "intend"
            | "aims"
            | "aim"
            | "hopes"
            | "hope"
            | "wants"
            | "want"
            | "expected"
            | "expect"
            | "planning"
            | "hoping"
            | "expecting"
            | "preparing"
            | "aiming"
            | "intending"
            | "set"
            | "due"
            | "scheduled"
            | "invited"
            | "poised"
            | "slated"
            | "likely"
            | "going"
    )
}

/// The tense a word tells by itself, if any: "will", "would", "plans" the
/// future; "said", "agreed" (a past form) the past.
fn word_tense(w: &str) -> Option<Tense> {
    if is_future(w) {
        Some(Tense::Future)
    } else if is_past(w) || (w.len() > 4 && w.ends_with("ed") && !is_not_past(w)) {
        Some(Tense::Past)
    } else {
        None
    }
}

/// The tense word `j` tells within its verb group: "to" after a verb of
/// intention ("agreed to visit") and a past form after "will be" or "would
/// have been" ("will be held") tell the future; an infinitive ("to put")
/// tells nothing of itself.
fn tense_at(lower: &[&str], j: usize) -> Option<Tense> {
    let before = |k: usize| j.checked_sub(k).map(|k| lower[k]);
    if lower[j] == "to" {
        // "agreed to visit", "invited me to visit", "were to materialize"
        let object =
            before(1).is_some_and(|w| matches!(w, "me" | "him" | "her" | "them" | "us" | "you"));
        let intended = before(1).is_some_and(is_intention)
            || (object && before(2).is_some_and(is_intention))
            || matches!(before(1), Some("was" | "were"));
        return intended.then_some(Tense::Future);
    }
    // "between now and January"
    if lower[j] == "now" && before(1) == Some("between") {
        return Some(Tense::Future);
    }
    if before(1) == Some("to") {
        return None;
    }
    let said = word_tense(lower[j])?;
    let auxiliary = matches!(before(1), Some("be" | "been"));
    let will = (2..=3).any(|k| before(k).and_then(word_tense) == Some(Tense::Future));
    Some(if auxiliary && will {
        Tense::Future
    } else {
        said
    })
}

/// The tense of the verb nearest before word `i` in its clause, else after
/// it, within `reach`.
pub fn nearest_tense(
    text: &str,
    words: &[Word],
    lower: &[&str],
    i: usize,
    reach: Reach,
) -> Option<Tense> {
    let joined = |a: usize| {
        !text.as_bytes()[words[a].end..words[a + 1].start]
            .iter()
            .any(|&b| {
                matches!(b, b'.' | b'!' | b'?' | b'\n') || (reach.commas && b",;".contains(&b))
            })
    };
    let mut j = i;
    while j > 0 && i - j < reach.back && joined(j - 1) {
        j -= 1;
        crate::model::work::read(1);
        if let Some(t) = tense_at(lower, j) {
            return Some(t);
        }
    }
    let mut k = i;
    while k + 1 < words.len() && k - i < reach.ahead && joined(k) {
        k += 1;
        crate::model::work::read(1);
        if let Some(t) = tense_at(lower, k) {
            return Some(t);
        }
    }
    None
}
