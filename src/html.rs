//! HTML pages as saved from the portals, turned into the portal text form
//! that [`crate::article::parse_article`] reads:
//!
//! ```text
//! SECTION
//!
//! HEADLINE
//! Ngày đăng DD/MM/YYYY | HH:MM
//!
//! PARAGRAPH
//!
//! PARAGRAPH (image captions are paragraphs of their own)
//!
//! BYLINE
//! ```
//!
//! The page is parsed by html5ever (through `scraper`) and flattened into
//! one array in document order; every step after that is a loop over the
//! array, so no shape of markup (deep nesting, huge pages, broken tags) can
//! overflow the stack. The headline is a heading with a title-like class
//! (or the first `h1`), the date a short element whose text is a date line,
//! and the body the element that holds the most paragraph text (or a known
//! content container of the portals' CMS). Menus, sidebars, share buttons,
//! polls, scripts, styles and forms are left out by tag, class and text.

use crate::article::{is_sidebar, parse_date_line};
use crate::date::Date;
use crate::text;
use regex::Regex;
use scraper::node::Element;
use scraper::{Html, Node};
use std::collections::HashMap;
use std::sync::LazyLock;

/// An HTML page read as an article.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Page {
    /// The article in the portal text form; empty when the page holds no
    /// text at all.
    pub text: String,
    /// The page's canonical URL (`<link rel=canonical>`, else `og:url`),
    /// when it is absolute.
    pub url: Option<String>,
    /// The page's own title (`og:title`, else `<title>`), which may carry
    /// the site's name besides the headline.
    pub title: Option<String>,
    /// The publication date in the page's metadata
    /// (`article:published_time` and the like).
    pub published: Option<Date>,
}

/// Elements whose content is never article text.
const SKIP_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed",
    "applet", "form", "nav", "aside", "footer", "select", "option", "button", "input", "textarea",
    "label", "svg", "math", "canvas", "video", "audio", "map", "dialog", "menu", "head", "title",
    "link", "meta",
];

/// Elements that start a new line of text.
const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "aside",
    "nav",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "td",
    "th",
    "caption",
    "blockquote",
    "pre",
    "figure",
    "figcaption",
    "address",
    "hr",
    "form",
    "fieldset",
    "details",
    "summary",
    "center",
    "body",
    "html",
];

/// Blocks that are one paragraph: their text counts for the element that
/// holds them, the way a `<p>` counts for the article's container.
const PARAGRAPH_TAGS: &[&str] = &[
    "p",
    "li",
    "dd",
    "dt",
    "blockquote",
    "h4",
    "h5",
    "h6",
    "figcaption",
    "pre",
    "caption",
    "address",
];

/// Parts of class and id names of navigation and widgets. Matched against
/// the name with its separators removed, so "right-sidebar",
/// "rightSidebar" and "sidebar_right" all match.
const SKIP_CLASS_PARTS: &[&str] = &[
    "sidebar",
    "breadcrumb",
    "navigation",
    "navbar",
    "menu",
    "related",
    "lienquan",
    "tinkhac",
    "othernews",
    "share",
    "social",
    "zalo",
    "facebook",
    "twitter",
    "weather",
    "thoitiet",
    "binhchon",
    "poll",
    "comment",
    "footer",
    "banner",
    "advert",
    "quangcao",
    "dockbar",
    "toolbar",
    "pagination",
    "search",
    "login",
];

/// Whole words of class and id names of navigation and widgets: too short
/// to match inside other names ("nav" is in "canvas").
const SKIP_CLASS_WORDS: &[&str] = &["nav", "ads", "ad", "vote", "print", "tags", "pager"];

/// Class names of the content containers of the portals' CMS (Liferay and
/// the common Vietnamese news templates).
const CONTENT_CLASSES: &[&str] = &[
    "journal-content-article",
    "asset-content",
    "content-detail",
    "detail-content",
    "article-content",
    "news-content",
    "content-news",
    "news-detail",
    "detail-news",
    "entry-content",
    "post-content",
    "article-body",
    "noi-dung",
    "noidung",
    "chi-tiet",
    "chitiet",
];

/// Short texts of buttons and counters that may sit inside the content
/// container. Compared folded ([`text::fold`]).
const NOISE: &[&str] = &[
    "chia sẻ zalo",
    "chia sẻ facebook",
    "zalo",
    "facebook",
    "twitter",
    "tweet",
    "share",
    "like",
    "email",
    "print",
    "in bài",
    "in trang",
    "quay lại",
    "trở về",
    "trở lại",
    "về đầu trang",
    "lên đầu trang",
    "đầu trang",
    "xem thêm",
];

