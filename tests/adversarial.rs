//! The adversarial corpus: inputs built to make a cleaner panic, hang, eat memory or invent
//! text. Each case states its expected outcome — a clean result (with what it must hold) or a
//! specific error — and must reach it within a time bound.
//!
//! Small cases are files under `fixtures/adversarial/` (see its README); big ones (100 MB,
//! a million lines, 100,000 nested elements, a gzip bomb) are generated here, never
//! committed.
//!
//! Time bounds are hang detectors, not benchmarks: their job is to catch a hang or a
//! quadratic path, which overshoots them by orders of magnitude. Each is at least 10× what
//! the case took in the test build (this crate optimised, see `[profile.test]` in
//! Cargo.toml) on a 2-core x86-64 machine with a CPU-bound process running beside the tests
//! (December 2026): the slowest, the 100 MB line and the million lines, took 10 s and 9 s
//! against 240 s and 120 s.
//! Memory is bounded by construction (the input limit, the inflation cap) and measured by
//! hand for the README ("Limits and bounded resources").

use newsclean::{Document, Error, InputMode, Options};
use std::path::Path;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::Duration;

/// Runs `f` on its own thread; fails if it has not finished within `secs` seconds. A hang
/// becomes a failing test instead of a stuck test run.
fn within<T: Send + 'static>(secs: u64, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    match rx.recv_timeout(Duration::from_secs(secs)) {
        Ok(v) => v,
        Err(RecvTimeoutError::Timeout) => panic!("not done within {secs} s (a hang?)"),
        Err(RecvTimeoutError::Disconnected) => panic!("the cleaning thread panicked (above)"),
    }
}

fn opts() -> Options {
    Options {
        explain: true,
        ..Default::default()
    }
}

/// `clean` on owned bytes with the given options, within `secs` seconds.
fn clean_within(secs: u64, bytes: Vec<u8>, opts: Options) -> Result<Document, Error> {
    within(secs, move || newsclean::clean(&bytes, &opts))
}

fn fixture(name: &str) -> Vec<u8> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/adversarial")
        .join(name);
    std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn clean_fixture(name: &str) -> Result<Document, Error> {
    clean_within(10, fixture(name), opts())
}

/// Every printer takes the document (a result that cannot be printed is no result).
fn printable(doc: &Document) {
    use newsclean::{Format, render};
    for f in [Format::Text, Format::Json, Format::Jsonl, Format::Markdown] {
        render(doc, f);
    }
}

const STORY: [&str; 2] = [
    "The council voted on Tuesday to close the old bridge to heavy traffic after engineers found cracks in two of its supports.",
    "Zoë Ångström, who runs a café by the bridge, said the closure would cost her a third of her trade.",
];

// ---- empty, whitespace, NUL ----

#[test]
fn empty_file_is_the_empty_error() {
    assert!(matches!(clean_fixture("empty.txt"), Err(Error::Empty)));
}

#[test]
fn whitespace_only_file_is_the_empty_error() {
    // Spaces, tabs, CRLF, NBSP and an em space: all whitespace, nothing to clean.
    assert!(matches!(
        clean_fixture("whitespace-only.txt"),
        Err(Error::Empty)
    ));
}

#[test]
fn a_file_of_nuls_is_binary() {
    assert!(matches!(
        clean_fixture("nul-filled.txt"),
        Err(Error::Binary("NUL bytes"))
    ));
}

#[test]
fn stray_nul_bytes_in_a_story_are_dropped_not_fatal() {
    let doc = clean_fixture("stray-nuls.txt").unwrap();
    assert_eq!(doc.paragraphs.len(), 2, "{:?}", doc.paragraphs);
    assert!(doc.paragraphs.iter().all(|p| !p.contains('\0')));
    assert!(doc.paragraphs[0].contains("old bridge to heavy traffic"));
}

// ---- encodings ----

#[test]
fn utf16_with_and_without_bom_decodes_to_the_story() {
    for name in [
        "utf16le-bom.txt",
        "utf16be-bom.txt",
        "utf16le-no-bom.txt",
        "utf16be-no-bom.txt",
    ] {
        let doc = clean_fixture(name).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(doc.paragraphs, STORY, "{name}");
    }
}

