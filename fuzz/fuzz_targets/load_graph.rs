//! Graph loading: arbitrary (often hand-edited or truncated) node-link
//! JSON. A graph that loads writes out and reads back to the same bytes,
//! and the export selection works on it.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vnkg::graph::nodelink;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = nodelink::check_header(text);
    let Ok(kg) = nodelink::from_str(text) else {
        return;
    };
    let out = nodelink::to_string(&kg);
    let back = nodelink::from_str(&out).expect("a written graph reads back");
    assert_eq!(nodelink::to_string(&back), out, "graph round trip");
    let _ = vnkg::export::select(&kg, &vnkg::export::ExportOptions::default());
});
