//! The syntaxes a photo credit comes in. A block carrying one is a caption; the credit is split
//! off and kept.
//!
//! Three places a credit sits:
//! - glued to the end of the caption: `…Iraq.(Reuters / File)`, `… Photograph: Jane Doe/Guardian`,
//!   `…in Kyiv on Monday.Reuters`, `… [Jane Doe/Reuters]`, `…le 5 mai. JANE DOE / AFP`;
//! - on a line of its own before or after the caption: `Image source, Getty Images`,
//!   `Photo: Getty Images`, `Credit...Jane Doe for The New York Times`, `Jane Doe/NPR`,
//!   `Ana Lopez | Reuters | Getty Images`, `AFP via Getty Images`, `Reuters`;
//! - as a label opening the caption: `Image caption, Firefighters …` (BBC).
//!
//! A credit line is read as [`Line`]: the credit without its label or brackets, the
//! [`Syntax`] it was written in, and a [`Level`] that says how sure the line is of being a
//! photo's credit at all. A wire's name alone (`Reuters`) also signs stories off; a
//! photographer's name over an agency (`JOHN SMITH/AFP`) signs nothing but photos.

use super::lazy::LazyRegex;
use regex::Regex;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::LazyLock;

/// What kind of desk an agency is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Desk {
    /// A news agency that files stories as well as photos: its name alone may sign a story
    /// off ("… said on Tuesday." then "Reuters").
    Wire,
    /// A picture agency or photo service: its name is only ever a photo's credit.
    Picture,
}

pub struct Agency {
    pub name: &'static str,
    pub desk: Desk,
}

const fn wire(name: &'static str) -> Agency {
    Agency {
        name,
        desk: Desk::Wire,
    }
}

const fn pic(name: &'static str) -> Agency {
    Agency {
        name,
        desk: Desk::Picture,
    }
}

/// Agencies and picture desks, as credits write them. Matched as a whole segment of a credit
/// (`Jane Doe/AFP`, `Reuters | Getty Images`), as written or in capitals (`REUTERS`).
#[rustfmt::skip]
pub static AGENCIES: &[Agency] = &[
    // wires: they also sign stories
    wire("Reuters"), wire("AP"), wire("Associated Press"), wire("The Associated Press"),
    wire("AFP"), wire("Agence France-Presse"), wire("Bloomberg"), wire("Xinhua"),
    wire("Xinhua News Agency"), wire("ANI"), wire("PTI"), wire("IANS"), wire("UNI"), wire("dpa"),
    wire("DPA"), wire("ANSA"), wire("EFE"), wire("Agencia EFE"), wire("Kyodo"),
    wire("Kyodo News"), wire("Jiji Press"), wire("Jiji"), wire("Yonhap"), wire("Anadolu"),
    wire("Anadolu Agency"), wire("PA"), wire("PA Media"), wire("Press Association"),
    wire("AAP"), wire("Canadian Press"), wire("The Canadian Press"), wire("CP"), wire("Belga"),
    wire("TASS"), wire("Sputnik"), wire("RIA Novosti"), wire("UPI"), wire("Bernama"),
    wire("Antara"), wire("Europa Press"), wire("NTB"), wire("ANP"), wire("APA"), wire("CTK"),
    wire("PAP"), wire("MTI"), wire("WAFA"), wire("IRNA"), wire("SANA"), wire("Agencies"),
    wire("ТАСС"), wire("РИА Новости"), wire("新华社"), wire("共同通信"), wire("時事通信"),
    wire("연합뉴스"),
    // picture desks: only ever a photo's credit
    pic("Getty Images"), pic("Getty"), pic("EPA"), pic("EPA-EFE"), pic("Shutterstock"),
    pic("REX"), pic("Rex Features"), pic("Alamy"), pic("Alamy Stock Photo"),
    pic("NurPhoto"), pic("SOPA Images"), pic("LightRocket"), pic("ZUMA"), pic("ZUMA Press"),
    pic("ZUMA Wire"), pic("Zuma Press"), pic("Sipa"), pic("SIPA"), pic("Sipa USA"),
    pic("PA Wire"), pic("PA Images"), pic("AAP Image"), pic("Keystone"), pic("Imago"),
    pic("IMAGO"), pic("imago images"), pic("picture alliance"), pic("picture-alliance"),
    pic("Abaca"), pic("ABACA"), pic("Abaca Press"), pic("WireImage"), pic("FilmMagic"),
    pic("iStock"), pic("iStockphoto"), pic("Unsplash"), pic("Pexels"), pic("Wikimedia Commons"),
    pic("Redux"), pic("Polaris"), pic("Magnum Photos"), pic("Corbis"), pic("Hans Lucas"),
    pic("Ritzau Scanpix"), pic("Scanpix"), pic("Lehtikuva"), pic("Agencia Brasil"),
    pic("Anadolu Images"), pic("Middle East Images"), pic("Pacific Press"), pic("Avalon"),
    pic("Splash News"), pic("Backgrid"), pic("BACKGRID"), pic("Reuters Pictures"),
];

