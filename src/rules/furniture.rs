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
use super::boilerplate::{
    BlockRule,
    Shape::{Described, Vocabulary},
};
use super::words::is_word_char;
use rustc_hash::FxHashMap as HashMap;
use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

/// The most words a line of furniture may have here. Past it a line reads as a sentence or a
/// headline, and only a phrase row can call it furniture.
pub const MAX_WORDS: usize = 8;

/// The most tokens a line may have when numbers and date words are counted too: a stamp
/// ("Published: March 3, 2024 10:32 am IST") has many short parts.
pub const MAX_TOKENS: usize = 16;

/// The most words a line of interface words with no family word may have ("Back to top",
/// "Find out more here").
const MAX_BARE_WORDS: usize = 6;

/// Articles: a line of interface words that opens with one names a thing ("The view from
/// the top") and is a heading, where a button or a link is a verb or a label ("Back to top").
const ARTICLES: &[&str] = &[
    "the", "a", "an", "der", "die", "das", "ein", "eine", "le", "la", "les", "un", "une", "el",
    "los", "las", "il", "lo", "gli", "o", "os", "as", "um", "uma", "de", "het", "een",
];

/// The shortest word tried as a compound, and the shortest part of one.
const MIN_COMPOUND: usize = 8;
const MIN_PART: usize = 3;

/// The most content words a prompt to the reader may have, and what it must hold: distinct
/// family words, words addressing the reader, and the share (in percent) of its content words
/// that are family or interface words.
pub const MAX_PROMPT_WORDS: usize = 60;
const PROMPT_MIN_FAMILY: usize = 2;
const PROMPT_MIN_ADDRESS: usize = 1;
const PROMPT_MIN_SHARE: usize = 35;
/// Distinct family words enough without a word addressing the reader ("Download The Mint News
/// App to get Daily Market Updates").
const PROMPT_FAMILY_ALONE: usize = 3;

/// The row a prompt to the reader reports.
pub static PROMPT: BlockRule = BlockRule {
    id: "ui-words-prompt",
    reason: Reason::Subscribe,
    shape: Described(
        "a block of up to 60 words inside the story with two or more distinct family words \
         (three without a word addressing the reader), at least 35% of its words furniture's",
    ),
};

/// The most content words, the fewest furniture words and their least share (in percent) of
/// a short line that is mostly furniture's ([`MOSTLY`]).
const MOSTLY_MAX_WORDS: usize = 8;
const MOSTLY_MIN_KNOWN: usize = 2;
const MOSTLY_MIN_SHARE: usize = 50;

/// The row a short line mostly of furniture's words reports.
pub static MOSTLY: BlockRule = BlockRule {
    id: "ui-words-mostly",
    reason: Reason::Subscribe,
    shape: Described(
        "a line of at most eight content words inside the story, at least half of them (and \
         two or more) furniture's, one a family word; not a heading or a list's item, not a \
         line that introduces a list or opens in lower case, not a sentence that does not \
         address the reader",
    ),
};

/// The row a line of interface words with no family word reports.
pub static BARE_INTERFACE: BlockRule = BlockRule {
    id: "ui-words-interface",
    reason: Reason::Navigation,
    shape: Described(
        "a line of at most five words inside the story, two or more of them interface words \
         (click, back, top, more …) and the rest function words",
    ),
};

/// A family of interface words: its row id, the reason it reports, and its words in the
/// languages scraped news comes in (lower case).
const fn f(id: &'static str, reason: Reason, words: &'static [&'static str]) -> BlockRule {
    BlockRule {
        id,
        reason,
        shape: Vocabulary(words),
    }
}

/// The families told on the whole page, before the story is picked ([`Stage::Page`]), and
/// inside it too: each a word list, with the reason and id a line of its words goes by.
/// [`IN_STORY_FAMILIES`] adds those told inside the story only.
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
        "реклама", "reklam", "विज्ञापन", "広告", "广告", "banner", "banners", "werbebanner",
        "adblocker", "adblock", "ad-blocker", "werbeblocker", "bloqueador",
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
        "privacidade", "çerez", "कुकीज़", "कुकी",
    ]),
    f("ui-words-related", Reason::Related, &[
        "related", "recommended", "recommendations", "trending", "popular", "picks", "topics",
        "tags", "subjects", "categories", "verwandte", "ähnliche", "empfohlen", "meistgelesen",
        "themen", "thema", "sujets", "relacionados",
        "relacionadas", "temas", "correlati", "argomenti", "assuntos", "gerelateerd",
        "onderwerpen", "похожие", "темы", "ilgili", "etiketler", "संबंधित", "関連", "相关",
        // tag and keyword lists
        "tagged", "keywords", "schlagworte", "schlagwörter", "stichworte", "stichwörter",
        "mots-clés", "etiquetas", "etichette", "trefwoorden", "tagi", "теги", "टैग",
    ]),
];

