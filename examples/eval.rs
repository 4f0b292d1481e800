//! Scores newsclean on the article-extraction benchmark (the folder given, else
//! `$NEWSCLEAN_DATA/aeb`, else ../shared/data/aeb; not bundled: docs/benchmarks.md says where
//! to get it) with the benchmark's own metric: 4-token
//! shingles of `\w+` tokens, per-page precision and recall averaged over pages, F1 of the
//! two means, and exact-match accuracy.
//!
//! ```sh
//! cargo run --release --example eval -- ../shared/data/aeb                     # HTML pages
//! cargo run --release --example eval -- ../shared/data/aeb --text full_dump    # text dumps
//! cargo run --release --example eval -- ../shared/data/aeb --text p_dump --worst 15
//! cargo run --release --example eval -- ../shared/data/aeb --text p_dump --inject 42 --split held
//! ```
//!
//! `--inject SEED` puts leftovers from `fixtures/artefacts/forms.tsv` (`--forms FILE`; rows of
//! `--split dev|held|all`, default `held`) into each dump's story lines, `--per-page N` of them
//! (default 3), in the ways scrapers leave them, and scores the dumps twice: as they are and
//! injected. It prints both F1s, the leak (pages with any injected leftover left in the
//! output), the loss (pages whose recall fell by more than 2% of itself, and the story's
//! sentences that the injected run lost), and the leaks by family. `--save DIR` writes each
//! page's output (`ID.txt`, and `ID.injected.txt` with `--inject`).
//!
//! `--bands` prints the pages and their mean F1 by confidence band (`quality.confidence`), and
//! the pages under 0.8 F1 with their warnings: how well the confidence is calibrated.
//! `--pages even|odd` scores only the even- or odd-numbered pages (in id order), to tune on
//! one half and check on the other. `--signals FILE` writes each page's F1, confidence,
//! warnings and the signals they came from as tab-separated lines.

#[path = "../tests/support/inject.rs"]
mod inject;
#[path = "../tests/support/score.rs"]
mod score;
use score::{Score, score};

use regex::Regex;
use std::path::{Path, PathBuf};

