//! `vnkg query`: the questions of [`crate::query`] on a graph file, as an
//! aligned table (default), JSON or CSV.
//!
//! Exit codes: 0 answered (possibly with no rows), 1 a name matched no node
//! or several (listed on stderr), 2 through `Err` (unreadable graph, bad
//! arguments).

use crate::date::Date;
use crate::facts::EdgeType;
use crate::graph::KnowledgeGraph;
use crate::query::output::{Report, Table};
use crate::query::{self, Ambiguity, MeetingFilter, MeetingRow};
use clap::{Args, Subcommand, ValueEnum};
use serde::Serialize;
use std::path::{Path, PathBuf};

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Aligned columns for people.
    Table,
    /// JSON for scripts.
    Json,
    /// CSV for spreadsheets and scripts.
    Csv,
}

/// Arguments of `vnkg query`.
#[derive(Debug, Args)]
pub struct QueryArgs {
    /// The question.
    #[command(subcommand)]
    pub command: QueryCommand,
    /// The graph to read.
    #[arg(long, global = true, default_value = "out/graph.json")]
    pub graph: PathBuf,
    /// Output format.
    #[arg(long, global = true, value_enum, default_value = "table")]
    pub format: Format,
}

/// Meeting filters shared by `chairs` and `meetings`.
#[derive(Debug, Clone, Default, Args)]
pub struct FilterArgs {
    /// A person (name or id; must match one person).
    #[arg(long)]
    pub person: Option<String>,
    /// District name (all matching districts).
    #[arg(long)]
    pub district: Option<String>,
    /// Organizing body name (all matching bodies, e.g. "quan uy").
    #[arg(long)]
    pub organizer: Option<String>,
    /// Only meetings on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long)]
    pub from: Option<Date>,
    /// Only meetings on or before this date.
    #[arg(long)]
    pub to: Option<Date>,
    /// Only meetings about this document (code or id).
    #[arg(long)]
    pub resolution: Option<String>,
}

impl FilterArgs {
    fn filter(&self) -> MeetingFilter {
        MeetingFilter {
            person: self.person.clone(),
            district: self.district.clone(),
            organizer: self.organizer.clone(),
            from: self.from,
            to: self.to,
            resolution: self.resolution.clone(),
        }
    }
}

/// The questions.
#[derive(Debug, Subcommand)]
pub enum QueryCommand {
    /// Meetings with their chairs, newest first.
    Chairs(FilterArgs),
    /// A person's profile: career timeline, meetings, people met, articles.
    Person {
        /// Name (diacritics, case and word parts optional) or id.
        name: String,
    },
    /// Who held a post, with the days seen.
    Holders {
        /// Title ("Chủ tịch HĐND quận Cầu Giấy") or id.
        title: String,
        /// Who held it on this day (nearest before when unknown: an estimate).
        #[arg(long)]
        on: Option<Date>,
    },
    /// A document: issuer, links, meetings by district, articles.
    Resolution {
        /// Code ("15-NQ/TU") or id.
        code: String,
    },
    /// All meetings with everyone who took part, newest first.
    Meetings(FilterArgs),
    /// The shortest chain of facts linking two entities.
    Path {
        /// First entity (name or id).
        a: String,
        /// Second entity (name or id).
        b: String,
    },
    /// One node with all its edges and their evidence.
    Show {
        /// Node id or name.
        id: String,
    },
}

/// Read a graph file (through its query cache, see [`crate::graph::cache`]).
pub fn load(path: &Path) -> Result<KnowledgeGraph, String> {
    crate::graph::cache::load(path)
}

fn opt<T: ToString>(v: &Option<T>) -> String {
    v.as_ref().map(ToString::to_string).unwrap_or_default()
}

/// A sentence cut for a table cell; JSON and CSV carry it whole.
fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

fn roles(r: &[EdgeType]) -> String {
    r.iter().map(|k| k.as_str()).collect::<Vec<_>>().join("+")
}

fn meeting_table(rows: &[MeetingRow], everyone: bool) -> Table {
    let mut t = if everyone {
        Table::new(&["DATE", "DISTRICT", "MEETING", "PEOPLE", "ARTICLES"])
    } else {
        Table::new(&["DATE", "DISTRICT", "ORGANIZER", "CHAIRS", "ARTICLES"])
    };
    for m in rows {
        let district = m
            .district
            .as_ref()
            .map(|d| d.name.clone())
            .unwrap_or_default();
        let people = if everyone {
            m.participants
                .iter()
                .map(|p| format!("{} ({})", p.name, roles(&p.roles)))
                .collect::<Vec<_>>()
                .join("; ")
        } else {
            m.chairs
                .iter()
                .map(|c| c.name.clone())
                .collect::<Vec<_>>()
                .join("; ")
        };
        let middle = if everyone {
            m.name.clone()
        } else {
            m.organizers
                .iter()
                .map(|o| o.name.clone())
                .collect::<Vec<_>>()
                .join("; ")
        };
        t.push(vec![
            opt(&m.date),
            district,
            middle,
            people,
            m.articles.join(" "),
        ]);
    }
    t
}

