//! A page's furniture told by its vocabulary: a short line made only of the words that
//! buttons, boxes and prompts are made of ("Neem een abonnement", "Trending Reader Picks",
//! "View image in fullscreen", "Forum zum Thema:") is furniture whatever its exact wording.
//!
//! The phrase tables in [`super::boilerplate`] know the forms someone has seen; a site that
//! words its box in a way no row lists still builds it from the same few words in its own
//! language. A line goes when every word it holds is either a function word or one of the
//! interface words below, at least one of them names a family (share, subscribe, comments,
//! …), and it is short: a story's sub-heading carries words of its own ("Club statement",
//! "How is the plague spread?") and stays. A line in quotation marks is a quote and stays.
//!
//! The family of the first family word names the reason and the row id `--explain` reports.

use super::Reason;
use super::boilerplate::{BlockRule, Shape::Vocabulary};
use rustc_hash::FxHashMap as HashMap;
use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

/// The most words a line of furniture may have here. Past it a line reads as a sentence or a
/// headline, and only a phrase row can call it furniture.
pub const MAX_WORDS: usize = 8;

/// A family of interface words: its row id, the reason it reports, and its words in the
/// languages scraped news comes in (lower case).
const fn f(id: &'static str, reason: Reason, words: &'static [&'static str]) -> BlockRule {
    BlockRule {
        id,
        reason,
        shape: Vocabulary(words),
    }
}

#[rustfmt::skip]
pub static FAMILIES: &[BlockRule] = &[
    f("ui-words-share", Reason::Share, &[
        "share", "shares", "tweet", "retweet", "pin", "whatsapp", "facebook", "twitter",
        "linkedin", "telegram", "reddit", "pinterest", "messenger", "flipboard", "bluesky",
        "threads", "instagram", "tiktok", "youtube", "follow", "followers",
        "teilen", "folgen", "folge", "partager", "partagez", "suivez", "suivre", "compartir",
        "comparte", "síguenos", "compartilhar", "compartilhe", "siga", "condividi",
        "condividere", "seguici", "seguire", "delen", "deel", "volg", "volgen", "udostępnij",
        "obserwuj", "поделиться", "paylaş", "takip", "शेयर", "साझा", "फॉलो",
    ]),
    f("ui-words-newsletter", Reason::Newsletter, &[
        "newsletter", "newsletters", "inbox", "unsubscribe", "spam", "bulletin", "rundbrief",
        "boletín", "nieuwsbrief", "рассылка", "bülten", "न्यूज़लेटर",
    ]),
    f("ui-words-subscribe", Reason::Subscribe, &[
        "subscribe", "subscriber", "subscribers", "subscription", "subscriptions", "premium",
        "unlimited", "paywall", "donate", "donation", "membership", "login", "signin",
        "register", "registration", "account",
        "abonnieren", "abonnement", "abonnements", "abo", "abonnent", "abonnenten", "anmelden",
        "registrieren", "konto", "abonnez", "abonnés", "abonné", "connexion", "connectez",
        "inscrivez", "inscription", "compte", "suscríbete", "suscribirse", "suscripción",
        "suscriptores", "regístrate", "assine", "assinante", "assinantes", "assinatura",
        "cadastre", "abbonati", "abbonamento", "abbonarsi", "accedi", "registrati", "abonneer",
        "abonnee", "abonnees", "inloggen", "registreer", "prenumerata", "prenumeruj",
        "zaloguj", "подписка", "подписаться", "войти", "abone", "üye", "giriş", "सदस्यता",
        "लॉगिन", "購読", "订阅",
    ]),
    f("ui-words-advert", Reason::Advert, &[
        "advertisement", "advertisements", "advertising", "advert", "adverts", "ads",
        "sponsored", "sponsor", "promoted", "anzeige", "werbung", "publicité",
        "publicidad", "anuncio", "pubblicità", "publicidade", "advertentie", "reklama",
        "реклама", "reklam", "विज्ञापन", "広告", "广告",
    ]),
    f("ui-words-comments", Reason::Comments, &[
        "comment", "comments", "commenting", "reply", "replies", "forum", "kommentar",
        "kommentare", "kommentieren", "commentaire", "commentaires", "comentario",
        "comentarios", "commento", "commenti", "comentário", "comentários", "reactie",
        "reacties", "komentarz", "komentarze", "комментарии", "комментарий", "yorum",
        "yorumlar", "टिप्पणी", "टिप्पणियां", "コメント", "评论",
    ]),
    f("ui-words-gallery", Reason::Gallery, &[
        "gallery", "slideshow", "fullscreen", "enlarge", "galerie", "bildergalerie",
        "diaporama", "galería", "galleria", "fotogalerij", "galeria", "фотогалерея", "galeri",
    ]),
    f("ui-words-audio-video", Reason::Audio, &[
        "video", "videos", "audio", "audios", "podcast", "podcasts", "playlist", "episode",
        "player", "livestream", "vidéo", "vidéos", "vídeo", "vídeos", "wideo", "видео",
        "वीडियो", "動画", "视频",
    ]),
    f("ui-words-app", Reason::App, &[
        "app", "apps", "download", "install", "ios", "android", "herunterladen",
        "télécharger", "téléchargez", "application", "aplicación", "descarga", "descargar",
        "scarica", "baixe", "baixar", "aplicativo", "downloaden", "pobierz", "aplikacja",
        "скачать", "приложение", "indir", "uygulama", "डाउनलोड", "ऐप",
    ]),
    f("ui-words-cookie", Reason::Cookie, &[
        "cookie", "cookies", "consent", "datenschutz", "confidentialité", "privacidad",
        "privacidade", "çerez", "कुकीज़",
    ]),
    f("ui-words-related", Reason::Related, &[
        "related", "recommended", "recommendations", "trending", "popular", "picks", "topics",
        "tags", "subjects", "categories", "verwandte", "ähnliche", "empfohlen", "meistgelesen",
        "themen", "thema", "sujets", "relacionados",
        "relacionadas", "temas", "correlati", "argomenti", "assuntos", "gerelateerd",
        "onderwerpen", "похожие", "темы", "ilgili", "etiketler", "संबंधित", "関連", "相关",
    ]),
];

/// Interface words that belong to no one family but make up its boxes: the verbs of buttons
/// and prompts, and what they point at. A line of these alone ("Click here", "Read more")
/// names no family, so it is left to the phrase rows.
#[rustfmt::skip]
pub static INTERFACE_WORDS: &[&str] = &[
    "click", "tap", "here", "view", "see", "show", "hide", "close", "open", "expand", "load",
    "loading", "continue", "skip", "get", "try", "start", "save", "saved", "bookmark", "print",
    "email", "e-mail", "mail", "copy", "link", "links", "read", "reading", "watch", "listen",
    "play", "join", "sign", "log", "support", "contribute", "now", "free", "today", "latest",
    "updates", "update", "more", "less", "full", "page", "story", "stories", "article",
    "articles", "post", "posts", "image", "images", "photo", "photos", "picture", "pictures",
    "credits", "credit", "caption", "news", "reader", "readers", "like", "may", "also", "top",
    "most", "best", "daily", "weekly", "real-time", "network", "manage", "settings",
    "preferences", "accept", "allow", "enable", "disable", "once", "privacy", "policy", "terms",
    "use", "conditions", "browser", "website", "site",
    "store", "google", "apple", "button", "menu", "section", "category", "topic", "tag",
    "next", "previous", "back", "home", "homepage",
    // other languages
    "klicken", "hier", "mehr", "lesen", "weiterlesen", "ansehen", "anhören", "hören",
    "jetzt", "aktuelle", "neueste", "berichte", "kategorie", "foto", "fotos", "bild", "bilder",
    "cliquez", "ici", "lire", "voir", "regarder", "écouter", "plus", "aussi", "article",
    "haga", "clic", "aquí", "leer", "ver", "escuchar", "más", "también", "clicca", "qui",
    "leggi", "guarda", "ascolta", "altro", "anche", "clique", "aqui", "leia", "assista",
    "ouça", "mais", "também", "klik", "lees", "bekijk", "luister", "meer", "ook",
    "kliknij", "czytaj", "więcej", "także", "читайте", "также", "ещё", "смотрите", "фото",
    "tıklayın", "devamı", "izle", "dinle", "daha", "fazla", "देखें", "पढ़ें", "सुनें", "और",
];

/// Words that carry no meaning of their own in a line: articles, pronouns, prepositions and
/// conjunctions, in the same languages.
#[rustfmt::skip]
pub static FUNCTION_WORDS: &[&str] = &[
    "a", "an", "the", "of", "to", "in", "on", "at", "for", "from", "by", "with", "and", "or",
    "our", "your", "you", "us", "we", "my", "me", "this", "that", "these", "it", "its", "is",
    "are", "be", "as", "all", "up", "out", "off", "via", "into", "about", "what", "not",
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "und", "oder", "zu",
    "zum", "zur", "im", "mit", "auf", "für", "von", "aus", "bei", "sie", "uns", "unser",
    "unsere", "ihr", "ihre", "dieser", "diese", "dieses", "alle", "le", "la", "les", "l",
    "un", "une", "des", "du", "de", "d", "et", "ou", "à", "au", "aux", "sur", "pour", "par",
    "avec", "nos", "notre", "votre", "vos", "ce", "cet", "cette", "tous", "el", "los", "las",
    "lo", "y", "o", "en", "con", "por", "para", "del", "al", "su", "sus", "nuestro",
    "nuestra", "este", "esta", "il", "gli", "i", "della", "dei", "delle", "di", "da", "e",
    "per", "nel", "nella", "sul", "tutti", "os", "as", "do", "dos", "das", "no", "na", "em",
    "um", "uma", "seu", "sua", "nosso", "nossa", "het", "een", "van", "op", "voor", "met",
    "je", "jouw", "uw", "ons", "onze", "dit", "deze", "w", "z", "i", "na", "do", "dla", "и",
    "в", "на", "с", "по", "к", "о", "из", "для", "все", "ve", "ile", "bu", "için", "bir",
    "का", "के", "की", "में", "को", "से", "पर", "यह", "vous", "nous", "se", "te", "ti", "ci",
    "si", "me", "nos", "sich",
];

struct Compiled {
    family_of: HashMap<&'static str, usize>,
    interface: HashSet<&'static str>,
    function: HashSet<&'static str>,
}

impl Compiled {
    /// `Some(family)` for a word this module knows (`Some(None)` for an interface or
    /// function word or a number), `None` for a word of the line's own.
    fn look_up(&self, w: &str) -> Option<Option<usize>> {
        if let Some(&i) = self.family_of.get(w) {
            Some(Some(i))
        } else if self.interface.contains(w)
            || self.function.contains(w)
            || w.chars().all(|ch| ch.is_ascii_digit())
        {
            Some(None)
        } else {
            None
        }
    }
}

static COMPILED: LazyLock<Compiled> = LazyLock::new(|| {
    let mut family_of = HashMap::default();
    for (i, fam) in FAMILIES.iter().enumerate() {
        if let Vocabulary(words) = fam.shape {
            for w in words {
                family_of.entry(*w).or_insert(i);
            }
        }
    }
    Compiled {
        family_of,
        interface: INTERFACE_WORDS.iter().copied().collect(),
        function: FUNCTION_WORDS.iter().copied().collect(),
    }
});

pub(crate) fn compiled() {
    LazyLock::force(&COMPILED);
}

/// The family a short line of furniture belongs to, if the line is made of nothing else.
/// `key` is the block's lower-cased matching key ([`super::boilerplate::key`]).
pub fn classify(key: &str) -> Option<&'static BlockRule> {
    if key.contains(['"', '“', '”', '«', '»', '„']) {
        return None;
    }
    let c = &*COMPILED;
    let mut family = None;
    let mut words = 0;
    for w in key
        .split(|ch: char| !(ch.is_alphanumeric() || ch == '-' || ch == '\''))
        .filter(|w| !w.is_empty())
    {
        words += 1;
        if words > MAX_WORDS {
            return None;
        }
        let w = w.trim_matches(['-', '\'']);
        if w.is_empty() {
            continue;
        }
        // "abonnez-vous", "inscreva-se": a hyphenated word is known if each part is.
        let known = match c.look_up(w) {
            Some(hit) => {
                family = family.or(hit);
                true
            }
            None if w.contains('-') => w.split('-').all(|part| match c.look_up(part) {
                Some(hit) => {
                    family = family.or(hit);
                    true
                }
                None => part.is_empty(),
            }),
            None => false,
        };
        if !known {
            return None;
        }
    }
    family.map(|i| &FAMILIES[i])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(line: &str) -> Option<&'static str> {
        classify(&super::super::boilerplate::key(line)).map(|f| f.id)
    }

    #[test]
    fn lines_made_of_interface_words_are_furniture_in_any_language() {
        for (line, family) in [
            ("Take a subscription", None),
            ("Sign up for our newsletter", Some("ui-words-newsletter")),
            (
                "Abonnez-vous à notre newsletter",
                Some("ui-words-subscribe"),
            ),
            ("Forum zum Thema:", Some("ui-words-comments")),
            ("View image in fullscreen", Some("ui-words-gallery")),
            (
                "Audios and videos on the topic",
                Some("ui-words-audio-video"),
            ),
            ("Aktuelle Berichte aus dieser Kategorie", None),
            ("Trending Reader Picks", Some("ui-words-related")),
            ("Download the app now", Some("ui-words-app")),
            ("Manage cookie preferences", Some("ui-words-cookie")),
            ("Síguenos en Facebook", Some("ui-words-share")),
            ("0 comments", Some("ui-words-comments")),
            ("Anzeige", Some("ui-words-advert")),
        ] {
            assert_eq!(id(line), family, "{line}");
        }
    }

    #[test]
    fn a_line_with_words_of_its_own_or_in_quotes_is_not_furniture() {
        for line in [
            "Club statement",
            "How is the plague spread?",
            "SCORES QUARANTINED",
            "Read more",
            "Follow The Sun",
            "\"Share the road\"",
            "The video shows officers racing up a staircase",
            "Share prices fell sharply on Monday after the results",
        ] {
            assert_eq!(id(line), None, "{line}");
        }
    }
}
