//! Properties of the whole pipeline, on the seed articles and the own
//! corpus with generated mutations (proptest):
//!
//! - NFC and NFD input give the same graph, byte for byte; old and new tone
//!   placement ("hoà"/"hòa", "thuỷ"/"thủy", "Khoá"/"Khóa") give the same
//!   graph up to the spelling of display text.
//! - Article order and thread count give byte-identical output.
//! - Merging is idempotent (re-adding articles, a facts-file round trip)
//!   and order-independent (any order, any split into shards); packed
//!   facts unpack to what was packed and merge to the same graph.
//! - Exporters never emit an invalid document, whatever the names.

mod common;

use proptest::prelude::*;
use serde_json::{Map, Value};
use std::path::PathBuf;
use std::sync::LazyLock;
use unicode_normalization::UnicodeNormalization;
use vnkg::facts::{ArticleFacts, EdgeType, Evidence, NodeType};
use vnkg::graph::merge::{merge_from, merge_with, Overrides};
use vnkg::graph::{nodelink, Edge, KnowledgeGraph, Node};
use vnkg::packed::PackedFacts;
use vnkg::pipeline::{combine, extract_text};

/// The seed articles and the own corpus: (id, text), sorted by id.
static ARTICLES: LazyLock<Vec<(String, String)>> = LazyLock::new(|| {
    let mut out = Vec::new();
    for dir in ["data/articles", "tests/corpus/articles"] {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            let id = p.file_stem().unwrap().to_string_lossy().into_owned();
            out.push((id, std::fs::read_to_string(&p).unwrap()));
        }
    }
    out.sort();
    out
});

/// Their facts, in id order.
static FACTS: LazyLock<Vec<ArticleFacts>> = LazyLock::new(|| {
    ARTICLES
        .iter()
        .map(|(id, text)| extract_text(id, text).unwrap())
        .collect()
});

fn graph_text(facts: &[ArticleFacts]) -> String {
    nodelink::to_string(&merge_with(facts, &Overrides::default()).0)
}

/// The graph of all of them, the reference the properties compare with.
static REFERENCE: LazyLock<String> = LazyLock::new(|| graph_text(&FACTS));

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        // Failures are reported with their minimal case; no files.
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// The tone marks of Vietnamese, as combining characters.
const TONES: [char; 5] = ['\u{300}', '\u{301}', '\u{309}', '\u{303}', '\u{323}'];

/// Move the tone of a word ending in "oa", "oe" or "uy" (no final
/// consonant) to the other vowel: "hòa" <-> "hoà", "thủy" <-> "thuỷ". Other
/// words are returned as they are. ("quý" is left alone: its "u" belongs to
/// the consonant "qu".)
fn retone(word: &str) -> String {
    let d: Vec<char> = word.nfd().collect();
    let base: Vec<(usize, char)> = d
        .iter()
        .copied()
        .enumerate()
        .filter(|(_, c)| !TONES.contains(c))
        .collect();
    let n = base.len();
    if n < 2 {
        return word.to_string();
    }
    let (i1, v1) = base[n - 2];
    let (i2, v2) = base[n - 1];
    let pair = matches!(
        (v1.to_ascii_lowercase(), v2.to_ascii_lowercase()),
        ('o', 'a') | ('o', 'e') | ('u', 'y')
    );
    let after_q = n >= 3 && matches!(base[n - 3].1, 'q' | 'Q');
    if !pair || after_q {
        return word.to_string();
    }
    // Plain vowels only: a circumflex, breve or horn makes another pair.
    let marks_between = |a: usize, b: usize| d[a + 1..b].iter().any(|c| !TONES.contains(c));
    if marks_between(i1, i2) || d[i2 + 1..].iter().any(|c| !TONES.contains(c)) {
        return word.to_string();
    }
    let mut out = d.clone();
    if let Some(k) = (i1 + 1..i2).find(|&k| TONES.contains(&d[k])) {
        let t = out.remove(k);
        out.push(t);
    } else if let Some(k) = (i2 + 1..d.len()).find(|&k| TONES.contains(&d[k])) {
        let t = out.remove(k);
        out.insert(i1 + 1, t);
    } else {
        return word.to_string();
    }
    out.into_iter().collect::<String>().nfc().collect()
}

