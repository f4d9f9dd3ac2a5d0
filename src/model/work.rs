//! Work counted for the unit tests: how much the look-arounds read
//! (characters, words, items) besides the one pass over the text, so that a
//! test can bound it by the size of the text. Outside tests it costs nothing.

#[cfg(test)]
thread_local! {
    static READ: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Counts `n` steps of reading.
#[inline]
pub(crate) fn read(n: usize) {
    #[cfg(test)]
    READ.with(|r| r.set(r.get().saturating_add(n)));
    #[cfg(not(test))]
    let _ = n;
}

/// The steps counted on this thread since the last call (none outside
/// tests).
pub(crate) fn take() -> usize {
    #[cfg(test)]
    return READ.with(|r| r.replace(0));
    #[cfg(not(test))]
    0
}
