//! Scores the article extractor on the annotated corpus in tests/corpus and
//! prints precision and recall per category.
//!
//!     cargo run --example eval               # the summary table
//!     cargo run --example eval -- --details  # and per-article misses, development sets only
//!     cargo run --example eval -- --details --heldout   # the held-out sets' misses too
//!     cargo run --example eval -- --readme   # write the summary into README.md

use std::path::Path;
use std::process::ExitCode;

// the harness lives with the tests that hold its corpus; it is not part of the library
#[path = "../tests/it/eval_harness.rs"]
mod eval;

const README_START: &str = "<!-- eval-table -->\n";
const README_END: &str = "<!-- /eval-table -->";

fn main() -> ExitCode {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let args: Vec<String> = std::env::args().skip(1).collect();
    let run = || -> Result<String, String> {
        if args.iter().any(|a| a == "--details") {
            // the held-out sets' misses are not for tuning: shown only on request
            let heldout = args.iter().any(|a| a == "--heldout");
            for (dir, _) in eval::SETS
                .iter()
                .filter(|(d, _)| heldout || !d.contains("heldout"))
            {
                let corpus = eval::load_corpus(&root.join(dir))?;
                println!("{}", eval::details(&eval::evaluate(&corpus).0));
                for article in &corpus {
                    println!("{}", eval::misses(article));
                }
            }
        }
        eval::tables(root)
    };
    let tables = match run() {
        Ok(tables) => tables,
        Err(e) => {
            eprintln!("eval: {e}");
            return ExitCode::from(2);
        }
    };
    print!("{tables}");
    if args.iter().any(|a| a == "--readme") {
        let path = root.join("README.md");
        let readme = std::fs::read_to_string(&path).unwrap_or_default();
        let (Some(start), Some(end)) = (readme.find(README_START), readme.find(README_END)) else {
            eprintln!("eval: README.md has no {README_START:?} … {README_END:?} block");
            return ExitCode::from(2);
        };
        let updated = format!(
            "{}{README_START}{tables}{}",
            &readme[..start],
            &readme[end..]
        );
        if let Err(e) = std::fs::write(&path, updated) {
            eprintln!("eval: {}: {e}", path.display());
            return ExitCode::from(1);
        }
    }
    ExitCode::SUCCESS
}
