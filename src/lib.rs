//! newsclean turns a raw scraped news article into the clean story: paragraphs, photo captions
//! (with credit), direct quotes (with speaker) and metadata.
//!
//! The pipeline runs one way, one module a stage:
//!
//! ```text
//! bytes → input::decode → input::sniff → text::split → clean → classify → quotes → output
//! ```
//!
//! Every rule lives in a table under [`rules`], with an id and a reason that `--explain` reports.
//!
//! ```
//! let raw = b"Strikes hit two sites, the military said.\n\n\
//!             {{^userSubscribed}} {{/userSubscribed}}\n\n\
//!             \"We acted in self-defence,\" Ryder said.\n\nSHARE THIS ARTICLE ON\n";
//! let doc = newsclean::clean(raw, &newsclean::Options::default()).unwrap();
//! assert_eq!(doc.paragraphs.len(), 2);
//! assert_eq!(doc.quotes[0].speaker.as_deref(), Some("Ryder"));
//! ```

use std::collections::HashMap;

pub mod batch;
pub mod block;
pub mod classify;
pub mod clean;
pub mod cli;
pub mod document;
pub mod error;
pub mod html;
pub mod input;
pub mod output;
pub mod quotes;
pub mod rules;
pub mod text;

pub use document::{Caption, Document, Place, Placed, Quote, Removed};
pub use error::Error;
pub use input::Kind;

use classify::caption::Role;
use classify::story::Scope;

/// How to read the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum InputMode {
    /// Sniffed from the bytes.
    #[default]
    Auto,
    Text,
    Html,
}

/// Settings for one run. Limits are settings, with defaults that no real article reaches.
#[derive(Debug, Clone)]
pub struct Options {
    pub input: InputMode,
    /// Keep the list of removed blocks and fragments in [`Document::removed`].
    pub explain: bool,
    /// Inputs larger than this are refused with [`Error::TooLarge`].
    pub max_bytes: usize,
    /// HTML nested deeper than this is refused with [`Error::TooDeep`].
    pub max_depth: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            input: InputMode::Auto,
            explain: false,
            max_bytes: 100 * 1024 * 1024,
            max_depth: 2_000,
        }
    }
}

/// Clean one article given as raw bytes (any encoding).
pub fn clean(bytes: &[u8], opts: &Options) -> Result<Document, Error> {
    if bytes.len() > opts.max_bytes {
        return Err(Error::TooLarge {
            size: bytes.len(),
            limit: opts.max_bytes,
        });
    }
    let inflated = input::gunzip(bytes, opts.max_bytes)?;
    let bytes = inflated.as_deref().unwrap_or(bytes);
    let decoded = input::decode(bytes)?;
    if decoded.text.trim().is_empty() {
        return Err(Error::Empty);
    }
    let kind = match opts.input {
        InputMode::Text => Kind::Text,
        InputMode::Html => Kind::Html,
        InputMode::Auto => input::sniff(&decoded.text),
    };
    match kind {
        Kind::Text => Ok(clean_text(&decoded.text, opts)),
        Kind::Html => {
            let depth = html::nesting_depth(&decoded.text, opts.max_depth);
            if depth > opts.max_depth {
                return Err(Error::TooDeep {
                    depth,
                    limit: opts.max_depth,
                });
            }
            Ok(clean_html(&decoded.text, opts))
        }
    }
}

/// Clean one article given as decoded text.
pub fn clean_text(text: &str, opts: &Options) -> Document {
    assemble(
        text::split(text),
        Kind::Text,
        html::PageMeta::default(),
        Scope::Page,
        opts,
    )
}

/// Clean one article given as a decoded HTML page.
pub fn clean_html(page: &str, opts: &Options) -> Document {
    let page = html::read(page);
    let scope = if page.contained {
        Scope::Container
    } else {
        Scope::Page
    };
    assemble(page.blocks, Kind::Html, page.meta, scope, opts)
}

