//! The text a pane's filter is matched against, formatted and lower-cased
//! once, with for every byte the set of items whose text holds it. A filter
//! reads only the texts holding all of its bytes, and a one-byte filter (the
//! first letter typed) is answered from the index alone, a word per 64 items.

use crate::dashboard::panes::{Bits, ItemSet, words_for};

#[derive(Debug, Clone)]
pub(super) struct FilterIndex {
    /// Every item's text, one after another.
    text: String,
    /// Where each item's text ends in `text`.
    ends: Vec<usize>,
    /// By byte: the items holding it, as bits; empty when none does.
    holding: Vec<Vec<u64>>,
}

impl FilterIndex {
    /// The index of the items' `texts`, which are lower-cased here.
    pub fn new(texts: impl Iterator<Item = String>) -> Self {
        let mut text = String::new();
        let mut ends = Vec::new();
        for t in texts {
            text.push_str(&t.to_lowercase());
            ends.push(text.len());
        }
        let words = words_for(ends.len());
        let mut holding = vec![Vec::new(); 256];
        let mut start = 0;
        for (i, &end) in ends.iter().enumerate() {
            for &b in &text.as_bytes()[start..end] {
                let bits: &mut Vec<u64> = &mut holding[usize::from(b)];
                if bits.is_empty() {
                    bits.resize(words, 0);
                }
                bits[i / 64] |= 1 << (i % 64);
            }
            start = end;
        }
        Self {
            text,
            ends,
            holding,
        }
    }

    fn text(&self, i: usize) -> &str {
        let start = i.checked_sub(1).map_or(0, |p| self.ends[p]);
        &self.text[start..self.ends[i]]
    }

    /// The items whose text contains `needle` (lower-cased, not empty),
    /// among `within` if given (a set over the same items), with how many
    /// texts were read to find them.
    pub fn matching(&self, needle: &str, within: Option<&ItemSet>) -> (ItemSet, usize) {
        let n = self.ends.len();
        let mut words = match within {
            Some(set) => set.words().to_vec(),
            None => {
                let mut all = vec![u64::MAX; words_for(n)];
                if let Some(last) = all.last_mut().filter(|_| !n.is_multiple_of(64)) {
                    *last = (1 << (n % 64)) - 1;
                }
                all
            }
        };
        let mut seen = [false; 256];
        for &b in needle.as_bytes() {
            if std::mem::replace(&mut seen[usize::from(b)], true) {
                continue;
            }
            let holding = &self.holding[usize::from(b)];
            if holding.is_empty() {
                words.fill(0);
                break;
            }
            words.iter_mut().zip(holding).for_each(|(w, h)| *w &= h);
        }
        // holding a one-byte needle is containing it; longer ones are read
        let mut read = 0;
        if needle.len() > 1 {
            for (w, word) in words.iter_mut().enumerate() {
                for bit in Bits(*word) {
                    read += 1;
                    if !self.text(w * 64 + bit).contains(needle) {
                        *word &= !(1 << bit);
                    }
                }
            }
        }
        (ItemSet::from_words(words), read)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index(n: usize) -> FilterIndex {
        // every seventh item mentions Glass; all hold "e" and "t"
        FilterIndex::new((0..n).map(|i| {
            if i % 7 == 0 {
                format!("Item {i}: Glass said")
            } else {
                format!("Item {i}: the talks")
            }
        }))
    }

    fn naive(index: &FilterIndex, needle: &str) -> Vec<usize> {
        (0..index.ends.len())
            .filter(|&i| index.text(i).contains(needle))
            .collect()
    }

    #[test]
    fn a_filter_finds_what_a_search_of_every_text_finds() {
        let index = index(1_000);
        for needle in [
            "e", "g", "glass", "item 7:", "talks", "z", "ß", "é", "s s", "0",
        ] {
            let (found, _) = index.matching(needle, None);
            assert_eq!(
                found.iter().collect::<Vec<_>>(),
                naive(&index, needle),
                "{needle:?}"
            );
        }
        let (within, _) = index.matching("glass", None);
        let (found, _) = index.matching("item 1", Some(&within));
        let expected: Vec<usize> = naive(&index, "item 1")
            .into_iter()
            .filter(|i| i % 7 == 0)
            .collect();
        assert_eq!(found.iter().collect::<Vec<_>>(), expected);
    }

    #[test]
    fn a_first_letter_reads_no_text_and_a_rare_one_reads_only_those_holding_it() {
        let index = index(100_000);
        let (found, read) = index.matching("e", None);
        assert_eq!((found.len(), read), (100_000, 0));
        // "g" is only in the Glass items: only they are read for "gl"
        let (found, read) = index.matching("gl", None);
        assert_eq!(found.len(), 100_000usize.div_ceil(7));
        assert_eq!(read, found.len());
    }

    #[test]
    fn texts_are_matched_lower_cased() {
        let index = FilterIndex::new(["GLASS".to_owned(), "Bessent".to_owned()].into_iter());
        assert_eq!(
            index.matching("glass", None).0.iter().collect::<Vec<_>>(),
            [0]
        );
    }
}
