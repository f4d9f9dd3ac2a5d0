//! A quick hash for the gazetteer's tables. Their keys are fixed (names from
//! the embedded data), so a text cannot crowd them, whatever words it looks
//! up: the keyed SipHash of `std`, which guards tables whose keys come from
//! the input, buys nothing here, and costs more than the lookups around it.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a, 64 bits: one multiplication a byte, and words are short.
pub(crate) struct Fnv(u64);

const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const PRIME: u64 = 0x0000_0100_0000_01b3;

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(OFFSET)
    }
}

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        let mut h = self.0;
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(PRIME);
        }
        self.0 = h;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A table with fixed keys, hashed with [`Fnv`]: the gazetteer's, and any
/// other keyed by its names (the trip's countries).
pub(crate) type FixedMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;
