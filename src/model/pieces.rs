//! Large TOML briefings in bounded memory. toml 0.9 lexes the whole document
//! into a vector of tokens and builds a tree of it (a B-tree node of about a
//! kilobyte for each table, however small) before deserialising: some 35
//! bytes for each byte of a large briefing. Here the document is cut between
//! its top-level statements and sections, and between the items of its long
//! arrays; each piece is parsed on its own into a part of the briefing, and
//! the parts are joined, so only one piece's tree is alive at a time.
//!
//! The cutter knows only the plain shapes briefings are written in (bare
//! keys, `[table]` and `[[array]]` headers). For anything else, and for any
//! piece that fails, it gives up: the caller then parses the whole document,
//! which is the one judge of what is valid and words every error message.

use std::collections::HashSet;

use chrono::NaiveDate;
use serde::Deserialize;

use super::{Briefing, Event, Person, Quote, Site, Source, Stop, Tariff, day};

/// Items parsed at a time, from a long array or from consecutive `[[array]]`
/// sections: enough that the pieces cost little more than one whole parse.
const BATCH: usize = 256;

/// What one piece holds of a briefing.
#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Part {
    title: Option<String>,
    #[serde(default, with = "day::option")]
    as_of: Option<NaiveDate>,
    source: Option<Source>,
    article: Option<String>,
    #[serde(default)]
    tariffs: Vec<Tariff>,
    #[serde(default)]
    stops: Vec<Stop>,
    #[serde(default)]
    quotes: Vec<Quote>,
    #[serde(default)]
    events: Vec<Event>,
    #[serde(default)]
    people: Vec<Person>,
    #[serde(default)]
    places: Vec<Site>,
}

impl Part {
    /// The length of the array `key`, for the arrays that are cut.
    fn len(&self, key: &str) -> Option<usize> {
        Some(match key {
            "tariffs" => self.tariffs.len(),
            "stops" => self.stops.len(),
            "quotes" => self.quotes.len(),
            "events" => self.events.len(),
            "people" => self.people.len(),
            "places" => self.places.len(),
            _ => return None,
        })
    }

    /// Adds `other`'s items after its own; None when both set the same value.
    fn join(&mut self, other: Part) -> Option<()> {
        fn once<T>(mine: &mut Option<T>, theirs: Option<T>) -> Option<()> {
            match (mine.is_some(), theirs) {
                (true, Some(_)) => None,
                (_, Some(t)) => {
                    *mine = Some(t);
                    Some(())
                }
                (_, None) => Some(()),
            }
        }
        once(&mut self.title, other.title)?;
        once(&mut self.as_of, other.as_of)?;
        once(&mut self.source, other.source)?;
        once(&mut self.article, other.article)?;
        self.tariffs.extend(other.tariffs);
        self.stops.extend(other.stops);
        self.quotes.extend(other.quotes);
        self.events.extend(other.events);
        self.people.extend(other.people);
        self.places.extend(other.places);
        Some(())
    }
}

/// A piece of the document, and for a batch of a long array, the array's
/// name and how many items the piece must hold.
struct Piece<'a> {
    text: std::borrow::Cow<'a, str>,
    items: Option<(&'a str, usize)>,
}

/// The briefing in `text` parsed piece by piece, neither sanitised nor
/// validated; None when the text is not cut here or a piece fails.
pub fn parse(text: &str) -> Option<Briefing> {
    let mut whole = Part::default();
    for piece in cut(text)? {
        let part: Part = toml::from_str(&piece.text).ok()?;
        if let Some((key, n)) = piece.items
            && part.len(key) != Some(n)
        {
            return None;
        }
        whole.join(part)?;
    }
    Some(Briefing {
        title: whole.title?,
        as_of: whole.as_of?,
        source: whole.source?,
        article: whole.article.unwrap_or_default(),
        tariffs: whole.tariffs,
        stops: whole.stops,
        quotes: whole.quotes,
        events: whole.events,
        people: whole.people,
        places: whole.places,
    })
}

