use std::process::ExitCode;

use clap::Parser;
use tradewatch::cli::{Cli, run};

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("tradewatch: {e}");
            e.exit_code()
        }
    }
}
