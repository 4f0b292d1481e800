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
use regex::Regex;
use std::sync::LazyLock;

/// Words that make a prose block "good" on its own.
const GOOD_WORDS: usize = 15;
/// How many blocks that are not prose may separate two good blocks of one run.
const MAX_GAP: usize = 5;
/// How far a run may grow over the blocks that lead into it (headline, byline, captions) and
/// over the short prose that ends it.
const LEAD_IN: usize = 5;
/// The most words of a caption over its photo's credit line.
const PHOTO_CAPTION_WORDS: usize = 60;
const TAIL: usize = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rating {
    /// Long prose.
    Good,
    /// Short prose: ends like a sentence.
    Near,
    /// Neither: a menu item, a teaser headline, a label.
    Other,
    /// A line a sentence ending with a colon introduced: an item of the story's list.
    Item,
    /// A dump's photo: a credit line, a caption with its credit glued on, the caption over a
    /// credit line. No prose, and it costs a run what any other line does; but inside the
    /// story and after it, a run may be grown over it however long it is.
    Photo,
}

fn ends_like_sentence(t: &str) -> bool {
    t.trim_end_matches(['"', '”', '’', '\'', ')', ']', '」', '』', '）'])
        .ends_with(['.', '!', '?', '…', ':', '。', '！', '？', '：'])
}

/// Words of a block as the picker weighs them. Chinese and Japanese put no spaces between
/// words: there every two ideographs or kana count as one, so a paragraph of them weighs
/// what its translation would instead of a single word.
fn prose_words(text: &str) -> usize {
    let words = word_count(text);
    if text.is_ascii() {
        return words;
    }
    let unspaced = text
        .chars()
        .filter(|&c| matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}'))
        .count();
    words + unspaced / 2
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

/// A teaser card flattened into one line: a Title Case headline run straight into its
/// summary with no space between ("Harvick Fails To Rally In NASCAR FinaleFord v Toyota
/// flopped …", "Is Violence On The Rise?Violence is part of …"). A dump of a page's link
/// cards is full of them; prose never joins a capitalised word to the word before it.
/// `words` is the block's word count.
fn is_glued_teaser(text: &str, words: usize) -> bool {
    let b = text.as_bytes();
    // A whole rail of cards flattened into one block: joins all through it.
    let joins = glued_joins(b);
    if joins >= 4 && joins * 30 >= words {
        return true;
    }
    if joins == 0 {
        return false;
    }
    let scan = b.len().min(160);
    (3..scan.saturating_sub(1)).any(|i| {
        let joined = b[i].is_ascii_uppercase()
            && b[i + 1].is_ascii_lowercase()
            && (b[i - 1] == b'?' || b[i - 1] == b'!' || b[i - 1].is_ascii_lowercase())
            // "FinaleFord", not "McDonald" or "iPhone": a lower-case word ends at the join.
            && b[i - 2].is_ascii_lowercase()
            && b[i - 3].is_ascii_lowercase();
        if !joined || !text.is_char_boundary(i) {
            return false;
        }
        let head = &text[..i];
        word_count(head) >= 4 && capitalised_share(head) >= 0.7
    })
}

/// Distinct places where one link's text runs into the next with no space: a lower-case
/// word into a capital ("AthleteA 24-year-old", "RenovationMayor") or a sentence end into
/// one ("student-athlete.Customers"). Distinct, so a brand name an article repeats
/// ("YouTube") counts once.
fn glued_joins(b: &[u8]) -> usize {
    // Prose has almost no capital straight after a lower-case letter or a full stop: one
    // pass without an early exit (which the compiler vectorises) rules most blocks out.
    let candidates =
        b.iter()
            .zip(b.iter().skip(1))
            .zip(b.iter().skip(2))
            .fold(0u8, |any, ((&w, &x), &y)| {
                let before = x.is_ascii_lowercase() | matches!(x, b'.' | b'?' | b'!');
                any | (u8::from(w.is_ascii_lowercase())
                    & u8::from(before)
                    & u8::from(y.is_ascii_uppercase()))
            });
    if candidates == 0 {
        return 0;
    }
    let mut seen: Vec<&[u8]> = Vec::new();
    for i in 2..b.len().saturating_sub(1) {
        // Most bytes are not capitals: the cheap test first.
        if !b[i].is_ascii_uppercase() {
            continue;
        }
        let next_ok = b[i + 1].is_ascii_lowercase() || b[i + 1] == b' ';
        let word_join = b[i - 2].is_ascii_lowercase() && b[i - 1].is_ascii_lowercase();
        let stop_join = b[i - 2].is_ascii_lowercase() && matches!(b[i - 1], b'.' | b'?' | b'!');
        if next_ok && (word_join || stop_join) {
            let at = &b[i - 2..(i + 2).min(b.len())];
            if !seen.contains(&at) {
                seen.push(at);
            }
        }
    }
    seen.len()
}

/// A teaser card flattened into one block says its headline twice: once as the link, once
/// over the summary ("Company Town Rothman Brecher agency signs … Company Town Rothman
/// Brecher agency signs …"). Prose does not repeat its first five words; a head that repeats
/// itself ("3 years, 3 years, 3 years…") proves nothing.
fn repeats_its_opening(text: &str, words: usize) -> bool {
    const HEAD: usize = 5;
    if words < 2 * HEAD + 2 {
        return false;
    }
    let mut head: Vec<&str> = Vec::with_capacity(HEAD);
    let mut end = 0;
    for (at, w) in crate::text::spaced_words(text).take(HEAD) {
        head.push(w);
        end = at + w.len();
    }
    let distinct = head
        .iter()
        .enumerate()
        .filter(|(i, w)| !head[..*i].contains(w))
        .count();
    distinct >= HEAD - 1
        && memchr::memmem::find(&text.as_bytes()[end..], &text.as_bytes()[..end]).is_some()
}

/// A full date ("November 19, 2019", "Nov. 20, 2019"), optionally with a time of day.
static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        // ASCII word boundaries: the fast engines cannot take Unicode ones on non-ASCII text.
        r"(?i-u:\b)(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-zA-Z]*\.? \d{1,2},? \d{4}(?-u:\b)(,?(?i: at)? \d{1,2}:\d{2} ?[apAP]\.?[mM](?-u:\b))?",
    )
    .expect("date pattern compiles")
});

