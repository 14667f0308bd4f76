//! Shared pieces of the fuzz targets: turning fuzz bytes into articles and
//! documents, an arbitrary graph for the exporters, and cheap validators of
//! the exporters' output (N-Triples lines, CSV, IRIs).

use arbitrary::{Arbitrary, Unstructured};
use serde_json::{Map, Value};
use std::collections::BTreeSet;
use vnkg::article::{parse_article, Article};
use vnkg::facts::{ArticleMeta, EdgeType, Evidence, NodeType};
use vnkg::graph::{Edge, KnowledgeGraph, Node};

/// Fuzz bytes as article text: invalid UTF-8 is replaced rather than
/// rejected, so that every input reaches the extractors.
pub fn text_of(data: &[u8]) -> String {
    String::from_utf8_lossy(data).into_owned()
}

/// The article of fuzz bytes, or None when the reader refuses it (empty,
/// no letters), as the pipeline would.
pub fn article_of(data: &[u8]) -> Option<Article> {
    parse_article("fuzz", &text_of(data)).ok()
}

/// Every edge type, for picking one by number.
pub const EDGE_TYPES: [EdgeType; 15] = EdgeType::ALL;

/// Attribute names the exporters treat specially, so that the fuzzer
/// reaches those paths without guessing the names.
const KNOWN_KEYS: [&str; 16] = [
    "date",
    "ordinal",
    "term",
    "kind",
    "code",
    "home_district",
    "home_province",
    "former",
    "conflicts",
    "province",
    "district",
    "parent",
    "gazetteer_code",
    "label",
    "id",
    "sources",
];

/// An attribute name: a known one or anything.
#[derive(Arbitrary, Debug)]
pub enum FuzzKey {
    /// One of [`KNOWN_KEYS`].
    Known(u8),
    /// Any string.
    Other(String),
}

impl FuzzKey {
    fn name(&self) -> String {
        match self {
            FuzzKey::Known(k) => KNOWN_KEYS[*k as usize % KNOWN_KEYS.len()].to_string(),
            FuzzKey::Other(s) => s.clone(),
        }
    }
}

/// An attribute value.
#[derive(Arbitrary, Debug)]
pub enum FuzzValue {
    /// null
    Null,
    /// true / false
    Bool(bool),
    /// An integer.
    Int(i64),
    /// A float (NaN and infinities become null in JSON).
    Float(f64),
    /// A string.
    Str(String),
    /// A date-like string, "YYYY-MM-DD" from three numbers.
    Date(u16, u8, u8),
    /// A list of strings.
    List(Vec<String>),
    /// An object.
    Object(Vec<(String, String)>),
}

impl FuzzValue {
    fn json(&self) -> Value {
        match self {
            FuzzValue::Null => Value::Null,
            FuzzValue::Bool(b) => Value::Bool(*b),
            FuzzValue::Int(i) => Value::from(*i),
            FuzzValue::Float(f) => serde_json::Number::from_f64(*f)
                .map(Value::Number)
                .unwrap_or(Value::Null),
            FuzzValue::Str(s) => Value::String(s.clone()),
            FuzzValue::Date(y, m, d) => Value::String(format!("{y:04}-{m:02}-{d:02}")),
            FuzzValue::List(v) => Value::Array(v.iter().cloned().map(Value::String).collect()),
            FuzzValue::Object(kv) => Value::Object(
                kv.iter()
                    .map(|(k, v)| (k.clone(), Value::String(v.clone())))
                    .collect(),
            ),
        }
    }
}

/// A node of the arbitrary graph.
#[derive(Arbitrary, Debug)]
pub struct FuzzNode {
    kind: u8,
    /// Id after the type prefix, or the whole id when `raw_id`.
    id: String,
    raw_id: bool,
    name: String,
    sources: Vec<String>,
    attrs: Vec<(FuzzKey, FuzzValue)>,
}

/// An article id: one of the graph's articles (by number), or any string.
#[derive(Arbitrary, Debug)]
pub enum ArticleRef {
    /// The article record with this number (modulo their count).
    Listed(u8),
    /// Any id.
    Other(String),
}

