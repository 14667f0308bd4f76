//! Exporters: the graph as pictures (DOT, SVG, PNG), as linked data
//! (JSON-LD, N-Triples) and in the formats graph tools load (GraphML,
//! neo4j CSV + Cypher).
//!
//! Every exporter is a small writer in its own file working on a
//! [`KnowledgeGraph`]; [`select`] first cuts the graph down to what was asked
//! for (a focus neighbourhood, some types, one district, a date window, a
//! node budget), so that every format honours the same options.

pub mod dot;
pub mod graphml;
pub mod jsonld;
pub mod neo4j;
pub mod ntriples;
pub mod rdf;

use crate::date::Date;
use crate::facts::NodeType;
use crate::graph::{nodelink, KnowledgeGraph, Node};
use petgraph::graph::NodeIndex;
use petgraph::visit::EdgeRef;
use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::str::FromStr;

/// An export format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Graphviz DOT source.
    Dot,
    /// SVG rendered by graphviz's `dot`.
    Svg,
    /// PNG rendered by graphviz's `dot`.
    Png,
    /// The node-link JSON graph itself.
    Json,
    /// JSON-LD 1.1 (schema.org, W3C ORG, PROV).
    Jsonld,
    /// N-Triples from the same mapping as JSON-LD.
    Ntriples,
    /// GraphML with typed attribute keys.
    Graphml,
    /// A directory of neo4j-admin import CSV files and a LOAD CSV script.
    Neo4j,
}

impl Format {
    /// Every format, in the order of the help text.
    pub const ALL: [Format; 8] = [
        Format::Dot,
        Format::Svg,
        Format::Png,
        Format::Json,
        Format::Jsonld,
        Format::Ntriples,
        Format::Graphml,
        Format::Neo4j,
    ];

    /// The name used on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Dot => "dot",
            Format::Svg => "svg",
            Format::Png => "png",
            Format::Json => "json",
            Format::Jsonld => "jsonld",
            Format::Ntriples => "ntriples",
            Format::Graphml => "graphml",
            Format::Neo4j => "neo4j",
        }
    }

    /// The usual file extension (neo4j writes a directory).
    pub fn extension(self) -> &'static str {
        match self {
            Format::Ntriples => "nt",
            Format::Neo4j => "neo4j",
            other => other.as_str(),
        }
    }
}

impl FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let want = s.trim().to_ascii_lowercase();
        let alias = match want.as_str() {
            "json-ld" => "jsonld",
            "nt" | "n-triples" => "ntriples",
            "gv" => "dot",
            other => other,
        };
        Format::ALL
            .iter()
            .copied()
            .find(|f| f.as_str() == alias)
            .ok_or_else(|| {
                let names: Vec<&str> = Format::ALL.iter().map(|f| f.as_str()).collect();
                format!("unknown export format {s:?} (one of {})", names.join(", "))
            })
    }
}

/// What to export and how.
#[derive(Debug, Clone)]
pub struct ExportOptions {
    /// Keep only the neighbourhood of this node (id, or exact name).
    pub focus: Option<String>,
    /// Neighbourhood radius around `focus`, in edges (direction ignored).
    pub depth: usize,
    /// Keep only nodes of these types (the focus node is always kept).
    pub types: Option<Vec<NodeType>>,
    /// Keep only what concerns this district (id, slug or name).
    pub district: Option<String>,
    /// Drop meetings before this date.
    pub from: Option<Date>,
    /// Drop meetings after this date.
    pub to: Option<Date>,
    /// Keep at most this many nodes (with a note when the graph was cut).
    pub max_nodes: Option<usize>,
    /// Base of the IRIs of linked-data exports.
    pub base_iri: String,
}

/// The default IRI base.
pub const DEFAULT_BASE: &str = "https://vnkg.example/id/";

