//! A place finder over article text, for the places of [`crate::model::places`].
//!
//! [`find_places`] finds the names and aliases of these places in text:
//! case-sensitively, at word boundaries, the longest name winning, in one
//! pass over the text.

use std::sync::LazyLock;

mod tokens;

use crate::model::fnv::FixedMap;
use crate::model::places::Place;
use crate::model::places::places;
use tokens::{Sym, Token, Tokens, line_start, only_newlines};

/// Phrases that contain a place's name but name no place of the gazetteer
/// ("South America" is not the United States, "New Jersey" not Jersey).
/// They are matched like names, so the longest match wins, and then dropped.
const NOT_PLACES: &[&str] = &[
    "South America",
    "North America",
    "Latin America",
    "Central America",
    "Bank of America",
    "Voice of America",
    "New Mexico",
    "Gulf of Mexico",
    "New Jersey",
    "Jersey City",
    "New Guinea",
    "Northern Ireland",
    "Niger Delta",
    "South China Sea",
    "East China Sea",
    "South China Morning Post",
    "George Washington",
    "Washington Post",
    "Washington State",
    "Washington state",
    "New York Times",
    "New York State",
    "New York state",
];

/// A place named in a text, at `text[start..end]` (byte offsets). For a
/// possessive ("Japan’s") the span is the name alone.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Mention {
    pub place: &'static Place,
    pub start: usize,
    pub end: usize,
}

/// The places named in `text`, in text order, without overlaps.
///
/// Names and aliases match case-sensitively and as whole words: "China" is
/// not found in "Chinese", nor "Oman" in "Omani". The longest name wins
/// ("South Korea", not a "Korea"; "Washington, D.C." rather than
/// "Washington"), and a possessive gives the name ("Japan’s" is Japan, the
/// span being "Japan"). Apostrophes (`'` `’`) and hyphens (`-` `‐`) are each
/// one character to the matcher, and any run of white space is one space. An
/// all-capital alias ("US", "UK") is not taken between two all-capital words
/// ("LET US KNOW"), nor a name glued to a following `$` ("US$").
///
/// The text is tokenised once; each word is looked up in a table of the
/// names that start with it, so the time is linear in the length of the
/// text. Any input is fine.
pub fn find_places(text: &str) -> Vec<Mention> {
    let g = gazetteer();
    let mut out = Vec::new();
    let mut from = 0;
    while let Some((start, end)) = tokens::next_word(text, from, &g.starts) {
        from = end;
        let Some(patterns) = g.index.get(&text[start..end]) else {
            continue;
        };
        // only a shouted name reads what comes before it (see `longest_match`)
        let first = Token {
            sym: Sym::Word(&text[start..end]),
            start,
            end,
            space_before: false,
            newline_before: false,
        };
        if let Some((pattern, last)) = longest_match(patterns, first, text) {
            if let Some(i) = pattern.target {
                out.push(Mention {
                    place: &places()[i],
                    start,
                    end: last.end,
                });
            }
            from = last.end;
        }
    }
    out
}

/// The places named by datelines written in capitals, which [`find_places`]
/// leaves alone (all-capital words match only names written so): a line that
/// starts with a place's name in capitals followed by `,`, `(` or a dash, as
/// in "SEOUL, Oct. 31 (Yonhap) --", "TOKYO (AP) —" or "KUALA LUMPUR, Oct 25".
///
/// The spans do not overlap those of [`find_places`] on the same text (a
/// dateline written as an alias, "UK, ...", is left to it), so the two merge
/// by `start`.
pub fn find_datelines(text: &str) -> Vec<Mention> {
    let g = gazetteer();
    let mut out = Vec::new();
    // only the first token of a line is read: from each line start on,
    // the next one searched for after it
    let mut from = 0;
    let newlines_only = only_newlines(text);
    while let Some(line) = line_start(text, from, newlines_only) {
        let mut tokens = Tokens::at(text, line);
        let Some(tok) = tokens.next() else { break };
        from = tok.end;
        let Sym::Word(word) = tok.sym else { continue };
        if !is_shouted(word) {
            continue;
        }
        // A run of capital words, joined by spaces, hyphens or apostrophes.
        let mut last = tok;
        let mut words = 1;
        let mut joined = false;
        let mut dash = false;
        let mut ended = false;
        for next in tokens.clone() {
            if next.newline_before {
                break;
            }
            match next.sym {
                Sym::Word(w) if (next.space_before || joined) && is_shouted(w) => {
                    words += 1;
                    if words > MAX_DATELINE_WORDS {
                        break;
                    }
                    joined = false;
                    last = next;
                }
                // "SEOUL--Oct. 31": a dash that joins no word ends the place.
                _ if joined => {
                    ended = dash && !matches!(next.sym, Sym::Word(_));
                    break;
                }
                Sym::Punct(c @ ('-' | '\'')) if !next.space_before => {
                    joined = true;
                    dash = c == '-';
                }
                Sym::Punct(',' | '(' | '\u{2014}' | '\u{2013}' | '-') => {
                    ended = true;
                    break;
                }
                _ => break,
            }
        }
        if !ended {
            continue;
        }
        if let Some(&i) = g.shouted.get(&fold_upper(&text[tok.start..last.end])) {
            out.push(Mention {
                place: &places()[i],
                start: tok.start,
                end: last.end,
            });
        }
    }
    out
}