/// The stages after the input's own reader, shared by both inputs: clean, keep the story's
/// run, lift headline/byline/dateline, assign captions, find quotes.
fn assemble(
    raw: Vec<block::Block>,
    kind: Kind,
    page: html::PageMeta,
    scope: Scope,
    opts: &Options,
) -> Document {
    let cleaned = clean::clean(raw);
    let mut removed = cleaned.removed;
    let mut blocks = keep_story(cleaned.blocks, scope, &mut removed);
    let mut placed = Vec::new();
    if let Some(title) = page.title.as_deref()
        && let Some(line) = drop_before_headline(&mut blocks, title, &mut removed)
    {
        placed.push(Placed {
            line,
            place: Place::Title,
        });
    }
    if let Some(body) = page.article_body.as_deref() {
        cross_check(&mut blocks, body, &mut removed);
    }
    classify::standfirst::drop_standfirst(&mut blocks, &page.descriptions, &mut removed);
    let mut meta = classify::meta::lift(&mut blocks);
    classify::meta::drop_stamps_and_credits(&mut blocks, page.byline.as_deref(), &mut removed);
    classify::story::drop_lead_in_labels(&mut blocks, &mut removed);
    classify::story::drop_trailing_headings(&mut blocks, &mut removed);
    for b in &mut blocks {
        classify::infer_heading(b);
    }
    let mut roles = classify::caption::assign(&blocks);
    // A page's run was picked with its markup's help (links, the story's container), which
    // its text output no longer has: only a dump is held to what its text shows. A "page"
    // with no story container and nothing of a page's metadata (no title, no description, no
    // JSON-LD) is a dump with a stray tag or two: held to it as well.
    let bare = scope == Scope::Page
        && page.title.is_none()
        && page.byline.is_none()
        && page.published.is_none()
        && page.site.is_none()
        && page.language.is_none()
        && page.url.is_none()
        && page.article_body.is_none()
        && page.descriptions.is_empty();
    // What settling drops can bring a byline-shaped line into the head of the text output:
    // the head is looked at again each time.
    loop {
        classify::meta::second_look(
            &mut blocks,
            &mut roles,
            &mut meta,
            (page.title.is_some(), page.byline.is_some()),
        );
        let settled = (kind == Kind::Text || bare)
            && settle_story(
                &mut blocks,
                &mut roles,
                [
                    page.title.as_deref().or(meta.title.as_deref()),
                    page.byline.as_deref().or(meta.byline.as_deref()),
                ],
                &mut removed,
            );
        if !settled {
            break;
        }
    }
    // A lifted block is placed only if its text is the one kept (a page's own metadata wins).
    if page.title.is_none()
        && let Some(line) = meta.title_line
    {
        placed.push(Placed {
            line,
            place: Place::Title,
        });
    }
    if page.byline.is_none()
        && let Some(line) = meta.byline_line
    {
        placed.push(Placed {
            line,
            place: Place::Byline,
        });
    }
    let mut dateline = None;
    if let Some((at, first)) = blocks
        .iter_mut()
        .zip(&roles)
        .enumerate()
        .find(|(_, (b, r))| **r == Role::Body && b.kind == block::BlockKind::Paragraph)
    {
        dateline = classify::meta::lift_dateline(&mut first.0.text).map(|d| (at, d));
    }
    let mut dateline_opening = None;

    let mut paragraphs = Vec::new();
    let mut kinds = Vec::new();
    let mut captions = Vec::new();
    for (i, (block, role)) in blocks.into_iter().zip(roles).enumerate() {
        if let Some((at, d)) = &dateline
            && *at == i
        {
            dateline_opening = Some((paragraphs.len(), d.opening.clone()));
        }
        let place = match role {
            Role::Body => Place::Paragraph(paragraphs.len()),
            Role::Caption { .. } => Place::Caption(captions.len()),
            Role::Consumed => Place::Credit,
        };
        placed.push(Placed {
            line: block.line,
            place,
        });
        match role {
            Role::Body => {
                paragraphs.push(block.text);
                kinds.push(block.kind);
            }
            Role::Caption { text, credit } => captions.push(Caption {
                text,
                credit,
                after_paragraph: paragraphs.len() as isize - 1,
            }),
            Role::Consumed => {}
        }
    }
    let quotes = quotes::find(&paragraphs);
    Document {
        source: None,
        input: kind,
        title: page.title.or(meta.title),
        byline: page.byline.or(meta.byline),
        dateline: dateline.map(|(_, d)| d.line),
        published: page.published,
        site: page.site,
        language: page.language,
        url: page.url,
        paragraphs,
        captions,
        quotes,
        removed: opts.explain.then_some(removed),
        kinds,
        dateline_opening,
        placed: if opts.explain { placed } else { Vec::new() },
    }
}

