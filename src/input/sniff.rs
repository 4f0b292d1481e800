//! HTML or text, from the bytes (never the file name).

use serde::Serialize;

/// How an input was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A plain-text dump.
    Text,
    /// An HTML page.
    Html,
}

/// HTML if the text opens (after whitespace and comments) with a doctype or `<html>`, or if
/// its first 4 KB hold structural tags a text dump would not have.
pub fn sniff(text: &str) -> Kind {
    // A dump with no `<` at all near its start is text: no lower-case copy needed.
    if memchr::memchr(b'<', &text.as_bytes()[..text.len().min(4096)]).is_none() {
        return Kind::Text;
    }
    let head: Vec<u8> = text.as_bytes()[..text.len().min(4096)]
        .iter()
        .map(u8::to_ascii_lowercase)
        .collect();
    let start = head.trim_ascii_start();
    let start = start.strip_prefix("\u{feff}".as_bytes()).unwrap_or(start);
    if start.starts_with(b"<!doctype html") || start.starts_with(b"<html") {
        return Kind::Html;
    }
    if memchr::memchr(b'<', &head).is_none() {
        return Kind::Text;
    }
    let structural: [&[u8]; 8] = [
        b"<head",
        b"<body",
        b"<div",
        b"<meta ",
        b"<script",
        b"<article",
        b"<p>",
        b"<p ",
    ];
    let hits = structural
        .iter()
        .filter(|t| memchr::memmem::find(&head, t).is_some())
        .count();
    // A tag, a comment or a declaration opens the text: `<` and then a letter, `/`, `!` or
    // `?`. A template placeholder (`<<newsletter>>`, `<%= ad %>`) is not markup.
    let opens_with_tag = start.first() == Some(&b'<')
        && start
            .get(1)
            .is_some_and(|c| c.is_ascii_alphabetic() || b"/!?".contains(c));
    if opens_with_tag && hits >= 1 || hits >= 3 {
        Kind::Html
    } else {
        Kind::Text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_pages_and_dumps() {
        assert_eq!(
            sniff("<!DOCTYPE html><html><body></body></html>"),
            Kind::Html
        );
        assert_eq!(sniff("  <html lang=en>"), Kind::Html);
        assert_eq!(sniff("<div class=\"story\"><p>Hi</p></div>"), Kind::Html);
        assert_eq!(
            sniff("The story.\n\n{{^userSubscribed}} {{/userSubscribed}}\n"),
            Kind::Text
        );
        assert_eq!(
            sniff("A dump with one stray <div class=\"ad\"> tag.\n"),
            Kind::Text
        );
        assert_eq!(
            sniff("<<newsletter>> The story.\n\n<<newsletter>> <div class=\"ad\">\n"),
            Kind::Text
        );
        assert_eq!(sniff("<!-- page --><div><p>Hi</p></div>"), Kind::Html);
    }
}
