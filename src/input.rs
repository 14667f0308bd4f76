//! Input discovery, decoding and reading: command-line paths to a sorted
//! list of sources, bytes to text, and text to articles in one of three
//! forms (the portals' text form, saved HTML pages, JSON Lines corpora with
//! metadata). A bad input, or a bad line of a corpus, is reported and
//! skipped; it never stops the batch.

use crate::article::{parse_article, Article, ArticleError, Metadata};
use crate::date::Date;
use crate::html;
use crate::portals;
use crate::text;
use regex::Regex;
use serde_json::{Map, Value};
use std::collections::HashSet;
use std::fmt;
use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::LazyLock;

/// One input to read: a file path or standard input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A file, by the path it was found under.
    File(PathBuf),
    /// Standard input ("-" on the command line).
    Stdin,
}

impl Source {
    /// The name to show in messages: the path, or `<stdin>`.
    pub fn display_name(&self) -> String {
        match self {
            Source::File(p) => p.display().to_string(),
            Source::Stdin => "<stdin>".to_string(),
        }
    }
}

/// A problem with one input; the batch goes on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    /// The path as the user gave or the walk found it (`<stdin>` for stdin).
    pub path: String,
    /// What went wrong, without the path.
    pub message: String,
}

impl InputError {
    /// An error about `path`.
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> InputError {
        InputError {
            path: path.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

impl std::error::Error for InputError {}

/// The OS wording ("No such file or directory (os error 2)") is fine for
/// the rare cases, but the common ones read better without the error code.
fn io_message(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file or directory".to_string(),
        io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => e.to_string(),
    }
}

/// The extensions a directory walk reads.
const INPUT_EXTENSIONS: &[&str] = &["txt", "html", "htm", "jsonl", "ndjson"];

fn extension(p: &Path) -> Option<String> {
    p.extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
}

fn is_input(p: &Path) -> bool {
    extension(p).is_some_and(|e| INPUT_EXTENSIONS.contains(&e.as_str()))
}

/// All input files (`*.txt`, `*.html`, `*.htm`, `*.jsonl`, `*.ndjson`)
/// under `root`, unsorted. Symbolic links are followed,
/// but a directory is entered only once by its canonical path, so a link
/// back up the tree ends the walk there instead of looping. An explicit
/// stack rather than recursion keeps deep trees off the call stack.
fn walk(root: &Path, files: &mut Vec<PathBuf>, errors: &mut Vec<InputError>) {
    let mut visited: HashSet<PathBuf> = HashSet::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let name = dir.display().to_string();
        match fs::canonicalize(&dir) {
            Ok(c) => {
                if !visited.insert(c) {
                    continue;
                }
            }
            Err(e) => {
                errors.push(InputError::new(name, io_message(&e)));
                continue;
            }
        }
        let entries = match fs::read_dir(&dir) {
            Ok(rd) => rd,
            Err(e) => {
                errors.push(InputError::new(
                    name,
                    format!("cannot read directory: {}", io_message(&e)),
                ));
                continue;
            }
        };
        for entry in entries {
            let path = match entry {
                Ok(en) => en.path(),
                Err(e) => {
                    errors.push(InputError::new(
                        name.clone(),
                        format!("cannot read directory: {}", io_message(&e)),
                    ));
                    continue;
                }
            };
            // `metadata` follows links; it fails on dangling links and on
            // link cycles, which are only worth a word when they look like
            // inputs.
            match fs::metadata(&path) {
                Ok(m) if m.is_dir() => stack.push(path),
                Ok(m) if m.is_file() => {
                    if is_input(&path) {
                        files.push(path);
                    }
                }
                // A pipe, socket or device found by a walk would block the
                // read or never end; named on the command line it is read
                // (that is how `<(...)` works).
                Ok(_) => {
                    if is_input(&path) {
                        errors.push(InputError::new(
                            path.display().to_string(),
                            "not a regular file (a pipe, socket or device); name it on the command line to read it",
                        ));
                    }
                }
                Err(e) => {
                    if is_input(&path) {
                        errors.push(InputError::new(
                            path.display().to_string(),
                            format!("cannot open: {}", io_message(&e)),
                        ));
                    }
                }
            }
        }
    }
}

/// Expand paths: files as given (any extension), directories recursively
/// (files ending in .txt, .html, .htm, .jsonl or .ndjson, sorted by path,
/// following no symlink loops), "-" as stdin. Missing paths, unreadable
/// directories and directories with no such file give an InputError; the other inputs are still returned. Sources
/// keep the order of `paths`; a file reached twice is listed once.
pub fn discover(paths: &[PathBuf]) -> (Vec<Source>, Vec<InputError>) {
    let mut sources = Vec::new();
    let mut errors = Vec::new();
    // The same file named twice (or a file and its directory) would become
    // two articles with one id.
    let mut seen: HashSet<PathBuf> = HashSet::new();
    let mut stdin_seen = false;
    let mut add = |p: PathBuf, sources: &mut Vec<Source>| {
        let key = fs::canonicalize(&p).unwrap_or_else(|_| p.clone());
        if seen.insert(key) {
            sources.push(Source::File(p));
        }
    };
    for p in paths {
        if p.as_os_str() == "-" {
            if !stdin_seen {
                stdin_seen = true;
                sources.push(Source::Stdin);
            }
            continue;
        }
        let name = p.display().to_string();
        match fs::metadata(p) {
            Err(e) => errors.push(InputError::new(name, io_message(&e))),
            Ok(m) if m.is_dir() => {
                let mut files = Vec::new();
                let errors_before = errors.len();
                walk(p, &mut files, &mut errors);
                files.sort();
                if files.is_empty() && errors.len() == errors_before {
                    errors.push(InputError::new(
                        name,
                        "no article files (.txt, .html, .htm, .jsonl, .ndjson) in directory",
                    ));
                }
                for f in files {
                    add(f, &mut sources);
                }
            }
            // Anything else that opens (a file, a pipe from `<(...)`) is
            // read as given.
            Ok(_) => add(p.clone(), &mut sources),
        }
    }
    (sources, errors)
}

/// Decode `rest` as UTF-8; `offset` is where it starts in the input, so the
/// byte offset in the message is the one a hex editor shows.
fn decode_utf8(rest: &[u8], offset: usize) -> Result<String, String> {
    // UTF-16 saved without a byte-order mark fails here either way (NULs in
    // valid UTF-8, or invalid bytes once letters beyond Latin-1 appear), so
    // both messages carry the hint.
    let hint = || {
        if looks_like_utf16(rest) {
            " (UTF-16 without a byte-order mark?)"
        } else {
            ""
        }
    };
    // simdutf8 validates valid text several times faster than std; std
    // runs only on failure, for the offset of the first bad byte.
    let checked = match simdutf8::basic::from_utf8(rest) {
        Ok(s) => Ok(s),
        Err(_) => std::str::from_utf8(rest),
    };
    match checked {
        Ok(s) if s.contains('\0') => Err(format!("binary data, not text{}", hint())),
        Ok(s) => Ok(s.to_string()),
        Err(e) => Err(format!(
            "not UTF-8 (invalid byte at offset {}){}",
            offset + e.valid_up_to(),
            hint()
        )),
    }
}

/// Text of mostly Latin letters in UTF-16 has a zero in one byte of many
/// code units and in the other byte of almost none; binary formats have
/// zeros in both.
fn looks_like_utf16(bytes: &[u8]) -> bool {
    let pairs = bytes.len() / 2;
    let nul_at = |parity: usize| {
        bytes
            .iter()
            .skip(parity)
            .step_by(2)
            .filter(|b| **b == 0)
            .count()
    };
    let (even, odd) = (nul_at(0), nul_at(1));
    let one_sided = |here: usize, there: usize| here * 4 >= pairs && there == 0;
    pairs >= 8 && (one_sided(even, odd) || one_sided(odd, even))
}

fn decode_utf16(rest: &[u8], little_endian: bool) -> Result<String, String> {
    if !rest.len().is_multiple_of(2) {
        return Err("not UTF-16 (odd number of bytes after the byte-order mark)".to_string());
    }
    let units = rest.chunks_exact(2).map(|c| {
        let pair = [c[0], c[1]];
        if little_endian {
            u16::from_le_bytes(pair)
        } else {
            u16::from_be_bytes(pair)
        }
    });
    let mut out = String::with_capacity(rest.len());
    // Offsets count from the start of the input, past the 2-byte mark.
    let mut offset = 2;
    for r in char::decode_utf16(units) {
        match r {
            Ok(c) => {
                if c == '\0' {
                    return Err("binary data, not text".to_string());
                }
                offset += 2 * c.len_utf16();
                out.push(c);
            }
            Err(_) => {
                return Err(format!(
                    "not UTF-16 (unpaired surrogate at offset {offset})"
                ))
            }
        }
    }
    Ok(out)
}

/// Decode bytes to a String: UTF-8 (with or without BOM), UTF-16 LE/BE with
/// BOM. Invalid UTF-8 is an error naming the byte offset of the first bad
/// byte ("not UTF-8 (invalid byte at offset 1234)"); NUL bytes in otherwise
/// valid text mean binary data ("binary data, not text"). A UTF-8 BOM is
/// dropped; empty input is an empty string.
pub fn decode(bytes: &[u8]) -> Result<String, String> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return decode_utf8(rest, 3);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return decode_utf16(rest, true);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return decode_utf16(rest, false);
    }
    decode_utf8(bytes, 0)
}

