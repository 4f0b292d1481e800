//! Rules for Markdown dumps (reader proxies such as r.jina.ai, Firecrawl, exports of WordPress,
//! Ghost or Substack posts), applied where only the Markdown shows the evidence:
//!
//! - [`LINK_NOTES`]: the words a page adds to a link for screen readers or to warn where it
//!   goes ("(opens in new tab)", ", opens new tab", "(link is external)"), cut from inside
//!   any block, HTML or text, each cut reported;
//! - [`SHARE_TARGETS`]: where a share button's link points (`facebook.com/sharer`,
//!   `twitter.com/intent/tweet`, Jetpack's `?share=email`): a block of nothing but such links
//!   is a share bar, whatever its words say ("X", "Nextdoor", "Copy");
//! - [`VERDICTS`]: what the text reader decides about a whole block from its Markdown alone
//!   (a list of links under a share or related heading, a reader proxy's envelope, YAML front
//!   matter, a link reference definition), each with an id and a reason.

use super::Reason;
use super::lazy::LazyRegex;
use regex::Regex;
use std::sync::LazyLock;

/// One link note: the words a page adds to a link, cut from inside any block.
pub struct NoteRule {
    /// The rule's id, as `--explain` and `--list-rules` name it.
    pub id: &'static str,
    /// Why the note is cut.
    pub reason: Reason,
    /// A case-insensitive regex for the note with what leads into it (a comma, a dash, the
    /// space before a bracket).
    pub pattern: &'static str,
}

use Reason::{Comments, Markup, Navigation, Related, Share};

const fn note(id: &'static str, reason: Reason, pattern: &'static str) -> NoteRule {
    NoteRule {
        id,
        reason,
        pattern,
    }
}

/// Link notes. In brackets a note is cut wherever it stands; after a comma or a dash only
/// where a link's text ends (`]`, the block's end, or punctuation), so that a sentence that
/// merely says "opens a new window" keeps its words.
#[rustfmt::skip]
pub static LINK_NOTES: &[NoteRule] = &[
    note("new-window-note", Markup,
        r"\s*[(\[]\s*(?:(?:this )?link )?(?:opens?|opening|will open|launch(?:es)?) (?:(?:in|into) )?(?:a )?new (?:browser )?(?:window|tab)\s*[)\]]|\s*[(\[]\s*new (?:window|tab)\s*[)\]]"),
    note("new-window-tail", Markup,
        r"\s*(?:,|\s[-–—])\s*(?:(?:this )?link )?(?:opens?|opening|will open) (?:(?:in|into) )?(?:a )?new (?:browser )?(?:window|tab)\s*(?:$|[\]).,;:!?])"),
    note("external-link-note", Markup,
        r"\s*[(\[]\s*(?:external(?: link| site| website)?|link is external|opens? (?:an )?external (?:site|website|link)|offsite link|leaving (?:the )?site)\s*[)\]]"),
    // The same notes in the other languages of the pages newsclean meets.
    note("new-window-note-es", Markup,
        r"\s*[(\[]\s*(?:se )?abre (?:en )?(?:una )?(?:nueva )?(?:pestaña|ventana)(?: nueva)?\s*[)\]]|\s*[(\[]\s*(?:enlace|vínculo) externo\s*[)\]]"),
    note("new-window-note-pt", Markup,
        r"\s*[(\[]\s*abre (?:em |numa |em uma )?(?:nova )?(?:aba|janela|guia)(?: nova)?\s*[)\]]|\s*[(\[]\s*link externo\s*[)\]]"),
    note("new-window-note-de", Markup,
        r"\s*[(\[]\s*öffnet (?:sich )?(?:in )?(?:einem |einen )?(?:neuen?|neuem) (?:tab|fenster)\s*[)\]]|\s*[(\[]\s*externer link\s*[)\]]"),
    note("new-window-note-fr", Markup,
        r"\s*[(\[]\s*(?:s['’]ouvre (?:dans )?(?:un |une )?)?(?:nouvel onglet|nouvelle fenêtre)\s*[)\]]|\s*[(\[]\s*lien externe\s*[)\]]"),
    note("new-window-note-it", Markup,
        r"\s*[(\[]\s*(?:si )?apre (?:in )?(?:una )?nuova (?:finestra|scheda)\s*[)\]]|\s*[(\[]\s*link esterno\s*[)\]]"),
    note("new-window-note-nl", Markup,
        r"\s*[(\[]\s*opent (?:in )?(?:een )?nieuw(?:e)? (?:venster|tabblad)\s*[)\]]|\s*[(\[]\s*externe link\s*[)\]]"),
];

