//! The query cache (`out/graph.json` -> `out/graph.cache`): the same graph
//! in a compact binary form that loads in a fraction of the JSON's time.
//!
//! A graph of 100,000 articles is over a gigabyte of JSON, most of it the
//! article id and sentence of every evidence record; parsing it takes
//! seconds. The cache writes each article id and each distinct sentence once
//! and refers to them by number, so loading is one read and a pass that
//! shares those strings (`Arc<str>`) between records.
//!
//! The node-link JSON stays the graph of record: the cache is written beside
//! it by every build, stamped with the graph file's length, modification
//! time and inode, and ignored (then rewritten) when the graph no longer matches the
//! stamp, so a hand-edited or replaced graph is never answered from a stale
//! cache. Because of that stamp the cache is the one output file that is not
//! byte-identical across rebuilds.
//!
//! Layout (integers are LEB128 varints unless noted):
//! ```text
//! magic "vnkg-cache\n" · version · graph length · mtime secs, nanos · inode
//! strings:  n, then n × (len, UTF-8 bytes)          article ids, sentences
//! articles: byte length, n, then n × (id, headline/section/byline as string no. + 1,
//!           published, time, url, title, locality, hash, conflicts JSON)
//! nodes:    n, then n × (id, type, name, sources: k × string no., attrs JSON)
//! edges:    n, then n × (source no., target no., type, attrs JSON,
//!                        evidence: k × (article no., start, end, sentence no.))
//! ```

use super::{Edge, KnowledgeGraph, Node};
use crate::binary::{put_attrs, put_opt, put_str, put_uint, type_no, Reader};
use crate::facts::{ArticleMeta, EdgeType, Evidence, NodeType};
use petgraph::graph::NodeIndex;
use rustc_hash::FxHashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::UNIX_EPOCH;

const MAGIC: &[u8] = b"vnkg-cache\n";
/// Version of the cache layout; a cache of another version is rebuilt.
const VERSION: u64 = 1;

/// The cache file kept beside a graph file.
pub fn cache_path(graph: &Path) -> PathBuf {
    crate::store::beside(graph, "cache")
}

/// What identifies a graph file's contents without reading it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Stamp {
    len: u64,
    secs: u64,
    nanos: u64,
    /// The inode: every build replaces the graph by a rename, hence a new
    /// inode, even within the file system's timestamp granularity.
    inode: u64,
}

fn stamp(graph: &Path) -> Option<Stamp> {
    let meta = std::fs::metadata(graph).ok()?;
    let t = meta.modified().ok()?.duration_since(UNIX_EPOCH).ok()?;
    #[cfg(unix)]
    let inode = std::os::unix::fs::MetadataExt::ino(&meta);
    #[cfg(not(unix))]
    let inode = 0;
    Some(Stamp {
        len: meta.len(),
        secs: t.as_secs(),
        nanos: u64::from(t.subsec_nanos()),
        inode,
    })
}

/// Load a graph: from its cache when the cache matches the graph file,
/// else from the JSON, writing a fresh cache (best effort: a read-only
/// directory only costs the next load its speed).
pub fn load(graph: &Path) -> Result<KnowledgeGraph, String> {
    if let Some(kg) = read_if_fresh(graph) {
        return Ok(kg);
    }
    let kg = super::nodelink::read_file(graph)?;
    let _ = write(graph, &kg);
    Ok(kg)
}

/// The graph from its cache, if there is one that matches the graph file.
pub fn read_if_fresh(graph: &Path) -> Option<KnowledgeGraph> {
    let want = stamp(graph)?;
    let bytes = std::fs::read(cache_path(graph)).ok()?;
    let mut r = Reader {
        buf: &bytes,
        pos: 0,
    };
    if r.bytes(MAGIC.len())? != MAGIC || r.uint()? != VERSION {
        return None;
    }
    let got = Stamp {
        len: r.uint()?,
        secs: r.uint()?,
        nanos: r.uint()?,
        inode: r.uint()?,
    };
    if got != want {
        return None;
    }
    decode(&mut r)
}

/// The graph in cache bytes, whatever graph file they were stamped for
/// (for tests and fuzzing): None for anything that is not a whole cache.
pub fn from_bytes(bytes: &[u8]) -> Option<KnowledgeGraph> {
    let mut r = Reader::new(bytes);
    if r.bytes(MAGIC.len())? != MAGIC || r.uint()? != VERSION {
        return None;
    }
    for _ in 0..4 {
        r.uint()?;
    }
    decode(&mut r)
}

