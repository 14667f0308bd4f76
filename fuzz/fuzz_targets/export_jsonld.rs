//! The JSON-LD writer on arbitrary graphs: the output is JSON with a
//! context, and every "@id" is an absolute IRI without a character IRIs
//! forbid.
#![no_main]

use libfuzzer_sys::fuzz_target;
use serde_json::Value;
use vnkg::export::{jsonld, select};

fn ids(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                match (k.as_str(), x) {
                    ("@id", Value::String(s)) => out.push(s.clone()),
                    ("@context", _) => {}
                    _ => ids(x, out),
                }
            }
        }
        Value::Array(a) => a.iter().for_each(|x| ids(x, out)),
        _ => {}
    }
}

fuzz_target!(|data: &[u8]| {
    let Some(fg) = vnkg_fuzz::FuzzGraph::from_bytes(data) else {
        return;
    };
    let kg = fg.graph();
    let opts = fg.options(&kg);
    let Ok(sel) = select(&kg, &opts) else { return };
    let Ok(text) = jsonld::write(&sel.graph, &opts) else {
        // Only a bad --base is refused.
        assert!(vnkg::export::rdf::check_base(&opts.base_iri).is_err());
        return;
    };
    let v: Value = serde_json::from_str(&text).expect("valid JSON");
    assert!(v.get("@context").is_some());
    let mut found = Vec::new();
    ids(&v, &mut found);
    for id in found {
        // Compact IRIs ("schema:Person") are fine as well; ours are all
        // absolute under the base.
        if let Err(e) = vnkg_fuzz::check_iri(&id) {
            panic!("{e}");
        }
    }
});
