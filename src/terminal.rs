//! The real terminal: set-up and restore (also on panic and on signals), and
//! the event loop, which blocks on input and redraws only on change.

use std::io::{self, IsTerminal, Stdout, Write};

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{self, Event, KeyEventKind};
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::crossterm::{cursor, execute};
use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
use thiserror::Error;

use crate::app::{Action, App};
use crate::{keymap, ui};

#[derive(Debug, Error)]
pub enum TerminalError {
    #[error(
        "standard output is not a terminal; the dashboard needs one (try `tradewatch check FILE` to validate a briefing)"
    )]
    NotATerminal,
    #[error("terminal error: {0}")]
    Io(#[from] io::Error),
}

/// Runs the dashboard until the user quits. The terminal is restored however it ends.
pub fn run(app: &mut App) -> Result<(), TerminalError> {
    if !io::stdout().is_terminal() {
        return Err(TerminalError::NotATerminal);
    }
    install_hooks()?;
    let mut terminal = init()?;
    let result = event_loop(&mut terminal, app);
    restore();
    result
}

fn init() -> io::Result<Terminal<CrosstermBackend<Stdout>>> {
    enable_raw_mode()?;
    let mut stdout = io::stdout();
    if let Err(e) = execute!(stdout, EnterAlternateScreen, cursor::Hide) {
        restore();
        return Err(e);
    }
    Terminal::new(CrosstermBackend::new(stdout)).inspect_err(|_| restore())
}

/// Leaves the terminal as it was: raw mode off, main screen, cursor shown.
/// Safe to call more than once and from any thread.
pub fn restore() {
    let _ = disable_raw_mode();
    let mut stdout = io::stdout();
    let _ = execute!(stdout, LeaveAlternateScreen, cursor::Show);
    let _ = stdout.flush();
}

/// Restores the terminal before a panic message is printed, and on signals
/// that would otherwise end the process with the terminal still raw.
fn install_hooks() -> io::Result<()> {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT])?;
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            restore();
            std::process::exit(128 + signal);
        }
    });
    Ok(())
}

fn event_loop(
    terminal: &mut Terminal<CrosstermBackend<Stdout>>,
    app: &mut App,
) -> Result<(), TerminalError> {
    let size = terminal.size()?;
    app.update(Action::Resize(size.width, size.height));
    let mut dirty = true;
    while !app.quit {
        if dirty {
            terminal.draw(|frame| ui::draw(frame, app))?;
        }
        // blocks until something happens: an idle dashboard uses no CPU
        dirty = match event::read()? {
            Event::Key(key) if key.kind == KeyEventKind::Press => {
                keymap::key_name(&key).is_some_and(|name| keymap::press(app, &name))
            }
            Event::Resize(width, height) => app.update(Action::Resize(width, height)),
            _ => false,
        };
    }
    Ok(())
}
