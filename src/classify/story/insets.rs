//! The story's own element followed past the boxes nested in it.
//!
//! Where the markup tells (HTML), the blocks of the element that holds the story's run are
//! the story's siblings. A page often nests a box in that element: a table of contents under
//! the first paragraphs, a figure, a box of links, a product's table. The run stops at such a
//! box when it is long or has no prose, and loses what the story's element holds beyond it:
//! the intro above a table of contents, the commands under a screenshot, the rest of a CV
//! under a box of links. Here the run grows back and on to the element's link-free lines on
//! the far side of such a box, when they hold prose of their own, and over a section title
//! of the element just before its first block. A box crossed that is only links (a table of
//! contents, related links) is no part of the story and is dropped.

use std::ops::{Range, RangeInclusive};

use super::rating::{Rating, is_sentence, rate};
use super::tuning::TUNING as T;
use crate::block::{Block, BlockKind};

/// Links a line of the story's element may hold and still be read as its own text.
const LINK_FREE: f32 = 0.5;

/// The run `range` grown over its element's section title before its first block, and past
/// boxes nested in its element to the element's lines beyond them (see the module's notes);
/// with the boxes crossed that are only links, which go.
pub fn grow_across_insets(
    blocks: &[Block],
    range: RangeInclusive<usize>,
) -> (RangeInclusive<usize>, Vec<Range<usize>>) {
    let (mut start, mut end) = range.into_inner();
    let mut boxes = Vec::new();
    let link_free = |b: &Block| b.link_density.is_some_and(|d| d < LINK_FREE);
    let only_links = |r: &Range<usize>| {
        blocks[r.clone()]
            .iter()
            .all(|b| b.link_density.is_some_and(|d| d >= LINK_FREE))
    };
    // A far side of the story's element holds a sentence of its own, not in a heading: lines
    // of metadata, a slug or the headline the template set in the element are no part of the
    // story. (Markup rates any short link-free line short prose: the sentence's end is
    // looked for.)
    let has_prose = |r: RangeInclusive<usize>| {
        blocks[r].iter().any(|b| {
            !matches!(b.kind, BlockKind::Heading(_))
                && (rate(b).0 == Rating::Good || is_sentence(&b.text))
        })
    };
    if let Some(group) = blocks[start].group {
        let own = |i: usize| blocks[i].group == Some(group) && link_free(&blocks[i]);
        let first_own = |mut i: usize| {
            while i > 0 && own(i - 1) {
                i -= 1;
            }
            i
        };
        // A section title over the story's first block.
        while start > 0 && own(start - 1) && matches!(blocks[start - 1].kind, BlockKind::Heading(_))
        {
            start -= 1;
        }
        // The element's last line before a box nested in it, within reach.
        while let Some(k) = (start.saturating_sub(T.inset_blocks + 1)..start)
            .rev()
            .find(|&i| blocks[i].group == Some(group))
            .filter(|&k| k + 1 < start && own(k) && has_prose(first_own(k)..=k))
        {
            if only_links(&(k + 1..start)) {
                boxes.push(k + 1..start);
            }
            start = first_own(k);
        }
    }
    if let Some(group) = blocks[end].group {
        let own = |i: usize| blocks[i].group == Some(group) && link_free(&blocks[i]);
        let last_own = |k: usize| super::grow_over_siblings(blocks, k..=k).into_inner().1;
        // The element's first line after a box nested in it, within reach.
        while let Some(k) = (end + 1..blocks.len().min(end + T.inset_blocks + 2))
            .find(|&i| blocks[i].group == Some(group))
            .filter(|&k| k > end + 1 && own(k) && has_prose(k..=last_own(k)))
        {
            if only_links(&(end + 1..k)) {
                boxes.push(end + 1..k);
            }
            end = last_own(k);
        }
    }
    boxes.sort_by_key(|b| b.start);
    (start..=end, boxes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::block::{BlockKind, paragraphs};

    const P: &str = "The council voted on Tuesday to close the old bridge to heavy traffic after engineers found cracks in two of its supports.";

    /// Blocks with their element and link density.
    fn marked(rows: &[(&str, u32, f32)]) -> Vec<Block> {
        let texts: Vec<&str> = rows.iter().map(|r| r.0).collect();
        let mut b = paragraphs(&texts);
        for (block, &(_, g, d)) in b.iter_mut().zip(rows) {
            block.group = Some(g);
            block.link_density = Some(d);
        }
        b
    }

    #[test]
    fn the_intro_above_a_table_of_contents_is_the_storys() {
        let b = marked(&[
            ("7 min read", 8, 0.0),
            (
                "Wooden toys last, and children love them: why we buy nothing else.",
                21,
                0.0,
            ),
            ("1. What makes a toy a good one?", 33, 1.0),
            ("2. Toys for babies", 33, 1.0),
            ("3. Toys from one year", 33, 1.0),
            (P, 21, 0.0),
            (P, 21, 0.0),
        ]);
        let (range, boxes) = grow_across_insets(&b, 5..=6);
        assert_eq!(range, 1..=6);
        // The table of contents, only links, goes.
        assert_eq!(boxes, vec![2..5]);
    }
    #[test]
    fn the_storys_element_goes_on_past_a_figure_and_a_box_of_links() {
        let b = marked(&[
            (P, 15, 0.0),
            (P, 15, 0.0),
            ("The settings dialog, opened from the command line", 26, 0.0),
            ("To switch it off:", 15, 0.0),
            (
                "netsh interface tcp set global autotuninglevel=disabled",
                15,
                0.0,
            ),
            ("Press kit", 25, 1.0),
            ("Dates", 25, 1.0),
            ("Selected work", 15, 0.0),
            ("October 2015", 15, 0.0),
            (
                "A show that is none, and still fills two halves of 45 minutes.",
                15,
                0.0,
            ),
            ("Sign in", 40, 1.0),
        ]);
        let (range, boxes) = grow_across_insets(&b, 0..=1);
        assert_eq!(range, 0..=9);
        // The figure is the story's, the box of links is not.
        assert_eq!(boxes, vec![5..7]);
        // Without the element's lines beyond, nothing grows.
        let (range, boxes) = grow_across_insets(&b[..7], 0..=1);
        assert_eq!(range, 0..=4);
        assert!(boxes.is_empty());
        // Lines the template set in the element, with no prose among them, are not the story.
        let b = marked(&[
            ("10 things in tech, the newsletter SAI", 89, 0.0),
            ("2019-11-19T08:57:40+01:00", 89, 0.0),
            ("https://static.example.com/image/500-250/logo.jpg", 89, 0.0),
            ("500", 103, 0.0),
            ("BusinessInsiderDe", 109, 0.0),
            (P, 89, 0.0),
        ]);
        assert_eq!(grow_across_insets(&b, 5..=5).0, 5..=5);
    }
    #[test]
    fn a_section_title_over_the_first_paragraph_is_the_storys() {
        let mut b = marked(&[
            ("About us", 2, 0.0),
            ("Our story", 4, 0.0),
            (P, 4, 0.0),
            (P, 4, 0.0),
        ]);
        // A line that is no title (a slug, a dateline) is not.
        assert_eq!(grow_across_insets(&b, 2..=3).0, 2..=3);
        b[1].kind = BlockKind::Heading(2);
        assert_eq!(grow_across_insets(&b, 2..=3).0, 1..=3);
        // The headline over the byline's box is no part of the story's element's text.
        let mut head = marked(&[
            ("Ambassador faces questions about the bridge deal.", 2, 0.0),
            ("By Jane Doe", 6, 0.0),
            ("NEWS-Bridge-Deal, 4th Ld-Writethru", 2, 0.0),
            (P, 2, 0.0),
        ]);
        head[0].kind = BlockKind::Heading(1);
        assert_eq!(grow_across_insets(&head, 2..=3).0, 2..=3);
        // A line of links of the element, or a line of another, is not.
        b[1].link_density = Some(0.9);
        assert_eq!(grow_across_insets(&b, 2..=3).0, 2..=3);
        // Without markup nothing is known.
        let plain = paragraphs(&["Our story", P, P]);
        assert_eq!(grow_across_insets(&plain, 1..=2).0, 1..=2);
    }
}
