//! Word lists for classification and quote attribution. Data, kept apart from the code that
//! applies it so that adding a verb or a title is a one-line change.

use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

/// Verbs that report speech: `X said`, `said X`, `X told reporters`, `X called it "…"`.
#[rustfmt::skip]
pub static REPORTING_VERBS: &[&str] = &[
    "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "explained",
    "explains", "noted", "notes", "wrote", "writes", "asked", "asks", "replied", "replies",
    "recalled", "recalls", "warned", "warns", "argued", "argues", "insisted", "insists", "claimed",
    "claims", "declared", "declares", "announced", "announces", "acknowledged", "admitted",
    "admits", "observed", "remarked", "continued", "continues", "concluded", "stressed", "stresses",
    "emphasised", "emphasized", "urged", "urges", "suggested", "predicted", "conceded", "countered",
    "testified", "tweeted", "posted", "confirmed", "confirms", "cautioned", "complained",
    "maintained", "maintains", "reiterated", "commented", "responded", "answered", "joked",
    "shouted", "whispered", "pleaded", "vowed", "promised", "boasted", "lamented", "quipped",
    "mused", "texted", "recounted", "described", "called", "dubbed", "termed", "branded",
    "labelled", "labeled", "deemed", "described", "alleged", "alleges", "assured", "agreed",
    "disagreed", "objected", "protested", "demanded", "announced", "reported", "reports",
    "recommended", "thundered", "snapped", "sighed", "explained", "cried", "exclaimed", "estimated",
    "estimates", "hailed", "praised", "slammed", "criticised", "criticized", "accused", "blamed",
    "denied", "denies", "welcomed",
];

/// Finite verbs in the simple past that have no "-ed": with them a sentence narrates, as a
/// story's paragraph does, where a photo's caption describes in the present ("Rescuers carry
/// a woman to a boat").
#[rustfmt::skip]
pub static IRREGULAR_PAST: &[&str] = &[
    "was", "were", "had", "did", "said", "told", "took", "came", "went", "made", "gave", "got",
    "began", "became", "saw", "held", "won", "lost", "fell", "rose", "paid", "sold", "met",
    "ran", "wrote", "spoke", "knew", "kept", "sent", "spent", "built", "stood", "heard", "found",
    "left", "brought", "thought", "chose", "drove", "grew", "threw", "struck", "fought", "led",
];

/// Words before which a word in "-ed" is an adjective ("a flooded field", "the injured
/// man"), not a verb in the past.
#[rustfmt::skip]
pub static BEFORE_PARTICIPLE: &[&str] = &[
    "a", "an", "the", "its", "his", "her", "their", "our", "of", "in", "on", "at", "with",
    "by", "from", "and", "or", "is", "are", "be", "been", "being", "newly", "recently",
];

/// Adverbs with which a story's sentence points at what follows it ("Check out our picks
/// for the 10 best deals below.", "Below are all the teams that qualified"): the lines under
/// it are the story's own list, as under a colon.
#[rustfmt::skip]
pub static POINTERS_BELOW: &[&str] = &[
    "below", "as follows", "ci-dessous", "comme suit", "unten", "wie folgt", "a continuación",
    "como sigue", "di seguito", "qui sotto", "come segue", "abaixo", "hieronder",
];

/// What may follow a pointer for it to point: nothing, or a word that does not make it a
/// preposition ("… is below in the latest roundup", "Below are …"; not "below the photo").
#[rustfmt::skip]
pub static AFTER_POINTER: &[&str] = &[
    "in", "on", "at", "for", "from", "with", "via", "are", "is", "you", "we", "and", "sind",
    "sont", "son", "sono", "são", "zijn", "trovate", "encontrará", "trouverez", "finden",
];

