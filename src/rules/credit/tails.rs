//! A credit glued onto the end of a caption's text: in brackets (`…Iraq.(Reuters / File)`),
//! after a label (`… Photograph: Jane Doe/Guardian`), or after the caption's last stop by its
//! own syntax (`…in Kyiv on Monday.Reuters`). Each is found in the block's tail only, and the
//! caption is returned [`Split`] from its credit; [`super::lines`] reads the credit itself.

use super::lines::{is_name, segments};
use super::{
    CREDIT_WORDS_MAX, Level, NAME_SLASH, bracket_level, caption_label, clean_credit, compiled,
    is_photo_line, line, unlabelled,
};

/// A caption split from its glued credit.
#[derive(Debug, PartialEq, Eq)]
pub struct Split<'a> {
    /// The caption's text, without its credit.
    pub text: &'a str,
    /// The credit, without label or brackets.
    pub credit: &'a str,
    /// How sure the credit is of being a photo's.
    pub level: Level,
    /// A bare credit after a space (`… the US. PTI`), not glued to the stop or bracketed:
    /// also how a story signs off.
    pub loose: bool,
    /// The credit stood in brackets: `(AFP)`.
    pub bracketed: bool,
}

/// How far from the end of a block a glued credit may start.
const TAIL: usize = 160;

/// `…Iraq.(Reuters / File)`, `… Photograph: Jane Doe/The Guardian`, `…Monday.Reuters`.
pub fn glued_credit(block: &str) -> Option<Split<'_>> {
    bracketed_tail(block)
        .or_else(|| label_tail(block))
        .or_else(|| agency_tail(block))
}

/// `…Iraq.(Reuters / File)`, `… [Jane Doe/Reuters]`, `… Juan Pérez (EFE)`.
fn bracketed_tail(block: &str) -> Option<Split<'_>> {
    let trimmed = block.trim_end().trim_end_matches('.');
    let (body, open) = if let Some(body) = trimmed.strip_suffix(')') {
        (body, body.rfind('(')?)
    } else if let Some(body) = trimmed.strip_suffix(']') {
        (body, body.rfind('[')?)
    } else {
        return None;
    };
    let inner = body[open + 1..].trim();
    let text = block[..open].trim_end();
    if !(2..=100).contains(&inner.len()) || text.is_empty() || inner.split_whitespace().count() > 10
    {
        return None;
    }
    let (credit, level) = match line(inner) {
        Some(l) if l.syntax != &NAME_SLASH => (clean_credit(l.credit), bracket_level(l.level)),
        // "… on April 1. (Mainichi/Kenji Sato)": two names over a slash in brackets, after a
        // sentence's stop, read as a credit only as a wire's name does (`Level::Bare`).
        Some(l) if text.ends_with(['.', '!', '?']) => (l.credit, Level::Bare),
        _ if compiled().credit_word.is_match(inner) => (clean_credit(inner), Level::Labelled),
        _ => return None,
    };
    // "… en Madrid. Juan Pérez (EFE)": the photographer stands before the agency.
    if level == Level::Bare || agency_only(inner) {
        let head = text.trim_end();
        if let Some(stop) = last_stop(head)
            && let name = head[stop..].trim()
            && is_name(name)
        {
            let start = block.len() - block[stop..].trim_start().len();
            return Some(Split {
                text: block[..stop].trim_end(),
                credit: block[start..].trim_end().trim_end_matches('.'),
                level: Level::Photo,
                loose: false,
                bracketed: true,
            });
        }
    }
    Some(Split {
        text,
        credit,
        level,
        loose: false,
        bracketed: true,
    })
}

/// Whether the credit names agencies and nothing else.
fn agency_only(credit: &str) -> bool {
    let c = compiled();
    segments(credit)
        .iter()
        .all(|s| c.agencies.contains_key(s.text))
}

/// Where the last sentence of `text` ends, if it is not at the very end: just after its stop.
fn last_stop(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    (1..b.len())
        .rev()
        .find(|&i| matches!(b[i - 1], b'.' | b'!' | b'?') && b[i] == b' ')
}

