//! What the panes are given instead of the app: the data their lists come
//! from, what the dashboard around them says, and what each shows of its list.

use std::any::Any;
use std::cell::RefCell;
use std::fmt;
use std::ops::Range;
use std::sync::Arc;

use chrono::NaiveDate;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Text;

use super::item_set::ItemSet;
use crate::dashboard::cells;
use crate::dashboard::text::lines_h;
use crate::dashboard::theme::theme;
use crate::model::fold_whitespace;
use crate::model::history::{History, Step};
use crate::model::timeline::Entry;
use crate::model::{Briefing, Event, Evidence};

/// The data the lists come from.
#[derive(Debug, Clone, Copy)]
pub struct Data<'a> {
    pub briefings: &'a [Briefing],
    /// Which briefing is shown.
    pub current: usize,
    pub history: &'a History,
    /// The events of all briefings, merged.
    pub timeline: &'a [Entry],
    /// The shown briefing's article cut into sentences, as byte ranges.
    pub sentences: &'a [Range<usize>],
}

impl<'a> Data<'a> {
    /// The briefing shown.
    pub fn briefing(&self) -> &'a Briefing {
        &self.briefings[self.current]
    }

    /// The history's steps known on the shown briefing's as-of day, in the
    /// order the history pane lists them.
    pub fn steps(&self) -> Vec<&'a Step> {
        let as_of = self.briefing().as_of;
        let mut steps = self.history.in_order();
        steps.retain(|s| s.known_on(as_of));
        steps
    }

    /// Timeline entry `i`'s event, as its first briefing tells it.
    pub fn event(&self, i: usize) -> Option<&'a Event> {
        Some(self.timeline.get(i)?.event(self.briefings))
    }

    /// Sentence `i` of the shown article.
    pub fn sentence(&self, i: usize) -> &'a str {
        &self.briefing().article[self.sentences[i].clone()]
    }

    /// Whether sentence `i` of the shown article is (part of) `evidence`'s article sentence.
    pub fn cites(&self, evidence: &Evidence, i: usize) -> bool {
        let Some(cited) = evidence.article.as_deref().map(fold_whitespace) else {
            return false;
        };
        let sentence = fold_whitespace(self.sentence(i));
        !sentence.is_empty() && (cited.contains(&sentence) || sentence.contains(&cited))
    }
}

/// What the panes draw from: the data, and what the rest of the dashboard
/// says about it.
pub struct Context<'a> {
    pub data: Data<'a>,
    /// The day countdowns are counted from.
    pub today: NaiveDate,
    /// The evidence the source pane highlights: that of the item it was opened from.
    pub highlighted: Option<Evidence>,
    /// After `p`: the item it came from and the people it involves.
    pub involved: Option<Involved>,
    /// Names the items resting on a sentence of the shown article; asked
    /// only when a sentence is shown in full, as it looks at every item.
    pub feeds: Box<dyn Fn(usize) -> Vec<String> + 'a>,
    /// Whether the map names the countries around the trip.
    pub country_names: bool,
}

/// The item `p` came from, by name, and the people it involves (indices
/// into the shown briefing's people).
#[derive(Debug, Clone)]
pub struct Involved {
    pub item: String,
    pub people: Vec<usize>,
}

/// The items a filter lets through, as indices into the full list, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Items {
    /// No filter: the first `n` items, held without a list of them.
    All(usize),
    /// Those the filter matched.
    Only(ItemSet),
}

/// Nothing, as a placeholder while a list is worked out.
impl Default for Items {
    fn default() -> Self {
        Items::All(0)
    }
}

impl Items {
    pub fn len(&self) -> usize {
        match self {
            Items::All(n) => *n,
            Items::Only(set) => set.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The index in the full list of the `k`th item shown.
    pub fn get(&self, k: usize) -> Option<usize> {
        match self {
            Items::All(n) => (k < *n).then_some(k),
            Items::Only(set) => set.get(k),
        }
    }

    /// Where item `i` of the full list is among those shown.
    pub fn position(&self, i: usize) -> Option<usize> {
        match self {
            Items::All(n) => (i < *n).then_some(i),
            Items::Only(set) => set.position(i),
        }
    }

    /// Every item shown, in order.
    pub fn iter(&self) -> Box<dyn Iterator<Item = usize> + '_> {
        match self {
            Items::All(n) => Box::new(0..*n),
            Items::Only(set) => Box::new(set.iter()),
        }
    }
}

/// What a pane worked out over all its items (`Spec::summary`), of a type
/// its own file knows.
#[derive(Clone, Default)]
pub struct Summary(Option<Arc<dyn Any + Send + Sync>>);

impl Summary {
    pub fn new<T: Any + Send + Sync>(value: T) -> Self {
        Self(Some(Arc::new(value)))
    }