impl Default for ExportOptions {
    fn default() -> Self {
        ExportOptions {
            focus: None,
            depth: 1,
            types: None,
            district: None,
            from: None,
            to: None,
            max_nodes: None,
            base_iri: DEFAULT_BASE.to_string(),
        }
    }
}

/// Parse a comma-separated list of node types ("person,meeting").
pub fn parse_types(s: &str) -> Result<Vec<NodeType>, String> {
    let mut out = Vec::new();
    for part in s.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let t = NodeType::ALL
            .iter()
            .copied()
            .find(|t| t.as_str() == part.to_ascii_lowercase())
            .ok_or_else(|| {
                let names: Vec<&str> = NodeType::ALL.iter().map(|t| t.as_str()).collect();
                format!("unknown node type {part:?} (one of {})", names.join(", "))
            })?;
        if !out.contains(&t) {
            out.push(t);
        }
    }
    if out.is_empty() {
        return Err("--types needs at least one node type".into());
    }
    Ok(out)
}

/// A subgraph chosen by [`select`], with notes for the user (e.g. that the
/// node budget cut it).
#[derive(Debug, Clone)]
pub struct Selection {
    /// The selected subgraph.
    pub graph: KnowledgeGraph,
    /// Human-readable notes about the selection.
    pub notes: Vec<String>,
}

/// Find a node by id or, failing that, by exact (unique) display name.
fn resolve(kg: &KnowledgeGraph, what: &str, kind: Option<NodeType>) -> Result<NodeIndex, String> {
    if let Some(&ix) = kg.index.get(what) {
        if kind.is_none_or(|k| kg.graph[ix].kind == k) {
            return Ok(ix);
        }
    }
    let folded = crate::text::ascii_fold(what);
    let matches: Vec<NodeIndex> = kg
        .index
        .values()
        .copied()
        .filter(|&ix| {
            let n = &kg.graph[ix];
            kind.is_none_or(|k| n.kind == k)
                && (n.name == what
                    || crate::text::ascii_fold(&n.name) == folded
                    || n.id.split_once(':').is_some_and(|(_, slug)| slug == what))
        })
        .collect();
    match matches.as_slice() {
        [one] => Ok(*one),
        [] => Err(format!("no node {what:?} in the graph")),
        many => {
            let ids: Vec<&str> = many
                .iter()
                .take(5)
                .map(|&i| kg.graph[i].id.as_str())
                .collect();
            Err(format!(
                "{what:?} is ambiguous: {} (use an id)",
                ids.join(", ")
            ))
        }
    }
}

/// Undirected BFS distances from `start`, up to `depth`.
fn neighbourhood(
    kg: &KnowledgeGraph,
    start: NodeIndex,
    depth: usize,
) -> BTreeMap<NodeIndex, usize> {
    let mut dist = BTreeMap::new();
    dist.insert(start, 0);
    let mut queue = VecDeque::from([start]);
    while let Some(ix) = queue.pop_front() {
        let d = dist[&ix];
        if d >= depth {
            continue;
        }
        // Sorted so that the visiting order (and so any tie-break) is stable.
        let mut next: Vec<NodeIndex> = kg.graph.neighbors_undirected(ix).collect();
        next.sort();
        for n in next {
            if let std::collections::btree_map::Entry::Vacant(e) = dist.entry(n) {
                e.insert(d + 1);
                queue.push_back(n);
            }
        }
    }
    dist
}

/// True when a node concerns the district (`slug` like "ha-noi/cau-giay",
/// display `name` like "Cầu Giấy"): its attributes name the district, or
/// its own name ends with the district's name ("Quận ủy Cầu Giấy").
fn mentions_district(n: &Node, slug: &str, name: &str) -> bool {
    let attr_hit = n.attrs.iter().any(|(k, v)| {
        v.as_str().is_some_and(|s| {
            s == slug
                || (k == "district" && s == name)
                || (k.ends_with("district") && s.ends_with(slug))
        })
    });
    let folded_name = crate::text::ascii_fold(&n.name);
    let folded_district = crate::text::ascii_fold(name);
    attr_hit
        || (!folded_district.is_empty()
            && (folded_name.ends_with(&format!(" {folded_district}"))
                || folded_name.contains(&format!(" {folded_district} "))))
}

