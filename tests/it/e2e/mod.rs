//! End to end: the built binary in a real pseudo-terminal, read back through a
//! vt100 emulator, checked for what a user would see. Each test runs its own
//! process; nothing here sleeps to synchronise, it polls for what it expects.
//! Here: the session that runs it in a pty; in `screen`, what it draws and
//! refuses; in `signals`, how it ends, stops and resumes.

mod mouse;
mod reload;
mod screen;
mod signals;

use std::io::{ErrorKind, Read, Write};
use std::num::NonZeroU16;
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use libc::c_int;
use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, native_pty_system};

use crate::helpers::{screen as headless, words};

/// How long anything may take to show up, even on a loaded machine.
const TIMEOUT: Duration = Duration::from_secs(10);
const POLL: Duration = Duration::from_millis(20);

/// The end of the footer, the last text a dashboard frame draws.
const FOOTER_END: &str = "? help q quit";

/// Polls `done` every POLL until it holds; false if it still fails after TIMEOUT.
fn eventually(mut done: impl FnMut() -> bool) -> bool {
    let start = Instant::now();
    while !done() {
        if start.elapsed() > TIMEOUT {
            return false;
        }
        thread::sleep(POLL);
    }
    true
}

/// Everything the child wrote: as a terminal shows it, and as raw bytes.
struct Output {
    parser: vt100::Parser,
    log: Vec<u8>,
}

/// tradewatch running in a pty of its own.
struct Session {
    child: Box<dyn Child + Send + Sync>,
    master: Box<dyn MasterPty + Send>,
    writer: Box<dyn Write + Send>,
    output: Arc<Mutex<Output>>,
    reader: JoinHandle<()>,
}

impl Session {
    fn spawn(args: &[&str], cols: u16, rows: u16) -> Session {
        Session::launch(tradewatch(args), (cols, rows), (cols, rows))
    }

    /// Runs `cmd` in a pty of `pty` (columns, rows), read back by an emulator
    /// of `screen`: the two differ only for windows too big to emulate.
    fn launch(cmd: CommandBuilder, pty: (u16, u16), screen: (u16, u16)) -> Session {
        let (cols, rows) = screen;
        let pair = native_pty_system()
            .openpty(pty_size(pty.0, pty.1))
            .expect("open a pty");
        let child = pair.slave.spawn_command(cmd).expect("spawn tradewatch");
        // Our copy of the slave end would keep the pty open after the child
        // exits, and the reads below would never end.
        drop(pair.slave);
        let output = Arc::new(Mutex::new(Output {
            parser: vt100::Parser::new(nonzero(rows), nonzero(cols), 0),
            log: Vec::new(),
        }));
        // A frame is bigger than the pty's buffer: read all the time, on a
        // thread of its own, or the child blocks writing it.
        let mut source = pair.master.try_clone_reader().expect("pty reader");
        let sink = Arc::clone(&output);
        let reader = thread::spawn(move || {
            let mut buf = [0u8; 16 * 1024];
            loop {
                match source.read(&mut buf) {
                    Ok(0) => break,
                    Ok(n) => {
                        let mut out = sink.lock().unwrap();
                        out.parser.process(&buf[..n]);
                        out.log.extend_from_slice(&buf[..n]);
                    }
                    Err(e) if e.kind() == ErrorKind::Interrupted => {}
                    // EIO once the child is gone (and any other error): the end.
                    Err(_) => break,
                }
            }
        });
        let writer = pair.master.take_writer().expect("pty writer");
        Session {
            child,
            master: pair.master,
            writer,
            output,
            reader,
        }
    }

    fn output(&self) -> MutexGuard<'_, Output> {
        self.output.lock().unwrap()
    }

    /// Types `bytes` as if at the keyboard.
    fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).expect("write to the pty");
        self.writer.flush().expect("flush the pty");
    }

    /// Waits until `done` holds for the screen; panics with the screen if it never does.
    fn wait_for(&self, what: &str, done: impl Fn(&vt100::Screen) -> bool) {
        if !eventually(|| done(self.output().parser.screen())) {
            panic!(
                "timed out waiting for {what}; the screen:\n{}",
                self.screen_text()
            );
        }
    }

    /// Waits until the footer shows `hint`. The footer is the last row, the
    /// last thing a frame draws: once a hint this frame changed is there, the
    /// rows above are drawn too.
    fn wait_for_footer(&self, hint: &str) {
        self.wait_for(&format!("{hint:?} in the footer"), |s| {
            words(&last_row(s)).contains(hint)
        });
    }

    /// Panics, showing the screen, unless it holds `text`.
    fn assert_shows(&self, text: &str) {
        let screen = self.screen_text();
        assert!(
            screen.contains(text),
            "{text:?} not on the screen:\n{screen}"
        );
    }

    /// The screen's text, one line per row, trailing spaces trimmed, as
    /// `helpers::text` gives the headless render.
    fn screen_text(&self) -> String {
        text_of(self.output().parser.screen())
    }

    /// Resizes the terminal, as a user dragging the window would.
    fn resize(&mut self, cols: u16, rows: u16) {
        // The emulator first, under the lock: whatever the child draws for the
        // new size is then parsed at the new size.
        let mut out = self.output.lock().unwrap();
        out.parser.set_size(nonzero(rows), nonzero(cols));
        self.master
            .resize(pty_size(cols, rows))
            .expect("resize the pty");
    }

    /// The pid of the process the pty runs.
    fn pid(&self) -> i32 {
        let pid = self.child.process_id().expect("the child's pid");
        i32::try_from(pid).expect("a pid fits an i32")
    }

    /// Sends `signal` to the process the pty runs.
    fn signal(&self, signal: c_int) {
        signal_pid(self.pid(), signal);
    }

    /// How much the child has written so far: a mark for `raw_since`.
    fn mark(&self) -> usize {
        self.output().log.len()
    }

    /// What the child wrote after `mark`, lossily decoded.
    fn raw_since(&self, mark: usize) -> String {
        String::from_utf8_lossy(&self.output().log[mark..]).into_owned()
    }

    /// Sets the pty (not the emulator) to a pseudo-random size drawn from
    /// `seed`, as a user dragging a window's corner.
    fn jiggle(&mut self, seed: &mut u32) {
        *seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        let cols = 100 + (*seed >> 16) % 200;
        let rows = 30 + (*seed >> 8) % 70;
        let size = pty_size(cols as u16, rows as u16);
        // the child may be gone already: the storm goes on regardless
        let _ = self.master.resize(size);
    }

    fn running(&mut self) -> bool {
        self.child.try_wait().expect("poll the child").is_none()
    }

    /// Waits for the child to exit and for its last output to be read.
    fn wait_exit(&mut self) -> ExitStatus {
        let mut status = None;
        if !eventually(|| {
            status = self.child.try_wait().expect("poll the child");
            status.is_some()
        }) {
            panic!(
                "tradewatch did not exit; the screen:\n{}",
                self.screen_text()
            );
        }
        assert!(
            eventually(|| self.reader.is_finished()),
            "the pty was not closed after tradewatch exited"
        );
        status.unwrap()
    }

    /// Everything the child wrote, lossily decoded.
    fn raw(&self) -> String {
        String::from_utf8_lossy(&self.output().log).into_owned()
    }

    /// The names of the pty's set local termios flags (ICANON, ECHO, ...).
    fn local_flags(&self) -> Vec<&'static str> {
        let termios = self.master.get_termios().expect("the pty's termios");
        termios
            .local_flags
            .iter_names()
            .map(|(name, _)| name)
            .collect()
    }
}

