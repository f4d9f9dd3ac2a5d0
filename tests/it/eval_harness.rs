//! The evaluation harness: the extractor scored against hand annotations
//! (tests/corpus), with precision and recall per category. Not part of the
//! library: the tests, the `eval` example and the ingest bench include it.
#![allow(dead_code)] // each includer uses a subset

use std::path::Path;

use chrono::NaiveDate;
use serde::Deserialize;

use tradewatch::ingest::{extract, header};
use tradewatch::model::{Party, TariffStatus};

/// One annotated article.
pub struct Article {
    pub name: String,
    pub text: String,
    pub gold: Annotation,
}

/// What a careful reader finds in an article; the format is in tests/corpus/README.md.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Annotation {
    #[serde(with = "tradewatch::model::day")]
    pub date: NaiveDate,
    #[serde(default)]
    pub places: Vec<String>,
    #[serde(default)]
    pub stops: Vec<String>,
    #[serde(default)]
    pub tariffs: Vec<GoldTariff>,
    #[serde(default)]
    pub dates: Vec<GoldDate>,
    #[serde(default)]
    pub quotes: Vec<GoldQuote>,
    #[serde(default)]
    pub people: Vec<GoldPerson>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldTariff {
    pub rate: f64,
    pub imposer: Party,
    pub target: Party,
    pub status: TariffStatus,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldDate {
    pub text: String,
    #[serde(with = "tradewatch::model::day")]
    pub date: NaiveDate,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldQuote {
    pub speaker: String,
    pub starts: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldPerson {
    pub name: String,
    #[serde(default)]
    pub role: Option<String>,
}

/// Counts for one category: how many the annotation has, how many were found, how many of those are right.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Score {
    pub gold: usize,
    pub found: usize,
    pub correct: usize,
}

impl Score {
    pub fn precision(self) -> f64 {
        if self.found == 0 {
            1.0
        } else {
            self.correct as f64 / self.found as f64
        }
    }

    pub fn recall(self) -> f64 {
        if self.gold == 0 {
            1.0
        } else {
            self.correct as f64 / self.gold as f64
        }
    }

    fn add(&mut self, other: Score) {
        self.gold += other.gold;
        self.found += other.found;
        self.correct += other.correct;
    }
}

/// The annotated sets, relative to the crate: real articles, split by
/// outlet into a part the rules may be tuned on and a part kept out of
/// tuning; then the synthetic texts written for specific constructions, the
/// one the rules were written against and one written without looking at
/// the extractor.
pub const SETS: [(&str, &str); 4] = [
    (
        "tests/corpus/real/dev",
        "Real articles, development part, `tests/corpus/real/dev`: 103 excerpts, 101 outlets",
    ),
    (
        "tests/corpus/real/heldout",
        "Real articles, held-out part, `tests/corpus/real/heldout`: 48 excerpts, 45 other outlets, never tuned on",
    ),
    (
        "tests/corpus",
        "Synthetic development set, `tests/corpus`: the seed and texts written for it; the rules were tuned on these",
    ),
    (
        "tests/corpus/heldout",
        "Synthetic held-out set, `tests/corpus/heldout`: written without seeing the extractor",
    ),
];

/// Both sets' summary tables, as the README shows them.
pub fn tables(root: &Path) -> Result<String, String> {
    let mut out = String::new();
    for (dir, title) in SETS {
        let corpus = load_corpus(&root.join(dir))?;
        let (_, total) = evaluate(&corpus);
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&table(title, &total, corpus.len()));
        let (attributed, wrong) = speakers(&corpus);
        out.push_str(&format!(
            "\nSpeakers: {attributed} quotes found and given a speaker, {wrong} of them the wrong one{}.\n",
            match attributed {
                0 => String::new(),
                n => format!(" ({:.0}%)", 100.0 * wrong as f64 / n as f64),
            }
        ));
    }
    Ok(out)
}

/// How many quotes the extractor gives a speaker, among those it finds that
/// the annotation holds, and how many of those speakers are wrong (a person
/// where the text names another, or none): worse than no speaker at all.
pub fn speakers(corpus: &[Article]) -> (usize, usize) {
    let (mut attributed, mut wrong) = (0, 0);
    for article in corpus {
        for (speaker, text) in found(article).quotes {
            let Some(gold) = article
                .gold
                .quotes
                .iter()
                .find(|g| text.starts_with(&g.starts))
            else {
                continue;
            };
            if speaker != "unknown" {
                attributed += 1;
                wrong += usize::from(!same_person(&speaker, &gold.speaker));
            }
        }
    }
    (attributed, wrong)
}

pub const CATEGORIES: [&str; 6] = ["tariffs", "dates", "quotes", "places", "stops", "people"];

/// Scores per category, in `CATEGORIES` order.
pub type Scores = [Score; 6];

/// Reads every `NAME.txt` with its `NAME.toml` in `dir`, in name order.
pub fn load_corpus(dir: &Path) -> Result<Vec<Article>, String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter_map(|n| n.strip_suffix(".txt").map(str::to_owned))
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|name| {
            let read = |ext: &str| {
                let path = dir.join(format!("{name}.{ext}"));
                std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))
            };
            let gold = toml::from_str(&read("toml")?)
                .map_err(|e| format!("{name}.toml: {}", e.message()))?;
            Ok(Article {
                text: read("txt")?,
                gold,
                name,
            })
        })
        .collect()
}

