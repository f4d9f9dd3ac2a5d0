//! The people pane: who is who in the story, which side they speak for and
//! what they did; after `p`, those involved in the item it came from are marked.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span, Text};

use super::context::{Context, ListView};
use super::spec::{Detail, Page, Spec, nobody};
use crate::dashboard::{cells, split};
use crate::dashboard::text::{evidence_fields, field, lines_h, wrap, wrapped};
use crate::dashboard::theme::theme;

/// Marks a person involved in the item `p` came from.
const INVOLVED: &str = "• ";

pub const SPEC: Spec = Spec {
    title: "People",
    noun: "person",
    focus_help: "focus the people pane",
    page: Page::Today,
    draw_list: who_is_who,
    detail: person_in_full,
    len: |d| d.briefing().people.len(),
    filter_text: |d, i| {
        let p = &d.briefing().people[i];
        format!(
            "{} {} {}",
            p.name,
            p.role.as_deref().unwrap_or_default(),
            p.did.as_deref().unwrap_or_default()
        )
    },
    evidence: |d, i| Some(d.briefing().people.get(i)?.evidence.clone()),
    name: |d, i| format!("person {}", d.briefing().people[i].name),
    people: nobody,
    own_briefing: None,
    summary: None,
    lines: Some(|ctx, list, width, cap| {
        let mut used = heading(ctx, width).len();
        for i in list.items.iter() {
            if used > cap {
                break;
            }
            used += person(ctx, i, width).height();
        }
        used
    }),
};

/// Each person with their side, role and what they did; those involved in
/// the item `p` came from marked, under a line naming it.
fn who_is_who(ctx: &Context, list: &ListView, area: Rect, buf: &mut Buffer) {
    let heading = heading(ctx, area.width);
    let heading_h = lines_h(heading.len());
    let [heading_area, list_area] = match split::rows(area, [heading_h]) {
        Some(([heading], list)) => [heading, list],
        None => Layout::vertical([Constraint::Length(heading_h), Constraint::Fill(1)]).areas(area),
    };
    cells::paragraph(&heading, heading_area, buf);
    list.draw_items(|i| person(ctx, i, area.width), list_area, buf);
}

/// The line naming the item `p` came from, `width` wide, if it did.
fn heading(ctx: &Context, width: u16) -> Vec<Line<'static>> {
    ctx.involved
        .as_ref()
        .map(|x| wrapped(&format!("{INVOLVED}involved in {}", x.item), width, theme().warning))
        .unwrap_or_default()
}

/// Person `i` drawn `full` columns wide: name, side and role, then what
/// they did, marked if `p` involved them.
fn person(ctx: &Context, i: usize, full: u16) -> Text<'static> {
    let p = &ctx.data.briefing().people[i];
    let involved = ctx.involved.as_ref().is_some_and(|x| x.people.contains(&i));
    let name_style = p
        .side
        .map_or(theme().title, |side| theme().party(side).patch(theme().title));
    let mark = if involved { INVOLVED } else { "  " };
    let side = p.side.map(|s| format!(" ({s})")).unwrap_or_default();
    let mut lines = vec![Line::from(vec![
        Span::styled(mark, theme().warning),
        Span::styled(p.name.clone(), name_style),
        Span::styled(side, name_style),
        Span::styled(
            p.role
                .as_deref()
                .map(|r| format!(" · {r}"))
                .unwrap_or_default(),
            theme().dim,
        ),
    ])];
    if let Some(did) = &p.did {
        lines.extend(
            wrap(did, full.saturating_sub(4))
                .into_iter()
                .map(|l| Line::from(vec![Span::raw("    "), Span::styled(l, theme().text)])),
        );
    }
    Text::from(lines)
}

/// The detail popup: name, role, side and part in the story.
fn person_in_full(ctx: &Context, i: usize, width: u16) -> Detail {
    let Some(p) = ctx.data.briefing().people.get(i) else {
        return Detail::default();
    };
    let t = theme().text;
    let mut lines = Vec::new();
    lines.extend(field("Name", &p.name, width, theme().title));
    if let Some(role) = &p.role {
        lines.extend(field("Role", role, width, t));
    }
    let side = p.side.map_or("neither side".to_owned(), |s| s.to_string());
    lines.extend(field("Side", &side, width, t));
    if let Some(did) = &p.did {
        lines.extend(field("In the story", did, width, t));
    }
    lines.extend(evidence_fields(&p.evidence, width));
    Detail {
        title: format!(" {} ", p.name),
        lines,
    }
}
