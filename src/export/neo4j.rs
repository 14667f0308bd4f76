//! neo4j: a directory of CSV files in the layout of `neo4j-admin database
//! import` (one node file per node type with `:ID`, `:LABEL` and typed
//! property columns; one relationship file per edge type with `:START_ID`,
//! `:END_ID`, `:TYPE`), plus `import.cypher`, a `LOAD CSV` script that loads
//! the same files into a running database, with the `neo4j-admin` command
//! for the offline route in its header.
//!
//! Every node also gets the label `Entity`, so that the Cypher script can
//! match endpoints through one uniqueness constraint. Arrays (`sources`)
//! use `;`, neo4j-admin's default array delimiter.

use super::ExportOptions;
use crate::facts::{EdgeType, NodeType};
use crate::graph::KnowledgeGraph;
use serde_json::{Map, Value};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// One CSV field, always quoted for strings (quotes doubled), so that
/// commas, quotes and line breaks in names survive.
fn field(s: &str) -> String {
    format!("\"{}\"", s.replace('"', "\"\""))
}

/// A property column: CSV header name, neo4j type and the attribute key.
struct Column {
    key: String,
    name: String,
    ty: &'static str,
}

/// A property name neo4j headers and Cypher accept without quoting trouble.
fn column_name(k: &str) -> String {
    let s: String = k
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    match s.as_str() {
        "" => "attr".into(),
        "id" | "name" | "sources" => format!("attr_{s}"),
        _ => s,
    }
}

fn columns<'a>(maps: impl Iterator<Item = &'a Map<String, Value>>) -> Vec<Column> {
    let mut values: BTreeMap<&str, Vec<&Value>> = BTreeMap::new();
    for m in maps {
        for (k, v) in m {
            if !v.is_null() {
                values.entry(k.as_str()).or_default().push(v);
            }
        }
    }
    let mut seen = std::collections::BTreeSet::new();
    values
        .into_iter()
        .map(|(k, vs)| {
            let ty = if vs.iter().all(|v| v.is_boolean()) {
                "boolean"
            } else if vs.iter().all(|v| v.is_i64()) {
                "long"
            } else if vs.iter().all(|v| v.is_number()) {
                "double"
            } else {
                "string"
            };
            // Two keys may sanitise to one name; number the later ones.
            let mut name = column_name(k);
            let mut i = 2;
            while !seen.insert(name.clone()) {
                name = format!("{}_{i}", column_name(k));
                i += 1;
            }
            Column {
                key: k.to_string(),
                name,
                ty,
            }
        })
        .collect()
}

fn cell(v: Option<&Value>, ty: &str) -> String {
    match v {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => field(s),
        Some(v) if ty != "string" => v.to_string(),
        Some(v) => field(&v.to_string()),
    }
}

/// Article ids as a neo4j array cell (`;` inside an id would split it, so
/// it is replaced).
fn array<'a>(items: impl Iterator<Item = &'a str>) -> String {
    let v: Vec<String> = items.map(|s| s.replace(';', ",")).collect();
    field(&v.join(";"))
}

/// The neo4j label of a node type ("Person").
pub fn label(t: NodeType) -> String {
    let s = t.as_str();
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
        .unwrap_or_default()
}

/// The neo4j relationship type of an edge type ("PART_OF").
pub fn rel_type(t: EdgeType) -> String {
    t.as_str().to_ascii_uppercase()
}

fn convert(expr: &str, ty: &str) -> String {
    match ty {
        "long" => format!("toInteger({expr})"),
        "double" => format!("toFloat({expr})"),
        "boolean" => format!("toBoolean({expr})"),
        "string[]" => {
            format!("CASE WHEN {expr} IS NULL OR {expr} = '' THEN [] ELSE split({expr}, ';') END")
        }
        _ => expr.to_string(),
    }
}

