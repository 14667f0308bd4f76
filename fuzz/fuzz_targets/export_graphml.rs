//! The GraphML writer on arbitrary graphs: the output is well-formed XML
//! with one node element per node and one edge element per edge, and every
//! node's label reads back as its name (minus characters XML cannot carry).
#![no_main]

use libfuzzer_sys::fuzz_target;
use vnkg::export::graphml;

fuzz_target!(|data: &[u8]| {
    vnkg_fuzz::with_selection(data, |g, opts| {
        let text = graphml::write(g, opts).expect("GraphML is written");
        let doc = match roxmltree::Document::parse(&text) {
            Ok(d) => d,
            Err(e) => panic!("invalid XML: {e}\n{text}"),
        };
        let count = |tag: &str| {
            doc.descendants()
                .filter(|n| n.has_tag_name(("http://graphml.graphdrawing.org/xmlns", tag)))
                .count()
        };
        assert_eq!(count("node"), g.graph.node_count());
        assert_eq!(count("edge"), g.graph.edge_count());
        let clean = |s: &str| -> String {
            s.chars()
                .map(|c| {
                    if (c < ' ' && !matches!(c, '\t' | '\n' | '\r'))
                        || c == '\u{FFFE}'
                        || c == '\u{FFFF}'
                    {
                        '\u{FFFD}'
                    } else {
                        c
                    }
                })
                .collect()
        };
        let labels: std::collections::BTreeSet<String> = doc
            .descendants()
            .filter(|n| n.has_tag_name(("http://graphml.graphdrawing.org/xmlns", "data")))
            .filter(|n| n.attribute("key") == Some("kn0"))
            .map(|n| n.text().unwrap_or("").to_string())
            .collect();
        for n in g.nodes() {
            assert!(labels.contains(&clean(&n.name)), "label of {:?}", n.id);
        }
    });
});
