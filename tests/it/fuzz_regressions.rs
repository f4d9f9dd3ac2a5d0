//! Every input the fuzz targets (fuzz/fuzz_targets) ever failed on, minimised
//! and saved under tests/fuzz/TARGET/, replayed through the same property on
//! stable: one test per target, naming each input that still fails.

use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use crate::fuzz_properties as checks;
use crate::helpers::project;

/// The saved inputs of `target`, sorted. Every target has failed at least
/// once, so an empty or missing folder means the inputs were lost.
fn inputs(target: &str) -> Vec<PathBuf> {
    let dir = project("tests/fuzz").join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("a readable folder entry").path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no saved inputs in {}", dir.display());
    files
}

/// Runs `check` on every saved input of `target`; fails naming each input
/// whose property fails, with its message.
fn replay(target: &str, check: fn(&[u8])) {
    let mut failures = Vec::new();
    for path in inputs(target) {
        let data = std::fs::read(&path).expect("a readable input");
        if let Err(payload) = panic::catch_unwind(AssertUnwindSafe(|| check(&data))) {
            let message = payload
                .downcast_ref::<String>()
                .map(String::as_str)
                .or_else(|| payload.downcast_ref::<&str>().copied())
                .unwrap_or("(no message)");
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            failures.push(format!("{target}/{name}: {message}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn load_inputs_hold() {
    replay("load", checks::check_load);
}

#[test]
fn ingest_inputs_hold() {
    replay("ingest", checks::check_ingest);
}

#[test]
fn render_inputs_hold() {
    replay("render", checks::check_render);
}

/// Each saved input is listed, with what it was, in tests/fuzz/README.md.
#[test]
fn every_saved_input_is_explained() {
    let readme = std::fs::read_to_string(project("tests/fuzz/README.md")).unwrap();
    for target in ["load", "ingest", "render"] {
        for path in inputs(target) {
            let name = path.file_name().unwrap().to_str().unwrap();
            assert!(
                readme.contains(&format!("| `{name}` |")),
                "tests/fuzz/README.md does not list {target}/{name}"
            );
        }
    }
}

/// The properties hold on the real data the corpora are seeded with, so a
/// failing fuzz input is a finding, not a property that never held.
#[test]
fn seeds_hold() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for name in ["assets/briefing.toml", "assets/after_busan.toml"] {
        let text = std::fs::read_to_string(root.join(name)).expect("an asset");
        checks::check_load(text.as_bytes());
        let briefing = tradewatch::model::parse_str(&text, name, tradewatch::model::Format::Toml)
            .expect("an embedded briefing loads");
        let json = serde_json::to_string(&briefing).expect("a briefing serialises to JSON");
        tradewatch::model::parse_str(&json, name, tradewatch::model::Format::Json)
            .expect("its JSON loads");
        checks::check_load(json.as_bytes());
    }
    let article = std::fs::read(root.join("tests/corpus/00_ft_seed.txt")).expect("an article");
    checks::check_ingest(&article);
    checks::check_render(&[80, 0, 24, 3, 0, 11, 12]);
}
