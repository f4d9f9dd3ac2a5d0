//! The dashboard's state and its one entry point, `update(Action)`: no I/O, no
//! terminal, so every key's effect is a plain state transition that tests can check.

use std::ops::Range;

use chrono::NaiveDate;
use ratatui::layout::Size;

use crate::model::fold_whitespace;
use crate::model::history::History;
use crate::model::sentences::sentences;
use crate::model::timeline::{self, Entry};
use crate::model::{Briefing, Evidence};

/// How many items PgUp / PgDn move in a list.
pub const PAGE: usize = 5;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    Tariffs,
    Itinerary,
    Quotes,
    People,
    History,
    Timeline,
    Source,
}

impl Pane {
    pub const ALL: [Pane; 7] = [
        Pane::Tariffs,
        Pane::Itinerary,
        Pane::Quotes,
        Pane::People,
        Pane::History,
        Pane::Timeline,
        Pane::Source,
    ];

    pub fn index(self) -> usize {
        self as usize
    }

    pub fn title(self) -> &'static str {
        match self {
            Pane::Tariffs => "Tariffs",
            Pane::Itinerary => "Itinerary",
            Pane::Quotes => "Quotes",
            Pane::People => "People",
            Pane::History => "History",
            Pane::Timeline => "Timeline",
            Pane::Source => "Source",
        }
    }

    /// What one entry of the pane is called, for hints.
    pub fn item(self) -> &'static str {
        match self {
            Pane::Tariffs => "tariff",
            Pane::Itinerary => "stop",
            Pane::Quotes => "quote",
            Pane::People => "person",
            Pane::History => "step",
            Pane::Timeline => "event",
            Pane::Source => "sentence",
        }
    }

    fn next(self) -> Pane {
        Pane::ALL[(self.index() + 1) % Pane::ALL.len()]
    }

    fn prev(self) -> Pane {
        Pane::ALL[(self.index() + Pane::ALL.len() - 1) % Pane::ALL.len()]
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Popup {
    /// The selected item of the focused pane, in full.
    Detail,
    Help,
}

/// Everything a key can do. The keymap maps keys to these.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Quit,
    FocusNext,
    FocusPrev,
    Focus(Pane),
    Up,
    Down,
    PageUp,
    PageDown,
    First,
    Last,
    Open,
    Close,
    Help,
    /// From an item to its sentence in the source pane, and back.
    Source,
    /// From a stop, event or quote to the people involved.
    People,
    NextBriefing,
    StartFilter,
    FilterChar(char),
    FilterBackspace,
    /// Keep the filter and leave typing.
    FilterDone,
    /// Drop the filter and leave typing.
    FilterClear,
    Resize(u16, u16),
    /// Ask to be suspended (Ctrl-Z); the terminal loop does it.
    Suspend,
}

#[derive(Debug, Clone)]
pub struct App {
    briefings: Vec<Briefing>,
    current: usize,
    /// Each briefing's article cut into sentences.
    sentences: Vec<Vec<Range<usize>>>,
    pub history: History,
    /// The events of all briefings, merged.
    pub timeline: Vec<Entry>,
    /// `--now`: the day countdowns are counted from, whatever the briefing.
    now: Option<NaiveDate>,
    /// The day countdowns are counted from: `--now`, or the briefing's as-of day.
    pub today: NaiveDate,
    pub focus: Pane,
    selected: [usize; 7],
    /// Each pane's filter text; empty for none.
    filters: [String; 7],
    /// Whether keys are typing into the focused pane's filter.
    pub filtering: bool,
    /// The item the source pane was opened from (pane, index in its full list).
    pub origin: Option<(Pane, usize)>,
    /// The item the people pane was opened from with `p` (pane, index in its full list).
    pub involved: Option<(Pane, usize)>,
    pub popup: Option<Popup>,
    /// First line of the open popup shown; kept within what the popup holds.
    pub popup_scroll: u16,
    /// The terminal's size, which the popup's scroll limit depends on.
    pub size: Size,
    /// Messages for the status line (files skipped at load), shown until a key is pressed.
    pub notices: Vec<String>,
    pub quit: bool,
    /// A suspend asked for and not yet done by the terminal loop.
    pub suspend: bool,
}

