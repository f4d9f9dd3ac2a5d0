//! What is drawn of the window: all of it up to a limit, with a line saying
//! so when the window is larger.

use std::io::{self, Stdout};

use ratatui::layout::{Rect, Size};
use ratatui::text::Line;
use ratatui::widgets::Widget;
use ratatui::{Frame, Terminal, TerminalOptions, Viewport};

use super::color_depth::ColorDepth;
use super::sgr_backend::SgrBackend;
use crate::dashboard::render;
use crate::dashboard::{Action, App};
use crate::snapshot::MAX_SIZE;

/// The part of a window of `window` cells that is drawn: all of it up to
/// MAX_SIZE. A larger window (65535 x 65535 would need a buffer of four
/// billion cells) gets its top-left MAX_SIZE cells, the first row saying so.
pub(super) fn drawn_area(window: Size) -> (Rect, Option<String>) {
    let area = Rect::new(
        0,
        0,
        window.width.min(MAX_SIZE.width),
        window.height.min(MAX_SIZE.height),
    );
    let notice = (area.as_size() != window).then(|| {
        format!(
            "window {}x{} is larger than {}x{}: drawing the top-left part",
            window.width, window.height, MAX_SIZE.width, MAX_SIZE.height
        )
    });
    (area, notice)
}

/// The dashboard on the terminal: ratatui's terminal with a fixed viewport,
/// the drawn area, which the loop resizes (ratatui's own resizing would
/// allocate a buffer for the whole window), and the line saying why it is
/// smaller than the window, if it is.
pub(super) struct Screen {
    terminal: Terminal<SgrBackend<Stdout>>,
    viewport: Rect,
    notice: Option<String>,
    /// The window last fitted.
    window: Size,
}

impl Screen {
    pub(super) fn new(depth: ColorDepth) -> io::Result<Screen> {
        let viewport = Rect::default();
        let terminal = Terminal::with_options(
            SgrBackend::new(io::stdout(), depth),
            TerminalOptions {
                viewport: Viewport::Fixed(viewport),
            },
        )?;
        Ok(Screen {
            terminal,
            viewport,
            notice: None,
            window: Size::default(),
        })
    }

    /// Fits the drawn area to a window of `window` cells, and the app to
    /// what is left of it for the dashboard. The next frame is drawn whole
    /// if the area changed, or if asked (`whole`): after a suspend the
    /// screen holds whatever the shell left on it.
    /// The drawn area.
    pub(super) fn area(&self) -> Rect {
        self.viewport
    }

    pub(super) fn fit(&mut self, app: &mut App, window: Size, whole: bool) -> io::Result<()> {
        let (viewport, notice) = drawn_area(window);
        if whole || viewport != self.viewport {
            // clears the area (Terminal::clear would ask the terminal where
            // its cursor is, and wait for the answer)
            self.terminal.resize(viewport)?;
            self.viewport = viewport;
        }
        let dashboard = below_notice(viewport, notice.as_deref());
        app.update(Action::Resize(dashboard.width, dashboard.height));
        self.notice = notice;
        self.window = window;
        Ok(())
    }

    /// Whether the window last fitted is `window`.
    pub(super) fn fitted(&self, window: Size) -> bool {
        self.window == window
    }

    /// Fits the window as it is now.
    pub(super) fn refit(&mut self, app: &mut App, whole: bool) -> io::Result<()> {
        let window = self.terminal.size()?;
        self.fit(app, window, whole)
    }

    pub(super) fn draw(&mut self, app: &mut App) -> io::Result<()> {
        let notice = self.notice.as_deref();
        self.terminal.draw(|frame| render(frame, app, notice))?;
        Ok(())
    }
}

/// The rows of `viewport` below the notice, if there is one: the dashboard's.
pub(super) fn below_notice(viewport: Rect, notice: Option<&str>) -> Rect {
    let rows = u16::from(notice.is_some());
    Rect {
        y: viewport.y.saturating_add(rows),
        height: viewport.height.saturating_sub(rows),
        ..viewport
    }
}

/// Draws the notice, if any, on the first row, and the dashboard below,
/// writing back to the app what the draw measured.
pub(super) fn render(frame: &mut Frame, app: &mut App, notice: Option<&str>) {
    let area = frame.area();
    let buf = frame.buffer_mut();
    if let Some(notice) = notice {
        Line::styled(notice, app.ui.theme.theme().warning).render(Rect { height: 1, ..area }, buf);
    }
    render::dashboard_measured(app, below_notice(area, notice), buf);
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::backend::TestBackend;

    #[test]
    fn a_window_up_to_the_largest_snapshot_is_drawn_whole() {
        for window in [Size::new(1, 1), Size::new(120, 40), MAX_SIZE] {
            let (area, notice) = drawn_area(window);
            assert_eq!((area.x, area.y, area.as_size()), (0, 0, window));
            assert_eq!(notice, None);
        }
    }

    #[test]
    fn a_larger_window_gets_its_top_left_part_and_says_so() {
        let (area, notice) = drawn_area(Size::new(u16::MAX, u16::MAX));
        assert_eq!((area.x, area.y, area.as_size()), (0, 0, MAX_SIZE));
        assert_eq!(
            notice.as_deref(),
            Some("window 65535x65535 is larger than 500x300: drawing the top-left part")
        );
        let (area, notice) = drawn_area(Size::new(80, 1000));
        assert_eq!(area.as_size(), Size::new(80, MAX_SIZE.height));
        assert!(notice.is_some());
    }

    #[test]
    fn the_drawn_part_of_any_window_holds_the_notice_and_the_dashboard() {
        let app = App::embedded(None).expect("the embedded briefing");
        for window in [
            Size::new(600, 1),
            Size::new(600, 2),
            Size::new(1, 400),
            Size::new(501, 40),
            Size::new(u16::MAX, u16::MAX),
        ] {
            let (area, notice) = drawn_area(window);
            let mut app = app.clone();
            let dashboard = below_notice(area, notice.as_deref());
            app.update(Action::Resize(dashboard.width, dashboard.height));
            let backend = TestBackend::new(area.width, area.height);
            let mut terminal = Terminal::new(backend).expect("a test terminal");
            terminal
                .draw(|frame| render(frame, &mut app, notice.as_deref()))
                .expect("drawn");
            let buf = terminal.backend().buffer();
            let first_row: String = (0..area.width).map(|x| buf[(x, 0)].symbol()).collect();
            let notice = notice.expect("a notice");
            assert!(
                !first_row.trim().is_empty() && notice.starts_with(first_row.trim_end()),
                "{window:?}: {first_row:?} is not the notice {notice:?}"
            );
        }
    }
}
