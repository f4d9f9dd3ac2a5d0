//! Reading a file that may be anything: only regular files are read, never
//! more than a limit, and opening never blocks (a FIFO with no writer would).

use std::fs::{File, FileType, OpenOptions};
use std::io::{self, Read};
use std::os::unix::fs::{FileTypeExt, OpenOptionsExt};
use std::path::Path;

use thiserror::Error;

#[derive(Debug, Error)]
pub enum ReadError {
    #[error("cannot read: {0}")]
    Io(#[from] io::Error),
    #[error("is {0}, not a regular file")]
    NotAFile(&'static str),
    #[error("is larger than {limit} bytes, the limit for {what}")]
    TooLarge { limit: u64, what: &'static str },
}

/// What a file type is, for messages.
pub fn kind(file_type: FileType) -> &'static str {
    if file_type.is_dir() {
        "a folder"
    } else if file_type.is_fifo() {
        "a FIFO"
    } else if file_type.is_socket() {
        "a socket"
    } else if file_type.is_char_device() || file_type.is_block_device() {
        "a device"
    } else if file_type.is_symlink() {
        "a symbolic link"
    } else {
        "a regular file"
    }
}

/// The bytes of the regular file at `path`, at most `limit` of them; `what`
/// names the kind of file in the message when it is larger.
pub fn read_regular(path: &Path, limit: u64, what: &'static str) -> Result<Vec<u8>, ReadError> {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused below
    let file = OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY)
        .open(path)?;
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(ReadError::NotAFile(kind(meta.file_type())));
    }
    let too_large = ReadError::TooLarge { limit, what };
    if meta.len() > limit {
        return Err(too_large);
    }
    read_at_most(file, limit)?.ok_or(too_large)
}

/// Reads until the end or `limit + 1` bytes, whichever is first: a file that
/// grows while it is read still costs at most `limit + 1` bytes of memory.
fn read_at_most(file: File, limit: u64) -> io::Result<Option<Vec<u8>>> {
    let mut bytes = Vec::new();
    file.take(limit.saturating_add(1)).read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= limit).then_some(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn devices_and_folders_are_refused_without_reading() {
        for (path, kind) in [("/dev/zero", "a device"), ("/", "a folder")] {
            let err = read_regular(Path::new(path), 10, "a test").unwrap_err();
            assert_eq!(err.to_string(), format!("is {kind}, not a regular file"));
        }
    }

    #[test]
    fn a_file_that_grows_past_its_limit_while_read_is_refused() {
        let mut file = tempfile::tempfile().unwrap();
        std::io::Write::write_all(&mut file, b"0123456789").unwrap();
        std::io::Seek::rewind(&mut file).unwrap();
        assert_eq!(read_at_most(file.try_clone().unwrap(), 9).unwrap(), None);
        std::io::Seek::rewind(&mut file).unwrap();
        assert_eq!(read_at_most(file, 10).unwrap().unwrap(), b"0123456789");
    }
}
