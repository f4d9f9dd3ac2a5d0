//! Tariff figures: a rate, who imposes it on whom, and its status, read from
//! the words around each percentage in a sentence about tariffs.

use std::ops::Range;

use super::words::Word;
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
}

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

/// One cue: a party, and whether the words name what is taxed.
struct Cue {
    word: usize,
    len: usize,
    party: Party,
    target: bool,
}

fn party_of(word: &str) -> Option<Party> {
    let w = word.trim_end_matches("’s").trim_end_matches("'s");
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
fn cues(text: &str, words: &[Word]) -> Vec<Cue> {
    let w = |i: usize| words.get(i).map_or("", |w| w.text(text));
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let (party, len) = match (w(i), w(i + 1)) {
            ("United", "States") => (Some(Party::Us), 2),
            ("White", "House") => (Some(Party::Us), 2),
            (word, _) => (party_of(word), 1),
        };
        if let Some(party) = party {
            let before = w(i.wrapping_sub(1)).to_lowercase();
            let after = w(i + len).to_lowercase();
            let goods_after = GOODS.contains(&after.as_str());
            // "on China", "against Beijing", "imports from China", "Chinese imports"
            let target = goods_after
                || matches!(before.as_str(), "on" | "against")
                || (before == "from"
                    && GOODS.contains(&w(i.wrapping_sub(2)).to_lowercase().as_str()));
            out.push(Cue {
                word: i,
                len: len + usize::from(goods_after),
                party,
                target,
            });
        }
        i += len;
    }
    out
}

fn status_of(word: &str) -> Option<TariffStatus> {
    use TariffStatus::*;
    Some(match word {
        "threat" | "threats" | "threaten" | "threatened" | "threatens" | "threatening"
        | "would" | "could" | "might" | "warned" | "warns" | "plans" | "planned" | "proposed"
        | "vowed" | "pledged" => Threatened,
        "suspend" | "suspended" | "suspends" | "suspension" | "pause" | "paused" | "pauses" => {
            Suspended
        }
        "cut" | "cuts" | "cutting" | "lowered" | "lowers" | "reduced" | "reduces" | "slashed"
        | "halved" => Cut,
        "raised" | "raises" | "raise" | "raising" | "hiked" | "hikes" | "increased"
        | "increases" | "escalated" => Raised,
        "imposed" | "imposes" | "levied" | "hit" | "collected" | "charged" => InForce,
        _ => return None,
    })
}

/// The percentage starting at word `i`: its rate and how many words it takes
/// ("145 percent", "100 per cent", "125%").
fn percentage(text: &str, words: &[Word], i: usize) -> Option<(f64, usize)> {
    let word = words[i];
    let number = word.text(text).replace(',', "");
    let rate: f64 = number.parse().ok().filter(|r: &f64| r.is_finite())?;
    let rest = &text[word.end..];
    let after = |k: usize| words.get(i + k).map(|w| w.text(text).to_lowercase());
    if rest.starts_with('%') {
        return Some((rate, 1));
    }
    if rest.starts_with([' ', '-']) || rest.starts_with('\u{a0}') {
        return match (after(1).as_deref(), after(2).as_deref()) {
            (Some("percent" | "pct"), Some("point" | "points")) => None,
            (Some("percent" | "pct"), _) => Some((rate, 2)),
            (Some("per"), Some("cent")) => (after(3).as_deref() != Some("point")
                && after(3).as_deref() != Some("points"))
            .then_some((rate, 3)),
            _ => None,
        };
    }
    None
}

