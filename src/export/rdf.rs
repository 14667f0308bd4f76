//! The linked-data mapping shared by [`super::jsonld`] and
//! [`super::ntriples`]: which class and which properties every node, edge
//! and article becomes. Both writers walk the same [`Resource`] list, so the
//! two formats cannot drift apart. `docs/jsonld.md` documents the mapping.
//!
//! Vocabularies, in order of preference: schema.org; the W3C ORG ontology
//! where schema.org has no term (posts); PROV for provenance; and a small
//! vnkg vocabulary only for what neither has (who chaired a meeting, which
//! document implements which).

use super::ExportOptions;
use crate::date::Date;
use crate::facts::{EdgeType, NodeType};
use crate::graph::{KnowledgeGraph, Node};
use std::collections::{BTreeMap, BTreeSet};

/// rdf: namespace.
pub const RDF: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
/// schema.org namespace (the https form schema.org recommends).
pub const SCHEMA: &str = "https://schema.org/";
/// W3C Organization Ontology namespace.
pub const ORG: &str = "http://www.w3.org/ns/org#";
/// W3C PROV-O namespace.
pub const PROV: &str = "http://www.w3.org/ns/prov#";
/// The vnkg vocabulary (documented in `docs/jsonld.md`). Fixed, unlike the
/// data base IRI, so that data from several bases shares one vocabulary.
pub const VNKG: &str = "https://vnkg.example/vocab#";
/// XML Schema datatypes namespace.
pub const XSD: &str = "http://www.w3.org/2001/XMLSchema#";

/// The prefixes declared in the JSON-LD context, in output order.
pub const PREFIXES: [(&str, &str); 5] = [
    ("schema", SCHEMA),
    ("org", ORG),
    ("prov", PROV),
    ("vnkg", VNKG),
    ("xsd", XSD),
];

/// What kind of value a property takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// An IRI (another resource).
    Id,
    /// A plain string.
    Text,
    /// A Vietnamese string (`@vi`).
    Lang,
    /// A date (xsd:date, or xsd:gYearMonth / xsd:gYear when partial).
    Date,
    /// An integer.
    Int,
}

/// A property: its JSON-LD term, its prefixed name and its value kind.
#[derive(Debug)]
pub struct Prop {
    /// The JSON-LD term ("name").
    pub term: &'static str,
    /// Prefix of the IRI ("schema").
    pub prefix: &'static str,
    /// Local name ("name").
    pub local: &'static str,
    /// Value kind.
    pub kind: Kind,
}

impl Prop {
    /// The full IRI.
    pub fn iri(&self) -> String {
        format!("{}{}", ns(self.prefix), self.local)
    }
}

/// A class: its JSON-LD term and prefixed name.
#[derive(Debug)]
pub struct Class {
    /// The JSON-LD term ("Person").
    pub term: &'static str,
    /// Prefix of the IRI.
    pub prefix: &'static str,
    /// Local name.
    pub local: &'static str,
}

impl Class {
    /// The full IRI.
    pub fn iri(&self) -> String {
        format!("{}{}", ns(self.prefix), self.local)
    }
}

/// The namespace IRI of a prefix.
pub fn ns(prefix: &str) -> &'static str {
    PREFIXES
        .iter()
        .find(|(p, _)| *p == prefix)
        .map(|(_, n)| *n)
        .unwrap_or(VNKG)
}

macro_rules! props {
    ($($name:ident = $term:literal, $prefix:literal, $local:literal, $kind:ident;)*) => {
        $(
            #[doc = concat!("`", $term, "`: ", $prefix, ":", $local, ".")]
            pub const $name: Prop = Prop { term: $term, prefix: $prefix, local: $local, kind: Kind::$kind };
        )*
        /// Every property, in the order they are written.
        pub const PROPS: &[&Prop] = &[$(&$name),*];
    };
}

