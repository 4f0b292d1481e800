//! The story's run picked from the blocks' ratings, phase by phase: the strict and the
//! lenient best run, the cut at a discussion, gaps bridged at both ends, the lead-in grown
//! back over the headline, byline and captions, and the tail over the short lines that end
//! the story.

use super::Scope;
use super::rating::{
    Rating, Ratings, is_bare_link, is_card, is_list_line, prose_words, rate_all, rate_all_by,
};
use super::tuning::TUNING as T;
use crate::block::Block;
use crate::tidy::word_count;
use std::ops::RangeInclusive;

/// The range of blocks that make up the story, or `None` when there is no prose at all.
///
/// The best run is the maximum-sum span (Kadane) over block values: words of prose for
/// prose, `-other_cost` for anything else, and a hard break after more than `max_gap`
/// non-prose blocks in a row. (The pipeline asks [`pick_within_remembering`], with the
/// blocks' scope and the comment marks; the tests ask this.)
#[cfg(test)]
pub fn pick(blocks: &[Block]) -> Option<RangeInclusive<usize>> {
    pick_within(blocks, Scope::Page, &[])
}

/// The story going on beyond a box the run stopped at: the best run of `side` (the blocks
/// past the box, nearest first) if it starts at the box and holds enough prose for what the
/// box is. A box of short labels needs a story's length after it, more the longer the box; a
/// rail of headlines, each with no prose in it, a shorter one. What the side's run spans
/// (a sub-heading, a leftover line) costs it nothing here: it is the prose that says story.
/// Returns the side's last block.
fn story_beyond(
    gap: &[(Rating, usize)],
    side: &[(Rating, usize)],
    max_gap: usize,
) -> Option<usize> {
    // Furniture the last look takes out is no part of the box.
    let size = gap.iter().filter(|r| r.0 != Rating::Aside).count();
    let labels =
        size <= T.widget_gap && gap.iter().all(|r| !r.0.is_other() || r.1 <= T.widget_words);
    let rail = size <= T.rail_gap
        && gap
            .iter()
            .all(|r| (r.0.is_other() || r.0 == Rating::Photo) && r.1 <= T.rail_line_words);
    let need = if labels {
        T.story_after_widget.max(size * T.other_cost as usize)
    } else if rail
        && side
            .iter()
            .take(2)
            .all(|r| !(r.0.is_other() || r.0 == Rating::Photo))
    {
        // Past a rail, a story goes on paragraph after paragraph; teaser cards alternate a
        // headline with its summary.
        T.story_after_rail
    } else {
        return None;
    };
    let (first, last, _) = best_run(side, max_gap, false)?;
    let prose: usize = side[..=last]
        .iter()
        .filter(|r| !(r.0.is_other() || r.0 == Rating::Photo))
        .map(|r| r.1)
        .sum();
    (first == 0 && prose >= need).then_some(last)
}

/// A gap a dump's story may span: lines of a list of its own, not too many of them. Markup
/// tells a list from a menu better, so blocks from HTML never qualify.
fn spans_list(blocks: &[Block], gap: &[(Rating, usize)]) -> bool {
    gap.len() <= T.list_gap
        && blocks
            .iter()
            .zip(gap)
            .all(|(b, r)| is_list_line(b) || (r.0 == Rating::Item && b.link_density.is_none()))
}

/// A run of blocks: (first block, last block, words of prose less the cost of what it spans).
type Run = (usize, usize, isize);

/// How much that is not prose a run may span, by where the blocks come from.
#[derive(Debug, Clone, Copy)]
struct Reach {
    /// Blocks that are not prose a run may span in a row.
    max_gap: usize,
    /// Words a block that is not prose may have and still be bridged at the run's edges.
    bridge_words: usize,
}

impl Reach {
    fn of(scope: Scope) -> Reach {
        match scope {
            Scope::Page => Reach {
                max_gap: T.max_gap,
                bridge_words: T.page_bridge_words,
            },
            Scope::Container => Reach {
                max_gap: T.container_gap_factor * T.max_gap,
                bridge_words: T.container_bridge_words,
            },
        }
    }
}

/// [`pick_within_remembering`], every block rated afresh (the tests ask this).
#[cfg(test)]
pub fn pick_within(
    blocks: &[Block],
    scope: Scope,
    comment_marks: &[usize],
) -> Option<RangeInclusive<usize>> {
    pick_rated(blocks, scope, (comment_marks, &[]), rate_all(blocks))
}

/// As `pick` (which the tests ask), for blocks from the given scope, with the ratings
/// `ratings` has already taken in this clean. `comment_marks` are the lines where removed
/// comment headings and counters stood ("167 comments", "Top Rated Comments").
///
/// Readers' comments are prose too, and a discussion often runs longer than the story above
/// it: when the best run starts after a comment mark and the blocks before that mark hold a
/// run of story length, that run is the story. `counters` are those of the marks that count
/// the comments ("27 commentaires"): a discussion follows them whatever its readers' lines
/// look like.
///
/// The phases, in order: the best run read strictly or leniently, cut at a discussion,
/// grown over small gaps at both ends, then over the lead-in before it and the short lines
/// that end it.
pub(crate) fn pick_within_remembering(
    blocks: &[Block],
    scope: Scope,
    comment_marks: &[usize],
    counters: &[usize],
    ratings: &mut Ratings,
) -> Option<RangeInclusive<usize>> {
    let rated = rate_all_by(blocks, |b, no| ratings.rate_noting(b, no));
    pick_rated(blocks, scope, (comment_marks, counters), rated)
}

