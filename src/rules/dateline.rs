//! Datelines that open a story's first paragraph: `WASHINGTON (AP) —`, `LONDON, March 3
//! (Reuters) -`, `New Delhi, Nov 23 (PTI)`, `(CNN) —`, `PARIS —`, `Pune:`. Group 1 is the
//! dateline as reported; the whole match is cut from the paragraph.

use super::lazy::{ByteSet, Gate, LazyRegex};
use std::sync::LazyLock;

/// One dateline syntax.
pub struct DatelineRule {
    /// The syntax's id.
    pub id: &'static str,
    /// The regex, with `{UP}`, `{LO}`, `{AL}` and `{AGENCIES}` for the letter classes and the
    /// agencies; group 1 is the dateline.
    pub pattern: &'static str,
}

/// Agencies and outlets that sign datelines.
const AGENCIES: &str = "AP|Reuters|AFP|PTI|IANS|ANI|UPI|CNN|Bloomberg|dpa|DPA|EFE|Xinhua|AAP|CP|BBC|UNI|NNN|AA|Kyodo|Yonhap|TASS";

/// The dateline syntaxes, tried in order: the first that matches decides.
pub static TABLE: &[DatelineRule] = &[
    DatelineRule {
        id: "place-agency",
        pattern: r"^({UP}[{AL}.' -]*?(?:,\s*[{AL}0-9.' ]+?)?\s*\((?:{AGENCIES})\))\s*(?:[-–—:]+\s*)?",
    },
    DatelineRule {
        id: "agency-only",
        pattern: r"^(\((?:{AGENCIES})\))\s*[-–—:]+\s*",
    },
    DatelineRule {
        id: "caps-place-dash",
        pattern: r"^({UP}{UP}+(?:[ ,.'-]+{UP}{UP}+)*(?:,\s*[{AL}0-9.' ]+?)?)\s*[—–-][—–-]?\s+",
    },
    DatelineRule {
        id: "caps-place-colon",
        pattern: r"^({UP}{UP}+(?:[ .'-]+{UP}{UP}+)*):\s+",
    },
    DatelineRule {
        id: "place-colon",
        pattern: r"^({UP}{LO}+(?:\s{UP}{LO}+)*):\s+{UP}",
    },
];

/// Words that can open a paragraph with a colon and are not places.
#[rustfmt::skip]
pub static NOT_PLACES: &[&str] = &[
    "Note", "Update", "Updated", "Editor", "Editors", "Watch", "Read", "Also", "Warning",
    "Correction", "Clarification", "Disclaimer", "Question", "Answer", "Photo", "Image", "Video",
    "Credit", "Source", "Sources", "Summary", "Background", "Analysis", "Opinion", "Exclusive",
    "Breaking", "Live", "Q", "A", "Tags", "Topics", "Related", "Caption",
];

/// Letters of the Latin script (Basic, Latin-1 and Extended-A): datelines of English-language
/// news are written in it, and these ranges compile to a fraction of `\p{L}`'s automaton.
const UPPER: &str = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ";
const LOWER: &str = "a-zß-öø-ÿāăąćĉċčďđēĕėęěĝğġģĥħĩīĭįıĳĵķĺļľŀłńņňŋōŏőœŕŗřśŝşšţťŧũūŭůűųŵŷźżž";

/// One row compiled: what its matches must show (derived from the pattern, cheap to build),
/// and its regex, built the first time a paragraph passes the gate.
pub(crate) struct Compiled {
    gate: Gate,
    re: LazyRegex,
    rule: &'static DatelineRule,
}

impl Compiled {
    /// The row's regex (compiled if it was not yet).
    #[cfg(test)]
    pub(crate) fn regex(&self) -> &regex::Regex {
        &self.re
    }
}

/// The table's gates with their rows, built on first use.
pub(crate) fn compiled() -> &'static [Compiled] {
    static C: LazyLock<Vec<Compiled>> = LazyLock::new(|| {
        TABLE
            .iter()
            .map(|r| {
                let fill = |up: &str, lo: &str| {
                    r.pattern
                        .replace("{UP}", &format!("[{up}]"))
                        .replace("{LO}", &format!("[{lo}]"))
                        .replace("{AL}", &format!("{up}{lo}"))
                        .replace("{AGENCIES}", AGENCIES)
                };
                let p = fill(UPPER, LOWER);
                // The gate reads a class of more than a few letters as any character, so it is
                // derived, as soundly and far more cheaply, from the letter classes' ASCII part.
                Compiled {
                    gate: Gate::new(&fill("A-Z", "a-z")),
                    re: LazyRegex::new(p),
                    rule: r,
                }
            })
            .collect()
    });
    &C
}

/// (dateline, rest of the paragraph) if the paragraph opens with one.
pub fn split(paragraph: &str) -> Option<(String, &str)> {
    let present = ByteSet::of(paragraph);
    for c in compiled() {
        let rule = c.rule;
        if !c.gate.admits(paragraph, &present) {
            continue;
        }
        let Some(caps) = c.re.captures(paragraph) else {
            continue;
        };
        let line = caps.get(1).expect("group 1").as_str().trim();
        let whole = caps.get(0).expect("group 0");
        let end = if rule.id == "place-colon" {
            // The pattern looked one letter into the sentence; give it back.
            paragraph[..whole.end()]
                .trim_end_matches(|c: char| !c.is_whitespace())
                .len()
        } else {
            whole.end()
        };
        if rule.id == "place-colon" && NOT_PLACES.contains(&line) {
            continue;
        }
        // A place, a date and an agency: a few words, never a sentence. (The patterns use
        // unbounded repetition, which compiles far smaller than counted repetition does.)
        if line.len() > 60 || line.split(' ').count() > 7 {
            continue;
        }
        let rest = paragraph[end..].trim_start();
        if rest.is_empty() {
            continue;
        }
        return Some((line.trim_end_matches(',').to_string(), rest));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datelines() {
        for (p, d, rest) in [
            (
                "WASHINGTON (AP) — The Senate voted.",
                "WASHINGTON (AP)",
                "The Senate voted.",
            ),
            (
                "LONDON, March 3 (Reuters) - Shares fell.",
                "LONDON, March 3 (Reuters)",
                "Shares fell.",
            ),
            (
                "New Delhi, Nov 23 (PTI) The court ruled.",
                "New Delhi, Nov 23 (PTI)",
                "The court ruled.",
            ),
            ("(CNN) — A storm hit.", "(CNN)", "A storm hit."),
            (
                "PARIS — Protesters gathered.",
                "PARIS",
                "Protesters gathered.",
            ),
            (
                "Pune: A leopard was spotted.",
                "Pune",
                "A leopard was spotted.",
            ),
            (
                "New Delhi: The minister said.",
                "New Delhi",
                "The minister said.",
            ),
        ] {
            let (got, got_rest) = split(p).unwrap_or_else(|| panic!("{p}"));
            assert_eq!(got, d);
            assert_eq!(got_rest, rest);
        }
    }

    #[test]
    fn ordinary_openings_are_not_datelines() {
        assert!(split("Update: the road has reopened.").is_none());
        assert!(split("The United States on Wednesday carried out strikes.").is_none());
        assert!(split("US forces — about 2,500 troops — remain.").is_none());
    }
}
