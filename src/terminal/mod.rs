//! The real terminal: set-up and restore, and the event loop, which blocks on
//! input and redraws only on change.
//!
//! Signals only set a flag and wake the loop; the loop alone draws and
//! restores, so nothing is drawn after the terminal is restored.

mod background;
mod color_depth;
mod export;
mod screen;
mod sgr_backend;
mod signals;
mod terminfo;
mod tty;
pub mod watch;

use std::ffi::OsStr;
use std::io::{self, IsTerminal};
use std::mem;
use std::path::PathBuf;
use std::sync::atomic::Ordering::SeqCst;
use std::time::{Duration, Instant};

use libc::c_int;
use ratatui::crossterm::event::{
    self, Event, KeyEventKind, MouseButton, MouseEvent, MouseEventKind,
};
use ratatui::layout::Size;
use thiserror::Error;

use crate::dashboard::keymap;
use crate::dashboard::{App, Reread};
use crate::model::escape;
pub use background::background;
use color_depth::ColorDepth;
use screen::Screen;
use signals::{ENDED_BY, RELOAD, RESUMED, SUSPEND, die_by, install_hooks, request_reload, suspend};
use tty::{enter, restore, tty};
use watch::{SETTLE, Watch};

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

/// How the dashboard runs in the terminal.
#[derive(Debug, Clone)]
pub struct Options {
    /// Take the mouse (clicks, the wheel) rather than leave it to the terminal.
    pub mouse: bool,
    /// Where `e` saves the screen.
    pub export_dir: PathBuf,
}

/// The files the dashboard shows, read again when they change and on `r`.
/// Whoever read them first reads them again, the same way: the loop only
/// says when.
pub trait Live {
    /// The files and folders to watch.
    fn watched(&self) -> &[PathBuf];
    /// Reads them again, in the order first read.
    fn reread(&mut self) -> Vec<Reread>;
}

/// Runs the dashboard until the user quits, with the files of `live`, if
/// any, watched. The terminal is restored however it ends; ended by a
/// signal, the process then dies by that signal.
pub fn run(
    app: &mut App,
    options: &Options,
    live: Option<&mut dyn Live>,
) -> Result<(), TerminalError> {
    let mouse = options.mouse;
    check()?;
    let tty = tty()?;
    // crossterm's event source catches SIGWINCH, which wakes the loop, from
    // its creation: create it before any signal asks for a wake-up
    event::poll(Duration::ZERO)?;
    install_hooks()?;
    // kept until the loop ends: dropping it stops the watch
    let _watch = live.as_deref().and_then(|live| watch(app, live));
    let end = enter(tty, mouse)
        .map_err(TerminalError::from)
        .and_then(|()| dashboard(app, options, live));
    restore();
    match end? {
        End::Quit => Ok(()),
        End::Signal(signal) => die_by(signal),
    }
}

/// Watches the files of `live`, waking the loop to read them again; if they
/// cannot be watched, says so, and `r` still reads them.
fn watch(app: &mut App, live: &dyn Live) -> Option<Watch> {
    Watch::start(live.watched(), SETTLE, request_reload)
        .map_err(|e| {
            let why = escape(&e.to_string());
            app.ui.notices.push(format!(
                "the files opened are not watched ({why}): r reloads them"
            ));
        })
        .ok()
}

/// How the loop ended.
enum End {
    Quit,
    Signal(c_int),
}

/// Draws and runs the dashboard until it ends. Ratatui's terminal is dropped
/// before this returns: dropping it shows the cursor, which must come before
/// the restore, not after.
fn dashboard(
    app: &mut App,
    options: &Options,
    live: Option<&mut dyn Live>,
) -> Result<End, TerminalError> {
    let var = |name: &str| std::env::var(name).ok();
    let depth = ColorDepth::detect(var, |term| terminfo::colors(term, var));
    let mut screen = Screen::new(depth)?;
    screen.refit(app, true)?;
    event_loop(&mut screen, app, options, live)
}

/// Two left presses on one cell closer than this are a double click.
const DOUBLE_CLICK: Duration = Duration::from_millis(400);

fn event_loop(
    screen: &mut Screen,
    app: &mut App,
    options: &Options,
    mut live: Option<&mut dyn Live>,
) -> Result<End, TerminalError> {
    let mouse = options.mouse;
    let mut dirty = true;
    let mut last_press: Option<(Instant, u16, u16)> = None;
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
            enter(tty()?, mouse)?;
            screen.refit(app, true)?;
            dirty = true;
        }
        // the watcher's request, or `r`
        if RELOAD.swap(false, SeqCst) | app.reload {
            match live.as_deref_mut() {
                Some(live) => dirty |= app.reloaded(live.reread()),
                None => app.reload = false,
            }
        }
        if dirty {
            screen.draw(app)?;
        }
        // blocks until something happens: an idle dashboard uses no CPU
        dirty = match event::read()? {
            Event::Key(key) if key.kind == KeyEventKind::Press => {
                keymap::key_name(&key).is_some_and(|name| keymap::press(app, &name))
            }
            Event::Mouse(event) => {
                let double = double_click(&mut last_press, &event);
                keymap::mouse_action(&event, double).is_some_and(|action| app.update(action))
            }
            // the watcher's wake-up, not a resize: the reload redraws if
            // anything changed
            Event::Resize(width, height)
                if RELOAD.load(SeqCst) && screen.fitted(Size::new(width, height)) =>
            {
                false
            }
            Event::Resize(width, height) => {
                screen.fit(app, Size::new(width, height), false)?;
                // a resize always redraws, even to the same size
                true
            }
            _ => false,
        };
        if mem::take(&mut app.export) {
            let now = chrono::Local::now().naive_local();
            let saved = export::save_screen(app, screen.area(), &options.export_dir, now);
            app.say(export::saved(saved));
            dirty = true;
        }
        if let Some(text) = app.clipboard.take() {
            app.say(export::copy(&mut io::stdout(), &text)?);
            dirty = true;
        }
    }
}

/// Whether `event` is a left press on the cell of the last one, just after
/// it; remembers it as the last press otherwise.
fn double_click(last: &mut Option<(Instant, u16, u16)>, event: &MouseEvent) -> bool {
    if event.kind != MouseEventKind::Down(MouseButton::Left) {
        return false;
    }
    let now = Instant::now();
    let double = last.is_some_and(|(at, col, row)| {
        (col, row) == (event.column, event.row) && now.duration_since(at) < DOUBLE_CLICK
    });
    // a third press starts a new pair
    *last = (!double).then_some((now, event.column, event.row));
    double
}

#[cfg(test)]
mod tests {
    use super::*;

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
