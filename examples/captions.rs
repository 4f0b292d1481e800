//! Caption precision and recall on the text fixtures, against their hand-reviewed expected
//! files: a caption counts when its text and its credit both match one expected; a story
//! paragraph taken for a caption is listed, since that loses the story's words.
//!
//! ```sh
//! cargo run --release --example captions                 # every fixtures/text case
//! cargo run --release --example captions -- c-           # cases whose name starts so
//! ```

use std::path::Path;

fn main() {
    let prefix = std::env::args().nth(1).unwrap_or_default();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/text");
    let mut cases: Vec<_> = std::fs::read_dir(&dir)
        .expect("fixtures/text")
        .map(|e| e.expect("entry").path())
        .filter(|p| {
            p.extension().is_some_and(|e| e == "txt")
                && p.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with(&prefix))
        })
        .collect();
    cases.sort();
    let (mut found, mut expected, mut right, mut text_right, mut lost) = (0, 0, 0, 0, 0);
    for case in &cases {
        let want: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(case.with_extension("expected.json")).expect("expected"),
        )
        .expect("JSON");
        let doc = newsclean::clean(
            &std::fs::read(case).expect("input"),
            &newsclean::Options::default(),
        )
        .expect("a story");
        let want_caps: Vec<(String, Option<String>)> = want["captions"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|c| {
                (
                    c["text"].as_str().unwrap_or_default().to_string(),
                    c["credit"].as_str().map(str::to_string),
                )
            })
            .collect();
        let got: Vec<(String, Option<String>)> = doc
            .captions
            .iter()
            .map(|c| (c.text.clone(), c.credit.clone()))
            .collect();
        let hits = got.iter().filter(|c| want_caps.contains(c)).count();
        let text_hits = got
            .iter()
            .filter(|c| want_caps.iter().any(|w| w.0 == c.0))
            .count();
        let paragraphs: Vec<&str> = want["paragraphs"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|p| p.as_str())
            .collect();
        let taken: Vec<&str> = paragraphs
            .iter()
            .copied()
            .filter(|p| got.iter().any(|c| p.starts_with(c.0.as_str())))
            .collect();
        found += got.len();
        expected += want_caps.len();
        right += hits;
        text_right += text_hits;
        lost += taken.len();
        println!(
            "{:40} captions {hits}/{} found, {} expected{}",
            case.file_name().unwrap_or_default().to_string_lossy(),
            got.len(),
            want_caps.len(),
            if taken.is_empty() {
                String::new()
            } else {
                format!(", story paragraphs taken: {taken:?}")
            }
        );
    }
    let ratio = |a: usize, b: usize| if b == 0 { 1.0 } else { a as f64 / b as f64 };
    println!(
        "{} cases: precision {:.3} recall {:.3} (text alone: {:.3} / {:.3}); story paragraphs taken for captions: {lost}",
        cases.len(),
        ratio(right, found),
        ratio(right, expected),
        ratio(text_right, found),
        ratio(text_right, expected),
    );
}
