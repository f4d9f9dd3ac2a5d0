//! The timeline pane: the events of every loaded briefing, by date; past and
//! future look different, the shown briefing's as-of day is marked (after it,
//! its own events are plans; other briefings' events are dimmed and numbered),
//! and so is `--now` when it differs.

use chrono::NaiveDate;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, ListState, StatefulWidget};

use super::text::long_date;
use super::theme::THEME;
use crate::dashboard::{App, Pane};

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let shown = app.visible(Pane::Timeline);
    let (current, briefings) = app.briefing_position();
    let as_of = app.briefing().as_of;
    let mut markers: Vec<(NaiveDate, String)> =
        vec![(as_of, format!("── data as of {} ──", long_date(as_of)))];
    if app.today != as_of {
        markers.push((
            app.today,
            format!("── counting from {} ──", long_date(app.today)),
        ));
    }
    markers.sort_by_key(|m| m.0);
    let mut markers = markers.into_iter().peekable();
    // each row: the event it shows, if it is one (markers are not selectable)
    let mut rows: Vec<(Option<usize>, ListItem)> = Vec::new();
    for (k, &i) in shown.iter().enumerate() {
        let e = &app.timeline[i];
        while let Some((_, text)) = markers.next_if(|m| e.date > m.0) {
            rows.push((None, ListItem::new(Line::styled(text, THEME.warning))));
        }
        let style = if e.date < app.today {
            THEME.past
        } else if e.date == app.today {
            THEME.title
        } else {
            THEME.future
        };
        let mut spans = vec![
            Span::styled(format!("{:<11}", e.date.format("%a %-d %b")), style),
            Span::styled(e.label.clone(), style),
        ];
        if briefings > 1 {
            // which briefings report it, by number; another briefing's event is dimmed
            let numbers: Vec<String> = e.briefings.iter().map(|b| (b + 1).to_string()).collect();
            spans.push(Span::styled(
                format!("  [{}]", numbers.join(" ")),
                THEME.dim,
            ));
            if !e.briefings.contains(&current) {
                spans[1] = Span::styled(e.label.clone(), THEME.dim);
            }
        }
        rows.push((Some(k), ListItem::new(Line::from(spans))));
    }
    for (_, text) in markers {
        rows.push((None, ListItem::new(Line::styled(text, THEME.warning))));
    }
    let selected = app.selected(Pane::Timeline);
    let row = rows.iter().position(|(k, _)| *k == Some(selected));
    let mut state = ListState::default().with_selected(row);
    StatefulWidget::render(
        List::new(rows.into_iter().map(|(_, item)| item))
            .highlight_style(THEME.selection(app.focus == Pane::Timeline)),
        area,
        buf,
        &mut state,
    );
}
