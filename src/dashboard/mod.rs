//! The dashboard: its state and `update(Action)` (no I/O), the one keymap
//! table, and rendering as a function of the state.

pub mod keymap;
pub mod render;
pub mod state;

pub use state::{Action, App, PAGE, Pane, Popup};