/// `… Photograph: Jane Doe/The Guardian`, `… | Photo Credit: PTI`, `… Foto: X / dpa`.
fn label_tail(block: &str) -> Option<Split<'_>> {
    let c = compiled();
    // Only the tail can hold a glued label credit; don't scan whole paragraphs for one.
    let mut from = block.len().saturating_sub(TAIL);
    while !block.is_char_boundary(from) {
        from -= 1;
    }
    let tail = &block[from..];
    // Every label is followed by a colon, dots or an ellipsis, or is the copyright sign.
    // (Byte searches: '…', '：' and '©' start with 0xE2, 0xEF and 0xC2, and an ASCII tail
    // has none of them.)
    let t = tail.as_bytes();
    if memchr::memchr(b':', t).is_none()
        && {
            // Built once: building a searcher costs more than its search through a tail.
            static DOTS: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
                std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b".."));
            DOTS.find(t).is_none()
        }
        && (memchr::memchr3(0xE2, 0xEF, 0xC2, t).is_none() || !tail.contains(['…', '：', '©']))
    {
        return None;
    }
    if !c.label_words.is_match(tail) {
        return None;
    }
    if let Some(m) = c.label_tail.captures(tail)
        && let Some(whole) = m.get(0)
        && let Some(credit) = m.get(2)
    {
        // "ST PHOTO: KUA CHEE SIONG": the desk before the label names the outlet, and stays.
        let credit = match m.get(1) {
            Some(desk) => tail[desk.start()..].trim(),
            None => clean_credit(credit.as_str().trim()),
        };
        if credit.split_whitespace().count() <= CREDIT_WORDS_MAX {
            // The sentence-ending mark that preceded the label stays with the caption text.
            let at = from + whole.start();
            let first = block[at..].chars().next()?;
            let mark_end = if first.is_whitespace() {
                at
            } else {
                at + first.len_utf8()
            };
            let text = block[..mark_end].trim();
            if !text.is_empty() {
                return Some(Split {
                    text,
                    credit,
                    level: Level::Labelled,
                    loose: false,
                    bracketed: false,
                });
            }
        }
    }
    // "…killed and ate a rabbitCredit: Getty": a capitalised label glued to a lower-case word,
    // which prose never does.
    if let Some(m) = c.label_tail_glued.captures(tail)
        && let (Some(label), Some(credit)) = (m.get(1), m.get(2))
        && label.as_str().starts_with(char::is_uppercase)
    {
        let credit = clean_credit(credit.as_str().trim());
        let text = block[..from + label.start()].trim();
        if !credit.is_empty()
            && credit.split_whitespace().count() <= CREDIT_WORDS_MAX
            && word_count(text) >= 2
        {
            return Some(Split {
                text,
                credit,
                level: Level::Labelled,
                loose: false,
                bracketed: false,
            });
        }
    }
    // "Demonstranten in Berlin Foto: Christoph Soeder / dpa": no stop before the label, but
    // what follows it is a credit by its own syntax.
    let m = c.label_tail_unmarked.captures(tail)?;
    let credit = m.get(1)?.as_str().trim();
    let l = line(credit)?;
    if l.level < Level::Named {
        return None;
    }
    let text = block[..from + m.get(0)?.start()].trim();
    (word_count(text) >= 2).then_some(Split {
        text,
        credit: l.credit,
        level: Level::Labelled,
        loose: false,
        bracketed: false,
    })
}

