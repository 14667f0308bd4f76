//! Questions asked of a built graph: who chaired what, who held a post when,
//! what became of a resolution, how two entities connect.
//!
//! Every function reads a [`KnowledgeGraph`] and returns plain serialisable
//! structs; the `vnkg query` command only renders them ([`output`]). Names
//! are resolved by [`names::resolve`]: several matches are an error listing
//! them, never a silent pick.
//!
//! Dates "seen": a fact read in an article is dated by the meeting of that
//! article the person took part in (the article reports the meeting, and
//! titles are stated as of that day), else by the article's only meeting
//! date, else by its publication date.

pub mod names;
pub mod output;

pub use names::{resolve, Ambiguity, Candidate};

use crate::date::Date;
use crate::facts::{EdgeType, Evidence, NodeType};
use crate::graph::{KnowledgeGraph, Node};
use petgraph::graph::NodeIndex;
use petgraph::visit::EdgeRef;
use petgraph::Direction;
use serde::Serialize;
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};

/// A node mentioned in an answer.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct NodeRef {
    /// Node id.
    pub id: String,
    /// Display name.
    pub name: String,
}

impl NodeRef {
    fn of(n: &Node) -> NodeRef {
        NodeRef {
            id: n.id.clone(),
            name: n.name.clone(),
        }
    }
}

/// An article mentioned in an answer.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArticleRef {
    /// Article id.
    pub id: std::sync::Arc<str>,
    /// Publication date, when known.
    pub published: Option<Date>,
    /// Headline, when known.
    pub headline: Option<String>,
}

fn article_ref(kg: &KnowledgeGraph, id: &str) -> ArticleRef {
    let meta = kg.articles.get(id);
    ArticleRef {
        id: id.into(),
        published: meta.and_then(|m| m.published),
        headline: meta.and_then(|m| m.headline.clone()),
    }
}

/// Articles sorted by publication date (undated last), then id.
///
/// Both the ids and the graph's articles are in id order, so one merge walk
/// finds them all: a node seen in 20,000 of 100,000 articles costs one pass
/// instead of 20,000 tree searches comparing long ids.
fn article_refs(kg: &KnowledgeGraph, ids: &BTreeSet<std::sync::Arc<str>>) -> Vec<ArticleRef> {
    let mut v: Vec<ArticleRef> = Vec::with_capacity(ids.len());
    if ids.len() < 64 {
        v.extend(ids.iter().map(|id| article_ref(kg, id)));
    } else {
        let mut metas = kg.articles.iter().peekable();
        for id in ids {
            while metas.next_if(|(k, _)| k.as_str() < &**id).is_some() {}
            let meta = metas.next_if(|(k, _)| k.as_str() == &**id).map(|(_, m)| m);
            v.push(ArticleRef {
                id: id.clone(),
                published: meta.and_then(|m| m.published),
                headline: meta.and_then(|m| m.headline.clone()),
            });
        }
    }
    // The ids come in id order and the sort is stable: sorting by date
    // alone gives (date, id) order without comparing 20,000 long ids.
    v.sort_by_key(|a| (a.published.is_none(), a.published));
    v
}

fn date_attr(n: &Node, key: &str) -> Option<Date> {
    n.attrs
        .get(key)
        .and_then(Value::as_str)
        .and_then(|s| s.parse().ok())
}

fn str_attr<'a>(n: &'a Node, key: &str) -> Option<&'a str> {
    n.attrs.get(key).and_then(Value::as_str)
}

/// The latest day a partial date can mean ("2020" -> 2020-12-31), to test
/// whether an interval covers a day.
fn upper(d: Date) -> Date {
    let month = d.month.unwrap_or(12);
    let day = d
        .day
        .unwrap_or_else(|| crate::date::days_in_month(d.year, month as u32) as u8);
    Date {
        year: d.year,
        month: Some(month),
        day: Some(day),
    }
}

/// Edges of a node in one direction, as (edge type, other node, edge).
fn edges_of(
    kg: &KnowledgeGraph,
    ix: NodeIndex,
    dir: Direction,
) -> impl Iterator<Item = (EdgeType, NodeIndex, &crate::graph::Edge)> {
    kg.graph.edges_directed(ix, dir).map(move |e| {
        let other = if dir == Direction::Outgoing {
            e.target()
        } else {
            e.source()
        };
        (e.weight().kind, other, e.weight())
    })
}

/// Where evidence sits, to keep text order ("A, B and C chaired").
fn first_position(sources: &[Evidence]) -> Pos {
    sources
        .iter()
        .map(|e| (e.article.clone(), e.start))
        .min()
        .unwrap_or_default()
}

// ---------------------------------------------------------------------
// Dating facts

