//! Every rule `--explain` can name, in one list: its id, the reason it reports, where it lives
//! and what it matches. `newsclean --list-rules` prints it; a test checks that every rule met
//! in the fixtures' removals is listed.
//!
//! Table rows (boilerplate, vocabulary, glued, template, link notes, Markdown verdicts, and
//! the share-button targets those verdicts go by) are read from their tables, so a new row is
//! listed as soon as it is written. The decisions the
//! pipeline's stages make on their own (the story picker, the duplicate rule, the headline and
//! standfirst checks) are listed in [`STAGE_RULES`].

use super::Reason;
use serde::Serialize;

/// One rule as `--list-rules` prints it.
#[derive(Debug, Clone, Serialize)]
pub struct Rule {
    /// The id `--explain` reports the rule by.
    pub id: &'static str,
    /// The reason it reports (a few rules report their context's instead: see `link-list`).
    pub reason: Reason,
    /// The module that holds it.
    pub module: &'static str,
    /// What it matches or decides, in a sentence.
    pub description: String,
}

/// The pipeline stages' own decisions: (id, reason, module, what it does).
#[rustfmt::skip]
pub static STAGE_RULES: &[(&str, Reason, &str, &str)] = &[
    ("outside-story", Reason::Outside, "classify::story",
        "outside the run of blocks picked as the story: a page's menus, teasers, rails and footers"),
    ("inset-links", Reason::Navigation, "classify::story",
        "a box of links nested in the story's element, between two parts of the story (a table of contents, related links)"),
    ("before-headline", Reason::Outside, "classify::headline",
        "before the page's headline in a dump: the site's header and navigation"),
    ("page-headline", Reason::Outside, "classify::headline",
        "the headline itself, printed again in the text (kept as the title)"),
    ("headline-repeat", Reason::Duplicate, "classify::headline",
        "a repeat of the headline further down"),
    ("exact-repeat", Reason::Duplicate, "clean",
        "a block repeating one close before it (a caption or credit printed twice), or a long block repeated anywhere"),
    ("story-repeat", Reason::Duplicate, "classify::settle",
        "a second copy of the story's paragraphs (a page printing its story twice)"),
    ("repeated-lead", Reason::Standfirst, "classify::standfirst",
        "a summary above the story that its first paragraph repeats"),
    ("description-standfirst", Reason::Standfirst, "classify::standfirst",
        "a summary above the story that the page's description repeats"),
    ("not-in-article-body", Reason::Outside, "classify::article_body",
        "a block the page's own JSON-LD articleBody does not hold, at the story's edge"),
    ("head-line", Reason::Outside, "classify::meta",
        "a headline-shaped line at the head of the story where the page's metadata gives the headline: the headline worded otherwise, a kicker, a slug or a stamp"),
    ("lead-stamp", Reason::Timestamp, "classify::meta",
        "a date or time stamp line at the head of the story"),
    ("lead-in-label", Reason::Outside, "classify::story",
        "a section label or kicker standing alone before the story's first paragraph"),
    ("trailing-heading", Reason::Related, "classify::story",
        "a heading after the story's last paragraph with nothing of the story under it (\"More stories\")"),
    ("author-bio", Reason::Bio, "classify::story",
        "the note on the writer after the story, with an email address or a handle"),
    ("link-list", Reason::Navigation, "clean",
        "a link-shaped line under a list's heading (reported with the heading's reason: navigation, related, share)"),
    ("no-words", Reason::Markup, "clean",
        "a block with no letter or digit left once cleaned (reported with the rule that emptied it, when one did)"),
    (super::template::AD_SECTION_RULE, Reason::Advert, "clean::sections",
        "a template section that exists for an advert or a paywall, with its content"),
    ("read-time-glued", Reason::Timestamp, "rules::glued",
        "a read-time stamp glued into the story, with the date it runs into (`6 min readMarch 3, 2024`): cut out, the sentences kept"),
    ("post-signature", Reason::Share, "rules::glued",
        "an embedded post's signature glued into the story (`pic.twitter.com/x— Name (@handle) June 3, 2023`): cut out, the sentences kept"),
    ("bracketed-photo-credit", Reason::Copyright, "rules::glued",
        "a photo's credit in brackets between two of the story's sentences, its caption lost (`(HT PHOTO)`, `(Jane Doe via AP)`): cut out, the sentences kept"),
    ("credit-on-paragraph", Reason::Copyright, "classify::caption",
        "a photo's credit glued onto a paragraph that reads as the story's, not a caption: the credit is cut, the paragraph kept"),
    ("site-template", Reason::SiteTemplate, "sites",
        "furniture learned from the batch: a unit standing in a large share of the site's pages"),
];

