//! Headline, byline and dateline: lifted out of the first blocks of a text dump.

use crate::block::{Block, BlockKind};
use crate::classify::caption::Role;
use crate::rules::byline::names as byline;
use crate::rules::dateline;
use crate::rules::shapes::LEAD_STAMP;
use crate::tidy::word_count;

#[derive(Debug, Default)]
pub struct Meta {
    pub title: Option<String>,
    pub byline: Option<String>,
    /// The input lines of the lifted headline and byline blocks.
    pub title_line: Option<usize>,
    pub byline_line: Option<usize>,
}

/// How far into the blocks a headline or byline may sit.
const HEAD_BLOCKS: usize = 6;

/// Lifts the byline and the headline out of the first blocks. The headline is the
/// headline-shaped block just before the byline, or else the first block if it has that shape.
///
/// Where the page's own metadata gives the headline (`page_title`), that one is kept, and
/// the headline-shaped line goes with a record in `removed` (`head-line`): the headline
/// worded otherwise, a kicker, a slug or a stamp.
pub fn lift(
    blocks: &mut Vec<Block>,
    page_title: bool,
    removed: &mut Vec<crate::removed::Removed>,
) -> Meta {
    let mut meta = Meta::default();
    let head = blocks.len().min(HEAD_BLOCKS);
    let mut title_at = 0;
    let mut over_byline = false;
    if let Some((i, names)) = (0..head).find_map(|i| byline(&blocks[i].text).map(|n| (i, n))) {
        meta.byline = Some(names);
        meta.byline_line = Some(blocks.remove(i).line);
        if i > 0 && is_headline(&blocks[i - 1]) {
            title_at = i - 1;
            over_byline = true;
        }
    }
    // A line over a photo's credit line is its caption ("Crowds in Leeds" over "Pic: PA"),
    // unless the byline stood under it.
    let over_credit = !over_byline
        && blocks.get(title_at + 1).is_some_and(|b| {
            b.link_density.is_none() && !b.caption && crate::rules::credit::is_photo_line(&b.text)
        });
    // Where the page gives the headline, the line lifted here goes: only a line of one
    // sentence is taken ("… immer beliebter. Doch was ist …?" opens the story).
    if blocks.len() > title_at + 1
        && is_headline(&blocks[title_at])
        && !over_credit
        && !(page_title
            && blocks[title_at].kind == BlockKind::Paragraph
            && has_inner_sentence_end(&blocks[title_at].text))
    {
        let b = blocks.remove(title_at);
        if page_title {
            removed.push(crate::removed::Removed::block(
                crate::rules::Reason::Outside,
                "head-line",
                b,
            ));
        } else {
            meta.title = Some(b.text);
            meta.title_line = Some(b.line);
        }
    }
    meta
}

/// A second look at the head once captions and credits are known, for the headline or
/// byline the first look missed: the head window is judged on the blocks a reader sees, as
/// they stand in the text output (headline and byline on top, the body below, captions and
/// credits gone). A byline-shaped line that captions kept out of the window in the first
/// look opens the story as printed: it is the byline, or cleaning the text output again
/// would take it for one and drop it from the paragraphs. `roles` is parallel to `blocks`;
/// lifted blocks go from both; `page` says which of the two the page's own metadata gave.
pub fn second_look(
    blocks: &mut Vec<Block>,
    roles: &mut Vec<Role>,
    meta: &mut Meta,
    page: (bool, bool),
) {
    let has_title = page.0 || meta.title.is_some();
    let has_byline = page.1 || meta.byline.is_some();
    let body = |roles: &[Role]| -> Vec<usize> {
        (0..roles.len())
            .filter(|&i| roles[i] == Role::Body)
            .collect()
    };
    if !has_byline {
        // The printed headline takes one place of the window.
        let window = HEAD_BLOCKS - usize::from(has_title);
        let found = body(roles)
            .into_iter()
            .take(window)
            .find_map(|i| byline(&blocks[i].text).map(|n| (i, n)));
        if let Some((i, names)) = found {
            roles.remove(i);
            meta.byline = Some(names);
            meta.byline_line = Some(blocks.remove(i).line);
        }
    }
    if !has_title {
        let body = body(roles);
        // As printed, a heading is a line of text like any other.
        let as_printed = |b: &Block| -> bool {
            let mut b = b.clone();
            if matches!(b.kind, BlockKind::Heading(_)) {
                b.kind = BlockKind::Paragraph;
            }
            is_headline(&b)
        };
        if body.len() > 1 && as_printed(&blocks[body[0]]) {
            let i = body[0];
            roles.remove(i);
            let b = blocks.remove(i);
            meta.title = Some(b.text);
            meta.title_line = Some(b.line);
        }
    }
}

