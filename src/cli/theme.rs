//! Which theme to draw in: `--theme`, else `NO_COLOR`, else the command's
//! default; `auto` asks the terminal its background.

use std::time::Duration;

use crate::dashboard::theme::ThemeName;
use crate::terminal;

/// A theme as the command line (and a config file) names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ThemeChoice {
    /// Light or dark by the terminal's background (asked with OSC 11), dark
    /// when it does not say.
    Auto,
    /// Colours for a dark background.
    Dark,
    /// Colours for a light background.
    Light,
    /// No colour: weight, reverse video, underline and markers only.
    Mono,
}

/// How long the terminal has to say its background colour.
const ASK_TIMEOUT: Duration = Duration::from_millis(100);

impl ThemeChoice {
    /// The choice in force: the flag's if given, else mono under a
    /// non-empty `NO_COLOR` (from `var`), else `default`.
    pub fn pick(
        flag: Option<ThemeChoice>,
        default: ThemeChoice,
        var: impl Fn(&str) -> Option<String>,
    ) -> ThemeChoice {
        match flag {
            Some(choice) => choice,
            None if var("NO_COLOR").is_some_and(|v| !v.is_empty()) => ThemeChoice::Mono,
            None => default,
        }
    }

    /// The theme named, `auto` decided by `background` (the terminal's, if it says).
    pub fn resolve(self, background: impl FnOnce() -> Option<(u8, u8, u8)>) -> ThemeName {
        match self {
            ThemeChoice::Dark => ThemeName::Dark,
            ThemeChoice::Light => ThemeName::Light,
            ThemeChoice::Mono => ThemeName::Mono,
            ThemeChoice::Auto => background().map_or(ThemeName::Dark, ThemeName::for_background),
        }
    }

    /// The theme named, `auto` by asking the terminal; on the dashboard's
    /// terminal only (snapshots never ask: they are the same everywhere).
    pub fn for_terminal(self) -> ThemeName {
        self.resolve(|| terminal::background(ASK_TIMEOUT).ok().flatten())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_flag_wins_then_no_color_then_the_default() {
        let env = |no_color: Option<&'static str>| {
            move |name: &str| {
                (name == "NO_COLOR")
                    .then_some(no_color)
                    .flatten()
                    .map(String::from)
            }
        };
        use ThemeChoice::*;
        assert_eq!(ThemeChoice::pick(Some(Light), Dark, env(Some("1"))), Light);
        assert_eq!(ThemeChoice::pick(None, Dark, env(Some("1"))), Mono);
        assert_eq!(ThemeChoice::pick(None, Auto, env(Some("yes"))), Mono);
        assert_eq!(ThemeChoice::pick(None, Auto, env(Some(""))), Auto);
        assert_eq!(ThemeChoice::pick(None, Dark, env(None)), Dark);
    }

    #[test]
    fn auto_follows_the_background_and_is_dark_without_an_answer() {
        use ThemeChoice::*;
        assert_eq!(Auto.resolve(|| Some((255, 255, 255))), ThemeName::Light);
        assert_eq!(Auto.resolve(|| Some((0, 0, 0))), ThemeName::Dark);
        assert_eq!(Auto.resolve(|| None), ThemeName::Dark);
        let never = || -> Option<(u8, u8, u8)> { panic!("only auto asks") };
        assert_eq!(Light.resolve(never), ThemeName::Light);
        assert_eq!(Mono.resolve(never), ThemeName::Mono);
        assert_eq!(Dark.resolve(never), ThemeName::Dark);
    }

    #[test]
    fn a_config_file_names_themes_in_lowercase() {
        #[derive(serde::Deserialize)]
        struct Config {
            theme: ThemeChoice,
        }
        let theme = |text: &str| toml::from_str::<Config>(text).map(|c| c.theme);
        assert_eq!(theme("theme = \"light\"").unwrap(), ThemeChoice::Light);
        assert_eq!(theme("theme = \"auto\"").unwrap(), ThemeChoice::Auto);
        assert!(theme("theme = \"Light\"").is_err());
        assert!(theme("theme = \"sepia\"").is_err());
    }
}
