//! The N-Triples writer on arbitrary graphs: every line is a well-formed
//! triple (IRIs without forbidden characters, literals escaped), sorted
//! and without duplicates.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vnkg::export::{ntriples, select};

fuzz_target!(|data: &[u8]| {
    let Some(fg) = vnkg_fuzz::FuzzGraph::from_bytes(data) else {
        return;
    };
    let kg = fg.graph();
    let opts = fg.options(&kg);
    let Ok(sel) = select(&kg, &opts) else { return };
    let Ok(text) = ntriples::write(&sel.graph, &opts) else {
        assert!(vnkg::export::rdf::check_base(&opts.base_iri).is_err());
        return;
    };
    let mut prev: Option<&str> = None;
    for line in text.lines() {
        if let Err(e) = vnkg_fuzz::check_ntriple(line) {
            panic!("{e}");
        }
        assert!(prev.is_none_or(|p| p < line), "sorted, no duplicates");
        prev = Some(line);
    }
});
