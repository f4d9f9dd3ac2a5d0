//! Live reload with real files in a scratch folder: what the dashboard's
//! state shows after its files are edited, broken, fixed, added and deleted
//! and read again as the terminal loop reads them; and that the watcher
//! calls back when they change.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use tradewatch::cli::inputs;
use tradewatch::dashboard::state::NOTHING_LEFT;
use tradewatch::dashboard::{Action, App, Pane};
use tradewatch::model::history::default_history;
use tradewatch::terminal::watch::{SETTLE, Watch};

use crate::helpers::{Scratch, draw, press, text};

/// How long a change may take to be seen, even on a loaded machine.
const DEADLINE: Duration = Duration::from_secs(10);

pub fn valid() -> String {
    std::fs::read_to_string(crate::helpers::project("tests/fixtures/valid.toml"))
        .expect("the valid fixture")
}

/// The valid fixture, titled `title`.
pub fn titled(title: &str) -> String {
    valid().replacen("A valid briefing", title, 1)
}

/// The dashboard on `paths`, as the command line opens it.
fn open(paths: &[PathBuf]) -> App {
    let inputs = inputs::load(paths, None).expect("the files load");
    let mut app =
        App::new(inputs.briefings, default_history().unwrap(), None).with_files(inputs.read);
    app.update(Action::Resize(120, 40));
    app
}

/// Reads `paths` again into `app`, as the terminal loop does; whether to redraw.
fn reload(app: &mut App, paths: &[PathBuf]) -> bool {
    app.reloaded(inputs::reread(paths, None))
}

/// The titles of the briefings, from the one shown on (`b` turns through
/// them, and back to it).
fn titles(app: &mut App) -> Vec<String> {
    let (_, n) = app.briefing_position();
    (0..n)
        .map(|_| {
            let title = app.briefing().title.clone();
            app.update(Action::NextBriefing);
            title
        })
        .collect()
}

fn footer(app: &App) -> String {
    text(&draw(app))
        .lines()
        .last()
        .unwrap_or_default()
        .to_owned()
}

#[test]
fn an_edited_title_shows_and_the_selection_stays_on_its_item() {
    let dir = Scratch::new();
    let file = dir.file("b.toml", valid());
    let paths = [file.clone()];
    let mut app = open(&paths);
    press(&mut app, "Down Tab");
    assert_eq!(app.ui.focus, Pane::Itinerary);
    let selected = |app: &App| {
        let i = app.selected_item(Pane::Tariffs).expect("a tariff selected");
        app.item_name(Pane::Tariffs, i)
    };
    let before = selected(&app);
    assert_eq!(app.selected(Pane::Tariffs), 1);

    // the title edited, and the tariff above the selected one removed
    let first = valid().find("[[tariffs]]").unwrap();
    let second = first + 1 + valid()[first + 1..].find("[[tariffs]]").unwrap();
    let mut edited = titled("Edited title");
    edited.replace_range(first..second, "");
    std::fs::write(&file, edited).unwrap();
    assert!(reload(&mut app, &paths), "a change redraws");

    assert_eq!(app.briefing().title, "Edited title");
    assert!(text(&draw(&app)).contains("Edited title"));
    assert_eq!(selected(&app), before, "the same tariff");
    assert_eq!(app.selected(Pane::Tariffs), 0, "now first");
    assert_eq!(app.ui.focus, Pane::Itinerary, "the focus stays");
    assert!(app.ui.problems.is_empty());
    assert!(!reload(&mut app, &paths), "nothing changed: no redraw");
}

#[test]
fn filters_stay_and_an_open_popup_survives_its_list_emptying() {
    let dir = Scratch::new();
    let file = dir.file("b.toml", valid());
    let paths = [file.clone()];
    let mut app = open(&paths);
    press(&mut app, "4 / g l a s s Enter");
    assert_eq!(
        app.len(Pane::People),
        1,
        "the filter lets George Glass through"
    );
    std::fs::write(&file, titled("Edited")).unwrap();
    reload(&mut app, &paths);
    assert_eq!(app.filter(Pane::People), "glass");
    assert_eq!(app.len(Pane::People), 1, "the filter still applies");

    press(&mut app, "1 Enter");
    assert!(app.ui.popup.is_some());
    // every tariff gone: the details popup has nothing to show, and says so
    let cut = valid().find("[[tariffs]]").unwrap()..valid().find("[[stops]]").unwrap();
    let mut edited = valid();
    edited.replace_range(cut, "");
    std::fs::write(&file, edited).unwrap();
    assert!(reload(&mut app, &paths));
    assert_eq!(app.len(Pane::Tariffs), 0);
    assert_eq!(app.selected_item(Pane::Tariffs), None);
    for (w, h) in [(120, 40), (50, 15), (20, 5)] {
        app.update(Action::Resize(w, h));
        draw(&app);
    }
}

