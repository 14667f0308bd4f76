//! Extraction time against article size, on articles made of trigger
//! phrases repeated to 1, 2, 5 and 10 MB: the time per MB must stay flat
//! (no regex or loop superlinear in the article's length). Run with
//! `cargo bench --bench linear` (`-- --quick` for 0.1 to 1 MB); the README's
//! "Linear time" table is its output.

use std::time::{Duration, Instant};

/// The patterns: one phrase repeated with no full stop (one sentence of
/// millions of tokens), a mix of names, titles, bodies, codes and dates in
/// one line or in sentences and lines, and sentences that each bring a new
/// person, post and document (the facts grow with the article), and
/// sentences of documents that carry out others and refer back to them.
const PATTERNS: [(&str, &str); 7] = [
    ("\"đồng chí \" x N", "đồng chí "),
    ("\"chủ trì \" x N", "chủ trì "),
    ("\"Nghị quyết số \" x N", "Nghị quyết số "),
    (
        "mixed sentence, one line",
        "Đồng chí Nguyễn Văn An, Bí thư Quận ủy Cầu Giấy, chủ trì Hội nghị quán triệt Nghị quyết số 15-NQ/TU ngày 3/4/2023 của Ban Thường vụ Thành ủy; ",
    ),
    (
        "mixed sentences, lines",
        "Sáng 13/3, đồng chí Trần Thị Hoà - TUV, Chủ tịch HĐND quận chủ trì hội nghị.\nĐ/c Lê Minh Tâm, Phó Bí thư Đảng ủy phường Yên Hòa phát biểu, Nghị quyết số 09-NQ/QU.\n",
    ),
    ("distinct persons, posts and codes", "<distinct>"),
    ("documents carried out, referred back to", "<documents>"),
];

/// Syllables for made-up names, so that every official is another person.
const SYLLABLES: [&str; 24] = [
    "An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Hòa", "Hùng", "Khánh", "Lan", "Linh",
    "Long", "Mai", "Minh", "Nam", "Nga", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trung", "Yến",
];

/// Sentence `k` of the "distinct" article: a person, a post and a
/// document code seen nowhere else, and a short form of an earlier code.
fn distinct(k: usize) -> String {
    let s = |i: usize| SYLLABLES[i % SYLLABLES.len()];
    let n = SYLLABLES.len();
    format!(
        "Đồng chí Nguyễn {} {} {}, Bí thư Đảng ủy phường {} {} chủ trì hội nghị triển khai Nghị quyết số {}-NQ/ĐU và Nghị quyết {}.\n",
        s(k),
        s(k / n),
        s(k / (n * n)),
        s(k / 7),
        s(k / 11),
        k + 1,
        k / 2 + 1
    )
}

/// Sentences `k` of the "documents" article: codes seen nowhere else,
/// carried out by plans, and bare kind words referring back to them.
fn documents(k: usize) -> String {
    format!(
        "Ban Thường vụ Quận ủy ban hành Kế hoạch số {a}-KH/QU thực hiện Nghị quyết. Đề án được xây dựng nhằm thực hiện Nghị quyết số {a}-NQ/TU. Thực hiện Quyết định số {a}/QĐ-UBND, quận ban hành Kế hoạch số {b}/KH-UBND.\n",
        a = k + 1,
        b = k + 100_001
    )
}

/// An article of `mb` megabytes (10^6 bytes) of `phrase` repeated (or of
/// generated sentences when `phrase` is "<distinct>" or "<documents>"),
/// under a headline and a date line so that it is read like a portal
/// article.
fn article(phrase: &str, mb: f64) -> String {
    let head = "Hội nghị giao ban\nNgày đăng 14/03/2023 | 08:30\n\n";
    let want = (mb * 1e6) as usize;
    let mut s = String::with_capacity(want + 400);
    s.push_str(head);
    let mut k = 0;
    while s.len() < want {
        match phrase {
            "<distinct>" => s.push_str(&distinct(k)),
            "<documents>" => s.push_str(&documents(k)),
            _ => s.push_str(phrase),
        }
        k += 1;
    }
    s
}

/// Best of `runs` timings of parsing and extracting `text`, and of that
/// plus merging the facts into a graph and writing its JSON.
fn time(text: &str, runs: usize) -> (Duration, Duration, usize) {
    let (mut extract, mut whole) = (Duration::MAX, Duration::MAX);
    let mut facts = 0;
    for _ in 0..runs {
        let t = Instant::now();
        let f = vnkg::pipeline::extract_text("bench", text).expect("the article parses");
        extract = extract.min(t.elapsed());
        let kg = vnkg::graph::merge::merge(std::slice::from_ref(&f));
        let json = vnkg::graph::nodelink::to_string(&kg);
        whole = whole.min(t.elapsed());
        facts = f.entities.len() + f.relations.len();
        assert!(json.len() > 2);
    }
    (extract, whole, facts)
}

fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    let sizes: &[f64] = if quick {
        &[0.1, 0.2, 0.5, 1.0]
    } else {
        &[1.0, 2.0, 5.0, 10.0]
    };
    // Warm the lexicons and the gazetteer.
    let _ = vnkg::pipeline::extract_text("warm", "Đồng chí Nguyễn Văn An, Bí thư Quận ủy.");
    println!("| article | size | extract | per MB | vs smallest | + merge, JSON | per MB | vs smallest | facts |");
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (name, phrase) in PATTERNS {
        let mut first = None;
        for &mb in sizes {
            let text = article(phrase, mb);
            let runs = if mb <= 2.0 { 3 } else { 2 };
            let (extract, whole, facts) = time(&text, runs);
            let real_mb = text.len() as f64 / 1e6;
            let (e, w) = (
                extract.as_secs_f64() / real_mb,
                whole.as_secs_f64() / real_mb,
            );
            let (e0, w0) = *first.get_or_insert((e, w));
            println!(
                "| {name} | {real_mb:.1} MB | {:.2} s | {e:.3} s | {:.2}x | {:.2} s | {w:.3} s | {:.2}x | {facts} |",
                extract.as_secs_f64(),
                e / e0,
                whole.as_secs_f64(),
                w / w0
            );
        }
    }
}
