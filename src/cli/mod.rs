//! The command line (clap) and what each command does.

pub mod config;
pub mod inputs;
pub mod live;
mod shell;
pub mod theme;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Parser, Subcommand};
use thiserror::Error;

use std::io::Write;

use crate::dashboard::App;
use crate::ingest::{self, IngestError};
use crate::model::write::{WriteError, write_atomic};
use crate::model::{self, Briefing, LoadError, escape};
use crate::snapshot::{self, ExportError, Format, SnapshotSize};
use crate::terminal::{self, TerminalError};
use config::{Config, ConfigError, Source};
use inputs::{InputError, Inputs};
use theme::ThemeChoice;

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
    /// Leave the mouse to the terminal (its own selection and copy) instead
    /// of clicking panes and rows and scrolling lists with it.
    #[arg(long, overrides_with = "mouse")]
    pub no_mouse: bool,
    /// Take the mouse even if the configuration file says not to.
    #[arg(long, overrides_with = "no_mouse")]
    pub mouse: bool,
    /// The configuration file to read instead of $TRADEWATCH_CONFIG or
    /// ~/.config/tradewatch/config.toml.
    #[arg(long, value_name = "PATH")]
    pub config: Option<PathBuf>,
    /// The colours: for a dark or a light background, or none (mono); auto
    /// asks the terminal its background. Default: the configuration's, else
    /// mono if NO_COLOR is set, else auto.
    #[arg(long, value_enum, value_name = "THEME")]
    pub theme: Option<ThemeChoice>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate a briefing file, or every briefing and article in a folder,
    /// without opening the dashboard (exit 0 when all are valid).
    Check {
        /// The briefing file (TOML, or JSON by its .json extension), or a folder.
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
        /// Keys to press first, named as in the help popup, e.g. "Tab Down Enter";
        /// text in double quotes is typed, e.g. '/ "glass" Enter'.
        #[arg(long, value_name = "KEYS", default_value = "", value_parser = parse_keys)]
        keys: Keys,
        /// Count the countdowns from this day (YYYY-MM-DD, or "today").
        #[arg(long, value_name = "DATE", value_parser = parse_day)]
        now: Option<NaiveDate>,
        /// Write here instead of to standard output.
        #[arg(short, long, value_name = "PATH")]
        output: Option<PathBuf>,
        /// The colours; pictures take the theme's background too. Default:
        /// mono if NO_COLOR is set, else dark (auto is dark: a snapshot does
        /// not depend on the terminal).
        #[arg(long, value_enum, value_name = "THEME")]
        theme: Option<ThemeChoice>,
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
    /// Print a completion script for a shell, e.g.
    /// `tradewatch completions bash > ~/.local/share/bash-completion/completions/tradewatch`.
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff), e.g. `tradewatch man | man -l -`.
    Man,
    /// Print which configuration file is used and the settings it gives.
    Config {
        /// The configuration file to read instead of the usual one.
        #[arg(long, value_name = "PATH")]
        config: Option<PathBuf>,
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
    snapshot::parse_keys(text).map(Keys)
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
    #[error(transparent)]
    Input(#[from] InputError),
    #[error(transparent)]
    Write(#[from] WriteError),
    #[error(transparent)]
    Config(#[from] ConfigError),
    /// Several failures, each reported already.
    #[error("{}", escape(.0))]
    Failed(String),
}

impl CliError {
    /// 2 for bad input or usage, 1 for a failure at run time.
    pub fn exit_code(&self) -> ExitCode {
        match self {
            CliError::Load(_)
            | CliError::Ingest(_)
            | CliError::Input(_)
            | CliError::Failed(_)
            | CliError::Terminal(TerminalError::NotATerminal | TerminalError::Dumb(_))
            | CliError::Write(_)
            | CliError::Config(_) => ExitCode::from(2),
            CliError::Terminal(TerminalError::Io(_)) => ExitCode::from(1),
        }
    }
}

fn env_var(name: &str) -> Option<String> {
    std::env::var(name).ok()
}

fn parse_day(text: &str) -> Result<NaiveDate, String> {
    if text.eq_ignore_ascii_case("today") {
        return Ok(chrono::Local::now().date_naive());
    }
    model::day::parse(text)
        .map_err(|_| format!("`{text}` is not a date like 2025-10-25 or `today`"))
}

fn parse_iso_day(text: &str) -> Result<NaiveDate, String> {
    model::day::parse(text).map_err(|_| format!("`{text}` is not a date like 2025-10-25"))
}

/// The briefings to show: the embedded ones when no file is named.
fn load_all(files: &[PathBuf], date: Option<NaiveDate>) -> Result<Inputs, CliError> {
    if files.is_empty() {
        return Ok(Inputs {
            briefings: model::embedded_briefings()?,
            ..Inputs::default()
        });
    }
    let inputs = inputs::load(files, date)?;
    if inputs.briefings.is_empty() {
        for skip in &inputs.skipped {
            eprintln!("tradewatch: {skip}");
        }
        return Err(InputError::NothingToShow(files[0].display().to_string()).into());
    }
    Ok(inputs)
}

/// The dashboard's state on the briefings read, each with its file.
fn dashboard(inputs: Inputs, now: Option<NaiveDate>) -> Result<App, CliError> {
    Ok(App::new(inputs.briefings, model::history::default_history()?, now).with_files(inputs.read))
}

/// One line per file of a folder: the good ones on standard output, the bad
/// and the skipped on standard error. Strict: any briefing or article that
/// does not load fails the check.
fn check_folder(dir: &Path) -> Result<(), CliError> {
    let inputs = inputs::load(&[dir.to_path_buf()], None)?;
    for (path, b) in inputs.read.iter().zip(&inputs.briefings) {
        println!(
            "{}: ok ({})",
            escape(&path.display().to_string()),
            counts(b)
        );
    }
    let mut bad = 0;
    for skip in &inputs.skipped {
        eprintln!("tradewatch: {skip}");
        bad += usize::from(inputs::named_as_input(&skip.path));
    }
    match bad {
        0 if inputs.briefings.is_empty() => {
            Err(InputError::NothingToShow(dir.display().to_string()).into())
        }
        0 => Ok(()),
        n => Err(CliError::Failed(format!(
            "{n} of the files in {} did not load",
            dir.display()
        ))),
    }
}

fn counts(b: &Briefing) -> String {
    format!(
        "{} tariffs, {} stops, {} quotes, {} events, {} people",
        b.tariffs.len(),
        b.stops.len(),
        b.quotes.len(),
        b.events.len(),
        b.people.len()
    )
}

/// Writes to standard output.
fn print(text: &str) -> Result<(), CliError> {
    print_bytes(text.as_bytes())
}

fn print_bytes(bytes: &[u8]) -> Result<(), CliError> {
    std::io::stdout().write_all(bytes).map_err(|source| {
        CliError::Write(WriteError::Io {
            path: "standard output".into(),
            source,
        })
    })
}

/// The configuration file: `--config`, else `$TRADEWATCH_CONFIG`, else the usual one.
fn config_source(flag: Option<&Path>) -> Result<Source, ConfigError> {
    Source::find(
        flag,
        std::env::var_os("TRADEWATCH_CONFIG").map(PathBuf::from),
    )
}

/// Whether the dashboard takes the mouse: the last of `--mouse` and
/// `--no-mouse` given, else the configuration, else yes.
fn mouse(cli: &Cli, config: &Config) -> bool {
    if cli.mouse || cli.no_mouse {
        cli.mouse
    } else {
        config.mouse.unwrap_or(true)
    }
}

/// Runs the parsed command line.
pub fn run(cli: Cli) -> Result<(), CliError> {
    match cli.command {
        Some(Command::Check { file }) if file.is_dir() => check_folder(&file),
        Some(Command::Check { file }) => {
            let b = model::load_file(&file)?;
            println!(
                "{}: ok ({})",
                escape(&file.display().to_string()),
                counts(&b)
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
            theme,
        }) => {
            let inputs = load_all(&files, date)?;
            for skip in &inputs.skipped {
                eprintln!("tradewatch: {skip}");
            }
            let read = inputs.read.clone();
            let mut app = dashboard(inputs, now)?;
            app.ui.theme = ThemeChoice::pick(theme, ThemeChoice::Dark, env_var).resolve(|| None);
            let ground = app.ui.theme.theme().ground;
            let frame = snapshot::frame(app, size.0, &keys.0);
            let text = snapshot::encode(&frame, format, ground);
            match output {
                Some(path) => Ok(write_atomic(&path, text.as_bytes(), &read)?),
                None => print(&text),
            }
        }
        Some(Command::Ingest { file, date, format }) => {
            let briefing = ingest::ingest_file(&file, date)?;
            let text = match format {
                BriefingFormat::Toml => format!(
                    "# A draft briefing read by `tradewatch ingest` from {}.\n# Check every item against its evidence before relying on it.\n\n{}",
                    escape(&file.display().to_string()),
                    toml::to_string_pretty(&briefing).expect("a briefing serialises to TOML")
                ),
                BriefingFormat::Json => {
                    serde_json::to_string_pretty(&briefing).expect("a briefing serialises to JSON")
                        + "\n"
                }
            };
            print(&text)
        }
        Some(Command::Completions { shell }) => print_bytes(&shell::completions(shell)),
        Some(Command::Man) => print_bytes(&shell::man_page()),
        Some(Command::Config { config }) => {
            let source = config_source(config.as_deref())?;
            print(&config::describe(&source, source.load()?.as_ref()))
        }
        None => {
            // before any file is read: a pipe or a dumb terminal is told so at once
            terminal::check()?;
            let config = config_source(cli.config.as_deref())?
                .load()?
                .unwrap_or_default();
            let files = if cli.files.is_empty() {
                &config.files
            } else {
                &cli.files
            };
            let inputs = load_all(files, cli.date)?;
            let skipped = inputs.skipped.iter().map(ToString::to_string).collect();
            let now = cli.now.or(config.now);
            let mut app = dashboard(inputs, now)?;
            app.ui.notices = skipped;
            app.ui.theme =
                ThemeChoice::pick(cli.theme.or(config.theme), ThemeChoice::Auto, env_var)
                    .for_terminal();
            let options = terminal::Options {
                mouse: mouse(&cli, &config),
                export_dir: match config.export_dir {
                    Some(dir) => dir,
                    None => std::env::current_dir().unwrap_or_else(|_| PathBuf::from(".")),
                },
            };
            // the embedded briefings have no file to watch
            let mut named = live::Named {
                paths: files.clone(),
                date: cli.date,
            };
            let live = (!named.paths.is_empty()).then_some(&mut named as &mut dyn terminal::Live);
            terminal::run(&mut app, &options, live)?;
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_mouse_flags_win_over_the_file_and_the_last_flag_wins() {
        let off = Config {
            mouse: Some(false),
            ..Config::default()
        };
        let cli = |args: &[&str]| Cli::try_parse_from([&["tradewatch"], args].concat()).unwrap();
        assert!(!mouse(&cli(&[]), &off), "the file says no");
        assert!(mouse(&cli(&[]), &Config::default()), "on by default");
        assert!(mouse(&cli(&["--mouse"]), &off));
        assert!(!mouse(&cli(&["--mouse", "--no-mouse"]), &Config::default()));
        assert!(mouse(&cli(&["--no-mouse", "--mouse"]), &off));
    }
}
