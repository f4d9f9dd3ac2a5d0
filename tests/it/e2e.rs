//! End to end: the built binary in a real pseudo-terminal, read back through a
//! vt100 emulator, checked for what a user would see. Each test runs its own
//! process; nothing here sleeps to synchronise, it polls for what it expects.

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

#[test]
fn the_first_frame_is_the_headless_one_in_colour() {
    let tw = dashboard();
    for text in [
        "145%",
        "125%",
        "+100%",
        "US on China",
        "Kuala Lumpur",
        "Donald Trump",
        "George Glass",
        "? help",
    ] {
        tw.assert_shows(text);
    }
    assert_eq!(
        tw.screen_text(),
        headless(120, 40, ""),
        "the pty and the headless render differ"
    );
    let out = tw.output();
    let s = out.parser.screen();
    let (rows, cols) = s.size();
    let coloured = (0..rows.get()).any(|row| {
        (0..cols.get()).any(|col| {
            s.cell(row, col)
                .is_some_and(|c| c.fgcolor() != vt100::Color::Default)
        })
    });
    assert!(coloured, "no cell has a foreground colour");
}

/// The parameters of every SGR sequence (`ESC [ … m`) in `log`.
fn sgr_params(log: &str) -> Vec<&str> {
    log.split('\u{1b}')
        .filter_map(|s| s.strip_prefix('['))
        .filter_map(|s| {
            let end = s.find(|c: char| !(c.is_ascii_digit() || c == ';'))?;
            (s.as_bytes()[end] == b'm').then(|| &s[..end])
        })
        .collect()
}

/// Whether SGR parameters `p` hold a 24-bit colour, a 256-colour one, a
/// bright one (90–107) or any colour at all.
fn full(p: &str) -> bool {
    p.contains("38;2;") || p.contains("48;2;")
}
fn indexed(p: &str) -> bool {
    p.contains("38;5;") || p.contains("48;5;")
}
fn numbers(p: &str) -> impl Iterator<Item = u8> + '_ {
    p.split(';').filter_map(|n| n.parse().ok())
}
fn bright(p: &str) -> bool {
    numbers(p).any(|n| n >= 90)
}
fn any_colour(p: &str) -> bool {
    numbers(p).any(|n| matches!(n, 30..=49 | 90..=107))
}

#[test]
fn colour_codes_follow_the_terminals_colour_depth() {
    type Test = fn(&str) -> bool;
    struct Case {
        env: &'static [(&'static str, &'static str)],
        banned: &'static [Test],
        seen: Test,
    }
    for case in [
        // terminfo: 8 colours
        Case {
            env: &[("TERM", "xterm")],
            banned: &[full, indexed, bright],
            seen: |p| any_colour(p),
        },
        Case {
            env: &[("TERM", "xterm-256color")],
            banned: &[full],
            seen: indexed,
        },
        Case {
            env: &[("TERM", "xterm-256color"), ("COLORTERM", "truecolor")],
            banned: &[],
            seen: full,
        },
        // the selection bar as reverse video
        Case {
            env: &[
                ("TERM", "xterm-256color"),
                ("COLORTERM", "truecolor"),
                ("NO_COLOR", "1"),
            ],
            banned: &[any_colour],
            seen: |p| numbers(p).any(|n| n == 7),
        },
    ] {
        let mut cmd = tradewatch(&[]);
        for (k, v) in case.env {
            cmd.env(k, v);
        }
        let tw = Session::launch(cmd, (120, 40), (120, 40));
        tw.wait_for_footer(FOOTER_END);
        let log = String::from_utf8_lossy(&tw.output().log).into_owned();
        let params = sgr_params(&log);
        for p in &params {
            for (i, banned) in case.banned.iter().enumerate() {
                assert!(!banned(p), "{:?}: `{p}` is banned (test {i})", case.env);
            }
        }
        assert!(
            params.iter().any(|p| (case.seen)(p)),
            "{:?}: {params:?}",
            case.env
        );
    }
}

#[test]
fn keys_move_focus_select_and_open_popups() {
    let mut tw = dashboard();
    tw.send(b"\t");
    tw.wait_for_footer("Enter stop details");
    tw.assert_shows("┏ 2 Itinerary");

    // The footer stays as it is: wait for the counter itself.
    tw.send(b"\x1b[B");
    tw.wait_for("the second stop selected", |s| {
        s.contents().contains(" 2/5 ")
    });

    tw.send(b"\r");
    tw.wait_for_footer("Esc close");
    tw.assert_shows("Stop 2 of 5: Kuala Lumpur");

    // Esc alone, and nothing more until it has been handled: an Esc read
    // together with the next byte would be taken for Alt and that key.
    tw.send(b"\x1b");
    tw.wait_for_footer("Enter stop details");
    let screen = tw.screen_text();
    assert!(
        !screen.contains("Stop 2 of 5"),
        "the popup is still open:\n{screen}"
    );
    assert!(tw.running(), "Esc closes the popup, it does not quit");

    tw.send(b"?");
    tw.wait_for_footer("Esc close");
    tw.assert_shows(" Keys ");
    tw.assert_shows("focus the next pane");
}

