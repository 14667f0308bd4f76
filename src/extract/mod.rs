//! Extraction: a pipeline of small components over one shared document.
//!
//! `extract` builds a [`Doc`] (tokens, sentences, lexicon look-ups) and runs,
//! in order: [`places`] (the article's locality and the places it names),
//! [`persons`] (officials and their titles, through the body and title
//! grammar of [`bodies`]), [`documents`] (numbered documents, issuers,
//! `implements`) and [`meetings`] (meetings, organizers, chairs,
//! participants, subjects). Each component reads what the earlier ones left
//! on the document and adds facts.

pub mod bodies;
pub mod dates;
pub mod documents;
pub mod meetings;
pub mod persons;
pub mod places;

use crate::article::Article;
use crate::date::Date;
use crate::facts::{ArticleFacts, ArticleMeta, EdgeType, Entity, Evidence, NodeType, Relation};
use crate::gazetteer::Gazetteer;
use crate::lexicon::Lexicon;
use crate::text::{self, Sentence, TokKind, Token};

/// The article's place in the administrative hierarchy, as far as the text
/// (or its metadata) tells.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Locality {
    /// Province index in the gazetteer.
    pub province: Option<usize>,
    /// District index (before the 2025 reform).
    pub district: Option<usize>,
    /// Ward index.
    pub ward: Option<usize>,
    /// The article is dated after the July 2025 reform (no districts).
    pub post_2025: bool,
    /// The kind word (folded) the text gives the district when the
    /// gazetteer lists it under a newer kind ("huyện Thủy Nguyên", a thành
    /// phố since 2025): bodies written without a name take this one.
    pub district_kind: Option<&'static str>,
}

impl Locality {
    /// The kind word (folded) of district `d` in this article: the text's,
    /// when it names the article's district by an older kind, else the
    /// gazetteer's.
    pub fn kind_of_district(&self, gaz: &crate::gazetteer::Gazetteer, d: usize) -> String {
        match self.district_kind {
            Some(k) if self.district == Some(d) => k.to_string(),
            _ => crate::text::fold(&gaz.districts[d].kind),
        }
    }
}

/// A person mention found by [`persons`].
#[derive(Debug, Clone)]
pub struct PersonMention {
    /// Index of the person entity in the facts.
    pub entity: usize,
    /// First token of the mention.
    pub tok_start: usize,
    /// One past the last token of the mention (titles included).
    pub tok_end: usize,
    /// Sentence index.
    pub sentence: usize,
    /// The person is said not to be present (dismissed, referred to).
    pub absent: bool,
    /// The text says the person was not there ("vắng mặt", "không thể đến
    /// dự"): no other mention of them puts them at that meeting.
    pub away: bool,
}

/// A document mention found by [`documents`].
#[derive(Debug, Clone)]
pub struct DocMention {
    /// Index of the resolution entity.
    pub entity: usize,
    /// First token.
    pub tok_start: usize,
    /// One past the last token.
    pub tok_end: usize,
    /// Sentence index.
    pub sentence: usize,
    /// The document is the object of another one's `implements`.
    pub implemented: bool,
}

