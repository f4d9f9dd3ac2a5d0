//! The timeline: every dated event of the loaded briefings, merged and sorted,
//! the same event reported by two briefings shown once.

use std::collections::HashMap;

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
/// same day and the same source address, is one event. Linear in the events:
/// each is looked up by its day and label, and by its day and source.
pub fn merge(briefings: &[Briefing]) -> Vec<Entry> {
    let mut out: Vec<Entry> = Vec::new();
    let mut by_label: HashMap<(NaiveDate, String), usize> = HashMap::new();
    let mut by_source: HashMap<(NaiveDate, &str), usize> = HashMap::new();
    for (b, briefing) in briefings.iter().enumerate() {
        for event in &briefing.events {
            let label = (event.date, key(&event.label));
            let source = event.evidence.source.as_deref().map(|s| (event.date, s));
            let found = [by_label.get(&label), source.and_then(|s| by_source.get(&s))]
                .into_iter()
                .flatten()
                .min()
                .copied();
            match found {
                Some(i) => {
                    if !out[i].briefings.contains(&b) {
                        out[i].briefings.push(b);
                    }
                }
                None => {
                    by_label.insert(label, out.len());
                    if let Some(source) = source {
                        by_source.insert(source, out.len());
                    }
                    out.push(Entry {
                        date: event.date,
                        label: event.label.clone(),
                        evidence: event.evidence.clone(),
                        people: event.people.clone(),
                        briefings: vec![b],
                    });
                }
            }
        }
    }
    out.sort_by_key(|e| e.date);
    out
}