/// Counts matches between what was found and what the annotation has; each gold item matches once.
fn score<F, G>(found: &[F], gold: &[G], same: impl Fn(&F, &G) -> bool) -> Score {
    let mut used = vec![false; gold.len()];
    let mut correct = 0;
    for f in found {
        if let Some(i) = (0..gold.len()).find(|&i| !used[i] && same(f, &gold[i])) {
            used[i] = true;
            correct += 1;
        }
    }
    Score {
        gold: gold.len(),
        found: found.len(),
        correct,
    }
}

/// The same person: equal names, or the same surname ("XI" is "Xi", "Trump" is "Donald Trump").
fn same_person(a: &str, b: &str) -> bool {
    let last = |s: &str| {
        s.split_whitespace()
            .last()
            .unwrap_or_default()
            .to_lowercase()
    };
    a.eq_ignore_ascii_case(b)
        || (!a.is_empty() && last(a) == last(b) && a != "unknown" && b != "unknown")
}

/// What the extractor found in an article, as comparable values.
struct Found {
    tariffs: Vec<(f64, Party, Party, TariffStatus)>,
    dates: Vec<(String, NaiveDate)>,
    quotes: Vec<(String, String)>,
    places: Vec<String>,
    stops: Vec<String>,
    people: Vec<String>,
}

fn found(article: &Article) -> Found {
    let text = article.text.as_str();
    let (header, body_start) = header(text, &article.name).unwrap_or_default();
    let body = &text[body_start..];
    let x = extract(body, header.date.unwrap_or(article.gold.date));
    let mut dates: Vec<(String, NaiveDate)> = Vec::new();
    for d in &x.dates {
        let item = (body[d.span.clone()].to_lowercase(), d.date);
        if !dates.contains(&item) {
            dates.push(item);
        }
    }
    let mut places: Vec<String> = Vec::new();
    for m in &x.places {
        if !places.iter().any(|p| p == m.place.name) {
            places.push(m.place.name.to_owned());
        }
    }
    Found {
        tariffs: x
            .tariffs
            .iter()
            .map(|(t, _)| (t.rate, t.imposer, t.target, t.status))
            .collect(),
        dates,
        quotes: x
            .quotes
            .iter()
            .map(|q| {
                (
                    q.speaker.clone().unwrap_or_else(|| "unknown".into()),
                    body[q.text.clone()].to_owned(),
                )
            })
            .collect(),
        places,
        stops: x.stops.iter().map(|s| s.country.name.to_owned()).collect(),
        people: x.people.iter().map(|p| p.name.clone()).collect(),
    }
}

fn same_tariff(f: &(f64, Party, Party, TariffStatus), g: &GoldTariff) -> bool {
    f.0 == g.rate && f.1 == g.imposer && f.2 == g.target && f.3 == g.status
}

