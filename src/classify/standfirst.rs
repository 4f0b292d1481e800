//! The standfirst (dek, summary) some pages print between the headline and the story. It sums
//! the story up rather than telling it, so it is not a paragraph of it. Two signs together
//! tell it from a lead paragraph: the page's own description repeats it (sites that generate
//! the description from the lead repeat the lead too, so this alone is not enough), and the
//! markup sets it apart, in an element of its own, while the story's paragraphs sit side by
//! side in one container.

use crate::block::{Block, BlockKind};
use crate::removed::Removed;
use crate::rules::Reason;

/// How many blocks into the story a standfirst may stand (after a byline or a date line).
const REACH: usize = 4;
/// Words a block needs before its match with a description means anything.
const MIN_WORDS: usize = 6;

/// Lower-case word tokens, for comparing a block with a description whatever the quotes,
/// dashes and ellipses.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The block says what a description says: the same words, or one a cut-short start of the
/// other (descriptions are often truncated, standfirsts sometimes run on).
fn repeats(block: &[String], description: &[String]) -> bool {
    let shared = block.len().min(description.len());
    shared >= MIN_WORDS
        && block[..shared] == description[..shared]
        && (block.len().abs_diff(description.len()) == 0 || shared >= 2 * MIN_WORDS)
}

fn is_prose(b: &Block) -> bool {
    b.kind == BlockKind::Paragraph && !b.caption
}

/// A summary above the story that repeats one of its paragraphs word for word (a pull
/// quote or a "key point" printed first). Cleaning dropped the later copy as a duplicate; the
/// story's own copy is the later one, in its place among the paragraphs, so the copy at the
/// top goes instead. Returns whether it did.
pub fn restore_repeated_lead(blocks: &mut Vec<Block>, removed: &mut Vec<Removed>) -> bool {
    let Some(last_line) = blocks.last().map(|b| b.line) else {
        return false;
    };
    // The later copies, each read once: a long dump repeats many short lines.
    let first_line = blocks.first().map_or(0, |b| b.line);
    let copies: Vec<(usize, Vec<String>)> = removed
        .iter()
        .enumerate()
        .filter(|(_, r)| {
            r.reason == Reason::Duplicate
                && !r.inline
                && r.line > first_line
                && r.line < last_line
                && r.text.len() >= 2 * MIN_WORDS
        })
        .map(|(k, r)| (k, words(&r.text)))
        .filter(|(_, w)| w.len() >= 2 * MIN_WORDS)
        .collect();
    if copies.is_empty() {
        return false;
    }
    let Some((at, dup)) = blocks.iter().take(REACH).enumerate().find_map(|(i, b)| {
        // A standfirst is often marked up as a sub-heading: any kind but a caption. Short
        // repeats (a photo credit printed twice) are not summaries.
        if b.caption {
            return None;
        }
        let own = words(&b.text);
        if own.len() < 2 * MIN_WORDS {
            return None;
        }
        let dup = copies
            .iter()
            .find(|(k, w)| removed[*k].line > b.line && *w == own)?
            .0;
        Some((i, dup))
    }) else {
        return false;
    };
    let later = removed.remove(dup);
    let lead = blocks.remove(at);
    let mut copy = lead.clone();
    copy.line = later.line;
    copy.kind = BlockKind::Paragraph;
    // The removal record keeps the later copy's raw text; the words are the same, and the
    // lead's text is the cleaned one.
    let line = later.line;
    let to = blocks.partition_point(|b| b.line < line);
    blocks.insert(to, copy);
    removed.push(Removed::block(Reason::Standfirst, "repeated-lead", lead));
    true
}

/// The most words a standfirst has.
const STANDFIRST_MAX_WORDS: usize = 60;

