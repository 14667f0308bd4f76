//! The grammar of bodies and titles, and their canonical names.
//!
//! A body is `prefix* core locality?`: "Ban Thường vụ" + "Quận ủy" +
//! "Cầu Giấy", or "Thường trực" + "HĐND" + "huyện" (+ the article's
//! district). A title is `role body` ("Phó Bí thư Thường trực" + body), a
//! membership shorthand ("TUV", "UVTV Quận ủy"), or a national title. The
//! locality a body leaves out is completed from the article's
//! [`Locality`](super::Locality), level by level.

use super::places::{match_place, want_for_committee, want_for_level_word, Place, Want};
use super::Doc;
use crate::lexicon::{BodyClass, Lead, Level, Lexicon, RoleClass, UnitWord};
use crate::text::{fold, TokKind};

/// A body read from the text.
#[derive(Debug, Clone, PartialEq)]
pub struct BodyMatch {
    /// Tokens used.
    pub len: usize,
    /// Canonical name with locality ("Ban Thường vụ Quận ủy Cầu Giấy").
    pub name: String,
    /// The locality is known (named or completed from the article).
    pub qualified: bool,
    /// The body is a party committee or part of one.
    pub party: bool,
    /// A steering committee.
    pub steering: bool,
    /// The place it belongs to, when known.
    pub place: Option<Place>,
    /// The body it is part of ("Quận ủy Cầu Giấy" for "Ban Thường vụ Quận
    /// ủy Cầu Giấy"), when it is a sub-body.
    pub parent: Option<String>,
}

impl BodyMatch {
    /// A body the lexicon cannot list, named as written (its locality
    /// included in `name`), read from `len` tokens.
    pub fn as_written(len: usize, name: &str) -> BodyMatch {
        BodyMatch {
            len,
            name: crate::text::squash(name),
            qualified: true,
            party: false,
            steering: false,
            place: None,
            parent: None,
        }
    }
}

/// A title read from the text.
#[derive(Debug, Clone, PartialEq)]
pub struct TitleMatch {
    /// Tokens used (terms like "khóa XX" included).
    pub len: usize,
    /// Canonical name ("Bí thư Quận ủy Cầu Giấy").
    pub name: String,
    /// Marked "nguyên": a former post.
    pub former: bool,
    /// The body of the post, when it has one.
    pub body: Option<BodyMatch>,
    /// The title names a role and a body explicitly (not a default).
    pub explicit_body: bool,
}

/// The unit words for a gazetteer kind ("Quận" -> "quận").
fn level_word_of_kind(kind: &str) -> String {
    fold(kind)
}

/// The kind word and place of the article's unit at a level, if the
/// article locality knows it and its kind agrees with what the text asks
/// for (the name is composed with [`with_place`]). `at`, the token of the
/// bare word, lets a ward named earlier in its sentence win: "Phát biểu tại
/// điểm cầu phường Kỳ Trinh, đồng chí A, Bí thư Đảng ủy phường".
fn implicit_place(doc: &Doc, want: Want, at: Option<usize>) -> Option<(String, Place)> {
    let g = doc.gaz;
    let loc = &doc.loc;
    let district = loc
        .district
        .filter(|_| !loc.post_2025)
        .map(|d| &g.districts[d]);
    match want.level {
        Level::District => {
            let d = if loc.post_2025 {
                written_district(doc)?
            } else {
                loc.district?
            };
            let kind = level_word_of_kind(&loc.kind_of_district(g, d));
            if want.kind.is_some_and(|k| k != kind) {
                return None;
            }
            Some((kind, Place::District(d)))
        }
        Level::City => {
            // A district-level city's own article means that city.
            // Its kind is the text's: a "huyện Thủy Nguyên" of 2023 is no city.
            if let (Some(d), Some(_)) = (loc.district, district) {
                if loc.kind_of_district(g, d) == "thành phố" {
                    return Some(("thành phố".into(), Place::District(d)));
                }
            }
            let p = loc.province.filter(|&p| doc.province_is_city(p))?;
            Some(("thành phố".into(), Place::Province(p)))
        }
        Level::Province => {
            let p = loc.province.filter(|&p| !doc.province_is_city(p))?;
            Some(("tỉnh".into(), Place::Province(p)))
        }
        Level::Ward => {
            // "Bí thư Đảng ủy thị trấn" in a district's article that names
            // one thị trấn: that one.
            let named_one = || {
                want.kind?;
                only_ward_in(doc, want, 0, doc.toks.len(), false)
            };
            // "... đã làm việc với Đảng ủy xã Minh Đức. Đồng chí A, Bí thư
            // Đảng ủy xã báo cáo": in an article of no one commune, the
            // commune the sentence before names in the same paragraph.
            // "... đoàn làm việc tại xã Ba Xa. Đồng chí A, Bí thư Đảng ủy
            // xã cho biết": the commune a visit just went to, over the
            // article's.
            // (The sentences before are walked once for both.)
            let prev = std::cell::OnceCell::new();
            let prev =
                || *prev.get_or_init(|| at.and_then(|at| previous_sentence_ward(doc, want, at)));
            let w = at
                .and_then(|at| sentence_ward(doc, want, at))
                .or_else(|| prev().filter(|&(_, visited)| visited).map(|(w, _)| w))
                .or(loc.ward)
                .or_else(|| prev().map(|(w, _)| w))
                .or_else(named_one)?;
            let kind = ward_kind(doc, w);
            if want.kind.is_some_and(|k| k != kind) {
                return None;
            }
            Some((kind, Place::Ward(w)))
        }
    }
}

/// The one district the text writes itself ("Chiều 30/6, Huyện ủy Chư Păh
/// tổ chức hội nghị công bố ..."): an article of the reform's first days
/// may still tell of a district's posts ("Bí thư Huyện ủy").
fn written_district(doc: &Doc) -> Option<usize> {
    let mut codes = doc.facts.entities.iter().filter(|e| {
        e.kind == crate::facts::NodeType::District
            && e.attrs.get("inferred").and_then(|v| v.as_bool()) == Some(false)
    });
    let code = codes.next()?.attrs.get("code")?.as_str()?;
    if codes.next().is_some() {
        return None;
    }
    doc.gaz.districts.iter().position(|d| d.code == code)
}

/// The unit whose offices a bare "Phòng" names: the article's district,
/// or since July 2025 its commune or ward, with its kind word.
fn local_unit_place(doc: &Doc) -> Option<(String, Place)> {
    let level = if doc.loc.post_2025 {
        Level::Ward
    } else {
        Level::District
    };
    implicit_place(doc, Want { level, kind: None }, None)
}

/// The one ward of the wanted kind that tokens `lo..hi` name, when they
/// name exactly one; with `current`, not counting [`superseded`] units (an
/// article-wide count keeps them: "xã Mù Cang Chải mới được hình thành trên
/// cơ sở nhập ... xã Kim Nọi" names three communes of today, not one).
fn only_ward_in(doc: &Doc, want: Want, lo: usize, hi: usize, current: bool) -> Option<usize> {
    let mut named = wards_in(doc, want, lo, hi, current);
    let w = named.next()?;
    named.all(|x| x == w).then_some(w)
}

/// The wards of the wanted kind that tokens `lo..hi` name, in text order;
/// with `current`, not the [`superseded`] ones.
fn wards_in<'d>(
    doc: &'d Doc,
    want: Want,
    lo: usize,
    hi: usize,
    current: bool,
) -> impl Iterator<Item = usize> + 'd {
    doc.wards_named
        .iter()
        .filter(move |&&(_, _, t)| t >= lo && t < hi)
        .map(|&(w, ..)| w)
        .filter(move |&w| {
            want.kind.is_none_or(|k| ward_kind(doc, w) == k) && !(current && superseded(doc, w))
        })
}

/// The one ward of `want`'s kind named in the nearest sentence before the
/// one of token `at` that names any, in the same paragraph ("Ban Chỉ huy
/// ... xã Hoằng Tiến đã họp khẩn. Cuộc họp quán triệt ... Đồng chí A, Chủ
/// tịch UBND xã, ...").
/// With it, whether that sentence names the ward as where someone went or
/// whom they met ("tại xã B", "làm việc với Đảng ủy xã B").
fn previous_sentence_ward(doc: &Doc, want: Want, at: usize) -> Option<(usize, bool)> {
    let mut s = doc.sentence_of(at);
    loop {
        let here = doc.sents.get(s)?;
        if s == 0 || doc.toks.get(here.tok_start)?.newline_before {
            return None;
        }
        s -= 1;
        let prev = doc.sents[s];
        if wards_in(doc, want, prev.tok_start, prev.tok_end, true)
            .next()
            .is_some()
        {
            let w = only_ward_in(doc, want, prev.tok_start, prev.tok_end, true)?;
            // "tại xã B", "với Đảng ủy xã B": only the body's own words
            // between ("tại tuyến đường giáp Phường 8" is no visit, nor is
            // "giáp ranh với Phường 4").
            let went = |t: usize| {
                (t.saturating_sub(6).max(prev.tok_start)..t).any(|q| {
                    matches!(doc.words[q], "tại" | "với")
                        && !(q > 0 && matches!(doc.words[q - 1], "giáp" | "ranh"))
                        && (q + 1..t).all(|j| {
                            doc.toks[j].cap
                                || doc.lex.visit_words.longest(&doc.ids[..j + 1], j).is_some()
                        })
                })
            };
            let visited = doc
                .wards_named
                .iter()
                .any(|&(x, _, t)| x == w && (prev.tok_start..prev.tok_end).contains(&t) && went(t));
            return Some((w, visited));
        }
    }
}

/// The one ward of the wanted kind that the sentence of token `at` names
/// before it, when it names exactly one. A clause that names any is read
/// alone: items of a list joined by semicolons ("- ... Bí thư Đảng ủy xã
/// Đông Các ...;\n- ... Chủ tịch UBND xã Minh Tân giữ chức Phó Bí thư Đảng
/// ủy xã") are one sentence, but each item speaks of its own ward.
fn sentence_ward(doc: &Doc, want: Want, at: usize) -> Option<usize> {
    let start = doc.sents.get(doc.sentence_of(at))?.tok_start;
    let clause = (start + 1..at)
        .rev()
        .find(|&q| doc.is_punct(q - 1, ";") || doc.toks[q].newline_before)
        .unwrap_or(start);
    let names_any = wards_in(doc, want, clause, at, true).next().is_some();
    only_ward_in(doc, want, if names_any { clause } else { start }, at, true)
}

/// True when ward `w` is a unit of the old map in an article that names one
/// of the new: "Đồng chí A, Bí thư Đảng ủy xã Giao Thiện giữ chức Phó Bí thư
/// Đảng ủy xã" where the article names the commune that absorbed Giao Thiện
/// in 2025. The old unit is where the person came from, so a bare "xã" is
/// read as if the sentence named no ward.
fn superseded(doc: &Doc, w: usize) -> bool {
    let g = doc.gaz;
    !g.wards[w].post_2025 && doc.wards_named.iter().any(|&(x, ..)| g.wards[x].post_2025)
}

/// The kind word (folded) of ward `w` in this article: the one the text
/// writes before its name, else the gazetteer's. A "thị trấn Minh Đức" of
/// 2023 is listed as a phường since 2025, and "Đảng ủy thị trấn" still
/// means it.
fn ward_kind(doc: &Doc, w: usize) -> String {
    doc.wards_named
        .iter()
        .find_map(|&(x, k, _)| k.filter(|_| x == w))
        .map_or_else(
            || level_word_of_kind(&doc.gaz.wards[w].kind),
            str::to_string,
        )
}

/// The level word of province `p`: "thành phố" for a centrally-run city,
/// else "tỉnh".
fn province_word(doc: &Doc, p: usize) -> &'static str {
    if doc.province_is_city(p) {
        "thành phố"
    } else {
        "tỉnh"
    }
}

/// The display name of a resolved place.
fn place_name(doc: &Doc, p: Place) -> String {
    let g = doc.gaz;
    match p {
        Place::Province(i) => doc.province_name(i).to_string(),
        Place::District(i) => doc.spelled(&g.districts[i].display()).into_owned(),
        Place::Ward(i) => doc.spelled(&g.wards[i].display()).into_owned(),
        Place::Unlisted { tok, len, .. } => super::places::unlisted_name(doc, tok, len),
    }
}

/// `words` followed by the place's name: "Quận ủy Cầu Giấy", "Ủy ban nhân
/// dân quận Cầu Giấy". A numbered unit's name carries its kind word, so the
/// kind word ending `words` is dropped: "Ủy ban nhân dân Quận 3", "Đảng ủy
/// Phường 14", not "... quận Quận 3".
fn with_place(doc: &Doc, words: &str, p: Place) -> String {
    let name = place_name(doc, p);
    let numbered = match p {
        Place::District(i) => crate::gazetteer::is_numbered(&doc.gaz.districts[i].name),
        Place::Ward(i) => crate::gazetteer::is_numbered(&doc.gaz.wards[i].name),
        _ => false,
    };
    let mut head = words;
    if numbered {
        // fold keeps byte offsets, so the folded tail cuts `words` too.
        let kind = place_kind(doc, p);
        let folded = fold(words);
        if let Some(rest) = folded.strip_suffix(kind.as_str()) {
            if rest.is_empty() || rest.ends_with(' ') {
                head = words[..rest.len()].trim_end();
            }
        }
    }
    // "Thành ủy Thành phố Hồ Chí Minh": a city named after a person keeps
    // its kind word after a committee word (`data/gazetteer/kind_kept.txt`).
    let mut name = name;
    if let Place::Province(i) = p {
        let f = fold(head);
        let has_kind = f.ends_with("thành phố") || f.ends_with("tỉnh");
        if !has_kind && !head.is_empty() && kind_kept().contains(&fold(&name)) {
            let kind = if doc.province_is_city(i) {
                "Thành phố"
            } else {
                "Tỉnh"
            };
            name = format!("{kind} {name}");
        }
    }
    if head.is_empty() {
        name
    } else {
        format!("{head} {name}")
    }
}

/// Provinces whose bare name is also a person's name.
fn kind_kept() -> &'static rustc_hash::FxHashSet<String> {
    static S: std::sync::OnceLock<rustc_hash::FxHashSet<String>> = std::sync::OnceLock::new();
    S.get_or_init(|| crate::lexicon::folded_set(include_str!("../../data/gazetteer/kind_kept.txt")))
}

/// The kind word of a resolved place ("quận", "thành phố", "phường").
fn place_kind(doc: &Doc, p: Place) -> String {
    let g = doc.gaz;
    match p {
        Place::Province(i) => {
            if doc.province_is_city(i) {
                "thành phố".into()
            } else {
                "tỉnh".into()
            }
        }
        Place::District(i) => doc.loc.kind_of_district(g, i),
        Place::Ward(i) => ward_kind(doc, i),
        Place::Unlisted { kind, .. } => super::places::WARD_KINDS[kind.min(2)].to_string(),
    }
}

/// The article's own party committee ("Quận ủy Cầu Giấy"), for posts like
/// "Phó Bí thư" written without a body.
pub fn default_party_committee(doc: &Doc) -> Option<BodyMatch> {
    let loc = &doc.loc;
    if let Some(d) = loc.district.filter(|_| !loc.post_2025) {
        return Some(place_party_committee(doc, Place::District(d)));
    }
    if let Some(w) = loc.ward.filter(|_| loc.post_2025) {
        // (The gazetteer's kind: the article's own commune, whatever kind
        // word a sentence gives it.)
        let p = Place::Ward(w);
        let word = format!("Đảng ủy {}", fold(&doc.gaz.wards[w].kind));
        return Some(party_body(with_place(doc, &word, p), Some(p)));
    }
    if let Some(p) = loc.province {
        return Some(place_party_committee(doc, Place::Province(p)));
    }
    // No locality: the committee word the text itself uses most.
    let mut best: Option<(usize, &str)> = None;
    for w in ["Quận ủy", "Huyện ủy", "Thị ủy", "Tỉnh ủy", "Thành ủy"] {
        let f = fold(w);
        let n = doc.folded.matches(&f).count();
        if n > 0 && best.is_none_or(|(b, _)| n > b) {
            best = Some((n, w));
        }
    }
    Some(party_body(best?.1.to_string(), None))
}

/// The party committee of a sector the article names ("Đảng ủy Công an
/// huyện Gio Linh", "Đảng ủy Quân sự huyện"): what a bare "Đảng ủy" with
/// no ward around it is, in such an article.
fn sector_party_committee(doc: &Doc) -> Option<BodyMatch> {
    doc.sector_committee
        .get_or_init(|| {
            let n = doc.toks.len();
            (0..n).find_map(|k| {
                let (m, b) = doc.lex.bodies.longest(&doc.ids, k)?;
                // "Đảng ủy Công ty Điện lực Bạc Liêu".
                if b.canonical == "Đảng ủy" && free_body_name(doc, k + m, n).is_some() {
                    return parse_body(doc, k, n);
                }
                // "Đảng bộ Công ty cổ phần Nông lâm Hòa Hiệp" is led by its
                // "Đảng ủy".
                if b.canonical == "Đảng bộ" {
                    let (u, unit) = free_body_name(doc, k + m, n)?;
                    let (_, unit) = department_place(doc, k + m, u, n, unit);
                    return Some(as_written(&[], &format!("Đảng ủy {unit}"), 0, true));
                }
                if b.class != BodyClass::Leveled {
                    return None;
                }
                // "Đảng bộ Công an tỉnh Khánh Hòa" is led by "Đảng ủy Công
                // an tỉnh Khánh Hòa".
                if let Some(rest) = b.canonical.strip_prefix("Đảng bộ ") {
                    let body = parse_body(doc, k, n).filter(|b| b.qualified)?;
                    let name = body.name.replacen("Đảng bộ ", "Đảng ủy ", 1);
                    return (!rest.is_empty()).then_some(BodyMatch { name, ..body });
                }
                if !b.canonical.starts_with("Đảng ủy ") {
                    return None;
                }
                parse_body(doc, k, n).filter(|b| b.qualified)
            })
        })
        .clone()
}

/// The capitalised words at `j`, after a bare "Đảng ủy", that repeat the
/// first words of the sector committee `name` stands for: "Bí thư Đảng ủy
/// Khối Tạ Quang Thẩm" in an article of "Đảng ủy Khối Doanh nghiệp Hà
/// Nội" names the Khối's secretary, not a person "Khối Tạ Quang Thẩm".
fn sector_echo(doc: &Doc, name: &str, j: usize, end: usize) -> usize {
    let Some(rest) = name.strip_prefix("Đảng ủy ") else {
        return 0;
    };
    rest.split(' ')
        .zip(j..end)
        .take_while(|&(w, k)| {
            doc.toks[k].cap && doc.toks[k].kind == TokKind::Word && fold(w) == fold(doc.words[k])
        })
        .count()
}

/// The party committee that leads the organisation of a place: "Huyện ủy"
/// of a district, "Đảng ủy xã" of a commune, "Tỉnh ủy" or "Thành ủy" of a
/// province.
fn place_party_committee(doc: &Doc, p: Place) -> BodyMatch {
    let word = match p {
        Place::Province(i) if doc.province_is_city(i) => "Thành ủy".to_string(),
        Place::Province(_) => "Tỉnh ủy".to_string(),
        Place::District(i) => match doc.loc.kind_of_district(doc.gaz, i).as_str() {
            "quận" => "Quận ủy",
            "huyện" => "Huyện ủy",
            "thị xã" => "Thị ủy",
            _ => "Thành ủy",
        }
        .to_string(),
        Place::Ward(_) | Place::Unlisted { .. } => format!("Đảng ủy {}", place_kind(doc, p)),
    };
    party_body(with_place(doc, &word, p), Some(p))
}

