//! The documents extractor (codes, kinds, issuers, short forms,
//! `implements`) after the stages it depends on.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vnkg::extract::{documents, persons, places};

fuzz_target!(|data: &[u8]| {
    vnkg_fuzz::with_doc(data, |doc| {
        places::run(doc);
        documents::find_steering_number(doc);
        persons::run(doc);
        documents::run(doc);
        for m in &doc.docs {
            assert!(m.entity < doc.facts.entities.len());
            assert!(m.tok_start <= m.tok_end && m.tok_end <= doc.toks.len());
        }
    });
});
