//! The real terminal: set-up and restore, and the event loop, which blocks on
//! input and redraws only on change.
//!
//! Restoring is one async-signal-safe function, `leave`, so the same bytes and
//! modes undo the dashboard on quit, on error, on panic, on abort, around a
//! suspend and before dying by a signal. Signals only set a flag and wake the
//! loop; the loop alone draws and restores, so nothing is drawn after the
//! terminal is restored.

use std::ffi::OsStr;
use std::fs::File;
use std::io::{self, IsTerminal, Stdout, Write};
use std::os::fd::{IntoRawFd, RawFd};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering::SeqCst};
use std::time::Duration;
use std::{mem, ptr, thread};

use libc::c_int;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{self, Event, KeyEventKind};
use ratatui::layout::{Rect, Size};
use ratatui::text::Line;
use ratatui::widgets::Widget;
use ratatui::{Frame, Terminal, TerminalOptions, Viewport};
use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP, SIGWINCH};
use signal_hook::iterator::Signals;
use signal_hook::low_level;
use thiserror::Error;

use crate::app::{Action, App};
use crate::export::MAX_SIZE;
use crate::ui::theme::THEME;
use crate::{keymap, ui};

#[derive(Debug, Error)]
pub enum TerminalError {
    #[error(
        "standard output is not a terminal; the dashboard needs one (`tradewatch snapshot` draws it as text, `tradewatch check FILE` validates a briefing)"
    )]
    NotATerminal,
    /// TERM unset or `dumb`: escape sequences would show as text.
    #[error(
        "{0}; the dashboard needs a terminal that understands escape sequences (`tradewatch snapshot` draws it as text)"
    )]
    Dumb(&'static str),
    #[error("terminal error: {0}")]
    Io(#[from] io::Error),
}

/// Shows the cursor, then leaves the alternate screen: the last bytes written.
const LEAVE: &[u8] = b"\x1b[?25h\x1b[?1049l";
/// The alternate screen, the cursor hidden.
const ENTER: &[u8] = b"\x1b[?1049h\x1b[?25l";

/// Whether the dashboard can be drawn here: standard output a terminal, and
/// TERM naming one that understands escape sequences. Cheap; the command line
/// asks before reading any file.
pub fn check() -> Result<(), TerminalError> {
    if !io::stdout().is_terminal() {
        return Err(TerminalError::NotATerminal);
    }
    check_term(std::env::var_os("TERM").as_deref())
}

fn check_term(term: Option<&OsStr>) -> Result<(), TerminalError> {
    match term {
        None => Err(TerminalError::Dumb("TERM is not set")),
        Some(t) if t.is_empty() => Err(TerminalError::Dumb("TERM is not set")),
        Some(t) if t == "dumb" => Err(TerminalError::Dumb("TERM is dumb")),
        Some(_) => Ok(()),
    }
}

/// Runs the dashboard until the user quits. The terminal is restored however
/// it ends; ended by a signal, the process then dies by that signal.
pub fn run(app: &mut App) -> Result<(), TerminalError> {
    check()?;
    let tty = tty()?;
    // crossterm's event source catches SIGWINCH, which wakes the loop, from
    // its creation: create it before any signal asks for a wake-up
    event::poll(Duration::ZERO)?;
    install_hooks()?;
    let end = enter(tty)
        .map_err(TerminalError::from)
        .and_then(|()| dashboard(app));
    restore();
    match end? {
        End::Quit => Ok(()),
        End::Signal(signal) => die_by(signal),
    }
}

/// How the loop ended.
enum End {
    Quit,
    Signal(c_int),
}

/// The terminal we read keys from (standard input, or /dev/tty when input is
/// redirected, as crossterm does) and its modes before raw mode. Set once;
/// read by the abort handler, so it holds plain values only.
struct Tty {
    fd: RawFd,
    cooked: libc::termios,
}

static TTY: OnceLock<Tty> = OnceLock::new();

fn tty() -> io::Result<&'static Tty> {
    if let Some(tty) = TTY.get() {
        return Ok(tty);
    }
    let fd = if io::stdin().is_terminal() {
        libc::STDIN_FILENO
    } else {
        // kept open for the life of the process, as crossterm keeps its own
        File::options()
            .read(true)
            .write(true)
            .open("/dev/tty")?
            .into_raw_fd()
    };
    // SAFETY: tcgetattr fills the zeroed termios, a plain C struct.
    let mut cooked: libc::termios = unsafe { mem::zeroed() };
    os_result(unsafe { libc::tcgetattr(fd, &mut cooked) })?;
    Ok(TTY.get_or_init(|| Tty { fd, cooked }))
}

/// Raw mode (keys as typed, no echo, Ctrl-C and Ctrl-Z as keys), the
/// alternate screen, the cursor hidden.
fn enter(tty: &Tty) -> io::Result<()> {
    let mut raw = tty.cooked;
    // SAFETY: cfmakeraw and tcsetattr only read and write the termios given.
    unsafe { libc::cfmakeraw(&mut raw) };
    os_result(unsafe { libc::tcsetattr(tty.fd, libc::TCSANOW, &raw) })?;
    let mut stdout = io::stdout();
    stdout.write_all(ENTER)?;
    stdout.flush()
}

