//! The JSON-LD writer on arbitrary graphs: the output is JSON with a
//! context, and every "@id" is an absolute IRI without a character IRIs
//! forbid.
#![no_main]

use libfuzzer_sys::fuzz_target;
use serde_json::Value;
use vnkg::export::jsonld;

fuzz_target!(|data: &[u8]| {
    vnkg_fuzz::with_selection(data, |g, opts| {
        let Ok(text) = jsonld::write(g, opts) else {
            // Only a bad --base is refused.
            assert!(vnkg::export::rdf::check_base(&opts.base_iri).is_err());
            return;
        };
        let v: Value = serde_json::from_str(&text).expect("valid JSON");
        assert!(v.get("@context").is_some());
        let mut found = Vec::new();
        vnkg_fuzz::jsonld_ids(&v, &mut found);
        for id in found {
            // Compact IRIs ("schema:Person") are fine as well; ours are all
            // absolute under the base.
            if let Err(e) = vnkg_fuzz::check_iri(&id) {
                panic!("{e}");
            }
        }
    });
});
