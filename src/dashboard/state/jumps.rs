//! Moves between panes: from an item to the sentence it rests on and back,
//! from an item to the people it involves, to another briefing, and back
//! (Esc). A move that cannot be made says why on the status line.

use super::App;
use crate::dashboard::panes::Pane;

impl App {
    pub(super) fn show_briefing(&mut self, i: usize) {
        if i == self.ui.current {
            return;
        }
        self.ui.current = i;
        self.ui.today = self.now.unwrap_or(self.briefings[i].as_of);
        self.ui.origin = None;
        // the lists of one briefing mean nothing in another
        self.ui.involved = None;
        for &pane in Pane::ALL {
            if pane.spec().own_briefing.is_none() {
                *self.ui.cursor_mut(pane) = Default::default();
            }
        }
        self.refilter_all();
    }

    /// `b` and `B`: the briefing `by` places on (modulo their number).
    pub(super) fn turn_briefing(&mut self, by: usize) {
        let n = self.briefings.len();
        if n == 1 {
            self.say("only one briefing is loaded");
            return;
        }
        let i = (self.ui.current + by) % n;
        self.show_briefing(i);
        let title = &self.briefings[i].title;
        self.say(format!("briefing {} of {n}: {title}", i + 1));
    }

    /// Esc: clears the focused pane's filter, keeping the selected item;
    /// else returns from the source pane or the people pane to the item
    /// `s` or `p` came from. It never quits.
    pub(super) fn back(&mut self) {
        let pane = self.ui.focus;
        if !self.filter(pane).is_empty() {
            let selected = self.selected_item(pane);
            self.clear_filter(pane);
            let position = selected.and_then(|i| self.shown(pane).position(i));
            self.ui.cursor_mut(pane).selected = position.unwrap_or(0);
            return;
        }
        let from = match pane {
            Pane::Source => self.ui.origin.take(),
            Pane::People => self.ui.involved.take(),
            _ => None,
        };
        match from {
            Some((pane, i)) => self.select_item(pane, i),
            None => self.say("nothing to go back to (q quits)"),
        }
    }

    /// Shows the briefing item `i` of the focused pane comes from, where its
    /// list spans them all (a timeline event's own briefing holds its
    /// sentence and its people), keeping the focus.
    fn show_own_briefing(&mut self, i: usize) {
        let pane = self.ui.focus;
        if let Some(own) = pane.spec().own_briefing
            && let Some(b) = own(&self.data(), i)
        {
            self.show_briefing(b);
            self.ui.focus = pane;
        }
    }

    /// Selects item `i` of `pane`'s full list, clearing a filter that hides it.
    fn select_item(&mut self, pane: Pane, i: usize) {
        if self.shown(pane).position(i).is_none() {
            self.clear_filter(pane);
        }
        let position = self.shown(pane).position(i);
        self.ui.cursor_mut(pane).selected = position.unwrap_or(0);
        self.ui.focus = pane;
    }

    fn clear_filter(&mut self, pane: Pane) {
        let before = std::mem::take(&mut self.ui.cursor_mut(pane).filter);
        if !before.is_empty() {
            self.refilter(pane, &before);
        }
    }

    /// `s`: from an item to the sentence it rests on, or from the source pane back to the item.
    pub(super) fn jump(&mut self) {
        if self.ui.focus == Pane::Source {
            let Some(sentence) = self.selected_item(Pane::Source) else {
                return;
            };
            let data = self.data();
            let back = self.ui.origin.filter(|&(p, i)| {
                self.evidence(p, i)
                    .is_some_and(|e| data.cites(&e, sentence))
            });
            let target = back.or_else(|| self.citing_items(sentence).into_iter().next());
            match target {
                Some((pane, i)) => self.select_item(pane, i),
                None => self.say("no item cites this sentence"),
            }
            return;
        }
        let Some(i) = self.selected_item(self.ui.focus) else {
            self.say("nothing selected");
            return;
        };
        self.show_own_briefing(i);
        let Some(evidence) = self.evidence(self.ui.focus, i) else {
            self.say("this item has no evidence to show");
            return;
        };
        self.ui.origin = Some((self.ui.focus, i));
        let data = self.data();
        let first = (0..data.sentences.len()).find(|&s| data.cites(&evidence, s));
        self.clear_filter(Pane::Source);
        self.ui.focus = Pane::Source;
        // without one, the pane's heading names the public source instead
        if let Some(s) = first {
            self.ui.cursor_mut(Pane::Source).selected = s;
        }
    }

    /// `p`: from the selected item to the first of the people involved,
    /// the others marked in the people pane.
    pub(super) fn show_people(&mut self) {
        let Some(i) = self.selected_item(self.ui.focus) else {
            self.say("nothing selected");
            return;
        };
        self.show_own_briefing(i);
        match self.people_of(self.ui.focus, i).first() {
            Some(&first) => {
                self.ui.involved = Some((self.ui.focus, i));
                self.select_item(Pane::People, first);
            }
            None => self.say("no one in the people list is involved in this item"),
        }
    }

    /// Every item that rests on sentence `s` of the shown article.
    pub fn citing_items(&self, s: usize) -> Vec<(Pane, usize)> {
        let data = self.data();
        let mut out = Vec::new();
        for &pane in Pane::ALL {
            let spec = pane.spec();
            for i in 0..(spec.len)(&data) {
                if (spec.evidence)(&data, i).is_some_and(|e| data.cites(&e, s)) {
                    out.push((pane, i));
                }
            }
        }
        out
    }
}
