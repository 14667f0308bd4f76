//! Persons and the titles the article gives them.
//!
//! Patterns, all on folded tokens of one sentence:
//! - honorific + name + separator + titles ("đồng chí Trần Thị Phương Hoa,
//!   Thành ủy viên, Bí thư Quận ủy");
//! - titles + name ("Phó Bí thư Thường trực Thành ủy Hà Nội Ngô Thị Thanh Hằng");
//! - a list header whose title every item shares ("các đồng chí Ủy viên Ban
//!   Thường vụ Thành ủy: Chủ tịch ... A, Trưởng ban ... B");
//! - a title alone ("đồng chí Bí thư Quận ủy phát biểu"), resolved to the
//!   named holder of that title in the same article;
//! - dismissals ("miễn nhiệm chức danh ... đối với ông X": a former post,
//!   and X is not said to be present) and elections ("bầu ông X giữ chức ...").

use super::bodies::{
    given_first_starts, member_title, name_starts, parse_title, BodyMatch, TitleMatch,
};
use super::{Doc, PersonMention};
use crate::facts::{EdgeType, NodeType};
use crate::lexicon::{Lead, RoleClass};
use crate::text::{squash, TokKind};
use rustc_hash::FxHashSet as HashSet;
use std::sync::OnceLock;

/// Names that look like persons' names but stand for institutions or
/// places ("Hồ Chí Minh" in "Đoàn TNCS Hồ Chí Minh").
pub(crate) fn not_persons() -> &'static HashSet<String> {
    static S: OnceLock<HashSet<String>> = OnceLock::new();
    S.get_or_init(|| crate::lexicon::folded_set(include_str!("../../data/lexicon/not_persons.txt")))
}

/// True when the word at `k` begins a lexicon phrase of two or more words
/// (a one-word entry like "Tỉnh" or "Tư" is also a given name).
fn starts_lexicon_phrase(doc: &Doc, k: usize, end: usize) -> bool {
    let w = &doc.ids[..end];
    let lex = doc.lex;
    let long = |m: Option<usize>| m.is_some_and(|n| n >= 2);
    long(lex.roles.longest(w, k).map(|m| m.0))
        || long(lex.memberships.longest(w, k).map(|m| m.0))
        || long(lex.bodies.longest(w, k).map(|m| m.0))
        || long(lex.levels.longest(w, k).map(|m| m.0))
        || long(lex.honorifics.longest(w, k).map(|m| m.0))
        || long(lex.meeting_nouns.longest(w, k).map(|m| m.0))
        || long(lex.ranks.longest(w, k).map(|m| m.0))
        // "trao cho bà Khổng Thị Thu Mai Quyết định số ...": a document's
        // kind ends the name.
        || long(lex.doc_words.longest(w, k).map(|m| m.0))
}

fn name_word(doc: &Doc, k: usize) -> bool {
    let t = doc.toks[k];
    if t.kind != TokKind::Word || !t.cap {
        return false;
    }
    // Acronyms (HĐND, UBND) are not names; a one-letter given name is,
    // and so is a name written in capitals ("ĐỖ XUÂN KHIÊM – Bí thư").
    !(t.upper && doc.tok_text(k).chars().count() > 1) || caps_name(doc, k)
}

/// True when token `k` lies in a run of two to four capitalised words on
/// one line that starts with a family name: a name in capitals, not an
/// acronym or a headline.
fn caps_name(doc: &Doc, k: usize) -> bool {
    let n = doc.toks.len();
    let upper_word = |j: usize| doc.toks[j].kind == TokKind::Word && doc.toks[j].upper;
    let mut s = k;
    while s > 0 && upper_word(s - 1) && !doc.toks[s].newline_before {
        s -= 1;
    }
    let mut e = k + 1;
    while e < n && upper_word(e) && !doc.toks[e].newline_before {
        e += 1;
    }
    (2..=4).contains(&(e - s)) && doc.lex.is_surname(doc.words[s])
}

/// A person's name at `k`: (first token, length). `introduced` when an
/// honorific or a title stands before it, so a family name outside the
/// lexicon is still accepted.
pub fn name_at(doc: &Doc, k: usize, end: usize, introduced: bool) -> Option<(usize, usize)> {
    if k >= end || !name_word(doc, k) {
        return None;
    }
    // Inside a longer capitalised run ("MTTQ Việt Nam") is no name start,
    // unless that run is an honorific or a rank ("Bà Nguyễn Hiền Phương").
    let after_intro = doc.lex.honorifics.ending_at(&doc.ids, k, 3).is_some()
        || doc.lex.ranks.ending_at(&doc.ids, k, 3).is_some();
    if k > 0
        && !after_intro
        && doc.toks[k - 1].kind == TokKind::Word
        && doc.toks[k - 1].cap
        && doc.sentence_of(k - 1) == doc.sentence_of(k)
    {
        return None;
    }
    let mut n = 0;
    while k + n < end && name_word(doc, k + n) {
        if n > 0 && starts_lexicon_phrase(doc, k + n, end) && !doc.lex.is_surname(doc.words[k + n])
        {
            break;
        }
        if n > 0 && doc.column_break(k + n) {
            break;
        }
        n += 1;
    }
    let mut start = k;
    // A place left in front of the name ("Hà Nội Nguyễn Đức Chung").
    if n >= 4 {
        for p in 1..=n.saturating_sub(2).min(doc.gaz.max_words) {
            let place = doc.words[k..k + p].join(" ");
            let is_place = doc.gaz.province(&place).is_some()
                || !doc
                    .gaz
                    .districts_named(&place, None, doc.loc.province)
                    .is_empty();
            if is_place && doc.lex.is_surname(doc.words[k + p]) {
                start = k + p;
                n -= p;
                break;
            }
        }
    }
    // A baptismal name in front ("Giám mục Phaolô Trần Quang Thụy") is no
    // part of the name.
    if let Some((m, _)) = doc.lex.saint_names.longest(&doc.ids[..start + n], start) {
        if n >= m + 2 && doc.lex.is_surname(doc.words[start + m]) {
            start += m;
            n -= m;
        }
    }
    // A Central Highlands name may be one word with an apostrophe inside
    // ("K'Mák", "H'Linh"), a name when something introduces it.
    // So is the given name alone of someone named in full before ("do bà
    // Hường chủ trì" after "bà Nguyễn Thị Hường"), right after an honorific.
    let one_word = n == 1
        && introduced
        && (doc.words[start].contains(['\'', '’'])
            || (after_intro && shortened(doc, &crate::text::key(doc.words[start])).is_some()));
    if !(2..=longest_name(doc, start, end)).contains(&n) && !one_word {
        return None;
    }
    // "thôn Lý Văn": a name never ends in the middle names "Văn", "Thị".
    if n >= 2 && doc.middle_name_at(start + n - 1) {
        return None;
    }
    // "cùng Đoàn Thư ký", "Đảng bộ Tổng Công ty": the last word opens a
    // phrase that reads on in lowercase (`name_breaks.txt`).
    let last = start + n - 1;
    if start + n < end
        && !doc.toks[start + n].cap
        && doc
            .lex
            .name_breaks
            .longest(&doc.ids[..end], last)
            .is_some_and(|(m, _)| m > 1)
    {
        return None;
    }
    if starts_lexicon_phrase(doc, start, end) && !doc.lex.is_surname(doc.words[start]) {
        return None;
    }
    // "đồng chí Phó Trưởng BCĐ Lê Thị Đôn": a role all of whose words are
    // capitalised is no name, though "Phó" is a family name.
    // Nor is one that reads on as a title ("đồng chí Trưởng Công an xã
    // cho biết": "Trưởng" + "Công an xã", not the name "Trưởng Công").
    if doc
        .lex
        .roles
        .longest(&doc.ids[..end], start)
        .is_some_and(|(r, _)| r >= n || parse_title(doc, start, end).is_some_and(|t| t.len > n))
    {
        return None;
    }
    // "đường Lê Lợi", "chợ Bàn Cờ": a street or a site, not a person (but
    // "già làng Y Sơn Mlô" is an elder).
    if doc
        .lex
        .place_features
        .ending_at(&doc.ids, start, 3)
        .is_some()
        && doc.lex.levels.ending_at(&doc.ids, start, 3).is_none()
        && doc.lex.honorifics.ending_at(&doc.ids, start, 3).is_none()
    {
        return None;
    }
    // "Chi bộ thôn Lê Xá": a name right after a village word is the
    // village's (but "Trưởng thôn Lê Văn Tám" is a post before a name).
    if (start.saturating_sub(3)..start).any(|q| {
        super::bodies::village_word(doc, q, start) == Some(start - q)
            && doc.lex.roles.ending_at(&doc.ids, q, 4).is_none()
    }) && doc.lex.honorifics.ending_at(&doc.ids, start, 3).is_none()
    {
        return None;
    }
    // "Hà Nội", "Long Biên": a place, not a person.
    let joined = doc.words[start..start + n].join(" ");
    if doc.gaz.province(&joined).is_some() || not_persons().contains(&joined) {
        return None;
    }
    // "cử tri La Gi", "khởi nghĩa nông dân Yên Thế": after a word that
    // introduces only a name, a district of the article's province is the
    // people's place.
    let name_only = doc
        .lex
        .honorifics
        .ending_at(&doc.ids, start, 3)
        .is_some_and(|(_, &only)| only);
    if name_only
        && !doc
            .gaz
            .districts_named(&joined, None, doc.loc.province)
            .is_empty()
    {
        return None;
    }
    // "Hạt trưởng Hạt Kiểm lâm Sơn Hà", "Đồn Biên phòng Đàm Thủy": two
    // words after a unit's name, not introduced by an honorific, that name
    // a district or a commune of the article's province end the unit's
    // name.
    if n == 2 && !after_intro && super::bodies::local_place_at(doc, start, end) {
        return None;
    }
    let surname = doc.lex.is_surname(doc.words[start])
        || doc
            .lex
            .surname_pairs
            .longest(&doc.ids[..end], start)
            .is_some();
    if !surname && !introduced {
        return None;
    }
    // "giáo viên Trường Tiểu học Kim Đồng": the head of a unit
    // (`free_bodies.txt`) that is no family name opens a unit's name.
    if !surname
        && doc
            .lex
            .free_bodies
            .longest(&doc.ids[..end], start)
            .is_some()
    {
        return None;
    }
    Some((start, n))
}

/// The most words a name starting at `k` may have: five, and more after a
/// family name of several words ("Công Tằng Tôn Nữ Minh Nguyệt", a Huế
/// clan name).
fn longest_name(doc: &Doc, k: usize, end: usize) -> usize {
    5 + doc
        .lex
        .surname_pairs
        .longest(&doc.ids[..end], k)
        .map_or(0, |(n, _)| n - 1)
}

/// A name right after a title ("Bí thư Quận ủy Cầu Giấy Nguyễn Văn A"),
/// where the capitalised run of the body ends just before it.
fn name_after_title(doc: &Doc, k: usize, end: usize) -> Option<(usize, usize)> {
    if k == 0 {
        return name_at(doc, k, end, true);
    }
    let prev = doc.toks[k - 1];
    if prev.kind == TokKind::Word && prev.cap {
        // Look at it as if the title's last word were not capitalised.
        let mut n = 0;
        let longest = longest_name(doc, k, end);
        while k + n < end && name_word(doc, k + n) && n <= longest {
            if n > 0
                && starts_lexicon_phrase(doc, k + n, end)
                && !doc.lex.is_surname(doc.words[k + n])
            {
                break;
            }
            n += 1;
        }
        let joined = doc.words[k..k + n].join(" ");
        return ((2..=longest).contains(&n) && !not_persons().contains(&joined)).then_some((k, n));
    }
    name_at(doc, k, end, true)
}

/// The closing bracket of a place in brackets opening at `k`: a level
/// word and a capitalised name or a number ("(xã Đăk Mar)", "(phường 3)").
fn bracketed_place(doc: &Doc, k: usize, end: usize) -> Option<usize> {
    if !doc.is_punct(k, "(") {
        return None;
    }
    let (n, _) = doc.lex.levels.longest(&doc.ids[..end], k + 1)?;
    let from = k + 1 + n;
    let close = (from..end.min(from + 6)).find(|&q| {
        let t = doc.toks[q];
        !(t.kind == TokKind::Num || (t.kind == TokKind::Word && t.cap))
    })?;
    (close > from && doc.is_punct(close, ")")).then_some(close)
}

fn is_sep(doc: &Doc, k: usize) -> bool {
    doc.is_dash(k)
        || doc.is_punct(k, ",")
        || doc.is_punct(k, "(")
        || doc.is_punct(k, ":")
        // "Chủ tịch UBND quận kiêm Trưởng Ban Chỉ đạo 35 quận", "kiêm
        // nhiệm Giám đốc Trung tâm".
        || doc.words[k] == "kiêm"
        || (doc.words[k] == "nhiệm" && k > 0 && doc.words[k - 1] == "kiêm")
        // "kiêm nhiệm chức vụ Giám đốc Ban Quản lý dự án", "kiêm chức Trưởng
        // Ban".
        || (doc.words[k] == "chức" && k > 0 && matches!(doc.words[k - 1], "kiêm" | "nhiệm"))
        || (doc.words[k] == "vụ"
            && k > 1
            && doc.words[k - 1] == "chức"
            && matches!(doc.words[k - 2], "kiêm" | "nhiệm"))
}

