//! Command-line front ends of the library's modes that are more than a few
//! lines: each submodule parses one command's arguments and renders the
//! library's answers, so that `main.rs` stays a thin dispatcher.

pub mod export;
pub mod query;