/// Article id for a source: file name without extension ("stdin" for
/// stdin). Files with the same name in different directories get the same
/// id.
pub fn article_id(src: &Source) -> String {
    match src {
        Source::Stdin => "stdin".to_string(),
        Source::File(p) => match p.file_stem() {
            Some(stem) if !stem.is_empty() => stem.to_string_lossy().into_owned(),
            _ => p.display().to_string(),
        },
    }
}

/// The bytes of one source, errors as InputError naming the path.
fn read_raw(src: &Source) -> Result<Vec<u8>, InputError> {
    let name = src.display_name();
    match src {
        Source::File(p) => fs::read(p).map_err(|e| InputError::new(&name, io_message(&e))),
        Source::Stdin => {
            let mut buf = Vec::new();
            io::stdin()
                .lock()
                .read_to_end(&mut buf)
                .map_err(|e| InputError::new(&name, io_message(&e)))?;
            Ok(buf)
        }
    }
}

/// Read and decode one source, errors as InputError naming the path.
/// Returns (id, text).
pub fn read_source(src: &Source) -> Result<(String, String), InputError> {
    let bytes = read_raw(src)?;
    let text = decode(&bytes).map_err(|m| InputError::new(src.display_name(), m))?;
    Ok((article_id(src), text))
}

/// The largest article read by default, in bytes (of one text or HTML
/// input, or of one JSON line): far above any real article (the longest
/// portal pages are well under 1 MB), low enough that a wrong file (a
/// database dump, a video renamed `.txt`) is refused before it is read
/// rather than taking minutes and gigabytes.
pub const DEFAULT_MAX_ARTICLE_BYTES: u64 = 16_000_000;

