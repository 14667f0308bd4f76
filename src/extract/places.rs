//! Places: the provinces, districts and wards an article names, checked
//! against the gazetteer, and the article's own locality (which completes
//! every unqualified body: "Quận ủy" in a Cầu Giấy article is Quận ủy Cầu
//! Giấy).

use super::{Doc, Locality};
use crate::facts::{EdgeType, NodeType};
use crate::lexicon::Level;
use crate::text::{fold, slug, TokKind};
use std::collections::BTreeMap;

/// A gazetteer unit a name resolved to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// A province.
    Province(usize),
    /// A district.
    District(usize),
    /// A ward.
    Ward(usize),
    /// A ward the gazetteer does not list (merged or renamed since), named
    /// by tokens `tok..tok + len` after a ward word, in a known district.
    Unlisted {
        /// District index.
        district: usize,
        /// First token of the name.
        tok: usize,
        /// Number of tokens.
        len: usize,
        /// Index into [`WARD_KINDS`].
        kind: usize,
    },
}

/// The ward-level kind words, for [`Place::Unlisted`].
pub const WARD_KINDS: [&str; 3] = ["phường", "xã", "thị trấn"];

/// True when a lexicon phrase (a verb, a role, a body, a meeting word...)
/// starts at token `k`: such a word after "phường" is prose, not a name.
fn starts_phrase(doc: &Doc, k: usize) -> bool {
    let w = &doc.ids;
    let lex = doc.lex;
    lex.verbs.longest(w, k).is_some()
        || lex.roles.longest(w, k).is_some()
        || lex.bodies.longest(w, k).is_some()
        || lex.levels.longest(w, k).is_some()
        || lex.honorifics.longest(w, k).is_some()
        || lex.meeting_nouns.longest(w, k).is_some()
        || lex.cues.longest(w, k).is_some()
        || lex.doc_words.longest(w, k).is_some()
        || lex.is_surname(doc.words[k])
}

/// The display name of an unlisted ward.
pub fn unlisted_name(doc: &Doc, tok: usize, len: usize) -> String {
    crate::text::squash(doc.span_text(tok, tok + len))
}

/// What a level word or a committee word asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Want {
    /// The level.
    pub level: Level,
    /// The unit kind, folded ("quận", "huyện", "thị xã", "thành phố",
    /// "phường", "xã", "thị trấn", "đặc khu"), when the word says it.
    pub kind: Option<&'static str>,
}

impl Want {
    /// A province or centrally-run city, named without a kind word.
    pub const PROVINCE: Want = Want {
        level: Level::Province,
        kind: None,
    };
}

/// Map a level word's canonical form to what it asks for.
pub fn want_for_level_word(canonical: &str, level: Level) -> Want {
    let kind = match canonical {
        "quận" => Some("quận"),
        "huyện" => Some("huyện"),
        "thị xã" => Some("thị xã"),
        "thành phố" => Some("thành phố"),
        "phường" => Some("phường"),
        "xã" => Some("xã"),
        "thị trấn" => Some("thị trấn"),
        "đặc khu" => Some("đặc khu"),
        _ => None,
    };
    Want { level, kind }
}

/// What a committee word ("Quận ủy", "Huyện đoàn") asks for: the level and
/// unit kind of its lexicon entry (`data/lexicon/bodies.tsv`).
pub fn want_for_committee(b: &crate::lexicon::Body) -> Option<Want> {
    if b.class != crate::lexicon::BodyClass::Committee {
        return None;
    }
    let level = b.level?;
    let kind = b
        .kind
        .as_deref()
        .and_then(|k| want_for_level_word(k, level).kind);
    Some(Want { level, kind })
}

/// "Quận ủy Quận 3", "Đảng ủy Phường 14", "Thành ủy TP.HCM": the length of
/// a kind word at `k` (with its abbreviation's full stop) that repeats the
/// level a committee word already asked for, before the unit's name.
fn kind_before_name(doc: &Doc, want: Want, k: usize, end: usize) -> Option<usize> {
    let (mut n, lw) = doc.lex.levels.longest(&doc.ids[..end], k)?;
    if doc.is_punct(k + n, ".") {
        n += 1;
    }
    let named = k + n < end && (doc.toks[k + n].kind == TokKind::Num || doc.toks[k + n].cap);
    let kind = want_for_level_word(&lw.canonical, lw.level).kind;
    (named && lw.level == want.level && (want.kind.is_none() || kind == want.kind)).then_some(n)
}

/// The place named at `k`, with a repeated kind word before it ("Quận ủy
/// Quận 3") or without: (tokens used, place).
pub fn place_at(
    doc: &Doc,
    want: Want,
    k: usize,
    end: usize,
    loc: &Locality,
) -> Option<(usize, Place)> {
    kind_before_name(doc, want, k, end)
        .and_then(|n| match_place(doc, want, k + n, end, loc).map(|(m, p)| (n + m, p)))
        .or_else(|| match_place(doc, want, k, end, loc))
}

/// Length of the run of capitalised words (or numbers, as in "Quận 1") from `k`;
/// with `dashes`, across a dash between two of them ("Văn Miếu – Quốc Tử Giám").
fn cap_run(doc: &Doc, k: usize, end: usize, dashes: bool) -> usize {
    let mut n = 0;
    while k + n < end {
        let t = doc.toks[k + n];
        let ok = match t.kind {
            TokKind::Word => t.cap,
            // "Quận 1", "Phường 12", "Mỹ Đình 1": a number first or last;
            // not a row number on the next line of a flattened table
            // ("... Đảng ủy phường", "2    Mai Hữu Tình ...").
            TokKind::Num => {
                (n == 0 && !t.newline_before)
                    || (n > 0 && doc.toks[k + n - 1].kind == TokKind::Word)
            }
            // "phường Văn Miếu – Quốc Tử Giám": a dash between two
            // capitalised parts of one name (longer runs are tried first,
            // so a place followed by "– Nguyễn Văn A" still matches alone).
            TokKind::Punct => {
                dashes
                    && n > 0
                    && doc.is_dash(k + n)
                    && doc.toks[k + n - 1].kind == TokKind::Word
                    && k + n + 1 < end
                    && doc.toks[k + n + 1].kind == TokKind::Word
                    && doc.toks[k + n + 1].cap
            }
        };
        if !ok || (n > 0 && t.newline_before) {
            break;
        }
        n += 1;
    }
    n
}

