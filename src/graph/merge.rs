//! Merge rules: which mentions are one entity.
//!
//! - Persons: the same folded name ("uỷ"/"ủy", case, NFC/NFD folded) is one
//!   person unless the mentions belong to different districts (homonyms are
//!   kept apart); a mention with only a province, or no place, joins the
//!   district it is compatible with. The clusters of one name in several
//!   districts that follow one another in time are one career (officials
//!   rotate); a cluster seen in one article only joins when every cluster
//!   holds a post of its district's leadership (`leader_posts.tsv`).
//! - Titles and committees: the same folded canonical name.
//! - Resolutions: the same code; codes of district bodies (…/QU, …/HU,
//!   state codes) once per district, those of city and central bodies (…/TU,
//!   …/TW) once.
//! - Places: the gazetteer unit. Meetings: the same date and organizer.
//!
//! User overrides ([`Overrides`]) then merge what the rules kept apart,
//! split what they merged, and rename. The result depends only on the set
//! of articles and the overrides, never on the order of the articles.

use super::{Edge, KnowledgeGraph, Node};
use crate::facts::{ArticleFacts, EdgeType, Evidence, NodeType};
use crate::text::{ascii_fold, slug};
use serde::Serialize;
use serde_json::{Map, Value};
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// A person mention: (article, entity, home district, home province,
/// whether they lead that district).
type PersonMention = (usize, usize, Option<String>, Option<String>, bool);

/// Edges being merged: evidence and attributes by (source, type, target),
/// nodes by their index in id order.
type EdgeAcc = rustc_hash::FxHashMap<(u32, EdgeType, u32), (Vec<Evidence>, Map<String, Value>)>;

/// User corrections applied on every build and merge.
///
/// Format (tab- or space-separated, `#` comments; see `data/overrides.example.tsv`):
/// ```text
/// same    person:nguyen-van-a    person:nguyen-van-a--me-linh   # merge the second into the first
/// split   person:nguyen-van-hung article-17 article-42          # these articles' mentions are someone else
/// name    person:tran-thi-phuong-hoa  Trần Thị Phương Hoa         # preferred display name
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Overrides {
    /// (kept id, merged id): the second node becomes part of the first.
    pub same: Vec<(String, String)>,
    /// (node id, articles): the mentions from these articles form their own node.
    pub split: Vec<(String, Vec<String>)>,
    /// (node id, display name).
    pub names: Vec<(String, String)>,
}

impl Overrides {
    /// Parse an overrides file; errors name the line.
    pub fn parse(text: &str) -> Result<Overrides, String> {
        let mut o = Overrides::default();
        for (n, raw) in text.lines().enumerate() {
            let line = raw.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let mut parts = line.split_whitespace();
            let verb = parts.next().unwrap_or("");
            let rest: Vec<&str> = parts.collect();
            let bad = |what: &str| format!("line {}: {what}: {raw:?}", n + 1);
            match verb {
                "same" if rest.len() == 2 => o.same.push((rest[0].into(), rest[1].into())),
                "split" if rest.len() >= 2 => o.split.push((
                    rest[0].into(),
                    rest[1..].iter().map(|s| s.to_string()).collect(),
                )),
                "name" if rest.len() >= 2 => o.names.push((rest[0].into(), rest[1..].join(" "))),
                "same" | "split" | "name" => return Err(bad("wrong number of fields")),
                _ => return Err(bad("unknown directive (want same, split or name)")),
            }
        }
        Ok(o)
    }

    /// Read an overrides file.
    pub fn load(path: &Path) -> Result<Overrides, String> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
        Overrides::parse(&text).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// True when there is nothing to apply.
    pub fn is_empty(&self) -> bool {
        self.same.is_empty() && self.split.is_empty() && self.names.is_empty()
    }
}

/// A node made of more than one mention.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MergedNode {
    /// Node id.
    pub id: String,
    /// Node type.
    #[serde(rename = "type")]
    pub kind: NodeType,
    /// The surface forms the mentions used.
    pub forms: Vec<String>,
    /// The articles of the mentions.
    pub articles: Vec<String>,
    /// The rule that merged them.
    pub rule: String,
}

