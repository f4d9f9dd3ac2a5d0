//! Rendering: the dashboard drawn from the app state into a buffer, with no
//! I/O. The layout, tabs, pane blocks, header, footer and popups are drawn
//! here; each pane's list and detail are drawn by its own file in `panes`.
//! What the draw measures (the popup's page and scroll limit) is handed back
//! to the state by `dashboard_measured`.

#[cfg(test)]
mod counted;
mod footer;
mod header;
mod popup;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Constraint, Layout, Rect, Size};
use ratatui::text::Line;
use ratatui::widgets::{Block, BorderType, Paragraph, Tabs, Widget};

use crate::dashboard::panes::{Context, Pane};
use crate::dashboard::state::{App, Measured, PaneArea, PopupFit};
use crate::dashboard::theme::{Using, theme};
use crate::dashboard::{cells, split, text};

/// Below this the dashboard says the terminal is too small.
pub const MIN_SIZE: Size = Size::new(50, 15);
/// From this size up a whole page of panes is shown at once.
pub const GRID_SIZE: Size = Size::new(100, 30);
/// From this size up every pane is on screen: the tariffs at least 80 x 26
/// (the table and its bars whole, the "What" column wrapped), the map and
/// the chart at 40 x 26 beside them, four lists of 40 x 18 under them.
pub const ALL_SIZE: Size = Size::new(160, 45);

/// How the dashboard is laid out at a size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arrangement {
    TooSmall,
    /// One pane at a time, chosen with the focus keys.
    Tabbed,
    /// The page holding the focused pane: two panes over the rest.
    Grid,
    /// Both pages: the first as a grid, the second in a column beside it.
    All,
}

pub fn layout_for(size: Size) -> Arrangement {
    if size.width < MIN_SIZE.width || size.height < MIN_SIZE.height {
        Arrangement::TooSmall
    } else if size.width >= ALL_SIZE.width && size.height >= ALL_SIZE.height {
        Arrangement::All
    } else if size.width >= GRID_SIZE.width && size.height >= GRID_SIZE.height {
        Arrangement::Grid
    } else {
        Arrangement::Tabbed
    }
}

/// Draws the dashboard into the frame, writing nothing back: for pictures.
pub fn draw(frame: &mut Frame, app: &App) {
    let area = frame.area();
    dashboard(app, area, frame.buffer_mut());
}

/// Draws the whole dashboard into `buf` within `area`; returns what it
/// measured of the popup, if it drew one.
pub fn dashboard(app: &App, area: Rect, buf: &mut Buffer) -> Option<PopupFit> {
    measuring(app, area, buf).0
}

/// Draws the whole dashboard, then writes back what it measured: the popup,
/// which `update` scrolls within, and where the panes and their rows are,
/// for the mouse and for paging. The terminal loop and the snapshots draw
/// this way, so that keys act as they do on screen.
pub fn dashboard_measured(app: &mut App, area: Rect, buf: &mut Buffer) {
    let (fit, measured) = measuring(app, area, buf);
    if let Some(fit) = fit {
        app.fit_popup(fit);
    }
    app.measure(measured);
}

fn measuring(app: &App, area: Rect, buf: &mut Buffer) -> (Option<PopupFit>, Measured) {
    let _theme = Using::new(app.ui.theme.theme());
    match layout_for(area.as_size()) {
        Arrangement::TooSmall => {
            too_small(area, buf);
            (None, Measured::default())
        }
        mode => arranged(app, mode, area, buf),
    }
}

fn too_small(area: Rect, buf: &mut Buffer) {
    let phrases = [
        "Terminal too small —".to_owned(),
        format!("need at least {} x {}", MIN_SIZE.width, MIN_SIZE.height),
        format!("(now {} x {})", area.width, area.height),
    ];
    let lines = text::phrases(&phrases, area.width);
    let top = area.height.saturating_sub(text::lines_h(lines.len())) / 2;
    let [_, middle] = Layout::vertical([Constraint::Length(top), Constraint::Fill(1)]).areas(area);
    Paragraph::new(lines.into_iter().map(Line::from).collect::<Vec<_>>())
        .style(theme().warning)
        .alignment(Alignment::Center)
        .render(middle, buf);
}

