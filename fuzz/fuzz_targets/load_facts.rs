//! Facts loading: arbitrary (often hand-edited or truncated) facts JSON
//! Lines, as kept beside a graph or written by `vnkg extract`. Facts that
//! load merge into a graph that reads back. Text before a line "%%" is a
//! user overrides file applied to the merge.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vnkg::graph::merge::{merge_with, Overrides};
use vnkg::graph::nodelink;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (overrides, text) = match text.split_once("\n%%\n") {
        Some((o, rest)) => match Overrides::parse(o) {
            Ok(o) => (o, rest),
            Err(_) => return,
        },
        None => (Overrides::default(), text),
    };
    let Ok(facts) = vnkg::store::from_jsonl("fuzz.facts.jsonl", text) else {
        return;
    };
    let (kg, report) = merge_with(&facts, &overrides);
    let _ = serde_json::to_string(&report);
    let out = nodelink::to_string(&kg);
    nodelink::from_str(&out).expect("a merged graph reads back");
});
