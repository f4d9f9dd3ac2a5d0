//! Article ingest: the seed article, headers and dates, bad input, and the
//! rule that nothing is made up.
//!
//! The hostile inputs are drawn small here, through the same code as at full
//! size; the full-size runs are ignored by default:
//! `cargo test --release -- --ignored` runs them (a minute or two).

use std::path::Path;

use chrono::NaiveDate;
use tradewatch::ingest::{self, IngestError, MAX_BYTES, gazetteer};
use tradewatch::model::{self, Briefing, Format, Party, TariffStatus};

use crate::helpers::{Scratch, day, run, stderr, words};

const SEED: &str = "tests/corpus/00_ft_seed.txt";

fn seed() -> Briefing {
    ingest::ingest_file(Path::new(SEED), Some(day(2025, 10, 25))).expect("the seed article ingests")
}

#[test]
fn the_seed_article_gives_the_three_figures_the_trip_and_the_quotes() {
    let b = seed();
    let figures: Vec<_> = b
        .tariffs
        .iter()
        .map(|t| (t.rate, t.imposer, t.target, t.status))
        .collect();
    for expected in [
        (145.0, Party::Us, Party::China, TariffStatus::InForce),
        (125.0, Party::China, Party::Us, TariffStatus::InForce),
        (100.0, Party::Us, Party::China, TariffStatus::Threatened),
    ] {
        assert!(
            figures.contains(&expected),
            "{expected:?} not in {figures:?}"
        );
    }
    let threat = b.tariffs.iter().find(|t| t.rate == 100.0).unwrap();
    assert_eq!(threat.date, Some(day(2025, 11, 1)), "from November 1");
    let countries: Vec<_> = b.stops.iter().map(|s| s.country.as_str()).collect();
    assert_eq!(countries, ["Malaysia", "Japan", "South Korea"]);
    let speakers: Vec<_> = b.quotes.iter().map(|q| q.speaker.as_str()).collect();
    assert_eq!(speakers, ["Donald Trump", "George Glass", "George Glass"]);
    assert_eq!(b.quotes[0].date, Some(day(2025, 10, 24)), "said on Friday");
    let countdowns: Vec<_> = b.countdowns().map(|e| e.date).collect();
    assert_eq!(
        countdowns,
        [day(2025, 10, 26), day(2025, 10, 30), day(2025, 11, 1)]
    );
}

#[test]
fn the_draft_passes_check_in_both_formats() {
    let b = seed();
    model::check(&b).unwrap();
    let toml = toml::to_string_pretty(&b).unwrap();
    assert_eq!(
        model::parse_str(&toml, "draft.toml", Format::Toml).unwrap(),
        b
    );
    let json = serde_json::to_string_pretty(&b).unwrap();
    assert_eq!(
        model::parse_str(&json, "draft.json", Format::Json).unwrap(),
        b
    );
}

#[test]
fn the_date_comes_from_the_header_or_the_option_or_is_asked_for() {
    let text = "date: 2025-10-27\ntitle: Talks end\nsource: Example Wire\n\nTrump said on Friday that tariffs on Chinese goods stay at 30%.\n";
    let b = ingest::ingest_bytes(text.as_bytes(), "a.txt", None).unwrap();
    assert_eq!(
        (b.as_of, b.title.as_str(), b.source.outlet.as_str()),
        (day(2025, 10, 27), "Talks end", "Example Wire")
    );
    assert!(
        !b.article.contains("date:"),
        "the header is not part of the article"
    );
    assert_eq!(b.quotes.len(), 0);
    assert_eq!(b.tariffs[0].rate, 30.0);
    let later = ingest::ingest_bytes(text.as_bytes(), "a.txt", Some(day(2025, 11, 3))).unwrap();
    assert_eq!(
        later.as_of,
        day(2025, 10, 27),
        "the header wins over --date"
    );
    let headless = text.split_once("\n\n").unwrap().1;
    let dated = ingest::ingest_bytes(headless.as_bytes(), "a.txt", Some(day(2025, 11, 3))).unwrap();
    assert_eq!(dated.as_of, day(2025, 11, 3), "--date is the default");

    let err = ingest::ingest_bytes(b"Tariffs rose.", "b.txt", None).unwrap_err();
    assert!(matches!(err, IngestError::NoDate { .. }), "{err}");
    assert!(err.to_string().contains("pass --date YYYY-MM-DD"), "{err}");
    let err =
        ingest::ingest_bytes(b"title: x\ndate: 25/10/2025\n\nText.", "c.txt", None).unwrap_err();
    assert_eq!(
        err.to_string(),
        "c.txt:2:1: `25/10/2025` is not a date like 2025-10-25"
    );
}

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
fn escape_sequences_never_reach_the_output() {
    let text = "Trump said on Friday: \u{1b}]0;pwned\u{7}\u{1b}[2J“Tariffs of 100 per cent on China are coming soon.”\u{1b}[31m\n";
    let b = ingest::ingest_bytes(text.as_bytes(), "esc.txt", Some(day(2025, 10, 25))).unwrap();
    let all = serde_json::to_string(&b).unwrap();
    assert!(!all.contains('\u{1b}') && !all.contains('\u{7}'), "{all}");
    assert_eq!(
        b.quotes[0].text,
        "Tariffs of 100 per cent on China are coming soon."
    );
}

