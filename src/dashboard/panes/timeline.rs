//! The timeline pane: the events of every loaded briefing, by date; past and
//! future look different, the shown briefing's as-of day is marked (after it,
//! its own events are plans; other briefings' events are dimmed and numbered),
//! and so is `--now` when it differs.

use chrono::NaiveDate;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span, Text};

use super::context::{Context, ListView};
use super::spec::{Detail, Page, Spec};
use crate::dashboard::text::{date, evidence_fields, field, long_date, relative, wrap};
use crate::dashboard::theme::theme;

pub const SPEC: Spec = Spec {
    title: "Timeline",
    noun: "event",
    focus_help: "focus the timeline pane",
    page: Page::Background,
    draw_list: events_by_date,
    detail: event_in_full,
    len: |d| d.timeline.len(),
    filter_text: |d, i| d.event(i).map_or_else(String::new, |e| e.label.clone()),
    evidence: |d, i| Some(d.event(i)?.evidence.clone()),
    name: |d, i| format!("event {}", d.event(i).map_or("", |e| e.label.as_str())),
    people: |d, i| d.event(i).map_or(vec![], |e| e.people.iter().map(String::as_str).collect()),
    own_briefing: Some(|d, i| d.timeline.get(i)?.briefings.first().copied()),
    summary: None,
    lines: None,
};

/// The date column's width: "Wed 29 Oct " and a space.
const DATE_W: u16 = 11;

/// The events by date, with the as-of day and `--now` marked between them;
/// the selected one wrapped in full where it is wider than the pane.
fn events_by_date(ctx: &Context, list: &ListView, area: Rect, buf: &mut Buffer) {
    let timeline = ctx.data.timeline;
    let items = list.items;
    let (current, briefings) = (ctx.data.current, ctx.data.briefings.len());
    let today = ctx.today;
    let as_of = ctx.data.briefing().as_of;
    let mut markers: Vec<(NaiveDate, String)> =
        vec![(as_of, format!("── data as of {} ──", long_date(as_of)))];
    if today != as_of {
        markers.push((today, format!("── counting from {} ──", long_date(today))));
    }
    markers.sort_by_key(|m| m.0);
    // each marker's row: before the first event after its day (the events
    // are by date), after the markers before it
    let date = |k: usize| items.get(k).map(|i| timeline[i].date);
    let marker_rows: Vec<usize> = markers
        .iter()
        .enumerate()
        .map(|(m, (day, _))| partition_point(items.len(), |k| date(k) <= Some(*day)) + m)
        .collect();
    let row = |r: usize| {
        if let Some(m) = marker_rows.iter().position(|&at| at == r) {
            return Text::from(Line::styled(markers[m].1.clone(), theme().warning));
        }
        let before = marker_rows.iter().filter(|&&at| at < r).count();
        let entry = &timeline[items.get(r - before).unwrap_or_default()];
        let e = entry.event(ctx.data.briefings);
        let style = if e.date < today {
            theme().past
        } else if e.date == today {
            theme().title
        } else {
            theme().future
        };
        let mut spans = vec![
            Span::styled(format!("{:<w$}", e.date.format("%a %-d %b"), w = usize::from(DATE_W)), style),
            Span::styled(e.label.clone(), style),
        ];
        if briefings > 1 {
            // which briefings report it, by number; another briefing's event is dimmed
            let numbers: Vec<String> = entry.briefings.iter().map(|b| (b + 1).to_string()).collect();
            spans.push(Span::styled(
                format!("  [{}]", numbers.join(" ")),
                theme().dim,
            ));
            if !entry.briefings.contains(&current) {
                spans[1] = Span::styled(e.label.clone(), theme().dim);
            }
        }
        let line = Line::from(spans);
        // the selected event of the focused pane in full, wrapped under its label
        if !list.focused || r - before != list.selected || line.width() <= usize::from(area.width) {
            return Text::from(line);
        }
        let mut spans = line.spans;
        let briefings = (spans.len() > 2).then(|| spans.remove(2));
        let (date, label) = (spans[0].clone(), &spans[1]);
        let room = area.width.saturating_sub(DATE_W);
        let mut lines: Vec<Vec<Span>> = wrap(&label.content, room)
            .into_iter()
            .map(|part| vec![Span::styled(part, label.style)])
            .collect();
        // the briefings' numbers keep their own style, after the label or below it
        if let Some(numbers) = briefings {
            let last = lines.last().map_or(0, |l| Line::from(l.clone()).width());
            match lines.last_mut() {
                Some(l) if last + numbers.width() <= usize::from(room) => l.push(numbers),
                _ => lines.push(vec![Span::styled(numbers.content.trim_start().to_string(), numbers.style)]),
            }
        }
        Text::from_iter(lines.into_iter().enumerate().map(|(n, mut parts)| {
            let lead = if n == 0 { date.clone() } else { Span::raw(" ".repeat(usize::from(DATE_W))) };
            parts.insert(0, lead);
            Line::from(parts)
        }))
    };
    // markers are not selectable: the selected event's row is after those before it
    let selected = (list.selected < items.len()).then(|| {
        let k = list.selected;
        k + marker_rows
            .iter()
            .enumerate()
            .filter(|&(m, &at)| at - m <= k)
            .count()
    });
    let position = |r: usize| {
        let before = marker_rows.iter().filter(|&&at| at <= r).count();
        (!marker_rows.contains(&r)).then(|| r - before)
    };
    list.draw_rows(items.len() + markers.len(), row, position, selected, area, buf);
}

/// The first of `0..len` where `pred` stops holding, `pred` holding on a prefix.
fn partition_point(len: usize, pred: impl Fn(usize) -> bool) -> usize {
    let (mut lo, mut hi) = (0, len);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if pred(mid) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}

/// The detail popup: the event, how far off it is, and which briefings report it.
fn event_in_full(ctx: &Context, i: usize, width: u16) -> Detail {
    let (Some(entry), Some(e)) = (ctx.data.timeline.get(i), ctx.data.event(i)) else {
        return Detail::default();
    };
    let t = theme().text;
    let mut lines = Vec::new();
    lines.extend(field("Date", &date(e.date), width, t));
    lines.extend(field("Event", &e.label, width, t));
    lines.extend(field("When", &relative(ctx.today, e.date), width, t));
    let titles: Vec<&str> = entry
        .briefings
        .iter()
        .map(|&k| ctx.data.briefings[k].title.as_str())
        .collect();
    lines.extend(field("Reported in", &titles.join("; "), width, t));
    lines.extend(evidence_fields(&e.evidence, width));
    Detail {
        title: format!(" Event: {} ", date(e.date)),
        lines,
    }
}