/// Titles after a name: "- TUV, Bí thư Quận ủy, Chủ tịch HĐND quận".
/// Stops before a title that belongs to the next person (a name follows it).
fn titles_after(doc: &Doc, mut k: usize, end: usize) -> (Vec<TitleMatch>, usize) {
    let mut out: Vec<TitleMatch> = Vec::new();
    let mut starts: Vec<usize> = Vec::new();
    // "anh A (sinh năm 2000), Bí thư Chi đoàn xóm 5", "ông B (52 tuổi) –
    // Bí thư Đảng ủy xã": a short note in brackets that holds no title,
    // between the name and a title, is passed over.
    if doc.is_punct(k, "(") && parse_title(doc, k + 1, end).is_none() {
        let close = (k + 2..(k + 8).min(end)).find(|&q| doc.is_punct(q, ")"));
        if let Some(c) = close.filter(|&c| {
            (k + 1..c).all(|q| doc.toks[q].kind != TokKind::Punct)
                && (doc.is_punct(c + 1, ",") || doc.is_dash(c + 1))
                && parse_title(doc, c + 2, end).is_some()
        }) {
            k = c + 1;
        }
    }
    let start = k;
    loop {
        let mut j = after_seps(doc, k, end);
        if j == k && !out.is_empty() {
            // Titles joined by "và" are rare; anything else ends the list.
            break;
        }
        if out.is_empty() && j == k && k != start {
            break;
        }
        // "X tái đắc cử Phó Bí thư": a post taken right after the name is
        // read with the other leads, where a body left out is the last
        // post's (`parse_sentence`).
        if j == start
            && matches!(
                doc.lex.title_leads.longest(&doc.ids[..end], j),
                Some((_, Lead::Current))
            )
        {
            break;
        }
        // "ông A, Thượng tá, Trưởng Công an huyện": a rank between
        // separators is passed over.
        if j > k {
            if let Some((n, _)) = doc.lex.ranks.longest(&doc.ids[..end], j) {
                if j + n < end && is_sep(doc, j + n) {
                    j = after_seps(doc, j + n, end);
                }
            }
        }
        // "bà A, sinh năm 1979, Phó Giám đốc Sở Y tế": an aside with its
        // number between separators is passed over (`asides.txt`); so is
        // one standing alone ("ông B, đảng viên, Phó Chủ tịch UBND xã").
        if out.is_empty() && j > k {
            if let Some((n, _)) = doc.lex.asides.longest(&doc.ids[..end], j) {
                if j + n + 1 < end && doc.toks[j + n].kind == TokKind::Num && is_sep(doc, j + n + 1)
                {
                    j = after_seps(doc, j + n + 1, end);
                } else if j + n + 1 < end && doc.is_punct(j + n, ",") {
                    j = after_seps(doc, j + n, end);
                }
            }
        }
        // "A và B, cùng là Phó Bí thư Huyện ủy".
        if out.is_empty() && j > k && (doc.words_are(j, "cùng là") || doc.words_are(j, "đều là"))
        {
            j += 2;
        }
        // An abbreviation the lexicons lack ("ĐBQH", "UVBCH Hội Nông dân
        // Việt Nam") between separators does not end the list when a title
        // follows it: it is skipped, and what follows is read.
        let parsed = match shares_next_body(doc, j, end)
            .or_else(|| parse_title(doc, j, end))
            .or_else(|| member_of_next_body(doc, j, end))
        {
            Some(t) => Some(t),
            None => match shares_body(doc, j, end) {
                Some(t) => Some(t),
                None => unknown_abbreviation(doc, j, end).and_then(|comma| {
                    let t = parse_title(doc, comma + 1, end)?;
                    j = comma + 1;
                    Some(t)
                }),
            },
        };
        let Some(t) = parsed else {
            break;
        };
        // A title directly followed by a name introduces that person
        // ("..., Trưởng buôn Cư Dluê Y Bhim Êban").
        if name_starts(doc, j + t.len, end) || given_first_starts(doc, j + t.len, end) {
            break;
        }
        k = j + t.len;
        // A body alone after a complete title starts a list of attendees
        // ("..., Ban Thường trực Ủy ban MTTQ quận, ..."): stop there.
        out.push(t);
        starts.push(j);
    }
    unit_of_next_title(doc, &mut out, &starts, end);
    unit_of_title_before(doc, &mut out, &starts, end);
    // Closing parenthesis and a trailing dash ("- Bí thư Quận ủy - phát biểu").
    let mut closed = false;
    while k < end && (doc.is_punct(k, ")") || doc.is_dash(k)) {
        closed |= doc.is_punct(k, ")");
        k += 1;
    }
    // "ông A (nguyên Phó Chủ tịch UBND thành phố), Phó Giám đốc Sở Nội vụ":
    // the titles go on after a bracket that opened right after the name.
    if closed && !out.is_empty() && doc.is_punct(start, "(") && doc.is_punct(k, ",") {
        let (more, k2) = titles_after(doc, k, end);
        if !more.is_empty() {
            out.extend(more);
            k = k2;
        }
    }
    (out, k)
}

/// "Bí thư Chi bộ, Hiệu trưởng Trường Mầm non X", "Bí thư Đảng ủy, Giám
/// đốc Công an tỉnh": a party cell or committee written bare before a
/// post in a unit is that unit's. `starts` holds where each title begins.
fn unit_of_next_title(doc: &Doc, out: &mut [TitleMatch], starts: &[usize], end: usize) {
    let lex = doc.lex;
    for i in 0..out.len().saturating_sub(1) {
        let (si, s2) = (starts[i], starts[i + 1]);
        let e1 = si + out[i].len;
        // ("Bí thư Chi bộ kiêm Trưởng thôn X": joined by "kiêm" too.)
        let joined = doc.is_punct(e1, ",") || doc.words[e1] == "kiêm";
        if e1 < si + 3 || e1 >= end || !joined || s2 != e1 + 1 {
            continue;
        }
        let cell = doc.words_are(e1 - 2, "chi bộ");
        let committee = doc.words_are(e1 - 2, "đảng ủy");
        let Some((role_len, first)) = lex.roles.longest(&doc.ids[..end], si) else {
            continue;
        };
        if !(cell || committee) || role_len != out[i].len - 2 {
            continue;
        }
        let Some((rn, role)) = lex.roles.longest(&doc.ids[..end], s2) else {
            continue;
        };
        let u = s2 + rn;
        let Some(rest) = out[i + 1]
            .name
            .strip_prefix(&format!("{} ", role.canonical))
        else {
            continue;
        };
        // A unit with a cell of its own: a school, a health station, the
        // police, a border post; not the commune's council or committee.
        let ids = &doc.ids[..end];
        let free =
            lex.free_bodies.longest(ids, u).is_some() || lex.own_cells.longest(ids, u).is_some();
        // A cell may also be a village's ("Bí thư Chi bộ, Trưởng thôn X")
        // or a unit's the lexicon has no body for.
        let village = match lex.unit_breaks.longest(ids, u) {
            Some((v, crate::lexicon::UnitWord::Number)) => Some(v),
            _ => None,
        };
        let own = free
            || (cell
                && (village.is_some()
                    || (doc.toks[u].cap && lex.bodies.longest(ids, u).is_none())));
        // A cell the article names in full already completed the bare one
        // ("Phó Bí thư Chi bộ, Tổ trưởng tổ dân phố" after "Chi bộ tổ dân
        // phố 9"), unless the next post writes its village's name ("Bí thư
        // Chi bộ kiêm Trưởng ấp Tắc Bướm" after "Chi bộ ấp Bưng Tum").
        let named_village = village.is_some_and(|v| u + v < end && doc.toks[u + v].cap);
        let completed = cell && !out[i].name.ends_with(" Chi bộ");
        if !own || out[i].former != out[i + 1].former || (completed && !named_village) {
            continue;
        }
        let body = if cell { "Chi bộ" } else { "Đảng ủy" };
        out[i].name = format!("{} {body} {rest}", first.canonical);
        out[i].body = None;
        out[i].explicit_body = true;
    }
}

/// "Phó Trưởng Công an phường X, Phó Bí thư Chi bộ": a party cell written
/// bare after a post in a unit with a cell of its own (`own_cells.txt`,
/// `free_bodies.txt`) is that unit's. `starts` holds where each title
/// begins.
fn unit_of_title_before(doc: &Doc, out: &mut [TitleMatch], starts: &[usize], end: usize) {
    let lex = doc.lex;
    let ids = &doc.ids[..end];
    for i in 1..out.len() {
        let (s1, s2) = (starts[i - 1], starts[i]);
        if !out[i].name.ends_with(" Chi bộ")
            || !doc.is_punct(s2 - 1, ",")
            || s1 + out[i - 1].len + 1 != s2
            || out[i].former != out[i - 1].former
        {
            continue;
        }
        let (Some((rn, role)), Some((_, cell_role))) =
            (lex.roles.longest(ids, s1), lex.roles.longest(ids, s2))
        else {
            continue;
        };
        let u = s1 + rn;
        if lex.own_cells.longest(ids, u).is_none() && lex.free_bodies.longest(ids, u).is_none() {
            continue;
        }
        let Some(rest) = out[i - 1]
            .name
            .strip_prefix(&format!("{} ", role.canonical))
        else {
            continue;
        };
        out[i].name = format!("{} Chi bộ {rest}", cell_role.canonical);
        out[i].body = None;
        out[i].explicit_body = true;
    }
}

/// A body outside the party that elects in tokens `a..e`, written right
/// before a verb of `electing_verbs.txt` (maybe with "đã"): "Ủy ban MTTQ
/// thành phố đã hiệp thương cử ...".
fn electing_body(doc: &Doc, a: usize, e: usize) -> Option<BodyMatch> {
    let v = (a + 1..e).find(|&k| doc.lex.electing_verbs.longest(&doc.ids[..e], k).is_some())?;
    let end = if doc.words[v - 1] == "đã" { v - 1 } else { v };
    (end.saturating_sub(12).max(a)..end).find_map(|q| {
        super::bodies::parse_body(doc, q, end)
            .filter(|b| q + b.len == end && !b.party && b.place.is_some())
    })
}

/// A role elected with its body left out, at `j`: the role and `body`,
/// when nothing that could name a body follows the role.
fn elided_title(doc: &Doc, j: usize, end: usize, body: &BodyMatch) -> Option<TitleMatch> {
    elided_title_of(doc, j, end, || Some(body))
}

/// [`elided_title`], the body asked for only when a bare role stands at `j`.
fn elided_title_of<'b>(
    doc: &Doc,
    j: usize,
    end: usize,
    body: impl FnOnce() -> Option<&'b BodyMatch>,
) -> Option<TitleMatch> {
    let (n, role) = doc.lex.roles.longest(&doc.ids[..end], j)?;
    let bare = j + n >= end
        || doc.toks[j + n].kind == TokKind::Punct
        || doc.words[j + n] == "và"
        || super::bodies::skip_term(doc, j + n, end) > 0;
    if !bare || !matches!(role.class, RoleClass::Org | RoleClass::Party) {
        return None;
    }
    let body = body()?;
    // A party post is of a committee, not of a part of one: after "ông
    // A, Phó Trưởng Ban Tổ chức Tỉnh ủy công bố ...; ông B giữ chức Bí
    // thư" B is no "Bí thư Ban Tổ chức".
    if role.class == RoleClass::Party && body.parent.is_some() {
        return None;
    }
    Some(TitleMatch {
        len: n,
        name: format!("{} {}", role.canonical, body.name),
        former: false,
        body: Some(body.clone()),
        explicit_body: true,
    })
}

/// The holders of a role's posts over a list of units, each named in
/// brackets after its unit ("Chủ tịch UBND các xã: Chi Khê (Lô Thị A), Lạng
/// Khê (Kha Văn B)") or all in order after "lần lượt là" ("Chủ tịch UBND các
/// xã X, Y lần lượt là các đồng chí A, B"): each given their unit's post.
/// The token after the last holder, None (nothing given) when the names do
/// not match the units one to one.
fn unit_holders(doc: &mut Doc, i: usize, e: usize, s: usize) -> Option<usize> {
    let (posts, stop) = super::bodies::unit_posts(doc, i, e)?;
    let lex = doc.lex;
    // A name that fills the first bracket after each unit.
    let mut names = Vec::new();
    for (u, &(t, _)) in posts.iter().enumerate() {
        let next = posts.get(u + 1).map_or(stop, |p| p.0);
        let Some(open) = (t..next).find(|&q| doc.is_punct(q, "(")) else {
            break;
        };
        let from = open
            + 1
            + lex
                .honorifics
                .longest(&doc.ids[..e], open + 1)
                .map_or(0, |h| h.0);
        match name_at(doc, from, e, true) {
            Some((na, nn)) if doc.is_punct(na + nn, ")") => names.push((na, nn)),
            _ => break,
        }
    }
    let mut end = stop;
    if names.len() != posts.len() {
        names = names_in_turn(doc, stop, e, posts.len())?;
        end = names.last().map_or(stop, |&(na, nn)| na + nn);
    }
    for ((_, post), name) in posts.iter().zip(names) {
        emit(
            doc,
            name,
            std::slice::from_ref(post),
            name.0 + name.1,
            s,
            false,
            false,
        );
    }
    Some(end)
}

/// The `count` names read in order after "lần lượt là" at `q` ("... lần
/// lượt là (các) đồng chí A, B và C"), or None when there are not as many.
fn names_in_turn(doc: &Doc, mut q: usize, e: usize, count: usize) -> Option<Vec<(usize, usize)>> {
    let lex = doc.lex;
    if !doc.words_are(q, "lần lượt") {
        return None;
    }
    q += 2;
    if doc.words.get(q) == Some(&"là") {
        q += 1;
    }
    if doc.words.get(q) == Some(&"các") {
        q += 1;
    }
    let mut names = Vec::new();
    while names.len() < count && q < e {
        q += lex.honorifics.longest(&doc.ids[..e], q).map_or(0, |h| h.0);
        // ("Đại úy Trần Văn A": a rank before the name.)
        q += lex.ranks.longest(&doc.ids[..e], q).map_or(0, |r| r.0);
        let (na, nn) = name_at(doc, q, e, true).filter(|&(na, _)| na == q)?;
        names.push((na, nn));
        q = na + nn;
        if doc.is_punct(q, ",") || doc.is_punct(q, ";") {
            q += 1;
        }
        if doc.words.get(q) == Some(&"và") {
            q += 1;
        }
    }
    (names.len() == count).then_some(names)
}

/// "Trưởng Ban Pháp chế, Trưởng Ban Kinh tế - Xã hội HĐND xã lần lượt là
/// các ông A, B": titles listed before "lần lượt là", each to a name in
/// order. The token after the last holder, None (nothing given) when the
/// names do not match the titles one to one.
fn titles_in_turn(doc: &mut Doc, i: usize, e: usize, s: usize) -> Option<usize> {
    // "Trưởng Công an các xã Thanh Ngọc, Hạnh Lâm lần lượt là A và B": one
    // role over a list of communes, a post for each.
    if let Some((posts, stop)) = super::bodies::unit_posts(doc, i, e) {
        let names = names_in_turn(doc, stop, e, posts.len())?;
        let end = names.last().map(|&(na, nn)| na + nn)?;
        for ((_, t), name) in posts.into_iter().zip(names) {
            emit(doc, name, &[t], name.0 + name.1, s, false, false);
        }
        return Some(end);
    }
    let mut titles = Vec::new();
    let mut q = i;
    while let Some(t) = parse_title(doc, q, e) {
        q += t.len;
        titles.push(t);
        if doc.is_punct(q, ",") || doc.words.get(q) == Some(&"và") {
            q += 1;
        } else {
            break;
        }
    }
    if titles.len() < 2 {
        return None;
    }
    let names = names_in_turn(doc, q, e, titles.len())?;
    let end = names.last().map(|&(na, nn)| na + nn)?;
    for (t, name) in titles.into_iter().zip(names) {
        emit(doc, name, &[t], name.0 + name.1, s, false, false);
    }
    Some(end)
}