fn shape_description(shape: &super::boilerplate::Shape) -> String {
    use super::boilerplate::Shape;
    match shape {
        Shape::Exact(phrases) => format!(
            "a block that is exactly one of {} phrases, such as {:?}",
            phrases.len(),
            phrases.first().copied().unwrap_or_default()
        ),
        Shape::Prefix(p, n) => format!("a block of up to {n} words starting {p:?}"),
        Shape::Contains(p, n) => format!("a block of up to {n} words containing {p:?}"),
        Shape::Pattern(p, n) => format!("a block of up to {n} words matching {p}"),
        Shape::Gated(g, p, n) => format!("a block of up to {n} words with {g:?}, matching {p}"),
        Shape::Described(text) => (*text).to_owned(),
        Shape::Vocabulary(words) => format!(
            "a short line of interface and function words only, with one of {} such as {:?}",
            words.len(),
            words.first().copied().unwrap_or_default()
        ),
    }
}

/// Every rule, in the order the stages run.
pub fn all() -> Vec<Rule> {
    let mut out = Vec::new();
    for r in super::template::TABLE {
        out.push(Rule {
            id: r.id,
            reason: r.reason,
            module: "rules::template",
            description: format!("template syntax inside a block, matching {}", r.pattern),
        });
    }
    for r in super::glued::TABLE {
        let what = match r.extent {
            super::glued::Extent::Phrase => "the phrase alone",
            super::glued::Extent::Headline => "the marker and the linked headline after it",
        };
        out.push(Rule {
            id: r.id,
            reason: r.reason,
            module: "rules::glued",
            description: format!(
                "glued into the story's text, {what}: {} phrases such as {:?}",
                r.phrases.len(),
                r.phrases.first().copied().unwrap_or_default()
            ),
        });
    }
    for r in super::markdown::LINK_NOTES {
        out.push(Rule {
            id: r.id,
            reason: r.reason,
            module: "rules::markdown",
            description: format!("a note on a link, matching {}", r.pattern),
        });
    }
    for v in super::markdown::VERDICTS {
        out.push(Rule {
            id: v.id,
            reason: v.reason,
            module: "rules::markdown",
            description: v.description.to_string(),
        });
    }
    for t in super::markdown::SHARE_TARGETS {
        out.push(Rule {
            id: t.id,
            reason: t.reason,
            module: "rules::markdown",
            description: format!(
                "a link to a share button's endpoint (a block of nothing but such links goes as share-links), matching {}",
                t.pattern
            ),
        });
    }
    for r in super::boilerplate::TABLE {
        out.push(Rule {
            id: r.id,
            reason: r.reason,
            module: "rules::boilerplate",
            description: shape_description(&r.shape),
        });
    }
    for r in super::furniture::FAMILIES
        .iter()
        .chain(super::furniture::IN_STORY_FAMILIES)
        .chain([
            &super::furniture::BARE_INTERFACE,
            &super::furniture::MOSTLY,
            &super::furniture::PROMPT,
        ])
    {
        out.push(Rule {
            id: r.id,
            reason: r.reason,
            module: "rules::furniture",
            description: shape_description(&r.shape),
        });
    }
    for &(id, reason, module, description) in STAGE_RULES {
        out.push(Rule {
            id,
            reason,
            module,
            description: description.to_string(),
        });
    }
    out
}

/// The rules with this id (an id can stand for one rule in several tables).
pub fn find(id: &str) -> Vec<Rule> {
    all().into_iter().filter(|r| r.id == id).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{boilerplate, furniture, glued, markdown, template};

    /// Every row of every rule table is listed under its own id and reason, the share-button
    /// targets among them: `--explain` names none of those, but `share-links` goes by them.
    #[test]
    fn every_table_row_is_listed() {
        let rules = all();
        let listed =
            |id: &str, reason: Reason| rules.iter().any(|r| r.id == id && r.reason == reason);
        let rows = template::TABLE
            .iter()
            .map(|r| (r.id, r.reason))
            .chain(glued::TABLE.iter().map(|r| (r.id, r.reason)))
            .chain(markdown::LINK_NOTES.iter().map(|r| (r.id, r.reason)))
            .chain(markdown::VERDICTS.iter().map(|r| (r.id, r.reason)))
            .chain(markdown::SHARE_TARGETS.iter().map(|r| (r.id, r.reason)))
            .chain(boilerplate::TABLE.iter().map(|r| (r.id, r.reason)))
            .chain(furniture::FAMILIES.iter().map(|r| (r.id, r.reason)))
            .chain(
                furniture::IN_STORY_FAMILIES
                    .iter()
                    .map(|r| (r.id, r.reason)),
            );
        for (id, reason) in rows {
            assert!(
                listed(id, reason),
                "{id} ({}) is not listed",
                reason.as_str()
            );
        }
        for id in ["share-intent", "share-mail", "share-parameter"] {
            assert_eq!(find(id).len(), 1, "{id}");
        }
    }
}
