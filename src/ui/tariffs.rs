//! The tariffs pane: the figures in a table, and bars that make their sizes
//! comparable at a glance, with status shown by the bar's fill as well as its colour.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row, StatefulWidget, Table, TableState, Widget};

use super::text::{NOT_GIVEN, date, rate, wrap};
use super::theme::THEME;
use crate::app::{App, Pane};
use crate::model::{Tariff, TariffStatus};

const RATE_W: u16 = 6;
const WHO_W: u16 = 12;
const STATUS_W: u16 = 10;
const DATE_W: u16 = 11;

/// The fill that tells the status apart even without colour.
fn fill(status: TariffStatus) -> char {
    match status {
        TariffStatus::InForce | TariffStatus::Raised | TariffStatus::Cut => '█',
        TariffStatus::Suspended => '▒',
        TariffStatus::Threatened => '░',
    }
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let all = &app.briefing().tariffs;
    let tariffs: Vec<Tariff> = app
        .visible(Pane::Tariffs)
        .into_iter()
        .map(|i| all[i].clone())
        .collect();
    let tariffs = &tariffs[..];
    let selected = app.selected(Pane::Tariffs);
    let table_h = tariffs.len() as u16 + 1;
    let [table_area, _, chart_area] = Layout::vertical([
        Constraint::Length(table_h),
        Constraint::Length(1),
        Constraint::Fill(1),
    ])
    .areas(area);
    table(tariffs, selected, table_area, buf);
    chart(tariffs, selected, chart_area, buf);
}

fn table(tariffs: &[Tariff], selected: usize, area: Rect, buf: &mut Buffer) {
    let rows = tariffs.iter().map(|t| {
        let threatened = t.status == TariffStatus::Threatened;
        Row::new([
            Cell::from(rate(t.rate, threatened))
                .style(THEME.party(t.imposer).patch(THEME.status(t.status))),
            Cell::from(t.direction()).style(THEME.party(t.imposer)),
            Cell::from(t.status.label()).style(THEME.status(t.status)),
            Cell::from(t.date.map_or(NOT_GIVEN.into(), date)),
            Cell::from(t.label.clone()),
        ])
    });
    let header =
        Row::new(["Rate", "Who on whom", "Status", "Effective", "What"]).style(THEME.heading);
    let widths = [
        Constraint::Length(RATE_W),
        Constraint::Length(WHO_W),
        Constraint::Length(STATUS_W),
        Constraint::Length(DATE_W),
        Constraint::Fill(1),
    ];
    let table = Table::new(rows, widths)
        .header(header)
        .row_highlight_style(THEME.selected)
        .column_spacing(1);
    let mut state = TableState::default().with_selected(Some(selected));
    StatefulWidget::render(table, area, buf, &mut state);
}

fn chart(tariffs: &[Tariff], selected: usize, area: Rect, buf: &mut Buffer) {
    let max = tariffs.iter().map(|t| t.rate).fold(0.0_f64, f64::max);
    // "US on China " + bar + " +100% threatened"
    let label_w = usize::from(WHO_W);
    let tail_w = 6 + 1 + usize::from(STATUS_W);
    let bar_w = usize::from(area.width)
        .saturating_sub(label_w + 1 + tail_w)
        .max(1);
    let mut lines: Vec<Line> = tariffs
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let cells = if max > 0.0 {
                (t.rate / max * bar_w as f64).round() as usize
            } else {
                0
            };
            let cells = cells.clamp(usize::from(t.rate > 0.0), bar_w);
            let threatened = t.status == TariffStatus::Threatened;
            let who_style = if i == selected {
                THEME.selected
            } else {
                Style::new()
            };
            Line::from(vec![
                Span::styled(
                    format!("{:<label_w$}", t.direction()),
                    who_style.patch(THEME.party(t.imposer)),
                ),
                Span::raw(" "),
                Span::styled(
                    fill(t.status).to_string().repeat(cells),
                    THEME.party(t.imposer),
                ),
                Span::styled(
                    format!(" {:>5} ", rate(t.rate, threatened)),
                    THEME.status(t.status),
                ),
                Span::styled(t.status.label(), THEME.status(t.status)),
            ])
        })
        .collect();
    let legend = [
        (TariffStatus::InForce, "in force"),
        (TariffStatus::Suspended, "suspended by the truce"),
        (TariffStatus::Threatened, "threatened"),
    ]
    .into_iter()
    .flat_map(|(status, text)| {
        [
            Span::raw(format!(" {}", fill(status))),
            Span::styled(format!(" {text} "), THEME.dim),
        ]
    });
    lines.push(Line::from_iter(legend));
    if let Some(kind) = common_kind(tariffs) {
        let note = format!("All figures: {kind}.");
        lines.extend(
            wrap(&note, area.width.saturating_sub(1))
                .into_iter()
                .map(|l| Line::styled(format!(" {l}"), THEME.dim)),
        );
    }
    Paragraph::new(lines).render(area, buf);
}

/// The kind of figure all tariffs share, for a single note under the chart.
fn common_kind(tariffs: &[Tariff]) -> Option<&'static str> {
    let first = tariffs.first()?.kind;
    tariffs
        .iter()
        .all(|t| t.kind == first)
        .then(|| first.label())
}
