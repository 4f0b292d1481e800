//! What every fuzz target checks on a cleaned document, beyond "no panic, no hang": the
//! invariants that hold for any input whatever, so a violation is a bug, not a judgement call.

use newsclean::Document;
use newsclean::{Format, render};

pub fn check(doc: &Document) {
    for p in &doc.paragraphs {
        // Paragraphs are whitespace-normalised and never empty (docs/output.md).
        assert!(!p.is_empty(), "empty paragraph");
        assert_eq!(p.trim(), p, "paragraph not trimmed: {p:?}");
        assert!(!p.contains(['\n', '\r', '\t']), "raw whitespace in {p:?}");
    }
    // No template delimiter survives in the story's text, whatever pieces it came in.
    // (Metadata read from a page's attributes is not run through the template table.)
    let story = doc.paragraphs.iter().map(String::as_str).chain(
        doc.captions
            .iter()
            .flat_map(|c| [Some(c.text.as_str()), c.credit.as_deref()])
            .flatten(),
    );
    for t in story.chain(doc.quotes.iter().map(|q| q.text.as_str())) {
        for d in ["{{", "{%", "<%"] {
            assert!(!t.contains(d), "template leftover {d} in {t:?}");
        }
    }
    assert_eq!(doc.kinds.len(), doc.paragraphs.len());
    let n = doc.paragraphs.len() as isize;
    for c in &doc.captions {
        assert!((-1..n).contains(&c.after_paragraph), "caption index {c:?}");
    }
    for q in &doc.quotes {
        assert!(q.paragraph < doc.paragraphs.len(), "quote index {q:?}");
    }
    // Every printer takes every document.
    for f in [Format::Text, Format::Json, Format::Jsonl, Format::Markdown] {
        let out = render(doc, f);
        if f == Format::Jsonl {
            assert_eq!(out.matches('\n').count(), 1, "jsonl is one line");
        }
    }
}
