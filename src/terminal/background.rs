//! The terminal's background colour, asked with OSC 11 before the dashboard
//! starts, so that `--theme auto` can pick a theme that reads on it.
//!
//! The question is followed by a request for the terminal's attributes (DA1),
//! which every terminal answers: a terminal that knows OSC 11 answers it
//! first, so the DA1 answer ends the wait at once, answered or not. A terminal
//! that answers nothing at all is given up on after the timeout.

use std::io;
use std::time::{Duration, Instant};

use crate::dashboard::palette::Rgb;

use super::tty::{Tty, os_result, tty, write_raw};

/// "What is your background colour?" (OSC 11), then "what are you?" (DA1).
const QUERY: &[u8] = b"\x1b]11;?\x07\x1b[c";
/// More than any answer to the two; beyond it the input is not an answer.
const MOST: usize = 1024;

/// The terminal's background, or `None` when it does not say within
/// `timeout`. Raw mode is on only while waiting.
pub fn background(timeout: Duration) -> io::Result<Option<Rgb>> {
    let tty = tty()?;
    let mut raw = tty.cooked();
    // SAFETY: cfmakeraw and tcsetattr only read and write the termios given.
    unsafe { libc::cfmakeraw(&mut raw) };
    os_result(unsafe { libc::tcsetattr(tty.fd(), libc::TCSANOW, &raw) })?;
    write_raw(libc::STDOUT_FILENO, QUERY);
    let answer = read_answer(tty, timeout);
    // SAFETY: the termios was filled by tcgetattr.
    os_result(unsafe { libc::tcsetattr(tty.fd(), libc::TCSANOW, &tty.cooked()) })?;
    Ok(parse_reply(&answer?))
}

/// What the terminal sends until its DA1 answer, `MOST` bytes, or the
/// deadline, whichever comes first.
fn read_answer(tty: &Tty, timeout: Duration) -> io::Result<Vec<u8>> {
    let deadline = Instant::now() + timeout;
    let mut got = Vec::new();
    while !answered_da1(&got) && got.len() < MOST {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            break;
        }
        let mut poll = libc::pollfd {
            fd: tty.fd(),
            events: libc::POLLIN,
            revents: 0,
        };
        let ms = libc::c_int::try_from(left.as_millis().max(1)).unwrap_or(libc::c_int::MAX);
        // SAFETY: one pollfd, alive for the call.
        match unsafe { libc::poll(&mut poll, 1, ms) } {
            0 => break,
            n if n < 0 => match io::Error::last_os_error() {
                e if e.kind() == io::ErrorKind::Interrupted => continue,
                e => return Err(e),
            },
            _ => {}
        }
        let mut chunk = [0u8; 256];
        // SAFETY: the pointer and length come from a live buffer.
        let n = unsafe { libc::read(tty.fd(), chunk.as_mut_ptr().cast(), chunk.len()) };
        match usize::try_from(n) {
            Ok(0) => break,
            Ok(n) => got.extend_from_slice(&chunk[..n]),
            Err(_) if io::Error::last_os_error().kind() == io::ErrorKind::Interrupted => {}
            Err(_) => return Err(io::Error::last_os_error()),
        }
    }
    Ok(got)
}

/// Whether `got` holds a DA1 answer: `ESC [ ?` digits and `;` then `c`.
fn answered_da1(got: &[u8]) -> bool {
    got.windows(3)
        .enumerate()
        .filter(|(_, w)| *w == b"\x1b[?")
        .any(|(at, _)| {
            let rest = &got[at + 3..];
            let end = rest
                .iter()
                .position(|b| !(b.is_ascii_digit() || *b == b';'));
            end.is_some_and(|end| rest[end] == b'c')
        })
}