/// Words a credit adds to an agency or stands alone with: `AP Photo`, `Reuters/File`,
/// `Pool via Reuters`, `(Handout)`. A segment of these alone says "photo" but names no one.
#[rustfmt::skip]
pub static DESK_WORDS: &[&str] = &[
    "Photo", "Photos", "PHOTO", "Pool", "POOL", "Pool Photo", "File", "FILE", "File Photo",
    "Handout", "HANDOUT", "Supplied", "Staff", "STF", "Archive", "Archives", "Stock",
    "Photographer", "Image", "Images", "Pictures", "Pic", "Representational", "Representative",
];

/// Words that end a publication's name (`The Coastal Herald`, `Hindustan Times`), for
/// credits that name one: `Jane Doe for The X`, `Jane Doe/The X`.
#[rustfmt::skip]
pub static PUBLICATION_WORDS: &[&str] = &[
    "Times", "Post", "Herald", "Journal", "News", "Tribune", "Guardian", "Telegraph", "Observer",
    "Globe", "Mail", "Chronicle", "Gazette", "Star", "Express", "Independent", "Review",
    "Magazine", "Daily", "Weekly", "Press", "Courier", "Standard", "Record", "Sun", "Mirror",
    "Examiner", "Inquirer", "Bulletin", "Reporter", "Sentinel", "Dispatch", "Monitor",
    "Register", "Leader", "Advertiser", "Mercury", "Age", "Statesman", "Nation", "Hindu", "Today",
    "Pictures", "Photography", "Photos", "Studio", "Studios", "Media", "Network", "Radio", "TV",
    "Television", "Zeitung", "Spiegel", "Monde", "País", "Figaro", "Corriere", "Stampa",
    "Libération", "Post-Dispatch", "Enquirer", "Citizen", "Argus", "Echo", "Voice", "Week",
    "Economist", "Atlantic", "Insider", "Wire",
];

/// Outlets credited by their short name (`Jane Doe/NPR`, `(Jane Doe/CBC)`).
#[rustfmt::skip]
pub static OUTLETS: &[&str] = &[
    "NPR", "CNN", "BBC", "NYT", "CBC", "Radio-Canada", "ABC", "ABC News", "NBC", "CBS", "Fox News",
    "Sky News", "Al Jazeera", "DW", "France 24", "Politico", "POLITICO", "Axios", "ProPublica",
    "Vox", "Wired", "WIRED", "SCMP", "HT", "TOI", "NDTV", "Mint", "The Hindu", "CNBC", "MSNBC",
    "PBS", "RFI", "RTÉ", "RTE", "SBS", "Stuff", "Le Monde", "El País", "Der Spiegel", "Bild",
    "Express", "Kyiv Independent", "Euronews",
];

/// Vocabulary that makes a bracketed tail a credit rather than an aside, besides the
/// agencies and outlets above: `(Representational image)`, `(Twitter)`, `(Supplied)`. Matched
/// as whole words, case-sensitively, so that "(ap)" or "(pti)" in running text is no credit.
#[rustfmt::skip]
pub static CREDIT_WORDS: &[&str] = &[
    "Photo", "Photos", "photo", "Photograph", "photograph", "Pic", "Picture", "Image", "image",
    "Images", "File", "file", "Handout", "handout", "Courtesy", "courtesy", "Pool", "via",
    "Credit", "Illustration", "Screengrab", "Screenshot", "screengrab", "Video grab",
    "Representational", "Representative", "Sourced", "Supplied", "Twitter", "Instagram",
    "Facebook", "X/", "Express", "Mint", "Foto", "Bild", "Imagen", "Фото",
];

