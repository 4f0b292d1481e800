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
    /// The word was written in the possessive ("girl's"), which `word` leaves out.
    possessive: bool,
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
    crate::tidy::spaced_words(s)
        .map(|(_, raw)| raw)
        // "(NRW)": an acronym in brackets is an aside, not part of the name.
        .filter(|raw| {
            let r = raw.trim_end_matches([',', '.', ';', ':']);
            !(r.starts_with('(') && r.ends_with(')'))
        })
        .map(|raw| {
            let word = raw.trim_matches(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''));
            let word = word.trim_matches(['-', '\'']);
            let stem = word.strip_suffix("'s").or(word.strip_suffix("’s"));
            let possessive = stem.is_some();
            let word = stem.unwrap_or(word);
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
                    possessive: false,
                };
            }
            Tok {
                word,
                breaks,
                possessive,
            }
        })
        .collect()
}

fn is_verb(t: &Tok) -> bool {
    words::contains_lowercased(&words::compiled().verbs, t.word)
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
            if b[i - 1] != b'.' || !is_abbreviation(word) {
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
            if b[i] != b'.' || !is_abbreviation(word) {
                return pos + i + 1;
            }
        }
    }
    ceil
}

/// Offsets of every quotation mark pair in the paragraph, to bound clauses.
pub(crate) fn quote_bounds(p: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    // Only `"` and the lead bytes of “ ” „ « » can start a mark: jump from one to the next.
    let marks = memchr::memchr3_iter(b'"', 0xE2, 0xC2, p.as_bytes())
        .filter_map(|i| p[i..].chars().next().map(|c| (i, c)));
    for (i, c) in marks {
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
pub fn after(p: &str, bounds: &[(usize, usize)], part: &Part) -> SpeakerRef {
    if !part.closed {
        return SpeakerRef::Unknown;
    }
    // `bounds` is in order: binary search, so a paragraph of many quotations stays linear.
    let next_quote = bounds
        .get(bounds.partition_point(|&(s, _)| s < part.close))
        .map_or(p.len(), |&(s, _)| s);
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
pub fn before(p: &str, bounds: &[(usize, usize)], part: &Part) -> SpeakerRef {
    let prev_quote_end = bounds[..bounds.partition_point(|&(_, e)| e <= part.open)]
        .last()
        .map_or(0, |&(_, e)| e);
    let start = sentence_start(p, prev_quote_end, part.open);
    let clause = &p[start..part.open];
    let toks = tokens(clause);
    if let Some(r) = according_to(&toks) {
        return r;
    }
    let by_verb = match (0..toks.len()).rev().find(|&i| is_reporting(&toks, i)) {
        Some(v) => match subject(&toks[..v]) {
            SpeakerRef::Unknown => object(&toks[v + 1..]),
            found => found,
        },
        None => SpeakerRef::Unknown,
    };
    // `My colleague Priya Natarajan, who …, put it best: "…"`: a colon introduces the
    // quotation, and the clause's named subject speaks it.
    if by_verb == SpeakerRef::Unknown && clause.trim_end().ends_with(':') {
        return first_name(&toks);
    }
    by_verb
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

/// Clauses of a token run: split after every token that carries a break.
fn clauses<'t, 'a>(toks: &'t [Tok<'a>]) -> Vec<&'t [Tok<'a>]> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, t) in toks.iter().enumerate() {
        if t.breaks {
            out.push(&toks[start..=i]);
            start = i + 1;
        }
    }
    if start < toks.len() {
        out.push(&toks[start..]);
    }
    out
}

/// An apposition opens in lower case or with a number: "a Republican of Arizona", "67",
/// "who voted against the measure", "the Ohio Democrat who wrote the bill".
fn is_apposition(clause: &[Tok]) -> bool {
    clause
        .iter()
        .find(|t| !t.word.is_empty())
        .is_none_or(|t| !capitalised(t.word))
}

/// The subject right before a reporting verb. When the verb follows an apposition
/// (`Gwen Pritchard, 67, whose kitchen …, said`), the subject is the last clause before it
/// that is not an apposition.
fn subject(toks: &[Tok]) -> SpeakerRef {
    let Some(last) = toks.last() else {
        return SpeakerRef::Unknown;
    };
    let cs = clauses(toks);
    if !last.breaks {
        return phrase(cs.last().expect("non-empty"));
    }
    for c in cs.iter().rev() {
        if is_apposition(c) {
            continue;
        }
        return phrase(c);
    }
    SpeakerRef::Unknown
}

