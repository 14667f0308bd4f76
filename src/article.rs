//! Reader for the portals' text form of an article: section header,
//! headline, date line, body, byline in capitals, then portal sidebar text
//! that is not part of the article.

use crate::date::Date;
use crate::text;
use regex::Regex;
use std::sync::LazyLock;

/// A byte range of `Article::text`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// The span from byte `start` to byte `end`.
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// True when the span covers no byte.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Metadata that comes with an article from outside its text (JSON lines,
/// HTML pages, the portal's host name).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Metadata {
    /// Source URL.
    pub url: Option<String>,
    /// Title given by the corpus (may differ from the headline in the text).
    pub title: Option<String>,
    /// Publication date given by the corpus.
    pub published: Option<Date>,
    /// Locality given by the corpus ("quận Cầu Giấy, Hà Nội").
    pub locality: Option<String>,
}

/// One article, parsed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Article {
    /// Id: the file name without extension.
    pub id: String,
    /// The whole text, normalised (NFC, LF line ends, no BOM). Every offset
    /// in the graph refers to this string.
    pub text: String,
    /// Section header line ("CÔNG TÁC ĐẢNG"), when present.
    pub section: Option<Span>,
    /// Headline line, when present.
    pub headline: Option<Span>,
    /// The publication line ("Ngày đăng 28/08/2018 | 17:11 | View count: 198").
    pub date_line: Option<Span>,
    /// Publication date read from the date line.
    pub published: Option<Date>,
    /// Publication time ("17:11"), as printed.
    pub time: Option<String>,
    /// The article body: from after the date line (or headline) to before
    /// the byline and sidebar.
    pub body: Span,
    /// Byline in capitals ("BAN TUYÊN GIÁO QUẬN ỦY"), when present.
    pub byline: Option<Span>,
    /// Boxes of related links inside the body ("Tin liên quan:" and its
    /// headlines), which extraction does not read.
    pub skipped: Vec<Span>,
    /// Metadata from outside the text.
    pub meta: Metadata,
}

impl Article {
    /// The text of a span.
    pub fn slice(&self, s: Span) -> &str {
        // A span from elsewhere (or a stale one) must not bring the whole
        // batch down: out of range or off a char boundary gives "".
        self.text.get(s.start..s.end).unwrap_or("")
    }

    /// The headline text, if any.
    pub fn headline_text(&self) -> Option<&str> {
        self.headline.map(|s| self.slice(s))
    }

    /// The spans extraction reads: the headline and the body.
    pub fn extraction_spans(&self) -> Vec<Span> {
        let mut v = Vec::new();
        if let Some(h) = self.headline {
            v.push(h);
        }
        let mut at = self.body.start;
        for s in &self.skipped {
            if s.start > at {
                v.push(Span::new(at, s.start));
            }
            at = at.max(s.end);
        }
        if self.body.end > at {
            v.push(Span::new(at, self.body.end));
        }
        v
    }

    /// The section header text, if any.
    pub fn section_text(&self) -> Option<&str> {
        self.section.map(|s| self.slice(s))
    }

    /// The date line text, if any.
    pub fn date_line_text(&self) -> Option<&str> {
        self.date_line.map(|s| self.slice(s))
    }

    /// The body text.
    pub fn body_text(&self) -> &str {
        self.slice(self.body)
    }

    /// The byline text, if any.
    pub fn byline_text(&self) -> Option<&str> {
        self.byline.map(|s| self.slice(s))
    }
}

/// Why a text cannot be read as an article. The messages do not name the
/// file: the caller knows it and adds it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ArticleError {
    /// Nothing but whitespace (or nothing at all).
    #[error("empty article")]
    Empty,
    /// Not a single letter anywhere: binary data that happened to decode,
    /// or a file of numbers and punctuation.
    #[error("no text: binary or not an article")]
    NoText,
}

/// One line of the text, without its '\n'.
#[derive(Debug, Clone, Copy)]
struct Line {
    /// Index among all lines, blank ones included, so adjacency can be told.
    idx: usize,
    /// The whole line.
    raw: Span,
    /// The line without surrounding whitespace.
    trimmed: Span,
}

/// Lines are the only unit the portal layout is visible in.
fn lines(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut start = 0;
    for (idx, l) in text.split('\n').enumerate() {
        let raw = Span::new(start, start + l.len());
        out.push(Line {
            idx,
            raw,
            trimmed: trim_span(text, raw),
        });
        start = raw.end + 1;
    }
    out
}

/// `s` without surrounding whitespace; computed through `str::trim` so the
/// ends always fall on char boundaries.
fn trim_span(text: &str, s: Span) -> Span {
    let Some(sub) = text.get(s.start..s.end) else {
        return Span::new(s.start, s.start);
    };
    let lead = sub.len() - sub.trim_start().len();
    let start = s.start + lead;
    Span::new(start, start + sub.trim().len())
}

fn slice(text: &str, s: Span) -> &str {
    text.get(s.start..s.end).unwrap_or("")
}