impl App {
    /// The dashboard on `briefings` (at least one) and the tariff `history`.
    pub fn new(briefings: Vec<Briefing>, history: History, now: Option<NaiveDate>) -> Self {
        assert!(
            !briefings.is_empty(),
            "the dashboard shows at least one briefing"
        );
        let sentences = briefings.iter().map(|b| sentences(&b.article)).collect();
        let timeline = timeline::merge(&briefings);
        let today = now.unwrap_or(briefings[0].as_of);
        Self {
            briefings,
            current: 0,
            sentences,
            history,
            timeline,
            now,
            today,
            focus: Pane::Tariffs,
            selected: [0; 7],
            filters: Default::default(),
            filtering: false,
            origin: None,
            involved: None,
            popup: None,
            popup_scroll: 0,
            size: Size::new(80, 24),
            notices: Vec::new(),
            quit: false,
            suspend: false,
        }
    }

    /// The dashboard on the embedded briefings and tariff history.
    pub fn embedded(now: Option<NaiveDate>) -> Result<Self, crate::model::LoadError> {
        let history = crate::model::history::default_history()?;
        Ok(Self::new(crate::model::embedded_briefings()?, history, now))
    }

    /// The briefing shown.
    pub fn briefing(&self) -> &Briefing {
        &self.briefings[self.current]
    }

    /// Which briefing is shown, and how many there are.
    pub fn briefing_position(&self) -> (usize, usize) {
        (self.current, self.briefings.len())
    }

    /// The shown briefing's article sentences, as byte ranges.
    pub fn sentences(&self) -> &[Range<usize>] {
        &self.sentences[self.current]
    }

    pub fn filter(&self, pane: Pane) -> &str {
        &self.filters[pane.index()]
    }

    /// How many items `pane` has before filtering.
    fn total(&self, pane: Pane) -> usize {
        let b = self.briefing();
        match pane {
            Pane::Tariffs => b.tariffs.len(),
            Pane::Itinerary => b.stops.len(),
            Pane::Quotes => b.quotes.len(),
            Pane::People => b.people.len(),
            Pane::History => self.history_steps().len(),
            Pane::Timeline => self.timeline.len(),
            Pane::Source => self.sentences().len(),
        }
    }

    /// The words a filter is matched against.
    fn item_text(&self, pane: Pane, i: usize) -> String {
        let b = self.briefing();
        match pane {
            Pane::Tariffs => {
                let t = &b.tariffs[i];
                format!(
                    "{} {} {} {}",
                    t.rate,
                    t.direction(),
                    t.status.label(),
                    t.label
                )
            }
            Pane::Itinerary => {
                let s = &b.stops[i];
                format!(
                    "{} {} {} {}",
                    s.place,
                    s.country,
                    s.purpose.as_deref().unwrap_or_default(),
                    s.meets.join(" ")
                )
            }
            Pane::Quotes => {
                let q = &b.quotes[i];
                format!(
                    "{} {} {}",
                    q.speaker,
                    q.role.as_deref().unwrap_or_default(),
                    q.text
                )
            }
            Pane::People => {
                let p = &b.people[i];
                format!(
                    "{} {} {}",
                    p.name,
                    p.role.as_deref().unwrap_or_default(),
                    p.did.as_deref().unwrap_or_default()
                )
            }
            Pane::History => {
                let s = &self.history_steps()[i];
                format!("{} {} {}", s.imposer, s.rate, s.label)
            }
            Pane::Timeline => self.timeline[i].label.clone(),
            Pane::Source => b.article[self.sentences()[i].clone()].to_owned(),
        }
    }

