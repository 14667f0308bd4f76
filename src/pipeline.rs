//! Batch processing: inputs to facts to graph, in parallel, with per-input
//! errors that never stop the batch, and atomic output files.

use crate::article::parse_article;
use crate::facts::ArticleFacts;
use crate::graph::merge::{merge_from, merge_with, FactsSource, MergeReport, Overrides};
use crate::graph::{nodelink, KnowledgeGraph};
use crate::input::{
    discover, parse_raw, read_articles_with, InputError, InputFormat, ReadOptions, Source,
};
use crate::packed::PackedFacts;
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

/// The outcome of reading and extracting a batch of inputs: the facts as
/// structs ([`ArticleFacts`]) or packed ([`PackedFacts`], a quarter of the
/// memory, what the CLI holds).
#[derive(Debug)]
pub struct Batch<F = ArticleFacts> {
    /// Facts of every article read, in id order.
    pub facts: Vec<F>,
    /// Inputs that were skipped, with the reason.
    pub errors: Vec<InputError>,
}

impl<F> Default for Batch<F> {
    fn default() -> Self {
        Batch {
            facts: Vec::new(),
            errors: Vec::new(),
        }
    }
}

/// A form in which a batch holds an article's facts.
pub trait HeldFacts: Send + Sized {
    /// Hold freshly extracted facts.
    fn hold(f: ArticleFacts) -> Self;
    /// The article id.
    fn article_id(&self) -> &str;
}

impl HeldFacts for ArticleFacts {
    fn hold(f: ArticleFacts) -> Self {
        f
    }
    fn article_id(&self) -> &str {
        &self.article.id
    }
}

impl HeldFacts for PackedFacts {
    fn hold(f: ArticleFacts) -> Self {
        PackedFacts::pack(&f)
    }
    fn article_id(&self) -> &str {
        self.id()
    }
}

/// How a batch runs.
#[derive(Debug, Clone, Copy)]
pub struct RunOptions {
    /// Show a progress bar on stderr (only drawn on a terminal).
    pub progress: bool,
    /// Input format (`Auto`: by extension and content).
    pub format: InputFormat,
    /// Largest article read, in bytes (see [`ReadOptions`]).
    pub max_article_bytes: u64,
}

impl Default for RunOptions {
    fn default() -> Self {
        RunOptions {
            progress: false,
            format: InputFormat::Auto,
            max_article_bytes: crate::input::DEFAULT_MAX_ARTICLE_BYTES,
        }
    }
}

/// With `VNKG_TIMINGS` set, say on stderr when a stage of a batch ends,
/// in seconds since the first stage began (the README's "Speed" shows
/// where a build's time goes with it).
pub fn stage_done(stage: &str) {
    static START: std::sync::OnceLock<Option<std::time::Instant>> = std::sync::OnceLock::new();
    let start =
        START.get_or_init(|| std::env::var_os("VNKG_TIMINGS").map(|_| std::time::Instant::now()));
    if let Some(t) = start {
        eprintln!(
            "vnkg: timing: {stage} done at {:.2} s",
            t.elapsed().as_secs_f64()
        );
    }
}

/// Extract one article from its id and text.
pub fn extract_text(id: &str, text: &str) -> Result<ArticleFacts, String> {
    let article = parse_article(id, text).map_err(|e| e.to_string())?;
    extract_guarded(&article)
}

/// Extract an article; a bug that panics on one article is reported as that
/// article's error and the rest of the batch goes on.
pub fn extract_guarded(article: &crate::article::Article) -> Result<ArticleFacts, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        crate::extract::extract(article)
    }))
    .map_err(|p| {
        let why = p
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| p.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        format!("internal error while extracting (please report): {why}")
    })
}