fn pick_rated(
    blocks: &[Block],
    scope: Scope,
    marks: (&[usize], &[usize]),
    rated: Vec<(Rating, usize)>,
) -> Option<RangeInclusive<usize>> {
    let reach = Reach::of(scope);
    let best = strict_or_lenient_run(blocks, &rated, reach.max_gap)?;
    let (best, limit) = cut_at_comments(blocks, &rated, best, marks, reach.max_gap);
    let (blocks, rated) = (&blocks[..limit], &rated[..limit]);
    let (start, end, _) = best;
    let start = bridge_back(blocks, rated, start, reach);
    let end = bridge_forward(blocks, rated, end, reach, scope);
    let start = grow_lead_in(blocks, rated, start);
    let end = grow_tail(blocks, rated, end);
    Some(start..=end)
}

/// How close the best run of prose outside the story's blocks `story` comes to the story:
/// its score over the story's words (0.0 when there is none). For the quality judgement,
/// which asks whether it reaches `share`. Only the blocks outside are rated again, read as a
/// page's (runs broken after [`Tuning::max_gap`](super::tuning::Tuning::max_gap) blocks
/// that are not prose), and only on a side whose words could reach `share` of the story's (a
/// run scores at most its words): for a side that cannot, its words' share is given, which is
/// below `share`.
pub fn runner_up(blocks: &[Block], story: &RangeInclusive<usize>, share: f64) -> f64 {
    let words = |b: &[Block]| b.iter().map(|b| prose_words(&b.text)).sum::<usize>();
    let own = words(&blocks[story.clone()]).max(1) as f64;
    let side = |b: &[Block]| {
        let most = words(b) as f64 / own;
        if most < share {
            return most;
        }
        let run = best_run(&rate_all(b), T.max_gap, false).map_or(0, |r| r.2.max(0));
        run as f64 / own
    };
    let before = side(&blocks[..*story.start()]);
    let after = side(&blocks[(story.end() + 1).min(blocks.len())..]);
    before.max(after)
}

/// The best run of prose, or of short lines read leniently where those outweigh it.
fn strict_or_lenient_run(
    blocks: &[Block],
    rated: &[(Rating, usize)],
    max_gap: usize,
) -> Option<Run> {
    let strict = best_run(rated, max_gap, false);
    // A story told as a table or a list (standings, a race calendar, a meal plan) has little
    // long prose: its run of short link-free lines is the story when it outweighs the prose
    // the page does have (a comment policy, a caption, an intro). Only markup tells a
    // link-free line from a menu item, so a dump's lists get the benefit only where the page
    // has next to no prose at all.
    let markup = blocks.iter().any(|b| b.link_density.is_some());
    // Read leniently, every link-free line of the page's own counts (a meal plan's "Meal 1",
    // an ingredient line too long and unpunctuated for prose).
    let lenient = || {
        let own: Vec<(Rating, usize)> = rated
            .iter()
            .zip(blocks)
            .map(|(&(r, w), b)| match (r, b.link_density) {
                (Rating::Other, Some(d)) if d < 0.1 => (Rating::Near, w),
                _ => (r, w),
            })
            .collect();
        best_run(&own, max_gap, true)
    };
    Some(match strict {
        Some(s) if s.2 >= T.story_before_comments => match lenient() {
            Some(l) if markup && l.2 > T.list_outweighs * s.2 => l,
            _ => s,
        },
        _ => match (strict, lenient()) {
            (Some(s), Some(l)) if l.2 >= T.story_before_comments && l.2 > 2 * s.2 => l,
            (None, Some(l)) if l.2 >= T.story_before_comments => l,
            (s, _) => s?,
        },
    })
}

/// The run before the discussion the best run sits in or runs into, when there is one of
/// story length; and how many blocks the story may reach into (all, or those before the
/// discussion).
fn cut_at_comments(
    blocks: &[Block],
    rated: &[(Rating, usize)],
    best: Run,
    (comment_marks, counters): (&[usize], &[usize]),
    max_gap: usize,
) -> (Run, usize) {
    // Where the discussion begins: the last comment mark before the run's end that a
    // reader's time stamp soon follows ("2 days ago at 07:52 am"). A bare "Comments" link in
    // a share bar under the headline is followed by no such thing. A counter is followed by
    // the comments it counts, stamped or not ("habsb :"); one in a share bar has the headline
    // and a summary before it at most, where a story needs more words before it. Only where
    // markup set the counter apart: a dump's stray counter line may stand mid-story.
    let markup = blocks.iter().any(|b| b.link_density.is_some());
    let comments_from = comment_marks
        .iter()
        .filter(|&&m| m < blocks[best.1].line)
        .filter_map(|&m| {
            let cut = blocks.partition_point(|b| b.line < m);
            let stamped = blocks[cut..]
                .iter()
                .take(T.discussion_reach)
                .any(|b| crate::rules::discussion::is_comment_stamp(&b.text));
            if stamped {
                Some((cut, T.story_before_comments))
            } else {
                (markup && counters.contains(&m)).then_some((cut, T.story_before_counter))
            }
        })
        .max();
    match comments_from {
        Some((cut, need)) => match best_run(&rated[..cut], max_gap, false) {
            Some(before) if before.2 >= need => (before, cut),
            _ => (best, blocks.len()),
        },
        None => (best, blocks.len()),
    }
}

