//! Tariff figures: a rate, who imposes it on whom, and its status, read from
//! the words around each percentage in a sentence about tariffs.

use std::ops::Range;

mod figures;
mod others;
mod status;

use figures::{is_change, percentage, range_start};
pub use others::third_parties;
use status::nearest_status;

use super::words::{Word, exactly_in, keys, trim_possessive};
use crate::model::{Party, TariffStatus};

#[derive(Debug, Clone, PartialEq)]
pub struct FoundTariff {
    pub rate: f64,
    pub imposer: Party,
    pub target: Party,
    pub status: TariffStatus,
    /// The words that say what is taxed ("on Chinese imports"), when they do.
    pub target_words: Option<Range<usize>>,
    /// The words of the sentence that belong to this figure, for its date.
    pub window: Range<usize>,
    /// The figure as written ("145 percent").
    pub figure: Range<usize>,
}

/// The words of a sentence about tariffs; each starts with `t`, `d` or `l`,
/// which `find_in_sentence` tests first.
const TARIFF_WORDS: &[&str] = &["tariff", "tariffs", "duty", "duties", "levy", "levies"];
/// Near one of these a percentage is about markets or the economy, not a tariff.
const MARKET_WORDS: &[&str] = &[
    "shares",
    "stocks",
    "stock",
    "index",
    "fell",
    "rose",
    "grew",
    "dropped",
    "jumped",
    "gained",
    "slipped",
    "growth",
    "economy",
    "inflation",
    "yuan",
    "dollar",
    "profit",
    "profits",
    "sales",
    "gdp",
    "output",
    "surged",
    "tumbled",
    "climbed",
    "declined",
    "chance",
    "probability",
    "stake",
];
const GOODS: &[&str] = &[
    "imports",
    "goods",
    "products",
    "exports",
    "items",
    "shipments",
    "steel",
    "cars",
    "chips",
];

/// [`MARKET_WORDS`] as [`keys`]: a figure's seven neighbours are each
/// searched for, one binary search rather than a comparison per listed word.
static MARKET_KEYS: [u128; MARKET_WORDS.len()] = keys(MARKET_WORDS);

/// One cue: a party, and whether the words name what is taxed.
struct Cue {
    word: usize,
    len: usize,
    party: Party,
    target: bool,
    /// Part of "the US and China", "Washington and Beijing": names both sides, so neither.
    neutral: bool,
}

fn party_of(word: &str) -> Option<Party> {
    // every name below is capitalised, and most words of a sentence are not
    if !word.as_bytes().first().is_some_and(u8::is_ascii_uppercase) {
        return None;
    }
    let w = trim_possessive(word);
    match w {
        "US" | "U.S." | "USA" | "America" | "American" | "Americans" | "Washington" | "Trump"
        | "Bessent" | "Greer" | "USTR" => Some(Party::Us),
        "China" | "Chinese" | "Beijing" | "Xi" | "XI" | "Lifeng" | "Chenggang" => {
            Some(Party::China)
        }
        _ => None,
    }
}

/// Party cues among `words`: single words, "United States", "White House",
/// and target phrases ("on China", "Chinese imports", "imports from China").
fn cues(text: &str, words: &[Word], lower: &[&str]) -> Vec<Cue> {
    let w = |i: usize| words.get(i).map_or("", |w| w.text(text));
    let lw = |i: usize| lower.get(i).copied().unwrap_or("");
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let (party, len) = match (w(i), w(i + 1)) {
            ("United", "States") => (Some(Party::Us), 2),
            ("White", "House") => (Some(Party::Us), 2),
            (word, _) => (party_of(word), 1),
        };
        if let Some(party) = party {
            let before = lw(i.wrapping_sub(1));
            // "Chinese imports", "US agricultural products"
            let goods_after = goods_at(text, words, lower, i + len);
            // "on China", "against Beijing", "imports from China", "Chinese
            // imports"; "a trade war with China": the other side of the
            // subject's act
            // (not "with Trump's threat": the object is the threat)
            let with = (before == "with" || (before == "the" && lw(i.wrapping_sub(2)) == "with"))
                && trim_possessive(w(i)).len() == w(i).len();
            let target = goods_after > 0
                || with
                || matches!(before, "on" | "against")
                || (before == "from" && GOODS.contains(&lw(i.wrapping_sub(2))));
            out.push(Cue {
                word: i,
                len: len + goods_after,
                party,
                target,
                neutral: false,
            });
        }
        i += len;
    }
    for k in 1..out.len() {
        let (a, b) = (&out[k - 1], &out[k]);
        let gap = &text[words[a.word + a.len - 1].end..words[b.word].start];
        let joined = matches!(gap.trim(), "," | "and" | "-" | "–" | "&");
        if joined && a.party != b.party && !a.target && !b.target {
            out[k - 1].neutral = true;
            out[k].neutral = true;
        }
    }
    out
}

