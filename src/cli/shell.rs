//! Shell completions and the man page, both made from the clap definitions,
//! so they name every command and flag the program takes.

use clap::CommandFactory;
use clap_complete::Shell;

use super::Cli;

/// The completion script for `shell`.
pub fn completions(shell: Shell) -> Vec<u8> {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "tradewatch", &mut out);
    out
}

/// The man page, in roff, for `man -l -`.
pub fn man_page() -> Vec<u8> {
    let mut out = Vec::new();
    clap_mangen::Man::new(Cli::command())
        .render(&mut out)
        .expect("writing to a Vec cannot fail");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shell_gets_a_script_naming_the_commands() {
        for shell in [
            Shell::Bash,
            Shell::Zsh,
            Shell::Fish,
            Shell::Elvish,
            Shell::PowerShell,
        ] {
            let script = String::from_utf8(completions(shell)).unwrap();
            for word in ["tradewatch", "snapshot", "ingest", "no-mouse"] {
                assert!(script.contains(word), "{shell}: no {word}");
            }
        }
    }
}
