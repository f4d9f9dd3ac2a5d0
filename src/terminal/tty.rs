//! The terminal device: raw mode and the alternate screen, entered and left.
//! Leaving is one async-signal-safe function, `leave`, so the same bytes and
//! modes undo the dashboard on quit, on error, on panic, on abort, around a
//! suspend and before dying by a signal.

use std::fs::File;
use std::io::{self, IsTerminal, Write};
use std::mem;
use std::os::fd::{IntoRawFd, RawFd};
use std::sync::OnceLock;

use libc::c_int;

/// Stops mouse reports (whether asked for or not: harmless), shows the
/// cursor, then leaves the alternate screen: the last bytes written.
const LEAVE: &[u8] = b"\x1b[?1000l\x1b[?1006l\x1b[?25h\x1b[?1049l";
/// The alternate screen, the cursor hidden.
const ENTER: &[u8] = b"\x1b[?1049h\x1b[?25l";
/// Mouse presses, releases and wheel turns reported, in the SGR encoding
/// (any column, no bytes above 127).
const MOUSE: &[u8] = b"\x1b[?1000h\x1b[?1006h";

/// The terminal we read keys from (standard input, or /dev/tty when input is
/// redirected, as crossterm does) and its modes before raw mode. Set once;
/// read by the abort handler, so it holds plain values only.
pub(super) struct Tty {
    fd: RawFd,
    cooked: libc::termios,
}

static TTY: OnceLock<Tty> = OnceLock::new();

impl Tty {
    pub(super) fn fd(&self) -> RawFd {
        self.fd
    }

    /// The modes before raw mode.
    pub(super) fn cooked(&self) -> libc::termios {
        self.cooked
    }
}

pub(super) fn tty() -> io::Result<&'static Tty> {
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

/// Raw mode (keys as typed, no echo, Ctrl-C and Ctrl-Z as keys), mouse
/// reports if `mouse`, the alternate screen, the cursor hidden.
pub(super) fn enter(tty: &Tty, mouse: bool) -> io::Result<()> {
    let mut raw = tty.cooked;
    // SAFETY: cfmakeraw and tcsetattr only read and write the termios given.
    unsafe { libc::cfmakeraw(&mut raw) };
    os_result(unsafe { libc::tcsetattr(tty.fd, libc::TCSANOW, &raw) })?;
    let mut stdout = io::stdout();
    if mouse {
        stdout.write_all(MOUSE)?;
    }
    stdout.write_all(ENTER)?;
    stdout.flush()
}

/// Leaves the terminal as it was: cursor shown, main screen, modes restored,
/// after writing out what is buffered for it, so that nothing drawn follows.
/// Safe to call more than once.
pub(super) fn restore() {
    let _ = io::stdout().flush();
    leave();
}

/// `restore` without the flush, with async-signal-safe calls only (write and
/// tcsetattr), for a signal handler. Does nothing before the terminal is
/// first entered.
pub(super) fn leave() {
    let Some(tty) = TTY.get() else { return };
    write_raw(libc::STDOUT_FILENO, LEAVE);
    // SAFETY: the termios was filled by tcgetattr.
    unsafe { libc::tcsetattr(tty.fd, libc::TCSANOW, &tty.cooked) };
}

/// Writes `bytes` to `fd` with write(2), without allocating or locking.
pub(super) fn write_raw(fd: RawFd, mut bytes: &[u8]) {
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

pub(super) fn os_result(status: c_int) -> io::Result<()> {
    if status == -1 {
        Err(io::Error::last_os_error())
    } else {
        Ok(())
    }
}