/// Words that open the story and are not part of it: a date line ("November 19, 2019, 9:02
/// AM"), an author line that repeats the page's byline ("Kevin Johnson and Kevin McCoy USA
/// TODAY"), "Posted on … by Admin". Only short blocks before the first long paragraph.
pub fn drop_stamps_and_credits(
    blocks: &mut Vec<Block>,
    byline: Option<&str>,
    removed: &mut Vec<crate::removed::Removed>,
) {
    let names: Vec<&str> = byline
        .map(|b| {
            b.split([',', '&'])
                .flat_map(|p| p.split(" and "))
                .map(str::trim)
                .filter(|n| n.contains(' '))
                .collect()
        })
        .unwrap_or_default();
    let mut first_long = blocks
        .iter()
        .position(|b| word_count(&b.text) >= 15)
        .unwrap_or(blocks.len());
    let mut i = 0;
    let mut seen = 0;
    while i < first_long.min(blocks.len()) && seen < 4 {
        seen += 1;
        let t = &blocks[i].text;
        let short = word_count(t) <= 12;
        let is_stamp = short && LEAD_STAMP.is_match(t);
        let is_credit = short && names.iter().any(|n| t.contains(n));
        if is_stamp || is_credit {
            let b = blocks.remove(i);
            first_long -= 1;
            if is_stamp {
                removed.push(crate::removed::Removed::block(
                    crate::rules::Reason::Timestamp,
                    "lead-stamp",
                    b,
                ));
            }
            continue;
        }
        i += 1;
    }
    removed.sort_by_key(|r| r.line);
}

/// A dateline cut off the opening of a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dateline {
    /// The dateline as reported: `WASHINGTON (AP)`.
    pub line: String,
    /// What was cut, exactly as the story printed it: `WASHINGTON (AP) — `.
    pub opening: String,
}

/// Cuts the dateline off the opening of the story's first paragraph.
pub fn lift_dateline(first_paragraph: &mut String) -> Option<Dateline> {
    let (line, rest) = dateline::split(first_paragraph)?;
    let cut = first_paragraph.len() - rest.len();
    let opening = first_paragraph[..cut].to_string();
    first_paragraph.replace_range(..cut, "");
    Some(Dateline { line, opening })
}

/// Whether a sentence ends inside `t` and another starts after it: a full stop, a question
/// or an exclamation mark, a space and a capital, outside quotation marks (a headline quotes
/// whole sentences: "'Meth. We're On It,' and Twitter asks").
fn has_inner_sentence_end(t: &str) -> bool {
    let chars: Vec<char> = t.chars().collect();
    let mut open = 0i32;
    let mut straight = false;
    for i in 0..chars.len() {
        let c = chars[i];
        let prev = i.checked_sub(1).map(|p| chars[p]);
        let next = chars.get(i + 1).copied();
        match c {
            '“' | '‘' | '«' | '„' => open += 1,
            '”' | '»' => open -= 1,
            '’' if open > 0 && !next.is_some_and(char::is_alphabetic) => open -= 1,
            '"' => straight = !straight,
            '\'' if prev.is_none_or(char::is_whitespace) => open += 1,
            '\'' if open > 0 && !next.is_some_and(char::is_alphabetic) => open -= 1,
            '.' | '?' | '!'
                if open <= 0
                    && !straight
                    && next == Some(' ')
                    && chars.get(i + 2).is_some_and(|c| c.is_uppercase())
                    // "U.S. Army", "Dr. Who": a short word before the stop ends no sentence.
                    && chars[..i]
                        .iter()
                        .rev()
                        .take_while(|c| !c.is_whitespace())
                        .count()
                        > 3 =>
            {
                return true;
            }
            _ => {}
        }
    }
    false
}

