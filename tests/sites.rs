//! Site learning as a user runs it: `--learn-sites` over a folder of one site's dumps and over
//! records, the table saved beside the outputs and reused, `--sites-table` to learn on one
//! batch and apply to another (standard input included), and the refusals.

use assert_cmd::Command;
use serde_json::Value;
use std::fs;
use std::path::Path;

fn newsclean() -> Command {
    assert_cmd::cargo::cargo_bin_cmd!("newsclean")
}

const PLUG: &str = "Ring the Harbour Ledger duty desk on 01632 960 123";

/// A different story for every `i`: its words differ, not only its numbers.
fn story(i: usize) -> String {
    const PLACES: [&str; 7] = [
        "Arden", "Brook", "Carlow", "Dunmore", "Elmhurst", "Fenwick", "Glenrock",
    ];
    const THINGS: [&str; 5] = ["budget", "bridge", "library", "bus route", "school"];
    const DAYS: [&str; 3] = ["Monday", "Tuesday", "Friday"];
    let (place, thing, day) = (PLACES[i % 7], THINGS[i % 5], DAYS[i % 3]);
    format!(
        "{place} council approves the {thing}\n\n\
         The council of {place} voted on {day} to approve the {thing}, after a debate on {thing}s that ran late into the night in {place}.\n\n\
         Residents of {place} had asked for more money for the {thing}, and the mayor promised to look again at the {thing} on {day}.\n\n\
         Opposition members of the {place} council said the {thing} plan left out the poorer wards and would be too late for the winter.\n\n\
         A final vote on the {thing} is due in {place} next month, when the council meets again after the {day} recess.\n"
    )
}

/// The story with the site's plug between its paragraphs, on two pages in three.
fn furnished(i: usize) -> String {
    let s = story(i);
    if i.is_multiple_of(3) {
        s
    } else {
        s.replacen("\n\nResidents", &format!("\n\n{PLUG}\n\nResidents"), 1)
    }
}

fn paragraphs(doc: &Value) -> String {
    doc["paragraphs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn a_folder_learns_its_sites_plug_removes_it_with_its_count_and_saves_the_table() {
    let t = tempfile::tempdir().unwrap();
    let crawl = t.path().join("crawl");
    for i in 0..30 {
        let p = crawl.join("ledger").join(format!("{i:02}.txt"));
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(&p, furnished(i)).unwrap();
    }
    // Another site prints the same line once: not its furniture.
    for i in 0..12 {
        let p = crawl.join("gazette").join(format!("{i:02}.txt"));
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        let s = if i == 4 {
            furnished(i + 100)
        } else {
            story(i + 100)
        };
        fs::write(&p, s).unwrap();
    }
    let out = t.path().join("out");
    let run = newsclean()
        .arg(&crawl)
        .arg("--out")
        .arg(&out)
        .args(["--learn-sites", "--explain"])
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(0));
    let stderr = String::from_utf8(run.stderr).unwrap();
    assert!(
        stderr.contains("learned 1 furniture units on 1 of 2 sites from 42 inputs"),
        "{stderr}"
    );
    let doc: Value =
        serde_json::from_slice(&fs::read(out.join("ledger/01.json")).unwrap()).unwrap();
    assert!(!paragraphs(&doc).contains("duty desk"));
    let removed = doc["removed"].as_array().unwrap();
    let learned: Vec<&Value> = removed
        .iter()
        .filter(|r| r["rule"] == "site-template")
        .collect();
    assert_eq!(learned.len(), 1, "{removed:?}");
    assert_eq!(learned[0]["reason"], "site-template");
    assert_eq!(learned[0]["text"], PLUG);
    assert_eq!(
        learned[0]["site"],
        serde_json::json!({"pages": 20, "of": 30})
    );
    // Every paragraph of the story is there.
    assert_eq!(doc["paragraphs"].as_array().unwrap().len(), 4);
    let other: Value =
        serde_json::from_slice(&fs::read(out.join("gazette/04.json")).unwrap()).unwrap();
    assert!(paragraphs(&other).contains("duty desk"));

    // The table is saved beside the outputs, readable, and reused by a rerun.
    let table: Value =
        serde_json::from_slice(&fs::read(out.join(".newsclean-sites.json")).unwrap()).unwrap();
    assert_eq!(table["sites"]["ledger"]["pages"], 30);
    assert_eq!(table["sites"]["ledger"]["furniture"][0]["text"], PLUG);
    let rerun = newsclean()
        .arg(&crawl)
        .arg("--out")
        .arg(&out)
        .args(["--learn-sites", "--force"])
        .output()
        .unwrap();
    assert_eq!(rerun.status.code(), Some(0));
    let stderr = String::from_utf8(rerun.stderr).unwrap();
    assert!(stderr.contains("learned 1 furniture units"), "{stderr}");
    let rerun = newsclean()
        .arg(&crawl)
        .arg("--out")
        .arg(&out)
        .arg("--learn-sites")
        .output()
        .unwrap();
    let stderr = String::from_utf8(rerun.stderr).unwrap();
    assert!(
        stderr.contains("sites table read: 1 furniture units on 1 sites"),
        "{stderr}"
    );
}

