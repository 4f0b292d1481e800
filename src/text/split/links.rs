//! Links in a Markdown dump: a link whose text runs over several lines joined into one line
//! (and told as a card when its parts stand on lines of their own), and the share of each
//! block's letters that is link text, measured as a page's markup gives it. Apart from the
//! reader because both work on links across lines and blocks, not on a line's own syntax.

use super::syntax::markdown_structure;
use super::{Line, trimmed};
use crate::block::Block;
use crate::rules::markdown;
use crate::text::normalize;
use std::borrow::Cow;

/// How many lines a link's text may run over.
const LINK_LINES: usize = 12;

/// Lines holding one link between them (`[Click to share on X (Opens in new window)` on one,
/// `X](https://…)` on the next) joined into one, so that the link is reduced to its text like
/// any other. A `[` that no `](` or `][` closes within [`LINK_LINES`] lines is prose.
pub(super) fn join_links(mut lines: Vec<Line>) -> Vec<Line> {
    if !lines.iter().any(|l| l.text.contains('[')) {
        return lines;
    }
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    let mut i = 0;
    while i < lines.len() {
        let depth = bracket_depth(0, &lines[i].text).0;
        if depth > 0
            && let Some(end) = link_end(&lines, i, depth)
        {
            let mut text = lines[i].text.trim_end().trim_end_matches('\\').to_string();
            for l in &lines[i + 1..=end] {
                let part = continuation(&l.text);
                // The link's closing bracket goes right after its text: a line break before
                // it is no space in the text.
                if !part.is_empty() && !part.starts_with(']') {
                    text.push(' ');
                }
                text.push_str(part);
            }
            // Parts on lines of their own, a picture or a heading among them: a card.
            let opening = trimmed(&lines[i].text);
            let structured = opening.ends_with("[![")
                || opening.ends_with('[')
                    && lines[i + 1..end].iter().any(|l| {
                        let t = trimmed(&l.text);
                        t.is_empty() || t.starts_with('#') || t.starts_with("![")
                    })
                || lines[i + 1..end]
                    .iter()
                    .any(|l| trimmed(&l.text).starts_with('#'));
            let card = structured && is_one_link(&text);
            out.push(Line {
                text: Cow::Owned(text),
                no: lines[i].no,
                card,
            });
            i = end + 1;
            continue;
        }
        out.push(Line {
            text: std::mem::take(&mut lines[i].text),
            no: lines[i].no,
            card: false,
        });
        i += 1;
    }
    out
}

/// A line (an item's marker aside) that is one link and nothing else.
fn is_one_link(t: &str) -> bool {
    let body = markdown_structure(trimmed(t)).1;
    let (linked, total) = normalize::link_shares(&body);
    total > 0 && linked == total && normalize::link_targets(&body).len() == 1
}

/// A line inside a link's text, as it joins the line before: trimmed, without the heading or
/// quote marker a converter put on it, nor a hard break's backslash.
fn continuation(t: &str) -> &str {
    let t = trimmed(t).trim_end_matches('\\').trim_end();
    let t = t.trim_start_matches('#').trim_start();
    t.trim_start_matches('>').trim_start()
}

/// Open `[` left after the line, from `depth` open before it; and where, if anywhere, the
/// depth came back to zero (the byte after that `]`).
fn bracket_depth(mut depth: usize, t: &str) -> (usize, Option<usize>) {
    let b = t.as_bytes();
    let mut i = 0;
    let mut closed_at = None;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 1,
            b'[' => depth += 1,
            b']' if depth > 0 => {
                depth -= 1;
                if depth == 0 && closed_at.is_none() {
                    closed_at = Some(i + 1);
                }
            }
            _ => {}
        }
        i += 1;
    }
    (depth, closed_at)
}

/// The line where the link opened on line `from` closes, if a `](` or `][` closes it.
fn link_end(lines: &[Line], from: usize, mut depth: usize) -> Option<usize> {
    for (j, l) in lines.iter().enumerate().skip(from + 1).take(LINK_LINES) {
        let (after, closed_at) = bracket_depth(depth, &l.text);
        if let Some(at) = closed_at {
            let follows = l.text[at..].chars().next();
            return matches!(follows, Some('(' | '[')).then_some(j);
        }
        depth = after;
    }
    None
}

/// Whether most of a block's letters are link text.
pub(super) fn linky(text: &str) -> bool {
    let (linked, total) = link_shares(text);
    total > 0 && linked * 2 >= total
}

/// [`normalize::link_shares`] of the text the cleaner will see: without the link notes
/// ("(opens in new tab)") that are cut from it before.
fn link_shares(text: &str) -> (usize, usize) {
    let notes = markdown::find_notes(text);
    if notes.is_empty() {
        return normalize::link_shares(text);
    }
    let mut cut = String::with_capacity(text.len());
    let mut last = 0;
    for (_, range) in notes {
        cut.push_str(&text[last..range.start]);
        last = range.end;
    }
    cut.push_str(&text[last..]);
    normalize::link_shares(&cut)
}

