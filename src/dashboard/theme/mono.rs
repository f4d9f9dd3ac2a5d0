//! The mono theme (`NO_COLOR`): no colour at all, every distinction kept by
//! weight, reverse video, underline, italics and the dashboard's markers and
//! fill patterns. Focus shows as the border's weight (thick when focused).

use ratatui::style::{Color, Modifier, Style};

use super::Theme;

const BOLD: Modifier = Modifier::BOLD;

pub static MONO: Theme = Theme {
    // the exports draw mono as the dark theme's ground, without its colours
    ground: super::DARK.ground,
    title: Style::new().add_modifier(BOLD),
    text: Style::new(),
    dim: Style::new().add_modifier(Modifier::DIM),
    key: Style::new().add_modifier(BOLD),
    border: Style::new(),
    border_focused: Style::new().add_modifier(BOLD),
    pane_title: Style::new(),
    pane_title_focused: Style::new().add_modifier(BOLD.union(Modifier::UNDERLINED)),
    // not dimmed within the selection: dim reversed text hardly reads
    selected: Style::new()
        .add_modifier(Modifier::REVERSED.union(BOLD))
        .remove_modifier(Modifier::DIM),
    selected_unfocused: Style::new()
        .add_modifier(Modifier::REVERSED)
        .remove_modifier(Modifier::DIM),
    selected_mark: Style::new().add_modifier(Modifier::UNDERLINED),
    heading: Style::new().add_modifier(BOLD),
    quote: Style::new().add_modifier(Modifier::ITALIC),
    past: Style::new().add_modifier(Modifier::DIM),
    soon: Style::new().add_modifier(BOLD.union(Modifier::UNDERLINED)),
    future: Style::new(),
    map: Color::Reset,
    route: Color::Reset,
    stop: Color::Reset,
    stop_selected: Color::Reset,
    warning: Style::new().add_modifier(BOLD),
    mark: Style::new().add_modifier(BOLD),
    in_force: Style::new().add_modifier(BOLD),
    suspended: Style::new().add_modifier(Modifier::ITALIC),
    threatened: Style::new().add_modifier(BOLD.union(Modifier::UNDERLINED)),
    us: Style::new(),
    china: Style::new(),
    sides_by_pattern: true,
    sixteen: &[],
};
