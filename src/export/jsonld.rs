//! JSON-LD 1.1: the [`super::rdf`] mapping as one document with an inline
//! `@context` (schema.org, W3C ORG, PROV and the vnkg vocabulary) and a
//! `@graph` of every resource in IRI order. No remote context is needed, so
//! any processor expands it offline.

use super::rdf::{self, Kind, Resource, Value};
use super::ExportOptions;
use crate::graph::KnowledgeGraph;
use serde_json::{json, Map, Value as Json};

/// The `@context`: prefixes, one term per class and per property, with the
/// value kind (IRI, `@vi` string, typed date or integer) built in.
pub fn context() -> Json {
    let mut c = Map::new();
    c.insert("@version".into(), json!(1.1));
    for (p, ns) in rdf::PREFIXES {
        c.insert(p.into(), json!(ns));
    }
    for class in rdf::CLASSES {
        c.insert(
            class.term.into(),
            json!(format!("{}:{}", class.prefix, class.local)),
        );
    }
    for p in rdf::PROPS {
        let id = format!("{}:{}", p.prefix, p.local);
        let def = match p.kind {
            Kind::Id => json!({"@id": id, "@type": "@id"}),
            Kind::Text => json!({"@id": id}),
            Kind::Lang => json!({"@id": id, "@language": "vi"}),
            Kind::Date => json!({"@id": id, "@type": "xsd:date"}),
            Kind::Int => json!({"@id": id, "@type": "xsd:integer"}),
        };
        c.insert(p.term.into(), def);
    }
    Json::Object(c)
}

fn value(kind: Kind, v: &Value) -> Json {
    match v {
        Value::Iri(s) | Value::Text(s) => json!(s),
        Value::Int(i) => json!(i),
        Value::Date(d) => {
            let (dt, lex) = rdf::date_literal(d);
            // Full dates use the term's xsd:date coercion; partial ones say
            // their own type, which overrides it.
            if dt == "date" && kind == Kind::Date {
                json!(lex)
            } else {
                json!({"@value": lex, "@type": format!("xsd:{dt}")})
            }
        }
    }
}

fn object(r: &Resource) -> Json {
    let mut m = Map::new();
    m.insert("@id".into(), json!(r.iri));
    m.insert("@type".into(), json!(r.class.term));
    for (p, vs) in &r.props {
        let mut out: Vec<Json> = vs.iter().map(|v| value(p.kind, v)).collect();
        let v = if out.len() == 1 {
            out.remove(0)
        } else {
            Json::Array(out)
        };
        m.insert(p.term.into(), v);
    }
    Json::Object(m)
}

/// The graph as a JSON-LD document (pretty-printed, ending with a newline).
pub fn write(kg: &KnowledgeGraph, opts: &ExportOptions) -> Result<String, String> {
    let resources = rdf::describe(kg, opts)?;
    let doc = json!({
        "@context": context(),
        "@graph": resources.iter().map(object).collect::<Vec<_>>(),
    });
    let mut s =
        serde_json::to_string_pretty(&doc).map_err(|e| format!("cannot write JSON-LD: {e}"))?;
    s.push('\n');
    Ok(s)
}
