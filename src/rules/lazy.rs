//! Cheap and late regex building, for start-up time.
//!
//! Compiling a regex (its NFA, above all for Unicode classes under a counted repetition) costs
//! far more than cleaning a short article, so a process that cleans one file paid mostly for
//! compiling rule tables it never used. Two tools keep that cost to what an input needs:
//!
//! - [`Gate`]: literals every match of a pattern must show, read off the pattern itself. A row
//!   whose gate a text fails cannot match it, so its regex is neither built nor run.
//! - [`Matcher`]: a regex that only answers whether it matches. It builds one forward NFA,
//!   searched by a lazy DFA, where `regex::Regex` also builds a reverse NFA, a one-pass DFA
//!   and a backtracker that an `is_match` never needs.

use regex_automata::hybrid;
use regex_automata::nfa::thompson::{self, WhichCaptures, pikevm};
use regex_automata::util::pool::Pool;
use regex_syntax::hir::literal::{ExtractKind, Extractor};
use regex_syntax::hir::{Class, Hir, HirKind, Look};
use std::panic::{RefUnwindSafe, UnwindSafe};
use std::sync::OnceLock;

/// What every match of a pattern must show. Derived, so it can only be weaker than the
/// pattern: a text the gate turns away is one the pattern could not match.
#[derive(Debug, Default)]
pub(crate) struct Gate {
    /// Every match starts at the text's start with one of these.
    starts: Option<Vec<Box<[u8]>>>,
    /// Every match starts at the text's start with one of these bytes (when `starts` is not
    /// known): read from the pattern's first characters, any non-ASCII byte allowed.
    first: Option<Vec<u8>>,
    /// Every match contains one literal of each set.
    contains: Vec<Vec<Box<[u8]>>>,
    /// A searcher for each of `contains`, built when a text first passes the byte checks
    /// (building one costs more than searching a paragraph with it; many gates never search).
    finders: OnceLock<Vec<Vec<memchr::memmem::Finder<'static>>>>,
    /// Bytes every match holds (those common to all literals of a set, over the sets): one
    /// look-up turns most texts away before any literal is searched for.
    required: ByteSet,
}

/// At most this many "contains" sets are checked per pattern: the rest add little.
const MAX_CONTAINS_SETS: usize = 2;

impl Gate {
    /// The gate of a pattern: the literals and bytes every match of it holds.
    pub(crate) fn new(pattern: &str) -> Gate {
        // Parsed without Unicode where it can be: several times cheaper than the engines'
        // Unicode parse, which builds every `\w`, `\d` and `.` as a table of code point ranges.
        // That is sound because no class of more than `MAX_CLASS` characters is read (so `\d`,
        // `\w`, `\s` and negated classes, which differ between the two modes, are never read)
        // and case-insensitive patterns, whose small classes differ too (`(?i)k` also matches
        // the Kelvin sign), take the Unicode parse. Literals are the same UTF-8 bytes in both
        // modes. A class with a non-ASCII member is an error without Unicode: Unicode parse.
        let ascii = (!case_insensitive(pattern))
            .then(|| {
                regex_syntax::ParserBuilder::new()
                    .unicode(false)
                    .utf8(false)
                    .build()
                    .parse(pattern)
                    .ok()
            })
            .flatten();
        let Some(hir) = ascii.or_else(|| regex_syntax::parse(pattern).ok()) else {
            return Gate::default();
        };
        let mut gate = Gate::default();
        if hir.properties().look_set_prefix().contains(Look::Start) {
            gate.starts = literals(&hir);
            if gate.starts.is_none() {
                gate.first = first_bytes(&hir).and_then(|(set, empty)| {
                    (!empty).then(|| (0..=255).filter(|&b| set[b as usize]).collect())
                });
            }
        }
        let mut sets = necessary(&hir);
        sets.sort();
        sets.dedup();
        // The sets whose shortest literal is longest turn most texts away.
        sets.sort_by_key(|s| std::cmp::Reverse(s.iter().map(|l| l.len()).min()));
        sets.truncate(MAX_CONTAINS_SETS);
        gate.contains = sets;
        for set in gate.starts.iter().chain(&gate.contains) {
            let mut common = ByteSet([u64::MAX; 4]);
            for l in set {
                let of = ByteSet::of_bytes(l);
                for (c, o) in common.0.iter_mut().zip(of.0) {
                    *c &= o;
                }
            }
            for (r, c) in gate.required.0.iter_mut().zip(common.0) {
                *r |= c;
            }
        }
        gate
    }