/// What dates the facts of one article.
#[derive(Debug, Default, Clone, Copy)]
struct ArticleDates {
    published: Option<Date>,
    /// The day of the meetings it reports: `None` without meetings,
    /// `Some(None)` when they are on different days.
    meeting: Option<Option<Date>>,
}

/// The dates of every article of a graph, by article id: one hash look-up
/// per evidence record (a tree search over 100,000 long ids was most of the
/// time of `person` and `holders` on large graphs). Built once per graph,
/// by the first question or by [`prepare`].
#[derive(Debug, Default, Clone)]
pub struct ArticleDays(rustc_hash::FxHashMap<std::sync::Arc<str>, ArticleDates>);

impl ArticleDays {
    fn of(kg: &KnowledgeGraph) -> ArticleDays {
        let mut articles: rustc_hash::FxHashMap<std::sync::Arc<str>, ArticleDates> =
            rustc_hash::FxHashMap::default();
        articles.reserve(kg.articles.len());
        for (id, a) in &kg.articles {
            articles.insert(
                id.as_str().into(),
                ArticleDates {
                    published: a.published,
                    meeting: None,
                },
            );
        }
        for n in kg.nodes().filter(|n| n.kind == NodeType::Meeting) {
            if let Some(d) = date_attr(n, "date") {
                for a in &n.sources {
                    let slot = &mut articles.entry(a.clone()).or_default().meeting;
                    match slot {
                        None => *slot = Some(Some(d)),
                        Some(Some(x)) if *x != d => *slot = Some(None),
                        _ => {}
                    }
                }
            }
        }
        ArticleDays(articles)
    }
}

/// Build the indexes questions use (now rather than at the first
/// question), e.g. right after loading a graph that will be asked many.
pub fn prepare(kg: &KnowledgeGraph) {
    kg.dating.get_or_init(|| ArticleDays::of(kg));
}

/// Dates of articles for one question.
struct Dating<'a> {
    kg: &'a KnowledgeGraph,
    articles: &'a ArticleDays,
}

impl<'a> Dating<'a> {
    fn new(kg: &'a KnowledgeGraph) -> Dating<'a> {
        Dating {
            kg,
            articles: kg.dating.get_or_init(|| ArticleDays::of(kg)),
        }
    }

    /// Article -> date of the meetings of that article a person took part in.
    fn person_meetings(&self, person: NodeIndex) -> rustc_hash::FxHashMap<&'a str, Date> {
        let mut m: rustc_hash::FxHashMap<&'a str, Date> = rustc_hash::FxHashMap::default();
        for (kind, other, e) in edges_of(self.kg, person, Direction::Outgoing) {
            if !kind.is_participation() {
                continue;
            }
            let Some(d) = date_attr(&self.kg.graph[other], "date") else {
                continue;
            };
            for ev in &e.sources {
                // Two meetings in one article: the earlier one dates it.
                let slot = m.entry(&*ev.article).or_insert(d);
                if d < *slot {
                    *slot = d;
                }
            }
        }
        m
    }

    /// The date a fact of `article` about a person was true, given the
    /// person's meetings (see the module notes).
    fn date(
        &self,
        article: &str,
        person_meetings: &rustc_hash::FxHashMap<&'a str, Date>,
    ) -> Option<Date> {
        let dates = self.articles.0.get(article).copied().unwrap_or_default();
        let published = dates.published;
        let pick = |d: Date| match published {
            // A year-only meeting date is less precise than the publication day.
            Some(p) if !d.is_full() && p.year == d.year => p,
            _ => d,
        };
        if let Some(&d) = person_meetings.get(article) {
            return Some(pick(d));
        }
        if let Some(Some(d)) = dates.meeting {
            return Some(pick(d));
        }
        published
    }
}

// ---------------------------------------------------------------------
// Meetings

/// A person at a meeting and what they did there.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Participant {
    /// Person id.
    pub id: String,
    /// Person name.
    pub name: String,
    /// Roles in edge order: chaired, attended, spoke, reported, concluded.
    pub roles: Vec<EdgeType>,
}

/// One meeting with its date, place, organizer and people.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MeetingRow {
    /// Meeting id.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Date (ISO, maybe partial).
    pub date: Option<Date>,
    /// Kind ("Hội nghị", "Giao ban", "Kỳ họp").
    pub kind: Option<String>,
    /// Ordinal ("lần thứ 25").
    pub ordinal: Option<u64>,
    /// District the meeting belongs to, when one can be told.
    pub district: Option<NodeRef>,
    /// Organizing bodies.
    pub organizers: Vec<NodeRef>,
    /// Chairs, in the order the text names them.
    pub chairs: Vec<NodeRef>,
    /// Everyone who took part, in text order.
    pub participants: Vec<Participant>,
    /// Documents the meeting was about.
    pub concerns: Vec<NodeRef>,
    /// Articles reporting it.
    pub articles: Vec<String>,
}

