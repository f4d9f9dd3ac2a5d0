//! Two independent steps of extraction at once: the machines this runs on
//! have a second core, and extraction is most of the time an ingest takes.

use std::panic::resume_unwind;
use std::thread::{Builder, scope};

use crate::model::work;

/// `a()` on a second thread while `b()` runs on this one; one after the
/// other on this thread if no thread can be had. The work `a` counts is
/// counted on this thread, as if it had run here.
pub(super) fn both<A: Send, B>(a: impl FnOnce() -> A + Send, b: impl FnOnce() -> B) -> (A, B) {
    // `a` is lent to the thread, so that it is still here if none starts
    let mut slot = Some(a);
    let (side, b) = scope(|s| {
        let lent = &mut slot;
        let run = move || lent.take().map(|a| (a(), work::take()));
        let side = Builder::new().spawn_scoped(s, run).ok();
        let b = b();
        let side = side.and_then(|h| h.join().unwrap_or_else(|e| resume_unwind(e)));
        (side, b)
    });
    let (a, steps) = side
        .or_else(|| slot.take().map(|a| (a(), 0)))
        .expect("`a` ran on the side or runs here");
    work::read(steps);
    (a, b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::thread::current;

    #[test]
    fn the_work_done_on_the_side_is_counted_here() {
        work::take();
        let (side, here) = both(
            || {
                work::read(3);
                current().id()
            },
            || {
                work::read(4);
                current().id()
            },
        );
        assert_ne!(side, here, "`a` ran on a thread of its own");
        assert_eq!(here, current().id());
        assert_eq!(work::take(), 7);
    }
}
