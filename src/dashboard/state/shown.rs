//! What each pane's filter lets through, kept in the state and worked out
//! again only when a filter or the briefing changes: a key that moves the
//! selection costs nothing here, whatever the number of items. The text a
//! filter is matched against is indexed once per briefing and pane, the first
//! time a filter is typed there (`FilterIndex`), and what a pane works out
//! over its items once per briefing.

use std::sync::OnceLock;

use super::App;
use super::filter_index::FilterIndex;
use crate::dashboard::panes::{Items, Pane, Summary};

/// The shorter filters typed on the way to a pane's filter, shortest first,
/// each with what it showed.
pub(super) type Earlier = Vec<Vec<(String, (Items, Summary))>>;

/// Each briefing's filter index, by pane, made when first needed.
pub(super) type Indexes = Vec<Vec<OnceLock<FilterIndex>>>;

pub(super) fn indexes(briefings: usize) -> Indexes {
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
            .map(|&p| {
                let summary = (p.spec().summary)
                    .map(|f| f(&self.data()))
                    .unwrap_or_default();
                (self.matching(p, None), summary)
            })
            .collect();
        self.earlier = vec![Vec::new(); Pane::ALL.len()];
    }

    /// Works out again what `pane` shows, its filter having been `before`. A
    /// filter that grew looks only among what the shorter one let through,
    /// which is kept; a filter cut back to a kept one (Backspace, Esc) takes
    /// that back, with no search at all.
    pub(super) fn refilter(&mut self, pane: Pane, before: &str) {
        let (now, before) = (self.filter(pane).to_lowercase(), before.to_lowercase());
        let at = pane.index();
        let summary = self.shown[at].1.clone();
        if now.starts_with(&before) {
            let items = self.matching(pane, Some(&self.shown[at].0));
            let shorter = std::mem::replace(&mut self.shown[at], (items, summary));
            self.earlier[at].push((before, shorter));
            return;
        }
        let earlier = &mut self.earlier[at];
        while earlier
            .last()
            .is_some_and(|(f, _)| !now.starts_with(f.as_str()))
        {
            earlier.pop();
        }
        if earlier.last().is_some_and(|(f, _)| *f == now) {
            self.shown[at] = earlier.pop().map(|(_, kept)| kept).unwrap_or_default();
            return;
        }
        let within = self.earlier[at].last().map(|(_, (items, _))| items);
        self.shown[at] = (self.matching(pane, within), summary);
    }

    /// The items of `pane` its filter matches, among `within` if given.
    fn matching(&self, pane: Pane, within: Option<&Items>) -> Items {
        let spec = pane.spec();
        let data = self.data();
        let filter = self.filter(pane).to_lowercase();
        if filter.is_empty() {
            return Items::All((spec.len)(&data));
        }
        let within = match within {
            Some(Items::Only(set)) => Some(set),
            _ => None,
        };
        let index = self.indexes[self.ui.current][pane.index()].get_or_init(|| {
            FilterIndex::new((0..(spec.len)(&data)).map(|i| (spec.filter_text)(&data, i)))
        });
        Items::Only(index.matching(&filter, within).0)
    }
}

#[cfg(test)]
mod tests {
    use crate::dashboard::{Action, App, Pane};

    fn app(pane: Pane) -> App {
        let mut app = App::embedded(None).unwrap();
        app.update(Action::Resize(120, 40));
        app.update(Action::Focus(pane));
        app.update(Action::StartFilter);
        app
    }

    /// What `pane` shows with `filter` typed into a fresh dashboard.
    fn fresh(pane: Pane, filter: &str) -> Vec<usize> {
        let mut app = app(pane);
        for c in filter.chars() {
            app.update(Action::FilterChar(c));
        }
        app.visible(pane)
    }

    #[test]
    fn a_filter_cut_back_or_cleared_shows_what_a_fresh_one_does() {
        // `<` is Backspace, `!` clears, anything else is typed
        let keys = "chi<<us<<<on!tr<<Chi<n<<<<<<ok";
        for &pane in Pane::ALL {
            let mut app = app(pane);
            let mut filter = String::new();
            for key in keys.chars() {
                match key {
                    '<' => {
                        filter.pop();
                        app.update(Action::FilterBackspace);
                    }
                    '!' => {
                        filter.clear();
                        app.update(Action::FilterClear);
                        app.update(Action::StartFilter);
                    }
                    c => {
                        filter.push(c);
                        app.update(Action::FilterChar(c));
                    }
                }
                assert_eq!(
                    app.visible(pane),
                    fresh(pane, &filter),
                    "{pane:?} {filter:?}"
                );
            }
        }
    }
}