/// View counters ("View count: 198", "Lượt xem: 87").
static COUNTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:view\s+count|lượt\s+xem|số\s+lượt\s+xem|lượt\s+đọc)\s*:?\s*[0-9.,]+$")
        .expect("the counter pattern is a valid regex")
});

/// Date lines that give the time first ("Cập nhật lúc 16:40, 12/07/2024",
/// "10:05, 15/10/2021"), which the text reader does not take for a date
/// line; they are rewritten in the date-first form.
static TIME_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi)^
        (?:(?:ngày\s+)?(?:cập\s+nhật|đăng|xuất\s+bản|ngày\s+đăng|updated|posted)(?:\s+lúc)?\s*:?\s*)?
        ([0-9]{1,2}:[0-9]{2})(?::[0-9]{2})?(?:\s*[ap]\.?m\.?)?
        \s*[,|\-–]?\s*
        (?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)\s*,?\s*)?
        (?:ngày\s+)?
        ([0-9]{1,2})[/.\-]([0-9]{1,2})[/.\-]([0-9]{4})
        \s*$",
    )
    .expect("the time-first pattern is a valid regex")
});

/// ISO dates of `datetime` attributes ("2021-10-15T10:05:00+07:00").
static ISO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:[T ]([0-9]{1,2}):([0-9]{2}))?")
        .expect("the ISO pattern is a valid regex")
});

/// Candidates for the headline, date and section are short; a longer
/// subtree is a container, and skipping it keeps the search linear.
const MAX_CANDIDATE_NODES: usize = 500;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Element,
    Text,
    Other,
}

/// One node of the page, in document order.
struct Item<'a> {
    kind: Kind,
    /// Element name, lowercase ("" for other nodes).
    name: &'a str,
    element: Option<&'a Element>,
    /// Text of a text node.
    text: &'a str,
    parent: Option<usize>,
    /// One past the last node of the subtree: the subtree is `index..end`.
    end: usize,
    /// In a part of the page that is never article text.
    skip: bool,
    /// Inside a link.
    in_link: bool,
    /// Inside an `<article>` (whose `<header>` holds the headline).
    in_article: bool,
    /// The nearest block element above (or the node itself, for blocks).
    block: Option<usize>,
    /// Characters of text in the subtree (not counting spaces or skipped
    /// parts).
    len: usize,
}

/// The flattened page.
struct Flat<'a> {
    items: Vec<Item<'a>>,
}

fn is_block(name: &str) -> bool {
    BLOCK_TAGS.contains(&name)
}

/// The class and id names of an element, lowercase.
fn class_names(el: &Element) -> Vec<String> {
    let mut names: Vec<String> = el.classes().map(|c| c.to_ascii_lowercase()).collect();
    if let Some(id) = el.id() {
        names.extend(id.split_ascii_whitespace().map(str::to_ascii_lowercase));
    }
    names
}

/// A class or id name without its separators ("portlet-title-text" ->
/// "portlettitletext").
fn joined(name: &str) -> String {
    name.chars().filter(char::is_ascii_alphanumeric).collect()
}

fn words(name: &str) -> impl Iterator<Item = &str> {
    name.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
}

fn is_skip_class(name: &str) -> bool {
    let j = joined(name);
    SKIP_CLASS_PARTS.iter().any(|p| j.contains(p))
        || words(name).any(|w| SKIP_CLASS_WORDS.contains(&w))
}

/// Hidden by the page itself: the `hidden` attribute, `aria-hidden` or an
/// inline `display: none`.
fn is_hidden(el: &Element) -> bool {
    if el.attr("hidden").is_some() || el.attr("aria-hidden") == Some("true") {
        return true;
    }
    el.attr("style").is_some_and(|s| {
        let s: String = s
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        s.contains("display:none") || s.contains("visibility:hidden")
    })
}

fn non_space_chars(s: &str) -> usize {
    s.chars().filter(|c| !c.is_whitespace()).count()
}