/// How many words from word `i` name goods: "imports" one, "farm goods"
/// two (a word of what they are, in lower case, then the goods), else none.
fn goods_at(text: &str, words: &[Word], lower: &[&str], i: usize) -> usize {
    let lw = |i: usize| lower.get(i).copied().unwrap_or("");
    if GOODS.contains(&lw(i)) {
        1
    } else if GOODS.contains(&lw(i + 1)) && words[i].text(text).as_bytes()[0].is_ascii_lowercase() {
        2
    } else {
        0
    }
}

/// The tariff figures of one sentence; `words` are the sentence's words.
/// Where clauses begin: after a comma, semicolon, colon, dash or bracket, and
/// at "and", "while", "but". Returns a clause number per word.
fn clauses(text: &str, words: &[Word], lower: &[&str]) -> Vec<usize> {
    let mut clause = 0;
    (0..words.len())
        .map(|j| {
            let breaks = j > 0
                && (breaks_clause(&text.as_bytes()[words[j - 1].end..words[j].start])
                    || matches!(lower[j], "and" | "while" | "but" | "whereas"));
            clause += usize::from(breaks);
            clause
        })
        .collect()
}

/// Whether the gap between two words holds a comma, semicolon, colon,
/// bracket, or an em or en dash (E2 80 94 and E2 80 93 in UTF-8), read as
/// bytes: the gap is a few ASCII bytes, mostly.
fn breaks_clause(gap: &[u8]) -> bool {
    gap.iter().enumerate().any(|(i, b)| match b {
        b',' | b';' | b':' | b'(' | b')' => true,
        0xe2 => matches!(gap.get(i + 1..i + 3), Some([0x80, 0x93 | 0x94])),
        _ => false,
    })
}

