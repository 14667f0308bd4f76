//! Command-line front ends that are more than a few lines: each submodule
//! parses one command's arguments and renders library answers.

pub mod query;
