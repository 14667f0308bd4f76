//! The three input forms: the portals' text form, saved HTML pages and JSON
//! Lines corpora. The same article in any form gives the same facts; HTML
//! pages lose their menus, sidebars and scripts; invalid corpus lines are
//! reported by number and the rest is built; metadata dates and portal
//! localities reach `Article::meta`.

use serde_json::{json, Value};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use vnkg::article::Article;
use vnkg::date::Date;
use vnkg::input::{parse_raw, read_articles, InputFormat, RawArticle, Source};
use vnkg::pipeline;

const SEEDS: [&str; 5] = [
    "000_0b96b646586c80af",
    "001_96fcda2a30a6f148",
    "002_c17377f4227f1beb",
    "003_82adc29613225e15",
    "004_13aee6488348c583",
];

fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

/// The one article of a text or HTML input.
fn read_one(path: &Path, format: InputFormat) -> RawArticle {
    let (mut raws, errors) = read_articles(&Source::File(path.to_path_buf()), format);
    assert!(errors.is_empty(), "{}: {errors:?}", path.display());
    assert_eq!(raws.len(), 1, "{}", path.display());
    raws.remove(0)
}

fn parse(raw: &RawArticle) -> Article {
    parse_raw(raw).unwrap_or_else(|e| panic!("{}: {e}", raw.origin))
}

/// Facts in a form that does not depend on the whitespace of the text: an
/// HTML page has no leading spaces, double spaces or sidebar lines to keep,
/// so its byte offsets differ from the text file's while pointing at the
/// same words. Every evidence span is replaced by the words it covers, and
/// the content hash (of the text) and the URL (which only metadata gives)
/// are set aside.
fn comparable(article: &Article) -> Value {
    let facts = vnkg::extract::extract(article);
    let mut v = serde_json::to_value(&facts).expect("facts serialise");
    if let Some(meta) = v.get_mut("article").and_then(Value::as_object_mut) {
        // What the metadata itself adds (the text form has none).
        meta.remove("hash");
        meta.remove("url");
        meta.remove("title");
        meta.remove("locality");
    }
    quote_spans(&mut v, &article.text);
    v
}

fn quote_spans(v: &mut Value, text: &str) {
    match v {
        Value::Object(o) => {
            let span = match (o.get("start"), o.get("end")) {
                (Some(Value::Number(s)), Some(Value::Number(e))) => s
                    .as_u64()
                    .zip(e.as_u64())
                    .map(|(s, e)| (s as usize, e as usize)),
                _ => None,
            };
            if let Some((s, e)) = span {
                o.remove("start");
                o.remove("end");
                let quoted = text.get(s..e).unwrap_or("<bad span>");
                o.insert(
                    "quote".into(),
                    quoted
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ")
                        .into(),
                );
            }
            for child in o.values_mut() {
                quote_spans(child, text);
            }
        }
        Value::Array(a) => {
            for child in a {
                quote_spans(child, text);
            }
        }
        _ => {}
    }
}

fn jsonl_lines(path: &Path) -> Vec<RawArticle> {
    let (raws, errors) = read_articles(&Source::File(path.to_path_buf()), InputFormat::Auto);
    assert!(errors.is_empty(), "{errors:?}");
    raws
}

