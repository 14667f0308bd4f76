//! The lexicons in `data/lexicon` are phrase sets where the first row of a
//! surface wins: a surface written twice in one file leaves the second row
//! silently unused. Each file must list each surface once.

use std::collections::HashMap;
use std::fs;
use std::path::Path;

use unicode_normalization::UnicodeNormalization;

fn surface_key(s: &str) -> String {
    s.trim().nfc().collect::<String>().to_lowercase()
}

/// (file, surface, first line, repeated line) for each repeated surface.
fn repeated_surfaces() -> Vec<(String, String, usize, usize)> {
    let mut out = Vec::new();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/lexicon");
    let mut files: Vec<_> = fs::read_dir(&dir)
        .expect("data/lexicon is readable")
        .map(|e| e.expect("directory entry").path())
        .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("tsv" | "txt")))
        .collect();
    files.sort();
    for path in files {
        let tsv = path.extension().is_some_and(|e| e == "tsv");
        let text = fs::read_to_string(&path).expect("lexicon file is UTF-8");
        let mut seen: HashMap<String, usize> = HashMap::new();
        for (n, line) in text.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            // A tsv row's first column lists its surfaces, "|"-separated;
            // a txt row is one entry.
            let surfaces: Vec<&str> = if tsv {
                line.split('\t').next().unwrap_or("").split('|').collect()
            } else {
                vec![line]
            };
            for s in surfaces {
                let key = surface_key(s);
                if let Some(&first) = seen.get(&key) {
                    let file = path.file_name().unwrap().to_string_lossy().into_owned();
                    out.push((file, key, first, n + 1));
                } else {
                    seen.insert(key, n + 1);
                }
            }
        }
    }
    out
}

#[test]
fn every_lexicon_surface_is_listed_once_per_file() {
    let repeated = repeated_surfaces();
    assert!(
        repeated.is_empty(),
        "surfaces listed twice (the later row is never used): {repeated:?}"
    );
}