/// Words one of the notes always holds: a block without any of them is not searched.
const NOTE_GATES: &[&str] = &[
    "new window",
    "new tab",
    "new browser",
    "external",
    "offsite",
    "leaving",
    "pestaña",
    "ventana",
    "externo",
    "nova aba",
    "nova janela",
    "nova guia",
    "neuem",
    "neuen",
    "externer",
    "onglet",
    "fenêtre",
    "externe",
    "nuova",
    "esterno",
    "nieuw",
];

/// One kind of share-button destination.
pub struct TargetRule {
    /// The rule's id, as `--list-rules` names it.
    pub id: &'static str,
    /// The reason of the blocks of such links.
    pub reason: Reason,
    /// A case-insensitive regex on a link's destination.
    pub pattern: &'static str,
}

const fn target(id: &'static str, pattern: &'static str) -> TargetRule {
    TargetRule {
        id,
        reason: Share,
        pattern,
    }
}

/// Share-button destinations: the networks' "share this URL" endpoints, a mail with a subject
/// and nothing else, and the query parameters share plugins add to the post's own URL.
#[rustfmt::skip]
pub static SHARE_TARGETS: &[TargetRule] = &[
    target("share-intent", r"(?:facebook\.com/(?:sharer|share\.php|dialog/(?:share|feed|send))|(?:twitter|x)\.com/(?:intent/(?:tweet|post)|share\b)|linkedin\.com/(?:sharing/share-offsite|sharearticle|cws/share|shareArticle)|whatsapp\.com/send|wa\.me/\?text|pinterest\.[a-z.]+/pin/create|reddit\.com/submit|(?:t|telegram)\.me/share|tumblr\.com/(?:widgets/)?share|bsky\.app/intent|threads\.(?:net|com)/intent|getpocket\.com/(?:save|edit)|flipboard\.com/bookmarklet|news\.ycombinator\.com/submitlink|vk\.com/share\.php|xing\.com/(?:spi/shares|app/user\?op=share)|line\.me/R/msg|lineit/share|addtoany\.com/(?:share|add_to)|mastodonshare|toot\.kytta|buffer\.com/add|digg\.com/submit|mix\.com/add|nextdoor\.com/sharekit)"),
    target("share-mail", r"^mailto:[^@]*\?(?:[^&]*&)*(?:subject|body)="),
    // WordPress Jetpack (`?share=twitter&nb=1`), Substack (`action=share`), AddThis and
    // ShareThis fragments.
    target("share-parameter", r"[?&](?:share=[a-z-]+|action=share|utm_content=share|utm_medium=(?:social|share)\b)|#(?:at_pco|addthis|sharethis)"),
];

/// Where a byline's link points: an author's page on a blog or newsletter platform.
pub static AUTHOR_PAGES: &str = r"(?i)^(?:https?://[^/]+)?/(?:author|authors|writer|writers|contributor|contributors|people|staff|profile|by)/[^/?#]+/?$|^(?:https?://)?(?:[a-z0-9-]+\.)?(?:substack|medium)\.com/@[^/?#]+/?$";

/// Whether a link's destination is an author's page.
pub fn is_author_page(url: &str) -> bool {
    static RE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(AUTHOR_PAGES).expect("author pages compile"));
    RE.is_match(url)
}

/// A whole-block decision of the text reader: the rule id and reason, and what it means.
#[derive(Debug)]
pub struct Verdict {
    /// The rule's id, as `--explain` and `--list-rules` name it.
    pub id: &'static str,
    /// Why the block is removed.
    pub reason: Reason,
    /// What the verdict means, as `--list-rules` prints it.
    pub description: &'static str,
}

const fn verdict(id: &'static str, reason: Reason, description: &'static str) -> Verdict {
    Verdict {
        id,
        reason,
        description,
    }
}