/// The date lines of the portals: "Ngày đăng 28/08/2018 | 17:11 | View
/// count: 198", "Publish date 03/03/2020 | 14:00", and bare
/// "01/06/2024 - 03:38 PM" or "22/04/2020, 23:29", and datelines after a
/// place ("Đô Lương, 19/9/2024"). Anchored at both ends so
/// that a body sentence opening with a date ("Ngày 21/8/2020, ...") is never
/// taken for one; only the portal's own "| ..." tail may follow the time.
/// Each pattern names its parts `d`, `m`, `y` and `t` (the time).
static DATE_LINES: LazyLock<[Regex; 6]> = LazyLock::new(|| {
    // ("(GLO) 09/10/2025 - 05:45": a paper's code in brackets first.)
    const PREFIX: &str = r"(?:\([a-zđ]{2,6}\)\s*)?(?:(?:ngày\s+đăng|đăng\s+ngày|ngày\s+xuất\s+bản|xuất\s+bản(?:\s+ngày|\s+lúc)?|thời\s+gian\s+đăng|ngày\s+cập\s+nhật|cập\s+nhật(?:\s+lúc|\s+ngày)?|đăng\s+lúc|đăng|publish(?:ed)?\s+date|posted(?:\s+on)?|ngày)\s*:?\s*)?";
    const WEEKDAY: &str = r"(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)\s*,?\s*)?";
    const DMY: &str = r"(?P<d>[0-9]{1,2})[/.\-](?P<m>[0-9]{1,2})[/.\-](?P<y>[0-9]{4})";
    const TIME: &str = r"(?P<t>[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:\s*[ap]\.?m\.?)?)";
    // "(GMT+7)" after the time, and the portal's "| ..." tail or its page
    // counters set off by spaces alone ("07:30    Lượt xem: 530") or a dash
    // ("07:55 - Lượt xem: 96").
    const TAIL: &str = r"(?:\s*\((?:gmt|utc)[^)]*\)|\s*\[(?:gmt|utc)[^\]]*\]|\s+(?:gmt|utc)\s*[+\-]?[0-9:]*)?\s*(?:[|·•].*|(?:[\-–]\s*)?(?:(?:số\s+)?lượt\s+(?:xem|đọc|truy\s+cập)|view\s+count|views?|bình\s+luận|chia\s+sẻ|in\s+bài)\s*:?(?:\s.*|[0-9.,]+.*)?)?";
    let pattern = |body: String| {
        Regex::new(&format!("(?i)^{body}$")).expect("the date-line patterns are valid regexes")
    };
    [
        // "Thứ Hai, 14/11/2022 07:30", "(15/03/2024 10:20)", "Cập nhật
        // ngày 05/11/2025 lúc 18:30", "16/09/2021, 15:20 [GMT+7]".
        pattern(format!(
            r"\(?\s*{PREFIX}{WEEKDAY}(?:ngày\s*)?{DMY}(?:\s*[|,\-–]?\s*(?:lúc\s*)?{TIME})?\s*\)?{TAIL}"
        )),
        // Time first: "Cập nhật: 09:30, 14/03/2023", "Đăng lúc: 10:20 - 15/03/2024",
        // "Cập nhật lúc 17:45, Thứ Bảy, 23/08/2025".
        pattern(format!(
            r"{PREFIX}(?:lúc\s*)?{TIME}\s*[,|\-–]?\s*(?:ngày\s*)?{WEEKDAY}(?:ngày\s*)?{DMY}{TAIL}"
        )),
        // ISO: "2024-03-15", "2024-03-15 10:20", "2024-03-15T10:20:00+07:00".
        pattern(format!(
            r"{PREFIX}(?P<y>[0-9]{{4}})-(?P<m>[0-9]{{2}})-(?P<d>[0-9]{{2}})(?:[t\s]+{TIME}(?:z|[+\-][0-9:]{{2,5}})?)?{TAIL}"
        )),
        // In words: "Thứ sáu, ngày 15 tháng 3 năm 2024", "Đăng ngày 18
        // tháng 9 năm 2025".
        pattern(format!(
            r"{PREFIX}{WEEKDAY}(?:ngày\s+)?(?P<d>[0-9]{{1,2}})\s+tháng\s+(?P<m>[0-9]{{1,2}})\s+năm\s+(?P<y>[0-9]{{4}})(?:\s*[|,\-–]?\s*{TIME})?{TAIL}"
        )),
        // After the portal's other metadata, set off by a dash or a bar:
        // "Tác giả: Minh Anh - 15/03/2024", "Lượt xem: 120 | 15/03/2024".
        pattern(format!(
            r"[^.0-9\s][^.]{{0,40}}?\s[|\-–]\s*{WEEKDAY}{DMY}(?:\s*[|,\-–]?\s*{TIME})?{TAIL}"
        )),
        // A dateline after the place: "Đô Lương, 19/9/2024".
        pattern(format!(
            r"[^\W\d_][^,.0-9]{{0,30}},\s*{WEEKDAY}{DMY}(?:\s*[|,\-–]?\s*{TIME})?{TAIL}"
        )),
    ]
});

/// Date and time of a date line, or None when `line` is not one. A date
/// line whose date does not exist (31/02) is still the date line, with no
/// date: the layout is what it is.
pub(crate) fn parse_date_line(line: &str) -> Option<(Option<Date>, Option<String>)> {
    // Body paragraphs are long; a date line has a year in digits.
    if line.len() > 240 || !line.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let line = crumb_tail(line).unwrap_or(line);
    // "(Cập nhật lúc 10:20, ngày 10/01/2025)": a date line in brackets.
    let line = line
        .strip_prefix('(')
        .and_then(|l| l.strip_suffix(')'))
        .filter(|l| !DATE_LINES.iter().any(|re| re.is_match(line)) && !l.contains(['(', ')']))
        .unwrap_or(line);
    let caps = DATE_LINES.iter().find_map(|re| re.captures(line))?;
    let num = |name: &str| caps.name(name).and_then(|m| m.as_str().parse::<u32>().ok());
    let (day, month, year) = (num("d")?, num("m")?, num("y")?);
    let time = caps.name("t").map(|m| m.as_str().to_string());
    let date = i32::try_from(year)
        .ok()
        .and_then(|y| Date::ymd(y, month, day));
    Some((date, time))
}

/// The date that ends a rubric or a breadcrumb ("Tin hoạt động | Cập
/// nhật: 17/4/2025", "Trang chủ / Tin tức / Dân vận / 22/05/2024",
/// "Tin tức › Chính trị › 06/03/2024 - 08:12"), when the whole line is no
/// date line.
fn crumb_tail(line: &str) -> Option<&str> {
    if DATE_LINES.iter().any(|re| re.is_match(line)) {
        return None;
    }
    let (rubric, tail) = [" | ", " › ", " » ", " > ", " / "]
        .iter()
        .filter_map(|sep| line.rsplit_once(sep))
        .max_by_key(|(rubric, _)| rubric.len())?;
    (rubric.chars().count() <= 100 && DATE_LINES.iter().any(|re| re.is_match(tail.trim())))
        .then_some(tail.trim())
}

/// Sidebar markers, compared through `sidebar_key`.
static SIDEBAR: LazyLock<Vec<String>> = LazyLock::new(|| sidebar_entries(false));

/// Markers that open a line of links after a colon ("Liên kết website:
/// ..."; written "Liên kết website: *" in the list).
static SIDEBAR_OPENERS: LazyLock<Vec<String>> = LazyLock::new(|| sidebar_entries(true));

/// The entries of `sidebar.txt` that open a line of links (`openers`) or
/// the others, as keys.
fn sidebar_entries(openers: bool) -> Vec<String> {
    include_str!("../data/lexicon/sidebar.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| match l.strip_suffix('*') {
            Some(head) => openers.then_some(head),
            None => (!openers).then_some(l),
        })
        .map(|l| sidebar_key(&text::normalize(l)))
        .collect()
}

/// Comparison form of a line that may be a sidebar marker: folded case and
/// tone placement, squashed spaces, no trailing ':', and "(12)" read as "()"
/// because the comment counter carries the count.
fn sidebar_key(line: &str) -> String {
    // ("* Tin cùng chuyên mục:": a bullet before the marker.)
    // ("» Xem thêm: ...": an arrow.)
    let line = line.trim_start_matches(['*', '•', '-', '–', '»', '›', '>', ' ']);
    let mut k = text::squash(&text::fold(line));
    // "Các tin đã đưa ngày: [ 25/05/2023 ] Xem": a box's date picker.
    let stamp = k.strip_suffix("xem").unwrap_or(&k).trim_end();
    let stem = stamp.trim_end_matches(|c: char| c.is_ascii_digit() || "[]/-. :".contains(c));
    let cut = &stamp[stem.len()..];
    if cut.contains('/') && cut.bytes().filter(u8::is_ascii_digit).count() >= 6 {
        k = stem.trim_end().to_string();
    }
    while let Some(rest) = k.strip_suffix(':') {
        k = rest.trim_end().to_string();
    }
    if let Some(open) = k.rfind('(') {
        let counter = k
            .get(open + 1..)
            .and_then(|t| t.strip_suffix(')'))
            .is_some_and(|inner| inner.chars().all(|c| c.is_ascii_digit()));
        if counter {
            let stem = k.get(..open).unwrap_or("").to_string();
            k = stem + "()";
        }
    }
    k
}

/// Letters of a line that its sidebar key keeps: all but spaces, digits,
/// colons, brackets and slashes (which squashing, counters, date stamps
/// and the trailing-':' rule can drop).
fn kept_bytes(line: &str) -> usize {
    kept_bytes_upto(line, usize::MAX)
}

