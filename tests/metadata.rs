//! Metadata that changes the facts: a locality from a JSON line or from the
//! portal's host name completes bodies the text never qualifies; the text
//! wins when it disagrees, and the disagreement is recorded.

use std::fs;
use std::process::Command;

fn build_jsonl(lines: &str) -> serde_json::Value {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("corpus.jsonl");
    fs::write(&input, lines).unwrap();
    let out = dir.path().join("g.json");
    let o = Command::new(env!("CARGO_BIN_EXE_vnkg"))
        .args(["build", "-q", "-o"])
        .arg(&out)
        .arg(&input)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    serde_json::from_str(&fs::read_to_string(&out).unwrap()).unwrap()
}

fn titles(g: &serde_json::Value) -> Vec<String> {
    let mut v: Vec<String> = g["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["type"] == "title")
        .map(|n| n["name"].as_str().unwrap().to_string())
        .collect();
    v.sort();
    v
}

const TEXT: &str =
    "Sáng 3/4/2023, Quận ủy tổ chức hội nghị sơ kết. Dự có đồng chí Lê Văn An, Bí thư Quận ủy.";

#[test]
fn locality_from_metadata_completes_unqualified_bodies() {
    let line = serde_json::json!({"id": "a1", "text": TEXT, "locality": "quận Cầu Giấy, Hà Nội"});
    let g = build_jsonl(&format!("{line}\n"));
    assert_eq!(titles(&g), ["Bí thư Quận ủy Cầu Giấy"]);
}

#[test]
fn locality_from_the_portal_host_name() {
    let line = serde_json::json!({"id": "a2", "text": TEXT,
        "url": "https://longbien.hanoi.gov.vn/tin-tuc/-/view_content/123"});
    let g = build_jsonl(&format!("{line}\n"));
    assert_eq!(titles(&g), ["Bí thư Quận ủy Long Biên"]);
    assert_eq!(
        g["articles"][0]["url"],
        "https://longbien.hanoi.gov.vn/tin-tuc/-/view_content/123"
    );
}

#[test]
fn the_text_wins_over_metadata_and_the_conflict_is_recorded() {
    let text = "Sáng 3/4/2023, Quận ủy Hoàng Mai tổ chức hội nghị. Dự có đồng chí Lê Văn An, Bí thư Quận ủy.";
    let line = serde_json::json!({"id": "a3", "text": text, "locality": "quận Cầu Giấy, Hà Nội",
        "title": "Hội nghị sơ kết"});
    let g = build_jsonl(&format!("{line}\n"));
    assert_eq!(titles(&g), ["Bí thư Quận ủy Hoàng Mai"]);
    let art = &g["articles"][0];
    assert_eq!(art["title"], "Hội nghị sơ kết");
    let c = &art["conflicts"][0];
    assert_eq!(c["field"], "locality");
    assert_eq!(c["text"], "Hoàng Mai");
    assert_eq!(c["metadata"], "Cầu Giấy");
}

#[test]
fn a_ward_locality_completes_ward_bodies() {
    let text = "Chiều 5/6/2022, Đảng ủy phường tổ chức hội nghị. Dự có đồng chí Vũ Minh Đức, Bí thư Đảng ủy phường.";
    let line = serde_json::json!({"id": "a4", "text": text, "locality": "phường Quảng An, quận Tây Hồ, Hà Nội"});
    let g = build_jsonl(&format!("{line}\n"));
    assert_eq!(titles(&g), ["Bí thư Đảng ủy phường Quảng An"]);
}