/// The party committee whose congress the article reports, from the first
/// "Đại hội (đại biểu) Đảng bộ X" or "Đảng bộ X tổ chức Đại hội" that
/// writes X ("Đảng bộ xã Ngãi Đăng", "Đảng bộ Quân sự huyện"): the
/// committee that leads that organisation ("Đảng ủy xã Ngãi Đăng",
/// "Đảng ủy Quân sự huyện Krông Pắc").
fn congress_party_committee(doc: &Doc) -> Option<BodyMatch> {
    doc.congress_committee
        .get_or_init(|| {
            let lex = doc.lex;
            (0..doc.toks.len()).find_map(|k| {
                let (m, b) = lex.bodies.longest(&doc.ids, k)?;
                if b.class != BodyClass::Leveled || !b.canonical.starts_with("Đảng bộ") {
                    return None;
                }
                let s = &doc.sents[doc.sentence_of(k)];
                // A place written after it ("Đảng bộ lần thứ XV" is not).
                let body = parse_body(doc, k, s.tok_end).filter(|x| x.len > m)?;
                let place = body.place?;
                let word = |q: usize, end: usize, class: &str| {
                    lex.congress_words
                        .longest_where(&doc.ids[..end], q, |c| c == class)
                        .map(|(n, _)| n)
                };
                // A congress to come ends right before its word.
                let ahead = |q: usize| {
                    (s.tok_start.max(q.saturating_sub(3))..q)
                        .any(|p| word(p, q, "ahead").is_some_and(|n| p + n == q))
                };
                let congress = (s.tok_start.max(k.saturating_sub(4))..k)
                    .any(|q| word(q, k, "before").is_some() && !ahead(q))
                    || word(k + body.len, s.tok_end, "after").is_some();
                if !congress {
                    return None;
                }
                Some(if b.canonical == "Đảng bộ" {
                    place_party_committee(doc, place)
                } else {
                    let name = body.name.replacen("Đảng bộ ", "Đảng ủy ", 1);
                    BodyMatch { name, ..body }
                })
            })
        })
        .clone()
}

/// The party committee of a bare party post at `k` ("bầu ông X giữ chức
/// Bí thư"): in a sentence that elects or appoints (`election_cues.txt`)
/// in an article reporting a party congress, the congress's committee;
/// else the article's own ([`default_party_committee`]).
fn party_committee_at(doc: &Doc, k: usize) -> Option<BodyMatch> {
    let s = &doc.sents[doc.sentence_of(k.min(doc.toks.len().saturating_sub(1)))];
    let electing = (s.tok_start..k.min(s.tok_end))
        .any(|q| doc.lex.election_cues.longest(&doc.ids[..k], q).is_some());
    electing
        .then(|| congress_party_committee(doc))
        .flatten()
        .or_else(|| default_party_committee(doc))
}

/// True when the article names the party committee of a commune or ward
/// ("Đảng ủy xã", "Đảng ủy phường Nam Nha Trang").
fn names_ward_committee(doc: &Doc) -> bool {
    let ids = &doc.ids;
    *doc.ward_committee_named.get_or_init(|| {
        (0..doc.toks.len()).any(|k| {
            doc.lex.bodies.longest(ids, k).is_some_and(|(n, b)| {
                b.canonical == "Đảng ủy" && {
                    doc.lex
                        .levels
                        .longest(ids, k + n)
                        .is_some_and(|(_, lw)| lw.level == Level::Ward)
                }
            })
        })
    })
}

/// The length and the name of a body the lexicon cannot list, at `j`
/// (`free_bodies.txt`: "Công ty Điện lực Bạc Liêu", "Trường THCS Lê Lợi");
/// a head written alone ("Công ty") takes the article's full name for it.
fn free_body_name(doc: &Doc, j: usize, end: usize) -> Option<(usize, String)> {
    let (h, _) = doc.lex.free_bodies.longest(&doc.ids[..end], j)?;
    let u = free_unit(doc, j, end);
    if u > h {
        return Some((u, unit_text(doc, j, j + u)));
    }
    (u == h)
        .then(|| completed_unit(doc, j, u))
        .flatten()
        .map(|n| (u, n))
}

/// The full name of a unit written by its head alone ("Công ty" after
/// "Công ty TNHH MTV Lâm nghiệp Di Linh" earlier): the one longer name the
/// article gives under that head.
fn completed_unit(doc: &Doc, j: usize, h: usize) -> Option<String> {
    let head = &doc.ids[j..j + h];
    let n = doc.toks.len();
    // "Giám đốc HTX" after "Hợp tác xã Xoài Mỹ Xương": an abbreviated head
    // stands for the words it abbreviates.
    let spelled = doc
        .lex
        .unit_abbrevs
        .longest(&doc.ids[..j + h], j)
        .filter(|&(m, _)| m == h)
        .map(|(_, (_, ids))| ids);
    let head_at = |p: usize| -> Option<usize> {
        if doc.ids.get(p..p + h) == Some(head) {
            return Some(h);
        }
        let s = spelled?;
        (doc.ids.get(p..p + s.len()) == Some(s)).then_some(s.len())
    };
    // (the name as written, with its locality when one is written or
    // implied by a level word)
    let mut names: Vec<(String, Option<String>, usize)> = Vec::new();
    for (p, h) in (0..n)
        .filter(|&p| p != j)
        .filter_map(|p| Some((p, head_at(p)?)))
    {
        // The head and a capitalised name after it, not prose ("Công ty
        // quản lý ..."); a village word is written in lowercase ("thôn Nà
        // Pài").
        let village = matches!(
            doc.lex.unit_breaks.longest(&doc.ids[..p + h], p),
            Some((_, UnitWord::Number))
        );
        // "Chi bộ thôn Phúc Hậu": a village word after the head, then the
        // name.
        // "Công ty cổ phần Nông lâm Hòa Hiệp": a company's legal form
        // after the head, in lowercase, before its name.
        let named_at = doc
            .lex
            .company_heads
            .longest(&doc.ids[..n], p)
            .map_or(p + h, |(c, _)| (p + c).max(p + h));
        // ("Chi bộ tổ dân phố số 4": "số" before the number.)
        let village_after = match doc.lex.unit_breaks.longest(&doc.ids[..n], p + h) {
            Some((v, UnitWord::Number)) => {
                let q = p + h + v;
                let q = if doc.words.get(q) == Some(&"số") {
                    q + 1
                } else {
                    q
                };
                doc.toks
                    .get(q)
                    .is_some_and(|t| t.cap || t.kind == TokKind::Num)
            }
            _ => false,
        };
        // "xóm 5": a village word's name may be its number.
        let numbered = village
            && doc
                .toks
                .get(named_at)
                .is_some_and(|t| t.kind == TokKind::Num);
        if !(doc.toks[p].cap || village)
            || !(doc.toks.get(named_at).is_some_and(|t| t.cap) || village_after || numbered)
        {
            continue;
        }
        let mut u = free_unit(doc, p, n);
        // "nhân dân thôn Nà Pài đạt được": a village's name ends with a
        // capital or a number ("Trung tâm Y tế" ends in a lowercase
        // syllable).
        while village
            && u > h
            && !doc.toks[p + u - 1].cap
            && doc.toks[p + u - 1].kind == TokKind::Word
        {
            u -= 1;
        }
        if u > h {
            let name = unit_text(doc, p, p + u);
            let written = unit_locality(doc, p + u, n)
                .or_else(|| numbered_unit_ward(doc, p, p + u, n).map(|(m, w)| (m, Some(w))));
            let full = if let Some((_, place)) = written {
                Some(with_locality(&name, place.as_deref()))
            } else {
                // "Trung tâm Y tế huyện": the article's district.
                level_locality(doc, &name, p + u, n, p).map(|(_, f)| f)
            };
            names.push((name, full, p));
        }
    }
    // (Folded: "Hoà Hiệp" in the body is the headline's "Hòa Hiệp".)
    let fuller = |a: &str, b: &str| fold(a).starts_with(&fold(b));
    // The mention that names the unit's locality is the fuller one ("Thôn
    // Nà Pài" opening a sentence is "thôn Nà Pài").
    let agreed = |names: &[&(String, Option<String>, usize)]| {
        let mut found: Option<String> = None;
        for (name, full, _) in names {
            let this = full.as_deref().unwrap_or(name);
            match &found {
                Some(f) if fuller(f, this) => {}
                Some(f) if !fuller(this, f) => return Err(()),
                _ => found = Some(this.to_string()),
            }
        }
        Ok(found)
    };
    if let Ok(found) = agreed(&names.iter().collect::<Vec<_>>()) {
        return found;
    }
    // "Sở Tài chính tỉnh Gia Lai" and later "Sở Tài chính sớm tham mưu
    // ...": the one mention that writes a locality, when every other one
    // starts as it does or is its start.
    let located = names
        .iter()
        .filter(|(name, full, _)| {
            full.is_some()
                && names
                    .iter()
                    .all(|(other, _, _)| fuller(other, name) || fuller(name, other))
        })
        .min_by_key(|(name, _, _)| name.len())
        .and_then(|(_, full, _)| full.clone());
    // "... kiểm tra Chi bộ khu dân cư Đông Xuân. ... Bí thư Chi bộ; ...
    // Cùng ngày, ... Chi bộ khu dân cư Tiền Định": the one unit named before
    // the mention.
    located
        .or_else(|| {
            let before: Vec<_> = names.iter().filter(|(_, _, p)| *p < j).collect();
            agreed(&before).ok().flatten()
        })
        .or_else(|| {
            // "Sở Tài nguyên và Môi trường tỉnh X tổ chức hội nghị ... ông
            // A, Phó Giám đốc Sở Nội vụ đọc ... ông B, Giám đốc Sở": the
            // unit the lead sentence names, the article's host.
            let lead = doc.sents[doc.lead_sentence()?];
            let in_lead: Vec<_> = names
                .iter()
                .filter(|(_, _, p)| (lead.tok_start..lead.tok_end).contains(p) && *p < j)
                .collect();
            agreed(&in_lead).ok().flatten()
        })
}

/// The party committee of the ward that the post after a comma at `k`
/// names ("Phó Bí thư, Chủ tịch UBND phường X"): a bare party role or
/// "Đảng ủy viên" before it is of that ward, not of the district. `hops`
/// as in [`parse_title_within`].
fn next_post_ward_committee(doc: &Doc, k: usize, end: usize, hops: usize) -> Option<BodyMatch> {
    if hops == 0 || !doc.is_punct(k, ",") {
        return None;
    }
    let p = parse_title_within(doc, k + 1, end, hops - 1)?.body?.place?;
    matches!(p, Place::Ward(_) | Place::Unlisted { .. }).then(|| place_party_committee(doc, p))
}

/// A level word after a unit's name ending at `e` and the place it names,
/// written ("Phòng Kinh tế huyện Gia Lâm") or the article's ("Trung tâm Y
/// tế huyện"; the place nearest `anchor`): the tokens read and the name
/// with its locality.
fn level_locality(
    doc: &Doc,
    name: &str,
    e: usize,
    end: usize,
    anchor: usize,
) -> Option<(usize, String)> {
    let (used, level, place) = level_place(doc, e, end, anchor)?;
    let mut full = format!("{name} {level}");
    if let Some(p) = place {
        full = with_place(doc, &full, p);
    }
    Some((used, full))
}

/// The level word at `e` and the place it names: the one written after it,
/// else the article's of that level (`anchor` is where the name begins).
/// Gives the tokens read, the level word as the guide writes it and the
/// place, when one is known.
fn level_place(
    doc: &Doc,
    e: usize,
    end: usize,
    anchor: usize,
) -> Option<(usize, &'static str, Option<Place>)> {
    let lex: &'static Lexicon = doc.lex;
    let (n2, lw) = lex.levels.longest(&doc.ids[..end], e)?;
    let want = want_for_level_word(&lw.canonical, lw.level);
    let (used, place) = match explicit_locality(doc, want, e + n2, end) {
        Some((n3, p)) => (n2 + n3, Some(p)),
        None => (n2, implicit_place(doc, want, Some(anchor)).map(|(_, p)| p)),
    };
    Some((used, lw.canonical.as_str(), place))
}

/// The ward of a numbered unit read from `start` to `e` ("khu phố 4",
/// "tổ dân phố số 11"), which its name needs, when none is written right
/// after it (the callers read that first): one after a comma ("khu phố 2,
/// phường Hưng Long"), else the one the sentence or the article names.
/// Gives the tokens read after `e` and the locality.
pub(crate) fn numbered_unit_ward(
    doc: &Doc,
    start: usize,
    e: usize,
    end: usize,
) -> Option<(usize, String)> {
    if e <= start || doc.toks[e - 1].kind != TokKind::Num || doc.is_punct(e, "(") {
        return None;
    }
    // "bon Bu Prăng 2", "Vùng Cảnh sát biển 4": a number closing a name
    // of its own; only one after a word that asks for it ("khu phố 4",
    // "tổ dân phố số 11") needs the ward.
    let asked = matches!(
        doc.lex.unit_breaks.ending_at(&doc.ids[..e], e - 1, 3),
        Some((s, UnitWord::Number)) if s >= start
    );
    if !asked && (start + 1..e - 1).any(|q| doc.toks[q].cap && doc.toks[q].kind == TokKind::Word) {
        return None;
    }
    if doc.is_punct(e, ",") {
        if let Some((n, Some(place))) = unit_locality(doc, e + 1, end) {
            return Some((n + 1, place));
        }
    }
    let want = Want {
        level: Level::Ward,
        kind: None,
    };
    let (kind, p) = implicit_place(doc, want, Some(start))?;
    Some((0, with_place(doc, &kind, p)))
}

/// The locality of a unit that ends at `k`, written after it: "phường
/// Khương Đình" or the party organisation it belongs to, in brackets, after
/// "thuộc" or both ("Chi bộ Tổ dân phố số 7 (Đảng bộ phường Bạch Mai, quận
/// ...)", "Chi bộ Khu phố 3 thuộc Đảng bộ phường X"). Gives the tokens
/// read and the locality as the unit's name ends with it: none for a unit
/// with a name of its own ("Chi bộ thôn Phúc Hậu (Đảng bộ xã Uy Nỗ)"),
/// which the name alone tells apart; a numbered one needs its parent.
pub fn unit_locality(doc: &Doc, k: usize, end: usize) -> Option<(usize, Option<String>)> {
    // ("(thuộc Đảng bộ phường Y, thị xã Z)": both.)
    let open_of = doc.is_punct(k, "(") && doc.words_are(k + 1, "thuộc đảng bộ");
    let open = open_of || (doc.is_punct(k, "(") && doc.words_are(k + 1, "đảng bộ"));
    // (`k` may be the end: a unit that ends the text.)
    let parent = k > 0 && k < end && (open || doc.words[k] == "thuộc");
    let j = if open_of {
        k + 4
    } else if open || (parent && doc.words_are(k + 1, "đảng bộ")) {
        k + 3
    } else if parent {
        k + 1
    } else {
        k
    };
    let (n2, lw) = doc.lex.levels.longest(&doc.ids[..end], j)?;
    let want = super::places::want_for_level_word(&lw.canonical, lw.level);
    let (n3, place) = explicit_locality(doc, want, j + n2, end)?;
    let name = with_place(doc, &lw.canonical, place);
    let mut used = j + n2 + n3 - k;
    if open {
        used = (k..end).find(|&q| doc.is_punct(q, ")"))? + 1 - k;
    }
    let named = parent && doc.toks[k - 1].kind != TokKind::Num;
    Some((used, (!named).then_some(name)))
}

/// A village word at `j` ("thôn", "ấp", "bản"; not "số" or "tổ") that
/// places a body in a village: the tokens read and the village, as
/// written ("thôn Lê Xá", "khu phố 3 phường An Lạc") or, written alone,
/// the one the article names. A company's head in lowercase ("công ty")
/// places it in the company the article names.
fn village_branch(doc: &Doc, j: usize, end: usize) -> Option<(usize, String)> {
    let Some(v) = village_word(doc, j, end) else {
        // "Chủ tịch Công đoàn công ty": the company the article names.
        let (h, _) = doc.lex.company_heads.longest(&doc.ids[..end], j)?;
        let alone = !doc.toks[j].cap && doc.toks.get(j + h).is_none_or(|t| !t.cap || j + h >= end);
        return alone
            .then(|| completed_unit(doc, j, h))
            .flatten()
            .map(|c| (h, c));
    };
    let u = free_unit(doc, j, end);
    if u > v {
        let name = unit_text(doc, j, j + u);
        return Some(match numbered_unit_ward(doc, j, j + u, end) {
            Some((used, ward)) => (u + used, format!("{name} {ward}")),
            None => (u, name),
        });
    }
    Some((v, completed_unit(doc, j, v)?))
}

/// A unit from `a` to `e` that ends in a village word alone ("Chi hội Phụ
/// nữ thôn"), with the village the article names in its place.
fn village_tail(doc: &Doc, a: usize, e: usize) -> Option<String> {
    let s = match doc.lex.unit_breaks.ending_at(&doc.ids[..e], e, 3) {
        Some((s, UnitWord::Number)) if s >= a => s,
        _ => return None,
    };
    village_word(doc, s, e).filter(|&v| s + v == e)?;
    // ("Trưởng các thôn": many villages, none to complete.)
    if s > a && matches!(doc.words[s - 1], "các" | "những") {
        return None;
    }
    let village = completed_unit(doc, s, e - s)?;
    Some(format!("{} {village}", unit_text(doc, a, s)))
}

/// A lowercase word at `j` that opens a village's name
/// (`unit_breaks.tsv`, kind number), save those that also count or
/// group ("số", "tổ", "đội", "khu", "khu vực") and those inside an idiom
/// (`unit_breaks.tsv`, "nông thôn"): its length.
pub(super) fn village_word(doc: &Doc, j: usize, end: usize) -> Option<usize> {
    if j >= end || doc.toks[j].cap {
        return None;
    }
    // ("Phát triển nông thôn": the word inside an idiom is no village.)
    if doc
        .lex
        .unit_breaks
        .spans(&doc.ids[..end], j.saturating_sub(3), j)
    {
        return None;
    }
    match doc.lex.unit_breaks.longest(&doc.ids[..end], j) {
        Some((v, UnitWord::Number))
            if !matches!(
                &doc.words[j..j + v],
                ["số"] | ["tổ"] | ["đội"] | ["khu"] | ["khu", "vực"]
            ) =>
        {
            Some(v)
        }
        _ => None,
    }
}

/// `name` with the locality `place` after it, if any.
fn with_locality(name: &str, place: Option<&str>) -> String {
    match place {
        Some(p) => format!("{name} {p}"),
        None => name.to_string(),
    }
}

/// The article's province, as a department's locality ("tỉnh Quảng
/// Ngãi"), for a unit from `k` to `e` headed by a province's department
/// (`province_units.txt`) that writes no place of its own.
pub(crate) fn province_unit_place(doc: &Doc, k: usize, e: usize) -> Option<String> {
    doc.lex.province_units.longest(&doc.ids[..e], k)?;
    let placed = (k + 1..e).any(|t| {
        doc.lex.levels.longest(&doc.ids[..e], t).is_some()
            || match_place(doc, Want::PROVINCE, t, e, &doc.loc).is_some()
    });
    let p = doc.loc.province.filter(|_| !placed)?;
    Some(with_place(doc, province_word(doc, p), Place::Province(p)))
}

