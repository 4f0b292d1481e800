//! A block that is a credit and nothing else, read as a [`Line`]: labelled (`Photo: X`,
//! `Photo by X`), bracketed, after a copyright sign, or by its names alone (`Jane Doe/NPR`,
//! `AFP via Getty Images`), with the segments a bare credit is cut into; and a credit or
//! caption label standing on a line of its own. Separate from [`super::tails`], which finds
//! such a credit at the end of a caption's text.

use super::{
    AGENCY_LIST, BRACKETED, BRACKETED_WORD, CAPTION_LABELS, COPYRIGHT, COURTESY, COURTESY_OF,
    CREDIT_LABELS, CREDIT_WORDS_MAX, Desk, FOR_PUBLICATION, LABEL, LABEL_BY, LABEL_WORDS_MAX,
    Level, Line, NAME_AGENCY, NAME_SLASH, Syntax, WIRE, after_label, bracket_level, clean_credit,
    compiled, opens_with_label,
};

/// A line that is a credit and reads as nothing else: a label, a photographer with an agency,
/// a picture desk (not a wire's name alone, which also signs stories off).
pub fn is_credit_line(block: &str) -> bool {
    line(block).is_some_and(|l| l.level >= Level::Named && l.syntax != &BRACKETED_WORD)
}

/// A line of a photo's and nothing else: a credit line that reads as nothing else, or a
/// credit or caption label's own line (`Image copyright`, `Image caption`).
pub fn is_photo_line(block: &str) -> bool {
    is_credit_line(block) || is_label_only(block) || is_caption_label_only(block)
}

/// A block that is a credit and nothing else, in any of the syntaxes: labelled
/// (`Photo: Getty Images`, `Image source, AFP`, `Photo by X`), bracketed (`(AP Photo/X)`),
/// after a copyright sign, or by its names alone (`Jane Doe/NPR`, `Reuters`).
pub fn line(block: &str) -> Option<Line<'_>> {
    // "| Photo Credit: Special Arrangement": the bar that stood after the caption.
    let t = block.trim();
    let t = t.strip_prefix('|').map_or(t, str::trim_start);
    // The shortest credit is a wire's initials ("AP").
    if t.len() < 2 || t.len() > 200 || t.contains('\n') {
        return None;
    }
    // Every syntax below is a label of a few words over a credit of CREDIT_WORDS_MAX words at
    // most: a longer block is a paragraph, and never pays for the regexes.
    if memchr::memchr_iter(b' ', t.as_bytes()).count() >= CREDIT_WORDS_MAX + LABEL_WORDS_MAX {
        return None;
    }
    let c = compiled();
    if opens_with_label(t, &c.label_first_words)
        && let Some(rest) = after_label(&c.label_line, t)
    {
        // "Image: © NASA/ESA": the sign is the label's too.
        let rest = rest.strip_prefix('©').map_or(rest, str::trim_start);
        return short(rest).then_some(Line {
            credit: rest,
            level: Level::Labelled,
            syntax: &LABEL,
        });
    }
    // "Beeld ANP / Jane Doe": a label and a space, then a credit in its own syntax.
    if let Some(rest) = after_bare_label(t)
        && let Some(l) = unlabelled(rest)
    {
        return Some(Line {
            credit: l.credit,
            level: Level::Labelled,
            syntax: &LABEL,
        });
    }
    // "AN Photo by Huda Bashatah", "Express photo by Jane Doe": the desk that names its
    // photographer stays in the credit.
    if let Some(desk) = desk_before_label_by(t) {
        return Some(Line {
            credit: t,
            level: Level::Labelled,
            syntax: desk,
        });
    }
    if let Some(m) = c.label_by.find(t) {
        let rest = t[m.end()..].trim();
        let courtesy = t[..m.end()].trim_end().eq_ignore_ascii_case(COURTESY);
        let first_ok = rest
            .chars()
            .next()
            .is_some_and(|ch| ch.is_uppercase() || ch.is_numeric() || rest.starts_with("the "));
        if first_ok && rest.split(' ').count() <= 10 && !rest.ends_with(['.', ',', ';', ':']) {
            return Some(if courtesy {
                Line {
                    credit: t,
                    level: Level::Labelled,
                    syntax: &COURTESY_OF,
                }
            } else {
                Line {
                    credit: rest,
                    level: Level::Labelled,
                    syntax: &LABEL_BY,
                }
            });
        }
        return None;
    }
    for (open, close) in [('(', ')'), ('[', ']')] {
        if let Some(inner) = t.strip_prefix(open).and_then(|r| r.strip_suffix(close))
            && !inner.contains([open, close])
        {
            let inner = inner.trim();
            return match line(inner) {
                Some(l) => Some(Line {
                    credit: l.credit,
                    level: bracket_level(l.level),
                    syntax: &BRACKETED,
                }),
                // "[Wired]", "[사진=MBC, SBS]": a credit word in brackets, but no syntax of a
                // credit's: perhaps a source's tag.
                None => (short(inner) && c.credit_word.is_match(inner)).then(|| Line {
                    credit: clean_credit(inner),
                    level: Level::Named,
                    syntax: &BRACKETED_WORD,
                }),
            };
        }
    }
    if let Some(rest) = t
        .strip_prefix('©')
        .or_else(|| t.strip_prefix("(c) "))
        .or_else(|| t.strip_prefix("(C) "))
    {
        let l = unlabelled(rest.trim())?;
        return Some(Line {
            credit: l.credit,
            level: l.level,
            syntax: &COPYRIGHT,
        });
    }
    unlabelled(t)
}

