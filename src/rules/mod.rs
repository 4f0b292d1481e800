//! Rules are data. Every artefact newsclean removes is removed by one row of one of these
//! tables, and every row carries an `id` and a [`Reason`] that `--explain` reports.
//!
//! - [`template`]: inline syntaxes stripped from inside blocks (`{{x}}`, `{% %}`, `<% %>`, tags…)
//! - [`boilerplate`]: whole blocks dropped by their shape (share widgets, adverts, trailers…)
//! - [`glued`]: boilerplate tails glued onto the end of a real paragraph ("… ALSO READ: …")
//! - [`credit`]: the syntaxes photo credits come in, which make a block a caption
//! - [`words`]: word lists for classification (reporting verbs, titles, title nouns…)
//! - [`markdown`]: what only a Markdown dump shows: link notes, share-button targets, and the
//!   text reader's whole-block verdicts

pub mod boilerplate;
pub mod byline;
pub mod credit;
pub mod dateline;
pub mod discussion;
pub mod dom;
pub mod furniture;
pub mod glued;
mod lazy;
pub mod markdown;
pub mod registry;
pub mod shapes;
pub mod template;
pub mod words;

use serde::Serialize;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Why a block (or a fragment of one) was removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Reason {
    /// Template-engine leftovers: Mustache, Jinja, ERB, PHP, placeholders.
    Template,
    /// HTML tags, comments, image syntax and caption toggles left in text.
    Markup,
    /// Share and follow widgets.
    Share,
    /// Advert slots and markers.
    Advert,
    /// Paywall and subscription prompts.
    Subscribe,
    /// Newsletter sign-up plugs.
    Newsletter,
    /// "Also read", "Related", "More on this story" links.
    Related,
    /// Site navigation, section links, tags, next/previous links.
    Navigation,
    /// "Download our app" prompts.
    App,
    /// Cookie and consent banners.
    Cookie,
    /// Copyright notices, wire trailers, syndication notes.
    Copyright,
    /// Read-time, "Updated on …" and "Published …" stamps.
    Timestamp,
    /// "Listen to this article" widgets.
    Audio,
    /// Comment counters and prompts.
    Comments,
    /// Photo-gallery counters.
    Gallery,
    /// An exact repeat of an earlier block.
    Duplicate,
    /// Outside the story's run of prose: a page dump's menus, teasers and footers.
    Outside,
    /// The note on the writer after the story, with an email address or a handle.
    Bio,
    /// A summary printed above the story (a dek) that the page's description repeats.
    Standfirst,
    /// Furniture learned from the batch: a unit that stands in a large share of the site's
    /// pages (the command line's `--learn-sites`).
    #[serde(rename = "site-template")]
    SiteTemplate,
}

impl Reason {
    /// The reason's name, as the JSON output and `--list-rules` write it.
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::Template => "template",
            Reason::Markup => "markup",
            Reason::Share => "share",
            Reason::Advert => "advert",
            Reason::Subscribe => "subscribe",
            Reason::Newsletter => "newsletter",
            Reason::Related => "related",
            Reason::Navigation => "navigation",
            Reason::App => "app",
            Reason::Cookie => "cookie",
            Reason::Copyright => "copyright",
            Reason::Timestamp => "timestamp",
            Reason::Audio => "audio",
            Reason::Comments => "comments",
            Reason::Gallery => "gallery",
            Reason::Duplicate => "duplicate",
            Reason::Outside => "outside",
            Reason::Bio => "bio",
            Reason::Standfirst => "standfirst",
            Reason::SiteTemplate => "site-template",
        }
    }
}

/// Forces every compiled table, so a typo in a pattern fails `cargo test`, not a user's run.
#[cfg(test)]
pub fn compile_all() {
    template::compiled();
    boilerplate::compiled();
    boilerplate::compile_every_pattern();
    furniture::compiled();
    glued::compiled();
    markdown::compiled();
    markdown::compile_every_pattern();
    credit::compiled();
    credit::compile_every_pattern();
    dateline::compiled().iter().for_each(|c| {
        c.regex();
    });
    discussion::compiled();
    shapes::compiled();
    words::compiled();
}

/// A literal in the spellings scraped text writes it in: its own, lower case, Capitalised,
/// UPPER and Title Case.
pub(crate) fn spellings(lit: &str) -> Vec<String> {
    let lower = lit.to_lowercase();
    let mut capitalised = String::with_capacity(lower.len());
    let mut chars = lower.chars();
    if let Some(first) = chars.next() {
        capitalised.extend(first.to_uppercase());
        capitalised.push_str(chars.as_str());
    }
    let upper = lit.to_uppercase();
    let title = lower
        .split(' ')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map_or(String::new(), |f| f.to_uppercase().chain(c).collect())
        })
        .collect::<Vec<_>>()
        .join(" ");
    let mut out: Vec<String> = Vec::new();
    for s in [lit.to_string(), lower, capitalised, upper, title] {
        if !out.contains(&s) {
            out.push(s);
        }
    }
    out
}

