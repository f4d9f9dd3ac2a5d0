//! Text helpers shared by the panes and popups: wrapping, labelled fields,
//! dates and rates.

use chrono::{Datelike, NaiveDate};
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::theme::theme;
use crate::model::{Evidence, Tariff, TariffStatus};

/// Wraps `text` to `width` columns (at least 1), one `String` per line.
pub fn wrap(text: &str, width: u16) -> Vec<String> {
    textwrap::wrap(text, usize::from(width.max(1)))
        .into_iter()
        .map(|l| l.into_owned())
        .collect()
}

/// `phrases` joined by spaces into lines of `width`, as many to a line as
/// fit, so that no phrase is split unless it is wider than a line alone.
pub fn phrases(phrases: &[String], width: u16) -> Vec<String> {
    let width = usize::from(width.max(1));
    let mut lines: Vec<String> = Vec::new();
    for phrase in phrases {
        let w = Span::raw(phrase.as_str()).width();
        match lines.last_mut() {
            Some(line) if Span::raw(line.as_str()).width() + 1 + w <= width => {
                line.push(' ');
                line.push_str(phrase);
            }
            _ if w <= width => lines.push(phrase.clone()),
            _ => lines.extend(wrap(phrase, lines_h(width))),
        }
    }
    lines
}

/// A count of lines as a height on screen: one past what a terminal holds
/// stays as tall as a terminal can be, rather than wrapping round to short.
pub fn lines_h(lines: usize) -> u16 {
    u16::try_from(lines).unwrap_or(u16::MAX)
}

/// `text` wrapped to `width` columns, every line in `style`.
pub fn wrapped(text: &str, width: u16, style: Style) -> Vec<Line<'static>> {
    wrap(text, width)
        .into_iter()
        .map(|l| Line::styled(l, style))
        .collect()
}

/// Legend items laid out in lines of `width`, as many to a line as fit.
pub fn flow(items: Vec<Vec<Span<'static>>>, width: u16) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    let mut current: Vec<Span<'static>> = Vec::new();
    for item in items {
        let used: usize = current.iter().map(Span::width).sum();
        let wanted: usize = item.iter().map(Span::width).sum();
        if !current.is_empty() && used + wanted > usize::from(width) {
            lines.push(Line::from(std::mem::take(&mut current)));
        }
        current.extend(item);
    }
    if !current.is_empty() {
        lines.push(Line::from(current));
    }
    lines
}

/// Width of the label column in `field`.
pub const LABEL_WIDTH: u16 = 12;

/// `Label       value…` with the value wrapped under itself.
pub fn field(label: &str, value: &str, width: u16, style: Style) -> Vec<Line<'static>> {
    let indent = LABEL_WIDTH.min(width / 3);
    let pad = usize::from(indent);
    wrap(value, width.saturating_sub(indent))
        .into_iter()
        .enumerate()
        .map(|(i, part)| {
            let head = if i == 0 { label } else { "" };
            Line::from(vec![
                Span::styled(format!("{head:<pad$}"), theme().dim),
                Span::styled(part, style),
            ])
        })
        .collect()
}

/// A detail popup's closing fields: the article sentence and the source an
/// item rests on, after a blank line.
pub fn evidence_fields(evidence: &Evidence, width: u16) -> Vec<Line<'static>> {
    let mut lines = vec![Line::raw("")];
    if let Some(sentence) = &evidence.article {
        lines.extend(field("Article", sentence, width, theme().quote));
    }
    if let Some(source) = &evidence.source {
        lines.extend(field("Source", source, width, theme().dim));
    }
    lines
}

/// `Sat 25 Oct 2025`.
pub fn long_date(d: NaiveDate) -> String {
    d.format("%a %-d %b %Y").to_string()
}

/// `25 Oct 2025`.
pub fn date(d: NaiveDate) -> String {
    d.format("%-d %b %Y").to_string()
}

/// What an unknown value shows as.
pub const NOT_GIVEN: &str = "not given";

/// `George Glass, US Ambassador to Japan`, or the name alone when the role is unknown.
pub fn who(name: &str, role: Option<&str>) -> String {
    match role {
        Some(role) => format!("{name}, {role}"),
        None => name.to_owned(),
    }
}

