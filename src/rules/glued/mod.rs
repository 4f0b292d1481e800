//! Boilerplate glued into a real paragraph: a scraper that drops the line break around
//! `ALSO READ: <headline>`, "Story continues below advertisement" or a share panel leaves the
//! leftover inside the story's sentences, often with no space on either side
//! (`…the authority said.Also Read | Ferry Strike Enters Third Day.The worst-hit district…`).
//!
//! A cut is exact and bounded: it takes the leftover and what belongs to it (a linked
//! headline up to its end, a run of share-network names) and nothing else; the sentences
//! before and after it stay, joined with one space. A leftover must stand at a sentence's
//! edge on both sides: after the start of the block or a sentence end, and before the end of
//! the block or the start of the next sentence. When the end of a linked headline cannot be
//! told within a headline's length, nothing is cut and the doubt is reported instead: a kept
//! ad line is a smaller loss than a dropped sentence.
//!
//! The table, the one pass over a block's sentences and the cut are here, with the runs of
//! share-network names and the sentences of furniture's words the pass also cuts; `edges`
//! tells where a leftover may start and end (sentence starts, word ends, what opens a
//! sentence), and `headline` where the linked headline after an "Also read" marker ends.

mod edges;
mod headline;

use super::Reason;
use edges::{
    before_sentence_start, is_distinctive, is_word_end, sentence_starts, skip_trailing_marks,
};
use headline::{HeadlineEnd, headline_end};
use std::sync::LazyLock;

/// How far a cut reaches past its marker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Extent {
    /// The phrase alone (and a run of share-network names right after it, if any).
    Phrase,
    /// The marker, its delimiter (`:`, `|`, a dash) and the linked headline after it.
    Headline,
}

/// One row of the glued table: the phrases that mark a leftover, and how far its cut reaches.
pub struct GluedRule {
    /// The rule's id, as `--explain` and `--list-rules` name it.
    pub id: &'static str,
    /// Why the leftover is cut.
    pub reason: Reason,
    /// How far the cut reaches past the phrase.
    pub extent: Extent,
    /// The phrases, matched in lower case, Capitalised, UPPER and Title Case.
    pub phrases: &'static [&'static str],
}

use Extent::{Headline, Phrase};
use Reason::{Advert, Audio, Newsletter, Related, Share, Subscribe};

const fn rule(
    id: &'static str,
    reason: Reason,
    extent: Extent,
    phrases: &'static [&'static str],
) -> GluedRule {
    GluedRule {
        id,
        reason,
        extent,
        phrases,
    }
}

/// At one position the longest phrase that matches decides.
#[rustfmt::skip]
pub static TABLE: &[GluedRule] = &[
    rule("glued-advert", Advert, Phrase, &[
        "story continues below advertisement", "article continues below advertisement",
        "story continues after advertisement", "article continues after advertisement",
        "continue reading below advertisement", "continue reading the main story",
        "advertisement - scroll to continue", "advertisement scroll to continue",
        "scroll to continue with content", "story continues below", "article continues below",
        "skip advertisement", "advertisement", "advertisment", "sponsored content",
        "anzeige", "werbung", "publicidad", "publicité", "pubblicità", "advertentie", "reklama",
        "реклама", "publicidade",
    ]),
    rule("glued-share", Share, Phrase, &[
        "share this article on", "share this article", "share this story", "share on facebook",
        "share on twitter", "share on whatsapp", "share via email", "click to share on facebook",
        "click to share on x", "click to share on twitter", "email this article", "print this article",
        "send by email", "copy link",
    ]),
    rule("glued-newsletter", Newsletter, Phrase, &[
        "sign up for our newsletter", "subscribe to our newsletter",
        "get our newsletter", "sign up to our newsletter",
    ]),
    rule("glued-subscribe", Subscribe, Phrase, &[
        "click here to subscribe", "subscribe now", "subscribe to continue reading",
        "to continue reading, subscribe", "already a subscriber? sign in",
        // A story's label that it is reserved for subscribers, in the languages met.
        "reserved for subscribers", "exclusive to subscribers", "for subscribers only",
        "réservé aux abonnés", "nur für abonnenten",
        "exclusivo para suscriptores", "exclusivo para assinantes", "riservato agli abbonati",
        "alleen voor abonnees",
    ]),
    rule("glued-audio", Audio, Phrase, &[
        "listen to this article", "listen to this story",
        "your browser does not support the audio element",
        "your browser does not support the video tag",
    ]),
    // A link on to the rest of the story or the site, glued at a paragraph's edge.
    rule("glued-read-on", Related, Phrase, &[
        "read the full story", "read full story", "read the full article", "read full article",
        "continue reading", "click here to read more",
        "read more here", "more to come", "weiterlesen", "lire la suite", "leer más",
        "seguir leyendo", "continua a leggere", "lees verder", "czytaj dalej",
        "devamını oku", "selengkapnya", "читать далее",
    ]),
    rule("glued-also-read", Related, Headline, &[
        "also read", "read also", "also see", "see also", "must read", "also watch", "read more",
        "related articles", "related stories", "related article", "related story", "related news", "related coverage", "related",
        "recommended", "watch", "read",
        // the same in the other languages newsclean meets
        "leia também", "leia mais", "veja também", "lee también", "lea también", "ver también",
        "te puede interesar", "lire aussi", "à lire aussi", "a lire aussi", "Lesen Sie auch",
        "Mehr zum Thema", "leggi anche", "zie ook", "lees ook", "czytaj też", "czytaj także",
        "baca juga", "ayrıca okuyun", "читайте также", "यह भी पढ़ें", "ये भी पढ़ें",
    ]),
];

