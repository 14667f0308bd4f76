//! The node-link JSON of the graph (`out/graph.json`): the format the
//! scorer reads and every query and export starts from.
//!
//! ```json
//! {"format": "vnkg-graph", "version": 1,
//!  "articles": [{"id": ..., "headline": ..., "published": ...}],
//!  "nodes": [{"id": "person:tran-thi-phuong-hoa", "type": "person",
//!             "name": "Trần Thị Phương Hoa", "sources": ["002_..."], ...}],
//!  "edges": [{"source": ..., "target": ..., "type": "holds",
//!             "sources": [{"article": ..., "start": 10, "end": 52,
//!                          "sentence": ...}]}]}
//! ```

use super::{Edge, KnowledgeGraph, Node};
use crate::facts::{ArticleMeta, EdgeType, Evidence, NodeType};
use serde_json::{json, Map, Value};
use std::collections::BTreeSet;
use std::path::Path;

/// The format name written in every graph file.
pub const FORMAT: &str = "vnkg-graph";
/// The newest format version this build reads and writes.
pub const VERSION: u64 = 1;

/// The graph as a node-link JSON value.
pub fn to_value(kg: &KnowledgeGraph) -> Value {
    let articles: Vec<Value> = kg
        .articles
        .values()
        .map(|a| serde_json::to_value(a).unwrap_or(Value::Null))
        .collect();
    let nodes: Vec<Value> = kg
        .nodes()
        .map(|n| {
            let mut m = Map::new();
            m.insert("id".into(), n.id.clone().into());
            m.insert("type".into(), n.kind.as_str().into());
            m.insert("name".into(), n.name.clone().into());
            m.insert(
                "sources".into(),
                n.sources
                    .iter()
                    .map(|a| Value::from(&**a))
                    .collect::<Vec<_>>()
                    .into(),
            );
            for (k, v) in &n.attrs {
                if !m.contains_key(k) {
                    m.insert(k.clone(), v.clone());
                }
            }
            Value::Object(m)
        })
        .collect();
    let edges: Vec<Value> = kg
        .edges()
        .map(|(s, t, e)| {
            let mut m = Map::new();
            m.insert("source".into(), s.id.clone().into());
            m.insert("target".into(), t.id.clone().into());
            m.insert("type".into(), e.kind.as_str().into());
            m.insert(
                "sources".into(),
                e.sources
                    .iter()
                    .map(|ev| serde_json::to_value(ev).unwrap_or(Value::Null))
                    .collect::<Vec<_>>()
                    .into(),
            );
            for (k, v) in &e.attrs {
                if !m.contains_key(k) {
                    m.insert(k.clone(), v.clone());
                }
            }
            Value::Object(m)
        })
        .collect();
    json!({
        "format": FORMAT,
        "version": VERSION,
        "articles": articles,
        "nodes": nodes,
        "edges": edges,
    })
}

/// One node as the file writes it: fixed keys first, then its attributes.
struct NodeOut<'a>(&'a Node);

impl serde::Serialize for NodeOut<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let n = self.0;
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("id", &n.id)?;
        m.serialize_entry("type", n.kind.as_str())?;
        m.serialize_entry("name", &n.name)?;
        m.serialize_entry("sources", &n.sources)?;
        for (k, v) in &n.attrs {
            if !matches!(k.as_str(), "id" | "type" | "name" | "sources") {
                m.serialize_entry(k, v)?;
            }
        }
        m.end()
    }
}

/// One edge as the file writes it.
struct EdgeOut<'a>(&'a Node, &'a Node, &'a Edge);

impl serde::Serialize for EdgeOut<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let (a, b, e) = (self.0, self.1, self.2);
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("source", &a.id)?;
        m.serialize_entry("target", &b.id)?;
        m.serialize_entry("type", e.kind.as_str())?;
        m.serialize_entry("sources", &e.sources)?;
        for (k, v) in &e.attrs {
            if !matches!(k.as_str(), "source" | "target" | "type" | "sources") {
                m.serialize_entry(k, v)?;
            }
        }
        m.end()
    }
}

/// Write the graph as pretty-printed JSON, ending with a newline.
///
/// Serialised straight from the graph, with no intermediate JSON tree, and
/// in parallel: records are pretty-printed in chunks on every core, a
/// window of a few megabytes at a time, and written in order. The bytes
/// are those of `serde_json::to_writer_pretty` on the whole document.
pub fn write_to<W: std::io::Write>(kg: &KnowledgeGraph, mut w: W) -> std::io::Result<()> {
    write!(
        w,
        "{{\n  \"format\": \"{FORMAT}\",\n  \"version\": {VERSION}"
    )?;
    let articles: Vec<&ArticleMeta> = kg.articles.values().collect();
    write_array(&mut w, "articles", &articles)?;
    let nodes: Vec<NodeOut> = kg.nodes().map(NodeOut).collect();
    write_array(&mut w, "nodes", &nodes)?;
    let edges: Vec<EdgeOut> = kg.edges().map(|(a, b, e)| EdgeOut(a, b, e)).collect();
    write_array(&mut w, "edges", &edges)?;
    w.write_all(b"\n}\n")
}

