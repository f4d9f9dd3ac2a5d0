//! Institutions that speak for themselves: "the White House said", "said
//! China’s Ministry of Commerce", and "the ministry said" after one was named.

use std::ops::Range;

use crate::ingest::words::INSTITUTIONS;

/// The common nouns that stand for an institution named before: "the
/// ministry said" after "China’s Ministry of Commerce stated".
const STAND_INS: &[&str] = &[
    "ministry",
    "department",
    "office",
    "embassy",
    "commission",
    "council",
];

fn capital(text: &str, r: &Range<usize>) -> bool {
    text[r.clone()].starts_with(char::is_uppercase)
}

fn link(word: &str) -> bool {
    matches!(word, "of" | "for" | "and")
}

/// The head an institution's name has, if `word` is one.
fn head<'w>(text: &'w str, word: &Range<usize>) -> &'w str {
    text[word.clone()].trim_end_matches(['’', '\''])
}

/// The name `run` spells when it holds the head of an institution's name,
/// without linking words at either end.
fn name_in(text: &str, run: &[&(String, Range<usize>)], heads: &[&str]) -> Option<String> {
    let start = run.iter().position(|(w, _)| !link(w))?;
    let end = run.iter().rposition(|(w, _)| !link(w))?;
    let run = &run[start..=end];
    let named = run.iter().any(|(_, r)| heads.contains(&head(text, r)));
    // a sentence's first word ("The Ministry of Commerce") is no part of the name
    let first = usize::from(run.len() > 1 && run[0].0 == "the");
    named.then(|| text[run[first].1.start..run[run.len() - 1].1.end].to_owned())
}

/// An institution named right before a verb of saying (`before`, its words
/// up to the verb) or right after it: a run of capitalised words (and "of",
/// "the") holding the head of an institution's name, "China’s Ministry of
/// Commerce".
pub fn institution(text: &str, words: &[(String, Range<usize>)], before: bool) -> Option<String> {
    let run: Vec<&(String, Range<usize>)> = if before {
        let mut run: Vec<_> = words
            .iter()
            .rev()
            .take_while(|(w, r)| capital(text, r) || link(w))
            .take(6)
            .collect();
        run.reverse();
        run
    } else {
        words[skip_the(words).min(words.len())..]
            .iter()
            .take_while(|(w, r)| capital(text, r) || link(w))
            .take(6)
            .collect()
    };
    name_in(text, &run, INSTITUTIONS).or_else(|| {
        // "China’s commerce ministry said", "said the Chinese foreign ministry"
        let i = if before {
            words.len().checked_sub(1)?
        } else {
            (0..words.len().min(4)).find(|&i| stands_in(&words[i].0))?
        };
        let (name, start) = lower_case_name(text, words, i)?;
        (before || start <= skip_the(words)).then_some(name)
    })
}

/// How many words a leading "the" takes: 1 or 0.
fn skip_the(words: &[(String, Range<usize>)]) -> usize {
    usize::from(words.first().is_some_and(|(w, _)| w == "the"))
}

/// An institution named in lower case after its country, ending at word
/// `i` ("ministry"): "China’s commerce ministry", "the Chinese foreign
/// ministry", with the index of its first word. Without a country ("the
/// commerce ministry") which one it is would be a guess.
fn lower_case_name(
    text: &str,
    words: &[(String, Range<usize>)],
    i: usize,
) -> Option<(String, usize)> {
    const SMALL: &[&str] = &[
        "the", "a", "an", "its", "their", "his", "her", "of", "and", "in", "on", "at", "to", "for",
        "by", "with",
    ];
    let (head, end) = &words[i];
    if !stands_in(head) || capital(text, end) {
        return None;
    }
    // a country and at most two words between it and the head
    (i.saturating_sub(3)..i).rev().find_map(|j| {
        let spaced = (j..i).all(|k| text.get(words[k].1.end..words[k + 1].1.start) == Some(" "));
        let plain = (j + 1..i)
            .all(|k| !capital(text, &words[k].1) && !SMALL.contains(&words[k].0.as_str()));
        (spaced && plain && capital(text, &words[j].1))
            .then(|| (text[words[j].1.start..end.end].to_owned(), j))
    })
}

/// Whether "the `word`" can stand for an institution named before.
pub fn stands_in(word: &str) -> bool {
    STAND_INS.contains(&word)
}

/// The one institution whose head is `noun` ("ministry") named in `words`,
/// which "the ministry" then stands for; none when two are named, as which
/// one would be a guess.
pub fn named_before(text: &str, words: &[(String, Range<usize>)], noun: &str) -> Option<String> {
    let heads: Vec<&str> = INSTITUTIONS
        .iter()
        .copied()
        .filter(|h| h.eq_ignore_ascii_case(noun))
        .collect();
    let mut names: Vec<(usize, String)> = Vec::new();
    // runs of capitalised words (and links) with only a space between
    let in_name = |(w, r): &(String, Range<usize>)| capital(text, r) || link(w);
    for run in
        words.chunk_by(|a, b| in_name(a) == in_name(b) && text.get(a.1.end..b.1.start) == Some(" "))
    {
        if !run.first().is_some_and(in_name) {
            continue;
        }
        // "Japan’s Foreign Ministry and China’s Ministry of Commerce" are two
        for run in run.split(|(w, _)| w == "and") {
            let run: Vec<&(String, Range<usize>)> = run.iter().take(6).collect();
            if let Some(name) = name_in(text, &run, &heads) {
                names.push((run[0].1.start, name));
            }
        }
    }
    // and in lower case: "China’s commerce ministry"
    for i in (0..words.len()).filter(|&i| words[i].0 == noun) {
        if let Some((name, j)) = lower_case_name(text, words, i) {
            names.push((words[j].1.start, name));
        }
    }
    names.sort();
    let mut found: Option<String> = None;
    for (_, name) in names {
        // the same one named again, maybe shorter ("the Ministry of Commerce")
        found = match found {
            Some(other) if other.ends_with(&name) => Some(other),
            Some(other) if !name.ends_with(&other) => return None,
            _ => Some(name),
        };
    }
    found
}
