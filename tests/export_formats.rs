//! Exporters: every format parses back with a real parser, keeps hostile
//! names intact, and is byte-identical run to run. The JSON-LD test runs
//! pyld and the GraphML test NetworkX when python has them, and says so
//! when it skips.

use graphviz_rust::dot_structures::{Attribute, Graph, Id, Stmt};
use serde_json::{json, Map, Value};
use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;
use vnkg::export::{self, dot, rdf, ExportOptions, Format};
use vnkg::facts::{ArticleMeta, EdgeType, Evidence, NodeType};
use vnkg::graph::{Edge, KnowledgeGraph, Node};

const HOSTILE: &str = "Nguyễn \"Văn\" <A> {B} & C\\ \n D";
const HOSTILE_ID: &str = "person:nguyen-van-\"a\"<b>";

fn seeds() -> KnowledgeGraph {
    vnkg::pipeline::build_graph(&vnkg::pipeline::extract_bundled())
}

fn ev(article: &str) -> Evidence {
    Evidence {
        article: article.into(),
        start: 0,
        end: 1,
        sentence: "x".into(),
    }
}

/// A small graph built by hand, full of characters every format escapes.
fn hostile() -> KnowledgeGraph {
    let mut kg = KnowledgeGraph::default();
    let add = |id: &str, kind: NodeType, name: &str, attrs: Value| {
        let attrs: Map<String, Value> = attrs.as_object().cloned().unwrap_or_default();
        (
            id.to_string(),
            Node {
                id: id.into(),
                kind,
                name: name.into(),
                sources: [std::sync::Arc::from("a&<1>")].into(),
                attrs,
            },
        )
    };
    let mut nodes = vec![
        add(
            HOSTILE_ID,
            NodeType::Person,
            HOSTILE,
            json!({"home_district": "ha-noi/cau-giay"}),
        ),
        add(
            "meeting:2020-01-02/x",
            NodeType::Meeting,
            "Họp <x> & \"y\" {z}",
            json!({"date": "2020-01-02", "ordinal": 3, "kind": "Hội nghị"}),
        ),
        add("title:t", NodeType::Title, "Bí thư {Q}\\", json!({})),
        add(
            "committee:c",
            NodeType::Committee,
            "Quận ủy Cầu Giấy",
            json!({}),
        ),
        add(
            "district:ha-noi/cau-giay",
            NodeType::District,
            "Cầu Giấy",
            json!({"kind": "Quận", "code": "005"}),
        ),
        add(
            "resolution:15-nq-tu",
            NodeType::Resolution,
            "15-NQ/TU",
            json!({"code": "15-NQ/TU", "kind": "Nghị quyết", "date": "2018"}),
        ),
    ];
    nodes.sort_by(|a, b| a.0.cmp(&b.0));
    for (id, n) in nodes {
        let ix = kg.graph.add_node(n);
        kg.index.insert(id, ix);
    }
    let e = |kg: &mut KnowledgeGraph, a: &str, b: &str, kind: EdgeType, former: bool| {
        let (ia, ib) = (kg.index[a], kg.index[b]);
        let mut attrs = Map::new();
        if former {
            attrs.insert("former".into(), json!(true));
        }
        kg.graph.add_edge(
            ia,
            ib,
            Edge {
                kind,
                sources: vec![ev("a&<1>")],
                attrs,
            },
        );
    };
    e(
        &mut kg,
        "committee:c",
        "meeting:2020-01-02/x",
        EdgeType::Organized,
        false,
    );
    e(
        &mut kg,
        "meeting:2020-01-02/x",
        "resolution:15-nq-tu",
        EdgeType::Concerns,
        false,
    );
    e(
        &mut kg,
        HOSTILE_ID,
        "meeting:2020-01-02/x",
        EdgeType::Chaired,
        false,
    );
    e(&mut kg, HOSTILE_ID, "title:t", EdgeType::Held, true);
    e(&mut kg, "title:t", "committee:c", EdgeType::PostIn, false);
    kg.articles.insert(
        "a&<1>".into(),
        ArticleMeta {
            id: "a&<1>".into(),
            headline: Some("Tin \"nóng\"\n<b>".into()),
            published: "2020-01-03".parse().ok(),
            url: Some("https://example.org/a b\"c".into()),
            hash: "0".into(),
            ..Default::default()
        },
    );
    kg
}

