//! A byte-level pre-pass before parsing: the bodies of `<script>`, `<style>`, `<svg>` and
//! comments hold no story text, and on news pages they are often most of the bytes, which the
//! HTML tokenizer would otherwise walk character by character. JSON-LD scripts stay: the
//! metadata reader needs them.

use aho_corasick::AhoCorasick;
use std::borrow::Cow;
use std::sync::LazyLock;

static OPENERS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(["<script", "<style", "<svg", "<!--"])
        .expect("openers compile")
});

const CLOSERS: [&str; 4] = ["</script", "</style", "</svg", "-->"];

/// Finds `needle` (ASCII case-insensitively) in `hay` from `from`.
pub(crate) fn find_ci(hay: &[u8], needle: &str, from: usize) -> Option<usize> {
    let n = needle.as_bytes();
    let first = n[0];
    let mut i = from;
    while let Some(p) = memchr::memchr2(
        first.to_ascii_lowercase(),
        first.to_ascii_uppercase(),
        &hay[i..],
    ) {
        let at = i + p;
        if hay.len() - at >= n.len() && hay[at..at + n.len()].eq_ignore_ascii_case(n) {
            return Some(at);
        }
        i = at + 1;
    }
    None
}

/// The page with script, style and svg bodies and comments emptied, and a `<noscript>` that
/// holds the story opened up.
pub fn strip(html: &str) -> Cow<'_, str> {
    match open_story_noscripts(html) {
        Cow::Borrowed(page) => strip_bodies(page),
        Cow::Owned(page) => Cow::Owned(strip_bodies(&page).into_owned()),
    }
}

/// Paragraphs a `<noscript>` must hold to be the story's fallback, not a notice or a pixel.
const NOSCRIPT_STORY_PARAGRAPHS: usize = 2;

/// A page that renders its story by script prints it for readers without script inside
/// `<noscript>` (Blogger's templates do: the post in a script template, and again in a
/// `<noscript>`). A parser that runs script reads a `<noscript>`'s content as raw text, and
/// the walker skips it: such a story was lost whole. A `<noscript>` with paragraphs in it
/// becomes a `<div>`; one with a notice or a tracking pixel stays as it is.
fn open_story_noscripts(html: &str) -> Cow<'_, str> {
    let bytes = html.as_bytes();
    let mut out = String::new();
    let mut copied = 0;
    let mut from = 0;
    while let Some(start) = find_ci(bytes, "<noscript", from) {
        let after_open = start + "<noscript".len();
        let tag_end = match open_tag_end(bytes, after_open) {
            OpenTag::OtherElement => {
                from = after_open;
                continue;
            }
            OpenTag::Unterminated => break,
            OpenTag::EndsAt(end) => end,
        };
        let Some(close) = find_ci(bytes, "</noscript", tag_end) else {
            break;
        };
        let Some(close_end) = memchr::memchr(b'>', &bytes[close..]).map(|p| close + p + 1) else {
            break;
        };
        let body = &bytes[tag_end..close];
        let mut paragraphs = 0;
        let mut at = 0;
        while paragraphs < NOSCRIPT_STORY_PARAGRAPHS
            && let Some(p) = find_ci(body, "<p", at)
        {
            if body
                .get(p + 2)
                .is_some_and(|&c| c == b'>' || c.is_ascii_whitespace())
            {
                paragraphs += 1;
            }
            at = p + 2;
        }
        if paragraphs >= NOSCRIPT_STORY_PARAGRAPHS {
            out.push_str(&html[copied..start]);
            out.push_str("<div>");
            out.push_str(&html[tag_end..close]);
            out.push_str("</div>");
            copied = close_end;
        }
        from = close_end;
    }
    if copied == 0 {
        return Cow::Borrowed(html);
    }
    out.push_str(&html[copied..]);
    Cow::Owned(out)
}

/// Where an opening tag whose name was matched up to `after_name` ends.
enum OpenTag {
    /// The name goes on: another element (`<scripts>` is not `<script>`).
    OtherElement,
    /// No `>` follows.
    Unterminated,
    /// The byte after its `>`.
    EndsAt(usize),
}

