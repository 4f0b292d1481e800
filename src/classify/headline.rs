//! The story's headline, found by the page's title (or its `<h1>`), and what stands before it.

use crate::removed::Removed;
use crate::{block, rules, tidy};

/// A block that repeats the page's title is the story's headline: it is lifted (the title is
/// known), and what stands before it in the walked text (a blog's name and tagline, a section
/// label) is not the story — except captions, since a lead photo may sit above the headline.
/// Returns the headline's input line.
pub(crate) fn drop_before_headline(
    blocks: &mut Vec<block::Block>,
    title: &str,
    removed: &mut Vec<Removed>,
) -> Option<usize> {
    // The page's own `<h1>` stands for the headline when the metadata words it otherwise
    // (an SEO title).
    let exact = blocks.iter().take(12).position(|b| b.text == title);
    let at = exact.or_else(|| {
        let h1 = blocks
            .iter()
            .take(12)
            .position(|b| b.kind == block::BlockKind::Heading(1) && !b.caption)?;
        // Only labels stand before a headline; an `<h1>` after prose heads a teaser inside
        // the story ("Read also").
        blocks[..h1]
            .iter()
            .all(|b| b.caption || tidy::word_count(&b.text) < 15)
            .then_some(h1)
    })?;
    let mut i = 0;
    let mut seen = 0;
    while seen < at {
        seen += 1;
        if blocks[i].caption {
            i += 1;
            continue;
        }
        let b = blocks.remove(i);
        removed.push(Removed::block(rules::Reason::Outside, "before-headline", b));
    }
    // The headline itself is the title, already known; a headline worded otherwise is
    // reported.
    let headline = blocks.remove(i);
    let line = headline.line;
    // A gallery or a share box near the top may print the headline again.
    while let Some(again) = blocks
        .iter()
        .take(12)
        .position(|b| b.text == title || b.text == headline.text)
    {
        let b = blocks.remove(again);
        removed.push(Removed::block(
            rules::Reason::Duplicate,
            "headline-repeat",
            b,
        ));
    }
    if exact.is_none() {
        removed.push(Removed::block(
            rules::Reason::Outside,
            "page-headline",
            headline,
        ));
    }
    removed.sort_by_key(|r| r.line);
    exact.map(|_| line)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn heading(text: &str) -> block::Block {
        block::Block::new(text, block::BlockKind::Heading(1), 1)
    }

    #[test]
    fn an_h1_stands_for_a_headline_worded_otherwise_only_at_the_top() {
        let story = "Netflix will host a remake of the cult animated series, the studio said on Friday in a statement.";
        let mut blocks = vec![
            block::Block::new("Cartoons", block::BlockKind::Paragraph, 1),
            heading("Saint Seiya remake heads to Netflix"),
            block::Block::new(story, block::BlockKind::Paragraph, 2),
        ];
        let mut removed = Vec::new();
        // The metadata's title is the SEO one; the <h1> is the headline all the same.
        assert_eq!(
            drop_before_headline(&mut blocks, "Remake: news", &mut removed),
            None
        );
        assert_eq!(blocks.len(), 1);
        assert_eq!(removed.len(), 2);
        // After the story's prose, an <h1> heads a "Read also" teaser: nothing goes.
        let mut blocks = vec![
            block::Block::new(story, block::BlockKind::Paragraph, 1),
            heading("Read also: the film"),
            block::Block::new(story, block::BlockKind::Paragraph, 2),
        ];
        assert_eq!(
            drop_before_headline(&mut blocks, "Remake: news", &mut Vec::new()),
            None
        );
        assert_eq!(blocks.len(), 3);
    }
}