/// The run's start moved back over small gaps to the long paragraphs before them, and over a
/// box of labels or a rail with the story's first part above it.
///
/// The densest span may have stopped at a caption, a credit or a short label inside the
/// article. A photo is bridged only inside the story: above the story's first paragraph it
/// stands between a dek (or an author's bio) and the story.
fn bridge_back(
    blocks: &[Block],
    rated: &[(Rating, usize)],
    mut start: usize,
    reach: Reach,
) -> usize {
    let max_gap = reach.max_gap;
    let bridgeable_inside = |i: usize| !rated[i].0.is_other() || rated[i].1 <= reach.bridge_words;
    let bridgeable = |i: usize| {
        !(rated[i].0.is_other() || rated[i].0 == Rating::Photo) || rated[i].1 <= reach.bridge_words
    };
    // Inside the story: no byline in the gap, and a long paragraph shortly before it.
    let inside = |g: usize, gap: std::ops::Range<usize>| {
        !gap.clone()
            .any(|i| crate::rules::byline::is_byline(&blocks[i].text))
            && (g.saturating_sub(max_gap + 1)..g).any(|i| rated[i].0 == Rating::Good)
    };
    loop {
        let span = (0..start)
            .rev()
            .take_while(|&i| rated[i].0 != Rating::Good)
            .count();
        let gap = (start - span..start)
            .filter(|&i| rated[i].0 != Rating::Aside)
            .count();
        let next = start.checked_sub(span + 1);
        match next {
            Some(g) if gap <= max_gap && (g + 1..start).all(bridgeable) => start = g,
            Some(g)
                if gap <= max_gap
                    && (g + 1..start).all(bridgeable_inside)
                    && inside(g, g + 1..start) =>
            {
                start = g
            }
            Some(g) => {
                // The story's first part, as long, above a box of labels or a rail.
                let before: Vec<(Rating, usize)> = rated[..=g].iter().rev().copied().collect();
                match story_beyond(&rated[g + 1..start], &before, max_gap) {
                    Some(last) => start = g - last,
                    None => break,
                }
            }
            _ => break,
        }
    }
    start
}

/// The run's end moved on over small gaps (a photo among them) to the long paragraphs after
/// them, over a box of labels or a rail with the story going on at length after it, and in a
/// dump over a list of the story's own.
fn bridge_forward(
    blocks: &[Block],
    rated: &[(Rating, usize)],
    mut end: usize,
    reach: Reach,
    scope: Scope,
) -> usize {
    let max_gap = reach.max_gap;
    let bridgeable = |i: usize| !rated[i].0.is_other() || rated[i].1 <= reach.bridge_words;
    loop {
        let span = (end + 1..blocks.len())
            .take_while(|&i| rated[i].0 != Rating::Good)
            .count();
        let gap = (end + 1..end + 1 + span)
            .filter(|&i| rated[i].0 != Rating::Aside)
            .count();
        let next = end + span + 1;
        if next < blocks.len() && gap <= max_gap && (end + 1..next).all(bridgeable) {
            end = next;
        } else if next < blocks.len()
            && let Some(last) = story_beyond(&rated[end + 1..next], &rated[next..], max_gap)
        {
            // A box of short labels inside the story ("Most read in world news" over a few
            // kickers) with the story going on after it at length.
            end = next + last;
        } else if next < blocks.len()
            && scope == Scope::Page
            && spans_list(&blocks[end + 1..next], &rated[end + 1..next])
            && let Some((0, last, score)) = best_run(&rated[next..], max_gap, false)
            && score >= T.story_after_list
        {
            // The story's own list (a product's features, results, what not to eat) with
            // the story going on after it.
            end = next + last;
        } else if scope == Scope::Container
            && let Some(last) = short_prose_beyond(blocks, rated, end, reach)
        {
            end = last;
        } else {
            break;
        }
    }
    end
}

/// Inside the story's container, a section of short link-free lines after the run's last
/// block that the story's own short sentences close (a recipe's nutrition table and its
/// serving tips, a product's facts and its care notes): the last of those sentences (lines
/// that end like one: markup rates any short link-free line short prose), when
/// [`Tuning::short_prose_lines`](super::tuning::Tuning::short_prose_lines) or more of them
/// stand within reach and every line up to them is one a run may be bridged over. No long
/// paragraph follows (the run would have been bridged to it), so only the markup's word that
/// this is the story's container says they are the story's.
fn short_prose_beyond(
    blocks: &[Block],
    rated: &[(Rating, usize)],
    end: usize,
    reach: Reach,
) -> Option<usize> {
    let mut prose = 0;
    let mut last = None;
    for i in (end + 1..blocks.len()).take(reach.max_gap) {
        let (rating, words) = rated[i];
        if blocks[i].link_density.is_none_or(|d| d >= 0.5)
            || (rating.is_other() && words > reach.bridge_words)
        {
            break;
        }
        if rating == Rating::Good || super::rating::is_sentence(&blocks[i].text) {
            prose += 1;
            if prose >= T.short_prose_lines {
                last = Some(i);
            }
        }
    }
    last
}

/// The run's start moved back over its lead-in: headline, byline, dateline, captions and
/// their credits sit just before the first long paragraph.
fn grow_lead_in(blocks: &[Block], rated: &[(Rating, usize)], mut start: usize) -> usize {
    let mut grown = 0;
    while start > 0 && grown < T.lead_in {
        let (b, rating) = (&blocks[start - 1], rated[start - 1].0);
        // The lead photo's credit line ("Pic: PA", "Getty Images") leads in whatever its
        // length; its caption, as any line over the story.
        if rating == Rating::Photo && crate::rules::credit::is_photo_line(&b.text) {
            start -= 1;
            continue;
        }
        let rating = if rating == Rating::Photo {
            Rating::Other
        } else {
            rating
        };
        if !leads_in(b, rating) {
            break;
        }
        start -= 1;
        grown += 1;
    }
    start
}

