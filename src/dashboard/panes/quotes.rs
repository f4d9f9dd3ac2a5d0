//! The quotes pane: who said what, where and when; long quotes wrap and the list scrolls.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span, Text};

use super::context::{Context, ListView};
use super::spec::{Detail, Page, Spec};
use crate::dashboard::text::{NOT_GIVEN, date, evidence_fields, field, who, wrap, wrapped};
use crate::dashboard::theme::theme;

pub const SPEC: Spec = Spec {
    title: "Quotes",
    noun: "quote",
    focus_help: "focus the quotes pane",
    page: Page::Today,
    draw_list: quote_list,
    detail: quote_in_full,
    len: |d| d.briefing().quotes.len(),
    filter_text: |d, i| {
        let q = &d.briefing().quotes[i];
        format!(
            "{} {} {}",
            q.speaker,
            q.role.as_deref().unwrap_or_default(),
            q.text
        )
    },
    evidence: |d, i| Some(d.briefing().quotes.get(i)?.evidence.clone()),
    name: |d, i| format!("quote by {}", d.briefing().quotes[i].speaker),
    people: |d, i| {
        d.briefing()
            .quotes
            .get(i)
            .map_or(vec![], |q| vec![q.speaker.as_str()])
    },
    own_briefing: None,
    summary: None,
    lines: Some(|ctx, list, width, cap| {
        let mut used = 0;
        for i in list.items.iter() {
            used += quote(ctx, i, width).height();
            if used > cap {
                break;
            }
        }
        used
    }),
};

/// Each quote under its speaker, place and day.
fn quote_list(ctx: &Context, list: &ListView, area: Rect, buf: &mut Buffer) {
    list.draw_items(|i| quote(ctx, i, area.width), area, buf);
}

/// Quote `i` drawn `full` columns wide: its speaker, place and day, the
/// quote under them, then a blank line.
fn quote(ctx: &Context, i: usize, full: u16) -> Text<'static> {
    // room for the quote marks and the indent
    let width = full.saturating_sub(4);
    let q = &ctx.data.briefing().quotes[i];
    let who = who(&q.speaker, q.role.as_deref());
    let context = [q.place.clone(), q.date.map(date)]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ");
    let mut lines =
        if who.chars().count() + 3 + context.chars().count() <= usize::from(full) {
            vec![Line::from(vec![
                Span::styled(q.speaker.clone(), theme().title),
                Span::styled(who[q.speaker.len()..].to_owned(), theme().text),
                Span::styled(
                    if context.is_empty() {
                        String::new()
                    } else {
                        format!(" · {context}")
                    },
                    theme().dim,
                ),
            ])]
        } else {
            let mut lines: Vec<Line> = wrapped(&who, full, theme().title);
            lines.extend(wrapped(&context, full, theme().dim));
            lines
        };
    let quoted = format!("“{}”", q.text);
    lines.extend(
        wrap(&quoted, width)
            .into_iter()
            .map(|l| Line::from(vec![Span::raw("  "), Span::styled(l, theme().quote)])),
    );
    if let Some(note) = &q.note {
        // where other reports word it differently, say so in the list itself
        lines.extend(
            wrap(&format!("Wording differs elsewhere: {note}"), width)
                .into_iter()
                .map(|l| Line::from(vec![Span::raw("  "), Span::styled(l, theme().warning)])),
        );
    }
    lines.push(Line::raw(""));
    Text::from(lines)
}

/// The detail popup: the quote in full, who said it, where and when.
fn quote_in_full(ctx: &Context, i: usize, width: u16) -> Detail {
    let Some(q) = ctx.data.briefing().quotes.get(i) else {
        return Detail::default();
    };
    let t = theme().text;
    let mut lines: Vec<Line<'static>> = wrapped(&format!("“{}”", q.text), width, theme().quote);
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
        lines.extend(field("Note", note, width, theme().warning));
    }
    lines.extend(evidence_fields(&q.evidence, width));
    Detail {
        title: format!(" Quote: {} ", q.speaker),
        lines,
    }
}