/// Filters of `chairs` and `meetings`; empty fields do not filter.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MeetingFilter {
    /// A person (resolved: must be one person) who took part (for `chairs`: chaired).
    pub person: Option<String>,
    /// District name (any district whose name matches).
    pub district: Option<String>,
    /// Organizer name (any body whose name matches: "quan uy").
    pub organizer: Option<String>,
    /// Only meetings on or after this date.
    pub from: Option<Date>,
    /// Only meetings on or before this date.
    pub to: Option<Date>,
    /// A document (resolved) the meeting was about.
    pub resolution: Option<String>,
}

/// The filter of `chairs` (the same fields as [`MeetingFilter`]).
pub type ChairsFilter = MeetingFilter;

/// Districts and wards by name words, to place meetings.
struct Places {
    districts: HashMap<Vec<String>, Vec<NodeIndex>>,
    /// Ward name -> (ward, its district if any).
    wards: HashMap<Vec<String>, Vec<Option<NodeIndex>>>,
}

impl Places {
    fn new(kg: &KnowledgeGraph) -> Places {
        let mut districts: HashMap<Vec<String>, Vec<NodeIndex>> = HashMap::new();
        let mut wards: HashMap<Vec<String>, Vec<Option<NodeIndex>>> = HashMap::new();
        for &ix in kg.index.values() {
            let n = &kg.graph[ix];
            match n.kind {
                NodeType::District => districts.entry(names::words(&n.name)).or_default().push(ix),
                NodeType::Ward => {
                    let d = edges_of(kg, ix, Direction::Outgoing)
                        .find(|(k, o, _)| {
                            *k == EdgeType::PartOf && kg.graph[*o].kind == NodeType::District
                        })
                        .map(|(_, o, _)| o);
                    wards.entry(names::words(&n.name)).or_default().push(d);
                }
                _ => {}
            }
        }
        Places { districts, wards }
    }

    /// The district a body name places itself in ("Ban Thường vụ Quận ủy
    /// Cầu Giấy" -> Cầu Giấy; "Đảng bộ phường Quan Hoa" -> the district of
    /// that ward). `prefer` picks among homonymous districts.
    fn district_in(&self, name: &str, prefer: &dyn Fn(NodeIndex) -> bool) -> Option<NodeIndex> {
        let w = names::words(name);
        for i in 0..w.len() {
            for len in (1..=4.min(w.len() - i)).rev() {
                let key = &w[i..i + len];
                let prev = if i > 0 { w[i - 1].as_str() } else { "" };
                let ward_cue = matches!(prev, "phuong" | "xa")
                    || (prev == "tran" && i > 1 && w[i - 2] == "thi");
                if ward_cue {
                    if let Some(ds) = self.wards.get(key) {
                        return ds.iter().flatten().copied().find(|d| prefer(*d)).or(ds[0]);
                    }
                    continue;
                }
                if let Some(ds) = self.districts.get(key) {
                    return ds
                        .iter()
                        .copied()
                        .find(|d| prefer(*d))
                        .or(ds.first().copied());
                }
            }
        }
        None
    }
}

/// A place in the text: (article, byte offset).
type Pos = (std::sync::Arc<str>, usize);

/// How a person appears at a meeting.
struct Presence {
    roles: Vec<EdgeType>,
    /// Where the text first names them at this meeting.
    first: Pos,
    /// Where it names them as chair.
    chair: Option<Pos>,
}

