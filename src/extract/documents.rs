//! Numbered documents: party style "15-NQ/TU", state style "1234/QĐ-UBND",
//! short forms completed from the article ("Nghị quyết 15 ... của Thành ủy"
//! is 15-NQ/TU), their kind, issuer and date, and `implements` between them.

use super::bodies::{body_from_surface, committee_entity, parse_body, BodyMatch};
use super::dates::find_dates;
use super::{Doc, DocMention};
use crate::date::Date;
use crate::facts::{EdgeType, NodeType};
use crate::text::{fold, slug, TokKind};
use regex::Regex;
use std::collections::HashMap;
use std::sync::OnceLock;

fn party_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        Regex::new(r"([0-9]{1,4}[a-zA-Z]?)[ \t]*[-–][ \t]*([A-ZĐ][A-Za-zĐđ]{0,3})[ \t]*/[ \t]*([A-ZĐƯ]{1,10}(?:-[A-ZĐƯ]{1,10})?)")
            .expect("valid regex")
    })
}

fn state_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        Regex::new(r"([0-9]{1,5})[ \t]*/[ \t]*(?:([0-9]{4})[ \t]*/[ \t]*)?([A-ZĐ][A-Za-zĐđ]{0,3})[ \t]*-[ \t]*([A-ZĐ][A-ZĐ0-9]{0,11}(?:-[A-ZĐ0-9]{1,11})*)")
            .expect("valid regex")
    })
}

/// A code found in the text.
#[derive(Debug, Clone)]
struct Code {
    code: String,
    number: String,
    abbr: String,
    kind: String,
    suffix: String,
    party: bool,
    tok_start: usize,
    tok_end: usize,
}

fn tok_at(doc: &Doc, byte: usize) -> usize {
    doc.toks.partition_point(|t| t.start < byte)
}

fn codes(doc: &Doc) -> Vec<Code> {
    let mut out = Vec::new();
    let text = doc.text;
    for sp in doc.article.extraction_spans() {
        let region = &text[sp.start..sp.end];
        for (re, party) in [(party_re(), true), (state_re(), false)] {
            for c in re.captures_iter(region) {
                let m = c.get(0).map_or(0..0, |m| m.range());
                let (s, e) = (sp.start + m.start, sp.start + m.end);
                // Not inside a longer number or word.
                let before = text[..s].chars().next_back();
                if before.is_some_and(|ch| ch.is_alphanumeric() || ch == '/') {
                    continue;
                }
                let after = text[e..].chars().next();
                if after.is_some_and(|ch| ch.is_alphanumeric()) {
                    continue;
                }
                let abbr_raw = c.get(if party { 2 } else { 3 }).map_or("", |m| m.as_str());
                let Some(dk) = doc.lex.doc_by_abbr.get(&abbr_raw.to_uppercase()) else {
                    continue;
                };
                let number = c.get(1).map_or("", |m| m.as_str()).to_string();
                let (code, suffix) = if party {
                    let suffix = c.get(3).map_or("", |m| m.as_str()).to_uppercase();
                    (format!("{number}-{}/{suffix}", dk.abbr), suffix)
                } else {
                    let suffix = c.get(4).map_or("", |m| m.as_str()).to_uppercase();
                    let year = c
                        .get(2)
                        .map(|m| format!("{}/", m.as_str()))
                        .unwrap_or_default();
                    (format!("{number}/{year}{}-{suffix}", dk.abbr), suffix)
                };
                let (ts, te) = (tok_at(doc, s), tok_at(doc, e));
                if ts >= te {
                    continue;
                }
                out.push(Code {
                    code,
                    number,
                    abbr: dk.abbr.clone(),
                    kind: dk.kind.clone(),
                    suffix,
                    party,
                    tok_start: ts,
                    tok_end: te,
                });
            }
        }
    }
    out.sort_by_key(|c| c.tok_start);
    out.dedup_by_key(|c| c.tok_start);
    out
}