/// Posts listed after a lead, each to a name in order ("lần lượt giữ chức
/// Chủ tịch, Phó Chủ tịch Thường trực và Phó Chủ tịch Hội Nông dân
/// huyện", "... Bí thư Đảng ủy phường A và Phó Bí thư Thường trực Đảng ủy
/// phường B"), and where they end. A role written without its body takes
/// the body of the last post.
fn respective_titles(doc: &Doc, j: usize, end: usize) -> (Vec<TitleMatch>, usize) {
    // "A, B lần lượt là Bí thư Đảng ủy các xã Cam Lâm, Đôn Phục".
    if let Some((posts, stop)) = super::bodies::unit_posts(doc, j, end) {
        return (posts.into_iter().map(|(_, t)| t).collect(), stop);
    }
    let lex = doc.lex;
    // A post read whole, or a bare role: its start, length and canonical.
    let mut items: Vec<Result<TitleMatch, (usize, String)>> = Vec::new();
    let mut k = j;
    let mut last_start = j;
    let sep = |q: usize| q >= end || doc.is_punct(q, ",") || doc.words[q] == "và";
    while k < end {
        // A role up to a separator is bare ("Phó Chủ tịch Thường trực và").
        let bare = lex
            .roles
            .longest(&doc.ids[..end], k)
            .filter(|&(n, r)| sep(k + n) && matches!(r.class, RoleClass::Org | RoleClass::Party));
        if let Some((n, role)) = bare {
            k += n;
            items.push(Err((n, role.canonical.clone())));
        } else if let Some(t) = parse_title(doc, k, end).filter(|t| t.explicit_body) {
            last_start = k;
            k += t.len;
            items.push(Ok(t));
        } else {
            break;
        }
        if k + 1 < end && sep(k) {
            k += 1;
        } else {
            break;
        }
    }
    // A trailing separator read in hope of another post is not the posts'.
    if k > j && sep(k - 1) {
        k -= 1;
    }
    let Some(Ok(last)) = items.last().cloned() else {
        return (Vec::new(), j);
    };
    let Some(body) = lex
        .roles
        .longest(&doc.ids[..end], last_start)
        .and_then(|(_, r)| last.name.strip_prefix(r.canonical.as_str()))
        .map(str::to_string)
    else {
        return (Vec::new(), j);
    };
    let posts = items
        .into_iter()
        .map(|item| match item {
            Ok(t) => t,
            Err((n, role)) => TitleMatch {
                len: n,
                name: format!("{role}{body}"),
                ..last.clone()
            },
        })
        .collect();
    (posts, k)
}

/// The posts listed after "lần lượt là" for `want` names in order, each
/// name's as a list: one post each ("Chủ tịch, Phó Chủ tịch Hội Nông dân
/// huyện"), else slots set apart by "và" or ";", a slot holding a person's
/// several titles ("... lần lượt là Bí thư Huyện ủy; Phó Bí thư Huyện ủy,
/// Chủ tịch UBND huyện"). None when the posts do not match the names.
fn respective_posts(
    doc: &Doc,
    j: usize,
    end: usize,
    want: usize,
) -> Option<(Vec<Vec<TitleMatch>>, usize)> {
    let (posts, k) = respective_titles(doc, j, end);
    if posts.len() == want {
        return Some((posts.into_iter().map(|t| vec![t]).collect(), k));
    }
    let mut slots = Vec::new();
    let mut k = j;
    loop {
        let (ts, k2) = titles_after(doc, k, end);
        if ts.is_empty() {
            return None;
        }
        slots.push(ts);
        k = k2;
        if slots.len() == want {
            return Some((slots, k));
        }
        if k < end && (doc.is_punct(k, ";") || doc.words[k] == "và") {
            k += 1;
        } else if k + 1 < end && doc.is_punct(k, ",") && doc.words[k + 1] == "và" {
            k += 2;
        } else {
            return None;
        }
    }
}

/// A role with no body that shares the body of the title after its comma
/// or dash ("Phó Chỉ huy trưởng, Tham mưu trưởng Bộ Chỉ huy Quân sự tỉnh",
/// "Phó Chỉ huy trưởng – Tham mưu trưởng Ban CHQS huyện" are two posts of
/// one body): the role's title with that body, read up to its separator.
fn shares_body(doc: &Doc, j: usize, end: usize) -> Option<TitleMatch> {
    let lex = doc.lex;
    let (n, role) = lex.roles.longest(&doc.ids[..end], j)?;
    if role.class != RoleClass::Org || !(doc.is_punct(j + n, ",") || doc.is_dash(j + n)) {
        return None;
    }
    role_with_body_at(doc, (n, role), j + n + 1, end)
}

/// The title of a bare `role` (its length and entry) with the body of the
/// post of the same class at `q`: the role is read alone, the body taken
/// from that post.
fn role_with_body_at(
    doc: &Doc,
    (n, role): (usize, &crate::lexicon::Role),
    q: usize,
    end: usize,
) -> Option<TitleMatch> {
    let (m, next) = doc.lex.roles.longest(&doc.ids[..end], q)?;
    let t = parse_title(doc, q, end).filter(|t| t.explicit_body && t.len > m)?;
    // "Phó Chủ tịch, Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam huyện":
    // a member of a body's standing board, the role is of the body.
    if next.class == RoleClass::Member && role.class == RoleClass::Org {
        let whole = t.body.as_ref()?.parent.clone()?;
        return Some(TitleMatch {
            len: n,
            name: format!("{} {whole}", role.canonical),
            ..t
        });
    }
    if next.class != role.class {
        return None;
    }
    let body = t.name.strip_prefix(next.canonical.as_str())?;
    Some(TitleMatch {
        len: n,
        name: format!("{}{body}", role.canonical),
        ..t
    })
}

/// "Ủy viên Ban Thường trực, Chủ tịch Ủy ban MTTQ Việt Nam huyện": a
/// member of a sub-body written bare, then a post in the body it belongs
/// to. Party boards are left to the party defaults.
fn member_of_next_body(doc: &Doc, j: usize, end: usize) -> Option<TitleMatch> {
    let lex = doc.lex;
    let (n, role) = lex.roles.longest(&doc.ids[..end], j)?;
    let (m, sub) = lex.bodies.longest(&doc.ids[..end], j + n)?;
    let comma = j + n + m;
    if role.class != RoleClass::Member
        || sub.class != crate::lexicon::BodyClass::Prefix
        || sub.default_family.as_deref() == Some("party")
        || !doc.is_punct(comma, ",")
    {
        return None;
    }
    let t = parse_title(doc, comma + 1, end).filter(|t| t.explicit_body)?;
    let whole = t.body.clone()?;
    let name = format!("{} {}", sub.canonical, whole.name);
    Some(TitleMatch {
        len: n + m,
        name: format!("{} {name}", role.canonical),
        former: false,
        body: Some(BodyMatch {
            name,
            parent: Some(whole.name.clone()),
            ..whole
        }),
        explicit_body: true,
    })
}

/// A role with no body, followed by "và" and the next person, that shares
/// the body of that person's post ("đồng chí A, Chủ tịch và đồng chí B,
/// Phó Chủ tịch Thường trực Hội Nông dân huyện"): the role's title with
/// that body. Both roles must be of one class, so a chairman never takes
/// a party committee.
fn shares_next_body(doc: &Doc, j: usize, end: usize) -> Option<TitleMatch> {
    let lex = doc.lex;
    let (n, role) = lex.roles.longest(&doc.ids[..end], j)?;
    if !matches!(role.class, RoleClass::Org | RoleClass::Party)
        || j + n >= end
        || doc.words[j + n] != "và"
    {
        return None;
    }
    let mut k = j + n + 1;
    if let Some((h, _)) = lex.honorifics.longest(&doc.ids[..end], k) {
        k += h;
    }
    let (a, len) = name_at(doc, k, end, true)?;
    let q = a + len;
    if q >= end || !is_sep(doc, q) {
        return None;
    }
    role_with_body_at(doc, (n, role), after_seps(doc, q, end), end)
}

/// The first token at or after `k` that is no separator.
fn after_seps(doc: &Doc, mut k: usize, end: usize) -> usize {
    while k < end && is_sep(doc, k) {
        k += 1;
    }
    k
}

/// The comma ending a short item at `j` that opens with an all-capital
/// word the lexicons do not know, and names no person.
fn unknown_abbreviation(doc: &Doc, j: usize, end: usize) -> Option<usize> {
    let t = doc.toks.get(j)?;
    if t.kind != TokKind::Word || !t.upper || t.end - t.start < 2 {
        return None;
    }
    if doc.lex.bodies.longest(&doc.ids, j).is_some() || name_starts(doc, j, end) {
        return None;
    }
    (j + 1..end.min(j + 8))
        .take_while(|&k| !doc.is_dash(k) && !doc.is_punct(k, "."))
        .find(|&k| doc.is_punct(k, ","))
}

/// A mention by title alone, resolved after the named persons are known.
struct TitleAlone {
    titles: Vec<TitleMatch>,
    a: usize,
    b: usize,
    sentence: usize,
}

fn emit(
    doc: &mut Doc,
    name: (usize, usize),
    titles: &[TitleMatch],
    end_tok: usize,
    sentence: usize,
    absent: bool,
    away: bool,
) {
    let (a, n) = name;
    let e = person_entity(doc, name);
    give_titles(doc, e, a, end_tok.max(a + n), titles);
    doc.persons.push(PersonMention {
        entity: e,
        tok_start: a,
        tok_end: end_tok.max(a + n),
        sentence,
        absent,
        away,
    });
}

fn person_entity(doc: &mut Doc, (a, n): (usize, usize)) -> usize {
    let mut display = squash(doc.span_text(a, a + n));
    // "ĐỖ XUÂN KHIÊM" is shown as "Đỗ Xuân Khiêm".
    if (a..a + n).all(|t| doc.toks[t].upper) && n > 1 {
        display = display
            .split(' ')
            .map(|w| crate::text::capitalize(&w.to_lowercase()))
            .collect::<Vec<_>>()
            .join(" ");
    }
    let key = crate::text::key(&display);
    if let Some(e) = shortened(doc, &key) {
        return e;
    }
    doc.entity(NodeType::Person, &key, &display)
}

/// The person named in full earlier in the article that `key` shortens:
/// a Kinh name by its last two words ("đồng chí Liên Hương" for "Đào Thị
/// Liên Hương") or its given name ("bà Hường"), a name written given
/// name first by its head ("ông Y Bhim" for "Y Bhim Niê"). Only when
/// exactly one person fits, and never
/// for a key that is itself someone's full name.
fn shortened(doc: &Doc, key: &str) -> Option<usize> {
    let words = key.split(' ').count();
    let given_first = key
        .split(' ')
        .next()
        .is_some_and(|w| doc.lex.opens_given_first(w));
    if words > 2 {
        return None;
    }
    if doc.find_entity(NodeType::Person, key).is_some() {
        return None;
    }
    let mut found = None;
    for (i, e) in doc.facts.entities.iter().enumerate() {
        if e.kind != NodeType::Person || e.key.split(' ').count() <= words {
            continue;
        }
        let fits = if given_first {
            e.key.starts_with(key) && e.key.as_bytes().get(key.len()) == Some(&b' ')
        } else {
            e.key.ends_with(key) && e.key.as_bytes()[..e.key.len() - key.len()].ends_with(b" ")
        };
        if fits {
            if found.is_some() {
                return None;
            }
            found = Some(i);
        }
    }
    found
}

/// True when person `e` already holds a current title in this article.
fn holds_any(doc: &Doc, e: usize) -> bool {
    doc.facts
        .relations
        .iter()
        .any(|r| r.kind == EdgeType::Holds && r.from == e)
}

/// "Tổ đại biểu HĐND tỉnh gồm: ông A – ...; bà B – ...", "Đoàn ĐBQH tỉnh
/// tham gia tiếp xúc gồm các đại biểu: A, B và C": the persons listed after
/// "gồm" in sentence `s` hold the seat the group's name says
/// (`deputy_groups.txt`). A group written bare ("Tổ đại biểu gồm ...") is
/// the one named in full before.
fn seat_group_members(doc: &mut Doc, s: usize) {
    let (a, e) = (doc.sents[s].tok_start, doc.sents[s].tok_end);
    let lex = doc.lex;
    let Some(g) = (a..e).find(|&q| doc.words[q] == "gồm") else {
        return;
    };
    // The group ends at most five lowercase words before "gồm" ("tham gia
    // tiếp xúc", "tham dự").
    let group = (g.saturating_sub(12).max(a)..g).find_map(|q| {
        let (n, _) = lex.deputy_groups.longest(&doc.ids[..g], q)?;
        let tail = (q + n..g).rev().take_while(|&t| !doc.toks[t].cap).count();
        (g - (q + n) <= 8 && tail <= 5).then_some(q)
    });
    let Some(q) = group else {
        return;
    };
    // The seat, read from the group's word for a deputy on.
    let seat_at = |q: usize| {
        let d = (q..(q + 3).min(e)).find(|&t| matches!(doc.words[t], "đại" | "đbqh"))?;
        parse_title(doc, d, e).filter(|t| t.body.is_some() || t.name == "Đại biểu Quốc hội")
    };
    let seat = seat_at(q).or_else(|| {
        // "Tổ đại biểu gồm": the group named in full before.
        let (n, _) = lex.deputy_groups.longest(&doc.ids[..g], q)?;
        let head = &doc.ids[q..q + n];
        (0..a)
            .rev()
            .filter(|&p| doc.ids.get(p..p + n) == Some(head))
            .find_map(seat_at)
    });
    let Some(seat) = seat else {
        return;
    };
    let members: Vec<(usize, usize, usize)> = doc
        .persons_in(s)
        .iter()
        .filter(|m| m.tok_start > g)
        .map(|m| (m.entity, m.tok_start, m.tok_end))
        .collect();
    for (p, ma, me) in members {
        give_titles(doc, p, ma, me, std::slice::from_ref(&seat));
    }
}

