//! Scores newsclean on the article-extraction benchmark (../shared/data/aeb, not bundled:
//! docs/benchmarks.md says where to get it) with the benchmark's own metric: 4-token
//! shingles of `\w+` tokens, per-page precision and recall averaged over pages, F1 of the
//! two means, and exact-match accuracy.
//!
//! ```sh
//! cargo run --release --example eval -- ../shared/data/aeb                     # HTML pages
//! cargo run --release --example eval -- ../shared/data/aeb --text full_dump    # text dumps
//! cargo run --release --example eval -- ../shared/data/aeb --text p_dump --worst 15
//! ```

use regex::Regex;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

struct Score {
    id: String,
    precision: f64,
    recall: f64,
    exact: bool,
}

fn tokens(re: &Regex, text: &str) -> Vec<String> {
    re.find_iter(text).map(|m| m.as_str().to_string()).collect()
}

fn shingles(tokens: &[String]) -> HashMap<&[String], usize> {
    let mut out = HashMap::new();
    if tokens.len() < 4 {
        if !tokens.is_empty() {
            *out.entry(tokens).or_insert(0) += 1;
        }
        return out;
    }
    for w in tokens.windows(4) {
        *out.entry(w).or_insert(0) += 1;
    }
    out
}

fn score(re: &Regex, id: &str, truth: &str, output: &str) -> Score {
    let (t, o) = (tokens(re, truth), tokens(re, output));
    let (ts, os) = (shingles(&t), shingles(&o));
    let tp: usize = os
        .iter()
        .map(|(k, n)| (*n).min(*ts.get(k).unwrap_or(&0)))
        .sum();
    let (o_total, t_total): (usize, usize) = (os.values().sum(), ts.values().sum());
    // A page where output and truth are both empty counts as 1 for both.
    let ratio = |part: usize, whole: usize| match (o_total + t_total, whole) {
        (0, _) => 1.0,
        (_, 0) => 0.0,
        _ => part as f64 / whole as f64,
    };
    Score {
        id: id.to_string(),
        precision: ratio(tp, o_total),
        recall: ratio(tp, t_total),
        exact: t == o,
    }
}

fn read_input(path: &Path) -> Vec<u8> {
    // newsclean inflates .gz input itself.
    std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = PathBuf::from(args.first().map_or("../shared/data/aeb", String::as_str));
    let text_kind = args
        .iter()
        .position(|a| a == "--text")
        .map(|i| args[i + 1].clone());
    let worst: usize = args
        .iter()
        .position(|a| a == "--worst")
        .map_or(10, |i| args[i + 1].parse().expect("--worst N"));
    let truth: serde_json::Value = serde_json::from_slice(
        &std::fs::read(root.join("ground-truth.json")).expect("ground-truth.json"),
    )
    .expect("ground truth is JSON");
    let re = Regex::new(r"\w+").unwrap();
    let opts = newsclean::Options::default();
    let mut scores = Vec::new();
    let mut bytes_in = 0usize;
    let started = std::time::Instant::now();
    let mut ids: Vec<&String> = truth.as_object().expect("object").keys().collect();
    ids.sort();
    for id in ids {
        let body = truth[id]["articleBody"].as_str().unwrap_or("");
        let path = match &text_kind {
            Some(kind) => root.join(format!("../aeb-text/{kind}/{id}.txt")),
            None => root.join(format!("html/{id}.html.gz")),
        };
        let input = read_input(&path);
        bytes_in += input.len();
        // The benchmark's body keeps the dateline where the page printed it, at the start of
        // the first paragraph; newsclean lifts it into its own field, so put it back.
        let output = match newsclean::clean(&input, &opts) {
            Ok(doc) => {
                let mut text = doc.paragraphs.join("\n");
                if let Some(d) = &doc.dateline {
                    text = format!("{d} — {text}");
                }
                text
            }
            Err(_) => String::new(),
        };
        scores.push(score(&re, id, body, &output));
    }
    let elapsed = started.elapsed().as_secs_f64();
    let n = scores.len() as f64;
    let p = scores.iter().map(|s| s.precision).sum::<f64>() / n;
    let r = scores.iter().map(|s| s.recall).sum::<f64>() / n;
    let f1 = 2.0 * p * r / (p + r);
    let acc = scores.iter().filter(|s| s.exact).count() as f64 / n;
    println!(
        "{} pages ({}): precision {p:.4}  recall {r:.4}  F1 {f1:.4}  accuracy {acc:.3}",
        scores.len(),
        text_kind.as_deref().unwrap_or("html")
    );
    println!(
        "time {elapsed:.2}s for {:.1} MB ({:.0} pages/s, including scoring)",
        bytes_in as f64 / 1e6,
        n / elapsed
    );
    scores.sort_by(|a, b| {
        let fa = a.precision * a.recall;
        let fb = b.precision * b.recall;
        fa.partial_cmp(&fb).unwrap()
    });
    println!("worst pages (precision / recall):");
    for s in scores.iter().take(worst) {
        println!("  {:.2} / {:.2}  {}", s.precision, s.recall, s.id);
    }
}