/// [`kept_bytes`], stopping once past `limit`: prose lines are long and
/// only short ones can be markers.
fn kept_bytes_upto(line: &str, limit: usize) -> usize {
    let mut n = 0;
    for c in line.chars() {
        if !c.is_whitespace() && !c.is_ascii_digit() && !matches!(c, ':' | '[' | ']' | '/') {
            n += c.len_utf8();
            if n > limit {
                break;
            }
        }
    }
    n
}

/// The most bytes a sidebar marker keeps: a longer line is prose, and its
/// folded key need not be built (that was 7% of a build).
static SIDEBAR_MAX: LazyLock<usize> =
    LazyLock::new(|| SIDEBAR.iter().map(|k| kept_bytes(k)).max().unwrap_or(0));

pub(crate) fn is_sidebar(line: &str) -> bool {
    if opens_links(line) {
        return true;
    }
    if kept_bytes_upto(line, *SIDEBAR_MAX) > *SIDEBAR_MAX {
        return false;
    }
    let k = sidebar_key(line);
    !k.is_empty() && SIDEBAR.contains(&k)
}

/// "Liên kết website: Cổng thông tin ... | xã A | xã B": a marker the
/// list writes with "*" after it opens a line of links of its own.
fn opens_links(line: &str) -> bool {
    line.split_once(':')
        .is_some_and(|(head, _)| SIDEBAR_OPENERS.contains(&sidebar_key(head)))
}

/// Bylines are the unit that wrote the piece, in capitals
/// ("BAN TUYÊN GIÁO QUẬN ỦY"). Digits rule a line out: an all-caps line
/// with numbers is a heading or a figure, not a signature.
fn is_byline(line: &str) -> bool {
    if line.chars().count() > 80 {
        return false;
    }
    let words = line
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count();
    words >= 2
        && line.chars().all(|c| {
            c.is_whitespace() || c.is_uppercase() || (!c.is_alphanumeric() && !c.is_control())
        })
}

/// A writer's signature with their post: "Trần Thị Hạnh Nguyên – Chánh
/// Văn phòng Đảng ủy xã", "Hạnh Nguyên - Văn phòng Đảng ủy xã". A name of
/// two to five capitalised words, a dash, and a post with no full stop
/// and no digits: a caption ("Đồng chí A – Bí thư Huyện ủy phát biểu.")
/// ends a sentence, and "Đồng chí" is not all capitalised.
fn is_signed(line: &str) -> bool {
    if line.chars().count() > 100 || line.ends_with(['.', ':', ';']) {
        return false;
    }
    let Some((name, post)) = line.split_once(" – ").or_else(|| line.split_once(" - ")) else {
        return false;
    };
    let words: Vec<&str> = name.split_whitespace().collect();
    (2..=5).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().all(char::is_alphabetic)
                && !w.chars().skip(1).any(char::is_uppercase)
        })
        && !post.trim().is_empty()
        && !post.chars().any(|c| c.is_ascii_digit())
}

/// Articles without a headline open with the time of the event
/// ("Sáng 28/8", "Chiều ngày 4/5", "Ngày 27-6", "28/8, ..."). The part of
/// day alone is not enough: "Tối ưu hóa ..." is a fine headline, so the next
/// word must be a number or a word of time.
fn starts_with_time_lead(line: &str) -> bool {
    if line.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        return true;
    }
    let folded = text::fold(line);
    let mut words = folded
        .split(|c: char| !text::is_word_char(c))
        .filter(|w| !w.is_empty());
    let first = words.next();
    let second = words.next();
    let numeric = |w: Option<&str>| w.is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()));
    match first {
        Some("sáng" | "chiều" | "tối" | "trưa" | "đêm") => {
            second.is_none()
                || numeric(second)
                || matches!(
                    second,
                    Some("ngày" | "nay" | "qua" | "hôm" | "mai" | "mùng" | "mồng")
                )
        }
        Some("ngày") => numeric(second),
        _ => false,
    }
}

/// Without a date line the first line is taken as the headline only when it
/// looks like one: short, not a sentence, not the time lead of a body, and
/// not the first half of a hard-wrapped sentence. Anything doubtful stays in
/// the body, where extraction still reads it.
fn headline_without_date(text: &str, ne: &[Line]) -> bool {
    let [first, next, ..] = ne else {
        return false;
    };
    let h = slice(text, first.trimmed);
    if h.chars().count() >= 250 || h.ends_with(['.', ',', ';', ':', '…']) {
        return false;
    }
    if starts_with_time_lead(h) {
        return false;
    }
    if word_count(h) < 2 {
        return false;
    }
    let adjacent = !blank_between(first, next);
    let continues_lower = slice(text, next.trimmed)
        .chars()
        .next()
        .is_some_and(char::is_lowercase);
    !(adjacent && continues_lower)
}

/// Words of a line that have a letter (a date or a dash is none).
fn word_count(line: &str) -> usize {
    line.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count()
}

/// A blank line stands between line `a` and the later line `b`.
fn blank_between(a: &Line, b: &Line) -> bool {
    b.idx > a.idx + 1
}

/// A line of a portal's section header: a unit or a rubric ("ĐẢNG BỘ QUẬN
/// BẮC TỪ LIÊM", "Cơ sở đảng"), a few words that end no sentence.
fn is_section_line(text: &str, l: &Line) -> bool {
    let t = slice(text, l.trimmed);
    // A breadcrumb or the portal's name ("Con Cuông - Cổng thông tin điện
    // tử") may run longer.
    if t.chars().count() < 100 && (is_breadcrumb(t) || is_portal_name(t)) {
        return true;
    }
    (1..=6).contains(&word_count(t))
        && t.chars().count() < 60
        && !t.ends_with(['.', ',', ';', ':', '…'])
        && !starts_with_time_lead(t)
}

/// Without a date line, the number of section lines (one or two) above a
/// headline: a blank line parts them from a longer line that reads as a
/// headline ("HĐND HUYỆN QUỐC OAI", "Hoạt động của Thường trực HĐND", "",
/// "Thường trực HĐND huyện Quốc Oai họp phiên thường kỳ tháng 10").
fn section_lines(text: &str, ne: &[Line]) -> Option<usize> {
    (1..=2).find(|&h| {
        h < ne.len()
            && ne[..h].iter().all(|l| is_section_line(text, l))
            && blank_between(&ne[h - 1], &ne[h])
            && !is_section_line(text, &ne[h])
            && headline_without_date(text, &ne[h..])
    })
}

/// The marks that open a line of a box of related links.
const LINK_BULLETS: [char; 12] = ['-', '+', '•', '>', '*', '–', '»', '›', '▪', '■', '◦', '→'];

/// When the sidebar marker at line `m` opens a box of related links inside
/// the body, the index of the line where the article resumes: one or more
/// bulleted link lines ("- ...", "+ ...", "• ...", "> ...", "» ...")
/// right after it, then a paragraph (a long line ending a sentence).
fn inline_box_end(text: &str, all: &[Line], m: usize) -> Option<usize> {
    // ("Xem thêm: <headline>": a marker that opens a line of links holds
    // one itself.)
    let mut links = usize::from(opens_links(slice(text, all[m].trimmed)));
    for (k, l) in all.iter().enumerate().skip(m + 1) {
        let t = slice(text, l.trimmed);
        if t.is_empty() {
            continue;
        }
        if t.starts_with(LINK_BULLETS) && t.chars().count() < 200 {
            links += 1;
            continue;
        }
        let paragraph = t.chars().count() >= 40 && t.ends_with(['.', '!', '?', '"', '”', ')']);
        return (links > 0 && paragraph).then_some(k);
    }
    None
}

