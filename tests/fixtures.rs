//! Every raw article under `fixtures/text/` against its hand-reviewed `.expected.json`.
//! One loop, all cases; a failure lists every case that differs and where.

use serde_json::{Value, json};
use std::fs;
use std::path::{Path, PathBuf};

fn cases(folder: &str, ext: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(folder);
    let mut v: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|_| panic!("fixtures/{folder} exists"))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == ext))
        .collect();
    v.sort();
    v
}

/// The output as the expected files state it: no `source`, removals as (reason, text).
fn actual(path: &Path) -> Value {
    let bytes = fs::read(path).unwrap();
    let opts = newsclean::Options {
        explain: true,
        ..Default::default()
    };
    let doc = newsclean::clean(&bytes, &opts).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut v = serde_json::to_value(&doc).unwrap();
    let obj = v.as_object_mut().unwrap();
    obj.remove("source");
    let removed: Vec<Value> = doc
        .removed
        .unwrap_or_default()
        .iter()
        .map(|r| json!({"reason": r.reason, "text": r.text}))
        .collect();
    obj.insert("removed".into(), Value::Array(removed));
    v
}

/// Paths where two JSON values differ, with both sides, for a readable failure.
fn diff(path: &str, want: &Value, got: &Value, out: &mut Vec<String>) {
    match (want, got) {
        (Value::Object(a), Value::Object(b)) => {
            for k in a.keys().chain(b.keys().filter(|k| !a.contains_key(*k))) {
                diff(
                    &format!("{path}.{k}"),
                    a.get(k).unwrap_or(&Value::Null),
                    b.get(k).unwrap_or(&Value::Null),
                    out,
                );
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            for i in 0..a.len().max(b.len()) {
                diff(
                    &format!("{path}[{i}]"),
                    a.get(i).unwrap_or(&Value::Null),
                    b.get(i).unwrap_or(&Value::Null),
                    out,
                );
            }
        }
        _ if want != got => out.push(format!("  {path}\n    want: {want}\n    got:  {got}")),
        _ => {}
    }
}

/// Runs every case and reports all the differences at once.
fn check(cases: &[PathBuf]) {
    let mut failures = Vec::new();
    for case in cases {
        let expected_path = case.with_extension("expected.json");
        let want: Value = serde_json::from_str(
            &fs::read_to_string(&expected_path)
                .unwrap_or_else(|_| panic!("{} has no expected file", case.display())),
        )
        .unwrap();
        let got = actual(case);
        let mut d = Vec::new();
        diff("", &want, &got, &mut d);
        if !d.is_empty() {
            failures.push(format!(
                "{}:\n{}",
                case.file_name().unwrap().to_string_lossy(),
                d.join("\n")
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} fixtures differ:\n\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n\n")
    );
}

#[test]
fn every_text_fixture_matches_its_reviewed_expectation() {
    let cases = cases("text", "txt");
    assert!(
        cases.len() >= 21,
        "expected the seed and at least 20 more fixtures"
    );
    check(&cases);
}

#[test]
fn every_html_fixture_matches_its_reviewed_expectation() {
    let cases = cases("html", "html");
    assert!(cases.len() >= 10, "expected at least 10 HTML fixtures");
    check(&cases);
}
