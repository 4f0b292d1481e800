//! Crawl archives as a user meets them: WARC files built here, in code, the built binary run
//! over them, and the JSON lines, stderr and exit status checked against docs/batch.md.

use assert_cmd::Command;
use serde_json::Value;
use std::fs;
use std::io::Write;
use std::path::Path;

fn newsclean() -> Command {
    assert_cmd::cargo::cargo_bin_cmd!("newsclean")
}

/// A story long enough to be kept, with its number in it.
fn page(n: usize) -> String {
    format!(
        "<!DOCTYPE html><html><head><title>Story {n}</title>\
         <link rel=\"canonical\" href=\"https://news.example/canonical/{n}\"></head><body><article>\
         <h1>Bridge {n} closes</h1>\
         <p>The council closed bridge number {n} on Monday after engineers found cracks in two of its supports, officials said.</p>\
         <p>Repairs are expected to take at least three months, and traffic will be sent through the town centre until then.</p>\
         </article></body></html>"
    )
}

fn http(status: &str, content_type: &str, body: &[u8]) -> Vec<u8> {
    let mut r = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    r.extend_from_slice(body);
    r
}

fn record(kind: &str, id: &str, uri: &str, block: &[u8]) -> Vec<u8> {
    let mut r = format!(
        "WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{id}>\r\n\
         WARC-Date: 2024-01-01T10:00:{:02}Z\r\nWARC-Target-URI: {uri}\r\n\
         Content-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n",
        id.len() % 60,
        block.len()
    )
    .into_bytes();
    r.extend_from_slice(block);
    r.extend_from_slice(b"\r\n\r\n");
    r
}

