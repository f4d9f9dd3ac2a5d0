//! The source pane: the article, sentence by sentence, with the sentences that
//! feed the item it was opened from highlighted, so every number on screen can
//! be checked in one keystroke.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::context::{Context, ListView};
use super::spec::{Detail, Page, Spec, nobody};
use crate::dashboard::text::{field, lines_h, wrap, wrapped};
use crate::dashboard::theme::theme;

pub const SPEC: Spec = Spec {
    title: "Source",
    noun: "sentence",
    focus_help: "focus the source article pane",
    page: Page::Background,
    draw_list: article,
    detail: sentence_in_full,
    len: |d| d.sentences.len(),
    filter_text: |d, i| d.sentence(i).to_owned(),
    evidence: |_, _| None,
    name: |_, i| format!("sentence {}", i + 1),
    people: nobody,
    own_briefing: None,
    summary: None,
    lines: None,
};

/// The article's sentences, the selected one marked and those the highlighted
/// evidence cites lit.
fn article(ctx: &Context, list: &ListView, area: Rect, buf: &mut Buffer) {
    if area.is_empty() {
        return;
    }
    let data = &ctx.data;
    let b = data.briefing();
    let width = area.width.saturating_sub(2);
    let evidence = &ctx.highlighted;
    let mut lines: Vec<Line> = Vec::new();
    // where the item comes from when the article does not say it
    if let Some(ev) = evidence
        && let Some(source) = &ev.source
    {
        let cited = (0..data.sentences.len()).any(|s| data.cites(ev, s));
        let lead = if cited {
            "Also from: "
        } else {
            "Not in the article; from: "
        };
        lines.extend(wrapped(&format!("{lead}{source}"), width, theme().warning));
        lines.push(Line::raw(""));
    }
    if b.article.trim().is_empty() {
        let text = format!(
            "This briefing has no article: it was compiled from public reports ({}), and each item names its source (Enter on an item shows it).",
            b.source.address
        );
        lines.extend(
            wrapped(&text, width, theme().dim),
        );
    }
    // the sentences around the selected one, enough of them either side to
    // fill the pane however it scrolls, built one sentence at a time
    let items = list.items;
    let height = usize::from(area.height);
    let sentence = |k: usize| {
        crate::dashboard::work::row();
        let i = items.get(k).unwrap_or_default();
        let range = data.sentences[i].clone();
        let mut block = Vec::new();
        // a paragraph break in the article is a blank line here
        let previous_end = k.checked_sub(1).and_then(|p| items.get(p)).map(|p| data.sentences[p].end);
        if previous_end.is_some_and(|end| b.article[end..range.start].contains('\n')) {
            block.push(Line::raw(""));
        }
        let cited = evidence.as_ref().is_some_and(|ev| data.cites(ev, i));
        let is_selected = k == list.selected;
        let mut style = if cited {
            theme().selected.patch(theme().selected_mark)
        } else {
            theme().text
        };
        if is_selected {
            style = style.add_modifier(Modifier::BOLD);
        }
        let first = block.len();
        for (n, part) in wrap(&b.article[range], width).into_iter().enumerate() {
            let mark = if is_selected && n == 0 { "▶ " } else { "  " };
            block.push(Line::from(vec![
                Span::styled(mark, theme().key),
                Span::styled(part, style),
            ]));
        }
        (block, first)
    };
    let selected = (list.selected < items.len()).then_some(list.selected);
    // each line with the sentence (its position) it belongs to, if any
    let owned = |k: usize, block: Vec<Line<'static>>| block.into_iter().map(move |l| (l, Some(k)));
    let mut before: Vec<(Line, Option<usize>)> = Vec::new();
    let mut first = selected.unwrap_or(0);
    while first > 0 && before.len() < height {
        first -= 1;
        let (block, _) = sentence(first);
        let mut block: Vec<_> = owned(first, block).collect();
        block.append(&mut before);
        before = block;
    }
    if first == 0 {
        before.splice(0..0, lines.into_iter().map(|l| (l, None)));
    }
    let mut lines = before;
    let mut selected_line = 0;
    let mut k = first.max(selected.unwrap_or(0));
    while k < items.len()
        && (selected.is_some_and(|s| k <= s) || lines.len() < selected_line + height)
    {
        let (block, at) = sentence(k);
        if Some(k) == selected {
            selected_line = lines.len() + at;
        }
        lines.extend(owned(k, block));
        k += 1;
    }
    // keep the selected sentence in view, a third of the way down
    let top = selected_line
        .saturating_sub(height / 3)
        .min(lines.len().saturating_sub(height));
    // the sentences shown whole, for the mouse
    let shown = &lines[top.min(lines.len())..(top + height).min(lines.len())];
    let mut y = 0;
    while y < shown.len() {
        let Some(k) = shown[y].1 else {
            y += 1;
            continue;
        };
        let end = y + shown[y..].iter().take_while(|(_, o)| *o == Some(k)).count();
        let whole = (y > 0 || top == 0 || lines[top - 1].1 != Some(k))
            && (end < shown.len() || lines.get(top + end).is_none_or(|(_, o)| *o != Some(k)));
        if whole {
            let row = Rect::new(area.x, area.y + lines_h(y), area.width, lines_h(end - y));
            list.mark_drawn(row, k);
        }
        y = end;
    }
    let lines: Vec<Line> = lines.into_iter().map(|(l, _)| l).collect();
    Paragraph::new(lines)
        .scroll((lines_h(top), 0))
        .render(area, buf);
}

/// The detail popup: the sentence, and the items on the dashboard it feeds.
fn sentence_in_full(ctx: &Context, i: usize, width: u16) -> Detail {
    let data = &ctx.data;
    if i >= data.sentences.len() {
        return Detail::default();
    }
    let mut lines: Vec<Line<'static>> = wrapped(data.sentence(i), width, theme().quote);
    lines.push(Line::raw(""));
    let names = (ctx.feeds)(i);
    let feeds = if names.is_empty() {
        "nothing on the dashboard".to_owned()
    } else {
        names.join("; ")
    };
    lines.extend(field("Feeds", &feeds, width, theme().text));
    Detail {
        title: format!(" Sentence {} of {} ", i + 1, data.sentences.len()),
        lines,
    }
}
