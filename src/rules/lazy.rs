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

    /// The bytes a text the gate admits can start with, if only some can; each once, in order
    /// (what [`Head::first_bytes`] is checked against).
    #[cfg(test)]
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
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
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

    fn add(&mut self, b: u8) {
        self.0[(b >> 6) as usize] |= 1 << (b & 63);
    }

    fn union(&mut self, other: &ByteSet) {
        self.0.iter_mut().zip(other.0).for_each(|(a, b)| *a |= b);
    }

    /// The first bytes of a character of `\d`, `\w` or `\s` (by `class`), Unicode's: their
    /// ASCII members, and every byte that starts or continues a non-ASCII character.
    fn perl(class: u8) -> ByteSet {
        let mut set = ByteSet([0, 0, u64::MAX, u64::MAX]);
        for x in 0..0x80u8 {
            let member = match class {
                b'd' => x.is_ascii_digit(),
                b'w' => x.is_ascii_alphanumeric() || x == b'_',
                _ => x.is_ascii_whitespace() || x == 0x0B,
            };
            if member {
                set.add(x);
            }
        }
        set
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

/// What every match of an anchored pattern starts with, read off the pattern's text in one
/// pass, without the parse into a syntax tree that [`Gate::new`] pays for (a table of a hundred
/// patterns is indexed by this at start-up; the gates are built only for the rows an input
/// reaches). Conservative: whatever the reader does not know (a flag, a class it cannot read, a
/// repetition that may be empty) ends what it says, so it may say less than a parse would but
/// never something a match could break.
#[derive(Debug)]
pub(crate) struct Head {
    /// One entry per way a match can begin: the literal it starts with, and (when that literal
    /// is empty) the bytes the match's first character can start with, if known.
    paths: Vec<Path>,
}

#[derive(Debug, Clone)]
struct Path {
    lit: Vec<u8>,
    /// The first byte's set, when `lit` is empty and the first item is a class it could read.
    class: Option<ByteSet>,
    /// Nothing more can be appended: what follows is not known.
    open: bool,
}

/// At most this many ways to begin are followed: past it, what is known so far stands.
const MAX_PATHS: usize = 64;

/// A literal is followed to this many bytes, no further.
const MAX_LITERAL: usize = 24;

impl Head {
    /// The head of `pattern`, if every match of it is anchored at the text's start and no flag
    /// that changes how literals match (`i`, `x`) appears anywhere.
    pub(crate) fn of(pattern: &str) -> Option<Head> {
        if pattern.match_indices("(?").any(|(at, _)| {
            pattern[at + 2..]
                .chars()
                .take_while(|c| c.is_ascii_alphabetic() || *c == '-')
                .any(|c| matches!(c, 'i' | 'x'))
        }) {
            return None;
        }
        let mut r = Reader {
            p: pattern.as_bytes(),
            i: 0,
        };
        let (paths, anchored) = r.alternatives()?;
        (r.i == r.p.len() && anchored).then_some(Head { paths })
    }

    /// The bytes a match can start with, each once, in order; `None` when any byte can.
    pub(crate) fn first_bytes(&self) -> Option<Vec<u8>> {
        let mut set = ByteSet::default();
        for p in &self.paths {
            match (p.lit.first(), &p.class) {
                (Some(&b), _) => set.add(b),
                (None, Some(c)) => set.union(c),
                (None, None) => return None,
            }
        }
        Some((0..=255).filter(|&b| set.has(b)).collect())
    }

    /// The literals every match starts with one of, each cut to at most `max_len` bytes (at a
    /// character boundary); `None` when some way to begin has none of `min_len` bytes.
    pub(crate) fn literals(&self, min_len: usize, max_len: usize) -> Option<Vec<String>> {
        let mut out: Vec<String> = Vec::new();
        for p in &self.paths {
            let mut end = p.lit.len().min(max_len);
            let lit = loop {
                match std::str::from_utf8(&p.lit[..end]) {
                    Ok(s) => break s,
                    Err(_) => end -= 1,
                }
            };
            if lit.len() < min_len {
                return None;
            }
            if !out.iter().any(|o| o == lit) {
                out.push(lit.to_owned());
            }
        }
        Some(out)
    }
}

/// One item of a pattern, as far as [`Head`] reads it.
enum Item {
    /// These bytes, one character.
    Literal(Vec<u8>),
    /// One character whose first byte is in the set.
    Class(ByteSet),
    /// A group's ways to begin.
    Group(Vec<Path>),
    /// `^` at the start of an alternative.
    Start,
    /// Anything else: an assertion, a flag, a class or group it cannot read.
    Unknown,
}

/// How often an item repeats.
enum Times {
    Once,
    /// At least once, maybe more.
    OnceOrMore,
    /// Maybe not at all; `more`: maybe more than once.
    Optional {
        more: bool,
    },
}

struct Reader<'a> {
    p: &'a [u8],
    i: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.p.get(self.i).copied()
    }

    /// Alternatives up to a `)` or the end: their paths, and whether each began with `^`.
    fn alternatives(&mut self) -> Option<(Vec<Path>, bool)> {
        let mut paths = Vec::new();
        let mut anchored = true;
        loop {
            let (seq, starts) = self.sequence()?;
            paths.extend(seq);
            anchored &= starts;
            if self.peek() == Some(b'|') {
                self.i += 1;
            } else {
                return Some((paths, anchored));
            }
        }
    }

    /// One alternative: its paths, and whether it began with `^`.
    fn sequence(&mut self) -> Option<(Vec<Path>, bool)> {
        let mut paths = vec![Path {
            lit: Vec::new(),
            class: None,
            open: false,
        }];
        let mut first = true;
        let mut anchored = false;
        while let Some(b) = self.peek() {
            if b == b'|' || b == b')' {
                break;
            }
            let item = self.item()?;
            let times = self.times()?;
            if first && matches!(item, Item::Start) {
                anchored = true;
                first = false;
                continue;
            }
            first = false;
            let live = paths.iter().filter(|p| !p.open).count();
            if live == 0 {
                continue;
            }
            let optional = matches!(times, Times::Optional { .. });
            let taken = match &item {
                Item::Group(sub) => paths.len() - live + live * sub.len(),
                _ => paths.len(),
            };
            if taken + if optional { live } else { 0 } > MAX_PATHS {
                // Too many ways to begin: what is known up to this item stands, and a path
                // that knows nothing yet learns the group's first bytes.
                let mut next: Vec<Path> = Vec::new();
                for mut p in paths {
                    if let (false, true, Item::Group(sub)) = (p.open, p.lit.is_empty(), &item) {
                        if optional {
                            next.push(Path { open: true, ..p });
                        }
                        for s in sub {
                            let first = Path {
                                lit: s.lit.get(..1).unwrap_or_default().to_vec(),
                                class: if s.lit.is_empty() { s.class } else { None },
                                open: true,
                            };
                            if !next
                                .iter()
                                .any(|n| n.lit == first.lit && n.class == first.class)
                            {
                                next.push(first);
                            }
                        }
                    } else {
                        p.open = true;
                        next.push(p);
                    }
                }
                paths = next;
                continue;
            }
            // An item that may not be there forks every path: one skips it, one takes it.
            let skipped: Vec<Path> = if optional {
                paths.iter().filter(|p| !p.open).cloned().collect()
            } else {
                Vec::new()
            };
            match &item {
                Item::Literal(bytes) => {
                    for p in paths.iter_mut().filter(|p| !p.open) {
                        p.lit.extend_from_slice(bytes);
                        p.open = p.lit.len() >= MAX_LITERAL;
                    }
                }
                Item::Class(set) => {
                    for p in paths.iter_mut().filter(|p| !p.open) {
                        if p.lit.is_empty() {
                            p.class = Some(*set);
                        }
                        p.open = true;
                    }
                }
                Item::Group(sub) => {
                    let mut next = Vec::with_capacity(taken);
                    for p in paths {
                        if p.open {
                            next.push(p);
                            continue;
                        }
                        for s in sub {
                            let mut lit = p.lit.clone();
                            lit.extend_from_slice(&s.lit);
                            next.push(Path {
                                class: if lit.is_empty() { s.class } else { None },
                                open: s.open || lit.len() >= MAX_LITERAL,
                                lit,
                            });
                        }
                    }
                    paths = next;
                }
                Item::Start | Item::Unknown => paths.iter_mut().for_each(|p| p.open = true),
            }
            if matches!(times, Times::OnceOrMore | Times::Optional { more: true }) {
                paths.iter_mut().for_each(|p| p.open = true);
            }
            paths.extend(skipped);
        }
        Some((paths, anchored))
    }

    /// A repetition operator after an item, if any (a lazy `?` after it included).
    fn times(&mut self) -> Option<Times> {
        let times = match self.peek() {
            Some(b @ (b'?' | b'*')) => {
                self.i += 1;
                Times::Optional { more: b == b'*' }
            }
            Some(b'+') => {
                self.i += 1;
                Times::OnceOrMore
            }
            Some(b'{') => {
                let close = self.p[self.i..].iter().position(|&b| b == b'}')?;
                let inner = std::str::from_utf8(&self.p[self.i + 1..self.i + close]).ok()?;
                let mut bounds = inner.split(',');
                let min: usize = bounds.next()?.trim().parse().ok()?;
                let max = bounds.next();
                self.i += close + 1;
                if min == 0 {
                    Times::Optional {
                        more: max.is_none_or(|m| m.trim() != "1"),
                    }
                } else if min == 1 && max.is_none() {
                    Times::Once
                } else {
                    Times::OnceOrMore
                }
            }
            _ => return Some(Times::Once),
        };
        if self.peek() == Some(b'?') {
            self.i += 1;
        }
        Some(times)
    }

    fn item(&mut self) -> Option<Item> {
        let b = self.peek()?;
        match b {
            b'^' => {
                self.i += 1;
                Some(Item::Start)
            }
            b'$' => {
                self.i += 1;
                Some(Item::Unknown)
            }
            b'.' => {
                self.i += 1;
                let mut set = ByteSet([u64::MAX; 4]);
                set.0[0] &= !(1 << b'\n');
                Some(Item::Class(set))
            }
            b'\\' => self.escape(),
            b'[' => self.class(),
            b'(' => self.group(),
            b'*' | b'+' | b'?' | b'{' | b')' | b'|' => None,
            _ => {
                // A run of plain characters is one item, less a last one that a repetition
                // operator follows.
                let start = self.i;
                let mut last = self.i;
                while let Some(b) = self.peek() {
                    if b"\\.+*?()|[]{}^$".contains(&b) {
                        break;
                    }
                    last = self.i;
                    self.i += utf8_len(b);
                }
                if last > start && matches!(self.peek(), Some(b'?' | b'*' | b'+' | b'{')) {
                    self.i = last;
                }
                Some(Item::Literal(self.p.get(start..self.i)?.to_vec()))
            }
        }
    }

    /// After `\`.
    fn escape(&mut self) -> Option<Item> {
        let c = *self.p.get(self.i + 1)?;
        self.i += 2;
        match c {
            b'd' | b'w' | b's' => Some(Item::Class(ByteSet::perl(c))),
            b't' => Some(Item::Literal(vec![b'\t'])),
            b'n' => Some(Item::Literal(vec![b'\n'])),
            b'p' | b'P' | b'x' | b'u' | b'U' => {
                if self.peek() == Some(b'{') {
                    self.i += self.p[self.i..].iter().position(|&b| b == b'}')? + 1;
                } else if c == b'p' || c == b'P' {
                    self.i += 1;
                } else {
                    // \xHH, \uHHHH, \UHHHHHHHH
                    let digits = match c {
                        b'x' => 2,
                        b'u' => 4,
                        _ => 8,
                    };
                    self.i += digits;
                }
                Some(Item::Unknown)
            }
            c if c.is_ascii_punctuation() || c == b' ' => Some(Item::Literal(vec![c])),
            _ => Some(Item::Unknown),
        }
    }

    /// A bracketed class: read when it is a plain set of characters, ranges and `\d`, `\w`,
    /// `\s`; skipped (as unknown) otherwise.
    fn class(&mut self) -> Option<Item> {
        self.i += 1;
        let mut set = ByteSet::default();
        let mut known = self.peek() != Some(b'^');
        if !known {
            self.i += 1;
        }
        let mut depth = 1;
        let mut at_start = true;
        let mut prev: Option<u8> = None;
        while depth > 0 {
            let b = self.peek()?;
            match b {
                b']' if !at_start => {
                    depth -= 1;
                    self.i += 1;
                }
                b'[' => {
                    // A nested class or a named one (`[:alpha:]`): not read.
                    known = false;
                    depth += 1;
                    self.i += 1;
                }
                b'\\' => {
                    let c = *self.p.get(self.i + 1)?;
                    self.i += 2;
                    match c {
                        b'd' | b'w' | b's' => {
                            set.union(&ByteSet::perl(c));
                            prev = None;
                        }
                        c if c.is_ascii_punctuation() || c == b' ' => {
                            set.add(c);
                            prev = Some(c);
                        }
                        _ => known = false,
                    }
                }
                b'-' if prev.is_some() && self.p.get(self.i + 1).is_some_and(|&n| n != b']') => {
                    let lo = prev.take()?;
                    let hi = *self.p.get(self.i + 1)?;
                    self.i += 2;
                    if hi == b'\\' || hi == b'[' || hi >= 0x80 || hi < lo {
                        known = false;
                    } else {
                        (lo..=hi).for_each(|x| set.add(x));
                    }
                }
                b'&' | b'~' if self.p.get(self.i + 1) == Some(&b) => {
                    // Set operations: not read.
                    known = false;
                    self.i += 2;
                }
                _ => {
                    if b >= 0x80 {
                        set.0[2] = u64::MAX;
                        set.0[3] = u64::MAX;
                        self.i += utf8_len(b);
                        prev = None;
                    } else {
                        set.add(b);
                        self.i += 1;
                        prev = Some(b);
                    }
                }
            }
            at_start = false;
        }
        Some(if known {
            Item::Class(set)
        } else {
            Item::Unknown
        })
    }

    /// A group: its alternatives when it is a plain group (capturing, named or `(?:`), unknown
    /// when it sets flags.
    fn group(&mut self) -> Option<Item> {
        self.i += 1;
        let mut plain = true;
        if self.peek() == Some(b'?') {
            self.i += 1;
            match self.peek()? {
                b':' => self.i += 1,
                b'P' | b'<' => {
                    self.i += self.p[self.i..].iter().position(|&b| b == b'>')? + 1;
                }
                _ => {
                    // Flags, `(?-u:…)` or `(?s)`: whatever follows them is not read.
                    plain = false;
                    while self.peek()?.is_ascii_alphabetic() || self.peek()? == b'-' {
                        self.i += 1;
                    }
                    match self.peek()? {
                        b')' => {
                            self.i += 1;
                            return Some(Item::Unknown);
                        }
                        b':' => self.i += 1,
                        _ => return None,
                    }
                }
            }
        }
        let (paths, _) = self.alternatives()?;
        if self.peek() != Some(b')') {
            return None;
        }
        self.i += 1;
        Some(if plain {
            Item::Group(paths)
        } else {
            Item::Unknown
        })
    }
}

