//! The tariffs table, drawn cell by cell at column positions worked out by
//! arithmetic. ratatui's `Table` runs the constraint solver three times a
//! draw even for fixed widths (the columns, the selection column, and the
//! header over the rows): four fifths of its cost, and a sixth of the first
//! frame's. It is still what draws a table whose columns do not fit, so
//! that the solver's trade-off is kept there; the tests check that both
//! draw the same cells wherever the columns fit.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::Text;
use ratatui::widgets::{Cell, Row, StatefulWidget, Table, TableState};

use super::{RATE_W, STATUS_W, WHO_W};
use crate::dashboard::cells;
use crate::dashboard::theme::theme;

/// The columns' headings.
const HEADINGS: [&str; 5] = ["Rate", "Who on whom", "Status", "From", "What"];
/// The blank between columns.
const SPACING: u16 = 1;

/// A table row: its cells, each styled as a whole, how many lines its
/// "What" takes, that text in full and whether the table cut it.
pub(super) struct TableRow {
    pub cells: [Text<'static>; 5],
    pub height: u16,
    pub what: String,
    pub cut: bool,
}

/// Draws `rows` under the headings, with row `selected` in `selection`:
/// what ratatui's `Table` draws on a fresh state with these rows selected.
pub(super) fn table(
    rows: Vec<TableRow>,
    date_w: u16,
    (selected, selection): (usize, Style),
    area: Rect,
    buf: &mut Buffer,
) {
    match columns(area.width, date_w) {
        Some(columns) => draw(rows, columns, (selected, selection), area, buf),
        None => solved(rows, date_w, (selected, selection), area, buf),
    }
}

/// Each column's offset from the table's left edge and its width: the
/// fixed ones, then "What" taking the rest; `None` when they do not fit.
fn columns(width: u16, date_w: u16) -> Option<[(u16, u16); 5]> {
    let fixed = [RATE_W, WHO_W, STATUS_W, date_w];
    let used = fixed.iter().try_fold(0u16, |sum, &w| sum.checked_add(w + SPACING))?;
    let what_w = width.checked_sub(used)?;
    let mut x = 0;
    Some([RATE_W, WHO_W, STATUS_W, date_w, what_w].map(|w| {
        let column = (x, w);
        x += w + SPACING;
        column
    }))
}

fn draw(
    rows: Vec<TableRow>,
    columns: [(u16, u16); 5],
    (selected, selection): (usize, Style),
    area: Rect,
    buf: &mut Buffer,
) {
    if area.is_empty() {
        return;
    }
    let cell = |(x, w): (u16, u16), row: Rect| Rect::new(row.x + x, row.y, w, row.height);
    let heading = Rect { height: 1, ..area };
    buf.set_style(heading, theme().heading);
    for (&column, text) in columns.iter().zip(HEADINGS) {
        cells::text(&Text::from(text), cell(column, heading), buf);
    }
    let body = Rect {
        y: area.y + 1,
        height: area.height - 1,
        ..area
    };
    let heights: Vec<u16> = rows.iter().map(|r| r.height).collect();
    let selected = (!rows.is_empty()).then(|| selected.min(rows.len() - 1));
    let shown = visible(&heights, selected, body.height);
    let mut y = body.y;
    for (i, row) in rows.into_iter().enumerate().take(shown.end).skip(shown.start) {
        let height = (y + row.height).min(body.bottom()).saturating_sub(y);
        let row_area = Rect { y, height, ..body };
        for (&column, text) in columns.iter().zip(&row.cells) {
            cells::text(text, cell(column, row_area), buf);
        }
        if selected == Some(i) {
            buf.set_style(row_area, selection);
        }
        y += row.height;
    }
}

/// The rows a fresh `Table` state shows in `height` lines: from the top,
/// scrolled down until the selected row is in, and one more in part when
/// there is room for part of it.
fn visible(heights: &[u16], selected: Option<usize>, height: u16) -> std::ops::Range<usize> {
    let (mut start, mut end, mut used) = (0, 0, 0u16);
    for &h in heights {
        if used + h > height {
            break;
        }
        used += h;
        end += 1;
    }
    if let Some(selected) = selected {
        while selected >= end {
            used = used.saturating_add(heights[end]);
            end += 1;
            while used > height {
                used = used.saturating_sub(heights[start]);
                start += 1;
            }
        }
    }
    if used < height && end < heights.len() {
        end += 1;
    }
    start..end
}

/// The table drawn by ratatui's `Table`, its columns solved.
fn solved(
    rows: Vec<TableRow>,
    date_w: u16,
    (selected, selection): (usize, Style),
    area: Rect,
    buf: &mut Buffer,
) {
    let rows = rows.into_iter().map(|r| {
        Row::new(r.cells.map(Cell::from)).height(r.height)
    });
    let header = Row::new(HEADINGS).style(theme().heading);
    let widths = [
        Constraint::Length(RATE_W),
        Constraint::Length(WHO_W),
        Constraint::Length(STATUS_W),
        Constraint::Length(date_w),
        Constraint::Fill(1),
    ];
    let table = Table::new(rows, widths)
        .header(header)
        .row_highlight_style(selection)
        .column_spacing(SPACING);
    let mut state = TableState::default().with_selected(Some(selected));
    StatefulWidget::render(table, area, buf, &mut state);
}

#[cfg(test)]
mod tests {
    use ratatui::style::{Color, Modifier};

    use super::*;

    /// Rows of one to three lines, the "What" long enough to be cut at
    /// the right edge, each cell in its own colour.
    fn rows(n: usize) -> Vec<TableRow> {
        (0..n)
            .map(|i| {
                let height = (i % 3 + 1) as u16;
                let what: Vec<String> = (0..height)
                    .map(|l| format!("row {i} line {l} of a long what that runs off"))
                    .collect();
                let cell = |s: String, c: u8| Text::from(s).style(Style::new().fg(Color::Indexed(c)));
                TableRow {
                    cells: [
                        cell(format!("{i}0%"), 1),
                        cell("US on China".into(), 2),
                        cell("threatened".into(), 3),
                        cell("10 Oct 2026".into(), 4),
                        Text::from_iter(what),
                    ],
                    height,
                    what: String::new(),
                    cut: false,
                }
            })
            .collect()
    }

    #[test]
    fn drawn_as_ratatuis_table_draws_it_wherever_the_columns_fit() {
        let selection = Style::new().bg(Color::Blue).add_modifier(Modifier::BOLD);
        let mut compared = 0;
        for width in [0, 1, 20, 43, 44, 45, 48, 60, 119] {
            for height in [0, 1, 2, 3, 4, 7, 12] {
                for (n, selected) in [(0, 0), (1, 0), (4, 3), (9, 0), (9, 5), (9, 8), (9, 20)] {
                    for date_w in [5, 6, 11] {
                        let area = Rect::new(2, 1, width, height);
                        let mut ours = Buffer::empty(Rect::new(0, 0, 130, 16));
                        let mut theirs = ours.clone();
                        let select = (selected, selection);
                        table(rows(n), date_w, select, area, &mut ours);
                        solved(rows(n), date_w, select, area, &mut theirs);
                        let fits = columns(width, date_w).is_some();
                        compared += usize::from(fits);
                        assert_eq!(ours, theirs, "{area:?} {n} rows, {selected} selected");
                    }
                }
            }
        }
        assert!(compared > 500, "{compared} tables drawn by arithmetic");
    }
}