/// The tariff figures of one sentence; `words` are the sentence's words,
/// `lower` the same in lower case ([`super::words::Lower`]), `earlier` the
/// parties of the figures of the last sentence that had any, for "cut those
/// rates to 30% and 10% respectively", and `others` where the text names a
/// third country as a party ([`third_parties`]).
pub fn find_in_sentence(
    text: &str,
    words: &[Word],
    lower: &[&str],
    earlier: &[(Party, Party)],
    others: &[usize],
) -> Vec<FoundTariff> {
    // Most words of most sentences are tested, and start with none of the
    // letters these words start with: the first byte is compared first.
    let names_tariff = |w: &&str| match w.as_bytes().first() {
        Some(b't' | b'd' | b'l') => TARIFF_WORDS.contains(w),
        _ => false,
    };
    let about_tariffs = lower.iter().any(names_tariff);
    // "rates" speaks of tariffs in a sentence that names them, or right
    // after a sentence of tariff figures
    let rates_are_tariffs = about_tariffs || !earlier.is_empty();
    let is_tariff = |w: &&str| {
        names_tariff(w)
            || (rates_are_tariffs && w.starts_with('r') && matches!(*w, "rate" | "rates"))
    };
    if !about_tariffs && !lower.iter().any(is_tariff) {
        return Vec::new();
    }
    // every percentage: (first word, words taken, rate, end byte)
    let mut rates = Vec::new();
    let mut i = 0;
    while i < words.len() {
        match percentage(text, words, lower, i) {
            Some((rate, len, end)) => {
                rates.push((i, len, rate, end));
                i += len;
            }
            None => {
                if let Some(rate) = range_start(text, words, lower, i) {
                    rates.push((i, 1, rate, words[i].end));
                }
                i += 1;
            }
        }
    }
    // Many sentences of trade news name tariffs without a figure: the
    // clauses and cues that place a figure are found only for one that has.
    if rates.is_empty() {
        return Vec::new();
    }
    let clause = clauses(text, words, lower);
    let cues = cues(text, words, lower);
    // a third country's goods: "Japanese imports", "South Korean auto exports"
    let foreign_goods: Vec<usize> = (0..words.len())
        .filter(|&i| {
            let word = words[i].text(text);
            others::is_demonym(word)
                && party_of(word).is_none()
                && goods_at(text, words, lower, i + 1) > 0
        })
        .collect();
    let anaphoric = lower
        .iter()
        .any(|w| matches!(*w, "respectively" | "those" | "these"));
    let mut out: Vec<FoundTariff> = Vec::new();
    let mut inherited = 0;
    for (k, &(at, len, rate, end)) in rates.iter().enumerate() {
        // the words that belong to this figure: from the previous one to the next one
        let start_of = |k: usize| {
            if k == 0 {
                0
            } else {
                rates[k - 1].0 + rates[k - 1].1
            }
        };
        let mut from = start_of(k);
        let to = rates.get(k + 1).map_or(words.len(), |r| r.0);
        super::work::read(to - from);
        // "from 20 percent to 10 percent" is one figure: near a tariff word
        // from its first, and a tariff's move after a verb of one ("will be
        // lowered from 20 percent to 10 percent") wherever the sentence
        // names the tariff
        let first = k
            .checked_sub(1)
            .map(|p| rates[p])
            .filter(|p| lower.get(p.0 + p.1) == Some(&"to") && at == p.0 + p.1 + 1)
            .map_or(at, |p| p.0);
        let moved = first < at
            && first >= 2
            && lower[first - 1] == "from"
            && status::status_of(lower[first - 2]).is_some();
        // "the 20 percent tariff … would be reduced to 10 percent": the
        // new rate of a tariff figure told before it in the sentence
        let changed_to = k > 0
            && at >= 2
            && lower[at - 1] == "to"
            && matches!(
                status::status_of(lower[at - 2]),
                Some(TariffStatus::Cut | TariffStatus::Raised)
            );
        let close_by = &lower[first.saturating_sub(12)..(at + len + 8).min(words.len())];
        if !moved && !changed_to && !close_by.iter().any(is_tariff) {
            continue;
        }
        let before_3 = &lower[at.saturating_sub(3)..at];
        let around_2 = &lower[at.saturating_sub(2)..(at + len + 2).min(words.len())];
        if before_3
            .iter()
            .chain(around_2)
            .any(|w| exactly_in(w, &MARKET_KEYS))
        {
            continue;
        }
        if is_change(lower, at, len) {
            continue;
        }
        let previous = k.checked_sub(1).map(|p| rates[p]);
        let next = rates.get(k + 1);
        // a range's first rate ends with its number: it has no unit of its own
        let ranged = |r: &(usize, usize, f64, usize)| r.3 == words[r.0].end;
        // old rates: "from 20 per cent to 10 per cent", "to 47 per cent, down from 57 per cent"
        let word_is =
            |j: Option<usize>, w: &str| j.and_then(|j| lower.get(j)).is_some_and(|x| *x == w);
        if next.is_some_and(|n| word_is(Some(at + len), "to") && n.0 == at + len + 1)
            && !ranged(&rates[k])
            || (word_is(at.checked_sub(1), "from") && previous.is_some_and(|p| at <= p.0 + p.1 + 4))
        {
            continue;
        }
        let moved_from = previous
            .filter(|p| word_is(Some(p.0 + p.1), "to") && at == p.0 + p.1 + 1 && !ranged(p))
            .map(|p| p.2);
        if moved_from.is_some() {
            // the pair shares the words before "from 20 per cent"
            from = start_of(k - 1);
        }
        let down_from = next
            .filter(|n| n.0 <= at + len + 3 && word_is(n.0.checked_sub(1), "from"))
            .map(|n| n.2);
        let status = match moved_from.or(down_from) {
            Some(old) if rate < old => TariffStatus::Cut,
            Some(old) if rate > old => TariffStatus::Raised,
            // "cut those rates to 30% and 10%": a figure without a word of its own shares the one before it
            _ => nearest_status(lower, &clause, from, at, len, to)
                .or(out.last().map(|t| t.status))
                .unwrap_or(TariffStatus::InForce),
        };
        // cues in the figure's own clause first, then those before it, then the nearest
        let rank = |c: &&Cue| {
            (
                clause[c.word] != clause[at],
                c.word > at,
                c.word.abs_diff(at),
            )
        };
        // cues are in word order: the window's are one slice of them
        let window =
            &cues[cues.partition_point(|c| c.word < from)..cues.partition_point(|c| c.word < to)];
        // a third country in the window, without both sides named: its figure
        let bytes = words[from].start..words[to - 1].end;
        let third = others[others.partition_point(|&o| o < bytes.start)..]
            .first()
            .is_some_and(|&o| o < bytes.end)
            || foreign_goods.iter().any(|g| (from..to).contains(g));
        let names = |p: Party| window.iter().any(|c| c.party == p);
        if third && !(names(Party::Us) && names(Party::China)) {
            continue;
        }
        let in_window = |c: &&Cue| !c.neutral;
        let target_cue = window
            .iter()
            .filter(in_window)
            .filter(|c| c.target)
            .min_by_key(rank);
        let imposer_cue = window
            .iter()
            .filter(in_window)
            .filter(|c| !c.target)
            .min_by_key(rank);
        // cues only in a later clause ("45–47%, in response to Xi's
        // promise") yield to the figure before in this sentence
        let later = |c: Option<&Cue>| c.is_none_or(|c| c.word > at && clause[c.word] != clause[at]);
        let before_in_sentence = out
            .last()
            .filter(|_| imposer_cue.or(target_cue).is_some())
            .filter(|_| later(imposer_cue) && later(target_cue))
            .map(|t| (t.imposer, t.target));
        let parties = match (imposer_cue.map(|c| c.party), target_cue.map(|c| c.party)) {
            _ if before_in_sentence.is_some() => before_in_sentence,
            (Some(i), Some(t)) if i != t => Some((i, t)),
            (_, Some(t)) => Some((t.other(), t)),
            (Some(i), None) => Some((i, i.other())),
            // "those rates": the earlier sentence's figures, in order
            (None, None) if anaphoric && inherited < earlier.len() => {
                inherited += 1;
                Some(earlier[inherited - 1])
            }
            // "and a separate 10 percent tariff": the figure before it in
            // this sentence, else the last of the sentences before (the text
            // goes on about the same tariffs)
            (None, None) => out
                .last()
                .map(|t| (t.imposer, t.target))
                .or(earlier.last().copied()),
        };
        let Some((imposer, target)) = parties else {
            continue;
        };
        out.push(FoundTariff {
            rate,
            imposer,
            target,
            status,
            target_words: target_cue.map(|c| {
                let first = if c.word > 0 && matches!(lower[c.word - 1], "on" | "against" | "of") {
                    c.word - 1
                } else {
                    c.word
                };
                words[first].start..words[(c.word + c.len - 1).min(words.len() - 1)].end
            }),
            window: words[from].start..words[to - 1].end,
            figure: words[at].start..end,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::words::{Lower, words};

    #[test]
    fn clauses_break_at_the_same_marks_read_as_bytes() {
        for gap in [", ", "; ", " (", ") ", " — ", "–", " : ", "\u{2014}"] {
            assert!(breaks_clause(gap.as_bytes()), "{gap:?}");
        }
        for gap in [" ", " - ", " \u{2015} ", "\u{2012}", " “", "” ", "\u{e2}"] {
            assert!(!breaks_clause(gap.as_bytes()), "{gap:?}");
        }
    }

    #[test]
    fn tariff_words_start_with_the_letters_tested_first() {
        for w in TARIFF_WORDS {
            assert!(matches!(w.as_bytes()[0], b't' | b'd' | b'l'), "{w}");
        }
    }

    fn found(text: &str) -> Vec<(f64, Party, Party, TariffStatus)> {
        let ws = words(text);
        let lower = Lower::new(text, &ws);
        find_in_sentence(text, &ws, &lower.words(), &[], &[])
            .into_iter()
            .map(|t| (t.rate, t.imposer, t.target, t.status))
            .collect()
    }

    use Party::{China, Us};
    use TariffStatus::*;

    #[test]
    fn reads_the_seed_article() {
        assert_eq!(
            found(
                "This month Beijing announced Export control of rare worldswhich prompted Trump to threaten an additional 100 percent tariff on Chinese imports from November 1 and raise the risk of a full return to the trade war."
            ),
            [(100.0, Us, China, Threatened)]
        );
        assert_eq!(
            found(
                "The penalty of a trade war between the US and China has fallen on the global economy since April, when the White House hit with 145 percent tariffs and XI made 125 percent of US exports."
            ),
            [(145.0, Us, China, InForce), (125.0, China, Us, InForce)]
        );
    }

    #[test]
    fn an_intention_to_impose_is_a_threat() {
        assert_eq!(
            found(
                "President Trump on Friday threatened to hit all Chinese imports with a 100% tariff starting Nov. 1."
            ),
            [(100.0, Us, China, Threatened)]
        );
        assert_eq!(
            found("The United States will slap a 100% tariff on Chinese imports."),
            [(100.0, Us, China, Threatened)]
        );
        assert_eq!(
            found("The framework will avoid 100% U.S. tariffs on Chinese goods."),
            [(100.0, Us, China, Threatened)]
        );
        assert_eq!(
            found("The US imposed a 20% tariff on Chinese goods in March."),
            [(20.0, Us, China, InForce)]
        );
    }

    #[test]
    fn a_third_countrys_figure_is_no_figure_of_the_two() {
        let text = "Vietnam and the United States agreed to lower tariffs to 20 percent.";
        let ws = words(text);
        let lower = Lower::new(text, &ws);
        assert!(find_in_sentence(text, &ws, &lower.words(), &[], &[0]).is_empty());
        assert!(found("Washington kept a 25% tariff on Canadian steel imports.").is_empty());
        assert_eq!(
            found("The US kept a 25% tariff on Chinese goods, and Mexican imports fell."),
            [(25.0, Us, China, InForce)]
        );
    }

    #[test]
    fn a_move_between_rates_is_near_a_tariff_word_from_its_first_rate() {
        assert_eq!(
            found(
                "The tariff imposed on imports from China will be lowered from 20 percent to 10 percent."
            ),
            [(10.0, Us, China, Cut)]
        );
        assert_eq!(
            found(
                "The levy that Washington placed on goods from China over worries about the flow of drugs and chemicals from there was lowered from 20 percent to 10 percent."
            ),
            [(10.0, Us, China, Cut)]
        );
    }

    #[test]
    fn a_figure_without_a_party_goes_on_about_the_sentence_before() {
        let text = "The order extends the 10% reciprocal tariff by a year.";
        let ws = words(text);
        let lower = Lower::new(text, &ws);
        let found = find_in_sentence(text, &ws, &lower.words(), &[(Us, China)], &[]);
        assert_eq!(
            found
                .iter()
                .map(|t| (t.imposer, t.target))
                .collect::<Vec<_>>(),
            [(Us, China)]
        );
    }

    #[test]
    fn the_other_side_of_a_relation_is_the_target() {
        assert_eq!(
            found(
                "Amid its trade war with China, the White House levied a 10 percent tariff on imports."
            ),
            [(10.0, Us, China, InForce)]
        );
        assert_eq!(
            found(
                "Beijing said it would not go along with Trump's plan for 100% tariffs on Chinese goods."
            ),
            [(100.0, Us, China, Threatened)]
        );
    }

    #[test]
    fn a_plan_told_in_the_past_perfect_was_put_off() {
        assert_eq!(
            found("The tariff on Chinese goods had been scheduled to rise to 34 percent."),
            [(34.0, Us, China, Suspended)]
        );
    }

    #[test]
    fn a_range_gives_both_its_rates() {
        assert_eq!(
            found("Chinese goods still face tariffs of 7.5 to 25 percent."),
            [(7.5, Us, China, InForce), (25.0, Us, China, InForce)]
        );
        assert_eq!(
            found("US tariffs on Chinese goods were cut to 45–47%."),
            [(45.0, Us, China, Cut), (47.0, Us, China, Cut)]
        );
        // a move, not a range
        assert_eq!(
            found("Duties on Chinese goods were raised from 10 to 25 percent."),
            [(25.0, Us, China, Raised)]
        );
    }

    #[test]
    fn a_level_told_with_would_be_goes_with_the_figure_before() {
        assert_eq!(
            found(
                "Trump cut the tariff on Chinese goods to 10%, though an aide said the overall rates would be closer to 47%, after Xi's pledge."
            ),
            [(10.0, Us, China, Cut), (47.0, Us, China, Cut)]
        );
    }

    #[test]
    fn a_change_of_rate_is_no_rate() {
        assert!(found("Trump slashed 10 percent off the tariff on Chinese goods.").is_empty());
        assert!(found("Trump said he lowered the levy by 10%.").is_empty());
        assert!(found("He announced a 10% reduction in tariffs on Chinese goods.").is_empty());
        assert_eq!(
            found("Chinese goods were hit by 25% tariffs."),
            [(25.0, Us, China, InForce)]
        );
    }

    #[test]
    fn keeping_and_cancelling_are_statuses() {
        assert_eq!(
            found(
                "The US lowered duties on Chinese goods, while maintaining a 10% reciprocal tariff."
            ),
            [(10.0, Us, China, InForce)]
        );
        assert_eq!(
            found("Tariffs on Chinese goods will remain at 20 percent."),
            [(20.0, Us, China, InForce)]
        );
        // goods named with a word of what they are: "American farm products"
        assert_eq!(
            found("Beijing scrapped its 15% tariffs on some American farm products."),
            [(15.0, China, Us, Cut)]
        );
    }

    #[test]
    fn reads_other_wordings() {
        assert_eq!(
            found("Trump cut the fentanyl tariff on China from 20 per cent to 10 per cent."),
            [(10.0, Us, China, Cut)]
        );
        assert_eq!(
            found("Beijing raised its tariffs on US goods to 125%."),
            [(125.0, China, Us, Raised)]
        );
        assert_eq!(
            found(
                "Under the truce, 24 per cent of the US tariffs on Chinese goods remain suspended until Nov. 10."
            ),
            [(24.0, Us, China, Suspended)]
        );
        assert!(found("Shares rose 2 percent after the tariff news.").is_empty());
        assert!(found("Growth slowed to 4.8% as tariffs bit.").is_empty());
        assert!(found("Tariffs were cut by 10 percentage points.").is_empty());
        // rates between the US and another country
        assert!(found("The U.S. will maintain a 15% tariff on Japanese imports.").is_empty());
        // a country named far after the figure is no party to it
        assert_eq!(
            found(
                "Trump agreed to cut the tariffs related to fentanyl to 10% and the two sides pledged to work together on ending the war in Ukraine."
            ),
            [(10.0, Us, China, Cut)]
        );
        // a modal in another clause makes no threat
        assert_eq!(
            found(
                "They would discuss the fentanyl crisis, which was the basis of 20 percent US tariffs on Chinese goods."
            ),
            [(20.0, Us, China, InForce)]
        );
        assert_eq!(
            found(
                "Trump also said the additional 100% tariffs on imports from China, which he previously said would take effect Nov. 1, are off."
            ),
            [(100.0, Us, China, Threatened)]
        );
        // the new rate of a tariff told long before it in the sentence
        assert_eq!(
            found(
                "He added that the 20 percent tariff he had imposed on Chinese exports earlier this year, in response to its role in the drug trade, would be reduced to 10 percent."
            ),
            [(20.0, Us, China, InForce), (10.0, Us, China, Cut)]
        );
        // a rate a deal reduces tariffs to is a cut
        assert_eq!(
            found("Trump agreed to reduce tariffs on Chinese imports to 47 percent."),
            [(47.0, Us, China, Cut)]
        );
        // a rate that a deal staves off was only threatened
        assert_eq!(
            found("The deal staves off 100 percent American tariffs on Chinese goods."),
            [(100.0, Us, China, Threatened)]
        );
        // the size of a change is no rate, but a rate one is hit by is
        assert!(found("He said he would be decreasing tariffs on China by 10%.").is_empty());
        assert!(found("Trump cut the fentanyl tariff by 10 per cent on Thursday.").is_empty());
        assert_eq!(
            found("Chinese goods were hit by 100% US tariffs."),
            [(100.0, Us, China, InForce)]
        );
        assert!(
            found("A 5 percent rise in exports.").is_empty(),
            "no tariff word"
        );
    }
}
