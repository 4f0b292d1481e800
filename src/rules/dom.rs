//! HTML structure rules: which elements never hold the story, which class or id words mark
//! page furniture, and which elements are the story's likely container.

/// Elements whose whole subtree is never story text. (Not `<form>`: ASP.NET pages wrap the
/// whole body in one.)
#[rustfmt::skip]
pub static SKIP_TAGS: &[&str] = &[
    "script", "style", "noscript", "svg", "template", "iframe", "object", "embed", "canvas",
    "button", "select", "option", "textarea", "input", "nav", "footer", "aside", "head",
    "title", "meta", "link", "video", "audio", "map", "dialog", "menu",
];

/// Elements that end a block of text (their text is a block of its own). Not table cells:
/// a table's row is one line of the story ("3 Kevin Harvick 5033 4 6 15 26"), its cells alone
/// are numbers and names that read as page furniture.
#[rustfmt::skip]
pub static BLOCK_TAGS: &[&str] = &[
    "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li",
    "ul", "ol", "dl", "dt", "dd", "blockquote", "figure", "figcaption", "table", "tr",
    "pre", "address", "hr", "br", "details", "summary", "caption", "center",
];

/// The [`FURNITURE_WORDS`] that do not mark furniture in a class's BEM modifier: there they
/// say that a section carries ad slots (`TestReport__Section--Ads`), not that it is an
/// advert. Every other furniture word still does (`rail--trending`, `list--related`).
pub static AD_WORDS: &[&str] = &["ad", "ads", "advert", "adverts", "advertisement"];

/// Words in a class or id (split at `-`, `_` and spaces, and where a lower-case letter meets a
/// capital: `relatedPost`, `AuthorBox`) that mark page furniture. An element carrying one is
/// skipped unless it holds most of the container's paragraph text.
///
/// The words of a lead or a summary (`dek`, `standfirst`, `excerpt`, `subtitle`,
/// `subheadline`) are not furniture: many sites mark their story's first paragraph so, or
/// the sub-headings inside it. A summary above the story that repeats the page's description
/// is dropped later, by the standfirst stage, on more than its class.
pub static FURNITURE_WORDS: &[&str] = &[
    "nav",
    "navbar",
    "navigation",
    "menu",
    "footer",
    "sidebar",
    "share",
    "sharing",
    "social",
    "socials",
    "related",
    "recommended",
    "recirculation",
    "comments",
    "comment",
    "promo",
    "newsletter",
    "subscribe",
    "subscription",
    "ad",
    "ads",
    "advert",
    "adverts",
    "advertisement",
    "sponsored",
    "cookie",
    "cookies",
    "consent",
    "breadcrumb",
    "breadcrumbs",
    "popup",
    "modal",
    "outbrain",
    "taboola",
    "trending",
    "popular",
    "mostread",
    "most",
    "signup",
    "toolbar",
    "masthead",
    "byline-share",
    "tags",
    // author boxes after the story
    "bio",
    "author",
    "topics",
    "pagination",
    "pager",
    "banner",
    "disclaimer",
    // interface controls: a button's or a tooltip's label ("Read Later", "Click To Tweet")
    // is never a line of the story, even where the page draws it with a `<span>`
    "btn",
    "button",
    "tooltip",
    // a sponsored post's or an affiliate link's notice
    "disclosure",
    // a rail of teaser cards; a single `teaser` is often the story's own lede (see
    // [`LEDE_WORDS`])
    "teasers",
];

/// ARIA roles whose element is never the story: landmarks around it (navigation, the site's
/// banner and footer, complementary asides) and interface widgets (a button drawn with a
/// `<div>`, a tooltip, a menu, a toolbar, a dialog).
#[rustfmt::skip]
pub static FURNITURE_ROLES: &[&str] = &[
    "navigation", "banner", "contentinfo", "complementary", "button", "tooltip", "menu",
    "menubar", "toolbar", "dialog", "alertdialog", "search",
];

