//! The RDF mapping (work in progress).
