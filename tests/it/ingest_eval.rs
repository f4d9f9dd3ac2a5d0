//! The extractor's scores on the annotated corpus: the seed article must come
//! out right, and the README's table must be the one the harness computes.

use std::path::Path;

use crate::eval_harness as eval;
use crate::helpers::project;

#[test]
fn the_seed_article_is_read_without_a_miss() {
    let corpus = eval::load_corpus(Path::new("tests/corpus")).unwrap();
    let seed = corpus
        .iter()
        .find(|a| a.name == "00_ft_seed")
        .expect("the seed article is in the corpus");
    let scores = eval::score_article(seed);
    for (category, s) in eval::CATEGORIES.iter().zip(scores) {
        assert_eq!(
            (s.correct, s.found),
            (s.gold, s.gold),
            "{category}: {s:?}\n{}",
            eval::misses(seed)
        );
    }
}

#[test]
fn every_article_and_annotation_loads() {
    for (dir, _) in eval::SETS {
        let corpus = eval::load_corpus(Path::new(dir)).unwrap();
        // every article in the folder, none left out
        let articles = std::fs::read_dir(project(dir))
            .unwrap()
            .filter(|e| {
                let path = e.as_ref().unwrap().path();
                path.extension().is_some_and(|x| x == "txt")
            })
            .count();
        assert_eq!(corpus.len(), articles, "{dir}");
        assert!(!corpus.is_empty(), "{dir}");
        // an annotation that names nothing would score nothing
        for article in &corpus {
            let g = &article.gold;
            assert!(
                !(g.quotes.is_empty()
                    && g.tariffs.is_empty()
                    && g.dates.is_empty()
                    && g.people.is_empty()),
                "{}",
                article.name
            );
        }
    }
}

#[test]
fn readme_shows_the_scores_the_harness_computes() {
    let tables = eval::tables(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap();
    let readme = include_str!("../../README.md");
    assert!(
        readme.contains(&format!(
            "<!-- eval-table -->\n{tables}<!-- /eval-table -->"
        )),
        "README.md's scores are stale: run `cargo run --example eval -- --readme`\n{tables}"
    );
}