/// Share-network names, the parts of a flattened share panel.
#[rustfmt::skip]
static SHARE_NAMES: &[&str] = &[
    "facebook", "twitter", "x", "whatsapp", "linkedin", "email", "e-mail", "print", "pinterest",
    "reddit", "telegram", "copy link", "messenger", "flipboard", "sms", "tumblr", "threads",
    "bluesky", "mastodon", "copy", "mail", "xing", "vk", "line",
];

/// The first bytes of the share-network names, lower case.
static SHARE_FIRST_BYTES: LazyLock<[bool; 256]> = LazyLock::new(|| {
    let mut t = [false; 256];
    for name in SHARE_NAMES {
        if let Some(&b) = name.as_bytes().first() {
            t[b as usize] = true;
        }
    }
    t
});

/// The fewest words a phrase of the whole-block table's `Exact` rows must have to be looked
/// for glued too: a leftover a site prints on its own line ("Read about our approach to
/// external linking") is the same leftover when a scraper drops the line break around it. A
/// phrase of one or two words ("Advertisement", "Supported by") is too common a start of the
/// story's own sentences to be cut without a row of this table saying so.
const BORROWED_MIN_WORDS: usize = 3;

/// The row a phrase found glued reports: one of [`TABLE`]'s, or the whole-block row it was
/// borrowed from.
#[derive(Clone, Copy)]
struct Row {
    id: &'static str,
    reason: Reason,
    extent: Extent,
    /// Borrowed from the whole-block table: a phrase that is a line of its own there ends
    /// where a sentence or the block does, never inside one ("Follow us on Twitter" in
    /// "Follow us on Twitter and Facebook.").
    borrowed: bool,
}

struct Compiled {
    /// Every phrase in the spellings scraped text uses, searched anchored at a position.
    anchored: aho_corasick::AhoCorasick,
    /// The row of each spelling given to `anchored`, in the same order.
    row: Vec<Row>,
}

impl Compiled {
    /// The phrase that starts exactly at `at`, if one does: (spelling's index, its end).
    /// At one position the longest phrase wins ("publicidade" over "publicidad").
    fn phrase_at(&self, text: &str, at: usize) -> Option<(usize, usize)> {
        let input = aho_corasick::Input::new(text)
            .range(at..)
            .anchored(aho_corasick::Anchored::Yes);
        self.anchored
            .find(input)
            .map(|m| (m.pattern().as_usize(), m.end()))
    }
}

fn compiled_table() -> &'static Compiled {
    static C: LazyLock<Compiled> = LazyLock::new(|| {
        let mut spellings = Vec::new();
        let mut row = Vec::new();
        let own = TABLE.iter().flat_map(|r| {
            let to = Row {
                id: r.id,
                reason: r.reason,
                extent: r.extent,
                borrowed: false,
            };
            r.phrases.iter().map(move |p| (*p, to))
        });
        let borrowed = super::boilerplate::TABLE.iter().flat_map(|r| {
            let phrases: &[&str] = match r.shape {
                super::boilerplate::Shape::Exact(phrases) => phrases,
                _ => &[],
            };
            let to = Row {
                id: r.id,
                reason: r.reason,
                extent: Phrase,
                borrowed: true,
            };
            phrases
                .iter()
                .filter(|p| p.split_whitespace().count() >= BORROWED_MIN_WORDS)
                .map(move |p| (*p, to))
        });
        // The glued table's own rows first: a phrase both know reports the glued row.
        let mut seen = rustc_hash::FxHashSet::default();
        for (p, to) in own.chain(borrowed) {
            // The automaton folds ASCII case itself: only a phrase with other letters needs
            // its spellings in other cases listed.
            let forms = if p.is_ascii() {
                vec![p.to_ascii_lowercase()]
            } else {
                super::spellings(p)
            };
            for s in forms {
                if seen.insert(s.clone()) {
                    spellings.push(s);
                    row.push(to);
                }
            }
        }
        Compiled {
            anchored: aho_corasick::AhoCorasick::builder()
                .match_kind(aho_corasick::MatchKind::LeftmostLongest)
                .start_kind(aho_corasick::StartKind::Anchored)
                .ascii_case_insensitive(true)
                // Searched anchored at one position, where a walk ends within a few bytes: a
                // contiguous NFA walks as fast there and builds several times faster.
                .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
                .build(&spellings)
                .expect("glued phrases compile"),
            row,
        }
    });
    &C
}

