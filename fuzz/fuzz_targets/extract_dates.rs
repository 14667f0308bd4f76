//! Date expressions: `find_dates`, `year_mentions` and `term_start` over
//! the whole article and over each sentence.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vnkg::extract::dates;

fuzz_target!(|data: &[u8]| {
    vnkg_fuzz::with_doc(data, |doc| {
        let n = doc.toks.len();
        let mut ranges = vec![(0, n)];
        ranges.extend(doc.sents.iter().map(|s| (s.tok_start, s.tok_end)));
        for (a, end) in ranges {
            for hit in dates::find_dates(doc, a, end) {
                assert!(a <= hit.tok_start && hit.tok_start < hit.tok_end && hit.tok_end <= end);
            }
            let _ = dates::year_mentions(doc, a, end);
            let _ = dates::term_start(doc, a, end);
        }
    });
});