/// Resolve the capitalised name at `k` as a unit of the wanted level,
/// scoped by the locality known so far. Returns (tokens used, place).
pub fn match_place(
    doc: &Doc,
    want: Want,
    k: usize,
    end: usize,
    loc: &Locality,
) -> Option<(usize, Place)> {
    let run = cap_run(doc, k, end, true);
    if run == 0 {
        return None;
    }
    // A number names a unit only after its kind word ("Phường 16", "Quận
    // 3"); "Đảng ủy 16 phường" counts committees.
    if doc.toks[k].kind == TokKind::Num
        && (doc.lex.levels.ending_at(&doc.ids, k, 2).is_none()
            || doc.lex.counted.longest(&doc.ids[..end], k + 1).is_some())
    {
        return None;
    }
    let g = doc.gaz;
    // "Bí thư Đảng ủy phường Hồ Văn Lâm": a family name that is also a
    // place name ("phường Hồ" of Bắc Ninh) starts a person's name when it
    // would be a ward out of the article's province, or when what follows
    // the place does not start a name of its own.
    let name_here = super::bodies::name_starts(doc, k, end);
    // "Chủ tịch UBND xã Quỳnh Văn Bốn": three words with a middle name
    // ("Văn", "Thị") read as a name too, whatever the family name.
    let middle_named = run == 3 && doc.middle_name_at(k + 1);
    for len in (1..=run.min(g.max_words)).rev() {
        // (A name never ends on its dash.)
        if doc.toks[k + len - 1].kind == TokKind::Punct {
            continue;
        }
        // (The gazetteer writes the dash of a name as a hyphen; most runs
        // have none.)
        let words = &doc.words[k..k + len];
        let name = if words.iter().any(|w| matches!(*w, "–" | "—")) {
            words
                .iter()
                .map(|w| if matches!(*w, "–" | "—") { "-" } else { w })
                .collect::<Vec<_>>()
                .join(" ")
        } else {
            words.join(" ")
        };
        // "xã Nhơn Ái, huyện Phong Điền", "Phường 7 (Quận 8)": the district
        // written right after a ward is where to look for it first.
        let written = (want.level == Level::Ward)
            .then(|| written_district(doc, k + len, end, loc))
            .flatten()
            .map(|d| Locality {
                district: Some(d),
                province: Some(g.districts[d].province),
                ..*loc
            });
        let found = written
            .and_then(|l| resolve_name(doc, want, &name, &l))
            .or_else(|| resolve_name(doc, want, &name, loc));
        if let Some(p) = found {
            if name_here || middle_named {
                // Only wards: "tỉnh Hà Nam" or "quận Hoàng Mai" elsewhere are
                // places named by people all the time.
                // Written without "phường"/"xã" ("Đảng ủy Phùng Văn Hạnh"), a
                // ward outside the article's district is a name too.
                let elsewhere = match p {
                    Place::Ward(w) => {
                        loc.province
                            .is_some_and(|lp| g.successor(g.wards[w].province) != g.successor(lp))
                            || (want.kind.is_none()
                                && loc.district.is_some_and(|d| g.wards[w].district != Some(d)))
                    }
                    _ => false,
                };
                // "quận Hà Đông Đại tá Đoàn Văn Hiếu": a rank before the
                // name that follows the place.
                let person_at = |at: usize| {
                    super::bodies::name_starts(doc, at, end)
                        || doc
                            .lex
                            .ranks
                            .longest(&doc.ids[..end], at)
                            .is_some_and(|(n, _)| super::bodies::name_starts(doc, at + n, end))
                };
                // ("xã Lục Sơn - Vi Văn Nguyện": the name after a dash.)
                let after = k + len + usize::from(doc.is_dash(k + len));
                let swallowed = name_here && len < run && !person_at(after);
                if elsewhere || swallowed {
                    continue;
                }
            }
            return Some((len, p));
        }
    }
    // A ward the gazetteer no longer lists, in the article's district: a
    // short capitalised name right after "phường"/"xã"/"thị trấn".
    let kind = want
        .kind
        .and_then(|k| WARD_KINDS.iter().position(|w| *w == k));
    let plausible = (2..=3).contains(&run)
        && k > 0
        && !doc.toks[k].newline_before
        && doc.toks[k - 1].end < doc.toks[k].start
        && doc.toks[k - 1].kind == TokKind::Word
        && (k..k + run).all(|t| doc.toks[t].kind == TokKind::Word && !doc.toks[t].upper)
        && !starts_phrase(doc, k)
        // "Chủ tịch HĐND xã Giáp Văn Thạo chủ trì": a person's name, its
        // middle name "Văn" or "Thị", after a title's bare level word.
        && !(run == 3 && doc.middle_name_at(k + 1));
    match (want.level, loc.district, kind) {
        (Level::Ward, Some(d), Some(kind)) if plausible && !loc.post_2025 => Some((
            run,
            Place::Unlisted {
                district: d,
                tok: k,
                len: run,
                kind,
            },
        )),
        _ => None,
    }
}

/// The district named right after a ward's name at `k`: ", huyện X",
/// "(Quận 8)", "thuộc thị xã X". Only one of the old map: since 2025 no
/// district stands between a ward and its province.
fn written_district(doc: &Doc, k: usize, end: usize, loc: &Locality) -> Option<usize> {
    if loc.post_2025 || k + 2 >= end {
        return None;
    }
    let j = if doc.is_punct(k, ",") || doc.is_punct(k, "(") || doc.words[k] == "thuộc" {
        k + 1
    } else {
        return None;
    };
    let (l, lw) = doc.lex.levels.longest(&doc.ids[..end], j)?;
    if !matches!(lw.level, Level::District | Level::City) {
        return None;
    }
    let want = want_for_level_word(&lw.canonical, lw.level);
    match match_place(doc, want, j + l, end, loc)? {
        (_, Place::District(d)) => Some(d),
        _ => None,
    }
}

fn resolve_name(doc: &Doc, want: Want, name: &str, loc: &Locality) -> Option<Place> {
    let g = doc.gaz;
    let prefer = |cands: Vec<usize>, prov_of: &dyn Fn(usize) -> usize| -> Option<usize> {
        if cands.is_empty() {
            return None;
        }
        if let Some(p) = loc.province {
            if let Some(&c) = cands.iter().find(|&&c| prov_of(c) == p) {
                return Some(c);
            }
        }
        if let Some(h) = g.hanoi() {
            if let Some(&c) = cands.iter().find(|&&c| prov_of(c) == h) {
                return Some(c);
            }
        }
        cands.first().copied()
    };
    let district_prov = |d: usize| g.districts[d].province;
    match want.level {
        Level::Province => g.province(name).map(Place::Province),
        Level::City => {
            if let Some(p) = g.province(name).filter(|&p| g.provinces[p].is_city()) {
                return Some(Place::Province(p));
            }
            let c = g.districts_named(name, Some("thành phố"), None);
            prefer(c, &district_prov).map(Place::District)
        }
        Level::District => {
            let mut c = g.districts_named(name, want.kind, None);
            // In the article's province a namesake of another kind elsewhere
            // does not count ("huyện Phong Điền" of Huế, a thị xã since 2025,
            // is not the huyện of Cần Thơ).
            if let Some(p) = loc.province {
                if !c.iter().any(|&d| g.districts[d].province == p) {
                    let here = g.districts_named(name, None, Some(p));
                    if !here.is_empty() {
                        c = here;
                    }
                }
            }
            // Districts change kind when they grow (huyện Thủy Nguyên became
            // a thành phố in 2025, thị xã Từ Sơn one in 2021): an older
            // article's kind word names a unit the gazetteer lists under its
            // new kind, when no unit of the old kind has the name.
            // Numbered ones do not ("đường huyện 5" is a road, not Quận 5).
            if c.is_empty() && want.kind.is_some() && !crate::gazetteer::is_numbered(name) {
                c = g.districts_named(name, None, None);
            }
            prefer(c, &district_prov).map(Place::District)
        }
        Level::Ward => {
            let post = loc.post_2025;
            let kind_ok = |w: &usize| {
                want.kind
                    .is_none_or(|k| crate::text::fold(&g.wards[*w].kind) == k)
            };
            // Narrowest scope first, then the other era (an article may name a
            // ward by its new name before its date is known, or by its old
            // name after the reform), and the whole country last.
            let tries = [
                (loc.district, None, post),
                (None, loc.province, post),
                (loc.district, None, !post),
                (None, loc.province, !post),
                (None, None, post),
            ];
            let mut c = Vec::new();
            // Without a district, a scoped try would be the whole country's
            // before the province had its turn ("các phường Bắc Sơn, Nam Sơn
            // thuộc quận Kiến An (cũ)" in a 2025 article of Hải Phòng is not
            // the new phường Nam Sơn of Bắc Ninh).
            let last = tries.len() - 1;
            // Wards grow (thị trấn Minh Đức of huyện Thủy Nguyên is a
            // phường since 2025): in the article's own district, an older
            // kind word names a unit the gazetteer lists under a newer kind,
            // before any namesake of the kind written elsewhere in the
            // country.
            let grown = |w: &usize| {
                let now = crate::text::fold(&g.wards[*w].kind);
                match want.kind {
                    Some("xã") => now == "phường" || now == "thị trấn",
                    Some("thị trấn") => now == "phường",
                    _ => false,
                }
            };
            for (t, (d, p, era)) in tries.into_iter().enumerate() {
                if t < last && d.is_none() && p.is_none() && loc.province.is_some() {
                    continue;
                }
                if t == last && loc.district.is_some() {
                    c = g
                        .wards_named(name, loc.district, None, post)
                        .into_iter()
                        .filter(grown)
                        .collect();
                    if !c.is_empty() {
                        break;
                    }
                }
                c = g
                    .wards_named(name, d, p, era)
                    .into_iter()
                    .filter(kind_ok)
                    .collect();
                if !c.is_empty() {
                    break;
                }
                // The other era's units of the province the reform merged
                // ("thị trấn Đồng Văn của huyện Đồng Văn (cũ)", tỉnh Tuyên Quang).
                if let (None, Some(p), true) = (d, p, era != post) {
                    c = g
                        .wards_named_across(name, p, era)
                        .into_iter()
                        .filter(kind_ok)
                        .collect();
                    if !c.is_empty() {
                        break;
                    }
                }
            }
            prefer(c, &|w| g.wards[w].province).map(Place::Ward)
        }
    }
}