/// Forces the table, so that a bad row fails `cargo test`.
#[cfg(test)]
pub(crate) fn compiled() {
    let _ = compiled_table();
}

/// One cut made, or one doubt: the leftover's row and the exact text it took.
#[derive(Clone)]
pub struct Cut {
    /// The reason of the row that cut.
    pub reason: Reason,
    /// The id of the row that cut.
    pub id: &'static str,
    /// The leftover as it stood in the block, trimmed.
    pub text: String,
    /// The leftover was found but not cut: the end of its headline could not be told.
    pub kept: bool,
}

/// The block's text with its glued leftovers cut out, and the cuts; `None` when there is none.
/// A block that is a leftover and nothing else is left to the whole-block rules (the text
/// comes back empty).
pub fn cut(text: &str) -> Option<(String, Vec<Cut>)> {
    cut_block(text, false)
}

/// As [`cut`], for a block read from markup (`markup`) or from a dump: markup keeps a page's
/// leftovers in elements of their own, so only a dump's blocks are read for a line of its own
/// glued onto their end.
pub fn cut_block(text: &str, markup: bool) -> Option<(String, Vec<Cut>)> {
    let table = compiled_table();
    let mut cuts: Vec<Cut> = Vec::new();
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let mut resume = 0;
    // Whether a whole-block rule knows the block (a footer of links that ends "All rights
    // reserved."): asked once, when a sentence of furniture is found, which then stays for
    // that rule to judge.
    let mut whole_block_rule: Option<bool> = None;
    let mut long_block: Option<bool> = None;
    let mut quotes = Quotes::default();
    // A leftover stands at a sentence's start: only there is the table looked up, anchored,
    // so a paragraph costs one pass over its bytes and a lookup per sentence.
    for at in sentence_starts(text) {
        if at < resume {
            continue;
        }
        if let Some((phrase, phrase_end)) = table.phrase_at(text, at) {
            let rule = table.row[phrase];
            if is_word_end(text, phrase_end, rule.extent) {
                let end = match rule.extent {
                    Phrase => {
                        let after = share_run_end(text, phrase_end).unwrap_or(phrase_end);
                        let after = skip_trailing_marks(text, after);
                        let ends = if rule.borrowed {
                            after >= text.trim_end().len()
                        } else {
                            is_distinctive(&text[at..phrase_end])
                        };
                        (before_sentence_start(text, after) || ends).then_some(after)
                    }
                    Headline => match headline_end(text, phrase_end) {
                        HeadlineEnd::NotALink => None,
                        HeadlineEnd::Unclear(until) => {
                            cuts.push(Cut {
                                reason: rule.reason,
                                id: rule.id,
                                text: text[at..until].trim().to_string(),
                                kept: true,
                            });
                            None
                        }
                        HeadlineEnd::At(end) => Some(end),
                    },
                };
                if let Some(end) = end {
                    cuts.push(Cut {
                        reason: rule.reason,
                        id: rule.id,
                        text: text[at..end].trim().to_string(),
                        kept: false,
                    });
                    spans.push((at, end));
                    resume = end;
                    continue;
                }
            }
        }
        // A flattened share panel with no lead phrase: a run of network names standing
        // between two sentences.
        if let Some((end, names)) = share_run(text, at)
            && names >= BARE_SHARE_RUN_NAMES
            && before_sentence_start(text, end)
            && (at > 0 || end < text.len())
        {
            cuts.push(Cut {
                reason: TABLE[SHARE_ROW].reason,
                id: TABLE[SHARE_ROW].id,
                text: text[at..end].trim().to_string(),
                kept: false,
            });
            spans.push((at, end));
            resume = end;
            continue;
        }
        // A read-time stamp, with the date it often runs into (`6 min readMarch 3, 2024`).
        if let Some(end) = read_time_end(text, at)
            && (end == text.len() || before_sentence_start(text, end))
            && (at > 0 || end < text.len())
        {
            cuts.push(Cut {
                reason: Reason::Timestamp,
                id: READ_TIME_RULE,
                text: text[at..end].trim().to_string(),
                kept: false,
            });
            spans.push((at, end));
            resume = end;
            continue;
        }
        // An embedded post flattened to its signature (`pic.twitter.com/x— Name (@handle)
        // June 3, 2023`) glued into the story.
        if let Some(end) = post_signature_end(text, at)
            && (end == text.len() || before_sentence_start(text, end))
            && (at > 0 || end < text.len())
        {
            cuts.push(Cut {
                reason: Reason::Share,
                id: POST_SIGNATURE_RULE,
                text: text[at..end].trim().to_string(),
                kept: false,
            });
            spans.push((at, end));
            resume = end;
            continue;
        }
        // A photo's credit in brackets between two sentences: its caption was lost. At the
        // block's end it is the credit of the caption the block is, which the caption pass
        // reads; at its start, perhaps a credit printed before its caption, unless more of
        // the story's prose follows than a caption has.
        if let Some(end) = bracketed_credit_end(text, at)
            && end < text.len()
            && before_sentence_start(text, end)
            && (at > 0 || crate::tidy::word_count(&text[end..]) > BRACKETED_CREDIT_LEAD_HOST_WORDS)
        {
            cuts.push(Cut {
                reason: Reason::Copyright,
                id: BRACKETED_CREDIT_RULE,
                text: text[at..end].trim().to_string(),
                kept: false,
            });
            spans.push((at, end));
            resume = end;
            continue;
        }
        // The block's last sentences, when the whole-block table knows them as a leftover of
        // their own ("… the council said. Get Sky News on WhatsApp Follow our channel …",
        // "… said.Disclaimer: The views … are those of the analysts."): a line a scraper
        // glued onto the paragraph before it.
        if !markup
            && at > 0
            && text.len() - at <= GLUED_TAIL_BYTES
            && {
                quotes.advance(text, at);
                !quotes.open()
            }
            && let Some(row) = glued_tail(text, at)
            && !*whole_block_rule
                .get_or_insert_with(|| super::boilerplate::classify(text).is_some())
        {
            cuts.push(Cut {
                reason: row.reason,
                id: row.id,
                text: text[at..].trim().to_string(),
                kept: false,
            });
            spans.push((at, text.len()));
            break;
        }
        // A sentence made of furniture's words alone ("Click here to see.", "Share this
        // story!"), glued between the story's sentences: no phrase row knows its wording,
        // its vocabulary says what it is.
        // Quotation marks before this sentence, counted once over the block as it goes.
        quotes.advance(text, at);
        if !quotes.open()
            && *long_block
                .get_or_insert_with(|| crate::tidy::word_count(text) >= FURNITURE_HOST_WORDS)
            && let Some((end, row)) = furniture_sentence(text, at)
            && !*whole_block_rule
                .get_or_insert_with(|| super::boilerplate::classify(text).is_some())
        {
            cuts.push(Cut {
                reason: row.reason,
                id: row.id,
                text: text[at..end].trim().to_string(),
                kept: false,
            });
            spans.push((at, end));
            resume = end;
        }
    }
    spans.sort_unstable();
    if cuts.is_empty() && spans.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for &(start, end) in &spans {
        push_joined(&mut out, &text[last..start]);
        last = end;
    }
    push_joined(&mut out, &text[last..]);
    Some((out, cuts))
}

