//! N-Triples, for triple stores: the [`super::rdf`] mapping written as
//! triples directly (no JSON-LD processor in between), one per line, sorted
//! and without duplicates so that output is byte-identical run to run.

use super::rdf::{self, Kind, Value};
use super::ExportOptions;
use crate::graph::KnowledgeGraph;

/// Escape a literal's lexical form (N-Triples ECHAR / UCHAR).
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

fn object(kind: Kind, v: &Value) -> String {
    match (kind, v) {
        (_, Value::Iri(s)) => format!("<{s}>"),
        (Kind::Lang, Value::Text(s)) => format!("\"{}\"@vi", escape(s)),
        (_, Value::Text(s)) => format!("\"{}\"", escape(s)),
        (_, Value::Int(i)) => format!("\"{i}\"^^<{}integer>", rdf::XSD),
        (_, Value::Date(d)) => {
            let (dt, lex) = rdf::date_literal(d);
            format!("\"{lex}\"^^<{}{dt}>", rdf::XSD)
        }
    }
}

/// The triples as N-Triples lines (sorted, deduplicated, without the final newline).
pub fn lines(kg: &KnowledgeGraph, opts: &ExportOptions) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    for r in rdf::describe(kg, opts)? {
        out.push(format!(
            "<{}> <{}type> <{}> .",
            r.iri,
            rdf::RDF,
            r.class.iri()
        ));
        for (p, vs) in &r.props {
            let pi = p.iri();
            for v in vs {
                out.push(format!("<{}> <{pi}> {} .", r.iri, object(p.kind, v)));
            }
        }
    }
    out.sort();
    out.dedup();
    Ok(out)
}

/// The graph as N-Triples text.
pub fn write(kg: &KnowledgeGraph, opts: &ExportOptions) -> Result<String, String> {
    let mut s = lines(kg, opts)?.join("\n");
    if !s.is_empty() {
        s.push('\n');
    }
    Ok(s)
}