fn arranged(
    app: &App,
    mode: Arrangement,
    area: Rect,
    buf: &mut Buffer,
) -> (Option<PopupFit>, Measured) {
    let header_lines = header::lines(app, area.width);
    let tabs_h = 1;
    let header_h = text::lines_h(header_lines.len());
    // the footer on the last row, the header and tabs on top, the body between
    let above = Rect {
        height: area.height.saturating_sub(1),
        ..area
    };
    let footer_area = Rect {
        y: above.bottom(),
        height: area.height - above.height,
        ..area
    };
    let [header_area, tabs_area, body, footer_area] = match split::rows(above, [header_h, tabs_h]) {
        Some(([header, tabs], body)) => [header, tabs, body, footer_area],
        None => Layout::vertical([
            Constraint::Length(header_h),
            Constraint::Length(tabs_h),
            Constraint::Fill(1),
            Constraint::Length(1),
        ])
        .areas(area),
    };
    cells::paragraph(&header_lines, header_area, buf);
    let tabs = tabs(app, tabs_area, buf);
    let ctx = app.context();
    let panes = match mode {
        Arrangement::All => all(app, &ctx, body, buf),
        Arrangement::Grid => grid(app, &ctx, Pane::on(app.ui.focus.spec().page), body, buf),
        _ => vec![pane(app, &ctx, app.ui.focus, body, buf)],
    };
    footer::hints_or_notices(app, footer_area, buf);
    let mut measured = Measured {
        tabs,
        panes,
        popup: None,
    };
    let fit = app.ui.popup.map(|popup| {
        let (fit, at) = popup::draw(app, &ctx, popup, area, buf);
        measured.popup = Some(at);
        fit
    });
    (fit, measured)
}

/// Every pane: the tariffs on half the width over the rest of the first
/// page and the source, the map and the chart beside them; the lists under.
fn all(app: &App, ctx: &Context, body: Rect, buf: &mut Buffer) -> Vec<PaneArea> {
    let [top, bottom] = split::percent_rows(body, 58);
    let [tariffs, right] = split::percent_columns(top, 50);
    let [map, chart] = split::percent_columns(right, 50);
    let mut drawn = Vec::new();
    for (p, area) in [
        (Pane::Tariffs, tariffs),
        (Pane::Itinerary, map),
        (Pane::History, chart),
    ] {
        drawn.push(pane(app, ctx, p, area, buf));
    }
    let [left, right] = split::percent_columns(bottom, 50);
    let [quotes, people] = share(app, ctx, left, [Pane::Quotes, Pane::People]);
    let [timeline, source] = split::percent_columns(right, 50);
    for (p, area) in [
        (Pane::Quotes, quotes),
        (Pane::People, people),
        (Pane::Timeline, timeline),
        (Pane::Source, source),
    ] {
        drawn.push(pane(app, ctx, p, area, buf));
    }
    drawn
}

/// A page's panes: the first two side by side, the others side by side
/// under them.
fn grid(app: &App, ctx: &Context, panes: Vec<Pane>, body: Rect, buf: &mut Buffer) -> Vec<PaneArea> {
    let mut drawn = Vec::new();
    let (top, bottom) = panes.split_at(panes.len().min(2));
    let rows: Vec<Rect> = if bottom.is_empty() {
        vec![body]
    } else {
        split::percent_rows(body, 58).to_vec()
    };
    for (row, panes) in rows.into_iter().zip([top, bottom]) {
        // equal shares, the last taking what rounding leaves
        let cells = match panes.len() {
            1 => vec![row],
            2 => share(app, ctx, row, [panes[0], panes[1]]).to_vec(),
            n => {
                let share = Constraint::Percentage(100 / text::lines_h(n));
                let mut widths = vec![share; n - 1];
                widths.push(Constraint::Fill(1));
                Layout::horizontal(widths).split(row).to_vec()
            }
        };
        for (&p, &cell) in panes.iter().zip(cells.iter()) {
            drawn.push(pane(app, ctx, p, cell, buf));
        }
    }
    drawn
}

/// Two panes side by side in `row`: halves, unless one list overflows its
/// half while the other would still show all its lines narrower; then that
/// one gets the narrowest share, down to 30 %, that still shows them all.
fn share(app: &App, ctx: &Context, row: Rect, panes: [Pane; 2]) -> [Rect; 2] {
    let half = split::percent_columns(row, 50);
    let rows = usize::from(row.height.saturating_sub(2));
    let lines = |k: usize, cell: Rect| {
        let count = panes[k].spec().lines?;
        Some(count(
            ctx,
            &app.list_view(panes[k]),
            cell.width.saturating_sub(2),
            rows,
        ))
    };
    let fits = |k: usize, cell: Rect| lines(k, cell).is_some_and(|n| n <= rows);
    for (k, other) in [(0, 1), (1, 0)] {
        if fits(k, half[k]) && !fits(other, half[other]) && lines(other, half[other]).is_some() {
            let narrowest = (30..50).step_by(5).find_map(|p| {
                let p = if k == 0 { p } else { 100 - p };
                let cells = split::percent_columns(row, p);
                fits(k, cells[k]).then_some(cells)
            });
            return narrowest.unwrap_or(half);
        }
    }
    half
}

