//! Parity of `vnkg::eval` with the reference scorer `eval/score.py`.
//!
//! The graph a perfect extractor would write (`eval/gold_to_graph.py`) must
//! score F1 1 with no duplicates, and that graph, damaged in many ways, must
//! get the very same figures, duplicate list and verbose listing from both
//! scorers. The Python side lives in `../shared`, outside the repository, so
//! the test skips when it (or python3) is missing.

use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use vnkg::eval::{load_gold_dir, score, GoldArticle};

/// Runs `score.py --json` and `score.py --verbose` in one interpreter and
/// prints the JSON re-dumped compactly (Python's float repr is kept, so the
/// text pins every bit of every figure), a separator, then the table.
const RUN_BOTH: &str = r#"
import contextlib, io, json, sys
eval_dir, gold, graph = sys.argv[1:4]
sys.path.insert(0, eval_dir)
import score
# Both runs go through score.main; the second reuses the figures of the first
# (main only reads them), which halves the time.
computed = []
real_score = score.score
def score_once(*args):
    if not computed:
        computed.append(real_score(*args))
    return computed[0]
score.score = score_once
def run(*flags):
    sys.argv = ["score.py", "--gold", gold, "--graph", graph, *flags]
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        score.main()
    return buf.getvalue()
figures = json.loads(run("--json"))
sys.stdout.write(json.dumps(figures, ensure_ascii=False, separators=(",", ":")))
sys.stdout.write("\n=== verbose ===\n")
sys.stdout.write(run("--verbose"))
"#;

const SEPARATOR: &str = "\n=== verbose ===\n";

struct Python {
    eval_dir: PathBuf,
}

impl Python {
    /// The reference scorer, or `None` (with a note) when it cannot run here.
    fn find() -> Option<Python> {
        let shared = std::env::var_os("VNKG_SHARED")
            .map(PathBuf::from)
            .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"));
        let eval_dir = shared.join("eval");
        if !eval_dir.join("score.py").is_file() || !eval_dir.join("gold_to_graph.py").is_file() {
            eprintln!(
                "note: {} not found; parity test skipped",
                eval_dir.display()
            );
            return None;
        }
        let ok = Command::new("python3")
            .arg("--version")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        if !ok {
            eprintln!("note: python3 not available; parity test skipped");
            return None;
        }
        Some(Python { eval_dir })
    }