/// The name `unit` of a unit read freely from `j` over `u` tokens, with
/// the place of a province's department: written after it ("Sở Y tế tỉnh
/// Đồng Nai", the tokens read), else the article's province ("Đảng ủy Sở
/// Nội vụ" in a Phú Thọ article is that of "Sở Nội vụ tỉnh Phú Thọ").
/// Other units are kept as they are. Gives the tokens read after the unit
/// and the name.
fn department_place(doc: &Doc, j: usize, u: usize, end: usize, unit: String) -> (usize, String) {
    if doc.lex.province_units.longest(&doc.ids[..end], j).is_none() {
        return (0, unit);
    }
    if let Some((n, full)) = level_locality(doc, &unit, j + u, end, j) {
        return (n, full);
    }
    // (A unit completed from the article may have its province.)
    let named = doc
        .loc
        .province
        .is_some_and(|p| fold(&unit).contains(&fold(&doc.gaz.provinces[p].name)));
    match province_unit_place(doc, j, j + u) {
        Some(p) if !named && match_place(doc, Want::PROVINCE, j + u, end, &doc.loc).is_none() => {
            (0, format!("{unit} {p}"))
        }
        _ => (0, unit),
    }
}

/// A body the lexicon cannot list, named at `k` by a head of
/// `free_bodies.txt` and the capitalised name after it, with the locality
/// written after it: "Chi bộ thôn Bảo Lộc", "Chi bộ Tổ dân phố số 7 (Đảng
/// bộ phường Bạch Mai)".
pub fn free_body_at(doc: &Doc, k: usize, end: usize) -> Option<BodyMatch> {
    let (h, _) = doc.lex.free_bodies.longest(&doc.ids[..end], k)?;
    if !doc.toks[k].cap {
        return None;
    }
    // Only a head with its name written after it; a bare head is not
    // completed from the article here.
    let (u, mut name) = free_body_name(doc, k, end).filter(|&(u, _)| u > h)?;
    let mut len = u;
    if let Some((n, place)) = unit_locality(doc, k + u, end)
        .or_else(|| numbered_unit_ward(doc, k, k + u, end).map(|(n, p)| (n, Some(p))))
    {
        name = with_locality(&name, place.as_deref());
        len += n;
    } else if let Some((n, full)) = level_locality(doc, &name, k + u, end, k) {
        // "Phòng Tài chính - Kế hoạch huyện": the article's district.
        name = full;
        len += n;
    }
    Some(BodyMatch::as_written(len, &name))
}

/// A party committee read from no tokens (a default or a code suffix).
fn party_body(name: String, place: Option<Place>) -> BodyMatch {
    BodyMatch {
        len: 0,
        name,
        qualified: place.is_some(),
        party: true,
        steering: false,
        place,
        parent: None,
    }
}

/// The number of the resolution a steering committee carries out, read
/// after "Ban Chỉ đạo": "15", "thực hiện Nghị quyết 15", "NQ15".
pub fn steering_number(doc: &Doc, k: usize, end: usize) -> Option<(usize, String)> {
    let mut j = k;
    let lim = (k + 5).min(end);
    while j < lim {
        let t = doc.toks[j];
        if t.kind == TokKind::Num {
            return Some((j + 1 - k, doc.words[j].to_string()));
        }
        let w = doc.words[j];
        // "NQ15", "CT15".
        if t.kind == TokKind::Word && w.len() > 2 && w.starts_with(|c: char| c.is_alphabetic()) {
            let digits: String = w.chars().skip_while(|c| !c.is_ascii_digit()).collect();
            if !digits.is_empty()
                && digits.chars().all(|c| c.is_ascii_digit())
                && w.len() - digits.len() <= 3
            {
                return Some((j + 1 - k, digits));
            }
        }
        let skip = matches!(w, "thực" | "hiện" | "số" | "về")
            || doc.lex.doc_words.longest(&doc.ids, j).is_some();
        if !skip {
            return None;
        }
        j += doc.lex.doc_words.longest(&doc.ids, j).map_or(1, |(n, _)| n);
    }
    None
}

/// Length of the subject a steering committee is named by ("chuyển đổi
/// số", "phòng, chống tham nhũng"): lowercase words and commas up to the
/// level word that closes it.
pub(crate) fn steering_subject(doc: &Doc, k: usize, end: usize) -> Option<usize> {
    // (An idiom, "khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi
    // số", counts as one word.)
    let mut lim = (k + 16).min(end);
    let mut j = k;
    while j < lim {
        // "giải phóng mặt bằng (BCĐ GPMB) huyện": the committee's
        // abbreviation in brackets ends the subject before the locality.
        if j > k && abbreviation_before_level(doc, j, end).is_some() {
            return Some(j - k);
        }
        // "chính sách bảo hiểm xã hội, bảo hiểm y tế": a noun that opens
        // with a level word (`level_nouns.txt`) is part of the subject.
        if j > k {
            if let Some((n, _)) = doc.lex.level_nouns.longest(&doc.ids[..end], j) {
                j += n;
                continue;
            }
        }
        // "Ban Chỉ đạo huyện, từ đầu năm ...": a level word first is the
        // locality; the committee has no subject.
        // ("... dự án Vành đai 4 của huyện": "của" stands before the
        // level word, outside the subject.)
        if doc.lex.levels.longest(&doc.ids[..end], j).is_some() {
            let e = if j > k + 1 && doc.words[j - 1] == "của" {
                j - 1
            } else {
                j
            };
            // ("Ban Chỉ đạo các phường": committees of the wards, no task.)
            let e = if e > k && doc.words[e - 1] == "các" {
                e - 1
            } else {
                e
            };
            return (e > k && !doc.is_punct(e - 1, ",")).then_some(e - k);
        }
        // "Tổ công tác và lãnh đạo các xã", "Tổ công tác phối hợp chặt chẽ
        // với các xã": a conjunction or an adverb of prose is no task.
        if doc.lex.task_stops.longest(&doc.ids[..end], j).is_some() {
            return None;
        }
        // "giải phóng mặt bằng các dự án trọng điểm": "dự án" is a noun,
        // not the verb "dự". A project may be named after it ("dự án
        // Vành đai 4").
        if let Some((n, UnitWord::Idiom)) = doc.lex.unit_breaks.longest(&doc.ids[..end], j) {
            j += n;
            lim = (lim + n - 1).min(end);
            // ("Vành đai 4": a lowercase word inside, before the number.)
            if doc.words[j - 1] == "án" && j < lim && doc.toks[j].cap && !name_starts(doc, j, end)
            {
                let named = (j..lim)
                    .take_while(|&q| {
                        let t = doc.toks[q];
                        (t.kind == TokKind::Word && t.cap)
                            || t.kind == TokKind::Num
                            || (t.kind == TokKind::Word
                                && doc.toks.get(q + 1).is_some_and(|n| n.kind == TokKind::Num))
                    })
                    .count();
                j += named;
            }
            continue;
        }
        // "Tổ công tác triển khai Đề án 06 xã": a document named by its
        // kind and number is part of the task.
        if j > k {
            if let Some((n, _)) = doc.lex.doc_words.longest(&doc.ids[..end], j) {
                if doc.toks[j].cap
                    && doc
                        .toks
                        .get(j + n)
                        .is_some_and(|t| j + n < end && t.kind == TokKind::Num)
                {
                    j += n + 1;
                    continue;
                }
            }
        }
        // "Ban Chỉ đạo Chương trình mục tiêu quốc gia xây dựng nông thôn
        // mới huyện": a programme's kind, capitalised, opens the task
        // (after "các": "Ban Chỉ đạo các Chương trình mục tiêu quốc gia").
        if j == k || (j == k + 1 && doc.words[k] == "các") {
            if let Some((n, _)) = doc.lex.doc_words.longest(&doc.ids[..end], j) {
                let next = doc.toks.get(j + n);
                if doc.toks[j].cap
                    && next.is_some_and(|t| j + n < end && t.kind == TokKind::Word && !t.cap)
                {
                    j += n;
                    continue;
                }
            }
        }
        let t = doc.toks[j];
        // "phòng, chống dịch COVID-19": an acronym and its number belong
        // to the subject.
        let acronym = t.kind == TokKind::Word
            && t.cap
            && t.end - t.start > 1
            && !doc.span_text(j, j + 1).chars().any(char::is_lowercase);
        // ("phòng, chống dịch Covid-19": so is a capitalised word joined
        // to a dash and a number.)
        let acronym = acronym
            || (t.kind == TokKind::Word
                && t.cap
                && doc.is_dash(j + 1)
                && doc.toks.get(j + 2).is_some_and(|n| {
                    n.kind == TokKind::Num
                        && doc.toks[j + 1].start == t.end
                        && doc.toks[j + 1].end == n.start
                }));
        let joined = j > k && doc.toks[j - 1].end == t.start;
        let number = joined && (t.kind == TokKind::Num || doc.is_dash(j));
        // ("BCĐ GPMB huyện": a task written as its abbreviation,
        // `unit_abbreviations.tsv`.)
        let known = || acronym && doc.lex.unit_abbrevs.longest(&doc.ids[..end], j).is_some();
        let word = (t.kind == TokKind::Word && !t.cap) || (j > k && (acronym || number)) || known();
        // "đồng chí Trưởng Ban Chỉ đạo yêu cầu các xã ...": a speech
        // follows the title, no subject.
        let speech = || {
            doc.lex
                .cues
                .longest_where(&doc.ids[..end], j, |c| {
                    matches!(c.as_str(), "speech" | "assign" | "pledge")
                })
                .is_some()
        };
        if !(word || (j > k && doc.is_punct(j, ",")))
            || speech()
            || doc.lex.verbs.longest(&doc.ids[..end], j).is_some()
        {
            return None;
        }
        j += 1;
    }
    None
}

/// The party committee or people's council or committee a steering
/// committee belongs to, after its number ("Ban Chỉ đạo 35 (của) Quận ủy
/// Đống Đa", "Ban Chỉ đạo 15 UBND quận"): the tokens it takes and its place.
fn steering_owner(doc: &Doc, j: usize, end: usize) -> Option<(usize, Option<Place>)> {
    let k = if j < end && doc.words[j] == "của" {
        j + 1
    } else {
        j
    };
    let reading = Reading {
        owners: false,
        ..Reading::FULL
    };
    let b = parse_body_with(doc, k, end, reading, None)
        .filter(|b| !b.steering && b.len > 0 && b.place.is_some())?;
    Some((k + b.len - j, b.place))
}

/// Read the locality after a level word or committee word at `k`:
/// (tokens used, level word, name, place).
fn explicit_locality(doc: &Doc, want: Want, k: usize, end: usize) -> Option<(usize, Place)> {
    let mut j = k;
    if doc.is_punct(j, ".") {
        j += 1;
    }
    if let Some((n, p)) = super::places::place_at(doc, want, j, end, &doc.loc) {
        return Some((j - k + n, p));
    }
    // "Đảng ủy xã biên giới Chiềng Khương": words that describe a commune
    // may stand before its name (`ward_descriptors.txt`).
    if want.level != Level::Ward {
        return None;
    }
    while let Some((d, _)) = doc.lex.ward_descriptors.longest(&doc.ids[..end], j) {
        j += d;
    }
    if j == k || j >= end || !doc.toks[j].cap {
        return None;
    }
    super::places::place_at(doc, want, j, end, &doc.loc).map(|(n, p)| (j - k + n, p))
}

/// A list's shared title made the item's own by the commune written in
/// brackets after the item's name: "các đồng chí Chỉ huy trưởng Ban CHQS
/// xã: A (xã Hoằng Đạt), B (xã Hoằng Thanh)". `k` is the token after the
/// name; the title's body must have no place and end with the bracket's
/// level word.
pub fn placed_by_bracket(doc: &Doc, t: &TitleMatch, k: usize, end: usize) -> Option<TitleMatch> {
    let b = t.body.as_ref().filter(|b| b.place.is_none())?;
    if !doc.is_punct(k, "(") {
        return None;
    }
    let (n, lw) = doc.lex.levels.longest(&doc.ids[..end], k + 1)?;
    if lw.level != Level::Ward || !fold(&b.name).ends_with(&format!(" {}", lw.canonical)) {
        return None;
    }
    let want = Want {
        level: Level::Ward,
        kind: None,
    };
    let (m, p) = explicit_locality(doc, want, k + 1 + n, end)?;
    if !doc.is_punct(k + 1 + n + m, ")") {
        return None;
    }
    Some(TitleMatch {
        name: with_place(doc, &t.name, p),
        body: Some(BodyMatch {
            name: with_place(doc, &b.name, p),
            qualified: true,
            place: Some(p),
            ..b.clone()
        }),
        ..t.clone()
    })
}

/// The node of a body, with the edges that place it: the body it is part
/// of (`sub_organization_of`) and the place whose body it is (`located_in`).
/// Evidence comes from tokens `a..e`.
pub fn committee_entity(doc: &mut Doc, b: &BodyMatch, a: usize, e: usize) -> usize {
    use crate::facts::{EdgeType, NodeType};
    let ce = doc.entity(NodeType::Committee, &crate::text::key(&b.name), &b.name);
    if let Some(p) = b.place {
        let pe = match p {
            Place::Province(i) => super::places::province_entity(doc, i, true),
            Place::District(i) => super::places::district_entity(doc, i, true),
            Place::Ward(i) => super::places::ward_entity(doc, i, true),
            Place::Unlisted {
                district,
                tok,
                len,
                kind,
            } => super::places::unlisted_ward_entity(doc, district, tok, len, kind),
        };
        doc.relate(EdgeType::LocatedIn, ce, pe, a, e);
    }
    if let Some(parent) = &b.parent {
        let up = BodyMatch {
            len: 0,
            name: parent.clone(),
            parent: None,
            ..b.clone()
        };
        let pe = committee_entity(doc, &up, a, e);
        doc.relate(EdgeType::SubOrganizationOf, ce, pe, a, e);
    }
    ce
}

/// The ward of the title that follows a comma at `j`, for a party
/// committee written without one: in "Bí thư Đảng ủy, Chủ tịch HĐND phường
/// Láng Thượng" both posts are in that ward. Only a role right after the
/// comma, and a ward kind word and name before the clause ends.
fn ward_of_next_title(doc: &Doc, j: usize, end: usize) -> Option<(String, Place)> {
    let lex = doc.lex;
    if !doc.is_punct(j, ",") || lex.roles.longest(&doc.ids[..end], j + 1).is_none() {
        return None;
    }
    let stop = end.min(j + 16);
    for k in j + 1..stop {
        if doc.toks[k].kind == TokKind::Punct && !doc.is_dash(k) {
            return None;
        }
        if let Some((n, lw)) = lex.levels.longest(&doc.ids[..stop], k) {
            if lw.level != Level::Ward {
                return None;
            }
            let want = want_for_level_word(&lw.canonical, lw.level);
            let (_, p) = explicit_locality(doc, want, k + n, end)?;
            return Some((lw.canonical.clone(), p));
        }
    }
    None
}

/// The company the post after the comma at `j` names in full ("Bí thư
/// Đảng ủy, Chủ tịch HĐTV Công ty TNHH MTV Thoát nước Hà Nội"): its name
/// as written.
fn company_of_next_title(doc: &Doc, j: usize, end: usize) -> Option<String> {
    let lex = doc.lex;
    if !doc.is_punct(j, ",") {
        return None;
    }
    let (n, _) = lex.roles.longest(&doc.ids[..end], j + 1)?;
    let stop = end.min(j + 1 + n + 6);
    let (q, h) = (j + 1 + n..stop)
        .take_while(|&q| doc.toks[q].kind == TokKind::Word)
        .filter(|&q| doc.toks[q].cap)
        .find_map(|q| Some((q, lex.company_heads.longest(&doc.ids[..end], q)?.0)))?;
    let u = free_unit(doc, q, end);
    (u > h).then(|| unit_text(doc, q, q + u))
}

/// A sub-body written with no body after it ("Ban Chấp hành", "Ban
/// Thường vụ"), `len` tokens, as part of the party committee `base` (with
/// no prefix, `base` itself). The
/// executive committee is that of the party organisation ("Ban Chấp hành
/// Đảng bộ quận Cầu Giấy"), the others of the committee ("Ban Thường vụ
/// Quận ủy Cầu Giấy").
fn sub_body(doc: &Doc, prefixes: &[String], base: BodyMatch, len: usize) -> BodyMatch {
    let core = match (prefixes, base.place) {
        // "Đảng ủy Khối các cơ quan tỉnh Sơn La" is led by the Ban Chấp
        // hành of "Đảng bộ Khối các cơ quan tỉnh Sơn La".
        ([only], _)
            if base.party && only == "Ban Chấp hành" && base.name.starts_with("Đảng ủy ") =>
        {
            base.name.replacen("Đảng ủy ", "Đảng bộ ", 1)
        }
        ([only], Some(p)) if base.party && only == "Ban Chấp hành" => {
            with_place(doc, &format!("Đảng bộ {}", place_kind(doc, p)), p)
        }
        _ => base.name.clone(),
    };
    let mut name = prefixes.join(" ");
    if !name.is_empty() {
        name.push(' ');
    }
    name.push_str(&core);
    BodyMatch {
        len,
        name,
        parent: parent_of(prefixes, &core),
        ..base
    }
}

/// The committee a sub-body is part of ("Quận ủy Cầu Giấy" for "Ban Thường
/// vụ Quận ủy Cầu Giấy"), or the body itself.
fn committee_of(b: BodyMatch) -> BodyMatch {
    match b.parent.clone() {
        Some(parent) => BodyMatch {
            name: parent,
            parent: None,
            ..b
        },
        None => b,
    }
}

/// The membership title of a body a person joins, read at `k` ("tham gia
/// Ban Chấp hành Đảng bộ thị xã, Ban Thường vụ Thị ủy ..."): "Ủy viên" and
/// the body. A sub-body written alone ("tham gia Ban Chấp hành, Ban Thường
/// vụ và giữ chức Bí thư Đảng ủy xã Bản Cầm") is part of `home`, the party
/// committee of the post taken with it, else of the article's.
pub fn member_title(
    doc: &Doc,
    k: usize,
    end: usize,
    home: Option<&BodyMatch>,
) -> Option<TitleMatch> {
    let lex = doc.lex;
    let mut prefixes = Vec::new();
    let mut j = k;
    while let Some((n, b)) = lex.bodies.longest(&doc.ids[..end], j) {
        if b.class != BodyClass::Prefix {
            break;
        }
        prefixes.push(b.canonical.clone());
        j += n;
    }
    let bare =
        !prefixes.is_empty() && (j >= end || lex.bodies.longest(&doc.ids[..end], j).is_none());
    let home = home
        .filter(|h| h.party && !h.steering)
        .map(|h| committee_of(h.clone()));
    let body = match home {
        Some(h) if bare => sub_body(doc, &prefixes, h, j - k),
        _ => parse_body(doc, k, end).filter(|b| !b.steering)?,
    };
    let len = body.len + skip_term(doc, k + body.len, end);
    Some(TitleMatch {
        len,
        name: format!("Ủy viên {}", body.name),
        former: false,
        body: Some(body),
        explicit_body: true,
    })
}

/// [`member_title`] of a body at `k` written bare ("bầu Ban Thường vụ gồm
/// 9 đồng chí"), in an article reporting a party congress: a part of the
/// congress's committee ("Ủy viên Ban Thường vụ Đảng ủy xã Óc Eo").
pub(crate) fn congress_member_title(doc: &Doc, k: usize, end: usize) -> Option<TitleMatch> {
    let home = congress_party_committee(doc)?;
    member_title(doc, k, end, Some(&home))
}

