//! Query-cache loading: arbitrary (corrupted, truncated) cache bytes. A
//! cache that decodes is a graph that writes out as node-link JSON that
//! reads back, and encodes to a cache that decodes to the same graph.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vnkg::graph::{cache, nodelink};

fuzz_target!(|data: &[u8]| {
    let Some(kg) = cache::from_bytes(data) else {
        return;
    };
    let json = nodelink::to_string(&kg);
    let back = nodelink::from_str(&json).expect("the graph of a cache is a graph file");
    assert_eq!(nodelink::to_string(&back), json, "graph round trip");
    let again = cache::from_bytes(&cache::to_bytes(&kg)).expect("a written cache reads back");
    assert_eq!(nodelink::to_string(&again), json, "cache round trip");
});