/// Drops the standfirst, if the blocks open with one.
pub fn drop_standfirst(
    blocks: &mut Vec<Block>,
    descriptions: &[String],
    removed: &mut Vec<Removed>,
) {
    if restore_repeated_lead(blocks, removed) {
        return;
    }
    let descriptions: Vec<Vec<String>> = descriptions.iter().map(|d| words(d)).collect();
    let Some(at) = blocks.iter().take(REACH).position(|b| {
        let w = words(&b.text);
        !b.caption && descriptions.iter().any(|d| repeats(&w, d))
    }) else {
        return;
    };
    // Hand-styled text (a blog post's first line in a bare `<div>`) is the author's.
    if !blocks[at].templated {
        return;
    }
    // A summary is a sentence or two: a longer block the description repeats is the story's
    // first paragraph, which the description was cut from.
    if crate::tidy::word_count(&blocks[at].text) > STANDFIRST_MAX_WORDS {
        return;
    }
    let Some(group) = blocks[at].group else {
        return;
    };
    // The story's paragraphs after it: the first two must share a container (where each
    // paragraph has a wrapper of its own, the markup tells nothing) that is not the
    // standfirst's.
    let mut after = blocks[at + 1..].iter().filter(|b| is_prose(b));
    let (Some(first), Some(second)) = (after.next(), after.next()) else {
        return;
    };
    if first.group.is_some() && first.group == second.group && first.group != Some(group) {
        let b = blocks.remove(at);
        removed.push(Removed::block(
            Reason::Standfirst,
            "description-standfirst",
            b,
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block(text: &str, group: u32) -> Block {
        let mut b = Block::new(text, BlockKind::Paragraph, 1);
        b.group = Some(group);
        b.templated = true;
        b
    }

    const DEK: &str =
        "The government has a plan to cut the cost of solar panels by half before 2030.";
    const LEAD: &str =
        "The plan, published on Monday, sets targets for cell efficiency and for output.";
    const NEXT: &str = "Industry groups welcomed it, though some asked how it would be paid for.";

    fn texts(blocks: &[Block]) -> Vec<&str> {
        blocks.iter().map(|b| b.text.as_str()).collect()
    }

    #[test]
    fn a_description_set_apart_from_the_paragraphs_is_dropped() {
        let mut blocks = vec![block(DEK, 1), block(LEAD, 2), block(NEXT, 2)];
        let mut removed = Vec::new();
        drop_standfirst(&mut blocks, &[DEK.to_string()], &mut removed);
        assert_eq!(texts(&blocks), [LEAD, NEXT]);
        assert_eq!(removed[0].reason, Reason::Standfirst);
    }

    #[test]
    fn a_truncated_description_still_matches() {
        let mut blocks = vec![block(DEK, 1), block(LEAD, 2), block(NEXT, 2)];
        let cut = "The government has a plan to cut the cost of solar panels…";
        drop_standfirst(&mut blocks, &[cut.to_string()], &mut Vec::new());
        assert_eq!(texts(&blocks), [LEAD, NEXT]);
    }

    #[test]
    fn a_lead_paragraph_the_description_repeats_is_kept() {
        // Sites that make the description from the lead: the lead sits with the others.
        let mut blocks = vec![block(DEK, 2), block(LEAD, 2), block(NEXT, 2)];
        drop_standfirst(&mut blocks, &[DEK.to_string()], &mut Vec::new());
        assert_eq!(blocks.len(), 3);
    }

    #[test]
    fn a_long_first_paragraph_the_description_was_cut_from_is_kept() {
        // Set apart from the paragraphs after it, but longer than any summary: the lede.
        let lede = format!("{DEK} {LEAD} {NEXT} {DEK} {LEAD} {NEXT}");
        let mut blocks = vec![block(&lede, 1), block(LEAD, 2), block(NEXT, 2)];
        drop_standfirst(&mut blocks, &[DEK.to_string()], &mut Vec::new());
        assert_eq!(blocks.len(), 3);
    }

    #[test]
    fn hand_styled_text_is_the_authors() {
        let mut blocks = vec![block(DEK, 1), block(LEAD, 2), block(NEXT, 2)];
        blocks[0].templated = false;
        drop_standfirst(&mut blocks, &[DEK.to_string()], &mut Vec::new());
        assert_eq!(blocks.len(), 3);
    }

    #[test]
    fn wrapped_paragraphs_tell_nothing() {
        // Every paragraph in a wrapper of its own: the first one's apartness means nothing.
        let mut blocks = vec![block(DEK, 1), block(LEAD, 2), block(NEXT, 3)];
        drop_standfirst(&mut blocks, &[DEK.to_string()], &mut Vec::new());
        assert_eq!(blocks.len(), 3);
    }

    #[test]
    fn a_summary_that_repeats_a_paragraph_gives_way_to_it() {
        let mut blocks = vec![block(DEK, 1), block(LEAD, 2), block(NEXT, 2)];
        blocks[0].line = 3;
        blocks[1].line = 4;
        blocks[2].line = 9;
        let mut removed = vec![Removed::block(Reason::Duplicate, "exact-repeat", {
            let mut b = block(DEK, 2);
            b.line = 6;
            b
        })];
        drop_standfirst(&mut blocks, &[], &mut removed);
        assert_eq!(texts(&blocks), [LEAD, DEK, NEXT]);
        assert_eq!(blocks[1].line, 6);
        assert_eq!(removed.len(), 1);
        assert_eq!(removed[0].rule, "repeated-lead");
        assert_eq!(removed[0].line, 3);
    }

    #[test]
    fn a_block_that_only_starts_like_the_description_is_kept() {
        let mut blocks = vec![block(LEAD, 1), block(NEXT, 2), block(NEXT, 2)];
        let other = "The plan, published on Monday, was drawn up by a panel of ministers.";
        drop_standfirst(&mut blocks, &[other.to_string()], &mut Vec::new());
        assert_eq!(blocks.len(), 3);
    }
}
