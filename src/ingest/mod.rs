//! Article text to a draft briefing: tariff figures, dates, quotes, places and
//! people, each with the sentence it came from. Rule-based and linear in the
//! text: it finds what the words say and never makes anything up.

mod build;
pub mod dates;
pub mod gazetteer;
pub mod hostile;
mod labels;
mod parallel;
pub mod people;
pub mod quotes;
mod sites;
pub mod tariffs;
mod trip;
pub mod words;
use crate::model::work;

use std::collections::HashSet;
use std::ops::Range;
use std::path::Path;

use chrono::NaiveDate;
use thiserror::Error;

use crate::model::read::{ReadError, read_regular};
use crate::model::{Briefing, escape, sanitize_text};
use dates::FoundDate;
use gazetteer::Mention;
use people::FoundPerson;
use quotes::FoundQuote;
use tariffs::FoundTariff;
pub use trip::FoundStop;

/// Articles are a few kilobytes; anything past this is not one.
pub const MAX_BYTES: usize = 4 * 1024 * 1024;
/// At most this many items of each kind are kept, whatever the input.
pub const MAX_ITEMS: usize = 200;

#[derive(Debug, Error)]
pub enum IngestError {
    #[error("{f}: {source}", f = escape(.file))]
    Read {
        file: String,
        #[source]
        source: ReadError,
    },
    #[error("{f}: {bytes} bytes is too large for an article (limit {MAX_BYTES})", f = escape(.file))]
    TooLarge { file: String, bytes: u64 },
    #[error("{f}: not text ({why})", f = escape(.file))]
    NotText { file: String, why: String },
    #[error("{f}: the article is empty", f = escape(.file))]
    Empty { file: String },
    #[error(
        "{f}: needs a publication date: pass --date YYYY-MM-DD or start the file with a `date: YYYY-MM-DD` line",
        f = escape(.file)
    )]
    NoDate { file: String },
    #[error("{f}:{line}:1: `{t}` is not a date like 2025-10-25", f = escape(.file), t = escape(.text))]
    BadDate {
        file: String,
        line: usize,
        text: String,
    },
    #[error("{f}: the draft briefing is invalid ({m}); please report this", f = escape(.file), m = escape(.message))]
    Invalid { file: String, message: String },
}

/// What an article says, as byte ranges into its text.
#[derive(Debug, Default)]
pub struct Extraction {
    pub sentences: Vec<Range<usize>>,
    pub tariffs: Vec<(FoundTariff, Option<FoundDate>)>,
    /// Figures above the model's ceiling ([`crate::model::MAX_RATE`]), the first
    /// [`MAX_ITEMS`] of them: the draft names them in a note instead of
    /// holding them.
    pub skipped: Vec<FoundTariff>,
    /// How many figures above the ceiling there are in all.
    pub skipped_total: usize,
    pub dates: Vec<FoundDate>,
    pub quotes: Vec<FoundQuote>,
    pub places: Vec<Mention>,
    pub stops: Vec<FoundStop>,
    pub people: Vec<FoundPerson>,
}

impl Extraction {
    /// The sentence holding byte `at`.
    pub fn sentence_at(&self, at: usize) -> Option<Range<usize>> {
        let i = self.sentences.partition_point(|s| s.end <= at);
        self.sentences.get(i).filter(|s| s.start <= at).cloned()
    }
}

/// Finds everything in `text`, resolving dates against `published`.
///
/// The steps that need nothing from each other run two at a time
/// ([`parallel::both`]): the places (which read the text on their own) beside
/// the sentences and words, then the people and their quotes beside the
/// dates and tariffs; the trip needs all of them.
pub fn extract(text: &str, published: NaiveDate) -> Extraction {
    let (places, (sentences, all_words)) = parallel::both(
        || {
            let mut places = gazetteer::find_places(text);
            // datelines ("SEOUL, Oct. 31 (Yonhap)") name places in capitals
            places.extend(gazetteer::find_datelines(text));
            places.sort_by_key(|m| m.start);
            places
        },
        || (crate::model::sentences::sentences(text), words::words(text)),
    );
    let lower = words::Lower::new(text, &all_words);
    let lower = lower.words();
    // each sentence's words: sentences are separated by white space only, so
    // no word straddles two and a sentence's words are those of the text
    let spans = sentence_words(&sentences, &all_words);
    // the words that start a sentence: each sentence's first word, if it
    // starts where the sentence does (a per-sentence test, not per word)
    let mut starts = vec![false; all_words.len()];
    for (sentence, span) in sentences.iter().zip(&spans) {
        if all_words
            .get(span.start)
            .is_some_and(|w| w.start == sentence.start)
        {
            starts[span.start] = true;
        }
    }
    let ((people, quotes), (mut dates, found)) = parallel::both(
        || {
            let mut people = people::find_people(text, &all_words, &lower, &starts);
            people.truncate(MAX_ITEMS);
            let quotes = quotes::find_quotes(text, &sentences, &people, MAX_ITEMS);
            (people, quotes)
        },
        || {
            let dates = dates::find_dates(text, &all_words, &lower, published);
            let others = tariffs::third_parties(text, &places);
            let found = find_tariffs(text, (&all_words, &lower), &spans, &dates, &others);
            (dates, found)
        },
    );
    let mut stops = trip::find_stops(
        text,
        &trip::Sentences {
            ranges: &sentences,
            words: &all_words,
            lower: &lower,
            spans: &spans,
        },
        &places,
        &dates,
        &people,
        published,
    );
    stops.truncate(MAX_ITEMS);
    dates.truncate(MAX_ITEMS);
    Extraction {
        sentences,
        tariffs: found.tariffs,
        skipped: found.skipped,
        skipped_total: found.skipped_total,
        dates,
        quotes,
        places,
        stops,
        people,
    }
}

