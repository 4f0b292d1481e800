//! The story's edges, once the headline and byline are lifted: labels left before its
//! first prose, and headings or an author's note after its end.

use super::rating::{Rating, capitalised_share, rate};
use super::tuning::TUNING as T;
use crate::block::{Block, BlockKind};
use crate::classify::caption::{self, Role};
use crate::removed::Removed;
use crate::rules::Reason;
use crate::tidy::word_count;

/// Both edges trimmed, the lead-in first: what [`drop_lead_in_labels`] and then
/// [`drop_trailing_headings`] drop goes to `removed`, which stays in input order.
pub fn trim_edges(blocks: &mut Vec<Block>, removed: &mut Vec<Removed>) {
    drop_lead_in_labels(blocks, removed);
    drop_trailing_headings(blocks, removed);
}

/// What the lead-in brought along and metadata did not take: in a text dump, the short
/// lines before the story's first prose that are neither prose nor a caption (a headline
/// the byline finder did not pair, a kicker, a "most read" list, an author's job title).
/// The story's text starts at its prose. A line that reads as a sentence that lost its full
/// stop (long, in sentence case) is a lede and stays. Markup tells these apart better, so
/// blocks from HTML are left alone.
pub fn drop_lead_in_labels(blocks: &mut Vec<Block>, removed: &mut Vec<Removed>) {
    // More than a lead-in's worth of such lines: no story was found to start anywhere.
    let Some(first_prose) = blocks
        .iter()
        .take(T.lead_in + T.max_gap + 1)
        .position(|b| !matches!(rate(b).0, Rating::Other | Rating::Photo))
    else {
        return;
    };
    if first_prose == 0 || blocks[0].link_density.is_some() {
        return;
    }
    // Captions and their credits stand before the story too, and are kept as captions.
    let roles = caption::assign(blocks);
    let label = |b: &Block, role: &Role| {
        let words = word_count(&b.text);
        b.link_density.is_none()
            && !b.caption
            && *role == Role::Body
            && !(words >= T.lede_words && capitalised_share(&b.text) < 0.5)
    };
    let drop: Vec<bool> = blocks[..first_prose]
        .iter()
        .zip(&roles)
        .map(|(b, r)| label(b, r))
        .collect();
    if !drop.contains(&true) {
        return;
    }
    let mut i = 0;
    for gone in drop {
        if gone {
            let b = blocks.remove(i);
            removed.push(Removed::block(Reason::Outside, "lead-in-label", b));
        } else {
            i += 1;
        }
    }
    removed.sort_by_key(|r| r.line);
}

/// A heading with nothing of the story after it ("More Great WIRED Stories", "Popular on
/// IndieWire") introduces what follows the story: it goes, as related.
pub fn drop_trailing_headings(blocks: &mut Vec<Block>, removed: &mut Vec<Removed>) {
    while let Some(last) = blocks.last() {
        if blocks.len() < 2 {
            break;
        }
        let (reason, rule) = if matches!(last.kind, BlockKind::Heading(_)) {
            (Reason::Related, "trailing-heading")
        } else if is_author_bio(&last.text) {
            (Reason::Bio, "author-bio")
        } else {
            break;
        };
        let b = blocks.pop().expect("checked");
        removed.push(Removed::block(reason, rule, b));
    }
}

/// The note on the writer that closes many stories: short, and giving an email address or a
/// social handle ("Jeff Foust (jeff@…) is the editor and publisher of …").
fn is_author_bio(text: &str) -> bool {
    let words = word_count(text);
    words <= 80
        && text.split(' ').any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '@');
            (w.contains('@') && w.contains('.') && !w.starts_with('@'))
                || (w.starts_with('@') && w.len() > 2)
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::block::paragraphs as blocks;

    const P: &str = "The council voted on Tuesday to close the old bridge to heavy traffic after engineers found cracks in two of its supports.";
    #[test]
    fn an_author_bio_that_ends_the_story_goes() {
        let mut b = blocks(&[
            P,
            P,
            "Jeff Foust (jeff@spacereview.example) is the editor and publisher of The Review.",
        ]);
        let mut removed = Vec::new();
        drop_trailing_headings(&mut b, &mut removed);
        assert_eq!(b.len(), 2);
        assert_eq!(removed[0].rule, "author-bio");
        let mut kept = blocks(&[P, "Reach the council at 555-0100 or visit its office."]);
        drop_trailing_headings(&mut kept, &mut removed);
        assert_eq!(kept.len(), 2);
    }
    #[test]
    fn a_heading_that_ends_the_story_goes() {
        let mut b = blocks(&[P, P]);
        b.push(Block::new("More Great Stories", BlockKind::Heading(2), 3));
        let mut removed = Vec::new();
        drop_trailing_headings(&mut b, &mut removed);
        assert_eq!(b.len(), 2);
        assert_eq!(removed[0].rule, "trailing-heading");
    }
    #[test]
    fn labels_left_before_the_story_in_a_dump_go() {
        let lede = "The council voted on Tuesday to close the old bridge to heavy traffic after engineers found cracks";
        let mut b = blocks(&["Most Commented", "Jane Roe, City Hall Reporter", lede, P, P]);
        let mut removed = Vec::new();
        drop_lead_in_labels(&mut b, &mut removed);
        assert_eq!(b.len(), 3);
        assert_eq!(b[0].text, lede);
        assert_eq!(removed.len(), 2);
        assert_eq!(removed[0].rule, "lead-in-label");
        // From HTML, markup has had its say: nothing goes.
        let mut html = blocks(&["Most Commented", P]);
        html[0].link_density = Some(0.0);
        drop_lead_in_labels(&mut html, &mut removed);
        assert_eq!(html.len(), 2);
    }
}
