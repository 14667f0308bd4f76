//! Scoring a graph against gold annotations: a port of `eval/score.py`.
//!
//! The Python scorer is the reference the gold standard was written against,
//! so this port reproduces it figure for figure, including its quirks: the
//! name folding of `norm`, Python's idea of whitespace and of word
//! boundaries in the regex rewrites, the dict semantics of the node table
//! (a repeated id keeps its first position and its last value), the order in
//! which meetings are aligned, and the conventions for empty rows. Where the
//! Python would raise on a malformed graph, [`score`] reads the odd field the
//! way Python reads a missing one and [`check_graph`] reports the problem;
//! [`try_score`] does both.

use regex::{Captures, Regex};
use serde::{Deserialize, Deserializer};
use serde_json::{json, Map, Value};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::Path;
use std::sync::LazyLock;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// The kinds of fact that are scored, in the order of the report.
pub const KINDS: [&str; 12] = [
    "persons",
    "titles",
    "districts",
    "wards",
    "resolutions",
    "issuers",
    "implements",
    "meetings",
    "organizers",
    "chairs",
    "participants",
    "meeting_resolutions",
];

// --- gold ---------------------------------------------------------------------

/// Gold facts of one article, as in the annotation guide.
///
/// Unknown fields are ignored; the fields that `score.py` reads with `.get`
/// may be absent.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldArticle {
    /// Article id: the file name of the article without extension.
    pub article: String,
    /// Publication date, when known.
    #[serde(default, deserialize_with = "lenient_text")]
    pub published: Option<String>,
    /// The article's district (or province after July 2025).
    #[serde(default, deserialize_with = "lenient_text")]
    pub district: Option<String>,
    /// Every named person with their titles.
    pub persons: Vec<GoldPerson>,
    /// Every named district.
    pub districts: Vec<String>,
    /// Every named ward, with its district.
    pub wards: Vec<GoldWard>,
    /// Every numbered document mentioned.
    pub resolutions: Vec<GoldResolution>,
    /// Unnumbered documents: neither required nor counted against.
    #[serde(default)]
    pub optional_resolutions: Vec<GoldOptionalResolution>,
    /// Pairs `[A, B]` of codes where A carries out B.
    #[serde(default)]
    pub implements: Vec<(String, String)>,
    /// The meetings reported, keyed by date.
    pub meetings: Vec<GoldMeeting>,
    /// Free-text remarks of the annotator.
    #[serde(default, deserialize_with = "lenient_text")]
    pub notes: Option<String>,
}

/// A person of the gold standard.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldPerson {
    /// Full name without honorific.
    pub name: String,
    /// Current titles, one per entry.
    pub titles: Vec<String>,
    /// Past titles: neither required nor counted against.
    #[serde(default)]
    pub optional_titles: Vec<String>,
}

/// A ward of the gold standard.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldWard {
    /// Bare proper name.
    pub name: String,
    /// Bare name of its district, if it has one.
    #[serde(default)]
    pub district: Option<String>,
}

/// A numbered document of the gold standard.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldResolution {
    /// Code such as `15-NQ/TU` or `1234/QĐ-UBND`.
    pub code: String,
    /// Kind in words ("Nghị quyết").
    #[serde(default, deserialize_with = "lenient_text")]
    pub kind: Option<String>,
    /// The body that issued it.
    #[serde(default)]
    pub issuer: Option<String>,
    /// Its date, where given.
    #[serde(default, deserialize_with = "lenient_text")]
    pub date: Option<String>,
}

/// An unnumbered document of the gold standard.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldOptionalResolution {
    /// How the article names it.
    #[serde(default, deserialize_with = "lenient_text")]
    pub name: Option<String>,
    /// The body that issued it.
    #[serde(default, deserialize_with = "lenient_text")]
    pub issuer: Option<String>,
}

/// A meeting of the gold standard.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldMeeting {
    /// ISO date, a reduced form ("2023-06") or "?".
    pub date: String,
    /// Acceptable organizers, the preferred one first.
    #[serde(default)]
    pub organizer: Option<Vec<String>>,
    /// Persons who chaired it.
    #[serde(default)]
    pub chairs: Vec<String>,
    /// Persons present.
    #[serde(default)]
    pub participants: Vec<String>,
    /// Codes of the documents that are its subject.
    #[serde(default)]
    pub resolutions: Vec<String>,
}

/// Free text that the scorer never reads: keep it when it is a string and
/// accept anything else, as the Python does.
fn lenient_text<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::String(s) => Some(s),
        _ => None,
    })
}

/// Read every `*.json` of a directory, sorted by file name. Errors name the file.
///
/// Like Python's `glob`, names starting with a dot are skipped.
pub fn load_gold_dir(dir: &Path) -> Result<Vec<GoldArticle>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut paths = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| format!("{}: {e}", dir.display()))?;
        let name = entry.file_name();
        let lossy = name.to_string_lossy();
        if lossy.ends_with(".json") && !lossy.starts_with('.') {
            paths.push(entry.path());
        }
    }
    paths.sort_by(|a, b| {
        a.as_os_str()
            .as_encoded_bytes()
            .cmp(b.as_os_str().as_encoded_bytes())
    });
    paths
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))?;
            serde_json::from_str(&text).map_err(|e| format!("{}: {e}", p.display()))
        })
        .collect()
}

// --- normalization ------------------------------------------------------------

static ABBREVIATIONS_TSV: &str = include_str!("../data/lexicon/scorer_abbreviations.tsv");

static ABBREVIATIONS: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
    ABBREVIATIONS_TSV
        .lines()
        .map(|l| l.trim_end_matches('\r'))
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .collect()
});

/// Python's `str.isspace`, which is what `\s` and `strip()` mean there; it
/// differs from Unicode White_Space by the separators U+001C..U+001F.
fn is_py_space(c: char) -> bool {
    matches!(
        c,
        '\t'..='\r'
            | '\u{1c}'..='\u{20}'
            | '\u{85}'
            | '\u{a0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200a}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}'
    )
}

/// Python's `\w` (`str.isalnum()` or `_`). Rust's Alphabetic also takes in
/// combining marks and a few symbols (Other_Alphabetic), which Python's
/// letter categories do not.
fn is_py_word(c: char) -> bool {
    c == '_'
        || (c.is_alphanumeric()
            && !is_combining_mark(c)
            && !matches!(
                c,
                '\u{24b6}'..='\u{24e9}'
                    | '\u{1f130}'..='\u{1f149}'
                    | '\u{1f150}'..='\u{1f169}'
                    | '\u{1f170}'..='\u{1f189}'
            ))
}

/// Python's `\b` at byte offset `i` of `s`.
fn py_boundary(s: &str, i: usize) -> bool {
    let before = s.get(..i).and_then(|h| h.chars().next_back());
    let after = s.get(i..).and_then(|t| t.chars().next());
    before.is_some_and(is_py_word) != after.is_some_and(is_py_word)
}

/// Replace every run of Python whitespace by `with`.
fn squash_py(s: &str, with: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_space = false;
    for c in s.chars() {
        if is_py_space(c) {
            if !in_space {
                out.push_str(with);
            }
            in_space = true;
        } else {
            out.push(c);
            in_space = false;
        }
    }
    out
}

/// `re.sub` for a pattern whose `\b` the regex crate cannot express the
/// Python way: `re` matches the pattern without its `\b`, `ok` checks them.
/// At most one match of these patterns starts at any position, so when the
/// check fails the next candidate starts one character later, exactly where
/// Python's scan goes on.
fn sub_py(
    s: &str,
    re: &Regex,
    ok: impl Fn(&str, &Captures) -> bool,
    rep: impl Fn(&Captures) -> String,
) -> String {
    let mut out = String::with_capacity(s.len());
    let mut copied = 0;
    let mut pos = 0;
    while pos <= s.len() {
        let Some(caps) = re.captures_at(s, pos) else {
            break;
        };
        let Some(m) = caps.get(0) else {
            break;
        };
        if ok(s, &caps) && !m.is_empty() {
            out.push_str(&s[copied..m.start()]);
            out.push_str(&rep(&caps));
            copied = m.end();
            pos = m.end();
        } else {
            pos = m.start() + s[m.start()..].chars().next().map_or(1, char::len_utf8);
        }
    }
    out.push_str(&s[copied..]);
    out
}

fn group<'h>(caps: &Captures<'h>, i: usize) -> &'h str {
    caps.get(i).map_or("", |m| m.as_str())
}

/// Python `\b` at both ends of the whole match.
fn word_edges(s: &str, caps: &Captures) -> bool {
    caps.get(0)
        .is_some_and(|m| py_boundary(s, m.start()) && py_boundary(s, m.end()))
}

fn regex(pattern: &str) -> Regex {
    // Only ever called on the constant patterns below, which the tests compile.
    Regex::new(pattern).expect("constant pattern")
}

const PY_SPACE_CLASS: &str = r"[\t\n\x0B\x0C\r\x1C-\x1F \x{85}\x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}]";

static RE_MEMBER_LOCAL: LazyLock<Regex> = LazyLock::new(|| regex("(thành|quận|huyện|thị) ủy viên"));
static RE_MEMBER_PARTY: LazyLock<Regex> = LazyLock::new(|| regex("(tỉnh|đảng) ủy viên"));
static RE_TERM: LazyLock<Regex> =
    LazyLock::new(|| regex(&format!(r"{PY_SPACE_CLASS}*\(?khóa [ivxlcdm0-9]+\)?")));
static RE_HEAD_BAN: LazyLock<Regex> = LazyLock::new(|| regex("(trưởng|phó trưởng) ban ban"));
static RE_PARTY_CODE: LazyLock<Regex> =
    LazyLock::new(|| regex(r"(\d+[A-Z]?)-([A-ZĐ]+)/([A-ZĐ\-]+)"));
static RE_STATE_CODE: LazyLock<Regex> =
    LazyLock::new(|| regex(r"(\d+[A-Z]?)/([A-ZĐ]+)-([A-ZĐ\-]+)"));
static RE_LEADING_DIGIT: LazyLock<Regex> = LazyLock::new(|| regex(r"^\d"));

const TONED: [(char, &str); 5] = [
    ('a', "àáảãạ"),
    ('e', "èéẻẽẹ"),
    ('y', "ỳýỷỹỵ"),
    ('o', "òóỏõọ"),
    ('u', "ùúủũụ"),
];

fn toned(v: char) -> &'static str {
    TONED
        .iter()
        .find(|(b, _)| *b == v)
        .map_or("", |(_, marks)| marks)
}

/// The lowercase of `c` when it is a single character.
fn lower1(c: char) -> Option<char> {
    let mut it = c.to_lowercase();
    match (it.next(), it.next()) {
        (Some(l), None) => Some(l),
        _ => None,
    }
}

