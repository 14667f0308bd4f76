//! The article reader: bytes -> decoding (BOMs, UTF-16) -> format (by
//! extension, by content, or forced) -> text, HTML or JSON Lines -> the
//! article's structure. Checks that every span of the article lies on
//! character boundaries of its normalised text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::path::PathBuf;
use vnkg::input::{parse_raw, read_bytes, InputFormat, ReadOptions, Source};

fuzz_target!(|data: &[u8]| {
    let [pick, rest @ ..] = data else { return };
    let name = ["fuzz.txt", "fuzz.html", "fuzz.jsonl", "fuzz"][usize::from(pick & 3)];
    let format = [
        InputFormat::Auto,
        InputFormat::Text,
        InputFormat::Html,
        InputFormat::Jsonl,
    ][usize::from((pick >> 2) & 3)];
    let src = if pick & 0x10 != 0 {
        Source::Stdin
    } else {
        Source::File(PathBuf::from(name))
    };
    let opts = ReadOptions {
        format,
        max_article_bytes: 1 << 20,
    };
    let (raws, errors) = read_bytes(&src, rest, opts);
    for e in &errors {
        assert!(!e.path.is_empty() && !e.message.is_empty(), "{e:?}");
    }
    for raw in &raws {
        assert_ne!(raw.format, InputFormat::Auto);
        let Ok(article) = parse_raw(raw) else {
            continue;
        };
        let text = &article.text;
        assert!(!text.contains('\r'), "line ends are normalised");
        let spans = [
            article.section,
            article.headline,
            article.date_line,
            Some(article.body),
            article.byline,
        ];
        for s in spans.into_iter().flatten() {
            assert!(s.start <= s.end && s.end <= text.len(), "{s:?}");
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        }
        for s in article.extraction_spans() {
            assert!(text.get(s.start..s.end).is_some(), "{s:?}");
        }
    }
});
