//! Artefact injection, shared by the evaluation command (`examples/eval.rs --inject`) and the
//! inject-and-recover property test: forms from `fixtures/artefacts/forms.tsv` put into a
//! clean story in the ways scrapers leave them.
#![allow(dead_code)]

use std::path::Path;

/// One row of the forms corpus.
#[derive(Debug, Clone)]
pub struct Form {
    pub id: String,
    pub family: String,
    /// The form with `{slot}`s for its variable parts.
    pub form: String,
    /// `line`, `inline` or `both`: whether scrapers leave it on its own line, glued into a
    /// paragraph, or either.
    pub kind: String,
    pub publisher: String,
    pub language: String,
    pub split: String,
}

impl Form {
    pub fn may_glue(&self) -> bool {
        self.kind != "line"
    }
}

/// The corpus, read from its TSV (header row names the columns).
pub fn load(path: &Path) -> Vec<Form> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap_or("").split('\t').collect();
    let col = |name: &str| {
        header
            .iter()
            .position(|h| h.trim() == name)
            .unwrap_or_else(|| panic!("{}: no column {name}", path.display()))
    };
    let (id, family, form, kind, publisher, language, split) = (
        col("id"),
        col("family"),
        col("form"),
        col("kind"),
        col("publisher"),
        col("language"),
        col("split"),
    );
    lines
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            let get = |i: usize| f.get(i).copied().unwrap_or("").trim().to_string();
            Form {
                id: get(id),
                family: get(family),
                form: get(form),
                kind: get(kind),
                publisher: get(publisher),
                language: get(language),
                split: get(split),
            }
        })
        .collect()
}

/// A small seeded generator (SplitMix64): the same seed gives the same injections anywhere.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

const FIRST: &[&str] = &[
    "Marta", "Ana", "John", "Priya", "Kenji", "Olu", "Sven", "Laila", "Tomás", "Chloe",
];
const LAST: &[&str] = &[
    "Ruiz", "Lopez", "Okafor", "Sharma", "Tanaka", "Berg", "Haddad", "Moreau", "Kowalski",
];
const HEADLINE_WORDS: &[&str] = &[
    "Ferry", "Strike", "Enters", "Third", "Day", "Council", "Votes", "Budget", "Rain", "Floods",
    "Valley", "Talks", "Stall", "Prices", "Rise", "Again", "Minister", "Quits", "Over", "Row",
];
const AGENCIES: &[&str] = &["Reuters", "AP", "AFP", "Getty Images", "EPA"];
const MONTHS: &[&str] = &["January", "March", "June", "September", "November"];

/// The form with its slots filled: names, handles, dates, numbers, headlines.
pub fn fill(form: &str, rng: &mut Rng) -> String {
    let mut out = String::with_capacity(form.len() + 40);
    let mut rest = form;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        let slot = &rest[open + 1..open + close];
        // Template syntax (`{{x}}`, `{% %}`, `${x}`) is the form itself, not a slot.
        if slot.is_empty()
            || !slot
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == '_' || c.is_ascii_digit())
            || rest[..open].ends_with(['{', '$', '%'])
            || rest[open + close + 1..].starts_with('}')
        {
            out.push_str(&rest[..open + 1]);
            rest = &rest[open + 1..];
            continue;
        }
        out.push_str(&rest[..open]);
        let first = *rng.pick(FIRST);
        let last = *rng.pick(LAST);
        let value = match slot {
            "name" | "author" | "photographer" | "person" => format!("{first} {last}"),
            "handle" | "user" => format!("{}{}", first.to_lowercase(), last.to_lowercase()),
            "date" => format!(
                "{} {}, 20{}",
                rng.pick(MONTHS),
                1 + rng.below(28),
                18 + rng.below(8)
            ),
            "time" => format!("{}:{:02}", 1 + rng.below(12), rng.below(60)),
            "n" | "count" | "number" => format!("{}", 2 + rng.below(4000)),
            "duration" => format!("{}:{:02}", rng.below(12), rng.below(60)),
            "agency" => rng.pick(AGENCIES).to_string(),
            "headline" | "title" => {
                let n = 4 + rng.below(5);
                (0..n)
                    .map(|_| *rng.pick(HEADLINE_WORDS))
                    .collect::<Vec<_>>()
                    .join(" ")
            }
            "url" | "link" => format!("https://example.com/{}", rng.below(100000)),
            "year" => format!("20{}", 15 + rng.below(11)),
            _ => last.to_string(),
        };
        out.push_str(&value);
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    out
}