/// One member of the top-level object: an array of records, each at the
/// indentation the pretty printer gives the second level.
fn write_array<T: serde::Serialize + Sync, W: std::io::Write>(
    w: &mut W,
    name: &str,
    items: &[T],
) -> std::io::Result<()> {
    use rayon::prelude::*;
    write!(w, ",\n  \"{name}\": ")?;
    if items.is_empty() {
        return w.write_all(b"[]");
    }
    w.write_all(b"[")?;
    let mut first = true;
    for window in items.chunks(4096) {
        let parts: Vec<Vec<u8>> = window
            .par_chunks(256)
            .map(|chunk| {
                let mut out = Vec::with_capacity(chunk.len() * 512);
                let mut one = Vec::with_capacity(4096);
                for item in chunk {
                    one.clear();
                    serde_json::to_writer_pretty(&mut one, item).map_err(std::io::Error::other)?;
                    out.extend_from_slice(b",\n    ");
                    // Strings escape their line breaks, so every raw one
                    // is the pretty printer's and takes the deeper indent.
                    for (k, line) in one.split(|&b| b == b'\n').enumerate() {
                        if k > 0 {
                            out.extend_from_slice(b"\n    ");
                        }
                        out.extend_from_slice(line);
                    }
                }
                Ok(out)
            })
            .collect::<std::io::Result<_>>()?;
        for p in parts {
            // The first record has no comma before it.
            w.write_all(if first { &p[1..] } else { &p })?;
            first = false;
        }
    }
    w.write_all(b"\n  ]")
}

/// The graph as pretty-printed JSON text, ending with a newline.
pub fn to_string(kg: &KnowledgeGraph) -> String {
    let mut buf = Vec::new();
    if write_to(kg, &mut buf).is_err() {
        return "{}\n".into();
    }
    String::from_utf8(buf).unwrap_or_else(|_| "{}\n".into())
}

fn node_type(s: &str) -> Option<NodeType> {
    NodeType::ALL.iter().copied().find(|t| t.as_str() == s)
}

fn edge_type(s: &str) -> Option<EdgeType> {
    EdgeType::ALL.iter().copied().find(|t| t.as_str() == s)
}

/// What is wrong with text that does not parse as JSON, in words for the
/// user: a file cut short (an interrupted copy, a full disk) says so.
pub fn json_error(text: &str, e: &serde_json::Error) -> String {
    if text.trim().is_empty() {
        return "the file is empty (not a graph)".to_string();
    }
    match e.classify() {
        serde_json::error::Category::Eof => format!(
            "the file is cut short: it ends at line {}, column {}, in the middle of the JSON (truncated?)",
            e.line(),
            e.column()
        ),
        _ => format!("not valid JSON: {e}"),
    }
}

/// Check a graph file's format name and version without building the graph.
pub fn check_header(text: &str) -> Result<(), String> {
    let v: Value = serde_json::from_str(text).map_err(|e| json_error(text, &e))?;
    graph_object(&v).map(|_| ())
}

/// The top-level object of a graph, once its format and version are ones
/// this build reads.
fn graph_object(v: &Value) -> Result<&Map<String, Value>, String> {
    let obj = v
        .as_object()
        .ok_or("not a graph: the top level is not an object")?;
    if let Some(f) = obj.get("format").and_then(Value::as_str) {
        if f != FORMAT {
            return Err(format!("not a vnkg graph (format {f:?})"));
        }
    }
    let version = match obj.get("version") {
        None => VERSION,
        Some(v) => v
            .as_u64()
            .ok_or_else(|| format!("\"version\" is {v}, not a version number"))?,
    };
    if version > VERSION {
        return Err(format!(
            "graph format version {version} is newer than this vnkg reads ({VERSION}); upgrade vnkg"
        ));
    }
    Ok(obj)
}

/// Read a text file vnkg wrote (a graph, a facts file), with errors that
/// name the file and say what is wrong in words: missing (with a hint),
/// cut short in the middle of a character, or not UTF-8.
pub fn read_text(path: &Path) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| {
        let hint = if e.kind() == std::io::ErrorKind::NotFound {
            " (run `vnkg build` first, or give --graph FILE)"
        } else {
            ""
        };
        format!("{}: cannot read: {e}{hint}", path.display())
    })?;
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        match e.utf8_error().error_len() {
            None => format!(
                "{}: the file is cut short in the middle of a character at byte {at} (truncated?)",
                path.display()
            ),
            Some(_) => format!(
                "{}: not UTF-8 (invalid byte at offset {at}); not a file vnkg wrote, or damaged",
                path.display()
            ),
        }
    })
}