fn read_input(path: &Path) -> Vec<u8> {
    // newsclean inflates .gz input itself.
    std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    // The benchmark's folder: the first argument, else `$NEWSCLEAN_DATA/aeb`, else
    // ../shared/data/aeb.
    let root = args.first().map_or_else(
        || {
            std::env::var_os("NEWSCLEAN_DATA")
                .map_or_else(|| PathBuf::from("../shared/data"), PathBuf::from)
                .join("aeb")
        },
        PathBuf::from,
    );
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
    let opt = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .map(|i| args.get(i + 1).cloned().unwrap_or_default())
    };
    let save = opt("--save").map(PathBuf::from);
    if let Some(dir) = &save {
        std::fs::create_dir_all(dir).expect("--save DIR");
    }
    let seed: Option<u64> = opt("--inject").map(|s| s.parse().expect("--inject SEED"));
    let split = opt("--split").unwrap_or_else(|| "held".into());
    let per_page: usize = opt("--per-page").map_or(3, |s| s.parse().expect("--per-page N"));
    let forms: Vec<inject::Form> = match seed {
        Some(_) => {
            let path = opt("--forms").map_or_else(
                || Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/artefacts/forms.tsv"),
                PathBuf::from,
            );
            inject::load(&path)
                .into_iter()
                .filter(|f| split == "all" || f.split == split)
                .collect()
        }
        None => Vec::new(),
    };
    if seed.is_some() {
        assert!(
            text_kind.is_some(),
            "--inject needs --text full_dump|p_dump"
        );
        assert!(!forms.is_empty(), "no forms in split {split}");
    }
    let bands = args.iter().any(|a| a == "--bands");
    let half = opt("--pages");
    let mut signals_out = opt("--signals")
        .map(|f| std::fs::File::create(f).expect("--signals FILE"))
        .map(std::io::BufWriter::new);
    let mut judged: Vec<Judged> = Vec::new();
    let opts = newsclean::Options::default();
    let mut scores = Vec::new();
    let mut injected_scores = Vec::new();
    let mut tally = Tally::default();
    let mut bytes_in = 0usize;
    let started = std::time::Instant::now();
    let mut ids: Vec<&String> = truth.as_object().expect("object").keys().collect();
    ids.sort();
    for (page_no, id) in ids.into_iter().enumerate() {
        match half.as_deref() {
            Some("even") if page_no % 2 == 1 => continue,
            Some("odd") if page_no % 2 == 0 => continue,
            _ => {}
        }
        let body = truth[id]["articleBody"].as_str().unwrap_or("");
        let path = match &text_kind {
            Some(kind) => root.join(format!("../aeb-text/{kind}/{id}.txt")),
            None => root.join(format!("html/{id}.html.gz")),
        };
        let input = read_input(&path);
        bytes_in += input.len();
        let (output, doc) = run(&input, &opts);
        if let Some(dir) = &save {
            std::fs::write(dir.join(format!("{id}.txt")), &output).expect("--save");
        }
        let base = score(&re, id, body, &output);
        let f1 = page_f1(&base);
        if let Some(doc) = &doc {
            let warnings: Vec<&str> = doc.quality.warnings.iter().map(|w| w.as_str()).collect();
            if let Some(out) = &mut signals_out {
                use std::io::Write as _;
                let s = &doc.signals;
                writeln!(
                    out,
                    "{id}\t{f1:.3}\t{:.2}\t{}\t{}\t{}\t{}\t{}\t{}\t{:.2}\t{}\t{}\t{}",
                    doc.quality.confidence,
                    warnings.join(","),
                    s.contained,
                    s.headline,
                    s.headline_in_text,
                    s.input_words,
                    s.story_words,
                    s.runner_up.unwrap_or(-1.0),
                    s.paywalled,
                    s.truncated,
                    s.comments_inside,
                )
                .expect("--signals");
            }
            judged.push(Judged {
                id: id.clone(),
                f1,
                confidence: doc.quality.confidence,
                warnings: warnings.join(", "),
            });
        } else {
            judged.push(Judged {
                id: id.clone(),
                f1,
                confidence: 0.0,
                warnings: "(failed)".into(),
            });
        }
        if let (Some(seed), Some(doc)) = (seed, &doc) {
            let mut rng = inject::Rng(seed ^ (page_no as u64).wrapping_mul(0x9E37_79B9));
            let text = String::from_utf8_lossy(&input);
            let (dump, put) = inject_page(&text, doc, &forms, per_page, &mut rng);
            let (out2, _) = run(dump.as_bytes(), &opts);
            if let Some(dir) = &save {
                std::fs::write(dir.join(format!("{id}.injected.txt")), &out2).expect("--save");
                std::fs::write(dir.join(format!("{id}.injected.dump")), &dump).expect("--save");
            }
            let injected = score(&re, id, body, &out2);
            tally.page(&base, &injected, &output, &out2, &put);
            injected_scores.push(injected);
        }
        scores.push(base);
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
    if seed.is_some() {
        tally.print(&injected_scores, &split, forms.len());
    }
    if bands {
        print_bands(&judged);
    }
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

/// One page's F1 and how the cleaner judged its own work.
struct Judged {
    id: String,
    f1: f64,
    confidence: f64,
    warnings: String,
}

/// A page's own F1 (the harmonic mean of its precision and recall).
fn page_f1(s: &Score) -> f64 {
    if s.precision + s.recall == 0.0 {
        0.0
    } else {
        2.0 * s.precision * s.recall / (s.precision + s.recall)
    }
}

/// The confidence bands of `--bands`: lower bound inclusive, upper exclusive.
const BANDS: &[(f64, f64, &str)] = &[
    (0.0, 0.4, "< 0.4"),
    (0.4, 0.6, "0.4–0.6"),
    (0.6, 0.8, "0.6–0.8"),
    (0.8, 1.01, "≥ 0.8"),
];

/// Pages under this F1 are the ones the confidence must flag.
const POOR_F1: f64 = 0.8;

fn print_bands(judged: &[Judged]) {
    println!("| confidence | pages | mean F1 | pages under {POOR_F1} F1 |");
    println!("| --- | --- | --- | --- |");
    for (lo, hi, label) in BANDS {
        let inside: Vec<&Judged> = judged
            .iter()
            .filter(|j| j.confidence >= *lo && j.confidence < *hi)
            .collect();
        let mean = if inside.is_empty() {
            "–".to_string()
        } else {
            format!(
                "{:.3}",
                inside.iter().map(|j| j.f1).sum::<f64>() / inside.len() as f64
            )
        };
        let poor = inside.iter().filter(|j| j.f1 < POOR_F1).count();
        println!("| {label} | {} | {mean} | {poor} |", inside.len());
    }
    let poor: Vec<&Judged> = judged.iter().filter(|j| j.f1 < POOR_F1).collect();
    let flagged = poor
        .iter()
        .filter(|j| j.confidence < BANDS[0].1 || !j.warnings.is_empty())
        .count();
    println!(
        "pages under {POOR_F1} F1: {}, in the lowest band or warned: {flagged}",
        poor.len()
    );
    for j in poor {
        println!(
            "  F1 {:.2}  confidence {:.2}  [{}]  {}",
            j.f1, j.confidence, j.warnings, j.id
        );
    }
}

/// The output as scored: the paragraphs, with the dateline put back where the page printed
/// it (the benchmark's body keeps it; newsclean lifts it into its own field).
fn run(input: &[u8], opts: &newsclean::Options) -> (String, Option<newsclean::Document>) {
    match newsclean::clean(input, opts) {
        Ok(doc) => {
            let mut text = doc.paragraphs.join("\n");
            if let Some(d) = &doc.dateline {
                text = format!("{d} — {text}");
            }
            (text, Some(doc))
        }
        Err(_) => (String::new(), None),
    }
}

/// Injects leftovers into the dump's lines that the clean run kept as the story.
fn inject_page(
    dump: &str,
    doc: &newsclean::Document,
    forms: &[inject::Form],
    per_page: usize,
    rng: &mut inject::Rng,
) -> (String, Vec<inject::Injected>) {
    let mut lines: Vec<String> = dump.lines().map(str::to_string).collect();
    let kept: std::collections::HashSet<String> =
        doc.paragraphs.iter().map(|p| inject::key(p)).collect();
    let mut put = Vec::new();
    for _ in 0..per_page {
        let story: Vec<usize> = (0..lines.len())
            .filter(|&i| kept.contains(&inject::key(&lines[i])))
            .collect();
        if story.is_empty() {
            break;
        }
        let at = *rng.pick(&story);
        if rng.chance(10) {
            inject::wrap_real(&mut lines, at, rng);
            continue;
        }
        let form = rng.pick(forms);
        put.push(inject::inject_one(&mut lines, at, form, rng));
    }
    (lines.join("\n"), put)
}

#[derive(Default)]
struct Tally {
    pages: usize,
    leaked_pages: usize,
    lost_pages: usize,
    sentences_lost: usize,
    leaks_by_family: std::collections::BTreeMap<String, (usize, usize)>,
    examples: Vec<String>,
    lost: Vec<String>,
    /// Pages with a loss: their id, recall before and after, and what went in.
    lost_pages_seen: Vec<String>,
}

impl Tally {
    fn page(
        &mut self,
        base: &Score,
        injected: &Score,
        out: &str,
        out2: &str,
        put: &[inject::Injected],
    ) {
        if put.is_empty() {
            return;
        }
        self.pages += 1;
        let (k1, k2) = (inject::key(out), inject::key(out2));
        let mut leaked = false;
        for p in put {
            let needle = inject::key(&p.text);
            let left = inject::occurrences(&k2, &needle) > inject::occurrences(&k1, &needle);
            let e = self.leaks_by_family.entry(p.family.clone()).or_default();
            e.1 += 1;
            if left {
                e.0 += 1;
                leaked = true;
                if self.examples.len() < 400 {
                    self.examples.push(format!(
                        "{} {:?}{} {}",
                        p.form_id,
                        p.mode,
                        if p.escaped { " escaped" } else { "" },
                        p.text
                    ));
                }
            }
        }
        if leaked {
            self.leaked_pages += 1;
        }
        let fell = base.recall > 0.0 && injected.recall < base.recall * 0.98;
        if fell {
            self.lost_pages += 1;
        }
        let before = self.sentences_lost;
        for s in sentences(out).filter(|s| !k2.contains(&inject::key(s))) {
            self.sentences_lost += 1;
            if self.lost.len() < 400 {
                self.lost.push(format!("{}: {s}", base.id));
            }
        }
        if fell || self.sentences_lost > before {
            let forms: Vec<String> = put
                .iter()
                .map(|p| format!("{} {:?}", p.form_id, p.mode))
                .collect();
            self.lost_pages_seen.push(format!(
                "{} recall {:.3} -> {:.3}, {} sentences; {}",
                base.id,
                base.recall,
                injected.recall,
                self.sentences_lost - before,
                forms.join(", ")
            ));
        }
    }

    fn print(&self, injected: &[Score], split: &str, forms: usize) {
        let n = injected.len().max(1) as f64;
        let p = injected.iter().map(|s| s.precision).sum::<f64>() / n;
        let r = injected.iter().map(|s| s.recall).sum::<f64>() / n;
        println!(
            "injected ({forms} forms of split {split}): precision {p:.4}  recall {r:.4}  F1 {:.4}",
            2.0 * p * r / (p + r)
        );
        let pages = self.pages.max(1) as f64;
        println!(
            "leak {:.2}% of pages ({} of {})  loss: {} pages lost >2% of recall, {} story sentences lost",
            100.0 * self.leaked_pages as f64 / pages,
            self.leaked_pages,
            self.pages,
            self.lost_pages,
            self.sentences_lost
        );
        let fams: Vec<String> = self
            .leaks_by_family
            .iter()
            .map(|(f, (l, t))| format!("{f} {l}/{t}"))
            .collect();
        println!("leaked by family: {}", fams.join(", "));
        for e in &self.examples {
            println!("  leaked: {e}");
        }
        for l in &self.lost {
            println!("  lost: {l}");
        }
        for l in &self.lost_pages_seen {
            println!("  loss on: {l}");
        }
    }
}

/// The story's sentences of four words or more, as the output printed them.
fn sentences(text: &str) -> impl Iterator<Item = &str> {
    text.split_inclusive(['.', '!', '?', '\n'])
        .map(str::trim)
        .filter(|s| s.split_whitespace().count() >= 4)
}
