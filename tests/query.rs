//! The questions of issue 3 asked of the seeds, and of two small articles of
//! our own (tests/query_fixtures: a career across two posts, homonyms in two
//! districts).

use std::path::PathBuf;
use vnkg::cli::query::{answer, Format, QueryCommand};
use vnkg::date::Date;
use vnkg::facts::NodeType;
use vnkg::graph::KnowledgeGraph;
use vnkg::pipeline;
use vnkg::query::{self, MeetingFilter};

fn seeds() -> KnowledgeGraph {
    pipeline::build_graph(&pipeline::extract_bundled())
}

fn fixtures() -> KnowledgeGraph {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/query_fixtures");
    let batch = pipeline::extract_paths(&[dir]);
    assert!(batch.errors.is_empty(), "{:?}", batch.errors);
    pipeline::build_graph(&batch)
}

fn d(s: &str) -> Date {
    s.parse().unwrap()
}

fn names(v: &[query::NodeRef]) -> Vec<&str> {
    v.iter().map(|n| n.name.as_str()).collect()
}

#[test]
fn chairs_newest_first() {
    let kg = seeds();
    let rows = query::chairs(&kg, &MeetingFilter::default()).unwrap();
    let got: Vec<(String, String, Vec<&str>)> = rows
        .iter()
        .map(|r| {
            (
                r.date.map(|d| d.to_string()).unwrap_or_default(),
                r.district
                    .as_ref()
                    .map(|d| d.name.clone())
                    .unwrap_or_default(),
                names(&r.chairs),
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            (
                "2022-05-04".to_string(),
                "Long Biên".to_string(),
                vec![
                    "Đường Hoài Nam",
                    "Ngô Mạnh Điềm",
                    "Vũ Thị Thân",
                    "Vũ Thị Thành",
                    "Nguyễn Mạnh Trình"
                ]
            ),
            (
                "2021-07-08".to_string(),
                "Hoàng Mai".to_string(),
                vec!["Nguyễn Quang Hiếu"]
            ),
            (
                "2018-08-28".to_string(),
                "Cầu Giấy".to_string(),
                vec!["Phương Kiến Quốc", "Bùi Tuấn Anh"]
            ),
        ]
    );
    assert_eq!(rows[0].articles, vec!["004_13aee6488348c583"]);
}

#[test]
fn chairs_filters() {
    let kg = seeds();
    let f = |f: MeetingFilter| -> Vec<String> {
        query::chairs(&kg, &f)
            .unwrap()
            .iter()
            .map(|r| r.date.map(|d| d.to_string()).unwrap_or_default())
            .collect()
    };
    let by_district = MeetingFilter {
        district: Some("cau giay".into()),
        ..Default::default()
    };
    assert_eq!(f(by_district), vec!["2018-08-28"]);
    let by_person = MeetingFilter {
        person: Some("nguyen quang hieu".into()),
        ..Default::default()
    };
    assert_eq!(f(by_person), vec!["2021-07-08"]);
    let by_dates = MeetingFilter {
        from: Some(d("2019")),
        to: Some(d("2021-12")),
        ..Default::default()
    };
    assert_eq!(f(by_dates), vec!["2021-07-08"]);
    let by_org = MeetingFilter {
        organizer: Some("Quận ủy".into()),
        ..Default::default()
    };
    assert_eq!(f(by_org), vec!["2022-05-04", "2018-08-28"]);
    // An ambiguous person is an error, not an empty answer.
    let amb = MeetingFilter {
        person: Some("vu thi th".into()),
        ..Default::default()
    };
    assert_eq!(query::chairs(&kg, &amb).unwrap_err().candidates.len(), 2);
}

#[test]
fn person_career() {
    let kg = seeds();
    let p = query::person_profile(&kg, "Trần Thị Phương Hoa").unwrap();
    let bt = p
        .titles
        .iter()
        .find(|t| t.title == "Bí thư Quận ủy Cầu Giấy")
        .unwrap();
    assert_eq!(bt.first_seen, Some(d("2020-08-21")));
    assert_eq!(bt.last_seen, Some(d("2024-06-27")));
    assert!(!bt.former);
    assert_eq!(p.attended.len(), 2);
    assert!(p.chaired.is_empty());
    let arts: Vec<&str> = p.articles.iter().map(|a| &*a.id).collect();
    assert_eq!(arts, vec!["003_82adc29613225e15", "002_c17377f4227f1beb"]);
}

#[test]
fn holders_of_a_post() {
    let kg = seeds();
    let h = query::holders(&kg, "Chủ tịch HĐND quận Cầu Giấy", None).unwrap();
    let got: Vec<(&str, String)> = h
        .iter()
        .map(|x| {
            (
                x.name.as_str(),
                x.first_seen.map(|d| d.to_string()).unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            ("Phương Kiến Quốc", "2018-08-28".to_string()),
            ("Nguyễn Văn Chiến", "2020-08-21".to_string())
        ]
    );
    // On a day seen: that holder, not an estimate.
    let on = query::holders(&kg, "chu tich hdnd quan cau giay", Some(d("2020-08-21"))).unwrap();
    assert_eq!(on.len(), 1);
    assert_eq!(on[0].name, "Nguyễn Văn Chiến");
    assert!(!on[0].estimate);
    // Between sightings: the nearest before, labelled an estimate.
    let on = query::holders(&kg, "chu tich hdnd quan cau giay", Some(d("2019-06-01"))).unwrap();
    assert_eq!(on.len(), 1);
    assert_eq!(on[0].name, "Phương Kiến Quốc");
    assert!(on[0].estimate);
    // Before anyone was seen: nobody.
    assert!(
        query::holders(&kg, "chu tich hdnd quan cau giay", Some(d("2010")))
            .unwrap()
            .is_empty()
    );
}

#[test]
fn resolution_15_nq_tu() {
    let kg = seeds();
    let r = query::resolution(&kg, "15-NQ/TU").unwrap();
    assert_eq!(r.kind.as_deref(), Some("Nghị quyết"));
    let by_district: Vec<(String, Vec<String>)> = r
        .meetings
        .iter()
        .map(|g| {
            (
                g.district
                    .as_ref()
                    .map(|d| d.name.clone())
                    .unwrap_or_default(),
                g.meetings
                    .iter()
                    .map(|m| m.date.map(|d| d.to_string()).unwrap_or_default())
                    .collect(),
            )
        })
        .collect();
    assert_eq!(
        by_district,
        vec![
            ("Cầu Giấy".to_string(), vec!["2018-08-28".to_string()]),
            ("Hoàng Mai".to_string(), vec!["2021-07-08".to_string()]),
        ]
    );
    let arts: Vec<&str> = r.articles.iter().map(|a| &*a.id).collect();
    assert_eq!(
        arts,
        vec![
            "000_0b96b646586c80af",
            "001_96fcda2a30a6f148",
            "002_c17377f4227f1beb"
        ]
    );
    assert!(r.issuers.iter().any(|i| i.name.contains("Thành ủy Hà Nội")));
    // Typed without diacritics or case.
    assert_eq!(query::resolution(&kg, "15-nq/tu").unwrap().id, r.id);
}

#[test]
fn names_as_people_type_them() {
    let kg = seeds();
    for q in [
        "tran thi phuong hoa",
        "TRẦN THỊ PHƯƠNG HOÀ",
        "phuong hoa",
        "Trần Thị Phương Hòa",
        "person:tran-thi-phuong-hoa",
    ] {
        let ix =
            query::resolve(&kg, q, Some(NodeType::Person)).unwrap_or_else(|e| panic!("{q}: {e}"));
        assert_eq!(kg.graph[ix].id, "person:tran-thi-phuong-hoa", "{q}");
    }
    let amb = query::resolve(&kg, "vu thi th", Some(NodeType::Person)).unwrap_err();
    let ids: Vec<&str> = amb.candidates.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, vec!["person:vu-thi-than", "person:vu-thi-thanh"]);
    // A whole name wins over names it is the beginning of.
    let ix = query::resolve(&kg, "Vũ Thị Thân", Some(NodeType::Person)).unwrap();
    assert_eq!(kg.graph[ix].id, "person:vu-thi-than");
    assert!(query::resolve(&kg, "nobody at all", None)
        .unwrap_err()
        .candidates
        .is_empty());
    assert!(query::resolve(&kg, "", None).is_err());
    // The CLI layer reports the ambiguity instead of answering.
    let cmd = QueryCommand::Person {
        name: "vu thi th".into(),
    };
    assert!(answer(&kg, &cmd, Format::Table).is_err());
}

#[test]
fn path_and_show() {
    let kg = seeds();
    let steps = query::path(&kg, "Phương Kiến Quốc", "Bùi Tuấn Anh").unwrap();
    assert_eq!(steps.len(), 2);
    assert_eq!(
        steps[0].to.id,
        "meeting:2018-08-28/ban-thuong-vu-quan-uy-cau-giay"
    );
    assert!(steps
        .iter()
        .all(|s| s.evidence.as_ref().is_some_and(|e| !e.sentence.is_empty())));
    let n = query::show(&kg, "meeting:2018-08-28/ban-thuong-vu-quan-uy-cau-giay").unwrap();
    assert!(n
        .edges
        .iter()
        .any(|e| e.kind == vnkg::facts::EdgeType::Chaired && e.other.name == "Bùi Tuấn Anh"));
}

#[test]
fn every_format_renders() {
    let kg = seeds();
    let cmds = [
        QueryCommand::Chairs(Default::default()),
        QueryCommand::Meetings(Default::default()),
        QueryCommand::Person {
            name: "phuong hoa".into(),
        },
        QueryCommand::Holders {
            title: "Chủ tịch HĐND quận Cầu Giấy".into(),
            on: None,
        },
        QueryCommand::Resolution {
            code: "15-NQ/TU".into(),
        },
        QueryCommand::Path {
            a: "Phương Kiến Quốc".into(),
            b: "Trần Thị Phương Hoa".into(),
        },
        QueryCommand::Show {
            id: "15-CT/TU".into(),
        },
    ];
    for c in &cmds {
        for f in [Format::Table, Format::Json, Format::Csv] {
            let out = answer(&kg, c, f).unwrap();
            assert!(!out.is_empty());
            if f == Format::Json {
                serde_json::from_str::<serde_json::Value>(&out).unwrap();
            }
        }
    }
    let csv = answer(&kg, &cmds[0], Format::Csv).unwrap();
    assert!(csv.starts_with("DATE,DISTRICT,ORGANIZER,CHAIRS,ARTICLES\n2022-05-04,Long Biên,"));
}

#[test]
fn fixture_career_across_posts() {
    let kg = fixtures();
    let p = query::person_profile(&kg, "le minh khoa").unwrap();
    let timeline: Vec<(&str, String, String)> = p
        .titles
        .iter()
        .map(|t| {
            (
                t.title.as_str(),
                t.first_seen.map(|d| d.to_string()).unwrap_or_default(),
                t.last_seen.map(|d| d.to_string()).unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(
        timeline,
        vec![
            (
                "Phó Chủ tịch Ủy ban nhân dân quận Tây Hồ",
                "2019-03-11".to_string(),
                "2019-03-11".to_string()
            ),
            (
                "Chủ tịch Ủy ban nhân dân quận Tây Hồ",
                "2022-06-15".to_string(),
                "2022-06-15".to_string()
            ),
        ]
    );
    let h = query::holders(&kg, "Chủ tịch UBND quận Tây Hồ", Some(d("2023-01-01"))).unwrap();
    assert_eq!(h.len(), 1);
    assert_eq!(h[0].name, "Lê Minh Khoa");
    assert!(h[0].estimate);
}

#[test]
fn fixture_homonyms_stay_apart() {
    let kg = fixtures();
    let people: Vec<&str> = kg
        .nodes()
        .filter(|n| n.kind == NodeType::Person && n.name == "Trần Văn Hùng")
        .map(|n| n.id.as_str())
        .collect();
    assert_eq!(people.len(), 2, "{people:?}");
    let amb = query::resolve(&kg, "Trần Văn Hùng", Some(NodeType::Person)).unwrap_err();
    let details: Vec<&str> = amb.candidates.iter().map(|c| c.detail.as_str()).collect();
    assert_eq!(details, vec!["ha-noi/ba-dinh", "ha-noi/tay-ho"]);
    let text = amb.to_string();
    assert!(
        text.contains("person:tran-van-hung--ba-dinh")
            && text.contains("person:tran-van-hung--tay-ho")
    );
}

/// The query cache beside a built graph loads the same graph as its JSON;
/// a graph changed after the cache was written, or a damaged cache, is
/// read from the JSON again (and the cache rewritten), never answered stale.
#[test]
fn query_cache_equals_the_json_and_is_never_stale() {
    use vnkg::graph::{cache, nodelink};
    let dir = tempfile::tempdir().expect("tempdir");
    let graph = dir.path().join("graph.json");
    // Seeds as text and as HTML pages and JSON lines with metadata (URL,
    // title, locality, conflicts), so every article field goes through it.
    let batch = pipeline::extract_paths(&[
        PathBuf::from("tests/fixtures/jsonl/seeds.jsonl"),
        PathBuf::from("tests/fixtures/html/liferay_district.html"),
        PathBuf::from("tests/fixtures/html/table_layout.html"),
        PathBuf::from("tests/fixtures/html/ward_article.html"),
    ]);
    assert!(batch.errors.is_empty(), "{:?}", batch.errors);
    let with = |f: fn(&vnkg::facts::ArticleMeta) -> bool| batch.facts.iter().any(|a| f(&a.article));
    assert!(with(|a| a.url.is_some()) && with(|a| a.locality.is_some()));
    assert!(with(|a| !a.conflicts.is_empty()) && with(|a| a.byline.is_some()));
    pipeline::write_graph(&graph, batch.facts.clone(), &Default::default()).expect("build");
    let cache_file = cache::cache_path(&graph);
    assert_eq!(cache_file, dir.path().join("graph.cache"));
    let json = std::fs::read_to_string(&graph).expect("graph");
    let from_cache = cache::read_if_fresh(&graph).expect("a fresh cache after build");
    assert_eq!(nodelink::to_string(&from_cache), json);

    // The graph loses every article but one: the stamp no longer matches.
    let one: Vec<_> = batch.facts[..1].to_vec();
    let kg_one = vnkg::graph::merge::merge(&one);
    std::fs::write(&graph, nodelink::to_string(&kg_one)).expect("rewrite");
    assert!(cache::read_if_fresh(&graph).is_none(), "stale cache used");
    let loaded = cache::load(&graph).expect("load");
    assert_eq!(loaded.articles.len(), 1);
    assert_eq!(
        nodelink::to_string(&cache::read_if_fresh(&graph).expect("rewritten cache")),
        nodelink::to_string(&kg_one)
    );

    // A damaged cache with a matching stamp is no cache.
    let bytes = std::fs::read(&cache_file).expect("cache");
    std::fs::write(&cache_file, &bytes[..bytes.len() / 2]).expect("truncate");
    assert!(cache::read_if_fresh(&graph).is_none());
    assert_eq!(cache::load(&graph).expect("load").articles.len(), 1);
}
