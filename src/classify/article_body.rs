//! The page's JSON-LD `articleBody` cross-checks the walked blocks.

use crate::removed::Removed;
use crate::{block, rules};

/// The page's JSON-LD `articleBody` is the story's text by the publisher's own account. When
/// the walked blocks cover most of it, a prose block that is not in it is not the story (a
/// teaser, a promo, a bio). Captions and headings are left alone: publishers leave them out
/// of `articleBody`. A short or truncated `articleBody` checks nothing.
pub(crate) fn cross_check(blocks: &mut Vec<block::Block>, body: &str, removed: &mut Vec<Removed>) {
    // Letters and digits only, lower-cased: immune to the markup, quotes and spacing the
    // JSON-LD text and the page text differ in.
    let key = |t: &str| -> String {
        t.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let body_key = key(body);
    if body_key.len() < 400 {
        return;
    }
    let keys: Vec<String> = blocks.iter().map(|b| key(&b.text)).collect();
    let found: Vec<bool> = keys
        .iter()
        .map(|k| {
            let probe: String = k.chars().take(40).collect();
            probe.len() >= 10 && body_key.contains(&probe)
        })
        .collect();
    let covered: usize = keys
        .iter()
        .zip(&found)
        .filter(|(_, f)| **f)
        .map(|(k, _)| k.len())
        .sum();
    let walked: usize = keys.iter().map(String::len).sum();
    // Too little of articleBody found to trust the check; or an articleBody much shorter
    // than the walked prose, which is a teaser or a truncation.
    if covered * 10 < body_key.len() * 6 || walked * 2 > body_key.len() * 3 {
        return;
    }
    let old = std::mem::take(blocks);
    for ((b, k), found) in old.into_iter().zip(&keys).zip(found) {
        let exempt = b.caption
            || matches!(
                b.kind,
                block::BlockKind::Heading(_) | block::BlockKind::ListItem | block::BlockKind::Quote
            )
            || k.len() < 10;
        if found || exempt {
            blocks.push(b);
        } else {
            removed.push(Removed::block(
                rules::Reason::Outside,
                "not-in-article-body",
                b,
            ));
        }
    }
    removed.sort_by_key(|r| r.line);
}
