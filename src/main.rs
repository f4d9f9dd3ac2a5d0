use std::process::ExitCode;

use clap::Parser;
use tradewatch::cli::{Cli, run};
use tradewatch::model::escape;

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
            // clap quotes the argument given, which may hold escape sequences
            match lines.find(|l| l.contains("[possible values:")) {
                Some(values) => eprintln!("tradewatch: {} {}", escape(first), values.trim()),
                None => eprintln!("tradewatch: {}", escape(first)),
            }
            return ExitCode::from(2);
        }
    };
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // messages quote file names and values from the input
            eprintln!("tradewatch: {}", escape(&e.to_string()));
            e.exit_code()
        }
    }
}