/// The tariff figures of an article: those within the model's ceiling, each
/// once, with the date nearest it, and those above it.
#[derive(Default)]
struct Tariffs {
    tariffs: Vec<(FoundTariff, Option<FoundDate>)>,
    skipped: Vec<FoundTariff>,
    skipped_total: usize,
}

fn find_tariffs(
    text: &str,
    (all_words, lower): (&[words::Word], &[&str]),
    spans: &[Range<usize>],
    dates: &[FoundDate],
    others: &[usize],
) -> Tariffs {
    let mut out = Tariffs::default();
    let mut seen = HashSet::new();
    let mut earlier = Vec::new();
    for span in spans {
        let (ws, lw) = (&all_words[span.clone()], &lower[span.clone()]);
        let found = tariffs::find_in_sentence(text, ws, lw, &earlier, others);
        if !found.is_empty() {
            earlier = found.iter().map(|t| (t.imposer, t.target)).collect();
        }
        for t in found {
            if !(0.0..=crate::model::MAX_RATE).contains(&t.rate) {
                out.skipped_total += 1;
                if out.skipped.len() < MAX_ITEMS {
                    out.skipped.push(t);
                }
                continue;
            }
            if out.tariffs.len() >= MAX_ITEMS
                || !seen.insert((
                    t.rate.to_bits(),
                    t.imposer as u8,
                    t.target as u8,
                    t.status as u8,
                ))
            {
                continue;
            }
            let date = date_near(dates, &t);
            out.tariffs.push((t, date));
        }
    }
    out
}

/// The range of `words` (in text order) that lies within each sentence.
fn sentence_words(sentences: &[Range<usize>], words: &[words::Word]) -> Vec<Range<usize>> {
    // both ends only move on: read word by word, not searched for in all
    // the words left, the words are passed over once in all
    let mut w = 0;
    sentences
        .iter()
        .map(|sentence| {
            let mut first = w;
            while words.get(first).is_some_and(|x| x.start < sentence.start) {
                first += 1;
            }
            let mut last = first;
            while words.get(last).is_some_and(|x| x.end <= sentence.end) {
                last += 1;
            }
            w = last;
            first..last
        })
        .collect()
}

/// The date words nearest a figure, within its part of the sentence.
fn date_near(dates: &[FoundDate], t: &FoundTariff) -> Option<FoundDate> {
    // dates are in text order: those starting in the window are one slice
    let first = dates.partition_point(|d| d.span.start < t.window.start);
    let last = dates.partition_point(|d| d.span.start < t.window.end);
    dates[first..last.max(first)]
        .iter()
        .inspect(|_| work::read(1))
        .filter(|d| d.span.end <= t.window.end)
        .min_by_key(|d| d.span.start.abs_diff(t.figure.start))
        .cloned()
}

/// The `date:`, `title:` and `source:` lines an article may start with.
#[derive(Debug, Default, PartialEq)]
pub struct Header {
    pub date: Option<NaiveDate>,
    pub title: Option<String>,
    pub source: Option<String>,
}

/// Splits off the header; returns it and the byte offset where the body starts.
/// A `title:` or `source:` line with nothing after the colon says nothing.
pub fn header(text: &str, file: &str) -> Result<(Header, usize), IngestError> {
    let mut header = Header::default();
    let mut offset = 0;
    for (n, line) in text.split_inclusive('\n').enumerate() {
        let Some((key, value)) = line.split_once(':') else {
            break;
        };
        let value = value.trim();
        match key.trim().to_ascii_lowercase().as_str() {
            "date" => {
                let date = crate::model::day::parse(value).map_err(|_| IngestError::BadDate {
                    file: file.to_owned(),
                    line: n + 1,
                    text: value.to_owned(),
                })?;
                header.date = Some(date);
            }
            "title" => header.title = given(value),
            "source" => header.source = given(value),
            _ => break,
        }
        offset += line.len();
    }
    Ok((header, offset))
}

