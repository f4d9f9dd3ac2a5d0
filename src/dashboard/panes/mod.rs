//! The panes. Each pane's file holds everything about it, in one `Spec`: its
//! names, its list, what a filter matches, its evidence, how it draws its list
//! and its detail popup. `register!` below is the one list of panes: adding a
//! pane is a new file and a line there; the tabs, the number keys, the help,
//! the footer and the grid follow from it.

mod context;
mod item_set;
mod spec;

pub use context::{Context, Data, Involved, Items, ListView, Summary, Window, window};
pub use item_set::{Bits, ItemSet, words_for};
pub use spec::{Detail, Page, Spec};

/// Declares each pane's file and its name in `Pane`, in tab order.
macro_rules! register {
    ($($pane:ident: $file:ident),+ $(,)?) => {
        $(pub mod $file;)+

        /// A pane, by its tab's name.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Pane {
            $($pane),+
        }

        impl Pane {
            /// Every pane, in tab order.
            pub const ALL: &[Pane] = &[$(Pane::$pane),+];

            /// Everything about the pane.
            pub const fn spec(self) -> &'static Spec {
                match self {
                    $(Pane::$pane => &$file::SPEC),+
                }
            }
        }
    };
}

register! {
    Tariffs: tariffs,
    Itinerary: itinerary,
    Quotes: quotes,
    People: people,
    History: history,
    Timeline: timeline,
    Source: source,
}

impl Pane {
    /// Its place in the tabs, from 0.
    pub const fn index(self) -> usize {
        self as usize
    }

    pub fn title(self) -> &'static str {
        self.spec().title
    }

    pub fn next(self) -> Pane {
        Pane::ALL[(self.index() + 1) % Pane::ALL.len()]
    }

    pub fn prev(self) -> Pane {
        Pane::ALL[(self.index() + Pane::ALL.len() - 1) % Pane::ALL.len()]
    }

    /// The panes of a grid page, in tab order.
    pub fn on(page: Page) -> Vec<Pane> {
        Pane::ALL
            .iter()
            .copied()
            .filter(|p| p.spec().page == page)
            .collect()
    }
}
