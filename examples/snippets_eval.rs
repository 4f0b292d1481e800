//! Scores newsclean on trafilatura's evaluation corpus (../shared/data/trafilatura-eval, not
//! bundled: docs/benchmarks.md says where it comes from): web pages (news, magazines, blogs,
//! institutional pages, mostly German) each with short snippets that the story must contain
//! (`with`) and must not contain (`without`).
//!
//! ```sh
//! cargo run --release --example snippets_eval -- ../shared/data/trafilatura-eval
//! cargo run --release --example snippets_eval -- ../shared/data/trafilatura-eval --split dev --worst 20 --missing
//! ```
//!
//! The metric is the corpus's own (as trafilatura's evaluation computes it): per page, each
//! `with` snippet found in the output (whitespace-normalised substring match) is a true
//! positive, each one missing a false negative; each `without` snippet found is a false
//! positive, each one absent a true negative. Counts are summed over the pages; precision =
//! TP/(TP+FP), recall = TP/(TP+FN), accuracy = (TP+TN)/all, F1 = 2TP/(2TP+FP+FN). The output
//! scored is the paragraphs, with the dateline put back where the page prints it.
//!
//! The pages are split in two halves by a hash of their id: `dev`, the half to read pages of
//! when looking for causes, and `held`, the half only measured, so that a change tuned on the
//! first shows whether it holds on the second. Both halves and the whole are printed.
//!
//! Options: `--split dev|held|all` limits `--worst` and `--missing` to a half (default `dev`);
//! `--worst N` lists the N pages with the most missed and leaked snippets; `--missing` lists,
//! for those pages, each `with` snippet missing and each `without` snippet found; `--only ID`
//! scores one page; `--save DIR` writes each page's output (`ID.txt`); `--why`, with
//! `--missing`, says of each missing snippet where it went: the rule that removed it, or
//! whether the walker read it (in the container it picked, or anywhere in the page).

use std::path::PathBuf;

#[derive(Default, Clone, Copy)]
struct Counts {
    tp: usize,
    fn_: usize,
    fp: usize,
    tn: usize,
}

impl Counts {
    fn add(&mut self, o: Counts) {
        self.tp += o.tp;
        self.fn_ += o.fn_;
        self.fp += o.fp;
        self.tn += o.tn;
    }

    fn line(&self, name: &str, pages: usize) -> String {
        let (tp, fn_, fp, tn) = (
            self.tp as f64,
            self.fn_ as f64,
            self.fp as f64,
            self.tn as f64,
        );
        let p = tp / (tp + fp).max(1.0);
        let r = tp / (tp + fn_).max(1.0);
        let f1 = 2.0 * tp / (2.0 * tp + fp + fn_).max(1.0);
        let acc = (tp + tn) / (tp + fn_ + fp + tn).max(1.0);
        format!(
            "{name:<5} {pages:>3} pages: precision {p:.4}  recall {r:.4}  F1 {f1:.4}  accuracy {acc:.4}  (TP {} FN {} FP {} TN {})",
            self.tp, self.fn_, self.fp, self.tn
        )
    }
}

/// The half a page belongs to, from a hash (FNV-1a) of its id: stable across runs and
/// machines, and independent of the order the pages are listed in.
fn half(id: &str) -> &'static str {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in id.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    if h >> 63 == 0 { "dev" } else { "held" }
}

