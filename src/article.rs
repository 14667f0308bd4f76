//! Reader for the portals' text form of an article: section header,
//! headline, date line, body, byline in capitals, then portal sidebar text
//! that is not part of the article.

use crate::date::Date;

/// A byte range of `Article::text`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
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
    /// Metadata from outside the text.
    pub meta: Metadata,
}

impl Article {
    /// The text of a span.
    pub fn slice(&self, s: Span) -> &str {
        &self.text[s.start..s.end]
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
        if self.body.end > self.body.start {
            v.push(self.body);
        }
        v
    }
}
