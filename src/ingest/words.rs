//! Words and sentences: the text is cut once, and every extractor works on
//! byte ranges into it, so that what it reports can be quoted verbatim.

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

/// The character at byte `i` of `text`, its length, and whether it is a
/// word's (alphanumeric): ASCII, most of any text, without decoding.
fn char_at(text: &str, i: usize) -> Option<(char, usize, bool)> {
    let b = *text.as_bytes().get(i)?;
    if b.is_ascii() {
        return Some((char::from(b), 1, b.is_ascii_alphanumeric()));
    }
    let c = text[i..].chars().next()?;
    Some((
        c,
        c.len_utf8(),
        !is_general_punctuation(c) && c.is_alphanumeric(),
    ))
}

/// U+2000 to U+206F: spaces, dashes, quotation marks; no letter nor digit.
/// News text is full of them, and `is_alphanumeric` looks each up in
/// Unicode's tables.
fn is_general_punctuation(c: char) -> bool {
    ('\u{2000}'..='\u{206f}').contains(&c)
}

/// Whether each byte is ASCII and alphanumeric: a word's bytes, mostly.
static ASCII_WORD: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// Whether each byte is ASCII and no word's: the white space and
/// punctuation between words.
static ASCII_GAP: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = !ASCII_WORD[b];
        b += 1;
    }
    table
};

/// Every word of `text`, in order.
pub fn words(text: &str) -> Vec<Word> {
    // about one word in six bytes of prose: few regrowths
    let mut out = Vec::with_capacity(text.len() / 6);
    let bytes = text.as_bytes();
    let mut i = 0;
    loop {
        // the gap before a word, a byte at a time without decoding
        while bytes.get(i).is_some_and(|&b| ASCII_GAP[usize::from(b)]) {
            i += 1;
        }
        let Some((_, len, is_word)) = char_at(text, i) else {
            break;
        };
        if !is_word {
            i += len;
            continue;
        }
        // a word from `start`: each character is classified once, as the
        // next one and then as itself
        let start = i;
        i += len;
        let end = loop {
            while bytes.get(i).is_some_and(|&b| ASCII_WORD[usize::from(b)]) {
                i += 1;
            }
            let Some((c, len, is_word)) = char_at(text, i) else {
                break i;
            };
            if is_word {
                i += len;
                continue;
            }
            let next_is_word = char_at(text, i + len).is_some_and(|(_, _, w)| w);
            // "U.S." keeps its last dot: a dot right after a single capital
            if c == '.' && !next_is_word && is_initial(&text[start..i]) {
                i += len;
                break i;
            }
            if !(joins(c) && next_is_word) {
                let end = i;
                i += len;
                break end;
            }
            i += len;
        };
        out.push(Word { start, end });
    }
    out
}

/// Every word of `words` (the words of `text`) in lower case, as
/// `str::to_lowercase` gives it: the extractors compare lower-case words many
/// times, and lower-casing each word once, without an allocation per word,
/// keeps that cheap. An ASCII word is a slice of the text lower-cased at
/// once; the rare other word is lower-cased on its own into a second buffer.
pub struct Lower<'t> {
    ascii: String,
    words: &'t [Word],
    /// The other words' lower case, one after another, and for each the
    /// index of its word and where it ends.
    other: String,
    other_ends: Vec<(usize, usize)>,
}

