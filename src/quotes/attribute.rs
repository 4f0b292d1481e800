//! Who a quotation is attributed to, read from the clause around it.
//!
//! After the quotation: `"…," Ryder said` / `"…," said Pentagon spokesman Pat Ryder` /
//! `"…," a statement from the US military said` / `"…," the statement added`.
//! Before it: `Ryder said: "…"` / `Singh told reporters that US forces "…"` /
//! `Senator Ellison called the bill a "giveaway."` / `according to Helen Marsh, "…"`.
//! The clause ends at a sentence end or another quotation.

use super::spans::Part;
use crate::rules::words;

/// A speaker as the text refers to them, before resolution to a full name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SpeakerRef {
    /// A name as written, titles dropped ("Ryder", "Pat Ryder").
    Name(String),
    /// An organisation ("US military", "Thamesbrook Energy").
    Org(String),
    /// "he" / "she": the last named speaker.
    Pronoun,
    /// "the statement": the last organisation that spoke.
    Statement,
    /// "a source", "officials": deliberately no one.
    Anonymous,
    /// No attribution found.
    Unknown,
}

#[derive(Debug, Clone, Copy)]
struct Tok<'a> {
    /// The word without surrounding punctuation.
    word: &'a str,
    /// A comma, colon, semicolon, dash or sentence end follows the word.
    breaks: bool,
}

const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Rep", "Lt", "Col", "Gov", "Jr", "Sr", "Brig",
    "Capt", "Sgt", "Prof", "Rev", "Mt", "Maj", "Adm", "Cmdr", "Supt", "Insp", "Gen", "No", "Inc",
    "Corp", "Co", "Ltd", "vs", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov",
    "Dec", "U.S", "U.K", "U.N", "E.U", "a.m", "p.m",
];

fn is_abbreviation(word_with_dot: &str) -> bool {
    let w = word_with_dot.trim_end_matches('.');
    ABBREVIATIONS.contains(&w)
        || (w.chars().count() == 1 && w.chars().all(char::is_uppercase))
        || (w.contains('.') && w.chars().all(|c| c == '.' || c.is_uppercase()))
}

fn tokens(s: &str) -> Vec<Tok<'_>> {
    s.split_whitespace()
        .map(|raw| {
            let word = raw.trim_matches(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''));
            let word = word.trim_matches(['-', '\'']);
            let word = word
                .strip_suffix("'s")
                .or(word.strip_suffix("’s"))
                .unwrap_or(word);
            let tail = raw.trim_start_matches(|c: char| !c.is_alphanumeric());
            let after = tail.trim_start_matches(|c: char| {
                c.is_alphanumeric() || c == '-' || c == '\'' || c == '.'
            });
            let breaks = after.contains([',', ';', ':', '—', '–', '!', '?'])
                || (raw.ends_with('.')
                    && !is_abbreviation(raw.trim_start_matches(|c: char| !c.is_alphanumeric())));
            if word.is_empty() {
                // A lone dash or bullet still ends a clause.
                return Tok {
                    word: "",
                    breaks: true,
                };
            }
            Tok { word, breaks }
        })
        .collect()
}

fn is_verb(t: &Tok) -> bool {
    words::compiled()
        .verbs
        .contains(t.word.to_lowercase().as_str())
}

/// "so-called" is not a verb of speech.
fn is_reporting(toks: &[Tok], i: usize) -> bool {
    is_verb(&toks[i]) && !toks[i].word.contains('-')
}

/// Byte offset of the start of the sentence containing `pos`, not before `floor`.
fn sentence_start(p: &str, floor: usize, pos: usize) -> usize {
    let region = &p[floor..pos];
    let b = region.as_bytes();
    let mut i = b.len();
    while i > 1 {
        i -= 1;
        if matches!(b[i - 1], b'.' | b'!' | b'?') && b[i] == b' ' {
            let word = region[..i - 1].rsplit(' ').next().unwrap_or("");
            if b[i - 1] != b'.' || !is_abbreviation(&format!("{word}.")) {
                return floor + i + 1;
            }
        }
    }
    floor
}

/// Byte offset of the end of the sentence that continues at `pos`, not past `ceil`.
fn sentence_end(p: &str, pos: usize, ceil: usize) -> usize {
    let region = &p[pos..ceil];
    let b = region.as_bytes();
    for i in 0..b.len() {
        if matches!(b[i], b'.' | b'!' | b'?') && (i + 1 == b.len() || b[i + 1] == b' ') {
            let word = region[..i].rsplit(' ').next().unwrap_or("");
            if b[i] != b'.' || !is_abbreviation(&format!("{word}.")) {
                return pos + i + 1;
            }
        }
    }
    ceil
}

/// Offsets of every quotation mark pair in the paragraph, to bound clauses.
fn quote_bounds(p: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in p.char_indices() {
        match (open, c) {
            (None, '“' | '„' | '«' | '"') => open = Some(i),
            (Some(s), '”' | '"' | '»') | (Some(s), '“') if i > s => {
                out.push((s, i + c.len_utf8()));
                open = None;
            }
            _ => {}
        }
    }
    out
}