fn person_report(p: &query::PersonProfile) -> Report {
    let mut r = Report::default();
    let home = p
        .home_district
        .as_ref()
        .or(p.home_province.as_ref())
        .cloned()
        .unwrap_or_default();
    r.heading.push(
        format!("{} ({}) {}", p.name, p.id, home)
            .trim_end()
            .to_string(),
    );
    let mut t = Table::new(&["FIRST SEEN", "LAST SEEN", "TITLE", "ARTICLES"]);
    for s in &p.titles {
        let title = if s.former {
            format!("{} (former)", s.title)
        } else {
            s.title.clone()
        };
        t.push(vec![
            opt(&s.first_seen),
            opt(&s.last_seen),
            title,
            s.articles.join(" "),
        ]);
    }
    r.section("Titles", t);
    for (name, list) in [
        ("Meetings chaired", &p.chaired),
        ("Meetings attended", &p.attended),
    ] {
        let mut t = Table::new(&["DATE", "MEETING", "ROLES"]);
        for m in list {
            t.push(vec![opt(&m.date), m.name.clone(), roles(&m.roles)]);
        }
        r.section(name, t);
    }
    let mut t = Table::new(&["PERSON", "MEETINGS", "ID"]);
    for c in &p.met {
        t.push(vec![c.name.clone(), c.meetings.to_string(), c.id.clone()]);
    }
    r.section("Met most often", t);
    let mut t = Table::new(&["PUBLISHED", "ARTICLE", "HEADLINE"]);
    for a in &p.articles {
        t.push(vec![opt(&a.published), a.id.to_string(), opt(&a.headline)]);
    }
    r.section("Articles", t);
    r
}

fn holders_report(h: &[query::Holder]) -> Report {
    let mut t = Table::new(&["PERSON", "FIRST SEEN", "LAST SEEN", "NOTE", "ARTICLES"]);
    for x in h {
        let mut note = Vec::new();
        if x.former {
            note.push("former");
        }
        if x.estimate {
            note.push("estimate: nearest before");
        }
        t.push(vec![
            x.name.clone(),
            opt(&x.first_seen),
            opt(&x.last_seen),
            note.join(", "),
            x.articles.join(" "),
        ]);
    }
    let mut r = Report::single(t);
    if let Some(first) = h.first() {
        r.heading.push(first.title.clone());
    }
    r
}

fn resolution_report(x: &query::ResolutionReport) -> Report {
    let mut r = Report::default();
    let mut head = format!("{} ({})", x.code, x.id);
    if let Some(k) = &x.kind {
        head.push_str(&format!(" {k}"));
    }
    if let Some(d) = &x.date {
        head.push_str(&format!(", {d}"));
    }
    r.heading.push(head);
    if !x.issuers.is_empty() {
        r.heading.push(format!(
            "Issued by: {}",
            x.issuers
                .iter()
                .map(|i| i.name.as_str())
                .collect::<Vec<_>>()
                .join("; ")
        ));
    }
    let mut t = Table::new(&["RELATION", "CODE", "KIND", "DATE", "ID"]);
    for (rel, list) in [
        ("implements", &x.implements),
        ("implemented by", &x.implemented_by),
    ] {
        for d in list {
            t.push(vec![
                rel.into(),
                d.code.clone(),
                opt(&d.kind),
                opt(&d.date),
                d.id.clone(),
            ]);
        }
    }
    r.section("Links", t);
    let mut t = Table::new(&["DISTRICT", "DATE", "MEETING", "ARTICLES"]);
    for g in &x.meetings {
        let d = g
            .district
            .as_ref()
            .map(|d| d.name.clone())
            .unwrap_or_else(|| "?".into());
        for m in &g.meetings {
            t.push(vec![
                d.clone(),
                opt(&m.date),
                m.name.clone(),
                m.articles.join(" "),
            ]);
        }
    }
    r.section("Meetings by district", t);
    let mut t = Table::new(&["PUBLISHED", "ARTICLE", "HEADLINE"]);
    for a in &x.articles {
        t.push(vec![opt(&a.published), a.id.to_string(), opt(&a.headline)]);
    }
    r.section("Articles", t);
    r
}

fn path_report(steps: &[query::Step], width: usize) -> Report {
    let mut t = Table::new(&["FROM", "EDGE", "TO", "ARTICLE", "SENTENCE"]);
    for s in steps {
        let edge = if s.forward {
            format!("-{}->", s.edge.as_str())
        } else {
            format!("<-{}-", s.edge.as_str())
        };
        let (a, sent) = s
            .evidence
            .as_ref()
            .map(|e| (e.article.to_string(), e.sentence.clone()))
            .unwrap_or_default();
        t.push(vec![
            s.from.name.clone(),
            edge,
            s.to.name.clone(),
            a,
            clip(&sent, width),
        ]);
    }
    Report::single(t)
}

