//! An extraction becomes a draft briefing: every item carries the sentence it
//! came from, verbatim, as its evidence. Every string taken from the text is
//! bounded, so the draft stays a small multiple of the article whatever it is.

use std::cell::RefCell;
use std::collections::HashMap;
use std::ops::Range;

use chrono::NaiveDate;

use super::dates::{FoundDate, Precision};
use super::tariffs::FoundTariff;
use super::{Extraction, Header, labels, sites, words, work};
use crate::model::MAX_RATE;
use crate::model::{
    Briefing, Event, Evidence, Person, Quote, RateKind, Source, Stop, Tariff, sanitize_text,
};

/// How many future dates the header counts down to.
const COUNTDOWNS: usize = 3;
/// The most characters of the text one string of the draft holds: an
/// evidence sentence, a quote's sentences, a label, a name.
pub const MAX_CHARS: usize = 1_000;
/// How far back from the cut a word boundary is looked for, in characters.
const WORD_REACH: usize = 100;
/// How many figures above the ceiling the source note names, and how much of each one's sentence.
const SKIPPED_NAMED: usize = 3;
const SKIPPED_CHARS: usize = 120;

/// The longest prefix of `s` of at most `max` characters, ending at a word
/// boundary when one is near the cut; whether it was cut.
fn cut(s: &str, max: usize) -> (&str, bool) {
    let Some((end, _)) = s.char_indices().nth(max) else {
        return (s, false);
    };
    let head = &s[..end];
    let word_end = head
        .char_indices()
        .rev()
        .take(WORD_REACH)
        .find(|(_, c)| c.is_whitespace())
        .map_or(end, |(i, _)| i);
    (head[..word_end].trim_end(), true)
}

/// `s` bounded to `max` characters, an ellipsis marking a cut.
fn bounded(s: &str, max: usize) -> String {
    match cut(s, max) {
        (_, true) => format!("{}…", cut(s, max.saturating_sub(1)).0),
        (whole, false) => whole.to_owned(),
    }
}

/// Evidence: a verbatim excerpt of the article, which the model checks is in
/// it, a cut marked by an ellipsis. The range of what the model looks for
/// (the excerpt without the ellipsis, a prefix of the sentence) goes to `cut_from`.
fn excerpt(text: &str, range: Range<usize>, cut_from: &RefCell<Vec<Range<usize>>>) -> Evidence {
    let article = bounded(&text[range.clone()], MAX_CHARS);
    let kept = article.strip_suffix('…').unwrap_or(&article).len();
    cut_from.borrow_mut().push(range.start..range.start + kept);
    Evidence {
        article: Some(article),
        source: None,
    }
}

/// A draft briefing, and the ranges of the text its evidence sentences and
/// quotes were cut from verbatim: the check need not search the text for those.
pub struct Draft {
    pub briefing: Briefing,
    pub cut_from: Vec<Range<usize>>,
}

