//! What `update` changes: one value, compared before and after each action
//! to tell the event loop whether to redraw.

use chrono::NaiveDate;
use ratatui::layout::Size;

use crate::dashboard::panes::Pane;
use crate::dashboard::theme::ThemeName;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Popup {
    /// The selected item of the focused pane, in full.
    Detail,
    Help,
}

/// Everything `update` may change that shows on screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ui {
    /// Which briefing is shown.
    pub(super) current: usize,
    /// The day countdowns are counted from: `--now`, or the briefing's as-of day.
    pub today: NaiveDate,
    pub focus: Pane,
    /// Each pane's selection and filter, in tab order.
    cursors: Vec<Cursor>,
    /// Whether keys are typing into the focused pane's filter.
    pub filtering: bool,
    /// The item the source pane was opened from (pane, index in its full list).
    pub origin: Option<(Pane, usize)>,
    /// The item the people pane was opened from with `p` (pane, index in its full list).
    pub involved: Option<(Pane, usize)>,
    pub popup: Option<Popup>,
    /// First line of the open popup shown; kept within what the popup holds.
    pub popup_scroll: u16,
    /// The terminal's size.
    pub size: Size,
    /// Messages for the status line (files skipped at load), shown until a key is pressed.
    pub notices: Vec<String>,
    /// What the last key did, or why it did nothing, until the next key.
    pub status: Option<String>,
    /// Why files read again did not load, until they do: the last good
    /// briefings stay on screen meanwhile.
    pub problems: Vec<String>,
    /// Whether the map names the countries around the trip (`n`).
    pub country_names: bool,
    /// The colours everything is drawn in; set once, before the first draw.
    pub theme: ThemeName,
}

/// A pane's selection and filter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Cursor {
    /// The selected item's position among those the filter lets through.
    pub(super) selected: usize,
    /// Empty for none.
    pub(super) filter: String,
}

impl Ui {
    pub(super) fn new(today: NaiveDate) -> Self {
        Self {
            current: 0,
            today,
            focus: Pane::ALL[0],
            cursors: vec![Cursor::default(); Pane::ALL.len()],
            filtering: false,
            origin: None,
            involved: None,
            popup: None,
            popup_scroll: 0,
            size: Size::new(80, 24),
            notices: Vec::new(),
            status: None,
            problems: Vec::new(),
            country_names: true,
            theme: ThemeName::default(),
        }
    }

    pub(super) fn cursor(&self, pane: Pane) -> &Cursor {
        &self.cursors[pane.index()]
    }

    pub(super) fn cursor_mut(&mut self, pane: Pane) -> &mut Cursor {
        &mut self.cursors[pane.index()]
    }
}

/// What the last draw measured of the open popup; `update` scrolls within it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PopupFit {
    /// How many lines a page is: the lines shown at once.
    pub page: u16,
    /// How far it can scroll: the lines that do not fit.
    pub max_scroll: u16,
}