/// The phrase right after an inverted verb: `said Pentagon spokesman Pat Ryder, adding …`;
/// past a role that names no one, the apposition that does: `said the chair of the jury, the
/// Danish architect Karin Sørensen`.
///
/// A role that points back at someone (`said the girl's mother, Maria Diaz`) gives way to the
/// name in the apposition after it: read alone it would be taken for the last person named,
/// who may be the very person the story is about.
fn object(toks: &[Tok]) -> SpeakerRef {
    let mut rest = toks;
    let mut role: Option<SpeakerRef> = None;
    for _ in 0..3 {
        match object_clause(rest) {
            SpeakerRef::Unknown => {}
            r @ (SpeakerRef::Pronoun | SpeakerRef::Anonymous) if role.is_none() => role = Some(r),
            found @ SpeakerRef::Name(_) => return found,
            found => return role.unwrap_or(found),
        }
        match rest.iter().position(|t| t.breaks) {
            Some(i) if i + 1 < rest.len() => rest = &rest[i + 1..],
            _ => break,
        }
    }
    role.unwrap_or(SpeakerRef::Unknown)
}

fn object_clause(toks: &[Tok]) -> SpeakerRef {
    let end = toks
        .iter()
        .position(|t| t.breaks)
        .map_or(toks.len(), |i| i + 1)
        .min(10);
    let stop = toks[..end]
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
        .unwrap_or(end);
    phrase(&toks[..stop])
}

/// The first person's name in a clause: a run of two or more capitalised words.
fn first_name(toks: &[Tok]) -> SpeakerRef {
    for run in runs(toks) {
        if let SpeakerRef::Name(n) = name_or_org(&run)
            && n.contains(' ')
        {
            return SpeakerRef::Name(n);
        }
    }
    SpeakerRef::Unknown
}

fn capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

const PARTICLES: &[&str] = &[
    "de", "da", "del", "della", "di", "van", "von", "der", "den", "al", "bin", "ibn", "la", "le",
    "du", "dos", "das", "y",
];

/// Runs of capitalised words (particles allowed inside), split at breaks.
fn runs<'a>(toks: &[Tok<'a>]) -> Vec<Vec<&'a str>> {
    let mut out = Vec::new();
    let mut run: Vec<&'a str> = Vec::new();
    for t in toks {
        let inside = !run.is_empty() && PARTICLES.contains(&t.word);
        if capitalised(t.word) || inside {
            run.push(t.word);
        } else if !run.is_empty() {
            out.push(std::mem::take(&mut run));
        }
        if t.breaks && !run.is_empty() {
            out.push(std::mem::take(&mut run));
        }
    }
    if !run.is_empty() {
        out.push(run);
    }
    for r in &mut out {
        while r.last().is_some_and(|w| PARTICLES.contains(w)) {
            r.pop();
        }
    }
    out.retain(|r| !r.is_empty());
    out
}