/// Families told only inside the picked story ([`Stage::InStory`]): their words are common
/// enough in a page's frame ("Contact", "Privacy Policy", "Image copyright") that taking them
/// out before the story is picked would move where it starts and ends.
#[rustfmt::skip]
pub static IN_STORY_FAMILIES: &[BlockRule] = &[
    // Save and bookmark buttons, and "Connect with us", sit in the share panel.
    // Pleas for money: contribute, donate, support our journalism.
    f("ui-words-support", Reason::Subscribe, &[
        "contribute", "contribution", "contributions", "contributing", "donate", "donating",
        "donation", "donations", "support", "supporting", "journalism", "spenden", "spende",
        "unterstützen", "unterstütze", "unterstützung", "journalismus", "soutenir",
        "soutenez", "don", "dons", "journalisme", "donar", "donación", "apoya", "apoyar",
        "apóyanos", "periodismo", "sostieni", "sostenere", "donazione", "giornalismo",
        "apoie", "apoiar", "doação", "doe", "jornalismo", "steun", "steunen", "doneer",
        "donatie", "journalistiek", "wesprzyj", "wspieraj", "darowizna", "dziennikarstwo",
        "поддержать", "поддержите", "пожертвование", "журналистику", "destek", "bağış",
        "gazetecilik", "सहयोग",
    ]),
    // Discussion under the story.
    f("ui-words-discussion", Reason::Comments, &[
        "discussion", "discuss", "diskussion", "diskutieren", "discussions", "discusión",
        "discussione", "discussão", "discussie", "dyskusja", "обсуждение", "tartışma",
        "चर्चा",
    ]),
    f("ui-words-save", Reason::Share, &[
        "connect", "save", "saved", "bookmark", "bookmarks", "merken", "merkliste",
        "gemerkt", "speichern", "enregistrer", "sauvegarder", "guardar", "guardado",
        "salva", "salvar", "salvo", "opslaan", "bewaren", "bewaar", "zapisz", "zapisane",
        "сохранить", "kaydet", "सेव",
    ]),
    // The page's own frame: menus, scrolling, legal and contact links.
    f("ui-words-navigation", Reason::Navigation, &[
        "menu", "menü", "menú", "меню", "navigation", "navigazione", "navegación",
        "nawigacja", "навигация", "sitemap", "breadcrumb", "scroll", "scrollen", "défiler",
        "desplázate", "scorri", "rolar", "przewiń", "прокрутить", "imprint", "impressum",
        "nutzungsbedingungen", "geschäftsbedingungen", "agb", "mentions", "légales",
        "aviso", "legal", "condiciones", "condizioni", "termos", "voorwaarden", "regulamin",
        "условия", "koşulları", "contact", "kontakt", "contacto", "contatti", "contato",
        "контакты", "iletişim", "संपर्क",
    ]),
    // Rights and licensing lines under a story or a picture.
    f("ui-words-rights", Reason::Copyright, &[
        "copyright", "rights", "reserved", "licensing", "license", "licence", "reprints",
        "permissions", "urheberrecht", "rechte", "vorbehalten", "droits", "réservés",
        "derechos", "reservados", "diritti", "riservati", "direitos", "rechten",
        "voorbehouden", "prawa", "zastrzeżone", "права", "защищены", "haklar", "saklıdır",
        "अधिकार", "सुरक्षित",
    ]),
    // Feedback to the newsroom and its comment boxes.
    f("ui-words-feedback", Reason::Comments, &[
        "feedback", "rückmeldung", "segnalazione", "sugestões", "opmerkingen", "отзыв",
        "bildirim",
    ]),
    // Published and updated stamps: their labels, with the numbers and date words they carry.
    f("ui-words-timestamp", Reason::Timestamp, &[
        "published", "updated", "posted", "created", "modified", "veröffentlicht",
        "aktualisiert", "erstellt", "geändert", "stand", "publié", "modifié", "publicado",
        "actualizado", "modificado", "pubblicato", "aggiornato", "modificato", "atualizado",
        "gepubliceerd", "bijgewerkt", "geplaatst", "gewijzigd", "opublikowano",
        "zaktualizowano", "aktualizacja", "publikacja", "опубликовано", "обновлено",
        "yayınlanma", "yayınlandı", "güncelleme", "güncellendi", "oluşturulma", "प्रकाशित",
        "अपडेटेड", "अपडेट",
    ]),
];

