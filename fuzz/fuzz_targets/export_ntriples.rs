//! The N-Triples writer on arbitrary graphs: every line is a well-formed
//! triple (IRIs without forbidden characters, literals escaped), sorted
//! and without duplicates.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vnkg::export::ntriples;

fuzz_target!(|data: &[u8]| {
    vnkg_fuzz::with_selection(data, |g, opts| {
        let Ok(text) = ntriples::write(g, opts) else {
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
});
