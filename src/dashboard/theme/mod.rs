//! The dashboard's colours and styles, named by what they mean, in three
//! themes: `dark` and `light` backgrounds, and `mono` with no colour at all.
//!
//! The state holds which theme is chosen; the render entry points make it
//! the current one for the duration of a draw (`Using`), and everything drawn
//! reads it through `theme()`, so no pane passes it along. Each theme also
//! names the background and default text colour that exported pictures use.

mod dark;
mod light;
mod mono;

use std::cell::Cell;

use ratatui::style::{Color, Style};

use crate::dashboard::palette::{Ground, Rgb, contrast};
use crate::model::{Party, TariffStatus};

pub use dark::DARK;
pub use light::LIGHT;
pub use mono::MONO;

/// A built-in theme. (The command line and the config file choose one with
/// `cli::theme::ThemeChoice`, which adds `auto`.)
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ThemeName {
    /// Colours for a dark background (the default).
    #[default]
    Dark,
    /// Colours for a light background.
    Light,
    /// No colour: weight, reverse video, underline, markers and fill patterns.
    Mono,
}

impl ThemeName {
    pub const ALL: [ThemeName; 3] = [ThemeName::Dark, ThemeName::Light, ThemeName::Mono];

    pub fn theme(self) -> &'static Theme {
        match self {
            ThemeName::Dark => &DARK,
            ThemeName::Light => &LIGHT,
            ThemeName::Mono => &MONO,
        }
    }

    /// The colour theme for a terminal of background `bg`: the one whose
    /// default text reads better on it.
    pub fn for_background(bg: Rgb) -> ThemeName {
        if contrast(LIGHT.ground.fg, bg) > contrast(DARK.ground.fg, bg) {
            ThemeName::Light
        } else {
            ThemeName::Dark
        }
    }
}

pub struct Theme {
    /// What exported pictures draw behind cells and as text with no colour
    /// set; in a terminal, the terminal's own colours stand in for these.
    pub ground: Ground,
    pub title: Style,
    pub text: Style,
    pub dim: Style,
    pub key: Style,
    pub border: Style,
    pub border_focused: Style,
    pub pane_title: Style,
    pub pane_title_focused: Style,
    /// The selected row of the focused pane.
    pub selected: Style,
    /// The selected row of another pane: there, but quieter.
    pub selected_unfocused: Style,
    /// Patched over `selected` for what stands out within it.
    pub selected_mark: Style,
    pub heading: Style,
    pub quote: Style,
    pub past: Style,
    pub soon: Style,
    pub future: Style,
    pub map: Color,
    pub route: Color,
    pub stop: Color,
    /// The selected stop's point; its label is drawn in `selected`.
    pub stop_selected: Color,
    pub warning: Style,
    /// A marked point on a chart.
    pub mark: Style,
    /// Rates in force (also raised and cut).
    pub in_force: Style,
    pub suspended: Style,
    pub threatened: Style,
    pub us: Style,
    pub china: Style,
    /// Whether lines tell the two sides apart by pattern (China's dashed),
    /// where their colours cannot.
    pub sides_by_pattern: bool,
    /// What each of the theme's own colours becomes on a 16-colour terminal,
    /// where the nearest by distance would turn the blue selection bar grey.
    pub sixteen: &'static [(Color, Color)],
}

thread_local! {
    static CURRENT: Cell<&'static Theme> = const { Cell::new(&DARK) };
}

/// The theme of the draw under way (the dark one outside any draw).
pub fn theme() -> &'static Theme {
    CURRENT.with(Cell::get)
}

