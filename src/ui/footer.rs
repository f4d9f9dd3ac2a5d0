//! The bottom line: the key hints that apply now, from the keymap, or the
//! status line of what happened at load until a key is pressed.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::theme::THEME;
use crate::app::App;
use crate::keymap;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    if let Some(first) = app.notices.first() {
        let more = match app.notices.len() - 1 {
            0 => String::new(),
            n => format!(" (and {n} more)"),
        };
        Line::from(vec![
            Span::styled(format!(" {first}{more}"), THEME.warning),
            Span::styled("  any key: dismiss", THEME.dim),
        ])
        .render(area, buf);
        return;
    }
    let hints = |compact: bool| keymap::hints(keymap::Scope::of(app), app.focus, compact);
    let line = |hints: Vec<(String, String)>| {
        let mut spans = vec![Span::raw(" ")];
        if app.filtering {
            spans.push(Span::styled(
                format!("/{}▏  ", app.filter(app.focus)),
                THEME.warning,
            ));
        }
        for (keys, hint) in hints {
            spans.push(Span::styled(keys, THEME.key));
            spans.push(Span::styled(format!(" {hint}  "), THEME.dim));
        }
        Line::from(spans)
    };
    let fits = |l: &Line| l.width() <= usize::from(area.width);
    // the longest form that fits; at the narrowest, the last hints (help, quit) come first
    let full = line(hints(false));
    let compact = line(hints(true));
    let chosen = if fits(&full) {
        full
    } else if fits(&compact) {
        compact
    } else {
        let mut all = hints(true);
        let keep = all.split_off(all.len().saturating_sub(2));
        line(keep.into_iter().chain(all).collect())
    };
    chosen.render(area, buf);
}