/// The most words a dateline's place takes ("SANTA CRUZ DE LA SIERRA").
const MAX_DATELINE_WORDS: usize = 6;

/// A name as the key of [`Gazetteer::shouted`]: in capitals, apostrophes and
/// hyphens folded, white space one space.
fn fold_upper(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    for tok in Tokens::new(name) {
        if tok.space_before && !key.is_empty() {
            key.push(' ');
        }
        match tok.sym {
            Sym::Word(w) => key.extend(w.chars().flat_map(char::to_uppercase)),
            Sym::Punct(c) => key.push(c),
        }
    }
    key
}

/// The first of `patterns` (longest first) that matches `text` from the word
/// token `first` on, with the match's last token.
fn longest_match<'p, 't>(
    patterns: &'p [Pattern],
    first: Token<'t>,
    text: &'t str,
) -> Option<(&'p Pattern, Token<'t>)> {
    'patterns: for pattern in patterns {
        let mut rest = Tokens::at(text, first.end);
        let mut last = first;
        for &(sym, space_before) in &pattern.syms[1..] {
            match rest.next() {
                Some(tok) if tok.sym == sym && tok.space_before == space_before => last = tok,
                _ => continue 'patterns,
            }
        }
        let next = rest.next();
        if let Some(next) = next
            && !next.space_before
            && matches!(next.sym, Sym::Word(_) | Sym::Punct('$'))
        {
            // "U.S." in "U.S.S.R.", "US" in "US$".
            continue;
        }
        if pattern.shouted {
            let (newline, prev) = tokens::before(text, first.start);
            let before = !newline && prev.is_some_and(is_shouted);
            let after = next.is_some_and(|n| {
                !n.newline_before && matches!(n.sym, Sym::Word(w) if is_shouted(w))
            });
            if before && after {
                continue;
            }
        }
        return Some((pattern, last));
    }
    None
}

/// A word in capitals: it has letters and none in lower case ("LET", "US").
fn is_shouted(word: &str) -> bool {
    word.chars().any(char::is_alphabetic) && !word.chars().any(char::is_lowercase)
}

/// The finder's tables, over [`places`].
struct Gazetteer {
    /// A name's first word to the names (and non-places) that start with it,
    /// longest first.
    index: FixedMap<&'static str, Vec<Pattern>>,
    /// The first bytes of the keys of `index`: most words of a text (in lower
    /// case) start with none, and are passed over without hashing them.
    starts: [bool; 256],
    /// Names and aliases in capitals ([`fold_upper`]) to their places, for
    /// [`find_datelines`]; not those already written in capitals ("US").
    shouted: FixedMap<String, usize>,
}

/// A name as tokens: each with whether white space comes before it.
struct Pattern {
    syms: Vec<(Sym<'static>, bool)>,
    /// The place named, or `None` for a phrase of [`NOT_PLACES`].
    target: Option<usize>,
    /// One all-capital word ("US"): see [`find_places`].
    shouted: bool,
}

static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(Gazetteer::new);

fn gazetteer() -> &'static Gazetteer {
    LazyLock::force(&GAZETTEER)
}