props! {
    NAME = "name", "schema", "name", Lang;
    IDENTIFIER = "identifier", "schema", "identifier", Text;
    ADDITIONAL_TYPE = "additionalType", "schema", "additionalType", Text;
    HEADLINE = "headline", "schema", "headline", Lang;
    DATE_PUBLISHED = "datePublished", "schema", "datePublished", Date;
    URL = "url", "schema", "url", Id;
    CONTAINED_IN_PLACE = "containedInPlace", "schema", "containedInPlace", Id;
    AREA_SERVED = "areaServed", "schema", "areaServed", Id;
    LEGISLATION_IDENTIFIER = "legislationIdentifier", "schema", "legislationIdentifier", Text;
    LEGISLATION_TYPE = "legislationType", "schema", "legislationType", Text;
    LEGISLATION_DATE = "legislationDate", "schema", "legislationDate", Date;
    LEGISLATION_PASSED_BY = "legislationPassedBy", "schema", "legislationPassedBy", Id;
    START_DATE = "startDate", "schema", "startDate", Date;
    ORGANIZER = "organizer", "schema", "organizer", Id;
    ATTENDEE = "attendee", "schema", "attendee", Id;
    ABOUT = "about", "schema", "about", Id;
    MEMBER_OF = "memberOf", "schema", "memberOf", Id;
    ROLE_NAME = "roleName", "schema", "roleName", Lang;
    HOLDS = "holds", "org", "holds", Id;
    POST_IN = "postIn", "org", "postIn", Id;
    SUB_ORGANIZATION_OF = "subOrganizationOf", "org", "subOrganizationOf", Id;
    DERIVED_FROM = "wasDerivedFrom", "prov", "wasDerivedFrom", Id;
    HELD = "held", "vnkg", "held", Id;
    CHAIRED = "chaired", "vnkg", "chaired", Id;
    SPOKE = "spoke", "vnkg", "spoke", Id;
    REPORTED = "reported", "vnkg", "reported", Id;
    CONCLUDED = "concluded", "vnkg", "concluded", Id;
    IMPLEMENTS = "implements", "vnkg", "implements", Id;
    ORDINAL = "ordinal", "vnkg", "ordinal", Int;
    TERM = "term", "vnkg", "term", Text;
}

macro_rules! classes {
    ($($name:ident = $term:literal, $prefix:literal, $local:literal;)*) => {
        $(
            #[doc = concat!("`", $term, "`: ", $prefix, ":", $local, ".")]
            pub const $name: Class = Class { term: $term, prefix: $prefix, local: $local };
        )*
        /// Every class.
        pub const CLASSES: &[&Class] = &[$(&$name),*];
    };
}

classes! {
    PERSON = "Person", "schema", "Person";
    POST = "Post", "org", "Post";
    GOVERNMENT_ORGANIZATION = "GovernmentOrganization", "schema", "GovernmentOrganization";
    ADMINISTRATIVE_AREA = "AdministrativeArea", "schema", "AdministrativeArea";
    LEGISLATION = "Legislation", "schema", "Legislation";
    EVENT = "Event", "schema", "Event";
    ORGANIZATION_ROLE = "OrganizationRole", "schema", "OrganizationRole";
    NEWS_ARTICLE = "NewsArticle", "schema", "NewsArticle";
}

/// A property value.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Value {
    /// An IRI.
    Iri(String),
    /// A string (plain or `@vi`, per the property's kind).
    Text(String),
    /// A date, possibly partial.
    Date(Date),
    /// An integer.
    Int(i64),
}

/// One subject with its class and properties.
#[derive(Debug, Clone)]
pub struct Resource {
    /// Its IRI.
    pub iri: String,
    /// Its class.
    pub class: &'static Class,
    /// Properties in [`PROPS`] order, values sorted within a property.
    pub props: Vec<(&'static Prop, Vec<Value>)>,
}

/// The XSD datatype (local name) and lexical form of a date.
pub fn date_literal(d: &Date) -> (&'static str, String) {
    let kind = match (d.month, d.day) {
        (Some(_), Some(_)) => "date",
        (Some(_), None) => "gYearMonth",
        _ => "gYear",
    };
    (kind, d.to_string())
}

/// Percent-encode what may not appear in an IRI path segment; non-ASCII
/// letters are fine in IRIs and stay readable.
fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii_alphanumeric()
            || matches!(c, '-' | '.' | '_' | '~' | '/')
            || (!c.is_ascii() && !c.is_control())
        {
            out.push(c);
        } else {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        }
    }
    out
}

/// Check that a base IRI can prefix every IRI we mint.
pub fn check_base(base: &str) -> Result<(), String> {
    // RFC 3987: scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ); a
    // base starting with a digit or "-" made relative IRIs (found by
    // fuzz/export_jsonld).
    let scheme_ok = base.split_once(':').is_some_and(|(s, _)| {
        s.starts_with(|c: char| c.is_ascii_alphabetic())
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
    });
    let bad = base
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || "<>\"{}|^`\\".contains(c));
    if !scheme_ok || bad {
        return Err(format!(
            "--base {base:?} is not an absolute IRI (like {})",
            super::DEFAULT_BASE
        ));
    }
    Ok(())
}

/// The IRI of a node id: "person:tran-thi-phuong-hoa" ->
/// "{base}person/tran-thi-phuong-hoa". Ids are stable, so IRIs are.
pub fn node_iri(base: &str, id: &str) -> String {
    match id.split_once(':') {
        Some((kind, rest)) => format!("{base}{}/{}", encode(kind), encode(rest)),
        None => format!("{base}node/{}", encode(id)),
    }
}

