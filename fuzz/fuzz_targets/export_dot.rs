//! The DOT writer on arbitrary graphs (names and ids with quotes,
//! backslashes, braces, line breaks, controls) and export options: the
//! output parses as DOT, with one statement per node kept.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vnkg::export::{dot, select};

fuzz_target!(|data: &[u8]| {
    let Some(fg) = vnkg_fuzz::FuzzGraph::from_bytes(data) else {
        return;
    };
    let kg = fg.graph();
    let opts = fg.options(&kg);
    let Ok(sel) = select(&kg, &opts) else { return };
    let text = dot::write(&sel.graph, &opts).expect("DOT is written");
    if let Err(e) = graphviz_rust::parse(&text) {
        panic!("invalid DOT: {e}\n{text}");
    }
    for n in sel.graph.nodes() {
        let id = format!("\"{}\"", dot::escape(&n.id));
        assert!(text.contains(&id), "node {id} missing");
    }
});
