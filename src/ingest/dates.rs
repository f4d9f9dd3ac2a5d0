//! Date expressions, resolved against the publication date with chrono:
//! "on Thursday", "from November 1", "Nov. 10", "1 November", "since April",
//! "this month", "April 2026", "2025-10-25".

use std::ops::Range;

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

use super::words::Word;

/// How much of the date the words give.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precision {
    Day,
    /// Only the month: the date is its 1st.
    Month,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundDate {
    /// The date words as written.
    pub span: Range<usize>,
    pub date: NaiveDate,
    pub precision: Precision,
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The month a word names: full names, and three- or four-letter abbreviations when capitalised.
fn month(word: &str) -> Option<u32> {
    let bytes = word.as_bytes();
    if !(3..=9).contains(&bytes.len()) {
        return None;
    }
    // the first letters of the months, in either case: most words start otherwise
    if !matches!(
        bytes[0] | 0x20,
        b'j' | b'f' | b'm' | b'a' | b's' | b'o' | b'n' | b'd'
    ) {
        return None;
    }
    // A name or abbreviation shares its first three letters with one month
    // only; `| 0x20` lower-cases a letter and makes no letter of anything
    // else. Month names are ASCII without a `k`, and outside ASCII only the
    // Kelvin sign lower-cases to ASCII (a `k`): a word with other bytes after
    // these three fails the comparisons below, which need not lower-case.
    let i = match [bytes[0] | 0x20, bytes[1] | 0x20, bytes[2] | 0x20] {
        [b'j', b'a', b'n'] => 0,
        [b'f', b'e', b'b'] => 1,
        [b'm', b'a', b'r'] => 2,
        [b'a', b'p', b'r'] => 3,
        [b'm', b'a', b'y'] => 4,
        [b'j', b'u', b'n'] => 5,
        [b'j', b'u', b'l'] => 6,
        [b'a', b'u', b'g'] => 7,
        [b's', b'e', b'p'] => 8,
        [b'o', b'c', b't'] => 9,
        [b'n', b'o', b'v'] => 10,
        [b'd', b'e', b'c'] => 11,
        _ => return None,
    };
    let capital = bytes[0].is_ascii_uppercase();
    // "may" and "march" are also common words: only capitalised ones count
    let named = MONTHS[i].eq_ignore_ascii_case(word) && (capital || !matches!(i, 2 | 4));
    // three letters that start a month start that month
    let abbreviated = capital && (bytes.len() == 3 || word.eq_ignore_ascii_case("sept"));
    (named || abbreviated).then_some(i as u32 + 1)
}

fn weekday(word: &str) -> Option<Weekday> {
    Some(match word {
        "Monday" => Weekday::Mon,
        "Tuesday" => Weekday::Tue,
        "Wednesday" => Weekday::Wed,
        "Thursday" => Weekday::Thu,
        "Friday" => Weekday::Fri,
        "Saturday" => Weekday::Sat,
        "Sunday" => Weekday::Sun,
        _ => return None,
    })
}

fn day_number(word: &str) -> Option<u32> {
    // most words start with no digit
    if !word.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let digits = word.trim_end_matches(['s', 't', 'n', 'd', 'r', 'h']); // 1st, 2nd, 3rd, 10th
    (word.len() <= 4 && !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
        .then(|| digits.parse().ok())
        .flatten()
        .filter(|d| (1..=31).contains(d))
}

fn year_number(word: &str) -> Option<i32> {
    (word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()))
        .then(|| word.parse().ok())
        .flatten()
        .filter(|y| (1900..=2100).contains(y))
}

// The word lists below are `matches!` patterns, which compile to a test of
// the length and then of the bytes: the look-around reads sixteen words per
// date, each compared with all of them.

/// Words that put a clause in the future: a weekday there is the next such day.
fn is_future(w: &str) -> bool {
    matches!(
        w,
        "will"
            | "would"
            | "’ll"
            | "'ll"
            | "next"
            | "due"
            | "set"
            | "scheduled"
            | "plans"
            | "planned"
            | "expected"
            | "upcoming"
            | "headed"
            | "heads"
            | "is"
            | "are"
    )
}

/// Irregular past forms; regular ones end in "ed".
fn is_past(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "told"
            | "held"
            | "left"
            | "met"
            | "was"
            | "were"
            | "had"
            | "did"
            | "spoke"
            | "made"
            | "took"
            | "gave"
            | "came"
            | "went"
            | "began"
            | "sent"
            | "led"
            | "brought"
            | "last"
            | "ago"
            | "saw"
            | "won"
            | "hit"
            | "put"
            | "set"
            | "struck"
            | "wrote"
            | "flew"
    )
}