#[test]
fn a_resize_redraws_the_whole_screen_for_the_new_size() {
    let mut tw = dashboard();
    tw.resize(80, 24);
    // Shrinking keeps the old bottom rows, old footer included, until the app
    // clears the screen; the tab line comes after that clear. At 80 columns
    // the seven tabs are too wide to name them all: only the focused one is.
    tw.wait_for("the tabbed layout at 80 x 24", |s| {
        s.contents().contains("1 Tariffs │ 2 │ 3 │ 4 │ 5 │ 6 │ 7")
            && words(&last_row(s)).contains(FOOTER_END)
    });
    assert_eq!(
        tw.screen_text(),
        headless(80, 24, ""),
        "the pty after the resize and the headless render differ"
    );
}

/// Quits with `key` and checks the exit and that the terminal is restored.
fn quits_cleanly(key: &[u8]) {
    let mut tw = dashboard();
    assert_raw(&tw);
    tw.send(key);
    let status = tw.wait_exit();
    assert!(status.success(), "exit status {status}");
    assert_restored(&tw, &tw.raw());
}

#[test]
fn q_quits_and_restores_the_terminal() {
    quits_cleanly(b"q");
}

#[test]
fn ctrl_c_quits_and_restores_the_terminal() {
    quits_cleanly(b"\x03");
}

#[test]
fn a_malformed_briefing_gets_one_located_line_and_no_dashboard() {
    let path = "tests/fixtures/invalid/lat_off_the_globe.toml";
    let expected = std::fs::read_to_string(crate::helpers::project(&format!("{path}.expected")))
        .expect("the fixture's expected line");

    let mut tw = Session::spawn(&[path], 120, 40);
    let status = tw.wait_exit();
    assert_eq!(status.exit_code(), 2, "exit status {status}");
    let raw = tw.raw();
    let lines: Vec<&str> = raw
        .split('\n')
        .map(|l| l.trim_end_matches('\r'))
        .filter(|l| !l.is_empty())
        .collect();
    assert!(
        lines.len() == 1 && lines[0] == format!("tradewatch: {}", expected.trim_end()),
        "expected one line with {expected:?}, got {raw:?}"
    );
    assert!(
        !raw.contains("\x1b[?1049h"),
        "no dashboard was drawn: {raw:?}"
    );
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

/// How an exit status names `signal` (portable-pty reports strsignal's text).
fn signal_text(signal: c_int) -> String {
    // SAFETY: strsignal returns a NUL-terminated string, static for the
    // signals used here.
    unsafe { std::ffi::CStr::from_ptr(libc::strsignal(signal)) }
        .to_string_lossy()
        .into_owned()
}

/// The state letter of process `pid` in /proc (`T` when stopped).
fn process_state(pid: i32) -> Option<char> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let after_name = stat.get(stat.rfind(')')? + 1..)?;
    after_name.split_whitespace().next()?.chars().next()
}

/// tradewatch in the temporary folder: a signal that dumps core must not
/// leave a core file in the project.
fn tradewatch_elsewhere(args: &[&str]) -> CommandBuilder {
    let mut cmd = tradewatch(args);
    cmd.cwd(std::env::temp_dir());
    cmd
}

/// tradewatch with `args` run as a user runs it: a job of a shell with job
/// control. The kernel ignores SIGTSTP in a process group no parent could
/// continue (an orphaned group, as a pty's session leader is), so only a job
/// can be stopped. Once the job stops the shell says so on the screen, waits
/// for a line and continues the job with `fg`.
fn as_a_job(args: &[&str]) -> CommandBuilder {
    let mut cmd = CommandBuilder::new("sh");
    cmd.args([
        "-c",
        "set -m; \"$0\" \"$@\"; echo '[job stopped]'; read -r line; fg",
        env!("CARGO_BIN_EXE_tradewatch"),
    ]);
    cmd.args(args);
    cmd.env("TERM", "xterm-256color");
    cmd.cwd(env!("CARGO_MANIFEST_DIR"));
    cmd
}