fn response(n: usize) -> Vec<u8> {
    record(
        "response",
        &format!("r{n}"),
        &format!("https://news.example/fetched/{n}"),
        &http("200 OK", "text/html; charset=utf-8", page(n).as_bytes()),
    )
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

/// One gzip member per record, as crawlers write `.warc.gz`.
fn members(records: &[Vec<u8>]) -> Vec<u8> {
    records.iter().flat_map(|r| gzip(r)).collect()
}

fn lines(stdout: &[u8]) -> Vec<Value> {
    String::from_utf8(stdout.to_vec())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn run_on(path: &Path, args: &[&str]) -> (i32, Vec<Value>, String) {
    let out = newsclean().arg(path).args(args).output().unwrap();
    (
        out.status.code().unwrap(),
        lines(&out.stdout),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn a_gzip_per_record_archive_gives_one_line_per_article_with_ids_urls_and_dates() {
    let dir = tempfile::tempdir().unwrap();
    let info = record("warcinfo", "info", "", b"software: test\r\n");
    let request = record(
        "request",
        "req",
        "https://news.example/fetched/1",
        b"GET / HTTP/1.1\r\n\r\n",
    );
    let p = dir.path().join("crawl.warc.gz");
    fs::write(&p, members(&[info, request, response(1), response(2)])).unwrap();
    let (code, got, err) = run_on(&p, &[]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(got.len(), 2, "{got:?}");
    let r = &got[0];
    assert_eq!(r["id"], "<urn:uuid:r1>");
    assert_eq!(r["url"], "https://news.example/canonical/1");
    assert_eq!(r["fetched_url"], "https://news.example/fetched/1");
    assert_eq!(r["fetched"], "2024-01-01T10:00:02Z");
    assert_eq!(r["source"], p.display().to_string());
    assert!(
        r["paragraphs"][0]
            .as_str()
            .unwrap()
            .contains("bridge number 1")
    );
    assert_eq!(got[1]["id"], "<urn:uuid:r2>");
    assert!(
        err.contains("4 records read, 2 cleaned, 2 skipped (request 1, warcinfo 1), 0 failed"),
        "{err}"
    );
}

#[test]
fn a_page_without_a_canonical_address_takes_the_fetched_one() {
    let dir = tempfile::tempdir().unwrap();
    let body = page(3).replace(
        "<link rel=\"canonical\" href=\"https://news.example/canonical/3\">",
        "",
    );
    let rec = record(
        "response",
        "x",
        "https://news.example/fetched/3",
        &http("200 OK", "text/html", body.as_bytes()),
    );
    let p = dir.path().join("a.warc");
    fs::write(&p, rec).unwrap();
    let (code, got, _) = run_on(&p, &[]);
    assert_eq!(code, 0);
    assert_eq!(got[0]["url"], "https://news.example/fetched/3");
    assert_eq!(got[0]["fetched_url"], "https://news.example/fetched/3");
}

#[test]
fn non_html_and_not_found_records_are_skipped_with_their_reason() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = record(
        "response",
        "pdf",
        "https://news.example/a.pdf",
        &http("200 OK", "application/pdf", b"%PDF-1.7"),
    );
    let missing = record(
        "response",
        "404",
        "https://news.example/gone",
        &http("404 Not Found", "text/html", page(9).as_bytes()),
    );
    let p = dir.path().join("mixed.warc.gz");
    fs::write(&p, members(&[pdf, response(1), missing])).unwrap();
    let (code, got, err) = run_on(&p, &[]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(got.len(), 1);
    assert_eq!(got[0]["id"], "<urn:uuid:r1>");
    assert!(err.contains("HTTP 404 1"), "{err}");
    assert!(err.contains("not HTML (application/pdf) 1"), "{err}");
}

#[test]
fn a_legacy_charset_named_only_in_the_http_header_is_used() {
    let dir = tempfile::tempdir().unwrap();
    // Russian in windows-1251, no <meta charset>: only the HTTP header says what it is.
    let text = "Городской совет в понедельник закрыл мост после того, как инженеры нашли трещины в двух его опорах.";
    let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(text);
    let mut body = b"<html><body><article><p>".to_vec();
    body.extend_from_slice(&bytes);
    body.extend_from_slice(b"</p></article></body></html>");
    let rec = record(
        "response",
        "ru",
        "https://news.example/ru",
        &http("200 OK", "text/html; charset=windows-1251", &body),
    );
    let p = dir.path().join("ru.warc.gz");
    fs::write(&p, members(&[rec])).unwrap();
    let (code, got, err) = run_on(&p, &[]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(got[0]["paragraphs"][0], text);
}

#[test]
fn a_corrupt_record_and_a_truncated_end_give_error_lines_and_the_rest_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let mut gz: Vec<Vec<u8>> = (0..6).map(|n| gzip(&response(n))).collect();
    // Damage the compressed data of the third record.
    let bad = &mut gz[2];
    let mid = bad.len() / 2;
    for b in &mut bad[mid..mid + 16] {
        *b ^= 0xA5;
    }
    let mut bytes = gz.concat();
    // And cut the last record short.
    bytes.truncate(bytes.len() - gz[5].len() / 2);
    let p = dir.path().join("damaged.warc.gz");
    fs::write(&p, &bytes).unwrap();
    let (code, got, err) = run_on(&p, &[]);
    assert_eq!(code, 1, "{err}");
    let ids: Vec<&str> = got
        .iter()
        .map(|v| v["id"].as_str().unwrap_or("?"))
        .collect();
    assert_eq!(got.len(), 6, "{got:?}");
    assert_eq!(ids[..2], ["<urn:uuid:r0>", "<urn:uuid:r1>"]);
    assert!(got[2]["error"].is_string(), "{:?}", got[2]);
    assert_eq!(got[2]["source"], p.display().to_string());
    assert_eq!(ids[3..5], ["<urn:uuid:r3>", "<urn:uuid:r4>"]);
    assert_eq!(got[5]["id"], "<urn:uuid:r5>");
    assert!(
        got[5]["error"].as_str().unwrap().contains("truncated"),
        "{:?}",
        got[5]
    );
    assert!(
        err.contains("r5>: archive ends inside a record (truncated)"),
        "{err}"
    );
    assert!(
        err.contains("6 records read, 4 cleaned, 0 skipped, 2 failed"),
        "{err}"
    );
}

#[test]
fn order_is_kept_with_two_workers_and_a_folder_gives_one_jsonl_per_archive() {
    let dir = tempfile::tempdir().unwrap();
    let crawl = dir.path().join("crawl");
    fs::create_dir_all(crawl.join("sub")).unwrap();
    let many: Vec<Vec<u8>> = (0..150).map(response).collect();
    fs::write(crawl.join("a.warc.gz"), members(&many)).unwrap();
    fs::write(crawl.join("sub/b.warc"), many[..3].concat()).unwrap();
    let out = newsclean()
        .arg(crawl.join("a.warc.gz"))
        .args(["-j", "2"])
        .output()
        .unwrap();
    let got = lines(&out.stdout);
    let want: Vec<String> = (0..150).map(|n| format!("<urn:uuid:r{n}>")).collect();
    let ids: Vec<String> = got
        .iter()
        .map(|v| v["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, want);

    let clean = dir.path().join("clean");
    let status = newsclean()
        .arg(&crawl)
        .arg("--out")
        .arg(&clean)
        .args(["-j", "2", "-q"])
        .output()
        .unwrap();
    assert_eq!(status.status.code(), Some(0), "{:?}", status);
    let a = lines(&fs::read(clean.join("a.jsonl")).unwrap());
    assert_eq!(a.len(), 150);
    assert_eq!(a[149]["id"], "<urn:uuid:r149>");
    assert_eq!(
        lines(&fs::read(clean.join("sub/b.jsonl")).unwrap()).len(),
        3
    );
    // Again: up to date, nothing redone.
    let again = newsclean()
        .arg(&crawl)
        .arg("--out")
        .arg(&clean)
        .output()
        .unwrap();
    let err = String::from_utf8(again.stderr).unwrap();
    assert!(err.contains("0 cleaned, 2 skipped"), "{err}");
}

#[test]
fn wet_conversion_records_are_read_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let text = "The council closed the bridge on Monday after engineers found cracks in two of its supports.\n\nRepairs will take at least three months, officials said on Tuesday.\n";
    let rec = record(
        "conversion",
        "wet",
        "https://news.example/w",
        text.as_bytes(),
    );
    let p = dir.path().join("CC-MAIN-1.warc.wet.gz");
    fs::write(&p, members(&[rec])).unwrap();
    let (code, got, err) = run_on(&p, &[]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(got[0]["input"], "text");
    assert_eq!(got[0]["paragraphs"].as_array().unwrap().len(), 2);
}

#[test]
fn text_output_of_an_archive_is_refused_with_a_hint() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("a.warc");
    fs::write(&p, response(1)).unwrap();
    let (code, got, err) = run_on(&p, &["-f", "text"]);
    assert_eq!(code, 1);
    assert!(got.is_empty());
    assert!(err.contains("use -f jsonl"), "{err}");
    assert!(Path::new(&p).exists());
}

#[test]
fn an_article_under_min_confidence_is_that_records_failure_and_the_report_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("a.warc");
    // Two short paragraphs: a short story, trusted less than 0.6.
    fs::write(&p, response(1)).unwrap();
    let report = dir.path().join("report.jsonl");
    let report_arg = report.to_str().unwrap();
    let (code, got, err) = run_on(&p, &["--min-confidence", "0.6", "--report", report_arg]);
    assert_eq!(code, 1, "{err}");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0]["id"], "<urn:uuid:r1>");
    let error = got[0]["error"].as_str().unwrap();
    assert!(
        error.starts_with("low confidence 0.") && error.contains("short-story"),
        "{error}"
    );
    assert!(
        err.contains("1 records read, 0 cleaned, 0 skipped, 1 failed"),
        "{err}"
    );
    let line: Value = serde_json::from_str(&fs::read_to_string(&report).unwrap()).unwrap();
    assert_eq!(line["status"], "failed");
    assert_eq!(line["error"], error);
    assert_eq!(line["quality"], Value::Null);
    // Without the option the record is cleaned, and its report line carries its quality.
    let (code, got, err) = run_on(&p, &["--report", report_arg]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(got[0]["quality"]["warnings"][0], "short-story");
    let line: Value = serde_json::from_str(&fs::read_to_string(&report).unwrap()).unwrap();
    assert_eq!(line["status"], "cleaned");
    assert_eq!(line["quality"], got[0]["quality"]);
}
