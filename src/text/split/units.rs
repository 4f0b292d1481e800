//! Blocks gathered into judged units once the reader is done: a share or related heading
//! with the links listed under it, a run of share links, a comments heading after the story
//! with the thread below it, and a line that is only a link to the author's page. Each unit
//! is one block with a [`markdown::Verdict`]. Apart from the reader: it works on the blocks,
//! not on lines, and needs the boilerplate table's word on a heading.

use super::links::linky;
use super::plain;
use crate::block::{Block, BlockKind};
use crate::rules::{Reason, boilerplate, markdown};
use crate::text::normalize;
use crate::tidy::word_count;

/// Words a share or related heading has at most.
const LABEL_WORDS: usize = 6;
/// Words its line may have before its Markdown is reduced (a link's title, an image's alt).
const LABEL_RAW_WORDS: usize = 40;
/// Words a line between two related links may have (a card's date, its `In "Topic"`).
const CARD_LINE_WORDS: usize = 6;

/// The verdict a heading or short line earns as a label over a list of links: a share
/// heading ("Share this:") or a related one ("Related", "Read next").
fn label_verdict(b: &Block) -> Option<&'static markdown::Verdict> {
    if b.verdict.is_some()
        || b.kind == BlockKind::Quote
        || word_count(&b.text) > LABEL_RAW_WORDS
        || linky(&b.text)
    {
        return None;
    }
    let text = plain(&b.text);
    if word_count(&text) > LABEL_WORDS {
        return None;
    }
    let row = boilerplate::classify(&text)?;
    match row.reason {
        Reason::Share => Some(markdown::verdict_for("share-list")),
        Reason::Related => Some(markdown::verdict_for("related-list")),
        _ if boilerplate::opens_list(row.id).is_some() => {
            Some(markdown::verdict_for("related-list"))
        }
        _ => None,
    }
}

/// A block of links and nothing else, each to a share endpoint.
fn share_links(b: &Block) -> bool {
    b.verdict.is_none() && b.text.contains("](") && linky(&b.text) && {
        let targets = normalize::link_targets(&b.text);
        !targets.is_empty() && targets.iter().all(|u| markdown::is_share_target(u))
    }
}

/// Rows of the table whose heading opens a readers' discussion.
const DISCUSSION_HEADINGS: &[&str] = &[
    "comment-prompt",
    "comment-heading",
    "comment-thread-title",
    "discussion-heading",
];
/// Paragraphs of story length that must stand above a comments heading for it to open the
/// discussion: a "Comments" heading above the story is a sidebar's.
const STORY_ABOVE_DISCUSSION: usize = 2;

/// A heading over readers' comments, with `prose_above` paragraphs of the story above it.
fn opens_discussion(b: &Block, prose_above: usize) -> bool {
    matches!(b.kind, BlockKind::Heading(_))
        && prose_above >= STORY_ABOVE_DISCUSSION
        && boilerplate::classify(&plain(&b.text))
            .is_some_and(|r| DISCUSSION_HEADINGS.contains(&r.id))
}

/// Words of prose that make a block a paragraph of the story's.
const PROSE_WORDS: usize = 15;

/// For each block, how many paragraphs of prose (not headings, not judged) stand before it.
fn prose_counts(blocks: &[Block]) -> Vec<usize> {
    let mut n = 0;
    blocks
        .iter()
        .map(|b| {
            let before = n;
            if b.verdict.is_none()
                && !matches!(b.kind, BlockKind::Heading(_))
                && word_count(&b.text) >= PROSE_WORDS
            {
                n += 1;
            }
            before
        })
        .collect()
}