/// What a speaker phrase refers to.
fn phrase(toks: &[Tok]) -> SpeakerRef {
    let sets = words::compiled();
    let toks: Vec<Tok> = toks
        .iter()
        .filter(|t| !t.word.is_empty())
        .copied()
        .collect();
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
    if let Some(i) = toks
        .iter()
        .position(|t| words::contains_lowercased(&sets.statement_nouns, t.word))
        && let Some(prep) = toks.get(i + 1)
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
    // A run of capitalised words that ends the phrase: a name (perhaps behind titles) or an
    // organisation. "Mark Whitaker of Kansas": the run before "of" is the person;
    // "Ministry of Defence": one organisation.
    let ends_in_run = capitalised(last.word);
    if ends_in_run {
        let rs = runs(&toks);
        let mut run = rs.last().cloned().unwrap_or_default();
        let run_start = toks.len() - run.len();
        if run_start >= 2
            && matches!(toks[run_start - 1].word, "of" | "from" | "in" | "at")
            && capitalised(toks[run_start - 2].word)
            && rs.len() >= 2
        {
            let prev = rs[rs.len() - 2].clone();
            if prev.iter().any(|w| sets.org_words.contains(w)) {
                let mut joined = prev;
                joined.push(toks[run_start - 1].word);
                joined.append(&mut run);
                return SpeakerRef::Org(joined.join(" "));
            }
            return name_or_org(&prev);
        }
        return name_or_org(&run);
    }
    // "the group said", "the statement added": the last organisation; "the widow says": the
    // last person. "a source", "officials": nobody in particular.
    // "the US military", "The Welsh government": a determiner, then words with a capital.
    if toks.len() <= 5
        && matches!(toks[0].word, "the" | "The")
        && toks[1..].iter().any(|t| capitalised(t.word))
    {
        let rest: Vec<&str> = toks[1..].iter().map(|t| t.word).collect();
        return SpeakerRef::Org(rest.join(" "));
    }
    let definite = toks.len() <= 3 && matches!(toks[0].word, "the" | "The");
    if definite && sets.org_references.contains(last_lower.as_str()) {
        return SpeakerRef::Statement;
    }
    if sets.statement_nouns.contains(last_lower.as_str()) {
        return SpeakerRef::Statement;
    }
    if definite && sets.person_references.contains(last_lower.as_str()) {
        // "the girl's mother": someone related to a person the story names, not that person
        // (whom "the widow" may well be): no one in particular, unless a name follows.
        if toks[1..toks.len() - 1].iter().any(|t| t.possessive) {
            return SpeakerRef::Anonymous;
        }
        return SpeakerRef::Pronoun;
    }
    if sets.anonymous.contains(last_lower.as_str()) {
        return SpeakerRef::Anonymous;
    }
    SpeakerRef::Unknown
}

/// Strip stop words and titles from a capitalised run. What follows the last title is a
/// person's name; a run with an organisation word, or that is all titles and institutions,
/// is an organisation.
pub fn name_or_org(run: &[&str]) -> SpeakerRef {
    let sets = words::compiled();
    let run = &run[run
        .iter()
        .position(|w| !sets.stopwords.contains(w))
        .unwrap_or(run.len())..];
    if run.is_empty() {
        return SpeakerRef::Unknown;
    }
    // "County Judge Robert Ellison": the words after the last title are the name, unless an
    // organisation word is among them ("Kentmere District Council").
    let is_title = |w: &str| sets.titles.contains(w.trim_end_matches('.'));
    let after_titles = run.iter().rposition(|w| is_title(w)).map_or(0, |i| i + 1);
    let name = &run[after_titles..];
    if !name.is_empty() && !name.iter().any(|w| sets.org_words.contains(w)) {
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
                let b = quote_bounds(p);
                match after(p, &b, part) {
                    SpeakerRef::Unknown => before(p, &b, part),
                    r => r,
                }
            })
            .collect()
    }

    fn name(s: &str) -> SpeakerRef {
        SpeakerRef::Name(s.into())
    }

    #[test]
    fn a_relatives_role_is_not_the_person_named_before_it() {
        // The trap: "the girl's mother" read alone points back at the last person named,
        // the man accused of taking the girl.
        assert_eq!(
            attribution("\"He is a monster,\" said the girl's mother, Maria Diaz."),
            [name("Maria Diaz")]
        );
        assert_eq!(
            attribution("\"He is a monster,\" said the girl's mother."),
            [SpeakerRef::Anonymous]
        );
        assert_eq!(
            attribution("\"I have nothing left,\" the widow said."),
            [SpeakerRef::Pronoun]
        );
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
    fn appositions_and_places_are_skipped() {
        assert_eq!(
            attribution("Gwen Pritchard, 67, whose kitchen was flooded, said: \"It is over.\""),
            [name("Gwen Pritchard")]
        );
        assert_eq!(
            attribution(
                "Republican Sen. Mark Whitaker of Kansas, who voted against it, said: \"No.\""
            ),
            [name("Mark Whitaker")]
        );
        assert_eq!(
            attribution("Natural Resources Wales (NRW) said it was \"at an advanced stage\"."),
            [SpeakerRef::Org("Natural Resources Wales".into())]
        );
        assert_eq!(
            attribution("My colleague Priya Natarajan, who runs it, put it best: \"Ship it.\""),
            [name("Priya Natarajan")]
        );
        assert_eq!(
            attribution("In testimony, the group said it was \"risky.\""),
            [SpeakerRef::Statement]
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
