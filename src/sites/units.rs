//! What a page is made of, as the learner counts it: each block, and each sentence of a
//! paragraph of several, reduced to a fingerprint of its normalised words.
//!
//! Both passes read a page the same way (the input's own reader, before cleaning), so a block
//! counted in the first pass is recognised in the second byte for byte.

use crate::block::Block;
use crate::tidy::word_count;

/// Which part of a page a fingerprint stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Unit {
    /// A whole block (a line of a dump, a paragraph of a page).
    Block,
    /// One sentence inside a paragraph of several: a plug glued into the story's text.
    Inline,
}

/// How a unit reads, which sets the bar it must clear to be learned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Shape {
    /// A short line that is not a sentence: a label, a prompt, a link, a counter.
    Line,
    /// A sentence or more: the story's own shape, so held to a much higher bar.
    Prose,
}

/// One unit of a page: its fingerprint, kind and shape, and where its text lies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub fingerprint: u64,
    pub unit: Unit,
    pub shape: Shape,
    /// The block it belongs to (its index in the page's blocks).
    pub block: usize,
    /// Byte range of the unit's text in its block.
    pub span: std::ops::Range<usize>,
}

/// The pieces of a page that may be learned: a block the learner must never take (long
/// prose, a quote, a byline or a dateline, a line with no letters) gives none.
pub fn pieces(blocks: &[Block]) -> Vec<Piece> {
    pieces_where(blocks, |_| true)
}

/// [`pieces`], judging the shape only of units whose fingerprint `wanted` accepts (a page
/// looked up in a site's table: most of its units are not there, and need no more than their
/// fingerprint).
pub fn pieces_where(blocks: &[Block], wanted: impl Fn(u64) -> bool) -> Vec<Piece> {
    let t = &super::TUNING;
    let mut out = Vec::new();
    let mut piece = |unit: Unit, block: usize, text: &str, span: std::ops::Range<usize>| {
        let max = match unit {
            Unit::Block => t.max_block_words,
            Unit::Inline => t.max_inline_words,
        };
        let s = &text[span.clone()];
        if word_count(s) > max {
            return;
        }
        if let Some(fp) = fingerprint(unit, s)
            && wanted(fp)
            && let Some(shape) = shape(s, max)
        {
            out.push(Piece {
                fingerprint: fp,
                unit,
                shape,
                block,
                span,
            });
        }
    };
    for (i, b) in blocks.iter().enumerate() {
        let text = b.text.as_str();
        piece(Unit::Block, i, text, 0..text.len());
        let sentences = sentences(text);
        if sentences.len() < 2 {
            continue;
        }
        for span in sentences {
            piece(Unit::Inline, i, text, span);
        }
    }
    out
}

/// How a unit of text reads, or `None` when it must never be learned: longer than
/// `max_words`, holding a quotation (a quote repeated in follow-up stories is the story's),
/// a byline or a dateline (the article's metadata, lifted later), or no word at all.
fn shape(text: &str, max_words: usize) -> Option<Shape> {
    let words = word_count(text);
    if words == 0 || words > max_words {
        return None;
    }
    if words >= super::TUNING.quote_min_words && has_quotation(text) {
        return None;
    }
    if crate::rules::byline::is_byline(text) || is_dateline(text, words) {
        return None;
    }
    let ends_sentence = text
        .trim_end_matches(['"', '\'', '”', '’', ')', ' '])
        .ends_with(['.', '!', '?', '。', '؟', '…']);
    if (ends_sentence && words >= super::TUNING.prose_min_words)
        || words > super::TUNING.max_line_words
    {
        Some(Shape::Prose)
    } else {
        Some(Shape::Line)
    }
}

/// A dateline on a line of its own ("WASHINGTON (Reuters) -", "NEW DELHI:"), read as it
/// would open a paragraph.
fn is_dateline(text: &str, words: usize) -> bool {
    // A dateline alone ends where the story would begin: at a dash, a colon or a comma.
    words <= 7
        && text.trim_end().ends_with(['-', '—', '–', ':', ','])
        && crate::rules::dateline::split(&format!("{text} The")).is_some()
}

fn has_quotation(text: &str) -> bool {
    text.contains(['"', '“', '”', '«', '»', '„', '「'])
}