/// A block that repeats the page's title is the story's headline: it is lifted (the title is
/// known), and what stands before it in the walked text (a blog's name and tagline, a section
/// label) is not the story — except captions, since a lead photo may sit above the headline.
/// Returns the headline's input line.
fn drop_before_headline(
    blocks: &mut Vec<block::Block>,
    title: &str,
    removed: &mut Vec<Removed>,
) -> Option<usize> {
    // The page's own `<h1>` stands for the headline when the metadata words it otherwise
    // (an SEO title).
    let exact = blocks.iter().take(12).position(|b| b.text == title);
    let at = exact.or_else(|| {
        let h1 = blocks
            .iter()
            .take(12)
            .position(|b| b.kind == block::BlockKind::Heading(1) && !b.caption)?;
        // Only labels stand before a headline; an `<h1>` after prose heads a teaser inside
        // the story ("Read also").
        blocks[..h1]
            .iter()
            .all(|b| b.caption || text::word_count(&b.text) < 15)
            .then_some(h1)
    })?;
    let mut i = 0;
    let mut seen = 0;
    while seen < at {
        seen += 1;
        if blocks[i].caption {
            i += 1;
            continue;
        }
        let b = blocks.remove(i);
        removed.push(Removed::block(rules::Reason::Outside, "before-headline", b));
    }
    // The headline itself is the title, already known; a headline worded otherwise is
    // reported.
    let headline = blocks.remove(i);
    let line = headline.line;
    // A gallery or a share box near the top may print the headline again.
    while let Some(again) = blocks
        .iter()
        .take(12)
        .position(|b| b.text == title || b.text == headline.text)
    {
        let b = blocks.remove(again);
        removed.push(Removed::block(
            rules::Reason::Duplicate,
            "headline-repeat",
            b,
        ));
    }
    if exact.is_none() {
        removed.push(Removed::block(
            rules::Reason::Outside,
            "page-headline",
            headline,
        ));
    }
    removed.sort_by_key(|r| r.line);
    exact.map(|_| line)
}

