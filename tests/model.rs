//! The briefing model: the embedded default loads, and every kind of bad
//! file is refused with a message that names its line and column.

use std::io::Write;

use chrono::NaiveDate;
use tradewatch::model::{
    Format, LoadError, Party, TariffStatus, default_briefing, load_file, parse_str,
};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn embedded_briefing_loads_with_the_headline_figures() {
    let b = default_briefing().expect("the embedded briefing is valid");
    assert_eq!(b.as_of, date(2025, 10, 25));
    let find = |rate: f64| {
        b.tariffs
            .iter()
            .find(|t| t.rate == rate)
            .expect("rate present")
    };
    let us = find(145.0);
    assert_eq!(
        (us.imposer, us.target, us.status),
        (Party::Us, Party::China, TariffStatus::Suspended)
    );
    let cn = find(125.0);
    assert_eq!(
        (cn.imposer, cn.target, cn.status),
        (Party::China, Party::Us, TariffStatus::Suspended)
    );
    let threat = find(100.0);
    assert_eq!(threat.status, TariffStatus::Threatened);
    assert_eq!(threat.date, Some(date(2025, 11, 1)));
    let countries: Vec<_> = b.stops.iter().map(|s| s.country.as_str()).collect();
    assert_eq!(
        countries,
        ["Malaysia", "Japan", "South Korea", "South Korea"]
    );
    let speakers: Vec<_> = b.quotes.iter().map(|q| q.speaker.as_str()).collect();
    assert_eq!(speakers, ["Donald Trump", "George Glass", "George Glass"]);
    assert!(b.people.iter().any(|p| p.name == "He Lifeng"));
    let countdowns: Vec<_> = b.countdowns().map(|e| e.date).collect();
    assert_eq!(
        countdowns,
        [date(2025, 10, 30), date(2025, 11, 1), date(2025, 11, 10)]
    );
}

/// The default briefing with `from` replaced by `to` (which must occur once).
fn edited(from: &str, to: &str) -> String {
    let text = tradewatch::model::DEFAULT_TOML;
    assert_eq!(text.matches(from).count(), 1, "{from:?} must occur once");
    text.replacen(from, to, 1)
}

/// Loads `text` and returns the error's (line, column, message).
fn error_of(text: &str, format: Format) -> (usize, usize, String) {
    let err = parse_str(text, "b.toml", format).expect_err("must be refused");
    let loc = err.location().expect("error has a location").clone();
    let message = err.to_string();
    assert!(!message.contains('\n'), "one line: {message}");
    assert!(
        message.starts_with(&format!("b.toml:{}:{}: ", loc.line, loc.column)),
        "{message}"
    );
    (loc.line, loc.column, message)
}

/// The 1-based line and column of the first occurrence of `needle` in `text`.
fn position(text: &str, needle: &str) -> (usize, usize) {
    let at = text.find(needle).expect("needle present");
    let line = text[..at].matches('\n').count() + 1;
    let col = text[..at].chars().rev().take_while(|&c| c != '\n').count() + 1;
    (line, col)
}

#[test]
fn unknown_field_is_located() {
    let text = edited("rate = 145\n", "rate = 145\ncolour = \"red\"\n");
    let (line, col, msg) = error_of(&text, Format::Toml);
    assert_eq!((line, col), position(&text, "colour"));
    assert!(msg.contains("unknown field `colour`"), "{msg}");
}

#[test]
fn wrong_type_is_located() {
    let text = edited("rate = 145\n", "rate = \"lots\"\n");
    let (line, col, msg) = error_of(&text, Format::Toml);
    assert_eq!((line, col), position(&text, "\"lots\""));
    assert!(msg.contains("invalid type"), "{msg}");
}

#[test]
fn missing_field_is_located_at_its_table() {
    let text = edited("place = \"Tokyo\"\n", "");
    let (line, _, msg) = error_of(&text, Format::Toml);
    assert!(msg.contains("missing field `place`"), "{msg}");
    // toml points at the [[stops]] table that lacks it
    let (table_line, _) = position(&text, "country = \"Japan\"");
    assert!(
        line < table_line && line + 3 >= table_line,
        "line {line} near {table_line}"
    );
}

#[test]
fn stop_ending_before_it_starts_is_located() {
    let text = edited(
        "depart = 2025-10-29\npurpose = \"Talks",
        "depart = 2025-10-20\npurpose = \"Talks",
    );
    let (line, col, msg) = error_of(&text, Format::Toml);
    assert_eq!((line, col), position(&text, "2025-10-20"));
    assert!(
        msg.contains("stops[1].depart: the stop ends (2025-10-20) before it starts (2025-10-27)"),
        "{msg}"
    );
}