/// A portal's breadcrumb ("Trang chủ > Tin tức > Xây dựng Đảng"): the
/// page's navigation, never part of a headline.
fn is_breadcrumb(line: &str) -> bool {
    let separators = [" > ", " » ", " › ", " >> ", " / ", " | "]
        .iter()
        .map(|s| line.matches(s).count())
        .sum::<usize>();
    let home = text::fold(line);
    // One arrow in a short line is a rubric's path too ("Xây dựng Đảng ›
    // Công tác tổ chức").
    let arrow = [" › ", " » ", " > "].iter().any(|s| line.contains(s));
    separators >= 2
        || (separators == 1 && (home.starts_with("trang chủ") || home.starts_with("home")))
        || (separators == 1 && arrow && line.chars().count() < 60 && !line.ends_with('.'))
}

/// A portal's name line ("Con Cuông - Cổng thông tin điện tử", "Trang
/// TTĐT xã Yên Lạc"), never a headline.
fn is_portal_name(line: &str) -> bool {
    let f = text::fold(line);
    [
        "cổng thông tin",
        "trang thông tin điện tử",
        "cổng ttđt",
        "trang ttđt",
    ]
    .iter()
    .any(|p| f.contains(p))
}

/// How far down a date line is looked for: a site name, a menu, a
/// breadcrumb, a rubric, a headline wrapped over two lines, then the date.
const MAX_HEADER_LINES: usize = 8;

/// Read the portal text form of one article. `raw` is decoded text; it is
/// normalised (`text::normalize`) and every span of the result refers to
/// `Article::text`.
pub fn parse_article(id: &str, raw: &str) -> Result<Article, ArticleError> {
    let text = text::normalize(raw);
    if text.trim().is_empty() {
        return Err(ArticleError::Empty);
    }
    if !text.chars().any(char::is_alphabetic) {
        return Err(ArticleError::NoText);
    }
    let all = lines(&text);
    let ne: Vec<Line> = all
        .iter()
        .copied()
        .filter(|l| !l.trimmed.is_empty())
        .collect();
    let after = |l: &Line| (l.raw.end + 1).min(text.len());

    let mut art = Article {
        id: id.to_string(),
        ..Article::default()
    };
    // The date line is among the first four lines, or below a longer
    // portal header (site name, menu, breadcrumb) of lines that end no
    // sentence and lead no body.
    let header_like = |l: &Line| {
        let t = slice(&text, l.trimmed);
        t.chars().count() < 200 && !t.ends_with(['.', ';', '…']) && !starts_with_time_lead(t)
    };
    let dates: Vec<_> = ne
        .iter()
        .take(MAX_HEADER_LINES)
        .enumerate()
        .map(|(k, l)| (k, l, parse_date_line(slice(&text, l.trimmed))))
        .take_while(|(k, l, found)| {
            // (A body's time lead ends the header, whatever line it is.)
            (*k < 4 && !starts_with_time_lead(slice(&text, l.trimmed)))
                || found.is_some()
                || header_like(l)
        })
        .filter_map(|(k, l, found)| found.map(|found| (k, *l, found)))
        .take(2)
        .collect();
    // A second date line one or two lines below the first, with a headline
    // between, is the article's: the first was the page's clock ("Hôm nay:
    // Thứ Tư, 10/9/2025") above the headline.
    let date = match dates.as_slice() {
        [(k1, ..), second @ (k2, ..)] if (2..=3).contains(&(k2 - k1)) => Some(second.clone()),
        [first, ..] => Some(first.clone()),
        [] => None,
    };
    let body_from = match date {
        Some((k, line, (published, time))) => {
            art.date_line = Some(line.trimmed);
            art.published = published;
            art.time = time;
            let mut from = after(&line);
            match (k, ne.as_slice()) {
                // The date line first, then the portal's lines and the
                // headline ("Thứ hai, 20/07/2020, 10:05", "Bá Thước > Tin
                // địa phương", "", "Đảng bộ xã ... đại hội ...").
                // A date ending a breadcrumb ("Trang chủ / Tin tức /
                // 22/05/2024") stands above the headline too, the lines
                // above it the portal's.
                (k, lines)
                    if (k == 0 || crumb_tail(slice(&text, line.trimmed)).is_some())
                        && k + 1 < lines.len() =>
                {
                    let rest = &lines[k + 1..];
                    let h = section_lines(&text, rest).or_else(|| {
                        (!is_section_line(&text, &rest[0]) && headline_without_date(&text, rest))
                            .then_some(0)
                    });
                    if let Some(h) = h {
                        let first = if k > 0 {
                            Some(&lines[0])
                        } else {
                            rest[..h].first()
                        };
                        if let Some(first) = first {
                            let last = if h > 0 { &rest[h - 1] } else { &lines[k] };
                            art.section = Some(Span::new(first.trimmed.start, last.trimmed.end));
                        }
                        art.headline = Some(rest[h].trimmed);
                        from = after(&rest[h]);
                    }
                }
                (1, [h, ..]) => art.headline = Some(h.trimmed),
                (2, [s, h, ..]) => {
                    art.section = Some(s.trimmed);
                    art.headline = Some(h.trimmed);
                }
                // Fourth line: a section of two lines ("QUẬN ỦY BA ĐÌNH",
                // "Tin tức - Sự kiện") when a blank line parts the second
                // from the headline, else a section and a headline wrapped
                // over two lines.
                (3, [s, h1, h2, ..])
                    if (blank_between(h1, h2) && is_section_line(&text, h1))
                        || is_breadcrumb(slice(&text, h1.trimmed)) =>
                {
                    art.section = Some(Span::new(s.trimmed.start, h1.trimmed.end));
                    art.headline = Some(h2.trimmed);
                }
                (3, [s, h1, h2, ..]) => {
                    art.section = Some(s.trimmed);
                    art.headline = Some(Span::new(h1.trimmed.start, h2.trimmed.end));
                }
                // Below a longer header: the line above the date is the
                // headline, the lines above it the portal's.
                (k, [first, ..]) if k >= 4 => {
                    art.section = Some(Span::new(first.trimmed.start, ne[k - 2].trimmed.end));
                    art.headline = Some(ne[k - 1].trimmed);
                }
                _ => {}
            }
            from
        }
        None => match section_lines(&text, &ne) {
            Some(h) => {
                art.section = Some(Span::new(ne[0].trimmed.start, ne[h - 1].trimmed.end));
                art.headline = Some(ne[h].trimmed);
                after(&ne[h])
            }
            None => match ne.first() {
                Some(first) if headline_without_date(&text, &ne) => {
                    art.headline = Some(first.trimmed);
                    after(first)
                }
                _ => 0,
            },
        },
    };

    // A box of related links inside the body ("Tin liên quan:" and bulleted
    // headlines, then the article goes on) is skipped; the first other
    // sidebar marker ends the body.
    let mut body_end = text.len();
    let mut from = body_from;
    while let Some(m) = all
        .iter()
        .position(|l| l.raw.start >= from && is_sidebar(slice(&text, l.trimmed)))
    {
        match inline_box_end(&text, &all, m) {
            Some(resume) => {
                art.skipped
                    .push(Span::new(all[m].raw.start, all[resume].raw.start));
                from = all[resume].raw.start;
            }
            None => {
                body_end = all[m].raw.start;
                break;
            }
        }
    }
    art.skipped.retain(|s| s.end <= body_end);

    // The byline is only split off when something else is left as body.
    let body_lines: Vec<&Line> = all
        .iter()
        .filter(|l| l.raw.start >= body_from && l.raw.end <= body_end && !l.trimmed.is_empty())
        .collect();
    if let [.., before, last] = body_lines.as_slice() {
        let line = slice(&text, last.trimmed);
        // (A signed line after another is the end of a list of names.)
        let signed = is_signed(line) && !is_signed(slice(&text, before.trimmed));
        if is_byline(line) || signed {
            art.byline = Some(last.trimmed);
            body_end = last.raw.start;
        }
    }

    // No date line above: the page's last lines may carry it ("Ngày đăng:
    // 10/01/2025 | Lượt xem: 684", "08/01/2025 | 10:20 | Lượt đọc: 512").
    if art.date_line.is_none() {
        if let Some((published, time)) = ne
            .iter()
            .rev()
            .take(6)
            .find_map(|l| parse_date_line(slice(&text, l.trimmed)))
        {
            art.published = published;
            art.time = time;
        }
    }
    art.body = trim_span(&text, Span::new(body_from, body_end.max(body_from)));
    art.text = text;
    Ok(art)
}