/// The length of the UTF-8 character that starts with `b`.
fn utf8_len(b: u8) -> usize {
    match b {
        0xF0.. => 4,
        0xE0.. => 3,
        0xC0.. => 2,
        _ => 1,
    }
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

    /// The pattern.
    pub(crate) fn pattern(&self) -> &str {
        &self.pattern
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
    fn heads_read_what_every_match_starts_with() {
        let lits = |p: &str| Head::of(p).and_then(|h| h.literals(1, 64));
        assert_eq!(
            lits(r"^(?:to )?read the full (?:story|article)\b").unwrap(),
            [
                "to read the full story",
                "to read the full article",
                "read the full story",
                "read the full article"
            ]
            .map(|l| l[..l.len().min(MAX_LITERAL)].to_string())
        );
        assert_eq!(lits(r"^©|^\(c\) \d{4}").unwrap(), ["©", "(c) "]);
        // Only some matches anchored, flags, or nothing certain: nothing said.
        assert!(Head::of(r"^a|b").is_none());
        assert!(Head::of(r"(?i)^share").is_none());
        assert!(Head::of(r"\bfree trial\b").is_none());
        assert!(
            Head::of(r"^(?:listen )?\w")
                .unwrap()
                .literals(2, 64)
                .is_none()
        );
        // First bytes: a class's ASCII members, and every non-ASCII byte for `\d`.
        let first = Head::of(r"^\d{1,2}[:.]\d{2}")
            .unwrap()
            .first_bytes()
            .unwrap();
        assert!(first.contains(&b'7') && first.contains(&0xD9) && !first.contains(&b'a'));
        let first = Head::of(r"^[a-c&]+ - x").unwrap().first_bytes().unwrap();
        assert_eq!(first, b"&abc");
        assert!(Head::of(r"^(?:x )?[^.]").unwrap().first_bytes().is_none());
        // A repetition that may be empty forks; one that may repeat ends the literal.
        assert_eq!(lits(r"^a(?:b|c)?d").unwrap(), ["abd", "acd", "ad"]);
        assert_eq!(lits(r"^ab*c").unwrap(), ["ab", "ac"]);
        assert_eq!(lits(r"^(?:ab)+c").unwrap(), ["ab"]);
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
