//! Live reload: the briefings read again from their files, handed over by the
//! terminal loop, which does the reading. What the user was looking at stays
//! where it still exists: the briefing by its file, each pane's selection by
//! the item's name, not its place in the list. A file that no longer loads
//! keeps its last good briefing, its error shown until it loads again.

use std::mem;
use std::path::PathBuf;

use super::App;
use crate::dashboard::panes::Pane;
use crate::model::Briefing;

/// One file read again, in the order the files were first read.
#[derive(Debug, Clone, PartialEq)]
pub struct Reread {
    pub file: PathBuf,
    /// The briefing, or why it did not load: a message that names the file,
    /// and the line and column where they are known, control characters
    /// escaped.
    pub read: Result<Briefing, String>,
}

/// Said when every file is gone or broken: there is nothing else to show.
pub const NOTHING_LEFT: &str =
    "no briefing loads from the files opened: showing the last ones read";

/// What a pane had selected, by name, to find again after a reload.
struct Kept {
    file: Option<PathBuf>,
    selected: Vec<Option<String>>,
    origin: Option<(Pane, String)>,
    involved: Option<(Pane, String)>,
}

impl App {
    /// Names the file each briefing was read from, in order, so that `r`
    /// and live reload can read them again; none for the embedded briefings.
    pub fn with_files(mut self, files: Vec<PathBuf>) -> Self {
        assert!(
            files.is_empty() || files.len() == self.briefings.len(),
            "a file per briefing, or none"
        );
        self.files = files;
        self
    }

    /// Whether the briefings came from files that can be read again.
    pub fn reloadable(&self) -> bool {
        !self.files.is_empty()
    }

    /// Takes the files read again; returns whether anything visible changed.
    /// A failed file keeps its last good briefing; with no briefing at all
    /// left, the last ones stay.
    pub fn reloaded(&mut self, reread: Vec<Reread>) -> bool {
        let asked = mem::take(&mut self.reload);
        let before = self.ui.clone();
        let mut files = Vec::new();
        let mut briefings = Vec::new();
        let mut problems = Vec::new();
        for Reread { file, read } in reread {
            match read {
                Ok(briefing) => {
                    files.push(file);
                    briefings.push(briefing);
                }
                Err(message) => {
                    problems.push(message);
                    if let Some(i) = self.files.iter().position(|f| *f == file) {
                        briefings.push(self.briefings[i].clone());
                        files.push(file);
                    }
                }
            }
        }
        let changed = if briefings.is_empty() {
            problems.push(NOTHING_LEFT.into());
            false
        } else if files != self.files || briefings != self.briefings {
            self.replace(briefings, files);
            true
        } else {
            false
        };
        if changed || problems != self.ui.problems {
            // what the last key said may no longer hold, and would hide the problems
            self.ui.status = None;
        }
        if asked && problems.is_empty() {
            let n = self.briefings.len();
            self.say(match (changed, n) {
                (false, _) => "reloaded: nothing changed".to_owned(),
                (true, 1) => "reloaded the briefing".to_owned(),
                (true, n) => format!("reloaded {n} briefings"),
            });
        }
        self.ui.problems = problems;
        changed || before != self.ui
    }

    /// Shows `briefings`, keeping the focus, the filters, and what was shown
    /// and selected where it still exists.
    fn replace(&mut self, briefings: Vec<Briefing>, files: Vec<PathBuf>) {
        let kept = self.kept();
        let mut fresh = App::new(briefings, self.history.clone(), self.now);
        fresh.files = files;
        fresh.ui = self.ui.clone();
        fresh.measured = mem::take(&mut self.measured);
        fresh.popup_fit = self.popup_fit;
        fresh.quit = self.quit;
        fresh.suspend = self.suspend;
        *self = fresh;
        self.find(kept);
    }

    fn kept(&self) -> Kept {
        let name = |(pane, i): (Pane, usize)| (pane, self.item_name(pane, i));
        Kept {
            file: self.files.get(self.ui.current).cloned(),
            selected: Pane::ALL
                .iter()
                .map(|&p| self.selected_item(p).map(|i| self.item_name(p, i)))
                .collect(),
            origin: self.ui.origin.map(name),
            involved: self.ui.involved.map(name),
        }
    }

    /// Finds again, in the briefings just read, what `kept` names.
    fn find(&mut self, kept: Kept) {
        let current = kept
            .file
            .and_then(|file| self.files.iter().position(|f| *f == file));
        let same_briefing = current == Some(self.ui.current);
        self.ui.current = current.unwrap_or(self.ui.current.min(self.briefings.len() - 1));
        self.ui.today = self.now.unwrap_or(self.briefings[self.ui.current].as_of);
        if !same_briefing {
            // the lists of one briefing mean nothing in another
            for &pane in Pane::ALL {
                if pane.spec().own_briefing.is_none() {
                    *self.ui.cursor_mut(pane) = Default::default();
                }
            }
        }
        self.refilter_all();
        for (&pane, name) in Pane::ALL.iter().zip(kept.selected) {
            let n = self.len(pane);
            let found = name.and_then(|name| self.position_named(pane, &name));
            let cursor = self.ui.cursor_mut(pane);
            cursor.selected = found.unwrap_or(cursor.selected.min(n.saturating_sub(1)));
        }
        self.ui.origin = kept.origin.and_then(|(p, name)| self.named(p, &name));
        self.ui.involved = kept.involved.and_then(|(p, name)| self.named(p, &name));
    }

    /// The position among those shown of `pane`'s item called `name`.
    fn position_named(&self, pane: Pane, name: &str) -> Option<usize> {
        let shown = self.shown(pane);
        shown.iter().position(|i| self.item_name(pane, i) == name)
    }

    /// `pane`'s item called `name`, by its index in the full list.
    fn named(&self, pane: Pane, name: &str) -> Option<(Pane, usize)> {
        let all = (pane.spec().len)(&self.data());
        (0..all)
            .find(|&i| self.item_name(pane, i) == name)
            .map(|i| (pane, i))
    }
}
