//! What each block is to the story picker, from its length, punctuation and shape alone
//! (and its link density, where markup gives one): long prose, short prose, an item of the
//! story's own list, a photo's line, or something else (a card, a teaser, a menu item, a
//! label).

use std::sync::LazyLock;

use super::tuning::TUNING as T;
use crate::block::{Block, BlockKind};
use crate::rules::shapes::{CARD_DATE, HEADLINE_OVER_DATELINE, TEMPLATE_NAMES};
use crate::tidy::word_count;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Rating {
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
    /// A line that is no prose and that the story's last look takes out as furniture by its
    /// words alone ([`mark_asides`]). It is read as [`Rating::Other`] everywhere but one: a
    /// run spanning it does not count it toward the gap it may span.
    Aside,
}

impl Rating {
    /// Neither prose nor an item: [`Rating::Other`] or [`Rating::Aside`].
    pub(super) fn is_other(self) -> bool {
        matches!(self, Rating::Other | Rating::Aside)
    }
}

/// Pictographs a writer closes a sentence with (an emoji, a heart, a dingbat): set aside
/// before the sentence's end is looked for.
const CLOSING_PICTOGRAPHS: [std::ops::RangeInclusive<char>; 4] = [
    '\u{1F000}'..='\u{1FAFF}',
    '\u{2600}'..='\u{27BF}',
    '\u{FE00}'..='\u{FE0F}',
    '\u{200D}'..='\u{200D}',
];

/// Dashes that end a sentence broken off mid-word ("nothing else in sight—"), when glued to
/// the word before them.
const BREAK_OFF_DASHES: [char; 2] = ['—', '–'];

/// A line of four words or more that ends like a sentence: a writer's own sentence, where
/// markup rates every short link-free line as short prose.
pub(super) fn is_sentence(t: &str) -> bool {
    ends_like_sentence(t) && word_count(t) >= 4
}

fn ends_like_sentence(t: &str) -> bool {
    let t = t.trim_end_matches(|c: char| {
        c.is_whitespace() || CLOSING_PICTOGRAPHS.iter().any(|r| r.contains(&c))
    });
    let t = t.trim_end_matches(['"', '”', '’', '\'', ')', ']', '」', '』', '）']);
    t.ends_with(['.', '!', '?', '…', ':', '。', '！', '？', '：'])
        || t.strip_suffix(BREAK_OFF_DASHES)
            .and_then(|head| head.chars().next_back())
            .is_some_and(char::is_alphabetic)
}

/// Whether a paragraph ends like a sentence once a short unpunctuated tail glued after its
/// last sentence is set aside ("… engaged each other. Okafor.Lenta.ru", "… in this
/// stage.Read more"): a leftover glued onto a paragraph does not make it something else.
/// The sentences before the tail must be long prose on their own, and the tail at most
/// [`Tuning::glued_tail_words`](super::tuning::Tuning::glued_tail_words) words.
fn ends_like_sentence_but_a_tail(t: &str) -> bool {
    let b = t.as_bytes();
    // The last sentence end: a stop followed by a space, or glued to a capital.
    let Some(end) = (1..b.len().saturating_sub(1)).rev().find(|&i| {
        matches!(b[i], b'.' | b'!' | b'?')
            && (b[i + 1] == b' ' || b[i + 1].is_ascii_uppercase())
            && b[i - 1].is_ascii_alphanumeric()
    }) else {
        return false;
    };
    let (head, tail) = t.split_at(end + 1);
    // A summary cut short ("… or create a…READ MORE") is a teaser's excerpt, not a tail.
    let cut_short = tail.contains('…') || tail.contains("...");
    !cut_short
        && (1..=T.glued_tail_words).contains(&word_count(tail))
        && prose_words(head) >= T.good_words
}

/// Words of a block as the picker weighs them. Chinese and Japanese put no spaces between
/// words: there every two ideographs or kana count as one, so a paragraph of them weighs
/// what its translation would instead of a single word.
pub(super) fn prose_words(text: &str) -> usize {
    let words = word_count(text);
    // Every character counted below is three bytes long and led by 0xE3 to 0xE9: a text with
    // no such byte (ASCII, or Latin and Cyrillic with curly quotes) has none.
    if crate::tidy::count_bytes(text.as_bytes(), |b| (0xE3..=0xE9).contains(&b)) == 0 {
        return words;
    }
    let unspaced = text
        .chars()
        .filter(|&c| matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}'))
        .count();
    words + unspaced / 2
}

