//! The shape of a name word written in ASCII, most of them: kept apart from
//! the general check in `people` for the table it reads.

/// [`super::name_shape`] for an ASCII word (most words), in one pass: what the
/// bytes after the first capital are is gathered as classes, and the shape
/// read from those.
pub(super) fn ascii_name_shape(word: &[u8]) -> bool {
    let Some((first, rest)) = word.split_first() else {
        return false;
    };
    if !first.is_ascii_uppercase() {
        return false;
    }
    let classes = rest
        .iter()
        .fold(0, |seen, &b| seen | ASCII_CLASS[usize::from(b)]);
    // a capital, then small letters and hyphens, or up to three more
    // capitals ("McD"), or capitals alone ("APEC"); letters and hyphens only
    classes & OTHER == 0
        && (classes & CAPITAL == 0
            || rest.len() <= 3
            || (word.len() >= 2 && classes & SMALL_OR_HYPHEN == 0))
}

const CAPITAL: u8 = 1;
const SMALL_OR_HYPHEN: u8 = 2;
const OTHER: u8 = 4;

/// The class of each byte for [`ascii_name_shape`].
static ASCII_CLASS: [u8; 256] = {
    let mut table = [OTHER; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        if c.is_ascii_uppercase() {
            table[b] = CAPITAL;
        } else if c.is_ascii_lowercase() || c == b'-' {
            table[b] = SMALL_OR_HYPHEN;
        }
        b += 1;
    }
    table
};