/// How inputs are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReadOptions {
    /// Input format (`Auto`: by extension and content).
    pub format: InputFormat,
    /// Largest article, in bytes: a text or HTML input, or a JSON line,
    /// over it is skipped with a message. A JSON Lines file may be larger
    /// as a whole.
    pub max_article_bytes: u64,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            format: InputFormat::Auto,
            max_article_bytes: DEFAULT_MAX_ARTICLE_BYTES,
        }
    }
}

/// A size for messages, in megabytes (10^6 bytes) or kilobytes: "100.0 MB",
/// "16 MB", "3.6 KB", "512 bytes".
fn megabytes(n: u64) -> String {
    let (unit, name) = match n {
        1_000_000.. => (1_000_000, "MB"),
        1_000.. => (1_000, "KB"),
        _ => return format!("{n} bytes"),
    };
    if n.is_multiple_of(unit) {
        format!("{} {name}", n / unit)
    } else {
        format!("{:.1} {name}", n as f64 / unit as f64)
    }
}

/// The message of an article over the limit.
fn too_big(len: u64, max: u64) -> String {
    format!(
        "{} is over the {} article limit (raise it with --max-article-mb)",
        megabytes(len),
        megabytes(max)
    )
}

/// True when a file of `format` at `p` may be a JSON Lines corpus, whose
/// size as a whole is not an article's. Sniffs the first bytes only: a
/// corpus opens with `{`.
fn may_be_jsonl(p: &Path, format: InputFormat) -> bool {
    match format {
        InputFormat::Jsonl => return true,
        InputFormat::Text | InputFormat::Html => return false,
        InputFormat::Auto => {}
    }
    match extension(p).as_deref() {
        Some("jsonl" | "ndjson") => return true,
        Some("html" | "htm") => return false,
        _ => {}
    }
    let mut head = [0u8; 4096];
    let n = fs::File::open(p)
        .and_then(|mut f| f.read(&mut head))
        .unwrap_or(0);
    let head = &head[..n];
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    head.iter()
        .find(|b| !b.is_ascii_whitespace())
        .is_some_and(|b| *b == b'{')
}

