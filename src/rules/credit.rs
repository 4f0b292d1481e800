//! The syntaxes a photo credit comes in. A block carrying one is a caption; the credit is split
//! off and kept.
//!
//! Three places a credit sits:
//! - glued to the end of the caption: `…Iraq.(Reuters / File)`, `… Photograph: Jane Doe/Guardian`;
//! - on a line of its own before or after the caption: `Image source, Getty Images`,
//!   `Photo: Getty Images`, `Credit...Jane Doe for The New York Times`, `Jane Doe/NPR`;
//! - as a label opening the caption: `Image caption, Firefighters …` (BBC).

use regex::Regex;
use std::sync::LazyLock;

/// Words that make a bracketed tail a credit rather than an aside: agencies, picture desks and
/// the vocabulary of credits. Matched as whole words, case-sensitively for the short agency
/// abbreviations so that "(ap)" or "(pti)" in running text is not taken for a credit.
pub static CREDIT_WORDS: &[&str] = &[
    // credit vocabulary
    "Photo",
    "Photos",
    "photo",
    "Photograph",
    "photograph",
    "Pic",
    "Picture",
    "Image",
    "image",
    "Images",
    "File",
    "file",
    "Handout",
    "handout",
    "Courtesy",
    "courtesy",
    "Pool",
    "via",
    "Credit",
    "Illustration",
    "Screengrab",
    "Screenshot",
    "screengrab",
    "Video grab",
    "Representational",
    "Representative",
    "Sourced",
    "Agencies",
    "Twitter",
    "Instagram",
    "Facebook",
    "X/",
    // agencies and picture desks
    "Reuters",
    "AP",
    "AFP",
    "PTI",
    "ANI",
    "IANS",
    "HT",
    "EPA",
    "EPA-EFE",
    "Xinhua",
    "Bloomberg",
    "Getty",
    "Shutterstock",
    "Alamy",
    "EFE",
    "Anadolu",
    "DPA",
    "dpa",
    "Kyodo",
    "Yonhap",
    "TASS",
    "SIPA",
    "Sipa",
    "UPI",
    "NurPhoto",
    "iStock",
    "Unsplash",
    "Wikimedia",
    "Wikimedia Commons",
    "PA",
    "PA Wire",
    "AAP",
    "CP",
    "ZUMA",
    "Zuma",
    "LightRocket",
    "SOPA",
    "WireImage",
    "NYT",
    "Associated Press",
    "Express",
    "Mint",
    "NDTV",
    "BBC",
    "CNN",
    "NPR",
    "The Guardian",
    "The New York Times",
];

/// Labels that introduce a credit: `Photo: X`, `Image source, X`, `Credit...X`.
#[rustfmt::skip]
pub static CREDIT_LABELS: &[&str] = &[
    "Photo credit", "Photo courtesy", "Image credit", "Image source", "Picture credit",
    "Photograph", "Photo", "Photos", "Picture", "Pic", "Image", "Credit", "Illustration",
    "Courtesy",
];

/// Labels that open a caption's text (the credit, if any, came on the line before).
#[rustfmt::skip]
pub static CAPTION_LABELS: &[&str] = &[
    "Image caption", "Caption", "Photo caption", "Picture caption",
];

/// Phrases that give a block without a credit the shape of a photo caption. The block must
/// also be one short sentence with no reporting verb and no quotation (see classify::caption).
pub static CAPTION_CUES: &[&str] = &[
    r"^(?:a )?file (?:photo|image|picture|pic)\b",
    r"^(?:representational|representative) (?:image|photo|picture)\b",
    r"\b(?:is|are) (?:seen|pictured|shown)\b",
    r"\bpictured\b",
    r"\b(?:poses?|posing) for (?:a )?(?:photo|photographs|pictures|portrait)\b",
    r"^(?:a )?(?:view|general view|screengrab|screenshot|still) of\b",
    r"\(file\)$|\bfile photo\b",
];

