//! What `y` copies: the selected item as plain text, in full.

use super::App;

/// The width the copied text is wrapped to: an email's or a chat's.
const COPY_WIDTH: u16 = 78;

impl App {
    /// The focused pane's selected item as its detail popup tells it (what
    /// it says, then what it rests on), as plain text; `None` when the list
    /// is empty.
    pub fn copy_text(&self) -> Option<String> {
        let pane = self.ui.focus;
        let i = self.selected_item(pane)?;
        let detail = (pane.spec().detail)(&self.context(), i, COPY_WIDTH);
        let mut out = detail.title.trim().to_owned();
        out.push('\n');
        for line in &detail.lines {
            let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
            out.push_str(text.trim_end());
            out.push('\n');
        }
        Some(out)
    }
}