/// Cut the graph down to what the options ask for. Errors when the focus
/// node or the district does not exist.
pub fn select(kg: &KnowledgeGraph, opts: &ExportOptions) -> Result<Selection, String> {
    let mut notes = Vec::new();
    let mut keep: BTreeSet<NodeIndex> = kg.index.values().copied().collect();
    // Distance from the focus; used to keep the closest nodes under --max-nodes.
    let mut rank: BTreeMap<NodeIndex, usize> = BTreeMap::new();
    let mut focus_ix = None;
    if let Some(f) = &opts.focus {
        let ix = resolve(kg, f, None)?;
        focus_ix = Some(ix);
        rank = neighbourhood(kg, ix, opts.depth);
        keep.retain(|i| rank.contains_key(i));
    }
    if let Some(types) = &opts.types {
        keep.retain(|&i| Some(i) == focus_ix || types.contains(&kg.graph[i].kind));
    }
    if let Some(d) = &opts.district {
        let dix = resolve(kg, d, Some(NodeType::District))?;
        let dn = &kg.graph[dix];
        let slug = dn
            .id
            .split_once(':')
            .map(|(_, s)| s)
            .unwrap_or(&dn.id)
            .to_string();
        let name = dn.name.clone();
        let adjacent: BTreeSet<NodeIndex> = kg.graph.neighbors_undirected(dix).collect();
        keep.retain(|&i| {
            i == dix
                || Some(i) == focus_ix
                || adjacent.contains(&i)
                || mentions_district(&kg.graph[i], &slug, &name)
        });
    }
    if opts.from.is_some() || opts.to.is_some() {
        keep.retain(|&i| {
            let n = &kg.graph[i];
            if n.kind != NodeType::Meeting || Some(i) == focus_ix {
                return true;
            }
            // A meeting without a readable date cannot be placed in the window.
            let Some(date) = n
                .attrs
                .get("date")
                .and_then(|v| v.as_str())
                .and_then(|s| s.parse::<Date>().ok())
            else {
                return false;
            };
            opts.from.is_none_or(|f| date >= f) && opts.to.is_none_or(|t| date <= t)
        });
    }
    if let Some(max) = opts.max_nodes {
        if keep.len() > max {
            let total = keep.len();
            let degree = |i: NodeIndex| {
                kg.graph
                    .edges_directed(i, petgraph::Direction::Outgoing)
                    .count()
                    + kg.graph
                        .edges_directed(i, petgraph::Direction::Incoming)
                        .count()
            };
            let mut order: Vec<NodeIndex> = keep.iter().copied().collect();
            // Closest to the focus first, then the best connected, then by id:
            // the most informative nodes survive, deterministically.
            order.sort_by(|&a, &b| {
                let ra = rank.get(&a).copied().unwrap_or(usize::MAX);
                let rb = rank.get(&b).copied().unwrap_or(usize::MAX);
                ra.cmp(&rb)
                    .then(degree(b).cmp(&degree(a)))
                    .then(kg.graph[a].id.cmp(&kg.graph[b].id))
            });
            keep = order.into_iter().take(max).collect();
            notes.push(format!(
                "the graph was cut to {max} of {total} nodes (--max-nodes {max}); narrow it with --focus, --types, --district or --from/--to"
            ));
        }
    }
    Ok(Selection {
        graph: subgraph(kg, &keep),
        notes,
    })
}