/// The steering committee's number: written after "Ban Chỉ đạo", else the
/// number of the headline's (or lead's) resolution. Runs before persons,
/// since titles like "Trưởng Ban Chỉ đạo" need it.
pub fn find_steering_number(doc: &mut Doc) {
    let cs = codes(doc);
    let n = doc.toks.len();
    for i in 0..n {
        if let Some((len, b)) = doc.lex.bodies.longest(&doc.words, i) {
            if b.class == crate::lexicon::BodyClass::Steering {
                if let Some((_, num)) = super::bodies::steering_number(doc, i + len, n) {
                    doc.steering_number = Some(num);
                    return;
                }
            }
        }
    }
    let lead_end = doc
        .sents
        .iter()
        .find(|s| s.tok_start >= doc.headline_end)
        .map_or(doc.headline_end, |s| s.tok_end);
    if let Some(c) = cs
        .iter()
        .find(|c| c.tok_start < lead_end.max(doc.headline_end))
    {
        doc.steering_number = Some(c.number.trim_start_matches('0').to_string());
    }
}

/// Party code suffix of an issuer ("Thành ủy Hà Nội" -> "TU").
fn suffix_of(body: &BodyMatch) -> Option<&'static str> {
    let f = fold(&body.name);
    let has = |w: &str| f.contains(w);
    if has("trung ương") || has("bộ chính trị") || has("ban bí thư") {
        Some("TW")
    } else if has("thành ủy") || has("tỉnh ủy") {
        Some("TU")
    } else if has("quận ủy") {
        Some("QU")
    } else if has("huyện ủy") {
        Some("HU")
    } else if has("thị ủy") {
        Some("TXU")
    } else if has("đảng ủy") {
        Some("ĐU")
    } else {
        None
    }
}

/// Tokens after a code: "ngày 30/9/2021", "của Quận ủy Cầu Giấy", in either
/// order. Returns (end, date, issuer).
fn tail(doc: &Doc, k: usize, end: usize) -> (usize, Option<Date>, Option<BodyMatch>) {
    let mut j = k;
    let mut date = None;
    let mut issuer = None;
    for _ in 0..2 {
        if j < end && doc.words[j] == "ngày" {
            if let Some(h) = find_dates(doc, j + 1, (j + 8).min(end))
                .first()
                .filter(|h| h.tok_start == j + 1)
            {
                if let Some(y) = h.year {
                    date = Date::ymd(y, u32::from(h.month), u32::from(h.day));
                }
                j = h.tok_end;
                continue;
            }
        }
        if j < end && doc.words[j] == "của" {
            if let Some(b) = parse_body(doc, j + 1, end) {
                j = j + 1 + b.len;
                issuer = Some(b);
                continue;
            }
        }
        break;
    }
    (j, date, issuer)
}

fn issuer_from_suffix(doc: &Doc, c: &Code) -> Option<BodyMatch> {
    let mut surface = doc.lex.issuers.get(&c.suffix).cloned();
    if surface.as_deref() == Some("thành ủy") {
        if let Some(p) = doc.loc.province {
            if !doc.gaz.provinces[p].is_city() {
                surface = Some("tỉnh ủy".into());
            }
        }
    }
    if surface.is_none() && !c.party && c.suffix.starts_with("MT") {
        surface = Some("ủy ban mặt trận tổ quốc".into());
    }
    body_from_surface(doc, &surface?)
}

/// The merge key of a document: codes of city and central bodies are one
/// document everywhere; those of district bodies are one per district.
fn doc_key(doc: &Doc, c: &Code, issuer: Option<&BodyMatch>) -> String {
    let code_slug = slug(&c.code);
    if c.party && (c.suffix == "TU" || c.suffix == "TW") {
        return format!("resolution:{code_slug}");
    }
    use super::places::Place;
    let g = doc.gaz;
    let scope = match issuer.and_then(|b| b.place) {
        Some(Place::District(d)) | Some(Place::Unlisted { district: d, .. }) => {
            Some(slug(&g.districts[d].name))
        }
        Some(Place::Ward(w)) => g.wards[w]
            .district
            .map(|d| slug(&g.districts[d].name))
            .or_else(|| Some(slug(&g.wards[w].name))),
        Some(Place::Province(p)) => Some(slug(&g.provinces[p].name)),
        None => None,
    }
    .or_else(|| doc.loc.district.map(|d| slug(&g.districts[d].name)))
    .or_else(|| doc.loc.province.map(|p| slug(&g.provinces[p].name)))
    .unwrap_or_else(|| slug(&doc.article.id));
    format!("resolution:{scope}/{code_slug}")
}

