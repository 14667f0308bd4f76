//! Embeds the bundled articles of `data/articles/` so that `vnkg build`
//! with no path works from any directory.

use std::env;
use std::fs;
use std::path::Path;

fn main() {
    let dir = Path::new("data/articles");
    println!("cargo:rerun-if-changed=data/articles");
    let mut names: Vec<String> = fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".txt"))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    let mut out = String::from(
        "/// The bundled articles: (file name, text).\npub const BUNDLED: &[(&str, &str)] = &[\n",
    );
    for n in &names {
        let path = fs::canonicalize(dir.join(n)).expect("bundled article path");
        out.push_str(&format!(
            "    ({n:?}, include_str!({:?})),\n",
            path.display().to_string()
        ));
    }
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("bundled.rs");
    fs::write(dest, out).expect("write bundled.rs");
}