/// The text reader's whole-block verdicts.
#[rustfmt::skip]
pub static VERDICTS: &[Verdict] = &[
    verdict("share-list", Share,
        "a share heading (\"Share this:\", \"Like this:\") with the links listed under it, as one block"),
    verdict("share-links", Share,
        "a block of nothing but links to share endpoints (facebook.com/sharer, ?share=email)"),
    verdict("related-list", Related,
        "a related-links heading (\"Related\", \"Read next\") with the links listed under it, as one block"),
    verdict("link-card", Related,
        "a block that is one link around a card's title, summary and picture on lines of their own (a bookmark card, a teaser)"),
    verdict("discussion", Comments,
        "a comments heading (\"Discussion about this post\", \"3 responses to …\") after the story, and all below it: the readers' thread, its form and the page's foot"),
    verdict("author-link", Navigation,
        "a line that is nothing but a link to the author's page (`/author/…`, `substack.com/@…`) above the story: a credit the text output cannot print as a byline"),
    verdict("reader-envelope", Markup,
        "a reader proxy's header: URL Source, Published Time, Markdown Content"),
    verdict("front-matter", Markup,
        "the YAML or TOML front matter of an exported post (its title is kept as the headline)"),
    verdict("link-definition", Markup,
        "a Markdown link reference definition (`[1]: https://…`)"),
    verdict("link-list-markup", Related,
        "a list in a page's markup whose every item is a short link and nothing more (related stories, videos, most read, a table of contents), with the heading just before it"),
];

/// The verdict with this id. Ids are the table's own: an unknown one is a programming error
/// caught by the tests, and falls back to the first row rather than panic.
pub fn verdict_for(id: &str) -> &'static Verdict {
    VERDICTS.iter().find(|v| v.id == id).unwrap_or(&VERDICTS[0])
}

/// The link notes compiled: their gate words, and their regexes (each built on first use).
pub(crate) struct Compiled {
    /// The gate words in any ASCII case, in one automaton with its SIMD prefilter.
    gates: super::AsciiFolded,
    /// Compiled when a text first passes the gates: most texts never do.
    notes: Vec<LazyRegex>,
}

fn targets() -> &'static regex::RegexSet {
    static T: LazyLock<regex::RegexSet> = LazyLock::new(|| {
        regex::RegexSet::new(SHARE_TARGETS.iter().map(|r| format!("(?i){}", r.pattern)))
            .expect("share targets compile")
    });
    &T
}

/// The compiled link notes, built on first use.
pub(crate) fn compiled() -> &'static Compiled {
    static C: LazyLock<Compiled> = LazyLock::new(|| Compiled {
        gates: super::AsciiFolded::new(NOTE_GATES),
        notes: LINK_NOTES
            .iter()
            .map(|r| LazyRegex::new(format!("(?i){}", r.pattern)))
            .collect(),
    });
    &C
}

/// Compiles every regex of the tables, so a typo in a pattern fails `cargo test`.
#[cfg(test)]
pub(crate) fn compile_every_pattern() {
    for re in &compiled().notes {
        let _: &Regex = re;
    }
    targets();
}

