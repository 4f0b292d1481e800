//! What makes a block read as a photo caption when no credit says so: caption cues ("file
//! photo", "pictured"), evidence such as a wire caption's dated weekday, and the words that
//! tell a caption from a story's sentence (speech verbs, Title Case's small words). Kept apart
//! from the credit syntaxes: these judge the caption's own text, not its credit.

use super::compiled;
use std::sync::LazyLock;

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
    // "This photo, provided by the ministry, shows …" (Yonhap, AP): who gave it, between commas.
    r"(?i:^(?:an? |the |this )?(?:file |handout |undated )?(?:photo|image|picture|photograph), (?:released|provided|taken|distributed)\b[^\n]{0,120}?, shows\b)",
    // "in the photo" and "left"/"right" in brackets, in other languages
    r"(?i:(?:^|\b)(?:nella foto|in foto|sur (?:la|cette) photo|sur l'image|en la (?:foto|imagen)|na foto|auf dem (?:Foto|Bild)|op de foto)\b)",
    r"\((?:a sinistra|a destra|al centro|à gauche|à droite|au centre|izquierda|derecha|links|rechts|Mitte|esquerda|direita)\)",
    r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? (?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8}),? \d{4}\b",
    // A caption that names what it is: "A stock image of …", "File photo shows …".
    r"(?i:^(?:an? |the |this )?(?:stock |file |undated |handout |aerial |drone |archive )?(?:photo|image|picture|photograph|screengrab|still)s? (?:of|shows?|showing)\b)",
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
    // German, French, Spanish, Italian, Portuguese, Dutch: the forms that give words to
    // someone ("Dupper sagte am Donnerstag …", "a déclaré", "dijo", "ha detto", "disse", "zei")
    "sagte", "sagten", "sagt", "erklärte", "betonte", "kündigte", "zufolge", "déclaré", "affirmé",
    "expliqué", "annoncé", "selon", "dijo", "afirmó", "explicó", "señaló", "aseguró", "según",
    "detto", "dichiarato", "spiegato", "disse", "afirmou", "declarou", "explicou",
    "zei", "zegt", "aldus", "volgens", "verklaarde",
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

/// Whether a block shows one of the [`CAPTION_CUES`] (after the [`CUE_GATE`] words).
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

#[cfg(test)]
mod tests {
    use super::*;

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
