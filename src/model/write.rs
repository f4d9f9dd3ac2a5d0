//! Files written: whole or not at all, and never over a file that was read.

use std::fs::Permissions;
use std::io::{self, Write};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::Path;

use thiserror::Error;

use crate::model::escape;

#[derive(Debug, Error)]
pub enum WriteError {
    #[error("{}: is one of the files read; refusing to write over it", escape(.0))]
    IsAnInput(String),
    #[error("{p}: is {k}, not a regular file; refusing to replace it", p = escape(.0), k = .1)]
    NotAFile(String, &'static str),
    #[error("cannot write {p}: {source}", p = escape(.path))]
    Io {
        path: String,
        #[source]
        source: io::Error,
    },
}

/// Writes `bytes` to `path` through a temporary file in the same folder,
/// renamed over `path` once complete: a full disk or a crash leaves the old
/// file as it was and no partial file. Refuses when `path` is one of `inputs`
/// (the same file, under any name) or is not a regular file.
pub fn write_atomic(
    path: &Path,
    bytes: &[u8],
    inputs: &[impl AsRef<Path>],
) -> Result<(), WriteError> {
    let name = || path.display().to_string();
    let io_err = |source| WriteError::Io {
        path: name(),
        source,
    };
    // the old file's mode is kept; a new file gets the usual rw-r--r--
    let mut mode = 0o644;
    if let Ok(meta) = std::fs::metadata(path) {
        if !meta.is_file() {
            return Err(WriteError::NotAFile(
                name(),
                crate::model::read::kind(meta.file_type()),
            ));
        }
        let same = |input: &Path| {
            std::fs::metadata(input).is_ok_and(|m| m.dev() == meta.dev() && m.ino() == meta.ino())
        };
        if inputs.iter().any(|i| same(i.as_ref())) {
            return Err(WriteError::IsAnInput(name()));
        }
        mode = meta.mode() & 0o7777;
    }
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let mut temp = tempfile::Builder::new()
        .prefix(".tradewatch-")
        .permissions(Permissions::from_mode(mode))
        .tempfile_in(dir)
        .map_err(io_err)?;
    temp.write_all(bytes).map_err(io_err)?;
    temp.as_file().sync_all().map_err(io_err)?;
    temp.persist(path).map_err(|e| io_err(e.error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_a_file_whole_and_keeps_its_mode() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.svg");
        std::fs::write(&path, "old").unwrap();
        std::fs::set_permissions(&path, Permissions::from_mode(0o600)).unwrap();
        write_atomic(&path, b"new", &[] as &[&Path]).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"new");
        let mode = std::fs::metadata(&path).unwrap().mode() & 0o777;
        assert_eq!(mode, 0o600);
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1, "no temporary file is left behind");
    }

    #[test]
    fn refuses_an_input_under_another_name_and_special_files() {
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("briefing.toml");
        std::fs::write(&input, "keep me").unwrap();
        let link = dir.path().join("link.toml");
        std::fs::hard_link(&input, &link).unwrap();
        let err = write_atomic(&link, b"x", &[&input]).unwrap_err();
        assert!(matches!(err, WriteError::IsAnInput(_)), "{err}");
        assert_eq!(std::fs::read(&input).unwrap(), b"keep me");
        let err = write_atomic(Path::new("/dev/null"), b"x", &[] as &[&Path]).unwrap_err();
        assert_eq!(
            err.to_string(),
            "/dev/null: is a device, not a regular file; refusing to replace it"
        );
    }
}
