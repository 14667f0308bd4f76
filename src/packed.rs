//! One article's facts in a compact binary form, for holding a whole
//! corpus's facts in memory between extraction and the merge.
//!
//! As structs, an article's facts take about 23 KB (every string and
//! attribute map its own allocation, 144 bytes a relation); packed, about a
//! quarter of that: each sentence is written once and relations refer to
//! it by number, and integers are varints. A build of 100,000 articles
//! holds them all until the merge, which unpacks one article at a time
//! ([`crate::graph::merge::FactsSource`]).
//!
//! Layout (integers are LEB128 varints, strings length-prefixed):
//! ```text
//! article:   id, headline, section, published, time, byline, url, title,
//!            locality (optional strings), hash, conflicts
//! conflicts: the facts' own list
//! entities:  n, then n × (type no., key, name, attrs)
//! strings:   n, then n × string              evidence articles, sentences
//! relations: n, then n × (type no., from, to, article no., start, end,
//!                         sentence no., attrs)
//! ```
//! Attributes and conflicts are JSON values in a binary form (a tag, then
//! the scalar or the items): reading JSON text back was a third of the
//! unpacking. The entities come before the strings and relations, so the
//! merge's first pass, which reads only articles and entities, stops there.

use crate::binary::{put_map, put_opt, put_str, put_uint, put_value, type_no, Reader};
use crate::facts::{ArticleFacts, ArticleMeta, EdgeType, Entity, Evidence, NodeType, Relation};
use rustc_hash::FxHashMap;
use serde_json::Value;
use std::sync::Arc;

/// An article's facts, packed ([`PackedFacts::pack`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackedFacts {
    id: Box<str>,
    bytes: Box<[u8]>,
}

impl PackedFacts {
    /// Pack an article's facts.
    pub fn pack(f: &ArticleFacts) -> PackedFacts {
        let mut out = Vec::with_capacity(4096);
        put_meta(&mut out, &f.article);
        put_values(&mut out, &f.conflicts);
        put_uint(&mut out, f.entities.len() as u64);
        for e in &f.entities {
            put_uint(&mut out, type_no(&NodeType::ALL, e.kind));
            put_str(&mut out, &e.key);
            put_str(&mut out, &e.name);
            put_map(&mut out, &e.attrs);
        }
        // Sentences are shared by the facts of one sentence; written once.
        let mut index: FxHashMap<&str, u64> = FxHashMap::default();
        let mut list: Vec<&str> = Vec::new();
        let mut refs: Vec<(u64, u64)> = Vec::with_capacity(f.relations.len());
        for r in &f.relations {
            let mut pair = [0u64; 2];
            for (slot, s) in pair
                .iter_mut()
                .zip([&*r.evidence.article, &*r.evidence.sentence])
            {
                *slot = *index.entry(s).or_insert_with(|| {
                    list.push(s);
                    list.len() as u64 - 1
                });
            }
            refs.push((pair[0], pair[1]));
        }
        put_uint(&mut out, list.len() as u64);
        for s in &list {
            put_str(&mut out, s);
        }
        put_uint(&mut out, f.relations.len() as u64);
        for (r, (article, sentence)) in f.relations.iter().zip(refs) {
            put_uint(&mut out, type_no(&EdgeType::ALL, r.kind));
            put_uint(&mut out, r.from as u64);
            put_uint(&mut out, r.to as u64);
            put_uint(&mut out, article);
            put_uint(&mut out, r.evidence.start as u64);
            put_uint(&mut out, r.evidence.end as u64);
            put_uint(&mut out, sentence);
            put_map(&mut out, &r.attrs);
        }
        PackedFacts {
            id: f.article.id.as_str().into(),
            bytes: out.into_boxed_slice(),
        }
    }

    /// The article id.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The packed size in bytes.
    pub fn size(&self) -> usize {
        self.bytes.len() + self.id.len()
    }

    /// The facts, whole.
    pub fn unpack(&self) -> ArticleFacts {
        read(&self.bytes, true).expect("packed facts are written by PackedFacts::pack")
    }

    /// The article and its entities, without the relations (what the
    /// merge's first pass reads).
    pub fn unpack_head(&self) -> ArticleFacts {
        read(&self.bytes, false).expect("packed facts are written by PackedFacts::pack")
    }

    /// The facts, whole, freeing the packed bytes.
    pub fn take(&mut self) -> ArticleFacts {
        let f = self.unpack();
        self.free();
        f
    }

    /// Free the packed bytes (the id stays), for a consumer that has
    /// unpacked them for the last time.
    pub(crate) fn free(&mut self) {
        self.bytes = Box::default();
    }
}

