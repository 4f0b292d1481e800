//! Where the quotation marks are.

use crate::rules::words;

/// One stretch of a quotation inside one paragraph; byte offsets of the marks.
#[derive(Debug, Clone)]
pub struct Part {
    pub paragraph: usize,
    /// Offset of the opening mark.
    pub open: usize,
    /// Offset just past the closing mark, or the paragraph's length when it runs on.
    pub close: usize,
    pub inner: (usize, usize),
    pub closed: bool,
}

#[derive(Debug, Clone)]
pub struct Quotation {
    pub parts: Vec<Part>,
    pub text: String,
}

fn closes(open: char, c: char) -> bool {
    match open {
        '“' => matches!(c, '”' | '"'),
        '„' => matches!(c, '“' | '”'),
        '«' => c == '»',
        '"' => matches!(c, '"' | '”'),
        _ => false,
    }
}

fn opens(c: char) -> bool {
    matches!(c, '“' | '„' | '«' | '"')
}

/// Whether a paragraph holds any double quotation mark at all (`"`, `“`, `”`, `„`, `«`).
pub(crate) fn has_quote_marks(text: &str) -> bool {
    // `"` itself, or the lead bytes of “ ” „ (E2 80 9C–9E) and « (C2 AB).
    let b = text.as_bytes();
    memchr::memchr3_iter(b'"', 0xE2, 0xC2, b).any(|i| match b[i] {
        b'"' => true,
        0xE2 => b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0x9C..=0x9E)),
        _ => b.get(i + 1) == Some(&0xAB),
    })
}

/// The quotation parts of one paragraph, in order.
fn parts(paragraph: usize, text: &str) -> Vec<Part> {
    let mut out = Vec::new();
    if !has_quote_marks(text) {
        return out;
    }
    let mut open: Option<(char, usize)> = None;
    // Only `"` and the lead bytes of the curly and angle marks can start a mark: jump there.
    let bytes = text.as_bytes();
    for i in memchr::memchr3_iter(b'"', 0xE2, 0xC2, bytes) {
        let Some(c) = text[i..].chars().next() else {
            continue;
        };
        match open {
            Some((o, start)) if closes(o, c) => {
                out.push(Part {
                    paragraph,
                    open: start,
                    close: i + c.len_utf8(),
                    inner: (start + o.len_utf8(), i),
                    closed: true,
                });
                open = None;
            }
            Some((o, start)) if c == '“' && o == '“' => {
                // A new opening mark before the old one closed: the old one was never closed.
                out.push(Part {
                    paragraph,
                    open: start,
                    close: i,
                    inner: (start + o.len_utf8(), i),
                    closed: false,
                });
                open = Some((c, i));
            }
            None if opens(c) => open = Some((c, i)),
            _ => {}
        }
    }
    if let Some((o, start)) = open {
        out.push(Part {
            paragraph,
            open: start,
            close: text.len(),
            inner: (start + o.len_utf8(), text.len()),
            closed: false,
        });
    }
    out
}

fn clean_text(s: &str) -> String {
    let t = s.trim().trim_end_matches([',', ' ']).trim();
    t.to_string()
}

/// All quotations of the article. A quotation left open at the end of a paragraph whose next
/// paragraph opens with a quotation mark runs on into it (the newspaper convention); an open
/// quotation that does not run on is dropped rather than guessed at.
pub fn quotations(paragraphs: &[String]) -> Vec<Quotation> {
    let all: Vec<Vec<Part>> = paragraphs
        .iter()
        .enumerate()
        .map(|(i, p)| parts(i, p))
        .collect();
    let mut used: Vec<Vec<bool>> = all.iter().map(|p| vec![false; p.len()]).collect();
    let mut out = Vec::new();
    for (pi, ps) in all.iter().enumerate() {
        for (k, part) in ps.iter().enumerate() {
            if used[pi][k] {
                continue;
            }
            used[pi][k] = true;
            let mut chain = vec![part.clone()];
            let mut cur = part.clone();
            let mut next_pi = pi + 1;
            while !cur.closed && cur.close == paragraphs[cur.paragraph].len() {
                let Some(next) = all.get(next_pi).and_then(|n| n.first()) else {
                    break;
                };
                if next.open != 0 || used[next_pi][0] {
                    break;
                }
                used[next_pi][0] = true;
                chain.push(next.clone());
                cur = next.clone();
                next_pi += 1;
            }
            if !chain.last().expect("non-empty").closed {
                continue;
            }
            let text = chain
                .iter()
                .map(|p| clean_text(&paragraphs[p.paragraph][p.inner.0..p.inner.1]))
                .collect::<Vec<_>>()
                .join(" ");
            if text.chars().any(char::is_alphanumeric) {
                out.push(Quotation { parts: chain, text });
            }
        }
    }
    out
}