/// The title edges of person `e`, with evidence tokens `a..end`.
fn give_titles(doc: &mut Doc, e: usize, a: usize, end: usize, titles: &[TitleMatch]) {
    for t in titles {
        let te = doc.entity(NodeType::Title, &crate::text::key(&t.name), &t.name);
        let kind = if t.former {
            EdgeType::Held
        } else {
            EdgeType::Holds
        };
        let r = doc.relate(kind, e, te, a, end);
        if kind == EdgeType::Held {
            doc.facts.relations[r]
                .attrs
                .insert("former".into(), true.into());
        }
        if let Some(b) = &t.body {
            let ce = super::bodies::committee_entity(doc, b, a, end);
            doc.relate(EdgeType::PostIn, te, ce, a, end);
        }
    }
    set_home(doc, e, titles);
}

/// Record where the person belongs (the most local place among their
/// titles, else the article's), which keeps homonyms of different districts apart.
fn set_home(doc: &mut Doc, e: usize, titles: &[TitleMatch]) {
    use super::places::Place;
    let g = doc.gaz;
    let mut district: Option<usize> = None;
    let mut province: Option<usize> = None;
    let mut leader = false;
    for t in titles.iter().filter(|t| !t.former) {
        match t.body.as_ref().and_then(|b| b.place) {
            Some(Place::Ward(w)) => {
                district = district.or(g.wards[w].district);
                province = province.or(Some(g.wards[w].province));
            }
            Some(Place::District(d)) => {
                district = Some(d);
                province = Some(g.districts[d].province);
                let name = crate::text::fold(&t.name);
                leader |= doc
                    .lex
                    .leader_posts
                    .iter()
                    .any(|p| name.starts_with(p.as_str()));
            }
            Some(Place::Unlisted { district: d, .. }) => {
                district = Some(d);
                province = Some(g.districts[d].province);
            }
            Some(Place::Province(p)) => province = province.or(Some(p)),
            None => {}
        }
    }
    // No place in the titles: only the province is safe to assume (a city
    // official appears in many districts' articles; keying them by the
    // article's district would split them).
    if district.is_none() && province.is_none() {
        province = doc.loc.province;
    }
    let attrs = &mut doc.facts.entities[e].attrs;
    if let Some(d) = district {
        let key = format!(
            "{}/{}",
            crate::text::slug(&g.provinces[g.districts[d].province].name),
            crate::text::slug(&g.districts[d].name)
        );
        let home = attrs.entry("home_district").or_insert(key.clone().into());
        // Only a post in the home district says the person leads it.
        if leader && home.as_str() == Some(key.as_str()) {
            attrs.insert("district_leader".into(), true.into());
        }
    }
    if let Some(p) = province {
        attrs
            .entry("home_province")
            .or_insert(crate::text::slug(&g.provinces[p].name).into());
    }
}

/// Whether a phrase of `set` starts in the four tokens before the title at
/// `i` (sentence start `a`): words taking the post away (`dismissals.txt`)
/// or giving it (`assignments.txt`).
fn phrase_before(doc: &Doc, set: &crate::lexicon::PhraseSet<()>, i: usize, a: usize) -> bool {
    let from = i.saturating_sub(4).max(a);
    // The title's own lead may close the phrase: "cho thôi" + "thôi giữ
    // chức Trưởng Ban ..." (a lead read as the title's start).
    let to = i + doc
        .lex
        .title_leads
        .longest(&doc.ids, i)
        .map_or(0, |(n, _)| n);
    (from..i).any(|k| set.longest(&doc.ids[..to], k).is_some())
}

/// The bodies a person joins, read after "tham gia" at `k`, and the post
/// taken with them: "tham gia Ban Chấp hành Đảng bộ thị xã, Ban Thường vụ
/// Thị ủy và giữ chức Phó Bí thư Thị ủy Bỉm Sơn". Gives the membership
/// titles, the post, and where they end; `None` when no body follows.
fn join_bodies(
    doc: &Doc,
    k: usize,
    e: usize,
) -> Option<(Vec<TitleMatch>, Option<TitleMatch>, usize)> {
    let mut starts = Vec::new();
    let mut m = k;
    let mut end = k;
    let mut taken = None;
    while let Some(t) = member_title(doc, m, e, None) {
        starts.push(m);
        end = m + t.len;
        if !(doc.is_punct(end, ",") || doc.words.get(end).is_some_and(|w| *w == "và")) {
            break;
        }
        if matches!(
            doc.lex.title_leads.longest(&doc.ids[..e], end + 1),
            Some((_, Lead::Current))
        ) {
            taken = parse_title(doc, end + 1, e);
            if let Some(t) = &taken {
                end += 1 + t.len;
            }
            break;
        }
        m = end + 1;
    }
    if starts.is_empty() {
        return None;
    }
    let home = taken.as_ref().and_then(|t| t.body.as_ref());
    let titles = starts
        .iter()
        .filter_map(|&st| member_title(doc, st, e, home))
        .collect();
    Some((titles, taken, end))
}

