//! Every rule a briefing can break, one small file each in
//! tests/fixtures/invalid/, beside the one line `tradewatch check` prints for
//! it (`NAME.expected`, as run from the project folder); and
//! tests/fixtures/valid.toml, which breaks none of them.

use std::path::PathBuf;

use tradewatch::model::{Format, load_file, parse_str};

use crate::helpers::{run, stderr};

const FOLDER: &str = "tests/fixtures/invalid";
const EXPECTED: &str = ".expected";

/// Each broken file, named as from the project folder, with the line expected for it.
fn fixtures() -> Vec<(String, String)> {
    let mut names: Vec<String> = std::fs::read_dir(crate::helpers::project(FOLDER))
        .expect("the fixtures folder")
        .map(|e| {
            e.expect("a folder entry")
                .file_name()
                .into_string()
                .unwrap()
        })
        .collect();
    names.sort();
    let (expected, files): (Vec<_>, Vec<_>) = names.iter().partition(|n| n.ends_with(EXPECTED));
    for e in &expected {
        assert!(
            files.contains(&&e[..e.len() - EXPECTED.len()].to_owned()),
            "{e} has no fixture"
        );
    }
    files
        .into_iter()
        .map(|name| {
            let path = format!("{FOLDER}/{name}");
            let line = std::fs::read_to_string(crate::helpers::project(&(path.clone() + EXPECTED)))
                .unwrap_or_else(|_| panic!("{path} has no {EXPECTED} file"));
            (path, line.trim_end_matches('\n').to_owned())
        })
        .collect()
}

#[test]
fn each_broken_rule_is_refused_in_one_line_that_locates_it() {
    let fixtures = fixtures();
    assert!(!fixtures.is_empty());
    for (path, expected) in fixtures {
        assert!(
            expected.starts_with(&format!("{path}:")) && !expected.contains('\n'),
            "{path}{EXPECTED}: one line naming the file"
        );
        let err = load_file(&PathBuf::from(&path)).expect_err(&path);
        assert_eq!(err.to_string(), expected);
    }
}

#[test]
fn check_prints_that_line_alone_and_exits_2() {
    for (path, expected) in fixtures() {
        let out = run(&["check", &path]);
        assert_eq!(out.status.code(), Some(2), "{path}");
        assert_eq!(stderr(&out), format!("tradewatch: {expected}\n"));
        assert!(out.stdout.is_empty(), "{path}: nothing on stdout");
    }
}

#[test]
fn the_valid_fixture_breaks_no_rule() {
    // among others, evidence cut short with an ellipsis, and a quote verbatim
    let b = load_file(&crate::helpers::project("tests/fixtures/valid.toml"))
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(b.people.iter().any(|p| {
        p.evidence
            .article
            .as_deref()
            .is_some_and(|a| a.ends_with('…'))
    }));
}

#[test]
fn a_file_name_is_shown_with_its_control_characters_escaped() {
    let err = parse_str("title = 3", "b\u{1b}[2J.toml", Format::Toml)
        .unwrap_err()
        .to_string();
    assert!(!err.contains(|c: char| c.is_control()), "{err:?}");
    assert!(err.starts_with("b\\u{1b}[2J.toml:1:9: "), "{err}");
}

#[test]
fn a_missing_file_cannot_be_read() {
    let err = load_file(&crate::helpers::project("tests/fixtures/nope.toml")).unwrap_err();
    assert!(err.to_string().contains("cannot read"), "{err}");
}
