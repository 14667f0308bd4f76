//! The places extractor: the article's locality and the districts and wards
//! it names (`places::run`), and locality strings of metadata.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vnkg::extract::places;

fuzz_target!(|data: &[u8]| {
    vnkg_fuzz::with_doc(data, |doc| {
        places::run(doc);
        // A metadata locality is free text too.
        let line = doc.text.lines().next().unwrap_or("");
        let _ = places::parse_locality(doc, line);
    });
});