fn progress_bar(total: u64, opts: RunOptions) -> ProgressBar {
    if !opts.progress || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let pb = ProgressBar::new(total);
    pb.set_style(
        ProgressStyle::with_template(
            "{spinner} [{elapsed_precise}] {bar:30} {binary_bytes}/{binary_total_bytes} {binary_bytes_per_sec} ETA {eta}",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    pb
}

/// Read every input (files, directories, "-") and extract each article, in
/// parallel. The result does not depend on the number of threads.
pub fn extract_paths(paths: &[PathBuf]) -> Batch {
    extract_paths_with(paths, RunOptions::default())
}

/// [`extract_paths`] with options.
pub fn extract_paths_with(paths: &[PathBuf], opts: RunOptions) -> Batch {
    extract_paths_as(paths, opts)
}

/// [`extract_paths_with`], holding each article's facts as `F` (packed
/// facts for a large batch) from the moment they are extracted.
pub fn extract_paths_as<F: HeldFacts>(paths: &[PathBuf], opts: RunOptions) -> Batch<F> {
    stage_done("start");
    let (sources, mut errors) = discover(paths);
    let total: u64 = sources
        .iter()
        .map(|s| match s {
            Source::File(p) => std::fs::metadata(p).map_or(0, |m| m.len()),
            Source::Stdin => 0,
        })
        .sum();
    let pb = progress_bar(total, opts);
    // Each worker reads, extracts and drops its article's text: memory
    // grows with the facts, not with the corpus text.
    let results: Vec<(Vec<FactsFrom<F>>, Vec<InputError>)> = sources
        .par_iter()
        .map(|src| {
            let read = ReadOptions {
                format: opts.format,
                max_article_bytes: opts.max_article_bytes,
            };
            let (raws, mut errs) = read_articles_with(src, read);
            let mut facts = Vec::with_capacity(raws.len());
            for raw in &raws {
                pb.inc(raw.text.len() as u64);
                match parse_raw(raw)
                    .map_err(|e| e.to_string())
                    .and_then(|a| extract_guarded(&a))
                {
                    Ok(f) => facts.push((F::hold(f), raw.origin.clone())),
                    Err(e) => errs.push(InputError::new(raw.origin.clone(), e)),
                }
            }
            (facts, errs)
        })
        .collect();
    pb.finish_and_clear();
    stage_done("extraction");
    let mut facts = Vec::with_capacity(results.len());
    for (f, e) in results {
        facts.extend(f);
        errors.extend(e);
    }
    finish(facts, errors)
}

/// Extract the articles bundled with vnkg (`data/articles/`).
pub fn extract_bundled() -> Batch {
    extract_bundled_as()
}

/// [`extract_bundled`], holding the facts as `F`.
pub fn extract_bundled_as<F: HeldFacts>() -> Batch<F> {
    let results: Vec<Result<FactsFrom<F>, InputError>> = crate::bundled::BUNDLED
        .par_iter()
        .map(|(name, text)| {
            let id = name.trim_end_matches(".txt");
            let origin = format!("data/articles/{name}");
            match extract_text(id, text) {
                Ok(f) => Ok((F::hold(f), origin)),
                Err(e) => Err(InputError::new(origin, e)),
            }
        })
        .collect();
    let (mut facts, mut errors) = (Vec::new(), Vec::new());
    for r in results {
        match r {
            Ok(f) => facts.push(f),
            Err(e) => errors.push(e),
        }
    }
    finish(facts, errors)
}

/// An article's facts and the input they were read from (for messages).
type FactsFrom<F> = (F, String);

/// The batch of facts read from their inputs.
fn finish<F: HeldFacts>(mut facts: Vec<FactsFrom<F>>, mut errors: Vec<InputError>) -> Batch<F> {
    // A stable sort keeps, among inputs with one id, the one read first.
    facts.sort_by(|a, b| a.0.article_id().cmp(b.0.article_id()));
    // Two files with one id would silently replace each other's facts.
    // One pass (not a removal per duplicate, which is quadratic when
    // thousands of files share a name in different directories).
    let mut kept: Vec<FactsFrom<F>> = Vec::with_capacity(facts.len());
    for (f, origin) in facts {
        match kept.last() {
            Some((k, first)) if k.article_id() == f.article_id() => {
                errors.push(InputError::new(
                    origin,
                    format!(
                        "the article id {:?} is also the id of {first} (ids are file names without extension, or a JSON line's \"id\"); kept that one",
                        f.article_id()
                    ),
                ));
            }
            _ => kept.push((f, origin)),
        }
    }
    let kept: Vec<F> = kept.into_iter().map(|(f, _)| f).collect();
    errors.sort_by(|a, b| a.path.cmp(&b.path));
    Batch {
        facts: kept,
        errors,
    }
}

/// Merge a batch into a graph.
pub fn build_graph(batch: &Batch) -> KnowledgeGraph {
    merge_with(&batch.facts, &Overrides::default()).0
}

/// Replace, in `base`, the facts of every article that `new` has again
/// (an edited article replaces its old facts; an unchanged one changes
/// nothing), and add the others. The result is in id order.
pub fn combine<F: HeldFacts>(base: Vec<F>, new: Vec<F>) -> Vec<F> {
    let mut by_id: std::collections::BTreeMap<String, F> = base
        .into_iter()
        .map(|f| (f.article_id().to_string(), f))
        .collect();
    for f in new {
        by_id.insert(f.article_id().to_string(), f);
    }
    by_id.into_values().collect()
}

/// Write a graph and the facts it was merged from (`<graph>.facts.jsonl`),
/// both atomically and as one step; returns the graph and the merge report.
///
/// Both files are written to temporary files first. Then a journal beside
/// the graph (`.<graph>.commit`, naming this process) records that both
/// are complete, the two renames follow, and the journal is removed. A run
/// killed before the journal leaves the old pair; one killed between the
/// renames leaves a journal, and the next command that locks the graph
/// finishes the renames ([`lock_graph`]), so graph and facts always come
/// from one build.
///
/// The facts are written first and then merged by value
/// ([`crate::graph::merge::merge_from`]), so that they are freed while the
/// graph grows.
pub fn write_graph<S: FactsSource + Sync>(
    path: &Path,
    facts: S,
    overrides: &Overrides,
) -> Result<(KnowledgeGraph, MergeReport), String> {
    let store = crate::store::facts_path(path);
    let cannot = |p: &Path, e: std::io::Error| format!("{}: cannot write: {e}", p.display());
    let (tmp_store, store_file) =
        write_unsynced(&store, |w| crate::store::write_jsonl_from(&facts, w))
            .map_err(|e| cannot(&store, e))?;
    stage_done("facts file");
    // The facts file reaches the disk while the graph is merged and
    // written (1.5 GB at 100,000 articles: seconds of waiting otherwise).
    let (merged, synced) = std::thread::scope(|scope| {
        let syncing = scope.spawn(move || store_file.sync_all());
        let merged = (|| {
            let (kg, report) = merge_from(facts, overrides);
            stage_done("merge");
            let tmp_graph = write_temporary(path, |w| nodelink::write_to(&kg, w))?;
            Ok((kg, report, tmp_graph))
        })();
        let synced = syncing
            .join()
            .unwrap_or_else(|_| Err(std::io::Error::other("syncing the facts file failed")));
        (merged, synced)
    });
    let (kg, report, tmp_graph) = match merged {
        Ok(m) => m,
        Err(e) => {
            let _ = std::fs::remove_file(&tmp_store);
            return Err(cannot(path, e));
        }
    };
    if let Err(e) = synced {
        let _ = std::fs::remove_file(&tmp_store);
        let _ = std::fs::remove_file(&tmp_graph);
        return Err(cannot(&store, e));
    }
    let journal = journal_path(path);
    let commit = (|| {
        write_atomic(&journal, format!("{}\n", std::process::id()).as_bytes())?;
        std::fs::rename(&tmp_store, &store)?;
        std::fs::rename(&tmp_graph, path)?;
        std::fs::remove_file(&journal)?;
        sync_dir(parent_dir(path));
        Ok(())
    })();
    commit.map_err(|e: std::io::Error| {
        let _ = std::fs::remove_file(&tmp_store);
        let _ = std::fs::remove_file(&tmp_graph);
        cannot(path, e)
    })?;
    stage_done("graph file");
    let cache = crate::graph::cache::cache_path(path);
    crate::graph::cache::write(path, &kg).map_err(|e| cannot(&cache, e))?;
    stage_done("cache");
    Ok((kg, report))
}

/// The journal of a graph's two-file commit (see [`write_graph`]).
fn journal_path(path: &Path) -> PathBuf {
    parent_dir(path).join(format!(".{}.commit", file_name(path, "graph")))
}

/// Finish a commit of the graph at `path` that a killed run left half
/// done: its journal names the run, whose complete temporary files are
/// renamed into place. Called with the graph's lock held.
fn finish_interrupted_commit(path: &Path) {
    let journal = journal_path(path);
    let Ok(text) = std::fs::read_to_string(&journal) else {
        return;
    };
    if let Ok(pid) = text.trim().parse::<u32>() {
        let mut finished = false;
        for dest in [crate::store::facts_path(path), path.to_path_buf()] {
            let tmp = temporary_path_of(&dest, pid);
            if tmp.exists() && std::fs::rename(&tmp, &dest).is_ok() {
                finished = true;
            }
        }
        if finished {
            sync_dir(parent_dir(path));
            eprintln!(
                "vnkg: {}: finished saving the graph and facts a stopped run had written",
                path.display()
            );
        }
    }
    let _ = std::fs::remove_file(&journal);
}

/// Load the facts a graph was built from, checking the graph's version
/// first. A graph that does not exist yet has no facts. The graph and its
/// facts file must list the same articles (ids and content hashes): when
/// they do not, one of them was replaced, copied or edited by hand, and
/// merging into them would silently drop or revive articles, so the error
/// says how to rebuild instead.
pub fn load_graph_facts(path: &Path) -> Result<Vec<ArticleFacts>, String> {
    load_graph_facts_as(path)
}

/// [`load_graph_facts`], holding the facts as `F`.
pub fn load_graph_facts_as<F: HeldFacts>(path: &Path) -> Result<Vec<F>, String> {
    if !path.exists() {
        return Ok(Vec::new());
    }
    // The whole graph is read, not only its header: a graph that queries
    // and exports would refuse is not silently replaced either.
    let kg = nodelink::read_file(path).map_err(|e| {
        if e.contains("newer than this vnkg") {
            e
        } else {
            format!(
                "{e}; vnkg build --into will not replace it (rebuild it from its facts with `vnkg merge {} -o {}`, or from the articles)",
                crate::store::facts_path(path).display(),
                path.display()
            )
        }
    })?;
    let store = crate::store::facts_path(path);
    if !store.exists() {
        return Err(format!(
            "{}: no facts file {} beside it (the graph was not written by vnkg build); rebuild it from the articles",
            path.display(),
            store.display()
        ));
    }
    let mut stored: std::collections::BTreeSet<(String, String)> = Default::default();
    let facts = crate::store::read_each(&store, |f| {
        stored.insert((f.article.id.clone(), f.article.hash.clone()));
    })?;
    let stored: std::collections::BTreeSet<(&str, &str)> = stored
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    let listed: std::collections::BTreeSet<(&str, &str)> = kg
        .articles
        .values()
        .map(|a| (a.id.as_str(), a.hash.as_str()))
        .collect();
    if stored != listed {
        let differ = stored.symmetric_difference(&listed).count();
        return Err(format!(
            "{}: the graph and its facts file {} disagree on {differ} article(s): they were not written by one build \
             (a build stopped between writing them, or one was copied or edited by hand). \
             Rebuild the graph from its facts with `vnkg merge {} -o {}`, or from the articles",
            path.display(),
            store.display(),
            store.display(),
            path.display()
        ));
    }
    Ok(facts)
}

/// An exclusive lock on a graph (`<graph>.lock` beside it), held while a
/// command reads, merges and writes it, so that two builds into one graph
/// run one after the other and never interleave. Released on drop.
#[derive(Debug)]
pub struct GraphLock {
    _file: std::fs::File,
}

/// Take the lock of the graph at `path`, waiting (and saying so on stderr)
/// while another vnkg holds it. Once it is held, no other vnkg writes this
/// graph, so the temporary files a killed run left beside it are removed.
pub fn lock_graph(path: &Path) -> Result<GraphLock, String> {
    let dir = parent_dir(path);
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: cannot create: {e}", dir.display()))?;
    let name = file_name(path, "graph");
    let lock_path = dir.join(format!(".{name}.lock"));
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock_path)
        .map_err(|e| format!("{}: cannot open lock: {e}", lock_path.display()))?;
    match file.try_lock() {
        Ok(()) => {}
        Err(std::fs::TryLockError::WouldBlock) => {
            eprintln!(
                "vnkg: {} is being written by another vnkg; waiting for it to finish",
                path.display()
            );
            file.lock()
                .map_err(|e| format!("{}: cannot lock: {e}", lock_path.display()))?;
        }
        Err(std::fs::TryLockError::Error(e)) => {
            return Err(format!("{}: cannot lock: {e}", lock_path.display()));
        }
    }
    finish_interrupted_commit(path);
    remove_stale_temporaries(path);
    remove_stale_temporaries(&crate::store::facts_path(path));
    Ok(GraphLock { _file: file })
}

/// Take the locks of two graphs (one when they are the same file), in path
/// order so that two commands locking the same pair never wait on each
/// other.
pub fn lock_graphs(a: &Path, b: &Path) -> Result<Vec<GraphLock>, String> {
    let key = |p: &Path| {
        std::fs::canonicalize(parent_dir(p))
            .unwrap_or_else(|_| parent_dir(p).to_path_buf())
            .join(file_name(p, "graph"))
    };
    let (ka, kb) = (key(a), key(b));
    if ka == kb {
        return Ok(vec![lock_graph(a)?]);
    }
    let (first, second) = if ka < kb { (a, b) } else { (b, a) };
    let one = lock_graph(first)?;
    Ok(vec![one, lock_graph(second)?])
}

/// The directory of `path` ("." for a bare file name).
fn parent_dir(path: &Path) -> &Path {
    path.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// The file name of `path`, or `default` when it has none ("..", "/").
fn file_name(path: &Path, default: &str) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| default.into())
}

