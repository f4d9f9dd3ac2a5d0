//! Input meant to break ingest: bad bytes, pathological and hostile text,
//! dates at chrono's limits, rates past the ceiling, random token soup. Each
//! gives a clear error or a valid, bounded draft, never a panic.
//!
//! The hostile inputs are drawn small here, through the same code as at full
//! size; the full-size runs are ignored by default:
//! `cargo test --release -- --ignored` runs them.

use chrono::NaiveDate;
use tradewatch::ingest::{self, IngestError, MAX_BYTES};
use tradewatch::model;

use super::{SEED, ingest_checked};
use crate::helpers::{Scratch, day};

#[test]
fn bad_input_gets_a_clear_error_never_a_panic() {
    let date = Some(day(2025, 10, 25));
    let cases: [(&str, &[u8], &str); 4] = [
        ("empty", b"", "the article is empty"),
        ("blank", b"  \n\t\n", "the article is empty"),
        (
            "binary",
            b"\x7fELF\x02\x01\x00\x00tariff",
            "not text (a NUL byte at offset 6)",
        ),
        (
            "latin1",
            b"Tariffs of 10 per cent on caf\xe9s",
            "not text (invalid UTF-8 at offset 29)",
        ),
    ];
    for (name, bytes, says) in cases {
        let err = ingest::ingest_bytes(bytes, name, date).unwrap_err();
        assert!(err.to_string().contains(says), "{name}: {err}");
    }
    // a byte over the limit: refused by its size before it is read (sparse,
    // so it costs no disk)
    let dir = Scratch::new();
    let big = dir.file("big.txt", b"");
    std::fs::File::options()
        .write(true)
        .open(&big)
        .unwrap()
        .set_len(MAX_BYTES as u64 + 1)
        .unwrap();
    let err = ingest::ingest_file(&big, date).unwrap_err();
    assert!(
        err.to_string().contains(&format!(
            "is larger than {MAX_BYTES} bytes, the limit for an article"
        )),
        "{err}"
    );
}

/// A file full of quotation marks, of percent signs, of one endless
/// sentence, each unit `repeats` times: every one gives a valid draft with at
/// most `MAX_ITEMS` items of a kind.
fn pathological_text_gives_a_usable_bounded_result(repeats: usize) {
    let date = Some(day(2025, 10, 25));
    let quotes = "“ ” \" “a b c d” ".repeat(repeats);
    let percents = "a 100% tariff on China % %% 5 percent ".repeat(repeats);
    let names = "Mr Trump said Xi said Bessent told ".repeat(repeats);
    for (name, text) in [("quotes", quotes), ("percents", percents), ("names", names)] {
        assert!(text.len() < MAX_BYTES, "{name} stays under the limit");
        let b = ingest::ingest_bytes(text.as_bytes(), name, date)
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        model::check(&b).unwrap();
        for count in [
            b.tariffs.len(),
            b.quotes.len(),
            b.people.len(),
            b.events.len(),
        ] {
            assert!(count <= ingest::MAX_ITEMS, "{name}: {count} items");
        }
    }
}

#[test]
fn pathological_text_past_the_item_limit_gives_a_bounded_draft() {
    // enough of each unit for more than MAX_ITEMS quotes and figures
    pathological_text_gives_a_usable_bounded_result(5 * ingest::MAX_ITEMS);
}

#[test]
#[ignore = "megabytes: run with `cargo test --release -- --ignored`"]
fn pathological_text_of_megabytes_gives_a_bounded_draft() {
    pathological_text_gives_a_usable_bounded_result(50_000);
}

#[test]
fn nested_and_unbalanced_quotes_never_panic() {
    let date = Some(day(2025, 10, 25));
    for text in [
        "“a b c d \"e f g h.\" i.”",
        "\"a b c d “e f g h.” i.\"",
        "“a b c d \"e f g h.” i j k l.\"",
        "Trump said: “a b c d \"e f g h,\" he said. i j k l.”",
        "“ “ a b c d” ” “",
        "” a b c d “ e f g h ” “",
    ] {
        ingest_checked(text, date);
    }
    // a quotation inside a quotation is part of it, not a quote of its own
    let b = ingest_checked("Glass said: “a b c d \"e f g h.\" i.”", date);
    let quotes: Vec<_> = b.quotes.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(quotes, ["a b c d \"e f g h.\" i."]);
}

#[test]
fn any_publication_date_chrono_can_represent_works() {
    let text = "Trump said on Friday that he will visit Japan on Monday, this month, next month or \
                last month. A 100% tariff on China from November 1, since April, in December, \
                on 31 December and January 1, 2026, raised 30 Oct 2025 and 2025-10-25.";
    let limits = [
        NaiveDate::MIN,
        NaiveDate::MIN.succ_opt().unwrap(),
        NaiveDate::MAX,
        NaiveDate::MAX.pred_opt().unwrap(),
        day(-1, 3, 1),
        day(0, 2, 29),
        day(9999, 12, 31),
    ];
    for published in limits {
        let b = ingest_checked(text, Some(published));
        assert_eq!(b.as_of, published);
        // and the same day written as the article's own date line
        let line = format!("date: {}\n\n{text}", published.format("%Y-%m-%d"));
        let b = ingest_checked(&line, Some(day(2025, 10, 25)));
        assert_eq!(b.as_of, published, "{line:.30}");
    }
}

