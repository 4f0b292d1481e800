//! Names in the article, to resolve a speaker to the fullest form the article gives:
//! "Ryder said" → "Pat Ryder" (introduced as "Brigadier General Pat Ryder"); "he said" → the
//! person named last before the quotation; "the statement added" / "the group said" → the
//! organisation named last. Names inside quotations are not mentions: a speaker who names
//! someone is not that someone.

use super::attribute::{SpeakerRef, name_or_org};
use rustc_hash::{FxHashMap, FxHashSet};

/// A place in the article: paragraph, then byte offset.
pub type Pos = (usize, usize);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Person,
    Org,
}

#[derive(Debug, Clone)]
struct Mention {
    pos: Pos,
    kind: Kind,
    name: String,
}

/// Every person and organisation the article names, in reading order.
pub struct Mentions {
    /// People, then organisations, each in reading order (binary-searchable by position).
    people_at: Vec<Mention>,
    orgs_at: Vec<Mention>,
    /// Distinct full names (two words or more) of people, in order of first mention.
    people: Vec<Vec<String>>,
    /// Indexes into `people` by a name's last word and by its first word.
    by_last: FxHashMap<String, Vec<usize>>,
    by_first: FxHashMap<String, Vec<usize>>,
}

/// Calls `f` with each capitalised run of a paragraph and its byte offset, skipping `quoted`
/// byte ranges. One buffer serves every run: a long article has thousands of them, most a
/// single sentence-opening word.
fn for_each_run<'a>(p: &'a str, quoted: &[(usize, usize)], mut f: impl FnMut(usize, &[&'a str])) {
    let mut run: Vec<&str> = Vec::with_capacity(8);
    let mut run_start = 0;
    let mut flush = |run: &mut Vec<&'a str>, start: usize| {
        if !run.is_empty() {
            f(start, run);
            run.clear();
        }
    };
    let mut prev = "";
    let mut place = false;
    let mut in_run = false;
    for (at, raw) in crate::tidy::spaced_words(p) {
        // Most words are lower case and end no run: nothing to do but remember them.
        if run.is_empty() && !in_run && raw.as_bytes()[0].is_ascii_lowercase() {
            prev = raw;
            continue;
        }
        let inside = quoted[..quoted.partition_point(|&(s, _)| s <= at)]
            .last()
            .is_some_and(|&(_, e)| at < e);
        if inside {
            flush(&mut run, run_start);
            continue;
        }
        let bracketed =
            raw.starts_with('(') && raw.trim_end_matches([',', '.', ';']).ends_with(')');
        let word = raw.trim_matches(|c: char| !(c.is_alphanumeric() || c == '-'));
        let word = word
            .strip_suffix("'s")
            .or(word.strip_suffix("’s"))
            .unwrap_or(word);
        let cap = word.chars().next().is_some_and(char::is_uppercase);
        let particle = matches!(
            word,
            "de" | "da" | "del" | "van" | "von" | "al" | "bin" | "la" | "le" | "di" | "du" | "dos"
        );
        if bracketed {
            // "(NRW)" belongs to the run before it but is not a word of the name.
        } else if cap || (particle && !run.is_empty()) {
            if !in_run {
                // "a hospital in Great Bend": a run after a preposition of place is a place.
                place = matches!(
                    prev,
                    "in" | "at"
                        | "near"
                        | "into"
                        | "outside"
                        | "across"
                        | "around"
                        | "toward"
                        | "towards"
                );
            }
            in_run = true;
            if !place {
                if run.is_empty() {
                    run_start = at;
                }
                run.push(word);
            }
        } else {
            in_run = false;
            flush(&mut run, run_start);
        }
        prev = word;
        let end = raw.trim_end_matches(['"', '”', '’', '\'', ')']);
        if end.ends_with([',', ';', ':', '!', '?', '“', '"', '—'])
            || (end.ends_with('.') && word.chars().count() > 3)
        {
            in_run = false;
            flush(&mut run, run_start);
        }
    }
    flush(&mut run, run_start);
}

