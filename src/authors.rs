//! The people who wrote the story, as a list: a byline split into names ("By A, B and C",
//! "A and B", "A | Agency"), without roles ("Staff Writer") and without news agencies or
//! outlets, which stay in `byline` only: `authors` names people, so that a script can count
//! a writer's stories whatever wire copy ran beside them.

/// Words a role is made of ("Senior Staff Writer", "Special Correspondent"): a part of a
/// byline made only of these (and of small words) names no one. Lower case.
const ROLE_WORDS: &[&str] = &[
    "admin",
    "administrator",
    "analyst",
    "associate",
    "author",
    "bureau",
    "business",
    "chief",
    "columnist",
    "contributing",
    "contributor",
    "correspondent",
    "correspondents",
    "culture",
    "deputy",
    "desk",
    "digital",
    "economics",
    "editor",
    "editorial",
    "editors",
    "executive",
    "foreign",
    "freelance",
    "global",
    "guest",
    "health",
    "intern",
    "international",
    "local",
    "managing",
    "markets",
    "national",
    "news",
    "online",
    "opinion",
    "photographer",
    "political",
    "politics",
    "producer",
    "reporter",
    "reporters",
    "science",
    "senior",
    "special",
    "sports",
    "staff",
    "staffer",
    "team",
    "tech",
    "technology",
    "web",
    "writer",
    "writers",
    "wire",
    "agencies",
    "agency",
    "desk",
    "newsroom",
    "contributors",
    "редакция",
];

/// Small words a role or an outlet's name may hold ("Editor of the Year", "for The Times").
const SMALL_WORDS: &[&str] = &["and", "of", "the", "for", "in", "at", "&"];

/// Words that make a part an outlet's or an agency's name, not a person's. Lower case.
const OUTLET_WORDS: &[&str] = &[
    "news",
    "post",
    "times",
    "press",
    "media",
    "agency",
    "agencies",
    "magazine",
    "journal",
    "service",
    "network",
    "daily",
    "herald",
    "tribune",
    "gazette",
    "telegraph",
    "reuters",
    "bloomberg",
    "online",
    "radio",
    "tv",
    "television",
    "channel",
    "wire",
    "wires",
    "staff",
    "desk",
    "team",
    "newsroom",
    "group",
    "inc",
    "ltd",
    "llc",
    "com",
];

/// News agencies and outlets that stand alone in a byline, as written (compared without
/// case).
const AGENCIES: &[&str] = &[
    "ap",
    "associated press",
    "the associated press",
    "afp",
    "agence france-presse",
    "agence france presse",
    "reuters",
    "thomson reuters",
    "pti",
    "ians",
    "ani",
    "upi",
    "dpa",
    "efe",
    "xinhua",
    "tass",
    "ria novosti",
    "ansa",
    "kyodo",
    "yonhap",
    "pa",
    "pa media",
    "press association",
    "bloomberg",
    "cnn",
    "bbc",
    "npr",
    "abc",
    "nbc",
    "cbs",
    "apa",
    "sda",
    "ntb",
    "tt",
    "anp",
    "belga",
    "lusa",
    "europa press",
    "epa",
    "aap",
    "cp",
    "al jazeera",
    "sputnik",
    "rt",
    "sky",
    "sky news",
];

/// Agencies and broadcasters whose short name, as one word of a part, makes it theirs
/// ("AP Sports Writer", "CNN Business", "CBS Detroit"). Lower case.
const AGENCY_WORDS: &[&str] = &[
    "ap", "afp", "reuters", "pti", "ians", "ani", "upi", "cnn", "bbc", "cbs", "nbc", "abc", "npr",
    "dpa", "efe", "xinhua",
];

/// Degrees and credentials written after a name ("Ilana Muhlstein, MS, RDN"). Lower case.
const CREDENTIALS: &[&str] = &[
    "ms", "md", "phd", "ph.d.", "rdn", "rd", "rn", "mba", "mph", "dds", "esq", "cpa", "ma", "ba",
    "bsc", "msc", "jr", "sr",
];

/// Particles that stand lower-case inside a name ("Ludwig van Beethoven", "Ana de Armas").
const PARTICLES: &[&str] = &[
    "de", "da", "do", "dos", "das", "di", "du", "del", "della", "van", "von", "der", "den", "ter",
    "ten", "la", "le", "bin", "binti", "al", "el", "y", "zu",
];

