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

// Files from anywhere: special files, links, sizes, escape sequences, output.

/// Runs the binary, killing it if it has not ended within ten seconds (the
/// cases here would hang or read forever without their fix).
fn tradewatch_in(dir: &std::path::Path, args: &[&str]) -> Output {
    use std::os::unix::process::ExitStatusExt;
    let child = Command::new(env!("CARGO_BIN_EXE_tradewatch"))
        .args(args)
        .current_dir(dir)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let pid = child.id() as libc::pid_t;
    let (done, finished) = std::sync::mpsc::channel::<()>();
    let watchdog = std::thread::spawn(move || {
        if finished
            .recv_timeout(std::time::Duration::from_secs(10))
            .is_err()
        {
            // SAFETY: kill has no memory effects; the child is not yet reaped
            unsafe { libc::kill(pid, libc::SIGKILL) };
        }
    });
    let out = child.wait_with_output().unwrap();
    let _ = done.send(());
    watchdog.join().unwrap();
    assert_ne!(
        out.status.signal(),
        Some(libc::SIGKILL),
        "`tradewatch {}` did not end",
        args.join(" ")
    );
    out
}

/// The escape character, for checking that none reaches the terminal.
const ESC: char = '\u{1b}';

#[test]
fn special_files_are_refused_at_once_in_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("fifo.toml");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    std::fs::copy("/dev/null", dir.path().join("unused")).ok();
    let sparse = dir.path().join("huge.dat");
    std::fs::File::create(&sparse)
        .unwrap()
        .set_len(5 << 30)
        .unwrap();
    let fifo = fifo.to_str().unwrap();
    let sparse = sparse.to_str().unwrap();
    for (args, says) in [
        (
            vec!["check", "/dev/zero"],
            "/dev/zero: is a device, not a regular file",
        ),
        (
            vec!["check", fifo],
            "fifo.toml: is a FIFO, not a regular file",
        ),
        (
            vec!["snapshot", fifo],
            "fifo.toml: is a FIFO, not a regular file",
        ),
        (
            vec!["snapshot", "/dev/urandom"],
            "is a device, not a regular file",
        ),
        (
            vec!["ingest", "/dev/zero", "--date", "2025-10-25"],
            "is a device",
        ),
        (vec!["ingest", fifo, "--date", "2025-10-25"], "is a FIFO"),
        (vec!["snapshot", sparse], "is larger than 8388608 bytes"),
        (
            vec!["ingest", sparse],
            "is larger than 4194304 bytes, the limit for an article",
        ),
        (
            vec!["check", sparse],
            "is larger than 8388608 bytes, the limit for a briefing",
        ),
    ] {
        let out = tradewatch_in(dir.path(), &args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "one line for {args:?}: {err}");
        assert!(err.contains(says), "{args:?}: {err}");
    }
}

