//! Captions in a text dump, found by their credit syntax (see `rules::credit`) and, without a
//! credit, by caption shape when the evidence is strong.

use super::{has_reporting_verb, words};
use crate::block::{Block, BlockKind};
use crate::rules::credit::{self, Level};
use crate::rules::dateline;
use crate::tidy::word_count;

/// What each block is, once captions are known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Role {
    Body,
    Caption {
        text: String,
        credit: Option<String>,
    },
    /// A credit line that went into a neighbouring caption, or a photo's credit printed
    /// without one (`Photo: Getty Images` over no caption): no part of the story's text.
    Consumed,
}

/// Short enough to be a caption at all.
fn caption_sized(text: &str) -> bool {
    word_count(text) <= MAX_CAPTION_WORDS
}

/// The most words a caption has, glued to its credit.
const MAX_CAPTION_WORDS: usize = 60;
/// The most words of a block that a credit line beside it may claim as its caption, by the
/// credit's level: a label (`Photo: X`) vouches for a long caption, a photographer over an
/// agency for a shorter one, an author-like line (`Jane Doe, AP`) or a wire's bare name
/// (`Reuters`) only for a caption's usual length.
const MAX_LABELLED_CAPTION_WORDS: usize = 90;
const MAX_PHOTO_CAPTION_WORDS: usize = 50;
const MAX_NAMED_CAPTION_WORDS: usize = 40;
const MAX_BARE_CAPTION_WORDS: usize = 35;
/// Sentences a caption has at most.
const MAX_CAPTION_SENTENCES: usize = 3;

/// A caption with no credit: one short sentence, a caption cue, no reporting verb, no quote.
fn caption_shaped(text: &str) -> bool {
    let words = word_count(text);
    (3..=40).contains(&words)
        && credit::has_caption_cue(text)
        && !has_reporting_verb(text)
        && !text.contains(['"', '“', '”', '«', '„'])
        && sentence_count(text) == 1
}

fn sentence_count(text: &str) -> usize {
    let b = text.as_bytes();
    1 + (1..b.len().saturating_sub(1))
        .filter(|&i| {
            matches!(b[i], b'.' | b'!' | b'?')
                && b[i + 1] == b' '
                && b.get(i + 2).is_some_and(u8::is_ascii_uppercase)
                // "U.S. Army", "Dr. Okonjo": a capital or a short word just before the stop.
                && b[..i].rsplit(|&c| c == b' ').next().is_none_or(|w| w.len() > 3)
        })
        .count()
}

/// Whether the block gives words to someone in the active voice ("…, Reuters reported.",
/// "she said"): the story's, not a caption's.
fn reports_speech(text: &str) -> bool {
    let mut prev = String::new();
    for w in words(text) {
        let lower = w.to_lowercase();
        if credit::SPEECH_VERBS.contains(&lower.as_str())
            && !credit::PASSIVE.contains(&prev.as_str())
        {
            return true;
        }
        prev = lower;
    }
    false
}

fn ends_like_sentence(text: &str) -> bool {
    text.trim_end_matches(['"', '”', '’', '\'', ')', ']'])
        .ends_with(['.', '!', '?', '…'])
}

/// A headline in Title Case without a stop: "Floods Cut Off Northern Villages", "Most Read".
/// A caption without its stop has words in lower case ("Eastern Michigan quarterback Mike
/// Glass III").
fn headline_like(text: &str) -> bool {
    !ends_like_sentence(text)
        && text.split(' ').all(|w| {
            credit::TITLE_CASE_SMALL_WORDS.contains(&w)
                || !w.starts_with(|c: char| c.is_alphabetic() && c.is_lowercase())
        })
}

/// Words from which a paragraph that ends like a sentence reads as the story's prose.
const STORY_PROSE_WORDS: usize = 15;

/// A paragraph of the story's prose: a long one that ends like a sentence.
fn story_prose(b: &Block) -> bool {
    b.kind == BlockKind::Paragraph
        && !b.caption
        && !b.credit
        && ends_like_sentence(&b.text)
        && word_count(&b.text) >= STORY_PROSE_WORDS
}

/// A paragraph that goes on with the story after a credit line: prose that ends like a
/// sentence, however short ("“We won,” he said.").
fn goes_on_as_prose(b: &Block) -> bool {
    b.kind == BlockKind::Paragraph
        && !b.caption
        && !b.credit
        && ends_like_sentence(&b.text)
        && word_count(&b.text) >= 4
}

/// Whether an English sentence tells what happened, in the simple past ("The council voted
/// on Tuesday …", "The retailer earned $2.8 billion …"), as a story's paragraph does and a
/// photo's caption, which describes what it shows in the present, does not. A word in "-ed"
/// after an article or a preposition is an adjective ("a flooded field").
fn narrates_past(text: &str) -> bool {
    let mut prev = "";
    for w in text
        .split(|c: char| !(c.is_alphabetic() || c == '\''))
        .filter(|w| !w.is_empty())
    {
        let lower = w.to_ascii_lowercase();
        if crate::rules::words::IRREGULAR_PAST.contains(&lower.as_str())
            || (lower.len() >= 5
                && lower.ends_with("ed")
                && !lower.ends_with("eed")
                && w.starts_with(|c: char| c.is_lowercase())
                && !crate::rules::words::BEFORE_PARTICIPLE.contains(&prev))
        {
            return true;
        }
        prev = if w.starts_with(|c: char| c.is_uppercase()) {
            ""
        } else {
            w
        };
    }
    false
}

/// Words a credit after a pipe may have (`… at dawn | Jane Smith/AFP`).
const PIPED_CREDIT_WORDS: usize = 6;

/// A caption by markup that ends in a name after a pipe (`Lorries at the bridge | John Doe`):
/// the name is its credit. The name is short, starts with a capital (or ©) and does not end
/// like a sentence; the caption before it has words of its own.
fn piped_name_credit(text: &str) -> Option<(&str, &str)> {
    let (caption, name) = text.rsplit_once(" | ")?;
    let (caption, name) = (caption.trim_end(), name.trim());
    let words = name.split_whitespace().count();
    let named = name
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c == '©');
    (named
        && (1..=PIPED_CREDIT_WORDS).contains(&words)
        && !name.ends_with(['.', '!', '?', ':'])
        && caption.split_whitespace().count() >= 2)
        .then_some((caption, name))
}

