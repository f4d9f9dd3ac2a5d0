//! The configuration file, through the command line.

use crate::helpers::{NO_CONFIG, Scratch, project, run_with, stderr, stdout};

fn config(dir: &Scratch, text: &str) -> String {
    let path = dir.path().join("config.toml");
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

#[test]
fn config_prints_the_file_in_use_and_every_setting() {
    let dir = Scratch::new();
    let path = config(
        &dir,
        "theme = \"light\"\nmouse = false\nfiles = [\"briefings\", \"~/b.toml\"]\nnow = \"2025-11-03\"\nexport_dir = \"/tmp\"\n",
    );
    let home = [("HOME", Some("/home/someone"))];
    let out = run_with(&project(""), &["config", "--config", &path], &home);
    assert!(out.status.success(), "{}", stderr(&out));
    let folder = dir.path().display();
    assert_eq!(
        stdout(&out),
        format!(
            "# configuration: {path}\ntheme = \"light\"\nmouse = false\nfiles = [\"{folder}/briefings\", \"/home/someone/b.toml\"]\nnow = \"2025-11-03\"\nexport_dir = \"/tmp\"\n"
        )
    );
    // the same file through the environment
    let env = run_with(
        &project(""),
        &["config"],
        &[("TRADEWATCH_CONFIG", Some(&path)), home[0]],
    );
    assert_eq!(stdout(&env), stdout(&out));
    // and none at all: the XDG default, not there
    let none = run_with(&project(""), &["config"], &[]);
    assert!(none.status.success());
    assert!(
        stdout(&none).starts_with(&format!(
            "# configuration: {NO_CONFIG}/tradewatch/config.toml (not there: the defaults)\n# theme: unset, auto (mono when NO_COLOR is set)\nmouse = true\n"
        )),
        "{}",
        stdout(&none)
    );
}

#[test]
fn unknown_keys_and_bad_values_are_errors_at_their_place() {
    let dir = Scratch::new();
    for (text, want) in [
        (
            "mouse = true\ncolour = \"red\"\n",
            ":2:1: unknown field `colour`",
        ),
        (
            "mouse = \"yes\"\n",
            ":1:9: invalid type: string \"yes\", expected a boolean",
        ),
        (
            "now = \"soon\"\n",
            ":1:7: `soon` is not a date like 2025-10-25 or `today`",
        ),
        ("mouse = \n", ":1:9:"),
        ("theme = \"sepia\"\n", ":1:9: unknown variant `sepia`"),
    ] {
        let path = config(&dir, text);
        let out = run_with(&project(""), &["config", "--config", &path], &[]);
        assert_eq!(out.status.code(), Some(2), "{text}");
        let err = stderr(&out);
        assert!(err.contains(&format!("{path}{want}")), "{text}: {err}");
        assert_eq!(err.lines().count(), 1, "{err}");
    }
    let missing = dir.path().join("missing.toml").display().to_string();
    let out = run_with(&project(""), &["config", "--config", &missing], &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("missing.toml: cannot read"),
        "{}",
        stderr(&out)
    );
}
