//! Inline template and markup syntaxes, stripped from inside any block.
//!
//! One multi-pattern regex applies the whole table in a single pass; when two rows match at the
//! same position the earlier row wins, so longer syntaxes (`{{{raw}}}`, `{{! comment}}`,
//! `<<slot>>`) are listed before the shorter ones they contain (`{{var}}`, `<tag>`).
//! Only the tags are removed, never the text between an opening and a closing tag: a rule that
//! guessed wrong must not cost the story a sentence.
//!
//! A delimited syntax never spans its own opener (`{% a {% b %}` is an orphan `{%` and one
//! statement): a tag left open then ends its search at the next opener instead of at the end
//! of the block, which keeps a block of a million unclosed `{%` linear, not quadratic.

use super::Reason;
use regex_automata::meta::Regex;
use std::sync::LazyLock;

/// One inline syntax, stripped from inside a block.
pub struct InlineRule {
    /// The rule's id, as `--explain` and `--list-rules` name it.
    pub id: &'static str,
    /// Why the match is stripped.
    pub reason: Reason,
    /// The regex of the syntax.
    pub pattern: &'static str,
    /// A syntax in square brackets, which a Markdown link's text shares: not stripped when a
    /// parenthesis follows it.
    pub bracketed: bool,
}

const fn rule(id: &'static str, reason: Reason, pattern: &'static str) -> InlineRule {
    InlineRule {
        id,
        reason,
        pattern,
        bracketed: false,
    }
}

const fn bracketed(id: &'static str, reason: Reason, pattern: &'static str) -> InlineRule {
    InlineRule {
        id,
        reason,
        pattern,
        bracketed: true,
    }
}

use Reason::{Markup, Template};

/// The inline syntaxes, longer before the shorter ones they contain: at one position the
/// earlier row wins.
pub static TABLE: &[InlineRule] = &[
    // Mustache / Handlebars (and Jinja's `{{ expr }}`, which has the same shape).
    rule("mustache-triple", Template, r"\{\{\{[^{}]*\}\}\}"),
    rule("mustache-comment", Template, r"\{\{!(?:[^{]|\{[^{])*?\}\}"),
    rule("mustache-section", Template, r"\{\{[#^/][^{}]*\}\}"),
    rule("double-brace", Template, r"\{\{[^{}]*\}\}"),
    // Jinja / Django / Liquid statements and comments.
    rule("jinja-statement", Template, r"\{%(?:[^{]|\{[^%])*?%\}"),
    rule("jinja-comment", Template, r"\{#(?:[^{]|\{[^#])*?#\}"),
    // PHP before ERB: `<?php` is not `<%`, but both before the generic tag rule.
    rule("php", Template, r"<\?(?:php|=)(?:[^<]|<[^?])*?\?>"),
    rule("erb-asp", Template, r"<%(?:[^<]|<[^%])*?%>"),
    // Placeholders from JS template literals, wikis and CMS slot syntaxes.
    rule("dollar-brace", Template, r"\$\{[^{}]*\}"),
    rule("double-bracket", Template, r"\[\[[^\[\]]+\]\]"),
    rule("double-angle", Template, r"<<[^<>]+>>"),
    // WordPress and page-builder shortcodes a dump kept: a name with an underscore
    // (`[ad_1]`, `[vc_row]`, `[et_pb_text admin_label="Text"]`), a name with attributes
    // (`[caption id="attachment_9" align="alignnone"]`) or a closing one (`[/caption]`). A
    // bracketed word of prose (`[sic]`, `[Wired]`) has none of these shapes.
    bracketed(
        "shortcode",
        Template,
        r#"\[/?[a-z][a-z0-9]*(?:[_-][a-z0-9]+)*_[a-z0-9]+(?:\s+[^\[\]]*)?\]|\[[a-z][a-z0-9_-]*(?:\s+[a-z_-]+=(?:"[^"\[\]]*"|'[^'\[\]]*'|[^\s\[\]]+))+\s*/?\]|\[/[a-z][a-z0-9_-]*\]"#,
    ),
    // HTML that a text dump kept.
    rule("html-comment", Markup, r"<!--(?:[^<]|<[^!])*?-->"),
    // A Markdown image: the picture is gone, its alt text is not the story.
    rule("markdown-image", Markup, r"!\[[^\[\]]*\]\([^()]*\)"),
    // A tag name is written in one case (`<p>`, `<BR>`, `<my-widget>`): a mixed-case word
    // in angle brackets is a title quoted the Korean or Chinese way (`<The Palace: Tale of
    // Jang Noksu>`), part of the story.
    rule(
        "html-tag",
        Markup,
        r#"</?(?:[a-z][a-z0-9:-]*|[A-Z][A-Z0-9:-]*)(?:\s+[^<>]*)?/?>"#,
    ),
    // Whatever is left of a template delimiter (a truncated or unbalanced tag) goes too:
    // `{{`, `{%`, `<%` never belong in a story.
    rule(
        "orphan-delimiter",
        Template,
        r"\{\{\{?|\}\}\}?|\{%|%\}|<%|%>",
    ),
];

/// The whole table as one multi-pattern regex, compiled on first use.
pub(crate) fn compiled() -> &'static Regex {
    static RE: LazyLock<Regex> = LazyLock::new(|| {
        let patterns: Vec<&str> = TABLE.iter().map(|r| r.pattern).collect();
        Regex::new_many(&patterns).expect("template table compiles")
    });
    &RE
}

