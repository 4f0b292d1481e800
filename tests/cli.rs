//! The command line as a user meets it: the built `newsclean` binary run on fixtures and on
//! generated files, checked against the contract in docs/output.md (formats, exit statuses,
//! encodings, closed pipes, inputs left untouched).

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;
use std::fs;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::Stdio;

const SEED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/fixtures/text/seed-hindustantimes-us-strikes-iraq.txt"
);
const MARKDOWN_DUMP: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/fixtures/text/a-markdown-dump.txt"
);

fn newsclean() -> Command {
    assert_cmd::cargo::cargo_bin_cmd!("newsclean")
}

fn seed_bytes() -> Vec<u8> {
    fs::read(SEED).expect("seed fixture exists")
}

/// Run to completion and return (exit code, stdout, stderr) as strings.
fn run(args: &[&str], stdin: Option<Vec<u8>>) -> (i32, String, String) {
    let mut cmd = newsclean();
    cmd.args(args);
    if let Some(bytes) = stdin {
        cmd.write_stdin(bytes);
    }
    let out = cmd.output().expect("newsclean runs");
    (
        out.status.code().expect("exited, not killed by a signal"),
        String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    )
}

/// Run, expect exit 0, return stdout.
fn ok_stdout(args: &[&str], stdin: Option<Vec<u8>>) -> String {
    let (code, out, err) = run(args, stdin);
    assert_eq!(code, 0, "newsclean {args:?} failed; stderr:\n{err}");
    out
}

fn parse_json(s: &str) -> Value {
    serde_json::from_str(s).unwrap_or_else(|e| panic!("not valid JSON ({e}):\n{s}"))
}

fn write_file(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    fs::write(&p, bytes).unwrap();
    p
}

fn path_str(p: &Path) -> &str {
    p.to_str().expect("temp paths are UTF-8")
}

/// The seed's clean story as the text format must print it.
fn assert_seed_text(out: &str) {
    assert!(out.ends_with('\n'), "text output must end in a newline");
    assert!(
        !out.ends_with("\n\n"),
        "text output must end in exactly one newline"
    );
    assert!(!out.contains("\n\n\n"), "paragraphs one blank line apart");
    let paragraphs: Vec<&str> = out.strip_suffix('\n').unwrap().split("\n\n").collect();
    assert_eq!(paragraphs.len(), 9, "9 paragraphs, got:\n{out}");
    for p in &paragraphs {
        assert!(!p.trim().is_empty(), "empty paragraph in:\n{out}");
        assert!(!p.contains('\n'), "paragraph spans lines: {p:?}");
        assert_eq!(*p, p.trim(), "paragraph not trimmed: {p:?}");
    }
    assert!(out.starts_with("The United States on Wednesday"));
    assert!(!out.contains("{{"), "template artefact left in:\n{out}");
    assert!(!out.contains("SHARE THIS ARTICLE ON"));
}

// 1. stdin → stdout

#[test]
fn stdin_without_args_prints_clean_text() {
    let out = ok_stdout(&[], Some(seed_bytes()));
    assert_seed_text(&out);
}

#[test]
fn stdin_dash_prints_clean_text() {
    let out = ok_stdout(&["-"], Some(seed_bytes()));
    assert_seed_text(&out);
}

// 2. a file path

#[test]
fn file_argument_gives_same_output_as_stdin() {
    let from_file = ok_stdout(&[SEED], None);
    let from_stdin = ok_stdout(&[], Some(seed_bytes()));
    assert_seed_text(&from_file);
    assert_eq!(from_file, from_stdin);
}

// 3. --format json

