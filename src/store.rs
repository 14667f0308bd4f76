//! The facts store: per-article facts as JSON Lines, the map-step output of
//! `vnkg extract` and the file kept beside every graph
//! (`out/graph.json` -> `out/graph.facts.jsonl`), from which incremental
//! builds re-merge. A graph is always the merge of its facts, so adding,
//! replacing or removing articles gives the same bytes as a fresh build.

use crate::facts::ArticleFacts;
use crate::graph::merge::FactsSource;
use crate::pipeline::HeldFacts;
use serde_json::{json, Value};
use std::path::{Path, PathBuf};

/// Format name of the first line of a facts file.
pub const FORMAT: &str = "vnkg-facts";
/// The newest facts format version this build reads and writes.
pub const VERSION: u64 = 1;

/// The facts file kept beside a graph file.
pub fn facts_path(graph: &Path) -> PathBuf {
    beside(graph, "facts.jsonl")
}

/// A file kept beside a graph: `out/graph.json` -> `out/graph.<ext>`.
pub fn beside(graph: &Path, ext: &str) -> PathBuf {
    let stem = graph
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "graph".into());
    graph.with_file_name(format!("{stem}.{ext}"))
}

/// Write facts as JSON Lines (header, then one article per line, in id order).
pub fn write_jsonl<W: std::io::Write>(facts: &[ArticleFacts], w: W) -> std::io::Result<()> {
    write_jsonl_from(&facts, w)
}

/// [`write_jsonl`] from any source of facts (packed ones are unpacked one
/// article at a time). Articles are serialized in parallel, a window at a
/// time, and written in id order.
pub fn write_jsonl_from<S: FactsSource + Sync, W: std::io::Write>(
    facts: &S,
    mut w: W,
) -> std::io::Result<()> {
    use rayon::prelude::*;
    let sorted = crate::graph::merge::id_order(facts);
    writeln!(w, "{}", json!({"format": FORMAT, "version": VERSION}))?;
    // A window holds a few megabytes of JSON, whatever the corpus size.
    for window in sorted.chunks(1024) {
        let parts: Vec<Vec<u8>> = window
            .par_chunks(64)
            .map(|chunk| {
                let mut out = Vec::with_capacity(chunk.len() * 16 * 1024);
                for &a in chunk {
                    serde_json::to_writer(&mut out, &*facts.get(a))
                        .map_err(std::io::Error::from)?;
                    out.push(b'\n');
                }
                Ok(out)
            })
            .collect::<std::io::Result<_>>()?;
        for p in parts {
            w.write_all(&p)?;
        }
    }
    Ok(())
}

/// Facts as JSON Lines: a header line, then one article per line, in id order.
pub fn to_jsonl(facts: &[ArticleFacts]) -> String {
    let mut out = Vec::new();
    // Writing to memory does not fail, and serde_json writes UTF-8.
    let _ = write_jsonl(facts, &mut out);
    String::from_utf8(out).unwrap_or_default()
}

/// Read facts JSON Lines. Errors name the line; `name` is the file for messages.
pub fn from_jsonl(name: &str, text: &str) -> Result<Vec<ArticleFacts>, String> {
    let mut out = Vec::new();
    from_jsonl_each(name, text, |f| out.push(f))?;
    Ok(out)
}

/// Read facts JSON Lines, handing each article's facts to `each` as it is
/// read (so that a caller can pack them at once).
pub fn from_jsonl_each(
    name: &str,
    text: &str,
    mut each: impl FnMut(ArticleFacts),
) -> Result<(), String> {
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        // The common case in one step; headers and faulty lines go through
        // a JSON value, which the messages below need.
        if !line.contains("\"format\"") {
            if let Ok(f) = serde_json::from_str::<ArticleFacts>(line) {
                check_indices(name, n, &f)?;
                each(f);
                continue;
            }
        }
        let v: Value = serde_json::from_str(line).map_err(|e| {
            if e.classify() == serde_json::error::Category::Eof {
                format!(
                    "{name}:{}: the line is cut short (truncated file?): {e}",
                    n + 1
                )
            } else {
                format!("{name}:{}: not valid JSON: {e}", n + 1)
            }
        })?;
        if let Some(f) = v.get("format").and_then(Value::as_str) {
            if f != FORMAT {
                return Err(format!(
                    "{name}:{}: not a vnkg facts file (format {f:?})",
                    n + 1
                ));
            }
            let ver = match v.get("version") {
                None => VERSION,
                Some(x) => x.as_u64().ok_or_else(|| {
                    format!("{name}:{}: \"version\" is {x}, not a version number", n + 1)
                })?,
            };
            if ver > VERSION {
                return Err(format!(
                    "{name}: facts format version {ver} is newer than this vnkg reads ({VERSION}); upgrade vnkg"
                ));
            }
            continue;
        }
        let f: ArticleFacts = serde_json::from_value(v)
            .map_err(|e| format!("{name}:{}: not an article's facts: {e}", n + 1))?;
        check_indices(name, n, &f)?;
        each(f);
    }
    Ok(())
}

fn check_indices(name: &str, n: usize, f: &ArticleFacts) -> Result<(), String> {
    let bad = f
        .relations
        .iter()
        .any(|r| r.from >= f.entities.len() || r.to >= f.entities.len());
    if bad {
        return Err(format!(
            "{name}:{}: a relation refers to a missing entity",
            n + 1
        ));
    }
    Ok(())
}

/// Read a facts file.
pub fn read(path: &Path) -> Result<Vec<ArticleFacts>, String> {
    read_as(path)
}

/// Read a facts file, holding each article's facts as `F` (packed facts
/// take a quarter of the memory).
pub fn read_as<F: HeldFacts>(path: &Path) -> Result<Vec<F>, String> {
    read_each(path, |_| ())
}

/// [`read_as`], showing each article's facts to `look` before they are held.
pub fn read_each<F: HeldFacts>(
    path: &Path,
    mut look: impl FnMut(&ArticleFacts),
) -> Result<Vec<F>, String> {
    let text = crate::graph::nodelink::read_text(path)?;
    let mut out = Vec::new();
    from_jsonl_each(&path.display().to_string(), &text, |f| {
        look(&f);
        out.push(F::hold(f));
    })?;
    Ok(out)
}
