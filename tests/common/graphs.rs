//! Graph helpers shared by the extractor tests and the fuzz regression
//! tests: one article's graph, and the names along its edges.

#![allow(dead_code)]

use vnkg::facts::{ArticleFacts, EdgeType, NodeType};
use vnkg::graph::{merge::merge, KnowledgeGraph};
use vnkg::pipeline::extract_text;

/// The facts of one article written for a test.
pub fn facts(id: &str, text: &str) -> ArticleFacts {
    extract_text(id, text).expect("article parses")
}

/// The graph of one article written for a test.
pub fn graph(text: &str) -> KnowledgeGraph {
    merge(&[facts("t", text)])
}

/// Names of the nodes of `kind`, sorted.
pub fn names_of(kg: &KnowledgeGraph, kind: NodeType) -> Vec<String> {
    let mut v: Vec<String> = kg
        .nodes()
        .filter(|n| n.kind == kind)
        .map(|n| n.name.clone())
        .collect();
    v.sort();
    v
}

/// Targets of `edge` from the node named `from`, by name.
pub fn out(kg: &KnowledgeGraph, from: &str, edge: EdgeType) -> Vec<String> {
    let mut v: Vec<String> = kg
        .edges()
        .filter(|(s, _, e)| s.name == from && e.kind == edge)
        .map(|(_, t, _)| t.name.clone())
        .collect();
    v.sort();
    v
}

/// Sources of `edge` into nodes of `kind`, by name.
pub fn into(kg: &KnowledgeGraph, kind: NodeType, edge: EdgeType) -> Vec<String> {
    let mut v: Vec<String> = kg
        .edges()
        .filter(|(_, t, e)| t.kind == kind && e.kind == edge)
        .map(|(s, _, _)| s.name.clone())
        .collect();
    v.sort();
    v.dedup();
    v
}

/// Targets of every `edge`, by name, sorted.
pub fn targets(kg: &KnowledgeGraph, edge: EdgeType) -> Vec<String> {
    let mut v: Vec<String> = kg
        .edges()
        .filter(|(_, _, e)| e.kind == edge)
        .map(|(_, t, _)| t.name.clone())
        .collect();
    v.sort();
    v
}

/// Sources of the edges into the meeting of `date` whose type `keep`
/// accepts, by name.
pub fn on_meeting(kg: &KnowledgeGraph, date: &str, keep: impl Fn(EdgeType) -> bool) -> Vec<String> {
    let m = kg
        .nodes()
        .find(|n| n.kind == NodeType::Meeting && n.attrs["date"] == date)
        .unwrap();
    let mut v: Vec<String> = kg
        .edges()
        .filter(|(_, t, e)| t.id == m.id && keep(e.kind))
        .map(|(s, _, _)| s.name.clone())
        .collect();
    v.sort();
    v
}

/// Dates of the meetings, sorted.
pub fn meeting_dates(kg: &KnowledgeGraph) -> Vec<String> {
    let mut v: Vec<String> = kg
        .nodes()
        .filter(|n| n.kind == NodeType::Meeting)
        .filter_map(|n| {
            n.attrs
                .get("date")
                .and_then(|d| d.as_str())
                .map(str::to_string)
        })
        .collect();
    v.sort();
    v
}