/// The run's end moved on over the short prose and captions that trail its last long
/// paragraph, and over a list the story's last sentence introduces, however long.
fn grow_tail(blocks: &[Block], rated: &[(Rating, usize)], mut end: usize) -> usize {
    let mut grown = 0;
    // A bare link between two of the list's lines is the item's shop or source link (a deal
    // post's "product, link, product"); a line of furniture between two of the story's lines
    // is the scraper's leftover, which the last look takes out.
    let own = |i: usize, grown: usize| {
        rated.get(i).is_some_and(|r| !r.0.is_other())
            && (grown < T.tail || rated[i].0 == Rating::Item)
    };
    loop {
        if own(end + 1, grown) {
            end += 1;
        } else if (is_bare_link(blocks.get(end + 1))
            || rated.get(end + 1).is_some_and(|r| r.0 == Rating::Aside))
            && own(end + 2, grown)
        {
            end += 2;
        } else {
            break;
        }
        grown += 1;
    }
    end
}

/// Where the markup tells (HTML), the lines that follow the story's last block in the same
/// container, without links, are the story's own however short: a tour's dates, a table of
/// results, a list of ingredients set as bare lines. Prose rating alone reads them as a menu.
pub fn grow_over_siblings(blocks: &[Block], range: RangeInclusive<usize>) -> RangeInclusive<usize> {
    let (start, mut end) = range.into_inner();
    let Some(group) = blocks[end].group else {
        return start..=end;
    };
    let own = |i: usize, linked_ok: bool| {
        blocks.get(i).is_some_and(|b| {
            b.group == Some(group) && b.link_density.is_some_and(|d| linked_ok || d < 0.5)
        })
    };
    loop {
        if own(end + 1, false) {
            end += 1;
        } else if own(end + 1, true) && own(end + 2, false) {
            // A link between two lines of its own (a deal post's product, its shop link,
            // the next product) is part of the list; a trailing run of links is not.
            end += 2;
        } else {
            break;
        }
    }
    start..=end
}

/// The maximum-sum run of `rated` (Kadane): (first block, last block, words of prose less the
/// cost of what it spans).
/// With `short_lines`, short prose may start and end a run too (a story that is a table).
fn best_run(rated: &[(Rating, usize)], max_gap: usize, short_lines: bool) -> Option<Run> {
    let mut best: Option<Run> = None;
    let mut run: Option<(usize, isize)> = None; // (start, score so far)
    let mut others_in_a_row = 0;
    let ends = |r: Rating| r == Rating::Good || (short_lines && r == Rating::Near);
    for (i, &(rating, words)) in rated.iter().enumerate() {
        let value = match rating {
            Rating::Good | Rating::Near | Rating::Item => {
                others_in_a_row = 0;
                words as isize
            }
            // Furniture the last look takes out costs nothing and does not part the story's
            // paragraphs.
            Rating::Aside => 0,
            Rating::Other | Rating::Photo => {
                others_in_a_row += 1;
                if words <= T.short_label_words {
                    -T.label_cost
                } else {
                    -T.other_cost
                }
            }
        };
        if others_in_a_row > max_gap {
            run = None;
            continue;
        }
        run = match run {
            Some((s, score)) if score + value > 0 => Some((s, score + value)),
            _ if ends(rating) => Some((i, value)),
            _ => None,
        };
        if let Some((s, score)) = run
            && ends(rating)
            && best.is_none_or(|b| score > b.2)
        {
            best = Some((s, i, score));
        }
    }
    best
}

