//! Stage "clean": strip template artefacts inside blocks and drop boilerplate blocks.
//!
//! First, template sections that exist only for an advert or a paywall go with their content
//! ([`sections`]). Then per block, in order: decode entities and Markdown inline syntax; strip
//! the inline template table; collapse whitespace; cut leftovers glued into the story's
//! sentences ([`glued`]); drop the block if nothing with letters is left, if its whole shape
//! is boilerplate, or if it repeats an earlier block. Every cut is recorded with the rule that
//! made it.

mod sections;

use crate::block::Block;
use crate::removed::Removed;
use crate::rules::{Reason, boilerplate, glued, template};
use crate::text::normalize;
use crate::tidy::{self, word_count};
use rustc_hash::FxHashMap as HashMap;
use std::borrow::Cow;

/// How many kept blocks apart a short repeat may stand and still be an echo.
const DUPLICATE_REACH: usize = 8;

/// Fewer words than this left by a glued cut, or words with no sentence end, are no sentence
/// of the story's: when the whole block has a boilerplate row's shape, the row decides.
const MIN_CUT_REMAINDER_WORDS: usize = 3;

/// Rounds of cleaning inside a block at most: each decodes entities twice, so eight levels
/// of escaping come out; a pathological nesting deeper than that keeps the rest (and costs
/// no more than four passes).
const MAX_ROUNDS: usize = 4;

/// The duplicate rule, block by block in reading order: a repeat close to its original is a
/// scraper's echo (a caption or credit printed twice); a short line repeated far away is the
/// story's own (a recipe's "1 cup rice" on every day of a meal plan, a table's cells).
///
/// Distance is counted in kept blocks, so the same rule gives the same answer wherever the
/// same blocks stand in the same order: the story's text output, read back, is judged by
/// it too (see [`echoes`]).
#[derive(Default)]
pub struct Echoes {
    /// Where each text last stood, counted in kept blocks. (Keyed by a hash of the text: no
    /// copy of every block is kept for the lookup.)
    seen: HashMap<u64, usize>,
    kept: usize,
}

impl Echoes {
    /// Whether `text`, standing next, echoes an earlier block; a block that does not counts
    /// as kept. `markup`: the block came from a page, where a short repeated line is a cell
    /// or an item, not an echo.
    pub fn is_echo(&mut self, text: &str, markup: bool) -> bool {
        let here = self.kept;
        let words = word_count(text);
        let echo = self.seen.insert(hash(text), here).is_some_and(|before| {
            (here - before <= DUPLICATE_REACH && !(markup && words < 6)) || words >= 12
        });
        if !echo {
            self.kept += 1;
        }
        echo
    }
}

/// Which of these lines (plain text, in reading order) the duplicate rule drops as echoes.
pub fn echoes<'t>(texts: impl IntoIterator<Item = &'t str>) -> Vec<bool> {
    let mut echoes = Echoes::default();
    texts
        .into_iter()
        .map(|t| echoes.is_echo(t, false))
        .collect()
}

pub struct Cleaned {
    pub blocks: Vec<Block>,
    pub removed: Vec<Removed>,
}

