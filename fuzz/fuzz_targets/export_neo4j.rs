//! The neo4j writer on arbitrary graphs: every CSV file parses (RFC 4180),
//! each row has the header's number of fields, each node file has a row
//! per node of its type, property columns are plain identifiers, and the
//! Cypher script names only files that are written.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vnkg::export::neo4j;

fuzz_target!(|data: &[u8]| {
    vnkg_fuzz::with_selection(data, |g, _| {
        let files = neo4j::files(g);
        let mut rows_total = 0;
        for (name, text) in &files {
            if name == "import.cypher" {
                for line in text.lines().filter(|l| l.starts_with("LOAD CSV")) {
                    let file = line
                        .split("file:///")
                        .nth(1)
                        .and_then(|r| r.split('\'').next());
                    let file = file.expect("LOAD CSV names a file");
                    assert!(files.iter().any(|(n, _)| n == file), "{file} not written");
                }
                continue;
            }
            let rows = match vnkg_fuzz::parse_csv(text) {
                Ok(r) => r,
                Err(e) => panic!("{name}: {e}\n{text}"),
            };
            let header = &rows[0];
            for h in header {
                let col = h.split(':').next().unwrap_or("");
                assert!(
                    col.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'),
                    "{name}: column {h:?}"
                );
            }
            for r in &rows[1..] {
                assert_eq!(r.len(), header.len(), "{name}: {r:?}");
            }
            if name.starts_with("nodes_") {
                rows_total += rows.len() - 1;
            }
        }
        assert_eq!(rows_total, g.graph.node_count());
    });
});