/// Whether a block may be the caption a neighbouring credit line of this level belongs to.
/// Precision first: a story's paragraph taken for a caption is lost from the story.
fn fits(block: &Block, level: Level) -> bool {
    if block.kind != BlockKind::Paragraph || block.caption || block.credit {
        return false;
    }
    let t = block.text.as_str();
    let words = word_count(t);
    let max = match level {
        Level::Labelled => MAX_LABELLED_CAPTION_WORDS,
        Level::Photo => MAX_PHOTO_CAPTION_WORDS,
        Level::Named => MAX_NAMED_CAPTION_WORDS,
        Level::Bare => MAX_BARE_CAPTION_WORDS,
    };
    // A wire caption's date ("Tuesday, Nov. 19, 2019") vouches for a wire caption's length.
    let max = if credit::has_caption_evidence(t) {
        max.max(MAX_CAPTION_WORDS)
    } else {
        max
    };
    if !(2..=max).contains(&words)
        || t.ends_with(':')
        || credit::line(t).is_some()
        || credit::is_label_only(t)
        || crate::rules::byline::is_byline(t)
        || dateline::split(t).is_some()
    {
        return false;
    }
    let sentences = sentence_count(t);
    if sentences > MAX_CAPTION_SENTENCES {
        return false;
    }
    // A caption is a sentence, or a phrase that lost its stop ("Crowds in Leeds on Friday");
    // a line in Title Case is a heading unless a label says otherwise, and a wire's bare
    // name needs a sentence.
    if !ends_like_sentence(t)
        && (words < 4 || (headline_like(t) && level < Level::Labelled) || level == Level::Bare)
    {
        return false;
    }
    if reports_speech(t) && !(level >= Level::Photo && credit::has_caption_evidence(t)) {
        return false;
    }
    match level {
        Level::Bare => sentences <= 2 && !t.contains(['"', '“', '”', '«', '„']),
        _ => true,
    }
}

/// Whether a block's text, its glued credit split off, may be a caption. A wire's bare name
/// glued on (`…Multan.Reuters`, `…Harare.(AFP)`) also ends a story: never on the last block,
/// and after a space (`… the US. PTI`) only with evidence of a caption.
fn fits_glued(split: &credit::Split, last: bool) -> bool {
    // A wire's usage note in brackets ("(For Use Only in the Republic of Korea. No
    // Redistribution)") is the credit's, not more of the caption's sentences.
    let text = without_usage_notes(split.text);
    match split.level {
        Level::Labelled | Level::Photo => caption_sized(text),
        Level::Named => caption_sized(text) && !reports_speech(text) && !headline_like(text),
        Level::Bare => {
            !last
                && !headline_like(text)
                && (!split.loose || credit::has_caption_evidence(text))
                && word_count(text) <= MAX_BARE_CAPTION_WORDS
                && sentence_count(text) <= 2
                && !reports_speech(text)
                && !text.contains(['"', '“', '”', '«', '„'])
        }
    }
}

/// The text without the notes in brackets that close it, after its last sentence's stop:
/// "… in North Korea. (For Use Only in the Republic of Korea. No Redistribution)" → "… in
/// North Korea.".
fn without_usage_notes(text: &str) -> &str {
    let mut t = text.trim_end();
    while let Some(body) = t.strip_suffix(')')
        && let Some(open) = body.rfind('(')
        && body[..open].trim_end().ends_with(['.', '!', '?', ')'])
    {
        t = body[..open].trim_end();
    }
    t
}

/// Whether the block at `at` stands between two paragraphs of the story's prose.
fn in_prose_flow(blocks: &[Block], at: usize) -> bool {
    at > 0
        && [at - 1, at + 1]
            .iter()
            .all(|&k| blocks.get(k).is_some_and(story_prose))
}

/// Whether a paragraph with a photo's credit glued on (its text, the credit split off) is the
/// story's all the same: a scraper glues a credit whose caption it lost onto the paragraph
/// beside it. Without a sign that it shows a picture, a paragraph that gives someone's words,
/// runs longer than a caption's sentences, opens on a pronoun that points back into the
/// story ("He was sacked …"), or narrates in the past between two more paragraphs of prose,
/// is no caption. A caption describes its picture on its own.
///
/// A labelled credit (`Credit: ESA`, `(Image: Getty)`, `Photos by …`) says a picture was
/// there: against it, only a direct quotation given to someone, or more sentences than a
/// caption has, tell the story's paragraph.
fn reads_as_story(split: &credit::Split, in_prose_flow: bool) -> bool {
    let text = split.text;
    let quoted_speech = reports_speech(text) && text.contains(['"', '“', '”', '«', '„']);
    let too_long = sentence_count(text) > MAX_CAPTION_SENTENCES;
    if split.level == Level::Labelled {
        return quoted_speech || too_long;
    }
    !credit::has_caption_evidence(text)
        && (reports_speech(text)
            || too_long
            || crate::rules::words::opens_on_pronoun(text)
            || (in_prose_flow && narrates_past(text)))
}

/// Whether a glued credit names a photographer or a picture desk, as against a wire's bare
/// name glued on (`…Multan.Reuters`), which is how a story signs off and is left to the
/// story's ending; a photographer over an agency (`Laila Berg/Folhapress`) is a photo's.
fn photographers(split: &credit::Split) -> bool {
    split.level > Level::Bare || split.credit.contains('/')
}

/// Id of the cut [`assign_cutting_credits`] makes.
const STORY_CREDIT_RULE: &str = "credit-on-paragraph";

/// As [`assign`], and a photo's credit glued onto a paragraph that stays the story's
/// ([`reads_as_story`]) is cut off it and reported.
pub(crate) fn assign_cutting_credits(
    blocks: &mut [Block],
    removed: &mut Vec<crate::removed::Removed>,
) -> Vec<Role> {
    let (roles, story_credits) = assign_finding_credits(blocks);
    for (at, len, credit) in story_credits {
        if roles[at] != Role::Body {
            continue;
        }
        removed.push(crate::removed::Removed {
            reason: crate::rules::Reason::Copyright,
            rule: STORY_CREDIT_RULE,
            text: credit,
            line: blocks[at].line,
            inline: true,
            kept: false,
            site: None,
        });
        let text = &mut blocks[at].text;
        text.truncate(len);
        text.truncate(text.trim_end().len());
    }
    roles
}