/// Mentions with the same name kept apart.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NearMiss {
    /// The shared (folded) name.
    pub name: String,
    /// The nodes kept apart.
    pub ids: Vec<String>,
    /// Why.
    pub reason: String,
}

/// What the merge did: for `vnkg build --merge-report`.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct MergeReport {
    /// Nodes made of several mentions.
    pub merged: Vec<MergedNode>,
    /// Same names kept apart.
    pub near_misses: Vec<NearMiss>,
    /// Overrides applied, and those that matched nothing.
    pub overrides: Vec<String>,
}

fn person_cluster(attrs: &Map<String, Value>) -> (Option<String>, Option<String>, bool) {
    let d = attrs
        .get("home_district")
        .and_then(Value::as_str)
        .map(str::to_string);
    let p = attrs
        .get("home_province")
        .and_then(Value::as_str)
        .map(str::to_string);
    let leader = attrs.get("district_leader").and_then(Value::as_bool) == Some(true);
    (d, p, leader)
}

/// Assign each person mention (article, entity index) to a cluster key,
/// from the mentions of each folded name and the articles' dates
/// ([`article_date`]).
fn person_keys(
    by_name: BTreeMap<String, Vec<PersonMention>>,
    dates: &[Option<crate::date::Date>],
) -> BTreeMap<(usize, usize), String> {
    let mut out = BTreeMap::new();
    for (name, ms) in by_name {
        // Officials rotate: the clusters of one name in several districts
        // whose periods follow one another (no overlap) are one career.
        let ms = successive_careers(dates, ms);
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

/// The date an article speaks of: its first meeting's full date, else its
/// publication date.
fn article_date(f: &ArticleFacts) -> Option<crate::date::Date> {
    f.entities
        .iter()
        .filter(|e| e.kind == NodeType::Meeting)
        .filter_map(|e| e.attrs.get("date").and_then(Value::as_str))
        .filter_map(|d| d.parse::<crate::date::Date>().ok())
        .find(|d| d.is_full())
        .or(f.article.published)
}

/// Relabel the district of mention clusters that are one career: ordered by
/// first date, a district's cluster whose whole period comes after the
/// previous cluster's last date continues that person. Clusters that
/// overlap in time (two officials of one name at once) stay apart, and
/// clusters without dates are left as they are. A cluster seen in one
/// article only continues a career when every cluster has a post of its
/// district's leadership (`district_leader`, the posts the city rotates).
/// `dates` are the articles' dates ([`article_date`]).
fn successive_careers(
    dates: &[Option<crate::date::Date>],
    mut ms: Vec<PersonMention>,
) -> Vec<PersonMention> {
    let mut span: BTreeMap<String, (crate::date::Date, crate::date::Date)> = BTreeMap::new();
    let mut seen: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
    let mut leads: BTreeSet<&String> = BTreeSet::new();
    for m in &ms {
        if let (Some(d), true) = (&m.2, m.4) {
            leads.insert(d);
        }
        let (Some(d), Some(date)) = (&m.2, dates[m.0]) else {
            continue;
        };
        let e = span.entry(d.clone()).or_insert((date, date));
        e.0 = e.0.min(date);
        e.1 = e.1.max(date);
        seen.entry(d.clone()).or_default().insert(m.0);
    }
    // A period seen in one article only says too little: two namesakes
    // each met once look exactly like one person who moved. Unless both
    // lead their districts: the city moves its district leaders between
    // districts, and two leaders of one name in one province are rare.
    let all_lead = seen.keys().all(|d| leads.contains(d));
    if span.len() < 2
        || ms
            .iter()
            .any(|m| m.2.as_ref().is_some_and(|d| !span.contains_key(d)))
        || (seen.values().any(|a| a.len() < 2) && !all_lead)
    {
        return ms;
    }
    let mut order: Vec<(crate::date::Date, crate::date::Date, String)> =
        span.into_iter().map(|(d, (a, b))| (a, b, d)).collect();
    order.sort();
    if order.windows(2).any(|w| w[1].0 <= w[0].1) {
        return ms;
    }
    // One career: every mention takes the first district's label, so the
    // node keeps a stable id however many moves follow.
    let first = order[0].2.clone();
    for m in ms.iter_mut() {
        if m.2.is_some() {
            m.2 = Some(first.clone());
        }
    }
    ms
}

/// Readable, unique ids for group keys, deterministically: `keys` in
/// sorted order, the ids in the same order.
fn assign_ids(keys: &[(NodeType, &str)]) -> Vec<String> {
    let person_name = |k: &(NodeType, &str)| k.1.split('\u{1f}').next().unwrap_or("").to_string();
    let mut name_count: BTreeMap<String, usize> = BTreeMap::new();
    for k in keys.iter().filter(|k| k.0 == NodeType::Person) {
        *name_count.entry(person_name(k)).or_insert(0) += 1;
    }
    let mut ids = Vec::with_capacity(keys.len());
    let mut taken: BTreeMap<String, usize> = BTreeMap::new();
    for k in keys {
        let base = match k.0 {
            NodeType::Person => {
                let name = person_name(k);
                let mut parts = k.1.split('\u{1f}').skip(1);
                let place = parts.next();
                let split = parts.next();
                let mut id = format!("person:{}", slug(&name));
                if name_count[&name] > 1 {
                    if let Some(d) = place.filter(|d| !d.is_empty() && !d.starts_with("split:")) {
                        id = format!("{id}--{}", d.rsplit('/').next().unwrap_or(d));
                    }
                }
                if let Some(s) = split.or(place.filter(|p| p.starts_with("split:"))) {
                    id = format!("{id}--{}", slug(s.trim_start_matches("split:")));
                }
                id
            }
            NodeType::Title | NodeType::Committee => {
                let (key, split) = k.1.split_once('\u{1f}').unwrap_or((k.1, ""));
                let mut id = format!("{}:{}", k.0.as_str(), slug(key));
                if !split.is_empty() {
                    id = format!("{id}--{}", slug(split.trim_start_matches("split:")));
                }
                id
            }
            _ => match k.1.split_once('\u{1f}') {
                Some((key, split)) => {
                    format!("{key}--{}", slug(split.trim_start_matches("split:")))
                }
                None => k.1.to_string(),
            },
        };
        let n = taken.entry(base.clone()).or_insert(0);
        *n += 1;
        let id = if *n == 1 { base } else { format!("{base}-{n}") };
        ids.push(id);
    }
    ids
}

fn rule_of(kind: NodeType) -> &'static str {
    match kind {
        NodeType::Person => "same folded name, compatible place",
        NodeType::Title | NodeType::Committee => "same canonical name",
        NodeType::Resolution => "same code (per district for district bodies' codes)",
        NodeType::Province | NodeType::District | NodeType::Ward => "same gazetteer unit",
        NodeType::Meeting => "same date and organizer",
    }
}

/// Build the graph from per-article facts: the entry point of merging.
pub fn merge(all: &[ArticleFacts]) -> KnowledgeGraph {
    merge_with(all, &Overrides::default()).0
}

/// Build the graph with user overrides, and report what was merged.
pub fn merge_with(all: &[ArticleFacts], ov: &Overrides) -> (KnowledgeGraph, MergeReport) {
    merge_from(all, ov)
}

/// [`merge_with`] taking the facts by value: each article's entities and
/// relations are freed (their names, attributes and evidence moved into
/// the graph) as soon as they are merged, so a build never holds all the
/// facts and the whole graph at once.
pub fn merge_owned(all: Vec<ArticleFacts>, ov: &Overrides) -> (KnowledgeGraph, MergeReport) {
    merge_from(all, ov)
}

/// Per-article facts as the merge reads them: twice, once for the keys
/// (articles and entities only) and once to move everything into the graph.
/// Vectors of facts, borrowed or owned, and packed facts
/// ([`crate::packed::PackedFacts`], what a build holds) are sources.
pub trait FactsSource {
    /// The number of articles.
    fn count(&self) -> usize;
    /// Article `a`'s id.
    fn id(&self, a: usize) -> &str;
    /// Article `a`'s metadata and entities; the relations may be left out.
    fn head(&self, a: usize) -> Cow<'_, ArticleFacts>;
    /// Article `a`'s whole facts.
    fn get(&self, a: usize) -> Cow<'_, ArticleFacts>;
    /// Article `a`'s whole facts; each article is taken once, and the
    /// source need not keep it.
    fn take(&mut self, a: usize) -> ArticleFacts;
    /// [`FactsSource::head`] of several articles (in parallel where the
    /// source unpacks).
    fn heads(&self, a: &[usize]) -> Vec<Cow<'_, ArticleFacts>> {
        a.iter().map(|&i| self.head(i)).collect()
    }
    /// [`FactsSource::take`] of several articles (in parallel where the
    /// source unpacks).
    fn take_all(&mut self, a: &[usize]) -> Vec<ArticleFacts> {
        a.iter().map(|&i| self.take(i)).collect()
    }
}

