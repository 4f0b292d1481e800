//! Template sections that only exist for an advert or a paywall (`{{#ads}}Buy now{{/ads}}`,
//! `{{^userSubscribed}}Subscribe to read on{{/userSubscribed}}`, `{% if show_promo %}…{% endif %}`)
//! go with their content, on one line or across the blocks a dump split them into. Other
//! sections keep their content: only their tags are stripped, later, by the inline table.
//!
//! A section holding more than a plug's length (see [`template::AD_SECTION_MAX_WORDS`]) keeps
//! its words, and the doubt is reported: it is more likely the story shown to subscribers.

use crate::block::Block;
use crate::removed::Removed;
use crate::rules::{Reason, template};
use crate::tidy::{self, word_count};

#[derive(Clone, Copy)]
enum Tag {
    /// An opener: the reason when its name says ad or paywall, and which of its branches is
    /// the plug (true: the one before `else`).
    Open(Option<(Reason, bool)>),
    Else,
    Close,
}

#[derive(Clone, Copy)]
struct At {
    block: usize,
    start: usize,
    end: usize,
}

/// Removes every ad or paywall section from `blocks`, recording each in `removed`.
pub fn drop_ad_sections(blocks: &mut [Block], removed: &mut Vec<Removed>) {
    if !blocks
        .iter()
        .any(|b| b.text.contains("{{") || b.text.contains("{%"))
    {
        return;
    }
    let re = template::section_tags();
    // (reason, opener, end of content / start of the closing tag, closing tag's end)
    let mut sections: Vec<(Reason, At, At)> = Vec::new();
    let mut stack: Vec<(Option<(Reason, bool)>, At)> = Vec::new();
    // Each section name read once: a page repeats its few names at every section.
    let mut names = rustc_hash::FxHashMap::default();
    for (i, b) in blocks.iter().enumerate() {
        if !(b.text.contains("{{") || b.text.contains("{%")) {
            continue;
        }
        // The fast search finds each tag; the tag's few bytes are then read by hand.
        for m in re.find_iter(&b.text) {
            let at = At {
                block: i,
                start: m.start(),
                end: m.end(),
            };
            let tag = read_tag(m.as_str(), &mut names);
            match tag {
                Tag::Open(plug) => stack.push((plug, at)),
                Tag::Else => {
                    // The branch before `else` ends here; the other branch starts.
                    if let Some(top) = stack.last_mut() {
                        if let Some((reason, true)) = top.0 {
                            sections.push((reason, top.1, at));
                        }
                        top.0 = top.0.map(|(reason, first)| (reason, !first));
                        top.1 = at;
                    }
                }
                Tag::Close => {
                    if let Some((Some((reason, true)), open)) = stack.pop() {
                        sections.push((reason, open, at));
                    }
                }
            }
        }
    }
    // Outermost first; a section inside one already taken goes with it.
    sections.sort_by_key(|(_, open, _)| (open.block, open.start));
    let mut taken_until: Option<(usize, usize)> = None;
    for (reason, open, close) in sections {
        if taken_until.is_some_and(|end| (open.block, open.start) < end) {
            continue;
        }
        let empty = if open.block == close.block {
            !blocks[open.block].text[open.end..close.start]
                .chars()
                .any(char::is_alphanumeric)
        } else {
            !content_text(blocks, open, close)
                .chars()
                .any(char::is_alphanumeric)
        };
        if empty {
            // Empty: tags alone, which the inline table strips as template leftovers.
            continue;
        }
        let content = content_text(blocks, open, close);
        let whole = section_text(blocks, open, close);
        if word_count(&content) > template::AD_SECTION_MAX_WORDS
            || close.block - open.block >= template::AD_SECTION_MAX_BLOCKS
        {
            removed.push(Removed {
                reason,
                rule: template::AD_SECTION_RULE,
                text: tidy::whitespace(&whole),
                line: blocks[open.block].line,
                inline: true,
                kept: true,
                site: None,
            });
            continue;
        }
        taken_until = Some((close.block, close.end));
        let alone = blocks[open.block].text[..open.start].trim().is_empty()
            && blocks[close.block].text[close.end..].trim().is_empty();
        removed.push(Removed {
            reason,
            rule: template::AD_SECTION_RULE,
            text: tidy::whitespace(&whole),
            line: blocks[open.block].line,
            inline: !alone,
            kept: false,
            site: None,
        });
        cut(blocks, open, close);
    }
}

