//! Direct quotations and who said them: "X said", "said X", "X told
//! reporters", "according to X", a colon lead-in, a pronoun for the person last
//! named, or the speaker of the quote just before it. A quote whose speaker the
//! text does not give keeps an unknown speaker.

use std::ops::Range;

mod institution;
mod marks;
mod speaker;

use super::people::FoundPerson;
use super::words::SPEECH_VERBS;
use crate::model::scan::{char_ceil as ceil, char_floor as floor};
use marks::pairs;
use speaker::{Speakers, adverb};

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
    "stating",
];
/// How far from a quote its attribution is looked for, in bytes.
const REACH: usize = 300;

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
    let speakers = Speakers::new(text, sentences, people);
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
        let lead = &text[first.start..open];
        let lead_words: Vec<String> = lead
            .split_whitespace()
            .rev()
            .take(3)
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .collect();
        if !utterance(lead, &lead_words, inner, &text[inner_start..close]) {
            continue;
        }
        let quote = Quote {
            open,
            close_end,
            first,
            last,
            lead,
            lead_words: &lead_words,
        };
        let speaker = speaker_of(text, sentences, &speakers, &quote, previous.as_ref());
        previous = Some((close_end, speaker.clone()));
        speakers.spoke(close_end, speaker.as_ref());
        out.push(FoundQuote {
            text: inner_range,
            speaker,
            sentence: first.start..last.end.max(close_end),
        });
    }
    out
}

/// Whether a quotation is a full utterance, not words carried in the
/// narration: it opens a sentence or follows a colon, or a comma after a
/// verb of saying ("Trump said:", "said Glass, “…"), or ends in its own
/// punctuation without carrying on the narration.
fn utterance(lead: &str, lead_words: &[String], inner: &str, raw: &str) -> bool {
    let opens_sentence = lead.trim().is_empty()
        || lead.trim_end().ends_with(':')
        || (lead.trim_end().ends_with(',')
            && lead_words
                .iter()
                .any(|w| SPEECH_VERBS.contains(&w.as_str())));
    let own_ending = raw.trim_end().ends_with([',', '.', '!', '?', '…']);
    // words that carry on the narration ("… to “enter their talks in a
    // more positive note.”", "had “[stressed] that …”") are no utterance,
    // whatever ends them
    // a verb of saying, or one and "that" ("stating that “the ministry …”")
    let said = lead_verb(lead_words)
        .is_some_and(|w| SPEECH_VERBS.contains(&w) || PARTICIPLES.contains(&w));
    let carries_on = inner.starts_with(|c: char| c.is_lowercase() || c == '[') && !said;
    opens_sentence || (own_ending && !carries_on)
}

/// The verb before a quote, past a "that" and adverbs ("saying only that
/// “…”"), from the lead's last words (last first).
fn lead_verb(lead_words: &[String]) -> Option<&str> {
    lead_words
        .iter()
        .find(|w| *w != "that" && !adverb(w))
        .map(String::as_str)
}

/// A quotation kept, and the sentences around it.
struct Quote<'a> {
    open: usize,
    close_end: usize,
    /// The sentences that open and close it.
    first: &'a Range<usize>,
    last: &'a Range<usize>,
    /// The words of its sentence before it, and the last three of them lower-cased.
    lead: &'a str,
    lead_words: &'a [String],
}

