//! The key bindings, in one table: key handling, the footer hints and the
//! help popup all read `BINDINGS`, whose number keys come from the pane
//! registry. Keys reach the table by name, as `key_name` names a key event.

use ratatui::crossterm::event::{
    KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use ratatui::layout::Position;

use crate::dashboard::panes::Pane;
use crate::dashboard::state::{Action, App, Wheel};

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Always, popup or not.
    Everywhere,
    /// On the dashboard, when no popup is open.
    Dashboard,
    /// While a popup is open.
    Popup,
    /// While typing a filter; other characters are typed into it.
    Filter,
}

impl Scope {
    pub const ALL: [Scope; 4] = [
        Scope::Dashboard,
        Scope::Popup,
        Scope::Filter,
        Scope::Everywhere,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Scope::Everywhere => "Everywhere",
            Scope::Dashboard => "Dashboard",
            Scope::Popup => "In a popup",
            Scope::Filter => "While filtering (letters are typed into the filter)",
        }
    }

    /// The scope the app is in.
    pub fn of(app: &App) -> Scope {
        if app.ui.popup.is_some() {
            Scope::Popup
        } else if app.ui.filtering {
            Scope::Filter
        } else {
            Scope::Dashboard
        }
    }
}

#[derive(Clone, Copy)]
pub struct Binding {
    /// Key names, as `key_name` names key events and `snapshot --keys` takes them.
    pub keys: &'static [&'static str],
    pub action: Action,
    pub scope: Scope,
    /// What it does, for the help popup.
    pub help: &'static str,
    /// The footer's short form; `None` keeps it out of the footer.
    pub hint: Option<&'static str>,
}

const fn bind(
    keys: &'static [&'static str],
    action: Action,
    scope: Scope,
    help: &'static str,
    hint: Option<&'static str>,
) -> Binding {
    Binding {
        keys,
        action,
        scope,
        help,
        hint,
    }
}

use Scope::{Dashboard, Everywhere, Filter, Popup};

/// Every binding, in help order: moving the focus, each pane's number key
/// (made from the pane registry), then the rest.
pub const BINDINGS: &[Binding] = &TABLE;

const TABLE: [Binding; FOCUS_MOVES.len() + Pane::ALL.len() + OTHERS.len()] = {
    let mut table = [FOCUS_MOVES[0]; FOCUS_MOVES.len() + Pane::ALL.len() + OTHERS.len()];
    let mut n = 0;
    while n < FOCUS_MOVES.len() {
        table[n] = FOCUS_MOVES[n];
        n += 1;
    }
    let mut p = 0;
    while p < Pane::ALL.len() {
        let pane = Pane::ALL[p];
        let help = pane.spec().focus_help;
        table[n] = bind(NUMBER_KEYS[p], Action::Focus(pane), Dashboard, help, None);
        n += 1;
        p += 1;
    }
    let mut o = 0;
    while o < OTHERS.len() {
        table[n] = OTHERS[o];
        n += 1;
        o += 1;
    }
    table
};

/// The keys that focus a pane by its number in the tabs (a tenth pane would
/// need a key of its own: the table above then fails to compile).
const NUMBER_KEYS: [&[&str]; 9] = [
    &["1"],
    &["2"],
    &["3"],
    &["4"],
    &["5"],
    &["6"],
    &["7"],
    &["8"],
    &["9"],
];

const FOCUS_MOVES: &[Binding] = &[
    bind(
        &["Tab"],
        Action::FocusNext,
        Dashboard,
        "focus the next pane",
        Some("pane"),
    ),
    bind(
        &["Shift-Tab"],
        Action::FocusPrev,
        Dashboard,
        "focus the previous pane",
        None,
    ),
];

