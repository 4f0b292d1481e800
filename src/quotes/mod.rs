//! Stage "quotes": direct quotations in the paragraphs, and who said them.
//!
//! [`spans`] finds the quotation marks (straight, curly, « », „ “) and stitches a quotation
//! that runs on into the next paragraph; [`attribute`] reads the clause around each quotation
//! for a reporting verb and its subject ("…," Ryder said / said Ryder / Ryder said: "…" /
//! according to …); [`names`] resolves a surname or pronoun to the fullest name the article
//! gives. Titles of works in quote marks are not quotations.

pub mod attribute;
pub mod names;
pub mod spans;

use crate::document::Quote;
use attribute::SpeakerRef;

pub fn find(paragraphs: &[String]) -> Vec<Quote> {
    let quotations = spans::quotations(paragraphs);
    if quotations.is_empty() {
        return Vec::new();
    }
    let mut quoted: Vec<Vec<(usize, usize)>> = vec![Vec::new(); paragraphs.len()];
    for part in quotations.iter().flat_map(|q| &q.parts) {
        quoted[part.paragraph].push((part.open, part.close));
    }
    for q in &mut quoted {
        q.sort_unstable();
    }
    // Where the quotation marks pair up, per paragraph: clauses end at them.
    let bounds: Vec<Vec<(usize, usize)>> = paragraphs
        .iter()
        .map(|p| {
            if spans::has_quote_marks(p) {
                attribute::quote_bounds(p)
            } else {
                Vec::new()
            }
        })
        .collect();
    // The mention timeline is built on the first attribution that needs it.
    let mut resolver = names::Resolver::new(paragraphs, &quoted);
    let mut out: Vec<Quote> = Vec::new();
    for q in quotations {
        let first = &q.parts[0];
        let last = q.parts.last().expect("a quotation has a part");
        let open_para = &paragraphs[first.paragraph];
        if spans::is_title_of_work(open_para, first, &q.text) {
            continue;
        }
        let close_para = &paragraphs[last.paragraph];
        // Attribution after the quotation is the common case; read before it only if needed.
        let speaker_ref = match attribute::after(close_para, &bounds[last.paragraph], last) {
            SpeakerRef::Unknown => attribute::before(open_para, &bounds[first.paragraph], first),
            found => found,
        };
        let speaker = match speaker_ref {
            // A second quotation in a paragraph, with no attribution of its own, continues the
            // speaker of the first: `"…," Hadley said. "…"`. Not for scare quotes.
            SpeakerRef::Unknown if !is_scare_quote(&q.text) => out
                .last()
                .filter(|prev| prev.paragraph == first.paragraph)
                .and_then(|prev| prev.speaker.clone()),
            r => resolver.resolve(r, (first.paragraph, first.open)),
        };
        out.push(Quote {
            text: q.text,
            speaker,
            paragraph: first.paragraph,
        });
    }
    out
}

/// A word or three in quote marks, with no sentence of their own.
fn is_scare_quote(text: &str) -> bool {
    crate::tidy::word_count(text) <= 3 && !text.ends_with(['.', '!', '?'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quote_goes_to_the_one_the_attribution_names_not_the_last_person_named() {
        let paragraphs = [
            "Police said Michael Webb grabbed the girl on Saturday as she and her mother walked home.",
            "\"He is a monster and I want him to stay in prison forever,\" said the girl's mother, Maria Diaz.",
            "\"We got her,\" officers said. \"She is safe,\" the girl's mother said later.",
        ]
        .map(String::from);
        let quotes = find(&paragraphs);
        let speakers: Vec<Option<&str>> = quotes.iter().map(|q| q.speaker.as_deref()).collect();
        assert_eq!(speakers[0], Some("Maria Diaz"));
        // A relative's role alone names no one; never the man the story is about.
        assert!(
            speakers.iter().all(|s| *s != Some("Michael Webb")),
            "{speakers:?}"
        );
    }
}
