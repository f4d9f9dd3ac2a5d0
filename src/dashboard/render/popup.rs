//! Popups over the dashboard: the selected item in full, and the help.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Padding, Paragraph, Widget};

use crate::dashboard::keymap::{BINDINGS, Scope};
use crate::dashboard::panes::{Context, Detail};
use crate::dashboard::state::PopupFit;
use crate::dashboard::state::{App, Popup};
use crate::dashboard::text::{lines_h, wrap};
use crate::dashboard::theme::theme;

const MAX_WIDTH: u16 = 84;

/// The popup's outer rectangle within `area`, for content of `lines` lines.
fn outer(area: Rect, lines: usize) -> Rect {
    let width = area.width.saturating_sub(4).min(MAX_WIDTH);
    let height = lines_h(lines)
        .saturating_add(2)
        .min(area.height.saturating_sub(2));
    area.centered(Constraint::Length(width), Constraint::Length(height))
}

/// Text width inside a popup drawn in `area`: borders and a column of padding each side.
fn text_width(area: Rect) -> u16 {
    area.width
        .saturating_sub(4)
        .min(MAX_WIDTH)
        .saturating_sub(4)
}

/// Draws `popup` over `area`, scrolled as far as the app asks and it can go;
/// returns how many lines a page is and how far it can scroll.
pub fn draw(
    app: &App,
    ctx: &Context,
    popup: Popup,
    area: Rect,
    buf: &mut Buffer,
) -> (PopupFit, Rect) {
    let width = text_width(area);
    let Detail { title, lines } = match popup {
        Popup::Help => Detail {
            title: " Keys ".into(),
            lines: help(width),
        },
        Popup::Detail => detail(app, ctx, width),
    };
    let total = lines.len();
    let outer = outer(area, total);
    let inner_h = outer.height.saturating_sub(2);
    let fit = PopupFit {
        page: inner_h.max(1),
        max_scroll: u16::try_from(total.saturating_sub(usize::from(inner_h))).unwrap_or(u16::MAX),
    };
    if outer.width < 3 || outer.height < 3 {
        return (fit, outer);
    }
    let inner_h = usize::from(inner_h);
    let scroll = app.ui.popup_scroll.min(fit.max_scroll);
    let mut block = Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(theme().border_focused)
        .title(Line::styled(title, theme().pane_title_focused))
        .title_bottom(Line::styled(" Esc close ", theme().dim).right_aligned());
    if total > inner_h {
        let first = usize::from(scroll);
        let end = (first + inner_h).min(total);
        block = block.title_bottom(Line::styled(
            format!(" ↑↓ {}–{} of {} ", first + 1, end, total),
            theme().dim,
        ));
    }
    Clear.render(outer, buf);
    Paragraph::new(lines)
        .block(block.padding(Padding::horizontal(1)))
        .scroll((scroll, 0))
        .render(outer, buf);
    (fit, outer)
}

/// The focused pane's selected item in full, as the pane tells it.
fn detail(app: &App, ctx: &Context, width: u16) -> Detail {
    let pane = app.ui.focus;
    match app.selected_item(pane) {
        Some(i) => (pane.spec().detail)(ctx, i, width),
        None => Detail::default(),
    }
}

/// Every binding, by scope, as the keymap lists them.
fn help(width: u16) -> Vec<Line<'static>> {
    let keys_w = BINDINGS
        .iter()
        .map(|b| b.keys.join(" / ").chars().count())
        .max()
        .unwrap_or(0)
        + 4;
    let mut lines = Vec::new();
    for scope in Scope::ALL {
        if !lines.is_empty() {
            lines.push(Line::raw(""));
        }
        lines.push(Line::styled(scope.title(), theme().heading));
        for b in BINDINGS.iter().filter(|b| b.scope == scope) {
            let keys = b.keys.join(" / ");
            lines.extend(keyed(&keys, keys_w, b.help, width));
        }
    }
    lines
}

/// A help row: the keys in a column `keys_w` wide, then what they do.
fn keyed(keys: &str, keys_w: usize, help: &str, width: u16) -> Vec<Line<'static>> {
    let rest = width.saturating_sub(lines_h(keys_w));
    wrap(help, rest)
        .into_iter()
        .enumerate()
        .map(|(i, part)| {
            let k = if i == 0 { keys } else { "" };
            Line::from(vec![
                Span::styled(format!("  {k:<w$}", w = keys_w - 2), theme().key),
                Span::raw(part),
            ])
        })
        .collect()
}
