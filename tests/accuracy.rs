//! Accuracy on annotated articles, scored like `../shared/eval/score.py`:
//! the seeds exactly, our own corpus of hand-written articles, and the dev
//! set of real articles when `../shared/dev` is present.

use std::path::{Path, PathBuf};
use vnkg::eval::{load_gold_dir, score, Report};
use vnkg::graph::nodelink;
use vnkg::pipeline;

fn build_and_score(articles: &[PathBuf], gold: &Path) -> Report {
    let golds = load_gold_dir(gold).expect("gold loads");
    let batch = if articles.is_empty() {
        pipeline::extract_bundled()
    } else {
        pipeline::extract_paths(articles)
    };
    assert!(
        batch.errors.is_empty(),
        "inputs skipped: {:?}",
        batch.errors
    );
    let kg = pipeline::build_graph(&batch);
    score(&golds, &nodelink::to_value(&kg))
}

fn summary(r: &Report) -> String {
    r.render(true)
}

#[test]
fn seeds_score_perfectly_with_no_duplicates() {
    let r = build_and_score(&[], Path::new("tests/gold"));
    assert_eq!(r.articles, 5);
    assert!(r.duplicates.is_empty(), "{}", summary(&r));
    assert!((r.overall.micro_f1() - 1.0).abs() < 1e-9, "{}", summary(&r));
}

#[test]
fn own_corpus_of_unseen_patterns_scores_well() {
    // Hand-written articles (tests/corpus/README.md) with patterns the seeds
    // lack: huyện/xã/thị xã, other provinces, post-2025 wards, titles
    // before names, dismissals, second meetings, short codes.
    let r = build_and_score(
        &[PathBuf::from("tests/corpus/articles")],
        Path::new("tests/corpus/gold"),
    );
    assert_eq!(r.articles, 4183);
    assert!(r.duplicates.is_empty(), "{}", summary(&r));
    assert!(r.overall.micro_f1() >= 0.97, "{}", summary(&r));
}

#[test]
fn dev_set_of_real_articles_scores_at_least_0_95() {
    let dev = Path::new("../shared/dev");
    if !dev.join("gold").is_dir() {
        eprintln!("note: ../shared/dev not present; dev-set accuracy not checked");
        return;
    }
    let r = build_and_score(&[dev.join("articles")], &dev.join("gold"));
    assert_eq!(r.articles, 16);
    assert!(r.duplicates.is_empty(), "{}", summary(&r));
    assert!(r.overall.micro_f1() >= 0.95, "{}", summary(&r));
}
