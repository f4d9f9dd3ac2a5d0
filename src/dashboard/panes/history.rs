//! The history pane: both sides' tariff ladders on a chart up to the
//! briefing's as-of day (see `chart`), and the steps known on that day listed,
//! the selected one with its event, note and source.

pub mod chart;

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Paragraph, Widget};

use super::context::{Context, ListView};
use super::spec::{Detail, Page, Spec, nobody};
use crate::dashboard::split;
use crate::dashboard::text::{date, evidence_fields, field, lines_h, rate, wrapped};
use crate::dashboard::theme::theme;
use crate::model::history::Step;
use crate::model::{Evidence, RateKind, TariffStatus};

pub const SPEC: Spec = Spec {
    title: "History",
    noun: "step",
    focus_help: "focus the tariff history pane",
    page: Page::Background,
    draw_list: chart_and_steps,
    detail: step_in_full,
    len: |d| d.steps().len(),
    filter_text: |d, i| {
        let s = d.steps()[i];
        format!("{} {} {}", s.imposer, s.rate, s.label)
    },
    evidence: |d, i| {
        let step = d.steps().get(i).copied()?;
        Some(source_only(step))
    },
    name: |d, i| format!("step {}", d.steps()[i].label),
    people: nobody,
    own_briefing: None,
    summary: None,
    lines: None,
};

/// A step's evidence: it comes from its source, not from the article.
fn source_only(step: &Step) -> Evidence {
    Evidence {
        article: None,
        source: Some(step.source.clone()),
    }
}

/// The chart beside the step list, or over it where the pane is narrow.
fn chart_and_steps(ctx: &Context, list: &ListView, area: Rect, buf: &mut Buffer) {
    let steps = ctx.data.steps();
    let selected = list.selected_item().and_then(|i| steps.get(i).copied());
    let [chart_area, list_area] = if area.width >= 90 {
        split::percent_columns(area, 58)
    } else {
        split::percent_rows(area, 55)
    };
    chart::ladders(ctx, selected, chart_area, buf);
    step_list(list, &steps, selected, list_area, buf);
}

/// The steps known on the as-of day, and the selected one's event, note and
/// source under them.
fn step_list(
    list: &ListView,
    steps: &[&Step],
    selected: Option<&Step>,
    area: Rect,
    buf: &mut Buffer,
) {
    let width = area.width;
    let about: Vec<Line> = selected
        .map(|st| {
            let mut lines: Vec<Line> = wrapped(&st.label, width, theme().text);
            if let Some(note) = &st.note {
                lines.extend(
                    wrapped(&format!("Note: {note}"), width, theme().warning),
                );
            }
            lines.extend(
                wrapped(&format!("Source: {}", st.source), width, theme().dim),
            );
            lines
        })
        .unwrap_or_default();
    let about_h = lines_h(about.len()).min(area.height / 2);
    let [items_area, about_area] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(about_h)]).areas(area);
    let item = |i: usize| {
        let st = steps[i];
        let threatened = st.status == TariffStatus::Threatened;
        let mark = if st.note.is_some() { "* " } else { "" };
        Text::from(Line::from(vec![
            Span::styled(format!("{:<7}", st.date.format("%-d %b")), theme().text),
            Span::styled(
                format!("{:<6}", st.imposer.to_string()),
                theme().party(st.imposer),
            ),
            Span::styled(
                format!("{:>5} ", rate(st.rate, false)),
                theme().status(st.status),
            ),
            Span::styled(
                if threatened { "threat " } else { "" },
                theme().status(st.status),
            ),
            Span::styled(mark, theme().warning),
            Span::styled(st.label.clone(), theme().dim),
        ]))
    };
    list.draw_items(item, items_area, buf);
    Paragraph::new(about).render(about_area, buf);
}

/// The detail popup: the step's day, rate and status, what it was, and its source.
fn step_in_full(ctx: &Context, i: usize, width: u16) -> Detail {
    let Some(st) = ctx.data.steps().get(i).copied() else {
        return Detail::default();
    };
    let t = theme().text;
    let mut lines = Vec::new();
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
        theme().party(st.imposer),
    ));
    lines.extend(field(
        "Status",
        st.status.label(),
        width,
        theme().status(st.status),
    ));
    lines.extend(field("Kind", RateKind::HeadlineAddOn.label(), width, t));
    lines.extend(field("What", &st.label, width, t));
    if let Some(note) = &st.note {
        lines.extend(field("Note", note, width, theme().warning));
    }
    lines.extend(evidence_fields(&source_only(st), width));
    Detail {
        title: format!(
            " {} {}: {} ",
            st.imposer,
            rate(st.rate, false),
            date(st.date)
        ),
        lines,
    }
}