/// Leaves the terminal as it was: cursor shown, main screen, modes restored,
/// after writing out what is buffered for it, so that nothing drawn follows.
/// Safe to call more than once.
fn restore() {
    let _ = io::stdout().flush();
    leave();
}

/// `restore` without the flush, with async-signal-safe calls only (write and
/// tcsetattr), for a signal handler. Does nothing before the terminal is
/// first entered.
fn leave() {
    let Some(tty) = TTY.get() else { return };
    write_raw(libc::STDOUT_FILENO, LEAVE);
    // SAFETY: the termios was filled by tcgetattr.
    unsafe { libc::tcsetattr(tty.fd, libc::TCSANOW, &tty.cooked) };
}

/// Writes `bytes` to `fd` with write(2), without allocating or locking.
fn write_raw(fd: RawFd, mut bytes: &[u8]) {
    while !bytes.is_empty() {
        // SAFETY: the pointer and length come from a live slice.
        let written = unsafe { libc::write(fd, bytes.as_ptr().cast(), bytes.len()) };
        match usize::try_from(written) {
            Ok(n) if n > 0 => bytes = bytes.get(n..).unwrap_or_default(),
            _ if io::Error::last_os_error().kind() == io::ErrorKind::Interrupted => {}
            _ => return,
        }
    }
}

fn os_result(status: c_int) -> io::Result<()> {
    if status == -1 {
        Err(io::Error::last_os_error())
    } else {
        Ok(())
    }
}

/// What signals ask of the loop: set by the signal thread, which then wakes
/// the loop; taken by the loop between frames.
static ENDED_BY: AtomicI32 = AtomicI32::new(0);
static SUSPEND: AtomicBool = AtomicBool::new(false);
static RESUMED: AtomicBool = AtomicBool::new(false);

fn request(signal: c_int) {
    match signal {
        SIGTSTP => SUSPEND.store(true, SeqCst),
        SIGCONT => RESUMED.store(true, SeqCst),
        // the first ending signal is the one to die by
        _ => {
            let _ = ENDED_BY.compare_exchange(0, signal, SeqCst, SeqCst);
        }
    }
}

/// Restores the terminal on panic (before the message is printed) and on
/// abort; turns the signals that end or suspend the dashboard into requests.
fn install_hooks() -> io::Result<()> {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
    restore_on_abort()?;
    let mut signals = Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGTSTP, SIGCONT])?;
    thread::Builder::new()
        .name("signals".into())
        .spawn(move || {
            // so that the SIGTSTP which stops the job is delivered to the loop's thread
            block_sigtstp();
            for signal in signals.forever() {
                request(signal);
                // crossterm's blocking read listens for SIGWINCH through a
                // self-pipe: raising it wakes the loop, which then sees the request
                let _ = low_level::raise(SIGWINCH);
            }
        })?;
    Ok(())
}

/// Blocks SIGTSTP in the calling thread.
fn block_sigtstp() {
    // SAFETY: the set is initialised by sigemptyset before use.
    unsafe {
        let mut set: libc::sigset_t = mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, SIGTSTP);
        libc::pthread_sigmask(libc::SIG_BLOCK, &set, ptr::null_mut());
    }
}

/// Restores the terminal when the process aborts (an allocation failure, a
/// stack overflow, `kill -ABRT`). The handler runs once (SA_RESETHAND), then
/// the abort goes on with its default action.
fn restore_on_abort() -> io::Result<()> {
    let handler: extern "C" fn(c_int) = on_abort;
    // SAFETY: a zeroed sigaction is an empty one; `on_abort` makes only
    // async-signal-safe calls.
    unsafe {
        let mut action: libc::sigaction = mem::zeroed();
        action.sa_sigaction = handler as libc::sighandler_t;
        action.sa_flags = libc::SA_RESETHAND;
        os_result(libc::sigaction(libc::SIGABRT, &action, ptr::null_mut()))
    }
}

extern "C" fn on_abort(signal: c_int) {
    leave();
    // The default action is back: raised again, the signal ends the process
    // as soon as this returns, whether it came from abort(3), which would
    // raise it again anyway, or from `kill -ABRT`, which would not.
    // SAFETY: raise is async-signal-safe.
    unsafe { libc::raise(signal) };
}

/// Dies by `signal` with its default action, so that the parent sees how it ended.
fn die_by(signal: c_int) -> ! {
    let _ = low_level::emulate_default_handler(signal);
    // not reached: every signal the loop ends on ends the process by default
    std::process::abort()
}

/// Suspends as Ctrl-Z in a shell does: the terminal restored, the job stopped.
/// Returns once continued.
fn suspend() -> io::Result<()> {
    restore();
    stop_job()
}

