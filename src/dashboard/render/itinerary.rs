//! The itinerary pane: the stops in order, the selected stop's details, and the map.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, ListState, Paragraph, StatefulWidget, Widget};

use super::map;
use super::text::{day_range, wrap};
use super::theme::THEME;
use crate::dashboard::{App, Pane};

/// The list column's width when the map sits beside it.
const LIST_W: u16 = 22;
/// Below this pane width the map goes under the list.
const SIDE_BY_SIDE_W: u16 = 50;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let stops = &app.briefing().stops;
    let shown = app.visible(Pane::Itinerary);
    let selected = app.selected_item(Pane::Itinerary);
    let list_h = (shown.len() * 2) as u16;
    let (list_area, details_area, map_area) = if area.width >= SIDE_BY_SIDE_W {
        let [left, _, right] = Layout::horizontal([
            Constraint::Length(LIST_W),
            Constraint::Length(1),
            Constraint::Fill(1),
        ])
        .areas(area);
        let [list, _, details] = Layout::vertical([
            Constraint::Length(list_h),
            Constraint::Length(1),
            Constraint::Fill(1),
        ])
        .areas(left);
        (list, details, right)
    } else {
        let [list, map] =
            Layout::vertical([Constraint::Length(list_h), Constraint::Fill(1)]).areas(area);
        (list, Rect::default(), map)
    };

    let items = shown.iter().map(|&i| {
        let s = &stops[i];
        ListItem::new(vec![
            Line::from(vec![
                Span::styled(format!("{} ", i + 1), THEME.key),
                Span::styled(s.place.clone(), THEME.title),
            ]),
            Line::styled(
                match (s.arrive, s.depart) {
                    (None, None) => format!("  {}", s.country),
                    (arrive, depart) => format!("  {} · {}", s.country, day_range(arrive, depart)),
                },
                THEME.text,
            ),
        ])
    });
    let mut state = ListState::default().with_selected(Some(app.selected(Pane::Itinerary)));
    StatefulWidget::render(
        List::new(items).highlight_style(THEME.selection(app.focus == Pane::Itinerary)),
        list_area,
        buf,
        &mut state,
    );

    if let Some(stop) = selected.and_then(|i| stops.get(i)) {
        let width = details_area.width;
        let mut lines = Vec::new();
        if !stop.meets.is_empty() {
            lines.push(Line::from(vec![
                Span::styled("Meets ", THEME.dim),
                Span::styled(stop.meets.join(", "), THEME.text),
            ]));
        }
        lines.extend(
            wrap(stop.purpose.as_deref().unwrap_or_default(), width)
                .into_iter()
                .map(|l| Line::styled(l, THEME.dim)),
        );
        Paragraph::new(lines)
            .wrap(ratatui::widgets::Wrap { trim: true })
            .render(details_area, buf);
    }

    // the map keeps every stop, whatever the filter shows
    map::render(stops, selected, app.focus == Pane::Itinerary, map_area, buf);
}