#[test]
fn mixed_encodings_in_one_file_give_a_result_with_every_ascii_word() {
    // One UTF-8 paragraph and one windows-1252 paragraph: the file is decoded with one
    // encoding (chardetng's guess over the whole file), so one paragraph's accented letters
    // come out wrong. What must hold: a result, both paragraphs, every ASCII word intact.
    let doc = clean_fixture("mixed-utf8-cp1252.txt").unwrap();
    assert_eq!(doc.paragraphs.len(), 2, "{:?}", doc.paragraphs);
    let out = doc.paragraphs.join(" ");
    for w in [
        "runs", "bridge", "closure", "trade.", "baker", "street,", "summer",
    ] {
        assert!(out.contains(w), "{w:?} missing from {out:?}");
    }
}

#[test]
fn invalid_utf8_becomes_replacement_characters() {
    let mut bytes = STORY[0].as_bytes().to_vec();
    bytes.extend_from_slice(b" Broken \xff\xfe\xc3 bytes here.");
    let doc = clean_within(10, bytes, opts()).unwrap();
    assert_eq!(doc.paragraphs.len(), 1);
    assert!(doc.paragraphs[0].starts_with(STORY[0]));
    assert!(doc.paragraphs[0].ends_with("bytes here."));
}

// ---- files that are not articles ----

#[test]
fn a_png_is_binary() {
    assert!(matches!(
        clean_fixture("pixel.png"),
        Err(Error::Binary("PNG image"))
    ));
}

#[test]
fn a_pdf_is_binary_even_though_its_page_holds_a_sentence() {
    assert!(matches!(
        clean_fixture("story.pdf"),
        Err(Error::Binary("PDF document"))
    ));
}

#[test]
fn a_png_or_pdf_forced_through_the_text_path_is_still_binary() {
    // `--input text` says how to read the text, not that the bytes are text.
    for name in ["pixel.png", "story.pdf"] {
        let o = Options {
            input: InputMode::Text,
            ..opts()
        };
        assert!(
            matches!(clean_within(10, fixture(name), o), Err(Error::Binary(_))),
            "{name}"
        );
    }
}

// ---- gzip ----

/// A gzip bomb: one small member inflating to `member_mb` MB of spaces, repeated `members`
/// times (gzip allows concatenated members and the reader inflates them all), so the bomb
/// is built in milliseconds from one compression.
fn gzip_bomb(member_mb: usize, members: usize) -> Vec<u8> {
    use std::io::Write;
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    e.write_all(&vec![b' '; member_mb << 20]).unwrap();
    let member = e.finish().unwrap();
    member.repeat(members)
}

#[test]
fn a_gzip_bomb_stops_at_the_inflation_cap() {
    // 1 GiB once inflated, from about 1 MB of gzip; refused once past the 100 MiB limit.
    let bomb = gzip_bomb(16, 64);
    assert!(bomb.len() < 2 << 20, "{} bytes", bomb.len());
    assert!(matches!(
        clean_within(60, bomb, opts()),
        Err(Error::InflatesTooLarge { limit: 104_857_600 })
    ));
}

#[test]
fn a_gzip_bomb_under_a_small_limit_stops_at_that_limit() {
    let o = Options {
        max_bytes: 1 << 20,
        ..opts()
    };
    assert!(matches!(
        clean_within(10, gzip_bomb(4, 4), o),
        Err(Error::InflatesTooLarge { limit: 1_048_576 })
    ));
}

#[test]
fn truncated_gzip_is_a_binary_error() {
    use std::io::Write;
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(STORY[0].repeat(50).as_bytes()).unwrap();
    let mut z = e.finish().unwrap();
    z.truncate(z.len() / 2);
    assert!(matches!(
        clean_within(10, z, opts()),
        Err(Error::Binary("corrupt gzip data"))
    ));
}

// ---- size ----

/// `n` bytes of prose on one line: sentences of ordinary words, no line break.
fn one_line(n: usize) -> Vec<u8> {
    let sentence = "The council said the old bridge would close to heavy traffic next month. ";
    let mut v = sentence.as_bytes().repeat(n / sentence.len() + 1);
    v.truncate(n);
    // End on a word and a full stop.
    let cut = v.iter().rposition(|&b| b == b' ').unwrap();
    v.truncate(cut);
    v.push(b'.');
    v
}

#[test]
fn a_100_mb_single_line_is_cleaned() {
    let bytes = one_line(100_000_000);
    let len = bytes.len();
    let doc = clean_within(240, bytes, Options::default()).unwrap();
    // One block, and all of it is the story: nothing dropped, nothing added.
    assert_eq!(doc.paragraphs.len(), 1);
    assert_eq!(doc.paragraphs[0].len(), len);
}

