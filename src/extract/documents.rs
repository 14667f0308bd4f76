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
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

fn party_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        Regex::new(r"([0-9]{1,5}[a-zA-Z]?)[ \t]*[-–][ \t]*([A-ZĐ][A-Za-zĐđ]{0,4})[ \t]*/[ \t]*((?:Th|[A-ZĐƯ]){1,10}(?:-(?:Th|[A-ZĐƯ]){1,10})?)")
            .expect("valid regex")
    })
}

fn state_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        Regex::new(r"([0-9]{1,5})[ \t]*/[ \t]*(?:([0-9]{4})[ \t]*/[ \t]*)?([A-ZĐ][A-Za-zĐđ]{0,4})[ \t]*-[ \t]*([A-ZĐ][A-ZĐ0-9]{0,11}[gr]?(?:-[A-ZĐ0-9]{1,11})*)")
            .expect("valid regex")
    })
}

/// A state code without a kind ("Công văn số 1520/UBND-VP"): number, then
/// the issuer and its unit. Only read after a kind word, which gives the kind.
fn kindless_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        Regex::new(r"([0-9]{1,5})[ \t]*/[ \t]*([A-ZĐ][A-ZĐ]{1,9})((?:-[A-ZĐ0-9]{1,11})*)")
            .expect("valid regex")
    })
}

/// A law or resolution of the National Assembly or its Standing
/// Committee: "98/2023/QH15", "57/2024/UBTVQH15" (kind from the word before).
fn assembly_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        Regex::new(r"([0-9]{1,5})[ \t]*/[ \t]*([0-9]{4})[ \t]*/[ \t]*((?:UBTV)?QH)([0-9]{1,2})")
            .expect("valid regex")
    })
}

/// Every match of `re` in the text read that stands alone (no letter,
/// digit or '/' before it; no letter, digit or `also_after` after it), with
/// its token range.
fn each_standalone(
    doc: &Doc,
    re: &Regex,
    also_after: char,
    mut f: impl FnMut(&regex::Captures<'_>, usize, usize),
) {
    let text = doc.text;
    for sp in doc.article.extraction_spans() {
        let region = &text[sp.start..sp.end];
        for c in re.captures_iter(region) {
            let m = c.get(0).map_or(0..0, |m| m.range());
            let (s, e) = (sp.start + m.start, sp.start + m.end);
            // Not inside a longer number or word.
            let before = text[..s].chars().next_back();
            let after = text[e..].chars().next();
            if before.is_some_and(|ch| ch.is_alphanumeric() || ch == '/')
                || after.is_some_and(|ch| ch.is_alphanumeric() || ch == also_after)
            {
                continue;
            }
            let (ts, te) = (tok_at(doc, s), tok_at(doc, e));
            if ts < te {
                f(&c, ts, te);
            }
        }
    }
}

/// The document kind named by the words just before token `ts` ("Công văn
/// số", "Thông báo"), if any.
fn kind_before(doc: &Doc, ts: usize) -> Option<crate::lexicon::DocKind> {
    kind_word_before(doc, ts).map(|(_, dk)| dk.clone())
}

/// The law named before an Assembly code ("Luật Đất đai số 31/2024/QH15",
/// "Luật Các tổ chức tín dụng số 32/2024/QH15"): the kind word "Luật",
/// capitalised, then the law's name, words alone, up to "số".
fn law_before(doc: &Doc, ts: usize) -> Option<crate::lexicon::DocKind> {
    let j = ts.checked_sub(1).filter(|&j| doc.words[j] == "số")?;
    let k = (j.saturating_sub(9)..j)
        .rev()
        .take_while(|&k| doc.toks[k].kind == TokKind::Word)
        .find(|&k| doc.toks[k].cap && doc.words[k] == "luật")?;
    doc.lex
        .doc_words
        .longest(&doc.ids[..j], k)
        .filter(|(n, dk)| *n == 1 && dk.kind == "Luật")
        .map(|(_, dk)| dk.clone())
}

/// The first token of the mention of the code starting at `ts`: its kind
/// word when one is written before it ("Kế hoạch số 12-KH/HU"), else the
/// code itself.
pub(super) fn mention_start(doc: &Doc, ts: usize) -> usize {
    kind_word_before(doc, ts).map_or(ts, |(k, _)| k)
}

/// The kind words ("Nghị quyết số") written before a code starting at
/// `ts`: (first token, kind).
fn kind_word_before<'a>(doc: &'a Doc, ts: usize) -> Option<(usize, &'a crate::lexicon::DocKind)> {
    let mut j = ts;
    if j > 0 && doc.words[j - 1] == "số" {
        j -= 1;
    }
    doc.lex.doc_words.ending_at(&doc.ids, j, 4)
}

/// A code found in the text.
#[derive(Debug, Clone)]
pub(crate) struct Code {
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

/// The article's codes, read at most once per document.
fn codes(doc: &mut Doc) -> Vec<Code> {
    doc.codes.take().unwrap_or_else(|| read_codes(doc))
}

/// A code suffix as it is written: the Prime Minister's "TTg" and a Thị
/// ủy's "ThU" keep their small letters (`issuers.tsv`).
/// A part the lexicon does not list keeps the small "h" of "Th" as written
/// ("UBKTThU", the inspection committee of a Thị ủy of Thanh Hóa).
fn written_suffix(doc: &Doc, suffix: &str, raw: &str) -> String {
    let mut raws = raw.split('-');
    suffix
        .split('-')
        .map(|p| {
            let r = raws.next().unwrap_or("");
            match doc.lex.suffix_forms.get(p) {
                Some(f) => f.as_str(),
                None if r.contains("Th") => r,
                None => p,
            }
        })
        .collect::<Vec<_>>()
        .join("-")
}

fn read_codes(doc: &Doc) -> Vec<Code> {
    let mut out = Vec::new();
    for (re, party) in [(party_re(), true), (state_re(), false)] {
        each_standalone(doc, re, '\0', |c, ts, te| {
            let abbr_raw = c.get(if party { 2 } else { 3 }).map_or("", |m| m.as_str());
            let Some(dk) = doc.lex.doc_by_abbr.get(&abbr_raw.to_uppercase()) else {
                return;
            };
            let number = c.get(1).map_or("", |m| m.as_str()).to_string();
            let (code, suffix) = if party {
                let raw = c.get(3).map_or("", |m| m.as_str());
                let suffix = raw.to_uppercase();
                let shown = written_suffix(doc, &suffix, raw);
                (format!("{number}-{}/{shown}", dk.abbr), suffix)
            } else {
                let raw = c.get(4).map_or("", |m| m.as_str());
                let suffix = raw.to_uppercase();
                let year = c
                    .get(2)
                    .map(|m| format!("{}/", m.as_str()))
                    .unwrap_or_default();
                let shown = written_suffix(doc, &suffix, raw);
                (format!("{number}/{year}{}-{shown}", dk.abbr), suffix)
            };
            // "TT" is a Thông tri of the party and a Thông tư of the state;
            // "Quy định số 22-QĐ/TW" is a Quy định, as the text says.
            let mut kind = match (&dk.state_kind, party) {
                (Some(k), false) => k.clone(),
                _ => dk.kind.clone(),
            };
            if let Some(said) = kind_before(doc, ts) {
                if said
                    .abbr
                    .to_uppercase()
                    .starts_with(&dk.abbr.to_uppercase())
                {
                    kind = said.kind;
                }
            }
            out.push(Code {
                code,
                number,
                abbr: dk.abbr.clone(),
                kind,
                suffix,
                party,
                tok_start: ts,
                tok_end: te,
            });
        });
    }
    each_standalone(doc, kindless_re(), '/', |c, ts, te| {
        let Some(dk) = kind_before(doc, ts) else {
            return;
        };
        let issuer = c.get(2).map_or("", |m| m.as_str()).to_uppercase();
        // "2345/QĐ-UBND" has a kind: the state pattern reads it.
        if doc.lex.doc_by_abbr.contains_key(&issuer) {
            return;
        }
        let number = c.get(1).map_or("", |m| m.as_str()).to_string();
        let unit = c.get(3).map_or("", |m| m.as_str()).to_uppercase();
        // "Văn bản số 12/VP": with neither a known issuer nor a unit, the
        // number is as likely a page or a file as a letter.
        if unit.is_empty() && !doc.lex.issuers.contains_key(&issuer) {
            return;
        }
        out.push(Code {
            code: format!("{number}/{issuer}{unit}"),
            number,
            abbr: dk.abbr.clone(),
            kind: dk.kind.clone(),
            suffix: issuer,
            party: false,
            tok_start: ts,
            tok_end: te,
        });
    });
    each_standalone(doc, assembly_re(), '\0', |c, ts, te| {
        let Some(dk) = kind_before(doc, ts).or_else(|| law_before(doc, ts)) else {
            return;
        };
        let number = c.get(1).map_or("", |m| m.as_str()).to_string();
        let year = c.get(2).map_or("", |m| m.as_str());
        let body = c.get(3).map_or("", |m| m.as_str()).to_uppercase();
        let term = c.get(4).map_or("", |m| m.as_str());
        out.push(Code {
            code: format!("{number}/{year}/{body}{term}"),
            number,
            abbr: dk.abbr.clone(),
            kind: dk.kind.clone(),
            suffix: body,
            party: false,
            tok_start: ts,
            tok_end: te,
        });
    });
    out.sort_by_key(|c| c.tok_start);
    out.dedup_by_key(|c| c.tok_start);
    let shared = out
        .iter()
        .flat_map(|c| shared_numbers(doc, c))
        .collect::<Vec<_>>();
    if !shared.is_empty() {
        out.extend(shared);
        out.sort_by_key(|c| c.tok_start);
        out.dedup_by_key(|c| c.tok_start);
    }
    out
}

/// The codes a list of numbers before code `c` shares its kind and suffix
/// with: "các Nghị quyết số 284, 285 và 287/NQ-HĐND" names three. The list
/// opens after "số" or a kind word.
fn shared_numbers(doc: &Doc, c: &Code) -> Vec<Code> {
    let mut found = Vec::new();
    let mut q = c.tok_start;
    while q >= 2
        && (doc.is_punct(q - 1, ",") || doc.words[q - 1] == "và")
        && doc.toks[q - 2].kind == TokKind::Num
        && doc.words[q - 2].len() <= 5
        && doc.words[q - 2].bytes().all(|b| b.is_ascii_digit())
    {
        found.push(q - 2);
        q -= 2;
    }
    let opens = q > 0
        && (doc.words[q - 1] == "số" || doc.lex.doc_words.ending_at(&doc.ids, q, 4).is_some());
    if !opens {
        return Vec::new();
    }
    found
        .into_iter()
        .rev()
        .map(|t| {
            let number = doc.words[t].to_string();
            Code {
                code: format!("{number}{}", &c.code[c.number.len()..]),
                number,
                tok_start: t,
                tok_end: t + 1,
                ..c.clone()
            }
        })
        .collect()
}

/// The steering committee's number: written after "Ban Chỉ đạo", else the
/// number of the headline's (or lead's) resolution. Runs before persons,
/// since titles like "Trưởng Ban Chỉ đạo" need it.
pub fn find_steering_number(doc: &mut Doc) {
    let n = doc.toks.len();
    // A committee named by its subject ("Ban Chỉ đạo các chương trình mục
    // tiêu quốc gia huyện") also names a bare "Phó Trưởng Ban Chỉ đạo"
    // after it, when no committee of the article has a number.
    for i in 0..n {
        if let Some((len, b)) = doc.lex.bodies.longest(&doc.ids, i) {
            if b.class == crate::lexicon::BodyClass::Steering {
                if let Some((_, num)) = super::bodies::steering_number(doc, i + len, n) {
                    doc.steering_number = Some(num);
                    doc.steering_named.clear();
                    return;
                }
                let task = super::bodies::steering_subject(doc, i + len, n).map(|used| {
                    crate::text::squash(&super::bodies::unit_text(doc, i + len, i + len + used))
                });
                if let Some(task) = task {
                    doc.steering_named.push((i, task));
                }
            }
        }
    }
    let lead_end = doc.lead_end();
    let cs = codes(doc);
    let named = doc.steering_named.first().map(|(_, task)| task.clone());
    doc.steering_number = named.or_else(|| {
        cs.iter()
            .find(|c| c.tok_start < lead_end.max(doc.headline_end))
            .map(|c| c.number.trim_start_matches('0').to_string())
    });
    doc.codes = Some(cs);
}

/// Party code suffix of an issuer ("Thành ủy Hà Nội" -> "TU").
fn suffix_of(body: &BodyMatch) -> Option<&'static str> {
    // In order: the first body word the name contains gives the suffix.
    // "của Ban Chấp hành Đảng bộ tỉnh" names the committee by its party
    // organisation.
    const SUFFIXES: [(&[&str], &str); 11] = [
        (&["trung ương", "bộ chính trị", "ban bí thư"], "TW"),
        (&["thành ủy", "tỉnh ủy"], "TU"),
        (&["quận ủy"], "QU"),
        (&["huyện ủy"], "HU"),
        (&["thị ủy"], "TXU"),
        (&["đảng ủy"], "ĐU"),
        (&["đảng bộ tỉnh", "đảng bộ thành phố"], "TU"),
        (&["đảng bộ quận"], "QU"),
        (&["đảng bộ huyện"], "HU"),
        (&["đảng bộ thị xã"], "TXU"),
        (&["đảng bộ xã", "đảng bộ phường", "đảng bộ thị trấn"], "ĐU"),
    ];
    let f = fold(&body.name);
    SUFFIXES
        .iter()
        .find(|(words, _)| words.iter().any(|w| f.contains(w)))
        .map(|&(_, suffix)| suffix)
}

