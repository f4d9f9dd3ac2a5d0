use std::process::ExitCode;

use clap::Parser;
use tradewatch::cli::{Cli, run};

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        // --help and --version print in full; usage errors in one line
        Err(e) if !e.use_stderr() => e.exit(),
        Err(e) => {
            let message = e.to_string();
            let mut lines = message.lines();
            let first = lines
                .next()
                .unwrap_or_default()
                .trim_start_matches("error: ");
            // clap lists the accepted values on a line of their own
            match lines.find(|l| l.contains("[possible values:")) {
                Some(values) => eprintln!("tradewatch: {first} {}", values.trim()),
                None => eprintln!("tradewatch: {first}"),
            }
            return ExitCode::from(2);
        }
    };
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("tradewatch: {e}");
            e.exit_code()
        }
    }
}
