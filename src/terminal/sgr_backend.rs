//! A ratatui backend for crossterm terminals whose cells are written at the
//! terminal's colour depth with SGR codes of our own: ratatui's crossterm
//! backend writes even the 16 named colours as 256-colour codes.
//!
//! Whole frames: everything a draw writes is gathered in memory and goes out
//! at the backend's flush in one `write`, inside a synchronized update (DEC
//! mode 2026), so a terminal never shows half a frame.

use std::io::{self, Write};

use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::Cell;
use ratatui::crossterm::cursor::{Hide, MoveTo, Show};
use ratatui::crossterm::queue;
use ratatui::crossterm::terminal::{
    self, BeginSynchronizedUpdate, Clear, ClearType as Region, EndSynchronizedUpdate,
};
use ratatui::layout::{Position, Size};

use super::color_depth::ColorDepth;
use crate::snapshot::sgr;

pub struct SgrBackend<W: Write> {
    out: W,
    /// The mark that begins a synchronized update, then what was written
    /// since the last flush; kept between frames for its capacity.
    pending: Vec<u8>,
    /// The length of the begin mark: no more pending, nothing to send.
    idle: usize,
    depth: ColorDepth,
}

impl<W: Write> SgrBackend<W> {
    pub fn new(writer: W, depth: ColorDepth) -> Self {
        let mut pending = Vec::new();
        // writing to a Vec cannot fail
        let _ = queue!(pending, BeginSynchronizedUpdate);
        SgrBackend {
            out: writer,
            idle: pending.len(),
            pending,
            depth,
        }
    }
}

/// Ratatui's terminal shows the cursor when it is dropped: that goes out
/// too, before the restore that follows. Not when unwinding from a panic:
/// the panic hook has restored the terminal already, and nothing may follow.
impl<W: Write> Drop for SgrBackend<W> {
    fn drop(&mut self) {
        if !std::thread::panicking() {
            let _ = Backend::flush(self);
        }
    }
}