/// Refuse, before reading it, a file too big to be one article.
fn check_file_size(p: &Path, opts: ReadOptions) -> Result<(), String> {
    // A file that cannot be stat'ed is reported by the read that follows.
    let Ok(meta) = fs::metadata(p) else {
        return Ok(());
    };
    if meta.len() <= opts.max_article_bytes || may_be_jsonl(p, opts.format) {
        return Ok(());
    }
    Err(too_big(meta.len(), opts.max_article_bytes))
}

/// The form of an input. `Auto` decides per input: by extension (.html,
/// .htm; .jsonl, .ndjson), else by sniffing the content, else text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum InputFormat {
    /// By extension, then content.
    #[default]
    Auto,
    /// The portals' text form, one article per input.
    Text,
    /// A saved HTML page, one article per input.
    Html,
    /// JSON Lines, one article per line.
    Jsonl,
}

impl FromStr for InputFormat {
    type Err = String;

    /// The values of `--format`: auto, text (txt), html (htm), jsonl
    /// (ndjson), in any case.
    fn from_str(s: &str) -> Result<InputFormat, String> {
        match s.trim().to_ascii_lowercase().as_str() {
            "auto" => Ok(InputFormat::Auto),
            "text" | "txt" => Ok(InputFormat::Text),
            "html" | "htm" => Ok(InputFormat::Html),
            "jsonl" | "ndjson" => Ok(InputFormat::Jsonl),
            other => Err(format!(
                "unknown format \"{other}\" (expected auto, text, html or jsonl)"
            )),
        }
    }
}

impl fmt::Display for InputFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            InputFormat::Auto => "auto",
            InputFormat::Text => "text",
            InputFormat::Html => "html",
            InputFormat::Jsonl => "jsonl",
        })
    }
}

/// One article as read from an input, before parsing: its text in the
/// portal text form and the metadata that came with it.
#[derive(Debug, Clone, PartialEq)]
pub struct RawArticle {
    /// Article id: the file name without extension, or the "id" of a JSON
    /// line.
    pub id: String,
    /// The text in the portal text form (HTML already converted).
    pub text: String,
    /// Metadata from outside the text: the JSON line's fields, the HTML
    /// page's canonical URL, title and publication date, and the locality
    /// of the URL's portal when nothing else gives one.
    pub meta: Metadata,
    /// The form it was read in (never `Auto`). A JSON line is `Jsonl`
    /// whether it carried "text" or "html".
    pub format: InputFormat,
    /// Where it came from, for messages: the input's name, with ":LINE" for
    /// a JSON line ("corpus.jsonl:17").
    pub origin: String,
}

/// The form of `text` read from `src` under `format`: a forced format as
/// is; otherwise by extension, then by content (a first line that is a
/// JSON article, or markup naming `<html`/`<!doctype`), then text.
pub fn resolve_format(src: &Source, text: &str, format: InputFormat) -> InputFormat {
    if format != InputFormat::Auto {
        return format;
    }
    if let Source::File(p) = src {
        match extension(p).as_deref() {
            Some("html" | "htm") => return InputFormat::Html,
            Some("jsonl" | "ndjson") => return InputFormat::Jsonl,
            _ => {}
        }
    }
    if looks_like_jsonl(text) {
        InputFormat::Jsonl
    } else if html::looks_like_html(text) {
        InputFormat::Html
    } else {
        InputFormat::Text
    }
}

/// True when the first non-empty line is a JSON object with an "id" and a
/// "text" or "html": no article's first line is.
pub fn looks_like_jsonl(text: &str) -> bool {
    let Some(first) = text.lines().map(str::trim).find(|l| !l.is_empty()) else {
        return false;
    };
    if !first.starts_with('{') {
        return false;
    }
    match serde_json::from_str::<Value>(first) {
        Ok(Value::Object(o)) => {
            o.contains_key("id") && (o.contains_key("text") || o.contains_key("html"))
        }
        _ => false,
    }
}

/// Read one source as articles in `format` (`Auto`: see
/// [`resolve_format`]). A text or HTML input is one article; a JSON Lines
/// input is one article per line, its invalid lines reported with their
/// number ("corpus.jsonl:17: missing \"id\"") and skipped.
pub fn read_articles(src: &Source, format: InputFormat) -> (Vec<RawArticle>, Vec<InputError>) {
    read_articles_with(
        src,
        ReadOptions {
            format,
            ..ReadOptions::default()
        },
    )
}