/// The attribution in the clause after a quotation.
pub fn after(p: &str, part: &Part) -> SpeakerRef {
    if !part.closed {
        return SpeakerRef::Unknown;
    }
    let next_quote = quote_bounds(p)
        .into_iter()
        .map(|(s, _)| s)
        .find(|&s| s >= part.close)
        .unwrap_or(p.len());
    let end = sentence_end(p, part.close, next_quote);
    let clause = &p[part.close..end];
    let toks = tokens(clause);
    if let Some(r) = according_to(&toks) {
        return r;
    }
    let Some(v) = (0..toks.len().min(14)).find(|&i| is_reporting(&toks, i)) else {
        return SpeakerRef::Unknown;
    };
    if v == 0 {
        return object(&toks[1..]);
    }
    match subject(&toks[..v]) {
        SpeakerRef::Unknown => object(&toks[v + 1..]),
        found => found,
    }
}

/// The attribution in the clause before a quotation (same sentence).
pub fn before(p: &str, part: &Part) -> SpeakerRef {
    let prev_quote_end = quote_bounds(p)
        .into_iter()
        .map(|(_, e)| e)
        .filter(|&e| e <= part.open)
        .max()
        .unwrap_or(0);
    let start = sentence_start(p, prev_quote_end, part.open);
    let clause = &p[start..part.open];
    let toks = tokens(clause);
    if let Some(r) = according_to(&toks) {
        return r;
    }
    let Some(v) = (0..toks.len()).rev().find(|&i| is_reporting(&toks, i)) else {
        return SpeakerRef::Unknown;
    };
    match subject(&toks[..v]) {
        SpeakerRef::Unknown => object(&toks[v + 1..]),
        found => found,
    }
}

fn according_to(toks: &[Tok]) -> Option<SpeakerRef> {
    let i = toks.windows(2).position(|w| {
        w[0].word.eq_ignore_ascii_case("according") && w[1].word == "to" && !w[0].breaks
    })?;
    match object(&toks[i + 2..]) {
        SpeakerRef::Unknown => None,
        r => Some(r),
    }
}

/// The subject right before a reporting verb: the words back to the clause break.
fn subject(toks: &[Tok]) -> SpeakerRef {
    if toks.is_empty() {
        return SpeakerRef::Unknown;
    }
    // Clause start: after the last break, except the apposition `Singh, 45, said`.
    let mut start = toks[..toks.len() - 1]
        .iter()
        .rposition(|t| t.breaks)
        .map_or(0, |i| i + 1);
    if toks.last().is_some_and(|t| t.breaks) {
        // `Singh, the deputy secretary, said`: the subject is before the apposition.
        let before = &toks[..toks.len() - 1];
        let from = before.iter().rposition(|t| t.breaks).map_or(0, |i| i + 1);
        let head_end = from;
        let head_start = toks[..head_end.saturating_sub(1)]
            .iter()
            .rposition(|t| t.breaks)
            .map_or(0, |i| i + 1);
        if head_end > head_start {
            return phrase(&toks[head_start..head_end]);
        }
        start = from;
    }
    phrase(&toks[start.min(toks.len())..])
}

/// The phrase right after an inverted verb: `said Pentagon spokesman Pat Ryder, adding …`.
fn object(toks: &[Tok]) -> SpeakerRef {
    let end = toks
        .iter()
        .position(|t| t.breaks)
        .map_or(toks.len(), |i| i + 1);
    let end = end.min(10);
    let stop = toks[..end.min(toks.len())]
        .iter()
        .position(|t| {
            matches!(
                t.word,
                "in" | "on"
                    | "at"
                    | "during"
                    | "who"
                    | "which"
                    | "that"
                    | "after"
                    | "before"
                    | "while"
                    | "when"
                    | "as"
            )
        })
        .unwrap_or(end.min(toks.len()));
    phrase(&toks[..stop])
}

fn capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

const PARTICLES: &[&str] = &[
    "de", "da", "del", "della", "di", "van", "von", "der", "den", "al", "bin", "ibn", "la", "le",
    "du", "dos", "das", "y",
];