fn meeting_row(kg: &KnowledgeGraph, places: &Places, ix: NodeIndex) -> MeetingRow {
    let n = &kg.graph[ix];
    let mut organizers: Vec<NodeIndex> = Vec::new();
    let mut people: BTreeMap<NodeIndex, Presence> = BTreeMap::new();
    for (kind, other, e) in edges_of(kg, ix, Direction::Incoming) {
        if kind == EdgeType::Organized {
            organizers.push(other);
        } else if kind.is_participation() {
            let pos = first_position(&e.sources);
            let entry = people.entry(other).or_insert_with(|| Presence {
                roles: Vec::new(),
                first: pos.clone(),
                chair: None,
            });
            entry.roles.push(kind);
            if pos < entry.first {
                entry.first = pos.clone();
            }
            if kind == EdgeType::Chaired {
                entry.chair = Some(pos);
            }
        }
    }
    organizers.sort_by(|a, b| kg.graph[*a].id.cmp(&kg.graph[*b].id));
    let concerns: BTreeSet<NodeRef> = edges_of(kg, ix, Direction::Outgoing)
        .filter(|(k, _, _)| *k == EdgeType::Concerns)
        .map(|(_, o, _)| NodeRef::of(&kg.graph[o]))
        .collect();

    // The district: a located_in edge of the organizer, else the place its
    // name contains, else the home district most participants share.
    let shares_article = |d: NodeIndex| kg.graph[d].sources.iter().any(|a| n.sources.contains(a));
    let mut district = organizers.iter().find_map(|&o| {
        edges_of(kg, o, Direction::Outgoing)
            .filter(|(k, _, _)| *k == EdgeType::LocatedIn)
            .find_map(|(_, p, _)| match kg.graph[p].kind {
                NodeType::District => Some(p),
                NodeType::Ward => edges_of(kg, p, Direction::Outgoing)
                    .find(|(k, d, _)| {
                        *k == EdgeType::PartOf && kg.graph[*d].kind == NodeType::District
                    })
                    .map(|(_, d, _)| d),
                _ => None,
            })
    });
    if district.is_none() {
        district = organizers
            .iter()
            .map(|&o| kg.graph[o].name.as_str())
            .chain(std::iter::once(n.name.as_str()))
            .find_map(|name| places.district_in(name, &shares_article));
    }
    if district.is_none() {
        let mut count: BTreeMap<&str, usize> = BTreeMap::new();
        for p in people.keys() {
            if let Some(h) = str_attr(&kg.graph[*p], "home_district") {
                *count.entry(h).or_insert(0) += 1;
            }
        }
        district = count
            .iter()
            .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
            .and_then(|(h, _)| kg.index.get(&format!("district:{h}")).copied());
    }

    let mut ordered: Vec<(&NodeIndex, &Presence)> = people.iter().collect();
    ordered.sort_by(|a, b| (&a.1.first, &kg.graph[*a.0].id).cmp(&(&b.1.first, &kg.graph[*b.0].id)));
    let participants = ordered
        .iter()
        .map(|(p, pr)| {
            let mut roles = pr.roles.clone();
            roles.sort();
            roles.dedup();
            Participant {
                id: kg.graph[**p].id.clone(),
                name: kg.graph[**p].name.clone(),
                roles,
            }
        })
        .collect();
    let mut chairs: Vec<(&Pos, NodeIndex)> = people
        .iter()
        .filter_map(|(p, pr)| pr.chair.as_ref().map(|c| (c, *p)))
        .collect();
    chairs.sort_by(|a, b| (a.0, &kg.graph[a.1].id).cmp(&(b.0, &kg.graph[b.1].id)));
    MeetingRow {
        id: n.id.clone(),
        name: n.name.clone(),
        date: date_attr(n, "date"),
        kind: str_attr(n, "kind").map(str::to_string),
        ordinal: n.attrs.get("ordinal").and_then(Value::as_u64),
        district: district.map(|d| NodeRef::of(&kg.graph[d])),
        organizers: organizers
            .iter()
            .map(|&o| NodeRef::of(&kg.graph[o]))
            .collect(),
        chairs: chairs
            .iter()
            .map(|(_, p)| NodeRef::of(&kg.graph[*p]))
            .collect(),
        participants,
        concerns: concerns.into_iter().collect(),
        articles: n.sources.iter().map(|a| a.to_string()).collect(),
    }
}

/// Newest first; undated meetings last; ties by id.
fn newest_first(rows: &mut [MeetingRow]) {
    rows.sort_by(|a, b| {
        (a.date.is_none(), std::cmp::Reverse(a.date), &a.id).cmp(&(
            b.date.is_none(),
            std::cmp::Reverse(b.date),
            &b.id,
        ))
    });
}

fn select_meetings(
    kg: &KnowledgeGraph,
    f: &MeetingFilter,
    chaired_only: bool,
) -> Result<Vec<MeetingRow>, Ambiguity> {
    let person = match &f.person {
        Some(p) => Some(kg.graph[resolve(kg, p, Some(NodeType::Person))?].id.clone()),
        None => None,
    };
    let resolution = match &f.resolution {
        Some(r) => Some(
            kg.graph[resolve(kg, r, Some(NodeType::Resolution))?]
                .id
                .clone(),
        ),
        None => None,
    };
    let places = Places::new(kg);
    let mut rows = Vec::new();
    for &ix in kg.index.values() {
        let n = &kg.graph[ix];
        if n.kind != NodeType::Meeting {
            continue;
        }
        let date = date_attr(n, "date");
        // A date filter excludes undated meetings: they cannot be shown to
        // fall inside the range.
        if let Some(from) = f.from {
            if date.is_none_or(|d| upper(d) < from) {
                continue;
            }
        }
        if let Some(to) = f.to {
            if date.is_none_or(|d| d > upper(to)) {
                continue;
            }
        }
        let row = meeting_row(kg, &places, ix);
        if chaired_only && row.chairs.is_empty() {
            continue;
        }
        if let Some(p) = &person {
            let hit = if chaired_only {
                row.chairs.iter().any(|c| &c.id == p)
            } else {
                row.participants.iter().any(|c| &c.id == p)
            };
            if !hit {
                continue;
            }
        }
        if let Some(r) = &resolution {
            if !row.concerns.iter().any(|c| &c.id == r) {
                continue;
            }
        }
        if let Some(d) = &f.district {
            if !row
                .district
                .as_ref()
                .is_some_and(|x| names::matches(d, &x.name) || &x.id == d)
            {
                continue;
            }
        }
        if let Some(o) = &f.organizer {
            if !row
                .organizers
                .iter()
                .any(|x| names::matches(o, &x.name) || &x.id == o)
            {
                continue;
            }
        }
        rows.push(row);
    }
    newest_first(&mut rows);
    Ok(rows)
}