fn opts() -> ExportOptions {
    ExportOptions::default()
}

fn text(kg: &KnowledgeGraph, f: Format) -> String {
    String::from_utf8(export::render(kg, f, &opts()).expect("render")).expect("utf-8")
}

// ---------------------------------------------------------------- DOT

fn unquote(id: &Id) -> String {
    match id {
        Id::Escaped(s) => dot::unescape(
            s.strip_prefix('"')
                .and_then(|s| s.strip_suffix('"'))
                .unwrap_or(s),
        ),
        Id::Plain(s) | Id::Html(s) => s.clone(),
        Id::Anonymous(s) => s.clone(),
    }
}

/// (node id, attributes) of every node statement, and the edge count.
fn dot_contents(g: &Graph) -> (Vec<(String, Vec<Attribute>)>, usize) {
    fn walk(stmts: &[Stmt], nodes: &mut Vec<(String, Vec<Attribute>)>, edges: &mut usize) {
        for s in stmts {
            match s {
                Stmt::Node(n) => nodes.push((unquote(&n.id.0), n.attributes.clone())),
                Stmt::Edge(_) => *edges += 1,
                Stmt::Subgraph(sg) => walk(&sg.stmts, nodes, edges),
                _ => {}
            }
        }
    }
    let stmts = match g {
        Graph::Graph { stmts, .. } | Graph::DiGraph { stmts, .. } => stmts,
    };
    let (mut nodes, mut edges) = (Vec::new(), 0);
    walk(stmts, &mut nodes, &mut edges);
    (nodes, edges)
}

fn attr_of(attrs: &[Attribute], key: &str) -> Option<String> {
    attrs
        .iter()
        .find(|a| unquote(&a.0) == key)
        .map(|a| unquote(&a.1))
}

#[test]
fn dot_parses_back_with_the_graph_counts() {
    let kg = seeds();
    let s = text(&kg, Format::Dot);
    let g = graphviz_rust::parse(&s).expect("DOT parses");
    let (nodes, edges) = dot_contents(&g);
    let real: Vec<_> = nodes
        .iter()
        .filter(|(id, _)| !id.starts_with("legend:"))
        .collect();
    assert_eq!(real.len(), kg.graph.node_count());
    assert_eq!(edges, kg.graph.edge_count());
    let ids: BTreeSet<&str> = real.iter().map(|(id, _)| id.as_str()).collect();
    assert!(ids.contains("person:phuong-kien-quoc"));
    // One legend entry per node type present, and district clusters.
    assert!(nodes.iter().any(|(id, _)| id == "legend:person"));
    assert!(s.contains("subgraph \"cluster_0\""));
    assert!(s.contains("label=\"Quận Cầu Giấy\""));
}

#[test]
fn dot_keeps_hostile_names() {
    let kg = hostile();
    let s = text(&kg, Format::Dot);
    let g = graphviz_rust::parse(&s).expect("hostile DOT parses");
    let (nodes, edges) = dot_contents(&g);
    assert_eq!(edges, kg.graph.edge_count());
    let (_, attrs) = nodes
        .iter()
        .find(|(id, _)| id == HOSTILE_ID)
        .expect("hostile node id survives");
    assert_eq!(attr_of(attrs, "label").as_deref(), Some(HOSTILE));
    // The real graphviz accepts it too, when installed.
    match dot::run_dot(&s, "svg") {
        Ok(svg) => {
            let svg = String::from_utf8(svg).expect("utf-8 svg");
            let o = roxmltree::ParsingOptions {
                allow_dtd: true,
                ..Default::default()
            };
            let doc = roxmltree::Document::parse_with_options(&svg, o).expect("SVG is XML");
            // The label's two lines are drawn as two text elements.
            let texts: Vec<&str> = doc
                .descendants()
                .filter(|n| n.has_tag_name("text"))
                .filter_map(|n| n.text())
                .collect();
            assert!(
                texts.contains(&"Nguyễn \"Văn\" <A> {B} & C\\ "),
                "{texts:?}"
            );
            assert!(texts.contains(&" D"), "{texts:?}");
        }
        Err(e) if e == dot::NO_DOT => {
            eprintln!("note: graphviz not installed, SVG rendering not checked")
        }
        Err(e) => panic!("{e}"),
    }
}

