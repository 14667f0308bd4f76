//! What one article says, before merging: the output of extraction and the
//! input of the merge. One `ArticleFacts` is self-contained (it is also the
//! line format of `vnkg extract`), so graphs can be built from any set of
//! them in any order.

use crate::date::Date;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// The types of node in the graph.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NodeType {
    /// A named official.
    Person,
    /// A post: role + body ("Bí thư Quận ủy Cầu Giấy").
    Title,
    /// A party, state or front body ("Ban Thường vụ Quận ủy Cầu Giấy").
    Committee,
    /// A province-level unit (tỉnh, thành phố trực thuộc trung ương).
    Province,
    /// A district-level unit (quận, huyện, thị xã, thành phố thuộc tỉnh).
    District,
    /// A ward-level unit (phường, xã, thị trấn).
    Ward,
    /// A numbered party or state document.
    Resolution,
    /// A meeting, conference, congress or session.
    Meeting,
}

impl NodeType {
    /// The lowercase name used in ids and files.
    pub fn as_str(self) -> &'static str {
        match self {
            NodeType::Person => "person",
            NodeType::Title => "title",
            NodeType::Committee => "committee",
            NodeType::Province => "province",
            NodeType::District => "district",
            NodeType::Ward => "ward",
            NodeType::Resolution => "resolution",
            NodeType::Meeting => "meeting",
        }
    }

    /// Every node type, in display order.
    pub const ALL: [NodeType; 8] = [
        NodeType::Person,
        NodeType::Title,
        NodeType::Committee,
        NodeType::Province,
        NodeType::District,
        NodeType::Ward,
        NodeType::Resolution,
        NodeType::Meeting,
    ];
}

/// The types of edge in the graph.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EdgeType {
    /// person -> title, currently held.
    Holds,
    /// person -> title, held in the past ("nguyên Bí thư").
    Held,
    /// person -> meeting, chaired or co-chaired.
    Chaired,
    /// person -> meeting, present.
    Attended,
    /// person -> meeting, spoke (opening, directing, discussion).
    Spoke,
    /// person -> meeting, presented a report.
    Reported,
    /// person -> meeting, gave the conclusions.
    Concluded,
    /// committee -> meeting.
    Organized,
    /// meeting -> resolution it reviewed or disseminated.
    Concerns,
    /// committee -> resolution.
    Issued,
    /// resolution -> resolution it carries out.
    Implements,
    /// ward -> district, district -> province, ward -> province (after 2025).
    PartOf,
    /// title -> committee the post belongs to.
    PostIn,
    /// committee -> place whose body it is.
    LocatedIn,
    /// committee -> the body it is part of ("Ban Thường vụ Quận ủy X" ->
    /// "Quận ủy X").
    SubOrganizationOf,
}

impl EdgeType {
    /// Every edge type, in declaration order.
    pub const ALL: [EdgeType; 15] = [
        EdgeType::Holds,
        EdgeType::Held,
        EdgeType::Chaired,
        EdgeType::Attended,
        EdgeType::Spoke,
        EdgeType::Reported,
        EdgeType::Concluded,
        EdgeType::Organized,
        EdgeType::Concerns,
        EdgeType::Issued,
        EdgeType::Implements,
        EdgeType::PartOf,
        EdgeType::PostIn,
        EdgeType::LocatedIn,
        EdgeType::SubOrganizationOf,
    ];

    /// The lowercase name used in files.
    pub fn as_str(self) -> &'static str {
        match self {
            EdgeType::Holds => "holds",
            EdgeType::Held => "held",
            EdgeType::Chaired => "chaired",
            EdgeType::Attended => "attended",
            EdgeType::Spoke => "spoke",
            EdgeType::Reported => "reported",
            EdgeType::Concluded => "concluded",
            EdgeType::Organized => "organized",
            EdgeType::Concerns => "concerns",
            EdgeType::Issued => "issued",
            EdgeType::Implements => "implements",
            EdgeType::PartOf => "part_of",
            EdgeType::PostIn => "post_in",
            EdgeType::LocatedIn => "located_in",
            EdgeType::SubOrganizationOf => "sub_organization_of",
        }
    }

    /// True for the person -> meeting edges that mean "was there".
    pub fn is_participation(self) -> bool {
        matches!(
            self,
            EdgeType::Chaired
                | EdgeType::Attended
                | EdgeType::Spoke
                | EdgeType::Reported
                | EdgeType::Concluded
        )
    }
}

