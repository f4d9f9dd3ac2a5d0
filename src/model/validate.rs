//! Checks what serde cannot: dates in order, numbers in range, evidence that
//! really occurs in the article.

use std::cell::OnceCell;

use super::locate::{Seg, path_string};
use super::sanitize::fold_whitespace;
use super::{Briefing, Evidence, Tariff, TariffStatus};

/// The highest rate accepted; the 2025 peak was 145%, so anything above this is a typo.
pub const MAX_RATE: f64 = 1000.0;

/// A rule broken at `path`.
#[derive(Debug)]
pub struct Problem {
    pub path: Vec<Seg>,
    pub message: String,
}

fn problem(path: Vec<Seg>, message: String) -> Problem {
    let message = format!("{}: {message}", path_string(&path));
    Problem { path, message }
}

/// The first broken rule, in file order.
pub fn validate(b: &Briefing) -> Result<(), Problem> {
    validate_with(b, &|_| false)
}

/// [`validate`], where `verbatim(s)` says that `s` is known to be a slice of
/// the article as it stands (a draft knows where it cut its strings from):
/// such a string is not searched for. Anything else is searched for in the
/// article, white space folded, which is folded once and only if needed.
pub fn validate_with(b: &Briefing, verbatim: &dyn Fn(&str) -> bool) -> Result<(), Problem> {
    use Seg::{Index, Key};
    if b.title.trim().is_empty() {
        return Err(problem(vec![Key("title")], "must not be empty".into()));
    }
    let folded = OnceCell::new();
    // a slice of the article is in it folded too: folding the slice folds
    // the same runs of white space, and trims only at its ends
    let in_article = |s: &str| {
        verbatim(s)
            || folded
                .get_or_init(|| fold_whitespace(&b.article))
                .contains(&fold_whitespace(s))
    };
    let evidence = |ev: &Evidence, mut path: Vec<Seg>| -> Result<(), Problem> {
        path.push(Key("evidence"));
        if ev.article.is_none() && ev.source.is_none() {
            return Err(problem(
                path,
                "needs an `article` sentence or a `source` address".into(),
            ));
        }
        // a long sentence may be given cut short, the cut marked by an ellipsis
        if let Some(sentence) = &ev.article
            && !in_article(sentence.strip_suffix('…').unwrap_or(sentence))
        {
            path.push(Key("article"));
            return Err(problem(path, "this sentence is not in the article".into()));
        }
        if ev.source.as_ref().is_some_and(|s| s.trim().is_empty()) {
            path.push(Key("source"));
            return Err(problem(path, "must not be empty".into()));
        }
        Ok(())
    };
    for (i, t) in b.tariffs.iter().enumerate() {
        let at = |k| vec![Key("tariffs"), Index(i), Key(k)];
        if !plausible(t.rate) {
            return Err(problem(
                at("rate"),
                format!(
                    "{} is not a plausible tariff rate (0 to {MAX_RATE} percent)",
                    t.rate
                ),
            ));
        }
        for (key, rate) in [("reverts_to", t.reverts_to), ("replaced_by", t.replaced_by)] {
            if let Some(r) = rate
                && !plausible(r)
            {
                return Err(problem(
                    at(key),
                    format!("{r} is not a plausible tariff rate (0 to {MAX_RATE} percent)"),
                ));
            }
        }
        if let Some((key, status)) = misplaced(t) {
            return Err(problem(
                at(key),
                format!("only a {status} tariff has `{key}`"),
            ));
        }
        for (key, end) in [("until", t.until), ("ended", t.ended)] {
            if let (Some(start), Some(end)) = (t.date, end)
                && end < start
            {
                return Err(problem(
                    at(key),
                    format!("{end} is before the tariff's date ({start})"),
                ));
            }
        }
        if t.imposer == t.target {
            return Err(problem(
                at("target"),
                format!("{} cannot impose a tariff on itself", t.imposer),
            ));
        }
        evidence(&t.evidence, vec![Key("tariffs"), Index(i)])?;
    }
    for (i, s) in b.stops.iter().enumerate() {
        let at = |k| vec![Key("stops"), Index(i), Key(k)];
        on_the_globe(s.lat, s.lon, at)?;
        if let (Some(arrive), Some(depart)) = (s.arrive, s.depart)
            && depart < arrive
        {
            return Err(problem(
                at("depart"),
                format!("the stop ends ({depart}) before it starts ({arrive})"),
            ));
        }
        evidence(&s.evidence, vec![Key("stops"), Index(i)])?;
    }
    for (i, q) in b.quotes.iter().enumerate() {
        if !in_article(&q.text) {
            return Err(problem(
                vec![Key("quotes"), Index(i), Key("text")],
                "a quote must be verbatim from the article, and this one is not in it".into(),
            ));
        }
        evidence(&q.evidence, vec![Key("quotes"), Index(i)])?;
    }
    for (i, e) in b.events.iter().enumerate() {
        if let Some((j, name)) = e
            .people
            .iter()
            .enumerate()
            .find(|(_, name)| !b.people.iter().any(|p| &p.name == *name))
        {
            return Err(problem(
                vec![Key("events"), Index(i), Key("people"), Index(j)],
                format!("“{name}” is not among the briefing's people"),
            ));
        }
        if let Some(place) = &e.place
            && !b.places.iter().any(|s| &s.name == place)
        {
            return Err(problem(
                vec![Key("events"), Index(i), Key("place")],
                format!("“{place}” is not among the briefing's places"),
            ));
        }
        evidence(&e.evidence, vec![Key("events"), Index(i)])?;
    }
    for (i, s) in b.places.iter().enumerate() {
        let at = |k| vec![Key("places"), Index(i), Key(k)];
        if s.name.trim().is_empty() {
            return Err(problem(at("name"), "a place needs a name".into()));
        }
        if b.places[..i].iter().any(|o| o.name == s.name) {
            return Err(problem(at("name"), format!("“{}” is listed twice", s.name)));
        }
        on_the_globe(s.lat, s.lon, at)?;
        evidence(&s.evidence, vec![Key("places"), Index(i)])?;
    }
    for (i, p) in b.people.iter().enumerate() {
        evidence(&p.evidence, vec![Key("people"), Index(i)])?;
    }
    Ok(())
}

