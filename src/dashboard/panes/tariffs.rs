//! The tariffs pane: the figures in a table, each with its status and what it
//! amounts to; then bars that make the sizes comparable at a glance, suspended
//! and threatened points stacked on the rate in force, and the status legend.

mod bars;
mod table;

use chrono::{Datelike, NaiveDate};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Text};

use self::bars::{chart, longest};
use self::table::{TableRow, table};
use super::context::{Context, ListView, Summary, window};
use super::spec::{Detail, Page, Spec, nobody};
use crate::dashboard::{cells, split};
use crate::dashboard::text::{
    NOT_GIVEN, date, evidence_fields, field, figure, lines_h, outlook, short_date,
    wrap, wrapped,
};
use crate::dashboard::theme::theme;
use crate::model::{Briefing, Party, Tariff, TariffStatus};

pub const SPEC: Spec = Spec {
    title: "Tariffs",
    noun: "tariff",
    focus_help: "focus the tariffs pane",
    page: Page::Today,
    draw_list: table_and_bars,
    detail: tariff_in_full,
    len: |d| d.briefing().tariffs.len(),
    filter_text: |d, i| {
        let t = &d.briefing().tariffs[i];
        format!(
            "{} {} {} {}",
            t.rate,
            t.direction(),
            t.status.label(),
            t.label
        )
    },
    evidence: |d, i| Some(d.briefing().tariffs.get(i)?.evidence.clone()),
    name: |d, i| {
        let t = &d.briefing().tariffs[i];
        format!("tariff {}% {}", t.rate, t.direction())
    },
    people: nobody,
    own_briefing: None,
    summary: Some(|d| Summary::new(Digest::of(d.briefing()))),
    lines: None,
};

const RATE_W: u16 = 6;
const WHO_W: u16 = 12;
const STATUS_W: u16 = 10;
/// The "What" column wraps onto at most this many lines when it is at least
/// `WRAP_FROM` wide; narrower, it is one line and the selected row is told in
/// full under the table. Enter shows it all in any case.
const WHAT_LINES: usize = 3;
const WRAP_FROM: u16 = 30;

/// The table of figures over the bars and their legend. Only the rows and
/// bars on screen are built; what is worked out over all the tariffs (the
/// date column's width, the longest bar, the kind of figure) is arithmetic.
fn table_and_bars(ctx: &Context, list: &ListView, area: Rect, buf: &mut Buffer) {
    let b = ctx.data.briefing();
    let items = list.items;
    let own;
    let digest = match list.summary.get::<Digest>() {
        Some(digest) => digest,
        None => {
            own = Digest::of(b);
            &own
        }
    };
    let (bases, date_w) = (&digest.bases, digest.date_w);
    // `window` and the loops below ask only for positions below the length
    let tariff = |k: usize| &b.tariffs[items.get(k).unwrap_or_default()];
    let selected = list.selected;
    let selection = (selected, theme().selection(list.focused));
    let what_w = area
        .width
        .saturating_sub(RATE_W + WHO_W + STATUS_W + date_w + 4);
    let max_lines = if what_w >= WRAP_FROM { WHAT_LINES } else { 1 };
    let row = |k: usize| table_row(b, tariff(k), bases, what_w, max_lines);
    // the table is as tall as its rows, and rows past the pane's height
    // cannot make it taller: they are measured only that far, and kept for
    // the draw, as wrapping their "What" is most of what a row costs
    let mut built: Vec<Option<TableRow>> = Vec::new();
    let mut rows_h = 0usize;
    for k in 0..items.len() {
        crate::dashboard::work::row();
        let r = row(k);
        rows_h += usize::from(r.height);
        built.push(Some(r));
        if rows_h > usize::from(area.height) {
            break;
        }
    }
    let table_h = lines_h(rows_h.saturating_add(1));
    // the selected row in full when the table had to cut it, and what kind
    // of rate every figure is: both matter more than the bars
    let mut notes: Vec<Line> = Vec::new();
    let own_row;
    let selected_row = match built.get(selected) {
        Some(r) => r.as_ref(),
        None => {
            own_row = (selected < items.len()).then(|| row(selected));
            own_row.as_ref()
        }
    };
    if let Some(r) = selected_row.filter(|r| r.cut) {
        notes.extend(wrapped(&r.what, area.width, theme().text));
    }
    if let Some(kind) = digest.kind {
        notes.extend(wrapped(&format!("All figures: {kind}."), area.width, theme().dim));
    }
    let notes_h = lines_h(notes.len());
    let [table_area, notes_area, _, chart_area] = match split::rows(area, [table_h, notes_h, 1]) {
        Some(([table, notes, gap], chart)) => [table, notes, gap, chart],
        None => Layout::vertical([
            Constraint::Length(table_h),
            Constraint::Length(notes_h),
            Constraint::Length(1),
            Constraint::Fill(1),
        ])
        .areas(area),
    };
    // below the heading, the rows ratatui's table shows: those from the top,
    // or those ending at the selected one, and one more in part if there is room
    let max = usize::from(table_area.height.saturating_sub(1));
    let kept = |k: usize| built.get_mut(k).and_then(Option::take).unwrap_or_else(|| row(k));
    let shown = window(items.len(), Some(selected), max, kept, |r| usize::from(r.height));
    // under the heading, the rows shown whole
    let mut y = table_area.y.saturating_add(1);
    for (k, r) in shown.rows.iter().enumerate() {
        list.mark_drawn(Rect::new(table_area.x, y, table_area.width, r.height), shown.first + k);
        y = y.saturating_add(r.height);
    }
    let mut rows = shown.rows;
    rows.extend(shown.next.filter(|_| shown.used < max));
    table(rows, date_w, (selected.saturating_sub(shown.first), selection.1), table_area, buf);
    cells::paragraph(&notes, notes_area, buf);
    chart(b, items, digest, selection, chart_area, buf);
}

