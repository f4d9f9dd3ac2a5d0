//! The properties the fuzz targets check, written once: the fuzz crate includes
//! this file (`#[path]`), `fuzz_regressions` replays saved inputs through the
//! same functions, and `sizes` and `ingest` reuse some. Each `check_*` takes raw fuzzer bytes and
//! panics when a property fails.
#![allow(dead_code)] // each includer uses its own subset

use std::sync::OnceLock;

use chrono::NaiveDate;
use ratatui::buffer::Buffer;
use ratatui::layout::Size;
use serde_json::Value;
use tradewatch::dashboard::App;
use tradewatch::dashboard::keymap;
use tradewatch::dashboard::theme::DARK;
use tradewatch::ingest::{self, IngestError};
use tradewatch::model::history::{History, default_history};
use tradewatch::model::{self, Briefing, Format};
use tradewatch::snapshot::{self, Format as Export};

/// The day an article is published on unless the input says otherwise.
const PUBLISHED: (i32, u32, u32) = (2025, 10, 25);
/// Input prefix: the next four bytes are the publication day (days from CE, LE).
const DATE_FROM_INPUT: u8 = 0x01;
/// Input prefix: no publication day is passed, so the article's header must give one.
const DATE_FROM_HEADER: u8 = 0x02;
/// A draft's size: the article once, and words of it copied into labels and
/// quotes, at most `DRAFT_FACTOR` times the input; each item adds at most
/// `DRAFT_PER_ITEM` more (a 1 000-character evidence sentence of 4-byte
/// characters and its fields); the title, source and notes `DRAFT_BASE`.
const DRAFT_FACTOR: usize = 8;
const DRAFT_PER_ITEM: usize = 4 * 1024;
const DRAFT_BASE: usize = 4 * 1024;
/// Single characters the render target types besides the key names: wide,
/// combining and XML-special ones, which reach the screen through a filter.
const TYPED: [&str; 7] = ["中", "é", "\u{301}", "😀", " ", "&", "<"];

/// Characters that draw nothing or join emoji, which loading removes.
const INVISIBLE: [char; 12] = [
    '\u{200b}', '\u{200d}', '\u{200e}', '\u{200f}', '\u{061c}', '\u{feff}', '\u{2028}', '\u{2029}',
    '\u{202e}', '\u{fe0f}', '\u{fffe}', '\u{ffff}',
];

/// Whether XML 1.0 forbids `c` anywhere in a document.
pub fn xml_forbidden(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}')
}

/// The format a fuzz input is parsed as: JSON when it starts with `{`.
pub fn format_of(text: &str) -> Format {
    if text.starts_with('{') {
        Format::Json
    } else {
        Format::Toml
    }
}

/// Target `load`: parsing never panics, a loaded briefing is clean and valid,
/// and an error message is one line that writes no control character.
pub fn check_load(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match model::parse_str(text, "fuzz", format_of(text)) {
        Ok(briefing) => assert_clean(&briefing),
        Err(e) => assert_message_clean(&e.to_string()),
    }
}

/// A message for the terminal echoes input with its control characters escaped.
pub fn assert_message_clean(message: &str) {
    if let Some(c) = message.chars().find(|c| c.is_control()) {
        panic!("the message holds control character {c:?}: {message:?}");
    }
}

/// Every string of `b` is free of control and invisible characters (the
/// article may hold newlines), and `b` passes the model's own check.
pub fn assert_clean(b: &Briefing) {
    let value = serde_json::to_value(b).expect("a briefing serialises to JSON");
    let mut strings = Vec::new();
    collect_strings(&value, String::new(), &mut strings);
    for (path, s) in strings {
        let multiline = path == ".article";
        if let Some(c) = s
            .chars()
            .find(|&c| (c.is_control() && !(multiline && c == '\n')) || INVISIBLE.contains(&c))
        {
            panic!("{path} holds control or invisible character {c:?}: {s:?}");
        }
    }
    if let Err(message) = model::check(b) {
        panic!("a loaded briefing fails check: {message}");
    }
}

