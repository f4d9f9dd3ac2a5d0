//! An event's label: a short phrase from the clause its date is in, read
//! as a headline ("Bessent and He Lifeng wrapped up the talks"), never the
//! words that happen to come before the date ("Jinping in South Korea on").
//!
//! The clause is cut at the sentence's punctuation; the dates and their
//! prepositions, attributions ("Trump said") and leading connectives go;
//! a person's titles and full name become their short name; a clause that
//! starts with a verb or "who" borrows its subject from the sentence.

use std::ops::Range;

use super::Extraction;
use super::dates::FoundDate;
use super::work;
use crate::model::scan::{char_ceil, char_floor};

/// The most words a label keeps, and with a borrowed subject.
const MAX_WORDS: usize = 9;
const MAX_WITH_SUBJECT: usize = 11;

/// How far from its date a label's words are looked for, in bytes each
/// way: a label is a few words, and however long the sentence, the work
/// for each date stays the same.
const REACH: usize = 240;

/// Marks that end a clause.
const CLAUSE_MARKS: &[char] = &[',', ';', ':', '—', '–', '(', ')', '“', '”', '"', '[', ']'];

/// Words that join a clause to the one before and say nothing alone.
const CONNECTIVES: &[&str] = &[
    "and", "but", "when", "after", "before", "while", "as", "then", "also", "so", "because",
    "with", "where", "since", "until", "although", "though", "whereas",
];
/// Words that stand for a noun of the clause before.
const RELATIVES: &[&str] = &["who", "which", "that"];
/// Words a label does not end on.
const DANGLING: &[&str] = &[
    "the", "a", "an", "to", "of", "in", "on", "at", "for", "with", "and", "or", "from", "by", "as",
    "its", "their", "his", "her", "after", "before", "than", "that", "which", "who", "is", "are",
    "was", "were", "be", "will", "would", "into", "over", "under", "about", "between",
];
/// Prepositions that go with the date they stand before.
const DATE_PREPOSITIONS: &[&str] = &["on", "in", "from", "since", "by", "until", "at", "of", "as"];
/// Parts of the day after a date ("on Sunday morning"), which go with it.
const PARTS_OF_DAY: &[&str] = &["morning", "afternoon", "evening", "night"];
/// Verbs of saying: the attribution around a reported event, not the event.
const SAYING: &[&str] = &["said", "says", "told", "added", "noted", "stated"];

/// Whether `word` is one of `list`, whatever its case (the lists are ASCII).
fn one_of(list: &[&str], word: &str) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

#[derive(Debug, Clone)]
struct Tok {
    range: Range<usize>,
    word: bool,
}

/// The words and marks of `text[range]`: a word is letters and digits with
/// the dots, hyphens and apostrophes inside it ("U.S.", "Vice-Premier",
/// "Beijing’s"); anything else but white space is a mark of its own.
fn tokens(text: &str, range: Range<usize>) -> Vec<Tok> {
    let mut out = Vec::new();
    let s = &text[range.clone()];
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        if !c.is_alphanumeric() {
            out.push(Tok {
                range: range.start + i..range.start + i + c.len_utf8(),
                word: false,
            });
            continue;
        }
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = chars.peek() {
            let inner = matches!(d, '.' | '-' | '’' | '\'' | '‐');
            // "100%" is one word
            if d == '%' && s[i..j].ends_with(|c: char| c.is_ascii_digit()) {
                end = j + 1;
                chars.next();
                continue;
            }
            let next_is_word = s[j + d.len_utf8()..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric);
            // "U.S." keeps its last dot: a dot after a single capital
            let initial = d == '.' && s[i..j].chars().rev().nth(1).is_none_or(|p| p == '.');
            if d.is_alphanumeric() || (inner && next_is_word) || (d == '.' && initial && j > i) {
                end = j + d.len_utf8();
                chars.next();
            } else {
                break;
            }
        }
        out.push(Tok {
            range: range.start + i..range.start + end,
            word: true,
        });
    }
    out
}