pub struct Compiled {
    /// Any credit word, whole-word.
    pub credit_word: Regex,
    /// `… Label: credit` at the end of a block (label after a sentence end or at the start).
    pub label_tail: Regex,
    /// A block that is only `Label: credit` / `Label, credit` / `Credit...credit`.
    pub label_line: Regex,
    /// `Image caption, text`.
    pub caption_label: Regex,
    /// A bare `Name Surname/Agency` credit line.
    pub slash_credit: Regex,
    /// Caption cues, any of them.
    pub cues: Regex,
    /// The first words of the credit labels: a gate before `label_tail`.
    pub label_words: aho_corasick::AhoCorasick,
}

pub(crate) fn compiled() -> &'static Compiled {
    static C: LazyLock<Compiled> = LazyLock::new(|| {
        let words = alternation(CREDIT_WORDS);
        let labels = alternation(CREDIT_LABELS);
        let caption_labels = alternation(CAPTION_LABELS);
        Compiled {
            credit_word: Regex::new(&format!(r"(?:^|[^A-Za-z])(?:{words})(?:$|[^A-Za-z])"))
                .unwrap(),
            label_tail: Regex::new(&format!(
                r"[.!?”\x22]\s*(?:{labels})\s*(?::|\.{{2,}}|…)\s*(\S.*)$"
            ))
            .unwrap(),
            label_line: Regex::new(&format!(r"^(?:{labels})\s*(?::|,|\.{{2,}}|…)\s*")).unwrap(),
            caption_label: Regex::new(&format!(r"^(?:{caption_labels})(?:\s*[:,]\s*|( ))"))
                .unwrap(),
            slash_credit: Regex::new(r"^\p{Lu}[\p{L}.' -]* ?/ ?\p{Lu}[\p{L}&.' -]+$").unwrap(),
            label_words: aho_corasick::AhoCorasick::new(
                CREDIT_LABELS
                    .iter()
                    .map(|l| l.split(' ').next().unwrap_or(l)),
            )
            .expect("label words compile"),
            cues: Regex::new(
                &format!("(?i){}", CAPTION_CUES.join("|")).replace(r"\b", r"(?-u:\b)"),
            )
            .unwrap(),
        }
    });
    &C
}

fn alternation(words: &[&str]) -> String {
    let mut sorted: Vec<&str> = words.to_vec();
    sorted.sort_by_key(|w| std::cmp::Reverse(w.len()));
    sorted
        .iter()
        .map(|w| regex::escape(w))
        .collect::<Vec<_>>()
        .join("|")
}

/// "Photo by Jane Doe/AFP via Getty Images" → "Jane Doe/AFP via Getty Images": the label is
/// syntax, the names are the credit. "(PTI Photo)" keeps its words: there they name the desk.
pub fn clean_credit(credit: &str) -> &str {
    let lower = credit.to_ascii_lowercase();
    for label in [
        "photo by ",
        "photos by ",
        "photograph by ",
        "picture by ",
        "image by ",
        "video by ",
    ] {
        if lower.starts_with(label) && credit.is_char_boundary(label.len()) {
            return credit[label.len()..].trim();
        }
    }
    credit
}

/// Whether the block's first word is the first word of one of the labels: a cheap gate
/// before the label regexes, which every block would otherwise pay for.
fn opens_with_label(block: &str, labels: &[&str]) -> bool {
    let end = block
        .bytes()
        .take(16)
        .position(|b| matches!(b, b' ' | b',' | b':' | b'.'))
        .unwrap_or(block.len());
    // No label's first word is longer than this ("Illustration"): most blocks stop here.
    if end > 12 {
        return false;
    }
    let first = &block.as_bytes()[..end];
    // The label's first word is `first`: a prefix of the label, ending there or at a space.
    labels.iter().any(|l| {
        let l = l.as_bytes();
        l.len() >= first.len()
            && l[..first.len()].eq_ignore_ascii_case(first)
            && l.get(first.len()).is_none_or(|&b| b == b' ')
    })
}

