//! Command-line front ends of the library's modes, one module per
//! subcommand, so that `main.rs` stays a thin dispatcher.

pub mod export;