/// Tokens after a code: "ngày 30/9/2021", "của Quận ủy Cầu Giấy", in either
/// order. Returns (end, date, issuer).
fn tail(doc: &Doc, k: usize, end: usize) -> (usize, Option<Date>, Option<BodyMatch>) {
    let mut j = k;
    let mut date = None;
    let mut issuer = None;
    for _ in 0..2 {
        // "Quyết định số 205/QĐ-UBND cùng ngày của Chủ tịch UBND tỉnh":
        // the day is the code's before it (`same_day_before`); the issuer may
        // follow.
        if j < end && doc.words_are(j, "cùng ngày") {
            j += 2;
            continue;
        }
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
            // "của Chủ tịch UBND tỉnh": what the head of a body signs is
            // the body's.
            let head = doc
                .lex
                .roles
                .longest(&doc.ids[..end], j + 1)
                .map(|(n, _)| j + 1 + n);
            // "của Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng": the
            // plenum's body issued it.
            let plenum = (doc.words_are(j + 1, "hội nghị lần thứ") && j + 5 < end).then_some(j + 6);
            // "của Phòng Tài chính - Kế hoạch huyện": a unit the lexicon
            // lacks, read freely.
            let found = [Some(j + 1), head, plenum]
                .into_iter()
                .flatten()
                .find_map(|q| parse_body(doc, q, end).map(|b| (q, b)))
                .or_else(|| {
                    let mut b = super::bodies::free_body_at(doc, j + 1, end)?;
                    // "của Sở Y tế": a province's department, the article's.
                    if let Some(p) = super::bodies::province_unit_place(doc, j + 1, j + 1 + b.len) {
                        b.name = format!("{} {p}", b.name);
                    }
                    Some((j + 1, b))
                });
            if let Some((q, b)) = found {
                // "của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng
                // khóa XIII": the term is the issuer's, and a list of
                // documents goes on after it.
                j = q + b.len;
                j += super::bodies::skip_term(doc, j, end);
                issuer = Some(b);
                continue;
            }
        }
        // "Quy chế phối hợp số 12/QCPH-LĐLĐ-CA giữa Liên đoàn Lao động
        // thị xã và Công an thị xã": a joint document is issued by the
        // first body named (its code's first issuer).
        if j < end && issuer.is_none() && doc.words[j] == "giữa" {
            if let Some(b) = parse_body(doc, j + 1, end) {
                j += 1 + b.len;
                issuer = Some(b);
                continue;
            }
        }
        // "Nghị quyết số 19-NQ/TW ngày 16/6/2022 Hội nghị lần thứ năm Ban
        // Chấp hành Trung ương Đảng khóa XIII": the plenum after the date,
        // "của" left out.
        if j > k && issuer.is_none() && doc.words_are(j, "hội nghị lần thứ") && j + 5 < end
        {
            if let Some(b) = parse_body(doc, j + 5, end) {
                j += 5 + b.len;
                issuer = Some(b);
                continue;
            }
        }
        break;
    }
    (j, date, issuer)
}

/// A body that fills tokens `q..end` exactly ("UBND tỉnh Đắk Nông" before
/// "phê duyệt").
fn body_filling(doc: &Doc, q: usize, end: usize) -> Option<BodyMatch> {
    parse_body(doc, q, end).filter(|b| q + b.len == end)
}

/// The issuer a list's heading names for its items: "các nghị quyết của
/// Bộ Chính trị: số 66-NQ/TW ngày ...; số 68-NQ/TW ngày ..." (a kind of
/// document, "của", the body and a colon before the code).
fn heading_issuer(doc: &Doc, c: &Code, a: usize) -> Option<BodyMatch> {
    let colon = (a..c.tok_start).rev().find(|&q| doc.is_punct(q, ":"))?;
    let of = (a..colon).rev().find(|&q| doc.words[q] == "của")?;
    let b = body_filling(doc, of + 1, colon)?;
    let kind_before = (of.saturating_sub(3).max(a)..of)
        .any(|q| doc.lex.doc_words.longest(&doc.ids[..of], q).is_some());
    (kind_before && (!c.party || b.party)).then_some(b)
}

/// The national body written after a central code's topic: "Nghị quyết
/// số 57-NQ/TW về ...; Nghị quyết số 68-NQ/TW về phát triển kinh tế tư
/// nhân của Bộ Chính trị" (the list shares it), and the local party body
/// whose codes take the code's suffix. `cs` starts at the code; only codes
/// of the same suffix may stand between, and the body must end its clause.
fn central_after_topic(doc: &Doc, cs: &[Code], end: usize) -> Option<BodyMatch> {
    let c = cs.first()?;
    // "Nghị quyết số 12-NQ/ĐU về lãnh đạo nhiệm vụ quân sự năm 2025 của
    // Đảng ủy Quân sự huyện": a local party code's issuer after the topic,
    // when its suffix is the one that body gives codes.
    let central = central_suffix(doc, &c.suffix);
    if !central && !c.party {
        return None;
    }
    let mut others = cs[1..].iter().filter(|o| o.tok_start < end).peekable();
    let mut q = c.tok_end;
    while q < end {
        if let Some(o) = others.peek() {
            if o.tok_start == q {
                if o.suffix != c.suffix {
                    return None;
                }
                q = o.tok_end;
                others.next();
                continue;
            }
        }
        if doc.words[q] == "của" {
            if let Some(b) = parse_body(doc, q + 1, end) {
                let after = q + 1 + b.len;
                let closes = after >= end
                    || doc.toks[after].kind == TokKind::Punct
                    || doc.words[after] == "và"
                    // "... kinh tế tư nhân của Bộ Chính trị cho cán bộ,
                    // đảng viên": a national body is named whole.
                    || central;
                let fits = if central {
                    b.place.is_none()
                } else {
                    suffix_of(&b) == Some(c.suffix.as_str())
                };
                return (fits && b.party && closes).then_some(b);
            }
        }
        q += 1;
    }
    None
}

/// The Central Committee as the article writes it when it names a plenum
/// ("các nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa
/// XIII"): the issuer of the central resolutions it then lists without one.
fn plenum_body(doc: &Doc) -> Option<BodyMatch> {
    let n = doc.toks.len();
    (0..n).find_map(|i| {
        if doc.words[i] != "hội" || !doc.words_are(i, "hội nghị") {
            return None;
        }
        let at = if doc.words_are(i + 2, "lần thứ") {
            i + 5
        } else {
            i + 2
        };
        let end = doc.sents[doc.sentence_of(i)].tok_end.min(n);
        parse_body(doc, at, end).filter(|b| fold(&b.name).starts_with("ban chấp hành trung ương"))
    })
}

/// [`plenum_body`], and the central resolutions it may have issued: those
/// the article names once at least without another document carrying them
/// out ("Kết luận số 91-KL/TW về tiếp tục thực hiện Nghị quyết số 29-NQ/TW"
/// names an older resolution than the plenum's).
fn plenum_resolutions<'c>(doc: &Doc, cs: &'c [Code]) -> (Option<BodyMatch>, HashSet<&'c str>) {
    let Some(body) = plenum_body(doc) else {
        return (None, HashSet::default());
    };
    let free = cs
        .iter()
        .filter(|c| {
            !kind_word_before(doc, c.tok_start).is_some_and(|(k, _)| {
                (k.saturating_sub(4)..k)
                    .any(|q| implements_verb(doc, q).is_some_and(|l| q + l == k))
            })
        })
        .map(|c| c.code.as_str())
        .collect();
    (Some(body), free)
}

/// The index of the mention of entity `e` starting at token `a`
/// (`mentions` are sorted by start).
fn mention_at(mentions: &[(usize, usize, usize)], a: usize, e: usize) -> Option<usize> {
    let y = mentions.partition_point(|m| m.1 < a);
    (y..mentions.len())
        .take_while(|&y| mentions[y].1 == a)
        .find(|&y| mentions[y].0 == e)
}

/// The mentions a count of documents issued after token `from` stands for
/// ("đã ban hành 3 quyết định", tokens up to `send`): that many documents
/// of the kind, each opening an item of a list after it ("...: - Quyết
/// định số A ...; - Quyết định số B ..."), in this sentence or the ones
/// after it. None unless the list holds exactly the number counted.
fn counted_issue(
    doc: &Doc,
    mentions: &[(usize, usize, usize)],
    from: usize,
    send: usize,
) -> Vec<usize> {
    let found = (from..send).find_map(|q| {
        let l = link_phrase(doc, q, "issues")?;
        let p = q + l;
        let w = *doc.words.get(p)?;
        let count = w
            .parse::<usize>()
            .ok()
            .or_else(|| doc.numeral_at(p))
            .filter(|&c| c >= 1)?;
        let (kn, kind) = bare_kind(doc, p + 1, send)?;
        Some((p + 1 + kn, count, kind))
    });
    let Some((after, count, kind)) = found else {
        return Vec::new();
    };
    // (Up to ten sentences on: the list follows the count.)
    let last = doc.sentence_of(after.saturating_sub(1)) + 10;
    let mut out: Vec<usize> = Vec::new();
    let y0 = mentions.partition_point(|m| m.1 < after);
    for y in y0..mentions.len() {
        let (e, a, _) = mentions[y];
        if doc.sentence_of(a) > last || out.len() == count {
            break;
        }
        let item = opens_item(doc, mention_start(doc, a), doc.sentence_of(a));
        let same_kind = doc_kind(doc, e) == Some(kind.as_str());
        if item && same_kind && !out.iter().any(|&o| mentions[o].0 == e) {
            out.push(y);
        }
    }
    if out.len() != count {
        out.clear();
    }
    out
}

