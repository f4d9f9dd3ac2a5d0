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

#[test]
fn readme_example_briefing_is_valid() {
    let start = README.find("```toml\n").expect("a TOML example") + "```toml\n".len();
    let len = README[start..].find("```").unwrap();
    let b = parse_str(&README[start..start + len], "README.md", Format::Toml)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((b.tariffs.len(), b.stops.len(), b.quotes.len()), (1, 1, 1));
}
