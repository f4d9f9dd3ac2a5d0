//! Who a quote is attributed to, from the words around it: "X said",
//! "said X", "according to X", "he said", "the spokesman said", an
//! institution that speaks. Each rule names someone only when the text
//! leaves no doubt: a wrong speaker is worse than none.

use std::cell::RefCell;
use std::ops::Range;

use super::institution::{institution, named_before, stands_in};
use super::{REACH, sentence_of, words_in};
use crate::ingest::people::FoundPerson;
use crate::ingest::words::SPEECH_VERBS;
use crate::model::scan::char_floor;

/// Words that open a subordinate clause before a sentence's subject.
const SUBORDINATORS: &[&str] = &[
    "after",
    "before",
    "when",
    "while",
    "as",
    "following",
    "despite",
    "since",
    "unlike",
    "like",
    "although",
    "though",
    "if",
    "once",
    "upon",
];

/// Roles that "the spokesman" or "the minister" can stand for, by the
/// start they share ("spokes" for spokesman, spokeswoman, spokesperson).
const ROLE_NOUNS: &[(&str, &str)] = &[
    ("spokesman", "spokes"),
    ("spokeswoman", "spokes"),
    ("spokesperson", "spokes"),
    ("minister", "minister"),
    ("ambassador", "ambassador"),
    ("envoy", "envoy"),
    ("secretary", "secretary"),
    ("president", "president"),
    ("leader", "leader"),
    ("premier", "premier"),
];

/// Role nouns that only the person spoken of can stand for: every country
/// has a president, and an article names several.
const TOPIC_ONLY: &[&str] = &["president", "leader", "premier"];

/// Every mention of a person in an article, and what can be read from them.
pub struct Speakers<'a> {
    text: &'a str,
    sentences: &'a [Range<usize>],
    /// In text order.
    mentions: Vec<(Range<usize>, &'a FoundPerson)>,
    /// The end and speaker of the last quote with a speaker.
    recent: RefCell<Option<(usize, String)>>,
}

impl<'a> Speakers<'a> {
    pub fn new(text: &'a str, sentences: &'a [Range<usize>], people: &'a [FoundPerson]) -> Self {
        let mut mentions: Vec<(Range<usize>, &FoundPerson)> = people
            .iter()
            .flat_map(|p| p.mentions.iter().map(move |m| (m.clone(), p)))
            .collect();
        mentions.sort_by_key(|(m, _)| m.start);
        Self {
            text,
            sentences,
            mentions,
            recent: RefCell::new(None),
        }
    }

