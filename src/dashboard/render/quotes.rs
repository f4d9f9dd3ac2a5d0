//! The quotes pane: who said what, where and when; long quotes wrap and the list scrolls.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, ListState, StatefulWidget};

use super::text::{date, who, wrap};
use super::theme::THEME;
use crate::dashboard::{App, Pane};

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    // room for the quote marks and the indent
    let width = area.width.saturating_sub(4);
    let quotes = &app.briefing().quotes;
    let items = app.visible(Pane::Quotes).into_iter().map(|i| {
        let q = &quotes[i];
        let who = who(&q.speaker, q.role.as_deref());
        let context = [q.place.clone(), q.date.map(date)]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", ");
        let mut lines =
            if who.chars().count() + 3 + context.chars().count() <= usize::from(area.width) {
                vec![Line::from(vec![
                    Span::styled(q.speaker.clone(), THEME.title),
                    Span::styled(who[q.speaker.len()..].to_owned(), THEME.text),
                    Span::styled(
                        if context.is_empty() {
                            String::new()
                        } else {
                            format!(" · {context}")
                        },
                        THEME.dim,
                    ),
                ])]
            } else {
                let mut lines: Vec<Line> = wrap(&who, area.width)
                    .into_iter()
                    .map(|l| Line::styled(l, THEME.title))
                    .collect();
                lines.extend(
                    wrap(&context, area.width)
                        .into_iter()
                        .map(|l| Line::styled(l, THEME.dim)),
                );
                lines
            };
        let quoted = format!("“{}”", q.text);
        lines.extend(
            wrap(&quoted, width)
                .into_iter()
                .map(|l| Line::from(vec![Span::raw("  "), Span::styled(l, THEME.quote)])),
        );
        if let Some(note) = &q.note {
            // where other reports word it differently, say so in the list itself
            lines.extend(
                wrap(&format!("Wording differs elsewhere: {note}"), width)
                    .into_iter()
                    .map(|l| Line::from(vec![Span::raw("  "), Span::styled(l, THEME.warning)])),
            );
        }
        lines.push(Line::raw(""));
        ListItem::new(lines)
    });
    let mut state = ListState::default().with_selected(Some(app.selected(Pane::Quotes)));
    StatefulWidget::render(
        List::new(items).highlight_style(THEME.selection(app.focus == Pane::Quotes)),
        area,
        buf,
        &mut state,
    );
}
