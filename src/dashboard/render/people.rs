//! The people pane: who is who in the story, which side they speak for and
//! what they did; after `p`, those involved in the item it came from are marked.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, ListState, Paragraph, StatefulWidget, Widget};

use super::text::wrap;
use super::theme::THEME;
use crate::dashboard::{App, Pane};

/// Marks a person involved in the item `p` came from.
pub const INVOLVED: &str = "• ";

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let people = &app.briefing().people;
    let involved: Vec<usize> = app
        .involved
        .map(|(pane, i)| app.people_of(pane, i))
        .unwrap_or_default();
    let heading: Vec<Line> = app
        .involved
        .map(|(pane, i)| {
            wrap(
                &format!("{INVOLVED}involved in {}", app.item_name(pane, i)),
                area.width,
            )
            .into_iter()
            .map(|l| Line::styled(l, THEME.warning))
            .collect()
        })
        .unwrap_or_default();
    let [heading_area, list_area] = Layout::vertical([
        Constraint::Length(heading.len() as u16),
        Constraint::Fill(1),
    ])
    .areas(area);
    Paragraph::new(heading).render(heading_area, buf);
    let width = area.width.saturating_sub(4);
    let items = app.visible(Pane::People).into_iter().map(|i| {
        let p = &people[i];
        let name_style = p
            .side
            .map_or(THEME.title, |side| THEME.party(side).patch(THEME.title));
        let mark = if involved.contains(&i) {
            INVOLVED
        } else {
            "  "
        };
        let side = p.side.map(|s| format!(" ({s})")).unwrap_or_default();
        let mut lines = vec![Line::from(vec![
            Span::styled(mark, THEME.warning),
            Span::styled(p.name.clone(), name_style),
            Span::styled(side, name_style),
            Span::styled(
                p.role
                    .as_deref()
                    .map(|r| format!(" · {r}"))
                    .unwrap_or_default(),
                THEME.dim,
            ),
        ])];
        if let Some(did) = &p.did {
            lines.extend(
                wrap(did, width)
                    .into_iter()
                    .map(|l| Line::from(vec![Span::raw("    "), Span::styled(l, THEME.text)])),
            );
        }
        ListItem::new(lines)
    });
    let mut state = ListState::default().with_selected(Some(app.selected(Pane::People)));
    StatefulWidget::render(
        List::new(items).highlight_style(THEME.selection(app.focus == Pane::People)),
        list_area,
        buf,
        &mut state,
    );
}
