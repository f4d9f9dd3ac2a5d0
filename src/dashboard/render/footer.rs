//! The bottom line: the key hints that apply now, from the keymap, or the
//! status line of what happened at load until a key is pressed.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::dashboard::keymap;
use crate::dashboard::state::App;
use crate::dashboard::theme::THEME;

/// The key hints that apply now, or the status line while there is one.
pub fn hints_or_notices(app: &App, area: Rect, buf: &mut Buffer) {
    if let Some(first) = app.ui.notices.first() {
        let more = match app.ui.notices.len() - 1 {
            0 => String::new(),
            n => format!(" (and {n} more)"),
        };
        // the count and the hint stay in view; a long message gives way
        let tail = Span::styled(format!("{more}  any key: dismiss"), THEME.dim);
        let room = usize::from(area.width).saturating_sub(tail.width() + 1);
        Line::from(vec![
            Span::styled(format!(" {}", clip(first, room)), THEME.warning),
            tail,
        ])
        .render(area, buf);
        return;
    }
    let hints = |compact: bool| keymap::hints(keymap::Scope::of(app), app.ui.focus, compact);
    let line = |hints: Vec<(String, String)>| {
        let mut spans = vec![Span::raw(" ")];
        if app.ui.filtering {
            spans.push(Span::styled(
                format!("/{}▏  ", app.filter(app.ui.focus)),
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

/// `text` cut to `width` columns, an ellipsis marking the cut.
fn clip(text: &str, width: usize) -> String {
    if Span::raw(text).width() <= width {
        return text.to_owned();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = Span::raw(c.to_string()).width();
        if used + w + 1 > width {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
    out
}