#[test]
fn each_seed_gives_the_same_facts_as_text_html_and_json_line() {
    let lines = jsonl_lines(&fixture("tests/fixtures/jsonl/seeds.jsonl"));
    assert_eq!(lines.len(), SEEDS.len());
    for seed in SEEDS {
        let text = read_one(
            &fixture(&format!("data/articles/{seed}.txt")),
            InputFormat::Auto,
        );
        let html_path = fixture(&format!("tests/fixtures/html/seeds/{seed}.html"));
        let html = read_one(&html_path, InputFormat::Auto);
        let line = lines
            .iter()
            .find(|r| r.id == seed)
            .unwrap_or_else(|| panic!("{seed} in seeds.jsonl"));
        // The page as the "html" of a JSON line: the scraper's form.
        let page = fs::read_to_string(&html_path).expect("fixture reads");
        let dir = tempfile::tempdir().expect("tempdir");
        let corpus = dir.path().join("pages.jsonl");
        fs::write(&corpus, json!({"id": seed, "html": page}).to_string()).expect("write");
        let html_line = jsonl_lines(&corpus).remove(0);

        assert_eq!(text.format, InputFormat::Text);
        assert_eq!(html.format, InputFormat::Html);
        assert_eq!(line.format, InputFormat::Jsonl);
        assert_eq!(html.id, seed);

        let t = parse(&text);
        let want = comparable(&t);
        for (form, raw) in [
            ("html", &html),
            ("json line", line),
            ("html json line", &html_line),
        ] {
            let a = parse(raw);
            assert_eq!(a.section_text(), t.section_text(), "{seed} {form}");
            assert_eq!(a.headline_text(), t.headline_text(), "{seed} {form}");
            assert_eq!(a.published, t.published, "{seed} {form}");
            assert_eq!(a.time, t.time, "{seed} {form}");
            assert_eq!(a.byline_text(), t.byline_text(), "{seed} {form}");
            let got = comparable(&a);
            assert!(
                got == want,
                "{seed} as {form} differs from the text file:\n{}\n---\n{}",
                serde_json::to_string_pretty(&got).unwrap_or_default(),
                serde_json::to_string_pretty(&want).unwrap_or_default()
            );
        }
        // The JSON line carries the text verbatim: even the offsets and the
        // hash agree; only what the metadata adds (URL, title, locality) is new.
        let mut verbatim = vnkg::extract::extract(&parse(line));
        assert!(verbatim.article.url.is_some());
        verbatim.article.url = None;
        verbatim.article.title = None;
        verbatim.article.locality = None;
        assert_eq!(
            serde_json::to_string(&verbatim).ok(),
            serde_json::to_string(&vnkg::extract::extract(&t)).ok(),
            "{seed}"
        );
        // The page's canonical URL and its portal's locality.
        let meta = &parse(&html).meta;
        assert!(meta
            .url
            .as_deref()
            .is_some_and(|u| u.contains(".hanoi.gov.vn/")));
        assert_eq!(meta.url, line.meta.url, "{seed}");
        let district = match seed {
            "001_96fcda2a30a6f148" => "quận Hoàng Mai, Hà Nội",
            "004_13aee6488348c583" => "quận Long Biên, Hà Nội",
            _ => "quận Cầu Giấy, Hà Nội",
        };
        assert_eq!(meta.locality.as_deref(), Some(district), "{seed}");
        assert_eq!(
            parse(line).meta.locality.as_deref(),
            Some(district),
            "{seed}"
        );
        assert_eq!(meta.title.as_deref(), t.headline_text(), "{seed}");
    }
}

/// The text of a page, checked line by line, and that nothing of the page
/// around the article leaked into it.
fn assert_page(path: &str, want: &str) -> RawArticle {
    let raw = read_one(&fixture(path), InputFormat::Auto);
    assert_eq!(raw.text, want, "{path}");
    for leak in [
        "Trang chủ",
        "thời tiết",
        "Thời tiết",
        "Bình chọn",
        "Zalo",
        "Facebook",
        "Tin liên quan",
        "Bản in",
        "In bài viết",
        "function",
        "window.",
        "Liferay",
        "°C",
        "Bản quyền",
        "Từ khóa",
    ] {
        assert!(!raw.text.contains(leak), "{path}: {leak:?} leaked");
    }
    raw
}

