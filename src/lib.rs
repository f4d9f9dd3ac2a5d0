//! tradewatch: a terminal dashboard of the US–China trade tensions of autumn 2025.

pub mod app;
pub mod cli;
pub mod export;
pub mod ingest;
pub mod inputs;
pub mod keymap;
pub mod model;
pub mod output;
pub mod terminal;
pub mod timeline;
pub mod ui;
