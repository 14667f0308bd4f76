//! vnkg: a knowledge graph of officials, bodies, resolutions and meetings,
//! read from Vietnamese local-government news.
//!
//! The pipeline is [`input`] (files to decoded text) -> [`article`] (the
//! structure of one article) -> [`extract`] (the facts of one article) ->
//! [`graph::merge`] (one graph, one node per real entity) ->
//! [`graph::nodelink`] (the node-link JSON). [`eval`] scores a graph against
//! gold annotations.

#![warn(missing_docs)]

pub mod article;
mod binary;
pub mod cli;
pub mod date;
pub mod eval;
pub mod export;
pub mod extract;
pub mod facts;
pub mod gazetteer;
pub mod graph;
pub mod html;
pub mod input;
pub mod lexicon;
pub mod packed;
pub mod pipeline;
pub mod portals;
pub mod query;
pub mod store;
pub mod text;

/// The articles shipped in `data/articles/`, embedded at build time.
pub mod bundled {
    include!(concat!(env!("OUT_DIR"), "/bundled.rs"));
}
