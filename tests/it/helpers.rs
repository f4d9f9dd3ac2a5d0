//! What the test modules share: the dashboard drawn headlessly, the built
//! binary run with its output piped, days, and scratch folders.

use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use chrono::NaiveDate;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tradewatch::dashboard::{Action, App};
use tradewatch::dashboard::{keymap, render};

/// The dashboard on the embedded briefings, sized `w` x `h`.
pub fn app(w: u16, h: u16) -> App {
    let mut app = App::embedded(None).expect("embedded data");
    app.update(Action::Resize(w, h));
    app
}

/// Presses space-separated key names, as the help popup names them. An open
/// popup is drawn after each key, as the terminal would.
pub fn press(app: &mut App, keys: &str) {
    for key in keys.split_whitespace() {
        keymap::press(app, key);
        if app.ui.popup.is_some() {
            measure(app);
        }
    }
}

/// Draws `app` at its size, off screen, and writes back what the draw
/// measured: an open popup scrolls within it, as in the terminal.
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

/// The text of the dashboard at `w` x `h` after pressing `keys`.
pub fn screen(w: u16, h: u16, keys: &str) -> String {
    let mut a = app(w, h);
    press(&mut a, keys);
    text(&draw(&a))
}

/// `text`'s words on one line: checks of what is said compare these, so that
/// they hold however columns are padded (the snapshots pin the spacing).
pub fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Panics, showing `screen`, unless its words hold each of `needles`' words.
pub fn assert_says(screen: &str, needles: &[&str]) {
    let said = words(screen);
    for needle in needles {
        assert!(
            said.contains(&words(needle)),
            "missing {needle:?} in\n{screen}"
        );
    }
}

/// A day of the calendar.
pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a real day")
}

/// A path inside the project.
pub fn project(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// The built binary run with `args` in the project folder (see `run_in`).
pub fn run(args: &[&str]) -> Output {
    run_in(Path::new(env!("CARGO_MANIFEST_DIR")), args)
}

/// A configuration folder that is not there: the tests see the defaults,
/// whatever configuration the machine's user has.
pub const NO_CONFIG: &str = "/nonexistent/tradewatch-tests";

/// The built binary run with `args` in `dir`, its output piped and no input.
/// It is killed if it has not ended within ten seconds: the cases here would
/// hang or read forever without their fix.
pub fn run_in(dir: &Path, args: &[&str]) -> Output {
    run_with(dir, args, &[])
}

/// `run_in` with environment variables set (`Some`) or removed (`None`).
pub fn run_with(dir: &Path, args: &[&str], env: &[(&str, Option<&str>)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_tradewatch"));
    command
        .env("XDG_CONFIG_HOME", NO_CONFIG)
        .env_remove("TRADEWATCH_CONFIG");
    for &(name, value) in env {
        match value {
            Some(v) => command.env(name, v),
            None => command.env_remove(name),
        };
    }
    let child = command
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let pid = child.id() as libc::pid_t;
    let (done, finished) = mpsc::channel::<()>();
    let watchdog = thread::spawn(move || {
        if finished.recv_timeout(Duration::from_secs(10)).is_err() {
            // SAFETY: kill has no memory effects; the child is not yet reaped
            unsafe { libc::kill(pid, libc::SIGKILL) };
        }
    });
    let out = child.wait_with_output().unwrap();
    let _ = done.send(());
    watchdog.join().unwrap();
    assert_ne!(
        out.status.signal(),
        Some(libc::SIGKILL),
        "`tradewatch {}` did not end",
        args.join(" ")
    );
    out
}

/// What the binary wrote on standard error.
pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// What the binary wrote on standard output.
pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A temporary folder of a test's own, removed with everything in it when
/// dropped, also when the test fails.
pub struct Scratch(tempfile::TempDir);

impl Scratch {
    pub fn new() -> Self {
        Scratch(
            tempfile::Builder::new()
                .prefix("tradewatch-test-")
                .tempdir()
                .expect("a temporary folder"),
        )
    }

    pub fn path(&self) -> &Path {
        self.0.path()
    }

    /// Writes `bytes` to the file `name` in the folder; returns its path.
    pub fn file(&self, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let path = self.path().join(name);
        std::fs::write(&path, bytes).expect("a scratch file is written");
        path
    }
}
