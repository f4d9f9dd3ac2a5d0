//! The history pane: both sides' 2025 tariff ladders as step lines, the
//! briefing's as-of day marked, the threatened +100% drawn apart as a possible
//! future step; and the steps listed, the selected one with its event and source.

use chrono::{Datelike, NaiveDate};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Axis, Chart, Dataset, GraphType, LegendPosition, List, ListItem, ListState, Paragraph,
    StatefulWidget, Widget,
};

use super::text::{rate, wrap};
use super::theme::THEME;
use crate::app::{App, Pane};
use crate::model::history::History;
use crate::model::{Party, TariffStatus};

/// The rate axis runs to this many percent.
pub const Y_MAX: f64 = 150.0;

/// The lines the chart draws, in chart units: x is days since 1 January.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub us: Vec<(f64, f64)>,
    pub china: Vec<(f64, f64)>,
    /// The threatened step, from the as-of day on.
    pub threat: Vec<(f64, f64)>,
    pub as_of: f64,
    /// The last day of the year, the axis's end.
    pub end: f64,
}

/// Days from 1 January of `d`'s year's history to `d`.
pub fn day_x(year: i32, d: NaiveDate) -> f64 {
    let start = NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(d);
    (d - start).num_days() as f64
}

/// The step lines of `history` as of `as_of`: each side's rate in force from
/// 1 January to the as-of day, and threatened steps after it.
pub fn series(history: &History, as_of: NaiveDate) -> Series {
    let year = history
        .steps
        .iter()
        .map(|s| s.date.year())
        .min()
        .unwrap_or(as_of.year());
    let x = |d| day_x(year, d);
    let end = x(NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(as_of));
    let ladder = |party: Party| {
        let mut points = vec![(0.0, 0.0)];
        let mut current = 0.0;
        for step in history
            .of(party)
            .filter(|s| s.status != TariffStatus::Threatened && s.date <= as_of)
        {
            points.push((x(step.date), current));
            points.push((x(step.date), step.rate));
            current = step.rate;
        }
        points.push((x(as_of).min(end), current));
        (points, current)
    };
    let (us, us_now) = ladder(Party::Us);
    let (china, _) = ladder(Party::China);
    let mut threat = Vec::new();
    for step in history
        .of(Party::Us)
        .filter(|s| s.status == TariffStatus::Threatened && s.date > as_of)
    {
        threat.extend([
            (x(as_of), us_now),
            (x(step.date), us_now),
            (x(step.date), step.rate),
            (end, step.rate),
        ]);
    }
    Series {
        us,
        china,
        threat,
        as_of: x(as_of),
        end,
    }
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let steps = app.history_steps();
    let shown = app.visible(Pane::History);
    let selected = app
        .selected_item(Pane::History)
        .and_then(|i| steps.get(i).copied());
    let [chart_area, list_area] = if area.width >= 90 {
        Layout::horizontal([Constraint::Percentage(58), Constraint::Fill(1)]).areas(area)
    } else {
        Layout::vertical([Constraint::Percentage(55), Constraint::Fill(1)]).areas(area)
    };

    let s = series(&app.history, app.today);
    let year = app
        .history
        .steps
        .iter()
        .map(|s| s.date.year())
        .min()
        .unwrap_or(app.today.year());
    let as_of_line = [(s.as_of, 0.0), (s.as_of, Y_MAX)];
    let marker: Vec<(f64, f64)> = selected
        .map(|st| vec![(day_x(year, st.date), st.rate)])
        .unwrap_or_default();
    let datasets = vec![
        Dataset::default()
            .name(format!("as of {}", app.today.format("%-d %b")))
            .marker(Marker::Braille)
            .graph_type(GraphType::Line)
            .style(THEME.dim)
            .data(&as_of_line),
        Dataset::default()
            .name("US on China")
            .marker(Marker::Braille)
            .graph_type(GraphType::Line)
            .style(THEME.party(Party::Us))
            .data(&s.us),
        Dataset::default()
            .name("China on US")
            .marker(Marker::Braille)
            .graph_type(GraphType::Line)
            .style(THEME.party(Party::China))
            .data(&s.china),
        Dataset::default()
            .name("threatened")
            .marker(Marker::Dot)
            .graph_type(GraphType::Line)
            .style(THEME.status(TariffStatus::Threatened))
            .data(&s.threat),
        Dataset::default()
            .marker(Marker::Block)
            .graph_type(GraphType::Scatter)
            .style(Style::new().white())
            .data(&marker),
    ];
    Chart::new(datasets)
        .x_axis(
            Axis::default()
                .bounds([0.0, s.end])
                .labels(["Jan", "Apr", "Jul", "Oct", "Dec"])
                .style(THEME.dim),
        )
        .y_axis(
            Axis::default()
                .bounds([0.0, Y_MAX])
                .labels(["0%", "50%", "100%", "150%"])
                .style(THEME.dim),
        )
        .legend_position(Some(LegendPosition::TopLeft))
        .hidden_legend_constraints((Constraint::Percentage(50), Constraint::Percentage(80)))
        .render(chart_area, buf);

    // the steps, and the selected one's event and source under them
    let width = list_area.width;
    let detail: Vec<Line> = selected
        .map(|st| {
            let mut lines: Vec<Line> = wrap(&st.label, width)
                .into_iter()
                .map(|l| Line::styled(l, THEME.text))
                .collect();
            lines.extend(
                wrap(&format!("Source: {}", st.source), width)
                    .into_iter()
                    .map(|l| Line::styled(l, THEME.dim)),
            );
            lines
        })
        .unwrap_or_default();
    let detail_h = (detail.len() as u16).min(list_area.height / 2);
    let [items_area, detail_area] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(detail_h)]).areas(list_area);
    let items = shown.iter().map(|&i| {
        let st = steps[i];
        let threatened = st.status == TariffStatus::Threatened;
        ListItem::new(Line::from(vec![
            Span::styled(format!("{:<7}", st.date.format("%-d %b")), THEME.text),
            Span::styled(
                format!("{:<6}", st.imposer.to_string()),
                THEME.party(st.imposer),
            ),
            Span::styled(
                format!("{:>5} ", rate(st.rate, false)),
                THEME.status(st.status),
            ),
            Span::styled(
                if threatened { "threat " } else { "" },
                THEME.status(st.status),
            ),
            Span::styled(st.label.clone(), THEME.dim),
        ]))
    });
    let mut state = ListState::default().with_selected(Some(app.selected(Pane::History)));
    StatefulWidget::render(
        List::new(items).highlight_style(THEME.selected),
        items_area,
        buf,
        &mut state,
    );
    Paragraph::new(detail).render(detail_area, buf);
}