/// Words with which a site speaks to its reader: the second person, and the first person
/// plural of the site itself.
#[rustfmt::skip]
pub static ADDRESS_WORDS: &[&str] = &[
    "you", "your", "you're", "you've", "yours", "yourself", "we", "us", "our", "we're",
    "we've", "du", "dich", "dir", "dein", "deine", "deinen", "euch", "euer", "wir", "uns",
    "unser", "unsere", "unseren", "vous", "votre", "vos", "tu", "ton", "ta", "tes", "toi",
    "nous", "notre", "nos", "usted", "ustedes", "tú", "tus", "nosotros", "nuestro",
    "nuestra", "nuestros", "voi", "vostro", "vostra", "tuo", "tua", "noi", "nostro",
    "nostra", "nostri", "você", "vocês", "teu", "nós", "nosso", "nossa", "jij", "je",
    "jouw", "u", "uw", "wij", "ons", "onze", "ty", "ciebie", "twój", "wy", "nasz", "nasza",
    "nasze", "вы", "вас", "ваш", "ваша", "ты", "твой", "мы", "нас", "наш", "наша", "siz",
    "sizin", "sen", "biz", "bizim", "आप", "आपके", "आपको", "हम", "हमारे",
];

/// Words of dates and times: a stamp is made of them with its label. They count as known,
/// like numbers, and not toward [`MAX_WORDS`] (a date has many short parts).
#[rustfmt::skip]
pub static DATE_WORDS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "am", "pm", "a.m", "p.m", "gmt", "utc", "bst", "cet",
    "cest", "est", "edt", "pst", "pdt", "ist", "et", "uhr", "h", "hs", "hrs", "min", "mins",
    "minutes", "hours", "days", "ago", "seg", "segs", "jour", "mis", "le", "à", "a", "las",
    "januar", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember", "janvier",
    "février", "mars", "avril", "juin", "juillet", "août", "septembre", "octobre",
    "novembre", "décembre", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
    "agosto", "septiembre", "octubre", "noviembre", "diciembre", "gennaio", "febbraio",
    "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre", "janeiro",
    "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro", "novembro",
    "dezembro", "januari", "februari", "maart", "mei", "augustus", "tarihi", "hace", "ore",
    "horas", "uur", "godz",
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
    "use", "conditions", "browser", "website", "site", "agree",
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

