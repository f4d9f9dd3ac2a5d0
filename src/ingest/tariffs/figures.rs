//! Tariff figures as written: a percentage ("145 percent", "125%"), the
//! first rate of a range ("7.5 to 100 percent"), and a change of rate that
//! is no rate ("reduced it by 10%").

use super::TARIFF_WORDS;
use super::status::status_of;
use crate::ingest::words::Word;
use crate::model::TariffStatus;

/// Whether the figure at word `at` is a change of rate rather than a rate:
/// "reduced it by 10%", "a 10% reduction in tariffs", "slashed 10 percent
/// from the tariff bill" (but "hit by 25% tariffs" or "by 100% US tariffs"
/// is a rate).
pub fn is_change(lower: &[&str], at: usize, len: usize) -> bool {
    let after = lower.get(at + len).copied().unwrap_or("");
    // "hit by 100% US tariffs": the tariff word may come a word later
    let later = lower.get(at + len + 1).copied().unwrap_or("");
    let before = at.checked_sub(1).map_or("", |p| lower[p]);
    let by = before == "by";
    let taken = matches!(after, "from" | "off")
        && matches!(
            status_of(before),
            Some(TariffStatus::Cut | TariffStatus::Raised)
        );
    taken
        || (by && !TARIFF_WORDS.contains(&after) && !TARIFF_WORDS.contains(&later))
        || matches!(
            after,
            "reduction"
                | "reductions"
                | "cut"
                | "cuts"
                | "increase"
                | "increases"
                | "hike"
                | "hikes"
                | "rise"
                | "drop"
                | "decrease"
        )
}

/// The percentage starting at word `i`: its rate, how many words it takes
/// ("145 percent", "100 per cent", "125%") and where it ends.
pub fn percentage(
    text: &str,
    words: &[Word],
    lower: &[&str],
    i: usize,
) -> Option<(f64, usize, usize)> {
    let word = words[i];
    let number = word.text(text);
    // a word has no commas, and a finite number in one starts with a digit
    if !number.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let rate: f64 = number.parse().ok().filter(|r: &f64| r.is_finite())?;
    let rest = &text[word.end..];
    let after = |k: usize| lower.get(i + k).copied();
    if rest.starts_with('%') {
        return Some((rate, 1, word.end + '%'.len_utf8()));
    }
    let end = |len: usize| words[i + len - 1].end;
    if rest.starts_with([' ', '-']) || rest.starts_with('\u{a0}') {
        return match (after(1), after(2)) {
            (Some("percent" | "pct"), Some("point" | "points")) => None,
            (Some("percent" | "pct"), _) => Some((rate, 2, end(2))),
            (Some("per"), Some("cent")) => {
                (after(3) != Some("point") && after(3) != Some("points")).then(|| (rate, 3, end(3)))
            }
            _ => None,
        };
    }
    None
}

/// A number that borrows the unit of the percentage after it, the first
/// rate of a range: "7.5 to 100 percent", "45–47%" (but in "from 10 to 25
/// percent" the first number is the old rate of a move).
pub fn range_start(text: &str, words: &[Word], lower: &[&str], i: usize) -> Option<f64> {
    let number = words[i].text(text);
    if !number.starts_with(|c: char| c.is_ascii_digit())
        || i.checked_sub(1).is_some_and(|p| lower[p] == "from")
    {
        return None;
    }
    let rate: f64 = number.parse().ok().filter(|r: &f64| r.is_finite())?;
    let next = words.get(i + 1)?;
    let dash = matches!(text[words[i].end..next.start].trim(), "–" | "-");
    let unit_at = if dash {
        i + 1
    } else if lower[i + 1] == "to" && i + 2 < words.len() {
        i + 2
    } else {
        return None;
    };
    percentage(text, words, lower, unit_at).map(|_| rate)
}
