//! Meetings: the lead sentence that reports one (a meeting noun and a date),
//! its date (year from the publication date, a congress's term or the
//! year the text reviews when omitted), organizer, ordinal and term, who
//! chaired and who took part, and the documents it was about.

use super::bodies::{parse_body, parse_body_sharing, skip_term, BodyMatch};
use super::dates::{find_dates, last_day, month_year_mentions, term_start, year_mentions, DateHit};
use super::Doc;
use crate::date::Date;
use crate::facts::{EdgeType, NodeType};
use crate::lexicon::{BodyClass, VerbPosition};
use crate::text::{capitalize, fold, slug, TokKind};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use serde_json::json;
use std::ops::Range;

/// The class of the cue at token `k`, if any.
fn cue_at(doc: &Doc, k: usize, end: usize) -> Option<(usize, &'static str)> {
    let lex: &'static crate::lexicon::Lexicon = doc.lex;
    lex.cues
        .longest(&doc.ids[..end], k)
        .map(|(n, c)| (n, c.as_str()))
}

/// The length of a cue of `class` at token `k` (not reaching past `end`).
pub(super) fn cue_of_class(doc: &Doc, k: usize, end: usize, class: &str) -> Option<usize> {
    doc.lex
        .cues
        .longest_where(&doc.ids[..end], k, |c| c == class)
        .map(|(n, _)| n)
}

fn sentence_has_cue(doc: &Doc, s: usize, class: &str) -> bool {
    let (a, e) = (doc.sents[s].tok_start, doc.sents[s].tok_end);
    (a..e).any(|k| cue_at(doc, k, e).is_some_and(|(_, c)| c == class))
}

/// True when tokens `a..e` have a `subject` cue outside a `done` cue: "Báo
/// cáo cho thấy huyện đã tập trung triển khai Quyết định ..." tells of work
/// done before, not of what the meeting rolled out.
fn reports_subject(doc: &Doc, (a, e): (usize, usize)) -> bool {
    let mut k = a;
    while k < e {
        match cue_at(doc, k, e) {
            Some((n, "done")) => k += n,
            Some((_, "subject")) => return true,
            // "Nội dung giám sát là việc lãnh đạo, chỉ đạo thực hiện Nghị
            // quyết số ...": what an inspection looks at, when the sentence
            // says it is the inspection's content.
            Some((_, "inspected")) if doc.words_are(a, "nội dung") => return true,
            _ => k += 1,
        }
    }
    false
}

/// True when sentence `s` announces what is to come: a `future` cue with
/// no `pledge` or `speech` cue before it. "X ... khẳng định sẽ tổ chức Đại
/// hội thành công" reports a speaker who is there, pledging; "X cho biết,
/// xã dự kiến tổ chức ..." one who is there, telling the plan ("sẽ phát
/// biểu" is still ahead).
fn announces(doc: &Doc, s: usize) -> bool {
    if conditional(doc, s) {
        return true;
    }
    let (a, e) = (doc.sents[s].tok_start, doc.sents[s].tok_end);
    for k in a..e {
        match cue_at(doc, k, e) {
            Some((_, "pledge")) => return false,
            Some((_, "speech")) if !(k > a && doc.words[k - 1] == "sẽ") => return false,
            Some((_, "future")) => return true,
            _ => {}
        }
    }
    false
}

/// True when sentence `s` opens with an `if` cue: "Trường hợp Chủ tịch bận
/// công tác, bà X được ủy quyền chủ trì buổi tiếp" tells what happens in a
/// case that may not come, so it holds no meeting and no role.
fn conditional(doc: &Doc, s: usize) -> bool {
    let (a, e) = (doc.sents[s].tok_start, doc.sents[s].tok_end);
    cue_of_class(doc, a, e, "if").is_some()
}

fn noun_in(doc: &Doc, a: usize, e: usize) -> Option<(usize, usize)> {
    (a..e).find_map(|k| {
        doc.lex
            .meeting_nouns
            .longest(&doc.ids[..e], k)
            .filter(|_| !ahead(doc, a, k) && !counted(doc, a, k))
            .map(|(n, _)| (k, n))
    })
}

/// True when the meeting noun at `k` is counted, as many meetings are
/// ("xã tổ chức 17 hội nghị cử tri tại các thôn", "hai buổi"): a number
/// standing alone (not the end of a date) or a numeral of two or more
/// right before it.
fn counted(doc: &Doc, a: usize, k: usize) -> bool {
    if k <= a {
        return false;
    }
    let q = k - 1;
    let number = doc.toks[q].kind == TokKind::Num
        && !(q > a && (doc.is_punct(q - 1, "/") || doc.is_dash(q - 1) || doc.is_punct(q - 1, ".")));
    number || doc.numeral_at(q).is_some_and(|v| v >= 2)
}

/// True when the meeting noun at `k` names an event ahead ("tiến tới Đại
/// hội đại biểu toàn quốc lần thứ XIV"): a cue of class `ahead` ends right
/// before it.
fn ahead(doc: &Doc, a: usize, k: usize) -> bool {
    cue_ending_at(doc, a, k, "ahead").is_some()
}

/// The start of a cue of `class` that ends just before token `k`, starting
/// at `a` or later and at most four tokens back ("không thể đến dự").
fn cue_ending_at(doc: &Doc, a: usize, k: usize, class: &str) -> Option<usize> {
    (k.saturating_sub(4).max(a)..k).find(|&j| cue_of_class(doc, j, k, class) == Some(k - j))
}

/// True when date `d` is the date of a document cited just before it
/// ("Quyết định số 612-QĐ/TU ngày 2/5/2023"). A date without a year after
/// a comma that closes the citation opens the main clause: "Thực hiện
/// Quyết định số ... của Ban Thường vụ Tỉnh ủy, ngày 14/6, Đoàn kiểm tra
/// ..." is the inspection's day.
fn in_doc_mention(doc: &Doc, d: &DateHit) -> bool {
    let k = d.tok_start;
    doc.docs_in(doc.sentence_of(k)).iter().any(|m| {
        m.tok_start <= k
            && k < m.tok_end + 8
            && !(d.year.is_none() && (m.tok_end.saturating_sub(1)..k).any(|q| doc.is_punct(q, ",")))
    }) && (k >= 1 && (doc.words[k - 1] == "ngày" || doc.words[k.saturating_sub(2)] == "ngày"))
}

/// True when the date at token `k` is a deadline or the day a decision
/// takes effect ("giải quyết trước ngày 31/1/2025", "nghỉ hưu kể từ ngày
/// 1/9/2022"; cues of class `deadline`), never the date of a meeting.
/// A cut-off day ("Đến ngày 3/6, đã có 58 tổ chức cơ sở đảng ...") is one
/// too, unless a meeting noun follows it ("Đến ngày 5/12, tại hội nghị của
/// Đảng ủy xã, ...").
fn deadline(doc: &Doc, a: usize, d: &DateHit) -> bool {
    let k = d.tok_start;
    let k = if k > a && doc.words[k - 1] == "ngày" {
        k - 1
    } else {
        k
    };
    if cue_ending_at(doc, a, k, "deadline").is_none() {
        return false;
    }
    let mut q = d.tok_end;
    if doc.is_punct(q, ",") {
        q += 1;
    }
    let e = doc.sents[doc.sentence_of(k)].tok_end;
    !(q + 1 < e && doc.words[q] == "tại" && noun_in(doc, q + 1, (q + 3).min(e)).is_some())
}

/// A reported meeting.
struct Lead {
    sentence: usize,
    date: Option<DateHit>,
    noun: Option<(usize, usize)>,
    /// The earlier sentence the date comes from, when the sentence naming
    /// the meeting has none ("Ngày 17/4, Ủy ban MTTQ xã phát động phong
    /// trào thi đua. Bà A chủ trì buổi lễ.").
    dated_by: Option<usize>,
    /// One day of a delegation's working trip (`trip_day`).
    trip: bool,
    /// The round-up's dated heading over the meeting (`day_headings`).
    heading: Option<usize>,
}

/// Whether sentence `s`, dated by `d`, opens one day of the working trip
/// that the first lead (sentence `first`) reports: "Trong hai ngày 11 và
/// 12/9, đoàn công tác của tỉnh ... Sáng 12/9, đoàn làm việc tại xã B".
/// The sentence opens with its date and the delegation is its subject;
/// the delegation was named before, from the first lead on.
fn trip_day(doc: &Doc, first: usize, s: usize, d: &DateHit) -> bool {
    let (a, e) = (doc.sents[s].tok_start, doc.sents[s].tok_end);
    // The trip may be told in the body's first sentence, before the first
    // meeting's ("Trong hai ngày 14 và 15/10, đoàn công tác ... Buổi làm
    // việc chiều 14/10 ...").
    let first = doc.lead_sentence().map_or(first, |l| l.min(first));
    let (fa, fe) = (doc.sents[first].tok_start, doc.sents[s - 1].tok_end);
    let mut k = d.tok_end;
    if doc.is_punct(k, ",") {
        k += 1;
    }
    // "Chiều 9/10, tại xã Ia Hrú, đoàn làm việc ...": the place first.
    if doc.words.get(k) == Some(&"tại") {
        if let Some(c) = (k + 1..e.min(k + 8)).find(|&q| doc.toks[q].kind == TokKind::Punct) {
            if doc.is_punct(c, ",") {
                k = c + 1;
            }
        }
    }
    // The delegation may come a few words on: "Sáng 24/9, một bộ phận
    // của đoàn công tác tiếp tục làm việc với ...".
    let words_end = (k..e.min(k + 6))
        .find(|&q| doc.toks[q].kind != TokKind::Word || doc.toks[q].cap)
        .unwrap_or(e.min(k + 6));
    d.tok_start <= a + 2
        && k < e
        && !doc.toks[k].cap
        && delegation_in(doc, k, words_end)
        && delegation_in(doc, fa, fe)
}

/// The first date of the body's first sentence, when it is at or before
/// sentence `s` and dates no document.
fn lead_date(doc: &Doc, s: usize) -> Option<(usize, DateHit)> {
    let f = doc.lead_sentence().filter(|&f| f < s)?;
    let sent = doc.sents[f];
    if sentence_has_cue(doc, f, "future") {
        return None;
    }
    let usable: Vec<DateHit> = find_dates(doc, sent.tok_start, sent.tok_end)
        .into_iter()
        .filter(|d| {
            !in_doc_mention(doc, d) && !anniversary_span(doc, sent.tok_start, sent.tok_end, d)
        })
        .collect();
    first_not_named_day(doc, sent.tok_start, &usable).map(|d| (f, d))
}

/// The first of `dates` (read in tokens from `a`), passing over a day
/// named by a holiday ("Nhân kỷ niệm 113 năm Ngày Quốc tế Phụ nữ 8/3,
/// chiều 7/3, ...") when another date follows it.
/// So does a portal's stamp opening the sentence ("(21/12/2024) - Chiều
/// ngày 20/12, ...").
fn first_not_named_day(doc: &Doc, a: usize, dates: &[DateHit]) -> Option<DateHit> {
    dates
        .iter()
        .find(|d| !named_day(doc, a, d) && !stamp(doc, a, d))
        .or(dates.first())
        .copied()
}

/// True when date `d` is in brackets opening the sentence begun at `a`,
/// a dash after it: the day the portal posted the piece.
fn stamp(doc: &Doc, a: usize, d: &DateHit) -> bool {
    d.tok_start == a + 1
        && doc.is_punct(a, "(")
        && doc.is_punct(d.tok_end, ")")
        && doc.is_dash(d.tok_end + 1)
}

/// True when date `d` (no year written) ends a holiday's name opened by a
/// capitalised "Ngày" inside the sentence begun at `a` ("Ngày Quốc tế Phụ
/// nữ 8/3", "Ngày Nhà giáo Việt Nam 20/11").
fn named_day(doc: &Doc, a: usize, d: &DateHit) -> bool {
    d.year.is_none()
        && (d.tok_start.saturating_sub(8).max(a + 1)..d.tok_start).any(|q| {
            doc.words[q] == "ngày"
                && doc.toks[q].cap
                && q + 1 < d.tok_start
                && doc.toks[q + 1].cap
                && (q + 1..d.tok_start).all(|t| doc.toks[t].kind == TokKind::Word || doc.is_dash(t))
        })
}

/// The first date in tokens `a..e` that can date a meeting: not a
/// document's date, not a deadline.
fn meeting_date(doc: &Doc, a: usize, e: usize) -> Option<DateHit> {
    let dates = find_dates(doc, a, e);
    let usable: Vec<DateHit> = dates
        .iter()
        .copied()
        .filter(|d| {
            !in_doc_mention(doc, d)
                && !deadline(doc, a, d)
                && !anniversary_span(doc, a, e, d)
                && !long_period(doc, &dates, d)
        })
        .collect();
    first_not_named_day(doc, a, &usable)
}

/// The day a sentence opening with "the next day" tells ("Sáng hôm sau
/// (19/9), ...", "Ngày tiếp theo (16/4), đoàn làm việc tại xã B", "Sáng
/// hôm sau, ngày 10/10, ..."; cues of class `next_day`): the date written
/// right after the words, else the day after `prev`'s. Either opens the
/// sentence, as "Sáng 19/9," would; other sentences keep `meeting_date`.
fn day_of(doc: &Doc, a: usize, e: usize, prev: Option<DateHit>) -> Option<DateHit> {
    let written = meeting_date(doc, a, e);
    let Some(m) = cue_of_class(doc, a, e, "next_day") else {
        return written;
    };
    if let Some(d) = written.filter(|d| d.tok_start <= a + m + 3) {
        let mut end = d.tok_end;
        if doc.is_punct(end, ")") {
            end += 1;
        }
        return Some(DateHit {
            tok_start: a,
            tok_end: end,
            ..d
        });
    }
    let p = prev?;
    let year = p.year.or(doc.published.map(|d| d.year)).unwrap_or(2000);
    let last = u8::try_from(crate::date::days_in_month(year, u32::from(p.month))).ok()?;
    let (day, month) = if p.day < last {
        (p.day + 1, p.month)
    } else if p.month < 12 {
        (1, p.month + 1)
    } else {
        return None;
    };
    Some(DateHit {
        tok_start: a,
        tok_end: a + m,
        day,
        month,
        year: p.year.filter(|_| month >= p.month),
    })
}