impl FactsSource for &[ArticleFacts] {
    fn count(&self) -> usize {
        self.len()
    }
    fn id(&self, a: usize) -> &str {
        &self[a].article.id
    }
    fn head(&self, a: usize) -> Cow<'_, ArticleFacts> {
        Cow::Borrowed(&self[a])
    }
    fn get(&self, a: usize) -> Cow<'_, ArticleFacts> {
        Cow::Borrowed(&self[a])
    }
    fn take(&mut self, a: usize) -> ArticleFacts {
        self[a].clone()
    }
}

impl FactsSource for Vec<ArticleFacts> {
    fn count(&self) -> usize {
        self.len()
    }
    fn id(&self, a: usize) -> &str {
        &self[a].article.id
    }
    fn head(&self, a: usize) -> Cow<'_, ArticleFacts> {
        Cow::Borrowed(&self[a])
    }
    fn get(&self, a: usize) -> Cow<'_, ArticleFacts> {
        Cow::Borrowed(&self[a])
    }
    fn take(&mut self, a: usize) -> ArticleFacts {
        std::mem::take(&mut self[a])
    }
}

impl FactsSource for Vec<crate::packed::PackedFacts> {
    fn count(&self) -> usize {
        self.len()
    }
    fn id(&self, a: usize) -> &str {
        self[a].id()
    }
    fn head(&self, a: usize) -> Cow<'_, ArticleFacts> {
        Cow::Owned(self[a].unpack_head())
    }
    fn get(&self, a: usize) -> Cow<'_, ArticleFacts> {
        Cow::Owned(self[a].unpack())
    }
    fn take(&mut self, a: usize) -> ArticleFacts {
        self[a].take()
    }
    fn heads(&self, a: &[usize]) -> Vec<Cow<'_, ArticleFacts>> {
        use rayon::prelude::*;
        a.par_iter()
            .map(|&i| Cow::Owned(self[i].unpack_head()))
            .collect()
    }
    fn take_all(&mut self, a: &[usize]) -> Vec<ArticleFacts> {
        use rayon::prelude::*;
        let out = a.par_iter().map(|&i| self[i].unpack()).collect();
        for &i in a {
            self[i].free();
        }
        out
    }
}