/// More interface words, concept by concept in the same languages, known only inside the
/// picked story ([`Stage::InStory`]).
#[rustfmt::skip]
pub static IN_STORY_INTERFACE_WORDS: &[&str] = &[
    // add
    "add", "hinzufügen", "ajouter", "añadir", "aggiungi", "adicionar", "toevoegen", "dodaj",
    "добавить", "ekle",
    // close, open, back, top and bottom
    "schließen", "öffnen", "zurück", "oben", "unten", "nach", "fermer", "ouvrir", "retour",
    "haut", "bas", "cerrar", "abrir", "volver", "arriba", "abajo", "chiudi", "apri", "torna",
    "fechar", "voltar", "topo", "sluit", "sluiten", "terug", "boven", "zamknij", "otwórz",
    "powrót", "góry", "закрыть", "открыть", "назад", "наверх", "kapat", "aç", "geri",
    "yukarı", "bottom",
    // start and play
    "starten", "abspielen", "wiedergabe", "démarrer", "lancer", "reproducir", "riproduci",
    "reproduzir", "afspelen", "odtwórz", "воспроизвести", "oynat",
    // learn more, find out
    "learn", "find", "discover", "erfahre", "erfahren", "entdecken", "savoir", "découvrir",
    "découvrez", "saber", "descubre", "scopri", "saiba", "descubra", "ontdek", "dowiedz",
    "узнать", "узнайте", "öğren", "keşfet",
    // send, write, contact us
    "send", "write", "senden", "schreiben", "envoyer", "écrire", "enviar", "escribir",
    "invia", "scrivi", "escrever", "verstuur", "schrijf", "wyślij", "napisz", "отправить",
    "написать", "gönder", "yaz",
    // buy and purchase
    "buy", "purchase", "order", "kaufen", "bestellen", "acheter", "comprar", "acquista",
    "kopen", "kup", "купить", "satın",
    // search
    "search", "suche", "suchen", "rechercher", "recherche", "buscar", "cerca", "pesquisar",
    "zoeken", "szukaj", "поиск", "ara",
    // next and previous
    "nächste", "nächster", "vorherige", "suivant", "précédent", "siguiente", "anterior",
    "successivo", "precedente", "próximo", "volgende", "vorige", "następny", "poprzedni",
    "следующая", "предыдущая", "sonraki", "önceki",
    // page, home, section
    "seite", "startseite", "accueil", "página", "portada", "inicio", "pagina", "início",
    "voorpagina", "strona", "główna", "главная", "страница", "sayfa", "anasayfa", "halaman",
    "rubrik", "rubrique", "sección", "sezione", "seção", "rubriek", "dział", "раздел",
    // news, story, article
    "nachrichten", "meldung", "meldungen", "artikel", "beitrag", "beiträge", "actualités",
    "infos", "noticias", "noticia", "artículo", "artículos", "notizie", "articolo",
    "articoli", "notícias", "notícia", "artigo", "artigos", "matéria", "nieuws",
    "berichten", "wiadomości", "artykuł", "artykuły", "новости", "статья", "статьи",
    "haber", "haberler", "berita", "समाचार", "ख़बर", "खबर",
    // image and photo
    "image", "imagen", "imagem", "immagine", "afbeelding", "beeld", "zdjęcie", "zdjęcia",
    "изображение", "fotoğraf", "resim", "फोटो", "तस्वीर",
    // terms, conditions, privacy, use
    "bedingungen", "allgemeine", "nutzung", "utilisation", "conditions", "uso", "utilizzo",
    "gebruik", "warunki", "korzystania", "использования", "kullanım",
    // update and refresh
    "aktualisieren", "actualiser", "actualizar", "aggiorna", "atualizar", "vernieuwen",
    "odśwież", "обновить", "yenile",
    // today, now, latest, new
    "heute", "neu", "neue", "neueste", "aujourd'hui", "maintenant", "nouveau", "dernières",
    "hoy", "ahora", "nuevo", "últimas", "oggi", "ora", "nuovo", "ultime", "hoje", "agora",
    "novo", "vandaag", "nu", "nieuw", "laatste", "dziś", "teraz", "nowe", "najnowsze",
    "сегодня", "сейчас", "новое", "последние", "bugün", "şimdi", "yeni", "son", "आज",
    "ताज़ा",
    // counts: views, visits, times, downloads
    "views", "viewed", "visits", "visited", "visit", "visit(s)", "times", "reads",
    "downloads", "aufrufe", "mal", "vues", "fois", "vistas", "veces", "visualizzazioni",
    "volte", "visualizações", "vezes", "weergaven", "keer", "wyświetlenia", "razy",
    "просмотров", "просмотры", "раз", "görüntülenme", "kez", "बार",
    // read, see, watch and listen, as infinitives
    "leggere", "vedere", "guardare", "ascoltare", "lezen", "kijken", "luisteren", "czytać",
    "zobaczyć", "oglądać", "читать", "смотреть", "слушать", "okumak", "izlemek", "dinlemek",
    "regardez", "écoutez", "lisez", "mira", "escucha", "lee", "bekijken",
    // readers
    "leser", "leserin", "lecteur", "lecteurs", "lector", "lectores", "lettore", "lettori",
    "leitor", "leitores", "lezer", "lezers", "czytelnik", "czytelnicy", "читатель",
    "читатели", "okur", "okuyucu", "पाठक",
    // archive
    "archive", "archives", "archiv", "archive", "archivo", "archivio", "arquivo", "archief",
    "archiwum", "архив", "arşiv",
    // take, become, join: the verbs of a sign-up or membership button
    "take", "nimm", "nehmen", "werde", "prends", "prenez", "deviens", "devenez",
    "rejoignez", "rejoins", "toma", "hazte", "únete", "unete", "prendi", "diventa",
    "unisciti", "torne-se", "junte-se", "neem", "dołącz", "zostań", "присоединяйтесь",
    "станьте", "katıl", "जुड़ें", "बनें",
    // members
    "member", "members", "mitglied", "mitglieder", "membre", "membres", "miembro",
    "miembros", "socio", "socios", "membro", "membri", "membros", "lid", "leden", "członek",
    "członkowie", "участник", "участники",
    // offers and deals
    "offer", "offers", "discount", "angebot", "angebote", "rabatt", "offre",
    "offres", "réduction", "oferta", "ofertas", "descuento", "offerta", "offerte", "sconto",
    "desconto", "aanbieding", "korting", "promocja", "rabat", "предложение", "скидка",
    "fırsat", "indirim", "ऑफर",
    // alerts and notifications
    "alert", "alerts", "notification", "notifications", "benachrichtigung",
    "benachrichtigungen", "alerte", "alertes", "alerta", "alertas", "avviso", "avvisi",
    "notifica", "notifiche", "notificação", "notificações", "melding", "meldingen",
    "powiadomienia", "уведомления", "bildirimler", "अलर्ट",
    // coverage
    "coverage", "berichterstattung", "couverture", "cobertura", "copertura", "dekking",
    // editors and the newsroom
    "editor", "editors", "newsroom", "redaktion", "rédaction", "redacción", "redazione",
    "redação", "redactie", "redakcja", "редакция", "editör", "संपादक",
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
    "si", "me", "nos", "sich", "diesem", "diesen", "dies", "einem", "einer", "eines",
    "am", "vom", "beim", "ins", "ans", "über", "unter", "durch", "ohne", "gegen", "om",
    "naar", "bij", "uit", "aan", "why", "warum", "pourquoi", "perché", "waarom", "qué",
    "dlaczego", "почему", "neden", "क्यों",
];

