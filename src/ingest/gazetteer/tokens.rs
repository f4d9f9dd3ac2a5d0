//! The gazetteer's tokens: names and text are cut the same way, so that a
//! name matches token by token whatever its apostrophes, hyphens and spacing.

/// A token: a word (letters, digits and combining marks) or one other
/// character, apostrophes and hyphens folded to `'` and `-`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Sym<'a> {
    Word(&'a str),
    Punct(char),
}

#[derive(Debug, Clone, Copy)]
pub(super) struct Token<'a> {
    pub sym: Sym<'a>,
    pub start: usize,
    pub end: usize,
    /// White space comes between this token and the one before.
    pub space_before: bool,
    /// That white space holds a line break.
    pub newline_before: bool,
}

/// The tokens of a text, white space skipped.
#[derive(Debug, Clone)]
pub(super) struct Tokens<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Tokens<'a> {
    pub fn new(text: &'a str) -> Self {
        Tokens { text, pos: 0 }
    }

    /// The tokens from byte `pos` on, which starts a token or white space.
    pub fn at(text: &'a str, pos: usize) -> Self {
        Tokens { text, pos }
    }
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        let bytes = self.text.as_bytes();
        let mut i = self.pos;
        let mut space_before = false;
        let mut newline_before = false;
        // white space, ASCII (most of it) read byte by byte
        let c = loop {
            let b = *bytes.get(i)?;
            if b.is_ascii() {
                if !matches!(b, b'\t'..=b'\r' | b' ') {
                    break char::from(b);
                }
                space_before = true;
                newline_before |= matches!(b, b'\n' | b'\r');
                i += 1;
                continue;
            }
            let c = self.text.get(i..)?.chars().next()?;
            if !c.is_whitespace() {
                break c;
            }
            space_before = true;
            newline_before |= matches!(c, '\u{85}' | '\u{2028}' | '\u{2029}');
            i += c.len_utf8();
        };
        let start = i;
        let mut end = start + c.len_utf8();
        let sym = if is_word_char(c) {
            end = word_end(self.text, end);
            Sym::Word(&self.text[start..end])
        } else {
            Sym::Punct(match c {
                '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{02BB}' | '`' | '\u{B4}' => '\'',
                '\u{2010}' | '\u{2011}' => '-',
                c => c,
            })
        };
        self.pos = end;
        Some(Token {
            sym,
            start,
            end,
            space_before,
            newline_before,
        })
    }
}

/// The end of the word whose characters run on from byte `end`.
fn word_end(text: &str, mut end: usize) -> usize {
    let bytes = text.as_bytes();
    loop {
        // ASCII letters and digits, most of any word, byte by byte
        while bytes.get(end).is_some_and(u8::is_ascii_alphanumeric) {
            end += 1;
        }
        // any other ASCII byte ends the word without decoding a character
        if bytes.get(end).is_none_or(u8::is_ascii) {
            return end;
        }
        match text[end..].chars().next() {
            Some(d) if is_word_char(d) => end += d.len_utf8(),
            _ => return end,
        }
    }
}

/// The next word token starting at or after byte `from`
/// whose first byte is marked in `starts`, as its start and end. Only the
/// bytes are read, one table look-up each: a marked byte (a capital, most
/// of them) starts a word token when the character before it is no word's,
/// and the rest of the text is passed over without making tokens of it.
///
/// Every marked byte is an ASCII capital or a non-ASCII one (a test holds
/// the gazetteer to it), so the bytes are passed over eight at a time to the
/// next such byte, and only that one is looked up.
pub(super) fn next_word(text: &str, from: usize, starts: &[bool; 256]) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut at = from;
    loop {
        at = capital_or_wide(bytes, at)?;
        if !starts[usize::from(bytes[at])] {
            at += 1;
            continue;
        }
        // a marked byte is ASCII or starts a character: `at` is a boundary
        let c = text[at..].chars().next()?;
        let word_before = text[..at].chars().next_back().is_some_and(is_word_char);
        if is_word_char(c) && !word_before {
            return Some((at, word_end(text, at + c.len_utf8())));
        }
        at += c.len_utf8();
    }
}

const ONES: u64 = u64::MAX / 0xff;
const HIGH: u64 = ONES * 0x80;

