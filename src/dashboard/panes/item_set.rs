//! A set of item indices held as bits, with the number of members before
//! every block of words: a filter's result is built, combined and counted a
//! word per 64 items, and the `k`th member or a member's position is found
//! without walking the set.

/// Words per counted block: a lookup scans at most this many.
const BLOCK: usize = 8;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ItemSet {
    /// Bit `i % 64` of word `i / 64` is set when item `i` is a member.
    words: Vec<u64>,
    /// Members in the blocks before each block.
    before: Vec<usize>,
    len: usize,
}

impl ItemSet {
    /// The set whose members are the bits set in `words`.
    pub fn from_words(words: Vec<u64>) -> Self {
        let mut before = Vec::with_capacity(words.len().div_ceil(BLOCK));
        let mut len = 0;
        for block in words.chunks(BLOCK) {
            before.push(len);
            len += block.iter().map(|w| w.count_ones() as usize).sum::<usize>();
        }
        Self { words, before, len }
    }

    /// The bits, `words_for(n)` of them for a list of `n` items.
    pub fn words(&self) -> &[u64] {
        &self.words
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    fn contains(&self, i: usize) -> bool {
        self.words
            .get(i / 64)
            .is_some_and(|w| w & (1 << (i % 64)) != 0)
    }

    /// The `k`th member, counting from 0.
    pub fn get(&self, k: usize) -> Option<usize> {
        if k >= self.len {
            return None;
        }
        // the last block with at most `k` members before it holds the `k`th
        let block = self.before.partition_point(|&b| b <= k) - 1;
        let mut left = k - self.before[block];
        let first = block * BLOCK;
        for (w, &word) in self.words[first..].iter().enumerate().take(BLOCK) {
            let ones = word.count_ones() as usize;
            if left < ones {
                return Some((first + w) * 64 + nth_bit(word, left));
            }
            left -= ones;
        }
        None
    }

    /// How many members come before `i`, if `i` is one.
    pub fn position(&self, i: usize) -> Option<usize> {
        if !self.contains(i) {
            return None;
        }
        let (w, block) = (i / 64, i / 64 / BLOCK);
        let whole: usize = self.words[block * BLOCK..w]
            .iter()
            .map(|w| w.count_ones() as usize)
            .sum();
        let part = (self.words[w] & ((1 << (i % 64)) - 1)).count_ones() as usize;
        Some(self.before[block] + whole + part)
    }

    /// The members, ascending.
    pub fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.words
            .iter()
            .enumerate()
            .flat_map(|(w, &word)| Bits(word).map(move |b| w * 64 + b))
    }
}

/// Words that hold a bit for each of `n` items.
pub fn words_for(n: usize) -> usize {
    n.div_ceil(64)
}

/// The set bits of a word, lowest first.
pub struct Bits(pub u64);

impl Iterator for Bits {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        (self.0 != 0).then(|| {
            let bit = self.0.trailing_zeros() as usize;
            self.0 &= self.0 - 1;
            bit
        })
    }
}

/// The position of the `k`th set bit of `word`, which has more than `k`.
fn nth_bit(word: u64, k: usize) -> usize {
    Bits(word).nth(k).unwrap_or(64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set_of(members: &[usize], n: usize) -> ItemSet {
        let mut words = vec![0; words_for(n)];
        for &i in members {
            words[i / 64] |= 1 << (i % 64);
        }
        ItemSet::from_words(words)
    }

    #[test]
    fn members_are_found_by_rank_and_ranked_by_index() {
        // gaps longer than a block, members at word and block edges
        let members = [0, 1, 63, 64, 511, 512, 513, 2000, 4095, 9999];
        let set = set_of(&members, 10_000);
        assert_eq!(set.len(), members.len());
        assert_eq!(set.iter().collect::<Vec<_>>(), members);
        for (k, &i) in members.iter().enumerate() {
            assert_eq!(set.get(k), Some(i), "member {k}");
            assert_eq!(set.position(i), Some(k), "item {i}");
        }
        assert_eq!(set.get(members.len()), None);
        for i in [2, 62, 65, 514, 9998, 10_000, 70_000] {
            assert_eq!(set.position(i), None, "item {i}");
        }
    }

    #[test]
    fn an_empty_set_has_no_members() {
        for set in [ItemSet::default(), set_of(&[], 300)] {
            assert!(set.is_empty());
            assert_eq!(set.get(0), None);
            assert_eq!(set.position(0), None);
            assert_eq!(set.iter().next(), None);
        }
    }
}