fn parse_sentence(doc: &mut Doc, s: usize, alone: &mut Vec<TitleAlone>) {
    let (a, e) = (doc.sents[s].tok_start, doc.sents[s].tok_end);
    let mut i = a;
    let mut introduced = false;
    // Where the last name read ends, when an honorific or a list
    // introduced it and it had no post.
    let mut untitled_end: Option<usize> = None;
    // Whether the article says an elected body presented itself, asked
    // once, of the first roll.
    let presented = std::cell::OnceCell::new();
    let mut plural = false;
    let mut header: Vec<TitleMatch> = Vec::new();
    // The header's items are bare names ("các Phó Chủ tịch UBND xã: A,
    // B"), not each opened by an honorific ("...: bà A – ...; ông B").
    let mut header_bare = false;
    // Names of a body's roll are its members, not said to be present.
    let mut roll = false;
    let mut pending: Vec<TitleMatch> = Vec::new();
    let mut dismissed: Vec<TitleMatch> = Vec::new();
    // Names of a list, or introduced by an honorific, read so far without
    // titles, each joined to the next by ",", "và" or an honorific: "các
    // đồng chí A và B, Phó Bí thư Quận ủy" gives both the title.
    let mut untitled: Vec<(usize, usize)> = Vec::new();
    let mut list_title: Vec<TitleMatch> = Vec::new();
    let mut list_end: Option<usize> = None;
    // The body of the last post given in this sentence, for a role elected
    // after it with the body left out ("A tái đắc cử Chủ tịch Hội Nông dân
    // xã, B được bầu giữ chức Phó Chủ tịch").
    // ("Ủy ban MTTQ thành phố đã hiệp thương cử Ban Thường trực gồm 5 vị;
    // ông A giữ chức Chủ tịch, bà B giữ chức Phó Chủ tịch": a body that is
    // not the party's, electing in this sentence, is that of the posts.)
    // (Read only when a bare post is taken: "bầu" is frequent.)
    let mut last_body: Option<BodyMatch> = None;
    let electing = std::cell::OnceCell::new();
    // The names of the list read so far ("các đồng chí A, B lần lượt giữ
    // chức ..."), for posts taken respectively.
    let mut list_names: Vec<(usize, usize)> = Vec::new();
    // Where each of those names' clause ends, and whether it took a post
    // of its own, for a post taken after the last ("các đồng chí: A – X,
    // B – Y được chỉ định giữ chức ...").
    let mut list_items: Vec<(usize, bool)> = Vec::new();
    // The names a header's title went to, each opened by its honorific
    // ("Các Phó Chủ tịch ... gồm ông A và bà B, lần lượt là ...").
    let mut header_names: Vec<(usize, usize)> = Vec::new();
    // The last person of the sentence given titles of their own, and where
    // they end.
    let mut prev_titled: Option<((usize, usize), usize)> = None;
    if let Some(k) = pronoun_posts(doc, s, a) {
        i = k;
    }
    // Where "các xã", "các phường" open a list of units: posts over such a
    // list are read only just before one (most sentences have none).
    let unit_lists: Vec<usize> = (a..e)
        .filter(|&q| {
            doc.words[q] == "các"
                && doc
                    .lex
                    .levels
                    .longest(&doc.ids[..e], q + 1)
                    .is_some_and(|(_, lw)| lw.level == crate::lexicon::Level::Ward)
        })
        .collect();
    // Where "lần lượt là" gives names in turn: titles listed before it are
    // read only where the sentence has one.
    // (One word compared per token: this runs over every sentence.)
    let in_turn: Vec<usize> = (a..e)
        .filter(|&q| doc.words[q] == "lần" && doc.words.get(q + 1) == Some(&"lượt"))
        .collect();
    while i < e {
        if i > a && doc.is_punct(i - 1, ";") {
            if let Some(k) = pronoun_posts(doc, s, i) {
                i = k;
                continue;
            }
        }
        let before_units = unit_lists.iter().any(|&c| c > i && c <= i + 12);
        if let Some(next) = before_units.then(|| unit_holders(doc, i, e, s)).flatten() {
            i = next;
            continue;
        }
        let before_turn = in_turn.iter().any(|&c| c > i && c <= i + 40);
        if let Some(next) = before_turn.then(|| titles_in_turn(doc, i, e, s)).flatten() {
            i = next;
            continue;
        }
        // "các quần chúng: A (giáo viên Trường Tiểu học X), B (...)": what
        // a list says of an item in brackets names no one.
        if (plural || !header.is_empty()) && doc.is_punct(i, "(") {
            if let Some(c) = (i + 1..e).find(|&q| doc.is_punct(q, ")")) {
                i = c + 1;
                continue;
            }
        }
        // "(Ảnh: Đ/c Văn Lộc cung cấp)": a credit names no one present.
        // Credits open with a capital ("Ảnh", "Tin, ảnh", "Nguồn").
        let credit = doc.toks[i]
            .cap
            .then(|| doc.lex.credits.longest(&doc.ids[..e], i));
        if let Some((n, _)) = credit.flatten() {
            if doc.is_punct(i + n, ":") {
                let bracket = i > a && doc.is_punct(i - 1, "(");
                let close = if bracket {
                    (i + n..e).find(|&q| doc.is_punct(q, ")")).unwrap_or(e)
                } else {
                    e
                };
                // "Ảnh: Đồng chí A phát biểu tại hội nghị" is a caption: it
                // tells what someone does, where a credit only names.
                let caption = (i + n + 1..close).any(|q| {
                    doc.lex.verbs.longest(&doc.ids[..close], q).is_some()
                        || doc.lex.roles.longest(&doc.ids[..close], q).is_some()
                });
                if caption {
                    i += n + 1;
                } else {
                    i = close;
                }
                continue;
            }
        }
        // "các đồng chí", "3 đồng chí", "hai đồng chí", "những đồng chí":
        // a list follows. (A number word before a capital is a name: "phố
        // Hai Bà Trưng".)
        let count_word = |t: usize| {
            matches!(doc.words[t], "các" | "những")
                || doc.toks[t].kind == TokKind::Num
                || (matches!(doc.words[t], "hai" | "ba" | "bốn")
                    && doc.toks.get(t + 1).is_some_and(|n| !n.cap))
        };
        // "gồm 11 đồng chí:", "gồm các ông, bà:" at `g`: a counted list
        // opens; the token after its colon.
        let counted_list = |g: usize| {
            let (o, _) = doc.lex.roll_openers.longest(&doc.ids[..e], g)?;
            (g + o < e && count_word(g + o))
                .then(|| doc.lex.honorifics.longest(&doc.ids[..e], g + o + 1))
                .flatten()
                .and_then(|(n, _)| {
                    let c = g + o + 1 + n;
                    if doc.is_punct(c, ":") {
                        return Some(c + 1);
                    }
                    // ("gồm 9 đồng chí, gồm: A, B": the opener said again.)
                    let (r, _) = doc
                        .lex
                        .roll_openers
                        .longest(&doc.ids[..e], c + 1)
                        .filter(|_| doc.is_punct(c, ","))?;
                    doc.is_punct(c + 1 + r, ":").then_some(c + 2 + r)
                })
        };
        let counts = count_word(i);
        // "cho 3 quần chúng ưu tú (là công nhân trực tiếp sản xuất): A, B
        // và C": words qualifying the counted people may stand before the
        // colon that opens their list.
        let qualified_colon = |from: usize| {
            let mut depth = 0usize;
            (from..e.min(from + 14))
                .take_while(|&q| {
                    if doc.is_punct(q, "(") {
                        depth += 1;
                    } else if doc.is_punct(q, ")") {
                        depth = depth.saturating_sub(1);
                    } else if doc.toks[q].kind == TokKind::Punct {
                        return doc.is_punct(q, ":") && depth == 0;
                    }
                    true
                })
                .find(|&q| doc.is_punct(q, ":"))
        };
        let mut qualified = None;
        let listed = counts
            .then(|| doc.lex.honorifics.longest(&doc.ids[..e], i + 1))
            .flatten()
            .filter(|&(n, &name_only)| {
                // ("các đại biểu HĐND tỉnh:" is a title's list: the
                // qualifier opens in lower case and holds no title.)
                let from = i + 1 + n;
                if name_only && from < e && !doc.toks[from].cap && !doc.is_punct(from, ":") {
                    qualified = qualified_colon(from)
                        .filter(|&c| (from..c).all(|q| parse_title(doc, q, e).is_none()));
                }
                // "các đảng viên Lý Văn Chải và Hà Thị Mẩy": names with a
                // family name after "các" make a list even without a colon
                // ("các cử tri Nà Tăm" are a place's voters, "127 đại
                // biểu" a count).
                !name_only
                    || doc.is_punct(i + 1 + n, ":")
                    || qualified.is_some()
                    || (doc.toks[i].kind != TokKind::Num
                        && name_at(doc, i + 1 + n, e, false).is_some())
            });
        if let Some((n, _)) = listed {
            // "đề nghị các đồng chí phát triển ..." addresses the audience:
            // a list starts only with a capital, a colon or a number.
            let next = qualified.unwrap_or(i + 1 + n);
            // "các đồng chí trong Thường trực Huyện ủy: ..." names its
            // group before the colon.
            let group_colon = || {
                (next..e.min(next + 10))
                    .find(|&q| doc.toks[q].kind == TokKind::Punct)
                    .is_some_and(|q| doc.is_punct(q, ":"))
            };
            let starts_list = next < e
                && (doc.toks[next].cap
                    || doc.is_punct(next, ":")
                    || doc.toks[next].kind == TokKind::Num
                    || group_colon());
            introduced = starts_list;
            plural = starts_list;
            list_names.clear();
            list_items.clear();
            // "Phó Chủ tịch UBND huyện: các đồng chí A, B": the list is the
            // title's.
            if !(i > a && doc.is_punct(i - 1, ":")) {
                header.clear();
            }
            i = qualified.map_or(i + 1 + n, |c| c + 1);
            continue;
        }
        let counted = i > a && count_word(i - 1);
        let honorific = doc
            .lex
            .honorifics
            .longest(&doc.ids[..e], i)
            .filter(|&(n, &name_only)| {
                // "đồng chí Ông Thị Thu Trà": after an honorific, a
                // capitalised one is the family name Ông; so it is opening
                // an item of a list the honorific already introduced ("các
                // đồng chí: A, Bí thư; Ông Văn Nghĩa, Phó Bí thư").
                // "Ông Văn Tư, Bí thư ..." at a sentence's start: with only
                // a middle name and a given name after it, "Ông" is the
                // family name (no one is called "Văn Tư" alone).
                let middle_only = doc.middle_name_at(i + 1)
                    && doc
                        .toks
                        .get(i + 2)
                        .is_some_and(|t| t.cap && t.kind == TokKind::Word)
                    && !doc
                        .toks
                        .get(i + 3)
                        .is_some_and(|t| t.cap && t.kind == TokKind::Word && i + 3 < e);
                // "– Ông Thị Bích Trà, Ủy viên ...": no man is called by a
                // woman's middle name "Thị", so "Ông" is her family name.
                let her_family = doc.words[i] == "ông" && doc.words.get(i + 1) == Some(&"thị");
                let surname = doc.toks[i].cap
                    && doc.lex.is_surname(doc.words[i])
                    && (middle_only
                        || her_family
                        || (i > a
                            && (doc.lex.honorifics.ending_at(&doc.ids, i, 3).is_some()
                                || (plural && [";", ","].iter().any(|p| doc.is_punct(i - 1, p))))));
                // "đại biểu Quốc hội" is a title, not "đại biểu" + a name, and
                // "các cử tri Nà Tăm" are the voters of a place.
                !surname
                    && doc
                        .lex
                        .roles
                        .longest(&doc.ids[..e], i)
                        .is_none_or(|(r, _)| r <= n)
                    // "đại biểu HĐND huyện Hồ Văn Minh chất vấn": a seat in a
                    // body, a title before the name.
                    && !(name_only
                        && (counted || parse_title(doc, i, e).is_some_and(|t| t.len > n)))
            });
        if let Some((n, &name_only)) = honorific {
            // "bà con", "ông bà" are not honorifics before a name, nor is
            // "Bà" inside a capitalised name ("Hai Bà Trưng").
            let next_is_name = i + n < e && doc.toks[i + n].cap;
            // A capitalised honorific after a capitalised word is inside a
            // name; not after the sentence's first word, capitalised anyway
            // ("Do ông X tuổi cao, ..."), and a lowercase one starts a name
            // whatever comes before ("chúc Tết bà X").
            let in_run = i > a
                && doc.toks[i].cap
                && doc.toks[i - 1].kind == TokKind::Word
                && doc.toks[i - 1].cap
                && (i - 1 != a || doc.lex.is_surname(doc.words[a]));
            if (next_is_name || doc.words[i] == "đồng") && !in_run {
                // "các đại biểu Quốc hội: bà A – ...; ông B – ...": an
                // honorific opening an item keeps the list's title.
                // So does one opening a dashed item ("...:\n- Ông A, ...;\n-
                // Bà B, ...").
                let sep = |t: usize| [":", ";", ","].iter().any(|p| doc.is_punct(t, p));
                let item = i > a
                    && (sep(i - 1)
                        || doc.words[i - 1] == "gồm"
                        || (doc.words[i - 1] == "là" && !header.is_empty() && !header_bare)
                        || (doc.words[i - 1] == "và" && !header.is_empty() && !header_bare)
                        || (doc.is_dash(i - 1)
                            && (doc.toks[i - 1].newline_before || (i > a + 1 && sep(i - 2)))));
                // "...: A, B; đồng chí C, Trưởng Công an xã": after bare
                // items, one opened by an honorific past a semicolon is
                // no longer the list's.
                // So is one past a semicolon after items joined by commas
                // ("các Phó Chủ tịch UBND phường: ông A, bà B; bà C – Phó
                // Chủ tịch HĐND phường"): the separator changing ends the
                // list.
                let comma_list = || {
                    header_names.last().is_some_and(|&(na, nn)| {
                        na + nn + 1 == i
                            && doc
                                .lex
                                .honorifics
                                .ending_at(&doc.ids, na, 3)
                                .is_some_and(|(h, _)| h > a && doc.is_punct(h - 1, ","))
                    })
                };
                let past_list = i > a
                    && doc.is_punct(i - 1, ";")
                    && !header.is_empty()
                    && (header_bare || comma_list());
                i += n;
                if doc.is_punct(i, ":") {
                    i += 1;
                }
                // The honorific introduces what follows it, or nothing.
                let mut k = i;
                while let Some((r, _)) = doc.lex.ranks.longest(&doc.ids[..e], k) {
                    k += r;
                    if doc.is_punct(k, ".") {
                        k += 1;
                    }
                }
                // "cử tri", "đại biểu" introduce a name, never a title.
                introduced = name_at(doc, k, e, true).is_some()
                    || (!name_only && parse_title(doc, k, e).is_some());
                plural = false;
                if !item || past_list {
                    header.clear();
                }
                continue;
            }
        }
        if let Some((n, _)) = doc.lex.ranks.longest(&doc.ids[..e], i) {
            // "ThS. K'Sơ Ha Mai": the degree's full stop stands between.
            let dot = usize::from(doc.is_punct(i + n, "."));
            if i + n + dot < e && doc.toks[i + n + dot].cap {
                i += n + dot;
                // A rank or degree before a name introduces it as an
                // honorific does ("Thiếu tướng Trần Văn Bình phát biểu").
                if name_at(doc, i, e, true).is_some() {
                    introduced = true;
                    plural = false;
                    header.clear();
                }
                continue;
            }
        }
        let in_list = plural || !header.is_empty();
        let intro = introduced || in_list || !pending.is_empty();
        let found = if pending.is_empty() {
            name_at(doc, i, e, intro)
        } else {
            name_after_title(doc, i, e)
        };
        // A ward or district named in a list ("các xã Hòa Phú, Đại Hùng")
        // is no person, unless an honorific stands right before it.
        let found = found.filter(|&(na, _)| {
            doc.place_starts.binary_search(&na).is_err()
                || (na > a && doc.lex.honorifics.ending_at(&doc.ids, na, 3).is_some())
        });
        // Nor is a unit after a lowercase word ("các đồng chí: A, Phó Chủ
        // tịch UBND huyện và lãnh đạo Phòng Y tế huyện"), unless it starts
        // with a family name.
        let found = found.filter(|&(na, _)| {
            let lex = doc.lex;
            let ids = &doc.ids[..e];
            !(in_list
                && !lex.is_surname(doc.words[na])
                && na > a
                && doc.toks[na - 1].kind == TokKind::Word
                && !doc.toks[na - 1].cap
                && (lex.bodies.longest(ids, na).is_some()
                    || lex.free_bodies.longest(ids, na).is_some()
                    || lex.unit_heads.longest(ids, na).is_some()
                    || lex.province_units.longest(ids, na).is_some()
                    || lex.elided_bodies.longest(ids, na).is_some()))
        });
        // Nor is a village named in a list of villages ("trưởng các thôn
        // Hiếu Thiện, Phước Lợi, Vụ Bổn").
        let found = found.filter(|&(na, _)| !in_village_list(doc, a, na));
        if let Some((na, nn)) = found {
            let (after, k) = if topic_object(doc, a, na, nn) {
                (Vec::new(), na + nn)
            } else {
                titles_after(doc, na + nn, e)
            };
            // A capitalised pair with a family name but no honorific, title
            // or list before it is a person only when titles follow it.
            // ("đồng chí A, B đắc cử Phó Bí thư": so is one joined to an
            // introduced name with no post, when a post taken follows it.)
            // "bầu các đồng chí A, B giữ chức Phó Chủ tịch UBND xã": a post
            // taken after a list's last name is taken by the whole list.
            // The lead may stand right after the name, read with its titles.
            let lead_after = matches!(
                doc.lex.title_leads.longest(&doc.ids[..e], na + nn),
                Some((_, Lead::Current))
            );
            let takes_post =
                || lead_after && untitled_end.is_some_and(|u| names_joined(doc, u, na) && u < na);
            if !intro && after.is_empty() && !takes_post() {
                i = na + nn;
                continue;
            }
            let mut titles: Vec<TitleMatch> = std::mem::take(&mut pending);
            let from_pending = titles.len();
            titles.extend(header.iter().map(|t| {
                super::bodies::placed_by_bracket(doc, t, na + nn, e).unwrap_or_else(|| t.clone())
            }));
            titles.extend(after);
            let mut k = k;
            let mut taken = None;
            // "bầu ông X giữ chức Chủ tịch UBND huyện", "Bà Y được điều động,
            // bổ nhiệm giữ chức ...", "X tái đắc cử Bí thư ...": a lead of a
            // current post (`title_leads.tsv`) after a few lowercase words.
            let mut joined = Vec::new();
            let mut respectively = false;
            // Where the titles after the name end, and the lead of a post
            // taken after them.
            let titles_end = k;
            let mut taken_lead = k;
            let mut j = k;
            let mut limit = k + 12;
            while j < e.min(limit) {
                // "đến nhận công tác tại Huyện ủy Hồng Dân, chỉ định tham
                // gia ...": the body where the person goes is passed over.
                // A unit the lexicon lacks is read freely ("tại Phòng Nội vụ
                // huyện và bổ nhiệm giữ chức ..."); so is the body that acts
                // ("do được Ban Thường vụ Tỉnh ủy điều động, bổ nhiệm ...").
                // "được điều động đến công tác tại huyện Thanh Oai, chỉ định
                // giữ chức ...": so is a place.
                if j > 0 && matches!(doc.words[j - 1], "tại" | "về") {
                    if let Some((n, _)) = super::bodies::unit_locality(doc, j, e) {
                        j += n;
                        limit += n;
                        continue;
                    }
                }
                // "bà A, chuyên viên Văn phòng HĐND và UBND huyện, giữ
                // chức ...": her grade and its unit are passed over.
                if j > titles_end {
                    if let Some((n, _)) = doc.lex.job_grades.longest(&doc.ids[..e], j) {
                        let u = super::bodies::unit_span(doc, j + n, e).unwrap_or(0);
                        j += n + u;
                        limit += n + u;
                        continue;
                    }
                }
                // "được Chủ tịch UBND tỉnh điều động, bổ nhiệm giữ chức ...":
                // the office that acts, named by its holder's title.
                if doc.toks[j].cap && j > 0 && doc.words[j - 1] == "được" {
                    if let Some(t) = parse_title(doc, j, e) {
                        j += t.len;
                        limit += t.len;
                        continue;
                    }
                }
                if doc.toks[j].cap && j > 0 && matches!(doc.words[j - 1], "tại" | "về" | "được")
                {
                    // "về nhận công tác tại Ban Tổ chức Huyện ủy, giữ chức
                    // Phó Trưởng ban": the post taken there is of that body.
                    if doc.words[j - 1] == "tại" {
                        if let Some(b) = super::bodies::parse_body(doc, j, e) {
                            last_body = Some(b);
                        }
                    }
                    match super::bodies::unit_span(doc, j, e) {
                        Some(n) => {
                            j += n;
                            limit += n;
                            continue;
                        }
                        None => break,
                    }
                }
                // "ông A, Phó Trưởng phòng giữ chức Trưởng phòng Tư pháp
                // huyện": a post left with its body unsaid is passed over.
                if doc.toks[j].cap && parse_title(doc, j, e).is_none() {
                    if let Some((n, _)) = doc.lex.roles.longest(&doc.ids[..e], j) {
                        j += n;
                        continue;
                    }
                }
                // "bà A, nguyên Phó Chủ tịch HĐND huyện Quế Phong (cũ), giữ
                // chức ...": a bracketed note in lowercase is passed over.
                if doc.is_punct(j, "(") {
                    let close = (j + 1..(j + 4).min(e)).find(|&q| doc.is_punct(q, ")"));
                    if let Some(c) = close.filter(|&c| {
                        c > j + 1
                            && (j + 1..c)
                                .all(|q| doc.toks[q].kind == TokKind::Word && !doc.toks[q].cap)
                    }) {
                        limit += c + 1 - j;
                        j = c + 1;
                        continue;
                    }
                }
                // "X sẽ được bố trí làm Phó Bí thư ...": a post to come.
                if !(doc.is_punct(j, ",")
                    || (doc.toks[j].kind == TokKind::Word && !doc.toks[j].cap))
                    || doc.words[j] == "sẽ"
                {
                    break;
                }
                // "thôi tham gia Ban Chấp hành, Ban Thường vụ, thôi giữ chức
                // Bí thư Huyện ủy, đến nhận công tác tại ...": what a person
                // leaves is passed over, and the post taken after it read.
                // So is what one does not go on in ("không tham gia Ban
                // Chấp hành khóa XI", "không tiếp tục tham gia ...").
                let leaving = (j > 0 && matches!(doc.words[j - 1], "thôi" | "không"))
                    || (j > 2 && doc.words_are(j - 3, "không tiếp tục"));
                let lead = doc.lex.title_leads.longest(&doc.ids[..e], j);
                // "Các đồng chí A, B lần lượt được bầu giữ chức Chủ tịch, Phó
                // Chủ tịch Hội Nông dân huyện": the posts go to the names in
                // order; so they do to names each introduced by an honorific
                // ("bà A và ông B, lần lượt là ...").
                let respective = match lead {
                    Some((n, Lead::Current))
                        if !leaving && (k..j).any(|q| doc.words_are(q, "lần lượt")) =>
                    {
                        let mut names = respective_names(doc, &list_names, &untitled, na);
                        if names.is_empty()
                            && header_names
                                .last()
                                .is_some_and(|&(ha, hn)| names_joined(doc, ha + hn, na))
                        {
                            names = &header_names;
                        }
                        (!names.is_empty())
                            .then(|| respective_posts(doc, j + n, e, names.len() + 1))
                            .flatten()
                            .map(|posts| (names, posts))
                    }
                    _ => None,
                };
                if let Some((names, (mut posts, end))) = respective {
                    for (&(ua, un), ts) in names.iter().zip(&posts) {
                        let pe = person_entity(doc, (ua, un));
                        give_titles(doc, pe, ua, end, ts);
                    }
                    respectively = true;
                    let mut own = posts.pop().unwrap_or_default().into_iter();
                    taken = own.next();
                    joined.extend(own);
                    k = end;
                    break;
                }
                match lead {
                    Some((n, lead)) if leaving && *lead != Lead::Former => {
                        let left = match *lead {
                            Lead::Member => join_bodies(doc, j + n, e).map(|(_, _, k)| k),
                            _ => parse_title(doc, j + n, e).map(|t| j + n + t.len),
                        };
                        let next = left.unwrap_or(j + n);
                        // The clause left is passed over whole, with its
                        // "thôi" and the comma before it ("thôi tham gia Ban
                        // Chấp hành, Ban Thường vụ, thôi giữ chức ...").
                        limit += next - j + 2;
                        j = next;
                    }
                    Some((n, Lead::Current)) => {
                        let parsed = parse_title(doc, j, e);
                        let elided = parsed
                            .as_ref()
                            .is_none_or(|t| !t.explicit_body)
                            .then(|| {
                                elided_title_of(doc, j + n, e, || {
                                    last_body.as_ref().or_else(|| {
                                        electing.get_or_init(|| electing_body(doc, a, e)).as_ref()
                                    })
                                })
                            })
                            .flatten();
                        match elided
                            .map(|t| TitleMatch {
                                len: n + t.len,
                                ..t
                            })
                            .or(parsed)
                        {
                            Some(t) => {
                                k = j + t.len;
                                taken = Some(t);
                                taken_lead = j;
                                // "được bầu làm Ủy viên Ban Thường vụ, Chủ
                                // nhiệm Ủy ban Kiểm tra Đảng ủy phường": the
                                // posts after the first are taken too.
                                let (more, k2) = titles_after(doc, k, e);
                                if !more.is_empty() {
                                    joined.extend(more);
                                    k = k2;
                                }
                                break;
                            }
                            None => j += n,
                        }
                    }
                    Some((n, Lead::Member)) => {
                        (joined, taken, k) =
                            join_bodies(doc, j + n, e).unwrap_or((joined, taken, k));
                        break;
                    }
                    _ => j += 1,
                }
            }
            // A person dismissed from a post held the titles the text gives
            // them; only the post they go to ("do được điều động giữ chức
            // ...") is current.
            let absent = !dismissed.is_empty();
            if absent {
                for t in titles.iter_mut() {
                    t.former = true;
                }
            }
            for mut t in std::mem::take(&mut dismissed) {
                t.former = true;
                titles.push(t);
            }
            if respectively {
                untitled.clear();
            }
            let takes_only = !respectively
                && joined.is_empty()
                && from_pending == 0
                && (lead_after || (taken.is_some() && titles.is_empty()));
            // "bầu đồng chí A, Trưởng Công an huyện và đồng chí B, Chánh Văn
            // phòng ... giữ chức Ủy viên UBND huyện": the post both are
            // given is also that of the titled person joined by "và".
            // (Not "A giữ chức X và B giữ chức Y", where A took a post of
            // their own, nor "..., cũng là Chủ tịch" after B's titles.)
            if let (Some(t), Some(((pa, pn), pk))) = (&taken, prev_titled) {
                if !respectively
                    && !absent
                    && (pk..na).any(|q| doc.words[q] == "và")
                    && names_joined(doc, pk, na)
                    && !(titles_end..taken_lead).any(|q| doc.is_punct(q, ","))
                {
                    let pe = person_entity(doc, (pa, pn));
                    give_titles(doc, pe, pa, k, std::slice::from_ref(t));
                }
            }
            // "các đồng chí: A – Chủ tịch Hội Nông dân xã, B – Bí thư Đoàn
            // xã được chỉ định giữ chức Phó Chủ tịch ...": a post taken after
            // the titles of a list's last name is taken by each name of the
            // list before it that took none of its own, the items joined by
            // commas or semicolons. So is a seat ("...; B, Chánh Văn phòng
            // Đảng ủy xã được bầu vào Ban Thường vụ").
            let shared: Vec<TitleMatch> = taken.iter().chain(&joined).cloned().collect();
            if !shared.is_empty()
                && plural
                && !respectively
                && !absent
                && !titles.is_empty()
                && taken_lead >= titles_end
            {
                let mut next = na;
                for (&(ua, un), &(end, took)) in list_names.iter().zip(&list_items).rev() {
                    let from = (end..next).find(|&q| !doc.is_punct(q, ";")).unwrap_or(next);
                    if took || !names_joined(doc, from, next) {
                        break;
                    }
                    let pe = person_entity(doc, (ua, un));
                    give_titles(doc, pe, ua, k, &shared);
                    next = honorific_start(doc, ua);
                }
            }
            let took = taken.is_some();
            titles.extend(joined);
            let taken_only = taken.clone();
            titles.extend(taken);
            // "bà A, bà B (Bí thư Đoàn xã) và ông C (Chủ tịch Hội Nông dân
            // xã) được cử giữ chức Phó Chủ tịch": a post in brackets tells
            // who the person is, not the body of the posts the sentence gives.
            let in_brackets = doc.is_punct(na + nn, "(");
            let bracketed = in_brackets && !took;
            if let Some(b) = titles
                .iter()
                .rev()
                .find(|t| !t.former && t.explicit_body && !bracketed)
                .and_then(|t| t.body.clone())
            {
                last_body = Some(b);
            }
            let joined = |from: usize| names_joined(doc, from, na);
            if !untitled.last().is_some_and(|&(ua, un)| joined(ua + un)) {
                untitled.clear();
            }
            // "các đồng chí Phó Chủ tịch HĐND huyện A, B": the title before
            // the first name of a list is also that of the names after it
            // that have none of their own.
            if titles.is_empty() && !list_title.is_empty() && list_end.is_some_and(joined) {
                titles = list_title.clone();
            } else if plural && from_pending > 0 {
                list_title = titles[..from_pending].to_vec();
            } else {
                list_title.clear();
            }
            list_end = Some(k);
            if titles.is_empty() {
                if (plural || introduced) && !object_of_answer(doc, na) {
                    untitled.push((na, nn));
                }
            } else {
                // Joined by "và", or by a comma and an honorific: "Đ/c A,
                // Đ/c B – Phó Chủ tịch UBND xã" (without either, "các đồng
                // chí A, B, Phó Bí thư" lists persons, not holders of one post).
                // ("đồng chí A, B đắc cử Phó Bí thư": a post taken right
                // after the last name is the list's, "các" or not.)
                let shared = (takes_only && (plural || lead_after))
                    || untitled.last().is_some_and(|&(ua, un)| {
                        (ua + un..na).any(|j| {
                            doc.words[j] == "và"
                                || doc.lex.honorifics.longest(&doc.ids[..na], j).is_some()
                        })
                    });
                // "ông A, ông B và bà C (Chủ tịch Hội LHPN xã) giữ chức Phó
                // Chủ tịch": what the brackets say is C's alone.
                let to_share = if in_brackets {
                    taken_only.as_slice()
                } else {
                    &titles[..]
                };
                if shared && !absent && !to_share.is_empty() {
                    for (ua, un) in std::mem::take(&mut untitled) {
                        let pe = person_entity(doc, (ua, un));
                        // "đồng chí A và đồng chí B, Phó Bí thư ...": A,
                        // titled earlier in the article, keeps A's titles;
                        // a post both are elected to is A's too ("bà A và
                        // ông B được bầu giữ chức Phó Bí thư").
                        if takes_only || !holds_any(doc, pe) {
                            give_titles(doc, pe, ua, k, to_share);
                        }
                    }
                }
                // A name with only a post in brackets still waits, with
                // those before it, for a post the list takes after it.
                if to_share.is_empty() {
                    untitled.push((na, nn));
                } else {
                    untitled.clear();
                }
            }
            let away = said_away(doc, na) || disciplined(doc, na);
            let gone = absent
                || away
                || (roll && !*presented.get_or_init(|| roll_presented(doc)))
                || mentioned_only(doc, na);
            emit(doc, (na, nn), &titles, k, s, gone, away);
            prev_titled = (!titles.is_empty() && !took).then_some(((na, nn), k));
            if plural {
                list_names.push((na, nn));
                list_items.push((k.max(na + nn), took));
            } else if !header.is_empty() {
                header_names.push((na, nn));
            }
            i = k.max(na + nn);
            introduced = false;
            untitled_end = (intro && titles.is_empty()).then_some(i);
            continue;
        }
        // "các đồng chí trong Ban Thường vụ Huyện ủy: A, ...; B, ...": the
        // members of the body listed (`member_bodies.txt`).
        if plural && doc.words[i] == "trong" && i + 1 < e {
            let member = doc
                .lex
                .member_bodies
                .longest(&doc.ids[..e], i + 1)
                .and_then(|_| super::bodies::member_title(doc, i + 1, e, None))
                .filter(|t| doc.is_punct(i + 1 + t.len, ":"));
            if let Some(t) = member {
                let colon = i + 1 + t.len;
                header = vec![t];
                header_bare = doc
                    .lex
                    .honorifics
                    .longest(&doc.ids[..e], colon + 1)
                    .is_none();
                i = colon + 1;
                continue;
            }
        }
        // "Ban Thường vụ Đảng ủy phường gồm 11 đồng chí: A, B, ...": a
        // body's membership told as its roll, each name a member.
        // ("Theo đó, Ban Thường vụ ...": after a short lead-in and its comma.)
        let lead_in = i > a
            && i - a <= 4
            && doc.is_punct(i - 1, ",")
            && (a..i - 1).all(|q| doc.toks[q].kind == TokKind::Word && !name_starts(doc, q, e));
        // ("...; Ban Thường vụ gồm 7 đồng chí: ...": after a semicolon too.)
        let after_semicolon = i > a && doc.is_punct(i - 1, ";");
        // ("Hội nghị đã bầu Ban Thường vụ Đảng ủy xã khóa I gồm 9 đồng chí:
        // ...": as the object of an election (`election_cues.txt`).)
        // A bare body there ("đã bầu Ban Thường vụ gồm 5 chị") may be any
        // association's, so only one that names its owner counts.
        // ("- Ban Thường vụ Đảng ủy xã khóa I gồm 7 đồng chí: ...": a dashed
        // item of its own line.)
        let dashed = i > a && doc.is_dash(i - 1) && doc.toks[i - 1].newline_before;
        let opens = i == a || doc.toks[i].newline_before || lead_in || after_semicolon || dashed;
        let elected = || i > a && doc.lex.election_cues.ending_at(&doc.ids, i, 2).is_some();
        if let Some((body_len, _)) = doc
            .lex
            .member_bodies
            .longest(&doc.ids[..e], i)
            .filter(|_| opens || elected())
        {
            // (The title's length covers a term: "khóa I".)
            // (Bare after an election cue in a party congress's article:
            // the congress's committee, "bầu Ban Thường vụ gồm 9 đồng chí".)
            let members = super::bodies::member_title(doc, i, e, None)
                .filter(|t| opens || t.len > body_len)
                .or_else(|| super::bodies::congress_member_title(doc, i, e))
                .and_then(|t| Some((counted_list(i + t.len)?, t)));
            if let Some((next, t)) = members {
                plural = true;
                header = vec![t];
                header_bare = true;
                roll = true;
                i = next;
                continue;
            }
        }
        // "A, Giám đốc TTYT và các Phó Giám đốc: B, C": a counted role with
        // no body, before a colon, of the body of the title before "và".
        if let Some((n, t)) = counted_bare_role(doc, a, i, e) {
            plural = true;
            header = vec![t];
            header_bare = doc
                .lex
                .honorifics
                .longest(&doc.ids[..e], i + n + 1)
                .is_none();
            i += n + 1;
            continue;
        }
        // "giữ chức Phó Chủ tịch Thường trực, bà B ...": no title starts
        // inside a longer role that failed to read as one ("Chủ tịch
        // Thường trực" of a party committee).
        // (Asked only of a title read: most words start none.)
        let inside_role = || {
            i > a
                && doc
                    .lex
                    .roles
                    .longest(&doc.ids[..e], i - 1)
                    .is_some_and(|(n, _)| n >= 2)
        };
        if let Some(t) = parse_title(doc, i, e).filter(|_| !inside_role()) {
            let start = i;
            let mut titles = vec![t];
            let mut k = i + titles[0].len;
            // Where each title after "và" starts: alone, such titles may
            // name two persons ("Chủ tịch UBND huyện và Chủ tịch Ủy ban
            // MTTQ huyện đồng chủ trì").
            let mut and_at: Vec<(usize, usize)> = Vec::new();
            // ("Phó Bí thư Huyện ủy – Chủ tịch UBND huyện A": a dash joins
            // two titles before a name.)
            // "ý kiến của Chánh Thanh tra thị xã, Trưởng phòng Tài nguyên và
            // Môi trường và Chủ tịch UBND phường B, Chủ tịch UBND thị xã A":
            // a list closed by "và" before a comma is of others; the name
            // holds only the titles after that comma (from `own_from`).
            let mut own_from: Option<usize> = None;
            while k < e && (doc.is_punct(k, ",") || doc.words[k] == "và" || doc.is_dash(k)) {
                match parse_title(doc, k + 1, e) {
                    Some(t2) => {
                        if doc.words[k] == "và" {
                            and_at.push((titles.len(), k));
                            own_from = None;
                        } else if !and_at.is_empty() && own_from.is_none() && doc.is_punct(k, ",") {
                            own_from = Some(titles.len());
                        }
                        k += 1 + t2.len;
                        titles.push(t2);
                    }
                    None => break,
                }
            }
            // "Chủ tịch UBND thị xã (Trưởng Ban Chỉ huy) Đoàn Văn Hưng": a
            // second post in brackets between the first and the name.
            if doc.is_punct(k, "(") {
                if let Some(t2) = parse_title(doc, k + 1, e) {
                    let close = k + 1 + t2.len;
                    if doc.is_punct(close, ")") && name_after_title(doc, close + 1, e).is_some() {
                        titles.push(t2);
                        k = close + 1;
                    }
                }
            }
            // "Trưởng thôn Kon Gung (xã Đăk Mar) A Nhiên": the place of a
            // village in brackets between the title and the name.
            if let Some(close) = bracketed_place(doc, k, e) {
                if name_after_title(doc, close + 1, e).is_some() {
                    k = close + 1;
                }
            }
            // "các đại biểu Quốc hội: bà A – ...; ông B – ...": a counted
            // title before a colon heads a list as "các đồng chí" does.
            // So does a title opening an item of election results ("-
            // Phó Chủ tịch UBND huyện: các đồng chí A, B;").
            let opens_item = start == a
                || doc.toks[start].newline_before
                || (doc.is_dash(start - 1)
                    && (start - 1 == a
                        || doc.toks[start - 1].newline_before
                        || [";", ":"].iter().any(|p| doc.is_punct(start - 2, p))));
            // ("các vị đại biểu Quốc hội khóa XV:" counts too.)
            let counted = start > a
                && (count_word(start - 1)
                    || (doc.words[start - 1] == "vị" && start - 1 > a && count_word(start - 2)));
            if doc.is_punct(k, ":") && (plural || counted || opens_item) {
                plural = true;
                header = titles;
                header_bare = doc.lex.honorifics.longest(&doc.ids[..e], k + 1).is_none();
                i = k + 1;
                continue;
            }
            // "Phó Chủ tịch UBND huyện gồm các ông, bà: A, B": the list
            // after "gồm" holds the title.
            // ("Đoàn Chủ tịch Đại hội gồm các đồng chí: ..." is a presidium.)
            let of_body = titles.iter().all(|t| t.body.is_some())
                && !(start > a && doc.words[start - 1] == "đoàn");
            // "Tổ đại biểu HĐND huyện ứng cử tại thị trấn X gồm ...": a
            // deputies' group names its constituency before "gồm".
            // "Các Phó Chủ tịch UBND tỉnh được bầu gồm ...": a counted
            // title may say how its holders came before "gồm".
            // ("Ba Phó Chủ tịch Ủy ban MTTQ xã gồm: ...": a numeral before
            // the title's capital.)
            let counted_title = start > a
                && (count_word(start - 1)
                    || doc.numeral_at(start - 1).is_some_and(|c| c >= 2)
                    || doc
                        .lex
                        .honorifics
                        .ending_at(&doc.ids, start, 3)
                        .is_some_and(|(h, _)| h > a && count_word(h - 1)));
            let group = start > a && doc.words[start - 1] == "tổ";
            // "các đại biểu HĐND quận ứng cử tại đơn vị bầu cử số 5 gồm:":
            // the deputies' constituency, numbered or named.
            let constituency = counted_title && doc.words_are(k, "ứng cử");
            let reach = if group || constituency {
                12
            } else if counted_title {
                4
            } else {
                0
            };
            let g = (k..e.min(k + reach))
                .take_while(|&q| {
                    let t = doc.toks[q];
                    (t.kind == TokKind::Word && (group || constituency || !t.cap))
                        || (constituency && t.kind == TokKind::Num)
                })
                .find(|&q| doc.lex.roll_openers.longest(&doc.ids[..e], q).is_some())
                .unwrap_or(k);
            if let Some(next) = of_body.then(|| counted_list(g)).flatten() {
                plural = true;
                header = titles;
                header_bare = true;
                i = next;
                continue;
            }
            // "Các đồng chí Ủy viên Ban Thường vụ Đảng ủy gồm đồng chí A;
            // đồng chí B, ...", "Các Phó Chủ tịch Ủy ban bầu cử phường gồm
            // ông A và bà B": a counted title before "gồm" and items each
            // opened by the honorific.
            // ("... gồm: đồng chí A, kiêm Chủ tịch Hội Cựu chiến binh xã;
            // đồng chí B, ...": a colon after "gồm".)
            let items = g + usize::from(doc.is_punct(g + 1, ":")) + 1;
            if of_body
                && counted_title
                && items < e
                && doc.words[g] == "gồm"
                && doc.lex.honorifics.longest(&doc.ids[..e], items).is_some()
            {
                plural = true;
                header = titles;
                header_bare = false;
                i = items;
                continue;
            }
            // "Hai Phó Chủ tịch UBND xã là ông A và bà B", "Chủ tịch UBND
            // xã là ông C": a title opening the sentence, or counted, then
            // "là" and persons each opened by the honorific.
            // ("Hai" before a title counts, though capitalised.)
            let counted_here =
                counted_title || (start > a && doc.numeral_at(start - 1).is_some_and(|c| c >= 2));
            if of_body
                && (counted_here || opens_item)
                && k + 1 < e
                && doc.words[k] == "là"
                && doc.lex.honorifics.longest(&doc.ids[..e], k + 1).is_some()
            {
                plural = true;
                header = titles;
                header_bare = false;
                i = k + 1;
                continue;
            }
            if phrase_before(doc, &doc.lex.dismissals, start, a) {
                dismissed = titles;
                i = k;
                continue;
            }
            // "giao nhiệm vụ Chủ tịch UBND phường đối với đồng chí X", "...
            // đối với các ông, bà: A, B" (`assignments.txt`): the post is the
            // person's (read below, as after a comma), or each listed person's.
            // ("giao quyền Chủ tịch UBND phường cho bà X" too.)
            let to = if doc.words_are(k, "đối với") {
                2
            } else {
                usize::from(doc.words.get(k) == Some(&"cho"))
            };
            let assigned = to > 0 && phrase_before(doc, &doc.lex.assignments, start, a);
            if assigned {
                let o = k + to;
                let listed = (o < e && count_word(o))
                    .then(|| doc.lex.honorifics.longest(&doc.ids[..e], o + 1))
                    .flatten()
                    .filter(|&(n, _)| doc.is_punct(o + 1 + n, ":"));
                if let Some((n, _)) = listed {
                    plural = true;
                    header = titles;
                    header_bare = true;
                    i = o + 2 + n;
                    continue;
                }
            }
            // "Phó Chủ tịch UBND quận, ông Nguyễn Văn Quang cho biết": titles
            // set off by a comma before an honorific and a name are that
            // person's.
            // Without the comma too: "Phó Chủ tịch UBND quận đồng chí Trần
            // Văn Bảo phát biểu".
            // And by a dash: "Trưởng phòng Kinh tế thị xã – ông Tô Văn Hậu".
            // And in brackets: "Trưởng phòng GD&ĐT huyện (ông A) trình bày".
            let bracketed = doc.is_punct(k, "(")
                && doc
                    .lex
                    .honorifics
                    .longest(&doc.ids[..e], k + 1)
                    .is_some_and(|(n, _)| {
                        name_at(doc, k + 1 + n, e, true)
                            .is_some_and(|(na, nn)| doc.is_punct(na + nn, ")"))
                    });
            let h = if assigned {
                k + to
            } else if doc.is_punct(k, ",") || doc.is_dash(k) || bracketed {
                k + 1
            } else {
                k
            };
            // "Thừa ủy quyền của Chủ tịch nước, đồng chí X trao ...": the
            // post of someone else.
            // ("Báo cáo của Phó Chủ tịch Hội X Triệu Thị Liên" names her.)
            // So is "Theo sự phân công của đồng chí Bí thư Tỉnh ủy, đồng
            // chí Y ...": an honorific may stand between when another
            // opens the next name ("dưới sự chủ trì của đồng chí Bí thư
            // Đảng ủy xã, thống nhất ..." is a title-only mention).
            let owner = honorific_start(doc, start);
            let owned = doc.is_punct(k, ",")
                && ((start > a && doc.words[start - 1] == "của")
                    || (owner < start
                        && owner > a
                        && doc.words[owner - 1] == "của"
                        && doc.lex.honorifics.longest(&doc.ids[..e], k + 1).is_some()));
            // "Theo báo cáo của Trưởng phòng Tài chính - Kế hoạch, đ/c A,
            // ...": a name set off by commas after the post is its holder.
            let apposed = || {
                let (hn, _) = doc.lex.honorifics.longest(&doc.ids[..e], k + 1)?;
                let (na, nn) = name_at(doc, k + 1 + hn, e, true)?;
                // ("Quyết định ... của Chủ tịch UBND tỉnh, ông A, Phó Chủ
                // tịch UBND xã, được điều động": A's own post follows.)
                let after = na + nn + 1;
                (doc.is_punct(na + nn, ",")
                    && parse_title(doc, after, e).is_none()
                    && doc.lex.title_leads.longest(&doc.ids[..e], after).is_none())
                .then_some(())
            };
            // "Thừa ủy quyền của (Đoàn) Chủ tịch UBND tỉnh, ông A, ...":
            // A acts for the post's holder (`proxy_cues.txt`).
            let proxy = doc.is_punct(k, ",")
                && doc
                    .lex
                    .proxy_cues
                    .ending_at(&doc.ids, start, 6)
                    .is_some_and(|(q, _)| q >= a);
            if (owned && apposed().is_none()) || proxy {
                i = k;
                continue;
            }
            if let Some((n, _)) = doc.lex.honorifics.longest(&doc.ids[..e], h) {
                if name_at(doc, h + n, e, true).is_some() {
                    titles.drain(..own_from.unwrap_or(0));
                    pending = titles;
                    i = h;
                    continue;
                }
            }
            // "Trưởng Công an thành phố – Thượng tá Phan Anh Tú": a rank
            // after the dash, or after a comma ("Trưởng Công an huyện,
            // Thượng tá A cho biết").
            let ranked =
                doc.is_punct(k, ",") && doc.lex.ranks.longest(&doc.ids[..e], k + 1).is_some();
            let mut kk = if doc.is_dash(k) || ranked { k + 1 } else { k };
            // "Phó Chủ tịch UBND phường phụ trách đô thị Tống Văn Bình":
            // the portfolio stands between the title and the name.
            if doc.words_are(kk, "phụ trách") {
                let mut q = kk + 2;
                while q < e.min(kk + 7) && !doc.toks[q].cap && doc.toks[q].kind == TokKind::Word {
                    q += 1;
                }
                if q > kk + 2 && name_after_title(doc, q, e).is_some() {
                    kk = q;
                }
            }
            while let Some((n, _)) = doc.lex.ranks.longest(&doc.ids[..e], kk) {
                kk += n;
                if doc.is_punct(kk, ".") {
                    kk += 1;
                }
            }
            if name_after_title(doc, kk, e).is_some() {
                // "các Phó Chủ tịch UBND phường A, B": a counted title
                // before names heads their list, colon or not.
                if start > a && count_word(start - 1) {
                    plural = true;
                }
                titles.drain(..own_from.unwrap_or(0));
                pending = titles;
                i = kk;
                continue;
            }
            // (Each part's span runs to the "và" after it.)
            let mut from = (0, start);
            for (idx, at) in and_at.into_iter().chain(std::iter::once((titles.len(), k))) {
                alone.push(TitleAlone {
                    titles: titles[from.0..idx].to_vec(),
                    a: from.1,
                    b: at,
                    sentence: s,
                });
                from = (idx, at + 1);
            }
            i = k;
            introduced = false;
            continue;
        }
        // A role with no body before a name still introduces it ("do Bộ
        // trưởng Phạm Thị Thanh Trà làm trưởng đoàn"); the post is unknown.
        let role = doc.toks[i]
            .cap
            .then(|| doc.lex.roles.longest(&doc.ids[..e], i))
            .flatten();
        if let Some((n, _)) = role {
            if name_after_title(doc, i + n, e).is_some() {
                introduced = true;
                i += n;
                continue;
            }
        }
        if doc.is_punct(i, ";") || doc.is_punct(i, ".") {
            introduced = false;
            pending.clear();
            list_title.clear();
            if doc.is_punct(i, ".") {
                header.clear();
                plural = false;
            }
        }
        i += 1;
    }
}