/// The IRI of an article.
pub fn article_iri(base: &str, id: &str) -> String {
    format!("{base}article/{}", encode(id))
}

/// The IRI of the role a person holds (or held) through a post.
pub fn role_iri(base: &str, person_id: &str, title_id: &str) -> String {
    let tail = |id: &str| {
        id.split_once(':')
            .map(|(_, s)| s.to_string())
            .unwrap_or_else(|| id.to_string())
    };
    format!(
        "{base}role/{}/{}",
        encode(&tail(person_id)),
        encode(&tail(title_id))
    )
}

fn class_of(t: NodeType) -> &'static Class {
    match t {
        NodeType::Person => &PERSON,
        NodeType::Title => &POST,
        NodeType::Committee => &GOVERNMENT_ORGANIZATION,
        NodeType::Province | NodeType::District | NodeType::Ward => &ADMINISTRATIVE_AREA,
        NodeType::Resolution => &LEGISLATION,
        NodeType::Meeting => &EVENT,
    }
}

/// Collects (subject, property, value) and turns them into resources.
#[derive(Default)]
struct Builder {
    classes: BTreeMap<String, &'static Class>,
    values: BTreeMap<String, BTreeMap<&'static str, BTreeSet<Value>>>,
}

impl Builder {
    fn class(&mut self, iri: &str, c: &'static Class) {
        self.classes.entry(iri.to_string()).or_insert(c);
    }
    fn add(&mut self, iri: &str, p: &'static Prop, v: Value) {
        self.values
            .entry(iri.to_string())
            .or_default()
            .entry(p.term)
            .or_default()
            .insert(v);
    }
    fn finish(self) -> Vec<Resource> {
        let mut values = self.values;
        self.classes
            .into_iter()
            .map(|(iri, class)| {
                let mut vs = values.remove(&iri).unwrap_or_default();
                let props = PROPS
                    .iter()
                    .filter_map(|p| vs.remove(p.term).map(|set| (*p, set.into_iter().collect())))
                    .collect();
                Resource { iri, class, props }
            })
            .collect()
    }
}

fn attr_str<'a>(n: &'a Node, k: &str) -> Option<&'a str> {
    n.attrs
        .get(k)
        .and_then(|v| v.as_str())
        .filter(|s| !s.is_empty())
}

fn attr_date(n: &Node, k: &str) -> Option<Date> {
    attr_str(n, k).and_then(|s| s.parse().ok())
}

