//! Tidy text, as every block's is once read and cleaned: whitespace collapsed to single
//! spaces, invisible characters dropped, NFC ([`whitespace`]), and the checks that it already
//! is ([`is_tidy`]); the counts every stage takes of it (words, words with their offsets, bytes
//! that pass a test). It names nothing else of the crate: the rule tables, the readers and the
//! stages all share it.

use std::borrow::Cow;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// Words in tidy text (whitespace collapsed to single spaces, as every block is after the
/// clean stage). A byte count the compiler vectorises: blocks are counted many times over,
/// and `split_whitespace` decodes every character to do it.
pub fn word_count(text: &str) -> usize {
    let text = text.trim_ascii();
    if text.is_empty() {
        0
    } else {
        1 + count_bytes(text.as_bytes(), |b| b == b' ')
    }
}

/// How many bytes of `bytes` satisfy `test`, summed in byte-wide lanes over short chunks:
/// the form the compiler turns into SIMD. (`filter(..).count()` here ran a branch per byte.)
#[inline]
pub fn count_bytes(bytes: &[u8], test: impl Fn(u8) -> bool + Copy) -> usize {
    bytes
        .chunks(128)
        .map(|c| usize::from(c.iter().map(|&b| u8::from(test(b))).sum::<u8>()))
        .sum()
}

/// The words of tidy text between single spaces, each with its byte offset. A plain byte
/// loop: words average a few bytes, too short for `memchr` to pay for its call.
pub fn spaced_words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let bytes = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        while at < bytes.len() && bytes[at] == b' ' {
            at += 1;
        }
        if at >= bytes.len() {
            return None;
        }
        let start = at;
        while at < bytes.len() && bytes[at] != b' ' {
            at += 1;
        }
        // Both ends sit at an ASCII space or the text's ends: char boundaries.
        Some((start, &text[start..at]))
    })
}

/// Characters that take no space and carry no meaning in a story.
fn invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}'
    ) || (c.is_control() && !c.is_whitespace())
}

/// The text without invisible characters, borrowed when it has none. The template table
/// runs on this: one inside a tag (`{\u{200B}{ad}}`, `<\u{8}p>`) hides the tag from it.
pub fn drop_invisible(text: &str) -> Cow<'_, str> {
    if is_tidy(text.as_bytes()) || !text.chars().any(invisible) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.chars().filter(|&c| !invisible(c)).collect())
}

/// Whether [`whitespace`] would return the text unchanged.
pub(crate) fn is_tidy_text(text: &str) -> bool {
    is_tidy(text.as_bytes()) && (text.is_ascii() || is_nfc_quick(text.chars()) == IsNormalized::Yes)
}

/// Single inner spaces and no other whitespace, control or invisible character: nothing to
/// collapse or drop. Checked on bytes; the multi-byte characters that matter are listed.
pub(crate) fn is_tidy(b: &[u8]) -> bool {
    if b.is_empty() || b[0] == b' ' || b[b.len() - 1] == b' ' || {
        // Built once: building a searcher costs more than its search through a paragraph.
        static DOUBLE_SPACE: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
            std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"  "));
        DOUBLE_SPACE.find(b).is_some()
    } {
        return false;
    }
    // Chunk by chunk: a chunk of printable ASCII (the common case, tested without an early
    // exit so the compiler vectorises it) needs no look; only chunks with a control or a
    // multi-byte character are walked byte by byte.
    const CHUNK: usize = 32;
    let plain = |c: &u8| (0x20..0x7f).contains(c);
    for (k, chunk) in b.chunks(CHUNK).enumerate() {
        if chunk.iter().fold(true, |all, c| all & plain(c)) {
            continue;
        }
        if !tidy_from(b, k * CHUNK, (k * CHUNK + chunk.len()).min(b.len())) {
            return false;
        }
    }
    true
}

/// Bytes `from..to` of `b` hold no control and no whitespace or invisible character but the
/// ASCII space (multi-byte characters may run past `to`).
fn tidy_from(b: &[u8], from: usize, to: usize) -> bool {
    let mut i = from;
    while i < to {
        let c = b[i];
        match c {
            0x20..=0x7e => i += 1,
            0x00..=0x1f | 0x7f => return false,
            // U+0080–U+009F controls, NBSP (U+00A0), soft hyphen (U+00AD)
            0xc2 if matches!(b.get(i + 1), Some(0x80..=0xa0 | 0xad)) => return false,
            // U+1680, U+180E
            0xe1 if matches!(b.get(i + 1..i + 3), Some([0x9a, 0x80]) | Some([0xa0, 0x8e])) => {
                return false;
            }
            // U+2000–U+200F, U+2028–U+202F, U+205F–U+2064
            0xe2 if matches!(b.get(i + 1..i + 3), Some([0x80, 0x80..=0x8f | 0xa8..=0xaf]) | Some([0x81, 0x9f..=0xa4])) =>
            {
                return false;
            }
            // U+3000, U+FEFF
            0xe3 if matches!(b.get(i + 1..i + 3), Some([0x80, 0x80])) => return false,
            0xef if matches!(b.get(i + 1..i + 3), Some([0xbb, 0xbf])) => return false,
            _ => i += 1,
        }
    }
    true
}

/// Collapse every run of whitespace (NBSP, thin spaces, tabs, line breaks) to one space, trim,
/// drop invisible characters, and put the result in NFC.
pub fn whitespace(text: &str) -> String {
    if is_tidy(text.as_bytes())
        && (text.is_ascii() || is_nfc_quick(text.chars()) == IsNormalized::Yes)
    {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            pending_space = !out.is_empty();
        } else if !invisible(c) {
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            out.push(c);
        }
    }
    if out.is_ascii() || is_nfc_quick(out.chars()) == IsNormalized::Yes {
        out
    } else {
        out.nfc().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tidy_check_sees_every_chunk_and_characters_across_chunk_ends() {
        let plain = "word ".repeat(20) + "end";
        assert!(is_tidy(plain.as_bytes()));
        for (at, bad) in [
            (6, "\t"),
            (31, "\u{a0}"),
            (63, "\u{200b}"),
            (95, "\u{feff}"),
        ] {
            let mut s = plain.clone();
            s.insert_str(at, bad);
            assert!(!is_tidy(s.as_bytes()), "{bad:?} at {at}");
        }
        // A two-byte letter split by a chunk end is not a fault.
        let mut s = plain.clone();
        s.insert(31, 'é');
        assert!(is_tidy(s.as_bytes()));
    }

    #[test]
    fn whitespace_is_collapsed() {
        assert_eq!(whitespace(" a\u{a0}\u{a0}b\t\u{200b}c \n d "), "a b c d");
        assert_eq!(whitespace("in\u{200b}visible"), "invisible");
        assert_eq!(whitespace("Cafe\u{301}"), "Café");
    }
}