/// Share and related lists as one block each: a label and the link-only blocks under it
/// (for related links, with a card's short lines between them), or a run of share links;
/// and a heading over readers' comments with everything below it, in a dump with Markdown
/// headings.
pub(super) fn units(blocks: Vec<Block>) -> Vec<Block> {
    if !blocks
        .iter()
        .any(|b| b.text.contains("](") || matches!(b.kind, BlockKind::Heading(_)))
    {
        return blocks;
    }
    // (first block, last block, verdict) of each unit, in order
    let mut found: Vec<(usize, usize, &'static markdown::Verdict)> = Vec::new();
    let prose = prose_counts(&blocks);
    let mut i = 0;
    while i < blocks.len() {
        if let Some((end, v)) = unit_at(&blocks, i, prose[i]) {
            found.push((i, end, v));
            i = end + 1;
        } else {
            i += 1;
        }
    }
    if found.is_empty() {
        return blocks;
    }
    let mut out: Vec<Block> = Vec::with_capacity(blocks.len());
    let mut next = found.into_iter().peekable();
    let mut open: Option<(usize, &'static markdown::Verdict)> = None;
    for (k, b) in blocks.into_iter().enumerate() {
        if let Some(&(start, end, v)) = next.peek()
            && start == k
        {
            next.next();
            open = Some((end, v));
            let mut unit = b;
            unit.verdict = Some(v);
            out.push(unit);
        } else if let Some((end, _)) = open
            && let Some(unit) = out.last_mut()
        {
            unit.text.push(' ');
            unit.text.push_str(&b.text);
            if k == end {
                open = None;
            }
            continue;
        } else {
            out.push(b);
        }
        if open.is_some_and(|(end, _)| end == k) {
            open = None;
        }
    }
    out
}

/// Words an author's name has at most.
const NAME_WORDS: usize = 4;

/// A line that is only a link to the author's page, with a name for its text, above the
/// story's first paragraph of prose.
fn author_link(b: &Block, prose_above: usize) -> bool {
    if prose_above > 0
        || b.verdict.is_some()
        || b.kind != BlockKind::Paragraph
        || word_count(&b.text) > 3 * NAME_WORDS
        || !b.text.contains("](")
    {
        return false;
    }
    let text = plain(&b.text);
    (2..=NAME_WORDS).contains(&word_count(&text))
        && text
            .split(' ')
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && normalize::link_shares(&b.text).0 == text.chars().filter(|c| c.is_alphanumeric()).count()
        && {
            let targets = normalize::link_targets(&b.text);
            targets.len() == 1 && markdown::is_author_page(&targets[0])
        }
}

/// The unit that starts at block `i` (with `prose_above` paragraphs of prose before it), if
/// one does: its last block and its verdict.
fn unit_at(
    blocks: &[Block],
    i: usize,
    prose_above: usize,
) -> Option<(usize, &'static markdown::Verdict)> {
    if author_link(&blocks[i], prose_above) {
        return Some((i, markdown::verdict_for("author-link")));
    }
    if opens_discussion(&blocks[i], prose_above) {
        let end = blocks[i + 1..]
            .iter()
            .position(|b| b.verdict.is_some())
            .map_or(blocks.len() - 1, |k| i + k);
        return Some((end, markdown::verdict_for("discussion")));
    }
    if let Some(v) = label_verdict(&blocks[i]) {
        let mut end = None;
        // A card's lines after its link (date, topic): how many stood between two links at
        // most, and how many follow the last link so far. The last card has as many.
        let mut card_lines = 0;
        let mut trailing = 0;
        for (j, b) in blocks.iter().enumerate().skip(i + 1) {
            if b.verdict.is_some_and(|v| v.id == "link-card") {
                end = Some(j);
                trailing = 0;
                continue;
            }
            if b.verdict.is_some() || matches!(b.kind, BlockKind::Heading(_) | BlockKind::Quote) {
                break;
            }
            // A line the table gives another reason (a tags line, a comment prompt) ends
            // the list; a card's date does not.
            let other = boilerplate::classify(&plain(&b.text))
                .is_some_and(|r| r.reason != v.reason && r.reason != Reason::Timestamp);
            if other {
                break;
            }
            // Under a share heading, a list of links, or links to share endpoints.
            let shares = v.reason != Reason::Share
                || b.kind == BlockKind::ListItem
                || share_links(b)
                || boilerplate::classify(&plain(&b.text))
                    .is_some_and(|r| r.reason == Reason::Share);
            if b.text.contains(['[', '<']) && linky(&b.text) && shares {
                end = Some(j);
                card_lines = card_lines.max(trailing);
                trailing = 0;
            } else if v.reason == Reason::Related
                && end.is_some()
                && word_count(&plain(&b.text)) <= CARD_LINE_WORDS
                && !b.text.trim_end().ends_with(['.', '!', '?'])
            {
                trailing += 1;
            } else {
                break;
            }
        }
        if let Some(end) = end {
            return Some((end + trailing.min(card_lines), v));
        }
    }
    if share_links(&blocks[i]) {
        let mut end = i;
        while blocks.get(end + 1).is_some_and(share_links) {
            end += 1;
        }
        return Some((end, markdown::verdict_for("share-links")));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::tests::{MORE, STORY, doc, removed};
    use super::*;
    use crate::text::split::split;

    #[test]
    fn a_share_list_under_its_heading_goes_as_one_block() {
        let d = doc(&format!(
            "{STORY}### Share this:\n\n\
             *   [Click to share on X (Opens in new window)\n    X](https://ex.com/p/?share=twitter&nb=1)\n\
             *   [Nextdoor](https://ex.com/p/?share=nextdoor&nb=1)\n\
             *   [Post it](https://social.example.net/post?u=ex.com)\n\n\
             ### Like this:\n\nLike Loading...\n"
        ));
        assert_eq!(d.paragraphs.len(), 2, "{:?}", d.paragraphs);
        let rm = removed(&d);
        let units: Vec<_> = rm.iter().filter(|(r, _)| *r == "share-list").collect();
        assert_eq!(units.len(), 1, "{rm:?}");
        assert!(units[0].1.starts_with("Share this: [Click to share on X"));
        assert!(units[0].1.contains("Post it"));
    }

    #[test]
    fn a_related_list_with_its_cards_goes_as_one_block() {
        let d = doc(&format!(
            "{STORY}## Related\n\n\
             *   [![Image 4: The old bridge](https://img.example.com/c.jpg)](https://ex.com/bridge)\n    \n    \
             [Bridge repairs to cost more than planned](https://ex.com/bridge)\n    \n    March 3, 2024\n\
             *   [Buses rerouted for the marathon](https://ex.com/marathon)\n\n\
             [Night bus trial extended](https://ex.com/night-bus)\n\n\
             In \"Transport\"\n\n\
             [Ferry timetable changes](https://ex.com/ferry)\n"
        ));
        assert_eq!(d.paragraphs.len(), 2, "{:?}", d.paragraphs);
        let rm = removed(&d);
        assert_eq!(rm.len(), 1, "{rm:?}");
        assert_eq!(rm[0].0, "related-list");
        assert!(
            rm[0]
                .1
                .ends_with("[Ferry timetable changes](https://ex.com/ferry)")
        );
    }

    #[test]
    fn share_links_without_a_heading_go_by_where_they_point() {
        let d = doc(&format!(
            "{STORY}- [Facebook](https://www.facebook.com/sharer/sharer.php?u=ex.com)\n\
             - [Bluesky](https://bsky.app/intent/compose?text=ex.com)\n\
             - [Copy](mailto:?subject=Bridge&body=ex.com)\n"
        ));
        assert_eq!(d.paragraphs.len(), 2, "{:?}", d.paragraphs);
        let rm = removed(&d);
        assert_eq!(rm.len(), 1, "{rm:?}");
        assert_eq!(rm[0].0, "share-links");
    }

    #[test]
    fn a_list_of_links_under_a_story_heading_stays() {
        let d = doc(&format!(
            "{STORY}## Sources\n\n\
             * [The engineers' report](https://council.example.gov/report.pdf)\n\
             * [Minutes of Tuesday's meeting](https://council.example.gov/minutes){MORE}"
        ));
        assert!(
            d.paragraphs.contains(&"The engineers' report".to_string()),
            "{:?}",
            d.paragraphs
        );
    }

    #[test]
    fn a_comments_heading_after_the_story_takes_the_thread_below_it() {
        let d = doc(&format!(
            "{STORY}#### Discussion about this post\n\n[Jonah Pike](https://substack.com/profile/44-jonah)\n\n\
             Mar 9\n\nLovely piece, and I walked over the old bridge last week with my daughter to see it for myself.\n\nReply\n"
        ));
        assert_eq!(d.paragraphs.len(), 2, "{:?}", d.paragraphs);
        let rm = removed(&d);
        assert_eq!(rm.len(), 1, "{rm:?}");
        assert_eq!(rm[0].0, "discussion");
        // Above the story, a "Comments" heading is a sidebar's: the story stays.
        let d = doc(&format!("## Comments\n\n{STORY}"));
        assert_eq!(d.paragraphs.len(), 2, "{:?}", d.paragraphs);
    }

    #[test]
    fn a_line_that_is_only_a_link_to_the_authors_page_goes() {
        let d = doc(&format!(
            "# The bridge\n\n[Ruth Okonkwo](https://substack.com/@ruthokonkwo)\n\n{STORY}"
        ));
        assert_eq!(d.paragraphs.len(), 2, "{:?}", d.paragraphs);
        assert!(removed(&d).contains(&(
            "author-link",
            "[Ruth Okonkwo](https://substack.com/@ruthokonkwo)".to_string()
        )));
        // A link to a page about a person is not an author's credit.
        let b = split("[Ruth Okonkwo](https://ex.com/2024/03/interview-with-ruth-okonkwo/)");
        assert!(units(b).iter().all(|b| b.verdict.is_none()));
    }
}
