//! How many colours the terminal shows, and each cell's colours reduced to
//! them. The exports keep full colour; only what reaches a terminal is reduced.

use ratatui::style::{Color, Modifier};

use crate::dashboard::palette::{NAMED, rgb};
use crate::dashboard::theme;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColorDepth {
    /// 24-bit colour.
    TrueColor,
    /// xterm's 256 colours.
    Indexed,
    /// The 16 named colours (SGR 30–37 and 90–97).
    Ansi16,
    /// The first 8 named colours only.
    Ansi8,
    /// No colour (a terminal that has none): bold and reverse video only.
    Mono,
}

type Rgb = (u8, u8, u8);

impl ColorDepth {
    /// From the environment (`var`): `COLORTERM=truecolor|24bit` means
    /// 24-bit, and otherwise `colors` of `TERM` from terminfo
    /// (`terminfo_colors`) decides, or TERM's name when terminfo has no entry
    /// for it. (`NO_COLOR` is no concern of the depth: it picks the mono
    /// theme, which draws no colour at any depth.)
    pub fn detect(
        var: impl Fn(&str) -> Option<String>,
        terminfo_colors: impl FnOnce(&str) -> Option<i32>,
    ) -> ColorDepth {
        if var("COLORTERM").is_some_and(|v| matches!(v.as_str(), "truecolor" | "24bit")) {
            return ColorDepth::TrueColor;
        }
        let term = var("TERM").unwrap_or_default();
        match terminfo_colors(&term) {
            Some(colors) => ColorDepth::of_colors(colors),
            None if term.ends_with("-direct") => ColorDepth::TrueColor,
            None if term.contains("256color") => ColorDepth::Indexed,
            None if term.contains("16color") => ColorDepth::Ansi16,
            None => ColorDepth::Ansi8,
        }
    }

    /// The depth for terminfo's `colors` count (negative when absent).
    pub fn of_colors(colors: i32) -> ColorDepth {
        match colors {
            0x0100_0000.. => ColorDepth::TrueColor,
            256.. => ColorDepth::Indexed,
            16.. => ColorDepth::Ansi16,
            8.. => ColorDepth::Ansi8,
            _ => ColorDepth::Mono,
        }
    }

    /// A cell's foreground, background and modifiers at this depth. Where the
    /// terminal's own palette decides the colour (8 or 16 colours), black,
    /// grey and white text becomes the terminal's own foreground, one of them
    /// being its background; a background that would be one of them turns
    /// into reverse video, which shows on either.
    pub fn reduce(self, fg: Color, bg: Color, modifier: Modifier) -> (Color, Color, Modifier) {
        match self {
            ColorDepth::TrueColor => (fg, bg, modifier),
            ColorDepth::Indexed => (indexed(fg), indexed(bg), modifier),
            ColorDepth::Ansi16 | ColorDepth::Ansi8 => {
                let eight = self == ColorDepth::Ansi8;
                let (mut fg, mut bg, mut modifier) = (named(fg, eight), named(bg, eight), modifier);
                if eight && fg == Color::Black && bg == Color::Reset {
                    // the faded grey, which 8 colours do not have
                    (fg, modifier) = (Color::Reset, modifier | Modifier::DIM);
                }
                if bg == Color::Reset && neutral(fg) {
                    fg = Color::Reset;
                }
                if eight && neutral(bg) {
                    (fg, bg) = (Color::Reset, Color::Reset);
                    modifier.toggle(Modifier::REVERSED);
                }
                (fg, bg, modifier)
            }
            ColorDepth::Mono => {
                let mut modifier = modifier;
                if bg != Color::Reset {
                    modifier.toggle(Modifier::REVERSED);
                }
                (Color::Reset, Color::Reset, modifier)
            }
        }
    }
}

/// Black, grey or white: colours a terminal's own background may have.
fn neutral(color: Color) -> bool {
    matches!(color, Color::Black | Color::Gray | Color::White)
}