/// The share of words that start with a capital letter.
pub(super) fn capitalised_share(text: &str) -> f32 {
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
    for (at, w) in crate::tidy::spaced_words(text).take(HEAD) {
        head.push(w);
        end = at + w.len();
    }
    let distinct = head
        .iter()
        .enumerate()
        .filter(|(i, w)| !head[..*i].contains(w))
        .count();
    if distinct < HEAD - 1 {
        return false;
    }
    // Up to 32 bytes of the head are searched for without building a searcher (whose build
    // costs more than the search through a paragraph): a longer head is searched for whole
    // only where its first 32 bytes recur.
    let mut probe = end.min(32);
    while !text.is_char_boundary(probe) {
        probe -= 1;
    }
    text[end..].contains(&text[..probe])
        && (probe == end
            || memchr::memmem::find(&text.as_bytes()[end..], &text.as_bytes()[..end]).is_some())
}

/// A card, not the story's prose: a reader's comment or a teaser flattened into one block
/// with its stamp ("Jan Smith August 8, 2018 at 7:21 pm Hi, Pamela, …", "Wild's 'GEEK Squad'
/// helping Minnesota November 18, 2019 at 2:01 pm Maybe the …"), or a whole rail of them
/// (three dates or more). Prose gives a date, rarely the minute after a name, and never
/// dates one thing after another.
fn is_dated_card(text: &str, words: usize) -> bool {
    if words < T.dated_card_words || !text.as_bytes().iter().any(u8::is_ascii_digit) {
        return false;
    }
    // A date has five digits at least ("May 4, 2019"), each an ASCII digit or a character of
    // more than one byte: a block with fewer holds none, and one with fewer than fifteen holds
    // no three.
    let digits = crate::tidy::count_bytes(text.as_bytes(), |b| b.is_ascii_digit() || b >= 0xC0);
    if digits < 5 {
        return false;
    }
    let mut head = T.stamp_reach.min(text.len());
    while !text.is_char_boundary(head) {
        head -= 1;
    }
    // (Whether the head holds a date at all, first: cheaper than the groups.)
    let stamped = CARD_DATE.is_match(&text[..head])
        && CARD_DATE
            .captures(&text[..head])
            .is_some_and(|c| c.get(1).is_some() && c.get(0).is_some_and(|m| m.start() > 0));
    stamped
        || (words >= T.dated_rail_words
            && digits >= 15
            && CARD_DATE.find_iter(text).nth(2).is_some())
}

/// A teaser card flattened into one block: a headline run into its story's dateline and
/// lede ("… may soon be deemed stateless WASHINGTON: Expressing concern over …", "… in
/// J-K open; attendance 98pc: Govt NEW DELHI: All schools …"). A paragraph opens with its
/// dateline; it never puts a capitalised place and a colon after a lower-case word.
fn is_headline_over_dateline(text: &str) -> bool {
    let mut head = text.len().min(200);
    while !text.is_char_boundary(head) {
        head -= 1;
    }
    HEADLINE_OVER_DATELINE.is_match(&text[..head])
}

/// The page template's own names left in a block's text: a template file
/// ("subitem_timestamp.tpl"), a widget's data hook ("widgetdataprovider"), a CSS class
/// (".comment-author", ".entry-meta"). A scraper leaves them in the rails, cards and
/// comment threads the template fills, never in the story's paragraphs.
pub(super) fn has_template_names(text: &str) -> bool {
    let b = text.as_bytes();
    // Searchers built once: building one costs more than its search through a paragraph.
    static CUES: LazyLock<[memchr::memmem::Finder<'static>; 3]> = LazyLock::new(|| {
        [&b".tpl"[..], b"widgetdataprovider", b" ."].map(memchr::memmem::Finder::new)
    });
    (CUES.iter().any(|f| f.find(b).is_some()) || b.first() == Some(&b'.'))
        && TEMPLATE_NAMES.is_match(text)
}

/// A summary cut short with a bracketed ellipsis ("… the number of players […]") is an
/// excerpt of another post: blogs print their teasers that way, never a paragraph.
fn is_excerpt(text: &str) -> bool {
    let t = text.trim_end();
    t.ends_with("[…]") || t.ends_with("[...]")
}

/// A block the page's furniture made, whatever its length or punctuation: an excerpt, a
/// dated card, template names.
pub(super) fn is_card(text: &str, words: usize) -> bool {
    is_excerpt(text) || is_dated_card(text, words) || has_template_names(text)
}

pub(super) fn rate(b: &Block) -> (Rating, usize) {
    rate_noting(b, &mut false)
}