/// A rate in percent the model accepts.
pub fn plausible(rate: f64) -> bool {
    rate.is_finite() && (0.0..=MAX_RATE).contains(&rate)
}

/// A field that the tariff's status does not have: (field, the status that has it).
fn misplaced(t: &Tariff) -> Option<(&'static str, &'static str)> {
    let suspended = t.status == TariffStatus::Suspended;
    let history = t.status == TariffStatus::History;
    [
        ("until", t.until.is_some() && !suspended, "suspended"),
        (
            "reverts_to",
            t.reverts_to.is_some() && !suspended,
            "suspended",
        ),
        ("ended", t.ended.is_some() && !history, "history"),
        (
            "replaced_by",
            t.replaced_by.is_some() && !history,
            "history",
        ),
    ]
    .into_iter()
    .find(|(_, wrong, _)| *wrong)
    .map(|(key, _, status)| (key, status))
}

/// A latitude and longitude that are on the globe; `at` names the field.
fn on_the_globe(lat: f64, lon: f64, at: impl Fn(&'static str) -> Vec<Seg>) -> Result<(), Problem> {
    if !(-90.0..=90.0).contains(&lat) {
        return Err(problem(
            at("lat"),
            format!("latitude {lat} is off the globe (-90 to 90)"),
        ));
    }
    if !(-180.0..=180.0).contains(&lon) {
        return Err(problem(
            at("lon"),
            format!("longitude {lon} is off the globe (-180 to 180)"),
        ));
    }
    Ok(())
}
