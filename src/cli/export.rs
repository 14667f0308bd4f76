//! `vnkg export FORMAT`: load a node-link graph, select part of it and
//! write it in another format.

use crate::date::Date;
use crate::export::{self, ExportOptions, Format};
use std::path::PathBuf;

/// Arguments of `vnkg export`.
#[derive(Debug, Clone, clap::Args)]
pub struct ExportArgs {
    /// Format: dot, svg, png, json, jsonld, ntriples, graphml, neo4j.
    pub format: Format,
    /// The graph to export (node-link JSON written by `vnkg build`).
    #[arg(long, default_value = "out/graph.json")]
    pub graph: PathBuf,
    /// Output file (a directory for neo4j); stdout when omitted.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// Only the neighbourhood of this node (id or exact name).
    #[arg(long)]
    pub focus: Option<String>,
    /// Radius of the --focus neighbourhood, in edges.
    #[arg(long, default_value_t = 1)]
    pub depth: usize,
    /// Only these node types, comma-separated (person,meeting,...).
    #[arg(long)]
    pub types: Option<String>,
    /// Only what concerns this district (id, slug or name).
    #[arg(long)]
    pub district: Option<String>,
    /// Only meetings on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long)]
    pub from: Option<String>,
    /// Only meetings on or before this date.
    #[arg(long)]
    pub to: Option<String>,
    /// At most this many nodes (the closest to --focus, then the best connected).
    #[arg(long)]
    pub max_nodes: Option<usize>,
    /// Base of the IRIs in jsonld and ntriples.
    #[arg(long = "base", default_value = export::DEFAULT_BASE)]
    pub base: String,
}

impl ExportArgs {
    /// The export options these arguments ask for.
    pub fn options(&self) -> Result<ExportOptions, String> {
        let date = |flag: &str, v: &Option<String>| -> Result<Option<Date>, String> {
            v.as_deref()
                .map(|s| s.parse::<Date>().map_err(|e| format!("--{flag}: {e}")))
                .transpose()
        };
        Ok(ExportOptions {
            focus: self.focus.clone(),
            depth: self.depth,
            types: self.types.as_deref().map(export::parse_types).transpose()?,
            district: self.district.clone(),
            from: date("from", &self.from)?,
            to: date("to", &self.to)?,
            max_nodes: self.max_nodes,
            base_iri: self.base.clone(),
        })
    }
}

/// Entry point of `vnkg export`: 0 on success; errors name the file.
pub fn run(args: &ExportArgs) -> Result<u8, String> {
    let opts = args.options()?;
    let path = &args.graph;
    let kg = crate::graph::cache::load(path)?;
    let report = export::export(&kg, args.format, &opts, args.output.as_deref())?;
    for n in &report.notes {
        eprintln!("vnkg: note: {n}");
    }
    let target = match (report.written.as_slice(), &args.output) {
        ([], _) => None,
        ([one], _) => Some(one.display().to_string()),
        (many, Some(dir)) => Some(format!("{} ({} files)", dir.display(), many.len())),
        (_, None) => None,
    };
    if let Some(t) = target {
        eprintln!(
            "vnkg: {} nodes, {} edges -> {t}",
            report.nodes, report.edges
        );
    }
    Ok(0)
}