/// Read a graph file; errors name the file and say what is wrong and where.
pub fn read_file(path: &Path) -> Result<KnowledgeGraph, String> {
    let text = read_text(path)?;
    from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Read a node-link graph; errors say what is wrong and where.
pub fn from_str(text: &str) -> Result<KnowledgeGraph, String> {
    let v: Value = serde_json::from_str(text).map_err(|e| json_error(text, &e))?;
    from_value(&v)
}

/// Read a node-link graph from a JSON value.
pub fn from_value(v: &Value) -> Result<KnowledgeGraph, String> {
    let obj = graph_object(v)?;
    let mut kg = KnowledgeGraph::default();
    if let Some(arts) = obj.get("articles").and_then(Value::as_array) {
        for a in arts {
            let meta: ArticleMeta =
                serde_json::from_value(a.clone()).map_err(|e| format!("bad article entry: {e}"))?;
            kg.articles.insert(meta.id.clone(), meta);
        }
    }
    let nodes = obj
        .get("nodes")
        .and_then(Value::as_array)
        .ok_or("not a graph: no \"nodes\" array")?;
    let mut parsed = Vec::new();
    for (i, n) in nodes.iter().enumerate() {
        let m = n
            .as_object()
            .ok_or_else(|| format!("node {i} is not an object"))?;
        let id = m
            .get("id")
            .and_then(Value::as_str)
            .ok_or_else(|| format!("node {i} has no id"))?;
        let kind = m
            .get("type")
            .and_then(Value::as_str)
            .and_then(node_type)
            .ok_or_else(|| {
                let names: Vec<&str> = NodeType::ALL.iter().map(|t| t.as_str()).collect();
                format!(
                    "node {id} has type {}, not one of {}",
                    m.get("type").map_or("(none)".to_string(), Value::to_string),
                    names.join(", ")
                )
            })?;
        let name = m
            .get("name")
            .and_then(Value::as_str)
            .unwrap_or(id)
            .to_string();
        let sources: BTreeSet<std::sync::Arc<str>> = m
            .get("sources")
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(|s| s.as_str().map(std::sync::Arc::from))
                    .collect()
            })
            .unwrap_or_default();
        let attrs: Map<String, Value> = m
            .iter()
            .filter(|(k, _)| !matches!(k.as_str(), "id" | "type" | "name" | "sources"))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        parsed.push(Node {
            id: id.to_string(),
            kind,
            name,
            sources,
            attrs,
        });
    }
    parsed.sort_by(|a, b| a.id.cmp(&b.id));
    for n in parsed {
        if kg.index.contains_key(&n.id) {
            return Err(format!("node id {} appears twice", n.id));
        }
        let id = n.id.clone();
        let ix = kg.graph.add_node(n);
        kg.index.insert(id, ix);
    }
    let edges = obj
        .get("edges")
        .or_else(|| obj.get("links"))
        .and_then(Value::as_array)
        .ok_or("not a graph: no \"edges\" array")?;
    for (i, e) in edges.iter().enumerate() {
        let m = e
            .as_object()
            .ok_or_else(|| format!("edge {i} is not an object"))?;
        let get = |k: &str| m.get(k).and_then(Value::as_str);
        let (Some(s), Some(t)) = (get("source"), get("target")) else {
            return Err(format!("edge {i} lacks source or target"));
        };
        let kind = get("type").and_then(edge_type).ok_or_else(|| {
            format!(
                "edge {i} ({s} -> {t}) has type {}, not an edge type of vnkg",
                m.get("type").map_or("(none)".to_string(), Value::to_string)
            )
        })?;
        let (Some(&si), Some(&ti)) = (kg.index.get(s), kg.index.get(t)) else {
            return Err(format!("edge {i} refers to a missing node ({s} -> {t})"));
        };
        let sources: Vec<Evidence> = m
            .get("sources")
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(|x| match x {
                        Value::String(id) => Some(Evidence {
                            article: id.as_str().into(),
                            start: 0,
                            end: 0,
                            sentence: "".into(),
                        }),
                        other => serde_json::from_value(other.clone()).ok(),
                    })
                    .collect()
            })
            .unwrap_or_default();
        let attrs: Map<String, Value> = m
            .iter()
            .filter(|(k, _)| !matches!(k.as_str(), "source" | "target" | "type" | "sources"))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        kg.graph.add_edge(
            si,
            ti,
            Edge {
                kind,
                sources,
                attrs,
            },
        );
    }
    Ok(kg)
}
