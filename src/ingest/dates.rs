//! Date expressions, resolved against the publication date with chrono:
//! "on Thursday", "Tuesday, November 4", "from November 1", "Nov. 10",
//! "1 November", "since April", "in mid-October", "their August meeting",
//! "this month", "April 2026", "2025-10-25". A bare weekday or month is
//! read as a reader does, by the tense of its verb (the `tense` module).

use std::ops::Range;

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

mod tense;

use super::words::{Word, trim_possessive};
use tense::{Reach, Tense, nearest_tense};

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

/// A weekday's verb may stand far before it, past commas; a month's is its own.
const WEEKDAY_REACH: Reach = Reach {
    back: 24,
    ahead: 4,
    commas: false,
};
const MONTH_REACH: Reach = Reach {
    back: 8,
    ahead: 4,
    commas: true,
};

/// The words that make a month alone a date when they stand before it:
/// prepositions ("in August", "since April") and the determiners of a
/// month that names something ("their August meeting", "a March release").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Before {
    Preposition,
    Determiner,
}

fn before_month(w: &str) -> Option<Before> {
    match w {
        "in" | "since" | "until" | "till" | "by" | "from" | "through" | "early" | "late"
        | "mid" | "last" | "next" | "of" => Some(Before::Preposition),
        "the" | "a" | "an" | "their" | "its" | "his" | "her" | "our" => Some(Before::Determiner),
        _ => None,
    }
}

/// The length of a part-of-month prefix on `word` ("mid-October",
/// "early-December"), or 0; the month is the rest.
fn part_of_month(word: &str) -> usize {
    // most words start with none of these letters: one byte tells
    if !matches!(
        word.as_bytes().first(),
        Some(b'm' | b'M' | b'e' | b'E' | b'l' | b'L')
    ) {
        return 0;
    }
    ["mid-", "early-", "late-"]
        .iter()
        .find(|p| {
            word.get(..p.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(p))
        })
        .map_or(0, |p| p.len())
}

/// The article the dates are read in.
struct Article<'t> {
    text: &'t str,
    words: &'t [Word],
    lower: &'t [&'t str],
    published: NaiveDate,
}

/// A date word as written and the word it is: "mid-October" is October,
/// "Saturday’s session" is on Saturday.
struct DateWord<'t> {
    /// Where the date's word starts in the text.
    start: usize,
    core: &'t str,
    /// Whether anything clung to it: then it is a month or a weekday alone.
    trimmed: bool,
}

