//! Rendering never panics, at any size from 0x0 to 200x60, in any state.

mod common;

use common::{app, draw, press};
use tradewatch::dashboard::Action;

/// Draws the state after `keys` at every size, or every `step`-th width and height.
fn every_size(states: &[&str], step: u16) {
    for keys in states {
        let mut base = app(120, 40);
        press(&mut base, keys);
        for w in 0..=200u16 {
            for h in 0..=60u16 {
                if w % step != 0 || h % step != 0 {
                    continue;
                }
                let mut a = base.clone();
                a.update(Action::Resize(w, h));
                draw(&a);
            }
        }
    }
}

#[test]
fn the_first_page_renders_at_every_size() {
    every_size(&["", "Tab", "Tab Tab"], 1);
}

#[test]
fn the_second_page_renders_at_every_size() {
    every_size(&["4", "5", "6", "s"], 1);
}

#[test]
fn popups_render_at_many_sizes() {
    every_size(
        &[
            "? End",
            "Enter",
            "Tab End Enter",
            "3 End Enter",
            "4 End Enter",
            "5 Enter",
            "6 Enter",
            "3 / g l",
        ],
        3,
    );
}