/// Every string in `value` with its path, like `.tariffs[0].label`.
fn collect_strings<'a>(value: &'a Value, path: String, out: &mut Vec<(String, &'a str)>) {
    match value {
        Value::String(s) => out.push((path, s)),
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                collect_strings(v, format!("{path}[{i}]"), out);
            }
        }
        Value::Object(fields) => {
            for (k, v) in fields {
                collect_strings(v, format!("{path}.{k}"), out);
            }
        }
        _ => {}
    }
}

/// How an ingest input is read: the publication day passed, and the article.
pub fn ingest_case(data: &[u8]) -> (Option<NaiveDate>, &[u8]) {
    let (y, m, d) = PUBLISHED;
    let fixed = NaiveDate::from_ymd_opt(y, m, d);
    match data.split_first() {
        Some((&DATE_FROM_INPUT, rest)) if rest.len() >= 4 => {
            let (day, article) = rest.split_at(4);
            let day = i32::from_le_bytes([day[0], day[1], day[2], day[3]]);
            // most days are past chrono's range: those stand for its limits
            let limit = if day < 0 {
                NaiveDate::MIN
            } else {
                NaiveDate::MAX
            };
            let date = NaiveDate::from_num_days_from_ce_opt(day).unwrap_or(limit);
            (Some(date), article)
        }
        Some((&DATE_FROM_HEADER, rest)) => (None, rest),
        _ => (fixed, data),
    }
}

/// Target `ingest`: drafting never panics; a draft is clean and valid, its
/// TOML loads again, and its size is bounded by the input's; an error message
/// writes no control character.
pub fn check_ingest(data: &[u8]) {
    let (date, article) = ingest_case(data);
    let draft = match ingest::ingest_bytes(article, "fuzz.txt", date) {
        Ok(draft) => draft,
        Err(e @ IngestError::Invalid { .. }) => panic!("ingest rejects its own draft: {e}"),
        Err(e) => return assert_message_clean(&e.to_string()),
    };
    assert_clean(&draft);
    let toml = toml::to_string_pretty(&draft).expect("a draft serialises to TOML");
    if let Err(e) = model::parse_str(&toml, "draft.toml", Format::Toml) {
        panic!("the draft's TOML does not load: {e}\n{toml}");
    }
    let items = items(&draft);
    let bound = DRAFT_FACTOR * article.len() + DRAFT_PER_ITEM * items + DRAFT_BASE;
    assert!(
        toml.len() <= bound,
        "a {} byte article makes a {} byte draft of {items} items (bound {bound})",
        article.len(),
        toml.len()
    );
}

/// How many items `b` holds, of every kind.
fn items(b: &Briefing) -> usize {
    b.tariffs.len() + b.stops.len() + b.quotes.len() + b.events.len() + b.people.len()
}

/// A render input: the screen size, the keys pressed, and maybe a briefing.
#[derive(Debug)]
pub struct RenderCase<'a> {
    pub size: Size,
    pub keys: Vec<String>,
    /// Shown instead of the embedded briefings when it loads.
    pub briefing: &'a [u8],
}

/// Reads a render input: width (2 bytes LE), height (1 byte), a key count,
/// that many key bytes, then a briefing's text. Missing bytes read as zero.
pub fn render_case(data: &[u8]) -> RenderCase<'_> {
    let byte = |i: usize| data.get(i).copied().unwrap_or(0);
    let width = 1 + u16::from_le_bytes([byte(0), byte(1)]) % 300;
    let height = 1 + u16::from(byte(2)) % 150;
    let count = usize::from(byte(3));
    let keys_end = 4usize.saturating_add(count).min(data.len());
    let names = keymap::key_names();
    let keys = data
        .get(4..keys_end)
        .unwrap_or_default()
        .iter()
        .map(|&k| {
            let k = usize::from(k) % (names.len() + TYPED.len());
            names
                .get(k)
                .copied()
                .unwrap_or_else(|| TYPED[k - names.len()])
        })
        .map(str::to_owned)
        .collect();
    RenderCase {
        size: Size::new(width, height),
        keys,
        briefing: data.get(keys_end..).unwrap_or_default(),
    }
}