/// Every meeting with at least one chair, newest first, filtered. Fails
/// only when `filter.person` or `filter.resolution` is not one node.
pub fn chairs(kg: &KnowledgeGraph, filter: &ChairsFilter) -> Result<Vec<MeetingRow>, Ambiguity> {
    select_meetings(kg, filter, true)
}

/// Every meeting, newest first, filtered (`filter.person`: took part).
pub fn meetings(kg: &KnowledgeGraph, filter: &MeetingFilter) -> Result<Vec<MeetingRow>, Ambiguity> {
    select_meetings(kg, filter, false)
}

// ---------------------------------------------------------------------
// People and posts

/// A post a person was seen holding, with the days it was seen.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TitleSpan {
    /// Title id.
    pub id: String,
    /// Title name.
    pub title: String,
    /// First day seen.
    pub first_seen: Option<Date>,
    /// Last day seen.
    pub last_seen: Option<Date>,
    /// Only seen as a former post ("nguyên Bí thư"): held before `first_seen`.
    pub former: bool,
    /// Articles stating it.
    pub articles: Vec<std::sync::Arc<str>>,
}

/// A meeting a person took part in.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MeetingRef {
    /// Meeting id.
    pub id: String,
    /// Meeting name.
    pub name: String,
    /// Meeting date.
    pub date: Option<Date>,
    /// What the person did there.
    pub roles: Vec<EdgeType>,
}

/// Someone a person met at meetings.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Companion {
    /// Person id.
    pub id: String,
    /// Person name.
    pub name: String,
    /// Meetings both took part in.
    pub meetings: usize,
}

/// Everything the graph knows about a person.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PersonProfile {
    /// Person id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Home district id ("ha-noi/cau-giay").
    pub home_district: Option<String>,
    /// Home province id.
    pub home_province: Option<String>,
    /// Career timeline: posts by first day seen.
    pub titles: Vec<TitleSpan>,
    /// Meetings chaired, newest first.
    pub chaired: Vec<MeetingRef>,
    /// Other meetings taken part in (without chairing), newest first.
    pub attended: Vec<MeetingRef>,
    /// People met most often at meetings, most often first.
    pub met: Vec<Companion>,
    /// Articles mentioning the person, by publication date.
    pub articles: Vec<ArticleRef>,
}

/// Title spans of a person from holds/held edges (of one title, when
/// `only` is given).
fn spans(
    kg: &KnowledgeGraph,
    dating: &Dating,
    person: NodeIndex,
    only: Option<NodeIndex>,
) -> Vec<TitleSpan> {
    let pm = dating.person_meetings(person);
    let mut by_title: BTreeMap<NodeIndex, TitleSpan> = BTreeMap::new();
    for (kind, t, e) in edges_of(kg, person, Direction::Outgoing) {
        if !matches!(kind, EdgeType::Holds | EdgeType::Held) || only.is_some_and(|o| o != t) {
            continue;
        }
        let span = by_title.entry(t).or_insert_with(|| TitleSpan {
            id: kg.graph[t].id.clone(),
            title: kg.graph[t].name.clone(),
            first_seen: None,
            last_seen: None,
            former: true,
            articles: Vec::new(),
        });
        span.former &= kind == EdgeType::Held;
        for ev in &e.sources {
            if let Some(d) = dating.date(&ev.article, &pm) {
                span.first_seen = Some(span.first_seen.map_or(d, |f| f.min(d)));
                span.last_seen = Some(span.last_seen.map_or(d, |l| l.max(d)));
            }
            span.articles.push(ev.article.clone());
        }
    }
    let mut v: Vec<TitleSpan> = by_title.into_values().collect();
    for s in &mut v {
        s.articles.sort();
        s.articles.dedup();
    }
    v.sort_by(|a, b| {
        (a.first_seen.is_none(), a.first_seen, a.last_seen, &a.title).cmp(&(
            b.first_seen.is_none(),
            b.first_seen,
            b.last_seen,
            &b.title,
        ))
    });
    v
}

