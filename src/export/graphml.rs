//! GraphML with typed attribute keys, for Gephi, Cytoscape, yEd and
//! NetworkX. Nodes carry `label` (the display name, which Gephi and
//! Cytoscape show), `type` and `sources` (article ids, space-separated);
//! edges carry `type` and `sources`; every other attribute gets a key whose
//! `attr.type` is inferred from its values (boolean, long, double, or
//! string, with structured values as JSON text).

use super::ExportOptions;
use crate::graph::KnowledgeGraph;
use serde_json::{Map, Value};
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// Escape text for XML content and attribute values. Characters XML 1.0
/// cannot carry at all (most C0 controls) become U+FFFD; line breaks and
/// tabs are written as character references so that attribute-value
/// normalisation does not turn them into spaces.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// The GraphML type of a set of JSON values.
fn infer(values: &[&Value]) -> &'static str {
    if values.iter().all(|v| v.is_boolean()) {
        "boolean"
    } else if values.iter().all(|v| v.is_i64()) {
        "long"
    } else if values.iter().all(|v| v.is_number()) {
        "double"
    } else {
        "string"
    }
}

fn text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        other => other.to_string(),
    }
}

/// A typed key: its GraphML id, the attribute name and type.
struct Key {
    id: String,
    name: String,
    ty: &'static str,
}

/// The names reserved for the fixed keys; attributes with the same name are
/// written as `attr_<name>` so that nothing is lost or overwritten.
const RESERVED: [&str; 4] = ["label", "type", "sources", "id"];

fn attr_name(k: &str) -> String {
    if RESERVED.contains(&k) {
        format!("attr_{k}")
    } else {
        k.to_string()
    }
}

/// The attribute keys of a family of attribute maps, in name order.
fn attr_keys<'a>(
    maps: impl Iterator<Item = &'a Map<String, Value>>,
    prefix: &str,
    first: usize,
) -> Vec<(String, Key)> {
    let mut values: BTreeMap<String, Vec<&Value>> = BTreeMap::new();
    for m in maps {
        for (k, v) in m {
            if !v.is_null() {
                values.entry(k.clone()).or_default().push(v);
            }
        }
    }
    values
        .into_iter()
        .enumerate()
        .map(|(i, (k, vs))| {
            let key = Key {
                id: format!("{prefix}{}", first + i),
                name: attr_name(&k),
                ty: infer(&vs),
            };
            (k, key)
        })
        .collect()
}

/// The graph as GraphML text.
pub fn write(kg: &KnowledgeGraph, _opts: &ExportOptions) -> Result<String, String> {
    let fixed_node = [("kn0", "label"), ("kn1", "type"), ("kn2", "sources")];
    // Key ids are prefixed so they never equal an edge id ("e0").
    let fixed_edge = [("ke0", "type"), ("ke1", "sources")];
    let node_keys = attr_keys(kg.nodes().map(|n| &n.attrs), "kn", fixed_node.len());
    let edge_keys = attr_keys(kg.edges().map(|(_, _, e)| &e.attrs), "ke", fixed_edge.len());

    let mut s = String::new();
    s.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    s.push_str(
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n",
    );
    let key_line = |s: &mut String, id: &str, dom: &str, name: &str, ty: &str| {
        let _ = writeln!(
            s,
            "  <key id=\"{id}\" for=\"{dom}\" attr.name=\"{}\" attr.type=\"{ty}\"/>",
            escape(name)
        );
    };
    for (id, name) in fixed_node {
        key_line(&mut s, id, "node", name, "string");
    }
    for (_, k) in &node_keys {
        key_line(&mut s, &k.id, "node", &k.name, k.ty);
    }
    for (id, name) in fixed_edge {
        key_line(&mut s, id, "edge", name, "string");
    }
    for (_, k) in &edge_keys {
        key_line(&mut s, &k.id, "edge", &k.name, k.ty);
    }
    s.push_str("  <graph id=\"vnkg\" edgedefault=\"directed\">\n");
    let data = |s: &mut String, key: &str, v: &str| {
        let _ = writeln!(s, "      <data key=\"{key}\">{}</data>", escape(v));
    };
    for n in kg.nodes() {
        let _ = writeln!(s, "    <node id=\"{}\">", escape(&n.id));
        data(&mut s, "kn0", &n.name);
        data(&mut s, "kn1", n.kind.as_str());
        data(
            &mut s,
            "kn2",
            &n.sources.iter().cloned().collect::<Vec<_>>().join(" "),
        );
        for (k, key) in &node_keys {
            if let Some(v) = n.attrs.get(k).filter(|v| !v.is_null()) {
                data(&mut s, &key.id, &text(v));
            }
        }
        s.push_str("    </node>\n");
    }
    for (i, (a, b, e)) in kg.edges().enumerate() {
        let _ = writeln!(
            s,
            "    <edge id=\"e{i}\" source=\"{}\" target=\"{}\">",
            escape(&a.id),
            escape(&b.id)
        );
        data(&mut s, "ke0", e.kind.as_str());
        let mut arts: Vec<&str> = e.sources.iter().map(|ev| &*ev.article).collect();
        arts.sort();
        arts.dedup();
        data(&mut s, "ke1", &arts.join(" "));
        for (k, key) in &edge_keys {
            if let Some(v) = e.attrs.get(k).filter(|v| !v.is_null()) {
                data(&mut s, &key.id, &text(v));
            }
        }
        s.push_str("    </edge>\n");
    }
    s.push_str("  </graph>\n</graphml>\n");
    Ok(s)
}
