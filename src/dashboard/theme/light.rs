//! The light theme: for a light background, every colour dark enough to
//! read at 4.5:1 on white.

use ratatui::style::{Color, Modifier, Style};

use super::Theme;
use crate::dashboard::palette::Ground;

const ACCENT: Color = Color::Rgb(0x00, 0x70, 0x7f);
const FADED: Color = Color::Rgb(0x6a, 0x6a, 0x6a);
const AMBER: Color = Color::Rgb(0x8a, 0x5a, 0x00);
const RED: Color = Color::Rgb(0xc0, 0x28, 0x2d);
const BLUE: Color = Color::Rgb(0x22, 0x55, 0xcc);
const MAGENTA: Color = Color::Rgb(0xa0, 0x20, 0xa0);
const LAND: Color = Color::Rgb(0x5a, 0x7a, 0x5a);
/// The selection: white on a strong blue bar, as in the dark theme; out of
/// focus, dark text on a pale grey one.
const SELECTION_FG: Color = Color::Rgb(0xff, 0xff, 0xff);
const SELECTION_BG: Color = Color::Rgb(0x1f, 0x5f, 0x9f);
const SELECTION_UNFOCUSED_FG: Color = Color::Rgb(0x1e, 0x1f, 0x22);
const SELECTION_UNFOCUSED_BG: Color = Color::Rgb(0xd8, 0xdd, 0xe5);
/// A cited sentence within the selection.
const SELECTION_MARK: Color = Color::Rgb(0xff, 0xd7, 0x00);

pub static LIGHT: Theme = Theme {
    ground: Ground {
        fg: (0x1e, 0x1f, 0x22),
        bg: (0xfa, 0xfa, 0xfa),
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
    selected_unfocused: Style::new()
        .fg(SELECTION_UNFOCUSED_FG)
        .bg(SELECTION_UNFOCUSED_BG),
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
        (RED, Color::Red),
        (BLUE, Color::Blue),
        (MAGENTA, Color::Magenta),
        (LAND, Color::Green),
        (SELECTION_FG, Color::White),
        (SELECTION_BG, Color::Blue),
        (SELECTION_UNFOCUSED_FG, Color::Black),
        (SELECTION_UNFOCUSED_BG, Color::Gray),
        (SELECTION_MARK, Color::LightYellow),
    ],
};