/// A headline: a Markdown `#`, or a short first block with no final full stop.
fn is_headline(block: &Block) -> bool {
    // A caption with its photo's credit glued on is no headline, whatever its stop.
    if block.caption || crate::rules::credit::is_photo_credit(&block.text) {
        return false;
    }
    match block.kind {
        BlockKind::Heading(1) => true,
        BlockKind::Paragraph => {
            let t = block.text.as_str();
            let words = word_count(t);
            (2..=25).contains(&words)
                && !t.ends_with(['.', ':', ',', ';', '…', '"', '”'])
                && t.chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_numeric() || c == '‘' || c == '\'')
                && dateline::split(t).is_none()
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::block::paragraphs as blocks;

    #[test]
    fn where_the_page_gives_the_headline_a_head_line_goes_on_record_and_a_story_opening_stays() {
        let mut b = blocks(&[
            "Smart glasses for remote support",
            "The first paragraph of the story, long enough to be one.",
        ]);
        let mut removed = Vec::new();
        let m = lift(&mut b, true, &mut removed);
        assert!(m.title.is_none());
        assert_eq!(removed.len(), 1);
        assert_eq!(removed[0].rule, "head-line");
        // Two sentences open the story: not a headline's line.
        let opening = "In industry, remote support with smart glasses is ever more popular. But what is it really";
        let mut b = blocks(&[
            opening,
            "The second paragraph of the story, long enough to be one.",
        ]);
        let mut removed = Vec::new();
        lift(&mut b, true, &mut removed);
        assert_eq!(b[0].text, opening);
        assert!(removed.is_empty());
    }

    #[test]
    fn headline_byline_dateline() {
        let mut b = blocks(&[
            "Senate passes budget after all-night session",
            "By JANE DOE and JOHN ROE",
            "WASHINGTON (AP) — The Senate passed the budget.",
            "More.",
        ]);
        let m = lift(&mut b, false, &mut Vec::new());
        assert_eq!(
            m.title.as_deref(),
            Some("Senate passes budget after all-night session")
        );
        assert_eq!(m.byline.as_deref(), Some("JANE DOE and JOHN ROE"));
        let d = lift_dateline(&mut b[0].text).unwrap();
        assert_eq!(d.line, "WASHINGTON (AP)");
        assert_eq!(d.opening, "WASHINGTON (AP) — ");
        assert_eq!(b[0].text, "The Senate passed the budget.");
    }

    #[test]
    fn date_and_author_lines_before_the_story_go() {
        let long = "The council voted on Tuesday to close the old bridge to heavy traffic after engineers found cracks in its supports.";
        let mut b = blocks(&[
            "Associated Press November 19, 2019, 9:02 AM",
            "Kevin Johnson and Kevin McCoy USA TODAY",
            long,
            "Published on Nov 3 the report said more.",
        ]);
        let mut removed = Vec::new();
        drop_stamps_and_credits(&mut b, Some("Kevin Johnson and Kevin McCoy"), &mut removed);
        assert_eq!(b.len(), 2);
        assert_eq!(b[0].text, long);
        assert_eq!(removed.len(), 1);
        assert_eq!(removed[0].rule, "lead-stamp");
    }

    #[test]
    fn a_caption_is_no_headline() {
        // Over its credit line, or with its credit glued on.
        let mut b = blocks(&[
            "Travelers waiting at Hamburg's central station",
            "Foto: Christian Charisius / dpa",
            "More.",
        ]);
        assert!(lift(&mut b, false, &mut Vec::new()).title.is_none());
        let mut b = blocks(&[
            "Crews work beneath the bridge in Baltimore on Tuesday. (Jamal Reed/The Washington Post)",
            "More.",
        ]);
        assert!(lift(&mut b, false, &mut Vec::new()).title.is_none());
        // A headline over the byline stays the headline, whatever follows.
        let mut b = blocks(&[
            "Oil prices jump after pipeline outage",
            "By Rachel Moss",
            "Lena Holt | Bloomberg | Getty Images",
            "More.",
        ]);
        assert_eq!(
            lift(&mut b, false, &mut Vec::new()).title.as_deref(),
            Some("Oil prices jump after pipeline outage")
        );
    }

    #[test]
    fn a_first_sentence_is_not_a_headline() {
        let mut b = blocks(&[
            "The United States on Wednesday carried out strikes.",
            "More.",
        ]);
        assert!(lift(&mut b, false, &mut Vec::new()).title.is_none());
    }
}