/// Distance between colours, weighted for how the eye sees them ("redmean").
fn distance(a: Rgb, b: Rgb) -> u32 {
    let mean = (u32::from(a.0) + u32::from(b.0)) / 2;
    let d = |x: u8, y: u8| u32::from(x.abs_diff(y)).pow(2);
    (((512 + mean) * d(a.0, b.0)) >> 8) + 4 * d(a.1, b.1) + (((767 - mean) * d(a.2, b.2)) >> 8)
}

/// The nearest of xterm's colours 16–255 (the cube and the greys, which,
/// unlike 0–15, every 256-colour terminal draws the same).
fn indexed(color: Color) -> Color {
    let Color::Rgb(r, g, b) = color else {
        return color;
    };
    (16..=255u8)
        .min_by_key(|&i| rgb(Color::Indexed(i)).map_or(u32::MAX, |c| distance(c, (r, g, b))))
        .map_or(color, Color::Indexed)
}

const NAMES: [Color; 16] = [
    Color::Black,
    Color::Red,
    Color::Green,
    Color::Yellow,
    Color::Blue,
    Color::Magenta,
    Color::Cyan,
    Color::Gray,
    Color::DarkGray,
    Color::LightRed,
    Color::LightGreen,
    Color::LightYellow,
    Color::LightBlue,
    Color::LightMagenta,
    Color::LightCyan,
    Color::White,
];