pub fn clean(mut raw: Vec<Block>) -> Cleaned {
    let mut blocks: Vec<Block> = Vec::with_capacity(raw.len());
    let mut removed = Vec::new();
    sections::drop_ad_sections(&mut raw, &mut removed);
    let mut echoes = Echoes::default();
    // A "Related Topics"-style heading was just removed: link-shaped blocks under it go too.
    // (the list's reason, where its heading sits in `removed`)
    let mut open_list: Option<(Reason, usize)> = None;
    for mut block in raw {
        let line = block.line;
        let mut fragments = Vec::new();
        let mut doubts = Vec::new();
        // The block's text once decoded, stripped and collapsed; `None` when that is exactly
        // what it already was, which is the common case and costs no copy. What one round
        // leaves can read as more to clean (`&amp;amp;amp;quot;` is `&quot;` after a round's
        // two decodings; an entity can decode to a template delimiter), so it is cleaned
        // again until nothing changes: the output, read back, must not clean to anything else.
        let changed: Option<String> = {
            let mut changed = tidy(&block.text, &mut fragments);
            for _ in 1..MAX_ROUNDS {
                let Some(t) = &changed else { break };
                match tidy(t, &mut fragments) {
                    Some(next) if next != *t => changed = Some(next),
                    _ => break,
                }
            }
            changed
        };
        let text: &str = changed.as_deref().unwrap_or(&block.text);
        let original = || tidy::whitespace(&block.text);

        if !text.chars().any(char::is_alphanumeric) {
            // Nothing of the story here. Name the rule that emptied it, if one did.
            let (reason, rule) = fragments
                .first()
                .map_or((Reason::Markup, "no-words"), |f: &Fragment| {
                    (f.reason, f.rule)
                });
            if !original().is_empty() {
                removed.push(Removed {
                    reason,
                    rule,
                    text: original(),
                    line,
                    inline: false,
                    kept: false,
                    site: None,
                });
            }
            continue;
        }
        // Leftovers glued into the story's sentences come out first, so that the block is
        // judged on the story's words alone: "Share on Facebook.The vote passed 5-4." is a
        // short paragraph, not a share widget.
        let mut only_leftover = None;
        let uncut = text;
        let glued_cut = match glued::cut_block(text, block.link_density.is_some()) {
            Some((rest, cuts)) => {
                let whole = !rest.chars().any(char::is_alphanumeric);
                for c in cuts {
                    if c.kept {
                        doubts.push(Removed {
                            reason: c.reason,
                            rule: c.id,
                            text: c.text,
                            line,
                            inline: true,
                            kept: true,
                            site: None,
                        });
                    } else if whole {
                        only_leftover.get_or_insert((c.reason, c.id));
                    } else {
                        fragments.push(Fragment {
                            reason: c.reason,
                            rule: c.id,
                            text: c.text,
                        });
                    }
                }
                (!whole).then_some(rest)
            }
            None => None,
        };
        // What a cut leaves of a block that is boilerplate as a whole, if it is less than a
        // sentence ("Copy link URLCopied!"), is the block's own: the whole-block row decides.
        let whole_row = match &glued_cut {
            Some(rest)
                if word_count(rest) < MIN_CUT_REMAINDER_WORDS
                    || !rest
                        .trim_end()
                        .ends_with(['.', '!', '?', '"', '”', '’', ')']) =>
            {
                boilerplate::classify(text)
            }
            _ => None,
        };
        let text: &str = match whole_row {
            Some(_) => text,
            None => glued_cut.as_deref().unwrap_or(text),
        };
        // "By Jane Doe | Fox News" has the shape of a breadcrumb but is the byline; "Ana
        // Lopez | Reuters | Getty Images" and "© Jane Doe, AFP" are a photo's credit.
        let byline = crate::rules::byline::is_byline(text);
        // (Asked only where it decides: most blocks match no row and repeat nothing.)
        let credit = || !byline && crate::rules::credit::is_credit_line(text);
        let row = if whole_row.is_some() {
            whole_row
        } else if byline {
            None
        } else {
            boilerplate::classify(text).filter(|_| !credit())
        };
        if row.is_none()
            && let Some((reason, rule)) = only_leftover
        {
            // A leftover and nothing else, which no whole-block row names.
            removed.push(Removed {
                reason,
                rule,
                text: tidy::whitespace(uncut),
                line,
                inline: false,
                kept: false,
                site: None,
            });
            continue;
        }
        // Under a list heading a section name ("news") is one of the list's topic links.
        let listable = row.is_none_or(|r| r.id == "navigation-link");
        if listable && let Some((reason, heading)) = open_list {
            if !byline && boilerplate::link_shaped(text) {
                removed[heading].reason = reason;
                removed.push(Removed {
                    reason,
                    rule: "link-list",
                    text: original(),
                    line,
                    inline: false,
                    kept: false,
                    site: None,
                });
                continue;
            }
            open_list = None;
        }
        if let Some(row) = row {
            open_list = boilerplate::opens_list(row.id).map(|reason| (reason, removed.len()));
            removed.push(Removed {
                reason: row.reason,
                rule: row.id,
                text: original(),
                line,
                inline: false,
                kept: false,
                site: None,
            });
            // A toggle the markup puts inside a caption element is that caption's label; the
            // block before it is not a caption for it. "Image:" introduces the caption under
            // it: only a toggle without a colon ("hide caption") ends the caption above it.
            if boilerplate::marks_caption(row.id)
                && !block.caption
                && !text.ends_with(':')
                && let Some(prev) = blocks.last_mut()
            {
                prev.ends_caption = true;
            }
            continue;
        }
        // A credit repeats under each photo ("Getty Images"): only a copy right after
        // itself is an echo.
        if echoes.is_echo(text, block.link_density.is_some())
            && !(blocks.last().is_some_and(|b| b.text != text) && credit())
        {
            removed.push(Removed {
                reason: Reason::Duplicate,
                rule: "exact-repeat",
                text: original(),
                line,
                inline: false,
                kept: false,
                site: None,
            });
            continue;
        }
        let text = match glued_cut {
            Some(rest) => rest,
            None => changed.unwrap_or_else(|| std::mem::take(&mut block.text)),
        };
        removed.extend(fragments.into_iter().map(|f| Removed {
            reason: f.reason,
            rule: f.rule,
            text: f.text,
            line,
            inline: true,
            kept: false,
            site: None,
        }));
        removed.append(&mut doubts);
        blocks.push(Block { text, ..block });
    }
    Cleaned { blocks, removed }
}