#[test]
fn a_folder_skips_links_out_of_it_special_files_and_bad_files_and_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("a.toml"), tradewatch::model::DEFAULT_TOML).unwrap();
    std::fs::write(d.join("b.toml"), "title = 3").unwrap();
    std::os::unix::fs::symlink("/etc/passwd", d.join("passwd.txt")).unwrap();
    std::os::unix::fs::symlink("a.toml", d.join("same.toml")).unwrap();
    assert!(
        Command::new("mkfifo")
            .arg(d.join("pipe.txt"))
            .status()
            .unwrap()
            .success()
    );
    std::fs::write(d.join("notes.md"), "# notes").unwrap();
    std::fs::write(d.join(".hidden.toml"), "junk").unwrap();

    let out = tradewatch_in(d, &["snapshot", ".", "--format", "html"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let html = String::from_utf8(out.stdout).unwrap();
    assert!(!html.contains("root:"), "nothing of /etc/passwd is shown");
    let out = tradewatch_in(d, &["snapshot", "."]);
    let txt = String::from_utf8_lossy(&out.stdout);
    assert!(
        txt.lines().next().unwrap().ends_with("briefing 1/2"),
        "a.toml and the link to it: {txt}"
    );
    let err = stderr(&out);
    for says in [
        "skipped ./b.toml:1:9: invalid type",
        "skipped ./notes.md: not named .toml, .json (briefings) or .txt (articles)",
        "skipped ./passwd.txt: a link to a file outside the folder",
        "skipped ./pipe.txt: a FIFO, not a regular file",
    ] {
        assert!(err.contains(says), "{says}: {err}");
    }
    assert_eq!(err.lines().count(), 4, "{err}");

    // check is strict: the bad briefing, the link out and the FIFO fail it
    let out = tradewatch_in(d, &["check", "."]);
    assert_eq!(out.status.code(), Some(2));
    let ok = String::from_utf8_lossy(&out.stdout);
    assert_eq!(ok.lines().count(), 2, "a.toml and same.toml: {ok}");
    assert!(
        stderr(&out).ends_with("tradewatch: 3 of the files in . did not load\n"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn escape_sequences_in_values_names_and_keys_are_shown_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let hostile = tradewatch::model::DEFAULT_TOML.replacen(
        "imposer = \"us\"",
        "imposer = \"u\\u001b]0;TITLE\\u0007s\"",
        1,
    );
    assert_ne!(hostile, tradewatch::model::DEFAULT_TOML);
    std::fs::write(d.join("value.toml"), hostile).unwrap();
    let name = "\u{1b}[2J\u{1b}]52;c;aGk=\u{7}.toml";
    std::fs::write(d.join(name), "title = 3").unwrap();
    for (args, says) in [
        (vec!["check", "value.toml"], "u\\u{1b}]0;TITLE\\u{7}s"),
        (
            vec!["check", name],
            "\\u{1b}[2J\\u{1b}]52;c;aGk=\\u{7}.toml:1:9",
        ),
        (
            vec!["check", "missing\u{1b}[31m.toml"],
            "missing\\u{1b}[31m.toml",
        ),
        (
            vec!["snapshot", "--keys", "\u{1b}]0;T\u{7}x"],
            "unknown key `\\u{1b}]0;T\\u{7}x`",
        ),
        (
            vec!["snapshot", "--keys", "\u{9b}2J"],
            "unknown key `\\u{9b}2J`",
        ),
        (
            vec!["snapshot", "--size", "\u{1b}c"],
            "size `\\u{1b}c` is not",
        ),
        (vec!["--now", "\u{9b}31m"], "`\\u{9b}31m`"),
    ] {
        let out = tradewatch_in(d, &args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = stderr(&out);
        assert!(
            !err.contains(ESC) && !err.contains('\u{7}') && !err.contains('\u{9b}'),
            "{err:?}"
        );
        assert!(err.contains(says), "{args:?}: {err}");
    }
}

#[test]
fn an_article_named_with_escapes_gives_a_draft_that_checks() {
    let dir = tempfile::tempdir().unwrap();
    let name = "a\nb\u{1b}[31m.txt";
    let seed = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus/00_ft_seed.txt");
    let seed = std::fs::read_to_string(seed).unwrap();
    std::fs::write(dir.path().join(name), seed).unwrap();
    let out = tradewatch_in(dir.path(), &["ingest", name, "--date", "2025-10-25"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let draft = String::from_utf8(out.stdout).unwrap();
    assert!(
        draft.starts_with(
            "# A draft briefing read by `tradewatch ingest` from a\\nb\\u{1b}[31m.txt.\n"
        ),
        "{draft}"
    );
    std::fs::write(dir.path().join("draft.toml"), &draft).unwrap();
    let out = tradewatch_in(dir.path(), &["check", "draft.toml"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

#[test]
fn output_never_overwrites_an_input_nor_leaves_a_partial_file() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("a.toml"), tradewatch::model::DEFAULT_TOML).unwrap();
    std::fs::create_dir(d.join("folder")).unwrap();
    std::fs::write(d.join("folder/b.toml"), tradewatch::model::DEFAULT_TOML).unwrap();
    for (args, target) in [
        (vec!["snapshot", "a.toml", "-o", "a.toml"], "a.toml"),
        (vec!["snapshot", "a.toml", "-o", "./a.toml"], "a.toml"),
        (
            vec!["snapshot", "folder", "-o", "folder/b.toml"],
            "folder/b.toml",
        ),
    ] {
        let out = tradewatch_in(d, &args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            stderr(&out).contains("is one of the files read; refusing to write over it"),
            "{}",
            stderr(&out)
        );
        let kept = std::fs::read_to_string(d.join(target)).unwrap();
        assert_eq!(kept, tradewatch::model::DEFAULT_TOML, "{target} is intact");
    }

    // a write that fails half way (a file size limit, as a full disk would)
    // leaves the old file whole and no temporary file
    std::fs::write(d.join("out.svg"), "old picture").unwrap();
    let exe = env!("CARGO_BIN_EXE_tradewatch");
    let out = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "trap '' XFSZ; ulimit -f 8; exec '{exe}' snapshot --format svg -o out.svg"
        ))
        .current_dir(d)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("cannot write out.svg: File too large"),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        std::fs::read_to_string(d.join("out.svg")).unwrap(),
        "old picture"
    );
    let mut names: Vec<_> = std::fs::read_dir(d)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    names.sort();
    assert_eq!(names, ["a.toml", "folder", "out.svg"]);
}