/// A place named in the text.
#[derive(Debug, Clone, Copy)]
struct Mention {
    place: Place,
    /// The kind word the text gives the place, when it gives one.
    kind: Option<&'static str>,
    tok: usize,
    len: usize,
}

/// The places a text names, and the district kinds its unqualified
/// committee words ask for.
#[derive(Debug, Default)]
struct Scan {
    mentions: Vec<Mention>,
    /// "Quận ủy", "HĐND huyện", "toàn quận": district words with no name
    /// after them, each one's kind. Such words mean the article's own
    /// district ("các quận, huyện" names both kinds alike).
    bare_kinds: Vec<&'static str>,
}

/// Find every "level word + Name" and "committee + Name" in the text.
/// (`deciding`: the scan decides the article's locality, and passes over
/// home towns.)
fn scan(doc: &Doc, loc: &Locality, deciding: bool) -> Scan {
    let mut out = Vec::new();
    let mut bare_kinds = Vec::new();
    let n = doc.toks.len();
    let mut i = 0;
    while i < n {
        let level = doc.lex.levels.longest(&doc.ids, i);
        // "quê ở tỉnh Cao Bằng": a person's home town, not the article's place.
        // (The cheap level-word look-up first: most tokens are none.)
        if let Some((l, _)) = level.filter(|_| deciding) {
            if doc.lex.hometowns.ending_at(&doc.ids, i, 3).is_some() {
                i += l + cap_run(doc, i + l, n, false).max(1);
                continue;
            }
        }
        let committee = doc
            .lex
            .bodies
            .longest(&doc.ids, i)
            .and_then(|(len, b)| want_for_committee(b).map(|w| (len, w)));
        let want = committee
            .or_else(|| level.map(|(len, lw)| (len, want_for_level_word(&lw.canonical, lw.level))));
        // "Hợp tác xã Tân Phú": a body whose head ends in a level word is
        // named after the place, not the place itself.
        if let Some((len, _)) = want.filter(|_| committee.is_none()) {
            if doc.head_ending_in(i, len).is_some() {
                i += len + cap_run(doc, i + len, n, false);
                continue;
            }
        }
        let Some((len, want)) = want else {
            // A province named bare where only a province stands: a
            // provincial paper's masthead ("Báo Nghệ An điện tử") or
            // brackets after a unit ("xã Yên Thành (Nghệ An)").
            let bare = (doc.words[i] == "báo" && doc.toks[i].cap)
                || (doc.is_punct(i, "(") && i > 0 && doc.toks[i - 1].kind == TokKind::Word);
            if bare {
                if let Some((l, place)) = match_place(doc, Want::PROVINCE, i + 1, n, loc) {
                    let closed = doc.words[i] == "báo" || doc.is_punct(i + 1 + l, ")");
                    if closed {
                        out.push(Mention {
                            place,
                            kind: None,
                            tok: i + 1,
                            len: l,
                        });
                        i += 1 + l;
                        continue;
                    }
                }
            }
            i += 1;
            continue;
        };
        let mut k = i + len;
        // "TP. Hồ Chí Minh" (a full stop after any other level word ends
        // the sentence), "Đảng ủy phường X" (a level word after the committee word).
        if doc.is_punct(k, ".") && doc.words[i] == "tp" {
            k += 1;
        }
        // "hướng dẫn 6 xã: A, B, C", "các phường: D, E": a list's first name
        // after a colon.
        if doc.is_punct(k, ":")
            && i > 0
            && (doc.words[i - 1] == "các"
                || doc.numeral_at(i - 1).is_some()
                || doc.toks[i - 1].kind == TokKind::Num)
        {
            k += 1;
        }
        let want = if want.level == Level::Ward && want.kind.is_none() {
            match doc.lex.levels.longest(&doc.ids, k) {
                Some((l2, lw)) => {
                    k += l2;
                    want_for_level_word(&lw.canonical, lw.level)
                }
                None => want,
            }
        } else {
            want
        };
        match place_at(doc, want, k, n, loc) {
            Some((l, place)) => {
                out.push(Mention {
                    place,
                    kind: want.kind,
                    tok: k,
                    len: l,
                });
                i = k + l;
            }
            None => {
                if let (Level::District, Some(kind)) = (want.level, want.kind) {
                    bare_kinds.push(kind);
                }
                i += len
            }
        }
    }
    Scan {
        mentions: out,
        bare_kinds,
    }
}

/// Whether "(cũ)" stands at token `k`: the unit before it is a former one.
fn former_at(doc: &Doc, k: usize) -> bool {
    doc.is_punct(k, "(") && doc.words.get(k + 1) == Some(&"cũ") && doc.is_punct(k + 2, ")")
}