/// The colour in an OSC 11 answer, `ESC ] 11 ; rgb:R/G/B` ended by BEL or
/// ST (`ESC \`), each of R, G and B one to four hex digits (a fraction of
/// their largest value). Anything else is `None`.
pub fn parse_reply(got: &[u8]) -> Option<Rgb> {
    const START: &[u8] = b"\x1b]11;rgb:";
    let at = got.windows(START.len()).position(|w| w == START)?;
    let body = &got[at + START.len()..];
    let end = body.iter().position(|&b| b == 0x07 || b == 0x1b)?;
    if body[end] == 0x1b && body.get(end + 1) != Some(&b'\\') {
        return None;
    }
    let body = std::str::from_utf8(&body[..end]).ok()?;
    let mut parts = body.split('/').map(channel);
    let rgb = (parts.next()??, parts.next()??, parts.next()??);
    parts.next().is_none().then_some(rgb)
}

/// One channel, 1 to 4 hex digits, scaled to 0–255.
fn channel(hex: &str) -> Option<u8> {
    if !(1..=4).contains(&hex.len()) || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let value = u32::from_str_radix(hex, 16).ok()?;
    let max = (1u32 << (4 * hex.len())) - 1;
    u8::try_from((value * 255 + max / 2) / max).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_answers_terminals_give() {
        let cases: [(&[u8], Option<Rgb>); 8] = [
            (b"\x1b]11;rgb:ffff/ffff/ffff\x07", Some((255, 255, 255))),
            (b"\x1b]11;rgb:0000/0000/0000\x1b\\", Some((0, 0, 0))),
            (b"\x1b]11;rgb:00/00/00\x07", Some((0, 0, 0))),
            (
                b"\x1b]11;rgb:fdfd/f6f6/e3e3\x1b\\",
                Some((0xfd, 0xf6, 0xe3)),
            ),
            (
                b"\x1b]11;rgb:1616/1818/1d1d\x07\x1b[?64;1;9c",
                Some((0x16, 0x18, 0x1d)),
            ),
            (b"typed\x1b]11;rgb:f/8/0\x07", Some((255, 0x88, 0))),
            (b"\x1b]11;rgb:ffff/ffff/ffff\x1bX", None),
            (b"\x1b[?62;22c", None),
        ];
        for (got, want) in cases {
            assert_eq!(parse_reply(got), want, "{:?}", String::from_utf8_lossy(got));
        }
    }

    #[test]
    fn garbage_is_no_colour_and_never_a_panic() {
        let cases: [&[u8]; 12] = [
            b"",
            b"\x1b]11;",
            b"\x1b]11;rgb:",
            b"\x1b]11;rgb:ffff/ffff\x07",
            b"\x1b]11;rgb:ffff/ffff/ffff/ffff\x07",
            b"\x1b]11;rgb:fffff/0/0\x07",
            b"\x1b]11;rgb:gg/00/00\x07",
            b"\x1b]11;rgb://\x07",
            b"\x1b]11;rgb:ff/ff/ff",
            b"\x1b]11;rgb:\xff\xfe/00/00\x07",
            b"\x1b]11;rgb:+f/00/00\x07",
            b"\x1b]11;rgba:ffff/ffff/ffff/ffff\x07",
        ];
        for got in cases {
            assert_eq!(parse_reply(got), None, "{:?}", String::from_utf8_lossy(got));
        }
        // every prefix and every single-byte change of a good answer
        let good = b"\x1b]11;rgb:fdfd/f6f6/e3e3\x1b\\";
        for end in 0..=good.len() {
            let _ = parse_reply(&good[..end]);
            let _ = answered_da1(&good[..end]);
        }
        for at in 0..good.len() {
            for byte in [0u8, 0x07, 0x1b, b'/', b'\\', 0xff] {
                let mut bad = good.to_vec();
                bad[at] = byte;
                let _ = parse_reply(&bad);
            }
        }
    }

    #[test]
    fn the_wait_ends_at_the_attributes_answer() {
        assert!(answered_da1(b"\x1b[?64;1;2;6;9;15;18;21;22c"));
        assert!(answered_da1(b"\x1b]11;rgb:0/0/0\x07\x1b[?1;2c"));
        assert!(answered_da1(b"\x1b[?6c"));
        assert!(!answered_da1(b"\x1b[?64;1"));
        assert!(!answered_da1(b"\x1b]11;rgb:0/0/0\x07"));
        assert!(!answered_da1(b"\x1b[?64;1x"));
    }
}
