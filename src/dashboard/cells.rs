//! Text drawn into the buffer cell by cell, the cells ratatui's `Line`,
//! `Text`, `Paragraph` and `List` would draw. ratatui cuts every span into graphemes
//! and measures each several times over, some 270 instructions a cell, and
//! styles whole areas with the empty style, which changes nothing: text was
//! a third of the first frame. A span whose characters are each a grapheme
//! one cell wide (ASCII, Latin-1, the dashes and quotes, box drawing) is
//! written a character a cell here; any other span is drawn by ratatui, so
//! that wide, zero-width and combining characters fall as they always did.

use std::ops::Range;

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Paragraph, Widget};

use super::text::lines_h;

/// Whether `c` is a grapheme of its own (no character joins it) one cell
/// wide, wherever it stands: the test below checks every one against ratatui.
fn one_cell(c: char) -> bool {
    matches!(c,
        ' '..='~'
        | '\u{a0}'..='\u{ac}'
        | '\u{ae}'..='\u{ff}'
        | '\u{2010}'..='\u{2027}'
        | '\u{2500}'..='\u{259f}')
}

/// A span's width when each of its characters is a cell of its own.
fn cells(span: &Span) -> Option<usize> {
    let text: &str = &span.content;
    text.chars().all(one_cell).then(|| text.chars().count())
}

/// Styles `area` as `Buffer::set_style` does, skipping the empty style.
fn set_style(buf: &mut Buffer, area: Rect, style: Style) {
    if style != Style::default() {
        buf.set_style(area, style);
    }
}

/// `line` drawn as `Widget::render` draws it.
pub fn line(line: &Line, area: Rect, buf: &mut Buffer) {
    if !matches!(line.alignment, None | Some(Alignment::Left)) {
        return line.render(area, buf);
    }
    let area = area.intersection(buf.area);
    if area.is_empty() {
        return;
    }
    let area = Rect { height: 1, ..area };
    let width = |span: &Span| cells(span).unwrap_or_else(|| span.width());
    if line.spans.iter().all(|s| width(s) == 0) {
        return;
    }
    set_style(buf, area, line.style);
    let right = area.right();
    let mut x = area.x;
    // left-aligned, the spans follow one another from the left edge, each
    // cut at the right one; a span of no width is not drawn at all
    for span in &line.spans {
        if x >= right {
            break;
        }
        let w = match cells(span) {
            Some(n) => {
                for (c, at) in span.content.chars().zip(x..right) {
                    buf[(at, area.y)].set_char(c).set_style(span.style);
                }
                n
            }
            None => {
                let w = span.width();
                if w > 0 {
                    span.render(Rect::new(x, area.y, right - x, 1), buf);
                }
                w
            }
        };
        x = x.saturating_add(u16::try_from(w).unwrap_or(u16::MAX));
    }
}

/// `text` drawn as `Widget::render` draws it.
pub fn text(text: &Text, area: Rect, buf: &mut Buffer) {
    if !matches!(text.alignment, None | Some(Alignment::Left)) {
        return text.render(area, buf);
    }
    let area = area.intersection(buf.area);
    set_style(buf, area, text.style);
    for (l, row) in text.lines.iter().zip(area.rows()) {
        line(l, row, buf);
    }
}

/// `lines` drawn as `Paragraph::new(lines)` draws them: a line a row, each
/// cut at the right edge, only its characters styled.
pub fn paragraph(lines: &[Line], area: Rect, buf: &mut Buffer) {
    let area = area.intersection(buf.area);
    if area.is_empty() {
        return;
    }
    for (line, row) in lines.iter().zip(area.rows()) {
        let left = matches!(line.alignment, None | Some(Alignment::Left));
        if !left || line.spans.iter().any(|s| cells(s).is_none()) {
            Paragraph::new(line.clone()).render(row, buf);
            continue;
        }
        let graphemes = line
            .spans
            .iter()
            .flat_map(|s| s.content.chars().map(|c| (c, line.style.patch(s.style))));
        for ((c, style), x) in graphemes.zip(row.left()..row.right()) {
            buf[(x, row.y)].set_char(c).set_style(style);
        }
    }
}