/// Whether `d` opens or closes a period of more than a week ("từ ngày 11/9
/// đến ngày 20/10/2023, Tổ kiểm tra đã tiến hành kiểm tra ..."): the time
/// a piece of work took, not a meeting's day. (A congress "từ ngày 16 đến
/// ngày 17/6" is one date of two days.)
fn long_period(doc: &Doc, dates: &[DateHit], d: &DateHit) -> bool {
    let word_before = |k: usize| {
        let k = if k > 0 && doc.words[k - 1] == "ngày" {
            k - 1
        } else {
            k
        };
        (k > 0).then(|| doc.words[k - 1])
    };
    let days = |h: &DateHit| u32::from(h.month) * 31 + u32::from(h.day);
    let pair = dates.windows(2).find(|w| {
        (w[0].tok_start == d.tok_start || w[1].tok_start == d.tok_start)
            && word_before(w[0].tok_start) == Some("từ")
            && matches!(word_before(w[1].tok_start), Some("đến" | "tới"))
    });
    pair.is_some_and(|w| days(&w[1]) > days(&w[0]) + 7)
}

/// "Nhân kỷ niệm 69 năm Ngày truyền thống (15/10/1956 – 15/10/2025), tối
/// 12/10, ...": a date in brackets that a dash joins to another is the
/// span an anniversary counts, not a meeting's day.
fn anniversary_span(doc: &Doc, a: usize, e: usize, d: &DateHit) -> bool {
    let Some(open) = (a..d.tok_start)
        .rev()
        .take_while(|&q| !doc.is_punct(q, ")"))
        .find(|&q| doc.is_punct(q, "("))
    else {
        return false;
    };
    let Some(close) = (d.tok_end..e).find(|&q| doc.is_punct(q, ")")) else {
        return false;
    };
    // (The span's first date may be older than any date read:
    // "(18/11/1930 - 18/11/2023)".)
    let Some(dash) =
        (open + 1..close).find(|&q| doc.is_dash(q) && !(d.tok_start..d.tok_end).contains(&q))
    else {
        return false;
    };
    let num_in = |a: usize, b: usize| (a..b).any(|q| doc.toks[q].kind == TokKind::Num);
    if d.tok_start > dash {
        num_in(open + 1, dash)
    } else {
        num_in(dash + 1, close)
    }
}

/// The year an anniversary in tokens `a..e` falls in: the end of its span
/// ("(20/11/1982 - 20/11/2023)" -> 2023), the year of the meeting held
/// for it when no other says.
fn anniversary_year(doc: &Doc, a: usize, e: usize) -> Option<i32> {
    let dates = find_dates(doc, a, e);
    let last = dates.iter().rfind(|d| anniversary_span(doc, a, e, d))?;
    last.year
}

/// Whether a delegation noun in lowercase stands in tokens `a..e`.
fn delegation_in(doc: &Doc, a: usize, e: usize) -> bool {
    (a..e).any(|q| !doc.toks[q].cap && cue_of_class(doc, q, e, "delegation").is_some())
}

/// Whether a named person opens the clause after a date ending at `k`
/// (its comma passed), honorific or title first, and their sentence runs
/// on to the meeting noun at `noun` with no other clause between.
fn person_subject(doc: &Doc, k: usize, noun: usize) -> bool {
    let lex = doc.lex;
    let mut k = k;
    if doc.is_punct(k, ",") {
        k += 1;
    }
    if k >= noun || (k..noun).any(|q| doc.is_punct(q, ";") || doc.is_punct(q, ":")) {
        return false;
    }
    let ids = &doc.ids[..noun];
    let name = if let Some((h, _)) = lex.honorifics.longest(ids, k) {
        k + h
    } else if let Some(t) = super::bodies::parse_title(doc, k, noun) {
        k + t.len
    } else {
        return false;
    };
    doc.persons.iter().any(|p| p.tok_start == name && !p.absent)
}

/// "Sáng 17/5, tại Đảng bộ phường Kỳ Bá, đồng chí A đã dự, trao Huy hiệu
/// ... Buổi lễ do đồng chí B chủ trì.": an event told from its paragraph's
/// first sentence, which opens with a day of its own and names no meeting,
/// and named in a later sentence of the paragraph (`s`, with the meeting
/// `noun` and no day) that someone chairs or attends. The lead is the
/// paragraph's first sentence, so that everyone it names is there.
fn paragraph_day(doc: &Doc, s: usize, noun: (usize, usize), leads: &[Lead]) -> Option<Lead> {
    let (a, e) = (doc.sents[s].tok_start, doc.sents[s].tok_end);
    if doc.toks[a].newline_before {
        return None;
    }
    let p = (s.saturating_sub(3)..s)
        .rev()
        .find(|&q| doc.toks[doc.sents[q].tok_start].newline_before)?;
    let (pa, pe) = (doc.sents[p].tok_start, doc.sents[p].tok_end);
    if pa < doc.headline_end
        || leads.last().is_some_and(|l| l.sentence >= p)
        || noun_in(doc, pa, pe).is_some()
        || sentence_has_cue(doc, p, "future")
        || cue_of_class(doc, pa, pe, "earlier").is_some()
    {
        return None;
    }
    let d = meeting_date(doc, pa, pe).filter(|d| d.tok_start <= pa + 2)?;
    if leads
        .iter()
        .any(|l| l.date.is_some_and(|f| (f.day, f.month) == (d.day, d.month)))
    {
        return None;
    }
    let active = (a..e).any(|k| doc.lex.verbs.longest(&doc.ids[..e], k).is_some());
    active.then_some(Lead {
        sentence: p,
        date: Some(d),
        noun: Some(noun),
        dated_by: None,
        trip: false,
        heading: None,
    })
}

/// The dated headings of a round-up ("Thứ Hai, ngày 8/8", "Thứ Tư
/// (11/10): Tập huấn ...", "■ Huyện đoàn tổng kết (ngày 29/12)"): lines of
/// their own, with no closing full stop and no clock time, that open or
/// close with a day, each followed by prose. The sentences after one, up
/// to the next, tell that day's event. Only an article with headings of
/// two or more days has them; a list of related headlines, one line after
/// another, has none.
fn day_headings(doc: &Doc) -> Vec<(usize, DateHit)> {
    let line = |s: usize| {
        let sent = doc.sents[s];
        let (a, e) = (sent.tok_start, sent.tok_end);
        if a < doc.headline_end
            || e <= a
            || e - a > 30
            || !doc.toks[a].newline_before
            || doc
                .sents
                .get(s + 1)
                .is_some_and(|n| !doc.toks[n.tok_start].newline_before)
            || doc.is_punct(e - 1, ".")
        {
            return None;
        }
        let span = &doc.text[doc.toks[a].start..doc.toks[e - 1].end];
        let clock = span
            .as_bytes()
            .windows(3)
            .any(|w| w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit());
        if clock {
            return None;
        }
        let dates = find_dates(doc, a, e);
        let d = dates
            .first()
            .filter(|d| d.tok_start <= a + 4)
            .or_else(|| dates.last().filter(|d| d.tok_end + 2 >= e))?;
        (!in_doc_mention(doc, d)).then_some(*d)
    };
    let lines: Vec<Option<DateHit>> = (0..doc.sents.len()).map(line).collect();
    let out: Vec<(usize, DateHit)> = lines
        .iter()
        .enumerate()
        .filter(|&(s, _)| s + 1 < lines.len() && lines[s + 1].is_none())
        .filter_map(|(s, d)| d.map(|d| (s, d)))
        .collect();
    let days: HashSet<(u8, u8)> = out.iter().map(|(_, d)| (d.day, d.month)).collect();
    if days.len() < 2 {
        return Vec::new();
    }
    out
}

fn find_leads(doc: &Doc) -> Vec<Lead> {
    let mut leads: Vec<Lead> = Vec::new();
    // The day the first meeting began, told after it (an earlier session).
    let mut began_on: Option<DateHit> = None;
    let headings = day_headings(doc);
    for (s, sent) in doc.sents.iter().enumerate() {
        if sent.tok_start < doc.headline_end {
            continue;
        }
        let (a, e) = (sent.tok_start, sent.tok_end);
        // The day of the meeting told last, which "Sáng hôm sau" follows.
        let prev = leads.last().and_then(|l| l.date);
        // (Each read once per sentence, whichever branch below asks.)
        let noun = noun_in(doc, a, e);
        let day = std::cell::OnceCell::new();
        let day = || *day.get_or_init(|| day_of(doc, a, e, prev));
        // Under a round-up's dated heading, the first meeting told is that
        // day's, whether or not its sentence repeats the day.
        let section = headings
            .iter()
            .rev()
            .find(|(h, _)| *h <= s)
            .filter(|(h, _)| leads.last().is_none_or(|l| l.sentence < *h));
        if let Some(&(_, day_of_heading)) = section {
            if let Some(noun) = noun {
                if !sentence_has_cue(doc, s, "future") {
                    leads.push(Lead {
                        sentence: s,
                        date: Some(day().unwrap_or(day_of_heading)),
                        noun: Some(noun),
                        dated_by: None,
                        trip: false,
                        heading: section.map(|&(h, _)| h),
                    });
                }
                continue;
            }
        }
        // An item of a schedule ahead of publication, opening with its day
        // ("THỨ HAI (10/6): Đ/c A chủ trì giao ban ..."): a lead of its
        // own, which `run` makes no meeting of, so that what it tells stays
        // out of the meetings held.
        // (Only with a publication date and a number among the first
        // words: most sentences are neither.)
        let opens_with_number = doc.published.is_some()
            && (a..(a + 6).min(e)).any(|q| doc.toks[q].kind == TokKind::Num);
        if opens_with_number && !sentence_has_cue(doc, s, "future") {
            // (It tells a meeting or a role at one: "chủ trì", "dự".)
            let told = || {
                noun.is_some() || (a..e).any(|k| doc.lex.verbs.longest(&doc.ids[..e], k).is_some())
            };
            if let Some(d) = day().filter(|d| d.tok_start <= a + 4 && told()) {
                let lead = Lead {
                    sentence: s,
                    date: Some(d),
                    noun,
                    dated_by: None,
                    trip: false,
                    heading: None,
                };
                if ahead_of_publication(doc, resolve_date(doc, &lead)) {
                    leads.push(lead);
                    continue;
                }
            }
        }
        let Some(noun) = noun else {
            // "Sáng 17/10, đoàn làm việc tại xã B.": a later day of a
            // delegation's trip needs no meeting noun.
            if let Some(first) = leads.first() {
                let later = day().filter(|d| {
                    first
                        .date
                        .is_some_and(|f| (f.day, f.month) != (d.day, d.month))
                });
                if let Some(d) = later.filter(|d| trip_day(doc, first.sentence, s, d)) {
                    if !sentence_has_cue(doc, s, "future") {
                        leads.push(Lead {
                            sentence: s,
                            date: Some(d),
                            noun: None,
                            dated_by: None,
                            trip: true,
                            heading: None,
                        });
                    }
                }
            }
            continue;
        };
        if sentence_has_cue(doc, s, "future") || conditional(doc, s) {
            continue;
        }
        let Some(d) = day() else {
            if let Some(l) = paragraph_day(doc, s, noun, &leads) {
                leads.push(l);
            }
            continue;
        };
        // "Ngay sau phiên họp, ngày 7/7, Đoàn giám sát ... đã giám sát
        // ...": a day opening a clause after a short lead-in that names the
        // meeting before; the clause's own noun is this one's.
        let day_at = if d.tok_start > a && doc.words[d.tok_start - 1] == "ngày" {
            d.tok_start - 1
        } else {
            d.tok_start
        };
        let clause_noun =
            (noun.0 < day_at && day_at > a + 1 && day_at <= a + 8 && doc.is_punct(day_at - 1, ","))
                .then(|| noun_in(doc, d.tok_end, e))
                .flatten();
        let clause_day = clause_noun.is_some();
        let noun = clause_noun.unwrap_or(noun);
        let mut trip = false;
        if let Some(first) = leads.first() {
            // A further meeting needs its own date and a body holding it.
            // ("Ngày 19-11, đoàn làm việc tại xã B. ... Tại buổi làm việc
            // với Đảng ủy xã B sáng 19-11, ...": a day already told.)
            let same = leads
                .iter()
                .any(|l| l.date.is_some_and(|f| f.day == d.day && f.month == d.month));
            // A body that the meeting noun follows holds it too ("Trước đó,
            // ngày 5/12, Thường trực Huyện ủy đã làm việc với ...").
            let held = (a..e).any(|k| cue_at(doc, k, e).is_some_and(|(_, c)| c == "held"))
                || !subjects_of(doc, &bodies_in(doc, a, e), a, e, noun.0).is_empty();
            let opens_with_day = d.tok_start <= a + 2 || clause_day;
            let has_organizer = std::cell::OnceCell::new();
            let has_organizer =
                || *has_organizer.get_or_init(|| !organizer(doc, s, Some(noun)).is_empty());
            // "Trước đó, chiều 13/1, đoàn công tác của huyện do ông X dẫn
            // đầu đã đến thăm ...": a visit led by a person, no body; so is
            // one that opens with its own day ("Ngày 21/9, đoàn công tác
            // của huyện do đồng chí Y dẫn đầu đã kiểm tra ...").
            let earlier = cue_of_class(doc, a, e, "earlier").is_some();
            let led_earlier = (earlier || opens_with_day) && sentence_has_cue(doc, s, "led");
            // "Trước đó, chiều 12/8, đồng chí X đã thăm, làm việc tại xã B":
            // an earlier event told with its own day, whoever held it.
            let led_earlier = led_earlier || (earlier && d.tok_start <= a + 4);
            // "Trong hai ngày 8 - 9/10, Tổ đại biểu ... đã tiếp xúc cử tri
            // ... Chiều 9/10, Tổ đại biểu tiếp tục tiếp xúc cử tri xã B": a
            // later day of the first lead's range, opening its sentence,
            // is a day of the same trip. (A week's round-up, "từ ngày 8
            // đến ngày 12/4", reports meetings of their own.)
            let range_day = opens_with_day
                && first.date.is_some_and(|f| {
                    let last = last_day(doc, &f);
                    f.month == d.month && f.day < d.day && d.day <= last && last - f.day <= 2
                });
            // "Trong 2 ngày 19 - 20/8, Đảng bộ phường tổ chức Đại hội ...
            // Chiều 20/8, Đại hội đã bầu ...": the first meeting's own noun
            // right after the day, a verb after it, goes on with that one.
            let goes_on = range_day
                && first
                    .noun
                    .is_some_and(|(k, l)| noun_kind(doc, k, l) == noun_kind(doc, noun.0, noun.1))
                && noun.0 <= d.tok_end + 1
                && doc
                    .toks
                    .get(noun.0 + noun.1)
                    .is_some_and(|t| t.kind == TokKind::Word && !t.cap);
            // "Trong hai ngày 10 và 11/4, Đảng bộ xã tổ chức Đại hội ...
            // Sáng 11/4, phiên chính thức khai mạc": a session of the first
            // meeting on a later day of its range, named at the sentence's
            // opening, is that meeting.
            let session = first
                .date
                .is_some_and(|f| f.month == d.month && f.day < d.day && d.day <= last_day(doc, &f))
                && (noun.0 <= a + 1 || (opens_with_day && noun.0 <= d.tok_end + 1))
                && cue_of_class(doc, noun.0, e, "session").is_some();
            // "Sáng 21/8, ... tổ chức phiên chính thức Đại hội ... Trước đó,
            // chiều 20/8, Đại hội đã tiến hành phiên trù bị": a session of
            // the first meeting a day or two before it is that meeting,
            // which began that day.
            let began = first
                .date
                .is_some_and(|f| f.month == d.month && d.day < f.day && f.day <= d.day + 2)
                && sentence_has_cue(doc, s, "session")
                && first.noun.is_some_and(|(k, l)| {
                    // ("tổ chức phiên chính thức Đại hội": a session too.)
                    noun_kind(doc, k, l) == noun_kind(doc, noun.0, noun.1)
                        || cue_of_class(doc, k, k + l, "session").is_some()
                });
            if began {
                began_on = Some(d);
            }
            if goes_on || session || began {
                continue;
            }
            trip = trip_day(doc, first.sentence, s, &d) || range_day;
            // A sentence opening with its own day that names the body of
            // its meeting after the noun ("Đến ngày 5/12, tại hội nghị của
            // Đảng ủy xã B, ..."), or whose delegation goes to the body
            // ("Ngày 21/9, đồng chí Bí thư Huyện ủy cùng đoàn công tác của
            // huyện đi kiểm tra thực tế, làm việc với Đảng ủy xã B").
            let own_day = opens_with_day
                && (doc.words.get(noun.0 + noun.1) == Some(&"của")
                    || delegation_in(doc, d.tok_end, noun.0))
                && has_organizer();
            // "* Tối 17/12, đồng chí X dự sinh hoạt ...": an item of a
            // round-up, opening with its own day, is an event of its own.
            // (Or an item on a line of its own after a heading's colon, in
            // the heading's sentence: "... tại hai xã khác:\n- Sáng 25/11,
            // tại xã B: ...".)
            let bullet_at = |q: usize| doc.lex.bullets.iter().any(|b| doc.is_punct(q, b));
            let item = (opens_with_day
                && (bullet_at(a) || (a > 0 && bullet_at(a - 1) && doc.toks[a - 1].newline_before)))
                || (d.tok_start >= a + 2
                    && (d.tok_start.saturating_sub(2).max(a)..d.tok_start).any(|q| {
                        bullet_at(q)
                            && doc.toks[q].newline_before
                            && q > a
                            && doc.is_punct(q - 1, ":")
                    }));
            // "Sáng 27/9, đồng chí A cùng Phó Chủ tịch UBND huyện B đã
            // đến kiểm tra ...": a day of its own whose subject is a person
            // named there, the meeting noun close after, is an event of
            // its own, held by no body.
            let person_led = opens_with_day && person_subject(doc, d.tok_end, noun.0);
            // "Đồng chí lưu ý ... tổ chức đại hội từ ngày 1/8", "giao Trạm Y
            // tế tổ chức chiến dịch từ ngày 20 đến 30-10": a day inside a
            // task someone is given is no meeting held. (A day a speaker
            // reports is: "bà A cho biết, ngày 24/6, Ban X đã họp".)
            let told = d.tok_start > a + 4
                && (a..d.tok_start)
                    .any(|k| cue_at(doc, k, d.tok_start).is_some_and(|(_, c)| c == "assign"));
            // "Chiều 12/12, các đại biểu Quốc hội đã tiếp xúc cử tri phường
            // B": a day of its own and an event told as done.
            let done_on_day = opens_with_day
                && d.tok_end < noun.0
                && noun.0 <= d.tok_end + 8
                && doc.words[noun.0 - 1] == "đã";
            if same
                || told
                || (!led_earlier
                    && !trip
                    && !own_day
                    && !item
                    && !person_led
                    && !done_on_day
                    && (!held || !has_organizer()))
            {
                continue;
            }
        }
        leads.push(Lead {
            sentence: s,
            date: Some(d),
            noun: Some(noun),
            dated_by: None,
            trip,
            heading: None,
        });
    }
    // (The day only: the date stays where the lead's sentence has it.)
    if let (Some(b), Some(first)) = (began_on, leads.first_mut()) {
        if let Some(f) = first.date.as_mut() {
            f.day = b.day;
        }
    }
    // A round-up's overview before its first heading ("Tuần cuối năm (từ
    // 26/12 đến 30/12), các cơ quan tổ chức hội nghị tổng kết") is the
    // headings' days again, no meeting of its own.
    if let Some(&(first, _)) = headings.first() {
        let days: HashSet<(u8, u8)> = headings.iter().map(|(_, d)| (d.day, d.month)).collect();
        leads.retain(|l| {
            l.sentence >= first
                || !l
                    .date
                    .is_some_and(|d| days.contains(&(d.day, d.month)) || last_day(doc, &d) > d.day)
        });
    }
    if leads.is_empty() {
        // No dated lead: a meeting that people chair or attend still counts.
        for (s, sent) in doc.sents.iter().enumerate() {
            let (a, e) = (sent.tok_start, sent.tok_end);
            let Some(noun) = noun_in(doc, a, e) else {
                continue;
            };
            let active = (a..e).any(|k| doc.lex.verbs.longest(&doc.ids[..e], k).is_some())
                || (a..e).any(|k| cue_at(doc, k, e).is_some_and(|(_, c)| c == "held"));
            if active && !doc.persons.is_empty() && !sentence_has_cue(doc, s, "future") {
                let dated = lead_date(doc, s);
                leads.push(Lead {
                    sentence: s,
                    date: dated.map(|(_, d)| d),
                    noun: Some(noun),
                    dated_by: dated.map(|(f, _)| f),
                    trip: false,
                    heading: None,
                });
                break;
            }
        }
    }
    leads
}

