//! Where a glued leftover may stand: the sentence starts a block is looked up at, whether a
//! phrase ends a word, the marks and bracketed note that close a phrase, and whether what
//! follows opens a sentence by its shape. A cut needs a sentence's edge on both sides; these
//! are the tests for it, apart from the table and the cut that use them.

use super::Extent::{self, Phrase};

/// Words that open a sentence though capitalised like a name: after one of them, the next
/// word may be capitalised too ("The Prime Minister said").
#[rustfmt::skip]
static SENTENCE_OPENERS: &[&str] = &[
    "the", "a", "an", "in", "on", "at", "but", "and", "he", "she", "it", "they", "we", "i",
    "this", "that", "these", "those", "his", "her", "their", "our", "its", "there", "after",
    "before", "when", "while", "as", "for", "if", "some", "many", "most", "one", "two", "last",
    "earlier", "meanwhile", "however", "according", "speaking", "since", "from", "by", "with",
    "under", "during", "police", "officials", "mr", "mrs", "ms", "dr", "der", "die", "das",
    "le", "la", "les", "el", "los", "las", "il", "lo", "o", "os", "de", "het", "een",
];

/// A phrase long enough, or shouted enough, that it is the leftover whatever follows it
/// ("STORY CONTINUES BELOW ADVERTISEMENT no overtopping of …" in a list item that goes on in
/// lower case): four words or more, or two or more in capitals.
pub(super) fn is_distinctive(phrase: &str) -> bool {
    let words = phrase.split_whitespace().count();
    words >= DISTINCTIVE_PHRASE_WORDS || (words >= 2 && !phrase.chars().any(char::is_lowercase))
}

/// The fewest words a phrase must have to be cut before a word in lower case.
const DISTINCTIVE_PHRASE_WORDS: usize = 4;

/// Where sentences start: the block's start and the first non-space after each sentence
/// end (`.`, `!`, `?`, a closing quote or bracket, `|`, `•`), glued or not.
pub(super) fn sentence_starts(text: &str) -> SentenceStarts<'_> {
    SentenceStarts {
        text,
        first: Some(text.len() - text.trim_start().len()),
        next_byte: 0,
    }
}

/// The iterator [`sentence_starts`] returns: one tight loop over the block's bytes, which
/// stops only at the few bytes a sentence end's UTF-8 form can end with.
pub(super) struct SentenceStarts<'a> {
    text: &'a str,
    first: Option<usize>,
    next_byte: usize,
}

impl Iterator for SentenceStarts<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        if let Some(first) = self.first.take() {
            return Some(first);
        }
        let text = self.text;
        let bytes = text.as_bytes();
        while let Some(skip) = bytes
            .get(self.next_byte..)
            .and_then(|rest| rest.iter().position(|&b| END_LAST_BYTE[b as usize]))
        {
            let i = self.next_byte + skip;
            self.next_byte = i + 1;
            // The byte ends a character: decode it, and keep only sentence ends.
            let Some(c) = text.get(..=i).and_then(|t| t.chars().next_back()) else {
                continue;
            };
            if !is_sentence_end(c) {
                continue;
            }
            let rest = &text[i + 1..];
            let at = i + 1 + (rest.len() - rest.trim_start().len());
            if at < text.len() {
                return Some(at);
            }
        }
        None
    }
}

/// The last byte of every sentence end's UTF-8 form: the cheap test before decoding.
static END_LAST_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    // . ! ? " ) | and the last bytes of ” ’ … » •
    let ends = [
        b'.', b'!', b'?', b'"', b')', b'|', 0x9D, 0x99, 0xA6, 0xBB, 0xA2,
    ];
    let mut k = 0;
    while k < ends.len() {
        t[ends[k] as usize] = true;
        k += 1;
    }
    t
};

/// Bytes that end a sentence for the rules: `.`, `!`, `?`, a closing quote or bracket, `:`
/// and `|` (a leftover after a label), and the last bytes of ” (E2 80 9D), ’ (E2 80 99) and
/// … (E2 80 A6).
fn is_sentence_end(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | '"' | ')' | '”' | '’' | '…' | '»' | '|' | '•'
    )
}

/// Whether the phrase matched up to `end` ends a word there: a space, punctuation, the end,
/// or (glued) a capital letter or digit starting the next sentence.
pub(super) fn is_word_end(text: &str, end: usize, extent: Extent) -> bool {
    match text[end..].chars().next() {
        None => true,
        Some(c) if c.is_whitespace() => true,
        // Glued to the next word: a capital starts it, or the phrase is in capitals and the
        // word is not ("ADVERTISEMENTno overtopping").
        Some(c) if c.is_alphabetic() => {
            extent == Phrase
                && (c.is_uppercase()
                    || (c.is_lowercase()
                        && !text[..end].chars().rev().take(4).any(char::is_lowercase)))
        }
        Some(c) if c.is_numeric() => extent == Phrase,
        Some(_) => true,
    }
}