#[test]
fn liferay_district_page() {
    let raw = assert_page(
        "tests/fixtures/html/liferay_district.html",
        "CÔNG TÁC ĐẢNG

Quận ủy giao ban công tác tuyên giáo quý I năm 2023
Ngày đăng 14/03/2023 | 08:30

Sáng 13/3, Ban Thường vụ Quận ủy tổ chức hội nghị giao ban công tác tuyên giáo quý I năm 2023.

Chủ trì hội nghị có đồng chí Lã Thị Quỳnh Anh, Phó Bí thư Quận ủy.

Quang cảnh hội nghị giao ban

Hội nghị đã nghe báo cáo kết quả công tác tuyên giáo quý I và bàn nhiệm vụ quý II.

BAN TUYÊN GIÁO QUẬN ỦY
",
    );
    let a = parse(&raw);
    assert_eq!(a.section_text(), Some("CÔNG TÁC ĐẢNG"));
    assert_eq!(a.published, Date::ymd(2023, 3, 14));
    assert_eq!(a.time.as_deref(), Some("08:30"));
    assert_eq!(a.byline_text(), Some("BAN TUYÊN GIÁO QUẬN ỦY"));
    assert!(a
        .body_text()
        .contains("\n\nQuang cảnh hội nghị giao ban\n\n"));
    assert_eq!(
        a.meta.url.as_deref(),
        Some("https://caugiay.hanoi.gov.vn/cong-tac-dang/-/view_content/4102-quan-uy-giao-ban-cong-tac-tuyen-giao-quy-i.html")
    );
    assert_eq!(
        a.meta.title.as_deref(),
        Some("Quận ủy giao ban công tác tuyên giáo quý I năm 2023")
    );
    // The article never says which Quận ủy: the portal does.
    assert_eq!(a.meta.locality.as_deref(), Some("quận Cầu Giấy, Hà Nội"));
    assert_eq!(a.meta.published, None);
}

#[test]
fn ward_page_with_lead_figure_and_author() {
    let raw = assert_page(
        "tests/fixtures/html/ward_article.html",
        "Tin địa phương

Phường Dư Hàng Kênh ra mắt tổ tự quản bảo vệ môi trường
Ngày đăng 22/04/2020 | 23:29

Chiều 21/4, Đảng ủy phường Dư Hàng Kênh ra mắt tổ tự quản bảo vệ môi trường tại tổ dân phố số 7.

Dự buổi ra mắt có đồng chí Trịnh Thu Hà, Bí thư Đảng ủy phường, và đại diện các đoàn thể.

Các thành viên tổ tự quản nhận cờ

Tổ tự quản gồm 15 thành viên, do bà Phan Thị Lụa làm tổ trưởng.

Ủy ban nhân dân phường giao tổ nhiệm vụ vận động các hộ phân loại rác tại nguồn.

Thu Trang
",
    );
    let a = parse(&raw);
    assert_eq!(
        a.headline_text(),
        Some("Phường Dư Hàng Kênh ra mắt tổ tự quản bảo vệ môi trường")
    );
    assert_eq!(a.published, Date::ymd(2020, 4, 22));
    assert_eq!(a.meta.published, Date::ymd(2020, 4, 22));
    assert_eq!(a.meta.locality.as_deref(), Some("quận Lê Chân, Hải Phòng"));
    assert!(a
        .meta
        .url
        .as_deref()
        .is_some_and(|u| u.starts_with("https://lechan.haiphong.gov.vn/")));
}

#[test]
fn table_layout_page_with_time_first_date_and_br_paragraphs() {
    let raw = assert_page(
        "tests/fixtures/html/table_layout.html",
        "Huyện ủy Thạch Thất giao ban công tác dân vận
Ngày đăng 12/07/2024 | 16:40

Chiều 11/7, Ban Dân vận Huyện ủy Thạch Thất tổ chức giao ban công tác dân vận 6 tháng đầu năm.

Đồng chí Kiều Văn Hòa, Trưởng Ban Dân vận Huyện ủy, chủ trì hội nghị.

Các đại biểu thảo luận về mô hình dân vận khéo ở cơ sở.

VĂN PHÒNG HUYỆN ỦY
",
    );
    let a = parse(&raw);
    assert_eq!(a.byline_text(), Some("VĂN PHÒNG HUYỆN ỦY"));
    assert_eq!(a.meta.url, None);
    assert_eq!(a.meta.locality, None);
}