impl<'a> Flat<'a> {
    fn new(doc: &'a Html) -> Flat<'a> {
        let mut items: Vec<Item<'a>> = Vec::new();
        let mut index = HashMap::new();
        for node in doc.tree.root().descendants() {
            let parent = node.parent().and_then(|p| index.get(&p.id()).copied());
            let up = parent.and_then(|p: usize| items.get(p));
            let (kind, name, element, text) = match node.value() {
                Node::Element(e) => (Kind::Element, e.name(), Some(e), ""),
                Node::Text(t) => (Kind::Text, "", None, &**t),
                _ => (Kind::Other, "", None, ""),
            };
            let in_article = up.is_some_and(|u| u.in_article || u.name == "article");
            let skip_self = element.is_some_and(|e| {
                SKIP_TAGS.contains(&name)
                    // The page's header (logo, menus), unless it is the
                    // header of the article itself.
                    || (name == "header" && !in_article)
                    || is_hidden(e)
                    || class_names(e).iter().any(|c| is_skip_class(c))
            });
            let item = Item {
                kind,
                name,
                element,
                text,
                parent,
                end: items.len() + 1,
                skip: skip_self || up.is_some_and(|u| u.skip),
                in_link: name == "a" || up.is_some_and(|u| u.in_link),
                in_article,
                block: if is_block(name) {
                    Some(items.len())
                } else {
                    up.and_then(|u| u.block)
                },
                len: 0,
            };
            index.insert(node.id(), items.len());
            items.push(item);
        }
        // In document order a node comes after its parent and before its
        // parent's next sibling, so one backward pass completes the
        // subtrees.
        for i in (0..items.len()).rev() {
            if items[i].kind == Kind::Text && !items[i].skip {
                items[i].len = non_space_chars(items[i].text);
            }
            if let Some(p) = items[i].parent {
                let (end, len) = (items[i].end, items[i].len);
                items[p].end = items[p].end.max(end);
                items[p].len += len;
            }
        }
        Flat { items }
    }

    fn classes(&self, i: usize) -> Vec<String> {
        self.items[i].element.map(class_names).unwrap_or_default()
    }

    /// The text of element `i` on one line: skipped parts left out, blocks
    /// and line breaks read as spaces.
    fn text_of(&self, i: usize) -> String {
        let mut out = String::new();
        let end = self.items[i].end;
        let mut k = i + 1;
        while k < end {
            let it = &self.items[k];
            if it.skip {
                k = it.end;
                continue;
            }
            match it.kind {
                Kind::Text => out.push_str(it.text),
                Kind::Element if it.name == "br" || is_block(it.name) => out.push(' '),
                _ => {}
            }
            k += 1;
        }
        text::squash(&out)
    }

    /// The element that holds the article's paragraphs.
    fn container(&self) -> Option<usize> {
        let n = self.items.len();
        let mut score = vec![0usize; n];
        for it in &self.items {
            if it.kind != Kind::Text || it.skip || it.in_link {
                continue;
            }
            let chars = non_space_chars(it.text);
            let Some(b) = it.block else { continue };
            let block = &self.items[b];
            if PARAGRAPH_TAGS.contains(&block.name) {
                if let Some(p) = block.parent {
                    score[p] += 2 * chars;
                    if let Some(g) = self.items[p].parent {
                        score[g] += chars;
                    }
                }
            } else if !matches!(block.name, "h1" | "h2" | "h3") {
                score[b] += 2 * chars;
            }
        }
        let best = (0..n)
            .filter(|&i| !self.items[i].skip && score[i] > 0)
            .max_by(|&a, &b| score[a].cmp(&score[b]).then(b.cmp(&a)))?;
        // A known content container wins when it holds a fair share of the
        // text: the score alone can pick a single inner column of it.
        let known = (0..n)
            .filter(|&i| {
                !self.items[i].skip
                    && self.items[i].len > 0
                    && self
                        .classes(i)
                        .iter()
                        .any(|c| CONTENT_CLASSES.contains(&c.as_str()))
            })
            .max_by(|&a, &b| self.items[a].len.cmp(&self.items[b].len).then(b.cmp(&a)));
        match known {
            Some(k) if 2 * self.items[k].len >= self.items[best].len => Some(k),
            _ => Some(best),
        }
    }

    fn candidate(&self, i: usize) -> bool {
        let it = &self.items[i];
        it.kind == Kind::Element && !it.skip && it.len > 0 && it.end - i <= MAX_CANDIDATE_NODES
    }

    /// The headline: an `h1` or `h2` with a title-like class, else the
    /// first `h1`, else an `h3` with a title-like class (the templates of
    /// some portals). Before the end of the body container, so that the
    /// titles of related articles below it are never taken.
    fn headline(&self, limit: usize) -> Option<(usize, String)> {
        let mut by_class = None;
        let mut first_h1 = None;
        let mut h3_by_class = None;
        for i in 0..limit.min(self.items.len()) {
            let name = self.items[i].name;
            if !matches!(name, "h1" | "h2" | "h3") || !self.candidate(i) {
                continue;
            }
            let text = self.text_of(i);
            let n = text.chars().count();
            if !(2..=400).contains(&n) || is_marker(&text) || self.is_section_element(i) {
                continue;
            }
            let mut names = self.classes(i);
            if let Some(p) = self.items[i].parent {
                names.extend(self.classes(p));
            }
            let titled = names.iter().any(|c| {
                let j = joined(c);
                !j.contains("portlettitle")
                    && (j.contains("title")
                        || j.contains("headline")
                        || j.contains("tieude")
                        || words(c).any(|w| w == "header" || w == "heading"))
            });
            let slot = match (titled, name) {
                (true, "h3") => &mut h3_by_class,
                (true, _) => &mut by_class,
                (false, "h1") => &mut first_h1,
                _ => continue,
            };
            if slot.is_none() {
                *slot = Some((i, text));
            }
        }
        by_class.or(first_h1).or(h3_by_class)
    }

    fn is_section_element(&self, i: usize) -> bool {
        self.classes(i).iter().any(|c| {
            let j = joined(c);
            [
                "portlettitle",
                "sectiontitle",
                "categorytitle",
                "catetitle",
                "cattitle",
                "categoryname",
                "titlecategory",
                "chuyenmuc",
            ]
            .iter()
            .any(|p| j.contains(p))
                || words(c).any(|w| w == "category")
        })
    }

    /// The date line: the first short element whose text is one, looked
    /// for after the headline first (a page can carry today's date in its
    /// header). Returns the element and the line in the date-first form.
    fn date(&self, from: usize, limit: usize) -> Option<(usize, String)> {
        let limit = limit.min(self.items.len());
        let after = (from..limit).find_map(|i| self.date_at(i));
        after.or_else(|| (0..from.min(limit)).find_map(|i| self.date_at(i)))
    }

    fn date_at(&self, i: usize) -> Option<(usize, String)> {
        if !self.candidate(i) || self.items[i].len > 150 {
            return None;
        }
        let text = self.text_of(i);
        if let Some((Some(date), time)) = parse_date_line(&text) {
            return Some((i, date_line(date, time.as_deref())));
        }
        if let Some(c) = TIME_FIRST.captures(&text) {
            let num = |k: usize| c.get(k).and_then(|m| m.as_str().parse::<u32>().ok());
            let date = Date::ymd(num(4)? as i32, num(3)?, num(2)?)?;
            return Some((i, date_line(date, c.get(1).map(|m| m.as_str()))));
        }
        let dt = self.items[i].element?.attr("datetime")?;
        if self.items[i].name != "time" {
            return None;
        }
        let c = ISO.captures(dt)?;
        let num = |k: usize| c.get(k).and_then(|m| m.as_str().parse::<u32>().ok());
        let date = Date::ymd(num(1)? as i32, num(2)?, num(3)?)?;
        let time = match (num(4), num(5)) {
            (Some(h), Some(m)) => Some(format!("{h:02}:{m:02}")),
            _ => None,
        };
        Some((i, date_line(date, time.as_deref())))
    }

    /// The section: the last section title before the headline, when no
    /// text of any length stands between the two (a sidebar's title higher
    /// up the page is not the article's section).
    fn section(&self, headline: usize) -> Option<(usize, String)> {
        let mut found = None;
        for i in 0..headline.min(self.items.len()) {
            if !self.candidate(i) || !self.is_section_element(i) || self.items[i].end > headline {
                continue;
            }
            let text = self.text_of(i);
            let n = text.chars().count();
            if (2..=80).contains(&n) && !is_marker(&text) && !is_noise(&text) {
                found = Some((i, text));
            }
        }
        let (i, text) = found?;
        let between: usize = (self.items[i].end..headline)
            .filter(|&k| self.items[k].kind == Kind::Text && !self.items[k].skip)
            .map(|k| self.items[k].len)
            .sum();
        (between < 200).then_some((i, text))
    }

    /// An element outside the container whose class says it is `what`
    /// (the lead paragraph above the body, the author below it).
    fn outside(&self, range: std::ops::Range<usize>, parts: &[&str]) -> Option<(usize, String)> {
        let range = range.start..range.end.min(self.items.len());
        range.into_iter().find_map(|i| {
            if !self.candidate(i) || self.items[i].len > 2_000 {
                return None;
            }
            let wanted = self.classes(i).iter().any(|c| {
                let j = joined(c);
                words(c).any(|w| parts.contains(&w)) || parts.iter().any(|p| j == *p)
            });
            if !wanted {
                return None;
            }
            let text = self.text_of(i);
            (!text.is_empty() && !is_noise(&text)).then_some((i, text))
        })
    }
}

/// The date line in the form of the portals' text pages.
fn date_line(date: Date, time: Option<&str>) -> String {
    let mut line = format!(
        "Ngày đăng {:02}/{:02}/{:04}",
        date.day.unwrap_or(1),
        date.month.unwrap_or(1),
        date.year
    );
    if let Some(t) = time {
        line.push_str(" | ");
        line.push_str(&text::squash(t));
    }
    line
}

/// Buttons, counters and separators: short texts that are not article
/// text wherever they are.
fn is_noise(s: &str) -> bool {
    if !s.chars().any(char::is_alphanumeric) {
        return true;
    }
    // Buttons and counters are short; folding a long paragraph is waste.
    if s.len() > SHORT {
        return false;
    }
    let f = text::squash(&text::fold(s));
    NOISE.contains(&f.as_str()) || COUNTER.is_match(&f)
}

/// Bytes beyond which a text is no button, counter or sidebar marker.
const SHORT: usize = 120;

/// True for a sidebar marker line ("Bình chọn", "Tin liên quan").
fn is_marker(line: &str) -> bool {
    line.len() <= SHORT && is_sidebar(line)
}

/// The paragraphs of the container, in order.
struct Body<'f, 'a> {
    flat: &'f Flat<'a>,
    /// The headline's and date's text: repeated inside the container by
    /// some templates.
    repeated: Vec<String>,
    paragraphs: Vec<String>,
    lines: Vec<String>,
    line: String,
    chars: usize,
    link_chars: usize,
    stop: bool,
}

impl Body<'_, '_> {
    /// End the current line. An empty line (two `<br>` in a row) is kept
    /// as "", the paragraph break of pages that have no `<p>`.
    fn newline(&mut self) {
        let l = text::squash(&self.line);
        self.line.clear();
        if !l.is_empty() || self.lines.last().is_some_and(|last| !last.is_empty()) {
            self.lines.push(l);
        }
    }