/// The whole graph as resources, sorted by IRI.
pub fn describe(kg: &KnowledgeGraph, opts: &ExportOptions) -> Result<Vec<Resource>, String> {
    let base = opts.base_iri.as_str();
    check_base(base)?;
    let mut b = Builder::default();
    let mut cited: BTreeSet<&str> = BTreeSet::new();
    for n in kg.nodes() {
        let s = node_iri(base, &n.id);
        b.class(&s, class_of(n.kind));
        b.add(&s, &NAME, Value::Text(n.name.clone()));
        for a in &n.sources {
            b.add(&s, &DERIVED_FROM, Value::Iri(article_iri(base, a)));
            cited.insert(a);
        }
        match n.kind {
            NodeType::Province | NodeType::District | NodeType::Ward => {
                if let Some(c) = attr_str(n, "code") {
                    b.add(&s, &IDENTIFIER, Value::Text(c.to_string()));
                }
                if let Some(k) = attr_str(n, "kind") {
                    b.add(&s, &ADDITIONAL_TYPE, Value::Text(k.to_string()));
                }
            }
            NodeType::Resolution => {
                if let Some(c) = attr_str(n, "code") {
                    b.add(&s, &LEGISLATION_IDENTIFIER, Value::Text(c.to_string()));
                }
                if let Some(k) = attr_str(n, "kind") {
                    b.add(&s, &LEGISLATION_TYPE, Value::Text(k.to_string()));
                }
                if let Some(d) = attr_date(n, "date") {
                    b.add(&s, &LEGISLATION_DATE, Value::Date(d));
                }
            }
            NodeType::Meeting => {
                if let Some(d) = attr_date(n, "date") {
                    b.add(&s, &START_DATE, Value::Date(d));
                }
                if let Some(k) = attr_str(n, "kind") {
                    b.add(&s, &ADDITIONAL_TYPE, Value::Text(k.to_string()));
                }
                if let Some(o) = n.attrs.get("ordinal").and_then(|v| v.as_i64()) {
                    b.add(&s, &ORDINAL, Value::Int(o));
                }
                if let Some(t) = n.attrs.get("term") {
                    let t = t
                        .as_str()
                        .map(str::to_string)
                        .unwrap_or_else(|| t.to_string());
                    b.add(&s, &TERM, Value::Text(t));
                }
            }
            NodeType::Person | NodeType::Title | NodeType::Committee => {}
        }
    }
    // The committee of each post, for the memberOf of roles.
    let mut post_in: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for (s, t, e) in kg.edges() {
        if e.kind == EdgeType::PostIn {
            post_in
                .entry(s.id.as_str())
                .or_default()
                .insert(t.id.as_str());
        }
    }
    for (src, dst, e) in kg.edges() {
        let s = node_iri(base, &src.id);
        let t = node_iri(base, &dst.id);
        let iri = |x: &str| Value::Iri(x.to_string());
        match e.kind {
            EdgeType::Holds | EdgeType::Held => {
                let former = e.kind == EdgeType::Held
                    || e.attrs.get("former").and_then(|v| v.as_bool()) == Some(true);
                b.add(&s, if former { &HELD } else { &HOLDS }, iri(&t));
                // schema.org's role pattern: Person memberOf Role memberOf Organization.
                let r = role_iri(base, &src.id, &dst.id);
                b.class(&r, &ORGANIZATION_ROLE);
                b.add(&s, &MEMBER_OF, iri(&r));
                b.add(&r, &ROLE_NAME, Value::Text(dst.name.clone()));
                for c in post_in.get(dst.id.as_str()).into_iter().flatten() {
                    b.add(&r, &MEMBER_OF, Value::Iri(node_iri(base, c)));
                }
                for ev in &e.sources {
                    b.add(
                        &r,
                        &DERIVED_FROM,
                        Value::Iri(article_iri(base, &ev.article)),
                    );
                    cited.insert(&ev.article);
                }
            }
            EdgeType::Chaired
            | EdgeType::Spoke
            | EdgeType::Reported
            | EdgeType::Concluded
            | EdgeType::Attended => {
                b.add(&t, &ATTENDEE, iri(&s));
                let p = match e.kind {
                    EdgeType::Chaired => Some(&CHAIRED),
                    EdgeType::Spoke => Some(&SPOKE),
                    EdgeType::Reported => Some(&REPORTED),
                    EdgeType::Concluded => Some(&CONCLUDED),
                    _ => None,
                };
                if let Some(p) = p {
                    b.add(&s, p, iri(&t));
                }
            }
            EdgeType::Organized => b.add(&t, &ORGANIZER, iri(&s)),
            EdgeType::Concerns => b.add(&s, &ABOUT, iri(&t)),
            EdgeType::Issued => b.add(&t, &LEGISLATION_PASSED_BY, iri(&s)),
            EdgeType::Implements => b.add(&s, &IMPLEMENTS, iri(&t)),
            EdgeType::PartOf => b.add(&s, &CONTAINED_IN_PLACE, iri(&t)),
            EdgeType::PostIn => b.add(&s, &POST_IN, iri(&t)),
            EdgeType::LocatedIn => b.add(&s, &AREA_SERVED, iri(&t)),
            EdgeType::SubOrganizationOf => b.add(&s, &SUB_ORGANIZATION_OF, iri(&t)),
        }
    }
    // Every article something was derived from is described, so that
    // provenance links lead to a headline and a date.
    for id in cited {
        let s = article_iri(base, id);
        b.class(&s, &NEWS_ARTICLE);
        b.add(&s, &IDENTIFIER, Value::Text(id.to_string()));
        if let Some(a) = kg.articles.get(id) {
            if let Some(h) = a.headline.as_deref().filter(|h| !h.is_empty()) {
                b.add(&s, &HEADLINE, Value::Text(h.to_string()));
            }
            if let Some(d) = a.published {
                b.add(&s, &DATE_PUBLISHED, Value::Date(d));
            }
            // Only absolute web URLs: anything else is not a usable IRI.
            if let Some(u) = a
                .url
                .as_deref()
                .filter(|u| u.starts_with("http://") || u.starts_with("https://"))
            {
                b.add(&s, &URL, Value::Iri(encode_url(u)));
            }
        }
    }
    Ok(b.finish())
}

/// Percent-encode the characters IRIs forbid, keeping the URL's structure.
fn encode_url(u: &str) -> String {
    let mut out = String::with_capacity(u.len());
    for c in u.chars() {
        if c.is_whitespace() || c.is_control() || "<>\"{}|^`\\".contains(c) {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_base_is_an_absolute_iri() {
        for ok in ["https://example.org/vnkg/", "urn:x-vnkg:", "a+b-c.d:x/"] {
            assert!(check_base(ok).is_ok(), "{ok}");
        }
        for bad in [
            "-:article/",
            "53B:x/",
            ":x/",
            "no-scheme/",
            "https://a b/",
            "x:<y>",
        ] {
            assert!(check_base(bad).is_err(), "{bad}");
        }
    }
}
