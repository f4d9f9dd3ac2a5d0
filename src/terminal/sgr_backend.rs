//! ratatui's crossterm backend, but cells are written at the terminal's
//! colour depth with SGR codes of our own: crossterm writes even the 16 named
//! colours as 256-colour codes.

use std::io::{self, Write};

use ratatui::backend::{Backend, ClearType, CrosstermBackend, WindowSize};
use ratatui::buffer::Cell;
use ratatui::crossterm::cursor::MoveTo;
use ratatui::crossterm::queue;
use ratatui::layout::{Position, Size};

use super::color_depth::ColorDepth;
use crate::snapshot::sgr;

pub struct SgrBackend<W: Write> {
    inner: CrosstermBackend<W>,
    depth: ColorDepth,
}

impl<W: Write> SgrBackend<W> {
    pub fn new(writer: W, depth: ColorDepth) -> Self {
        SgrBackend {
            inner: CrosstermBackend::new(writer),
            depth,
        }
    }
}

impl<W: Write> Backend for SgrBackend<W> {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        // the crossterm backend writes through to its writer
        let out = &mut self.inner;
        let mut last: Option<Position> = None;
        let mut style = None;
        for (x, y, cell) in content {
            if !matches!(last, Some(p) if x == p.x + 1 && y == p.y) {
                queue!(out, MoveTo(x, y))?;
            }
            last = Some(Position { x, y });
            let reduced = self.depth.reduce(cell.fg, cell.bg, cell.modifier);
            if style != Some(reduced) {
                let (fg, bg, modifier) = reduced;
                out.write_all(sgr(fg, bg, modifier).as_bytes())?;
                style = Some(reduced);
            }
            out.write_all(cell.symbol().as_bytes())?;
        }
        out.write_all(b"\x1b[0m")
    }

    fn hide_cursor(&mut self) -> io::Result<()> {
        self.inner.hide_cursor()
    }

    fn show_cursor(&mut self) -> io::Result<()> {
        self.inner.show_cursor()
    }

    fn get_cursor_position(&mut self) -> io::Result<Position> {
        self.inner.get_cursor_position()
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> io::Result<()> {
        self.inner.set_cursor_position(position)
    }

    fn clear(&mut self) -> io::Result<()> {
        self.inner.clear()
    }

    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        self.inner.clear_region(clear_type)
    }

    fn size(&self) -> io::Result<Size> {
        self.inner.size()
    }

    fn window_size(&mut self) -> io::Result<WindowSize> {
        self.inner.window_size()
    }

    fn flush(&mut self) -> io::Result<()> {
        Backend::flush(&mut self.inner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::Terminal;
    use ratatui::layout::Rect;
    use ratatui::style::{Color, Style};
    use ratatui::widgets::Paragraph;

    fn drawn(depth: ColorDepth) -> String {
        let mut out = Vec::new();
        Terminal::new(SgrBackend::new(&mut out, depth))
            .unwrap()
            .draw(|frame| {
                let area = Rect::new(0, 0, 4, 1);
                let style = Style::new()
                    .fg(Color::Rgb(0xeb, 0x4b, 0x4b))
                    .bg(Color::Rgb(0x26, 0x4f, 0x78));
                frame.render_widget(Paragraph::new("ab").style(style), area);
            })
            .unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn writes_each_depth_with_its_own_codes() {
        assert!(drawn(ColorDepth::TrueColor).contains("\x1b[0;38;2;235;75;75;48;2;38;79;120mab"));
        assert!(drawn(ColorDepth::Indexed).contains("\x1b[0;38;5;167;48;5;24mab"));
        assert!(drawn(ColorDepth::Ansi16).contains("\x1b[0;91;44mab"));
        assert!(drawn(ColorDepth::Ansi8).contains("\x1b[0;31;44mab"));
        assert!(drawn(ColorDepth::Mono).contains("\x1b[0;7mab"));
        for depth in [ColorDepth::Ansi16, ColorDepth::Ansi8, ColorDepth::Mono] {
            let out = drawn(depth);
            assert!(
                !out.contains("38;5") && !out.contains("48;5"),
                "{depth:?}: {out:?}"
            );
        }
    }
}