fn write(dir: &Path, name: &str, contents: &str) -> PathBuf {
    let p = dir.join(name);
    fs::write(&p, contents).expect("write test input");
    p
}

fn meeting_dates(facts: &vnkg::facts::ArticleFacts) -> Vec<String> {
    facts
        .entities
        .iter()
        .filter(|e| e.kind == vnkg::facts::NodeType::Meeting)
        .filter_map(|e| {
            e.attrs
                .get("date")
                .and_then(Value::as_str)
                .map(String::from)
        })
        .collect()
}

#[test]
fn invalid_json_lines_are_reported_by_number_and_the_rest_is_built() {
    let dir = tempfile::tempdir().expect("tempdir");
    let good = json!({"id": "a1", "text": "Phường Yên Hòa tổng kết công tác dân vận\n\nSáng 11/1/2024, Đảng ủy phường Yên Hòa tổ chức hội nghị tổng kết công tác dân vận."});
    let page = json!({"id": "a2", "html": "<html><body><h1>Xã Tân Lập đối thoại với nông dân</h1><p>Ngày 1/4/2021, Đảng ủy xã Tân Lập tổ chức hội nghị đối thoại.</p></body></html>", "url": "https://gialam.hanoi.gov.vn/tin/1"});
    let huge = "x".repeat(2_000_000);
    let lines = [
        good.to_string(),                                                       // 1
        String::new(),                              // 2: blank, skipped quietly
        json!({"text": "Không có id"}).to_string(), // 3
        "không phải JSON".to_string(),              // 4
        "[1, 2, 3]".to_string(),                    // 5
        page.to_string(),                           // 6
        json!({"id": "a3", "text": 5}).to_string(), // 7
        json!({"id": "a4", "text": "Tin", "published": "hôm qua"}).to_string(), // 8
        json!({"id": "a5", "text": "   "}).to_string(), // 9: parsed, then empty
        json!({"id": "a6"}).to_string(),            // 10
        json!({"id": "", "text": "Tin"}).to_string(), // 11
        json!({"id": "a7", "text": "Tin", "url": 3}).to_string(), // 12
        format!("{{\"id\": \"a8\", \"text\": \"{huge}"), // 13: cut short
        "{\"id\": \"a9\", \"text\": \"Tin\"} trailing".to_string(), // 14
        format!("{}{}", "[".repeat(10_000), "]".repeat(10_000)), // 15: too deep
    ];
    let corpus = write(dir.path(), "corpus.jsonl", &lines.join("\n"));
    let batch = pipeline::extract_paths(std::slice::from_ref(&corpus));
    let ids: Vec<&str> = batch.facts.iter().map(|f| f.article.id.as_str()).collect();
    assert_eq!(ids, ["a1", "a2"]);
    let name = corpus.display().to_string();
    let mut messages: Vec<String> = batch.errors.iter().map(|e| e.to_string()).collect();
    messages.sort_by_key(|m| {
        m[name.len() + 1..]
            .split(':')
            .next()
            .and_then(|n| n.parse::<usize>().ok())
    });
    let expected = [
        (3, "missing \"id\""),
        (4, "invalid JSON"),
        (5, "not a JSON object"),
        (7, "\"text\" must be a string"),
        (8, "invalid \"published\": \"hôm qua\""),
        (9, "empty article"),
        (10, "missing \"text\" or \"html\""),
        (11, "empty \"id\""),
        (12, "\"url\" must be a string"),
        (13, "invalid JSON"),
        (14, "invalid JSON"),
        (15, "invalid JSON"),
    ];
    assert_eq!(messages.len(), expected.len(), "{messages:#?}");
    for (m, (line, what)) in messages.iter().zip(expected) {
        let prefix = format!("{name}:{line}: ");
        assert!(
            m.starts_with(&prefix) && m.contains(what),
            "{m} (want {prefix}{what})"
        );
        assert!(m.len() < name.len() + 200, "message too long: {m}");
    }
    // The page's metadata and the portal's locality.
    let (raws, _) = read_articles(&Source::File(corpus), InputFormat::Auto);
    let a2 = raws.iter().find(|r| r.id == "a2").expect("a2 read");
    assert_eq!(a2.origin, format!("{name}:6"));
    assert_eq!(a2.meta.locality.as_deref(), Some("huyện Gia Lâm, Hà Nội"));
}