#[cfg(test)]
mod tests {

    #[test]
    fn time_first_date_lines() {
        for (line, date, time) in [
            ("Cập nhật: 09:30, 14/03/2023", "2023-03-14", "09:30"),
            ("Cập nhật lúc 16:40 ngày 12/07/2024", "2024-07-12", "16:40"),
            ("10:05, 15/10/2021", "2021-10-15", "10:05"),
            (
                "Cập nhật lúc 08:15, Thứ Năm, 06/11/2025",
                "2025-11-06",
                "08:15",
            ),
            ("07:50 - Chủ nhật, ngày 09/03/2025", "2025-03-09", "07:50"),
            ("Thứ Tư, ngày 02/04/2025 14:05", "2025-04-02", "14:05"),
            ("29/10/2025 11:20 GMT+7", "2025-10-29", "11:20"),
            ("Thứ Năm, 16/09/2021, 15:20 [GMT+7]", "2021-09-16", "15:20"),
            ("Cập nhật ngày 05/11/2025 lúc 18:30", "2025-11-05", "18:30"),
            ("26/09/2025 07:55 · 402 lượt xem", "2025-09-26", "07:55"),
            (
                "Ngày 04/11/2025 08:10 - Lượt xem: 75",
                "2025-11-04",
                "08:10",
            ),
        ] {
            let (d, t) = parse_date_line(line).unwrap_or_else(|| panic!("{line}"));
            assert_eq!(d.map(|d| d.to_string()).as_deref(), Some(date), "{line}");
            assert_eq!(t.as_deref(), Some(time), "{line}");
        }
        assert!(parse_date_line("Sáng 13/3, Quận ủy tổ chức hội nghị").is_none());
    }

    #[test]
    fn datelines_after_a_place() {
        let (d, _) = parse_date_line("Nghi Lộc, 19/9/2024").expect("a dateline");
        assert_eq!(d.map(|d| d.to_string()).as_deref(), Some("2024-09-19"));
        // A sentence that opens with a place and a date goes on.
        assert!(parse_date_line("Nghi Lộc, 19/9/2024, huyện tổ chức hội nghị").is_none());
        assert!(parse_date_line("Ngày 19/9/2024, huyện tổ chức hội nghị").is_none());
    }

    #[test]
    fn updated_on_date_lines() {
        let (d, _) = parse_date_line("Cập nhật ngày: 28/06/2024").expect("a date line");
        assert_eq!(d.map(|d| d.to_string()).as_deref(), Some("2024-06-28"));
    }

    use super::*;
    use unicode_normalization::UnicodeNormalization;

    fn parse(raw: &str) -> Article {
        match parse_article("t", raw) {
            Ok(a) => a,
            Err(e) => panic!("unexpected error {e} for {raw:?}"),
        }
    }

    const PORTAL: &str = "CHÍNH QUYỀN ĐÔ THỊ

Phường Yên Hòa tổng kết công tác dân vận năm 2023
Ngày đăng 12/01/2024 | 09:05  | Lượt xem: 87

Sáng 11/1/2024, Đảng ủy phường Yên Hòa tổ chức hội nghị tổng kết công tác dân vận.

Dự hội nghị có đồng chí Lê Minh Tâm, Phó Bí thư Đảng ủy phường.

BAN DÂN VẬN ĐẢNG ỦY

Tin liên quan

Phường Yên Hòa ra quân làm sạch đường phố
";

    #[test]
    fn section_headline_date_byline_sidebar() {
        let a = parse(PORTAL);
        assert_eq!(a.id, "t");
        assert_eq!(a.section_text(), Some("CHÍNH QUYỀN ĐÔ THỊ"));
        assert_eq!(
            a.headline_text(),
            Some("Phường Yên Hòa tổng kết công tác dân vận năm 2023")
        );
        assert_eq!(
            a.date_line_text(),
            Some("Ngày đăng 12/01/2024 | 09:05  | Lượt xem: 87")
        );
        assert_eq!(a.published, Date::ymd(2024, 1, 12));
        assert_eq!(a.time.as_deref(), Some("09:05"));
        assert_eq!(a.byline_text(), Some("BAN DÂN VẬN ĐẢNG ỦY"));
        assert!(a.body_text().starts_with("Sáng 11/1/2024, Đảng ủy"));
        assert!(a.body_text().ends_with("Phó Bí thư Đảng ủy phường."));
        assert_eq!(a.extraction_spans(), vec![a.headline.unwrap(), a.body]);
    }

    #[test]
    fn date_line_variants() {
        let cases = [
            (
                "Ngày đăng 07/03/2022 | 16:40",
                Date::ymd(2022, 3, 7),
                Some("16:40"),
            ),
            (
                "Publish date 09/10/2019 | 08:15  | View count: 31",
                Date::ymd(2019, 10, 9),
                Some("08:15"),
            ),
            (
                "03/02/2023 - 10:15 AM",
                Date::ymd(2023, 2, 3),
                Some("10:15 AM"),
            ),
            ("18/05/2021, 08:40", Date::ymd(2021, 5, 18), Some("08:40")),
            (
                "Thứ Hai, 14/11/2022 07:30",
                Date::ymd(2022, 11, 14),
                Some("07:30"),
            ),
            ("25/12/2020", Date::ymd(2020, 12, 25), None),
            ("(15/03/2024 10:20)", Date::ymd(2024, 3, 15), Some("10:20")),
            ("2024-03-15", Date::ymd(2024, 3, 15), None),
            (
                "2024-03-15T10:20:00+07:00",
                Date::ymd(2024, 3, 15),
                Some("10:20:00"),
            ),
            (
                "Thứ sáu, ngày 15 tháng 3 năm 2024",
                Date::ymd(2024, 3, 15),
                None,
            ),
            (
                "Đăng lúc: 10:20 - 15/03/2024",
                Date::ymd(2024, 3, 15),
                Some("10:20"),
            ),
            (
                "Thứ 6, 15/03/2024, 10:20 (GMT+7)",
                Date::ymd(2024, 3, 15),
                Some("10:20"),
            ),
            (
                "Tác giả: Minh Anh - 15/03/2024",
                Date::ymd(2024, 3, 15),
                None,
            ),
            ("Lượt xem: 120 | 15/03/2024", Date::ymd(2024, 3, 15), None),
            (
                "Cập nhật: 10/06/2020 07:30    Lượt xem: 530",
                Date::ymd(2020, 6, 10),
                Some("07:30"),
            ),
            (
                "Ngày đăng: 10/06/2020   Lượt xem: 1.204   Bình luận: 0",
                Date::ymd(2020, 6, 10),
                None,
            ),
            ("Ngày xuất bản: 16/01/2026", Date::ymd(2026, 1, 16), None),
            (
                "(GLO) 09/10/2025 - 05:45",
                Date::ymd(2025, 10, 9),
                Some("05:45"),
            ),
            (
                "Thời gian đăng: 08:15 04/03/2024",
                Date::ymd(2024, 3, 4),
                Some("08:15"),
            ),
        ];
        for (line, date, time) in cases {
            assert_eq!(
                parse_date_line(line),
                Some((date, time.map(String::from))),
                "{line}"
            );
        }
        for not_date in [
            "Ngày 21/8/2020, Ban Thường vụ Huyện ủy họp phiên thường kỳ.",
            "Sáng 28/8/2018",
            "Hội nghị ngày 12/01/2024",
            "12/01/2024 là ngày khai mạc",
            "Ngày 15 tháng 3 năm 2024, Quận ủy tổ chức hội nghị.",
            "Quận ủy họp. Sáng nay - 15/03/2024",
            "Kỳ họp thứ 15 - 2024-03-15 là ngày bế mạc của HĐND quận và nhiều nội dung khác",
        ] {
            assert_eq!(parse_date_line(not_date), None, "{not_date}");
        }
    }

