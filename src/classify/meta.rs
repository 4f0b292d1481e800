//! Headline, byline and dateline: lifted out of the first blocks of a text dump.

use crate::block::{Block, BlockKind};
use crate::rules::dateline;
use regex::Regex;
use std::sync::LazyLock;

#[derive(Debug, Default)]
pub struct Meta {
    pub title: Option<String>,
    pub byline: Option<String>,
    pub dateline: Option<String>,
}

/// How far into the blocks a headline or byline may sit.
const HEAD_BLOCKS: usize = 6;

static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?i:by|written by|words by|posted by|story by|reported by)\s+)(\p{Lu}[^|•]*?|[\p{Ll}0-9_.-]{2,30})(?:\s+(?i:on|at)\s+.{3,40})?\s*(?:[|•]\s*.*)?$")
        .expect("byline pattern")
});

pub fn lift(blocks: &mut Vec<Block>) -> Meta {
    let mut meta = Meta::default();
    let head = blocks.len().min(HEAD_BLOCKS);
    if let Some(i) = (0..head).find(|&i| byline(&blocks[i].text).is_some()) {
        meta.byline = byline(&blocks[i].text);
        blocks.remove(i);
    }
    if let Some(first) = blocks.first()
        && blocks.len() > 1
        && is_headline(first)
    {
        meta.title = Some(blocks.remove(0).text);
    }
    if let Some(first) = blocks.iter_mut().find(|b| b.kind == BlockKind::Paragraph)
        && let Some((line, rest)) = dateline::split(&first.text)
    {
        first.text = rest.to_string();
        meta.dateline = Some(line);
    }
    meta
}

fn byline(text: &str) -> Option<String> {
    if text.split_whitespace().count() > 14 {
        return None;
    }
    let caps = BYLINE.captures(text)?;
    let names = caps
        .get(1)?
        .as_str()
        .trim()
        .trim_end_matches([',', ';', '-', '—']);
    (!names.is_empty()).then(|| names.to_string())
}

/// A headline: a Markdown `#`, or a short first block with no final full stop.
fn is_headline(block: &Block) -> bool {
    match block.kind {
        BlockKind::Heading(1) => true,
        BlockKind::Paragraph => {
            let t = block.text.as_str();
            let words = t.split_whitespace().count();
            (2..=25).contains(&words)
                && !t.ends_with(['.', ':', ',', ';', '…', '"', '”'])
                && t.chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_numeric() || c == '‘' || c == '\'')
                && dateline::split(t).is_none()
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(texts: &[&str]) -> Vec<Block> {
        texts
            .iter()
            .map(|t| Block::new(*t, BlockKind::Paragraph, 1))
            .collect()
    }

    #[test]
    fn headline_byline_dateline() {
        let mut b = blocks(&[
            "Senate passes budget after all-night session",
            "By JANE DOE and JOHN ROE",
            "WASHINGTON (AP) — The Senate passed the budget.",
            "More.",
        ]);
        let m = lift(&mut b);
        assert_eq!(
            m.title.as_deref(),
            Some("Senate passes budget after all-night session")
        );
        assert_eq!(m.byline.as_deref(), Some("JANE DOE and JOHN ROE"));
        assert_eq!(m.dateline.as_deref(), Some("WASHINGTON (AP)"));
        assert_eq!(b[0].text, "The Senate passed the budget.");
    }

    #[test]
    fn byline_variants() {
        assert_eq!(
            byline("By Jane Doe | Updated: Nov 23").as_deref(),
            Some("Jane Doe")
        );
        assert_eq!(
            byline("Posted by jdoe on March 3, 2024").as_deref(),
            Some("jdoe")
        );
        assert_eq!(
            byline("By the time the polls closed, turnout had reached a record 71 percent."),
            None
        );
    }

    #[test]
    fn a_first_sentence_is_not_a_headline() {
        let mut b = blocks(&[
            "The United States on Wednesday carried out strikes.",
            "More.",
        ]);
        assert!(lift(&mut b).title.is_none());
    }
}