/// The body that owns a sibling sub-body written later in the sentence
/// with its owner, for a sub-body of `family` written alone at `j`: "bà A
/// làm Trưởng Ban Pháp chế; ông B làm Trưởng Ban Kinh tế - Xã hội HĐND
/// xã" gives both committees the commune's council, not a council the
/// article named before.
fn sibling_owner(doc: &Doc, j: usize, family: &str) -> Option<BodyMatch> {
    let lex = doc.lex;
    let e = doc.sents[doc.sentence_of(j.min(doc.toks.len().saturating_sub(1)))].tok_end;
    let q = (j..e).take_while(|&q| !doc.is_punct(q, ".")).find(|&q| {
        lex.bodies.longest(&doc.ids[..e], q).is_some_and(|(_, b)| {
            b.class == BodyClass::Prefix && b.default_family.as_deref() == Some(family)
        })
    })?;
    let reading = Reading {
        elided: false,
        ..Reading::FULL
    };
    let b = parse_body_with(doc, q, e, reading, None).filter(|b| b.qualified)?;
    b.parent.is_some().then(|| committee_of(b))
}

/// A body named as written, with no place of its own: `name` after the
/// parts read before it (`prefixes`), over `len` tokens.
fn as_written(prefixes: &[String], name: &str, len: usize, party: bool) -> BodyMatch {
    let mut full = prefixes.join(" ");
    if !full.is_empty() {
        full.push(' ');
    }
    full.push_str(name);
    BodyMatch {
        len,
        name: full,
        qualified: true,
        party,
        steering: false,
        place: None,
        parent: parent_of(prefixes, name),
    }
}

/// The body a sub-body belongs to: the name without its first prefix
/// ("Ban Thường vụ" + "Quận ủy Cầu Giấy" -> "Quận ủy Cầu Giấy").
fn parent_of(prefixes: &[String], core: &str) -> Option<String> {
    if prefixes.is_empty() {
        return None;
    }
    let rest = &prefixes[1..];
    let mut s = rest.join(" ");
    if !s.is_empty() {
        s.push(' ');
    }
    s.push_str(core);
    Some(s)
}

/// Parse a body at token `i` (not beyond `end`).
pub fn parse_body(doc: &Doc, i: usize, end: usize) -> Option<BodyMatch> {
    parse_body_with(doc, i, end, Reading::FULL, None)
}

/// [`parse_body`] for an item of a list whose last item names the place
/// ("HĐND" in "Đảng ủy - HĐND - UBND phường Yên Hòa"): written without a
/// level word, the body is of `shared`, not of the article's own unit.
pub fn parse_body_sharing(doc: &Doc, i: usize, end: usize, shared: Place) -> Option<BodyMatch> {
    parse_body_with(doc, i, end, Reading::FULL, Some(shared))
}

/// What a body reading may look through: each is a recursion, and each
/// nested reading turns it off, so the depth stays fixed whatever the text
/// (the fuzzer's "Phó Ban Tổ chức Ban," read its lone "Ban" through
/// itself, tens of thousands of calls deep).
#[derive(Clone, Copy)]
struct Reading {
    /// A steering committee may read the body it belongs to after it.
    owners: bool,
    /// A body word alone ("Hội") may stand for the nearest body of its
    /// family.
    elided: bool,
    /// An abbreviation may stand for the body the article defined it for.
    abbreviations: bool,
}

impl Reading {
    const FULL: Reading = Reading {
        owners: true,
        elided: true,
        abbreviations: true,
    };
}

/// A province's department at `j`, written with its name ("Sở Xây
/// dựng") or alone at the end of its clause ("Phó Chánh Thanh tra Sở."):
/// a body before it is that department's. ("Ban Chỉ huy Quân sự Sở nêu
/// ..." is not read so.)
fn named_department(doc: &Doc, j: usize, end: usize) -> bool {
    j < end
        && doc.toks[j].cap
        && doc
            .lex
            .province_units
            .longest(&doc.ids[..end], j)
            .is_some_and(|(h, _)| match doc.toks.get(j + h) {
                Some(t) if j + h < end => {
                    (t.kind == TokKind::Word && t.cap)
                        || t.kind == TokKind::Punct
                        || t.newline_before
                }
                _ => true,
            })
}

/// A region after a body at `j` ("khu vực 3 - Ninh Bình", "khu vực
/// XVII"): the tokens read, the body's name with it and the province.
fn regional(doc: &Doc, core: &str, j: usize, end: usize) -> Option<(usize, String, Option<Place>)> {
    if !(j + 2 < end && doc.words_are(j, "khu vực")) {
        return None;
    }
    let t = doc.toks[j + 2];
    let roman = t.kind == TokKind::Word
        && t.upper
        && doc.tok_text(j + 2).chars().all(|c| "IVXL".contains(c));
    if t.kind != TokKind::Num && !roman {
        // "Trung tâm Y tế khu vực Núi Thành": a region named after a place,
        // as written (the place is no unit of the body).
        // (A place's own name first: "khu vực Sơn Hà Võ Thị A" ends at the
        // district before the person.)
        let place = [Level::District, Level::Ward, Level::Province]
            .into_iter()
            .find_map(|level| match_place(doc, Want { level, kind: None }, j + 2, end, &doc.loc))
            .map(|(n, _)| j + 1 + n);
        let named = place.or_else(|| {
            (j + 2..end.min(j + 6))
                .take_while(|&q| {
                    let w = doc.toks[q];
                    w.kind == TokKind::Word && w.cap && !(q > j + 2 && name_starts(doc, q, end))
                })
                .last()
        })?;
        let words: Vec<&str> = (j + 2..=named).map(|q| doc.tok_text(q)).collect();
        let name = format!("{core} khu vực {}", words.join(" "));
        return Some((named + 1 - j, name, None));
    }
    let mut k = j + 3;
    let mut name = format!("{core} khu vực {}", doc.tok_text(j + 2));
    let written = (k + 1 < end && doc.is_dash(k))
        .then(|| match_place(doc, Want::PROVINCE, k + 1, end, &doc.loc))
        .flatten();
    let province = match written {
        Some((n, p @ Place::Province(_))) => {
            k += 1 + n;
            Some(p)
        }
        _ => doc.loc.province.map(Place::Province),
    };
    if let Some(p) = province {
        name = format!("{name} - {}", place_name(doc, p));
    }
    Some((k - j, name, province))
}

/// [`parse_body`], looking through what `reading` allows.
fn parse_body_with(
    doc: &Doc,
    i: usize,
    end: usize,
    reading: Reading,
    shared: Option<Place>,
) -> Option<BodyMatch> {
    let lex = doc.lex;
    // (The abbreviation first: it looks at a word in capitals only, and
    // this is called for most words of an article.)
    if i < end
        && doc.defined_abbreviation(i).is_some()
        && lex.bodies.longest(&doc.ids[..end], i).is_none()
    {
        return defined_body(doc, i, reading, shared);
    }
    let mut j = i;
    let mut prefixes: Vec<String> = Vec::new();
    let mut family: Option<String> = None;
    while j < end {
        match lex.bodies.longest(&doc.ids[..end], j) {
            Some((n, b)) if b.class == BodyClass::Prefix => {
                // "Ban Dân vận (BDV) Huyện ủy": the abbreviation the text
                // defines stands between the part and its body.
                let mut after = j + n;
                if bracketed_abbreviation(doc, after, end)
                    && lex.bodies.longest(&doc.ids[..end], after + 3).is_some()
                {
                    after += 3;
                }
                // A prefix of two letters ("TT" in "TT.HĐND") stands only
                // before a body: "Sở VH, TT&DL" has none.
                if n == 1
                    && doc.words[j].chars().nth(2).is_none()
                    && lex.bodies.longest(&doc.ids[..end], after).is_none()
                {
                    break;
                }
                prefixes.push(b.canonical.clone());
                family = b.default_family.clone();
                j = after;
            }
            // "Ban Dân tộc HĐND tỉnh": a body of its own ("Ban Dân tộc
            // tỉnh") that is a committee of the council written after it.
            Some((n, b))
                if b.class == BodyClass::Leveled
                    && lex
                        .bodies
                        .longest(&doc.ids[..end], j + n)
                        .is_some_and(|(_, c)| c.canonical == "Hội đồng nhân dân") =>
            {
                prefixes.push(b.canonical.clone());
                family = Some("people".into());
                j += n;
            }
            _ => break,
        }
    }
    let core = if j < end {
        lex.bodies.longest(&doc.ids[..end], j)
    } else {
        None
    };
    let join = |prefixes: &[String], core: &str| -> String {
        let mut s = prefixes.join(" ");
        if !s.is_empty() && !core.is_empty() {
            s.push(' ');
        }
        s.push_str(core);
        s
    };
    let Some((n, b)) = core else {
        if prefixes.is_empty() {
            return None;
        }
        // "Chủ nhiệm UBKT ĐUK": a part of a body the article abbreviated.
        if j < end {
            if let Some(b) = defined_body(doc, j, reading, shared) {
                return Some(sub_body(doc, &prefixes, b, j + 1 - i));
            }
        }
        // "Chánh Văn phòng Sở Nội vụ": the office of a province's
        // department, which the title reads as a unit with its province.
        if named_department(doc, j, end) {
            return None;
        }
        // "Chánh Văn phòng Hội": a body word written alone after the
        // sub-body is the body of that family the article names.
        if let Some((n, families)) = elided_word(doc, j, end).filter(|_| reading.elided) {
            let b = nearest_body(doc, j, families)?;
            // "Phó Ban Tổ chức Ban,": the nearest "Ban" is this one.
            if b.name.starts_with(&format!("{} ", prefixes.join(" "))) {
                return Some(BodyMatch {
                    len: j + n - i,
                    ..b
                });
            }
            return Some(sub_body(doc, &prefixes, b, j + n - i));
        }
        // A sub-body with no body after it belongs to the article's own
        // body of its family ("Trưởng ban Tổ chức" in a Quận ủy article is
        // rare; "UVTV" is not parsed here).
        // A council's committee ("Trưởng Ban Pháp chế") is of the council
        // the article names.
        // (A sibling is read with no elision, so it looks no further.)
        let sibling = family
            .as_deref()
            .filter(|_| reading.elided)
            .and_then(|f| sibling_owner(doc, j, f));
        let base = sibling.or_else(|| match family.as_deref() {
            Some("party") => party_committee_at(doc, j),
            Some("people") => nearest_body(doc, j, &[String::from("Hội đồng nhân dân")]),
            _ => None,
        });
        return Some(sub_body(doc, &prefixes, base?, j - i));
    };
    // "TU" is the province's committee: a Thành ủy in a centrally-run city.
    let b = match (n, doc.words[j], doc.loc.province) {
        (1, "tu", Some(p)) if doc.province_is_city(p) => lex
            .bodies
            .longest(&lex.ids(&["thành", "ủy"]), 0)
            .map_or(b, |(_, c)| c),
        _ => b,
    };
    j += n;
    match b.class {
        BodyClass::Central => Some(BodyMatch {
            len: j - i,
            name: join(&prefixes, &b.canonical),
            qualified: true,
            party: b.canonical.contains("Trung ương") || b.canonical.contains("Bộ Chính trị"),
            steering: false,
            place: None,
            parent: None,
        }),
        BodyClass::Committee => {
            // "Đảng ủy Công ty Điện lực Bạc Liêu": the party committee of a
            // body the lexicon cannot list, named as written.
            if b.canonical == "Đảng ủy" && j < end && doc.toks[j].cap {
                if let Some((u, unit)) = free_body_name(doc, j, end) {
                    let (more, unit) = department_place(doc, j, u, end, unit);
                    let name = format!("Đảng ủy {unit}");
                    return Some(as_written(&prefixes, &name, j + u + more - i, true));
                }
            }
            let mut want = want_for_committee(b)?;
            let mut word = b.canonical.clone();
            if b.canonical == "Đảng ủy" {
                if let Some((n2, lw)) = lex.levels.longest(&doc.ids[..end], j) {
                    if lw.level == Level::Ward {
                        want = want_for_level_word(&lw.canonical, lw.level);
                        word = format!("Đảng ủy {}", lw.canonical);
                        j += n2;
                    }
                }
            }
            // "Đảng ủy, HĐND, UBND xã Cao Viên": the place written last in
            // a list of bodies, when it is of the committee's level.
            let shared = shared.filter(|p| {
                matches!(
                    (want.level, p),
                    (Level::Ward, Place::Ward(_))
                        | (Level::District, Place::District(_))
                        | (Level::Province, Place::Province(_))
                        | (Level::City, Place::Province(_) | Place::District(_))
                )
            });
            // A "Đảng ủy" with no kind word after it.
            let bare_party = b.canonical == "Đảng ủy" && word == "Đảng ủy";
            let company = bare_party
                .then(|| company_of_next_title(doc, j, end))
                .flatten();
            let (place, qualified) = match explicit_locality(doc, want, j, end) {
                Some((n3, p)) => {
                    j += n3;
                    (Some(p), true)
                }
                None if shared.is_some() => {
                    if word == "Đảng ủy" {
                        if let Some(p) = shared {
                            word = format!("Đảng ủy {}", place_kind(doc, p));
                        }
                    }
                    (shared, true)
                }
                // "Bí thư Đảng ủy, Tổng Giám đốc Tổng Công ty Vận tải Hà
                // Nội": the party committee of the company the next post
                // names.
                None if company.is_some() => {
                    let unit = company?;
                    let base = BodyMatch {
                        party: true,
                        ..BodyMatch::as_written(j - i, &format!("Đảng ủy {unit}"))
                    };
                    return Some(sub_body(doc, &prefixes, base, j - i));
                }
                // "(phường Nam Nha Trang), Ban Chấp hành Đảng bộ Công an
                // tỉnh ... Phó Bí thư Đảng ủy": an article of a sector's
                // committee that never names its ward's committee (unless
                // the next post names the ward: "Bí thư Đảng ủy, Chính trị
                // viên Ban CHQS xã Bản Cầm").
                None if bare_party
                    && !names_ward_committee(doc)
                    && sector_party_committee(doc).is_some()
                    && ward_of_next_title(doc, j, end).is_none() =>
                {
                    let sb = sector_party_committee(doc)?;
                    let more = sector_echo(doc, &sb.name, j, end);
                    return Some(sub_body(doc, &prefixes, sb, j + more - i));
                }
                // The ward of the next post in the clause comes before the
                // article's: "Phó Bí thư Đảng ủy, Chủ tịch UBND xã B" in an
                // article that named xã A first.
                None => match bare_party
                    .then(|| ward_of_next_title(doc, j, end))
                    .flatten()
                {
                    Some((kind, p)) => {
                        word = format!("Đảng ủy {kind}");
                        (Some(p), true)
                    }
                    None => match implicit_place(doc, want, Some(i)) {
                        Some((kind, p)) => {
                            if bare_party {
                                word = format!("Đảng ủy {kind}");
                            }
                            (Some(p), true)
                        }
                        // "Bí thư Đảng ủy, Trưởng Công an huyện" in an
                        // article of the district police's committee.
                        None if bare_party => match sector_party_committee(doc) {
                            Some(sb) => {
                                let more = sector_echo(doc, &sb.name, j, end);
                                return Some(sub_body(doc, &prefixes, sb, j + more - i));
                            }
                            None => (None, false),
                        },
                        None => (None, false),
                    },
                },
            };
            let name = match place {
                Some(p) => with_place(doc, &word, p),
                None => word,
            };
            Some(BodyMatch {
                len: j - i,
                name: join(&prefixes, &name),
                qualified,
                party: true,
                steering: false,
                place,
                parent: parent_of(&prefixes, &name),
            })
        }
        BodyClass::Subject => {
            // "Hội đồng bồi thường, hỗ trợ và tái định cư huyện Yên
            // Phong": the task, then the level word and the place.
            // ("Ban Tổ chức lễ hội huyện": a board whose surface says its
            // task may go on with its level and place alone, or with the
            // event's name: "Ban Tổ chức Lễ hội Nghinh Ông Nam Hải huyện
            // Kiên Hải", "Ban Tổ chức Lễ hội Trường Yên".)
            let subject = if b.own_task {
                let used = event_name(doc, j, end, false);
                if lex.levels.longest(&doc.ids[..end], j + used).is_none() {
                    // "Trưởng ban Tổ chức Đại hội": the board of the event
                    // the article names.
                    let name = if used > 0 {
                        format!("{} {}", b.canonical, unit_text(doc, j, j + used))
                    } else {
                        event_board(doc, b, j - n, j)?
                    };
                    return Some(BodyMatch {
                        len: j + used - i,
                        name: join(&prefixes, &crate::text::squash(&name)),
                        qualified: false,
                        party: false,
                        steering: false,
                        place: None,
                        parent: parent_of(&prefixes, &name),
                    });
                }
                Some(used).filter(|_| level_place(doc, j + used, end, i).is_some())
            } else {
                steering_subject(doc, j, end)
            };
            let Some(used) = subject else {
                // "Chủ tịch Hội đồng": the one the article names by its task
                // ("Thường trực Hội đồng": a part of it).
                let b = named_by_task(doc, j - n, n, |q, end| {
                    steering_subject(doc, q, end).is_some()
                })
                .or_else(|| named_council(doc, j - n, n))?;
                return Some(sub_body(doc, &prefixes, b, j - i));
            };
            // (Empty for a board whose surface says its task.)
            let task = unit_text(doc, j, j + used);
            j += used;
            if doc.words.get(j) == Some(&"của") {
                j += 1;
            }
            let (n2, level, place) = level_place(doc, j, end, i)?;
            j += n2;
            let mut name = crate::text::squash(&format!("{} {task} {level}", b.canonical));
            if let Some(p) = place {
                name = with_place(doc, &name, p);
            }
            Some(BodyMatch {
                len: j - i,
                name: join(&prefixes, &name),
                qualified: place.is_some(),
                party: false,
                steering: false,
                place,
                parent: parent_of(&prefixes, &name),
            })
        }
        BodyClass::Leveled | BodyClass::Steering => {
            let steering = b.class == BodyClass::Steering;
            let mut core = b.canonical.clone();
            // "Hội Liên hiệp Phụ nữ (LHPN) phường Hòa An": the abbreviation
            // the text defines stands between the body and its place.
            if bracketed_abbreviation(doc, j, end)
                && lex.levels.longest(&doc.ids[..end], j + 3).is_some()
            {
                j += 3;
            }
            if steering {
                let num = steering_number(doc, j, end);
                let subject = num
                    .is_none()
                    .then(|| steering_subject(doc, j, end))
                    .flatten();
                let num = match (num, subject) {
                    (Some((used, num)), _) => {
                        j += used;
                        Some(num)
                    }
                    // "Ban Chỉ đạo chuyển đổi số huyện": named by its subject.
                    (None, Some(used)) => {
                        let named = unit_text(doc, j, j + used);
                        j += used;
                        Some(named)
                    }
                    (None, None) => doc
                        .steering_named
                        .iter()
                        .rev()
                        .find(|&&(at, _)| at < i)
                        .map(|(_, task)| task.clone())
                        .or_else(|| doc.steering_number.clone()),
                };
                if let Some(num) = num {
                    core = format!("{core} {num}");
                }
                // "Ban Chỉ đạo giải phóng mặt bằng (BCĐ GPMB) huyện Quảng
                // Xương": an abbreviation of words before the place.
                if let Some(n) = abbreviation_before_level(doc, j, end) {
                    j += n;
                }
            }
            // "Tòa án nhân dân khu vực 3 - Ninh Bình": a regional body
            // (since July 2025), numbered, with its province after a dash or
            // the article's.
            if let Some((used, name, province)) =
                (!steering).then(|| regional(doc, &core, j, end)).flatten()
            {
                j += used;
                return Some(BodyMatch {
                    len: j - i,
                    name: join(&prefixes, &name),
                    qualified: province.is_some(),
                    party: false,
                    steering: false,
                    place: province,
                    parent: parent_of(&prefixes, &name),
                });
            }
            // "Ban Chỉ đạo 35 (của) Quận ủy Đống Đa": the committee it
            // belongs to gives its place ("Quận" there is no level word).
            let owner = (steering && reading.owners)
                .then(|| steering_owner(doc, j, end))
                .flatten();
            // "Đoàn đại biểu Quốc hội khóa XV thành phố Hà Nội": a term
            // between the body and its locality.
            let term = skip_term(doc, j, end);
            if owner.is_none()
                && term > 0
                && lex.levels.longest(&doc.ids[..end], j + term).is_some()
            {
                j += term;
            }
            let level = match owner {
                Some(_) => None,
                None => lex.levels.longest(&doc.ids[..end], j),
            };
            // "Ủy viên Ban Chấp hành Đảng bộ, Trưởng Phòng Tham mưu Công an
            // tỉnh": a bare "Đảng bộ" in a sector committee's article.
            if b.canonical == "Đảng bộ"
                && owner.is_none()
                && level.is_none()
                && shared.is_none()
                && !names_ward_committee(doc)
            {
                if let Some(sb) = sector_party_committee(doc) {
                    let core = sb.name.replacen("Đảng ủy ", "Đảng bộ ", 1);
                    return Some(BodyMatch {
                        len: j - i,
                        name: join(&prefixes, &core),
                        parent: parent_of(&prefixes, &core),
                        party: true,
                        ..sb
                    });
                }
            }
            // "Hội Nông dân thôn Lê Xá", "Chi hội trưởng Hội Nông dân
            // thôn": the body's branch in a village, written or the one the
            // article names, not the district's body.
            if owner.is_none() && level.is_none() && !steering {
                if let Some((used, village)) = village_branch(doc, j, end) {
                    let name = format!("{core} {village}");
                    return Some(as_written(&prefixes, &name, j + used - i, false));
                }
            }
            // "Đảng ủy Khối Doanh nghiệp Hà Nội", "Công an Nghệ An": a
            // province written bare after the body is its locality, as
            // written, not the start of a name ("Hà" is also a family
            // name).
            let bare_province = (owner.is_none()
                && level.is_none()
                && !steering
                && j > i
                && j < end
                && doc.toks[j].cap)
                .then(|| match_place(doc, Want::PROVINCE, j, end, &doc.loc))
                .flatten();
            let (kind, place) = match (owner, level) {
                (Some((used, p)), _) => {
                    j += used;
                    (p.map(|p| place_kind(doc, p)), p)
                }
                (None, Some((n2, lw))) => {
                    j += n2;
                    let want = want_for_level_word(&lw.canonical, lw.level);
                    // "Công an huyện (CAH) Lục Yên": after the level word.
                    if bracketed_abbreviation(doc, j, end)
                        && explicit_locality(doc, want, j + 3, end).is_some()
                    {
                        j += 3;
                    }
                    match explicit_locality(doc, want, j, end) {
                        Some((n3, p)) => {
                            j += n3;
                            (Some(lw.canonical.clone()), Some(p))
                        }
                        None => match implicit_place(doc, want, Some(i)) {
                            Some((kind, p)) => (Some(kind), Some(p)),
                            None => (Some(lw.canonical.clone()), None),
                        },
                    }
                }
                // "Phó Chánh Thanh tra Sở Xây dựng": the inspectorate of a
                // province's department, which the title reads as a unit
                // with its province ("Chánh Thanh tra" a role).
                (None, None) if !steering && named_department(doc, j, end) => {
                    return None;
                }
                (None, None) if bare_province.is_some() => {
                    let (n, p) = bare_province?;
                    j += n;
                    (None, Some(p))
                }
                (None, None) => {
                    // No level word: the list's place, else the article's own
                    // unit, lowest level first.
                    let p = if shared.is_some() {
                        shared
                    } else if doc.loc.post_2025 {
                        doc.loc
                            .ward
                            .map(Place::Ward)
                            .or(doc.loc.province.map(Place::Province))
                    } else {
                        doc.loc
                            .district
                            .map(Place::District)
                            .or(doc.loc.province.map(Place::Province))
                    };
                    match p {
                        Some(p) => (Some(place_kind(doc, p)), Some(p)),
                        None => (None, None),
                    }
                }
            };
            let mut name = core;
            if let Some(k) = &kind {
                name.push(' ');
                name.push_str(k);
            }
            if let Some(p) = place {
                name = with_place(doc, &name, p);
            }
            let party = b.canonical == "Đảng bộ"
                || b.canonical.starts_with("Đảng ủy ")
                || b.canonical.starts_with("Đảng bộ ")
                || prefixes.iter().any(|p| p == "Ban Chấp hành");
            Some(BodyMatch {
                len: j - i,
                name: join(&prefixes, &name),
                qualified: place.is_some(),
                party,
                steering,
                place,
                parent: parent_of(&prefixes, &name),
            })
        }
        BodyClass::Prefix => None,
    }
}

