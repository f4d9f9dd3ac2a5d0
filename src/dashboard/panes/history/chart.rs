//! The history pane's chart: both sides' 2025 tariff ladders as step lines up
//! to the briefing's as-of day, the threatened +100% drawn apart as a possible
//! future step.
//!
//! The chart is drawn on a canvas with axes of our own, so that month labels
//! sit at their true columns and rate labels on their true rows at any size.

use chrono::NaiveDate;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Style};
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::canvas::{Canvas, Context as Painter, Line as Segment, Points};
use ratatui::widgets::{Paragraph, Widget};

use crate::dashboard::panes::context::Context;
use crate::dashboard::text::{flow, lines_h, rate, wrapped};
use crate::dashboard::theme::theme;
use crate::model::history::Step;
use crate::model::history::series::{day_x, first_year, series};
use crate::model::{Party, TariffStatus};

/// The rate axis runs to this many percent.
pub const Y_MAX: f64 = 150.0;
/// The rates labelled on the y axis, the ends first: where two share a row,
/// the first keeps it.
const Y_LABELS: [f64; 4] = [0.0, 150.0, 100.0, 50.0];
/// Width of the y labels ("150%"), then the axis line.
const Y_LABEL_W: u16 = 4;
/// The symbol marking the selected step on the chart.
pub const SELECTED_MARK: &str = "◆";

/// Where chart values land on screen: the plot's cells, and the same
/// rounding the canvas uses for its braille dots (2 across, 4 down a cell).
struct Plot {
    area: Rect,
    end: f64,
}

impl Plot {
    fn column(&self, x: f64) -> u16 {
        let dots = f64::from(self.area.width) * 2.0 - 1.0;
        let dot = (x.clamp(0.0, self.end) * dots / self.end).round() as u16;
        self.area.x + dot / 2
    }

    /// One braille dot's size in chart units (days, percent).
    fn dot(&self) -> (f64, f64) {
        (
            self.end / (f64::from(self.area.width) * 2.0 - 1.0),
            Y_MAX / (f64::from(self.area.height) * 4.0 - 1.0),
        )
    }

    fn row(&self, rate: f64) -> u16 {
        let dots = f64::from(self.area.height) * 4.0 - 1.0;
        let dot = ((Y_MAX - rate.clamp(0.0, Y_MAX)) * dots / Y_MAX).round() as u16;
        self.area.y + dot / 4
    }
}

/// Both sides' ladders on the year's axes, the threat dotted, the selected
/// step marked, and the legend and the history's note under them.
pub fn ladders(ctx: &Context, selected: Option<&Step>, area: Rect, buf: &mut Buffer) {
    let history = ctx.data.history;
    let as_of = ctx.data.briefing().as_of;
    let s = series(history, as_of);
    let year = first_year(history, as_of);
    let mut below = legend(ctx, selected, !s.threat.is_empty(), area.width);
    below.extend(
        wrapped(&history.note, area.width, theme().dim),
    );
    // the plot, its x axis and month labels, then what is below
    let below_h = lines_h(below.len()).min(area.height.saturating_sub(4));
    let [plot_rows, axis_row, labels_row, below_area] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(below_h),
    ])
    .areas(area);
    Paragraph::new(below).render(below_area, buf);
    let plot = Plot {
        area: Rect {
            x: area.x + Y_LABEL_W + 1,
            width: area.width.saturating_sub(Y_LABEL_W + 1),
            ..plot_rows
        },
        end: s.end,
    };
    if plot.area.width < 8 || plot.area.height < 2 {
        return;
    }
    axes(&plot, year, plot_rows, axis_row, labels_row, buf);

    let color = |style: Style| style.fg.unwrap_or(Color::Reset);
    let as_of_line = Segment::new(s.as_of, 0.0, s.as_of, Y_MAX, color(theme().dim));
    Canvas::default()
        .marker(Marker::Braille)
        .x_bounds([0.0, s.end])
        .y_bounds([0.0, Y_MAX])
        .paint(|painter| {
            painter.draw(&as_of_line);
            painter.layer();
            // one layer for both sides: where they share a cell, the dots of
            // both stay, so neither line hides the other
            let china = color(theme().party(Party::China));
            if theme().sides_by_pattern {
                dashed(painter, &s.china, plot.dot(), china);
            } else {
                steps_line(painter, &s.china, china);
            }
            steps_line(painter, &s.us, color(theme().party(Party::Us)));
            dotted(
                painter,
                &s.threat,
                plot.dot(),
                color(theme().status(TariffStatus::Threatened)),
            );
        })
        .render(plot.area, buf);

    if let Some(step) = selected {
        let (x, y) = (plot.column(day_x(year, step.date)), plot.row(step.rate));
        buf[(x, y)].set_symbol(SELECTED_MARK).set_style(theme().mark);
    }
}