/// Who speaks a quote, by the first rule that names someone: an attribution
/// after it, then before it; a block quote's lead-in; the subject of a
/// colon or participle lead-in; the one speaker of the sentence before;
/// the speaker of the quote before.
fn speaker_of(
    text: &str,
    sentences: &[Range<usize>],
    speakers: &Speakers,
    q: &Quote,
    previous: Option<&(usize, Option<String>)>,
) -> Option<String> {
    let Quote {
        open,
        close_end,
        first,
        last,
        lead,
        lead_words,
    } = *q;
    // attributions sit close to the quote: a few hundred bytes either side is plenty
    // never past the quote's paragraph ("…biofuels.”\n\nThe association said")
    // (looked for within reach only: a text of one line holds many quotes)
    let reach_end = floor(text, (close_end + REACH).min(text.len()));
    let paragraph_end = text[close_end..reach_end]
        .find('\n')
        .map_or(reach_end, |i| close_end + i);
    let mut trailing = words_in(
        text,
        close_end
            ..floor(
                text,
                last.end
                    .max(close_end)
                    .min(close_end + REACH)
                    .min(paragraph_end),
            ),
    );
    // “…, all very positive!” Trump wrote.": a quote ending in ! or ? ends
    // its sentence, and its tag is the short sentence after it
    let closing = text[..close_end].trim_end_matches(['”', '"', '’', '\'']);
    if trailing.is_empty() && closing.ends_with(['!', '?']) {
        // the first sentence that starts after the quote
        let i = sentences.partition_point(|s| s.start < close_end);
        if let Some(tag) = sentences
            .get(i)
            .filter(|s| !text[close_end..s.start].contains('\n'))
        {
            let words = words_in(text, tag.start..floor(text, tag.end.min(tag.start + REACH)));
            let said = words
                .iter()
                .take(4)
                .any(|(w, _)| SPEECH_VERBS.contains(&w.as_str()));
            if said && words.len() <= 10 {
                trailing = words;
            }
        }
    }
    let leading = words_in(
        text,
        ceil(text, first.start.max(open.saturating_sub(REACH)))..open,
    );
    // nothing after the quote in its sentence says who speaks: no verb of
    // saying, and no one named who may speak by a verb not known here
    // ("“…” Xi countered")
    let untagged = || {
        trailing
            .iter()
            .all(|(w, r)| !SPEECH_VERBS.contains(&w.as_str()) && speakers.person_at(r).is_none())
    };
    // a paragraph that is quotes alone
    let alone = lead.trim().is_empty()
        && text[close_end..]
            .bytes()
            .find(|b| !matches!(b, b' ' | b'\t' | b'\r'))
            .is_none_or(|b| b == b'\n');
    let verb = lead_verb(lead_words);
    // "Trump had struck an upbeat note: “…”", "Trump hinted …, saying,
    // “…”": the subject of the lead-in
    let lead_in = lead.trim_end().ends_with(':') || verb.is_some_and(|w| PARTICIPLES.contains(&w));
    // "He didn’t give details, but said “…”", "He went on to say, “…”": the
    // sentence's subject, named first
    let said_last = verb.is_some_and(|w| SPEECH_VERBS.contains(&w) || w == "say");
    speakers
        .attributed(&trailing, true, open)
        .or_else(|| speakers.attributed(&leading, false, open))
        .or_else(|| block_lead(text, sentences, speakers, open, lead))
        .or_else(|| {
            (lead_in || said_last)
                .then(|| speakers.sentence_subject(first, open, !lead_in))
                .flatten()
        })
        .or_else(|| {
            // "Trump said that Xi will visit. “He’s coming to the White
            // House.”": a quote opening its sentence, after a sentence of
            // the same paragraph (or of the paragraph before, for a quote
            // alone) that tells what one person said
            let i = sentences.partition_point(|s| s.end <= first.start);
            let before = sentences.get(i.checked_sub(1)?)?;
            let breaks = text[before.end..open].matches('\n').count();
            (lead.trim().is_empty() && untagged() && (breaks == 0 || (alone && breaks <= 2)))
                .then(|| speakers.of_sentence(before))
                .flatten()
        })
        .or_else(|| {
            // a second quote straight after a first, in the same paragraph,
            // or a paragraph that is a quote alone straight after the
            // paragraph of the first: the same speaker goes on
            let (end, speaker) = previous?;
            let breaks = text[*end..open].matches('\n').count();
            ((breaks == 0 || (alone && breaks <= 2)) && untagged())
                .then(|| speaker.clone())
                .flatten()
        })
}