/// Titles and roles that precede a name and are not part of it: the speaker's name is what
/// follows the last of them ("Deputy Pentagon Press Secretary Sabrina Singh" → "Sabrina Singh").
#[rustfmt::skip]
pub static TITLES: &[&str] = &[
    "President", "Vice", "Prime", "Minister", "Secretary", "General", "Gen", "Brigadier", "Brig",
    "Colonel", "Col", "Lieutenant", "Lt", "Major", "Maj", "Captain", "Capt", "Sergeant", "Sgt",
    "Admiral", "Adm", "Commander", "Cmdr", "Corporal", "Private", "Marshal", "Senator", "Sen",
    "Representative", "Rep", "Congressman", "Congresswoman", "Governor", "Gov", "Mayor", "Chief",
    "Deputy", "Press", "Spokesman", "Spokeswoman", "Spokesperson", "Director", "Dr", "Mr", "Mrs",
    "Ms", "Miss", "Mx", "Prof", "Professor", "Judge", "Justice", "Officer", "Inspector",
    "Superintendent", "Commissioner", "Chancellor", "King", "Queen", "Prince", "Princess", "Pope",
    "Ambassador", "Chairman", "Chairwoman", "Chair", "Chairperson", "CEO", "CFO", "COO", "Founder",
    "Coach", "Manager", "Captain", "Leader", "Speaker", "Attorney", "Sheriff", "Detective",
    "Constable", "Sir", "Dame", "Lord", "Lady", "Rev", "Reverend", "Father", "Bishop", "Archbishop",
    "Rabbi", "Imam", "Sheikh", "Shri", "Smt", "Sri", "Councillor", "Councilor", "Councilman",
    "Councilwoman", "Alderman", "Assemblyman", "Assemblywoman", "MP", "MLA", "MEP", "Lawmaker",
    "Legislator", "Treasurer", "Auditor", "Interior", "Foreign", "Defence", "Defense", "Finance",
    "Health", "Home", "Education", "Environment", "Transport", "Energy", "Economy", "Trade",
    "Justice", "Labour", "Labor", "Agriculture", "Affairs", "State", "Union", "Cabinet",
    "Executive", "Managing", "Senior", "Assistant", "Associate", "Acting", "Former", "Ex", "Head",
    "Principal", "Dean", "Editor", "Analyst", "Economist", "Researcher", "Scientist",
    "Spokesperson", "Coordinator", "Cllr", "Nurse", "Dr.", "Pastor", "Constable", "Councilmember", "Councillor", "Neighbour", "Neighbor",
    "Resident", "Power", "Rail", "Water", "Housing", "Tourism", "Industry", "Commerce", "Petroleum",
    "Welfare", "Development", "Information", "Communications", "Republican", "Democrat",
    "Democratic", "Conservative", "Liberal", "Independent", "Pentagon", "White", "House", "Kremlin",
    "Downing", "Street", "Police", "Army", "Navy", "Air", "Force", "Fire", "Department", "Ministry",
    "Office", "Bureau", "Agency", "Council", "Committee", "Board", "Authority", "Court", "Supreme",
    "High", "District", "City", "County", "National", "Federal", "Regional", "Provincial",
    "Municipal", "Central",
];

/// Capitalised words that start a sentence or clause and are never part of a name.
#[rustfmt::skip]
pub static NAME_STOPWORDS: &[&str] = &[
    "The", "A", "An", "Then", "But", "And", "Or", "So", "Yet", "Later", "Earlier", "In", "On", "At",
    "By", "For", "From", "Of", "To", "With", "As", "Meanwhile", "However", "Also", "This", "That",
    "These", "Those", "It", "He", "She", "They", "We", "I", "You", "His", "Her", "Their", "Our",
    "My", "When", "While", "After", "Before", "Since", "Although", "Though", "If", "Asked",
    "According", "Speaking", "Separately", "Still", "Now", "Today", "Yesterday", "On Monday",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mr.", "Ms.",
    "Dr.", "Mrs.",
];

/// Nouns that, followed by "from", "for" or "of", give the organisation that spoke:
/// "a statement from the US military", "a spokesperson for Thamesbrook Energy".
#[rustfmt::skip]
pub static STATEMENT_NOUNS: &[&str] = &[
    "statement", "release", "press release", "communique", "communiqué", "notice", "memo", "letter",
    "filing", "post", "spokesperson", "spokesman", "spokeswoman", "representative",
];