/// Words ending in "ed" that are not past forms.
fn is_not_past(w: &str) -> bool {
    matches!(
        w,
        "hundred"
            | "indeed"
            | "proceed"
            | "exceed"
            | "succeed"
            | "speed"
            | "breed"
            | "bleed"
            | "greed"
    )
}

/// Whether the clause around word `i` speaks of the past: up to twelve words
/// before it and four after, within its sentence.
fn past_tense(text: &str, words: &[Word], lower: &[&str], i: usize) -> bool {
    tense(text, words, lower, i) == Some(Tense::Past)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tense {
    Past,
    Future,
}

/// The tense of the clause around word `i`, when a word of it says: up to
/// twelve words before it and four after, within its sentence; a word of
/// the future wins.
fn tense(text: &str, words: &[Word], lower: &[&str], i: usize) -> Option<Tense> {
    let joined = |a: usize| {
        !text.as_bytes()[words[a].end..words[a + 1].start]
            .iter()
            .any(|b| matches!(b, b'.' | b'!' | b'?' | b'\n'))
    };
    let mut from = i;
    while from > 0 && i - from < 12 && joined(from - 1) {
        from -= 1;
    }
    let mut to = i + 1;
    while to < words.len() && to - i <= 4 && joined(to - 1) {
        to += 1;
    }
    super::work::read(to - from);
    let mut past = false;
    for &w in &lower[from..to] {
        match word_tense(w) {
            Some(Tense::Future) => return Some(Tense::Future),
            Some(Tense::Past) => past = true,
            None => {}
        }
    }
    past.then_some(Tense::Past)
}

/// The tense a word tells, if any: "will", "would", "plans" the future;
/// "said", "agreed" (a past form) the past.
fn word_tense(w: &str) -> Option<Tense> {
    if is_future(w) && w != "set" {
        Some(Tense::Future)
    } else if is_past(w) || (w.len() > 4 && w.ends_with("ed") && !is_not_past(w)) {
        Some(Tense::Past)
    } else {
        None
    }
}

/// The tense of the verb nearest before word `i` in its clause ("had been
/// extended in August and was due …" is past), else after it; a month
/// belongs to its own verb, not to the clause's others.
fn nearest_tense(text: &str, words: &[Word], lower: &[&str], i: usize) -> Option<Tense> {
    let joined = |a: usize| {
        !text.as_bytes()[words[a].end..words[a + 1].start]
            .iter()
            .any(|b| matches!(b, b'.' | b'!' | b'?' | b'\n' | b',' | b';'))
    };
    let mut j = i;
    while j > 0 && i - j < 8 && joined(j - 1) {
        j -= 1;
        super::work::read(1);
        if let Some(t) = word_tense(lower[j]) {
            return Some(t);
        }
    }
    let mut k = i;
    while k + 1 < words.len() && k - i < 4 && joined(k) {
        k += 1;
        super::work::read(1);
        if let Some(t) = word_tense(lower[k]) {
            return Some(t);
        }
    }
    None
}

/// Every date expression in `words` (the words of `text`; `lower` the same in
/// lower case, [`super::words::Lower`]), resolved against `published`.
pub fn find_dates(
    text: &str,
    words: &[Word],
    lower: &[&str],
    published: NaiveDate,
) -> Vec<FoundDate> {
    let mut out = Vec::new();
    let w = |i: usize| words.get(i).map(|w| w.text(text));
    let mut i = 0;
    while i < words.len() {
        let word = words[i].text(text);
        if !MAY_START[usize::from(word.as_bytes()[0])] {
            i += 1;
            continue;
        }
        let found = date_at(text, (words, lower), i, word, published, &w);
        match found {
            Some((len, date, precision)) => {
                out.push(FoundDate {
                    span: words[i].start..words[i + len - 1].end,
                    date,
                    precision,
                });
                i += len;
            }
            None => i += 1,
        }
    }
    out
}

/// The first bytes of the words a date can start with ([`date_at`]): a
/// digit (a day or "2025-10-25"), or the first letter, in either case, of a
/// month, a weekday, "this", "last" or "next"; all of them ASCII. Most words
/// start otherwise, and are passed over at one look-up.
static MAY_START: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = c.is_ascii_digit()
            || matches!(
                c | 0x20,
                b'j' | b'f' | b'm' | b'a' | b's' | b'o' | b'n' | b'd' | b't' | b'w' | b'l'
            );
        b += 1;
    }
    table
};

