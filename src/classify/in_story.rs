//! The last look at the picked story: furniture whose words are too common in a page's frame
//! to be taken out before the story is picked ([`furniture::Stage::InStory`]), and prompts to
//! the reader told by their words ([`furniture::prompt`]).
//!
//! Run after the story is picked and settled, it can only take a line out of the story, never
//! move where the story starts or ends: a "Contact Us" or "Image copyright" line taken out
//! early would join a rail of teasers to the story, or part a caption from its label.

use crate::block::{Block, BlockKind};
use crate::classify::caption::Role;
use crate::removed::Removed;
use crate::rules::{boilerplate, furniture};

/// Drops the story's body lines that are furniture by their vocabulary alone.
pub(crate) fn drop_furniture(
    blocks: &mut Vec<Block>,
    roles: &mut Vec<Role>,
    removed: &mut Vec<Removed>,
) {
    let furniture: Vec<Option<&'static boilerplate::BlockRule>> = blocks
        .iter()
        .zip(roles.iter())
        .map(|(b, role)| {
            if *role != Role::Body || b.kind == BlockKind::Quote {
                return None;
            }
            furniture::in_story_rule(
                &b.text,
                matches!(b.kind, BlockKind::Heading(_) | BlockKind::ListItem),
            )
        })
        .collect();
    if furniture.iter().all(Option::is_none) {
        return;
    }
    let mut verdicts = furniture.iter();
    roles.retain(|_| verdicts.next().is_none_or(Option::is_none));
    let mut rows = furniture.into_iter();
    let mut kept = Vec::with_capacity(blocks.len());
    for b in blocks.drain(..) {
        match rows.next().flatten() {
            Some(row) => removed.push(Removed::block(row.reason, row.id, b)),
            None => kept.push(b),
        }
    }
    *blocks = kept;
    removed.sort_by_key(|r| r.line);
}
