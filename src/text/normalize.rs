//! Text inside a block: entities decoded (twice when a scraper double-escaped them), Markdown
//! links reduced to their text. Whitespace, invisible characters and NFC are `crate::tidy`'s.

use regex::Regex;
use std::borrow::Cow;
use std::sync::LazyLock;

/// `&amp;amp;` is a double-escaped `&`: decode a second time only when the first pass changed
/// something and left an entity behind.
pub fn decode_entities(text: &str) -> Cow<'_, str> {
    if memchr::memchr(b'&', text.as_bytes()).is_none() {
        return Cow::Borrowed(text);
    }
    let once = htmlize::unescape(text);
    if once.len() != text.len() && memchr::memchr(b'&', once.as_bytes()).is_some() {
        let twice = htmlize::unescape(once.as_ref()).into_owned();
        return Cow::Owned(twice);
    }
    Cow::Owned(once.into_owned())
}

// A link's destination: `<…>`, or a URL whose brackets balance one level deep
// (`https://ex.com/a_(b)`), then an optional title in quotes or brackets.
macro_rules! destination {
    () => {
        r#"\((?P<url><[^<>\n]*>|(?:[^()\s]|\([^()\s]*\))*)(?:\s+(?:"[^"]*"|'[^']*'|\([^()]*\)))?\s*\)"#
    };
}