fn given(value: &str) -> Option<String> {
    (!value.is_empty()).then(|| value.to_owned())
}

/// Whether `bytes` could be an article: not a briefing, and text.
pub fn check_text(bytes: &[u8], file: &str) -> Result<String, IngestError> {
    if bytes.len() > MAX_BYTES {
        return Err(IngestError::TooLarge {
            file: file.to_owned(),
            bytes: bytes.len() as u64,
        });
    }
    // `contains` on bytes is a word-at-a-time search; the position only for the message
    if bytes.contains(&0)
        && let Some(at) = bytes.iter().position(|&b| b == 0)
    {
        return Err(IngestError::NotText {
            file: file.to_owned(),
            why: format!("a NUL byte at offset {at}"),
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| IngestError::NotText {
        file: file.to_owned(),
        why: format!("invalid UTF-8 at offset {}", e.valid_up_to()),
    })?;
    // escape sequences and control characters never reach the terminal
    let text = sanitize_text(text, true);
    if text.trim().is_empty() {
        return Err(IngestError::Empty {
            file: file.to_owned(),
        });
    }
    Ok(text)
}

/// Reads an article and drafts a briefing from it; `date` is the publication
/// date when its header has none.
pub fn ingest_file(path: &Path, date: Option<NaiveDate>) -> Result<Briefing, IngestError> {
    let file = path.display().to_string();
    let bytes =
        read_regular(path, MAX_BYTES as u64, "an article").map_err(|source| IngestError::Read {
            file: file.clone(),
            source,
        })?;
    ingest_bytes(&bytes, &file, date)
}

/// Drafts a briefing from an article's bytes; `file` names it in messages and
/// in the briefing. The article's own `date:` line wins over `date`, which is
/// the default for articles without one.
pub fn ingest_bytes(
    bytes: &[u8],
    file: &str,
    date: Option<NaiveDate>,
) -> Result<Briefing, IngestError> {
    let text = check_text(bytes, file)?;
    let (header, body_start) = header(&text, file)?;
    let published = header.date.or(date).ok_or_else(|| IngestError::NoDate {
        file: file.to_owned(),
    })?;
    let body = text[body_start..].trim_start_matches(['\n', '\r', ' ']);
    if body.trim().is_empty() {
        return Err(IngestError::Empty {
            file: file.to_owned(),
        });
    }
    let extraction = extract(body, published);
    let build::Draft {
        mut briefing,
        cut_from,
    } = build::briefing(body, &extraction, &header, published, file);
    // the article is the text `check_text` sanitised, which a second pass
    // leaves as it is: only the strings drawn from it are sanitised again
    let article = std::mem::take(&mut briefing.article);
    briefing.sanitize();
    briefing.article = article;
    // Valid by construction: rates within the ceiling, two different parties,
    // evidence and quotes cut from the article, a non-empty title, coordinates
    // from the gazetteer. The check guards that construction; a string still
    // equal to a slice it was cut from is known to be in the article.
    let verbatim: HashSet<&str> = cut_from.iter().map(|r| &body[r.clone()]).collect();
    crate::model::check_drawn(&briefing, &|s| verbatim.contains(s)).map_err(|message| {
        IngestError::Invalid {
            file: file.to_owned(),
            message,
        }
    })?;
    Ok(briefing)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the look-arounds read while `text` is ingested, per byte of it.
    fn read_per_byte(text: &str) -> f64 {
        let published = NaiveDate::from_ymd_opt(2025, 10, 25).unwrap();
        work::take();
        ingest_bytes(text.as_bytes(), "t.txt", Some(published)).unwrap();
        work::take() as f64 / text.len() as f64
    }

    #[test]
    fn the_look_arounds_read_each_byte_a_few_times_whatever_the_text() {
        let seed = include_str!("../../tests/corpus/00_ft_seed.txt");
        let small = hostile::articles(32 * 1024, seed);
        let large = hostile::articles(64 * 1024, seed);
        for ((name, small), (_, large)) in small.iter().zip(&large) {
            let (a, b) = (read_per_byte(small), read_per_byte(large));
            assert!(b <= 20.0, "{name}: {b:.1} reads per byte");
            assert!(
                b <= 1.25 * a + 0.5,
                "{name}: {a:.2} then {b:.2} reads per byte"
            );
        }
    }
}
