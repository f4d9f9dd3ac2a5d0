//! The README's "Architecture" diagram is the code's: each room (a top-level
//! module of src/) lists the rooms it uses, and there is no loop.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

const ROOMS: [&str; 6] = [
    "model",
    "ingest",
    "dashboard",
    "snapshot",
    "terminal",
    "cli",
];

/// The rooms each room's files name through `crate::`.
fn uses_in_code() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut uses = BTreeMap::new();
    for room in ROOMS {
        let mut found = BTreeSet::new();
        let mut todo = vec![src.join(room)];
        while let Some(path) = todo.pop() {
            if path.is_dir() {
                todo.extend(fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
                continue;
            }
            let Ok(code) = fs::read_to_string(&path) else {
                continue;
            };
            for other in ROOMS.iter().filter(|&&o| o != room) {
                if code.contains(&format!("crate::{other}"))
                    || code.contains(&format!("crate::{{{other}"))
                {
                    found.insert(other.to_string());
                }
            }
        }
        uses.insert(room.to_string(), found);
    }
    uses
}

/// The diagram's `room -> a, b` lines.
fn uses_in_readme() -> BTreeMap<String, BTreeSet<String>> {
    let readme = include_str!("../../README.md");
    let start = readme
        .find("## Architecture")
        .expect("an Architecture section");
    let block = &readme[start..];
    let block = &block[block.find("```").unwrap() + 3..];
    let block = &block[..block.find("```").unwrap()];
    block
        .lines()
        .filter_map(|l| l.split('#').next()?.split_once("->"))
        .map(|(room, used)| {
            let used = used
                .split(',')
                .map(str::trim)
                .filter(|u| ROOMS.contains(u))
                .map(str::to_owned);
            (room.trim().to_owned(), used.collect())
        })
        .collect()
}

#[test]
fn the_readme_diagram_is_the_module_graph() {
    assert_eq!(uses_in_readme(), uses_in_code());
}

#[test]
fn each_room_uses_only_rooms_below_it() {
    for (room, used) in uses_in_code() {
        let level = ROOMS.iter().position(|&r| r == room).unwrap();
        for other in used {
            let below = ROOMS.iter().position(|&r| r == other).unwrap() < level;
            assert!(below, "{room} uses {other}, which is not below it");
        }
    }
}

#[test]
fn the_dashboard_state_never_reaches_the_renderer_or_ingest() {
    let dashboard = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/dashboard");
    let mut todo = vec![dashboard.clone()];
    let mut read = 0;
    while let Some(path) = todo.pop() {
        if path.is_dir() {
            if path != dashboard.join("render") {
                todo.extend(fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
            }
            continue;
        }
        let code = fs::read_to_string(&path).unwrap();
        read += 1;
        for banned in ["dashboard::render", "super::render", "crate::ingest"] {
            assert!(!code.contains(banned), "{} names {banned}", path.display());
        }
    }
    assert!(read >= 10, "{read} files read");
}
