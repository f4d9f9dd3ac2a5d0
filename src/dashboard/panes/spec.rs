//! What a pane is: the row each pane's file fills in, and the registry lists.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;

use super::context::{Context, Data, ListView, Summary};
use crate::model::Evidence;

/// Everything about one pane. Its functions get the data or the context, never
/// the app, so that the app can hold the registry without a loop.
pub struct Spec {
    /// Its tab and border title.
    pub title: &'static str,
    /// What one item of its list is called, for the footer: "tariff".
    pub noun: &'static str,
    /// What its number key does, for the help.
    pub focus_help: &'static str,
    /// The grid page it is shown on.
    pub page: Page,
    /// Draws the list in the pane's block.
    pub draw_list: fn(&Context, &ListView, Rect, &mut Buffer),
    /// The item in full, wrapped to a width: the detail popup.
    pub detail: fn(&Context, usize, u16) -> Detail,
    /// How many items its list has before filtering.
    pub len: fn(&Data) -> usize,
    /// The words a filter is matched against.
    pub filter_text: fn(&Data, usize) -> String,
    /// What the item rests on, if anything.
    pub evidence: fn(&Data, usize) -> Option<Evidence>,
    /// A short name for the item: "stop Tokyo".
    pub name: fn(&Data, usize) -> String,
    /// The people the item names: whom a stop meets, who said a quote.
    pub people: for<'d> fn(&Data<'d>, usize) -> Vec<&'d str>,
    /// For a list of every briefing's items (the timeline): the briefing the
    /// item comes from. Such a list stays as it is when another briefing is shown.
    pub own_briefing: Option<fn(&Data, usize) -> Option<usize>>,
    /// What the pane works out over all its items (the longest bar, the
    /// widest column), once per briefing and kept in the state, so that
    /// neither a key that moves the selection nor a filter looks at every
    /// item again; it also keeps scales and columns still while filtering.
    pub summary: Option<fn(&Data) -> Summary>,
    /// For a list whose items wrap: the lines it takes drawn `width` wide,
    /// counted only up to `cap` (beyond that, more than there is room for),
    /// so that a pane that needs less room can give it to its neighbour.
    pub lines: Option<LineCount>,
}

/// `Spec::lines`: the lines a list takes `width` wide, counted up to a cap.
pub type LineCount = fn(&Context, &ListView, u16, usize) -> usize;

/// The two grid pages: the story today, then how it came about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Today,
    Background,
}

/// A detail popup's title and lines.
#[derive(Debug, Default)]
pub struct Detail {
    pub title: String,
    pub lines: Vec<Line<'static>>,
}

/// For the panes whose items name no people.
pub fn nobody<'d>(_: &Data<'d>, _: usize) -> Vec<&'d str> {
    Vec::new()
}