/// A caption split from its glued credit.
#[derive(Debug, PartialEq, Eq)]
pub struct Split<'a> {
    pub text: &'a str,
    pub credit: &'a str,
}

/// How far from the end of a block a glued credit may start.
const TAIL: usize = 160;

/// `…Iraq.(Reuters / File)` or `… Photograph: Jane Doe/The Guardian`.
pub fn glued_credit(block: &str) -> Option<Split<'_>> {
    let c = compiled();
    let trimmed = block.trim_end().trim_end_matches('.');
    if let Some(body) = trimmed.strip_suffix(')')
        && let Some(open) = body.rfind('(')
    {
        let credit = body[open + 1..].trim();
        let text = block[..open].trim_end();
        if (2..=100).contains(&credit.len())
            && !text.is_empty()
            && credit.split_whitespace().count() <= 10
            && c.credit_word.is_match(credit)
        {
            return Some(Split {
                text,
                credit: clean_credit(credit),
            });
        }
    }
    // Only the tail can hold a glued label credit; don't scan whole paragraphs for one.
    let mut from = block.len().saturating_sub(TAIL);
    while !block.is_char_boundary(from) {
        from -= 1;
    }
    let tail = &block[from..];
    // Every label is followed by a colon, dots or an ellipsis.
    if memchr::memchr(b':', tail.as_bytes()).is_none()
        && memchr::memmem::find(tail.as_bytes(), b"..").is_none()
        && !tail.contains('…')
    {
        return None;
    }
    if !c.label_words.is_match(tail) {
        return None;
    }
    let m = c.label_tail.captures(tail)?;
    let whole = m.get(0)?;
    let credit = m.get(1)?.as_str().trim();
    // The sentence-ending mark that preceded the label stays with the caption text.
    let mark_end = from + whole.start() + block[from + whole.start()..].chars().next()?.len_utf8();
    Some(Split {
        text: block[..mark_end].trim(),
        credit: clean_credit(credit),
    })
}

/// In a caption the markup already vouches for, a bracketed `(Name/Outlet)` tail is a credit
/// even without a credit word: `… on Monday. (Colin MacIsaac/The Harbour Courier)`.
pub fn bracketed_name_credit(block: &str) -> Option<Split<'_>> {
    let trimmed = block.trim_end().trim_end_matches('.');
    let body = trimmed.strip_suffix(')')?;
    let open = body.rfind('(')?;
    let credit = body[open + 1..].trim();
    let text = block[..open].trim_end();
    (credit.contains('/') && credit.split_whitespace().count() <= 8 && !text.is_empty())
        .then_some(Split { text, credit })
}

/// A line that is nothing but a labelled credit: `Photo: Getty Images`, `Image source, AFP`.
pub fn credit_line(block: &str) -> Option<&str> {
    if !opens_with_label(block, CREDIT_LABELS) {
        return None;
    }
    after_label(&compiled().label_line, block)
}

/// The text after a label that `label` (anchored at the start) matches, if any is left.
/// The label alone is matched, not the whole line: a capture of the rest made the regex
/// engine backtrack over every byte of a long caption.
fn after_label<'a>(label: &Regex, block: &'a str) -> Option<&'a str> {
    let rest = block[label.find(block)?.end()..].trim();
    (!rest.is_empty() && !rest.contains('\n')).then_some(rest)
}

/// A bare `Jane Doe/NPR` line: a credit only where the context says a caption is there.
pub fn is_bare_credit(block: &str) -> bool {
    if block.len() > 80 {
        return false;
    }
    let c = compiled();
    // "Jane Doe/NPR", or "Al Goldis, Associated Press": a name, then an agency.
    c.slash_credit.is_match(block)
        || block.split_once(", ").is_some_and(|(name, agency)| {
            let name_words = name.split(' ').count();
            (2..=4).contains(&name_words)
                && name.split(' ').all(|w| w.starts_with(char::is_uppercase))
                && agency.split(' ').count() <= 4
                && c.credit_word.is_match(agency)
        })
}