/// What a section tag matched by [`template::section_tags`] is: an opener (with the plug
/// branch, when its name says ad or paywall), an `else`, or a closer.
fn read_tag<'t>(
    tag: &'t str,
    names: &mut rustc_hash::FxHashMap<&'t str, Option<(Reason, template::Gate)>>,
) -> Tag {
    let mustache = tag.starts_with("{{");
    let inner = tag
        .trim_start_matches(['{', '%', '-'])
        .trim_end_matches(['}', '%', '-'])
        .trim();
    let mut words = inner.split_whitespace();
    let first = words.next().unwrap_or("");
    let (name, inverted) = if mustache {
        match first.chars().next() {
            Some('/') => return Tag::Close,
            Some(sigil @ ('#' | '^')) => {
                let rest = first[1..].trim();
                let head = if rest.is_empty() {
                    words.next().unwrap_or("")
                } else {
                    rest
                };
                match head {
                    "if" | "with" => (words.next().unwrap_or(""), sigil == '^'),
                    "unless" => (words.next().unwrap_or(""), sigil != '^'),
                    name => (name, sigil == '^'),
                }
            }
            _ => return Tag::Else,
        }
    } else {
        match first {
            "if" | "unless" => {
                let mut name = words.next().unwrap_or("");
                let mut inverted = first == "unless";
                if name == "not" {
                    inverted = !inverted;
                    name = words.next().unwrap_or("");
                }
                (name, inverted)
            }
            "else" | "elif" => return Tag::Else,
            _ => return Tag::Close,
        }
    };
    Tag::Open(
        (*names
            .entry(name)
            .or_insert_with(|| template::ad_section_reason(name)))
        .map(|(reason, gate)| (reason, (gate == template::Gate::Plug) != inverted)),
    )
}

/// The words between the opener and the closer.
fn content_text(blocks: &[Block], open: At, close: At) -> String {
    span(blocks, open.block, open.end, close.block, close.start)
}

/// The section with its tags.
fn section_text(blocks: &[Block], open: At, close: At) -> String {
    span(blocks, open.block, open.start, close.block, close.end)
}

fn span(blocks: &[Block], b0: usize, s0: usize, b1: usize, s1: usize) -> String {
    if b0 == b1 {
        return blocks[b0].text[s0..s1].to_string();
    }
    let mut out = blocks[b0].text[s0..].to_string();
    for b in &blocks[b0 + 1..b1] {
        out.push('\n');
        out.push_str(&b.text);
    }
    out.push('\n');
    out.push_str(&blocks[b1].text[..s1]);
    out
}

/// Cuts the section out: the text before its opener and after its closer stay, joined as a
/// sentence would be; blocks wholly inside it are emptied (and then dropped as empty).
fn cut(blocks: &mut [Block], open: At, close: At) {
    if open.block == close.block {
        let text = &blocks[open.block].text;
        let joined = join(&text[..open.start], &text[close.end..]);
        blocks[open.block].text = joined;
        return;
    }
    let after = blocks[close.block].text[close.end..].to_string();
    blocks[open.block].text.truncate(open.start);
    for b in &mut blocks[open.block + 1..close.block] {
        b.text.clear();
    }
    blocks[close.block].text = after;
}

