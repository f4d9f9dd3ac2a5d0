//! Words and sentences: the text is cut once, and every extractor works on
//! byte ranges into it, so that what it reports can be quoted verbatim.

use std::ops::Range;

use super::work;

/// A word: letters and digits, with inner hyphens, apostrophes and dots
/// ("Vice-Premier", "Japan’s", "U.S.", "10.5").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word {
    pub start: usize,
    pub end: usize,
}

impl Word {
    pub fn text(self, text: &str) -> &str {
        &text[self.start..self.end]
    }
}

fn joins(c: char) -> bool {
    matches!(c, '-' | '\'' | '’' | '.')
}

/// Every word of `text`, in order.
pub fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut start = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next_is_word = chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
        match start {
            None if c.is_alphanumeric() => start = Some(i),
            Some(_) if c.is_alphanumeric() => {}
            // "U.S." keeps its last dot: a dot right after a single capital
            Some(s) if c == '.' && !next_is_word && is_initial(&text[s..i]) => {
                out.push(Word {
                    start: s,
                    end: i + 1,
                });
                start = None;
            }
            Some(_) if joins(c) && next_is_word => {}
            Some(s) => {
                out.push(Word { start: s, end: i });
                start = None;
            }
            None => {}
        }
    }
    if let Some(s) = start {
        out.push(Word {
            start: s,
            end: text.len(),
        });
    }
    out
}

/// "U.S" or "D.C": single letters joined by dots.
fn is_initial(word: &str) -> bool {
    let last = word.rsplit('.').next().unwrap_or_default();
    word.contains('.') && last.chars().count() == 1
}

/// Up to `n` white-space-separated words at the end of `before`, the last
/// first, not reaching back past any of `stops` (a word that holds one is cut
/// there). It reads only those words, however long the text before them.
pub fn last_words<'t>(before: &'t str, stops: &[char], n: usize) -> Vec<&'t str> {
    let mut out = Vec::new();
    let mut end = None; // the end of the word being read
    for (i, c) in before.char_indices().rev() {
        if out.len() >= n {
            return out;
        }
        work::read(1);
        let after = i + c.len_utf8();
        let stop = stops.contains(&c);
        if stop || c.is_whitespace() {
            if let Some(e) = end.take() {
                out.push(&before[after..e]);
            }
            if stop {
                return out;
            }
        } else if end.is_none() {
            end = Some(after);
        }
    }
    if let Some(e) = end
        && out.len() < n
    {
        out.push(&before[..e]);
    }
    out
}

/// Verbs that introduce what someone said: "Glass said", "said Glass".
pub const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "noted",
    "wrote",
    "stated",
    "explained",
    "insisted",
    "warned",
    "argued",
    "asked",
    "replied",
    "announced",
    "continued",
    "posted",
    "declared",
];

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
    while i < bytes.len() {
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
    fn words_keep_inner_marks() {
        let text = "The U.S. Vice-Premier’s 10.5 percent, Nov. 10 (Reuters) -";
        let got: Vec<_> = words(text).into_iter().map(|w| w.text(text)).collect();
        assert_eq!(
            got,
            [
                "The",
                "U.S.",
                "Vice-Premier’s",
                "10.5",
                "percent",
                "Nov",
                "10",
                "Reuters"
            ]
        );
    }

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
    fn last_words_stop_at_a_clause_mark_or_a_count() {
        assert_eq!(last_words("a b, c  d\ne ", &[','], 5), ["e", "d", "c"]);
        assert_eq!(last_words("a b c d e", &[], 2), ["e", "d"]);
        assert_eq!(last_words("in the U.S", &['.'], 5), ["S"]);
        assert_eq!(last_words("from (", &['('], 5), Vec::<&str>::new());
        assert_eq!(last_words("", &[], 5), Vec::<&str>::new());
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