/// The meeting's date, filling in the year.
fn resolve_date(doc: &Doc, lead: &Lead) -> Option<Date> {
    let sent = doc.sents[lead.sentence];
    let congress = lead
        .noun
        .is_some_and(|(k, _)| doc.words[k] == "đại" && doc.words.get(k + 1) == Some(&"hội"));
    let year_from_text = || {
        congress
            .then(|| {
                term_start(doc, sent.tok_start, sent.tok_end)
                    .or_else(|| term_start(doc, 0, doc.toks.len()))
            })
            .flatten()
            .or_else(|| anniversary_year(doc, sent.tok_start, sent.tok_end))
            .or_else(|| {
                year_mentions(doc, sent.tok_start, sent.tok_end)
                    .first()
                    .copied()
            })
    };
    // With no publication date: "tháng 5/2024" of the meeting's month, or a
    // full date of that month, anywhere in the text.
    let year_of_month = |month: u8| {
        let n = doc.toks.len();
        month_year_mentions(doc, 0, n)
            .into_iter()
            .find(|&(m, _)| m == month)
            .map(|(_, y)| y)
            .or_else(|| {
                find_dates(doc, 0, n)
                    .into_iter()
                    .filter(|d| !in_doc_mention(doc, d))
                    .find(|d| d.month == month && d.year.is_some())
                    .and_then(|d| d.year)
            })
    };
    match lead.date {
        Some(h) => {
            let year = h.year.or_else(|| {
                doc.published
                    .map(|p| {
                        // A late-December meeting reported in January.
                        let pm = p.month.unwrap_or(12);
                        if pm <= 2 && h.month >= 11 {
                            p.year - 1
                        } else {
                            p.year
                        }
                    })
                    .or_else(year_from_text)
                    .or_else(|| year_of_month(h.month))
            })?;
            Date::ymd(year, u32::from(h.month), u32::from(h.day))
        }
        None => doc.published.map(|p| Date::year_only(p.year)).or_else(|| {
            congress
                .then(|| term_start(doc, 0, doc.toks.len()))
                .flatten()
                .or_else(|| year_mentions(doc, 0, doc.toks.len()).first().copied())
                .map(Date::year_only)
        }),
    }
}

/// Whether a meeting of `date` is planned, not held: dated two days to a
/// month after the article was published, as the items of a weekly
/// schedule are. (A report dated the day before its meeting, or months
/// before, has a wrong date line.)
fn ahead_of_publication(doc: &Doc, date: Option<Date>) -> bool {
    date.zip(doc.published)
        .and_then(|(d, p)| d.days_since(&p))
        .is_some_and(|n| (2..=31).contains(&n))
}

/// Bodies in a range, with their token spans.
fn bodies_in(doc: &Doc, a: usize, e: usize) -> Vec<(usize, BodyMatch)> {
    let mut out = Vec::new();
    let mut k = a;
    while k < e {
        match parse_body(doc, k, e) {
            Some(b) if b.len > 0 => {
                k += b.len;
                // "tại Hội trường Huyện ủy": a venue (`venues.txt`).
                if doc.lex.venues.ending_at(&doc.ids, k - b.len, 3).is_none() {
                    out.push((k - b.len, b));
                }
            }
            _ => k += 1,
        }
    }
    out
}

fn in_person(doc: &Doc, k: usize) -> bool {
    doc.persons_in(doc.sentence_of(k))
        .iter()
        .any(|p| p.tok_start <= k && k < p.tok_end)
}

/// The bodies written as the subject of the verb at `v` in tokens `a..e`,
/// several when joined by dashes or by commas between bare bodies, in
/// text order.
fn subjects_of(
    doc: &Doc,
    bodies: &[(usize, BodyMatch)],
    a: usize,
    e: usize,
    v: usize,
) -> Vec<BodyMatch> {
    let mut out: Vec<(usize, BodyMatch)> = Vec::new();
    let mut want_end = v;
    let mut via_comma = false;
    // Skip "đã", "phối hợp", a term, a ", quận X" qualifier between the
    // body and the verb.
    let reaches = |start: usize, b: &BodyMatch, want_end: usize| -> bool {
        let mut j = start + b.len;
        // A long name's short form in brackets ("Ban Chỉ đạo về phát triển
        // khoa học, ... xã X (Ban Chỉ đạo 57) tổ chức"): the short form
        // is the subject.
        if start > 0 && doc.is_punct(start - 1, "(") && doc.is_punct(j, ")") {
            j += 1;
        }
        loop {
            let before = j;
            j += skip_term(doc, j, e);
            if doc.is_punct(j, "(") {
                if let Some(c) = (j + 1..want_end).find(|&q| doc.is_punct(q, ")")) {
                    j = c + 1;
                }
            }
            while j < want_end {
                if doc.is_punct(j, ",") {
                    j += 1;
                } else if let Some(n) = cue_of_class(doc, j, want_end, "between") {
                    j += n;
                } else {
                    break;
                }
            }
            if j < want_end {
                if let Some((ln, _)) = doc.lex.levels.longest(&doc.ids[..e], j) {
                    // ", quận Hai Bà Trưng", ", Thành phố Hồ Chí Minh", ", TP.HCM"
                    let mut q = j + ln;
                    if doc.is_punct(q, ".") {
                        q += 1;
                    }
                    let named = q;
                    // ", Quận 3" too.
                    while q < want_end && (doc.toks[q].cap || doc.toks[q].kind == TokKind::Num) {
                        q += 1;
                    }
                    if q > named {
                        j = q;
                    }
                } else if let Some((n, _)) = super::places::match_place(
                    doc,
                    super::places::Want::PROVINCE,
                    j,
                    want_end,
                    &doc.loc,
                ) {
                    // ", Hà Nội"
                    j += n;
                }
            }
            if j == before || j >= want_end {
                break;
            }
        }
        j == want_end
    };
    while let Some((start, b)) = bodies
        .iter()
        .rev()
        .find(|(st, b)| st + b.len <= want_end && reaches(*st, b, want_end))
    {
        if in_person(doc, *start)
            || (*start > 0 && doc.words[start - 1] == "của" && !delegation_of(doc, a, start - 1))
        {
            break;
        }
        // Over a comma only a bare body ("Đảng ủy, HĐND, UBND phường X")
        // joins the list: "tại trụ sở UBND phường, Đảng ủy ..." is a
        // place, not an organizer.
        // A level word inside a committee's own name ("Huyện ủy") writes
        // no place.
        let writes_place = |t: usize| {
            doc.lex.levels.longest(&doc.ids[..e], t).is_some()
                && doc
                    .lex
                    .bodies
                    .longest(&doc.ids[..e], t)
                    .is_none_or(|(n, _)| t + n != start + b.len)
        };
        if via_comma && (*start..start + b.len).any(writes_place) {
            break;
        }
        out.push((*start, b.clone()));
        // Continue left over a dash, or a comma or "và" after a bare body
        // ("Huyện ủy và UBND huyện Thanh Oai").
        via_comma = *start > a && (doc.is_punct(start - 1, ",") || doc.words[start - 1] == "và");
        if *start > a && (doc.is_dash(start - 1) || via_comma) {
            want_end = start - 1;
        } else {
            break;
        }
    }
    if let Some(shared) = out.first().and_then(|(_, b)| b.place) {
        // "Đảng ủy - HĐND - UBND phường Yên Hòa": the place written
        // last is every item's.
        for (start, b) in out.iter_mut().skip(1) {
            if let Some(s2) = parse_body_sharing(doc, *start, e, shared) {
                if s2.len == b.len {
                    *b = s2;
                }
            }
        }
    }
    out.reverse();
    out.into_iter().map(|(_, b)| b).collect()
}