/// Where a line is judged: the page as a whole, before the story is picked, or only the
/// lines of the picked story, after it is settled.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Stage {
    /// The families and interface words of [`FAMILIES`] and [`INTERFACE_WORDS`], lines of at
    /// most [`MAX_WORDS`] words.
    Page,
    /// All of them, with [`IN_STORY_FAMILIES`], [`IN_STORY_INTERFACE_WORDS`], date words,
    /// compounds and lines of interface words with no family word.
    InStory,
}

struct Compiled {
    family_of: HashMap<&'static str, (&'static BlockRule, Stage)>,
    interface: HashMap<&'static str, Stage>,
    function: HashSet<&'static str>,
    date: HashSet<&'static str>,
    address: HashSet<&'static str>,
}

#[derive(Clone, Copy)]
enum Word {
    Family(&'static BlockRule),
    Interface,
    Function,
    /// A number or a word of a date or time.
    Date,
    Unknown,
}

impl Compiled {
    fn look_up(&self, w: &str, stage: Stage) -> Word {
        let here = |s: Stage| s == Stage::Page || stage == Stage::InStory;
        if let Some(&(row, s)) = self.family_of.get(w)
            && here(s)
        {
            Word::Family(row)
        } else if self.interface.get(w).is_some_and(|&s| here(s)) {
            Word::Interface
        } else if self.function.contains(w) {
            Word::Function
        } else if w.chars().all(|ch| ch.is_ascii_digit())
            || (stage == Stage::InStory && self.date.contains(w))
        {
            Word::Date
        } else {
            Word::Unknown
        }
    }

