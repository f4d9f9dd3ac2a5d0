//! The dark theme, the default: for a dark background.

use ratatui::style::{Color, Modifier, Style};

use super::Theme;
use crate::dashboard::palette::Ground;

/// Text with no deliberate colour keeps the terminal's own foreground, so it
/// shows on a dark or a light background alike. Each colour up to the
/// selection's is a mid tone: at least 4.5:1 against the dark background of
/// the exports and 3:1 against white (the tests check every cell of the
/// screens people see most).
const ACCENT: Color = Color::Rgb(0x20, 0x9c, 0xb0);
const FADED: Color = Color::Rgb(0x8a, 0x8a, 0x8a);
const AMBER: Color = Color::Rgb(0xc0, 0x88, 0x00);
const RED: Color = Color::Rgb(0xeb, 0x4b, 0x4b);
const BLUE: Color = Color::Rgb(0x5a, 0x8c, 0xff);
const MAGENTA: Color = Color::Rgb(0xe0, 0x40, 0xe0);
const LAND: Color = Color::Rgb(0x6a, 0x8f, 0x6a);
/// The selection is a pair of its own: light text on a blue bar.
const SELECTION_FG: Color = Color::Rgb(0xf0, 0xf0, 0xf0);
const SELECTION_BG: Color = Color::Rgb(0x26, 0x4f, 0x78);
const SELECTION_UNFOCUSED_BG: Color = Color::Rgb(0x34, 0x39, 0x42);
/// A cited sentence within the selection.
const SELECTION_MARK: Color = Color::Rgb(0xff, 0xd7, 0x00);

pub static DARK: Theme = Theme {
    ground: Ground {
        fg: (0xd8, 0xd8, 0xd8),
        bg: (0x16, 0x18, 0x1d),
    },
    title: Style::new().add_modifier(Modifier::BOLD),
    text: Style::new(),
    dim: Style::new().fg(FADED),
    key: Style::new().fg(ACCENT).add_modifier(Modifier::BOLD),
    border: Style::new().fg(FADED),
    border_focused: Style::new().fg(ACCENT),
    pane_title: Style::new(),
    pane_title_focused: Style::new().fg(ACCENT).add_modifier(Modifier::BOLD),
    selected: Style::new()
        .fg(SELECTION_FG)
        .bg(SELECTION_BG)
        .add_modifier(Modifier::BOLD),
    selected_unfocused: Style::new().fg(SELECTION_FG).bg(SELECTION_UNFOCUSED_BG),
    selected_mark: Style::new().fg(SELECTION_MARK),
    heading: Style::new().fg(ACCENT).add_modifier(Modifier::BOLD),
    quote: Style::new().add_modifier(Modifier::ITALIC),
    past: Style::new().fg(FADED),
    soon: Style::new().fg(RED).add_modifier(Modifier::BOLD),
    future: Style::new().fg(AMBER),
    map: LAND,
    route: AMBER,
    stop: Color::Reset,
    stop_selected: ACCENT,
    warning: Style::new().fg(AMBER).add_modifier(Modifier::BOLD),
    mark: Style::new().add_modifier(Modifier::BOLD),
    in_force: Style::new().add_modifier(Modifier::BOLD),
    suspended: Style::new().fg(AMBER),
    threatened: Style::new().fg(MAGENTA).add_modifier(Modifier::BOLD),
    us: Style::new().fg(BLUE),
    china: Style::new().fg(RED),
    sides_by_pattern: false,
    sixteen: &[
        (ACCENT, Color::Cyan),
        (FADED, Color::DarkGray),
        (AMBER, Color::Yellow),
        (RED, Color::LightRed),
        (BLUE, Color::LightBlue),
        (MAGENTA, Color::Magenta),
        (LAND, Color::Green),
        (SELECTION_FG, Color::White),
        (SELECTION_BG, Color::Blue),
        (SELECTION_UNFOCUSED_BG, Color::DarkGray),
        (SELECTION_MARK, Color::LightYellow),
    ],
};