/// Whether the verb at `v` follows a party organisation a unit belongs to:
/// "(Đảng bộ xã Y)" or "thuộc Đảng bộ phường Y".
fn parent_before(doc: &Doc, a: usize, v: usize) -> bool {
    let mut q = v;
    while let Some(t) = cue_ending_at(doc, a, q, "between") {
        q = t;
    }
    (a + 1..q).rev().take(12).any(|t| {
        (doc.is_punct(t, "(") || doc.words[t] == "thuộc")
            && doc.words_are(t + 1, "đảng bộ")
            && super::bodies::unit_locality(doc, t, q)
                .is_some_and(|(n, _)| place_tail(doc, t + n, q))
    })
}

/// Whether tokens `from..q` are nothing or a place after a comma (",
/// thành phố Buôn Ma Thuột") that qualifies what stands before it.
fn place_tail(doc: &Doc, from: usize, q: usize) -> bool {
    if from == q {
        return true;
    }
    let Some((m, _)) = doc
        .lex
        .levels
        .longest(&doc.ids[..q], from + 1)
        .filter(|_| doc.is_punct(from, ","))
    else {
        return false;
    };
    from + 1 + m < q
        && (from + 1 + m..q).all(|t| {
            let k = doc.toks[t].kind;
            (k == TokKind::Word && doc.toks[t].cap) || k == TokKind::Num
        })
}

/// A body the lexicon cannot list, named as written, as the subject of the
/// verb at `v`: "Sáng 5/9, Trường THCS Thanh Tân tổ chức Lễ khai giảng"
/// (`free_bodies.txt`). It fills the clause from a comma or the sentence
/// start to the verb.
fn free_subject(doc: &Doc, a: usize, v: usize) -> Option<BodyMatch> {
    // Back over "đã", "long trọng", ... before the verb.
    let mut q = v;
    while let Some(t) = cue_ending_at(doc, a, q, "between") {
        q = t;
    }
    let clause = |end: usize| {
        (a..end)
            .rev()
            .find(|&t| doc.is_punct(t, ","))
            .map_or(a, |t| t + 1)
    };
    // "Chi bộ Tổ dân phố số 7 (Đảng bộ phường Bạch Mai, quận ...) tổ
    // chức", "Chi bộ Khu phố 3 thuộc Đảng bộ phường X tổ chức": the
    // brackets or "thuộc" name the unit's locality.
    let verb_at = q;
    let mut locality = None;
    let reads_to_verb = |t: usize| {
        super::bodies::unit_locality(doc, t, q).filter(|&(n, _)| place_tail(doc, t + n, q))
    };
    if q > a && doc.is_punct(q - 1, ")") {
        let open = (a..q).rev().find(|&t| doc.is_punct(t, "("))?;
        locality = reads_to_verb(open)?.1;
        q = open;
    } else if let Some((t, place)) = (a..q)
        .rev()
        .find(|&t| doc.words[t] == "thuộc")
        .and_then(|t| Some((t, reads_to_verb(t)?.1)))
    {
        locality = place;
        q = t;
    }
    let mut start = clause(q);
    let mut name_end = q;
    // "Ban công tác Mặt trận khu Đồng Tâm, xã Cự Đồng tổ chức": the place
    // after a comma qualifies the body before it.
    if start > a + 1 && doc.lex.levels.longest(&doc.ids[..q], start).is_some() {
        name_end = start - 1;
        start = clause(name_end);
    }
    if name_end <= start + 1 || q - start > 16 || !doc.toks[start].cap {
        return None;
    }
    // "Đảng bộ Công ty cổ phần May xuất khẩu Hậu Nghĩa tổ chức Đại hội",
    // "Ban Chấp hành Đảng bộ Sở Xây dựng ... tổ chức": the party
    // organisation of a unit the lexicon cannot list, named as written.
    let mut head = start;
    while let Some((n, b)) = doc.lex.bodies.longest(&doc.ids[..name_end], head) {
        let party = match b.class {
            BodyClass::Prefix => b.default_family.as_deref() == Some("party"),
            BodyClass::Committee | BodyClass::Leveled => b.canonical.starts_with("Đảng "),
            _ => false,
        };
        if !party || head + n >= name_end {
            break;
        }
        head += n;
    }
    doc.lex.free_bodies.longest(&doc.ids[..name_end], head)?;
    // "Phòng Giáo dục và Đào tạo (GD&ĐT) huyện Thọ Xuân": an abbreviation
    // in brackets inside the name is left out of it.
    let abbrev = |t: usize| {
        let opens = doc.is_punct(t, "(") && doc.toks.get(t + 1).is_some_and(|x| x.upper);
        opens
            .then(|| (t + 2..(t + 5).min(name_end)).find(|&c| doc.is_punct(c, ")")))
            .flatten()
    };
    let mut parts: Vec<String> = Vec::new();
    let (mut t, mut run) = (start, start);
    while t < name_end {
        if let Some(c) = abbrev(t) {
            parts.push(super::bodies::unit_text(doc, run, t));
            t = c + 1;
            run = t;
            continue;
        }
        // ("Phòng GD&ĐT thành phố": an ampersand joins two words.)
        let amp = doc.is_punct(t, "&") && t > start && t + 1 < name_end;
        if !(matches!(doc.toks[t].kind, TokKind::Word | TokKind::Num) || doc.is_dash(t) || amp) {
            return None;
        }
        t += 1;
    }
    // "Phòng GD-ĐT huyện": abbreviations spelled out, as in a title.
    parts.push(super::bodies::unit_text(doc, run, name_end));
    if in_person(doc, start) {
        return None;
    }
    let mut name = crate::text::squash(&parts.join(" "));
    // "Sở Y tế tổ chức": a province's department with no locality written
    // is the article's province's.
    if locality.is_none() {
        locality = super::bodies::province_unit_place(doc, start, name_end);
    }
    // "Chi bộ Tổ dân phố số 14, phường Định Công tổ chức": a numbered unit
    // needs its parent, the ward after the comma or else the article's.
    let locality = locality.or_else(|| {
        super::bodies::numbered_unit_ward(doc, start, name_end, verb_at).map(|(_, p)| p)
    });
    if let Some(place) = locality {
        name = format!("{name} {place}");
    }
    Some(BodyMatch::as_written(verb_at - start, &name))
}

/// Whether "của" at `k` follows a delegation ("Đoàn kiểm tra số 3 của"):
/// the body after it sends the delegation, so it holds the working visit.
/// The team's topic may be an acronym ("Đoàn kiểm tra CCHC của UBND
/// tỉnh"), when no body starts at it.
fn delegation_of(doc: &Doc, a: usize, k: usize) -> bool {
    (a..k).rev().take(5).any(|d| {
        cue_of_class(doc, d, k, "delegation").is_some()
            && doc.lex.bodies.longest(&doc.ids[..k], d).is_none()
            && (d + 1..k).all(|q| {
                let t = &doc.toks[q];
                matches!(t.kind, TokKind::Word | TokKind::Num)
                    && (!t.cap
                        || (t.upper
                            && t.end - t.start > 1
                            && doc.lex.bodies.longest(&doc.ids[..k], q).is_none()))
            })
    })
}

/// A team of a place's offices opening the clause of tokens `a..e`
/// ("Đoàn kiểm tra liên ngành quận Cái Răng"): a capitalised delegation
/// noun, at most two lowercase words, a `joint` cue and the place.
fn joint_team(doc: &Doc, a: usize, e: usize) -> Option<BodyMatch> {
    let (d, l) = (a..e.min(a + 8)).find_map(|d| {
        (doc.toks[d].cap && doc.toks[d].kind == TokKind::Word)
            .then(|| cue_of_class(doc, d, e, "delegation").map(|l| (d, l)))
            .flatten()
    })?;
    let k = (d + l..(d + l + 3).min(e))
        .take_while(|&q| doc.toks[q].kind == TokKind::Word && !doc.toks[q].cap)
        .find_map(|q| cue_of_class(doc, q, e, "joint").map(|n| q + n))?;
    let (_, place) = super::bodies::unit_locality(doc, k, e)?;
    let name = format!("{} {}", doc.kept_text(d, k), place?);
    Some(BodyMatch::as_written(0, &name))
}

/// Where a locality written after a unit and before the verb at `v`
/// starts: a bracket ("(huyện Quảng Điền)") or a comma (", xã Ia Dom")
/// opening a level word and a capitalised name, and words that may stand
/// before the verb (`between` cues: "long trọng").
fn locality_before(doc: &Doc, a: usize, v: usize) -> Option<usize> {
    let lex = doc.lex;
    let ids = &doc.ids[..v];
    let mut end = v;
    while let Some(b) = (end.saturating_sub(3).max(a)..end)
        .find(|&b| cue_of_class(doc, b, end, "between") == Some(end - b))
    {
        end = b;
    }
    let p = if end > a && doc.is_punct(end - 1, ")") {
        (end.saturating_sub(8).max(a)..end - 1)
            .rev()
            .find(|&q| doc.is_punct(q, "("))?
    } else {
        (end.saturating_sub(8).max(a)..end)
            .rev()
            .find(|&q| doc.is_punct(q, ","))?
    };
    let (n, _) = lex.levels.longest(ids, p + 1)?;
    let close = usize::from(doc.is_punct(end - 1, ")"));
    let named =
        (p + 1 + n..end - close).all(|q| doc.toks[q].cap && doc.toks[q].kind == TokKind::Word);
    (p > a && p + 1 + n < end - close && named).then_some(p)
}

/// The host a sentence names for a visit told just before it: "UBND
/// phường X tổ chức buổi làm việc với đoàn", "Buổi làm việc do Đảng ủy xã
/// X tổ chức tại ...".
fn named_host(doc: &Doc, s: usize) -> Option<BodyMatch> {
    let (a, e) = (doc.sents[s].tok_start, doc.sents[s].tok_end);
    let bodies = bodies_in(doc, a, e);
    let held = |v: usize| cue_at(doc, v, e).is_some_and(|(_, c)| c == "held");
    (a..e).find_map(|k| {
        let (n, _) = doc.lex.meeting_nouns.longest(&doc.ids[..e], k)?;
        // "Buổi làm việc do <body> tổ chức".
        if k + n < e && doc.words[k + n] == "do" {
            let (st, b) = bodies.iter().find(|(st, _)| *st == k + n + 1)?;
            return held(st + b.len).then(|| b.clone());
        }
        // "<body> tổ chức buổi làm việc với đoàn".
        let v = (a..k)
            .rev()
            .find(|&v| cue_at(doc, v, e).is_some_and(|(l, c)| c == "held" && v + l == k))?;
        // ("buổi làm việc với" is a noun of its own.)
        let j = if doc.words[k + n - 1] == "với" {
            k + n
        } else {
            k + n + 1
        };
        let with_delegation =
            j < e && doc.words[j - 1] == "với" && cue_of_class(doc, j, e, "delegation").is_some();
        with_delegation.then(|| subjects_of(doc, &bodies, a, e, v).into_iter().next())?
    })
}

