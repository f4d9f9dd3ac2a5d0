//! Work counted for the unit tests: how many rows of a list the draw built,
//! so that a test can check that a key costs the rows on screen, not the
//! items in the briefing. Outside tests it costs nothing.

#[cfg(test)]
thread_local! {
    static ROWS: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Counts one row built.
#[inline]
pub(crate) fn row() {
    #[cfg(test)]
    ROWS.with(|r| r.set(r.get().saturating_add(1)));
}

/// The rows counted on this thread since the last call.
#[cfg(test)]
pub(crate) fn take() -> usize {
    ROWS.with(|r| r.replace(0))
}