/// `Image caption, Firefighters …` → the caption text.
pub fn caption_label(block: &str) -> Option<&str> {
    if !opens_with_label(block, CAPTION_LABELS) {
        return None;
    }
    let label = &compiled().caption_label;
    // Without a colon or comma ("Image caption Assange gestures …", BBC's older pages) only
    // a two-word label over a capitalised caption: "Caption contest winners" is no label.
    if let Some(bare) = label.captures(block).and_then(|c| c.get(1))
        && (block.starts_with("Caption")
            || !block[bare.end()..].starts_with(|c: char| c.is_uppercase()))
    {
        return None;
    }
    after_label(label, block)
}

/// Every caption cue contains one of these: a block with none of them skips the cue regex.
pub static CUE_GATE: &[&str] = &[
    "seen",
    "pictured",
    "shown",
    "pose",
    "posing",
    "file",
    "File",
    "view",
    "View",
    "screengrab",
    "Screengrab",
    "screenshot",
    "Screenshot",
    "still",
    "Still",
    "epresenta",
];

pub fn has_caption_cue(block: &str) -> bool {
    // One pass for all the gate words, not one per word. (Leftmost-first: only then may the
    // automaton use its SIMD prefilter, and a yes-or-no gate does not care which match.)
    static GATE: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
        aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostFirst)
            .build(CUE_GATE)
            .expect("gate words compile")
    });
    GATE.is_match(block) && compiled().cues.is_match(block)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bracketed_credits() {
        let s = glued_credit(
            "Military vehicles of U.S. soldiers are seen at the al-Asad air base in Anbar province, Iraq.(Reuters / File)",
        )
        .unwrap();
        assert_eq!(s.credit, "Reuters / File");
        assert!(s.text.ends_with("Anbar province, Iraq."));
        for (block, credit) in [
            ("Protesters march in Delhi. (PTI Photo)", "PTI Photo"),
            ("Fans at the stadium. (HT Photo)", "HT Photo"),
            (
                "The mayor speaks. (AP Photo/Jane Doe, File)",
                "AP Photo/Jane Doe, File",
            ),
            (
                "Smoke rises over the city. (Photo by Jane Doe/AFP via Getty Images)",
                "Jane Doe/AFP via Getty Images",
            ),
        ] {
            assert_eq!(glued_credit(block).unwrap().credit, credit, "{block}");
        }
    }

    #[test]
    fn label_credits() {
        let s = glued_credit("Crowds gather in Kyiv. Photograph: Jane Doe/The Guardian").unwrap();
        assert_eq!(s.text, "Crowds gather in Kyiv.");
        assert_eq!(s.credit, "Jane Doe/The Guardian");
        assert_eq!(credit_line("Photo: Getty Images"), Some("Getty Images"));
        assert_eq!(
            credit_line("Image source, Getty Images"),
            Some("Getty Images")
        );
        assert_eq!(
            credit_line("Credit...Jane Doe for The New York Times"),
            Some("Jane Doe for The New York Times")
        );
        assert_eq!(
            caption_label("Image caption, Crowds in Leeds"),
            Some("Crowds in Leeds")
        );
        assert!(is_bare_credit("Jane Doe/NPR"));
        assert!(is_bare_credit("Al Goldis, Associated Press"));
        assert!(is_bare_credit("Michael Conroy, AP"));
        assert!(!is_bare_credit("Washington, D.C."));
    }

    #[test]
    fn asides_in_brackets_are_not_credits() {
        assert!(glued_credit("The group (known as IS) took the town.").is_none());
        assert!(glued_credit("He was killed in action (KIA).").is_none());
    }
}