    /// The person a word names: the last mention starting at or before it, if it covers it.
    pub fn person_at(&self, word: &Range<usize>) -> Option<&'a str> {
        let i = self
            .mentions
            .partition_point(|(m, _)| m.start <= word.start);
        i.checked_sub(1)
            .map(|i| &self.mentions[i])
            .filter(|(m, _)| word.end <= m.end)
            .map(|(_, p)| p.name.as_str())
    }

    /// Whom "he" or "she" at `at` stands for: the subject of the last
    /// sentence that names someone (its first person named), not the last
    /// person named ("Trump spoke after meeting Xi. “…,” he said" is
    /// Trump's); none when that sentence is two paragraphs back or opens on
    /// two people ("Trump and Xi met").
    pub fn last_named_before(&self, at: usize) -> Option<&'a str> {
        self.topic_before(at).map(|p| p.name.as_str())
    }

    /// [`Self::last_named_before`], the person.
    fn topic_before(&self, at: usize) -> Option<&'a FoundPerson> {
        let mentions = &self.mentions;
        let i = mentions.partition_point(|(m, _)| m.end <= at);
        let (last, _) = mentions.get(i.checked_sub(1)?)?;
        let sentence = sentence_of(self.sentences, last.start)?;
        // one paragraph break (a blank line) back at most
        if self.text[sentence.start..at].matches('\n').count() > 2 {
            return None;
        }
        let first = mentions.partition_point(|(m, _)| m.start < sentence.start);
        let (subject, person) = mentions.get(first)?;
        let two = mentions.get(first + 1).is_some_and(|(next, other)| {
            other.name != person.name
                && self
                    .text
                    .get(subject.end..next.start)
                    .is_some_and(|between| joined(between.trim()))
        });
        (!two).then_some(*person)
    }

    /// Whom "the spokesman" or "the ministry" at `at` stands for: the one
    /// person with that role, or the one institution of that kind, named in
    /// the same paragraph or the one before.
    fn stood_for(&self, noun: &str, at: usize) -> Option<String> {
        let start = self.paragraph_before(at);
        if stands_in(noun) {
            return named_before(self.text, &words_in(self.text, start..at), noun);
        }
        let (_, stem) = ROLE_NOUNS.iter().find(|(n, _)| *n == noun)?;
        let fits = |p: &FoundPerson| {
            p.role
                .as_ref()
                .is_some_and(|r| r.to_lowercase().contains(stem))
        };
        // the one spoken of, when the role is theirs ("Trump … “…,” the
        // president said")
        if let Some(topic) = self.topic_before(at).filter(|p| fits(p))
            && self.opens_sentence(topic, at)
        {
            return Some(topic.name.clone());
        }
        // roles many hold ("the president" of each country) name no one else
        if TOPIC_ONLY.contains(&noun) {
            return None;
        }
        let from = self.mentions.partition_point(|(m, _)| m.start < start);
        let to = self.mentions.partition_point(|(m, _)| m.end <= at);
        let mut fitting = self.mentions[from..to].iter().filter(|(_, p)| fits(p));
        let (_, one) = fitting.next()?;
        fitting
            .all(|(_, p)| p.name == one.name)
            .then(|| one.name.clone())
    }

    /// The speaker of the last quote, when it ended at most a paragraph
    /// before `at`: whom "He added" stands for after "“…,” the president
    /// wrote" names no one in the sentence.
    fn recent_speaker(&self, at: usize) -> Option<String> {
        let recent = self.recent.borrow();
        let (end, speaker) = recent.as_ref()?;
        let gap = self.text.get(*end..at)?;
        (gap.len() < 2 * REACH && gap.matches('\n').count() <= 2).then(|| speaker.clone())
    }

    /// Tells who spoke the quote just read, up to `end`, for a "he" after it.
    pub fn spoke(&self, end: usize, speaker: Option<&String>) {
        *self.recent.borrow_mut() = speaker.map(|s| (end, s.clone()));
    }

    /// Whether the last sentence naming `person` before `at` opens on their
    /// name, with only capitalised words (titles) before it: "US President
    /// Donald Trump spoke", not "Trump met South Korean President Lee",
    /// where an unrecognised first name would leave Lee as its first.
    fn opens_sentence(&self, person: &FoundPerson, at: usize) -> bool {
        let i = self.mentions.partition_point(|(m, _)| m.end <= at);
        let Some((m, _)) = self.mentions[..i]
            .iter()
            .rev()
            .find(|(_, p)| std::ptr::eq(*p, person))
        else {
            return false;
        };
        let Some(sentence) = sentence_of(self.sentences, m.start) else {
            return false;
        };
        named_first(&self.text[sentence.start..m.start])
    }

    /// Where the paragraph before the one holding `at` starts (two line
    /// breaks back at most, as for "he"), at most `2 * REACH` bytes back.
    fn paragraph_before(&self, at: usize) -> usize {
        let floor = crate::model::scan::char_ceil(self.text, at.saturating_sub(2 * REACH));
        self.text[floor..at]
            .rmatch_indices('\n')
            .nth(2)
            .map_or(floor, |(i, _)| floor + i + 1)
    }

    /// The speaker named around a verb of saying in `words` (after the quote when
    /// `after`, before it otherwise).
    pub fn attributed(
        &self,
        words: &[(String, Range<usize>)],
        after: bool,
        open: usize,
    ) -> Option<String> {
        // "according to X"
        if let Some(i) = words
            .windows(2)
            .position(|w| w[0].0 == "according" && w[1].0 == "to")
            && let Some(name) = words[i + 2..]
                .iter()
                .take(6)
                .find_map(|(_, r)| self.person_at(r))
                .map(str::to_owned)
                .or_else(|| institution(self.text, &words[i + 2..], false))
        {
            return Some(name);
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
        if let Some(subject) = self.subject(look, v, open) {
            return Some(subject);
        }
        // "said Glass", "said US Treasury Secretary Scott Bessent"; not
        // "told Trump", whom it was told to
        if look[v].0 == "told" {
            return None;
        }
        let rest = &look[v + 1..];
        rest.iter()
            .take(6)
            .find_map(|(_, r)| self.person_at(r))
            .map(str::to_owned)
            // "said the spokesman"
            .or_else(|| match rest {
                [(the, _), (noun, r), ..] if the == "the" => self.stood_for(noun, r.start),
                _ => None,
            })
            // "said China's Ministry of Commerce"
            .or_else(|| institution(self.text, rest, false))
    }

    /// Who speaks before the verb of saying `words[v]`: "Glass said", "he
    /// said", "the spokesman said", "the White House said"; "Xi was quoted as
    /// saying". "He" is someone named before `anchor` (the quote's opening
    /// mark: never someone the quote itself names).
    fn subject(&self, words: &[(String, Range<usize>)], v: usize, anchor: usize) -> Option<String> {
        let v = match (
            v.checked_sub(3).map(|i| words[i].0.as_str()),
            words[v].0.as_str(),
        ) {
            (Some("was" | "is"), "saying")
                if words[v - 2].0 == "quoted" && words[v - 1].0 == "as" =>
            {
                v - 3
            }
            _ => v,
        };
        // "Trump, saying …": a participle's subject is its clause's, not the word before
        if words[v].0 == "saying" {
            return None;
        }
        // "he reportedly told", "Trump has also said": the subject is before
        // an adverb or two
        let v = v - words[..v]
            .iter()
            .rev()
            .take(2)
            .take_while(|(w, _)| adverb(w))
            .count();
        let (w, range) = &words[v.checked_sub(1)?];
        // "Guo Jiakun, a spokesman for the ministry, said": the name before the apposition
        if self.text[range.end..words[v].1.start].contains(',') {
            return (v.saturating_sub(12)..v - 1)
                .rev()
                .filter(|&j| self.text[words[j].1.end..words[j + 1].1.start].contains(','))
                .find_map(|j| self.person_at(&words[j].1))
                .map(str::to_owned);
        }
        if matches!(w.as_str(), "he" | "she") {
            let at = anchor.min(range.start);
            return self
                .last_named_before(at)
                .map(str::to_owned)
                .or_else(|| self.recent_speaker(at));
        }
        if let Some(name) = self.person_at(range) {
            return Some(name.to_owned());
        }
        if v >= 2 && words[v - 2].0 == "the" {
            return self.stood_for(w, words[v - 2].1.start);
        }
        institution(self.text, &words[..v], true)
    }

    /// The subject of the sentence `s` before byte `before`: whom an opening
    /// "He" or "She" stands for, or the first person it names; none when it
    /// opens on a subordinate clause ("After meeting Trump, Xi said"), whose
    /// first person may be no subject, or on two people ("Trump and Xi
    /// said"). With `opening`, the person must also be named before the
    /// sentence's first comma ("Officials, speaking to Trump, said" is not
    /// Trump's).
    pub fn sentence_subject(
        &self,
        s: &Range<usize>,
        before: usize,
        opening: bool,
    ) -> Option<String> {
        let head = &self.text[s.start..before];
        let first = head
            .split_whitespace()
            .next()?
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        if matches!(first.as_str(), "he" | "she") {
            return self.last_named_before(s.start).map(str::to_owned);
        }
        if SUBORDINATORS.contains(&first.as_str()) {
            return None;
        }
        // "The American Soybean Association … noted that “…”"
        let opening_words = words_in(
            self.text,
            s.start..char_floor(self.text, before.min(s.start + 80)),
        );
        if let Some(name) = institution(self.text, &opening_words, false) {
            // not a person's title ("White House Press Secretary Karoline Leavitt")
            let end = self.text[s.start..]
                .find(&name)
                .map_or(s.start, |at| s.start + at + name.len());
            let i = self.mentions.partition_point(|(m, _)| m.start < s.start);
            if self.mentions.get(i).is_none_or(|(m, _)| m.start >= end) {
                return Some(name);
            }
        }
        // the first person named, past any named inside quotation marks
        // ("“Biden,” Kernen repeated: “…”")
        let from = self.mentions.partition_point(|(m, _)| m.start < s.start);
        let i = (from..self.mentions.len())
            .take(8)
            .find(|&i| !quoted(self.text, &self.mentions[i].0))?;
        let (m, p) = self.mentions.get(i).filter(|(m, _)| m.end <= before)?;
        // with `opening`, named first, past titles and an opening phrase
        // ("The association praised the Trump administration" is not Trump's)
        if opening && !named_first(&self.text[s.start..m.start]) {
            return None;
        }
        let two = self.mentions.get(i + 1).is_some_and(|(next, other)| {
            other.name != p.name
                && next.end <= before
                && joined(self.text[m.end..next.start].trim())
        });
        (!two).then(|| p.name.clone())
    }

    /// The one speaker of the sentence `s`, which tells what someone said
    /// ("Trump said that Xi will visit"): every verb of saying in it has a
    /// subject, and all are the same.
    pub fn of_sentence(&self, s: &Range<usize>) -> Option<String> {
        let from =
            crate::model::scan::char_ceil(self.text, s.start.max(s.end.saturating_sub(REACH)));
        let words = words_in(self.text, from..s.end);
        let mut speakers = (0..words.len())
            .filter(|&v| SPEECH_VERBS.contains(&words[v].0.as_str()))
            .map(|v| self.subject(&words, v, s.start));
        let one = speakers.next()??;
        speakers.all(|s| s.as_ref() == Some(&one)).then_some(one)
    }
}

