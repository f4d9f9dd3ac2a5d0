//! Searching text for a few bytes at once: the sanitiser, the sentence
//! splitter and the quote finder look for a handful of marks in megabytes of
//! text, where a test per byte would be most of their time.

const ONES: u64 = u64::MAX / 0xff;
const HIGH: u64 = ONES * 0x80;

/// The first position at or after `from` of any of the bytes `targets`, if any.
///
/// Eight bytes are tested at a time: a byte of `chunk ^ (t * ONES)` is zero
/// where the chunk holds `t`, and `(x - ONES) & !x & HIGH` marks zero bytes.
/// A borrow can mark a byte above a zero byte too, never one below it, so the
/// lowest mark is always the first match.
pub fn find_any<const N: usize>(bytes: &[u8], from: usize, targets: [u8; N]) -> Option<usize> {
    let mut i = from;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let chunk = u64::from_le_bytes(chunk.try_into().ok()?);
        let mut hits = 0;
        for t in targets {
            let x = chunk ^ (ONES * u64::from(t));
            hits |= x.wrapping_sub(ONES) & !x & HIGH;
        }
        if hits != 0 {
            return Some(i + (hits.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    let rest = bytes.get(i..)?;
    rest.iter().position(|b| targets.contains(b)).map(|p| i + p)
}

/// How many bytes `bytes` starts with that are printable ASCII (a space to
/// `~`), eight at a time: a byte below 0x20 borrows from `x - 0x20` (and
/// marks its top bit there, as for [`find_any`]), and `y + 1` carries into
/// the top bit of a 0x7f, where `y` is `x` without its top bits.
pub fn printable_ascii(bytes: &[u8]) -> usize {
    let mut i = 0;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        let below_space = x.wrapping_sub(ONES * 0x20) & !x;
        let delete = (x & !HIGH) + ONES;
        let stops = (below_space | delete | x) & HIGH;
        if stops != 0 {
            return i + (stops.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    i + bytes[i..]
        .iter()
        .position(|b| !(b' '..=b'~').contains(b))
        .unwrap_or(bytes.len() - i)
}

/// The char boundary at or before `i` (at most `text.len()`).
pub fn char_floor(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The char boundary at or after `i` (at most `text.len()`).
pub fn char_ceil(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printable_runs_end_at_the_first_other_byte() {
        for at in 0..20 {
            for b in 0..=255u8 {
                let mut bytes = vec![b'~'; 24];
                bytes[at] = b;
                if at > 0 {
                    bytes[at - 1] = b' ';
                }
                let want = bytes
                    .iter()
                    .position(|c| !(b' '..=b'~').contains(c))
                    .unwrap_or(bytes.len());
                assert_eq!(printable_ascii(&bytes), want, "{b} at {at}");
            }
        }
        assert_eq!(printable_ascii(b""), 0);
        assert_eq!(printable_ascii(b"plain text"), 10);
    }

    #[test]
    fn finds_the_first_of_the_bytes_wherever_it_lies() {
        // every byte value as a haystack byte, at every offset within a chunk
        for at in 0..20 {
            for b in 0..=255u8 {
                let mut bytes = vec![b'x'; 24];
                bytes[at] = b;
                // a zero byte and a 0x01 just before the target catch borrow mistakes
                if at > 0 {
                    bytes[at - 1] = 1;
                }
                let want = bytes.iter().position(|c| [b'.', b'\n', 0xe2].contains(c));
                assert_eq!(
                    find_any(&bytes, 0, [b'.', b'\n', 0xe2]),
                    want,
                    "{b} at {at}"
                );
            }
        }
        let all: Vec<u8> = (0..=255).chain(0..=255).collect();
        for t in 0..=255u8 {
            for from in [0, 3, 200, 256] {
                let want = all[from..].iter().position(|&c| c == t).map(|p| from + p);
                assert_eq!(find_any(&all, from, [t]), want, "{t}");
            }
        }
        assert_eq!(find_any(b"a.b.c", 2, [b'.']), Some(3));
        assert_eq!(find_any(b"abc", 3, [b'.']), None);
        assert_eq!(find_any(b"abc", 4, [b'.']), None);
    }
}