/// How far into a block a card's stamp stands: after a name or a headline.
const STAMP_REACH: usize = 120;

/// A card, not the story's prose: a reader's comment or a teaser flattened into one block
/// with its stamp ("Jan Smith August 8, 2018 at 7:21 pm Hi, Pamela, …", "Wild's 'GEEK Squad'
/// helping Minnesota November 18, 2019 at 2:01 pm Maybe the …"), or a whole rail of them
/// (three dates or more). Prose gives a date, rarely the minute after a name, and never
/// dates one thing after another.
fn is_dated_card(text: &str, words: usize) -> bool {
    const CARD_WORDS: usize = 12;
    const RAIL_WORDS: usize = 40;
    if words < CARD_WORDS || !text.as_bytes().iter().any(u8::is_ascii_digit) {
        return false;
    }
    let mut head = STAMP_REACH.min(text.len());
    while !text.is_char_boundary(head) {
        head -= 1;
    }
    let stamped = DATE
        .captures(&text[..head])
        .is_some_and(|c| c.get(1).is_some() && c.get(0).is_some_and(|m| m.start() > 0));
    stamped || (words >= RAIL_WORDS && DATE.find_iter(text).nth(2).is_some())
}

/// A teaser card flattened into one block: a headline run into its story's dateline and
/// lede ("… may soon be deemed stateless WASHINGTON: Expressing concern over …", "… in
/// J-K open; attendance 98pc: Govt NEW DELHI: All schools …"). A paragraph opens with its
/// dateline; it never puts a capitalised place and a colon after a lower-case word.
fn is_headline_over_dateline(text: &str) -> bool {
    static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"[a-z,)’'] [A-Z][A-Z.]{2,}(?: [A-Z][A-Z.]+){0,2}: [A-Z]")
            .expect("dateline pattern compiles")
    });
    let mut head = text.len().min(200);
    while !text.is_char_boundary(head) {
        head -= 1;
    }
    DATELINE.is_match(&text[..head])
}

/// The page template's own names left in a block's text: a template file
/// ("subitem_timestamp.tpl"), a widget's data hook ("widgetdataprovider"), a CSS class
/// (".comment-author", ".entry-meta"). A scraper leaves them in the rails, cards and
/// comment threads the template fills, never in the story's paragraphs.
fn has_template_names(text: &str) -> bool {
    static NAMES: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"[a-z]\.tpl\b|\bwidgetdataprovider\b|(?:^| )\.[a-z]+(?:-[a-z]+)+(?: |$)")
            .expect("template names compile")
    });
    let b = text.as_bytes();
    (memchr::memmem::find(b, b".tpl").is_some()
        || memchr::memmem::find(b, b"widgetdataprovider").is_some()
        || memchr::memmem::find(b, b" .").is_some()
        || b.first() == Some(&b'.'))
        && NAMES.is_match(text)
}

