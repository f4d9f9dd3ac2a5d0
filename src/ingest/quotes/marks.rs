//! Where quotations open and close: pairs of quotation marks, told apart
//! from apostrophes.

use crate::model::scan::find_any;

/// Every pair of quotation marks in `text` (curly or straight, double or
/// single), within a paragraph. A single mark is also an apostrophe
/// ("we're", "Trump's"), so it opens only before a capital after a space
/// or a paragraph's start, and closes only after a sentence's punctuation
/// before a space or a line's end ("'On fentanyl we agreed,' Trump said").
pub fn pairs(text: &str) -> Vec<(usize, usize)> {
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
            // “…." closed by a straight mark, as copy often mixes them: a
            // straight mark that ends a sentence closes an open curly one
            (b'"', _) if straight.is_none() && open.is_some() && closes_single(at, 1) => {
                if let Some(o) = open.take() {
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