/// The first mention after token `from` in the sentence ending at `send`
/// that an issuing verb right before it issues ("... ban hành Kế hoạch số
/// 210/KH-UBND").
fn issued_after(
    doc: &Doc,
    mentions: &[(usize, usize, usize)],
    from: usize,
    send: usize,
) -> Option<usize> {
    let y0 = mentions.partition_point(|m| m.1 < from);
    (y0..mentions.len())
        .take_while(|&y| mentions[y].1 < send)
        .find(|&y| {
            let b = mentions[y].1;
            // Measured to the kind words ("Chương trình hành động số").
            let at = mention_start(doc, b);
            issuing_verb(doc, from, at, 1).is_some()
        })
}

/// Each document of the list starting at mention `y` (up to token `send`)
/// carries out each mention of `carried`. `bare_at` is the sentence's start
/// when a bare kind word referred back to them ("Để triển khai Nghị quyết,
/// ..."): the evidence starts there, and the mention named earlier keeps
/// its own standing (it may be the meeting's subject).
fn link_issued(
    doc: &mut Doc,
    mentions: &[(usize, usize, usize)],
    implemented: &mut [bool],
    (y, send): (usize, usize),
    carried: &[usize],
    bare_at: Option<usize>,
) {
    let issued = listed_from(doc, mentions, y, send);
    link_each(doc, mentions, implemented, &issued, carried, bare_at);
}

/// Each mention of `issued` carries out each mention of `carried`
/// (`bare_at` as in [`link_issued`]).
fn link_each(
    doc: &mut Doc,
    mentions: &[(usize, usize, usize)],
    implemented: &mut [bool],
    issued: &[usize],
    carried: &[usize],
    bare_at: Option<usize>,
) {
    for &y in issued {
        for &x in carried {
            let (ea, eb) = (mentions[y].0, mentions[x].0);
            if ea != eb && !link_barred(doc, ea, eb) {
                let a = bare_at.unwrap_or(mentions[x].1);
                doc.relate(EdgeType::Implements, ea, eb, a, mentions[y].2);
                if bare_at.is_none() {
                    implemented[x] = true;
                }
            }
        }
    }
}

/// The body that the sentence says issued a code: "UBND xã ban hành
/// Quyết định số 86/QĐ-UBND", "UBND tỉnh đã ban hành ...".
fn issuer_before(doc: &Doc, c: &Code) -> Option<BodyMatch> {
    let (kind_start, _) = kind_word_before(doc, c.tok_start)?;
    // "UBND huyện ban hành các Kế hoạch số ...": "các" may come between.
    let verb = issuing_verb(doc, 0, kind_start, 0).or_else(|| {
        let k = kind_start.checked_sub(1)?;
        matches!(doc.words[k], "các" | "những")
            .then(|| issuing_verb(doc, 0, k, 0))
            .flatten()
    })?;
    let sent_start = doc.sents[doc.sentence_of(c.tok_start)].tok_start;
    let lo = verb.saturating_sub(10).max(sent_start);
    subject_before(doc, verb, sent_start)
        .or_else(|| {
            // "thị xã đã ban hành Kế hoạch số 08/KH-UBND": the unit alone,
            // its body the one the state code's suffix names.
            let surface = (!c.party)
                .then(|| doc.lex.issuers.get(&c.suffix))
                .flatten()?;
            (lo..verb).find_map(|q| super::bodies::unit_body(doc, surface, q, verb))
        })
        .or_else(|| {
            // "UBND tỉnh đã ban hành Kế hoạch số A ...; đồng thời ban hành
            // Quyết định số B": a second issuing verb of the same subject.
            let joined = verb > sent_start + 1
                && (doc.words_are(verb - 2, "đồng thời") || doc.words[verb - 1] == "và");
            if !joined {
                return None;
            }
            (sent_start..verb - 1)
                .rev()
                .filter(|&q| link_phrase(doc, q, "issues").is_some())
                .find_map(|prev| subject_before(doc, prev, sent_start))
        })
}

/// The body written right before the verb at `verb` as its subject,
/// filling the tokens up to it from at most ten before (none before `st`,
/// its sentence's start).
fn subject_before(doc: &Doc, verb: usize, st: usize) -> Option<BodyMatch> {
    let lo = verb.saturating_sub(10).max(st);
    (lo..verb).find_map(|q| body_filling(doc, q, verb))
}

/// The body that adopted the documents a sentence counts, one of which is
/// code `c`: "HĐND tỉnh đã xem xét, thông qua 28 nghị quyết, trong đó có
/// Nghị quyết số ..." (an `among` cue before the kind word, in its clause).
fn counted_issuer(doc: &Doc, c: &Code) -> Option<BodyMatch> {
    let (ks, _) = kind_word_before(doc, c.tok_start)?;
    let st = doc.sents[doc.sentence_of(ks)].tok_start;
    // (The items after the cue share it: "trong đó có Nghị quyết số A ...
    // và Nghị quyết số B ...".)
    let among = (st..ks)
        .rev()
        .take_while(|&q| !doc.is_punct(q, ";"))
        .find(|&q| super::meetings::cue_of_class(doc, q, ks, "among").is_some())?;
    (st..among).rev().find_map(|q| {
        let l = link_phrase(doc, q, "issues").or_else(|| link_phrase(doc, q, "adopts"))?;
        let p = q + l;
        let counted =
            p < among && (doc.toks[p].kind == TokKind::Num || doc.numeral_at(p).is_some());
        if !counted || bare_kind(doc, p + 1, among).is_none() {
            return None;
        }
        // ("HĐND tỉnh đã xem xét, thông qua ...": other verbs of the
        // subject may stand between.)
        let lo = q.saturating_sub(12).max(st);
        (lo..q).find_map(|b| {
            let body = parse_body(doc, b, q).filter(|x| x.len > 0)?;
            let gap = b + body.len..q;
            (gap.len() <= 5
                && gap.into_iter().all(|t| {
                    doc.is_punct(t, ",") || (doc.toks[t].kind == TokKind::Word && !doc.toks[t].cap)
                }))
            .then_some(body)
        })
    })
}

/// Whether the mention starting at `k` opens an item of a list: it starts
/// sentence `s`, or follows a colon, a semicolon or a bullet.
fn opens_item(doc: &Doc, k: usize, s: usize) -> bool {
    k == doc.sents[s].tok_start
        || (k > 0
            && [":", ";", "-", "–", "+", "•"]
                .iter()
                .any(|p| doc.is_punct(k - 1, p)))
}

/// The body that issued the list code `c` is an item of: "UBND huyện ban
/// hành 2 kế hoạch và 1 đề án: Kế hoạch số A ...; Kế hoạch số B ...". The
/// list opens with a colon after an issuing verb and a count ("2", "các")
/// of a kind word, in the code's sentence or up to three before it, and no
/// other colon or issuing verb stands between.
fn list_issuer(doc: &Doc, c: &Code) -> Option<BodyMatch> {
    let (ks, _) = kind_word_before(doc, c.tok_start)?;
    let s = doc.sentence_of(ks);
    if !opens_item(doc, ks, s) {
        return None;
    }
    let lo = doc.sents[s.saturating_sub(3)].tok_start;
    // (An item's topic may hold an issuing word, "về xây dựng xã ...";
    // one that issues a document of its own ends the list.)
    let colon = (lo..ks).rev().find(|&q| {
        doc.is_punct(q, ":")
            || link_phrase(doc, q, "issues").is_some_and(|l| {
                q + l < ks && doc.lex.doc_words.longest(&doc.ids[..ks], q + l).is_some()
            })
    })?;
    if !doc.is_punct(colon, ":") {
        return None;
    }
    let st = doc.sents[doc.sentence_of(colon)].tok_start;
    let verb = (colon.saturating_sub(16).max(st)..colon).find_map(|q| {
        let l = link_phrase(doc, q, "issues")?;
        let p = q + l;
        let counted = p < colon
            && (doc.toks[p].kind == TokKind::Num
                || doc.numeral_at(p).is_some()
                || matches!(doc.words[p], "các" | "những"));
        counted
            .then(|| bare_kind(doc, p + 1, colon))
            .flatten()
            .map(|_| q)
    })?;
    subject_before(doc, verb, st)
}

/// The body that approved something in the document of code `c`: "được
/// UBND tỉnh Đắk Nông phê duyệt chủ trương đầu tư tại Quyết định số ..."
/// (a passive marker, the agent, a verb of class `approves` and "tại" or
/// "theo" before the kind word, in a few words: "được UBND tỉnh công nhận
/// theo Quyết định số ...").
fn approver(doc: &Doc, c: &Code) -> Option<BodyMatch> {
    let (kind_start, _) = kind_word_before(doc, c.tok_start)?;
    if kind_start == 0 || !matches!(doc.words[kind_start - 1], "tại" | "theo") {
        return None;
    }
    let st = doc.sents[doc.sentence_of(c.tok_start)].tok_start;
    let lo = kind_start.saturating_sub(10).max(st);
    let verb = (lo..kind_start)
        .rev()
        .find(|&q| link_phrase(doc, q, "approves").is_some())?;
    (verb.saturating_sub(10).max(st + 1)..verb).find_map(|q| {
        (doc.words[q - 1] == "được")
            .then(|| body_filling(doc, q, verb))
            .flatten()
    })
}

/// The body named after "của" right before "theo" or "tại" and the kind
/// word of code `c`: "trao Bằng khen của Chủ tịch UBND tỉnh theo Quyết
/// định số 15758/QĐ-UBND" (a post's body: the award is the post's, given
/// by that document).
fn owner_before(doc: &Doc, c: &Code) -> Option<BodyMatch> {
    let (ks, _) = kind_word_before(doc, c.tok_start)?;
    let t = ks
        .checked_sub(1)
        .filter(|&t| matches!(doc.words[t], "theo" | "tại"))?;
    let st = doc.sents[doc.sentence_of(c.tok_start)].tok_start;
    (t.saturating_sub(12).max(st)..t)
        .rev()
        .filter(|&q| doc.words[q] == "của")
        .find_map(|q| {
            let from = q
                + 1
                + doc
                    .lex
                    .roles
                    .longest(&doc.ids[..t], q + 1)
                    .map_or(0, |(n, _)| n);
            parse_body(doc, from, t).filter(|b| from + b.len == t)
        })
}

/// The start of an issuing verb ("ban hành") that ends at most `slack`
/// tokens before `at`, starting at `lo` or later.
fn issuing_verb(doc: &Doc, lo: usize, at: usize, slack: usize) -> Option<usize> {
    // (Up to eight words: "cũng đã ban hành", "đã biểu quyết và thống nhất
    // ban hành".)
    (at.saturating_sub(8 + slack).max(lo)..at).find(|&q| {
        link_phrase(doc, q, "issues").is_some_and(|l| q + l <= at && at - (q + l) <= slack)
    })
}