/// Old-style tone placement at the end of a word (hoà, uỷ) to the new style
/// (hòa, ủy); "qu" is a consonant, so "quý" stays.
fn retone(word: &str) -> String {
    let chars: Vec<char> = word.chars().collect();
    let n = chars.len();
    if word.to_lowercase().starts_with("qu") || n < 2 {
        return word.to_string();
    }
    let (prev, last) = (chars[n - 2], chars[n - 1]);
    for (v1, v2) in [('o', 'a'), ('o', 'e'), ('u', 'y')] {
        if lower1(prev) != Some(v1) {
            continue;
        }
        let Some(tone) = lower1(last).and_then(|l| toned(v2).chars().position(|m| m == l)) else {
            continue;
        };
        let Some(mut new_prev) = toned(v1).chars().nth(tone) else {
            continue;
        };
        if prev.is_uppercase() {
            new_prev = new_prev.to_uppercase().next().unwrap_or(new_prev);
        }
        let new_last = if last.is_uppercase() {
            v2.to_ascii_uppercase()
        } else {
            v2
        };
        let mut out: String = chars[..n - 2].iter().collect();
        out.push(new_prev);
        out.push(new_last);
        return out;
    }
    word.to_string()
}

/// Canonical comparison form of a name, title or body (`score.py`'s `norm`):
/// NFC, abbreviations expanded, new-style tones, lowercase, membership titles
/// and the front's name in one form, terms ("khóa XV") dropped.
pub fn norm(text: &str) -> String {
    let s: String = text.nfc().collect();
    let s = s
        .replace(['\u{2013}', '\u{2014}'], "-")
        .replace('\u{a0}', " ");
    let s = squash_py(&s, " ");
    let s = s.trim_matches(&[' ', '.', ',', ';', ':', '-'][..]);
    let expanded: Vec<&str> = s
        .split(' ')
        .map(|w| ABBREVIATIONS.get(w).copied().unwrap_or(w))
        .collect();
    let expanded = expanded.join(" ");
    let retoned: Vec<String> = expanded.split(' ').map(retone).collect();
    let s = retoned.join(" ").to_lowercase();
    let member = |c: &Captures| format!("ủy viên {} ủy", group(c, 1));
    let s = sub_py(&s, &RE_MEMBER_LOCAL, word_edges, member);
    let s = sub_py(&s, &RE_MEMBER_PARTY, word_edges, member);
    let s = s.replace(
        "ủy viên ban chấp hành trung ương đảng",
        "ủy viên trung ương đảng",
    );
    let s = s.replace("mặt trận tổ quốc việt nam", "mặt trận tổ quốc");
    // The `\b` of this pattern sits before "khóa", after optional blanks and "(".
    let before_term = |s: &str, c: &Captures| {
        c.get(0).is_some_and(|m| {
            m.as_str()
                .find("khóa")
                .is_some_and(|k| py_boundary(s, m.start() + k))
        })
    };
    let s = sub_py(&s, &RE_TERM, before_term, |_| String::new());
    let s = sub_py(&s, &RE_HEAD_BAN, word_edges, |c| {
        format!("{} ban", group(c, 1))
    });
    squash_py(&s, " ").trim_matches(is_py_space).to_string()
}

/// `norm` of a value that may be Python's `None`.
fn norm_opt(text: Option<&str>) -> String {
    text.map_or_else(String::new, norm)
}

/// Canonical form of a document code: "Nghị quyết số 15 - NQ/TU" -> "15-NQ/TU",
/// "1234/qđ-ubnd" -> "1234/QĐ-UBND".
pub fn norm_code(code: &str) -> String {
    let s = code.nfc().collect::<String>().to_uppercase();
    let s = s.replace(['\u{2013}', '\u{2014}'], "-");
    let s: String = s.chars().filter(|c| !is_py_space(*c)).collect();
    if let Some(c) = RE_PARTY_CODE.captures(&s) {
        return format!("{}-{}/{}", group(&c, 1), group(&c, 2), group(&c, 3));
    }
    if let Some(c) = RE_STATE_CODE.captures(&s) {
        return format!("{}/{}-{}", group(&c, 1), group(&c, 2), group(&c, 3));
    }
    s
}

/// True when two body names are the same or one ends with the other
/// ("Ban Thường vụ Thành ủy Hà Nội" matches "Thành ủy Hà Nội").
pub fn issuer_match(a: &str, b: &str) -> bool {
    issuer_match_normed(&norm(a), &norm(b))
}

fn issuer_match_normed(a: &str, b: &str) -> bool {
    !a.is_empty() && !b.is_empty() && (a == b || a.ends_with(b) || b.ends_with(a))
}

/// The article id of a source: the base name, without a .txt/.html/.htm/.json
/// extension.
pub fn stem(article_id: &str) -> String {
    let base = article_id.rsplit('/').next().unwrap_or(article_id);
    if [".txt", ".html", ".htm", ".json"]
        .iter()
        .any(|e| base.ends_with(e))
    {
        base.rsplit_once('.').map_or(base, |(b, _)| b).to_string()
    } else {
        base.to_string()
    }
}

fn starts_with_digit(s: &str) -> bool {
    RE_LEADING_DIGIT.is_match(s)
}

// --- Python views of JSON values ----------------------------------------------

fn truthy(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64().is_some_and(|f| f != 0.0),
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
    }
}

/// Python's `repr` of a float.
fn py_float(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.into();
    }
    // `{:e}` gives the shortest round-trip digits, which is what repr uses;
    // only the layout differs.
    let sci = format!("{x:e}");
    let (mant, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let (sign, mant) = match mant.strip_prefix('-') {
        Some(m) => ("-", m),
        None => ("", mant),
    };
    let digits: String = mant.chars().filter(char::is_ascii_digit).collect();
    if (-4..16).contains(&exp) {
        let point = exp + 1;
        let body = if point <= 0 {
            format!("0.{}{}", "0".repeat((-point) as usize), digits)
        } else if point as usize >= digits.len() {
            format!("{}{}.0", digits, "0".repeat(point as usize - digits.len()))
        } else {
            format!(
                "{}.{}",
                &digits[..point as usize],
                &digits[point as usize..]
            )
        };
        format!("{sign}{body}")
    } else {
        let rest = digits.get(1..).unwrap_or("");
        let frac = if rest.is_empty() {
            String::new()
        } else {
            format!(".{rest}")
        };
        let esign = if exp < 0 { '-' } else { '+' };
        format!(
            "{sign}{}{frac}e{esign}{:02}",
            digits.get(..1).unwrap_or("0"),
            exp.abs()
        )
    }
}

fn py_number(n: &serde_json::Number) -> String {
    if n.is_i64() || n.is_u64() {
        n.to_string()
    } else {
        py_float(n.as_f64().unwrap_or(f64::NAN))
    }
}

/// Python's `str.isprintable` for one character, short of the unassigned
/// code points, for which there is no table at hand.
fn py_printable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    !(c.is_control()
        || is_py_space(c)
        || matches!(
            c,
            '\u{ad}'
                | '\u{600}'..='\u{605}'
                | '\u{61c}'
                | '\u{6dd}'
                | '\u{70f}'
                | '\u{890}'..='\u{891}'
                | '\u{8e2}'
                | '\u{180e}'
                | '\u{200b}'..='\u{200f}'
                | '\u{202a}'..='\u{202e}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{206f}'
                | '\u{e000}'..='\u{f8ff}'
                | '\u{feff}'
                | '\u{fff9}'..='\u{fffb}'
                | '\u{110bd}'
                | '\u{110cd}'
                | '\u{13430}'..='\u{1343f}'
                | '\u{1bca0}'..='\u{1bca3}'
                | '\u{1d173}'..='\u{1d17a}'
                | '\u{e0001}'
                | '\u{e0020}'..='\u{e007f}'
                | '\u{f0000}'..
        ))
}

/// Python's `repr` of a string.
fn py_repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c if (c as u32) < 0x7f || py_printable(c) => out.push(c),
            c if (c as u32) <= 0xff => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) <= 0xffff => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push(quote);
    out
}