impl<'t> Lower<'t> {
    pub fn new(text: &str, words: &'t [Word]) -> Lower<'t> {
        let mut other = String::new();
        let mut other_ends = Vec::new();
        // The words with a byte outside ASCII are found from those bytes,
        // few in most text, and not by reading every word: each such byte
        // is in the first word that ends after it, if that starts before it.
        let mut i = 0;
        let mut at = 0;
        while let Some(wide) = next_wide(text.as_bytes(), at) {
            while words.get(i).is_some_and(|w| w.end <= wide) {
                i += 1;
            }
            let Some(w) = words.get(i) else {
                break;
            };
            if w.start > wide {
                at = w.start;
                continue;
            }
            // the full rules (a final sigma)
            other.push_str(&w.text(text).to_lowercase());
            other_ends.push((i, other.len()));
            at = w.end;
            i += 1;
        }
        Lower {
            ascii: text.to_ascii_lowercase(),
            words,
            other,
            other_ends,
        }
    }

    /// The words, each a slice of one of the buffers: the words found
    /// non-ASCII once, in [`Lower::new`], are not searched for again.
    pub fn words(&self) -> Vec<&str> {
        // every word from the lower-cased text first, in one simple loop,
        // then the few others put in their places
        let mut out: Vec<&str> = self
            .words
            .iter()
            .map(|w| &self.ascii[w.start..w.end])
            .collect();
        let mut start = 0;
        for &(i, end) in &self.other_ends {
            out[i] = &self.other[start..end];
            start = end;
        }
        out
    }
}

/// The first byte outside ASCII at or after `from`, eight bytes at a time.
fn next_wide(bytes: &[u8], from: usize) -> Option<usize> {
    const HIGH: u64 = u64::MAX / 0xff * 0x80;
    let mut i = from;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let high = u64::from_le_bytes(chunk.try_into().ok()?) & HIGH;
        if high != 0 {
            return Some(i + (high.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    let rest = bytes.get(i..)?;
    rest.iter().position(|b| !b.is_ascii()).map(|p| i + p)
}

/// The longest word of the lists [`lower_in`] searches.
pub const LISTED_LEN: usize = 16;

/// A listed word of at most [`LISTED_LEN`] bytes as one number (its bytes,
/// then zeros); `None` for a longer word or one with a NUL (which would read
/// as the padding). [`word_key`] is the same for the words of a text.
const fn key(word: &[u8]) -> Option<u128> {
    if word.len() > LISTED_LEN {
        return None;
    }
    let mut key = 0u128;
    let mut i = 0;
    while i < word.len() {
        let b = word[i];
        if b == 0 {
            return None;
        }
        key |= (b as u128) << (8 * i);
        i += 1;
    }
    Some(key)
}

/// The keys of a word list for [`lower_in`], sorted; built at compile time
/// (a list word that has no key fails the build).
pub const fn keys<const N: usize>(list: &[&str]) -> [u128; N] {
    let mut out = [0; N];
    let mut i = 0;
    while i < N {
        let Some(k) = key(list[i].as_bytes()) else {
            panic!("a listed word is too long");
        };
        // insertion sort: the lists are short
        let mut j = i;
        while j > 0 && out[j - 1] > k {
            out[j] = out[j - 1];
            j -= 1;
        }
        out[j] = k;
        i += 1;
    }
    out
}

/// Whether `word` in lower case (`str::to_lowercase`) is one of the
/// lower-case ASCII words whose [`keys`] are `list`: an ASCII word becomes
/// one number without an allocation, and the list is binary-searched, for
/// these lists are searched for many words.
pub fn lower_in(word: &str, list: &[u128]) -> bool {
    let key = if word.is_ascii() {
        ascii_lower(word_key(word.as_bytes()))
    } else {
        word_key(word.to_lowercase().as_bytes())
    };
    key.is_some_and(|k| list.binary_search(&k).is_ok())
}

/// [`key`] without lower-casing, at run time: the bytes copied at once
/// rather than shifted in one by one. Only a final NUL needs refusing: a
/// word with a NUL inside has a zero byte no listed key has there.
fn word_key(word: &[u8]) -> Option<u128> {
    if word.len() > LISTED_LEN || word.last() == Some(&0) {
        return None;
    }
    let mut bytes = [0; LISTED_LEN];
    bytes[..word.len()].copy_from_slice(word);
    Some(u128::from_le_bytes(bytes))
}

/// The key of an ASCII word lower-cased, all its bytes at once: a byte from
/// `A` to `Z` gains 0x20. Each byte is below 0x80, so adding to it sets its
/// top bit without a carry into the next byte.
fn ascii_lower(key: Option<u128>) -> Option<u128> {
    const ONES: u128 = u128::MAX / 0xff;
    key.map(|k| {
        let from_a = k + ONES * (0x80 - u128::from(b'A'));
        let past_z = k + ONES * (0x80 - u128::from(b'Z') - 1);
        let upper = from_a & !past_z & (ONES * 0x80);
        k | upper >> 2
    })
}

/// Whether `word`, exactly as written, is one of the words whose [`keys`]
/// are `list`: one number and a binary search, no string comparison.
pub fn exactly_in(word: &str, list: &[u128]) -> bool {
    word_key(word.as_bytes()).is_some_and(|k| list.binary_search(&k).is_ok())
}

/// `word` without its possessive endings ("Trump’s", "Japan's"), as
/// `trim_end_matches("’s").trim_end_matches("'s")` gives it, without the
/// substring searcher those build for every word.
pub fn trim_possessive(word: &str) -> &str {
    // most words end in no "s": they need no trimming
    if !word.ends_with('s') {
        return word;
    }
    let mut word = word;
    while let Some(stem) = word.strip_suffix("’s") {
        word = stem;
    }
    while let Some(stem) = word.strip_suffix("'s") {
        word = stem;
    }
    word
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

/// Heads of the names of institutions, which speak as people do ("the
/// White House said", "China’s Ministry of Commerce said") and are no
/// people's names.
pub const INSTITUTIONS: &[&str] = &[
    "House",
    "Ministry",
    "Department",
    "Office",
    "Embassy",
    "Commission",
    "Council",
    "Committee",
    "Administration",
    "Government",
    "Kremlin",
    "Pentagon",
    "Xinhua",
    "Association",
    "Federation",
    "Bureau",
    "Agency",
    "Institute",
    "Chamber",
    "University",
    "Union",
];

/// Verbs that introduce what someone said: "Glass said", "said Glass".
pub const SPEECH_VERBS: &[&str] = &[
    "acknowledged",
    "added",
    "admitted",
    "affirmed",
    "announced",
    "argued",
    "asked",
    "asserted",
    "boasted",
    "cautioned",
    "claimed",
    "commented",
    "conceded",
    "continued",
    "countered",
    "declared",
    "emphasised",
    "emphasized",
    "explained",
    "insisted",
    "joked",
    "maintained",
    "noted",
    "observed",
    "posted",
    "predicted",
    "promised",
    "quipped",
    "recalled",
    "reiterated",
    "remarked",
    "repeated",
    "replied",
    "responded",
    "said",
    "says",
    "stated",
    "stressed",
    "told",
    "underlined",
    "underscored",
    "vowed",
    "warned",
    "wrote",
];

/// [`SPEECH_VERBS`] for [`lower_in`].
pub static SPEECH_KEYS: [u128; SPEECH_VERBS.len()] = keys(SPEECH_VERBS);

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
    fn last_words_stop_at_a_clause_mark_or_a_count() {
        assert_eq!(last_words("a b, c  d\ne ", &[','], 5), ["e", "d", "c"]);
        assert_eq!(last_words("a b c d e", &[], 2), ["e", "d"]);
        assert_eq!(last_words("in the U.S", &['.'], 5), ["S"]);
        assert_eq!(last_words("from (", &['('], 5), Vec::<&str>::new());
        assert_eq!(last_words("", &[], 5), Vec::<&str>::new());
    }

    #[test]
    fn lower_case_words_are_those_of_to_lowercase() {
        // a final sigma, the Kelvin sign (to an ASCII k), a dotted capital I
        let text = "ΟΔΟΣ KING İstanbul Trump’s U.S. said Said";
        let ws = words(text);
        let lower = Lower::new(text, &ws);
        let want: Vec<String> = ws.iter().map(|w| w.text(text).to_lowercase()).collect();
        assert_eq!(lower.words(), want);
        const KING: [u128; 1] = keys(&["king"]);
        assert!(lower_in("\u{212a}ING", &KING));
        assert!(lower_in("Said", &SPEECH_KEYS));
        assert!(!lower_in("sa", &SPEECH_KEYS));
        assert!(!lower_in("said\0", &SPEECH_KEYS));
        assert!(!lower_in("saidsaidsaidsaidsaid", &SPEECH_KEYS));
    }

    #[test]
    fn lower_case_words_outside_ascii_are_found_wherever_they_lie() {
        // a wide character between words, at a word's either end or inside
        // it, at every offset of an eight-byte chunk
        for pad in 0..9 {
            let text = format!("{}“Ab” ÉTÉ Japan’s “Quote”,ΟΔΟΣ\u{a0}x İ", "a".repeat(pad));
            let ws = words(&text);
            let lower = Lower::new(&text, &ws);
            let want: Vec<String> = ws.iter().map(|w| w.text(&text).to_lowercase()).collect();
            assert_eq!(lower.words(), want, "{pad}");
        }
        assert!(
            next_wide(b"abc", 4).is_none() && next_wide("abcdefgh\u{e9}".as_bytes(), 0) == Some(8)
        );
    }

    #[test]
    fn general_punctuation_has_no_letter_nor_digit() {
        for c in '\u{2000}'..='\u{206f}' {
            assert!(is_general_punctuation(c) && !c.is_alphanumeric(), "{c:?}");
        }
        assert!(!is_general_punctuation('\u{1fff}') && !is_general_punctuation('\u{2070}'));
    }

    #[test]
    fn possessives_trim_as_trim_end_matches_does() {
        for w in [
            "Trump’s",
            "Japan's",
            "US’s’s",
            "X's’s",
            "X’s's",
            "’s",
            "s",
            "news",
            "",
        ] {
            let want = w.trim_end_matches("’s").trim_end_matches("'s");
            assert_eq!(trim_possessive(w), want, "{w}");
        }
    }

    #[test]
    fn keys_lower_case_every_ascii_byte() {
        let all: Vec<u8> = (1..0x80).collect();
        let alone = (1..0x80u8).flat_map(|b| [1, 7, LISTED_LEN].map(|len| vec![b; len]));
        for word in alone.chain(all.chunks(LISTED_LEN).map(<[u8]>::to_vec)) {
            let lower = word.to_ascii_lowercase();
            assert_eq!(ascii_lower(word_key(&word)), word_key(&lower), "{word:?}");
            assert_eq!(word_key(&lower), key(&lower));
        }
    }
}