#[test]
fn json_format_has_paragraphs_captions_quotes_and_source() {
    let v = parse_json(&ok_stdout(&["--format", "json", SEED], None));
    assert_eq!(v["source"], SEED);
    assert_eq!(v["input"], "text");
    assert_eq!(v["paragraphs"].as_array().unwrap().len(), 9);
    let captions = v["captions"].as_array().unwrap();
    assert_eq!(captions.len(), 1);
    assert_eq!(captions[0]["credit"], "Reuters / File");
    assert_eq!(captions[0]["after_paragraph"], 0);
    let speakers: Vec<&str> = v["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["speaker"].as_str().unwrap_or("<null>"))
        .collect();
    assert_eq!(
        speakers,
        [
            "US military",
            "US military",
            "Pat Ryder",
            "Pat Ryder",
            "Sabrina Singh",
            "Sabrina Singh"
        ]
    );
    assert!(
        v.get("removed").is_none(),
        "`removed` only with --explain: {v}"
    );
}

#[test]
fn json_explain_lists_removed_blocks_with_reason_rule_text_line() {
    let v = parse_json(&ok_stdout(&["--format", "json", "--explain", SEED], None));
    let removed = v["removed"].as_array().expect("`removed` array");
    assert_eq!(removed.len(), 7, "{removed:#?}");
    let reasons: Vec<&str> = removed
        .iter()
        .map(|r| r["reason"].as_str().unwrap())
        .collect();
    assert_eq!(reasons.iter().filter(|r| **r == "template").count(), 6);
    assert_eq!(reasons.iter().filter(|r| **r == "share").count(), 1);
    for r in removed {
        assert!(
            r["rule"].as_str().is_some_and(|s| !s.is_empty()),
            "rule: {r}"
        );
        assert!(
            r["text"].as_str().is_some_and(|s| !s.is_empty()),
            "text: {r}"
        );
        assert!(r["line"].as_u64().is_some_and(|n| n >= 1), "line: {r}");
    }
    // The paragraphs are the same with or without --explain.
    let plain = parse_json(&ok_stdout(&["--format", "json", SEED], None));
    assert_eq!(v["paragraphs"], plain["paragraphs"]);
}

// 4. --format jsonl

#[test]
fn jsonl_format_is_one_line_of_json() {
    let out = ok_stdout(&["--format", "jsonl", SEED], None);
    assert!(out.ends_with('\n'));
    assert_eq!(out.lines().count(), 1, "one line, got:\n{out}");
    let v = parse_json(out.lines().next().unwrap());
    assert!(v.is_object());
    assert_eq!(v["source"], SEED);
    assert_eq!(v["paragraphs"].as_array().unwrap().len(), 9);
}

#[test]
fn several_files_default_to_jsonl_in_argument_order() {
    for order in [[SEED, MARKDOWN_DUMP], [MARKDOWN_DUMP, SEED]] {
        let out = ok_stdout(&order, None);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 2, "two records, got:\n{out}");
        for (line, path) in lines.iter().zip(order) {
            let v = parse_json(line);
            assert_eq!(v["source"], path);
        }
    }
}

// 5. --format markdown

#[test]
fn markdown_format_has_caption_with_credit_and_no_artefacts() {
    let out = ok_stdout(&["--format", "markdown", SEED], None);
    assert!(
        out.lines()
            .any(|l| l.starts_with("*Military vehicles") && l.ends_with("Iraq.* (Reuters / File)")),
        "caption line missing:\n{out}"
    );
    assert!(!out.contains("{{"), "template artefact left in:\n{out}");
    assert!(out.starts_with("The United States on Wednesday"));
}

#[test]
fn markdown_format_starts_with_title_heading() {
    let out = ok_stdout(&["--format", "markdown", MARKDOWN_DUMP], None);
    assert!(out.starts_with("# "), "no title heading:\n{out}");
}

// 6. --explain with text

#[test]
fn text_explain_reports_removals_on_stderr_and_leaves_stdout_unchanged() {
    let plain = ok_stdout(&[SEED], None);
    let (code, out, err) = run(&["--explain", SEED], None);
    assert_eq!(code, 0, "stderr:\n{err}");
    assert_eq!(out, plain, "--explain must not change stdout");
    assert_eq!(err.matches("[template/").count(), 6, "stderr:\n{err}");
    assert_eq!(err.matches("[share/").count(), 1, "stderr:\n{err}");
    assert!(err.contains("SHARE THIS ARTICLE ON"), "stderr:\n{err}");
}

// 7. exit statuses

#[test]
fn missing_file_exits_1_with_one_line_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no-such-story.txt");
    let (code, out, err) = run(&[path_str(&missing)], None);
    assert_eq!(code, 1);
    assert!(out.is_empty(), "stdout: {out}");
    assert_eq!(err.lines().count(), 1, "one line, got:\n{err}");
    assert!(err.contains(path_str(&missing)), "stderr: {err}");
}

#[test]
fn missing_file_does_not_stop_the_good_file() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no-such-story.txt");
    let (code, out, err) = run(&[path_str(&missing), SEED], None);
    assert_eq!(code, 1);
    assert!(err.contains(path_str(&missing)), "stderr: {err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 1, "the good file's record, got:\n{out}");
    let v = parse_json(lines[0]);
    assert_eq!(v["source"], SEED);
    assert_eq!(v["paragraphs"].as_array().unwrap().len(), 9);
}