#[test]
fn one_byte_over_the_limit_is_refused_before_any_work() {
    let limit = Options::default().max_bytes;
    let bytes = one_line(limit + 1);
    let bytes = [bytes, b"x".repeat(limit + 1)].concat()[..limit + 1].to_vec();
    assert!(matches!(
        clean_within(10, bytes, opts()),
        Err(Error::TooLarge { size, limit: 104_857_600 }) if size == limit + 1
    ));
}

#[test]
fn a_million_one_character_lines_are_cleaned() {
    // 2 MB, a million blocks: each alone is no prose. What must hold: a result, quickly, and
    // nothing in it longer than a line of the input. (9 s beside a busy core: a million blocks
    // through every rule. A path quadratic in the blocks would take 10^12 steps.)
    let alphabet = b"abcdefghijklmnopqrstuvwxyz0123456789";
    let mut bytes = Vec::with_capacity(2_000_000);
    for i in 0..1_000_000 {
        bytes.push(alphabet[i % alphabet.len()]);
        bytes.push(b'\n');
    }
    let doc = clean_within(120, bytes, opts()).unwrap();
    assert!(doc.paragraphs.iter().all(|p| p.chars().count() == 1));
    printable(&doc);
}

#[test]
fn many_paragraphs_and_many_long_blocks_stay_linear() {
    // The check for a second copy of the story (a long block holding earlier paragraphs) once
    // searched every long block for every paragraph before it: 20,000 paragraphs and 2,000
    // long blocks were 40 million searches.
    let word = |i: usize| format!("w{}", i * 7919 % 100_003);
    let mut text = String::new();
    for p in 0..20_000 {
        let line: Vec<String> = (0..12).map(|w| word(p * 12 + w)).collect();
        text.push_str(&line.join(" "));
        text.push_str(".\n\n");
    }
    for p in 0..2_000 {
        let line: Vec<String> = (0..150).map(|w| word(1_000_000 + p * 150 + w)).collect();
        text.push_str(&line.join(" "));
        text.push_str(".\n\n");
    }
    let doc = clean_within(30, text.into_bytes(), opts()).unwrap();
    assert!(!doc.paragraphs.is_empty());
    printable(&doc);
}

#[test]
fn a_10_mb_word_with_no_spaces_is_cleaned() {
    let mut bytes = b"Intro sentence of the story here, before the long token: ".to_vec();
    bytes.extend(b"x".repeat(10 << 20));
    bytes.push(b'.');
    let doc = clean_within(60, bytes, opts()).unwrap();
    let total: usize = doc.paragraphs.iter().map(String::len).sum();
    assert!(total >= 10 << 20, "the token is text, and stays");
}

// ---- nesting, unclosed and truncated markup ----

fn nested(open: &str, close: &str, depth: usize) -> Vec<u8> {
    format!(
        "<html><body>{}<p>Deep text here.</p>{}</body></html>",
        open.repeat(depth),
        close.repeat(depth)
    )
    .into_bytes()
}

#[test]
fn a_hundred_thousand_nested_elements_are_refused_as_too_deep() {
    for (open, close) in [
        ("<div>", "</div>"),
        ("<span>", "</span>"),
        ("<b>", "</b>"),
        ("<table>", "</table>"),
    ] {
        let r = clean_within(10, nested(open, close, 100_000), opts());
        assert!(
            matches!(r, Err(Error::TooDeep { limit: 2_000, .. })),
            "{open}: {r:?}"
        );
    }
}

#[test]
fn a_hundred_thousand_unclosed_self_closing_divs_are_refused_as_too_deep() {
    // `<div/>` is not self-closing in HTML: the slash is ignored and the divs nest.
    let r = clean_within(10, nested("<div/>", "", 100_000), opts());
    assert!(matches!(r, Err(Error::TooDeep { .. })), "{r:?}");
}

#[test]
fn a_hundred_thousand_elements_that_do_not_nest_are_read() {
    // Paragraphs and list items close their predecessor: 100,000 of them are a long flat
    // page, not a deep one, and must be read, not refused.
    for open in ["<p>", "<li>", "<br>"] {
        let doc = clean_within(60, nested(open, "", 100_000), opts())
            .unwrap_or_else(|e| panic!("{open}: {e}"));
        assert!(
            doc.paragraphs.iter().any(|p| p.contains("Deep text here.")),
            "{open}: {:?}",
            doc.paragraphs
        );
    }
}

#[test]
fn a_page_cut_off_inside_a_tag_is_read() {
    let doc = clean_fixture("truncated-tag.html").unwrap();
    assert_eq!(
        doc.title.as_deref(),
        Some("Bridge closed after cracks found")
    );
    assert_eq!(doc.paragraphs.len(), 2, "{:?}", doc.paragraphs);
    assert!(doc.paragraphs[0].starts_with("The council voted"));
}