impl Mentions {
    /// `quoted[i]`: byte ranges of quotations in paragraph `i`.
    pub fn collect(paragraphs: &[String], quoted: &[Vec<(usize, usize)>]) -> Self {
        let mut list = Vec::new();
        let mut singles = Vec::new();
        for (pi, p) in paragraphs.iter().enumerate() {
            let q = quoted.get(pi).map_or(&[][..], Vec::as_slice);
            for_each_run(p, q, |off, run| match name_or_org(run) {
                SpeakerRef::Name(n) if n.contains(' ') => list.push(Mention {
                    pos: (pi, off),
                    kind: Kind::Person,
                    name: n,
                }),
                SpeakerRef::Name(n) => singles.push(((pi, off), n)),
                SpeakerRef::Org(o) if run.len() >= 2 || o.chars().all(char::is_uppercase) => list
                    .push(Mention {
                        pos: (pi, off),
                        kind: Kind::Org,
                        name: o,
                    }),
                _ => {}
            });
        }
        let mut m = Mentions {
            people_at: Vec::new(),
            orgs_at: Vec::new(),
            people: Vec::new(),
            by_last: FxHashMap::default(),
            by_first: FxHashMap::default(),
        };
        let mut seen: FxHashSet<String> = FxHashSet::default();
        for mention in list.iter().filter(|m| m.kind == Kind::Person) {
            if seen.insert(mention.name.clone()) {
                let parts: Vec<String> = mention.name.split(' ').map(str::to_string).collect();
                let i = m.people.len();
                m.by_last
                    .entry(parts[parts.len() - 1].clone())
                    .or_default()
                    .push(i);
                m.by_first.entry(parts[0].clone()).or_default().push(i);
                m.people.push(parts);
            }
        }
        // A lone surname ("Awasthi said …") is a mention of the person it names.
        for (pos, single) in singles {
            if let Some(full) = m.fullest(&single) {
                list.push(Mention {
                    pos,
                    kind: Kind::Person,
                    name: full,
                });
            }
        }
        list.sort_by_key(|m| m.pos);
        let (people_at, orgs_at): (Vec<Mention>, Vec<Mention>) =
            list.into_iter().partition(|m| m.kind == Kind::Person);
        m.people_at = people_at;
        m.orgs_at = orgs_at;
        m
    }

    /// The longest person's name that ends with `short` (or, for one word, starts with it).
    pub fn fullest(&self, short: &str) -> Option<String> {
        let parts: Vec<&str> = short.split(' ').collect();
        let by_last = self
            .by_last
            .get(*parts.last()?)
            .into_iter()
            .flatten()
            .map(|&i| &self.people[i])
            .filter(|n| {
                n.len() > parts.len()
                    && n[n.len() - parts.len()..]
                        .iter()
                        .zip(&parts)
                        .all(|(a, b)| a == b)
            })
            .fold(None, |best: Option<&Vec<String>>, n| match best {
                Some(b) if b.len() >= n.len() => Some(b),
                _ => Some(n),
            });
        if let Some(n) = by_last {
            return Some(n.join(" "));
        }
        if let [one] = parts.as_slice() {
            // A first-name reference: "Doreen said" after "Doreen Hale".
            let by_first = self
                .by_first
                .get(*one)
                .into_iter()
                .flatten()
                .map(|&i| &self.people[i])
                .fold(None, |best: Option<&Vec<String>>, n| match best {
                    Some(b) if b.len() >= n.len() => Some(b),
                    _ => Some(n),
                });
            if let Some(n) = by_first {
                return Some(n.join(" "));
            }
        }
        None
    }

    fn last_before(&self, pos: Pos, kind: Kind) -> Option<&Mention> {
        let list = match kind {
            Kind::Person => &self.people_at,
            Kind::Org => &self.orgs_at,
        };
        let n = list.partition_point(|m| m.pos < pos);
        n.checked_sub(1).map(|i| &list[i])
    }
}

/// Turns speaker references into names.
pub struct Resolver<'a> {
    paragraphs: &'a [String],
    quoted: &'a [Vec<(usize, usize)>],
    mentions: std::cell::OnceCell<Mentions>,
    /// Organisations that spoke without being named in capitals ("the US military").
    spoken_orgs: Vec<(Pos, String)>,
}

