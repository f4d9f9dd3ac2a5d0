//! The timeline: every dated event of the loaded briefings, merged and sorted,
//! the same event reported by two briefings shown once.

use chrono::NaiveDate;

use crate::model::{Briefing, Evidence};

#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub date: NaiveDate,
    pub label: String,
    pub evidence: Evidence,
    /// Who took part, as the first briefing that reports it names them.
    pub people: Vec<String>,
    /// The briefings (indices) that report it, the first one's evidence kept.
    pub briefings: Vec<usize>,
}

/// Letters and digits only, lower-cased: "Trump–Xi meeting" and "trump-xi meeting" agree.
fn key(label: &str) -> String {
    label
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// All events, by date; an event with the same day and the same label, or the
/// same day and the same source address, is one event.
pub fn merge(briefings: &[Briefing]) -> Vec<Entry> {
    let mut out: Vec<Entry> = Vec::new();
    for (b, briefing) in briefings.iter().enumerate() {
        for event in &briefing.events {
            let same = |e: &&mut Entry| {
                e.date == event.date
                    && (key(&e.label) == key(&event.label)
                        || (e.evidence.source.is_some()
                            && e.evidence.source == event.evidence.source))
            };
            match out.iter_mut().find(same) {
                Some(entry) => {
                    if !entry.briefings.contains(&b) {
                        entry.briefings.push(b);
                    }
                }
                None => out.push(Entry {
                    date: event.date,
                    label: event.label.clone(),
                    evidence: event.evidence.clone(),
                    people: event.people.clone(),
                    briefings: vec![b],
                }),
            }
        }
    }
    out.sort_by_key(|e| e.date);
    out
}
