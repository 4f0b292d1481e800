//! `--explain` is complete on text input: every block of the input ends up in exactly one of
//! paragraphs, captions (as text or as a credit), the metadata (headline, byline) or
//! `removed` (with a reason and a rule) — nothing vanishes unaccounted, nothing is counted
//! twice.
//!
//! The blocks are the text splitter's (`newsclean::text::split`), named by the input line
//! they start on. A block with no visible character (only whitespace and zero-width
//! characters) is blank, like a blank line, and is not a block here. Where a kept block went
//! is `Document::placed`; where a removed one went is its whole-block entry in
//! `Document::removed` (fragments cut from a kept block, `inline`, are not whole blocks).
//! Each placement is checked against the text too, so a wrong line number cannot pass: the
//! words of what a block became must be words of that block.
//!
//! Runs over every fixture in `fixtures/text/` and the text cases of `fixtures/adversarial/`;
//! set `NEWSCLEAN_EXPLAIN_CORPUS=DIR` to also check every file in DIR (the benchmark's text
//! dumps, say: `NEWSCLEAN_EXPLAIN_CORPUS=../shared/data/aeb-text/p_dump`; see
//! docs/benchmarks.md for the data).

use newsclean::{Document, InputMode, Options, Place};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use unicode_normalization::UnicodeNormalization;

fn invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}'
    ) || (c.is_control() && !c.is_whitespace())
}

/// Words (runs of alphanumerics) of a text after entity decoding (up to twice, as the
/// cleaner does), without invisible characters, in NFC.
fn words(s: &str) -> HashSet<String> {
    let once = htmlize::unescape(s).into_owned();
    let twice = htmlize::unescape(&once).into_owned();
    let mut set = HashSet::new();
    for v in [s, &once, &twice] {
        let visible: String = v.chars().filter(|&c| !invisible(c)).collect();
        let nfc: String = visible.nfc().collect();
        set.extend(
            nfc.split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_string),
        );
    }
    set
}

fn subset(part: &str, of: &HashSet<String>) -> Result<(), String> {
    let missing: Vec<String> = words(part)
        .into_iter()
        .filter(|w| !of.contains(w) && !w.is_empty())
        .collect();
    // `words(part)` includes decodings of the output, which the block's decodings cover.
    if missing.is_empty() {
        Ok(())
    } else {
        Err(format!("{missing:?} of {part:?}"))
    }
}