/// A definite noun phrase that points back to the last organisation: "the statement added",
/// "the group said", "the company said".
#[rustfmt::skip]
pub static ORG_REFERENCES: &[&str] = &[
    "statement", "release", "communique", "communiqué", "group", "company", "firm", "council",
    "ministry", "department", "agency", "organisation", "organization", "union", "association",
    "society", "authority", "government", "party", "board", "committee", "campaign", "charity",
    "bank", "airline", "utility", "regulator", "watchdog", "court", "force", "service", "institute",
    "university", "hospital", "club", "team", "network", "operator", "insurer",
];

/// A definite noun phrase that points back to the last person: "the widow says …".
#[rustfmt::skip]
pub static PERSON_REFERENCES: &[&str] = &[
    "widow", "widower", "woman", "man", "mother", "father", "grandmother", "grandfather",
    "pensioner", "victim", "teenager", "student", "teacher", "nurse", "doctor", "midwife",
    "minister", "mayor", "senator", "lawmaker", "governor", "president", "chairman", "chairwoman",
    "founder", "owner", "actor", "actress", "singer", "player", "coach", "captain", "spokesman",
    "spokeswoman", "spokesperson", "driver", "farmer", "resident",
];

/// Words that make a capitalised run an organisation or a place, not a person.
#[rustfmt::skip]
pub static ORG_WORDS: &[&str] = &[
    "Airport", "University", "College", "School", "Council", "Ministry", "Department", "Agency",
    "Authority", "Company", "Group", "Corporation", "Corp", "Inc", "Ltd", "LLC", "PLC", "Bank",
    "Party", "Government", "Service", "Services", "Administration", "Association", "Society",
    "Institute", "Commission", "Committee", "Court", "Police", "Energy", "Network", "News", "Times",
    "Post", "Airlines", "Airways", "Securities", "Campaign", "Foundation", "Trust", "Union",
    "Federation", "League", "Club", "Office", "Bureau", "Board", "Hospital", "Church", "Parliament",
    "Senate", "Congress", "Assembly", "Army", "Navy", "Force", "Forces", "Command", "Centre",
    "Center", "Fund", "Organisation", "Organization", "Street", "Road", "Boulevard", "Avenue",
    "Station", "Square", "Park", "River", "Bridge", "Highway", "Railway", "Railways", "Holdings",
    "Partners", "Capital", "Media", "Resources", "Industries", "Systems", "Motors", "Studios",
    "Records", "Games", "Pictures", "Labs", "Group's", "Cabinet", "Secretariat", "Directorate",
    "Alliance", "Coalition", "Movement", "Front", "Brigade", "Collective", "Cooperative",
    "Co-operative", "Exchange", "Market", "Markets", "Museum", "Library", "Gallery", "Theatre",
    "Theater", "Stadium", "Hall", "Republic", "Kingdom", "States", "Nations", "Province", "County",
    "District", "City", "Town", "Village", "Region", "Valley", "Mountains", "Island", "Islands",
    "Sea", "Ocean", "Lake", "Airbase", "Base", "Reuters", "AFP", "PTI", "ANI",
];

/// Speakers that are no one in particular: a quote from "a source" has no speaker.
#[rustfmt::skip]
pub static ANONYMOUS_SPEAKERS: &[&str] = &[
    "source", "sources", "official", "officials", "insider", "insiders", "witness", "witnesses",
    "resident", "residents", "person", "people", "someone", "observer", "observers", "analyst",
    "analysts", "aide", "aides", "friend", "one", "they", "critics", "experts", "expert",
];

/// Nouns that introduce a title in quote marks: `the documentary "Rivers of Salt"`.
#[rustfmt::skip]
pub static TITLE_NOUNS: &[&str] = &[
    "film", "movie", "documentary", "book", "novel", "memoir", "song", "album", "single", "show",
    "series", "sitcom", "play", "musical", "opera", "campaign", "podcast", "programme", "program",
    "poem", "titled", "entitled", "exhibition", "episode", "game", "video", "report", "article",
    "essay", "column", "hashtag", "slogan", "track", "anthem", "painting", "initiative",
    "operation", "project", "festival", "tour", "headline",
];

