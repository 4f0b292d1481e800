//! Markdown's syntax at the start of a line, as the text reader meets it: ATX and setext
//! headings, bullet and ordered items, quotes, thematic breaks, table rows and their
//! separators, and link reference definitions. Pure functions of a line (and, for a table,
//! the line under it), apart from the reader that keeps the state between lines.

use crate::block::BlockKind;
use std::borrow::Cow;

/// The length of an ordered list item's marker (`1.`, `12)`) at the start of `t`, when a
/// space or the end follows it.
pub(crate) fn ordered_marker(t: &str) -> Option<usize> {
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=3).contains(&digits) {
        return None;
    }
    let rest = &t[digits..];
    (rest.starts_with(". ") || rest.starts_with(") ") || rest.starts_with(".\t"))
        .then_some(digits + 1)
}

/// Markdown structure at the start of a line: the kind and the text without its marker. An
/// ordered item keeps its number, written `1. ` whatever the spaces after it.
pub(super) fn markdown_structure(t: &str) -> (BlockKind, Cow<'_, str>) {
    let hashes = t.bytes().take_while(|&b| b == b'#').count();
    if (1..=6).contains(&hashes) && t[hashes..].starts_with([' ', '\t']) {
        // A closing run of `#` is not the heading's text ("## Sources ##").
        let text = t[hashes..].trim();
        let text = match text.trim_end_matches('#') {
            rest if rest.ends_with([' ', '\t']) => rest.trim_end(),
            _ => text,
        };
        return (BlockKind::Heading(hashes as u8), Cow::Borrowed(text));
    }
    for marker in ['*', '-', '+', '•'] {
        if let Some(rest) = t.strip_prefix(marker)
            && rest.starts_with([' ', '\t'])
            && !rest.trim().is_empty()
        {
            return (BlockKind::ListItem, Cow::Borrowed(rest.trim()));
        }
    }
    if let Some(n) = ordered_marker(t) {
        let rest = t[n..].trim();
        if !rest.is_empty() {
            return (
                BlockKind::ListItem,
                Cow::Owned(format!("{} {rest}", &t[..n])),
            );
        }
    }
    if t.starts_with('>') {
        let rest = t.trim_start_matches(|c: char| c == '>' || c.is_whitespace());
        return (BlockKind::Quote, Cow::Borrowed(rest));
    }
    (BlockKind::Paragraph, Cow::Borrowed(t))
}

/// A line that starts a block of its own kind: it does not continue a list item however far
/// it is indented (a nested item, a heading, a quote, a table row).
pub(super) fn starts_structure(t: &str) -> bool {
    markdown_structure(t).0 != BlockKind::Paragraph || is_rule(t) || t.starts_with('|')
}

/// `===` or `---` under a line of text: the line is a heading of level 1 or 2.
pub(super) fn setext_level(t: &str) -> Option<u8> {
    let first = t.bytes().next()?;
    let level = match first {
        b'=' => 1,
        b'-' if t.len() >= 2 => 2,
        _ => return None,
    };
    t.bytes().all(|b| b == first).then_some(level)
}

/// A thematic break: three or more `-`, `*` or `_`, spaces allowed between.
pub(super) fn is_rule(t: &str) -> bool {
    let Some(first) = t.bytes().next() else {
        return false;
    };
    matches!(first, b'-' | b'*' | b'_')
        && t.bytes().all(|b| b == first || b == b' ' || b == b'\t')
        && t.bytes().filter(|&b| b == first).count() >= 3
}

/// The cells of a table row, without the outer pipes; `\|` is a pipe inside a cell.
fn cells(t: &str) -> Vec<String> {
    let inner = t.strip_prefix('|').unwrap_or(t);
    let inner = match inner.strip_suffix('|') {
        Some(s) if !s.ends_with('\\') => s,
        _ => inner,
    };
    let mut out = vec![String::new()];
    let mut chars = inner.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&'|') => {
                out.last_mut().expect("one cell at least").push('|');
                chars.next();
            }
            '|' => out.push(String::new()),
            c => out.last_mut().expect("one cell at least").push(c),
        }
    }
    out
}

/// `|---|:--:|` (or `---|---` without the outer pipes): the line under a table's header.
pub(super) fn is_table_separator(t: &str) -> bool {
    t.contains('|')
        && t.contains('-')
        && cells(t).iter().all(|c| {
            let c = c.trim();
            let dashes = c.trim_start_matches(':').trim_end_matches(':');
            !dashes.is_empty() && dashes.bytes().all(|b| b == b'-')
        })
}

