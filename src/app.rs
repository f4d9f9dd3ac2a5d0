//! The dashboard's state and its one entry point, `update(Action)`: no I/O, no
//! terminal, so every key's effect is a plain state transition that tests can check.

use chrono::NaiveDate;
use ratatui::layout::Size;

use crate::model::Briefing;

/// How many items PgUp / PgDn move in a list.
pub const PAGE: usize = 5;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    Tariffs,
    Itinerary,
    Quotes,
}

impl Pane {
    pub const ALL: [Pane; 3] = [Pane::Tariffs, Pane::Itinerary, Pane::Quotes];

    pub fn index(self) -> usize {
        self as usize
    }

    pub fn title(self) -> &'static str {
        match self {
            Pane::Tariffs => "Tariffs",
            Pane::Itinerary => "Itinerary",
            Pane::Quotes => "Quotes",
        }
    }

    /// What one entry of the pane is called, for hints.
    pub fn item(self) -> &'static str {
        match self {
            Pane::Tariffs => "tariff",
            Pane::Itinerary => "stop",
            Pane::Quotes => "quote",
        }
    }

    fn next(self) -> Pane {
        Pane::ALL[(self.index() + 1) % 3]
    }

    fn prev(self) -> Pane {
        Pane::ALL[(self.index() + 2) % 3]
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
    Resize(u16, u16),
}

#[derive(Debug, Clone)]
pub struct App {
    pub briefing: Briefing,
    /// The day countdowns are counted from: the briefing's as-of day unless `--now` says otherwise.
    pub today: NaiveDate,
    pub focus: Pane,
    selected: [usize; 3],
    pub popup: Option<Popup>,
    /// First line of the open popup shown; kept within what the popup holds.
    pub popup_scroll: u16,
    /// The terminal's size, which the popup's scroll limit depends on.
    pub size: Size,
    pub quit: bool,
}

impl App {
    pub fn new(briefing: Briefing, today: Option<NaiveDate>) -> Self {
        let today = today.unwrap_or(briefing.as_of);
        Self {
            briefing,
            today,
            focus: Pane::Tariffs,
            selected: [0; 3],
            popup: None,
            popup_scroll: 0,
            size: Size::new(80, 24),
            quit: false,
        }
    }

    /// The selected item's index in `pane`.
    pub fn selected(&self, pane: Pane) -> usize {
        self.selected[pane.index()]
    }

    /// How many items `pane` lists.
    pub fn len(&self, pane: Pane) -> usize {
        match pane {
            Pane::Tariffs => self.briefing.tariffs.len(),
            Pane::Itinerary => self.briefing.stops.len(),
            Pane::Quotes => self.briefing.quotes.len(),
        }
    }

    /// Applies `action`; returns whether anything visible changed, so the
    /// event loop redraws only then.
    pub fn update(&mut self, action: Action) -> bool {
        let before = self.visible();
        match action {
            Action::Quit => self.quit = true,
            Action::Resize(w, h) => {
                self.size = Size::new(w, h);
                self.clamp_scroll();
                // a resize always redraws, even to the same size
                return true;
            }
            Action::Help => self.toggle_popup(Popup::Help),
            Action::Close => self.popup = None,
            _ if self.popup.is_some() => self.scroll(action),
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
            Action::Open => {}
        }
        before != self.visible()
    }

    /// Everything `update` can change that shows on screen.
    fn visible(&self) -> (Pane, [usize; 3], Option<Popup>, u16, Size, bool) {
        (
            self.focus,
            self.selected,
            self.popup,
            self.popup_scroll,
            self.size,
            self.quit,
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

    fn scroll(&mut self, action: Action) {
        let page = crate::ui::popup_page(self);
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
        self.popup_scroll = self.popup_scroll.min(crate::ui::popup_max_scroll(self));
    }
}
