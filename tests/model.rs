//! The briefing model: the embedded default loads, and every kind of bad
//! file is refused with a message that names its line and column.

use std::io::Write;

use chrono::NaiveDate;
use tradewatch::model::{
    Format, LoadError, Party, TariffStatus, default_briefing, embedded_briefings, load_file,
    parse_str,
};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn embedded_briefing_loads_with_the_headline_figures() {
    let b = default_briefing().expect("the embedded briefing is valid");
    assert_eq!(b.as_of, date(2025, 10, 25));
    let find = |rate: f64, status: TariffStatus| {
        let found: Vec<_> = b
            .tariffs
            .iter()
            .filter(|t| t.rate == rate && t.status == status)
            .collect();
        assert_eq!(found.len(), 1, "one {rate}% {status:?} tariff");
        found[0]
    };
    let order: Vec<_> = b.tariffs.iter().map(|t| (t.rate, t.status)).collect();
    assert_eq!(
        order,
        [
            (30.0, TariffStatus::InForce),
            (10.0, TariffStatus::InForce),
            (24.0, TariffStatus::Suspended),
            (24.0, TariffStatus::Suspended),
            (100.0, TariffStatus::Threatened),
            (145.0, TariffStatus::History),
            (125.0, TariffStatus::History),
        ]
    );

    // the April peaks are history: cut by the Geneva truce on 14 May
    let us = find(145.0, TariffStatus::History);
    assert_eq!((us.imposer, us.target), (Party::Us, Party::China));
    assert_eq!(
        (us.date, us.ended, us.replaced_by),
        (Some(date(2025, 4, 10)), Some(date(2025, 5, 14)), Some(30.0))
    );
    assert_eq!((us.until, us.reverts_to), (None, None));
    let cn = find(125.0, TariffStatus::History);
    assert_eq!((cn.imposer, cn.target), (Party::China, Party::Us));
    assert_eq!(
        (cn.ended, cn.replaced_by),
        (Some(date(2025, 5, 14)), Some(10.0))
    );
    assert!(
        !b.tariffs
            .iter()
            .any(|t| t.rate >= 125.0 && t.status != TariffStatus::History),
        "no April peak is in force or suspended"
    );

    // what is collected on the as-of day
    let us = find(30.0, TariffStatus::InForce);
    assert_eq!((us.imposer, us.target), (Party::Us, Party::China));
    assert_eq!(us.date, Some(date(2025, 5, 14)));
    let cn = find(10.0, TariffStatus::InForce);
    assert_eq!((cn.imposer, cn.target), (Party::China, Party::Us));

    // 24 points each side held off until 10 Nov
    let suspended: Vec<_> = b
        .tariffs
        .iter()
        .filter(|t| t.status == TariffStatus::Suspended)
        .map(|t| (t.imposer, t.rate, t.until, t.reverts_to))
        .collect();
    assert_eq!(
        suspended,
        [
            (Party::Us, 24.0, Some(date(2025, 11, 10)), Some(54.0)),
            (Party::China, 24.0, Some(date(2025, 11, 10)), Some(34.0)),
        ]
    );
    for t in b
        .tariffs
        .iter()
        .filter(|t| t.status == TariffStatus::Suspended)
    {
        assert_eq!((t.ended, t.replaced_by), (None, None));
    }

    // the threat stacks on the 30% in force
    let threat = find(100.0, TariffStatus::Threatened);
    assert_eq!((threat.imposer, threat.target), (Party::Us, Party::China));
    assert_eq!(threat.date, Some(date(2025, 11, 1)));
    assert!(threat.additional, "+100% comes on top of what is in force");
    assert_eq!(b.in_force_under(threat), Some(30.0));
    assert_eq!(
        b.tariffs.iter().filter(|t| t.additional).count(),
        1,
        "only the threat is additional"
    );

    let places: Vec<_> = b.stops.iter().map(|s| s.place.as_str()).collect();
    assert_eq!(
        places,
        ["Doha", "Kuala Lumpur", "Tokyo", "Gyeongju", "Busan"]
    );
    let countries: Vec<_> = b.stops.iter().map(|s| s.country.as_str()).collect();
    assert_eq!(
        countries,
        ["Qatar", "Malaysia", "Japan", "South Korea", "South Korea"]
    );
    let speakers: Vec<_> = b.quotes.iter().map(|q| q.speaker.as_str()).collect();
    assert_eq!(speakers, ["Donald Trump", "George Glass", "George Glass"]);
    assert_eq!(b.events.len(), 14);
    assert_eq!(b.people.len(), 11);
    let he = b
        .people
        .iter()
        .find(|p| p.name == "He Lifeng")
        .expect("He Lifeng is among the people");
    assert_eq!(he.side, Some(Party::China));
    assert!(
        he.did
            .as_deref()
            .is_some_and(|d| d.contains("Kuala Lumpur"))
    );
    let takaichi = b
        .people
        .iter()
        .find(|p| p.name == "Sanae Takaichi")
        .unwrap();
    assert_eq!(takaichi.side, None, "third countries take no side");
    let meeting = b
        .events
        .iter()
        .find(|e| e.label == "Trump meets Xi")
        .expect("the meeting is an event");
    assert_eq!(meeting.people, ["Donald Trump", "Xi Jinping"]);
    let countdowns: Vec<_> = b.countdowns().map(|e| e.date).collect();
    assert_eq!(
        countdowns,
        [date(2025, 10, 30), date(2025, 11, 1), date(2025, 11, 10)]
    );
}

