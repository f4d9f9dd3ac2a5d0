//! Live reload in a real terminal: the briefing file edited, broken and fixed
//! while the dashboard shows it.

use super::{FOOTER_END, Session, last_row, text_of};
use crate::helpers::{Scratch, words};
use crate::reload::titled;

#[test]
fn an_edit_shows_a_break_keeps_the_screen_with_an_error_line_a_fix_clears_it() {
    let dir = Scratch::new();
    let file = dir.file("b.toml", titled("First title"));
    let tw = Session::spawn(&[file.to_str().expect("a UTF-8 path")], 120, 40);
    tw.wait_for_footer(FOOTER_END);
    tw.assert_shows("First title");

    std::fs::write(&file, titled("Second title")).unwrap();
    tw.wait_for("the new title", |s| text_of(s).contains("Second title"));

    let broken = titled("Broken title").replacen("as_of = ", "as_of = = ", 1);
    std::fs::write(&file, broken).unwrap();
    let at = format!("{}:2:", file.display());
    tw.wait_for("the error line", |s| last_row(s).contains(&at));
    tw.assert_shows("Second title");

    std::fs::write(&file, titled("Fixed title")).unwrap();
    tw.wait_for("the error cleared", |s| {
        text_of(s).contains("Fixed title") && words(&last_row(s)).contains(FOOTER_END)
    });
}