impl<'a> Resolver<'a> {
    pub fn new(paragraphs: &'a [String], quoted: &'a [Vec<(usize, usize)>]) -> Self {
        Resolver {
            paragraphs,
            quoted,
            mentions: std::cell::OnceCell::new(),
            spoken_orgs: Vec::new(),
        }
    }

    fn mentions(&self) -> &Mentions {
        self.mentions
            .get_or_init(|| Mentions::collect(self.paragraphs, self.quoted))
    }

    /// `pos` is where the quotation opens.
    pub fn resolve(&mut self, r: SpeakerRef, pos: Pos) -> Option<String> {
        match r {
            SpeakerRef::Name(n) => Some(self.mentions().fullest(&n).unwrap_or(n)),
            SpeakerRef::Org(o) => {
                self.spoken_orgs.push((pos, o.clone()));
                Some(o)
            }
            SpeakerRef::Pronoun => self
                .mentions()
                .last_before(pos, Kind::Person)
                .map(|m| m.name.clone()),
            SpeakerRef::Statement => {
                let named = self.mentions().last_before(pos, Kind::Org);
                let spoken = self.spoken_orgs.iter().rev().find(|(p, _)| *p < pos);
                match (named, spoken) {
                    (Some(m), Some((p, o))) => Some(if *p > m.pos {
                        o.clone()
                    } else {
                        m.name.clone()
                    }),
                    (Some(m), None) => Some(m.name.clone()),
                    (None, Some((_, o))) => Some(o.clone()),
                    (None, None) => None,
                }
            }
            SpeakerRef::Anonymous | SpeakerRef::Unknown => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paras(ps: &[&str]) -> Vec<String> {
        ps.iter().map(|s| s.to_string()).collect()
    }

    fn mentions(ps: &[&str]) -> Mentions {
        Mentions::collect(&paras(ps), &[])
    }

    #[test]
    fn surname_resolves_to_fullest_name_without_titles() {
        let m = mentions(&[
            "Pentagon spokesman Brigadier General Pat Ryder said it.",
            "Deputy Pentagon Press Secretary Sabrina Singh told reporters.",
        ]);
        assert_eq!(m.fullest("Ryder").as_deref(), Some("Pat Ryder"));
        assert_eq!(m.fullest("Singh").as_deref(), Some("Sabrina Singh"));
        assert_eq!(m.fullest("Nobody"), None);
    }

    #[test]
    fn pronouns_follow_the_person_named_last() {
        let ps = paras(&[
            "Mayor Ana Ruiz opened the shelter.",
            "Judge Robert Ellison disagreed. Ruiz said it was needed.",
        ]);
        let mut r = Resolver::new(&ps, &[]);
        assert_eq!(r.resolve(SpeakerRef::Pronoun, (0, 0)), None);
        assert_eq!(
            r.resolve(SpeakerRef::Pronoun, (1, 0)).as_deref(),
            Some("Ana Ruiz")
        );
        assert_eq!(
            r.resolve(SpeakerRef::Pronoun, (2, 0)).as_deref(),
            Some("Ana Ruiz")
        );
    }

    #[test]
    fn places_are_not_people() {
        let ps = paras(&["Kelsey Ortmann drove to a hospital in Great Bend on Monday."]);
        let mut r = Resolver::new(&ps, &[]);
        assert_eq!(
            r.resolve(SpeakerRef::Pronoun, (1, 0)).as_deref(),
            Some("Kelsey Ortmann")
        );
    }

    #[test]
    fn statements_follow_the_organisation_named_last() {
        let ps = paras(&["The Kansas Medical Society opposes the bill."]);
        let mut r = Resolver::new(&ps, &[]);
        assert_eq!(
            r.resolve(SpeakerRef::Statement, (1, 0)).as_deref(),
            Some("Kansas Medical Society")
        );
        r.resolve(SpeakerRef::Org("US military".into()), (2, 0));
        assert_eq!(
            r.resolve(SpeakerRef::Statement, (3, 0)).as_deref(),
            Some("US military")
        );
    }
}