/// Whether body `b` can have issued code `c`: a party code ("-KH/HU") only
/// a party body, unless its suffix names no issuer the lexicon knows
/// (`issuers.tsv`): the mass organisations write party-style codes too
/// ("Kế hoạch số 12-KH/HND" of the Hội Nông dân).
fn party_fits(doc: &Doc, c: &Code, b: &BodyMatch) -> bool {
    !c.party || b.party || !doc.lex.issuers.contains_key(&c.suffix)
}

/// For each code, the body the first sentence that issues it names.
fn verb_issuers<'c>(doc: &Doc, cs: &'c [Code]) -> HashMap<&'c str, BodyMatch> {
    let mut m = HashMap::default();
    for c in cs {
        if !m.contains_key(c.code.as_str()) {
            if let Some(b) = issuer_before(doc, c).filter(|b| party_fits(doc, c, b)) {
                m.insert(c.code.as_str(), b);
            }
        }
    }
    m
}

/// `named` keeps, per lexicon surface, the article's first body of it
/// written with its unit ([`super::bodies::named_in_article`]): looked up
/// once, it serves every code of that suffix.
fn issuer_from_suffix(
    doc: &Doc,
    c: &Code,
    named: &mut HashMap<String, Option<BodyMatch>>,
) -> Option<BodyMatch> {
    let mut surface = doc.lex.issuers.get(&c.suffix).cloned();
    // "TU" is the Tỉnh ủy of a province that is not a city ("BTCTU": its
    // Ban Tổ chức), unless the article is of a city of the province and
    // names that city's body and not the province's ("Ủy ban Kiểm tra
    // Thành ủy Đồng Xoài" and "4114-TB/UBKTTU").
    if let Some(base) = surface.as_deref().and_then(|s| s.strip_suffix("thành ủy")) {
        if let Some(p) = doc.loc.province {
            if !doc.province_is_city(p) {
                let province_body = format!("{base}tỉnh ủy");
                let city = doc
                    .loc
                    .district
                    .is_some_and(|d| doc.loc.kind_of_district(doc.gaz, d) == "thành phố");
                let says = |first: &str| {
                    (1..doc.words.len()).any(|k| doc.words[k] == "ủy" && doc.words[k - 1] == first)
                };
                let own = city && says("thành") && !says("tỉnh");
                if !own {
                    surface = Some(province_body);
                }
            }
        }
    }
    // "31/HD-MTTW-BTT": a national issuer before its unit is that body,
    // not the front of the article's locality.
    if surface.is_none() {
        surface = central_head(doc, &c.suffix).and_then(|h| doc.lex.issuers.get(h).cloned());
    }
    if surface.is_none() && !c.party && c.suffix.starts_with("MT") {
        surface = Some("ủy ban mặt trận tổ quốc".into());
    }
    let surface = surface?;
    named
        .entry(surface.clone())
        .or_insert_with(|| super::bodies::named_in_article(doc, &surface))
        .clone()
        .or_else(|| body_from_surface(doc, &surface))
}

/// The executive committee that voted party code `c` at its conference,
/// when no issuer is written: "Hội nghị đã thảo luận, biểu quyết thông qua
/// Nghị quyết số 38-NQ/ĐU" (a phrase of class `adopts` right before the
/// kind word, a meeting noun or "Ban Chấp hành" before it in the sentence)
/// in an article that names the "Ban Chấp hành Đảng bộ" of `committee`,
/// the committee the suffix names, by its place. Only kinds marked `voted`
/// in `documents.tsv`.
fn adopted_by_executive(doc: &Doc, c: &Code, committee: &BodyMatch) -> Option<BodyMatch> {
    let voted = doc
        .lex
        .doc_by_abbr
        .get(&c.abbr.to_uppercase())
        .is_some_and(|k| k.voted);
    if !voted || !c.party || committee.parent.is_some() || committee.place.is_none() {
        return None;
    }
    let (kind_start, _) = kind_word_before(doc, c.tok_start)?;
    let sent = doc.sents[doc.sentence_of(c.tok_start)];
    let cue = (kind_start.saturating_sub(4).max(sent.tok_start)..kind_start)
        .find(|&q| link_phrase(doc, q, "adopts").is_some_and(|l| q + l == kind_start))?;
    let executive = |k: usize, e: usize| {
        doc.words_are(k, "ban chấp hành")
            .then(|| parse_body(doc, k, e))
            .flatten()
    };
    let at_conference = (sent.tok_start..cue).any(|k| {
        doc.lex.meeting_nouns.longest(&doc.ids[..cue], k).is_some()
            || doc.words_are(k, "ban chấp hành")
    });
    if !at_conference {
        return None;
    }
    doc.sents.iter().find_map(|s| {
        (s.tok_start..s.tok_end).find_map(|k| {
            executive(k, s.tok_end).filter(|b| {
                b.place == committee.place
                    && b.parent
                        .as_deref()
                        .is_some_and(|p| fold(p).starts_with("đảng bộ"))
            })
        })
    })
}

/// True when a code's suffix names a national body (`issuers.tsv` to a
/// `central` body of `bodies.tsv`: "TTg", "CP", "QH").
fn central_suffix(doc: &Doc, suffix: &str) -> bool {
    let lex = doc.lex;
    let Some(surface) = lex.issuers.get(suffix) else {
        return false;
    };
    let words: Vec<&str> = surface.split(' ').collect();
    let ids = lex.ids(&words);
    lex.bodies
        .longest(&ids, 0)
        .is_some_and(|(n, b)| n == words.len() && b.class == crate::lexicon::BodyClass::Central)
}

/// The first part of a suffix with a unit after it when it names a central
/// body ("MTTW" of "MTTW-BTT").
fn central_head<'s>(doc: &Doc, suffix: &'s str) -> Option<&'s str> {
    let (first, _) = suffix.split_once('-')?;
    central_suffix(doc, first).then_some(first)
}

/// The merge key of a document: codes of city and central bodies are one
/// document everywhere; those of district bodies are one per district.
fn doc_key(doc: &Doc, c: &Code, issuer: Option<&BodyMatch>) -> String {
    use super::places::Place;
    let code_slug = slug(&c.code);
    // A town committee's "…/TU" (Thị ủy) is a local document after all.
    let local_issuer = matches!(
        issuer.and_then(|b| b.place),
        Some(Place::District(_) | Place::Ward(_) | Place::Unlisted { .. })
    );
    let g = doc.gaz;
    if c.party && c.suffix == "TW" && !local_issuer {
        return format!("resolution:{code_slug}");
    }
    // A state code of a national body (…/QĐ-TTg, …/NĐ-CP, …/QH15) is one
    // document everywhere.
    // "…/HD-MTTW-BTT": a national issuer with its unit too.
    let central = central_suffix(doc, &c.suffix) || central_head(doc, &c.suffix).is_some();
    if !c.party && !local_issuer && central {
        return format!("resolution:{code_slug}");
    }
    // A province's "…/TU" is one document in the province: 15-NQ/TU of
    // Nghệ An is not that of Hà Nội. Hà Nội's, the default, keep the short key.
    if c.party && c.suffix == "TU" && !local_issuer {
        let province = match issuer.and_then(|b| b.place) {
            Some(Place::Province(p)) => Some(p),
            _ => doc.loc.province,
        };
        return match province.filter(|&p| Some(p) != g.hanoi()) {
            Some(p) => format!("resolution:{}/{code_slug}", slug(&g.provinces[p].name)),
            None => format!("resolution:{code_slug}"),
        };
    }
    let scope = match issuer.and_then(|b| b.place) {
        Some(Place::District(d)) | Some(Place::Unlisted { district: d, .. }) => {
            Some(slug(&g.districts[d].name))
        }
        Some(Place::Ward(w)) => g.wards[w]
            .district
            .map(|d| slug(&g.districts[d].name))
            .or_else(|| {
                let ward = &g.wards[w];
                Some(format!(
                    "{}/{}",
                    slug(&g.provinces[ward.province].name),
                    slug(&ward.name)
                ))
            }),
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

/// The codes before code `ci` in its sentence, nearest first, with what
/// their tails read, when code `ci` is said to be of the same day ("...;
/// và Quyết định số 205/QĐ-CAT cùng ngày"); none otherwise.
fn same_day_before<'a>(
    doc: &Doc,
    cs: &'a [Code],
    found: &'a [(usize, Option<Date>, Option<BodyMatch>)],
    ci: usize,
) -> impl Iterator<Item = (&'a Code, &'a (usize, Option<Date>, Option<BodyMatch>))> {
    let c = &cs[ci];
    let a = doc.sents[doc.sentence_of(c.tok_start)].tok_start;
    let same_day = (c.tok_end..found[ci].0 + 3).any(|k| doc.words_are(k, "cùng ngày"));
    let n = if same_day { ci } else { 0 };
    cs[..n]
        .iter()
        .zip(&found[..n])
        .rev()
        .take_while(move |(p, _)| p.tok_start >= a)
}

/// The issuer of the code before code `ci` in its sentence, of the same
/// suffix, when code `ci` is said to be of the same day: "Quyết định số
/// 204/QĐ-CAT ngày 1/3/2024 của Giám đốc Công an tỉnh ...; và Quyết định
/// số 205/QĐ-CAT cùng ngày" are the director's both.
fn same_day_sibling(
    doc: &Doc,
    cs: &[Code],
    found: &[(usize, Option<Date>, Option<BodyMatch>)],
    ci: usize,
) -> Option<BodyMatch> {
    same_day_before(doc, cs, found, ci)
        .find(|(p, _)| p.suffix == cs[ci].suffix)
        .and_then(|(_, (_, _, b))| b.clone())
}

/// The date of the code before code `ci` in its sentence, when code `ci`
/// is said to be of the same day.
fn same_day_date(
    doc: &Doc,
    cs: &[Code],
    found: &[(usize, Option<Date>, Option<BodyMatch>)],
    ci: usize,
) -> Option<Date> {
    same_day_before(doc, cs, found, ci).find_map(|(_, (_, d, _))| *d)
}

/// Length of the phrase of class `class` (`data/lexicon/doc_links.tsv`)
/// starting at token `k`, the longest when several do.
fn link_phrase(doc: &Doc, k: usize, class: &str) -> Option<usize> {
    doc.lex
        .doc_links
        .longest_where(&doc.ids, k, |c| c.as_str() == class)
        .map(|(n, _)| n)
}

/// The length of a phrase carrying out a document ("thực hiện", "cụ thể
/// hóa") at `k`.
pub(super) fn implements_verb(doc: &Doc, k: usize) -> Option<usize> {
    link_phrase(doc, k, "carries_out")
}

/// A passive issuing clause at `k`: "được (Huyện ủy) ban hành": returns
/// its end and the agent when one is written. Nothing else may stand
/// between the passive marker, the agent and the verb.
fn passive_issue(doc: &Doc, k: usize, end: usize) -> Option<(usize, Option<BodyMatch>)> {
    let mut q = k + link_phrase(doc, k, "passive")?;
    let agent = parse_body(doc, q, end);
    if let Some(b) = &agent {
        q += b.len;
        // "được UBND huyện Ea Súp (cũ) ban hành": the agent's former unit.
        if q + 2 < end
            && doc.is_punct(q, "(")
            && doc.words[q + 1] == "cũ"
            && doc.is_punct(q + 2, ")")
        {
            q += 3;
        }
    } else if let Some((n, _)) = doc.lex.levels.longest(&doc.ids[..end], q) {
        // "được quận ban hành", "được huyện Gia Lâm ban hành": a unit as the
        // agent, named by its level word and its name.
        q += n;
        while q < end && doc.toks[q].kind == TokKind::Word && doc.toks[q].cap {
            q += 1;
        }
    }
    let l = link_phrase(doc, q, "issues")?;
    (q + l <= end).then_some((q + l, agent))
}

/// "được Huyện ủy ban hành để thực hiện": the end of the carries_out phrase
/// after a passive issuing clause at `k`.
fn passive_link(doc: &Doc, k: usize, end: usize) -> Option<usize> {
    let (q, _) = passive_issue(doc, k, end)?;
    // "... ban hành tháng 3/2025 để triển khai ...": when it was issued
    // may stand between.
    let dated = (q..end.min(q + 6))
        .take_while(|&t| {
            matches!(doc.words[t], "tháng" | "năm" | "ngày" | "vào")
                || doc.toks[t].kind == TokKind::Num
                || doc.is_punct(t, "/")
        })
        .last()
        .map_or(q, |t| t + 1);
    implements_verb(doc, q)
        .map(|l| q + l)
        .or_else(|| implements_verb(doc, dated).map(|l| dated + l))
}

/// Where a clause may open in the sentence starting at `st`, before its
/// first document at `first_doc`: the sentence's start and each word after
/// a comma or a colon of a lead-in ("Theo báo cáo, thực hiện ...", "Bà X:
/// Thực hiện ...", "Trình bày dự thảo Đề án, bà X cho biết, Đề án ..."),
/// and each word after a speech verb (`meeting_cues.tsv`).
fn clause_openings<'d>(
    doc: &'d Doc,
    st: usize,
    first_doc: usize,
) -> impl Iterator<Item = usize> + 'd {
    let lim = (st + 32).min(first_doc);
    std::iter::once(st)
        .chain(
            (st..lim)
                .filter(|&q| doc.is_punct(q, ",") || doc.is_punct(q, ":"))
                .map(|q| q + 1),
        )
        // "Bà X cho biết để cụ thể hóa ...", "ông Y cho biết Đề án được
        // xây dựng nhằm ...": a speech verb with no comma after it.
        .chain((st..lim).filter_map(move |q| {
            super::meetings::cue_of_class(doc, q, lim, "speech").map(|l| q + l)
        }))
}

