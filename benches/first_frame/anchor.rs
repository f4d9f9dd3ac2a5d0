//! The anchor of issue 12's first-frame goal: a minimal ratatui app, one
//! 120x40 frame of ratatui's world map in a bordered block, drawn headless.
//! Shared by the `first_frame` bench and example.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::Color;
use ratatui::widgets::Block;
use ratatui::widgets::canvas::{Canvas, Map, MapResolution};

/// The frame the minimal app draws: the map at the resolution the
/// dashboard's itinerary draws it.
pub fn frame() -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("a test terminal");
    terminal
        .draw(|frame| {
            let map = Canvas::default()
                .block(Block::bordered().title("World"))
                .x_bounds([-180.0, 180.0])
                .y_bounds([-90.0, 90.0])
                .paint(|ctx| {
                    ctx.draw(&Map {
                        resolution: MapResolution::High,
                        color: Color::Green,
                    })
                });
            frame.render_widget(map, frame.area());
        })
        .expect("drawn");
    terminal.backend().buffer().clone()
}