/// Labels that introduce a credit with a colon (`Photo: X`, `Foto: X`, `写真：X`, `Photo : X`)
/// or dots (`Credit...X`). Matched whatever their case.
#[rustfmt::skip]
pub static CREDIT_LABELS: &[&str] = &[
    "Photo credit", "Photo credits", "Photo courtesy", "File photo", "Image credit", "Image credits",
    "Image source", "Image copyright", "Picture credit", "Photograph", "Photographs", "Photo",
    "Photos", "Picture", "Pictures", "Pic", "Pics", "Image", "Images", "Credit", "Credits",
    "Illustration", "Courtesy",
    // other languages
    "Foto", "Fotos", "Bild", "Bilder", "Imagen", "Imágenes", "Fotografía", "Fotografia",
    "Crédito", "Créditos", "Crédit photo", "Crédits photo", "Crédit", "Crédits", "Fotocredit",
    "Bildquelle", "Фото", "Фотография", "Снимок", "写真", "照片", "图片", "圖片", "사진",
];

/// Labels that introduce a credit with a word: `Photo by X`, `Courtesy of X`.
#[rustfmt::skip]
pub static CREDIT_LABELS_BY: &[&str] = &[
    "Photo by", "Photos by", "Photograph by", "Photographs by", "Picture by", "Pictures by",
    "Image by", "Illustration by", "Photo illustration by", "Video by", "Photo courtesy of",
    "Photos courtesy of", "Image courtesy of", "Picture courtesy of", "Foto von", "Foto de",
    "Fotografía de", "Photo de",
];

/// The one label that is kept in the credit: "Courtesy of the Ortmann family" is what the
/// credit says (a photo given, not taken).
pub static COURTESY: &str = "Courtesy of";

/// Labels that open a caption's text (the credit, if any, came on the line before).
#[rustfmt::skip]
pub static CAPTION_LABELS: &[&str] = &[
    "Image caption", "Caption", "Photo caption", "Picture caption",
];

/// Phrases that give a block without a credit the shape of a photo caption. The block must
/// also be one short sentence with no reporting verb and no quotation (see classify::caption).
pub static CAPTION_CUES: &[&str] = &[
    r"^(?:a )?file (?:photo|image|picture|pic)\b",
    r"^(?:representational|representative) (?:image|photo|picture)\b",
    r"\b(?:is|are) (?:seen|pictured|shown)\b",
    r"\bpictured\b",
    r"\b(?:poses?|posing) for (?:a )?(?:photo|photographs|pictures|portrait)\b",
    r"^(?:a )?(?:view|general view|screengrab|screenshot|still) of\b",
    r"\(file\)$|\bfile photo\b",
];

/// What a caption says that a story's paragraph does not, beyond the cues above: where the
/// people in the picture stand, "in this photo", and the wire caption's date with its
/// weekday and year ("on Monday, Sept. 4, 2023", "Tuesday, Nov. 19, 2019"). A credit line may claim the block below it (some
/// sites print the credit first) only on such evidence, or where the page's other credits
/// already stand first.
pub static CAPTION_EVIDENCE: &[&str] = &[
    r"\((?:L|R|C|left|right|centre|center|front|back|top|bottom)\)",
    r", (?:(?:second |third )?from )?(?:left|right|centre|center)(?:, (?:and|to) [^,]+)?,",
    r"\b(?:from left|from right|left to right)\b",
    r"(?i:\bin this (?:file |undated |handout |aerial |drone )?(?:photo|image|picture|handout|screengrab|photograph|still)\b)",
    r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? (?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8}),? \d{4}\b",
];

/// Verbs that give words to someone ("…, Reuters reported.", "she said"). A caption shows what
/// the picture shows; a block that reports speech is the story's, whatever credit stands
/// next to it. A passive use ("farmers have been told to leave") is description. Narrower
/// than the quote attributor's list: "continues", "called" and "posted" describe pictures too.
#[rustfmt::skip]
pub static SPEECH_VERBS: &[&str] = &[
    "said", "says", "say", "told", "tells", "reported", "reports", "added", "adds", "announced",
    "stated", "explained", "wrote", "writes", "asked", "claimed", "warned", "insisted", "argued",
    "confirmed", "tweeted", "according", "quoted", "denied", "urged", "vowed",
];