/// The most bytes of a block's tail that may be judged as a line of its own: a leftover
/// glued on ends a paragraph in a sentence or two.
const GLUED_TAIL_BYTES: usize = 320;

/// The fewest words the story's sentences before a glued tail must have.
const GLUED_TAIL_HOST_WORDS: usize = 12;

/// The whole-block row that knows the block's tail from `at` on as a leftover, when the
/// sentences before it are the story's (long enough, and ending like a sentence). Only rows
/// anchored at a line's start are asked, and not those of markup's remnants (a lone "By", a
/// lone number): a story's sentence may be as short.
fn glued_tail(text: &str, at: usize) -> Option<&'static super::boilerplate::BlockRule> {
    let tail = text[at..].trim();
    if !tail.chars().next().is_some_and(char::is_uppercase)
        || crate::tidy::word_count(&text[..at]) < GLUED_TAIL_HOST_WORDS
    {
        return None;
    }
    // A pointer with its address ("Click here: https://…") points on from the story; a
    // "Read more" after a paragraph says the paragraph is a teaser's summary, which the
    // story picker must see as one.
    if crate::tidy::word_count(tail) < GLUED_TAIL_MIN_WORDS
        || tail.contains("http")
        || tail.contains("www.")
    {
        return None;
    }
    // One sentence, unless the row is for a long notice: a row that knows a line by its
    // opening words ("Clicca qui …") would take the story's sentences glued after them.
    let one_sentence = sentence_starts(tail).nth(1).is_none();
    // The rows of literal text first; the patterns only for a tail that names a family of
    // furniture (share, subscribe, advert …): compiling the patterns a story's every last
    // sentence would reach costs more than cleaning it.
    let key = super::boilerplate::key(tail);
    let row = super::boilerplate::classify_literal_key(&key).or_else(|| {
        super::furniture::names_a_family(&key)
            .then(|| super::boilerplate::classify(tail))
            .flatten()
    });
    row.filter(|row| {
        use super::boilerplate::Shape::{Exact, Pattern, Prefix};
        // Rows that match from the line's start only: a row that finds its words anywhere in a
        // line ("get access to") would take a sentence of the story that uses them.
        let (anchored, words) = match row.shape {
            Exact(_) => (true, usize::MAX),
            Prefix(_, words) => (true, words),
            Pattern(p, words) => (p.starts_with('^'), words),
            _ => (false, 0),
        };
        anchored
            && (one_sentence || words >= GLUED_NOTICE_WORDS)
            && !matches!(row.reason, Reason::Markup | Reason::Related)
            && super::boilerplate::opens_list(row.id).is_none()
    })
}

