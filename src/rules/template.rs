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

pub struct InlineRule {
    pub id: &'static str,
    pub reason: Reason,
    pub pattern: &'static str,
}

const fn rule(id: &'static str, reason: Reason, pattern: &'static str) -> InlineRule {
    InlineRule {
        id,
        reason,
        pattern,
    }
}

use Reason::{Markup, Template};

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