/// The cache bytes of a graph, with a zero stamp (for tests and fuzzing;
/// [`write()`] stamps them for a graph file).
pub fn to_bytes(kg: &KnowledgeGraph) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(MAGIC);
    for v in [VERSION, 0, 0, 0, 0] {
        put_uint(&mut out, v);
    }
    encode(kg, &mut out).expect("writing to a vector does not fail");
    out
}

/// Write the cache of a graph that has just been written to `graph`
/// (atomically, like every output).
pub fn write(graph: &Path, kg: &KnowledgeGraph) -> std::io::Result<()> {
    let s = stamp(graph).ok_or_else(|| std::io::Error::other("graph file has no mtime"))?;
    crate::pipeline::write_atomic_with(&cache_path(graph), |w| {
        let mut head = Vec::with_capacity(64);
        head.extend_from_slice(MAGIC);
        for v in [VERSION, s.len, s.secs, s.nanos, s.inode] {
            put_uint(&mut head, v);
        }
        w.write_all(&head)?;
        encode(kg, w)
    })
}

/// Strings shared by many records, numbered in first-seen order.
#[derive(Default)]
struct Table<'a> {
    index: FxHashMap<&'a str, u64>,
    list: Vec<&'a str>,
}

impl<'a> Table<'a> {
    fn id(&mut self, s: &'a str) -> u64 {
        if let Some(&i) = self.index.get(s) {
            return i;
        }
        let i = self.list.len() as u64;
        self.index.insert(s, i);
        self.list.push(s);
        i
    }
}

/// Encode the graph after the header. The string table comes first but is
/// known only at the end, so the articles and the body are encoded into
/// buffers and written after it, each once (not copied into one vector).
fn encode(kg: &KnowledgeGraph, out: &mut impl std::io::Write) -> std::io::Result<()> {
    let mut table = Table::default();
    let mut arts = Vec::with_capacity(1 << 20);
    put_uint(&mut arts, kg.articles.len() as u64);
    for a in kg.articles.values() {
        put_article(&mut arts, &mut table, a);
    }
    let mut body = Vec::with_capacity(1 << 20);
    put_uint(&mut body, kg.graph.node_count() as u64);
    // Nodes in id order, which is also their index order (see
    // `KnowledgeGraph::graph`); edges refer to them by that position.
    let mut position = vec![0u64; kg.graph.node_count()];
    for (k, &ix) in kg.index.values().enumerate() {
        position[ix.index()] = k as u64;
        let n = &kg.graph[ix];
        put_str(&mut body, &n.id);
        put_uint(&mut body, type_no(&NodeType::ALL, n.kind));
        put_str(&mut body, &n.name);
        put_uint(&mut body, n.sources.len() as u64);
        for a in &n.sources {
            put_uint(&mut body, table.id(a));
        }
        put_attrs(&mut body, &n.attrs);
    }
    put_uint(&mut body, kg.graph.edge_count() as u64);
    for e in kg.graph.edge_indices() {
        let Some((a, b)) = kg.graph.edge_endpoints(e) else {
            continue;
        };
        let w = &kg.graph[e];
        put_uint(&mut body, position[a.index()]);
        put_uint(&mut body, position[b.index()]);
        put_uint(&mut body, type_no(&EdgeType::ALL, w.kind));
        put_attrs(&mut body, &w.attrs);
        put_uint(&mut body, w.sources.len() as u64);
        for ev in &w.sources {
            put_uint(&mut body, table.id(&ev.article));
            put_uint(&mut body, ev.start as u64);
            put_uint(&mut body, ev.end as u64);
            put_uint(&mut body, table.id(&ev.sentence));
        }
    }
    let mut strings = Vec::with_capacity(1 << 16);
    put_uint(&mut strings, table.list.len() as u64);
    for s in &table.list {
        put_str(&mut strings, s);
        if strings.len() >= 1 << 16 {
            out.write_all(&strings)?;
            strings.clear();
        }
    }
    // Its length first, so that a reader can decode the articles and the
    // graph side by side.
    put_uint(&mut strings, arts.len() as u64);
    out.write_all(&strings)?;
    out.write_all(&arts)?;
    out.write_all(&body)
}

fn decode(r: &mut Reader) -> Option<KnowledgeGraph> {
    let n = r.len()?;
    let mut strings: Vec<Arc<str>> = Vec::with_capacity(n);
    for _ in 0..n {
        strings.push(Arc::from(r.str()?));
    }
    let arts_len = r.len()?;
    let mut arts = Reader {
        buf: r.bytes(arts_len)?,
        pos: 0,
    };
    // Two cores: the articles on one, nodes and edges on the other.
    let (articles, kg) = rayon::join(
        || decode_articles(&mut arts, &strings),
        || decode_graph(r, &strings),
    );
    let mut kg = kg?;
    kg.articles = articles?;
    Some(kg)
}