/// A credit line waiting for its caption.
struct Pending {
    credit: String,
    level: Level,
    /// The line ends a caption above it (a caption toggle came next): it is that caption's.
    before_only: bool,
}

/// Which side of a credit line its caption stands on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    /// The caption, then its credit: as most sites print it.
    Before,
    /// The credit first.
    After,
}

/// What a credit line's neighbours allow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Claim {
    Sure(Side),
    /// Both neighbours could be its caption: the page's habit decides.
    Either,
    /// Only the block after, without evidence: it is the caption only where the page prints
    /// credits first.
    AfterIfHabit,
    None,
}

pub fn assign(blocks: &[Block]) -> Vec<Role> {
    assign_finding_credits(blocks).0
}

/// As [`assign`], and the story's paragraphs with a photo's credit glued on
/// ([`reads_as_story`]): (block, length of its text before the credit, the credit).
fn assign_finding_credits(blocks: &[Block]) -> (Vec<Role>, Vec<(usize, usize, String)>) {
    let mut story_credits = Vec::new();
    let mut roles = vec![Role::Body; blocks.len()];
    // Credit lines, each waiting for its caption: (block, credit, level).
    // A credit in capitals (`JOHN SMITH/AFP`) was taken for a sub-heading: it is a credit.
    let mut lines: Vec<Option<Pending>> = blocks
        .iter()
        .map(|b| {
            let l = (!b.caption && !b.credit)
                .then(|| credit::line(&b.text))
                .flatten()?;
            match b.kind {
                BlockKind::Paragraph => Some(l),
                BlockKind::Heading(2) if l.level >= Level::Named => Some(l),
                _ => None,
            }
            .map(|l| Pending {
                credit: l.credit.to_string(),
                level: l.level,
                before_only: false,
            })
        })
        .collect();
    let last_paragraph = blocks
        .iter()
        .rposition(|b| b.kind == BlockKind::Paragraph)
        .unwrap_or(0);
    let mut i = 0;
    while i < blocks.len() {
        let text = blocks[i].text.as_str();
        let at = i;
        i += 1;
        if blocks[at].credit
            && let Some(Role::Caption { credit, .. }) = at.checked_sub(1).map(|p| &mut roles[p])
            && credit.is_none()
        {
            // A credit element after its caption's: the credit of that caption.
            // "Photograph: Ines Varga/EPA": the label is the element's, the credit is the name.
            *credit = Some(credit::line(text).map_or(text, |l| l.credit).to_string());
            roles[at] = Role::Consumed;
            continue;
        }
        if blocks[at].caption {
            // `<figcaption>`: a caption by markup; its credit, if glued on, is split off.
            roles[at] = match credit::glued_credit(text)
                .or_else(|| credit::bracketed_name_credit(text))
                .map(|split| (split.text, split.credit))
                .or_else(|| piped_name_credit(text))
            {
                Some((text, credit)) => Role::Caption {
                    text: text.to_string(),
                    credit: Some(credit.to_string()),
                },
                None => Role::Caption {
                    text: text.to_string(),
                    credit: None,
                },
            };
            // A credit element before its caption's (the credit printed over the photo, the
            // caption under it): the credit of this caption.
            if !blocks[at].credit
                && let Some(prev) = at.checked_sub(1)
                && blocks[prev].credit
                && let Role::Caption {
                    text: credit_text,
                    credit: None,
                } = &roles[prev]
                && matches!(roles[at], Role::Caption { credit: None, .. })
            {
                let line = credit::line(credit_text)
                    .map_or(credit_text.as_str(), |l| l.credit)
                    .to_string();
                if let Role::Caption { credit, .. } = &mut roles[at] {
                    *credit = Some(line);
                }
                roles[prev] = Role::Consumed;
            }
            continue;
        }
        if blocks[at].kind != BlockKind::Paragraph {
            continue;
        }
        // `Image copyright` over `Getty Images`: the label's line, then the credit's.
        if credit::is_label_only(text)
            && let Some(Some(next)) = lines.get_mut(at + 1)
        {
            next.level = Level::Labelled;
            roles[at] = Role::Consumed;
            continue;
        }
        // A credit label over nothing ("Photo credits" between two paragraphs): the photo
        // and its credit were not scraped; the label is no part of the story.
        if credit::is_label_only(text) && at > 0 && at + 1 < blocks.len() {
            roles[at] = Role::Consumed;
            continue;
        }
        // `Image caption` over the caption's line.
        if credit::is_caption_label_only(text)
            && let Some(next) = blocks.get(at + 1)
            && next.kind == BlockKind::Paragraph
            && lines[at + 1].is_none()
        {
            roles[at] = Role::Consumed;
            // `Image copyright` / `Getty Images` / `Image caption` / the caption: the credit
            // above the label is the caption's.
            let credit = match at.checked_sub(1) {
                Some(p) if roles[p] == Role::Body => lines[p].take().map(|l| {
                    roles[p] = Role::Consumed;
                    l.credit
                }),
                _ => None,
            };
            roles[at + 1] = Role::Caption {
                text: next.text.clone(),
                credit,
            };
            i += 1;
            continue;
        }
        // `Image caption, Crowds in Leeds` (BBC): its credit line is paired below.
        if let Some(label_text) = credit::caption_label(text) {
            roles[at] = Role::Caption {
                text: label_text.to_string(),
                credit: None,
            };
            continue;
        }
        if lines[at].is_some() {
            continue;
        }
        if let Some(split) = credit::glued_credit(text) {
            // The story's last paragraph, after another of its prose, is in the flow too: a
            // credit glued onto it is the photo's whose caption the scraper lost.
            let flow = in_prose_flow(blocks, at)
                || (at == last_paragraph && at > 0 && story_prose(&blocks[at - 1]));
            let story = reads_as_story(&split, flow);
            if fits_glued(&split, at == last_paragraph) && !story {
                roles[at] = Role::Caption {
                    text: split.text.to_string(),
                    credit: Some(split.credit.to_string()),
                };
                continue;
            }
            if story && photographers(&split) && blocks[at].kind == BlockKind::Paragraph {
                story_credits.push((at, split.text.len(), split.credit.to_string()));
            }
        }
        // A bare line before a caption toggle ("hide caption") is the credit of the caption
        // above it.
        if blocks[at].ends_caption
            && word_count(text) <= 6
            && at > 0
            && caption_sized(&blocks[at - 1].text)
        {
            lines[at] = Some(Pending {
                credit: text.to_string(),
                level: Level::Labelled,
                before_only: true,
            });
            continue;
        }
        if blocks[at].ends_caption || caption_shaped(text) {
            roles[at] = Role::Caption {
                text: text.to_string(),
                credit: None,
            };
        }
    }
    pair_credits(blocks, &lines, &mut roles);
    (roles, story_credits)
}