/// Words a line in Title Case leaves in lower case: a heading, not a caption that lost its
/// stop, when every other word is capitalised.
#[rustfmt::skip]
pub static TITLE_CASE_SMALL_WORDS: &[&str] = &[
    "a", "an", "the", "of", "and", "or", "in", "on", "at", "for", "to", "by", "with", "from", "vs",
];

/// Words after which a speech verb is passive.
pub static PASSIVE: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "get", "got",
];

/// The syntax a credit line is written in. The id names it in tests and reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Syntax {
    pub id: &'static str,
    pub description: &'static str,
}

const fn syntax(id: &'static str, description: &'static str) -> Syntax {
    Syntax { id, description }
}

pub static LABEL: Syntax = syntax(
    "label",
    "a credit label and the credit: `Photo: X`, `Foto: X`",
);
pub static LABEL_BY: Syntax = syntax("label-by", "`Photo by X`, `Photo courtesy of X`");
pub static COURTESY_OF: Syntax = syntax("courtesy", "`Courtesy of X`, kept whole");
pub static BRACKETED: Syntax = syntax(
    "bracketed",
    "a credit in brackets: `(AP Photo/X)`, `[X/Reuters]`",
);
pub static BRACKETED_WORD: Syntax = syntax(
    "bracketed-word",
    "a credit word in brackets, and no credit's syntax: `[Wired]`",
);
pub static COPYRIGHT: Syntax = syntax("copyright-sign", "`© X/AFP`");
pub static NAME_AGENCY: Syntax = syntax(
    "name-agency",
    "a photographer and an agency or outlet: `X/AFP`, `X | Reuters`, `X, AP`",
);
pub static FOR_PUBLICATION: Syntax = syntax(
    "for-publication",
    "`X for The Y`: a photographer on assignment",
);
pub static AGENCY_LIST: Syntax = syntax(
    "agency-list",
    "agencies alone: `AFP via Getty Images`, `Reuters/File`, `Getty Images`",
);
pub static WIRE: Syntax = syntax("wire", "a wire's name alone: `Reuters`, `AP`");
pub static NAME_SLASH: Syntax = syntax(
    "name-slash",
    "two names over a slash: `Jane Doe/Some Outlet`",
);

/// How sure a credit line is of being a photo's credit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// A wire alone (`Reuters`), or two names over a slash: also a story's sign-off.
    Bare,
    /// A name with an agency or outlet (`Jane Doe, AP`, `Jane Doe for The X`): also an
    /// author's line.
    Named,
    /// A picture desk, a photo word, a photographer over an agency (`JOHN SMITH/AFP`).
    Photo,
    /// A credit label or brackets: `Photo: X`, `(Photo by X)`.
    Labelled,
}

/// A block that is a credit and nothing else.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line<'a> {
    /// The credit, without label or brackets.
    pub credit: &'a str,
    pub level: Level,
    pub syntax: &'static Syntax,
}

pub struct Compiled {
    /// Any credit word, agency or outlet, whole-word.
    pub(crate) credit_word: LazyRegex,
    /// `… Label: credit` at the end of a block (label after a sentence end or at the start).
    pub(crate) label_tail: LazyRegex,
    /// A label run into the caption's last word with no stop or space ("…a rabbitCredit:
    /// Getty", as a dump flattens a caption and its credit element).
    pub(crate) label_tail_glued: LazyRegex,
    /// `… Label: credit` after a word: only a credit that reads as one on its own counts.
    pub(crate) label_tail_unmarked: LazyRegex,
    /// A block that starts `Label: ` / `Label, ` (two-word labels) / `Credit...`.
    pub(crate) label_line: LazyRegex,
    /// `Photo by `, `Courtesy of `.
    pub(crate) label_by: LazyRegex,
    /// `Image caption, text`.
    pub(crate) caption_label: LazyRegex,
    /// A bare `Name Surname/Outlet` credit line.
    pub(crate) slash_credit: LazyRegex,
    /// Caption cues, any of them.
    pub(crate) cues: LazyRegex,
    /// Caption evidence, any of it.
    pub(crate) evidence: LazyRegex,
    /// The first words of the credit labels: a gate before `label_tail`.
    pub label_words: aho_corasick::AhoCorasick,
    /// Agencies by their name as written and in capitals.
    pub agencies: HashMap<String, Desk>,
    pub desk_words: HashSet<String>,
    pub outlets: HashSet<String>,
    pub publication_words: HashSet<&'static str>,
    pub label_first_words: HashSet<String>,
    pub caption_first_words: HashSet<String>,
}