/// Whether the name at `na` (sentence start `a`) is an item after a comma
/// of a list opened by "các" and a village word: "các thôn Hiếu Thiện,
/// Phước Lợi, Vụ Bổn" (`unit_breaks.tsv`, class `number`).
fn in_village_list(doc: &Doc, a: usize, na: usize) -> bool {
    let mut q = na;
    while q > a + 2 && doc.is_punct(q - 1, ",") {
        // Back over the capitalised words of the item before.
        let mut b = q - 1;
        while b > a && doc.toks[b - 1].cap && doc.toks[b - 1].kind == TokKind::Word && q - b < 6 {
            b -= 1;
        }
        if b == q - 1 {
            return false;
        }
        let village = doc
            .lex
            .unit_breaks
            .ending_at(&doc.ids, b, 3)
            .filter(|&(v, w)| *w == crate::lexicon::UnitWord::Number && v > a);
        if let Some((v, _)) = village {
            return doc.words[v - 1] == "các";
        }
        q = b;
    }
    false
}

/// "Cùng đi có đồng chí A. Đồng chí hiện là Ủy viên Ban Thường vụ Tỉnh
/// ủy, ...": a sentence opening with an honorific and no name, then a post
/// taken ("là", "hiện giữ chức"), gives its posts to the last person the
/// sentence before named. So does a clause of sentence `s` opening at `a`
/// after a semicolon ("bà A là ...; hiện bà đồng thời là ..."), for the
/// last person named before it. The end of those posts, when it does.
fn pronoun_posts(doc: &mut Doc, s: usize, a: usize) -> Option<usize> {
    let e = doc.sents[s].tok_end;
    let clause = a > doc.sents[s].tok_start;
    // "Hiện ông là ...", "Hiện nay, bà là ...": a word of the present
    // first (`present_words.txt`), and before "là" ("bà đồng thời là").
    let present = |q: usize| {
        doc.lex
            .present_words
            .longest(&doc.ids[..e], q)
            .map_or(q, |(n, _)| q + n + usize::from(doc.is_punct(q + n, ",")))
    };
    let h = present(a);
    let (n, &name_only) = doc.lex.honorifics.longest(&doc.ids[..e], h)?;
    let mut j = h + n;
    if name_only || j >= e || doc.toks[j].cap || (s == 0 && !clause) {
        return None;
    }
    j = present(j);
    if j >= e {
        return None;
    }
    if doc.words[j] == "là" {
        j += 1;
    } else {
        match doc.lex.title_leads.longest(&doc.ids[..e], j) {
            Some((l, Lead::Current)) => j += l,
            _ => return None,
        }
    }
    let (titles, k) = titles_after(doc, j, e);
    if titles.is_empty() {
        return None;
    }
    // (At the sentence's start the one before: `s` is then at least 1.)
    let told = if clause { s } else { s - 1 };
    let person = doc
        .persons
        .iter()
        .rev()
        .take_while(|m| m.sentence >= told)
        .find(|m| m.sentence == told && m.tok_end <= a)?
        .entity;
    give_titles(doc, person, a, k, &titles);
    Some(k)
}

