//! Every input the fuzz targets (fuzz/fuzz_targets) ever failed on, minimised
//! and saved under tests/fuzz/TARGET/, replayed through the same property on
//! stable: one test per target, naming each input that still fails.

#[path = "common/checks.rs"]
mod checks;

use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};

/// The saved inputs of `target`, sorted; none when it never failed.
fn inputs(target: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fuzz")
        .join(target);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .map(|e| e.expect("a readable folder entry").path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
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
