//! What `e` and `y` ask of the terminal loop: the screen saved as an SVG
//! picture, and the selected item sent to the clipboard.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use chrono::NaiveDateTime;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::dashboard::{App, render};
use crate::model::escape;
use crate::model::write::{WriteError, write_atomic};
use crate::snapshot::{self, Format};

/// Saves the screen `app` shows in `area` as SVG in `dir`, in a new file
/// named by the time and the focused pane; returns the file's path.
pub(super) fn save_screen(
    app: &App,
    area: Rect,
    dir: &Path,
    now: NaiveDateTime,
) -> Result<PathBuf, WriteError> {
    let mut buf = Buffer::empty(area);
    render::dashboard(app, area, &mut buf);
    let svg = snapshot::encode(&buf, Format::Svg, app.ui.theme.theme().ground);
    let pane = app.ui.focus.spec().title.to_lowercase().replace(' ', "-");
    let stem = format!("tradewatch-{}-{pane}", now.format("%Y-%m-%d-%H%M%S"));
    // a second export within the second gets a number rather than replace the first
    let path = (1..)
        .map(|n| match n {
            1 => dir.join(format!("{stem}.svg")),
            n => dir.join(format!("{stem}-{n}.svg")),
        })
        .find(|p| !p.exists())
        .expect("some number is free");
    write_atomic(&path, svg.as_bytes(), &[] as &[&Path])?;
    Ok(path)
}

/// What the status line says of an export.
pub(super) fn saved(result: Result<PathBuf, WriteError>) -> String {
    match result {
        Ok(path) => format!(
            "saved the screen to {}",
            escape(&path.display().to_string())
        ),
        Err(e) => format!("could not save the screen: {e}"),
    }
}

/// Terminals cap what one clipboard sequence may carry; xterm's default is
/// about 100 000 bytes of base64.
const CLIPBOARD_MAX: usize = 64 * 1024;

/// Sends `text` to the terminal's clipboard with OSC 52 (base64, so nothing
/// in it can act as a control sequence); returns what the status line says.
/// A terminal that does not allow OSC 52 ignores it, which no program can
/// see: the message says so.
pub(super) fn copy(out: &mut impl Write, text: &str) -> io::Result<String> {
    let end = text.floor_char_boundary(CLIPBOARD_MAX);
    write!(out, "\x1b]52;c;{}\x07", STANDARD.encode(&text[..end]))?;
    out.flush()?;
    let cut = if end < text.len() {
        " (cut to 64 KiB)"
    } else {
        ""
    };
    Ok(format!(
        "copied {} characters to the clipboard{cut}, if the terminal allows it (OSC 52)",
        text[..end].chars().count()
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(h: u32, m: u32, s: u32) -> NaiveDateTime {
        chrono::NaiveDate::from_ymd_opt(2026, 11, 28)
            .unwrap()
            .and_hms_opt(h, m, s)
            .unwrap()
    }

    #[test]
    fn the_screen_is_saved_as_a_new_svg_named_by_time_and_pane() {
        let dir = tempfile::tempdir().unwrap();
        let app = App::embedded(None).unwrap();
        let area = Rect::new(0, 0, 120, 40);
        let first = save_screen(&app, area, dir.path(), at(17, 5, 1)).unwrap();
        assert_eq!(
            first.file_name().unwrap(),
            "tradewatch-2026-11-28-170501-tariffs.svg"
        );
        let svg = std::fs::read_to_string(&first).unwrap();
        assert!(
            svg.starts_with("<svg") && svg.contains("Geneva truce"),
            "{svg}"
        );
        let second = save_screen(&app, area, dir.path(), at(17, 5, 1)).unwrap();
        assert_eq!(
            second.file_name().unwrap(),
            "tradewatch-2026-11-28-170501-tariffs-2.svg"
        );
        assert_eq!(std::fs::read_to_string(&first).unwrap(), svg, "kept");
        assert!(saved(Ok(first)).starts_with("saved the screen to /"));
        let missing = save_screen(&app, area, &dir.path().join("gone"), at(1, 2, 3));
        assert!(saved(missing).starts_with("could not save the screen: cannot write"));
    }

    #[test]
    fn a_copy_is_one_osc_52_sequence_whatever_the_text() {
        let mut out = Vec::new();
        let said = copy(&mut out, "US 30% \x1b[31m “in force”").unwrap();
        let sent = String::from_utf8(out).unwrap();
        let body = sent
            .strip_prefix("\x1b]52;c;")
            .unwrap()
            .strip_suffix('\x07')
            .unwrap();
        assert!(!body.contains('\x1b'), "{sent:?}");
        let back = String::from_utf8(STANDARD.decode(body).unwrap()).unwrap();
        assert_eq!(back, "US 30% \x1b[31m “in force”");
        assert!(said.starts_with("copied 23 characters"), "{said}");
        let mut out = Vec::new();
        let said = copy(&mut out, &"é".repeat(CLIPBOARD_MAX)).unwrap();
        assert!(
            said.contains("cut to 64 KiB") && out.len() < CLIPBOARD_MAX * 2,
            "{said}"
        );
    }
}