/// Makes a theme the current one on this thread until dropped, then puts
/// back the one before.
#[must_use = "the theme is current only while this is held"]
pub struct Using(&'static Theme);

impl Using {
    pub fn new(theme: &'static Theme) -> Using {
        Using(CURRENT.replace(theme))
    }
}

impl Drop for Using {
    fn drop(&mut self) {
        CURRENT.set(self.0);
    }
}

/// What a colour of any theme becomes on a 16-colour terminal, if the theme
/// says.
pub fn sixteen(color: Color) -> Option<Color> {
    ThemeName::ALL
        .iter()
        .flat_map(|name| name.theme().sixteen)
        .find(|&&(from, _)| from == color)
        .map(|&(_, to)| to)
}

impl Theme {
    pub fn border(&self, focused: bool) -> Style {
        if focused {
            self.border_focused
        } else {
            self.border
        }
    }

    pub fn selection(&self, focused: bool) -> Style {
        if focused {
            self.selected
        } else {
            self.selected_unfocused
        }
    }

    pub fn pane_title(&self, focused: bool) -> Style {
        if focused {
            self.pane_title_focused
        } else {
            self.pane_title
        }
    }

    /// A stop's name on the map, when not selected.
    pub fn stop_label(&self) -> Style {
        Style::new().fg(self.stop)
    }

    /// The colour of the side that imposes a tariff.
    pub fn party(&self, party: Party) -> Style {
        match party {
            Party::Us => self.us,
            Party::China => self.china,
        }
    }

    /// Rates in force stand out, suspended ones are set apart, threatened
    /// ones warn, history is faded.
    pub fn status(&self, status: TariffStatus) -> Style {
        match status {
            TariffStatus::InForce | TariffStatus::Raised | TariffStatus::Cut => self.in_force,
            TariffStatus::Suspended => self.suspended,
            TariffStatus::History => self.dim,
            TariffStatus::Threatened => self.threatened,
        }
    }
}

#[cfg(test)]
mod tests {
    use ratatui::style::Modifier;

    use super::*;
    use crate::dashboard::palette::{luminance, rgb};

    /// Every style a theme draws text in, named, each as drawn: the marks
    /// within the selection patched over it.
    fn text_styles(theme: &Theme) -> Vec<(&'static str, Style)> {
        let colour = |c: Color| Style::new().fg(c);
        vec![
            ("title", theme.title),
            ("text", theme.text),
            ("dim", theme.dim),
            ("key", theme.key),
            ("border", theme.border),
            ("border_focused", theme.border_focused),
            ("pane_title", theme.pane_title),
            ("pane_title_focused", theme.pane_title_focused),
            ("selected", theme.selected),
            ("selected_unfocused", theme.selected_unfocused),
            ("selected_mark", theme.selected.patch(theme.selected_mark)),
            ("tab", theme.pane_title_focused.patch(theme.selected)),
            ("heading", theme.heading),
            ("quote", theme.quote),
            ("past", theme.past),
            ("soon", theme.soon),
            ("future", theme.future),
            ("map", colour(theme.map)),
            ("route", colour(theme.route)),
            ("stop", colour(theme.stop)),
            ("stop_selected", colour(theme.stop_selected)),
            ("warning", theme.warning),
            ("mark", theme.mark),
            ("in_force", theme.in_force),
            ("suspended", theme.suspended),
            ("threatened", theme.threatened),
            ("us", theme.us),
            ("china", theme.china),
        ]
    }

    /// The colours a style's text shows in on the theme's ground.
    fn drawn(style: Style, ground: Ground) -> (Rgb, Rgb) {
        let fg = style.fg.and_then(rgb).unwrap_or(ground.fg);
        let bg = style.bg.and_then(rgb).unwrap_or(ground.bg);
        if style.add_modifier.contains(Modifier::REVERSED) {
            (bg, fg)
        } else {
            (fg, bg)
        }
    }

    #[test]
    fn every_text_style_of_every_theme_reads_on_its_background() {
        for name in ThemeName::ALL {
            let theme = name.theme();
            let ground = theme.ground;
            assert!(contrast(ground.fg, ground.bg) >= 4.5, "{name:?} default");
            for (what, style) in text_styles(theme) {
                let (fg, bg) = drawn(style, ground);
                let ratio = contrast(fg, bg);
                assert!(
                    ratio >= 4.5,
                    "{name:?} {what}: {fg:?} on {bg:?} is {ratio:.2}:1"
                );
            }
        }
    }

    #[test]
    fn light_is_dark_text_on_a_light_ground_and_dark_the_reverse() {
        assert!(luminance(LIGHT.ground.bg) > 0.8 && luminance(LIGHT.ground.fg) < 0.05);
        assert!(luminance(DARK.ground.bg) < 0.05 && luminance(DARK.ground.fg) > 0.5);
    }

    #[test]
    fn mono_has_no_colour_and_keeps_the_distinctions_by_attribute() {
        for (what, style) in text_styles(&MONO) {
            for c in [style.fg, style.bg].into_iter().flatten() {
                assert_eq!(c, Color::Reset, "mono {what}");
            }
        }
        let looks = |s: Style| s.add_modifier;
        assert!(looks(MONO.selected).contains(Modifier::REVERSED));
        assert!(looks(MONO.selected_unfocused).contains(Modifier::REVERSED));
        assert_ne!(looks(MONO.selected), looks(MONO.selected_unfocused));
        assert_ne!(
            looks(MONO.selected),
            looks(MONO.selected.patch(MONO.selected_mark))
        );
        assert_ne!(looks(MONO.border), looks(MONO.border_focused));
        let statuses = [MONO.in_force, MONO.suspended, MONO.threatened, MONO.dim];
        for (i, a) in statuses.iter().enumerate() {
            for b in &statuses[i + 1..] {
                assert_ne!(looks(*a), looks(*b), "tariff statuses tell apart");
            }
        }
    }

    #[test]
    fn a_light_background_gets_the_light_theme_and_a_dark_one_the_dark() {
        for bg in [
            (255, 255, 255),
            (0xfd, 0xf6, 0xe3),
            (0xee, 0xee, 0xee),
            (0xc0, 0xc0, 0xc0),
        ] {
            assert_eq!(ThemeName::for_background(bg), ThemeName::Light, "{bg:?}");
        }
        for bg in [
            (0, 0, 0),
            (0x00, 0x2b, 0x36),
            (0x28, 0x2c, 0x34),
            (0x60, 0x60, 0x60),
        ] {
            assert_eq!(ThemeName::for_background(bg), ThemeName::Dark, "{bg:?}");
        }
    }

    #[test]
    fn the_current_theme_is_the_one_in_use_and_then_the_one_before() {
        assert!(std::ptr::eq(theme(), &DARK));
        {
            let _light = Using::new(&LIGHT);
            assert!(std::ptr::eq(theme(), &LIGHT));
            {
                let _mono = Using::new(&MONO);
                assert!(std::ptr::eq(theme(), &MONO));
            }
            assert!(std::ptr::eq(theme(), &LIGHT));
        }
        assert!(std::ptr::eq(theme(), &DARK));
    }

    #[test]
    fn sixteen_colours_keep_the_selection_blue_in_both_colour_themes() {
        for theme in [&DARK, &LIGHT] {
            let bg = theme.selected.bg.expect("a selection bar");
            assert_eq!(sixteen(bg), Some(Color::Blue));
        }
        assert_eq!(sixteen(Color::Rgb(1, 2, 3)), None);
    }
}
