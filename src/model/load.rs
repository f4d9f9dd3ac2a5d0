use std::path::Path;

use serde::de::DeserializeOwned;

use super::error::Location;
use super::locate::locate;
use super::pieces;
use super::read::read_regular;
use super::sanitize::fold_whitespace;
use super::validate::validate;
use super::{AFTER_BUSAN_JSON, Briefing, DEFAULT_JSON, LoadError};

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
    from_json(DEFAULT_JSON.0, DEFAULT_JSON.1)
}

/// Every embedded briefing, the default first, then the later one.
pub fn embedded_briefings() -> Result<Vec<Briefing>, LoadError> {
    Ok(vec![
        default_briefing()?,
        from_json(AFTER_BUSAN_JSON.0, AFTER_BUSAN_JSON.1)?,
    ])
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
        Format::Json => from_json(text, name),
    }
}

/// JSON text deserialised as it is written; `name` is used in messages.
pub(super) fn from_json<T: DeserializeOwned>(text: &str, name: &str) -> Result<T, LoadError> {
    serde_json::from_str(text).map_err(|e| {
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
    })
}

#[cfg(test)]
pub(super) mod tests {
    use serde::Serialize;

    use super::*;
    use crate::model::{AFTER_BUSAN_NAME, AFTER_BUSAN_TOML, DEFAULT_NAME, DEFAULT_TOML};

    /// Checks that the embedded JSON `twin` (text, path) is `checked`, the
    /// TOML it stands for as loading a file would leave it (parsed,
    /// sanitised, validated), written out; rewrites it instead when
    /// `TRADEWATCH_EMBED` is set, after the TOML is edited.
    pub(in crate::model) fn twin_is<T>(twin: (&str, &str), checked: &T)
    where
        T: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug,
    {
        let (text, path) = twin;
        let written = serde_json::to_string(checked).expect("JSON");
        let text = if std::env::var_os("TRADEWATCH_EMBED").is_some() {
            let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
            std::fs::write(&file, &written).expect("the twin written");
            written.as_str()
        } else {
            assert!(
                text == written,
                "{path} is not its TOML's twin: `TRADEWATCH_EMBED=1 cargo test --lib twin` rewrites it"
            );
            text
        };
        assert_eq!(&from_json::<T>(text, path).expect(path), checked, "{path}");
    }

    #[test]
    fn the_embedded_json_twins_hold_the_checked_toml() {
        for (text, name, twin) in [
            (DEFAULT_TOML, DEFAULT_NAME, DEFAULT_JSON),
            (AFTER_BUSAN_TOML, AFTER_BUSAN_NAME, AFTER_BUSAN_JSON),
        ] {
            twin_is(twin, &parse_str(text, name, Format::Toml).expect(name));
        }
    }
}