/// The shared document the components work on.
pub struct Doc<'a> {
    /// The article.
    pub article: &'a Article,
    /// Its normalised text.
    pub text: &'a str,
    /// `text::fold(text)`: same offsets, lowercase, new tone placement.
    pub folded: &'a str,
    /// Tokens of the headline and body.
    pub toks: Vec<Token>,
    /// Folded text of each token.
    pub words: Vec<&'a str>,
    /// Lexicon word id of each token, for the phrase sets.
    pub ids: Vec<crate::lexicon::WordId>,
    /// Sentences.
    pub sents: Vec<Sentence>,
    /// Tokens before this index belong to the headline.
    pub headline_end: usize,
    /// Lexicons.
    pub lex: &'static Lexicon,
    /// Gazetteer.
    pub gaz: &'static Gazetteer,
    /// Publication date (text or metadata).
    pub published: Option<Date>,
    /// The article's locality.
    pub loc: Locality,
    /// The facts being built.
    pub facts: ArticleFacts,
    /// Person mentions, in text order.
    pub persons: Vec<PersonMention>,
    /// Document mentions, in text order.
    pub docs: Vec<DocMention>,
    /// First tokens of the wards and districts the text names after their
    /// kind word or in a list of them ("các xã Hòa Phú, Đại Hùng"), sorted:
    /// such names are places, not persons.
    pub place_starts: Vec<usize>,
    /// The wards the text names (gazetteer indexes, in text order), each
    /// with the kind word the text gives it, when it gives one, and the
    /// first token of the mention.
    pub wards_named: Vec<(usize, Option<&'static str>, usize)>,
    /// Number of the resolution a steering committee carries out, when the
    /// article names one.
    pub steering_number: Option<String>,
    /// Steering committees the article names by their task, with the
    /// first token of each mention: a bare "Ban Chỉ đạo" is the one named
    /// nearest before it, in a round-up of several committees' meetings.
    pub steering_named: Vec<(usize, String)>,
    /// The party committee of a sector the article names ("Đảng ủy Công
    /// an huyện ..."), looked up once on first need.
    pub sector_committee: std::cell::OnceCell<Option<bodies::BodyMatch>>,
    /// Whether the article names a commune's or ward's party committee,
    /// looked up once on first need.
    pub ward_committee_named: std::cell::OnceCell<bool>,
    /// The party committee whose congress the article reports ("Đại hội
    /// Đảng bộ xã Ngãi Đăng" is "Đảng ủy xã Ngãi Đăng"), looked up once on
    /// first need.
    pub congress_committee: std::cell::OnceCell<Option<bodies::BodyMatch>>,
    /// The abbreviations the article defines in brackets after what they
    /// stand for ("Công an huyện (CAH)"): the abbreviation's token and the
    /// tokens it stands for, found once on first need.
    abbreviations: std::cell::OnceCell<Vec<Defined>>,
    /// The acronyms dropped from the tokens because they spell the words
    /// just before them ([`drop_spelled_acronyms`]).
    spelled: Vec<(&'a str, usize, usize)>,
    /// The former province name the article writes (`former_names.tsv`),
    /// looked up once on first need.
    former: std::cell::OnceCell<Option<&'static crate::gazetteer::FormerName>>,
    /// The document codes, read once for the steering number and kept for
    /// the documents component.
    codes: Option<Vec<documents::Code>>,
    /// Each sentence's text, squashed, made once and shared by its evidence.
    sentence_text: Vec<Option<std::sync::Arc<str>>>,
    /// The article id, shared by every evidence record.
    article_id: std::sync::Arc<str>,
    /// Index of `facts.entities` by (type, key): components mention the
    /// same entity thousands of times in a long article, and a search
    /// through the list each time would be quadratic.
    /// By type (as `usize`) and then key, so a look-up borrows the key.
    entity_index: [rustc_hash::FxHashMap<String, usize>; NodeType::ALL.len()],
    /// Index of `facts.relations` by (type, from, to), for the same
    /// reason. A component that removes relations calls
    /// [`Doc::reindex_relations`].
    relation_index: rustc_hash::FxHashMap<(EdgeType, usize, usize), usize>,
}

/// An abbreviation the article defines: the words it stands for run from
/// token `from` to `to` (a bracket, or the end of the words when the
/// bracket was dropped), and it is written at token `at` there.
/// (The acronym is owned: a borrow of the text in the `OnceCell` would
/// make `Doc` invariant in its lifetime.)
#[derive(Debug, Clone)]
struct Defined {
    abbr: Box<str>,
    from: usize,
    to: usize,
    at: Option<usize>,
}

/// The fewest words a lead sentence has.
const MIN_LEAD_WORDS: usize = 5;

/// Drops an acronym in brackets right after the words it spells ("Ủy ban
/// Mặt trận Tổ quốc (MTTQ) Việt Nam xã X", "Hội Liên hiệp Phụ nữ (LHPN)
/// xã"): writers gloss a body's name mid-way, and the name reads on across
/// the gloss. Tokens keep their offsets, so evidence still quotes the text.
///
/// Returns what was dropped, as (the acronym folded, the first and the
/// end token it spells in the tokens kept), for later mentions of it.
fn drop_spelled_acronyms<'a>(
    text: &str,
    folded: &'a str,
    toks: &mut Vec<Token>,
) -> Vec<(&'a str, usize, usize)> {
    // The number of words an acronym in brackets at `k` spells.
    let spells = |k: usize| -> Option<usize> {
        let (open, abbr, close) = (&toks[k], &toks[k + 1], &toks[k + 2]);
        if &text[open.start..open.end] != "("
            || &text[close.start..close.end] != ")"
            || abbr.kind != TokKind::Word
            || !abbr.upper
            || abbr.newline_before
            || open.newline_before
        {
            return None;
        }
        let letters: Vec<char> = text::ascii_fold(&text[abbr.start..abbr.end])
            .chars()
            .collect();
        let n = letters.len();
        if !(2..=8).contains(&n) || k < n {
            return None;
        }
        (0..n)
            .all(|i| {
                let w = &toks[k - n + i];
                w.kind == TokKind::Word
                    && (i == 0 || !w.newline_before)
                    && text::ascii_fold(&text[w.start..w.end])
                        .chars()
                        .next()
                        .is_some_and(|c| c.eq_ignore_ascii_case(&letters[i]))
            })
            .then_some(n)
    };
    let drop: Vec<(usize, usize)> = (0..toks.len().saturating_sub(2))
        .filter_map(|k| Some((k, spells(k)?)))
        .collect();
    if drop.is_empty() {
        return Vec::new();
    }
    let mut keep = vec![true; toks.len()];
    let mut spelled = Vec::with_capacity(drop.len());
    for (n, &(k, letters)) in drop.iter().enumerate() {
        keep[k..k + 3].iter_mut().for_each(|x| *x = false);
        // (Each bracket dropped before this one took three tokens out.)
        let abbr = &toks[k + 1];
        let end = k - 3 * n;
        spelled.push((&folded[abbr.start..abbr.end], end - letters, end));
    }
    let mut i = 0;
    toks.retain(|_| {
        i += 1;
        keep[i - 1]
    });
    spelled
}

