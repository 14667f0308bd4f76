//! The node-link JSON writer (`vnkg export json`) on arbitrary graphs: the
//! output is JSON and reads back to the same graph.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vnkg::export::select;
use vnkg::graph::nodelink;

fuzz_target!(|data: &[u8]| {
    let Some(fg) = vnkg_fuzz::FuzzGraph::from_bytes(data) else {
        return;
    };
    let kg = fg.graph();
    let opts = fg.options(&kg);
    let Ok(sel) = select(&kg, &opts) else { return };
    let text = nodelink::to_string(&sel.graph);
    serde_json::from_str::<serde_json::Value>(&text).expect("valid JSON");
    let back = nodelink::from_str(&text).expect("reads back");
    assert_eq!(back.graph.node_count(), sel.graph.graph.node_count());
    assert_eq!(back.graph.edge_count(), sel.graph.graph.edge_count());
    assert_eq!(nodelink::to_string(&back), text, "round trip");
});