/// The dates, the people's mentions and the places within reach of a date, found once.
struct Near<'x> {
    dates: Vec<Range<usize>>,
    /// Each mention with the person's fullest name.
    mentions: Vec<(Range<usize>, &'x str)>,
    /// Each place named, in text order.
    places: Vec<(Range<usize>, &'static str)>,
}

impl<'x> Near<'x> {
    fn new(x: &'x Extraction, window: Range<usize>) -> Near<'x> {
        let inside = |r: &Range<usize>| window.start <= r.start && r.end <= window.end;
        let dates = x
            .dates
            .iter()
            .map(|d| d.span.clone())
            .filter(inside)
            .collect();
        let mut mentions = Vec::new();
        for p in &x.people {
            // mentions are in text order: those in reach, found by halving
            let first = p.mentions.partition_point(|m| m.start < window.start);
            let last = p.mentions.partition_point(|m| m.start < window.end);
            work::read(last - first);
            mentions.extend(
                p.mentions[first..last]
                    .iter()
                    .filter(|m| inside(m))
                    .map(|m| (m.clone(), p.name.as_str())),
            );
        }
        let first = x.places.partition_point(|m| m.start < window.start);
        let last = x.places.partition_point(|m| m.start < window.end);
        work::read(last - first);
        let places = x.places[first..last.max(first)]
            .iter()
            .map(|m| (m.start..m.end, m.place.name))
            .filter(|(r, _)| inside(r))
            .collect();
        Near {
            dates,
            mentions,
            places,
        }
    }
}

/// A person's short name: the surname of a Western name, the whole of a
/// Chinese or Korean one ("He Lifeng", "Lee Jae Myung"), whose family name
/// comes first and is short.
fn short_name(name: &str) -> &str {
    let words: Vec<&str> = name.split_whitespace().collect();
    match words.as_slice() {
        [first, ..] if words.len() >= 2 && first.chars().count() <= 3 => name,
        [.., last] => last,
        [] => name,
    }
}

/// The label of the event dated `d`, from its sentence; `None` when the
/// clause says nothing but the date (a dateline: "SEOUL, Oct. 31 (Yonhap)").
pub(super) fn event_label(
    text: &str,
    x: &Extraction,
    d: &FoundDate,
    place: Option<&str>,
) -> Option<String> {
    let sentence = x.sentence_at(d.span.start)?;
    let from = char_ceil(text, sentence.start.max(d.span.start.saturating_sub(REACH)));
    let to = char_floor(text, sentence.end.min(d.span.end.saturating_add(REACH)));
    work::read(to - from);
    let near = Near::new(x, from..to);
    let toks = tokens(text, from..to);
    // each token's clause
    let mut clause = Vec::with_capacity(toks.len());
    let mut n = 0;
    for t in &toks {
        if !t.word && text[t.range.clone()].starts_with(CLAUSE_MARKS) {
            n += 1;
        }
        clause.push(n);
    }
    let at = toks
        .iter()
        .position(|t| t.range.contains(&d.span.start) || t.range.start >= d.span.start)?;
    // each clause's words, gathered once
    let mut clauses: Vec<Vec<&Tok>> = vec![Vec::new(); n + 1];
    for (t, &k) in toks.iter().zip(&clause) {
        if t.word {
            clauses[k].push(t);
        }
    }
    let mut own = clause[at];
    let mut main_clause = false;
    let mut words = clean(text, &near, &clauses, own);
    // "In Busan on October 30, after a meeting, the two leaders settled …":
    // a clause of a place or a date alone leads to the sentence's main one
    let fragment =
        |w: &[String]| w.len() < 3 || w.first().is_some_and(|f| one_of(DATE_PREPOSITIONS, f));
    if fragment(&words) && own == 0 {
        let last = clause.last().copied().unwrap_or(0);
        let main = (1..=last).find_map(|c| {
            let first = clauses[c].first()?;
            let lead = text[first.range.clone()].to_lowercase();
            let w = clean(text, &near, &clauses, c);
            (!CONNECTIVES.contains(&lead.as_str()) && !fragment(&w)).then_some((c, w))
        });
        if let Some((c, w)) = main {
            own = c;
            words = w;
            main_clause = true;
        }
    }
    // a clause of the date alone ("KUALA LUMPUR, Oct. 22 (Reuters)") tells no event
    if words.is_empty() {
        return None;
    }
    // "he plans to travel": the person last named before the date, if any
    if words
        .first()
        .is_some_and(|w| w.eq_ignore_ascii_case("he") || w.eq_ignore_ascii_case("she"))
        && let Some((_, name)) = near
            .mentions
            .iter()
            .filter(|(m, _)| m.end <= d.span.start)
            .max_by_key(|(m, _)| m.start)
    {
        words[0] = short_name(name).to_owned();
    }
    let lead = words.first().map(|w| w.to_lowercase());
    let relative = lead.as_deref().is_some_and(|w| RELATIVES.contains(&w));
    let mut max = MAX_WORDS;
    if relative {
        // "the two leaders, who are due to meet": the noun the clause is about
        words.remove(0);
        let before = (0..own)
            .rev()
            .map(|c| clean(text, &near, &clauses, c))
            .find(|w| !w.is_empty());
        if let Some(before) = before {
            let from = before
                .iter()
                .rposition(|w| {
                    matches!(
                        w.to_lowercase().as_str(),
                        "the" | "a" | "an" | "its" | "their"
                    )
                })
                .unwrap_or(before.len().saturating_sub(2));
            words.splice(0..0, before[from..].iter().cloned());
            max = MAX_WITH_SUBJECT;
        }
    } else if own > 0
        && from == sentence.start
        && !main_clause
        && words
            .first()
            .is_none_or(|w| w.starts_with(char::is_lowercase))
    {
        // "The truce, …, expires Nov. 10": the sentence's subject
        let subject = clean(text, &near, &clauses, 0);
        if !subject.is_empty() && subject.len() <= 6 && !subject[0].starts_with(char::is_lowercase)
        {
            words.splice(0..0, subject);
            max = MAX_WITH_SUBJECT;
        }
    }
    let cut = words.len() > max;
    let next = words.get(max).cloned();
    words.truncate(max);
    // a cut inside a name ("Kuala | Lumpur") or a figure ("100 | per cent")
    // takes the whole of it off
    if cut
        && next.as_deref().is_some_and(|n| {
            n.starts_with(char::is_uppercase) || matches!(n, "per" | "percent" | "cent")
        })
    {
        let continues = |w: &String| {
            w.starts_with(char::is_uppercase) || w.starts_with(|c: char| c.is_ascii_digit())
        };
        while words.len() > 2 && words.last().is_some_and(continues) {
            words.pop();
        }
    }
    while words.last().is_some_and(|w| one_of(DANGLING, w)) {
        words.pop();
    }
    if words.len() < 2 {
        return None;
    }
    if let Some(place) = place
        && words.len() <= MAX_WORDS - 2
        && !words
            .iter()
            .any(|w| place.contains(w.trim_end_matches(['’', '\''])))
    {
        words.push("in".into());
        words.push(place.into());
    }
    let mut label = words.join(" ");
    if let Some(first) = label.chars().next() {
        label.replace_range(..first.len_utf8(), &first.to_uppercase().to_string());
    }
    Some(label)
}

/// The words of clause `c` of the sentence, as a label says them: without
/// its dates and their prepositions, attributions and leading connectives,
/// each person by their short name without titles.
fn clean(text: &str, near: &Near, clauses: &[Vec<&Tok>], c: usize) -> Vec<String> {
    let Some(in_clause) = clauses.get(c) else {
        return Vec::new();
    };
    let dated = |t: &Tok| {
        near.dates
            .iter()
            .any(|d| d.start < t.range.end && t.range.start < d.end)
    };
    let person = |t: &Tok| {
        near.mentions
            .iter()
            .find(|(m, _)| m.start <= t.range.start && t.range.end <= m.end)
    };
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < in_clause.len() {
        let t = in_clause[i];
        let word = &text[t.range.clone()];
        if dated(t) {
            // and the preposition before it, and the part of the day after
            // it ("on Sunday morning")
            if out.last().is_some_and(|w| one_of(DATE_PREPOSITIONS, w)) {
                out.pop();
            }
            i += 1;
            while in_clause
                .get(i)
                .is_some_and(|t| one_of(PARTS_OF_DAY, &text[t.range.clone()]))
            {
                i += 1;
            }
            // and the year it is in: "in April of next year"
            let word_at = |k: usize| {
                in_clause
                    .get(k)
                    .map(|t| text[t.range.clone()].to_lowercase())
            };
            let of = usize::from(word_at(i).as_deref() == Some("of"));
            if matches!(word_at(i + of).as_deref(), Some("next" | "this" | "last"))
                && word_at(i + of + 1).as_deref() == Some("year")
            {
                i += of + 2;
            }
            continue;
        }
        // "arriving there": the place named last before it
        if word.eq_ignore_ascii_case("there")
            && let Some((_, place)) = near
                .places
                .iter()
                .rev()
                .find(|(r, _)| r.end <= t.range.start)
        {
            if !out.last().is_some_and(|w| one_of(&["to", "in", "at"], w)) {
                out.push("in".into());
            }
            out.push((*place).to_owned());
            i += 1;
            continue;
        }
        if let Some((mention, name)) = person(t) {
            // titles before the name: the capitalised words just before it
            while out
                .last()
                .is_some_and(|w| w.starts_with(char::is_uppercase))
                && !out.is_empty()
            {
                let last = out.last().map(String::as_str).unwrap_or_default();
                if near.mentions.iter().any(|(_, q)| short_name(q) == last) {
                    break;
                }
                out.pop();
            }
            // the short name, unless the sentence says less ("He" for He
            // Lifeng) or otherwise (a mention by another word of the name):
            // a label says only what its sentence says
            let said = &text[mention.clone()];
            let short = short_name(name);
            let fewer = said.split_whitespace().count() < short.split_whitespace().count();
            out.push(if fewer || !said.contains(short) {
                said.to_owned()
            } else {
                short.to_owned()
            });
            while in_clause
                .get(i)
                .is_some_and(|t| t.range.start < mention.end)
            {
                i += 1;
            }
            continue;
        }
        out.push(word.to_owned());
        i += 1;
    }
    // attributions: "Trump said", "said Trump", "said" alone, "the White
    // House has announced that"
    let announced = |s: usize| {
        one_of(&["announced", "confirmed", "reported"], &out[s])
            && out.get(s + 1).is_some_and(|w| w == "that")
    };
    if let Some(s) = (0..out.len()).find(|&s| one_of(SAYING, &out[s]) || announced(s)) {
        let mut rest: Vec<String> = out.split_off(s + 1);
        if rest.first().is_some_and(|w| w == "that") {
            rest.remove(0);
        }
        // "told reporters as he left": whom it was told to is no event
        if out.pop().is_some_and(|w| w == "told") && !rest.is_empty() {
            rest.remove(0);
        }
        // the sayer before it, when the clause goes on after it
        if !rest.is_empty() {
            out.clear();
            out.extend(rest);
        }
    }
    while out.first().is_some_and(|w| one_of(CONNECTIVES, w)) {
        out.remove(0);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::extract;

    fn label(text: &str, date_words: &str) -> Option<String> {
        let published = chrono::NaiveDate::from_ymd_opt(2025, 10, 25).unwrap();
        let x = extract(text, published);
        let at = text.find(date_words).unwrap();
        let d = x
            .dates
            .iter()
            .find(|d| d.span.contains(&at))
            .expect("a date there");
        event_label(text, &x, d, super::super::sites::event_place(text, &x, at))
    }

    #[test]
    fn a_label_reads_as_a_headline() {
        // the part of the day goes with the date; "there" is the place named before it
        assert_eq!(
            label(
                "Trump will depart the White House for Malaysia, arriving there on Sunday morning, October 26.",
                "Sunday"
            ),
            Some("Arriving in Malaysia".into())
        );
        // a person named by another word of their name keeps that word
        let x_text = "The European Union said it was wary. The European Commission declined to comment on Friday.";
        assert_eq!(
            label(x_text, "Friday")
                .as_deref()
                .map(|l| l.contains("Union")),
            Some(false)
        );
        // the year a month is in goes with it
        assert_eq!(
            label(
                "Trump said he plans to travel to China in April of next year.",
                "April"
            ),
            Some("Trump plans to travel to China".into())
        );
        // "X has announced that" is the attribution, not the event
        assert_eq!(
            label(
                "The White House has announced that President Donald Trump will visit South Korea on Wednesday for talks.",
                "Wednesday"
            ),
            Some("Trump will visit South Korea for talks".into())
        );
    }

    #[test]
    fn a_label_is_the_clause_of_the_date_without_it() {
        for (text, date, want) in [
            (
                "Treasury Secretary Scott Bessent and Chinese Vice-Premier He Lifeng wrapped up the talks at the Merdeka 118 tower on Sunday.",
                "Sunday",
                Some("Bessent and He Lifeng wrapped up the talks"),
            ),
            (
                "The truce, agreed in Geneva in May and extended in August, expires Nov. 10.",
                "Nov. 10",
                Some("The truce expires"),
            ),
            (
                "Relations soured further on Friday, when the US Trade Representative’s office opened an investigation.",
                "Friday",
                Some("Relations soured further"),
            ),
            (
                "The outcome now goes to the two leaders, who are due to meet in Busan, South Korea, on Thursday.",
                "Thursday",
                None,
            ),
            (
                "SEOUL, Oct. 31 (Yonhap) -- U.S. President Donald Trump and Chinese President Xi Jinping agreed on Thursday to lower tariffs.",
                "Oct. 31",
                None,
            ),
            (
                "SEOUL, Oct. 31 (Yonhap) -- U.S. President Donald Trump and Chinese President Xi Jinping agreed on Thursday to lower tariffs.",
                "Thursday",
                Some("Trump and Xi Jinping agreed to lower tariffs"),
            ),
            (
                "Trump and Xi met in Busan on Thursday.",
                "Thursday",
                Some("Trump and Xi met in Busan"),
            ),
            (
                "In Busan on October 30, after a meeting of about an hour, the two leaders settled on a one-year arrangement on rare earths.",
                "October 30",
                Some("The two leaders settled on a one-year arrangement"),
            ),
            (
                "“We will be fine,” Trump told reporters as he left the White House on Friday.",
                "Friday",
                Some("Trump left the White House"),
            ),
            (
                "They prompted Trump to threaten an additional 100% tariff on Chinese goods from Nov. 1.",
                "Nov. 1",
                Some("They prompted Trump to threaten an additional 100% tariff"),
            ),
        ] {
            assert_eq!(label(text, date).as_deref(), want, "{text}");
        }
    }
}
