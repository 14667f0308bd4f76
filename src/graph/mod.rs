//! The knowledge graph: one node per real entity across articles, edges
//! with the evidence of every article that states them.
//!
//! [`merge`] builds it from per-article facts (the merge rules live there);
//! [`nodelink`] reads and writes the node-link JSON every other format and
//! query starts from; [`cache`] keeps a binary copy beside it for fast loads.

pub mod cache;
pub mod merge;
pub mod nodelink;

use crate::facts::{ArticleMeta, EdgeType, Evidence, NodeType};
use petgraph::graph::{DiGraph, NodeIndex};
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet};

/// A node of the graph.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// Stable readable id ("person:tran-thi-phuong-hoa").
    pub id: String,
    /// Node type.
    pub kind: NodeType,
    /// Display name.
    pub name: String,
    /// Articles that mention it.
    pub sources: BTreeSet<std::sync::Arc<str>>,
    /// Type-specific attributes.
    pub attrs: Map<String, Value>,
}

/// An edge of the graph.
#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    /// Edge type.
    pub kind: EdgeType,
    /// Evidence from every article that states it.
    pub sources: Vec<Evidence>,
    /// Attributes (e.g. `former`).
    pub attrs: Map<String, Value>,
}

/// The merged graph.
#[derive(Debug, Clone, Default)]
pub struct KnowledgeGraph {
    /// The graph itself; nodes are in id order, edges in (source, type, target) order.
    pub graph: DiGraph<Node, Edge>,
    /// Node index by id.
    pub index: BTreeMap<String, NodeIndex>,
    /// The articles the graph was built from, by id.
    pub articles: BTreeMap<String, ArticleMeta>,
    /// What dates each article's facts, built by the first question asked
    /// (see [`crate::query`]); a graph is not changed once it is queried.
    pub(crate) dating: std::sync::OnceLock<crate::query::ArticleDays>,
}

impl KnowledgeGraph {
    /// The node with this id.
    pub fn node(&self, id: &str) -> Option<&Node> {
        self.index.get(id).map(|&i| &self.graph[i])
    }

    /// Every node, in id order.
    pub fn nodes(&self) -> impl Iterator<Item = &Node> {
        self.index.values().map(|&i| &self.graph[i])
    }

    /// Number of nodes of each type.
    pub fn counts(&self) -> BTreeMap<NodeType, usize> {
        let mut m = BTreeMap::new();
        for n in self.nodes() {
            *m.entry(n.kind).or_insert(0) += 1;
        }
        m
    }

    /// Every edge as (source node, target node, edge), in file order.
    pub fn edges(&self) -> impl Iterator<Item = (&Node, &Node, &Edge)> {
        self.graph.edge_indices().filter_map(move |e| {
            let (a, b) = self.graph.edge_endpoints(e)?;
            Some((&self.graph[a], &self.graph[b], &self.graph[e]))
        })
    }
}