/// A summary cut short with a bracketed ellipsis ("… the number of players […]") is an
/// excerpt of another post: blogs print their teasers that way, never a paragraph.
fn is_excerpt(text: &str) -> bool {
    let t = text.trim_end();
    t.ends_with("[…]") || t.ends_with("[...]")
}

/// A block the page's furniture made, whatever its length or punctuation: an excerpt, a
/// dated card, template names.
fn is_card(text: &str, words: usize) -> bool {
    is_excerpt(text) || is_dated_card(text, words) || has_template_names(text)
}

fn rate(b: &Block) -> (Rating, usize) {
    let words = prose_words(&b.text);
    if b.link_density.is_none()
        && (is_glued_teaser(&b.text, words) || (words >= 12 && is_headline_over_dateline(&b.text)))
    {
        return (Rating::Other, words);
    }
    if is_card(&b.text, words) {
        return (Rating::Other, words);
    }
    if repeats_its_opening(&b.text, words) {
        return (Rating::Other, words);
    }
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
    } else if b.link_density.is_none() && crate::rules::credit::is_photo_credit(&b.text) {
        Rating::Photo
    } else {
        Rating::Other
    };
    (rating, words)
}

/// Items a sentence that ends with a colon may introduce at most.
const MAX_ITEMS: usize = 40;

/// Every block rated, each in the context of the block before it: a sentence that ends with
/// a colon ("Here's what's different in my life now:") introduces the lines under it, and
/// those lines are the story's own however they end ("My books deliver income to me every
/// single month"). Rated alone they read as a menu, and a list of six would break the story.
/// A label with a colon ("Tags:", "Read more:") has too few words to introduce anything.
fn rate_all(blocks: &[Block]) -> Vec<(Rating, usize)> {
    let mut rated: Vec<(Rating, usize)> = blocks.iter().map(rate).collect();
    // The caption over a photo's credit line ("Pic: PA") is the photo's, if it is no prose.
    for i in 1..rated.len() {
        // (The credit-line reading, the costly test, last.)
        if rated[i - 1].0 == Rating::Other
            && blocks[i].link_density.is_none()
            && blocks[i - 1].link_density.is_none()
            && word_count(&blocks[i - 1].text) <= PHOTO_CAPTION_WORDS
            && crate::rules::credit::is_photo_line(&blocks[i].text)
        {
            rated[i - 1].0 = Rating::Photo;
        }
    }
    let mut i = 0;
    while i < rated.len() {
        let prose = rated[i].0 != Rating::Other && word_count(&blocks[i].text) >= 3;
        let colon = prose && blocks[i].text.trim_end().ends_with([':', '：']);
        let points = rated[i].0 == Rating::Good && !colon && points_below(&blocks[i].text);
        i += 1;
        if colon {
            // A menu item ("Sign Up", "Twitter") is no item of the story's: the list ends there.
            let mut items = 0;
            let item = |i: usize, rated: &[(Rating, usize)]| {
                rated.get(i).is_some_and(|r| r.0 == Rating::Other)
                    && word_count(&blocks[i].text) >= 3
            };
            // A bare link between two items is the first one's shop or source link.
            while items < MAX_ITEMS
                && (item(i, &rated) || (is_bare_link(blocks.get(i)) && item(i + 1, &rated)))
            {
                rated[i].0 = Rating::Item;
                i += 1;
                items += 1;
            }
        } else if points {
            i = mark_pointed_list(blocks, &mut rated, i);
        }
    }
    mark_teaser_rails(blocks, &mut rated);
    rated
}

/// Lines a list a sentence points at may have at most, and short labels in a row that end
/// it (a menu).
const MAX_POINTED_ITEMS: usize = 100;
const MENU_LABELS: usize = 4;
const LABEL_WORDS: usize = 2;

/// Whether a block's last sentence points at what follows it: a pointer ending the sentence
/// or followed by a word that keeps it an adverb.
fn points_below(text: &str) -> bool {
    use crate::rules::words::{AFTER_POINTER, POINTERS_BELOW};
    let last = text
        .trim_end()
        .trim_end_matches(['.', '!', ':'])
        .rsplit(['.', '!', '?'])
        .next()
        .unwrap_or_default()
        .to_lowercase();
    POINTERS_BELOW.iter().any(|p| {
        last.match_indices(p).any(|(at, _)| {
            let rest = &last[at + p.len()..];
            let starts_word = !last[..at]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric);
            let next = rest.split_whitespace().next().unwrap_or_default();
            starts_word
                && !rest.starts_with(char::is_alphanumeric)
                && (next.is_empty()
                    || next.starts_with([',', ';', ':', '('])
                    || AFTER_POINTER.contains(&next.trim_end_matches([',', ';', ':'])))
        })
    })
}