/// The profile of a person (`query`: an id or a name).
pub fn person_profile(kg: &KnowledgeGraph, query: &str) -> Result<PersonProfile, Ambiguity> {
    let ix = resolve(kg, query, Some(NodeType::Person))?;
    let n = &kg.graph[ix];
    let dating = Dating::new(kg);
    let titles = spans(kg, &dating, ix, None);
    let mut roles: BTreeMap<NodeIndex, Vec<EdgeType>> = BTreeMap::new();
    for (kind, m, _) in edges_of(kg, ix, Direction::Outgoing) {
        if kind.is_participation() {
            roles.entry(m).or_default().push(kind);
        }
    }
    let mut chaired = Vec::new();
    let mut attended = Vec::new();
    let mut met: BTreeMap<NodeIndex, usize> = BTreeMap::new();
    for (&m, r) in &roles {
        let mut r = r.clone();
        r.sort();
        r.dedup();
        let mn = &kg.graph[m];
        let mref = MeetingRef {
            id: mn.id.clone(),
            name: mn.name.clone(),
            date: date_attr(mn, "date"),
            roles: r.clone(),
        };
        if r.contains(&EdgeType::Chaired) {
            chaired.push(mref);
        } else {
            attended.push(mref);
        }
        let others: BTreeSet<NodeIndex> = edges_of(kg, m, Direction::Incoming)
            .filter(|(k, o, _)| k.is_participation() && *o != ix)
            .map(|(_, o, _)| o)
            .collect();
        for o in others {
            *met.entry(o).or_insert(0) += 1;
        }
    }
    let by_date = |v: &mut Vec<MeetingRef>| {
        v.sort_by(|a, b| {
            (a.date.is_none(), std::cmp::Reverse(a.date), &a.id).cmp(&(
                b.date.is_none(),
                std::cmp::Reverse(b.date),
                &b.id,
            ))
        })
    };
    by_date(&mut chaired);
    by_date(&mut attended);
    let mut met: Vec<Companion> = met
        .into_iter()
        .map(|(o, c)| Companion {
            id: kg.graph[o].id.clone(),
            name: kg.graph[o].name.clone(),
            meetings: c,
        })
        .collect();
    met.sort_by(|a, b| {
        b.meetings
            .cmp(&a.meetings)
            .then(a.name.cmp(&b.name))
            .then(a.id.cmp(&b.id))
    });
    Ok(PersonProfile {
        id: n.id.clone(),
        name: n.name.clone(),
        home_district: str_attr(n, "home_district").map(str::to_string),
        home_province: str_attr(n, "home_province").map(str::to_string),
        titles,
        chaired,
        attended,
        met,
        articles: article_refs(kg, &n.sources),
    })
}

/// A holder of a post.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Holder {
    /// Person id.
    pub id: String,
    /// Person name.
    pub name: String,
    /// Title name.
    pub title: String,
    /// First day seen holding it.
    pub first_seen: Option<Date>,
    /// Last day seen holding it.
    pub last_seen: Option<Date>,
    /// Only seen as a former holder.
    pub former: bool,
    /// With a day asked for: no seen interval covers it, this is the nearest
    /// holder before it.
    pub estimate: bool,
    /// Articles stating it.
    pub articles: Vec<std::sync::Arc<str>>,
}

/// Who held a post (`title_query`: an id or a name, abbreviations allowed),
/// by first day seen. With `on`: the holders whose seen interval covers the
/// day, else the one last seen before it, marked `estimate`.
pub fn holders(
    kg: &KnowledgeGraph,
    title_query: &str,
    on: Option<Date>,
) -> Result<Vec<Holder>, Ambiguity> {
    let t = resolve(kg, title_query, Some(NodeType::Title))?;
    let dating = Dating::new(kg);
    let mut all: Vec<Holder> = Vec::new();
    let mut persons: BTreeSet<NodeIndex> = BTreeSet::new();
    for (kind, p, _) in edges_of(kg, t, Direction::Incoming) {
        if matches!(kind, EdgeType::Holds | EdgeType::Held) {
            persons.insert(p);
        }
    }
    for p in persons {
        if let Some(s) = spans(kg, &dating, p, Some(t))
            .into_iter()
            .find(|s| s.id == kg.graph[t].id)
        {
            all.push(Holder {
                id: kg.graph[p].id.clone(),
                name: kg.graph[p].name.clone(),
                title: s.title,
                first_seen: s.first_seen,
                last_seen: s.last_seen,
                former: s.former,
                estimate: false,
                articles: s.articles,
            });
        }
    }
    all.sort_by(|a, b| {
        (a.first_seen.is_none(), a.first_seen, &a.name, &a.id).cmp(&(
            b.first_seen.is_none(),
            b.first_seen,
            &b.name,
            &b.id,
        ))
    });
    let Some(day) = on else { return Ok(all) };
    // Former mentions say nothing about when the post was held.
    let current: Vec<&Holder> = all.iter().filter(|h| !h.former).collect();
    let covering: Vec<Holder> = current
        .iter()
        .filter(|h| matches!((h.first_seen, h.last_seen), (Some(f), Some(l)) if f <= day && day <= upper(l)))
        .map(|h| (*h).clone())
        .collect();
    if !covering.is_empty() {
        return Ok(covering);
    }
    let before = current
        .iter()
        .filter(|h| h.last_seen.is_some_and(|l| l <= day))
        .max_by(|a, b| (a.last_seen, &b.id).cmp(&(b.last_seen, &a.id)));
    Ok(before
        .map(|h| Holder {
            estimate: true,
            ..(*h).clone()
        })
        .into_iter()
        .collect())
}