impl<W: Write> Backend for SgrBackend<W> {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        let out = &mut self.pending;
        let mut last: Option<Position> = None;
        // the cell's own style and what it became at this depth: cells come
        // in runs of one style, so the nearest-colour search runs per run
        let mut style = None;
        let mut written = None;
        for (x, y, cell) in content {
            if !matches!(last, Some(p) if x == p.x + 1 && y == p.y) {
                queue!(out, MoveTo(x, y))?;
            }
            last = Some(Position { x, y });
            let own = (cell.fg, cell.bg, cell.modifier);
            if style != Some(own) {
                style = Some(own);
                let reduced = self.depth.reduce(own.0, own.1, own.2);
                if written != Some(reduced) {
                    let (fg, bg, modifier) = reduced;
                    out.extend_from_slice(sgr(fg, bg, modifier).as_bytes());
                    written = Some(reduced);
                }
            }
            out.extend_from_slice(cell.symbol().as_bytes());
        }
        out.extend_from_slice(b"\x1b[0m");
        Ok(())
    }

    fn hide_cursor(&mut self) -> io::Result<()> {
        queue!(self.pending, Hide)
    }

    fn show_cursor(&mut self) -> io::Result<()> {
        queue!(self.pending, Show)
    }

    /// Asks the terminal, which answers on standard input (crossterm writes
    /// the question itself); not used with the fixed viewport.
    fn get_cursor_position(&mut self) -> io::Result<Position> {
        let (x, y) = ratatui::crossterm::cursor::position()?;
        Ok(Position { x, y })
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> io::Result<()> {
        let Position { x, y } = position.into();
        queue!(self.pending, MoveTo(x, y))
    }

    fn clear(&mut self) -> io::Result<()> {
        self.clear_region(ClearType::All)
    }

    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        let region = match clear_type {
            ClearType::All => Region::All,
            ClearType::AfterCursor => Region::FromCursorDown,
            ClearType::BeforeCursor => Region::FromCursorUp,
            ClearType::CurrentLine => Region::CurrentLine,
            ClearType::UntilNewLine => Region::UntilNewLine,
        };
        queue!(self.pending, Clear(region))
    }

    fn size(&self) -> io::Result<Size> {
        let (width, height) = terminal::size()?;
        Ok(Size { width, height })
    }

    fn window_size(&mut self) -> io::Result<WindowSize> {
        let size = terminal::window_size()?;
        Ok(WindowSize {
            columns_rows: Size::new(size.columns, size.rows),
            pixels: Size::new(size.width, size.height),
        })
    }

    /// Sends what is pending (a frame, and any clear before it) as one
    /// synchronized update, in one `write_all`.
    fn flush(&mut self) -> io::Result<()> {
        if self.pending.len() == self.idle {
            return Ok(());
        }
        queue!(self.pending, EndSynchronizedUpdate)?;
        let sent = self
            .out
            .write_all(&self.pending)
            .and_then(|()| self.out.flush());
        // the buffer keeps its capacity for the next frame, sent or not
        self.pending.truncate(self.idle);
        sent
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::Terminal;
    use ratatui::layout::Rect;
    use ratatui::style::{Color, Style};
    use ratatui::widgets::Paragraph;
    use ratatui::{TerminalOptions, Viewport};

    use crate::dashboard::{Action, App, keymap};
    use crate::terminal::screen::render;

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

    /// A terminal's output: each `write` call's bytes, and the flushes.
    #[derive(Default)]
    struct Recorded {
        writes: Vec<Vec<u8>>,
    }

    impl Write for Recorded {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            self.writes.push(buf.to_vec());
            Ok(buf.len())
        }

        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    /// The writes of one draw of `app` at 120x40, as the screen draws it.
    fn draw(terminal: &mut Terminal<SgrBackend<Recorded>>, app: &mut App) -> Vec<Vec<u8>> {
        terminal
            .draw(|frame| render(frame, app, None))
            .expect("drawn");
        std::mem::take(&mut terminal.backend_mut().out.writes)
    }

    #[test]
    fn each_frame_goes_out_in_one_write_inside_a_synchronized_update() {
        let mut app = App::embedded(None).expect("the embedded briefing");
        app.update(Action::Resize(120, 40));
        let backend = SgrBackend::new(Recorded::default(), ColorDepth::TrueColor);
        let viewport = Viewport::Fixed(Rect::new(0, 0, 120, 40));
        let mut terminal = Terminal::with_options(backend, TerminalOptions { viewport }).unwrap();
        let first = draw(&mut terminal, &mut app);
        assert!(keymap::press(&mut app, "Down"), "Down moves the selection");
        let down = draw(&mut terminal, &mut app);
        for writes in [&first, &down] {
            assert_eq!(writes.len(), 1, "one write a frame");
            let frame = &writes[0];
            assert!(frame.starts_with(b"\x1b[?2026h") && frame.ends_with(b"\x1b[?2026l"));
            // the marks once each: the frame is one update
            let text = String::from_utf8_lossy(frame);
            assert_eq!(text.matches("\x1b[?2026").count(), 2, "{text:?}");
        }
        let (full, moved) = (first[0].len(), down[0].len());
        assert!(
            full >= 120 * 40,
            "a full frame of 120x40 cells: {full} bytes"
        );
        assert!(
            moved * 10 <= full,
            "Down wrote {moved} bytes, more than 10% of a full frame's {full}"
        );
    }

    #[test]
    fn what_is_left_at_the_end_goes_out_when_the_terminal_is_dropped() {
        let mut out = Vec::new();
        let mut terminal = Terminal::new(SgrBackend::new(&mut out, ColorDepth::Mono)).unwrap();
        terminal.hide_cursor().unwrap();
        drop(terminal);
        // ratatui's terminal shows the cursor it hid when it is dropped
        assert_eq!(out, b"\x1b[?2026h\x1b[?25l\x1b[?25h\x1b[?2026l");
    }
}