/// Every way `doc` can fail to account for the blocks of `text`, one line each.
fn unaccounted(text: &str, doc: &Document) -> Vec<String> {
    let mut problems = Vec::new();
    let blocks: Vec<(usize, String)> = newsclean::internals::split(text)
        .into_iter()
        .filter(|b| b.text.chars().any(|c| !c.is_whitespace() && !invisible(c)))
        .map(|b| (b.line, b.text))
        .collect();
    let block_words: HashMap<usize, HashSet<String>> =
        blocks.iter().map(|(l, t)| (*l, words(t))).collect();
    let removed = doc.removed.as_deref().expect("explain keeps `removed`");
    let whole: Vec<_> = removed.iter().filter(|r| !r.inline).collect();

    // Each block: exactly one outcome.
    for (line, t) in &blocks {
        let r = whole.iter().filter(|r| r.line == *line).count();
        let p = doc.placed.iter().filter(|p| p.line == *line).count();
        if r + p != 1 {
            problems.push(format!(
                "line {line}: {r} removals and {p} placements for {t:?}"
            ));
        }
    }
    // No outcome without a block, and each outcome's text is the block's.
    let check = |line: usize, what: &str, part: &str, problems: &mut Vec<String>| match block_words
        .get(&line)
    {
        None => problems.push(format!("{what} names line {line}, where no block starts")),
        Some(ws) => {
            if let Err(e) = subset(part, ws) {
                problems.push(format!("{what} from line {line} has words not in it: {e}"));
            }
        }
    };
    for r in &whole {
        check(
            r.line,
            &format!("removed ({})", r.rule),
            &r.text,
            &mut problems,
        );
        if r.rule.is_empty() {
            problems.push(format!("line {}: removed without a rule", r.line));
        }
    }
    for p in &doc.placed {
        let text: String = match p.place {
            Place::Paragraph(i) => {
                let para = doc.paragraphs.get(i).cloned().unwrap_or_default();
                // The first paragraph's dateline was part of its block.
                match (i, &doc.dateline) {
                    (0, Some(d)) => format!("{d} {para}"),
                    _ => para,
                }
            }
            // The credit may come from a credit line: checked below.
            Place::Caption(i) => doc
                .captions
                .get(i)
                .map_or(String::new(), |c| c.text.clone()),
            Place::Credit => String::new(),
            Place::Title => doc.title.clone().unwrap_or_default(),
            Place::Byline => doc.byline.clone().unwrap_or_default(),
        };
        check(p.line, &format!("{:?}", p.place), &text, &mut problems);
    }
    // A caption's credit is from its own block (glued on) or from a credit line.
    for p in &doc.placed {
        if let Place::Caption(i) = p.place
            && let Some(credit) = doc.captions.get(i).and_then(|c| c.credit.as_deref())
        {
            let mut ws = block_words.get(&p.line).cloned().unwrap_or_default();
            for c in doc.placed.iter().filter(|c| c.place == Place::Credit) {
                ws.extend(block_words.get(&c.line).into_iter().flatten().cloned());
            }
            if let Err(e) = subset(credit, &ws) {
                problems.push(format!("caption {i}'s credit is from no block: {e}"));
            }
        }
    }
    // Every part of the article has exactly one source block.
    let count = |f: &dyn Fn(Place) -> bool| doc.placed.iter().filter(|p| f(p.place)).count();
    for i in 0..doc.paragraphs.len() {
        let n = count(&|p| p == Place::Paragraph(i));
        if n != 1 {
            problems.push(format!("paragraph {i} has {n} source blocks"));
        }
    }
    for i in 0..doc.captions.len() {
        let n = count(&|p| p == Place::Caption(i));
        if n != 1 {
            problems.push(format!("caption {i} has {n} source blocks"));
        }
    }
    let credits = count(&|p| p == Place::Credit);
    let with_credit = doc.captions.iter().filter(|c| c.credit.is_some()).count();
    if credits > with_credit {
        problems.push(format!(
            "{credits} credit lines for {with_credit} credited captions"
        ));
    }
    for (field, place) in [(&doc.title, Place::Title), (&doc.byline, Place::Byline)] {
        let n = count(&|p| p == place);
        if n != usize::from(field.is_some()) {
            problems.push(format!("{place:?}: {field:?} from {n} blocks"));
        }
    }
    problems
}

fn check_files(paths: &[PathBuf]) {
    let opts = Options {
        input: InputMode::Text,
        explain: true,
        ..Default::default()
    };
    let mut failures = Vec::new();
    let mut checked = 0;
    for p in paths {
        let bytes = std::fs::read(p).unwrap();
        let Ok(decoded) = newsclean::internals::decode(&bytes) else {
            continue; // a binary case: nothing to account for
        };
        let Ok(doc) = newsclean::clean(&bytes, &opts) else {
            continue; // an empty case
        };
        checked += 1;
        let problems = unaccounted(&decoded.text, &doc);
        if !problems.is_empty() {
            failures.push(format!("{}:\n  {}", p.display(), problems.join("\n  ")));
        }
    }
    assert!(checked > 0, "no file checked");
    assert!(
        failures.is_empty(),
        "{} of {checked} files do not account for their blocks:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

fn files(dir: &Path, ext: Option<&str>) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file() && ext.is_none_or(|x| p.extension().is_some_and(|e| e == x)))
        .collect();
    v.sort();
    v
}

#[test]
fn every_text_fixture_accounts_for_every_block() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let text = files(&root.join("text"), Some("txt"));
    assert!(text.len() >= 21);
    check_files(&text);
    check_files(&files(&root.join("adversarial"), Some("txt")));
}

#[test]
fn a_corpus_named_by_the_environment_accounts_for_every_block() {
    let Some(dir) = std::env::var_os("NEWSCLEAN_EXPLAIN_CORPUS") else {
        return;
    };
    check_files(&files(Path::new(&dir), None));
}