/// An edge of the arbitrary graph, between nodes picked by number.
#[derive(Arbitrary, Debug)]
pub struct FuzzEdge {
    from: u8,
    to: u8,
    kind: u8,
    sources: Vec<(ArticleRef, u16, u16, String)>,
    attrs: Vec<(FuzzKey, FuzzValue)>,
}

/// Export options, in the ranges the command line allows.
#[derive(Arbitrary, Debug)]
pub struct FuzzOptions {
    focus: Option<u8>,
    focus_name: bool,
    depth: u8,
    types: Option<Vec<u8>>,
    district: Option<String>,
    from: Option<(u16, u8, u8)>,
    to: Option<(u16, u8, u8)>,
    max_nodes: Option<u8>,
    odd_base: Option<String>,
}

/// An article record: id, headline, publication (year, month, day), URL
/// (made absolute with "https://" when the flag is set).
type FuzzArticle = (
    String,
    Option<String>,
    Option<(u16, u8, u8)>,
    Option<(bool, String)>,
);

/// An arbitrary graph and export options.
#[derive(Arbitrary, Debug)]
pub struct FuzzGraph {
    nodes: Vec<FuzzNode>,
    edges: Vec<FuzzEdge>,
    articles: Vec<FuzzArticle>,
    options: FuzzOptions,
}

fn attrs(list: &[(FuzzKey, FuzzValue)]) -> Map<String, Value> {
    list.iter().map(|(k, v)| (k.name(), v.json())).collect()
}

fn date(y: u16, m: u8, d: u8) -> Option<vnkg::date::Date> {
    vnkg::date::Date::ymd(i32::from(y % 3000), u32::from(m % 14), u32::from(d % 33))
}

impl FuzzGraph {
    /// Parse from fuzz bytes.
    pub fn from_bytes(data: &[u8]) -> Option<FuzzGraph> {
        FuzzGraph::arbitrary_take_rest(Unstructured::new(data)).ok()
    }

    /// The graph, built the way `nodelink::from_value` builds one: nodes in
    /// id order, one node per id, edges between existing nodes.
    pub fn graph(&self) -> KnowledgeGraph {
        let mut kg = KnowledgeGraph::default();
        let mut nodes: Vec<Node> = Vec::new();
        let mut seen = BTreeSet::new();
        for n in self.nodes.iter().take(48) {
            let kind = NodeType::ALL[n.kind as usize % NodeType::ALL.len()];
            let id = if n.raw_id {
                n.id.clone()
            } else {
                format!("{}:{}", kind.as_str(), n.id)
            };
            if !seen.insert(id.clone()) {
                continue;
            }
            nodes.push(Node {
                id,
                kind,
                name: n.name.clone(),
                sources: n.sources.iter().map(|s| s.as_str().into()).collect(),
                attrs: attrs(&n.attrs),
            });
        }
        nodes.sort_by(|a, b| a.id.cmp(&b.id));
        let mut order = Vec::new();
        for n in nodes {
            let id = n.id.clone();
            let ix = kg.graph.add_node(n);
            kg.index.insert(id, ix);
            order.push(ix);
        }
        if !order.is_empty() {
            for e in self.edges.iter().take(96) {
                let a = order[e.from as usize % order.len()];
                let b = order[e.to as usize % order.len()];
                let kind = EDGE_TYPES[e.kind as usize % EDGE_TYPES.len()];
                let sources = e
                    .sources
                    .iter()
                    .map(|(art, s, t, sentence)| Evidence {
                        article: match art {
                            ArticleRef::Listed(k) if !self.articles.is_empty() => self.articles
                                [*k as usize % self.articles.len()]
                            .0
                            .as_str()
                            .into(),
                            ArticleRef::Listed(k) => k.to_string().into(),
                            ArticleRef::Other(id) => id.as_str().into(),
                        },
                        start: usize::from(*s),
                        end: usize::from(*t),
                        sentence: sentence.as_str().into(),
                    })
                    .collect();
                kg.graph.add_edge(
                    a,
                    b,
                    Edge {
                        kind,
                        sources,
                        attrs: attrs(&e.attrs),
                    },
                );
            }
        }
        for (id, headline, published, url) in &self.articles {
            kg.articles.insert(
                id.clone(),
                ArticleMeta {
                    id: id.clone(),
                    headline: headline.clone(),
                    published: published.and_then(|(y, m, d)| date(y, m, d)),
                    url: url.as_ref().map(|(absolute, u)| {
                        if *absolute {
                            format!("https://{u}")
                        } else {
                            u.clone()
                        }
                    }),
                    hash: "0".repeat(16),
                    ..ArticleMeta::default()
                },
            );
        }
        kg
    }