/// The ways scrapers leave a leftover.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// On a line of its own between two of the story's lines.
    OwnLine,
    /// Glued to the start of a paragraph (with a space or none).
    GluedStart(bool),
    /// Glued between two sentences of a paragraph.
    GluedMiddle(bool),
    /// Glued to the end of a paragraph.
    GluedEnd(bool),
    /// Inside a template section that only exists for ads or paywalls.
    AdSection,
    /// A run of share-network names on a line of its own.
    ShareRun,
}

pub const MODES: &[Mode] = &[
    Mode::OwnLine,
    Mode::GluedStart(true),
    Mode::GluedStart(false),
    Mode::GluedMiddle(true),
    Mode::GluedMiddle(false),
    Mode::GluedEnd(true),
    Mode::GluedEnd(false),
    Mode::AdSection,
    Mode::ShareRun,
];

/// What was put in, as a reader would see it once decoded.
#[derive(Debug, Clone)]
pub struct Injected {
    pub form_id: String,
    pub family: String,
    pub mode: Mode,
    pub escaped: bool,
    pub text: String,
}

const SHARE_NETWORKS: &[&str] = &[
    "Facebook",
    "Twitter",
    "WhatsApp",
    "Email",
    "LinkedIn",
    "Print",
    "Copy link",
];
const AD_SECTIONS: &[(&str, &str)] = &[
    ("{{#ads}}", "{{/ads}}"),
    ("{{^userSubscribed}}", "{{/userSubscribed}}"),
    ("{{#showPromo}}", "{{/showPromo}}"),
    ("{% if show_ads %}", "{% endif %}"),
    ("{{#if isPaywalled}}", "{{/if}}"),
];
const REAL_SECTIONS: &[(&str, &str)] = &[
    ("{{#article}}", "{{/article}}"),
    ("{{#body}}", "{{/body}}"),
    ("{% if story %}", "{% endif %}"),
    ("{{#each paragraphs}}", "{{/each}}"),
];

/// Entity-escapes what a page's text would escape: ampersands, quotes, apostrophes, and a
/// no-break space for one space in two.
pub fn escape(text: &str, rng: &mut Rng) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '\'' | '’' => out.push_str("&#8217;"),
            '"' => out.push_str("&quot;"),
            ' ' if rng.chance(50) => out.push_str("&nbsp;"),
            c => out.push(c),
        }
    }
    out
}

/// The sentence boundaries of a paragraph: byte offsets just after ". " where a capital
/// follows.
fn sentence_gaps(line: &str) -> Vec<usize> {
    let b = line.as_bytes();
    (1..b.len().saturating_sub(2))
        .filter(|&i| {
            matches!(b[i - 1], b'.' | b'!' | b'?')
                && b[i] == b' '
                && b[i + 1].is_ascii_uppercase()
                && i >= 4
                && b[i - 3].is_ascii_lowercase()
        })
        .collect()
}

