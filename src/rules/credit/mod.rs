//! The syntaxes a photo credit comes in. A block carrying one is a caption; the credit is split
//! off and kept.
//!
//! Three places a credit sits:
//! - glued to the end of the caption: `…Iraq.(Reuters / File)`, `… Photograph: Jane Doe/Guardian`,
//!   `…in Kyiv on Monday.Reuters`, `… [Jane Doe/Reuters]`, `…le 5 mai. JANE DOE / AFP`;
//! - on a line of its own before or after the caption: `Image source, Getty Images`,
//!   `Photo: Getty Images`, `Credit...Jane Doe for The New York Times`, `Jane Doe/NPR`,
//!   `Ana Lopez | Reuters | Getty Images`, `AFP via Getty Images`, `Reuters`;
//! - as a label opening the caption: `Image caption, Firefighters …` (BBC).
//!
//! A credit line is read as [`Line`]: the credit without its label or brackets, the
//! [`Syntax`] it was written in, and a [`Level`] that says how sure the line is of being a
//! photo's credit at all. A wire's name alone (`Reuters`) also signs stories off; a
//! photographer's name over an agency (`JOHN SMITH/AFP`) signs nothing but photos.
//!
//! The module is cut along the same lines: [`vocabulary`] holds the tables of names and
//! labels a credit is made of, [`cues`] what makes a block read as a caption without a
//! credit, [`lines`] reads a block that is a credit and nothing else, and [`tails`] a credit
//! glued onto the end of a caption. What they share stays here: the [`Syntax`] of a credit
//! line, its [`Level`], and the compiled patterns.

pub mod cues;
pub mod lines;
pub mod tails;
pub mod vocabulary;

pub use cues::{
    CAPTION_CUES, CAPTION_EVIDENCE, PASSIVE, SPEECH_VERBS, TITLE_CASE_SMALL_WORDS, has_caption_cue,
    has_caption_evidence,
};
pub use lines::{
    caption_label, is_bracketed_photo_credit, is_caption_label_only, is_credit_line, is_label_only,
    is_photo_line, line, unlabelled,
};
pub use tails::{Split, bracketed_name_credit, glued_credit, is_photo_credit};
pub use vocabulary::{
    AGENCIES, CAPTION_LABELS, COURTESY, CREDIT_LABELS, CREDIT_LABELS_BARE, CREDIT_LABELS_BY,
    CREDIT_WORDS, DESK_WORDS, Desk, OUTLETS, PUBLICATION_WORDS,
};

use super::lazy::LazyRegex;
use regex::Regex;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::LazyLock;

/// The syntax a credit line is written in. The id names it in tests and reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Syntax {
    /// The syntax's id.
    pub id: &'static str,
    /// What the syntax looks like, with examples.
    pub description: &'static str,
}

const fn syntax(id: &'static str, description: &'static str) -> Syntax {
    Syntax { id, description }
}

/// `Photo: X`: a credit label, then the credit.
pub static LABEL: Syntax = syntax(
    "label",
    "a credit label and the credit: `Photo: X`, `Foto: X`",
);
/// `Photo by X`: a label that ends in a word.
pub static LABEL_BY: Syntax = syntax("label-by", "`Photo by X`, `Photo courtesy of X`");
/// `Courtesy of X`: the one label kept in the credit.
pub static COURTESY_OF: Syntax = syntax("courtesy", "`Courtesy of X`, kept whole");
/// `(AP Photo/X)`: a credit of another syntax in brackets.
pub static BRACKETED: Syntax = syntax(
    "bracketed",
    "a credit in brackets: `(AP Photo/X)`, `[X/Reuters]`",
);
/// `[Wired]`: a credit word in brackets, in no credit's syntax.
pub static BRACKETED_WORD: Syntax = syntax(
    "bracketed-word",
    "a credit word in brackets, and no credit's syntax: `[Wired]`",
);
/// `© X/AFP`: a credit after a copyright sign.
pub static COPYRIGHT: Syntax = syntax("copyright-sign", "`© X/AFP`");
/// `X/AFP`: a photographer and an agency or outlet.
pub static NAME_AGENCY: Syntax = syntax(
    "name-agency",
    "a photographer and an agency or outlet: `X/AFP`, `X | Reuters`, `X, AP`",
);
/// `X for The Y`: a photographer on assignment.
pub static FOR_PUBLICATION: Syntax = syntax(
    "for-publication",
    "`X for The Y`: a photographer on assignment",
);
/// `AFP via Getty Images`: agencies alone.
pub static AGENCY_LIST: Syntax = syntax(
    "agency-list",
    "agencies alone: `AFP via Getty Images`, `Reuters/File`, `Getty Images`",
);
/// `Reuters`: a wire's name alone.
pub static WIRE: Syntax = syntax("wire", "a wire's name alone: `Reuters`, `AP`");
/// `Jane Doe/Some Outlet`: two names over a slash.
pub static NAME_SLASH: Syntax = syntax(
    "name-slash",
    "two names over a slash: `Jane Doe/Some Outlet`",
);