fn normalise(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

struct Page {
    id: String,
    half: &'static str,
    counts: Counts,
    missing: Vec<String>,
    leaked: Vec<String>,
    /// For each missing snippet, where it went (`--why`).
    why: Vec<String>,
}

/// Where a missing snippet went: the rule that removed the block holding it, else whether the
/// walker read it from the container it picked, else whether the page's text holds it.
fn why(snippet: &str, input: &[u8], doc: Option<&newsclean::Document>) -> String {
    if let Some(r) = doc
        .and_then(|d| d.removed.as_ref())
        .and_then(|rs| rs.iter().find(|r| normalise(&r.text).contains(snippet)))
    {
        return format!("removed by {} ({:?})", r.rule, r.reason);
    }
    let mut raw = Vec::new();
    let input = if input.starts_with(&[0x1f, 0x8b]) {
        std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(input), &mut raw)
            .expect("gzip");
        &raw[..]
    } else {
        input
    };
    let Ok(decoded) = newsclean::internals::decode(input) else {
        return "undecodable".into();
    };
    let page = newsclean::internals::read_html(&decoded.text);
    let walked = page
        .blocks
        .iter()
        .map(|b| b.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    if normalise(&walked).contains(snippet) {
        return "walked, not in the output".into();
    }
    let mut text = String::new();
    let mut in_tag = false;
    for c in decoded.text.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                text.push(' ');
            }
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    if normalise(&newsclean::internals::decode_entities(&text)).contains(snippet) {
        format!(
            "not walked (container picked: {})",
            if page.contained { "yes" } else { "no" }
        )
    } else {
        "not in the page's text as written (entities, split by markup)".into()
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let opt = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .map(|i| args.get(i + 1).cloned().unwrap_or_default())
    };
    let root = PathBuf::from(
        args.first()
            .filter(|a| !a.starts_with("--"))
            .map_or("../shared/data/trafilatura-eval", String::as_str),
    );
    let split = opt("--split").unwrap_or_else(|| "dev".into());
    let worst: usize = opt("--worst").map_or(0, |s| s.parse().expect("--worst N"));
    let show_missing = args.iter().any(|a| a == "--missing");
    let show_why = args.iter().any(|a| a == "--why");
    let only = opt("--only");
    let save = opt("--save").map(PathBuf::from);
    if let Some(dir) = &save {
        std::fs::create_dir_all(dir).expect("--save DIR");
    }
    let truth: serde_json::Value = serde_json::from_slice(
        &std::fs::read(root.join("ground-truth.json")).expect("ground-truth.json"),
    )
    .expect("ground truth is JSON");
    let mut ids: Vec<&String> = truth.as_object().expect("object").keys().collect();
    ids.sort();
    let opts = newsclean::Options {
        explain: show_why,
        ..newsclean::Options::default()
    };
    let started = std::time::Instant::now();
    let mut pages = Vec::new();
    for id in ids {
        if only.as_ref().is_some_and(|o| o != id) {
            continue;
        }
        let path = root.join(format!("html/{id}.html.gz"));
        let input = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let doc = newsclean::clean(&input, &opts).ok();
        let output = match &doc {
            Some(doc) => {
                let mut text = doc.paragraphs.join("\n");
                if let Some(d) = &doc.dateline {
                    text = format!("{d} — {text}");
                }
                text
            }
            None => String::new(),
        };
        if let Some(dir) = &save {
            std::fs::write(dir.join(format!("{id}.txt")), &output).expect("--save");
        }
        let out = normalise(&output);
        let snippets = |key: &str| -> Vec<String> {
            truth[id][key]
                .as_array()
                .map(|a| a.iter().filter_map(|s| s.as_str()).map(normalise).collect())
                .unwrap_or_default()
        };
        let mut page = Page {
            id: id.clone(),
            half: half(id),
            counts: Counts::default(),
            missing: Vec::new(),
            leaked: Vec::new(),
            why: Vec::new(),
        };
        for s in snippets("with") {
            if out.contains(&s) {
                page.counts.tp += 1;
            } else {
                page.counts.fn_ += 1;
                if show_why {
                    page.why.push(why(&s, &input, doc.as_ref()));
                }
                page.missing.push(s);
            }
        }
        for s in snippets("without") {
            if out.contains(&s) {
                page.counts.fp += 1;
                page.leaked.push(s);
            } else {
                page.counts.tn += 1;
            }
        }
        pages.push(page);
    }
    let elapsed = started.elapsed().as_secs_f64();
    for name in ["dev", "held", "all"] {
        let mut c = Counts::default();
        let mut n = 0;
        for p in pages.iter().filter(|p| name == "all" || p.half == name) {
            c.add(p.counts);
            n += 1;
        }
        println!("{}", c.line(name, n));
    }
    println!("time {elapsed:.2}s for {} pages", pages.len());
    if worst == 0 && !show_missing {
        return;
    }
    let mut chosen: Vec<&Page> = pages
        .iter()
        .filter(|p| split == "all" || p.half == split)
        .filter(|p| p.counts.fn_ + p.counts.fp > 0)
        .collect();
    chosen.sort_by_key(|p| std::cmp::Reverse((p.counts.fn_ + p.counts.fp, p.counts.fn_)));
    let n = if worst == 0 { chosen.len() } else { worst };
    println!("worst pages of {split} (missing with / found without):");
    for p in chosen.iter().take(n) {
        let url = truth[&p.id]["url"].as_str().unwrap_or("").trim();
        println!("  {} / {}  {}  {url}", p.counts.fn_, p.counts.fp, p.id);
        if show_missing {
            for (i, s) in p.missing.iter().enumerate() {
                println!("      missing: {s}");
                if let Some(w) = p.why.get(i) {
                    println!("        why: {w}");
                }
            }
            for s in &p.leaked {
                println!("      leaked:  {s}");
            }
        }
    }
}