/// `26–27 Oct`, `29 Oct`, `30 Oct – 2 Nov`; either end may be unknown.
pub fn day_range(from: Option<NaiveDate>, to: Option<NaiveDate>) -> String {
    let (from, to) = match (from, to) {
        (Some(from), Some(to)) => (from, to),
        (Some(day), None) | (None, Some(day)) => (day, day),
        (None, None) => return format!("dates {NOT_GIVEN}"),
    };
    if from == to {
        from.format("%-d %b").to_string()
    } else if from.format("%m%Y").to_string() == to.format("%m%Y").to_string() {
        format!("{}–{}", from.format("%-d"), to.format("%-d %b"))
    } else {
        format!("{} – {}", from.format("%-d %b"), to.format("%-d %b"))
    }
}

/// `145%`, `+100%` for a threatened add-on, `12.5%`.
pub fn rate(rate: f64, threatened: bool) -> String {
    let sign = if threatened { "+" } else { "" };
    if rate.fract() == 0.0 {
        format!("{sign}{rate:.0}%")
    } else {
        format!("{sign}{rate:.1}%")
    }
}

/// A tariff's own figure: `30%`, `24 pt` suspended, `+100%` on top.
pub fn figure(t: &Tariff) -> String {
    match t.status {
        TariffStatus::Suspended => format!("{} pt", rate(t.rate, false).trim_end_matches('%')),
        _ => rate(t.rate, t.additional),
    }
}

/// `10 Nov`, or `10 Nov 2026` outside the `year` the briefing is in.
pub fn short_date(d: NaiveDate, year: i32) -> String {
    if d.year() == year {
        d.format("%-d %b").to_string()
    } else {
        date(d)
    }
}

/// What the figure amounts to in all, on top of `base` (the rate in force),
/// and when that changes: `until 10 Nov; 54% in all if it lapses`.
pub fn outlook(t: &Tariff, base: Option<f64>, year: i32) -> String {
    let day = |d: Option<NaiveDate>| d.map(|d| short_date(d, year));
    match t.status {
        TariffStatus::Suspended => {
            let total = t.reverts_to.or(base.map(|b| b + t.rate));
            match (day(t.until), total) {
                (Some(until), Some(total)) => {
                    format!("until {until}; {} in all if it lapses", rate(total, false))
                }
                (Some(until), None) => format!("until {until}"),
                (None, Some(total)) => format!("{} in all if it lapses", rate(total, false)),
                (None, None) => String::new(),
            }
        }
        TariffStatus::Threatened => match (t.additional, base) {
            (true, Some(base)) => format!(
                "on top of the {} in force, {} in all",
                rate(base, false),
                rate(base + t.rate, false)
            ),
            _ => String::new(),
        },
        TariffStatus::History => match (t.replaced_by, day(t.ended)) {
            (Some(to), Some(on)) => format!("cut to {} on {on}", rate(to, false)),
            (None, Some(on)) => format!("ended {on}"),
            (Some(to), None) => format!("replaced by {}", rate(to, false)),
            (None, None) => "no longer in force".into(),
        },
        _ => String::new(),
    }
}

/// `in 5 days`, `tomorrow`, `today`, `yesterday`, `3 days ago`.
pub fn relative(today: NaiveDate, day: NaiveDate) -> String {
    match (day - today).num_days() {
        0 => "today".into(),
        1 => "tomorrow".into(),
        -1 => "yesterday".into(),
        n if n > 0 => format!("in {n} days"),
        n => format!("{} days ago", -n),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, m, day).unwrap()
    }

    #[test]
    fn counts_days_both_ways() {
        assert_eq!(relative(d(10, 25), d(11, 1)), "in 7 days");
        assert_eq!(relative(d(10, 25), d(10, 30)), "in 5 days");
        assert_eq!(relative(d(10, 25), d(11, 10)), "in 16 days");
        assert_eq!(relative(d(10, 25), d(10, 26)), "tomorrow");
        assert_eq!(relative(d(11, 3), d(11, 1)), "2 days ago");
        assert_eq!(relative(d(11, 1), d(11, 1)), "today");
    }

    #[test]
    fn formats_ranges_and_rates() {
        assert_eq!(day_range(Some(d(10, 26)), Some(d(10, 27))), "26–27 Oct");
        assert_eq!(day_range(Some(d(10, 30)), Some(d(10, 30))), "30 Oct");
        assert_eq!(day_range(Some(d(10, 30)), Some(d(11, 2))), "30 Oct – 2 Nov");
        assert_eq!(day_range(None, Some(d(10, 30))), "30 Oct");
        assert_eq!(day_range(None, None), "dates not given");
        assert_eq!(rate(145.0, false), "145%");
        assert_eq!(rate(100.0, true), "+100%");
        assert_eq!(rate(12.5, false), "12.5%");
    }
}