    fn run(&self, args: &[&str]) -> String {
        let out = Command::new("python3")
            .args(args)
            .env("PYTHONIOENCODING", "utf-8")
            .output()
            .expect("python3 runs");
        assert!(
            out.status.success(),
            "python3 {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("python prints UTF-8")
    }

    fn gold_to_graph(&self, gold_dir: &Path) -> Value {
        let script = self.eval_dir.join("gold_to_graph.py");
        let text = self.run(&[path_str(&script), path_str(gold_dir)]);
        serde_json::from_str(&text).expect("gold_to_graph prints JSON")
    }

    /// (compact JSON figures, verbose table) of `score.py` on `graph`.
    fn score(&self, gold_dir: &Path, graph: &Value) -> (String, String) {
        let file = tempfile::NamedTempFile::new().expect("temp file");
        std::fs::write(
            file.path(),
            serde_json::to_string(graph).expect("graph serializes"),
        )
        .expect("write graph");
        let text = self.run(&[
            "-c",
            RUN_BOTH,
            path_str(&self.eval_dir),
            path_str(gold_dir),
            path_str(file.path()),
        ]);
        let (figures, table) = text.split_once(SEPARATOR).expect("both outputs");
        (figures.to_string(), table.to_string())
    }
}

fn path_str(p: &Path) -> &str {
    p.to_str().expect("UTF-8 path")
}

/// Assert that both scorers agree on `graph`; return the Rust figures.
fn assert_parity(
    py: &Python,
    gold_dir: &Path,
    gold: &[GoldArticle],
    graph: &Value,
    what: &str,
) -> Value {
    let report = score(gold, graph);
    let (py_json, py_table) = py.score(gold_dir, graph);
    let rs_json = serde_json::to_string(&report.to_json()).expect("figures serialize");
    let py_value: Value = serde_json::from_str(&py_json).expect("python JSON parses");
    // Counts first, for a readable failure; then the exact text of every figure.
    for (kind, row) in &report.kinds {
        let p = &py_value["kinds"][kind];
        assert_eq!(
            (row.gold, row.pred, row.tp),
            (
                p["gold"].as_u64().unwrap_or(u64::MAX) as usize,
                p["pred"].as_u64().unwrap_or(u64::MAX) as usize,
                p["tp"].as_u64().unwrap_or(u64::MAX) as usize
            ),
            "{what}: counts of {kind}"
        );
    }
    assert_eq!(rs_json, py_json, "{what}: figures");
    assert_eq!(report.render(true), py_table, "{what}: verbose table");
    report.to_json()
}

/// A small deterministic generator, so that failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

fn nodes(g: &mut Value) -> &mut Vec<Value> {
    g["nodes"].as_array_mut().expect("nodes")
}

fn edges(g: &mut Value) -> &mut Vec<Value> {
    g["edges"].as_array_mut().expect("edges")
}

fn first_of_type(g: &Value, typ: &str, nth: usize) -> Option<usize> {
    g["nodes"]
        .as_array()?
        .iter()
        .enumerate()
        .filter(|(_, n)| n["type"] == typ)
        .map(|(i, _)| i)
        .nth(nth)
}

type Damage = fn(&mut Value, &[GoldArticle]);

/// The fixed perturbations: each hits one part of the scorer.
fn perturbations() -> Vec<(&'static str, Damage)> {
    vec![
        ("drop every third edge", |g, _| {
            let mut i = 0;
            edges(g).retain(|_| {
                i += 1;
                i % 3 != 0
            });
        }),
        ("rename nodes", |g, _| {
            if let Some(i) = first_of_type(g, "person", 0) {
                nodes(g)[i]["name"] = json!("Nguyễn Văn Khác");
            }
            if let Some(i) = first_of_type(g, "person", 1) {
                let upper = nodes(g)[i]["name"].as_str().unwrap_or("").to_uppercase();
                nodes(g)[i]["name"] = json!(format!("  {upper}. "));
            }
            if let Some(i) = first_of_type(g, "title", 0) {
                let name = nodes(g)[i]["name"]
                    .as_str()
                    .unwrap_or("")
                    .replace("ủy", "uỷ");
                nodes(g)[i]["name"] = json!(format!("{name} khóa XV"));
            }
            if let Some(i) = first_of_type(g, "committee", 0) {
                let name = nodes(g)[i]["name"].as_str().unwrap_or("").to_string();
                let short = name
                    .replace("Ủy ban nhân dân", "UBND")
                    .replace("Hội đồng nhân dân", "HĐND")
                    .replace("Ban Thường vụ", "BTV");
                nodes(g)[i]["name"] = json!(short);
            }
            if let Some(i) = first_of_type(g, "committee", 1) {
                nodes(g)[i]["name"] = json!("Thành ủy Hà Nội");
            }
        }),
        ("duplicate person nodes", |g, _| {
            for nth in [0, 2] {
                let Some(i) = first_of_type(g, "person", nth) else {
                    continue;
                };
                let mut dup = nodes(g)[i].clone();
                let id = dup["id"].as_str().unwrap_or("").to_string();
                dup["id"] = json!(format!("{id}#2"));
                nodes(g).push(dup);
                let copies: Vec<Value> = edges(g)
                    .iter()
                    .filter(|e| e["source"] == id.as_str())
                    .step_by(2)
                    .map(|e| {
                        let mut e = e.clone();
                        e["source"] = json!(format!("{id}#2"));
                        e
                    })
                    .collect();
                edges(g).extend(copies);
            }
            if let Some(i) = first_of_type(g, "title", 0) {
                let mut dup = nodes(g)[i].clone();
                dup["id"] = json!("title:copy");
                nodes(g).push(dup);
            }
            if let Some(i) = first_of_type(g, "resolution", 0) {
                let mut dup = nodes(g)[i].clone();
                dup["id"] = json!("resolution:copy");
                nodes(g).insert(0, dup);
            }
        }),
        ("change meeting dates", |g, _| {
            if let Some(i) = first_of_type(g, "meeting", 0) {
                nodes(g)[i]["date"] = json!("2019-01-01");
            }
            if let Some(i) = first_of_type(g, "meeting", 1) {
                nodes(g)[i]["date"] = Value::Null;
            }
            // A time after the date still matches exactly. Without its people
            // and beside a second, undated meeting, nothing else would pair it.
            if let Some(i) = first_of_type(g, "meeting", 2) {
                let date = nodes(g)[i]["date"].as_str().unwrap_or("").to_string();
                nodes(g)[i]["date"] = json!(format!("{date}T09:00:00"));
                let id = nodes(g)[i]["id"].clone();
                edges(g).retain(|e| e["target"] != id || e["type"] == "organized");
                let mut other = nodes(g)[i].clone();
                other["id"] = json!("meeting:undated");
                other.as_object_mut().map(|o| o.remove("date"));
                nodes(g).push(other);
            }
        }),
        ("extra meetings sharing people", |g, _| {
            let meetings: Vec<Value> = nodes(g)
                .iter()
                .filter(|n| n["type"] == "meeting")
                .cloned()
                .collect();
            for (k, m) in meetings.iter().enumerate() {
                let id = m["id"].as_str().unwrap_or("").to_string();
                for copy in 0..2 {
                    let mut m2 = m.clone();
                    let new_id = format!("{id}~{copy}");
                    m2["id"] = json!(new_id);
                    m2["date"] = json!(format!("2030-0{}-1{copy}", k % 9 + 1));
                    nodes(g).push(m2);
                    let copies: Vec<Value> = edges(g)
                        .iter()
                        .filter(|e| e["target"] == id.as_str())
                        .skip(copy)
                        .map(|e| {
                            let mut e = e.clone();
                            e["target"] = json!(new_id);
                            e
                        })
                        .collect();
                    edges(g).extend(copies);
                }
            }
            // Give the original meetings wrong dates so alignment must use people.
            for n in nodes(g).iter_mut() {
                if n["type"] == "meeting" && !n["id"].as_str().unwrap_or("").contains('~') {
                    n["date"] = json!("2031-01-01");
                }
            }
        }),
        (
            "provenance objects, links, reversed and retyped edges",
            |g, _| {
                for (i, e) in edges(g).iter_mut().enumerate() {
                    let arts: Vec<Value> = e["sources"].as_array().cloned().unwrap_or_default();
                    e["sources"] = Value::Array(
                    arts.iter()
                        .map(|a| json!({"article": format!("data/articles/{}.txt", a.as_str().unwrap_or("")), "line": i}))
                        .collect(),
                );
                    if i % 4 == 1 {
                        let (s, t) = (e["source"].clone(), e["target"].clone());
                        e["source"] = t;
                        e["target"] = s;
                    }
                    if e["type"] == "chaired" && i % 2 == 0 {
                        e["type"] = json!("attended");
                    } else if e["type"] == "attended" && i % 3 == 0 {
                        e["type"] = json!("Chaired");
                    }
                }
                for n in nodes(g).iter_mut() {
                    n["type"] = json!(n["type"].as_str().unwrap_or("").to_uppercase());
                }
                if let Some(edges) = g.as_object_mut().and_then(|o| o.remove("edges")) {
                    g["links"] = edges;
                }
            },
        ),
        ("codes only in names, unnumbered subjects", |g, gold| {
            for n in nodes(g).iter_mut() {
                if n["type"] == "resolution" {
                    let code = n["code"].as_str().unwrap_or("").to_lowercase();
                    n.as_object_mut().map(|o| o.remove("code"));
                    n["name"] = json!(format!("Nghị quyết số {}", code.replace('-', " – ")));
                }
            }
            // Unnumbered documents as meeting subjects: optional ones are not
            // counted, others are.
            for art in gold {
                let mut names: Vec<String> = art
                    .optional_resolutions
                    .iter()
                    .filter_map(|r| r.name.clone())
                    .collect();
                names.push("Nghị quyết Đại hội".to_string());
                let meetings: Vec<Value> = nodes(g)
                    .iter()
                    .filter(|n| n["type"] == "meeting" && n["sources"][0] == art.article.as_str())
                    .map(|n| n["id"].clone())
                    .collect();
                for (k, name) in names.iter().enumerate() {
                    let id = format!("resolution:unnumbered:{}:{k}", art.article);
                    nodes(g).push(json!({"id": id, "type": "resolution", "name": name,
                        "sources": [art.article]}));
                    for m in &meetings {
                        edges(g).push(json!({"source": m, "target": id, "type": "concerns",
                            "sources": [art.article]}));
                    }
                }
            }
        }),
        ("articles missing from provenance", |g, _| {
            for (i, n) in nodes(g).iter_mut().enumerate() {
                if i % 5 == 0 {
                    n["sources"] = json!([]);
                }
            }
        }),
        ("no edges", |g, _| edges(g).clear()),
    ]
}

/// Random damage: drop, retarget, rename, redate, duplicate.
fn random_damage(g: &mut Value, rng: &mut Rng) {
    let n_nodes = nodes(g).len();
    let ids: Vec<Value> = nodes(g).iter().map(|n| n["id"].clone()).collect();
    let types: Vec<Value> = nodes(g).iter().map(|n| n["type"].clone()).collect();
    let drop = 5 + rng.below(30) as u64;
    let mut kept = Vec::new();
    for e in edges(g).drain(..).collect::<Vec<_>>() {
        if rng.chance(drop) {
            continue;
        }
        let mut e = e;
        if rng.chance(5) {
            // Retarget to another node of the same type.
            let t = e["target"].clone();
            let typ = ids.iter().position(|i| *i == t).map(|p| types[p].clone());
            let same: Vec<&Value> = ids
                .iter()
                .zip(&types)
                .filter(|(_, ty)| Some(*ty) == typ.as_ref())
                .map(|(i, _)| i)
                .collect();
            if !same.is_empty() {
                e["target"] = same[rng.below(same.len())].clone();
            }
        }
        kept.push(e);
    }
    *edges(g) = kept;
    for _ in 0..rng.below(4) {
        let i = rng.below(n_nodes);
        let name = nodes(g)[i]["name"].as_str().unwrap_or("").to_string();
        let new = match rng.below(3) {
            0 => format!("{name} Mới"),
            1 => name.to_uppercase(),
            _ => name.chars().rev().collect(),
        };
        nodes(g)[i]["name"] = json!(new);
    }
    for _ in 0..rng.below(3) {
        let i = rng.below(n_nodes);
        if nodes(g)[i]["type"] == "meeting" {
            let date = format!(
                "20{:02}-0{}-0{}",
                rng.below(30),
                rng.below(9) + 1,
                rng.below(9) + 1
            );
            nodes(g)[i]["date"] = json!(date);
        }
    }
    for k in 0..rng.below(3) {
        let i = rng.below(n_nodes);
        let mut dup = nodes(g)[i].clone();
        let id = dup["id"].as_str().unwrap_or("").to_string();
        dup["id"] = json!(format!("{id}@{k}"));
        nodes(g).push(dup);
        let moved: Vec<Value> = edges(g)
            .iter()
            .filter(|e| e["source"] == id.as_str() || e["target"] == id.as_str())
            .filter(|_| rng.chance(50))
            .cloned()
            .map(|mut e| {
                if e["source"] == id.as_str() {
                    e["source"] = json!(format!("{id}@{k}"));
                } else {
                    e["target"] = json!(format!("{id}@{k}"));
                }
                e
            })
            .collect();
        edges(g).extend(moved);
    }
}

fn check_gold_dir(py: &Python, gold_dir: &Path, seed: u64) {
    let gold = load_gold_dir(gold_dir).expect("gold loads");
    assert!(!gold.is_empty(), "no gold in {}", gold_dir.display());
    let perfect = py.gold_to_graph(gold_dir);

    let figures = assert_parity(py, gold_dir, &gold, &perfect, "perfect graph");
    assert_eq!(figures["overall"]["f1"], json!(1.0));
    assert_eq!(figures["duplicates"], json!([]));
    let report = score(&gold, &perfect);
    assert!(report.misses.is_empty());
    for (kind, row) in &report.kinds {
        assert_eq!((row.tp, row.pred), (row.gold, row.gold), "{kind}");
    }

    let mut cases: Vec<(String, Value, bool)> = Vec::new();
    for (what, damage) in perturbations() {
        let mut g = perfect.clone();
        damage(&mut g, &gold);
        cases.push((what.to_string(), g, true));
    }
    let mut rng = Rng(seed);
    for round in 0..10 {
        let mut g = perfect.clone();
        random_damage(&mut g, &mut rng);
        cases.push((format!("random damage {round}"), g, false));
    }
    cases.push(("empty graph".to_string(), json!({}), true));

    // The Python runs dominate the time; run them side by side.
    std::thread::scope(|s| {
        let runs: Vec<_> = cases
            .iter()
            .map(|(what, g, must_change)| {
                let gold = &gold;
                let figures = &figures;
                s.spawn(move || {
                    let damaged = assert_parity(py, gold_dir, gold, g, what);
                    if *must_change {
                        assert_ne!(&damaged, figures, "{what} changes nothing");
                    }
                })
            })
            .collect();
        for run in runs {
            if let Err(e) = run.join() {
                std::panic::resume_unwind(e);
            }
        }
    });
}

#[test]
fn seed_gold_parity() {
    let Some(py) = Python::find() else { return };
    let gold_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/gold");
    check_gold_dir(&py, &gold_dir, 0x5eed_0001);
}

#[test]
fn dev_gold_parity() {
    let Some(py) = Python::find() else { return };
    let gold_dir = py.eval_dir.join("../dev/gold");
    if !gold_dir.is_dir() {
        eprintln!("note: {} not found; dev parity skipped", gold_dir.display());
        return;
    }
    check_gold_dir(&py, &gold_dir, 0xde7_0002);
}