/// `items` drawn as ratatui's `List` draws them on a fresh state with
/// `selected`, in `highlight`: from the top, scrolled until the selected
/// item is in, whole items only.
pub fn list(
    items: &[Text],
    selected: Option<usize>,
    highlight: Style,
    area: Rect,
    buf: &mut Buffer,
) {
    if area.is_empty() || items.is_empty() {
        return;
    }
    let selected = selected.map(|s| s.min(items.len() - 1));
    let heights: Vec<usize> = items.iter().map(Text::height).collect();
    let mut y = area.y;
    for i in in_view(&heights, selected, usize::from(area.height)) {
        let h = lines_h(heights[i]);
        let row = Rect::new(area.x, y, area.width, h);
        text(&items[i], row, buf);
        if selected == Some(i) {
            buf.set_style(row, highlight);
        }
        y = y.saturating_add(h);
    }
}

/// The items a fresh `List` state shows in `max` lines: those from the top
/// that fit; then, until the selected one is in, one more at the bottom and
/// as many fewer at the top as it takes. A selected item taller than the
/// list leaves it empty (ratatui gets there by a longer way).
fn in_view(heights: &[usize], selected: Option<usize>, max: usize) -> Range<usize> {
    let (mut first, mut last, mut used) = (0, 0, 0usize);
    for &h in heights {
        if used + h > max {
            break;
        }
        used += h;
        last += 1;
    }
    let shown = selected.unwrap_or(0);
    while shown >= last {
        used = used.saturating_add(heights[last]);
        last += 1;
        while used > max {
            used = used.saturating_sub(heights[first]);
            first += 1;
        }
    }
    first..last
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use ratatui::style::{Color, Modifier};
    use ratatui::widgets::{List, ListItem, ListState, StatefulWidget};

    use super::*;

    fn one_cell_chars() -> impl Iterator<Item = char> {
        (0..=0x2600u32)
            .filter_map(char::from_u32)
            .filter(|&c| one_cell(c))
    }

    #[test]
    fn one_cell_characters_are_graphemes_of_their_own_one_cell_wide() {
        let chars: Vec<char> = one_cell_chars().collect();
        let mut pair = String::new();
        for &a in &chars {
            assert_eq!(Span::raw(a.to_string()).width(), 1, "{a:?}");
            let single = Line::from(format!("{a}x"));
            let (mut ours, mut theirs) = (filled(), filled());
            line(&single, Rect::new(1, 1, 3, 1), &mut ours);
            single.render(Rect::new(1, 1, 3, 1), &mut theirs);
            assert_eq!(ours, theirs, "{a:?}");
            for &b in &chars {
                pair.clear();
                pair.extend([a, b]);
                let graphemes = Span::raw(pair.as_str())
                    .styled_graphemes(Style::new())
                    .count();
                assert_eq!(graphemes, 2, "{a:?} {b:?}");
            }
        }
    }

    /// Pieces of text of every kind: one-cell, wide, zero-width, combining.
    fn piece() -> impl Strategy<Value = String> {
        let pieces: &[&str] = &[
            "a",
            "Xi ",
            " ",
            "–",
            "“",
            "”",
            "’",
            "…",
            "·",
            "é",
            "█",
            "─",
            "\u{a0}",
            "中",
            "文",
            "\u{301}",
            "e\u{301}",
            "\u{200b}",
            "\u{200d}",
            "👍",
            "🇺🇸",
            "\u{ad}",
            "ｱ\u{ff9e}",
        ];
        proptest::collection::vec(proptest::sample::select(pieces), 0..8).prop_map(|p| p.concat())
    }

    fn style() -> impl Strategy<Value = Style> {
        (0..4u8).prop_map(|k| match k {
            0 => Style::new(),
            1 => Style::new().fg(Color::Red),
            2 => Style::new().bg(Color::Blue).add_modifier(Modifier::BOLD),
            _ => Style::new().remove_modifier(Modifier::ITALIC),
        })
    }

    fn a_line() -> impl Strategy<Value = Line<'static>> {
        let span = (piece(), style()).prop_map(|(t, s)| Span::styled(t, s));
        let alignment = proptest::option::of(proptest::sample::select(vec![
            Alignment::Left,
            Alignment::Center,
            Alignment::Right,
        ]));
        (proptest::collection::vec(span, 0..5), style(), alignment)
            .prop_map(|(spans, style, a)| Line::from(spans).style(style).alignment_opt(a))
    }

    trait AlignmentOpt {
        fn alignment_opt(self, a: Option<Alignment>) -> Self;
    }

    impl AlignmentOpt for Line<'_> {
        fn alignment_opt(self, a: Option<Alignment>) -> Self {
            match a {
                Some(a) => self.alignment(a),
                None => self,
            }
        }
    }

    /// A buffer with something in every cell, so that what is left alone shows.
    fn filled() -> Buffer {
        let mut buf = Buffer::empty(Rect::new(0, 0, 24, 5));
        for y in 0..5 {
            buf.set_string(
                0,
                y,
                "abcdefghijklmnopqrstuvwx",
                Style::new().fg(Color::Green),
            );
        }
        buf
    }

    proptest! {
        #[test]
        fn lines_and_texts_are_drawn_as_ratatui_draws_them(
            lines in proptest::collection::vec(a_line(), 0..4),
            style in style(),
            centred in any::<bool>(),
            (x, y, w, h) in (0..26u16, 0..6u16, 0..26u16, 0..6u16),
        ) {
            let area = Rect::new(x, y, w, h);
            for l in &lines {
                let (mut ours, mut theirs) = (filled(), filled());
                line(l, area, &mut ours);
                l.render(area, &mut theirs);
                prop_assert_eq!(ours, theirs, "{:?}", l);
            }
            let t = Text::from(lines).style(style);
            let t = if centred { t.centered() } else { t };
            let (mut ours, mut theirs) = (filled(), filled());
            text(&t, area, &mut ours);
            (&t).render(area, &mut theirs);
            prop_assert_eq!(ours, theirs, "{:?}", t);
        }
    }

    proptest! {
        #[test]
        fn lists_are_drawn_as_ratatuis_list_draws_them(
            items in proptest::collection::vec(proptest::collection::vec(a_line(), 0..5), 0..6),
            selected in proptest::option::of(0..8usize),
            (x, y, w, h) in (0..26u16, 0..6u16, 0..26u16, 0..4u16),
        ) {
            let area = Rect::new(x, y, w, h);
            let highlight = Style::new().bg(Color::Blue).add_modifier(Modifier::BOLD);
            let texts: Vec<Text> = items.into_iter().map(Text::from).collect();
            let (mut ours, mut theirs) = (filled(), filled());
            list(&texts, selected, highlight, area, &mut ours);
            let widget = List::new(texts.iter().cloned().map(ListItem::new)).highlight_style(highlight);
            let mut state = ListState::default().with_selected(selected);
            StatefulWidget::render(widget, area, &mut theirs, &mut state);
            prop_assert_eq!(ours, theirs);
        }
    }

    proptest! {
        #[test]
        fn paragraphs_are_drawn_as_ratatuis_paragraph_draws_them(
            lines in proptest::collection::vec(a_line(), 0..7),
            (x, y, w, h) in (0..26u16, 0..6u16, 0..26u16, 0..6u16),
        ) {
            let area = Rect::new(x, y, w, h);
            let (mut ours, mut theirs) = (filled(), filled());
            paragraph(&lines, area, &mut ours);
            Paragraph::new(lines).render(area, &mut theirs);
            prop_assert_eq!(ours, theirs);
        }
    }
}