#[test]
fn metadata_date_fills_a_missing_year() {
    let dir = tempfile::tempdir().expect("tempdir");
    let text = "Đảng ủy phường Yên Hòa tổng kết công tác dân vận\n\nChiều 20/8, Đảng ủy phường Yên Hòa tổ chức hội nghị tổng kết công tác dân vận.";
    let with = json!({"id": "m1", "text": text, "published": "2023-08-21"});
    let day_first = json!({"id": "m2", "text": text, "published": "21/08/2023"});
    let without = json!({"id": "m3", "text": text});
    let corpus = write(
        dir.path(),
        "meta.ndjson",
        &format!("{with}\n{day_first}\r\n{without}\n"),
    );
    let batch = pipeline::extract_paths(&[corpus]);
    assert!(batch.errors.is_empty(), "{:?}", batch.errors);
    let dates: Vec<Vec<String>> = batch.facts.iter().map(meeting_dates).collect();
    assert_eq!(dates[0], ["2023-08-20"]);
    assert_eq!(dates[1], ["2023-08-20"]);
    assert!(dates[2].is_empty(), "{:?}", dates[2]);
    assert_eq!(batch.facts[0].article.published, Date::ymd(2023, 8, 21));

    // The same through an HTML page's own metadata.
    let page = "<!DOCTYPE html><html><head><meta property=\"article:published_time\" content=\"2023-08-21T09:00:00+07:00\"></head>\
         <body><h1>Đảng ủy phường Yên Hòa tổng kết công tác dân vận</h1>\
         <div class=\"detail-content\"><p>Chiều 20/8, Đảng ủy phường Yên Hòa tổ chức hội nghị tổng kết công tác dân vận.</p></div></body></html>";
    let html = write(dir.path(), "m4.html", page);
    let batch = pipeline::extract_paths(&[html]);
    assert_eq!(batch.facts.len(), 1, "{:?}", batch.errors);
    assert_eq!(meeting_dates(&batch.facts[0]), ["2023-08-20"]);
}

#[test]
fn the_date_line_of_the_text_wins_over_metadata() {
    // Published 3 January 2024 about "Chiều 29/12": the meeting was in
    // 2023. Metadata saying June 2022 is kept, but does not date it.
    let text = "Phường Quảng An tổng kết năm\nNgày đăng 03/01/2024 | 10:00\n\nChiều 29/12, Đảng ủy phường Quảng An tổ chức hội nghị tổng kết công tác năm.";
    let raw = RawArticle {
        id: "c1".into(),
        text: text.into(),
        meta: vnkg::article::Metadata {
            published: Date::ymd(2022, 6, 1),
            url: Some("https://tayho.hanoi.gov.vn/tin/9".into()),
            ..Default::default()
        },
        format: InputFormat::Jsonl,
        origin: "t.jsonl:1".into(),
    };
    let a = parse(&raw);
    assert_eq!(a.published, Date::ymd(2024, 1, 3));
    assert_eq!(a.meta.published, Date::ymd(2022, 6, 1));
    assert_eq!(a.meta.locality.as_deref(), Some("quận Tây Hồ, Hà Nội"));
    let facts = vnkg::extract::extract(&a);
    assert_eq!(meeting_dates(&facts), ["2023-12-29"]);
    assert_eq!(facts.article.published, Date::ymd(2024, 1, 3));
    assert_eq!(
        facts.article.url.as_deref(),
        Some("https://tayho.hanoi.gov.vn/tin/9")
    );

    // A locality given by the corpus is kept over the URL's portal.
    let mut given = raw.clone();
    given.meta.locality = Some("phường Quảng An, quận Tây Hồ, Hà Nội".into());
    assert_eq!(
        parse(&given).meta.locality.as_deref(),
        Some("phường Quảng An, quận Tây Hồ, Hà Nội")
    );
}

