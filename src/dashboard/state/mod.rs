//! The dashboard's state and its one entry point, `update(Action)`: no I/O, no
//! terminal and no drawing, so every key's effect is a plain state transition
//! that tests can check. What a pane's items are comes from the pane registry;
//! what the renderer measured (the popup's size) is written back to it.

mod copy;
mod filter_index;
mod jumps;
mod measured;
mod reload;
mod shown;
mod ui;
mod update;

use std::ops::Range;
use std::path::PathBuf;

use chrono::NaiveDate;

use crate::dashboard::panes::{Context, Data, Involved, Items, ListView, Pane, Summary};
use crate::model::history::{History, Step};
use crate::model::sentences::sentences;
use crate::model::timeline::{self, Entry};
use crate::model::{Briefing, Event, Evidence};

pub use measured::{Measured, PaneArea, Wheel};
pub use reload::{NOTHING_LEFT, Reread};
pub use ui::{Popup, PopupFit, Ui};
pub use update::{Action, PAGE};

#[derive(Debug, Clone)]
pub struct App {
    briefings: Vec<Briefing>,
    /// The file each briefing was read from, to read again; none for the
    /// embedded ones.
    files: Vec<PathBuf>,
    /// Each briefing's article cut into sentences.
    sentences: Vec<Vec<Range<usize>>>,
    /// Each briefing's countdown events, by index: the header draws them at
    /// every frame, whatever the number of events.
    countdowns: Vec<Vec<usize>>,
    pub history: History,
    /// The events of all briefings, merged.
    pub timeline: Vec<Entry>,
    /// `--now`: the day countdowns are counted from, whatever the briefing.
    now: Option<NaiveDate>,
    /// What each pane's filter lets through, and what the pane worked out
    /// over it, in tab order.
    shown: Vec<(Items, Summary)>,
    /// What shorter filters showed, for Backspace.
    earlier: shown::Earlier,
    /// The text each filter is matched against, indexed once.
    indexes: shown::Indexes,
    /// Everything `update` changes that shows on screen.
    pub ui: Ui,
    /// What the last draw measured of the open popup.
    popup_fit: PopupFit,
    /// Where the last draw put the tabs, panes and rows.
    measured: Measured,
    pub quit: bool,
    /// A suspend asked for and not yet done by the terminal loop.
    pub suspend: bool,
    /// A screen export (`e`) asked for and not yet done by the terminal loop.
    pub export: bool,
    /// Text to put on the clipboard (`y`), not yet sent by the terminal loop.
    pub clipboard: Option<String>,
    /// A reload asked for (`r`) and not yet done by the terminal loop.
    pub reload: bool,
}

impl App {
    /// The dashboard on `briefings` (at least one) and the tariff `history`.
    pub fn new(briefings: Vec<Briefing>, history: History, now: Option<NaiveDate>) -> Self {
        assert!(
            !briefings.is_empty(),
            "the dashboard shows at least one briefing"
        );
        let sentences = briefings.iter().map(|b| sentences(&b.article)).collect();
        let countdowns = briefings
            .iter()
            .map(|b| {
                (0..b.events.len())
                    .filter(|&i| b.events[i].countdown)
                    .collect()
            })
            .collect();
        let timeline = timeline::merge(&briefings);
        let today = now.unwrap_or(briefings[0].as_of);
        let mut app = Self {
            indexes: shown::indexes(briefings.len()),
            briefings,
            files: Vec::new(),
            sentences,
            countdowns,
            history,
            timeline,
            now,
            shown: Vec::new(),
            earlier: Vec::new(),
            ui: Ui::new(today),
            popup_fit: PopupFit::default(),
            measured: Measured::default(),
            quit: false,
            suspend: false,
            export: false,
            clipboard: None,
            reload: false,
        };
        app.refilter_all();
        app
    }

    /// The dashboard on the embedded briefings and tariff history.
    pub fn embedded(now: Option<NaiveDate>) -> Result<Self, crate::model::LoadError> {
        let history = crate::model::history::default_history()?;
        Ok(Self::new(crate::model::embedded_briefings()?, history, now))
    }

    /// The briefing shown.
    pub fn briefing(&self) -> &Briefing {
        &self.briefings[self.ui.current]
    }