#[test]
fn unknown_format_is_a_usage_error() {
    newsclean()
        .args(["--format", "nope", SEED])
        .assert()
        .code(2)
        .stdout(predicate::str::is_empty());
}

#[test]
fn html_page_is_sniffed_from_the_bytes_and_cleaned() {
    let dir = tempfile::tempdir().unwrap();
    // Named .txt on purpose: the kind comes from the bytes, not the file name.
    let p = write_file(
        dir.path(),
        "page.txt",
        b"<!doctype html><html lang=\"en\"><head><title>Bridge closed | The Daily</title></head>\
          <body><nav><a href=\"/\">Home</a></nav><article><h1>Bridge closed</h1>\
          <p>The council closed the old bridge on Tuesday after engineers found cracks in two of its supports.</p>\
          <p>\"It is not safe,\" Mayor Ana Ruiz said.</p></article></body></html>",
    );
    let out = newsclean()
        .args(["--format", "json"])
        .arg(&p)
        .assert()
        .success();
    let v: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(v["input"], "html");
    assert_eq!(v["title"], "Bridge closed");
    assert_eq!(v["language"], "en");
    assert_eq!(v["paragraphs"].as_array().unwrap().len(), 2);
    assert_eq!(v["quotes"][0]["speaker"], "Ana Ruiz");
    // --input html forces it; --input text reads the same bytes as text.
    newsclean()
        .args(["--input", "html"])
        .arg(&p)
        .assert()
        .success();
}

#[test]
fn empty_file_exits_1_with_empty_input() {
    let dir = tempfile::tempdir().unwrap();
    let p = write_file(dir.path(), "empty.txt", b"");
    newsclean()
        .arg(&p)
        .assert()
        .code(1)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains("empty input").and(predicate::str::contains("empty.txt")));
}

#[test]
fn whitespace_only_file_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let p = write_file(dir.path(), "blank.txt", b"  \n\t\n\r\n   \n");
    newsclean()
        .arg(&p)
        .assert()
        .code(1)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains("blank.txt"));
}

#[test]
fn png_file_exits_1_as_binary() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = b"\x89PNG\r\n\x1a\n".to_vec();
    bytes.extend((0..2000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8));
    let p = write_file(dir.path(), "photo.png", &bytes);
    newsclean()
        .arg(&p)
        .assert()
        .code(1)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains("binary").and(predicate::str::contains("photo.png")));
}

#[test]
fn file_with_nul_bytes_throughout_exits_1() {
    // The seed with a NUL after every 7th byte: not text, and not the every-other-byte
    // pattern of UTF-16 either.
    let mut bytes = Vec::new();
    for (i, b) in seed_bytes().into_iter().enumerate() {
        bytes.push(b);
        if i % 7 == 3 {
            bytes.push(0);
        }
    }
    let dir = tempfile::tempdir().unwrap();
    let p = write_file(dir.path(), "nuls.txt", &bytes);
    newsclean()
        .arg(&p)
        .assert()
        .code(1)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains("nuls.txt"));
}

#[test]
fn empty_directory_argument_is_an_empty_batch() {
    // A folder is walked (batch mode, tests/batch.rs); an empty one cleans nothing and says so.
    let dir = tempfile::tempdir().unwrap();
    let (code, out, err) = run(&[path_str(dir.path())], None);
    assert_eq!(code, 0, "stderr: {err}");
    assert!(out.is_empty(), "stdout: {out}");
    assert!(err.contains("0 cleaned"), "stderr: {err}");
}

#[test]
fn max_bytes_over_the_limit_exits_1_mentioning_it() {
    newsclean()
        .args(["--max-bytes", "10", SEED])
        .assert()
        .code(1)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains("limit").and(predicate::str::contains("10")));
}

#[test]
fn standard_input_over_the_limit_is_refused_without_reading_it_all() {
    // Only limit + 1 bytes are read, so the message cannot give the size.
    let (code, out, err) = run(&["--max-bytes", "1000"], Some(seed_bytes()));
    assert_eq!(code, 1);
    assert!(out.is_empty());
    assert!(
        err.contains("input is over the 1000-byte limit"),
        "stderr: {err}"
    );
}