fn py_repr(v: &Value) -> String {
    match v {
        Value::Null => "None".into(),
        Value::Bool(true) => "True".into(),
        Value::Bool(false) => "False".into(),
        Value::Number(n) => py_number(n),
        Value::String(s) => py_repr_str(s),
        Value::Array(a) => format!("[{}]", a.iter().map(py_repr).collect::<Vec<_>>().join(", ")),
        Value::Object(o) => format!(
            "{{{}}}",
            o.iter()
                .map(|(k, v)| format!("{}: {}", py_repr_str(k), py_repr(v)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// Python's `str()` of a value read by `json.load`.
fn py_str(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => py_repr(other),
    }
}

/// A JSON value as a Python dict key: equal keys are equal in Python
/// (`1 == 1.0 == True`), and the order is Python's within one type.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Key {
    None,
    Int(i128),
    Float(u64),
    Str(String),
    /// Unhashable in Python (a list or dict); kept apart from everything else.
    Other(String),
}

impl Key {
    fn of(v: Option<&Value>) -> Key {
        match v {
            None | Some(Value::Null) => Key::None,
            Some(Value::Bool(b)) => Key::Int(i128::from(*b)),
            Some(Value::Number(n)) => {
                if let Some(i) = n.as_i64() {
                    Key::Int(i128::from(i))
                } else if let Some(u) = n.as_u64() {
                    Key::Int(i128::from(u))
                } else {
                    let f = n.as_f64().unwrap_or(f64::NAN);
                    if f.fract() == 0.0 && f.abs() < 1e38 {
                        Key::Int(f as i128)
                    } else {
                        Key::Float(f.to_bits())
                    }
                }
            }
            Some(Value::String(s)) => Key::Str(s.clone()),
            Some(other) => Key::Other(other.to_string()),
        }
    }
}

// --- reading the graph --------------------------------------------------------

struct Node {
    id: Key,
    /// `str(id)`, for reports.
    id_text: String,
    typ: String,
    /// `norm(n["name"])`.
    name: String,
    /// `n["name"]` itself, as text (`None` for null or absent).
    raw_name: Option<String>,
    /// `code_of(n)`.
    code: String,
    /// `str(n.get("date") or "?")`.
    date: String,
    src: HashSet<String>,
}

struct Edge {
    source: usize,
    target: usize,
    typ: String,
    src: HashSet<String>,
}

/// The graph as `score.py`'s `Graph` sees it, with per-article indexes
/// (which keep the node and edge order) so that scoring many articles does
/// not rescan the whole graph each time.
struct Graph {
    nodes: Vec<Node>,
    edges: Vec<Edge>,
    nodes_by_art: HashMap<String, Vec<usize>>,
    edges_by_art: HashMap<String, Vec<usize>>,
}

/// `{stem(s) for s in source_ids(obj)}`.
fn source_stems(obj: &Map<String, Value>) -> HashSet<String> {
    let mut out = HashSet::new();
    let Some(sources) = obj.get("sources").filter(|v| truthy(v)) else {
        return out;
    };
    match sources {
        Value::Array(items) => {
            for s in items {
                match s {
                    Value::String(s) => {
                        out.insert(stem(s));
                    }
                    Value::Object(o) => {
                        let art = o
                            .get("article")
                            .filter(|v| truthy(v))
                            .or_else(|| o.get("id"));
                        if let Some(art) = art.filter(|v| truthy(v)) {
                            out.insert(stem(&py_str(art)));
                        }
                    }
                    _ => {}
                }
            }
        }
        // Python iterates a string by characters and a dict by keys.
        Value::String(s) => out.extend(s.chars().map(|c| stem(&c.to_string()))),
        Value::Object(o) => out.extend(o.keys().map(|k| stem(k))),
        _ => {}
    }
    out
}

fn type_of(obj: &Map<String, Value>) -> String {
    obj.get("type")
        .map_or_else(String::new, py_str)
        .to_lowercase()
}

fn text_of(v: Option<&Value>) -> Option<String> {
    match v {
        None | Some(Value::Null) => None,
        Some(v) => Some(py_str(v)),
    }
}

impl Graph {
    fn new(data: &Value) -> Graph {
        let empty = Vec::new();
        let list = |key: &str| match data.get(key) {
            Some(Value::Array(a)) => a,
            _ => &empty,
        };
        let mut nodes: Vec<Node> = Vec::new();
        let mut index: HashMap<Key, usize> = HashMap::new();
        for n in list("nodes") {
            let Some(obj) = n.as_object() else { continue };
            let Some(id) = obj.get("id") else { continue };
            let raw_name = text_of(obj.get("name"));
            let code_src = obj
                .get("code")
                .filter(|v| truthy(v))
                .or_else(|| obj.get("name"));
            let node = Node {
                id: Key::of(Some(id)),
                id_text: py_str(id),
                typ: type_of(obj),
                name: norm_opt(raw_name.as_deref()),
                raw_name,
                code: text_of(code_src).map_or_else(String::new, |c| norm_code(&c)),
                date: obj
                    .get("date")
                    .filter(|v| truthy(v))
                    .map_or_else(|| "?".to_string(), py_str),
                src: source_stems(obj),
            };
            // A dict keeps the first position of a key and its last value.
            match index.get(&node.id) {
                Some(&i) => nodes[i] = node,
                None => {
                    index.insert(node.id.clone(), nodes.len());
                    nodes.push(node);
                }
            }
        }
        let edge_list = if data.get("edges").is_some() {
            list("edges")
        } else {
            list("links")
        };
        let mut edges = Vec::new();
        for e in edge_list {
            let Some(obj) = e.as_object() else { continue };
            let source = index.get(&Key::of(obj.get("source")));
            let target = index.get(&Key::of(obj.get("target")));
            if let (Some(&source), Some(&target)) = (source, target) {
                edges.push(Edge {
                    source,
                    target,
                    typ: type_of(obj),
                    src: source_stems(obj),
                });
            }
        }
        let mut nodes_by_art: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, n) in nodes.iter().enumerate() {
            for s in &n.src {
                nodes_by_art.entry(s.clone()).or_default().push(i);
            }
        }
        let mut edges_by_art: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, e) in edges.iter().enumerate() {
            for s in &e.src {
                edges_by_art.entry(s.clone()).or_default().push(i);
            }
        }
        Graph {
            nodes,
            edges,
            nodes_by_art,
            edges_by_art,
        }
    }

    /// Nodes of a type from one article, in node order.
    fn nodes_of(&self, typ: &str, article: &str) -> Vec<&Node> {
        self.nodes_by_art
            .get(article)
            .into_iter()
            .flatten()
            .map(|&i| &self.nodes[i])
            .filter(|n| n.typ == typ)
            .collect()
    }

    fn edges_of(&self, article: &str) -> impl Iterator<Item = &Edge> {
        self.edges_by_art
            .get(article)
            .into_iter()
            .flatten()
            .map(|&i| &self.edges[i])
    }

    /// (node of type t1, node of type t2, edge) for edges between them,
    /// either direction.
    fn pairs(&self, t1: &str, t2: &str, article: &str) -> Vec<(&Node, &Node, &Edge)> {
        let mut out = Vec::new();
        for e in self.edges_of(article) {
            let (a, b) = (&self.nodes[e.source], &self.nodes[e.target]);
            if a.typ == t1 && b.typ == t2 {
                out.push((a, b, e));
            } else if t1 != t2 && a.typ == t2 && b.typ == t1 {
                out.push((b, a, e));
            }
        }
        out
    }
}

/// Check that a graph has the shape `score.py` needs, so that a malformed
/// file is reported instead of being scored as if the odd parts were absent.
pub fn check_graph(graph: &Value) -> Result<(), String> {
    let Some(top) = graph.as_object() else {
        return Err("graph: not a JSON object".into());
    };
    let list = |key: &str| -> Result<&[Value], String> {
        match top.get(key) {
            None => Ok(&[]),
            Some(Value::Array(a)) => Ok(a),
            Some(_) => Err(format!("graph: \"{key}\" is not a list")),
        }
    };
    let check_sources = |what: &str, obj: &Map<String, Value>| -> Result<(), String> {
        match obj.get("sources") {
            Some(v @ (Value::Number(_) | Value::Bool(_))) if truthy(v) => {
                Err(format!("{what}: \"sources\" is not a list"))
            }
            Some(Value::Array(items)) => {
                for s in items.iter().filter_map(Value::as_object) {
                    let art = s
                        .get("article")
                        .filter(|v| truthy(v))
                        .or_else(|| s.get("id"));
                    if matches!(art, Some(Value::Array(_) | Value::Object(_)))
                        && art.is_some_and(truthy)
                    {
                        return Err(format!("{what}: a source's article is not a name"));
                    }
                }
                Ok(())
            }
            _ => Ok(()),
        }
    };
    let hashable = |v: Option<&Value>| !matches!(v, Some(Value::Array(_) | Value::Object(_)));
    for (i, n) in list("nodes")?.iter().enumerate() {
        let Some(obj) = n.as_object() else {
            return Err(format!("graph: node {i} is not an object"));
        };
        let what = format!("graph: node {i}");
        match obj.get("id") {
            None => return Err(format!("{what} has no \"id\"")),
            v if !hashable(v) => return Err(format!("{what}: \"id\" is a list or object")),
            _ => {}
        }
        let named = ["person", "title", "committee", "district", "ward"];
        if named.contains(&type_of(obj).as_str()) && !obj.contains_key("name") {
            return Err(format!("{what} has no \"name\""));
        }
        check_sources(&what, obj)?;
    }
    let key = if top.contains_key("edges") {
        "edges"
    } else {
        "links"
    };
    for (i, e) in list(key)?.iter().enumerate() {
        let Some(obj) = e.as_object() else {
            return Err(format!("graph: edge {i} is not an object"));
        };
        let what = format!("graph: edge {i}");
        if !hashable(obj.get("source")) || !hashable(obj.get("target")) {
            return Err(format!("{what}: an end is a list or object"));
        }
        check_sources(&what, obj)?;
    }
    Ok(())
}

// --- scoring ------------------------------------------------------------------

/// Per-kind counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Row {
    /// Facts in the gold standard.
    pub gold: usize,
    /// Facts in the graph.
    pub pred: usize,
    /// Facts in both.
    pub tp: usize,
}

impl Row {
    /// tp / pred; with nothing predicted, 1 when nothing was to be found and
    /// 0 otherwise.
    pub fn precision(&self) -> f64 {
        if self.pred > 0 {
            self.tp as f64 / self.pred as f64
        } else if self.gold == 0 {
            1.0
        } else {
            0.0
        }
    }

    /// tp / gold; 1 when nothing was to be found.
    pub fn recall(&self) -> f64 {
        if self.gold > 0 {
            self.tp as f64 / self.gold as f64
        } else {
            1.0
        }
    }

    /// Harmonic mean of precision and recall (0 when both are 0).
    pub fn f1(&self) -> f64 {
        f1(self.precision(), self.recall())
    }

    /// Precision of the micro-averaged overall row, which `score.py` makes
    /// 0 (not 1) when nothing was predicted.
    pub fn micro_precision(&self) -> f64 {
        if self.pred > 0 {
            self.tp as f64 / self.pred as f64
        } else {
            0.0
        }
    }

    /// Recall of the overall row: 0 (not 1) for an empty gold standard.
    pub fn micro_recall(&self) -> f64 {
        if self.gold > 0 {
            self.tp as f64 / self.gold as f64
        } else {
            0.0
        }
    }

    /// F1 of the overall row.
    pub fn micro_f1(&self) -> f64 {
        f1(self.micro_precision(), self.micro_recall())
    }
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r != 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    }
}

/// One gold entity that the graph holds as several nodes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Duplicate {
    /// "person", "title" or "resolution".
    pub kind: String,
    /// The normalized name (for a district resolution, code and district).
    pub name: String,
    /// The ids of the nodes, in graph order (as text).
    pub ids: Vec<String>,
}

/// A fact that is in the gold standard but not the graph, or the reverse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Miss {
    /// The kind of fact (one of [`KINDS`]).
    pub kind: String,
    /// The article id.
    pub article: String,
    /// "missing" (gold only) or "extra" (graph only).
    pub what: String,
    /// The fact as Python prints it: a string, or a tuple like
    /// `('2018-08-28', 'phương kiến quốc')`.
    pub fact: String,
}

/// The result of scoring.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// Number of gold articles.
    pub articles: usize,
    /// One row per kind, in the order of [`KINDS`].
    pub kinds: Vec<(String, Row)>,
    /// The sum of the rows (micro average).
    pub overall: Row,
    /// Gold entities held by several nodes.
    pub duplicates: Vec<Duplicate>,
    /// Every missing and extra fact, by kind, then article, then fact.
    pub misses: Vec<Miss>,
}

/// A scored fact: a name or a pair of names.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Fact {
    One(String),
    Two(String, String),
}

impl Fact {
    fn two(a: impl Into<String>, b: impl Into<String>) -> Fact {
        Fact::Two(a.into(), b.into())
    }

    /// Python's `str()` of the fact.
    fn py_str(&self) -> String {
        match self {
            Fact::One(s) => s.clone(),
            Fact::Two(a, b) => format!("({}, {})", py_repr_str(a), py_repr_str(b)),
        }
    }
}

type Facts = BTreeSet<Fact>;

#[derive(Default)]
struct Tally {
    rows: [Row; KINDS.len()],
    misses: [Vec<Miss>; KINDS.len()],
}

impl Tally {
    fn add(&mut self, kind: usize, article: &str, gold: Facts, pred: Facts) {
        let row = &mut self.rows[kind];
        row.tp += gold.intersection(&pred).count();
        row.gold += gold.len();
        row.pred += pred.len();
        for (what, facts) in [
            ("missing", gold.difference(&pred)),
            ("extra", pred.difference(&gold)),
        ] {
            let mut texts: Vec<String> = facts.map(Fact::py_str).collect();
            texts.sort();
            self.misses[kind].extend(texts.into_iter().map(|fact| Miss {
                kind: KINDS[kind].to_string(),
                article: article.to_string(),
                what: what.to_string(),
                fact,
            }));
        }
    }
}

fn ones(names: impl IntoIterator<Item = String>) -> Facts {
    names.into_iter().map(Fact::One).collect()
}

