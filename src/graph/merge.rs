//! Merge rules: which mentions are one entity.
//!
//! - Persons: the same folded name ("uỷ"/"ủy", case, NFC/NFD folded) is one
//!   person unless the mentions belong to different districts (homonyms are
//!   kept apart); a mention with only a province, or no place, joins the
//!   district it is compatible with.
//! - Titles and committees: the same folded canonical name.
//! - Resolutions: the same code; codes of district bodies (…/QU, …/HU,
//!   state codes) once per district, those of city and central bodies (…/TU,
//!   …/TW) once.
//! - Places: the gazetteer unit. Meetings: the same date and organizer.
//!
//! The result depends only on the set of articles, never on their order.

use super::{Edge, KnowledgeGraph, Node};
use crate::facts::{ArticleFacts, EdgeType, Evidence, NodeType};
use crate::text::slug;
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet};

/// Why two mentions became one node, for the merge report.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum MergeRule {
    /// Same folded name (and compatible place, for persons).
    SameName,
    /// Same document code (and district, for district documents).
    SameCode,
    /// Same gazetteer unit.
    SamePlace,
    /// Same date and organizer.
    SameMeeting,
}

/// Group key of an entity before ids are assigned.
type GroupKey = (NodeType, String);

/// A person mention: (article, entity, home district, home province).
type PersonMention = (usize, usize, Option<String>, Option<String>);

/// Edges being merged: evidence and attributes by (source, type, target).
type EdgeAcc = BTreeMap<(String, EdgeType, String), (Vec<Evidence>, Map<String, Value>)>;

fn person_cluster(attrs: &Map<String, Value>) -> (Option<String>, Option<String>) {
    let d = attrs
        .get("home_district")
        .and_then(Value::as_str)
        .map(str::to_string);
    let p = attrs
        .get("home_province")
        .and_then(Value::as_str)
        .map(str::to_string);
    (d, p)
}

/// Assign each person mention (article, entity index) to a cluster key.
fn person_keys(facts: &[&ArticleFacts]) -> BTreeMap<(usize, usize), String> {
    // name key -> mentions
    let mut by_name: BTreeMap<String, Vec<PersonMention>> = BTreeMap::new();
    for (a, f) in facts.iter().enumerate() {
        for (i, e) in f.entities.iter().enumerate() {
            if e.kind == NodeType::Person {
                let (d, p) = person_cluster(&e.attrs);
                by_name.entry(e.key.clone()).or_default().push((a, i, d, p));
            }
        }
    }
    let mut out = BTreeMap::new();
    for (name, ms) in by_name {
        let districts: BTreeSet<&String> = ms.iter().filter_map(|m| m.2.as_ref()).collect();
        if districts.len() <= 1 {
            for m in &ms {
                out.insert((m.0, m.1), name.clone());
            }
            continue;
        }
        // Homonyms: one cluster per district; others join the district of
        // their province when that is unambiguous, else the largest cluster.
        let mut size: BTreeMap<&String, usize> = BTreeMap::new();
        for m in &ms {
            if let Some(d) = &m.2 {
                *size.entry(d).or_insert(0) += 1;
            }
        }
        let largest = size
            .iter()
            .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
            .map(|(d, _)| (*d).clone())
            .unwrap_or_default();
        for m in &ms {
            let d = match (&m.2, &m.3) {
                (Some(d), _) => d.clone(),
                (None, Some(p)) => {
                    let in_p: Vec<&&String> = districts
                        .iter()
                        .filter(|d| d.starts_with(&format!("{p}/")))
                        .collect();
                    if in_p.len() == 1 {
                        (*in_p[0]).clone()
                    } else {
                        largest.clone()
                    }
                }
                (None, None) => largest.clone(),
            };
            out.insert((m.0, m.1), format!("{name}\u{1f}{d}"));
        }
    }
    out
}

