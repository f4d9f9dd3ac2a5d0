//! The timeline: every dated event of the loaded briefings, merged and sorted,
//! the same event reported by two briefings shown once.

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hasher};

use chrono::NaiveDate;

use crate::model::{Briefing, Event};

#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub date: NaiveDate,
    /// The event as the first briefing that reports it tells it: that
    /// briefing and the event's index in it (its label, evidence and people
    /// are read from there, not copied).
    pub origin: (usize, usize),
    /// The briefings (indices) that report it.
    pub briefings: Vec<usize>,
}

impl Entry {
    /// The event, as its first briefing tells it.
    pub fn event<'b>(&self, briefings: &'b [Briefing]) -> &'b Event {
        &briefings[self.origin.0].events[self.origin.1]
    }
}

/// Letters and digits only, lower-cased: "Trump–Xi meeting" and "trump-xi
/// meeting" agree.
fn key(label: &str) -> impl Iterator<Item = char> + '_ {
    label
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
}

/// A hash of `label`'s key, built in `buf` (reused: no allocation per event).
fn key_hash(label: &str, buf: &mut String) -> u64 {
    buf.clear();
    buf.extend(key(label));
    let mut hasher = DefaultHasher::new();
    hasher.write(buf.as_bytes());
    hasher.finish()
}

/// All events, by date; an event with the same day and the same label, or the
/// same day and the same source address, is one event. Linear in the events:
/// each is looked up by its day and label's hash (labels compared on a hit),
/// and by its day and source.
pub fn merge(briefings: &[Briefing]) -> Vec<Entry> {
    let n = briefings.iter().map(|b| b.events.len()).sum();
    let mut out: Vec<Entry> = Vec::with_capacity(n);
    let mut by_label: HashMap<(NaiveDate, u64), Vec<usize>> = HashMap::with_capacity(n);
    let mut by_source: HashMap<(NaiveDate, &str), usize> = HashMap::with_capacity(n);
    let mut buf = String::new();
    for (b, briefing) in briefings.iter().enumerate() {
        for (e, event) in briefing.events.iter().enumerate() {
            let label = (event.date, key_hash(&event.label, &mut buf));
            let same_label = by_label.get(&label).and_then(|found| {
                found
                    .iter()
                    .copied()
                    .find(|&i| key(&out[i].event(briefings).label).eq(key(&event.label)))
            });
            let source = event.evidence.source.as_deref().map(|s| (event.date, s));
            let found = [same_label, source.and_then(|s| by_source.get(&s).copied())]
                .into_iter()
                .flatten()
                .min();
            match found {
                Some(i) => {
                    if !out[i].briefings.contains(&b) {
                        out[i].briefings.push(b);
                    }
                }
                None => {
                    by_label.entry(label).or_default().push(out.len());
                    if let Some(source) = source {
                        by_source.insert(source, out.len());
                    }
                    out.push(Entry {
                        date: event.date,
                        origin: (b, e),
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
        let entry = |d, e| Entry {
            date: day(d),
            origin: (0, e),
            briefings: vec![0],
        };
        let given = vec![entry(3, 0), entry(1, 1), entry(2, 2), entry(1, 3)];
        let events: Vec<usize> = by_date(given).into_iter().map(|e| e.origin.1).collect();
        assert_eq!(events, [1, 3, 2, 0]);
    }

    #[test]
    fn keys_keep_letters_and_digits_lower_cased() {
        let key = |l| key(l).collect::<String>();
        assert_eq!(key("Trump–Xi meeting, 30 Oct"), "trumpximeeting30oct");
        assert_eq!(key("ÉTÉ İ"), "été\u{69}\u{307}");
    }
}
