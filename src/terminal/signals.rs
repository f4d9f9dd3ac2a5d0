//! Signals: those that end or suspend the dashboard only set a flag and wake
//! the loop, which alone draws and restores; an abort restores at once.

use std::sync::atomic::{AtomicBool, AtomicI32, Ordering::SeqCst};
use std::time::Duration;
use std::{io, mem, ptr, thread};

use libc::c_int;
use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP, SIGWINCH};
use signal_hook::iterator::Signals;
use signal_hook::low_level;

use super::tty::{leave, os_result, restore};

/// How long the loop has to end by itself after an ending signal.
const LOOP_GRACE: Duration = Duration::from_secs(2);

/// What signals ask of the loop: set by the signal thread, which then wakes
/// the loop; taken by the loop between frames.
pub(super) static ENDED_BY: AtomicI32 = AtomicI32::new(0);
pub(super) static SUSPEND: AtomicBool = AtomicBool::new(false);
pub(super) static RESUMED: AtomicBool = AtomicBool::new(false);
/// Set by the file watcher's thread, which then wakes the loop.
pub(super) static RELOAD: AtomicBool = AtomicBool::new(false);

/// Asks the loop to read the files again, and wakes it.
pub(super) fn request_reload() {
    RELOAD.store(true, SeqCst);
    wake();
}

/// Wakes the loop blocked in crossterm's read, which listens for SIGWINCH
/// through a self-pipe: raised here, it returns a resize to the same size.
fn wake() {
    let _ = low_level::raise(SIGWINCH);
}

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
pub(super) fn install_hooks() -> io::Result<()> {
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
                // the loop then sees the request
                wake();
                if !matches!(signal, SIGTSTP | SIGCONT) {
                    // on a terminal that hung up, crossterm's read spins and never
                    // returns to the loop: end here if the loop has not
                    thread::sleep(LOOP_GRACE);
                    leave();
                    die_by(signal);
                }
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
pub(super) fn die_by(signal: c_int) -> ! {
    let _ = low_level::emulate_default_handler(signal);
    // not reached: every signal the loop ends on ends the process by default
    std::process::abort()
}

/// Suspends as Ctrl-Z in a shell does: the terminal restored, the job stopped.
/// Returns once continued.
pub(super) fn suspend() -> io::Result<()> {
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
