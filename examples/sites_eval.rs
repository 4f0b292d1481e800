//! Site learning measured: the benchmark's text dumps grouped into sites, each site given
//! furniture that no rule lists (generated from word pools, different per site: a menu line
//! at the top, a plug between paragraphs, a plug glued into a paragraph, a rotating "most
//! read" box of headlines, a footer line), then cleaned without and with `--learn-sites`.
//!
//! ```text
//! cargo run --release --example sites_eval -- ../shared/data/aeb --text p_dump [--sites 10] [--seed 7]
//! ```
//!
//! Prints F1 against the true text, the share of pages where injected furniture leaked, the
//! story sentences the learning run lost that the plain run kept, and the first pass's cost
//! beside the cleaning pass's.
#[path = "../tests/support/score.rs"]
mod score;

use newsclean::internals::{Learner, observe};
use std::collections::HashMap;
use std::path::PathBuf;
use std::time::Instant;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[(self.next() % xs.len() as u64) as usize]
    }
    fn chance(&mut self, p: f64) -> bool {
        (self.next() % 10_000) as f64 / 10_000.0 < p
    }
}

const NAMES: &[&str] = &[
    "Harbour",
    "Lantern",
    "Meridian",
    "Juniper",
    "Copper",
    "Northgate",
    "Bramble",
    "Tidewater",
    "Orchard",
    "Granite",
    "Kestrel",
    "Saltmarsh",
];
const PAPERS: &[&str] = &[
    "Ledger",
    "Courier",
    "Sentinel",
    "Dispatch",
    "Beacon",
    "Chronicle",
];
const SECTIONS: &[&str] = &[
    "Wards",
    "Harbourside",
    "Motoring",
    "Gardens",
    "Schools",
    "Courts",
    "Weather",
    "Obituaries",
    "Puzzles",
    "Property",
];
const VERBS: &[&str] = &["Tap", "Ring", "Text", "Ask", "Tell", "Catch"];
const THINGS: &[&str] = &[
    "desk",
    "tip line",
    "night team",
    "ward reporters",
    "duty editor",
];
const HEADS: &[&str] = &[
    "Lorry sheds load of melons on ring road",
    "Allotment society elects first chair in decades",
    "Swan rescued from flooded car park",
    "Bakery wins regional pie award again",
    "Pier lights to stay on through winter",
    "Choir raises funds for new church roof",
    "Parking charges frozen for another year",
    "Festival organisers unveil headline act",
    "Ferry timetable changes from Monday",
    "Historic mill opens doors to visitors",
];

/// One site's furniture.
struct Site {
    menu: String,
    plug: String,
    glued: String,
    heads: Vec<&'static str>,
    footer: String,
}

fn site(rng: &mut Rng) -> Site {
    let brand = format!("{} {}", rng.pick(NAMES), rng.pick(PAPERS));
    let menu = (0..4)
        .map(|_| rng.pick(SECTIONS))
        .collect::<Vec<_>>()
        .join(" · ");
    let plug = format!(
        "{} the {brand} {} on 0{} {}",
        rng.pick(VERBS),
        rng.pick(THINGS),
        1000 + rng.next() % 9000,
        100_000 + rng.next() % 900_000
    );
    let glued = format!(
        "{brand} readers can reach the {} at any hour.",
        rng.pick(THINGS)
    );
    let mut heads: Vec<&str> = HEADS.to_vec();
    heads.sort_by_key(|_| rng.next());
    heads.truncate(6);
    let footer = format!(
        "{brand} is printed in {} by {} Press",
        rng.pick(NAMES),
        rng.pick(NAMES)
    );
    Site {
        menu,
        plug,
        glued,
        heads,
        footer,
    }
}

/// The dump with the site's furniture in it, and the furniture strings that went in.
fn furnish(dump: &str, site: &Site, rng: &mut Rng) -> (String, Vec<String>) {
    let mut lines: Vec<String> = dump.lines().map(str::to_string).collect();
    let mut put = Vec::new();
    // The longest line is a story paragraph: a plug is glued after its first sentence.
    if rng.chance(0.8)
        && let Some(i) = (0..lines.len()).max_by_key(|&i| lines[i].len())
        && let Some(end) = lines[i].find(". ")
    {
        let l = &lines[i];
        lines[i] = format!("{}.{} {}", &l[..end], site.glued, &l[end + 2..]);
        put.push(site.glued.clone());
    }
    let mid = lines.len() / 2;
    if rng.chance(0.7) {
        lines.insert(mid, site.plug.clone());
        put.push(site.plug.clone());
    }
    if rng.chance(0.9) {
        lines.insert(1.min(lines.len()), site.menu.clone());
        put.push(site.menu.clone());
    }
    lines.push("Most read".into());
    for h in &site.heads {
        if rng.chance(0.4) {
            lines.push(h.to_string());
            put.push(h.to_string());
        }
    }
    if rng.chance(0.85) {
        lines.push(site.footer.clone());
        put.push(site.footer.clone());
    }
    (lines.join("\n"), put)
}

fn text_of(doc: &Result<newsclean::Document, newsclean::Error>) -> String {
    doc.as_ref()
        .map(|d| d.paragraphs.join("\n"))
        .unwrap_or_default()
}