// ---------------------------------------------------------------------
// Resolutions

/// A document linked to another.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocRef {
    /// Node id.
    pub id: String,
    /// Code ("15-NQ/TU").
    pub code: String,
    /// Kind ("Nghị quyết").
    pub kind: Option<String>,
    /// Date of issue.
    pub date: Option<Date>,
}

fn doc_ref(n: &Node) -> DocRef {
    DocRef {
        id: n.id.clone(),
        code: str_attr(n, "code").unwrap_or(&n.name).to_string(),
        kind: str_attr(n, "kind").map(str::to_string),
        date: date_attr(n, "date"),
    }
}

/// Meetings about a document in one district.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DistrictMeetings {
    /// The district (none when it cannot be told).
    pub district: Option<NodeRef>,
    /// Its meetings, oldest first.
    pub meetings: Vec<MeetingRow>,
}

/// What the graph knows about a document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ResolutionReport {
    /// Node id.
    pub id: String,
    /// Code.
    pub code: String,
    /// Kind.
    pub kind: Option<String>,
    /// Date of issue.
    pub date: Option<Date>,
    /// Issuing bodies.
    pub issuers: Vec<NodeRef>,
    /// Documents it carries out.
    pub implements: Vec<DocRef>,
    /// Documents that carry it out.
    pub implemented_by: Vec<DocRef>,
    /// Meetings about it, by district (districts by name, unknown last).
    pub meetings: Vec<DistrictMeetings>,
    /// Articles mentioning it, by publication date.
    pub articles: Vec<ArticleRef>,
}

/// The report on a document (`code`: an id, a code like "15-NQ/TU", or a
/// part of it).
pub fn resolution(kg: &KnowledgeGraph, code: &str) -> Result<ResolutionReport, Ambiguity> {
    let ix = resolve(kg, code, Some(NodeType::Resolution))?;
    let n = &kg.graph[ix];
    let mut issuers = BTreeSet::new();
    let mut implemented_by = Vec::new();
    let mut meeting_ix = Vec::new();
    for (kind, o, _) in edges_of(kg, ix, Direction::Incoming) {
        match kind {
            EdgeType::Issued => {
                issuers.insert(NodeRef::of(&kg.graph[o]));
            }
            EdgeType::Implements => implemented_by.push(doc_ref(&kg.graph[o])),
            EdgeType::Concerns => meeting_ix.push(o),
            _ => {}
        }
    }
    let mut implements: Vec<DocRef> = edges_of(kg, ix, Direction::Outgoing)
        .filter(|(k, _, _)| *k == EdgeType::Implements)
        .map(|(_, o, _)| doc_ref(&kg.graph[o]))
        .collect();
    implements.sort_by(|a, b| a.id.cmp(&b.id));
    implemented_by.sort_by(|a, b| a.id.cmp(&b.id));
    let places = Places::new(kg);
    let mut groups: BTreeMap<(bool, String, String), DistrictMeetings> = BTreeMap::new();
    for m in meeting_ix {
        let row = meeting_row(kg, &places, m);
        let key = match &row.district {
            Some(d) => (false, d.name.clone(), d.id.clone()),
            None => (true, String::new(), String::new()),
        };
        groups
            .entry(key)
            .or_insert_with(|| DistrictMeetings {
                district: row.district.clone(),
                meetings: Vec::new(),
            })
            .meetings
            .push(row);
    }
    let mut meetings: Vec<DistrictMeetings> = groups.into_values().collect();
    for g in &mut meetings {
        g.meetings.sort_by(|a, b| {
            (a.date.is_none(), a.date, &a.id).cmp(&(b.date.is_none(), b.date, &b.id))
        });
    }
    Ok(ResolutionReport {
        id: n.id.clone(),
        code: str_attr(n, "code").unwrap_or(&n.name).to_string(),
        kind: str_attr(n, "kind").map(str::to_string),
        date: date_attr(n, "date"),
        issuers: issuers.into_iter().collect(),
        implements,
        implemented_by,
        meetings,
        articles: article_refs(kg, &n.sources),
    })
}

