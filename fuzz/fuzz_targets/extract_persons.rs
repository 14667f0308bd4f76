//! The persons extractor (officials, their titles, title-alone mentions,
//! dismissals) after the stages it depends on, and `name_at` at every
//! token.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vnkg::extract::{documents, persons, places};

fuzz_target!(|data: &[u8]| {
    vnkg_fuzz::with_doc(data, |doc| {
        places::run(doc);
        documents::find_steering_number(doc);
        for s in &doc.sents {
            for k in s.tok_start..s.tok_end {
                if let Some((first, len)) = persons::name_at(doc, k, s.tok_end, k % 2 == 0) {
                    assert!(len > 0 && first + len <= s.tok_end, "{first}+{len}");
                }
            }
        }
        persons::run(doc);
        for m in &doc.persons {
            assert!(m.entity < doc.facts.entities.len());
            assert!(m.tok_start <= m.tok_end && m.tok_end <= doc.toks.len());
        }
    });
});