    #[test]
    fn date_line_first_then_the_portal_lines_and_the_headline() {
        let raw = "Thứ ba, 14/07/2020, 08:30 (GMT+7)
Thường Xuân > Tin địa phương

Đảng bộ xã Xuân Lộc tổ chức đại hội nhiệm kỳ 2020 - 2025

Ngày 12/7, Đảng bộ xã Xuân Lộc tổ chức Đại hội đại biểu lần thứ XXII.
";
        let a = parse(raw);
        assert_eq!(a.published, Date::ymd(2020, 7, 14));
        assert_eq!(a.section_text(), Some("Thường Xuân > Tin địa phương"));
        assert_eq!(
            a.headline_text(),
            Some("Đảng bộ xã Xuân Lộc tổ chức đại hội nhiệm kỳ 2020 - 2025")
        );
        assert!(a.body_text().starts_with("Ngày 12/7, Đảng bộ"));
    }

    #[test]
    fn portal_name_and_slashed_breadcrumb_above_a_headline_and_a_worded_date() {
        let raw = "Tân Kỳ - Cổng thông tin điện tử huyện Tân Kỳ
Trang chủ / Tin tức / Chính trị

Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 9

Đăng ngày 18 tháng 9 năm 2023

Sáng 17/9, Ban Chấp hành Đảng bộ huyện Tân Kỳ tổ chức Hội nghị lần thứ 9.
";
        let a = parse(raw);
        assert_eq!(
            a.headline_text(),
            Some("Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 9")
        );
        assert_eq!(a.published, Date::ymd(2023, 9, 18));
        assert!(a
            .section_text()
            .is_some_and(|s| s.starts_with("Tân Kỳ - Cổng")));
        assert!(a.body_text().starts_with("Sáng 17/9, Ban"));
    }

    #[test]
    fn date_at_the_end_of_a_breadcrumb_or_of_the_page() {
        let raw = "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN LẬP
Trang chủ / Tin tức - Sự kiện / Dân vận / 22/05/2024

Tập huấn nghiệp vụ công tác dân vận năm 2024

Ngày 21/5, Ban Dân vận Huyện ủy Yên Lập tổ chức lớp tập huấn.
";
        let a = parse(raw);
        assert_eq!(a.published, Date::ymd(2024, 5, 22));
        assert_eq!(
            a.headline_text(),
            Some("Tập huấn nghiệp vụ công tác dân vận năm 2024")
        );
        assert!(a.body_text().starts_with("Ngày 21/5, Ban"));
        let raw = "THÀNH ỦY PHÚC YÊN
Xây dựng Đảng › Công tác tổ chức

Ban Tổ chức Thành ủy triển khai nhiệm vụ năm 2025

Chiều 9/1, Ban Tổ chức Thành ủy Phúc Yên tổ chức hội nghị triển khai nhiệm vụ.

Hoài Thu

Ngày đăng: 10/01/2025 | Lượt xem: 684
";
        let a = parse(raw);
        assert_eq!(a.published, Date::ymd(2025, 1, 10));
        assert_eq!(
            a.headline_text(),
            Some("Ban Tổ chức Thành ủy triển khai nhiệm vụ năm 2025")
        );
    }

    #[test]
    fn headline_and_bare_date_line() {
        let raw = "Huyện Sóc Sơn khánh thành nhà văn hóa thôn Đông

03/02/2023 - 10:15 AM
Chiều 2/2, UBND huyện Sóc Sơn khánh thành nhà văn hóa thôn Đông.
Đồng chí Trần Văn Bình, Chủ tịch UBND huyện, cắt băng khánh thành.
";
        let a = parse(raw);
        assert_eq!(a.section, None);
        assert_eq!(
            a.headline_text(),
            Some("Huyện Sóc Sơn khánh thành nhà văn hóa thôn Đông")
        );
        assert_eq!(a.published, Date::ymd(2023, 2, 3));
        assert_eq!(a.time.as_deref(), Some("10:15 AM"));
        assert!(a.body_text().starts_with("Chiều 2/2, UBND"));
        assert!(a.body_text().ends_with("cắt băng khánh thành."));
        assert_eq!(a.byline, None);
    }

    #[test]
    fn date_line_as_fourth_line_wraps_the_headline() {
        let raw = "TIN ĐỊA PHƯƠNG
Xã Tân Lập tổ chức hội nghị
đối thoại với nông dân
Ngày đăng 02/04/2021 | 15:00
Ngày 1/4, Đảng ủy xã Tân Lập tổ chức hội nghị đối thoại.";
        let a = parse(raw);
        assert_eq!(a.section_text(), Some("TIN ĐỊA PHƯƠNG"));
        assert_eq!(
            a.headline_text(),
            Some("Xã Tân Lập tổ chức hội nghị\nđối thoại với nông dân")
        );
        assert_eq!(a.published, Date::ymd(2021, 4, 2));
    }

    #[test]
    fn two_section_lines_above_the_headline() {
        // No date line: a unit and a rubric, a blank line, the headline.
        let raw = "QUẬN ỦY TÂY HỒ
Hoạt động cơ sở

Đảng ủy phường Nhật Tân tổ chức hội nghị Ban Chấp hành mở rộng

Ngày 3/4, Đảng ủy phường Nhật Tân họp.";
        let a = parse(raw);
        assert_eq!(a.section_text(), Some("QUẬN ỦY TÂY HỒ\nHoạt động cơ sở"));
        assert_eq!(
            a.headline_text(),
            Some("Đảng ủy phường Nhật Tân tổ chức hội nghị Ban Chấp hành mở rộng")
        );
        assert_eq!(a.body_text(), "Ngày 3/4, Đảng ủy phường Nhật Tân họp.");

        // The date line fourth: a blank line parts the rubric from the
        // headline, which is then not wrapped.
        let raw = "HUYỆN ỦY ĐAN PHƯỢNG
Tin tức - Sự kiện

Huyện ủy Đan Phượng sơ kết công tác quý III
Thứ Hai, 07/10/2024 10:20
Sáng 7/10, Huyện ủy Đan Phượng họp.";
        let a = parse(raw);
        assert_eq!(
            a.section_text(),
            Some("HUYỆN ỦY ĐAN PHƯỢNG\nTin tức - Sự kiện")
        );
        assert_eq!(
            a.headline_text(),
            Some("Huyện ủy Đan Phượng sơ kết công tác quý III")
        );
        assert_eq!(a.published, Date::ymd(2024, 10, 7));
    }

