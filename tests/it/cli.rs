//! The binary's command line: exit statuses and one-line errors. These run the
//! built binary with its output piped, so no terminal is needed. (The dashboard
//! judges the terminal before reading any file: e2e checks a bad file in a pty,
//! and `invalid_briefings` what `check` says of each broken rule.)

use std::process::Command;

use tradewatch::model::{DEFAULT_TOML, default_briefing};

use crate::helpers::{Scratch, project, run, run_in, stderr, stdout};

/// The escape character, for checking that none reaches the terminal.
const ESC: char = '\u{1b}';

#[test]
fn check_accepts_the_default_briefing_and_counts_what_it_holds() {
    let out = run(&["check", "assets/briefing.toml"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let b = default_briefing().unwrap();
    assert_eq!(
        stdout(&out),
        format!(
            "assets/briefing.toml: ok ({} tariffs, {} stops, {} quotes, {} events, {} people)\n",
            b.tariffs.len(),
            b.stops.len(),
            b.quotes.len(),
            b.events.len(),
            b.people.len()
        )
    );
}

#[test]
fn without_a_terminal_the_dashboard_refuses_in_one_line() {
    let out = run(&[]);
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
    assert_eq!(run(&["--now", "someday"]).status.code(), Some(2));
    assert_eq!(run(&["check"]).status.code(), Some(2));
    assert_eq!(
        run(&["check", "/nonexistent/briefing.toml"]).status.code(),
        Some(2)
    );
    let help = run(&["--help"]);
    assert_eq!(help.status.code(), Some(0));
    assert!(stdout(&help).contains("--now <DATE>"));
    assert!(stdout(&run(&["--version"])).starts_with("tradewatch "));
}

#[test]
fn snapshot_writes_each_format_and_refuses_bad_arguments_in_one_line() {
    let out = run(&["snapshot", "--size", "80x24", "--keys", "Tab Down Enter"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let txt = String::from_utf8(out.stdout).unwrap();
    let stops = default_briefing().unwrap().stops.len();
    assert!(
        txt.contains(&format!("Stop 2 of {stops}: Kuala Lumpur")),
        "{txt}"
    );
    assert_eq!(txt.lines().count(), 24);

    let dir = Scratch::new();
    let out = run_in(
        dir.path(),
        &["snapshot", "--format", "svg", "-o", "shot.svg"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let svg = std::fs::read_to_string(dir.path().join("shot.svg")).unwrap();
    assert!(svg.starts_with("<svg"));

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
        let out = run(&[&["snapshot"], &args[..]].concat());
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "one line for {args:?}: {err}");
        assert!(err.contains(says), "{args:?}: {err}");
    }
}

#[test]
fn special_files_are_refused_at_once_in_one_line() {
    let dir = Scratch::new();
    let fifo = dir.path().join("fifo.toml");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
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
        let out = run_in(dir.path(), &args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "one line for {args:?}: {err}");
        assert!(err.contains(says), "{args:?}: {err}");
    }
}

#[test]
fn a_folder_skips_links_out_of_it_special_files_and_bad_files_and_says_why() {
    let dir = Scratch::new();
    let d = dir.path();
    dir.file("a.toml", DEFAULT_TOML);
    dir.file("b.toml", "title = 3");
    std::os::unix::fs::symlink("/etc/passwd", d.join("passwd.txt")).unwrap();
    std::os::unix::fs::symlink("a.toml", d.join("same.toml")).unwrap();
    assert!(
        Command::new("mkfifo")
            .arg(d.join("pipe.txt"))
            .status()
            .unwrap()
            .success()
    );
    dir.file("notes.md", "# notes");
    dir.file(".hidden.toml", "junk");

    let out = run_in(d, &["snapshot", ".", "--format", "html"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let html = String::from_utf8(out.stdout).unwrap();
    assert!(!html.contains("root:"), "nothing of /etc/passwd is shown");
    let out = run_in(d, &["snapshot", "."]);
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
    let out = run_in(d, &["check", "."]);
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
    let dir = Scratch::new();
    let d = dir.path();
    let value = project("tests/fixtures/invalid/control_characters_in_a_value.toml");
    let name = "\u{1b}[2J\u{1b}]52;c;aGk=\u{7}.toml";
    dir.file(name, "title = 3");
    for (args, says) in [
        (
            vec!["check", value.to_str().unwrap()],
            "u\\u{1b}]0;TITLE\\u{7}s",
        ),
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
        let out = run_in(d, &args);
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
    let dir = Scratch::new();
    let name = "a\nb\u{1b}[31m.txt";
    dir.file(
        name,
        std::fs::read(project("tests/corpus/00_ft_seed.txt")).unwrap(),
    );
    let out = run_in(dir.path(), &["ingest", name, "--date", "2025-10-25"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let draft = String::from_utf8(out.stdout).unwrap();
    assert!(
        draft.starts_with(
            "# A draft briefing read by `tradewatch ingest` from a\\nb\\u{1b}[31m.txt.\n"
        ),
        "{draft}"
    );
    dir.file("draft.toml", &draft);
    let out = run_in(dir.path(), &["check", "draft.toml"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

#[test]
fn output_never_overwrites_an_input_nor_leaves_a_partial_file() {
    let dir = Scratch::new();
    let d = dir.path();
    dir.file("a.toml", DEFAULT_TOML);
    std::fs::create_dir(d.join("folder")).unwrap();
    dir.file("folder/b.toml", DEFAULT_TOML);
    for (args, target) in [
        (vec!["snapshot", "a.toml", "-o", "a.toml"], "a.toml"),
        (vec!["snapshot", "a.toml", "-o", "./a.toml"], "a.toml"),
        (
            vec!["snapshot", "folder", "-o", "folder/b.toml"],
            "folder/b.toml",
        ),
    ] {
        let out = run_in(d, &args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            stderr(&out).contains("is one of the files read; refusing to write over it"),
            "{}",
            stderr(&out)
        );
        let kept = std::fs::read_to_string(d.join(target)).unwrap();
        assert_eq!(kept, DEFAULT_TOML, "{target} is intact");
    }

    // a write that fails half way (a file size limit, as a full disk would)
    // leaves the old file whole and no temporary file
    dir.file("out.svg", "old picture");
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

#[test]
fn completions_are_a_script_bash_accepts_and_man_is_a_page() {
    let out = run(&["completions", "bash"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let dir = Scratch::new();
    let script = dir.path().join("tradewatch.bash");
    std::fs::write(&script, &out.stdout).unwrap();
    let checked = Command::new("bash")
        .arg("-n")
        .arg(&script)
        .output()
        .unwrap();
    assert!(checked.status.success(), "{}", stderr(&checked));
    assert!(stdout(&out).contains("snapshot"));
    let man = run(&["man"]);
    assert!(man.status.success());
    assert!(stdout(&man).contains(".TH tradewatch"), "{}", stdout(&man));
    let bad = run(&["completions", "tcsh"]);
    assert_eq!(bad.status.code(), Some(2));
}