fn sentences(text: &str) -> impl Iterator<Item = &str> {
    text.split_inclusive(['.', '!', '?', '\n'])
        .map(str::trim)
        .filter(|s| s.split_whitespace().count() >= 4)
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
    let opt = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1).cloned())
    };
    let kind = opt("--text").unwrap_or_else(|| "p_dump".into());
    let n_sites: usize = opt("--sites").map_or(10, |s| s.parse().expect("--sites N"));
    let seed: u64 = opt("--seed").map_or(7, |s| s.parse().expect("--seed N"));
    let truth: HashMap<String, serde_json::Value> = serde_json::from_slice(
        &std::fs::read(root.join("ground-truth.json")).expect("ground-truth.json"),
    )
    .expect("ground truth");
    let dir = root.parent().unwrap().join("aeb-text").join(&kind);
    let mut ids: Vec<String> = truth.keys().cloned().collect();
    ids.sort();
    let mut rng = Rng(seed.max(1).wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
    let sites: Vec<Site> = (0..n_sites).map(|_| site(&mut rng)).collect();
    let mut pages = Vec::new();
    for (k, id) in ids.iter().enumerate() {
        let Ok(dump) = std::fs::read_to_string(dir.join(format!("{id}.txt"))) else {
            continue;
        };
        let s = k % n_sites;
        let (text, put) = furnish(&dump, &sites[s], &mut rng);
        pages.push((id.clone(), format!("site{s}"), dump, text, put));
    }
    let opts = newsclean::Options::default();

    let t = Instant::now();
    let mut learner = Learner::default();
    for (_, site, _, text, _) in &pages {
        learner.add(site, observe(text.as_bytes(), &opts).unwrap_or_default());
    }
    let learn_time = t.elapsed().as_secs_f64();
    let table = learner.table();
    let compiled = table.compile();

    let t = Instant::now();
    let plain: Vec<_> = pages
        .iter()
        .map(|(_, _, _, text, _)| newsclean::clean(text.as_bytes(), &opts))
        .collect();
    let clean_time = t.elapsed().as_secs_f64();
    let learned: Vec<_> = pages
        .iter()
        .map(|(_, site, _, text, _)| {
            let o = newsclean::Options {
                furniture: compiled.get(site).cloned(),
                explain: true,
                ..opts.clone()
            };
            newsclean::clean(text.as_bytes(), &o)
        })
        .collect();
    let untouched: Vec<_> = pages
        .iter()
        .map(|(_, _, dump, _, _)| newsclean::clean(dump.as_bytes(), &opts))
        .collect();

    let re = regex::Regex::new(r"\w+").unwrap();
    let report = |name: &str, docs: &[Result<newsclean::Document, newsclean::Error>]| {
        let (mut p, mut r, mut leaked) = (0.0, 0.0, 0);
        let mut what: HashMap<&str, usize> = HashMap::new();
        for ((id, _, _, _, put), doc) in pages.iter().zip(docs) {
            let text = text_of(doc);
            let truth = truth[id]["articleBody"].as_str().unwrap_or("");
            let s = score::score(&re, id, truth, &text);
            p += s.precision;
            r += s.recall;
            if put.iter().any(|f| text.contains(f.as_str())) {
                leaked += 1;
            }
            for f in put.iter().filter(|f| text.contains(f.as_str())) {
                *what.entry(f.as_str()).or_default() += 1;
            }
        }
        let n = pages.len() as f64;
        let (p, r) = (p / n, r / n);
        println!(
            "{name:<22} precision {p:.4}  recall {r:.4}  F1 {:.4}  furniture leaked on {leaked} of {} pages",
            2.0 * p * r / (p + r),
            pages.len()
        );
        if args.iter().any(|a| a == "--leaks") {
            let mut what: Vec<_> = what.into_iter().collect();
            what.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
            for (f, n) in what.iter().take(15) {
                println!("    leaked {n}x: {f}");
            }
        }
    };
    println!(
        "{} pages ({kind}) in {n_sites} sites; learned {} units",
        pages.len(),
        table.units()
    );
    report("dumps, no furniture", &untouched);
    report("furnished, plain", &plain);
    report("furnished, learned", &learned);
    // Story sentences the learning run lost: in the truth and in the plain run's output, but
    // not in the learning run's.
    let mut lost = Vec::new();
    for (((id, _, _, _, _), a), b) in pages.iter().zip(&plain).zip(&learned) {
        let truth = truth[id]["articleBody"].as_str().unwrap_or("");
        let (a, b) = (text_of(a), text_of(b));
        for s in sentences(&a) {
            if truth.contains(s) && !b.contains(s) {
                lost.push(format!("{id}: {s}"));
            }
        }
    }
    println!("story sentences lost by learning: {}", lost.len());
    for l in lost.iter().take(20) {
        println!("  lost: {l}");
    }
    println!(
        "first pass {learn_time:.3} s, cleaning pass {clean_time:.3} s ({:.1}x)",
        clean_time / learn_time
    );
    if let Some(want) = opt("--page") {
        for ((id, site, _, text, _), (a, b)) in pages.iter().zip(plain.iter().zip(&learned)) {
            if *id == want {
                println!(
                    "{site}\ninput:\n{text}\nplain:\n{}\nlearned:\n{}",
                    text_of(a),
                    text_of(b)
                );
                if let Ok(d) = b {
                    for r in d
                        .removed
                        .iter()
                        .flatten()
                        .filter(|r| r.line >= 18 && r.line <= 30)
                    {
                        println!(
                            "removed {} {}/{} {:?}: {}",
                            r.line,
                            r.reason.as_str(),
                            r.rule,
                            r.site,
                            r.text
                        );
                    }
                }
            }
        }
    }
    if args.iter().any(|a| a == "--table") {
        for (name, site) in &table.sites {
            for f in &site.furniture {
                println!(
                    "  {name} {:?} {:?} {}/{} {}",
                    f.unit, f.shape, f.pages, site.pages, f.text
                );
            }
        }
    }
}
