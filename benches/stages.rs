//! Where extraction time goes: one criterion benchmark per pipeline stage,
//! on the five bundled articles (11 KB of text each on average).
//!
//!     cargo bench --bench stages
//!
//! Each stage is timed alone: the stages before it run in the untimed setup
//! of `iter_batched`. Throughput is reported in bytes of article text, so
//! the figures compare directly with the MB/s of whole builds (README,
//! "Speed").

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use std::hint::black_box;
use vnkg::article::{parse_article, Article};
use vnkg::extract::{self, documents, meetings, persons, places, Doc};
use vnkg::text;

fn articles() -> Vec<(String, String)> {
    vnkg::bundled::BUNDLED
        .iter()
        .map(|(name, text)| {
            let id = name.trim_end_matches(".txt").to_string();
            (id, text.to_string())
        })
        .collect()
}

fn parsed(raw: &[(String, String)]) -> Vec<Article> {
    raw.iter()
        .map(|(id, t)| parse_article(id, t).expect("bundled articles parse"))
        .collect()
}

/// Run `stage` over every article, with the stages before it (`before`)
/// done in the untimed setup.
fn bench_stage(
    c: &mut Criterion,
    name: &str,
    arts: &[Article],
    folded: &[String],
    before: fn(&mut Doc),
    stage: fn(&mut Doc),
) {
    let bytes: usize = arts.iter().map(|a| a.text.len()).sum();
    let mut g = c.benchmark_group("stage");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function(name, |b| {
        b.iter_batched_ref(
            || {
                arts.iter()
                    .zip(folded)
                    .map(|(a, f)| {
                        let mut d = Doc::new(a, f);
                        before(&mut d);
                        d
                    })
                    .collect::<Vec<_>>()
            },
            |docs| {
                for d in docs.iter_mut() {
                    stage(d);
                }
            },
            BatchSize::SmallInput,
        )
    });
    g.finish();
}

fn stages(c: &mut Criterion) {
    let raw = articles();
    let bytes: usize = raw.iter().map(|(_, t)| t.len()).sum();
    let arts = parsed(&raw);
    let folded: Vec<String> = arts.iter().map(|a| text::fold(&a.text)).collect();

    let mut g = c.benchmark_group("stage");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("read (normalise, date line, sidebar)", |b| {
        b.iter(|| black_box(parsed(black_box(&raw))))
    });
    g.bench_function("fold", |b| {
        b.iter(|| {
            for a in &arts {
                black_box(text::fold(black_box(&a.text)));
            }
        })
    });
    g.bench_function("document (tokens, sentences)", |b| {
        b.iter(|| {
            for (a, f) in arts.iter().zip(&folded) {
                black_box(Doc::new(a, f));
            }
        })
    });
    g.bench_function("extract (all stages)", |b| {
        b.iter(|| {
            for a in &arts {
                black_box(extract::extract(black_box(a)));
            }
        })
    });
    g.finish();

    fn nothing(_: &mut Doc) {}
    fn after_places(d: &mut Doc) {
        places::run(d);
        documents::find_steering_number(d);
    }
    fn after_persons(d: &mut Doc) {
        after_places(d);
        persons::run(d);
    }
    fn after_documents(d: &mut Doc) {
        after_persons(d);
        documents::run(d);
    }
    bench_stage(c, "places", &arts, &folded, nothing, places::run);
    bench_stage(
        c,
        "persons (with bodies, titles)",
        &arts,
        &folded,
        after_places,
        persons::run,
    );
    bench_stage(
        c,
        "documents",
        &arts,
        &folded,
        after_persons,
        documents::run,
    );
    bench_stage(
        c,
        "meetings (with dates)",
        &arts,
        &folded,
        after_documents,
        meetings::run,
    );

    // The reduce side: merging and writing, over 200 copies of the seeds
    // (1,000 articles) so that per-article costs dominate.
    let facts: Vec<_> = (0..200)
        .flat_map(|k| {
            arts.iter().map(move |a| {
                let mut f = extract::extract(a);
                f.article.id = format!("{k:03}_{}", f.article.id);
                f
            })
        })
        .collect();
    let mut g = c.benchmark_group("reduce");
    g.throughput(Throughput::Bytes(bytes as u64 * 200));
    g.sample_size(10);
    g.bench_function("merge 1000 articles", |b| {
        b.iter(|| black_box(vnkg::graph::merge::merge(black_box(&facts))))
    });
    let kg = vnkg::graph::merge::merge(&facts);
    g.bench_function("write node-link JSON of 1000 articles", |b| {
        b.iter(|| {
            let mut out = Vec::with_capacity(64 << 20);
            vnkg::graph::nodelink::write_to(&kg, &mut out).expect("write");
            black_box(out.len())
        })
    });
    g.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