#[test]
fn formats_by_extension_content_and_flag() {
    let dir = tempfile::tempdir().expect("tempdir");
    let page =
        fs::read_to_string(fixture("tests/fixtures/html/liferay_district.html")).expect("fixture");
    let saved = write(dir.path(), "trang.txt", &page);
    let line = json!({"id": "j1", "text": "Tiêu đề bài viết\n\nNội dung bài viết."}).to_string();
    let corpus = write(dir.path(), "corpus.txt", &line);
    let plain = write(
        dir.path(),
        "bai.html",
        "Tiêu đề bài viết\n\nNội dung bài viết.",
    );

    let raw = read_one(&saved, InputFormat::Auto);
    assert_eq!(raw.format, InputFormat::Html);
    assert!(raw.text.starts_with("CÔNG TÁC ĐẢNG\n"));
    let raw = read_one(&saved, InputFormat::Text);
    assert_eq!(raw.format, InputFormat::Text);
    assert!(raw.text.starts_with("<!DOCTYPE html>"));

    let raw = read_one(&corpus, InputFormat::Auto);
    assert_eq!((raw.format, raw.id.as_str()), (InputFormat::Jsonl, "j1"));

    // The extension decides before the content; to HTML, line breaks in
    // text are spaces.
    let raw = read_one(&plain, InputFormat::Auto);
    assert_eq!(raw.format, InputFormat::Html);
    assert_eq!(raw.text, "Tiêu đề bài viết Nội dung bài viết.\n");
    let raw = read_one(&plain, InputFormat::Text);
    assert_eq!(raw.text, "Tiêu đề bài viết\n\nNội dung bài viết.");

    // A page with no article text is reported, not built.
    let empty = write(
        dir.path(),
        "rong.html",
        "<html><body><nav>Trang chủ</nav><script>x()</script></body></html>",
    );
    let (raws, errors) = read_articles(&Source::File(empty.clone()), InputFormat::Auto);
    assert!(raws.is_empty());
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].path, empty.display().to_string());
    assert_eq!(errors[0].message, "no article text in the HTML page");

    for (s, f) in [
        ("auto", InputFormat::Auto),
        ("TEXT", InputFormat::Text),
        ("txt", InputFormat::Text),
        ("html", InputFormat::Html),
        ("htm", InputFormat::Html),
        ("jsonl", InputFormat::Jsonl),
        ("ndjson", InputFormat::Jsonl),
    ] {
        assert_eq!(s.parse::<InputFormat>(), Ok(f), "{s}");
    }
    assert_eq!(InputFormat::Jsonl.to_string(), "jsonl");
    assert!("xml".parse::<InputFormat>().is_err());
}

fn vnkg() -> Command {
    Command::new(env!("CARGO_BIN_EXE_vnkg"))
}