/// Ratings taken in one clean, kept by block: the story is picked on the cleaned blocks,
/// then again on its text output as printed (`classify::settle`, round after round), where
/// most blocks are the same. A block's rating reads its text, its link density and whether it
/// is a list item or a quotation, nothing else: a block that agrees on the three is rated as
/// before. Off (every block rated afresh) where the story is picked once.
pub(crate) struct Ratings {
    on: bool,
    /// By text: each shape's rating.
    taken: rustc_hash::FxHashMap<String, Vec<(Shape, Taken)>>,
}

/// What a block's rating reads besides its text: its link density (the bits) and whether it
/// is a list item or a quotation.
type Shape = (Option<u32>, bool);

/// A rating taken, and whether it found the block no photo line.
type Taken = ((Rating, usize), bool);

impl Ratings {
    pub(crate) fn remembering(on: bool) -> Self {
        Ratings {
            on,
            taken: rustc_hash::FxHashMap::default(),
        }
    }

    /// [`rate_noting`], or what it gave before for a block that agrees with this one.
    pub(super) fn rate_noting(&mut self, b: &Block, no_photo_line: &mut bool) -> (Rating, usize) {
        if !self.on {
            return rate_noting(b, no_photo_line);
        }
        let shape = (
            b.link_density.map(f32::to_bits),
            matches!(b.kind, BlockKind::ListItem | BlockKind::Quote),
        );
        if let Some(&(_, (rating, no))) = self
            .taken
            .get(b.text.as_str())
            .and_then(|t| t.iter().find(|t| t.0 == shape))
        {
            *no_photo_line |= no;
            return rating;
        }
        let mut no = false;
        let rating = rate_noting(b, &mut no);
        *no_photo_line |= no;
        self.taken
            .entry(b.text.clone())
            .or_default()
            .push((shape, (rating, no)));
        rating
    }
}

/// [`rate`], setting `no_photo_line` when the rating found the block is no photo's line
/// (`credit::is_photo_line` false), so that [`rate_all`] need not ask again.
fn rate_noting(b: &Block, no_photo_line: &mut bool) -> (Rating, usize) {
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
        Some(d) if d < 0.1 && (3..T.good_words).contains(&words) => return (Rating::Near, words),

        _ => {}
    }
    // Markup keeps a page's leftovers in blocks of their own: only a dump glues them on.
    let prose = ends_like_sentence(&b.text)
        || (b.link_density.is_none() && ends_like_sentence_but_a_tail(&b.text));
    // A long line that does not end like a sentence is prose cut short only if it reads
    // like prose: a menu flattened into one line ("Home Subscribe Contact Us About Us …")
    // is mostly capitalised words.
    let long_unpunctuated = !prose && words >= 3 * T.good_words && capitalised_share(&b.text) < 0.5;
    let rating = if (prose && words >= T.good_words) || long_unpunctuated {
        Rating::Good
    } else if prose && words >= 4 || matches!(b.kind, BlockKind::ListItem | BlockKind::Quote) {
        Rating::Near
    } else if b.link_density.is_none() && {
        // Every photo line is a photo credit: a block that is no credit is no photo line.
        let photo = crate::rules::credit::is_photo_credit(&b.text);
        *no_photo_line = !photo;
        photo
    } {
        Rating::Photo
    } else {
        Rating::Other
    };
    (rating, words)
}

/// Lines that are not prose and that the story's last look would take out as furniture by
/// their words alone (a stamp under a foreign label, a plea for support, a sign-up button):
/// left inside a story by a scraper, one such line must not split the story in two and hand
/// the page to a rail of teasers.
///
/// Only a line a run could span is read: one with long prose within a gap's reach before it
/// and prose after it (a page's menus and footers, far from any paragraph, never are).
fn mark_asides(blocks: &[Block], rated: &mut [(Rating, usize)]) {
    let reach = T.max_gap + 1;
    let mut good_before = vec![false; rated.len()];
    let mut last_good: Option<usize> = None;
    for (i, r) in rated.iter().enumerate() {
        good_before[i] = last_good.is_some_and(|g| i - g <= reach);
        if r.0 == Rating::Good {
            last_good = Some(i);
        }
    }
    let mut next_prose: Option<usize> = None;
    for i in (0..rated.len()).rev() {
        let prose_after = next_prose.is_some_and(|p| p - i <= reach);
        if matches!(rated[i].0, Rating::Good | Rating::Near) {
            next_prose = Some(i);
        }
        if !(good_before[i] && prose_after) {
            good_before[i] = false;
        }
    }
    for ((b, r), &within) in blocks.iter().zip(rated.iter_mut()).zip(&good_before) {
        if within
            && r.0 == Rating::Other
            && crate::rules::furniture::in_story_rule(
                &b.text,
                matches!(b.kind, BlockKind::Heading(_) | BlockKind::ListItem),
            )
            .is_some_and(|row| interrupts(row.reason))
        {
            r.0 = Rating::Aside;
        }
    }
}

