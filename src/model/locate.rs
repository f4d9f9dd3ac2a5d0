//! Finds where a value sits in the file, so that validation errors found on
//! the typed model can still name a line and column.

use std::fmt;

use toml::de::DeTable;

use super::Format;

/// One step of a path into the document: a table key or an array index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seg {
    Key(&'static str),
    Index(usize),
}

impl fmt::Display for Seg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Seg::Key(k) => write!(f, ".{k}"),
            Seg::Index(i) => write!(f, "[{i}]"),
        }
    }
}

/// Renders `[Key("stops"), Index(1), Key("depart")]` as `stops[1].depart`.
pub fn path_string(path: &[Seg]) -> String {
    let joined: String = path.iter().map(Seg::to_string).collect();
    joined.trim_start_matches('.').to_owned()
}

/// The byte offset of the value at `path`, or of its nearest ancestor found.
pub fn locate(text: &str, format: Format, path: &[Seg]) -> usize {
    match format {
        Format::Toml => locate_toml(text, path),
        Format::Json => locate_json(text, path),
    }
}

fn locate_toml(text: &str, path: &[Seg]) -> usize {
    let Ok(root) = DeTable::parse(text) else {
        return 0;
    };
    let Some((Seg::Key(first), rest)) = path.split_first() else {
        return 0;
    };
    let Some(mut node) = root.get_ref().get(*first) else {
        return 0;
    };
    for seg in rest {
        let next = match seg {
            Seg::Key(k) => node.get_ref().get(*k),
            Seg::Index(i) => node.get_ref().get(*i),
        };
        match next {
            Some(n) => node = n,
            None => break,
        }
    }
    node.span().start
}

/// A small scanner over JSON text: the document already parsed, so it only has
/// to skip values, not to check them.
fn locate_json(text: &str, path: &[Seg]) -> usize {
    let bytes = text.as_bytes();
    let mut pos = skip_ws(bytes, 0);
    for seg in path {
        let found = match seg {
            Seg::Key(k) => json_member(bytes, pos, k),
            Seg::Index(i) => json_element(bytes, pos, *i),
        };
        match found {
            Some(p) => pos = p,
            None => break,
        }
    }
    pos
}

fn skip_ws(b: &[u8], mut p: usize) -> usize {
    while p < b.len() && b[p].is_ascii_whitespace() {
        p += 1;
    }
    p
}

/// The end of the string starting at `p` (which holds the opening quote).
fn skip_string(b: &[u8], mut p: usize) -> usize {
    p += 1;
    while p < b.len() {
        match b[p] {
            b'\\' => p += 2,
            b'"' => return p + 1,
            _ => p += 1,
        }
    }
    p
}

fn skip_value(b: &[u8], p: usize) -> usize {
    let mut p = skip_ws(b, p);
    let mut depth = 0usize;
    while p < b.len() {
        match b[p] {
            b'"' => {
                p = skip_string(b, p);
                if depth == 0 {
                    return p;
                }
                continue;
            }
            b'{' | b'[' => depth += 1,
            b'}' | b']' => {
                if depth <= 1 {
                    return p + 1;
                }
                depth -= 1;
            }
            b',' if depth == 0 => return p,
            _ => {}
        }
        p += 1;
    }
    p
}

fn json_member(b: &[u8], p: usize, key: &str) -> Option<usize> {
    if b.get(p) != Some(&b'{') {
        return None;
    }
    let mut p = skip_ws(b, p + 1);
    while b.get(p) == Some(&b'"') {
        let end = skip_string(b, p);
        let name = &b[p + 1..end.saturating_sub(1)];
        p = skip_ws(b, end);
        if b.get(p) != Some(&b':') {
            return None;
        }
        let value = skip_ws(b, p + 1);
        if name == key.as_bytes() {
            return Some(value);
        }
        p = skip_ws(b, skip_value(b, value));
        if b.get(p) == Some(&b',') {
            p = skip_ws(b, p + 1);
        }
    }
    None
}

fn json_element(b: &[u8], p: usize, index: usize) -> Option<usize> {
    if b.get(p) != Some(&b'[') {
        return None;
    }
    let mut p = skip_ws(b, p + 1);
    for _ in 0..index {
        p = skip_ws(b, skip_value(b, p));
        if b.get(p) != Some(&b',') {
            return None;
        }
        p = skip_ws(b, p + 1);
    }
    (p < b.len() && b[p] != b']').then_some(p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_json_values_by_path() {
        let text =
            "{\"a\": {\"s\": \"x,]}\"}, \"stops\": [ {\"lat\": 1}, {\"lat\": 2, \"lon\": 3} ]}";
        let at = locate_json(text, &[Seg::Key("stops"), Seg::Index(1), Seg::Key("lon")]);
        assert_eq!(&text[at..at + 1], "3");
        let missing = locate_json(text, &[Seg::Key("stops"), Seg::Index(5)]);
        assert_eq!(&text[missing..missing + 1], "[");
    }

    #[test]
    fn finds_toml_values_by_path() {
        let text = "[[stops]]\nlat = 1\n[[stops]]\nlat = 2\nlon = 3\n";
        let at = locate_toml(text, &[Seg::Key("stops"), Seg::Index(1), Seg::Key("lon")]);
        assert_eq!(&text[at..at + 1], "3");
    }

    #[test]
    fn prints_paths() {
        let path = [Seg::Key("stops"), Seg::Index(1), Seg::Key("depart")];
        assert_eq!(path_string(&path), "stops[1].depart");
    }
}
