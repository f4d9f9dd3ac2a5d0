//! The bars under the tariffs table: the sizes comparable at a glance,
//! suspended and threatened points stacked on the rate in force, and the
//! status legend.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::{Bases, Digest, WHO_W};
use crate::dashboard::cells;
use crate::dashboard::panes::Items;
use crate::dashboard::text::{flow, rate};
use crate::dashboard::theme::theme;
use crate::model::{Briefing, Tariff, TariffStatus};

/// The fill that tells the status apart even without colour.
fn fill(status: TariffStatus) -> char {
    match status {
        TariffStatus::InForce | TariffStatus::Raised | TariffStatus::Cut => '█',
        TariffStatus::Suspended => '▒',
        TariffStatus::Threatened => '░',
        TariffStatus::History => '─',
    }
}

/// One bar: the part it stacks on (the rate in force), its own part, and
/// the total it reaches.
struct Bar {
    base: f64,
    own: f64,
    total: f64,
}

fn bar(bases: &Bases, t: &Tariff) -> Bar {
    let stacked = match t.status {
        TariffStatus::Suspended => true,
        TariffStatus::Threatened => t.additional,
        _ => false,
    };
    let base = bases.under(t).filter(|_| stacked).unwrap_or(0.0);
    Bar {
        base,
        own: t.rate,
        total: base + t.rate,
    }
}

/// The longest bar's total, which the others are scaled to.
pub(super) fn longest<'t>(bases: &Bases, tariffs: impl Iterator<Item = &'t Tariff>) -> f64 {
    tariffs.map(|t| bar(bases, t).total).fold(0.0_f64, f64::max)
}

/// A bar for each tariff shown, as many as there are lines, then the legend
/// if there is room for it.
pub(super) fn chart(
    b: &Briefing,
    items: &Items,
    digest: &Digest,
    (selected, selection): (usize, Style),
    area: Rect,
    buf: &mut Buffer,
) {
    let (bases, max) = (&digest.bases, digest.max);
    let tariffs = || items.iter().map(|i| &b.tariffs[i]);
    // "US on China " + bar + "  54% if it lapses"
    let label_w = usize::from(WHO_W);
    let tail_w = 7 + "if it lapses".len();
    let bar_w = usize::from(area.width)
        .saturating_sub(label_w + 1 + tail_w)
        .max(1);
    let cells = |v: f64| {
        if max > 0.0 {
            ((v / max * bar_w as f64).round() as usize).min(bar_w)
        } else {
            0
        }
    };
    let mut lines: Vec<Line> = tariffs()
        .take(usize::from(area.height))
        .enumerate()
        .map(|(i, t)| {
            crate::dashboard::work::row();
            let bar = bar(bases, t);
            let base = cells(bar.base);
            let own = cells(bar.total)
                .saturating_sub(base)
                .max(usize::from(bar.own > 0.0));
            let party = theme().party(t.imposer);
            let who_style = if i == selected { selection } else { party };
            let own_style = if t.status == TariffStatus::History {
                theme().dim
            } else {
                party
            };
            Line::from(vec![
                Span::styled(format!("{:<label_w$}", t.direction()), who_style),
                Span::raw(" "),
                Span::styled(
                    fill(TariffStatus::InForce).to_string().repeat(base),
                    theme().dim,
                ),
                Span::styled(fill(t.status).to_string().repeat(own), own_style),
                Span::styled(
                    format!(" {:>5} ", rate(bar.total, false)),
                    theme().status(t.status),
                ),
                Span::styled(reading(t.status), theme().status(t.status)),
            ])
        })
        .collect();
    if lines.len() < usize::from(area.height) {
        let shown: Vec<&Tariff> = tariffs().collect();
        lines.extend(legend(&shown, area.width));
    }
    cells::paragraph(&lines, area, buf);
}

/// How to read a bar's total: a suspended bar's total is not suspended, it is
/// what would be collected if the suspension lapsed.
fn reading(status: TariffStatus) -> &'static str {
    match status {
        TariffStatus::Suspended => "if it lapses",
        TariffStatus::Threatened => "if imposed",
        other => other.label(),
    }
}

/// What each status shown means, once, and how the bars stack.
fn legend(tariffs: &[&Tariff], width: u16) -> Vec<Line<'static>> {
    let mut items: Vec<Vec<Span<'static>>> = TariffStatus::ALL
        .into_iter()
        .filter(|s| tariffs.iter().any(|t| t.status == *s))
        .map(|s| {
            vec![
                Span::styled(format!(" {} ", fill(s)), theme().status(s)),
                Span::styled(s.label(), theme().status(s)),
                Span::styled(format!(": {} ", s.meaning()), theme().dim),
            ]
        })
        .collect();
    if tariffs.iter().any(|t| {
        t.status == TariffStatus::Suspended
            || (t.status == TariffStatus::Threatened && t.additional)
    }) {
        items.push(vec![
            Span::styled(format!(" {} ", fill(TariffStatus::InForce)), theme().dim),
            Span::styled(
                "the rate in force, which suspended and additional points stack on ",
                theme().dim,
            ),
        ]);
    }
    flow(items, width)
}