    /// A closed compound of two known words, as German and Dutch write them
    /// ("Nachrichtenüberblick", "Bildergalerie"), with a linking "s" allowed between them.
    /// Both parts must be family or interface words.
    fn compound(&self, w: &str) -> Option<[Word; 2]> {
        if w.chars().count() < MIN_COMPOUND {
            return None;
        }
        let meaningful = |word: &Word| matches!(word, Word::Family(_) | Word::Interface);
        for (i, _) in w.char_indices().skip(MIN_PART) {
            let (head, tail) = w.split_at(i);
            if tail.chars().count() < MIN_PART {
                break;
            }
            let tail_word = self.look_up(tail, Stage::InStory);
            if !meaningful(&tail_word) {
                continue;
            }
            let head_word = match self.look_up(head, Stage::InStory) {
                Word::Unknown => head
                    .strip_suffix('s')
                    .map_or(Word::Unknown, |h| self.look_up(h, Stage::InStory)),
                word => word,
            };
            if meaningful(&head_word) {
                return Some([head_word, tail_word]);
            }
        }
        None
    }
}

static COMPILED: LazyLock<Compiled> = LazyLock::new(|| {
    let mut family_of = HashMap::default();
    for (rows, stage) in [(FAMILIES, Stage::Page), (IN_STORY_FAMILIES, Stage::InStory)] {
        for row in rows {
            if let Vocabulary(words) = row.shape {
                for w in words {
                    family_of.entry(*w).or_insert((row, stage));
                }
            }
        }
    }
    let mut interface = HashMap::default();
    for (words, stage) in [
        (INTERFACE_WORDS, Stage::Page),
        (IN_STORY_INTERFACE_WORDS, Stage::InStory),
    ] {
        for w in words {
            interface.entry(*w).or_insert(stage);
        }
    }
    Compiled {
        family_of,
        interface,
        function: FUNCTION_WORDS.iter().copied().collect(),
        date: DATE_WORDS.iter().copied().collect(),
        address: ADDRESS_WORDS.iter().copied().collect(),
    }
});

/// Forces the compiled vocabulary, so that a bad row fails `cargo test`.
#[cfg(test)]
pub(crate) fn compiled() {
    LazyLock::force(&COMPILED);
}

/// The family a short line of furniture belongs to, if the line is made of nothing else.
/// `key` is the block's lower-cased matching key ([`super::boilerplate::key`]).
pub fn classify(key: &str, stage: Stage) -> Option<&'static BlockRule> {
    if has_quote_mark(key) {
        return None;
    }
    let c = &*COMPILED;
    let in_story = stage == Stage::InStory;
    let mut family: Option<&'static BlockRule> = None;
    let (mut tokens, mut words, mut interface) = (0, 0, 0);
    for w in key
        .split(|ch: char| !(is_word_char(ch) || matches!(ch, '-' | '\'' | '.')))
        .filter(|w| !w.is_empty())
    {
        let w = w.trim_matches(['-', '\'', '.']);
        if w.is_empty() {
            continue;
        }
        tokens += 1;
        if tokens > if in_story { MAX_TOKENS } else { MAX_WORDS } {
            return None;
        }
        let mut note = |word: Word| match word {
            Word::Family(row) => {
                family = family.or(Some(row));
                words += 1;
            }
            Word::Interface => {
                interface += 1;
                words += 1;
            }
            Word::Function => words += 1,
            Word::Date | Word::Unknown => {}
        };
        match c.look_up(w, stage) {
            Word::Unknown => {
                // "abonnez-vous", "inscreva-se": a hyphenated word is known if each part is;
                // inside the story, "Nachrichtenüberblick" is too, a compound of two known words.
                let parts = if w.contains('-') {
                    w.split('-')
                        .filter(|p| !p.is_empty())
                        .map(|p| c.look_up(p, stage))
                        .collect::<Vec<_>>()
                } else if in_story {
                    c.compound(w).into_iter().flatten().collect()
                } else {
                    Vec::new()
                };
                if parts.is_empty() || parts.iter().any(|p| matches!(p, Word::Unknown)) {
                    return None;
                }
                let family_part = parts.iter().find(|p| matches!(p, Word::Family(_)));
                note(family_part.copied().unwrap_or(Word::Interface));
            }
            known => note(known),
        }
        if words > MAX_WORDS {
            return None;
        }
    }
    match family {
        Some(row) => Some(row),
        // Buttons and links with no family word ("Back to top", "Find out more"): two
        // interface words and nothing else, in a line too short to be a sentence, not asking
        // anything and not opening with an article.
        None if in_story
            && interface >= 2
            && words <= MAX_BARE_WORDS
            && !key.contains('?')
            && !key
                .split_whitespace()
                .next()
                .is_some_and(|w| ARTICLES.contains(&w)) =>
        {
            Some(&BARE_INTERFACE)
        }
        None => None,
    }
}

/// What a longer block is made of, for telling a prompt to the reader ("Help keep news free
/// for everyone by giving us as little as $1", a cookie wall for an embedded post) from a
/// paragraph of the story.
#[derive(Debug, Default, Clone, Copy)]
pub struct PromptWords {
    /// Words that are not function words, numbers or date words.
    pub content: usize,
    /// Distinct family words (share, subscribe, newsletter, cookie, support …).
    pub family: usize,
    /// Interface words (click, read, free, today …).
    pub interface: usize,
    /// Words addressing the reader or speaking as the site: you, your, we, our …
    pub address: usize,
}

/// The words of `key` that [`prompt_words`] weighs.
fn key_words(key: &str) -> impl Iterator<Item = &str> {
    key.split(|ch: char| !(is_word_char(ch) || matches!(ch, '-' | '\'')))
        .map(|w| w.trim_matches(['-', '\'']))
        .filter(|w| !w.is_empty())
}

/// Whether [`prompt_words`] would count a family for `key` inside the story: one look-up a
/// word, where counting takes several.
pub fn names_a_family(key: &str) -> bool {
    let c = &*COMPILED;
    key_words(key).any(|w| c.family_of.contains_key(w))
}

/// Whether `key` holds a quotation mark (`"`, `“`, `”`, `«`, `»`, `„`). Looked for as bytes:
/// the curly ones start with 0xE2 and the guillemets with 0xC2, and a key with neither byte
/// is not walked character by character.
fn has_quote_mark(key: &str) -> bool {
    let b = key.as_bytes();
    memchr::memchr(b'"', b).is_some()
        || (memchr::memchr2(0xE2, 0xC2, b).is_some() && key.contains(['“', '”', '«', '»', '„']))
}

