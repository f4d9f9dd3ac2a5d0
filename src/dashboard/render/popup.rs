//! Popups over the dashboard: the selected item in full, and the help.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph, Widget};

use chrono::Datelike;

use super::text::{NOT_GIVEN, date, day_range, field, figure, outlook, rate, who, wrap};
use super::theme::THEME;
use crate::dashboard::keymap::{BINDINGS, Scope};
use crate::dashboard::{App, Pane, Popup};
use crate::model::{Evidence, RateKind, TariffStatus};

const MAX_WIDTH: u16 = 84;

/// The popup's outer rectangle within `area`, for content of `lines` lines.
fn frame(area: Rect, lines: usize) -> Rect {
    let width = area.width.saturating_sub(4).min(MAX_WIDTH);
    let height = (lines as u16)
        .saturating_add(2)
        .min(area.height.saturating_sub(2));
    area.centered(Constraint::Length(width), Constraint::Length(height))
}

/// Text width inside a popup drawn in `area`: borders and a column of padding each side.
fn text_width(area: Rect) -> u16 {
    area.width
        .saturating_sub(4)
        .min(MAX_WIDTH)
        .saturating_sub(4)
}

/// The open popup's title and lines, wrapped to `width`.
pub fn content(app: &App, popup: Popup, width: u16) -> (String, Vec<Line<'static>>) {
    match popup {
        Popup::Help => (" Keys ".into(), help(width)),
        Popup::Detail => detail(app, width),
    }
}

/// How far the open popup can scroll, and how many lines a page is.
pub fn scroll_limits(app: &App) -> (u16, u16) {
    let area = Rect::from((ratatui::layout::Position::ORIGIN, app.size));
    let Some(popup) = app.popup else {
        return (0, 0);
    };
    let (_, lines) = content(app, popup, text_width(area));
    let inner_h = frame(area, lines.len()).height.saturating_sub(2);
    ((lines.len() as u16).saturating_sub(inner_h), inner_h.max(1))
}

pub fn render(app: &App, popup: Popup, area: Rect, buf: &mut Buffer) {
    let (title, lines) = content(app, popup, text_width(area));
    let total = lines.len();
    let outer = frame(area, total);
    if outer.width < 3 || outer.height < 3 {
        return;
    }
    let inner_h = usize::from(outer.height - 2);
    let scroll = usize::from(app.popup_scroll).min(total.saturating_sub(inner_h));
    let mut block = Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(THEME.border_focused)
        .title(Line::styled(title, THEME.pane_title_focused))
        .title_bottom(Line::styled(" Esc close ", THEME.dim).right_aligned());
    if total > inner_h {
        let end = (scroll + inner_h).min(total);
        block = block.title_bottom(Line::styled(
            format!(" ↑↓ {}–{} of {} ", scroll + 1, end, total),
            THEME.dim,
        ));
    }
    Clear.render(outer, buf);
    Paragraph::new(lines)
        .block(block.padding(ratatui::widgets::Padding::horizontal(1)))
        .scroll((scroll as u16, 0))
        .render(outer, buf);
}

fn help(width: u16) -> Vec<Line<'static>> {
    let keys_w = BINDINGS
        .iter()
        .map(|b| b.keys.join(" / ").chars().count())
        .max()
        .unwrap_or(0)
        + 4;
    let mut lines = Vec::new();
    for scope in Scope::ALL {
        if !lines.is_empty() {
            lines.push(Line::raw(""));
        }
        lines.push(Line::styled(scope.title(), THEME.heading));
        for b in BINDINGS.iter().filter(|b| b.scope == scope) {
            let keys = b.keys.join(" / ");
            lines.extend(keyed(&keys, keys_w, b.help, width));
        }
    }
    lines
}

/// A help row: the keys in a column `keys_w` wide, then what they do.
fn keyed(keys: &str, keys_w: usize, help: &str, width: u16) -> Vec<Line<'static>> {
    let rest = width.saturating_sub(keys_w as u16);
    wrap(help, rest)
        .into_iter()
        .enumerate()
        .map(|(i, part)| {
            let k = if i == 0 { keys } else { "" };
            Line::from(vec![
                Span::styled(format!("  {k:<w$}", w = keys_w - 2), THEME.key),
                Span::raw(part),
            ])
        })
        .collect()
}