/// A document's node, with kind, code and date.
fn doc_entity(doc: &mut Doc, c: &Code, issuer: Option<&BodyMatch>, date: Option<Date>) -> usize {
    let key = doc_key(doc, c, issuer);
    let e = doc.entity(NodeType::Resolution, &key, &c.code);
    let attrs = &mut doc.facts.entities[e].attrs;
    attrs.insert("code".into(), c.code.clone().into());
    attrs.insert("kind".into(), c.kind.clone().into());
    if let Some(d) = date {
        attrs.insert("date".into(), d.to_string().into());
    }
    e
}

/// Verbs by which one document carries out another.
const IMPLEMENTS: [&str; 10] = [
    "triển khai thực hiện",
    "thực hiện",
    "triển khai",
    "về tiếp tục thực hiện",
    "về thực hiện",
    "về việc thực hiện",
    "để thực hiện",
    "nhằm thực hiện",
    "cụ thể hóa",
    "tiếp tục thực hiện",
];

fn implements_verb(doc: &Doc, k: usize) -> Option<usize> {
    IMPLEMENTS
        .iter()
        .filter(|v| doc.words_are(k, v))
        .map(|v| v.split(' ').count())
        .max()
}

/// A short reference "Nghị quyết (số) 15" at `k` (kind word position).
fn short_ref(doc: &Doc, k: usize, end: usize) -> Option<(usize, String, String, String)> {
    let (n, dk) = doc.lex.doc_words.longest(&doc.words[..end], k)?;
    let mut j = k + n;
    if j < end && doc.words[j] == "số" {
        j += 1;
    }
    if j >= end || doc.toks[j].kind != TokKind::Num || doc.words[j].len() > 4 {
        return None;
    }
    // A full code continues with "-" or "/"; a year is not a number.
    if j + 1 < end
        && (doc.is_dash(j + 1) || doc.is_punct(j + 1, "/"))
        && doc.toks[j].end == doc.toks[j + 1].start
    {
        return None;
    }
    if doc.words[j].len() == 4 {
        return None;
    }
    Some((j + 1, doc.words[j].to_string(), dk.abbr.clone(), dk.kind))
}