fn decode_articles(
    r: &mut Reader,
    strings: &[Arc<str>],
) -> Option<std::collections::BTreeMap<String, ArticleMeta>> {
    let n = r.len()?;
    let mut v = Vec::with_capacity(n);
    for _ in 0..n {
        let meta = read_article(r, strings)?;
        v.push((meta.id.clone(), meta));
    }
    r.at_end().then(|| v.into_iter().collect())
}

fn decode_graph(r: &mut Reader, strings: &[Arc<str>]) -> Option<KnowledgeGraph> {
    let string = |i: u64| strings.get(usize::try_from(i).ok()?).cloned();
    let mut kg = KnowledgeGraph::default();
    let n = r.len()?;
    let mut by_position = Vec::with_capacity(n);
    for _ in 0..n {
        let id = r.str()?.to_string();
        let kind = *NodeType::ALL.get(r.small()?)?;
        let name = r.str()?.to_string();
        let k = r.len()?;
        let mut sources = Vec::with_capacity(k);
        for _ in 0..k {
            sources.push(string(r.uint()?)?);
        }
        let attrs = r.attrs()?;
        let ix = kg.graph.add_node(Node {
            id: id.clone(),
            kind,
            name,
            sources: sources.into_iter().collect(),
            attrs,
        });
        if kg.index.insert(id, ix).is_some() {
            return None;
        }
        by_position.push(ix);
    }
    let node = |i: u64| -> Option<NodeIndex> { by_position.get(usize::try_from(i).ok()?).copied() };
    for _ in 0..r.len()? {
        let a = node(r.uint()?)?;
        let b = node(r.uint()?)?;
        let kind = *EdgeType::ALL.get(r.small()?)?;
        let attrs = r.attrs()?;
        let k = r.len()?;
        let mut sources = Vec::with_capacity(k);
        for _ in 0..k {
            sources.push(Evidence {
                article: string(r.uint()?)?,
                start: usize::try_from(r.uint()?).ok()?,
                end: usize::try_from(r.uint()?).ok()?,
                sentence: string(r.uint()?)?,
            });
        }
        kg.graph.add_edge(
            a,
            b,
            Edge {
                kind,
                sources,
                attrs,
            },
        );
    }
    r.at_end().then_some(kg)
}

/// An article's metadata, field by field: parsing 100,000 of them as JSON
/// was a fifth of the load. Headlines, sections and bylines repeat across
/// articles of one portal, so they go to the string table.
fn put_article<'a>(out: &mut Vec<u8>, table: &mut Table<'a>, a: &'a ArticleMeta) {
    put_str(out, &a.id);
    for field in [&a.headline, &a.section, &a.byline] {
        match field {
            Some(s) => put_uint(out, table.id(s) + 1),
            None => put_uint(out, 0),
        }
    }
    let published = a.published.map(|d| d.to_string());
    for field in [&published, &a.time, &a.url, &a.title, &a.locality] {
        put_opt(out, field.as_deref());
    }
    put_str(out, &a.hash);
    if a.conflicts.is_empty() {
        put_uint(out, 0);
    } else {
        put_str(
            out,
            &serde_json::to_string(&a.conflicts).unwrap_or_default(),
        );
    }
}

/// A string-table reference written as number + 1 (0: none).
fn read_shared(r: &mut Reader, strings: &[Arc<str>]) -> Option<Option<String>> {
    match usize::try_from(r.uint()?).ok()? {
        0 => Some(None),
        k => strings.get(k - 1).map(|s| Some(s.to_string())),
    }
}

fn read_article(r: &mut Reader, strings: &[Arc<str>]) -> Option<ArticleMeta> {
    let id = r.str()?.to_string();
    let headline = read_shared(r, strings)?;
    let section = read_shared(r, strings)?;
    let byline = read_shared(r, strings)?;
    let published = match r.opt()? {
        Some(d) => Some(d.parse().ok()?),
        None => None,
    };
    let mut own = || r.opt().map(|o| o.map(str::to_string));
    let (time, url, title, locality) = (own()?, own()?, own()?, own()?);
    let hash = r.str()?.to_string();
    let conflicts = match r.str()? {
        "" => Vec::new(),
        s => serde_json::from_str(s).ok()?,
    };
    Some(ArticleMeta {
        id,
        headline,
        section,
        published,
        time,
        byline,
        url,
        title,
        locality,
        hash,
        conflicts,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncated_input_is_no_graph() {
        let mut b = Vec::new();
        put_uint(&mut b, 5);
        let mut r = Reader::new(&b);
        assert!(decode(&mut r).is_none());
    }
}