#[test]
fn rates_the_model_cannot_hold_are_skipped_with_a_note() {
    let date = Some(day(2025, 10, 25));
    let text = "The US imposed a 5000% tariff on Chinese goods and a 10% tariff on steel. \
                China threatened a 99999999999999999999% levy on US imports. \
                Tariffs of 1000 per cent on China stay.";
    let b = ingest_checked(text, date);
    let rates: Vec<f64> = b.tariffs.iter().map(|t| t.rate).collect();
    assert_eq!(rates, [10.0, 1000.0], "the ceiling itself is a rate");
    let note = b.source.note.as_deref().unwrap();
    for figure in ["5000%", "99999999999999999999%"] {
        assert!(
            note.contains(&format!("{figure} (“"))
                && note.contains("was skipped: above the model's 1000% ceiling"),
            "{figure}: {note}"
        );
    }
    // one tariff sentence after another: many figures, one short note
    let figures = 5 * ingest::MAX_ITEMS;
    let many = "A 2000% tariff on China. ".repeat(figures);
    let b = ingest_checked(&many, date);
    assert!(b.tariffs.is_empty());
    let note = b.source.note.unwrap();
    assert!(note.len() < 1_000, "{note}");
    assert!(
        note.contains(&format!("{} more figures above it", figures - 1)),
        "{note}"
    );
}

#[test]
fn a_figure_just_above_the_ceiling_is_skipped() {
    let b = ingest_checked("A 1000.5% tariff on China.", Some(day(2025, 10, 25)));
    assert!(b.tariffs.is_empty());
}

/// Each hostile shape of article at `size` bytes gives a valid draft of a
/// size bounded by the article's and its items' (the fuzz property), with
/// every evidence sentence cut to 1 000 characters.
fn the_draft_is_a_small_multiple_of_the_article(size: usize) {
    let seed = std::fs::read_to_string(SEED).unwrap();
    for (name, text) in ingest::hostile::articles(size, &seed) {
        let b = ingest_checked(&text, Some(day(2025, 10, 25)));
        crate::fuzz_properties::check_ingest(text.as_bytes());
        let draft = toml::to_string_pretty(&b).unwrap();
        eprintln!(
            "{name}: {} bytes of article, {} of draft",
            text.len(),
            draft.len()
        );
        let evidence = b
            .tariffs
            .iter()
            .map(|t| &t.evidence)
            .chain(b.stops.iter().map(|s| &s.evidence))
            .chain(b.quotes.iter().map(|q| &q.evidence))
            .chain(b.events.iter().map(|e| &e.evidence))
            .chain(b.people.iter().map(|p| &p.evidence));
        for e in evidence {
            let sentence = e.article.as_deref().unwrap();
            assert!(sentence.chars().count() <= 1_000, "{name}: {sentence:.80}");
        }
    }
}

#[test]
fn a_hostile_article_gives_a_small_multiple_of_it() {
    the_draft_is_a_small_multiple_of_the_article(16 * 1024);
}

#[test]
#[ignore = "4 MiB articles: run with `cargo test --release -- --ignored`"]
fn a_hostile_article_at_the_size_limit_gives_a_small_multiple_of_it() {
    the_draft_is_a_small_multiple_of_the_article(MAX_BYTES);
}

/// Articles of random tokens, from what the extractors look for and what
/// trips up byte offsets: every one ingests into a valid draft.
#[test]
fn token_soup_always_gives_a_valid_draft() {
    const TOKENS: &[&str] = &[
        " ",
        " ",
        " ",
        "\n",
        "\n\n",
        ".",
        ",",
        ";",
        ":",
        "!",
        "?",
        "-",
        "—",
        "(",
        ")",
        "“",
        "”",
        "\"",
        "'",
        "’",
        "%",
        "10",
        "145",
        "1000",
        "1000.5",
        "99999999999999999999",
        "0",
        "3rd",
        "2025",
        "2025-10-25",
        "percent",
        "per",
        "cent",
        "tariff",
        "tariffs",
        "levy",
        "rates",
        "on",
        "from",
        "to",
        "since",
        "in",
        "by",
        "the",
        "and",
        "respectively",
        "those",
        "said",
        "told",
        "according",
        "he",
        "will",
        "visit",
        "travel",
        "headed",
        "meet",
        "Monday",
        "Friday",
        "this",
        "next",
        "last",
        "month",
        "November",
        "Nov",
        "Nov.",
        "May",
        "1",
        "31",
        "US",
        "U.S.",
        "China",
        "Chinese",
        "imports",
        "Beijing",
        "Japan",
        "Kuala Lumpur",
        "South Korea",
        "Busan",
        "Mr",
        "President",
        "Xi",
        "Jinping",
        "Trump",
        "Donald",
        "Bessent",
        "Glass",
        "Aa",
        "Bb",
        "Japan’s",
        "é",
        "🇯🇵",
        "日本",
        "\u{301}",
        "date:",
        "title:",
        "x",
    ];
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move |n: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % n as u64) as usize
    };
    let dates = [
        NaiveDate::MIN,
        NaiveDate::MAX,
        day(2025, 10, 25),
        day(2025, 12, 31),
        day(2026, 1, 1),
    ];
    for _ in 0..1_500 {
        let len = next(120) + 1;
        let text: String = (0..len).map(|_| TOKENS[next(TOKENS.len())]).collect();
        let date = Some(dates[next(dates.len())]);
        match ingest::ingest_bytes(text.as_bytes(), "soup.txt", date) {
            Ok(b) => {
                model::check(&b).unwrap_or_else(|e| panic!("{text:?}: {e}"));
            }
            Err(e) => assert!(
                matches!(e, IngestError::Empty { .. } | IngestError::BadDate { .. }),
                "{text:?}: {e}"
            ),
        }
    }
}
