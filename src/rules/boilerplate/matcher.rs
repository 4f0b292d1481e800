//! How a block is matched against the [`TABLE`]: its key (lower case, quotes straightened,
//! whitespace collapsed, ends trimmed), the table compiled once into an index (exact phrases
//! in a map, prefixes, `Contains` phrases in one automaton, patterns compiled on first need
//! and reached by their first byte), and the triggers derived from the rows that let a long
//! paragraph skip the lookup. The first row in table order that fits decides.

use super::Shape::{Contains, Described, Exact, Gated, Pattern, Prefix, Vocabulary};
use super::{BlockRule, TABLE};
use crate::rules::CasedLiterals;
use crate::rules::furniture;
use crate::rules::lazy::{ByteSet, Gate, Head, LazyMatcher};
use crate::rules::words::is_word_char;
use crate::tidy::word_count;
use rustc_hash::FxHashMap as HashMap;
use std::sync::{LazyLock, OnceLock};

/// The table compiled once: the index a block's key is looked up in.
pub struct Compiled {
    exact: HashMap<&'static str, usize>,
    prefixes: Vec<(usize, &'static str)>,
    /// `Pattern` and `Gated` rows, in table order.
    patterns: Vec<PatternRow>,
    /// For each first byte of a key, the `patterns` that can match a key starting with it, in
    /// table order: most rows are anchored at a known word, so a key meets only a few.
    patterns_by_first: Vec<Vec<u16>>,
    /// The most words an `Exact` phrase has.
    max_exact_words: usize,
    /// No row fires on a block with more words than this; only `Contains` rows on more than
    /// `max_short_words`, and they are matched on the raw text (ASCII case-insensitive), so
    /// long paragraphs never pay for a key.
    max_words: usize,
    max_pattern_words: usize,
    max_short_words: usize,
    contains: CasedLiterals,
    contains_rows: Vec<usize>,
    /// What a block longer than `LONG_BLOCK` words must show for any row to have a chance.
    triggers: Triggers,
}

/// Blocks with more words than this are first checked against the triggers.
const LONG_BLOCK: usize = 12;

/// Literals derived from the table itself: the words a row's match must start with (prefix
/// rows, and anchored patterns through regex-syntax's literal extraction) or must contain
/// (gates, `Contains` phrases). A paragraph that shows none of them is not boilerplate, and
/// never pays for a key or a regex.
struct Triggers {
    /// (literal the key must start with, the row's word limit), by the literal's first byte.
    prefixes: Vec<Vec<(String, usize)>>,
    /// Literals that may stand anywhere in the raw text.
    anywhere: CasedLiterals,
    anywhere_limits: Vec<usize>,
    /// The largest word limit among rows whose trigger cannot be derived.
    opaque_limit: usize,
}

/// The literals a pattern's matches start with, if its text tells (see [`Head`]): at most 200,
/// none shorter than two bytes, each cut to what the trigger's head of a key can hold.
fn prefix_literals(pattern: &str) -> Option<Vec<String>> {
    let lits = Head::of(pattern)?.literals(2, HEAD_BYTES)?;
    (!lits.is_empty() && lits.len() <= 200).then_some(lits)
}

/// How many bytes of a block's key the triggers read.
const HEAD_BYTES: usize = 64;

fn triggers() -> Triggers {
    let mut prefixes = Vec::new();
    let mut anywhere = Vec::new();
    let mut anywhere_limits = Vec::new();
    let mut opaque_limit = 0;
    for row in TABLE {
        match row.shape {
            Exact(_) => {}
            Prefix(p, n) => prefixes.push((p.to_string(), n)),
            Contains(p, n) | Gated(p, _, n) => {
                anywhere.push(p);
                anywhere_limits.push(n);
            }
            Pattern(p, n) if n > LONG_BLOCK => match prefix_literals(p) {
                Some(lits) => {
                    prefixes.extend(lits.into_iter().map(|l| (l, n)));
                }
                _ => opaque_limit = opaque_limit.max(n),
            },
            Pattern(..) | Vocabulary(_) | Described(_) => {}
        }
    }
    let mut by_first = vec![Vec::new(); 256];
    for (p, n) in prefixes {
        if let Some(&b) = p.as_bytes().first() {
            by_first[b as usize].push((p, n));
        }
    }
    // A gate only needs to be likely: the longest word of each literal stands for it, which
    // keeps the automaton small enough for its SIMD prefilter.
    let mut words: Vec<&str> = Vec::new();
    let mut limits: Vec<usize> = Vec::new();
    for (lit, n) in anywhere.iter().zip(&anywhere_limits) {
        let w = lit.split(' ').max_by_key(|w| w.len()).unwrap_or(lit);
        match words.iter().position(|x| *x == w) {
            Some(i) => limits[i] = limits[i].max(*n),
            None => {
                words.push(w);
                limits.push(*n);
            }
        }
    }
    Triggers {
        prefixes: by_first,
        anywhere: CasedLiterals::new(words),
        anywhere_limits: limits,
        opaque_limit,
    }
}

impl Triggers {
    /// Whether any row could fire on a block of `words` words.
    fn fire(&self, text: &str, words: usize) -> bool {
        if words <= self.opaque_limit {
            return true;
        }
        // The key's first bytes, built on the stack the way `key` builds them.
        let keep = |c: char| is_word_char(c) || matches!(c, '©' | '"' | '“' | '”');
        let start = text.find(keep).unwrap_or(text.len());
        // Byte by byte: ASCII lowered, curly quotes straightened (“ ” are E2 80 9C/9D, ‘ ’
        // are E2 80 98/99), every other byte as it is.
        let mut buf = [0u8; HEAD_BYTES];
        let mut n = 0;
        let b = &text.as_bytes()[start..];
        let mut i = 0;
        while i < b.len() && n < buf.len() {
            match b[i..] {
                [0xE2, 0x80, q @ (0x98 | 0x99 | 0x9C | 0x9D), ..] => {
                    buf[n] = if q >= 0x9C { b'"' } else { b'\'' };
                    i += 3;
                }
                _ => {
                    buf[n] = b[i].to_ascii_lowercase();
                    i += 1;
                }
            }
            n += 1;
        }
        let head = &buf[..n];
        let Some(&first) = head.first() else {
            return false;
        };
        self.prefixes[first as usize]
            .iter()
            .any(|(p, limit)| words <= *limit && head.starts_with(p.as_bytes()))
            || self
                .anywhere
                .find_iter(text)
                .any(|(i, _)| words <= self.anywhere_limits[i])
    }
}

/// A `Pattern` or `Gated` row, compiled the first time a key passes its gates: most inputs
/// need only a few of the table's regexes, and compiling all of them cost a process that
/// cleans one short article some 25 times what the cleaning did.
struct PatternRow {
    row: usize,
    limit: usize,
    /// The table's own gate literal (`Gated` rows).
    word: Option<&'static str>,
    /// The bytes a key the row can match starts with, read off the pattern's text (`None`:
    /// any byte).
    first: Option<Vec<u8>>,
    /// What every match must show, derived from the pattern when a key first reaches the row.
    gate: OnceLock<Gate>,
    re: LazyMatcher,
}

impl PatternRow {
    fn new(row: usize, word: Option<&'static str>, pattern: &str, limit: usize) -> PatternRow {
        // ASCII word boundaries keep the fast DFA usable on non-ASCII text.
        let p = pattern.replace(r"\b", r"(?-u:\b)");
        PatternRow {
            row,
            limit,
            word,
            first: Head::of(pattern).and_then(|h| h.first_bytes()),
            gate: OnceLock::new(),
            re: LazyMatcher::new(p),
        }
    }

