//! Where the linked headline after a marker ("Also read: …", "Read more | …") ends: at the
//! block's end, at a sentence end followed by a sentence (an abbreviation is no end), or
//! before the next sentence's words when a Title Case headline has no end mark. When none of
//! these is found within a headline's length the end is unclear, and the cut is not made.

use super::edges::OPENING_QUOTES;

/// The most words a linked headline may have.
const HEADLINE_MAX_WORDS: usize = 24;
/// The most bytes a linked headline may have.
const HEADLINE_MAX_BYTES: usize = 220;
/// The fewest words a Title Case headline with no end mark must have to be told apart from
/// the sentence after it.
const TITLE_CASE_MIN_WORDS: usize = 3;

/// Short words a Title Case headline may leave in lower case.
#[rustfmt::skip]
static HEADLINE_SMALL_WORDS: &[&str] = &[
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "as", "by", "with",
    "from", "vs", "vs.", "v", "over", "into", "amid", "after", "is", "are", "be", "but", "nor",
    "per", "via", "up", "off", "out", "de", "del", "la", "le", "des", "der", "die", "und",
];

/// Where a linked headline after a marker ends.
pub(super) enum HeadlineEnd {
    /// The marker has no delimiter: a sentence about reading, not a link.
    NotALink,
    /// The headline's end could not be told within a headline's length; the leftover runs
    /// at least to this byte.
    Unclear(usize),
    /// The cut ends here.
    At(usize),
}

/// After a marker ending at `at`: its delimiter, then the headline up to its end. The end is
/// the block's end, a sentence end glued to the next sentence (`Stall.The`), a sentence end
/// before a sentence (`Stall. The`), or, for a Title Case headline with no end mark, the last
/// capitalised word before the next sentence's lower-case words. None of these within a
/// headline's length: unclear.
pub(super) fn headline_end(text: &str, at: usize) -> HeadlineEnd {
    let rest = &text[at..];
    let after_spaces = rest.trim_start();
    let Some(delim) = after_spaces.chars().next() else {
        return HeadlineEnd::NotALink;
    };
    if !matches!(delim, ':' | '|' | '-' | '–' | '—' | '»' | '>') {
        return HeadlineEnd::NotALink;
    }
    let start = at + (rest.len() - after_spaces.len()) + delim.len_utf8();
    let body = &text[start..];
    let limit = floor_boundary(body, HEADLINE_MAX_BYTES.min(body.len()));
    let window = &body[..limit];
    if body.trim().is_empty() {
        // A marker at the end with nothing after it.
        return HeadlineEnd::At(text.len());
    }
    if body.len() <= HEADLINE_MAX_BYTES && crate::tidy::word_count(body) <= HEADLINE_MAX_WORDS {
        // Could run to the block's end: unless a sentence after it says otherwise.
        if let Some(end) = sentence_end_in(window) {
            return HeadlineEnd::At(start + end);
        }
        return HeadlineEnd::At(text.len());
    }
    if let Some(end) = sentence_end_in(window) {
        return HeadlineEnd::At(start + end);
    }
    if let Some(end) = title_case_end(window) {
        return HeadlineEnd::At(start + end);
    }
    HeadlineEnd::Unclear(start + limit)
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The first sentence end in a headline's window that is followed by a sentence: glued
/// (`Stall.The`) or after a space and a capital (`Stall. The worst-hit`). An initial or
/// abbreviation (`U.S.`, `Mr.`) is no end.
fn sentence_end_in(window: &str) -> Option<usize> {
    for (i, c) in window.char_indices() {
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        let end = i + c.len_utf8();
        let word_before = window[..i]
            .rsplit(|c: char| c.is_whitespace())
            .next()
            .unwrap_or("");
        if c == '.' && is_abbreviation(word_before) {
            continue;
        }
        // A closing quote right after the mark belongs to the headline.
        // (not one that opens the next sentence, glued to its first word: `Budget."We're`)
        let end = window[end..]
            .strip_prefix(['"', '”', '’', '\''])
            .filter(|r| !r.starts_with(char::is_alphanumeric))
            .map_or(end, |r| window.len() - r.len());
        match window[end..].chars().next() {
            None => return None,
            Some(n) if n.is_uppercase() || OPENING_QUOTES.contains(&n) => return Some(end),
            Some(n) if n.is_whitespace() => {
                // A headline holds no full sentence: after its end mark, a capital starts
                // the story's next one ("… Budget. Gareth Lyle, campaigns director, said").
                let next = window[end..].trim_start().chars().next();
                if next.is_some_and(|c| {
                    c.is_uppercase() || c.is_numeric() || OPENING_QUOTES.contains(&c)
                }) {
                    return Some(end);
                }
            }
            _ => {}
        }
    }
    None
}

/// `U.S`, `Mr`, `Dr`, `St`, a single initial: a full stop after it ends no sentence.
fn is_abbreviation(word: &str) -> bool {
    let w = word.trim_start_matches(['"', '“', '(', '\'']);
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    letters <= 1
        || (w.contains('.') && letters <= 4)
        || [
            "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "gov", "sen", "rep", "no", "vs",
        ]
        .iter()
        .any(|a| a.eq_ignore_ascii_case(w))
}

/// A Title Case headline with no end mark, run into the next sentence ("Ferry Strike Enters
/// Third Day The worst-hit district was …"): the headline ends before the last capitalised
/// word that is followed by a lower-case one. Only headlines of at least three words that are
/// Title Case throughout qualify.
fn title_case_end(window: &str) -> Option<usize> {
    let words: Vec<(usize, &str)> = crate::tidy::spaced_words(window).collect();
    let is_small = |w: &str| {
        HEADLINE_SMALL_WORDS
            .iter()
            .any(|s| s.eq_ignore_ascii_case(w.trim_matches(|c: char| !c.is_alphanumeric())))
    };
    let capitalised = |w: &str| {
        w.trim_start_matches(|c: char| !c.is_alphanumeric())
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_numeric())
    };
    let first_lower = words
        .iter()
        .position(|(_, w)| !capitalised(w) && !is_small(w))?;
    // The sentence after the headline starts with the capitalised word before this one.
    let opener = first_lower.checked_sub(1)?;
    if opener < TITLE_CASE_MIN_WORDS || !capitalised(words[opener].1) {
        return None;
    }
    let headline = &words[..opener];
    if !headline.iter().all(|(_, w)| capitalised(w) || is_small(w))
        || headline.iter().any(|(_, w)| w.ends_with(['.', '!', '?']))
        || headline.iter().filter(|(_, w)| capitalised(w)).count() < TITLE_CASE_MIN_WORDS
    {
        return None;
    }
    Some(words[opener].0)
}