/// The dashboard at 120 x 40 as a job of a shell (see `as_a_job`), its
/// first frame drawn; with the job's pid.
fn dashboard_job() -> (Session, i32) {
    let tw = Session::launch(as_a_job(&[]), (120, 40), (120, 40));
    tw.wait_for_footer(FOOTER_END);
    let job = children(tw.pid())
        .next()
        .expect("the shell runs tradewatch as its child");
    (tw, job)
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

/// Waits until process `pid` is stopped.
fn wait_stopped(tw: &Session, pid: i32) {
    if !eventually(|| process_state(pid) == Some('T')) {
        panic!(
            "tradewatch did not stop (state {:?}); the screen:\n{}",
            process_state(pid),
            tw.screen_text()
        );
    }
}

/// Continues the stopped job (the shell's `fg`) and checks that the whole
/// dashboard is drawn again, in raw mode, and that keys work; then quits.
fn resumes_and_redraws(mut tw: Session) {
    tw.send(b"\n");
    let expected = headless(120, 40, "");
    tw.wait_for("the whole dashboard drawn again", |s| {
        text_of(s) == expected
    });
    assert_raw(&tw);
    tw.send(b"\t");
    tw.wait_for_footer("Enter stop details");
    tw.send(b"q");
    let status = tw.wait_exit();
    assert!(status.success(), "exit status {status}");
}

/// Stops the dashboard job with `stop`, checks that it stopped with the
/// terminal restored, then that it comes back.
fn suspends_and_resumes(stop: impl FnOnce(&mut Session, i32)) {
    let (mut tw, job) = dashboard_job();
    assert_raw(&tw);
    let mark = tw.mark();
    stop(&mut tw, job);
    wait_stopped(&tw, job);
    // written before it stopped, but maybe not read yet by our reader thread
    let left_screen = |tw: &Session| {
        let left = tw.raw_since(mark);
        left.contains("\x1b[?1049l") && left.contains("\x1b[?25h")
    };
    assert!(
        eventually(|| left_screen(&tw)),
        "the screen was not left before stopping: {:?}",
        tw.raw_since(mark)
    );
    assert_restored(&tw, &tw.raw());
    tw.wait_for("the shell's message on the main screen", |s| {
        s.contents().contains("[job stopped]")
    });
    resumes_and_redraws(tw);
}

#[test]
fn ctrl_z_suspends_like_vim_and_fg_resumes() {
    suspends_and_resumes(|tw, _| tw.send(b"\x1a"));
}

#[test]
fn sigtstp_from_outside_suspends_like_ctrl_z() {
    suspends_and_resumes(|_, job| signal_pid(job, libc::SIGTSTP));
}

#[test]
fn a_dashboard_stopped_and_continued_from_outside_redraws_in_raw_mode() {
    // SIGSTOP cannot be caught: the terminal stays as it was while the shell
    // writes on it, and SIGCONT must bring the whole dashboard back.
    let (tw, job) = dashboard_job();
    signal_pid(job, libc::SIGSTOP);
    wait_stopped(&tw, job);
    tw.wait_for("the shell's message over the dashboard", |s| {
        s.contents().contains("[job stopped]")
    });
    resumes_and_redraws(tw);
}

/// Ends a 200 x 60 dashboard with `signal` in the middle of a storm of
/// resizes; checks that it died by that signal, with the terminal restored
/// and not one byte written after leaving the alternate screen.
fn dies_by(signal: c_int, mut seed: u32) {
    let mut tw = Session::launch(tradewatch_elsewhere(&[]), (200, 60), (200, 60));
    tw.wait_for_footer(FOOTER_END);
    let resizes_before = 5 + seed % 40;
    for _ in 0..resizes_before {
        tw.jiggle(&mut seed);
    }
    tw.signal(signal);
    let start = Instant::now();
    while tw.running() && start.elapsed() < TIMEOUT {
        tw.jiggle(&mut seed);
    }
    let status = tw.wait_exit();
    assert_eq!(
        status.signal(),
        Some(signal_text(signal).as_str()),
        "exit status {status}"
    );
    let raw = tw.raw();
    let after = raw.rfind("\x1b[?1049l").map(|at| &raw[at + 8..]);
    assert_eq!(
        after,
        Some(""),
        "written after leaving the alternate screen"
    );
    assert_restored(&tw, &raw);
}

#[test]
fn sigterm_in_a_resize_storm_restores_draws_nothing_after_and_dies_by_it() {
    for run in 0..20 {
        dies_by(libc::SIGTERM, run);
    }
}

#[test]
fn sighup_sigint_and_sigquit_end_it_the_same_way() {
    for (run, signal) in [libc::SIGHUP, libc::SIGINT, libc::SIGQUIT]
        .into_iter()
        .enumerate()
    {
        dies_by(signal, run as u32);
    }
}

#[test]
fn an_abort_still_restores_the_terminal() {
    let mut tw = Session::launch(tradewatch_elsewhere(&[]), (120, 40), (120, 40));
    tw.wait_for_footer(FOOTER_END);
    tw.signal(libc::SIGABRT);
    let status = tw.wait_exit();
    assert_eq!(
        status.signal(),
        Some(signal_text(libc::SIGABRT).as_str()),
        "exit status {status}"
    );
    assert_restored(&tw, &tw.raw());
}

#[test]
fn a_huge_window_gets_its_top_left_part_and_a_line_saying_so() {
    // 65535 x 65535 cells would need a buffer of 4 billion cells; the
    // emulator only needs to hold the part drawn.
    let mut tw = Session::launch(tradewatch(&[]), (65535, 65535), (500, 300));
    tw.wait_for_footer(FOOTER_END);
    let top = tw
        .screen_text()
        .lines()
        .next()
        .unwrap_or_default()
        .to_owned();
    assert!(
        top.contains("window 65535x65535 is larger than 500x300: drawing the top-left part"),
        "the first row: {top:?}"
    );
    tw.assert_shows("US on China");
    tw.send(b"q");
    let status = tw.wait_exit();
    assert!(status.success(), "exit status {status}");
    assert_restored(&tw, &tw.raw());
}

/// Runs tradewatch on `args` in a pty with TERM as `term` (unset for None);
/// returns what it wrote.
fn refuses_the_terminal(term: Option<&str>, args: &[&str]) -> String {
    let mut cmd = tradewatch(args);
    match term {
        Some(term) => cmd.env("TERM", term),
        None => cmd.env_remove("TERM"),
    }
    let mut tw = Session::launch(cmd, (120, 40), (120, 40));
    let status = tw.wait_exit();
    assert_eq!(status.exit_code(), 2, "exit status {status}");
    let raw = tw.raw();
    let lines: Vec<&str> = raw.lines().filter(|l| !l.trim().is_empty()).collect();
    assert_eq!(lines.len(), 1, "one line: {raw:?}");
    assert!(!raw.contains('\x1b'), "no escape sequence: {raw:?}");
    assert!(raw.contains("tradewatch snapshot"), "{raw:?}");
    raw
}

#[test]
fn a_dumb_or_unnamed_terminal_is_refused_in_one_line_before_any_file_is_read() {
    for term in [Some("dumb"), None] {
        let said = refuses_the_terminal(term, &[]);
        assert!(said.contains("TERM"), "{said:?}");
        // the terminal is judged first: a bad file is not even opened
        let said = refuses_the_terminal(term, &["/nonexistent/briefing.toml"]);
        assert!(!said.contains("nonexistent"), "{said:?}");
    }
}

#[test]
fn without_a_terminal_the_dashboard_refuses_before_any_file_is_read() {
    let out = crate::helpers::run(&["/nonexistent/briefing.toml"]);
    let err = crate::helpers::stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("not a terminal"), "{err}");
    assert!(err.contains("tradewatch snapshot"), "{err}");
    assert!(!err.contains("nonexistent"), "{err}");
}

#[test]
fn a_terminal_that_hangs_up_ends_the_dashboard() {
    // no reader thread: every copy of the master is ours, so dropping them
    // hangs up the terminal, as closing a terminal window does
    let pair = native_pty_system()
        .openpty(pty_size(120, 40))
        .expect("open a pty");
    let mut child = pair
        .slave
        .spawn_command(tradewatch(&[]))
        .expect("spawn tradewatch");
    drop(pair.slave);
    let mut reader = pair.master.try_clone_reader().expect("pty reader");
    let mut seen = Vec::new();
    let mut buf = [0u8; 16 * 1024];
    // the footer's last word: styles come between the words of its hints
    while !String::from_utf8_lossy(&seen).contains("quit") {
        let n = reader.read(&mut buf).expect("the first frame");
        assert!(n > 0, "the pty closed before the first frame");
        seen.extend_from_slice(&buf[..n]);
    }
    drop((reader, pair.master));
    let mut status = None;
    let ended = eventually(|| {
        status = child.try_wait().expect("poll the child");
        status.is_some()
    });
    if !ended {
        let _ = child.kill();
        panic!("tradewatch kept running on a terminal that hung up");
    }
    assert!(!status.unwrap().success(), "it ends by the hang-up");
}
