//! The itinerary pane: the stops in order, whom the selected stop meets and
//! why, and the map.

mod countries;
mod map;
mod pins;

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Paragraph, Widget};

use super::context::{Context, ListView};
use super::spec::{Detail, Page, Spec};
use crate::dashboard::split;
use crate::dashboard::text::{day_range, evidence_fields, field, lines_h, wrapped};
use crate::dashboard::theme::theme;

pub const SPEC: Spec = Spec {
    title: "Itinerary",
    noun: "stop",
    focus_help: "focus the itinerary pane",
    page: Page::Today,
    draw_list: stops_and_map,
    detail: stop_in_full,
    len: |d| d.briefing().stops.len(),
    filter_text: |d, i| {
        let s = &d.briefing().stops[i];
        format!(
            "{} {} {} {}",
            s.place,
            s.country,
            s.purpose.as_deref().unwrap_or_default(),
            s.meets.join(" ")
        )
    },
    evidence: |d, i| Some(d.briefing().stops.get(i)?.evidence.clone()),
    name: |d, i| format!("stop {}", d.briefing().stops[i].place),
    people: |d, i| {
        d.briefing()
            .stops
            .get(i)
            .map_or(vec![], |s| s.meets.iter().map(String::as_str).collect())
    },
    own_briefing: None,
    summary: None,
    lines: None,
};

/// The list column's width when the map sits beside it.
const LIST_W: u16 = 22;
/// Below this pane width the map goes under the list.
const SIDE_BY_SIDE_W: u16 = 50;

/// The stops, the selected one's purpose under them, and the map beside or below.
fn stops_and_map(ctx: &Context, list: &ListView, area: Rect, buf: &mut Buffer) {
    let stops = &ctx.data.briefing().stops;
    let selected = list.selected_item();
    let list_h = lines_h(list.items.len().saturating_mul(2));
    let (list_area, about_area, map_area) = if area.width >= SIDE_BY_SIDE_W {
        let ([left, _], right) = split::columns(area, [LIST_W, 1]).expect("wide enough");
        let [list, _, about] = match split::rows(left, [list_h, 1]) {
            Some(([list, gap], about)) => [list, gap, about],
            None => Layout::vertical([
                Constraint::Length(list_h),
                Constraint::Length(1),
                Constraint::Fill(1),
            ])
            .areas(left),
        };
        (list, about, right)
    } else {
        let [list, map] = match split::rows(area, [list_h]) {
            Some(([list], map)) => [list, map],
            None => Layout::vertical([Constraint::Length(list_h), Constraint::Fill(1)]).areas(area),
        };
        (list, Rect::default(), map)
    };

    let item = |i: usize| {
        let s = &stops[i];
        Text::from(vec![
            Line::from(vec![
                Span::styled(format!("{} ", i + 1), theme().key),
                Span::styled(s.place.clone(), theme().title),
            ]),
            Line::styled(
                match (s.arrive, s.depart) {
                    (None, None) => format!("  {}", s.country),
                    (arrive, depart) => format!("  {} · {}", s.country, day_range(arrive, depart)),
                },
                theme().text,
            ),
        ])
    };
    list.draw_items(item, list_area, buf);

    if let Some(stop) = selected.and_then(|i| stops.get(i)) {
        let width = about_area.width;
        let mut lines = Vec::new();
        if !stop.meets.is_empty() {
            lines.push(Line::from(vec![
                Span::styled("Meets ", theme().dim),
                Span::styled(stop.meets.join(", "), theme().text),
            ]));
        }
        lines.extend(
            wrapped(stop.purpose.as_deref().unwrap_or_default(), width, theme().dim),
        );
        Paragraph::new(lines)
            .wrap(ratatui::widgets::Wrap { trim: true })
            .render(about_area, buf);
    }

    // the map keeps every stop, whatever the filter shows
    map::trip(stops, &ctx.data.briefing().places, selected, list.focused, ctx.country_names, map_area, buf);
}

/// The detail popup: where and when, whom the stop meets, and its coordinates.
fn stop_in_full(ctx: &Context, i: usize, width: u16) -> Detail {
    let stops = &ctx.data.briefing().stops;
    let Some(s) = stops.get(i) else {
        return Detail::default();
    };
    let t = theme().text;
    let mut lines = Vec::new();
    lines.extend(field(
        "Place",
        &format!("{}, {}", s.place, s.country),
        width,
        t,
    ));
    lines.extend(field("Dates", &day_range(s.arrive, s.depart), width, t));
    if let Some(purpose) = &s.purpose {
        lines.extend(field("Purpose", purpose, width, t));
    }
    lines.extend(field("Meets", &s.meets.join(", "), width, t));
    lines.extend(field(
        "Coordinates",
        &format!("{:.4}, {:.4}", s.lat, s.lon),
        width,
        t,
    ));
    lines.extend(evidence_fields(&s.evidence, width));
    Detail {
        title: format!(" Stop {} of {}: {} ", i + 1, stops.len(), s.place),
        lines,
    }
}
