//! The title line and the countdowns to the briefing's key dates.

use ratatui::text::{Line, Span};

use crate::dashboard::state::App;
use crate::dashboard::text::{long_date, relative};
use crate::dashboard::theme::THEME;

/// Countdowns within this many days are highlighted.
const SOON_DAYS: i64 = 7;

/// The header's lines at `width`: the title, then the countdowns, as many per
/// line as fit.
pub fn lines(app: &App, width: u16) -> Vec<Line<'static>> {
    let b = &app.briefing();
    let mut title = vec![
        Span::styled(" tradewatch ", THEME.key),
        Span::styled(b.title.clone(), THEME.title),
    ];
    if app.ui.today == b.as_of {
        title.push(Span::styled(
            format!("  as of {}", long_date(b.as_of)),
            THEME.text,
        ));
    } else {
        // the data stop at the as-of day, whatever day the countdowns count from
        title.push(Span::styled(
            format!(
                "  data as of {} · counting from {}",
                b.as_of.format("%a %-d %b"),
                app.ui.today.format("%a %-d %b")
            ),
            THEME.warning,
        ));
    }
    let (shown, count) = app.briefing_position();
    if count > 1 {
        title.push(Span::styled(
            format!("  briefing {}/{count}", shown + 1),
            THEME.key,
        ));
    }
    let mut lines = vec![Line::from(title)];
    let mut current: Vec<Span<'static>> = Vec::new();
    for event in b.countdowns() {
        let days = (event.date - app.ui.today).num_days();
        let style = match days {
            d if d < 0 => THEME.past,
            d if d <= SOON_DAYS => THEME.soon,
            _ => THEME.future,
        };
        let item = [
            Span::raw(if current.is_empty() { " " } else { " │ " }),
            Span::styled(
                format!("{} {}: ", event.label, event.date.format("%a %-d %b")),
                THEME.text,
            ),
            Span::styled(relative(app.ui.today, event.date), style),
        ];
        let used: usize = current.iter().map(Span::width).sum();
        let wanted: usize = item.iter().map(Span::width).sum();
        if !current.is_empty() && used + wanted > usize::from(width) {
            lines.push(Line::from(std::mem::take(&mut current)));
            current.push(Span::raw(" "));
            current.extend(item.into_iter().skip(1));
        } else {
            current.extend(item);
        }
    }
    if !current.is_empty() {
        lines.push(Line::from(current));
    }
    lines
}