/// A block quote: a paragraph of its own after one that ends in a colon
/// ("Li Chenggang … said on Sunday evening:"), whose sentence says who
/// speaks, or names them.
fn block_lead(
    text: &str,
    sentences: &[Range<usize>],
    speakers: &Speakers,
    open: usize,
    lead: &str,
) -> Option<String> {
    let before = text[..open].trim_end();
    if !(lead.trim().is_empty() && before.ends_with(':')) {
        return None;
    }
    let s = sentence_of(sentences, before.len() - 1)?;
    let block = words_in(
        text,
        ceil(text, s.start.max(s.end.saturating_sub(REACH)))..s.end,
    );
    speakers.attributed(&block, false, open).or_else(|| {
        block
            .iter()
            .find_map(|(_, r)| speakers.person_at(r))
            .map(str::to_owned)
    })
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
    fn a_curly_quote_closed_by_a_straight_mark_is_a_quote() {
        let text = "Trump said that Xi would visit. “He’s coming to the White House, yeah — toward the end of the year.\" Markets rose on the \"very good\" news.";
        assert_eq!(
            quotes(text),
            [q(
                "He’s coming to the White House, yeah — toward the end of the year.",
                Some("Trump")
            )]
        );
    }

    #[test]
    fn a_lead_in_without_its_own_subject_takes_the_sentences() {
        // a participle after another person named: the clause's subject speaks
        let text = "At a briefing on Friday, Foreign Ministry spokesman Guo Jiakun declined to confirm a visit by US President Donald Trump, saying only that “I have no information to give.”";
        assert_eq!(
            quotes(text),
            [q("I have no information to give.", Some("Guo Jiakun"))]
        );
        // "but said", "stating that", "followed up with:" after "He"
        let text = "Treasury Secretary Scott Bessent spoke on Sunday.\n\nHe gave no details, but said “Farmers are going to be very happy with this.” He followed up with: “The deal holds for the coming years.” He answered by stating that “the ministry has released the details already.”";
        assert_eq!(
            quotes(text),
            [
                q(
                    "Farmers are going to be very happy with this.",
                    Some("Scott Bessent")
                ),
                q(
                    "The deal holds for the coming years.",
                    Some("Scott Bessent")
                ),
                q(
                    "the ministry has released the details already.",
                    Some("Scott Bessent")
                ),
            ]
        );
        // a person named after the sentence's first comma may be no subject
        let text =
            "Officials, speaking to Donald Trump on Friday, said “The talks will go on next week.”";
        assert_eq!(quotes(text), [q("The talks will go on next week.", None)]);
        // nor the first person after a subordinate clause's opening word
        let text =
            "After meeting Donald Trump, the delegation said: “The talks will go on next week.”";
        assert_eq!(quotes(text), [q("The talks will go on next week.", None)]);
    }

    #[test]
    fn a_quote_ending_in_a_mark_with_no_words_after_it_has_no_tag_sentence() {
        let text = "The claim left the hosts speechless: “Well, that sounds like malarkey. Come on, man!”\n\nTrump posted on Wednesday. (He also unveiled a slogan: “MAKE THE ROW CROPS GREAT AGAIN!”)\n\nMarkets said nothing.";
        assert_eq!(
            quotes(text),
            [
                q("Well, that sounds like malarkey. Come on, man!", None),
                q("MAKE THE ROW CROPS GREAT AGAIN!", Some("Trump"))
            ]
        );
    }

    #[test]
    fn a_short_tag_after_a_quote_ending_in_a_mark_is_its_attribution() {
        let text = "“Many subjects were discussed, all very positive!” Trump wrote in a post. “Was it a good call? It was a great call?” Markets rose on the news after the call.";
        assert_eq!(
            quotes(text),
            [
                q(
                    "Many subjects were discussed, all very positive!",
                    Some("Trump")
                ),
                q("Was it a good call? It was a great call?", Some("Trump")),
            ]
        );
    }

    #[test]
    fn the_president_is_the_one_spoken_of_when_the_role_is_theirs() {
        let text = "US President Donald Trump spoke aboard Air Force One.\n\n“I think you’re going to see real action,” the president predicted.";
        assert_eq!(
            quotes(text),
            [q(
                "I think you’re going to see real action",
                Some("Donald Trump")
            )]
        );
        // the one spoken of is no president: another president is no guess
        let text = "Donald Trump met South Korean President Lee Jae Myung in Gyeongju.\n\n“We had a tremendous meeting today,” said the president.";
        assert_eq!(quotes(text), [q("We had a tremendous meeting today", None)]);
    }

    #[test]
    fn a_name_before_an_apposition_speaks_and_so_does_an_institution_according_to() {
        let text = "“The talks were candid and constructive,” Guo Jiakun, a spokesman for the ministry, said on Friday. “The deal will hold for a year,” according to the White House.";
        assert_eq!(
            quotes(text),
            [
                q("The talks were candid and constructive", Some("Guo Jiakun")),
                q("The deal will hold for a year", Some("White House")),
            ]
        );
    }

    #[test]
    fn more_sentence_subjects_and_pronouns() {
        // according to a name after its title; an apposition holding a place
        let text = "“It is exciting to hear positive news,” according to ASA President Caleb Ragland.\n\n“Signals of purchases are a positive step,” Ragland, a farmer from Magnolia, Ky., said in a release.";
        assert_eq!(
            quotes(text),
            [
                q(
                    "It is exciting to hear positive news",
                    Some("Caleb Ragland")
                ),
                q(
                    "Signals of purchases are a positive step",
                    Some("Caleb Ragland")
                ),
            ]
        );
        // an institution that opens the sentence; "went on to say" after "He"
        let text = "The American Soybean Association on Thursday praised the Trump administration’s deal, but noted that “details are still emerging and to be confirmed.”\n\nUS President Donald Trump wrote on Truth Social on Monday. He went on to say, “Important topics were discussed, including trade.”";
        assert_eq!(
            quotes(text),
            [
                q(
                    "details are still emerging and to be confirmed.",
                    Some("American Soybean Association")
                ),
                q(
                    "Important topics were discussed, including trade.",
                    Some("Donald Trump")
                ),
            ]
        );
        // a name in quotation marks of its own is no subject
        let text = "The hosts were speechless. “Biden,” host Joe Kernen repeated softly, before calling it out: “Well, that sounds like malarkey to me.”";
        assert_eq!(
            quotes(text),
            [q(
                "Well, that sounds like malarkey to me.",
                Some("Joe Kernen")
            )]
        );
        // "He" after a quote whose speaker only a role named
        let text = "In a post, President Donald Trump praised the call.\n\n“We have done a very important deal for our farmers,” the president wrote.\n\nHe added, “This call was a follow-up to our meeting.”";
        assert_eq!(
            quotes(text),
            [
                q(
                    "We have done a very important deal for our farmers",
                    Some("Donald Trump")
                ),
                q(
                    "This call was a follow-up to our meeting.",
                    Some("Donald Trump")
                ),
            ]
        );
        // but not two paragraphs later
        let far = text.replace("\n\nHe added", "\n\nMarkets fell.\n\nHe added");
        assert_eq!(
            quotes(&far)[1],
            q("This call was a follow-up to our meeting.", None)
        );
    }

    #[test]
    fn a_family_name_two_people_share_speaks_only_with_a_title_that_tells_which() {
        let text = "Industry Minister Kim Jung-kwan and Policy Chief Kim Yong-beom landed in Seoul.\n\n“We are at a very critical moment now,” Minister Kim said.\n\n“We will keep trying until the end,” Kim said.";
        assert_eq!(
            quotes(text),
            [
                q(
                    "We are at a very critical moment now",
                    Some("Kim Jung-kwan")
                ),
                q("We will keep trying until the end", None),
            ]
        );
    }

    #[test]
    fn told_names_the_listener_never_the_speaker() {
        let text = "Chinese President Xi Jinping met US President Donald Trump in Busan.\n\n“You and I are at the helm of our relations,” he reportedly told Trump.\n\n“We should stay the course together,” Xi told him.";
        assert_eq!(
            quotes(text),
            [
                q(
                    "You and I are at the helm of our relations",
                    Some("Xi Jinping")
                ),
                q("We should stay the course together", Some("Xi Jinping")),
            ]
        );
        let text = "Markets rose.\n\n“We should stay the course together,” a diplomat told Trump.";
        assert_eq!(
            quotes(text),
            [q("We should stay the course together", None)]
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
    fn institutions_speak_when_named_or_named_just_before() {
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
                q(
                    "The talks were candid and in-depth",
                    Some("China’s Ministry of Commerce")
                ),
            ]
        );
        // two ministries named: "the ministry" could be either
        let text = "Japan’s Foreign Ministry and China’s Ministry of Commerce both spoke.\n\n“The talks were candid and in-depth,” the ministry said.";
        assert_eq!(
            quotes(text),
            [q("The talks were candid and in-depth", None)]
        );
        // named in lower case after its country
        let text = "“Both sides will keep the truce in place,” China’s commerce ministry said on Sunday.\n“The talks were candid and in-depth,” the ministry added.\n“The talks were long and in-depth,” said the Chinese foreign ministry.";
        assert_eq!(
            quotes(text),
            [
                q(
                    "Both sides will keep the truce in place",
                    Some("China’s commerce ministry")
                ),
                q(
                    "The talks were candid and in-depth",
                    Some("China’s commerce ministry")
                ),
                q(
                    "The talks were long and in-depth",
                    Some("Chinese foreign ministry")
                ),
            ]
        );
        // none named: which one it is would be a guess
        let text = "Markets rose.\n\n“The talks were candid and in-depth,” the ministry said in a statement. “We will see what comes,” the commerce ministry said.";
        assert_eq!(
            quotes(text),
            [
                q("The talks were candid and in-depth", None),
                q("We will see what comes", None)
            ]
        );
    }

    #[test]
    fn the_spokesman_is_the_one_person_with_that_role() {
        let text = "Chinese Foreign Ministry spokesperson Guo Jiakun spoke in Beijing on Friday.\n\n“Today’s talks have concluded in a candid mood,” the spokesman told reporters.";
        assert_eq!(
            quotes(text),
            [q(
                "Today’s talks have concluded in a candid mood",
                Some("Guo Jiakun")
            )]
        );
        // two people with the role: no guess
        let text = "Foreign Ministry spokesperson Guo Jiakun and Commerce Ministry spokesperson He Yadong spoke.\n\n“Today’s talks have concluded in a candid mood,” the spokesman said.";
        assert_eq!(
            quotes(text),
            [q("Today’s talks have concluded in a candid mood", None)]
        );
    }

    #[test]
    fn a_quote_after_a_sentence_telling_what_one_person_said_is_theirs() {
        let text = "In an interview on Sunday, US President Donald Trump said that Xi Jinping would visit Washington. “He’s coming to the White House toward the end of the year.”";
        assert_eq!(
            quotes(text),
            [q(
                "He’s coming to the White House toward the end of the year.",
                Some("Donald Trump")
            )]
        );
        // a paragraph that is a quote alone, after "He said" in the one before
        let text = "US President Donald Trump spoke on the plane.\n\nHe said the tariff cut is 'effective immediately.'\n\n'I believe he is going to work very hard on it.'";
        assert_eq!(
            quotes(text),
            [q(
                "I believe he is going to work very hard on it.",
                Some("Donald Trump")
            )]
        );
        // two people said things in the sentence before: no guess
        let text = "Trump said the talks went well, and Chinese President Xi Jinping told reporters they were candid. “We will keep talking about all of it.”";
        assert_eq!(
            quotes(text),
            [q("We will keep talking about all of it.", None)]
        );
        // the sentence before is in another paragraph, and the quote is not alone in its own
        let text = "Trump said the talks went well.\n\n“We will keep talking about all of it,” the trade envoy of a third country was heard to remark.";
        assert_eq!(
            quotes(text),
            [q("We will keep talking about all of it", None)]
        );
    }

    #[test]
    fn words_that_carry_on_the_narration_are_no_quote() {
        let text = "Both sides hoped to “enter their talks in a more positive note.” Trump said “we have a deal on the table.” State media said Trump had “[stressed] that the US values the talks with China.”";
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
