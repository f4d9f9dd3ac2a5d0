//! The command line (clap) and what each command does.

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Parser, Subcommand};
use thiserror::Error;

use std::io::Write;

use crate::app::App;
use crate::export::{self, ExportError, Format, SnapshotSize};
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
    /// Draw the dashboard without a terminal, after replaying keys, and write
    /// it as text, ANSI text, SVG or HTML. The same inputs give the same bytes.
    Snapshot {
        /// A briefing file; the embedded one when absent.
        file: Option<PathBuf>,
        /// The terminal size to draw at.
        #[arg(long, value_name = "COLSxROWS", default_value = "120x40")]
        size: SnapshotSize,
        #[arg(long, value_enum, default_value_t = Format::Txt)]
        format: Format,
        /// Keys to press first, named as in the help popup, e.g. "Tab Down Enter".
        #[arg(long, value_name = "KEYS", default_value = "", value_parser = parse_keys)]
        keys: Keys,
        /// Count the countdowns from this day (YYYY-MM-DD, or "today").
        #[arg(long, value_name = "DATE", value_parser = parse_day)]
        now: Option<NaiveDate>,
        /// Write here instead of to standard output.
        #[arg(short, long, value_name = "PATH")]
        output: Option<PathBuf>,
    },
}

/// A checked key sequence.
#[derive(Debug, Clone)]
pub struct Keys(pub Vec<String>);

fn parse_keys(text: &str) -> Result<Keys, ExportError> {
    export::parse_keys(text).map(Keys)
}

/// Why a command failed; each maps to an exit status.
#[derive(Debug, Error)]
pub enum CliError {
    #[error(transparent)]
    Load(#[from] LoadError),
    #[error(transparent)]
    Terminal(#[from] TerminalError),
    #[error("cannot write {path}: {source}")]
    Write {
        path: String,
        #[source]
        source: std::io::Error,
    },
}

impl CliError {
    /// 2 for bad input or usage, 1 for a failure at run time.
    pub fn exit_code(&self) -> ExitCode {
        match self {
            CliError::Load(_)
            | CliError::Terminal(TerminalError::NotATerminal)
            | CliError::Write { .. } => ExitCode::from(2),
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
        Some(Command::Snapshot {
            file,
            size,
            format,
            keys,
            now,
            output,
        }) => {
            let app = App::new(load(file.as_ref())?, now);
            let text = export::render(&export::frame(app, size.0, &keys.0), format);
            match output {
                Some(path) => std::fs::write(&path, text).map_err(|source| CliError::Write {
                    path: path.display().to_string(),
                    source,
                }),
                None => std::io::stdout()
                    .write_all(text.as_bytes())
                    .map_err(|source| CliError::Write {
                        path: "standard output".into(),
                        source,
                    }),
            }
        }
        None => {
            let briefing = load(cli.file.as_ref())?;
            let mut app = App::new(briefing, cli.now);
            terminal::run(&mut app)?;
            Ok(())
        }
    }
}
