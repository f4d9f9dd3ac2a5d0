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
    let mut key = String::with_capacity(label.len());
    for c in label.chars().filter(|c| c.is_alphanumeric()) {
        // ASCII, most labels, without the general lower-casing's iterator
        if c.is_ascii() {
            key.push(c.to_ascii_lowercase());
        } else {
            key.extend(c.to_lowercase());
        }
    }
    key
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
    by_date(out)
}

/// The entries sorted by date, those of a day in the order given. The keys
/// are sorted, not the entries: moving 100 000 entries of some 150 bytes
/// around in a sort cost more than all the rest of the merge.
fn by_date(entries: Vec<Entry>) -> Vec<Entry> {
    let mut order: Vec<(NaiveDate, usize)> = entries.iter().map(|e| e.date).zip(0..).collect();
    // the index breaks ties: stable, without the stable sort's buffer
    order.sort_unstable();
    let mut slots: Vec<Option<Entry>> = entries.into_iter().map(Some).collect();
    order
        .into_iter()
        .filter_map(|(_, i)| slots[i].take())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_go_by_date_and_a_days_keep_their_order() {
        let day = |d| NaiveDate::from_ymd_opt(2025, 10, d).unwrap();
        let entry = |d, label: &str| Entry {
            date: day(d),
            label: label.into(),
            evidence: Evidence::default(),
            people: Vec::new(),
            briefings: vec![0],
        };
        let given = vec![entry(3, "c"), entry(1, "a1"), entry(2, "b"), entry(1, "a2")];
        let labels: Vec<String> = by_date(given).into_iter().map(|e| e.label).collect();
        assert_eq!(labels, ["a1", "a2", "b", "c"]);
    }

    #[test]
    fn keys_keep_letters_and_digits_lower_cased() {
        assert_eq!(key("Trump–Xi meeting, 30 Oct"), "trumpximeeting30oct");
        assert_eq!(key("ÉTÉ İ"), "été\u{69}\u{307}");
    }
}
