//! The story's language: what the page's markup declares, checked against what its text is.
//!
//! The markup's tag stands (as the page wrote it, `en-GB`) when the text agrees with its
//! language, or when the text is too short or too mixed to say otherwise; its confidence is
//! then `None`. When the markup is silent, or the text is reliably another language, the
//! language is detected from the text (whatlang's trigram models) and given as an ISO 639-1
//! code (`de`; ISO 639-3 where 639-1 has none) with whatlang's confidence, 0.0–1.0.

use whatlang::Lang;

/// A language and, when it was detected from the text rather than declared, how sure the
/// detection was.
#[derive(Debug, Clone, PartialEq)]
pub struct Language {
    pub tag: String,
    pub confidence: Option<f64>,
}

/// How much of the story the detector reads (bytes, from the headline on): enough for a
/// verdict, bounded in cost. Detection costs about 0.8 M instructions an article at 1,000 bytes
/// and 1.1 M at 4,000 (callgrind, December 2026), most of it fixed: the distance to each
/// language's trigram profile.
const SAMPLE: usize = 1000;

/// The language of a story whose markup declared `declared` (in the order the page's sources
/// were read, first the most trusted) and whose text is `text`.
pub fn decide<'a>(
    declared: &[String],
    text: impl IntoIterator<Item = &'a str>,
) -> Option<Language> {
    let mut sample = String::new();
    for t in text {
        if sample.len() >= SAMPLE {
            break;
        }
        if !sample.is_empty() {
            sample.push('\n');
        }
        sample.push_str(t);
    }
    if sample.len() > SAMPLE {
        let mut cut = SAMPLE;
        while !sample.is_char_boundary(cut) {
            cut -= 1;
        }
        sample.truncate(cut);
    }
    let detected = whatlang::detect(&sample);
    let declared: Vec<&String> = declared.iter().filter(|t| primary(t).is_some()).collect();
    let Some(info) = detected else {
        return declared.first().map(|t| Language {
            tag: (*t).clone(),
            confidence: None,
        });
    };
    let code = iso639_1(info.lang());
    if let Some(t) = declared
        .iter()
        .find(|t| primary(t).is_some_and(|p| same_language(&p, code)))
    {
        return Some(Language {
            tag: (*t).clone(),
            confidence: None,
        });
    }
    let confidence = (info.confidence() * 100.0).round() / 100.0;
    match declared.first() {
        // The text is not sure enough to overrule the page.
        Some(t) if !info.is_reliable() => Some(Language {
            tag: (*t).clone(),
            confidence: None,
        }),
        _ => Some(Language {
            tag: code.to_string(),
            confidence: Some(confidence.clamp(0.0, 1.0)),
        }),
    }
}

/// A language tag as pages write it, tidied: `en_us` → `en-US`, `EN` → `en`; `None` for what
/// is no tag (`x-default`, empty, a sentence).
pub fn tidy(tag: &str) -> Option<String> {
    let tag = tag.trim().replace('_', "-");
    let mut parts = tag.split('-');
    let lang = parts.next()?.to_ascii_lowercase();
    if !(2..=3).contains(&lang.len()) || !lang.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    let mut out = lang;
    for p in parts {
        if p.is_empty() || p.len() > 8 || !p.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return None;
        }
        out.push('-');
        match p.len() {
            2 => out.push_str(&p.to_ascii_uppercase()),
            4 => {
                // A script: `Hant`.
                out.push_str(&p[..1].to_ascii_uppercase());
                out.push_str(&p[1..].to_ascii_lowercase());
            }
            _ => out.push_str(p),
        }
    }
    Some(out)
}

/// The language subtag of a tag, lower case, with the retired codes renamed.
fn primary(tag: &str) -> Option<String> {
    let p = tag.split(['-', '_']).next()?.to_ascii_lowercase();
    if !(2..=3).contains(&p.len()) {
        return None;
    }
    Some(
        match p.as_str() {
            "iw" => "he",
            "in" => "id",
            "ji" => "yi",
            "zho" | "chi" => "zh",
            "eng" => "en",
            "deu" | "ger" => "de",
            "fra" | "fre" => "fr",
            "spa" => "es",
            other => other,
        }
        .to_string(),
    )
}

/// Whether a declared language and a detected one are the same for a reader: Norwegian
/// Bokmål under `no`, Serbian and Croatian (whose trigrams the detector confuses), Malay
/// under Indonesian.
fn same_language(declared: &str, detected: &str) -> bool {
    const KIN: &[&[&str]] = &[&["no", "nb", "nn"], &["sr", "hr", "bs"], &["id", "ms"]];
    declared == detected
        || KIN
            .iter()
            .any(|k| k.contains(&declared) && k.contains(&detected))
}