/// `…in Kyiv on Monday.Reuters`, `… on Monday. JANE DOE/AFP`, `… | Jane Doe/AP Photo`: after
/// the caption's last stop, a credit by its own syntax.
fn agency_tail(block: &str) -> Option<Split<'_>> {
    // A credit ends in a name, never a stop: most paragraphs are ruled out here.
    if block.ends_with(['.', '!', '?', '"', '”', '’', ':', ';', ',', ')', ']']) {
        return None;
    }
    let mut from = block.len().saturating_sub(TAIL);
    while !block.is_char_boundary(from) {
        from -= 1;
    }
    let b = block.as_bytes();
    // The earliest stop whose rest reads as a credit: "… Monday. J. Scott Applewhite/AP"
    // keeps the initial with the name.
    for i in from..b.len() {
        if !matches!(b[i], b'.' | b'!' | b'?') || i < 2 {
            continue;
        }
        // "U.S.": a stop after a single capital is an initial, not a sentence's end.
        if b[i - 1].is_ascii_uppercase() && !b[i - 2].is_ascii_alphanumeric() {
            continue;
        }
        let mut end = i + 1;
        while end < b.len() && matches!(b[end], b'"' | b'\'' | b')') {
            end += 1;
        }
        if !block.is_char_boundary(end) {
            continue;
        }
        let rest = block[end..].trim_start();
        let barred = rest.starts_with('|');
        let rest = rest.strip_prefix('|').map_or(rest, str::trim_start);
        // "… in Karachi on Sunday. — AFP/File": a dash, as a story's sign-off has too.
        let dashed = rest.starts_with(['—', '–', '-']);
        let rest = rest.trim_start_matches(['—', '–', '-']).trim_start();
        if rest.is_empty() || rest.split(' ').count() > 10 {
            continue;
        }
        // After a bar, a credit in any syntax: "… | COURTESY OF THE CITY"; without one, by
        // its names or after a label that says what it is: "… Photo by Jane Doe/AFP".
        let by_label = compiled().label_by.is_match(rest)
            || super::lines::desk_before_label_by(rest).is_some()
            || super::lines::after_bare_label(rest).is_some();
        let Some(l) = (if barred || by_label {
            line(rest)
        } else {
            unlabelled(rest)
        }) else {
            continue;
        };
        let text = block[..end].trim();
        if word_count(text) < 2 {
            return None;
        }
        return Some(Split {
            text,
            credit: l.credit,
            level: l.level,
            // "… on Monday. | KYODO": a bar is no sign-off's.
            loose: (dashed || (end < b.len() && b[end] == b' ')) && !barred,
            bracketed: false,
        });
    }
    None
}

/// The most words of a caption with a wire's name in brackets after it (`… (Yonhap)`) that
/// [`is_photo_credit`] takes for a photo's.
const BRACKETED_WIRE_CAPTION_WORDS: usize = 40;

/// A block that only a photo has: a credit line that names a photographer, a picture desk or
/// a label (not a wire's name alone), a caption with such a credit glued on, or a credit or
/// caption label's own line (`Image copyright`, `Image caption`).
pub fn is_photo_credit(block: &str) -> bool {
    is_photo_line(block)
        || caption_label(block).is_some()
        || glued_credit(block).is_some_and(|s| {
            // "…Multan.Reuters", "… | KYODO": a wire's name glued on as no sign-off is;
            // "… on April 8, 2025. (Yonhap)": a wire in brackets after a caption-sized
            // sentence, as wire photos are credited (a story's paragraph runs longer).
            s.level >= Level::Photo
                || (s.level == Level::Bare && !s.loose && !s.bracketed)
                || (s.level == Level::Bare
                    && s.bracketed
                    && s.text.ends_with(['.', '!', '?'])
                    && word_count(s.text) <= BRACKETED_WIRE_CAPTION_WORDS)
        })
}

/// In a caption the markup already vouches for, a bracketed `(Name/Outlet)` tail is a credit
/// even without a credit word: `… on Monday. (Colin MacIsaac/The Harbour Courier)`.
pub fn bracketed_name_credit(block: &str) -> Option<Split<'_>> {
    let trimmed = block.trim_end().trim_end_matches('.');
    let body = trimmed.strip_suffix(')')?;
    let open = body.rfind('(')?;
    let credit = body[open + 1..].trim();
    let text = block[..open].trim_end();
    (credit.contains('/') && credit.split_whitespace().count() <= 8 && !text.is_empty()).then_some(
        Split {
            text,
            credit,
            level: Level::Labelled,
            loose: false,
            bracketed: true,
        },
    )
}

