//! The source pane: the article, sentence by sentence, with the sentences that
//! feed the item it was opened from highlighted, so every number on screen can
//! be checked in one keystroke.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::text::wrap;
use super::theme::THEME;
use crate::dashboard::{App, Pane};

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    if area.is_empty() {
        return;
    }
    let b = app.briefing();
    let width = area.width.saturating_sub(2);
    let evidence = app.highlighted();
    let mut lines: Vec<Line> = Vec::new();
    // where the item comes from when the article does not say it
    if let Some(ev) = &evidence
        && let Some(source) = &ev.source
    {
        let cited = (0..app.sentences().len()).any(|s| app.cites(ev, s));
        let lead = if cited {
            "Also from: "
        } else {
            "Not in the article; from: "
        };
        for l in wrap(&format!("{lead}{source}"), width) {
            lines.push(Line::styled(l, THEME.warning));
        }
        lines.push(Line::raw(""));
    }
    if b.article.trim().is_empty() {
        let text = format!(
            "This briefing has no article: it was compiled from public reports ({}), and each item names its source (Enter on an item shows it).",
            b.source.address
        );
        lines.extend(
            wrap(&text, width)
                .into_iter()
                .map(|l| Line::styled(l, THEME.dim)),
        );
    }
    let shown = app.visible(Pane::Source);
    let selected = app.selected_item(Pane::Source);
    let mut selected_line = 0;
    let mut previous_end = None;
    for &i in &shown {
        let range = app.sentences()[i].clone();
        // a paragraph break in the article is a blank line here
        if previous_end.is_some_and(|end: usize| b.article[end..range.start].contains('\n')) {
            lines.push(Line::raw(""));
        }
        previous_end = Some(range.end);
        let cited = evidence.as_ref().is_some_and(|ev| app.cites(ev, i));
        let is_selected = selected == Some(i);
        if is_selected {
            selected_line = lines.len();
        }
        let mut style = if cited {
            THEME.selected.patch(THEME.selected_mark)
        } else {
            THEME.text
        };
        if is_selected {
            style = style.add_modifier(Modifier::BOLD);
        }
        for (k, part) in wrap(&b.article[range], width).into_iter().enumerate() {
            let mark = match (is_selected, k) {
                (true, 0) => "▶ ",
                _ => "  ",
            };
            lines.push(Line::from(vec![
                Span::styled(mark, THEME.key),
                Span::styled(part, style),
            ]));
        }
    }
    // keep the selected sentence in view, a third of the way down
    let height = usize::from(area.height);
    let top = selected_line
        .saturating_sub(height / 3)
        .min(lines.len().saturating_sub(height));
    Paragraph::new(lines)
        .scroll((top.min(usize::from(u16::MAX)) as u16, 0))
        .render(area, buf);
}