    /// End the current block: keep its text as paragraphs unless it is a
    /// button, a counter, a repeat of the headline, or a list item made of
    /// links (the related articles).
    fn flush(&mut self, block: &str) {
        self.newline();
        let lines = std::mem::take(&mut self.lines);
        let (chars, link_chars) = (self.chars, self.link_chars);
        self.chars = 0;
        self.link_chars = 0;
        if block == "li" && link_chars * 10 >= chars * 9 {
            return;
        }
        for group in lines.split(String::is_empty).filter(|g| !g.is_empty()) {
            if self.stop {
                return;
            }
            if group.iter().all(|l| is_noise(l)) || self.repeated.contains(&group.join(" ")) {
                continue;
            }
            // The sidebar markers end the article in the text form; above
            // the first paragraph they are stray widgets and only dropped.
            if group.iter().any(|l| is_marker(l)) {
                self.stop = !self.paragraphs.is_empty();
                continue;
            }
            self.paragraphs.push(group.join("\n"));
        }
    }

    fn read(&mut self, from: usize, to: usize, exclude: &[usize]) {
        let items = &self.flat.items;
        let to = to.min(items.len());
        let mut open: Vec<(usize, &str)> = Vec::new();
        let mut k = from;
        while k < to && !self.stop {
            while let Some(&(end, name)) = open.last() {
                if end > k {
                    break;
                }
                open.pop();
                self.flush(name);
            }
            let it = &items[k];
            let current = open.last().map_or("div", |o| o.1);
            if it.skip || exclude.contains(&k) {
                if it.kind == Kind::Element && (is_block(it.name) || exclude.contains(&k)) {
                    self.flush(current);
                }
                k = it.end.max(k + 1);
                continue;
            }
            match it.kind {
                Kind::Text => {
                    let n = non_space_chars(it.text);
                    self.chars += n;
                    if it.in_link {
                        self.link_chars += n;
                    }
                    self.line.push_str(it.text);
                }
                Kind::Element if it.name == "br" => self.newline(),
                Kind::Element if is_block(it.name) => {
                    self.flush(current);
                    open.push((it.end, it.name));
                }
                _ => {}
            }
            k += 1;
        }
        while let Some((_, name)) = open.pop() {
            self.flush(name);
        }
        self.flush("div");
    }
}

/// The page's metadata: canonical URL, title, publication date.
fn metadata(flat: &Flat<'_>, page: &mut Page) {
    let mut og_url = None;
    let mut og_title = None;
    let mut title = None;
    for (i, it) in flat.items.iter().enumerate() {
        let Some(el) = it.element else { continue };
        match it.name {
            "link" => {
                let canonical = el.attr("rel").is_some_and(|r| {
                    r.split_ascii_whitespace()
                        .any(|w| w.eq_ignore_ascii_case("canonical"))
                });
                if canonical && page.url.is_none() {
                    page.url = el.attr("href").and_then(absolute_url);
                }
            }
            "meta" => {
                let key = el
                    .attr("property")
                    .or_else(|| el.attr("name"))
                    .or_else(|| el.attr("itemprop"))
                    .unwrap_or("")
                    .to_ascii_lowercase();
                let content = el.attr("content").unwrap_or("");
                match key.as_str() {
                    "og:url" => og_url = og_url.or_else(|| absolute_url(content)),
                    "og:title" => og_title = og_title.or_else(|| nonempty(content)),
                    "article:published_time"
                    | "og:published_time"
                    | "datepublished"
                    | "pubdate"
                    | "publishdate"
                    | "publish-date"
                    | "dc.date.issued"
                    | "dc.date"
                    | "date" => {
                        page.published = page
                            .published
                            .or_else(|| crate::input::parse_published(content));
                    }
                    _ => {}
                }
            }
            "title" if title.is_none() => {
                // <title> sits in <head>, which is skipped as article text.
                let s: String = (i + 1..it.end)
                    .filter(|&k| flat.items[k].kind == Kind::Text)
                    .map(|k| flat.items[k].text)
                    .collect();
                title = nonempty(&s);
            }
            _ => {}
        }
    }
    if page.url.is_none() {
        page.url = og_url;
    }
    page.title = og_title.or(title);
}

fn nonempty(s: &str) -> Option<String> {
    let s = text::squash(s);
    (!s.is_empty()).then_some(s)
}

/// Only an absolute URL says which portal the page is from.
fn absolute_url(s: &str) -> Option<String> {
    let s = s.trim();
    let lower = s.get(..8).unwrap_or(s).to_ascii_lowercase();
    let absolute =
        lower.starts_with("http://") || lower.starts_with("https://") || s.starts_with("//");
    (absolute && crate::portals::host_of(s).is_some()).then(|| s.to_string())
}

/// The deepest nesting of blocks (`div`, `section`, `ul`, ...) a page may
/// have. Portal pages nest under 100. The HTML parser looks through every
/// open block at each new one (the standard's "close a p element" check),
/// so a page of a million nested `div`s takes hours; it is refused instead.
pub const MAX_BLOCK_DEPTH: usize = 256;

/// Block elements whose start tag makes the parser look through the stack
/// of open elements, and that a page does not close implicitly (unlike
/// `p`, `li` or `td`), so counting their start and end tags follows the
/// depth of the tree the parser builds.
const BLOCKS: [&str; 22] = [
    "address",
    "article",
    "aside",
    "blockquote",
    "center",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "header",
    "hgroup",
    "main",
    "menu",
    "nav",
    "ol",
    "section",
    "ul",
];

/// The deepest nesting of block elements (`BLOCKS`) in a page, by counting their start
/// and end tags (outside comments, scripts and styles): one pass over the
/// bytes, before the page is parsed.
pub fn block_depth(html: &str) -> usize {
    let b = html.as_bytes();
    let (mut depth, mut max) = (0usize, 0usize);
    let mut i = 0;
    while let Some(off) = b[i..].iter().position(|&c| c == b'<') {
        i += off + 1;
        if b[i..].starts_with(b"!--") {
            i = html[i..].find("-->").map_or(b.len(), |e| i + e + 3);
            continue;
        }
        let end_tag = b.get(i) == Some(&b'/');
        let start = i + usize::from(end_tag);
        let len = b[start..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric())
            .count();
        let name = html[start..start + len].to_ascii_lowercase();
        i = start + len;
        if end_tag {
            if BLOCKS.contains(&name.as_str()) {
                depth = depth.saturating_sub(1);
            }
        } else if matches!(name.as_str(), "script" | "style") {
            // Skip to its end tag, in any case, without copying the page.
            let close = format!("</{name}");
            i = (i..b.len())
                .find(|&k| {
                    b[k] == b'<'
                        && b.len() - k >= close.len()
                        && b[k..k + close.len()].eq_ignore_ascii_case(close.as_bytes())
                })
                .unwrap_or(b.len());
        } else if BLOCKS.contains(&name.as_str()) {
            depth += 1;
            max = max.max(depth);
        }
    }
    max
}

/// Refuse a page the parser would take far too long on (see
/// [`MAX_BLOCK_DEPTH`]); the message says why.
pub fn check_page(html: &str) -> Result<(), String> {
    let depth = block_depth(html);
    if depth > MAX_BLOCK_DEPTH {
        return Err(format!(
            "HTML nests {depth} blocks (div, section, ...) inside each other, over the {MAX_BLOCK_DEPTH} vnkg reads (portal pages nest under 100); not read"
        ));
    }
    Ok(())
}

/// Read an HTML page: the article in the portal text form, and the page's
/// metadata. Never fails: a page with no article gives an empty text.
pub fn html_to_text(html: &str) -> Page {
    let doc = Html::parse_document(html);
    let flat = Flat::new(&doc);
    let mut page = Page::default();
    metadata(&flat, &mut page);

    let container = flat.container();
    let limit = container.map_or(flat.items.len(), |c| flat.items[c].end);
    let headline = flat.headline(limit);
    let date = flat.date(headline.as_ref().map_or(0, |h| h.0), limit);
    let section = headline.as_ref().and_then(|h| flat.section(h.0));

    let mut exclude = Vec::new();
    let mut repeated = Vec::new();
    for (i, t) in [&headline, &date, &section].into_iter().flatten() {
        exclude.push(*i);
        repeated.push(t.clone());
    }
    let mut body = Body {
        flat: &flat,
        repeated,
        paragraphs: Vec::new(),
        lines: Vec::new(),
        line: String::new(),
        chars: 0,
        link_chars: 0,
        stop: false,
    };
    if let Some(c) = container {
        let end = flat.items[c].end;
        // A lead paragraph styled apart from the body ("sapo") above it.
        let lead_from = headline.as_ref().map_or(0, |h| flat.items[h.0].end);
        if let Some((i, _)) = flat.outside(lead_from..c, &["sapo", "chapeau", "tomtat", "summary"])
        {
            if flat.items[i].end <= c {
                body.read(i, flat.items[i].end, &exclude);
            }
        }
        // The body starts after the headline when the container holds it.
        let from = match &headline {
            Some((h, _)) if *h > c && *h < end => flat.items[*h].end,
            _ => c,
        };
        body.read(from, end, &exclude);
        // The author below the container signs the article even when
        // related links inside the container ended the body early.
        if let Some((_, author)) = flat.outside(end..flat.items.len(), &["author", "byline"]) {
            if !body.paragraphs.contains(&author) {
                body.paragraphs.push(author);
            }
        }
    }

    let mut out = String::new();
    match (&headline, &date) {
        (Some((_, h)), Some((_, d))) => {
            // A section line is only safe above both: with one of them
            // missing the reader would take it for the headline.
            if let Some((_, s)) = &section {
                out.push_str(s);
                out.push_str("\n\n");
            }
            out.push_str(h);
            out.push('\n');
            out.push_str(d);
        }
        (Some((_, h)), None) => out.push_str(h),
        (None, Some((_, d))) => out.push_str(d),
        (None, None) => {}
    }
    for p in &body.paragraphs {
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(p);
    }
    if !out.is_empty() {
        out.push('\n');
    }
    page.text = out;
    page
}

/// True when the start of `text` looks like an HTML page: it opens with
/// markup and names `<html`, `<!doctype`, `<head` or `<body` in its first
/// kilobyte.
pub fn looks_like_html(text: &str) -> bool {
    let t = text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    if !t.starts_with('<') {
        return false;
    }
    let mut end = t.len().min(1024);
    while !t.is_char_boundary(end) {
        end -= 1;
    }
    let head = t[..end].to_ascii_lowercase();
    ["<html", "<!doctype", "<head", "<body"]
        .iter()
        .any(|m| head.contains(m))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(body: &str) -> String {
        html_to_text(&format!(
            "<!DOCTYPE html><html><head><title>T</title></head><body>{body}</body></html>"
        ))
        .text
    }

    #[test]
    fn headline_date_paragraphs() {
        let t = page(
            "<div class=\"news\"><h1 class=\"title\">Phường Yên Hòa tổng kết công tác dân vận</h1>\
             <span class=\"date\">Ngày đăng 12/01/2024 | 09:05 | Lượt xem: 87</span>\
             <p>Sáng 11/1/2024, Đảng ủy phường tổ chức hội nghị.</p>\
             <p>Dự hội nghị có đồng chí Lê Minh Tâm.</p></div>",
        );
        assert_eq!(
            t,
            "Phường Yên Hòa tổng kết công tác dân vận\nNgày đăng 12/01/2024 | 09:05\n\n\
             Sáng 11/1/2024, Đảng ủy phường tổ chức hội nghị.\n\n\
             Dự hội nghị có đồng chí Lê Minh Tâm.\n"
        );
    }

    #[test]
    fn time_first_and_time_element_dates() {
        let t = page(
            "<h1>Tiêu đề bài viết ở đây</h1><div>Cập nhật lúc 16:40, 12/07/2024</div>\
             <div class=\"content-detail\"><p>Nội dung bài viết dài.</p></div>",
        );
        assert!(t.contains("\nNgày đăng 12/07/2024 | 16:40\n"), "{t}");
        let t = page(
            "<h1>Tiêu đề bài viết ở đây</h1><time datetime=\"2021-10-15T10:05:00+07:00\">\
             hôm qua</time><div class=\"content-detail\"><p>Nội dung bài viết dài.</p></div>",
        );
        assert!(t.contains("\nNgày đăng 15/10/2021 | 10:05\n"), "{t}");
        assert!(!t.contains("hôm qua"), "{t}");
    }

    #[test]
    fn inline_markup_joins_and_br_breaks() {
        let t = page(
            "<h1>Tiêu đề của bài</h1><div class=\"content-detail\">\
             <p><strong>Đồng</strong> chí <a href=\"#\">Nguyễn Văn A</a>&nbsp;phát biểu.<br>Dòng hai.</p>\
             </div>",
        );
        assert!(
            t.ends_with("\n\nĐồng chí Nguyễn Văn A phát biểu.\nDòng hai.\n"),
            "{t:?}"
        );
    }

    #[test]
    fn metadata_of_the_page() {
        let p = html_to_text(
            "<html><head><title> Tin | Cổng </title>\
             <link rel=\"canonical\" href=\"/web/guest/tin\">\
             <meta property=\"og:url\" content=\"https://caugiay.hanoi.gov.vn/tin\">\
             <meta property=\"article:published_time\" content=\"2023-08-21T08:00:00+07:00\">\
             </head><body><p>x</p></body></html>",
        );
        assert_eq!(p.url.as_deref(), Some("https://caugiay.hanoi.gov.vn/tin"));
        assert_eq!(p.title.as_deref(), Some("Tin | Cổng"));
        assert_eq!(p.published, Date::ymd(2023, 8, 21));
    }

    #[test]
    fn sniffing() {
        assert!(looks_like_html("\u{feff}  <!DOCTYPE html>\n<html>"));
        assert!(looks_like_html("<!-- saved from url -->\n<HTML lang=vi>"));
        assert!(!looks_like_html("Tiêu đề <html> trong câu"));
        assert!(!looks_like_html("<p>chỉ một đoạn</p>"));
        let long = format!("<{}", "ủ".repeat(2000));
        assert!(!looks_like_html(&long));
    }

    #[test]
    fn any_markup_gives_no_panic() {
        let deep = format!("{}chữ{}", "<div><span>".repeat(1_000), "</span>");
        let samples = [
            String::new(),
            "<".to_string(),
            "<html><body></body></html>".to_string(),
            "<h1></h1><p></p><table><td>x".to_string(),
            "<svg><h1>a</h1></svg><math><p>b".to_string(),
            "<h1>a".repeat(1_000),
            "<span>".repeat(3_000),
            deep,
            "<p>".to_string() + &"rất dài ".repeat(20_000),
            "\0\u{1}<p>\u{feff}</p>".to_string(),
        ];
        for s in &samples {
            let p = html_to_text(s);
            let _ = crate::article::parse_article("x", &p.text);
        }
    }

    #[test]
    fn block_depth_counts_blocks_not_comments_scripts_or_inline() {
        assert_eq!(block_depth("<div><DIV><section></section></Div></div>"), 3);
        assert_eq!(block_depth("<div><p><li><span><b>x"), 1);
        assert_eq!(
            block_depth(
                "<div><!-- <div><div><div> --><script>'<div><div><div>'</SCRIPT><style>div{}</style></div>"
            ),
            1
        );
        // Stray end tags do not go below zero.
        assert_eq!(block_depth("</div></div><div><div>"), 2);
        assert_eq!(block_depth("<"), 0);
        assert_eq!(block_depth("<!--"), 0);
        assert_eq!(block_depth("<script>"), 0);
        assert!(check_page(&"<div>".repeat(MAX_BLOCK_DEPTH)).is_ok());
        assert!(check_page(&"<div>".repeat(MAX_BLOCK_DEPTH + 1)).is_err());
    }
}