/// Map each predicted meeting id to the date key of the gold meeting it
/// stands for: exact dates first, then the most shared participants, and a
/// lone gold meeting with a lone predicted one regardless.
fn align_meetings(
    gold_meetings: &[GoldMeeting],
    pred_meetings: &[&Node],
    graph: &Graph,
    art: &str,
) -> HashMap<Key, String> {
    let mut people: HashMap<&Key, HashSet<&str>> = HashMap::new();
    for (p, m, _) in graph.pairs("person", "meeting", art) {
        people.entry(&m.id).or_default().insert(&p.name);
    }
    let mut gold_left: HashMap<&str, HashSet<String>> = HashMap::new();
    for m in gold_meetings {
        let names = m.participants.iter().chain(&m.chairs).map(|x| norm(x));
        gold_left.insert(&m.date, names.collect());
    }
    let mut out: HashMap<Key, String> = HashMap::new();
    let mut pred_left: Vec<&Node> = Vec::new();
    for &m in pred_meetings {
        let d: String = m.date.chars().take(10).collect();
        if gold_left.remove(d.as_str()).is_some() {
            out.insert(m.id.clone(), d);
        } else {
            pred_left.push(m);
        }
    }
    let mut pairs: Vec<(usize, &str, &Key)> = Vec::new();
    for (&d, names) in &gold_left {
        for m in &pred_left {
            let shared = people
                .get(&m.id)
                .map_or(0, |ps| ps.iter().filter(|p| names.contains(**p)).count());
            pairs.push((shared, d, &m.id));
        }
    }
    // Python: sorted(..., reverse=True); the tuples are all distinct.
    pairs.sort_by(|a, b| b.cmp(a));
    for (shared, d, mid) in pairs {
        let lone = gold_left.len() == 1 && pred_left.len() == 1;
        if gold_left.contains_key(d) && !out.contains_key(mid) && (shared > 0 || lone) {
            out.insert(mid.clone(), d.to_string());
            gold_left.remove(d);
        }
    }
    for m in pred_left {
        out.entry(m.id.clone())
            .or_insert_with(|| format!("unaligned:{}", m.date));
    }
    out
}

fn score_article(t: &mut Tally, g: &GoldArticle, graph: &Graph) {
    let art = g.article.as_str();
    let kind = |name: &str| KINDS.iter().position(|k| *k == name).unwrap_or(0);

    t.add(
        kind("persons"),
        art,
        ones(g.persons.iter().map(|p| norm(&p.name))),
        ones(graph.nodes_of("person", art).iter().map(|n| n.name.clone())),
    );

    let former: Facts = g
        .persons
        .iter()
        .flat_map(|p| {
            p.optional_titles
                .iter()
                .map(|ti| Fact::two(norm(&p.name), norm(ti)))
        })
        .collect();
    let gold_titles: Facts = g
        .persons
        .iter()
        .flat_map(|p| p.titles.iter().map(|ti| Fact::two(norm(&p.name), norm(ti))))
        .collect();
    let pred_titles: Facts = graph
        .pairs("person", "title", art)
        .iter()
        .map(|(a, b, _)| Fact::two(a.name.as_str(), b.name.as_str()))
        .filter(|f| !former.contains(f))
        .collect();
    t.add(kind("titles"), art, gold_titles, pred_titles);

    t.add(
        kind("districts"),
        art,
        ones(g.districts.iter().map(|d| norm(d))),
        ones(
            graph
                .nodes_of("district", art)
                .iter()
                .map(|n| n.name.clone()),
        ),
    );

    let in_district: Facts = graph
        .pairs("ward", "district", art)
        .iter()
        .map(|(a, b, _)| Fact::two(a.name.as_str(), b.name.as_str()))
        .collect();
    let placed: HashSet<&str> = in_district
        .iter()
        .filter_map(|f| match f {
            Fact::Two(w, _) => Some(w.as_str()),
            Fact::One(_) => None,
        })
        .collect();
    let mut pred_wards = in_district.clone();
    for n in graph.nodes_of("ward", art) {
        if !placed.contains(n.name.as_str()) {
            pred_wards.insert(Fact::two(n.name.as_str(), ""));
        }
    }
    let gold_wards: Facts = g
        .wards
        .iter()
        .map(|w| Fact::two(norm(&w.name), norm_opt(w.district.as_deref())))
        .collect();
    t.add(kind("wards"), art, gold_wards, pred_wards);

    let optional: HashSet<String> = g
        .optional_resolutions
        .iter()
        .map(|r| norm_opt(r.name.as_deref()))
        .collect();
    let pred_res = ones(
        graph
            .nodes_of("resolution", art)
            .iter()
            .filter(|n| starts_with_digit(&n.code))
            .map(|n| n.code.clone()),
    );
    t.add(
        kind("resolutions"),
        art,
        ones(g.resolutions.iter().map(|r| norm_code(&r.code))),
        pred_res,
    );

    // A predicted issuer counts when it names the gold body or a body
    // containing it.
    let gold_iss: BTreeSet<(String, &str)> = g
        .resolutions
        .iter()
        .filter_map(|r| {
            r.issuer
                .as_deref()
                .filter(|i| !i.is_empty())
                .map(|i| (norm_code(&r.code), i))
        })
        .collect();
    let mut pred_iss: BTreeMap<(String, Option<&str>), &str> = BTreeMap::new();
    for (a, b, _) in graph.pairs("committee", "resolution", art) {
        pred_iss.insert((b.code.clone(), a.raw_name.as_deref()), &a.name);
    }
    let mut matched_pred = HashSet::new();
    let mut issuers = Facts::new();
    for (code, body) in &gold_iss {
        let body = norm(body);
        for ((pc, pb), pb_norm) in &pred_iss {
            if pc == code && issuer_match_normed(&body, pb_norm) {
                issuers.insert(Fact::two(code.as_str(), body.as_str()));
                matched_pred.insert((pc, pb));
            }
        }
    }
    for ((pc, pb), pb_norm) in &pred_iss {
        if !matched_pred.contains(&(pc, pb)) {
            issuers.insert(Fact::two(pc.as_str(), *pb_norm));
        }
    }
    t.add(
        kind("issuers"),
        art,
        gold_iss
            .iter()
            .map(|(c, b)| Fact::two(c.as_str(), norm(b)))
            .collect(),
        issuers,
    );

    let pred_impl: Facts = graph
        .edges_of(art)
        .filter(|e| e.typ == "implements")
        .map(|e| (&graph.nodes[e.source], &graph.nodes[e.target]))
        .filter(|(a, b)| a.typ == "resolution" && b.typ == "resolution")
        .map(|(a, b)| Fact::two(a.code.as_str(), b.code.as_str()))
        .collect();
    t.add(
        kind("implements"),
        art,
        g.implements
            .iter()
            .map(|(a, b)| Fact::two(norm_code(a), norm_code(b)))
            .collect(),
        pred_impl,
    );

    // Meetings: the date is scored as such; the facts about a meeting are
    // keyed by the gold meeting it is aligned with, so a wrong date costs one
    // fact, not all.
    let pred_meetings = graph.nodes_of("meeting", art);
    t.add(
        kind("meetings"),
        art,
        ones(g.meetings.iter().map(|m| m.date.clone())),
        ones(
            pred_meetings
                .iter()
                .map(|m| m.date.chars().take(10).collect()),
        ),
    );
    let mut gold_by_date: HashMap<&str, &GoldMeeting> = HashMap::new();
    for m in &g.meetings {
        gold_by_date.insert(&m.date, m);
    }
    let pm_date = align_meetings(&g.meetings, &pred_meetings, graph, art);
    let date_of = |m: &Node| pm_date.get(&m.id).map_or("?", String::as_str).to_string();

    let gold_org: Facts = g
        .meetings
        .iter()
        .filter_map(|m| {
            let first = m.organizer.as_ref()?.first()?;
            Some(Fact::two(m.date.as_str(), norm(first)))
        })
        .collect();
    let mut pred_org = Facts::new();
    for (c, m, _) in graph.pairs("committee", "meeting", art) {
        let d = date_of(m);
        let alts: Vec<String> = gold_by_date
            .get(d.as_str())
            .and_then(|gm| gm.organizer.as_ref())
            .map(|o| o.iter().map(|x| norm(x)).collect())
            .unwrap_or_default();
        let name = if alts.contains(&c.name) {
            alts[0].clone()
        } else {
            c.name.clone()
        };
        pred_org.insert(Fact::Two(d, name));
    }
    t.add(kind("organizers"), art, gold_org, pred_org);

    let mut chairs = Facts::new();
    let mut parts = Facts::new();
    let mut meeting_res = Facts::new();
    for (&d, m) in &gold_by_date {
        for p in &m.chairs {
            chairs.insert(Fact::two(d, norm(p)));
        }
        for p in m.participants.iter().chain(&m.chairs) {
            parts.insert(Fact::two(d, norm(p)));
        }
        for r in &m.resolutions {
            meeting_res.insert(Fact::two(d, norm_code(r)));
        }
    }
    let person_meeting = graph.pairs("person", "meeting", art);
    let pred_chairs: Facts = person_meeting
        .iter()
        .filter(|(_, _, e)| e.typ == "chaired")
        .map(|(p, m, _)| Fact::Two(date_of(m), p.name.clone()))
        .collect();
    let pred_parts: Facts = person_meeting
        .iter()
        .map(|(p, m, _)| Fact::Two(date_of(m), p.name.clone()))
        .collect();
    t.add(kind("chairs"), art, chairs, pred_chairs);
    t.add(kind("participants"), art, parts, pred_parts);
    let pred_mres: Facts = graph
        .pairs("meeting", "resolution", art)
        .iter()
        .filter(|(_, r, _)| starts_with_digit(&r.code) || !optional.contains(&r.name))
        .map(|(m, r, _)| Fact::Two(date_of(m), r.code.clone()))
        .collect();
    t.add(kind("meeting_resolutions"), art, meeting_res, pred_mres);
}

/// One gold entity should be one node across the whole graph.
fn duplicates(gold: &[GoldArticle], graph: &Graph) -> Vec<Duplicate> {
    let mut dups = Vec::new();
    let mut push = |kind: &str, name: String, ids: Vec<String>| {
        if ids.len() > 1 {
            dups.push(Duplicate {
                kind: kind.to_string(),
                name,
                ids,
            });
        }
    };
    // Nodes by type and key, in graph order, so that each gold entity is
    // one lookup rather than a scan of the graph.
    let by = |typ: &str, key: fn(&Node) -> &str| {
        let mut map: HashMap<&str, Vec<&Node>> = HashMap::new();
        for n in graph.nodes.iter().filter(|n| n.typ == typ) {
            map.entry(key(n)).or_default().push(n);
        }
        map
    };
    let person_nodes = by("person", |n| &n.name);
    let title_nodes = by("title", |n| &n.name);
    let resolution_nodes = by("resolution", |n| &n.code);
    let ids_where = |nodes: Option<&Vec<&Node>>, pred: &dyn Fn(&Node) -> bool| -> Vec<String> {
        nodes
            .into_iter()
            .flatten()
            .filter(|n| pred(n))
            .map(|n| n.id_text.clone())
            .collect()
    };
    let persons: BTreeSet<String> = gold
        .iter()
        .flat_map(|g| g.persons.iter().map(|p| norm(&p.name)))
        .collect();
    for name in persons {
        let ids = ids_where(person_nodes.get(name.as_str()), &|_| true);
        push("person", name, ids);
    }
    let titles: BTreeSet<String> = gold
        .iter()
        .flat_map(|g| {
            g.persons
                .iter()
                .flat_map(|p| p.titles.iter().map(|t| norm(t)))
        })
        .collect();
    for ti in titles {
        let ids = ids_where(title_nodes.get(ti.as_str()), &|_| true);
        push("title", ti, ids);
    }
    // A district body's document is another document in every district.
    let mut res_arts: BTreeMap<(String, String), HashSet<&str>> = BTreeMap::new();
    for g in gold {
        for r in &g.resolutions {
            let c = norm_code(&r.code);
            let d = if c.ends_with("/TU") || c.ends_with("/TW") {
                String::new()
            } else {
                g.district.clone().unwrap_or_default()
            };
            res_arts.entry((c, d)).or_default().insert(&g.article);
        }
    }
    for ((c, d), arts) in res_arts {
        let ids = ids_where(resolution_nodes.get(c.as_str()), &|n| {
            n.src.iter().any(|s| arts.contains(s.as_str()))
        });
        let name = if d.is_empty() { c } else { format!("{c} {d}") };
        push("resolution", name, ids);
    }
    dups
}

