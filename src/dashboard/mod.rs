//! The dashboard: its state and `update(Action)` (no I/O), the panes (one
//! file each, listed in one registry), the one keymap table, and rendering as
//! a function of the state.
//!
//! Rooms, each using only those before it: `palette`, `theme`, `text`,
//! `cells` and `split` (how things look, how text is drawn, where things
//! go), `panes`, `state`, `keymap`, `render`; `work` counts what a draw
//! builds, for the tests.

pub(crate) mod cells;
pub mod keymap;
pub mod palette;
pub mod panes;
pub mod render;
pub(crate) mod split;
pub mod state;
pub mod text;
pub mod theme;
mod work;

pub use panes::Pane;
pub use state::{Action, App, PAGE, Popup, Reread};