/// The text after a label that stands before its credit with a space alone
/// ([`super::CREDIT_LABELS_BARE`]: `Beeld ANP`, `Foto LaPresse`).
pub(super) fn after_bare_label(t: &str) -> Option<&str> {
    let (first, rest) = t.split_once(' ')?;
    let rest = rest.trim_start();
    (!rest.is_empty() && compiled().bare_labels.contains(first)).then_some(rest)
}

/// Words a desk's name has before `Photo by` (`ST`, `AN`, `Express`, `HT`).
const DESK_PREFIX_WORDS: usize = 2;

/// `AN Photo by Huda Bashatah`, `Express photo by Jane Doe`: a desk's name of a word or two,
/// each capitalised, then a label that ends in "by" and a name. Returns the label's syntax.
pub(super) fn desk_before_label_by(t: &str) -> Option<&'static Syntax> {
    // Every such label ends in "by" before the name: most lines stop here.
    if !t.contains(" by ") && !t.contains(" By ") && !t.contains(" BY ") {
        return None;
    }
    let c = compiled();
    let mut at = 0;
    for _ in 0..DESK_PREFIX_WORDS {
        let word_end = t[at..].find(' ')? + at;
        let word = &t[at..word_end];
        if !word.starts_with(|ch: char| ch.is_uppercase()) || word.len() > 20 {
            return None;
        }
        at = word_end + 1;
        let rest = &t[at..];
        if let Some(m) = c.label_by.find(rest)
            && !rest[..m.end()].trim_end().eq_ignore_ascii_case(COURTESY)
        {
            let name = rest[m.end()..].trim();
            return (is_name(name) || unlabelled(name).is_some()).then_some(&LABEL_BY);
        }
    }
    None
}

/// Words that make a bracketed note a photo's credit though no syntax of a credit's reads it:
/// `(Lopez via AP)`, `(Uncredited)`, `(File)`.
const BRACKETED_PHOTO_WORDS: &[&str] = &[
    "via",
    "Via",
    "Uncredited",
    "Photo",
    "PHOTO",
    "Foto",
    "FOTO",
    "File",
    "FILE",
    "Handout",
    "HANDOUT",
    "Courtesy",
    "Pool",
    "POOL",
    "Screengrab",
    "Screenshot",
];