    /// The history's steps known on the shown briefing's as-of day, in the
    /// order the history pane lists them.
    pub fn history_steps(&self) -> Vec<&crate::model::history::Step> {
        let as_of = self.briefing().as_of;
        let mut steps = self.history.in_order();
        steps.retain(|s| s.known_on(as_of));
        steps
    }

    /// The items `pane` shows: indices into its full list, filtered.
    pub fn visible(&self, pane: Pane) -> Vec<usize> {
        let filter = self.filter(pane).to_lowercase();
        (0..self.total(pane))
            .filter(|&i| {
                filter.is_empty() || self.item_text(pane, i).to_lowercase().contains(&filter)
            })
            .collect()
    }

    /// The selected item's position among the visible ones.
    pub fn selected(&self, pane: Pane) -> usize {
        self.selected[pane.index()]
    }

    /// The selected item's index in the pane's full list, if any is shown.
    pub fn selected_item(&self, pane: Pane) -> Option<usize> {
        self.visible(pane).get(self.selected(pane)).copied()
    }

    /// How many items `pane` shows.
    pub fn len(&self, pane: Pane) -> usize {
        self.visible(pane).len()
    }

    /// The evidence of item `i` of `pane`.
    pub fn evidence(&self, pane: Pane, i: usize) -> Option<Evidence> {
        let b = self.briefing();
        Some(match pane {
            Pane::Tariffs => b.tariffs.get(i)?.evidence.clone(),
            Pane::Itinerary => b.stops.get(i)?.evidence.clone(),
            Pane::Quotes => b.quotes.get(i)?.evidence.clone(),
            Pane::People => b.people.get(i)?.evidence.clone(),
            Pane::History => {
                let step = self.history_steps().get(i).copied()?;
                Evidence {
                    article: None,
                    source: Some(step.source.clone()),
                }
            }
            Pane::Timeline => self.timeline.get(i)?.evidence.clone(),
            Pane::Source => return None,
        })
    }

    /// Whether sentence `i` of the shown article is (part of) `evidence`'s article sentence.
    pub fn cites(&self, evidence: &Evidence, i: usize) -> bool {
        let Some(cited) = evidence.article.as_deref().map(fold_whitespace) else {
            return false;
        };
        let sentence = fold_whitespace(&self.briefing().article[self.sentences()[i].clone()]);
        !sentence.is_empty() && (cited.contains(&sentence) || sentence.contains(&cited))
    }

    /// The evidence the source pane highlights: that of the item it was opened from.
    pub fn highlighted(&self) -> Option<Evidence> {
        self.origin.and_then(|(pane, i)| self.evidence(pane, i))
    }

    /// Applies `action`; returns whether anything visible changed, so the
    /// event loop redraws only then.
    pub fn update(&mut self, action: Action) -> bool {
        let before = self.visible_state();
        match action {
            Action::Quit => self.quit = true,
            Action::Suspend => self.suspend = true,
            Action::Resize(w, h) => {
                self.size = Size::new(w, h);
                self.clamp_scroll();
                // a resize always redraws, even to the same size
                return true;
            }
            _ if !self.notices.is_empty() => {
                // the first key dismisses the status line, and does only that
                self.notices.clear();
                return true;
            }
            Action::Help => self.toggle_popup(Popup::Help),
            Action::Close => self.popup = None,
            _ if self.popup.is_some() => self.scroll(action),
            Action::StartFilter => self.filtering = true,
            Action::FilterChar(c) => self.edit_filter(|f| f.push(c)),
            Action::FilterBackspace => self.edit_filter(|f| {
                f.pop();
            }),
            Action::FilterDone => self.filtering = false,
            Action::FilterClear => {
                self.filtering = false;
                self.edit_filter(String::clear);
            }
            Action::FocusNext => self.focus = self.focus.next(),
            Action::FocusPrev => self.focus = self.focus.prev(),
            Action::Focus(pane) => self.focus = pane,
            Action::Open if self.len(self.focus) > 0 => self.open(Popup::Detail),
            Action::Up => self.step(|i, _| i.saturating_sub(1)),
            Action::Down => self.step(|i, n| (i + 1).min(n - 1)),
            Action::PageUp => self.step(|i, _| i.saturating_sub(PAGE)),
            Action::PageDown => self.step(|i, n| (i + PAGE).min(n - 1)),
            Action::First => self.step(|_, _| 0),
            Action::Last => self.step(|_, n| n - 1),
            Action::Source => self.jump(),
            Action::People => self.show_people(),
            Action::NextBriefing => self.show_briefing((self.current + 1) % self.briefings.len()),
            Action::Open => {}
        }
        before != self.visible_state()
    }