#[cfg(test)]
mod tests {
    use super::super::cut;
    use super::super::tests::kept;

    #[test]
    fn a_linked_headline_between_sentences_takes_only_itself() {
        let text = "The strike went on, the authority said.Also Read | Ferry Strike Enters \
                    Third Day As Talks Stall.The worst-hit district was Marrow Bay, officials \
                    said.Also Read | Fuel Prices To Rise Again From Monday.Union leaders will \
                    meet the minister on Thursday.";
        let (kept, cuts) = cut(text).unwrap();
        assert_eq!(
            kept,
            "The strike went on, the authority said. The worst-hit district was Marrow Bay, \
             officials said. Union leaders will meet the minister on Thursday."
        );
        assert_eq!(cuts.len(), 2);
        assert_eq!(
            cuts[0].text,
            "Also Read | Ferry Strike Enters Third Day As Talks Stall."
        );
    }

    #[test]
    fn a_headline_with_an_abbreviation_runs_past_it() {
        assert_eq!(
            kept(
                "It ended. Also read: U.S. Strikes Back At Militias. Later that day the base reopened."
            ),
            "It ended. Later that day the base reopened."
        );
    }

    #[test]
    fn a_title_case_headline_with_no_end_mark_ends_before_the_next_sentence() {
        let text = "The port shut at noon. Read more: Ferry Strike Enters Third Day As Talks \
                    Stall The worst-hit district was Marrow Bay, where about 4,000 commuters \
                    depend on the morning crossing to reach work on the mainland each day.";
        assert_eq!(
            kept(text),
            "The port shut at noon. The worst-hit district was Marrow Bay, where about 4,000 \
             commuters depend on the morning crossing to reach work on the mainland each day."
        );
    }

    #[test]
    fn an_unclear_headline_is_kept_and_reported() {
        let text = "The port shut at noon. Also read: ferry strike enters third day as talks \
                    stall and the worst-hit district was marrow bay where about four thousand \
                    commuters depend on the morning crossing to reach work on the mainland";
        let (kept, cuts) = cut(text).unwrap();
        assert_eq!(kept, text);
        assert!(cuts[0].kept);
    }
}