#[test]
fn unclosed_tags_are_read() {
    let doc = clean_fixture("unclosed-tags.html").unwrap();
    let text = doc.paragraphs.join("\n");
    for p in ["The council voted", "Residents welcomed", "Officials said"] {
        assert!(text.contains(p), "{p:?} missing from {text}");
    }
}

#[test]
fn a_megabyte_of_tags_that_never_close_is_read_quickly() {
    // `<a` a third of a million times and no `>`: a scan that looks for each tag's end from
    // its start is quadratic here.
    let mut page = b"<html><body><p>The story begins here and goes on.</p>".to_vec();
    page.extend(b"<a ".repeat(350_000));
    let r = clean_within(20, page, opts());
    assert!(r.is_ok(), "{r:?}");
}

#[test]
fn a_10_mb_attribute_is_read() {
    let page = format!(
        "<html><body><article><p data-blob=\"{}\">{}</p><p>{}</p></article></body></html>",
        "x".repeat(10 << 20),
        STORY[0],
        STORY[1]
    );
    let doc = clean_within(60, page.into_bytes(), opts()).unwrap();
    assert_eq!(doc.paragraphs, STORY);
}

#[test]
fn a_10_mb_attribute_that_never_closes_is_read() {
    let page = format!(
        "<html><body><article><p>{}</p><p>{}</p><p data-blob=\"{}",
        STORY[0],
        STORY[1],
        "x".repeat(10 << 20)
    );
    let doc = clean_within(60, page.into_bytes(), opts()).unwrap();
    assert_eq!(doc.paragraphs, STORY);
}

#[test]
fn a_script_only_page_gives_an_empty_story() {
    // A page whose text is all script (rendered client-side): a result with no paragraphs,
    // and nothing of the scripts, styles or JSON in it.
    let doc = clean_fixture("script-only.html").unwrap();
    let all = serde_json::to_string(&doc).unwrap();
    for leak in [
        "dataLayer",
        "gtag",
        "schema.org",
        "font-size",
        "document.write",
    ] {
        assert!(!all.contains(leak), "{leak:?} leaked: {all}");
    }
    assert!(
        doc.paragraphs
            .iter()
            .all(|p| !p.contains("lives inside a script")),
        "{:?}",
        doc.paragraphs
    );
}

// ---- quotes and template delimiters ----

#[test]
fn quotes_that_never_close_keep_the_text() {
    let doc = clean_fixture("unclosed-quote.txt").unwrap();
    assert_eq!(doc.paragraphs.len(), 3, "{:?}", doc.paragraphs);
    assert!(doc.paragraphs[0].starts_with("“The bridge has carried"));
    assert!(doc.paragraphs[2].starts_with("Residents said \"they would fight"));
}

#[test]
fn a_megabyte_paragraph_opening_a_quote_it_never_closes() {
    let mut text = "“".to_string();
    text.push_str(&"the bridge was closed and the council said so again ".repeat(20_000));
    text.push('.');
    let len = text.len();
    let doc = clean_within(30, text.into_bytes(), opts()).unwrap();
    assert_eq!(doc.paragraphs.len(), 1);
    assert_eq!(doc.paragraphs[0].len(), len);
}

#[test]
fn thousands_of_quote_marks() {
    // 200,000 quote marks of every kind in one paragraph, and 10,000 lines of a lone mark.
    let marks = ["\"", "“", "”", "‘", "’", "«", "»", "„", "'"];
    let mut para = String::new();
    for i in 0..200_000 {
        para.push_str(marks[i % marks.len()]);
        para.push_str(if i % 3 == 0 { "word " } else { "" });
    }
    let mut text = format!("{}\n\n{para}.\n\n", STORY[0]);
    for i in 0..10_000 {
        text.push_str(marks[i % marks.len()]);
        text.push('\n');
    }
    let doc = clean_within(60, text.into_bytes(), opts()).unwrap();
    assert_eq!(doc.paragraphs[0], STORY[0]);
    printable(&doc);
}

#[test]
fn template_delimiters_that_never_close() {
    // Half a million openers of every template syntax and no closer, in one paragraph. A
    // pattern like `{%.*?%}` that looks for its closer from every opener is quadratic here.
    for opener in ["{%", "{{!", "<%", "<?php ", "<!--", "{#"] {
        let mut text = format!("{} ", STORY[0]);
        text.push_str(&format!("{opener} x ").repeat(1_000_000 / (opener.len() + 3)));
        text.push('.');
        let doc =
            clean_within(30, text.into_bytes(), opts()).unwrap_or_else(|e| panic!("{opener}: {e}"));
        let out = doc.paragraphs.join(" ");
        assert!(out.starts_with(STORY[0]), "{opener}");
        for leftover in ["{{", "{%", "<%"] {
            assert!(!out.contains(leftover), "{opener}: {leftover} left");
        }
    }
}