/// The list a sentence points at ("… our picks below."), from block `from`: a product's
/// name over its features, a team and its record, however short or capitalised each line.
/// It ends at prose (the story goes on, or something else begins), at a run of short labels
/// (a menu), or after `MAX_POINTED_ITEMS` lines. Returns where it ended.
fn mark_pointed_list(blocks: &[Block], rated: &mut [(Rating, usize)], from: usize) -> usize {
    let mut end = from;
    let mut labels = 0;
    while end < rated.len() && end - from < MAX_POINTED_ITEMS && rated[end].0 != Rating::Good {
        if blocks[end].link_density.is_some_and(|d| d > 0.5) {
            break;
        }
        labels = if word_count(&blocks[end].text) <= LABEL_WORDS {
            labels + 1
        } else {
            0
        };
        if labels >= MENU_LABELS {
            end -= MENU_LABELS - 1;
            break;
        }
        end += 1;
    }
    for r in &mut rated[from..end] {
        if r.0 == Rating::Other {
            r.0 = Rating::Item;
        }
    }
    end
}

/// Headline and summary pairs in a row that make a rail of teasers.
const RAIL_PAIRS: usize = 3;

/// A dump's rail of teasers, each a Title Case headline over a one-line summary in sentence
/// case ("Watching This Koala Get Rescued From A Bushfire Is Heart-Wrenching" / "Dozens of
/// bushfires are spreading …"), three pairs or more in a row: its summaries read as prose,
/// and the rail would pass for the story's continuation. A story's sections have headings
/// too, but rarely a single short paragraph under each of three in a row. Markup tells
/// links from text, so blocks from HTML are left alone.
fn mark_teaser_rails(blocks: &[Block], rated: &mut [(Rating, usize)]) {
    let headline = |b: &Block| {
        let words = word_count(&b.text);
        b.link_density.is_none() && (4..=20).contains(&words) && capitalised_share(&b.text) >= 0.8
    };
    let summary = |b: &Block, r: Rating| {
        b.link_density.is_none()
            && matches!(r, Rating::Good | Rating::Near)
            && word_count(&b.text) <= 60
            && capitalised_share(&b.text) < 0.5
    };
    let pair: Vec<bool> = (0..blocks.len())
        .map(|i| {
            i + 1 < blocks.len() && headline(&blocks[i]) && summary(&blocks[i + 1], rated[i + 1].0)
        })
        .collect();
    let mut i = 0;
    while i < blocks.len() {
        let mut pairs = 0;
        while pair.get(i + 2 * pairs) == Some(&true) {
            pairs += 1;
        }
        if pairs >= RAIL_PAIRS {
            for r in &mut rated[i..i + 2 * pairs] {
                r.0 = Rating::Other;
            }
            i += 2 * pairs;
        } else {
            i += 1;
        }
    }
}

/// What a block that is not prose costs a run that spans it, in words: enough that a list
/// of teasers (a headline, then a summary, again and again) loses to the article's unbroken
/// paragraphs, small enough that a sub-heading or a caption inside the article does not
/// split it.
const OTHER_COST: isize = 25;
/// What a short label alone costs (a "Related" or "Advertisement" line, a sub-heading of two
/// words): a story's paragraphs around it outweigh it however many such lines a page leaves
/// between them, while a teaser's headline still costs a headline's worth.
const LABEL_COST: isize = 10;
const SHORT_LABEL_WORDS: usize = WIDGET_WORDS;

/// The range of blocks that make up the story, or `None` when there is no prose at all.
///
/// The best run is the maximum-sum span (Kadane) over block values: words of prose for
/// prose, `-OTHER_COST` for anything else, and a hard break after more than `MAX_GAP`
/// non-prose blocks in a row.
pub fn pick(blocks: &[Block]) -> Option<std::ops::RangeInclusive<usize>> {
    pick_within(blocks, Scope::Page, &[])
}