/// A bracketed note that credits a photo, whatever stands around it: `(HT PHOTO)`,
/// `(Photo by X/AFP Photo)`, `(Getty Images/iStockphoto)`, `(X via AP)`, `(Uncredited)`.
/// A wire's name alone (`(Reuters)`) is how a dateline cites its source, and a platform's
/// (`(Twitter)`) where a post was seen: neither is taken.
pub fn is_bracketed_photo_credit(group: &str) -> bool {
    line(group).is_some_and(|l| {
        if l.syntax == &BRACKETED {
            l.level >= Level::Named
        } else {
            l.syntax == &BRACKETED_WORD
                && l.credit
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| BRACKETED_PHOTO_WORDS.contains(&w))
        }
    })
}

fn short(credit: &str) -> bool {
    !credit.is_empty() && credit.split(' ').count() <= CREDIT_WORDS_MAX
}

/// A credit line with no label: its segments (split at `|`, `/`, `, `, ` via `, ` for `) are
/// agencies, desk words, outlets and people's names, and at least one is an agency or an
/// outlet. `JOHN SMITH/AFP`, `Ana Lopez | Reuters | Getty Images`, `AFP via Getty Images`,
/// `Marta Ruiz for The Coastal Herald`, `Reuters`.
pub fn unlabelled(t: &str) -> Option<Line<'_>> {
    // (Spaces counted as bytes: the words `split(' ')` gives, less one.)
    if t.is_empty()
        || t.len() > 160
        || crate::tidy::count_bytes(t.as_bytes(), |b| b == b' ') >= CREDIT_WORDS_MAX
    {
        return None;
    }
    // Credits have no sentence in them (a sentence also fails the segments below).
    if t.ends_with(['.', '!', '?', ':', ';', ',']) || t.contains(['"', '“', '”']) {
        return None;
    }
    let c = compiled();
    let segs = segments(t);
    let mut kinds = Vec::with_capacity(segs.len());
    for (i, s) in segs.iter().enumerate() {
        // "Rubens Cavallari - 12.mar.2025/Folhapress": the day the photo was taken, after a
        // dash, is no part of the photographer's name.
        let text = without_date(s.text);
        let kind = if let Some(&desk) = c.agencies.get(s.text) {
            Seg::Agency(desk)
        } else if let Some(agency) = with_desk_word(s.text) {
            Seg::Agency(agency)
        } else if c.desk_words.contains(s.text) {
            Seg::Desk
        } else if is_publication(s.text)
            // "Jane Roe, City Hall Reporter" is a job: after a comma or a bar, an outlet
            // known by its words starts with "The".
            && (!matches!(s.after, Sep::Comma | Sep::Bar)
                || c.outlets.contains(s.text)
                || s.text.starts_with("The "))
        {
            Seg::Outlet
        } else if is_name(text) {
            Seg::Name
        } else if i > 0
            && segs[i].after == Sep::For
            && matches!(kinds.last(), Some(Seg::Agency(_)))
            && capitalised_words(s.text)
        {
            // "Getty Images for Netflix": whoever the agency shot it for.
            Seg::Outlet
        } else if i > 0
            && segs[i].after == Sep::Slash
            && kinds.last() == Some(&Seg::Desk)
            && capitalised_words(s.text)
        {
            // "Divulgação/Petrobras", "Handout/Ministry of Defence": whoever handed it out.
            Seg::Outlet
        } else {
            return slash_names(t);
        };
        kinds.push(kind);
    }
    let agencies = kinds.iter().filter(|k| matches!(k, Seg::Agency(_))).count();
    let picture = kinds.contains(&Seg::Agency(Desk::Picture));
    let outlets = kinds.iter().filter(|k| **k == Seg::Outlet).count();
    let names = kinds.iter().filter(|k| **k == Seg::Name).count();
    let desk = kinds.contains(&Seg::Desk) || segs.iter().any(|s| s.text.ends_with(" Photo"));
    if agencies + outlets == 0 {
        return slash_names(t);
    }
    let slash = segs
        .iter()
        .any(|s| matches!(s.after, Sep::Slash | Sep::Via));
    let for_sep = segs
        .iter()
        .zip(&kinds)
        .any(|(s, k)| s.after == Sep::For && *k != Seg::Agency(Desk::Picture))
        && kinds.first() == Some(&Seg::Name);
    // "Jane Doe for The New York Times" with nothing more; "for" elsewhere is not this.
    if segs.iter().any(|s| s.after == Sep::For)
        && !for_sep
        && !kinds.starts_with(&[Seg::Agency(Desk::Picture)])
    {
        return None;
    }
    let (level, syntax) =
        if picture || desk || (slash && names > 0) || segs.iter().any(|s| s.after == Sep::Via) {
            (
                Level::Photo,
                if names > 0 {
                    &NAME_AGENCY
                } else {
                    &AGENCY_LIST
                },
            )
        } else if for_sep {
            (Level::Named, &FOR_PUBLICATION)
        } else if names > 0 {
            (Level::Named, &NAME_AGENCY)
        } else if agencies + outlets >= 2 {
            (Level::Named, &AGENCY_LIST)
        } else if outlets == 1 {
            // An outlet's name alone ("NPR", "The Coastal Herald") is no credit.
            return None;
        } else {
            (Level::Bare, &WIRE)
        };
    Some(Line {
        credit: t,
        level,
        syntax,
    })
}