/// The documents component.
pub fn run(doc: &mut Doc) {
    let cs = codes(doc);
    let n = doc.toks.len();
    let mut mentions: Vec<(usize, usize, usize)> = Vec::new(); // (entity, tok_start, tok_end)
                                                               // The issuer the text names for a code, anywhere in the article: the
                                                               // code's suffix ("/TW") is only the fallback when it names none.
    let named: Vec<(String, BodyMatch)> = cs
        .iter()
        .filter_map(|c| {
            let end = doc.sents[doc.sentence_of(c.tok_start)].tok_end.min(n);
            tail(doc, c.tok_end, end).2.map(|b| (c.code.clone(), b))
        })
        .collect();
    // Look-ups by code, by number and by position go through maps: a long
    // article has thousands of codes and short forms.
    let mut named_by_code: HashMap<&str, &BodyMatch> = HashMap::new();
    for (code, b) in &named {
        named_by_code.entry(code.as_str()).or_insert(b);
    }
    for c in &cs {
        let s = doc.sentence_of(c.tok_start);
        let end = doc.sents[s].tok_end.min(n);
        let (t_end, date, issuer) = tail(doc, c.tok_end, end);
        let issuer = issuer
            .or_else(|| named_by_code.get(c.code.as_str()).map(|b| (*b).clone()))
            .or_else(|| issuer_from_suffix(doc, c));
        let e = doc_entity(doc, c, issuer.as_ref(), date);
        if let Some(b) = &issuer {
            let be = committee_entity(doc, b, c.tok_start, t_end);
            doc.relate(EdgeType::Issued, be, e, c.tok_start, t_end);
        }
        mentions.push((e, c.tok_start, t_end));
    }
    // Short forms: completed from a full code of the same number and kind,
    // or from "của <issuer>" after them.
    let mut full_by_number: HashMap<(&str, &str), &Code> = HashMap::new();
    for c in &cs {
        full_by_number
            .entry((c.abbr.as_str(), c.number.trim_start_matches('0')))
            .or_insert(c);
    }
    let mut entity_at: HashMap<usize, usize> = HashMap::new();
    for m in &mentions {
        entity_at.entry(m.1).or_insert(m.0);
    }
    // Codes in text order, for "is this token inside a code".
    let mut spans: Vec<(usize, usize)> = cs.iter().map(|c| (c.tok_start, c.tok_end)).collect();
    spans.sort_unstable();
    let mut longest_end = Vec::with_capacity(spans.len());
    for &(_, e) in &spans {
        longest_end.push(longest_end.last().map_or(e, |&m: &usize| m.max(e)));
    }
    let in_code = |j: usize| {
        let p = spans.partition_point(|&(st, _)| st <= j);
        p > 0 && longest_end[p - 1] >= j
    };
    let mut k = 0;
    while k < n {
        let Some((j, number, abbr, kind)) = short_ref(doc, k, n) else {
            k += 1;
            continue;
        };
        if in_code(j) {
            k = j;
            continue;
        }
        let full = full_by_number
            .get(&(abbr.as_str(), number.trim_start_matches('0')))
            .copied();
        let s = doc.sentence_of(k);
        let send = doc.sents[s].tok_end.min(n);
        let e = if let Some(c) = full {
            entity_at.get(&c.tok_start).copied()
        } else {
            // "Nghị quyết 15 và Chỉ thị 15 của Thành ủy".
            let mut q = j;
            let mut issuer = None;
            while q < send && q < j + 14 {
                if doc.is_punct(q, ";") || doc.is_punct(q, ".") {
                    break;
                }
                if doc.words[q] == "của" {
                    issuer = parse_body(doc, q + 1, send).filter(|b| suffix_of(b).is_some());
                    break;
                }
                q += 1;
            }
            issuer.and_then(|b| {
                let suffix = suffix_of(&b)?.to_string();
                let c = Code {
                    code: format!("{number}-{abbr}/{suffix}"),
                    number: number.clone(),
                    abbr: abbr.clone(),
                    kind: kind.clone(),
                    suffix,
                    party: true,
                    tok_start: k,
                    tok_end: j,
                };
                let e = doc_entity(doc, &c, Some(&b), None);
                let be = committee_entity(doc, &b, k, q + 1 + b.len);
                doc.relate(EdgeType::Issued, be, e, k, q + 1 + b.len);
                Some(e)
            })
        };
        if let Some(e) = e {
            mentions.push((e, k, j));
            entity_at.entry(k).or_insert(e);
        }
        k = j;
    }
    mentions.sort_by_key(|m| (m.1, m.0));
    // implements: "Kế hoạch số 108-KH/QU ngày ... thực hiện Đề án số 11-ĐA/TU".
    let mut implemented = vec![false; mentions.len()];
    for x in 0..mentions.len() {
        let (ea, _, a_end) = mentions[x];
        let s = doc.sentence_of(a_end.saturating_sub(1));
        let send = doc.sents[s].tok_end.min(n);
        // The verb follows the code (and its date and issuer) directly, or
        // after the document's subject: "... về phát triển rừng, thực hiện ...".
        let mut starts: Vec<usize> = (a_end..(a_end + 3).min(send)).collect();
        if a_end < send && doc.words[a_end] == "về" {
            let next_doc = mentions.get(x + 1).map_or(send, |m| m.1);
            if let Some(c) =
                (a_end..(a_end + 16).min(send).min(next_doc)).find(|&q| doc.is_punct(q, ","))
            {
                starts.push(c + 1);
            }
        }
        let mut v = None;
        for q in starts {
            if let Some(len) = implements_verb(doc, q) {
                v = Some(q + len);
                break;
            }
        }
        let Some(after) = v else { continue };
        // Mentions are sorted by start, and every one up to x starts before
        // `after`: the first to start at or after it is the candidate.
        let y = mentions.partition_point(|m| m.1 < after);
        if let Some(y) = Some(y).filter(|&y| y < mentions.len() && mentions[y].1 <= after + 6) {
            let eb = mentions[y].0;
            if eb != ea {
                let b_end = mentions[y].2;
                doc.relate(EdgeType::Implements, ea, eb, mentions[x].1, b_end);
                implemented[y] = true;
            }
        }
    }
    for (x, (e, a, b)) in mentions.into_iter().enumerate() {
        doc.docs.push(DocMention {
            entity: e,
            tok_start: a,
            tok_end: b,
            sentence: doc.sentence_of(a),
            implemented: implemented[x],
        });
    }
}
