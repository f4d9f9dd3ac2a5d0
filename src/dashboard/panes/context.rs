//! What the panes are given instead of the app: the data their lists come
//! from, what the dashboard around them says, and what each shows of its list.

use std::ops::Range;

use chrono::NaiveDate;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{List, ListItem, ListState, StatefulWidget};

use crate::dashboard::theme::THEME;
use crate::model::fold_whitespace;
use crate::model::history::{History, Step};
use crate::model::timeline::Entry;
use crate::model::{Briefing, Evidence};

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
}

/// The item `p` came from, by name, and the people it involves (indices
/// into the shown briefing's people).
#[derive(Debug, Clone)]
pub struct Involved {
    pub item: String,
    pub people: Vec<usize>,
}

/// What a pane shows of its list.
#[derive(Debug, Clone)]
pub struct ListView {
    /// The items the filter lets through: indices into the full list.
    pub items: Vec<usize>,
    /// The selected item's position among `items`.
    pub selected: usize,
    pub focused: bool,
}

impl ListView {
    /// The selected item's index in the full list, if any is shown.
    pub fn selected_item(&self) -> Option<usize> {
        self.items.get(self.selected).copied()
    }

    /// Draws `rows` as a list that scrolls to keep row `selected` in view,
    /// with the selection bar on it (quieter where the pane has no focus).
    pub fn draw_rows<'r>(
        &self,
        rows: impl IntoIterator<Item = ListItem<'r>>,
        selected: Option<usize>,
        area: Rect,
        buf: &mut Buffer,
    ) {
        let mut state = ListState::default().with_selected(selected);
        let list = List::new(rows).highlight_style(THEME.selection(self.focused));
        StatefulWidget::render(list, area, buf, &mut state);
    }
}