static MD_IMAGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(r"!\[[^\[\]]*\]", destination!())).expect("markdown image pattern")
});
static MD_LINK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(r"\[(?P<text>[^\[\]]*)\]", destination!())).expect("markdown link pattern")
});
/// `[text][1]`, `[text][]`: a reference-style link.
static MD_REF_LINK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\[(?P<text>[^\[\]]+)\]\[[^\[\]]*\]").expect("reference link"));
/// `<https://…>`, `<mailto:…>`, `<name@example.com>`.
static MD_AUTOLINK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"<(?P<text>(?:https?|ftp)://[^<>\s]+|mailto:[^<>\s]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})>")
        .expect("autolink pattern")
});
static MD_CODE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"``\s?(?P<double>[^`\n](?:[^`\n]|`[^`\n])*?)\s?``|`(?P<single>[^`\n]+)`")
        .expect("code span pattern")
});
/// A backslash escape: the character stands for itself.
static MD_ESCAPE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\\([!-/:-@\[-`{-~])").expect("escape pattern"));

/// Markdown's inline syntax reduced to the text a reader sees: links (inline, reference and
/// auto) to their text, images to nothing, emphasis (`*x*`, `_x_`, `**x**`, `__x__`,
/// `***x***`) and code spans to their words, backslash escapes to the character. A link whose
/// text is only a symbol (a heading's `#` anchor, a footnote's number pointing at `#fn1`) goes
/// whole.
///
/// An escape at the very start of the block stays when the character would make the line
/// Markdown structure (`\# not a heading`, `\- not an item`): the text output, read again,
/// must not turn the paragraph into a heading or an item.
pub fn markdown_inline(text: &str) -> Cow<'_, str> {
    let b = text.as_bytes();
    if memchr::memchr3(b'[', b'*', b'_', b).is_none()
        && memchr::memchr3(b'`', b'\\', b'<', b).is_none()
    {
        return Cow::Borrowed(text);
    }
    let mut out = Cow::Borrowed(text);
    let apply =
        |re: &Regex, rep: &mut dyn FnMut(&regex::Captures) -> String, out: &mut Cow<'_, str>| {
            if let Cow::Owned(s) = re.replace_all(out, |c: &regex::Captures| rep(c)) {
                *out = Cow::Owned(s);
            }
        };
    if out.contains('\\') {
        let lead = out.len() - out.trim_start().len();
        apply(
            &MD_ESCAPE,
            &mut |c| {
                let m = c.get(0).expect("whole match");
                let ch = &c[1];
                if m.start() == lead && "#>-+*=|".contains(ch) {
                    m.as_str().to_string()
                } else {
                    ch.to_string()
                }
            },
            &mut out,
        );
    }
    if out.contains("](") {
        if out.contains("![") {
            apply(&MD_IMAGE, &mut |_| String::new(), &mut out);
        }
        apply(&MD_LINK, &mut link_text, &mut out);
    }
    let text_group = |c: &regex::Captures| c.name("text").map_or("", |m| m.as_str()).to_string();
    if out.contains("][") {
        apply(&MD_REF_LINK, &mut { text_group }, &mut out);
    }
    if out.contains('<') {
        apply(&MD_AUTOLINK, &mut { text_group }, &mut out);
    }
    if out.contains('`') {
        apply(
            &MD_CODE,
            &mut |c| {
                c.name("double")
                    .or(c.name("single"))
                    .map_or("", |m| m.as_str())
                    .to_string()
            },
            &mut out,
        );
    }
    if out.contains(['*', '_'])
        && let Some(plain) = strip_emphasis(&out)
    {
        out = Cow::Owned(plain);
    }
    out
}

/// A link's text, or nothing when it has no letter or digit (`[](#top)`, `[¶](#s2)`) or is
/// a footnote's number pointing into the page (`[1](#footnote-1)`).
fn link_text(c: &regex::Captures) -> String {
    let text = c.name("text").map_or("", |m| m.as_str());
    let url = c.name("url").map_or("", |m| m.as_str());
    let footnote = url.starts_with('#')
        && text.len() <= 4
        && text
            .chars()
            .all(|ch| ch.is_ascii_digit() || "[]^*†‡".contains(ch));
    if footnote || !text.chars().any(char::is_alphanumeric) {
        String::new()
    } else {
        text.to_string()
    }
}

/// Letters and digits inside links, and in the whole block, once its Markdown is reduced:
/// how much of a dump's block is links (images do not count).
pub fn link_shares(text: &str) -> (usize, usize) {
    let alnum = |s: &str| s.chars().filter(|c| c.is_alphanumeric()).count();
    if !text.contains(['[', '<']) {
        return (0, alnum(&markdown_inline(text)));
    }
    let bare = MD_IMAGE.replace_all(text, "");
    let mut linked = 0;
    for re in [&*MD_LINK, &*MD_REF_LINK, &*MD_AUTOLINK] {
        linked += re
            .captures_iter(&bare)
            .map(|c| c.name("text").map_or(0, |m| alnum(m.as_str())))
            .sum::<usize>();
    }
    let total = alnum(&markdown_inline(&bare));
    (linked.min(total), total)
}

/// The destinations of a block's inline links and autolinks (not of its images).
pub fn link_targets(text: &str) -> Vec<String> {
    let bare = MD_IMAGE.replace_all(text, "");
    let mut urls: Vec<String> = MD_LINK
        .captures_iter(&bare)
        .filter_map(|c| c.name("url"))
        .map(|m| {
            m.as_str()
                .trim_start_matches('<')
                .trim_end_matches('>')
                .to_string()
        })
        .collect();
    urls.extend(
        MD_AUTOLINK
            .captures_iter(&bare)
            .filter_map(|c| c.name("text"))
            .map(|m| m.as_str().to_string()),
    );
    urls
}

/// How many openers an emphasis closer looks back over at most: keeps a block of a million
/// unclosed `*` linear.
const EMPHASIS_REACH: usize = 16;

/// `*x*`, `_x_`, `**x**`, `__x__`, `***x***` reduced to `x`, in one pass; `None` when there
/// is none. A run opens when a non-space follows it and closes when a non-space precedes
/// it; a single `*` and any `_` must also stand at a word's edge (`snake_case_name`,
/// `2*3*4` are not emphasis), a double `*` may stand inside a word.
fn strip_emphasis(text: &str) -> Option<String> {
    let b = text.as_bytes();
    let char_before = |i: usize| text[..i].chars().next_back();
    let char_at = |i: usize| text[i..].chars().next();
    // (delimiter, run length, start) of runs that may still be closed
    let mut open: Vec<(u8, usize, usize)> = Vec::new();
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let d = b[i];
        if d != b'*' && d != b'_' {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && b[i] == d {
            i += 1;
        }
        let n = i - start;
        if n > 3 {
            continue;
        }
        let before = char_before(start);
        let after = char_at(i);
        let edge = d == b'_' || n == 1;
        let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        let can_open = after.is_some_and(|c| !c.is_whitespace()) && !(edge && word(before));
        let can_close = before.is_some_and(|c| !c.is_whitespace()) && !(edge && word(after));
        if can_close
            && let Some(k) = open
                .iter()
                .rev()
                .take(EMPHASIS_REACH)
                .position(|&(od, on, _)| od == d && on == n)
        {
            let k = open.len() - 1 - k;
            let (_, on, ostart) = open[k];
            cuts.push((ostart, ostart + on));
            cuts.push((start, i));
            open.truncate(k);
            continue;
        }
        if can_open {
            open.push((d, n, start));
        }
    }
    if cuts.is_empty() {
        return None;
    }
    cuts.sort_unstable();
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for (s, e) in cuts {
        out.push_str(&text[last..s]);
        last = e;
    }
    out.push_str(&text[last..]);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entities_single_and_double_escaped() {
        assert_eq!(decode_entities("Tom &amp; Jerry"), "Tom & Jerry");
        assert_eq!(decode_entities("Tom &amp;amp; Jerry"), "Tom & Jerry");
        assert_eq!(decode_entities("&amp;quot;hi&amp;quot;"), "\"hi\"");
        assert_eq!(decode_entities("AT&T and R&D"), "AT&T and R&D");
    }

    #[test]
    fn markdown_links_and_emphasis() {
        assert_eq!(
            markdown_inline("See [the report](https://ex.com/a_(b)) and **this**."),
            "See the report and this."
        );
    }

    #[test]
    fn every_kind_of_markdown_link_is_its_text() {
        for (md, want) in [
            (
                "the [budget papers][1] and [the map][]",
                "the budget papers and the map",
            ),
            (
                "at <https://council.example.gov/budget> or <press@council.example.gov>",
                "at https://council.example.gov/budget or press@council.example.gov",
            ),
            (
                "[the plan](<https://ex.com/a plan.pdf> \"The plan\")",
                "the plan",
            ),
            ("![](https://img.example.com/a.jpg)", ""),
            (
                "[![A cracked support](https://img.example.com/b.jpg)](https://img.example.com/c.jpg)",
                "",
            ),
            (
                "Overview[](https://ex.com/#overview \"Direct link to Overview\")",
                "Overview",
            ),
            ("as promised[1](#footnote-1).", "as promised."),
        ] {
            assert_eq!(markdown_inline(md), want, "{md}");
        }
    }

    #[test]
    fn emphasis_code_and_escapes_are_reduced() {
        for (md, want) in [
            (
                "a *light* touch and a _firm_ hand",
                "a light touch and a firm hand",
            ),
            ("***very*** and __really__ **so**", "very and really so"),
            ("run `make test` or ``a `b` c``", "run make test or a `b` c"),
            ("1\\. Not a list \\*here\\*", "1. Not a list here"),
            ("\\# Not a heading", "\\# Not a heading"),
        ] {
            assert_eq!(markdown_inline(md), want, "{md}");
        }
        // Not emphasis: inside words, around spaces, masked names.
        for text in [
            "snake_case_name and 2*3*4",
            "5 * 3 * 2 = 30",
            "– Ni** My** and Jo** Al****",
            "CCI** and CCI***",
        ] {
            assert_eq!(markdown_inline(text), text);
        }
    }

    #[test]
    fn many_unclosed_stars_stay_linear() {
        let text = "*a ".repeat(200_000);
        let t = std::time::Instant::now();
        assert_eq!(markdown_inline(&text), text);
        assert!(t.elapsed().as_secs() < 10);
    }

    #[test]
    fn link_shares_and_targets() {
        assert_eq!(link_shares("[Home](/) [News](/news)"), (8, 8));
        assert_eq!(link_shares("A [link](/a) here ![x](i.png)"), (4, 9));
        assert_eq!(
            link_targets("[a](https://x.com/intent/tweet) and <https://ex.com>"),
            ["https://x.com/intent/tweet", "https://ex.com"]
        );
    }
}