/// The word limit from which a row is for a notice of several sentences (a disclaimer, a
/// copyright notice), which a glued tail may hold whole.
const GLUED_NOTICE_WORDS: usize = 30;

/// The fewest words a glued tail must have: a one-word row ("News", "Print") may be the last
/// word of a name the sentence before it ended on.
const GLUED_TAIL_MIN_WORDS: usize = 2;

/// Id of the cut of a read-time stamp glued into the story.
const READ_TIME_RULE: &str = "read-time-glued";

/// A read-time stamp in the languages scraped news comes in, and the date it often runs
/// into, with or without a separator.
static READ_TIME: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(
        r"(?i)^\d{1,4}\s?(?:min|mins|minute|minutes|minuten|minutos|minuti|minut)\.?\s?(?:read|reading|lesezeit|de lecture|de lectura|di lettura|leestijd|czytania|de leitura)(?:\s*[·•|]?\s*(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\.? \d{1,2}, \d{4}|\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}))?",
    )
    .expect("read time")
});

/// The end of a read-time stamp starting at `at`, if one does.
fn read_time_end(text: &str, at: usize) -> Option<usize> {
    if !text[at..].starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    READ_TIME.find(&text[at..]).map(|m| at + m.end())
}

/// Id of the cut of an embedded post's signature glued into the story.
const POST_SIGNATURE_RULE: &str = "post-signature";

/// An embedded post's signature as a flattened embed leaves it: the post's picture link, a
/// dash, the author's name, the handle in brackets and the date, in English or as a number.
static POST_SIGNATURE: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(
        r"^(?:pic\.twitter\.com/\w+\s*)?[—–-]\s*[^()\n]{1,60}?\s*\(@\w{1,30}\)\s*(?:(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}|\d{1,2}[./]\d{1,2}[./]\d{2,4})",
    )
    .expect("post signature")
});

/// The end of an embedded post's signature starting at `at`, if one does.
fn post_signature_end(text: &str, at: usize) -> Option<usize> {
    let rest = &text[at..];
    if !(rest.starts_with("pic.twitter.com/") || rest.starts_with(['—', '–', '-'])) {
        return None;
    }
    POST_SIGNATURE.find(rest).map(|m| at + m.end())
}

/// Id of the cut of a bracketed photo credit glued between two of the story's sentences.
const BRACKETED_CREDIT_RULE: &str = "bracketed-photo-credit";

/// The most bytes a bracketed credit may have, brackets included.
const BRACKETED_CREDIT_BYTES: usize = 120;

/// The most words of the text after a bracketed credit that opens a block for it to be read
/// as the credit of a caption printed after it: past it, the block is the story's prose
/// with a credit left on its front (a caption has at most 60 words).
const BRACKETED_CREDIT_LEAD_HOST_WORDS: usize = 60;

/// The end of a bracketed photo credit opening at `at` (`(HT PHOTO)`, `[Jane Doe/Reuters]`).
fn bracketed_credit_end(text: &str, at: usize) -> Option<usize> {
    let rest = &text[at..];
    let close = match rest.as_bytes().first()? {
        b'(' => ')',
        b'[' => ']',
        _ => return None,
    };
    let mut limit = rest.len().min(BRACKETED_CREDIT_BYTES);
    while !rest.is_char_boundary(limit) {
        limit -= 1;
    }
    let window = &rest[..limit];
    let end = window.find(close)? + 1;
    super::credit::is_bracketed_photo_credit(&rest[..end]).then_some(at + end)
}

/// The most words a glued sentence of furniture may have, and the most bytes.
const FURNITURE_SENTENCE_WORDS: usize = 8;
const FURNITURE_SENTENCE_BYTES: usize = 160;

/// Quotation marks seen so far in a block, read once from start to end: inside an open
/// quotation the words are someone's, whatever they are.
#[derive(Default)]
struct Quotes {
    scanned: usize,
    straight: usize,
    curly_open: usize,
    curly_closed: usize,
}

