//! One place for every colour and style, named by what it means.

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
    pub selected: Style,
    pub heading: Style,
    pub quote: Style,
    pub past: Style,
    pub soon: Style,
    pub future: Style,
    pub map: Color,
    pub route: Color,
    pub stop: Color,
    pub stop_selected: Color,
    pub warning: Style,
    /// A marked point on a chart.
    pub mark: Style,
    us: Color,
    china: Color,
}

pub const THEME: Theme = Theme {
    title: Style::new().fg(Color::White).add_modifier(Modifier::BOLD),
    text: Style::new(),
    dim: Style::new().fg(Color::DarkGray),
    key: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
    border: Style::new().fg(Color::DarkGray),
    border_focused: Style::new().fg(Color::Cyan),
    pane_title: Style::new().fg(Color::Gray),
    pane_title_focused: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
    selected: Style::new()
        .bg(Color::Rgb(40, 52, 72))
        .add_modifier(Modifier::BOLD),
    heading: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
    quote: Style::new().add_modifier(Modifier::ITALIC),
    past: Style::new().fg(Color::DarkGray),
    soon: Style::new()
        .fg(Color::LightRed)
        .add_modifier(Modifier::BOLD),
    future: Style::new().fg(Color::Yellow),
    map: Color::Rgb(96, 128, 96),
    route: Color::Yellow,
    stop: Color::White,
    stop_selected: Color::LightCyan,
    warning: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
    mark: Style::new().fg(Color::White).add_modifier(Modifier::BOLD),
    us: Color::LightBlue,
    china: Color::LightRed,
};

impl Theme {
    pub fn border(&self, focused: bool) -> Style {
        if focused {
            self.border_focused
        } else {
            self.border
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
            TariffStatus::Suspended => Style::new().fg(Color::Yellow),
            TariffStatus::History => self.dim,
            TariffStatus::Threatened => Style::new()
                .fg(Color::LightMagenta)
                .add_modifier(Modifier::BOLD),
        }
    }
}