/// Apply `f` to the words of `text` whose bit in `mask` is set (cycling).
fn mutate_words(text: &str, mask: &[bool], f: impl Fn(&str) -> String) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let mut word = String::new();
    let mut k = 0;
    let mut flush = |word: &mut String, out: &mut String| {
        if !word.is_empty() {
            if mask[k % mask.len()] {
                out.push_str(&f(word));
            } else {
                out.push_str(word);
            }
            k += 1;
            word.clear();
        }
    };
    for c in text.chars() {
        if c.is_alphanumeric() {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

/// The graph with every string folded as merge keys are (case, tone
/// placement), evidence offsets counted in characters of the article's
/// normalised `text` (tone placement can change a word's length in bytes,
/// "thùy" 5, "thuỳ" 6, never in characters) and the content hashes left
/// out: what old and new tone placement must agree on.
fn folded(v: &Value, text: &str) -> Value {
    let chars = |b: &Value| {
        let b = b.as_u64().unwrap() as usize;
        Value::from(text[..b].chars().count())
    };
    match v {
        Value::String(s) => Value::String(vnkg::text::key(s)),
        Value::Array(a) => Value::Array(a.iter().map(|x| folded(x, text)).collect()),
        Value::Object(m) => Value::Object(
            m.iter()
                .filter(|(k, _)| k.as_str() != "hash")
                .map(|(k, x)| match k.as_str() {
                    "start" | "end" if x.is_u64() => (k.clone(), chars(x)),
                    _ => (k.clone(), folded(x, text)),
                })
                .collect(),
        ),
        other => other.clone(),
    }
}

#[test]
fn retone_moves_the_mark_both_ways() {
    for (a, b) in [
        ("hoà", "hòa"),
        ("Thuỷ", "Thủy"),
        ("Khoá", "Khóa"),
        ("khoẻ", "khỏe"),
        ("uỷ", "ủy"),
    ] {
        assert_eq!(retone(a), b);
        assert_eq!(retone(b), a);
    }
    for same in ["quý", "Quỳnh", "hoàng", "toàn", "Hà", "tuyên", "Nguyễn"] {
        assert_eq!(retone(same), same);
    }
}

proptest! {
    #![proptest_config(config(48))]

    /// NFD in any mix of words: the same graph, byte for byte.
    #[test]
    fn nfd_input_gives_the_same_graph(
        pick in 0..ARTICLES.len(),
        mask in prop::collection::vec(any::<bool>(), 1..16),
    ) {
        let (id, text) = &ARTICLES[pick];
        let nfd = mutate_words(text, &mask, |w| w.nfd().collect());
        prop_assume!(nfd != *text);
        let a = graph_text(&[extract_text(id, text).unwrap()]);
        let b = graph_text(&[extract_text(id, &nfd).unwrap()]);
        prop_assert_eq!(a, b);
    }

    /// Old and new tone placement in any mix of words (NFD too): the same
    /// nodes, edges, evidence offsets and attributes; display text differs
    /// only in the spelling the article used.
    #[test]
    fn old_and_new_tone_placement_give_the_same_graph(
        pick in 0..ARTICLES.len(),
        mask in prop::collection::vec(any::<bool>(), 1..16),
        nfd in any::<bool>(),
    ) {
        let (id, text) = &ARTICLES[pick];
        let mut changed = mutate_words(text, &mask, retone);
        prop_assume!(changed != *text);
        if nfd {
            changed = changed.nfd().collect();
        }
        let a = merge_with(&[extract_text(id, text).unwrap()], &Overrides::default()).0;
        let b = merge_with(&[extract_text(id, &changed).unwrap()], &Overrides::default()).0;
        prop_assert_eq!(
            folded(&nodelink::to_value(&a), &vnkg::text::normalize(text)),
            folded(&nodelink::to_value(&b), &vnkg::text::normalize(&changed))
        );
    }
}

proptest! {
    #![proptest_config(config(24))]

    /// Any subset of the articles, given in any order, extracted with 1 to
    /// 3 threads: the same bytes as one thread in path order.
    #[test]
    fn article_order_and_thread_count_give_identical_output(
        subset in prop::collection::vec(any::<bool>(), ARTICLES.len()),
        order in Just((0..ARTICLES.len()).collect::<Vec<_>>()).prop_shuffle(),
        threads in 1..=3usize,
    ) {
        let dir = tempfile::tempdir().unwrap();
        let mut paths: Vec<PathBuf> = Vec::new();
        for k in order {
            if subset[k] {
                let (id, text) = &ARTICLES[k];
                let p = dir.path().join(format!("{id}.txt"));
                std::fs::write(&p, text).unwrap();
                paths.push(p);
            }
        }
        prop_assume!(!paths.is_empty());
        let run = |paths: &[PathBuf], n: usize| {
            let pool = rayon::ThreadPoolBuilder::new().num_threads(n).build().unwrap();
            let batch = pool.install(|| vnkg::pipeline::extract_paths(paths));
            assert!(batch.errors.is_empty(), "{:?}", batch.errors);
            (graph_text(&batch.facts), vnkg::store::to_jsonl(&batch.facts))
        };
        let got = run(&paths, threads);
        let mut sorted = paths.clone();
        sorted.sort();
        let want = run(&sorted, 1);
        prop_assert!(got == want, "the output depends on order or threads");
    }

    /// Merging in any order, and in two shards either way round, gives the
    /// same graph; adding articles again (unchanged) changes nothing; and
    /// facts that go through the facts file merge to the same graph.
    #[test]
    fn merging_is_idempotent_and_order_independent(
        order in Just((0..ARTICLES.len()).collect::<Vec<_>>()).prop_shuffle(),
        cut in 0..=ARTICLES.len(),
        again in prop::collection::vec(0..ARTICLES.len(), 0..8),
    ) {
        let shuffled: Vec<ArticleFacts> = order.iter().map(|&k| FACTS[k].clone()).collect();
        prop_assert_eq!(&graph_text(&shuffled), &*REFERENCE);
        let (a, b) = shuffled.split_at(cut);
        let ab = combine(combine(Vec::new(), a.to_vec()), b.to_vec());
        let ba = combine(combine(Vec::new(), b.to_vec()), a.to_vec());
        prop_assert_eq!(&graph_text(&ab), &*REFERENCE);
        prop_assert_eq!(&graph_text(&ba), &*REFERENCE);
        let re_added = combine(ab, again.iter().map(|&k| FACTS[k].clone()).collect());
        prop_assert_eq!(&graph_text(&re_added), &*REFERENCE);
        let stored = vnkg::store::from_jsonl("p", &vnkg::store::to_jsonl(&re_added)).unwrap();
        prop_assert_eq!(&graph_text(&stored), &*REFERENCE);
        // Packed facts (what the CLI holds), in any order and with ids
        // given twice, merge to the same graph and unpack to the same facts.
        let mut packed: Vec<PackedFacts> = shuffled.iter().map(PackedFacts::pack).collect();
        packed.extend(again.iter().map(|&k| PackedFacts::pack(&FACTS[k])));
        for (p, f) in packed.iter().zip(&shuffled) {
            prop_assert_eq!(&p.unpack(), f);
        }
        let (kg, _) = merge_from(packed, &Overrides::default());
        prop_assert_eq!(&nodelink::to_string(&kg), &*REFERENCE);
        // The graph itself reads back to the same bytes.
        let back = nodelink::from_str(&REFERENCE).unwrap();
        prop_assert_eq!(&nodelink::to_string(&back), &*REFERENCE);
    }
}

/// Strings that break careless writers: quotes, braces, angle brackets,
/// controls, line breaks, backslashes, escapes, and any Unicode.
fn hostile_string() -> impl Strategy<Value = String> {
    let special = prop::sample::select(vec![
        "\"", "'", "{", "}", "[", "]", "<", ">", "&", "\\", "\\n", "\\u0041", "\n", "\r", "\t",
        "\u{0}", "\u{1}", "\u{7}", "\u{1b}", "\u{7f}", "\u{85}", "\u{2028}", "\u{feff}",
        "\u{fffe}", "\u{202e}", "`", "|", "^", ";", ",", ":", "#", "%", " ", "Ủy", "ễ", "𝔘", "]]>",
        "<!--", "\"\"", "${x}",
    ]);
    prop::collection::vec(
        prop_oneof![
            special.prop_map(str::to_string),
            any::<char>().prop_map(String::from)
        ],
        0..12,
    )
    .prop_map(|parts| parts.concat())
}

/// A graph of up to eight nodes with hostile ids, names, sources,
/// attribute keys and values, and edges between them.
fn hostile_graph() -> impl Strategy<Value = KnowledgeGraph> {
    let node = (
        0..NodeType::ALL.len(),
        hostile_string(),
        hostile_string(),
        prop::collection::vec(hostile_string(), 0..3),
        prop::collection::vec((hostile_string(), hostile_string()), 0..3),
    );
    (
        prop::collection::vec(node, 1..8),
        prop::collection::vec((any::<u8>(), any::<u8>(), hostile_string()), 0..10),
    )
        .prop_map(|(nodes, edges)| {
            let mut kg = KnowledgeGraph::default();
            let mut made: Vec<Node> = Vec::new();
            for (t, id, name, sources, attrs) in nodes {
                let kind = NodeType::ALL[t];
                let id = format!("{}:{id}", kind.as_str());
                if made.iter().any(|n| n.id == id) {
                    continue;
                }
                let mut a: Map<String, Value> = attrs
                    .into_iter()
                    .map(|(k, v)| (k, Value::String(v)))
                    .collect();
                a.insert("home_district".into(), Value::String(name.clone()));
                made.push(Node {
                    id,
                    kind,
                    name,
                    sources: sources.into_iter().map(Into::into).collect(),
                    attrs: a,
                });
            }
            made.sort_by(|a, b| a.id.cmp(&b.id));
            let mut ix = Vec::new();
            for n in made {
                let id = n.id.clone();
                let i = kg.graph.add_node(n);
                kg.index.insert(id, i);
                ix.push(i);
            }
            for (a, b, sentence) in edges {
                let (a, b) = (ix[a as usize % ix.len()], ix[b as usize % ix.len()]);
                kg.graph.add_edge(
                    a,
                    b,
                    Edge {
                        kind: EdgeType::Holds,
                        sources: vec![Evidence {
                            article: sentence.as_str().into(),
                            start: 0,
                            end: 1,
                            sentence: sentence.as_str().into(),
                        }],
                        attrs: Map::new(),
                    },
                );
            }
            kg
        })
}

proptest! {
    #![proptest_config(config(256))]

    /// Every exporter's output is a valid document of its format.
    #[test]
    fn exporters_never_emit_invalid_documents(kg in hostile_graph()) {
        use vnkg::export::{dot, graphml, jsonld, neo4j, ntriples, ExportOptions};
        let opts = ExportOptions::default();
        let nodes = kg.graph.node_count();

        let json = nodelink::to_string(&kg);
        let back = nodelink::from_str(&json).map_err(TestCaseError::fail)?;
        prop_assert_eq!(nodelink::to_string(&back), json);

        let d = dot::write(&kg, &opts).map_err(TestCaseError::fail)?;
        prop_assert!(graphviz_rust::parse(&d).is_ok(), "invalid DOT:\n{}", d);

        let ld: Value = serde_json::from_str(&jsonld::write(&kg, &opts).map_err(TestCaseError::fail)?)
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        let mut ids = Vec::new();
        common::jsonld_ids(&ld, &mut ids);
        for id in ids {
            common::check_iri(&id).map_err(TestCaseError::fail)?;
        }

        for line in ntriples::write(&kg, &opts).map_err(TestCaseError::fail)?.lines() {
            common::check_ntriple(line).map_err(TestCaseError::fail)?;
        }

        let gm = graphml::write(&kg, &opts).map_err(TestCaseError::fail)?;
        let doc = roxmltree::Document::parse(&gm)
            .map_err(|e| TestCaseError::fail(format!("invalid XML: {e}\n{gm}")))?;
        let count = doc.descendants().filter(|n| n.tag_name().name() == "node").count();
        prop_assert_eq!(count, nodes);

        let mut rows = 0;
        for (name, text) in neo4j::files(&kg) {
            if !name.ends_with(".csv") {
                continue;
            }
            let table = common::parse_csv(&text).map_err(TestCaseError::fail)?;
            for r in &table[1..] {
                prop_assert_eq!(r.len(), table[0].len(), "{}: {:?}", name, r);
            }
            if name.starts_with("nodes_") {
                rows += table.len() - 1;
            }
        }
        prop_assert_eq!(rows, nodes);
    }
}
