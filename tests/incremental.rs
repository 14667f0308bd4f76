//! Growing graphs: `--into`, `remove`, `extract` + `merge`, thread counts
//! and overrides all give the bytes a fresh build gives. (Concurrent and
//! killed builds are in `safe_writes.rs`.)

mod common;

use std::fs;
use std::path::Path;
use std::process::Command;

fn vnkg(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_vnkg"))
        .args(args)
        .output()
        .expect("vnkg runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn read(p: &Path) -> Vec<u8> {
    fs::read(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

#[test]
fn build_a_then_b_equals_build_a_and_b() {
    let t = tempfile::tempdir().unwrap();
    let (a, b) = common::split_seeds(t.path());
    let whole = t.path().join("whole.json");
    let grown = t.path().join("grown.json");
    assert_eq!(vnkg(&["build", s(&a), s(&b), "-o", s(&whole), "-q"]).0, 0);
    assert_eq!(vnkg(&["build", s(&a), "-o", s(&grown), "-q"]).0, 0);
    assert_eq!(vnkg(&["build", s(&b), "--into", s(&grown), "-q"]).0, 0);
    assert_eq!(read(&whole), read(&grown));
    assert_eq!(
        read(&t.path().join("whole.facts.jsonl")),
        read(&t.path().join("grown.facts.jsonl"))
    );
    // Re-adding an unchanged article changes nothing.
    assert_eq!(vnkg(&["build", s(&b), "--into", s(&grown), "-q"]).0, 0);
    assert_eq!(read(&whole), read(&grown));
}

#[test]
fn an_edited_article_replaces_its_old_facts_and_remove_drops_it() {
    let t = tempfile::tempdir().unwrap();
    let (a, b) = common::split_seeds(t.path());
    let g = t.path().join("g.json");
    assert_eq!(vnkg(&["build", s(&a), s(&b), "-o", s(&g), "-q"]).0, 0);
    let before = String::from_utf8(read(&g)).unwrap();
    assert!(before.contains("person:pham-van-trien"));
    // 002 renamed its speaker: the old person and edges go, the new come.
    let p = a.join("002_c17377f4227f1beb.txt");
    let text = fs::read_to_string(&p)
        .unwrap()
        .replace("Phạm Văn Triển", "Phạm Văn Tiến");
    fs::write(&p, text).unwrap();
    assert_eq!(vnkg(&["build", s(&p), "--into", s(&g), "-q"]).0, 0);
    let after = String::from_utf8(read(&g)).unwrap();
    assert!(!after.contains("person:pham-van-trien"));
    assert!(after.contains("person:pham-van-tien"));
    // Remove equals a build without it.
    assert_eq!(
        vnkg(&["remove", "004_13aee6488348c583", "--graph", s(&g)]).0,
        0
    );
    fs::remove_file(b.join("004_13aee6488348c583.txt")).unwrap();
    let fresh = t.path().join("fresh.json");
    assert_eq!(vnkg(&["build", s(&a), s(&b), "-o", s(&fresh), "-q"]).0, 0);
    assert_eq!(read(&fresh), read(&g));
    let (code, err) = vnkg(&["remove", "no-such-article", "--graph", s(&g)]);
    assert_eq!(code, 1);
    assert!(err.contains("no-such-article"), "{err}");
}

#[test]
fn a_newer_graph_version_is_refused() {
    let t = tempfile::tempdir().unwrap();
    let g = t.path().join("g.json");
    assert_eq!(vnkg(&["build", "-o", s(&g), "-q"]).0, 0);
    let text = fs::read_to_string(&g)
        .unwrap()
        .replacen("\"version\": 1", "\"version\": 99", 1);
    fs::write(&g, text).unwrap();
    let (code, err) = vnkg(&["build", "data/articles", "--into", s(&g), "-q"]);
    assert_eq!(code, 2);
    assert!(err.contains("newer"), "{err}");
}

#[test]
fn thread_count_and_extract_merge_do_not_change_the_bytes() {
    let t = tempfile::tempdir().unwrap();
    let one = t.path().join("one.json");
    let two = t.path().join("two.json");
    let mr = t.path().join("mr.json");
    let corpus = "tests/corpus/articles";
    assert_eq!(
        vnkg(&["build", corpus, "-o", s(&one), "--jobs", "1", "-q"]).0,
        0
    );
    assert_eq!(
        vnkg(&["build", corpus, "-o", s(&two), "--jobs", "2", "-q"]).0,
        0
    );
    assert_eq!(read(&one), read(&two));
    // Map over two shards, reduce: the same graph.
    let f1 = t.path().join("f1.jsonl");
    let f2 = t.path().join("f2.jsonl");
    let mut files: Vec<String> = fs::read_dir(corpus)
        .unwrap()
        .map(|e| e.unwrap().path().to_string_lossy().into_owned())
        .collect();
    files.sort();
    let (x, y) = files.split_at(files.len() / 2);
    let mut args = vec!["extract", "-o", s(&f1), "-q"];
    args.extend(x.iter().map(String::as_str));
    assert_eq!(vnkg(&args).0, 0);
    let mut args = vec!["extract", "-o", s(&f2), "-q"];
    args.extend(y.iter().map(String::as_str));
    assert_eq!(vnkg(&args).0, 0);
    assert_eq!(vnkg(&["merge", s(&f2), s(&f1), "-o", s(&mr)]).0, 0);
    assert_eq!(read(&one), read(&mr));
}

#[test]
fn overrides_merge_split_and_rename_and_the_report_says_why() {
    let t = tempfile::tempdir().unwrap();
    let g = t.path().join("g.json");
    let report = t.path().join("report.json");
    assert_eq!(
        vnkg(&["build", "-o", s(&g), "--merge-report", s(&report), "-q"]).0,
        0
    );
    let r: serde_json::Value = serde_json::from_slice(&read(&report)).unwrap();
    let hoa = r["merged"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["id"] == "person:tran-thi-phuong-hoa")
        .expect("Trần Thị Phương Hoa is merged from two articles");
    assert_eq!(hoa["articles"].as_array().unwrap().len(), 2);
    assert!(hoa["rule"].as_str().unwrap().contains("name"));

    let ov = t.path().join("ov.tsv");
    fs::write(
        &ov,
        "same person:vu-thi-than person:vu-thi-thanh\n\
         split person:tran-thi-phuong-hoa 003_82adc29613225e15\n\
         name person:phuong-kien-quoc Phương Kiến Quốc (Cầu Giấy)\n",
    )
    .unwrap();
    let g2 = t.path().join("g2.json");
    let (code, err) = vnkg(&["build", "-o", s(&g2), "--overrides", s(&ov), "-q"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("override same"), "{err}");
    let v: serde_json::Value = serde_json::from_slice(&read(&g2)).unwrap();
    let ids: Vec<&str> = v["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&"person:vu-thi-than") && !ids.contains(&"person:vu-thi-thanh"));
    assert!(ids.contains(&"person:tran-thi-phuong-hoa"));
    assert!(
        ids.iter()
            .any(|i| i.starts_with("person:tran-thi-phuong-hoa--")),
        "{ids:?}"
    );
    let pkq = v["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["id"] == "person:phuong-kien-quoc")
        .unwrap();
    assert_eq!(pkq["name"], "Phương Kiến Quốc (Cầu Giấy)");
    // A bad directive is an error naming the file and line.
    fs::write(&ov, "merge a b\n").unwrap();
    let (code, err) = vnkg(&["build", "-o", s(&g2), "--overrides", s(&ov), "-q"]);
    assert_eq!(code, 2);
    assert!(err.contains("line 1"), "{err}");
}
