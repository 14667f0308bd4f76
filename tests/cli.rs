//! The `vnkg` command on real and hostile input: messages name the file,
//! the rest of the batch is built, exit codes are 0/1/2, output is
//! deterministic whatever the order of the inputs.

use std::fs;
use std::path::Path;
use std::process::Command;

fn vnkg() -> Command {
    Command::new(env!("CARGO_BIN_EXE_vnkg"))
}

fn run(cmd: &mut Command) -> (i32, String) {
    let out = cmd.output().expect("vnkg runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn bad_inputs_are_named_and_the_rest_is_built() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.txt");
    fs::copy("data/articles/000_0b96b646586c80af.txt", &good).unwrap();
    let empty = dir.path().join("empty.txt");
    fs::write(&empty, "   \n").unwrap();
    let latin1 = dir.path().join("latin1.txt");
    fs::write(&latin1, b"Qu\xe1n \xfay ban\n").unwrap();
    let no_articles = dir.path().join("nothing");
    fs::create_dir(&no_articles).unwrap();
    fs::write(no_articles.join("readme.md"), "x").unwrap();
    let missing = dir.path().join("missing.txt");
    let out = dir.path().join("g.json");
    let (code, err) = run(vnkg()
        .arg("build")
        .args([&good, &empty, &latin1, &no_articles, &missing])
        .arg("-o")
        .arg(&out));
    assert_eq!(code, 1, "{err}");
    for (path, what) in [
        (&empty, "empty"),
        (&latin1, "UTF-8"),
        (&no_articles, "no"),
        (&missing, ""),
    ] {
        let line = err
            .lines()
            .find(|l| l.contains(&*path.to_string_lossy()))
            .unwrap_or_else(|| panic!("no message for {}: {err}", path.display()));
        assert!(line.contains(what), "{line}");
    }
    let graph = fs::read_to_string(&out).unwrap();
    assert!(graph.contains("person:phuong-kien-quoc"));
}

#[test]
fn nothing_built_is_exit_2_and_leaves_no_file() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.txt");
    fs::write(&empty, "").unwrap();
    let out = dir.path().join("g.json");
    let (code, err) = run(vnkg().arg("build").arg(&empty).arg("-o").arg(&out));
    assert_eq!(code, 2, "{err}");
    assert!(!out.exists());
    let (code, _) = run(vnkg().arg("build").arg("--no-such-flag"));
    assert_eq!(code, 2);
}

#[test]
fn output_is_byte_identical_whatever_the_input_order() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.json");
    let b = dir.path().join("b.json");
    let mut files: Vec<String> = fs::read_dir("tests/corpus/articles")
        .unwrap()
        .map(|e| e.unwrap().path().to_string_lossy().into_owned())
        .collect();
    files.sort();
    assert_eq!(run(vnkg().arg("build").args(&files).arg("-o").arg(&a)).0, 0);
    files.reverse();
    assert_eq!(run(vnkg().arg("build").args(&files).arg("-o").arg(&b)).0, 0);
    assert_eq!(fs::read(&a).unwrap(), fs::read(&b).unwrap());
}

#[test]
fn default_build_writes_the_bundled_graph() {
    let dir = tempfile::tempdir().unwrap();
    let (code, err) = run(vnkg().current_dir(dir.path()));
    assert_eq!(code, 0, "{err}");
    let g = fs::read_to_string(dir.path().join("out/graph.json")).unwrap();
    let v: serde_json::Value = serde_json::from_str(&g).unwrap();
    assert_eq!(v["articles"].as_array().unwrap().len(), 5);
    // The main command also leaves a diagram and linked data beside it.
    let dot = fs::read_to_string(dir.path().join("out/graph.dot")).unwrap();
    assert!(dot.contains("Phương Kiến Quốc"));
    let ld: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(dir.path().join("out/graph.jsonld")).unwrap())
            .unwrap();
    assert!(ld.get("@context").is_some());
    let have_dot = std::process::Command::new("dot")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    assert_eq!(
        Path::new(&dir.path().join("out/graph.svg")).exists(),
        have_dot,
        "{err}"
    );
}

#[test]
fn build_writes_the_formats_asked_for_beside_the_graph() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("g.json");
    let (code, err) = run(vnkg()
        .args([
            "build",
            "tests/corpus/articles",
            "--export",
            "graphml,ntriples",
            "-q",
            "-o",
        ])
        .arg(&out));
    assert_eq!(code, 0, "{err}");
    assert!(dir.path().join("g.graphml").exists() && dir.path().join("g.nt").exists());
    assert!(!dir.path().join("g.dot").exists());
    let (code, err) = run(vnkg().args(["build", "--export", "pdf", "-o"]).arg(&out));
    assert_eq!(code, 2);
    assert!(err.contains("pdf"), "{err}");
}

#[test]
fn export_refuses_a_base_that_is_not_an_absolute_iri() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("g.json");
    let (code, err) = run(vnkg()
        .args(["build", "tests/corpus/articles", "-q", "-o"])
        .arg(&out));
    assert_eq!(code, 0, "{err}");
    let ld = dir.path().join("g.jsonld");
    for base in ["1:x/", "-:x/"] {
        let (code, err) = run(vnkg()
            .args(["export", "jsonld", &format!("--base={base}"), "--graph"])
            .arg(&out)
            .arg("-o")
            .arg(&ld));
        assert_eq!(code, 2, "{base}: {err}");
        assert!(err.contains("not an absolute IRI"), "{err}");
        assert!(!ld.exists());
    }
}

#[test]
fn extract_to_a_reader_that_stops_early_is_not_an_error() {
    use std::io::Read;
    use std::process::Stdio;
    // The facts of the own corpus (300 KB) overflow a pipe's buffer, so
    // vnkg is still writing when the reader goes away.
    let mut child = vnkg()
        .args(["extract", "tests/corpus/articles", "-q", "-o", "-"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut head = [0u8; 64];
    child.stdout.take().unwrap().read_exact(&mut head).unwrap();
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(head.starts_with(b"{\"format\":\"vnkg-facts\""));
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(!err.contains("Broken pipe"), "{err}");
}

#[test]
fn stdin_is_an_article_named_stdin() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("g.json");
    let mut child = vnkg()
        .args(["build", "-", "-o"])
        .arg(&out)
        .stdin(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all("Sáng 3/4/2023, Huyện ủy Gia Lâm tổ chức hội nghị. Dự hội nghị có đồng chí Lê Văn Minh, Bí thư Huyện ủy.\n".as_bytes())
        .unwrap();
    assert!(child.wait().unwrap().success());
    let g = fs::read_to_string(&out).unwrap();
    assert!(g.contains("\"stdin\""));
    assert!(g.contains("Bí thư Huyện ủy Gia Lâm"));
}

#[test]
fn linked_data_says_which_body_a_sub_body_belongs_to() {
    let dir = tempfile::tempdir().unwrap();
    let g = dir.path().join("g.json");
    assert_eq!(
        run(vnkg()
            .args(["build", "-q", "--export", "ntriples", "-o"])
            .arg(&g))
        .0,
        0
    );
    let nt = fs::read_to_string(dir.path().join("g.nt")).unwrap();
    let line = nt
        .lines()
        .find(|l| {
            l.contains("<http://www.w3.org/ns/org#subOrganizationOf>")
                && l.contains("ban-thuong-vu-quan-uy-cau-giay")
        })
        .expect("BTV Quận ủy Cầu Giấy is a sub-organization");
    assert!(line.contains("quan-uy-cau-giay>"), "{line}");
}
