//! Checks what serde cannot: dates in order, numbers in range, evidence that
//! really occurs in the article.

use super::locate::{Seg, path_string};
use super::{Briefing, Evidence};

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
    use Seg::{Index, Key};
    if b.title.trim().is_empty() {
        return Err(problem(vec![Key("title")], "must not be empty".into()));
    }
    let article = normalize(&b.article);
    let evidence = |ev: &Evidence, mut path: Vec<Seg>| -> Result<(), Problem> {
        path.push(Key("evidence"));
        if ev.article.is_none() && ev.source.is_none() {
            return Err(problem(
                path,
                "needs an `article` sentence or a `source` address".into(),
            ));
        }
        if let Some(sentence) = &ev.article
            && !article.contains(&normalize(sentence))
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
        if !t.rate.is_finite() || t.rate < 0.0 || t.rate > MAX_RATE {
            return Err(problem(
                at("rate"),
                format!(
                    "{} is not a plausible tariff rate (0 to {MAX_RATE} percent)",
                    t.rate
                ),
            ));
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
        if !(-90.0..=90.0).contains(&s.lat) {
            return Err(problem(
                at("lat"),
                format!("latitude {} is off the globe (-90 to 90)", s.lat),
            ));
        }
        if !(-180.0..=180.0).contains(&s.lon) {
            return Err(problem(
                at("lon"),
                format!("longitude {} is off the globe (-180 to 180)", s.lon),
            ));
        }
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
        if !article.contains(&normalize(&q.text)) {
            return Err(problem(
                vec![Key("quotes"), Index(i), Key("text")],
                "a quote must be verbatim from the article, and this one is not in it".into(),
            ));
        }
        evidence(&q.evidence, vec![Key("quotes"), Index(i)])?;
    }
    for (i, e) in b.events.iter().enumerate() {
        evidence(&e.evidence, vec![Key("events"), Index(i)])?;
    }
    for (i, p) in b.people.iter().enumerate() {
        evidence(&p.evidence, vec![Key("people"), Index(i)])?;
    }
    Ok(())
}

/// Whitespace folded, so that a sentence still matches when the file wraps it.
fn normalize(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