impl Gazetteer {
    fn new() -> Gazetteer {
        let names: Vec<(usize, &'static str)> = places()
            .iter()
            .enumerate()
            .flat_map(|(i, p)| {
                std::iter::once(p.name)
                    .chain(p.aliases.iter().copied())
                    .map(move |n| (i, n))
            })
            .collect();

        let mut shouted = FixedMap::default();
        for &(i, name) in &names {
            let key = fold_upper(name);
            if key != name && key.chars().filter(|c| c.is_alphabetic()).count() >= 2 {
                shouted.entry(key).or_insert(i);
            }
        }

        let mut index: FixedMap<&'static str, Vec<Pattern>> = FixedMap::default();
        let all = names
            .into_iter()
            .map(|(i, n)| (Some(i), n))
            .chain(NOT_PLACES.iter().map(|&n| (None, n)));
        for (target, name) in all {
            let syms: Vec<(Sym<'static>, bool)> =
                Tokens::new(name).map(|t| (t.sym, t.space_before)).collect();
            let Some(&(Sym::Word(first), _)) = syms.first() else {
                continue;
            };
            let shouted = syms.len() == 1 && first.chars().count() >= 2 && is_shouted(first);
            index.entry(first).or_default().push(Pattern {
                syms,
                target,
                shouted,
            });
        }
        for patterns in index.values_mut() {
            patterns.sort_by_key(|p| std::cmp::Reverse(p.syms.len()));
        }
        let mut starts = [false; 256];
        for key in index.keys() {
            starts[usize::from(key.as_bytes()[0])] = true;
        }
        Gazetteer {
            index,
            starts,
            shouted,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::places::{PlaceKind, lookup};
    use std::collections::HashSet;

    #[test]
    fn names_start_with_a_capital_or_outside_ascii() {
        // what `tokens::next_word` passes over eight bytes at a time
        let g = gazetteer();
        for (b, &marked) in g.starts.iter().enumerate() {
            let b = b as u8;
            assert!(!marked || b.is_ascii_uppercase() || !b.is_ascii(), "{b}");
        }
    }

    fn names(text: &str) -> Vec<&'static str> {
        find_places(text).iter().map(|m| m.place.name).collect()
    }

    fn spans(text: &str) -> Vec<(&'static str, &str)> {
        find_places(text)
            .iter()
            .map(|m| (m.place.name, &text[m.start..m.end]))
            .collect()
    }

    #[test]
    fn names_and_aliases_are_unique() {
        let mut seen = HashSet::new();
        for p in places() {
            assert!(seen.insert(p.name), "{} twice", p.name);
        }
        // No two names or aliases (or non-places) read the same to the finder.
        let mut forms = HashSet::new();
        for patterns in gazetteer().index.values() {
            for p in patterns {
                assert!(forms.insert(p.syms.clone()), "{:?} twice", p.syms);
            }
        }
    }

    #[test]
    fn every_name_and_alias_finds_its_place() {
        let g = gazetteer();
        let mut aliases = 0;
        for patterns in g.index.values() {
            for p in patterns {
                let Some(i) = p.target else { continue };
                let text: String = p
                    .syms
                    .iter()
                    .map(|&(sym, space)| {
                        let s = match sym {
                            Sym::Word(w) => w.to_string(),
                            Sym::Punct(c) => c.to_string(),
                        };
                        if space { format!(" {s}") } else { s }
                    })
                    .collect();
                let place = &places()[i];
                assert_eq!(
                    find_places(&text),
                    vec![Mention {
                        place,
                        start: 0,
                        end: text.len()
                    }],
                    "{text:?}"
                );
                if text != place.name {
                    aliases += 1;
                }
            }
        }
        assert!(aliases > 100, "{aliases} aliases");
        for p in places() {
            assert_eq!(lookup(p.name), Some(p));
            assert_eq!(names(p.name), vec![p.name]);
        }
    }

    #[test]
    fn canonical_country_names() {
        for name in [
            "United States",
            "United Kingdom",
            "South Korea",
            "North Korea",
            "China",
            "Russia",
            "Taiwan",
            "Vietnam",
            "Iran",
            "Syria",
            "Laos",
            "Czechia",
            "Malaysia",
            "Japan",
        ] {
            assert_eq!(
                lookup(name).map(|p| p.kind),
                Some(PlaceKind::Country),
                "{name}"
            );
        }
        for (alias, name) in [
            ("US", "United States"),
            ("U.S.", "United States"),
            ("USA", "United States"),
            ("U.S.A.", "United States"),
            ("United States of America", "United States"),
            ("America", "United States"),
            ("UK", "United Kingdom"),
            ("U.K.", "United Kingdom"),
            ("Britain", "United Kingdom"),
            ("Great Britain", "United Kingdom"),
            ("Republic of Korea", "South Korea"),
            ("People's Republic of China", "China"),
            ("People’s Republic of China", "China"),
            ("Czech Republic", "Czechia"),
            ("Washington, D.C.", "Washington"),
            ("Washington DC", "Washington"),
            ("D.C.", "Washington"),
            ("Côte d’Ivoire", "Ivory Coast"),
        ] {
            assert_eq!(names(alias), vec![name], "{alias}");
        }
    }

    /// Sentences of the seed article (tests/corpus/00_ft_seed.txt).
    const SEED: &str = "Unlock the White House Watch Newsletter for free
Your Guide to what Trump’s second term means for Washington, Business and the World
US and Chinese officials held high-stakes trade talks with Malaysia on Saturday led by Donald Trump in the world’s mounting hubs.
US Treasury Secretary Scott Bessent and Chinese Vice-Premier he is negotiating negotiations in Kuala Lumpur that will help shape the outcome of the Summit on Thursday.
This month Beijing announced Export control of rare worldswhich prompted Trump to threaten an additional 100 percent tariff on Chinese imports from November 1 and raise the risk of a full return to the trade war.
Trump is headed to Malaysia to meet South-East Asian leaders on the first leg of a week-long trip that includes stops in Japan and South Korea, where he will meet XI.
The penalty of a trade war between the US and China has fallen on the global economy since April, when the White House hit with 145 percent tariffs and XI made 125 percent of US exports.
After meeting with South-East Asian leaders in Malaysia on Sunday, Trump will fly to Japan to meet with Sanae Takaichi, Japan’s new prime minister.
Takaichi, the new Japanese minister, announced the acceleration of defense in Tokyo, which his analysts say will provide further expansion of the military budget during Trump’s visit.
“It’s a tough neighborhood,” Glass said. “The US-Japan Alliance faces determined and dangerous adversaries.”
";

    #[test]
    fn seed_article() {
        let found = find_places(SEED);
        let mut first = Vec::new();
        for m in &found {
            if !first.contains(&m.place.name) {
                first.push(m.place.name);
            }
        }
        assert_eq!(
            first,
            [
                "Washington",
                "United States",
                "Malaysia",
                "Kuala Lumpur",
                "Beijing",
                "Japan",
                "South Korea",
                "China",
                "Tokyo"
            ]
        );
        assert_eq!(&SEED[found[1].start..found[1].end], "US");
        for m in &found {
            let s = &SEED[m.start..m.end];
            assert!(!s.contains("Chinese") && !s.contains("Asian"), "{s}");
        }
        let japan: Vec<&str> = found
            .iter()
            .filter(|m| m.place.name == "Japan")
            .map(|m| &SEED[m.start..m.end])
            .collect();
        assert_eq!(
            japan,
            ["Japan", "Japan", "Japan", "Japan"],
            "Japan’s and US-Japan"
        );
    }

    #[test]
    fn whole_words_only() {
        assert!(find_places("Chinese Omani Japanese Malaysian Koreans Americans").is_empty());
        assert!(find_places("South-East Asian leaders, south-east Asia").is_empty());
        assert!(
            find_places("CHINA JAPAN china japan").is_empty(),
            "case-sensitive"
        );
        assert!(find_places("Korea").is_empty());
        assert_eq!(names("Oman and the Omanis"), ["Oman"]);
        assert_eq!(names("Sino-Japan talks"), ["Japan"]);
    }

    #[test]
    fn longest_match_wins() {
        assert_eq!(
            spans("in South Korea today"),
            [("South Korea", "South Korea")]
        );
        assert_eq!(
            spans("He flew to Washington, D.C., on Friday."),
            [("Washington", "Washington, D.C.")]
        );
        assert_eq!(
            spans("Washington, Business"),
            [("Washington", "Washington")]
        );
        assert_eq!(
            spans("Papua New Guinea"),
            [("Papua New Guinea", "Papua New Guinea")]
        );
        assert_eq!(
            spans("Guinea-Bissau and Guinea"),
            [("Guinea-Bissau", "Guinea-Bissau"), ("Guinea", "Guinea")]
        );
        assert_eq!(names("New Delhi and Delhi"), ["New Delhi", "Delhi"]);
        assert_eq!(names("the United States of America"), ["United States"]);
        assert_eq!(names("South Sudan, Sudan"), ["South Sudan", "Sudan"]);
        assert_eq!(names("Kuala\nLumpur"), ["Kuala Lumpur"], "any white space");
    }

    #[test]
    fn not_places() {
        for text in [
            "South America",
            "Latin America",
            "New Jersey",
            "New Mexico",
            "the South China Sea",
            "the Washington Post",
            "Northern Ireland",
        ] {
            assert!(find_places(text).is_empty(), "{text}");
        }
        assert_eq!(names("South America and America"), ["United States"]);
    }

    #[test]
    fn possessives() {
        assert_eq!(spans("Japan’s new prime minister"), [("Japan", "Japan")]);
        assert_eq!(spans("Japan's new prime minister"), [("Japan", "Japan")]);
        assert_eq!(spans("South Korea’s"), [("South Korea", "South Korea")]);
        assert_eq!(
            spans("the Philippines’ coast"),
            [("Philippines", "Philippines")]
        );
        assert_eq!(spans("the U.S.’s allies"), [("United States", "U.S.")]);
    }

    #[test]
    fn us_and_friends() {
        assert_eq!(
            spans("the U.S. and China"),
            [("United States", "U.S."), ("China", "China")]
        );
        assert_eq!(
            spans("U.S.-China talks"),
            [("United States", "U.S."), ("China", "China")]
        );
        assert_eq!(
            spans("US–China talks"),
            [("United States", "US"), ("China", "China")]
        );
        assert_eq!(spans("He left the U.S."), [("United States", "U.S.")]);
        assert_eq!(
            spans("the U.S.A. and the UK"),
            [("United States", "U.S.A."), ("United Kingdom", "UK")]
        );
        assert!(find_places("the U.S.S.R. fell").is_empty());
        assert!(find_places("US$100 billion").is_empty());
        assert!(find_places("he talks with us").is_empty());
        assert!(find_places("LET US KNOW").is_empty());
        assert_eq!(names("US GDP grew"), ["United States"]);
        assert_eq!(
            names("TRUMP TO VISIT US\nUS allies"),
            ["United States", "United States"]
        );
    }

    #[test]
    fn datelines_in_capitals() {
        let datelines = |text: &str| -> Vec<(&'static str, String)> {
            find_datelines(text)
                .iter()
                .map(|m| (m.place.name, text[m.start..m.end].to_string()))
                .collect()
        };
        let text =
            "title: Trump, Xi agree\n\nSEOUL, Oct. 31 (Yonhap) -- U.S. President Donald Trump";
        assert_eq!(datelines(text), [("Seoul", "SEOUL".to_string())]);
        assert_eq!(
            names(text),
            ["United States"],
            "find_places leaves capitals alone"
        );
        assert_eq!(
            datelines("KUALA LUMPUR, Oct 25 (Reuters) - US Treasury Secretary"),
            [("Kuala Lumpur", "KUALA LUMPUR".to_string())]
        );
        assert_eq!(
            datelines("TOKYO (AP) \u{2014} President"),
            [("Tokyo", "TOKYO".to_string())]
        );
        assert_eq!(
            datelines("  HONG KONG \u{2013} Shares"),
            [("Hong Kong", "HONG KONG".to_string())]
        );
        assert_eq!(
            datelines("WASHINGTON--The"),
            [("Washington", "WASHINGTON".to_string())]
        );
        assert_eq!(
            datelines("PORT-AU-PRINCE, Haiti"),
            [("Port-au-Prince", "PORT-AU-PRINCE".to_string())]
        );
        assert_eq!(
            datelines("XI\u{2019}AN, China"),
            [("Xi\u{2019}an", "XI\u{2019}AN".to_string())]
        );
        for text in [
            "By HANNAH WHITLOCK and RYO SAKAMOTO",
            "SEOUL-based firms",
            "SEOUL'S mayor, said",
            "CHINA WARNS US, again",
            "talks in SEOUL, today",
            "SEOUL",
            "UK, Oct 3",
            "Seoul, Oct 3",
        ] {
            assert!(find_datelines(text).is_empty(), "{text}");
        }
        assert_eq!(names("UK, Oct 3"), ["United Kingdom"]);
        // every line break starts a line, however many come together
        let text = "a\r\nSEOUL, x\u{2028}TOKYO (AP)\u{85}\n\n PARIS, y. BERLIN, z";
        assert_eq!(
            datelines(text),
            [
                ("Seoul", "SEOUL".to_string()),
                ("Tokyo", "TOKYO".to_string()),
                ("Paris", "PARIS".to_string())
            ]
        );
        // text that breaks lines with \n alone is searched by byte: the same starts
        let text = "a\nSEOUL, x\n\n TOKYO (AP) é\n";
        assert!(tokens::only_newlines(text) && !tokens::only_newlines("a\r\nb"));
        for c in ['\r', '\u{85}', '\u{2028}', '\u{2029}'] {
            assert!(
                !tokens::only_newlines(&format!("“quoted” é, then {c}.")),
                "{c:?}"
            );
        }
        // their neighbours share lead bytes with them, and break no line
        assert!(tokens::only_newlines("“quoted” é \u{84}\u{2027}\u{202a}"));
        for from in (0..=text.len() + 1).filter(|&i| text.get(i..).is_some() || i > text.len()) {
            assert_eq!(
                line_start(text, from, true),
                line_start(text, from, false),
                "{from}"
            );
        }
    }

    /// A small deterministic generator (xorshift64*).
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
        }
    }

    fn check(text: &str) -> Vec<Mention> {
        let found = find_places(text);
        let datelines = find_datelines(text);
        for list in [&found, &datelines] {
            let mut end = 0;
            for m in list {
                assert!(m.start >= end && m.start < m.end && m.end <= text.len());
                assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
                end = m.end;
            }
        }
        for d in &datelines {
            assert!(found.iter().all(|m| m.end <= d.start || m.start >= d.end));
        }
        found
    }

    #[test]
    fn any_input() {
        for text in [
            "",
            " ",
            "\n\n",
            "'",
            "’s",
            "U.",
            "U.S",
            "Washington,",
            "Washington, D.",
            "D.C",
            "...,,,;;;'''’’’---———",
            "Sa\u{0303}o Paulo",
            "\u{0301}\u{0301}Japan",
            "🇯🇵 Japan🇯🇵 🇺🇸US🇺🇸",
            "\u{0}\u{7f}\u{feff}Japan\u{200b}",
            "SEOUL",
            "SEOUL-",
            "SEOUL-\n",
            "A-B-C-D-E-F-G-H,",
            "KUALA LUMPUR LUMPUR LUMPUR LUMPUR LUMPUR LUMPUR LUMPUR,",
        ] {
            check(text);
        }
        assert_eq!(names("🇯🇵 Japan 🇺🇸"), ["Japan"]);
    }

    #[test]
    fn noise_of_every_kind_of_piece() {
        // a quarter megabyte takes every path a larger text would
        const SIZE: usize = 1 << 18;
        const PIECES: &[&str] = &[
            "a",
            "Z",
            "é",
            "’",
            "'",
            ".",
            ",",
            "-",
            "—",
            " ",
            " ",
            "\n",
            "$",
            "漢",
            "🙂",
            "\u{0301}",
            "U",
            "S",
            "U.S.",
            "US",
            "Japan",
            "South",
            "Korea",
            "Washington",
            ", D.C.",
            "Kuala",
            "Lumpur",
            "New",
            "s",
            "China",
            "ese",
        ];
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        let mut text = String::with_capacity(SIZE);
        while text.len() < SIZE {
            text.push_str(PIECES[(rng.next() % PIECES.len() as u64) as usize]);
        }
        let found = check(&text);
        assert!(!found.is_empty());
        // reading back from a token finds what reading on found before it
        let mut prev = None;
        for tok in Tokens::new(&text) {
            let word = prev.and_then(|p: Token<'_>| match p.sym {
                Sym::Word(w) => Some(w),
                Sym::Punct(_) => None,
            });
            assert_eq!(tokens::before(&text, tok.start), (tok.newline_before, word));
            prev = Some(tok);
        }
        // One long word, and one long run of punctuation.
        check(&"x".repeat(SIZE));
        check(&".’".repeat(SIZE / 4));
    }
}
