//! The binary's command line: exit statuses and one-line errors. These run the
//! built binary with its output piped, so no terminal is needed.

use std::process::{Command, Output};

mod common;
use common::Scratch;

fn tradewatch(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tradewatch"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn check_accepts_the_default_briefing() {
    let out = tradewatch(&["check", "assets/briefing.toml"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains(
            "assets/briefing.toml: ok (7 tariffs, 5 stops, 3 quotes, 14 events, 11 people)"
        ),
        "{stdout}"
    );
}

#[test]
fn a_malformed_briefing_gets_one_located_line_and_status_2() {
    // Tokyo is the third stop, after Doha and Kuala Lumpur
    assert_eq!(
        tradewatch::model::DEFAULT_TOML
            .matches("lat = 35.6762")
            .count(),
        1
    );
    let bad = tradewatch::model::DEFAULT_TOML.replacen("lat = 35.6762", "lat = 135.6762", 1);
    let line = bad[..bad.find("lat = 135.6762").unwrap()]
        .matches('\n')
        .count()
        + 1;
    let file = Scratch::new("bad.toml", &bad);
    // The dashboard judges the terminal before reading files: with its output
    // piped it says so (tests/e2e.rs checks a bad file in a pty).
    let out = tradewatch(&["check", file.arg()]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    let expected = format!(
        "tradewatch: {}:{line}:7: stops[2].lat: latitude 135.6762 is off the globe",
        file.arg()
    );
    assert!(err.starts_with(&expected), "{err}\nexpected {expected}");
    assert!(out.stdout.is_empty(), "nothing on stdout, no escape codes");
}

#[test]
fn a_syntax_error_is_located_too() {
    let file = Scratch::new("syntax.toml", "title = \"x\"\nas_of = 2025-13-45\n");
    let out = tradewatch(&["check", file.arg()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).starts_with(&format!("tradewatch: {}:2:9: ", file.arg())),
        "{}",
        stderr(&out)
    );
}

#[test]
fn without_a_terminal_the_dashboard_refuses_in_one_line() {
    let out = tradewatch(&[]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("not a terminal"), "{err}");
    assert!(
        out.stdout.is_empty(),
        "no escape codes written into the pipe"
    );
}

#[test]
fn usage_errors_exit_2_and_help_exits_0() {
    assert_eq!(tradewatch(&["--now", "someday"]).status.code(), Some(2));
    assert_eq!(tradewatch(&["check"]).status.code(), Some(2));
    assert_eq!(
        tradewatch(&["check", "/nonexistent/briefing.toml"])
            .status
            .code(),
        Some(2)
    );
    let help = tradewatch(&["--help"]);
    assert_eq!(help.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&help.stdout).contains("--now <DATE>"));
    let version = tradewatch(&["--version"]);
    assert!(String::from_utf8_lossy(&version.stdout).starts_with("tradewatch "));
}

#[test]
fn snapshot_writes_each_format_and_refuses_bad_arguments_in_one_line() {
    let out = tradewatch(&["snapshot", "--size", "80x24", "--keys", "Tab Down Enter"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let txt = String::from_utf8(out.stdout).unwrap();
    assert!(txt.contains("Stop 2 of 5: Kuala Lumpur"), "{txt}");
    assert_eq!(txt.lines().count(), 24);

    let path = std::env::temp_dir().join(format!("tradewatch-cli-{}.svg", std::process::id()));
    let out = tradewatch(&["snapshot", "--format", "svg", "-o", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(std::fs::read_to_string(&path).unwrap().starts_with("<svg"));
    std::fs::remove_file(&path).unwrap();

    for (args, says) in [
        (vec!["--size", "0x0"], "size `0x0` is not COLSxROWS"),
        (
            vec!["--size", "5000x5000"],
            "size `5000x5000` is not COLSxROWS",
        ),
        (
            vec!["--format", "png"],
            "[possible values: txt, ansi, svg, html]",
        ),
        (vec!["--keys", "Tab Dwn"], "unknown key `Dwn`"),
        (
            vec!["-o", "/nonexistent/dir/x.svg"],
            "cannot write /nonexistent/dir/x.svg",
        ),
    ] {
        let out = tradewatch(&[&["snapshot"], &args[..]].concat());
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "one line for {args:?}: {err}");
        assert!(err.contains(says), "{args:?}: {err}");
    }
}