/// The files of the export: (file name, contents), in writing order.
pub fn files(kg: &KnowledgeGraph) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut cypher = String::new();
    let mut node_files = Vec::new();
    let mut rel_files = Vec::new();
    cypher.push_str(
        "CREATE CONSTRAINT vnkg_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;\n\n",
    );
    for t in NodeType::ALL {
        let nodes: Vec<_> = kg.nodes().filter(|n| n.kind == t).collect();
        if nodes.is_empty() {
            continue;
        }
        let cols = columns(nodes.iter().map(|n| &n.attrs));
        let mut csv = String::from("id:ID,:LABEL,name,sources:string[]");
        for c in &cols {
            csv.push_str(&format!(",{}:{}", c.name, c.ty));
        }
        csv.push('\n');
        let lab = label(t);
        for n in &nodes {
            csv.push_str(&format!(
                "{},{},{},{}",
                field(&n.id),
                field(&format!("{lab};Entity")),
                field(&n.name),
                array(n.sources.iter().map(|a| &**a))
            ));
            for c in &cols {
                csv.push(',');
                csv.push_str(&cell(n.attrs.get(&c.key), c.ty));
            }
            csv.push('\n');
        }
        let file = format!("nodes_{}.csv", t.as_str());
        cypher.push_str(&format!(
            "LOAD CSV WITH HEADERS FROM 'file:///{file}' AS row\nCREATE (n:Entity:{lab} {{id: row.`id:ID`, name: row.name}})\nSET n.sources = {}",
            convert("row.`sources:string[]`", "string[]")
        ));
        for c in &cols {
            let expr = format!("row.`{}:{}`", c.name, c.ty);
            cypher.push_str(&format!(",\n    n.{} = {}", c.name, convert(&expr, c.ty)));
        }
        cypher.push_str(";\n\n");
        node_files.push(file.clone());
        out.push((file, csv));
    }
    let mut by_type: BTreeMap<EdgeType, Vec<_>> = BTreeMap::new();
    for (a, b, e) in kg.edges() {
        by_type.entry(e.kind).or_default().push((a, b, e));
    }
    for (t, edges) in by_type {
        let cols = columns(edges.iter().map(|(_, _, e)| &e.attrs));
        let mut csv = String::from(":START_ID,:END_ID,:TYPE,sources:string[]");
        for c in &cols {
            csv.push_str(&format!(",{}:{}", c.name, c.ty));
        }
        csv.push('\n');
        let rt = rel_type(t);
        for (a, b, e) in &edges {
            let mut arts: Vec<&str> = e.sources.iter().map(|ev| &*ev.article).collect();
            arts.sort();
            arts.dedup();
            csv.push_str(&format!(
                "{},{},{},{}",
                field(&a.id),
                field(&b.id),
                field(&rt),
                array(arts.into_iter())
            ));
            for c in &cols {
                csv.push(',');
                csv.push_str(&cell(e.attrs.get(&c.key), c.ty));
            }
            csv.push('\n');
        }
        let file = format!("relationships_{}.csv", t.as_str());
        cypher.push_str(&format!(
            "LOAD CSV WITH HEADERS FROM 'file:///{file}' AS row\nMATCH (a:Entity {{id: row.`:START_ID`}}), (b:Entity {{id: row.`:END_ID`}})\nCREATE (a)-[r:{rt}]->(b)\nSET r.sources = {}",
            convert("row.`sources:string[]`", "string[]")
        ));
        for c in &cols {
            let expr = format!("row.`{}:{}`", c.name, c.ty);
            cypher.push_str(&format!(",\n    r.{} = {}", c.name, convert(&expr, c.ty)));
        }
        cypher.push_str(";\n\n");
        rel_files.push(file.clone());
        out.push((file, csv));
    }
    let mut header = String::from(
        "// vnkg graph for neo4j.\n//\n// Offline bulk import (empty database, neo4j stopped), from this directory:\n//   neo4j-admin database import full --multiline-fields=true",
    );
    for f in &node_files {
        header.push_str(&format!(" \\\n//     --nodes={f}"));
    }
    for f in &rel_files {
        header.push_str(&format!(" \\\n//     --relationships={f}"));
    }
    header.push_str(
        " \\\n//     neo4j\n//\n// Or, into a running database: copy the CSV files into neo4j's import\n// directory and run this script (cypher-shell -f import.cypher).\n\n",
    );
    out.push(("import.cypher".to_string(), header + &cypher));
    out
}

/// Write the import files into `dir` (created if needed); returns the paths.
pub fn write_dir(
    kg: &KnowledgeGraph,
    _opts: &ExportOptions,
    dir: &Path,
) -> Result<Vec<PathBuf>, String> {
    if dir.is_file() {
        return Err(format!(
            "{}: neo4j writes a directory, and this is a file",
            dir.display()
        ));
    }
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: cannot create: {e}", dir.display()))?;
    let mut written = Vec::new();
    for (name, text) in files(kg) {
        let p = dir.join(name);
        crate::pipeline::write_atomic(&p, text.as_bytes())
            .map_err(|e| format!("{}: cannot write: {e}", p.display()))?;
        written.push(p);
    }
    Ok(written)
}