/// The named colour standing for `color`: the theme's own choice for its
/// colours, else the nearest; with `eight`, bright ones become normal.
fn named(color: Color, eight: bool) -> Color {
    let color = match color {
        Color::Reset => return Color::Reset,
        Color::Indexed(i) if i < 16 => NAMES[usize::from(i)],
        Color::Indexed(_) | Color::Rgb(..) => theme::sixteen(color).unwrap_or_else(|| {
            let want = rgb(color).unwrap_or_default();
            let i = (0..16)
                .min_by_key(|&i| distance(NAMED[i], want))
                .unwrap_or(0);
            NAMES[i]
        }),
        named => named,
    };
    match NAMES.iter().position(|&c| c == color) {
        Some(i) if eight && i >= 8 => NAMES[i - 8],
        _ => color,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |k| map.get(k).cloned()
    }

    #[test]
    fn the_environment_decides_the_depth() {
        let tput = |term: &str| match term {
            "xterm" | "linux" => Some(8),
            "xterm-256color" => Some(256),
            "xterm-direct" => Some(0x0100_0000),
            "vt100" => Some(-1),
            _ => None,
        };
        for (vars, want) in [
            (vec![("TERM", "xterm")], ColorDepth::Ansi8),
            (vec![("TERM", "linux")], ColorDepth::Ansi8),
            (vec![("TERM", "xterm-256color")], ColorDepth::Indexed),
            (vec![("TERM", "xterm-direct")], ColorDepth::TrueColor),
            (vec![("TERM", "vt100")], ColorDepth::Mono),
            (
                vec![("TERM", "xterm-256color"), ("COLORTERM", "truecolor")],
                ColorDepth::TrueColor,
            ),
            (
                vec![("TERM", "xterm"), ("COLORTERM", "24bit")],
                ColorDepth::TrueColor,
            ),
            (
                vec![("TERM", "xterm-256color"), ("COLORTERM", "yes")],
                ColorDepth::Indexed,
            ),
            (
                vec![
                    ("TERM", "xterm-256color"),
                    ("COLORTERM", "truecolor"),
                    ("NO_COLOR", "1"),
                ],
                // `NO_COLOR` picks the mono theme, which `--theme` overrides
                ColorDepth::TrueColor,
            ),
            // no terminfo entry: the name
            (vec![("TERM", "foot-direct")], ColorDepth::TrueColor),
            (vec![("TERM", "tmux-256color")], ColorDepth::Indexed),
            (vec![("TERM", "rxvt-unicode-16color")], ColorDepth::Ansi16),
            (vec![("TERM", "something")], ColorDepth::Ansi8),
        ] {
            assert_eq!(ColorDepth::detect(env(&vars), tput), want, "{vars:?}");
        }
    }

    #[test]
    fn true_colour_is_left_alone_and_256_uses_the_cube_and_greys() {
        let c = (Color::Rgb(0x26, 0x4f, 0x78), Color::Rgb(1, 2, 3));
        let m = Modifier::BOLD;
        assert_eq!(ColorDepth::TrueColor.reduce(c.0, c.1, m), (c.0, c.1, m));
        assert_eq!(indexed(Color::Rgb(0, 0x5f, 0x87)), Color::Indexed(24));
        assert_eq!(indexed(Color::Rgb(0x8a, 0x8a, 0x8a)), Color::Indexed(245));
        assert_eq!(indexed(Color::Rgb(255, 255, 255)), Color::Indexed(231));
        assert_eq!(indexed(Color::LightRed), Color::LightRed);
        for (r, g, b) in [(0x20, 0x9c, 0xb0), (0xc0, 0x88, 0), (0x26, 0x4f, 0x78)] {
            let Color::Indexed(i) = indexed(Color::Rgb(r, g, b)) else {
                panic!("not indexed");
            };
            assert!(i >= 16, "{i}: 0–15 are the terminal's own palette");
        }
    }

    #[test]
    fn sixteen_and_eight_colours_keep_text_visible() {
        let (fg, bg) = (Color::Rgb(0xf0, 0xf0, 0xf0), Color::Rgb(0x26, 0x4f, 0x78));
        let none = Modifier::empty();
        // the selection stays a blue bar, not a grey one
        assert_eq!(
            ColorDepth::Ansi16.reduce(fg, bg, none),
            (Color::White, Color::Blue, none)
        );
        assert_eq!(
            ColorDepth::Ansi8.reduce(fg, bg, none),
            (Color::Gray, Color::Blue, none)
        );
        // white, grey or black text with no background is the terminal's own
        for depth in [ColorDepth::Ansi16, ColorDepth::Ansi8] {
            for c in [
                Color::White,
                Color::Gray,
                Color::Black,
                Color::Rgb(250, 250, 250),
            ] {
                assert_eq!(depth.reduce(c, Color::Reset, none).0, Color::Reset, "{c:?}");
            }
        }
        assert_eq!(
            ColorDepth::Ansi16.reduce(Color::Rgb(0xeb, 0x4b, 0x4b), Color::Reset, none),
            (Color::LightRed, Color::Reset, none)
        );
        assert_eq!(
            ColorDepth::Ansi8.reduce(Color::Rgb(0xeb, 0x4b, 0x4b), Color::Reset, none),
            (Color::Red, Color::Reset, none)
        );
        // the faded grey becomes faint text in 8 colours
        assert_eq!(
            ColorDepth::Ansi8.reduce(Color::Rgb(0x8a, 0x8a, 0x8a), Color::Reset, none),
            (Color::Reset, Color::Reset, Modifier::DIM)
        );
        // a grey bar in 8 colours is reverse video
        assert_eq!(
            ColorDepth::Ansi8.reduce(fg, Color::Rgb(0x34, 0x39, 0x42), none),
            (Color::Reset, Color::Reset, Modifier::REVERSED)
        );
    }

    #[test]
    fn no_colour_keeps_a_bar_as_reverse_video() {
        let bold = Modifier::BOLD;
        assert_eq!(
            ColorDepth::Mono.reduce(Color::LightRed, Color::Reset, bold),
            (Color::Reset, Color::Reset, bold)
        );
        assert_eq!(
            ColorDepth::Mono.reduce(Color::White, Color::Rgb(1, 2, 3), bold),
            (Color::Reset, Color::Reset, bold | Modifier::REVERSED)
        );
    }
}
