//! The DOT writer on arbitrary graphs (names and ids with quotes,
//! backslashes, braces, line breaks, controls) and export options: the
//! output parses as DOT, with one statement per node kept.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vnkg::export::dot;

fuzz_target!(|data: &[u8]| {
    vnkg_fuzz::with_selection(data, |g, opts| {
        let text = dot::write(g, opts).expect("DOT is written");
        if let Err(e) = graphviz_rust::parse(&text) {
            panic!("invalid DOT: {e}\n{text}");
        }
        for n in g.nodes() {
            let id = format!("\"{}\"", dot::escape(&n.id));
            assert!(text.contains(&id), "node {id} missing");
        }
    });
});