pub fn briefing(
    text: &str,
    x: &Extraction,
    header: &Header,
    published: NaiveDate,
    file: &str,
) -> Draft {
    let cut_from = RefCell::new(Vec::new());
    // every position an item is found at is in a sentence: none is all white space
    let evidence = |at: usize| {
        x.sentence_at(at)
            .map_or_else(Evidence::default, |s| excerpt(text, s, &cut_from))
    };
    let label = |range: Range<usize>| bounded(&text[range], MAX_CHARS);
    // a file name may hold anything: it is shown, not trusted
    let file = sanitize_text(file, false);
    let title = header
        .title
        .clone()
        .unwrap_or_else(|| format!("Draft briefing from {}", file_name(&file)));
    let tariffs = x
        .tariffs
        .iter()
        .map(|(t, date)| Tariff {
            label: t
                .target_words
                .clone()
                .map(label)
                .or_else(|| date.as_ref().map(|d| with_preposition(text, d)))
                .unwrap_or_else(|| "tariff".into()),
            imposer: t.imposer,
            target: t.target,
            rate: t.rate,
            // articles report the statutory rates; an average would say so
            kind: RateKind::HeadlineAddOn,
            status: t.status,
            // a month alone ("since April") is no effective day: it stays in the label and note
            date: date
                .as_ref()
                .filter(|d| d.precision == Precision::Day)
                .map(|d| d.date),
            until: None,
            reverts_to: None,
            ended: None,
            replaced_by: None,
            additional: false,
            note: date
                .as_ref()
                .map(|d| format!("Date from “{}”.", with_preposition(text, d))),
            evidence: evidence(t.window.start),
        })
        .collect();
    let stops = x
        .stops
        .iter()
        .map(|s| Stop {
            place: s.place.name.to_owned(),
            country: s.country.name.to_owned(),
            lat: s.place.lat,
            lon: s.place.lon,
            arrive: s.date.as_ref().map(|d| d.date),
            depart: s.date.as_ref().map(|d| d.date),
            purpose: None,
            meets: s.meets.iter().map(|m| bounded(m, MAX_CHARS)).collect(),
            evidence: evidence(s.sentence.start),
        })
        .collect();
    // each speaker's role, from the first person of that name
    let mut roles: HashMap<&str, Option<&str>> = HashMap::new();
    for p in &x.people {
        roles.entry(&p.name).or_insert(p.role.as_deref());
    }
    let role_of = |name: &str| {
        roles
            .get(name)
            .copied()
            .flatten()
            .map(|r| bounded(r, MAX_CHARS))
    };
    let quotes =
        x.quotes
            .iter()
            .map(|q| {
                // a place or a date in the quote's own sentences, outside the quotation marks
                let outside = |start: usize, end: usize| end <= q.text.start || start >= q.text.end;
                let date = x.dates.iter().find(|d| {
                    q.sentence.contains(&d.span.start) && outside(d.span.start, d.span.end)
                });
                // places do not overlap: only the first in the sentence can end
                // before the quote, and the next one outside it starts after it
                let first = x.places.partition_point(|m| m.start < q.sentence.start);
                let after = x.places.partition_point(|m| m.start < q.text.end);
                let place = [first, after.max(first)]
                    .into_iter()
                    .filter_map(|i| x.places.get(i))
                    .inspect(|_| work::read(1))
                    .find(|m| q.sentence.contains(&m.start) && outside(m.start, m.end));
                cut_from.borrow_mut().push(q.text.clone());
                Quote {
                    role: q.speaker.as_deref().and_then(role_of),
                    speaker: q
                        .speaker
                        .as_deref()
                        .map_or_else(|| "unknown".into(), |s| bounded(s, MAX_CHARS)),
                    text: text[q.text.clone()].to_owned(),
                    place: place.map(|m| m.place.name.to_owned()),
                    date: date.map(|d| d.date),
                    note: None,
                    evidence: excerpt(text, q.sentence.clone(), &cut_from),
                }
            })
            .collect();
    // counted down: the nearest future days; a month alone names no day to count to
    let mut future: Vec<NaiveDate> = x
        .dates
        .iter()
        .filter(|d| d.precision == Precision::Day && d.date > published)
        .map(|d| d.date)
        .collect();
    future.sort_unstable();
    future.dedup();
    future.truncate(COUNTDOWNS);
    let mut events: Vec<Event> = Vec::new();
    for d in &x.dates {
        if events.iter().any(|e| e.date == d.date) {
            continue;
        }
        let place = sites::event_place(text, x, d.span.start);
        // a date that names no event (a dateline's) makes none
        let Some(label) = labels::event_label(text, x, d, place) else {
            continue;
        };
        // the same event told for two days ("On Saturday and Sunday, Bessent
        // will meet …") is one event, at its first day
        let label = bounded(&label, MAX_CHARS);
        let next_day = |a: NaiveDate, b: NaiveDate| (a - b).num_days().abs() <= 1;
        if events
            .iter()
            .any(|e| e.label == label && next_day(e.date, d.date))
        {
            continue;
        }
        events.push(Event {
            date: d.date,
            label,
            countdown: future.contains(&d.date),
            people: Vec::new(),
            place: place.map(str::to_owned),
            evidence: evidence(d.span.start),
        });
    }
    events.sort_by_key(|e| e.date);
    let people = x
        .people
        .iter()
        .map(|p| Person {
            name: bounded(&p.name, MAX_CHARS),
            role: p.role.as_deref().map(|r| bounded(r, MAX_CHARS)),
            side: None,
            did: None,
            evidence: evidence(p.first),
        })
        .collect();
    let briefing = Briefing {
        title: title.clone(),
        as_of: published,
        source: Source {
            outlet: header.source.clone().unwrap_or_else(|| "not given".into()),
            headline: title,
            published,
            note: Some(source_note(text, x)),
            address: file,
        },
        article: text.to_owned(),
        tariffs,
        stops,
        quotes,
        events,
        people,
        places: sites::sites(x, evidence),
    };
    // past the cap on places, an event's place is not listed: it names none
    let mut briefing = briefing;
    for e in &mut briefing.events {
        if e.place
            .as_ref()
            .is_some_and(|p| !briefing.places.iter().any(|s| &s.name == p))
        {
            e.place = None;
        }
    }
    Draft {
        briefing,
        cut_from: cut_from.into_inner(),
    }
}