pub(crate) fn compiled() -> &'static Compiled {
    static C: LazyLock<Compiled> = LazyLock::new(|| {
        let names: Vec<&str> = CREDIT_WORDS
            .iter()
            .copied()
            .chain(AGENCIES.iter().map(|a| a.name))
            .chain(OUTLETS.iter().copied())
            .collect();
        let words = alternation(&names);
        let labels = alternation(CREDIT_LABELS);
        let spaced: Vec<&str> = CREDIT_LABELS
            .iter()
            .copied()
            .filter(|l| l.contains(' '))
            .collect();
        let spaced = alternation(&spaced);
        let by = alternation(&[CREDIT_LABELS_BY, &[COURTESY][..]].concat());
        let caption_labels = alternation(CAPTION_LABELS);
        let mut agencies = HashMap::default();
        for a in AGENCIES {
            agencies.insert(a.name.to_string(), a.desk);
            agencies.entry(a.name.to_uppercase()).or_insert(a.desk);
        }
        let cased = |list: &[&str]| -> HashSet<String> {
            list.iter()
                .flat_map(|w| [w.to_string(), w.to_uppercase()])
                .collect()
        };
        Compiled {
            credit_word: LazyRegex::new(format!(r"(?:^|[^\p{{L}}])(?:{words})(?:$|[^\p{{L}}])")),
            label_tail: LazyRegex::new(format!(
                r"(?:[.!?”\x22’)]\s*(?:\|\s*)?|\s\|\s*)(\p{{Lu}}{{2,5}}\s+)?(?:(?i:{labels})\s*(?::|：|\.{{2,}}|…)|©)\s*(\S.*)$"
            )),
            label_tail_glued: LazyRegex::new(format!(
                r"\p{{Ll}}((?i:{labels}))\s*(?::|：)\s*(\S.*)$"
            )),
            label_tail_unmarked: LazyRegex::new(format!(
                r"\s(?:(?:{labels})\s*(?::|：)|©)\s*(\S.*)$"
            )),
            label_line: LazyRegex::new(format!(
                r"^(?i:(?:{labels})\s*(?::|：|\.{{2,}}|…|\s\|)|(?:{spaced})\s*,)\s*"
            )),
            label_by: LazyRegex::new(format!(r"^(?i:{by})\s+")),
            caption_label: LazyRegex::new(format!(r"^(?:{caption_labels})(?:\s*[:,]\s*|( ))")),
            slash_credit: LazyRegex::new(r"^\p{Lu}[\p{L}.' -]* ?/ ?\p{Lu}[\p{L}&.' -]+$"),
            label_words: aho_corasick::AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .build(
                    CREDIT_LABELS
                        .iter()
                        .map(|l| l.split(' ').next().unwrap_or(l))
                        .chain(["©"]),
                )
                .expect("label words compile"),
            cues: LazyRegex::new(
                format!("(?i){}", CAPTION_CUES.join("|")).replace(r"\b", r"(?-u:\b)"),
            ),
            evidence: LazyRegex::new(CAPTION_EVIDENCE.join("|").replace(r"\b", r"(?-u:\b)")),
            agencies,
            desk_words: cased(DESK_WORDS),
            outlets: cased(OUTLETS),
            publication_words: PUBLICATION_WORDS.iter().copied().collect(),
            label_first_words: first_words(CREDIT_LABELS),
            caption_first_words: first_words(CAPTION_LABELS),
        }
    });
    &C
}

/// Compiles every regex of the table, so a typo in a pattern fails `cargo test`.
pub(crate) fn compile_every_pattern() {
    let c = compiled();
    for re in [
        &c.credit_word,
        &c.label_tail,
        &c.label_tail_glued,
        &c.label_tail_unmarked,
        &c.label_line,
        &c.label_by,
        &c.caption_label,
        &c.slash_credit,
        &c.cues,
        &c.evidence,
    ] {
        let _: &regex::Regex = re;
    }
}

fn alternation(words: &[&str]) -> String {
    let mut sorted: Vec<&str> = words.to_vec();
    sorted.sort_by_key(|w| std::cmp::Reverse(w.len()));
    sorted
        .iter()
        .map(|w| regex::escape(w))
        .collect::<Vec<_>>()
        .join("|")
}