/// Furniture that interrupts a story where it stands (a share bar, an advert, a plea, a
/// stamp), as against furniture that marks where it ends (related links, navigation, the
/// discussion, rights, the author's bio): the first a run spans, the second it stops at.
fn interrupts(reason: crate::rules::Reason) -> bool {
    use crate::rules::Reason::*;
    match reason {
        Template | Markup | Share | Advert | Subscribe | Newsletter | App | Cookie | Timestamp
        | Audio | Gallery => true,
        Related | Navigation | Comments | Copyright | Bio | Outside | Duplicate | Standfirst
        | SiteTemplate => false,
    }
}

/// Every block rated, each in the context of the block before it: a sentence that ends with
/// a colon ("Here's what's different in my life now:") introduces the lines under it, and
/// those lines are the story's own however they end ("My books deliver income to me every
/// single month"). Rated alone they read as a menu, and a list of six would break the story.
/// A label with a colon ("Tags:", "Read more:") has too few words to introduce anything.
pub(super) fn rate_all(blocks: &[Block]) -> Vec<(Rating, usize)> {
    rate_all_by(blocks, rate_noting)
}

/// [`rate_all`], each block rated alone by `rate` (as [`rate_noting`] rates it).
pub(super) fn rate_all_by(
    blocks: &[Block],
    mut rate: impl FnMut(&Block, &mut bool) -> (Rating, usize),
) -> Vec<(Rating, usize)> {
    let mut no_photo_line = vec![false; blocks.len()];
    let mut rated: Vec<(Rating, usize)> = blocks
        .iter()
        .zip(&mut no_photo_line)
        .map(|(b, no)| rate(b, no))
        .collect();
    // The caption over a photo's credit line ("Pic: PA") is the photo's, if it is no prose.
    for i in 1..rated.len() {
        // (The credit-line reading, the costly test, last.)
        if rated[i - 1].0 == Rating::Other
            && blocks[i].link_density.is_none()
            && blocks[i - 1].link_density.is_none()
            && word_count(&blocks[i - 1].text) <= T.photo_caption_words
            && !no_photo_line[i]
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
            while items < T.max_items
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
    mark_asides(blocks, &mut rated);
    rated
}

/// Whether a block's last sentence points at what follows it: a pointer ending the sentence
/// or followed by a word that keeps it an adverb.
fn points_below(text: &str) -> bool {
    use crate::rules::words::{AFTER_POINTER, POINTERS_BELOW};
    let trimmed = text.trim_end().trim_end_matches(['.', '!', ':']);
    // The last sentence: after the last '.', '!' or '?' (ASCII, so found as bytes).
    let from = memchr::memrchr3(b'.', b'!', b'?', trimmed.as_bytes()).map_or(0, |i| i + 1);
    let last = trimmed[from..].to_lowercase();
    // One scan for all pointers: most sentences have none.
    if !POINTERS.is_match(&last) {
        return false;
    }
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

/// [`crate::rules::words::POINTERS_BELOW`] in one automaton (leftmost-first, so that it may
/// use its SIMD prefilter).
static POINTERS: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
    aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostFirst)
        .build(crate::rules::words::POINTERS_BELOW)
        .expect("literals compile")
});

