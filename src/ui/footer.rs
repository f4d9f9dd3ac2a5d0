//! The bottom line: the key hints that apply now, from the keymap.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::theme::THEME;
use crate::app::App;
use crate::keymap;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let line = |compact: bool| {
        let mut spans = vec![Span::raw(" ")];
        if app.filtering {
            spans.push(Span::styled(
                format!("/{}▏  ", app.filter(app.focus)),
                THEME.warning,
            ));
        }
        for (keys, hint) in keymap::hints(keymap::Scope::of(app), app.focus, compact) {
            spans.push(Span::styled(keys, THEME.key));
            spans.push(Span::styled(format!(" {hint}  "), THEME.dim));
        }
        Line::from(spans)
    };
    let full = line(false);
    let fits = full.width() <= usize::from(area.width);
    if fits { full } else { line(true) }.render(area, buf);
}