/// Personal pronouns that open a sentence continuing the one before it ("He was sacked …",
/// "Their lawyers said …"): a paragraph of the story, never a photo's caption, which
/// describes its picture on its own. Several languages; no word that is also an article or
/// a common opener elsewhere ("il", "on"), and not "this" or "it" ("This undated photo …").
#[rustfmt::skip]
pub static BACK_POINTERS: &[&str] = &[
    "he", "she", "they", "his", "her", "their", "er", "sie", "ihr", "ihre", "elle", "ils",
    "elles", "ella", "ellos", "ellas", "lui", "loro", "ele", "eles", "elas", "hij", "zij",
    "ze", "hun", "haar", "ona", "oni", "они", "он", "она",
];

/// Whether `text` opens on one of the [`BACK_POINTERS`].
pub fn opens_on_pronoun(text: &str) -> bool {
    text.split(|c: char| !c.is_alphabetic())
        .find(|w| !w.is_empty())
        .is_some_and(|w| {
            let lower = w.to_lowercase();
            BACK_POINTERS.contains(&lower.as_str())
        })
}

/// Whether `ch` is part of a word: a letter or digit, or a combining mark. Indic scripts
/// write their vowels and viramas as marks ("विज्ञापन"), which are not alphanumeric: split
/// at them, a Hindi word falls into pieces no table knows.
pub fn is_word_char(ch: char) -> bool {
    ch.is_alphanumeric() || (!ch.is_ascii() && unicode_normalization::char::is_combining_mark(ch))
}

/// Whether `set` (of lower-case words) holds `word` in lower case. Most words of running
/// text are lower case already and are looked up as they are, without a copy.
pub fn contains_lowercased(set: &HashSet<&'static str>, word: &str) -> bool {
    if !word.bytes().any(|b| b.is_ascii_uppercase()) && word.is_ascii() {
        set.contains(word)
    } else {
        set.contains(word.to_lowercase().as_str())
    }
}

/// The word lists as sets, for look-ups.
pub struct Sets {
    /// [`ORG_REFERENCES`].
    pub org_references: HashSet<&'static str>,
    /// [`PERSON_REFERENCES`].
    pub person_references: HashSet<&'static str>,
    /// [`ORG_WORDS`].
    pub org_words: HashSet<&'static str>,
    /// [`REPORTING_VERBS`].
    pub verbs: HashSet<&'static str>,
    /// [`TITLES`].
    pub titles: HashSet<&'static str>,
    /// [`NAME_STOPWORDS`].
    pub stopwords: HashSet<&'static str>,
    /// [`STATEMENT_NOUNS`].
    pub statement_nouns: HashSet<&'static str>,
    /// [`ANONYMOUS_SPEAKERS`].
    pub anonymous: HashSet<&'static str>,
    /// [`TITLE_NOUNS`].
    pub title_nouns: HashSet<&'static str>,
}

/// The sets, built on first use.
pub(crate) fn compiled() -> &'static Sets {
    static S: LazyLock<Sets> = LazyLock::new(|| Sets {
        org_references: ORG_REFERENCES.iter().copied().collect(),
        person_references: PERSON_REFERENCES.iter().copied().collect(),
        org_words: ORG_WORDS.iter().copied().collect(),
        verbs: REPORTING_VERBS.iter().copied().collect(),
        titles: TITLES.iter().copied().collect(),
        stopwords: NAME_STOPWORDS.iter().copied().collect(),
        statement_nouns: STATEMENT_NOUNS.iter().copied().collect(),
        anonymous: ANONYMOUS_SPEAKERS.iter().copied().collect(),
        title_nouns: TITLE_NOUNS.iter().copied().collect(),
    });
    &S
}