/// Decide the article's locality from the places it names.
fn decide(doc: &Doc, scanned: &Scan) -> Locality {
    let mentions = &scanned.mentions;
    let g = doc.gaz;
    let mut loc = Locality {
        post_2025: doc.published_after_reform(),
        ..Default::default()
    };
    // Provinces named outright, else the province of the districts named.
    let mut prov_votes: BTreeMap<usize, (usize, usize)> = BTreeMap::new();
    let mut dist_votes: BTreeMap<usize, (usize, usize)> = BTreeMap::new();
    let lead_end = doc.lead_end();
    for (order, m) in mentions.iter().enumerate() {
        // The headline and the lead name the host; guests' titles, later,
        // name where the guests come from.
        let weight = if m.tok < lead_end { 2 } else { 1 };
        match m.place {
            Place::Province(p) => {
                // Since July 2025 a province the reform merged away is a
                // former one ("thị xã Giá Rai (cũ), tỉnh Bạc Liêu, nay
                // thuộc tỉnh Cà Mau"): it speaks of the province that took
                // it over.
                let p = if loc.post_2025 { g.successor(p) } else { p };
                let e = prov_votes.entry(p).or_insert((0, usize::MAX - order));
                e.0 += weight;
            }
            // "3 xã của huyện Hoàng Su Phì (cũ)" since July 2025: a former
            // district, which speaks only for the province that took it over.
            Place::District(d) if loc.post_2025 && former_at(doc, m.tok + m.len) => {
                let p = g.successor(g.districts[d].province);
                let e = prov_votes.entry(p).or_insert((0, usize::MAX - order));
                e.0 += weight;
            }
            Place::District(d) => {
                let e = dist_votes.entry(d).or_insert((0, usize::MAX - order));
                e.0 += weight;
            }
            // A ward of the new map the lead names, by a name no other
            // province has, speaks for its province ("UBND xã Tuyên Lâm
            // tổ chức ..." outweighs "giáp ranh với tỉnh Hà Tĩnh" later).
            Place::Ward(w) if m.tok < lead_end && g.wards[w].post_2025 && loc.post_2025 => {
                let ward = &g.wards[w];
                let only = g
                    .wards_named(&fold(&ward.name), None, None, true)
                    .iter()
                    .all(|&x| g.wards[x].province == ward.province);
                if only {
                    let e = prov_votes
                        .entry(ward.province)
                        .or_insert((0, usize::MAX - order));
                    e.0 += weight;
                }
            }
            Place::Ward(_) | Place::Unlisted { .. } => {}
        }
    }
    // "Bí thư Quận ủy", "toàn huyện" unqualified speak of the host: of the districts
    // named, those of its kind gain a vote for each such word. A guest's
    // titles name their district in full.
    if dist_votes.len() > 1 {
        for (&d, v) in dist_votes.iter_mut() {
            let kind = fold(&g.districts[d].kind);
            v.0 += scanned.bare_kinds.iter().filter(|&&k| k == kind).count();
        }
    }
    // Since July 2025 there are no districts: in a later article a district
    // is a former unit ("sắp xếp thị trấn A và xã B của huyện C (cũ)"),
    // which does not place the article when it names its province or a
    // ward of the new map.
    let new_map = !prov_votes.is_empty()
        || mentions
            .iter()
            .any(|m| matches!(m.place, Place::Ward(w) if g.wards[w].post_2025));
    if loc.post_2025 && new_map {
        dist_votes.clear();
    }
    let best =
        |v: &BTreeMap<usize, (usize, usize)>| v.iter().max_by_key(|(_, s)| **s).map(|(k, _)| *k);
    // "Huyện ủy Châu Thành, tỉnh Tiền Giang": a district name used in
    // several provinces is the one of the province the text names.
    if let Some(p) = best(&prov_votes) {
        let mut moved: BTreeMap<usize, (usize, usize)> = BTreeMap::new();
        for (d, v) in std::mem::take(&mut dist_votes) {
            let d = if g.districts[d].province == p {
                d
            } else {
                g.districts_named(&fold(&g.districts[d].name), None, Some(p))
                    .first()
                    .copied()
                    .unwrap_or(d)
            };
            let e = moved.entry(d).or_insert((0, v.1));
            e.0 += v.0;
            e.1 = e.1.max(v.1);
        }
        dist_votes = moved;
    }
    loc.district = best(&dist_votes);
    // The district named by a kind it no longer has keeps that kind in the
    // article ("huyện Thủy Nguyên" in 2023), when the text uses that kind
    // more often than the listed one ("thị xã Đông Triều" throughout, and
    // twice "thành lập thành phố Đông Triều", the city it was to become).
    if let Some(d) = loc.district {
        let listed = fold(&g.districts[d].kind);
        let mut counts: Vec<(&'static str, usize)> = Vec::new();
        for k in mentions
            .iter()
            // A mention read before the province was known may be a
            // namesake of another province.
            .filter(|m| {
                matches!(m.place, Place::District(x)
                    if x == d || g.districts[x].name == g.districts[d].name)
            })
            .filter_map(|m| m.kind)
        {
            match counts.iter_mut().find(|(c, _)| *c == k) {
                Some((_, n)) => *n += 1,
                None => counts.push((k, 1)),
            }
        }
        // Unqualified words ("Thị ủy", "HĐND huyện") weigh in for a kind
        // the text also gives the district by name.
        let bare = |k: &str| scanned.bare_kinds.iter().filter(|&&b| b == k).count();
        for (k, n) in counts.iter_mut() {
            *n += bare(k);
        }
        let of_listed = counts
            .iter()
            .find(|(c, _)| *c == listed)
            .map_or_else(|| bare(&listed), |c| c.1);
        // (Ties go to the kind written first.)
        let most = counts
            .iter()
            .rev()
            .max_by_key(|(_, n)| *n)
            .filter(|&&(k, n)| k != listed && n > of_listed);
        if let Some(&(k, _)) = most {
            loc.district_kind = Some(k);
        }
    }
    loc.province = loc
        .district
        .map(|d| g.districts[d].province)
        .or_else(|| best(&prov_votes));
    // A ward in the headline or lead sets the article's ward (and, when the
    // text names no district, its district and province).
    let wards: Vec<&Mention> = mentions
        .iter()
        .filter(|m| matches!(m.place, Place::Ward(_)))
        .collect();
    let in_scope = |w: usize| {
        loc.district.is_none_or(|d| g.wards[w].district == Some(d))
            && loc.province.is_none_or(|p| g.wards[w].province == p)
    };
    // With no district named, the wards named vote for the districts they
    // may lie in: a ward name several districts share ("phường Quang
    // Trung" of Hà Đông and of Đống Đa) is the one in the district of the
    // other wards.
    let mut ward_votes: BTreeMap<usize, usize> = BTreeMap::new();
    if loc.district.is_none() && wards.len() > 1 {
        for m in &wards {
            let Place::Ward(w) = m.place else { continue };
            let ward = &g.wards[w];
            let mut ds: Vec<usize> = g
                .wards_named(&fold(&ward.name), None, loc.province, ward.post_2025)
                .into_iter()
                .filter_map(|x| g.wards[x].district)
                .collect();
            ds.sort_unstable();
            ds.dedup();
            let weight = if m.tok < lead_end { 2 } else { 1 };
            for d in ds {
                *ward_votes.entry(d).or_insert(0) += weight;
            }
        }
    }
    let voted = |w: usize| -> usize {
        let ward = &g.wards[w];
        let own = ward
            .district
            .and_then(|d| ward_votes.get(&d))
            .copied()
            .unwrap_or(0);
        g.wards_named(&fold(&ward.name), None, Some(ward.province), ward.post_2025)
            .into_iter()
            .filter_map(|x| {
                g.wards[x]
                    .district
                    .and_then(|d| ward_votes.get(&d))
                    .map(|&v| (v, x))
            })
            .filter(|&(n, _)| n > own)
            .max_by_key(|&(n, x)| (n, std::cmp::Reverse(x)))
            .map_or(w, |(_, x)| x)
    };
    // A ward read before the district was known may be a namesake
    // elsewhere ("Phường 14" of Gò Vấp for "Phường 14, Quận 3"): the one
    // of the article's district wins.
    let scoped = |w: usize| {
        if in_scope(w) {
            return Some(if ward_votes.is_empty() { w } else { voted(w) });
        }
        let ward = &g.wards[w];
        let name = fold(&ward.name);
        if let Some(d) = loc.district {
            return g
                .wards_named(&name, Some(d), None, ward.post_2025)
                .first()
                .copied();
        }
        // "xã Tân Lập (tỉnh Phú Thọ)": the province named after the ward
        // decides which of the namesakes it is.
        let p = loc.province?;
        [loc.post_2025, !loc.post_2025]
            .into_iter()
            .find_map(|era| g.wards_named(&name, None, Some(p), era).first().copied())
    };
    let lead_ward = wards
        .iter()
        .filter(|m| m.tok < lead_end)
        .filter_map(|m| match m.place {
            Place::Ward(w) => scoped(w),
            _ => None,
        })
        .next();
    let only_ward = {
        let mut ws: Vec<usize> = wards
            .iter()
            .filter_map(|m| match m.place {
                Place::Ward(w) => scoped(w),
                _ => None,
            })
            .collect();
        ws.sort();
        ws.dedup();
        (ws.len() == 1 && loc.district.is_none()).then(|| ws[0])
    };
    if let Some(w) = lead_ward.or(only_ward) {
        let ward = &g.wards[w];
        loc.ward = Some(w);
        if loc.district.is_none() {
            loc.district = ward.district;
        }
        if loc.province.is_none() {
            loc.province = Some(ward.province);
        }
        if ward.post_2025 {
            loc.post_2025 = true;
        }
    }
    loc
}

/// Emit the place nodes and edges the text supports.
fn emit(doc: &mut Doc, mentions: &[Mention]) {
    doc.place_starts = mentions
        .iter()
        .filter(|m| !matches!(m.place, Place::Province(_)))
        .map(|m| m.tok)
        .collect();
    for m in mentions {
        let (a, b) = (m.tok, m.tok + m.len);
        match m.place {
            Place::Province(p) => {
                province_entity(doc, p, false);
            }
            Place::District(d) => {
                let e = district_entity(doc, d, false);
                let p = doc.gaz.districts[d].province;
                let pe = province_entity(doc, p, true);
                doc.relate(EdgeType::PartOf, e, pe, a, b);
            }
            Place::Unlisted {
                district,
                tok,
                len,
                kind,
            } => {
                let e = unlisted_ward_entity(doc, district, tok, len, kind);
                let de = district_entity(doc, district, true);
                doc.relate(EdgeType::PartOf, e, de, a, b);
            }
            Place::Ward(w) => {
                doc.wards_named.push((w, m.kind, m.tok));
                let e = ward_entity(doc, w, false);
                let ward = &doc.gaz.wards[w];
                let (dist, prov) = (ward.district, ward.province);
                // A former ward named in a later article is under its
                // district when the text names that too ("của huyện C (cũ)").
                let named = |d: usize| {
                    mentions
                        .iter()
                        .any(|m| matches!(m.place, Place::District(x) if x == d))
                };
                // "Xã Đất Mũi được thành lập trên cơ sở xã Đất Mũi và xã Viên
                // An thuộc huyện Ngọc Hiển (cũ)": the former namesake of a
                // new unit the article names is kept under its province, so
                // that the name reads as the new unit's (the annotation
                // format places a ward's name once). The gazetteer may
                // spell the two apart in case ("thị trấn KBang", "xã Kbang").
                let namesake = || {
                    mentions.iter().any(|m| match m.place {
                        Place::Ward(x) => {
                            let new = &doc.gaz.wards[x];
                            new.post_2025
                                && doc.gaz.successor(prov) == doc.gaz.successor(new.province)
                                && fold(&new.name) == fold(&ward.name)
                        }
                        _ => false,
                    })
                };
                match dist {
                    Some(d)
                        if !ward.post_2025 && (!doc.loc.post_2025 || (named(d) && !namesake())) =>
                    {
                        let de = district_entity(doc, d, true);
                        doc.relate(EdgeType::PartOf, e, de, a, b);
                    }
                    _ => {
                        let pe = province_entity(doc, prov, true);
                        doc.relate(EdgeType::PartOf, e, pe, a, b);
                    }
                }
            }
        }
    }
}

fn mark_inferred(doc: &mut Doc, e: usize, inferred: bool) {
    let attrs = &mut doc.facts.entities[e].attrs;
    let was = attrs
        .get("inferred")
        .and_then(|v| v.as_bool())
        .unwrap_or(true);
    attrs.insert("inferred".into(), (was && inferred).into());
}

/// The node of a province; `inferred` when the text does not name it.
pub fn province_entity(doc: &mut Doc, p: usize, inferred: bool) -> usize {
    let prov = &doc.gaz.provinces[p];
    let key = format!("province:{}", slug(&prov.name));
    let (name, code, kind) = (prov.name.clone(), prov.code.clone(), prov.kind.clone());
    let e = doc.entity(NodeType::Province, &key, &name);
    let attrs = &mut doc.facts.entities[e].attrs;
    attrs.insert("code".into(), code.into());
    attrs.insert("kind".into(), kind.into());
    mark_inferred(doc, e, inferred);
    e
}

/// The node of a district; `inferred` when the text does not name it.
pub fn district_entity(doc: &mut Doc, d: usize, inferred: bool) -> usize {
    let g = doc.gaz;
    let dist = &g.districts[d];
    let prov = &g.provinces[dist.province];
    let key = format!("district:{}/{}", slug(&prov.name), slug(&dist.name));
    let name = doc.spelled(&dist.display()).into_owned();
    let e = doc.entity(NodeType::District, &key, &name);
    let attrs = &mut doc.facts.entities[e].attrs;
    attrs.insert("code".into(), dist.code.clone().into());
    attrs.insert("kind".into(), dist.kind.clone().into());
    attrs.insert("province".into(), prov.name.clone().into());
    mark_inferred(doc, e, inferred);
    e
}

/// The node of a ward; `inferred` when the text does not name it.
pub fn ward_entity(doc: &mut Doc, w: usize, inferred: bool) -> usize {
    let g = doc.gaz;
    let ward = &g.wards[w];
    let prov = &g.provinces[ward.province];
    let key = match ward.district {
        Some(d) if !ward.post_2025 => format!(
            "ward:{}/{}/{}",
            slug(&prov.name),
            slug(&g.districts[d].name),
            slug(&ward.name)
        ),
        _ => format!("ward:{}/{}", slug(&prov.name), slug(&ward.name)),
    };
    let name = doc.spelled(&ward.display()).into_owned();
    let e = doc.entity(NodeType::Ward, &key, &name);
    let attrs = &mut doc.facts.entities[e].attrs;
    attrs.insert("code".into(), ward.code.clone().into());
    attrs.insert("kind".into(), ward.kind.clone().into());
    if let Some(d) = ward.district.filter(|_| !ward.post_2025) {
        attrs.insert("district".into(), g.districts[d].display().into());
    }
    attrs.insert("province".into(), prov.name.clone().into());
    mark_inferred(doc, e, inferred);
    e
}

/// The node of a ward the gazetteer does not list.
pub fn unlisted_ward_entity(
    doc: &mut Doc,
    district: usize,
    tok: usize,
    len: usize,
    kind: usize,
) -> usize {
    let g = doc.gaz;
    let dist = &g.districts[district];
    let prov = &g.provinces[dist.province];
    let name = unlisted_name(doc, tok, len);
    let key = format!(
        "ward:{}/{}/{}",
        slug(&prov.name),
        slug(&dist.name),
        slug(&name)
    );
    let (dname, pname) = (dist.display().into_owned(), prov.name.clone());
    let e = doc.entity(NodeType::Ward, &key, &name);
    let attrs = &mut doc.facts.entities[e].attrs;
    attrs.insert("kind".into(), WARD_KINDS[kind.min(2)].into());
    attrs.insert("district".into(), dname.into());
    attrs.insert("province".into(), pname.into());
    attrs.insert("unlisted".into(), true.into());
    mark_inferred(doc, e, false);
    e
}

/// Ward names of the article's district written without "phường" ("hai
/// phường Quan Hoa và Nghĩa Tân"): the gazetteer knows them.
fn bare_wards(doc: &Doc) -> Vec<Mention> {
    let Some(d) = doc.loc.district else {
        return Vec::new();
    };
    let g = doc.gaz;
    let mut out = Vec::new();
    let n = doc.toks.len();
    let mut i = 0;
    let mut street_end = None;
    // The district's own name, and (not written with "xã") its province's:
    // "Long An có vị trí ..." in an article of Cần Giuộc, which has a xã
    // Long An. (Folded once, not for every capitalised run.)
    let own_names = [
        crate::text::fold(&g.districts[d].name),
        crate::text::fold(&g.provinces[g.districts[d].province].name),
    ];
    while i < n {
        let t = doc.toks[i];
        let prev_cap = i > 0
            && doc.toks[i - 1].cap
            && !doc.toks[i].newline_before
            && doc.toks[i - 1].kind == TokKind::Word;
        if t.kind != TokKind::Word || !t.cap || prev_cap {
            i += 1;
            continue;
        }
        let run = cap_run(doc, i, n, false);
        // Only a whole capitalised run of two or more words counts: a part
        // of a longer name ("Trung Hòa Nhân Chính") or a street is not a ward.
        if (2..=4).contains(&run) {
            let name = doc.words[i..i + run].join(" ");
            // "các tuyến phố Khương Đình, Hạ Đình": the items of a list
            // after a feature word are features too.
            let listed = i > 0
                && (doc.is_punct(i - 1, ",") || doc.words[i - 1] == "và")
                && street_end == Some(i - 1);
            let street = listed || doc.lex.place_features.ending_at(&doc.ids, i, 3).is_some();
            if street {
                street_end = Some(i + run);
            } else {
                let own = own_names.contains(&name);
                if let Some(&w) = g
                    .wards_named(&name, Some(d), None, false)
                    .first()
                    .filter(|_| !own)
                {
                    out.push(Mention {
                        place: Place::Ward(w),
                        kind: None,
                        tok: i,
                        len: run,
                    });
                }
            }
        }
        i += run.max(1);
    }
    out
}

/// Read a locality given as metadata ("quận Cầu Giấy, Hà Nội", "phường
/// Quảng An, quận Tây Hồ, Hà Nội", "tỉnh Gia Lai"), most general part last.
pub fn parse_locality(doc: &Doc, s: &str) -> Locality {
    let g = doc.gaz;
    let mut loc = Locality::default();
    let parts: Vec<String> = s
        .split(',')
        .map(|p| crate::text::fold(p.trim()))
        .filter(|p| !p.is_empty())
        .collect();
    // Province first (the last part), then district, then ward, each scoped.
    for part in parts.iter().rev() {
        let words: Vec<&str> = part.split(' ').collect();
        let (kind, name) = match doc.lex.levels.longest(&doc.lex.ids(&words), 0) {
            Some((n, lw)) if n < words.len() => (Some(lw), words[n..].join(" ")),
            _ => (None, part.clone()),
        };
        let level = kind.as_ref().map(|k| k.level);
        if loc.province.is_none()
            && matches!(level, None | Some(Level::Province) | Some(Level::City))
        {
            if let Some(p) = g.province(&name) {
                loc.province = Some(p);
                continue;
            }
        }
        if loc.district.is_none()
            && matches!(level, None | Some(Level::District) | Some(Level::City))
        {
            let k = kind
                .as_ref()
                .map(|k| k.canonical.as_str())
                .filter(|k| *k != "thành phố" || level == Some(Level::City));
            let want_kind = k.and_then(|k| {
                ["quận", "huyện", "thị xã", "thành phố"]
                    .into_iter()
                    .find(|x| *x == k)
            });
            let mut c = g.districts_named(&name, want_kind, loc.province);
            if c.is_empty() && loc.province.is_none() {
                c = g.districts_named(&name, want_kind, g.hanoi());
            }
            if let Some(&d) = c.first() {
                loc.district = Some(d);
                loc.province = loc.province.or(Some(g.districts[d].province));
                continue;
            }
        }
        if loc.ward.is_none() && matches!(level, None | Some(Level::Ward)) {
            // ("PHƯỜNG HÀ ĐÔNG" over an article of October 2025: the ward of
            // the new map, not an old xã Hà Đông of another province.)
            let late = doc.published_after_reform();
            let mut c = g.wards_named(&name, loc.district, loc.province, late);
            if c.is_empty() {
                c = if late {
                    g.wards_named(&name, loc.district, loc.province, false)
                } else {
                    g.wards_named(&name, None, loc.province, true)
                };
            }
            if let Some(&w) = c.first() {
                loc.ward = Some(w);
                loc.post_2025 = g.wards[w].post_2025;
                loc.province = loc.province.or(Some(g.wards[w].province));
                loc.district = loc
                    .district
                    .or(g.wards[w].district.filter(|_| !g.wards[w].post_2025));
            }
        }
    }
    loc
}

/// Complete the text's locality with the metadata's: the text wins where
/// both say something and disagree, and the disagreement is recorded.
fn with_metadata(doc: &mut Doc, text: Locality, meta: &str) -> Locality {
    let m = parse_locality(doc, meta);
    let mut loc = text;
    let disagree = (text.district.is_some() && m.district.is_some() && text.district != m.district)
        || (text.province.is_some() && m.province.is_some() && text.province != m.province);
    if disagree {
        let g = doc.gaz;
        let name = |l: &Locality| {
            l.district
                .map(|d| g.districts[d].display().into_owned())
                .or_else(|| l.province.map(|p| g.provinces[p].name.clone()))
                .unwrap_or_default()
        };
        let (t, md) = (name(&text), name(&m));
        doc.facts.conflicts.push(serde_json::json!({
            "field": "locality", "text": t, "metadata": md, "kept": "text", "metadata_value": meta
        }));
        return loc;
    }
    loc.province = loc.province.or(m.province);
    loc.district = loc.district.or(m.district);
    if loc.ward.is_none()
        && m.ward.is_some()
        && (loc.district.is_none() || loc.district == m.district || m.post_2025)
    {
        loc.ward = m.ward;
    }
    loc.post_2025 |= m.post_2025;
    loc
}

/// The province of a provincial paper named in the section header ("Báo
/// Nghệ An điện tử").
fn masthead_province(doc: &Doc) -> Option<usize> {
    let section = crate::text::fold(doc.article.section_text()?);
    section.split(['\n', '|']).find_map(|line| {
        let name = line.trim().strip_prefix("báo ")?;
        let name = name.strip_suffix(" online").unwrap_or(name);
        let name = name.strip_suffix(" điện tử").unwrap_or(name);
        doc.gaz.province(name.trim())
    })
}

/// The district a portal's section header names ("ĐẢNG BỘ QUẬN ĐỐNG ĐA",
/// "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐÔNG ANH", "HUYỆN ỦY PHÙ CỪ"). The header
/// is not part of the text read for mentions, yet it names the district as
/// plainly as the text would.
fn section_district(doc: &Doc) -> Option<usize> {
    let section = crate::text::fold(doc.article.section_text()?);
    let by_level = header_parts(&section).find_map(|line| {
        let words: Vec<&str> = line.split_whitespace().collect();
        let ids = doc.lex.ids(&words);
        (0..words.len()).find_map(|i| {
            let (n, lw) = doc.lex.levels.longest(&ids, i)?;
            if !matches!(lw.level, Level::District | Level::City) {
                return None;
            }
            // The party committee of a district ("huyện ủy X") names it too.
            let from = i + n + usize::from(words.get(i + n) == Some(&"ủy"));
            if from >= words.len() {
                return None;
            }
            let rest = words[from..].join(" ");
            let found = parse_locality(doc, &format!("{} {rest}", lw.canonical));
            // ("THÀNH PHỐ HƯNG YÊN": the provincial city named like its
            // province.)
            found.district.or_else(|| {
                let p = found.province.filter(|_| lw.level == Level::City)?;
                doc.gaz
                    .districts_named(&rest, Some("thành phố"), Some(p))
                    .first()
                    .copied()
            })
        })
    });
    // "TAM ĐẢO - CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN": the name before a dash, the
    // level word closing the part after it.
    by_level.or_else(|| {
        let parts: Vec<&str> = header_parts(&section).collect();
        parts.windows(2).find_map(|w| {
            let after: Vec<&str> = w[1].split_whitespace().collect();
            let (_, lw) = doc
                .lex
                .levels
                .ending_at(&doc.lex.ids(&after), after.len(), 2)?;
            let name = w[0].trim();
            if lw.level != Level::District || !(1..=4).contains(&name.split_whitespace().count()) {
                return None;
            }
            parse_locality(doc, &format!("{} {name}", lw.canonical)).district
        })
    })
}

/// The parts of a portal's section header: its lines, and the parts a
/// dash parts them into ("Cổng TTĐT huyện Thanh Sơn - tỉnh Phú Thọ").
fn header_parts(section: &str) -> impl Iterator<Item = &str> {
    section
        .split(['\n', '|'])
        .flat_map(|line| line.split(" - ").flat_map(|p| p.split(" – ")))
}

/// The ward of district `d` a ward portal's section header names
/// ("PHƯỜNG LÊ LỢI - THÀNH PHỐ HƯNG YÊN").
fn section_ward(doc: &Doc, d: usize) -> Option<usize> {
    let section = crate::text::fold(doc.article.section_text()?);
    let ward = header_parts(&section).find_map(|part| {
        let words: Vec<&str> = part.split_whitespace().collect();
        let (n, lw) = doc.lex.levels.longest(&doc.lex.ids(&words), 0)?;
        if lw.level != Level::Ward || n >= words.len() {
            return None;
        }
        match doc
            .gaz
            .wards_named(&words[n..].join(" "), Some(d), None, false)[..]
        {
            [w] => Some(w),
            _ => None,
        }
    });
    ward
}

/// The province a portal's section header names, outright ("XÃ BÌNH SƠN -
/// TỈNH QUẢNG NGÃI") or through its district ("HUYỆN ỦY SỐP CỘP").
/// (`district`: [`section_district`].)
fn section_province(doc: &Doc, district: Option<usize>) -> Option<usize> {
    let section = doc.article.section_text()?;
    let by_name = section.split(['\n', '|']).find_map(|line| {
        let parts = line.replace(" - ", ",").replace(" – ", ",");
        parse_locality(doc, &parts).province.or_else(|| {
            // "ĐẢNG BỘ UBND THÀNH PHỐ HỒ CHÍ MINH": a body's name before the
            // province; read from the province's level word on. (`fold`
            // keeps byte offsets.)
            let folded = crate::text::fold(&parts);
            let at = ["tỉnh ", "thành phố "]
                .iter()
                .filter_map(|w| folded.find(w))
                .min()?;
            let found = parse_locality(doc, &parts[at..]);
            // ("THÀNH PHỐ HƯNG YÊN" is a province's city, not the province.)
            found.province.filter(|_| found.district.is_none())
        })
    });
    by_name.or_else(|| district.map(|d| doc.gaz.districts[d].province))
}

/// The places component: locality first, then the place nodes.
pub fn run(doc: &mut Doc) {
    // The publication date tells which gazetteer the wards come from, and
    // a provincial paper's masthead which province a ward name several
    // provinces share is in.
    // A portal's header ("HUYỆN ỦY SỐP CỘP - TỈNH SƠN LA") does as well.
    let header_district = section_district(doc);
    let dated = Locality {
        post_2025: doc.published_after_reform(),
        province: masthead_province(doc).or_else(|| section_province(doc, header_district)),
        district: header_district.filter(|_| !doc.published_after_reform()),
        ..Default::default()
    };
    let first = scan(doc, &dated, true);
    let mut loc = decide(doc, &first);
    let first = first.mentions;
    // A post-reform ward needs the post-reform gazetteer: rescan when the
    // text names wards but no district and the year says so.
    let names_district = first.iter().any(|m| matches!(m.place, Place::District(_)));
    if !names_district && !loc.post_2025 && first.iter().any(|m| matches!(m.place, Place::Ward(_)))
    {
        // (A publication date before July 2025 settles it the other way.)
        let early = doc
            .published
            .is_some_and(|d| (d.year, d.month.unwrap_or(1)) < (2025, 7));
        let late = !early
            && doc
                .words
                .iter()
                .any(|w| w.len() == 4 && w.parse::<i32>().is_ok_and(|y| y >= 2025));
        if late {
            let probe = Locality {
                post_2025: true,
                ..loc
            };
            let again = scan(doc, &probe, true);
            let l2 = decide(doc, &again);
            if l2.ward.is_some_and(|w| doc.gaz.wards[w].post_2025) {
                loc = Locality {
                    post_2025: true,
                    ..l2
                };
            }
        }
    }
    // "Cổng TTĐT huyện Thanh Sơn": a district portal's header places an
    // article whose text names no district ("UBND huyện", "các xã Khả
    // Cửu, Thượng Cửu"), unless the text puts it in another province or a
    // ward of another district.
    if let Some(d) = header_district {
        let g = doc.gaz;
        let fits = loc.district.is_none()
            && !loc.post_2025
            && loc.province.is_none_or(|p| p == g.districts[d].province)
            && loc.ward.is_none_or(|w| g.wards[w].district == Some(d));
        if fits {
            loc.district = Some(d);
            loc.province = Some(g.districts[d].province);
        }
        // ("PHƯỜNG LÊ LỢI - THÀNH PHỐ HƯNG YÊN": a ward's portal.)
        if loc.district == Some(d) && loc.ward.is_none() {
            loc.ward = section_ward(doc, d);
        }
    }
    // "ĐẢNG BỘ UBND THÀNH PHỐ HỒ CHÍ MINH": a header naming a province
    // places an article whose text names none ("Đảng ủy UBND Thành phố").
    if loc.province.is_none() {
        loc.province = dated.province;
    }
    if let Some(meta) = doc.article.meta.locality.clone() {
        loc = with_metadata(doc, loc, &meta);
    }
    doc.loc = loc;
    // Rescan with the locality known, so that repeated names resolve in scope.
    let mut mentions = scan(doc, &loc, false).mentions;
    mentions.extend(bare_wards(doc));
    mentions.sort_by_key(|m| m.tok);
    mentions.dedup_by_key(|m| m.tok);
    ward_lists(doc, &mut mentions);
    emit(doc, &mentions);
    // A district the header names and the text places the article in is
    // named by the article, though no sentence repeats it.
    if let Some(d) = header_district.filter(|&d| doc.loc.district == Some(d)) {
        district_entity(doc, d, false);
    }
}

/// Wards named in a list: "các xã Thụy Hải, Thụy Trình và Thụy Liên" names
/// three wards with one kind word (districts too: "các huyện A, B và C"), and a list ending "của huyện Thái Thụy"
/// (or "thuộc thành phố Quy Nhơn (cũ)") names that district's wards, of
/// before the 2025 reform when the district is gone.
fn ward_lists(doc: &Doc, mentions: &mut Vec<Mention>) {
    let g = doc.gaz;
    let n = doc.toks.len();
    let joiner = |t: usize| doc.is_punct(t, ",") || doc.words[t] == "và";
    // "các xã miền núi Ninh Tây, Ninh Sim": a few lowercase words may
    // describe the listed wards before the first name.
    let mut described = Vec::new();
    for t in 0..n.saturating_sub(3) {
        if doc.words[t] != "các" {
            continue;
        }
        let Some((l, lw)) = doc.lex.levels.longest(&doc.ids, t + 1) else {
            continue;
        };
        if lw.level != Level::Ward {
            continue;
        }
        let first = t + 1 + l;
        // ("các xã vùng khó như A, B", "các xã, phường làm tốt như A, B":
        // any few lowercase words that end in "như", the kinds listed
        // with commas before them.)
        let like = (|| {
            let mut q = first;
            while doc.is_punct(q, ",") {
                let (m, w) = doc.lex.levels.longest(&doc.ids, q + 1)?;
                if w.level != Level::Ward {
                    return None;
                }
                q += 1 + m;
            }
            (q..(q + 10).min(n))
                .find(|&r| doc.toks[r].kind != TokKind::Word || doc.toks[r].cap)
                .filter(|&r| r > q && doc.words[r - 1] == "như")
        })();
        let Some(name) = like.or_else(|| (first..(first + 4).min(n)).find(|&q| doc.toks[q].cap))
        else {
            continue;
        };
        let mut q = first;
        while let Some((d, _)) = doc.lex.ward_descriptors.longest(&doc.ids[..name], q) {
            q += d;
        }
        if name == first || (q != name && like.is_none()) || mentions.iter().any(|m| m.tok == name)
        {
            continue;
        }
        // ("các xã, phường ... như": either kind.)
        let kind = WARD_KINDS
            .iter()
            .copied()
            .find(|k| *k == lw.canonical)
            .filter(|_| !doc.is_punct(first, ","));
        let want = Want {
            level: Level::Ward,
            kind,
        };
        if let Some((len, place)) = match_place(doc, want, name, n, &doc.loc) {
            described.push(Mention {
                place,
                kind,
                tok: name,
                len,
            });
        }
    }
    // (Where those first names stand: a list goes on after each.)
    let described_at: Vec<usize> = described.iter().map(|m: &Mention| m.tok).collect();
    if !described.is_empty() {
        mentions.extend(described);
        mentions.sort_by_key(|m| m.tok);
    }
    // "các xã A, B và C", "các huyện A, B, C": the names after the first.
    // (Also "các đảng bộ phường A, B" and "các xã miền núi A, B": lowercase
    // words may stand between "các" and the first name.)
    // ("hai xã A, B", "2 xã A, B": a count opens a list too.)
    let count = |t: usize| {
        let w = doc.words[t];
        doc.numeral_at(t).is_some_and(|c| c >= 2)
            || (doc.toks[t].kind == TokKind::Num
                && w.parse::<usize>().is_ok_and(|c| (2..=50).contains(&c))
                && !(t > 0 && matches!(doc.words[t - 1], "năm" | "ngày" | "tháng" | "số")))
    };
    let listed = |m: &Mention| {
        (m.tok.saturating_sub(6)..m.tok)
            .rev()
            .find(|&t| matches!(doc.words[t], "các" | "những") || count(t))
            .is_some_and(|c| {
                // ("hướng dẫn 6 xã: A, B, C": a colon after the kind word.)
                (c + 1..m.tok).all(|q| {
                    (doc.toks[q].kind == TokKind::Word && !doc.toks[q].cap)
                        || doc.is_punct(q, ",")
                        || (q + 1 == m.tok && doc.is_punct(q, ":"))
                })
            })
    };
    let mut more = Vec::new();
    for m in mentions.iter() {
        // (A ward read through its committee, "các đảng bộ phường A", has
        // its kind word right before it.)
        let kind_end = if m.tok > 0 && doc.is_punct(m.tok - 1, ":") {
            m.tok - 1
        } else {
            m.tok
        };
        let described = described_at.contains(&m.tok);
        let kinded = described
            || m.kind.is_some()
            || doc.lex.levels.ending_at(&doc.ids, kind_end, 2).is_some();
        let level = match m.place {
            Place::Ward(_) if kinded => Level::Ward,
            Place::District(_) if kinded => Level::District,
            _ => continue,
        };
        if !listed(m) && !described {
            continue;
        }
        let want = Want {
            level,
            kind: m.kind,
        };
        // "các phường 12, 14, 26": numbered items after a numbered first.
        let numbered = doc.toks[m.tok].kind == TokKind::Num;
        let item = |t: usize| {
            doc.toks[t].cap || (numbered && m.len == 1 && doc.toks[t].kind == TokKind::Num)
        };
        let mut e = m.tok + m.len;
        while e + 1 < n && joiner(e) && item(e + 1) {
            // (`match_place` reads a number only after its kind word.)
            let found = if doc.toks[e + 1].kind == TokKind::Num {
                resolve_name(doc, want, doc.words[e + 1], &doc.loc).map(|p| (1, p))
            } else {
                match_place(doc, want, e + 1, n, &doc.loc)
            };
            let Some((l, place)) = found else {
                break;
            };
            more.push(Mention {
                place,
                kind: m.kind,
                tok: e + 1,
                len: l,
            });
            e += 1 + l;
        }
    }
    if !more.is_empty() {
        mentions.extend(more);
        mentions.sort_by_key(|m| m.tok);
        mentions.dedup_by_key(|m| m.tok);
    }
    // "…, xã B và xã C của huyện D": each ward of the list is D's.
    let list_words = |from: usize, to: usize| {
        let mut t = from;
        while t < to {
            if let Some((l, _)) = doc.lex.levels.longest(&doc.ids[..to], t) {
                t += l;
            } else if joiner(t) || doc.words[t] == "các" {
                t += 1;
            } else if let Some((l, _)) = doc.lex.part_words.longest(&doc.ids[..to], t) {
                t += l;
            } else {
                return false;
            }
        }
        true
    };
    for j in 0..mentions.len() {
        let Place::District(d) = mentions[j].place else {
            continue;
        };
        // "của"/"thuộc", the kind word, the name.
        let Some((lw, _)) = doc.lex.levels.ending_at(&doc.ids, mentions[j].tok, 2) else {
            continue;
        };
        if lw == 0 || !matches!(doc.words[lw - 1], "của" | "thuộc") {
            continue;
        }
        let mut end = lw - 1;
        for i in (0..j).rev() {
            let m = mentions[i];
            let Place::Ward(w) = m.place else { break };
            if !list_words(m.tok + m.len, end) {
                break;
            }
            if g.wards[w].district != Some(d) {
                let name = doc.words[m.tok..m.tok + m.len].join(" ");
                let found = g
                    .wards_named(&name, Some(d), None, false)
                    .into_iter()
                    .find(|&x| {
                        m.kind
                            .is_none_or(|k| crate::text::fold(&g.wards[x].kind) == k)
                    });
                if let Some(x) = found {
                    mentions[i].place = Place::Ward(x);
                }
            }
            end = m.tok;
        }
    }
}