/// A kind word with no number after it at `k` ("thực hiện Nghị quyết.",
/// "Đề án được xây dựng ..."): it refers back to a document named before.
/// Returns its length and the kind. A kind word naming a document that has
/// no number ("Nghị quyết Đại hội ...", class `unnumbered`) refers back to
/// nothing.
fn bare_kind(doc: &Doc, k: usize, end: usize) -> Option<(usize, String)> {
    let (n, dk) = doc.lex.doc_words.longest(&doc.ids[..end], k)?;
    let next = k + n;
    if next < end
        && (doc.words[next] == "số"
            || doc.toks[next].kind == TokKind::Num
            || link_phrase(doc, next, "unnumbered").is_some_and(|l| next + l <= end))
    {
        return None;
    }
    Some((n, dk.kind.clone()))
}

/// A phrase referring back to several documents named before ("các nghị
/// quyết nêu trên", "hai văn bản trên") at `k`: a quantifier (class
/// `several` of doc_links.tsv, or a number of two or more), a kind word or
/// one naming any kind (class `any_kind`), and a word saying they were
/// named (class `named_above`). Returns its length, the count when one is
/// given and the kind when one is named.
fn several_named_above(
    doc: &Doc,
    k: usize,
    send: usize,
) -> Option<(usize, Option<usize>, Option<String>)> {
    let (l, count) = quantifier(doc, k, send)?;
    let q = k + l;
    let (kn, kind) = match link_phrase(doc, q, "any_kind") {
        Some(l) => (l, None),
        None => bare_kind(doc, q, send).map(|(n, kind)| (n, Some(kind)))?,
    };
    let r = q + kn;
    let l = link_phrase(doc, r, "named_above").filter(|&l| r + l <= send)?;
    Some((r + l - k, count, kind))
}

/// The documents that "hai quyết định trên" at `k` refers back to, as
/// entities in text order, with the phrase's length ([`last_named`]),
/// save those another carries out. Reads the mentions [`run`] left in
/// `doc.docs`.
pub(super) fn referred_back(doc: &Doc, k: usize, send: usize) -> Option<(usize, Vec<usize>)> {
    let (l, count, kind) = several_named_above(doc, k, send)?;
    let carried: Vec<usize> = doc
        .docs
        .iter()
        .filter(|d| d.implemented)
        .map(|d| d.entity)
        .collect();
    let before = doc
        .docs
        .iter()
        .rev()
        .filter(|d| d.tok_start < k && !carried.contains(&d.entity))
        .map(|d| (d.entity, d.entity));
    let out = last_named(doc, before, count, kind.as_deref());
    (!out.is_empty()).then_some((l, out))
}

/// The kind of the document entity `e` ("Nghị quyết").
pub(super) fn doc_kind<'d>(doc: &'d Doc, e: usize) -> Option<&'d str> {
    doc.facts.entities[e]
        .attrs
        .get("kind")
        .and_then(|v| v.as_str())
}

/// What a phrase referring back to several documents picks among those
/// named before it, given nearest first as (entity, item): the nearest
/// mention of each document of `kind` (of any kind without one), all of
/// them or the `count` nearest (none when fewer are named), in text order.
fn last_named<T>(
    doc: &Doc,
    before: impl Iterator<Item = (usize, T)>,
    count: Option<usize>,
    kind: Option<&str>,
) -> Vec<T> {
    let mut seen: Vec<usize> = Vec::new();
    let mut out = Vec::new();
    for (e, item) in before {
        if seen.contains(&e) || kind.is_some_and(|kind| doc_kind(doc, e) != Some(kind)) {
            continue;
        }
        seen.push(e);
        out.push(item);
        if Some(out.len()) == count {
            break;
        }
    }
    if count.is_some_and(|c| out.len() < c) {
        out.clear();
    }
    out.reverse();
    out
}

/// A word saying there are several at `k` (class `several` of
/// doc_links.tsv, or a number of two or more): its length and the number.
fn quantifier(doc: &Doc, k: usize, send: usize) -> Option<(usize, Option<usize>)> {
    let w = *doc.words.get(k).filter(|_| k < send)?;
    let num = doc.toks[k].kind == TokKind::Num;
    if !num && !doc.lex.doc_links.starts_at(&doc.ids, k) && !doc.lex.numerals.starts_at(&doc.ids, k)
    {
        return None;
    }
    match link_phrase(doc, k, "several") {
        Some(l) => Some((l, None)),
        None => {
            let count = if num {
                w.parse::<usize>().ok()
            } else {
                doc.numeral_at(k)
            };
            count.filter(|&c| c >= 2).map(|c| (1, Some(c)))
        }
    }
}

/// The mentions (the last of each document) that "các nghị quyết nêu trên"
/// before token `before` refers back to ([`last_named`]), `not` (the
/// document that refers) left out.
fn named_above(
    doc: &Doc,
    mentions: &[(usize, usize, usize)],
    before: usize,
    not: Option<usize>,
    count: Option<usize>,
    kind: Option<&str>,
) -> Vec<usize> {
    let y0 = mentions.partition_point(|m| m.1 < before);
    let earlier = (0..y0)
        .rev()
        .map(|y| (mentions[y].0, y))
        .filter(|&(e, _)| Some(e) != not);
    last_named(doc, earlier, count, kind)
}

/// The document mentions of each kind, in text order, to find what a bare
/// kind word refers back to in constant time (a scan of all mentions for
/// each one would be quadratic in a long article).
struct ByKind {
    /// Per kind: (first token, entity, index of the last earlier mention
    /// of another entity).
    lists: HashMap<String, Vec<(usize, usize, Option<usize>)>>,
}

impl ByKind {
    /// `mentions` are (entity, first token, end), sorted by first token.
    fn new(doc: &Doc, mentions: &[(usize, usize, usize)]) -> ByKind {
        let mut lists: HashMap<String, Vec<(usize, usize, Option<usize>)>> = HashMap::default();
        for &(e, a, _) in mentions {
            let Some(kind) = doc_kind(doc, e) else {
                continue;
            };
            let list = lists.entry(kind.to_string()).or_default();
            let prev = match list.last() {
                None => None,
                Some(&(_, pe, _)) if pe != e => Some(list.len() - 1),
                Some(&(_, _, pp)) => pp,
            };
            list.push((a, e, prev));
        }
        ByKind { lists }
    }

    /// The document of the given kind named before token `before`, when
    /// every mention of that kind before it names that one document: what
    /// a bare kind word opening a sentence may refer back to. Returns the
    /// first token and the entity of the last such mention.
    fn only(&self, before: usize, kind: &str) -> Option<(usize, usize)> {
        let list = self.lists.get(kind)?;
        let i = list.partition_point(|m| m.0 < before).checked_sub(1)?;
        list[i].2.is_none().then_some((list[i].0, list[i].1))
    }

    /// The last document mention before token `before` of the given kind,
    /// other than entity `not`: what a bare kind word refers back to.
    fn last(&self, before: usize, kind: &str, not: usize) -> Option<usize> {
        let list = self.lists.get(kind)?;
        let i = list.partition_point(|m| m.0 < before).checked_sub(1)?;
        if list[i].1 != not {
            return Some(list[i].1);
        }
        list[i].2.map(|j| list[j].1)
    }
}

/// The number of tokens between `prev_end` and the code at `next` (or the
/// kind word written before it), when they only list ("," and "và").
fn list_gap(doc: &Doc, prev_end: usize, next: usize) -> Option<usize> {
    let gap_end = mention_start(doc, next);
    (prev_end <= gap_end
        && (prev_end..gap_end).all(|j| doc.is_punct(j, ",") || doc.words[j] == "và"))
    .then(|| gap_end - prev_end)
}

/// Mention `y` and the mentions listed right after it in the sentence
/// ending at `send`, joined by "và" or a comma ("Chỉ thị 35 và Kế hoạch
/// 915", "Kế hoạch số 756-KH/TU ngày ... và Đề án số 763-ĐA/TU"), also
/// after an item's topic ("Nghị quyết số 71-NQ/TW ... về đột phá phát
/// triển giáo dục và đào tạo và Kế hoạch số ...").
fn listed_from(doc: &Doc, mentions: &[(usize, usize, usize)], y: usize, send: usize) -> Vec<usize> {
    let mut out = vec![y];
    let mut last = y;
    for z in y + 1..mentions.len() {
        let start = mentions[z].1;
        if start >= send {
            break;
        }
        let prev_end = mentions[last].2;
        let listed = list_gap(doc, prev_end, start).is_some_and(|g| g <= 2)
            || topic_then_listed(doc, prev_end, start);
        if !listed {
            break;
        }
        out.push(z);
        last = z;
    }
    out
}