impl Quotes {
    fn advance(&mut self, text: &str, to: usize) {
        if to <= self.scanned {
            return;
        }
        // Byte by byte: `"` is one byte, “ and ” are E2 80 9C and E2 80 9D.
        let mut bytes = text.as_bytes()[self.scanned..to].iter();
        while let Some(&b) = bytes.next() {
            match b {
                b'"' => self.straight += 1,
                0xE2 => match bytes.as_slice() {
                    [0x80, 0x9C, ..] => self.curly_open += 1,
                    [0x80, 0x9D, ..] => self.curly_closed += 1,
                    _ => {}
                },
                _ => {}
            }
        }
        self.scanned = to;
    }

    fn open(&self) -> bool {
        self.straight % 2 == 1 || self.curly_open > self.curly_closed
    }
}

/// The fewest words a block must have for a sentence of furniture to be cut out of it: a
/// short block is judged whole by the block rules ("© 2019 Site Ltd. All rights reserved."
/// is one copyright line, not a line with a glued sentence).
const FURNITURE_HOST_WORDS: usize = 20;

/// The end of the sentence at `at`, and the furniture row it belongs to, when it is made of
/// furniture's words alone ([`super::furniture`], as inside a story), ends with `.`, `!` or
/// `?`, and is not the whole block. The caller has checked that the block is long enough and
/// that no quotation is open.
fn furniture_sentence(
    text: &str,
    at: usize,
) -> Option<(usize, &'static super::boilerplate::BlockRule)> {
    let rest = &text[at..];
    // A sentence opens with a capital: "52 a share." after "$2." is the rest of a number.
    if !rest.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let mut words = 0;
    let mut end = None;
    for (i, c) in rest.char_indices() {
        // Bounded whatever the block holds: a sentence of furniture is short.
        if i > FURNITURE_SENTENCE_BYTES {
            return None;
        }
        if c == ' ' {
            words += 1;
            if words >= FURNITURE_SENTENCE_WORDS {
                return None;
            }
        }
        if matches!(c, '.' | '!' | '?') {
            // "p.m.", "U.S.", "5.1": a dot with no space after it and no capital is no end.
            let next = rest[i + 1..].chars().next();
            if c == '.' && next.is_some_and(|n| n.is_lowercase() || n.is_ascii_digit()) {
                return None;
            }
            end = Some(at + i + 1);
            break;
        }
    }
    let end = end?;
    let sentence = &text[at..end];
    if (at == 0 && text[end..].trim().is_empty())
        || !sentence.contains(' ')
        || sentence.chars().filter(|c| c.is_alphabetic()).count() < 4
    {
        return None;
    }
    let key = super::boilerplate::key(sentence);
    // Two of furniture's own words at least: a date and one family word ("In July 2018, we
    // recommended …") is not enough.
    let words = super::furniture::prompt_words(&key);
    if words.family + words.interface < 2 {
        return None;
    }
    let row = super::furniture::classify(&key, super::furniture::Stage::InStory)?;
    Some((end, row))
}

/// The row that names a share panel's cut.
const SHARE_ROW: usize = 1;

/// The fewest network names a share panel with no lead phrase must show.
const BARE_SHARE_RUN_NAMES: usize = 3;

/// Appends a piece of the story, one space between it and what is already there.
fn push_joined(out: &mut String, piece: &str) {
    let piece = piece.trim();
    if piece.is_empty() {
        return;
    }
    if !out.is_empty() {
        out.push(' ');
    }
    out.push_str(piece);
}

/// The end of a run of share-network names starting at `at` (after spaces and separators),
/// if the run has one name or more.
fn share_run_end(text: &str, at: usize) -> Option<usize> {
    share_run(text, at).map(|(end, _)| end)
}