// 8. closed pipe

/// `count` copies of the seed, each story paragraph numbered so no block repeats.
fn repeated_seed(count: usize) -> Vec<u8> {
    let seed = String::from_utf8(seed_bytes()).unwrap();
    let mut out = String::new();
    for i in 0..count {
        for block in seed.split("\n\n") {
            if block.starts_with("{{") || block.starts_with("SHARE") {
                out.push_str(block);
            } else {
                out.push_str(&format!("Item {i}: {block}"));
            }
            out.push_str("\n\n");
        }
    }
    out.into_bytes()
}

#[test]
fn closed_stdout_pipe_ends_quietly_with_success() {
    // ~600 KB in, ~500 KB out: far more than a pipe buffer holds, so the writer meets the
    // closed pipe mid-write. (Bigger seed-like inputs are slow: see the ignored test below.)
    let dir = tempfile::tempdir().unwrap();
    let big = write_file(dir.path(), "big.txt", &repeated_seed(260));
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_newsclean"))
        .arg(&big)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    {
        let mut reader = BufReader::new(child.stdout.take().unwrap());
        reader.read_line(&mut first).unwrap();
    } // the read end is closed here
    assert!(first.starts_with("Item 0: The United States"), "{first:?}");
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("panicked"), "stderr:\n{err}");
    assert!(
        out.status.success(),
        "status {:?}, stderr:\n{err}",
        out.status
    );
    assert!(err.is_empty(), "a closed pipe ends quietly; stderr:\n{err}");
}

// 9. encodings

#[test]
fn windows_1252_file_is_decoded() {
    let dir = tempfile::tempdir().unwrap();
    let p = write_file(
        dir.path(),
        "cp1252.txt",
        b"\x93Quoted\x94 words from Jos\xe9 M\xfcller \x97 a caf\xe9 owner, said the mayor.",
    );
    let out = ok_stdout(&[path_str(&p)], None);
    for want in ["\u{201c}Quoted\u{201d}", "José", "Müller", "\u{2014}"] {
        assert!(out.contains(want), "{want:?} missing from {out:?}");
    }
}

#[test]
fn utf8_bom_is_not_in_output() {
    let dir = tempfile::tempdir().unwrap();
    let text =
        "The mayor opened the new library on Monday, and the café next door stayed open late.\n";
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(text.as_bytes());
    let p = write_file(dir.path(), "bom.txt", &bytes);
    let out = ok_stdout(&[path_str(&p)], None);
    assert!(!out.starts_with('\u{feff}'), "{out:?}");
    assert!(!out.contains('\u{feff}'), "{out:?}");
    assert_eq!(out, text);
}

#[test]
fn utf16le_file_with_bom_is_decoded() {
    let dir = tempfile::tempdir().unwrap();
    let text = "Zoë Ångström, a café owner in Malmö, said the bridge would reopen soon.\n\n\
                The council met on Tuesday to approve the repairs.\n";
    let mut bytes = vec![0xFF, 0xFE];
    for u in text.encode_utf16() {
        bytes.extend_from_slice(&u.to_le_bytes());
    }
    let p = write_file(dir.path(), "utf16.txt", &bytes);
    let out = ok_stdout(&[path_str(&p)], None);
    assert_eq!(out, text);
}

#[test]
fn crlf_input_gives_the_same_output_without_carriage_returns() {
    let dir = tempfile::tempdir().unwrap();
    let seed = String::from_utf8(seed_bytes()).unwrap();
    let p = write_file(
        dir.path(),
        "crlf.txt",
        seed.replace('\n', "\r\n").as_bytes(),
    );
    let out = ok_stdout(&[path_str(&p)], None);
    assert!(!out.contains('\r'), "{out:?}");
    assert_eq!(out, ok_stdout(&[SEED], None));
    let json = ok_stdout(&["--format", "json", path_str(&p)], None);
    assert!(!json.contains("\\r"), "{json}");
}

// 10. inputs untouched

#[test]
fn input_files_are_never_modified() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("copy.txt");
    fs::copy(SEED, &p).unwrap();
    let before = fs::read(&p).unwrap();
    let mtime = fs::metadata(&p).unwrap().modified().unwrap();
    for format in ["text", "json", "jsonl", "markdown"] {
        ok_stdout(&["--format", format, "--explain", path_str(&p)], None);
    }
    assert_eq!(fs::read(&p).unwrap(), before);
    assert_eq!(fs::metadata(&p).unwrap().modified().unwrap(), mtime);
    let names: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["copy.txt"], "no files written next to the input");
}

