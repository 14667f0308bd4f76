//! The whole pipeline on up to four articles (the input split at "\n@@@\n"):
//! read -> parse -> extract -> merge -> node-link JSON, and the facts
//! store. Checks what the README promises of a graph: it reads back to the
//! same bytes, the facts file and packed facts give back the same graph,
//! and the merge does not depend on the order of the articles.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::path::PathBuf;
use vnkg::graph::merge::{merge_from, merge_with, Overrides};
use vnkg::graph::nodelink;
use vnkg::input::{parse_raw, read_bytes, ReadOptions, Source};
use vnkg::packed::PackedFacts;

fuzz_target!(|data: &[u8]| {
    let mut facts = Vec::new();
    let text = vnkg_fuzz::text_of(data);
    for (k, part) in text.split("\n@@@\n").take(4).enumerate() {
        let src = Source::File(PathBuf::from(format!("a{k}.txt")));
        let (raws, _) = read_bytes(&src, part.as_bytes(), ReadOptions::default());
        for raw in raws {
            let Ok(article) = parse_raw(&raw) else {
                continue;
            };
            let f = vnkg::extract::extract(&article);
            vnkg_fuzz::check_facts(&f, &article.text);
            facts.push(f);
        }
    }
    let (kg, _) = merge_with(&facts, &Overrides::default());
    let out = nodelink::to_string(&kg);
    let back = nodelink::from_str(&out).expect("a written graph reads back");
    assert_eq!(nodelink::to_string(&back), out, "graph round trip");

    // Another order of the same articles: the same bytes.
    let mut reversed = facts.clone();
    reversed.reverse();
    let (kg2, _) = merge_with(&reversed, &Overrides::default());
    assert_eq!(
        nodelink::to_string(&kg2),
        out,
        "merge depends on article order"
    );

    // The facts store beside a graph reads back to the same graph.
    let jsonl = vnkg::store::to_jsonl(&facts);
    let stored = vnkg::store::from_jsonl("fuzz", &jsonl).expect("facts read back");
    assert_eq!(vnkg::store::to_jsonl(&stored), jsonl, "facts round trip");
    let (kg3, _) = merge_with(&stored, &Overrides::default());
    assert_eq!(nodelink::to_string(&kg3), out, "graph from stored facts");

    // Packed facts (what a build holds) unpack to the facts and merge to
    // the same graph.
    let packed: Vec<PackedFacts> = facts.iter().map(PackedFacts::pack).collect();
    for (p, f) in packed.iter().zip(&facts) {
        assert_eq!(&p.unpack(), f, "packed facts round trip");
    }
    let (kg4, _) = merge_from(packed, &Overrides::default());
    assert_eq!(nodelink::to_string(&kg4), out, "graph from packed facts");
});