fn join(before: &str, after: &str) -> String {
    let (before, after) = (before.trim_end(), after.trim_start());
    if before.is_empty() || after.is_empty() || after.starts_with(['.', ',', ';', ':', '!', '?']) {
        format!("{before}{after}")
    } else {
        format!("{before} {after}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::block::paragraphs;

    fn run(texts: &[&str]) -> (Vec<String>, Vec<Removed>) {
        let mut blocks = paragraphs(texts);
        let mut removed = Vec::new();
        drop_ad_sections(&mut blocks, &mut removed);
        (blocks.into_iter().map(|b| b.text).collect(), removed)
    }

    #[test]
    fn an_ad_section_goes_with_its_content() {
        let (kept, removed) = run(&["The vote passed. {{#ads}}Buy now{{/ads}}The council met."]);
        assert_eq!(kept, ["The vote passed. The council met."]);
        assert_eq!(removed[0].reason, Reason::Advert);
        assert_eq!(removed[0].text, "{{#ads}}Buy now{{/ads}}");
    }

    #[test]
    fn a_paywall_section_across_blocks_goes_whole() {
        let (kept, removed) = run(&[
            "The vote passed.",
            "{{^userSubscribed}}",
            "Subscribe to keep reading.",
            "{{/userSubscribed}}",
            "The council met.",
        ]);
        assert_eq!(kept, ["The vote passed.", "", "", "", "The council met."]);
        assert_eq!(removed[0].reason, Reason::Subscribe);
        assert!(!removed[0].inline);
    }

    #[test]
    fn handlebars_and_jinja_sections_are_followed() {
        let (kept, _) = run(&[
            "A. {{#if showAds}}Deal of the day{{/if}}B.",
            "C. {% if show_promo %}Try Premium{% endif %} D.",
            "E. {{#if isPaywalled}}Subscribe{{else}}F.{{/if}}",
        ]);
        assert_eq!(kept, ["A. B.", "C. D.", "E. F.{{/if}}"]);
    }

    #[test]
    fn what_subscribers_see_stays_and_what_others_see_goes() {
        let (kept, _) = run(&[
            "{% if premium %}The vote passed.{% endif %}",
            "{{#userSubscribed}}The council met.{{/userSubscribed}}",
            "{{^userSubscribed}}Subscribe to read on{{/userSubscribed}}",
            "{{#if isSubscriber}}It rained.{{else}}Log in to read{{/if}}",
            "{% if not user.premium %}Go premium{% endif %}",
        ]);
        assert_eq!(
            kept,
            [
                "{% if premium %}The vote passed.{% endif %}",
                "{{#userSubscribed}}The council met.{{/userSubscribed}}",
                "",
                "{{#if isSubscriber}}It rained.",
                "",
            ]
        );
    }

    #[test]
    fn other_sections_keep_their_content() {
        let (kept, removed) = run(&[
            "{{#article}}The vote passed.{{/article}}",
            "{{#user}}Hi{{/user}}",
        ]);
        assert_eq!(
            kept,
            [
                "{{#article}}The vote passed.{{/article}}",
                "{{#user}}Hi{{/user}}"
            ]
        );
        assert!(removed.is_empty());
    }

    #[test]
    fn a_long_section_keeps_its_words_and_is_reported() {
        let story = "The council met again on Friday and voted on the plan. ".repeat(8);
        let text = format!("{{{{#promo}}}}{story}{{{{/promo}}}}");
        let (kept, removed) = run(&[&text]);
        assert_eq!(kept, [text.as_str()]);
        assert!(removed[0].kept);
    }

    #[test]
    fn section_names_are_read_by_their_parts() {
        use template::Gate::{Entitled, Plug};
        use template::ad_section_reason as r;
        assert_eq!(r("ads"), Some((Reason::Advert, Plug)));
        assert_eq!(r("userSubscribed"), Some((Reason::Subscribe, Entitled)));
        assert_eq!(r("show_promo"), Some((Reason::Advert, Plug)));
        assert_eq!(r("isPaywalled"), Some((Reason::Subscribe, Plug)));
        assert_eq!(r("adSlot"), Some((Reason::Advert, Plug)));
        assert_eq!(r("is_logged_in"), Some((Reason::Subscribe, Entitled)));
        assert_eq!(r("headline"), None);
        assert_eq!(r("loaded"), None);
        assert_eq!(r("address"), None);
        assert_eq!(r("user"), None);
    }
}