/// The page's JSON-LD `articleBody` is the story's text by the publisher's own account. When
/// the walked blocks cover most of it, a prose block that is not in it is not the story (a
/// teaser, a promo, a bio). Captions and headings are left alone: publishers leave them out
/// of `articleBody`. A short or truncated `articleBody` checks nothing.
fn cross_check(blocks: &mut Vec<block::Block>, body: &str, removed: &mut Vec<Removed>) {
    // Letters and digits only, lower-cased: immune to the markup, quotes and spacing the
    // JSON-LD text and the page text differ in.
    let key = |t: &str| -> String {
        t.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let body_key = key(body);
    if body_key.len() < 400 {
        return;
    }
    let keys: Vec<String> = blocks.iter().map(|b| key(&b.text)).collect();
    let found: Vec<bool> = keys
        .iter()
        .map(|k| {
            let probe: String = k.chars().take(40).collect();
            probe.len() >= 10 && body_key.contains(&probe)
        })
        .collect();
    let covered: usize = keys
        .iter()
        .zip(&found)
        .filter(|(_, f)| **f)
        .map(|(k, _)| k.len())
        .sum();
    let walked: usize = keys.iter().map(String::len).sum();
    // Too little of articleBody found to trust the check; or an articleBody much shorter
    // than the walked prose, which is a teaser or a truncation.
    if covered * 10 < body_key.len() * 6 || walked * 2 > body_key.len() * 3 {
        return;
    }
    let old = std::mem::take(blocks);
    for ((b, k), found) in old.into_iter().zip(&keys).zip(found) {
        let exempt = b.caption
            || matches!(
                b.kind,
                block::BlockKind::Heading(_) | block::BlockKind::ListItem | block::BlockKind::Quote
            )
            || k.len() < 10;
        if found || exempt {
            blocks.push(b);
        } else {
            removed.push(Removed::block(
                rules::Reason::Outside,
                "not-in-article-body",
                b,
            ));
        }
    }
    removed.sort_by_key(|r| r.line);
}

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
/// whether anything changed.
fn settle_story(
    blocks: &mut Vec<block::Block>,
    roles: &mut Vec<Role>,
    head: [Option<&str>; 2],
    removed: &mut Vec<Removed>,
) -> bool {
    let mut changed_any = false;
    let [title, byline] = head;
    let head: Vec<block::Block> = [title.map(str::to_string), byline.map(output::byline_line)]
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
            && let Some(range) = classify::story::pick_within(&view, Scope::Page, &[])
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
            classify::story::drop_lead_in_labels(&mut rest, &mut dropped);
            classify::story::drop_trailing_headings(&mut rest, &mut dropped);
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

/// Drops the blocks outside the story's run of prose (see [`classify::story`]), recording
/// each, and keeps `removed` in input order.
/// Words a block needs before it is checked for holding the story's paragraphs.
const REPEAT_CHECK_WORDS: usize = 150;

/// A page that prints its story twice, the second time as one block (an AMP or app copy, a
/// script's text): a long block that holds three or more of the paragraphs before it word for
/// word is that copy. Left in, it doubles the story once what stood between them is gone.
///
/// Linear in the text: each earlier paragraph is indexed by its first bytes, and a long block
/// is looked up at each of its word starts, instead of searching it for every paragraph (which
/// was quadratic in a dump of many long paragraphs).
fn drop_story_repeats(blocks: Vec<block::Block>, removed: &mut Vec<Removed>) -> Vec<block::Block> {
    const KEY: usize = 32;
    let mut by_start: HashMap<&[u8], Vec<usize>> = HashMap::new();
    let mut repeat = vec![false; blocks.len()];
    for (i, b) in blocks.iter().enumerate() {
        let text = b.text.as_bytes();
        if text::word_count(&b.text) >= REPEAT_CHECK_WORDS {
            let mut found: Vec<usize> = Vec::new();
            for at in (0..text.len().saturating_sub(KEY)).filter(|&p| p == 0 || text[p - 1] == b' ')
            {
                for &j in by_start.get(&text[at..at + KEY]).into_iter().flatten() {
                    if !found.contains(&j) && text[at..].starts_with(blocks[j].text.as_bytes()) {
                        found.push(j);
                    }
                }
                if found.len() >= 3 {
                    break;
                }
            }
            if found.len() >= 3 {
                repeat[i] = true;
                continue;
            }
        }
        // Paragraphs of the page's own (not a line of links) are what a copy repeats.
        if b.link_density.is_none_or(|d| d < 0.2)
            && text.len() >= KEY
            && text::word_count(&b.text) >= 12
        {
            by_start.entry(&text[..KEY]).or_default().push(i);
        }
    }
    let mut kept = Vec::with_capacity(blocks.len());
    for (b, is_repeat) in blocks.into_iter().zip(repeat) {
        if is_repeat {
            removed.push(Removed::block(rules::Reason::Duplicate, "story-repeat", b));
        } else {
            kept.push(b);
        }
    }
    kept
}

fn keep_story(
    blocks: Vec<block::Block>,
    scope: Scope,
    removed: &mut Vec<Removed>,
) -> Vec<block::Block> {
    let comment_marks: Vec<usize> = removed
        .iter()
        .filter(|r| r.reason == rules::Reason::Comments && !r.inline)
        .map(|r| r.line)
        .collect();
    let blocks = drop_story_repeats(blocks, removed);
    let picked = classify::story::pick_within(&blocks, scope, &comment_marks);
    let Some(range) = picked else {
        return blocks;
    };
    let range = classify::story::grow_over_siblings(&blocks, range);
    if range.start() == &0 && range.end() + 1 == blocks.len() {
        return blocks;
    }
    let mut kept = Vec::with_capacity(range.end() - range.start() + 1);
    for (i, b) in blocks.into_iter().enumerate() {
        if range.contains(&i) {
            kept.push(b);
        } else {
            removed.push(Removed::block(rules::Reason::Outside, "outside-story", b));
        }
    }
    removed.sort_by_key(|r| r.line);
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    fn heading(text: &str) -> block::Block {
        block::Block::new(text, block::BlockKind::Heading(1), 1)
    }

    #[test]
    fn a_long_block_holding_three_earlier_paragraphs_is_the_storys_second_copy() {
        let paras = [
            "The provincial ferry will stay in port for three weeks after inspectors found a crack in its hull.",
            "Repairs are expected to begin next week at the shipyard in Halifax, where it was built.",
            "Passengers with bookings will be moved to other sailings or refunded in full, the operator said.",
        ];
        let filler =
            "Other words of the copy fill it out to the length of a whole story. ".repeat(12);
        let para = |t: &str| block::Block::new(t, block::BlockKind::Paragraph, 1);
        let copy = |n: usize| para(&format!("{} {filler}", paras[..n].join(" ")));
        let mut blocks: Vec<block::Block> = paras.iter().map(|t| para(t)).collect();
        blocks.push(copy(3));
        let mut removed = Vec::new();
        assert_eq!(drop_story_repeats(blocks, &mut removed).len(), 3);
        assert_eq!(removed[0].rule, "story-repeat");
        // Two paragraphs in common is not a copy (a long paragraph may quote a short one).
        let mut blocks: Vec<block::Block> = paras.iter().map(|t| para(t)).collect();
        blocks.push(copy(2));
        assert_eq!(drop_story_repeats(blocks, &mut Vec::new()).len(), 4);
        // Lines of links are not the page's own paragraphs.
        let mut blocks: Vec<block::Block> = paras.iter().map(|t| para(t)).collect();
        blocks[0].link_density = Some(0.6);
        blocks.push(copy(3));
        assert_eq!(drop_story_repeats(blocks, &mut Vec::new()).len(), 4);
    }

    #[test]
    fn an_h1_stands_for_a_headline_worded_otherwise_only_at_the_top() {
        let story = "Netflix will host a remake of the cult animated series, the studio said on Friday in a statement.";
        let mut blocks = vec![
            block::Block::new("Cartoons", block::BlockKind::Paragraph, 1),
            heading("Saint Seiya remake heads to Netflix"),
            block::Block::new(story, block::BlockKind::Paragraph, 2),
        ];
        let mut removed = Vec::new();
        // The metadata's title is the SEO one; the <h1> is the headline all the same.
        assert_eq!(
            drop_before_headline(&mut blocks, "Remake: news", &mut removed),
            None
        );
        assert_eq!(blocks.len(), 1);
        assert_eq!(removed.len(), 2);
        // After the story's prose, an <h1> heads a "Read also" teaser: nothing goes.
        let mut blocks = vec![
            block::Block::new(story, block::BlockKind::Paragraph, 1),
            heading("Read also: the film"),
            block::Block::new(story, block::BlockKind::Paragraph, 2),
        ];
        assert_eq!(
            drop_before_headline(&mut blocks, "Remake: news", &mut Vec::new()),
            None
        );
        assert_eq!(blocks.len(), 3);
    }
}
