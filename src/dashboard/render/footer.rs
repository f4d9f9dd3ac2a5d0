//! The bottom line: the key hints that apply now, from the keymap, or the
//! status line: what happened at load until a key is pressed, what the
//! last key did, or why a file read again does not load, until it does.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::dashboard::keymap;
use crate::dashboard::state::App;
use crate::dashboard::theme::theme;

/// The key hints that apply now, or the status line while there is one.
/// The first of `messages` (at least one), then how many more and `hint`:
/// the count and the hint stay in view, a long message gives way.
fn first_of(messages: &[String], hint: &str, area: Rect, buf: &mut Buffer) {
    let more = match messages.len().saturating_sub(1) {
        0 => String::new(),
        n => format!(" (and {n} more)"),
    };
    let tail = Span::styled(format!("{more}{hint}"), theme().dim);
    let room = usize::from(area.width).saturating_sub(tail.width() + 1);
    let first = messages.first().map_or("", String::as_str);
    Line::from(vec![
        Span::styled(format!(" {}", clip(first, room)), theme().warning),
        tail,
    ])
    .render(area, buf);
}

pub fn hints_or_notices(app: &App, area: Rect, buf: &mut Buffer) {
    if !app.ui.notices.is_empty() {
        first_of(&app.ui.notices, "  any key: dismiss", area, buf);
        return;
    }
    if let Some(status) = &app.ui.status {
        let room = usize::from(area.width).saturating_sub(1);
        Line::styled(format!(" {}", clip(status, room)), theme().warning).render(area, buf);
        return;
    }
    if !app.ui.problems.is_empty() {
        first_of(&app.ui.problems, "", area, buf);
        return;
    }
    let (_, briefings) = app.briefing_position();
    let hints =
        |compact: bool| keymap::hints(keymap::Scope::of(app), app.ui.focus, briefings, compact);
    let line = |hints: Vec<(String, String)>| {
        let mut spans = vec![Span::raw(" ")];
        if app.ui.filtering {
            spans.push(Span::styled(
                format!("/{}▏  ", app.filter(app.ui.focus)),
                theme().warning,
            ));
        }
        for (keys, hint) in hints {
            spans.push(Span::styled(keys, theme().key));
            spans.push(Span::styled(format!(" {hint}  "), theme().dim));
        }
        Line::from(spans)
    };
    let fits = |l: &Line| l.width() <= usize::from(area.width);
    // the longest form that fits; narrower, the hints give way from the
    // right, help and quit (the keymap's last) staying longest; none is cut
    let full = line(hints(false));
    let chosen = if fits(&full) {
        full
    } else {
        let mut kept = hints(true);
        while !fits(&line(kept.clone())) && !kept.is_empty() {
            kept.remove(kept.len().saturating_sub(3));
        }
        line(kept)
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
