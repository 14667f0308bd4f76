//! Name matching as people type names: without diacritics, in any case,
//! with old or new tone placement, abbreviated body names, or only a part of
//! the name. Several matches are an [`Ambiguity`], never a silent pick.

use crate::facts::NodeType;
use crate::graph::{KnowledgeGraph, Node};
use crate::text::{ascii_fold, fold, normalize, squash};
use petgraph::graph::NodeIndex;
use serde::Serialize;
use serde_json::Value;
use std::fmt;

/// Abbreviations of body names expanded before matching, so that "Chủ tịch
/// HĐND quận Cầu Giấy" finds "Chủ tịch Hội đồng nhân dân quận Cầu Giấy"
/// (keys are ASCII-folded words).
const ABBREVIATIONS: &[(&str, &str)] = &[
    ("hdnd", "hoi dong nhan dan"),
    ("ubnd", "uy ban nhan dan"),
    ("ubmttq", "uy ban mat tran to quoc"),
    ("mttq", "mat tran to quoc"),
    ("ubkt", "uy ban kiem tra"),
    ("btv", "ban thuong vu"),
    ("bch", "ban chap hanh"),
    ("bcd", "ban chi dao"),
];

/// The matching key of a name: ASCII-folded words with abbreviations
/// expanded ("Chủ tịch HĐND" -> ["chu", "tich", "hoi", "dong", "nhan", "dan"]).
pub fn words(s: &str) -> Vec<String> {
    let folded = ascii_fold(s);
    let mut out = Vec::new();
    for w in folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        match ABBREVIATIONS.iter().find(|(a, _)| *a == w) {
            Some((_, full)) => out.extend(full.split(' ').map(str::to_string)),
            None => out.push(w.to_string()),
        }
    }
    out
}

/// How well a query matches a name; lower is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum MatchLevel {
    /// The same name with the same diacritics (case and tone placement aside).
    Same,
    /// The same words once diacritics are dropped.
    Exact,
    /// Whole words inside the name ("phuong hoa").
    Words,
    /// Whole words, the last one only begun ("vu thi th").
    Prefix,
}

/// The match level of query words `q` against name words `name`.
pub fn match_words(q: &[String], name: &[String]) -> Option<MatchLevel> {
    if q.is_empty() || q.len() > name.len() {
        return None;
    }
    if q == name {
        return Some(MatchLevel::Exact);
    }
    let n = q.len();
    let mut best = None;
    for w in name.windows(n) {
        if w == q {
            return Some(MatchLevel::Words);
        }
        if w[..n - 1] == q[..n - 1] && w[n - 1].starts_with(q[n - 1].as_str()) {
            best = Some(MatchLevel::Prefix);
        }
    }
    best
}

/// True when `query` matches `name` at any level (used by filters, where
/// several matches are fine: "--organizer 'quan uy'").
pub fn matches(query: &str, name: &str) -> bool {
    match_words(&words(query), &words(name)).is_some()
}

/// The diacritic-preserving key: folded case and tone placement, squashed
/// spaces.
fn same_key(s: &str) -> String {
    squash(&fold(&normalize(s)))
}

/// One node a query could mean.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Candidate {
    /// Node id.
    pub id: String,
    /// Node type.
    #[serde(rename = "type")]
    pub kind: NodeType,
    /// Display name.
    pub name: String,
    /// What tells it apart (home district, date, code).
    pub detail: String,
}

impl Candidate {
    /// The candidate for a node.
    pub fn of(node: &Node) -> Candidate {
        let attr = |k: &str| node.attrs.get(k).and_then(Value::as_str).unwrap_or("");
        let detail = match node.kind {
            NodeType::Person => {
                let d = attr("home_district");
                if d.is_empty() {
                    attr("home_province")
                } else {
                    d
                }
                .to_string()
            }
            NodeType::Meeting => attr("date").to_string(),
            NodeType::District | NodeType::Ward => attr("province").to_string(),
            _ => String::new(),
        };
        Candidate {
            id: node.id.clone(),
            kind: node.kind,
            name: node.name.clone(),
            detail,
        }
    }
}

/// A query that matched no node or several.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Ambiguity {
    /// The query as given.
    pub query: String,
    /// The type looked for, if any.
    #[serde(rename = "type")]
    pub kind: Option<NodeType>,
    /// Every node that matched equally well (empty: nothing matched).
    pub candidates: Vec<Candidate>,
}

impl fmt::Display for Ambiguity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = self.kind.map(|k| k.as_str()).unwrap_or("node");
        if self.candidates.is_empty() {
            return write!(f, "no {what} matches {:?}", self.query);
        }
        write!(
            f,
            "{} {what}s match {:?}; give a more precise name or an id:",
            self.candidates.len(),
            self.query
        )?;
        for c in &self.candidates {
            if c.detail.is_empty() {
                write!(f, "\n  {}  {}", c.id, c.name)?;
            } else {
                write!(f, "\n  {}  {} ({})", c.id, c.name, c.detail)?;
            }
        }
        Ok(())
    }
}

impl std::error::Error for Ambiguity {}

/// The node a query means: an exact id, else the nodes of type `kind` whose
/// name matches at the best level found; one of them is the answer, several
/// are an [`Ambiguity`].
pub fn resolve(
    kg: &KnowledgeGraph,
    query: &str,
    kind: Option<NodeType>,
) -> Result<NodeIndex, Ambiguity> {
    let fail = |candidates| Ambiguity {
        query: query.to_string(),
        kind,
        candidates,
    };
    let want = |n: &Node| kind.is_none_or(|k| n.kind == k);
    if let Some(&ix) = kg.index.get(query.trim()) {
        if want(&kg.graph[ix]) {
            return Ok(ix);
        }
    }
    let q = words(query);
    if q.is_empty() {
        return Err(fail(Vec::new()));
    }
    let same = same_key(query);
    let mut best: Option<MatchLevel> = None;
    let mut found: Vec<NodeIndex> = Vec::new();
    // kg.index is in id order, so candidates come out sorted by id.
    for &ix in kg.index.values() {
        let n = &kg.graph[ix];
        if !want(n) {
            continue;
        }
        let level = if same_key(&n.name) == same {
            Some(MatchLevel::Same)
        } else {
            match_words(&q, &words(&n.name))
        };
        let Some(level) = level else { continue };
        match best {
            Some(b) if level > b => {}
            Some(b) if level == b => found.push(ix),
            _ => {
                best = Some(level);
                found = vec![ix];
            }
        }
    }
    match found.as_slice() {
        [one] => Ok(*one),
        _ => Err(fail(
            found
                .iter()
                .map(|&ix| Candidate::of(&kg.graph[ix]))
                .collect(),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(s: &str) -> Vec<String> {
        words(s)
    }

    #[test]
    fn levels() {
        let name = w("Trần Thị Phương Hoà");
        assert_eq!(
            match_words(&w("tran thi phuong hoa"), &name),
            Some(MatchLevel::Exact)
        );
        assert_eq!(
            match_words(&w("phuong hoa"), &name),
            Some(MatchLevel::Words)
        );
        assert_eq!(match_words(&w("thi ph"), &name), Some(MatchLevel::Prefix));
        assert_eq!(match_words(&w("hoang"), &name), None);
        assert_eq!(match_words(&w("ran"), &name), None);
        assert_eq!(
            w("Chủ tịch HĐND quận"),
            w("Chủ tịch Hội đồng nhân dân quận")
        );
    }
}
