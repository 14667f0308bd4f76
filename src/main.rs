//! The `vnkg` command: a thin layer that parses arguments, dispatches to one
//! function per mode and maps errors to exit codes in one place.

use clap::{Parser, Subcommand};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use vnkg::graph::merge::Overrides;
use vnkg::graph::nodelink;
use vnkg::input::InputFormat;
use vnkg::packed::PackedFacts;
use vnkg::pipeline::{self, Batch, RunOptions};

/// Exit codes (documented in the README).
/// mimalloc instead of the system allocator: a build allocates and frees
/// millions of small strings across threads, and glibc's consolidation of
/// a fragmented gigabyte heap made the merge of 100,000 articles
/// superlinear.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
    Build(BuildArgs),
    /// Extract each article's facts to JSON Lines (the map step).
    Extract {
        /// Articles: files, directories (recursively: *.txt, *.html, *.htm,
        /// *.jsonl, *.ndjson) or "-".
        paths: Vec<PathBuf>,
        /// Input format: auto (by extension and content), text, html or
        /// jsonl (one article per line).
        #[arg(long, default_value = "auto")]
        format: InputFormat,
        /// Output facts file.
        #[arg(short, long, default_value = "out/facts.jsonl")]
        output: PathBuf,
        /// Worker threads (default: all cores).
        #[arg(short, long)]
        jobs: Option<usize>,
        /// No progress bar.
        #[arg(short, long)]
        quiet: bool,
        /// Skip articles larger than this many megabytes (default 16; a
        /// JSON Lines corpus may be larger, each of its lines may not).
        #[arg(long, value_name = "MB")]
        max_article_mb: Option<f64>,
    },
    /// Merge facts files into a graph (the reduce step).
    Merge {
        /// Facts files written by `vnkg extract`.
        #[arg(required = true)]
        facts: Vec<PathBuf>,
        /// Output graph file.
        #[arg(short, long, default_value = "out/graph.json")]
        output: PathBuf,
        /// User overrides (see data/overrides.example.tsv).
        #[arg(long)]
        overrides: Option<PathBuf>,
    },
    /// Remove articles from a graph.
    Remove {
        /// Article ids to remove.
        #[arg(required = true)]
        ids: Vec<String>,
        /// The graph.
        #[arg(long, default_value = "out/graph.json")]
        graph: PathBuf,
        /// User overrides (see data/overrides.example.tsv).
        #[arg(long)]
        overrides: Option<PathBuf>,
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
    /// Write the graph as DOT, SVG, PNG, JSON, JSON-LD, N-Triples, GraphML
    /// or neo4j import files.
    Export(vnkg::cli::export::ExportArgs),
    /// Ask a built graph: chairs, person, holders, resolution, meetings,
    /// path, show.
    Query(vnkg::cli::query::QueryArgs),
}

#[derive(clap::Args, Default)]
struct BuildArgs {
    /// Articles: files, directories (recursively: *.txt, *.html, *.htm,
    /// *.jsonl, *.ndjson) or "-".
    paths: Vec<PathBuf>,
    /// Input format: auto (by extension and content), text, html or jsonl
    /// (one article per line).
    #[arg(long, default_value = "auto")]
    format: InputFormat,
    /// Output graph file (default out/graph.json, or the --into graph).
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Merge the articles into this existing graph (created if missing).
    #[arg(long)]
    into: Option<PathBuf>,
    /// Write what was merged and what was kept apart to this file (JSON).
    #[arg(long)]
    merge_report: Option<PathBuf>,
    /// User overrides (see data/overrides.example.tsv).
    #[arg(long)]
    overrides: Option<PathBuf>,
    /// Worker threads (default: all cores).
    #[arg(short, long)]
    jobs: Option<usize>,
    /// No progress bar.
    #[arg(short, long)]
    quiet: bool,
    /// Skip articles larger than this many megabytes (default 16; a JSON
    /// Lines corpus may be larger, each of its lines may not).
    #[arg(long, value_name = "MB")]
    max_article_mb: Option<f64>,
    /// Also write these formats beside the graph (dot, svg, png, jsonld,
    /// ntriples, graphml, neo4j). Default for the bundled articles:
    /// dot, jsonld, and svg when graphviz is installed.
    #[arg(long, value_delimiter = ',')]
    export: Option<Vec<String>>,
}