    #[test]
    fn impossible_date_keeps_the_layout() {
        let a = parse("Tiêu đề bài viết thử\nNgày đăng 31/02/2020 | 10:00\n\nNội dung bài viết.");
        assert_eq!(a.headline_text(), Some("Tiêu đề bài viết thử"));
        assert!(a.date_line.is_some());
        assert_eq!(a.published, None);
        assert_eq!(a.time.as_deref(), Some("10:00"));
        assert_eq!(a.body_text(), "Nội dung bài viết.");
    }

    #[test]
    fn headline_without_date_line() {
        let raw = "Huyện Gia Lâm bầu bổ sung Phó Chủ tịch UBND huyện

Chiều 5/6, HĐND huyện Gia Lâm tổ chức kỳ họp chuyên đề.

Với 100% đại biểu tán thành, bà Nguyễn Thị Mai được bầu giữ chức Phó Chủ tịch UBND huyện.
";
        let a = parse(raw);
        assert_eq!(
            a.headline_text(),
            Some("Huyện Gia Lâm bầu bổ sung Phó Chủ tịch UBND huyện")
        );
        assert_eq!(a.date_line, None);
        assert_eq!(a.published, None);
        assert!(a.body_text().starts_with("Chiều 5/6, HĐND"));

        // Directly followed by the body, no blank line.
        let a = parse("Tối ưu hóa thủ tục hành chính ở cấp xã\nNgày 3/3, UBND xã Đông Hội họp.");
        assert_eq!(
            a.headline_text(),
            Some("Tối ưu hóa thủ tục hành chính ở cấp xã")
        );
        assert_eq!(a.body_text(), "Ngày 3/3, UBND xã Đông Hội họp.");
    }

    #[test]
    fn body_only_shapes() {
        // Time lead, hard-wrapped.
        let raw = "Sáng ngày
9/5/2022, Huyện ủy Thạch Thất tổ chức hội nghị
giao ban công tác tuyên giáo quý II.";
        let a = parse(raw);
        assert_eq!(a.headline, None);
        assert_eq!(a.body, Span::new(0, a.text.len()));

        // A first line that is a sentence.
        let a = parse(
            "Ban Thường vụ Quận ủy họp phiên thường kỳ.\n\nHội nghị thống nhất các nội dung.",
        );
        assert_eq!(a.headline, None);
        assert!(a.body_text().starts_with("Ban Thường vụ"));

        // A first line that runs on in lowercase on the next line.
        let a = parse("Đồng chí Phạm Văn Hùng, Bí thư Đảng ủy\nphường, chủ trì hội nghị.");
        assert_eq!(a.headline, None);

        // A number lead and a single line.
        for raw in [
            "12/4, Đảng bộ xã Vân Hòa tổ chức đại hội\nĐại hội bầu 15 đồng chí vào Ban Chấp hành.",
            "Ngày 14/7, UBND quận họp",
            "Thông báo",
        ] {
            let a = parse(raw);
            assert_eq!(a.headline, None, "{raw}");
            assert_eq!(a.body_text(), raw.trim(), "{raw}");
        }

        // "Ngày" not followed by a number can open a headline.
        let a =
            parse("Ngày hội đại đoàn kết ở khu dân cư số 5\n\nKhu dân cư số 5 tổ chức ngày hội.");
        assert_eq!(
            a.headline_text(),
            Some("Ngày hội đại đoàn kết ở khu dân cư số 5")
        );
    }

    #[test]
    fn sidebar_markers_cut_the_body() {
        let raw = "Xã Phú Cát ra mắt mô hình dân vận khéo

Sáng 6/9, Đảng ủy xã Phú Cát ra mắt mô hình dân vận khéo.

THỜI TIẾT CÁC VÙNG
Hà Nội 31°C
Bình chọn
";
        let a = parse(raw);
        assert_eq!(
            a.body_text(),
            "Sáng 6/9, Đảng ủy xã Phú Cát ra mắt mô hình dân vận khéo."
        );
        let a = parse(
            "Tin ngắn về hội nghị\n\nHội nghị kết thúc tốt đẹp.\n  Ý kiến (3)  \nBạn đọc A viết.",
        );
        assert_eq!(a.body_text(), "Hội nghị kết thúc tốt đẹp.");
        let a = parse("Tin ngắn về hội nghị\n\nHội nghị kết thúc tốt đẹp.\nCác tin khác:\nTin một");
        assert_eq!(a.body_text(), "Hội nghị kết thúc tốt đẹp.");
        let a = parse(
            "Tin ngắn về hội nghị\n\nHội nghị kết thúc tốt đẹp.\nLiên kết website: Báo Hải \
             Phòng | xã Vĩnh Hải | xã Vĩnh Thịnh",
        );
        assert_eq!(a.body_text(), "Hội nghị kết thúc tốt đẹp.");
        let a = parse(
            "Tin ngắn về hội nghị\n\nHội nghị kết thúc tốt đẹp.\n* Tin cùng chuyên mục:\nTin một",
        );
        assert_eq!(a.body_text(), "Hội nghị kết thúc tốt đẹp.");
        // A bar of share buttons above the body is no box of links.
        let a =
            parse("Tin ngắn về hội nghị\nChia sẻ: Facebook | Zalo\n\nHội nghị kết thúc tốt đẹp.");
        assert!(a.body_text().ends_with("Hội nghị kết thúc tốt đẹp."));
        let a =
            parse("Tin ngắn về hội nghị\n\nHội nghị kết thúc tốt đẹp.\nCác tin đã đăng:\nTin một");
        assert_eq!(a.body_text(), "Hội nghị kết thúc tốt đẹp.");
        let a =
            parse("Tin ngắn về hội nghị\n\nHội nghị kết thúc tốt đẹp.\nCùng chuyên mục\nTin một");
        assert_eq!(a.body_text(), "Hội nghị kết thúc tốt đẹp.");
        // A box's date picker after its marker.
        for stamp in [
            "ngày: [ 25/05/2023 ] Xem",
            "ngày: 17/08/2023",
            "ngày: [ 20/07/2022 ]",
        ] {
            let a = parse(&format!(
                "Tin ngắn về hội nghị\n\nHội nghị kết thúc tốt đẹp.\nCác tin đã đưa {stamp}\n» Xã \
                 Hải Đông ra mắt mô hình"
            ));
            assert_eq!(a.body_text(), "Hội nghị kết thúc tốt đẹp.", "{stamp}");
        }
        // A marker inside a sentence is body text.
        let a = parse("Tin ngắn về hội nghị\n\nĐại biểu chia sẻ kinh nghiệm bình chọn.");
        assert_eq!(a.body_text(), "Đại biểu chia sẻ kinh nghiệm bình chọn.");
        assert!(SIDEBAR.len() >= 9);
    }

