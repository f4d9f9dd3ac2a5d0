//! One first frame per process, for whole-process instruction counts beside
//! the minimal ratatui app (issue 12, goal 5):
//!
//!     cargo build --release --example first_frame
//!     valgrind --tool=callgrind target/release/examples/first_frame anchor
//!     valgrind --tool=callgrind target/release/examples/first_frame tradewatch
//!
//! `anchor` draws one 120x40 frame of ratatui's world map in a bordered
//! block; `tradewatch` loads the embedded briefings and draws the dashboard's
//! first frame at 120x40; `load` only loads them. Each prints a cell of the
//! frame, so that nothing is optimised away.

use std::process::ExitCode;

use ratatui::layout::Size;
use tradewatch::dashboard::App;

#[path = "../benches/first_frame/anchor.rs"]
mod anchor;

fn main() -> ExitCode {
    let which = std::env::args().nth(1).unwrap_or_default();
    let buf = match which.as_str() {
        "anchor" => anchor::frame(),
        "tradewatch" => {
            let app = App::embedded(None).expect("the embedded briefing");
            tradewatch::snapshot::frame(app, Size::new(120, 40), &[])
        }
        "load" => {
            let app = App::embedded(None).expect("the embedded briefing");
            println!("{}", app.briefing().title);
            return ExitCode::SUCCESS;
        }
        _ => {
            eprintln!("usage: first_frame anchor|tradewatch|load");
            return ExitCode::FAILURE;
        }
    };
    println!("{:?}", buf[(1, 1)].symbol());
    ExitCode::SUCCESS
}