impl<'a> Doc<'a> {
    /// Build the document: tokens and sentences of the headline and body.
    pub fn new(article: &'a Article, folded: &'a str) -> Doc<'a> {
        let lex = Lexicon::get();
        let text = article.text.as_str();
        let all = text::tokenize(text);
        let spans = article.extraction_spans();
        let mut toks = Vec::with_capacity(all.len());
        let mut headline_end = 0;
        let mut section_starts = Vec::with_capacity(spans.len());
        for (k, sp) in spans.iter().enumerate() {
            let first = toks.len();
            toks.extend(
                all.iter()
                    .filter(|t| t.start >= sp.start && t.end <= sp.end)
                    .copied(),
            );
            if let Some(t) = toks.get_mut(first) {
                t.newline_before = true;
                section_starts.push(first);
            }
            if k == 0 && article.headline.is_some() {
                headline_end = toks.len();
            }
        }
        let spelled = drop_spelled_acronyms(text, folded, &mut toks);
        let mut para = text::paragraph_breaks(text, &toks);
        // The body starts a new paragraph after the headline.
        if let Some(p) = para.get_mut(headline_end).filter(|_| headline_end > 0) {
            *p = true;
        }
        // A hard wrap inside a paragraph ("Quận ủy Thanh\nXuân") is a space
        // to every reader of names: only real breaks stay line breaks.
        // Section starts (headline, body) stay breaks.
        for (t, &p) in toks.iter_mut().zip(&para) {
            t.newline_before &= p;
        }
        for &f in &section_starts {
            if let Some(t) = toks.get_mut(f) {
                t.newline_before = true;
            }
        }
        let abbrevs: Vec<&str> = lex.sentence_abbrevs.iter().map(String::as_str).collect();
        let sents = text::sentences(text, folded, &toks, &para, &abbrevs);
        let words: Vec<&str> = toks.iter().map(|t| &folded[t.start..t.end]).collect();
        let ids = words
            .iter()
            .zip(&toks)
            .map(|(w, t)| lex.vocab.token_id(w, t.upper))
            .collect();
        let published = article.published.or(article.meta.published);
        Doc {
            article,
            text,
            folded,
            toks,
            words,
            ids,
            sents,
            headline_end,
            lex,
            gaz: Gazetteer::get(),
            published,
            loc: Locality::default(),
            facts: ArticleFacts::default(),
            persons: Vec::new(),
            docs: Vec::new(),
            place_starts: Vec::new(),
            wards_named: Vec::new(),
            steering_number: None,
            steering_named: Vec::new(),
            sector_committee: std::cell::OnceCell::new(),
            congress_committee: std::cell::OnceCell::new(),
            ward_committee_named: std::cell::OnceCell::new(),
            abbreviations: std::cell::OnceCell::new(),
            spelled,
            former: std::cell::OnceCell::new(),
            codes: None,
            sentence_text: Vec::new(),
            article_id: article.id.as_str().into(),
            entity_index: Default::default(),
            relation_index: Default::default(),
        }
    }

    /// Original text of tokens `a..b`.
    pub fn span_text(&self, a: usize, b: usize) -> &'a str {
        if a >= b || b > self.toks.len() {
            return "";
        }
        &self.text[self.toks[a].start..self.toks[b - 1].end]
    }

    /// The text of tokens `a..b` without what the tokens leave out between
    /// them (a spelled acronym dropped from a name: "Kho bạc Nhà nước
    /// (KBNN) Cẩm Khê" reads "Kho bạc Nhà nước Cẩm Khê").
    pub fn kept_text(&self, a: usize, b: usize) -> String {
        let mut out = String::new();
        for k in a..b.min(self.toks.len()) {
            if k > a {
                let gap = self.gap(k);
                out.push_str(if gap.chars().all(char::is_whitespace) {
                    gap
                } else {
                    " "
                });
            }
            out.push_str(&self.text[self.toks[k].start..self.toks[k].end]);
        }
        out
    }

    /// The start of a body's head (`free_bodies.txt`) that ends with the
    /// level word at `k`, `n` tokens long, and starts before it: the "xã"
    /// of "Hợp tác xã Tân Phú" names no commune.
    pub fn head_ending_in(&self, k: usize, n: usize) -> Option<usize> {
        self.lex
            .free_bodies
            .ending_at(&self.ids, k + n, 3)
            .map(|(s, _)| s)
            .filter(|&s| s < k)
    }

    /// The tokens an abbreviation at `i` stands for, when the article
    /// defines it in brackets after them: the initials of the words from
    /// the first are its letters ("Công an huyện (CAH)", "Công an huyện
    /// Lục Yên (CAH)", a place after them).
    pub fn defined_abbreviation(&self, i: usize) -> Option<(usize, usize)> {
        let t = self.toks.get(i)?;
        if !t.upper || t.kind != TokKind::Word {
            return None;
        }
        let defined = self.abbreviations.get_or_init(|| {
            let mut found: Vec<Defined> = self
                .spelled
                .iter()
                .map(|&(abbr, from, to)| Defined {
                    abbr: abbr.into(),
                    from,
                    to,
                    at: None,
                })
                .collect();
            for k in 1..self.toks.len().saturating_sub(2) {
                // The bracket first: it rules out nearly every token.
                if !self.is_punct(k, "(") || !self.is_punct(k + 2, ")") || !self.toks[k + 1].upper {
                    continue;
                }
                let abbr = self.words[k + 1];
                let letters = abbr.chars().count();
                if !(2..=6).contains(&letters) || found.iter().any(|d| &*d.abbr == abbr) {
                    continue;
                }
                // The initials start at most four words (a place's name)
                // before the bracket, and the words are one run.
                // Letters are compared without their marks ("ĐUK" for
                // "Đảng ủy Khối").
                let bare = text::ascii_fold(abbr);
                let lo = k.saturating_sub(letters + 4);
                let start = (lo..=k.saturating_sub(letters)).find(|&a| {
                    (a..k).all(|q| self.toks[q].kind == TokKind::Word)
                        && self.words[a..a + letters]
                            .iter()
                            .zip(bare.chars())
                            .all(|(w, c)| text::ascii_fold(w).starts_with(c))
                });
                if let Some(from) = start {
                    found.push(Defined {
                        abbr: abbr.into(),
                        from,
                        to: k,
                        at: Some(k + 1),
                    });
                }
            }
            found
        });
        let w = self.words[i];
        defined
            .iter()
            .find(|d| &*d.abbr == w && d.at != Some(i))
            .map(|d| (d.from, d.to))
    }

    /// Original text of token `i`.
    pub fn tok_text(&self, i: usize) -> &'a str {
        &self.text[self.toks[i].start..self.toks[i].end]
    }

    /// True when a table's column break (a tab, or three spaces or more)
    /// parts token `i` from the one before: a flattened table row
    /// ("2    Mai Hữu Tình    Phó Bí thư Đảng ủy") runs no name across it.
    /// Spaces at the start of a line are its indent, no column: a name
    /// wrapped onto an indented line ("đ/c Nguyễn\n   Văn Hán") goes on.
    pub fn column_break(&self, i: usize) -> bool {
        let g = self.gap(i);
        !g.contains('\n') && (g.contains('\t') || g.contains("   "))
    }

    /// The text between token `i` and the one before ("" for the first).
    pub fn gap(&self, i: usize) -> &'a str {
        match (i.checked_sub(1), self.toks.get(i)) {
            (Some(p), Some(t)) => self.text.get(self.toks[p].end..t.start).unwrap_or(""),
            _ => "",
        }
    }

    /// True when token `i` is the punctuation `p`.
    pub fn is_punct(&self, i: usize, p: &str) -> bool {
        i < self.toks.len() && self.toks[i].kind == TokKind::Punct && self.words[i] == p
    }

    /// The value of a number written as a word at token `i` ("hai": 2,
    /// `numerals.tsv`).
    pub fn numeral_at(&self, i: usize) -> Option<usize> {
        self.lex
            .numerals
            .longest(&self.ids, i)
            .filter(|&(n, _)| n == 1)
            .map(|(_, &v)| v)
    }

    /// True when token `i` is the middle name "Văn" or "Thị": a word after
    /// which a capitalised one completes a person's name, never a place's.
    pub fn middle_name_at(&self, i: usize) -> bool {
        self.words
            .get(i)
            .is_some_and(|w| matches!(*w, "văn" | "thị"))
    }

    /// True when token `i` is one of the dash separators.
    pub fn is_dash(&self, i: usize) -> bool {
        i < self.toks.len()
            && self.toks[i].kind == TokKind::Punct
            && matches!(self.words[i], "-" | "–" | "—")
    }

    /// True when the words from `i` are exactly `phrase` (folded, space-separated).
    pub fn words_are(&self, i: usize, phrase: &str) -> bool {
        phrase
            .split(' ')
            .enumerate()
            .all(|(n, w)| self.words.get(i + n) == Some(&w))
    }

    /// The sentence containing token `i`.
    pub fn sentence_of(&self, i: usize) -> usize {
        self.sents
            .partition_point(|s| s.tok_end <= i)
            .min(self.sents.len().saturating_sub(1))
    }

    /// Evidence for tokens `a..b` within their sentence.
    pub fn evidence(&mut self, a: usize, b: usize) -> Evidence {
        let s = self.sentence_of(a);
        let (start, end) = if a < b && b <= self.toks.len() {
            (self.toks[a].start, self.toks[b - 1].end)
        } else {
            (0, 0)
        };
        if self.sentence_text.len() < self.sents.len() {
            self.sentence_text.resize(self.sents.len(), None);
        }
        let sentence = match self.sents.get(s) {
            Some(sent) => self.sentence_text[s]
                .get_or_insert_with(|| text::squash(&self.text[sent.start..sent.end]).into())
                .clone(),
            None => std::sync::Arc::from(""),
        };
        Evidence {
            article: self.article_id.clone(),
            start,
            end,
            sentence,
        }
    }

    /// Add an entity (type, key, name) to the facts and return its index;
    /// the index of the one already there with that type and key (its name
    /// is kept), as [`ArticleFacts::entity`] does.
    pub fn entity(&mut self, kind: NodeType, key: &str, name: &str) -> usize {
        if let Some(&i) = self.entity_index[kind as usize].get(key) {
            return i;
        }
        let i = self.facts.entities.len();
        self.facts.entities.push(Entity {
            kind,
            key: key.to_string(),
            name: name.to_string(),
            attrs: serde_json::Map::new(),
        });
        self.entity_index[kind as usize].insert(key.to_string(), i);
        i
    }

    /// The entity of this type and key, when there is one.
    pub fn find_entity(&self, kind: NodeType, key: &str) -> Option<usize> {
        self.entity_index[kind as usize].get(key).copied()
    }

    /// Relate two entities with evidence from tokens `a..b`, unless the
    /// same (type, from, to) is there already (its evidence is kept), as
    /// [`ArticleFacts::relate`] does.
    pub fn relate(&mut self, kind: EdgeType, from: usize, to: usize, a: usize, b: usize) -> usize {
        if let Some(&i) = self.relation_index.get(&(kind, from, to)) {
            return i;
        }
        let ev = self.evidence(a, b);
        let i = self.facts.relations.len();
        self.facts.relations.push(Relation {
            kind,
            from,
            to,
            evidence: ev,
            attrs: serde_json::Map::new(),
        });
        self.relation_index.insert((kind, from, to), i);
        i
    }

    /// True when the facts have a relation of this type from `from` to `to`.
    pub fn has_relation(&self, kind: EdgeType, from: usize, to: usize) -> bool {
        self.relation_index.contains_key(&(kind, from, to))
    }

    /// Rebuild the relation index after relations were removed.
    pub fn reindex_relations(&mut self) {
        self.relation_index = self
            .facts
            .relations
            .iter()
            .enumerate()
            .map(|(i, r)| ((r.kind, r.from, r.to), i))
            .collect();
    }

    /// The person mentions of sentence `s` (mentions are in text order
    /// once the persons component has run).
    pub fn persons_in(&self, s: usize) -> &[PersonMention] {
        let a = self.persons.partition_point(|p| p.sentence < s);
        let b = self.persons.partition_point(|p| p.sentence <= s);
        &self.persons[a..b.max(a)]
    }

    /// The document mentions of sentence `s` (in text order).
    pub fn docs_in(&self, s: usize) -> &[DocMention] {
        let a = self.docs.partition_point(|d| d.sentence < s);
        let b = self.docs.partition_point(|d| d.sentence <= s);
        &self.docs[a..b.max(a)]
    }

    /// Token index range of the body (after the headline).
    pub fn is_headline(&self, i: usize) -> bool {
        i < self.headline_end
    }

    /// One past the last token of the lead, the first sentence of the body
    /// (the headline's end when the body is empty).
    pub fn lead_end(&self) -> usize {
        self.lead_sentence()
            .map_or(self.headline_end, |s| self.sents[s].tok_end)
    }

    /// The index of the lead sentence, the first of the body that reads as
    /// prose: a page's share bar or counters left above it (`[Chia sẻ]
    /// [Thích 12] [In]`, `Cỡ chữ [A-] [A+] | In`) are a handful of words
    /// in brackets or between bars.
    pub fn lead_sentence(&self) -> Option<usize> {
        let first = self
            .sents
            .iter()
            .position(|s| s.tok_start >= self.headline_end)?;
        let prose = |s: &Sentence| {
            let toks = s.tok_start..s.tok_end;
            !toks
                .clone()
                .any(|i| self.is_punct(i, "[") || self.is_punct(i, "|"))
                && toks
                    .filter(|&i| self.toks[i].kind == TokKind::Word)
                    .nth(MIN_LEAD_WORDS - 1)
                    .is_some()
        };
        Some(
            (first..self.sents.len())
                .take(3)
                .find(|&s| prose(&self.sents[s]))
                .unwrap_or(first),
        )
    }

    /// The former name of province `p` ([`crate::gazetteer::FormerName`])
    /// when the article writes it and is not dated after the change.
    pub fn former_name(&self, p: usize) -> Option<&'static crate::gazetteer::FormerName> {
        let gaz: &'static Gazetteer = self.gaz;
        // The date alone is not enough: a city of the province could bear
        // the present name ("thành phố Huế" of 2024).
        let written = self.former.get_or_init(|| {
            gaz.former.iter().find(|f| {
                self.published
                    .is_none_or(|d| (d.year, d.month.unwrap_or(1)) < f.until)
                    && self.folded.contains(&text::fold(&f.name))
            })
        });
        written.filter(|f| f.province == p)
    }

    /// The bare name of province `p` as of the article's date.
    pub fn province_name(&self, p: usize) -> &'static str {
        let gaz: &'static Gazetteer = self.gaz;
        if let Some(f) = self.former_name(p) {
            return f.name.as_str();
        }
        let prov = &gaz.provinces[p];
        match &prov.other_spelling {
            Some(other) if self.writes_instead(&prov.name, other) => other,
            _ => &prov.name,
        }
    }

    /// A unit's name as the article spells it: "Đăk Glei" where the
    /// gazetteer writes "Đắk Glei" and the article only the other way (the
    /// two are one look-up key, [`crate::gazetteer::spelling_key`]).
    pub fn spelled<'n>(&self, name: &'n str) -> std::borrow::Cow<'n, str> {
        match crate::gazetteer::other_spelling(name) {
            Some(other) if self.writes_instead(name, &other) => other.into(),
            _ => name.into(),
        }
    }

    /// True when the article writes `other` and never `name`.
    fn writes_instead(&self, name: &str, other: &str) -> bool {
        !self.folded.contains(&crate::text::fold(name))
            && self.folded.contains(&crate::text::fold(other))
    }

    /// True when province `p` was a centrally-run city at the article's date.
    pub fn province_is_city(&self, p: usize) -> bool {
        match self.former_name(p) {
            Some(f) => f.kind == "Thành phố",
            None => self.gaz.provinces[p].is_city(),
        }
    }

    /// The article was published after the July 2025 reform, when wards
    /// and communes came directly under their province. Without a
    /// publication line, a full date among the first words of one of the
    /// first sentences of the body dates it ("Ngày 27/1/2026, UBND xã
    /// ...", "Trong 2 ngày 6 và 7/8/2025, ..."); further in, a date may be
    /// a document's or a deadline.
    pub fn published_after_reform(&self) -> bool {
        let opening = || {
            let first = self.lead_sentence()?;
            self.sents[first..].iter().take(3).find_map(|s| {
                let end = (s.tok_start + 12).min(s.tok_end);
                dates::find_dates(self, s.tok_start, end)
                    .into_iter()
                    .find(|h| h.tok_start <= s.tok_start + 6)
                    .and_then(|h| Some((h.year?, h.month)))
            })
        };
        self.published
            .map(|d| (d.year, d.month.unwrap_or(1)))
            .or_else(opening)
            .is_some_and(|ym| ym >= (2025, 7))
    }
}