/// `the documentary "Rivers of Salt"`, `a book titled "…"`, or a short Title-Case name:
/// a title of a work or campaign, not something someone said.
pub fn is_title_of_work(paragraph: &str, part: &Part, text: &str) -> bool {
    let sets = words::compiled();
    let before = &paragraph[..part.open];
    // The three words before the opening mark; title nouns are lower case in running text.
    let mut prev = before
        .rsplit(' ')
        .filter(|w| !w.is_empty())
        .take(3)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
    let w1 = prev.next().unwrap_or_default();
    let w2 = prev.next().unwrap_or_default();
    let w3 = prev.next().unwrap_or_default();
    if sets.title_nouns.contains(w1) {
        return true;
    }
    if matches!(w1, "titled" | "entitled" | "named" | "called")
        && (sets.title_nouns.contains(w2) || sets.title_nouns.contains(w3))
    {
        return true;
    }
    if crate::tidy::count_bytes(text.as_bytes(), |b| b == b' ') > 7 {
        return false;
    }
    // Title Case, no sentence punctuation: "Make America Great Again".
    let ws: Vec<&str> = text.split_whitespace().collect();
    let significant: Vec<&&str> = ws.iter().filter(|w| w.chars().count() > 3).collect();
    (2..=8).contains(&ws.len())
        && !text.ends_with(['.', '!', '?', ','])
        && !significant.is_empty()
        && significant
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && ws[0].chars().next().is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(ps: &[&str]) -> Vec<String> {
        let ps: Vec<String> = ps.iter().map(|s| s.to_string()).collect();
        quotations(&ps).into_iter().map(|q| q.text).collect()
    }

    #[test]
    fn marks_of_every_kind() {
        assert_eq!(
            texts(&["He said \"straight,\" then “curly” and «guillemets» and „low“."]),
            ["straight", "curly", "guillemets", "low"]
        );
    }

    #[test]
    fn nested_single_quotes_stay_inside() {
        assert_eq!(
            texts(&["“She told me ‘never again,’ and left,” he said."]),
            ["She told me ‘never again,’ and left"]
        );
    }

    #[test]
    fn a_quotation_runs_on_into_the_next_paragraph() {
        assert_eq!(
            texts(&[
                "“We will rebuild the school.",
                "“And we will do it by June,” she said."
            ]),
            ["We will rebuild the school. And we will do it by June"]
        );
    }

    #[test]
    fn a_quote_that_never_closes_is_dropped() {
        assert!(texts(&["He said “this never closes."]).is_empty());
    }
}

#[cfg(test)]
mod title_tests {
    use super::*;

    fn titles(p: &str) -> Vec<bool> {
        let ps = vec![p.to_string()];
        quotations(&ps)
            .iter()
            .map(|q| is_title_of_work(p, &q.parts[0], &q.text))
            .collect()
    }

    #[test]
    fn titles_of_works_are_not_quotes() {
        assert_eq!(
            titles("She starred in the documentary “Rivers of Salt” last year."),
            [true]
        );
        assert_eq!(
            titles("His memoir, titled \"A Long Way Home,\" sold well."),
            [true]
        );
        assert_eq!(
            titles("Supporters chanted \"Make America Great Again\" outside."),
            [true]
        );
    }

    #[test]
    fn speech_and_scare_quotes_are_quotes() {
        assert_eq!(titles("\"We will rebuild,\" she said."), [false]);
        assert_eq!(titles("The so-called \"reset\" failed."), [false]);
        assert_eq!(titles("He called the bill a \"giveaway.\""), [false]);
    }
}