/// Full stops, colons and dashes that close a phrase ("ADVERTISEMENT." "Share this article:"),
/// and a short note in brackets that the link carried ("(Page 1)", "(Opens in new window)").
pub(super) fn skip_trailing_marks(text: &str, at: usize) -> usize {
    let rest = &text[at..];
    let trimmed = rest.trim_start_matches([' ', '.', ':', '|', '-', '–', '—', '»']);
    let at = at + (rest.len() - trimmed.len());
    if let Some(inner) = trimmed.strip_prefix('(')
        && let Some(close) = inner.find(')')
        && close <= PHRASE_NOTE_MAX_BYTES
        && !inner[..close].contains(['.', '!', '?', '('])
    {
        let after = at + 1 + close + 1;
        let rest = &text[after..];
        return after + (rest.len() - rest.trim_start_matches([' ', '.', ':']).len());
    }
    at
}

/// The longest bracketed note after a phrase that goes with it.
const PHRASE_NOTE_MAX_BYTES: usize = 32;

/// Marks a sentence may open with: quotes in the ways languages print them, a bracket.
pub(super) const OPENING_QUOTES: &[char] = &[
    '"', '“', '‘', '\'', '(', '«', '»', '„', '‚', '「', '『', '¿', '¡',
];

/// Whether what follows `at` is the end of the block or the start of a sentence. Glued to
/// the phrase, a capital letter, a digit or an opening quote is a start; after a space, the
/// next word must open a sentence by its shape (see [`opens_sentence`]).
pub(super) fn before_sentence_start(text: &str, at: usize) -> bool {
    let rest = &text[at..];
    let Some(first) = rest.chars().next() else {
        return true;
    };
    if !first.is_whitespace() {
        return first.is_uppercase() || first.is_numeric() || OPENING_QUOTES.contains(&first);
    }
    let rest = rest.trim_start();
    rest.is_empty() || opens_sentence(rest)
}

/// Whether `rest` opens a sentence by its shape: a capital (or a digit, or a quote) first,
/// then either a word that opens sentences ("The", "She", "In") or a lower-case word, so
/// "Advertisement Standards Authority said …" is a name and not a leftover before a sentence.
pub(crate) fn opens_sentence(rest: &str) -> bool {
    let rest = rest.trim_start_matches(OPENING_QUOTES);
    let mut words = rest.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    let Some(c) = first.chars().next() else {
        return false;
    };
    if c.is_numeric() {
        return true;
    }
    if !c.is_uppercase() {
        return false;
    }
    let bare = first.trim_end_matches(|c: char| !c.is_alphanumeric());
    if SENTENCE_OPENERS
        .iter()
        .any(|w| w.eq_ignore_ascii_case(bare))
    {
        return true;
    }
    words
        .next()
        .and_then(|w| w.chars().next())
        .is_some_and(|c| c.is_lowercase())
}

#[cfg(test)]
mod tests {
    use super::super::tests::kept;

    #[test]
    fn an_advert_marker_glued_into_a_paragraph_is_cut_alone() {
        assert_eq!(
            kept(
                "\"We are close,\" she told reporters.Story continues below advertisementShe \
                 declined to give details."
            ),
            "\"We are close,\" she told reporters. She declined to give details."
        );
        assert_eq!(
            kept("The vote passed. ADVERTISEMENT The council met again on Friday."),
            "The vote passed. The council met again on Friday."
        );
    }

    #[test]
    fn a_phrase_that_is_part_of_a_sentence_stays() {
        for text in [
            "Advertisement revenue fell 8% in the quarter.",
            "The Advertisement Standards Authority said the claim was misleading.",
            "He said we should also read the report before deciding.",
            "Related: the two men are cousins and met in 2001 at the plant in the north of \
             the country where both of them worked for many years before the closure.",
            "She said it. Read more carefully and you will see.",
            "The show will watch: nobody knows.",
        ] {
            assert_eq!(kept(text), text, "{text}");
        }
    }

    #[test]
    fn a_long_or_shouted_phrase_is_cut_before_lower_case() {
        assert_eq!(
            kept("3. STORY CONTINUES BELOW ADVERTISEMENT no overtopping of the wall."),
            "3. no overtopping of the wall."
        );
        assert_eq!(
            kept("It held. STORY CONTINUES BELOW ADVERTISEMENT no overtopping of the wall."),
            "It held. no overtopping of the wall."
        );
        assert_eq!(
            kept("It held. Advertisement revenue fell."),
            "It held. Advertisement revenue fell."
        );
    }
}
