//! Text-cleaning throughput on the bundled fixtures (whole pipeline from bytes, one core).
//! `cargo bench --bench throughput` — divan reports time and bytes/s per benchmark.

use divan::counter::BytesCount;
use std::path::Path;

fn main() {
    divan::main();
}

fn corpus() -> Vec<Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/text");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files.iter().map(|p| std::fs::read(p).unwrap()).collect()
}

/// All fixture articles, one after another, through `newsclean::clean`.
#[divan::bench]
fn clean_all_fixtures(bencher: divan::Bencher) {
    let docs = corpus();
    let bytes: usize = docs.iter().map(Vec::len).sum();
    let opts = newsclean::Options::default();
    bencher.counter(BytesCount::new(bytes)).bench(|| {
        for d in &docs {
            divan::black_box(newsclean::clean(divan::black_box(d), &opts).unwrap());
        }
    });
}

/// The seed story alone.
#[divan::bench]
fn clean_seed(bencher: divan::Bencher) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/text/seed-hindustantimes-us-strikes-iraq.txt");
    let doc = std::fs::read(path).unwrap();
    let opts = newsclean::Options::default();
    bencher
        .counter(BytesCount::new(doc.len()))
        .bench(|| divan::black_box(newsclean::clean(divan::black_box(&doc), &opts).unwrap()));
}

/// One boilerplate lookup, for a short line and a typical paragraph.
#[divan::bench(args = ["Home", "Story continues below advertisement", "The strike reportedly hit a vehicle belonging to a pro-Iranian group in a convoy travelling through Abu Ghraib, 30 kilometers west of Baghdad, officials said on Tuesday."])]
fn boilerplate_classify(text: &str) -> Option<&'static str> {
    newsclean::internals::boilerplate::classify(divan::black_box(text)).map(|r| r.id)
}

/// A long article (the seed 300 times over, numbers changed so no block repeats): cleaning
/// time must grow linearly with length — speaker resolution once grew with its square.
#[divan::bench]
fn clean_long_article(bencher: divan::Bencher) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/text/seed-hindustantimes-us-strikes-iraq.txt");
    let seed = std::fs::read_to_string(path).unwrap();
    let mut text = String::new();
    for i in 0..300 {
        for para in seed.split("\n\n") {
            text.push_str(&format!("Item {i}: {para}\n\n"));
        }
    }
    let opts = newsclean::Options::default();
    bencher.counter(BytesCount::new(text.len())).bench(|| {
        divan::black_box(newsclean::clean(divan::black_box(text.as_bytes()), &opts).unwrap())
    });
}

/// The benchmark's 181 HTML pages (`$NEWSCLEAN_DATA/aeb/html`, by default
/// ../shared/data/aeb/html; gzip, not bundled: the cases are skipped without them;
/// docs/benchmarks.md says where to get them).
fn aeb_pages(case: &str) -> Vec<Vec<u8>> {
    let data = std::env::var_os("NEWSCLEAN_DATA").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data"),
        std::path::PathBuf::from,
    );
    let dir = data.join("aeb/html");
    let pages: Vec<Vec<u8>> = std::fs::read_dir(&dir)
        .map(|d| {
            d.map(|e| std::fs::read(e.unwrap().path()).unwrap())
                .collect()
        })
        .unwrap_or_default();
    if pages.is_empty() {
        eprintln!("{case}: {} not found, skipped", dir.display());
    }
    pages
}

/// The floor any extractor built on scraper stands on: gunzip, decode, and parse each page
/// into a tree, nothing else. Machines differ from day to day; the whole pipeline's figure
/// is read against this one.
#[divan::bench(sample_count = 10)]
fn parse_only_aeb_html_pages(bencher: divan::Bencher) {
    use std::io::Read;
    let pages = aeb_pages("parse_only_aeb_html_pages");
    if pages.is_empty() {
        return;
    }
    bencher
        .counter(divan::counter::ItemsCount::new(pages.len()))
        .bench(|| {
            for p in &pages {
                let mut bytes = Vec::new();
                flate2::read::GzDecoder::new(&p[..])
                    .read_to_end(&mut bytes)
                    .unwrap();
                let (text, _, _) = encoding_rs::UTF_8.decode(&bytes);
                divan::black_box(scraper::Html::parse_document(&text));
            }
        });
}

/// The same pages, whole pipeline from compressed bytes; divan reports time per pass over all.
#[divan::bench(sample_count = 10)]
fn clean_aeb_html_pages(bencher: divan::Bencher) {
    let pages = aeb_pages("clean_aeb_html_pages");
    if pages.is_empty() {
        return;
    }
    let opts = newsclean::Options::default();
    bencher
        .counter(divan::counter::ItemsCount::new(pages.len()))
        .bench(|| {
            for p in &pages {
                let _ = divan::black_box(newsclean::clean(divan::black_box(p), &opts));
            }
        });
}

/// One paragraph of 20,000 short quotations: attribution once scanned every quotation for
/// each one (quadratic); it must stay linear.
#[divan::bench(sample_count = 10)]
fn clean_paragraph_of_many_quotes(bencher: divan::Bencher) {
    let text = "He said \"hello. ".repeat(20_000);
    let opts = newsclean::Options::default();
    bencher.counter(BytesCount::new(text.len())).bench(|| {
        divan::black_box(newsclean::clean(divan::black_box(text.as_bytes()), &opts).unwrap())
    });
}
