//! Article ingest: the seed article, headers and dates, the command line,
//! and the rule that nothing is made up; in `hostile`, input meant to break it.

mod hostile;

use std::path::Path;

use chrono::NaiveDate;
use tradewatch::ingest::{self, IngestError, gazetteer};
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
    let sets = crate::eval_harness::SETS.iter();
    let articles =
        sets.flat_map(|(dir, _)| crate::eval_harness::load_corpus(Path::new(dir)).unwrap());
    for article in articles {
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
        // a label is words of its sentence, shortened, never words of its own
        let lower = |s: &str| -> Vec<String> {
            s.split(|c: char| !c.is_alphanumeric() && c != '%')
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect()
        };
        for e in &b.events {
            let sentence = lower(e.evidence.article.as_deref().unwrap());
            for word in lower(&e.label) {
                assert!(
                    word == "in" || sentence.contains(&word),
                    "{name}: event label {:?} has {word:?}, not in its sentence",
                    e.label
                );
            }
            if let Some(place) = &e.place {
                assert!(
                    named.contains(&place.as_str()),
                    "{name}: event place {place}"
                );
            }
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
fn header_lines_that_say_nothing_are_left_out() {
    let b = ingest_checked(
        "title:\nsource:  \n\nTariffs of 10% on China stay.",
        Some(day(2025, 10, 25)),
    );
    assert_eq!(b.title, "Draft briefing from t.txt");
    assert_eq!(b.source.outlet, "not given");
}

#[test]
fn an_event_told_for_two_days_is_one_event_and_a_dateline_none() {
    let text = "date: 2025-10-22\n\nKUALA LUMPUR, Oct. 22 (Reuters) -- Markets rose.\n\nOn Saturday and Sunday, US Treasury Secretary Scott Bessent will meet his Chinese counterpart in Kuala Lumpur.\n";
    let b = ingest::ingest_bytes(text.as_bytes(), "t.txt", None).unwrap();
    let events: Vec<(String, &str)> = b
        .events
        .iter()
        .map(|e| (e.date.to_string(), e.label.as_str()))
        .collect();
    assert_eq!(
        events,
        [(
            "2025-10-25".to_owned(),
            "Bessent will meet his Chinese counterpart in Kuala Lumpur"
        )]
    );
}

#[test]
fn an_arrival_is_a_stop_of_the_trip() {
    let text = "date: 2025-10-29\n\nUS President Donald Trump landed in Malaysia on Sunday. President Lee presented Trump with South Korea’s highest honor upon his arrival in Gyeongju.\n";
    let b = ingest::ingest_bytes(text.as_bytes(), "t.txt", None).unwrap();
    let stops: Vec<(&str, &str)> = b
        .stops
        .iter()
        .map(|s| (s.place.as_str(), s.country.as_str()))
        .collect();
    assert_eq!(
        stops,
        [("Malaysia", "Malaysia"), ("Gyeongju", "South Korea")]
    );
}