/// The subgraph induced by `keep`, with the articles it still refers to.
fn subgraph(kg: &KnowledgeGraph, keep: &BTreeSet<NodeIndex>) -> KnowledgeGraph {
    let mut out = KnowledgeGraph::default();
    let mut map = BTreeMap::new();
    // Adding in id order keeps the "nodes are in id order" invariant.
    for &old in kg.index.values() {
        if keep.contains(&old) {
            let n = kg.graph[old].clone();
            let id = n.id.clone();
            let new = out.graph.add_node(n);
            out.index.insert(id, new);
            map.insert(old, new);
        }
    }
    let mut used: BTreeSet<String> = BTreeSet::new();
    for e in kg.graph.edge_references() {
        if let (Some(&a), Some(&b)) = (map.get(&e.source()), map.get(&e.target())) {
            let w = e.weight().clone();
            used.extend(w.sources.iter().map(|ev| ev.article.to_string()));
            out.graph.add_edge(a, b, w);
        }
    }
    for n in out.graph.node_weights() {
        used.extend(n.sources.iter().map(|a| a.to_string()));
    }
    out.articles = kg
        .articles
        .iter()
        .filter(|(id, _)| used.contains(*id))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    out
}

/// What an export did.
#[derive(Debug, Clone, Default)]
pub struct ExportReport {
    /// Files written (empty when the output went to stdout).
    pub written: Vec<PathBuf>,
    /// Notes for the user (e.g. that the graph was cut).
    pub notes: Vec<String>,
    /// Nodes exported.
    pub nodes: usize,
    /// Edges exported.
    pub edges: usize,
}

/// The text of a one-file, text format.
fn render_text(
    kg: &KnowledgeGraph,
    format: Format,
    opts: &ExportOptions,
) -> Result<String, String> {
    match format {
        Format::Dot => dot::write(kg, opts),
        Format::Json => Ok(nodelink::to_string(kg)),
        Format::Jsonld => jsonld::write(kg, opts),
        Format::Ntriples => ntriples::write(kg, opts),
        Format::Graphml => graphml::write(kg, opts),
        Format::Svg | Format::Png | Format::Neo4j => {
            Err(format!("{} is not a text format", format.as_str()))
        }
    }
}

/// The bytes of a one-file format.
pub fn render(
    kg: &KnowledgeGraph,
    format: Format,
    opts: &ExportOptions,
) -> Result<Vec<u8>, String> {
    match format {
        Format::Svg => dot::render(kg, opts, "svg"),
        Format::Png => dot::render(kg, opts, "png"),
        Format::Neo4j => Err("neo4j writes a directory of files: give one with -o DIR".into()),
        other => render_text(kg, other, opts).map(String::into_bytes),
    }
}

/// Select the subgraph the options ask for and write it in `format` to
/// `out` (a file, or a directory for neo4j), or to stdout when `out` is
/// `None` and the format is one file.
pub fn export(
    kg: &KnowledgeGraph,
    format: Format,
    opts: &ExportOptions,
    out: Option<&Path>,
) -> Result<ExportReport, String> {
    let sel = select(kg, opts)?;
    let g = &sel.graph;
    let mut report = ExportReport {
        written: Vec::new(),
        notes: sel.notes.clone(),
        nodes: g.graph.node_count(),
        edges: g.graph.edge_count(),
    };
    if format == Format::Neo4j {
        let dir = out.ok_or("neo4j writes a directory of files: give one with -o DIR")?;
        report.written = neo4j::write_dir(g, opts, dir)?;
        return Ok(report);
    }
    let bytes = render(g, format, opts)?;
    match out {
        Some(p) => {
            crate::pipeline::write_atomic(p, &bytes)
                .map_err(|e| format!("{}: cannot write: {e}", p.display()))?;
            report.written.push(p.to_path_buf());
        }
        None => {
            let mut stdout = std::io::stdout().lock();
            stdout
                .write_all(&bytes)
                .and_then(|_| stdout.flush())
                .map_err(|e| format!("cannot write to stdout: {e}"))?;
        }
    }
    Ok(report)
}