/// Whether the tokens from `prev_end` to the code at `next` are a topic
/// ("về ...") of the document before and a list's "và": a topic
/// of a few words, with no clause of its own (no ";" and no verb carrying
/// a document out).
fn topic_then_listed(doc: &Doc, prev_end: usize, next: usize) -> bool {
    let gap_end = mention_start(doc, next);
    if !(prev_end < gap_end && gap_end - prev_end <= 24 && topic_at(doc, prev_end).is_some()) {
        return false;
    }
    // ("..., và Quyết định số ..." after a topic is the sentence's next
    // item, not the verb's.)
    let joined = doc.words[gap_end - 1] == "và" && !doc.is_punct(gap_end.saturating_sub(2), ",");
    joined
        && (prev_end..gap_end).all(|q| {
            !doc.is_punct(q, ";") && !doc.is_punct(q, ":") && implements_verb(doc, q).is_none()
        })
}

/// A topic phrase at `k` that may stand between a document and the verb
/// carrying another out ("về ...", "quy định ...", `topic` in
/// `doc_links.tsv`): its length.
fn topic_at(doc: &Doc, k: usize) -> Option<usize> {
    link_phrase(doc, k, "topic")
}

/// The body that issued document entity `e`, if the article says.
fn issuer_of(doc: &Doc, e: usize) -> Option<usize> {
    doc.facts
        .relations
        .iter()
        .find(|r| r.kind == EdgeType::Issued && r.to == e)
        .map(|r| r.from)
}

/// Whether `a` may not be linked as carrying out `b`: they are already
/// linked, either way (one document cannot carry out another that carries
/// it out: "Kế hoạch số 88 ... trên cơ sở Kế hoạch số 1669 ..., nhằm thực
/// hiện kế hoạch này" links 88 to 1669 once), or `a` is a party document
/// of a higher committee than `b`'s (a province's 12-CTr/TU does not carry
/// out a ward's 53-KH/ĐU).
fn link_barred(doc: &Doc, a: usize, b: usize) -> bool {
    doc.has_relation(EdgeType::Implements, a, b)
        || doc.has_relation(EdgeType::Implements, b, a)
        || matches!((party_rank(doc, a), party_rank(doc, b)), (Some(x), Some(y)) if x > y)
}

/// The rank of the party body a document's code names: 3 for the centre
/// (/TW, /BTGTW), 2 for a province or city (/TU, /BTCTU), 1 for a district
/// (/HU, /QU, /TX, /THU), 0 for a commune or ward's Đảng ủy (/ĐU); none
/// for every other code.
fn party_rank(doc: &Doc, e: usize) -> Option<u8> {
    let code = doc.facts.entities[e]
        .attrs
        .get("code")
        .and_then(|c| c.as_str())?;
    let suffix = code.rsplit_once('/')?.1;
    if suffix.ends_with("TW") {
        Some(3)
    } else if suffix.ends_with("TU") {
        Some(2)
    } else if ["HU", "QU", "TX"].iter().any(|s| suffix.ends_with(s)) {
        Some(1)
    } else {
        (suffix == "ĐU").then_some(0)
    }
}

/// Whether token `j` is the number of a short reference: five digits at
/// most, and no full code that goes on with "-" or "/" ("15", not the
/// "15" of "15-NQ/TU").
fn short_number(doc: &Doc, j: usize, end: usize) -> bool {
    let glued = j + 1 < end
        && (doc.is_dash(j + 1) || doc.is_punct(j + 1, "/"))
        && doc.toks[j].end == doc.toks[j + 1].start;
    doc.toks[j].kind == TokKind::Num && doc.words[j].len() <= 5 && !glued
}