/// `name` with the place of the level word that the abbreviation at
/// `k..e` spells after a body ("Phó Trưởng CAH": Công an huyện, the
/// article's district).
fn abbreviated_level(doc: &Doc, name: &str, k: usize, e: usize) -> Option<String> {
    let lex = doc.lex;
    let (n, (_, ids)) = lex.unit_abbrevs.longest(&doc.ids[..e], k)?;
    if k + n != e {
        return None;
    }
    // A body that takes a level word, then the level word (the "xã" of
    // "Hợp tác xã" is none).
    let (t, _) = lex
        .bodies
        .longest(ids, 0)
        .filter(|(_, b)| b.class == BodyClass::Leveled)?;
    let (_, lw) = lex
        .levels
        .longest(ids, t)
        .filter(|&(m, _)| t + m == ids.len())?;
    let want = want_for_level_word(&lw.canonical, lw.level);
    let (_, p) = implicit_place(doc, want, Some(k))?;
    Some(with_place(doc, name, p))
}

/// The body an abbreviation at `i` stands for, when the article defined
/// it ("Trưởng CAH" after "Công an huyện (CAH) Lục Yên"). The body there
/// is read with no abbreviations of its own, so a chain of definitions
/// ("A (B) ... B (C) ... C") is not followed down.
fn defined_body(doc: &Doc, i: usize, reading: Reading, shared: Option<Place>) -> Option<BodyMatch> {
    let (a, k) = doc.defined_abbreviation(i)?;
    // The body read there runs to the bracket, or on through it to its
    // place ("Công an huyện (CAH) Lục Yên").
    let to = doc.sents[doc.sentence_of(a)].tok_end;
    if !reading.abbreviations {
        return None;
    }
    let reading = Reading {
        abbreviations: false,
        ..reading
    };
    let b = parse_body_with(doc, a, to, reading, shared).filter(|b| a + b.len >= k)?;
    Some(BodyMatch { len: 1, ..b })
}

/// The body of lexicon `surface` (a leveled one, "ủy ban nhân dân") of the
/// unit a level word at `k` names, with its name or the article's, when
/// they end at `end`: "thị xã đã ban hành Kế hoạch số .../KH-UBND" was
/// issued by the town's People's Committee.
pub(crate) fn unit_body(doc: &Doc, surface: &str, k: usize, end: usize) -> Option<BodyMatch> {
    let lex = doc.lex;
    let words: Vec<&str> = surface.split(' ').collect();
    let (n, b) = lex.bodies.longest(&lex.ids(&words), 0)?;
    if n != words.len() || b.class != BodyClass::Leveled {
        return None;
    }
    let (used, level, place) = level_place(doc, k, end, k)?;
    let place = place?;
    if k + used != end {
        return None;
    }
    let name = with_place(doc, &format!("{} {level}", b.canonical), place);
    Some(BodyMatch {
        len: used,
        name,
        qualified: true,
        party: false,
        steering: false,
        place: Some(place),
        parent: None,
    })
}

/// The name of the event a board is named after ("Ban Tổ chức Lễ hội
/// Nghinh Ông Nam Hải huyện Kiên Hải"): the words from `j` up to a level
/// word, punctuation, a verb, a role or a person; their count.
fn event_name(doc: &Doc, j: usize, end: usize, lower_first: bool) -> usize {
    let lex = doc.lex;
    let ids = &doc.ids[..end];
    let mut q = j;
    while q < end && q - j < 8 {
        let t = doc.toks[q];
        // (A lowercase word may go on a board's name, never open it: "Đại
        // hội Thể dục thể thao", not "Ban Tổ chức giải đã trao". After the
        // event's own noun it may: "Giải đua ghe Ngo".)
        let open = q == j && !t.cap && !lower_first;
        // ("... năm 2025", "... lần thứ I": the edition is no part.)
        let edition = doc.toks.get(q + 1).is_some_and(|n| n.kind == TokKind::Num)
            || doc.words_are(q, "lần thứ");
        let inside = t.cap && q > j && doc.toks[q - 1].cap && doc.toks[q - 1].kind == TokKind::Word;
        if t.kind != TokKind::Word
            || open
            || edition
            || lex.levels.longest(ids, q).is_some()
            || lex.verbs.longest(ids, q).is_some()
            || lex.task_stops.longest(ids, q).is_some()
            || lex.roles.longest(ids, q).is_some()
            // ("Lễ hội Nghinh Ông Nam Hải": a capitalised "Ông" right after
            // a capitalised word of the name is one of its words, not a
            // person's honorific or family name.)
            || (!inside
                && lex
                    .honorifics
                    .longest(ids, q)
                    .is_some_and(|(h, _)| !t.cap || name_starts(doc, q + h, end)))
            || lex.cues.longest(ids, q).is_some()
            || (!inside && name_starts(doc, q, end))
        {
            break;
        }
        q += 1;
    }
    // ("Giải đua ghe Ngo", not "Lễ hội năm nay được": lowercase words
    // opening the name close with a capitalised one.)
    if lower_first && q > j && !doc.toks[j].cap {
        while q > j && !doc.toks[q - 1].cap {
            q -= 1;
        }
    }
    q - j
}

/// The name of the board `b` ("Ban Tổ chức Đại hội", read at `from..to`):
/// as the article writes it in full elsewhere, else from the event it
/// names in capitals (its words in the lexicon's fifth column): "Đại hội
/// Thể dục thể thao (TDTT) xã" gives "Ban Tổ chức Đại hội Thể dục thể
/// thao xã Phù Ninh"; an event named without a level gives the name alone
/// ("Lễ hội Trường Yên").
fn event_board(doc: &Doc, b: &crate::lexicon::Body, from: usize, to: usize) -> Option<String> {
    let event: Vec<&str> = b.kind.as_deref()?.split(' ').collect();
    let m = event.len();
    let words = b.canonical.split(' ').count().checked_sub(m)?;
    let head: Vec<&str> = b.canonical.split(' ').take(words).collect();
    // The board written in full elsewhere first ("Ban Tổ chức Lễ hội
    // Nghinh Ông Nam Hải huyện Kiên Hải": the event's name or a level word
    // after the surface).
    let full = named_by_task(doc, from, to - from, |q, _| {
        doc.toks[q].cap && doc.toks[q].kind == TokKind::Word
            || doc.lex.levels.longest(&doc.ids, q).is_some()
    });
    if let Some(b) = full {
        return Some(b.name);
    }
    // (A mention with its level and place first: "Đại hội Thể dục thể thao
    // xã lần thứ I" over the headline's "Đại hội Thể dục thể thao".)
    let mentions = [true, false];
    mentions.into_iter().find_map(|placed| {
        (0..doc.toks.len().saturating_sub(m))
            .find_map(|p| event_mention(doc, (&head, &event), p, (from, to), placed))
    })
}

/// The board's name from the event mentioned at `p`, as [`event_board`]
/// reads it; `placed`: only a mention with its level and place.
fn event_mention(
    doc: &Doc,
    (head, event): (&[&str], &[&str]),
    p: usize,
    (from, to): (usize, usize),
    placed: bool,
) -> Option<String> {
    let m = event.len();
    if (from..to).contains(&p)
        || !doc.toks[p].cap
        || doc.words[p..p + m] != event[..]
        || (p >= 2 && doc.words_are(p - 2, "tổ chức") && doc.toks[p - 2].cap)
    {
        return None;
    }
    let end = doc.sents[doc.sentence_of(p)].tok_end;
    let used = event_name(doc, p + m, end, true);
    let mut q = p + m + used;
    if bracketed_abbreviation(doc, q, end) {
        q += 3;
    }
    let name = format!("{} {}", head.join(" "), doc.span_text(p, p + m + used));
    match level_place(doc, q, end, p) {
        Some((_, level, Some(place))) => Some(with_place(doc, &format!("{name} {level}"), place)),
        Some(_) => None,
        None => (used > 0 && !placed).then_some(name),
    }
}

/// The body named by its task ([`BodyClass::Subject`]) that the word of
/// `n` tokens at `i` names alone ("Chủ tịch Hội đồng chủ trì"): the first
/// the article names in full with that word, where `goes_on` (the token
/// after the word, its sentence's end) says the mention writes more.
/// (A mention that goes on parses without coming back here.)
fn named_by_task(
    doc: &Doc,
    i: usize,
    n: usize,
    goes_on: impl Fn(usize, usize) -> bool,
) -> Option<BodyMatch> {
    let word = &doc.ids[i..i + n];
    (0..doc.toks.len().saturating_sub(n)).find_map(|p| {
        if p == i || &doc.ids[p..p + n] != word {
            return None;
        }
        let end = doc.sents[doc.sentence_of(p)].tok_end;
        if !goes_on(p + n, end) {
            return None;
        }
        parse_body(doc, p, end).filter(|b| b.len > n)
    })
}

/// The one council of a name the lexicon lists that the article writes
/// in full with the word at `i..i + n` ("Hội đồng Nghĩa vụ quân sự huyện
/// Duy Xuyên" before "Phó Chủ tịch Hội đồng"). The People's Council is
/// never written so: its members' posts say "HĐND".
fn named_council(doc: &Doc, i: usize, n: usize) -> Option<BodyMatch> {
    let word = &doc.ids[i..i + n];
    let mut found: Option<BodyMatch> = None;
    for p in 0..doc.toks.len().saturating_sub(n) {
        if p == i || &doc.ids[p..p + n] != word {
            continue;
        }
        let Some((_, listed)) = doc.lex.bodies.longest(&doc.ids, p) else {
            continue;
        };
        if listed.class != BodyClass::Leveled || listed.canonical == "Hội đồng nhân dân" {
            continue;
        }
        let end = doc.sents[doc.sentence_of(p)].tok_end;
        let Some(b) = parse_body(doc, p, end).filter(|b| b.len > n && b.place.is_some()) else {
            continue;
        };
        match &found {
            Some(f) if f.name != b.name => return None,
            Some(_) => {}
            None => found = Some(b),
        }
    }
    found
}

/// The tokens of an abbreviation of one to three words in brackets at `j`
/// with a level word after it ("(BCĐ GPMB) huyện"), brackets included: a
/// committee's short name between its task and its place.
fn abbreviation_before_level(doc: &Doc, j: usize, end: usize) -> Option<usize> {
    if !doc.is_punct(j, "(") {
        return None;
    }
    let close = (j + 2..end.min(j + 5)).find(|&q| doc.is_punct(q, ")"))?;
    ((j + 1..close).all(|t| doc.toks[t].upper && doc.toks[t].kind == TokKind::Word)
        && doc.lex.levels.longest(&doc.ids[..end], close + 1).is_some())
    .then_some(close + 1 - j)
}

/// True when an abbreviation in brackets starts at `j` ("(LHPN)"), as
/// an article defines one inside a body's name before its place.
fn bracketed_abbreviation(doc: &Doc, j: usize, end: usize) -> bool {
    j + 3 < end
        && doc.is_punct(j, "(")
        && doc.toks[j + 1].upper
        && doc.toks[j + 1].kind == TokKind::Word
        && doc.is_punct(j + 2, ")")
}

/// Skip a term written after a title or body: "khóa XX", "(khóa V)",
/// "nhiệm kỳ 2020-2025", "(nhiệm kỳ 2015 - 2020)". Returns tokens skipped.
pub fn skip_term(doc: &Doc, i: usize, end: usize) -> usize {
    let mut j = i;
    let paren = doc.is_punct(j, "(");
    if paren {
        j += 1;
    }
    let mut any = false;
    loop {
        if j < end && matches!(doc.words[j], "khóa" | "khoá") && j + 1 < end {
            j += 2;
            any = true;
        } else if j + 1 < end && doc.words[j] == "nhiệm" && doc.words[j + 1] == "kỳ" {
            j += 2;
            // 2020-2025, 2020 - 2025
            while j < end && (doc.toks[j].kind == TokKind::Num || doc.is_dash(j)) {
                j += 1;
            }
            any = true;
        } else {
            break;
        }
        if doc.is_punct(j, ",") && j + 1 < end && matches!(doc.words[j + 1], "nhiệm" | "khóa") {
            j += 1;
        }
    }
    if !any {
        return 0;
    }
    if paren && doc.is_punct(j, ")") {
        j += 1;
    }
    j - i
}

/// Whether the two capitalised words at `k`, and no third, name a district
/// or a commune of the article's province ("Đồn Biên phòng Đàm Thủy",
/// "Hạt Kiểm lâm Sơn Hà"): after a unit's head they are its place, though
/// "Đàm" is a family name.
pub(crate) fn local_place_at(doc: &Doc, k: usize, end: usize) -> bool {
    let Some(p) = doc.loc.province else {
        return false;
    };
    let two = k + 1 < end
        && (k..k + 2).all(|t| doc.toks[t].kind == TokKind::Word && doc.toks[t].cap)
        && !doc
            .toks
            .get(k + 2)
            .is_some_and(|t| k + 2 < end && t.kind == TokKind::Word && t.cap);
    if !two {
        return false;
    }
    let g = doc.gaz;
    let joined = doc.words[k..k + 2].join(" ");
    !g.districts_named(&joined, None, Some(p)).is_empty()
        || !g
            .wards_named(&joined, None, Some(p), doc.loc.post_2025)
            .is_empty()
}

/// The body that opens the clause of "làm" at `lam` and stands right
/// before its "do": "Ban Kinh tế - Xã hội do ông A làm ...", "Tổ công tác
/// số 5 do ông B, Phó Chủ tịch UBND tỉnh làm ...".
fn body_led_by(doc: &Doc, lam: usize) -> Option<BodyMatch> {
    let a = doc.sents[doc.sentence_of(lam)].tok_start;
    let from = (a..lam)
        .rev()
        .take_while(|&q| !(doc.is_punct(q, ";") || doc.is_punct(q, ":")))
        .last()?;
    let d = (from..lam).rev().find(|&q| doc.words[q] == "do")?;
    // The body opens the clause, or the founding its clause tells of
    // ("... về việc thành lập Tổ công tác liên ngành X do ông A làm Tổ
    // trưởng").
    let founded = (from..d)
        .rev()
        .find(|&q| q > from && doc.words[q - 1] == "thành" && doc.words[q] == "lập")
        .map(|q| q + 1);
    // (The first body named, past a date: "Ngày 26/10, Tổ công tác ...".
    // A body after "của" owns the one led, it is not led.)
    let (s, b) = (founded.unwrap_or(from)..d)
        .filter(|&q| doc.toks[q].cap && !(q > from && doc.words[q - 1] == "của"))
        .find_map(|q| {
            Some((
                q,
                parse_body(doc, q, d).or_else(|| numbered_group(doc, q, d))?,
            ))
        })?;
    (s + b.len == d).then_some(b)
}