/// The date starting at word `i`: how many words it takes, the date and its precision.
fn date_at<'t>(
    text: &'t str,
    (words, lower): (&[Word], &[&str]),
    i: usize,
    word: &'t str,
    published: NaiveDate,
    w: &impl Fn(usize) -> Option<&'t str>,
) -> Option<(usize, NaiveDate, Precision)> {
    let year = published.year();
    if let Some(m) = month(word) {
        // "November 1", "Nov. 10", "October 30, 2025"
        if let Some(d) = w(i + 1).and_then(day_number) {
            return match w(i + 2).and_then(year_number) {
                Some(y) => NaiveDate::from_ymd_opt(y, m, d).map(|date| (3, date, Precision::Day)),
                None => nearest_year(published, m, d).map(|date| (2, date, Precision::Day)),
            };
        }
        // "April 2026"
        if let Some(y) = w(i + 1).and_then(year_number) {
            return NaiveDate::from_ymd_opt(y, m, 1).map(|date| (2, date, Precision::Month));
        }
        // "in August", "since April": a month alone needs a preposition before it
        let before = i.checked_sub(1).map(|j| lower[j]);
        if matches!(
            before,
            Some(
                "in" | "since"
                    | "until"
                    | "till"
                    | "by"
                    | "from"
                    | "through"
                    | "early"
                    | "late"
                    | "mid"
                    | "last"
                    | "next"
                    | "of"
            )
        ) {
            // the month that is meant: a later month told in the past is last
            // year's, an earlier one told in the future next year's ("will
            // visit Beijing in April", written in October)
            let said = match before {
                Some("since" | "last") => Some(Tense::Past),
                Some("next") => Some(Tense::Future),
                _ => nearest_tense(text, words, lower, i),
            };
            let y = match (m.cmp(&published.month()), said) {
                (std::cmp::Ordering::Greater, Some(Tense::Past)) => year - 1,
                (std::cmp::Ordering::Less, Some(Tense::Future)) => year + 1,
                _ => year,
            };
            return NaiveDate::from_ymd_opt(y, m, 1).map(|date| (1, date, Precision::Month));
        }
        return None;
    }
    // "1 November", "30 Oct 2025"
    if let Some(d) = day_number(word)
        && let Some(m) = w(i + 1).and_then(month)
    {
        return match w(i + 2).and_then(year_number) {
            Some(y) => NaiveDate::from_ymd_opt(y, m, d).map(|date| (3, date, Precision::Day)),
            None => nearest_year(published, m, d).map(|date| (2, date, Precision::Day)),
        };
    }
    if let Some(day) = weekday(word) {
        let date = if past_tense(text, words, lower, i) {
            last_weekday(published, day)
        } else {
            next_weekday(published, day)
        };
        return date.map(|date| (1, date, Precision::Day));
    }
    // "this month", "last month", "next month"
    if word.eq_ignore_ascii_case("this")
        || word.eq_ignore_ascii_case("last")
        || word.eq_ignore_ascii_case("next")
    {
        if w(i + 1) == Some("month") {
            let first = published.with_day(1)?;
            let date = match word.to_lowercase().as_str() {
                "last" => first.checked_sub_months(Months::new(1))?,
                "next" => first.checked_add_months(Months::new(1))?,
                _ => first,
            };
            return Some((2, date, Precision::Month));
        }
        return None;
    }
    // "2025-10-25"
    if word.len() == 10 {
        return crate::model::day::parse(word)
            .ok()
            .map(|date| (1, date, Precision::Day));
    }
    None
}

/// A month and day without a year: the one within half a year of `published`.
fn nearest_year(published: NaiveDate, m: u32, d: u32) -> Option<NaiveDate> {
    let y = published.year();
    let date = NaiveDate::from_ymd_opt(y, m, d)?;
    let days = (date - published).num_days();
    if days > 183 {
        NaiveDate::from_ymd_opt(y - 1, m, d)
    } else if days < -183 {
        NaiveDate::from_ymd_opt(y + 1, m, d)
    } else {
        Some(date)
    }
}

