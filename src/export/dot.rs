//! Graphviz DOT, built as a graphviz-rust syntax tree (never by pasting
//! strings), and SVG/PNG rendered by graphviz's `dot` when it is installed.
//!
//! The picture has one shape and colour per node type with a legend, the
//! edge type on every edge, and one cluster per district. Everything is in
//! id order so that the same graph always gives the same bytes.

use super::ExportOptions;
use crate::facts::{EdgeType, NodeType};
use crate::graph::KnowledgeGraph;
use graphviz_rust::dot_structures::{
    Attribute, Edge, EdgeTy, Graph, Id, Node, NodeId, Stmt, Subgraph, Vertex,
};
use graphviz_rust::printer::{DotPrinter, PrinterContext};
use petgraph::graph::NodeIndex;
use petgraph::visit::EdgeRef;
use petgraph::Direction;
use std::collections::BTreeMap;
use std::io::Write;
use std::process::{Command, Stdio};

/// The message shown when `dot` is missing.
pub const NO_DOT: &str = "graphviz's `dot` is not installed (apt-get install graphviz / brew install graphviz); `vnkg export dot` works without it";

/// Shape and fill colour of a node type.
pub fn style(t: NodeType) -> (&'static str, &'static str) {
    match t {
        NodeType::Person => ("ellipse", "#a6cee3"),
        NodeType::Title => ("box", "#fdbf6f"),
        NodeType::Committee => ("box3d", "#fb9a99"),
        NodeType::Province => ("doubleoctagon", "#33a02c"),
        NodeType::District => ("octagon", "#b2df8a"),
        NodeType::Ward => ("hexagon", "#e5f5e0"),
        NodeType::Resolution => ("note", "#ffff99"),
        NodeType::Meeting => ("cds", "#cab2d6"),
    }
}