    /// The bytes a text the gate admits can start with, if only some can; each once, in order.
    pub(crate) fn first_bytes(&self) -> Option<Vec<u8>> {
        if let Some(first) = &self.first {
            return Some(first.clone());
        }
        let mut bytes: Vec<u8> = self.starts.as_ref()?.iter().map(|l| l[0]).collect();
        bytes.sort_unstable();
        bytes.dedup();
        Some(bytes)
    }

    /// Whether a text may match; `false` means it cannot. `present` is [`ByteSet::of`] the text.
    pub(crate) fn admits(&self, text: &str, present: &ByteSet) -> bool {
        let hay = text.as_bytes();
        if (0..4).any(|i| self.required.0[i] & !present.0[i] != 0) {
            return false;
        }
        if let Some(starts) = &self.starts
            && !starts.iter().any(|l| hay.starts_with(l))
        {
            return false;
        }
        // A literal with a byte the text lacks is not searched for: most are turned away
        // by that look-up alone.
        let finders = self.finders.get_or_init(|| {
            self.contains
                .iter()
                .map(|set| {
                    set.iter()
                        .map(|l| memchr::memmem::Finder::new(l).into_owned())
                        .collect()
                })
                .collect()
        });
        self.contains.iter().zip(finders).all(|(set, finders)| {
            set.iter()
                .zip(finders)
                .any(|(l, f)| l.iter().all(|&b| present.has(b)) && f.find(hay).is_some())
        })
    }
}

/// The bytes a text holds.
#[derive(Debug, Default)]
pub(crate) struct ByteSet([u64; 4]);

impl ByteSet {
    /// The bytes `text` holds.
    pub(crate) fn of(text: &str) -> ByteSet {
        ByteSet::of_bytes(text.as_bytes())
    }

    fn of_bytes(bytes: &[u8]) -> ByteSet {
        let mut set = [0u64; 4];
        for &b in bytes {
            set[(b >> 6) as usize] |= 1 << (b & 63);
        }
        ByteSet(set)
    }

    fn has(&self, b: u8) -> bool {
        self.0[(b >> 6) as usize] & (1 << (b & 63)) != 0
    }
}

/// Classes of at most this many characters are read as alternatives; larger ones as "any".
const MAX_CLASS: usize = 5;

/// Whether a pattern may turn on case-insensitive matching (`(?i)`, `(?si:`…); a false alarm
/// only costs a gate.
fn case_insensitive(pattern: &str) -> bool {
    pattern.match_indices("(?").any(|(at, _)| {
        pattern[at + 2..]
            .chars()
            .take_while(char::is_ascii_alphabetic)
            .any(|c| c == 'i')
    })
}

/// The bytes a match of `hir` can start with, and whether it can be empty. Every non-ASCII
/// byte is counted in for any class: the ASCII part of a class is the same in both parses
/// (`\w`, `\d`, `\s` hold the same ASCII characters with and without Unicode), the rest is
/// not read.
fn first_bytes(hir: &Hir) -> Option<([bool; 256], bool)> {
    let mut set = [false; 256];
    let high = |set: &mut [bool; 256]| set[0x80..].iter_mut().for_each(|b| *b = true);
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => Some((set, true)),
        HirKind::Literal(lit) => {
            set[*lit.0.first()? as usize] = true;
            Some((set, false))
        }
        HirKind::Class(Class::Bytes(c)) => {
            for r in c.ranges() {
                (r.start()..=r.end()).for_each(|b| set[b as usize] = true);
            }
            high(&mut set);
            Some((set, false))
        }
        HirKind::Class(Class::Unicode(c)) => {
            for r in c.ranges() {
                let (lo, hi) = (u32::from(r.start()), u32::from(r.end()).min(0x7F));
                (lo..=hi).for_each(|b| set[b as usize] = true);
            }
            high(&mut set);
            Some((set, false))
        }
        HirKind::Repetition(r) => {
            let (set, empty) = first_bytes(&r.sub)?;
            Some((set, empty || r.min == 0))
        }
        HirKind::Capture(c) => first_bytes(&c.sub),
        HirKind::Concat(parts) => {
            for p in parts {
                let (s, empty) = first_bytes(p)?;
                set.iter_mut().zip(s).for_each(|(a, b)| *a |= b);
                if !empty {
                    return Some((set, false));
                }
            }
            Some((set, true))
        }
        HirKind::Alternation(alts) => {
            let mut any_empty = false;
            for a in alts {
                let (s, empty) = first_bytes(a)?;
                set.iter_mut().zip(s).for_each(|(a, b)| *a |= b);
                any_empty |= empty;
            }
            Some((set, any_empty))
        }
    }
}