#[test]
fn the_second_embedded_briefing_is_after_busan() {
    let all = embedded_briefings().expect("both embedded briefings are valid");
    assert_eq!(all.len(), 2);
    assert_eq!(all[0], default_briefing().unwrap(), "the seed comes first");
    let b = &all[1];
    assert_eq!(b.as_of, date(2025, 11, 10));
    assert!(b.article.is_empty(), "compiled from public reports alone");
    let in_force: Vec<_> = b
        .tariffs
        .iter()
        .filter(|t| t.status == TariffStatus::InForce)
        .map(|t| (t.imposer, t.rate))
        .collect();
    assert_eq!(in_force, [(Party::Us, 20.0), (Party::China, 10.0)]);
    let suspended: Vec<_> = b
        .tariffs
        .iter()
        .filter(|t| t.status == TariffStatus::Suspended)
        .map(|t| (t.imposer, t.rate, t.until))
        .collect();
    assert_eq!(
        suspended,
        [
            (Party::Us, 24.0, Some(date(2026, 11, 10))),
            (Party::China, 24.0, Some(date(2026, 11, 10))),
        ]
    );
    assert!(
        !b.tariffs
            .iter()
            .any(|t| t.status == TariffStatus::Threatened),
        "the 100% threat was dropped"
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
        msg.contains("stops[2].depart: the stop ends (2025-10-20) before it starts (2025-10-27)"),
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
            msg.contains("tariffs[6].rate") && msg.contains("not a plausible tariff rate"),
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
        msg.contains("stops[2].lat: latitude 135.6762 is off the globe"),
        "{msg}"
    );
    let text = edited("lon = 129.075", "lon = 229.075");
    let (line, col, msg) = error_of(&text, Format::Toml);
    assert_eq!((line, col), position(&text, "229.075"));
    assert!(
        msg.contains("stops[4].lon: longitude 229.075 is off the globe"),
        "{msg}"
    );
}

#[test]
fn a_field_of_another_status_is_located() {
    // `reverts_to` belongs to a suspended rate only, not to the 30% in force
    let text = edited(
        "status = \"in-force\"\ndate = 2025-05-14\nnote = \"20%",
        "status = \"in-force\"\ndate = 2025-05-14\nreverts_to = 54\nnote = \"20%",
    );
    let (line, col, msg) = error_of(&text, Format::Toml);
    let (l, c) = position(&text, "reverts_to = 54");
    assert_eq!((line, col), (l, c + "reverts_to = ".len()));
    assert!(
        msg.contains("tariffs[0].reverts_to: only a suspended tariff has `reverts_to`"),
        "{msg}"
    );
    // and `replaced_by` to a past rate only, not to a suspended one
    let text = edited("reverts_to = 34\n", "reverts_to = 34\nreplaced_by = 10\n");
    let (line, col, msg) = error_of(&text, Format::Toml);
    let (l, c) = position(&text, "replaced_by = 10");
    assert_eq!((line, col), (l, c + "replaced_by = ".len()));
    assert!(
        msg.contains("tariffs[3].replaced_by: only a history tariff has `replaced_by`"),
        "{msg}"
    );
}

#[test]
fn a_rate_ending_before_it_started_is_located() {
    // the 145% took effect on 10 April; it cannot have ended on 1 April
    let text = edited(
        "ended = 2025-05-14\nreplaced_by = 30",
        "ended = 2025-04-01\nreplaced_by = 30",
    );
    let (line, col, msg) = error_of(&text, Format::Toml);
    assert_eq!((line, col), position(&text, "2025-04-01"));
    assert!(
        msg.contains("tariffs[5].ended: 2025-04-01 is before the tariff's date (2025-04-10)"),
        "{msg}"
    );
}

#[test]
fn an_event_naming_someone_not_among_the_people_is_located() {
    let text = edited(
        "people = [\"Donald Trump\", \"Xi Jinping\"]",
        "people = [\"Donald Trump\", \"Kim Jong Un\"]",
    );
    let (line, col, msg) = error_of(&text, Format::Toml);
    assert_eq!((line, col), position(&text, "\"Kim Jong Un\""));
    assert!(
        msg.contains("events[10].people[1]: “Kim Jong Un” is not among the briefing's people"),
        "{msg}"
    );
}

#[test]
fn evidence_may_be_cut_short_with_an_ellipsis_but_not_changed() {
    let whole = "article = \"Speaking at the Mount Fuji Dialogue Forum in Tokyo on Saturday, the US Ambassador to Japan George Glass visited Japan “at a time of rising tensions in the region”.\"";
    let cut = edited(
        whole,
        "article = \"Speaking at the Mount Fuji Dialogue Forum…\"",
    );
    parse_str(&cut, "b.toml", Format::Toml).expect("a marked excerpt is evidence");
    let changed = edited(whole, "article = \"Speaking at Mount Fuji…\"");
    let (_, _, msg) = error_of(&changed, Format::Toml);
    assert!(msg.contains("this sentence is not in the article"), "{msg}");
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
        msg.contains("people[9].evidence.article: this sentence is not in the article"),
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

#[test]
fn messages_show_control_characters_escaped() {
    let text = tradewatch::model::DEFAULT_TOML.replacen(
        "imposer = \"us\"",
        "imposer = \"u\\u001b]0;TITLE\\u0007s\"",
        1,
    );
    let err = parse_str(&text, "b\u{1b}[2J.toml", Format::Toml)
        .unwrap_err()
        .to_string();
    assert!(!err.contains(|c: char| c.is_control()), "{err:?}");
    assert!(err.starts_with("b\\u{1b}[2J.toml:"), "{err}");
    assert!(err.contains("u\\u{1b}]0;TITLE\\u{7}s"), "{err}");
}