/// ISO 639-1 for whatlang's ISO 639-3 codes; the 639-3 code where 639-1 has none.
pub fn iso639_1(lang: Lang) -> &'static str {
    match lang.code() {
        "epo" => "eo",
        "eng" => "en",
        "rus" => "ru",
        "cmn" => "zh",
        "spa" => "es",
        "por" => "pt",
        "ita" => "it",
        "ben" => "bn",
        "fra" => "fr",
        "deu" => "de",
        "ukr" => "uk",
        "kat" => "ka",
        "ara" => "ar",
        "hin" => "hi",
        "jpn" => "ja",
        "heb" => "he",
        "yid" => "yi",
        "pol" => "pl",
        "amh" => "am",
        "jav" => "jv",
        "kor" => "ko",
        "nob" => "nb",
        "dan" => "da",
        "swe" => "sv",
        "fin" => "fi",
        "tur" => "tr",
        "nld" => "nl",
        "hun" => "hu",
        "ces" => "cs",
        "ell" => "el",
        "bul" => "bg",
        "bel" => "be",
        "mar" => "mr",
        "kan" => "kn",
        "ron" => "ro",
        "slv" => "sl",
        "hrv" => "hr",
        "srp" => "sr",
        "mkd" => "mk",
        "lit" => "lt",
        "lav" => "lv",
        "est" => "et",
        "tam" => "ta",
        "vie" => "vi",
        "urd" => "ur",
        "tha" => "th",
        "guj" => "gu",
        "uzb" => "uz",
        "pan" => "pa",
        "aze" => "az",
        "ind" => "id",
        "tel" => "te",
        "pes" => "fa",
        "mal" => "ml",
        "ori" => "or",
        "mya" => "my",
        "nep" => "ne",
        "sin" => "si",
        "khm" => "km",
        "tuk" => "tk",
        "aka" => "ak",
        "zul" => "zu",
        "sna" => "sn",
        "afr" => "af",
        "lat" => "la",
        "slk" => "sk",
        "cat" => "ca",
        "tgl" => "tl",
        "hye" => "hy",
        "cym" => "cy",
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EN: &str = "The council voted on Tuesday to close the old bridge to heavy traffic after engineers found cracks in two of its supports. Repairs are expected to take most of the summer, officials said.";
    const DE: &str = "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke für den Schwerverkehr zu sperren, nachdem Ingenieure Risse in zwei ihrer Pfeiler gefunden hatten. Die Reparaturen werden voraussichtlich den größten Teil des Sommers dauern.";
    const ES: &str = "El ayuntamiento votó el martes para cerrar el viejo puente al tráfico pesado después de que los ingenieros encontraran grietas en dos de sus pilares. Se espera que las reparaciones duren la mayor parte del verano.";

    #[test]
    fn detected_when_the_markup_is_silent() {
        for (text, code) in [(EN, "en"), (DE, "de"), (ES, "es")] {
            let l = decide(&[], [text]).unwrap();
            assert_eq!(l.tag, code);
            let c = l.confidence.unwrap();
            assert!((0.0..=1.0).contains(&c) && c > 0.5, "{code}: {c}");
        }
    }

    #[test]
    fn the_markup_stands_when_the_text_agrees() {
        let l = decide(&["en-GB".to_string()], [EN]).unwrap();
        assert_eq!(l.tag, "en-GB");
        assert_eq!(l.confidence, None);
        // Of several declarations, the one the text agrees with.
        let l = decide(&["en".to_string(), "de-DE".to_string()], [DE]).unwrap();
        assert_eq!(l.tag, "de-DE");
    }

    #[test]
    fn the_text_overrules_a_contradicting_markup() {
        let l = decide(&["en-US".to_string()], [DE]).unwrap();
        assert_eq!(l.tag, "de");
        assert!(l.confidence.is_some());
        let l = decide(&["de".to_string()], [ES]).unwrap();
        assert_eq!(l.tag, "es");
    }

    #[test]
    fn too_little_text_leaves_the_markup() {
        assert_eq!(decide(&["fr".to_string()], ["OK"]).unwrap().tag, "fr");
        assert_eq!(decide(&[], [""]), None);
    }

    #[test]
    fn tags_are_tidied() {
        assert_eq!(tidy("en_us").as_deref(), Some("en-US"));
        assert_eq!(tidy(" EN ").as_deref(), Some("en"));
        assert_eq!(tidy("zh-hant-tw").as_deref(), Some("zh-Hant-TW"));
        assert_eq!(tidy("x-default"), None);
        assert_eq!(tidy("English language"), None);
        assert_eq!(tidy(""), None);
    }
}