fn show_report(n: &query::NodeReport) -> Report {
    let mut r = Report::default();
    r.heading
        .push(format!("{} ({}, {})", n.name, n.id, n.kind.as_str()));
    for (k, v) in &n.attrs {
        let v = match v {
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        r.heading.push(format!("  {k}: {v}"));
    }
    let mut t = Table::new(&["DIR", "EDGE", "OTHER", "ARTICLE", "SENTENCE"]);
    for e in &n.edges {
        let dir = if e.outgoing { "->" } else { "<-" };
        // In a table one line per evidence would drown the edges of a node
        // seen in thousands of articles; JSON and CSV carry them all.
        let first = e.sources.first();
        let mut art = first.map(|s| s.article.to_string()).unwrap_or_default();
        if e.sources.len() > 1 {
            art.push_str(&format!(" (+{})", e.sources.len() - 1));
        }
        t.push(vec![
            dir.into(),
            e.kind.as_str().into(),
            format!("{} ({})", e.other.name, e.other.id),
            art,
            first.map(|s| clip(&s.sentence, 100)).unwrap_or_default(),
        ]);
    }
    r.section("Edges", t);
    let mut t = Table::new(&["PUBLISHED", "ARTICLE", "HEADLINE"]);
    for a in &n.articles {
        t.push(vec![opt(&a.published), a.id.to_string(), opt(&a.headline)]);
    }
    r.section("Articles", t);
    r
}

/// All evidence of a node's edges, one CSV row each (the table keeps one).
fn show_csv(n: &query::NodeReport) -> String {
    let mut t = Table::new(&[
        "direction",
        "edge",
        "other",
        "article",
        "start",
        "end",
        "sentence",
    ]);
    for e in &n.edges {
        for s in &e.sources {
            t.push(vec![
                if e.outgoing { "out" } else { "in" }.into(),
                e.kind.as_str().into(),
                e.other.id.clone(),
                s.article.to_string(),
                s.start.to_string(),
                s.end.to_string(),
                s.sentence.to_string(),
            ]);
        }
    }
    t.csv()
}

fn emit<T: Serialize>(format: Format, value: &T, report: impl FnOnce() -> Report) -> String {
    match format {
        Format::Json => {
            let mut s = serde_json::to_string_pretty(value)
                .unwrap_or_else(|e| format!("{{\"error\": {:?}}}", e.to_string()));
            s.push('\n');
            s
        }
        Format::Csv => report().csv(),
        Format::Table => report().render(),
    }
}

/// Answer a question on a loaded graph: the text to print, or the
/// ambiguity of a name.
pub fn answer(
    kg: &KnowledgeGraph,
    command: &QueryCommand,
    format: Format,
) -> Result<String, Ambiguity> {
    Ok(match command {
        QueryCommand::Chairs(f) => {
            let rows = query::chairs(kg, &f.filter())?;
            emit(format, &rows, || {
                Report::single(meeting_table(&rows, false))
            })
        }
        QueryCommand::Meetings(f) => {
            let rows = query::meetings(kg, &f.filter())?;
            emit(format, &rows, || Report::single(meeting_table(&rows, true)))
        }
        QueryCommand::Person { name } => {
            let p = query::person_profile(kg, name)?;
            emit(format, &p, || person_report(&p))
        }
        QueryCommand::Holders { title, on } => {
            let h = query::holders(kg, title, *on)?;
            emit(format, &h, || holders_report(&h))
        }
        QueryCommand::Resolution { code } => {
            let r = query::resolution(kg, code)?;
            emit(format, &r, || resolution_report(&r))
        }
        QueryCommand::Path { a, b } => {
            let steps = query::path(kg, a, b)?;
            let width = if format == Format::Csv {
                usize::MAX
            } else {
                100
            };
            emit(format, &steps, || path_report(&steps, width))
        }
        QueryCommand::Show { id } => {
            let n = query::show(kg, id)?;
            if format == Format::Csv {
                show_csv(&n)
            } else {
                emit(format, &n, || show_report(&n))
            }
        }
    })
}

/// Entry point of `vnkg query`.
pub fn run(args: &QueryArgs) -> Result<u8, String> {
    let kg = load(&args.graph)?;
    let result = answer(&kg, &args.command, args.format);
    // The process ends here: freeing a graph of millions of records one by
    // one took a fifth of a query's run on 100,000 articles.
    std::mem::forget(kg);
    match result {
        Ok(text) => {
            print!("{text}");
            Ok(0)
        }
        Err(amb) => {
            eprintln!("vnkg: {amb}");
            Ok(1)
        }
    }
}