/// The organizer(s) of the meeting reported in sentence `s`.
fn organizer(doc: &Doc, s: usize, noun: Option<(usize, usize)>) -> Vec<BodyMatch> {
    let (a, e) = (doc.sents[s].tok_start, doc.sents[s].tok_end);
    let bodies = bodies_in(doc, a, e);
    // (a) The subject of "tổ chức", "chủ trì", ...: bodies right before the
    // verb, possibly several joined by dashes ("Huyện ủy - HĐND - UBND huyện").
    for v in a..e {
        // The meeting noun serves as the verb too: "Thường trực Huyện ủy
        // gặp mặt cán bộ hưu trí".
        let held = cue_at(doc, v, e).is_some_and(|(_, c)| c == "held")
            || noun.is_some_and(|(k, _)| k == v);
        if !held {
            continue;
        }
        let mut out = subjects_of(doc, &bodies, a, e, v);
        // "Chi bộ thôn X (Đảng bộ xã Y) tổ chức": the party organisation
        // in brackets or after "thuộc" is the unit's parent, not the
        // subject.
        if out.is_empty() || parent_before(doc, a, v) {
            if let Some(f) = free_subject(doc, a, v) {
                out = vec![f];
            }
        }
        // "Trường Tiểu học Quảng Công (huyện Quảng Điền) tổ chức", "Trường
        // TH&THCS Kpă Klơng, xã Ia Dom long trọng tổ chức": the unit's
        // locality may stand between it and the verb.
        if out.is_empty() {
            if let Some(f) = locality_before(doc, a, v).and_then(|p| free_subject(doc, a, p)) {
                out = vec![f];
            }
        }
        // "A phối hợp với B tổ chức": A holds it too, whether or not B is a
        // body the lexicon knows ("... với Học viện Chính trị quốc gia").
        if let Some(p) = (a..v).rev().find(|&p| {
            doc.words_are(p, "phối hợp với")
                || doc.words_are(p, "phối hợp cùng")
                || (doc.words_are(p, "phối hợp") && p + 2 < v && doc.toks[p + 2].cap)
        }) {
            if !(p..v).any(|q| {
                doc.is_punct(q, ";") || cue_at(doc, q, e).is_some_and(|(_, c)| c == "held")
            }) {
                let mut first = subjects_of(doc, &bodies, a, e, p);
                first.extend(out);
                out = first;
            }
        }
        // "UBND tỉnh Sơn La và chính quyền tỉnh Hủa Phăn tổ chức hội đàm":
        // with no body right before the verb, a body joined by "và" to a
        // short partner the lexicon lacks holds it.
        if out.is_empty() {
            if let Some(p) = (v.saturating_sub(8).max(a + 1)..v).rev().find(|&p| {
                doc.words[p] == "và"
                    && (p + 1..v).all(|q| doc.toks[q].kind == TokKind::Word)
                    && cue_of_class(doc, p + 1, v, "between").is_none()
            }) {
                out = subjects_of(doc, &bodies, a, e, p);
            }
        }
        if !out.is_empty() {
            return out;
        }
    }
    // (a') The agent of a passive verb before the noun: "dự thảo đã được
    // Thường trực Đảng ủy phường xem xét tại cuộc làm việc ...".
    if let Some((k, _)) = noun {
        let agent = bodies.iter().find(|(st, b)| {
            *st > a
                && doc.words[st - 1] == "được"
                && st + b.len < k
                && k - (st + b.len) <= 4
                && (st + b.len..k).all(|q| doc.toks[q].kind == TokKind::Word && !doc.toks[q].cap)
        });
        if let Some((_, b)) = agent {
            return vec![b.clone()];
        }
    }
    // (b0) "Đoàn kiểm tra liên ngành quận Cái Răng do ông X làm trưởng
    // đoàn đã kiểm tra ...": a team of a place's offices, named as written.
    if let Some(b) = joint_team(doc, a, e) {
        return vec![b];
    }
    // (b) A delegation's sender, with a clause before the verb: "Đoàn công
    // tác của Ban Thường vụ Tỉnh ủy do đồng chí X làm trưởng đoàn có buổi
    // làm việc với ...".
    // ("Đoàn thẩm định của Ban Chỉ đạo ... tỉnh do ông X làm Trưởng đoàn
    // đã về thẩm định ...": with no meeting noun, the sender still holds
    // the visit the sentence tells.)
    {
        let k = noun.map_or(e, |(k, _)| k);
        // ("đoàn công tác UBND huyện Hà Trung": the sender right after
        // the delegation and its two lowercase words, "của" left out.)
        let right_after = |st: usize| {
            (st.saturating_sub(3).max(a)..st).any(|d| {
                cue_of_class(doc, d, st, "delegation").is_some_and(|l| {
                    (d + l..st).all(|q| doc.toks[q].kind == TokKind::Word && !doc.toks[q].cap)
                })
            })
        };
        if let Some((_, b)) = bodies.iter().find(|(st, _)| {
            *st > a
                && *st < k
                && ((doc.words[st - 1] == "của" && delegation_of(doc, a, st - 1))
                    || right_after(*st))
        }) {
            return vec![b.clone()];
        }
    }
    // (c) The body after the meeting noun: "Hội nghị Ban Chấp hành Đảng bộ
    // quận lần thứ 25", "Đại hội đại biểu lần thứ XXIII Đảng bộ huyện Ba Vì";
    // or after a later one ("X đã đi kiểm tra ... và làm việc với UBND xã").
    let later = noun.and_then(|(k, n)| {
        (k + n..e).find_map(|q| {
            let joined = doc.words[q - 1] == "và" || doc.is_punct(q - 1, ",");
            doc.lex
                .meeting_nouns
                .longest(&doc.ids[..e], q)
                .filter(|_| joined)
                .map(|(m, _)| (q, m))
        })
    });
    for (k, n) in noun.into_iter().chain(later) {
        let mut j = k + n;
        let mut lim = (j + 8).min(e);
        while j < lim {
            // A restatement in brackets or after a dash ("Kỳ họp thứ 9 (kỳ
            // họp thường lệ giữa năm 2023) của HĐND thành phố", "kỳ họp thứ
            // 14 – kỳ họp thường lệ giữa năm 2020 của HĐND thị xã") stands
            // between the noun and its body.
            let aside = if doc.is_punct(j, "(") {
                (j + 1..(j + 12).min(e))
                    .find(|&q| doc.is_punct(q, ")"))
                    .filter(|_| {
                        doc.lex
                            .meeting_nouns
                            .longest(&doc.ids[..e], j + 1)
                            .is_some()
                    })
                    .map(|q| q + 1)
            } else if (doc.is_punct(j, "–") || doc.is_punct(j, "-"))
                && doc
                    .lex
                    .meeting_nouns
                    .longest(&doc.ids[..e], j + 1)
                    .is_some()
            {
                Some(j + 1)
            } else {
                None
            };
            if let Some(q) = aside {
                lim = (q + 10).min(e);
                j = q;
                continue;
            }
            if let Some((start, b)) = bodies.iter().find(|(st, _)| *st == j) {
                if !in_person(doc, *start) {
                    return vec![b.clone()];
                }
            }
            // "sinh hoạt định kỳ tháng 10 của Chi bộ thôn Bảo Lộc".
            if doc.words[j - 1] == "của" {
                if let Some(b) = super::bodies::free_body_at(doc, j, e) {
                    return vec![b];
                }
            }
            // The visitor's "dự sinh hoạt ... với Chi bộ thôn X": a unit the
            // lexicon cannot list is the host (a known body after "làm việc
            // với" is visited, not the organizer).
            if doc.words[j] == "với" {
                if let Some(b) = super::bodies::free_body_at(doc, j + 1, e) {
                    return vec![b];
                }
            }
            if let Some(n) = cue_of_class(doc, j, lim, "after_noun") {
                j += n;
                continue;
            }
            let skip = doc.is_punct(j, "(")
                || doc.is_punct(j, ")")
                || doc.toks[j].kind == TokKind::Num
                || (doc.toks[j].upper && doc.tok_text(j).chars().all(|c| "IVXLCDM".contains(c)))
                || doc.lex.meeting_nouns.longest(&doc.ids[..e], j).is_some();
            if !skip {
                break;
            }
            j += 1;
        }
    }
    // (d) A place holds it ("quận Cầu Giấy đã tổ chức"): the body the
    // headline opens with, else the place's party committee.
    let place_subject = (a..e).any(|v| {
        if cue_at(doc, v, e).is_none_or(|(_, c)| c != "held") {
            return false;
        }
        let mut q = v;
        while q > a && cue_of_class(doc, q - 1, q, "between") == Some(1) {
            q -= 1;
        }
        let mut p = q;
        while p > a && doc.toks[p - 1].cap && doc.toks[p - 1].kind == TokKind::Word {
            p -= 1;
        }
        // The place itself is the subject ("Sáng 14/12, quận X tổ chức"),
        // not the tail of a body the lexicon lacks ("Hội đồng ABC quận X").
        let alone = p < a + 2 || matches!(doc.toks[p - 2].kind, TokKind::Punct | TokKind::Num);
        p < q
            && p > a
            && alone
            && !in_person(doc, p)
            && doc
                .lex
                .levels
                .longest(&doc.ids[..e], p - 1)
                .is_some_and(|(n, _)| n == 1)
    });
    if place_subject {
        if doc.headline_end > 0 {
            if let Some(b) = parse_body(doc, 0, doc.headline_end) {
                return vec![b];
            }
        }
        if let Some(b) = super::bodies::default_party_committee(doc) {
            return vec![b];
        }
    }
    Vec::new()
}

fn roman(s: &str) -> Option<u32> {
    let mut total = 0u32;
    let mut prev = 0u32;
    for c in s.chars().rev() {
        let v = match c {
            'I' => 1,
            'V' => 5,
            'X' => 10,
            'L' => 50,
            'C' => 100,
            _ => return None,
        };
        if v < prev {
            total = total.checked_sub(v)?;
        } else {
            total += v;
            prev = v;
        }
    }
    (total > 0).then_some(total)
}

/// "lần thứ 25", "thứ XI" within a few tokens after the meeting noun at `k`.
fn ordinal_after(doc: &Doc, k: usize, e: usize) -> Option<u32> {
    for j in k..(k + 10).min(e) {
        if doc.words[j] == "thứ" && j + 1 < e {
            let w = doc.tok_text(j + 1);
            if let Ok(n) = w.parse::<u32>() {
                return Some(n);
            }
            if w == "nhất" {
                return Some(1);
            }
            if let Some(n) = roman(w) {
                return Some(n);
            }
        }
        if doc.is_punct(j, ".") || doc.is_punct(j, ";") {
            break;
        }
    }
    None
}