/// Credit lines that could only belong to the block after them which, with none that took
/// the block before, show that the page prints its credits first.
const HABIT_CREDITS: usize = 2;

/// Each credit line goes to the caption beside it: the block before (as most sites print
/// it) or the one after (some print the credit first). Where only one side can be a caption,
/// that side; where both can, the side the page's other credits took; the block after only
/// with evidence that it shows a picture, or where the page prints credits first. A photo's
/// credit with no caption beside it is no part of the story either; a weaker credit line
/// (a wire's name alone, an author's line) stays where it is.
fn pair_credits(blocks: &[Block], lines: &[Option<Pending>], roles: &mut [Role]) {
    let free_caption =
        |roles: &[Role], j: usize| matches!(roles.get(j), Some(Role::Caption { credit: None, .. }));
    let free_body = |roles: &[Role], j: usize, level: Level| {
        roles.get(j) == Some(&Role::Body) && lines[j].is_none() && fits(&blocks[j], level)
    };
    let evidence = |j: usize| credit::has_caption_evidence(&blocks[j].text);
    let claim = |roles: &[Role], i: usize, line: &Pending| -> Claim {
        let level = line.level;
        // After the story's last paragraph a wire's name signs the story off, and a photo's
        // credit is most often that of a photo with no caption (the page's next story's):
        // the paragraph before it is the story's unless it shows a picture.
        let ends_story = blocks[i + 1..]
            .iter()
            .all(|b| b.kind != BlockKind::Paragraph);
        // A paragraph of the story's prose after another, with a credit line after it and the
        // story going on under the credit, is more likely the story's than a photo's (a
        // credit left with no caption, a caption the scraper lost): without a sign that it
        // shows a picture it stays the story's. The paragraph under the credit may be short
        // (a quote, "“We won,” he said."): the credit line does not end the story's run.
        let in_prose_flow = |j: usize| {
            j > 0
                && [j - 1, j]
                    .iter()
                    .all(|&k| blocks.get(k).is_some_and(story_prose))
                && blocks.get(i + 1).is_some_and(goes_on_as_prose)
        };
        let before = i > 0
            && (free_caption(roles, i - 1)
                || (free_body(roles, i - 1, level)
                    && (!ends_story || (level > Level::Bare && evidence(i - 1)))
                    && (!in_prose_flow(i - 1)
                        || evidence(i - 1)
                        || !narrates_past(&blocks[i - 1].text))));
        let after_caption = !line.before_only && free_caption(roles, i + 1);
        let after = after_caption || (!line.before_only && free_body(roles, i + 1, level));
        let sure_after = after_caption || (after && evidence(i + 1));
        match (before, after) {
            (true, false) => Claim::Sure(Side::Before),
            (false, true) if sure_after => Claim::Sure(Side::After),
            // Both could be: the one that shows a picture ("An oil platform is pictured …"
            // under a headline in sentence case).
            (true, true) if sure_after && !free_caption(roles, i - 1) && !evidence(i - 1) => {
                Claim::Sure(Side::After)
            }
            // Without evidence, only a caption's usual length.
            (false, true) if word_count(&blocks[i + 1].text) <= MAX_NAMED_CAPTION_WORDS => {
                Claim::AfterIfHabit
            }
            (false, true) => Claim::None,
            (true, true) => Claim::Either,
            (false, false) => Claim::None,
        }
    };
    let credit_lines: Vec<usize> = (0..blocks.len())
        .filter(|&i| lines[i].is_some() && roles[i] == Role::Body)
        .collect();
    // First the credits whose caption can only be on one side: they show the page's habit.
    let mut counts = [0usize; 2];
    // Credits that only the block after could belong to, for want of evidence: each a sign
    // that the page prints its credits first.
    let mut after_only = 0;
    let mut open = Vec::new();
    for &i in &credit_lines {
        let line = lines[i].as_ref().expect("a credit line");
        // A scraper's echo of the credit just taken.
        if i > 0 && roles[i - 1] == Role::Consumed && blocks[i - 1].text == blocks[i].text {
            roles[i] = Role::Consumed;
            continue;
        }
        match claim(roles, i, line) {
            Claim::Sure(side) => {
                take(blocks, lines, roles, i, side);
                counts[side as usize] += 1;
            }
            Claim::AfterIfHabit => {
                after_only += 1;
                open.push(i);
            }
            _ => open.push(i),
        }
    }
    let [before, after] = counts;
    // Where both neighbours could be the caption, the side more of the page's credits took;
    // the block after with no other sign of a caption only where none took the block before.
    // Two credits or more that only the block after could belong to, and none that took the
    // block before, are the page's habit too.
    let habit_first = before == 0 && after_only >= HABIT_CREDITS;
    let first = after > before || habit_first;
    let only_first = (after > 0 && before == 0) || habit_first;
    for i in open {
        let line = lines[i].as_ref().expect("a credit line");
        let side = match claim(roles, i, line) {
            Claim::Sure(side) => Some(side),
            Claim::Either if first => Some(Side::After),
            Claim::Either => Some(Side::Before),
            Claim::AfterIfHabit if only_first => Some(Side::After),
            _ => None,
        };
        match side {
            Some(side) => take(blocks, lines, roles, i, side),
            None if line.level >= Level::Photo => roles[i] = Role::Consumed,
            // A name with an outlet ("Ana Moreau for NPR") between two paragraphs of the
            // story's prose is a photo's credit whose caption the scraper lost: an author's
            // line stands at the story's head or foot, not in its middle. (A word in brackets,
            // "[Wired]", is a quoted source's name in a roundup, and stays.)
            None if line.level == Level::Named
                && credit::is_credit_line(&blocks[i].text)
                && i > 0
                && [i - 1, i + 1]
                    .iter()
                    .all(|&k| blocks.get(k).is_some_and(story_prose) && roles[k] == Role::Body) =>
            {
                roles[i] = Role::Consumed
            }
            None => {}
        }
    }
}