/// The latest `day` on or before `from`, if the calendar has it.
fn last_weekday(from: NaiveDate, day: Weekday) -> Option<NaiveDate> {
    let back = from.weekday().days_since(day);
    from.checked_sub_days(Days::new(u64::from(back)))
}

/// The first `day` on or after `from`, if the calendar has it.
fn next_weekday(from: NaiveDate, day: Weekday) -> Option<NaiveDate> {
    let ahead = day.days_since(from.weekday());
    from.checked_add_days(Days::new(u64::from(ahead)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::words::{Lower, words};

    #[test]
    fn every_date_word_starts_with_a_byte_the_search_looks_at() {
        let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
        let more = [
            "Saturday",
            "Sunday",
            "this",
            "This",
            "LAST",
            "next",
            "1",
            "2025-10-25",
        ];
        let words = MONTHS.iter().chain(&weekdays).chain(&more);
        for word in words.flat_map(|w| [w.to_string(), w.to_uppercase()]) {
            assert!(MAY_START[usize::from(word.as_bytes()[0])], "{word}");
        }
    }

    #[test]
    fn months_are_read_from_their_names_and_capitalised_abbreviations() {
        let cases = [
            ("January", Some(1)),
            ("DECEMBER", Some(12)),
            ("september", Some(9)),
            ("Sept", Some(9)),
            ("Oct", Some(10)),
            ("oct", None),
            ("may", None),
            ("May", Some(5)),
            ("march", None),
            ("Octob", None),
            ("Novembers", None),
            // outside ASCII nothing is a month, even what lower-cases to one
            ("Dé", None),
            ("Oct\u{e9}", None),
            ("Decem\u{212a}er", None),
            ("Ja\u{0301}n", None),
        ];
        for (word, want) in cases {
            assert_eq!(month(word), want, "{word}");
        }
    }

    fn found(text: &str) -> Vec<(String, String)> {
        let published = NaiveDate::from_ymd_opt(2025, 10, 25).unwrap(); // a Saturday
        let ws = words(text);
        let lower = Lower::new(text, &ws);
        find_dates(text, &ws, &lower.words(), published)
            .into_iter()
            .map(|d| (text[d.span].to_owned(), d.date.to_string()))
            .collect()
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn resolves_the_seed_article_dates() {
        assert_eq!(
            found("talks with Malaysia on Saturday that will shape the Summit on Thursday."),
            pairs(&[("Saturday", "2025-10-25"), ("Thursday", "2025-10-30")])
        );
        assert_eq!(
            found("Trump said on Friday as he left the US."),
            pairs(&[("Friday", "2025-10-24")])
        );
        assert_eq!(
            found(
                "This month Beijing announced a 100 percent tariff from November 1, continued on November 10."
            ),
            pairs(&[
                ("This month", "2025-10-01"),
                ("November 1", "2025-11-01"),
                ("November 10", "2025-11-10")
            ])
        );
        assert_eq!(
            found("fallen since April, and in August; in Malaysia on Sunday, Trump will fly"),
            pairs(&[
                ("April", "2025-04-01"),
                ("August", "2025-08-01"),
                ("Sunday", "2025-10-26")
            ])
        );
    }

    #[test]
    fn a_month_alone_is_the_one_its_own_verb_means() {
        // written on 25 Oct 2025
        assert_eq!(
            found(
                "Trump will visit Beijing in April. The truce had been extended in August and was due to end."
            ),
            pairs(&[("April", "2026-04-01"), ("August", "2025-08-01")])
        );
        assert_eq!(
            found("Soybean buying resumed in November, and talks will resume in January."),
            pairs(&[("November", "2024-11-01"), ("January", "2026-01-01")])
        );
    }

    #[test]
    fn resolves_other_forms() {
        assert_eq!(
            found(
                "KUALA LUMPUR, Oct 25 (Reuters) - on Nov. 10 and 1 November, visit in April 2026, 2025-12-01."
            ),
            pairs(&[
                ("Oct 25", "2025-10-25"),
                ("Nov. 10", "2025-11-10"),
                ("1 November", "2025-11-01"),
                ("April 2026", "2026-04-01"),
                ("2025-12-01", "2025-12-01")
            ])
        );
        assert_eq!(
            found("You may march in May."),
            pairs(&[("May", "2025-05-01")])
        );
        assert_eq!(found("January 20"), pairs(&[("January 20", "2026-01-20")]));
        assert!(found("Mayday 99 Octopus 31 February").is_empty());
    }
}
