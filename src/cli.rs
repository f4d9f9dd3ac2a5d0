//! The command line (clap) and what each command does.

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Parser, Subcommand};
use thiserror::Error;

use crate::app::App;
use crate::model::{self, Briefing, LoadError};
use crate::terminal::{self, TerminalError};

#[derive(Debug, Parser)]
#[command(
    name = "tradewatch",
    version,
    about,
    args_conflicts_with_subcommands = true
)]
/// A terminal dashboard of the US–China trade tensions of autumn 2025.
///
/// With no FILE it opens the embedded briefing (as of Sat 25 Oct 2025).
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// A briefing file to open (TOML, or JSON by its .json extension).
    pub file: Option<PathBuf>,
    /// Count the header's countdowns from this day (YYYY-MM-DD, or "today")
    /// instead of the briefing's as-of date.
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub now: Option<NaiveDate>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate a briefing file without opening the dashboard (exit 0 when valid).
    Check {
        /// The briefing file (TOML, or JSON by its .json extension).
        file: PathBuf,
    },
}

/// Why a command failed; each maps to an exit status.
#[derive(Debug, Error)]
pub enum CliError {
    #[error(transparent)]
    Load(#[from] LoadError),
    #[error(transparent)]
    Terminal(#[from] TerminalError),
}

impl CliError {
    /// 2 for bad input or usage, 1 for a failure at run time.
    pub fn exit_code(&self) -> ExitCode {
        match self {
            CliError::Load(_) | CliError::Terminal(TerminalError::NotATerminal) => {
                ExitCode::from(2)
            }
            CliError::Terminal(TerminalError::Io(_)) => ExitCode::from(1),
        }
    }
}

fn parse_day(text: &str) -> Result<NaiveDate, String> {
    if text.eq_ignore_ascii_case("today") {
        return Ok(chrono::Local::now().date_naive());
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| format!("`{text}` is not a date like 2025-10-25 or `today`"))
}

fn load(file: Option<&PathBuf>) -> Result<Briefing, LoadError> {
    match file {
        Some(path) => model::load_file(path),
        None => model::default_briefing(),
    }
}

/// Runs the parsed command line.
pub fn run(cli: Cli) -> Result<(), CliError> {
    match cli.command {
        Some(Command::Check { file }) => {
            let b = model::load_file(&file)?;
            println!(
                "{}: ok ({} tariffs, {} stops, {} quotes, {} events, {} people)",
                file.display(),
                b.tariffs.len(),
                b.stops.len(),
                b.quotes.len(),
                b.events.len(),
                b.people.len()
            );
            Ok(())
        }
        None => {
            let briefing = load(cli.file.as_ref())?;
            let mut app = App::new(briefing, cli.now);
            terminal::run(&mut app)?;
            Ok(())
        }
    }
}