/// The articles of a source in id order, those with one id in the order
/// given (a stable sort).
pub(crate) fn id_order<S: FactsSource>(src: &S) -> Vec<usize> {
    let mut sorted: Vec<usize> = (0..src.count()).collect();
    sorted.sort_by(|&a, &b| src.id(a).cmp(src.id(b)));
    sorted
}

/// Articles unpacked at a time by the merge.
const WINDOW: usize = 256;

/// A group key: a node type and a merge key's number among that type's
/// keys ([`Keys`]).
type GroupKey = (NodeType, u32);

/// The merge keys met, numbered per node type, each string held once.
struct Keys(Vec<indexmap::IndexSet<String, rustc_hash::FxBuildHasher>>);

impl Keys {
    fn new() -> Self {
        Keys(
            (0..NodeType::ALL.len())
                .map(|_| Default::default())
                .collect(),
        )
    }

    fn set(
        &mut self,
        kind: NodeType,
    ) -> &mut indexmap::IndexSet<String, rustc_hash::FxBuildHasher> {
        &mut self.0[kind as usize]
    }

    fn intern(&mut self, kind: NodeType, key: &str) -> GroupKey {
        let set = self.set(kind);
        let n = match set.get_index_of(key) {
            Some(n) => n,
            None => set.insert_full(key.to_string()).0,
        };
        (kind, n as u32)
    }