// 11. --help and --version

#[test]
fn help_mentions_options_and_exit_statuses() {
    let out = ok_stdout(&["--help"], None);
    for want in [
        "--format",
        "--input",
        "--explain",
        "Exit status",
        "usage error",
    ] {
        assert!(out.contains(want), "--help lacks {want:?}:\n{out}");
    }
    // The exit-status note, however the help is wrapped: 0, 1 and 2 each explained.
    let flat = out.split_whitespace().collect::<Vec<_>>().join(" ");
    let note = &flat[flat.find("Exit status").unwrap()..];
    for want in ["0 ", "1 ", "2 usage error"] {
        assert!(
            note.contains(want),
            "exit status {want:?} not explained:\n{out}"
        );
    }
}

#[test]
fn version_prints_the_version() {
    let out = ok_stdout(&["--version"], None);
    assert_eq!(
        out.trim_end(),
        concat!("newsclean ", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn json_ld_article_body_cross_checks_the_walk() {
    let dir = tempfile::tempdir().unwrap();
    let para = |n: usize| {
        format!(
            "Paragraph {n} of the story tells how the council voted on Tuesday to close the old bridge after engineers found cracks."
        )
    };
    let body: Vec<String> = (1..=6).map(para).collect();
    let page = format!(
        "<!doctype html><html><head><script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\"headline\":\"Bridge closed\",\"articleBody\":\"{}\"}}</script></head>\
         <body><article><h1>Bridge closed</h1>{}<p>Sponsored: our partners have a great offer on garden furniture this week, click to learn more about it.</p></article></body></html>",
        body.join(" "),
        body.iter()
            .map(|p| format!("<p>{p}</p>"))
            .collect::<String>()
    );
    let p = write_file(dir.path(), "page.html", page.as_bytes());
    let out = newsclean()
        .args(["--format", "json", "--explain"])
        .arg(&p)
        .assert()
        .success();
    let v: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(v["paragraphs"].as_array().unwrap().len(), 6);
    assert!(
        v["removed"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["rule"] == "not-in-article-body")
    );
}

// Default formats, several articles as text, sizes

#[test]
fn help_states_the_default_format() {
    let out = ok_stdout(&["--help"], None);
    let flat = out.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains(
            "[default: text for one article, jsonl for several inputs or a folder, json with --out]"
        ),
        "{out}"
    );
}

#[test]
fn one_file_prints_text_even_with_a_report() {
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("r.jsonl");
    let out = ok_stdout(&["--report", path_str(&report), SEED], None);
    assert_seed_text(&out);
    assert_eq!(fs::read_to_string(&report).unwrap().lines().count(), 1);
}

#[test]
fn several_articles_as_text_or_markdown_are_headed_and_kept_apart() {
    for format in ["text", "markdown"] {
        let out = ok_stdout(&["--format", format, SEED, MARKDOWN_DUMP], None);
        let first = ok_stdout(&["--format", format, SEED], None);
        let second = ok_stdout(&["--format", format, MARKDOWN_DUMP], None);
        assert_eq!(
            out,
            format!("==> {SEED} <==\n{first}\n==> {MARKDOWN_DUMP} <==\n{second}"),
            "{format}"
        );
    }
    // A folder may hold several: its articles are headed too.
    let dir = tempfile::tempdir().unwrap();
    let one = write_file(dir.path(), "one.txt", &seed_bytes());
    let out = ok_stdout(&["--format", "text", "-q", path_str(dir.path())], None);
    assert!(
        out.starts_with(&format!("==> {} <==\n", path_str(&one))),
        "{out}"
    );
}

#[test]
fn a_page_with_no_story_exits_1_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let nav = write_file(
        dir.path(),
        "nav.html",
        b"<html><body><nav>Home | About</nav></body></html>",
    );
    for args in [
        vec![path_str(&nav)],
        vec!["--format", "json", path_str(&nav)],
    ] {
        let (code, out, err) = run(&args, None);
        assert_eq!(code, 1, "{args:?}");
        assert!(out.is_empty(), "{out}");
        assert_eq!(
            err,
            format!("newsclean: {}: no story found\n", path_str(&nav))
        );
    }
    let (code, _, err) = run(
        &[],
        Some(b"<html><body><nav>Home | About</nav></body></html>".to_vec()),
    );
    assert_eq!(code, 1);
    assert_eq!(err, "newsclean: <stdin>: no story found\n");
}

#[test]
fn max_bytes_takes_k_m_and_g() {
    let (code, _, err) = run(&["--max-bytes", "1k", SEED], None);
    assert_eq!(code, 1);
    assert!(err.contains("over the 1024-byte limit"), "{err}");
    ok_stdout(&["--max-bytes", "1M", SEED], None);
    ok_stdout(&["--max-bytes", "2GiB", SEED], None);
    let (code, out, err) = run(&["--max-bytes", "10x", SEED], None);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(
        err.contains("--max-bytes") && err.contains("\"10x\" is not a size"),
        "{err}"
    );
    let (code, _, err) = run(&["--max-bytes", "0", SEED], None);
    assert_eq!(code, 2);
    assert!(err.contains("at least 1 byte"), "{err}");
}

#[test]
fn list_rules_names_every_rule_with_its_reason_and_home() {
    let (code, out, _) = run(&["--list-rules"], None);
    assert_eq!(code, 0);
    let line = out
        .lines()
        .find(|l| l.starts_with("outside-story\t"))
        .expect("the story picker's rule is listed");
    assert_eq!(line.split('\t').nth(1), Some("outside"));
    assert_eq!(line.split('\t').nth(2), Some("classify::story"));
    assert!(out.lines().count() > 150);
    let (code, out, _) = run(&["--list-rules", "-f", "json"], None);
    assert_eq!(code, 0);
    let rules: serde_json::Value = serde_json::from_str(&out).unwrap();
    let share = rules
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "share-widget")
        .unwrap();
    assert_eq!(share["reason"], "share");
    assert_eq!(share["module"], "rules::boilerplate");
}