/// A run of share-network names starting at `at`: where it ends, and how many names.
fn share_run(text: &str, at: usize) -> Option<(usize, usize)> {
    let mut pos = at;
    let mut names = 0;
    loop {
        let rest = &text[pos..];
        // Most sentences open with a letter no network's name does.
        if rest.as_bytes().first().is_some_and(|b| {
            b.is_ascii_alphanumeric() && !SHARE_FIRST_BYTES[b.to_ascii_lowercase() as usize]
        }) {
            break;
        }
        let trimmed = rest.trim_start_matches([' ', '|', '•', '·', ',', '/', ':']);
        let start = pos + (rest.len() - trimmed.len());
        let Some(first) = trimmed
            .as_bytes()
            .first()
            .map(u8::to_ascii_lowercase)
            .filter(|&b| SHARE_FIRST_BYTES[b as usize])
        else {
            break;
        };
        let Some(len) = SHARE_NAMES.iter().find_map(|name| {
            let n = name.len();
            (name.as_bytes()[0] == first
                && trimmed.len() >= n
                && trimmed.is_char_boundary(n)
                && trimmed[..n].eq_ignore_ascii_case(name)
                && trimmed[n..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_lowercase() && !c.is_numeric()))
            .then_some(n)
        }) else {
            break;
        };
        names += 1;
        pos = start + len;
    }
    (names > 0).then_some((pos, names))
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(super) fn kept(text: &str) -> String {
        cut(text).map_or_else(|| text.to_string(), |(t, _)| t)
    }

    pub(super) const FERRY: &str = "The ferry company said the strike would end on Friday after the union \
                         accepted the offer.";
    pub(super) const PIER: &str =
        "Engineers will survey the remaining piers this month, the council said.";

    #[test]
    fn a_glued_sentence_of_furniture_words_is_cut_alone() {
        for furniture in [
            "Clicca qui per leggere.",
            "Klik hier om te bekijken.",
            "Share this story!",
            "Zurück nach oben.",
        ] {
            for glue in ["", " "] {
                let text = format!("{FERRY}{glue}{furniture}{glue}{PIER}");
                let (rest, cuts) = cut(&text).expect(furniture);
                assert_eq!(rest, format!("{FERRY} {PIER}"), "{text}");
                assert_eq!(cuts[0].text, furniture);
                assert!(cuts[0].id.starts_with("ui-words-"), "{}", cuts[0].id);
            }
        }
    }

    #[test]
    fn a_whole_block_rows_phrase_glued_into_the_story_is_cut() {
        // Phrases the glued table does not list: borrowed from the whole-block table's rows.
        for (leftover, id) in [
            ("Be the first to like this.", "like-widget"),
            ("Show more sharing options", "share-widget"),
        ] {
            for glue in ["", " "] {
                let text = format!("{FERRY}{glue}{leftover}{glue}{PIER}");
                let (rest, cuts) = cut(&text).expect(leftover);
                assert_eq!(rest, format!("{FERRY} {PIER}"), "{text}");
                assert_eq!(cuts[0].id, id);
            }
        }
        // A phrase of two words is not borrowed: "Supported by" opens the story's sentences.
        let text = format!("{FERRY} Supported by the mayor, the plan passed. {PIER}");
        assert_eq!(kept(&text), text);
    }

    #[test]
    fn a_line_of_its_own_glued_onto_a_dumps_paragraph_is_cut() {
        for (tail, id) in [
            ("Follow us on Twitter and Facebook.", "follow-us"),
            (
                "Disclaimer: The views expressed are those of the analysts. Check with an adviser.",
                "disclaimer-label",
            ),
        ] {
            for glue in ["", " "] {
                let text = format!("{FERRY} {PIER}{glue}{tail}");
                let (rest, cuts) = cut(&text).expect(tail);
                assert_eq!(rest, format!("{FERRY} {PIER}"), "{text}");
                assert_eq!(cuts[0].id, id);
                // Markup keeps such a line in an element of its own: a page's block is not
                // read for one (a sentence of furniture's words may still go, by its words).
                let markup = cut_block(&text, true);
                assert!(
                    markup.is_none_or(|(_, cuts)| cuts.iter().all(|c| c.id != id)),
                    "{text}"
                );
            }
        }
        // A teaser's "Read more", a pointer with its address, and a sentence of the story
        // that a row matching anywhere in a line would know, stay.
        for tail in [
            "READ MORE",
            "Click here: https://example.com/report.",
            "This is the only way to get access to the archive right now.",
        ] {
            let text = format!("{FERRY} {PIER} {tail}");
            assert_eq!(kept(&text), text);
        }
    }

    #[test]
    fn a_read_time_stamp_glued_into_the_story_is_cut() {
        for stamp in [
            "6 min readMarch 3, 2024",
            "4 Min. Lesezeit",
            "12 min read · 3 March 2024",
        ] {
            for glue in ["", " "] {
                let text = format!("{FERRY}{glue}{stamp}{glue}{PIER}");
                let (rest, cuts) = cut(&text).expect(stamp);
                assert_eq!(rest, format!("{FERRY} {PIER}"), "{text}");
                assert_eq!(cuts[0].id, READ_TIME_RULE);
            }
        }
        // A sentence about minutes of reading is the story's.
        let text = format!("{FERRY} 20 minutes reading aloud a day helps children learn. {PIER}");
        assert_eq!(kept(&text), text);
    }

    #[test]
    fn an_embedded_posts_signature_glued_into_the_story_is_cut() {
        for signature in [
            "pic.twitter.com/AbC123— Jane Doe (@janedoe) June 3, 2023",
            "— Ministry of Transport (@transport_min) 12.05.2024",
        ] {
            for glue in ["", " "] {
                let text = format!("{FERRY}{glue}{signature}{glue}{PIER}");
                let (rest, cuts) = cut(&text).expect(signature);
                assert_eq!(rest, format!("{FERRY} {PIER}"), "{text}");
                assert_eq!(cuts[0].id, POST_SIGNATURE_RULE);
            }
        }
        // A dash and a name in the story's own words stay.
        let text = format!("{FERRY} — Jane Doe, the mayor, said so on June 3, 2023. {PIER}");
        assert_eq!(kept(&text), text);
    }

    #[test]
    fn a_bracketed_photo_credit_between_sentences_is_cut() {
        for credit in [
            "(HT PHOTO)",
            "(Photo by Tomás Berg/AFP Photo)",
            "(Getty Images/iStockphoto)",
            "(Jane Doe via AP)",
            "(Uncredited)",
            "[Jane Doe/Reuters]",
        ] {
            for glue in ["", " "] {
                let text = format!("{FERRY}{glue}{credit}{glue}{PIER}");
                let (rest, cuts) = cut(&text).expect(credit);
                assert_eq!(rest, format!("{FERRY} {PIER}"), "{text}");
                assert_eq!(cuts[0].text, credit);
                assert_eq!(cuts[0].id, BRACKETED_CREDIT_RULE);
            }
        }
        // At the block's end it is the caption's credit, left to the caption pass; a wire's
        // name or a platform in brackets is no photo's credit.
        for text in [
            format!("{FERRY} (AP Photo/Jane Doe)"),
            format!("{FERRY} (Reuters) {PIER}"),
            format!("{FERRY} (Twitter) {PIER}"),
            format!("{FERRY} (the photo was taken in 2019) {PIER}"),
        ] {
            assert_eq!(kept(&text), text, "{text}");
        }
    }

    #[test]
    fn a_bracketed_photo_credit_on_the_front_of_the_storys_prose_is_cut() {
        // More prose after it than a caption has: the story's paragraph, a credit on its front.
        let prose = [FERRY, PIER, FERRY, PIER, FERRY, PIER].join(" ");
        assert!(crate::tidy::word_count(&prose) > BRACKETED_CREDIT_LEAD_HOST_WORDS);
        for glue in ["", " "] {
            let text = format!("(HT PHOTO){glue}{prose}");
            let (rest, cuts) = cut(&text).expect("a credit on the front");
            assert_eq!(rest, prose, "{text}");
            assert_eq!(cuts[0].id, BRACKETED_CREDIT_RULE);
        }
        // Over a caption's few words it may be the credit printed before its caption.
        let text = format!("(HT PHOTO) {PIER}");
        assert_eq!(kept(&text), text);
    }

    #[test]
    fn sentences_like_furniture_inside_quotes_numbers_or_short_blocks_stay() {
        for text in [
            // Inside an open quotation.
            format!("\"We are proud of it. Share this story! It is ours,\" she said. {PIER}"),
            // The rest of a number, and a date with one family word.
            format!("{FERRY} Wall Street predicted $2.52 a share. {PIER}"),
            format!("{FERRY} In July 2018, we recommended a grant. {PIER}"),
            // A short block is judged whole.
            "Contact us. All rights reserved.".to_string(),
        ] {
            assert_eq!(kept(&text), text, "{text}");
        }
    }

    #[test]
    fn glued_also_read_at_the_end_is_cut() {
        let (kept, cuts) =
            cut("The army said the area was secure. ALSO READ: Army chief visits Leh").unwrap();
        assert_eq!(kept, "The army said the area was secure.");
        assert_eq!(cuts[0].text, "ALSO READ: Army chief visits Leh");
        assert_eq!(cuts[0].id, "glued-also-read");
    }

    #[test]
    fn a_share_panel_is_cut_with_its_networks() {
        assert_eq!(
            kept(
                "The bill passed.SHARE THIS ARTICLE ON Facebook Twitter WhatsApp Email The senate votes next."
            ),
            "The bill passed. The senate votes next."
        );
    }

    #[test]
    fn a_bare_share_panel_between_sentences_is_cut() {
        assert_eq!(
            kept("The bill passed. Facebook Twitter WhatsApp Email The senate votes next."),
            "The bill passed. The senate votes next."
        );
        assert_eq!(
            kept("The bill passed.Facebook | Twitter | Email"),
            "The bill passed."
        );
        let prose = "The bill passed. Facebook, Twitter and Email providers objected.";
        assert_eq!(kept(prose), prose);
    }

    #[test]
    fn markers_in_other_languages_are_cut() {
        assert_eq!(
            kept(
                "Der Streik dauert an. Lesen Sie auch: Fähren Stehen Still.Die Gewerkschaft will weiter verhandeln."
            ),
            "Der Streik dauert an. Die Gewerkschaft will weiter verhandeln."
        );
    }
}
