//! Watches the files and folders the dashboard opened, and calls back once a
//! burst of changes to them has settled. Each file is watched through its
//! folder: an editor that saves by writing a new file and renaming it over
//! the old one replaces the file a watch on it would follow.

use std::collections::BTreeSet;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::thread;
use std::time::{Duration, Instant};

use notify::event::{AccessKind, AccessMode};
use notify::{Event, EventKind, RecommendedWatcher, RecursiveMode, Watcher};

/// How long changes must pause before the files are read again: an editor's
/// save is several events (write, rename, attributes) within a few
/// milliseconds, and a file half-written is not worth reading.
pub const SETTLE: Duration = Duration::from_millis(150);

/// What is watched for: the entries of a folder opened, or one file.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Target {
    Folder(PathBuf),
    File { folder: PathBuf, name: OsString },
}

impl Target {
    fn folder(&self) -> &Path {
        match self {
            Target::Folder(folder) | Target::File { folder, .. } => folder,
        }
    }

    fn covers(&self, path: &Path) -> bool {
        let (Some(folder), Some(name)) = (path.parent(), path.file_name()) else {
            return false;
        };
        match self {
            // hidden files are not read from a folder (editor swap files)
            Target::Folder(f) => f == folder && !name.to_string_lossy().starts_with('.'),
            Target::File { folder: f, name: n } => f == folder && n == name,
        }
    }
}

/// Watching; dropping it stops the watch and its thread.
pub struct Watch {
    _watcher: RecommendedWatcher,
}

impl Watch {
    /// Watches `paths` (files and folders), calling `on_change` on a thread
    /// of its own each time changes to them have paused for `settle`.
    pub fn start(
        paths: &[PathBuf],
        settle: Duration,
        on_change: impl Fn() + Send + 'static,
    ) -> notify::Result<Watch> {
        let targets = targets(paths);
        let (send, events) = mpsc::channel();
        let mut watcher = notify::recommended_watcher(send)?;
        let folders: BTreeSet<&Path> = targets.iter().map(Target::folder).collect();
        for folder in folders {
            watcher.watch(folder, RecursiveMode::NonRecursive)?;
        }
        thread::Builder::new()
            .name("watch".into())
            .spawn(move || settle_and_call(&events, &targets, settle, on_change))?;
        Ok(Watch { _watcher: watcher })
    }
}

/// What to watch for `paths`, each folder by its canonical name, which the
/// events name: a file named by a link is watched under both names.
fn targets(paths: &[PathBuf]) -> Vec<Target> {
    let mut targets = BTreeSet::new();
    for path in paths {
        if path.is_dir() {
            targets.insert(Target::Folder(canonical(path)));
            continue;
        }
        let resolved = path.canonicalize().ok();
        for file in [Some(path.as_path()), resolved.as_deref()]
            .into_iter()
            .flatten()
        {
            if let Some(name) = file.file_name() {
                let folder = file.parent().filter(|p| !p.as_os_str().is_empty());
                targets.insert(Target::File {
                    folder: canonical(folder.unwrap_or(Path::new("."))),
                    name: name.to_owned(),
                });
            }
        }
    }
    targets.into_iter().collect()
}

fn canonical(path: &Path) -> PathBuf {
    path.canonicalize().unwrap_or_else(|_| path.to_owned())
}

/// Calls `on_change` once per burst of events that touch `targets`, when it
/// has paused for `settle`; returns when the watcher is dropped.
fn settle_and_call(
    events: &Receiver<notify::Result<Event>>,
    targets: &[Target],
    settle: Duration,
    on_change: impl Fn(),
) {
    let touches = |event: &notify::Result<Event>| match event {
        Ok(event) => changes(&event.kind) && event.paths.iter().any(|p| covers(targets, p)),
        // events lost (a full queue): anything may have changed
        Err(_) => true,
    };
    while let Ok(event) = events.recv() {
        if !touches(&event) {
            continue;
        }
        let mut quiet_from = Instant::now() + settle;
        loop {
            match events.recv_timeout(quiet_from.saturating_duration_since(Instant::now())) {
                Ok(event) if touches(&event) => quiet_from = Instant::now() + settle,
                // the dashboard's own reading opens the files: not a change
                Ok(_) => {}
                Err(RecvTimeoutError::Timeout) => break,
                Err(RecvTimeoutError::Disconnected) => return,
            }
        }
        on_change();
    }
}

fn covers(targets: &[Target], path: &Path) -> bool {
    targets.iter().any(|t| t.covers(path))
}

/// Whether an event of `kind` may change what a file holds: reading one,
/// ours included, does not.
fn changes(kind: &EventKind) -> bool {
    match kind {
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        EventKind::Access(_) => false,
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use notify::event::{CreateKind, ModifyKind, RemoveKind, RenameMode};

    #[test]
    fn reading_a_file_is_no_change_writing_one_is() {
        for kind in [
            EventKind::Access(AccessKind::Open(AccessMode::Read)),
            EventKind::Access(AccessKind::Close(AccessMode::Read)),
            EventKind::Access(AccessKind::Read),
        ] {
            assert!(!changes(&kind), "{kind:?}");
        }
        for kind in [
            EventKind::Access(AccessKind::Close(AccessMode::Write)),
            EventKind::Create(CreateKind::File),
            EventKind::Modify(ModifyKind::Name(RenameMode::To)),
            EventKind::Remove(RemoveKind::File),
        ] {
            assert!(changes(&kind), "{kind:?}");
        }
    }

    #[test]
    fn a_folder_covers_its_entries_but_hidden_ones_a_file_only_itself() {
        let folder = Target::Folder(PathBuf::from("/d"));
        assert!(folder.covers(Path::new("/d/a.toml")));
        assert!(!folder.covers(Path::new("/d/.a.toml.swp")));
        assert!(!folder.covers(Path::new("/d/sub/a.toml")));
        let file = Target::File {
            folder: PathBuf::from("/d"),
            name: "a.toml".into(),
        };
        assert!(file.covers(Path::new("/d/a.toml")));
        assert!(!file.covers(Path::new("/d/b.toml")));
        assert!(!file.covers(Path::new("/e/a.toml")));
    }
}
