//! An extraction becomes a draft briefing: every item carries the sentence it
//! came from, verbatim, as its evidence.

use chrono::NaiveDate;

use super::dates::{FoundDate, Precision};
use super::{Extraction, Header};
use crate::model::{Briefing, Event, Evidence, Person, Quote, RateKind, Source, Stop, Tariff};

/// How many future dates the header counts down to.
const COUNTDOWNS: usize = 3;

pub fn briefing(
    text: &str,
    x: &Extraction,
    header: &Header,
    published: NaiveDate,
    file: &str,
) -> Briefing {
    let evidence = |at: usize| Evidence {
        article: x.sentence_at(at).map(|s| text[s].to_owned()),
        source: None,
    };
    let title = header
        .title
        .clone()
        .unwrap_or_else(|| format!("Draft briefing from {}", file_name(file)));
    let tariffs = x
        .tariffs
        .iter()
        .map(|(t, date)| Tariff {
            label: t
                .target_words
                .clone()
                .map(|r| text[r].to_owned())
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
            meets: s.meets.clone(),
            evidence: evidence(s.sentence.start),
        })
        .collect();
    let role_of = |name: &str| {
        x.people
            .iter()
            .find(|p| p.name == name)
            .and_then(|p| p.role.clone())
    };
    let quotes =
        x.quotes
            .iter()
            .map(|q| {
                let speaker = q.speaker.clone().unwrap_or_else(|| "unknown".into());
                // a place or a date in the quote's own sentences, outside the quotation marks
                let outside = |start: usize, end: usize| end <= q.text.start || start >= q.text.end;
                let date = x.dates.iter().find(|d| {
                    q.sentence.contains(&d.span.start) && outside(d.span.start, d.span.end)
                });
                let place = x
                    .places
                    .iter()
                    .find(|m| q.sentence.contains(&m.start) && outside(m.start, m.end));
                Quote {
                    role: role_of(&speaker),
                    speaker,
                    text: text[q.text.clone()].to_owned(),
                    place: place.map(|m| m.place.name.to_owned()),
                    date: date.map(|d| d.date),
                    note: None,
                    evidence: Evidence {
                        article: Some(text[q.sentence.clone()].to_owned()),
                        source: None,
                    },
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
        events.push(Event {
            date: d.date,
            label: event_label(text, d),
            countdown: future.contains(&d.date),
            people: Vec::new(),
            evidence: evidence(d.span.start),
        });
    }
    events.sort_by_key(|e| e.date);
    let people = x
        .people
        .iter()
        .map(|p| Person {
            name: p.name.clone(),
            role: p.role.clone(),
            side: None,
            did: None,
            evidence: evidence(p.first),
        })
        .collect();
    Briefing {
        title: title.clone(),
        as_of: published,
        source: Source {
            outlet: header.source.clone().unwrap_or_else(|| "not given".into()),
            headline: title,
            published,
            address: file.to_owned(),
            note: Some(
                "Drafted by `tradewatch ingest` from the article: check it before relying on it."
                    .into(),
            ),
        },
        article: text.to_owned(),
        tariffs,
        stops,
        quotes,
        events,
        people,
    }
}

/// A date with the few words before it in its clause: "tariff on Chinese imports from November 1".
fn event_label(text: &str, d: &FoundDate) -> String {
    let before = &text[..d.span.start];
    let clause_start = before
        .rfind(['.', ',', ';', ':', '\n', '“', '”', '"', '('])
        .map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
    let lead: Vec<&str> = before[clause_start..].split_whitespace().collect();
    let lead = &lead[lead.len().saturating_sub(5)..];
    let mut label = lead.join(" ");
    if !label.is_empty() {
        label.push(' ');
    }
    label.push_str(&text[d.span.clone()]);
    label
}

/// The date words with the preposition before them: "since April", "from November 1".
fn with_preposition(text: &str, d: &FoundDate) -> String {
    let before = text[..d.span.start].trim_end();
    let word = before
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or_default();
    let date = &text[d.span.clone()];
    match word.to_lowercase().as_str() {
        "since" | "from" | "in" | "until" | "on" | "by" => format!("{word} {date}"),
        _ => date.to_owned(),
    }
}

fn file_name(file: &str) -> &str {
    file.rsplit(['/', '\\']).next().unwrap_or(file)
}