/// The temporary file [`write_atomic_with`] writes `path` through.
fn temporary_path(path: &Path) -> PathBuf {
    temporary_path_of(path, std::process::id())
}

/// The temporary file process `pid` writes `path` through.
fn temporary_path_of(path: &Path, pid: u32) -> PathBuf {
    let name = file_name(path, "out");
    parent_dir(path).join(format!(".{name}.{pid}.tmp"))
}

/// Remove the temporary files of `path` left by runs that were killed
/// while writing it (their process is gone). Where processes cannot be
/// looked up (no /proc), nothing is removed.
fn remove_stale_temporaries(path: &Path) {
    let proc_fs = Path::new("/proc/self");
    if !proc_fs.exists() {
        return;
    }
    let prefix = format!(".{}.", file_name(path, "out"));
    let Ok(entries) = std::fs::read_dir(parent_dir(path)) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(pid) = name
            .strip_prefix(&prefix)
            .and_then(|rest| rest.strip_suffix(".tmp"))
            .filter(|pid| !pid.is_empty() && pid.bytes().all(|b| b.is_ascii_digit()))
        else {
            continue;
        };
        if !Path::new("/proc").join(pid).exists() {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Write `contents` to `path` atomically: a temporary file in the same
/// directory, then a rename, so a killed run never leaves half a file.
pub fn write_atomic(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    write_atomic_with(path, |w| w.write_all(contents))
}

/// [`write_atomic`] for content produced by a writer function (buffered),
/// so large outputs are streamed rather than built in memory. The file is
/// flushed to disk before the rename and the directory after it, so that
/// even a crash of the machine leaves the old file or the whole new one.
pub fn write_atomic_with(
    path: &Path,
    write: impl FnOnce(&mut std::io::BufWriter<&mut std::fs::File>) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let tmp = write_temporary(path, write)?;
    if let Err(e) = std::fs::rename(&tmp, path) {
        let _ = std::fs::remove_file(&tmp);
        return Err(e);
    }
    sync_dir(parent_dir(path));
    Ok(())
}

/// Write the temporary file of `path` (beside it, named after it and this
/// process) and flush it to disk; returns its path. Removed on error.
fn write_temporary(
    path: &Path,
    write: impl FnOnce(&mut std::io::BufWriter<&mut std::fs::File>) -> std::io::Result<()>,
) -> std::io::Result<PathBuf> {
    let (tmp, f) = write_unsynced(path, write)?;
    match f.sync_all() {
        Ok(()) => Ok(tmp),
        Err(e) => {
            let _ = std::fs::remove_file(&tmp);
            Err(e)
        }
    }
}

/// [`write_temporary`] without the sync: the caller syncs the file it is
/// given back before renaming it into place.
fn write_unsynced(
    path: &Path,
    write: impl FnOnce(&mut std::io::BufWriter<&mut std::fs::File>) -> std::io::Result<()>,
) -> std::io::Result<(PathBuf, std::fs::File)> {
    std::fs::create_dir_all(parent_dir(path))?;
    let tmp = temporary_path(path);
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        {
            let mut w = std::io::BufWriter::with_capacity(1 << 20, &mut f);
            write(&mut w)?;
            w.flush()?;
        }
        Ok(f)
    })();
    match result {
        Ok(f) => Ok((tmp, f)),
        Err(e) => {
            let _ = std::fs::remove_file(&tmp);
            Err(e)
        }
    }
}

/// Flush a directory's entries (renames) to disk. Not every system can
/// sync a directory; the rename is done either way.
fn sync_dir(dir: &Path) {
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
}
