//! HTML or text, from the bytes (never the file name).

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Text,
    Html,
}

/// HTML if the text opens (after whitespace and comments) with a doctype or `<html>`, or if
/// its first 4 KB hold structural tags a text dump would not have.
pub fn sniff(text: &str) -> Kind {
    let head: String = text
        .char_indices()
        .take_while(|(i, _)| *i < 4096)
        .map(|(_, c)| c.to_ascii_lowercase())
        .collect();
    let start = head.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    if start.starts_with("<!doctype html") || start.starts_with("<html") {
        return Kind::Html;
    }
    let structural = [
        "<head", "<body", "<div", "<meta ", "<script", "<article", "<p>", "<p ",
    ];
    let hits = structural.iter().filter(|t| head.contains(*t)).count();
    if start.starts_with('<') && hits >= 1 || hits >= 3 {
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
    }
}
