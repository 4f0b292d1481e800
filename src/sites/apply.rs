//! The second pass: a page loses its site's learned furniture before cleaning, each removal
//! reported as `site-template` with the count that convicted it.

use super::TUNING;
use super::table::Furniture;
use super::units::{self, Shape, Unit};
use crate::block::{Block, SiteCount};
use crate::removed::Removed;
use crate::rules::Reason;
use crate::tidy::word_count;

/// The rule id every learned removal carries.
pub const RULE: &str = "site-template";

/// Marks the blocks, and cuts the sentences inside paragraphs, that `site` learned as its
/// furniture. A page whose prose is mostly learned is a copy of a syndicated story (the site
/// printed it on many pages): its prose stays, only its lines go.
///
/// A marked block stays in place until the story's run is picked ([`drop_marked`]): the
/// picker sees the page as it would without the table, so learning can take furniture out of
/// the story, never move where the story is found.
pub(crate) fn mark_learned(blocks: &mut [Block], site: &Furniture) {
    let found = units::pieces_where(blocks, |fp| site.get(fp).is_some());
    let hits: Vec<(&units::Piece, u32)> = found
        .iter()
        .filter_map(|p| {
            let (unit, _, pages) = site.get(p.fingerprint)?;
            (unit == p.unit).then_some((p, pages))
        })
        .collect();
    if hits.is_empty() {
        return;
    }
    // Only learned prose can make the page a syndicated copy: the rest of the page is
    // weighed only then.
    let learned_prose: usize = hits
        .iter()
        .filter(|(p, _)| p.shape == Shape::Prose)
        .map(|(p, _)| word_count(&blocks[p.block].text[p.span.clone()]))
        .sum();
    let copy = learned_prose > 0 && {
        let line_words: usize = units::pieces(blocks)
            .iter()
            .filter(|p| p.unit == Unit::Block && p.shape == Shape::Line)
            .map(|p| word_count(&blocks[p.block].text))
            .sum();
        let prose_words = blocks.iter().map(|b| word_count(&b.text)).sum::<usize>() - line_words;
        prose_words >= TUNING.copy_min_words
            && learned_prose as f64 > TUNING.copy_share * prose_words as f64
    };
    let count = |pages: u32| SiteCount {
        pages,
        of: site.pages,
    };
    let mut cuts: Vec<Vec<(std::ops::Range<usize>, u32)>> = vec![Vec::new(); blocks.len()];
    for (p, pages) in &hits {
        if copy && p.shape == Shape::Prose {
            continue;
        }
        match p.unit {
            Unit::Block => blocks[p.block].learned = Some(count(*pages)),
            Unit::Inline => cuts[p.block].push((p.span.clone(), *pages)),
        }
    }
    for (b, cut) in blocks.iter_mut().zip(cuts) {
        if cut.is_empty() || b.learned.is_some() {
            continue;
        }
        if cut.len() >= units::sentences(&b.text).len() {
            b.learned = Some(count(cut[0].1));
            continue;
        }
        b.learned_cuts = cut
            .into_iter()
            .map(|(span, pages)| (b.text[span].to_string(), count(pages)))
            .collect();
    }
}