/// `Jane Doe - 12.mar.2025` → `Jane Doe`: a date after a dash (digits, no space) dropped.
fn without_date(segment: &str) -> &str {
    match segment.rsplit_once(" - ") {
        Some((name, date))
            if !date.contains(' ')
                && date.bytes().any(|b| b.is_ascii_digit())
                && date.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.') =>
        {
            name.trim_end()
        }
        _ => segment,
    }
}

/// Two names over a slash (`Jane Doe/Some Outlet`): a credit only where the context says a
/// caption is there.
fn slash_names(t: &str) -> Option<Line<'_>> {
    let (left, right) = t.split_once('/')?;
    let (left, right) = (left.trim(), right.trim());
    // "Jane Doe/Some Outlet" or "SomeOutlet/Jane Doe": a person's name on one side.
    (t.len() <= 80
        && compiled().slash_credit.is_match(t)
        && ((is_name(left) && capitalised_words(right))
            || (capitalised_words(left) && is_name(right))))
    .then_some(Line {
        credit: t,
        level: Level::Bare,
        syntax: &NAME_SLASH,
    })
}

/// What a segment of a credit is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Seg {
    Agency(Desk),
    Desk,
    Outlet,
    Name,
}

/// The separator before a segment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sep {
    Start,
    Bar,
    Slash,
    Comma,
    Via,
    For,
}

/// One segment of a credit, as [`segments`] cuts it, with the separator before it.
pub(super) struct Segment<'a> {
    /// The segment's text, trimmed.
    pub(super) text: &'a str,
    after: Sep,
}

/// A credit cut at its separators: `|`, `/`, `, `, ` via `, ` for `, ` and `.
pub(super) fn segments(t: &str) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    let mut sep = Sep::Start;
    let mut start = 0;
    let b = t.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let (len, next) = match b[i] {
            b'|' => (1, Some(Sep::Bar)),
            // "Luis Tato—AFP/Getty Images" (TIME): an em dash between photographer and desk.
            0xE2 if t[i..].starts_with('—') => ('—'.len_utf8(), Some(Sep::Slash)),
            b'/' => (1, Some(Sep::Slash)),
            b',' if b.get(i + 1) == Some(&b' ') => (2, Some(Sep::Comma)),
            b' ' if t[i..].starts_with(" via ") || t[i..].starts_with(" Via ") => {
                (5, Some(Sep::Via))
            }
            b' ' if t[i..].starts_with(" for ") => (5, Some(Sep::For)),
            b' ' if t[i..].starts_with(" and ") => (5, Some(Sep::Comma)),
            _ => (1, None),
        };
        if let Some(next) = next {
            out.push(Segment {
                text: t[start..i].trim(),
                after: sep,
            });
            sep = next;
            start = i + len;
        }
        i += len;
    }
    out.push(Segment {
        text: t[start..].trim(),
        after: sep,
    });
    out
}

