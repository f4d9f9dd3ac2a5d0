//! `update(Action)`: what each key does to the state.

use ratatui::layout::{Position, Size};

use super::measured::Wheel;
use super::{App, Popup, PopupFit};
use crate::dashboard::panes::Pane;

/// How many items PgUp / PgDn move in a list not yet drawn (once drawn,
/// as many as it shows).
pub const PAGE: usize = 5;

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
    PrevBriefing,
    /// Esc: clear the filter, or return from a jump; never quit.
    Back,
    StartFilter,
    FilterChar(char),
    FilterBackspace,
    /// Keep the filter and leave typing.
    FilterDone,
    /// Drop the filter and leave typing.
    FilterClear,
    Resize(u16, u16),
    /// A left click at a cell; `double` for the second of two quick ones.
    Click {
        at: Position,
        double: bool,
    },
    Wheel(Position, Wheel),
    /// Show or hide the country names on the map.
    CountryNames,
    /// Ask to be suspended (Ctrl-Z); the terminal loop does it.
    Suspend,
    /// Ask for the screen to be saved as SVG (`e`); the terminal loop does it.
    Export,
    /// Ask for the selected item to be copied (`y`); the terminal loop sends it.
    Copy,
    /// Ask for the files to be read again (`r`); the terminal loop reads them.
    Reload,
}

impl App {
    /// Applies `action`; returns whether anything visible changed, so the
    /// event loop redraws only then.
    pub fn update(&mut self, action: Action) -> bool {
        if let Action::Resize(w, h) = action {
            self.ui.size = Size::new(w, h);
            // a resize always redraws, even to the same size; the draw
            // measures the popup again and clamps its scroll
            return true;
        }
        let before = self.ui.clone();
        // the status line tells what the last key did: the next one clears it
        self.ui.status = None;
        match action {
            Action::Quit => self.quit = true,
            Action::Suspend => self.suspend = true,
            Action::Export => self.export = true,
            Action::Copy => match self.copy_text() {
                Some(text) => self.clipboard = Some(text),
                None => self.say("nothing to copy: the list is empty"),
            },
            // the first key dismisses the notices, and does only that
            _ if !self.ui.notices.is_empty() => self.ui.notices.clear(),
            Action::Click { at, double: false } => self.click(at),
            Action::Click { at, double: true } => self.double_click(at),
            Action::Wheel(at, way) => self.wheel(at, way),
            Action::Help => self.toggle_popup(Popup::Help),
            Action::Close => self.ui.popup = None,
            _ if self.ui.popup.is_some() => self.scroll(action),
            Action::StartFilter => self.ui.filtering = true,
            // a control character would reach the terminal in the pane's title
            Action::FilterChar(c) if c.is_control() => {}
            Action::FilterChar(c) => self.edit_filter(|f| f.push(c)),
            Action::FilterBackspace => self.edit_filter(|f| {
                f.pop();
            }),
            Action::FilterDone => self.ui.filtering = false,
            Action::FilterClear => {
                self.ui.filtering = false;
                self.edit_filter(String::clear);
            }
            Action::FocusNext => self.ui.focus = self.ui.focus.next(),
            Action::FocusPrev => self.ui.focus = self.ui.focus.prev(),
            Action::Focus(pane) => self.ui.focus = pane,
            Action::Open if self.len(self.ui.focus) > 0 => self.open(Popup::Detail),
            Action::Open => self.say("nothing to open: the list is empty"),
            Action::Up => self.step(|i, _| i.saturating_sub(1)),
            Action::Down => self.step(|i, n| (i + 1).min(n - 1)),
            Action::PageUp => {
                let page = self.page(self.ui.focus);
                self.step(|i, _| i.saturating_sub(page))
            }
            Action::PageDown => {
                let page = self.page(self.ui.focus);
                self.step(|i, n| (i + page).min(n - 1))
            }
            Action::First => self.step(|_, _| 0),
            Action::Last => self.step(|_, n| n - 1),
            Action::Source => self.jump(),
            Action::People => self.show_people(),
            Action::NextBriefing => self.turn_briefing(1),
            Action::PrevBriefing => self.turn_briefing(self.briefings.len() - 1),
            Action::Back => self.back(),
            Action::CountryNames => {
                self.ui.country_names = !self.ui.country_names;
                self.say(if self.ui.country_names {
                    "country names shown on the map"
                } else {
                    "country names hidden on the map"
                });
            }
            Action::Reload if self.reloadable() => self.reload = true,
            Action::Reload => {
                self.say("nothing to reload: the embedded briefings come from no file")
            }
            Action::Resize(..) => {}
        }
        before != self.ui
    }

