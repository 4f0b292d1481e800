//! The envelope a Markdown dump may come in, read before its body: a reader proxy's header
//! (`Title:`, `URL Source:`, …, `Markdown Content:`) or an exported post's front matter
//! (`---` … `---`). Its title becomes the headline, the rest one block judged as the
//! envelope. Separate from the reader: it looks at the top lines only, once.

use super::syntax::{markdown_structure, setext_level};
use super::{Line, indent, plain, trimmed};
use crate::block::{Block, BlockKind};
use crate::rules::markdown;

/// A reader proxy's header or a post's front matter at the top: the headline as a block of its
/// own (unless the body opens with the same headline), the rest as one judged block. Returns
/// the index of the body's first line.
pub(super) fn envelope(lines: &[Line], blocks: &mut Vec<Block>) -> usize {
    reader_header(lines, blocks)
        .or_else(|| front_matter(lines, blocks))
        .unwrap_or(0)
}

/// Lines that stand on their own line of a reader proxy's header.
const HEADER_FIELD_LINES: usize = 12;

/// `Title: …`, `URL Source: …`, (`Published Time: …`, `Warning: …`), `Markdown Content:`.
fn reader_header(lines: &[Line], blocks: &mut Vec<Block>) -> Option<usize> {
    let first = lines.iter().position(|l| !trimmed(&l.text).is_empty())?;
    let title = strip_prefix_ci(trimmed(&lines[first].text), "title:")?.trim();
    let mut url = false;
    let mut end = None;
    for (k, l) in lines
        .iter()
        .enumerate()
        .skip(first + 1)
        .take(HEADER_FIELD_LINES)
    {
        let t = trimmed(&l.text);
        if t.is_empty() {
            continue;
        }
        if strip_prefix_ci(t, "markdown content:").is_some() {
            end = Some(k);
            break;
        }
        let key = t.split(':').next().unwrap_or("");
        if !t.contains(':')
            || key.is_empty()
            || key.len() > 30
            || !key.chars().all(|c| c.is_ascii_alphabetic() || c == ' ')
        {
            return None;
        }
        url |= key.eq_ignore_ascii_case("url source");
    }
    let end = end.filter(|_| url)?;
    let body_heading = first_heading(&lines[end + 1..]);
    let redundant = title.is_empty() || body_heading.is_some_and(|h| same_headline(title, &h));
    let from = if redundant {
        first
    } else {
        blocks.push(Block::new(title, BlockKind::Heading(1), lines[first].no));
        first + 1
    };
    push_envelope(lines, from..=end, "reader-envelope", blocks);
    Some(end + 1)
}

fn strip_prefix_ci<'t>(t: &'t str, prefix: &str) -> Option<&'t str> {
    (t.len() >= prefix.len()
        && t.is_char_boundary(prefix.len())
        && t[..prefix.len()].eq_ignore_ascii_case(prefix))
    .then(|| &t[prefix.len()..])
}

/// Lines of the body looked through for its headline: a proxy's body often opens with the
/// page's menu.
const HEADLINE_REACH: usize = 60;

/// The body's first heading of level 1 or 2 (`# …`, or a line over `===`/`---`) among its
/// first lines, as plain text.
fn first_heading(lines: &[Line]) -> Option<String> {
    let texts: Vec<&str> = lines
        .iter()
        .take(HEADLINE_REACH)
        .map(|l| trimmed(&l.text))
        .collect();
    texts
        .iter()
        .enumerate()
        .find_map(|(k, t)| match markdown_structure(t) {
            (BlockKind::Heading(1 | 2), h) => Some(plain(&h)),
            (BlockKind::Paragraph, _)
                if !t.is_empty()
                    && (k == 0 || texts[k - 1].is_empty())
                    && texts.get(k + 1).copied().and_then(setext_level).is_some() =>
            {
                Some(plain(t))
            }
            _ => None,
        })
}

/// The proxy's title is the body's headline, alone or with the site's name beside it
/// ("Ferry crews vote to strike – Harbour Gazette").
fn same_headline(title: &str, heading: &str) -> bool {
    let (t, h) = (plain(title).to_lowercase(), heading.to_lowercase());
    if h.is_empty() {
        return false;
    }
    let separated = |rest: &str| {
        let rest = rest.trim();
        rest.is_empty() || rest.starts_with(['-', '–', '—', '|', ':', '·', '•', '»', '/'])
    };
    t == h
        || t.strip_prefix(&h).is_some_and(separated)
        || t.strip_suffix(&h)
            .is_some_and(|r| separated(&r.chars().rev().collect::<String>()))
}

/// Lines a front matter may hold.
const FRONT_MATTER_LINES: usize = 100;

