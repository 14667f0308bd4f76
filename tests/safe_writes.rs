//! Safe writes: a build killed with SIGKILL at any moment leaves the
//! previous graph (and its facts file) intact and usable, and two commands
//! writing one graph take turns on its lock, never interleaving.

mod common;

use std::fs;
use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn vnkg(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_vnkg"))
        .args(args)
        .output()
        .expect("vnkg runs");
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!err.contains("panicked"), "{err}");
    (out.status.code().unwrap_or(-1), err)
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn read(p: &Path) -> Vec<u8> {
    fs::read(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// The seeds copied `copies` times under new names: a batch whose graph
/// and facts take a while to write (about 40 KB of output per article).
fn many_seeds(dir: &Path, copies: usize) -> PathBuf {
    let many = dir.join("many");
    fs::create_dir_all(&many).unwrap();
    for i in 0..copies {
        for e in fs::read_dir("data/articles").unwrap() {
            let p = e.unwrap().path();
            let name = format!("{}_{i}.txt", p.file_stem().unwrap().to_string_lossy());
            fs::copy(&p, many.join(name)).unwrap();
        }
    }
    many
}

/// A graph of the bundled seeds at `dir/g.json`: (graph, facts, their bytes).
fn old_graph(dir: &Path) -> (PathBuf, PathBuf, Vec<u8>, Vec<u8>) {
    let g = dir.join("g.json");
    assert_eq!(vnkg(&["build", "-o", s(&g), "-q"]).0, 0);
    let f = dir.join("g.facts.jsonl");
    let (gb, fb) = (read(&g), read(&f));
    (g, f, gb, fb)
}

fn temporaries(dir: &Path) -> Vec<String> {
    fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| {
            let n = e.ok()?.file_name().to_string_lossy().into_owned();
            n.ends_with(".tmp").then_some(n)
        })
        .collect()
}

fn spawn_build(batch: &Path, g: &Path) -> Child {
    Command::new(env!("CARGO_BIN_EXE_vnkg"))
        .args(["build", s(batch), "-o", s(g), "-q", "--jobs", "1"])
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

/// Kill a build the moment one of its temporary files appears, that is
/// while it writes the new facts or graph: the old graph and facts are
/// untouched, the graph loads, and the next build cleans up and works.
#[test]
fn a_build_killed_mid_write_leaves_the_previous_graph_intact() {
    let t = tempfile::tempdir().unwrap();
    let (g, f, old_g, old_f) = old_graph(t.path());
    let batch = many_seeds(t.path(), 100);
    // First while it writes the facts, then while it writes the graph.
    for file in ["g.facts.jsonl", "g.json"] {
        let prefix = format!(".{file}.");
        let mut caught = false;
        for attempt in 0..10 {
            let mut child = spawn_build(&batch, &g);
            let start = Instant::now();
            let mut seen = None;
            while seen.is_none() && start.elapsed() < Duration::from_secs(60) {
                if child.try_wait().unwrap().is_some() {
                    break;
                }
                seen = temporaries(t.path())
                    .into_iter()
                    .find(|n| n.starts_with(&prefix));
            }
            child.kill().unwrap(); // SIGKILL on Unix
            let status = child.wait().unwrap();
            if status.success() {
                // The write finished before the kill landed: start over.
                println!("{file}, attempt {attempt}: the build finished first");
                fs::write(&g, &old_g).unwrap();
                fs::write(&f, &old_f).unwrap();
                continue;
            }
            let seen = seen.expect("a temporary file appears while the build writes");
            println!("{file}, attempt {attempt}: killed while writing {seen}");
            assert_eq!(read(&g), old_g, "the old graph must be untouched");
            assert_eq!(read(&f), old_f, "the old facts must be untouched");
            let text = String::from_utf8(read(&g)).unwrap();
            assert!(vnkg::graph::nodelink::from_str(&text).is_ok());
            assert_eq!(vnkg(&["query", "--graph", s(&g), "chairs"]).0, 0);
            caught = true;
            break;
        }
        assert!(caught, "never caught the build while it wrote {file}");
    }
    // The next build into the graph removes the dead run's temporary file
    // and builds as if nothing had happened.
    assert!(!temporaries(t.path()).is_empty());
    let extra = t.path().join("extra.txt");
    fs::write(
        &extra,
        "Sáng 3/4/2023, Huyện ủy Gia Lâm tổ chức hội nghị. Dự có đồng chí Lê Văn Minh, Bí thư Huyện ủy.",
    )
    .unwrap();
    let (code, err) = vnkg(&["build", s(&extra), "--into", s(&g), "-q"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        temporaries(t.path()).is_empty(),
        "{:?}",
        temporaries(t.path())
    );
    let fresh = t.path().join("fresh.json");
    let seeds = t.path().join("seeds");
    fs::create_dir(&seeds).unwrap();
    for e in fs::read_dir("data/articles").unwrap() {
        let p = e.unwrap().path();
        fs::copy(&p, seeds.join(p.file_name().unwrap())).unwrap();
    }
    assert_eq!(
        vnkg(&["build", s(&seeds), s(&extra), "-o", s(&fresh), "-q"]).0,
        0
    );
    assert_eq!(read(&fresh), read(&g));
}

/// Kill builds at moments spread over their whole run (reading,
/// extracting, merging, writing, renaming): every time the graph is the old
/// one or the whole new one, it loads, and the next build into it works.
#[test]
fn a_build_killed_at_any_moment_leaves_a_whole_graph() {
    let t = tempfile::tempdir().unwrap();
    let (g, f, old_g, old_f) = old_graph(t.path());
    let batch = many_seeds(t.path(), 60);
    // One whole run: its length and its graph.
    let start = Instant::now();
    let mut child = spawn_build(&batch, &g);
    assert!(child.wait().unwrap().success());
    let whole_run = start.elapsed();
    let new_g = read(&g);
    let steps = 12;
    let mut outcomes = (0, 0);
    for k in 0..=steps {
        fs::write(&g, &old_g).unwrap();
        fs::write(&f, &old_f).unwrap();
        let mut child = spawn_build(&batch, &g);
        // Up to a quarter past the run's length, so the last ones finish.
        std::thread::sleep(whole_run * k * 5 / (steps * 4));
        let _ = child.kill();
        let _ = child.wait();
        // The next command that locks the graph finishes a commit the kill
        // interrupted between its two renames, if it did.
        let extra = t.path().join("extra.txt");
        fs::write(&extra, "Đồng chí Lê Văn Minh, Bí thư Huyện ủy Gia Lâm.").unwrap();
        let got = read(&g);
        if got == old_g {
            outcomes.0 += 1;
        } else {
            assert!(
                got == new_g,
                "step {k}: a graph that is neither old nor new"
            );
            outcomes.1 += 1;
        }
        let text = String::from_utf8(got).unwrap();
        assert!(vnkg::graph::nodelink::from_str(&text).is_ok(), "step {k}");
        let (code, err) = vnkg(&["build", s(&extra), "--into", s(&g), "-q"]);
        assert_eq!(code, 0, "step {k}: {err}");
        let after = String::from_utf8(read(&g)).unwrap();
        assert!(after.contains("person:le-van-minh"), "step {k}");
    }
    println!(
        "old graph kept {} times, new graph {} times",
        outcomes.0, outcomes.1
    );
    assert!(outcomes.0 > 0);
}

/// A commit interrupted between its two renames, as a SIGKILL there would
/// leave it (the new facts in place, the new graph still a temporary file,
/// the journal naming the run): the next command that locks the graph
/// finishes it, and the pair is one build again.
#[test]
fn a_commit_interrupted_between_its_renames_is_finished_by_the_next_run() {
    let t = tempfile::tempdir().unwrap();
    let (g, f, _, _) = old_graph(t.path());
    let batch = many_seeds(t.path(), 2);
    let new = t.path().join("new.json");
    assert_eq!(vnkg(&["build", s(&batch), "-o", s(&new), "-q"]).0, 0);
    let (new_g, new_f) = (read(&new), read(&t.path().join("new.facts.jsonl")));
    // The state a run with pid 4242 killed after its first rename leaves.
    fs::write(&f, &new_f).unwrap();
    fs::write(t.path().join(".g.json.4242.tmp"), &new_g).unwrap();
    fs::write(t.path().join(".g.json.commit"), "4242\n").unwrap();
    // Graph and facts disagree until the commit is finished.
    let (code, err) = vnkg(&["remove", "no-such-article", "--graph", s(&g)]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("finished saving"), "{err}");
    assert_eq!(read(&g), new_g);
    assert!(!t.path().join(".g.json.commit").exists());
    assert!(temporaries(t.path()).is_empty());
}

/// While another vnkg holds a graph's lock, a build into it says it waits,
/// does not touch the graph, and runs once the lock is released.
#[test]
fn a_second_build_waits_for_the_lock_and_says_so() {
    let t = tempfile::tempdir().unwrap();
    let (g, _, old_g, _) = old_graph(t.path());
    let extra = t.path().join("extra.txt");
    fs::write(
        &extra,
        "Sáng 3/4/2023, Huyện ủy Gia Lâm tổ chức hội nghị. Dự có đồng chí Lê Văn Minh, Bí thư Huyện ủy.",
    )
    .unwrap();
    let lock = vnkg::pipeline::lock_graph(&g).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_vnkg"))
        .args(["build", s(&extra), "--into", s(&g), "-q"])
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stderr = child.stderr.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stderr).lines() {
            let _ = tx.send(line.unwrap_or_default());
        }
    });
    let first = rx
        .recv_timeout(Duration::from_secs(30))
        .expect("the second build says it waits");
    assert!(
        first.contains(&format!(
            "{} is being written by another vnkg; waiting for it to finish",
            g.display()
        )),
        "{first}"
    );
    std::thread::sleep(Duration::from_millis(300));
    assert!(child.try_wait().unwrap().is_none(), "it must wait");
    assert_eq!(read(&g), old_g, "nothing is written while it waits");
    drop(lock);
    assert!(child.wait().unwrap().success());
    let after = String::from_utf8(read(&g)).unwrap();
    assert!(after.contains("person:le-van-minh") && after.contains("person:phuong-kien-quoc"));
}

/// Two builds into one graph at the same moment: the result is the graph
/// of both batches, byte for byte, whichever ran first.
#[test]
fn two_builds_into_one_graph_at_once_do_not_interleave() {
    let t = tempfile::tempdir().unwrap();
    let (a, b) = common::split_seeds(t.path());
    let g = t.path().join("g.json");
    for _ in 0..3 {
        let _ = fs::remove_file(&g);
        let _ = fs::remove_file(t.path().join("g.facts.jsonl"));
        let spawn = |dir: &Path| {
            Command::new(env!("CARGO_BIN_EXE_vnkg"))
                .args(["build", s(dir), "--into", s(&g), "-q"])
                .stderr(Stdio::null())
                .spawn()
                .unwrap()
        };
        let (mut x, mut y) = (spawn(&a), spawn(&b));
        assert!(x.wait().unwrap().success() && y.wait().unwrap().success());
        let fresh = t.path().join("fresh.json");
        assert_eq!(vnkg(&["build", s(&a), s(&b), "-o", s(&fresh), "-q"]).0, 0);
        assert_eq!(read(&fresh), read(&g));
    }
}
