//! What each pane's filter lets through, kept in the state and worked out
//! again only when a filter or the briefing changes: a key that moves the
//! selection costs nothing here, whatever the number of items. The text a
//! filter is matched against is formatted and lower-cased once per briefing
//! and pane, the first time a filter is typed there.

use std::sync::OnceLock;

use super::App;
use crate::dashboard::panes::{Items, Pane, Summary};

/// Each briefing's lower-cased filter texts, by pane, made when first needed.
pub(super) type Texts = Vec<Vec<OnceLock<Vec<String>>>>;

pub(super) fn texts(briefings: usize) -> Texts {
    (0..briefings)
        .map(|_| (0..Pane::ALL.len()).map(|_| OnceLock::new()).collect())
        .collect()
}

impl App {
    /// The items `pane` shows.
    pub(super) fn shown(&self, pane: Pane) -> &Items {
        &self.shown[pane.index()].0
    }

    /// Works out again what every pane shows: the briefing changed.
    pub(super) fn refilter_all(&mut self) {
        self.shown = Pane::ALL
            .iter()
            .map(|&p| self.summarised(p, self.matching(p, None)))
            .collect();
    }

    /// Works out again what `pane` shows, its filter having been `before`:
    /// a filter that only grew looks among what the shorter one let through.
    pub(super) fn refilter(&mut self, pane: Pane, before: &str) {
        let within = (!before.is_empty()).then(|| self.shown(pane));
        let items = self.matching(
            pane,
            within.filter(|_| {
                self.filter(pane)
                    .to_lowercase()
                    .starts_with(&before.to_lowercase())
            }),
        );
        self.shown[pane.index()] = self.summarised(pane, items);
    }

    /// `items` with what `pane` works out over them.
    fn summarised(&self, pane: Pane, items: Items) -> (Items, Summary) {
        let summary = pane
            .spec()
            .summary
            .map(|f| f(&self.data(), &items))
            .unwrap_or_default();
        (items, summary)
    }

    /// The items of `pane` its filter matches, among `within` if given.
    fn matching(&self, pane: Pane, within: Option<&Items>) -> Items {
        let spec = pane.spec();
        let data = self.data();
        let filter = self.filter(pane).to_lowercase();
        if filter.is_empty() {
            return Items::All((spec.len)(&data));
        }
        let texts = self.texts[self.ui.current][pane.index()].get_or_init(|| {
            (0..(spec.len)(&data))
                .map(|i| (spec.filter_text)(&data, i).to_lowercase())
                .collect()
        });
        let matches = |&i: &usize| texts[i].contains(&filter);
        Items::Only(match within {
            Some(items) => items.iter().filter(matches).collect(),
            None => (0..texts.len()).filter(matches).collect(),
        })
    }
}