    pub fn get<T: Any>(&self) -> Option<&T> {
        self.0.as_ref()?.downcast_ref()
    }
}

impl fmt::Debug for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(if self.0.is_some() {
            "Summary(..)"
        } else {
            "Summary(none)"
        })
    }
}

/// What a pane shows of its list.
#[derive(Debug, Clone)]
pub struct ListView<'a> {
    /// The items the filter lets through.
    pub items: &'a Items,
    /// What the pane worked out over them.
    pub summary: &'a Summary,
    /// The selected item's position among `items`.
    pub selected: usize,
    pub focused: bool,
    /// The rows the draw showed whole, each with its item's position: the
    /// renderer hands them back to the state for the mouse and for paging.
    pub drawn: RefCell<Vec<(Rect, usize)>>,
}

impl ListView<'_> {
    /// The selected item's index in the full list, if any is shown.
    pub fn selected_item(&self) -> Option<usize> {
        self.items.get(self.selected)
    }

    /// Notes that item position `position` was drawn whole on `row`.
    pub fn mark_drawn(&self, row: Rect, position: usize) {
        self.drawn.borrow_mut().push((row, position));
    }

    /// Draws the items shown, each built by `item` from its index in the full
    /// list, with the selected one in view; only those on screen are built.
    pub fn draw_items<'r>(
        &self,
        mut item: impl FnMut(usize) -> Text<'r>,
        area: Rect,
        buf: &mut Buffer,
    ) {
        let items = self.items;
        // `window` asks only for positions below the length
        let row = |k| item(items.get(k).unwrap_or_default());
        self.draw_rows(items.len(), row, Some, Some(self.selected), area, buf);
    }

    /// Draws a list of `len` rows that scrolls to keep row `selected` in view,
    /// with the selection bar on it (quieter where the pane has no focus).
    /// Only the rows on screen are built, by `row`, from their position;
    /// `position` tells which item's position a row shows, if any.
    pub fn draw_rows<'r>(
        &self,
        len: usize,
        row: impl FnMut(usize) -> Text<'r>,
        position: impl Fn(usize) -> Option<usize>,
        selected: Option<usize>,
        area: Rect,
        buf: &mut Buffer,
    ) {
        let shown = window(len, selected, usize::from(area.height), row, Text::height);
        let mut y = area.y;
        for (k, text) in shown.rows.iter().enumerate() {
            let height = lines_h(text.height());
            if let Some(p) = position(shown.first + k) {
                self.mark_drawn(Rect::new(area.x, y, area.width, height), p);
            }
            y = y.saturating_add(height);
        }
        let selected = selected.map(|s| s.saturating_sub(shown.first));
        let highlight = theme().selection(self.focused);
        cells::list(&shown.rows, selected, highlight, area, buf);
        // the next item's first lines where rows would stay blank below
        let used = lines_h(shown.used);
        if let Some(next) = shown.next.filter(|_| used < area.height) {
            let rest = Rect::new(area.x, area.y + used, area.width, area.height - used);
            cells::text(&next, rest, buf);
        }
    }
}

/// The rows a list or table shows on `max` lines, built by `row` from their
/// position: those from the top when the selected row is among them, else
/// those that end at it, which is what ratatui's `List` and `Table` show on
/// a fresh state. Only rows near the window are built, whatever `len` is.
pub fn window<T>(
    len: usize,
    selected: Option<usize>,
    max: usize,
    mut row: impl FnMut(usize) -> T,
    height: impl Fn(&T) -> usize,
) -> Window<T> {
    let selected = selected.map(|s| s.min(len.saturating_sub(1)));
    let mut row = |k| {
        crate::dashboard::work::row();
        row(k)
    };
    let mut rows = Vec::new();
    let mut used = 0;
    let mut next = None;
    while rows.len() < len {
        let r = row(rows.len());
        if used + height(&r) > max {
            next = Some(r);
            break;
        }
        used += height(&r);
        rows.push(r);
    }
    match selected {
        Some(s) if len > 0 && s >= rows.len() => {
            let (mut rows, mut used, mut first) = (Vec::new(), 0, s + 1);
            while first > 0 {
                let r = row(first - 1);
                if used + height(&r) > max {
                    break;
                }
                used += height(&r);
                rows.push(r);
                first -= 1;
            }
            rows.reverse();
            let next = (s + 1 < len).then(|| row(s + 1));
            Window {
                first,
                rows,
                used,
                next,
            }
        }
        _ => Window {
            first: 0,
            rows,
            used,
            next,
        },
    }
}

/// What `window` chose: its first row's position, its rows, the lines they
/// use, and the row after them (which a table shows in part when there is room).
pub struct Window<T> {
    pub first: usize,
    pub rows: Vec<T>,
    pub used: usize,
    pub next: Option<T>,
}
