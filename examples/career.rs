//! A person's career timeline (every post with the first and last day it
//! was seen) on the bundled articles.
//!
//!     cargo run --example career [-- "tran thi phuong hoa"]

use vnkg::pipeline;
use vnkg::query;

fn main() {
    let name = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "Trần Thị Phương Hoa".into());
    let kg = pipeline::build_graph(&pipeline::extract_bundled());
    let p = match query::person_profile(&kg, &name) {
        Ok(p) => p,
        Err(e) => {
            // Several people match: the error lists them.
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    println!("{}", p.name);
    let show = |d: Option<vnkg::date::Date>| d.map(|d| d.to_string()).unwrap_or_else(|| "?".into());
    for t in &p.titles {
        let former = if t.former { " (former)" } else { "" };
        println!(
            "  {} .. {}  {}{former}",
            show(t.first_seen),
            show(t.last_seen),
            t.title
        );
    }
    for m in p.chaired.iter().chain(&p.attended) {
        let roles: Vec<&str> = m.roles.iter().map(|r| r.as_str()).collect();
        println!("  {}  {} [{}]", show(m.date), m.name, roles.join(", "));
    }
}