/// `AP Photo`, `PTI Photo`, `Reuters File`, `AFP PHOTO`: an agency with its desk's word.
fn with_desk_word(s: &str) -> Option<Desk> {
    let c = compiled();
    let (head, last) = s.rsplit_once(' ')?;
    if !c.desk_words.contains(last) {
        return None;
    }
    c.agencies
        .get(head)
        .copied()
        .or_else(|| c.outlets.contains(head).then_some(Desk::Picture))
        .map(|_| Desk::Picture)
}

/// Particles inside people's names.
const PARTICLES: &[&str] = &[
    "de", "da", "del", "della", "di", "do", "dos", "das", "du", "van", "von", "der", "den", "ter",
    "al", "el", "bin", "ibn", "la", "le", "y", "e", "zu", "af", "ben",
];

/// A person's name: two to five words, capitalised (or in capitals), particles allowed.
pub(super) fn is_name(s: &str) -> bool {
    let words: Vec<&str> = s.split(' ').collect();
    if !(2..=5).contains(&words.len()) {
        return false;
    }
    let stop = crate::rules::words::NAME_STOPWORDS;
    if stop.contains(&words[0]) {
        return false;
    }
    let mut capitals = 0;
    for w in &words {
        if PARTICLES.contains(w) || w.starts_with("al-") || w.starts_with("el-") {
            continue;
        }
        let mut chars = w.chars();
        let Some(first) = chars.next() else {
            return false;
        };
        // "It’s Complicated" is no name: a name's words are not contractions.
        if !first.is_uppercase()
            || !chars.all(|ch| ch.is_alphabetic() || matches!(ch, '.' | '\'' | '’' | '-'))
            || w.ends_with("'s")
            || w.ends_with("’s")
            || w.ends_with("'t")
            || w.ends_with("’t")
        {
            return false;
        }
        capitals += 1;
    }
    capitals >= 2
}

/// Words that each start with a capital (or are short joining words).
fn capitalised_words(s: &str) -> bool {
    let words: Vec<&str> = s.split(' ').collect();
    (1..=6).contains(&words.len())
        && words.iter().all(|w| {
            matches!(*w, "of" | "and" | "the" | "&" | "de" | "du")
                || w.chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_numeric())
        })
}

/// An outlet: one that credits use by its short name, or capitalised words ending in a
/// publication word (`The Coastal Herald`, `Hindustan Times`).
fn is_publication(s: &str) -> bool {
    let c = compiled();
    if c.outlets.contains(s) {
        return true;
    }
    let last = s.rsplit(' ').next().unwrap_or(s);
    capitalised_words(s)
        && (s.contains(' ') || s.starts_with("The "))
        && (c.publication_words.contains(last)
            // In capitals, as credits in capitals write it: "THE GLOBE AND MAIL".
            || (last.len() > 1
                && !last.chars().any(char::is_lowercase)
                && c.publication_words.contains(title_case(last).as_str())))
}

/// "MAIL" → "Mail".
fn title_case(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |first| {
        first
            .to_uppercase()
            .chain(chars.flat_map(char::to_lowercase))
            .collect()
    })
}

/// A line that is a credit label and nothing else: `Image copyright`, `Image source`,
/// `Photo credit:`. The credit comes on the next line.
pub fn is_label_only(block: &str) -> bool {
    let t = block
        .trim()
        .trim_end_matches([':', '：', ',', '.', '…'])
        .trim_end();
    t.len() <= longest(CREDIT_LABELS)
        && t.contains(' ')
        && CREDIT_LABELS
            .iter()
            // (The comparison first: it turns away a label of another length at once.)
            .any(|l| l.eq_ignore_ascii_case(t) && l.contains(' '))
}

/// The longest entry of a table, in bytes: a line longer than that equals none of them.
fn longest(table: &'static [&'static str]) -> usize {
    table.iter().map(|l| l.len()).max().unwrap_or(0)
}