/// The source note: what the draft is, and the figures it could not hold.
fn source_note(text: &str, x: &Extraction) -> String {
    let mut note =
        "Drafted by `tradewatch ingest` from the article: check it before relying on it."
            .to_owned();
    // the same figure said again is named once
    let mut named: Vec<&FoundTariff> = Vec::new();
    for t in &x.skipped {
        if named.len() == SKIPPED_NAMED {
            break;
        }
        if !named.iter().any(|n| n.rate == t.rate) {
            named.push(t);
        }
    }
    for t in &named {
        let figure = skipped(text, x, t);
        note.push_str(&format!(
            " {figure} was skipped: above the model's {MAX_RATE}% ceiling."
        ));
    }
    let more = x.skipped_total.saturating_sub(named.len());
    if more > 0 {
        note.push_str(&format!(" {more} more figures above it were skipped."));
    }
    note
}

/// A figure the model cannot hold, with the start of its sentence: "5000% (“The US imposed…”)".
fn skipped(text: &str, x: &Extraction, t: &FoundTariff) -> String {
    let figure = bounded(&text[t.figure.clone()], SKIPPED_CHARS);
    match x.sentence_at(t.figure.start) {
        Some(s) => format!("{figure} (“{}”)", bounded(&text[s], SKIPPED_CHARS)),
        None => figure,
    }
}

/// The date words with the preposition before them: "since April", "from November 1".
fn with_preposition(text: &str, d: &FoundDate) -> String {
    let word = words::last_words(&text[..d.span.start], &[], 1)
        .pop()
        .unwrap_or_default();
    let date = &text[d.span.clone()];
    let phrase = match word.to_lowercase().as_str() {
        "since" | "from" | "in" | "until" | "on" | "by" => format!("{word} {date}"),
        _ => date.to_owned(),
    };
    bounded(&phrase, MAX_CHARS)
}

fn file_name(file: &str) -> &str {
    file.rsplit(['/', '\\']).next().unwrap_or(file)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_strings_are_cut_at_a_word_then_at_a_character() {
        let words = "word ".repeat(300);
        let (head, was_cut) = cut(&words, 1_000);
        assert!(
            was_cut && head.len() == 999 && head.ends_with("word"),
            "{head}"
        );
        let marked = bounded(&words, 1_000);
        assert!(
            marked.chars().count() <= 1_000 && marked.ends_with("word…"),
            "{marked}"
        );
        assert_eq!(bounded("short", 1_000), "short");
        // no white space near the cut: at a character boundary
        let accents = "é".repeat(2_000);
        assert_eq!(cut(&accents, 1_000), (&accents[..2_000], true));
        assert_eq!(cut("short", 1_000), ("short", false));
    }
}
