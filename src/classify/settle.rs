//! The story settled on the text output it prints, so that cleaning that output again changes
//! nothing.

use crate::classify::caption::Role;
use crate::classify::story::Scope;
use crate::removed::Removed;
use crate::{block, classify, clean, rules};

/// The story judged again on what the text output shows: the headline and byline on top,
/// then the body, without the captions and credits that stood among it. Cleaning that output
/// again takes its decisions on those blocks, and some of them look at a block's neighbours,
/// which the output changes (the captions between are gone); each is taken again here on the
/// output as it would be printed, so that the first clean already decides as the second will:
///
/// - echoes: a short line repeated within reach, counted in the blocks the output prints
///   (captions between kept the two copies apart), goes as `duplicate`;
/// - the story's run: captions are prose, and they can be what held a short line at the
///   run's edge, or two halves of the run, together; the body alone must hold as a story;
/// - the lead-in and the end: stamps and labels before the first prose, a heading or an
///   author's note at the end, where a caption stood before or after them;
/// - captions: a credit or a caption label left standing as a paragraph claims the paragraph
///   it now stands next to.
///
/// Each round drops a block or takes one out of the body, until the body holds. Returns
/// whether anything changed. `ratings` holds the ratings of the picks before.
pub(crate) fn settle_story(
    blocks: &mut Vec<block::Block>,
    roles: &mut Vec<Role>,
    head: [Option<&str>; 2],
    removed: &mut Vec<Removed>,
    ratings: &mut classify::story::Ratings,
) -> bool {
    let mut changed_any = false;
    let [title, byline] = head;
    let head: Vec<block::Block> = [
        title.map(str::to_string),
        byline.map(rules::byline::as_line),
    ]
    .into_iter()
    .flatten()
    .map(|t| block::Block::new(t, block::BlockKind::Paragraph, 0))
    .collect();
    loop {
        let body: Vec<usize> = (0..blocks.len())
            .filter(|&i| roles[i] == Role::Body)
            .collect();
        // The blocks as the text output prints them, each with its place in `body` for a
        // line: a heading is a line like any other, and there is no markup left to measure
        // links by.
        let printed: Vec<block::Block> = body
            .iter()
            .enumerate()
            .map(|(j, &i)| {
                let b = &blocks[i];
                let mut v = block::Block::new(b.text.clone(), b.kind, j);
                if matches!(v.kind, block::BlockKind::Heading(_)) {
                    v.kind = block::BlockKind::Paragraph;
                }
                v
            })
            .collect();
        let view: Vec<block::Block> = head.iter().chain(&printed).cloned().collect();
        // (place in `body`, reason, rule) of what the second clean would drop.
        let mut gone: Vec<(usize, rules::Reason, &'static str)> = Vec::new();
        let echoes = clean::echoes(view.iter().map(|b| b.text.as_str()));
        gone.extend(
            (0..body.len())
                .filter(|j| echoes[j + head.len()])
                .map(|j| (j, rules::Reason::Duplicate, "exact-repeat")),
        );
        if gone.is_empty()
            && let Some(range) =
                classify::story::pick_within_remembering(&view, Scope::Page, &[], &[], ratings)
        {
            gone.extend(
                (0..body.len())
                    .filter(|j| !range.contains(&(j + head.len())))
                    .map(|j| (j, rules::Reason::Outside, "outside-story")),
            );
        }
        let mut rest = printed;
        if gone.is_empty() {
            let mut dropped = Vec::new();
            classify::meta::drop_stamps_and_credits(&mut rest, None, &mut dropped);
            classify::story::trim_edges(&mut rest, &mut dropped);
            gone.extend(dropped.iter().map(|r| (r.line, r.reason, r.rule)));
        }
        if !gone.is_empty() {
            gone.sort_by_key(|g| g.0);
            for &(j, reason, rule) in gone.iter().rev() {
                roles.remove(body[j]);
                let b = blocks.remove(body[j]);
                removed.push(Removed::block(reason, rule, b));
            }
            removed.sort_by_key(|r| r.line);
            changed_any = true;
            continue;
        }
        // Read back, a heading's kind is inferred again before captions are told.
        for b in &mut rest {
            classify::infer_heading(b);
        }
        let mut changed = false;
        for (&i, role) in body.iter().zip(classify::caption::assign(&rest)) {
            if role != Role::Body {
                roles[i] = role;
                changed = true;
            }
        }
        if !changed {
            return changed_any;
        }
        changed_any = true;
    }
}
