//! The command line (clap) and what each command does.

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Parser, Subcommand};
use thiserror::Error;

use std::io::Write;

use crate::app::App;
use crate::export::{self, ExportError, Format, SnapshotSize};
use crate::ingest::{self, IngestError};
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
    /// Briefings to open (TOML, or JSON by the .json extension), news articles
    /// (any other text, read into briefings first), or folders of them; `b`
    /// switches between them.
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// The publication date of an article given as FILE, when its first lines
    /// do not say (`date: YYYY-MM-DD`).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_iso_day)]
    pub date: Option<NaiveDate>,
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
        /// Briefings, articles or folders; the embedded briefing when absent.
        #[arg(value_name = "FILE")]
        files: Vec<PathBuf>,
        /// The publication date of an article, when its first lines do not say.
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_iso_day)]
        date: Option<NaiveDate>,
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
    /// Read a news article and print a draft briefing drawn from it, every
    /// item with the sentence it came from, to check, correct and save.
    Ingest {
        /// The article: UTF-8 text, optionally starting with `date:`, `title:`
        /// and `source:` lines.
        file: PathBuf,
        /// The publication date, which relative dates are counted from, when
        /// the article's first lines do not say.
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_iso_day)]
        date: Option<NaiveDate>,
        #[arg(long, value_enum, default_value_t = BriefingFormat::Toml)]
        format: BriefingFormat,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum BriefingFormat {
    Toml,
    Json,
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
    #[error(transparent)]
    Ingest(#[from] IngestError),
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
            | CliError::Ingest(_)
            | CliError::Terminal(TerminalError::NotATerminal | TerminalError::Dumb(_))
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

fn parse_iso_day(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| format!("`{text}` is not a date like 2025-10-25"))
}

/// The briefings to show: the embedded ones when no file is named, else every
/// file named and every briefing or article in the folders named.
fn load_all(files: &[PathBuf], date: Option<NaiveDate>) -> Result<Vec<Briefing>, CliError> {
    if files.is_empty() {
        return Ok(model::embedded_briefings()?);
    }
    let mut out = Vec::new();
    for path in files {
        if path.is_dir() {
            let read_err = |source| LoadError::Read {
                file: path.display().to_string(),
                source,
            };
            let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
                .map_err(read_err)?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| {
                    p.extension()
                        .and_then(|e| e.to_str())
                        .is_some_and(|e| matches!(e, "toml" | "json" | "txt"))
                })
                .collect();
            entries.sort();
            for entry in entries {
                out.push(load(&entry, date)?);
            }
        } else {
            out.push(load(path, date)?);
        }
    }
    if out.is_empty() {
        return Err(CliError::Load(LoadError::Unreadable {
            file: files[0].display().to_string(),
            message: "holds no briefing (.toml, .json) or article (.txt)".into(),
        }));
    }
    Ok(out)
}

/// The dashboard's state on the briefings named (or the embedded one).
fn dashboard(
    files: &[PathBuf],
    date: Option<NaiveDate>,
    now: Option<NaiveDate>,
) -> Result<App, CliError> {
    Ok(App::new(
        load_all(files, date)?,
        model::history::default_history()?,
        now,
    ))
}

/// A briefing file, or an article read into one. A file is a briefing when it
/// is named .toml or .json or reads as TOML.
fn load(path: &PathBuf, date: Option<NaiveDate>) -> Result<Briefing, CliError> {
    let named_briefing = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("toml") || e.eq_ignore_ascii_case("json"));
    let reads_as_toml = || {
        std::fs::read_to_string(path)
            .is_ok_and(|text| !text.trim().is_empty() && text.parse::<toml::Table>().is_ok())
    };
    if named_briefing || reads_as_toml() {
        Ok(model::load_file(path)?)
    } else {
        Ok(ingest::ingest_file(path, date)?)
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
            files,
            date,
            size,
            format,
            keys,
            now,
            output,
        }) => {
            let app = dashboard(&files, date, now)?;
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
        Some(Command::Ingest { file, date, format }) => {
            let briefing = ingest::ingest_file(&file, date)?;
            let text = match format {
                BriefingFormat::Toml => format!(
                    "# A draft briefing read by `tradewatch ingest` from {}.\n# Check every item against its evidence before relying on it.\n\n{}",
                    file.display(),
                    toml::to_string_pretty(&briefing).expect("a briefing serialises to TOML")
                ),
                BriefingFormat::Json => {
                    serde_json::to_string_pretty(&briefing).expect("a briefing serialises to JSON")
                        + "\n"
                }
            };
            std::io::stdout()
                .write_all(text.as_bytes())
                .map_err(|source| CliError::Write {
                    path: "standard output".into(),
                    source,
                })
        }
        None => {
            // before any file is read: a pipe or a dumb terminal is told so at once
            terminal::check()?;
            let mut app = dashboard(&cli.files, cli.date, cli.now)?;
            terminal::run(&mut app)?;
            Ok(())
        }
    }
}
