//! `--explain` for text and Markdown output, whose standard output has no room for it: one
//! stderr line per removal.

use crate::document::Document;
use std::fmt::Write as _;

/// One line per removal: where it stood, what became of it, the reason and rule, the text.
pub fn lines(name: &str, doc: &Document) -> String {
    let mut s = String::new();
    for r in doc.removed.iter().flatten() {
        let what = match (r.kept, r.inline) {
            (true, _) => "kept (unclear end)",
            (false, true) => "cut",
            (false, false) => "removed",
        };
        let learned = r
            .site
            .map(|c| format!(" (on {} of the site's {} pages)", c.pages, c.of))
            .unwrap_or_default();
        let _ = writeln!(
            s,
            "newsclean: {name}:{}: {what} [{}/{}] {}{learned}",
            r.line,
            r.reason.as_str(),
            r.rule,
            r.text
        );
    }
    s
}
