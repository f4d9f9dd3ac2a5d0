//! The README cannot drift from the program: its key tables and its briefing
//! example are checked here.

use tradewatch::dashboard::keymap::BINDINGS;
use tradewatch::model::{Format, parse_str};

const README: &str = include_str!("../../README.md");

#[test]
fn readme_describes_every_binding() {
    for b in BINDINGS {
        assert!(README.contains(b.help), "README lacks {:?}", b.help);
        for key in b.keys {
            assert!(
                README.contains(&format!("`{key}`")),
                "README lacks the key `{key}`"
            );
        }
    }
}

/// The README's TOML examples, in order.
fn toml_examples() -> Vec<&'static str> {
    README
        .split("```toml\n")
        .skip(1)
        .map(|rest| &rest[..rest.find("```").expect("a closed example")])
        .collect()
}

#[test]
fn readme_example_configuration_is_valid() {
    let example = toml_examples()[0];
    let config: tradewatch::cli::config::Config =
        toml::from_str(example).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(config.mouse, Some(false));
}

#[test]
fn readme_example_briefing_is_valid() {
    let example = toml_examples()[1];
    let b = parse_str(example, "README.md", Format::Toml).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((b.tariffs.len(), b.stops.len(), b.quotes.len()), (1, 1, 1));
}