/// The y labels on their true rows, the axis lines, and each month's name
/// from the column of its first day.
fn axes(plot: &Plot, year: i32, rows: Rect, axis_row: Rect, labels_row: Rect, buf: &mut Buffer) {
    let axis_x = plot.area.x - 1;
    for y in rows.top()..rows.bottom() {
        buf[(axis_x, y)].set_symbol("│").set_style(theme().dim);
    }
    buf[(axis_x, axis_row.y)]
        .set_symbol("└")
        .set_style(theme().dim);
    for x in plot.area.left()..plot.area.right() {
        buf[(x, axis_row.y)].set_symbol("─").set_style(theme().dim);
    }
    let mut taken = Vec::new();
    for value in Y_LABELS {
        let y = plot.row(value);
        if !taken.contains(&y) {
            taken.push(y);
            let label = format!("{:>w$}", rate(value, false), w = usize::from(Y_LABEL_W));
            buf.set_string(rows.x, y, label, theme().dim);
        }
    }
    // every month if the names fit, else every other, every quarter…
    let months = |stride: usize| -> Vec<(u16, String)> {
        (1..=12)
            .step_by(stride)
            .filter_map(|m| NaiveDate::from_ymd_opt(year, m, 1))
            .map(|first| {
                (
                    plot.column(day_x(year, first)),
                    first.format("%b").to_string(),
                )
            })
            .collect()
    };
    let fits = |labels: &[(u16, String)]| {
        labels.windows(2).all(|w| w[1].0 > w[0].0 + 3)
            && labels.last().is_some_and(|l| l.0 + 3 <= plot.area.right())
    };
    if let Some(labels) = [1, 2, 3, 6, 12].map(months).into_iter().find(|l| fits(l)) {
        for (x, name) in labels {
            buf.set_string(x, labels_row.y, name, theme().dim);
        }
    }
}

/// A step line through `points`, solid.
fn steps_line(painter: &mut Painter, points: &[(f64, f64)], color: Color) {
    for w in points.windows(2) {
        painter.draw(&Segment::new(w[0].0, w[0].1, w[1].0, w[1].1, color));
    }
}

/// A step line through `points`, a dot every third braille dot, so that it
/// reads as dotted at any size; `dot` is one braille dot in chart units.
fn dotted(painter: &mut Painter, points: &[(f64, f64)], dot: (f64, f64), color: Color) {
    let mut dots = Vec::new();
    for w in points.windows(2) {
        let ((x0, y0), (x1, y1)) = (w[0], w[1]);
        let n = ((x1 - x0).abs() / dot.0)
            .max((y1 - y0).abs() / dot.1)
            .div_euclid(3.0)
            .max(1.0);
        for k in 0..=(n as usize) {
            let t = k as f64 / n;
            dots.push((x0 + (x1 - x0) * t, y0 + (y1 - y0) * t));
        }
    }
    painter.draw(&Points::new(&dots, color));
}

/// A step line through `points`, dashed: two braille dots on, two off.
fn dashed(painter: &mut Painter, points: &[(f64, f64)], dot: (f64, f64), color: Color) {
    let mut dots = Vec::new();
    for w in points.windows(2) {
        let ((x0, y0), (x1, y1)) = (w[0], w[1]);
        let n = ((x1 - x0).abs() / dot.0).max((y1 - y0).abs() / dot.1).max(1.0) as usize;
        for k in (0..=n).filter(|k| k % 4 < 2) {
            let t = k as f64 / n as f64;
            dots.push((x0 + (x1 - x0) * t, y0 + (y1 - y0) * t));
        }
    }
    painter.draw(&Points::new(&dots, color));
}

/// What each line is, the as-of day, and the selected step; outside the plot,
/// so it never covers data.
fn legend(ctx: &Context, selected: Option<&Step>, threat: bool, width: u16) -> Vec<Line<'static>> {
    let as_of = ctx.data.briefing().as_of;
    let today = ctx.today;
    let mut items = vec![
        vec![Span::styled("━ US on China  ", theme().party(Party::Us))],
        vec![Span::styled(
            if theme().sides_by_pattern {
                "╍ China on US  "
            } else {
                "━ China on US  "
            },
            theme().party(Party::China),
        )],
    ];
    if threat {
        items.push(vec![Span::styled(
            "┄ threatened  ",
            theme().status(TariffStatus::Threatened),
        )]);
    }
    items.extend([vec![Span::styled(
        format!("│ data as of {}  ", as_of.format("%-d %b %Y")),
        theme().dim,
    )]]);
    if today > as_of {
        items.push(vec![Span::styled(
            format!(
                "later steps not in it (today {})  ",
                today.format("%-d %b")
            ),
            theme().warning,
        )]);
    }
    if let Some(step) = selected {
        items.push(vec![
            Span::styled(SELECTED_MARK, theme().mark),
            Span::styled(
                format!(
                    " selected: {} {} {}",
                    step.date.format("%-d %b"),
                    step.imposer,
                    rate(step.rate, false)
                ),
                theme().dim,
            ),
        ]);
    }
    flow(items, width)
}

