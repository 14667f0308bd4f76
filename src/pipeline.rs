//! Batch processing: inputs to facts to graph, with per-input errors that
//! never stop the batch, and atomic output files.

use crate::article::parse_article;
use crate::facts::ArticleFacts;
use crate::graph::{merge::merge, KnowledgeGraph};
use crate::input::{discover, parse_raw, read_articles, InputError, InputFormat};
use std::io::Write;
use std::path::{Path, PathBuf};

/// The outcome of reading and extracting a batch of inputs.
#[derive(Debug, Default)]
pub struct Batch {
    /// Facts of every article read, in id order.
    pub facts: Vec<ArticleFacts>,
    /// Inputs that were skipped, with the reason.
    pub errors: Vec<InputError>,
}

/// Extract one article from its id and text.
pub fn extract_text(id: &str, text: &str) -> Result<ArticleFacts, String> {
    let article = parse_article(id, text).map_err(|e| e.to_string())?;
    Ok(crate::extract::extract(&article))
}

/// Read every input (files, directories, "-") and extract each article,
/// each input's format told by extension and content.
pub fn extract_paths(paths: &[PathBuf]) -> Batch {
    extract_paths_as(paths, InputFormat::Auto)
}

/// Read every input in `format` (text, HTML, JSON Lines, or `Auto`) and
/// extract each article with its metadata.
pub fn extract_paths_as(paths: &[PathBuf], format: InputFormat) -> Batch {
    let (sources, mut errors) = discover(paths);
    let mut facts = Vec::new();
    for src in &sources {
        let (raws, read_errors) = read_articles(src, format);
        errors.extend(read_errors);
        for raw in &raws {
            match parse_raw(raw) {
                Ok(article) => facts.push(crate::extract::extract(&article)),
                Err(e) => errors.push(InputError::new(raw.origin.clone(), e.to_string())),
            }
        }
    }
    finish(facts, errors)
}

/// Extract the articles bundled with vnkg (`data/articles/`).
pub fn extract_bundled() -> Batch {
    let mut facts = Vec::new();
    let mut errors = Vec::new();
    for (name, text) in crate::bundled::BUNDLED {
        let id = name.trim_end_matches(".txt");
        match extract_text(id, text) {
            Ok(f) => facts.push(f),
            Err(e) => errors.push(InputError::new(format!("data/articles/{name}"), e)),
        }
    }
    finish(facts, errors)
}

fn finish(mut facts: Vec<ArticleFacts>, mut errors: Vec<InputError>) -> Batch {
    facts.sort_by(|a, b| a.article.id.cmp(&b.article.id));
    // Two files with one id would silently replace each other's facts.
    let mut k = 1;
    while k < facts.len() {
        if facts[k].article.id == facts[k - 1].article.id {
            let id = facts[k].article.id.clone();
            errors.push(InputError::new(
                id.clone(),
                "another input has the same article id (file name); kept the first".to_string(),
            ));
            facts.remove(k);
        } else {
            k += 1;
        }
    }
    Batch { facts, errors }
}

/// Merge a batch into a graph.
pub fn build_graph(batch: &Batch) -> KnowledgeGraph {
    merge(&batch.facts)
}

/// Write `contents` to `path` atomically: a temporary file in the same
/// directory, then a rename, so a killed run never leaves half a file.
pub fn write_atomic(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "out".into());
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(contents)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}