/// Counts the words of `key` that [`prompt`] weighs.
pub fn prompt_words(key: &str) -> PromptWords {
    let c = &*COMPILED;
    let mut out = PromptWords::default();
    let mut seen: Vec<&str> = Vec::new();
    for w in key_words(key) {
        if c.address.contains(w) {
            out.address += 1;
        }
        match c.look_up(w, Stage::InStory) {
            Word::Family(_) => {
                out.content += 1;
                if !seen.contains(&w) {
                    seen.push(w);
                    out.family += 1;
                }
            }
            Word::Interface => {
                out.content += 1;
                out.interface += 1;
            }
            Word::Function | Word::Date => {}
            Word::Unknown => out.content += 1,
        }
    }
    out
}

/// A block of up to [`MAX_PROMPT_WORDS`] words that speaks to the reader about the site
/// rather than telling the story: it names two or more families of furniture (cookies and
/// consent, newsletter and sign-up, support and journalism), addresses the reader or speaks as
/// the site, and its words are largely furniture's. A story's paragraph about cookies or
/// donations names them among words of its own, and reports rather than asks.
pub fn prompt(key: &str) -> Option<&'static BlockRule> {
    if has_quote_mark(key) {
        return None;
    }
    prompt_fits(&prompt_words(key)).then_some(&PROMPT)
}

/// [`prompt`]'s test on the words counted.
fn prompt_fits(words: &PromptWords) -> bool {
    let known = words.family + words.interface;
    words.content <= MAX_PROMPT_WORDS
        && words.family >= PROMPT_MIN_FAMILY
        && (words.address >= PROMPT_MIN_ADDRESS || words.family >= PROMPT_FAMILY_ALONE)
        && known * 100 >= words.content * PROMPT_MIN_SHARE
}

/// A short line inside the story that is mostly furniture's words, with a few of its own: a
/// site's name, a verb no table holds ("Der Newsletter direkt aus dem Newsroom", "Article
/// réservé à nos abonnés", "Register now for FREE unlimited access to example.com"). A line
/// made of them alone is [`classify`]'s; a longer one, a [`prompt`]'s. A line that
/// introduces what follows (ends with a colon) or goes on with a sentence a line break cut
/// (opens in lower case) is the story's; so is a sentence that does not address the reader ("Read the statement on the operator's website and the
/// union's reply.").
///
/// Judged on `words`, the line's words counted ([`prompt_words`]); its key holds no
/// quotation mark.
fn mostly_fits(text: &str, words: &PromptWords) -> bool {
    let text = text.trim();
    let known = words.family + words.interface;
    let sentence = text.ends_with(['.', '!', '?', '。', '！', '？']);
    words.content <= MOSTLY_MAX_WORDS
        && words.family >= 1
        && known >= MOSTLY_MIN_KNOWN
        && known * 100 >= words.content * MOSTLY_MIN_SHARE
        && (!sentence || words.address >= 1)
        && !text.ends_with([':', '：'])
        && !text.starts_with(char::is_lowercase)
}