    /// Puts `message` on the status line until the next key.
    pub fn say(&mut self, message: impl Into<String>) {
        self.ui.status = Some(message.into());
    }

    fn toggle_popup(&mut self, popup: Popup) {
        if self.ui.popup == Some(popup) {
            self.ui.popup = None;
        } else {
            self.open(popup);
        }
    }

    pub(super) fn open(&mut self, popup: Popup) {
        self.ui.popup = Some(popup);
        self.ui.popup_scroll = 0;
        // nothing is measured of it until it is drawn
        self.popup_fit = PopupFit::default();
    }

    /// Moves the focused pane's selection; `f` gets the index and the (non-zero) length.
    fn step(&mut self, f: impl Fn(usize, usize) -> usize) {
        let pane = self.ui.focus;
        let n = self.len(pane);
        if n > 0 {
            let i = &mut self.ui.cursor_mut(pane).selected;
            *i = f(*i, n);
        }
    }

    /// Changes the focused pane's filter and starts its list from the top.
    fn edit_filter(&mut self, f: impl FnOnce(&mut String)) {
        let pane = self.ui.focus;
        let cursor = self.ui.cursor_mut(pane);
        let before = cursor.filter.clone();
        f(&mut cursor.filter);
        cursor.selected = 0;
        if cursor.filter != before {
            self.refilter(pane, &before);
        }
    }

    /// Scrolls the open popup within what its last draw measured.
    pub(super) fn scroll(&mut self, action: Action) {
        let fit = self.popup_fit;
        let s = self.ui.popup_scroll;
        self.ui.popup_scroll = match action {
            Action::Up => s.saturating_sub(1),
            Action::Down => s.saturating_add(1),
            Action::PageUp => s.saturating_sub(fit.page),
            Action::PageDown => s.saturating_add(fit.page),
            Action::First => 0,
            Action::Last => u16::MAX,
            _ => s,
        }
        .min(fit.max_scroll);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_popup_scrolls_within_what_its_last_draw_measured() {
        let mut app = App::embedded(None).expect("the embedded briefing");
        app.update(Action::Help);
        assert!(
            !app.update(Action::Down),
            "not drawn yet: nothing to scroll"
        );
        app.fit_popup(PopupFit {
            page: 10,
            max_scroll: 25,
        });
        app.update(Action::PageDown);
        assert_eq!(app.ui.popup_scroll, 10);
        app.update(Action::Last);
        assert_eq!(app.ui.popup_scroll, 25);
        assert!(!app.update(Action::Down), "at the bottom");
        // drawn again on a taller terminal: the scroll comes back within
        app.fit_popup(PopupFit {
            page: 30,
            max_scroll: 5,
        });
        assert_eq!(app.ui.popup_scroll, 5);
        // another popup starts at its top, with nothing measured of it
        app.update(Action::Close);
        app.update(Action::Open);
        assert_eq!(app.ui.popup_scroll, 0);
        assert!(!app.update(Action::PageDown));
    }

    #[test]
    fn only_what_shows_asks_for_a_redraw() {
        let mut app = App::embedded(None).expect("the embedded briefing");
        assert!(!app.update(Action::Up), "nothing above the first item");
        assert!(app.update(Action::Down));
        assert!(!app.update(Action::Suspend), "a request to the loop");
        assert!(app.suspend);
        assert!(
            app.update(Action::Resize(80, 24)),
            "a resize always redraws"
        );
        app.ui.notices.push("skipped a file".into());
        assert!(
            app.update(Action::Down),
            "the key dismisses the status line"
        );
        assert_eq!(app.selected(Pane::Tariffs), 1, "and does only that");
    }
}