    /// The export options.
    pub fn options(&self, kg: &KnowledgeGraph) -> vnkg::export::ExportOptions {
        let o = &self.options;
        let focus = o.focus.and_then(|k| {
            let n = kg.nodes().nth(k as usize % kg.graph.node_count().max(1))?;
            Some(if o.focus_name {
                n.name.clone()
            } else {
                n.id.clone()
            })
        });
        vnkg::export::ExportOptions {
            focus,
            depth: usize::from(o.depth % 4),
            types: o.types.as_ref().map(|ts| {
                ts.iter()
                    .map(|t| NodeType::ALL[*t as usize % NodeType::ALL.len()])
                    .collect()
            }),
            district: o.district.clone(),
            from: o.from.and_then(|(y, m, d)| date(y, m, d)),
            to: o.to.and_then(|(y, m, d)| date(y, m, d)),
            max_nodes: o.max_nodes.map(usize::from),
            base_iri: o
                .odd_base
                .clone()
                .unwrap_or_else(|| vnkg::export::DEFAULT_BASE.to_string()),
        }
    }
}

mod validate;
pub use validate::*;

/// Run `f` on the graph the bytes describe, as the export options they
/// describe select it: the start of every exporter target.
pub fn with_selection(data: &[u8], f: impl FnOnce(&KnowledgeGraph, &vnkg::export::ExportOptions)) {
    let Some(fg) = FuzzGraph::from_bytes(data) else {
        return;
    };
    let kg = fg.graph();
    let opts = fg.options(&kg);
    let Ok(sel) = vnkg::export::select(&kg, &opts) else {
        return;
    };
    f(&sel.graph, &opts);
}

/// Run `f` on the document of fuzz bytes (what every extractor works on),
/// then check the facts it left. A first line `meta:LOCALITY` becomes the
/// article's metadata locality, as a JSON line's "locality" would.
pub fn with_doc(data: &[u8], f: impl FnOnce(&mut vnkg::extract::Doc)) {
    let text = text_of(data);
    let (locality, body) = match text.strip_prefix("meta:") {
        Some(rest) => {
            let (first, body) = rest.split_once('\n').unwrap_or((rest, ""));
            (Some(vnkg::text::normalize(first)), body.to_string())
        }
        None => (None, text),
    };
    let Ok(mut article) = parse_article("fuzz", &body) else {
        return;
    };
    article.meta.locality = locality;
    let folded = vnkg::text::fold(&article.text);
    assert_eq!(folded.len(), article.text.len(), "folding keeps offsets");
    let mut doc = vnkg::extract::Doc::new(&article, &folded);
    f(&mut doc);
    check_facts(&doc.facts, &article.text);
}

/// Facts refer to their own entities, and evidence to the article's text.
pub fn check_facts(facts: &vnkg::facts::ArticleFacts, text: &str) {
    for r in &facts.relations {
        assert!(r.from < facts.entities.len() && r.to < facts.entities.len());
        let ev = &r.evidence;
        assert!(ev.start <= ev.end && ev.end <= text.len(), "{ev:?}");
        assert!(text.is_char_boundary(ev.start) && text.is_char_boundary(ev.end));
    }
    for e in &facts.entities {
        assert!(!e.key.is_empty(), "entity without a key: {e:?}");
    }
}
