//! How the dashboard ends, stops and comes back: keys, job control, signals,
//! an abort and a hang-up, the terminal restored each time.

use super::*;

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
    cmd.env("XDG_CONFIG_HOME", crate::helpers::NO_CONFIG);
    cmd.env_remove("TRADEWATCH_CONFIG");
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
