//! The story's blocks kept: a second copy of the story as one block goes, then every block
//! outside the story's run.

use std::collections::HashMap;

use crate::classify::story::Scope;
use crate::removed::Removed;
use crate::{block, classify, rules, tidy};

/// Drops the blocks outside the story's run of prose (see [`classify::story`]), recording
/// each, and keeps `removed` in input order. With the blocks, how close the best other run of
/// prose came to the story's (see [`classify::story::runner_up`]), when the story was picked
/// from the whole page. `ratings` keeps the blocks' ratings for the picks after this one.
pub(crate) fn keep_story(
    blocks: Vec<block::Block>,
    scope: Scope,
    removed: &mut Vec<Removed>,
    ratings: &mut classify::story::Ratings,
) -> (Vec<block::Block>, Option<f64>) {
    let comment_marks: Vec<usize> = removed
        .iter()
        .filter(|r| r.reason == rules::Reason::Comments && !r.inline)
        .map(|r| r.line)
        .collect();
    let counters: Vec<usize> = removed
        .iter()
        .filter(|r| r.reason == rules::Reason::Comments && !r.inline && r.rule == "counter")
        .map(|r| r.line)
        .collect();
    let blocks = drop_story_repeats(blocks, removed);
    let picked = classify::story::pick_within_remembering(
        &blocks,
        scope,
        &comment_marks,
        &counters,
        ratings,
    );
    let Some(range) = picked else {
        return (blocks, None);
    };
    let range = classify::story::grow_over_siblings(&blocks, range);
    let (range, boxes) = classify::story::grow_across_insets(&blocks, range);
    // A container the markup named is the story's by the markup's word: no rival to weigh.
    let runner_up = (scope == Scope::Page)
        .then(|| classify::story::runner_up(&blocks, &range, crate::quality::RUNNER_UP_SHARE));
    if range.start() == &0 && range.end() + 1 == blocks.len() && boxes.is_empty() {
        return (blocks, runner_up);
    }
    let mut kept = Vec::with_capacity(range.end() - range.start() + 1);
    for (i, b) in blocks.into_iter().enumerate() {
        if boxes.iter().any(|r| r.contains(&i)) {
            removed.push(Removed::block(rules::Reason::Navigation, "inset-links", b));
        } else if range.contains(&i) {
            kept.push(b);
        } else {
            removed.push(Removed::block(rules::Reason::Outside, "outside-story", b));
        }
    }
    removed.sort_by_key(|r| r.line);
    (kept, runner_up)
}

/// Words a block needs before it is checked for holding the story's paragraphs.
const REPEAT_CHECK_WORDS: usize = 150;

/// A page that prints its story twice, the second time as one block (an AMP or app copy, a
/// script's text): a long block that holds three or more of the paragraphs before it word for
/// word is that copy. Left in, it doubles the story once what stood between them is gone.
///
/// Linear in the text: each earlier paragraph is indexed by its first bytes, and a long block
/// is looked up at each of its word starts, instead of searching it for every paragraph (which
/// was quadratic in a dump of many long paragraphs).
fn drop_story_repeats(blocks: Vec<block::Block>, removed: &mut Vec<Removed>) -> Vec<block::Block> {
    const KEY: usize = 32;
    let mut by_start: HashMap<&[u8], Vec<usize>> = HashMap::new();
    let mut repeat = vec![false; blocks.len()];
    for (i, b) in blocks.iter().enumerate() {
        let text = b.text.as_bytes();
        if tidy::word_count(&b.text) >= REPEAT_CHECK_WORDS {
            let mut found: Vec<usize> = Vec::new();
            for at in (0..text.len().saturating_sub(KEY)).filter(|&p| p == 0 || text[p - 1] == b' ')
            {
                for &j in by_start.get(&text[at..at + KEY]).into_iter().flatten() {
                    if !found.contains(&j) && text[at..].starts_with(blocks[j].text.as_bytes()) {
                        found.push(j);
                    }
                }
                if found.len() >= 3 {
                    break;
                }
            }
            if found.len() >= 3 {
                repeat[i] = true;
                continue;
            }
        }
        // Paragraphs of the page's own (not a line of links) are what a copy repeats.
        if b.link_density.is_none_or(|d| d < 0.2)
            && text.len() >= KEY
            && tidy::word_count(&b.text) >= 12
        {
            by_start.entry(&text[..KEY]).or_default().push(i);
        }
    }
    let mut kept = Vec::with_capacity(blocks.len());
    for (b, is_repeat) in blocks.into_iter().zip(repeat) {
        if is_repeat {
            removed.push(Removed::block(rules::Reason::Duplicate, "story-repeat", b));
        } else {
            kept.push(b);
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_block_holding_three_earlier_paragraphs_is_the_storys_second_copy() {
        let paras = [
            "The provincial ferry will stay in port for three weeks after inspectors found a crack in its hull.",
            "Repairs are expected to begin next week at the shipyard in Halifax, where it was built.",
            "Passengers with bookings will be moved to other sailings or refunded in full, the operator said.",
        ];
        let filler =
            "Other words of the copy fill it out to the length of a whole story. ".repeat(12);
        let para = |t: &str| block::Block::new(t, block::BlockKind::Paragraph, 1);
        let copy = |n: usize| para(&format!("{} {filler}", paras[..n].join(" ")));
        let mut blocks: Vec<block::Block> = paras.iter().map(|t| para(t)).collect();
        blocks.push(copy(3));
        let mut removed = Vec::new();
        assert_eq!(drop_story_repeats(blocks, &mut removed).len(), 3);
        assert_eq!(removed[0].rule, "story-repeat");
        // Two paragraphs in common is not a copy (a long paragraph may quote a short one).
        let mut blocks: Vec<block::Block> = paras.iter().map(|t| para(t)).collect();
        blocks.push(copy(2));
        assert_eq!(drop_story_repeats(blocks, &mut Vec::new()).len(), 4);
        // Lines of links are not the page's own paragraphs.
        let mut blocks: Vec<block::Block> = paras.iter().map(|t| para(t)).collect();
        blocks[0].link_density = Some(0.6);
        blocks.push(copy(3));
        assert_eq!(drop_story_repeats(blocks, &mut Vec::new()).len(), 4);
    }
}
