//! Names in the article, to resolve a speaker to the fullest form the article gives:
//! "Ryder said" → "Pat Ryder" (introduced as "Brigadier General Pat Ryder"), "he said" → the
//! last named speaker, "the statement added" → the last organisation that spoke.

use super::attribute::{SpeakerRef, name_or_org};

/// Every run of capitalised words in the article, titles stripped: the names it mentions.
pub struct Mentions {
    names: Vec<Vec<String>>,
}

impl Mentions {
    pub fn collect(paragraphs: &[String]) -> Self {
        let mut names = Vec::new();
        for p in paragraphs {
            let mut run: Vec<&str> = Vec::new();
            let mut flush = |run: &mut Vec<&str>| {
                if run.len() >= 2
                    && let SpeakerRef::Name(n) = name_or_org(run)
                {
                    let parts: Vec<String> = n.split(' ').map(str::to_string).collect();
                    if parts.len() >= 2 {
                        names.push(parts);
                    }
                }
                run.clear();
            };
            for raw in p.split_whitespace() {
                let word =
                    raw.trim_matches(|c: char| !(c.is_alphanumeric() || c == '-' || c == '.'));
                let word = word.trim_end_matches('.');
                let word = word
                    .strip_suffix("'s")
                    .or(word.strip_suffix("’s"))
                    .unwrap_or(word);
                let cap = word.chars().next().is_some_and(char::is_uppercase);
                let particle = matches!(
                    word,
                    "de" | "da"
                        | "del"
                        | "van"
                        | "von"
                        | "al"
                        | "bin"
                        | "la"
                        | "le"
                        | "di"
                        | "du"
                        | "dos"
                );
                if cap || (particle && !run.is_empty()) {
                    run.push(word);
                } else {
                    flush(&mut run);
                }
                let ends = raw.trim_end_matches(['"', '”', '’', '\'', ')']);
                if ends.ends_with([',', ';', ':', '!', '?', '“', '"'])
                    || (ends.ends_with('.') && word.chars().count() > 3)
                {
                    flush(&mut run);
                }
            }
            flush(&mut run);
        }
        Mentions { names }
    }

    /// The longest mention whose last (or first) word is `short`'s last (or first) word.
    fn fullest(&self, short: &str) -> Option<String> {
        let parts: Vec<&str> = short.split(' ').collect();
        let last = *parts.last()?;
        let by_last = self
            .names
            .iter()
            .filter(|n| n.ends_with(&parts.iter().map(|s| s.to_string()).collect::<Vec<_>>()))
            .max_by_key(|n| n.len());
        if let Some(n) = by_last
            && n.len() > parts.len()
        {
            return Some(n.join(" "));
        }
        if parts.len() == 1 {
            // A first-name reference: "Doreen said" after "Doreen Hale".
            let by_first = self
                .names
                .iter()
                .filter(|n| n[0] == last)
                .max_by_key(|n| n.len());
            if let Some(n) = by_first {
                return Some(n.join(" "));
            }
        }
        None
    }
}

/// Turns speaker references into names, remembering who spoke last.
pub struct Resolver<'a> {
    mentions: &'a Mentions,
    last_person: Option<String>,
    last_org: Option<String>,
}

impl<'a> Resolver<'a> {
    pub fn new(mentions: &'a Mentions) -> Self {
        Resolver {
            mentions,
            last_person: None,
            last_org: None,
        }
    }

    pub fn resolve(&mut self, r: SpeakerRef) -> Option<String> {
        match r {
            SpeakerRef::Name(n) => {
                let full = self.mentions.fullest(&n).unwrap_or(n);
                self.last_person = Some(full.clone());
                Some(full)
            }
            SpeakerRef::Org(o) => {
                self.last_org = Some(o.clone());
                Some(o)
            }
            SpeakerRef::Pronoun => self.last_person.clone(),
            SpeakerRef::Statement => self.last_org.clone(),
            SpeakerRef::Anonymous | SpeakerRef::Unknown => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surname_resolves_to_fullest_name_without_titles() {
        let m = Mentions::collect(&[
            "Pentagon spokesman Brigadier General Pat Ryder said it.".to_string(),
            "Deputy Pentagon Press Secretary Sabrina Singh told reporters.".to_string(),
        ]);
        assert_eq!(m.fullest("Ryder").as_deref(), Some("Pat Ryder"));
        assert_eq!(m.fullest("Singh").as_deref(), Some("Sabrina Singh"));
        assert_eq!(m.fullest("Nobody"), None);
    }

    #[test]
    fn pronouns_and_statements_follow_the_last_speaker() {
        let m = Mentions::collect(&[]);
        let mut r = Resolver::new(&m);
        assert_eq!(r.resolve(SpeakerRef::Pronoun), None);
        r.resolve(SpeakerRef::Name("Ana Ruiz".into()));
        r.resolve(SpeakerRef::Org("US military".into()));
        assert_eq!(r.resolve(SpeakerRef::Pronoun).as_deref(), Some("Ana Ruiz"));
        assert_eq!(
            r.resolve(SpeakerRef::Statement).as_deref(),
            Some("US military")
        );
    }
}
