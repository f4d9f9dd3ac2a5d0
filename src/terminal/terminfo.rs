//! The one terminfo capability the dashboard needs: how many colours a
//! terminal type has (`colors`, what `tput colors` prints). Read from the
//! compiled entry (term(5)); any entry that is missing, too big or malformed
//! counts as absent.

use std::path::{Path, PathBuf};

use crate::model::read::read_regular;

/// An entry is a few kilobytes; anything larger is not one.
const MAX_ENTRY: u64 = 64 * 1024;
/// `colors` is the 14th number capability.
const COLORS: usize = 13;

/// The `colors` count of terminal type `term`, if an entry for it is found in
/// the folders terminfo(5) lists, in its order.
pub fn colors(term: &str, var: impl Fn(&str) -> Option<String>) -> Option<i32> {
    // a name is one path component
    if term.is_empty() || term.starts_with('.') || term.contains(['/', '\0']) {
        return None;
    }
    let first = term.chars().next()?;
    folders(var).into_iter().find_map(|dir| {
        // Linux names the subfolder by the first letter, macOS by its hex code
        [first.to_string(), format!("{:x}", u32::from(first))]
            .iter()
            .find_map(|sub| {
                read_regular(&dir.join(sub).join(term), MAX_ENTRY, "terminfo entry").ok()
            })
            .and_then(|bytes| parse_colors(&bytes))
    })
}

fn folders(var: impl Fn(&str) -> Option<String>) -> Vec<PathBuf> {
    let mut dirs = Vec::new();
    dirs.extend(var("TERMINFO").map(PathBuf::from));
    dirs.extend(var("HOME").map(|h| Path::new(&h).join(".terminfo")));
    let system = ["/etc/terminfo", "/lib/terminfo", "/usr/share/terminfo"];
    match var("TERMINFO_DIRS") {
        // an empty element stands for the system folders
        Some(list) => {
            for dir in list.split(':') {
                if dir.is_empty() {
                    dirs.extend(system.iter().map(PathBuf::from));
                } else {
                    dirs.push(PathBuf::from(dir));
                }
            }
        }
        None => dirs.extend(system.iter().map(PathBuf::from)),
    }
    dirs
}

/// `colors` from a compiled entry: a header of six little-endian 16-bit
/// counts, the names, the booleans (padded to an even offset), then the
/// numbers, 16-bit in the legacy format and 32-bit in the extended one.
fn parse_colors(bytes: &[u8]) -> Option<i32> {
    let short = |i: usize| {
        let b = bytes.get(2 * i..2 * i + 2)?;
        Some(i16::from_le_bytes([b[0], b[1]]))
    };
    let wide = match short(0)? {
        0o432 => false,
        0o1036 => true,
        _ => return None,
    };
    let count = |i: usize| usize::try_from(short(i)?).ok();
    let (names, booleans, numbers) = (count(1)?, count(2)?, count(3)?);
    if COLORS >= numbers {
        return None;
    }
    let mut at = 12 + names + booleans;
    at += at % 2;
    let n = if wide {
        let b = bytes.get(at + 4 * COLORS..at + 4 * COLORS + 4)?;
        i32::from_le_bytes([b[0], b[1], b[2], b[3]])
    } else {
        let b = bytes.get(at + 2 * COLORS..at + 2 * COLORS + 2)?;
        i32::from(i16::from_le_bytes([b[0], b[1]]))
    };
    (n >= 0).then_some(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A compiled entry with `names`, no booleans, and `numbers`.
    fn entry(wide: bool, names: &str, numbers: &[i32]) -> Vec<u8> {
        let magic: i16 = if wide { 0o1036 } else { 0o432 };
        let mut b = Vec::new();
        let names_len = names.len() + 1;
        for v in [magic, names_len as i16, 1, numbers.len() as i16, 0, 0] {
            b.extend(v.to_le_bytes());
        }
        b.extend(names.as_bytes());
        b.push(0);
        b.push(0); // one boolean
        if b.len() % 2 == 1 {
            b.push(0);
        }
        for &n in numbers {
            if wide {
                b.extend(n.to_le_bytes());
            } else {
                b.extend((n as i16).to_le_bytes());
            }
        }
        b
    }

    #[test]
    fn reads_colors_from_both_formats() {
        let mut numbers = vec![-1; 15];
        numbers[COLORS] = 8;
        assert_eq!(parse_colors(&entry(false, "xterm|x", &numbers)), Some(8));
        assert_eq!(parse_colors(&entry(false, "xterm|xy", &numbers)), Some(8));
        numbers[COLORS] = 0x0100_0000;
        assert_eq!(
            parse_colors(&entry(true, "xterm-direct|d", &numbers)),
            Some(0x0100_0000)
        );
        numbers[COLORS] = -1;
        assert_eq!(parse_colors(&entry(false, "vt100", &numbers)), None);
    }

    #[test]
    fn a_short_or_strange_entry_is_absent_not_a_panic() {
        let mut numbers = vec![0; 15];
        numbers[COLORS] = 256;
        let good = entry(false, "t", &numbers);
        // every cut before the end of `colors`
        for cut in 0..good.len() - 2 {
            assert_eq!(parse_colors(&good[..cut]), None, "cut at {cut}");
        }
        assert_eq!(parse_colors(&entry(false, "t", &[8; 5])), None);
        let mut bad = good.clone();
        bad[0] = 0;
        assert_eq!(parse_colors(&bad), None);
        let mut negative = good;
        negative[2..4].copy_from_slice(&(-5i16).to_le_bytes());
        assert_eq!(parse_colors(&negative), None);
    }

    #[test]
    fn finds_the_entry_in_terminfo_and_refuses_paths() {
        let dir = tempfile::tempdir().unwrap();
        let mut numbers = vec![0; 15];
        numbers[COLORS] = 88;
        std::fs::create_dir(dir.path().join("7a")).unwrap();
        std::fs::write(dir.path().join("7a/zterm"), entry(false, "zterm", &numbers)).unwrap();
        let home = dir.path().to_str().unwrap().to_owned();
        let var = |k: &str| (k == "TERMINFO").then(|| home.clone());
        assert_eq!(colors("zterm", var), Some(88));
        for bad in ["", "../zterm", "7a/zterm", ".hidden"] {
            assert_eq!(colors(bad, var), None, "{bad}");
        }
    }
}