#[test]
fn cli_reads_a_directory_of_mixed_forms_and_takes_format() {
    let dir = tempfile::tempdir().expect("tempdir");
    let inputs = dir.path().join("in");
    fs::create_dir(&inputs).expect("mkdir");
    fs::copy(
        fixture("tests/fixtures/html/seeds/000_0b96b646586c80af.html"),
        inputs.join("000_0b96b646586c80af.html"),
    )
    .expect("copy");
    fs::copy(
        fixture("data/articles/003_82adc29613225e15.txt"),
        inputs.join("003_82adc29613225e15.txt"),
    )
    .expect("copy");
    let corpus = fs::read_to_string(fixture("tests/fixtures/jsonl/seeds.jsonl")).expect("read");
    let two: Vec<&str> = corpus
        .lines()
        .filter(|l| l.contains("\"001_") || l.contains("\"004_"))
        .collect();
    fs::write(
        inputs.join("corpus.jsonl"),
        format!("{}\nnot json\n", two.join("\n")),
    )
    .expect("write");
    let out = dir.path().join("g.json");
    let o = vnkg()
        .arg("build")
        .arg(&inputs)
        .arg("-o")
        .arg(&out)
        .output()
        .expect("vnkg runs");
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains("corpus.jsonl:3: invalid JSON"), "{err}");
    assert!(err.contains("vnkg: 4 articles"), "{err}");
    let graph = fs::read_to_string(&out).expect("graph written");
    for person in [
        "phuong-kien-quoc",
        "nguyen-quang-hieu",
        "duong-hoai-nam",
        "nguyen-van-chien",
    ] {
        assert!(graph.contains(&format!("person:{person}")), "{person}");
    }

    // --format html forces every input through the HTML reader, a text
    // file too: its text is one run of characters to HTML, which still
    // builds.
    let page = inputs.join("000_0b96b646586c80af.html");
    let o = vnkg()
        .args(["build", "--format", "html"])
        .arg(inputs.join("003_82adc29613225e15.txt"))
        .arg(&page)
        .arg("-o")
        .arg(&out)
        .output()
        .expect("vnkg runs");
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );

    let o = vnkg()
        .args(["build", "--format", "xml"])
        .arg(&page)
        .output()
        .expect("vnkg runs");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("unknown format \"xml\""));
}

#[test]
fn no_panic_on_hostile_pages_and_lines() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut pages = vec![
        String::new(),
        "<".into(),
        "<!doctype html>".into(),
        "<html><body><h1></h1><span>Ngày đăng 31/02/2020 | 10:00</span><p>.</p></body></html>"
            .into(),
        format!("<!doctype html><p>{}</p>", "Đảng ủy ".repeat(20_000)),
        format!("<!doctype html>{}", "<table><tr><td>Ủy ban".repeat(2_000)),
        "<!doctype html><h1>a<h2>b<h3>c<p>d<li>e<td>f".into(),
        "<html>\u{0}\u{1}\u{feff}<p>\u{300}\u{301}</p></html>".into(),
    ];
    pages.push(format!(
        "<!doctype html><div class=\"journal-content-article\">{}</div>",
        "<div>".repeat(1_000)
    ));
    for (k, p) in pages.iter().enumerate() {
        let path = write(dir.path(), &format!("p{k}.html"), p);
        let _ = pipeline::extract_paths(&[path]);
    }
    let lines = [
        "{",
        "{\"id\": {\"a\": 1}, \"text\": \"x\"}",
        "{\"id\": 17, \"text\": \"Tin 17 về hội nghị\"}",
        "{\"id\": \"h\", \"html\": \"<p>\"}",
        "{\"id\": \"h2\", \"html\": 5}",
        "{\"id\": \"t\", \"text\": \"\\u0000\\u0001\"}",
        "{\"id\": \"d\", \"text\": \"Tin\", \"published\": \"2023-02-30\"}",
        "null",
        "\"chuỗi\"",
    ];
    let corpus = write(dir.path(), "hostile.jsonl", &lines.join("\n"));
    let batch = pipeline::extract_paths(&[corpus]);
    let ids: Vec<&str> = batch.facts.iter().map(|f| f.article.id.as_str()).collect();
    assert_eq!(ids, ["17"]);
    assert_eq!(batch.errors.len(), lines.len() - 1, "{:?}", batch.errors);
}
