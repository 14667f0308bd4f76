//! Regression tests for what the fuzz targets (`fuzz/`) found, one per
//! finding, on the minimised input. The README's "Fuzzing" section lists
//! them with the target that found each.

use vnkg::graph::nodelink;

/// export_json: a float attribute did not read back to the same bytes
/// (serde_json's fast float parsing is off by one unit in the last place
/// for some values), so a graph with one changed on every load and save.
#[test]
fn float_attributes_read_back_exactly() {
    let text = r#"{"format": "vnkg-graph", "version": 1, "articles": [],
        "nodes": [{"id": "committee:a", "type": "committee", "name": "A", "sources": [],
                   "weight": 1.947700395895162e-169, "share": -1.490143767845386e+129}],
        "edges": []}"#;
    let once = nodelink::to_string(&nodelink::from_str(text).unwrap());
    assert!(once.contains("1.947700395895162e-169"), "{once}");
    assert!(once.contains("-1.490143767845386e+129"), "{once}");
    let twice = nodelink::to_string(&nodelink::from_str(&once).unwrap());
    assert_eq!(once, twice);
}