/// The first position at or after `from` of an ASCII capital (`A` to `Z`)
/// or a byte outside ASCII. Eight bytes are tested at a time: with `t` a
/// byte without its top bit, `t + 0x3f` reaches the top bit from `A` on and
/// `t + 0x25` from just after `Z` on, and neither carries into the next byte.
fn capital_or_wide(bytes: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let x = u64::from_le_bytes(chunk.try_into().ok()?);
        let t = x & !HIGH;
        let capitals = (t + ONES * 0x3f) & !(t + ONES * 0x25);
        let found = (capitals | x) & HIGH;
        if found != 0 {
            return Some(i + (found.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    let rest = bytes.get(i..)?;
    rest.iter()
        .position(|&b| b.is_ascii_uppercase() || !b.is_ascii())
        .map(|p| i + p)
}

/// What comes before byte `at` (a token's start): whether the white space
/// just before it holds a line break, and the word token before that white
/// space, if the token before is a word. Words are the longest runs of word
/// characters, so reading back finds the token that reading on would.
pub(super) fn before(text: &str, at: usize) -> (bool, Option<&str>) {
    let head = &text[..at];
    let mut newline = false;
    let mut chars = head.char_indices().rev();
    for (i, c) in chars.by_ref() {
        if c.is_whitespace() {
            newline |= matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}');
            continue;
        }
        if !is_word_char(c) {
            return (newline, None);
        }
        let end = i + c.len_utf8();
        let mut start = i;
        for (j, d) in chars.by_ref() {
            if !is_word_char(d) {
                break;
            }
            start = j;
        }
        return (newline, Some(&head[start..end]));
    }
    (newline, None)
}

/// Whether `text` breaks lines with `\n` alone, as sanitised text does: then
/// [`line_start`] can search for that one byte, a word at a time.
pub(super) fn only_newlines(text: &str) -> bool {
    !['\r', '\u{85}', '\u{2028}', '\u{2029}']
        .into_iter()
        .any(|c| text.contains(c))
}

/// The first line start at or after `from`: the text's start, or the byte
/// after a line break (those of [`Token::newline_before`]). `newlines_only`
/// is [`only_newlines`] of `text`.
pub(super) fn line_start(text: &str, from: usize, newlines_only: bool) -> Option<usize> {
    if from == 0 {
        return Some(0);
    }
    if newlines_only {
        return text.get(from..)?.find('\n').map(|i| from + i + 1);
    }
    let bytes = text.as_bytes();
    let mut i = from;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' | b'\r' => return Some(i + 1),
            // U+0085, and U+2028 and U+2029, in UTF-8
            0xc2 if bytes.get(i + 1) == Some(&0x85) => return Some(i + 2),
            0xe2 if bytes.get(i + 1) == Some(&0x80)
                && matches!(bytes.get(i + 2), Some(0xa8 | 0xa9)) =>
            {
                return Some(i + 3);
            }
            _ => i += 1,
        }
    }
    None
}

/// Letters, digits, and combining marks (so a decomposed "é" stays in its word).
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    c.is_alphanumeric()
        || matches!(c,
            '\u{0300}'..='\u{036F}'
            | '\u{1AB0}'..='\u{1AFF}'
            | '\u{1DC0}'..='\u{1DFF}'
            | '\u{20D0}'..='\u{20FF}'
            | '\u{FE20}'..='\u{FE2F}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capitals_and_wide_bytes_are_found_wherever_they_lie() {
        for at in 0..20 {
            for b in 0..=255u8 {
                let mut bytes = vec![b'a'; 24];
                bytes[at] = b;
                if at > 0 {
                    bytes[at - 1] = b'@';
                }
                let want = bytes
                    .iter()
                    .position(|&c| c.is_ascii_uppercase() || !c.is_ascii());
                assert_eq!(capital_or_wide(&bytes, 0), want, "{b} at {at}");
                assert_eq!(capital_or_wide(&bytes, at + 1), None, "{b} after {at}");
            }
        }
        assert_eq!(capital_or_wide(b"[Z`", 0), Some(1));
        assert_eq!(capital_or_wide(b"", 0), None);
        assert_eq!(capital_or_wide(b"ab", 3), None);
    }
}