/// "Photo by Jane Doe/AFP via Getty Images" → "Jane Doe/AFP via Getty Images": the label is
/// syntax, the names are the credit. "(PTI Photo)" keeps its words: there they name the desk.
pub fn clean_credit(credit: &str) -> &str {
    if let Some(m) = compiled().label_by.find(credit)
        && !credit[..m.end()].trim_end().eq_ignore_ascii_case(COURTESY)
    {
        let rest = credit[m.end()..].trim();
        if !rest.is_empty() {
            return rest;
        }
    }
    if let Some(rest) = after_label(&compiled().label_line, credit)
        && opens_with_label(credit, &compiled().label_first_words)
    {
        return rest;
    }
    credit
}

/// Whether the block's first word is the first word of one of the labels: a cheap gate
/// before the label regexes, which every block would otherwise pay for.
fn opens_with_label(block: &str, first_words: &HashSet<String>) -> bool {
    // No label's first word is longer than this ("Фотография"): most blocks stop here.
    const LONGEST: usize = 24;
    let end = block
        .char_indices()
        .take_while(|&(i, _)| i <= LONGEST)
        .find(|&(_, c)| matches!(c, ' ' | ',' | ':' | '：' | '.' | '…'))
        .map_or(block.len(), |(i, _)| i);
    if end > LONGEST || end == 0 {
        return false;
    }
    let first = &block[..end];
    let set = first_words;
    if first.is_ascii() {
        let mut buf = [0u8; LONGEST + 1];
        buf[..end].copy_from_slice(first.as_bytes());
        buf[..end].make_ascii_lowercase();
        std::str::from_utf8(&buf[..end]).is_ok_and(|w| set.contains(w))
    } else {
        set.contains(first.to_lowercase().as_str())
    }
}

/// The lower-cased first words of labels.
fn first_words(labels: &[&str]) -> HashSet<String> {
    labels
        .iter()
        .map(|l| l.split(' ').next().unwrap_or(l).to_lowercase())
        .collect()
}

/// A caption split from its glued credit.
#[derive(Debug, PartialEq, Eq)]
pub struct Split<'a> {
    pub text: &'a str,
    pub credit: &'a str,
    pub level: Level,
    /// A bare credit after a space (`… the US. PTI`), not glued to the stop or bracketed:
    /// also how a story signs off.
    pub loose: bool,
    /// The credit stood in brackets: `(AFP)`.
    pub bracketed: bool,
}

/// How far from the end of a block a glued credit may start.
const TAIL: usize = 160;

/// The most words a credit line has: a photographer or two, an agency, a desk.
const CREDIT_WORDS_MAX: usize = 16;

/// The most words a credit's label has ("Photo courtesy of the", "Image copyright").
const LABEL_WORDS_MAX: usize = 5;

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
        Some(l) if l.syntax != &NAME_SLASH => (l.credit, bracket_level(l.level)),
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