#[test]
fn nothing_is_made_up() {
    for article in crate::eval_harness::load_corpus(Path::new("tests/corpus")).unwrap() {
        let b = ingest::ingest_bytes(
            article.text.as_bytes(),
            &article.name,
            Some(article.gold.date),
        )
        .unwrap();
        let text = words(&b.article);
        let name = &article.name;
        for t in &b.tariffs {
            let sentence = t.evidence.article.as_deref().unwrap();
            assert!(
                text.contains(&words(sentence)),
                "{name}: evidence not in the article"
            );
            let rate = format!("{}", t.rate);
            assert!(
                sentence.contains(&rate),
                "{name}: {rate} is not in {sentence:?}"
            );
        }
        for q in &b.quotes {
            assert!(b.article.contains(&q.text), "{name}: quote {:?}", q.text);
            assert!(
                q.speaker == "unknown" || b.article.contains(&q.speaker),
                "{name}: speaker {:?}",
                q.speaker
            );
        }
        for p in &b.people {
            assert!(b.article.contains(&p.name), "{name}: person {:?}", p.name);
            if let Some(role) = &p.role {
                assert!(b.article.contains(role.as_str()), "{name}: role {role:?}");
            }
        }
        let named: Vec<&str> = gazetteer::find_places(&b.article)
            .into_iter()
            .chain(gazetteer::find_datelines(&b.article))
            .map(|m| m.place.name)
            .collect();
        for s in &b.stops {
            assert!(
                named.contains(&s.place.as_str()),
                "{name}: stop {:?} is not named",
                s.place
            );
        }
        for e in &b.events {
            assert!(
                text.contains(&words(&e.label)),
                "{name}: event label {:?}",
                e.label
            );
        }
    }
}

#[test]
fn the_command_line_ingests_and_opens_articles() {
    let out = run(&["ingest", SEED, "--date", "2025-10-25"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let dir = Scratch::new();
    let draft = dir.file("draft.toml", &out.stdout);
    let check = run(&["check", draft.to_str().unwrap()]);
    assert_eq!(check.status.code(), Some(0), "{}", stderr(&check));

    let json = run(&["ingest", SEED, "--date", "2025-10-25", "--format", "json"]);
    assert!(serde_json::from_slice::<serde_json::Value>(&json.stdout).is_ok());

    // the dashboard on the article, as a snapshot
    let shot = run(&["snapshot", SEED, "--date", "2025-10-25"]);
    let screen = String::from_utf8(shot.stdout).unwrap();
    // A draft cannot tell that the threatened 100% stacks on the rate in
    // force, so it shows no "+": that is for an `additional` rate.
    for needle in [
        "145%",
        "125%",
        "100%",
        "threatened",
        "1 Kuala Lumpur",
        "2 Tokyo",
        "3 South Korea",
        "Donald Trump",
        "George Glass",
    ] {
        assert!(screen.contains(needle), "{needle} missing:\n{screen}");
    }

    // bad input: one line, status 2
    let empty = dir.file("empty.txt", b"");
    for args in [
        vec!["ingest", SEED],
        vec!["ingest", empty.to_str().unwrap(), "--date", "2025-10-25"],
    ] {
        let out = run(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert_eq!(stderr(&out).lines().count(), 1, "{args:?}");
        assert!(out.stdout.is_empty());
    }
}

/// Ingests `text` and checks the draft as a loaded file would be: valid, and
/// the same after a trip through TOML.
fn ingest_checked(text: &str, date: Option<NaiveDate>) -> Briefing {
    let b = ingest::ingest_bytes(text.as_bytes(), "t.txt", date)
        .unwrap_or_else(|e| panic!("{text:.80?}: {e}"));
    model::check(&b).unwrap();
    let toml = toml::to_string_pretty(&b).unwrap();
    assert_eq!(
        model::parse_str(&toml, "draft.toml", Format::Toml).unwrap(),
        b,
        "{text:.80?}"
    );
    b
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

#[test]
fn header_lines_that_say_nothing_are_left_out() {
    let b = ingest_checked(
        "title:\nsource:  \n\nTariffs of 10% on China stay.",
        Some(day(2025, 10, 25)),
    );
    assert_eq!(b.title, "Draft briefing from t.txt");
    assert_eq!(b.source.outlet, "not given");
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