fn open_tag_end(bytes: &[u8], after_name: usize) -> OpenTag {
    if bytes
        .get(after_name)
        .is_some_and(|c| c.is_ascii_alphanumeric())
    {
        return OpenTag::OtherElement;
    }
    match memchr::memchr(b'>', &bytes[after_name..]) {
        Some(p) => OpenTag::EndsAt(after_name + p + 1),
        None => OpenTag::Unterminated,
    }
}

/// The page with script, style and svg bodies and comments emptied.
fn strip_bodies(html: &str) -> Cow<'_, str> {
    let bytes = html.as_bytes();
    let mut out = String::new();
    let mut copied = 0;
    let mut from = 0;
    while let Some(m) = OPENERS.find(&html[from..]) {
        let start = from + m.start();
        let which = m.pattern().as_usize();
        let after_open = from + m.end();
        if which == 3 {
            // A comment: drop it whole.
            let end = find_ci(bytes, "-->", after_open).map_or(bytes.len(), |e| e + 3);
            out.push_str(&html[copied..start]);
            copied = end;
            from = end;
            continue;
        }
        let tag_end = match open_tag_end(bytes, after_open) {
            OpenTag::OtherElement => {
                from = after_open;
                continue;
            }
            OpenTag::Unterminated => break,
            OpenTag::EndsAt(end) => end,
        };
        let open_tag = &html[start..tag_end];
        if which == 0 && open_tag.to_ascii_lowercase().contains("ld+json") {
            from = tag_end;
            continue;
        }
        let Some(close) = find_ci(bytes, CLOSERS[which], tag_end) else {
            break;
        };
        out.push_str(&html[copied..tag_end]);
        copied = close;
        from = close + CLOSERS[which].len();
    }
    if copied == 0 {
        return Cow::Borrowed(html);
    }
    out.push_str(&html[copied..]);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bodies_go_tags_and_json_ld_stay() {
        let page = "<head><SCRIPT src=a>var x = '<p>no</p>';</SCRIPT><style>p{}</style>\
                    <script type=\"application/ld+json\">{\"a\":1}</script></head>\
                    <body><!-- <p>hidden</p> --><p>Story</p><svg><text>x</text></svg><scripts>k</scripts></body>";
        assert_eq!(
            strip(page),
            "<head><SCRIPT src=a></SCRIPT><style></style>\
             <script type=\"application/ld+json\">{\"a\":1}</script></head>\
             <body><p>Story</p><svg></svg><scripts>k</scripts></body>"
        );
    }

    #[test]
    fn a_noscript_holding_the_story_is_opened_and_a_notice_stays_closed() {
        let page = "<div class=post><script type=text/template><p>One.</p><p>Two.</p></script>\
                    <noscript><p>One.</p><p>Two.</p></noscript></div>\
                    <noscript><img src=pixel.gif></noscript><NOSCRIPT>Enable JavaScript</NOSCRIPT>";
        assert_eq!(
            strip(page),
            "<div class=post><script type=text/template></script>\
             <div><p>One.</p><p>Two.</p></div></div>\
             <noscript><img src=pixel.gif></noscript><NOSCRIPT>Enable JavaScript</NOSCRIPT>"
        );
        // And the story is read from it.
        let doc = crate::clean_html(
            "<html><head><title>Safe browsing</title></head><body><article>\
             <script type=text/template><p>x</p></script><noscript>\
             <p>Over the past few years we have seen threats on the web become more sophisticated, and phishing sites rotate their domains very quickly.</p>\
             <p>Turning the protection on will substantially increase protection from dangerous websites and downloads for every user.</p>\
             </noscript></article></body></html>",
            &crate::Options::default(),
        );
        assert_eq!(doc.paragraphs.len(), 2, "{:?}", doc.paragraphs);
    }

    #[test]
    fn unterminated_bodies_keep_the_rest() {
        assert_eq!(strip("<p>a</p><script>var x"), "<p>a</p><script>var x");
        assert_eq!(strip("<p>a</p><!-- open"), "<p>a</p>");
    }
}