/// A wire in brackets (`(Reuters)`) is still only a wire: a story's sign-off has them too.
fn bracket_level(inner: Level) -> Level {
    if inner == Level::Bare {
        Level::Bare
    } else {
        Level::Labelled
    }
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
        && memchr::memmem::find(t, b"..").is_none()
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
        let by_label = compiled().label_by.is_match(rest);
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

/// A block that only a photo has: a credit line that names a photographer, a picture desk or
/// a label (not a wire's name alone), a caption with such a credit glued on, or a credit or
/// caption label's own line (`Image copyright`, `Image caption`).
pub fn is_photo_credit(block: &str) -> bool {
    is_photo_line(block)
        || caption_label(block).is_some()
        || glued_credit(block).is_some_and(|s| {
            // "…Multan.Reuters", "… | KYODO": a wire's name glued on as no sign-off is.
            s.level >= Level::Photo || (s.level == Level::Bare && !s.loose && !s.bracketed)
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

fn short(credit: &str) -> bool {
    !credit.is_empty() && credit.split(' ').count() <= CREDIT_WORDS_MAX
}

/// A credit line with no label: its segments (split at `|`, `/`, `, `, ` via `, ` for `) are
/// agencies, desk words, outlets and people's names, and at least one is an agency or an
/// outlet. `JOHN SMITH/AFP`, `Ana Lopez | Reuters | Getty Images`, `AFP via Getty Images`,
/// `Marta Ruiz for The Coastal Herald`, `Reuters`.
pub fn unlabelled(t: &str) -> Option<Line<'_>> {
    if t.is_empty() || t.len() > 160 || t.split(' ').count() > CREDIT_WORDS_MAX {
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
        } else if is_name(s.text) {
            Seg::Name
        } else if i > 0
            && segs[i].after == Sep::For
            && matches!(kinds.last(), Some(Seg::Agency(_)))
            && capitalised_words(s.text)
        {
            // "Getty Images for Netflix": whoever the agency shot it for.
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

struct Segment<'a> {
    text: &'a str,
    after: Sep,
}

/// A credit cut at its separators: `|`, `/`, `, `, ` via `, ` for `, ` and `.
fn segments(t: &str) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    let mut sep = Sep::Start;
    let mut start = 0;
    let b = t.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let (len, next) = match b[i] {
            b'|' => (1, Some(Sep::Bar)),
            b'/' => (1, Some(Sep::Slash)),
            b',' if b.get(i + 1) == Some(&b' ') => (2, Some(Sep::Comma)),
            b' ' if t[i..].starts_with(" via ") => (5, Some(Sep::Via)),
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
fn is_name(s: &str) -> bool {
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
        && c.publication_words.contains(last)
}

/// The text after a label that `label` (anchored at the start) matches, if any is left.
/// The label alone is matched, not the whole line: a capture of the rest made the regex
/// engine backtrack over every byte of a long caption.
fn after_label<'a>(label: &Regex, block: &'a str) -> Option<&'a str> {
    let rest = block[label.find(block)?.end()..].trim();
    (!rest.is_empty() && !rest.contains('\n')).then_some(rest)
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
            .any(|l| l.contains(' ') && l.eq_ignore_ascii_case(t))
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

/// Every caption cue contains one of these: a block with none of them skips the cue regex.
pub static CUE_GATE: &[&str] = &[
    "seen",
    "pictured",
    "shown",
    "pose",
    "posing",
    "file",
    "File",
    "view",
    "View",
    "screengrab",
    "Screengrab",
    "screenshot",
    "Screenshot",
    "still",
    "Still",
    "epresenta",
];

pub fn has_caption_cue(block: &str) -> bool {
    // One pass for all the gate words, not one per word. (Leftmost-first: only then may the
    // automaton use its SIMD prefilter, and a yes-or-no gate does not care which match.)
    static GATE: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
        aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostFirst)
            .build(CUE_GATE)
            .expect("gate words compile")
    });
    GATE.is_match(block) && compiled().cues.is_match(block)
}

/// A cue, or other evidence that a block describes a picture (see [`CAPTION_EVIDENCE`]).
pub fn has_caption_evidence(block: &str) -> bool {
    has_caption_cue(block) || compiled().evidence.is_match(block)
}

fn word_count(text: &str) -> usize {
    crate::text::word_count(text)
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

    fn level(t: &str) -> Option<Level> {
        line(t).map(|l| l.level)
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
    fn credit_lines_by_syntax() {
        for (t, credit, lvl, syn) in [
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
    fn asides_in_brackets_are_not_credits() {
        assert!(glued_credit("The group (known as IS) took the town.").is_none());
        assert!(glued_credit("He was killed in action (KIA).").is_none());
        assert!(glued_credit("She won the seat for the party (Labour/Co-op).").is_none());
    }

    #[test]
    fn label_only_lines() {
        assert!(is_label_only("Image copyright"));
        assert!(is_label_only("Image source"));
        assert!(!is_label_only("Photo"));
        assert!(is_caption_label_only("Image caption"));
        assert!(!is_caption_label_only("Image caption, Crowds in Leeds"));
    }

    #[test]
    fn evidence_of_a_caption() {
        for t in [
            "Ukrainian soldiers fire at Russian positions near Bakhmut on Monday, Sept. 4, 2023.",
            "Jane Doe, left, and John Roe at the launch in Paris.",
            "The minister (C) arrives for talks in Brussels.",
            "In this photo taken on March 3, a boy carries water.",
            "Kristi Noem, governor of South Dakota, pictured at the White House in 2018.",
        ] {
            assert!(has_caption_evidence(t), "{t}");
        }
        assert!(!has_caption_evidence(
            "The council voted on Tuesday to close the old bridge to heavy traffic."
        ));
    }
}
