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
//!
//! `ratio [N]` times N frames of each (1000 by default), one of each in
//! turn, and prints the medians and their ratio: on a shared machine the
//! load drifts between criterion's two benchmarks, while here it falls on
//! both alike.
//!
//!     cargo run --release --example first_frame ratio 2000

use std::hint::black_box;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use ratatui::layout::Size;
use tradewatch::dashboard::App;

#[path = "../benches/first_frame/anchor.rs"]
mod anchor;

fn main() -> ExitCode {
    let which = std::env::args().nth(1).unwrap_or_default();
    let buf = match which.as_str() {
        "anchor" => anchor::frame(),
        "tradewatch" => tradewatch_frame(),
        "ratio" => {
            let n = std::env::args().nth(2).and_then(|n| n.parse().ok());
            ratio(n.unwrap_or(1000));
            return ExitCode::SUCCESS;
        }
        "load" => {
            let app = App::embedded(None).expect("the embedded briefing");
            println!("{}", app.briefing().title);
            return ExitCode::SUCCESS;
        }
        _ => {
            eprintln!("usage: first_frame anchor|tradewatch|load|ratio [N]");
            return ExitCode::FAILURE;
        }
    };
    println!("{:?}", buf[(1, 1)].symbol());
    ExitCode::SUCCESS
}

fn tradewatch_frame() -> ratatui::buffer::Buffer {
    let app = App::embedded(None).expect("the embedded briefing");
    tradewatch::snapshot::frame(app, Size::new(120, 40), &[])
}

/// Times `n` frames of each, in turn, and prints the medians.
fn ratio(n: usize) {
    let time = |frame: fn() -> ratatui::buffer::Buffer| {
        let start = Instant::now();
        black_box(frame());
        start.elapsed()
    };
    let (mut anchor, mut ours): (Vec<Duration>, Vec<Duration>) = (0..n.max(1))
        .map(|_| (time(anchor::frame), time(tradewatch_frame)))
        .unzip();
    let median = |times: &mut Vec<Duration>| {
        times.sort();
        times[times.len() / 2]
    };
    let (a, t) = (median(&mut anchor), median(&mut ours));
    println!(
        "{n} frames each, medians: anchor {a:.1?}, tradewatch {t:.1?}, ratio {:.3}",
        t.as_secs_f64() / a.as_secs_f64()
    );
}
