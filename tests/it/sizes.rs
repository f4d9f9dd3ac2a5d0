//! Drawing never panics and draws nothing a terminal could take for a
//! command, at any size in any state: every size at and around the layout's
//! thresholds in a set of states, and random sizes after random keys.

use proptest::prelude::*;
use ratatui::layout::Size;
use tradewatch::dashboard::keymap;
use tradewatch::dashboard::render::{GRID_SIZE, MIN_SIZE};
use tradewatch::dashboard::{Action, App};

use crate::fuzz_properties::assert_cells_clean;
use crate::helpers::{app, draw, press, text, words};

/// States worth drawing: both pages and their focus, each kind of popup
/// scrolled to its end, a filter being typed.
const STATES: &[&str] = &[
    "",
    "Tab",
    "Tab Tab",
    "4",
    "5",
    "6",
    "s",
    "? End",
    "Enter",
    "Tab End Enter",
    "3 End Enter",
    "4 End Enter",
    "5 Enter",
    "6 Enter",
    "3 / g l",
];

/// The lengths where the layout changes, with the extremes: 0, 1, just
/// below and at each threshold, and 200.
fn boundaries(of: fn(Size) -> u16) -> [u16; 7] {
    let (min, grid) = (of(MIN_SIZE), of(GRID_SIZE));
    [0, 1, min - 1, min, grid - 1, grid, 200]
}

/// Draws `app` resized to `w` x `h`, checking every cell.
fn draws(app: &App, w: u16, h: u16) -> String {
    let mut a = app.clone();
    a.update(Action::Resize(w, h));
    let terminal = draw(&a);
    assert_cells_clean(terminal.backend().buffer());
    text(&terminal)
}

#[test]
fn every_state_draws_at_every_boundary_size() {
    for keys in STATES {
        let mut base = app(120, 40);
        press(&mut base, keys);
        for w in boundaries(|s| s.width) {
            for h in boundaries(|s| s.height) {
                draws(&base, w, h);
            }
        }
    }
}

#[test]
fn the_layout_changes_exactly_at_its_thresholds() {
    let base = app(120, 40);
    let shows = |w, h, what: &str| words(&draws(&base, w, h)).contains(what);
    let too_small = |w, h| shows(w, h, "Terminal too small");
    // the grid shows the first page's panes at once, tabs the focused one
    let grid = |w, h| shows(w, h, "╭ 2 Itinerary");
    let tabbed = |w, h| shows(w, h, "┏ 1 Tariffs") && !grid(w, h);
    let (min, full) = (MIN_SIZE, GRID_SIZE);
    assert!(too_small(min.width - 1, min.height));
    assert!(too_small(min.width, min.height - 1));
    assert!(tabbed(min.width, min.height) && !too_small(min.width, min.height));
    assert!(tabbed(full.width - 1, full.height));
    assert!(tabbed(full.width, full.height - 1));
    assert!(grid(full.width, full.height));
}

/// One thing a user does: press a key (by its index among the key names and
/// typed characters), or resize the terminal.
#[derive(Debug, Clone)]
enum Step {
    Key(usize),
    Resize(u16, u16),
}

/// Characters typed besides the key names: wide, combining and markup ones.
const TYPED: [&str; 5] = ["中", "\u{301}", "😀", "&", "<"];

fn step() -> impl Strategy<Value = Step> {
    let keys = keymap::key_names().len() + TYPED.len();
    prop_oneof![
        4 => (0..keys).prop_map(Step::Key),
        1 => (0u16..=300, 0u16..=150).prop_map(|(w, h)| Step::Resize(w, h)),
    ]
}

/// How many random cases to draw: 64, or `PROPTEST_CASES` to look harder.
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(64)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn any_keys_at_any_sizes_draw(
        (w, h) in (0u16..=300, 0u16..=150),
        steps in prop::collection::vec(step(), 0..12),
    ) {
        let names = keymap::key_names();
        let mut a = app(w, h);
        draws(&a, w, h);
        for step in steps {
            let changed = match step {
                Step::Key(k) => {
                    let key = names.get(k).copied().unwrap_or_else(|| TYPED[k - names.len()]);
                    keymap::press(&mut a, key)
                }
                Step::Resize(w, h) => a.update(Action::Resize(w, h)),
            };
            // what did not change on screen was drawn already
            if changed {
                draws(&a, a.ui.size.width, a.ui.size.height);
            }
        }
    }
}