/// The link notes in `text`: (row, byte range), in order, not overlapping.
pub fn find_notes(text: &str) -> Vec<(&'static NoteRule, std::ops::Range<usize>)> {
    let c = compiled();
    if !c.gates.is_match(text) {
        return Vec::new();
    }
    let mut found: Vec<(&'static NoteRule, std::ops::Range<usize>)> = Vec::new();
    for (row, re) in LINK_NOTES.iter().zip(&c.notes) {
        for m in re.find_iter(text) {
            let mut range = m.range();
            // A tail note keeps the bracket or punctuation that ends it: that belongs to the
            // link or the sentence.
            let ends_with_mark = text[..range.end]
                .chars()
                .next_back()
                .is_some_and(|ch| "]).,;:!?".contains(ch));
            if row.id == "new-window-tail" && ends_with_mark {
                range.end -= 1;
            }
            if !found
                .iter()
                .any(|(_, r)| r.start < range.end && range.start < r.end)
            {
                found.push((row, range));
            }
        }
    }
    found.sort_by_key(|(_, r)| r.start);
    found
}

/// Whether a link's destination is a share button's.
pub fn is_share_target(url: &str) -> bool {
    targets().is_match(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(text: &str) -> String {
        let mut out = String::new();
        let mut last = 0;
        for (_, r) in find_notes(text) {
            out.push_str(&text[last..r.start]);
            last = r.end;
        }
        out.push_str(&text[last..]);
        out
    }

    #[test]
    fn link_notes_in_every_form_are_cut() {
        for (text, want) in [
            (
                "Click to share on X (Opens in new window)",
                "Click to share on X",
            ),
            ("the report (opens in a new tab).", "the report."),
            (
                "[the operator's website, opens new tab](u)",
                "[the operator's website](u)",
            ),
            ("the council (external link)", "the council"),
            (
                "the minister's speech (link is external)",
                "the minister's speech",
            ),
            ("el informe (se abre en una nueva pestaña)", "el informe"),
            ("der Bericht (öffnet in neuem Tab)", "der Bericht"),
            ("le rapport (s'ouvre dans un nouvel onglet)", "le rapport"),
            ("il rapporto (si apre in una nuova finestra)", "il rapporto"),
            ("o relatório (abre em nova aba)", "o relatório"),
            ("het rapport (opent in nieuw venster)", "het rapport"),
            ("Read the plan - opens in new window", "Read the plan"),
        ] {
            assert_eq!(cut(text), want, "{text}");
        }
    }

    #[test]
    fn prose_about_windows_and_tabs_stays() {
        for text in [
            "The bank opens a new window for applications on Monday.",
            "Shops open new tabs for regulars, the owner said.",
            "The external review (due in May) will be published.",
        ] {
            assert_eq!(cut(text), text);
        }
    }

    #[test]
    fn share_targets() {
        for url in [
            "https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fex.com",
            "https://twitter.com/intent/tweet?text=x",
            "https://x.com/intent/post?url=y",
            "https://www.linkedin.com/sharing/share-offsite/?url=z",
            "https://api.whatsapp.com/send?text=a",
            "mailto:?subject=Ferry%20crews&body=https://ex.com",
            "https://harbourgazette.example.com/2024/05/14/ferry/?share=mastodon&nb=1",
            "https://letter.example.com/p/slug?utm_source=substack&utm_medium=email&action=share",
        ] {
            assert!(is_share_target(url), "{url}");
        }
        for url in [
            "https://www.facebook.com/harbourgazette",
            "https://twitter.com/moira",
            "mailto:news@harbourgazette.example.com",
            "https://ex.com/2024/05/share-prices-fall/",
        ] {
            assert!(!is_share_target(url), "{url}");
        }
    }

    /// The rows added to the boilerplate table for what Markdown dumps of blogs carry.
    #[test]
    fn blog_widget_rows() {
        use crate::rules::boilerplate::classify;
        for (text, id) in [
            ("Click to share on X X", "click-to-share"),
            ("Click to email a link to a friend Email", "click-to-share"),
            ("Like this:", "like-widget"),
            ("Like Loading...", "like-widget"),
            ("%d bloggers like this:", "bloggers-like-this"),
            ("Spread the word", "share-heading"),
            ("Compartir:", "share-heading"),
            (
                "Thanks for reading The Ferry Letter! Subscribe for free to receive new posts and support my work.",
                "thanks-for-reading",
            ),
            ("Subscribe for free", "subscribe-free"),
            ("Related Posts", "related-posts"),
            ("Read more about the strike", "read-more-about"),
        ] {
            assert_eq!(classify(text).map(|r| r.id), Some(id), "{text}");
        }
        for text in [
            "Click to see how the vote split, ward by ward, in the council's own map of the city.",
            "Readers who like this kind of story wrote in by the hundred.",
            "Subscribe for free? The paper tried that in 2019 and lost money, its editor said.",
        ] {
            assert_eq!(classify(text).map(|r| r.id), None, "{text}");
        }
    }

    #[test]
    fn every_verdict_id_is_in_the_table() {
        for id in [
            "share-list",
            "share-links",
            "related-list",
            "discussion",
            "link-card",
            "author-link",
            "reader-envelope",
            "front-matter",
            "link-definition",
        ] {
            assert_eq!(verdict_for(id).id, id);
        }
    }
}
