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
use crate::text::word_count;

/// Words that make a prose block "good" on its own.
const GOOD_WORDS: usize = 15;
/// How many blocks that are not prose may separate two good blocks of one run.
const MAX_GAP: usize = 5;
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

/// The share of words that start with a capital letter.
fn capitalised_share(text: &str) -> f32 {
    let (mut caps, mut all) = (0usize, 0usize);
    for w in text.split(' ') {
        if let Some(c) = w.chars().next().filter(|c| c.is_alphabetic()) {
            all += 1;
            caps += usize::from(c.is_uppercase());
        }
    }
    caps as f32 / all.max(1) as f32
}

fn rate(b: &Block) -> (Rating, usize) {
    let words = word_count(&b.text);
    // Markup tells links from text: a block that is mostly link text is navigation or a
    // teaser whatever its punctuation; one with no links and a few words is the story's own
    // line (a list item, a table row, a sub-heading).
    match b.link_density {
        Some(d) if d > 0.5 => return (Rating::Other, words),
        Some(d) if d < 0.1 && (3..GOOD_WORDS).contains(&words) => return (Rating::Near, words),
        _ => {}
    }
    let prose = ends_like_sentence(&b.text);
    // A long line that does not end like a sentence is prose cut short only if it reads
    // like prose: a menu flattened into one line ("Home Subscribe Contact Us About Us …")
    // is mostly capitalised words.
    let long_unpunctuated = !prose && words >= 3 * GOOD_WORDS && capitalised_share(&b.text) < 0.5;
    let rating = if (prose && words >= GOOD_WORDS) || long_unpunctuated {
        Rating::Good
    } else if prose && words >= 4 || matches!(b.kind, BlockKind::ListItem | BlockKind::Quote) {
        Rating::Near
    } else {
        Rating::Other
    };
    (rating, words)
}

/// What a block that is not prose costs a run that spans it, in words: enough that a list
/// of teasers (a headline, then a summary, again and again) loses to the article's unbroken
/// paragraphs, small enough that a sub-heading or a caption inside the article does not
/// split it.
const OTHER_COST: isize = 25;

/// The range of blocks that make up the story, or `None` when there is no prose at all.
///
/// The best run is the maximum-sum span (Kadane) over block values: words of prose for
/// prose, `-OTHER_COST` for anything else, and a hard break after more than `MAX_GAP`
/// non-prose blocks in a row.
pub fn pick(blocks: &[Block]) -> Option<std::ops::RangeInclusive<usize>> {
    pick_within(blocks, Scope::Page)
}

/// Where the blocks come from, which sets how much non-prose a run may span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// A whole page or dump: menus and teasers are likely, runs break easily.
    Page,
    /// A container the markup names as the story: lists and tables inside it are the
    /// story's own, so runs span long stretches of short lines.
    Container,
}

/// As [`pick`], for blocks from the given scope.
pub fn pick_within(blocks: &[Block], scope: Scope) -> Option<std::ops::RangeInclusive<usize>> {
    let (max_gap, bridge_words) = match scope {
        Scope::Page => (MAX_GAP, 4),
        Scope::Container => (4 * MAX_GAP, 12),
    };
    let rated: Vec<(Rating, usize)> = blocks.iter().map(rate).collect();
    let mut best: Option<(usize, usize, isize)> = None; // (start, end, score)
    let mut run: Option<(usize, isize)> = None; // (start, score so far)
    let mut others_in_a_row = 0;
    for (i, &(rating, words)) in rated.iter().enumerate() {
        let value = match rating {
            Rating::Good | Rating::Near => {
                others_in_a_row = 0;
                words as isize
            }
            Rating::Other => {
                others_in_a_row += 1;
                -OTHER_COST
            }
        };
        if others_in_a_row > max_gap {
            run = None;
            continue;
        }
        run = match run {
            Some((s, score)) if score + value > 0 => Some((s, score + value)),
            _ if rating == Rating::Good => Some((i, value)),
            _ => None,
        };
        if let Some((s, score)) = run
            && rating == Rating::Good
            && best.is_none_or(|b| score > b.2)
        {
            best = Some((s, i, score));
        }
    }
    let (mut start, mut end, _) = best?;
    // The densest span may have stopped at a caption, a credit or a short label inside the
    // article: grow it over such small gaps to the next long paragraph, either way.
    let bridgeable = |i: usize| rated[i].0 != Rating::Other || rated[i].1 <= bridge_words;
    loop {
        let gap = (0..start)
            .rev()
            .take_while(|&i| rated[i].0 != Rating::Good)
            .count();
        let next = start.checked_sub(gap + 1);
        match next {
            Some(g) if gap <= max_gap && (g + 1..start).all(bridgeable) => start = g,
            _ => break,
        }
    }
    loop {
        let gap = (end + 1..blocks.len())
            .take_while(|&i| rated[i].0 != Rating::Good)
            .count();
        let next = end + gap + 1;
        if next < blocks.len() && gap <= max_gap && (end + 1..next).all(bridgeable) {
            end = next;
        } else {
            break;
        }
    }
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

/// A heading with nothing of the story after it ("More Great WIRED Stories", "Popular on
/// IndieWire") introduces what follows the story: it goes, as related.
pub fn drop_trailing_headings(
    blocks: &mut Vec<Block>,
    removed: &mut Vec<crate::document::Removed>,
) {
    while let Some(last) = blocks.last() {
        if blocks.len() < 2 {
            break;
        }
        let (reason, rule) = if matches!(last.kind, BlockKind::Heading(_)) {
            (crate::rules::Reason::Related, "trailing-heading")
        } else if is_author_bio(&last.text) {
            (crate::rules::Reason::Bio, "author-bio")
        } else {
            break;
        };
        let b = blocks.pop().expect("checked");
        removed.push(crate::document::Removed::block(reason, rule, b));
    }
}

/// The note on the writer that closes many stories: short, and giving an email address or a
/// social handle ("Jeff Foust (jeff@…) is the editor and publisher of …").
fn is_author_bio(text: &str) -> bool {
    let words = word_count(text);
    words <= 50
        && text.split(' ').any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '@');
            (w.contains('@') && w.contains('.') && !w.starts_with('@'))
                || (w.starts_with('@') && w.len() > 2)
        })
}

/// A block that can open a story: prose, or a short line that is not a bare link.
fn leads_in(b: &Block, rating: Rating) -> bool {
    if rating != Rating::Other {
        return true;
    }
    let words = word_count(&b.text);
    // A headline, byline or caption line has a few words; a menu item has one or two.
    (3..=30).contains(&words) || crate::classify::meta::is_byline(&b.text)
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::block::paragraphs as blocks;

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
    fn a_menu_flattened_into_one_long_line_is_not_prose() {
        let menu = "Home Subscribe Buy Merchandise Contact Us About Us Advertise With Us Subscriber Services Local News Texas Obituaries Traffic Weather History Sports Spurs Rodeo NBA NFL MLB Soccer Colleges Food Restaurants Recipes Bars Drinks Business Energy Automotive Finance Jobs";
        let b = blocks(&[menu, P, P]);
        assert_eq!(pick(&b), Some(1..=2));
    }

    #[test]
    fn the_densest_run_wins() {
        // Six menu items split the page: the second run has more prose.
        let b = blocks(&[P, "a", "b", "c", "d", "e", "f", P, P, P]);
        assert_eq!(pick(&b), Some(7..=9));
    }
}