/// Where in which article a fact was read.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Evidence {
    /// Article id (file name without extension).
    pub article: std::sync::Arc<str>,
    /// Byte offset of the evidence in the article's normalised text.
    pub start: usize,
    /// Byte offset past its end.
    pub end: usize,
    /// The sentence the fact was read from (shared by every fact of that
    /// sentence, so memory grows with sentences, not with facts).
    pub sentence: std::sync::Arc<str>,
}

/// An entity as one article knows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Node type.
    #[serde(rename = "type")]
    pub kind: NodeType,
    /// Merge key: entities of the same type and key are one node. For
    /// persons the merge also looks at `attrs.home` (see `graph::merge`).
    pub key: String,
    /// Canonical display name.
    pub name: String,
    /// Type-specific attributes (code, kind, date, home, surface forms...).
    #[serde(default, skip_serializing_if = "Map::is_empty")]
    pub attrs: Map<String, Value>,
}

/// A relation between two entities of the same article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Relation {
    /// Edge type.
    #[serde(rename = "type")]
    pub kind: EdgeType,
    /// Index of the source entity in `ArticleFacts::entities`.
    pub from: usize,
    /// Index of the target entity.
    pub to: usize,
    /// Where it was read.
    pub evidence: Evidence,
    /// Edge attributes (e.g. `former`).
    #[serde(default, skip_serializing_if = "Map::is_empty")]
    pub attrs: Map<String, Value>,
}

/// Metadata of an article kept on the graph.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ArticleMeta {
    /// Article id.
    pub id: String,
    /// Headline, when the text has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub headline: Option<String>,
    /// Portal section ("CÔNG TÁC ĐẢNG").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    /// Publication date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<Date>,
    /// Publication time as printed ("17:11").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
    /// Byline ("BAN TUYÊN GIÁO QUẬN ỦY").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub byline: Option<String>,
    /// Source URL from metadata.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Title given by the corpus metadata (may differ from the headline).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Locality given by the corpus metadata or the portal's host name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locality: Option<String>,
    /// Content hash of the normalised text (hex), to spot changed articles.
    pub hash: String,
    /// Disagreements found in the article (headline against body, text
    /// against metadata), with the value kept.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<Value>,
}

/// Everything extracted from one article.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ArticleFacts {
    /// The article.
    pub article: ArticleMeta,
    /// Entities; relations refer to them by index.
    pub entities: Vec<Entity>,
    /// Relations between entities.
    pub relations: Vec<Relation>,
    /// Notes on conflicts found in the text (e.g. headline vs body).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<Value>,
}

impl ArticleFacts {
    /// Add an entity, or return the index of the one with the same type and
    /// key, so that extractors can mention things freely.
    pub fn entity(&mut self, kind: NodeType, key: &str, name: &str) -> usize {
        if let Some(i) = self
            .entities
            .iter()
            .position(|e| e.kind == kind && e.key == key)
        {
            return i;
        }
        self.entities.push(Entity {
            kind,
            key: key.to_string(),
            name: name.to_string(),
            attrs: Map::new(),
        });
        self.entities.len() - 1
    }

    /// Add a relation unless the same (type, from, to) is already there.
    pub fn relate(&mut self, kind: EdgeType, from: usize, to: usize, evidence: Evidence) -> usize {
        if let Some(i) = self
            .relations
            .iter()
            .position(|r| r.kind == kind && r.from == from && r.to == to)
        {
            return i;
        }
        self.relations.push(Relation {
            kind,
            from,
            to,
            evidence,
            attrs: Map::new(),
        });
        self.relations.len() - 1
    }
}