/// Sends SIGTSTP to our process group (the whole job, as the terminal's Ctrl-Z
/// would) with its default action, stop, in place of our handler; returns
/// once continued. The kernel ignores it when no shell could continue us (an
/// orphaned process group): then it returns at once.
fn stop_job() -> io::Result<()> {
    // SAFETY: zeroed sigactions are empty ones; SIG_DFL is a valid action and
    // `ours` is the one sigaction saved.
    unsafe {
        let mut default: libc::sigaction = mem::zeroed();
        default.sa_sigaction = libc::SIG_DFL;
        let mut ours: libc::sigaction = mem::zeroed();
        os_result(libc::sigaction(SIGTSTP, &default, &mut ours))?;
        // SIGTSTP is blocked in every other thread: it stops us before kill returns
        let stopped = os_result(libc::kill(0, SIGTSTP));
        os_result(libc::sigaction(SIGTSTP, &ours, ptr::null_mut()))?;
        stopped
    }
}

/// The part of a window of `window` cells that is drawn: all of it up to
/// MAX_SIZE. A larger window (65535 x 65535 would need a buffer of four
/// billion cells) gets its top-left MAX_SIZE cells, the first row saying so.
fn drawn_area(window: Size) -> (Rect, Option<String>) {
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
struct Screen {
    terminal: Terminal<CrosstermBackend<Stdout>>,
    viewport: Rect,
    notice: Option<String>,
}

impl Screen {
    fn new() -> io::Result<Screen> {
        let viewport = Rect::default();
        let terminal = Terminal::with_options(
            CrosstermBackend::new(io::stdout()),
            TerminalOptions {
                viewport: Viewport::Fixed(viewport),
            },
        )?;
        Ok(Screen {
            terminal,
            viewport,
            notice: None,
        })
    }

    /// Fits the drawn area to a window of `window` cells, and the app to
    /// what is left of it for the dashboard. The next frame is drawn whole
    /// if the area changed, or if asked (`whole`): after a suspend the
    /// screen holds whatever the shell left on it.
    fn fit(&mut self, app: &mut App, window: Size, whole: bool) -> io::Result<()> {
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
        Ok(())
    }

    /// Fits the window as it is now.
    fn refit(&mut self, app: &mut App, whole: bool) -> io::Result<()> {
        let window = self.terminal.size()?;
        self.fit(app, window, whole)
    }

    fn draw(&mut self, app: &App) -> io::Result<()> {
        let notice = self.notice.as_deref();
        self.terminal.draw(|frame| render(frame, app, notice))?;
        Ok(())
    }
}

/// The rows of `viewport` below the notice, if there is one: the dashboard's.
fn below_notice(viewport: Rect, notice: Option<&str>) -> Rect {
    let rows = u16::from(notice.is_some());
    Rect {
        y: viewport.y.saturating_add(rows),
        height: viewport.height.saturating_sub(rows),
        ..viewport
    }
}

/// Draws the notice, if any, on the first row, and the dashboard below.
fn render(frame: &mut Frame, app: &App, notice: Option<&str>) {
    let area = frame.area();
    let buf = frame.buffer_mut();
    if let Some(notice) = notice {
        Line::styled(notice, THEME.warning).render(Rect { height: 1, ..area }, buf);
    }
    ui::render(app, below_notice(area, notice), buf);
}

/// Draws and runs the dashboard until it ends. Ratatui's terminal is dropped
/// before this returns: dropping it shows the cursor, which must come before
/// the restore, not after.
fn dashboard(app: &mut App) -> Result<End, TerminalError> {
    let mut screen = Screen::new()?;
    screen.refit(app, true)?;
    event_loop(&mut screen, app)
}

fn event_loop(screen: &mut Screen, app: &mut App) -> Result<End, TerminalError> {
    let mut dirty = true;
    loop {
        match ENDED_BY.load(SeqCst) {
            0 => {}
            signal => return Ok(End::Signal(signal)),
        }
        if app.quit {
            return Ok(End::Quit);
        }
        // `|`, not `||`: both requests are taken
        if SUSPEND.swap(false, SeqCst) | mem::take(&mut app.suspend) {
            suspend()?;
            // back, whether a SIGCONT says so or not (see `stop_job`)
            RESUMED.store(true, SeqCst);
        }
        if RESUMED.swap(false, SeqCst) {
            enter(tty()?)?;
            screen.refit(app, true)?;
            dirty = true;
        }
        if dirty {
            screen.draw(app)?;
        }
        // blocks until something happens: an idle dashboard uses no CPU
        dirty = match event::read()? {
            Event::Key(key) if key.kind == KeyEventKind::Press => {
                keymap::key_name(&key).is_some_and(|name| keymap::press(app, &name))
            }
            Event::Resize(width, height) => {
                screen.fit(app, Size::new(width, height), false)?;
                // a resize always redraws, even to the same size
                true
            }
            _ => false,
        };
    }
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
                .draw(|frame| render(frame, &app, notice.as_deref()))
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

    #[test]
    fn term_unset_empty_or_dumb_is_refused() {
        for term in [None, Some(""), Some("dumb")] {
            let refused = check_term(term.map(OsStr::new));
            assert!(
                matches!(refused, Err(TerminalError::Dumb(_))),
                "{term:?}: {refused:?}"
            );
        }
        for term in ["xterm-256color", "linux", "screen", "dumb-ish"] {
            assert!(check_term(Some(OsStr::new(term))).is_ok(), "{term}");
        }
    }
}