/// A key as the cutter reads it: letters, digits, `_` and `-`.
fn bare(key: &str) -> bool {
    !key.is_empty() && key.bytes().all(bare_byte)
}

fn bare_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'-'
}

/// The document's pieces, in order.
fn cut(text: &str) -> Option<Vec<Piece<'_>>> {
    let mut s = Scan {
        b: text.as_bytes(),
        p: 0,
    };
    let mut pieces = Vec::new();
    // names given by a statement or a [table] header, and by [[array]] headers
    let mut tables: HashSet<&str> = HashSet::new();
    let mut arrays: HashSet<&str> = HashSet::new();
    // the open section: where it starts, its name, and its [[array]] items
    let mut section: Option<(usize, &str, usize)> = None;
    loop {
        s.blank();
        let line = s.p;
        match s.b.get(s.p) {
            None => break,
            Some(b'\n' | b'\r') => s.p += 1,
            Some(b'#') => s.comment(),
            Some(b'[') => {
                let double = s.b.get(s.p + 1) == Some(&b'[');
                let name = s.header(text, double)?;
                let mut segments = name.split('.').map(str::trim);
                let first = segments.next()?;
                if !segments.all(bare) || !bare(first) {
                    return None;
                }
                if name.contains('.') {
                    // a table of the open section's last item or table
                    if section.is_none_or(|(_, open, _)| open != first) {
                        return None;
                    }
                    continue;
                }
                if double {
                    if tables.contains(first) {
                        return None;
                    }
                    arrays.insert(first);
                    if let Some((_, open, n)) = &mut section
                        && *open == first
                        && *n < BATCH
                    {
                        *n += 1;
                        continue;
                    }
                } else if !tables.insert(first) || arrays.contains(first) {
                    return None;
                }
                if let Some((start, _, _)) = section {
                    pieces.push(Piece {
                        text: text[start..line].into(),
                        items: None,
                    });
                }
                section = Some((line, first, usize::from(double)));
            }
            Some(_) if section.is_some() => {
                s.value()?;
            }
            Some(_) => {
                let key = s.key(text)?;
                if !tables.insert(key) || arrays.contains(key) {
                    return None;
                }
                s.blank();
                let array = s.b.get(s.p) == Some(&b'[');
                let value = s.p;
                let slices = s.value()?;
                if array && Part::default().len(key).is_some() {
                    batches(text, key, value, &slices, &mut pieces)?;
                } else {
                    pieces.push(Piece {
                        text: text[line..s.p].into(),
                        items: None,
                    });
                }
            }
        }
    }
    if let Some((start, _, _)) = section {
        pieces.push(Piece {
            text: text[start..].into(),
            items: None,
        });
    }
    Some(pieces)
}

/// The array `key = [...]` starting at `open`, its items between `commas`
/// (the closing bracket last), as pieces of BATCH items each.
fn batches<'a>(
    text: &'a str,
    key: &'a str,
    open: usize,
    commas: &[usize],
    pieces: &mut Vec<Piece<'a>>,
) -> Option<()> {
    let starts = std::iter::once(open).chain(commas.iter().copied());
    let slices: Vec<(usize, usize)> = starts.zip(commas.iter().copied()).collect();
    let filled = |&(from, to): &(usize, usize)| Scan::filled(&text[from + 1..to]);
    // an empty item is an error, but for the one after a trailing comma
    let (last, items) = slices.split_last()?;
    if !items.iter().all(filled) {
        return None;
    }
    for batch in slices.chunks(BATCH) {
        let (from, to) = (batch[0].0 + 1, batch[batch.len() - 1].1);
        let n = batch.iter().filter(|s| *s != last || filled(s)).count();
        pieces.push(Piece {
            text: format!("{key} = [{}\n]", &text[from..to]).into(),
            items: Some((key, n)),
        });
    }
    Some(())
}