/// Words that join two names, in the languages newsclean meets.
const JOINERS: &[&str] = &[
    " and ", " & ", " und ", " et ", " y ", " e ", " и ", " en ", " i ",
];

/// Words that open a stamp or a credit beside the names, not a name ("Updated Nov 19",
/// "Photos by …").
const STAMP_WORDS: &[&str] = &[
    "updated",
    "published",
    "posted",
    "edited",
    "last",
    "modified",
    "photo",
    "photos",
    "video",
    "illustration",
    "illustrations",
    "graphics",
    "additional",
    "reporting",
];

/// The most words a name has.
const NAME_WORDS: usize = 5;

/// The names in one byline or author field, in order and without repeats. `site` is the
/// page's own name (og:site_name), which a byline often adds after the names.
pub fn split(byline: &str, site: Option<&str>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    // "Jane Doe | Reuters", "Jane Doe • Updated 2 hours ago", "A; B": parts first.
    for part in byline.split(['|', '•', ';', '/', '\n']) {
        for piece in part.split(',') {
            for name in split_joined(piece) {
                if let Some(n) = name_of(&name, site)
                    && !out.iter().any(|o| o.eq_ignore_ascii_case(&n))
                {
                    out.push(n);
                }
            }
        }
    }
    out
}

/// "Jane Doe and John Roe" → both; "Jane Doe & John Roe" likewise.
fn split_joined(piece: &str) -> Vec<String> {
    let mut parts = vec![piece.to_string()];
    for j in JOINERS {
        parts = parts
            .iter()
            .flat_map(|p| p.split(j).map(str::to_string).collect::<Vec<_>>())
            .collect();
    }
    parts
}