/// What a speaker phrase refers to.
fn phrase(toks: &[Tok]) -> SpeakerRef {
    let sets = words::compiled();
    let toks: Vec<&Tok> = toks.iter().filter(|t| !t.word.is_empty()).collect();
    let Some(last) = toks.last() else {
        return SpeakerRef::Unknown;
    };
    let last_lower = last.word.to_lowercase();
    if matches!(last_lower.as_str(), "he" | "she") && toks.len() <= 2 {
        return SpeakerRef::Pronoun;
    }
    if matches!(last_lower.as_str(), "they" | "we" | "i" | "you" | "it") {
        return SpeakerRef::Unknown;
    }
    // "a statement from the US military", "a spokesperson for Thamesbrook Energy".
    if let Some(i) = toks.iter().position(|t| {
        sets.statement_nouns
            .contains(t.word.to_lowercase().as_str())
    }) && let Some(prep) = toks.get(i + 1)
        && matches!(prep.word, "from" | "for" | "of" | "by" | "issued")
    {
        let rest: Vec<&str> = toks[i + 2..]
            .iter()
            .map(|t| t.word)
            .skip_while(|w| matches!(*w, "the" | "The" | "a" | "an" | "by"))
            .collect();
        if !rest.is_empty() && rest.len() <= 6 {
            return SpeakerRef::Org(rest.join(" "));
        }
    }
    // A run of capitalised words ending the phrase: a name, perhaps behind titles.
    let mut run_start = toks.len();
    while run_start > 0 {
        let w = toks[run_start - 1].word;
        let ok = capitalised(w) || (PARTICLES.contains(&w) && run_start < toks.len());
        if !ok || (run_start < toks.len() && toks[run_start - 1].breaks) {
            break;
        }
        run_start -= 1;
    }
    if run_start < toks.len() {
        let run: Vec<&str> = toks[run_start..].iter().map(|t| t.word).collect();
        return name_or_org(&run);
    }
    if sets.statement_nouns.contains(last_lower.as_str()) {
        return SpeakerRef::Statement;
    }
    if sets.anonymous.contains(last_lower.as_str()) {
        return SpeakerRef::Anonymous;
    }
    // "the US military": a determiner, then words with a capital among them.
    if toks.len() <= 5
        && matches!(toks[0].word, "the" | "The")
        && toks[1..].iter().any(|t| capitalised(t.word))
    {
        let rest: Vec<&str> = toks[1..].iter().map(|t| t.word).collect();
        return SpeakerRef::Org(rest.join(" "));
    }
    SpeakerRef::Unknown
}

/// Strip stop words and titles from a capitalised run. What follows the last title is a
/// person's name; a run that is all titles and institutions is an organisation.
pub fn name_or_org(run: &[&str]) -> SpeakerRef {
    let sets = words::compiled();
    let run: Vec<&str> = run
        .iter()
        .copied()
        .skip_while(|w| sets.stopwords.contains(w))
        .collect();
    if run.is_empty() {
        return SpeakerRef::Unknown;
    }
    let is_title = |w: &str| sets.titles.contains(w.trim_end_matches('.'));
    let after_titles = run.iter().rposition(|w| is_title(w)).map_or(0, |i| i + 1);
    if after_titles < run.len() {
        let name = &run[after_titles..];
        return SpeakerRef::Name(name.join(" "));
    }
    SpeakerRef::Org(run.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::spans;

    fn attribution(p: &str) -> Vec<SpeakerRef> {
        let ps = vec![p.to_string()];
        spans::quotations(&ps)
            .iter()
            .map(|q| {
                let part = &q.parts[0];
                match after(p, part) {
                    SpeakerRef::Unknown => before(p, part),
                    r => r,
                }
            })
            .collect()
    }

    fn name(s: &str) -> SpeakerRef {
        SpeakerRef::Name(s.into())
    }

    #[test]
    fn after_the_quote() {
        assert_eq!(attribution("\"We struck,\" Ryder said."), [name("Ryder")]);
        assert_eq!(
            attribution("\"We struck,\" said Pentagon spokesman Pat Ryder, adding more."),
            [name("Pat Ryder")]
        );
        assert_eq!(
            attribution("\"We struck,\" a statement from the US military said."),
            [SpeakerRef::Org("US military".into())]
        );
        assert_eq!(
            attribution("\"We struck,\" the statement added."),
            [SpeakerRef::Statement]
        );
        assert_eq!(
            attribution("\"We struck,\" she said."),
            [SpeakerRef::Pronoun]
        );
        assert_eq!(
            attribution("\"It is over,\" a source told The Sun."),
            [SpeakerRef::Anonymous]
        );
    }

    #[test]
    fn before_the_quote() {
        assert_eq!(attribution("Ryder said: \"We struck.\""), [name("Ryder")]);
        assert_eq!(
            attribution(
                "Deputy Pentagon Press Secretary Sabrina Singh told reporters in Washington that US forces \"have been attacked.\""
            ),
            [name("Sabrina Singh")]
        );
        assert_eq!(
            attribution(
                "Pentagon spokesman Brigadier General Pat Ryder said that the attack resulted in “eight injuries”."
            ),
            [name("Pat Ryder")]
        );
        assert_eq!(
            attribution("Senator Mark Ellison called the bill a \"giveaway.\""),
            [name("Mark Ellison")]
        );
        assert_eq!(
            attribution("It was, according to Helen Marsh, \"a mess.\""),
            [name("Helen Marsh")]
        );
    }

    #[test]
    fn middle_attribution_serves_both_parts() {
        assert_eq!(
            attribution("“First part,” Mayor Ana Ruiz said, “second part.”"),
            [name("Ana Ruiz"), name("Ana Ruiz")]
        );
    }

    #[test]
    fn scare_quotes_have_no_speaker() {
        assert_eq!(
            attribution("The so-called \"reset\" failed."),
            [SpeakerRef::Unknown]
        );
    }
}
