//! Every rule that `--explain` names over the fixtures and the bundled benchmark pages is in
//! the rule registry (`newsclean --list-rules`).

use std::collections::BTreeSet;
use std::path::Path;

#[test]
fn every_rule_met_in_the_fixtures_is_in_the_registry() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    // Ids, not (id, reason): a few rules report the reason of their context (a link under a
    // "Related" heading is related, under "Share this" shared).
    let listed: BTreeSet<&str> = newsclean::registry::all()
        .into_iter()
        .map(|r| r.id)
        .collect();
    let opts = newsclean::Options {
        explain: true,
        ..Default::default()
    };
    let mut met = 0;
    let mut missing = BTreeSet::new();
    for dir in [
        "fixtures/text",
        "fixtures/html",
        "fixtures/adversarial",
        "benches/pages/html",
        "benches/pages/p_dump",
    ] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        for e in entries {
            let path = e.unwrap().path();
            if path.extension().is_some_and(|x| x == "json" || x == "md") {
                continue;
            }
            let Ok(doc) = newsclean::clean(&std::fs::read(&path).unwrap(), &opts) else {
                continue;
            };
            for r in doc.removed.iter().flatten() {
                met += 1;
                if !listed.contains(r.rule) {
                    missing.insert(format!("{} ({})", r.rule, r.reason.as_str()));
                }
            }
        }
    }
    assert!(
        met > 500,
        "only {met} removals met: are the fixtures there?"
    );
    assert!(missing.is_empty(), "not in the registry: {missing:?}");
}

#[test]
fn every_stage_rule_is_one_the_code_names() {
    // A listed id that no code reports would send a reader looking for nothing.
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut code = String::new();
    let mut stack = vec![src];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") && !p.ends_with("registry.rs") {
                code.push_str(&std::fs::read_to_string(&p).unwrap());
            }
        }
    }
    for (id, ..) in newsclean::internals::STAGE_RULES {
        assert!(
            code.contains(&format!("\"{id}\"")),
            "{id} is named nowhere in src/"
        );
    }
}
