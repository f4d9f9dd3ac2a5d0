//! The title line and the countdowns to the briefing's key dates.

use ratatui::text::{Line, Span};

use crate::dashboard::state::App;
use crate::dashboard::text::{flow, long_date, relative, wrap};
use crate::dashboard::theme::theme;

/// Countdowns within this many days are highlighted.
const SOON_DAYS: i64 = 7;
/// The countdowns take at most this many lines; the timeline lists them all.
const COUNTDOWN_LINES: usize = 3;

/// The header's lines at `width`: the title, then the countdowns, as many per
/// line as fit, on at most `COUNTDOWN_LINES`.
pub fn lines(app: &App, width: u16) -> Vec<Line<'static>> {
    let mut lines = title_lines(app, width);
    let full = lines.len() + COUNTDOWN_LINES;
    let mut current: Vec<Span<'static>> = Vec::new();
    for event in app.countdowns() {
        let days = (event.date - app.ui.today).num_days();
        let style = match days {
            d if d < 0 => theme().past,
            d if d <= SOON_DAYS => theme().soon,
            _ => theme().future,
        };
        let item = [
            Span::raw(if current.is_empty() { " " } else { " │ " }),
            Span::styled(
                format!("{} {}: ", event.label, event.date.format("%a %-d %b")),
                theme().text,
            ),
            Span::styled(relative(app.ui.today, event.date), style),
        ];
        let used: usize = current.iter().map(Span::width).sum();
        let wanted: usize = item.iter().map(Span::width).sum();
        if !current.is_empty() && used + wanted > usize::from(width) {
            lines.push(Line::from(std::mem::take(&mut current)));
            if lines.len() == full {
                return lines;
            }
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

/// The title line: the name, the briefing's title, what day its data are
/// as of and which briefing it is. Too wide, the name goes first, then the
/// weekday and the word "briefing"; then the rest flows onto more lines, no
/// word cut.
fn title_lines(app: &App, width: u16) -> Vec<Line<'static>> {
    let b = app.briefing();
    let as_of = |long: bool| {
        if app.ui.today == b.as_of {
            let day = if long {
                long_date(b.as_of)
            } else {
                b.as_of.format("%-d %b %Y").to_string()
            };
            Span::styled(format!("as of {day}"), theme().text)
        } else {
            // the data stop at the as-of day, whatever day the countdowns count from
            Span::styled(
                format!(
                    "data as of {} · counting from {}",
                    b.as_of.format("%a %-d %b"),
                    app.ui.today.format("%a %-d %b")
                ),
                theme().warning,
            )
        }
    };
    let (shown, count) = app.briefing_position();
    let which = |long: bool| {
        let word = if long { "briefing " } else { "" };
        (count > 1).then(|| Span::styled(format!("{word}{}/{count}", shown + 1), theme().key))
    };
    let title = Span::styled(b.title.clone(), theme().title);
    let line = |name: &'static str, long: bool| {
        let mut spans = vec![Span::styled(name, theme().key), title.clone()];
        spans.extend([Span::raw("  "), as_of(long)]);
        spans.extend(which(long).into_iter().flat_map(|w| [Span::raw("  "), w]));
        Line::from(spans)
    };
    for (name, long) in [(" tradewatch ", true), (" ", true), (" ", false)] {
        let one = line(name, long);
        if one.width() <= usize::from(width) {
            return vec![one];
        }
    }
    // each piece after a space; a title wider than a line in lines of its own
    let room = width.saturating_sub(1);
    let mut pieces: Vec<Vec<Span<'static>>> = wrap(&b.title, room)
        .into_iter()
        .map(|l| vec![Span::raw(" "), Span::styled(l, theme().title)])
        .collect();
    pieces.push(vec![Span::raw(" "), as_of(false)]);
    pieces.extend(which(true).map(|w| vec![Span::raw(" "), w]));
    flow(pieces, width)
}
