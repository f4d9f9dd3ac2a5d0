//! Fuzz target `ingest`: the property is `check_ingest` in tests/common/checks.rs,
//! which tests/fuzz_regressions.rs replays on the saved findings.
#![no_main]

#[path = "../../tests/common/checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::check_ingest(data));
