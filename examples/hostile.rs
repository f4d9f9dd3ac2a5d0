//! Writes the hostile article shapes (`tradewatch::ingest::hostile`) to a
//! folder, to time `tradewatch ingest` on them:
//!
//!     cargo run --release --example hostile -- /tmp/hostile [BYTES]
//!     for f in /tmp/hostile/*.txt; do
//!         /usr/bin/time -f "%e s %M KB $f" target/release/tradewatch ingest "$f" --date 2025-10-25 >/dev/null
//!     done
//!
//! BYTES defaults to the input limit, 4 MiB.

use std::path::PathBuf;
use std::process::ExitCode;

use tradewatch::ingest::{MAX_BYTES, hostile};

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next().map(PathBuf::from) else {
        eprintln!("usage: hostile FOLDER [BYTES]");
        return ExitCode::from(2);
    };
    let size = match args.next().map(|a| a.parse::<usize>()) {
        None => MAX_BYTES,
        Some(Ok(size)) => size,
        Some(Err(e)) => {
            eprintln!("hostile: BYTES: {e}");
            return ExitCode::from(2);
        }
    };
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let run = || -> std::io::Result<()> {
        let seed = std::fs::read_to_string(root.join("tests/corpus/00_ft_seed.txt"))?;
        std::fs::create_dir_all(&dir)?;
        for (name, text) in hostile::articles(size, &seed) {
            let path = dir.join(format!("{}.txt", name.replace(' ', "_")));
            std::fs::write(&path, text)?;
            println!("{}", path.display());
        }
        Ok(())
    };
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("hostile: {}: {e}", dir.display());
            ExitCode::FAILURE
        }
    }
}
