//! Regression tests for what the fuzz targets (`fuzz/`) found, one per
//! finding, on the minimised input. The README's "Fuzzing" section lists
//! them with the target that found each.

use vnkg::facts::EdgeType;
use vnkg::graph::nodelink;

#[path = "common/graphs.rs"]
mod graphs;
use graphs::{graph, out};

/// export_json: a float attribute did not read back to the same bytes
/// (serde_json's fast float parsing is off by one unit in the last place
/// for some values), so a graph with one changed on every load and save.
#[test]
fn float_attributes_read_back_exactly() {
    let text = r#"{"format": "vnkg-graph", "version": 1, "articles": [],
        "nodes": [{"id": "committee:a", "type": "committee", "name": "A", "sources": [],
                   "weight": 1.947700395895162e-169, "share": -1.490143767845386e+129}],
        "edges": []}"#;
    let once = nodelink::to_string(&nodelink::from_str(text).unwrap());
    assert!(once.contains("1.947700395895162e-169"), "{once}");
    assert!(once.contains("-1.490143767845386e+129"), "{once}");
    let twice = nodelink::to_string(&nodelink::from_str(&once).unwrap());
    assert_eq!(once, twice);
}

/// The titles a person holds in a graph of one article.
fn titles_of(text: &str, person: &str) -> Vec<String> {
    out(&graph(text), person, EdgeType::Holds)
}

/// extract_persons (CI run 68, a segmentation fault with no artifact):
/// a body word alone after a sub-body ("Phó Ban Tổ chức Ban,") stands for
/// the nearest body of its family, and the nearest "Ban" was the one being
/// read, so the reading called itself until the stack overflowed. The body
/// a lone word looks for is now read without lone words of its own.
#[test]
fn a_sub_body_followed_by_its_own_word_is_read_once() {
    let text = "Hội nghị Quận ủy Cầu Giấy.\n\
        Ông Nguyễn Văn An, Phó Ban Tổ chức Ban, phát biểu.\n";
    assert_eq!(
        titles_of(text, "Nguyễn Văn An"),
        ["Phó Trưởng Ban Tổ chức Quận ủy Cầu Giấy"]
    );
}

/// extract_persons: a membership shorthand with no body after it
/// ("UVTV, Trưởng Ban Tổ chức Quận ủy") takes the party committee of the
/// title after its comma, and so did that title, once per token of a
/// sentence of nothing else, each reading a stack frame deeper. They now
/// look through at most four titles, so the reading needs a small stack
/// whatever the text.
#[test]
fn runs_of_shorthands_read_in_a_small_stack() {
    for unit in ["UVTV, ", "Đảng ủy viên, ", "TUV, "] {
        let text = format!(
            "Hội nghị Quận ủy Cầu Giấy.\nÔng Nguyễn Văn An, {}Trưởng Ban Tổ chức Quận ủy Cầu \
             Giấy chủ trì.\n",
            unit.repeat(240)
        );
        let titles = std::thread::Builder::new()
            .stack_size(192 * 1024)
            .spawn(move || titles_of(&text, "Nguyễn Văn An"))
            .unwrap()
            .join()
            .unwrap();
        assert!(!titles.is_empty(), "{unit}");
        if unit == "UVTV, " {
            assert!(
                titles.contains(&"Trưởng Ban Tổ chức Quận ủy Cầu Giấy".to_string()),
                "{titles:?}"
            );
        }
    }
}

/// extract_persons (a run with the fixes above): a cell written by its head
/// alone ("Bí thư Chi bộ") takes the one longer name the article gives
/// under that head, and when that name ended the text ("Chi bộ thôn Nà
/// Pài" with no full stop) its locality was looked for past the last
/// token.
#[test]
fn a_unit_that_ends_the_text_completes_a_bare_head() {
    let text = "Hội nghị Huyện ủy Bảo Lạc.\n\
        Ông Nguyễn Văn An, Bí thư Chi bộ, phát biểu. Dự có Chi bộ thôn Nà Pài";
    assert_eq!(
        titles_of(text, "Nguyễn Văn An"),
        ["Bí thư Chi bộ thôn Nà Pài"]
    );
}
