//! ntriples (work in progress).

use super::ExportOptions;
use crate::graph::KnowledgeGraph;

/// The graph as ntriples text.
pub fn write(_kg: &KnowledgeGraph, _opts: &ExportOptions) -> Result<String, String> {
    Err("ntriples is not implemented yet".into())
}