/// One round of cleaning inside a block: entities decoded, template tags stripped (each
/// recorded), Markdown inline syntax reduced, whitespace collapsed. `None` when the text was
/// already exactly that.
fn tidy(text: &str, fragments: &mut Vec<Fragment>) -> Option<String> {
    let decoded = normalize::decode_entities(text);
    let stripped = strip_templates(&decoded, fragments);
    let unlinked = match normalize::markdown_inline(&stripped) {
        // Reducing Markdown can join a delimiter from pieces (`[{](u){x}}` is
        // `{{x}}` once the link is its text): what it changed is stripped again.
        Cow::Owned(md) => Cow::Owned(strip_templates(&md, fragments).into_owned()),
        same => same,
    };
    let untouched = matches!(
        (&decoded, &stripped, &unlinked),
        (Cow::Borrowed(_), Cow::Borrowed(_), Cow::Borrowed(_))
    );
    if untouched && tidy::is_tidy_text(&unlinked) {
        None
    } else {
        Some(tidy::whitespace(&unlinked))
    }
}

struct Fragment {
    reason: Reason,
    rule: &'static str,
    text: String,
}

/// Removes every match of the template table, recording each. The gap a tag leaves takes a
/// space unless punctuation follows it, so "word {{x}}." becomes "word." and not "word .".
fn strip_templates<'t>(text: &'t str, fragments: &mut Vec<Fragment>) -> Cow<'t, str> {
    if !template::may_contain_template(text) {
        return Cow::Borrowed(text);
    }
    // An invisible character inside a tag (`{\u{200B}{ad}}`) hides it from the table, and
    // the whitespace step, dropping it afterwards, would put the tag back together.
    let text = tidy::drop_invisible(text);
    let re = template::compiled();
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for m in re.find_iter(&*text) {
        let rule = &template::TABLE[m.pattern().as_usize()];
        let next = text[m.end()..].chars().next();
        // A bracketed name followed by a parenthesis is a Markdown link's text
        // (`[serde_json](https://…)`), not a shortcode.
        if rule.bracketed && next == Some('(') {
            continue;
        }
        out.push_str(&text[last..m.start()]);
        if next.is_some_and(|c| ".,;:!?)".contains(c)) {
            let trimmed = out.trim_end().len();
            out.truncate(trimmed);
        } else {
            out.push(' ');
        }
        fragments.push(Fragment {
            reason: rule.reason,
            rule: rule.id,
            text: tidy::whitespace(&text[m.start()..m.end()]),
        });
        last = m.end();
    }
    if last == 0 {
        return text;
    }
    out.push_str(&text[last..]);
    Cow::Owned(out)
}