fn word_count(text: &str) -> usize {
    crate::tidy::word_count(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn label_glued_to_the_captions_last_word() {
        for (block, text, credit) in [
            (
                "Rescuers at the flooded station on the edge of the townCredit: Jane Doe",
                "Rescuers at the flooded station on the edge of the town",
                "Jane Doe",
            ),
            (
                "The mayor at the opening of the new libraryPhoto: EPA",
                "The mayor at the opening of the new library",
                "EPA",
            ),
            (
                "Demonstranten vor dem Rathaus am MontagFoto: dpa",
                "Demonstranten vor dem Rathaus am Montag",
                "dpa",
            ),
        ] {
            let s = glued_credit(block).unwrap_or_else(|| panic!("{block}"));
            assert_eq!((s.text, s.credit, s.level), (text, credit, Level::Labelled));
            assert!(is_photo_credit(block));
        }
        // A lower-case label word glued on is a word of the sentence, not a label.
        assert!(glued_credit("He said the money was a bank's credit: nothing more").is_none());
        assert!(glued_credit("They left the photo: a blur").is_none());
    }

    #[test]
    fn bracketed_credits() {
        let s = glued_credit(
            "Military vehicles of U.S. soldiers are seen at the al-Asad air base in Anbar province, Iraq.(Reuters / File)",
        )
        .unwrap();
        assert_eq!(s.credit, "Reuters / File");
        assert!(s.text.ends_with("Anbar province, Iraq."));
        for (block, credit) in [
            ("Protesters march in Delhi. (PTI Photo)", "PTI Photo"),
            ("Fans at the stadium. (HT Photo)", "HT Photo"),
            (
                "The mayor speaks. (AP Photo/Jane Doe, File)",
                "AP Photo/Jane Doe, File",
            ),
            (
                "Smoke rises over the city. (Photo by Jane Doe/AFP via Getty Images)",
                "Jane Doe/AFP via Getty Images",
            ),
            (
                "Rescuers search the rubble in Khan Younis [Mohammed Salem/Reuters]",
                "Mohammed Salem/Reuters",
            ),
            (
                "A nurse checks a patient in Toronto. (Jane Doe/CBC)",
                "Jane Doe/CBC",
            ),
            (
                "Volunteers fill sandbags in Lismore.(ABC News: Jane Doe)",
                "ABC News: Jane Doe",
            ),
            (
                "Pedro Sánchez, este lunes en Madrid. Juan Carlos Hidalgo (EFE)",
                "Juan Carlos Hidalgo (EFE)",
            ),
        ] {
            assert_eq!(glued_credit(block).unwrap().credit, credit, "{block}");
        }
        // The photographer before the agency leaves the caption's text.
        assert_eq!(
            glued_credit("Pedro Sánchez, este lunes en Madrid. Juan Carlos Hidalgo (EFE)")
                .unwrap()
                .text,
            "Pedro Sánchez, este lunes en Madrid."
        );
    }

    #[test]
    fn a_wire_in_brackets_is_only_a_wire() {
        let s = glued_credit("Talks will resume next week, officials said. (Reuters)").unwrap();
        assert_eq!(s.level, Level::Bare);
        assert_eq!(
            glued_credit("Crowds gather in Kyiv. (Photo: Reuters)")
                .unwrap()
                .level,
            Level::Labelled
        );
    }

    #[test]
    fn glued_labels_in_other_forms() {
        for (block, text, credit) in [
            (
                "Army trucks carry food near Dera Ghazi Khan.Photo: Reuters",
                "Army trucks carry food near Dera Ghazi Khan.",
                "Reuters",
            ),
            (
                "Students return to class in Chennai on Monday. | Photo Credit: B. Jothi Ramalingam",
                "Students return to class in Chennai on Monday.",
                "B. Jothi Ramalingam",
            ),
            (
                "Demonstranten vor dem Kanzleramt in Berlin Foto: Christoph Soeder / dpa",
                "Demonstranten vor dem Kanzleramt in Berlin",
                "Christoph Soeder / dpa",
            ),
            (
                "Des manifestants à Paris, le 5 mai. © Ludovic Marin, AFP",
                "Des manifestants à Paris, le 5 mai.",
                "Ludovic Marin, AFP",
            ),
            (
                "Un policier à Lyon, le 3 mars. Photo : Jean Dupont / AFP",
                "Un policier à Lyon, le 3 mars.",
                "Jean Dupont / AFP",
            ),
        ] {
            let s = glued_credit(block).unwrap_or_else(|| panic!("{block}"));
            assert_eq!((s.text, s.credit), (text, credit), "{block}");
        }
        // A word that merely looks like a label, inside a sentence, is no label.
        assert!(glued_credit("The minister said the photo: it was fake, she said").is_none());
    }

    #[test]
    fn glued_agency_after_the_last_stop() {
        for (block, text, credit, lvl) in [
            (
                "A boy swims in a flooded field near Multan.Reuters",
                "A boy swims in a flooded field near Multan.",
                "Reuters",
                Level::Bare,
            ),
            (
                "Des manifestants à Paris, le 5 décembre. THOMAS SAMSON / AFP",
                "Des manifestants à Paris, le 5 décembre.",
                "THOMAS SAMSON / AFP",
                Level::Photo,
            ),
            (
                "The president speaks at the White House. | Jane Doe/AP Photo",
                "The president speaks at the White House.",
                "Jane Doe/AP Photo",
                Level::Photo,
            ),
            (
                "Senators leave the chamber on Monday. J. Scott Applewhite/AP",
                "Senators leave the chamber on Monday.",
                "J. Scott Applewhite/AP",
                Level::Photo,
            ),
            (
                "Smoke over Gaza on Monday. AFP via Getty Images",
                "Smoke over Gaza on Monday.",
                "AFP via Getty Images",
                Level::Photo,
            ),
            (
                "Solar panels on new houses in Nerima Ward on Monday. | KYODO",
                "Solar panels on new houses in Nerima Ward on Monday.",
                "KYODO",
                Level::Bare,
            ),
            (
                "A model of the new ward. | COURTESY OF TOKYO METROPOLITAN GOVERNMENT",
                "A model of the new ward.",
                "COURTESY OF TOKYO METROPOLITAN GOVERNMENT",
                Level::Labelled,
            ),
            (
                "Farmers pump water into a field in Ben Tre on March 5.VnExpress/Hoang Nam",
                "Farmers pump water into a field in Ben Tre on March 5.",
                "VnExpress/Hoang Nam",
                Level::Bare,
            ),
            (
                "A woman carries jerrycans in Tien Giang. Photo by VnExpress/Hoang Nam",
                "A woman carries jerrycans in Tien Giang.",
                "VnExpress/Hoang Nam",
                Level::Labelled,
            ),
            (
                "Protesters gather in Karachi on Sunday. — AFP/File",
                "Protesters gather in Karachi on Sunday.",
                "AFP/File",
                Level::Photo,
            ),
        ] {
            let s = glued_credit(block).unwrap_or_else(|| panic!("{block}"));
            assert_eq!((s.text, s.credit, s.level), (text, credit, lvl), "{block}");
        }
        // A paragraph that names an agency in its last sentence has no credit.
        for block in [
            "Aid groups said they were short of tents, Reuters reported.",
            "The figures were first reported by Reuters",
            "The data came from the U.S. Geological Survey",
            "He moved to Washington, D.C.",
        ] {
            assert!(glued_credit(block).is_none(), "{block}");
        }
    }

    #[test]
    fn asides_in_brackets_are_not_credits() {
        assert!(glued_credit("The group (known as IS) took the town.").is_none());
        assert!(glued_credit("He was killed in action (KIA).").is_none());
        assert!(glued_credit("She won the seat for the party (Labour/Co-op).").is_none());
    }
}