    #[test]
    fn a_box_of_related_links_inside_the_body_is_skipped() {
        let raw = "Huyện Ba Vì tổ chức hội nghị
12/03/2024

Sáng 11/3, Huyện ủy Ba Vì tổ chức hội nghị.

Tin liên quan:
- Ba Vì ra quân làm thủy lợi
+ Huyện Ba Vì đón bằng nông thôn mới
» Ba Vì khởi công đường liên xã

Đồng chí Bùi Duy Quang, Bí thư Huyện ủy chủ trì hội nghị.
VĂN PHÒNG HUYỆN ỦY
";
        let a = parse(raw);
        assert_eq!(a.published, Date::ymd(2024, 3, 12));
        let read: Vec<&str> = a
            .extraction_spans()
            .into_iter()
            .map(|s| a.slice(s))
            .collect();
        let all = read.join("\n");
        assert!(all.contains("Huyện ủy Ba Vì tổ chức hội nghị."), "{all}");
        assert!(all.contains("Đồng chí Bùi Duy Quang"), "{all}");
        assert!(
            !all.contains("ra quân")
                && !all.contains("nông thôn mới")
                && !all.contains("khởi công"),
            "{all}"
        );
        assert_eq!(a.byline_text(), Some("VĂN PHÒNG HUYỆN ỦY"));
        // Links with no article after them end the body, as any sidebar does.
        let a = parse("Tin ngắn về hội nghị\n\nHội nghị kết thúc tốt đẹp.\nTin liên quan:\n- Tin một\n- Tin hai\n");
        assert_eq!(a.body_text(), "Hội nghị kết thúc tốt đẹp.");
        assert!(a.skipped.is_empty());
        // "» Xem thêm: <headline>" holds its one link: at the end it ends
        // the body, inside it the article goes on after it.
        let a = parse(
            "Tin ngắn về hội nghị\n\nHội nghị kết thúc tốt đẹp.\n» Xem thêm: Phường Bến Tắm ra \
             quân\n",
        );
        assert_eq!(a.body_text(), "Hội nghị kết thúc tốt đẹp.");
        for marker in ["Đọc thêm:", "Văn bản mới:", "Văn bản liên quan"] {
            let a = parse(&format!(
                "Tin ngắn về hội nghị\n\nHội nghị kết thúc tốt đẹp.\n{marker}\n› Phường Việt Hưng \
                 ra quân\n"
            ));
            assert_eq!(a.body_text(), "Hội nghị kết thúc tốt đẹp.", "{marker}");
        }
        let a = parse(
            "Tin ngắn về hội nghị\n\nHội nghị khai mạc lúc 8 giờ.\nXem thêm: Xã Hải Đông ra mắt \
             mô hình\nĐồng chí Bí thư Huyện ủy phát biểu chỉ đạo tại hội nghị hôm nay.\n",
        );
        assert!(a
            .body_text()
            .ends_with("phát biểu chỉ đạo tại hội nghị hôm nay."));
        let read: Vec<&str> = a
            .extraction_spans()
            .into_iter()
            .map(|s| a.slice(s))
            .collect();
        assert!(!read.join("\n").contains("Hải Đông"));
    }

    #[test]
    fn byline_rules() {
        let a = parse("Tiêu đề ngắn của bài\n\nCâu thứ nhất của bài.\nVĂN PHÒNG HUYỆN ỦY\n");
        assert_eq!(a.byline_text(), Some("VĂN PHÒNG HUYỆN ỦY"));
        assert_eq!(a.body_text(), "Câu thứ nhất của bài.");
        for last in [
            "Phạm Thu Trang",
            "TTXVN",
            "KẾT QUẢ NĂM 2023",
            "Một số hình ảnh tại hội nghị:",
        ] {
            let raw = format!("Tiêu đề ngắn của bài\n\nCâu thứ nhất của bài.\n{last}\n");
            let a = parse(&raw);
            assert_eq!(a.byline, None, "{last}");
            assert!(a.body_text().ends_with(last), "{last}");
        }
        // A body that is only a capitalised line keeps it as body.
        let a = parse("Tiêu đề ngắn của bài\n\nHỘI NGHỊ CÁN BỘ CHỦ CHỐT\n");
        assert_eq!(a.byline, None);
        assert_eq!(a.body_text(), "HỘI NGHỊ CÁN BỘ CHỦ CHỐT");
    }

    #[test]
    fn crlf_and_lone_cr_give_the_lf_spans() {
        let lf = parse(PORTAL);
        let crlf = parse(&PORTAL.replace('\n', "\r\n"));
        let cr = parse(&PORTAL.replace('\n', "\r"));
        assert_eq!(crlf, lf);
        assert_eq!(cr, lf);
        let bom = parse(&format!("\u{feff}{PORTAL}"));
        assert_eq!(bom, lf);
    }

    #[test]
    fn nfd_gives_the_nfc_spans() {
        let nfc = parse(PORTAL);
        let nfd_raw: String = PORTAL.nfd().collect();
        assert_ne!(nfd_raw, PORTAL);
        let nfd = parse(&nfd_raw);
        assert_eq!(nfd, nfc);
        assert_eq!(nfd.byline_text(), Some("BAN DÂN VẬN ĐẢNG ỦY"));
    }

    #[test]
    fn errors() {
        for raw in ["", "   \n\t\r\n ", "\u{feff}"] {
            assert_eq!(parse_article("x", raw), Err(ArticleError::Empty), "{raw:?}");
        }
        for raw in ["12/05/2020 | 10:00\n--- 123", "\u{1}\u{2}\u{3}"] {
            assert_eq!(
                parse_article("x", raw),
                Err(ArticleError::NoText),
                "{raw:?}"
            );
        }
        assert_eq!(ArticleError::Empty.to_string(), "empty article");
        assert_eq!(
            ArticleError::NoText.to_string(),
            "no text: binary or not an article"
        );
    }

    #[test]
    fn no_panic_and_spans_on_char_boundaries() {
        let samples = [
            PORTAL,
            "Ủy\n\nỦY BAN\n",
            "\r\r\nĐ\r",
            "a\n03/02/2023 - 10:15 PM",
            "ĐẠI HỘI ĐẢNG BỘ\nNgày đăng 01/01/2020",
            "Ý kiến ()\nÝ kiến ()",
            "x (",
            "Tiêu đề\n\n(\u{300})\n",
        ];
        for s in samples {
            let chars: Vec<(usize, char)> = s.char_indices().collect();
            for (i, _) in chars {
                let raw = &s[..i];
                let Ok(a) = parse_article("f", raw) else {
                    continue;
                };
                let spans = [a.section, a.headline, a.date_line, Some(a.body), a.byline];
                for sp in spans.into_iter().flatten() {
                    assert!(sp.start <= sp.end && sp.end <= a.text.len(), "{raw:?}");
                    assert!(a.text.is_char_boundary(sp.start), "{raw:?}");
                    assert!(a.text.is_char_boundary(sp.end), "{raw:?}");
                }
            }
        }
    }

    #[test]
    fn slice_is_safe() {
        let a = parse("Ủy ban nhân dân xã\n\nNội dung.");
        assert_eq!(a.slice(Span::new(1, 2)), "");
        assert_eq!(a.slice(Span::new(5, 1_000)), "");
        assert!(Span::new(3, 3).is_empty());
        assert_eq!(Span::new(2, 7).len(), 5);
    }
}