/// Sets of literals every match of `hir` contains one of (each set on its own): the literals a
/// part the match cannot skip starts with, found through concatenations, captures and
/// repetitions, and across alternatives (one set from each, joined).
fn necessary(hir: &Hir) -> Vec<Vec<Box<[u8]>>> {
    let mut sets = match hir.kind() {
        HirKind::Capture(c) => necessary(&c.sub),
        HirKind::Repetition(r) if r.min >= 1 => necessary(&r.sub),
        HirKind::Concat(parts) => parts.iter().flat_map(necessary).collect(),
        HirKind::Alternation(alts) => {
            let mut joined: Vec<Box<[u8]>> = Vec::new();
            for alt in alts {
                let best = necessary(alt)
                    .into_iter()
                    .max_by_key(|s| s.iter().map(|l| l.len()).min());
                match best {
                    Some(set) => joined.extend(set),
                    None => return Vec::new(),
                }
            }
            vec![joined]
        }
        _ => Vec::new(),
    };
    if hir.properties().minimum_len().is_some_and(|n| n > 0)
        && let Some(set) = literals(hir)
    {
        sets.push(set);
    }
    sets
}

/// The finite set of literals every match of `hir` starts with, none of them empty.
fn literals(hir: &Hir) -> Option<Vec<Box<[u8]>>> {
    let seq = Extractor::new()
        .kind(ExtractKind::Prefix)
        .limit_class(MAX_CLASS)
        .limit_literal_len(8)
        .extract(hir);
    let lits = seq.literals()?;
    if lits.is_empty() || lits.iter().any(|l| l.as_bytes().is_empty()) {
        return None;
    }
    Some(lits.iter().map(|l| l.as_bytes().into()).collect())
}

type CacheFn = Box<dyn Fn() -> Caches + Send + Sync + UnwindSafe + RefUnwindSafe>;

struct Caches {
    dfa: Option<hybrid::dfa::Cache>,
    vm: pikevm::Cache,
}

/// A regex for `is_match` alone: one forward NFA, searched by a lazy DFA, and by the NFA
/// simulation (PikeVM) when the lazy DFA gives up (a Unicode word boundary next to non-ASCII
/// text, a cache that keeps filling). Same answers as `regex::Regex::is_match`, at about half
/// the build cost.
pub(crate) struct Matcher {
    dfa: Option<hybrid::dfa::DFA>,
    vm: pikevm::PikeVM,
    caches: Pool<Caches, CacheFn>,
}

impl Matcher {
    /// Compiles `pattern`, or says why it does not compile.
    pub(crate) fn new(pattern: &str) -> Result<Matcher, Box<dyn std::error::Error>> {
        let nfa = thompson::Compiler::new()
            .configure(thompson::Config::new().which_captures(WhichCaptures::Implicit))
            .build(pattern)?;
        // As regex's own lazy DFA is set up, so it quits rather than crawls.
        let dfa = hybrid::dfa::DFA::builder()
            .configure(
                hybrid::dfa::Config::new()
                    .unicode_word_boundary(true)
                    .minimum_cache_clear_count(Some(3))
                    .minimum_bytes_per_state(Some(10)),
            )
            .build_from_nfa(nfa.clone())
            .ok();
        let vm = pikevm::PikeVM::new_from_nfa(nfa)?;
        let (d, v) = (dfa.clone(), vm.clone());
        let create: CacheFn = Box::new(move || Caches {
            dfa: d.as_ref().map(|d| d.create_cache()),
            vm: v.create_cache(),
        });
        Ok(Matcher {
            dfa,
            vm,
            caches: Pool::new(create),
        })
    }