// ---------------------------------------------------------------- select

#[test]
fn selection_options() {
    let kg = seeds();
    let mut o = opts();
    o.focus = Some("person:phuong-kien-quoc".into());
    o.depth = 1;
    let s = export::select(&kg, &o).unwrap();
    let ids: BTreeSet<String> = s.graph.index.keys().cloned().collect();
    assert!(ids.contains("meeting:2018-08-28/ban-thuong-vu-quan-uy-cau-giay"));
    assert!(ids.contains("title:pho-bi-thu-thuong-truc-quan-uy-cau-giay"));
    assert!(!ids.contains("person:duong-hoai-nam"));
    // By exact name too.
    o.focus = Some("Phương Kiến Quốc".into());
    assert_eq!(
        export::select(&kg, &o).unwrap().graph.index.len(),
        ids.len()
    );
    o.focus = Some("person:nobody".into());
    assert!(export::select(&kg, &o).is_err());

    let mut o = opts();
    o.max_nodes = Some(5);
    let s = export::select(&kg, &o).unwrap();
    assert_eq!(s.graph.index.len(), 5);
    assert!(
        s.notes.iter().any(|n| n.contains("cut to 5 of")),
        "{:?}",
        s.notes
    );

    let mut o = opts();
    o.types = Some(vec![NodeType::Person, NodeType::Meeting]);
    let s = export::select(&kg, &o).unwrap();
    assert!(s
        .graph
        .nodes()
        .all(|n| matches!(n.kind, NodeType::Person | NodeType::Meeting)));
    assert!(s.graph.graph.edge_count() > 0);

    let mut o = opts();
    o.from = "2022".parse().ok();
    let s = export::select(&kg, &o).unwrap();
    let meetings: Vec<&str> = s
        .graph
        .nodes()
        .filter(|n| n.kind == NodeType::Meeting)
        .map(|n| n.id.as_str())
        .collect();
    assert_eq!(
        meetings,
        [
            "meeting:2022-05-04/thuong-truc-quan-uy-long-bien",
            "meeting:2024-06-27/ban-chap-hanh-dang-bo-quan-cau-giay"
        ]
    );

    let mut o = opts();
    o.district = Some("Long Biên".into());
    let s = export::select(&kg, &o).unwrap();
    assert!(s.graph.index.contains_key("person:duong-hoai-nam"));
    assert!(s.graph.index.contains_key("committee:quan-uy-long-bien"));
    assert!(!s.graph.index.contains_key("person:phuong-kien-quoc"));
}

// ---------------------------------------------------------------- JSON-LD / N-Triples