/// Credit line `i` goes to the caption on `side`.
fn take(blocks: &[Block], lines: &[Option<Pending>], roles: &mut [Role], i: usize, side: Side) {
    let j = match side {
        Side::Before => i - 1,
        Side::After => i + 1,
    };
    let credit = lines[i].as_ref().expect("a credit line").credit.clone();
    roles[j] = match std::mem::replace(&mut roles[j], Role::Body) {
        Role::Caption { text, .. } => Role::Caption {
            text,
            credit: Some(credit),
        },
        _ => Role::Caption {
            text: blocks[j].text.clone(),
            credit: Some(credit),
        },
    };
    roles[i] = Role::Consumed;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roles(texts: &[&str]) -> Vec<Role> {
        let blocks: Vec<Block> = texts
            .iter()
            .map(|t| Block::new(*t, BlockKind::Paragraph, 1))
            .collect();
        assign(&blocks)
    }

    fn cap(text: &str, credit: Option<&str>) -> Role {
        Role::Caption {
            text: text.into(),
            credit: credit.map(Into::into),
        }
    }

    #[test]
    fn glued_credit_makes_a_caption() {
        assert_eq!(
            roles(&["Vehicles are seen at the base in Anbar province, Iraq.(Reuters / File)"]),
            [cap(
                "Vehicles are seen at the base in Anbar province, Iraq.",
                Some("Reuters / File")
            )]
        );
    }

    #[test]
    fn bbc_image_source_and_caption() {
        assert_eq!(
            roles(&[
                "Image source, Getty Images",
                "Image caption, Crowds in Leeds on Friday"
            ]),
            [
                Role::Consumed,
                cap("Crowds in Leeds on Friday", Some("Getty Images"))
            ]
        );
    }

    #[test]
    fn a_credit_line_after_an_uncredited_caption_is_its_credit() {
        // Left a paragraph, the credit would stand next to the quotation in the text output,
        // and a second clean would make the quotation its caption.
        assert_eq!(
            roles(&[
                "Image caption, Council workers cleared fallen trees from the bridge",
                "Image source, Powys County Council",
                "\"You can smell the river in the walls for months afterwards,\" she added.",
            ]),
            [
                cap(
                    "Council workers cleared fallen trees from the bridge",
                    Some("Powys County Council")
                ),
                Role::Consumed,
                Role::Body
            ]
        );
    }

    #[test]
    fn bbc_caption_label_without_a_comma() {
        assert_eq!(
            roles(&["Image caption Assange gestures after he was arrested by police"]),
            [cap(
                "Assange gestures after he was arrested by police",
                None
            )]
        );
        // A paragraph that merely opens with the word is body.
        assert_eq!(
            roles(&["Caption contests drew a record number of entries this year, the paper said."]),
            [Role::Body]
        );
    }

    #[test]
    fn credit_line_after_caption() {
        let next = "The team flew home on Sunday night, where a crowd of several thousand was waiting at the airport.";
        assert_eq!(
            roles(&[
                "Fans celebrate the win in Mumbai.",
                "Photo: Getty Images",
                next
            ]),
            [
                cap("Fans celebrate the win in Mumbai.", Some("Getty Images")),
                Role::Consumed,
                Role::Body
            ]
        );
        // After the story's last block, only a caption that shows it is one.
        assert_eq!(
            roles(&["Fans celebrate the win in Mumbai.", "Photo: Getty Images"]),
            [Role::Body, Role::Consumed]
        );
        assert_eq!(
            roles(&[
                "Fans are pictured celebrating in Mumbai.",
                "Photo: Getty Images"
            ]),
            [
                cap(
                    "Fans are pictured celebrating in Mumbai.",
                    Some("Getty Images")
                ),
                Role::Consumed
            ]
        );
    }

    #[test]
    fn caption_without_credit_needs_strong_shape() {
        assert_eq!(
            roles(&["Residents are seen queuing for water in Harare, Zimbabwe, on March 2, 2024."]),
            [cap(
                "Residents are seen queuing for water in Harare, Zimbabwe, on March 2, 2024.",
                None
            )]
        );
        assert_eq!(
            roles(&["Police said the suspect was seen in Anbar province, Iraq, on Monday."]),
            [Role::Body]
        );
    }

    /// A story's paragraph: long, reported, what a caption is not.
    const P: &str = "The provincial disaster authority said at least 42 people had died since the rains began on Saturday, most of them when the roofs of their houses collapsed under the weight of water.";
    const P2: &str = "Officials warned people living along the river to move to higher ground before nightfall, and the army sent boats to three districts where villages had been cut off by the flood.";
    const CAPTION: &str = "Residents wade through a flooded street in Lahore on Tuesday.";

    /// The roles of `[P, CAPTION, credit, P2]`: whether the credit line took the caption.
    fn after_caption(credit: &str) -> Vec<Role> {
        roles(&[P, CAPTION, credit, P2])
    }

    #[test]
    fn a_credit_line_after_its_caption_in_every_syntax() {
        for (line, credit) in [
            (
                "Marta Ruiz for The Coastal Herald",
                "Marta Ruiz for The Coastal Herald",
            ),
            (
                "Ana Lopez | Reuters | Getty Images",
                "Ana Lopez | Reuters | Getty Images",
            ),
            ("AFP/Jane Doe", "AFP/Jane Doe"),
            ("EPA-EFE/NAME SURNAME", "EPA-EFE/NAME SURNAME"),
            (
                "Jane Doe/Reuters via Getty Images",
                "Jane Doe/Reuters via Getty Images",
            ),
            ("Photograph: Jane Doe/Reuters", "Jane Doe/Reuters"),
            ("(Photo by Jane Doe/Getty Images)", "Jane Doe/Getty Images"),
            ("Image: Reuters", "Reuters"),
            (
                "Courtesy of the Ortmann family",
                "Courtesy of the Ortmann family",
            ),
            ("Reuters", "Reuters"),
            ("AP", "AP"),
            ("Getty Images", "Getty Images"),
            ("AFP via Getty Images", "AFP via Getty Images"),
            ("JOHN SMITH/AFP", "JOHN SMITH/AFP"),
            ("Foto: Christoph Soeder / dpa", "Christoph Soeder / dpa"),
            ("Crédit photo : AFP", "AFP"),
            ("Фото: Иван Петров / ТАСС", "Иван Петров / ТАСС"),
            ("© Ludovic Marin, AFP", "Ludovic Marin, AFP"),
            // a label of a word, then the credit (Bloomberg)
            ("Photographer: Qilai Shen/Bloomberg", "Qilai Shen/Bloomberg"),
            // an outlet in capitals
            (
                "CHRISTINNE MUSCHI/THE GLOBE AND MAIL",
                "CHRISTINNE MUSCHI/THE GLOBE AND MAIL",
            ),
            // an em dash between photographer and desk (TIME)
            ("Brian Inganga—AP", "Brian Inganga—AP"),
            // a label and a space (Dutch, Italian)
            (
                "Beeld Hollandse Hoogte / Peter Hilz",
                "Hollandse Hoogte / Peter Hilz",
            ),
            ("Foto LaPresse", "LaPresse"),
            // a desk before "Photo by"
            ("AN Photo by Huda Bashatah", "AN Photo by Huda Bashatah"),
            // the day it was taken after the photographer (Folha)
            (
                "Rubens Cavallari - 12.mar.2025/Folhapress",
                "Rubens Cavallari - 12.mar.2025/Folhapress",
            ),
            // a handout and who handed it out
            ("Divulgação/Petrobras", "Divulgação/Petrobras"),
            (
                "Andrew Nelles, USA TODAY Network",
                "Andrew Nelles, USA TODAY Network",
            ),
            ("SPA", "SPA"),
        ] {
            assert_eq!(
                after_caption(line),
                [
                    Role::Body,
                    cap(CAPTION, Some(credit)),
                    Role::Consumed,
                    Role::Body
                ],
                "{line}"
            );
        }
    }

    #[test]
    fn a_named_credit_left_without_its_caption_in_the_storys_middle_goes() {
        assert_eq!(
            roles(&[P, "Ana Moreau for NPR", P2]),
            [Role::Body, Role::Consumed, Role::Body]
        );
        // At the story's foot it is the writer's sign-off; a source in brackets stays.
        assert_eq!(
            roles(&[P, P2, "Ana Moreau for NPR"])[..2],
            [Role::Body, Role::Body]
        );
        assert_eq!(
            roles(&[P, "[Wired]", P2]),
            [Role::Body, Role::Body, Role::Body]
        );
    }

    #[test]
    fn a_credit_line_does_not_take_a_story_paragraph_that_a_short_quote_follows() {
        // The story goes on under the credit with a short quote: the paragraph over the
        // credit, in the past after another of the story's, is still the story's.
        let narrated = "Barely a week ago, the striker had scored just once in a ten-game stretch. His captain could see the frustration on his friend's face.";
        let quote = "\u{201c}He is used to scoring goals,\u{201d} he said.";
        for credit in ["Photo: Jane Doe/dpa", "Bild: Jane Doe/dpa"] {
            let got = roles(&[P, narrated, credit, quote]);
            assert_eq!(got[..2], [Role::Body, Role::Body], "{credit}");
            assert_eq!(got[3], Role::Body, "{credit}");
        }
        // A caption in the present between the same paragraphs still takes its credit.
        assert_eq!(
            roles(&[P, CAPTION, "Photo: Jane Doe/dpa", quote])[1],
            cap(CAPTION, Some("Jane Doe/dpa"))
        );
    }

    #[test]
    fn a_credit_label_over_nothing_goes() {
        assert_eq!(
            roles(&[P, "Photo credits", P2]),
            [Role::Body, Role::Consumed, Role::Body]
        );
    }

    #[test]
    fn a_credit_after_a_story_paragraph_that_narrates_does_not_take_it() {
        // The caption was lost by the scraper and only its credit is left: the paragraph
        // before it is the story's (long, in the past, between two more), and stays so.
        let narrated = "The council voted on Tuesday to close the bridge for repairs, and the works began the next morning after engineers found cracks in two of its supports.";
        assert_eq!(
            roles(&[P, narrated, "Reuters", P2])[..2],
            [Role::Body, Role::Body]
        );
        // A long caption in the same place that describes what it shows is still one.
        let shown = "Rescuers carry an elderly woman to a boat through a street under water in the old quarter of Lahore on Tuesday morning, as the river rises.";
        assert_eq!(
            roles(&[P, shown, "Reuters", P2])[1],
            cap(shown, Some("Reuters"))
        );
    }

    #[test]
    fn a_credit_in_capitals_taken_for_a_heading_is_still_a_credit() {
        let mut blocks = crate::block::paragraphs(&[P, CAPTION, "JOHN SMITH/AFP", P2]);
        crate::classify::infer_heading(&mut blocks[2]);
        assert_eq!(blocks[2].kind, BlockKind::Heading(2));
        assert_eq!(
            assign(&blocks),
            [
                Role::Body,
                cap(CAPTION, Some("JOHN SMITH/AFP")),
                Role::Consumed,
                Role::Body
            ]
        );
    }

    #[test]
    fn a_credit_before_its_caption() {
        // The block before cannot be a caption (it reports speech); the one after shows a
        // picture.
        let pictured =
            "Kristi Noem, governor of South Dakota, pictured at the White House in 2018.";
        assert_eq!(
            roles(&[P, "Alex Wong | Getty Images", pictured, P2]),
            [
                Role::Body,
                Role::Consumed,
                cap(pictured, Some("Alex Wong | Getty Images")),
                Role::Body
            ]
        );
        // Without such evidence, the page's habit decides: here its other credit stands first.
        let plain = "A man pushes his motorbike through water in Gujranwala.";
        assert_eq!(
            roles(&[
                P,
                "AFP/Jane Doe",
                pictured,
                P2,
                "Reuters/Ali Khan",
                plain,
                P
            ]),
            [
                Role::Body,
                Role::Consumed,
                cap(pictured, Some("AFP/Jane Doe")),
                Role::Body,
                Role::Consumed,
                cap(plain, Some("Reuters/Ali Khan")),
                Role::Body
            ]
        );
        // Where the page's credits follow their captions, a credit between two captions is
        // the first one's.
        let second = "Soldiers build an embankment in Jhang on Monday.";
        assert_eq!(
            roles(&[P, CAPTION, "Getty Images", second, "AFP/Jane Doe", P2]),
            [
                Role::Body,
                cap(CAPTION, Some("Getty Images")),
                Role::Consumed,
                cap(second, Some("AFP/Jane Doe")),
                Role::Consumed,
                Role::Body
            ]
        );
    }

    #[test]
    fn a_story_paragraph_with_a_credit_glued_on_stays_the_storys() {
        // A scraper glued a photo's credit whose caption it lost onto the paragraph beside
        // it: the paragraph stays the story's, and the credit is cut off it.
        for (block, text, credit) in [
            (
                "He was sacked following a poor run of results and has been out of work since, most recently working as a pundit.Laila Berg/Folhapress",
                "He was sacked following a poor run of results and has been out of work since, most recently working as a pundit.",
                "Laila Berg/Folhapress",
            ),
            (
                "\u{201c}It sounded like strong women raised him,\u{201d} said Ruffin, who owns a consulting firm. \u{201c}I want to see how he translates that into policy.\u{201d} Foto: Ana Kowalski/dpa",
                "\u{201c}It sounded like strong women raised him,\u{201d} said Ruffin, who owns a consulting firm. \u{201c}I want to see how he translates that into policy.\u{201d}",
                "Foto: Ana Kowalski/dpa",
            ),
            (
                "They closed the bridge after engineers found cracks in two of its supports during a routine check. REUTERS/Gleb Garanich",
                "They closed the bridge after engineers found cracks in two of its supports during a routine check.",
                "REUTERS/Gleb Garanich",
            ),
        ] {
            let mut blocks: Vec<Block> = [P, block, P2]
                .iter()
                .map(|t| Block::new(*t, BlockKind::Paragraph, 1))
                .collect();
            let mut removed = Vec::new();
            let roles = assign_cutting_credits(&mut blocks, &mut removed);
            assert_eq!(roles, [Role::Body, Role::Body, Role::Body], "{block}");
            assert_eq!(blocks[1].text, text);
            assert_eq!(removed.len(), 1);
            assert!(
                credit.contains(removed[0].text.trim_matches(['(', ')'])),
                "{}",
                removed[0].text
            );
            assert!(removed[0].inline);
        }
        // A caption that says so, or a labelled credit under a caption of two sentences, is
        // still a caption.
        for (block, text) in [
            (
                "A stock image of a woman holding a joint. Researchers have looked at the relationship between legalisation and problematic use. Getty",
                "A stock image of a woman holding a joint. Researchers have looked at the relationship between legalisation and problematic use.",
            ),
            (
                "Trump asked voters in Louisiana for a big win. He didn\u{2019}t get it.Credit...Doug Mills/The New York Times",
                "Trump asked voters in Louisiana for a big win. He didn\u{2019}t get it.",
            ),
        ] {
            let roles = roles(&[P, block, P2]);
            assert!(
                matches!(&roles[1], Role::Caption { text: t, credit: Some(_) } if t == text),
                "{block}: {roles:?}"
            );
        }
    }

    #[test]
    fn captions_glued_to_their_credits() {
        for (block, text, credit) in [
            (
                "Rescuers search the rubble in Kyiv on Monday.Reuters",
                "Rescuers search the rubble in Kyiv on Monday.",
                "Reuters",
            ),
            (
                "Rescuers search the rubble in Kyiv on Monday. (AP Photo/Efrem Lukatsky)",
                "Rescuers search the rubble in Kyiv on Monday.",
                "AP Photo/Efrem Lukatsky",
            ),
            (
                "Rescuers search the rubble in Kyiv on Monday.Photo: Reuters",
                "Rescuers search the rubble in Kyiv on Monday.",
                "Reuters",
            ),
            (
                "Rescuers search the rubble in Kyiv on Monday. REUTERS/Gleb Garanich",
                "Rescuers search the rubble in Kyiv on Monday.",
                "REUTERS/Gleb Garanich",
            ),
            (
                "Rescuers search the rubble in Khan Younis [Mohammed Salem/Reuters]",
                "Rescuers search the rubble in Khan Younis",
                "Mohammed Salem/Reuters",
            ),
        ] {
            assert_eq!(
                roles(&[P, block, P2]),
                [Role::Body, cap(text, Some(credit)), Role::Body],
                "{block}"
            );
        }
    }

    #[test]
    fn a_caption_label_on_its_own_line() {
        assert_eq!(
            roles(&[
                "Image copyright",
                "Getty Images",
                "Image caption",
                "Waves crash over the sea wall at Porthcawl on Sunday",
                P
            ]),
            [
                Role::Consumed,
                Role::Consumed,
                Role::Consumed,
                cap(
                    "Waves crash over the sea wall at Porthcawl on Sunday",
                    Some("Getty Images")
                ),
                Role::Body
            ]
        );
    }

    #[test]
    fn a_photo_credit_with_no_caption_goes_and_a_wire_name_stays() {
        // "Getty Images" over the lede: the lead photo's credit, and the lede is no caption.
        let lede = "Chargers coach Anthony Lynn recognises that his team's playoff hopes are slim after Monday's loss.";
        assert_eq!(
            roles(&["Getty Images", lede, P]),
            [Role::Consumed, Role::Body, Role::Body]
        );
        // The credit printed twice: the echo goes with it.
        assert_eq!(after_caption("Getty Images")[2], Role::Consumed,);
        assert_eq!(
            roles(&[P, CAPTION, "Getty Images", "Getty Images", P2]),
            [
                Role::Body,
                cap(CAPTION, Some("Getty Images")),
                Role::Consumed,
                Role::Consumed,
                Role::Body
            ]
        );
    }

    #[test]
    fn story_paragraphs_next_to_credits_stay_paragraphs() {
        let reported =
            "Aid groups said they were short of tents and clean water, Reuters reported.";
        let wire =
            "AP — The government announced a relief package of 10 billion rupees on Tuesday.";
        let quote = "“We lost everything in one night,” said farmer Aslam Khan.";
        let last = "The talks are expected to resume in Geneva next week.";
        for texts in [
            // A reported paragraph, a credit, then a line with no sign of a picture.
            vec![reported, "AFP/Jane Doe", P2],
            vec![wire, "Getty Images", P2],
            vec![quote, "Photo: Getty Images", P2],
            // A wire's name after the story's last paragraph signs it off; a photo credit
            // there is a captionless photo's.
            vec![P, last, "Reuters"],
            vec![P, last, "AP"],
            vec![P, last, "Photograph: Getty Images"],
            vec![P, last, "Jane Doe/AFP via Getty Images"],
            // A headline and an author's line over the lede.
            vec![
                "Floods Cut Off Northern Villages",
                "Jane Doe, The Coastal Herald",
                P,
            ],
            // A sub-heading in Title Case and a source's tag.
            vec![
                P,
                "Stadia's Current Roster Of Games Is Not Impressive",
                "[Wired]",
                P2,
            ],
            // A short paragraph too long for an author-like credit's caption.
            vec![
                P,
                "Teachers lined the entrances to the Statehouse on Tuesday morning, many of them holding handmade signs about class sizes, testing and pay, while others handed out leaflets to lawmakers as they arrived for the start of the new session of the legislature.",
                "Michael Conroy, AP",
                P2,
            ],
        ] {
            let r = roles(&texts);
            for (t, role) in texts.iter().zip(&r) {
                assert!(
                    !matches!(role, Role::Caption { .. }),
                    "{t} taken for a caption in {texts:?}"
                );
            }
        }
    }

    #[test]
    fn wire_names_glued_to_a_story_paragraph_are_no_credit() {
        let last = "On October 18, more than 300 Indians were deported by Mexican immigration authorities for illegally entering the country. PTI";
        assert_eq!(roles(&[P, last]), [Role::Body, Role::Body]);
        // Not the last paragraph, but a sign-off after a space and no sign of a picture.
        assert_eq!(roles(&[P, last, P2]), [Role::Body, Role::Body, Role::Body]);
        // A wire's sign-off after a dash.
        let dashed = "The talks are expected to resume in Geneva next week. — Reuters";
        assert_eq!(
            roles(&[P, dashed, P2]),
            [Role::Body, Role::Body, Role::Body]
        );
        // A sign-off in brackets after a reported sentence.
        let said = "The talks will resume next week, officials said. (Reuters)";
        assert_eq!(roles(&[P, said, P2]), [Role::Body, Role::Body, Role::Body]);
        // Glued straight to the stop, a short caption's credit.
        assert_eq!(
            roles(&[P, "A boy swims in a flooded field near Multan.Reuters", P2])[1],
            cap(
                "A boy swims in a flooded field near Multan.",
                Some("Reuters")
            )
        );
    }

    #[test]
    fn credits_glued_on_in_more_syntaxes() {
        for (block, text, credit) in [
            (
                "Boats on the moat in Tokyo on March 31, 2025. (Mainichi/Kenji Sato)",
                "Boats on the moat in Tokyo on March 31, 2025.",
                "Mainichi/Kenji Sato",
            ),
            (
                "A test train runs near Lhasa on Wednesday. [Photo/Xinhua]",
                "A test train runs near Lhasa on Wednesday.",
                "Xinhua",
            ),
            (
                "Storm clouds over Pune on Tuesday evening.Express photo by Pavan Khengre",
                "Storm clouds over Pune on Tuesday evening.",
                "Express photo by Pavan Khengre",
            ),
            (
                "Verkeer op de A2 bij Utrecht. Beeld ANP / Robin van Lonkhuijsen",
                "Verkeer op de A2 bij Utrecht.",
                "ANP / Robin van Lonkhuijsen",
            ),
            (
                "Workers pick tea leaves in Kericho on March 20, 2025.Luis Tato—AFP/Getty Images",
                "Workers pick tea leaves in Kericho on March 20, 2025.",
                "Luis Tato—AFP/Getty Images",
            ),
            // A wire's usage note is no sentence of the caption's.
            (
                "This photo, released by the Korean Central News Agency on Feb. 14, 2025, shows a missile launch at an undisclosed location in North Korea. (For Use Only in the Republic of Korea. No Redistribution) (Yonhap)",
                "This photo, released by the Korean Central News Agency on Feb. 14, 2025, shows a missile launch at an undisclosed location in North Korea. (For Use Only in the Republic of Korea. No Redistribution)",
                "Yonhap",
            ),
        ] {
            assert_eq!(
                roles(&[P, block, P2]),
                [Role::Body, cap(text, Some(credit)), Role::Body],
                "{block}"
            );
        }
    }

    #[test]
    fn a_page_that_prints_its_credits_first_keeps_to_it() {
        // No credit can take the block before it (the story's reported prose): two of them or
        // more say the page prints credits first, and the third, that could go either way,
        // follows them.
        let short = "The academy measures about 180 glaciers every year.";
        let blocks = [
            P,
            "Keystone / Jean-Christophe Bott",
            "The Rhone Glacier, covered with blankets, near Gletsch.",
            P2,
            "EPA/GIAN EHRENZELLER",
            "Measuring stakes on the Morteratsch Glacier in Graubünden.",
            short,
            "Keystone-SDA",
            "A hiker crosses the Aletsch Glacier, the largest in the Alps.",
            P,
        ];
        let got = roles(&blocks);
        assert_eq!(got[6], Role::Body);
        for (line, caption) in [(1, 2), (4, 5), (7, 8)] {
            assert_eq!(got[line], Role::Consumed);
            assert!(matches!(got[caption], Role::Caption { .. }), "{caption}");
        }
        // One such credit alone is no habit: it goes, and the block after stays the story's.
        assert_eq!(
            roles(&[P, "Foto: Peter Kneffel/dpa", CAPTION, P2]),
            [Role::Body, Role::Consumed, Role::Body, Role::Body]
        );
    }

    #[test]
    fn speech_in_other_languages_is_the_storys() {
        // The credit line could take either neighbour: a paragraph that gives words to
        // someone is not the one.
        for said in [
            "Dupper sagte am Donnerstag, man sei besser vorbereitet als 2013.",
            "Il sindaco ha detto che il Comune chiederà fondi al ministero.",
            "Madlener zei dat de maatregel te weinig oplevert.",
        ] {
            let got = roles(&[P, said, "Foto: Peter Kneffel/dpa", CAPTION, P2]);
            assert_eq!(got[1], Role::Body, "{said}");
        }
    }

    #[test]
    fn a_photographers_credit_on_the_storys_last_paragraph_leaves_it_the_storys() {
        let last = "Recent governments have, however, recognized that Austrians were also perpetrators of Nazi crimes.Laila Moreau/Folhapress";
        let got = roles(&[P, P2, last]);
        assert_eq!(got[2], Role::Body);
    }
}
