//! Speed of newsclean on HTML pages against a peer and a floor, in one process.
//!
//! ```sh
//! cargo run --release --manifest-path benches/peers/Cargo.toml -- ../shared/data/aeb [ROUNDS]
//! ```
//!
//! The benchmark's pages (`<folder>/html/*.html.gz`) are read, inflated and decoded to strings
//! once, before any timing. Then, for each round (5 unless `ROUNDS` says), each contestant
//! cleans every page, and the time of the whole pass gives its pages per second:
//!
//! - `newsclean`: [`newsclean::clean_str`], the checks and cleaning the command line applies
//!   after decoding, with the document rendered to the command line's text output;
//! - `dom_smoothie`: `Readability::new` and `parse` with the default configuration, the
//!   article's `text_content` taken;
//! - `floor`: `scraper::Html::parse_document` and the text of `<body>` collected into a string,
//!   the least any extractor built on a browser-grade parser does.
//!
//! The order of the contestants turns by one each round, so that none always runs first (with
//! a cold cache, or newsclean's rule tables not yet compiled) or last. Rates are given by the
//! wall clock and by the thread's CPU time (Linux), which moves far less on a busy machine;
//! ratios are printed per round and for the best round of each.
//!
//! The peak resident memory of each contestant is measured in a child process of its own (this
//! program again, with `--rss NAME`), which loads the pages and makes one pass: the peak with
//! the pages loaded and nothing run is printed beside it. Linux only (`/proc/self/status`);
//! elsewhere the figures are left out.

use std::hint::black_box;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// A contestant: its name, and a pass over one page that returns the length of the text it
/// produced (kept, so that the work is not optimised away, and summed as a sanity check).
struct Contestant {
    name: &'static str,
    run: fn(&str, &Floor) -> Option<usize>,
}

/// What the floor compiles once, outside the timing.
struct Floor {
    body: scraper::Selector,
}

const CONTESTANTS: [Contestant; 3] = [
    Contestant {
        name: "newsclean",
        run: newsclean_text,
    },
    Contestant {
        name: "dom_smoothie",
        run: dom_smoothie_text,
    },
    Contestant {
        name: "floor",
        run: floor_text,
    },
];

fn newsclean_text(page: &str, _: &Floor) -> Option<usize> {
    let doc = newsclean::clean_str(page, &newsclean::Options::default()).ok()?;
    Some(newsclean::render(&doc, newsclean::Format::Text).len())
}

fn dom_smoothie_text(page: &str, _: &Floor) -> Option<usize> {
    let mut readability = dom_smoothie::Readability::new(page, None, None).ok()?;
    let article = readability.parse().ok()?;
    Some(article.text_content.len())
}

fn floor_text(page: &str, floor: &Floor) -> Option<usize> {
    let html = scraper::Html::parse_document(page);
    let body = html.select(&floor.body).next()?;
    Some(body.text().collect::<String>().len())
}

/// What one pass of a contestant over every page took and gave.
struct Pass {
    /// Wall-clock time.
    wall: Duration,
    /// This thread's time on a CPU, where the system tells it: on a machine shared with other
    /// work it moves far less than the wall clock, which also counts the time spent waiting
    /// for a core.
    cpu: Option<Duration>,
    /// The pages it gave no text for (an error, or no story).
    failed: usize,
    /// The bytes of text it gave.
    bytes: usize,
}

fn pass(c: &Contestant, pages: &[String], floor: &Floor) -> Pass {
    let cpu_start = thread_cpu();
    let start = Instant::now();
    let mut failed = 0;
    let mut bytes = 0;
    for page in pages {
        match black_box((c.run)(black_box(page), floor)) {
            Some(n) => bytes += n,
            None => failed += 1,
        }
    }
    let wall = start.elapsed();
    let cpu = cpu_start
        .zip(thread_cpu())
        .map(|(a, b)| b.saturating_sub(a));
    Pass {
        wall,
        cpu,
        failed,
        bytes,
    }
}

/// This thread's time on a CPU so far (the first field of `/proc/thread-self/schedstat`, in
/// nanoseconds), where the system tells it.
fn thread_cpu() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns = stat.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(ns))
}

/// Every `*.html.gz` (or `*.html`) page under `<root>/html`, inflated and decoded to a string
/// by newsclean's decoder (BOM, `<meta charset>`, else a guess), sorted by name.
fn load(root: &Path) -> Vec<String> {
    let dir = root.join("html");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let name = p.file_name().unwrap_or_default().to_string_lossy();
            name.ends_with(".html.gz") || name.ends_with(".html")
        })
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            let raw = std::fs::read(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            let bytes = if raw.starts_with(&[0x1f, 0x8b]) {
                let mut out = Vec::new();
                flate2::read::MultiGzDecoder::new(&raw[..])
                    .read_to_end(&mut out)
                    .unwrap_or_else(|e| panic!("{}: {e}", p.display()));
                out
            } else {
                raw
            };
            newsclean::internals::decode(&bytes)
                .unwrap_or_else(|e| panic!("{}: {e}", p.display()))
                .text
                .into_owned()
        })
        .collect()
}

