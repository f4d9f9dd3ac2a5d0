//! The dashboard's colours and styles, named by what they mean. (Exported
//! pictures map terminal colours to RGB with `dashboard::palette`.)

use ratatui::style::{Color, Modifier, Style};

use crate::model::{Party, TariffStatus};

pub struct Theme {
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
    us: Color,
    china: Color,
}

/// The theme's colours. Text with no deliberate colour keeps the terminal's
/// own foreground, so it shows on a dark or a light background alike. Each
/// colour up to the selection's is a mid tone: at least 4.5:1 against the
/// dark default background of the exports and 3:1 against white (the tests
/// check every cell of the screens people see most).
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

pub const THEME: Theme = Theme {
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
    us: BLUE,
    china: RED,
};

/// What the theme's colours become on a 16-colour terminal, where the
/// nearest by distance would turn the blue selection bar grey.
pub fn sixteen(color: Color) -> Option<Color> {
    Some(match color {
        ACCENT => Color::Cyan,
        FADED => Color::DarkGray,
        AMBER => Color::Yellow,
        RED => Color::LightRed,
        BLUE => Color::LightBlue,
        MAGENTA => Color::Magenta,
        LAND => Color::Green,
        SELECTION_FG => Color::White,
        SELECTION_BG => Color::Blue,
        SELECTION_UNFOCUSED_BG => Color::DarkGray,
        SELECTION_MARK => Color::LightYellow,
        _ => return None,
    })
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

    /// The colour of the side that imposes a tariff.
    pub fn party(&self, party: Party) -> Style {
        Style::new().fg(match party {
            Party::Us => self.us,
            Party::China => self.china,
        })
    }

    /// Rates in force are bold, suspended ones amber, threatened ones warn,
    /// history faded.
    pub fn status(&self, status: TariffStatus) -> Style {
        match status {
            TariffStatus::InForce | TariffStatus::Raised | TariffStatus::Cut => {
                Style::new().add_modifier(Modifier::BOLD)
            }
            TariffStatus::Suspended => Style::new().fg(AMBER),
            TariffStatus::History => self.dim,
            TariffStatus::Threatened => Style::new().fg(MAGENTA).add_modifier(Modifier::BOLD),
        }
    }
}