/// Score a node-link graph (`{"nodes": [...], "edges": [...]}`, or "links"
/// for the edges) against gold, as `score.py` does.
///
/// Never fails: parts of the graph that `score.py` would choke on are read
/// as absent (see [`check_graph`] to report them instead).
pub fn score(gold: &[GoldArticle], graph: &Value) -> Report {
    let graph = Graph::new(graph);
    let mut t = Tally::default();
    for g in gold {
        score_article(&mut t, g, &graph);
    }
    let mut overall = Row::default();
    for r in &t.rows {
        overall.gold += r.gold;
        overall.pred += r.pred;
        overall.tp += r.tp;
    }
    Report {
        articles: gold.len(),
        kinds: KINDS
            .iter()
            .zip(t.rows)
            .map(|(k, r)| (k.to_string(), r))
            .collect(),
        overall,
        duplicates: duplicates(gold, &graph),
        misses: t.misses.into_iter().flatten().collect(),
    }
}

/// [`check_graph`], then [`score`].
pub fn try_score(gold: &[GoldArticle], graph: &Value) -> Result<Report, String> {
    check_graph(graph)?;
    Ok(score(gold, graph))
}

fn row_json(r: &Row, p: f64, rec: f64, f: f64) -> Value {
    json!({"gold": r.gold, "pred": r.pred, "tp": r.tp, "precision": p, "recall": rec, "f1": f})
}

impl Report {
    /// The overall (micro-averaged) F1, the figure `--min-f1` tests.
    pub fn overall_f1(&self) -> f64 {
        self.overall.micro_f1()
    }

    /// The number of surplus nodes: for each duplicate, its nodes but one.
    pub fn duplicate_nodes(&self) -> usize {
        self.duplicates
            .iter()
            .map(|d| d.ids.len().saturating_sub(1))
            .sum()
    }

    /// The table exactly as `score.py` prints it, with the list of missing
    /// and extra facts and duplicates when `verbose`.
    pub fn render(&self, verbose: bool) -> String {
        let mut out = format!(
            "{:<20}{:>6}{:>6}{:>6}{:>8}{:>8}{:>8}\n",
            "kind", "gold", "pred", "tp", "P", "R", "F1"
        );
        for (k, r) in &self.kinds {
            out += &format!(
                "{:<20}{:>6}{:>6}{:>6}{:>8.3}{:>8.3}{:>8.3}\n",
                k,
                r.gold,
                r.pred,
                r.tp,
                r.precision(),
                r.recall(),
                r.f1()
            );
        }
        let o = &self.overall;
        out += &format!(
            "{:<20}{:>6}{:>6}{:>6}{:>8.3}{:>8.3}{:>8.3}\n",
            "overall (micro)",
            o.gold,
            o.pred,
            o.tp,
            o.micro_precision(),
            o.micro_recall(),
            o.micro_f1()
        );
        out += &format!("duplicate nodes: {}\n", self.duplicate_nodes());
        if verbose {
            for m in &self.misses {
                out += &format!("  {:<20} {:<8} {}  {}\n", m.kind, m.what, m.article, m.fact);
            }
            for d in &self.duplicates {
                let ids: Vec<String> = d.ids.iter().map(|i| py_repr_str(i)).collect();
                out += &format!(
                    "  duplicate {} '{}': [{}]\n",
                    d.kind,
                    d.name,
                    ids.join(", ")
                );
            }
        }
        out += &format!(
            "articles: {}  overall F1: {:.3}\n",
            self.articles,
            self.overall_f1()
        );
        out
    }