/// The panes by number; where their names do not all fit, only the focused
/// one is named. Returns where each tab is.
fn tabs(app: &App, area: Rect, buf: &mut Buffer) -> Vec<(Rect, Pane)> {
    let named = |p: Pane| format!("{} {}", p.index() + 1, p.title());
    let full: Vec<String> = Pane::ALL.iter().map(|&p| named(p)).collect();
    let width: usize = full.iter().map(|t| t.chars().count() + 3).sum();
    let titles = if width <= usize::from(area.width) {
        full
    } else {
        Pane::ALL
            .iter()
            .map(|&p| {
                if p == app.ui.focus {
                    named(p)
                } else {
                    (p.index() + 1).to_string()
                }
            })
            .collect()
    };
    // as `Tabs` lays them out: a space each side, a divider between
    let mut x = area.x;
    let mut at = Vec::new();
    for (title, &p) in titles.iter().zip(Pane::ALL) {
        let w = text::lines_h(Line::raw(title.as_str()).width()).saturating_add(2);
        at.push((Rect::new(x, area.y, w, area.height).intersection(area), p));
        x = x.saturating_add(w + 1);
    }
    Tabs::new(titles)
        .select(app.ui.focus.index())
        .style(theme().pane_title)
        .highlight_style(theme().pane_title_focused.patch(theme().selected))
        .render(area, buf);
    at
}

/// A pane in its bordered block, titled with the key that focuses it, its
/// position and its filter; its list inside, drawn by the pane itself.
fn pane(app: &App, ctx: &Context, pane: Pane, area: Rect, buf: &mut Buffer) -> PaneArea {
    let list = app.list_view(pane);
    let position = if list.items.is_empty() {
        " none ".to_owned()
    } else {
        format!(" {}/{} ", list.selected + 1, list.items.len())
    };
    let block = Block::bordered()
        .border_type(if list.focused {
            BorderType::Thick
        } else {
            BorderType::Rounded
        })
        .border_style(theme().border(list.focused))
        .title(Line::styled(
            format!(" {} {} ", pane.index() + 1, pane.title()),
            theme().pane_title(list.focused),
        ))
        .title(Line::styled(position, theme().dim).right_aligned());
    let filter = app.filter(pane);
    let block = if filter.is_empty() {
        block
    } else {
        block.title(Line::styled(format!(" /{filter} "), theme().warning))
    };
    let inner = block.inner(area);
    block.render(area, buf);
    if list.items.is_empty() && !filter.is_empty() {
        let says = format!("No matches for “{filter}”. Esc clears the filter.");
        Paragraph::new(text::wrapped(&says, inner.width, theme().dim)).render(inner, buf);
    } else {
        (pane.spec().draw_list)(ctx, &list, inner, buf);
    }
    PaneArea {
        pane,
        area,
        rows: list.drawn.take(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dashboard::keymap::{self, BINDINGS};
    use crate::dashboard::state::Action;

    /// The screen's rows, drawn as the terminal does.
    fn rows(app: &mut App) -> Vec<String> {
        let area = Rect::from((ratatui::layout::Position::ORIGIN, app.ui.size));
        let mut buf = Buffer::empty(area);
        dashboard_measured(app, area, &mut buf);
        (0..area.height)
            .map(|y| (0..area.width).map(|x| buf[(x, y)].symbol()).collect())
            .collect()
    }

    /// A pane is its file and its line in the registry: the tabs, the number
    /// keys and their help, the footer and the grid pages all follow from it.
    #[test]
    fn the_pane_registry_drives_tabs_keys_help_footer_and_pages() {
        let mut app = App::embedded(None).expect("the embedded briefing");
        app.update(Action::Resize(150, 44));
        let focus_keys: Vec<_> = BINDINGS
            .iter()
            .filter(|b| matches!(b.action, Action::Focus(_)))
            .collect();
        assert_eq!(focus_keys.len(), Pane::ALL.len());
        for (n, &pane) in Pane::ALL.iter().enumerate() {
            let spec = pane.spec();
            let key = (n + 1).to_string();
            let binding = focus_keys[n];
            assert_eq!(binding.keys, [key.as_str()]);
            assert_eq!(binding.action, Action::Focus(pane));
            assert_eq!(binding.help, spec.focus_help);

            keymap::press(&mut app, &key);
            assert_eq!(app.ui.focus, pane, "key {key}");
            let screen = rows(&mut app);
            let tabs = screen
                .iter()
                .position(|r| Pane::ALL.iter().all(|p| r.contains(p.title())))
                .expect("a row naming every pane");
            let named: Vec<usize> = Pane::ALL
                .iter()
                .map(|p| screen[tabs].find(&format!("{} {}", p.index() + 1, p.title())))
                .collect::<Option<_>>()
                .expect("every pane's tab numbered and named");
            assert!(
                named.is_sorted(),
                "tabs in registry order: {}",
                screen[tabs]
            );
            for &other in Pane::ALL {
                let title = format!(" {} {} ", other.index() + 1, other.title());
                let shown = screen[tabs + 1..].iter().any(|r| r.contains(&title));
                assert_eq!(
                    shown,
                    other.spec().page == spec.page,
                    "{title} beside {} on the grid",
                    spec.title
                );
            }
            let footer = &screen[screen.len() - 1];
            assert!(
                footer.contains(&format!("{} details", spec.noun)),
                "{footer}"
            );

            app.update(Action::Help);
            let help = rows(&mut app).concat();
            assert!(help.contains(spec.focus_help), "help lacks {key}");
            app.update(Action::Close);
        }
    }
}
