//! Control characters and escape sequences never reach the terminal: every
//! string of a briefing passes through here once, at load.

use super::Briefing;

/// Removes escape sequences (CSI, OSC and two-byte escapes) and control
/// characters. Tabs become spaces; newlines are kept only when `multiline`,
/// else they become spaces too.
pub fn sanitize_text(text: &str, multiline: bool) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{1b}' => match chars.next() {
                Some('[') => skip_csi(&mut chars),
                Some(']' | 'P' | '_' | '^' | 'X') => skip_string(&mut chars),
                _ => {}
            },
            '\u{9b}' => skip_csi(&mut chars),
            '\u{9d}' | '\u{90}' | '\u{9e}' | '\u{9f}' | '\u{98}' => skip_string(&mut chars),
            '\n' if multiline => out.push('\n'),
            '\n' | '\t' => out.push(' '),
            '\r' => {}
            c if c.is_control() => {}
            // Bidirectional overrides can make text display differently from what it says.
            '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => {}
            c => out.push(c),
        }
    }
    out
}

/// A CSI sequence ends at its first byte in 0x40..=0x7e.
fn skip_csi(chars: &mut impl Iterator<Item = char>) {
    for c in chars.by_ref() {
        if ('\u{40}'..='\u{7e}').contains(&c) {
            break;
        }
    }
}

/// OSC, DCS and friends end at BEL or ST (ESC \ or 0x9c).
fn skip_string(chars: &mut std::iter::Peekable<impl Iterator<Item = char>>) {
    while let Some(c) = chars.next() {
        match c {
            '\u{7}' | '\u{9c}' => break,
            '\u{1b}' => {
                if chars.peek() == Some(&'\\') {
                    chars.next();
                }
                break;
            }
            _ => {}
        }
    }
}

impl Briefing {
    /// Sanitises every string in place.
    pub(super) fn sanitize(&mut self) {
        let line = |s: &mut String| *s = sanitize_text(s, false);
        let opt = |s: &mut Option<String>| {
            if let Some(s) = s {
                *s = sanitize_text(s, false);
            }
        };
        line(&mut self.title);
        self.article = sanitize_text(&self.article, true);
        let src = &mut self.source;
        for s in [&mut src.outlet, &mut src.headline, &mut src.address] {
            line(s);
        }
        opt(&mut src.note);
        for t in &mut self.tariffs {
            line(&mut t.label);
            opt(&mut t.note);
            t.evidence.sanitize();
        }
        for s in &mut self.stops {
            line(&mut s.place);
            line(&mut s.country);
            opt(&mut s.purpose);
            s.meets.iter_mut().for_each(line);
            s.evidence.sanitize();
        }
        for q in &mut self.quotes {
            line(&mut q.speaker);
            line(&mut q.text);
            opt(&mut q.role);
            opt(&mut q.place);
            opt(&mut q.note);
            q.evidence.sanitize();
        }
        for e in &mut self.events {
            line(&mut e.label);
            e.people.iter_mut().for_each(line);
            e.evidence.sanitize();
        }
        for p in &mut self.people {
            line(&mut p.name);
            opt(&mut p.role);
            opt(&mut p.did);
            p.evidence.sanitize();
        }
    }
}

impl super::Evidence {
    fn sanitize(&mut self) {
        for s in [&mut self.article, &mut self.source].into_iter().flatten() {
            *s = sanitize_text(s, false);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::sanitize_text;

    #[test]
    fn strips_escape_sequences_and_controls() {
        assert_eq!(sanitize_text("a\u{1b}[31mred\u{1b}[0m b", false), "ared b");
        assert_eq!(sanitize_text("x\u{1b}]0;title\u{7}y", false), "xy");
        assert_eq!(sanitize_text("x\u{1b}]8;;http://e\u{1b}\\y", false), "xy");
        assert_eq!(sanitize_text("bell\u{7}\u{0}\r!", false), "bell!");
        assert_eq!(sanitize_text("a\tb\nc", false), "a b c");
        assert_eq!(sanitize_text("a\nb", true), "a\nb");
        assert_eq!(sanitize_text("\u{202e}evil", false), "evil");
        assert_eq!(sanitize_text("“It’s” 145%", false), "“It’s” 145%");
    }
}