    fn gate(&self) -> &Gate {
        self.gate.get_or_init(|| Gate::new(self.re.pattern()))
    }

    fn is_match(&self, key: &str, present: &ByteSet, words: usize) -> bool {
        words <= self.limit
            && self.gate().admits(key, present)
            && self.word.is_none_or(|g| key.contains(g))
            && self.re.is_match(key)
    }
}

fn patterns_by_first(patterns: &[PatternRow]) -> Vec<Vec<u16>> {
    let mut by_first = vec![Vec::new(); 256];
    for (i, p) in patterns.iter().enumerate() {
        let i = u16::try_from(i).expect("fewer than 65536 rows");
        match &p.first {
            Some(bytes) => {
                for &b in bytes {
                    by_first[b as usize].push(i);
                }
            }
            None => by_first.iter_mut().for_each(|v| v.push(i)),
        }
    }
    by_first
}

/// Compiles every row's regex, so a typo in a pattern fails `cargo test`.
#[cfg(test)]
pub(crate) fn compile_every_pattern() {
    for p in &compiled().patterns {
        p.re.get();
    }
}

/// The table's index, built on first use.
pub(crate) fn compiled() -> &'static Compiled {
    static C: LazyLock<Compiled> = LazyLock::new(|| {
        let mut exact = HashMap::default();
        let mut prefixes = Vec::new();
        let mut max_exact_words = 0;
        let mut max_words = 0;
        let mut max_pattern_words = 0;
        let mut max_short_words = 0;
        let mut contains = Vec::new();
        let mut contains_rows = Vec::new();
        for (i, row) in TABLE.iter().enumerate() {
            match row.shape {
                Exact(phrases) => {
                    for p in phrases {
                        exact.entry(*p).or_insert(i);
                        max_exact_words = max_exact_words.max(p.split(' ').count());
                    }
                }
                Prefix(p, n) => {
                    prefixes.push((i, p));
                    max_short_words = max_short_words.max(n);
                }
                Contains(p, n) => {
                    contains.push(p);
                    contains_rows.push(i);
                    max_words = max_words.max(n);
                }
                Pattern(_, n) | Gated(_, _, n) => max_pattern_words = max_pattern_words.max(n),
                Vocabulary(_) | Described(_) => {}
            }
        }
        let patterns: Vec<PatternRow> = TABLE
            .iter()
            .enumerate()
            .filter_map(|(i, row)| match row.shape {
                Pattern(p, n) => Some(PatternRow::new(i, None, p, n)),
                Gated(g, p, n) => Some(PatternRow::new(i, Some(g), p, n)),
                _ => None,
            })
            .collect();
        Compiled {
            exact,
            prefixes,
            patterns_by_first: patterns_by_first(&patterns),
            patterns,
            max_exact_words,
            max_words: max_words.max(max_pattern_words).max(max_short_words),
            max_short_words: max_short_words.max(max_pattern_words),
            max_pattern_words,
            contains: CasedLiterals::new(contains),
            contains_rows,
            triggers: triggers(),
        }
    });
    &C
}

