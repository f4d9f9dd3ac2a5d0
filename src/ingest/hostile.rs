//! Hostile articles: the shapes of text that make a rule-based extractor
//! slow or its draft large, at any size, for the tests, the benches and
//! `cargo run --release --example hostile`.

/// Every shape at about `size` bytes (never more), the last one `seed`
/// repeated: (name, text).
pub fn articles(size: usize, seed: &str) -> Vec<(&'static str, String)> {
    let mut out: Vec<(&'static str, String)> = SHAPES
        .iter()
        .map(|&(name, unit)| (name, fill(size, &unit)))
        .collect();
    out.push(("items last", items_last(size)));
    out.push(("long word", long_word(size)));
    out.push(("spaced name", spaced_name(size)));
    out.push(("seed repeated", fill(size, &|_| format!("{seed}\n\n"))));
    out
}

/// The `i`th unit of a shape.
type Unit = fn(usize) -> String;

/// Shapes made of one unit repeated, the unit's number making each one differ.
const SHAPES: &[(&str, Unit)] = &[
    // one sentence without a full stop, holding a bit of everything
    ("one sentence", |i| {
        EVERYTHING[i % EVERYTHING.len()].to_owned()
    }),
    ("short figures", |_| "x rose 10% on 1 Nov. ".to_owned()),
    ("short tariffs", |i| {
        format!("Tariffs on China rose to {}% on 1 Nov. ", i % 999 + 1)
    }),
    ("figures in one sentence", |i| {
        format!("the US tariff on China {}% and ", i % 999 + 1)
    }),
    ("names", |i| {
        format!("Mr {} {} said. ", name(i), name(i + 7))
    }),
    ("names in one sentence", |i| {
        format!("Mr {} {} said and ", name(i), name(i + 7))
    }),
    ("surnames", |i| format!("{} said. ", name(i))),
    ("names met", |i| {
        format!("{} {} met {}. ", name(i), name(i + 7), name(i + 3))
    }),
    ("dates", |i| DATES[i % DATES.len()].to_owned()),
    ("quotes", |i| QUOTES[i % QUOTES.len()].to_owned()),
    ("quotes said", |i| {
        format!("“a b c d e{i},” said Trump and ")
    }),
    ("places", |i| format!("{} ", PLACES[i % PLACES.len()])),
    ("travel in one sentence", |i| {
        let trip = if i % 50 == 0 {
            "Trump will travel to "
        } else {
            ""
        };
        format!("{trip}{} and ", PLACES[i % PLACES.len()])
    }),
    ("dots", |_| "x.".to_owned()),
    ("weekdays", |_| "Monday said ".to_owned()),
    ("date gaps", |_| {
        format!("November{} 1 visit Japan ", " !".repeat(500))
    }),
];

const EVERYTHING: &[&str] = &[
    "the US will impose a 100% tariff on Chinese goods from November 1 ",
    "Trump headed to Japan and Malaysia on Friday to meet Sanae Takaichi ",
    "“we will see what happens next week” said Mr Aa Bb ",
    "in Busan he visited South Korea and Tokyo since April ",
];
const DATES: &[&str] = &[
    "on Monday, ",
    "1 Nov ",
    "Nov. 10, ",
    "2025-10-25 ",
    "since April ",
    "this month ",
    "October 30, 2025 ",
];
/// Nested, unbalanced and mixed quotation marks.
const QUOTES: &[&str] = &[
    "“a b c d \"e f g h.\" i.” ",
    "“ “ a b c d” ” ",
    "\"a b c d e\" said Trump. “",
    "” x ” “ y “ a b c d, e.”",
];
const PLACES: &[&str] = &[
    "Japan",
    "South Korea",
    "Malaysia",
    "Kuala Lumpur",
    "Tokyo",
    "Busan",
    "China",
    "Beijing",
    "Washington",
    "the US",
    "Seoul",
    "Vietnam",
    "India",
    "New Delhi",
    "Brazil",
];

/// `unit(0)`, `unit(1)`, … for as long as they fit in `size` bytes.
fn fill(size: usize, unit: &dyn Fn(usize) -> String) -> String {
    let mut text = String::new();
    for i in 0.. {
        let u = unit(i);
        if u.is_empty() || text.len() + u.len() > size {
            break;
        }
        text.push_str(&u);
    }
    text
}

/// A capitalised name of letters only, different for each number.
fn name(mut i: usize) -> String {
    const CONSONANTS: &[u8] = b"bcdfghjklmnprstvwz";
    const VOWELS: &[u8] = b"aeiou";
    let mut out = String::new();
    loop {
        out.push(char::from(CONSONANTS[i % CONSONANTS.len()]));
        out.push(char::from(VOWELS[i / CONSONANTS.len() % VOWELS.len()]));
        i /= CONSONANTS.len() * VOWELS.len();
        if i == 0 {
            break;
        }
    }
    let mut chars = out.chars();
    chars
        .next()
        .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
        .unwrap_or_default()
}

/// Filler first, then hundreds of items of every kind: every item's evidence
/// is far from the start of the article.
fn items_last(size: usize) -> String {
    let items = fill(size / 4, &|i| {
        format!(
            "The US raised tariffs on China to {}% on Monday. Mr {} {} said “we will see what \
             happens {i}.” Trump will travel to {} on {} November. ",
            i % 999 + 1,
            name(i),
            name(i + 7),
            PLACES[i % PLACES.len()],
            i % 28 + 1,
        )
    });
    fill(size - items.len(), &|_| {
        "lorem ipsum dolor sit amet. ".to_owned()
    }) + &items
}

/// One word as long as the article, a name's capital first.
fn long_word(size: usize) -> String {
    let tail = " said “a b c d” of a 10% tariff on China";
    let letters = size.saturating_sub(tail.len() + 4);
    format!("Mr A{}{tail}", "a".repeat(letters))
}

/// A name with half the article in spaces between its words, then mention
/// after mention of it.
fn spaced_name(size: usize) -> String {
    let name = format!("Mr Aa{}Bb said. ", " ".repeat(size / 2));
    let mentions = fill(size.saturating_sub(name.len()), &|_| "Bb said. ".to_owned());
    name + &mentions
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shape_fills_its_size() {
        for (name, text) in articles(64 * 1024, "A seed article.") {
            assert!(
                (60 * 1024..=64 * 1024).contains(&text.len()),
                "{name}: {}",
                text.len()
            );
        }
    }
}