/// A block that can open a story: prose, or a short line that is not a bare link.
fn leads_in(b: &Block, rating: Rating) -> bool {
    if !rating.is_other() {
        return true;
    }
    let words = word_count(&b.text);
    // A card above the story is the site's rail, not its headline or byline.
    if is_card(&b.text, prose_words(&b.text)) {
        return false;
    }
    // A headline, byline or caption line has a few words; a menu item has one or two.
    (3..=30).contains(&words) || crate::rules::byline::is_byline(&b.text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::block::{BlockKind, paragraphs as blocks};
    use crate::classify::story::rating::{Rating, has_template_names, prose_words, rate, rate_all};

    const P: &str = "The council voted on Tuesday to close the old bridge to heavy traffic after engineers found cracks in two of its supports.";
    #[test]
    fn a_dumps_photos_inside_and_over_the_story_are_its_own() {
        // A caption with its credit glued on, between the story's last paragraphs.
        let glued =
            "Anne Marie Boudreau waits for a ferry at the Halifax terminal. (Kieran Muise/CBC)";
        let b = blocks(&[P, P, glued, P, "ABOUT THE AUTHOR"]);
        assert_eq!(pick(&b), Some(0..=3));
        // A caption over its credit line, and an advert, between two halves of the story.
        let b = blocks(&[
            P,
            P,
            "Travelers waiting at Hamburg's central station",
            "Foto: Christian Charisius / dpa",
            P,
            "Anzeige",
            "Union chief Brenner at a rally in Frankfurt am Main Foto: Boris Roessler / dpa",
            P,
            P,
            P,
        ]);
        assert_eq!(pick(&b), Some(0..=9));
        // The lead photo's short credit line leads in, with its caption and the headline.
        let b = blocks(&[
            "Menu",
            "Water company fined record sum over sewage spills",
            "Sewage discharge into the River Wey near Guildford in February",
            "Pic: PA",
            P,
            P,
        ]);
        assert_eq!(pick(&b), Some(1..=5));
    }
    #[test]
    fn a_paragraph_closed_by_an_emoji_or_broken_off_by_a_dash_is_prose() {
        // A blog's first paragraph, longer than a headline, closed with an emoji: the story's
        // first paragraph, not a line over it.
        let opening = "Zuerst dachte ich, ich könnte das, was passiert ist, einfach verheimlichen. Dann wurde mir aber klar, dass ich euch alle wohl oder übel einweihen muss, weil ihr sonst ohnehin fragen würdet, was mit dem neuen Rucksack los ist. Nun gut… 😀";
        let b = blocks(&["Menu", opening, P, P, P]);
        assert_eq!(pick(&b), Some(1..=4));
        // A story's paragraph that breaks off mid-sentence, as fiction's do, does not end the
        // story before the paragraphs that follow it.
        let broken = "A pure white empty space that seemed to stretch for all eternity was all that I saw, an expansive blankness that filled my vision, with nothing else in sight—";
        let b = blocks(&["Chapter 1", broken, "Fine.", "Fine?", "Why not.", P, P]);
        assert_eq!(pick(&b), Some(1..=6));
    }
    #[test]
    fn a_story_told_as_a_table_outweighs_a_lone_paragraph() {
        let mut lines = vec!["Race calendar 2018:".to_string()];
        lines.extend((1..=12).map(|i| format!("Round {i}: {i} March – Interlagos circuit")));
        lines.extend(
            [
                "Share this",
                "www.example.com",
                "Share on WhatsApp",
                "Tags",
                "stock car 2018, stock car brasil, stock car cascavel, stock car corrida",
            ]
            .map(String::from),
        );
        lines.push(
            "WARNING: comments that are unintelligible or disrespectful to other readers will not be approved by the moderator."
                .to_string(),
        );
        let texts: Vec<&str> = lines.iter().map(String::as_str).collect();
        let mut b = blocks(&texts);
        for (i, block) in b.iter_mut().enumerate() {
            block.link_density = Some(if (13..18).contains(&i) { 1.0 } else { 0.0 });
        }
        assert_eq!(pick_within(&b, Scope::Page, &[]), Some(0..=12));
        // A paragraph of story length still wins over a list.
        b[18].text = format!(
            "{P} Repairs will take most of next year, and buses will carry the traffic meanwhile. \
             Shops on both banks say they will lose trade, and the mayor has promised help."
        );
        let picked = pick_within(&b, Scope::Page, &[]).expect("a story");
        assert!(*picked.start() > 12 && *picked.end() == 18, "{picked:?}");
    }
    #[test]
    fn a_dumps_story_goes_on_over_a_list_of_its_own() {
        let mut texts = vec![P, P, P, "What to leave out"];
        texts.extend([
            "alcohol in any form at all",
            "sugar in any form, even in sauces",
            "fruit, which is high in carbohydrates",
            "starchy vegetables such as potatoes and corn",
            "pastries and cakes of every kind",
            "bread and other baked goods",
        ]);
        texts.extend([P, P, P]);
        let b = blocks(&texts);
        assert_eq!(pick_within(&b, Scope::Page, &[]), Some(0..=texts.len() - 1));
        // A rail of headlines in the same place is no list of the story's.
        let mut texts = vec![P, P, P, "More from the site"];
        texts.extend([
            "Council Votes To Close The Old Bridge",
            "Mayor Promises Help For Shops On Both Banks",
            "Buses Will Carry The Traffic Next Year",
            "Engineers Find Cracks In Two Supports",
            "Repairs Will Take Most Of Next Year",
            "What The Closure Means For Commuters",
        ]);
        texts.extend([P, P, P]);
        let b = blocks(&texts);
        assert_eq!(pick_within(&b, Scope::Page, &[]), Some(0..=2));
        // Nor is one with figures in it: a rail's headlines and stamps have them too.
        let mut texts = vec![P, P, P, "Read these next"];
        texts.extend([
            "Windows 10 Build 19028 Now Available To Insiders",
            "by Surur on November 19, 2019",
            "Surface Go Bundle Drops To $399 For Black Friday",
            "by Rahul on November 18, 2019",
            "Powerbeats Pro Get A $50 Discount At Amazon",
            "by Anmol on November 18, 2019",
        ]);
        texts.extend([P, P, P]);
        let b = blocks(&texts);
        assert_eq!(pick_within(&b, Scope::Page, &[]), Some(0..=2));
    }
    #[test]
    fn a_rail_of_title_case_teasers_after_a_dumps_story_is_not_its_own() {
        let summary = "Dozens of bushfires are spreading across the state, burning more than two \
                       million acres of forest and farmland and putting the animals that live \
                       there at risk, and firefighters say the worst of the season is still ahead.";
        let mut texts = vec![P, P, P, P];
        texts.extend([
            "Watching This Koala Get Rescued From A Bushfire Is Heart-Wrenching",
            summary,
            "US Senate Unanimously Passes Hong Kong Rights And Democracy Bill",
            summary,
            "Why Movies Went From Fifteen Minutes To Two Hours Long",
            summary,
        ]);
        let b = blocks(&texts);
        assert_eq!(pick_within(&b, Scope::Page, &[]), Some(0..=3));
        // Two sections under headings of their own are still the story's.
        let b = blocks(&texts[..8]);
        assert_eq!(pick_within(&b, Scope::Page, &[]), Some(0..=7));
    }
    #[test]
    fn a_meal_plan_under_a_short_intro_is_the_story() {
        let mut texts = vec![P, P];
        for _ in 0..12 {
            texts.extend([
                "Meal 1",
                "Eat every 2–3 hours",
                "1 scoop protein powder, 1 cup strawberries, 8 oz. unsweetened almond milk and ice blended until smooth",
                "Portion Fix Containers: 1 Purple, 1 Red, 1 tsp.",
            ]);
        }
        texts.push("More recipes");
        let mut b = blocks(&texts);
        for (i, block) in b.iter_mut().enumerate() {
            block.link_density = Some(if i + 1 == texts.len() { 1.0 } else { 0.0 });
        }
        assert_eq!(pick_within(&b, Scope::Page, &[]), Some(0..=texts.len() - 2));
        // Without markup the same lines could be a menu: the prose alone is the story.
        for block in &mut b {
            block.link_density = None;
        }
        assert_eq!(
            pick_within(&b, Scope::Page, &[]).map(|r| *r.start()),
            Some(0)
        );
        assert!(pick_within(&b, Scope::Page, &[]).is_some_and(|r| *r.end() < 10));
    }
    #[test]
    fn short_lines_in_the_storys_container_are_its_own() {
        let mut b = blocks(&[
            P,
            P,
            "June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL",
            "June 10 -- Credit Union Amphitheatre, Tampa, FL",
            "June 14 -- Bank Amphitheatre, Alpharetta, GA",
            "June 17 -- Bridgestone Arena, Nashville, TN",
            "June 19 -- Music Pavilion, Charlotte, NC",
            "More from the site",
        ]);
        for (i, block) in b.iter_mut().enumerate() {
            block.group = Some(if i < 7 { 1 } else { 2 });
            block.link_density = Some(0.0);
        }
        // Prose rating alone stops a few short lines after the last sentence.
        assert_eq!(pick_within(&b, Scope::Page, &[]), Some(0..=4));
        assert_eq!(grow_over_siblings(&b, 0..=4), 0..=6);
        // A line of links in the same container is not the story's.
        b[6].link_density = Some(0.9);
        assert_eq!(grow_over_siblings(&b, 0..=4), 0..=5);
        // A deal post: each product, its shop link, the next product. Links between the
        // list's own lines are part of it; links that only trail it are not.
        let mut deals = blocks(&[
            P,
            "1) Lego Star Wars 75188 Resistance Bomber",
            "http://amzn.to/2iJFhRj",
            "2) Polistil 960574 electric race track",
            "http://amzn.to/2hZfWFJ",
            "Share on Facebook",
        ]);
        for (i, block) in deals.iter_mut().enumerate() {
            block.group = Some(1);
            block.link_density = Some(if [2, 4, 5].contains(&i) { 1.0 } else { 0.0 });
        }
        assert_eq!(grow_over_siblings(&deals, 0..=0), 0..=3);
        // Without markup nothing is known.
        let plain = blocks(&[P, "June 9 -- Tampa, FL"]);
        assert_eq!(grow_over_siblings(&plain, 0..=0), 0..=0);
    }
    #[test]
    fn short_lines_its_own_sentences_close_are_the_containers_story() {
        let mut b = blocks(&[
            P,
            P,
            P,
            "Nutritional value",
            "(serving size 125 g)",
            "Calories 216",
            "Fats 11 g",
            "Serving tips",
            "It goes well with homemade flatbread.",
            "Naan and paratha are served with it too.",
            "Paneer butter masala",
        ]);
        for block in &mut b {
            block.link_density = Some(0.0);
        }
        b[10].link_density = Some(1.0);
        assert_eq!(pick_within(&b, Scope::Container, &[]), Some(0..=9));
        // On a page, nothing says those lines are the story's.
        assert_eq!(pick_within(&b, Scope::Page, &[]), Some(0..=2));
        // One sentence after a footer's labels is as likely a plea as the story's.
        let one: Vec<Block> = b[..9].to_vec();
        assert_eq!(pick_within(&one, Scope::Container, &[]), Some(0..=2));
    }
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
    /// Blocks numbered by line, as the cleaner leaves them: a removed line leaves a gap.
    fn numbered(texts: &[(usize, &str)]) -> Vec<Block> {
        texts
            .iter()
            .map(|&(line, t)| Block::new(t, BlockKind::Paragraph, line))
            .collect()
    }
    const C: &str = "I think the slimmer bezels and the new keyboard are the redesign, they just started it with the larger model and will bring it down the range next year.";
    #[test]
    fn a_longer_discussion_under_the_story_does_not_win() {
        // Line 3 held "167 comments" (removed); a reader's time stamp follows it.
        let mut b = numbered(&[(1, P), (2, P)]);
        for k in 0..6 {
            b.extend(numbered(&[
                (4 + 3 * k, "Woyzeck"),
                (5 + 3 * k, "2 days ago at 07:52 am"),
                (6 + 3 * k, &format!("{C} {P} {P}")),
            ]));
        }
        assert_eq!(pick_within(&b, Scope::Page, &[3]), Some(0..=1));
        // Without the mark the discussion, being longer, would have been taken.
        assert_ne!(pick_within(&b, Scope::Page, &[]), Some(0..=1));
    }
    #[test]
    fn a_comment_counter_is_followed_by_a_discussion_stamped_or_not() {
        // Line 10 held "27 commentaires" (removed); each comment opens with its writer's name.
        let mut b = numbered(&(1..=9).map(|l| (l, P)).collect::<Vec<_>>());
        for k in 0..8 {
            b.extend(numbered(&[
                (11 + 2 * k, "habsb :"),
                (12 + 2 * k, &format!("{C} {P} {P}")),
            ]));
        }
        // In a dump a counter line may stand anywhere: only a stamp says discussion.
        assert_ne!(
            pick_rated(&b, Scope::Page, (&[10], &[10]), rate_all(&b)),
            Some(0..=8)
        );
        for block in &mut b {
            block.link_density = Some(0.0);
        }
        let story = Some(0..=8);
        assert_ne!(pick_within(&b, Scope::Page, &[10]), story);
        let picked = pick_rated(&b, Scope::Page, (&[10], &[10]), rate_all(&b));
        assert_eq!(picked, story);
        // Before a counter in a share bar, a headline and a summary are no story.
        let short = b[7..].to_vec();
        let picked = pick_rated(&short, Scope::Page, (&[10], &[10]), rate_all(&short));
        assert_ne!(picked, Some(0..=1));
    }
    #[test]
    fn a_comments_link_in_a_share_bar_is_no_discussion() {
        // "Comments" (line 3) between the headline and the story, then no time stamps.
        let b = numbered(&[
            (1, "Home Depot sales miss, shares plunge"),
            (2, "Facebook"),
            (4, "Print"),
            (5, P),
            (6, P),
            (7, P),
        ]);
        let picked = pick_within(&b, Scope::Page, &[3]).unwrap();
        assert_eq!(*picked.end(), 5);
    }
    #[test]
    fn a_menu_flattened_into_one_long_line_is_not_prose() {
        let menu = "Home Subscribe Buy Merchandise Contact Us About Us Advertise With Us Subscriber Services Local News Texas Obituaries Traffic Weather History Sports Spurs Rodeo NBA NFL MLB Soccer Colleges Food Restaurants Recipes Bars Drinks Business Energy Automotive Finance Jobs";
        let b = blocks(&[menu, P, P]);
        assert_eq!(pick(&b), Some(1..=2));
    }
    #[test]
    fn unspaced_scripts_are_weighed_by_their_characters() {
        let story = "今日は天気がとても良かったので、家族と一緒に近くの公園まで散歩に出かけて、昼ご飯を食べました。";
        assert!(prose_words(story) >= T.good_words);
        assert_eq!(
            rate(&Block::new(story, BlockKind::Paragraph, 1)).0,
            Rating::Good
        );
        let b = blocks(&[
            "ホーム",
            "お問い合わせ",
            "サイトマップ",
            story,
            story,
            story,
            "関連記事",
            "人気記事",
        ]);
        assert_eq!(pick(&b), Some(3..=5));
    }
    #[test]
    fn a_list_a_sentence_points_at_is_the_storys() {
        let intro = "Apple products are rarely discounted, but some of the best deals we have seen are already live. Check out our picks for the best early deals on Apple devices below.";
        let mut texts = vec![P, intro];
        for product in [
            "Apple AirPods",
            "Apple Watch Series 3",
            "Beats Solo3 Headphones",
        ] {
            texts.extend([
                product,
                "Automatically on, automatically connected",
                "Easy setup for all your Apple devices",
                "GPS",
                "Up to 10 hours of battery life",
            ]);
        }
        let list_end = texts.len() - 1;
        texts.extend(["Home", "About", "Contact", "Privacy", "Terms of Use"]);
        let b = blocks(&texts);
        assert_eq!(pick(&b), Some(0..=list_end));
        // Without the pointer, the feature lines read as a menu: the story is its prose.
        let mut plain = texts.clone();
        plain[1] = "Apple products are rarely discounted, but some of the best deals we have seen are already live, and more will come before the holiday.";
        assert_eq!(pick(&blocks(&plain)), Some(0..=1));
    }
    #[test]
    fn a_bare_link_between_items_of_a_dumps_list_is_the_lists() {
        let b = blocks(&[
            P,
            "Here are the best deals for fans of the eighties on Amazon this week:",
            "1) Lego Star Wars Resistance Bomber",
            "http://amzn.to/2iJFhRj",
            "2) Polistil electric race track",
            "http://amzn.to/2hZfWFJ",
            "3) Back to the Future DeLorean model",
            "http://amzn.to/2hXQPDr",
            "Home",
        ]);
        assert_eq!(pick(&b), Some(0..=6));
        // A link that only trails the list is not the story's.
        assert_eq!(pick(&b[..8]), Some(0..=6));
        // Items the dump marked as such ("8) …") need no introduction.
        let mut b = blocks(&[
            P,
            "Lego Star Wars Resistance Bomber",
            "http://amzn.to/2iJFhRj",
            "Polistil electric race track",
            "http://amzn.to/2hZfWFJ",
        ]);
        for item in [1, 3] {
            b[item].kind = BlockKind::ListItem;
        }
        assert_eq!(pick(&b), Some(0..=3));
    }
    #[test]
    fn a_list_a_sentence_introduces_is_the_storys() {
        let mut texts = vec![P, P, "Here is what changes for drivers from Monday:"];
        let items = [
            "Lorries over ten tonnes take the ring road instead",
            "Buses keep their stops on both banks of the river",
            "Cyclists share the footway on the east side of the bridge",
            "Parking on the approach roads is suspended for now",
            "Deliveries to the market come in before seven in the morning",
            "Taxis may still drop passengers at the bridge's north end",
        ];
        texts.extend(items);
        texts.extend([P, P, "Home", "Sign Up"]);
        // Six unpunctuated lines in a row would break the story in two.
        assert_eq!(pick(&blocks(&texts)), Some(0..=10));
        // At the story's end the list is still its own; the menu under it is not.
        let end: Vec<&str> = texts[..9].iter().copied().chain(["Sign Up"]).collect();
        assert_eq!(pick(&blocks(&end)), Some(0..=8));
        // A label with a colon introduces nothing.
        let label = blocks(&[P, P, "Follow us:", items[0], items[1]]);
        assert_eq!(rate_all(&label)[3].0, Rating::Other);
    }
    #[test]
    fn a_box_of_labels_inside_the_story_does_not_split_it() {
        let mut texts = vec![P; 8];
        texts.extend([
            "Most read in world news",
            "RANDY ANDY",
            "TIME TRAVELLER",
            "EYE POPPING",
            "GET WITH THE PROGRAM",
            "DRIVEN TO SUICIDE",
            "NAIVE AND TRUSTING",
        ]);
        texts.extend(vec![P; 9]);
        assert_eq!(pick(&blocks(&texts)), Some(0..=23));
        // Before a short tail of prose the labels are a menu: the story stops.
        let short: Vec<&str> = texts[..15].iter().copied().chain([P, P]).collect();
        assert_eq!(pick(&blocks(&short)), Some(0..=7));
    }
    #[test]
    fn a_rail_of_headlines_inside_the_story_does_not_split_it() {
        // The story's first part, a "most read" rail of headline teasers, the story again.
        let rail = [
            "Minister abandons ties with charity after weeks of pressure",
            "Families told to expect delays as rail strike enters third day",
            "Harbour authority defends seeking lower fees for ferry operators",
            "Ticket holder in the valley wins the lottery jackpot prize",
            "Storm warning issued for the coast as winds reach record speed",
            "Council confirms new bus routes for the north of the city",
        ];
        let mut texts = vec![P; 5];
        texts.extend(rail);
        texts.extend(vec![P; 7]);
        assert_eq!(pick(&blocks(&texts)), Some(0..=17));
        // Past the rail, teaser cards (a headline, its summary, again) are no story of its own.
        let mut cards: Vec<&str> = vec![P; 6];
        cards.extend(rail);
        for h in rail.iter().take(4) {
            cards.extend([*h, P]);
        }
        assert_eq!(pick(&blocks(&cards)), Some(0..=5));
    }
    #[test]
    fn short_leftover_lines_between_paragraphs_do_not_split_the_story() {
        // A story whose paragraphs a page interleaves with labels and teaser headlines: each
        // short label costs the run less than a headline does.
        let p = "Engineers found cracks in two of the old bridge's supports during a routine check in the spring, and the council voted on Tuesday to close it to heavy traffic until the repairs are done.";
        let texts = [
            p,
            "Advertisement",
            "Story continues",
            p,
            "Man hurt in crash on the ring road dies in hospital",
            p,
            "You may like",
            "Top picks",
            "Related",
            p,
            "Related",
            "Weather warning for the weekend as storms reach the coast",
            p,
            p,
        ];
        assert_eq!(pick(&blocks(&texts)), Some(0..=13));
    }
    #[test]
    fn furniture_left_inside_the_story_does_not_split_it() {
        // A stamp under a label the page-stage rules do not know, or a plea for support,
        // among the headlines a story already spans: costing what a headline does, it made
        // the whole story worth less than a longer run of teaser summaries above it.
        let p = "Engineers found cracks in two of the old bridge's supports during a routine check in the spring, and the council voted on Tuesday to close it to heavy traffic until the repairs are done.";
        let near = "The bridge reopens to cars on Monday.";
        let headline = "Man hurt in crash on the ring road dies in hospital";
        let teaser = "A long teaser summary of another story that runs on for well over fifteen words, as a rail's cards do below the story.";
        for furniture in [
            "January 28, 2025 9:50 / Güncelleme: November 12, 2022 11:29",
            "Unterstütze unsere Arbeit mit einer Spende",
        ] {
            let mut texts = vec![teaser; 13];
            texts.extend([headline; 9]);
            texts.extend([
                p, p, p, p, near, headline, headline, headline, furniture, headline,
            ]);
            texts.extend([p; 8]);
            // Its lead-in may take in some of the headlines above it; never the teasers.
            let picked = pick(&blocks(&texts)).expect("a story");
            assert!(
                (13..=22).contains(picked.start()) && *picked.end() == 39,
                "{furniture}: {picked:?}"
            );
        }
        // After the last long paragraph, the story's short closing line is its own still.
        let texts = [p, p, p, "Erstellt: Aktualisiert:", near];
        assert_eq!(pick(&blocks(&texts)), Some(0..=4));
    }

    #[test]
    fn template_names_mark_the_sites_furniture() {
        assert!(has_template_names(
            "Man charged in death of best friend subitem_timestamp.tpl e subitem_timestamp.tpl"
        ));
        assert!(has_template_names(
            "Jobs Salary Wizard Top Workplaces widgetdataprovider e widgetdataprovider"
        ));
        assert!(has_template_names(
            "Guy Hence says: .comment-author It is a good game, and the team played it well."
        ));
        assert!(!has_template_names(P));
        assert!(!has_template_names(
            "Visit example.com or call the office. Shares rose .5 per cent on Monday."
        ));
        // Such a card above the story is no headline to lead into it.
        let card = "Man bludgeoned in violent robbery identified subitem_timestamp.tpl e subitem_timestamp.tpl";
        let b = blocks(&["Home", "Sign In", card, "Cat found in Santa Fe", P, P, P]);
        assert_eq!(pick(&b), Some(3..=6));
    }
    #[test]
    fn the_densest_run_wins() {
        // Six menu items split the page: the second run has more prose.
        let b = blocks(&[P, "a", "b", "c", "d", "e", "f", P, P, P]);
        assert_eq!(pick(&b), Some(7..=9));
    }
    #[test]
    fn a_leftover_glued_onto_the_storys_last_paragraph_does_not_end_it_early() {
        let glued = format!("{P} Okafor.Lenta.ru");
        let b = blocks(&[
            "Menu",
            P,
            P,
            &glued,
            "Officials did not immediately provide any other details.",
            "Most Popular",
            "Sign in",
        ]);
        assert_eq!(pick(&b), Some(1..=4));
    }
}