fn detail(app: &App, width: u16) -> (String, Vec<Line<'static>>) {
    let b = &app.briefing();
    let Some(i) = app.selected_item(app.focus) else {
        return (String::new(), Vec::new());
    };
    let t = THEME.text;
    let mut lines = Vec::new();
    let title = match app.focus {
        Pane::Tariffs => {
            let Some(x) = b.tariffs.get(i) else {
                return (String::new(), lines);
            };
            let threatened = x.status == TariffStatus::Threatened;
            lines.extend(field("Rate", &figure(x), width, THEME.party(x.imposer)));
            lines.extend(field("Who on whom", &x.direction(), width, t));
            lines.extend(field(
                "Status",
                x.status.label(),
                width,
                THEME.status(x.status),
            ));
            let when = if threatened { "From" } else { "Effective" };
            let day = x.date.map_or(NOT_GIVEN.into(), date);
            lines.extend(field(when, &day, width, t));
            let then = outlook(x, b.in_force_under(x), b.as_of.year());
            if !then.is_empty() {
                lines.extend(field("In all", &then, width, THEME.status(x.status)));
            }
            lines.extend(field("Kind", x.kind.label(), width, t));
            if let Some(note) = &x.note {
                lines.extend(field("Note", note, width, t));
            }
            evidence(&mut lines, &x.evidence, width);
            format!(" {}: {} ", x.direction(), x.label)
        }
        Pane::Itinerary => {
            let Some(s) = b.stops.get(i) else {
                return (String::new(), lines);
            };
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
            evidence(&mut lines, &s.evidence, width);
            format!(" Stop {} of {}: {} ", i + 1, b.stops.len(), s.place)
        }
        Pane::Quotes => {
            let Some(q) = b.quotes.get(i) else {
                return (String::new(), lines);
            };
            lines.extend(
                wrap(&format!("“{}”", q.text), width)
                    .into_iter()
                    .map(|l| Line::styled(l, THEME.quote)),
            );
            lines.push(Line::raw(""));
            let speaker = who(&q.speaker, q.role.as_deref());
            lines.extend(field("Speaker", &speaker, width, t));
            lines.extend(field(
                "Where",
                q.place.as_deref().unwrap_or(NOT_GIVEN),
                width,
                t,
            ));
            lines.extend(field(
                "When",
                &q.date.map_or(NOT_GIVEN.into(), date),
                width,
                t,
            ));
            if let Some(note) = &q.note {
                lines.extend(field("Note", note, width, THEME.warning));
            }
            evidence(&mut lines, &q.evidence, width);
            format!(" Quote: {} ", q.speaker)
        }
        Pane::People => {
            let Some(p) = b.people.get(i) else {
                return (String::new(), lines);
            };
            lines.extend(field("Name", &p.name, width, THEME.title));
            if let Some(role) = &p.role {
                lines.extend(field("Role", role, width, t));
            }
            let side = p.side.map_or("neither side".to_owned(), |s| s.to_string());
            lines.extend(field("Side", &side, width, t));
            if let Some(did) = &p.did {
                lines.extend(field("In the story", did, width, t));
            }
            evidence(&mut lines, &p.evidence, width);
            format!(" {} ", p.name)
        }
        Pane::History => {
            let Some(st) = app.history_steps().get(i).copied() else {
                return (String::new(), lines);
            };
            lines.extend(field("Date", &date(st.date), width, t));
            lines.extend(field(
                "Who on whom",
                &format!("{} on {}", st.imposer, st.imposer.other()),
                width,
                t,
            ));
            lines.extend(field(
                "Rate",
                &format!("{} in all", rate(st.rate, false)),
                width,
                THEME.party(st.imposer),
            ));
            lines.extend(field(
                "Status",
                st.status.label(),
                width,
                THEME.status(st.status),
            ));
            lines.extend(field("Kind", RateKind::HeadlineAddOn.label(), width, t));
            lines.extend(field("What", &st.label, width, t));
            if let Some(note) = &st.note {
                lines.extend(field("Note", note, width, THEME.warning));
            }
            evidence(
                &mut lines,
                &Evidence {
                    article: None,
                    source: Some(st.source.clone()),
                },
                width,
            );
            format!(
                " {} {}: {} ",
                st.imposer,
                rate(st.rate, false),
                date(st.date)
            )
        }
        Pane::Timeline => {
            let Some(e) = app.timeline.get(i) else {
                return (String::new(), lines);
            };
            lines.extend(field("Date", &date(e.date), width, t));
            lines.extend(field("Event", &e.label, width, t));
            lines.extend(field(
                "When",
                &super::text::relative(app.today, e.date),
                width,
                t,
            ));
            let titles: Vec<String> = e
                .briefings
                .iter()
                .map(|&k| app.briefing_title(k).to_owned())
                .collect();
            lines.extend(field("Reported in", &titles.join("; "), width, t));
            evidence(&mut lines, &e.evidence, width);
            format!(" Event: {} ", date(e.date))
        }
        Pane::Source => {
            let text = &b.article[app.sentences()[i].clone()];
            lines.extend(
                wrap(text, width)
                    .into_iter()
                    .map(|l| Line::styled(l, THEME.quote)),
            );
            lines.push(Line::raw(""));
            let cited_by = app.citing_items(i);
            let names: Vec<String> = cited_by
                .iter()
                .map(|&(pane, k)| app.item_name(pane, k))
                .collect();
            let value = if names.is_empty() {
                "nothing on the dashboard".to_owned()
            } else {
                names.join("; ")
            };
            lines.extend(field("Feeds", &value, width, t));
            format!(" Sentence {} of {} ", i + 1, app.sentences().len())
        }
    };
    (title, lines)
}

fn evidence(lines: &mut Vec<Line<'static>>, ev: &Evidence, width: u16) {
    lines.push(Line::raw(""));
    if let Some(sentence) = &ev.article {
        lines.extend(field("Article", sentence, width, THEME.quote));
    }
    if let Some(source) = &ev.source {
        lines.extend(field("Source", source, width, THEME.dim));
    }
}