/// `---` (YAML) or `+++` (TOML) at the very top, `key: value` lines, and the closing marker:
/// an exported post's front matter. Its `title` is the headline.
fn front_matter(lines: &[Line], blocks: &mut Vec<Block>) -> Option<usize> {
    let open = trimmed(&lines.first()?.text);
    if open != "---" && open != "+++" {
        return None;
    }
    let mut title: Option<(usize, String)> = None;
    let mut keys = 0;
    for (k, l) in lines.iter().enumerate().skip(1).take(FRONT_MATTER_LINES) {
        let raw = l.text.as_ref();
        let t = trimmed(raw);
        if t == open || (open == "---" && t == "...") {
            if keys == 0 {
                return None;
            }
            if let Some((at, text)) = &title {
                blocks.push(Block::new(
                    text.clone(),
                    BlockKind::Heading(1),
                    lines[*at].no,
                ));
            }
            let text = lines[..=k]
                .iter()
                .enumerate()
                .filter(|(j, _)| title.as_ref().is_none_or(|(at, _)| at != j))
                .map(|(_, l)| trimmed(&l.text))
                .filter(|t| !t.is_empty())
                .collect::<Vec<_>>()
                .join(" ");
            let mut b = Block::new(text, BlockKind::Paragraph, lines[0].no);
            b.verdict = Some(markdown::verdict_for("front-matter"));
            blocks.push(b);
            return Some(k + 1);
        }
        if t.is_empty() || t.starts_with('#') || indent(raw) > 0 || t.starts_with("- ") {
            continue;
        }
        let sep = t.find([':', '='])?;
        let key = t[..sep].trim();
        if key.is_empty()
            || !key
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'))
        {
            return None;
        }
        keys += 1;
        if key.eq_ignore_ascii_case("title") && title.is_none() {
            let value = unquote(t[sep + 1..].trim());
            if !value.is_empty() {
                title = Some((k, value));
            }
        }
    }
    None
}

/// A YAML or TOML scalar without its quotes (`"The \"night bus\""` → `The "night bus"`).
fn unquote(v: &str) -> String {
    if v.len() >= 2 && v.starts_with('"') && v.ends_with('"') {
        v[1..v.len() - 1].replace("\\\"", "\"")
    } else if v.len() >= 2 && v.starts_with('\'') && v.ends_with('\'') {
        v[1..v.len() - 1].replace("''", "'")
    } else {
        v.to_string()
    }
}

/// The non-blank lines in `range` as one block judged by the verdict `id`.
fn push_envelope(
    lines: &[Line],
    range: std::ops::RangeInclusive<usize>,
    id: &str,
    blocks: &mut Vec<Block>,
) {
    let parts: Vec<&str> = lines[range.clone()]
        .iter()
        .map(|l| trimmed(&l.text))
        .filter(|t| !t.is_empty())
        .collect();
    let Some(no) = lines[range]
        .iter()
        .find(|l| !trimmed(&l.text).is_empty())
        .map(|l| l.no)
    else {
        return;
    };
    let mut b = Block::new(parts.join(" "), BlockKind::Paragraph, no);
    b.verdict = Some(markdown::verdict_for(id));
    blocks.push(b);
}

#[cfg(test)]
mod tests {
    use crate::block::BlockKind;
    use crate::text::split::split;

    #[test]
    fn a_reader_proxys_header_is_one_judged_block_and_its_title_the_headline() {
        let header = "Title: Ferry crews vote to strike | Harbour Gazette\n\n\
                      URL Source: https://harbourgazette.example.com/ferry\n\n\
                      Published Time: 2024-05-14T07:32:10+01:00\n\nMarkdown Content:\n";
        // The body opens with the same headline: the title line is part of the envelope.
        let b = split(&format!("{header}Ferry crews vote to strike\n===\n\nBody."));
        assert_eq!(b[0].verdict.map(|v| v.id), Some("reader-envelope"));
        assert!(b[0].text.starts_with("Title: Ferry crews"));
        assert_eq!(b[1].kind, BlockKind::Heading(1));
        assert_eq!(b[1].text, "Ferry crews vote to strike");
        // It does not: the title is the headline.
        let b = split(&format!("{header}Body."));
        assert_eq!(b[0].kind, BlockKind::Heading(1));
        assert_eq!(b[0].text, "Ferry crews vote to strike | Harbour Gazette");
        assert_eq!(b[1].verdict.map(|v| v.id), Some("reader-envelope"));
        assert!(b[1].text.starts_with("URL Source:"));
        assert_eq!(b[2].text, "Body.");
        // "Title:" alone opens no envelope.
        assert!(
            split("Title: A film review\n\nIt was long.")[0]
                .verdict
                .is_none()
        );
    }

    #[test]
    fn front_matter_is_one_judged_block_and_its_title_the_headline() {
        let b = split(
            "---\ntitle: \"Why the \\\"night bus\\\" matters\"\ndate: 2024-02-01\ntags:\n  - transport\n---\n\nBody.",
        );
        assert_eq!(b[0].kind, BlockKind::Heading(1));
        assert_eq!(b[0].text, "Why the \"night bus\" matters");
        assert_eq!(b[0].line, 2);
        assert_eq!(b[1].verdict.map(|v| v.id), Some("front-matter"));
        assert_eq!(b[1].text, "--- date: 2024-02-01 tags: - transport ---");
        assert_eq!(b[2].text, "Body.");
        // A rule over prose is no front matter.
        assert!(split("---\nThe vote was close.\n---")[0].verdict.is_none());
    }
}