/// tradewatch with `args`, as the tests run it.
fn tradewatch(args: &[&str]) -> CommandBuilder {
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_tradewatch"));
    cmd.args(args);
    cmd.env("TERM", "xterm-256color");
    // the colour depth comes from these: the tests say what they want
    cmd.env_remove("COLORTERM");
    cmd.env_remove("NO_COLOR");
    // nor may the user's own configuration file change what they see
    cmd.env("XDG_CONFIG_HOME", crate::helpers::NO_CONFIG);
    cmd.env_remove("TRADEWATCH_CONFIG");
    cmd.cwd(env!("CARGO_MANIFEST_DIR"));
    cmd
}

impl Drop for Session {
    /// A failed test must not leave its tradewatch running.
    fn drop(&mut self) {
        // a job is the shell's child, in a process group of its own
        for job in children(self.pid()) {
            signal_pid(job, libc::SIGKILL);
        }
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

fn pty_size(cols: u16, rows: u16) -> PtySize {
    PtySize {
        rows,
        cols,
        pixel_width: 0,
        pixel_height: 0,
    }
}

fn nonzero(n: u16) -> NonZeroU16 {
    NonZeroU16::new(n).expect("a terminal is at least 1 x 1")
}

/// The screen's text, one line per row, trailing spaces trimmed.
fn text_of(screen: &vt100::Screen) -> String {
    screen
        .rows(0, screen.size().1.get())
        .map(|row| format!("{}\n", row.trim_end()))
        .collect()
}

fn last_row(screen: &vt100::Screen) -> String {
    let (rows, cols) = screen.size();
    screen
        .rows(0, cols.get())
        .nth(usize::from(rows.get()) - 1)
        .unwrap()
}

/// The dashboard on the embedded briefing at 120 x 40, its first frame drawn.
fn dashboard() -> Session {
    let tw = Session::spawn(&[], 120, 40);
    tw.wait_for_footer(FOOTER_END);
    tw
}

/// The byte that follows the last occurrence of `prefix` in `log`.
fn last_switch(log: &str, prefix: &str) -> Option<char> {
    let at = log.rfind(prefix)? + prefix.len();
    log[at..].chars().next()
}

/// Asserts that the terminal is as tradewatch found it: not raw, main screen,
/// cursor shown.
fn assert_restored(tw: &Session, raw: &str) {
    assert_eq!(
        last_switch(raw, "\x1b[?1049"),
        Some('l'),
        "the alternate screen is left"
    );
    assert_eq!(
        last_switch(raw, "\x1b[?25"),
        Some('h'),
        "the cursor is shown"
    );
    // portable-pty reads the termios through the master, which Linux maps to
    // the slave's: raw mode must be off again.
    let flags = tw.local_flags();
    assert!(
        flags.contains(&"ICANON") && flags.contains(&"ECHO"),
        "raw mode left on: {flags:?}"
    );
}

/// Asserts that the dashboard runs in raw mode.
fn assert_raw(tw: &Session) {
    let flags = tw.local_flags();
    assert!(
        !flags.contains(&"ICANON") && !flags.contains(&"ECHO"),
        "the dashboard is not in raw mode: {flags:?}"
    );
}

fn signal_pid(pid: i32, signal: c_int) {
    // SAFETY: kill has no memory-safety preconditions.
    unsafe { libc::kill(pid, signal) };
}

/// The children of process `pid`.
fn children(pid: i32) -> impl Iterator<Item = i32> {
    let pids = std::fs::read_to_string(format!("/proc/{pid}/task/{pid}/children"));
    let pids: Vec<i32> = pids
        .unwrap_or_default()
        .split_whitespace()
        .filter_map(|p| p.parse().ok())
        .collect();
    pids.into_iter()
}
