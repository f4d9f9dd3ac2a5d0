//! Rendering: pure functions from the app state to a buffer. No I/O, and no
//! panic at any size.

mod footer;
mod header;
pub mod history;
mod itinerary;
mod map;
pub mod palette;
mod people;
mod popup;
mod quotes;
mod source;
mod tariffs;
pub mod text;
pub mod theme;
mod timeline;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Constraint, Layout, Rect, Size};
use ratatui::text::Line;
use ratatui::widgets::{Block, BorderType, Paragraph, Tabs, Widget};

use crate::dashboard::{App, Pane};
use theme::THEME;

/// Below this the dashboard says the terminal is too small.
pub const MIN_SIZE: Size = Size::new(50, 15);
/// From this size up the three panes are shown at once.
pub const GRID_SIZE: Size = Size::new(100, 30);

/// The grid's pages, in pane order: the story today, then how it came about.
pub const PAGES: [&[Pane]; 2] = [
    &[Pane::Tariffs, Pane::Itinerary, Pane::Quotes, Pane::People],
    &[Pane::History, Pane::Timeline, Pane::Source],
];

/// How the dashboard is laid out at a size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arrangement {
    TooSmall,
    /// One pane at a time, chosen with the focus keys.
    Tabbed,
    /// Tariffs and itinerary side by side over the quotes.
    Grid,
}

pub fn layout_for(size: Size) -> Arrangement {
    if size.width < MIN_SIZE.width || size.height < MIN_SIZE.height {
        Arrangement::TooSmall
    } else if size.width >= GRID_SIZE.width && size.height >= GRID_SIZE.height {
        Arrangement::Grid
    } else {
        Arrangement::Tabbed
    }
}

pub fn draw(frame: &mut Frame, app: &App) {
    let area = frame.area();
    dashboard(app, area, frame.buffer_mut());
}

/// Draws the whole dashboard into `buf` within `area`.
pub fn dashboard(app: &App, area: Rect, buf: &mut Buffer) {
    match layout_for(area.as_size()) {
        Arrangement::TooSmall => too_small(area, buf),
        mode => arranged(app, mode, area, buf),
    }
}

fn too_small(area: Rect, buf: &mut Buffer) {
    let text = format!(
        "Terminal too small — need at least {} x {} (now {} x {})",
        MIN_SIZE.width, MIN_SIZE.height, area.width, area.height
    );
    let lines = text::wrap(&text, area.width);
    let top = area.height.saturating_sub(lines.len() as u16) / 2;
    let [_, middle] = Layout::vertical([Constraint::Length(top), Constraint::Fill(1)]).areas(area);
    Paragraph::new(lines.into_iter().map(Line::from).collect::<Vec<_>>())
        .style(THEME.warning)
        .alignment(Alignment::Center)
        .render(middle, buf);
}

fn arranged(app: &App, mode: Arrangement, area: Rect, buf: &mut Buffer) {
    let header_lines = header::lines(app, area.width);
    let tabs_h = 1;
    let [header_area, tabs_area, body, footer_area] = Layout::vertical([
        Constraint::Length(header_lines.len() as u16),
        Constraint::Length(tabs_h),
        Constraint::Fill(1),
        Constraint::Length(1),
    ])
    .areas(area);
    header::render(header_lines, header_area, buf);
    tabs(app, tabs_area, buf);
    if mode == Arrangement::Grid {
        // two pages, the one holding the focus shown: two panes over one or two
        let page = PAGES
            .iter()
            .find(|p| p.contains(&app.focus))
            .unwrap_or(&PAGES[0]);
        let [top, bottom] =
            Layout::vertical([Constraint::Percentage(58), Constraint::Fill(1)]).areas(body);
        let halves = |area: Rect| -> [Rect; 2] {
            Layout::horizontal([Constraint::Percentage(50), Constraint::Fill(1)]).areas(area)
        };
        let [left, right] = halves(top);
        pane(app, page[0], left, buf);
        pane(app, page[1], right, buf);
        match page[2..] {
            [one] => pane(app, one, bottom, buf),
            [a, b] => {
                let [left, right] = halves(bottom);
                pane(app, a, left, buf);
                pane(app, b, right, buf);
            }
            _ => {}
        }
    } else {
        pane(app, app.focus, body, buf);
    }
    footer::render(app, footer_area, buf);
    if let Some(popup) = app.popup {
        popup::render(app, popup, area, buf);
    }
}

/// The panes by number; where their names do not all fit, only the focused one is named.
fn tabs(app: &App, area: Rect, buf: &mut Buffer) {
    let full = Pane::ALL.map(|p| format!("{} {}", p.index() + 1, p.title()));
    let width: usize = full.iter().map(|t| t.chars().count() + 3).sum();
    let titles = if width <= usize::from(area.width) {
        full
    } else {
        Pane::ALL.map(|p| {
            if p == app.focus {
                format!("{} {}", p.index() + 1, p.title())
            } else {
                (p.index() + 1).to_string()
            }
        })
    };
    Tabs::new(titles)
        .select(app.focus.index())
        .style(THEME.pane_title)
        .highlight_style(THEME.pane_title_focused.patch(THEME.selected))
        .render(area, buf);
}

/// A pane in its bordered block, titled with the key that focuses it.
fn pane(app: &App, pane: Pane, area: Rect, buf: &mut Buffer) {
    let focused = app.focus == pane;
    let count = app.len(pane);
    let position = if count == 0 {
        " none ".to_owned()
    } else {
        format!(" {}/{} ", app.selected(pane) + 1, count)
    };
    let block = Block::bordered()
        .border_type(if focused {
            BorderType::Thick
        } else {
            BorderType::Rounded
        })
        .border_style(THEME.border(focused))
        .title(Line::styled(
            format!(" {} {} ", pane.index() + 1, pane.title()),
            THEME.pane_title(focused),
        ))
        .title(Line::styled(position, THEME.dim).right_aligned());
    let filter = app.filter(pane);
    let block = if filter.is_empty() {
        block
    } else {
        block.title(Line::styled(format!(" /{filter} "), THEME.warning))
    };
    let inner = block.inner(area);
    block.render(area, buf);
    match pane {
        Pane::Tariffs => tariffs::render(app, inner, buf),
        Pane::Itinerary => itinerary::render(app, inner, buf),
        Pane::Quotes => quotes::render(app, inner, buf),
        Pane::People => people::render(app, inner, buf),
        Pane::History => history::render(app, inner, buf),
        Pane::Timeline => timeline::render(app, inner, buf),
        Pane::Source => source::render(app, inner, buf),
    }
}

/// How many lines the open popup can scroll at the app's terminal size.
pub fn popup_max_scroll(app: &App) -> u16 {
    popup::scroll_limits(app).0
}

/// How many lines a page is in the open popup.
pub fn popup_page(app: &App) -> u16 {
    popup::scroll_limits(app).1
}