fn put_values(out: &mut Vec<u8>, v: &[Value]) {
    put_uint(out, v.len() as u64);
    for x in v {
        put_value(out, x);
    }
}

fn put_meta(out: &mut Vec<u8>, a: &ArticleMeta) {
    put_str(out, &a.id);
    let published = a.published.map(|d| d.to_string());
    for field in [
        &a.headline,
        &a.section,
        &published,
        &a.time,
        &a.byline,
        &a.url,
        &a.title,
        &a.locality,
    ] {
        put_opt(out, field.as_deref());
    }
    put_str(out, &a.hash);
    put_values(out, &a.conflicts);
}

fn values(r: &mut Reader) -> Option<Vec<Value>> {
    let n = r.len()?;
    let mut v = Vec::with_capacity(n);
    for _ in 0..n {
        v.push(r.value()?);
    }
    Some(v)
}

fn meta(r: &mut Reader) -> Option<ArticleMeta> {
    let id = r.str()?.to_string();
    let mut own = || r.opt().map(|o| o.map(str::to_string));
    let (headline, section, published) = (own()?, own()?, own()?);
    let (time, byline, url, title, locality) = (own()?, own()?, own()?, own()?, own()?);
    let published = match published {
        Some(d) => Some(d.parse().ok()?),
        None => None,
    };
    let hash = r.str()?.to_string();
    let conflicts = values(r)?;
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

fn read(bytes: &[u8], relations: bool) -> Option<ArticleFacts> {
    let mut r = Reader::new(bytes);
    let article = meta(&mut r)?;
    let conflicts = values(&mut r)?;
    let n = r.len()?;
    let mut entities = Vec::with_capacity(n);
    for _ in 0..n {
        entities.push(Entity {
            kind: *NodeType::ALL.get(r.small()?)?,
            key: r.str()?.to_string(),
            name: r.str()?.to_string(),
            attrs: r.map()?,
        });
    }
    let mut facts = ArticleFacts {
        article,
        entities,
        relations: Vec::new(),
        conflicts,
    };
    if !relations {
        return Some(facts);
    }
    let n = r.len()?;
    let mut strings: Vec<Arc<str>> = Vec::with_capacity(n);
    for _ in 0..n {
        strings.push(Arc::from(r.str()?));
    }
    let string = |i: usize| strings.get(i).cloned();
    let n = r.len()?;
    facts.relations.reserve_exact(n);
    for _ in 0..n {
        let kind = *EdgeType::ALL.get(r.small()?)?;
        let (from, to) = (r.small()?, r.small()?);
        let evidence = Evidence {
            article: string(r.small()?)?,
            start: r.small()?,
            end: r.small()?,
            sentence: string(r.small()?)?,
        };
        facts.relations.push(Relation {
            kind,
            from,
            to,
            evidence,
            attrs: r.map()?,
        });
    }
    r.at_end().then_some(facts)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> ArticleFacts {
        let text = "Quận ủy Cầu Giấy tổ chức hội nghị\n\nNgày 5/3/2024, Quận ủy Cầu Giấy tổ chức hội nghị quán triệt Nghị quyết số 15-NQ/TW. Đồng chí Nguyễn Văn An, Bí thư Quận ủy chủ trì hội nghị. Dự hội nghị có đồng chí Trần Thị Bình, Phó Chủ tịch UBND quận.";
        crate::pipeline::extract_text("a1", text).expect("extracts")
    }

    #[test]
    fn unpack_gives_back_the_facts() {
        let f = sample();
        assert!(f.relations.len() > 3 && f.entities.len() > 3);
        let p = PackedFacts::pack(&f);
        assert_eq!(p.id(), "a1");
        assert_eq!(p.unpack(), f);
        let mut head = f.clone();
        head.relations.clear();
        assert_eq!(p.unpack_head(), head);
        // Smaller than the JSON line, which repeats each sentence per fact.
        assert!(p.size() * 2 < serde_json::to_string(&f).unwrap().len());
    }

    #[test]
    fn the_facts_of_one_sentence_share_it_after_unpacking() {
        let f = PackedFacts::pack(&sample()).unpack();
        let (a, b) = (&f.relations[0].evidence, &f.relations[1].evidence);
        if a.sentence == b.sentence {
            assert!(Arc::ptr_eq(&a.sentence, &b.sentence));
        }
        assert!(f
            .relations
            .windows(2)
            .all(|w| Arc::ptr_eq(&w[0].evidence.article, &w[1].evidence.article)));
    }

    #[test]
    fn take_frees_the_bytes() {
        let f = sample();
        let mut p = PackedFacts::pack(&f);
        assert_eq!(p.take(), f);
        assert_eq!(p.size(), "a1".len());
    }
}