const OTHERS: &[Binding] = &[
    bind(
        &["Up", "k", "Left", "h"],
        Action::Up,
        Dashboard,
        "select the previous item",
        Some("select"),
    ),
    bind(
        &["Down", "j", "Right", "l"],
        Action::Down,
        Dashboard,
        "select the next item",
        None,
    ),
    bind(&["PgUp"], Action::PageUp, Dashboard, "move up a page", None),
    bind(
        &["PgDn"],
        Action::PageDown,
        Dashboard,
        "move down a page",
        None,
    ),
    bind(
        &["Home"],
        Action::First,
        Dashboard,
        "select the first item",
        None,
    ),
    bind(
        &["End"],
        Action::Last,
        Dashboard,
        "select the last item",
        None,
    ),
    bind(
        &["Enter"],
        Action::Open,
        Dashboard,
        "open the selected item's details",
        Some("details"),
    ),
    bind(
        &["s"],
        Action::Source,
        Dashboard,
        "jump between an item and its sentence in the source",
        Some("source"),
    ),
    bind(
        &["p"],
        Action::People,
        Dashboard,
        "jump from a stop, event or quote to the people involved",
        None,
    ),
    bind(
        &["/"],
        Action::StartFilter,
        Dashboard,
        "filter the focused list by text",
        Some("filter"),
    ),
    bind(
        &["b"],
        Action::NextBriefing,
        Dashboard,
        "show the next loaded briefing",
        Some("briefing"),
    ),
    bind(
        &["B"],
        Action::PrevBriefing,
        Dashboard,
        "show the previous loaded briefing",
        None,
    ),
    bind(
        &["e"],
        Action::Export,
        Dashboard,
        "save the screen as an SVG picture",
        None,
    ),
    bind(
        &["y"],
        Action::Copy,
        Dashboard,
        "copy the selected item and its evidence to the clipboard",
        None,
    ),
    bind(
        &["n"],
        Action::CountryNames,
        Dashboard,
        "show or hide country names on the map",
        None,
    ),
    bind(
        &["r"],
        Action::Reload,
        Dashboard,
        "reload the files opened (they are also watched)",
        None,
    ),
    bind(
        &["Esc"],
        Action::Back,
        Dashboard,
        "go back: clear the filter, or return from s or p",
        None,
    ),
    bind(
        &["Enter"],
        Action::FilterDone,
        Filter,
        "keep the filter",
        Some("keep"),
    ),
    bind(
        &["Esc"],
        Action::FilterClear,
        Filter,
        "clear the filter",
        Some("clear"),
    ),
    bind(
        &["Backspace"],
        Action::FilterBackspace,
        Filter,
        "delete the last character",
        None,
    ),
    bind(
        &["Up", "k"],
        Action::Up,
        Popup,
        "scroll up a line",
        Some("scroll"),
    ),
    bind(
        &["Down", "j"],
        Action::Down,
        Popup,
        "scroll down a line",
        None,
    ),
    bind(&["PgUp"], Action::PageUp, Popup, "scroll up a page", None),
    bind(
        &["PgDn"],
        Action::PageDown,
        Popup,
        "scroll down a page",
        None,
    ),
    bind(&["Home"], Action::First, Popup, "scroll to the top", None),
    bind(
        &["e"],
        Action::Export,
        Popup,
        "save the screen, popup and all, as an SVG picture",
        None,
    ),
    bind(&["End"], Action::Last, Popup, "scroll to the bottom", None),
    bind(
        &["Esc", "Enter"],
        Action::Close,
        Popup,
        "close the popup",
        Some("close"),
    ),
    bind(
        &["?"],
        Action::Help,
        Everywhere,
        "show or hide this help",
        Some("help"),
    ),
    bind(
        &["q", "Ctrl-C"],
        Action::Quit,
        Everywhere,
        "quit",
        Some("quit"),
    ),
    bind(
        &["Ctrl-Z"],
        Action::Suspend,
        Everywhere,
        "suspend to the shell (fg resumes)",
        None,
    ),
];

/// Every key name the keymap knows, in table order, each once.
pub fn key_names() -> Vec<&'static str> {
    let mut names: Vec<&'static str> = Vec::new();
    for key in BINDINGS.iter().flat_map(|b| b.keys.iter()) {
        if !names.contains(key) {
            names.push(key);
        }
    }
    names
}

/// The bindings that apply now.
pub fn active(scope: Scope) -> impl Iterator<Item = &'static Binding> {
    BINDINGS
        .iter()
        .filter(move |b| b.scope == scope || b.scope == Everywhere)
}

/// The action bound to the key called `name` in `scope`.
pub fn action_for(name: &str, scope: Scope) -> Option<Action> {
    active(scope)
        .find(|b| b.keys.contains(&name))
        .map(|b| b.action)
}

/// Presses the key called `name` (as the help popup names it); returns whether
/// anything visible changed. Keys bound to nothing here do nothing.
pub fn press(app: &mut App, name: &str) -> bool {
    let scope = Scope::of(app);
    let mut chars = name.chars();
    let typed = match (chars.next(), chars.next()) {
        (Some(c), None) if scope == Filter => Some(Action::FilterChar(c)),
        _ => None,
    };
    typed
        .or_else(|| action_for(name, scope))
        .is_some_and(|action| app.update(action))
}

/// The footer: the short hints of the bindings that apply now. Arrow keys
/// are shown as arrows; unless `compact`, the Enter hint names the focused
/// pane's item and Tab shows its Shift-Tab twin. While filtering, a binding
/// shows a key that is not typed into the filter, or not at all; `b` shows
/// only when there are `briefings` to turn to.
pub fn hints(scope: Scope, focus: Pane, briefings: usize, compact: bool) -> Vec<(String, String)> {
    active(scope)
        .filter_map(|b| {
            let hint = b.hint?;
            let pressable = |k: &&&str| scope != Filter || k.chars().nth(1).is_some();
            let key = b.keys.iter().find(pressable)?;
            let keys = match b.action {
                Action::FocusNext if !compact => "Tab/S-Tab".to_owned(),
                Action::Up => "↑↓".to_owned(),
                Action::NextBriefing if briefings < 2 => return None,
                _ => (*key).to_owned(),
            };
            let hint = match b.action {
                Action::Open if !compact => format!("{} {hint}", focus.spec().noun),
                _ => hint.to_owned(),
            };
            Some((keys, hint))
        })
        .collect()
}