/// A group named by its number and owner, "Tổ công tác số 5 của UBND
/// tỉnh" (ending at `end`): the group of the owner's place, "Tổ công tác
/// số 5 tỉnh Bình Định".
fn numbered_group(doc: &Doc, i: usize, end: usize) -> Option<BodyMatch> {
    let (n, b) = doc
        .lex
        .bodies
        .longest(&doc.ids[..end], i)
        .filter(|(_, b)| b.class == BodyClass::Subject && !b.own_task)?;
    let mut k = i + n;
    if doc.words.get(k) == Some(&"số") {
        k += 1;
    }
    if k >= end || doc.toks[k].kind != TokKind::Num || doc.words.get(k + 1) != Some(&"của") {
        return None;
    }
    let owner = parse_body(doc, k + 2, end).filter(|o| k + 2 + o.len == end)?;
    let place = owner.place?;
    let name = format!(
        "{} số {} {}",
        b.canonical,
        doc.tok_text(k),
        place_kind(doc, place)
    );
    Some(BodyMatch {
        len: end - i,
        name: with_place(doc, &name, place),
        qualified: true,
        party: false,
        steering: false,
        place: Some(place),
        parent: None,
    })
}

/// True when a person's name (a family name and one or more capitalised
/// words) starts at `k`.
pub fn name_starts(doc: &Doc, k: usize, end: usize) -> bool {
    k + 1 < end
        && doc.toks[k].kind == TokKind::Word
        && doc.toks[k].cap
        && doc.lex.is_surname(doc.words[k])
        && doc.toks[k + 1].kind == TokKind::Word
        && doc.toks[k + 1].cap
        && !doc.toks[k + 1].newline_before
        // "Sở Công Thương": a capitalised pair `not_persons.txt` lists.
        && !super::persons::not_persons().contains(&format!("{} {}", doc.words[k], doc.words[k + 1]))
}

/// Whether token `k` opens a person named given name first ("Y Khoan
/// Niê", "H'Liên Mlô"): a word `given_first.txt` lists and a capitalised
/// word after it on the same line.
pub fn given_first_starts(doc: &Doc, k: usize, end: usize) -> bool {
    let word = |q: usize| doc.toks[q].kind == TokKind::Word && doc.toks[q].cap;
    k + 1 < end
        && word(k)
        && word(k + 1)
        && !doc.toks[k + 1].newline_before
        && doc.lex.opens_given_first(doc.words[k])
}

/// Whether token `j` opens a person named given name first right after the
/// name of a village that a village word (one that `village_word_ends` says
/// ends right before the name) opens: a village's name never goes on with
/// such a word, while an office's may ("Trung tâm Y Tế").
fn given_first_after_village(
    doc: &Doc,
    i: usize,
    j: usize,
    end: usize,
    village_word_ends: &dyn Fn(usize) -> bool,
) -> bool {
    let word = |q: usize| doc.toks[q].kind == TokKind::Word && doc.toks[q].cap;
    j > i
        && given_first_starts(doc, j, end)
        && (i..j)
            .rev()
            .take_while(|&b| word(b))
            .last()
            .is_some_and(village_word_ends)
}

/// A comma inside an office's name, as in "Phòng Kinh tế, Hạ tầng và Đô
/// thị": capitalised words after it that start no person, title or body,
/// and close with "và" and a capitalised word before any other punctuation.
fn comma_in_unit_name(doc: &Doc, i: usize, j: usize, end: usize) -> bool {
    let lex = doc.lex;
    let ids = &doc.ids[..end];
    let next = j + 1;
    if !(doc.is_punct(j, ",") && j > i && next < end && doc.toks[next].cap) {
        return false;
    }
    if name_starts(doc, next, end)
        || lex.roles.longest(ids, next).is_some()
        || lex.honorifics.longest(ids, next).is_some()
        || lex.memberships.longest(ids, next).is_some()
        || lex.bodies.longest(ids, next).is_some()
        || lex.levels.longest(ids, next).is_some()
    {
        return false;
    }
    (next + 1..end.min(next + 5))
        .take_while(|&k| doc.toks[k].kind == TokKind::Word)
        .any(|k| doc.words[k] == "và" && doc.toks.get(k + 1).is_some_and(|t| k + 1 < end && t.cap))
}

/// The tokens of a unit named at `i`: a body of the lexicon, else a unit
/// read freely ("Phòng Nội vụ") with the level word and place after it
/// ("huyện", "huyện Nghi Lộc").
pub fn unit_span(doc: &Doc, i: usize, end: usize) -> Option<usize> {
    if let Some(b) = parse_body(doc, i, end) {
        return Some(b.len);
    }
    let mut j = i + free_unit(doc, i, end);
    if j == i {
        return None;
    }
    if let Some((n, _)) = doc.lex.levels.longest(&doc.ids[..end], j) {
        j += n;
        while j < end && doc.toks[j].cap && doc.toks[j].kind == TokKind::Word {
            j += 1;
        }
    }
    Some(j - i)
}

/// True when the number at `j` ends a unit name begun at `i` ("Trung
/// đoàn 584", "Trường THPT Krông Bông 2"): it follows a word of a
/// capitalised name, and punctuation, a level word or the end follows it.
fn closes_name(doc: &Doc, i: usize, j: usize, end: usize) -> bool {
    // ("thôn Nông Nhầy 1": a unit opened by a lowercase village word; "Chi
    // bộ thôn Tà Giang 2": or holding one.)
    let village = || {
        (i..j).any(|k| {
            matches!(
                doc.lex.unit_breaks.longest(&doc.ids[..end], k),
                Some((_, UnitWord::Number))
            )
        })
    };
    j > i
        && doc.toks[j - 1].kind == TokKind::Word
        && (doc.toks[i].cap || village())
        && (j + 1 >= end
            || doc.toks[j + 1].kind == TokKind::Punct
            || doc.lex.levels.longest(&doc.ids[..end], j + 1).is_some()
            // "Bí thư Chi bộ thôn Kon Hia 2 phát biểu": the clause's verb.
            || doc.lex.verbs.longest(&doc.ids[..end], j + 1).is_some()
            || doc
                .lex
                .cues
                .longest_where(&doc.ids[..end], j + 1, |c| c == "speech")
                .is_some()
            // "Trưởng khu phố Nhị Đồng 2 đề xuất ...": after a village's
            // number, a lowercase word is prose.
            || (village() && doc.toks[j + 1].kind == TokKind::Word && !doc.toks[j + 1].cap))
}

/// The name of the unit with head word `head` ("trường") written nearest
/// before token `k`, in its sentence or the three before (else anywhere
/// before), with the locality written after it: "Trường Tiểu học Đồng
/// Vương", "Trường THCS thị trấn Bố Hạ".
fn nearest_unit(doc: &Doc, k: usize, head: &str) -> Option<String> {
    let s = doc.sentence_of(k.min(doc.toks.len().saturating_sub(1)));
    let from = doc.sents[s.saturating_sub(3)].tok_start;
    // (A head of two words: "chi cục".)
    let head: Vec<&str> = head.split(' ').collect();
    let named_at = |p: usize| {
        // ("tại chùa Kos Tưng": a head in lowercase before a capitalised
        // name.)
        let opens = doc.toks[p].cap || doc.toks.get(p + head.len()).is_some_and(|t| t.cap);
        if !opens || doc.words.get(p..p + head.len()) != Some(&head[..]) {
            return None;
        }
        // ("phường Trường Vinh": a place whose name starts with the head
        // word is no unit of that kind.)
        if p > 0 && doc.lex.levels.ending_at(&doc.ids, p, 2).is_some() {
            return None;
        }
        let end = doc.sents[doc.sentence_of(p)].tok_end;
        let u = free_unit(doc, p, end);
        if u < 2 || u <= head.len() {
            return None;
        }
        let name = unit_text(doc, p, p + u);
        Some(match unit_locality(doc, p + u, end) {
            Some((_, place)) => with_locality(&name, place.as_deref()),
            None => level_locality(doc, &name, p + u, end, p).map_or(name, |(_, f)| f),
        })
    };
    // (Else the nearest named anywhere before: "Hiệu trưởng nhà trường"
    // paragraphs after the lead that named the school.)
    (from..k)
        .rev()
        .find_map(named_at)
        .or_else(|| (0..from).rev().find_map(named_at))
}

/// A short name in brackets at `j` inside a unit's name, the name going on
/// after it: "(Agribank) chi nhánh Văn Lâm", "(VietinBank) Chi nhánh Khu
/// công nghiệp Đức Hòa".
fn short_name_bracket(doc: &Doc, j: usize, end: usize) -> bool {
    j + 3 < end
        && doc.is_punct(j, "(")
        && doc.toks[j + 1].kind == TokKind::Word
        && doc.toks[j + 1].cap
        && doc.is_punct(j + 2, ")")
        && (doc.words_are(j + 3, "chi nhánh")
            // "Trung tâm Kiểm soát bệnh tật (CDC) Quảng Ninh", "(CDC)
            // tỉnh": the unit's locality follows.
            || doc.lex.levels.longest(&doc.ids[..end], j + 3).is_some()
            || match_place(doc, Want::PROVINCE, j + 3, end, &doc.loc).is_some())
}

/// The text of a freely read unit name, its abbreviations written out
/// (`unit_abbreviations.tsv`): the guide names bodies in full.
pub(crate) fn unit_text(doc: &Doc, a: usize, b: usize) -> String {
    let mut out = String::new();
    let mut run = a;
    let mut k = a;
    while k < b {
        // "Ngân hàng TMCP Công Thương Việt Nam (VietinBank) Chi nhánh ...":
        // the short name in brackets is no part of the name.
        if k > a && short_name_bracket(doc, k, b) {
            out.push_str(&doc.kept_text(run, k));
            out.push(' ');
            k += 3;
            run = k;
            continue;
        }
        let full = match doc.lex.unit_abbrevs.longest(&doc.ids[..b], k) {
            Some((n, (full, _))) => Some((n, full.clone())),
            // "Phòng giao dịch NHCSXH huyện" after "Ngân hàng Chính sách
            // xã hội (NHCSXH)": what the article defined it as.
            None => doc
                .defined_abbreviation(k)
                .map(|(from, bracket)| (1, doc.kept_text(from, bracket))),
        };
        let Some((n, full)) = full else {
            k += 1;
            continue;
        };
        out.push_str(&doc.kept_text(run, k));
        out.push(' ');
        out.push_str(&full);
        out.push(' ');
        k += n;
        run = k;
    }
    out.push_str(&doc.kept_text(run, b));
    // ("chính sách BHXH, BHYT", "bảo hiểm xã hội (BHXH), bảo hiểm y tế":
    // an abbreviation spelled out or left out leaves no space before the
    // comma after it.)
    crate::text::squash(&out).replace(" ,", ",")
}

/// The body families a body word written alone at `k` can stand for
/// (`elided_bodies.tsv`): "Hội" followed by punctuation, a lowercase word
/// that makes no other word with it ("Hội đồng") or a person's name.
fn elided_word(doc: &Doc, k: usize, end: usize) -> Option<(usize, &'static [String])> {
    if k >= end || !doc.toks[k].cap {
        return None;
    }
    elided_word_any_case(doc, k, end)
}

/// [`elided_word`] written in any case: the role's own "ban" of "Trưởng
/// ban" is often lowercase.
fn elided_word_any_case(doc: &Doc, k: usize, end: usize) -> Option<(usize, &'static [String])> {
    let lex: &'static Lexicon = doc.lex;
    let (n, families) = lex.elided_bodies.longest(&doc.ids[..end], k)?;
    if lex.elided_not.longest(&doc.ids[..end], k).is_some() {
        return None;
    }
    stands_alone(doc, k + n, end).then_some((n, families.as_slice()))
}

/// The body a body word written alone at `k` stands for ([`elided_word`],
/// [`nearest_body`]), its length the word's.
fn elided_body(doc: &Doc, k: usize, end: usize) -> Option<BodyMatch> {
    let (n, families) = elided_word(doc, k, end)?;
    let b = nearest_body(doc, k, families)?;
    Some(BodyMatch { len: n, ..b })
}

/// Whether nothing that could name a body follows a word ending before
/// `after`: the end, punctuation, a lowercase word or a person's name.
fn stands_alone(doc: &Doc, after: usize, end: usize) -> bool {
    after >= end
        || doc.toks[after].kind == TokKind::Punct
        || !doc.toks[after].cap
        || name_starts(doc, after, end)
}

/// The body of a head's role written alone before a semicolon or comma
/// and the deputies' post after it, in one sentence: "bà A được bầu giữ
/// chức Chủ tịch; bà B và bà C được bầu giữ chức Phó Chủ tịch Hội LHPN
/// huyện" (the head and the deputies of one body; the first other role
/// ends the search).
fn deputies_body(doc: &Doc, role: &str, k: usize) -> Option<BodyMatch> {
    if !(doc.is_punct(k, ";") || doc.is_punct(k, ",")) {
        return None;
    }
    let end = doc.sents[doc.sentence_of(k)].tok_end.min(doc.toks.len());
    let (q, n, deputy) = (k + 1..end).find_map(|q| {
        let (n, r) = doc.lex.roles.longest(&doc.ids[..end], q)?;
        Some((q, n, r))
    })?;
    let is_deputy = deputy
        .canonical
        .strip_prefix("Phó ")
        .is_some_and(|head| head == role);
    is_deputy.then(|| parse_body(doc, q + n, end)).flatten()
}

/// The body of one of `families` the article names for a body word alone
/// at `k`, read with its locality: one that the same person's earlier
/// posts name, else the nearest before `k` (or else the first after it)
/// named on its own rather than in someone's title, else any.
fn nearest_body(doc: &Doc, k: usize, families: &[String]) -> Option<BodyMatch> {
    let at = |q: usize, free: bool| {
        let (_, b) = doc.lex.bodies.longest(&doc.ids, q)?;
        if !families.contains(&b.canonical) {
            return None;
        }
        // The body a meeting is about is named on its own; one in another
        // person's title ("Dự có ông A, Chủ tịch Hội CCB huyện. Ông B, Phó
        // Chủ tịch Hội, ...") is a guest's.
        if free {
            // Back over a sub-body ("Ủy viên Ban Thường vụ Hội CCB tỉnh").
            let mut t = q;
            while let Some((st, sub)) = doc.lex.bodies.ending_at(&doc.ids, t, 4) {
                if sub.class != BodyClass::Prefix {
                    break;
                }
                t = st;
            }
            if doc.lex.roles.ending_at(&doc.ids, t, 4).is_some() {
                return None;
            }
        }
        let s = doc.sentence_of(q);
        let reading = Reading {
            elided: false,
            ..Reading::FULL
        };
        parse_body_with(doc, q, doc.sents[s].tok_end, reading, None)
    };
    let n = doc.toks.len();
    // "Phó Chủ tịch Thường trực Hội Chữ thập đỏ huyện kiêm Chánh Văn phòng
    // Hội": the same person's earlier post names it.
    let chain = (0..k)
        .rev()
        .take_while(|&q| !(doc.is_punct(q, ".") || doc.is_punct(q, ";") || name_starts(doc, q, n)))
        .find_map(|q| at(q, false));
    if chain.is_some() {
        return chain;
    }
    [true, false].into_iter().find_map(|free| {
        (0..k)
            .rev()
            .find_map(|q| at(q, free))
            .or_else(|| (k + 1..n).find_map(|q| at(q, free)))
    })
}