/// A table's row: between pipes, or with pipes inside and a separator row under it.
pub(super) fn is_table_row(t: &str, next: Option<&str>) -> bool {
    (t.starts_with('|') && t[1..].contains('|'))
        || (t.contains('|') && next.is_some_and(is_table_separator))
}

/// A row as a line of text: its cells, trimmed, the empty ones left out, joined by ` · `.
pub(super) fn table_row(t: &str) -> String {
    cells(t)
        .iter()
        .map(|c| c.trim())
        .filter(|c| !c.is_empty())
        .collect::<Vec<_>>()
        .join(" · ")
}

/// `[label]: destination "title"`, a link reference definition (not a footnote's `[^1]:`).
pub(super) fn is_link_definition(t: &str) -> bool {
    let Some(rest) = t.strip_prefix('[') else {
        return false;
    };
    let Some(close) = rest.find("]:") else {
        return false;
    };
    let label = &rest[..close];
    let dest = rest[close + 2..].trim();
    !label.is_empty()
        && !label.starts_with('^')
        && !label.contains(['[', ']'])
        && !dest.is_empty()
        && dest
            .split_whitespace()
            .next()
            .is_some_and(|d| d.contains(['/', '.', '#', ':']) && !d.contains(['[', ']']))
}

#[cfg(test)]
mod tests {
    use crate::block::BlockKind;
    use crate::text::split::split;

    #[test]
    fn markdown_structure_starts_blocks() {
        let b = split("# Title\n## Sub\n* item one\n- item two\n1. first\n> quoted\nplain");
        let kinds: Vec<BlockKind> = b.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            [
                BlockKind::Heading(1),
                BlockKind::Heading(2),
                BlockKind::ListItem,
                BlockKind::ListItem,
                BlockKind::ListItem,
                BlockKind::Quote,
                BlockKind::Paragraph
            ]
        );
        assert_eq!(b[0].text, "Title");
        assert_eq!(b[3].text, "item two");
    }

    #[test]
    fn ordered_items_keep_their_numbers_bullets_lose_their_marker() {
        let b = split(
            "1.   It only runs the two largest ferries.\n2) Overtime has doubled.\n- A bullet\n10. Ten",
        );
        let texts: Vec<&str> = b.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "1. It only runs the two largest ferries.",
                "2) Overtime has doubled.",
                "A bullet",
                "10. Ten"
            ]
        );
        assert!(b.iter().all(|b| b.kind == BlockKind::ListItem));
        // A year is no item number.
        assert_eq!(
            split("2024. A year to remember.")[0].kind,
            BlockKind::Paragraph
        );
    }

    #[test]
    fn setext_and_atx_headings_rules_and_quotes() {
        let b = split(
            "Ferry crews vote to strike\n==========================\n\n\
             Why now\n-------\n\n\
             ## Timeline ##\n\n\
             First paragraph.\n\n---\n\n* * *\n\n\
             > The islands depend on these boats\n> for everything.\n>\n> A second quoted paragraph.\n",
        );
        let got: Vec<(BlockKind, &str)> = b.iter().map(|b| (b.kind, b.text.as_str())).collect();
        assert_eq!(
            got,
            [
                (BlockKind::Heading(1), "Ferry crews vote to strike"),
                (BlockKind::Heading(2), "Why now"),
                (BlockKind::Heading(2), "Timeline"),
                (BlockKind::Paragraph, "First paragraph."),
                (
                    BlockKind::Quote,
                    "The islands depend on these boats for everything."
                ),
                (BlockKind::Quote, "A second quoted paragraph."),
            ]
        );
    }

    #[test]
    fn tables_are_rows_of_cells_without_the_separator() {
        let b = split(
            "| Route | Sailings a week |\n|:---|---:|\n| Kirkwall – Stromness | 28 |\n| Lerwick \\| Bressay | |\n\n\
             Day | Crew\n--- | ---\nMonday | Six\n",
        );
        let got: Vec<(BlockKind, &str)> = b.iter().map(|b| (b.kind, b.text.as_str())).collect();
        assert_eq!(
            got,
            [
                (BlockKind::ListItem, "Route · Sailings a week"),
                (BlockKind::ListItem, "Kirkwall – Stromness · 28"),
                (BlockKind::ListItem, "Lerwick | Bressay"),
                (BlockKind::ListItem, "Day · Crew"),
                (BlockKind::ListItem, "Monday · Six"),
            ]
        );
    }
}