    /// Whether `text` holds a match.
    pub(crate) fn is_match(&self, text: &str) -> bool {
        let input = regex_automata::Input::new(text).earliest(true);
        let mut caches = self.caches.get();
        let caches = &mut *caches;
        if let (Some(dfa), Some(cache)) = (&self.dfa, caches.dfa.as_mut())
            && let Ok(m) = dfa.try_search_fwd(cache, &input)
        {
            return m.is_some();
        }
        self.vm.is_match(&mut caches.vm, input)
    }
}

/// A [`Matcher`] built on first use.
pub(crate) struct LazyMatcher {
    pattern: String,
    re: OnceLock<Matcher>,
}

impl LazyMatcher {
    /// A matcher for `pattern`, not compiled yet.
    pub(crate) fn new(pattern: String) -> LazyMatcher {
        LazyMatcher {
            pattern,
            re: OnceLock::new(),
        }
    }

    /// The matcher, compiled on the first call.
    pub(crate) fn get(&self) -> &Matcher {
        self.re
            .get_or_init(|| Matcher::new(&self.pattern).expect("rule pattern compiles"))
    }

    /// Whether `text` holds a match, compiling the pattern first if need be.
    pub(crate) fn is_match(&self, text: &str) -> bool {
        self.get().is_match(text)
    }
}

/// A `regex::Regex` compiled on first use: a table's regexes are built together, but most
/// inputs need only some of them.
pub struct LazyRegex {
    pattern: String,
    re: OnceLock<regex::Regex>,
}

impl LazyRegex {
    /// A regex for `pattern`, not compiled yet.
    pub(crate) fn new(pattern: impl Into<String>) -> LazyRegex {
        LazyRegex {
            pattern: pattern.into(),
            re: OnceLock::new(),
        }
    }
}

impl std::ops::Deref for LazyRegex {
    type Target = regex::Regex;

    fn deref(&self) -> &regex::Regex {
        self.re
            .get_or_init(|| regex::Regex::new(&self.pattern).expect("rule pattern compiles"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gates_turn_away_only_what_cannot_match() {
        let admits = |g: &Gate, t: &str| g.admits(t, &ByteSet::of(t));
        let g = Gate::new(r"^(?:also read|see also)\s*[:|]");
        assert!(admits(&g, "also read: x"));
        assert!(!admits(&g, "read also: x"));
        let g = Gate::new(r"^\d{1,2}[:.]\d{2}$");
        assert!(admits(&g, "10:30"));
        assert!(admits(&g, "٣:٣٠"), "Unicode digits start a match too");
        let first = g.first_bytes().unwrap();
        assert!(first.contains(&b'3') && first.contains(&0xD9) && !first.contains(&b't'));
        assert!(!admits(&g, "1030"), "no separator");
        let g = Gate::new(r"\bfree trial\b");
        assert!(admits(&g, "start your free trial now"));
        assert!(!admits(&g, "trial"));
        // Nothing derivable: everything passes.
        assert!(admits(&Gate::new(r"\w+"), "x"));
        assert!(admits(&Gate::new(r"(?i)kelvin"), "\u{212A}elvin"));
        assert!(admits(&Gate::new(r"^[^.!?]{1,60} said"), "é said"));
        assert!(!admits(&Gate::new(r"^[^.!?]{1,60} said"), "é says"));
    }

    #[test]
    fn matcher_answers_as_regex_does() {
        for (p, texts) in [
            (r"^(?-u:\b)ab\w+", &["abc", "ab", "abé", "x abc"][..]),
            (r"\bété\b", &["un été chaud", "étés", "été"]),
            (
                r"^[^.!?]{1,60} on [a-z]+ \d{4}",
                &["he on may 2024", "?on may 2024"],
            ),
        ] {
            let m = Matcher::new(p).unwrap();
            let r = regex::Regex::new(p).unwrap();
            for t in texts {
                assert_eq!(m.is_match(t), r.is_match(t), "{p} on {t}");
            }
        }
    }
}