    /// The same figures as `score.py --json`.
    pub fn to_json(&self) -> Value {
        let mut kinds = Map::new();
        for (k, r) in &self.kinds {
            kinds.insert(k.clone(), row_json(r, r.precision(), r.recall(), r.f1()));
        }
        let o = &self.overall;
        json!({
            "articles": self.articles,
            "kinds": kinds,
            "overall": row_json(o, o.micro_precision(), o.micro_recall(), o.micro_f1()),
            "duplicates": self.duplicates.iter()
                .map(|d| json!({"type": d.kind, "name": d.name, "ids": d.ids}))
                .collect::<Vec<_>>(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values below were produced by running the functions of
    // eval/score.py on the same inputs.
    const NORM_CASES: &[(&str, &str)] = &[
        ("Quận Uỷ Cầu Giấy", "quận ủy cầu giấy"),
        ("Thành ủy viên", "ủy viên thành ủy"),
        ("Thành uỷ viên", "ủy viên thành ủy"),
        ("TUV", "ủy viên thành ủy"),
        ("QUV, HUV", "quv, ủy viên huyện ủy"),
        ("UBND quận Cầu Giấy", "ủy ban nhân dân quận cầu giấy"),
        (
            "Chủ tịch HĐND, UBND quận",
            "chủ tịch hđnd, ủy ban nhân dân quận",
        ),
        ("Đại biểu Quốc hội khóa XV", "đại biểu quốc hội"),
        ("Đại biểu Quốc hội (khoá XV)", "đại biểu quốc hội"),
        (
            "Bí thư Quận ủy khóa 12, nhiệm kỳ",
            "bí thư quận ủy, nhiệm kỳ",
        ),
        (
            "Trưởng ban Ban Tổ chức Quận ủy Long Biên",
            "trưởng ban tổ chức quận ủy long biên",
        ),
        (
            "Phó Trưởng ban Ban Tuyên giáo Thành ủy",
            "phó trưởng ban tuyên giáo thành ủy",
        ),
        (
            "Ủy ban Mặt trận Tổ quốc Việt Nam quận Long Biên",
            "ủy ban mặt trận tổ quốc quận long biên",
        ),
        (
            "UBMTTQVN quận Long Biên",
            "ủy ban mặt trận tổ quốc quận long biên",
        ),
        ("MTTQ Việt Nam", "mặt trận tổ quốc"),
        (
            "Trưởng phòng Lý luận chính trị – Lịch sử Đảng",
            "trưởng phòng lý luận chính trị - lịch sử đảng",
        ),
        ("—  Hoà\u{a0} Bình\t.\n ", "hòa bình"),
        (
            "Ủy viên Ban Chấp hành Trung ương Đảng",
            "ủy viên trung ương đảng",
        ),
        (
            "Tỉnh ủy viên, Đảng ủy viên",
            "ủy viên tỉnh ủy, ủy viên đảng ủy",
        ),
        (
            "Huyện uỷ viên Thị ủy viên",
            "ủy viên huyện ủy ủy viên thị ủy",
        ),
        ("QUÝ", "quý"),
        ("Quý", "quý"),
        ("Thuỷ", "thủy"),
        ("HOÀ", "hòa"),
        ("KHOẺ", "khỏe"),
        ("hoà hoàn", "hòa hoàn"),
        ("uỶ", "ủy"),
        ("Oà", "òa"),
        ("khóa vinh", "nh"),
        ("thành ủy viênx", "thành ủy viênx"),
        ("xthành ủy viên", "xthành ủy viên"),
        ("bí_thành ủy viên", "bí_thành ủy viên"),
        ("x\u{301}thành ủy viên", "x\u{301}ủy viên thành ủy"),
        ("²thành ủy viên", "²thành ủy viên"),
        ("a\u{301}b", "áb"),
        ("\u{1c}khóa X\u{1c}", ""),
        ("\u{93e}thành ủy viên", "\u{93e}ủy viên thành ủy"),
        ("\u{345}thành ủy viên", "\u{345}ủy viên thành ủy"),
        ("Bí thư (khóa IX) Quận ủy", "bí thư quận ủy"),
        ("BCH Đảng bộ", "ban chấp hành đảng bộ"),
        ("TP Hà Nội", "thành phố hà nội"),
        ("UVBTV Thành ủy", "ủy viên ban thường vụ thành ủy"),
        ("UBKT Quận ủy", "ủy ban kiểm tra quận ủy"),
        ("BTV Quận ủy", "ban thường vụ quận ủy"),
        ("BCĐ 15", "ban chỉ đạo 15"),
        ("TW", "trung ương"),
        ("tw", "tw"),
        ("Phó trưởng ban ban chỉ đạo", "phó trưởng ban chỉ đạo"),
        ("trưởng ban ban", "trưởng ban"),
        ("trưởng ban banh", "trưởng ban banh"),
        ("  .,;:-", ""),
        ("", ""),
        ("Đ/c Nguyễn Văn A.", "đ/c nguyễn văn a"),
        (
            "Ủy viên Ban Chấp hành Trung ương Đảng khóa XIII",
            "ủy viên trung ương đảng",
        ),
        ("thị ủy viên", "ủy viên thị ủy"),
        ("Mặt trận Tổ quốc Việt Nam", "mặt trận tổ quốc"),
    ];
    const CODE_CASES: &[(&str, &str)] = &[
        ("Nghị quyết số 15 - NQ/TU", "15-NQ/TU"),
        ("1234/qđ-ubnd", "1234/QĐ-UBND"),
        ("Kế hoạch 108–KH/QU", "108-KH/QU"),
        ("ab c", "ABC"),
        ("15a-nq/tu", "15A-NQ/TU"),
        ("số 52/KH-MTCG ngày", "52/KH-MTCGNG"),
        ("Đề án 11-ĐA/TU", "11-ĐA/TU"),
        ("x", "X"),
        ("1/2/3", "1/2/3"),
    ];
    const ISSUER_CASES: &[(&str, &str, bool)] = &[
        ("Ban Thường vụ Thành ủy Hà Nội", "Thành ủy Hà Nội", true),
        ("Thành ủy Hà Nội", "Ban Thường vụ Thành uỷ Hà Nội", true),
        ("", "", false),
        ("UBND quận Cầu Giấy", "Ủy ban nhân dân quận Cầu Giấy", true),
        ("Quận ủy Cầu Giấy", "Quận ủy Long Biên", false),
        ("Hà Nội", "Nội", true),
    ];
    const STEM_CASES: &[(&str, &str)] = &[
        ("a/b/000_x.txt", "000_x"),
        ("x.html", "x"),
        ("x.htm", "x"),
        ("x.pdf", "x.pdf"),
        ("a.b.json", "a.b"),
        ("dir/", ""),
        ("plain", "plain"),
    ];
    const GOLD_A1: &str = r###"{
 "article": "a1",
 "published": "2024-03-05",
 "district": "Tây Hồ",
 "persons": [
  {
   "name": "Lê Văn Tám",
   "titles": [
    "Bí thư Quận ủy Tây Hồ",
    "TUV"
   ],
   "optional_titles": [
    "Chủ tịch UBND quận Tây Hồ"
   ]
  },
  {
   "name": "Đỗ Thị O'Hara",
   "titles": [
    "Phó Chủ tịch HĐND quận Tây Hồ"
   ]
  },
  {
   "name": "Vũ Hoà",
   "titles": []
  }
 ],
 "districts": [
  "Tây Hồ"
 ],
 "wards": [
  {
   "name": "Nhật Tân",
   "district": "Tây Hồ"
  },
  {
   "name": "Quảng An",
   "district": null
  }
 ],
 "resolutions": [
  {
   "code": "12-NQ/QU",
   "kind": "Nghị quyết",
   "issuer": "Ban Thường vụ Quận ủy Tây Hồ"
  },
  {
   "code": "15-NQ/TU",
   "kind": "Nghị quyết",
   "issuer": "Ban Thường vụ Thành ủy Hà Nội"
  },
  {
   "code": "77/KH-UBND",
   "kind": "Kế hoạch",
   "issuer": "UBND quận Tây Hồ"
  },
  {
   "code": "24-NQ/TW",
   "kind": "Nghị quyết",
   "issuer": "Trung ương"
  }
 ],
 "optional_resolutions": [
  {
   "name": "Nghị quyết Đại hội Đảng bộ quận"
  }
 ],
 "implements": [
  [
   "12-NQ/QU",
   "15-NQ/TU"
  ]
 ],
 "meetings": [
  {
   "date": "2024-03-04",
   "organizer": [
    "Ban Thường vụ Quận ủy Tây Hồ",
    "Quận ủy Tây Hồ"
   ],
   "chairs": [
    "Lê Văn Tám"
   ],
   "participants": [
    "Đỗ Thị O'Hara",
    "Vũ Hoà"
   ],
   "resolutions": [
    "12-NQ/QU"
   ]
  },
  {
   "date": "2024-03",
   "organizer": [],
   "chairs": [],
   "participants": [
    "Vũ Hoà"
   ],
   "resolutions": []
  }
 ],
 "notes": [
  "not a string"
 ]
}
"###;
    const GOLD_B2: &str = r###"{
 "article": "b2",
 "district": "Ba Đình",
 "persons": [
  {
   "name": "Lê Văn Tám",
   "titles": [
    "Bí thư Quận ủy Tây Hồ"
   ]
  }
 ],
 "districts": [],
 "wards": [],
 "resolutions": [
  {
   "code": "12-NQ/QU",
   "issuer": ""
  },
  {
   "code": "15-NQ/TU"
  },
  {
   "code": "24-NQ/TW",
   "issuer": "Ban Chấp hành Trung ương"
  }
 ],
 "meetings": [
  {
   "date": "?",
   "chairs": [],
   "participants": [
    "Lê Văn Tám"
   ]
  }
 ]
}
"###;
    const GRAPH: &str = r###"{"nodes": [
  {"id": "p0", "type": "committee", "name": "x", "sources": ["a1"]},
  {"id": "p1", "type": "Person", "name": "LÊ VĂN TÁM", "sources": ["x/a1.txt", {"article": "b2.html"}]},
  {"id": "p2", "type": "person", "name": "Lê Văn Tám", "sources": [{"article": "", "id": "a1"}]},
  {"id": "p3", "type": "person", "name": "Đỗ Thị O'Hara", "sources": ["a1"]},
  {"id": "p4", "type": "person", "name": "Vũ Hòa", "sources": ["a1"]},
  {"id": "r7", "type": "resolution", "code": "24-NQ/TW", "name": "24-NQ/TW", "sources": ["a1"]},
  {"id": "p5", "type": "person", "name": "Nguyễn \"Tư\"", "sources": ["a1"]},
  {"id": "t1", "type": "title", "name": "Bí thư Quận uỷ Tây Hồ", "sources": ["a1", "b2"]},
  {"id": "t2", "type": "title", "name": "Thành ủy viên", "sources": ["a1"]},
  {"id": "t3", "type": "title", "name": "Chủ tịch Ủy ban nhân dân quận Tây Hồ", "sources": ["a1"]},
  {"id": "t4", "type": "title", "name": "Bí thư Quận ủy Tây Hồ", "sources": ["a1"]},
  {"id": "d1", "type": "district", "name": "Tây Hồ", "sources": ["a1"]},
  {"id": "w1", "type": "ward", "name": "Nhật Tân", "sources": ["a1"]},
  {"id": "w2", "type": "ward", "name": "Quảng An", "sources": ["a1"]},
  {"id": "w3", "type": "ward", "name": "Bưởi", "sources": ["a1"]},
  {"id": "c1", "type": "committee", "name": "BTV Quận ủy Tây Hồ", "sources": ["a1"]},
  {"id": "c2", "type": "committee", "name": "Quận ủy Tây Hồ", "sources": ["a1"]},
  {"id": "c3", "type": "committee", "name": "Thành ủy Hà Nội", "sources": ["a1"]},
  {"id": "c4", "type": "committee", "name": "Ủy ban nhân dân quận Tây Hồ", "sources": ["a1"]},
  {"id": "r1", "type": "resolution", "name": "12-NQ/QU Tây Hồ", "code": "Nghị quyết số 12-NQ/QU", "sources": ["a1", "b2"]},
  {"id": "r2", "type": "resolution", "name": "Nghị quyết 15-NQ/TU", "code": "", "sources": ["a1"]},
  {"id": "r3", "type": "resolution", "name": "77/kh-ubnd", "sources": "a1"},
  {"id": "r4", "type": "resolution", "name": "Nghị quyết Đại hội Đảng bộ quận", "sources": ["a1"]},
  {"id": "r5", "type": "resolution", "name": "Nghị quyết Đại hội X", "sources": ["a1"]},
  {"id": "r6", "type": "resolution", "code": "12-NQ/QU", "name": "dup", "sources": ["b2"]},
  {"id": "m1", "type": "meeting", "name": "Hội nghị", "date": "2024-03-05T08:00", "sources": ["a1"]},
  {"id": "m2", "type": "meeting", "name": "Hội nghị 2", "date": "2024-03-07", "sources": ["a1"]},
  {"id": "m3", "type": "meeting", "name": "Hội nghị 3", "sources": ["a1"]},
  {"id": "m4", "type": "meeting", "name": "b2 meeting", "date": "2020-01-01", "sources": ["b2"]},
  {"id": "p4", "type": "person", "name": "Vũ Hoà", "sources": ["a1"]},
  {"id": "p0", "type": "person", "name": "Lê Văn Tám", "sources": ["zz"]},
  {"id": "r8", "type": "resolution", "code": "24-nq/tw", "name": "x", "sources": ["b2"]}
 ],
 "links": [
  {"source": "p1", "target": "t1", "type": "holds", "sources": ["a1"]},
  {"source": "t2", "target": "p2", "type": "HOLDS", "sources": ["a1"]},
  {"source": "p1", "target": "t3", "type": "held", "sources": ["a1"]},
  {"source": "p3", "target": "t4", "type": "holds", "sources": ["a1"]},
  {"source": "p1", "target": "t1", "type": "holds", "sources": ["b2"]},
  {"source": "w1", "target": "d1", "type": "part_of", "sources": ["a1"]},
  {"source": "c1", "target": "r1", "type": "issued", "sources": ["a1"]},
  {"source": "c3", "target": "r2", "type": "issued", "sources": ["a1"]},
  {"source": "r3", "target": "c4", "type": "issued", "sources": ["a1"]},
  {"source": "c2", "target": "r2", "type": "issued", "sources": ["a1"]},
  {"source": "r1", "target": "r2", "type": "implements", "sources": ["a1"]},
  {"source": "r2", "target": "r1", "type": "implements", "sources": ["a1"]},
  {"source": "c2", "target": "m1", "type": "organized", "sources": ["a1"]},
  {"source": "c1", "target": "m2", "type": "organized", "sources": ["a1"]},
  {"source": "p1", "target": "m1", "type": "chaired", "sources": ["a1"]},
  {"source": "p3", "target": "m1", "type": "attended", "sources": ["a1"]},
  {"source": "p4", "target": "m2", "type": "attended", "sources": ["a1"]},
  {"source": "p5", "target": "m3", "type": "chaired", "sources": ["a1"]},
  {"source": "m1", "target": "r1", "type": "concerns", "sources": ["a1"]},
  {"source": "m1", "target": "r4", "type": "concerns", "sources": ["a1"]},
  {"source": "m1", "target": "r5", "type": "concerns", "sources": ["a1"]},
  {"source": "m2", "target": "r3", "type": "concerns", "sources": ["a1"]},
  {"source": "p1", "target": "m4", "type": "chaired", "sources": ["b2"]},
  {"source": "p1", "target": "nowhere", "type": "chaired", "sources": ["a1"]}
 ]}
"###;
    /// `score.py --verbose` on GOLD_A1, GOLD_B2 and GRAPH.
    const VERBOSE: &str = r###"kind                  gold  pred    tp       P       R      F1
persons                  4     5     4   0.800   1.000   0.889
titles                   4     4     3   0.750   0.750   0.750
districts                1     1     1   1.000   1.000   1.000
wards                    2     3     2   0.667   1.000   0.800
resolutions              7     5     5   1.000   0.714   0.833
issuers                  5     4     3   0.750   0.600   0.667
implements               1     2     1   0.500   1.000   0.667
meetings                 3     4     0   0.000   0.000   0.000
organizers               1     2     1   0.500   1.000   0.667
chairs                   1     3     1   0.333   1.000   0.500
participants             5     5     4   0.800   0.800   0.800
meeting_resolutions      1     3     1   0.333   1.000   0.500
overall (micro)         35    41    26   0.634   0.743   0.684
duplicate nodes: 5
  persons              extra    a1  nguyễn "tư"
  titles               missing  a1  ("đỗ thị o'hara", 'phó chủ tịch hội đồng nhân dân quận tây hồ')
  titles               extra    a1  ("đỗ thị o'hara", 'bí thư quận ủy tây hồ')
  wards                extra    a1  ('bưởi', '')
  resolutions          missing  a1  77/KH-UBND
  resolutions          missing  b2  15-NQ/TU
  issuers              missing  a1  ('24-NQ/TW', 'trung ương')
  issuers              extra    a1  ('15-NQ/TU', 'quận ủy tây hồ')
  issuers              missing  b2  ('24-NQ/TW', 'ban chấp hành trung ương')
  implements           extra    a1  ('15-NQ/TU', '12-NQ/QU')
  meetings             missing  a1  2024-03
  meetings             missing  a1  2024-03-04
  meetings             extra    a1  2024-03-05
  meetings             extra    a1  2024-03-07
  meetings             extra    a1  ?
  meetings             missing  b2  ?
  meetings             extra    b2  2020-01-01
  organizers           extra    a1  ('2024-03', 'ban thường vụ quận ủy tây hồ')
  chairs               extra    a1  ('unaligned:?', 'nguyễn "tư"')
  chairs               extra    b2  ('?', 'lê văn tám')
  participants         missing  a1  ('2024-03-04', 'vũ hòa')
  participants         extra    a1  ('unaligned:?', 'nguyễn "tư"')
  meeting_resolutions  extra    a1  ('2024-03', '77/KH-UBND')
  meeting_resolutions  extra    a1  ('2024-03-04', 'NGHỊQUYẾTĐẠIHỘIX')
  duplicate person 'lê văn tám': ['p0', 'p1', 'p2']
  duplicate title 'bí thư quận ủy tây hồ': ['t1', 't4']
  duplicate resolution '12-NQ/QU Ba Đình': ['r1', 'r6']
  duplicate resolution '24-NQ/TW': ['r7', 'r8']
articles: 2  overall F1: 0.684
"###;
    /// `score.py --json` on them, re-dumped compactly.
    const JSON: &str = r###"{"articles":2,"kinds":{"persons":{"gold":4,"pred":5,"tp":4,"precision":0.8,"recall":1.0,"f1":0.888888888888889},"titles":{"gold":4,"pred":4,"tp":3,"precision":0.75,"recall":0.75,"f1":0.75},"districts":{"gold":1,"pred":1,"tp":1,"precision":1.0,"recall":1.0,"f1":1.0},"wards":{"gold":2,"pred":3,"tp":2,"precision":0.6666666666666666,"recall":1.0,"f1":0.8},"resolutions":{"gold":7,"pred":5,"tp":5,"precision":1.0,"recall":0.7142857142857143,"f1":0.8333333333333333},"issuers":{"gold":5,"pred":4,"tp":3,"precision":0.75,"recall":0.6,"f1":0.6666666666666665},"implements":{"gold":1,"pred":2,"tp":1,"precision":0.5,"recall":1.0,"f1":0.6666666666666666},"meetings":{"gold":3,"pred":4,"tp":0,"precision":0.0,"recall":0.0,"f1":0.0},"organizers":{"gold":1,"pred":2,"tp":1,"precision":0.5,"recall":1.0,"f1":0.6666666666666666},"chairs":{"gold":1,"pred":3,"tp":1,"precision":0.3333333333333333,"recall":1.0,"f1":0.5},"participants":{"gold":5,"pred":5,"tp":4,"precision":0.8,"recall":0.8,"f1":0.8000000000000002},"meeting_resolutions":{"gold":1,"pred":3,"tp":1,"precision":0.3333333333333333,"recall":1.0,"f1":0.5}},"overall":{"gold":35,"pred":41,"tp":26,"precision":0.6341463414634146,"recall":0.7428571428571429,"f1":0.6842105263157895},"duplicates":[{"type":"person","name":"lê văn tám","ids":["p0","p1","p2"]},{"type":"title","name":"bí thư quận ủy tây hồ","ids":["t1","t4"]},{"type":"resolution","name":"12-NQ/QU Ba Đình","ids":["r1","r6"]},{"type":"resolution","name":"24-NQ/TW","ids":["r7","r8"]}]}"###;
    /// `score.py` on the same gold and the graph `{}`.
    const EMPTY_GRAPH: &str = r###"kind                  gold  pred    tp       P       R      F1
persons                  4     0     0   0.000   0.000   0.000
titles                   4     0     0   0.000   0.000   0.000
districts                1     0     0   0.000   0.000   0.000
wards                    2     0     0   0.000   0.000   0.000
resolutions              7     0     0   0.000   0.000   0.000
issuers                  5     0     0   0.000   0.000   0.000
implements               1     0     0   0.000   0.000   0.000
meetings                 3     0     0   0.000   0.000   0.000
organizers               1     0     0   0.000   0.000   0.000
chairs                   1     0     0   0.000   0.000   0.000
participants             5     0     0   0.000   0.000   0.000
meeting_resolutions      1     0     0   0.000   0.000   0.000
overall (micro)         35     0     0   0.000   0.000   0.000
duplicate nodes: 0
articles: 2  overall F1: 0.000
"###;
    /// `score.py` on no gold at all and GRAPH.
    const NO_GOLD: &str = r###"kind                  gold  pred    tp       P       R      F1
persons                  0     0     0   1.000   1.000   1.000
titles                   0     0     0   1.000   1.000   1.000
districts                0     0     0   1.000   1.000   1.000
wards                    0     0     0   1.000   1.000   1.000
resolutions              0     0     0   1.000   1.000   1.000
issuers                  0     0     0   1.000   1.000   1.000
implements               0     0     0   1.000   1.000   1.000
meetings                 0     0     0   1.000   1.000   1.000
organizers               0     0     0   1.000   1.000   1.000
chairs                   0     0     0   1.000   1.000   1.000
participants             0     0     0   1.000   1.000   1.000
meeting_resolutions      0     0     0   1.000   1.000   1.000
overall (micro)          0     0     0   0.000   0.000   0.000
duplicate nodes: 0
articles: 0  overall F1: 0.000
"###;
    const GOLD_C3: &str = r###"{"article": "c3", "district": "Hoàn Kiếm", "persons": [], "districts": [], "wards": [], "resolutions": [],
 "meetings": [
  {"date": "2024-01-01", "organizer": ["Quận ủy Hoàn Kiếm"], "chairs": ["Y"], "participants": ["X", "Y"]},
  {"date": "2024-02-01", "chairs": ["Z"], "participants": ["X"]},
  {"date": "2024-03-01", "chairs": [], "participants": ["W"]}]}