/// Whether the article says a body it elected presented itself ("Ban
/// Thường vụ khóa mới ra mắt Đại hội", `roll_presented.txt`): the members
/// a roll lists ("Ban Thường vụ gồm 9 đồng chí: A, B, ...") are then
/// present; else a roll only names them.
fn roll_presented(doc: &Doc) -> bool {
    (0..doc.toks.len()).any(|k| doc.lex.roll_presented.longest(&doc.ids, k).is_some())
}

/// Whether the name at `na` is only cited, its person not present: "thực
/// hiện chỉ đạo của đồng chí X" (`absent_cues.txt`). (A person said to be
/// away is told by [`said_away`].)
fn mentioned_only(doc: &Doc, na: usize) -> bool {
    let lex = doc.lex;
    let h = honorific_start(doc, na);
    if lex.absent_cues.ending_at(&doc.ids, h, 6).is_some() {
        return true;
    }
    named_by_decision(doc, h) || signed(doc, h, na)
}

/// Whether the name at `na` (its mention starting at `h`) is a cited
/// document's signer: "Quyết định số 498/QĐ-UBND do bà X, Phó Chủ tịch UBND
/// huyện ký ngày 28/2" (`signatures.tsv`). The verb must come in the name's
/// clause before any verb of the meeting ("do ông X chủ trì" is a chair).
fn signed(doc: &Doc, h: usize, na: usize) -> bool {
    let sig = &doc.lex.signatures;
    if sig.agents.ending_at(&doc.ids, h, 2).is_none() {
        return false;
    }
    let e = doc.sents[doc.sentence_of(na)].tok_end;
    for k in na..e.min(na + 24) {
        let cue = |c| super::meetings::cue_of_class(doc, k, e, c).is_some();
        if doc.is_punct(k, ";") || cue("held") || cue("speech") {
            return false;
        }
        if sig.verbs.longest(&doc.ids[..e], k).is_some() {
            return true;
        }
    }
    false
}