/// What a mouse event does: a left press clicks (`double` when the terminal
/// loop saw a press at the same cell just before), the wheel scrolls; other
/// events do nothing.
pub fn mouse_action(event: &MouseEvent, double: bool) -> Option<Action> {
    let at = Position::new(event.column, event.row);
    match event.kind {
        MouseEventKind::Down(MouseButton::Left) => Some(Action::Click { at, double }),
        MouseEventKind::ScrollUp => Some(Action::Wheel(at, Wheel::Up)),
        MouseEventKind::ScrollDown => Some(Action::Wheel(at, Wheel::Down)),
        _ => None,
    }
}

/// The name of a key event, or `None` for keys tradewatch does not name.
pub fn key_name(event: &KeyEvent) -> Option<String> {
    let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
    let name = match event.code {
        KeyCode::Char('c') | KeyCode::Char('C') if ctrl => return Some("Ctrl-C".into()),
        KeyCode::Char('z') | KeyCode::Char('Z') if ctrl => return Some("Ctrl-Z".into()),
        _ if ctrl || event.modifiers.contains(KeyModifiers::ALT) => return None,
        KeyCode::Char(c) => return Some(c.to_string()),
        KeyCode::Tab if event.modifiers.contains(KeyModifiers::SHIFT) => "Shift-Tab",
        KeyCode::Tab => "Tab",
        KeyCode::BackTab => "Shift-Tab",
        KeyCode::Enter => "Enter",
        KeyCode::Backspace => "Backspace",
        KeyCode::Esc => "Esc",
        KeyCode::Up => "Up",
        KeyCode::Down => "Down",
        KeyCode::Left => "Left",
        KeyCode::Right => "Right",
        KeyCode::PageUp => "PgUp",
        KeyCode::PageDown => "PgDn",
        KeyCode::Home => "Home",
        KeyCode::End => "End",
        _ => return None,
    };
    Some(name.into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::KeyEventKind;

    fn ev(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
        KeyEvent::new_with_kind(code, modifiers, KeyEventKind::Press)
    }

    #[test]
    fn every_bound_key_name_is_one_key_name_can_produce() {
        let produced = [
            ev(KeyCode::Tab, KeyModifiers::NONE),
            ev(KeyCode::BackTab, KeyModifiers::SHIFT),
            ev(KeyCode::Enter, KeyModifiers::NONE),
            ev(KeyCode::Esc, KeyModifiers::NONE),
            ev(KeyCode::Up, KeyModifiers::NONE),
            ev(KeyCode::Down, KeyModifiers::NONE),
            ev(KeyCode::Left, KeyModifiers::NONE),
            ev(KeyCode::Right, KeyModifiers::NONE),
            ev(KeyCode::PageUp, KeyModifiers::NONE),
            ev(KeyCode::PageDown, KeyModifiers::NONE),
            ev(KeyCode::Home, KeyModifiers::NONE),
            ev(KeyCode::End, KeyModifiers::NONE),
            ev(KeyCode::Char('c'), KeyModifiers::CONTROL),
            ev(KeyCode::Char('z'), KeyModifiers::CONTROL),
            ev(KeyCode::Backspace, KeyModifiers::NONE),
        ]
        .map(|e| key_name(&e).unwrap());
        for b in BINDINGS {
            for k in b.keys {
                assert!(
                    k.chars().count() == 1 || produced.contains(&k.to_string()),
                    "{k} cannot be typed"
                );
            }
        }
    }

    #[test]
    fn no_key_is_bound_twice_in_one_scope() {
        for scope in [Dashboard, Popup, Filter] {
            let mut seen = Vec::new();
            for b in active(scope) {
                for k in b.keys {
                    assert!(!seen.contains(k), "{k} bound twice ({scope:?})");
                    seen.push(k);
                }
            }
        }
    }

    #[test]
    fn esc_goes_back_closes_a_popup_and_clears_a_filter_but_never_quits() {
        assert_eq!(action_for("Esc", Dashboard), Some(Action::Back));
        assert_eq!(action_for("Esc", Popup), Some(Action::Close));
        assert_eq!(action_for("Esc", Filter), Some(Action::FilterClear));
        assert_eq!(action_for("Tab", Popup), None);
        assert_eq!(key_name(&ev(KeyCode::Char('x'), KeyModifiers::ALT)), None);
        for scope in Scope::ALL {
            assert_ne!(action_for("Esc", scope), Some(Action::Quit), "{scope:?}");
        }
    }

    #[test]
    fn the_filter_footer_shows_no_key_that_would_be_typed() {
        let hints = hints(Filter, Pane::Tariffs, 1, false);
        let keys: Vec<&str> = hints.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, ["Enter", "Esc", "Ctrl-C"]);
        assert!(!hints.iter().any(|(_, h)| h == "help"), "{hints:?}");
    }

    #[test]
    fn the_briefing_key_shows_only_with_briefings_to_turn_to() {
        let shows_b = |n| {
            hints(Dashboard, Pane::Tariffs, n, false)
                .iter()
                .any(|(k, _)| k == "b")
        };
        assert!(!shows_b(1));
        assert!(shows_b(2));
    }
}