/// The row that tells `text` is furniture by its vocabulary alone inside the story: a short
/// line made of furniture's words ([`classify`] at [`Stage::InStory`]) or mostly of them
/// ([`MOSTLY`]), or a [`prompt`]. A heading or a list's item (`named`) is never judged mostly
/// furniture's: a sub-heading or an item of a changelog ("Better Android support") names the
/// story's things in few words, some of them furniture's.
pub fn in_story_rule(text: &str, named: bool) -> Option<&'static BlockRule> {
    let words = crate::tidy::word_count(text);
    if words > MAX_PROMPT_WORDS * 2 {
        return None;
    }
    let key = super::boilerplate::key(text);
    if let Some(row) = (words <= MAX_TOKENS)
        .then(|| classify(&key, Stage::InStory))
        .flatten()
    {
        return Some(row);
    }
    if has_quote_mark(&key) {
        return None;
    }
    // Most lines name no family: they are spared the count.
    if !names_a_family(&key) {
        return None;
    }
    // Counted once for both tests.
    let counted = prompt_words(&key);
    if counted.family == 0 {
        return None;
    }
    if !named && words <= MAX_TOKENS && mostly_fits(text, &counted) {
        return Some(&MOSTLY);
    }
    prompt_fits(&counted).then_some(&PROMPT)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(line: &str) -> Option<&'static str> {
        classify(&super::super::boilerplate::key(line), Stage::Page).map(|f| f.id)
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
            // A question word carries no meaning of its own: the question over an advert.
            ("Why advertising?", Some("ui-words-advert")),
            // Hindi writes vowels and viramas as combining marks: the words stay whole.
            ("विज्ञापन", Some("ui-words-advert")),
            ("वीडियो देखें", Some("ui-words-audio-video")),
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

    fn in_story(line: &str) -> Option<&'static str> {
        classify(&super::super::boilerplate::key(line), Stage::InStory).map(|f| f.id)
    }

    #[test]
    fn inside_the_story_more_of_the_frame_is_told_by_its_words() {
        for (line, family) in [
            ("Zurück nach oben", Some("ui-words-interface")),
            ("Retour en haut de la page", Some("ui-words-interface")),
            ("Menü schließen", Some("ui-words-navigation")),
            ("Terms and Conditions", Some("ui-words-interface")),
            ("Alle Rechte vorbehalten", Some("ui-words-rights")),
            ("Zapisz artykuł", Some("ui-words-save")),
            (
                "Aktualisiert: 12. März 2024, 10:32 Uhr",
                Some("ui-words-timestamp"),
            ),
            (
                "Publicado: 3 de abril de 2023 a las 10:15 hs",
                Some("ui-words-timestamp"),
            ),
            // A closed compound of two known words, with a linking "s".
            ("Newsletterarchiv ansehen", Some("ui-words-newsletter")),
            ("Leserkommentare", Some("ui-words-comments")),
            ("Diskussion zum Artikel", Some("ui-words-discussion")),
            ("Viewed 5120 times", Some("ui-words-interface")),
            // Buttons of membership, offers and alerts, and the question over an advert.
            (
                "Hazte socio y apoya el periodismo",
                Some("ui-words-support"),
            ),
        ] {
            assert_eq!(in_story(line), family, "{line}");
            // None of these is told before the story is picked: they would move its ends.
            assert_eq!(id(line), None, "{line}");
        }
    }

    #[test]
    fn inside_the_story_a_line_with_words_of_its_own_or_a_question_stays() {
        for line in [
            "Club statement",
            "What happens next?",
            "The view from the top",
            "Back to school",
            "Rights groups object",
            "March 3, 2024",
            "Published by Penguin",
            "Where to watch the eclipse",
            "How to save money on energy bills",
        ] {
            assert_eq!(in_story(line), None, "{line}");
        }
    }

    fn prompt_id(text: &str) -> Option<&'static str> {
        prompt(&super::super::boilerplate::key(text)).map(|f| f.id)
    }

    #[test]
    fn a_prompt_to_the_reader_is_told_by_its_words() {
        for text in [
            "Like our work? Subscribe for unlimited access to every article, video and podcast, \
             and sign up for our free morning newsletter.",
            "Unterstützen Sie unabhängigen Journalismus: Jetzt spenden oder ein Abo abschließen \
             und unseren Newsletter abonnieren.",
            "Download our app and turn on notifications to get the latest news, video and \
             podcasts on your phone.",
        ] {
            assert_eq!(prompt_id(text), Some("ui-words-prompt"), "{text}");
        }
    }

    #[test]
    fn a_short_line_mostly_of_furniture_words_goes() {
        for line in [
            "Der Newsletter direkt aus dem Newsroom",
            "Register now for FREE unlimited access to example.com",
            "Please use Chrome browser for a more accessible video player",
            "Story continues below gallery",
            "Special offer for subscribers",
            "Turn on breaking news alerts for the newsletter",
        ] {
            assert_eq!(
                in_story_rule(line, false).map(|r| r.id),
                Some("ui-words-mostly"),
                "{line}"
            );
        }
        // The story's own: a heading or a list's item, a line that introduces a list, a
        // sentence a line break cut, a line with too few of furniture's words.
        for (line, named) in [
            ("Better Android support", true),
            ("This post will discuss the following:", false),
            (
                "to her Instagram page to share some stunning photos of herself.",
                false,
            ),
            ("Council approves new video cameras for the valley", false),
            (
                "Read the statement on the operator's website and the union's reply.",
                false,
            ),
        ] {
            assert_eq!(in_story_rule(line, named).map(|r| r.id), None, "{line}");
        }
    }

    #[test]
    fn a_story_paragraph_about_the_same_things_is_not_a_prompt() {
        for text in [
            "The newspaper said subscriptions rose 12% last year as readers paid for its \
             investigations, while advertising revenue fell for a third year.",
            "Regulators say the sites set tracking cookies before visitors could refuse them, \
             and fined the company €40 million.",
            "\"Subscribe, share, donate: we asked for everything,\" the editor said of the \
             campaign that kept the paper open.",
            "If you already have an account with the bank, you can apply for the loan online \
             in a few minutes, the lender said.",
        ] {
            assert_eq!(prompt_id(text), None, "{text}");
        }
    }
}