/// How sure a credit line is of being a photo's credit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// A wire alone (`Reuters`), or two names over a slash: also a story's sign-off.
    Bare,
    /// A name with an agency or outlet (`Jane Doe, AP`, `Jane Doe for The X`): also an
    /// author's line.
    Named,
    /// A picture desk, a photo word, a photographer over an agency (`JOHN SMITH/AFP`).
    Photo,
    /// A credit label or brackets: `Photo: X`, `(Photo by X)`.
    Labelled,
}

/// A block that is a credit and nothing else.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line<'a> {
    /// The credit, without label or brackets.
    pub credit: &'a str,
    /// How sure the line is of being a photo's credit.
    pub level: Level,
    /// The syntax it is written in.
    pub syntax: &'static Syntax,
}

/// The credit tables compiled once: regexes (each built on first use), automata and sets.
pub struct Compiled {
    /// Any credit word, agency or outlet, whole-word.
    pub(crate) credit_word: LazyRegex,
    /// `… Label: credit` at the end of a block (label after a sentence end or at the start).
    pub(crate) label_tail: LazyRegex,
    /// A label run into the caption's last word with no stop or space ("…a rabbitCredit:
    /// Getty", as a dump flattens a caption and its credit element).
    pub(crate) label_tail_glued: LazyRegex,
    /// `… Label: credit` after a word: only a credit that reads as one on its own counts.
    pub(crate) label_tail_unmarked: LazyRegex,
    /// A block that starts `Label: ` / `Label, ` (two-word labels) / `Credit...`.
    pub(crate) label_line: LazyRegex,
    /// `Photo by `, `Courtesy of `.
    pub(crate) label_by: LazyRegex,
    /// `Image caption, text`.
    pub(crate) caption_label: LazyRegex,
    /// A bare `Name Surname/Outlet` credit line.
    pub(crate) slash_credit: LazyRegex,
    /// Caption cues, any of them.
    pub(crate) cues: LazyRegex,
    /// Caption evidence, any of it.
    pub(crate) evidence: LazyRegex,
    /// The first words of the credit labels: a gate before `label_tail`.
    pub(crate) label_words: crate::rules::AsciiFolded,
    /// Agencies by their name as written and in capitals.
    pub agencies: HashMap<String, Desk>,
    /// Desk words, as written and in capitals.
    pub desk_words: HashSet<String>,
    /// Outlets, as written and in capitals.
    pub outlets: HashSet<String>,
    /// The words that end a publication's name.
    pub publication_words: HashSet<&'static str>,
    /// The lower-cased first words of the credit labels.
    pub label_first_words: HashSet<String>,
    /// The lower-cased first words of the caption labels.
    pub caption_first_words: HashSet<String>,
    /// The labels that stand before a credit with a space, as written and in capitals.
    pub bare_labels: HashSet<String>,
}

/// The compiled tables, built on first use.
pub(crate) fn compiled() -> &'static Compiled {
    static C: LazyLock<Compiled> = LazyLock::new(|| {
        let names: Vec<&str> = CREDIT_WORDS
            .iter()
            .copied()
            .chain(AGENCIES.iter().map(|a| a.name))
            .chain(OUTLETS.iter().copied())
            .collect();
        let words = alternation(&names);
        let labels = alternation(CREDIT_LABELS);
        let spaced: Vec<&str> = CREDIT_LABELS
            .iter()
            .copied()
            .filter(|l| l.contains(' '))
            .collect();
        let spaced = alternation(&spaced);
        let by = alternation(&[CREDIT_LABELS_BY, &[COURTESY][..]].concat());
        let caption_labels = alternation(CAPTION_LABELS);
        let mut agencies = HashMap::default();
        for a in AGENCIES {
            agencies.insert(a.name.to_string(), a.desk);
            agencies.entry(a.name.to_uppercase()).or_insert(a.desk);
        }
        let cased = |list: &[&str]| -> HashSet<String> {
            list.iter()
                .flat_map(|w| [w.to_string(), w.to_uppercase()])
                .collect()
        };
        Compiled {
            credit_word: LazyRegex::new(format!(r"(?:^|[^\p{{L}}])(?:{words})(?:$|[^\p{{L}}])")),
            label_tail: LazyRegex::new(format!(
                r"(?:[.!?”\x22’)]\s*(?:\|\s*)?|\s\|\s*)(\p{{Lu}}{{2,5}}\s+)?(?:(?i:{labels})\s*(?::|：|\.{{2,}}|…)|©)\s*(\S.*)$"
            )),
            label_tail_glued: LazyRegex::new(format!(
                r"\p{{Ll}}((?i:{labels}))\s*(?::|：)\s*(\S.*)$"
            )),
            label_tail_unmarked: LazyRegex::new(format!(
                r"\s(?:(?:{labels})\s*(?::|：)|©)\s*(\S.*)$"
            )),
            label_line: LazyRegex::new(format!(
                r"^(?i:(?:{labels})\s*(?::|：|\.{{2,}}|…|\s\|)|(?:{spaced})\s*,)\s*"
            )),
            // "PHOTOGRAPH BY: Jane Doe": a colon after the label's "by" too.
            label_by: LazyRegex::new(format!(r"^(?i:{by})(?:\s*:)?\s+")),
            caption_label: LazyRegex::new(format!(r"^(?:{caption_labels})(?:\s*[:,]\s*|( ))")),
            slash_credit: LazyRegex::new(r"^\p{Lu}[\p{L}.' -]* ?/ ?\p{Lu}[\p{L}&.' -]+$"),
            label_words: crate::rules::AsciiFolded::new(
                CREDIT_LABELS
                    .iter()
                    .map(|l| l.split(' ').next().unwrap_or(l))
                    .chain(["©"]),
            ),
            cues: LazyRegex::new(
                format!("(?i){}", CAPTION_CUES.join("|")).replace(r"\b", r"(?-u:\b)"),
            ),
            evidence: LazyRegex::new(CAPTION_EVIDENCE.join("|").replace(r"\b", r"(?-u:\b)")),
            agencies,
            desk_words: cased(DESK_WORDS),
            outlets: cased(OUTLETS),
            publication_words: PUBLICATION_WORDS.iter().copied().collect(),
            label_first_words: first_words(CREDIT_LABELS),
            caption_first_words: first_words(CAPTION_LABELS),
            bare_labels: cased(CREDIT_LABELS_BARE),
        }
    });
    &C
}