"###;
    const GOLD_C4: &str = r###"{"article": "c4", "persons": [], "districts": [], "wards": [], "resolutions": [],
 "meetings": [{"date": "2024-05-01", "chairs": ["V"], "participants": []}]}
"###;
    const GOLD_C5: &str = r###"{"article": "c5", "persons": [], "districts": [], "wards": [], "resolutions": [],
 "meetings": [{"date": "2024-06-01", "chairs": ["U"], "participants": []},
              {"date": "2024-06-02", "chairs": [], "participants": ["U"]}]}
"###;
    const GOLD_C6: &str = r###"{"article": "c6", "persons": [], "districts": [], "wards": [], "resolutions": [],
 "meetings": [{"date": "2024-07-01", "chairs": ["S"], "participants": ["T"]},
              {"date": "2024-07-01", "chairs": ["T"], "participants": []}]}
"###;
    /// Ties between meetings, a lone pair, a time after the date, a gold date
    /// given twice.
    const MEETING_GRAPH: &str = r###"{"nodes": [
  {"id": "mA", "type": "meeting", "date": "2023-01-01", "sources": ["c3"]},
  {"id": "mB", "type": "meeting", "date": "2023-01-02", "sources": ["c3"]},
  {"id": "mC", "type": "meeting", "date": "2024-03-01T10:00", "sources": ["c3"]},
  {"id": "mD", "type": "meeting", "sources": ["c3"]},
  {"id": "m4", "type": "meeting", "date": 2024, "sources": ["c4"]},
  {"id": "m5", "type": "meeting", "date": "2024-06-09", "sources": ["c5"]},
  {"id": "X", "type": "person", "name": "X", "sources": ["c3"]},
  {"id": "Y", "type": "person", "name": "Y", "sources": ["c3"]},
  {"id": "Z", "type": "person", "name": "Z", "sources": ["c3"]},
  {"id": "V", "type": "person", "name": "V", "sources": ["c4"]},
  {"id": "c", "type": "committee", "name": "Quận ủy Hoàn Kiếm", "sources": ["c3"]},
  {"id": "m6", "type": "meeting", "date": "2024-07-09", "sources": ["c6"]},
  {"id": "T", "type": "person", "name": "T", "sources": ["c6"]},
  {"id": "Q", "type": "person", "name": "Q", "sources": ["c3"]}
 ],
 "edges": [
  {"source": "X", "target": "mA", "type": "attended", "sources": ["c3"]},
  {"source": "X", "target": "mB", "type": "attended", "sources": ["c3"]},
  {"source": "mA", "target": "Y", "type": "chaired", "sources": ["c3"]},
  {"source": "Z", "target": "mB", "type": "chaired", "sources": ["c3"]},
  {"source": "c", "target": "mA", "type": "organized", "sources": ["c3"]},
  {"source": "c", "target": "mD", "type": "organized", "sources": ["c3"]},
  {"source": "V", "target": "m4", "type": "chaired", "sources": ["c4"]},
  {"source": "V", "target": "m5", "type": "chaired", "sources": ["c5"]},
  {"source": "T", "target": "m6", "type": "chaired", "sources": ["c6"]},
  {"source": "Q", "target": "mC", "type": "chaired", "sources": ["c3"]}
 ]}
"###;
    /// `score.py --verbose` on GOLD_C3..C6 and MEETING_GRAPH.
    const MEETING_VERBOSE: &str = r###"kind                  gold  pred    tp       P       R      F1
persons                  0     6     0   0.000   1.000   0.000
titles                   0     0     0   1.000   1.000   1.000
districts                0     0     0   1.000   1.000   1.000
wards                    0     0     0   1.000   1.000   1.000
resolutions              0     0     0   1.000   1.000   1.000
issuers                  0     0     0   1.000   1.000   1.000
implements               0     0     0   1.000   1.000   1.000
meetings                 7     7     1   0.143   0.143   0.143
organizers               1     2     1   0.500   1.000   0.667
chairs                   5     6     4   0.667   0.800   0.727
participants             9     8     6   0.750   0.667   0.706
meeting_resolutions      0     0     0   1.000   1.000   1.000
overall (micro)         22    29    12   0.414   0.545   0.471
duplicate nodes: 0
  persons              extra    c3  q
  persons              extra    c3  x
  persons              extra    c3  y
  persons              extra    c3  z
  persons              extra    c4  v
  persons              extra    c6  t
  meetings             missing  c3  2024-01-01
  meetings             missing  c3  2024-02-01
  meetings             extra    c3  2023-01-01
  meetings             extra    c3  2023-01-02
  meetings             extra    c3  ?
  meetings             missing  c4  2024-05-01
  meetings             extra    c4  2024
  meetings             missing  c5  2024-06-01
  meetings             missing  c5  2024-06-02
  meetings             extra    c5  2024-06-09
  meetings             missing  c6  2024-07-01
  meetings             extra    c6  2024-07-09
  organizers           extra    c3  ('unaligned:?', 'quận ủy hoàn kiếm')
  chairs               extra    c3  ('2024-03-01', 'q')
  chairs               missing  c5  ('2024-06-01', 'u')
  chairs               extra    c5  ('unaligned:2024-06-09', 'v')
  participants         missing  c3  ('2024-03-01', 'w')
  participants         extra    c3  ('2024-03-01', 'q')
  participants         missing  c5  ('2024-06-01', 'u')
  participants         missing  c5  ('2024-06-02', 'u')
  participants         extra    c5  ('unaligned:2024-06-09', 'v')
articles: 4  overall F1: 0.471
"###;
    const GOLD_D1: &str = r###"{"article": "d1", "persons": [{"name": "5", "titles": ["False"]}, {"name": "None", "titles": []}], "districts": [], "wards": [],
 "resolutions": [{"code": "7-NQ/TW", "issuer": "Trung ương"}],
 "meetings": [{"date": "2024", "chairs": ["5"], "participants": []}]}
"###;
    /// Python's dict-key equalities (1 == 1.0 == True), sources given as a
    /// string or a dict, null names and types, "edges" winning over "links".
    const ODD_GRAPH: &str = r###"{"nodes": [
  {"id": 1, "type": "person", "name": 5, "sources": "d1"},
  {"id": "m", "type": "meeting", "date": 2024, "sources": {"d1": true}},
  {"id": 2, "type": "title", "name": false, "sources": [{"article": "dir/d1.json"}]},
  {"id": 1.0, "type": "PERSON", "name": 5, "sources": {"d1": 1}},
  {"id": null, "type": "person", "name": null, "sources": ["d1"]},
  {"id": "none-type", "type": null, "name": "None", "sources": ["d1"]},
  {"id": "r", "type": "resolution", "code": 0, "name": "7-nq/tw", "sources": [{"id": "d1"}, 5, null]},
  {"id": "c", "type": "committee", "name": "Trung ương", "sources": [{"article": "d1.htm"}]},
  {"id": 3.5, "type": "person", "name": "None", "sources": ["d1"]}
 ],
 "edges": [
  {"source": 1, "target": 2, "type": "holds", "sources": ["d1"]},
  {"source": true, "target": "m", "type": "chaired", "sources": ["d1"]},
  {"source": "c", "target": "r", "sources": ["d1"]},
  {"source": 3.5, "target": "m", "type": null, "sources": ["d1"]}
 ],
 "links": [{"source": "c", "target": "m", "type": "organized", "sources": ["d1"]}]}