/// A short reference "Nghị quyết (số) 15" at `k` (kind word position).
fn short_ref(doc: &Doc, k: usize, end: usize) -> Option<(usize, String, String, String)> {
    let (n, dk) = doc.lex.doc_words.longest(&doc.ids[..end], k)?;
    let mut j = k + n;
    if j < end && doc.words[j] == "số" {
        j += 1;
    }
    if j >= end || !short_number(doc, j, end) {
        return None;
    }
    Some((
        j + 1,
        doc.words[j].to_string(),
        dk.abbr.clone(),
        dk.kind.clone(),
    ))
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
    let mut named_by_code: HashMap<&str, &BodyMatch> = HashMap::default();
    for (code, b) in &named {
        named_by_code.entry(code.as_str()).or_insert(b);
    }
    // The end of the last code the sentence's verb issued, and its issuer:
    // "... ban hành Kế hoạch số 756-KH/TU và Đề án số 763-ĐA/TU" issues
    // both.
    let mut verb_issued: Option<(usize, BodyMatch)> = None;
    // The body a sentence says issued a code serves the code's other
    // mentions too ("Thành ủy Biên Hòa ban hành Kế hoạch số 347-KH/TU. Trên
    // cơ sở Kế hoạch số 347-KH/TU, ..."): one document, not the province's
    // and the city's.
    // Made on first need: most codes have an issuer of their own.
    let mut issued_by_verb: Option<HashMap<&str, BodyMatch>> = None;
    let mut plenum: Option<(Option<BodyMatch>, HashSet<&str>)> = None;
    // Each code's end, date and the issuer the text gives it; the issuer its
    // suffix implies ("/TW": Trung ương) only for a code the article gives
    // none anywhere, so one document does not get a second, default issuer.
    let mut found: Vec<(usize, Option<Date>, Option<BodyMatch>)> = Vec::with_capacity(cs.len());
    for (ci, c) in cs.iter().enumerate() {
        let s = doc.sentence_of(c.tok_start);
        let end = doc.sents[s].tok_end.min(n);
        let (t_end, date, mut issuer) = tail(doc, c.tok_end, end);
        // "Chương trình số 44-CTr/TU được Thành ủy ban hành ...": the agent
        // of the passive issued it (a party body, for a party code).
        if issuer.is_none() {
            issuer = passive_issue(doc, t_end, end)
                .and_then(|(_, b)| b)
                .filter(|b| !c.party || b.party);
        }
        // "Kết luận số 126-KL/TW, 127-KL/TW của Bộ Chính trị", "Nghị quyết
        // số 57-NQ/TW, Nghị quyết số 66-NQ/TW và ... của Bộ Chính trị":
        // codes listed with commas or "và" share the issuer written after
        // the last, when they are of one issuer's kind (the same suffix):
        // in "Chỉ thị số 20/CT-TTg, Quy định số 189-QĐ/TW của Ban Chấp hành
        // Trung ương" the issuer is the last one's only.
        let mut prev_end = t_end;
        for next in &cs[ci + 1..] {
            if issuer.is_some()
                || next.suffix != c.suffix
                || next.tok_start >= end
                || list_gap(doc, prev_end, next.tok_start).is_none()
            {
                break;
            }
            let (ne, _, ni) = tail(doc, next.tok_end, end);
            issuer = ni;
            prev_end = ne;
        }
        // A state code's suffix names no level ("UBND" of the commune, the
        // district or the province?), and a party suffix can be read two
        // ways ("TU": Thành ủy, or Thị ủy): the body the sentence says
        // issued it decides (a party body, for a party code).
        let listed_after = verb_issued.take().filter(|(prev_end, b)| {
            list_gap(doc, *prev_end, c.tok_start).is_some_and(|g| g <= 2) && (!c.party || b.party)
        });
        let by_verb = issuer
            .is_none()
            .then(|| {
                issuer_before(doc, c)
                    .or_else(|| approver(doc, c))
                    .or_else(|| owner_before(doc, c))
                    .or_else(|| list_issuer(doc, c))
                    .or_else(|| counted_issuer(doc, c))
                    .filter(|b| party_fits(doc, c, b))
                    .or(listed_after.map(|(_, b)| b))
            })
            .flatten();
        if let Some(b) = &by_verb {
            verb_issued = Some((t_end, b.clone()));
        }
        let issuer = issuer
            .or(by_verb)
            .or_else(|| named_by_code.get(c.code.as_str()).map(|b| (*b).clone()))
            .or_else(|| {
                issued_by_verb
                    .get_or_insert_with(|| verb_issuers(doc, &cs))
                    .get(c.code.as_str())
                    .cloned()
            })
            .or_else(|| central_after_topic(doc, &cs[ci..], end))
            .or_else(|| heading_issuer(doc, c, doc.sents[s].tok_start))
            .or_else(|| {
                if !(c.party && c.suffix == "TW" && c.abbr == "NQ") {
                    return None;
                }
                let (body, free) = plenum.get_or_insert_with(|| plenum_resolutions(doc, &cs));
                body.clone().filter(|_| free.contains(c.code.as_str()))
            });
        found.push((t_end, date, issuer));
    }
    let mut given: HashMap<&str, &BodyMatch> = HashMap::default();
    for (c, (_, _, issuer)) in cs.iter().zip(&found) {
        if let Some(b) = issuer {
            given.entry(c.code.as_str()).or_insert(b);
        }
    }
    let mut named = HashMap::default();
    // Each code's issuer, for a short form completed from its neighbour.
    let mut issuers: Vec<Option<BodyMatch>> = Vec::with_capacity(cs.len());
    for (ci, (c, (t_end, date, issuer))) in cs.iter().zip(&found).enumerate() {
        let (t_end, date) = (*t_end, date.or_else(|| same_day_date(doc, &cs, &found, ci)));
        let issuer = issuer
            .clone()
            .or_else(|| given.get(c.code.as_str()).map(|b| (*b).clone()))
            .or_else(|| same_day_sibling(doc, &cs, &found, ci))
            .or_else(|| {
                let by_suffix = issuer_from_suffix(doc, c, &mut named)?;
                Some(adopted_by_executive(doc, c, &by_suffix).unwrap_or(by_suffix))
            });
        let e = doc_entity(doc, c, issuer.as_ref(), date);
        if let Some(b) = &issuer {
            let be = committee_entity(doc, b, c.tok_start, t_end);
            doc.relate(EdgeType::Issued, be, e, c.tok_start, t_end);
        }
        mentions.push((e, c.tok_start, t_end));
        issuers.push(issuer);
    }
    // Short forms: completed from a full code of the same number and kind,
    // or from "của <issuer>" after them.
    let mut full_by_number: HashMap<(&str, &str), &Code> = HashMap::default();
    // "Quy định 69" after "Quy định số 69-QĐ/TW": the kind the text gives
    // a code, when its abbreviation is another kind's.
    let mut full_by_kind: HashMap<(&str, &str), &Code> = HashMap::default();
    for c in &cs {
        full_by_number
            .entry((c.abbr.as_str(), c.number.trim_start_matches('0')))
            .or_insert(c);
        full_by_kind
            .entry((c.kind.as_str(), c.number.trim_start_matches('0')))
            .or_insert(c);
    }
    let mut entity_at: HashMap<usize, usize> = HashMap::default();
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
        // "các Nghị quyết 57, 66, 68 của Bộ Chính trị": more numbers of
        // the kind, each a short form of its own, sharing the issuer after
        // the last.
        let mut items = vec![(k, j, number)];
        let mut list_end = j;
        while list_end + 1 < n && (doc.is_punct(list_end, ",") || doc.words[list_end] == "và") {
            let t = list_end + 1;
            if !short_number(doc, t, n) {
                break;
            }
            items.push((t, t + 1, doc.words[t].to_string()));
            list_end = t + 1;
        }
        for (k, j, number) in items {
            if in_code(j) {
                continue;
            }
            let full = full_by_number
                .get(&(abbr.as_str(), number.trim_start_matches('0')))
                .or_else(|| full_by_kind.get(&(kind.as_str(), number.trim_start_matches('0'))))
                .copied();
            // Four digits from 1900 on are a year ("Nghị quyết 2024"), unless
            // a full code of that number is in the article ("Chỉ thị 2455"
            // after "Chỉ thị số 2455-CT/TU"); "Chỉ thị 1600" is a number.
            // ("Nghị quyết 1915 ngày 20/1/2021 của ..." is a number.)
            let dated_after = j < n && matches!(doc.words[j], "ngày" | "của");
            let year_like = number.len() == 4
                && number.as_str() >= "1900"
                && number.as_str() < "2100"
                && !dated_after;
            if year_like && full.is_none() {
                continue;
            }
            let s = doc.sentence_of(k);
            let send = doc.sents[s].tok_end.min(n);
            let e = if let Some(c) = full {
                entity_at.get(&c.tok_start).copied()
            } else {
                // "Nghị quyết 15 và Chỉ thị 15 của Thành ủy".
                let mut q = list_end;
                let mut issuer = None;
                while q < send && q < list_end + 14 {
                    if doc.is_punct(q, ";") || doc.is_punct(q, ".") {
                        break;
                    }
                    if doc.words[q] == "của" {
                        issuer = parse_body(doc, q + 1, send).filter(|b| suffix_of(b).is_some());
                        break;
                    }
                    q += 1;
                }
                // "Nghị quyết số 9843/NQ-HĐND ...; Nghị quyết 9844 về ...": a
                // state code of the same kind just before in the sentence
                // gives its form and issuer.
                let neighbour = issuer.is_none().then(|| {
                    let st = doc.sents[s].tok_start;
                    cs.iter()
                        .enumerate()
                        .rev()
                        .find(|(_, c2)| {
                            !c2.party && c2.abbr == abbr && c2.tok_end <= k && c2.tok_start >= st
                        })
                        .filter(|(_, c2)| c2.code.starts_with(c2.number.as_str()))
                });
                if let Some((ci2, c2)) = neighbour.flatten() {
                    let c = Code {
                        code: format!("{number}{}", &c2.code[c2.number.len()..]),
                        number: number.clone(),
                        tok_start: k,
                        tok_end: j,
                        ..c2.clone()
                    };
                    let b = issuers.get(ci2).cloned().flatten();
                    let e = doc_entity(doc, &c, b.as_ref(), None);
                    if let Some(b) = b {
                        let be = committee_entity(doc, &b, k, j);
                        doc.relate(EdgeType::Issued, be, e, k, j);
                    }
                    Some(e)
                } else {
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
                }
            };
            if let Some(e) = e {
                mentions.push((e, k, j));
                entity_at.entry(k).or_insert(e);
            }
        }
        k = list_end;
    }
    mentions.sort_by_key(|m| (m.1, m.0));
    // implements: "Kế hoạch số 108-KH/QU ngày ... thực hiện Đề án số 11-ĐA/TU".
    let mut implemented = vec![false; mentions.len()];
    let by_kind = ByKind::new(doc, &mentions);
    // The first mention starting in `lo..=hi` (mentions are sorted by start).
    let first_in = |lo: usize, hi: usize| {
        let y = mentions.partition_point(|m| m.1 < lo);
        (y < mentions.len() && mentions[y].1 <= hi).then_some(y)
    };
    for x in 0..mentions.len() {
        let (ea, _, a_end) = mentions[x];
        let s = doc.sentence_of(a_end.saturating_sub(1));
        let send = doc.sents[s].tok_end.min(n);
        // The verb follows the code (and its date and issuer) directly, or
        // after the document's subject: "... về phát triển rừng, thực hiện ...".
        let mut starts: Vec<usize> = (a_end..(a_end + 3).min(send)).collect();
        // "Quyết định số 2710/QĐ-UBND ngày ... ban hành Kế hoạch thực hiện
        // ...": the decision issues the plan that carries the other out.
        for q in a_end..(a_end + 3).min(send) {
            if let Some(l) = link_phrase(doc, q, "issues") {
                if let Some((kn, _)) = bare_kind(doc, q + l, send) {
                    starts.push(q + l + kn);
                }
            }
        }
        // "Kế hoạch số 86-KH/HU ..., kế hoạch này thực hiện Kế hoạch số
        // ...", "..., kế hoạch được ban hành nhằm thực hiện ...": the kind
        // word names the document again before the verb.
        if a_end + 1 < send && doc.is_punct(a_end, ",") && !doc.toks[a_end + 1].cap {
            if let Some((kn, _)) = bare_kind(doc, a_end + 1, send) {
                let mut q = a_end + 1 + kn;
                if q < send && doc.words[q] == "này" {
                    q += 1;
                }
                if q + 1 < send && doc.words_are(q, "được ban hành") {
                    q += 3;
                }
                starts.push(q);
            }
        }
        // "... về tiếp công dân, đối thoại với Nhân dân năm 2024, thực hiện
        // Quy định số 11-QĐi/TW": any comma of the topic may end it, and so
        // may a bracket ("... nhiệm kỳ 2025 - 2030 (thực hiện Kế hoạch số
        // ...)").
        // After the comma, the document may be said to be issued first
        // ("..., ban hành để thực hiện Chỉ thị số ...").
        if a_end < send && topic_at(doc, a_end).is_some() {
            let next_doc = mentions.get(x + 1).map_or(send, |m| m.1);
            // "... về lãnh đạo công tác tuyển quân năm 2026 nhằm thực hiện
            // Chỉ thị số ...": a purpose clause ends the topic without a
            // comma.
            starts.extend(
                (a_end..(a_end + 48).min(send).min(next_doc))
                    .take_while(|&q| !doc.is_punct(q, ";"))
                    .filter(|&q| matches!(doc.words[q], "nhằm" | "để"))
                    .filter(|&q| implements_verb(doc, q).is_some()),
            );
            for c in (a_end..(a_end + 48).min(send).min(next_doc))
                .filter(|&q| doc.is_punct(q, ",") || doc.is_punct(q, "("))
            {
                starts.push(c + 1);
                if let Some(l) = link_phrase(doc, c + 1, "issues").filter(|l| c + 1 + l < send) {
                    starts.push(c + 1 + l);
                }
            }
        }
        // "Công điện số 7202/CĐ-UBND gửi các xã, thị trấn để triển khai
        // thực hiện ...": the addressees (`addressee` in doc_links.tsv)
        // stand before the verb, up to a clause of their own.
        if (a_end..(a_end + 3).min(send)).any(|q| link_phrase(doc, q, "addressee").is_some()) {
            starts.extend(
                (a_end..(a_end + 16).min(send))
                    .take_while(|&q| !doc.is_punct(q, ";") && !doc.is_punct(q, ":"))
                    .find(|&q| implements_verb(doc, q).is_some()),
            );
        }
        // Mentions are sorted by start, and every one up to x starts before
        // a verb's end: the first to start at or after it is the candidate.
        // "Kế hoạch số ... về thực hiện chuyên đề ..., thực hiện Chỉ thị
        // số ...": the first verb with a document after it.
        let target = |after: usize| {
            let y = mentions.partition_point(|m| m.1 < after);
            (y < mentions.len() && mentions[y].1 <= after + 6).then_some(y)
        };
        // "quán triệt Kết luận số 127-KL/TW của Bộ Chính trị và triển khai
        // Kế hoạch số 29-KH/QU": after "và" the verb is the meeting's
        // second action, not a link between the two.
        let mut verbs: Vec<usize> = starts
            .iter()
            .filter(|&&q| !(q > a_end && doc.words[q - 1] == "và"))
            .filter_map(|&q| implements_verb(doc, q).map(|len| q + len))
            .collect();
        // "Nghị quyết số 07-NQ/HU được Huyện ủy ban hành để thực hiện ...":
        // the passive clause, its agent included, stands before the verb.
        // So may a topic ("Nghị quyết số 305/NQ-HĐND về hỗ trợ ... được
        // ban hành để triển khai ...").
        let reach = if a_end < send && topic_at(doc, a_end).is_some() {
            mentions.get(x + 1).map_or(send, |m| m.1).min(a_end + 48)
        } else {
            a_end + 3
        };
        if let Some(v) = (a_end..reach.min(send)).find_map(|q| passive_link(doc, q, send)) {
            verbs.push(v);
            verbs.sort_unstable();
            verbs.dedup();
        }
        let Some(&first) = verbs.first() else {
            continue;
        };
        let found = verbs
            .iter()
            .find_map(|&after| target(after).map(|y| (after, y)));
        let after = found.map_or(first, |(after, _)| after);
        if let Some((_, y)) = found {
            // "... để thực hiện Quyết định số 512/QĐ-UBND ngày ... của UBND
            // tỉnh, đồng thời cụ thể hóa Chỉ thị số 07-CT/TU": a second
            // carries_out phrase joined after the targets adds its own.
            let mut firsts = vec![y];
            let mut last = *listed_from(doc, &mentions, y, send).last().unwrap_or(&y);
            loop {
                let next = mentions.get(last + 1).map_or(send, |m| m.1.min(send));
                // "...; đồng thời triển khai Kế hoạch ...": past a semicolon
                // the sentence's subject does something else.
                let second = (mentions[last].2..next)
                    .take_while(|&q| !doc.is_punct(q, ";"))
                    .find_map(|q| link_phrase(doc, q, "also").map(|l| q + l))
                    .and_then(|q| implements_verb(doc, q).map(|l| q + l))
                    .and_then(target)
                    .filter(|&y2| y2 > last);
                let Some(y2) = second else {
                    break;
                };
                firsts.push(y2);
                last = *listed_from(doc, &mentions, y2, send).last().unwrap_or(&y2);
            }
            // "thực hiện Chỉ thị 35 và Kế hoạch 915 của Tỉnh ủy": each
            // document of the list is carried out. One of the same issuer
            // after the first was issued with it ("UBND huyện ban hành Kế
            // hoạch 112 triển khai Nghị quyết 05 và Đề án 03").
            let own = issuer_of(doc, ea);
            let listed: Vec<Vec<usize>> = firsts
                .into_iter()
                .map(|y| listed_from(doc, &mentions, y, send))
                .collect();
            for (i, y) in listed.into_iter().flat_map(|l| l.into_iter().enumerate()) {
                let eb = mentions[y].0;
                if i > 0 && own.is_some() && issuer_of(doc, eb) == own {
                    break;
                }
                // "thực hiện Nghị quyết 57 và Kế hoạch 14 của Đảng ủy ...
                // thực hiện Kế hoạch 28": an item that carries out a
                // document of its own starts a new link.
                let next = mentions.get(y + 1).map_or(send, |m| m.1.min(send));
                if i > 0
                    && (mentions[y].2..next.min(mentions[y].2 + 16))
                        .any(|q| implements_verb(doc, q).is_some())
                {
                    break;
                }
                if eb != ea && !link_barred(doc, ea, eb) {
                    let b_end = mentions[y].2;
                    doc.relate(EdgeType::Implements, ea, eb, mentions[x].1, b_end);
                    implemented[y] = true;
                }
            }
        } else if let Some((l, count, kind)) = several_named_above(doc, after, send) {
            // "Kế hoạch số 90-KH/ĐU ... thực hiện hai kế hoạch nêu trên".
            // (Not marked `implemented`, as with a bare kind word below.)
            let a = mentions[x].1;
            for y in named_above(doc, &mentions, a, Some(ea), count, kind.as_deref()) {
                let eb = mentions[y].0;
                if !link_barred(doc, ea, eb) {
                    doc.relate(EdgeType::Implements, ea, eb, a, after + l);
                }
            }
        } else if let Some((kn, kind)) = bare_kind(doc, after, send) {
            // "... số 21-CTr/TU của Tỉnh ủy thực hiện Nghị quyết."
            if let Some(eb) = by_kind.last(mentions[x].1, &kind, ea) {
                // Not marked `implemented`: that mention was named on its
                // own (it may well be the meeting's subject).
                if !link_barred(doc, ea, eb) {
                    doc.relate(EdgeType::Implements, ea, eb, mentions[x].1, after + kn);
                }
            }
        }
    }
    // "Kế hoạch số 12-KH/TU và Kế hoạch số 13-KH/TU ..., lần lượt thực
    // hiện Nghị quyết 66 và Nghị quyết 68": the documents before carry out
    // those after in order, when the two lists are of one length.
    for s in 0..doc.sents.len() {
        let (st, send) = (doc.sents[s].tok_start, doc.sents[s].tok_end.min(n));
        let Some(q) = (st..send).find(|&q| doc.words[q] == "lần" && doc.words_are(q, "lần lượt"))
        else {
            continue;
        };
        let Some(after) = implements_verb(doc, q + 2).map(|l| q + 2 + l) else {
            continue;
        };
        let Some(y) = first_in(after, after + 6) else {
            continue;
        };
        let targets = listed_from(doc, &mentions, y, send);
        let sources: Vec<usize> = (0..mentions.len())
            .filter(|&x| mentions[x].1 >= st && mentions[x].2 <= q)
            .collect();
        if targets.len() < 2 || sources.len() != targets.len() {
            continue;
        }
        for (&x, &y) in sources.iter().zip(&targets) {
            let (ea, eb) = (mentions[x].0, mentions[y].0);
            if ea != eb && !link_barred(doc, ea, eb) {
                doc.relate(EdgeType::Implements, ea, eb, mentions[x].1, mentions[y].2);
                implemented[y] = true;
            }
        }
    }
    // "Đề án được xây dựng nhằm thực hiện Nghị quyết số 07-NQ/TU": a
    // sentence whose subject is a bare kind word carries out the document
    // after its verb; the subject is the last document of that kind named.
    // The subject may open a clause after a speaker's lead-in ("Trình bày
    // dự thảo Đề án, bà X cho biết, Đề án được xây dựng nhằm thực hiện").
    for s in 0..doc.sents.len() {
        let (st0, send) = (doc.sents[s].tok_start, doc.sents[s].tok_end.min(n));
        // (The document carried out may start just past the sentence; with
        // none that near, nothing is linked, and the openings need no look.)
        if first_in(st0, send + 6).is_none() {
            continue;
        }
        let first_doc = first_in(st0, send).map_or(send, |y| mentions[y].1);
        // "...; kế hoạch này được xây dựng để cụ thể hóa ...": a clause
        // after a semicolon opens too.
        let openings = clause_openings(doc, st0, first_doc)
            .chain((st0..send).filter(|&q| doc.is_punct(q, ";")).map(|q| q + 1));
        // "Nghị quyết được Ban Chấp hành Đảng bộ huyện ban hành nhằm thực
        // hiện ...": a passive agent may stand between.
        // "Các nghị quyết được ban hành nhằm cụ thể hóa ...": several
        // documents of the kind, those the sentence before names.
        let Some((st, kind, after, several)) = openings
            .filter_map(|st| {
                let several = quantifier(doc, st, send);
                let k = st + several.map_or(0, |(l, _)| l);
                let (kn, kind) = bare_kind(doc, k, send)?;
                let k = k + kn;
                let k = k + link_phrase(doc, k, "named_above").unwrap_or(0);
                let after = (k..(k + 6).min(send)).find_map(|q| {
                    implements_verb(doc, q)
                        .map(|l| q + l)
                        .or_else(|| passive_link(doc, q, send))
                })?;
                Some((st, kind, after, several.map(|(_, c)| c)))
            })
            .next()
        else {
            continue;
        };
        let Some(y) = first_in(after, after + 6) else {
            continue;
        };
        // ("... để thực hiện Kế hoạch số A và Hướng dẫn số B": each.)
        let first = mentions[y].0;
        let subjects: Vec<usize> = match several {
            Some(count) if s > 0 => {
                let prev = doc.sents[s - 1].tok_start;
                let found: Vec<usize> =
                    named_above(doc, &mentions, st, Some(first), None, Some(&kind))
                        .into_iter()
                        .filter(|&x| mentions[x].1 >= prev)
                        .map(|x| mentions[x].0)
                        .collect();
                if count.is_some_and(|c| c != found.len()) {
                    Vec::new()
                } else {
                    found
                }
            }
            Some(_) => Vec::new(),
            None => by_kind.last(st, &kind, first).into_iter().collect(),
        };
        for ea in subjects {
            for y in listed_from(doc, &mentions, y, send) {
                let eb = mentions[y].0;
                if eb != ea && !link_barred(doc, ea, eb) {
                    doc.relate(EdgeType::Implements, ea, eb, st, mentions[y].2);
                    implemented[y] = true;
                }
            }
        }
    }
    // "Thực hiện Quyết định số 2345/QĐ-UBND ..., quận ban hành Kế hoạch số
    // 210/KH-UBND": a sentence that opens by carrying out a document and
    // then issues another says the second carries out the first.
    // Also after a lead-in with no document in it ("Báo cáo cho biết,
    // triển khai ...", "Theo báo cáo, thực hiện ..."), and with lists on
    // either side ("Thực hiện A và B, ... ban hành C và D").
    for s in 0..doc.sents.len() {
        let (st, send) = (doc.sents[s].tok_start, doc.sents[s].tok_end.min(n));
        // (A sentence with no document issues none.)
        let Some(y0) = first_in(st, send) else {
            continue;
        };
        let first_doc = mentions[y0].1;
        let opening = clause_openings(doc, st, first_doc);
        let Some((v, len)) = opening
            .filter_map(|q| implements_verb(doc, q).map(|l| (q, l)))
            .next()
        else {
            continue;
        };
        // "Trên cơ sở đó, UBND huyện xây dựng Kế hoạch ...": the document
        // carried out is the last of the sentence before.
        let anaphor = v + len < send && matches!(doc.words[v + len], "đó" | "này");
        let before = || {
            let y = mentions.partition_point(|m| m.1 < st);
            (y > 0 && s > 0 && doc.sentence_of(mentions[y - 1].1) == s - 1).then(|| y - 1)
        };
        // "Để triển khai Nghị quyết, UBND thị xã đã ban hành Kế hoạch số
        // ...": a bare kind word refers back to the one document of its
        // kind named before the sentence, and to none when there are two.
        let bare = bare_kind(doc, v + len, send);
        // "Thực hiện các nghị quyết nêu trên, Đảng ủy xã ban hành Kế hoạch
        // số ...": each document named before the sentence.
        if let Some((l, count, kind)) = several_named_above(doc, v + len, send) {
            let carried = named_above(doc, &mentions, st, None, count, kind.as_deref());
            if let Some(y) = issued_after(doc, &mentions, v + len + l, send) {
                link_issued(
                    doc,
                    &mentions,
                    &mut implemented,
                    (y, send),
                    &carried,
                    Some(st),
                );
            }
            continue;
        }
        let Some(x) = (if anaphor {
            before()
        } else if let Some((_, kind)) = &bare {
            by_kind
                .only(st, kind)
                .and_then(|(a, e)| mention_at(&mentions, a, e))
        } else {
            // (A long kind word stands between: "Thực hiện Chương trình
            // hành động số ...".)
            first_in(v + len, v + len + 8)
                .filter(|&y| mention_start(doc, mentions[y].1) <= v + len + 4)
        }) else {
            continue;
        };
        let carried = if anaphor || bare.is_some() {
            vec![x]
        } else {
            listed_from(doc, &mentions, x, send)
        };
        let last = *carried.last().unwrap_or(&x);
        let from = match &bare {
            Some((kn, _)) => v + len + kn,
            None => mentions[last].2,
        };
        let Some(y) = issued_after(doc, &mentions, from, send) else {
            // "Thực hiện Kế hoạch số ..., Chủ tịch UBND huyện đã ban hành 3
            // quyết định. ... đọc các quyết định: - Quyết định số A ...":
            // the documents counted are the ones listed after.
            if bare.is_none() {
                let counted = counted_issue(doc, &mentions, from, send);
                link_each(doc, &mentions, &mut implemented, &counted, &carried, None);
            }
            continue;
        };
        let bare_at = bare.is_some().then_some(st);
        link_issued(
            doc,
            &mentions,
            &mut implemented,
            (y, send),
            &carried,
            bare_at,
        );
    }
    // "Sau khi Nghị quyết số 07-NQ/HU được ban hành, UBND huyện đã cụ thể
    // hóa bằng Kế hoạch số 96/KH-UBND": the document issued in the main
    // clause carries out the one the opening clause says was issued, when
    // the sentence says so with a carries_out phrase after that clause.
    for s in 0..doc.sents.len() {
        let (st, send) = (doc.sents[s].tok_start, doc.sents[s].tok_end.min(n));
        // Also after a lead-in with no document in it ("Báo cáo cho biết,
        // ngay sau khi ...", "Bà A cho biết: ngay sau khi ...").
        let first_doc = first_in(st, send).map_or(send, |y| mentions[y].1);
        let Some(p) = std::iter::once(st)
            .chain(
                (st..(st + 32).min(first_doc))
                    .filter(|&q| doc.is_punct(q, ",") || doc.is_punct(q, ":"))
                    .map(|q| q + 1),
            )
            .find_map(|q| link_phrase(doc, q, "after").map(|l| q + l))
        else {
            continue;
        };
        // "ngay sau khi có Kết luận, ...": the document came out; no
        // passive issuing clause follows.
        let had = p < send && doc.words[p] == "có";
        let p = p + usize::from(had);
        let named = first_in(p, p + 6).filter(|&y| mention_start(doc, mentions[y].1) == p);
        let (x, x_end, bare) = if let Some(y) = named {
            (y, mentions[y].2, false)
        } else {
            let Some((kn, kind)) = bare_kind(doc, p, send) else {
                continue;
            };
            let Some(x) = by_kind
                .only(st, &kind)
                .and_then(|(a, e)| mention_at(&mentions, a, e))
            else {
                continue;
            };
            (x, p + kn, true)
        };
        let clause_end = if had && doc.is_punct(x_end, ",") {
            x_end
        } else {
            let Some((clause_end, _)) = passive_issue(doc, x_end, send) else {
                continue;
            };
            clause_end
        };
        if !(clause_end..send).any(|q| implements_verb(doc, q).is_some()) {
            continue;
        }
        let Some(y) = issued_after(doc, &mentions, clause_end, send) else {
            continue;
        };
        let bare_at = bare.then_some(st);
        link_issued(doc, &mentions, &mut implemented, (y, send), &[x], bare_at);
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