fn records(path: &Path, host: &str, n: usize) {
    let lines: Vec<String> = (0..n)
        .map(|i| {
            serde_json::json!({"id": i, "url": format!("https://www.{host}/news/{i}"), "text": furnished(i)})
                .to_string()
        })
        .collect();
    fs::write(path, lines.join("\n") + "\n").unwrap();
}

#[test]
fn a_table_learned_on_records_applies_to_records_on_standard_input() {
    let t = tempfile::tempdir().unwrap();
    let sample = t.path().join("sample.jsonl");
    records(&sample, "ledger.example", 30);
    let table = t.path().join("sites.json");
    let learn = newsclean()
        .arg(&sample)
        .args(["--input", "jsonl", "--sites-table"])
        .arg(&table)
        .output()
        .unwrap();
    assert_eq!(learn.status.code(), Some(0));
    let saved: Value = serde_json::from_slice(&fs::read(&table).unwrap()).unwrap();
    assert_eq!(
        saved["sites"]["ledger.example"]["furniture"][0]["pages"],
        20
    );

    // New records of the same host, on standard input: the saved table applies.
    let more = t.path().join("more.jsonl");
    records(&more, "ledger.example", 3);
    let apply = newsclean()
        .args(["-", "--input", "jsonl", "--sites-table"])
        .arg(&table)
        .write_stdin(fs::read(&more).unwrap())
        .output()
        .unwrap();
    assert_eq!(apply.status.code(), Some(0));
    let lines: Vec<Value> = String::from_utf8(apply.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert!(lines.iter().all(|l| !paragraphs(l).contains("duty desk")));
    assert!(paragraphs(&lines[1]).contains("Residents of Brook"));
}

#[test]
fn learning_from_standard_input_is_refused_in_one_line() {
    let run = newsclean()
        .args(["-", "--learn-sites"])
        .write_stdin(story(1))
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(2));
    let stderr = String::from_utf8(run.stderr).unwrap();
    assert!(stderr.contains("standard input"), "{stderr}");
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
}

#[test]
fn a_table_that_is_not_one_is_refused() {
    let t = tempfile::tempdir().unwrap();
    let bad = t.path().join("t.json");
    fs::write(&bad, b"{\"sites\": 3}").unwrap();
    let input = t.path().join("a.txt");
    fs::write(&input, story(2)).unwrap();
    let run = newsclean()
        .arg(&input)
        .arg("--sites-table")
        .arg(&bad)
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(2));
    let stderr = String::from_utf8(run.stderr).unwrap();
    assert!(stderr.contains("not a sites table"), "{stderr}");
}

/// A WARC response record of an HTML page fetched from `uri`.
fn warc_response(n: usize, uri: &str, html: &str) -> Vec<u8> {
    let http = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\n\r\n{html}",
        html.len()
    );
    let mut r = format!(
        "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:r{n}>\r\n\
         WARC-Date: 2024-01-01T10:00:00Z\r\nWARC-Target-URI: {uri}\r\n\
         Content-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n",
        http.len()
    )
    .into_bytes();
    r.extend_from_slice(http.as_bytes());
    r.extend_from_slice(b"\r\n\r\n");
    r
}

#[test]
fn an_archive_learns_by_the_fetched_host() {
    let t = tempfile::tempdir().unwrap();
    let mut warc = Vec::new();
    for i in 0..30 {
        let paras: String = furnished(i)
            .split("\n\n")
            .skip(1)
            .map(|p| format!("<p>{}</p>", p.trim()))
            .collect();
        let html = format!(
            "<html><head><title>Story {i}</title></head><body><article>{paras}</article></body></html>"
        );
        warc.extend(warc_response(
            i,
            &format!("https://www.ledger.example/news/{i}"),
            &html,
        ));
    }
    let archive = t.path().join("crawl.warc");
    fs::write(&archive, &warc).unwrap();
    let run = newsclean()
        .arg(&archive)
        .args(["--learn-sites", "--sites-table"])
        .arg(t.path().join("sites.json"))
        .output()
        .unwrap();
    assert_eq!(
        run.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let lines: Vec<Value> = String::from_utf8(run.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 30);
    assert!(lines.iter().all(|l| !paragraphs(l).contains("duty desk")));
    assert!(paragraphs(&lines[1]).contains("Residents of Brook"));
    let table: Value =
        serde_json::from_slice(&fs::read(t.path().join("sites.json")).unwrap()).unwrap();
    assert_eq!(table["sites"]["ledger.example"]["pages"], 30);
}
