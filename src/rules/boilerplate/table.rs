//! The rows of the whole-block table, in the order they are tried: share widgets, adverts,
//! paywall prompts, newsletters, related links, navigation, timestamps, comments, galleries,
//! notices and caption toggles, each with its id, reason and [`Shape`](super::Shape). Data
//! only; how a block is matched against them is [`super::matcher`]'s.

use super::Shape::{Contains, Exact, Gated, Pattern, Prefix};
use super::{BlockRule, r};
use crate::rules::Reason::*;

/// The whole-block rows, tried in this order (`Exact` rows first): the first that fits
/// decides.
#[rustfmt::skip]
pub static TABLE: &[BlockRule] = &[
    // ---- share and follow widgets
    r("share-widget", Share, Exact(&[
        "share", "share this", "share this article", "share this article on", "share this story",
        "share article", "share story", "share page", "share full article", "share via",
        "share on facebook", "share on twitter", "share on whatsapp", "share on linkedin",
        "share via email", "close share panel", "copy link", "copy link to clipboard",
        "link copied", "tweet", "email", "print", "whatsapp", "facebook", "twitter", "linkedin",
        "pinterest", "reddit", "telegram", "share this with", "share this page", "shares",
        "show more sharing options", "copy link urlcopied", "url copied", "urlcopied", "link copied", "sharing is caring",
        "flipboard",
    ])),
    r("share-prefix", Share, Prefix("share this article", 8)),
    r("share-on", Share, Prefix("share on", 14)),
    r("share-list", Share, Pattern(
        r"^(?:(?:share(?: on)?|facebook|twitter|x|whatsapp|linkedin|email|e-mail|print|pinterest|reddit|telegram|copy link|messenger|flipboard|comments|sms|tumblr|threads|bluesky|mastodon|more)[\s|•·,/]*){2,}$",
        16,
    )),
    r("messenger-chat", Share, Prefix("chat with us in facebook messenger", 25)),
    r("bbc-share-panel", Share, Contains("these are external links and will open in a new window", 90)),
    r("follow-us", Share, Pattern(
        r"^follow (?:us|[a-z0-9.'&-]+(?: [a-z0-9.'&-]+){0,3}) on (?:facebook|twitter|x|instagram|linkedin|youtube|telegram|whatsapp|threads|google news|tiktok|bluesky|mastodon)\b",
        20,
    )),
    // A share button's screen-reader label ("Click to share on X", WordPress Jetpack), a
    // like button and its placeholder, and share headings not covered above.
    r("click-to-share", Share, Pattern(r"^(?:click|tap) (?:here )?to (?:share|email|e-mail|print|tweet|pin|post|send)\b", 16)),
    r("like-widget", Share, Exact(&[
        "like this", "like", "like loading", "loading", "be the first to like this",
        "like this: like loading",
    ])),
    // Its counter, with WordPress's placeholder left in when no script ran: "%d bloggers like this:".
    r("bloggers-like-this", Share, Pattern(r"^(?:d|\d+|one) bloggers? likes? this$", 6)),
    r("share-heading", Share, Exact(&[
        "spread the word", "share and enjoy", "share this post", "share this entry", "share post",
        "teilen", "artikel teilen", "compartir", "compartilhe", "compartilhar", "partager",
        "partager cet article", "condividi", "delen", "udostępnij", "поделиться",
    ])),
    // ---- adverts
    r("advert-marker", Advert, Exact(&[
        "advertisement", "advertisment", "advertising", "ad", "ads", "advert", "adverts", "sponsored",
        "sponsored content", "promoted", "promoted content", "paid content", "paid post",
        "partner content", "from our partners", "ads by google", "report this ad",
        "story continues below advertisement", "article continues below advertisement",
        "story continues below", "article continues below", "continue reading below",
        "advertisement - scroll to continue", "scroll to continue with content",
        "ad feedback", "sponsor message", "supported by", "skip advertisement",
        "advertisement skip advertisement", "remove ads", "ad free", "adchoices",
    ])),
    r("advert-continues", Advert, Pattern(
        r"^(?:story|article) continues (?:below|after)(?: (?:this|the))? (?:ad|advert|advertisement)\b",
        10,
    )),
    r("we-pay-for-stories", Advert, Prefix("we pay for your stories", 12)),
    // A sponsored post's disclosure: "This shop has been compensated by …", "This post is
    // sponsored by …", "This article contains affiliate links".
    r("sponsor-disclosure", Advert, Pattern(
        r"^(?:this|the following) (?:shop|post|article|content|video|review) (?:has been compensated|is sponsored by|was sponsored by|(?:may )?contains? affiliate links?)\b",
        60,
    )),
    r("ndtv-jiosaavn", Advert, Prefix("listen to the latest songs, only on jiosaavn", 15)),
    // ---- newsletters before subscriptions: "subscribe to our newsletter" is a newsletter plug
    r("newsletter-plug", Newsletter, Gated("newsletter",
        r"\b(?:sign up|signup|subscribe|get|join|receive|register)\b.*\bnewsletters?\b",
        30,
    )),
    r("inbox-plug", Newsletter, Gated("inbox", r"\b(?:news|newsletters?|stories|headlines|delivered|sign up|subscribe)\b.*\byour inbox\b|\byour inbox\b.*\b(?:news|newsletters?|stories|headlines|delivered|sign up|subscribe)\b", 40)),
    r("activate-subscription", Newsletter, Contains("activate your subscription", 40)),
    r("we-send-newsletters", Newsletter, Prefix("we send newsletters", 40)),
    r("subscribed", Newsletter, Pattern(r"^(?:you(?:'ve| have) (?:been )?(?:successfully )?subscribed|thanks? (?:you )?for subscribing)\b", 12)),
    r("newsletter-label", Newsletter, Pattern(r"^(?:newsletter|newsletters|newsletter sign-?up)$", 3)),
    r("stay-updated", Newsletter, Pattern(r"^want to stay (?:updated|up to date|informed)\b", 30)),
    // The lead line a newsletter plug opens with: "Stay up to date with Ascom."
    r("stay-updated-lead", Newsletter, Pattern(r"^(?:stay|keep) (?:updated|up to date|up-to-date|informed|in the know)(?: with| on| about)? [^.!?]{0,40}$", 10)),
    r("sign-up-for", Newsletter, Prefix("sign up for", 20)),
    // A newsletter platform's sign-off ("Thanks for reading The Week in Ferries! Subscribe for
    // free to receive new posts…") and its e-mail box.
    r("thanks-for-reading", Newsletter, Pattern(r"^thanks for reading\b.*\b(?:subscribe|sign up|newsletter)\b", 40)),
    r("email-box", Newsletter, Exact(&["enter your email", "your email address", "email address", "type your email"])),
    // ---- subscriptions and paywalls
    r("subscribe-prompt", Subscribe, Exact(&[
        "subscribe", "subscribe now", "subscriber only", "subscribers only", "premium",
        "exclusive for subscribers", "unlock this article", "sign in to continue",
        "log in to continue reading", "subscribe to continue reading", "become a member",
        "already a subscriber? sign in", "already a subscriber? log in",
    ])),
    r("subscribe-to", Subscribe, Prefix("subscribe to", 20)),
    r("read-full-story", Subscribe, Pattern(r"^(?:to )?read the full (?:story|article)\b", 12)),
    r("subscribe-continue", Subscribe, Gated("reading", r"\bto (?:continue|keep) reading\b", 25)),
    r("subscribers-only", Subscribe, Pattern(r"^this (?:article|story|content) is (?:for|only for|exclusive to|available to) (?:subscribers|members)", 25)),
    r("article-limit", Subscribe, Gated("reached", r"\byou(?:'ve| have) reached (?:your|the) (?:limit|free articles?|monthly)", 40)),
    r("free-articles-read", Subscribe, Gated("free article", r"\byou(?:'ve| have) read (?:your|the|all your|all) (?:\d+ )?free articles?", 40)),
    r("print-offer", Subscribe, Gated("deliver", r"\bdelivered (?:to|through) your (?:door|doorstep|letterbox|mailbox) every (?:month|week|issue)\b", 40)),
    r("already-subscriber", Subscribe, Prefix("already a subscriber", 12)),
    r("guardian-support", Subscribe, Contains("support the guardian", 200)),
    r("guardian-remind-me", Subscribe, Pattern(r"^remind me in [a-z]+$", 5)),
    r("small-favour", Subscribe, Contains("small favour to ask", 200)),
    r("support-journalism", Subscribe, Gated("journalism", r"\b(?:support|fund) (?:our|independent|quality) journalism\b", 60)),
    r("subscribe-free", Subscribe, Pattern(r"^subscribe (?:for free|now for free)(?: to (?:receive|get|read|support)\b.*)?$", 30)),
    // "Read more" alone is a toggle button; with headlines under it, a related-links heading.
    r("read-more", Navigation, Exact(&["read more"])),
    r("expand-toggle", Navigation, Exact(&["read less", "show more", "show less", "load more", "see more", "view more"])),
    // ---- related links; a heading here also takes the link-shaped blocks under it
    r("related-heading", Related, Exact(&[
        "related", "related topics", "related stories", "related articles", "related coverage",
        "related content", "related news", "related links", "more on this story", "more from",
        "you may also like", "you might also like", "recommended", "recommended stories",
        "recommended for you", "read next", "more stories", "top stories", "trending",
        "trending now", "explore more on these topics", "more like this", "also read",
        "must read", "don't miss", "what to read next", "in other news", "latest news",
        "from our network", "more from our network", "across our network", "from our partners network",
        "मिलते-जुलते मुद्दे", "संबंधित ख़बरें", "संबंधित खबरें", "ये भी पढ़ें",
        "more news", "also see", "see also", "read also", "watch", "watch video", "most shared",
        "editor's picks", "editors' picks", "popular now", "up next",
        "related reading", "further reading", "around the web",
        // The same in the other languages of the pages newsclean meets.
        "à découvrir", "voir aussi", "dans la même rubrique", "weitere artikel",
        "auch interessant", "lo más leído", "más noticias", "articoli correlati",
        "ti potrebbe interessare", "mais lidas", "lees ook", "meer nieuws", "czytaj także",
        "czytaj też", "популярное", "ilginizi çekebilir", "bunlar da ilginizi çekebilir",
        "você pode gostar", "você também pode gostar", "veja também", "leia também",
        "leia mais", "notícias relacionadas", "te puede interesar", "también te puede interesar",
        "ver también", "lee también", "noticias relacionadas", "à lire aussi", "lire aussi",
        "sur le même sujet", "lesen sie auch", "mehr zum thema", "das könnte sie auch interessieren",
        "leggi anche", "potrebbe interessarti", "читайте также", "похожие статьи",
        "関連記事", "おすすめ記事", "相关文章", "相关新闻", "관련기사",
    ])),
    r("also-read", Related, Pattern(
        r"^(?:also read|read also|also see|see also|must read|also watch|don't miss|read more|related(?: article| articles| story| stories| coverage| news| content| video)?|more on this|see more|watch|recommended)\s*[:|\-–—»>]",
        40,
    )),
    r("related-prefix", Related, Pattern(r"^related (?:article|story|coverage|video|news|content)\b", 30)),
    r("also-read-bare", Related, Prefix("also read", 30)),
    r("also-see-bare", Related, Prefix("also see", 12)),
    r("more-stories", Related, Pattern(
        r"^(?:read )?(?:more|other|latest|top|related) (?:[a-z]+ ){0,2}(?:stories|news|articles|videos|coverage)(?: from .+)?$",
        8,
    )),
    // Blog software's related-posts headings, and a "Read more about …" link.
    r("related-posts", Related, Exact(&[
        "related posts", "related post", "similar posts", "more posts", "more to read",
        "keep reading", "you may also enjoy", "you might also enjoy", "recent posts",
        "popular posts", "latest posts",
    ])),
    r("read-more-about", Related, Pattern(r"^read more (?:about|on)\b", 12)),
    // ---- navigation
    r("navigation-link", Navigation, Exact(&[
        "home", "homepage", "news", "sports", "sport", "cricket", "football", "world", "india",
        "us", "uk", "business", "markets", "politics", "opinion", "entertainment", "technology",
        "tech", "science", "health", "lifestyle", "travel", "culture", "video", "videos",
        "photos", "latest", "menu", "search", "sign in", "log in", "login", "register",
        "skip to content", "skip to main content", "skip to navigation", "back to top",
        "next", "previous", "prev", "previous post", "next post", "next article",
        "previous article", "next story", "most viewed", "most read", "most popular",
        "more",
        "topics", "tags", "go to homepage", "close", "open menu", "toggle navigation",
        "main menu", "sections", "edition", "print edition", "e-paper", "epaper", "live tv",
        "notifications", "all", "breaking news", "live", "live updates",
    ])),
    r("tags-line", Navigation, Pattern(r"^(?:tags|topics|filed under|categories|category|posted in|section)\s*[:|]", 30)),
    r("prev-next", Navigation, Pattern(r"^(?:previous|next|prev|older|newer) (?:post|article|story|entry)\b", 25)),
    r("breadcrumb", Navigation, Pattern(r"^[a-z&' -]{1,25}(?: ?[>»|›] ?[a-z&' -]{1,25}){1,8}$", 16)),
    // A section label such as NPR's "Shots - Health News": two short lower-case parts.
    r("section-label", Navigation, Pattern(r"^[a-z&']+(?: [a-z&']+)? - [a-z&']+(?: [a-z&']+)?$", 5)),
    r("got-a-story", Navigation, Pattern(r"^got a (?:story|tip)\b", 30)),
    r("ndtv-track-latest", Navigation, Prefix("track latest news live on ndtv", 40)),
    r("ht-get-latest", Navigation, Prefix("get latest india news along with", 40)),
    r("ht-catch-all", Navigation, Prefix("catch all the latest", 40)),
    r("google-news-follow", Navigation, Gated("google news", r"\bfollow .*\bon google news\b", 25)),
    // ---- app prompts
    r("app-prompt", App, Pattern(
        r"^(?:click here to |tap here to |click to )?(?:download|get|install|open|try)\b.*\bapps?\b",
        25,
    )),
    r("open-in-app", App, Pattern(r"^(?:open|read|continue) (?:in|on) (?:the )?app\b", 10)),
    // ---- cookie and consent
    r("consent-button", Cookie, Exact(&[
        "accept", "accept all", "accept cookies", "accept all cookies", "reject all",
        "manage preferences", "cookie settings", "cookie policy", "i agree", "got it",
    ])),
    r("we-use-cookies", Cookie, Contains("we use cookies", 120)),
    r("this-site-uses-cookies", Cookie, Contains("site uses cookies", 120)),
    r("this-website-uses-cookies", Cookie, Contains("website uses cookies", 120)),
    // the category notes of WordPress cookie-consent plugins (CookieYes / GDPR Cookie Consent)
    r("necessary-cookies", Cookie, Contains("necessary cookies are absolutely essential", 80)),
    r("non-necessary-cookies", Cookie, Contains("termed as non-necessary cookies", 80)),
    r("cookie-policy", Cookie, Contains("cookie policy", 80)),
    r("privacy-choices", Cookie, Contains("your privacy choices", 120)),
    // A consent form's data-protection lines.
    r("personal-data-consent", Cookie, Pattern(r"^(?:your personal data will\b|you (?:may|can) revoke (?:this|your) consent\b)", 60)),
    r("consent-preferences", Cookie, Contains("consent preferences", 120)),
    r("we-and-our-partners", Cookie, Contains("we and our partners", 120)),
    // ---- copyright, wire trailers, syndication notes
    r("copyright-line", Copyright, Prefix("copyright", 60)),
    r("copyright-sign", Copyright, Pattern(r"^©|^\(c\) \d{4}", 60)),
    r("all-rights-reserved", Copyright, Contains("all rights reserved", 60)),
    r("ap-material", Copyright, Contains("this material may not be published", 60)),
    r("contributed-reporting", Copyright, Gated("contributed", r"^(?:[\w.'’-]+,? ){1,16}(?:and [\w.'’-]+ (?:[\w.'’-]+ ){0,3})?contributed (?:reporting|to this report)(?: (?:from|in) [\w .,'’-]+)?$", 25)),
    r("wire-credits", Copyright, Pattern(r"^(?:additional )?(?:reporting|writing|editing|compiled) by\b", 40)),
    r("reuters-standards", Copyright, Prefix("our standards", 15)),
    r("syndicated-feed", Copyright, Gated("syndicated", r"\b(?:syndicated feed|auto-generated from a syndicated)\b", 60)),
    r("not-edited-by", Copyright, Contains("has not been edited by", 60)),
    // Legal notices in a site's footer: trademarks, the FDA's supplement disclaimer, a
    // fitness site's medical caution, a market-data feed's delay notice.
    r("trademark-notice", Copyright, Gated("trademark", r"\b(?:are|is) (?:a )?(?:registered )?trademarks? (?:of|owned by)\b", 80)),
    r("fda-disclaimer", Copyright, Contains("have not been evaluated by the food and drug administration", 80)),
    r("medical-caution", Copyright, Pattern(r"^consult (?:your|a) (?:physician|doctor)\b.*\b(?:before|prior to)\b", 80)),
    r("quotes-delayed", Copyright, Pattern(r"^(?:all )?quotes (?:are )?delayed\b", 80)),
    r("reuse-content", Copyright, Exact(&["reuse this content", "licensing", "reprints", "reprints & permissions"])),
    // The line WordPress feeds (Yoast) add to every post: "The post … appeared first on …".
    r("appeared-first-on", Copyright, Gated("appeared first", r"^the post .+ appeared first on\b", 60)),
    // ---- read-time and date stamps ("Posted by …" is a byline, not a stamp)
    r("stamp", Timestamp, Pattern(
        r"^(?:updated|published|last updated|first published|modified|last modified)(?: on| at)?\s*:?\s*.*\d",
        22,
    )),
    r("read-time", Timestamp, Pattern(r"^\d+\s*(?:min|mins|minute|minutes)\.?(?: read| listen)?$|^reading time\b", 6)),
    r("date-only", Timestamp, Pattern(
        r"^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,? )?(?:\d{1,2}(?:st|nd|rd|th)? )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? (?:\d{1,2}(?:st|nd|rd|th)?,? )?\d{4}(?:,? (?:at )?\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?: [a-z]{2,5})?)?$",
        12,
    )),
    r("numeric-date", Timestamp, Pattern(
        r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?:,?\s*(?:[–—-]\s*)?\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?: [a-z]{2,5})?)?$",
        6,
    )),
    // "March 3, 2024 · 6 min read": stamps joined by a separator.
    r("stamp-line", Timestamp, Pattern(
        r"^(?:[a-z]+\.? \d{1,2},? \d{4}|\d{1,2} [a-z]+\.? \d{4}|\d+ ?(?:min|mins|minute|minutes)\.? read)(?:\s*[·•|]\s*(?:[a-z]+\.? \d{1,2},? \d{4}|\d{1,2} [a-z]+\.? \d{4}|\d+ ?(?:min|mins|minute|minutes)\.? read|updated .+))+$",
        14,
    )),
    // "6 min readMarch 3, 2024": a read time and a date with the separator lost.
    r("stamp-line-joined", Timestamp, Pattern(
        r"^(?:\d+ ?(?:min|mins|minute|minutes)\.? read ?(?:[a-z]+\.? \d{1,2},? \d{4}|\d{1,2} [a-z]+\.? \d{4})|(?:[a-z]+\.? \d{1,2},? \d{4}|\d{1,2} [a-z]+\.? \d{4}) ?\d+ ?(?:min|mins|minute|minutes)\.? read)$",
        8,
    )),
    r("time-only", Timestamp, Pattern(r"^\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?: [a-z]{2,5})?$", 4)),
    // ---- listen-to-this-article widgets
    r("audio-widget", Audio, Exact(&[
        "listen", "listen to this article", "listen to this story", "listen to article",
        "play audio", "pause", "audio", "this audio is auto-generated", "listen now",
        "transcript", "download audio", "listen live",
    ])),
    r("minute-listen", Audio, Pattern(r"^\d+[- ]min(?:ute)?s? listen$", 4)),
    r("listen-live", Audio, Pattern(r"^listen to [a-z0-9' ]{1,30} live\b", 20)),
    r("listen-prefix", Audio, Pattern(r"^listen to (?:this|the) (?:article|story)\b", 20)),
    r("listen-duration", Audio, Pattern(r"^(?:listen|play)\W+(?:\d+ ?(?:min|mins|minutes)|\d{1,2}:\d{2})\b|^\d{1,2}:\d{2}\W+listen$", 8)),
    // ---- comment counters and prompts
    r("comment-prompt", Comments, Exact(&[
        "comments", "comment", "leave a comment", "add a comment", "post a comment",
        "view comments", "show comments", "join the conversation", "no comments",
        "write a comment", "leave a reply", "join the discussion", "comments are closed",
    ])),
    r("comment-count", Comments, Pattern(r"^(?:(?:read|view|see|show) (?:all )?)?\d[\d,]* (?:comments?|replies|reply|responses?)$", 5)),
    // A counter with its feed link: "34 Comments Feed for comments".
    r("comment-count-feed", Comments, Pattern(r"^\d[\d,]* comments? (?:feed|rss)\b", 6)),
    // A reader's comment as blogs print it: "Alex on September 17, 2018 at 6:34 am said: …".
    r("comment-header", Comments, Gated(" said:", r"^[^.!?]{1,60} on [a-z]+\.? \d{1,2},? \d{4},? at \d{1,2}:\d{2} ?(?:am|pm)? said:", 600)),
    // The heading over a discussion: "Top Rated Comments", "Reader comments (12)" (the key
    // has lost the closing bracket).
    r("comment-heading", Comments, Pattern(r"^(?:top[- ]rated|most (?:popular|recent|liked|upvoted|discussed)|newest|oldest|latest|featured|reader|readers'?|all|\d[\d,]*) comments?(?: \(\d[\d,]*\)?)?$|^comments? \(\d[\d,]*\)?$", 4)),
    r("comment-prompt-prefix", Comments, Pattern(r"^(?:leave a (?:comment|reply)|join the (?:conversation|discussion)|view (?:all )?comments)\b", 12)),
    // The heading blog software puts over a thread: "34 responses to “Title”", "5 thoughts on
    // “Title”", "One Reply to “Title”".
    r("comment-thread-title", Comments, Pattern(r#"^(?:\d[\d,]*|one|no) (?:responses?|repl(?:y|ies)|thoughts?|comments?) (?:to|on) ["']"#, 16)),
    // A reader's comment with its name and stamp flattened into it: "jjackwagon says:
    // November 19, 2019 at 6:34 am …" (CSS class names may sit in between).
    r("comment-says", Comments, Gated(" says:", r"^\S+(?: \S+){0,2} says: (?:\.[a-z-]+ )*[a-z]+\.? \d{1,2},? \d{4},? at \d{1,2}:\d{2} ?[ap]\.?m\b", 600)),
    // The comment form's fixed lines.
    r("comment-form", Comments, Pattern(r"^(?:your email address will not be published|this site uses akismet to reduce spam|save my name,? email,? and website in this browser|notify me (?:of|via e-?mail|by e-?mail|when)\b.*\b(?:comments?|posts?|repl(?:y|ies)|answers)\b|you must be logged in to (?:post|leave) a comment|required fields are marked)", 30)),
    // The house rules over a comment thread, and the comment form's consent line.
    r("comment-policy", Comments, Pattern(r"^(?:as you comment\b|please (?:keep (?:it|comments) civil|be respectful|be mindful of our community)|community (?:rules|guidelines|standards) apply\b)", 60)),
    r("comment-form-consent", Comments, Prefix("by submitting this form", 60)),
    // Newsletter platforms' heading over the readers' comments and its tabs.
    r("discussion-heading", Comments, Exact(&["discussion about this post", "restacks", "comments restacks"])),
    // ---- photo-gallery counters
    // "3 of 12", "Photo 3/12", and a page of a gallery's items: "1 - 5 of 36".
    r("gallery-counter", Gallery, Pattern(r"^(?:(?:image|photo|picture|slide|img|showing)\s*)?\d+(?:\s*[-–]\s*\d+)?\s*(?:of|/)\s*\d+$", 7)),
    r("gallery-count", Gallery, Pattern(r"^\d+ (?:photos|images|pictures|slides)$", 3)),
    r("gallery-count", Gallery, Pattern(r"^(?:view|see) all \(?\d+\)?(?: photos| images)?$", 5)),
    r("gallery-link", Gallery, Pattern(r"^(?:view|see|open|browse|back to) (?:the |all )?(?:gallery|photos|images|slideshow)\b", 8)),
    // ---- leftovers of markup: a lone "By" whose name was a link, a lone count
    r("byline-remnant", Markup, Exact(&["by", "and", "written by", "posted by", "|"])),
    r("lone-number", Markup, Pattern(r"^\d{1,4}$", 1)),
    // ---- embedded social posts flattened to text: the bare link, the embed's labels. (The
    // signature line, "— Jane Doe (@janedoe) June 3, 2023", closes a post the story quotes
    // and stays with it.)
    // An embedded post flattened to its link, alone or after a few words of its signature
    // ("Name https://t.co/…"); a longer line is the post's text and is judged as text.
    r("social-embed-link", Share, Pattern(r"^(?:\S+\s+){0,3}(?:https?://)?(?:www\.)?(?:instagram\.com/(?:p|reel)/|(?:twitter|x)\.com/\w+/status/|t\.co/|youtu\.be/|youtube\.com/(?:watch|shorts)|tiktok\.com/@|facebook\.com/\S+/(?:posts|videos)/|pic\.twitter\.com/)\S*$", 5)),
    r("social-embed-label", Share, Pattern(r"^(?:a post shared by|view this post on (?:instagram|tiktok|facebook|x|twitter)|embed from getty images|skip (?:twitter|instagram|facebook|youtube|tiktok|x) post|end of (?:twitter|instagram|facebook|youtube|tiktok|x) post|allow (?:twitter|instagram|youtube|tiktok|x) content)\b", 20)),
    // An embedded post's skip link and end marker in the other languages a broadcaster's
    // services print them in (BBC: "छोड़िए X पोस्ट", "पोस्ट X समाप्त"; "Omitir publicación de
    // X"), and the fallback printed where the post did not load ("Can't see the tweet?").
    r("social-embed-skip", Share, Pattern(r"^(?:(?:छोड़िए|छोड़ें|छोड़कर) .{1,40} (?:पोस्ट|आगे बढ़ें)|पोस्ट .{1,40} समाप्त|(?:omitir|saltar|pular|pule|ignorer|überspringen) (?:el |la |o |a |le |den |die )?(?:\S+ ){0,2}(?:post|publicación|publicação|publication|beitrag)\b|(?:final|fin|fim|ende) (?:de|da|do|du|des) (?:\S+ ){0,2}(?:post|publicación|publicação|publication|beitrags?)\b)", 12)),
    r("embed-fallback", Share, Pattern(r"^(?:(?:sie können|du kannst) (?:den|die|das|diesen|diese|dieses) (?:\S+ )?(?:tweet|post|beitrag|video|inhalt|grafik|karte)\S* nicht sehen|(?:can't|cannot|can not|unable to) (?:see|view|load) (?:the|this) (?:tweet|post|video|embed|graphic|chart|map|content)\b)", 14)),
    // The player's notice where it cannot play ("Media playback is unsupported on your device").
    r("playback-unsupported", Audio, Gated("playback", r"\bplayback (?:is )?(?:unsupported|not supported)\b", 16)),
    r("playback-unsupported", Audio, Pattern(r"^(?:प्लेबैक आपके (?:उपकरण|डिवाइस)|(?:la )?reproducción (?:de este (?:video|vídeo|contenido) )?no (?:es compatible|está disponible)|this video (?:can ?not|could not) be played|(?:die )?wiedergabe (?:wird )?(?:auf ihrem gerät )?nicht unterstützt)", 16)),
    // A document viewer's furniture around an embedded PDF ("Download as PDF, TXT or read
    // online on Scribd", "0% found this document useful (0 votes)").
    r("document-viewer", Navigation, Pattern(r"^(?:download (?:as|the) (?:pdf|docx?|txt|epub)\b|\d+% found this (?:document|article) (?:useful|not useful)\b|(?:read|view) (?:it )?online on \w+$)", 14)),
    // A plug for more of the site's own output, "here" closing it ("WATCH MORE FOX NEWS
    // DIGITAL ORIGINALS HERE", "Click here for more entertainment news").
    r("more-here", Related, Pattern(r"^(?:watch|read|see|listen to|find|discover|get|browse) (?:even )?more (?:\S+ ){0,6}here$", 12)),
    r("more-here", Related, Gated("here for more", r"[.?!] (?:click|tap) here for more (?:\S+ ){0,4}(?:news|stories|articles|coverage|videos?|content)$", 16)),
    // A site's pitch for itself: "X is Canada's leading destination for the latest news".
    r("site-pitch", Advert, Gated("leading", r"\bis (?:\S+ ){0,2}(?:leading|premier|number one|#1|go-to) (?:destination|source|provider|site|website|resource|platform) (?:for|of) (?:the )?(?:latest |breaking )?(?:\S+ ){0,2}(?:news|coverage|reviews|updates|information)\b", 40)),
    // A paywall's upgrade button ("Go Unlimited with …", "Get Premium").
    r("upgrade-button", Subscribe, Pattern(r"^(?:go|get|try|unlock|upgrade to) (?:unlimited|premium|gold|plus|pro)(?: (?:with|from|for|access|now|today)\b.*)?$", 8)),
    // A mailing's greeting with its merge field left unfilled ("Hola FirstName", "Hi {{name}}").
    r("merge-field-greeting", Template, Pattern(r"^(?:hi|hello|hey|dear|hola|bonjour|hallo|ciao|olá|oi|salut|liebe|lieber|cher|chère|querido|querida|caro|cara) (?:\{+\s*\w+\s*\}*|%+\w+%*|\*\|\w+(?:\|\*)?|\[\w+\]?|first ?name|firstname|fname|user ?name|username|\{name\})$", 3)),
    // An advert slot's name printed where the slot was ("MKTG SR - …", "div-gpt-ad-123").
    r("ad-slot-name", Advert, Pattern(r"^mktg\b", 10)),
    r("ad-slot-name", Advert, Gated("gpt-ad", r"\bgpt-ad\b", 10)),
    r("ad-slot-name", Advert, Gated("slot", r"\bad[-_]?slot\b", 10)),
    // A clock line: "Oggi è lunedì 8 marzo 2021 e sono le ore 5:45", "Today is … and it is 5:45".
    r("clock-line", Timestamp, Pattern(r"^(?:oggi è|today is|heute ist|hoy es|aujourd'hui,? (?:nous sommes|c'est)|hoje é) [^\d]{0,30}\d.{0,30} (?:e sono le ore|and it is|and the time is|es ist|y son las|il est|e são) \d{1,2}[:.h]\d{2}(?:\s*(?:am|pm|uhr|h))?$", 20)),
    // A section's name and the date, alone on a line ("Politics - June 18, 2025"), and a
    // stamp that runs into its text credit ("6 January 2022, 3:04 Text: Name").
    r("section-date", Timestamp, Pattern(r"^(?:\p{L}[\p{L}&'’.]* ){0,2}\p{L}[\p{L}&'’.]* [-–—|] (?:\p{L}+\.? \d{1,2},? \d{4}|\d{1,2}\.? \p{L}+\.? \d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})$", 7)),
    r("stamp-text-credit", Timestamp, Gated(":", r"\d{1,2}:\d{2}(?:\s*(?:am|pm))?,?\s*(?:текст|text|texte|texto|testo|tekst|tekstas)\s*:\s*\S+(?: \S+){0,3}$", 16)),
    // A comment thread's house rules, however long, opening the block ("Gentile lettore, la
    // pubblicazione dei commenti è sospesa dalle 20 alle 9, …"): anchored, so that a sentence
    // of the story a scraper glued before them is never taken along.
    r("comment-rules", Comments, Gated("comment", r"^(?:(?:gentile|caro|cara|cari|dear|liebe|lieber|cher|chère|chers|querido|querida|queridos) (?:lettore|lettrice|lettori|reader|readers|leser|leserin|lecteur|lectrice|lecteurs|lector|lectora|lectores),? )?(?:la pubblicazione dei commenti|i commenti (?:saranno|sono|vengono) (?:pubblicati|moderati|chiusi)|comments (?:are|will be) (?:moderated|closed|reviewed before)|kommentare werden (?:moderiert|geschlossen|freigeschaltet)|les commentaires sont (?:modérés|fermés)|los comentarios (?:son|serán) (?:moderados|revisados))\b", 200)),
    // ---- pleas for the reader's money, as donation boxes word them in any language: a
    // greeting to the reader alone on its line ("Dear Example Reader"), "Support our work",
    // "Help keep the news free …", "Our journalism needs you", "… as little as $1".
    r("dear-reader", Subscribe, Pattern(r"^(?:dear|liebe|lieber|cher|chère|chers|querido|querida|queridos|caro|cara|cari|beste|drogi|droga|дорогой|дорогие|değerli) (?:[\w'’.&-]+ ){0,3}(?:readers?|subscribers?|members?|listeners?|viewers?|supporters?|leser|leserin|leserinnen|abonnent|abonnenten|lecteur|lectrice|lecteurs|lectrices|abonnés?|lector|lectora|lectores|lectoras|suscriptor|suscriptores|lettore|lettrice|lettori|abbonato|abbonati|leitor|leitora|leitores|assinante|lezer|lezers|czytelniku|czytelnicy|читатель|читатели|okur|okurlar)$", 5)),
    r("support-our-work", Subscribe, Pattern(r"^(?:please )?(?:support|unterstütze|unterstützen sie|unterstützt|soutenez|apoya|apóyanos|apoie|sostieni|sostenete|steun|wesprzyj|поддержите|destekleyin) (?:us|uns|nous|ons|our|unsere|unseren|unser|notre|nuestro|nuestra|nosso|nossa|il nostro|la nostra|onze|nasz|naszą|нас|нашу|наш|bizi|independent|local|quality|unabhängigen)\b(?: [^\s,;]+){0,5}$", 7)),
    r("keep-it-free", Subscribe, Pattern(r"^(?:please )?help (?:us )?keep (?:\S+ ){1,5}(?:free|open|independent|alive|going|accessible|paywall-free)\b", 40)),
    r("as-little-as", Subscribe, Gated("as little as", r"\b(?:giving|give|contribut\w*|donat\w*|support\w*|chip in)\b.{0,60}\bas little as [$€£₹]\s?\d", 40)),
    r("needs-you", Subscribe, Gated("needs you", r"^(?:our|local|independent|quality|your|this) (?:\S+ ){0,3}(?:journalism|coverage|reporting|newsroom|work|news|mission|site|newspaper) needs? (?:you|your (?:support|help))$", 10)),
    // ---- whose feed the story came through: "Provided by Example Wire". (Not "X powered by
    // Y": a story's sub-heading reads so too, "Buses powered by hydrogen".)
    r("provided-by", Copyright, Pattern(r"^(?:(?:this )?(?:content|article|story|video|feed|report) (?:is |was )?)?(?:provided|supplied|distributed) by (?:[^\s,;]+ ){0,4}[^\s,;]+$", 8)),
    // ---- counters strung together: "Visited 120 times, 3 visit(s) today", "12 downloads 40
    // Views 2MB Size" (plugins' and document hosts' tallies).
    r("count-line", Comments, Pattern(r"^(?:(?:visited|viewed|read|downloaded|shared|liked|seen) )?[0-9][0-9,.]* ?(?:[kmg]b? ?)?(?:times|views?|visits?|visit\(s\)|reads?|downloads?|shares?|likes?|size|pages?)(?: today)?(?:[ ,|·•]+(?:(?:visited|viewed|read|downloaded|shared|liked|seen) )?[0-9][0-9,.]* ?(?:[kmg]b? ?)?(?:times|views?|visits?|visit\(s\)|reads?|downloads?|shares?|likes?|size|pages?)(?: today)?)*$", 12)),
    // ---- consent walls: a notice asking the reader to allow cookies, often for one embed
    // ("Let us know you agree to cookies", "… we need your permission to use cookies …").
    r("consent-wall", Cookie, Gated("cookies", r"\b(?:permission to use|consent(?:ed)? to|allow|accept|enable|agree to|use of) (?:\S+ ){0,3}cookies\b.*\b(?:you|your)\b|\b(?:you|your)\b.*\b(?:permission to use|consent(?:ed)? to|allow|accept|enable|agree to) (?:\S+ ){0,3}cookies\b", 90)),
    // "We use cookies …" in the other languages met.
    r("we-use-cookies-languages", Cookie, Pattern(r"^(?:utilizziamo|usiamo|questo sito (?:utilizza|usa)|wir (?:verwenden|nutzen)|diese (?:website|webseite|seite) (?:verwendet|nutzt)|nous utilisons|ce site utilise|utilizamos|usamos|este (?:sitio|site) (?:utiliza|usa)|we gebruiken|deze (?:website|site) gebruikt|używamy|ta strona używa) (?:\S+ ){0,3}cookies?\b", 80)),
    // ---- a sign-up form's consent line: "By signing up, you agree to …", and its forms in
    // the other languages met.
    r("signup-consent", Newsletter, Pattern(r"^(?:by (?:signing up|subscribing|registering)\b.*\b(?:you|i)\b (?:\S+ ){0,3}(?:agree|accept|consent)|mit (?:meiner|ihrer|deiner) (?:anmeldung|registrierung)\b.*\b(?:stimme ich|stimmen sie|stimmst du|akzeptiere ich|akzeptieren sie)\b|en (?:vous|t')inscrivant\b.*\baccept|al (?:suscribirte|suscribirse|registrarte|registrarse)\b.*\bacept|ao (?:se )?(?:inscrever|cadastrar|assinar)\b.*\b(?:concorda|aceita)|iscrivendoti\b.*\baccetti)", 60)),
    // ---- a newsletter plug in the other languages: a sign-up verb and the newsletter.
    r("newsletter-plug-languages", Newsletter, Gated("newsletter", r"(?:^|\s)(?:zapisz się|abonnieren sie|abonniere|abonnieren|inscrivez-vous|abonnez-vous|suscríbete|inscríbete|assine|inscreva-se|cadastre-se|iscriviti|schrijf je in|meld je aan|abone ol|подпишитесь)\s.*\bnewsletter", 60)),
    // The same as a button, the verb after its object: "Unseren Newsletter abonnieren".
    r("newsletter-button-languages", Newsletter, Gated("newsletter", r"\bnewsletter\b.*\s(?:abonnieren|bestellen|inscrivez-vous|abonnez-vous|suscríbete|inscríbete|assine|inscreva-se|iscriviti|aanmelden|abone ol|подпишитесь)$", 6)),
    // ---- "Also read:" and its like over a linked headline, in the other languages met.
    r("also-read-languages", Related, Pattern(r"^(?:(?:le[eé]|lea|mir[aá]|ver) tambi[eé]n|(?:à )?lire aussi|voir aussi|(?:leia|veja) (?:também|mais)|leggi anche|lees ook|lesen sie (?:auch|mehr)|czytaj (?:też|także|również)|(?:читайте|смотрите) также|(?:ayrıca|bunu da) (?:okuyun|oku)|(?:ये|यह) भी (?:पढ़ें|देखें)|baca juga)(?:\s*[:|»>•–—-]|$)", 40)),
    // A subscribe button as German writes it, the verb last: "Jetzt abonnieren",
    // "Podcast abonnieren".
    r("subscribe-button-de", Subscribe, Gated("abonnieren", r"^(?:\S+ ){0,2}abonnieren$", 3)),
    // A language switcher: language names alone, as each language writes its own.
    r("language-switcher", Navigation, Pattern(r"^(?:(?:english|हिन्दी|हिंदी|español|français|deutsch|português|italiano|nederlands|polski|türkçe|русский|українська|中文|日本語|한국어|العربية|اردو|বাংলা|தமிழ்|తెలుగు|मराठी|ગુજરાતી|ਪੰਜਾਬੀ|indonesia|bahasa)\s*[|/·•,]?\s*){2,}$", 8)),
    // A notice that the site is kept only as an archive.
    r("archived-site", Navigation, Pattern(r"^(?:this|diese|dieser|ce|cette|este|esta|questo|questa|deze|dit) (?:web ?site|webseite|site|seite|page|blog|sitio|página|sito|pagina) (?:\S+ ){0,4}(?:archived|archiviert|archivé|archivado|archiviato|gearchiveerd|no longer (?:being )?updated|nicht mehr aktualisiert|n'est plus mis à jour|ya no se actualiza|non è più aggiornat[oa]|wordt niet meer bijgewerkt)\b", 25)),
    // A gallery's counter with the picture's credit: "3 of 12 — Photo: Name".
    r("gallery-counter-credit", Gallery, Gated(":", r"^\S+ (?:of|de|von|di|van|z|из|sur) \d+ [-–—|] (?:photos?|fotos?|images?|imagen|bild|credit|crédito|crédit|picture)\s*:", 16)),
    // A Japanese page's bracketed link label over a headline ("【動画】…", "【関連記事】…").
    r("bracket-label-link", Related, Gated("】", r"^【?[^】\s]{0,8}(?:写真|動画|画像|関連|見る|一覧|ギャラリー|フォト)[^】]{0,8}】", 30)),
    // An ad blocker's plea: "Please disable your ad blocker …", "Schakel dan je adblocker uit".
    r("adblock-plea", Advert, Gated("block", r"\b(?:disable|turn off|deactivate|whitelist|pause|schakel|deaktivier\w*|désactiv\w*|desactiv\w*|disattiv\w*|wyłącz)\b.{0,80}\b(?:ad-?block(?:er|ers)?|ad blockers?|werbeblocker|bloqueador de anuncios|bloqueur de publicités?)\b|\b(?:ad-?block(?:er|ers)?|ad blockers?|werbeblocker)\b.{0,30}\b(?:uit|aus|off)\b", 60)),
    // A picture's permission note: "Image used with permission", "Photo courtesy of …".
    r("used-with-permission", Copyright, Pattern(r"^(?:(?:image|photo|picture|video|graphic)s? )?used (?:with|by) (?:kind )?permission\b|^(?:image|photo|picture|video)s? (?:used )?(?:with|by) (?:kind )?permission\b", 12)),
    // An embedded post's picture link and signature alone on a line ("pic.twitter.com/x—
    // Jane Doe (@janedoe) June 3, 2023"): the post's text was lost, its footer stayed.
    r("post-signature-line", Share, Pattern(r"^pic\.twitter\.com/\w+\s*[—–-]\s*[^()]{1,60}\(@\w{1,30}\)\s*[^()]{0,30}$", 16)),
    // A picture credited to the photo host it was taken from ("Source: Jane Doe via Flickr").
    r("photo-host-credit", Copyright, Pattern(r"^(?:source|photo|image|picture|foto|bild|credit|fonte|fuente|quelle)s?\s*:?\s*(?:[^\s,;]+ ){0,4}(?:via|from|on) (?:flickr|wikimedia(?: commons)?|wikipedia|unsplash|pexels|pixabay|instagram|twitter|facebook|getty images|shutterstock|istock)$", 10)),
    // The comment form's "You must be logged in to post a comment", as blog software
    // translates it.
    r("comment-login-languages", Comments, Pattern(r"^(?:devi essere (?:connesso|registrato|loggato) per (?:inviare|pubblicare|lasciare) un commento|(?:vous devez|tu dois) être connecté pour (?:publier|poster|laisser) un commentaire|(?:debes|tienes que) (?:iniciar sesión|estar registrado|estar conectado) para (?:publicar|dejar|enviar) un comentario|(?:você precisa|é necessário) (?:estar logado|fazer login|entrar) para (?:publicar|postar|enviar) (?:um )?comentário|sie müssen (?:angemeldet|eingeloggt) sein,? um (?:einen )?kommentar|je moet ingelogd zijn om (?:een )?reactie)", 30)),
    // ---- counters: views, reads, shares
    r("counter", Comments, Pattern(r"^\d[\d,.]*\s*[km]?\s*(?:views?|reads?|shares?|likes?|visits?|visitas|aufrufe|vues|kommentare|comentarios|commentaires|downloads?)(?:\s*\d[\d,.]*\s*(?:views?|pages?))?$", 4)),
    r("time-ago", Timestamp, Pattern(r"^\d+ (?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?) ago$", 4)),
    // ---- date stamps in the other languages met, and "Post on …"
    r("stamp-languages", Timestamp, Pattern(r"^(?:publié|mis à jour|actualizado|atualizado|publicado|aktualisiert|erstellt|veröffentlicht|publikacja|aktualizacja|aggiornato|pubblicato|güncelleme|yayınlanma|bijgewerkt|gepubliceerd|fecha de publicación|अपडेटेड|प्रकाशित)(?:[\s,.:;!?]|$).*\d", 20)),
    // ---- syndication and sourcing trailers
    r("syndicated-unedited", Copyright, Gated("syndicated", r"\bsyndicated (?:\w+ ){0,2}feed\b", 60)),
    r("auto-generated", Copyright, Gated("auto-generated", r"\bauto-generated (?:from|story)\b", 60)),
    r("wire-agency-feed", Copyright, Contains("wire agency feed", 60)),
    r("originally-published", Copyright, Gated("originally", r"^(?:this (?:story|article|post|piece|report) (?:was )?originally (?:published|appeared)|originally (?:published|appeared) (?:in|on|at|by)\b)", 60)),
    r("republished-from", Copyright, Gated("republished", r"^this (?:article|story) is republished from\b", 60)),
    r("agency-inputs", Copyright, Pattern(r"^(?:with (?:inputs from )?(?:agency inputs|agencies|pti|ani|ians|reuters|afp|ap)|inputs from agencies)$", 8)),
    r("source-line", Copyright, Pattern(r"^(?:fonte|fuente|quelle|kaynak|sumber|źródło)\s*:\s*\S.{0,40}$", 6)),
    // ---- investment and legal disclaimers, reproduction notices
    r("disclaimer-label", Copyright, Prefix("disclaimer", 80)),
    r("not-advice", Copyright, Gated("advice", r"\b(?:is not|does not constitute|should not be (?:considered|construed as)|not intended as) (?:investment|financial|legal|medical) advice\b", 80)),
    r("no-position", Copyright, Contains("has no position in any of the stocks mentioned", 80)),
    r("external-sites", Copyright, Contains("not responsible for the content of external", 30)),
    r("external-linking", Copyright, Contains("our approach to external linking", 12)),
    r("reproduction-notice", Copyright, Pattern(r"^(?:riproduzione riservata|vervielfältigung nur mit genehmigung|reproduction interdite|prohibida su reproducción|todos los derechos reservados|alle rechte vorbehalten|tous droits réservés)(?:[\s,.:;!?]|$)", 30)),
    // ---- players and platform notices
    r("enable-javascript", Audio, Gated("javascript", r"\b(?:enable|turn on|activate) javascript\b|\bjavascript is (?:disabled|required|turned off)\b", 40)),
    r("browser-unsupported", Audio, Contains("your browser does not support", 30)),
    r("content-unavailable", Navigation, Pattern(r"^this (?:content|video|page|post|article) is no longer available", 10)),
    r("player-durations", Audio, Pattern(r"^(?:listen\W+loading\W*)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*/\s*\d{1,2}:\d{2}(?::\d{2})?)?$", 4)),
    r("podcast-plug", Audio, Pattern(r"^(?:listen (?:and follow|on|to) .{0,40}\b(?:podcasts?|spotify)\b|apple podcasts\b|subscribe for free by clicking|written and narrated by\b|this podcast was recorded\b|a full transcript follows\b)", 30)),
    // ---- comment prompts in the other languages met
    r("comment-prompt-languages", Comments, Pattern(r"^(?:kommentar (?:hinzufügen|verfassen|schreiben)|kommentieren|bitte melden sie sich an,? um zu kommentieren|write a comment|share your thoughts|join the conversation below|notify me when new comments|laisser un commentaire|dejar un comentario|deixe (?:um|seu) comentário|lascia un commento|fanden sie diesen artikel nützlich|was this (?:article|story) (?:helpful|useful))(?:[\s,.:;!?]|$)", 20)),
    // ---- paywall offers
    r("access-offer", Subscribe, Gated("access", r"\b(?:get|enjoy|unlock|for|with|plus get) (?:unlimited |full |instant )?(?:digital )?access (?:to|with)\b|\bverify (?:your )?access\b", 25)),
    r("free-trial", Subscribe, Gated("trial", r"\bfree trial\b", 20)),
    r("on-the-go", App, Pattern(r"^get .{1,30} on the go\b", 15)),
    r("follow-channel", App, Gated("channel", r"\bfollow (?:our|the) (?:whatsapp |telegram )?channel\b", 30)),
    // ---- live-blog teasers
    r("live-teaser", Related, Pattern(r"^(?:follow (?:our |the )?(?:live|latest) (?:updates|coverage|blog)|(?:follow|get) .{0,20}\blive updates)", 15)),
    // ---- site furniture in the other languages met, and prompts that give themselves away
    r("click-here", Navigation, Pattern(r"^(?:click|tap|klicken sie|cliquez|haga clic|clique|clicca) (?:here|hier|ici|aquí|aqui|qui)(?: (?:to|for|and|um|pour|para|per)\b| ?[:!.]|$)", 20)),
    r("share-word", Share, Exact(&[
        "teilen", "drucken", "pinnen", "partager", "imprimer", "compartir", "imprimir",
        "condividi", "stampa", "delen", "printen", "udostępnij", "drukuj", "paylaş", "yazdır",
        "поделиться", "печать", "share/bookmark", "bookmark", "save", "save article",
        "save for later", "saved", "gift this article", "gift article",
    ])),
    r("share-page", Share, Pattern(r"^(?:condividi|partager|compartir|compartilhe|teilen sie|deel) (?:questa|cette|esta|este|diese|deze) (?:pagina|page|página|seite|artikel|article|articolo|noticia|notícia)\b", 8)),
    r("follow-us-languages", Share, Pattern(r"^(?:folgen sie uns|suivez-nous|síguenos|siga-nos|seguici|volg ons|obserwuj nas|bizi takip edin)\b", 20)),
    r("loading", Navigation, Pattern(r"^(?:loading|cargando|carregando|chargement|caricamento|lade|laden|wird geladen|загрузка|yükleniyor)\b.{0,40}$", 6)),
    r("pagination", Navigation, Pattern(r"^(?:you are on )?(?:page|seite|página|pagina|strona|sayfa) \d+ ?(?:of|von|de|di|z|/) ?\d+$", 8)),
    r("more-from", Related, Pattern(r"^more from (?:[\w'’&.-]+ ){0,3}[\w'’&.-]+$", 5)),
    r("fullscreen", Gallery, Pattern(r"^(?:view|open|see) (?:image|photo|picture|gallery) (?:in )?(?:full ?screen|full size|larger)$", 6)),
    r("enter-email", Newsletter, Prefix("enter your email", 30)),
    r("entering-email", Newsletter, Prefix("by entering your email", 60)),
    r("emailed-to-you", Newsletter, Gated("emailed", r"\bemailed (?:direct(?:ly)?|straight) to (?:you|your inbox)\b", 30)),
    r("advert-not-loaded", Advert, Contains("advertisement has not loaded", 20)),
    r("sponsors", Advert, Pattern(r"^(?:[\w'’]+ )?thanks? (?:to )?our sponsors\b|^become an? (?:[\w'’]+ ){0,3}sponsor\b", 10)),
    r("article-content-label", Markup, Exact(&["article content", "article body", "story continues", "content continues below"])),
    // ---- caption toggles (NPR and others): markup, and a sign that a caption ends here
    r("caption-toggle", Markup, Exact(&[
        "hide caption", "toggle caption", "show caption", "enlarge this image", "expand image",
        "image", "photo", "caption", "play video", "video player", "watch video",
    ])),    // ---- reading furniture around a story, in the languages met: further-reading headings,
    // "read also:" leads, back-to-list links, picture buttons, tag
    // labels and affiliate markers. Headings and labels only: whole blocks, short.
    r("further-reading-heading", Related, Exact(&[
        "zum weiterlesen", "das könnte dich auch interessieren", "das könnte sie interessieren",
        "das könnte ihnen auch gefallen", "das könnte dir auch gefallen",
        "noch mehr infos für dich", "lust auf mehr", "ähnliche beiträge", "ähnliche artikel",
        "you may also be interested in", "you might also be interested in", "vous aimerez aussi",
        "pour aller plus loin", "también te puede gustar", "ti potrebbe interessare anche",
        "você também pode se interessar", "misschien ook interessant", "może cię zainteresować",
    ])),
    // "Entdecke weitere Homestorys", "Discover more recipes": an invitation to the site's
    // other pages, a verb and "more" and at most two words naming what.
    r("discover-more-heading", Related, Pattern(
        r"^(?:entdecke|entdecken sie|discover|découvrez|descubre|descubra|scopri|ontdek|odkryj) (?:weitere|noch mehr|mehr|more|other|d'autres|plus de|más|otros|otras|mais|outros|altri|altre|meer|andere|więcej)(?: \S+){0,2}$",
        5,
    )),
    // "PUEDES VER: ¿Qué es la Sunedu…?", "Siehe auch: …": a link to another story led by
    // "read also" and a colon (prefix rows: a lookup each, no pattern to compile); the
    // commonest forms are in `also-read-languages` above.
    r("read-also-languages", Related, Prefix("puedes ver:", 40)),
    r("read-also-languages", Related, Prefix("lee además:", 40)),
    r("read-also-languages", Related, Prefix("te puede interesar:", 40)),
    r("read-also-languages", Related, Prefix("también te puede interesar:", 40)),
    r("read-also-languages", Related, Prefix("lies auch:", 40)),
    r("read-also-languages", Related, Prefix("siehe auch:", 40)),
    r("read-also-languages", Related, Prefix("auch interessant:", 40)),
    r("read-also-languages", Related, Prefix("à lire également:", 40)),
    r("read-also-languages", Related, Prefix("vedi anche:", 40)),
    r("read-also-languages", Related, Prefix("zobacz też:", 40)),
    r("read-also-languages", Related, Prefix("zobacz także:", 40)),
    r("read-also-languages", Related, Prefix("bekijk ook:", 40)),
    // A link back to the list the story was opened from.
    r("back-to-list", Navigation, Exact(&[
        "zurück zur liste", "zurück zur übersicht", "back to list", "back to overview",
        "back to news", "retour à la liste", "volver al listado", "torna all'elenco",
        "voltar para a lista", "terug naar overzicht", "powrót do listy",
    ])),
    // A picture's button, left as text ("Bild anzeigen").
    r("picture-button", Gallery, Exact(&[
        "bild anzeigen", "bild vergrößern", "show image", "view image", "enlarge image",
        "click to enlarge", "afficher l'image", "agrandir l'image", "ver imagen", "ampliar imagen",
        "ingrandisci immagine", "ver imagem", "afbeelding bekijken", "powiększ zdjęcie",
    ])),
    // The label over a story's tags ("MARKIERT MIT" above "Clickbait CO2-Emissionen").
    r("tagged-with-label", Navigation, Exact(&[
        "markiert mit", "getaggt mit", "verschlagwortet mit", "verschlagwortet", "tagged with",
        "tagged as", "étiqueté avec", "etiquetado con", "etichettato con", "getagd met",
        "marcado com",
    ])),
    // The marker a shop link carries ("Affiliatelink", "*Affiliate-Link").
    r("affiliate-marker", Advert, Exact(&[
        "affiliatelink", "affiliate-link", "affiliate link", "affiliate links", "partnerlink",
        "werbelink", "lien affilié", "lien sponsorisé", "enlace de afiliado", "link affiliato",
        "link de afiliado",
    ])),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Reason;
    use crate::rules::boilerplate::classify;

    fn reason(text: &str) -> Option<Reason> {
        classify(text).map(|r| r.reason)
    }

    #[test]
    fn whole_block_markers_are_boilerplate() {
        assert_eq!(reason("SHARE THIS ARTICLE ON"), Some(Share));
        assert_eq!(reason("Advertisement"), Some(Advert));
        assert_eq!(reason("Story continues below advertisement"), Some(Advert));
        assert_eq!(
            reason("ALSO READ: Army chief reviews security"),
            Some(Related)
        );
        assert_eq!(
            reason("Also Read | Army chief reviews security"),
            Some(Related)
        );
        assert_eq!(reason("Sign up for our newsletter"), Some(Newsletter));
        assert_eq!(reason("CLICK HERE TO GET THE FOX NEWS APP"), Some(App));
        assert_eq!(
            reason("Copyright 2023 The Associated Press. All rights reserved."),
            Some(Copyright)
        );
        assert_eq!(
            reason("Updated on Nov 23, 2023 10:15 AM IST"),
            Some(Timestamp)
        );
        assert_eq!(reason("5 min read"), Some(Timestamp));
        assert_eq!(reason("1125 min readMarch 4, 2023"), Some(Timestamp));
        assert_eq!(reason("4 March 2023 6 min read"), Some(Timestamp));
        assert_eq!(reason("Read the March 4, 2023 report"), None);
        assert_eq!(reason("Listen to this article"), Some(Audio));
        assert_eq!(reason("23 Comments"), Some(Comments));
        assert_eq!(reason("Top Rated Comments"), Some(Comments));
        assert_eq!(reason("34 Comments Feed for comments"), Some(Comments));
        assert_eq!(reason("Reader comments (12)"), Some(Comments));
        assert_eq!(reason("Comments (3)"), Some(Comments));
        assert_eq!(reason("1 of 12"), Some(Gallery));
        assert_eq!(reason("1 - 5 of 36"), Some(Gallery));
        assert_eq!(
            reason(
                "This shop has been compensated by #Collective, Inc. and its advertiser. All opinions are mine alone."
            ),
            Some(Advert)
        );
        assert_eq!(reason("This post contains affiliate links."), Some(Advert));
        assert_eq!(
            reason(
                "This story was compensated for by readers like you, the editor wrote at length in a column about the finances of the paper."
            ),
            None
        );
        assert_eq!(reason("Showing 11–20 of 48"), Some(Gallery));
        assert_eq!(
            reason("We use cookies to improve your experience. Accept"),
            Some(Cookie)
        );
        assert_eq!(reason("Home > World > Asia"), Some(Navigation));
        assert_eq!(reason("Follow us on Instagram"), Some(Share));
        assert_eq!(reason("• Share •"), Some(Share));
        assert_eq!(reason("Advert"), Some(Advert));
        assert_eq!(
            reason("SEE MORE: Hong Kong protests turn violent"),
            Some(Related)
        );
        assert_eq!(reason("Back to Gallery"), Some(Gallery));
        assert_eq!(reason("To Read the Full Story"), Some(Subscribe));
        assert_eq!(
            reason(
                "Let our news meet your inbox. The stories that matter, delivered weekday mornings."
            ),
            Some(Newsletter)
        );
        assert_eq!(
            reason("You have been successfully subscribed!"),
            Some(Newsletter)
        );
        assert_eq!(
            reason("34 responses to “Coach: “We needed to win this game””"),
            Some(Comments)
        );
        assert_eq!(
            reason("5 Thoughts on \"A walk in the park\""),
            Some(Comments)
        );
        assert_eq!(
            reason(
                "jjackwagon says: .comment-author November 19, 2019 at 9:03 am .comment-meta They should have kept the coach, and the defence would have held."
            ),
            Some(Comments)
        );
        assert_eq!(
            reason("Your email address will not be published. Required fields are marked *"),
            Some(Comments)
        );
        assert_eq!(
            reason("Save my name, email, and website in this browser for the next time I comment."),
            Some(Comments)
        );
        // WordPress's spam filter signs every comment form it guards.
        assert_eq!(
            reason(
                "This site uses Akismet to reduce spam. Learn how your comment data is processed."
            ),
            Some(Comments)
        );
        assert_eq!(reason("Sharing is caring!"), Some(Share));
        assert_eq!(reason("Flipboard"), Some(Share));
        assert_eq!(
            reason("Notify me of follow-up comments by email."),
            Some(Comments)
        );
        assert_eq!(reason("By"), Some(Markup));
        assert_eq!(reason("0"), Some(Markup));
        assert_eq!(
            reason(
                "Alex on September 17, 2018 at 6:34 am said: I skimmed your report and did not see any analysis of the costs, which seems to me the whole question."
            ),
            Some(Comments)
        );
    }

    #[test]
    fn rows_added_from_the_benchmark_review() {
        assert_eq!(reason("Show more sharing options"), Some(Share));
        assert_eq!(reason("Copy Link URLCopied!"), Some(Share));
        assert_eq!(
            reason(
                "Chat with us in Facebook Messenger. Find out what's happening in the world as it unfolds."
            ),
            Some(Share)
        );
        assert_eq!(reason("More Great WIRED Stories"), Some(Related));
        assert_eq!(reason("View all (23)"), Some(Gallery));
        assert_eq!(
            reason("Also See Black Friday coverage at CNET"),
            Some(Related)
        );
        assert_eq!(
            reason(
                "Associated Press writers Alan Fram, Zeke Miller, Laurie Kellman, Colleen Long, Eric Tucker, Lolita Baldor and Jill Colvin contributed to this report."
            ),
            Some(Copyright)
        );
        assert_eq!(
            reason("Keith Bradsher contributed reporting from Hong Kong."),
            Some(Copyright)
        );
        assert_eq!(
            reason("Fox News' Jessica Napoli contributed to this report."),
            Some(Copyright)
        );
        assert_eq!(
            reason(
                "Get Motor Cycle Monthly delivered through your letterbox every month. 12 issues for £11.99"
            ),
            Some(Subscribe)
        );
        assert_eq!(
            reason("Listen to Newsbeat live at 12:45 and 17:45 weekdays - or listen back here."),
            Some(Audio)
        );
        assert_eq!(
            reason(
                "This website uses cookies to improve your experience while you navigate through the website."
            ),
            Some(Cookie)
        );
        // Sentences of a story that use the same words stay.
        for text in [
            "Two reporters who contributed reporting to the paper for decades were honoured on Friday, the union said.",
            "The parcels were delivered through your letterbox, the court heard, by a man who was never found.",
            "Listen to the residents and you hear a different story about the flood.",
        ] {
            assert_eq!(reason(text), None, "{text}");
        }
    }

    #[test]
    fn footer_notices_and_comment_rules_are_boilerplate() {
        for (text, want) in [
            (
                "*These statements have not been evaluated by the Food and Drug Administration. These products are not intended to diagnose, treat, cure, or prevent any disease.",
                Copyright,
            ),
            (
                "Apple logo, Apple TV and App Store are registered trademarks of Apple Inc. Roku is a registered trademark of Roku, Inc.",
                Copyright,
            ),
            (
                "CBS Sports is a registered trademark of CBS Broadcasting Inc.",
                Copyright,
            ),
            (
                "Consult your physician and follow all safety instructions before beginning any exercise program.",
                Copyright,
            ),
            (
                "Quotes delayed at least 15 minutes. Real-time quotes provided by BATS BZX Real-Time Price.",
                Copyright,
            ),
            (
                "As you comment, please be respectful of other commenters and other viewpoints.",
                Comments,
            ),
            (
                "Community Rules apply to all content you upload or otherwise submit to this site.",
                Comments,
            ),
            ("Please be mindful of our community standards.", Comments),
            (
                "By submitting this form you agree to pv magazine using your data for the purposes of publishing your comment.",
                Comments,
            ),
            (
                "Want to stay updated on GiveWell's research? Read our blog or follow us by email.",
                Newsletter,
            ),
            (
                "Share Share this with These are external links and will open in a new window Email Facebook",
                Share,
            ),
        ] {
            assert_eq!(reason(text), Some(want), "{text}");
        }
        // The story's own words on the same subjects stay.
        for text in [
            "The company said the name is a trademark it had used since 1990, and sued.",
            "Doctors advised patients to consult a physician if the symptoms came back.",
            "The agency said the supplements had not been tested, and recalled them.",
        ] {
            assert_eq!(reason(text), None, "{text}");
        }
    }

    #[test]
    fn families_of_scraped_leftovers_are_boilerplate() {
        for (text, want) in [
            ("CLICK HERE FOR MORE ENTERTAINMENT NEWS", Navigation),
            ("Drucken", Share),
            ("Condividi questa pagina", Share),
            ("Folgen Sie uns auf Facebook und Twitter", Share),
            ("Cargando noticias...", Navigation),
            ("You are on page 1/ 12", Navigation),
            ("More from NBC News", Related),
            ("View image in fullscreen", Gallery),
            (
                "Enter your email address Sign up Privacy Notice",
                Newsletter,
            ),
            ("NPR thanks our sponsors", Advert),
            ("https://www.instagram.com/p/Cx12ab/", Share),
            ("Lena Ortiz https://t.co/Ab3xYz", Share),
            ("pic.twitter.com/Ab3xYz", Share),
            ("View this post on Instagram", Share),
            ("1,234 views", Comments),
            ("3 hours ago", Timestamp),
            ("Publié le 14 septembre 2020 à 15h48", Timestamp),
            ("Aktualisiert: 03.06.2023, 14:20 Uhr", Timestamp),
            (
                "This story was originally published by The Coastal Herald.",
                Copyright,
            ),
            ("(With agency inputs)", Copyright),
            ("Fuente: EFE", Copyright),
            (
                "Disclaimer: The views expressed are those of the analysts.",
                Copyright,
            ),
            ("This article is not investment advice.", Copyright),
            ("Riproduzione riservata © Copyright ANSA", Copyright),
            (
                "To play this content, please enable JavaScript, or try a different browser",
                Audio,
            ),
            ("Your browser does not support the audio element.", Audio),
            ("10:42 / 3:54", Audio),
            ("Listen and follow The Daily on Apple Podcasts", Audio),
            ("Kommentar verfassen", Comments),
            (
                "Enjoy unlimited digital access with our Premium plan",
                Subscribe,
            ),
            (
                "Enjoying your free trial? Only 12 days left! Upgrade Now",
                Subscribe,
            ),
            ("Follow our live updates", Related),
            ("This content is no longer available", Navigation),
            ("छोड़िए YouTube पोस्ट", Share),
            ("पोस्ट YouTube समाप्त", Share),
            ("Omitir publicación de Instagram", Share),
            ("Can't see the tweet? Click here.", Share),
            ("Media playback is unsupported on your device", Audio),
            ("Download as PDF, TXT or read online on Scribd", Navigation),
            ("Read more business stories here", Related),
            (
                "Exampletown Online is the region's leading source for the latest local news and sport.",
                Advert,
            ),
            ("Get Premium with Example Plus", Subscribe),
            ("Hello {{ first_name }}", Template),
            ("Hi FirstName", Template),
            ("Hello *|FNAME|*", Template),
            ("div-gpt-ad-1234567-0", Advert),
            ("Heute ist Montag, 3. Juni 2024, es ist 14:20", Timestamp),
            ("World - 3 June 2024", Timestamp),
            ("12 March 2023, 10:15 Text: Jana Novak", Timestamp),
            (
                "Dear reader, comments are moderated and may take a day to appear. Keep it civil.",
                Comments,
            ),
            ("More from our network", Related),
            ("Read about our approach to external linking.", Copyright),
        ] {
            assert_eq!(reason(text), Some(want), "{text}");
        }
    }

    #[test]
    fn pleas_feeds_counters_and_consent_lines_are_boilerplate() {
        for (text, want) in [
            ("Dear Coastal Herald Reader", Subscribe),
            ("Dear readers", Subscribe),
            ("Liebe Leserinnen", Subscribe),
            ("Support our work", Subscribe),
            ("Soutenez notre rédaction", Subscribe),
            ("Support independent fact-checking", Subscribe),
            (
                "Help us keep the Herald free and open to all. Give what you can.",
                Subscribe,
            ),
            (
                "Every reader who chips in keeps us going: support us with as little as €2.",
                Subscribe,
            ),
            ("Our Local Journalism Needs You", Subscribe),
            ("Provided by Example Wire", Copyright),
            ("This content was supplied by Example Feeds", Copyright),
            ("Viewed 120 times, 3 visits today", Comments),
            ("12 downloads 40 views 2MB size", Comments),
            (
                "Allow cookies from Example Maps to view this map. You can change this in your settings.",
                Cookie,
            ),
            (
                "By subscribing, you agree to our terms of use and privacy policy.",
                Newsletter,
            ),
            (
                "Mit Ihrer Registrierung stimmen Sie unseren Nutzungsbedingungen zu.",
                Newsletter,
            ),
            (
                "Ne ratez rien: abonnez-vous à notre newsletter du matin",
                Newsletter,
            ),
            ("Unseren Newsletter abonnieren", Newsletter),
            ("Jetzt abonnieren", Subscribe),
            ("Wochenrückblick abonnieren", Subscribe),
            ("Lee también: El puerto abre de noche", Related),
            ("Leggi anche: il porto apre di notte", Related),
            ("English | Español | Français", Navigation),
            (
                "This site has been archived and is no longer updated.",
                Navigation,
            ),
            ("3 of 12 — Photo: Jane Doe", Gallery),
            ("【動画】港の新しい時刻表", Related),
            (
                "Please disable your ad blocker and reload the page.",
                Advert,
            ),
            ("Photo used with permission", Copyright),
            (
                "pic.twitter.com/Ab12Cd— Jane Doe (@janedoe) June 3, 2023",
                Share,
            ),
            ("Source: Jane Doe via Flickr", Copyright),
            ("Devi essere connesso per inviare un commento.", Comments),
            (
                "Utilizziamo i cookie per offrirti la migliore esperienza sul nostro sito.",
                Cookie,
            ),
            (
                "Wir verwenden Cookies, um unsere Website zu verbessern.",
                Cookie,
            ),
        ] {
            assert_eq!(reason(text), Some(want), "{text}");
        }
        // The story's own sentences with the same words stay.
        for text in [
            "Support for the plan grew after the vote, the council said.",
            "Support the local team in the final, the coach urged fans.",
            "Dear Prudence was the first song the band played.",
            "The grant was provided by the state's ferry fund, officials said.",
            "The report was supplied by the coast guard to the inquiry on Monday.",
            "Buses powered by hydrogen",
            "The app was viewed 120 times before it was taken down, she said.",
            "Regulators said sites must ask before they use cookies, and fined two of them.",
            "By signing up for the trial, patients agreed to weekly tests, the doctors said.",
            "The archive of the old harbour site is kept at the library.",
            "Ad blockers are used by a third of readers, the survey found.",
            "The photo was used with the family's permission, the paper said.",
            "Our team needs you to vote, the captain told the crowd.",
            "Wir verwenden das Geld für die Schule, sagte der Bürgermeister.",
        ] {
            assert_eq!(reason(text), None, "{text}");
        }
    }

    #[test]
    fn story_lines_of_the_same_words_stay() {
        for text in [
            "Live updates: Cedar Gap fire forces evacuations east of Pine Hollow",
            "The video drew 1,234 views in its first hour, the council said.",
            "Click here, the app says, and your data is gone.",
            "Loading the ferry took four hours because the ramp had failed.",
            "More from the council's own budget will go to roads.",
            "Officials said the source of the leak was a cracked pipe under the road.",
            "Saudi Arabia is the world's leading source of crude for the region.",
            "Paris - Arsenal 2024",
            "Hello world",
            "Today is the day the council votes, and it is 9:30 already.",
            "She said the comments are moderated by a team of five.",
            "Get plus-size clothing into more stores, campaigners said.",
            "She said the free trial had been extended to every school in the district until the end of the year, when the council will decide whether to pay for it.",
        ] {
            assert_eq!(reason(text), None, "{text}");
        }
    }

    #[test]
    fn sentences_that_merely_contain_a_keyword_stay() {
        for text in [
            "Advertisement revenue fell 8% in the quarter, the company said.",
            "Subscription sales rose for a third year as readers paid for news.",
            "Share prices closed higher on Tuesday after the announcement.",
            "Related party transactions were flagged by the auditor in March.",
            "Home prices in the city have doubled since 2015, according to the survey.",
            "The minister says: on March 3, 2024 at 10:30 the talks resumed in Geneva.",
            "Three responses to the survey were thrown out, the authors said.",
            "She said she would download the data before the app closed for the day, then left the office.",
            "The ministry said it had updated its guidance on 12 March after the outbreak.",
        ] {
            assert_eq!(classify(text).map(|r| r.id), None, "{text}");
        }
    }

    #[test]
    fn reading_furniture_around_a_story_goes_in_the_languages_met() {
        for (text, id) in [
            ("Zum Weiterlesen", "further-reading-heading"),
            (
                "Das könnte dich auch interessieren",
                "further-reading-heading",
            ),
            ("Lust auf mehr?", "further-reading-heading"),
            ("Vous aimerez aussi", "further-reading-heading"),
            ("Entdecke weitere Homestorys", "discover-more-heading"),
            ("Discover more recipes", "discover-more-heading"),
            ("Scopri altri articoli", "discover-more-heading"),
            (
                "PUEDES VER: ¿Qué es la Sunedu, cómo está conformada y para qué sirve?",
                "read-also-languages",
            ),
            (
                "Lesen Sie auch: Der Streit um die Brücke geht weiter",
                "also-read-languages",
            ),
            (
                "Leia também: Governo anuncia novo programa",
                "also-read-languages",
            ),
            ("Siehe auch: Die Chronik des Streits", "read-also-languages"),
            ("Zurück zur Liste", "back-to-list"),
            ("Retour à la liste", "back-to-list"),
            ("Back to overview", "back-to-list"),
            ("Bild anzeigen", "picture-button"),
            ("Ver imagen", "picture-button"),
            ("MARKIERT MIT", "tagged-with-label"),
            ("Affiliatelink", "affiliate-marker"),
            ("*Affiliate-Link", "affiliate-marker"),
        ] {
            assert_eq!(classify(text).map(|r| r.id), Some(id), "{text}");
        }
    }

    #[test]
    fn story_lines_with_the_words_of_reading_furniture_stay() {
        for text in [
            "Zum Weiterlesen fehlte ihr an diesem Abend die Kraft, sagte sie.",
            "Das könnte dich auch interessieren, sagte der Trainer zu seinem Sohn.",
            "Lust auf mehr hatten nach dem Spiel vor allem die Fans.",
            "Discover more than 200 species in the park's new wetland trail.",
            "Entdecke weitere Details selbst, sagt die Ausstellungsmacherin.",
            "Lesen Sie auch die Stellungnahme des Ministeriums, rät der Anwalt.",
            "Zurück zur Liste der Kandidaten kehrte die Partei erst im Mai.",
            "Back to the list of demands, the union said, came the pay rise.",
            "Ein Bild anzeigen zu lassen, kostet bei der Behörde zehn Euro.",
            "Markiert mit roter Farbe waren die Bäume, die gefällt werden sollen.",
            "The affiliate link program paid the blogger $3,000 a month, the filing shows.",
        ] {
            assert_eq!(classify(text).map(|r| r.id), None, "{text}");
        }
    }
}
