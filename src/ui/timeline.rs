//! The timeline pane: the events of every loaded briefing, by date; past and
//! future look different and the as-of day is marked.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, ListState, StatefulWidget};

use super::text::long_date;
use super::theme::THEME;
use crate::app::{App, Pane};

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let shown = app.visible(Pane::Timeline);
    let (_, briefings) = app.briefing_position();
    let mut items = Vec::new();
    let mut marker_at = None;
    for &i in &shown {
        let e = &app.timeline[i];
        if marker_at.is_none() && e.date > app.today {
            marker_at = Some(items.len());
            items.push(as_of_row(app));
        }
        let style = if e.date < app.today {
            THEME.past
        } else if e.date == app.today {
            THEME.title
        } else {
            THEME.future
        };
        let mut spans = vec![
            Span::styled(format!("{:<11}", e.date.format("%a %-d %b")), style),
            Span::styled(e.label.clone(), style),
        ];
        if briefings > 1 {
            let n = e.briefings.len();
            spans.push(Span::styled(
                format!("  ({n} briefing{})", if n == 1 { "" } else { "s" }),
                THEME.dim,
            ));
        }
        items.push(ListItem::new(Line::from(spans)));
    }
    if marker_at.is_none() {
        marker_at = Some(items.len());
        items.push(as_of_row(app));
    }
    // the marker row is not an event: the selection skips it
    let selected = app.selected(Pane::Timeline);
    let row = if marker_at.is_some_and(|m| m <= selected) {
        selected + 1
    } else {
        selected
    };
    let mut state = ListState::default().with_selected((!shown.is_empty()).then_some(row));
    StatefulWidget::render(
        List::new(items).highlight_style(THEME.selected),
        area,
        buf,
        &mut state,
    );
}

fn as_of_row(app: &App) -> ListItem<'static> {
    ListItem::new(Line::styled(
        format!("── as of {} ──", long_date(app.today)),
        THEME.warning,
    ))
}