#[test]
fn a_megabyte_of_entities() {
    let mut text = format!("{} ", STORY[0]);
    text.push_str(&"&amp;amp; &lt;b&gt; &#x41; &nosuch; ".repeat(30_000));
    text.push('.');
    let doc = clean_within(30, text.into_bytes(), opts()).unwrap();
    let out = doc.paragraphs.join(" ");
    assert!(!out.contains("&amp;"), "decoded twice");
    assert!(
        !out.contains("<b>"),
        "the decoded tag is stripped as markup"
    );
}

#[test]
fn old_mac_line_endings_only() {
    let text = format!("{}\r\r{}\r", STORY[0], STORY[1]);
    let doc = clean_within(10, text.into_bytes(), opts()).unwrap();
    assert_eq!(doc.paragraphs, STORY);
}

// ---- invisible characters ----

/// Found by `mutated_fixtures` in tests/properties.rs (a byte flip turned `</p>` into `<`
/// U+0008 `p>`): an invisible character inside a tag hid it from the template table, and
/// dropping the character afterwards put the tag back together in the output (`<p>`; with a
/// zero-width space, `{\u{200B}{ad}}` left `{{ad`).
#[test]
fn an_invisible_character_inside_a_tag_leaves_no_tag() {
    for (input, leftover) in [
        (
            "Whitcomb said the roof leaked.<\u{8}p> More text follows here.",
            "<p>",
        ),
        ("The council voted {\u{200B}{ad_slot}} on Tuesday.", "{{"),
        ("The council voted {\u{AD}% if premium %} on Tuesday.", "{%"),
        ("The council voted <\u{2060}%= ad %> on Tuesday.", "<%"),
        ("The council voted &#8203;{&#8203;{ad}} on Tuesday.", "{{"),
    ] {
        let doc = clean_within(
            10,
            input.as_bytes().to_vec(),
            Options {
                input: InputMode::Text,
                ..opts()
            },
        )
        .unwrap();
        let out = doc.paragraphs.join("\n");
        assert!(!out.contains(leftover), "{input:?} gave {out:?}");
        assert!(
            out.contains("on Tuesday.") || out.contains("More text"),
            "{out:?}"
        );
    }
}

/// Markdown reduced after the template table could join a delimiter from pieces: the link
/// `[{](u)` is `{` once reduced, so `[{](u){ad}}` came out as `{{ad`.
#[test]
fn markdown_cannot_assemble_a_template_delimiter() {
    for (input, leftover) in [
        ("The council met [{](u){ad}} on Tuesday to vote.", "{{"),
        ("The council met {**{**ad}} on Tuesday to vote.", "{{"),
        ("The council met <[%](x) ad %> on Tuesday.", "<%"),
        ("The council met [{](u)% if x %} on Tuesday.", "{%"),
    ] {
        let o = Options {
            input: InputMode::Text,
            ..opts()
        };
        let doc = clean_within(10, input.as_bytes().to_vec(), o).unwrap();
        let out = doc.paragraphs.join("\n");
        assert!(!out.contains(leftover), "{input:?} gave {out:?}");
        assert!(out.contains("on Tuesday"), "{out:?}");
    }
}

// ---- fuzz regressions ----

/// The fuzz targets' own checks on a document, shared so the replay checks exactly what the
/// fuzzers check.
#[path = "../fuzz/fuzz_targets/common.rs"]
mod fuzz_common;
use fuzz_common::check as fuzz_checks;

#[test]
fn fuzz_regressions_stay_fixed() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/regressions");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().is_some_and(|n| n != "README.md"))
        .collect();
    paths.sort();
    for p in paths {
        let bytes = std::fs::read(&p).unwrap();
        let name = p.display().to_string();
        within(20, move || {
            if let Ok(doc) = newsclean::clean(&bytes, &opts()) {
                fuzz_checks(&doc);
            }
            let text = String::from_utf8_lossy(&bytes);
            fuzz_checks(&newsclean::clean_text(&text, &opts()));
            let o = opts();
            if newsclean::internals::nesting_depth(&text, o.max_depth) <= o.max_depth {
                fuzz_checks(&newsclean::clean_html(&text, &o));
            }
        });
        eprintln!("ok: {name}");
    }
}