/// [`read_articles`] with options: a file over the article size limit is
/// refused before it is read (unless it may be a JSON Lines corpus, whose
/// lines are checked one by one).
pub fn read_articles_with(src: &Source, opts: ReadOptions) -> (Vec<RawArticle>, Vec<InputError>) {
    if let Source::File(p) = src {
        if let Err(m) = check_file_size(p, opts) {
            return (Vec::new(), vec![InputError::new(src.display_name(), m)]);
        }
    }
    match read_raw(src) {
        Ok(bytes) => read_bytes(src, &bytes, opts),
        Err(e) => (Vec::new(), vec![e]),
    }
}

/// Read the bytes of `src` (already in memory) as articles: decoding,
/// format, JSON lines and the size limit as [`read_articles_with`] does.
/// `src` gives the article id, the name in messages and the extension.
pub fn read_bytes(
    src: &Source,
    bytes: &[u8],
    opts: ReadOptions,
) -> (Vec<RawArticle>, Vec<InputError>) {
    let name = src.display_name();
    let text = match decode(bytes) {
        Ok(t) => t,
        Err(m) => return (Vec::new(), vec![InputError::new(name, m)]),
    };
    let id = article_id(src);
    let format = resolve_format(src, &text, opts.format);
    if format != InputFormat::Jsonl && text.len() as u64 > opts.max_article_bytes {
        let m = too_big(text.len() as u64, opts.max_article_bytes);
        return (Vec::new(), vec![InputError::new(name, m)]);
    }
    match format {
        InputFormat::Jsonl => read_jsonl(&name, &text, opts.max_article_bytes),
        InputFormat::Html => match from_html(id, &text, name.clone()) {
            Ok(raw) => (vec![raw], Vec::new()),
            Err(m) => (Vec::new(), vec![InputError::new(name, m)]),
        },
        InputFormat::Text | InputFormat::Auto => (
            vec![RawArticle {
                id,
                text,
                meta: Metadata::default(),
                format: InputFormat::Text,
                origin: name,
            }],
            Vec::new(),
        ),
    }
}

/// An HTML page as an article; its metadata completed by the portal
/// table.
fn from_html(id: String, page: &str, origin: String) -> Result<RawArticle, String> {
    html::check_page(page)?;
    let page = html::html_to_text(page);
    if page.text.trim().is_empty() {
        return Err("no article text in the HTML page".to_string());
    }
    let mut meta = Metadata {
        url: page.url,
        title: page.title,
        published: page.published,
        locality: None,
    };
    complete(&mut meta);
    Ok(RawArticle {
        id,
        text: page.text,
        meta,
        format: InputFormat::Html,
        origin,
    })
}

/// The locality of the URL's portal, when the metadata names none.
fn complete(meta: &mut Metadata) {
    if meta.locality.is_none() {
        meta.locality = meta.url.as_deref().and_then(portals::locality_for_url);
    }
}

fn read_jsonl(name: &str, text: &str, max: u64) -> (Vec<RawArticle>, Vec<InputError>) {
    let mut articles = Vec::new();
    let mut errors = Vec::new();
    for (k, line) in text.split('\n').enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let origin = format!("{name}:{}", k + 1);
        if line.len() as u64 > max {
            errors.push(InputError::new(origin, too_big(line.len() as u64, max)));
            continue;
        }
        match jsonl_article(line, &origin) {
            Ok(raw) => articles.push(raw),
            Err(m) => errors.push(InputError::new(origin, m)),
        }
    }
    if articles.is_empty() && errors.is_empty() {
        errors.push(InputError::new(name, "no JSON lines"));
    }
    (articles, errors)
}

/// A value quoted for a message, cut short: a corpus line can be megabytes.
fn quoted(v: &str) -> String {
    const MAX: usize = 40;
    if v.chars().count() <= MAX {
        format!("{v:?}")
    } else {
        let head: String = v.chars().take(MAX).collect();
        format!("{head:?}...")
    }
}

/// An optional string field: absent or null is None, an empty string too.
fn string_field(o: &Map<String, Value>, key: &str) -> Result<Option<String>, String> {
    match o.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) if s.trim().is_empty() => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.trim().to_string())),
        Some(_) => Err(format!("\"{key}\" must be a string")),
    }
}