/// Ordinal of the meeting, with the conflict between headline and body when
/// they disagree (the body, said more often, wins).
fn ordinal(
    doc: &Doc,
    lead: &Lead,
    scope: Range<usize>,
) -> (Option<u32>, Option<serde_json::Value>) {
    let Some((nk, nn)) = lead.noun else {
        return (None, None);
    };
    let noun = &doc.words[nk..nk + nn];
    let mut votes: Vec<(u32, &'static str)> = Vec::new();
    for k in scope {
        if doc.words[k..].starts_with(noun) {
            let e = doc.sents[doc.sentence_of(k)].tok_end;
            if let Some(o) = ordinal_after(doc, k, e) {
                votes.push((
                    o,
                    if doc.is_headline(k) {
                        "headline"
                    } else {
                        "body"
                    },
                ));
            }
        }
    }
    let lead_sent = doc.sents[lead.sentence];
    let lead_ord = ordinal_after(doc, nk, lead_sent.tok_end);
    if votes.is_empty() {
        return (lead_ord, None);
    }
    let mut counts: Vec<(u32, usize)> = Vec::new();
    for (o, _) in &votes {
        match counts.iter_mut().find(|(v, _)| v == o) {
            Some(c) => c.1 += 1,
            None => counts.push((*o, 1)),
        }
    }
    let best = counts
        .iter()
        .max_by_key(|(v, c)| (*c, Some(*v) == lead_ord))
        .map(|(v, _)| *v);
    let conflict = (counts.len() > 1).then(|| {
        json!({
            "field": "ordinal",
            "chosen": best,
            "values": votes.iter().map(|(o, w)| json!({"value": o, "where": w})).collect::<Vec<_>>(),
        })
    });
    (best, conflict)
}

/// Person roles in sentence `s`: chairs first, then verbs of speech.
fn roles_in_sentence(doc: &Doc, s: usize) -> Vec<(usize, EdgeType)> {
    let (a, e) = (doc.sents[s].tok_start, doc.sents[s].tok_end);
    let mentions: Vec<(usize, usize, usize)> = doc
        .persons_in(s)
        .iter()
        .filter(|p| !p.absent)
        .map(|p| (p.tok_start, p.tok_end, p.entity))
        .collect();
    let mut out = Vec::new();
    // (A sentence naming no one may still name the delegation's head by
    // the post: "Buổi làm việc do đồng chí Trưởng đoàn chủ trì".)
    let head_named = || (a..e).any(|q| super::persons::delegation_head_at(doc, q));
    if (mentions.is_empty() && !head_named()) || conditional(doc, s) {
        return out;
    }
    let mut k = a;
    while k < e {
        let Some((n, verb)) = doc.lex.verbs.longest(&doc.ids[..e], k) else {
            k += 1;
            continue;
        };
        // "đồng chí X sẽ chủ trì hội nghị": a role still to come; the
        // "dự" of "Dự kiến, ..." is no attendance.
        // (A verb read from inside a title, "Hội đồng chủ trì" read as
        // "đồng chủ trì", leaves the words after the title to be read.)
        if in_person(doc, k) {
            k += 1;
            continue;
        }
        if (k > a && doc.words[k - 1] == "sẽ") || cue_of_class(doc, k, e, "future").is_some() {
            k += n;
            continue;
        }
        let before: Vec<&(usize, usize, usize)> = mentions.iter().filter(|m| m.1 <= k).collect();
        let after: Vec<&(usize, usize, usize)> = mentions.iter().filter(|m| m.0 >= k + n).collect();
        // "...; cùng chủ trì (hội nghị) có đồng chí Y": "có" or "là" after
        // the verb puts its persons after it, whoever came before.
        let mut q = k + n;
        if let Some((m, _)) = doc.lex.meeting_nouns.longest(&doc.ids[..e], q) {
            q += m;
        }
        let introduces = q < e && matches!(doc.words[q], "có" | "là");
        let persons_after = verb.position == VerbPosition::After
            || (verb.position == VerbPosition::Both && (before.is_empty() || introduces));
        // "giao Ủy ban Kiểm tra Huyện ủy chủ trì kiểm tra ...": a body
        // assigned a task (cue class `assign`) right before the verb is its
        // subject, and no person chairs.
        // So is a unit the lexicon lacks, read freely, and a speaker's
        // request gives a task too ("đề nghị Sở Nông nghiệp và Môi trường
        // chủ trì, phối hợp ...").
        let assigned_unit = || {
            (k.saturating_sub(10).max(a)..k).any(|st| {
                doc.toks[st].cap
                    && (cue_ending_at(doc, a, st, "assign").is_some()
                        || cue_ending_at(doc, a, st, "speech").is_some())
                    && (super::bodies::free_body_at(doc, st, e).is_some()
                        // "yêu cầu Trưởng phòng Nông nghiệp và Môi trường
                        // chủ trì rà soát ...": a post given the task.
                        || super::bodies::parse_title(doc, st, e).is_some_and(|t| st + t.len == k))
                    && (st..k).all(|q| doc.toks[q].kind == TokKind::Word)
            })
        };
        // "... 32 đề án giao cho các cơ quan, đơn vị chủ trì": units named
        // by common nouns after the task's cue.
        let assigned_common = || {
            (k.saturating_sub(8).max(a)..k).any(|st| {
                cue_ending_at(doc, a, st, "assign").is_some()
                    && (st..k).all(|q| {
                        (doc.toks[q].kind == TokKind::Word && !doc.toks[q].cap)
                            || doc.is_punct(q, ",")
                    })
            })
        };
        // "Đồng chí giao Trung tá X chủ trì theo dõi ...": a person given
        // the task, the rank or honorific between.
        let assigned_person = || {
            before.iter().any(|m| {
                m.1 == k
                    && (m.0.saturating_sub(4).max(a)..=m.0).any(|st| {
                        let lex = doc.lex;
                        let title_word = |q: usize| {
                            lex.ranks
                                .longest(&doc.ids[..m.0], q)
                                .is_some_and(|(n, _)| q + n == m.0)
                                || lex
                                    .honorifics
                                    .longest(&doc.ids[..m.0], q)
                                    .is_some_and(|(n, _)| q + n == m.0)
                        };
                        cue_ending_at(doc, a, st, "assign").is_some()
                            && (st == m.0 || title_word(st))
                    })
            })
        };
        if verb.edge == EdgeType::Chaired
            && !persons_after
            && (bodies_in(doc, a, e)
                .iter()
                .any(|(st, b)| st + b.len == k && cue_ending_at(doc, a, *st, "assign").is_some())
                || assigned_unit()
                || assigned_common()
                || assigned_person())
        {
            k += n;
            continue;
        }
        // "giao Phó Chủ tịch UBND huyện X chủ trì, phối hợp với ...": a
        // task given, not the meeting's chair.
        let task = if doc.is_punct(k + n, ",") {
            k + n + 1
        } else {
            k + n
        };
        if verb.edge == EdgeType::Chaired && doc.words_are(task, "phối hợp") {
            k += n;
            continue;
        }
        // "Buổi làm việc do Thường trực Huyện ủy chủ trì, với sự tham dự
        // của các đồng chí: ...", "Hội nghị do đồng chí Trưởng đoàn chủ
        // trì, có sự tham dự của ...": a body, or a post named alone, is
        // the agent after "do"; those named after attend.
        let body_agent = || {
            bodies_in(doc, a, k)
                .iter()
                .any(|(st, b)| st + b.len == k && *st > a && doc.words[st - 1] == "do")
        };
        let post_agent = || {
            (k.saturating_sub(6).max(a)..k)
                .rev()
                .find(|&d| doc.words[d] == "do")
                .is_some_and(|d| {
                    let q = d
                        + 1
                        + doc
                            .lex
                            .honorifics
                            .longest(&doc.ids[..k], d + 1)
                            .map_or(0, |(h, _)| h);
                    doc.lex
                        .roles
                        .longest(&doc.ids[..k], q)
                        .is_some_and(|(r, _)| q + r <= k)
                        && (q..k).all(|t| doc.toks[t].kind == TokKind::Word)
                })
        };
        if verb.edge == EdgeType::Chaired
            && before.is_empty()
            && !introduces
            && k > a
            && (body_agent() || post_agent())
        {
            // "Buổi làm việc do đồng chí Trưởng đoàn chủ trì": the head of
            // the delegation, a post no one is given, is the person who led
            // it ("do đồng chí A, ... làm trưởng đoàn").
            let head = (k >= a + 2 && super::persons::delegation_head_at(doc, k - 2))
                .then(|| super::persons::delegation_head(doc, s))
                .flatten();
            out.extend(head.map(|p| (p, EdgeType::Chaired)));
            k += n;
            continue;
        }
        if verb.edge == EdgeType::Chaired {
            let chosen: Vec<&&(usize, usize, usize)> = if persons_after {
                // "dưới sự chủ trì của (Đoàn Chủ tịch gồm) các đồng chí: A,
                // B, C": all of them; else the first.
                let first = after.first().map_or(e, |m| m.0);
                // ("Đoàn Chủ tịch gồm 5 đồng chí: A, ...; B, ...": a count.)
                if doc.words[k] == "dưới"
                    && !(k + n..first)
                        .any(|t| doc.words_are(t, "các đồng chí") || doc.words[t] == "gồm")
                {
                    // "... của đồng chí A, Bí thư Huyện ủy và đồng chí B,
                    // Chủ tịch UBND huyện": a second chair joined by "và".
                    // "... của Chủ tịch HĐND quận A cùng các Phó Chủ tịch
                    // HĐND quận B, C": "cùng" joins too, and after "cùng
                    // các" or "và các" so do the commas of that list.
                    let joiner = |t: usize| matches!(doc.words[t], "và" | "cùng");
                    // A new clause or an act between two names: "; ", ". "
                    // or a verb.
                    let clause_break = |t: usize| {
                        doc.is_punct(t, ";")
                            || doc.is_punct(t, ".")
                            || doc.lex.verbs.longest(&doc.ids[..e], t).is_some()
                    };
                    let mut in_list = false;
                    let mut chosen: Vec<&&(usize, usize, usize)> = after.iter().take(1).collect();
                    for m in after.iter().skip(1) {
                        let prev = chosen[chosen.len() - 1].1;
                        let mut h = doc
                            .lex
                            .honorifics
                            .ending_at(&doc.ids, m.0, 3)
                            .map_or(m.0, |(st, _)| st);
                        // "... và đồng chí Phó Chủ tịch HĐND phường B": a
                        // title before the second name.
                        if h > prev && !joiner(h - 1) {
                            if let Some(v) = (prev..h)
                                .rev()
                                .take(14)
                                .take_while(|&t| doc.toks[t].kind == TokKind::Word)
                                .find(|&t| joiner(t))
                            {
                                h = v + 1;
                            }
                        }
                        let listed = in_list && h > prev && (prev..h).all(|t| doc.is_punct(t, ","));
                        // "... của đồng chí A – TUV, Bí thư Huyện ủy, đồng
                        // chí B – PBT Huyện ủy, ...": each chair opened by
                        // the honorific after a comma, when no verb follows
                        // the name before the next one.
                        let next = after.iter().find(|x| x.0 > m.0).map_or(e, |x| x.0);
                        // (Or after a semicolon: "... của đồng chí A, Bí
                        // thư Huyện ủy; đồng chí B, Chủ tịch UBND huyện."
                        // The sentence's full stop is no break.)
                        let honored = h < m.0
                            && h > prev
                            && (doc.is_punct(h - 1, ",") || doc.is_punct(h - 1, ";"))
                            && !(m.1..next)
                                .any(|t| clause_break(t) && !(t + 1 == e && doc.is_punct(t, ".")));
                        let joined = listed
                            || honored
                            || (h > prev
                                && joiner(h - 1)
                                // ("... của A, cùng dự có B": B attends.)
                                && !(prev..m.0).any(clause_break));
                        if !joined {
                            break;
                        }
                        in_list = listed || doc.words[h] == "các";
                        chosen.push(m);
                    }
                    chosen
                } else {
                    // "Chủ trì kỳ họp là đồng chí A, ...; cùng dự có đồng
                    // chí B": an attendance verb opening a clause ends the
                    // chairs.
                    let opens = |t: usize| {
                        let t = if t > a && doc.words[t - 1] == "cùng" {
                            t - 1
                        } else {
                            t
                        };
                        t > a && (doc.is_punct(t - 1, ";") || doc.is_punct(t - 1, ","))
                    };
                    let first = after.first().map_or(e, |m| m.0);
                    let stop = (first..e)
                        .find(|&t| {
                            opens(t)
                                && !in_person(doc, t)
                                && doc
                                    .lex
                                    .verbs
                                    .longest(&doc.ids[..e], t)
                                    .is_some_and(|(_, v)| v.edge == EdgeType::Attended)
                        })
                        .unwrap_or(e);
                    after.iter().filter(|m| m.0 < stop).collect()
                }
            } else {
                // "Dự hội nghị có đồng chí A...; đồng chí B... chủ trì hội
                // nghị": a sentence opened by an attendance verb of the
                // lexicon lists who attended, and the verb's own clause who
                // chaired. Without such a lead, everyone before
                // the verb chairs ("A...; B... đồng chủ trì").
                let attended = (a..mentions[0].0).any(|t| {
                    doc.lex
                        .verbs
                        .longest(&doc.ids[..e], t)
                        .is_some_and(|(_, v)| v.edge == EdgeType::Attended)
                });
                // "...; đồng chí B – Chủ tịch UBND huyện, chủ trì buổi lễ":
                // a verb set off by a comma is the last item's own, unless
                // it says the chairing was shared ("đồng chủ trì").
                // Not after "Các đồng chí: A – ...; B – ... được bầu vào Đoàn
                // Chủ tịch, chủ trì Đại hội", whose verb is the list's.
                let listed = doc.words[a] == "các"
                    && doc.lex.honorifics.longest(&doc.ids[..e], a + 1).is_some();
                let own = k > a && doc.is_punct(k - 1, ",") && doc.words[k] != "đồng" && !listed;
                let clause = match (a..k).rev().find(|&t| doc.is_punct(t, ";")) {
                    Some(t) if attended || own => t + 1,
                    _ => a,
                };
                before.iter().filter(|m| m.0 >= clause).collect()
            };
            for m in chosen {
                out.push((m.2, EdgeType::Chaired));
            }
        } else if persons_after {
            // "Ủy ban Kiểm tra Huyện ủy kết luận đồng chí X đã ...": a body
            // right before the verb is its subject, and the person after
            // it what it speaks of.
            let body_subject =
                || !introduces && bodies_in(doc, a, k).iter().any(|(st, b)| st + b.len == k);
            if let Some(m) = after.first().filter(|_| !body_subject()) {
                out.push((m.2, verb.edge));
            }
        } else if let Some(m) = before.last().filter(|m| k - m.1 <= 3) {
            out.push((m.2, verb.edge));
        }
        k += n;
    }
    out
}

/// The kind of meeting the meeting noun at `k` (`l` tokens) names ("Cuộc
/// họp", "Buổi kiểm tra"): the lexicon's, else the words as written.
fn noun_kind(doc: &Doc, k: usize, l: usize) -> String {
    let kind = match doc.lex.meeting_nouns.longest(&doc.ids[..k + l], k) {
        Some((_, Some(kind))) => kind.clone(),
        _ => doc.span_text(k, k + l).to_string(),
    };
    capitalize(&fold(&kind))
}

/// The meeting a photo caption ("Ảnh: ...") speaks of: the one meeting
/// whose kind a meeting noun of the caption names.
fn caption_meeting(doc: &Doc, s: usize, kinds: &[(String, usize)]) -> Option<usize> {
    let (a, e) = (doc.sents[s].tok_start, doc.sents[s].tok_end);
    let (n, _) = doc.lex.credits.longest(&doc.ids[..e], a)?;
    if !doc.is_punct(a + n, ":") {
        return None;
    }
    let kind = (a + n..e).find_map(|k| {
        let (l, _) = doc.lex.meeting_nouns.longest(&doc.ids[..e], k)?;
        Some(noun_kind(doc, k, l))
    })?;
    let mut same = kinds.iter().filter(|(k, _)| *k == kind);
    let (_, me) = same.next()?;
    same.next().is_none().then_some(*me)
}

/// The meeting a sentence opening "Tại cuộc họp," ("Tại hội nghị,",
/// "Tại buổi làm việc,") goes back to: the one meeting of that kind, which
/// may be a background one told just before ("Trước đó, tối 17/10, Ban Chỉ
/// huy đã họp ... Tại cuộc họp, ông A ...").
fn opener_meeting(doc: &Doc, s: usize, kinds: &[(String, usize)]) -> Option<usize> {
    let (a, e) = (doc.sents[s].tok_start, doc.sents[s].tok_end);
    if doc.words[a] != "tại" {
        return None;
    }
    let (l, _) = doc.lex.meeting_nouns.longest(&doc.ids[..e], a + 1)?;
    if !doc.is_punct(a + 1 + l, ",") {
        return None;
    }
    // ("Cuộc họp" is the kind "họp" names.)
    let core = |k: &str| {
        k.strip_prefix("Cuộc ")
            .map(capitalize)
            .unwrap_or_else(|| k.to_string())
    };
    let kind = core(&noun_kind(doc, a + 1, l));
    let mut same = kinds.iter().filter(|(k, _)| core(k) == kind);
    let (_, me) = same.next()?;
    same.all(|(_, m)| m == me).then_some(*me)
}

/// Whether a paragraph starts at token `k`. In a text wrapped at a fixed
/// width a line that ends a sentence may end in mid-paragraph, so there
/// only a blank line starts one.
/// (`wrapped`: [`hard_wrapped`] of the text.)
fn new_paragraph(doc: &Doc, k: usize, wrapped: bool) -> bool {
    k > 0 && doc.toks[k].newline_before && (!wrapped || doc.gap(k).matches('\n').count() >= 2)
}

/// Whether the text is wrapped at a fixed width: some line break falls
/// inside a paragraph.
fn hard_wrapped(doc: &Doc) -> bool {
    (1..doc.toks.len()).any(|i| !doc.toks[i].newline_before && doc.gap(i).contains('\n'))
}

/// The body that holds meeting `me`, told in sentence `s`, when no body is
/// said to: the body of its one chair's post written there ("ông A, Phó
/// Bí thư Đảng ủy, Chủ tịch UBND xã X chủ trì buổi tiếp công dân": the
/// Ủy ban nhân dân xã X), a head's post before a deputy's
/// (`host_posts.tsv`).
fn chair_hosts(doc: &mut Doc, me: usize, s: usize) {
    let rels = &doc.facts.relations;
    if rels
        .iter()
        .any(|r| r.kind == EdgeType::Organized && r.to == me)
    {
        return;
    }
    let sent = doc.sents[s];
    if sent.tok_end <= sent.tok_start {
        return;
    }
    // "Chủ tịch UBND tỉnh chủ trì buổi làm việc với huyện Lệ Thủy": a
    // visit to a unit the sentence names, which the chair's body does not
    // hold alone.
    let visits = (sent.tok_start..sent.tok_end.saturating_sub(1)).any(|q| {
        doc.words[q] == "với" && {
            let k = q + 1;
            doc.place_starts.binary_search(&(k + 1)).is_ok()
                || parse_body(doc, k, sent.tok_end).is_some_and(|b| b.place.is_some())
        }
    });
    if visits {
        return;
    }
    let (a, b) = (
        doc.toks[sent.tok_start].start,
        doc.toks[sent.tok_end - 1].end,
    );
    let inside = |r: &crate::facts::Relation| r.evidence.start >= a && r.evidence.end <= b;
    let mut chairs = rels
        .iter()
        .filter(|r| r.kind == EdgeType::Chaired && r.to == me && inside(r));
    let (Some(chair), None) = (chairs.next(), chairs.next()) else {
        return;
    };
    let mut posts: Vec<(usize, u8, usize)> = rels
        .iter()
        .filter(|r| r.kind == EdgeType::Holds && r.from == chair.from && inside(r))
        .filter_map(|r| {
            let title = fold(&doc.facts.entities[r.to].name);
            let rank = doc
                .lex
                .host_posts
                .iter()
                .filter(|(role, _)| {
                    title
                        .strip_prefix(role.as_str())
                        .is_some_and(|rest| rest.starts_with(' '))
                })
                .map(|&(_, rank)| rank)
                .min()?;
            let body = rels
                .iter()
                .find(|p| p.kind == EdgeType::PostIn && p.from == r.to)?
                .to;
            Some((r.evidence.start, rank, body))
        })
        .collect();
    posts.sort_by_key(|&(at, rank, _)| (rank, at));
    if let Some(&(_, _, body)) = posts.first() {
        doc.relate(EdgeType::Organized, body, me, sent.tok_start, sent.tok_end);
    }
}

/// The meeting of a planned lead, which makes no node: what would relate
/// to it is dropped.
const PLANNED: usize = usize::MAX;

/// The meetings component.
pub fn run(doc: &mut Doc) {
    let leads = find_leads(doc);
    if leads.is_empty() {
        return;
    }
    let mut ids = Vec::new();
    let mut returns = Vec::new();
    let mut dated: Vec<(u8, u8, usize)> = Vec::new();
    let wrapped = std::cell::OnceCell::new();
    let mut trip_meetings = Vec::new();
    // The kind of each meeting ("Cuộc họp", "Buổi kiểm tra"), for captions.
    let mut kinds: Vec<(String, usize)> = Vec::new();
    for (n, lead) in leads.iter().enumerate() {
        let date = resolve_date(doc, lead);
        // A planned meeting's sentences stay its own, so nobody in them is
        // put at a meeting held, but it makes no node.
        if ahead_of_publication(doc, date) {
            ids.push((PLANNED, lead.sentence));
            continue;
        }
        let mut orgs = organizer(doc, lead.sentence, lead.noun);
        if let Some(f) = lead.dated_by.filter(|_| orgs.is_empty()) {
            orgs = organizer(doc, f, None);
        }
        // A meeting under a round-up's heading may be held by a body its
        // heading or the sentence before or after names ("■ Ban Chỉ đạo
        // 138 huyện tổng kết (ngày 28/12)").
        if let Some(h) = lead.heading.filter(|_| orgs.is_empty()) {
            let end = leads
                .get(n + 1)
                .map_or(doc.sents.len(), |l| l.sentence)
                .min(lead.sentence + 2);
            orgs = (h..end)
                .filter(|&q| q != lead.sentence)
                .map(|q| organizer(doc, q, None))
                .find(|o| !o.is_empty())
                .unwrap_or_default();
        }
        // "Trong hai ngày 9 và 10/12, Tổ đại biểu ... tiếp xúc cử tri ...
        // Sáng 9/12, Ủy ban MTTQ xã phối hợp với Tổ đại biểu tổ chức hội
        // nghị": a later sentence telling the same day with a meeting noun
        // may name who held it.
        if let Some(d) = lead.date.filter(|_| orgs.is_empty()) {
            let end = leads.get(n + 1).map_or(doc.sents.len(), |l| l.sentence);
            orgs = (lead.sentence + 1..end)
                .filter_map(|q| {
                    let (qa, qe) = (doc.sents[q].tok_start, doc.sents[q].tok_end);
                    let qd = meeting_date(doc, qa, qe)?;
                    let noun = noun_in(doc, qa, qe)?;
                    ((qd.day, qd.month) == (d.day, d.month)).then(|| organizer(doc, q, Some(noun)))
                })
                .find(|o| !o.is_empty())
                .unwrap_or_default();
        }
        // A day of a working trip is held by the delegation's sender.
        if lead.trip && orgs.is_empty() {
            orgs = organizer(doc, leads[0].sentence, leads[0].noun);
        }
        // The visited unit named as host right after the visit is told
        // holds it, not the delegation's sender.
        let next = lead.sentence + 1;
        let (la, le) = (
            doc.sents[lead.sentence].tok_start,
            doc.sents[lead.sentence].tok_end,
        );
        if next < doc.sents.len()
            && leads.get(n + 1).is_none_or(|l| l.sentence > next)
            && delegation_in(doc, la, le)
        {
            if let Some(h) = named_host(doc, next) {
                orgs = vec![h];
            }
        }
        // With several meetings, each counts the ordinals written in its
        // own sentences (the first, the headline's too).
        let scope = if leads.len() == 1 {
            0..doc.toks.len()
        } else {
            let from = if n == 0 {
                0
            } else {
                doc.sents[lead.sentence].tok_start
            };
            from..leads
                .get(n + 1)
                .map_or(doc.toks.len(), |l| doc.sents[l.sentence].tok_start)
        };
        let (ord, conflict) = ordinal(doc, lead, scope);
        let noun = lead
            .noun
            .map_or_else(|| "Hội nghị".into(), |(k, l)| noun_kind(doc, k, l));
        let org_name = orgs.first().map(|b| b.name.clone());
        let key = match (date.filter(|d| d.is_full()), &org_name) {
            (Some(d), Some(o)) => format!("meeting:{d}/{}", slug(o)),
            _ => format!("meeting:{}/{}", slug(&doc.article.id), n + 1),
        };
        let mut name = noun.clone();
        if let Some(o) = &org_name {
            name = format!("{name} {o}");
        }
        if let Some(o) = ord {
            name = format!("{name} lần thứ {o}");
        }
        if let Some(d) = date {
            name = format!("{name} ({d})");
        }
        let me = doc.entity(NodeType::Meeting, &key, &name);
        kinds.push((noun.clone(), me));
        let sent = doc.sents[lead.sentence];
        {
            let attrs = &mut doc.facts.entities[me].attrs;
            if let Some(d) = date {
                attrs.insert("date".into(), d.to_string().into());
            }
            if let Some(o) = ord {
                attrs.insert("ordinal".into(), o.into());
            }
            if let Some(h) = lead.date.filter(|_| date.is_none()) {
                attrs.insert(
                    "day_month".into(),
                    format!("{:02}-{:02}", h.month, h.day).into(),
                );
            }
            attrs.insert("kind".into(), noun.clone().into());
            if let Some(c) = conflict.clone() {
                attrs.insert("conflicts".into(), json!([c]));
            }
        }
        if let Some(c) = conflict {
            doc.facts.conflicts.push(c);
        }
        if let Some(y) = term_start(doc, sent.tok_start, sent.tok_end) {
            doc.facts.entities[me]
                .attrs
                .insert("term".into(), format!("{y}").into());
        }
        for b in &orgs {
            let ce = super::bodies::committee_entity(doc, b, sent.tok_start, sent.tok_end);
            doc.relate(EdgeType::Organized, ce, me, sent.tok_start, sent.tok_end);
        }
        // "báo cáo kết quả hội nghị hiệp thương ... tổ chức ngày 31/1": a
        // meeting reported on at the one before it. Its node stands, but
        // its sentence and those after stay with the meeting reported.
        let reported_on = || {
            lead.date.is_some_and(|d| {
                let a = doc.sents[lead.sentence].tok_start;
                (a..d.tok_start).any(|k| {
                    doc.lex
                        .meeting_nouns
                        .longest(&doc.ids[..d.tok_start], k)
                        .is_some()
                        && cue_ending_at(doc, a, k, "reported_on").is_some()
                })
            })
        };
        if ids.is_empty() || !reported_on() {
            ids.push((me, lead.sentence));
            if let Some(d) = lead.date {
                dated.push((d.day, d.month, me));
            }
            // "Trước đó, ngày 12/7, Ban Thường vụ đã họp ...": a meeting
            // told as background holds its paragraph only; the next
            // paragraph goes back to the meeting before it.
            if ids.len() > 1 && cue_of_class(doc, sent.tok_start, sent.tok_end, "earlier").is_some()
            {
                let wrapped = *wrapped.get_or_init(|| hard_wrapped(doc));
                let back = (lead.sentence + 1..doc.sents.len())
                    .find(|&q| new_paragraph(doc, doc.sents[q].tok_start, wrapped))
                    .filter(|&q| leads.get(n + 1).is_none_or(|l| l.sentence >= q));
                if let Some(q) = back {
                    returns.push((ids[ids.len() - 2].0, q));
                }
            }
        }
        if lead.trip {
            trip_meetings.push(me);
        }
    }
    // Participants: every person present, by position when there are several meetings.
    // (Look-ups below go through sets and maps: a long article has
    // thousands of mentions and roles.)
    let mentions = doc.persons.clone();
    // "Trước đó, tại hội nghị ngày 14/7, đồng chí Bí thư ... đã nhấn mạnh":
    // a sentence that names the day of one of the article's meetings is
    // that meeting's. One that opens with it goes back to that meeting
    // with the sentences after ("Trước khi diễn ra các hội nghị, ngày 8/7,
    // ... đã họp ... Sáng 11/7, tại xã B, ông X chủ trì hội nghị").
    let mut named_day: Vec<Option<usize>> = Vec::new();
    if dated.len() > 1 {
        let leads_at: HashSet<usize> = ids.iter().map(|&(_, ls)| ls).collect();
        named_day = vec![None; doc.sents.len()];
        for (s, named) in named_day.iter_mut().enumerate() {
            let (a, e) = (doc.sents[s].tok_start, doc.sents[s].tok_end);
            if leads_at.contains(&s) || a < doc.headline_end {
                continue;
            }
            let Some(d) = meeting_date(doc, a, e) else {
                continue;
            };
            // The day names a meeting where it opens the sentence or
            // follows a meeting noun ("tại hội nghị ngày 14/7", "buổi làm
            // việc chiều 10/7"); one told in passing does not ("cho học
            // sinh nghỉ học ngày 27 và 28/9", "nước lên trong đêm 17/10").
            let told = d.tok_start <= a + 4
                || noun_in(doc, d.tok_start.saturating_sub(6).max(a), d.tok_start).is_some();
            if !told {
                continue;
            }
            if let Some(&(.., me)) = dated
                .iter()
                .find(|&&(day, month, _)| day == d.day && month == d.month)
            {
                *named = Some(me);
                if d.tok_start <= a + 2 {
                    returns.push((me, s));
                }
            }
        }
    }
    // Leads are in sentence order: the meeting of a sentence is that of the
    // last lead at or before it, else the first.
    // (A return to the meeting before a background one sorts before a
    // lead of the same sentence.)
    let mut scope: Vec<(usize, bool, usize)> = (returns.iter().map(|&(me, ls)| (ls, false, me)))
        .chain(ids.iter().map(|&(me, ls)| (ls, true, me)))
        .collect();
    scope.sort();
    // "Ảnh: Ông A chủ trì cuộc họp." after the paragraph of a later field
    // trip: a caption naming the kind of one meeting only is that one's.
    let captioned: Vec<Option<usize>> = if ids.len() > 1 {
        (0..doc.sents.len())
            .map(|s| caption_meeting(doc, s, &kinds).or_else(|| opener_meeting(doc, s, &kinds)))
            .collect()
    } else {
        Vec::new()
    };
    let meeting_of = |s: usize| -> usize {
        if let Some(&Some(me)) = named_day.get(s) {
            return me;
        }
        if let Some(&Some(me)) = captioned.get(s) {
            return me;
        }
        match scope.partition_point(|&(ls, ..)| ls <= s) {
            0 => scope[0].2,
            k => scope[k - 1].2,
        }
    };
    let mut roles: Vec<(usize, usize, EdgeType, usize)> = Vec::new(); // (meeting, person, edge, sentence)
    for s in 0..doc.sents.len() {
        for (p, edge) in roles_in_sentence(doc, s) {
            roles.push((meeting_of(s), p, edge, s));
        }
    }
    let with_role: HashSet<(usize, usize)> = roles.iter().map(|r| (r.0, r.1)).collect();
    // The delegation is named where the trip is told: the body's first
    // sentence when it tells of a delegation before the first meeting's.
    let first = doc
        .lead_sentence()
        .filter(|&l| {
            let (a, e) = (doc.sents[l].tok_start, doc.sents[l].tok_end);
            l < leads[0].sentence && delegation_in(doc, a, e)
        })
        .unwrap_or(leads[0].sentence);
    let delegation: Vec<usize> = if trip_meetings.is_empty() {
        Vec::new()
    } else {
        let next = first + 1;
        let along = next < doc.sents.len() && doc.words_are(doc.sents[next].tok_start, "cùng đi");
        std::iter::once(first)
            .chain(along.then_some(next))
            .collect()
    };
    // Looked up once per sentence: a long article has thousands of mentions.
    let mut future: Vec<Option<bool>> = vec![None; doc.sents.len()];
    // "Do ông X tuổi cao, sức yếu không thể đến dự, con trai ông nhận
    // thay": X, though listed among those honoured, was not there. (A
    // sentence with a day of its own may tell of another meeting: "Do ông
    // X bận công tác, buổi giám sát chiều 10/7 do bà Y chủ trì".)
    let away: HashSet<(usize, usize)> = mentions
        .iter()
        .filter(|m| {
            let (a, e) = (
                doc.sents[m.sentence].tok_start,
                doc.sents[m.sentence].tok_end,
            );
            m.away && meeting_date(doc, a, e).is_none()
        })
        .map(|m| (meeting_of(m.sentence), m.entity))
        .collect();
    for m in &mentions {
        // A sentence announcing what is to come ("Dự kiến, ngày 20/12, ...;
        // đồng chí X sẽ chủ trì") puts nobody at a meeting, save by a role
        // it reports.
        let ahead = *future[m.sentence].get_or_insert_with(|| announces(doc, m.sentence));
        if m.absent || ahead {
            continue;
        }
        let me = meeting_of(m.sentence);
        if me == PLANNED {
            continue;
        }
        if !with_role.contains(&(me, m.entity)) && !away.contains(&(me, m.entity)) {
            doc.relate(EdgeType::Attended, m.entity, me, m.tok_start, m.tok_end);
        }
        // The delegation (named where the trip is told, and "Cùng đi có
        // ...") is at every day of its trip.
        if me == ids[0].0 && delegation.contains(&m.sentence) {
            for &t in &trip_meetings {
                if !with_role.contains(&(t, m.entity)) {
                    doc.relate(EdgeType::Attended, m.entity, t, m.tok_start, m.tok_end);
                }
            }
        }
    }
    let mut first_mention: HashMap<(usize, usize), (usize, usize)> = HashMap::default();
    for m in &mentions {
        first_mention
            .entry((m.entity, m.sentence))
            .or_insert((m.tok_start, m.tok_end));
    }
    for (me, p, edge, s) in roles.into_iter().filter(|r| r.0 != PLANNED) {
        let (a, b) = first_mention
            .get(&(p, s))
            .copied()
            .unwrap_or((doc.sents[s].tok_start, doc.sents[s].tok_end));
        doc.relate(edge, p, me, a, b);
    }
    // A person who chaired, spoke or reported needs no separate "attended".
    let active: HashSet<(usize, usize)> = doc
        .facts
        .relations
        .iter()
        .filter(|r| r.kind.is_participation() && r.kind != EdgeType::Attended)
        .map(|r| (r.from, r.to))
        .collect();
    doc.facts
        .relations
        .retain(|r| !(r.kind == EdgeType::Attended && active.contains(&(r.from, r.to))));
    doc.reindex_relations();
    for &(me, s) in &ids {
        if me != PLANNED {
            chair_hosts(doc, me, s);
        }
    }
    // Subjects: documents in the headline (when it reports the meeting), the
    // lead, and sentences about the meeting that are not speeches or bases.
    let headline_reports = (0..doc.headline_end).any(|k| {
        doc.lex
            .meeting_nouns
            .longest(&doc.ids[..doc.headline_end], k)
            .is_some()
            || cue_at(doc, k, doc.headline_end).is_some_and(|(_, c)| c == "subject")
    });

    let lead_sents: HashSet<usize> = ids.iter().map(|(_, s)| *s).collect();
    let docs = doc.docs.clone();
    // The sentences that gave the meeting a subject, with the first word
    // of that document's kind ("quyết").
    let mut about_in: HashMap<usize, &str> = HashMap::default();
    for d in &docs {
        if d.implemented {
            continue;
        }
        let s = d.sentence;
        let sent = doc.sents[s];
        let is_cue =
            |k: usize, class: &str| cue_at(doc, k, d.tok_start).is_some_and(|(_, c)| c == class);
        // "Căn cứ Quyết định ..., kỳ họp đã thông qua Nghị quyết ...": the
        // clause after the basis, with a subject cue, says what the
        // meeting did.
        let starts_basis = cue_at(doc, sent.tok_start, sent.tok_end)
            .is_some_and(|(_, c)| c == "basis")
            && !(sent.tok_start..d.tok_start).any(|q| {
                doc.is_punct(q, ",")
                    && (q + 1..d.tok_start).any(|k| is_cue(k, "subject") || is_cue(k, "inspected"))
            });
        // A document the text says was issued ("đã ban hành Kế hoạch số
        // ...") is an output being reported, and one the meeting was held
        // under ("được tổ chức theo Quy định số ... và Kế hoạch số ...") is
        // its basis: neither is what the meeting reviewed.
        let at = |k: usize| {
            doc.lex
                .meeting_nouns
                .longest(&doc.ids[..sent.tok_end], k)
                .is_some()
        };
        let starts_meeting = at(sent.tok_start)
            || (matches!(doc.words[sent.tok_start], "tại" | "trong") && at(sent.tok_start + 1));
        // "Theo Báo cáo số 15313/BC-UBND, 10 tháng năm 2025, ...": the
        // report the meeting heard, cited for its figures, whoever cites it.
        let ks = super::documents::mention_start(doc, d.tok_start);
        let after_theo = ks > sent.tok_start && doc.words[ks - 1] == "theo";
        let cited_report =
            after_theo && super::documents::doc_kind(doc, d.entity) == Some("Báo cáo");
        // "... thay bà A nghỉ hưu theo chế độ từ ngày 1/8 theo Quyết định
        // số ...": the ground of a person's change (`ground`), cited.
        let ground = after_theo
            && (ks.saturating_sub(16).max(sent.tok_start)..ks).any(|q| is_cue(q, "ground"));
        if ground {
            continue;
        }
        if cited_report {
            let me = meeting_of(s);
            if me != PLANNED {
                doc.relate(EdgeType::Concerns, me, d.entity, d.tok_start, d.tok_end);
            }
            continue;
        }
        // "Hội nghị đã thảo luận, thống nhất ban hành Nghị quyết số ...":
        // what the meeting itself issued is what it was about.
        match issued_or_basis(doc, sent.tok_start, d.tok_start) {
            Some("issued") if starts_meeting => {}
            Some(_) => continue,
            None => {}
        }
        // "Nghị quyết số 794-NQ/HU ... vừa được hội nghị thông qua": what
        // the meeting adopted, whoever speaks of it.
        let adopted_here = (d.tok_end..(d.tok_end + 16).min(sent.tok_end)).any(|k| {
            doc.lex
                .meeting_nouns
                .longest(&doc.ids[..sent.tok_end], k)
                .is_some_and(|(n, _)| {
                    k > 0
                        && doc.words[k - 1] == "được"
                        && cue_at(doc, k + n, sent.tok_end).is_some_and(|(_, c)| c == "subject")
                })
        });
        let about = if adopted_here || subject_list_item(doc, s, d.tok_start) {
            true
        } else if doc.is_headline(d.tok_start) {
            headline_reports
        } else if lead_sents.contains(&s) {
            !starts_basis
        } else {
            // "Hội nghị đã ...", also "Tại hội nghị, ...".
            // A speech before the document makes it what someone said.
            let speech_before = (sent.tok_start..d.tok_start).any(|k| is_cue(k, "speech"));
            // "Thời gian tới, quận sẽ tập trung triển khai Kế hoạch ...":
            // work to come.
            // "... công bố Quyết định số 12-QĐ/TU .... Quyết định số
            // 13-QĐ/TU cùng ngày chỉ định ...": a document of the same
            // kind opening the next sentence goes on with the announcement.
            let continues = s > 0
                && opens_with_kind(doc, sent.tok_start, d.tok_start)
                && about_in.get(&(s - 1)) == Some(&doc.words[sent.tok_start]);
            // "... kỳ họp đã thông qua 13 nghị quyết. Trong đó, Nghị quyết
            // số ...": some of the documents the sentence before counted,
            // not what one of them carries out ("Trong đó, nghị quyết về
            // ... nhằm cụ thể hóa Nghị quyết số ...").
            let continues = continues
                || (s > 0
                    && among_counted(doc, s)
                    && !(sent.tok_start..d.tok_start)
                        .any(|k| super::documents::implements_verb(doc, k).is_some()));
            // "Triển khai Nghị quyết số 704-NQ/ĐU ..., xã đã được công nhận
            // ...": work the report says was done under the document.
            let done_under = !starts_meeting && fronted_done(doc, s).is_some();
            (starts_meeting || continues || reports_subject(doc, clause_of(doc, s, d.tok_start)))
                && !done_under
                && !speech_before
                && !starts_basis
                && !announces(doc, s)
                && !sentence_has_cue(doc, s, "later")
        };
        if about {
            if let Some(k) = (sent.tok_start..d.tok_start)
                .rev()
                .find(|&k| opens_with_kind(doc, k, d.tok_start))
            {
                about_in.insert(s, doc.words[k]);
            }
            let me = meeting_of(s);
            if me != PLANNED {
                doc.relate(EdgeType::Concerns, me, d.entity, d.tok_start, d.tok_end);
            }
        }
    }
    // "Đồng chí X công bố hai quyết định trên": the documents a subject cue
    // refers back to are what the meeting was about, when nothing says the
    // sentence tells a speech, a basis or work to come.
    // (The phrase referring back is found first: it is rare, and a cue
    // looked up at every word of every sentence cost 4% of an extraction.)
    let first_doc = doc.docs.first().map_or(usize::MAX, |d| d.tok_start);
    for s in 0..doc.sents.len() {
        let sent = doc.sents[s];
        let (a, e) = (sent.tok_start, sent.tok_end);
        if e <= first_doc {
            continue;
        }
        for q in a + 1..e {
            let Some((l, entities)) = super::documents::referred_back(doc, q, e) else {
                continue;
            };
            let Some(k) = cue_ending_at(doc, a, q, "subject") else {
                continue;
            };
            let unsaid = (a..k).any(|j| {
                cue_at(doc, j, k)
                    .is_some_and(|(_, c)| matches!(c, "speech" | "basis" | "basis_inline" | "done"))
            });
            if unsaid || announces(doc, s) || sentence_has_cue(doc, s, "later") {
                continue;
            }
            let me = meeting_of(s);
            if me != PLANNED {
                for x in entities {
                    doc.relate(EdgeType::Concerns, me, x, k, q + l);
                }
            }
        }
    }
}

/// Whether sentence `s` opens with an `among` cue ("Trong đó, ...") after
/// a sentence whose subject cue counts documents of a kind ("đã thông qua
/// 13 nghị quyết").
fn among_counted(doc: &Doc, s: usize) -> bool {
    let (a, e) = (doc.sents[s].tok_start, doc.sents[s].tok_end);
    if cue_of_class(doc, a, e, "among").is_none() {
        return false;
    }
    let (pa, pe) = (doc.sents[s - 1].tok_start, doc.sents[s - 1].tok_end);
    (pa..pe).any(|k| {
        cue_of_class(doc, k, pe, "subject").is_some_and(|l| {
            let n = k + l;
            n + 1 < pe
                && doc.toks[n].kind == TokKind::Num
                && doc.lex.doc_words.longest(&doc.ids[..pe], n + 1).is_some()
        })
    })
}

/// Whether sentence `s` opens by carrying out a document ("Triển khai
/// Nghị quyết số ...", "Thực hiện Kế hoạch ...") and its main clause, after
/// the comma, tells what was done ("..., xã đã hình thành ..."), not by a
/// meeting ("..., kỳ họp đã thông qua ..."): the comma.
fn fronted_done(doc: &Doc, s: usize) -> Option<usize> {
    let (a, e) = (doc.sents[s].tok_start, doc.sents[s].tok_end);
    let ids = &doc.ids[..e];
    let n = super::documents::implements_verb(doc, a)?;
    doc.lex.doc_words.longest(ids, a + n)?;
    (a + n..e).find(|&q| {
        let clause = q + 1..(q + 5).min(e);
        doc.is_punct(q, ",")
            && clause.clone().any(|k| doc.words[k] == "đã")
            && !clause.clone().any(|k| doc.lex.doc_words.longest(ids, k).is_some())
            && noun_in(doc, clause.start, clause.end).is_none()
            // ("..., các đại biểu đã thảo luận, thông qua ...": the meeting.)
            && !(q + 1..e).any(|k| cue_at(doc, k, e).is_some_and(|(_, c)| c == "subject"))
    })
}

/// Whether the tokens `a..code` are a document's kind word and "số" before
/// its code ("Quyết định số 12-QĐ/TU").
fn opens_with_kind(doc: &Doc, a: usize, code: usize) -> bool {
    doc.lex
        .doc_words
        .longest(&doc.ids[..code], a)
        .is_some_and(|(n, _)| a + n == code || (a + n + 1 == code && doc.words[a + n] == "số"))
}

/// Whether the document whose mention starts at `code` opens sentence `s`
/// as an item of a list whose heading says what the meeting did with
/// them: "Hội nghị đã xem xét, cho ý kiến và biểu quyết thông qua các văn
/// bản:" then "1. Quy chế làm việc số ...;", "2. Chương trình số ...".
fn subject_list_item(doc: &Doc, s: usize, code: usize) -> bool {
    // The item's marker at the start of its line: "1.", "2)", "-", "+" or
    // "•" (a number's full stop may end the sentence before).
    let numbered = |n: usize| {
        doc.toks[n].kind == TokKind::Num
            && (n == 0 || doc.gap(n).contains('\n'))
            && (doc.is_punct(n + 1, ".") || doc.is_punct(n + 1, ")"))
    };
    let marker = |q: usize| {
        let a = doc.sents[q].tok_start;
        if numbered(a) {
            Some(a + 2)
        } else if a >= 2 && numbered(a - 2) {
            Some(a)
        } else if ["-", "+", "•"].iter().any(|p| doc.is_punct(a, p)) || doc.is_dash(a) {
            Some(a + 1)
        } else {
            None
        }
    };
    let Some(first) = marker(s) else {
        return false;
    };
    // ("Quy chế làm việc số ...": a kind word with its words before "số".)
    let kind_first = doc
        .lex
        .doc_words
        .longest(&doc.ids[..code.max(first)], first)
        .is_some()
        && code > first
        && code - first <= 6;
    if first != code && !kind_first {
        return false;
    }
    // The heading: the sentence before the items, ending with a colon.
    let mut h = s;
    while h > 0 && s - h < 12 && marker(h).is_some() {
        h -= 1;
    }
    let (a, e) = (doc.sents[h].tok_start, doc.sents[h].tok_end);
    // (The heading's colon, maybe followed by the first item's number, or
    // by the first item itself on a line of its own: "..., gồm:\n+ Quyết
    // định số ...".)
    let bullet_line = |q: usize| {
        q < e
            && doc.gap(q).contains('\n')
            && (doc.lex.bullets.iter().any(|b| doc.is_punct(q, b)) || doc.is_dash(q))
    };
    let colon = (e.saturating_sub(3).max(a)..e)
        .rev()
        .find(|&q| doc.is_punct(q, ":"))
        .filter(|&c| c + 1 == e || numbered(c + 1))
        .or_else(|| (a..e).find(|&q| doc.is_punct(q, ":") && bullet_line(q + 1)));
    let Some(c) = colon else {
        return false;
    };
    h < s
        && marker(h).is_none()
        && reports_subject(doc, (a, c))
        && !(a..c).any(|k| cue_at(doc, k, c).is_some_and(|(_, cl)| cl == "speech"))
}

/// The clause of sentence `s` holding token `k`: a semicolon followed by
/// anything but a document ("...; UBND huyện có Kế hoạch số ...") starts a
/// clause with a subject of its own, while "triển khai: Nghị quyết ...;
/// Kế hoạch ..." goes on listing what the cue before it rolled out.
fn clause_of(doc: &Doc, s: usize, k: usize) -> (usize, usize) {
    let (a, e) = (doc.sents[s].tok_start, doc.sents[s].tok_end);
    // ("; số 289/NQ-HĐND ...": an item of a list of codes; so is "; và
    // Quyết định số ...".)
    let parts = |q: usize| {
        let item = if doc.words.get(q + 1) == Some(&"và") {
            q + 2
        } else {
            q + 1
        };
        doc.is_punct(q, ";")
            && item < e
            && doc.lex.doc_words.longest(&doc.ids[..e], item).is_none()
            && doc.toks[q + 1].kind != TokKind::Punct
            && !(doc.words[q + 1] == "số"
                && doc.toks.get(q + 2).is_some_and(|t| t.kind == TokKind::Num))
    };
    let start = (a..k).rev().find(|&q| parts(q)).map_or(a, |q| q + 1);
    let end = (k..e).find(|&q| parts(q)).unwrap_or(e);
    (start, end)
}

/// The nearest cue before token `k` in its sentence when it says the
/// document there is an output ("issued") or a basis ("basis_inline")
/// rather than a subject.
fn issued_or_basis(doc: &Doc, sent_start: usize, k: usize) -> Option<&'static str> {
    let mut j = k;
    while j > sent_start {
        j -= 1;
        if let Some((n, class)) = cue_at(doc, j, k) {
            if j + n <= k {
                // "thống nhất ban hành Kế hoạch ...": a subject cue that
                // ends with the issuing verb adopts the document.
                let adopts = (j.saturating_sub(3).max(sent_start)..j).any(|q| {
                    cue_at(doc, q, k).is_some_and(|(m, c)| c == "subject" && q + m == j + n)
                });
                match class {
                    "issued" if adopts => return None,
                    "issued" => return (k - (j + n) <= 5).then_some("issued"),
                    "basis_inline" => return Some("basis_inline"),
                    "subject" => return None,
                    _ => {}
                }
            }
        }
    }
    None
}
