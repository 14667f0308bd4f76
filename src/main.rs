//! The `vnkg` command: a thin layer that parses arguments, dispatches to one
//! function per mode and maps errors to exit codes in one place.

use clap::{Parser, Subcommand};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use vnkg::graph::nodelink;
use vnkg::input::InputFormat;
use vnkg::pipeline::{self, Batch};

/// Exit codes (documented in the README).
mod exit {
    /// Every input was built.
    pub const OK: u8 = 0;
    /// Some inputs were skipped; the rest was built.
    pub const PARTIAL: u8 = 1;
    /// Nothing was built, or a usage error.
    pub const FAILED: u8 = 2;
}

#[derive(Parser)]
#[command(
    name = "vnkg",
    version,
    about = "Knowledge graph of Vietnamese local-government news"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Build the graph from articles (files, directories, "-" for stdin;
    /// the bundled articles when none is given).
    Build {
        /// Articles: files, directories (recursively, *.txt, *.html, *.htm,
        /// *.jsonl, *.ndjson) or "-".
        paths: Vec<PathBuf>,
        /// Output graph file.
        #[arg(short, long, default_value = "out/graph.json")]
        output: PathBuf,
        /// Input format: auto (by extension and content), text, html or
        /// jsonl (one article per line).
        #[arg(long, default_value = "auto")]
        format: InputFormat,
    },
    /// Build the graph and score it against gold annotations.
    Eval {
        /// Directory of gold JSON files.
        #[arg(long)]
        gold: PathBuf,
        /// Articles (the bundled ones when none is given).
        paths: Vec<PathBuf>,
        /// List every missing and extra fact.
        #[arg(long)]
        verbose: bool,
        /// Print the figures as JSON.
        #[arg(long)]
        json: bool,
        /// Exit 1 when the overall F1 is below this.
        #[arg(long)]
        min_f1: Option<f64>,
    },
}

/// Report skipped inputs on stderr and pick the exit code of a batch.
fn report(batch: &Batch) -> u8 {
    for e in &batch.errors {
        eprintln!("vnkg: skipped {e}");
    }
    if batch.facts.is_empty() {
        eprintln!("vnkg: no article was built");
        exit::FAILED
    } else if batch.errors.is_empty() {
        exit::OK
    } else {
        exit::PARTIAL
    }
}

fn read_batch(paths: &[PathBuf], format: InputFormat) -> Batch {
    if paths.is_empty() {
        pipeline::extract_bundled()
    } else {
        pipeline::extract_paths_as(paths, format)
    }
}

/// Entry point of `vnkg build`.
fn run_build(paths: &[PathBuf], output: &Path, format: InputFormat) -> Result<u8, String> {
    let batch = read_batch(paths, format);
    let code = report(&batch);
    if batch.facts.is_empty() {
        return Ok(code);
    }
    let kg = pipeline::build_graph(&batch);
    let text = nodelink::to_string(&kg);
    pipeline::write_atomic(output, text.as_bytes())
        .map_err(|e| format!("{}: cannot write: {e}", output.display()))?;
    let counts = kg.counts();
    let summary: Vec<String> = counts
        .iter()
        .map(|(t, n)| format!("{n} {}", t.as_str()))
        .collect();
    eprintln!(
        "vnkg: {} articles -> {} ({})",
        batch.facts.len(),
        output.display(),
        summary.join(", ")
    );
    Ok(code)
}

/// Entry point of `vnkg eval`.
fn run_eval(
    gold: &Path,
    paths: &[PathBuf],
    verbose: bool,
    json: bool,
    min_f1: Option<f64>,
) -> Result<u8, String> {
    let golds = vnkg::eval::load_gold_dir(gold)?;
    let batch = read_batch(paths, InputFormat::Auto);
    let code = report(&batch);
    if batch.facts.is_empty() {
        return Ok(code);
    }
    let kg = pipeline::build_graph(&batch);
    let report = vnkg::eval::score(&golds, &nodelink::to_value(&kg));
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(&report.to_json()).unwrap_or_default()
        );
    } else {
        print!("{}", report.render(verbose));
    }
    if min_f1.is_some_and(|m| report.overall.micro_f1() < m) {
        return Ok(exit::PARTIAL);
    }
    Ok(code)
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() {
                exit::FAILED
            } else {
                exit::OK
            });
        }
    };
    let result = match cli.command.unwrap_or(Command::Build {
        paths: Vec::new(),
        output: PathBuf::from("out/graph.json"),
        format: InputFormat::Auto,
    }) {
        Command::Build {
            paths,
            output,
            format,
        } => run_build(&paths, &output, format),
        Command::Eval {
            gold,
            paths,
            verbose,
            json,
            min_f1,
        } => run_eval(&gold, &paths, verbose, json, min_f1),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(msg) => {
            eprintln!("vnkg: {msg}");
            ExitCode::from(exit::FAILED)
        }
    }
}