/// The key a block is matched on.
pub fn key(text: &str) -> String {
    let keep = |c: char| is_word_char(c) || matches!(c, '©' | '"' | '“' | '”');
    let t = text.trim_matches(|c: char| !keep(c));
    let mut out = if crate::tidy::is_tidy(t.as_bytes()) {
        t.to_owned()
    } else {
        crate::tidy::whitespace(t)
    };
    out.make_ascii_lowercase();
    let special =
        |c: char| !c.is_ascii() && (c.is_uppercase() || matches!(c, '‘' | '’' | '′' | '“' | '”'));
    if !out.is_ascii() && out.chars().any(special) {
        // Only non-ASCII characters change: the runs between them are copied whole.
        let bytes = out.as_bytes();
        let mut mapped = String::with_capacity(out.len());
        let (mut copied, mut i) = (0, 0);
        while i < bytes.len() {
            if bytes[i].is_ascii() {
                i += 1;
                continue;
            }
            let c = out[i..].chars().next().expect("a character starts here");
            let next = i + c.len_utf8();
            let replace = |mapped: &mut String, with: &mut dyn Iterator<Item = char>| {
                mapped.push_str(&out[copied..i]);
                mapped.extend(with);
            };
            match c {
                '‘' | '’' | '′' => replace(&mut mapped, &mut std::iter::once('\'')),
                '“' | '”' => replace(&mut mapped, &mut std::iter::once('"')),
                c if !c.is_uppercase() => {
                    i = next;
                    continue;
                }
                c => replace(&mut mapped, &mut c.to_lowercase()),
            }
            copied = next;
            i = next;
        }
        mapped.push_str(&out[copied..]);
        out = mapped;
    }
    out
}

fn at_word_boundary(key: &str, end: usize) -> bool {
    key[end..]
        .chars()
        .next()
        .is_none_or(|c| !c.is_alphanumeric())
}

/// As [`classify`], asking only the rows matched by their literal text (`Exact` and `Prefix`):
/// no pattern is tried, so none is compiled. For a piece of a block judged as a line of its
/// own, where compiling every pattern a short key reaches would cost more than the rest.
pub fn classify_literal(text: &str) -> Option<&'static BlockRule> {
    classify_literal_key(&key(text))
}

/// As [`classify_literal`], for a block's [`key`] already made.
pub fn classify_literal_key(key: &str) -> Option<&'static BlockRule> {
    let c = compiled();
    if let Some(&i) = c.exact.get(key) {
        return Some(&TABLE[i]);
    }
    let words = word_count(key);
    c.prefixes
        .iter()
        .find(|&&(row_i, phrase)| {
            key.starts_with(phrase)
                && matches!(TABLE[row_i].shape, Prefix(_, n) if words <= n)
                && at_word_boundary(key, phrase.len())
        })
        .map(|&(row_i, _)| &TABLE[row_i])
}

