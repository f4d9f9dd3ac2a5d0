//! Sentences of an article as byte ranges: the source pane shows them, the
//! validator matches evidence against them, ingest quotes from them.

use std::ops::Range;

use super::scan::find_any;
use super::work;

/// Abbreviations whose dot does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Gov", "Sen", "Rep", "Gen", "Lt", "Col", "Prof",
    "Inc", "Corp", "Co", "Ltd", "No", "vs", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
    "Sept", "Oct", "Nov", "Dec", "U.S", "U.K", "U.N", "D.C", "e.g", "i.e", "a.m", "p.m",
];

/// The most characters an abbreviation has ("Sept").
const LONGEST_ABBREVIATION: usize = 4;

/// The sentences of `text` as byte ranges, trimmed. A sentence ends at `.`,
/// `!` or `?` (with any closing quotes or brackets) before white space and a
/// capital, digit or opening quote, or at a line break.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    // only a line break or an end mark can end a sentence: the bytes between are skipped eight at a time
    while let Some(at) = find_any(bytes, i, [b'\n', b'.', b'!', b'?']) {
        i = at;
        let c = bytes[i];
        if c == b'\n' {
            push_trimmed(text, start..i, &mut out);
            start = i + 1;
        } else if matches!(c, b'.' | b'!' | b'?') && ends_sentence(text, start, i) {
            let mut end = i + 1;
            // closing quotes and brackets stay with the sentence
            while let Some(ch) = text[end..].chars().next() {
                if matches!(ch, '”' | '"' | '’' | '\'' | ')' | ']') {
                    end += ch.len_utf8();
                } else {
                    break;
                }
            }
            let rest = &text[end..];
            let after_space = rest.trim_start_matches([' ', '\t']);
            let spaced = after_space.len() < rest.len();
            let next = after_space.chars().next();
            if rest.is_empty()
                || next == Some('\n')
                || (spaced
                    && next.is_some_and(|n| {
                        n.is_uppercase() || n.is_ascii_digit() || matches!(n, '“' | '"' | '‘')
                    }))
            {
                push_trimmed(text, start..end, &mut out);
                start = end;
                i = end;
                continue;
            }
        }
        i += 1;
    }
    push_trimmed(text, start..text.len(), &mut out);
    out
}

/// Whether the dot (or ! or ?) at `i` can end a sentence: not after an abbreviation.
fn ends_sentence(text: &str, start: usize, i: usize) -> bool {
    if text.as_bytes()[i] != b'.' {
        return true;
    }
    let before = &text[start..i];
    // the word before the dot: only as much as the longest abbreviation is read
    let mut word_start = before.len();
    for (k, (j, c)) in before.char_indices().rev().enumerate() {
        work::read(1);
        if !(c.is_alphanumeric() || c == '.') {
            break;
        }
        if k == LONGEST_ABBREVIATION {
            return true;
        }
        word_start = j;
    }
    let word = &before[word_start..];
    let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    !(ABBREVIATIONS.contains(&word) || initial)
}

fn push_trimmed(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &text[range.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push(range.start + lead..range.end - trail);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_split_at_ends_not_abbreviations() {
        let text = "Talks end on Nov. 10 in Washington, D.C. today. “It’s tough,” Glass said. He left!\nNext line";
        let got: Vec<_> = sentences(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(
            got,
            [
                "Talks end on Nov. 10 in Washington, D.C. today.",
                "“It’s tough,” Glass said.",
                "He left!",
                "Next line"
            ]
        );
    }

    #[test]
    fn no_abbreviation_is_longer_than_the_look_back() {
        for a in ABBREVIATIONS {
            assert!(a.chars().count() <= LONGEST_ABBREVIATION, "{a}");
        }
        let text = "Sept. 10 and the Septs. Then";
        let got: Vec<_> = sentences(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(got, ["Sept. 10 and the Septs.", "Then"]);
    }
}