/// The embedded briefings and tariff history, loaded once per process.
fn embedded() -> &'static (Vec<Briefing>, History) {
    static EMBEDDED: OnceLock<(Vec<Briefing>, History)> = OnceLock::new();
    EMBEDDED.get_or_init(|| {
        let briefings = model::embedded_briefings().expect("embedded briefings load");
        (
            briefings,
            default_history().expect("embedded history loads"),
        )
    })
}

/// Target `render`: drawing after keys never panics, no cell holds a control
/// character, and every export is well formed.
pub fn check_render(data: &[u8]) {
    let case = render_case(data);
    let (embedded, history) = embedded();
    let loaded = std::str::from_utf8(case.briefing)
        .ok()
        .filter(|text| !text.is_empty())
        .and_then(|text| model::parse_str(text, "fuzz", format_of(text)).ok());
    let briefings = loaded.map_or_else(|| embedded.clone(), |b| vec![b]);
    let app = App::new(briefings, history.clone(), None);
    let buf = snapshot::frame(app, case.size, &case.keys);
    assert_cells_clean(&buf);
    assert_exports_well_formed(&buf);
}

/// No cell's symbol holds a control character.
pub fn assert_cells_clean(buf: &Buffer) {
    let width = usize::from(buf.area.width).max(1);
    for (i, cell) in buf.content.iter().enumerate() {
        let symbol = cell.symbol();
        assert!(
            !symbol.chars().any(char::is_control),
            "cell ({}, {}) holds {symbol:?}",
            i % width,
            i / width
        );
    }
}

/// SVG is XML; the HTML page embeds that same SVG and holds nothing XML
/// forbids; ANSI holds no control character but newlines and SGR sequences.
pub fn assert_exports_well_formed(buf: &Buffer) {
    let svg = snapshot::encode(buf, Export::Svg, DARK.ground);
    assert_xml(&svg, "SVG");
    let html = snapshot::encode(buf, Export::Html, DARK.ground);
    // HTML is not XML (`<meta charset>` is never closed): its picture is
    assert!(html.contains(&svg), "the HTML page does not embed the SVG");
    assert_no_xml_forbidden(&html, "HTML");
    assert_ansi(&snapshot::encode(buf, Export::Ansi, DARK.ground));
}

/// `text` is a well-formed XML document with no character XML forbids.
pub fn assert_xml(text: &str, what: &str) {
    assert_no_xml_forbidden(text, what);
    if let Err(e) = roxmltree::Document::parse(text) {
        panic!("the {what} export is not well-formed XML: {e}");
    }
}

fn assert_no_xml_forbidden(text: &str, what: &str) {
    if let Some((at, c)) = text.char_indices().find(|&(_, c)| xml_forbidden(c)) {
        panic!("the {what} export holds {c:?}, which XML forbids, at byte {at}");
    }
}

/// Only `\n` and complete `ESC [ digits;… m` sequences are control characters.
pub fn assert_ansi(text: &str) {
    let mut chars = text.char_indices();
    while let Some((at, c)) = chars.next() {
        match c {
            '\n' => {}
            '\u{1b}' => {
                assert_eq!(
                    chars.next().map(|(_, c)| c),
                    Some('['),
                    "ESC at byte {at} of the ANSI export starts no CSI"
                );
                let end = chars.find(|&(_, c)| !(c.is_ascii_digit() || c == ';'));
                assert_eq!(
                    end.map(|(_, c)| c),
                    Some('m'),
                    "the sequence at byte {at} of the ANSI export is not SGR"
                );
            }
            c if c.is_control() => panic!("the ANSI export holds {c:?} at byte {at}"),
            _ => {}
        }
    }
}
