//! Plain-text input: split a dump into blocks ([`split()`]) and normalise the text inside them
//! ([`normalize`]); before cleaning, blocks of either input lose their link notes and those
//! the reader judged leave ([`notes`]).

pub mod normalize;
pub mod notes;
pub mod split;

pub use split::split;

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
