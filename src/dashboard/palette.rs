//! The fixed palette that exported pictures use for terminal colours, so the
//! same frame always gives the same picture; the terminal also uses it to
//! find the nearest colour a smaller colour depth has. Named colours follow
//! the xterm defaults; the default foreground and background are the
//! theme's (`Ground`).

use ratatui::style::Color;

pub type Rgb = (u8, u8, u8);

/// What a picture shows where a cell sets no colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ground {
    /// The colour of text with no colour set.
    pub fg: Rgb,
    /// The colour behind cells with no background set.
    pub bg: Rgb,
}

/// The 16 named colours, in ANSI order (black, red, … white, then the bright ones).
pub const NAMED: [Rgb; 16] = [
    (0x00, 0x00, 0x00),
    (0xcd, 0x00, 0x00),
    (0x00, 0xcd, 0x00),
    (0xcd, 0xcd, 0x00),
    (0x00, 0x00, 0xee),
    (0xcd, 0x00, 0xcd),
    (0x00, 0xcd, 0xcd),
    (0xe5, 0xe5, 0xe5),
    (0x7f, 0x7f, 0x7f),
    (0xff, 0x00, 0x00),
    (0x00, 0xff, 0x00),
    (0xff, 0xff, 0x00),
    (0x5c, 0x5c, 0xff),
    (0xff, 0x00, 0xff),
    (0x00, 0xff, 0xff),
    (0xff, 0xff, 0xff),
];

/// The ANSI index (0–15) of a named colour.
pub fn ansi_index(color: Color) -> Option<u8> {
    Some(match color {
        Color::Black => 0,
        Color::Red => 1,
        Color::Green => 2,
        Color::Yellow => 3,
        Color::Blue => 4,
        Color::Magenta => 5,
        Color::Cyan => 6,
        Color::Gray => 7,
        Color::DarkGray => 8,
        Color::LightRed => 9,
        Color::LightGreen => 10,
        Color::LightYellow => 11,
        Color::LightBlue => 12,
        Color::LightMagenta => 13,
        Color::LightCyan => 14,
        Color::White => 15,
        _ => return None,
    })
}

/// The RGB value of a colour, or `None` for the default (`Reset`).
pub fn rgb(color: Color) -> Option<Rgb> {
    match color {
        Color::Reset => None,
        Color::Rgb(r, g, b) => Some((r, g, b)),
        Color::Indexed(i) => Some(indexed(i)),
        named => ansi_index(named).map(|i| NAMED[usize::from(i)]),
    }
}

/// xterm's 256-colour table: 16 named, a 6x6x6 cube, then 24 greys.
fn indexed(i: u8) -> Rgb {
    match i {
        0..=15 => NAMED[usize::from(i)],
        16..=231 => {
            let level = |v: u8| if v == 0 { 0 } else { 55 + v * 40 };
            let n = i - 16;
            (level(n / 36), level(n / 6 % 6), level(n % 6))
        }
        _ => {
            let v = 8 + (i - 232) * 10;
            (v, v, v)
        }
    }
}

/// WCAG relative luminance of an sRGB colour: 0 for black, 1 for white.
pub fn luminance((r, g, b): Rgb) -> f64 {
    let linear = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

/// WCAG contrast ratio of two colours, 1 to 21.
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (x, y) = (luminance(a), luminance(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

/// `#rrggbb`.
pub fn hex((r, g, b): Rgb) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_every_kind_of_colour() {
        assert_eq!(rgb(Color::Reset), None);
        assert_eq!(rgb(Color::Rgb(1, 2, 3)), Some((1, 2, 3)));
        assert_eq!(rgb(Color::LightRed), Some((0xff, 0, 0)));
        assert_eq!(rgb(Color::Indexed(16)), Some((0, 0, 0)));
        assert_eq!(rgb(Color::Indexed(231)), Some((255, 255, 255)));
        assert_eq!(rgb(Color::Indexed(232)), Some((8, 8, 8)));
        assert_eq!(hex((0x16, 0x18, 0x1d)), "#16181d");
    }

    #[test]
    fn contrast_is_wcags() {
        assert!((contrast((0, 0, 0), (255, 255, 255)) - 21.0).abs() < 1e-9);
        assert!((contrast((0x77, 0x77, 0x77), (255, 255, 255)) - 4.48).abs() < 0.01);
        assert!((contrast((9, 9, 9), (9, 9, 9)) - 1.0).abs() < 1e-9);
    }
}
