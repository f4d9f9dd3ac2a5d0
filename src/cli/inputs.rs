//! The files named on the command line, read into briefings: briefing files,
//! news articles (drafted into briefings) and folders of them. A file named
//! is read or refused; a folder's entries that cannot be read are skipped and
//! the skips reported, so one bad file does not hide the others.

use std::fs::DirEntry;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use thiserror::Error;

use crate::dashboard::Reread;
use crate::ingest::{self, IngestError};
use crate::model::read::{ReadError, kind, read_regular};
use crate::model::{self, Briefing, Format, LoadError, MAX_FILE_BYTES, escape};

#[derive(Debug, Error)]
pub enum InputError {
    #[error(transparent)]
    Load(#[from] LoadError),
    #[error(transparent)]
    Ingest(#[from] IngestError),
    #[error("{}: holds no briefing (.toml, .json) or article (.txt)", escape(.0))]
    NothingToShow(String),
}

/// A folder entry left out, and why: a message that starts with its name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub path: PathBuf,
    pub message: String,
}

impl std::fmt::Display for Skipped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "skipped {}", escape(&self.message))
    }
}

/// What the command line's files gave.
#[derive(Debug, Default)]
pub struct Inputs {
    pub briefings: Vec<Briefing>,
    /// Every file read (links resolved), so that output never overwrites one.
    pub read: Vec<PathBuf>,
    pub skipped: Vec<Skipped>,
}

/// Reads every file named and every briefing or article in the folders named;
/// the folders may give none.
/// `date` is the publication date of articles whose first lines do not say.
pub fn load(paths: &[PathBuf], date: Option<NaiveDate>) -> Result<Inputs, InputError> {
    let mut inputs = Inputs::default();
    for path in paths {
        if path.is_dir() {
            let (files, mut skipped) = folder(path)?;
            for file in files {
                match load_file(&file.read, date) {
                    Ok(b) => {
                        inputs.briefings.push(b);
                        inputs.read.push(file.read);
                    }
                    Err(e) => skipped.push(Skipped {
                        path: file.shown,
                        message: e.to_string(),
                    }),
                }
            }
            skipped.sort_by(|a, b| a.path.cmp(&b.path));
            inputs.skipped.extend(skipped);
        } else {
            inputs.briefings.push(load_file(path, date)?);
            inputs.read.push(path.clone());
        }
    }
    Ok(inputs)
}

/// Reads again, as `load` did, the files and folders named, for live reload:
/// each file that does not load is reported and none stops the others; a file
/// named that is gone is left out, as are a folder's entries that are not
/// named as briefings or articles.
pub fn reread(paths: &[PathBuf], date: Option<NaiveDate>) -> Vec<Reread> {
    let failed = |file: PathBuf, message: &str| Reread {
        file,
        read: Err(escape(message)),
    };
    let mut reread = Vec::new();
    for path in paths {
        if !path.is_dir() {
            if path.exists() {
                reread.push(reread_file(path.clone(), date));
            }
            continue;
        }
        match folder(path) {
            Ok((files, skipped)) => {
                reread.extend(files.into_iter().map(|f| reread_file(f.read, date)));
                reread.extend(
                    skipped
                        .into_iter()
                        .filter(|s| named_as_input(&s.path))
                        .map(|s| failed(s.path, &s.message)),
                );
            }
            Err(e) => reread.push(failed(path.clone(), &e.to_string())),
        }
    }
    reread
}

fn reread_file(file: PathBuf, date: Option<NaiveDate>) -> Reread {
    let read = load_file(&file, date).map_err(|e| escape(&e.to_string()));
    Reread { file, read }
}

/// A folder entry to read: its name as listed, and the file to read (a link
/// within the folder resolved).
struct FolderFile {
    shown: PathBuf,
    read: PathBuf,
}

/// The briefings and articles of a folder, by name, and the entries left out.
fn folder(dir: &Path) -> Result<(Vec<FolderFile>, Vec<Skipped>), LoadError> {
    let read_err = |e: std::io::Error| LoadError::Read {
        file: dir.display().to_string(),
        source: ReadError::Io(e),
    };
    let root = dir.canonicalize().map_err(read_err)?;
    let mut entries: Vec<DirEntry> = std::fs::read_dir(dir)
        .map_err(read_err)?
        .collect::<Result<_, _>>()
        .map_err(read_err)?;
    entries.sort_by_key(DirEntry::file_name);
    let mut files = Vec::new();
    let mut skipped = Vec::new();
    for entry in entries {
        // hidden files are not the user's briefings (editor swap files, .DS_Store)
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let shown = entry.path();
        match readable(&root, &entry) {
            Ok(read) => files.push(FolderFile { shown, read }),
            Err(why) => skipped.push(Skipped {
                message: format!("{}: {why}", shown.display()),
                path: shown,
            }),
        }
    }
    Ok((files, skipped))
}

/// Whether a file is named as a briefing (.toml, .json) or an article (.txt).
pub fn named_as_input(path: &Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
        ["toml", "json", "txt"]
            .iter()
            .any(|x| e.eq_ignore_ascii_case(x))
    })
}

/// The file to read for a folder entry, or why it is left out: only regular
/// files named as briefings or articles, and links only to such files inside
/// the folder.
fn readable(root: &Path, entry: &DirEntry) -> Result<PathBuf, String> {
    let path = entry.path();
    let named = named_as_input(&path);
    let file_type = entry.file_type().map_err(|e| e.to_string())?;
    let target = if file_type.is_symlink() {
        let target = path
            .canonicalize()
            .map_err(|e| format!("a broken link: {e}"))?;
        if !target.starts_with(root) {
            return Err("a link to a file outside the folder".into());
        }
        target
    } else {
        path
    };
    let meta = std::fs::symlink_metadata(&target).map_err(|e| e.to_string())?;
    if !meta.is_file() {
        return Err(format!("{}, not a regular file", kind(meta.file_type())));
    }
    if !named {
        return Err("not named .toml, .json (briefings) or .txt (articles)".into());
    }
    Ok(target)
}

/// A briefing file, or an article drafted into one. A file is a briefing when
/// it is named .toml or .json, or reads as TOML; it is read once, bounded.
pub fn load_file(path: &Path, date: Option<NaiveDate>) -> Result<Briefing, InputError> {
    let name = path.display().to_string();
    let format = path
        .extension()
        .and_then(|e| e.to_str())
        .filter(|e| e.eq_ignore_ascii_case("toml") || e.eq_ignore_ascii_case("json"))
        .map(|_| Format::from_path(path));
    let limit = MAX_FILE_BYTES.max(ingest::MAX_BYTES as u64);
    let bytes =
        read_regular(path, limit, "a briefing or article").map_err(|source| LoadError::Read {
            file: name.clone(),
            source,
        })?;
    let reads_as_toml = || {
        std::str::from_utf8(&bytes)
            .is_ok_and(|text| !text.trim().is_empty() && text.parse::<toml::Table>().is_ok())
    };
    match format {
        Some(format) => Ok(model::parse_bytes(&bytes, &name, format)?),
        None if reads_as_toml() => Ok(model::parse_bytes(&bytes, &name, Format::Toml)?),
        None => Ok(ingest::ingest_bytes(&bytes, &name, date)?),
    }
}