/// A dump with Markdown links has markup to tell links from text, as a page does: every
/// block gets the share of its letters inside links.
pub(super) fn measure_links(blocks: &mut [Block]) {
    if !blocks
        .iter()
        .any(|b| b.verdict.is_none() && (b.text.contains("](") || b.text.contains("][")))
    {
        return;
    }
    for b in blocks.iter_mut().filter(|b| b.verdict.is_none()) {
        let (linked, total) = link_shares(&b.text);
        b.link_density = Some(if total == 0 {
            0.0
        } else {
            linked as f32 / total as f32
        });
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{MORE, STORY, doc, removed};
    use crate::text::split::split;

    #[test]
    fn a_link_whose_text_runs_over_lines_is_one_line() {
        let b =
            split("[Click to share on X (Opens in new window)\n](https://ex.com/?share=twitter)");
        assert_eq!(b.len(), 1);
        assert_eq!(
            b[0].text,
            "[Click to share on X (Opens in new window)](https://ex.com/?share=twitter)"
        );
        // Inside a paragraph, the link is reduced to its text like any other.
        let d = doc(&format!(
            "{STORY}See the council's [transport plan for the\nnext decade](https://council.example.gov/plan) before the vote.{MORE}"
        ));
        assert!(
            d.paragraphs.contains(
                &"See the council's transport plan for the next decade before the vote."
                    .to_string()
            ),
            "{:?}",
            d.paragraphs
        );
        // A bracket no link closes is prose: the lines stay apart.
        assert_eq!(split("He said [sic\nthat it was over.").len(), 2);
    }

    #[test]
    fn a_multi_line_share_link_never_survives_half_reduced() {
        let d = doc(&format!(
            "{STORY}*   [Click to share on X (Opens in new window)\n    X](https://ex.com/p/?share=twitter&nb=1)\n"
        ));
        assert!(
            d.paragraphs
                .iter()
                .all(|p| !p.contains('[') && !p.contains("share"))
        );
    }

    #[test]
    fn reference_links_definitions_autolinks_and_images() {
        let d = doc(&format!(
            "{STORY}The [budget papers][1] are online at <https://council.example.gov/budget>.\n\n\
             ![](https://img.example.com/a.jpg)\n\n\
             [![A cracked support](https://img.example.com/b.jpg)](https://img.example.com/b-large.jpg)\n\n\
             [1]: https://council.example.gov/papers \"Budget papers\"{MORE}"
        ));
        assert!(
            d.paragraphs.contains(
                &"The budget papers are online at https://council.example.gov/budget.".to_string()
            ),
            "{:?}",
            d.paragraphs
        );
        let rm = removed(&d);
        assert!(
            rm.iter()
                .any(|(rule, t)| *rule == "link-definition" && t.starts_with("[1]:"))
        );
        assert_eq!(d.paragraphs.len(), 4);
    }

    #[test]
    fn a_link_note_is_cut_from_a_kept_paragraph_and_explained() {
        let d = doc(&format!(
            "{STORY}Read the statement on the [operator's website, opens new tab](https://nis.example.com/rota) \
             and the [union's reply (Opens in new window)](https://union.example.org/reply).{MORE}"
        ));
        assert!(
            d.paragraphs.contains(
                &"Read the statement on the operator's website and the union's reply.".to_string()
            ),
            "{:?}",
            d.paragraphs
        );
        let notes: Vec<_> = d
            .removed
            .iter()
            .flatten()
            .filter(|r| r.inline)
            .map(|r| (r.rule, r.text.as_str()))
            .collect();
        assert_eq!(
            notes,
            [
                ("new-window-tail", ", opens new tab"),
                ("new-window-note", "(Opens in new window)")
            ]
        );
    }

    #[test]
    fn a_link_around_a_card_is_one_judged_block() {
        // A bookmark card (Ghost) and a teaser card (a reader proxy's rendering of a linked
        // block), each inside the story.
        let d = doc(&format!(
            "{STORY}[\n\nCommunity shares: a guide\n\nHow share offers work.\n\n\
             ![](https://guide.example.org/icon.png)Co-operative Guide\n\n](https://guide.example.org/shares/)\n\n\
             [![Image 2: The old bridge](https://img.example.com/c.jpg)\n### Bridge repairs to cost more\n](https://ex.com/bridge){MORE}"
        ));
        assert_eq!(d.paragraphs.len(), 3, "{:?}", d.paragraphs);
        let cards: Vec<_> = removed(&d)
            .into_iter()
            .filter(|(r, _)| *r == "link-card")
            .collect();
        assert_eq!(cards.len(), 2, "{cards:?}");
        // A link hard-wrapped over two lines of a sentence is no card.
        assert!(
            split("See [the plan for\nthe ferries](https://ex.com/plan) today.")[0]
                .verdict
                .is_none()
        );
    }

    #[test]
    fn blocks_of_a_dump_with_links_carry_their_link_density() {
        let b = split("[Home](/) [News](/news)\n\nA paragraph with [one link](/a) in it.");
        assert_eq!(b[0].link_density, Some(1.0));
        assert!(b[1].link_density.is_some_and(|d| d > 0.0 && d < 0.5));
        assert_eq!(split("No links here.")[0].link_density, None);
    }
}