#[test]
fn json_has_authors_paywalled_and_quality() {
    let v = parse_json(&ok_stdout(&["-f", "json", SEED], None));
    assert_eq!(v["authors"], serde_json::json!([]));
    assert_eq!(v["paywalled"], false);
    let c = v["quality"]["confidence"].as_f64().unwrap();
    assert!((0.0..=1.0).contains(&c), "{c}");
    assert!(v["quality"]["warnings"].is_array());
}

#[test]
fn min_confidence_fails_an_article_below_it_and_the_batch_reports_it() {
    let dir = tempfile::tempdir().unwrap();
    let short = write_file(
        dir.path(),
        "short.txt",
        b"The council closed the bridge on Tuesday after engineers found cracks in two of its supports.\n",
    );
    let (code, out, err) = run(&["--min-confidence", "0.6", path_str(&short)], None);
    assert_eq!(code, 1);
    assert!(out.is_empty(), "stdout: {out}");
    assert_eq!(err.lines().count(), 1, "one line, got:\n{err}");
    assert!(
        err.contains("low confidence 0.") && err.contains("short-story"),
        "stderr: {err}"
    );
    // Without the option it is cleaned, and says why it is trusted less.
    let v = parse_json(&ok_stdout(&["-f", "json", path_str(&short)], None));
    assert!(v["quality"]["confidence"].as_f64().unwrap() < 0.6);
    // In a batch: a failure of that input only, named in the report with its message.
    let report = dir.path().join("report.jsonl");
    let (code, out, _) = run(
        &[
            "--min-confidence",
            "0.6",
            "--report",
            path_str(&report),
            path_str(&short),
            SEED,
        ],
        None,
    );
    assert_eq!(code, 1);
    assert_eq!(out.lines().count(), 1, "the seed's line only:\n{out}");
    let lines: Vec<Value> = fs::read_to_string(&report)
        .unwrap()
        .lines()
        .map(parse_json)
        .collect();
    assert_eq!(lines[0]["status"], "failed");
    assert!(
        lines[0]["error"]
            .as_str()
            .unwrap()
            .starts_with("low confidence 0.")
    );
    assert_eq!(lines[0]["quality"], Value::Null);
    assert_eq!(lines[1]["status"], "cleaned");
    assert!(lines[1]["quality"]["confidence"].as_f64().unwrap() >= 0.6);
}

#[test]
fn min_confidence_must_be_between_zero_and_one() {
    let (code, _, err) = run(&["--min-confidence", "1.5", SEED], None);
    assert_eq!(code, 2);
    assert!(err.contains("not a confidence"), "stderr: {err}");
}
