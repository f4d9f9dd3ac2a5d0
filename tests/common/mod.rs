//! Helpers shared by the headless tests.
#![allow(dead_code)] // each test crate uses its own subset

pub mod eval;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tradewatch::dashboard::{Action, App};
use tradewatch::dashboard::{keymap, render};

/// The dashboard on the embedded briefing, sized `w` x `h`.
pub fn app(w: u16, h: u16) -> App {
    let mut app = App::embedded(None).expect("embedded data");
    app.update(Action::Resize(w, h));
    app
}

/// Presses space-separated key names, as the help popup names them. An open
/// popup is drawn after each, as the terminal would: it scrolls within what
/// its draw measured.
pub fn press(app: &mut App, keys: &str) {
    for key in keys.split_whitespace() {
        keymap::press(app, key);
        if app.ui.popup.is_some() {
            measure(app);
        }
    }
}

/// Draws `app` at its size, off screen, and writes back what the draw measured.
pub fn measure(app: &mut App) {
    let area = ratatui::layout::Rect::from((ratatui::layout::Position::ORIGIN, app.ui.size));
    let mut buf = ratatui::buffer::Buffer::empty(area);
    render::dashboard_measured(app, area, &mut buf);
}

/// Draws `app` into a test terminal of its own size.
pub fn draw(app: &App) -> Terminal<TestBackend> {
    let mut terminal =
        Terminal::new(TestBackend::new(app.ui.size.width, app.ui.size.height)).unwrap();
    terminal.draw(|f| render::draw(f, app)).unwrap();
    terminal
}

/// The screen's text, one line per row, trailing spaces trimmed.
pub fn text(terminal: &Terminal<TestBackend>) -> String {
    let buf = terminal.backend().buffer();
    let mut out = String::new();
    for y in 0..buf.area.height {
        let row: String = (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect();
        out.push_str(row.trim_end());
        out.push('\n');
    }
    out
}

/// A scratch file in the temporary folder, removed when dropped.
pub struct Scratch(pub std::path::PathBuf);

impl Scratch {
    pub fn new(name: &str, bytes: impl AsRef<[u8]>) -> Self {
        static COUNT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = COUNT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let path =
            std::env::temp_dir().join(format!("tradewatch-test-{}-{n}-{name}", std::process::id()));
        std::fs::write(&path, bytes).unwrap();
        Scratch(path)
    }

    /// The path, as a command-line argument.
    pub fn arg(&self) -> &str {
        self.0.to_str().unwrap()
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}
