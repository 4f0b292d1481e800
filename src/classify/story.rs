//! Where the story is in a whole-page dump: the densest run of prose.
//!
//! A page's text holds the article as a run of long blocks that end like sentences, and
//! around it menus, teasers, link lists and footers: short blocks that do not. Blocks are
//! rated by length and punctuation alone; "good" blocks close to each other form runs, and the
//! run with the most words of prose is the story. The run grows at each end over the short
//! prose, headline, byline and caption blocks that belong to it; every block outside it is
//! dropped for the reason `outside`. A dump that is only the story is one run and loses
//! nothing.

use crate::block::{Block, BlockKind};

/// Words that make a prose block "good" on its own.
const GOOD_WORDS: usize = 15;
/// How many blocks that are not prose may separate two good blocks of one run.
const MAX_GAP: usize = 3;
/// How far a run may grow over the blocks that lead into it (headline, byline, captions) and
/// over the short prose that ends it.
const LEAD_IN: usize = 5;
const TAIL: usize = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rating {
    /// Long prose.
    Good,
    /// Short prose: ends like a sentence.
    Near,
    /// Neither: a menu item, a teaser headline, a label.
    Other,
}

fn ends_like_sentence(t: &str) -> bool {
    t.trim_end_matches(['"', '”', '’', '\'', ')', ']'])
        .ends_with(['.', '!', '?', '…', ':'])
}

fn rate(b: &Block) -> (Rating, usize) {
    let words = b.text.split(' ').count();
    let prose = ends_like_sentence(&b.text);
    let rating = if (prose && words >= GOOD_WORDS) || words >= 3 * GOOD_WORDS {
        Rating::Good
    } else if prose && words >= 4 || matches!(b.kind, BlockKind::ListItem | BlockKind::Quote) {
        Rating::Near
    } else {
        Rating::Other
    };
    (rating, words)
}

/// The range of blocks that make up the story, or `None` when there is no prose at all.
pub fn pick(blocks: &[Block]) -> Option<std::ops::RangeInclusive<usize>> {
    let rated: Vec<(Rating, usize)> = blocks.iter().map(rate).collect();
    // Runs of good blocks with at most MAX_GAP non-prose blocks between neighbours.
    let mut best: Option<(usize, usize, usize)> = None; // (start, end, words)
    let mut run: Option<(usize, usize, usize)> = None;
    let mut gap = 0;
    for (i, &(rating, words)) in rated.iter().enumerate() {
        match rating {
            Rating::Good => {
                run = Some(match run {
                    Some((s, _, w)) if gap <= MAX_GAP => (s, i, w + words),
                    _ => (i, i, words),
                });
                gap = 0;
            }
            Rating::Near => {
                if let Some((s, e, w)) = run
                    && gap <= MAX_GAP
                {
                    // Short prose inside a run counts, but does not end the gap by itself.
                    run = Some((s, e, w + words));
                }
            }
            Rating::Other => gap += 1,
        }
        if let Some(r) = run
            && best.is_none_or(|b| r.2 > b.2)
        {
            best = Some(r);
        }
    }
    let (mut start, mut end, _) = best?;
    // Lead-in: headline, byline, dateline, captions and their credits sit just before the
    // first long paragraph; short prose and captions trail the last.
    let mut grown = 0;
    while start > 0 && grown < LEAD_IN && leads_in(&blocks[start - 1], rated[start - 1].0) {
        start -= 1;
        grown += 1;
    }
    grown = 0;
    while end + 1 < blocks.len() && grown < TAIL && rated[end + 1].0 != Rating::Other {
        end += 1;
        grown += 1;
    }
    Some(start..=end)
}

/// A block that can open a story: prose, or a short line that is not a bare link.
fn leads_in(b: &Block, rating: Rating) -> bool {
    if rating != Rating::Other {
        return true;
    }
    let words = b.text.split(' ').count();
    // A headline, byline or caption line has a few words; a menu item has one or two.
    (3..=30).contains(&words) || crate::classify::meta::is_byline(&b.text)
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

    const P: &str = "The council voted on Tuesday to close the old bridge to heavy traffic after engineers found cracks in two of its supports.";

    #[test]
    fn a_story_alone_is_kept_whole() {
        let b = blocks(&[
            "Bridge closed after cracks found",
            "By Jane Doe",
            P,
            P,
            "It reopens in June.",
            P,
        ]);
        assert_eq!(pick(&b), Some(0..=5));
    }

    #[test]
    fn menus_and_teasers_around_the_story_go() {
        let b = blocks(&[
            "Home",
            "World",
            "Business",
            "Sign In",
            "Bridge closed after cracks found",
            P,
            P,
            P,
            "Most Popular",
            "Volker Saw No Harm in Investigating",
            "Standoff at a University",
            "Arizona Development Bans Cars",
            "Terms of Use",
        ]);
        assert_eq!(pick(&b), Some(4..=7));
    }

    #[test]
    fn the_densest_run_wins() {
        let b = blocks(&[P, "a", "b", "c", "d", "e", P, P, P]);
        assert_eq!(pick(&b), Some(6..=8));
    }
}