/// Short labels in a row a story may span when a story's length of prose goes on after
/// them, and how long each may be.
const WIDGET_GAP: usize = 12;
const WIDGET_WORDS: usize = 5;
const STORY_AFTER_WIDGET: usize = 150;
/// A rail of headlines ("Most read" over six teaser titles) a story may span, in lines and
/// words a line, and the words of prose the story must go on with after it.
const RAIL_GAP: usize = 8;
const RAIL_WORDS: usize = 20;
const STORY_AFTER_RAIL: usize = 100;

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
    let labels = gap.len() <= WIDGET_GAP
        && gap
            .iter()
            .all(|r| r.0 != Rating::Other || r.1 <= WIDGET_WORDS);
    let rail = gap.len() <= RAIL_GAP
        && gap
            .iter()
            .all(|r| matches!(r.0, Rating::Other | Rating::Photo) && r.1 <= RAIL_WORDS);
    let need = if labels {
        STORY_AFTER_WIDGET.max(gap.len() * OTHER_COST as usize)
    } else if rail
        && side
            .iter()
            .take(2)
            .all(|r| !matches!(r.0, Rating::Other | Rating::Photo))
    {
        // Past a rail, a story goes on paragraph after paragraph; teaser cards alternate a
        // headline with its summary.
        STORY_AFTER_RAIL
    } else {
        return None;
    };
    let (first, last, _) = best_run(side, max_gap, false)?;
    let prose: usize = side[..=last]
        .iter()
        .filter(|r| !matches!(r.0, Rating::Other | Rating::Photo))
        .map(|r| r.1)
        .sum();
    (first == 0 && prose >= need).then_some(last)
}

/// Lines a list inside a story may have at most, and words of prose the story must go on
/// with after it.
const LIST_GAP: usize = 40;
const STORY_AFTER_LIST: isize = 60;

/// A dump's line that reads as an item of the story's own list, not a menu's or a rail's:
/// in sentence case ("Automatically on, automatically connected", "алкоголь в любом виде").
/// Menu labels and English headlines are capitalised words. Figures prove nothing: a rail's
/// bylines and dates have them too ("by Surur on November 19, 2019"). A card flattened into
/// a line (a teaser glued to its summary, an excerpt) is no item.
fn is_list_line(b: &Block) -> bool {
    let words = prose_words(&b.text);
    b.link_density.is_none()
        && !is_card(&b.text, words)
        && !is_glued_teaser(&b.text, words)
        && !repeats_its_opening(&b.text, words)
        && capitalised_share(&b.text) < 0.5
}

/// A gap a dump's story may span: lines of a list of its own, not too many of them. Markup
/// tells a list from a menu better, so blocks from HTML never qualify.
fn spans_list(blocks: &[Block], gap: &[(Rating, usize)]) -> bool {
    gap.len() <= LIST_GAP
        && blocks
            .iter()
            .zip(gap)
            .all(|(b, r)| is_list_line(b) || (r.0 == Rating::Item && b.link_density.is_none()))
}

/// How soon after a comments heading a reader's time stamp must come for a discussion.
const DISCUSSION_REACH: usize = 6;

/// Words of prose a run before a comments section needs to be preferred to a longer run in
/// it: a story, not a dek or a teaser.
const STORY_BEFORE_COMMENTS: isize = 40;

/// How many times the words of a story's prose a run of short lines must hold to be taken
/// as the story instead (a meal plan under a short intro).
const LIST_OUTWEIGHS: isize = 4;

/// Where the blocks come from, which sets how much non-prose a run may span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// A whole page or dump: menus and teasers are likely, runs break easily.
    Page,
    /// A container the markup names as the story: lists and tables inside it are the
    /// story's own, so runs span long stretches of short lines.
    Container,
}

