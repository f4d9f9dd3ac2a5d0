use std::fmt;

use thiserror::Error;

use super::read::ReadError;
use super::sanitize::escape;

/// A place in a briefing file, 1-based, for messages like `briefing.toml:12:9`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub file: String,
    pub line: usize,
    pub column: usize,
}

impl Location {
    /// The line and column (in characters) of byte `offset` in `text`.
    pub fn at(file: &str, text: &str, offset: usize) -> Self {
        let offset = super::scan::char_floor(text, offset);
        let before = &text[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..].chars().count() + 1;
        Self {
            file: file.to_owned(),
            line,
            column,
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", escape(&self.file), self.line, self.column)
    }
}

/// Why a briefing could not be loaded. Every message is one line.
#[derive(Debug, Error)]
pub enum LoadError {
    #[error("{f}: {source}", f = escape(.file))]
    Read {
        file: String,
        #[source]
        source: ReadError,
    },
    #[error("{f}: {m}", f = escape(.file), m = escape(.message))]
    Unreadable { file: String, message: String },
    #[error("{location}: {m}", m = escape(.message))]
    Invalid { location: Location, message: String },
}

impl LoadError {
    /// The file, line and column the error points at, when it points at one.
    pub fn location(&self) -> Option<&Location> {
        match self {
            LoadError::Invalid { location, .. } => Some(location),
            _ => None,
        }
    }
}
