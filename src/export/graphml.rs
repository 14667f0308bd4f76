//! graphml (work in progress).

use super::ExportOptions;
use crate::graph::KnowledgeGraph;

/// The graph as graphml text.
pub fn write(_kg: &KnowledgeGraph, _opts: &ExportOptions) -> Result<String, String> {
    Err("graphml is not implemented yet".into())
}