/// Free text naming a unit after a role with no known body ("Trưởng phòng
/// Lý luận chính trị - Lịch sử Đảng"): up to a separator, a verb, a
/// person's name or another title.
fn free_unit(doc: &Doc, i: usize, end: usize) -> usize {
    let lex = doc.lex;
    // Whether a word that asks for a number or a name ("số", "thôn", "tổ
    // dân phố") ends at `x`, inside the unit.
    let number_word_ends = |x: usize| {
        x > i
            && matches!(
                lex.unit_breaks.ending_at(&doc.ids[..end], x, 3),
                Some((s, UnitWord::Number)) if s >= i
            )
    };
    let mut j = i;
    while j < end && j - i < 16 {
        let t = doc.toks[j];
        if j > i && short_name_bracket(doc, j, end) {
            j += 3;
            continue;
        }
        if t.kind == TokKind::Punct {
            // "GD&ĐT": an ampersand joins the words it stands between.
            let amp = doc.is_punct(j, "&")
                && j > i
                && j + 1 < end
                && doc.toks[j + 1].kind == TokKind::Word;
            // A dash inside a unit name joins two capitalised parts.
            let joins = amp
                || doc.is_dash(j)
                    && j > i
                    && j + 1 < end
                    && doc.toks[j + 1].cap
                    && !name_starts(doc, j + 1, end);
            if !joins && !comma_in_unit_name(doc, i, j, end) {
                break;
            }
            j += 1;
            continue;
        }
        // "Đảng ủy Công ty nhiệm kỳ 2025-2030": a term ends the name.
        if j > i && (t.newline_before || skip_term(doc, j, end) > 0) {
            break;
        }
        let ids = &doc.ids[..end];
        // "Sở Tư pháp Hà Nội": a province after the unit is its locality,
        // not a person ("Hà" is also a family name). ("khu phố Bình Thuận
        // 2": after a village word, it is the village's name.)
        if j > i && t.cap && !number_word_ends(j) {
            if let Some((n, _)) = match_place(doc, Want::PROVINCE, j, end, &doc.loc) {
                j += n;
                break;
            }
            // "Giám đốc Viettel Phúc Yên Đỗ Thanh A": a district's name of
            // two words or more inside the unit's name is read whole,
            // though its last word is a family name.
            let district = Want {
                level: Level::District,
                kind: None,
            };
            if let Some((n, _)) =
                match_place(doc, district, j, end, &doc.loc).filter(|&(n, _)| n >= 2)
            {
                j += n;
                continue;
            }
        }
        // "Phòng, chống thiên tai và tìm kiếm cứu nạn": a fixed phrase of
        // unit names, lowercase words and comma included.
        if let Some((n, UnitWord::Idiom)) = lex.unit_breaks.longest(ids, j) {
            j += n;
            continue;
        }
        let here = lex.unit_breaks.longest(ids, j).map(|(_, &w)| w);
        // "khu dân cư số 5": a number after a word that asks for one.
        let numbered = || number_word_ends(j);
        // "thôn Pả Vi Hạ": the second word of a village's name may be a
        // family name ("Trưởng thôn Đồng Tâm Nguyễn Văn A" still ends at
        // the person, and so does "thôn Pả Lò Văn Hùng": "Văn" and "Thị"
        // are middle names).
        // ("thôn Lý Văn,": a middle name with no given name after it is
        // the village's.)
        let middle_then_given = |m: usize| {
            doc.middle_name_at(m)
                && doc
                    .toks
                    .get(m + 1)
                    .is_some_and(|g| m + 1 < end && g.cap && g.kind == TokKind::Word)
        };
        let village = || {
            j >= i + 2
                && !middle_then_given(j + 1)
                && number_word_ends(j - 1)
                && doc.toks[j - 1].cap
                && doc.toks[j - 1].kind == TokKind::Word
        };
        // "Trường THCS Hoàng Xuân Hãn", "Trường Chính trị Nguyễn Văn Cừ":
        // a school named after a person, every word of the name (up to
        // four) after the school's kind.
        let named_after = || {
            let run = (i.max(j.saturating_sub(3))..j)
                .rev()
                .take_while(|&b| doc.toks[b].kind == TokKind::Word && doc.toks[b].cap)
                .last()
                .unwrap_or(j);
            j > i
                && (run..=j).any(|r| {
                    matches!(
                        lex.unit_breaks.ending_at(ids, r, 4),
                        Some((s, UnitWord::Named)) if s >= i
                    )
                })
        };
        // "Công ty Cổ phần Xây dựng Hoàng Nam Phát.": a company's name
        // that reads like a person's, with nothing after it in the clause
        // (a person named after a title acts: "... Nguyễn Văn A phát biểu").
        let company_tail = || {
            let run_end = (j..end)
                .find(|&t| !(doc.toks[t].kind == TokKind::Word && doc.toks[t].cap))
                .unwrap_or(end);
            // ("Bí thư Chi bộ Công ty cổ phần Xi măng Công Thanh": the
            // company may be the cell's.)
            (i..j).any(|b| lex.company_heads.longest(ids, b).is_some())
                && (run_end == end || doc.toks[run_end].kind == TokKind::Punct)
        };
        // "Phòng Tài nguyên và Môi trường": a conjunction inside the name,
        // when a capitalised word follows that starts no person, title or
        // body (only the first syllable of a word is capitalised).
        let breaks = match here {
            Some(UnitWord::Number | UnitWord::Named | UnitWord::Idiom) | None => false,
            // "Trưởng bản Háng Đề Dê": a stop word written with a capital
            // between capitalised words is a syllable of the name.
            Some(UnitWord::Stop) => {
                !(j > i
                    && doc.toks[j].cap
                    && doc.toks[j - 1].kind == TokKind::Word
                    && doc
                        .toks
                        .get(j + 1)
                        .is_some_and(|n| n.kind == TokKind::Word && n.cap))
            }
            Some(UnitWord::Join) => {
                !(j > i
                    && doc.toks[j - 1].kind == TokKind::Word
                    && doc
                        .toks
                        .get(j + 1)
                        .is_some_and(|n| n.kind == TokKind::Word && n.cap)
                    && j + 1 < end
                    && !name_starts(doc, j + 1, end)
                    && lex.honorifics.longest(ids, j + 1).is_none()
                    // "Trưởng CAH và Thượng tá B": a rank starts a person.
                    && lex.ranks.longest(ids, j + 1).is_none()
                    && lex.roles.longest(ids, j + 1).is_none()
                    && lex.memberships.longest(ids, j + 1).is_none()
                    && lex.bodies.longest(ids, j + 1).is_none())
            }
        };
        if breaks
            || lex.verbs.longest(ids, j).is_some()
            || lex.cues.longest_where(ids, j, |c| c == "held").is_some()
            // "Giám đốc Sở Nông nghiệp và Môi trường thừa nhận ...": a
            // speech verb right after the name, no comma.
            // ("Trưởng xóm cam kết ...": so is a pledge.)
            || (j > i
                && !t.cap
                && lex.cues.longest_where(ids, j, |c| c == "speech" || c == "pledge").is_some())
            // "Giám đốc Sở Y tế kiểm tra hoạt động ...": an event told
            // right after the name.
            || (j > i && !t.cap && lex.meeting_nouns.longest(ids, j).is_some())
            // "Phó Giám đốc Sở Nội vụ đọc Quyết định ...", "Giám đốc Sở
            // nghỉ hưu từ ngày ...": a document read out or a retirement
            // right after the name.
            || (j > i
                && !t.cap
                && lex
                    .cues
                    .longest(ids, j)
                    .is_some_and(|(_, c)| c == "subject" || c == "ground"))
            // "Phó Giám đốc Sở Nội vụ tham gia Ban Chấp hành ...": a post
            // taken or a body joined after the name, no comma. (Leads of
            // two words or more: "nguyên" is also of "Tài nguyên".)
            || (j > i && !t.cap && lex.title_leads.longest(ids, j).is_some_and(|(n, _)| n >= 2))
            // ("Chi hội CCB tổ dân phố số 9": a word that introduces only a
            // name, with none after it, is a word of the body's name.)
            // ("ấp Bà Kẹo": a capitalised honorific right after a village
            // word opens the village's name, unless a person's name
            // follows it.)
            || lex.honorifics.longest(ids, j).is_some_and(|(h, &name_only)| {
                let village_name = t.cap && number_word_ends(j);
                (!name_only && !village_name) || name_starts(doc, j + h, end)
            })
            || lex.roles.longest(ids, j).is_some()
            || lex.memberships.longest(ids, j).is_some()
            // "thôn Đồng Tâm": the word after a village word names the
            // village, even when it is also a family name.
            // "Trưởng thôn Lò Văn Pản phát biểu": a family name and the
            // middle name "Văn" or "Thị" after a village word start a person.
            || (name_starts(doc, j, end)
                && !(j > i && local_place_at(doc, j, end))
                && !(t.cap && (numbered() || village()) && !middle_then_given(j + 1))
                && !named_after()
                && !company_tail())
            // "Trưởng buôn Cư Dluê Y Bhim Êban": a name written given name
            // first, after at least one word of a village's name.
            || given_first_after_village(doc, i, j, end, &number_word_ends)
            || (t.kind == TokKind::Num && !numbered() && !closes_name(doc, i, j, end))
        {
            break;
        }
        // The unit name is written in capitals word by word or is one
        // lowercase phrase after a capitalised head; a lowercase word after
        // two lowercase words is prose.
        let asks_number = here == Some(UnitWord::Number)
            && doc
                .toks
                .get(j + 1)
                .is_some_and(|n| j + 1 < end && n.kind == TokKind::Num);
        // "Trưởng khu vực 3 cũng dự": a lowercase word after the number of
        // a numbered unit is prose; so it is after a village's name and
        // number ("Bí thư Chi bộ tổ dân phố Bon Đơng 1 nêu ...").
        let named_village = || {
            j >= i + 2
                && doc.toks[j - 2].cap
                && doc.toks[j - 2].kind == TokKind::Word
                && (i..j - 2).any(|k| number_word_ends(k + 1))
        };
        if t.kind == TokKind::Word
            && !t.cap
            && j > i
            && doc.toks[j - 1].kind == TokKind::Num
            && (number_word_ends(j - 1) || named_village())
        {
            break;
        }
        // "Trưởng buôn Kroa phấn khởi cho biết": a lowercase word after a
        // village's name is prose, unless it is a level word naming the
        // village's parent ("thôn Phúc Hậu xã Uy Nỗ").
        if t.kind == TokKind::Word && !t.cap && j > i && doc.toks[j - 1].cap {
            let run = (i..j)
                .rev()
                .take_while(|&b| doc.toks[b].cap && doc.toks[b].kind == TokKind::Word)
                .last()
                .unwrap_or(j);
            if number_word_ends(run) && lex.levels.longest(ids, j).is_none() {
                break;
            }
        }
        // A village word may span lowercase words before its number or
        // name ("chi bộ khu dân cư số 3"): not prose.
        let in_village_word = || {
            (j.saturating_sub(3).max(i)..j)
                .any(|b| matches!(lex.unit_breaks.longest(ids, b), Some((_, UnitWord::Number))))
        };
        // "Đồn Biên phòng cửa khẩu quốc tế Hữu Nghị": a lowercase phrase
        // the unit's own proper name closes within two words is not prose.
        let named_soon = || {
            (j + 1..(j + 3).min(end))
                .find(|&q| doc.toks[q].kind != TokKind::Word || doc.toks[q].cap)
                .is_some_and(|q| {
                    doc.toks[q].kind == TokKind::Word
                        && !doc.toks[q].upper
                        && lex.levels.longest(ids, q).is_none()
                        && lex.roles.longest(ids, q).is_none()
                        && lex.bodies.longest(ids, q).is_none()
                        && !name_starts(doc, q, end)
                })
        };
        if j >= i + 4
            && !t.cap
            && !asks_number
            && (1..=4).all(|b| !doc.toks[j - b].cap)
            && !numbered()
            && !in_village_word()
            && !named_soon()
            // ("Hội đồng quản trị công ty": a company's head, in lowercase,
            // closes the unit.)
            && !lex.company_heads.spans(ids, j.saturating_sub(3).max(i), j)
        {
            break;
        }
        // A proper name closes the unit ("Công ty TNHH Cao su Minh Tâm chia
        // sẻ kinh nghiệm"): two capitalised words, not acronyms, after the
        // head and then a lowercase word that is no level word.
        let proper = |b: usize| {
            let p = doc.toks[b];
            p.kind == TokKind::Word && p.cap && !p.upper
        };
        let head = (i..j).find(|&b| doc.toks[b].cap).unwrap_or(j);
        // So does a village's name after its lowercase word ("chi bộ thôn
        // An Lâm cũng dự").
        let village_named = || j >= i + 3 && number_word_ends(j - 2);
        if t.kind == TokKind::Word
            && !t.cap
            && (j >= head + 3 || village_named())
            && proper(j - 1)
            && proper(j - 2)
            // ("Sở Du lịch": a head and the first word of its name.)
            && lex.free_bodies.longest(ids, j - 2).is_none_or(|(n, _)| n != 1)
            // ("Công đoàn Tổng Công ty ...": a company's head reads on.)
            && !(j - 2..j).any(|b| lex.company_heads.longest(ids, b).is_some_and(|(n, _)| b + n > j))
            && doc.lex.levels.longest(ids, j).is_none()
            && here.is_none()
            // ("Trường Mầm non Tân Chi": "non" ends a word of the name.)
            && lex.unit_breaks.longest(ids, j - 1).is_none_or(|(n, _)| n < 2)
        {
            break;
        }
        // A level word ends the name ("Phòng Nội vụ huyện"), unless it is
        // capitalised and a lowercase word follows: the "Xã hội" of
        // "Lao động - Thương binh và Xã hội" is a word of the name.
        if let Some((n, _)) = doc.lex.levels.longest(ids, j).filter(|_| j > i) {
            // "Hợp tác xã Xoài Cát Chu": the level word ends a head.
            let in_head = doc.head_ending_in(j, n).is_some_and(|s| s >= i);
            // ("Ngân hàng Chính sách xã hội": a noun, `level_nouns.txt`.)
            let noun = in_head
                || lex.level_nouns.longest(ids, j).is_some()
                || t.cap
                    && doc
                        .toks
                        .get(j + n)
                        .is_some_and(|x| j + n < end && x.kind == TokKind::Word && !x.cap);
            if !noun {
                break;
            }
        }
        j += 1;
    }
    // Do not end on a dash.
    while j > i && doc.is_dash(j - 1) {
        j -= 1;
    }
    j - i
}

/// A role's posts over a list of communes or wards ("Chủ tịch UBND các xã
/// Chi Khê, Lạng Khê", "Bí thư Đảng ủy các xã, thị trấn: Cam Lâm (A), Đôn
/// Phục (B)"): a role and a party committee or leveled body at `i`, "các"
/// and a ward level word, then the units the text names. Each unit's post
/// with the unit's first token, in text order, and where the list ends
/// (its last unit or bracket; the list reads units, kind words, brackets
/// and separators only).
pub fn unit_posts(doc: &Doc, i: usize, end: usize) -> Option<(Vec<(usize, TitleMatch)>, usize)> {
    let lex = doc.lex;
    let ids = &doc.ids[..end];
    let (rn, role) = lex.roles.longest(ids, i)?;
    if !matches!(role.class, RoleClass::Org | RoleClass::Party) {
        return None;
    }
    let (bn, body) = lex.bodies.longest(ids, i + rn)?;
    let party = match body.class {
        BodyClass::Committee if body.level == Some(Level::Ward) => true,
        BodyClass::Leveled => false,
        _ => return None,
    };
    let c = i + rn + bn;
    if doc.words.get(c) != Some(&"các") {
        return None;
    }
    let (ln, lw) = lex.levels.longest(ids, c + 1)?;
    if lw.level != Level::Ward {
        return None;
    }
    let open = c + 1 + ln;
    let mut q = open;
    let mut stop = open;
    // The first token of each unit of the list.
    let mut units = Vec::new();
    let mut expecting = true;
    while q < end {
        if doc.is_punct(q, "(") {
            q = (q + 1..end).find(|&r| doc.is_punct(r, ")"))? + 1;
            stop = q;
        } else if let Some((n, _)) = lex.levels.longest(ids, q) {
            q += n;
        } else if doc.is_punct(q, ",") || doc.is_punct(q, ":") || doc.words[q] == "và" {
            expecting = true;
            q += 1;
        } else if doc.toks[q].kind == TokKind::Word && doc.toks[q].cap {
            if std::mem::take(&mut expecting) {
                units.push(q);
            }
            q += 1;
            stop = q;
        } else {
            break;
        }
    }
    // Every unit must be one the gazetteer knows, or the posts would not
    // line up with the names.
    let wards: Vec<(usize, usize)> = units
        .iter()
        .map(|&u| {
            doc.wards_named
                .iter()
                .find(|&&(_, _, t)| t == u)
                .map(|&(w, _, t)| (w, t))
        })
        .collect::<Option<_>>()?;
    let posts: Vec<(usize, TitleMatch)> = wards
        .into_iter()
        .map(|(w, t)| {
            let p = Place::Ward(w);
            let kind = place_kind(doc, p);
            let head = if party {
                format!("Đảng ủy {kind}")
            } else {
                format!("{} {kind}", body.canonical)
            };
            let name = with_place(doc, &head, p);
            let post = TitleMatch {
                len: 0,
                name: format!("{} {name}", role.canonical),
                former: false,
                body: Some(BodyMatch {
                    len: 0,
                    name,
                    qualified: true,
                    party,
                    steering: false,
                    place: Some(p),
                    parent: None,
                }),
                explicit_body: true,
            };
            (t, post)
        })
        .collect();
    (posts.len() >= 2).then_some((posts, stop))
}

/// Parse a title at token `i`.
pub fn parse_title(doc: &Doc, i: usize, end: usize) -> Option<TitleMatch> {
    parse_title_within(doc, i, end, MEMBERSHIP_HOPS)
}

/// How many titles after a comma a bare membership shorthand or party post
/// looks through for its committee ("UVTV, UVTV, Trưởng Ban Tổ chức Thành
/// ủy"; "Đảng ủy viên, Phó Chủ tịch UBND xã X").
/// Real lists hold one or two; the bound keeps a text of nothing but
/// "UVTV, UVTV, ..." from recursing once per token (and overflowing the
/// stack).
const MEMBERSHIP_HOPS: usize = 4;