/// Every date expression in `words` (the words of `text`; `lower` the same in
/// lower case, [`super::words::Lower`]), resolved against `published`.
pub fn find_dates(
    text: &str,
    words: &[Word],
    lower: &[&str],
    published: NaiveDate,
) -> Vec<FoundDate> {
    let article = Article {
        text,
        words,
        lower,
        published,
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let whole = words[i].text(text);
        if !MAY_START[usize::from(whole.as_bytes()[0])] {
            i += 1;
            continue;
        }
        let prefix = part_of_month(whole);
        let core = trim_possessive(&whole[prefix..]);
        let word = DateWord {
            start: words[i].start + prefix,
            core,
            trimmed: core.len() < whole.len(),
        };
        match article.date_at(i, &word, out.last()) {
            Some((len, date, precision)) => {
                let end = if len == 1 {
                    word.start + core.len()
                } else {
                    words[i + len - 1].end
                };
                out.push(FoundDate {
                    span: word.start..end,
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

/// The first bytes of the words a date can start with ([`Article::date_at`]):
/// a digit (a day or "2025-10-25"), or the first letter, in either case, of
/// a month, a weekday, "this", "last", "next", "mid-" or "early-"; all of
/// them ASCII. Most words start otherwise, and are passed over at one look-up.
static MAY_START: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = c.is_ascii_digit()
            || matches!(
                c | 0x20,
                b'j' | b'f' | b'm' | b'a' | b's' | b'o' | b'n' | b'd' | b't' | b'w' | b'l' | b'e'
            );
        b += 1;
    }
    table
};

impl Article<'_> {
    fn word(&self, i: usize) -> Option<&str> {
        self.words.get(i).map(|w| w.text(self.text))
    }

    /// The date starting at word `i`: how many words it takes, the date and its precision.
    fn date_at(
        &self,
        i: usize,
        word: &DateWord,
        previous: Option<&FoundDate>,
    ) -> Option<(usize, NaiveDate, Precision)> {
        let core = word.core;
        if let Some(m) = month(core) {
            return self.month_at(i, word, m);
        }
        if word.trimmed && part_of_month(self.word(i)?) > 0 {
            return None;
        }
        // "1 November", "30 Oct 2025"
        if day_number(core).is_some() {
            return self
                .day_at(i)
                .map(|(len, date)| (len, date, Precision::Day));
        }
        if let Some(day) = weekday(core) {
            // a show's name ("Fox News Sunday", "Meet the Press") is no day
            if i > 0 && self.word(i - 1) == Some("News") {
                return None;
            }
            return Some((1, self.weekday_at(i, day, previous)?, Precision::Day));
        }
        // "this month", "last month", "next month"
        if core.eq_ignore_ascii_case("this")
            || core.eq_ignore_ascii_case("last")
            || core.eq_ignore_ascii_case("next")
        {
            if self.word(i + 1) == Some("month") {
                let first = self.published.with_day(1)?;
                let date = match self.lower[i] {
                    "last" => first.checked_sub_months(Months::new(1))?,
                    "next" => first.checked_add_months(Months::new(1))?,
                    _ => first,
                };
                return Some((2, date, Precision::Month));
            }
            return None;
        }
        // "2025-10-25"
        if core.len() == 10 {
            return crate::model::day::parse(core)
                .ok()
                .map(|date| (1, date, Precision::Day));
        }
        None
    }

    /// A day of a month at word `i`, in either order, with or without its
    /// year: "November 1", "Nov. 10", "October 30, 2025", "30 Oct 2025".
    fn day_at(&self, i: usize) -> Option<(usize, NaiveDate)> {
        let (m, d) = match self.word(i).and_then(month) {
            Some(m) => (m, self.word(i + 1).and_then(day_number)?),
            None => (
                self.word(i + 1).and_then(month)?,
                self.word(i).and_then(day_number)?,
            ),
        };
        match self.word(i + 2).and_then(year_number) {
            Some(y) => NaiveDate::from_ymd_opt(y, m, d).map(|date| (3, date)),
            None => nearest_year(self.published, m, d).map(|date| (2, date)),
        }
    }

    /// The date a month `m` at word `i` names, and how many words it takes.
    fn month_at(&self, i: usize, word: &DateWord, m: u32) -> Option<(usize, NaiveDate, Precision)> {
        if !word.trimmed {
            if let Some((len, date)) = self.day_at(i) {
                return Some((len, date, Precision::Day));
            }
            // "April 2026"
            if let Some(y) = self.word(i + 1).and_then(year_number) {
                return NaiveDate::from_ymd_opt(y, m, 1).map(|date| (2, date, Precision::Month));
            }
        }
        let before = i.checked_sub(1).map(|j| self.lower[j]);
        // a month alone is a date after a preposition, with a part of
        // the month or a possessive on it, or as what names a thing
        // "between now and January"
        let from_now = before == Some("and")
            && i >= 3
            && self.lower[i - 2] == "now"
            && self.lower[i - 3] == "between";
        let licensed = word.trimmed
            || from_now
            || match before.and_then(before_month) {
                Some(Before::Preposition) => true,
                Some(Before::Determiner) => {
                    word.core.as_bytes()[0].is_ascii_uppercase()
                        && self
                            .word(i + 1)
                            .is_some_and(|n| n.as_bytes()[0].is_ascii_lowercase() && n != "of")
                }
                None => false,
            };
        if !licensed {
            return None;
        }
        // the month that is meant: a later month told in the past is last
        // year's, an earlier one told in the future next year's ("will
        // visit Beijing in April", written in October); a deadline ("by
        // January", "until March") is ahead unless its verb says otherwise
        let said = match before {
            Some("since" | "last") => Some(Tense::Past),
            Some("next") => Some(Tense::Future),
            _ => nearest_tense(self.text, self.words, self.lower, i, MONTH_REACH).or(matches!(
                before,
                Some("by" | "until" | "till")
            )
            .then_some(Tense::Future)),
        };
        let year = self.published.year();
        // "last November" written in November is a year ago, "next
        // November" a year ahead
        use std::cmp::Ordering::{Equal, Greater, Less};
        let y = match (m.cmp(&self.published.month()), said, before) {
            (Greater, Some(Tense::Past), _) | (Equal, _, Some("last")) => year - 1,
            (Less, Some(Tense::Future), _) | (Equal, _, Some("next")) => year + 1,
            _ => year,
        };
        NaiveDate::from_ymd_opt(y, m, 1).map(|date| (1, date, Precision::Month))
    }

    /// The day a weekday at word `i` names: the date written after it
    /// ("Tuesday, November 4"); the first such day after the weekday it is
    /// joined to ("on Saturday and Sunday", "from Sunday to Tuesday", the
    /// `previous` date found); else the last such day on or before
    /// publication when its verb is past, the next one otherwise.
    fn weekday_at(
        &self,
        i: usize,
        day: Weekday,
        previous: Option<&FoundDate>,
    ) -> Option<NaiveDate> {
        // "Monday morning, October 27": past a part of the day
        let k = i + usize::from(matches!(
            self.lower.get(i + 1).copied(),
            Some("morning" | "afternoon" | "evening" | "night")
        ));
        let apposed = self.words.get(k + 1).is_some_and(|next| {
            self.text.as_bytes()[self.words[k].end..next.start]
                .iter()
                .all(|&b| b == b',' || b == b' ')
        });
        if let Some((_, date)) = apposed.then(|| self.day_at(k + 1)).flatten() {
            return Some(date);
        }
        let joined = i >= 2
            && matches!(self.lower[i - 1], "and" | "to" | "through" | "until" | "or")
            && self.word(i - 2).and_then(weekday).is_some()
            && previous.is_some_and(|p| p.span.end == self.words[i - 2].end);
        if let Some(first) = previous.filter(|_| joined) {
            return next_weekday(first.date.succ_opt()?, day);
        }
        match nearest_tense(self.text, self.words, self.lower, i, WEEKDAY_REACH) {
            Some(Tense::Past) => last_weekday(self.published, day),
            _ => next_weekday(self.published, day),
        }
    }
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
        // written in October: last October is a year ago
        assert_eq!(
            found("Exports have fallen since last October and may recover by next October."),
            pairs(&[("October", "2024-10-01"), ("October", "2026-10-01")])
        );
    }

    #[test]
    fn a_weekday_is_the_one_its_verb_means_however_far_before_it_stands() {
        // written on Saturday 25 Oct 2025
        assert_eq!(
            found(
                "The pact was drafted by negotiators from both capitals and approved by the two presidents at their meeting in Geneva on Wednesday."
            ),
            pairs(&[("Wednesday", "2025-10-22")])
        );
        assert_eq!(
            found(
                "Officials are expected to put the finishing touches on a deal that both governments hope to sign in Geneva on Tuesday."
            ),
            pairs(&[("Tuesday", "2025-10-28")])
        );
        assert_eq!(
            found("Talks that will be held in Rome on Monday were announced."),
            pairs(&[("Monday", "2025-10-27")])
        );
        assert_eq!(
            found("Copper prices fell on Tuesday."),
            pairs(&[("Tuesday", "2025-10-21")])
        );
    }

    #[test]
    fn a_weekday_joined_to_another_follows_it() {
        // written on Saturday 25 Oct 2025: the talks of the weekend
        assert_eq!(
            found("Bessent met He on Saturday and Sunday in Kuala Lumpur."),
            pairs(&[("Saturday", "2025-10-25"), ("Sunday", "2025-10-26")])
        );
        assert_eq!(
            found("Officials will hold talks from Thursday to Monday."),
            pairs(&[("Thursday", "2025-10-30"), ("Monday", "2025-11-03")])
        );
        assert_eq!(
            found("Trump said he was planning to meet Xi on Thursday."),
            pairs(&[("Thursday", "2025-10-30")])
        );
    }

    #[test]
    fn a_weekday_followed_by_its_date_is_that_date() {
        assert_eq!(
            found("On Thursday, October 9, the ministry published new rules."),
            pairs(&[("Thursday", "2025-10-09"), ("October 9", "2025-10-09")])
        );
        assert_eq!(
            found("Shipments resume on Monday, November 3, 2025."),
            pairs(&[("Monday", "2025-11-03"), ("November 3, 2025", "2025-11-03")])
        );
        // a part of the day between them
        assert_eq!(
            found("On Monday morning, November 3, he will travel to Tokyo."),
            pairs(&[("Monday", "2025-11-03"), ("November 3", "2025-11-03")])
        );
    }

    #[test]
    fn more_ways_to_say_what_comes_next() {
        assert_eq!(
            found("Xi invited me to visit Beijing in April, which I accepted."),
            pairs(&[("April", "2026-04-01")])
        );
        assert_eq!(
            found("China will buy 12 million tons between now and January."),
            pairs(&[("January", "2026-01-01")])
        );
        assert_eq!(
            found("The president is slated to arrive Sunday in Malaysia."),
            pairs(&[("Sunday", "2025-10-26")])
        );
        assert_eq!(
            found("If a visit were to materialize in April, it would matter."),
            pairs(&[("April", "2026-04-01")])
        );
        assert_eq!(found("Greer spoke on Fox News Sunday about it."), []);
    }

    #[test]
    fn a_weekday_or_month_with_something_clinging_to_it_is_still_one() {
        assert_eq!(
            found("Officials praised Friday’s round of talks."),
            pairs(&[("Friday", "2025-10-24")])
        );
        assert_eq!(
            found("Fees took effect in mid-October; the waiver runs until late-March."),
            pairs(&[("October", "2025-10-01"), ("March", "2026-03-01")])
        );
    }

    #[test]
    fn a_month_naming_a_thing_is_a_date() {
        assert_eq!(
            found("Their September meeting in Madrid and a July statement set the tone."),
            pairs(&[("September", "2025-09-01"), ("July", "2025-07-01")])
        );
        assert!(found("An august body and the May of Dimes gala").is_empty());
    }

    #[test]
    fn a_deadline_or_an_intention_is_ahead() {
        assert_eq!(
            found("Purchases of five million tons by January."),
            pairs(&[("January", "2026-01-01")])
        );
        assert_eq!(
            found("The president agreed to tour Seoul in March."),
            pairs(&[("March", "2026-03-01")])
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