/// Whether the clause of the name at `na` says the person was not there:
/// "đồng chí X (xã Y), ..., do tuổi cao, sức yếu không thể đến dự"
/// (`absent_after.txt`).
fn said_away(doc: &Doc, na: usize) -> bool {
    let e = doc.sents[doc.sentence_of(na)].tok_end;
    // (The clause ends where words citing someone else begin,
    // `absent_cues.txt`: "X chủ trì, thay mặt đồng chí Chủ tịch đang đi
    // công tác" says the Chủ tịch is away, not X.)
    // (Nor is the clause of what a speaker reports theirs: "X cho biết, 3
    // đảng viên cao tuổi không thể đến dự".)
    // (The speech is looked for only before a word of absence found: most
    // names have none, and a lookup at every word cost 0.5%.)
    let clause = (na..e).take_while(|&k| {
        !doc.is_punct(k, ";") && doc.lex.absent_cues.longest(&doc.ids[..e], k).is_none()
    });
    clause
        .into_iter()
        .find(|&k| doc.lex.absent_after.longest(&doc.ids[..e], k).is_some())
        .is_some_and(|at| {
            (na..at).all(|k| super::meetings::cue_of_class(doc, k, e, "speech").is_none())
        })
}

/// A role at `i` with no body, after "và các" and before a colon, that
/// takes the body of the title just before "và": "Giám đốc TTYT và các
/// Phó Giám đốc: A, B" are the centre's deputies. Its length and title.
fn counted_bare_role(doc: &Doc, a: usize, i: usize, e: usize) -> Option<(usize, TitleMatch)> {
    if i < a + 3 || doc.words[i - 1] != "các" || doc.words[i - 2] != "và" {
        return None;
    }
    let (n, _) = doc.lex.roles.longest(&doc.ids[..e], i)?;
    if !doc.is_punct(i + n, ":") {
        return None;
    }
    let before = (a.max(i.saturating_sub(16))..i - 2).find_map(|p| {
        parse_title(doc, p, e)
            .filter(|t| p + t.len == i - 2)
            .and_then(|t| t.body)
    })?;
    elided_title(doc, i, e, &before).map(|t| (n, t))
}

/// Whether the name at `na` is the object of a disciplinary measure: "thi
/// hành kỷ luật bằng hình thức cảnh cáo đối với đảng viên X"
/// (`disciplines.txt`, in the clause before "đối với").
fn disciplined(doc: &Doc, na: usize) -> bool {
    let h = honorific_start(doc, na);
    if h < 2 || !doc.words_are(h - 2, "đối với") {
        return false;
    }
    let a = doc.sents[doc.sentence_of(na)].tok_start;
    // The clause's tokens before "đối với", nearest first, up to `reach`.
    let back = |reach: usize| {
        (a.max(h.saturating_sub(reach))..h - 2)
            .rev()
            .take_while(|&k| !doc.is_punct(k, ";"))
    };
    // ("công bố Quyết định số 12-QĐ/HU về thi hành kỷ luật ... đối với
    // đồng chí X": a decision announced at the meeting, where X may well
    // be, "tiếp thu" it.)
    let numbered = back(48).any(|k| {
        doc.words[k] == "số" && doc.toks.get(k + 1).is_some_and(|t| t.kind == TokKind::Num)
    });
    if !numbered && back(16).any(|k| doc.lex.disciplines.longest(&doc.ids[..h], k).is_some()) {
        return true;
    }
    // "Đối với đồng chí X, Phó Chủ tịch UBND xã, Ủy ban Kiểm tra kết luận
    // ... và quyết định thi hành kỷ luật ...": a sentence opened by the
    // person names the measure after them.
    let e = doc.sents[doc.sentence_of(na)].tok_end;
    h - 2 == a
        && (na..e)
            .take_while(|&k| !doc.is_punct(k, ";"))
            .any(|k| doc.lex.disciplines.longest(&doc.ids[..e], k).is_some())
}

/// Whether the name whose mention starts at `h` is one that a numbered
/// decision issued before the meeting names ("Trước đó, UBND huyện đã ban
/// hành Quyết định số 12/QĐ-UBND bổ nhiệm ông X ..."): the background says
/// nothing of the person being there (`decision_verbs.txt`). A decision
/// announced or handed over at the meeting ("công bố", "trao") is not
/// background, nor is a clause where the person speaks.
fn named_by_decision(doc: &Doc, h: usize) -> bool {
    let lex = doc.lex;
    let s = &doc.sents[doc.sentence_of(h)];
    let (a, e) = (s.tok_start, s.tok_end);
    let Some(v) = (a..h)
        .rev()
        .find(|&k| lex.decision_verbs.longest(&doc.ids[..h], k).is_some())
    else {
        return false;
    };
    let numbered = |k: usize| {
        doc.words_are(k, "quyết định")
            && doc.toks[k].cap
            && (doc.words.get(k + 2) == Some(&"số")
                || doc.toks.get(k + 2).is_some_and(|t| t.kind == TokKind::Num))
    };
    let Some(d) = (a..v).rev().find(|&k| numbered(k)) else {
        return false;
    };
    let issued = (a..d).any(|k| doc.words_are(k, "ban hành"));
    let announced =
        (a..h).any(|k| matches!(doc.words[k], "trao" | "đọc") || doc.words_are(k, "công bố"));
    // "Quyết định số ... của Tỉnh ủy; Đại hội bầu ông X ...": the meeting's
    // own act.
    let elected = (d..h).any(|k| doc.words[k] == "bầu");
    let clause_start = (v..h).rev().find(|&k| doc.is_punct(k, ";")).unwrap_or(v);
    let clause_end = (h..e).find(|&k| doc.is_punct(k, ";")).unwrap_or(e);
    let speaks = (clause_start..clause_end)
        .any(|k| super::meetings::cue_of_class(doc, k, clause_end, "speech").is_some());
    issued && !(announced || elected || speaks)
}

/// Only commas, "và", honorifics and ranks between the end of a previous name
/// (`from`) and the name at `na`.
fn names_joined(doc: &Doc, from: usize, na: usize) -> bool {
    let mut j = from;
    while j < na {
        if doc.is_punct(j, ",") || doc.words[j] == "và" {
            j += 1;
        } else if let Some(c) = doc
            .is_punct(j, "(")
            .then(|| (j + 1..na).find(|&q| doc.is_punct(q, ")")))
            .flatten()
        {
            // "bà B (Bí thư Đoàn xã) và bà C": a note in brackets.
            j = c + 1;
        } else if let Some((n, _)) = doc.lex.honorifics.longest(&doc.ids[..na], j) {
            j += n;
        } else if let Some((n, _)) = doc.lex.ranks.longest(&doc.ids[..na], j) {
            // "Thiếu tá A và Đại úy B": a rank introduces as an honorific
            // does (with a degree's full stop: "ThS. C").
            j += n + usize::from(doc.is_punct(j + n, "."));
        } else {
            return false;
        }
    }
    from <= na
}

/// The names before the one at `na` that posts listed "lần lượt" go to in
/// order: a list's ("các đồng chí A, B lần lượt ..."), else the untitled
/// names joined to it ("bà A và ông B, lần lượt là ...").
fn respective_names<'a>(
    doc: &Doc,
    list: &'a [(usize, usize)],
    untitled: &'a [(usize, usize)],
    na: usize,
) -> &'a [(usize, usize)] {
    if !list.is_empty() {
        list
    } else if untitled
        .last()
        .is_some_and(|&(ua, un)| names_joined(doc, ua + un, na))
    {
        untitled
    } else {
        &[]
    }
}

/// "Trả lời kiến nghị của ông A, ông B, Trưởng phòng ...": A is the one
/// answered, not a holder of the title after B (`object_cues.txt`).
fn object_of_answer(doc: &Doc, na: usize) -> bool {
    let h = honorific_start(doc, na);
    doc.lex.object_cues.ending_at(&doc.ids, h, 4).is_some()
}

/// "Đối với vụ việc của bà A, Chủ tịch UBND tỉnh giao ...": the name at
/// `na` (of `nn` words) is the object of a fronted topic that opens the
/// sentence at `a` (`topic_openers.txt`, `object_cues.txt`) and the topic's
/// comma follows it, so the title after that comma is the main clause's.
///
/// So is a person the topic names outright when the title after the comma
/// runs straight into a verb: "Với đồng chí A, Chủ tịch UBND thành phố lưu
/// ý ..." (the chairman speaks to A; "Với đồng chí A, Chủ tịch UBND thành
/// phố, ..." would be A's title).
fn topic_object(doc: &Doc, a: usize, na: usize, nn: usize) -> bool {
    if !doc.is_punct(na + nn, ",") || !(a..na).all(|q| !doc.is_punct(q, ",")) {
        return false;
    }
    let Some((n, _)) = doc.lex.topic_openers.longest(&doc.ids, a) else {
        return false;
    };
    if object_of_answer(doc, na) {
        return true;
    }
    let e = doc.sents[doc.sentence_of(na)].tok_end;
    let t = na + nn + 1;
    let h = honorific_start(doc, na);
    h == a + n
        && h < na
        && parse_title(doc, t, e).is_some_and(|title| {
            let q = t + title.len;
            q < e
                && doc.toks[q].kind == TokKind::Word
                && !doc.toks[q].cap
                && !matches!(doc.words[q], "và" | "kiêm")
        })
}

/// Where the name at `na` starts with the honorific before it, if any.
fn honorific_start(doc: &Doc, na: usize) -> usize {
    doc.lex
        .honorifics
        .ending_at(&doc.ids, na, 3)
        .map_or(na, |(start, _)| start)
}

/// Whether token `q` starts the post of a delegation's head, named alone
/// ("đồng chí Trưởng đoàn").
/// (Word by word: this runs over sentences that name no one.)
pub(super) fn delegation_head_at(doc: &Doc, q: usize) -> bool {
    doc.words[q] == "trưởng" && doc.words.get(q + 1) == Some(&"đoàn")
}

/// The person who led the delegation, told in sentence `s` or before it
/// ("do đồng chí A, Phó Chủ tịch UBND tỉnh làm trưởng đoàn", "do ông B dẫn
/// đầu"): the last person named before the `led` cue.
pub(super) fn delegation_head(doc: &Doc, s: usize) -> Option<usize> {
    (0..=s).rev().find_map(|q| {
        let (a, e) = (doc.sents[q].tok_start, doc.sents[q].tok_end);
        let cue = (a..e).find(|&k| super::meetings::cue_of_class(doc, k, e, "led").is_some())?;
        doc.persons
            .iter()
            .rev()
            .find(|p| p.sentence == q && p.tok_end <= cue)
            .map(|p| p.entity)
    })
}

/// The persons component.
pub fn run(doc: &mut Doc) {
    let mut alone = Vec::new();
    for s in 0..doc.sents.len() {
        parse_sentence(doc, s, &mut alone);
        seat_group_members(doc, s);
    }
    // Titles alone name the holder of that title in the same article. The
    // holders of each title, in relation order, are gathered once: a long
    // article has thousands of such mentions.
    let mut holders_of: rustc_hash::FxHashMap<usize, Vec<usize>> = rustc_hash::FxHashMap::default();
    for r in &doc.facts.relations {
        if r.kind == EdgeType::Holds {
            let h = holders_of.entry(r.to).or_default();
            if !h.contains(&r.from) {
                h.push(r.from);
            }
        }
    }
    for m in alone {
        let mut holders: Vec<usize> = Vec::new();
        for t in &m.titles {
            let key = crate::text::key(&t.name);
            let Some(te) = doc.find_entity(NodeType::Title, &key) else {
                continue;
            };
            for &p in holders_of.get(&te).into_iter().flatten() {
                if !holders.contains(&p) {
                    holders.push(p);
                }
            }
        }
        if holders.len() == 1 {
            doc.persons.push(PersonMention {
                entity: holders[0],
                tok_start: m.a,
                tok_end: m.b,
                sentence: m.sentence,
                absent: false,
                away: false,
            });
        }
    }
    doc.persons.sort_by_key(|p| (p.tok_start, p.entity));
}