/// The list a sentence points at ("… our picks below."), from block `from`: a product's
/// name over its features, a team and its record, however short or capitalised each line.
/// It ends at prose (the story goes on, or something else begins), at a run of short labels
/// (a menu), or after `max_pointed_items` lines. Returns where it ended.
fn mark_pointed_list(blocks: &[Block], rated: &mut [(Rating, usize)], from: usize) -> usize {
    let mut end = from;
    let mut labels = 0;
    while end < rated.len() && end - from < T.max_pointed_items && rated[end].0 != Rating::Good {
        if blocks[end].link_density.is_some_and(|d| d > 0.5) {
            break;
        }
        labels = if word_count(&blocks[end].text) <= T.label_words {
            labels + 1
        } else {
            0
        };
        if labels >= T.menu_labels {
            end -= T.menu_labels - 1;
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
        if pairs >= T.rail_pairs {
            for r in &mut rated[i..i + 2 * pairs] {
                r.0 = Rating::Other;
            }
            i += 2 * pairs;
        } else {
            i += 1;
        }
    }
}

/// A dump's line that is one web address and nothing else.
pub(super) fn is_bare_link(b: Option<&Block>) -> bool {
    b.is_some_and(|b| {
        let t = b.text.trim();
        b.link_density.is_none()
            && (t.starts_with("http://") || t.starts_with("https://"))
            && !t.contains(char::is_whitespace)
    })
}

/// A dump's line that reads as an item of the story's own list, not a menu's or a rail's:
/// in sentence case ("Automatically on, automatically connected", "алкоголь в любом виде").
/// Menu labels and English headlines are capitalised words. Figures prove nothing: a rail's
/// bylines and dates have them too ("by Surur on November 19, 2019"). A card flattened into
/// a line (a teaser glued to its summary, an excerpt) is no item.
pub(super) fn is_list_line(b: &Block) -> bool {
    let words = prose_words(&b.text);
    b.link_density.is_none()
        && !is_card(&b.text, words)
        && !is_glued_teaser(&b.text, words)
        && !repeats_its_opening(&b.text, words)
        && capitalised_share(&b.text) < 0.5
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kept_ratings_are_taken_once_and_told_apart_by_shape() {
        let short = "Three short words";
        let blocks = |kind| {
            vec![
                Block::new(P, BlockKind::Paragraph, 0),
                Block::new(short, kind, 1),
                Block::new("Pic: PA", BlockKind::Paragraph, 2),
            ]
        };
        let mut ratings = Ratings::remembering(true);
        let rated =
            |ratings: &mut Ratings, b: &[Block]| rate_all_by(b, |b, no| ratings.rate_noting(b, no));
        let first = rated(&mut ratings, &blocks(BlockKind::Paragraph));
        assert_eq!(first, rate_all(&blocks(BlockKind::Paragraph)));
        let taken = ratings.taken.values().map(Vec::len).sum::<usize>();
        assert_eq!(taken, 3);
        // The same blocks again: nothing rated afresh, the same ratings.
        assert_eq!(rated(&mut ratings, &blocks(BlockKind::Paragraph)), first);
        assert_eq!(ratings.taken.values().map(Vec::len).sum::<usize>(), taken);
        // The same words as a list item, or with a link density, are rated as what they are.
        let items = blocks(BlockKind::ListItem);
        assert_eq!(rated(&mut ratings, &items), rate_all(&items));
        assert_ne!(rated(&mut ratings, &items)[1], first[1]);
        let mut linked = blocks(BlockKind::Paragraph);
        linked[1].link_density = Some(0.9);
        assert_eq!(rated(&mut ratings, &linked), rate_all(&linked));
        assert_eq!(
            ratings.taken.values().map(Vec::len).sum::<usize>(),
            taken + 2
        );
    }

    const P: &str = "The council voted on Tuesday to close the old bridge to heavy traffic after engineers found cracks in two of its supports.";
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
    fn a_paragraph_with_a_short_tail_glued_on_is_still_prose() {
        let rating = |t: &str| rate(&Block::new(t, BlockKind::Paragraph, 1)).0;
        // A leftover glued after the last sentence, with a space or none.
        assert_eq!(rating(&format!("{P} Okafor.Lenta.ru")), Rating::Good);
        assert_eq!(rating(&format!("{P}Read more on our site")), Rating::Good);
        assert_eq!(
            rating(&format!("{P} (Photo by Laila Haddad/Getty)")),
            Rating::Good
        );
        // A tail longer than a headline is no leftover's; a teaser's summary cut short is an
        // excerpt; short prose before the tail does not make a paragraph.
        assert_eq!(
            rating(&format!(
                "{P} And then the council met again on the next day to vote on the closure"
            )),
            Rating::Other
        );
        assert_eq!(
            rating(
                "The Best Recovery Apps of 2019 Disordered eating is so often misunderstood by everyone who meets it. If you are trying to overcome it, or create a…READ MORE"
            ),
            Rating::Other
        );
        assert_eq!(rating("Bridge closed. Read more"), Rating::Other);
        // Markup keeps leftovers apart: a block from a page is read as it ends.
        let mut b = Block::new(format!("{P} Okafor.Lenta.ru"), BlockKind::Paragraph, 1);
        b.link_density = Some(0.0);
        assert_ne!(rate(&b).0, Rating::Good);
    }
}