fn hash(text: &str) -> u64 {
    use std::hash::BuildHasher;
    rustc_hash::FxBuildHasher.hash_one(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::block::BlockKind;

    fn run(texts: &[&str]) -> Cleaned {
        clean(
            texts
                .iter()
                .enumerate()
                .map(|(i, t)| Block::new(*t, BlockKind::Paragraph, i + 1))
                .collect(),
        )
    }

    fn kept(c: &Cleaned) -> Vec<&str> {
        c.blocks.iter().map(|b| b.text.as_str()).collect()
    }

    #[test]
    fn a_photo_credit_line_is_kept_for_its_caption() {
        // A credit has the shape of a breadcrumb, and repeats under each photo.
        let c = run(&[
            "Rescue workers carry a woman to a boat.",
            "Ana Lopez | Reuters | Getty Images",
            "Story.",
            "A boy swims in a flooded field.",
            "Ana Lopez | Reuters | Getty Images",
            "Ana Lopez | Reuters | Getty Images",
        ]);
        assert_eq!(
            kept(&c),
            [
                "Rescue workers carry a woman to a boat.",
                "Ana Lopez | Reuters | Getty Images",
                "Story.",
                "A boy swims in a flooded field.",
                "Ana Lopez | Reuters | Getty Images",
            ]
        );
        // The copy right after itself is still an echo; a menu is still a breadcrumb.
        assert_eq!(c.removed[0].reason, Reason::Duplicate);
        assert_eq!(run(&["News | World | Business"]).blocks.len(), 0);
    }

    #[test]
    fn template_only_blocks_are_removed_as_template() {
        let c = run(&["Story.", "{{^userSubscribed}} {{/userSubscribed}}"]);
        assert_eq!(kept(&c), ["Story."]);
        assert_eq!(c.removed[0].reason, Reason::Template);
        assert_eq!(c.removed[0].text, "{{^userSubscribed}} {{/userSubscribed}}");
    }

    #[test]
    fn every_template_syntax_is_stripped_inline() {
        let c = run(&[
            "A {{var}} b {{{raw}}} c {{#s}}d{{/s}} e {{^s}} f {{! note }} g {% if x %}h{% endif %} \
             i {# c #} j <%= ad %> k <% end %> l <?php echo $x; ?> m ${promo} n [[AD_SLOT]] \
             o <<newsletter>> p <div class=\"ad\"> q </p> r <!-- c --> s.",
        ]);
        assert_eq!(kept(&c), ["A b c d e f g h i j k l m n o p q r s."]);
        assert!(c.removed.iter().all(|r| r.inline));
        assert_eq!(c.removed.len(), 18);
    }

    #[test]
    fn shortcodes_are_stripped_and_bracketed_prose_stays() {
        let c = run(&[
            "[vc_row][vc_column]The council met.[ad_2] It voted [caption id=\"attachment_9\" \
             align=\"alignnone\"]yes[/caption] on Monday.",
            "\"They [the council] said it was too late [sic],\" she wrote in [Wired].",
            "It uses [serde_json](https://docs.rs/serde_json) for parsing.",
        ]);
        assert_eq!(
            kept(&c),
            [
                "The council met. It voted yes on Monday.",
                "\"They [the council] said it was too late [sic],\" she wrote in [Wired].",
                "It uses serde_json for parsing.",
            ]
        );
        assert!(c.removed.iter().all(|r| r.rule == "shortcode"));
        assert_eq!(c.removed.len(), 5);
    }

    #[test]
    fn a_label_with_a_colon_does_not_end_the_caption_above_it() {
        let c = run(&[
            "His first match will be away on Saturday.",
            "Image:",
            "Jose Mourinho, left.",
        ]);
        assert!(!c.blocks[0].ends_caption);
        let c = run(&[
            "A nurse checks on a patient.",
            "hide caption",
            "The story goes on.",
        ]);
        assert!(c.blocks[0].ends_caption);
    }

    #[test]
    fn what_a_round_leaves_is_cleaned_again() {
        // Escaped four times over: one round's two decodings leave `&quot;` and `&#123;`,
        // which the text output would show and a second clean of it would decode (and the
        // braces then make a template tag).
        let c = run(&[
            "&amp;amp;amp;quot;Open all night,&amp;amp;amp;quot; she said. \
             &amp;amp;amp;#123;&amp;amp;amp;#123;ad&amp;amp;amp;#125;&amp;amp;amp;#125; \
             Then it closed.",
        ]);
        assert_eq!(kept(&c), ["\"Open all night,\" she said. Then it closed."]);
        assert_eq!(c.removed.len(), 1);
        assert!(c.removed[0].inline);
    }

    #[test]
    fn a_title_in_angle_brackets_is_not_a_tag() {
        let c = run(&[
            "The musical <The Palace: Tale of Jang Noksu> returns.<br/> Tickets <B>sold</B> out.",
        ]);
        assert_eq!(
            kept(&c),
            ["The musical <The Palace: Tale of Jang Noksu> returns. Tickets sold out."]
        );
    }

    #[test]
    fn tag_before_punctuation_leaves_no_space() {
        let c = run(&["The strike was confirmed {{ad_slot_1}}. More followed."]);
        assert_eq!(kept(&c), ["The strike was confirmed. More followed."]);
    }

    #[test]
    fn double_escaped_entities_are_decoded() {
        let c = run(&["Tom &amp;amp; Jerry said &amp;quot;hi&amp;quot;."]);
        assert_eq!(kept(&c), ["Tom & Jerry said \"hi\"."]);
    }

    #[test]
    fn exact_duplicates_collapse() {
        let c = run(&["A caption here.", "Body text.", "A caption here."]);
        assert_eq!(kept(&c), ["A caption here.", "Body text."]);
        assert_eq!(c.removed[0].reason, Reason::Duplicate);
    }

    #[test]
    fn short_repeats_far_apart_are_content() {
        let mut texts = vec!["1 cup rice"];
        texts.extend([
            "Day one.",
            "Day two.",
            "Day three.",
            "Day four.",
            "Day five.",
        ]);
        texts.extend([
            "Day six.",
            "Day seven.",
            "Day eight.",
            "Day nine.",
            "1 cup rice",
        ]);
        let c = run(&texts);
        assert_eq!(
            c.blocks.iter().filter(|b| b.text == "1 cup rice").count(),
            2
        );
    }

    #[test]
    fn glued_also_read_is_cut_and_reported() {
        let c = run(&["The army said the area was secure. ALSO READ: Army chief visits Leh"]);
        assert_eq!(kept(&c), ["The army said the area was secure."]);
        assert_eq!(c.removed[0].reason, Reason::Related);
        assert!(c.removed[0].inline);
    }

    #[test]
    fn caption_toggle_marks_previous_block() {
        let c = run(&["Crowds gather.", "Jane Doe/NPR", "hide caption"]);
        assert!(c.blocks[1].ends_caption);
    }
}