fn same_date(f: &(String, NaiveDate), g: &GoldDate) -> bool {
    f.0 == g.text.to_lowercase() && f.1 == g.date
}

fn same_quote(f: &(String, String), g: &GoldQuote) -> bool {
    f.1.starts_with(&g.starts) && same_person(&f.0, &g.speaker)
}

/// Scores the extractor on one article.
pub fn score_article(article: &Article) -> Scores {
    let f = found(article);
    let gold = &article.gold;
    let stops = Score {
        gold: gold.stops.len(),
        found: f.stops.len(),
        correct: f
            .stops
            .iter()
            .zip(&gold.stops)
            .filter(|(f, g)| f == g)
            .count(),
    };
    [
        score(&f.tariffs, &gold.tariffs, same_tariff),
        score(&f.dates, &gold.dates, same_date),
        score(&f.quotes, &gold.quotes, same_quote),
        score(&f.places, &gold.places, |f, g| f == g),
        stops,
        score(&f.people, &gold.people, |f, g| same_person(f, &g.name)),
    ]
}

/// What the extractor got wrong in an article: found but not annotated (+), annotated but not found (-).
pub fn misses(article: &Article) -> String {
    fn diff<F: std::fmt::Debug, G: std::fmt::Debug>(
        out: &mut String,
        category: &str,
        found: &[F],
        gold: &[G],
        same: impl Fn(&F, &G) -> bool,
    ) {
        for f in found.iter().filter(|f| !gold.iter().any(|g| same(f, g))) {
            out.push_str(&format!("  {category} + {f:?}\n"));
        }
        for g in gold.iter().filter(|g| !found.iter().any(|f| same(f, g))) {
            out.push_str(&format!("  {category} - {g:?}\n"));
        }
    }
    let f = found(article);
    let gold = &article.gold;
    let mut out = format!("{}\n", article.name);
    diff(&mut out, "tariffs", &f.tariffs, &gold.tariffs, same_tariff);
    diff(&mut out, "dates", &f.dates, &gold.dates, same_date);
    diff(&mut out, "quotes", &f.quotes, &gold.quotes, same_quote);
    diff(&mut out, "places", &f.places, &gold.places, |f, g| f == g);
    if f.stops != gold.stops {
        out.push_str(&format!(
            "  stops {:?}, annotated {:?}\n",
            f.stops, gold.stops
        ));
    }
    diff(&mut out, "people", &f.people, &gold.people, |f, g| {
        same_person(f, &g.name)
    });
    out
}

/// The scores of every article, and their sum.
pub fn evaluate(corpus: &[Article]) -> (Vec<(String, Scores)>, Scores) {
    let mut total = Scores::default();
    let per_article: Vec<_> = corpus
        .iter()
        .map(|a| {
            let s = score_article(a);
            for (t, s) in total.iter_mut().zip(s) {
                t.add(s);
            }
            (a.name.clone(), s)
        })
        .collect();
    (per_article, total)
}

/// The summary as a Markdown table, as the README shows it, under `title`.
pub fn table(title: &str, total: &Scores, articles: usize) -> String {
    let mut out = format!(
        "{title} ({articles} articles):\n\n| category | annotated | found | correct | precision | recall |\n|---|---:|---:|---:|---:|---:|\n"
    );
    for (name, s) in CATEGORIES.iter().zip(total) {
        out.push_str(&format!(
            "| {name} | {} | {} | {} | {:.2} | {:.2} |\n",
            s.gold,
            s.found,
            s.correct,
            s.precision(),
            s.recall()
        ));
    }
    out
}

/// Per-article recall, for finding what to improve.
pub fn details(per_article: &[(String, Scores)]) -> String {
    let mut out = String::from("| article |");
    for c in CATEGORIES {
        out.push_str(&format!(" {c} |"));
    }
    out.push_str("\n|---|");
    out.push_str(&"---|".repeat(CATEGORIES.len()));
    out.push('\n');
    for (name, scores) in per_article {
        out.push_str(&format!("| {name} |"));
        for s in scores {
            out.push_str(&format!(" {}/{} ({} found) |", s.correct, s.gold, s.found));
        }
        out.push('\n');
    }
    out
}