#[test]
fn negative_and_absurd_rates_are_located() {
    for bad in ["-5", "14500"] {
        let text = edited("rate = 125\n", &format!("rate = {bad}\n"));
        let (line, col, msg) = error_of(&text, Format::Toml);
        let (l, c) = position(&text, &format!("rate = {bad}\n"));
        assert_eq!((line, col), (l, c + "rate = ".len()));
        assert!(
            msg.contains("tariffs[1].rate") && msg.contains("not a plausible tariff rate"),
            "{msg}"
        );
    }
}

#[test]
fn coordinates_off_the_globe_are_located() {
    let text = edited("lat = 35.6762", "lat = 135.6762");
    let (line, col, msg) = error_of(&text, Format::Toml);
    assert_eq!((line, col), position(&text, "135.6762"));
    assert!(
        msg.contains("stops[1].lat: latitude 135.6762 is off the globe"),
        "{msg}"
    );
    let text = edited("lon = 129.075", "lon = 229.075");
    let (line, col, msg) = error_of(&text, Format::Toml);
    assert_eq!((line, col), position(&text, "229.075"));
    assert!(
        msg.contains("stops[3].lon: longitude 229.075 is off the globe"),
        "{msg}"
    );
}

#[test]
fn evidence_not_in_the_article_is_located() {
    let text = edited(
        "article = \"Speaking at the Mount Fuji",
        "article = \"Speaking loudly at the Mount Fuji",
    );
    let (line, col, msg) = error_of(&text, Format::Toml);
    assert_eq!((line, col), position(&text, "\"Speaking loudly"));
    assert!(
        msg.contains("people[5].evidence.article: this sentence is not in the article"),
        "{msg}"
    );
}

#[test]
fn syntax_error_is_located() {
    let text = edited(
        "title = \"US–China trade tensions\"",
        "title = \"unterminated",
    );
    let (line, _, _) = error_of(&text, Format::Toml);
    assert_eq!(line, position(&text, "title = ").0);
}

#[test]
fn json_is_accepted_and_its_errors_located() {
    let b = default_briefing().unwrap();
    let json = serde_json::to_string_pretty(&b).unwrap();
    let back = parse_str(&json, "b.json", Format::Json).expect("JSON round-trips");
    assert_eq!(back, b);

    let bad = json.replacen("\"lat\": 35.6762", "\"lat\": -95.0", 1);
    let err = parse_str(&bad, "b.json", Format::Json).unwrap_err();
    let loc = err.location().unwrap();
    assert_eq!((loc.line, loc.column), position(&bad, "-95.0"));

    let bad = json.replacen("\"country\": \"Japan\"", "\"county\": \"Japan\"", 1);
    let err = parse_str(&bad, "b.json", Format::Json).unwrap_err();
    assert!(err.to_string().contains("unknown field `county`"), "{err}");
    assert_eq!(err.location().unwrap().line, position(&bad, "\"county\"").0);
}

#[test]
fn control_characters_are_removed_at_load() {
    let text = edited(
        "outlet = \"Financial Times\"",
        "outlet = \"Financial\\u001b[2J\\u0007 Times\"",
    );
    let b = parse_str(&text, "b.toml", Format::Toml).unwrap();
    assert_eq!(b.source.outlet, "Financial Times");
}

#[test]
fn files_are_read_and_bad_files_refused() {
    let dir = std::env::temp_dir().join(format!("tradewatch-model-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let good = dir.join("good.toml");
    std::fs::write(&good, tradewatch::model::DEFAULT_TOML).unwrap();
    assert!(load_file(&good).is_ok());

    let binary = dir.join("binary.toml");
    std::fs::File::create(&binary)
        .unwrap()
        .write_all(&[0xff, 0xfe, 0x00, 0x80])
        .unwrap();
    let err = load_file(&binary).unwrap_err();
    assert!(matches!(err, LoadError::Unreadable { .. }), "{err}");
    assert!(err.to_string().contains("not UTF-8"), "{err}");

    let missing = load_file(&dir.join("nope.toml")).unwrap_err();
    assert!(missing.to_string().contains("cannot read"), "{missing}");
    std::fs::remove_dir_all(&dir).unwrap();
}