#[test]
fn a_broken_file_keeps_the_last_good_briefing_and_says_where_until_fixed() {
    let dir = Scratch::new();
    let file = dir.file("b.toml", titled("First title"));
    let paths = [file.clone()];
    let mut app = open(&paths);

    std::fs::write(
        &file,
        titled("Broken title").replacen("as_of = ", "as_of = = ", 1),
    )
    .unwrap();
    assert!(reload(&mut app, &paths), "the error shows");
    assert_eq!(
        app.briefing().title,
        "First title",
        "the last good data stays"
    );
    let [problem] = app.ui.problems.as_slice() else {
        panic!("one problem: {:?}", app.ui.problems)
    };
    let at = format!("{}:2:", file.display());
    assert!(problem.starts_with(&at), "{problem:?} names {at}");
    let shown = footer(&app);
    assert!(shown.contains(&at), "the status line shows it: {shown:?}");
    assert!(
        !reload(&mut app, &paths),
        "still broken, nothing changed: no redraw"
    );
    press(&mut app, "Down");
    assert!(footer(&app).contains(&at), "a key does not dismiss it");

    std::fs::write(&file, titled("Fixed title")).unwrap();
    assert!(reload(&mut app, &paths));
    assert_eq!(app.briefing().title, "Fixed title");
    assert!(app.ui.problems.is_empty(), "fixing it clears the error");
    assert!(!footer(&app).contains(&at));
}

#[test]
fn a_control_character_in_an_error_is_escaped() {
    let dir = Scratch::new();
    let file = dir.file("b.toml", valid());
    let paths = [file.clone()];
    let mut app = open(&paths);
    std::fs::write(&file, "title = \"\x1b[31m\n").unwrap();
    reload(&mut app, &paths);
    let problem = &app.ui.problems[0];
    assert!(!problem.chars().any(char::is_control), "{problem:?}");
}

#[test]
fn articles_and_briefings_dropped_into_a_folder_appear_and_deleted_ones_go() {
    let dir = Scratch::new();
    dir.file("b.toml", titled("Briefing B"));
    let folder = [dir.path().to_path_buf()];
    let mut app = open(&folder);
    assert_eq!(titles(&mut app), ["Briefing B"]);

    dir.file("a.toml", titled("Briefing A"));
    dir.file(
        "c.txt",
        "title: An article\ndate: 2025-10-25\n\nTrump threatened an additional 100 percent tariff on Chinese imports from November 1.\n",
    );
    // editor leftovers are not briefings
    dir.file(".b.toml.swp", "not a briefing");
    dir.file("notes.md", "not a briefing");
    assert!(reload(&mut app, &folder));
    assert_eq!(
        app.briefing().title,
        "Briefing B",
        "the briefing shown stays"
    );
    assert_eq!(app.briefing_position(), (1, 3));
    assert_eq!(titles(&mut app), ["Briefing B", "An article", "Briefing A"]);
    assert!(app.ui.problems.is_empty(), "{:?}", app.ui.problems);

    std::fs::remove_file(dir.path().join("b.toml")).unwrap();
    assert!(reload(&mut app, &folder));
    // the briefing shown gone, the one now in its place is shown
    assert_eq!(app.briefing_position(), (1, 2));
    assert_eq!(titles(&mut app), ["An article", "Briefing A"]);

    // a file that does not load in a folder is named, the others shown
    dir.file("d.toml", "title = ");
    reload(&mut app, &folder);
    assert_eq!(app.briefing_position().1, 2);
    assert!(
        app.ui.problems[0].contains("d.toml:1:"),
        "{:?}",
        app.ui.problems
    );
}