/// The peak resident set of this process so far, in KiB (`VmHWM`), where the system tells it.
fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// newsclean's rate over dom_smoothie's and over the floor's (above 1: newsclean is faster).
fn ratios(wall: &[f64; 3], cpu: &[f64; 3]) {
    println!(
        "  newsclean/dom_smoothie {:.2} wall, {:.2} CPU;  newsclean/floor {:.2} wall, {:.2} CPU",
        wall[0] / wall[1],
        cpu[0] / cpu[1],
        wall[0] / wall[2],
        cpu[0] / cpu[2]
    );
}

fn mib(kib: u64) -> String {
    format!("{:.1}", kib as f64 / 1024.0)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let floor = Floor {
        body: scraper::Selector::parse("body").expect("a valid selector"),
    };
    // A child's task: load, note the peak, make one pass with one contestant, note the peak.
    if let Some(at) = args.iter().position(|a| a == "--rss") {
        let name = &args[at + 1];
        let root = args
            .iter()
            .enumerate()
            .find(|&(i, _)| i != at && i != at + 1)
            .map(|(_, a)| PathBuf::from(a))
            .expect("the benchmark's folder");
        let pages = load(&root);
        let loaded = peak_rss_kib().unwrap_or(0);
        let c = CONTESTANTS.iter().find(|c| c.name == name).expect("a name");
        black_box(pass(c, &pages, &floor));
        println!("{loaded} {}", peak_rss_kib().unwrap_or(0));
        return;
    }
    let root = args.first().map_or_else(
        || {
            std::env::var_os("NEWSCLEAN_DATA")
                .map_or_else(|| PathBuf::from("../shared/data"), PathBuf::from)
                .join("aeb")
        },
        PathBuf::from,
    );
    let rounds: usize = args
        .get(1)
        .map_or(5, |r| r.parse().expect("ROUNDS: a number"));
    let pages = load(&root);
    let total: usize = pages.iter().map(String::len).sum();
    println!(
        "{} pages, {:.1} MiB of decoded HTML, {rounds} rounds",
        pages.len(),
        total as f64 / (1024.0 * 1024.0)
    );

    let n = CONTESTANTS.len();
    // Pages per second by round and contestant: by the wall clock, and by CPU time.
    let mut wall = vec![[0.0f64; 3]; rounds];
    let mut cpu = vec![[0.0f64; 3]; rounds];
    let per_s = |d: Duration| pages.len() as f64 / d.as_secs_f64();
    for round in 0..rounds {
        println!("round {}:", round + 1);
        for k in 0..n {
            let i = (round + k) % n;
            let c = &CONTESTANTS[i];
            let p = pass(c, &pages, &floor);
            wall[round][i] = per_s(p.wall);
            cpu[round][i] = p.cpu.map_or(0.0, per_s);
            println!(
                "  {:<12} {:7.1} pages/s wall, {:7.1} pages/s CPU  ({:.2} s; {} KiB of text, {} pages without)",
                c.name,
                wall[round][i],
                cpu[round][i],
                p.wall.as_secs_f64(),
                p.bytes / 1024,
                p.failed
            );
        }
        ratios(&wall[round], &cpu[round]);
    }
    let best = |rates: &[[f64; 3]]| -> [f64; 3] {
        std::array::from_fn(|i| rates.iter().map(|r| r[i]).fold(0.0, f64::max))
    };
    let (best_wall, best_cpu) = (best(&wall), best(&cpu));
    println!("best of {rounds} rounds:");
    for (i, c) in CONTESTANTS.iter().enumerate() {
        println!(
            "  {:<12} {:7.1} pages/s wall, {:7.1} pages/s CPU",
            c.name, best_wall[i], best_cpu[i]
        );
    }
    ratios(&best_wall, &best_cpu);

    // Peak memory, one child process per contestant.
    let Ok(me) = std::env::current_exe() else {
        return;
    };
    for c in &CONTESTANTS {
        let out = std::process::Command::new(&me)
            .arg(&root)
            .args(["--rss", c.name])
            .output();
        let Ok(out) = out else { continue };
        let text = String::from_utf8_lossy(&out.stdout);
        let mut fields = text
            .split_whitespace()
            .map(|f| f.parse::<u64>().unwrap_or(0));
        let (Some(loaded), Some(peak)) = (fields.next(), fields.next()) else {
            continue;
        };
        if peak > 0 {
            println!(
                "peak RSS {}: {} MiB ({} MiB with the pages loaded, before the pass)",
                c.name,
                mib(peak),
                mib(loaded)
            );
        }
    }
}