/// [`parse_title`], with `hops` titles left to look through.
fn parse_title_within(doc: &Doc, i: usize, end: usize, hops: usize) -> Option<TitleMatch> {
    let lex = doc.lex;
    let mut j = i;
    // "nguyên Bí thư ..." (former), "nay là Phó Chủ tịch ..." (current).
    let lead = lex
        .title_leads
        .longest(&doc.ids[..end], j)
        .filter(|&(_, &l)| l != Lead::Member);
    let former = lead.is_some_and(|(_, &l)| l == Lead::Former);
    if let Some((n, _)) = lead {
        j += n;
    }
    if j >= end {
        return None;
    }
    let words = &doc.ids[..end];
    let finish =
        |doc: &Doc, name: String, len_end: usize, body: Option<BodyMatch>, explicit: bool| {
            let extra = skip_term(doc, len_end, end);
            Some(TitleMatch {
                len: len_end + extra - i,
                name,
                former,
                body,
                explicit_body: explicit,
            })
        };
    // Membership shorthands: TUV, Quận ủy viên, UVTV [Quận ủy].
    if let Some((n, m)) = lex.memberships.longest(words, j) {
        let k = j + n;
        if let Some(base) = m.body.strip_suffix('*') {
            let prefix = base.trim();
            // The standing committee of the body after it: a party
            // committee's, or a mass organisation's ("Ủy viên Ban Thường vụ
            // Hội Cựu chiến binh huyện").
            let follow = parse_body(doc, k, end).filter(|b| !b.steering);
            // "Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Thành ủy": with no
            // body after it, the party committee of the next title.
            let next_party = || {
                if hops == 0 || !doc.is_punct(k, ",") {
                    return None;
                }
                parse_title_within(doc, k + 1, end, hops - 1)?
                    .body
                    .filter(|b| b.party && !b.steering)
                    .map(committee_of)
            };
            let (body, used) = match follow {
                Some(b) if !b.name.starts_with("Ban ") => {
                    let used = b.len;
                    (Some(b), used)
                }
                _ => (next_party().or_else(|| default_party_committee(doc)), 0),
            };
            let body = body?;
            let prefix_name = lex
                .bodies
                .longest(&lex.ids(&prefix.split(' ').collect::<Vec<_>>()), 0)
                .map(|(_, b)| b.canonical.clone())
                .unwrap_or_default();
            let name = format!("{} {} {}", m.role, prefix_name, body.name);
            let full = BodyMatch {
                name: format!("{prefix_name} {}", body.name),
                parent: Some(body.name.clone()),
                ..body
            };
            return finish(doc, name, k + used, Some(full), used > 0);
        }
        // "TUV" means Tỉnh ủy viên in a province that is not a city.
        let mut surface = m.body.clone();
        if surface == "thành ủy" && doc.words[j] == "tuv" {
            if let Some(p) = doc.loc.province {
                if !doc.province_is_city(p) {
                    surface = "tỉnh ủy".into();
                }
            }
        }
        // "Đảng ủy viên Đảng ủy Quân sự huyện": the committee written
        // after it, when it is one of that kind.
        if let Some(b) = parse_body(doc, k, end)
            .filter(|b| b.party && fold(&b.name).starts_with(&surface) && !b.steering)
        {
            let used = b.len;
            let name = format!("{} {}", m.role, b.name);
            return finish(doc, name, k + used, Some(b), true);
        }
        // "Đảng ủy viên, Phó Chủ tịch UBND xã X": of the ward's committee.
        let ward = (surface == "đảng ủy")
            .then(|| next_post_ward_committee(doc, k, end, hops))
            .flatten();
        // "Thành ủy viên, Bí thư Thành ủy TP. Thủ Đức": in a centrally run
        // city, a member of the city's committee, as "TUV" is.
        let city = (surface == "thành ủy")
            .then_some(doc.loc.province)
            .flatten()
            .filter(|&p| doc.province_is_city(p))
            .map(|p| {
                let place = Place::Province(p);
                party_body(with_place(doc, "Thành ủy", place), Some(place))
            });
        let body = match ward.or(city) {
            Some(b) => b,
            None => body_from_surface(doc, &surface)?,
        };
        let name = format!("{} {}", m.role, body.name);
        return finish(doc, name, k, Some(body), false);
    }
    // Roles, longest first; the one whose body reaches furthest wins, the
    // longer role on a tie: "Chánh Văn phòng HĐND và UBND quận" is
    // "Chánh" + the joint office, where "Chánh Văn phòng" + "HĐND" would
    // stop at "và".
    let roles = lex.roles.all(words, j);
    if roles.is_empty() {
        return None;
    }
    // "Trưởng Ban Thẩm tra tư cách đại biểu": a task at a congress.
    let congress_body = |k: usize| {
        k < end
            && (lex.congress_bodies.longest(words, k).is_some()
                || lex.congress_bodies.longest(words, k - 1).is_some())
    };
    if roles.iter().any(|&(n, _)| congress_body(j + n)) {
        return None;
    }
    let mut best: Option<(usize, String, BodyMatch)> = None;
    for (n, role) in &roles {
        if role.class == RoleClass::Task {
            continue;
        }
        if role.class == RoleClass::National {
            if best.is_none() {
                return finish(doc, role.canonical.clone(), j + n, None, true);
            }
            break;
        }
        let mut starts = vec![j + n];
        if doc.words[j + n - 1] == "ban" {
            starts.push(j + n - 1);
        }
        // "Phó Chủ tịch phụ trách Hội CCB xã": the body the deputy runs.
        if doc.words_are(j + n, "phụ trách") {
            starts.push(j + n + 2);
        }
        // "Phó Chủ tịch Thường trực;" (of a council, a Front committee or
        // an association): the standing member's "Thường trực" is no party
        // committee for the shorter role to take. "Phó Bí thư Thường
        // trực;" is the longer role of the party committee, not "Phó Bí
        // thư" of its standing board, which a bare post after it would
        // take as the body left out ("..., đồng chí B giữ chức Phó Bí
        // thư").
        let (longest, top) = roles[0];
        let standing = matches!(top.class, RoleClass::Org | RoleClass::Party)
            && top.canonical.ends_with(" Thường trực");
        for k in starts {
            // ("Phó Trưởng ban Thường trực Ban Chỉ huy": a body word
            // alone, after the longest role.)
            let body = parse_body(doc, k, end)
                .or_else(|| (*n == longest).then(|| elided_body(doc, k, end)).flatten());
            if let Some(b) = body {
                let e = k + b.len;
                if standing && *n < longest && e <= j + longest {
                    break;
                }
                if best.as_ref().is_none_or(|(far, _, _)| e > *far) {
                    best = Some((e, format!("{} {}", role.canonical, b.name), b));
                }
                break;
            }
        }
    }
    if let Some((e, name, b)) = best {
        return finish(doc, name, e, Some(b), true);
    }
    let (n, role) = roles[0];
    if matches!(role.class, RoleClass::Task | RoleClass::Seat) {
        return None;
    }
    let k = j + n;
    if let Some(b) = deputies_body(doc, &role.canonical, k) {
        let name = format!("{} {}", role.canonical, b.name);
        return finish(doc, name, k, Some(b), true);
    }
    // "Ban Pháp chế do bà A làm Trưởng ban": a role alone after "làm" heads
    // the body its clause opens with.
    if j > i && doc.words[j - 1] == "làm" && stands_alone(doc, k, end) {
        if let Some(b) = body_led_by(doc, j - 1) {
            let name = format!("{} {}", role.canonical, b.name);
            return finish(doc, name, k, Some(b), true);
        }
    }
    // "do đồng chí X làm Chủ nhiệm.": a role with no body at all is of the
    // body of its family the article names nearest; none, no title.
    if let Some(families) = lex.bare_roles.get(&role.canonical) {
        // "Phó Chỉ huy trưởng - Tham mưu trưởng Ban CHQS huyện": two
        // posts joined by a dash share the body written after the second.
        let joined = k + 1 < end && doc.is_dash(k) && lex.roles.longest(words, k + 1).is_some();
        if stands_alone(doc, k, end) && !joined {
            // ("Chính trị viên" alone is of a border post too, where the
            // article names one: `role_units.tsv`.)
            match nearest_body(doc, k, families) {
                Some(b) => {
                    let name = format!("{} {}", role.canonical, b.name);
                    return finish(doc, name, k, Some(b), true);
                }
                None if !lex.role_units.contains_key(&role.canonical) => return None,
                None => {}
            }
        }
    }
    // "Chủ tịch Hội", "Bí thư Đoàn": the body of that family the article
    // names nearest; none, no title (the party committee would be wrong).
    // In "Trưởng Ban" the role's surface has taken the body word.
    if matches!(role.class, RoleClass::Party | RoleClass::Org) {
        let own = doc.words[k - 1] == "ban";
        let w = if own { k - 1 } else { k };
        let elided = if own {
            elided_word_any_case(doc, w, end)
        } else {
            elided_word(doc, w, end)
        };
        // "Phó Trưởng ban Thường trực": the body word inside the role's
        // surface, before only "thường trực", the role standing alone.
        let inner = || {
            (j..k - 1)
                .rev()
                .find(|&q| doc.words[q] == "ban")
                .filter(|&q| matches!(&doc.words[q + 1..k], ["thường", "trực"] | ["tt"]))
                .filter(|_| stands_alone(doc, k, end))
                .and_then(|q| lex.elided_bodies.longest(words, q))
                .filter(|&(l, _)| l == 1)
                .map(|(_, families)| (k, k, families.as_slice()))
        };
        // (Where the body word stands, where the title ends, its families.)
        let found = elided
            .map(|(l, families)| (w, w + l, families))
            .or_else(inner);
        if let Some((at, used, families)) = found {
            let b = nearest_body(doc, at, families)?;
            let name = format!("{} {}", role.canonical, b.name);
            return finish(doc, name, used, Some(b), true);
        }
    }
    // "Bí thư Chi bộ khu dân cư số 5": a party role heading a unit the
    // lexicon has no body for reads it like an org role does. A head of
    // two words or more is a unit even in lowercase ("bí thư chi bộ thôn
    // An Lâm"); one lowercase word ("trường") may be prose.
    let heads_unit = role.class == RoleClass::Party
        && k < end
        && lex
            .unit_heads
            .longest(words, k)
            .is_some_and(|(h, _)| doc.toks[k].cap || h > 1);
    let class = if heads_unit {
        RoleClass::Org
    } else {
        role.class
    };
    match class {
        RoleClass::Party => {
            // "Phó Bí thư, Chủ tịch UBND phường X": the party committee of
            // the ward the next post names, not the district's.
            if let Some(b) = next_post_ward_committee(doc, k, end, hops) {
                let name = format!("{} {}", role.canonical, b.name);
                return finish(doc, name, k, Some(b), false);
            }
            let b = party_committee_at(doc, k)?;
            let name = format!("{} {}", role.canonical, b.name);
            finish(doc, name, k, Some(b), false)
        }
        RoleClass::Org => {
            // "Hiệu trưởng nhà trường", "thầy A - Hiệu trưởng cho biết": the
            // unit a role heads, written as "the school" or not at all, is
            // the one of its kind named nearest before (`role_units.tsv`).
            if let Some(head) = lex.role_units.get(&role.canonical) {
                // (Only the words of this role's unit, and not where they
                // open the unit's name: "Chính trị viên Đồn Biên phòng Pha
                // Long", "trụ trì chùa Sà Som".)
                let written = lex.free_bodies.longest(words, k).map_or(0, |(h, _)| h);
                let named = |q: usize| {
                    q < end
                        && doc.toks[q].cap
                        && doc.toks[q].kind == TokKind::Word
                        && !name_starts(doc, q, end)
                };
                let word = lex
                    .unit_anaphors
                    .longest_where(words, k, |h| h == head)
                    .map(|(n, _)| n);
                let anaphor = word.filter(|&n| n >= written && !named(k + n));
                // (A unit written out is not the role alone either.)
                let alone = word.is_none() && stands_alone(doc, k, end);
                if anaphor.is_some() || alone {
                    let full = nearest_unit(doc, j, head)?;
                    let name = format!("{} {full}", role.canonical);
                    let used = k + anaphor.unwrap_or(0);
                    return finish(doc, crate::text::squash(&name), used, None, true);
                }
            }
            // "Trưởng Ban Công tác Mặt trận ấp X": the "Ban" the role's
            // surface took is the unit's first word.
            let k = if doc.words[k - 1] == "ban" && doc.toks[k - 1].cap {
                k - 1
            } else {
                k
            };
            // "Phó Trưởng ban Trị sự Giáo hội ...": so is a lowercase "ban"
            // before a capitalised unit name that is no body of the
            // lexicon's, nor a person's name.
            let own_ban = doc.words[k - 1] == "ban"
                && !doc.toks[k - 1].cap
                && k < end
                && doc.toks[k].cap
                && doc.toks[k].kind == TokKind::Word
                && !name_starts(doc, k, end)
                && lex.bodies.longest(words, k).is_none();
            let u = free_unit(doc, k, end);
            if u == 0 {
                // "Thay mặt Phòng Tài chính - Kế hoạch huyện, ông A –
                // Trưởng phòng báo cáo": the department the article names,
                // the role's surface having taken its head word.
                // (Only where the role ends the title: "Phó Trưởng phòng giữ
                // chức Trưởng phòng X" leaves a post of another department.)
                let ends = k >= end
                    || doc.toks[k].kind == TokKind::Punct
                    || lex.verbs.longest(words, k).is_some();
                let head_only = lex
                    .free_bodies
                    .longest(words, k - 1)
                    .is_some_and(|(h, _)| h == 1);
                if ends && k > j + 1 && head_only {
                    let full = completed_unit(doc, k - 1, 1)?;
                    let rest = full.split_once(' ')?.1;
                    let name = format!("{} {rest}", role.canonical);
                    return finish(doc, crate::text::squash(&name), k, None, true);
                }
                return None;
            }
            // "Trưởng thôn Lò Văn Pản": a village word alone is the village
            // the article names. (With none named, the bare title still
            // introduces the name after it.)
            if matches!(lex.unit_breaks.longest(words, k), Some((n, UnitWord::Number)) if n == u) {
                if let Some(full) = completed_unit(doc, k, u) {
                    let name = format!("{} {full}", role.canonical);
                    return finish(doc, crate::text::squash(&name), k + u, None, true);
                }
            }
            // "Bí thư Chi bộ ấp", "Phó Bí thư Chi đoàn thôn": a cell of a
            // village word alone is the cell the article names ("Chi bộ
            // ấp Thạnh Lợi"), else that of the village it names.
            let head = lex.unit_heads.longest(words, k).map(|(h, _)| h);
            if let Some(h) = head.filter(|&h| h < u) {
                let village = matches!(
                    lex.unit_breaks.longest(words, k + h),
                    Some((v, UnitWord::Number)) if h + v == u
                );
                let full = village
                    .then(|| {
                        completed_unit(doc, k, u).or_else(|| {
                            completed_unit(doc, k + h, u - h)
                                .map(|v| format!("{} {v}", doc.span_text(k, k + h)))
                        })
                    })
                    .flatten();
                if let Some(full) = full {
                    let name = format!("{} {full}", role.canonical);
                    return finish(doc, crate::text::squash(&name), k + u, None, true);
                }
            }
            // "Chi hội trưởng Chi hội Phụ nữ thôn": a unit ending in a
            // village word alone is the branch of the village the article
            // names ("Trưởng xóm": the village itself, "xóm 5" too).
            if let Some(full) = village_tail(doc, k, k + u) {
                let name = format!("{} {full}", role.canonical);
                return finish(doc, crate::text::squash(&name), k + u, None, true);
            }
            // "Giám đốc Công ty": the company the article names in full.
            // "Chủ tịch Hội đồng thành viên Công ty": the tail completed.
            // A head inside the name is capitalised: the "trường" of "Môi
            // trường" is no school to complete.
            // A company's head may close the unit in lowercase: "Chủ tịch
            // Công đoàn công ty".
            let unit = (k..k + u).find_map(|q| {
                if q > k && !doc.toks[q].cap && lex.company_heads.longest(words, q).is_none() {
                    return None;
                }
                let (h, _) = lex.free_bodies.longest(words, q)?;
                let full = (q + h == k + u).then(|| completed_unit(doc, q, h))??;
                Some(format!("{} {full}", doc.span_text(k, q)))
            });
            let unit = unit.map_or_else(|| unit_text(doc, k, k + u), |t| t.trim().to_string());
            let unit = if own_ban { format!("Ban {unit}") } else { unit };
            let mut name = format!("{} {unit}", role.canonical);
            let mut e = k + u;
            // "Trưởng phòng Kinh tế huyện (Gia Lâm)": the unit's locality.
            if let Some((used, full)) = level_locality(doc, &name, e, end, k) {
                return finish(doc, crate::text::squash(&full), e + used, None, true);
            }
            if let Some(full) = abbreviated_level(doc, &name, k, e) {
                return finish(doc, crate::text::squash(&full), e, None, true);
            }
            // "Trưởng Ban công tác Mặt trận khu phố 2": a numbered unit
            // needs its ward.
            if let Some((used, place)) = numbered_unit_ward(doc, k, e, end) {
                let full = format!("{name} {place}");
                return finish(doc, crate::text::squash(&full), e + used, None, true);
            }
            // "Trưởng phòng X, Ban Tuyên giáo Thành ủy": the unit's body
            // after a comma belongs to the title ("..., Đảng ủy viên" is a
            // second post).
            if doc.is_punct(e, ",")
                && lex.roles.longest(words, e + 1).is_none()
                && lex.memberships.longest(words, e + 1).is_none()
            {
                if let Some(b) = parse_body(doc, e + 1, end) {
                    name = format!("{name} {}", b.name);
                    e = e + 1 + b.len;
                    return finish(doc, crate::text::squash(&name), e, Some(b), true);
                }
            }
            // "trưởng phòng Quản lý ngân sách (Sở Tài chính)": a province's
            // department after a comma or in brackets is the office's.
            let mut dept = k;
            if (doc.is_punct(e, ",") || doc.is_punct(e, "("))
                && lex.province_units.longest(words, e + 1).is_some()
            {
                let u2 = free_unit(doc, e + 1, end);
                if u2 > 1 {
                    name = format!("{name} {}", unit_text(doc, e + 1, e + 1 + u2));
                    dept = e + 1;
                    e = dept + u2;
                }
            }
            // "Trưởng phòng Quản lý lữ hành Sở Du lịch": an office of a
            // province's department, written inside the unit.
            if dept == k {
                if let Some(q) = (k + 1..e)
                    .find(|&q| doc.toks[q].cap && lex.province_units.longest(words, q).is_some())
                {
                    dept = q;
                }
            }
            // "Trưởng phòng Kinh tế": an office of a district
            // (`local_units.txt`) with no locality written is the
            // article's district's, or its commune's since July 2025.
            // ("Trưởng phòng": the role's surface took the head word.)
            // ("Chánh Văn phòng Sở Nội vụ": the department follows.)
            let head_taken = lex
                .local_units
                .longest(words, k - 1)
                .is_some_and(|(h, _)| h == 1)
                && lex.province_units.longest(words, k).is_none();
            if dept == k
                && (head_taken || lex.local_units.longest(words, k).is_some())
                && !(k..e).any(|q| {
                    // ("Phòng Văn hóa - Xã hội": "xã hội" is society,
                    // `level_nouns.txt`.)
                    (lex.levels.longest(words, q).is_some()
                        && lex.level_nouns.longest(words, q).is_none())
                        // ("Trưởng phòng Nhân sự Công ty TNHH ...": the
                        // company's office.)
                        || lex.company_heads.longest(words, q).is_some()
                })
            {
                if let Some((kind, p)) = local_unit_place(doc) {
                    let full = with_place(doc, &format!("{name} {kind}"), p);
                    return finish(doc, crate::text::squash(&full), e, None, true);
                }
            }
            // "Giám đốc Sở Y tế": a department of the province
            // (`province_units.txt`) with no locality written is the
            // article's province's.
            let placed = |t: usize| {
                match_place(doc, Want::PROVINCE, t, end, &doc.loc).is_some_and(|(n, _)| t + n == e)
            };
            if lex.province_units.longest(words, dept).is_some() && !(dept + 1..e).any(placed) {
                // (A unit completed from the article may have its province.)
                let named = |p: usize| {
                    crate::text::fold(&name)
                        .contains(&crate::text::fold(&doc.gaz.provinces[p].name))
                };
                if let Some(p) = doc.loc.province.filter(|&p| !named(p)) {
                    let kind = province_word(doc, p);
                    name = with_place(doc, &format!("{name} {kind}"), Place::Province(p));
                }
            }
            // "Phó Chủ nhiệm UBKT Huyện ủy, Tổ trưởng tổ kiểm tra": a team
            // for one task, with no body or place, is no post to name
            // (`team_heads.txt`); a numbered one, a residential group or
            // one with a name ("Tổ hợp tác trồng bưởi Lương Nha") is.
            let team = lex.team_heads.longest(words, k).is_some()
                && lex
                    .unit_breaks
                    .longest(words, k)
                    .is_none_or(|(v, _)| v == 1)
                && !(k..e).any(|q| doc.toks[q].kind == TokKind::Num || (q > k && doc.toks[q].cap));
            if team {
                return None;
            }
            finish(doc, crate::text::squash(&name), e, None, true)
        }
        _ => None,
    }
}

/// The first mention of a leveled body (lexicon `surface`, "hội đồng nhân dân")
/// that names its unit ("HĐND xã Cao Xá tổ chức kỳ họp"): a code's
/// suffix "…/NQ-HĐND" with no issuer written is that council's, not the
/// council of a district the article mentions in passing.
pub fn named_in_article(doc: &Doc, surface: &str) -> Option<BodyMatch> {
    let lex = doc.lex;
    let words: Vec<&str> = surface.split(' ').collect();
    let (n, b) = lex.bodies.longest(&lex.ids(&words), 0)?;
    if n != words.len() || b.class != BodyClass::Leveled {
        return None;
    }
    let canonical = b.canonical.as_str();
    doc.sents.iter().find_map(|s| {
        let e = s.tok_end;
        (s.tok_start..e).find_map(|k| {
            let (n, b) = lex.bodies.longest(&doc.ids[..e], k)?;
            if b.canonical != canonical || b.class != BodyClass::Leveled {
                return None;
            }
            let m = parse_body(doc, k, e)?;
            let named =
                (k + n..k + m.len).any(|t| doc.toks[t].cap && doc.toks[t].kind == TokKind::Word);
            (named && m.place.is_some() && m.parent.is_none()).then_some(BodyMatch { len: 0, ..m })
        })
    })
}

/// Resolve a body written as lexicon surface ("thành ủy") in the article's
/// locality.
pub fn body_from_surface(doc: &Doc, surface: &str) -> Option<BodyMatch> {
    let words: Vec<&str> = surface.split(' ').collect();
    let (n, b) = doc.lex.bodies.longest(&doc.lex.ids(&words), 0)?;
    // "ban tổ chức tỉnh ủy": a part of the committee named after it.
    if b.class == BodyClass::Prefix && n < words.len() {
        let whole = body_from_surface(doc, &words[n..].join(" "))?;
        return Some(BodyMatch {
            name: format!("{} {}", b.canonical, whole.name),
            parent: Some(whole.name.clone()),
            ..whole
        });
    }
    match b.class {
        BodyClass::Committee => {
            let want = want_for_committee(b)?;
            let (name, place) = match implicit_place(doc, want, None) {
                Some((kind, p)) => {
                    let word = if b.canonical == "Đảng ủy" {
                        format!("Đảng ủy {kind}")
                    } else {
                        b.canonical.clone()
                    };
                    (with_place(doc, &word, p), Some(p))
                }
                None => (b.canonical.clone(), None),
            };
            Some(party_body(name, place))
        }
        BodyClass::Central => Some(BodyMatch {
            len: 0,
            name: b.canonical.clone(),
            qualified: true,
            party: true,
            steering: false,
            place: None,
            parent: None,
        }),
        _ => {
            // The article's own unit: its district, else (a commune of the
            // 2025 map, a province's article) its ward or its province.
            let g = doc.gaz;
            let kind = doc
                .loc
                .district
                .map(|d| (doc.loc.kind_of_district(g, d), Place::District(d)))
                .or_else(|| {
                    let w = doc.loc.ward?;
                    Some((fold(&g.wards[w].kind), Place::Ward(w)))
                })
                .or_else(|| {
                    let p = doc.loc.province?;
                    Some((province_word(doc, p).to_string(), Place::Province(p)))
                });
            let name = match &kind {
                Some((k, p)) => with_place(doc, &format!("{} {k}", b.canonical), *p),
                None => b.canonical.clone(),
            };
            Some(BodyMatch {
                len: 0,
                name,
                qualified: kind.is_some(),
                party: false,
                steering: false,
                place: kind.map(|(_, p)| p),
                parent: None,
            })
        }
    }
}