/// What the table and bars need of every tariff, worked out once per
/// briefing rather than at every key (`Spec::summary`).
struct Digest {
    bases: Bases,
    date_w: u16,
    /// The longest bar's total.
    max: f64,
    /// The kind of figure all share, if they do.
    kind: Option<&'static str>,
}

impl Digest {
    fn of(b: &Briefing) -> Digest {
        let bases = Bases::of(b);
        let tariffs = || b.tariffs.iter();
        Digest {
            date_w: date_w(b, tariffs()),
            max: longest(&bases, tariffs()),
            kind: common_kind(tariffs()),
            bases,
        }
    }
}

/// The rate in force in each direction, which suspended and additional
/// rates stack on: `Briefing::in_force_under` for every tariff in one pass.
struct Bases(Vec<(Party, Party, Option<f64>)>);

impl Bases {
    fn of(b: &Briefing) -> Bases {
        let mut found: Vec<(Party, Party, Option<f64>)> = Vec::new();
        for t in b.tariffs.iter().filter(|t| t.status == TariffStatus::InForce) {
            match found.iter_mut().find(|(i, o, _)| (*i, *o) == (t.imposer, t.target)) {
                // none unless exactly one is in force
                Some(entry) => entry.2 = None,
                None => found.push((t.imposer, t.target, Some(t.rate))),
            }
        }
        Bases(found)
    }

    fn under(&self, t: &Tariff) -> Option<f64> {
        self.0
            .iter()
            .find(|(i, o, _)| (*i, *o) == (t.imposer, t.target))
            .and_then(|e| e.2)
    }
}

/// The date column's width: days of the briefing's year are short. Counted,
/// not formatted, as it looks at every tariff shown.
fn date_w<'t>(b: &Briefing, tariffs: impl Iterator<Item = &'t Tariff>) -> u16 {
    let year = b.as_of.year();
    let width = |d: NaiveDate| {
        let day = if d.day() < 10 { 1 } else { 2 };
        // "1 Oct", or "1 Oct 2026" outside the year
        if d.year() == year {
            day + 4
        } else if (0..=9999).contains(&d.year()) {
            day + 9
        } else {
            short_date(d, year).chars().count()
        }
    };
    lines_h(
        tariffs
            .filter_map(|t| t.date)
            .map(width)
            .max()
            .unwrap_or(0)
            .max("From".len()),
    )
}

/// The date column of a tariff with no date.
const NO_DATE: &str = "—";

fn table_row(b: &Briefing, t: &Tariff, bases: &Bases, what_w: u16, max_lines: usize) -> TableRow {
    let year = b.as_of.year();
    let then = outlook(t, bases.under(t), year);
    let what = if then.is_empty() {
        t.label.clone()
    } else {
        format!("{}: {then}", t.label)
    };
    let mut lines = wrap(&what, what_w);
    let cut = lines.len() > max_lines;
    if cut {
        lines.truncate(max_lines);
        if let Some(last) = lines.last_mut() {
            last.pop();
            last.push('…');
        }
    }
    let height = lines_h(lines.len().max(1));
    TableRow {
        cells: [
            Text::from(figure(t)).style(theme().party(t.imposer).patch(theme().status(t.status))),
            Text::from(t.direction()).style(theme().party(t.imposer)),
            Text::from(t.status.label()).style(theme().status(t.status)),
            // a dash fits any column; the detail says "not given" in words
            Text::from(t.date.map_or(NO_DATE.into(), |d| short_date(d, year))),
            Text::from_iter(lines),
        ],
        height,
        what,
        cut,
    }
}

/// The kind of figure all tariffs share, for a single note under the chart.
fn common_kind<'t>(mut tariffs: impl Iterator<Item = &'t Tariff>) -> Option<&'static str> {
    let first = tariffs.next()?.kind;
    tariffs.all(|t| t.kind == first).then(|| first.label())
}

/// The detail popup: the figure, who imposes it on whom, its status, dates and
/// what it amounts to.
fn tariff_in_full(ctx: &Context, i: usize, width: u16) -> Detail {
    let b = ctx.data.briefing();
    let Some(x) = b.tariffs.get(i) else {
        return Detail::default();
    };
    let t = theme().text;
    let mut lines = Vec::new();
    let threatened = x.status == TariffStatus::Threatened;
    lines.extend(field("Rate", &figure(x), width, theme().party(x.imposer)));
    lines.extend(field("Who on whom", &x.direction(), width, t));
    lines.extend(field(
        "Status",
        x.status.label(),
        width,
        theme().status(x.status),
    ));
    let when = if threatened { "From" } else { "Effective" };
    let day = x.date.map_or(NOT_GIVEN.into(), date);
    lines.extend(field(when, &day, width, t));
    let then = outlook(x, b.in_force_under(x), b.as_of.year());
    if !then.is_empty() {
        lines.extend(field("In all", &then, width, theme().status(x.status)));
    }
    lines.extend(field("Kind", x.kind.label(), width, t));
    if let Some(note) = &x.note {
        lines.extend(field("Note", note, width, t));
    }
    lines.extend(evidence_fields(&x.evidence, width));
    Detail {
        title: format!(" {}: {} ", x.direction(), x.label),
        lines,
    }
}
