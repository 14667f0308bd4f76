//! vnkg: a knowledge graph of officials, bodies, resolutions and meetings,
//! read from Vietnamese local-government news.
//!
//! The pipeline is `input` (files to decoded text) -> `article` (structure
//! of one article) -> `extract` (facts of one article) -> `graph::merge`
//! (one graph, one node per real entity) -> `graph::nodelink` and `export`
//! (files). `eval` scores a graph against gold annotations.

#![warn(missing_docs)]

pub mod article;
pub mod date;
pub mod eval;
pub mod facts;
pub mod gazetteer;
pub mod input;
pub mod lexicon;
pub mod text;