"###;
    /// `score.py --verbose` on GOLD_D1 and ODD_GRAPH.
    const ODD_VERBOSE: &str = r###"kind                  gold  pred    tp       P       R      F1
persons                  2     3     2   0.667   1.000   0.800
titles                   1     1     1   1.000   1.000   1.000
districts                0     0     0   1.000   1.000   1.000
wards                    0     0     0   1.000   1.000   1.000
resolutions              1     1     1   1.000   1.000   1.000
issuers                  1     1     1   1.000   1.000   1.000
implements               0     0     0   1.000   1.000   1.000
meetings                 1     1     1   1.000   1.000   1.000
organizers               0     0     0   1.000   1.000   1.000
chairs                   1     1     1   1.000   1.000   1.000
participants             1     2     1   0.500   1.000   0.667
meeting_resolutions      0     0     0   1.000   1.000   1.000
overall (micro)          8    10     8   0.800   1.000   0.889
duplicate nodes: 0
  persons              extra    d1  
  participants         extra    d1  ('2024', 'none')
articles: 1  overall F1: 0.889
"###;

    fn gold(texts: &[&str]) -> Vec<GoldArticle> {
        texts
            .iter()
            .map(|t| serde_json::from_str(t).expect("test gold parses"))
            .collect()
    }

    fn graph(text: &str) -> Value {
        serde_json::from_str(text).expect("test graph parses")
    }

    fn brief(verbose: &str) -> String {
        verbose
            .lines()
            .filter(|l| !l.starts_with("  "))
            .map(|l| format!("{l}\n"))
            .collect()
    }

    #[test]
    fn norm_matches_python() {
        for (input, want) in NORM_CASES {
            assert_eq!(norm(input), *want, "norm({input:?})");
        }
        assert_eq!(norm_opt(None), "");
    }

    #[test]
    fn norm_code_matches_python() {
        for (input, want) in CODE_CASES {
            assert_eq!(norm_code(input), *want, "norm_code({input:?})");
        }
    }

    #[test]
    fn issuer_match_matches_python() {
        for (a, b, want) in ISSUER_CASES {
            assert_eq!(issuer_match(a, b), *want, "issuer_match({a:?}, {b:?})");
        }
    }

    #[test]
    fn stem_matches_python() {
        for (input, want) in STEM_CASES {
            assert_eq!(stem(input), *want, "stem({input:?})");
        }
    }

    #[test]
    fn abbreviation_table_is_complete() {
        let data_lines = ABBREVIATIONS_TSV
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .count();
        assert_eq!(ABBREVIATIONS.len(), 17);
        assert_eq!(data_lines, 17, "every data line must hold one tab");
        assert_eq!(ABBREVIATIONS.get("HĐND"), Some(&"Hội đồng nhân dân"));
        assert_eq!(
            ABBREVIATIONS.get("UBMTTQVN"),
            Some(&"Ủy ban Mặt trận Tổ quốc")
        );
        assert_eq!(ABBREVIATIONS.get("TP"), Some(&"thành phố"));
    }

    #[test]
    fn python_character_classes() {
        // U+001C..U+001F are whitespace to Python, not to Unicode.
        assert!(is_py_space('\u{1c}') && !'\u{1c}'.is_whitespace());
        assert!(is_py_space('\u{3000}') && !is_py_space('\u{200b}'));
        assert!(is_py_word('_') && is_py_word('²') && is_py_word('ệ'));
        assert!(!is_py_word('\u{301}') && !is_py_word('Ⓐ') && !is_py_word('-'));
        // Marks that Unicode counts as Alphabetic are still not `\w` to Python.
        assert!('\u{93e}'.is_alphabetic() && !is_py_word('\u{93e}') && !is_py_word('\u{345}'));
        assert!(py_boundary("a b", 1) && !py_boundary("ab", 1) && py_boundary("a", 0));
    }

    #[test]
    fn python_reprs() {
        let floats = [
            (1.0, "1.0"),
            (0.1, "0.1"),
            (2024.0, "2024.0"),
            (-0.5, "-0.5"),
            (1e16, "1e+16"),
            (1.5e-7, "1.5e-07"),
            (0.0001, "0.0001"),
            (1e-5, "1e-05"),
            (123456789012345.6, "123456789012345.6"),
        ];
        for (x, want) in floats {
            assert_eq!(py_float(x), want);
        }
        assert_eq!(py_repr_str("a"), "'a'");
        assert_eq!(py_repr_str("O'Hara"), "\"O'Hara\"");
        assert_eq!(py_repr_str("a'\""), "'a\\'\"'");
        assert_eq!(
            py_repr_str("\u{1c}\u{a0}\u{200b}\\ệ"),
            "'\\x1c\\xa0\\u200b\\\\ệ'"
        );
        assert_eq!(
            py_str(&json!([1, "a", null, true, {"k": 2.5}])),
            "[1, 'a', None, True, {'k': 2.5}]"
        );
    }

    #[test]
    fn row_empty_cases() {
        let empty = Row::default();
        assert_eq!(
            (empty.precision(), empty.recall(), empty.f1()),
            (1.0, 1.0, 1.0)
        );
        assert_eq!(
            (
                empty.micro_precision(),
                empty.micro_recall(),
                empty.micro_f1()
            ),
            (0.0, 0.0, 0.0)
        );
        let none_found = Row {
            gold: 3,
            pred: 0,
            tp: 0,
        };
        assert_eq!(
            (none_found.precision(), none_found.recall(), none_found.f1()),
            (0.0, 0.0, 0.0)
        );
        let only_extra = Row {
            gold: 0,
            pred: 2,
            tp: 0,
        };
        assert_eq!(
            (only_extra.precision(), only_extra.recall(), only_extra.f1()),
            (0.0, 1.0, 0.0)
        );
    }

    #[test]
    fn scenario_matches_python() {
        let report = score(&gold(&[GOLD_A1, GOLD_B2]), &graph(GRAPH));
        assert_eq!(report.render(true), VERBOSE);
        assert_eq!(report.render(false), brief(VERBOSE));
        assert_eq!(
            serde_json::to_string(&report.to_json()).expect("serializes"),
            JSON
        );
        assert_eq!(report.duplicate_nodes(), 5);
        assert_eq!(report.duplicates[0].ids, ["p0", "p1", "p2"]);
    }

    #[test]
    fn empty_graph_and_empty_gold_match_python() {
        let golds = gold(&[GOLD_A1, GOLD_B2]);
        assert_eq!(score(&golds, &json!({})).render(false), EMPTY_GRAPH);
        assert_eq!(score(&[], &graph(GRAPH)).render(false), NO_GOLD);
    }

    #[test]
    fn meeting_alignment_matches_python() {
        let golds = gold(&[GOLD_C3, GOLD_C4, GOLD_C5, GOLD_C6]);
        let report = score(&golds, &graph(MEETING_GRAPH));
        assert_eq!(report.render(true), MEETING_VERBOSE);
    }

    #[test]
    fn python_value_semantics_match_python() {
        let report = score(&gold(&[GOLD_D1]), &graph(ODD_GRAPH));
        assert_eq!(report.render(true), ODD_VERBOSE);
        assert!(check_graph(&graph(ODD_GRAPH)).is_ok());
    }

    #[test]
    fn malformed_graphs_are_reported_not_fatal() {
        let golds = gold(&[GOLD_A1, GOLD_B2]);
        let bad = [
            json!(null),
            json!([1, 2]),
            json!({"nodes": 5}),
            json!({"nodes": [1]}),
            json!({"nodes": [{"type": "person", "name": "x"}]}),
            json!({"nodes": [{"id": [1], "type": "person", "name": "x"}]}),
            json!({"nodes": [{"id": "a", "type": "person"}]}),
            json!({"nodes": [{"id": "a", "type": "x", "sources": 3}]}),
            json!({"nodes": [{"id": "a", "type": "x", "sources": [{"article": ["a1"]}]}]}),
            json!({"nodes": [], "edges": {"a": 1}}),
            json!({"nodes": [], "links": [7]}),
            json!({"nodes": [], "edges": [{"source": {"a": 1}, "target": "b"}]}),
        ];
        for g in &bad {
            assert!(check_graph(g).is_err(), "{g}");
            assert!(try_score(&golds, g).is_err(), "{g}");
            let report = score(&golds, g);
            assert_eq!(report.overall.pred, 0, "{g}");
        }
        // Odd but legal values are read the Python way without fuss.
        let odd = json!({"nodes": [
            {"id": "a", "type": ["person"], "name": {"x": 1}, "date": [], "code": {},
             "sources": [{"article": 0, "id": 1.5}, {"article": {}}, [], 3, "a1.txt"]},
            {"id": "b", "type": "meeting", "date": "ngày 5/3/2024 lúc 8 giờ", "sources": "a1"}
        ], "edges": [{"source": "a", "target": "b", "type": 5, "sources": null}]});
        assert!(check_graph(&odd).is_ok());
        assert_eq!(score(&golds, &odd).overall.pred, 0);
    }

    #[test]
    fn malformed_gold_is_an_error_naming_the_file() {
        let dir = tempfile::tempdir().expect("temp dir");
        let write = |name: &str, text: &str| {
            std::fs::write(dir.path().join(name), text).expect("write");
        };
        write("b.json", GOLD_B2);
        write("a.json", GOLD_A1);
        write(".hidden.json", "not json");
        write("notes.txt", "not json");
        let golds = load_gold_dir(dir.path()).expect("loads");
        let ids: Vec<&str> = golds.iter().map(|g| g.article.as_str()).collect();
        assert_eq!(ids, ["a1", "b2"]);
        assert_eq!(golds[0].notes, None);
        assert_eq!(golds[0].wards[1].district, None);
        let cases = [
            "{",
            r#"{"article": "x"}"#,
            r#"{"article": 5, "persons": [], "districts": [], "wards": [], "resolutions": [], "meetings": []}"#,
            r#"{"article": "x", "persons": [], "districts": [], "wards": [], "resolutions": [],
                "meetings": [{"date": "2024", "chairs": null}]}"#,
            r#"{"article": "x", "persons": [{"name": "A"}], "districts": [], "wards": [],
                "resolutions": [], "meetings": []}"#,
            r#"{"article": "x", "persons": [], "districts": [], "wards": [], "resolutions": [],
                "implements": [["1-NQ/TU"]], "meetings": []}"#,
        ];
        for text in cases {
            write("c.json", text);
            let err = load_gold_dir(dir.path()).expect_err(text);
            assert!(err.contains("c.json"), "{err}");
        }
        assert!(load_gold_dir(&dir.path().join("missing")).is_err());
    }
}