/// The row that makes this block boilerplate, if any.
pub fn classify(text: &str) -> Option<&'static BlockRule> {
    let c = compiled();
    // Long blocks can only match rows with generous limits; skip the work for paragraphs.
    let rough_words = word_count(text);
    if rough_words > c.max_words {
        return None;
    }
    if rough_words > c.max_short_words {
        return c
            .contains
            .find_iter(text)
            .map(|(i, _)| c.contains_rows[i])
            .filter(|&i| matches!(TABLE[i].shape, Contains(_, n) if rough_words <= n))
            .min()
            .map(|i| &TABLE[i]);
    }
    if rough_words > LONG_BLOCK && !c.triggers.fire(text, rough_words) {
        return None;
    }
    let key = key(text);
    if rough_words <= c.max_exact_words
        && let Some(&i) = c.exact.get(key.as_str())
    {
        return Some(&TABLE[i]);
    }
    let words = word_count(&key);
    let mut best: Option<usize> = None;
    // Prefix rows are few: a comparison each at the start of the key.
    for &(row_i, phrase) in &c.prefixes {
        if key.starts_with(phrase)
            && matches!(TABLE[row_i].shape, Prefix(_, n) if words <= n)
            && at_word_boundary(&key, phrase.len())
        {
            best = Some(best.map_or(row_i, |b| b.min(row_i)));
            break;
        }
    }
    for (i, m) in c.contains.find_iter(key.as_str()) {
        let row_i = c.contains_rows[i];
        if matches!(TABLE[row_i].shape, Contains(_, n) if words <= n)
            && at_word_boundary(&key, m.end())
            && (m.start() == 0 || !key[..m.start()].ends_with(char::is_alphanumeric))
        {
            best = Some(best.map_or(row_i, |b| b.min(row_i)));
        }
    }
    if words > c.max_pattern_words {
        return best.map(|i| &TABLE[i]);
    }
    // The first row in table order decides: rows after the best one found so far need not be
    // tried (nor compiled).
    let first = key.as_bytes().first().map_or(0, |&b| b as usize);
    let present = ByteSet::of(&key);
    let by_pattern = c.patterns_by_first[first]
        .iter()
        .map(|&i| &c.patterns[i as usize])
        .take_while(|p| best.is_none_or(|b| p.row < b))
        .find(|p| p.is_match(&key, &present, words))
        .map(|p| p.row);
    let by_row = [best, by_pattern]
        .into_iter()
        .flatten()
        .min()
        .map(|i| &TABLE[i]);
    // No row knows the line's wording: its vocabulary may still say what it is.
    by_row.or_else(|| {
        (words <= furniture::MAX_WORDS)
            .then(|| furniture::classify(&key, furniture::Stage::Page))
            .flatten()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn triggers_are_derived_for_long_rows() {
        let t = &compiled().triggers;
        // Every row that can fire on long blocks has a derived trigger.
        assert!(t.opaque_limit <= 16, "opaque limit {}", t.opaque_limit);
        assert!(
            t.prefixes[b'a' as usize]
                .iter()
                .any(|(p, _)| p == "also read")
        );
        assert!(
            t.prefixes[b'u' as usize]
                .iter()
                .any(|(p, _)| p == "updated")
        );
    }

    /// What a pattern's text says of its matches' start ([`Head`]) is checked against what
    /// regex-syntax's parse says ([`Gate`] and literal extraction), row by row: the text's
    /// reading may know less, never something else.
    #[test]
    fn heads_read_off_the_text_agree_with_the_parse() {
        use regex_syntax::hir::literal::{ExtractKind, Extractor};
        // Rows with no literal gate whose matches' start is unknown: looked up for every key.
        let mut unknown = Vec::new();
        for row in TABLE {
            let (Pattern(p, _) | Gated(_, p, _)) = row.shape else {
                continue;
            };
            let ungated = matches!(row.shape, Pattern(..));
            let Some(head) = Head::of(p) else {
                if ungated {
                    unknown.push(row.id);
                }
                continue;
            };
            let first = head.first_bytes();
            if first.is_none() && ungated {
                unknown.push(row.id);
            }
            if let (Some(first), Some(parsed)) = (&first, Gate::new(p).first_bytes()) {
                // The gate counts every non-ASCII byte in for any class: only ASCII is compared.
                for b in parsed.into_iter().filter(u8::is_ascii) {
                    assert!(first.contains(&b), "{}: first byte {b:#x} missed", row.id);
                }
            }
            let hir = regex_syntax::parse(p).unwrap();
            let seq = Extractor::new().kind(ExtractKind::Prefix).extract(&hir);
            if let (Some(parsed), Some(read)) = (seq.literals(), head.literals(1, 1000)) {
                for l in parsed {
                    let l = l.as_bytes();
                    assert!(
                        read.iter()
                            .any(|r| l.starts_with(r.as_bytes()) || r.as_bytes().starts_with(l)),
                        "{}: {:?} not among {read:?}",
                        row.id,
                        String::from_utf8_lossy(l)
                    );
                }
            }
        }
        // Only ungated rows a match of which may start anywhere stay unindexed (2 now).
        assert!(unknown.len() <= 3, "{unknown:?}");
    }

    #[test]
    fn key_trims_bullets_and_folds_case() {
        assert_eq!(key("  • SHARE   This ▸ "), "share this");
        assert_eq!(key("Don’t miss"), "don't miss");
    }
}