fn jsonl_article(line: &str, origin: &str) -> Result<RawArticle, String> {
    let o = match serde_json::from_str::<Value>(line) {
        Ok(Value::Object(o)) => o,
        Ok(_) => return Err("not a JSON object".to_string()),
        Err(e) => return Err(format!("invalid JSON ({e})")),
    };
    let id = match o.get("id") {
        None | Some(Value::Null) => return Err("missing \"id\"".to_string()),
        Some(Value::String(s)) if s.trim().is_empty() => return Err("empty \"id\"".to_string()),
        Some(Value::String(s)) => s.trim().to_string(),
        Some(Value::Number(n)) => n.to_string(),
        Some(_) => return Err("\"id\" must be a string".to_string()),
    };
    let published = match string_field(&o, "published")? {
        None => None,
        Some(p) => Some(
            parse_published(&p).ok_or_else(|| format!("invalid \"published\": {}", quoted(&p)))?,
        ),
    };
    let given = Metadata {
        url: string_field(&o, "url")?,
        title: string_field(&o, "title")?,
        published,
        locality: string_field(&o, "locality")?,
    };
    // Type errors of "text" count even when "html" is there: the line is
    // malformed either way.
    let text = match o.get("text") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s.clone()),
        Some(_) => return Err("\"text\" must be a string".to_string()),
    };
    let (text, page_meta) = match text {
        Some(t) => (t, Metadata::default()),
        None => match o.get("html") {
            None | Some(Value::Null) => return Err("missing \"text\" or \"html\"".to_string()),
            Some(Value::String(h)) => {
                html::check_page(h)?;
                let page = html::html_to_text(h);
                let meta = Metadata {
                    url: page.url,
                    title: page.title,
                    published: page.published,
                    locality: None,
                };
                (page.text, meta)
            }
            Some(_) => return Err("\"html\" must be a string".to_string()),
        },
    };
    // The corpus's fields win over what the page says about itself.
    let mut meta = Metadata {
        url: given.url.or(page_meta.url),
        title: given.title.or(page_meta.title),
        published: given.published.or(page_meta.published),
        locality: given.locality,
    };
    complete(&mut meta);
    Ok(RawArticle {
        id,
        text,
        meta,
        format: InputFormat::Jsonl,
        origin: origin.to_string(),
    })
}

static ISO_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([0-9]{4})[-/]([0-9]{1,2})[-/]([0-9]{1,2})(?:$|[T\s])")
        .expect("the ISO date pattern is a valid regex")
});

static DMY_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([0-9]{1,2})[/.\-]([0-9]{1,2})[/.\-]([0-9]{4})(?:$|[\s,|T])")
        .expect("the day-month-year pattern is a valid regex")
});

/// A publication date of metadata: ISO ("2023-08-21", "2023-08-21T08:00:00+07:00")
/// or day first ("21/08/2023", "21-08-2023 08:00"). None unless it is a date
/// of the calendar.
pub fn parse_published(s: &str) -> Option<Date> {
    let s = s.trim();
    let (caps, ymd) = match ISO_DATE.captures(s) {
        Some(c) => (c, true),
        None => (DMY_DATE.captures(s)?, false),
    };
    let num = |k: usize| caps.get(k).and_then(|m| m.as_str().parse::<u32>().ok());
    let (y, m, d) = if ymd {
        (num(1)?, num(2)?, num(3)?)
    } else {
        (num(3)?, num(2)?, num(1)?)
    };
    Date::ymd(i32::try_from(y).ok()?, m, d)
}