    /// Everything `update` can change that shows on screen.
    fn visible_state(&self) -> impl PartialEq + use<> {
        (
            (
                self.focus,
                self.selected,
                self.filters.clone(),
                self.filtering,
                self.origin,
                self.involved,
                self.current,
            ),
            (
                self.popup,
                self.popup_scroll,
                self.size,
                self.quit,
                self.today,
            ),
        )
    }

    fn toggle_popup(&mut self, popup: Popup) {
        if self.popup == Some(popup) {
            self.popup = None;
        } else {
            self.open(popup);
        }
    }

    fn open(&mut self, popup: Popup) {
        self.popup = Some(popup);
        self.popup_scroll = 0;
    }

    /// Moves the focused pane's selection; `f` gets the index and the (non-zero) length.
    fn step(&mut self, f: impl Fn(usize, usize) -> usize) {
        let n = self.len(self.focus);
        if n > 0 {
            let i = &mut self.selected[self.focus.index()];
            *i = f(*i, n);
        }
    }

    /// Changes the focused pane's filter and starts its list from the top.
    fn edit_filter(&mut self, f: impl FnOnce(&mut String)) {
        f(&mut self.filters[self.focus.index()]);
        self.selected[self.focus.index()] = 0;
    }

    fn show_briefing(&mut self, i: usize) {
        if i != self.current {
            self.current = i;
            self.today = self.now.unwrap_or(self.briefings[i].as_of);
            self.origin = None;
            // the lists of one briefing mean nothing in another
            self.involved = None;
            for pane in [
                Pane::Tariffs,
                Pane::Itinerary,
                Pane::Quotes,
                Pane::People,
                Pane::History,
                Pane::Source,
            ] {
                self.selected[pane.index()] = 0;
                self.filters[pane.index()].clear();
            }
        }
    }

    /// Selects item `i` of `pane`'s full list, clearing a filter that hides it.
    fn select_item(&mut self, pane: Pane, i: usize) {
        if !self.visible(pane).contains(&i) {
            self.filters[pane.index()].clear();
        }
        self.selected[pane.index()] = self.visible(pane).iter().position(|&x| x == i).unwrap_or(0);
        self.focus = pane;
    }

    /// `s`: from an item to the sentence it rests on, or from the source pane back to the item.
    fn jump(&mut self) {
        if self.focus == Pane::Source {
            let Some(sentence) = self.selected_item(Pane::Source) else {
                return;
            };
            let back = self.origin.filter(|&(p, i)| {
                self.evidence(p, i)
                    .is_some_and(|e| self.cites(&e, sentence))
            });
            let target = back.or_else(|| self.citing_item(sentence));
            if let Some((pane, i)) = target {
                self.select_item(pane, i);
            }
            return;
        }
        let Some(i) = self.selected_item(self.focus) else {
            return;
        };
        if self.focus == Pane::Timeline
            && let Some(&b) = self.timeline[i].briefings.first()
        {
            // the event's own briefing holds its sentence
            let origin = self.focus;
            self.show_briefing(b);
            self.focus = origin;
        }
        let Some(evidence) = self.evidence(self.focus, i) else {
            return;
        };
        self.origin = Some((self.focus, i));
        let first = (0..self.sentences().len()).find(|&s| self.cites(&evidence, s));
        self.filters[Pane::Source.index()].clear();
        self.focus = Pane::Source;
        if let Some(s) = first {
            self.selected[Pane::Source.index()] = s;
        }
    }