/// A short content hash of the normalised text (hex), to spot changed articles.
pub fn content_hash(text: &str) -> String {
    // FNV-1a, 64 bits: stable across platforms and releases, enough to tell
    // an edited article from an unchanged one.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.as_bytes() {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// Extract the facts of one article: the entry point of the extractor.
pub fn extract(article: &Article) -> ArticleFacts {
    let folded = text::fold(&article.text);
    let mut doc = Doc::new(article, &folded);
    doc.facts.article = ArticleMeta {
        id: article.id.clone(),
        headline: article.headline_text().map(text::squash),
        section: article.section.map(|s| text::squash(article.slice(s))),
        published: doc.published,
        time: article.time.clone(),
        byline: article.byline.map(|s| text::squash(article.slice(s))),
        url: article.meta.url.clone(),
        title: article.meta.title.clone(),
        locality: article.meta.locality.clone(),
        hash: content_hash(&article.text),
        conflicts: Vec::new(),
    };
    places::run(&mut doc);
    documents::find_steering_number(&mut doc);
    persons::run(&mut doc);
    documents::run(&mut doc);
    meetings::run(&mut doc);
    doc.facts.article.conflicts = doc.facts.conflicts.clone();
    let mut facts = doc.facts;
    // A build holds every article's facts until the merge: growth slack
    // left in these vectors was 8% of the memory of extracting 10,000.
    facts.entities.shrink_to_fit();
    facts.relations.shrink_to_fit();
    facts
}