fn has_python_module(m: &str) -> bool {
    Command::new("python3")
        .args(["-c", &format!("import {m}")])
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Expand the JSON-LD with pyld; the N-Quads it gives, one per line.
fn pyld_nquads(dir: &Path, jsonld: &str) -> Vec<String> {
    let p = dir.join("g.jsonld");
    std::fs::write(&p, jsonld).unwrap();
    let script = "import json,sys\nfrom pyld import jsonld\n\
                  doc=json.load(open(sys.argv[1],encoding='utf-8'))\n\
                  sys.stdout.buffer.write(jsonld.to_rdf(doc,{'format':'application/n-quads'}).encode('utf-8'))\n";
    let out = Command::new("python3")
        .args(["-c", script])
        .arg(&p)
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "pyld failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut v: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(str::to_string)
        .collect();
    v.sort();
    v.dedup();
    v
}

/// The vnkg terms documented in docs/jsonld.md.
const VNKG_TERMS: [&str; 8] = [
    "held",
    "chaired",
    "spoke",
    "reported",
    "concluded",
    "implements",
    "ordinal",
    "term",
];

fn predicate_and_class_iris(lines: &[String]) -> BTreeSet<String> {
    let rdf_type = format!("<{}type>", rdf::RDF);
    let mut out = BTreeSet::new();
    for l in lines {
        let mut parts = l.splitn(3, ' ');
        let (_, p, o) = (
            parts.next(),
            parts.next().unwrap_or(""),
            parts.next().unwrap_or(""),
        );
        out.insert(p.trim_matches(|c| c == '<' || c == '>').to_string());
        if p == rdf_type {
            out.insert(
                o.trim_end_matches(" .")
                    .trim_matches(|c| c == '<' || c == '>')
                    .to_string(),
            );
        }
    }
    out
}

fn assert_vocabulary(iris: &BTreeSet<String>) {
    for iri in iris {
        let ok = iri == &format!("{}type", rdf::RDF)
            || iri.starts_with(rdf::SCHEMA)
            || iri.starts_with(rdf::ORG)
            || iri.starts_with(rdf::PROV)
            || iri
                .strip_prefix(rdf::VNKG)
                .is_some_and(|t| VNKG_TERMS.contains(&t));
        assert!(ok, "term outside the declared vocabularies: {iri}");
    }
}

#[test]
fn ntriples_are_well_formed_and_in_vocabulary() {
    let kg = seeds();
    let nt = text(&kg, Format::Ntriples);
    let lines: Vec<String> = nt.lines().map(str::to_string).collect();
    assert!(lines
        .iter()
        .all(|l| l.starts_with('<') && l.ends_with(" .")));
    let b = "https://vnkg.example/id/";
    let chaired = format!(
        "<{b}person/phuong-kien-quoc> <{}chaired> <{b}meeting/2018-08-28/ban-thuong-vu-quan-uy-cau-giay> .",
        rdf::VNKG
    );
    assert!(lines.contains(&chaired));
    let ident = format!(
        "<{b}resolution/15-nq-tu> <{}legislationIdentifier> \"15-NQ/TU\" .",
        rdf::SCHEMA
    );
    assert!(lines.contains(&ident));
    assert_vocabulary(&predicate_and_class_iris(&lines));
}

#[test]
fn jsonld_expands_with_pyld_to_the_same_triples() {
    if !has_python_module("pyld") {
        eprintln!("note: python3 with pyld not available (pip install pyld); JSON-LD expansion not checked");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    for kg in [seeds(), hostile()] {
        let quads = pyld_nquads(dir.path(), &text(&kg, Format::Jsonld));
        let nt: Vec<String> = text(&kg, Format::Ntriples)
            .lines()
            .map(str::to_string)
            .collect();
        assert_eq!(quads, nt, "pyld's expansion differs from the N-Triples");
        assert_vocabulary(&predicate_and_class_iris(&quads));
    }
    let quads = pyld_nquads(dir.path(), &text(&seeds(), Format::Jsonld));
    let b = "https://vnkg.example/id/";
    for want in [
        format!(
            "<{b}person/phuong-kien-quoc> <{}chaired> <{b}meeting/2018-08-28/ban-thuong-vu-quan-uy-cau-giay> .",
            rdf::VNKG
        ),
        format!("<{b}resolution/15-nq-tu> <{}legislationIdentifier> \"15-NQ/TU\" .", rdf::SCHEMA),
        format!("<{b}person/phuong-kien-quoc> <{}name> \"Phương Kiến Quốc\"@vi .", rdf::SCHEMA),
        format!(
            "<{b}meeting/2018-08-28/ban-thuong-vu-quan-uy-cau-giay> <{}startDate> \"2018-08-28\"^^<{}date> .",
            rdf::SCHEMA,
            rdf::XSD
        ),
        format!(
            "<{b}resolution/15-nq-tu> <{}legislationPassedBy> <{b}committee/ban-thuong-vu-thanh-uy-ha-noi> .",
            rdf::SCHEMA
        ),
    ] {
        assert!(quads.contains(&want), "missing {want}");
    }
}

#[test]
fn linked_data_keeps_hostile_names() {
    let kg = hostile();
    let doc: Value = serde_json::from_str(&text(&kg, Format::Jsonld)).expect("JSON-LD is JSON");
    let graph = doc["@graph"].as_array().unwrap();
    let person = graph
        .iter()
        .find(|o| o["@type"] == "Person")
        .expect("the person is there");
    assert_eq!(person["name"], HOSTILE);
    let nt = text(&kg, Format::Ntriples);
    let name_line = nt
        .lines()
        .find(|l| l.contains("/person/") && l.contains("schema.org/name"))
        .unwrap();
    // Undo N-Triples escapes and compare.
    let lit = name_line
        .split_once("> \"")
        .unwrap()
        .1
        .rsplit_once("\"@vi")
        .unwrap()
        .0;
    let un = lit
        .replace("\\\\", "\u{0}")
        .replace("\\n", "\n")
        .replace("\\\"", "\"")
        .replace('\u{0}', "\\");
    assert_eq!(un, HOSTILE);
    // Ids with IRI-hostile characters are percent-encoded.
    assert!(nt.contains("/person/nguyen-van-%22a%22%3Cb%3E>"));
    // A bad base is refused, not written.
    let mut o = opts();
    o.base_iri = "not a base".into();
    assert!(export::render(&kg, Format::Ntriples, &o).is_err());
}

// ---------------------------------------------------------------- GraphML

#[test]
fn graphml_parses_with_typed_keys() {
    let kg = seeds();
    let s = text(&kg, Format::Graphml);
    let doc = roxmltree::Document::parse(&s).expect("GraphML is XML");
    let count = |tag: &str| doc.descendants().filter(|n| n.has_tag_name(tag)).count();
    assert_eq!(count("node"), kg.graph.node_count());
    assert_eq!(count("edge"), kg.graph.edge_count());
    let keys: Vec<(String, String, String)> = doc
        .descendants()
        .filter(|n| n.has_tag_name("key"))
        .map(|k| {
            (
                k.attribute("for").unwrap_or("").to_string(),
                k.attribute("attr.name").unwrap_or("").to_string(),
                k.attribute("attr.type").unwrap_or("").to_string(),
            )
        })
        .collect();
    assert!(keys.contains(&("node".into(), "label".into(), "string".into())));
    assert!(keys.contains(&("node".into(), "ordinal".into(), "long".into())));
    assert!(keys.contains(&("edge".into(), "type".into(), "string".into())));
}

#[test]
fn graphml_keeps_hostile_names() {
    let kg = hostile();
    let s = text(&kg, Format::Graphml);
    let doc = roxmltree::Document::parse(&s).expect("hostile GraphML is XML");
    let node = doc
        .descendants()
        .find(|n| n.has_tag_name("node") && n.attribute("id") == Some(HOSTILE_ID))
        .expect("hostile id survives");
    let label = node
        .children()
        .find(|d| d.attribute("key") == Some("kn0"))
        .and_then(|d| d.text())
        .unwrap_or("");
    assert_eq!(label, HOSTILE);
    let former_key = doc
        .descendants()
        .find(|k| k.has_tag_name("key") && k.attribute("attr.name") == Some("former"))
        .expect("former key");
    assert_eq!(former_key.attribute("attr.type"), Some("boolean"));
}

#[test]
fn graphml_loads_in_networkx() {
    if !has_python_module("networkx") {
        eprintln!("note: python3 with networkx not available (pip install networkx); NetworkX loading not checked");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    for kg in [seeds(), hostile()] {
        let p = dir.path().join("g.graphml");
        std::fs::write(&p, text(&kg, Format::Graphml)).unwrap();
        let script = "import sys,json,networkx as nx\ng=nx.read_graphml(sys.argv[1])\n\
                      print(json.dumps({'n':g.number_of_nodes(),'e':g.number_of_edges(),\
                      'labels':sorted(d.get('label','') for _,d in g.nodes(data=True)),\
                      'ordinals':sorted(d['ordinal'] for _,d in g.nodes(data=True) if 'ordinal' in d)}))";
        let out = Command::new("python3")
            .args(["-c", script])
            .arg(&p)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(v["n"], kg.graph.node_count());
        assert_eq!(v["e"], kg.graph.edge_count());
        let labels: Vec<&str> = v["labels"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(Value::as_str)
            .collect();
        for n in kg.nodes() {
            assert!(labels.contains(&n.name.as_str()), "label {:?} lost", n.name);
        }
        // Typed: ordinals come back as integers.
        assert!(v["ordinals"].as_array().unwrap().iter().all(Value::is_i64));
    }
}

// ---------------------------------------------------------------- neo4j

/// A small RFC 4180 reader (quoted fields, doubled quotes, line breaks).
fn read_csv(s: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let (mut row, mut field, mut quoted, mut it) =
        (Vec::new(), String::new(), false, s.chars().peekable());
    while let Some(c) = it.next() {
        match (quoted, c) {
            (true, '"') if it.peek() == Some(&'"') => {
                it.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    rows
}

#[test]
fn neo4j_files_have_the_import_layout() {
    let kg = hostile();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("neo");
    let report = export::export(&kg, Format::Neo4j, &opts(), Some(&out)).unwrap();
    assert!(report.written.iter().any(|p| p.ends_with("import.cypher")));
    let persons = read_csv(&std::fs::read_to_string(out.join("nodes_person.csv")).unwrap());
    assert_eq!(
        persons[0][..4],
        ["id:ID", ":LABEL", "name", "sources:string[]"]
    );
    assert_eq!(persons.len(), 2);
    assert_eq!(persons[1][0], HOSTILE_ID);
    assert_eq!(persons[1][1], "Person;Entity");
    assert_eq!(persons[1][2], HOSTILE);
    let meetings = read_csv(&std::fs::read_to_string(out.join("nodes_meeting.csv")).unwrap());
    assert!(meetings[0].contains(&"ordinal:long".to_string()));
    let held = read_csv(&std::fs::read_to_string(out.join("relationships_held.csv")).unwrap());
    assert_eq!(
        held[0],
        [
            ":START_ID",
            ":END_ID",
            ":TYPE",
            "sources:string[]",
            "former:boolean"
        ]
    );
    assert_eq!(held[1][2], "HELD");
    assert_eq!(held[1][4], "true");
    let cypher = std::fs::read_to_string(out.join("import.cypher")).unwrap();
    assert!(cypher.contains("neo4j-admin database import full"));
    assert!(cypher.contains("CREATE (a)-[r:HELD]->(b)"));
    // Seeds: every node and edge is in some file.
    let kg = seeds();
    let files = vnkg::export::neo4j::files(&kg);
    let rows = |prefix: &str| -> usize {
        files
            .iter()
            .filter(|(n, _)| n.starts_with(prefix))
            .map(|(_, t)| read_csv(t).len() - 1)
            .sum()
    };
    assert_eq!(rows("nodes_"), kg.graph.node_count());
    assert_eq!(rows("relationships_"), kg.graph.edge_count());
}

// ---------------------------------------------------------------- determinism, CLI

#[test]
fn every_format_is_deterministic() {
    // Two independent builds of the graph, exported twice each.
    let (a, b) = (seeds(), seeds());
    for f in [
        Format::Dot,
        Format::Json,
        Format::Jsonld,
        Format::Ntriples,
        Format::Graphml,
    ] {
        let x = text(&a, f);
        assert_eq!(x, text(&b, f), "{} differs between builds", f.as_str());
        assert_eq!(x, text(&a, f), "{} differs between runs", f.as_str());
        let h = hostile();
        assert_eq!(text(&h, f), text(&hostile(), f));
    }
    assert_eq!(
        vnkg::export::neo4j::files(&a),
        vnkg::export::neo4j::files(&b)
    );
}

#[test]
fn json_export_round_trips() {
    let kg = hostile();
    let back = vnkg::graph::nodelink::from_str(&text(&kg, Format::Json)).unwrap();
    assert_eq!(back.node(HOSTILE_ID).unwrap().name, HOSTILE);
    assert_eq!(back.graph.edge_count(), kg.graph.edge_count());
}

#[test]
fn cli_reports_a_missing_graph_by_name() {
    let out = Command::new(env!("CARGO_BIN_EXE_vnkg"))
        .args(["export", "dot", "--graph", "/nonexistent/g.json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("/nonexistent/g.json"), "{err}");
    let out = Command::new(env!("CARGO_BIN_EXE_vnkg"))
        .args(["export", "pdf"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}