/// The tariff figures of one sentence; `words` are the sentence's words.
pub fn find_in_sentence(text: &str, words: &[Word]) -> Vec<FoundTariff> {
    let lower: Vec<String> = words.iter().map(|w| w.text(text).to_lowercase()).collect();
    if !lower.iter().any(|w| TARIFF_WORDS.contains(&w.as_str())) {
        return Vec::new();
    }
    // every percentage: (first word, words taken, rate)
    let mut rates = Vec::new();
    let mut i = 0;
    while i < words.len() {
        match percentage(text, words, i) {
            Some((rate, len)) => {
                rates.push((i, len, rate));
                i += len;
            }
            None => i += 1,
        }
    }
    let cues = cues(text, words);
    let mut out = Vec::new();
    for (k, &(at, len, rate)) in rates.iter().enumerate() {
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
        let near = |d: usize| lower[at.saturating_sub(d)..(at + len + d).min(words.len())].to_vec();
        if !near(8).iter().any(|w| TARIFF_WORDS.contains(&w.as_str())) {
            continue;
        }
        let before_3 = &lower[at.saturating_sub(3)..at];
        if before_3.iter().any(|w| MARKET_WORDS.contains(&w.as_str()))
            || near(2).iter().any(|w| MARKET_WORDS.contains(&w.as_str()))
        {
            continue;
        }
        // "from 20 per cent to 10 per cent": the first is the old rate
        let next = rates.get(k + 1);
        if next
            .is_some_and(|n| lower.get(at + len).is_some_and(|w| w == "to") && n.0 == at + len + 1)
        {
            continue;
        }
        let previous = k.checked_sub(1).map(|p| rates[p]);
        let moved_from = previous
            .filter(|p| lower.get(p.0 + p.1).is_some_and(|w| w == "to") && at == p.0 + p.1 + 1)
            .map(|p| p.2);
        if moved_from.is_some() {
            // the pair shares the words before "from 20 per cent"
            from = start_of(k - 1);
        }

        let status = nearest_status(&lower, from, at, len, to).unwrap_or(match moved_from {
            Some(old) if rate < old => TariffStatus::Cut,
            Some(old) if rate > old => TariffStatus::Raised,
            _ => TariffStatus::InForce,
        });
        let in_window = |c: &&Cue| c.word >= from && c.word < to;
        let target_cue = cues
            .iter()
            .filter(in_window)
            .filter(|c| c.target)
            .min_by_key(|c| c.word.abs_diff(at));
        let imposer_cue = cues
            .iter()
            .filter(in_window)
            .filter(|c| !c.target && c.word < at)
            .max_by_key(|c| c.word)
            .or_else(|| {
                cues.iter()
                    .filter(in_window)
                    .filter(|c| !c.target)
                    .min_by_key(|c| c.word.abs_diff(at))
            });
        let other = |p: Party| {
            if p == Party::Us {
                Party::China
            } else {
                Party::Us
            }
        };
        let (imposer, target) = match (imposer_cue.map(|c| c.party), target_cue.map(|c| c.party)) {
            (Some(i), Some(t)) if i != t => (i, t),
            (_, Some(t)) => (other(t), t),
            (Some(i), None) => (i, other(i)),
            (None, None) => continue,
        };
        out.push(FoundTariff {
            rate,
            imposer,
            target,
            status,
            target_words: target_cue.map(|c| {
                let first = if c.word > 0
                    && matches!(lower[c.word - 1].as_str(), "on" | "against" | "of")
                {
                    c.word - 1
                } else {
                    c.word
                };
                words[first].start..words[(c.word + c.len - 1).min(words.len() - 1)].end
            }),
            window: words[from].start..words[to - 1].end,
        });
    }
    out
}

/// The status word nearest the figure within its window; before it counts
/// more than after it ("threatened a 100% tariff", "tariffs of 30% were suspended").
fn nearest_status(
    lower: &[String],
    from: usize,
    at: usize,
    len: usize,
    to: usize,
) -> Option<TariffStatus> {
    let before = (from..at)
        .rev()
        .find_map(|i| status_of(&lower[i]).map(|s| (at - i, s)));
    let after = (at + len..to).find_map(|i| status_of(&lower[i]).map(|s| (i - at, s)));
    match (before, after) {
        (Some((db, b)), Some((da, a))) => Some(if db <= da + 2 { b } else { a }),
        (Some((_, s)), None) | (None, Some((_, s))) => Some(s),
        (None, None) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::words::words;

    fn found(text: &str) -> Vec<(f64, Party, Party, TariffStatus)> {
        find_in_sentence(text, &words(text))
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
        assert!(
            found("A 5 percent rise in exports.").is_empty(),
            "no tariff word"
        );
    }
}
