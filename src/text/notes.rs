//! Before cleaning: blocks the reader has already judged leave (reported as removed, as they
//! stood), and link notes ("(opens in new tab)", see [`crate::rules::markdown::LINK_NOTES`])
//! are cut from the rest, each cut reported. Both inputs pass through here.

use crate::block::Block;
use crate::removed::Removed;
use crate::rules::markdown;
use crate::tidy;

/// The blocks to clean, and what was taken from them, in input order.
pub fn prejudge(raw: Vec<Block>) -> (Vec<Block>, Vec<Removed>) {
    let mut kept = Vec::with_capacity(raw.len());
    let mut removed = Vec::new();
    for mut b in raw {
        if let Some(v) = b.verdict {
            removed.push(Removed {
                reason: v.reason,
                rule: v.id,
                text: tidy::whitespace(&b.text),
                line: b.line,
                inline: false,
                kept: false,
                site: None,
            });
            continue;
        }
        let notes = markdown::find_notes(&b.text);
        if !notes.is_empty() {
            let mut text = String::with_capacity(b.text.len());
            let mut last = 0;
            for (row, range) in notes {
                text.push_str(&b.text[last..range.start]);
                removed.push(Removed {
                    reason: row.reason,
                    rule: row.id,
                    text: tidy::whitespace(&b.text[range.clone()]),
                    line: b.line,
                    inline: true,
                    kept: false,
                    site: None,
                });
                last = range.end;
            }
            text.push_str(&b.text[last..]);
            b.text = text;
        }
        kept.push(b);
    }
    (kept, removed)
}

/// The cleaner's removals and [`prejudge`]'s in one list, by input line (the cleaner's first
/// where both name a line). A note cut from a block the cleaner then removed whole is not
/// reported: the whole block is.
pub fn merge_removed(cleaned: Vec<Removed>, judged: Vec<Removed>, kept: &[Block]) -> Vec<Removed> {
    if judged.is_empty() {
        return cleaned;
    }
    let kept_lines: rustc_hash::FxHashSet<usize> = kept.iter().map(|b| b.line).collect();
    let mut judged = judged
        .into_iter()
        .filter(|r| !r.inline || kept_lines.contains(&r.line))
        .peekable();
    let mut out = Vec::with_capacity(cleaned.len() + judged.size_hint().0);
    for r in cleaned {
        while let Some(j) = judged.next_if(|j| j.line < r.line) {
            out.push(j);
        }
        out.push(r);
    }
    out.extend(judged);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::block::BlockKind;

    #[test]
    fn notes_are_cut_and_reported_judged_blocks_leave() {
        let mut judged = Block::new("Share this: [X](u)", BlockKind::Heading(3), 1);
        judged.verdict = Some(markdown::verdict_for("share-list"));
        let note = Block::new(
            "Read the [plan (opens in new tab)](u) first.",
            BlockKind::Paragraph,
            3,
        );
        let (kept, removed) = prejudge(vec![judged, note]);
        assert_eq!(kept.len(), 1);
        assert_eq!(kept[0].text, "Read the [plan](u) first.");
        assert_eq!(removed[0].rule, "share-list");
        assert!(!removed[0].inline);
        assert_eq!(removed[1].rule, "new-window-note");
        assert_eq!(removed[1].text, "(opens in new tab)");
        assert!(removed[1].inline);
    }

    #[test]
    fn merged_by_line_and_no_note_of_a_block_removed_whole() {
        let r = |line: usize, inline: bool, rule: &'static str| Removed {
            reason: crate::rules::Reason::Markup,
            rule,
            text: String::new(),
            line,
            inline,
            kept: false,
            site: None,
        };
        let kept = [Block::new("kept", BlockKind::Paragraph, 5)];
        let out = merge_removed(
            vec![r(2, false, "a"), r(7, false, "b")],
            vec![
                r(1, false, "c"),
                r(5, true, "d"),
                r(7, true, "e"),
                r(9, false, "f"),
            ],
            &kept,
        );
        let rules: Vec<&str> = out.iter().map(|r| r.rule).collect();
        assert_eq!(rules, ["c", "a", "d", "b", "f"]);
    }
}
