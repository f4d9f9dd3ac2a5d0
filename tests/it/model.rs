//! The briefing model: the embedded briefings load with their headline
//! figures, JSON is accepted as well as TOML, and control characters are
//! removed at load. Every rule a file can break is in `invalid_briefings`.

use tradewatch::model::{
    Format, Party, TariffStatus, default_briefing, embedded_briefings, parse_str,
};

use crate::helpers::day;

#[test]
fn embedded_briefing_loads_with_the_headline_figures() {
    let b = default_briefing().expect("the embedded briefing is valid");
    assert_eq!(b.as_of, day(2025, 10, 25));
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
        (Some(day(2025, 4, 10)), Some(day(2025, 5, 14)), Some(30.0))
    );
    assert_eq!((us.until, us.reverts_to), (None, None));
    let cn = find(125.0, TariffStatus::History);
    assert_eq!((cn.imposer, cn.target), (Party::China, Party::Us));
    assert_eq!(
        (cn.ended, cn.replaced_by),
        (Some(day(2025, 5, 14)), Some(10.0))
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
    assert_eq!(us.date, Some(day(2025, 5, 14)));
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
            (Party::Us, 24.0, Some(day(2025, 11, 10)), Some(54.0)),
            (Party::China, 24.0, Some(day(2025, 11, 10)), Some(34.0)),
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
    assert_eq!(threat.date, Some(day(2025, 11, 1)));
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
    for speaker in speakers {
        assert!(
            b.people.iter().any(|p| p.name == speaker),
            "{speaker} is among the people"
        );
    }
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
        [day(2025, 10, 30), day(2025, 11, 1), day(2025, 11, 10)]
    );
}

#[test]
fn the_second_embedded_briefing_is_after_busan() {
    let all = embedded_briefings().expect("both embedded briefings are valid");
    assert_eq!(all.len(), 2);
    assert_eq!(all[0], default_briefing().unwrap(), "the seed comes first");
    let b = &all[1];
    assert_eq!(b.as_of, day(2025, 11, 10));
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
            (Party::Us, 24.0, Some(day(2026, 11, 10))),
            (Party::China, 24.0, Some(day(2026, 11, 10))),
        ]
    );
    assert!(
        !b.tariffs
            .iter()
            .any(|t| t.status == TariffStatus::Threatened),
        "the 100% threat was dropped"
    );
}

#[test]
fn json_is_accepted_as_well_as_toml() {
    for b in embedded_briefings().unwrap() {
        let json = serde_json::to_string_pretty(&b).unwrap();
        let back = parse_str(&json, "b.json", Format::Json).expect("JSON round-trips");
        assert_eq!(back, b);
    }
}

#[test]
fn control_characters_are_removed_at_load() {
    let text = r#"
title = "Tariffs\u001b[2J\u0007 today"
as_of = 2025-10-25
[source]
outlet = "Financial\u009b31m Times"
headline = "\u202eTalks"
published = 2025-10-25
address = "example.org"
"#;
    let b = parse_str(text, "b.toml", Format::Toml).unwrap();
    assert_eq!(
        (
            b.title.as_str(),
            b.source.outlet.as_str(),
            b.source.headline.as_str()
        ),
        ("Tariffs today", "Financial Times", "Talks")
    );
}
