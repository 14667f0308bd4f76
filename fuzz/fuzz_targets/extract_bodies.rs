//! The grammar of bodies and titles: `parse_body`, `parse_title`,
//! `steering_number`, `skip_term` and `name_starts` at every token (up to
//! the end of its sentence), after the places stage they depend on.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vnkg::extract::{bodies, places};

fuzz_target!(|data: &[u8]| {
    vnkg_fuzz::with_doc(data, |doc| {
        places::run(doc);
        let _ = bodies::default_party_committee(doc);
        let sents: Vec<(usize, usize)> =
            doc.sents.iter().map(|s| (s.tok_start, s.tok_end)).collect();
        for (a, end) in sents {
            for i in a..end {
                if let Some(b) = bodies::parse_body(doc, i, end) {
                    assert!(b.len > 0 && i + b.len <= end, "{b:?}");
                    let _ = bodies::committee_entity(doc, &b, i, i + b.len);
                }
                if let Some(t) = bodies::parse_title(doc, i, end) {
                    assert!(t.len > 0 && i + t.len <= end, "{t:?}");
                }
                if let Some((n, _)) = bodies::steering_number(doc, i, end) {
                    assert!(n <= end);
                }
                assert!(bodies::skip_term(doc, i, end) <= end);
                let _ = bodies::name_starts(doc, i, end);
            }
            let surface = doc.span_text(a, end).to_string();
            let _ = bodies::body_from_surface(doc, &surface);
        }
    });
});
