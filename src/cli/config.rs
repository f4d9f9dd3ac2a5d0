//! The configuration file: what a user sets once rather than at every run.
//!
//! It is `--config PATH`, else `$TRADEWATCH_CONFIG`, else `config.toml` in
//! the XDG configuration folder (`$XDG_CONFIG_HOME/tradewatch/`, by default
//! `~/.config/tradewatch/`). A missing default file is no configuration; a
//! file named on purpose must exist. Unknown keys and bad values are errors
//! at file:line:col, as in briefings. Flags on the command line win.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Deserialize;
use thiserror::Error;

use crate::model::read::{ReadError, read_regular};
use crate::model::{Location, escape, fold_whitespace};

/// A configuration file is a few lines; anything larger is not one.
const MAX_CONFIG: u64 = 64 * 1024;

#[derive(Debug, Error)]
pub enum ConfigError {
    #[error("{f}: {source}", f = escape(.file))]
    Read {
        file: String,
        #[source]
        source: ReadError,
    },
    #[error("{location}: {m}", m = escape(.message))]
    Invalid { location: Location, message: String },
    #[error("no configuration folder: neither XDG_CONFIG_HOME nor HOME is set")]
    NoHome,
}

/// The settings as the file writes them; each unset one keeps its default.
#[derive(Debug, Default, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The colours: dark, light, mono or auto; `--theme` wins.
    pub theme: Option<super::theme::ThemeChoice>,
    /// Take the mouse (clicks, the wheel); `--no-mouse` and `--mouse` win.
    pub mouse: Option<bool>,
    /// Briefings, articles or folders to open when the command line names none.
    #[serde(default)]
    pub files: Vec<PathBuf>,
    /// The day countdowns are counted from: "today" or a date like 2025-11-03.
    #[serde(default, deserialize_with = "day")]
    pub now: Option<NaiveDate>,
    /// Where `e` saves the screen (the current folder when unset).
    pub export_dir: Option<PathBuf>,
}

/// "today" or a date, read as `--now` reads it.
fn day<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
    let text = String::deserialize(d)?;
    super::parse_day(&text)
        .map(Some)
        .map_err(serde::de::Error::custom)
}

/// Where the configuration comes from, and whether it must exist.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    pub path: PathBuf,
    /// Named with `--config` or `TRADEWATCH_CONFIG`: a missing file is an error.
    pub named: bool,
}

impl Source {
    /// `flag`, else `TRADEWATCH_CONFIG` (`env`), else the XDG default.
    pub fn find(flag: Option<&Path>, env: Option<PathBuf>) -> Result<Source, ConfigError> {
        if let Some(path) = flag
            .map(Path::to_path_buf)
            .or(env.filter(|p| !p.as_os_str().is_empty()))
        {
            return Ok(Source { path, named: true });
        }
        let base = etcetera::choose_base_strategy().map_err(|_| ConfigError::NoHome)?;
        Ok(Source {
            path: etcetera::BaseStrategy::config_dir(&base)
                .join("tradewatch")
                .join("config.toml"),
            named: false,
        })
    }

    /// The configuration it holds; none for a default file that is not there.
    pub fn load(&self) -> Result<Option<Config>, ConfigError> {
        let file = self.path.display().to_string();
        let bytes = match read_regular(&self.path, MAX_CONFIG, "a configuration file") {
            Err(ReadError::Io(e)) if !self.named && e.kind() == std::io::ErrorKind::NotFound => {
                return Ok(None);
            }
            Err(source) => return Err(ConfigError::Read { file, source }),
            Ok(bytes) => bytes,
        };
        let text = String::from_utf8_lossy(&bytes);
        let mut config: Config = toml::from_str(&text).map_err(|e| ConfigError::Invalid {
            location: Location::at(&file, &text, e.span().map_or(0, |s| s.start)),
            message: fold_whitespace(e.message()),
        })?;
        // paths in the file are read from its folder, as a user writing it
        // expects, and `~/` is the home folder, as in a shell
        let folder = self.path.parent().unwrap_or(Path::new("."));
        let home = etcetera::home_dir().ok();
        for path in config.files.iter_mut().chain(config.export_dir.as_mut()) {
            let at_home = path.strip_prefix("~").ok().zip(home.as_ref());
            *path = match at_home {
                Some((rest, home)) => home.join(rest),
                None => folder.join(&*path),
            };
        }
        Ok(Some(config))
    }
}

/// What `tradewatch config` prints: the file in use and every setting.
pub fn describe(source: &Source, config: Option<&Config>) -> String {
    let file = escape(&source.path.display().to_string());
    let mut out = match config {
        Some(_) => format!("# configuration: {file}\n"),
        None => format!("# configuration: {file} (not there: the defaults)\n"),
    };
    let config = config.cloned().unwrap_or_default();
    let quoted = |p: &Path| format!("{:?}", escape(&p.display().to_string()));
    out += &match config.theme {
        Some(theme) => {
            let name = clap::ValueEnum::to_possible_value(&theme).map(|v| v.get_name().to_owned());
            format!("theme = \"{}\"\n", name.unwrap_or_default())
        }
        None => "# theme: unset, auto (mono when NO_COLOR is set)\n".to_owned(),
    };
    out += &format!("mouse = {}\n", config.mouse.unwrap_or(true));
    let files: Vec<String> = config.files.iter().map(|p| quoted(p)).collect();
    out += &format!("files = [{}]", files.join(", "));
    out += if files.is_empty() {
        "  # the embedded briefings\n"
    } else {
        "\n"
    };
    out += &match config.now {
        Some(d) => format!("now = \"{d}\"\n"),
        None => "# now: unset, countdowns count from each briefing's as-of date\n".to_owned(),
    };
    out += &match &config.export_dir {
        Some(dir) => format!("export_dir = {}\n", quoted(dir)),
        None => "# export_dir: unset, e saves in the current folder\n".to_owned(),
    };
    out
}