/// As [`pick`], for blocks from the given scope. `comment_marks` are the lines where
/// removed comment headings and counters stood ("167 comments", "Top Rated Comments").
///
/// Readers' comments are prose too, and a discussion often runs longer than the story above
/// it: when the best run starts after a comment mark and the blocks before that mark hold a
/// run of story length, that run is the story.
pub fn pick_within(
    blocks: &[Block],
    scope: Scope,
    comment_marks: &[usize],
) -> Option<std::ops::RangeInclusive<usize>> {
    let (max_gap, bridge_words) = match scope {
        Scope::Page => (MAX_GAP, 4),
        Scope::Container => (4 * MAX_GAP, 12),
    };
    let rated = rate_all(blocks);
    let strict = best_run(&rated, max_gap, false);
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
    let best = match strict {
        Some(s) if s.2 >= STORY_BEFORE_COMMENTS => match lenient() {
            Some(l) if markup && l.2 > LIST_OUTWEIGHS * s.2 => l,
            _ => s,
        },
        _ => match (strict, lenient()) {
            (Some(s), Some(l)) if l.2 >= STORY_BEFORE_COMMENTS && l.2 > 2 * s.2 => l,
            (None, Some(l)) if l.2 >= STORY_BEFORE_COMMENTS => l,
            (s, _) => s?,
        },
    };
    // Where the discussion the best run sits in or runs into begins: the last comment mark
    // before the run's end that a reader's time stamp soon follows ("2 days ago at 07:52 am"). A bare "Comments" link
    // in a share bar under the headline is followed by no such thing.
    let comments_from = comment_marks
        .iter()
        .filter(|&&m| m < blocks[best.1].line)
        .map(|&m| blocks.partition_point(|b| b.line < m))
        .filter(|&cut| {
            blocks[cut..]
                .iter()
                .take(DISCUSSION_REACH)
                .any(|b| crate::rules::discussion::is_comment_stamp(&b.text))
        })
        .max();
    let (best, limit) = match comments_from {
        Some(cut) => match best_run(&rated[..cut], max_gap, false) {
            Some(before) if before.2 >= STORY_BEFORE_COMMENTS => (before, cut),
            _ => (best, blocks.len()),
        },
        None => (best, blocks.len()),
    };
    let blocks = &blocks[..limit];
    let rated = &rated[..limit];
    let (mut start, mut end, _) = best;
    // The densest span may have stopped at a caption, a credit or a short label inside the
    // article: grow it over such small gaps to the next long paragraph, either way.
    // A photo is bridged too, going forward; going back only inside the story: above the
    // story's first paragraph it stands between a dek (or an author's bio) and the story.
    let bridgeable_after = |i: usize| rated[i].0 != Rating::Other || rated[i].1 <= bridge_words;
    let bridgeable = |i: usize| {
        !matches!(rated[i].0, Rating::Other | Rating::Photo) || rated[i].1 <= bridge_words
    };
    let inside = |g: usize, gap: std::ops::Range<usize>| {
        !gap.clone()
            .any(|i| crate::classify::meta::is_byline(&blocks[i].text))
            && (g.saturating_sub(max_gap + 1)..g).any(|i| rated[i].0 == Rating::Good)
    };
    loop {
        let gap = (0..start)
            .rev()
            .take_while(|&i| rated[i].0 != Rating::Good)
            .count();
        let next = start.checked_sub(gap + 1);
        match next {
            Some(g) if gap <= max_gap && (g + 1..start).all(bridgeable) => start = g,
            Some(g)
                if gap <= max_gap
                    && (g + 1..start).all(bridgeable_after)
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
    loop {
        let gap = (end + 1..blocks.len())
            .take_while(|&i| rated[i].0 != Rating::Good)
            .count();
        let next = end + gap + 1;
        if next < blocks.len() && gap <= max_gap && (end + 1..next).all(bridgeable_after) {
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
            && score >= STORY_AFTER_LIST
        {
            // The story's own list (a product's features, results, what not to eat) with
            // the story going on after it.
            end = next + last;
        } else {
            break;
        }
    }
    // Lead-in: headline, byline, dateline, captions and their credits sit just before the
    // first long paragraph; short prose and captions trail the last.
    let mut grown = 0;
    while start > 0 && grown < LEAD_IN {
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
    grown = 0;
    // A list the story's last sentence introduces is the story's, however long. A bare link
    // between two of its lines is the item's shop or source link (a deal post's "product,
    // link, product").
    let own = |i: usize, grown: usize| {
        rated.get(i).is_some_and(|r| r.0 != Rating::Other)
            && (grown < TAIL || rated[i].0 == Rating::Item)
    };
    loop {
        if own(end + 1, grown) {
            end += 1;
        } else if is_bare_link(blocks.get(end + 1)) && own(end + 2, grown) {
            end += 2;
        } else {
            break;
        }
        grown += 1;
    }
    Some(start..=end)
}

/// How close the best run of prose outside the story's blocks `story` comes to the story:
/// its score over the story's words (0.0 when there is none). For the quality judgement,
/// which asks whether it reaches `share`. Only the blocks outside are rated again, and only
/// on a side whose words could reach `share` of the story's (a run scores at most its
/// words): for a side that cannot, its words' share is given, which is below `share`.
pub fn runner_up(blocks: &[Block], story: &std::ops::RangeInclusive<usize>, share: f64) -> f64 {
    let words = |b: &[Block]| b.iter().map(|b| prose_words(&b.text)).sum::<usize>();
    let own = words(&blocks[story.clone()]).max(1) as f64;
    let side = |b: &[Block]| {
        let most = words(b) as f64 / own;
        if most < share {
            return most;
        }
        let run = best_run(&rate_all(b), MAX_GAP, false).map_or(0, |r| r.2.max(0));
        run as f64 / own
    };
    let before = side(&blocks[..*story.start()]);
    let after = side(&blocks[(story.end() + 1).min(blocks.len())..]);
    before.max(after)
}

/// A dump's line that is one web address and nothing else.
fn is_bare_link(b: Option<&Block>) -> bool {
    b.is_some_and(|b| {
        let t = b.text.trim();
        b.link_density.is_none()
            && (t.starts_with("http://") || t.starts_with("https://"))
            && !t.contains(char::is_whitespace)
    })
}

/// Where the markup tells (HTML), the lines that follow the story's last block in the same
/// container, without links, are the story's own however short: a tour's dates, a table of
/// results, a list of ingredients set as bare lines. Prose rating alone reads them as a menu.
pub fn grow_over_siblings(
    blocks: &[Block],
    range: std::ops::RangeInclusive<usize>,
) -> std::ops::RangeInclusive<usize> {
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
fn best_run(
    rated: &[(Rating, usize)],
    max_gap: usize,
    short_lines: bool,
) -> Option<(usize, usize, isize)> {
    let mut best: Option<(usize, usize, isize)> = None;
    let mut run: Option<(usize, isize)> = None; // (start, score so far)
    let mut others_in_a_row = 0;
    let ends = |r: Rating| r == Rating::Good || (short_lines && r == Rating::Near);
    for (i, &(rating, words)) in rated.iter().enumerate() {
        let value = match rating {
            Rating::Good | Rating::Near | Rating::Item => {
                others_in_a_row = 0;
                words as isize
            }
            Rating::Other | Rating::Photo => {
                others_in_a_row += 1;
                if words <= SHORT_LABEL_WORDS {
                    -LABEL_COST
                } else {
                    -OTHER_COST
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

/// What the lead-in brought along and metadata did not take: in a text dump, the short
/// lines before the story's first prose that are neither prose nor a caption (a headline
/// the byline finder did not pair, a kicker, a "most read" list, an author's job title).
/// The story's text starts at its prose. A line that reads as a sentence that lost its full
/// stop (long, in sentence case) is a lede and stays. Markup tells these apart better, so
/// blocks from HTML are left alone.
pub fn drop_lead_in_labels(blocks: &mut Vec<Block>, removed: &mut Vec<crate::document::Removed>) {
    // More than a lead-in's worth of such lines: no story was found to start anywhere.
    let Some(first_prose) = blocks
        .iter()
        .take(LEAD_IN + MAX_GAP + 1)
        .position(|b| !matches!(rate(b).0, Rating::Other | Rating::Photo))
    else {
        return;
    };
    if first_prose == 0 || blocks[0].link_density.is_some() {
        return;
    }
    // Captions and their credits stand before the story too, and are kept as captions.
    let roles = crate::classify::caption::assign(blocks);
    let label = |b: &Block, role: &crate::classify::caption::Role| {
        let words = word_count(&b.text);
        b.link_density.is_none()
            && !b.caption
            && *role == crate::classify::caption::Role::Body
            && !(words >= LEDE_WORDS && capitalised_share(&b.text) < 0.5)
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
            removed.push(crate::document::Removed::block(
                crate::rules::Reason::Outside,
                "lead-in-label",
                b,
            ));
        } else {
            i += 1;
        }
    }
    removed.sort_by_key(|r| r.line);
}

/// Words from which an unpunctuated line in sentence case reads as prose, not a headline.
const LEDE_WORDS: usize = 12;

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
    words <= 80
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
    // A card above the story is the site's rail, not its headline or byline.
    if is_card(&b.text, prose_words(&b.text)) {
        return false;
    }
    // A headline, byline or caption line has a few words; a menu item has one or two.
    (3..=30).contains(&words) || crate::classify::meta::is_byline(&b.text)
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::block::paragraphs as blocks;

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
    fn glued_teaser_cards_are_not_prose() {
        let teaser = |t: &str| is_glued_teaser(t, word_count(t));
        assert!(teaser(
            "Harvick Fails To Rally Overmatched Ford In NASCAR FinaleFord v Toyota flopped for the blue oval at the track."
        ));
        assert!(teaser(
            "Is Violence In Sports On The Rise?Violence is part of the game in many sports."
        ));
        assert!(teaser(
            "News Latest Headlines Police: 2 In Custody After Death Of Student-AthleteA 24-year-old woman was arrested.Customers Leave Without Paying BillA party of six left without paying.Michigan To Mail Panel ApplicationsThe state will mail applications.DNR Seeks Tips About ElkOfficers are seeking information."
        ));
        // Brand names and sentence-case prose are not joins.
        assert!(!teaser(
            "Sony said on Tuesday its PlayStation sales rose by a third in the quarter to March."
        ));
        assert!(!teaser(
            "The McDonald family watched the YouTube video of the parade on their iPhone."
        ));
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
    fn unspaced_scripts_are_weighed_by_their_characters() {
        let story = "今日は天気がとても良かったので、家族と一緒に近くの公園まで散歩に出かけて、昼ご飯を食べました。";
        assert!(prose_words(story) >= GOOD_WORDS);
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
    fn only_a_pointer_at_a_sentences_edge_points() {
        assert!(points_below(
            "Check out our picks for the best early deals below."
        ));
        assert!(points_below(
            "Turkey drew Iceland. Below are all the teams that qualified."
        ));
        assert!(points_below(
            "All that and more is below in the latest roundup."
        ));
        assert!(points_below("Les résultats sont ci-dessous."));
        // A preposition places something else.
        assert!(!points_below(
            "The caption below the photograph was corrected on Monday."
        ));
        assert!(!points_below("Prices fell below expectations."));
        // An earlier sentence's pointer has been followed already.
        assert!(!points_below(
            "See the list below. You can change your selection at any time."
        ));
        assert!(!points_below("The team is following the plan."));
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

    #[test]
    fn a_card_that_repeats_its_headline_is_a_teaser() {
        let card = "City Hall Council approves the new budget after a long night City Hall Council approves the new budget after a long night of talks on Tuesday.";
        assert!(repeats_its_opening(card, word_count(card)));
        assert_eq!(
            rate(&Block::new(card, BlockKind::Paragraph, 1)).0,
            Rating::Other
        );
        assert!(!repeats_its_opening(P, word_count(P)));
        let chant = "“Three years, three years, three years…” Nobody here argues, and “three years, three years, three years…” is all you hear.";
        assert!(!repeats_its_opening(chant, word_count(chant)));
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
    fn dated_cards_and_excerpts_are_not_prose() {
        let card = |t: &str| is_dated_card(t, word_count(t));
        assert!(card(
            "Jan Smith August 8, 2018 at 7:21 pm Hi, Pamela, I am a guy in his seventies who has read every one of your articles."
        ));
        assert!(card(
            "Wild's geek squad helping Minnesota fix problems November 18, 2019 at 2:01 pm Maybe the team has found its answer."
        ));
        let rail = format!(
            "More from the Examiner {P} Jane Roe Wednesday November 20, 2019 {P} John Doe Tuesday November 19, 2019 {P} Ann Lee Monday Nov. 18, 2019 {P}"
        );
        assert!(card(&rail));
        // The story's own dates, with or without the hour, are prose.
        assert!(!card(
            "The council voted on November 18, 2019 to close the bridge, and again on December 2, 2019 to keep it closed."
        ));
        assert!(!card(
            "The bridge closed on November 18, 2019 at 2 pm, hours after engineers found cracks in two of its supports."
        ));
        assert!(is_excerpt(
            "Bonuses of May I haven't written anything for a long time in the author's […]"
        ));
        assert_eq!(
            rate(&Block::new(format!("{P} […]"), BlockKind::Paragraph, 1)).0,
            Rating::Other
        );
        assert!(!is_excerpt(P));
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
    fn a_headline_run_into_a_dateline_is_a_card() {
        let card = "New president accepts invitation to visit Pakistan COLOMBO: Newly elected President Rajapaksa has accepted an invitation to visit.";
        assert!(is_headline_over_dateline(card));
        assert_eq!(
            rate(&Block::new(card, BlockKind::Paragraph, 1)).0,
            Rating::Other
        );
        assert!(is_headline_over_dateline(
            "Schools in the valley open; attendance 98pc: Govt NEW DELHI: All schools are now open, the ministry said on Wednesday."
        ));
        // A lede opens with its dateline; a colon after a capital in prose introduces a quote.
        assert!(!is_headline_over_dateline(
            "NEW DELHI: All schools and colleges are now open, the ministry said on Wednesday."
        ));
        assert!(!is_headline_over_dateline(P));
        assert!(!is_headline_over_dateline(
            "The minister told reporters from the BBC: “We will reopen the bridge in June.”"
        ));
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
}
