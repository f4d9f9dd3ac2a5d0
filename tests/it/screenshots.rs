//! The README's pictures must be what the code draws now: each SVG listed in
//! assets/screenshots/shots.txt is drawn again and compared byte for byte.

use tradewatch::dashboard::App;
use tradewatch::dashboard::theme::DARK;
use tradewatch::snapshot::{self, SnapshotSize};

const SHOTS: &str = include_str!("../../assets/screenshots/shots.txt");
const README: &str = include_str!("../../README.md");

#[test]
fn committed_screenshots_match_what_the_code_renders() {
    let mut names = Vec::new();
    for line in SHOTS
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let mut words = line.split_whitespace();
        let name = words.next().unwrap();
        let size: SnapshotSize = words.next().expect("a size").parse().unwrap();
        let keys = snapshot::parse_keys(&words.collect::<Vec<_>>().join(" ")).unwrap();
        let app = App::embedded(None).unwrap();
        let drawn = snapshot::to_svg(&snapshot::frame(app, size.0, &keys), DARK.ground);
        let path = format!(
            "{}/assets/screenshots/{name}.svg",
            env!("CARGO_MANIFEST_DIR")
        );
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == drawn,
            "{path} is stale: run scripts/screenshots.sh and commit the result"
        );
        names.push(name);
    }
    // every picture the README shows is checked here
    let mut shown: Vec<&str> = README
        .split("assets/screenshots/")
        .skip(1)
        .filter_map(|rest| {
            let end = rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))?;
            rest[end..].starts_with(".svg").then(|| &rest[..end])
        })
        .collect();
    shown.sort_unstable();
    shown.dedup();
    names.sort_unstable();
    assert_eq!(shown, names, "the README's pictures and shots.txt differ");
}