#[test]
fn the_checker_catches_a_block_that_vanishes() {
    // The check itself can fail: drop a placement and a removal from a real document.
    let text = "Bridge closed after cracks found\n\nBy Jane Doe\n\n\
                The council voted on Tuesday to close the old bridge to heavy traffic after \
                engineers found cracks in two of its supports.\n\nSHARE THIS ARTICLE ON\n";
    let opts = Options {
        explain: true,
        ..Default::default()
    };
    let doc = newsclean::clean(text.as_bytes(), &opts).unwrap();
    assert!(
        unaccounted(text, &doc).is_empty(),
        "{:?}",
        unaccounted(text, &doc)
    );
    let mut lost = doc.clone();
    lost.placed.retain(|p| p.place != Place::Byline);
    assert!(!unaccounted(text, &lost).is_empty());
    let mut lost = doc.clone();
    lost.removed.as_mut().unwrap().clear();
    assert!(!unaccounted(text, &lost).is_empty());
    let mut moved = doc.clone();
    moved.placed[0].line += 2;
    assert!(!unaccounted(text, &moved).is_empty());
}

#[test]
fn double_underscores_inside_a_word_glue_no_words() {
    // Found by this check on the benchmark's p_dump files: `__title .c-trending__` was taken
    // for Markdown strong emphasis, so `.c-trending__title .c-trending__link` came out as
    // `.c-trendingtitle .c-trendinglink`, words the input does not have.
    let text = "The council voted on Tuesday to close the old bridge to heavy traffic after \
                engineers found cracks in two of its supports.\n\n\
                Stadium Tour .c-trending__title .c-trending__link\n\n\
                Residents said a __strong__ word.\n";
    let opts = Options {
        explain: true,
        ..Default::default()
    };
    let doc = newsclean::clean(text.as_bytes(), &opts).unwrap();
    let problems = unaccounted(text, &doc);
    assert!(problems.is_empty(), "{problems:?}");
    let all = serde_json::to_string(&doc).unwrap();
    assert!(!all.contains("trendingtitle"), "{all}");
    // Emphasis at a word's edge is still emphasis.
    assert!(all.contains("Residents said a strong word."), "{all}");
}

/// On HTML input, `line` is the page's source line where the block's text starts (the block
/// number it once was says nothing a user can find): the removed share line and the kept
/// paragraphs each name their line, entity-written text, one-line runs of paragraphs and all.
#[test]
fn html_explain_names_the_source_line_of_each_block() {
    let page = "<!doctype html>\n\
                <html><head><title>Bridge closed after cracks found</title></head>\n\
                <body>\n\
                <article>\n\
                <h1>Bridge closed after cracks found</h1>\n\
                <p>The council voted on Tuesday to close the old bridge to heavy traffic after engineers found cracks in two of its supports.</p>\n\
                <p>SHARE THIS ARTICLE ON</p>\n\
                \n\
                <p>&ldquo;We had no choice,&rdquo; the council&rsquo;s engineer said of the closure on Tuesday evening.</p><p>Residents said they would fight the closure at the next meeting of the council in March.</p>\n\
                </article>\n\
                </body></html>\n";
    let opts = Options {
        explain: true,
        ..Default::default()
    };
    let doc = newsclean::clean(page.as_bytes(), &opts).unwrap();
    assert_eq!(doc.paragraphs.len(), 3, "{:?}", doc.paragraphs);
    let line_of = |i: usize| {
        doc.placed
            .iter()
            .find(|p| p.place == Place::Paragraph(i))
            .unwrap_or_else(|| panic!("paragraph {i} not placed: {:?}", doc.placed))
            .line
    };
    assert_eq!([line_of(0), line_of(1), line_of(2)], [6, 9, 9]);
    let removed = doc.removed.as_ref().unwrap();
    let share = removed
        .iter()
        .find(|r| r.text.contains("SHARE THIS ARTICLE"))
        .unwrap_or_else(|| panic!("{removed:?}"));
    assert_eq!(share.line, 7);
    let title = doc.placed.iter().find(|p| p.place == Place::Title);
    if let Some(t) = title {
        assert_eq!(t.line, 5);
    }
}
