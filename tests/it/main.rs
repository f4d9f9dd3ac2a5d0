//! The integration tests: one binary, so that `cargo test` builds and links
//! them once, with a module per area.

mod helpers;

// shared with the fuzz targets (fuzz_properties), and with the `eval`
// example and the ingest bench (eval_harness), which include them by path
mod eval_harness;
mod fuzz_properties;

mod architecture;
mod cli;
mod config;
mod e2e;
mod export;
mod fuzz_regressions;
mod ingest;
mod ingest_eval;
mod invalid_briefings;
mod keys;
mod model;
mod readme;
mod reload;
mod render;
mod scale;
mod screenshots;
mod sizes;
mod story;
mod themes;
mod truth;