/// Whether a sentence's words before a name leave it named first: titles
/// alone, after an opening phrase set off by a comma ("In a post, President
/// Trump wrote"), not "Trump met South Korean President Lee".
fn named_first(before: &str) -> bool {
    let before = before.rsplit(',').next().unwrap_or(before);
    before.len() < REACH
        && before
            .split_whitespace()
            .all(|w| w.starts_with(|c: char| !c.is_lowercase()))
}

/// Whether a mention stands inside quotation marks of its own (“Biden,”).
fn quoted(text: &str, mention: &Range<usize>) -> bool {
    text[..mention.start].ends_with(['“', '"', '‘'])
}

/// Whether the words between two names may join them as one subject:
/// "and", with a few words of the second one's titles ("and Chinese
/// President", "and Commerce Ministry spokesperson"). When in doubt, they
/// do: two people who may both be the subject name no one.
pub fn joined(between: &str) -> bool {
    let rest = match between.split_once(char::is_whitespace) {
        Some(("and" | "&", rest)) => rest,
        None => return matches!(between, "and" | "&" | ","),
        Some(_) => return false,
    };
    rest.split_whitespace().take(5).count() <= 4 && !rest.contains([',', '.', ';'])
}

/// Whether a word tells that something was said: a verb of saying, or
/// "saying" ("Xi was quoted as saying"), which alone names no speaker (so
/// it is no cue for finding people).
fn said_in(word: &str) -> bool {
    SPEECH_VERBS.contains(&word) || word == "saying"
}

/// Whether a word can stand between a subject and its verb of saying.
pub fn adverb(word: &str) -> bool {
    (word.len() > 5 && word.ends_with("ly"))
        || matches!(
            word,
            "also" | "only" | "just" | "later" | "then" | "again" | "once" | "has" | "had" | "have"
        )
}
