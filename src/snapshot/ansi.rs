//! ANSI text: SGR colour and style codes only, no cursor movement, so that
//! `cat snapshot.ansi` shows the dashboard in any terminal.

use ratatui::buffer::{Buffer, Cell};
use ratatui::style::{Color, Modifier};

use super::{printable, rows, shown};
use crate::dashboard::palette::ansi_index;

pub fn to_ansi(buf: &Buffer) -> String {
    let mut out = String::new();
    for row in rows(buf) {
        // trailing blanks with no background or visible style print nothing
        let end = row.iter().rposition(|c| !blank(c)).map_or(0, |i| i + 1);
        let mut current = None;
        for (_, cell) in shown(&row[..end]) {
            let style = (cell.fg, cell.bg, cell.modifier);
            if current != Some(style) {
                out.push_str(&sgr(cell.fg, cell.bg, cell.modifier));
                current = Some(style);
            }
            out.push_str(&printable(cell));
        }
        out.push_str("\u{1b}[0m\n");
    }
    out
}

fn blank(cell: &Cell) -> bool {
    cell.symbol().trim().is_empty()
        && cell.bg == Color::Reset
        && !cell
            .modifier
            .intersects(Modifier::REVERSED | Modifier::UNDERLINED | Modifier::CROSSED_OUT)
}

/// The full SGR sequence for a cell: reset, then its modifiers and colours,
/// the 16 named colours as SGR 30–37 and 90–97 (crossterm writes them as
/// 256-colour codes, which an 8- or 16-colour terminal may not know).
pub fn sgr(fg: Color, bg: Color, modifier: Modifier) -> String {
    let mut codes = vec!["0".to_owned()];
    for (flag, code) in [
        (Modifier::BOLD, "1"),
        (Modifier::DIM, "2"),
        (Modifier::ITALIC, "3"),
        (Modifier::UNDERLINED, "4"),
        (Modifier::SLOW_BLINK, "5"),
        (Modifier::RAPID_BLINK, "6"),
        (Modifier::REVERSED, "7"),
        (Modifier::HIDDEN, "8"),
        (Modifier::CROSSED_OUT, "9"),
    ] {
        if modifier.contains(flag) {
            codes.push(code.to_owned());
        }
    }
    codes.extend(colour(fg, 30));
    codes.extend(colour(bg, 40));
    format!("\u{1b}[{}m", codes.join(";"))
}

/// The SGR parameters for a colour; `base` is 30 for foreground, 40 for background.
fn colour(color: Color, base: u8) -> Option<String> {
    match color {
        Color::Reset => None,
        Color::Rgb(r, g, b) => Some(format!("{};2;{r};{g};{b}", base + 8)),
        Color::Indexed(i) => Some(format!("{};5;{i}", base + 8)),
        named => ansi_index(named).map(|i| match i {
            0..=7 => (base + i).to_string(),
            _ => (base + 60 + i - 8).to_string(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::layout::Rect;
    use ratatui::style::Style;

    #[test]
    fn emits_sgr_codes_only() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 6, 2));
        buf.set_string(
            0,
            0,
            "ab",
            Style::new()
                .fg(Color::LightRed)
                .add_modifier(Modifier::BOLD),
        );
        buf.set_string(2, 0, "c", Style::new().bg(Color::Rgb(1, 2, 3)));
        buf.set_string(0, 1, "d", Style::new().fg(Color::Indexed(200)));
        let ansi = to_ansi(&buf);
        assert_eq!(
            ansi,
            "\u{1b}[0;1;91mab\u{1b}[0;48;2;1;2;3mc\u{1b}[0m\n\u{1b}[0;38;5;200md\u{1b}[0m\n"
        );
    }
}