/// Cheap gate: every pattern starts with one of these bytes.
pub(crate) fn may_contain_template(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memchr3(b'{', b'<', b'$', b).is_some()
        || memchr::memchr2(b'[', b'}', b).is_some()
        || memchr::memchr(b'%', b).is_some()
}

/// What a template section's name says about when its content shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gate {
    /// The content is the advert or the prompt itself (`{{#ads}}`, `{% if show_promo %}`,
    /// `{{#if isPaywalled}}`): it goes, unless the section is inverted.
    Plug,
    /// The content is shown to the entitled (`{{#userSubscribed}}`, `{% if premium %}`):
    /// it is the story and stays; the inverted section (`{{^userSubscribed}}`) and the
    /// `else` branch are what everyone else gets, a prompt, and go.
    Entitled,
}

/// Words that, as a part of a template section's name (`{{#ads}}`, `{{^userSubscribed}}`,
/// `{% if show_promo %}`, `{{#if isPaywalled}}`), say the section exists for an advert or a
/// paywall. The name is cut into parts at case changes, `_`, `-` and `.`; a part matches a
/// word, or the word followed by `s`, `ed`, `d` or `ing`. Entitlement words come first: a
/// "subscriber" is entitled, "subscribe" is a prompt.
pub static AD_SECTION_WORDS: &[(&str, Reason, Gate)] = &[
    ("subscriber", Reason::Subscribe, Gate::Entitled),
    ("subscribed", Reason::Subscribe, Gate::Entitled),
    ("premium", Reason::Subscribe, Gate::Entitled),
    ("member", Reason::Subscribe, Gate::Entitled),
    ("entitled", Reason::Subscribe, Gate::Entitled),
    ("loggedin", Reason::Subscribe, Gate::Entitled),
    ("paid", Reason::Subscribe, Gate::Entitled),
    ("ad", Reason::Advert, Gate::Plug),
    ("advert", Reason::Advert, Gate::Plug),
    ("advertisement", Reason::Advert, Gate::Plug),
    ("adslot", Reason::Advert, Gate::Plug),
    ("adunit", Reason::Advert, Gate::Plug),
    ("banner", Reason::Advert, Gate::Plug),
    ("dfp", Reason::Advert, Gate::Plug),
    ("gpt", Reason::Advert, Gate::Plug),
    ("promo", Reason::Advert, Gate::Plug),
    ("promotion", Reason::Advert, Gate::Plug),
    ("sponsor", Reason::Advert, Gate::Plug),
    ("taboola", Reason::Advert, Gate::Plug),
    ("outbrain", Reason::Advert, Gate::Plug),
    ("subscribe", Reason::Subscribe, Gate::Plug),
    ("subscription", Reason::Subscribe, Gate::Plug),
    ("paywall", Reason::Subscribe, Gate::Plug),
    ("metered", Reason::Subscribe, Gate::Plug),
    ("upsell", Reason::Subscribe, Gate::Plug),
    ("newsletter", Reason::Newsletter, Gate::Plug),
];

/// The id under which an ad or paywall section's content is removed.
pub const AD_SECTION_RULE: &str = "ad-template-section";

/// The most words an ad or paywall section may hold and still be removed whole: a section
/// wrapping more than a plug's length is more likely the story shown to subscribers, and
/// keeps its words (its tags still go).
pub const AD_SECTION_MAX_WORDS: usize = 60;

/// The most blocks an ad or paywall section may span.
pub const AD_SECTION_MAX_BLOCKS: usize = 6;

/// Why a section of this name exists for an ad or a paywall, and how it gates its content.
pub fn ad_section_reason(name: &str) -> Option<(Reason, Gate)> {
    let mut parts: Vec<String> = Vec::new();
    let mut cur = String::new();
    let mut prev_lower = false;
    for c in name.chars() {
        if matches!(c, '_' | '-' | '.' | ' ' | ':') {
            parts.push(std::mem::take(&mut cur));
            prev_lower = false;
            continue;
        }
        if c.is_uppercase() && prev_lower {
            parts.push(std::mem::take(&mut cur));
        }
        prev_lower = c.is_lowercase() || c.is_numeric();
        cur.extend(c.to_lowercase());
    }
    parts.push(cur);
    // "logged in" is one part for the table.
    let joined: Vec<String> = parts
        .windows(2)
        .map(|w| format!("{}{}", w[0], w[1]))
        .collect();
    parts.iter().chain(&joined).find_map(|p| {
        AD_SECTION_WORDS.iter().find_map(|(w, reason, gate)| {
            let rest = p.strip_prefix(w)?;
            matches!(rest, "" | "s" | "ed" | "ing" | "d").then_some((*reason, *gate))
        })
    })
}

/// The section tags newsclean follows across blocks (found here, read by
/// `clean::sections`): Mustache / Handlebars openers (`{{#x}}`,
/// `{{^x}}`, `{{#if x}}`, `{{#unless x}}`), their `{{else}}` and closers, and Jinja / Liquid's
/// `{% if x %}`, `{% else %}`, `{% endif %}`.
pub(crate) fn section_tags() -> &'static regex::Regex {
    static RE: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(
            r"\{\{\s*(?:(?:[#^])\s*(?:(?:if|unless|with)\s+)?(?:[\w.:-]+)[^{}]*|/\s*(?:[\w.:-]+)\s*|(?:else)\s*)\}\}|\{%-?\s*(?:(?:if|unless)\s+(?:not\s+)?(?:[\w.:-]+)[^{}%]*|(?:else|elif[^{}%]*)|(?:endif|endunless))\s*-?%\}",
        )
        .expect("section tags compile")
    });
    &RE
}