/// Parse a raw article: the text as [`parse_article`] reads it, and the
/// metadata on `Article::meta`. Both dates are kept: the text's date line
/// in `published`, the metadata's in `meta.published` (the extractor uses
/// the first that is there). The metadata is normalised like the text (NFC)
/// so that names compare, and the locality of the URL's portal fills a
/// missing locality.
pub fn parse_raw(raw: &RawArticle) -> Result<Article, ArticleError> {
    let mut article = parse_article(&raw.id, &raw.text)?;
    let nfc = |s: &Option<String>| s.as_deref().map(text::normalize);
    article.meta = Metadata {
        url: raw.meta.url.clone(),
        title: nfc(&raw.meta.title),
        published: raw.meta.published,
        locality: nfc(&raw.meta.locality),
    };
    complete(&mut article.meta);
    Ok(article)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(path: &Path, bytes: &[u8]) {
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).expect("create test dir");
        }
        fs::write(path, bytes).expect("write test file");
    }

    fn files(sources: &[Source]) -> Vec<PathBuf> {
        sources
            .iter()
            .filter_map(|s| match s {
                Source::File(p) => Some(p.clone()),
                Source::Stdin => None,
            })
            .collect()
    }

    #[test]
    fn nested_directories_sorted() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let root = tmp.path();
        write(&root.join("b.txt"), "Tin hai".as_bytes());
        write(&root.join("a.txt"), "Tin một".as_bytes());
        write(&root.join("sub/c.txt"), "Tin ba".as_bytes());
        write(&root.join("sub/deeper/d.TXT"), "Tin bốn".as_bytes());
        write(&root.join("sub/notes.md"), b"# skip");
        write(&root.join("sub/page.json"), b"{}");
        write(&root.join("e.html"), b"<p>trang</p>");
        write(&root.join("sub/f.HTM"), b"<p>trang</p>");
        write(&root.join("sub/g.jsonl"), b"{}");
        write(&root.join("h.ndjson"), b"{}");
        let (srcs, errs) = discover(&[root.to_path_buf()]);
        assert!(errs.is_empty(), "{errs:?}");
        assert_eq!(
            files(&srcs),
            vec![
                root.join("a.txt"),
                root.join("b.txt"),
                root.join("e.html"),
                root.join("h.ndjson"),
                root.join("sub/c.txt"),
                root.join("sub/deeper/d.TXT"),
                root.join("sub/f.HTM"),
                root.join("sub/g.jsonl"),
            ]
        );
        assert_eq!(article_id(&srcs[5]), "d");
    }

    #[test]
    fn files_stdin_and_errors_together() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let root = tmp.path();
        let html = root.join("bai.html");
        write(&html, "<p>Tin</p>".as_bytes());
        let empty_dir = root.join("rong");
        write(&empty_dir.join("ghi-chu.md"), b"x");
        let missing = root.join("khong-co.txt");
        let paths = vec![
            missing.clone(),
            html.clone(),
            PathBuf::from("-"),
            empty_dir.clone(),
            html.clone(),
            PathBuf::from("-"),
        ];
        let (srcs, errs) = discover(&paths);
        assert_eq!(srcs, vec![Source::File(html.clone()), Source::Stdin]);
        assert_eq!(errs.len(), 2, "{errs:?}");
        assert_eq!(errs[0].path, missing.display().to_string());
        assert_eq!(errs[0].message, "no such file or directory");
        assert_eq!(
            errs[0].to_string(),
            format!("{}: no such file or directory", missing.display())
        );
        assert_eq!(errs[1].path, empty_dir.display().to_string());
        assert_eq!(
            errs[1].message,
            "no article files (.txt, .html, .htm, .jsonl, .ndjson) in directory"
        );
    }

    #[cfg(unix)]
    #[test]
    fn symlink_loops_end() {
        use std::os::unix::fs::symlink;
        let tmp = tempfile::tempdir().expect("tempdir");
        let root = tmp.path();
        write(&root.join("a/x.txt"), "Tin".as_bytes());
        symlink(root, root.join("a/up")).expect("symlink");
        symlink(root.join("a"), root.join("a/self")).expect("symlink");
        // Two links pointing at each other: metadata fails, and it is not
        // an input by its name, so it is skipped quietly.
        symlink(root.join("p"), root.join("q")).expect("symlink");
        symlink(root.join("q"), root.join("p")).expect("symlink");
        // A dangling link that looks like an input is reported.
        symlink(root.join("gone.txt"), root.join("a/broken.txt")).expect("symlink");
        let (srcs, errs) = discover(&[root.to_path_buf()]);
        assert_eq!(files(&srcs), vec![root.join("a/x.txt")]);
        assert_eq!(errs.len(), 1, "{errs:?}");
        assert!(errs[0].path.ends_with("broken.txt"));
    }

    #[cfg(unix)]
    #[test]
    fn unreadable_directory_is_reported() {
        use std::os::unix::fs::PermissionsExt;
        let tmp = tempfile::tempdir().expect("tempdir");
        let root = tmp.path();
        write(&root.join("ok.txt"), "Tin".as_bytes());
        let locked = root.join("khoa");
        write(&locked.join("y.txt"), "Tin".as_bytes());
        fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).expect("chmod");
        let (srcs, errs) = discover(&[root.to_path_buf()]);
        fs::set_permissions(&locked, fs::Permissions::from_mode(0o755)).expect("chmod");
        assert!(files(&srcs).contains(&root.join("ok.txt")));
        // Root ignores permissions; then the file is simply found.
        if errs.is_empty() {
            assert_eq!(srcs.len(), 2);
        } else {
            assert_eq!(errs[0].path, locked.display().to_string());
            assert!(errs[0].message.starts_with("cannot read directory"));
        }
    }

    #[test]
    fn decode_utf8_and_bom() {
        let text = "Quận ủy tổ chức hội nghị";
        assert_eq!(decode(text.as_bytes()).as_deref(), Ok(text));
        let mut bom = b"\xEF\xBB\xBF".to_vec();
        bom.extend_from_slice(text.as_bytes());
        assert_eq!(decode(&bom).as_deref(), Ok(text));
        assert_eq!(decode(b"").as_deref(), Ok(""));
        assert_eq!(decode(b"\xEF\xBB\xBF").as_deref(), Ok(""));
    }

    #[test]
    fn decode_utf16_both_orders() {
        let text = "Hội đồng nhân dân phường Đồng Tâm 🏛";
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for u in text.encode_utf16() {
            le.extend_from_slice(&u.to_le_bytes());
            be.extend_from_slice(&u.to_be_bytes());
        }
        assert_eq!(decode(&le).as_deref(), Ok(text));
        assert_eq!(decode(&be).as_deref(), Ok(text));

        let mut odd = le.clone();
        odd.push(0x41);
        assert!(decode(&odd).unwrap_err().starts_with("not UTF-16"));
        // A lone high surrogate after "A".
        let lone = [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x41, 0x00];
        assert_eq!(
            decode(&lone),
            Err("not UTF-16 (unpaired surrogate at offset 4)".to_string())
        );
        let nul = [0xFF, 0xFE, 0x41, 0x00, 0x00, 0x00];
        assert_eq!(decode(&nul), Err("binary data, not text".to_string()));
    }

    #[test]
    fn decode_errors() {
        let mut bad = "Ủy ban".as_bytes().to_vec();
        let at = bad.len();
        bad.push(0xC3); // Latin-1 "Ã", invalid as UTF-8 here
        bad.extend_from_slice(b" nh");
        assert_eq!(
            decode(&bad),
            Err(format!("not UTF-8 (invalid byte at offset {at})"))
        );
        let mut with_bom = b"\xEF\xBB\xBF".to_vec();
        with_bom.extend_from_slice(&bad);
        assert_eq!(
            decode(&with_bom),
            Err(format!("not UTF-8 (invalid byte at offset {})", at + 3))
        );
        assert_eq!(
            decode(b"abc\0def\x01\x02"),
            Err("binary data, not text".to_string())
        );
        let utf16_no_bom: Vec<u8> = "Tin tức trong ngày"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let err = decode(&utf16_no_bom).unwrap_err();
        assert!(
            err.starts_with("not UTF-8 (invalid byte at offset "),
            "{err}"
        );
        assert!(
            err.ends_with("(UTF-16 without a byte-order mark?)"),
            "{err}"
        );
        let ascii16: Vec<u8> = "Tin trong ngay"
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        assert_eq!(
            decode(&ascii16),
            Err("binary data, not text (UTF-16 without a byte-order mark?)".to_string())
        );
    }

    #[test]
    fn read_sources() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let good = tmp.path().join("bai-01.txt");
        write(&good, "Tin tức\r\n".as_bytes());
        let empty = tmp.path().join("rong.txt");
        write(&empty, b"");
        let binary = tmp.path().join("anh.txt");
        write(&binary, b"\x89PNG\r\n\x1a\n\0\0");
        let src = Source::File(good.clone());
        assert_eq!(
            read_source(&src),
            Ok(("bai-01".to_string(), "Tin tức\r\n".to_string()))
        );
        assert_eq!(
            read_source(&Source::File(empty)),
            Ok(("rong".to_string(), String::new()))
        );
        let err = read_source(&Source::File(binary.clone())).unwrap_err();
        assert_eq!(err.path, binary.display().to_string());
        assert_eq!(err.message, "not UTF-8 (invalid byte at offset 0)");
        let missing = Source::File(tmp.path().join("mat.txt"));
        let err = read_source(&missing).unwrap_err();
        assert_eq!(err.message, "no such file or directory");
        assert_eq!(article_id(&Source::Stdin), "stdin");
        assert_eq!(Source::Stdin.display_name(), "<stdin>");
        assert_eq!(
            article_id(&Source::File(PathBuf::from("x/y/bai.v2.txt"))),
            "bai.v2"
        );
    }
}