/// Literals found in any ASCII case, as an ASCII-case-insensitive automaton finds them, but
/// with aho-corasick's SIMD prefilter, which such an automaton may not use: the text is
/// searched lower-cased (its ASCII letters only, the ones that automaton folds) for the
/// literals lower-cased the same way.
pub(crate) struct AsciiFolded(aho_corasick::AhoCorasick);

impl AsciiFolded {
    pub(crate) fn new<I, P>(literals: I) -> Self
    where
        I: IntoIterator<Item = P>,
        P: AsRef<[u8]>,
    {
        AsciiFolded(
            aho_corasick::AhoCorasick::builder()
                // Leftmost-first: only with it may the automaton use its SIMD prefilter.
                .match_kind(aho_corasick::MatchKind::LeftmostFirst)
                .build(
                    literals
                        .into_iter()
                        .map(|l| l.as_ref().to_ascii_lowercase()),
                )
                .expect("literals compile"),
        )
    }

    /// Whether `text` holds one of the literals, in any ASCII case.
    pub(crate) fn is_match(&self, text: &str) -> bool {
        self.0.is_match(&text.as_bytes().to_ascii_lowercase())
    }
}

/// Literals searched case-sensitively in their own spelling and four more (lower,
/// Capitalised, UPPER, Title Case): unlike
/// an ASCII-case-insensitive automaton this keeps aho-corasick's SIMD prefilter, and scraped
/// text writes a phrase in one of those ways.
pub(crate) struct CasedLiterals {
    spellings: Vec<String>,
    /// Searched until `DFA_AFTER` bytes have been: a contiguous NFA builds several times
    /// faster than a DFA, which matters to a process that cleans one short article.
    nfa: aho_corasick::AhoCorasick,
    /// Built once that many bytes have been searched: a state lookup per byte several times
    /// cheaper, which matters to long articles and batches. Both find the same matches.
    dfa: OnceLock<aho_corasick::AhoCorasick>,
    searched: AtomicUsize,
    /// Index of the literal each spelling came from.
    original: Vec<usize>,
}

/// Bytes searched before the DFA is built: its build costs about what the NFA's slower search
/// does over half a megabyte, so past this a long input or a batch wins it back quickly.
const DFA_AFTER: usize = 64 << 10;

fn build_automaton(
    spellings: &[String],
    kind: aho_corasick::AhoCorasickKind,
) -> aho_corasick::AhoCorasick {
    aho_corasick::AhoCorasick::builder()
        // Leftmost-first: only with it may the automaton use its SIMD prefilter, which
        // makes the scan of every paragraph several times cheaper.
        .match_kind(aho_corasick::MatchKind::LeftmostFirst)
        // The kind chosen, whatever the number of spellings: past a hundred patterns the
        // crate would pick an NFA for the DFA too.
        .kind(Some(kind))
        .build(spellings)
        .expect("literals compile")
}

impl CasedLiterals {
    pub(crate) fn new<'a>(literals: impl IntoIterator<Item = &'a str>) -> Self {
        let mut seen: Vec<String> = Vec::new();
        let mut original = Vec::new();
        for (i, lit) in literals.into_iter().enumerate() {
            for s in spellings(lit) {
                if !seen.contains(&s) {
                    seen.push(s);
                    original.push(i);
                }
            }
        }
        CasedLiterals {
            nfa: build_automaton(&seen, aho_corasick::AhoCorasickKind::ContiguousNFA),
            dfa: OnceLock::new(),
            searched: AtomicUsize::new(0),
            spellings: seen,
            original,
        }
    }

    fn automaton(&self, len: usize) -> &aho_corasick::AhoCorasick {
        if let Some(dfa) = self.dfa.get() {
            return dfa;
        }
        if self.searched.fetch_add(len, Ordering::Relaxed) + len < DFA_AFTER {
            return &self.nfa;
        }
        self.dfa
            .get_or_init(|| build_automaton(&self.spellings, aho_corasick::AhoCorasickKind::DFA))
    }

    /// Non-overlapping matches: (index of the literal, match).
    pub(crate) fn find_iter<'h>(
        &'h self,
        text: &'h str,
    ) -> impl Iterator<Item = (usize, aho_corasick::Match)> + 'h {
        self.automaton(text.len())
            .find_iter(text)
            .map(|m| (self.original[m.pattern().as_usize()], m))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_rule_table_compiles() {
        super::compile_all();
    }
}