/// Escape a string for a quoted DOT id. Graphviz keeps `\\` as a pair in
/// ids and turns it into one backslash in labels; `\"` is a quote in both;
/// `\n` is a line break in labels. Doubling every backslash first means no
/// other escape (`\l`, `\N`, `\G`...) can ever be formed by accident.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            // A bare CR would be kept by graphviz but is invisible; fold it into the break.
            '\r' => {}
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// The inverse of [`escape`] (for tests and round trips).
pub fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match it.next() {
            Some('n') => out.push('\n'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

fn q(s: &str) -> Id {
    Id::Escaped(format!("\"{}\"", escape(s)))
}

fn attr(k: &str, v: &str) -> Attribute {
    Attribute(Id::Plain(k.to_string()), q(v))
}

fn node(id: &str, attrs: Vec<Attribute>) -> Stmt {
    Stmt::Node(Node::new(NodeId(q(id), None), attrs))
}

fn type_attrs(t: NodeType) -> Vec<Attribute> {
    let (shape, fill) = style(t);
    vec![attr("shape", shape), attr("fillcolor", fill)]
}

/// The slug of a node id ("district:ha-noi/cau-giay" -> "ha-noi/cau-giay").
fn slug(id: &str) -> &str {
    id.split_once(':').map(|(_, s)| s).unwrap_or(id)
}

/// A district cluster: its slug ("ha-noi/cau-giay") and its label.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Cluster {
    /// District slug, as in district ids and `home_district` attributes.
    pub slug: String,
    /// Display label ("Quận Cầu Giấy").
    pub label: String,
}

/// The label of a district slug missing from the (sub)graph, from the
/// gazetteer, so that focus views without the district node still cluster.
fn gazetteer_label(slug_: &str) -> Option<(String, String)> {
    let g = crate::gazetteer::Gazetteer::get();
    g.districts.iter().find_map(|d| {
        let p = g.provinces.get(d.province)?;
        let s = format!(
            "{}/{}",
            crate::text::slug(&p.name),
            crate::text::slug(&d.name)
        );
        (s == slug_).then(|| (d.kind.clone(), d.name.clone()))
    })
}

/// The district cluster of every node that has one. Simple rules, applied
/// in order, so that the result depends on nothing but the graph:
/// a district is its own cluster; a node `part_of`/`located_in` a district,
/// or whose `home_district` names it, goes there; then a committee whose
/// name ends with the name of exactly one known district ("Quận ủy Cầu
/// Giấy"); then titles follow their committee and meetings their organiser.
pub fn clusters(kg: &KnowledgeGraph) -> BTreeMap<NodeIndex, Cluster> {
    let g = &kg.graph;
    // slug -> (kind, name) of every district the graph knows of.
    let mut known: BTreeMap<String, (String, String)> = BTreeMap::new();
    for (id, &ix) in &kg.index {
        let n = &g[ix];
        if n.kind == NodeType::District {
            let kind = n
                .attrs
                .get("kind")
                .and_then(|v| v.as_str())
                .unwrap_or("")
                .to_string();
            known.insert(slug(id).to_string(), (kind, n.name.clone()));
        }
    }
    for n in kg.nodes() {
        if let Some(s) = n.attrs.get("home_district").and_then(|v| v.as_str()) {
            if !known.contains_key(s) {
                if let Some(kn) = gazetteer_label(s) {
                    known.insert(s.to_string(), kn);
                }
            }
        }
    }
    let cluster = |s: &str| -> Option<Cluster> {
        let (kind, name) = known.get(s)?;
        let label = if kind.is_empty() {
            name.clone()
        } else {
            format!("{kind} {name}")
        };
        Some(Cluster {
            slug: s.to_string(),
            label,
        })
    };
    let mut of: BTreeMap<NodeIndex, Cluster> = BTreeMap::new();
    for (id, &ix) in &kg.index {
        let n = &g[ix];
        let found = if n.kind == NodeType::District {
            cluster(slug(id))
        } else if let Some(d) = g
            .edges_directed(ix, Direction::Outgoing)
            .filter(|e| matches!(e.weight().kind, EdgeType::PartOf | EdgeType::LocatedIn))
            .filter(|e| g[e.target()].kind == NodeType::District)
            .map(|e| g[e.target()].id.as_str())
            .min()
        {
            cluster(slug(d))
        } else if let Some(s) = n.attrs.get("home_district").and_then(|v| v.as_str()) {
            cluster(s)
        } else if n.kind == NodeType::Committee {
            let folded = crate::text::ascii_fold(&n.name);
            let hits: Vec<&String> = known
                .iter()
                .filter(|(_, (_, name))| {
                    let f = crate::text::ascii_fold(name);
                    !f.is_empty() && folded.ends_with(&format!(" {f}"))
                })
                .map(|(s, _)| s)
                .collect();
            match hits.as_slice() {
                [one] => cluster(one),
                _ => None,
            }
        } else {
            None
        };
        if let Some(c) = found {
            of.insert(ix, c);
        }
    }
    // Titles and meetings inherit from the committee they hang off.
    for &ix in kg.index.values() {
        if of.contains_key(&ix) {
            continue;
        }
        let via = match g[ix].kind {
            NodeType::Title => g
                .edges_directed(ix, Direction::Outgoing)
                .filter(|e| e.weight().kind == EdgeType::PostIn)
                .map(|e| e.target())
                .min(),
            NodeType::Meeting => g
                .edges_directed(ix, Direction::Incoming)
                .filter(|e| e.weight().kind == EdgeType::Organized)
                .map(|e| e.source())
                .min(),
            _ => None,
        };
        if let Some(c) = via.and_then(|c| of.get(&c).cloned()) {
            of.insert(ix, c);
        }
    }
    of
}

/// The DOT syntax tree of the graph.
pub fn to_graph(kg: &KnowledgeGraph, _opts: &ExportOptions) -> Graph {
    let g = &kg.graph;
    let mut stmts: Vec<Stmt> = vec![
        Stmt::Attribute(attr("rankdir", "LR")),
        Stmt::Attribute(attr("fontname", "Helvetica")),
        Stmt::Attribute(attr("charset", "UTF-8")),
        Stmt::GAttribute(graphviz_rust::dot_structures::GraphAttributes::Node(vec![
            attr("style", "filled"),
            attr("fontname", "Helvetica"),
            attr("fontsize", "10"),
        ])),
        Stmt::GAttribute(graphviz_rust::dot_structures::GraphAttributes::Edge(vec![
            attr("fontname", "Helvetica"),
            attr("fontsize", "8"),
            attr("color", "#555555"),
        ])),
    ];
    // Legend: only the types that occur, so small focus views stay small.
    let present: Vec<NodeType> = NodeType::ALL
        .iter()
        .copied()
        .filter(|t| kg.nodes().any(|n| n.kind == *t))
        .collect();
    if !present.is_empty() {
        let mut legend = vec![
            Stmt::Attribute(attr("label", "Legend")),
            Stmt::Attribute(attr("style", "rounded")),
            Stmt::Attribute(attr("color", "#999999")),
        ];
        for t in &present {
            let mut a = type_attrs(*t);
            a.push(attr("label", t.as_str()));
            legend.push(node(&format!("legend:{}", t.as_str()), a));
        }
        stmts.push(Stmt::Subgraph(Subgraph {
            id: q("cluster_legend"),
            stmts: legend,
        }));
    }
    let cl = clusters(kg);
    let node_stmt = |ix: NodeIndex| {
        let n = &g[ix];
        let mut a = type_attrs(n.kind);
        a.push(attr("label", &n.name));
        a.push(attr("tooltip", &n.id));
        node(&n.id, a)
    };
    // One cluster per district, in slug order; members in id order.
    let mut members: BTreeMap<&Cluster, Vec<NodeIndex>> = BTreeMap::new();
    for (&ix, c) in &cl {
        members.entry(c).or_default().push(ix);
    }
    for (k, (c, ixs)) in members.iter_mut().enumerate() {
        ixs.sort_by(|&a, &b| g[a].id.cmp(&g[b].id));
        let mut sub = vec![
            Stmt::Attribute(attr("label", &c.label)),
            Stmt::Attribute(attr("style", "rounded")),
            Stmt::Attribute(attr("color", "#4d9221")),
        ];
        sub.extend(ixs.iter().map(|&ix| node_stmt(ix)));
        stmts.push(Stmt::Subgraph(Subgraph {
            id: q(&format!("cluster_{k}")),
            stmts: sub,
        }));
    }
    for &ix in kg.index.values() {
        if !cl.contains_key(&ix) {
            stmts.push(node_stmt(ix));
        }
    }
    for (s, t, e) in kg.edges() {
        let mut a = vec![attr("label", e.kind.as_str())];
        let former = e.kind == EdgeType::Held
            || e.attrs.get("former").and_then(|v| v.as_bool()) == Some(true);
        if former {
            a.push(attr("style", "dashed"));
        }
        stmts.push(Stmt::Edge(Edge {
            ty: EdgeTy::Pair(
                Vertex::N(NodeId(q(&s.id), None)),
                Vertex::N(NodeId(q(&t.id), None)),
            ),
            attributes: a,
        }));
    }
    Graph::DiGraph {
        id: q("vnkg"),
        strict: false,
        stmts,
    }
}

/// The graph as DOT text.
pub fn write(kg: &KnowledgeGraph, opts: &ExportOptions) -> Result<String, String> {
    let mut ctx = PrinterContext::default();
    let mut s = to_graph(kg, opts).print(&mut ctx);
    s.push('\n');
    Ok(s)
}

/// Run `dot -T<format>` on DOT text; a clear error when `dot` is missing.
pub fn run_dot(dot_text: &str, format: &str) -> Result<Vec<u8>, String> {
    let mut child = match Command::new("dot")
        .arg(format!("-T{format}"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(c) => c,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(NO_DOT.to_string()),
        Err(e) => return Err(format!("cannot run graphviz's `dot`: {e}")),
    };
    // Feed stdin from a thread: a big graph could fill the stdout pipe while
    // we are still writing, and both processes would wait for ever.
    let stdin = child.stdin.take();
    let input = dot_text.to_string();
    let feeder = std::thread::spawn(move || stdin.map(|mut s| s.write_all(input.as_bytes())));
    let out = child
        .wait_with_output()
        .map_err(|e| format!("graphviz's `dot` failed: {e}"))?;
    let _ = feeder.join();
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        return Err(format!(
            "graphviz's `dot -T{format}` failed: {}",
            err.trim()
        ));
    }
    Ok(out.stdout)
}

/// The graph rendered by `dot` (`format` is "svg" or "png").
pub fn render(kg: &KnowledgeGraph, opts: &ExportOptions, format: &str) -> Result<Vec<u8>, String> {
    run_dot(&write(kg, opts)?, format)
}