/// A person's name out of one part of a byline, tidied, or `None` when the part is a role,
/// an outlet, a date or anything else that names no one.
fn name_of(part: &str, site: Option<&str>) -> Option<String> {
    let mut t = part.trim();
    // "Analysis by Jane Doe", "Opinion by Jane Doe": a label of a word or two before "by".
    if let Some(i) = t.to_ascii_lowercase().find(" by ")
        && t[..i].split_whitespace().count() <= 2
    {
        t = &t[i + 4..];
    }
    // "By Jane Doe", "Written by Jane Doe", "Von Jane Doe", "Por Jane Doe", "Par Jane Doe".
    for lead in [
        "written by ",
        "words by ",
        "posted by ",
        "story by ",
        "reported by ",
        "by ",
        "von ",
        "por ",
        "par ",
        "door ",
        "от ",
    ] {
        if t.len() > lead.len()
            && t.is_char_boundary(lead.len())
            && t[..lead.len()].eq_ignore_ascii_case(lead)
        {
            t = t[lead.len()..].trim_start();
            break;
        }
    }
    // "Jane Doe (AP)", "Jane Doe for The Times", "Jane Doe in Washington".
    if let Some(i) = t.find(" (") {
        t = &t[..i];
    }
    for cut in [" for ", " in ", " at ", " on ", " - ", " – ", " — "] {
        if let Some(i) = t.find(cut) {
            t = &t[..i];
        }
    }
    let t = t
        .trim()
        .trim_matches(['.', ':', '-', '—', '–', '"', '“', '”', '\''])
        .trim();
    if t.is_empty()
        || t.contains("://")
        || t.contains('@')
        || t.starts_with("www.")
        || t.chars().any(|c| c.is_ascii_digit())
    {
        return None;
    }
    let lower = t.to_lowercase();
    if AGENCIES.contains(&lower.as_str()) {
        return None;
    }
    if site.is_some_and(|s| {
        let s = s.trim().to_lowercase();
        s == lower || s.trim_start_matches("the ") == lower.trim_start_matches("the ")
    }) {
        return None;
    }
    let words: Vec<&str> = lower.split_whitespace().collect();
    if words.len() > NAME_WORDS
        || words
            .first()
            .is_some_and(|w| STAMP_WORDS.contains(w) || *w == "the")
    {
        return None;
    }
    // "Editor-at-large" is the words of a role.
    let role = words
        .iter()
        .flat_map(|w| w.split('-'))
        .all(|w| ROLE_WORDS.contains(&w) || SMALL_WORDS.contains(&w) || AGENCY_WORDS.contains(&w));
    let outlet = words.iter().any(|w| {
        OUTLET_WORDS.contains(&w.trim_end_matches('.')) || AGENCY_WORDS.contains(w)
            // An address's host: "Cleveland.com", "NJ.com".
            || w.trim_end_matches('.').contains('.') && !w.ends_with('.')
    });
    if role || outlet || (words.len() == 1 && CREDENTIALS.contains(&words[0])) {
        return None;
    }
    // One word is a handle, an outlet or a first name alone, in scripts that space words;
    // a name in Chinese or Japanese is one "word".
    let spaced = t
        .chars()
        .any(|c| c.is_alphabetic() && (c.is_uppercase() || c.is_lowercase()));
    if words.len() == 1 && spaced {
        return None;
    }
    // Each word starts with a capital (or is a particle, or is in a script without case).
    let shaped = t.split_whitespace().enumerate().all(|(i, w)| {
        let first = w.chars().find(|c| c.is_alphabetic());
        match first {
            None => false,
            Some(c) if c.is_uppercase() => true,
            Some(c) if !c.is_lowercase() => true,
            Some(_) => i > 0 && PARTICLES.contains(&w.to_lowercase().as_str()),
        }
    });
    shaped.then(|| crate::tidy::whitespace(t))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(b: &str) -> Vec<String> {
        split(b, Some("The Daily"))
    }

    #[test]
    fn a_byline_is_split_into_its_names() {
        assert_eq!(
            names("By Jane Doe, John Roe and Ann Poe"),
            ["Jane Doe", "John Roe", "Ann Poe"]
        );
        assert_eq!(names("Jane Doe and John Roe"), ["Jane Doe", "John Roe"]);
        assert_eq!(names("Jane Doe & John Roe"), ["Jane Doe", "John Roe"]);
        assert_eq!(names("JANE DOE and JOHN ROE"), ["JANE DOE", "JOHN ROE"]);
        assert_eq!(
            names("Von Anna Schmidt und Jan Weber"),
            ["Anna Schmidt", "Jan Weber"]
        );
        assert_eq!(names("Ana de Armas"), ["Ana de Armas"]);
    }

    #[test]
    fn roles_agencies_and_outlets_are_dropped() {
        assert_eq!(names("Jane Doe | Reuters"), ["Jane Doe"]);
        assert_eq!(names("By Jane Doe, Staff Writer"), ["Jane Doe"]);
        assert_eq!(
            names("Jane Doe, Senior Political Correspondent"),
            ["Jane Doe"]
        );
        assert_eq!(names("Jane Doe (AP)"), ["Jane Doe"]);
        assert_eq!(names("Jane Doe for The Daily"), ["Jane Doe"]);
        assert_eq!(names("Jane Doe, The Daily"), ["Jane Doe"]);
        assert_eq!(names("Jane Doe, Fox News"), ["Jane Doe"]);
        assert!(names("Associated Press").is_empty());
        assert!(names("HNN Staff").is_empty());
        assert!(names("The Daily").is_empty());
        assert!(names("Reuters Staff").is_empty());
        assert_eq!(names("By GREG BEACHAM, AP Sports Writer"), ["GREG BEACHAM"]);
        assert_eq!(
            names("Analysis by Chris Cillizza, CNN Editor-at-large"),
            ["Chris Cillizza"]
        );
        assert_eq!(names("Jill Disis, CNN Business"), ["Jill Disis"]);
        assert_eq!(names("Troy L. Smith, Cleveland.com"), ["Troy L. Smith"]);
        assert_eq!(names("Ilana Muhlstein, MS, RDN"), ["Ilana Muhlstein"]);
        assert!(names("CBS Detroit").is_empty());
        assert!(names("The Water Coolest").is_empty());
        // One word: a handle or an outlet, unless the script writes names unspaced.
        assert!(names("Vortex").is_empty());
        assert_eq!(names("王小明"), ["王小明"]);
    }

    #[test]
    fn what_names_no_one_is_no_author() {
        assert!(names("https://www.facebook.com/janedoe").is_empty());
        assert!(names("jdoe@daily.example").is_empty());
        assert!(names("Updated November 19, 2019").is_empty());
        assert!(names("the editorial board of a paper that has many words").is_empty());
        assert!(names("").is_empty());
        // Repeats go.
        assert_eq!(names("Jane Doe and Jane Doe"), ["Jane Doe"]);
    }
}