/// Puts one leftover into `lines` around or inside the story line `at`, and says what went in.
/// `wrap_real`: also wrap a story line in a template section that is no ad's (its content must
/// stay).
pub fn inject_one(lines: &mut Vec<String>, at: usize, form: &Form, rng: &mut Rng) -> Injected {
    let mut modes: Vec<Mode> = MODES.to_vec();
    if !form.may_glue() {
        modes.retain(|m| matches!(m, Mode::OwnLine | Mode::AdSection));
    }
    let mut mode = *rng.pick(&modes);
    if matches!(mode, Mode::GluedMiddle(_)) && sentence_gaps(&lines[at]).is_empty() {
        mode = Mode::GluedEnd(mode == Mode::GluedMiddle(true));
    }
    // Before a list item that goes on in lower case ("3. no overtopping of …"), a phrase in
    // mixed case reads as the item's first words, to a reader as to a rule ("More to come no
    // overtopping"): that is no leftover anyone can tell, and it goes on a line of its own.
    if matches!(mode, Mode::GluedStart(_)) {
        let text = &lines[at][marker_len(&lines[at])..];
        if text.starts_with(char::is_lowercase) && form.form.chars().any(char::is_lowercase) {
            mode = Mode::OwnLine;
        }
    }
    // Scrapers glue a leftover after a sentence's own end mark: a line that has none (a
    // heading, a list item) gets it on a line of its own.
    if matches!(
        mode,
        Mode::GluedEnd(_) | Mode::GluedMiddle(_) | Mode::GluedStart(_)
    ) && !lines[at]
        .trim_end()
        .ends_with(['.', '!', '?', '"', '”', ')'])
    {
        mode = Mode::OwnLine;
    }
    let filled = if mode == Mode::ShareRun {
        let n = 2 + rng.below(4);
        let sep = *rng.pick(&[" ", " | ", " • ", "\n"]);
        let mut names: Vec<&str> = Vec::new();
        while names.len() < n {
            let s = *rng.pick(SHARE_NETWORKS);
            if !names.contains(&s) {
                names.push(s);
            }
        }
        if sep == "\n" {
            // one name a line, as a list dump prints a share panel
            let text = names.join("\n");
            insert_block(lines, at, text.clone());
            return Injected {
                form_id: "share-run".into(),
                family: "share".into(),
                mode,
                escaped: false,
                text,
            };
        }
        names.join(sep)
    } else {
        fill(&form.form, rng)
    };
    let escaped = rng.chance(15) && filled.contains([' ', '&', '\'']);
    let written = if escaped {
        escape(&filled, rng)
    } else {
        filled.clone()
    };
    if matches!(mode, Mode::OwnLine | Mode::ShareRun) || (mode == Mode::AdSection && rng.chance(67))
    {
        if mode == Mode::AdSection {
            let (open, close) = *rng.pick(AD_SECTIONS);
            if rng.chance(50) {
                insert_block(lines, at, format!("{open}{written}{close}"));
            } else {
                insert_block(lines, at, format!("{open}\n{written}\n{close}"));
            }
        } else {
            insert_block(lines, at, written);
        }
        return Injected {
            form_id: form.id.clone(),
            family: form.family.clone(),
            mode,
            escaped,
            text: filled,
        };
    }
    let line = &mut lines[at];
    match mode {
        Mode::OwnLine | Mode::ShareRun => {}
        Mode::GluedStart(space) => {
            // After a list or quote marker: the leftover is glued to the item's text.
            let (marker, text) = line.split_at(marker_len(line));
            *line = format!("{marker}{written}{}{text}", if space { " " } else { "" });
        }
        Mode::GluedEnd(space) => {
            *line = format!("{line}{}{written}", if space { " " } else { "" });
        }
        Mode::GluedMiddle(space) => {
            let gaps = sentence_gaps(line);
            let gap = *rng.pick(&gaps);
            let (before, after) = line.split_at(gap);
            let after = after.trim_start();
            let sp = if space { " " } else { "" };
            *line = format!("{before}{sp}{written}{sp}{after}");
        }
        Mode::AdSection => {
            let (open, close) = *rng.pick(AD_SECTIONS);
            *line = format!("{line}{open}{written}{close}");
        }
    }
    Injected {
        form_id: form.id.clone(),
        family: form.family.clone(),
        mode,
        escaped,
        text: filled,
    }
}

/// The length of a Markdown list, quote or heading marker at the line's start, with its
/// spaces (`- `, `1. `, `> `, `## `).
fn marker_len(line: &str) -> usize {
    let b = line.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    let end = if digits > 0 && matches!(b.get(digits), Some(b'.' | b')')) {
        digits + 1
    } else if matches!(b.first(), Some(b'-' | b'*' | b'+' | b'>')) {
        1
    } else if b.first() == Some(&b'#') {
        b.iter().take_while(|&&c| c == b'#').count()
    } else {
        return 0;
    };
    if !matches!(b.get(end), Some(b' ' | b'\t')) {
        return 0;
    }
    end + b[end..]
        .iter()
        .take_while(|c| matches!(c, b' ' | b'\t'))
        .count()
}

/// Puts `text` on lines of its own after line `at`, as a block of the dump: set apart by blank
/// lines where the dump sets its blocks apart so.
fn insert_block(lines: &mut Vec<String>, at: usize, text: String) {
    let blank = lines.get(at + 1).is_some_and(|l| l.trim().is_empty());
    let mut new: Vec<String> = Vec::new();
    for (i, l) in text.split('\n').enumerate() {
        if blank && i > 0 {
            new.push(String::new());
        }
        new.push(l.to_string());
    }
    if blank {
        new.insert(0, String::new());
    }
    lines.splice(at + 1..at + 1, new);
}

/// Wraps the story line `at` in a template section that is no ad's: the tags go, the line
/// stays.
pub fn wrap_real(lines: &mut [String], at: usize, rng: &mut Rng) {
    let (open, close) = *rng.pick(REAL_SECTIONS);
    lines[at] = format!("{open}{}{close}", lines[at]);
}

/// Lower-cased, whitespace collapsed: how a leftover is looked for in an output.
pub fn key(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// How often `needle` occurs in `hay` (both keys).
pub fn occurrences(hay: &str, needle: &str) -> usize {
    if needle.is_empty() {
        return 0;
    }
    hay.matches(needle).count()
}