    /// The people of the shown briefing that item `i` of `pane` names: whom a
    /// stop meets, who took part in an event, who said a quote.
    pub fn people_of(&self, pane: Pane, i: usize) -> Vec<usize> {
        let b = self.briefing();
        let names: Vec<&str> = match pane {
            Pane::Itinerary => b
                .stops
                .get(i)
                .map_or(vec![], |s| s.meets.iter().map(String::as_str).collect()),
            Pane::Quotes => b.quotes.get(i).map_or(vec![], |q| vec![q.speaker.as_str()]),
            Pane::Timeline => self
                .timeline
                .get(i)
                .map_or(vec![], |e| e.people.iter().map(String::as_str).collect()),
            _ => vec![],
        };
        (0..b.people.len())
            .filter(|&k| names.contains(&b.people[k].name.as_str()))
            .collect()
    }

    /// `p`: from the selected item to the first of the people involved,
    /// the others marked in the people pane.
    fn show_people(&mut self) {
        let Some(i) = self.selected_item(self.focus) else {
            return;
        };
        if self.focus == Pane::Timeline
            && let Some(&b) = self.timeline[i].briefings.first()
        {
            // the event's own briefing holds its people
            self.show_briefing(b);
            self.focus = Pane::Timeline;
        }
        if let Some(&first) = self.people_of(self.focus, i).first() {
            self.involved = Some((self.focus, i));
            self.select_item(Pane::People, first);
        }
    }

    /// The first item that rests on sentence `s` of the shown article.
    fn citing_item(&self, s: usize) -> Option<(Pane, usize)> {
        self.citing_items(s).into_iter().next()
    }

    /// Every item that rests on sentence `s` of the shown article.
    pub fn citing_items(&self, s: usize) -> Vec<(Pane, usize)> {
        let mut out = Vec::new();
        for pane in [
            Pane::Tariffs,
            Pane::Itinerary,
            Pane::Quotes,
            Pane::People,
            Pane::Timeline,
        ] {
            for i in 0..self.total(pane) {
                if self.evidence(pane, i).is_some_and(|e| self.cites(&e, s)) {
                    out.push((pane, i));
                }
            }
        }
        out
    }

    /// A short name for item `i` of `pane`: "tariff 145%", "stop Tokyo".
    pub fn item_name(&self, pane: Pane, i: usize) -> String {
        let b = self.briefing();
        match pane {
            Pane::Tariffs => format!("tariff {}% {}", b.tariffs[i].rate, b.tariffs[i].direction()),
            Pane::Itinerary => format!("stop {}", b.stops[i].place),
            Pane::Quotes => format!("quote by {}", b.quotes[i].speaker),
            Pane::People => format!("person {}", b.people[i].name),
            Pane::History => format!("step {}", self.history_steps()[i].label),
            Pane::Timeline => format!("event {}", self.timeline[i].label),
            Pane::Source => format!("sentence {}", i + 1),
        }
    }

    /// The title of briefing `i`.
    pub fn briefing_title(&self, i: usize) -> &str {
        &self.briefings[i].title
    }

    fn scroll(&mut self, action: Action) {
        let page = crate::dashboard::render::popup_page(self);
        let s = self.popup_scroll;
        self.popup_scroll = match action {
            Action::Up => s.saturating_sub(1),
            Action::Down => s.saturating_add(1),
            Action::PageUp => s.saturating_sub(page),
            Action::PageDown => s.saturating_add(page),
            Action::First => 0,
            Action::Last => u16::MAX,
            _ => s,
        };
        self.clamp_scroll();
    }

    fn clamp_scroll(&mut self) {
        self.popup_scroll = self
            .popup_scroll
            .min(crate::dashboard::render::popup_max_scroll(self));
    }
}
