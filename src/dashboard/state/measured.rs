//! What the last draw measured, written back by the renderer: where the
//! tabs, the panes and their rows are, and the open popup. The mouse finds
//! what it points at here, and PgUp/PgDn move by the rows a pane shows;
//! `update` reads it and never draws.

use ratatui::layout::{Position, Rect};

use super::{Action, App, PAGE, Popup};
use crate::dashboard::panes::Pane;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Measured {
    /// Each tab of the tab line, with the pane it focuses.
    pub tabs: Vec<(Rect, Pane)>,
    pub panes: Vec<PaneArea>,
    /// The open popup's area.
    pub popup: Option<Rect>,
}

/// A pane on screen: its area, borders included, and the items it shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaneArea {
    pub pane: Pane,
    pub area: Rect,
    /// The rows shown whole, each with its item's position among those shown.
    pub rows: Vec<(Rect, usize)>,
}

/// Which way the wheel turned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wheel {
    Up,
    Down,
}

impl Measured {
    fn pane_at(&self, at: Position) -> Option<&PaneArea> {
        self.panes.iter().find(|p| p.area.contains(at))
    }
}

impl App {
    /// Takes what the draw measured.
    pub fn measure(&mut self, measured: Measured) {
        self.measured = measured;
    }

    /// How many items PgUp/PgDn move in `pane`: as many as it shows whole,
    /// or `PAGE` before it is drawn.
    pub(super) fn page(&self, pane: Pane) -> usize {
        self.measured
            .panes
            .iter()
            .find(|p| p.pane == pane)
            .map_or(PAGE, |p| p.rows.len().max(1))
    }

    /// A click: outside an open popup closes it; on a tab or a pane focuses
    /// it; on a row also selects that row's item. A filter being typed is
    /// kept, and typing ends.
    pub(super) fn click(&mut self, at: Position) {
        self.ui.filtering = false;
        if self.ui.popup.is_some() {
            if !self.measured.popup.is_some_and(|p| p.contains(at)) {
                self.ui.popup = None;
            }
            return;
        }
        if let Some(&(_, pane)) = self.measured.tabs.iter().find(|(r, _)| r.contains(at)) {
            self.ui.focus = pane;
            return;
        }
        let Some(hit) = self.measured.pane_at(at) else {
            return;
        };
        let (pane, row) = (hit.pane, hit.rows.iter().find(|(r, _)| r.contains(at)));
        let position = row.map(|&(_, position)| position);
        self.ui.focus = pane;
        if let Some(position) = position {
            self.ui.cursor_mut(pane).selected = position;
        }
    }

    /// A double click: the click, then the details of the row it selected.
    pub(super) fn double_click(&mut self, at: Position) {
        self.click(at);
        let on_row = self
            .measured
            .pane_at(at)
            .is_some_and(|p| p.rows.iter().any(|(r, _)| r.contains(at)));
        if self.ui.popup.is_none() && on_row {
            self.open(Popup::Detail);
        }
    }

    /// The wheel: scrolls an open popup a line, else moves the selection of
    /// the pane under the pointer, focusing it.
    pub(super) fn wheel(&mut self, at: Position, way: Wheel) {
        let step = match way {
            Wheel::Up => Action::Up,
            Wheel::Down => Action::Down,
        };
        if self.ui.popup.is_some() {
            self.scroll(step);
        } else if let Some(hit) = self.measured.pane_at(at) {
            self.ui.focus = hit.pane;
            self.update(step);
        }
    }
}

#[cfg(test)]
mod tests {
    use ratatui::layout::Rect;

    use super::*;

    /// The tariffs pane at the top left with three one-line rows, the quotes
    /// pane below it with two, a tab for the people pane above.
    fn drawn() -> App {
        let mut app = App::embedded(None).expect("the embedded briefing");
        let rows = |y: u16, n: usize| {
            (0..n)
                .map(|k| (Rect::new(1, y + k as u16, 38, 1), k))
                .collect()
        };
        app.measure(Measured {
            tabs: vec![(Rect::new(0, 0, 10, 1), Pane::People)],
            panes: vec![
                PaneArea {
                    pane: Pane::Tariffs,
                    area: Rect::new(0, 1, 40, 5),
                    rows: rows(2, 3),
                },
                PaneArea {
                    pane: Pane::Quotes,
                    area: Rect::new(0, 6, 40, 4),
                    rows: rows(7, 2),
                },
            ],
            popup: None,
        });
        app
    }

    fn click(app: &mut App, x: u16, y: u16, double: bool) {
        app.update(Action::Click {
            at: Position::new(x, y),
            double,
        });
    }

    #[test]
    fn a_click_focuses_the_pane_and_selects_the_row_under_it() {
        let mut app = drawn();
        click(&mut app, 5, 8, false);
        assert_eq!(
            (app.ui.focus, app.selected(Pane::Quotes)),
            (Pane::Quotes, 1)
        );
        // on a border: the pane is focused, the selection stays
        click(&mut app, 0, 3, false);
        assert_eq!(
            (app.ui.focus, app.selected(Pane::Tariffs)),
            (Pane::Tariffs, 0)
        );
        click(&mut app, 3, 0, false);
        assert_eq!(app.ui.focus, Pane::People, "a tab");
        click(&mut app, 60, 30, false);
        assert_eq!(app.ui.focus, Pane::People, "nothing there");
    }

    #[test]
    fn a_double_click_opens_the_row_and_a_click_outside_closes_it() {
        let mut app = drawn();
        click(&mut app, 5, 4, true);
        assert_eq!(app.selected(Pane::Tariffs), 2);
        assert_eq!(app.ui.popup, Some(Popup::Detail));
        let mut measured = app.measured.clone();
        measured.popup = Some(Rect::new(10, 2, 20, 6));
        app.measure(measured);
        click(&mut app, 12, 3, false);
        assert_eq!(app.ui.popup, Some(Popup::Detail), "inside the popup");
        click(&mut app, 1, 9, false);
        assert_eq!(app.ui.popup, None);
        assert_eq!(
            app.ui.focus,
            Pane::Tariffs,
            "the closing click does only that"
        );
    }

    #[test]
    fn the_wheel_moves_the_selection_of_the_pane_under_the_pointer() {
        let mut app = drawn();
        let wheel = |app: &mut App, way| app.update(Action::Wheel(Position::new(5, 7), way));
        wheel(&mut app, Wheel::Down);
        wheel(&mut app, Wheel::Down);
        assert_eq!(
            (app.ui.focus, app.selected(Pane::Quotes)),
            (Pane::Quotes, 2)
        );
        wheel(&mut app, Wheel::Up);
        assert_eq!(app.selected(Pane::Quotes), 1);
    }

    #[test]
    fn a_click_ends_typing_a_filter_and_keeps_it() {
        let mut app = drawn();
        app.update(Action::StartFilter);
        app.update(Action::FilterChar('u'));
        click(&mut app, 5, 8, false);
        assert!(!app.ui.filtering);
        assert_eq!(
            (app.ui.focus, app.filter(Pane::Tariffs)),
            (Pane::Quotes, "u")
        );
    }

    #[test]
    fn a_page_is_the_rows_a_pane_shows() {
        let mut app = drawn();
        app.update(Action::PageDown);
        assert_eq!(app.selected(Pane::Tariffs), 3);
        app.update(Action::Focus(Pane::People));
        app.update(Action::PageDown);
        assert_eq!(app.selected(Pane::People), PAGE, "not drawn: PAGE");
    }
}
