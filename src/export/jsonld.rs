//! jsonld (work in progress).

use super::ExportOptions;
use crate::graph::KnowledgeGraph;

/// The graph as jsonld text.
pub fn write(_kg: &KnowledgeGraph, _opts: &ExportOptions) -> Result<String, String> {
    Err("jsonld is not implemented yet".into())
}