#[test]
fn with_every_file_gone_the_last_briefings_stay_and_it_says_so() {
    let dir = Scratch::new();
    let file = dir.file("b.toml", titled("The last one"));
    let paths = [file.clone()];
    let mut app = open(&paths);
    std::fs::remove_file(&file).unwrap();
    assert!(reload(&mut app, &paths));
    assert_eq!(app.briefing().title, "The last one");
    assert_eq!(app.ui.problems, [NOTHING_LEFT]);
    // back again: shown, and the notice gone
    std::fs::write(&file, titled("Back again")).unwrap();
    assert!(reload(&mut app, &paths));
    assert_eq!(app.briefing().title, "Back again");
    assert!(app.ui.problems.is_empty());
}

#[test]
fn r_asks_the_loop_to_reload_and_says_what_came_of_it() {
    let dir = Scratch::new();
    let file = dir.file("b.toml", valid());
    let paths = [file.clone()];
    let mut app = open(&paths);
    press(&mut app, "r");
    assert!(app.reload, "a request to the terminal loop");
    reload(&mut app, &paths);
    assert!(!app.reload, "taken");
    assert_eq!(app.ui.status.as_deref(), Some("reloaded: nothing changed"));
    std::fs::write(&file, titled("Changed")).unwrap();
    press(&mut app, "r");
    reload(&mut app, &paths);
    assert_eq!(app.ui.status.as_deref(), Some("reloaded the briefing"));
    // the watcher's reloads say nothing, and clear what a key said before
    press(&mut app, "b");
    assert!(app.ui.status.is_some());
    std::fs::write(&file, titled("Changed again")).unwrap();
    reload(&mut app, &paths);
    assert_eq!(app.ui.status, None);
}

#[test]
fn r_on_the_embedded_briefings_says_there_is_nothing_to_reload() {
    let mut app = crate::helpers::app(120, 40);
    press(&mut app, "r");
    assert!(!app.reload);
    let status = app.ui.status.clone().unwrap_or_default();
    assert!(status.starts_with("nothing to reload"), "{status:?}");
}

#[test]
fn r_is_in_the_help_popup() {
    let mut app = crate::helpers::app(120, 60);
    press(&mut app, "?");
    let help = text(&draw(&app));
    assert!(help.contains("reload the files opened"), "{help}");
}

/// Watches `paths`; the receiver gets a message at each callback.
fn watch(paths: &[PathBuf]) -> (Watch, mpsc::Receiver<()>) {
    let (send, calls) = mpsc::channel();
    let watch = Watch::start(paths, SETTLE, move || {
        let _ = send.send(());
    })
    .expect("the files are watched");
    (watch, calls)
}

fn called(calls: &mpsc::Receiver<()>, what: &str) {
    calls
        .recv_timeout(DEADLINE)
        .unwrap_or_else(|_| panic!("no callback after {what}"));
}

#[test]
fn the_watcher_calls_back_when_a_file_opened_changes() {
    let dir = Scratch::new();
    let file = dir.file("b.toml", valid());
    let (_watch, calls) = watch(std::slice::from_ref(&file));
    std::fs::write(&file, titled("Edited")).unwrap();
    called(&calls, "an edit");
    // an editor's save: a new file renamed over the old one
    let new = dir.file("b.toml.new", titled("Saved"));
    std::fs::rename(&new, &file).unwrap();
    called(&calls, "a save by rename");
    std::fs::write(&file, titled("Edited after the rename")).unwrap();
    called(&calls, "an edit of the renamed file");
    std::fs::remove_file(&file).unwrap();
    called(&calls, "a deletion");
}

#[test]
fn the_watcher_calls_back_when_a_folder_opened_changes() {
    let dir = Scratch::new();
    dir.file("a.toml", valid());
    let (_watch, calls) = watch(&[dir.path().to_path_buf()]);
    dir.file("b.txt", "an article");
    called(&calls, "a new file");
    std::fs::remove_file(dir.path().join("a.toml")).unwrap();
    called(&calls, "a deletion");
}

#[test]
fn a_relative_path_is_watched_too() {
    // the events name the folder by its full name
    let dir = Scratch::new();
    let file = dir.file("b.toml", valid());
    let here = std::env::current_dir().unwrap();
    let relative = relative_to(&here, &file);
    let (_watch, calls) = watch(&[relative]);
    std::fs::write(&file, titled("Edited")).unwrap();
    called(&calls, "an edit");
}

/// `path` relative to `from`, both absolute.
fn relative_to(from: &Path, path: &Path) -> PathBuf {
    let ups = from.components().count() - 1;
    let mut relative: PathBuf = std::iter::repeat_n("..", ups).collect();
    relative.push(path.strip_prefix("/").unwrap());
    relative
}
