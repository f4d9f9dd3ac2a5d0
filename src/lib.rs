//! tradewatch: a terminal dashboard of the US–China trade tensions of autumn 2025.
//!
//! The rooms, each depending only on those listed before it: the model
//! (types, load, validate, sentences, timeline merge), ingest (article to
//! draft briefing), the dashboard (panes, state, keymap, render), snapshot (headless
//! frames and their encoders), the terminal loop, and the command line.

pub mod cli;
pub mod dashboard;
pub mod ingest;
pub mod model;
pub mod snapshot;
pub mod terminal;