/// A cursor over the document's bytes.
struct Scan<'a> {
    b: &'a [u8],
    p: usize,
}

impl Scan<'_> {
    /// Skips spaces and tabs.
    fn blank(&mut self) {
        while matches!(self.b.get(self.p), Some(b' ' | b'\t')) {
            self.p += 1;
        }
    }

    /// Skips a comment, up to its line's end.
    fn comment(&mut self) {
        while !matches!(self.b.get(self.p), None | Some(b'\n')) {
            self.p += 1;
        }
    }

    /// Whether an array's item holds anything besides white space and comments.
    fn filled(item: &str) -> bool {
        item.lines()
            .any(|l| !l.trim_start().is_empty() && !l.trim_start().starts_with('#'))
    }

    /// The end of the line after a header or value: blank, maybe a comment.
    fn line_end(&mut self) -> Option<()> {
        self.blank();
        if self.b.get(self.p) == Some(&b'#') {
            self.comment();
        }
        matches!(self.b.get(self.p), None | Some(b'\n' | b'\r')).then_some(())
    }

    /// A header's name, `[name]` or `[[name]]`, and the rest of its line.
    fn header<'t>(&mut self, text: &'t str, double: bool) -> Option<&'t str> {
        let start = self.p + 1 + usize::from(double);
        let len = self.b[start..].iter().position(|&b| b == b']')?;
        let close: &[u8] = if double { b"]]" } else { b"]" };
        if !self.b[start + len..].starts_with(close) {
            return None;
        }
        self.p = start + len + close.len();
        self.line_end()?;
        Some(text[start..start + len].trim())
    }

    /// A statement's bare key, and its `=`.
    fn key<'t>(&mut self, text: &'t str) -> Option<&'t str> {
        let start = self.p;
        while self.b.get(self.p).copied().is_some_and(bare_byte) {
            self.p += 1;
        }
        let key = &text[start..self.p];
        self.blank();
        (self.b.get(self.p) == Some(&b'=') && bare(key)).then(|| {
            self.p += 1;
            key
        })
    }

    /// Skips a value and the rest of its line; for an array, the positions
    /// of the commas between its items, and of its closing bracket last.
    fn value(&mut self) -> Option<Vec<usize>> {
        let array = self.b.get(self.p) == Some(&b'[');
        let mut depth = 0usize;
        let mut commas = Vec::new();
        loop {
            match self.b.get(self.p) {
                None | Some(b'\n') if depth == 0 => break,
                None => return None,
                Some(b'"' | b'\'') => self.string()?,
                Some(b'#') => self.comment(),
                Some(b'[' | b'{') => {
                    depth += 1;
                    self.p += 1;
                }
                Some(b']' | b'}') => {
                    depth = depth.checked_sub(1)?;
                    if array && depth == 0 {
                        commas.push(self.p);
                        self.p += 1;
                        self.line_end()?;
                        break;
                    }
                    self.p += 1;
                }
                Some(b',') => {
                    if array && depth == 1 {
                        commas.push(self.p);
                    }
                    self.p += 1;
                }
                Some(_) => self.p += 1,
            }
        }
        Some(commas)
    }

    /// Skips a string of any of the four kinds.
    fn string(&mut self) -> Option<()> {
        let q = self.b[self.p];
        let escapes = q == b'"';
        let triple = [q; 3];
        if self.b[self.p..].starts_with(&triple) {
            self.p += 3;
            loop {
                match self.b.get(self.p)? {
                    b'\\' if escapes => self.p += 2,
                    _ if self.b[self.p..].starts_with(&triple) => {
                        self.p += 3;
                        // up to two quotes may end the text itself
                        for _ in 0..2 {
                            if self.b.get(self.p) == Some(&q) {
                                self.p += 1;
                            }
                        }
                        return Some(());
                    }
                    _ => self.p += 1,
                }
            }
        }
        self.p += 1;
        loop {
            match *self.b.get(self.p)? {
                b'\\' if escapes => self.p += 2,
                b'\n' => return None,
                c if c == q => {
                    self.p += 1;
                    return Some(());
                }
                _ => self.p += 1,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{AFTER_BUSAN_TOML, DEFAULT_TOML};

    fn whole(text: &str) -> Option<Briefing> {
        toml::from_str(text).ok()
    }

    #[test]
    fn the_embedded_briefings_parse_the_same_in_pieces() {
        for text in [DEFAULT_TOML, AFTER_BUSAN_TOML] {
            let pieces = cut(text).expect("cut").len();
            assert!(pieces > 5, "{pieces} pieces");
            assert_eq!(parse(text), whole(text));
        }
    }

    const HEAD: &str = "title = \"T\"\nas_of = 2025-10-25 # the day\n";
    const SOURCE: &str =
        "[source]\noutlet = \"o\"\nheadline = \"h\"\npublished = 2025-10-01\naddress = \"a\"\n";

    /// A briefing with `n` events in one array and `n` stops as sections.
    fn briefing(n: usize, event: &str) -> String {
        let events: Vec<String> = (0..n)
            .map(|i| event.replace("{i}", &i.to_string()))
            .collect();
        let stops: String = (0..n)
            .map(|i| {
                format!(
                    "[[stops]]\nplace = \"P{i}\"\ncountry = \"C\"\nlat = 1.5\nlon = {i}\n\n[stops.evidence]\nsource = \"s\"\n# a comment\n"
                )
            })
            .collect();
        format!(
            "{HEAD}events = [\n{}\n]\n{SOURCE}{stops}",
            events.join(",\n")
        )
    }

    const EVENT: &str = "  # c, ]\n  {date = 2025-01-01, label = \"Day {i}, ] # \\\"x\\\"\", evidence = {source = 'a#[b'}}";

    #[test]
    fn long_arrays_and_many_sections_parse_the_same_in_batches() {
        for n in [0, 1, BATCH - 1, BATCH, BATCH + 1, 3 * BATCH + 7] {
            let text = briefing(n, EVENT);
            let parsed = parse(&text);
            assert!(parsed.is_some(), "{n}");
            assert_eq!(parsed, whole(&text), "{n}");
            assert_eq!(parsed.unwrap().stops.len(), n);
            // a trailing comma, and comments between items
            let text = text.replace("\n]\n[source]", ",\n# the end\n]\n[source]");
            assert_eq!(parse(&text), whole(&text), "{n}, trailing comma");
        }
    }

    #[test]
    fn what_the_whole_parse_refuses_is_never_accepted_in_pieces() {
        let event = "{date = 2025-01-01, evidence = {source = \"s\"}, label = \"L{i}\"}";
        let n = 2 * BATCH + 3;
        let good = briefing(n, event);
        let bad = [
            // an empty item at a batch's edge, and inside one
            good.replacen("L255\"}", "L255\"},\n", 1),
            good.replacen("L256\"}", "L256\"},", 1),
            good.replacen("L3\"}", "L3\"},", 1),
            // the same key twice, an array given twice
            format!("{good}title = \"again\"\n"),
            good.replacen("events = [", "title = \"x\"\nevents = [", 1),
            format!(
                "{good}[[events]]\ndate = 2025-01-01\nlabel = \"x\"\nevidence = {{source = \"s\"}}\n"
            ),
            format!("{good}[source]\n"),
            // what follows an array on its line
            good.replacen("\n]\n[source]", "\n] x\n[source]", 1),
            // a string left open, and a field not known
            good.replacen("\"L7\"", "\"L7", 1),
            good.replacen("lon = 9\n", "lon = 9\nheight = 3\n", 1),
            // no title
            good.replacen("title = \"T\"\n", "", 1),
        ];
        assert!(parse(&good).is_some());
        for (i, text) in bad.iter().enumerate() {
            assert!(whole(text).is_none(), "case {i} is valid TOML");
            assert_eq!(parse(text), None, "case {i} is accepted in pieces");
        }
    }
}