/// Build the graph from per-article facts: the entry point of merging.
pub fn merge(all: &[ArticleFacts]) -> KnowledgeGraph {
    // Order-independence: sort by article id; a repeated id keeps the last.
    let mut by_id: BTreeMap<&str, &ArticleFacts> = BTreeMap::new();
    for f in all {
        by_id.insert(f.article.id.as_str(), f);
    }
    let facts: Vec<&ArticleFacts> = by_id.into_values().collect();
    let pkeys = person_keys(&facts);

    // Entity -> group key.
    let group_of = |a: usize, i: usize| -> GroupKey {
        let e = &facts[a].entities[i];
        match e.kind {
            NodeType::Person => (
                NodeType::Person,
                pkeys.get(&(a, i)).cloned().unwrap_or_else(|| e.key.clone()),
            ),
            k => (k, e.key.clone()),
        }
    };

    struct Acc {
        names: BTreeMap<String, usize>,
        first_name: Option<String>,
        sources: BTreeSet<String>,
        attrs: Map<String, Value>,
        conflicts: Vec<Value>,
    }
    let mut groups: BTreeMap<GroupKey, Acc> = BTreeMap::new();
    for (a, f) in facts.iter().enumerate() {
        for (i, e) in f.entities.iter().enumerate() {
            let g = groups.entry(group_of(a, i)).or_insert_with(|| Acc {
                names: BTreeMap::new(),
                first_name: None,
                sources: BTreeSet::new(),
                attrs: Map::new(),
                conflicts: Vec::new(),
            });
            *g.names.entry(e.name.clone()).or_insert(0) += 1;
            g.first_name.get_or_insert_with(|| e.name.clone());
            let inferred = e
                .attrs
                .get("inferred")
                .and_then(Value::as_bool)
                .unwrap_or(false);
            if !inferred {
                g.sources.insert(f.article.id.clone());
            }
            for (k, v) in &e.attrs {
                if k == "inferred" || k == "conflicts" {
                    continue;
                }
                match g.attrs.get(k) {
                    None => {
                        g.attrs.insert(k.clone(), v.clone());
                    }
                    Some(old) if old != v && !k.starts_with("home_") => {
                        g.conflicts.push(serde_json::json!({
                            "field": k, "kept": old, "other": v, "article": f.article.id
                        }));
                    }
                    _ => {}
                }
            }
            if let Some(Value::Array(cs)) = e.attrs.get("conflicts") {
                for c in cs {
                    let mut c = c.clone();
                    if let Value::Object(m) = &mut c {
                        m.insert("article".into(), f.article.id.clone().into());
                    }
                    g.conflicts.push(c);
                }
            }
        }
    }

    // Ids: readable slugs, made unique deterministically.
    let mut ids: BTreeMap<GroupKey, String> = BTreeMap::new();
    let mut taken: BTreeMap<String, usize> = BTreeMap::new();
    let person_names: BTreeMap<&GroupKey, String> = groups
        .keys()
        .filter(|k| k.0 == NodeType::Person)
        .map(|k| (k, k.1.split('\u{1f}').next().unwrap_or("").to_string()))
        .collect();
    for k in groups.keys() {
        let base = match k.0 {
            NodeType::Person => {
                let name = &person_names[k];
                let homonyms = person_names.values().filter(|n| *n == name).count() > 1;
                match k.1.split_once('\u{1f}') {
                    Some((n, d)) if homonyms => {
                        let place = d.rsplit('/').next().unwrap_or(d);
                        format!("person:{}--{}", slug(n), place)
                    }
                    _ => format!("person:{}", slug(name)),
                }
            }
            NodeType::Title | NodeType::Committee => format!("{}:{}", k.0.as_str(), slug(&k.1)),
            _ => k.1.clone(),
        };
        let n = taken.entry(base.clone()).or_insert(0);
        *n += 1;
        let id = if *n == 1 { base } else { format!("{base}-{n}") };
        ids.insert(k.clone(), id);
    }

    let mut kg = KnowledgeGraph::default();
    let mut nodes: Vec<Node> = groups
        .into_iter()
        .map(|(k, acc)| {
            // The spelling most articles use; ties go to the first seen.
            let best = acc.names.values().copied().max().unwrap_or(0);
            let name = acc
                .first_name
                .clone()
                .filter(|n| acc.names.get(n) == Some(&best))
                .or_else(|| {
                    acc.names
                        .iter()
                        .find(|(_, c)| **c == best)
                        .map(|(n, _)| n.clone())
                })
                .unwrap_or_default();
            let mut attrs = acc.attrs;
            if acc.names.len() > 1 {
                attrs.insert(
                    "variants".into(),
                    acc.names.keys().cloned().collect::<Vec<_>>().into(),
                );
            }
            if !acc.conflicts.is_empty() {
                attrs.insert("conflicts".into(), acc.conflicts.into());
            }
            Node {
                id: ids[&k].clone(),
                kind: k.0,
                name,
                sources: acc.sources,
                attrs,
            }
        })
        .collect();
    nodes.sort_by(|a, b| a.id.cmp(&b.id));
    for n in nodes {
        let id = n.id.clone();
        let ix = kg.graph.add_node(n);
        kg.index.insert(id, ix);
    }

    // Edges.
    let mut edges: EdgeAcc = BTreeMap::new();
    for (a, f) in facts.iter().enumerate() {
        for r in &f.relations {
            if r.from >= f.entities.len() || r.to >= f.entities.len() {
                continue;
            }
            let s = ids[&group_of(a, r.from)].clone();
            let t = ids[&group_of(a, r.to)].clone();
            let e = edges.entry((s, r.kind, t)).or_default();
            e.0.push(r.evidence.clone());
            for (k, v) in &r.attrs {
                e.1.entry(k.clone()).or_insert(v.clone());
            }
        }
    }
    for ((s, kind, t), (mut ev, attrs)) in edges {
        ev.sort();
        ev.dedup();
        let (Some(&si), Some(&ti)) = (kg.index.get(&s), kg.index.get(&t)) else {
            continue;
        };
        kg.graph.add_edge(
            si,
            ti,
            Edge {
                kind,
                sources: ev,
                attrs,
            },
        );
    }
    for f in &facts {
        kg.articles.insert(f.article.id.clone(), f.article.clone());
    }
    kg
}