/// A line that is a caption label and nothing else: `Image caption`. The caption comes on
/// the next line.
pub fn is_caption_label_only(block: &str) -> bool {
    let t = block.trim().trim_end_matches([':', ',']).trim_end();
    t.len() <= longest(CAPTION_LABELS)
        && t.contains(' ')
        && CAPTION_LABELS.iter().any(|l| l.eq_ignore_ascii_case(t))
}

/// `Image caption, Firefighters …` → the caption text.
pub fn caption_label(block: &str) -> Option<&str> {
    if !opens_with_label(block, &compiled().caption_first_words) {
        return None;
    }
    let label = &compiled().caption_label;
    // Without a colon or comma ("Image caption Assange gestures …", BBC's older pages) only
    // a two-word label over a capitalised caption: "Caption contest winners" is no label.
    if let Some(bare) = label.captures(block).and_then(|c| c.get(1))
        && (block.starts_with("Caption")
            || !block[bare.end()..].starts_with(|c: char| c.is_uppercase()))
    {
        return None;
    }
    after_label(label, block)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::credit::glued_credit;

    fn level(t: &str) -> Option<Level> {
        line(t).map(|l| l.level)
    }

    #[test]
    fn label_credits() {
        let s = glued_credit("Crowds gather in Kyiv. Photograph: Jane Doe/The Guardian").unwrap();
        assert_eq!(s.text, "Crowds gather in Kyiv.");
        assert_eq!(s.credit, "Jane Doe/The Guardian");
        assert_eq!(line("Photo: Getty Images").unwrap().credit, "Getty Images");
        assert_eq!(
            line("Image source, Getty Images").unwrap().credit,
            "Getty Images"
        );
        assert_eq!(
            line("Credit...Jane Doe for The New York Times")
                .unwrap()
                .credit,
            "Jane Doe for The New York Times"
        );
        assert_eq!(
            caption_label("Image caption, Crowds in Leeds"),
            Some("Crowds in Leeds")
        );
        assert_eq!(level("Jane Doe/NPR"), Some(Level::Photo));
        assert_eq!(level("Al Goldis, Associated Press"), Some(Level::Named));
        assert_eq!(level("Michael Conroy, AP"), Some(Level::Named));
        assert_eq!(level("Washington, D.C."), None);
    }

    #[test]
    fn credit_lines_by_syntax() {
        for (t, credit, lvl, syn) in [
            (
                "PHOTOGRAPH BY: John Lopez / Getty Images",
                "John Lopez / Getty Images",
                Level::Labelled,
                "label-by",
            ),
            (
                "Photo and caption by Ana Moreau/Kowalski",
                "Ana Moreau/Kowalski",
                Level::Labelled,
                "label-by",
            ),
            (
                "Kenji Okafor Via Flickr",
                "Kenji Okafor Via Flickr",
                Level::Photo,
                "name-agency",
            ),
            (
                "Reuters files",
                "Reuters files",
                Level::Photo,
                "agency-list",
            ),
            (
                "Marta Ruiz for The Coastal Herald",
                "Marta Ruiz for The Coastal Herald",
                Level::Named,
                "for-publication",
            ),
            (
                "Ana Lopez | Reuters | Getty Images",
                "Ana Lopez | Reuters | Getty Images",
                Level::Photo,
                "name-agency",
            ),
            ("AFP/Jane Doe", "AFP/Jane Doe", Level::Photo, "name-agency"),
            (
                "EPA-EFE/NAME SURNAME",
                "EPA-EFE/NAME SURNAME",
                Level::Photo,
                "name-agency",
            ),
            (
                "Jane Doe/Reuters via Getty Images",
                "Jane Doe/Reuters via Getty Images",
                Level::Photo,
                "name-agency",
            ),
            (
                "Photograph: Jane Doe/Reuters",
                "Jane Doe/Reuters",
                Level::Labelled,
                "label",
            ),
            (
                "(Photo by Jane Doe/Getty Images)",
                "Jane Doe/Getty Images",
                Level::Labelled,
                "bracketed",
            ),
            ("Image: Reuters", "Reuters", Level::Labelled, "label"),
            (
                "Courtesy of the Ortmann family",
                "Courtesy of the Ortmann family",
                Level::Labelled,
                "courtesy",
            ),
            ("Reuters", "Reuters", Level::Bare, "wire"),
            ("AP", "AP", Level::Bare, "wire"),
            ("Getty Images", "Getty Images", Level::Photo, "agency-list"),
            (
                "AFP via Getty Images",
                "AFP via Getty Images",
                Level::Photo,
                "agency-list",
            ),
            (
                "JOHN SMITH/AFP",
                "JOHN SMITH/AFP",
                Level::Photo,
                "name-agency",
            ),
            (
                "REUTERS/Gleb Garanich",
                "REUTERS/Gleb Garanich",
                Level::Photo,
                "name-agency",
            ),
            (
                "AP Photo/Evan Vucci",
                "AP Photo/Evan Vucci",
                Level::Photo,
                "name-agency",
            ),
            ("Foto: dpa", "dpa", Level::Labelled, "label"),
            (
                "PHOTO | DENNIS ONSONGO | NMG",
                "DENNIS ONSONGO | NMG",
                Level::Labelled,
                "label",
            ),
            ("FILE PHOTO | NMG", "NMG", Level::Labelled, "label"),
            ("Photo : AFP", "AFP", Level::Labelled, "label"),
            (
                "Bild: picture alliance/dpa",
                "picture alliance/dpa",
                Level::Labelled,
                "label",
            ),
            ("Imagen: EFE", "EFE", Level::Labelled, "label"),
            (
                "Fotografía: Juan Pérez",
                "Juan Pérez",
                Level::Labelled,
                "label",
            ),
            ("Crédito: Reuters", "Reuters", Level::Labelled, "label"),
            ("Crédit photo : AFP", "AFP", Level::Labelled, "label"),
            ("Фото: ТАСС", "ТАСС", Level::Labelled, "label"),
            ("写真：共同通信", "共同通信", Level::Labelled, "label"),
            (
                "© Ludovic Marin, AFP",
                "Ludovic Marin, AFP",
                Level::Named,
                "copyright-sign",
            ),
            (
                "Sanjeev Verma/Hindustan Times/Getty Images",
                "Sanjeev Verma/Hindustan Times/Getty Images",
                Level::Photo,
                "name-agency",
            ),
            ("Reuters/File", "Reuters/File", Level::Photo, "agency-list"),
            (
                "Getty Images for Netflix",
                "Getty Images for Netflix",
                Level::Photo,
                "agency-list",
            ),
            (
                "Jane Doe, The Washington Post",
                "Jane Doe, The Washington Post",
                Level::Named,
                "name-agency",
            ),
        ] {
            let l = line(t).unwrap_or_else(|| panic!("{t}"));
            assert_eq!((l.credit, l.level, l.syntax.id), (credit, lvl, syn), "{t}");
        }
    }

    #[test]
    fn lines_that_are_not_credits() {
        for t in [
            "Good News for Local Farmers",
            "Votes for Women",
            "Home | World | Business",
            "News / Politics",
            "The Coastal Herald",
            "NPR",
            "Reuters reported the figures on Monday.",
            "AP — The government announced a relief package on Tuesday.",
            "Caption contests drew a record number of entries this year.",
            "Photo Gallery",
            "Image 1 of 5",
            "Courtesy of a $2 million grant, the museum reopened this week.",
            "Credit card debt rose again in March, the bank said.",
            "Washington, D.C.",
            "© 2024 The Coastal Herald. All rights reserved.",
        ] {
            assert!(line(t).is_none(), "{t}: {:?}", line(t));
        }
    }

    #[test]
    fn label_only_lines() {
        assert!(is_label_only("Image copyright"));
        assert!(is_label_only("Image source"));
        assert!(!is_label_only("Photo"));
        assert!(is_caption_label_only("Image caption"));
        assert!(!is_caption_label_only("Image caption, Crowds in Leeds"));
    }
}
