//! Times loading a graph file and answering each question of `vnkg query`
//! on it; run by `scripts/bench_query.sh`.
//!
//!     cargo run --release --example bench_query -- out/graph.json

use std::time::Instant;
use vnkg::query::{self, MeetingFilter};

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: bench_query GRAPH.json");
        std::process::exit(2);
    };
    let path = std::path::Path::new(&path);
    // The load `vnkg query` does: the binary cache a build writes beside the
    // graph; the JSON only when the cache is missing or stale.
    let t = Instant::now();
    let (kg, how) = match vnkg::graph::cache::read_if_fresh(path) {
        Some(kg) => (kg, "cache"),
        None => match vnkg::graph::cache::load(path) {
            Ok(kg) => (kg, "JSON (no fresh cache; one written now)"),
            Err(e) => {
                eprintln!("{e}");
                std::process::exit(2);
            }
        },
    };
    let loaded = t.elapsed();
    // The index every dated question needs, built once per graph: counted
    // in the load, as `vnkg query` pays it once per run.
    query::prepare(&kg);
    println!(
        "load from {how}: {:.3} s (read and decode {:.3} s, index {:.3} s), {} articles, {} nodes, {} edges",
        t.elapsed().as_secs_f64(),
        loaded.as_secs_f64(),
        (t.elapsed() - loaded).as_secs_f64(),
        kg.articles.len(),
        kg.graph.node_count(),
        kg.graph.edge_count()
    );
    // Each question is timed over a few runs; the best run is reported
    // (the first one may pay for page faults of the freshly loaded graph).
    let time = |name: &str, f: &dyn Fn() -> usize| {
        let mut best = f64::MAX;
        let mut n = 0;
        for _ in 0..3 {
            let t = Instant::now();
            n = f();
            best = best.min(t.elapsed().as_secs_f64());
        }
        println!("{name:<44} {:>9.2} ms  ({n} rows)", best * 1000.0);
    };
    time("chairs", &|| {
        query::chairs(&kg, &MeetingFilter::default()).map_or(0, |v| v.len())
    });
    time("chairs --district 'Cầu Giấy'", &|| {
        let f = MeetingFilter {
            district: Some("Cầu Giấy".into()),
            ..Default::default()
        };
        query::chairs(&kg, &f).map_or(0, |v| v.len())
    });
    time("meetings", &|| {
        query::meetings(&kg, &MeetingFilter::default()).map_or(0, |v| v.len())
    });
    time("person 'tran thi phuong hoa'", &|| {
        query::person_profile(&kg, "tran thi phuong hoa").map_or(0, |p| p.titles.len())
    });
    time("holders 'Chủ tịch HĐND quận Cầu Giấy'", &|| {
        query::holders(&kg, "Chủ tịch HĐND quận Cầu Giấy", None).map_or(0, |v| v.len())
    });
    time("holders ... --on 2019-06-01", &|| {
        query::holders(
            &kg,
            "Chủ tịch HĐND quận Cầu Giấy",
            "2019-06-01".parse().ok(),
        )
        .map_or(0, |v| v.len())
    });
    time("resolution 15-NQ/TU", &|| {
        query::resolution(&kg, "15-NQ/TU").map_or(0, |r| r.meetings.len())
    });
    time(
        "path 'Phương Kiến Quốc' 'Trần Thị Phương Hoa'",
        &|| query::path(&kg, "Phương Kiến Quốc", "Trần Thị Phương Hoa").map_or(0, |v| v.len()),
    );
    time("show 15-NQ/TU", &|| {
        query::show(&kg, "15-NQ/TU").map_or(0, |n| n.edges.len())
    });
}