/// Drops the marked blocks left in the story's run, and cuts the marked sentences out of the
/// rest (a sentence that cleaning changed is no longer found, and stays).
pub(crate) fn drop_marked(
    blocks: &mut Vec<Block>,
    roles: &mut Vec<crate::classify::caption::Role>,
    removed: &mut Vec<Removed>,
) {
    if blocks
        .iter()
        .all(|b| b.learned.is_none() && b.learned_cuts.is_empty())
    {
        return;
    }
    let mut dropped = Vec::new();
    for b in blocks.iter_mut().filter(|b| b.learned.is_none()) {
        for (sentence, count) in std::mem::take(&mut b.learned_cuts) {
            let Some(at) = b.text.find(&sentence) else {
                continue;
            };
            b.text.replace_range(at..at + sentence.len(), " ");
            b.text = crate::tidy::whitespace(b.text.trim());
            dropped.push(Removed {
                reason: Reason::SiteTemplate,
                rule: RULE,
                text: sentence,
                line: b.line,
                inline: true,
                kept: false,
                site: Some(count),
            });
        }
    }
    let mut keep = blocks.iter().map(|b| b.learned.is_none());
    roles.retain(|_| keep.next().unwrap_or(true));
    blocks.retain_mut(|b| match b.learned {
        Some(count) => {
            dropped.push(Removed {
                reason: Reason::SiteTemplate,
                rule: RULE,
                text: std::mem::take(&mut b.text),
                line: b.line,
                inline: false,
                kept: false,
                site: Some(count),
            });
            false
        }
        None => true,
    });
    removed.extend(dropped);
    removed.sort_by_key(|r| r.line);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sites::{Learner, observe};

    /// Learns from `pages` as one site's text dumps.
    fn learn(pages: &[String]) -> std::sync::Arc<Furniture> {
        let mut l = Learner::default();
        let opts = crate::Options::default();
        for p in pages {
            l.add("site", observe(p.as_bytes(), &opts).unwrap());
        }
        l.table().compile().remove("site").unwrap_or_default()
    }

    /// A different story for every `i`: its words, not only its numbers, differ.
    fn story(i: usize) -> String {
        const PLACES: [&str; 7] = [
            "Arden", "Brook", "Carlow", "Dunmore", "Elmhurst", "Fenwick", "Glenrock",
        ];
        const THINGS: [&str; 5] = ["budget", "bridge", "library", "bus route", "school"];
        const DAYS: [&str; 3] = ["Monday", "Tuesday", "Friday"];
        let (place, thing, day) = (PLACES[i % 7], THINGS[i % 5], DAYS[i % 3]);
        format!(
            "{place} council approves the {thing}\n\n\
             The council of {place} voted on {day} to approve the {thing}, after a debate on {thing}s that ran late into the night in {place}.\n\n\
             Residents of {place} had asked for more money for the {thing}, and the mayor promised to look again at the {thing} on {day}.\n\n\
             Opposition members of the {place} council said the {thing} plan left out the poorer wards and would be too late for the winter.\n\n\
             A final vote on the {thing} is due in {place} next month, when the council meets again after the {day} recess."
        )
    }

    fn cleaned(page: &str, site: &std::sync::Arc<Furniture>) -> crate::Document {
        let opts = crate::Options {
            explain: true,
            furniture: Some(site.clone()),
            ..Default::default()
        };
        crate::clean(page.as_bytes(), &opts).unwrap()
    }

    #[test]
    fn a_line_on_many_pages_no_rule_lists_is_learned_and_removed() {
        let plug = "Tap the bell for Ward Watch alerts";
        let pages: Vec<String> = (0..40)
            .map(|i| {
                let s = story(i);
                if i % 2 == 0 {
                    s.replacen("\n\nResidents", &format!("\n\n{plug}\n\nResidents"), 1)
                } else {
                    s
                }
            })
            .collect();
        let site = learn(&pages);
        assert_eq!(site.units.len(), 1, "{site:?}");
        let doc = cleaned(&pages[0], &site);
        assert!(doc.paragraphs.iter().all(|p| !p.contains("Ward Watch")));
        let r = doc.removed.unwrap();
        let r = r.iter().find(|r| r.rule == RULE).unwrap();
        assert_eq!(r.text, plug);
        assert_eq!(r.site, Some(SiteCount { pages: 20, of: 40 }));
        // Without the table, the line stays: no rule lists it.
        let plain = crate::clean(pages[0].as_bytes(), &Default::default()).unwrap();
        assert!(plain.paragraphs.iter().any(|p| p.contains("Ward Watch")));
    }

    #[test]
    fn a_plug_glued_into_a_paragraph_is_cut_and_the_sentences_around_it_stay() {
        let plug = "Read more local news on our ward pages.";
        let pages: Vec<String> = (0..30)
            .map(|i| story(i).replacen(", and the mayor", &format!(".{plug} The mayor"), 1))
            .collect();
        let site = learn(&pages);
        let doc = cleaned(&pages[3], &site);
        let text = doc.paragraphs.join("\n");
        assert!(!text.contains("ward pages"), "{text}");
        assert!(text.contains("Residents of Dunmore had asked for more money for the bus route."));
        assert!(text.contains("The mayor promised to look again at the bus route on Monday."));
    }

    #[test]
    fn a_syndicated_story_on_many_pages_keeps_its_prose() {
        // The same wire story printed on most of the site's pages (a syndicated copy on every
        // section page): its paragraphs are prose, and a page made of them keeps them.
        let wire = "The central bank raised rates by a quarter point on Wednesday.\n\n\
                    Economists had expected the move after inflation rose for a third month.\n\n\
                    The bank said it would watch prices closely before it acts again.";
        let pages: Vec<String> = (0..20)
            .map(|i| {
                if i < 14 {
                    format!("Markets {i}\n\n{wire}")
                } else {
                    story(i)
                }
            })
            .collect();
        let site = learn(&pages);
        let doc = cleaned(&pages[0], &site);
        assert_eq!(doc.paragraphs.len(), 3, "{:?}", doc.paragraphs);
    }

    #[test]
    fn datelines_series_lines_and_repeated_quotes_are_not_learned() {
        let series = "This story is part of our series on the city's budget.";
        let quote = "\"We will not raise taxes this year,\" the mayor said.";
        let pages: Vec<String> = (0..30)
            .map(|i| {
                let mut s = story(i);
                if i % 3 == 0 {
                    s.push_str(&format!("\n\n{series}"));
                }
                if i % 2 == 0 {
                    s.push_str(&format!("\n\n{quote}"));
                }
                s.replacen(
                    "\n\nThe council",
                    "\n\nLONDON (Reuters) -\n\nThe council",
                    1,
                )
            })
            .collect();
        let site = learn(&pages);
        assert!(site.units.is_empty(), "{site:?}");
    }
}
