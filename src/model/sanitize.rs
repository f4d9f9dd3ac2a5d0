//! Control characters and escape sequences never reach the terminal: every
//! string of a briefing passes through here once, at load. Anything that
//! echoes input elsewhere (messages, file names) goes through [`escape`].

use super::Briefing;
use super::scan::printable_ascii;

/// Removes escape sequences (CSI, OSC and two-byte escapes), control
/// characters and invisible characters. Tabs become spaces; newlines (and
/// Unicode line and paragraph separators) are kept only when `multiline`,
/// else they become spaces too. Emoji sequences are taken apart so that each
/// cell's width agrees with what terminals draw (see [`is_width_ambiguous`]).
pub fn sanitize_text(text: &str, multiline: bool) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    loop {
        // printable ASCII, most of any text, is kept as it is: a run at a time
        let plain = printable_ascii(rest.as_bytes());
        out.push_str(&rest[..plain]);
        let mut chars = rest[plain..].chars();
        let Some(c) = chars.next() else { break };
        match c {
            '\u{1b}' => match chars.next() {
                Some('[') => skip_csi(&mut chars),
                Some(']' | 'P' | '_' | '^' | 'X') => skip_string(&mut chars),
                _ => {}
            },
            '\u{9b}' => skip_csi(&mut chars),
            '\u{9d}' | '\u{90}' | '\u{9e}' | '\u{9f}' | '\u{98}' => skip_string(&mut chars),
            '\n' | '\u{2028}' | '\u{2029}' if multiline => out.push('\n'),
            '\n' | '\t' | '\u{2028}' | '\u{2029}' => out.push(' '),
            c if c.is_control() || is_invisible(c) || is_width_ambiguous(c) => {}
            c => out.push(c),
        }
        rest = chars.as_str();
    }
    out
}

/// Characters that draw nothing yet change what text says or how it is laid
/// out: zero-width spaces and marks, bidirectional controls (which can make
/// text display differently from what it says), the byte-order mark,
/// invisible operators and tags, and noncharacters (which XML forbids).
fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{200b}' | '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{feff}'
        | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}'
        | '\u{e0000}'..='\u{e007f}' | '\u{fdd0}'..='\u{fdef}')
        || u32::from(c) & 0xfffe == 0xfffe
}

/// The joiners, variation selectors and skin-tone modifiers of emoji
/// sequences: terminals disagree on how wide the joined glyph is (one emoji,
/// or each part side by side), so the parts are kept and the glue dropped,
/// and every terminal draws them at the width the layout counted.
fn is_width_ambiguous(c: char) -> bool {
    matches!(
        c,
        '\u{200d}' | '\u{fe0e}' | '\u{fe0f}' | '\u{1f3fb}'..='\u{1f3ff}'
    )
}

/// Runs of white space (line breaks included) folded to one space, the ends
/// trimmed: a sentence still matches its evidence when a file wraps it, and a
/// parser's message fits on one line.
pub fn fold_whitespace(text: &str) -> String {
    // as `split_whitespace` joined by spaces, but a run of other bytes is
    // copied at once and only bytes outside ASCII are decoded: validation
    // folds a whole article
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < bytes.len() {
        let word = i;
        while i < bytes.len() {
            let b = bytes[i];
            if b < 0x80 {
                if matches!(b, b'\t'..=b'\r' | b' ') {
                    break;
                }
                i += 1;
            } else {
                let c = text[i..].chars().next().unwrap_or_default();
                if c.is_whitespace() {
                    break;
                }
                i += c.len_utf8();
            }
        }
        if i > word {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&text[word..i]);
        }
        // the white space after the word
        while let Some(c) = text[i..].chars().next().filter(|c| c.is_whitespace()) {
            i += c.len_utf8();
        }
    }
    out
}

/// `text` with every control, invisible and emoji-joining character written
/// visibly (`\u{1b}`, `\n`), for messages that quote input.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() || is_invisible(c) || is_width_ambiguous(c) => {
                out.extend(c.escape_unicode())
            }
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
fn skip_string(chars: &mut std::str::Chars) {
    while let Some(c) = chars.next() {
        match c {
            '\u{7}' | '\u{9c}' => break,
            '\u{1b}' => {
                if chars.as_str().starts_with('\\') {
                    chars.next();
                }
                break;
            }
            _ => {}
        }
    }
}

impl Briefing {
    /// Sanitises every string in place: done at load, and to a draft drawn
    /// from an article, whose names and labels may span lines.
    pub fn sanitize(&mut self) {
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
            opt(&mut e.place);
            e.evidence.sanitize();
        }
        for p in &mut self.people {
            line(&mut p.name);
            opt(&mut p.role);
            opt(&mut p.did);
            p.evidence.sanitize();
        }
        for s in &mut self.places {
            line(&mut s.name);
            line(&mut s.country);
            s.evidence.sanitize();
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
    use super::{escape, sanitize_text};

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

    #[test]
    fn strips_invisible_characters_and_noncharacters() {
        let hidden = "a\u{200b}b\u{200e}c\u{200f}d\u{61c}e\u{feff}f\u{fffe}g\u{ffff}h\u{1fffe}i";
        assert_eq!(sanitize_text(hidden, false), "abcdefghi");
        assert_eq!(sanitize_text("a\u{2028}b\u{2029}c", false), "a b c");
        assert_eq!(sanitize_text("a\u{2028}b", true), "a\nb");
        assert_eq!(
            sanitize_text("é 吉隆坡 \u{fffd}", false),
            "é 吉隆坡 \u{fffd}"
        );
    }

    #[test]
    fn takes_emoji_sequences_apart() {
        // heart + VS16; family (man ZWJ woman ZWJ girl); thumbs up + skin tone; keycap
        let joined = "\u{2764}\u{fe0f} \u{1f468}\u{200d}\u{1f469}\u{200d}\u{1f467} \u{1f44d}\u{1f3fd} 1\u{fe0f}\u{20e3}";
        assert_eq!(
            sanitize_text(joined, false),
            "\u{2764} \u{1f468}\u{1f469}\u{1f467} \u{1f44d} 1\u{20e3}"
        );
        // flags are pairs of regional indicators, drawn two cells wide everywhere
        assert_eq!(
            sanitize_text("\u{1f1e8}\u{1f1f3}", false),
            "\u{1f1e8}\u{1f1f3}"
        );
    }

    #[test]
    fn folds_white_space_as_split_whitespace_does() {
        for text in [
            "",
            "  ",
            "a",
            " a  b\tc\n\r\u{b}d\u{c} ",
            "x\u{85}y\u{a0}z\u{2028}w\u{3000}v\u{202f}",
            "é  吉隆坡\u{2003}\u{200b}q",
        ] {
            let want = text.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(super::fold_whitespace(text), want, "{text:?}");
        }
    }

    #[test]
    fn escapes_what_it_would_strip() {
        assert_eq!(
            escape("u\u{1b}]0;TITLE\u{7}s\n\u{202e}x é"),
            "u\\u{1b}]0;TITLE\\u{7}s\\n\\u{202e}x é"
        );
    }
}