// ---------------------------------------------------------------------
// Paths and nodes

/// One fact on a path between two entities.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Step {
    /// The node the step starts from.
    pub from: NodeRef,
    /// The edge type.
    pub edge: EdgeType,
    /// True when the edge points from `from` to `to` in the graph.
    pub forward: bool,
    /// The node the step reaches.
    pub to: NodeRef,
    /// The first evidence of the edge: article and sentence.
    pub evidence: Option<Evidence>,
}

/// The shortest chain of facts linking `a` and `b` (ids or names), edges
/// taken in either direction. Empty when they are not connected or equal.
pub fn path(kg: &KnowledgeGraph, a: &str, b: &str) -> Result<Vec<Step>, Ambiguity> {
    let start = resolve(kg, a, None)?;
    let goal = resolve(kg, b, None)?;
    if start == goal {
        return Ok(Vec::new());
    }
    // Breadth-first, neighbours in id order, so the answer is stable.
    let mut prev: HashMap<NodeIndex, (NodeIndex, petgraph::graph::EdgeIndex, bool)> =
        HashMap::new();
    let mut queue = VecDeque::from([start]);
    let mut seen: BTreeSet<NodeIndex> = BTreeSet::from([start]);
    'search: while let Some(x) = queue.pop_front() {
        let mut next: Vec<(&str, EdgeType, NodeIndex, petgraph::graph::EdgeIndex, bool)> =
            Vec::new();
        for e in kg.graph.edges_directed(x, Direction::Outgoing) {
            next.push((
                &kg.graph[e.target()].id,
                e.weight().kind,
                e.target(),
                e.id(),
                true,
            ));
        }
        for e in kg.graph.edges_directed(x, Direction::Incoming) {
            next.push((
                &kg.graph[e.source()].id,
                e.weight().kind,
                e.source(),
                e.id(),
                false,
            ));
        }
        next.sort_by(|p, q| (p.0, p.1, !p.4).cmp(&(q.0, q.1, !q.4)));
        for (_, _, y, e, fwd) in next {
            if seen.insert(y) {
                prev.insert(y, (x, e, fwd));
                if y == goal {
                    break 'search;
                }
                queue.push_back(y);
            }
        }
    }
    let mut steps = Vec::new();
    let mut cur = goal;
    while let Some(&(p, e, fwd)) = prev.get(&cur) {
        let edge = &kg.graph[e];
        steps.push(Step {
            from: NodeRef::of(&kg.graph[p]),
            edge: edge.kind,
            forward: fwd,
            to: NodeRef::of(&kg.graph[cur]),
            evidence: edge.sources.iter().min().cloned(),
        });
        cur = p;
    }
    steps.reverse();
    Ok(steps)
}

/// An edge of a node, seen from it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EdgeReport {
    /// True for an edge leaving the node.
    pub outgoing: bool,
    /// Edge type.
    #[serde(rename = "type")]
    pub kind: EdgeType,
    /// The node at the other end.
    pub other: NodeRef,
    /// Edge attributes.
    pub attrs: Map<String, Value>,
    /// Every evidence.
    pub sources: Vec<Evidence>,
}

/// One node with all its edges and provenance.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NodeReport {
    /// Node id.
    pub id: String,
    /// Node type.
    #[serde(rename = "type")]
    pub kind: NodeType,
    /// Name.
    pub name: String,
    /// Attributes.
    pub attrs: Map<String, Value>,
    /// Articles mentioning it.
    pub articles: Vec<ArticleRef>,
    /// Edges: outgoing first, then by type and other id.
    pub edges: Vec<EdgeReport>,
}

/// Everything about one node (`query`: an id or a name of any type).
pub fn show(kg: &KnowledgeGraph, query: &str) -> Result<NodeReport, Ambiguity> {
    let ix = resolve(kg, query, None)?;
    let n = &kg.graph[ix];
    let mut edges = Vec::new();
    for dir in [Direction::Outgoing, Direction::Incoming] {
        for (kind, o, e) in edges_of(kg, ix, dir) {
            edges.push(EdgeReport {
                outgoing: dir == Direction::Outgoing,
                kind,
                other: NodeRef::of(&kg.graph[o]),
                attrs: e.attrs.clone(),
                sources: e.sources.clone(),
            });
        }
    }
    edges.sort_by(|a, b| {
        (!a.outgoing, a.kind, &a.other.id).cmp(&(!b.outgoing, b.kind, &b.other.id))
    });
    Ok(NodeReport {
        id: n.id.clone(),
        kind: n.kind,
        name: n.name.clone(),
        attrs: n.attrs.clone(),
        articles: article_refs(kg, &n.sources),
        edges,
    })
}