/// True when graphviz's `dot` runs.
fn have_dot() -> bool {
    std::process::Command::new("dot")
        .arg("-V")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// Write the extra formats of `vnkg build` beside the graph file.
fn export_beside(
    kg: &vnkg::graph::KnowledgeGraph,
    output: &Path,
    formats: &[String],
    defaulted: bool,
) -> Result<(), String> {
    use vnkg::export::{export, ExportOptions, Format};
    // "--export ''" asks for nothing beside the graph.
    for name in formats.iter().filter(|n| !n.trim().is_empty()) {
        let format: Format = name.parse()?;
        if defaulted && matches!(format, Format::Svg) && !have_dot() {
            eprintln!(
                "vnkg: graphviz's `dot` is not installed, so no picture was drawn \
                 (optional: apt-get install graphviz / brew install graphviz)"
            );
            continue;
        }
        let path = match format {
            Format::Neo4j => output.with_extension("neo4j"),
            f => output.with_extension(f.extension()),
        };
        export(kg, format, &ExportOptions::default(), Some(&path))?;
        eprintln!("vnkg: wrote {}", path.display());
    }
    Ok(())
}

/// Report skipped inputs on stderr and pick the exit code of a batch.
fn report(batch: &Batch<PackedFacts>) -> u8 {
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

/// Read and extract a batch; the facts are packed as they come (a quarter
/// of the memory of the structs), for a batch of 100,000 articles is held
/// whole until the merge.
fn read_batch(
    paths: &[PathBuf],
    quiet: bool,
    format: InputFormat,
    max_bytes: u64,
) -> Batch<PackedFacts> {
    if paths.is_empty() {
        pipeline::extract_bundled_as()
    } else {
        pipeline::extract_paths_as(
            paths,
            RunOptions {
                progress: !quiet,
                format,
                max_article_bytes: max_bytes,
            },
        )
    }
}

/// The article size limit in bytes: `--max-article-mb`, a positive
/// number of megabytes (10^6 bytes), or the default.
fn max_article_bytes(mb: Option<f64>) -> Result<u64, String> {
    match mb {
        None => Ok(vnkg::input::DEFAULT_MAX_ARTICLE_BYTES),
        Some(mb) if mb.is_finite() && mb > 0.0 => Ok((mb * 1e6).round().max(1.0) as u64),
        Some(mb) => Err(format!(
            "--max-article-mb {mb}: give a positive number of megabytes"
        )),
    }
}

fn set_jobs(jobs: Option<usize>) -> Result<(), String> {
    if let Some(n) = jobs {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global()
            .map_err(|e| format!("cannot start {n} threads: {e}"))?;
    }
    Ok(())
}

fn load_overrides(path: &Option<PathBuf>) -> Result<Overrides, String> {
    match path {
        Some(p) => Overrides::load(p),
        None => Ok(Overrides::default()),
    }
}

fn summary(kg: &vnkg::graph::KnowledgeGraph, articles: usize, output: &Path) {
    let counts = kg.counts();
    let parts: Vec<String> = counts
        .iter()
        .map(|(t, n)| format!("{n} {}", t.as_str()))
        .collect();
    eprintln!(
        "vnkg: {articles} articles -> {} ({})",
        output.display(),
        parts.join(", ")
    );
}

/// Entry point of `vnkg build`.
fn run_build(args: &BuildArgs) -> Result<u8, String> {
    let max_bytes = max_article_bytes(args.max_article_mb)?;
    set_jobs(args.jobs)?;
    let overrides = load_overrides(&args.overrides)?;
    let output = args
        .output
        .clone()
        .or_else(|| args.into.clone())
        .unwrap_or_else(|| PathBuf::from("out/graph.json"));
    // Held from reading the old facts to writing the new graph; the --into
    // graph too when the output is another file, so it is read whole.
    let _locks = match &args.into {
        Some(into) => pipeline::lock_graphs(&output, into)?,
        None => vec![pipeline::lock_graph(&output)?],
    };
    let base = match &args.into {
        Some(g) => pipeline::load_graph_facts_as(g)?,
        None => Vec::new(),
    };
    let batch = read_batch(&args.paths, args.quiet, args.format, max_bytes);
    let code = report(&batch);
    if batch.facts.is_empty() {
        return Ok(code);
    }
    let facts = pipeline::combine(base, batch.facts);
    let articles = facts.len();
    let (kg, merge_report) = pipeline::write_graph(&output, facts, &overrides)?;
    if let Some(path) = &args.merge_report {
        let text = serde_json::to_string_pretty(&merge_report).unwrap_or_default() + "\n";
        pipeline::write_atomic(path, text.as_bytes())
            .map_err(|e| format!("{}: cannot write: {e}", path.display()))?;
    }
    for line in &merge_report.overrides {
        eprintln!("vnkg: override {line}");
    }
    summary(&kg, articles, &output);
    let defaulted = args.export.is_none() && args.paths.is_empty() && args.into.is_none();
    let formats = match &args.export {
        Some(f) => f.clone(),
        None if defaulted => vec!["dot".into(), "jsonld".into(), "svg".into()],
        None => Vec::new(),
    };
    export_beside(&kg, &output, &formats, defaulted)?;
    Ok(code)
}

/// Entry point of `vnkg extract`.
fn run_extract(
    paths: &[PathBuf],
    format: InputFormat,
    output: &Path,
    jobs: Option<usize>,
    quiet: bool,
    max_mb: Option<f64>,
) -> Result<u8, String> {
    let max_bytes = max_article_bytes(max_mb)?;
    set_jobs(jobs)?;
    let batch = read_batch(paths, quiet, format, max_bytes);
    let code = report(&batch);
    if batch.facts.is_empty() {
        return Ok(code);
    }
    // Streamed: the JSON of 100,000 articles' facts is 1.5 GB, which a
    // string built first would add to the facts in memory.
    if output == Path::new("-") {
        use std::io::Write;
        let mut out = std::io::BufWriter::new(std::io::stdout().lock());
        match vnkg::store::write_jsonl_from(&batch.facts, &mut out).and_then(|()| out.flush()) {
            // A reader that stopped early (`| head`) is not an error.
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => return Ok(code),
            r => r.map_err(|e| format!("cannot write to stdout: {e}"))?,
        }
    } else {
        pipeline::write_atomic_with(output, |w| vnkg::store::write_jsonl_from(&batch.facts, w))
            .map_err(|e| format!("{}: cannot write: {e}", output.display()))?;
    }
    eprintln!(
        "vnkg: {} articles -> {}",
        batch.facts.len(),
        output.display()
    );
    Ok(code)
}

/// Entry point of `vnkg merge`.
fn run_merge(files: &[PathBuf], output: &Path, overrides: &Option<PathBuf>) -> Result<u8, String> {
    let overrides = load_overrides(overrides)?;
    // A bad facts file is skipped like a bad article: named, and the exit
    // code says the graph lacks it.
    let mut all = Vec::new();
    let mut skipped = 0;
    for f in files {
        match vnkg::store::read_as::<PackedFacts>(f) {
            Ok(facts) => all.extend(facts),
            Err(e) => {
                eprintln!("vnkg: skipped {e}");
                skipped += 1;
            }
        }
    }
    if skipped == files.len() {
        eprintln!("vnkg: no facts file was read; nothing was built");
        return Ok(exit::FAILED);
    }
    let facts = pipeline::combine(Vec::new(), all);
    let articles = facts.len();
    let _lock = pipeline::lock_graph(output)?;
    let (kg, _) = pipeline::write_graph(output, facts, &overrides)?;
    summary(&kg, articles, output);
    Ok(if skipped == 0 {
        exit::OK
    } else {
        exit::PARTIAL
    })
}

/// Entry point of `vnkg remove`.
fn run_remove(ids: &[String], graph: &Path, overrides: &Option<PathBuf>) -> Result<u8, String> {
    let overrides = load_overrides(overrides)?;
    if !graph.exists() {
        return Err(format!("{}: no such graph", graph.display()));
    }
    let _lock = pipeline::lock_graph(graph)?;
    let facts: Vec<PackedFacts> = pipeline::load_graph_facts_as(graph)?;
    let missing: Vec<&String> = ids
        .iter()
        .filter(|id| !facts.iter().any(|f| f.id() == id.as_str()))
        .collect();
    for id in &missing {
        eprintln!("vnkg: {}: no article {id} in the graph", graph.display());
    }
    let kept: Vec<_> = facts
        .into_iter()
        .filter(|f| !ids.iter().any(|id| id == f.id()))
        .collect();
    let articles = kept.len();
    let (kg, _) = pipeline::write_graph(graph, kept, &overrides)?;
    summary(&kg, articles, graph);
    Ok(if missing.is_empty() {
        exit::OK
    } else {
        exit::PARTIAL
    })
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
    let batch = read_batch(
        paths,
        true,
        InputFormat::Auto,
        vnkg::input::DEFAULT_MAX_ARTICLE_BYTES,
    );
    let code = report(&batch);
    if batch.facts.is_empty() {
        return Ok(code);
    }
    let kg = vnkg::graph::merge::merge_from(batch.facts, &Default::default()).0;
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
    let result = match cli.command.unwrap_or(Command::Build(BuildArgs::default())) {
        Command::Build(args) => run_build(&args),
        Command::Extract {
            paths,
            format,
            output,
            jobs,
            quiet,
            max_article_mb,
        } => run_extract(&paths, format, &output, jobs, quiet, max_article_mb),
        Command::Merge {
            facts,
            output,
            overrides,
        } => run_merge(&facts, &output, &overrides),
        Command::Remove {
            ids,
            graph,
            overrides,
        } => run_remove(&ids, &graph, &overrides),
        Command::Eval {
            gold,
            paths,
            verbose,
            json,
            min_f1,
        } => run_eval(&gold, &paths, verbose, json, min_f1),
        Command::Export(args) => vnkg::cli::export::run(&args),
        Command::Query(args) => vnkg::cli::query::run(&args),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(msg) => {
            eprintln!("vnkg: {msg}");
            ExitCode::from(exit::FAILED)
        }
    }
}
