//! Fuzz target `load`: the property is `check_load` in tests/it/fuzz_properties.rs,
//! which tests/it/fuzz_regressions.rs replays on the saved findings.
#![no_main]

#[path = "../../tests/it/fuzz_properties.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::check_load(data));
