//! neo4j (work in progress).

use super::ExportOptions;
use crate::graph::KnowledgeGraph;
use std::path::{Path, PathBuf};

/// Write the import files into `dir`.
pub fn write_dir(
    _kg: &KnowledgeGraph,
    _opts: &ExportOptions,
    _dir: &Path,
) -> Result<Vec<PathBuf>, String> {
    Err("neo4j is not implemented yet".into())
}