    fn get(&self, g: GroupKey) -> &str {
        self.0[g.0 as usize]
            .get_index(g.1 as usize)
            .map_or("", String::as_str)
    }
}

/// Readable ids for the group keys in use, by group key.
fn ids_of(keys: &Keys, group: &[Vec<GroupKey>]) -> rustc_hash::FxHashMap<GroupKey, String> {
    let used: BTreeSet<GroupKey> = group.iter().flatten().copied().collect();
    // Ids are given in the order of the keys' strings.
    let mut sorted: Vec<(NodeType, &str, GroupKey)> =
        used.into_iter().map(|g| (g.0, keys.get(g), g)).collect();
    sorted.sort_unstable();
    let names: Vec<(NodeType, &str)> = sorted.iter().map(|x| (x.0, x.1)).collect();
    let ids = assign_ids(&names);
    sorted.into_iter().map(|x| x.2).zip(ids).collect()
}

/// Build the graph from any [`FactsSource`], with user overrides, and
/// report what was merged: the merge itself.
pub fn merge_from<S: FactsSource>(mut src: S, ov: &Overrides) -> (KnowledgeGraph, MergeReport) {
    let mut report = MergeReport::default();
    // Order-independence: articles in id order; a repeated id keeps the
    // last given.
    let sorted = id_order(&src);
    let mut order: Vec<usize> = Vec::with_capacity(sorted.len());
    for s in sorted {
        match order.last_mut() {
            Some(last) if src.id(*last) == src.id(s) => *last = s,
            _ => order.push(s),
        }
    }

    // First pass: every mention's group key, and what clusters persons.
    let mut keys = Keys::new();
    let mut group: Vec<Vec<GroupKey>> = Vec::with_capacity(order.len());
    let mut by_name: BTreeMap<String, Vec<PersonMention>> = BTreeMap::new();
    let mut dates = Vec::with_capacity(order.len());
    // Articles are read a window at a time: unpacking runs in parallel,
    // and memory holds one window of unpacked facts.
    for (a, f) in order.chunks(WINDOW).flat_map(|w| src.heads(w)).enumerate() {
        // Worked out once per article: an article can mention thousands of
        // persons, and its entities would be read for each.
        dates.push(article_date(&f));
        let mut gs = Vec::with_capacity(f.entities.len());
        for (i, e) in f.entities.iter().enumerate() {
            if e.kind == NodeType::Person {
                let (d, p, leader) = person_cluster(&e.attrs);
                by_name
                    .entry(e.key.clone())
                    .or_default()
                    .push((a, i, d, p, leader));
            }
            gs.push(keys.intern(e.kind, &e.key));
        }
        group.push(gs);
    }
    crate::pipeline::stage_done("merge: first pass");
    for ((a, i), k) in person_keys(by_name, &dates) {
        group[a][i] = keys.intern(NodeType::Person, &k);
    }
    drop(dates);
    // Splits: the named articles' mentions of a node become their own group.
    if !ov.split.is_empty() {
        let ids = ids_of(&keys, &group);
        for (id, arts) in &ov.split {
            let mut moved = Vec::new();
            for (a, gs) in group.iter().enumerate() {
                if !arts.iter().any(|x| x == src.id(order[a])) {
                    continue;
                }
                for (i, g) in gs.iter().enumerate() {
                    if ids.get(g) == Some(id) {
                        let key = format!("{}\u{1f}split:{}", keys.get(*g), arts.join("+"));
                        moved.push((a, i, g.0, key));
                    }
                }
            }
            let hit = moved.len();
            for (a, i, kind, key) in moved {
                group[a][i] = keys.intern(kind, &key);
            }
            report.overrides.push(if hit > 0 {
                format!(
                    "split {id}: {hit} mentions from {} moved to their own node",
                    arts.join(", ")
                )
            } else {
                format!("split {id}: matched nothing (ignored)")
            });
        }
    }
    crate::pipeline::stage_done("merge: person clusters");
    let mut ids = ids_of(&keys, &group);
    drop(keys);
    // Same-as: the second node's id becomes the first's.
    for (keep, gone) in &ov.same {
        let kind_of = |id: &str| ids.iter().find(|(_, v)| v.as_str() == id).map(|(k, _)| k.0);
        match (kind_of(keep), kind_of(gone)) {
            (Some(a), Some(b)) if a == b => {
                for v in ids.values_mut() {
                    if v == gone {
                        *v = keep.clone();
                    }
                }
                report.overrides.push(format!("same {keep} {gone}: merged"));
            }
            _ => report.overrides.push(format!(
                "same {keep} {gone}: no two nodes of one type with these ids (ignored)"
            )),
        }
    }

    // Nodes are numbered in id order, and each mention is given its
    // node's number once: the accumulation below then indexes vectors and
    // hashes integers instead of comparing id strings at every mention.
    let node_ids: Vec<String> = ids
        .values()
        .cloned()
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let number: rustc_hash::FxHashMap<&str, u32> = node_ids
        .iter()
        .enumerate()
        .map(|(n, id)| (id.as_str(), n as u32))
        .collect();
    let node_of_key: rustc_hash::FxHashMap<GroupKey, u32> = ids
        .iter()
        .map(|(g, id)| (*g, number[id.as_str()]))
        .collect();
    drop(ids);
    let node_of: Vec<Vec<u32>> = group
        .iter()
        .map(|gs| gs.iter().map(|g| node_of_key[g]).collect())
        .collect();
    drop(node_of_key);
    drop(group);

    crate::pipeline::stage_done("merge: node ids");
    struct Acc {
        kind: NodeType,
        names: BTreeMap<String, usize>,
        first_name: Option<String>,
        // Article numbers, in id order: articles are merged in that order,
        // so these are sets kept by appending.
        sources: Vec<u32>,
        mention_articles: Vec<u32>,
        attrs: Map<String, Value>,
        conflicts: Vec<Value>,
    }
    // Second pass: each article's entities, relations and metadata move
    // into the node and edge accumulators, and the source frees them.
    let mut nodes: Vec<Option<Acc>> = (0..node_ids.len()).map(|_| None).collect();
    let mut edges: EdgeAcc = EdgeAcc::default();
    let mut metas = Vec::with_capacity(order.len());
    for (a, mut f) in order
        .chunks(WINDOW)
        .flat_map(|w| src.take_all(w))
        .enumerate()
    {
        let number = a as u32;
        for (i, e) in std::mem::take(&mut f.entities).into_iter().enumerate() {
            let acc = nodes[node_of[a][i] as usize].get_or_insert_with(|| Acc {
                kind: e.kind,
                names: BTreeMap::new(),
                first_name: None,
                sources: Vec::new(),
                mention_articles: Vec::new(),
                attrs: Map::new(),
                conflicts: Vec::new(),
            });
            if acc.first_name.is_none() {
                acc.first_name = Some(e.name.clone());
            }
            match acc.names.get_mut(&e.name) {
                Some(n) => *n += 1,
                None => {
                    acc.names.insert(e.name, 1);
                }
            }
            if acc.mention_articles.last() != Some(&number) {
                acc.mention_articles.push(number);
            }
            let inferred = e
                .attrs
                .get("inferred")
                .and_then(Value::as_bool)
                .unwrap_or(false);
            if !inferred && acc.sources.last() != Some(&number) {
                acc.sources.push(number);
            }
            let mut attrs = e.attrs;
            let own_conflicts = attrs.shift_remove("conflicts");
            for (k, v) in attrs {
                if k == "inferred" {
                    continue;
                }
                match acc.attrs.get(&k) {
                    None => {
                        acc.attrs.insert(k, v);
                    }
                    Some(old) if *old != v && !k.starts_with("home_") => {
                        acc.conflicts.push(serde_json::json!({
                            "field": k, "kept": old, "other": v, "article": f.article.id
                        }));
                    }
                    _ => {}
                }
            }
            if let Some(Value::Array(cs)) = own_conflicts {
                for mut c in cs {
                    if let Value::Object(m) = &mut c {
                        m.insert("article".into(), f.article.id.clone().into());
                    }
                    acc.conflicts.push(c);
                }
            }
        }
        for r in f.relations {
            let (Some(&s), Some(&t)) = (node_of[a].get(r.from), node_of[a].get(r.to)) else {
                continue;
            };
            let e = edges.entry((s, r.kind, t)).or_default();
            e.0.push(r.evidence);
            for (k, v) in r.attrs {
                e.1.entry(k).or_insert(v);
            }
        }
        metas.push(f.article);
    }
    drop(node_of);
    // Nodes name their articles by number; one shared id string each.
    let article_ids: Vec<std::sync::Arc<str>> = metas
        .iter()
        .map(|m| std::sync::Arc::from(m.id.as_str()))
        .collect();
    crate::pipeline::stage_done("merge: second pass");
    let renamed: BTreeMap<&String, &String> = ov.names.iter().map(|(a, b)| (a, b)).collect();
    for (id, _) in &ov.names {
        if !number.contains_key(id.as_str()) {
            report
                .overrides
                .push(format!("name {id}: no such node (ignored)"));
        } else {
            report.overrides.push(format!("name {id}: renamed"));
        }
    }

    let mut kg = KnowledgeGraph::default();
    let mut node_ix = Vec::with_capacity(node_ids.len());
    for (id, acc) in node_ids.iter().zip(nodes) {
        let Some(acc) = acc else {
            node_ix.push(None);
            continue;
        };
        // The spelling most articles use; ties go to the first seen.
        let best = acc.names.values().copied().max().unwrap_or(0);
        let mut name = acc
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
        if let Some(n) = renamed.get(id) {
            name = (*n).clone();
        }
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
        if acc.mention_articles.len() > 1 || acc.names.len() > 1 {
            report.merged.push(MergedNode {
                id: id.clone(),
                kind: acc.kind,
                forms: acc.names.keys().cloned().collect(),
                articles: acc
                    .mention_articles
                    .iter()
                    .map(|&a| article_ids[a as usize].to_string())
                    .collect(),
                rule: if ov.same.iter().any(|(k, _)| k == id) {
                    "override: same".into()
                } else {
                    rule_of(acc.kind).into()
                },
            });
        }
        let ix = kg.graph.add_node(Node {
            id: id.clone(),
            kind: acc.kind,
            name,
            sources: acc
                .sources
                .iter()
                .map(|&a| article_ids[a as usize].clone())
                .collect(),
            attrs,
        });
        kg.index.insert(id.clone(), ix);
        node_ix.push(Some(ix));
    }
    crate::pipeline::stage_done("merge: nodes");
    // Near misses: persons whose names fold to the same letters but who were
    // kept apart (homonyms of two districts, or names differing in marks).
    let mut by_ascii: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for n in kg.nodes().filter(|n| n.kind == NodeType::Person) {
        by_ascii
            .entry(ascii_fold(&n.name))
            .or_default()
            .push(n.id.clone());
    }
    for (name, ids) in by_ascii.into_iter().filter(|(_, v)| v.len() > 1) {
        let names: BTreeSet<String> = ids
            .iter()
            .filter_map(|i| kg.node(i))
            .map(|n| crate::text::fold(&n.name))
            .collect();
        let reason = if names.len() == 1 {
            "same name, different district".to_string()
        } else {
            "same letters, different diacritics".to_string()
        };
        report.near_misses.push(NearMiss { name, ids, reason });
    }

    // Node numbers follow id order, so this is the (source id, type,
    // target id) order edges always had.
    let mut edges: Vec<_> = edges.into_iter().collect();
    edges.sort_unstable_by_key(|(k, _)| *k);
    for ((s, kind, t), (mut ev, attrs)) in edges {
        ev.sort();
        ev.dedup();
        let (Some(si), Some(ti)) = (node_ix[s as usize], node_ix[t as usize]) else {
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
    crate::pipeline::stage_done("merge: edges");
    for m in metas {
        kg.articles.insert(m.id.clone(), m);
    }
    (kg, report)
}
