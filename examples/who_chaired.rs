//! Who chaired which meeting, newest first, on the bundled articles:
//! the library API without the CLI.
//!
//!     cargo run --example who_chaired [-- DISTRICT]

use vnkg::pipeline;
use vnkg::query::{self, MeetingFilter};

fn main() {
    let kg = pipeline::build_graph(&pipeline::extract_bundled());
    let filter = MeetingFilter {
        district: std::env::args().nth(1),
        ..Default::default()
    };
    let rows = match query::chairs(&kg, &filter) {
        Ok(rows) => rows,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    for m in rows {
        let date = m
            .date
            .map(|d| d.to_string())
            .unwrap_or_else(|| "????".into());
        let place = m.district.map(|d| d.name).unwrap_or_default();
        let chairs: Vec<String> = m.chairs.into_iter().map(|c| c.name).collect();
        println!("{date}  {place}: {}", m.name);
        println!("            chaired by {}", chairs.join(", "));
    }
}
