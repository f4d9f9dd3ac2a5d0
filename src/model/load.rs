use std::path::Path;

use super::error::Location;
use super::locate::locate;
use super::pieces;
use super::read::read_regular;
use super::sanitize::fold_whitespace;
use super::validate::validate;
use super::{AFTER_BUSAN_NAME, AFTER_BUSAN_TOML, Briefing, DEFAULT_NAME, DEFAULT_TOML, LoadError};

/// Briefings are small; anything larger is not one.
pub const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Toml,
    Json,
}

impl Format {
    /// JSON by its extension, TOML otherwise.
    pub fn from_path(path: &Path) -> Self {
        match path.extension().and_then(|e| e.to_str()) {
            Some(e) if e.eq_ignore_ascii_case("json") => Format::Json,
            _ => Format::Toml,
        }
    }
}

/// The embedded default briefing.
pub fn default_briefing() -> Result<Briefing, LoadError> {
    embedded(DEFAULT_TOML, DEFAULT_NAME)
}

/// Every embedded briefing, the default first, then the later one.
pub fn embedded_briefings() -> Result<Vec<Briefing>, LoadError> {
    Ok(vec![
        default_briefing()?,
        embedded(AFTER_BUSAN_TOML, AFTER_BUSAN_NAME)?,
    ])
}

/// An embedded briefing, deserialised only: it is part of the program, and
/// a test (below) checks that sanitising and validating would leave it as
/// it is, so the first frame need not pay for them (a third of its loading).
fn embedded(text: &str, name: &str) -> Result<Briefing, LoadError> {
    deserialize(text, name, Format::Toml)
}

/// Reads, parses, sanitises and validates a briefing file.
pub fn load_file(path: &Path) -> Result<Briefing, LoadError> {
    let name = path.display().to_string();
    let bytes =
        read_regular(path, MAX_FILE_BYTES, "a briefing").map_err(|source| LoadError::Read {
            file: name.clone(),
            source,
        })?;
    parse_bytes(&bytes, &name, Format::from_path(path))
}

/// Parses a briefing file's bytes, which must be UTF-8; `name` is used in messages.
pub fn parse_bytes(bytes: &[u8], name: &str, format: Format) -> Result<Briefing, LoadError> {
    let text = std::str::from_utf8(bytes).map_err(|e| LoadError::Unreadable {
        file: name.to_owned(),
        message: format!(
            "not UTF-8 text (invalid byte at offset {})",
            e.valid_up_to()
        ),
    })?;
    parse_str(text, name, format)
}

/// Parses, sanitises and validates briefing text; `name` is used in messages.
pub fn parse_str(text: &str, name: &str, format: Format) -> Result<Briefing, LoadError> {
    let mut briefing = deserialize(text, name, format)?;
    briefing.sanitize();
    validate(&briefing).map_err(|p| LoadError::Invalid {
        location: Location::at(name, text, locate(text, format, &p.path)),
        message: p.message,
    })?;
    Ok(briefing)
}

/// TOML text above this size is parsed in pieces (see `pieces`): below
/// it, a whole parse's tree is small, and one parse is cheaper than many.
const CUT_ABOVE: usize = 64 * 1024;

/// The briefing as written, neither sanitised nor validated.
fn deserialize(text: &str, name: &str, format: Format) -> Result<Briefing, LoadError> {
    if format == Format::Toml
        && text.len() > CUT_ABOVE
        && let Some(briefing) = pieces::parse(text)
    {
        return Ok(briefing);
    }
    match format {
        Format::Toml => toml::from_str(text).map_err(|e| LoadError::Invalid {
            location: Location::at(name, text, e.span().map_or(0, |s| s.start)),
            message: fold_whitespace(e.message()),
        }),
        Format::Json => serde_json::from_str(text).map_err(|e| {
            let full = e.to_string();
            let suffix = format!(" at line {} column {}", e.line(), e.column());
            let message = fold_whitespace(full.strip_suffix(&suffix).unwrap_or(&full));
            LoadError::Invalid {
                location: Location {
                    file: name.to_owned(),
                    line: e.line(),
                    column: e.column(),
                },
                message,
            }
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_briefings_are_valid_and_already_sanitised() {
        for (text, name) in [
            (DEFAULT_TOML, DEFAULT_NAME),
            (AFTER_BUSAN_TOML, AFTER_BUSAN_NAME),
        ] {
            let checked = parse_str(text, name, Format::Toml).expect(name);
            assert_eq!(embedded(text, name).expect(name), checked, "{name}");
        }
    }
}