/// Selectors for the story's container, most specific first. `itemprop` holds a list of
/// property names: Blogger's post body is `itemprop="description articleBody"`.
#[rustfmt::skip]
pub static CONTAINERS: &[&str] = &[
    "[itemprop~=articleBody]", "[data-component=text-block]", "article", "[role=main]", "main",
];

/// Words in a class (split like [`FURNITURE_WORDS`]) that mark a photo's caption or credit
/// when the page does not use `<figcaption>` (`wp-caption-text`, `image-caption`,
/// `caption-full`, `photo-credit`, and a picture's `legend`, French and German `legende`):
/// their text is a caption, not a paragraph.
pub static CAPTION_WORDS: &[&str] = &[
    "caption",
    "figcaption",
    "imagecaption",
    "legend",
    "legende",
    "credit",
    "credits",
    "photocredit",
];

/// The caption words that mark the credit alone (`image-credit`): its text is the credit of
/// the caption before it.
pub static CREDIT_WORDS: &[&str] = &["credit", "credits", "photocredit"];

/// Words in a class (split like [`FURNITURE_WORDS`], and at a lower-case letter followed by a
/// capital: `figCopyright`) that mark a photo's credit inside a `<figure>` or a caption
/// element (`<span class="copyright">`, `<small class="image-source">`): its text is the
/// credit of the caption beside it, before or after, not a caption of its own. Outside a
/// figure these words say nothing (a `source` box under a story, a `copyright` footer).
pub static FIGURE_CREDIT_WORDS: &[&str] = &[
    "copyright",
    "source",
    "quelle",
    "photographer",
    "fotograf",
    "bildquelle",
    "bildnachweis",
    "attribution",
];

/// Share of a figure's text (`<figure>` or a caption element) that is link text, at or above
/// which it is a link to another story dressed as a photo ("related" cards with an image and
/// a headline), not a caption: it is skipped.
pub const LINKED_FIGURE_SHARE: f32 = 0.9;

/// A list of links to other pages (`html::is_link_list`): at least this many items with text,
/// each at most this many words and this share of its text link text. Only the first items
/// up to the last figure are looked at.
pub const LINK_LIST_MIN_ITEMS: usize = 3;
pub const LINK_LIST_ITEM_WORDS: usize = 20;
pub const LINK_LIST_SHARE: f32 = 0.9;
pub const LINK_LIST_MAX_ITEMS: usize = 50;

/// Words a linked figure needs to be taken for a story's card: a bare linked credit ("AFP")
/// is not one.
pub const LINKED_FIGURE_WORDS: usize = 3;

/// Words in a class (split like [`FURNITURE_WORDS`], and at a lower-case letter followed by a
/// capital: `leadIn`) that mark a story's lede or summary printed above its body
/// (`article-excerpt`, `teaser-text`, `a-lead`, `text--intro`). Such an element just before
/// the story's container is walked with it (`html::lede_before`).
pub static LEDE_WORDS: &[&str] = &[
    "lead",
    "lede",
    "leadin",
    "teaser",
    "intro",
    "excerpt",
    "standfirst",
    "dek",
    "summary",
    "abstract",
];

/// How many elements around the story's container (its parent, grandparent…) are looked
/// before for a lede, and how many of the nearest elements before each.
pub const LEDE_LEVELS: usize = 4;
pub const LEDE_SIBLINGS: usize = 3;

/// Words a lede has at least (a label, "Teaser", is none), and the share of its text that may
/// be link text (a card linking to another story is no lede).
pub const LEDE_MIN_WORDS: usize = 10;
pub const LEDE_MAX_LINK_SHARE: f32 = 0.5;

/// An id of at least this many words, nearly all of them (this share) words of the element's
/// own text, is an anchor made from its text (`id="what-most-readers-missed"`), not a mark of
/// what the element is: its furniture words do not count (`html::is_slug_of_text`).
pub const SLUG_MIN_WORDS: usize = 4;
pub const SLUG_OWN_SHARE: f32 = 0.8;
