//! Direct quotations and who said them: "X said", "said X", "X told
//! reporters", "according to X", a colon lead-in, a pronoun for the person last
//! named, or the speaker of the quote just before it. A quote whose speaker the
//! text does not give keeps an unknown speaker.

use std::ops::Range;

use super::people::FoundPerson;
use super::words::SPEECH_VERBS;
use crate::model::scan::find_any;

#[derive(Debug, Clone, PartialEq)]
pub struct FoundQuote {
    /// The words inside the quotation marks, without a trailing comma.
    pub text: Range<usize>,
    pub speaker: Option<String>,
    /// From the start of the sentence that opens the quote to the end of the one that closes it.
    pub sentence: Range<usize>,
}

const MIN_WORDS: usize = 4;
/// Verbs of saying that lead into a quote from a clause whose subject speaks.
const PARTICIPLES: &[&str] = &[
    "saying",
    "adding",
    "noting",
    "telling",
    "insisting",
    "writing",
];
/// How far from a quote its attribution is looked for, in bytes.
const REACH: usize = 300;

/// The char boundary at or before `i`.
fn floor(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The char boundary at or after `i`.
fn ceil(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Every pair of quotation marks in `text` (curly or straight, double or
/// single), within a paragraph. A single mark is also an apostrophe
/// ("we're", "Trump's"), so it opens only before a capital after a space
/// or a paragraph's start, and closes only after a sentence's punctuation
/// before a space or a line's end ("'On fentanyl we agreed,' Trump said").
fn pairs(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let mut straight: Option<usize> = None;
    let mut single: Option<usize> = None;
    let bytes = text.as_bytes();
    let opens_single = |at: usize, len: usize| {
        let before = text[..at].chars().next_back();
        let after = text[at + len..].chars().next();
        before.is_none_or(|c| c.is_whitespace() || matches!(c, ':' | '(' | '—'))
            && after.is_some_and(char::is_uppercase)
    };
    let closes_single = |at: usize, len: usize| {
        let before = text[..at].chars().next_back();
        let after = text[at + len..].chars().next();
        before.is_some_and(|c| matches!(c, ',' | '.' | '?' | '!' | '…'))
            && after.is_none_or(|c| c.is_whitespace())
    };
    let mut i = 0;
    // the marks are `"`, `'`, a line break, and `“` `”` `‘` `’` (E2 80 9C,
    // 9D, 98 and 99 in UTF-8): the bytes after an E2 tell which, if any
    while let Some(at) = find_any(bytes, i, [b'"', b'\n', 0xe2, b'\'']) {
        i = at + 1;
        match (bytes[at], bytes.get(at + 1..at + 3)) {
            (0xe2, Some([0x80, 0x9c])) => open = Some(at),
            (0xe2, Some([0x80, 0x9d])) => {
                if let Some(o) = open.take() {
                    out.push((o, at));
                }
            }
            (0xe2, Some([0x80, 0x98])) if single.is_none() && opens_single(at, 3) => {
                single = Some(at)
            }
            (0xe2, Some([0x80, 0x99])) if closes_single(at, 3) => {
                if let Some(o) = single.take() {
                    out.push((o, at));
                }
            }
            (b'\'', _) if single.is_none() && opens_single(at, 1) => single = Some(at),
            (b'\'', _) if closes_single(at, 1) => {
                if let Some(o) = single.take() {
                    out.push((o, at));
                }
            }
            (b'"', _) => match straight.take() {
                Some(o) => out.push((o, at)),
                None => straight = Some(at),
            },
            (b'\n', _) => {
                open = None;
                straight = None;
                single = None;
            }
            _ => {}
        }
    }
    out.sort_unstable();
    out
}

/// The sentence (of `sentences`) holding byte `at`.
fn sentence_of(sentences: &[Range<usize>], at: usize) -> Option<&Range<usize>> {
    let i = sentences.partition_point(|s| s.end <= at);
    sentences.get(i).filter(|s| s.start <= at)
}

/// Lower-case words with their byte ranges, in `text[range]`.
fn words_in(text: &str, range: Range<usize>) -> Vec<(String, Range<usize>)> {
    super::work::read(range.len());
    super::words::words(&text[range.clone()])
        .into_iter()
        .map(|w| {
            (
                w.text(&text[range.clone()]).to_lowercase(),
                range.start + w.start..range.start + w.end,
            )
        })
        .collect()
}

/// The first `limit` quotes of `text`, in text order.
pub fn find_quotes(
    text: &str,
    sentences: &[Range<usize>],
    people: &[FoundPerson],
    limit: usize,
) -> Vec<FoundQuote> {
    // every mention of a person, in text order
    let mut mentions: Vec<(Range<usize>, &str)> = people
        .iter()
        .flat_map(|p| p.mentions.iter().map(move |m| (m.clone(), p.name.as_str())))
        .collect();
    mentions.sort_by_key(|(m, _)| m.start);
    let person_at = |word: &Range<usize>| {
        // the last mention starting at or before the word, if it covers it
        let i = mentions.partition_point(|(m, _)| m.start <= word.start);
        i.checked_sub(1)
            .map(|i| &mentions[i])
            .filter(|(m, _)| word.end <= m.end)
            .map(|(m, name)| (m.clone(), *name))
    };
    // whom "he" or "she" stands for: the subject of the last sentence that
    // names someone (its first person named), not the last person named
    // ("Trump spoke after meeting Xi. “…,” he said" is Trump's); none when
    // that sentence is two paragraphs back or opens on two people ("Trump
    // and Xi met"), as a wrong speaker is worse than none
    let last_named_before = |at: usize| {
        let i = mentions.partition_point(|(m, _)| m.end <= at);
        let (last, _) = mentions.get(i.checked_sub(1)?)?;
        let sentence = sentence_of(sentences, last.start)?;
        // one paragraph break (a blank line) back at most
        if text[sentence.start..at].matches('\n').count() > 2 {
            return None;
        }
        let first = mentions.partition_point(|(m, _)| m.start < sentence.start);
        let (subject, name) = mentions.get(first)?;
        let two = mentions.get(first + 1).is_some_and(|(next, other)| {
            other != name
                && text
                    .get(subject.end..next.start)
                    .is_some_and(|between| joined(between.trim()))
        });
        (!two).then_some(*name)
    };

    let mut out: Vec<FoundQuote> = Vec::new();
    let mut previous: Option<(usize, Option<String>)> = None; // (end, speaker) of the last quote kept
    for (open, close) in pairs(text) {
        if out.len() >= limit {
            break;
        }
        // a quotation inside (or across the end of) the last quote is part of it
        if previous.as_ref().is_some_and(|(end, _)| open < *end) {
            continue;
        }
        let inner_start = open + text[open..].chars().next().map_or(1, char::len_utf8);
        let raw = &text[inner_start..close];
        let lead_space = raw.len() - raw.trim_start().len();
        let inner = raw.trim_start().trim_end_matches([',', ' ']);
        let inner_range = inner_start + lead_space..inner_start + lead_space + inner.len();
        if inner.split_whitespace().take(MIN_WORDS).count() < MIN_WORDS {
            continue;
        }
        let close_end = close + text[close..].chars().next().map_or(1, char::len_utf8);
        let (Some(first), Some(last)) =
            (sentence_of(sentences, open), sentence_of(sentences, close))
        else {
            continue;
        };
        // a full utterance: it opens a sentence or follows a colon or comma, or ends in its own punctuation
        let lead = &text[first.start..open];
        // "Trump said:" or "said Glass, “…" open an utterance; a comma alone does not ("…, "over and above", …")
        let lead_words: Vec<String> = lead
            .split_whitespace()
            .rev()
            .take(3)
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .collect();
        let opens_sentence = lead.trim().is_empty()
            || lead.trim_end().ends_with(':')
            || (lead.trim_end().ends_with(',')
                && lead_words
                    .iter()
                    .any(|w| SPEECH_VERBS.contains(&w.as_str())));
        let own_ending = text[inner_start..close]
            .trim_end()
            .ends_with([',', '.', '!', '?', '…']);
        // words that carry on the narration ("… to “enter their talks in a
        // more positive note.”") are no utterance, whatever ends them
        let said = lead_words
            .first()
            .is_some_and(|w| SPEECH_VERBS.contains(&w.as_str()));
        let carries_on = inner.starts_with(char::is_lowercase) && !said;
        if !opens_sentence && (!own_ending || carries_on) {
            continue;
        }
        // attributions sit close to the quote: a few hundred bytes either side is plenty
        let trailing = words_in(
            text,
            close_end..floor(text, last.end.max(close_end).min(close_end + REACH)),
        );
        let leading = words_in(
            text,
            ceil(text, first.start.max(open.saturating_sub(REACH)))..open,
        );
        let colon_lead = lead.trim_end().ends_with(':');
        // a block quote: a paragraph of its own after one that ends in a
        // colon ("Li Chenggang … said on Sunday evening:"), whose sentence
        // says who speaks
        let before = text[..open].trim_end();
        let block_lead = (lead.trim().is_empty() && before.ends_with(':'))
            .then(|| sentence_of(sentences, before.len() - 1))
            .flatten()
            .map(|s| {
                words_in(
                    text,
                    ceil(text, s.start.max(s.end.saturating_sub(REACH)))..s.end,
                )
            });
        // "Trump hinted …, saying, “…”": the subject of the clause
        let participle = lead_words
            .first()
            .is_some_and(|w| PARTICIPLES.contains(&w.as_str()));
        let speaker = attributed(text, &trailing, true, &person_at, &last_named_before, open)
            .or_else(|| attributed(text, &leading, false, &person_at, &last_named_before, open))
            .or_else(|| {
                let block = block_lead.as_ref()?;
                attributed(text, block, false, &person_at, &last_named_before, open).or_else(|| {
                    block
                        .iter()
                        .find_map(|(_, r)| person_at(r))
                        .map(|(_, n)| n.to_owned())
                })
            })
            // "Trump had struck an upbeat note: “…”": the subject of the lead-in
            .or_else(|| {
                (colon_lead || participle)
                    .then(|| {
                        leading
                            .iter()
                            .find_map(|(_, r)| person_at(r))
                            .map(|(_, n)| n.to_owned())
                    })
                    .flatten()
            })
            .or_else(|| {
                // a second quote straight after a first, in the same paragraph,
                // or a paragraph that is a quote alone straight after the
                // paragraph of the first: the same speaker goes on
                let alone = lead.trim().is_empty()
                    && text[close_end..]
                        .split('\n')
                        .next()
                        .is_some_and(|rest| rest.trim().is_empty());
                previous
                    .as_ref()
                    .filter(|(end, _)| {
                        let gap = &text[*end..open];
                        let breaks = gap.matches('\n').count();
                        (breaks == 0 || (alone && breaks <= 2))
                            && trailing
                                .iter()
                                .all(|(w, _)| !SPEECH_VERBS.contains(&w.as_str()))
                    })
                    .and_then(|(_, s)| s.clone())
            });
        previous = Some((close_end, speaker.clone()));
        out.push(FoundQuote {
            text: inner_range,
            speaker,
            sentence: first.start..last.end.max(close_end),
        });
    }
    out
}

/// Whether the words between two names join them as one subject: "and",
/// with the second one's titles ("and Chinese President").
fn joined(between: &str) -> bool {
    let rest = match between.split_once(char::is_whitespace) {
        Some(("and" | "&", rest)) => rest,
        None => return matches!(between, "and" | "&" | ","),
        Some(_) => return false,
    };
    rest.split_whitespace()
        .all(|w| w.starts_with(char::is_uppercase))
}

/// The speaker named around a verb of saying in `words` (after the quote when
/// `after`, before it otherwise).
fn attributed<'p>(
    text: &str,
    words: &[(String, Range<usize>)],
    after: bool,
    person_at: &impl Fn(&Range<usize>) -> Option<(Range<usize>, &'p str)>,
    last_named_before: &impl Fn(usize) -> Option<&'p str>,
    open: usize,
) -> Option<String> {
    // "according to X"
    if let Some(i) = words
        .windows(2)
        .position(|w| w[0].0 == "according" && w[1].0 == "to")
        && let Some((_, name)) = words.get(i + 2).and_then(|(_, r)| person_at(r))
    {
        return Some(name.to_owned());
    }
    let look = if after {
        &words[..words.len().min(12)]
    } else {
        &words[words.len().saturating_sub(12)..]
    };
    let v = if after {
        look.iter().position(|(w, _)| said_in(w))?
    } else {
        look.iter().rposition(|(w, _)| said_in(w))?
    };
    // "Glass said", "he said"; "Xi was quoted as saying": the subject
    // before "was quoted as"
    let v = match (
        v.checked_sub(3).map(|i| look[i].0.as_str()),
        look[v].0.as_str(),
    ) {
        (Some("was" | "is"), "saying") if look[v - 2].0 == "quoted" && look[v - 1].0 == "as" => {
            v - 3
        }
        _ => v,
    };
    if let Some((w, range)) = v.checked_sub(1).map(|i| &look[i]) {
        if matches!(w.as_str(), "he" | "she") {
            return last_named_before(open).map(str::to_owned);
        }
        if let Some((_, name)) = person_at(range) {
            return Some(name.to_owned());
        }
    }
    // "said Glass", "said US Treasury Secretary Scott Bessent"
    look[v + 1..]
        .iter()
        .take(6)
        .find_map(|(_, r)| person_at(r))
        .map(|(_, name)| name.to_owned())
        // "the White House said", "said China's Ministry of Commerce"
        .or_else(|| institution(text, &look[..v], true))
        .or_else(|| institution(text, &look[v + 1..], false))
}

/// Whether a word tells that something was said: a verb of saying, or
/// "saying" ("Xi was quoted as saying"), which alone names no speaker (so
/// it is no cue for finding people).
fn said_in(word: &str) -> bool {
    SPEECH_VERBS.contains(&word) || word == "saying"
}

/// Heads of the names of institutions that speak for themselves.
const INSTITUTIONS: &[&str] = &[
    "House",
    "Ministry",
    "Department",
    "Office",
    "Embassy",
    "Commission",
    "Council",
    "Administration",
    "Government",
    "Kremlin",
    "Pentagon",
    "Xinhua",
];

/// An institution named right before a verb of saying (`before`, its words
/// up to the verb) or right after it: a run of capitalised words (and "of",
/// "the") holding the head of an institution's name, "China’s Ministry of
/// Commerce". A common noun ("the ministry", "the statement") names none:
/// which one it is would be a guess.
fn institution(text: &str, words: &[(String, Range<usize>)], before: bool) -> Option<String> {
    let capital = |r: &Range<usize>| text[r.clone()].starts_with(char::is_uppercase);
    let link = |w: &str| matches!(w, "of" | "for" | "and");
    let run: Vec<&(String, Range<usize>)> = if before {
        let mut run: Vec<_> = words
            .iter()
            .rev()
            .take_while(|(w, r)| capital(r) || link(w))
            .take(6)
            .collect();
        run.reverse();
        run
    } else {
        let skip = usize::from(words.first().is_some_and(|(w, _)| w == "the"));
        words[skip.min(words.len())..]
            .iter()
            .take_while(|(w, r)| capital(r) || link(w))
            .take(6)
            .collect()
    };
    // no linking word at either end
    let start = run.iter().position(|(w, _)| !link(w))?;
    let end = run.iter().rposition(|(w, _)| !link(w))?;
    let run = &run[start..=end];
    let named = run
        .iter()
        .any(|(_, r)| INSTITUTIONS.contains(&text[r.clone()].trim_end_matches(['’', '\''])));
    let (first, last) = (run.first()?, run.last()?);
    named.then(|| text[first.1.start..last.1.end].to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::people::find_people;
    use crate::ingest::words::{Lower, words};
    use crate::model::sentences::sentences;

    fn quotes(text: &str) -> Vec<(String, Option<String>)> {
        let ws = words(text);
        let sents = sentences(text);
        let starts: Vec<bool> = ws
            .iter()
            .map(|w| sents.iter().any(|s| s.start == w.start))
            .collect();
        let lower = Lower::new(text, &ws);
        let people = find_people(text, &ws, &lower.words(), &starts);
        find_quotes(text, &sents, &people, usize::MAX)
            .into_iter()
            .map(|q| (text[q.text].to_owned(), q.speaker))
            .collect()
    }

    fn q(text: &str, speaker: Option<&str>) -> (String, Option<String>) {
        (text.to_owned(), speaker.map(str::to_owned))
    }

    #[test]
    fn finds_the_seed_quotes_and_their_speakers() {
        let text = "Talks led by Donald Trump.\n“We have a lot to talk about with President XI. I think we had a good meeting,” Trump said on Friday as he left the US.\nThe US Ambassador to Japan George Glass visited Japan “at a time of rising tensions in the region”.\n“It’s a tough neighborhood,” Glass said. “The US-Japan Alliance faces determined and dangerous adversaries.”";
        assert_eq!(
            quotes(text),
            [
                q(
                    "We have a lot to talk about with President XI. I think we had a good meeting",
                    Some("Donald Trump")
                ),
                q("It’s a tough neighborhood", Some("George Glass")),
                q(
                    "The US-Japan Alliance faces determined and dangerous adversaries.",
                    Some("George Glass")
                ),
            ]
        );
    }

    #[test]
    fn he_is_the_subject_before_never_a_guess() {
        // the subject of the sentence before, not the last person named
        let text = "US President Donald Trump spoke to reporters after meeting Chinese President Xi Jinping in Busan.\n\n“Ukraine came up very strongly in the talks,” he said.";
        assert_eq!(
            quotes(text),
            [q(
                "Ukraine came up very strongly in the talks",
                Some("Donald Trump")
            )]
        );
        // two people open the sentence: "he" could be either
        let text = "US President Donald Trump and Chinese President Xi Jinping met in Busan for two hours.\n“It was a very good meeting for both of us,” he said.";
        assert_eq!(
            quotes(text),
            [q("It was a very good meeting for both of us", None)]
        );
        // three paragraphs back is too far
        let text = "US President Donald Trump met Chinese President Xi Jinping in Busan.\n\nMarkets rose.\n\nOil fell sharply.\n\n“We will see what happens next,” he said.";
        assert_eq!(quotes(text), [q("We will see what happens next", None)]);
    }

    #[test]
    fn block_quotes_and_participle_lead_ins_have_their_speaker() {
        let text = "China’s Vice Minister of Commerce Li Chenggang said on Sunday evening:\n\n“We reached a preliminary understanding with the United States.”\n\n“China and the United States held in-depth and candid discussions.”\n\nMarkets rose.";
        assert_eq!(
            quotes(text),
            [
                q(
                    "We reached a preliminary understanding with the United States.",
                    Some("Li Chenggang")
                ),
                q(
                    "China and the United States held in-depth and candid discussions.",
                    Some("Li Chenggang")
                ),
            ]
        );
        let text = "US President Donald Trump hinted there is room to dial back the threat, saying, “We’re going to have to see what happens.”";
        assert_eq!(
            quotes(text),
            [q(
                "We’re going to have to see what happens.",
                Some("Donald Trump")
            )]
        );
    }

    #[test]
    fn a_quote_paragraph_alone_goes_on_with_the_speaker_before() {
        let text = "\"I think we're going to make a deal,\" US President Donald Trump told reporters, as talks ended.\n\n\"It's going to be great for China, great for us.\"\n\nMarkets rose.\n\n\"Nobody knows what comes next in these talks,\" one trader said.";
        assert_eq!(
            quotes(text),
            [
                q("I think we're going to make a deal", Some("Donald Trump")),
                q(
                    "It's going to be great for China, great for us.",
                    Some("Donald Trump")
                ),
                q("Nobody knows what comes next in these talks", None),
            ]
        );
    }

    #[test]
    fn single_quotation_marks_are_read_apostrophes_are_not() {
        let text = "US President Donald Trump's plane landed. 'On fentanyl we agreed that he would work hard,' Trump insisted. ‘I think you're going to see real action.’ The tariff is 'effective immediately.'";
        assert_eq!(
            quotes(text),
            [
                q(
                    "On fentanyl we agreed that he would work hard",
                    Some("Donald Trump")
                ),
                q(
                    "I think you're going to see real action.",
                    Some("Donald Trump")
                ),
            ]
        );
    }

    #[test]
    fn more_ways_of_saying() {
        let text = "Chinese President Xi Jinping spoke first.\n“Since then, the relationship has kept a steady trajectory,” Xi was quoted as saying.\nChinese Vice Minister Li Chenggang emphasized that “China and the United States held in-depth discussions.”";
        assert_eq!(
            quotes(text),
            [
                q(
                    "Since then, the relationship has kept a steady trajectory",
                    Some("Xi Jinping")
                ),
                q(
                    "China and the United States held in-depth discussions.",
                    Some("Li Chenggang")
                ),
            ]
        );
    }

    #[test]
    fn institutions_speak_when_named_never_a_common_noun() {
        let text = "“The deal will be signed in Kuala Lumpur,” the White House said.\n“Both sides will keep the truce in place,” said China’s Ministry of Commerce.\n“The talks were candid and in-depth,” the ministry said.";
        assert_eq!(
            quotes(text),
            [
                q(
                    "The deal will be signed in Kuala Lumpur",
                    Some("White House")
                ),
                q(
                    "Both sides will keep the truce in place",
                    Some("China’s Ministry of Commerce")
                ),
                q("The talks were candid and in-depth", None),
            ]
        );
    }

    #[test]
    fn words_that_carry_on_the_narration_are_no_quote() {
        let text = "Both sides hoped to “enter their talks in a more positive note.” Trump said “we have a deal on the table.”";
        assert_eq!(
            quotes(text),
            [q("we have a deal on the table.", Some("Trump"))]
        );
    }

    #[test]
    fn reads_other_attributions() {
        let text = "US Treasury Secretary Scott Bessent spoke.\n\"We are very close to a deal,\" said Bessent.\nHe added: \"The tariffs will not happen at all.\"\n\"This is not the end of it,\" a person familiar with the talks said.\nThe risks are high, according to Bessent, who said \"we will see what happens next.\"";
        assert_eq!(
            quotes(text),
            [
                q("We are very close to a deal", Some("Scott Bessent")),
                q("The tariffs will not happen at all.", Some("Scott Bessent")),
                q("This is not the end of it", None),
                q("we will see what happens next.", Some("Scott Bessent")),
            ]
        );
    }
}