/// Compiles every regex of the table, so a typo in a pattern fails `cargo test`.
#[cfg(test)]
pub(crate) fn compile_every_pattern() {
    let c = compiled();
    for re in [
        &c.credit_word,
        &c.label_tail,
        &c.label_tail_glued,
        &c.label_tail_unmarked,
        &c.label_line,
        &c.label_by,
        &c.caption_label,
        &c.slash_credit,
        &c.cues,
        &c.evidence,
    ] {
        let _: &regex::Regex = re;
    }
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
    // "[Photo/Xinhua]", "[Photo/IC]" (China Daily): the label before a slash.
    if let Some((label, rest)) = credit.split_once('/')
        && matches!(
            label.trim(),
            "Photo" | "Photos" | "Foto" | "Fotos" | "Image" | "Pic"
        )
        && !rest.trim().is_empty()
    {
        return rest.trim();
    }
    if let Some(m) = compiled().label_by.find(credit)
        && !credit[..m.end()].trim_end().eq_ignore_ascii_case(COURTESY)
    {
        let rest = credit[m.end()..].trim();
        if !rest.is_empty() {
            return rest;
        }
    }
    if let Some(rest) = after_label(&compiled().label_line, credit)
        && opens_with_label(credit, &compiled().label_first_words)
    {
        return rest;
    }
    credit
}

/// Whether the block's first word is the first word of one of the labels: a cheap gate
/// before the label regexes, which every block would otherwise pay for.
fn opens_with_label(block: &str, first_words: &HashSet<String>) -> bool {
    // No label's first word is longer than this ("Фотография"): most blocks stop here.
    const LONGEST: usize = 24;
    let end = block
        .char_indices()
        .take_while(|&(i, _)| i <= LONGEST)
        .find(|&(_, c)| matches!(c, ' ' | ',' | ':' | '：' | '.' | '…'))
        .map_or(block.len(), |(i, _)| i);
    if end > LONGEST || end == 0 {
        return false;
    }
    let first = &block[..end];
    let set = first_words;
    if first.is_ascii() {
        let mut buf = [0u8; LONGEST + 1];
        buf[..end].copy_from_slice(first.as_bytes());
        buf[..end].make_ascii_lowercase();
        std::str::from_utf8(&buf[..end]).is_ok_and(|w| set.contains(w))
    } else {
        set.contains(first.to_lowercase().as_str())
    }
}

/// The lower-cased first words of labels.
fn first_words(labels: &[&str]) -> HashSet<String> {
    labels
        .iter()
        .map(|l| l.split(' ').next().unwrap_or(l).to_lowercase())
        .collect()
}

/// The most words a credit line has: a photographer or two, an agency, a desk.
const CREDIT_WORDS_MAX: usize = 16;

/// The most words a credit's label has ("Photo courtesy of the", "Image copyright").
const LABEL_WORDS_MAX: usize = 5;

/// A wire in brackets (`(Reuters)`) is still only a wire: a story's sign-off has them too.
fn bracket_level(inner: Level) -> Level {
    if inner == Level::Bare {
        Level::Bare
    } else {
        Level::Labelled
    }
}

/// The text after a label that `label` (anchored at the start) matches, if any is left.
/// The label alone is matched, not the whole line: a capture of the rest made the regex
/// engine backtrack over every byte of a long caption.
fn after_label<'a>(label: &Regex, block: &'a str) -> Option<&'a str> {
    let rest = block[label.find(block)?.end()..].trim();
    (!rest.is_empty() && !rest.contains('\n')).then_some(rest)
}