/// The fingerprint of a unit's words: letters and digits only, lower case, every run of
/// digits one `0` (a counter's "3 comments" and "12 comments" are one line), words parted by
/// one space. `None` for text without a letter. The hash (FNV-1a, 64 bits) is fixed, so a
/// table saved by one run is read by the next.
pub fn fingerprint(unit: Unit, text: &str) -> Option<u64> {
    let mut h = Fnv::new();
    h.byte(match unit {
        Unit::Block => b'b',
        Unit::Inline => b'i',
    });
    let mut letters = false;
    let mut in_word = false;
    let mut in_digits = false;
    for c in text.chars() {
        let (alpha, digit) = if c.is_ascii() {
            (c.is_ascii_alphabetic(), c.is_ascii_digit())
        } else {
            (c.is_alphabetic(), c.is_numeric())
        };
        if alpha {
            if !in_word {
                h.byte(b' ');
            }
            if c.is_ascii() {
                h.byte(c.to_ascii_lowercase() as u8);
            } else {
                for l in c.to_lowercase() {
                    h.char(l);
                }
            }
            letters = true;
            in_word = true;
            in_digits = false;
        } else if digit {
            if !in_word {
                h.byte(b' ');
            }
            if !in_digits {
                h.byte(b'0');
            }
            in_word = true;
            in_digits = true;
        } else {
            in_word = false;
            in_digits = false;
        }
    }
    letters.then_some(h.0)
}

struct Fnv(u64);

impl Fnv {
    fn new() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
    fn byte(&mut self, b: u8) {
        self.0 ^= u64::from(b);
        self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
    }
    fn char(&mut self, c: char) {
        let mut buf = [0; 4];
        for &b in c.encode_utf8(&mut buf).as_bytes() {
            self.byte(b);
        }
    }
}

/// The sentences of a block, as byte ranges (trimmed): a sentence ends at `.`, `!` or `?`
/// followed by a space or glued to the next sentence's capital ("…said.Also read"), or at a
/// " | " bar.
pub fn sentences(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let end = match b {
            b'.' | b'!' | b'?' => {
                let next = text[i + 1..].chars().next();
                let prev_is_letter = text[..i]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_lowercase);
                match next {
                    None => Some(i + 1),
                    Some(' ') => Some(i + 1),
                    Some(c) if c.is_uppercase() && prev_is_letter => Some(i + 1),
                    _ => None,
                }
            }
            b'|' if i > 0 && bytes[i - 1] == b' ' && bytes.get(i + 1) == Some(&b' ') => Some(i),
            _ => None,
        };
        if let Some(end) = end {
            push_trimmed(text, start..end, &mut out);
            start = if b == b'|' { i + 1 } else { end };
        }
        i += 1;
    }
    push_trimmed(text, start..text.len(), &mut out);
    out
}

fn push_trimmed(text: &str, r: std::ops::Range<usize>, out: &mut Vec<std::ops::Range<usize>>) {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push(r.start + lead..r.end - trail);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_ignore_case_punctuation_and_numbers() {
        let a = fingerprint(Unit::Block, "Story continues below ADVERTISEMENT");
        assert_eq!(
            a,
            fingerprint(Unit::Block, "story continues below advertisement.")
        );
        assert_eq!(
            fingerprint(Unit::Block, "3 comments"),
            fingerprint(Unit::Block, "128 Comments")
        );
        assert_ne!(
            a,
            fingerprint(Unit::Inline, "Story continues below advertisement")
        );
        assert_ne!(a, fingerprint(Unit::Block, "Story continues below"));
        assert_eq!(fingerprint(Unit::Block, "12:30 — 4/5"), None);
    }

    #[test]
    fn sentences_part_at_ends_glued_or_not_and_at_bars() {
        let t = "The authority said.Also Read | Ferry strike enters third day.The district is hit. Next?";
        let parts: Vec<&str> = sentences(t).into_iter().map(|r| &t[r]).collect();
        assert_eq!(
            parts,
            [
                "The authority said.",
                "Also Read",
                "Ferry strike enters third day.",
                "The district is hit.",
                "Next?"
            ]
        );
        // A decimal point and a capital's initials do not end a sentence.
        let t = "It rose 2.5 per cent in U.S.A market";
        assert_eq!(sentences(t).len(), 1);
    }

    #[test]
    fn quotes_bylines_datelines_and_long_prose_are_never_pieces() {
        let blocks = crate::block::paragraphs(&[
            "\"We acted in self-defence and will do so again,\" the minister said.",
            "By Jane Doe",
            "WASHINGTON (Reuters) -",
            &"word ".repeat(80),
            "Sign up for our newsletter",
        ]);
        let p = pieces(&blocks);
        assert_eq!(p.len(), 1, "{p:?}");
        assert_eq!(p[0].block, 4);
        assert_eq!(p[0].shape, Shape::Line);
    }
}