    /// Which briefing is shown, and how many there are.
    pub fn briefing_position(&self) -> (usize, usize) {
        (self.ui.current, self.briefings.len())
    }

    /// The shown briefing's events the header counts down to.
    pub fn countdowns(&self) -> impl Iterator<Item = &Event> {
        let b = self.briefing();
        self.countdowns[self.ui.current]
            .iter()
            .map(|&i| &b.events[i])
    }

    /// The shown briefing's article sentences, as byte ranges.
    pub fn sentences(&self) -> &[Range<usize>] {
        &self.sentences[self.ui.current]
    }

    /// The history's steps known on the shown briefing's as-of day, in the
    /// order the history pane lists them.
    pub fn history_steps(&self) -> Vec<&Step> {
        self.data().steps()
    }

    /// The data the panes' lists come from.
    pub fn data(&self) -> Data<'_> {
        Data {
            briefings: &self.briefings,
            current: self.ui.current,
            history: &self.history,
            timeline: &self.timeline,
            sentences: self.sentences(),
        }
    }

    pub fn filter(&self, pane: Pane) -> &str {
        &self.ui.cursor(pane).filter
    }

    /// The items `pane` shows: indices into its full list, filtered.
    pub fn visible(&self, pane: Pane) -> Vec<usize> {
        self.shown(pane).iter().collect()
    }

    /// The selected item's position among the visible ones.
    pub fn selected(&self, pane: Pane) -> usize {
        self.ui.cursor(pane).selected
    }

    /// The selected item's index in the pane's full list, if any is shown.
    pub fn selected_item(&self, pane: Pane) -> Option<usize> {
        self.shown(pane).get(self.selected(pane))
    }

    /// How many items `pane` shows.
    pub fn len(&self, pane: Pane) -> usize {
        self.shown(pane).len()
    }

    /// What `pane` shows of its list.
    pub fn list_view(&self, pane: Pane) -> ListView<'_> {
        ListView {
            items: self.shown(pane),
            summary: &self.shown[pane.index()].1,
            selected: self.selected(pane),
            focused: self.ui.focus == pane,
            drawn: Default::default(),
        }
    }

    /// The evidence of item `i` of `pane`.
    pub fn evidence(&self, pane: Pane, i: usize) -> Option<Evidence> {
        (pane.spec().evidence)(&self.data(), i)
    }

    /// A short name for item `i` of `pane`: "tariff 145%", "stop Tokyo".
    pub fn item_name(&self, pane: Pane, i: usize) -> String {
        (pane.spec().name)(&self.data(), i)
    }

    /// The people of the shown briefing that item `i` of `pane` names: whom a
    /// stop meets, who took part in an event, who said a quote.
    pub fn people_of(&self, pane: Pane, i: usize) -> Vec<usize> {
        let data = self.data();
        let names = (pane.spec().people)(&data, i);
        let people = &self.briefing().people;
        (0..people.len())
            .filter(|&k| names.contains(&people[k].name.as_str()))
            .collect()
    }

    /// The evidence the source pane highlights: that of the item it was opened from.
    pub fn highlighted(&self) -> Option<Evidence> {
        self.ui.origin.and_then(|(pane, i)| self.evidence(pane, i))
    }

    /// What the panes draw from.
    pub fn context(&self) -> Context<'_> {
        Context {
            data: self.data(),
            today: self.ui.today,
            highlighted: self.highlighted(),
            involved: self.ui.involved.map(|(pane, i)| Involved {
                item: self.item_name(pane, i),
                people: self.people_of(pane, i),
            }),
            feeds: Box::new(|s| {
                self.citing_items(s)
                    .into_iter()
                    .map(|(pane, i)| self.item_name(pane, i))
                    .collect()
            }),
            country_names: self.ui.country_names,
        }
    }

    /// Takes what the draw measured of the open popup, and keeps its scroll
    /// within it, as a stateful widget keeps its offset.
    pub fn fit_popup(&mut self, fit: PopupFit) {
        self.popup_fit = fit;
        self.ui.popup_scroll = self.ui.popup_scroll.min(fit.max_scroll);
    }
}
