//! The node-link JSON writer (`vnkg export json`) on arbitrary graphs: the
//! output is JSON and reads back to the same graph.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vnkg::graph::nodelink;

fuzz_target!(|data: &[u8]| {
    vnkg_fuzz::with_selection(data, |g, _| {
        let text = nodelink::to_string(g);
        serde_json::from_str::<serde_json::Value>(&text).expect("valid JSON");
        let back = nodelink::from_str(&text).expect("reads back");
        assert_eq!(back.graph.node_count(), g.graph.node_count());
        assert_eq!(back.graph.edge_count(), g.graph.edge_count());
        assert_eq!(nodelink::to_string(&back), text, "round trip");
    });
});
