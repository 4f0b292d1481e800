//! HTML input: parse with scraper (html5ever), pick the story's container, and walk it into
//! the same blocks the text path produces, so one set of cleaning, caption, byline and quote
//! logic serves both. The walk is iterative (ego-tree's `traverse`), so deep nesting cannot
//! overflow the stack. Metadata comes from meta tags, JSON-LD and the page's own headline.

pub mod lines;
pub mod meta;
pub mod strip;

use crate::block::{Block, BlockKind};
use crate::rules::dom;
use ego_tree::NodeRef;
use ego_tree::iter::Edge;
use scraper::{ElementRef, Html, Node, Selector};
use std::sync::LazyLock;

pub use meta::PageMeta;

/// Characters of paragraph text under each element (see [`paragraph_text`]).
type TextLen = rustc_hash::FxHashMap<ego_tree::NodeId, usize>;

/// The attributes the walk reads, found in one pass over an element's attributes (a lookup
/// by name makes an atom of the name every time).
#[derive(Default, Clone, Copy)]
struct Attrs<'a> {
    class: Option<&'a str>,
    id: Option<&'a str>,
    itemprop: Option<&'a str>,
    role: Option<&'a str>,
    aria_hidden: Option<&'a str>,
    hidden: bool,
}

impl<'a> Attrs<'a> {
    fn of(e: &'a scraper::node::Element) -> Self {
        let mut a = Attrs::default();
        for (name, value) in e.attrs() {
            match name {
                "class" => a.class = Some(value),
                "id" => a.id = Some(value),
                "itemprop" => a.itemprop = Some(value),
                "role" => a.role = Some(value),
                "aria-hidden" => a.aria_hidden = Some(value),
                "hidden" => a.hidden = true,
                _ => {}
            }
        }
        a
    }
}

/// Elements that never contain others, and elements whose end tag pages often leave out:
/// neither deepens the tree.
const FLAT_TAGS: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "p", "li", "td", "th", "tr", "option", "dt", "dd",
];

/// How deep the page's elements nest, estimated from its tags without parsing (a byte scan),
/// and counted only up to just past `limit`.
///
/// As the tokenizer reads them: a tag runs from its `<` to the next `>`, whatever `<` it
/// holds, and a tag with no `>` (a page cut off mid-tag) opens nothing. `/>` closes an
/// element only inside `<svg>` or `<math>`; in HTML it is ignored, so `<div/>` nests like
/// `<div>`.
pub fn nesting_depth(html: &str, limit: usize) -> usize {
    let b = html.as_bytes();
    let (mut depth, mut max) = (0usize, 0usize);
    // Open `<svg>`/`<math>` elements: foreign content, where `/>` self-closes.
    let mut foreign = 0usize;
    let mut from = 0;
    while let Some(p) = memchr::memchr(b'<', &b[from..]) {
        let i = from + p;
        from = i + 1;
        let closing = b.get(i + 1) == Some(&b'/');
        let name_start = i + 1 + usize::from(closing);
        if !b.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
            continue; // text (`a < b`), a comment, a doctype
        }
        let Some(end) = memchr::memchr(b'>', &b[name_start..]).map(|q| name_start + q) else {
            break;
        };
        // The next tag starts after this one's `>`: each byte is scanned once.
        from = end + 1;
        let name_end = b[name_start..end]
            .iter()
            .position(|c| !c.is_ascii_alphanumeric())
            .map_or(end, |q| name_start + q);
        let name = &b[name_start..name_end];
        let is = |tag: &str| name.eq_ignore_ascii_case(tag.as_bytes());
        let is_foreign = is("svg") || is("math");
        if closing {
            depth = depth.saturating_sub(1);
            foreign = foreign.saturating_sub(usize::from(is_foreign));
            continue;
        }
        let self_closing = (foreign > 0 || is_foreign) && b[end - 1] == b'/';
        if !self_closing && !FLAT_TAGS.iter().any(|t| is(t)) {
            foreign += usize::from(is_foreign);
            depth += 1;
            max = max.max(depth);
            if max > limit {
                return max;
            }
        }
    }
    max
}

/// A page read into blocks and metadata.
pub struct Page {
    /// The blocks the walker read, in page order.
    pub blocks: Vec<Block>,
    /// The page's metadata (title, byline, dates, language…).
    pub meta: PageMeta,
    /// The markup named the story's container: its blocks are the story, and no run needs
    /// to be picked from them.
    pub contained: bool,
    /// What to look for in the page to give each block's source line (index: the block's
    /// `line`, which here numbers the blocks; see `lines::to_source_lines`).
    pub needles: Vec<Option<lines::Needle>>,
}

/// Reads a decoded page: parsed, its story container picked, walked into blocks.
pub fn read(html: &str) -> Page {
    let doc = Html::parse_document(&strip::strip(html));
    let meta = meta::read(&doc);
    let text_len = paragraph_text(&doc);
    let total = text_len.get(&doc.root_element().id()).copied().unwrap_or(0);
    let found = container(&doc, &text_len, total, meta.title.as_deref());
    let root = found.unwrap_or_else(|| doc.root_element());
    let (mut blocks, lead_needles) = lead_captions(root);
    // What holds the story is judged within the container: a furniture word on an element
    // that holds most of the container's text (`enable-pin-share` on the `<article>`) does
    // not make it furniture.
    let within = text_len.get(&root.id()).copied().unwrap_or(0);
    let mut roots: Vec<ElementRef> = found
        .and_then(|c| lede_before(c, &text_len))
        .into_iter()
        .collect();
    roots.push(root);
    let walked = walk(&roots, &text_len, within);
    blocks.extend(walked.blocks);
    mark_insets(&mut blocks);
    // Lead captions are numbered 0 (before the walk's 1, 2, …): the first one's text stands
    // for them all.
    let mut needles = vec![lead_needles.into_iter().flatten().next()];
    needles.extend(walked.needles);
    Page {
        blocks,
        meta,
        contained: found.is_some(),
        needles,
    }
}

static CONTAINER_SELECTORS: LazyLock<Vec<Selector>> = LazyLock::new(|| {
    dom::CONTAINERS
        .iter()
        .map(|s| Selector::parse(s).expect("container selector"))
        .collect()
});

/// The story's container: the first selector, in order, that matches an element holding most
/// of the page's paragraph text.
///
/// The headline anchors the story: where the page's `<h1>` is its headline (the title its
/// metadata gives says the same), a match that does not hold it loses to one that does and
/// holds prose of its own. A rail of teaser cards in an `<article>` of its own can hold more
/// text than the story beside it.
fn container<'a>(
    doc: &'a Html,
    text_len: &TextLen,
    total: usize,
    title: Option<&str>,
) -> Option<ElementRef<'a>> {
    if total == 0 {
        return None;
    }
    let len = |e: &ElementRef| text_len.get(&e.id()).copied().unwrap_or(0);
    let headline = title.and_then(|t| headline_h1(doc, t));
    let holds = |e: &ElementRef, h: ElementRef| h.ancestors().any(|a| a.id() == e.id());
    for sel in CONTAINER_SELECTORS.iter() {
        // An `<article>` that holds other articles is a list of them (a "you may like" rail),
        // not a story.
        let best = doc
            .select(sel)
            .filter(|e| !holds_articles(*e))
            .max_by_key(|e| len(e));
        if let Some(e) = best
            && len(&e) * 2 >= total
        {
            if let Some(h) = headline
                && !holds(&e, h)
                && let Some(anchored) = doc
                    .select(sel)
                    .filter(|a| !holds_articles(*a) && holds(a, h))
                    .filter(|a| len(a) >= HEADLINED_ARTICLE_TEXT)
                    .min_by_key(|a| len(a))
            {
                return Some(anchored);
            }
            return Some(e);
        }
    }
    // No container holds most of the text (the rails outweigh the story): the `<article>`
    // that holds the page's headline is the story's, if it holds prose of its own.
    let h1 = doc.select(&H1).next()?;
    h1.ancestors()
        .filter_map(ElementRef::wrap)
        .find(|a| a.value().name() == "article")
        .filter(|a| !holds_articles(*a))
        .filter(|a| text_len.get(&a.id()).copied().unwrap_or(0) >= HEADLINED_ARTICLE_TEXT)
}

/// Characters of paragraph text the headline's `<article>` needs to be taken as the story's
/// container on that ground alone.
const HEADLINED_ARTICLE_TEXT: usize = 500;

static H1: LazyLock<Selector> = LazyLock::new(|| Selector::parse("h1").expect("h1 selector"));

/// The page's `<h1>` that is its headline: the first whose words the page's title holds (half
/// of them at least: a title often adds the site's name, "Headline — Site"), or that holds
/// the title's.
fn headline_h1<'a>(doc: &'a Html, title: &str) -> Option<ElementRef<'a>> {
    let norm = |s: &str| {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
            .join(" ")
    };
    let title = norm(title);
    if title.is_empty() {
        return None;
    }
    let title_words = title.split(' ').count();
    doc.select(&H1).take(HEADLINE_H1S).find(|h| {
        let text = norm(&h.text().collect::<String>());
        let words = text.split(' ').count();
        // Most of the title: a logo's name in "Headline — Site" is not the headline.
        words >= HEADLINE_MIN_WORDS
            && ((words * 2 >= title_words && title.contains(&text)) || text.contains(&title))
    })
}

/// How many `<h1>`s are looked at for the headline, and the fewest words it has (a logo's
/// `<h1>` with the site's name is in the title too).
const HEADLINE_H1S: usize = 5;
const HEADLINE_MIN_WORDS: usize = 3;

/// Words an inset may have.
const INSET_WORDS: usize = 25;

/// A short line that the markup sets apart from the paragraphs on both sides of it, which
/// share a container, and that does not end like a sentence, is an inset in the story: a
/// photo's caption without `<figcaption>` ("The new keyboard, via iFixit"). It is read as a
/// caption.
fn mark_insets(blocks: &mut [Block]) {
    for i in 1..blocks.len().saturating_sub(1) {
        let (before, b, after) = (&blocks[i - 1], &blocks[i], &blocks[i + 1]);
        let inset = b.kind == BlockKind::Paragraph
            && !b.caption
            && b.group.is_some()
            && before.group == after.group
            && before.group != b.group
            && before.kind == BlockKind::Paragraph
            && after.kind == BlockKind::Paragraph
            && !b.text.trim_end().ends_with(['.', '!', '?', ':', '"', '”', '…'])
            // A sub-heading in a wrapper of its own is shorter ("Near-term consolidation likely").
            && (6..=INSET_WORDS).contains(&crate::tidy::word_count(&b.text))
            && crate::tidy::word_count(&before.text) >= INSET_WORDS
            && crate::tidy::word_count(&after.text) >= INSET_WORDS;
        if inset {
            blocks[i].caption = true;
        }
    }
}

/// The lede a page prints just above its story's container, outside it: a paragraph marked as
/// the story's lead (`article-excerpt`, `teaser-text`, `lead`, `leadIn`, `itemprop=description`)
/// among the nearest elements before the container or before one of the few elements around
/// it. A container named by the markup (`itemprop=articleBody`, the `<article>`) often starts
/// after it, and the story lost its first paragraph. A summary that only repeats the page's
/// description is still dropped later, by the standfirst stage; a teaser card (a headline,
/// mostly link text) is not a lede.
fn lede_before<'a>(container: ElementRef<'a>, text_len: &TextLen) -> Option<ElementRef<'a>> {
    let mut at = container;
    for _ in 0..=dom::LEDE_LEVELS {
        if matches!(at.value().name(), "body" | "html") {
            return None;
        }
        let found = at
            .prev_siblings()
            .filter_map(ElementRef::wrap)
            .take(dom::LEDE_SIBLINGS)
            .find_map(|sib| {
                // The last lede-marked element in the sibling, in page order. What is around
                // both it and the container (a `<body class="ads">`) says nothing of it.
                std::iter::once(sib)
                    .chain(sib.descendants().skip(1).filter_map(ElementRef::wrap))
                    .filter(|e| is_lede(e, sib, text_len))
                    .last()
            });
        if found.is_some() {
            return found;
        }
        at = at.parent().and_then(ElementRef::wrap)?;
    }
    None
}

/// An element marked as a story's lede that reads as one: prose of its own, not a card linking
/// elsewhere, and not inside furniture or a skipped element (up to `within`, the element before
/// the container's that holds it).
fn is_lede(e: &ElementRef, within: ElementRef, text_len: &TextLen) -> bool {
    let v = e.value();
    let marked = v.attr("itemprop") == Some("description")
        || has_camel_word(v.attr("class"), dom::LEDE_WORDS);
    if !marked || is_furniture(*e) || dom::SKIP_TAGS.contains(&v.name()) {
        return false;
    }
    let hidden = e
        .ancestors()
        .filter_map(ElementRef::wrap)
        .take_while(|a| a.id() != within.id())
        .chain((e.id() != within.id()).then_some(within))
        .any(|a| dom::SKIP_TAGS.contains(&a.value().name()) || is_furniture(a));
    if hidden || text_len.get(&e.id()).copied().unwrap_or(0) == 0 {
        return false;
    }
    // A linked headline beside it makes it a card's summary ("teaser__summary" under a
    // teaser's linked headline), not the story's lede.
    let heading =
        |d: &ElementRef| matches!(d.value().name(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6");
    let card = within.descendants().filter_map(ElementRef::wrap).any(|d| {
        heading(&d)
            && (d
                .ancestors()
                .filter_map(ElementRef::wrap)
                .any(|a| a.value().name() == "a")
                || d.descendants()
                    .filter_map(ElementRef::wrap)
                    .any(|a| a.value().name() == "a"))
    });
    if card {
        return false;
    }
    let headed = e.descendants().filter_map(ElementRef::wrap).any(|d| {
        matches!(
            d.value().name(),
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "article"
        )
    });
    let text = e.text().collect::<String>();
    let words = crate::tidy::word_count(&text);
    let linked: usize = e
        .descendants()
        .filter_map(ElementRef::wrap)
        .filter(|d| d.value().name() == "a")
        .map(|a| a.text().map(|t| t.trim().len()).sum::<usize>())
        .sum();
    !headed
        && words >= dom::LEDE_MIN_WORDS
        && (linked as f32) < text.trim().len() as f32 * dom::LEDE_MAX_LINK_SHARE
}

fn holds_articles(e: ElementRef) -> bool {
    e.value().name() == "article"
        && e.descendants()
            .skip(1)
            .filter_map(ElementRef::wrap)
            .any(|d| d.value().name() == "article")
}

static FIGCAPTION: LazyLock<Selector> =
    LazyLock::new(|| Selector::parse("figure figcaption").expect("figcaption selector"));

/// A story body marked inside an `<article>` leaves out the lead photo printed above it: its
/// captions come first, as captions (with what to look for to find each in the page).
fn lead_captions(root: ElementRef) -> (Vec<Block>, Vec<Option<lines::Needle>>) {
    let Some(article) = root
        .ancestors()
        .filter_map(ElementRef::wrap)
        .take(4)
        .find(|a| a.value().name() == "article")
    else {
        return (Vec::new(), Vec::new());
    };
    let body_start = root.id();
    let mut out = Vec::new();
    let mut needles = Vec::new();
    for cap in article.select(&FIGCAPTION) {
        // Only figures before the body, not inside it.
        if cap.ancestors().any(|a| a.id() == body_start) {
            continue;
        }
        let before = article
            .descendants()
            .map(|d| d.id())
            .position(|id| id == cap.id())
            < article
                .descendants()
                .map(|d| d.id())
                .position(|id| id == body_start);
        if !before {
            continue;
        }
        let text = crate::tidy::whitespace(&cap.text().collect::<Vec<_>>().join(" "));
        if !text.is_empty() {
            let mut b = Block::new(text, BlockKind::Paragraph, 0);
            b.caption = true;
            b.link_density = Some(0.0);
            out.push(b);
            needles.push(
                cap.text()
                    .find(|t| !t.trim().is_empty())
                    .and_then(lines::needle),
            );
        }
    }
    (out, needles)
}

/// Characters of paragraph text under every element (one post-order pass): where the page's
/// own prose is. Text in script, style and the other skipped tags does not count.
fn paragraph_text(doc: &Html) -> TextLen {
    // `<p>` text where the page has paragraphs; all text where it writes prose in bare
    // `<div>`s and `<span>`s (old blog templates).
    let in_p = text_lengths(doc, true);
    let total = in_p.get(&doc.root_element().id()).copied().unwrap_or(0);
    if total >= 200 {
        in_p
    } else {
        text_lengths(doc, false)
    }
}

fn text_lengths(doc: &Html, only_p: bool) -> TextLen {
    let mut lens = TextLen::default();
    let mut hidden = 0usize;
    let mut in_p = 0usize;
    let mut stack: Vec<(ego_tree::NodeId, usize)> = Vec::new();
    let hides = |name: &str| dom::SKIP_TAGS.contains(&name);
    for edge in doc.tree.root().traverse() {
        match edge {
            Edge::Open(node) => {
                if let Node::Element(e) = node.value() {
                    if hides(e.name()) {
                        hidden += 1;
                    }
                    if e.name() == "p" {
                        in_p += 1;
                    }
                    stack.push((node.id(), 0));
                } else if let Node::Text(t) = node.value()
                    && hidden == 0
                    && (in_p > 0 || !only_p)
                    && let Some(top) = stack.last_mut()
                {
                    top.1 += t.trim().len();
                }
            }
            Edge::Close(node) => {
                if let Node::Element(e) = node.value() {
                    if hides(e.name()) {
                        hidden = hidden.saturating_sub(1);
                    }
                    if e.name() == "p" {
                        in_p = in_p.saturating_sub(1);
                    }
                    if let Some((id, n)) = stack.pop() {
                        lens.insert(id, n);
                        if let Some(parent) = stack.last_mut() {
                            parent.1 += n;
                        }
                    }
                }
            }
        }
    }
    lens
}

/// Whether a class or id holds one of `table`'s words (split at `-`, `_` and spaces).
fn has_word(attr: Option<&str>, table: &[&str]) -> bool {
    attr.is_some_and(|s| {
        s.split(|c: char| c == '-' || c == '_' || c.is_whitespace())
            .any(|w| table.iter().any(|f| w.eq_ignore_ascii_case(f)))
    })
}

/// An element a page uses for a photo's caption or credit instead of `<figcaption>`.
fn is_caption(e: &scraper::node::Element, a: &Attrs) -> bool {
    e.name() == "figcaption" || has_word(a.class, dom::CAPTION_WORDS)
}

/// A caption element that holds only the photo's credit (`image-credit`); inside a figure,
/// also a credit element by the figure's own words (`copyright`, `image-source`).
fn is_credit(a: &Attrs, in_figure: bool) -> bool {
    has_word(a.class, dom::CREDIT_WORDS)
        || (in_figure && has_camel_word(a.class, dom::FIGURE_CREDIT_WORDS))
}

/// As [`has_word`], splitting also where a lower-case letter meets a capital (`figCopyright`).
fn has_camel_word(attr: Option<&str>, table: &[&str]) -> bool {
    let Some(s) = attr else {
        return false;
    };
    let is_word = |w: &str| table.iter().any(|f| w.eq_ignore_ascii_case(f));
    let mut start = 0;
    let mut prev_lower = false;
    for (i, c) in s.char_indices() {
        if c == '-' || c == '_' || c.is_whitespace() {
            if is_word(&s[start..i]) {
                return true;
            }
            start = i + c.len_utf8();
        } else if prev_lower && c.is_uppercase() {
            if is_word(&s[start..i]) {
                return true;
            }
            start = i;
        }
        prev_lower = c.is_lowercase();
    }
    is_word(&s[start..])
}

/// A `<figure>` or caption element whose text is nearly all link text: a card linking to
/// another story (an image and a headline), not a photo and its caption.
fn is_linked_figure(n: NodeRef<Node>) -> bool {
    let (mut text, mut linked, mut words) = (0usize, 0usize, 0usize);
    let mut in_link = 0usize;
    for edge in n.traverse() {
        match edge {
            Edge::Open(d) => match d.value() {
                Node::Element(e) if e.name() == "a" => in_link += 1,
                Node::Text(t) => {
                    let len = t.trim().chars().count();
                    text += len;
                    words += t.split_whitespace().count();
                    if in_link > 0 {
                        linked += len;
                    }
                }
                _ => {}
            },
            Edge::Close(d) => {
                if matches!(d.value(), Node::Element(e) if e.name() == "a") {
                    in_link = in_link.saturating_sub(1);
                }
            }
        }
    }
    words >= dom::LINKED_FIGURE_WORDS && linked as f32 >= text as f32 * dom::LINKED_FIGURE_SHARE
}

/// A list (`<ul>`, `<ol>`) of links to other pages: enough items, each one's text nearly all
/// link text and short, as a headline or a menu entry is. Lists of related stories, videos,
/// "most read" and a page's table of contents are built so, in every language; a list the
/// story makes has prose in its items (a link inside a sentence, a name and what it is).
fn is_link_list(n: NodeRef<Node>) -> bool {
    // Per item: characters of text, of link text, and words.
    let mut items: Vec<(usize, usize, usize)> = Vec::new();
    let mut in_link = 0usize;
    // The item open at each depth below the list: only the list's own `<li>`s count.
    let mut item: Option<ego_tree::NodeId> = None;
    for edge in n.traverse() {
        match edge {
            Edge::Open(d) => match d.value() {
                Node::Element(e) => {
                    if e.name() == "li" && item.is_none() {
                        if items.len() >= dom::LINK_LIST_MAX_ITEMS {
                            // Enough seen to judge; a long list is judged by its head.
                            break;
                        }
                        item = Some(d.id());
                        items.push((0, 0, 0));
                    } else if e.name() == "a" {
                        in_link += 1;
                    }
                }
                Node::Text(t) => {
                    let Some(last) = items.last_mut().filter(|_| item.is_some()) else {
                        // Text between the items, outside any: a list of prose, not links.
                        if !t.trim().is_empty() {
                            return false;
                        }
                        continue;
                    };
                    let len = t.trim().chars().count();
                    last.0 += len;
                    last.2 += t.split_whitespace().count();
                    if in_link > 0 {
                        last.1 += len;
                    }
                }
                _ => {}
            },
            Edge::Close(d) => {
                if item == Some(d.id()) {
                    item = None;
                } else if matches!(d.value(), Node::Element(e) if e.name() == "a") {
                    in_link = in_link.saturating_sub(1);
                }
            }
        }
    }
    let with_text: Vec<_> = items.iter().filter(|i| i.0 > 0).collect();
    with_text.len() >= dom::LINK_LIST_MIN_ITEMS
        && with_text.iter().all(|&&(text, linked, words)| {
            words <= dom::LINK_LIST_ITEM_WORDS
                && linked as f32 >= text as f32 * dom::LINK_LIST_SHARE
        })
}

/// `n` if it is an element, else the nearest element before it among its siblings (past the
/// whitespace and comments between them).
fn prev_element(n: NodeRef<Node>) -> Option<NodeRef<Node>> {
    let mut at = Some(n);
    while let Some(x) = at {
        match x.value() {
            Node::Element(_) => return Some(x),
            Node::Text(t) if !t.trim().is_empty() => return None,
            _ => at = x.prev_sibling(),
        }
    }
    None
}

fn is_heading(n: Option<NodeRef<Node>>) -> bool {
    n.and_then(|n| n.value().as_element())
        .is_some_and(|e| matches!(e.name(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6"))
}

/// A class cut at its BEM modifier: (block and element, modifier). The block and element
/// names say what the element is; a modifier, a variant of it: `TestReport__Section--Ads` is
/// a section of the test report that carries ad slots, not an advert, while `rail--trending`
/// is a rail of trending stories (see [`dom::AD_WORDS`]).
fn split_modifier(class: &str) -> (&str, Option<&str>) {
    match class.find("--") {
        Some(0) | None => (class, None),
        Some(i) => (&class[..i], Some(&class[i + 2..])),
    }
}

/// Whether `e` is page furniture by its class, id, role or hiding.
fn is_furniture(e: ElementRef) -> bool {
    furniture_of(e, &Attrs::of(e.value()))
}

/// [`is_furniture`] with the element's attributes read. Whether an id is a slug of the
/// element's text is asked only of an id with a furniture word.
fn furniture_of(e: ElementRef, a: &Attrs) -> bool {
    let furniture_id =
        a.id.filter(|id| has_camel_word(Some(id), dom::FURNITURE_WORDS) && !is_slug_of_text(id, e));
    furniture_attrs(a, furniture_id)
}

/// An id made from the element's own words, as pages make anchors for their sub-headings
/// (`id="what-most-readers-missed"` on the sub-heading "What most readers missed"): it says
/// what the element reads, not what it is, and a furniture word in it ("most") marks nothing.
fn is_slug_of_text(id: &str, e: ElementRef) -> bool {
    let words: Vec<&str> = id
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() < dom::SLUG_MIN_WORDS {
        return false;
    }
    let text: std::collections::HashSet<String> = e
        .text()
        .flat_map(|t| t.split(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let own = words
        .iter()
        .filter(|w| text.contains(&w.to_lowercase()))
        .count();
    own as f32 >= words.len() as f32 * dom::SLUG_OWN_SHARE
}

fn furniture_attrs(a: &Attrs, id: Option<&str>) -> bool {
    let words = |s: &str| has_camel_word(Some(s), dom::FURNITURE_WORDS);
    a.class.is_some_and(|c| {
        c.split_whitespace().any(|class| {
            let (name, modifier) = split_modifier(class);
            words(name)
                || modifier.is_some_and(|m| {
                    m.split(['-', '_'])
                        .filter(|w| !dom::AD_WORDS.iter().any(|a| w.eq_ignore_ascii_case(a)))
                        .any(words)
                })
        })
    }) || id.is_some_and(words)
        || a.role.is_some_and(|r| dom::FURNITURE_ROLES.contains(&r))
        || a.aria_hidden == Some("true")
        || a.hidden
}

fn kind_of(name: &str) -> Option<BlockKind> {
    Some(match name {
        "h1" => BlockKind::Heading(1),
        "h2" => BlockKind::Heading(2),
        "h3" => BlockKind::Heading(3),
        "h4" | "h5" | "h6" => BlockKind::Heading(4),
        "li" | "dd" | "dt" => BlockKind::ListItem,
        "blockquote" => BlockKind::Quote,
        _ => return None,
    })
}

/// Walk the container into blocks: text between block-level boundaries, with the kind of the
/// innermost heading, list item or quotation around it.
/// The block being gathered during the walk, and what is known of its surroundings.
#[derive(Default)]
struct Builder {
    blocks: Vec<Block>,
    buf: String,
    /// Heading, list item or quotation kinds of the open elements, innermost last.
    kinds: Vec<BlockKind>,
    /// Open caption elements (`<figcaption>`, caption classes), innermost last, and whether
    /// each is a photo credit's.
    caption_open: Vec<(ego_tree::NodeId, bool)>,
    /// Open `<figure>` elements.
    figures: usize,
    /// Open `<a>` elements, and the characters of link text in `buf`.
    in_link: usize,
    link_chars: usize,
    /// Open elements, innermost last: a serial number each, whether it ends a block and
    /// whether it carries a class, id or itemprop.
    open: Vec<(u32, bool, bool)>,
    serial: u32,
    /// The current block's first text has been met (and its needle taken).
    has_text: bool,
    needle: Option<lines::Needle>,
    /// What to look for of each block's first text, parallel to `blocks`.
    needles: Vec<Option<lines::Needle>>,
    /// The open list of links to other pages (see [`is_link_list`]), if any: its blocks are
    /// judged furniture as they stand.
    link_list: Option<ego_tree::NodeId>,
}

impl Builder {
    /// The element around the innermost open block element: what the current block's
    /// element sits in.
    fn group(&self) -> Option<u32> {
        let innermost = self.open.iter().rposition(|&(_, block, _)| block)?;
        innermost.checked_sub(1).map(|i| self.open[i].0)
    }

    /// Whether the innermost open block element or its parent carries a class, id or
    /// itemprop.
    fn templated(&self) -> bool {
        let Some(innermost) = self.open.iter().rposition(|&(_, block, _)| block) else {
            return false;
        };
        self.open[innermost.saturating_sub(1)..=innermost]
            .iter()
            .any(|&(_, _, marked)| marked)
    }

    /// Ends the current block at a block boundary.
    fn flush(&mut self) {
        let raw_len = self.buf.trim().len().max(1);
        let text = crate::tidy::whitespace(&self.buf);
        self.buf.clear();
        if !text.is_empty() {
            let kind = self.kinds.last().copied().unwrap_or(BlockKind::Paragraph);
            let mut b = Block::new(text, kind, self.blocks.len() + 1);
            b.caption = !self.caption_open.is_empty();
            b.credit = self.caption_open.iter().any(|c| c.1);
            b.link_density = Some(self.link_chars.min(raw_len) as f32 / raw_len as f32);
            b.group = self.group();
            b.templated = self.templated();
            if self.link_list.is_some() {
                b.verdict = Some(crate::rules::markdown::verdict_for("link-list-markup"));
            }
            self.blocks.push(b);
            self.needles.push(self.needle.take());
        }
        self.link_chars = 0;
        self.has_text = false;
        self.needle = None;
    }
}

/// The walk's blocks, and what to look for of each one's first text.
struct Walked {
    blocks: Vec<Block>,
    needles: Vec<Option<lines::Needle>>,
}

/// Walks `roots` in order into one run of blocks: the container, and before it the lede the
/// page prints above it (see [`lede_before`]). A lede is walked as if in the element that holds
/// it, so that it stands apart from the container's paragraphs as it does on the page.
fn walk(roots: &[ElementRef], text_len: &TextLen, total: usize) -> Walked {
    let mut w = Builder::default();
    let container = roots.last().map(|r| r.id());
    for root in roots {
        let around = Some(root.id()) != container;
        if around {
            w.serial += 1;
            let marked = root.parent().and_then(ElementRef::wrap).is_some_and(|p| {
                p.value().attr("class").is_some() || p.value().attr("id").is_some()
            });
            w.open.push((w.serial, true, marked));
        }
        walk_into(&mut w, *root, text_len, total);
        w.flush();
        if around {
            w.open.pop();
        }
    }
    Walked {
        blocks: w.blocks,
        needles: w.needles,
    }
}

/// The edge after `edge` in a walk over `root`'s subtree, as ego-tree's `traverse` gives them;
/// a walk can go on from any edge it likes (the end of an element it skips).
fn following<'a>(edge: Edge<'a, Node>, root: NodeRef<'a, Node>) -> Option<Edge<'a, Node>> {
    match edge {
        Edge::Open(n) => Some(n.first_child().map_or(Edge::Close(n), Edge::Open)),
        Edge::Close(n) if n == root => None,
        Edge::Close(n) => match n.next_sibling() {
            Some(s) => Some(Edge::Open(s)),
            None => n.parent().map(Edge::Close),
        },
    }
}

fn walk_into(w: &mut Builder, root: ElementRef, text_len: &TextLen, total: usize) {
    let mut skipping: Option<ego_tree::NodeId> = None;
    let node: NodeRef<Node> = *root;
    let mut next = Some(Edge::Open(node));
    while let Some(edge) = next {
        next = following(edge, node);
        match edge {
            Edge::Open(n) => {
                if skipping.is_some() {
                    continue;
                }
                match n.value() {
                    Node::Element(e) => {
                        let name = e.name();
                        let holds_story =
                            text_len.get(&n.id()).copied().unwrap_or(0) * 2 >= total.max(1);
                        // The container itself is never skipped: the markup named it.
                        let is_root = n.id() == root.id();
                        let attrs = Attrs::of(e);
                        let captioned = is_caption(e, &attrs);
                        let figure_like = name == "figure" || captioned;
                        if dom::SKIP_TAGS.contains(&name)
                            || (!holds_story
                                && !is_root
                                && ElementRef::wrap(n).is_some_and(|el| furniture_of(el, &attrs)))
                            || (figure_like && !holds_story && !is_root && is_linked_figure(n))
                        {
                            skipping = Some(n.id());
                            // Its subtree is not read: the walk goes on at its end.
                            next = Some(Edge::Close(n));
                            continue;
                        }
                        let in_figure = w.figures > 0 || !w.caption_open.is_empty();
                        let credit = is_credit(&attrs, in_figure);
                        // A caption in a `<span>` still is a block of its own; so is a
                        // photo's credit element inside a figure.
                        let caption = (captioned || credit) && !holds_story;
                        let block = dom::BLOCK_TAGS.contains(&name) || caption;
                        if block {
                            w.flush();
                        }
                        if w.link_list.is_none()
                            && matches!(name, "ul" | "ol")
                            && !holds_story
                            && !is_root
                            && is_link_list(n)
                        {
                            w.link_list = Some(n.id());
                            // The heading just before the list is the list's ("More videos").
                            if is_heading(n.prev_sibling().and_then(prev_element))
                                && let Some(b) = w.blocks.last_mut()
                                && matches!(b.kind, BlockKind::Heading(_))
                            {
                                b.verdict =
                                    Some(crate::rules::markdown::verdict_for("link-list-markup"));
                            }
                        }
                        w.serial += 1;
                        let marked =
                            attrs.class.is_some() || attrs.id.is_some() || attrs.itemprop.is_some();
                        w.open.push((w.serial, block, marked));
                        if let Some(k) = kind_of(name) {
                            w.kinds.push(k);
                        }
                        if caption {
                            w.caption_open.push((n.id(), credit));
                        }
                        if name == "figure" {
                            w.figures += 1;
                        }
                        if name == "a" {
                            w.in_link += 1;
                        }
                    }
                    Node::Text(t) => {
                        if w.in_link > 0 {
                            w.link_chars += t.text.trim().len();
                        }
                        if !w.has_text && !t.text.trim().is_empty() {
                            w.has_text = true;
                            w.needle = lines::needle(&t.text);
                        }
                        w.buf.push_str(&t.text);
                    }
                    _ => {}
                }
            }
            Edge::Close(n) => {
                if let Some(id) = skipping {
                    if id == n.id() {
                        skipping = None;
                        // A skipped element still separates the text around it.
                        w.buf.push(' ');
                    }
                    continue;
                }
                if let Node::Element(e) = n.value() {
                    let name = e.name();
                    let closes_caption = w.caption_open.last().map(|c| c.0) == Some(n.id());
                    if dom::BLOCK_TAGS.contains(&name) || closes_caption {
                        w.flush();
                    } else if matches!(name, "a" | "span" | "em" | "strong" | "b" | "i") {
                        // inline: text runs on
                    } else {
                        w.buf.push(' ');
                    }
                    if kind_of(name).is_some() {
                        w.kinds.pop();
                    }
                    if closes_caption {
                        w.caption_open.pop();
                    }
                    if w.link_list == Some(n.id()) {
                        w.link_list = None;
                    }
                    if name == "a" {
                        w.in_link = w.in_link.saturating_sub(1);
                    }
                    if name == "figure" {
                        w.figures = w.figures.saturating_sub(1);
                    }
                    w.open.pop();
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r##"<!doctype html><html lang="en"><head>
        <title>Strikes hit Iraq | The Daily</title>
        <meta property="og:title" content="US strikes two sites in Iraq">
        <meta property="og:site_name" content="The Daily">
        <meta property="article:published_time" content="2023-11-22T10:15:00Z">
        <link rel="canonical" href="https://daily.example/iraq">
        <script>var x = "{{not text}}";</script></head>
        <body><nav><a href="/">Home</a><a href="/world">World</a></nav>
        <article><h1>US strikes two sites in Iraq</h1>
        <p class="byline">By Jane Doe</p>
        <p>The United States on Wednesday carried out <a href="#">precision strikes</a> against two facilities in Iraq, the US military said.</p>
        <figure><img src="a.jpg"><figcaption>Vehicles at the base in Anbar province, Iraq. (Reuters)</figcaption></figure>
        <div class="share-tools">Share on Facebook</div>
        <p>"We acted in self-defence," Ryder said.<br>It was the second strike this week.</p>
        <h2>What comes next</h2><ul><li>More patrols</li><li>Talks in Baghdad</li></ul>
        </article><footer>Copyright 2023</footer></body></html>"##;

    #[test]
    fn following_gives_the_edges_traverse_gives_from_any_root() {
        let doc = Html::parse_document(PAGE);
        for root in doc.tree.root().descendants() {
            let mut ours = Vec::new();
            let mut next = Some(Edge::Open(root));
            while let Some(edge) = next {
                ours.push(edge);
                next = following(edge, root);
            }
            let id = |e: &Edge<Node>| match e {
                Edge::Open(n) => (true, n.id()),
                Edge::Close(n) => (false, n.id()),
            };
            let theirs: Vec<_> = root.traverse().map(|e| id(&e)).collect();
            assert_eq!(ours.iter().map(id).collect::<Vec<_>>(), theirs);
        }
    }

    #[test]
    fn camel_words_split_at_separators_and_where_a_capital_follows_a_lower_case_letter() {
        let table = &["copyright", "lead", "source"];
        for (class, found) in [
            ("figCopyright", true),
            ("image-source x", true),
            ("articleLeadIn", true),
            ("LEAD", true),
            ("leadership", false),
            ("ÉtéLead", true),
            ("copy-right", false),
            ("a_b\u{a0}source", true),
            ("", false),
        ] {
            assert_eq!(has_camel_word(Some(class), table), found, "{class}");
        }
        assert!(!has_camel_word(None, table));
    }

    #[test]
    fn walks_the_article_into_blocks() {
        let page = read(PAGE);
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "US strikes two sites in Iraq",
                "By Jane Doe",
                "The United States on Wednesday carried out precision strikes against two facilities in Iraq, the US military said.",
                "Vehicles at the base in Anbar province, Iraq. (Reuters)",
                "\"We acted in self-defence,\" Ryder said.",
                "It was the second strike this week.",
                "What comes next",
                "More patrols",
                "Talks in Baghdad",
            ]
        );
        assert!(page.blocks[3].caption);
        assert_eq!(page.blocks[0].kind, BlockKind::Heading(1));
        assert_eq!(page.blocks[7].kind, BlockKind::ListItem);
    }

    #[test]
    fn a_rail_of_articles_is_not_the_story_even_when_it_outweighs_it() {
        let story = "Living a true love is one of the great pleasures of life, and saying so takes words of one's own. ";
        let card = "Strength to win and faith to believe: everything is possible, every obstacle can be overcome with patience. ";
        let cards: String = (0..6)
            .map(|i| {
                format!(
                    "<article class=\"post\"><p>{}{i}</p></article>",
                    card.repeat(2)
                )
            })
            .collect();
        let page = format!(
            "<html><body><article class=\"post\"><h1>Only who loves</h1><p>{}</p><p>{}</p></article>\
             <article class=\"post\"><h3>You may like</h3>{cards}</article></body></html>",
            story.repeat(4),
            story.repeat(3)
        );
        let page = read(&page);
        assert!(page.contained);
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts.len(), 3, "{texts:?}");
        assert_eq!(texts[0], "Only who loves");
    }

    #[test]
    fn the_headline_anchors_the_story_against_a_longer_rail_in_an_article_of_its_own() {
        let story = "The veteran forward has told the coach he will no longer play for the national team, ending a career of 130 matches. ";
        let card = "22 September 2021 Another story from the section, its teaser run on with its date and its headline text. ";
        let page = format!(
            "<html><head><title>Forward ends his national team career — Sport Daily</title></head><body>\
             <article class=\"author-article\"><h1>Forward ends his national team career</h1>\
             <p>{}</p><p>{}</p></article>\
             <article class=\"author-materials\">{}</article></body></html>",
            story.repeat(3),
            story.repeat(2),
            (0..12)
                .map(|_| format!("<p>{card}</p>"))
                .collect::<String>()
        );
        let page = read(&page);
        assert!(page.contained);
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts.len(), 3, "{texts:?}");
        assert_eq!(texts[0], "Forward ends his national team career");
    }

    #[test]
    fn a_buttons_or_a_tooltips_label_is_no_line_of_the_story() {
        let p = "The immunologist looked deep inside the lungs of infected mice and found a strange-looking cell studded with taste receptors.";
        let page = read(&format!(
            "<html><body><article>\
             <div role=\"tooltip\"><h6><span>Read Later</span></h6></div>\
             <p>{p}</p>\
             <p><a href=\"#\"><span class=\"sw-click-to-tweet\"><span class=\"sw-ctt-text\">Every business exists in time.</span>\
             <span class=\"sw-ctt-btn\">Click To Tweet</span></span></a></p>\
             <div class=\"q-tooltip\"><span>Save this story</span></div>\
             <div role=\"button\">Listen</div>\
             <p>{p} Again.</p>\
             </article></body></html>"
        ));
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            [p, "Every business exists in time.", &format!("{p} Again.")],
        );
    }

    #[test]
    fn an_ad_word_in_a_bem_modifier_is_no_advert_but_a_rail_modifier_is_furniture() {
        let p = "The grill reached its full heat in under ten minutes, and the steak came out seared on the outside and pink within.";
        let page = read(&format!(
            "<html><body><article itemprop=\"articleBody\">\
             <section class=\"TestReport__Section TestReport__Section--Ads\"><p>{p}</p></section>\
             <section class=\"TestReport__Section--Lead\"><p>{p} Again.</p></section>\
             <div class=\"rail rail--trending\"><p>Trending: another story entirely</p></div>\
             <div class=\"ad--top\"><p>Buy the grill now</p></div>\
             </article></body></html>"
        ));
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts.len(), 2, "{texts:?}");
    }

    #[test]
    fn a_list_of_links_and_its_heading_are_judged_furniture_and_a_list_of_prose_is_not() {
        let p = "The council voted on Tuesday to close the old bridge to cars from next spring, the mayor said after the meeting.";
        let page = read(&format!(
            "<html><body><article itemprop=\"articleBody\"><p>{p}</p>\
             <h2>More videos</h2><ul>\
             <li><a href=\"/a\"><span>Football</span> Coach: \"We stay calm\"</a></li>\
             <li><a href=\"/b\">Skiing: an interview before the games</a></li>\
             <li><a href=\"/c\">Tennis: the junior cup in pictures</a></li></ul>\
             <ul><li>The <a href=\"/r\">report</a> counts 40 bridges in poor repair.</li>\
             <li>Repairs would cost <a href=\"/c\">about 2 million</a>, the city says.</li>\
             <li>Work could start in May.</li></ul>\
             <p>{p} Again.</p></article></body></html>"
        ));
        let judged = |needle: &str| {
            let b = page.blocks.iter().find(|b| b.text.contains(needle));
            b.map(|b| b.verdict.map(|v| v.id))
        };
        assert_eq!(judged("Skiing"), Some(Some("link-list-markup")));
        assert_eq!(judged("More videos"), Some(Some("link-list-markup")));
        assert_eq!(judged("40 bridges"), Some(None));
        assert_eq!(judged("Work could start"), Some(None));
        // Two links are no list of them: a story's "Sources" with two entries stays.
        let page = read(&format!(
            "<html><body><article itemprop=\"articleBody\"><p>{p}</p>\
             <ul><li><a href=\"/a\">City budget 2024</a></li><li><a href=\"/b\">Bridge survey</a></li></ul>\
             </article></body></html>"
        ));
        assert_eq!(page.blocks.len(), 3);
        assert!(page.blocks.iter().all(|b| b.verdict.is_none()));
    }

    #[test]
    fn furniture_words_count_in_camel_case_classes_and_a_rail_of_teasers_is_furniture() {
        let p = "The council voted on Tuesday to close the old bridge to cars from next spring, the mayor said after the meeting.";
        let page = read(&format!(
            "<html><body><article itemprop=\"articleBody\">\
             <p>{p}</p>\
             <div class=\"media\"><a class=\"relatedPost\"><p>Hay is the basis of a horse's diet</p></a></div>\
             <div class=\"TestReport__AuthorBox\"><p>Jane Doe is head of social media at the magazine.</p></div>\
             <section class=\"editorial-disclosure\"><p>This post contains references to products from our partners.</p></section>\
             <div class=\"Teasers Teasers--3columns\"><h2>More on climate</h2><p>Plastic and the climate crisis</p></div>\
             <div class=\"socials\"><p>Share with friends</p></div>\
             <p>{p} Again.</p>\
             </article></body></html>"
        ));
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts.len(), 2, "{texts:?}");
        // A camel-case class without a furniture word is no mark: `storyBody`, `textBlock`.
        let page = read(&format!(
            "<html><body><article itemprop=\"articleBody\">\
             <div class=\"storyBody\"><p>{p}</p></div><div class=\"textBlock\"><p>{p} Again.</p></div>\
             </article></body></html>"
        ));
        assert_eq!(page.blocks.len(), 2);
    }

    #[test]
    fn a_short_line_set_apart_between_paragraphs_is_an_inset_caption() {
        let p = "<p>Apple plans to release a new 13-inch MacBook Pro with a scissor keyboard next year, according to a report published on Monday by an analyst.</p>";
        let page = format!(
            "<html><body><article><div class=\"body\">{p}<div class=\"img\"><img src=x><span><p>The new scissor switch keyboard via iFixit</p></span></div>\
             {p}<div class=\"sub\"><p>Display stays the same</p></div>{p}{p}</div></article></body></html>"
        );
        let page = read(&page);
        let caption: Vec<bool> = page.blocks.iter().map(|b| b.caption).collect();
        assert_eq!(
            caption,
            [false, true, false, false, false, false],
            "{:?}",
            page.blocks.iter().map(|b| &b.text).collect::<Vec<_>>()
        );
    }

    #[test]
    fn the_container_is_walked_whatever_its_class_says() {
        // The headline's `<article>` holds less than half of the page's text (readers'
        // comments outweigh it) and carries a furniture word among its classes.
        let para = "<p>The council voted on Tuesday to close the old bridge to heavy traffic for a year of repairs.</p>";
        let comment = "<p>I have crossed that bridge every day for thirty years and never once felt unsafe on it, so this is a waste.</p>";
        let page = format!(
            "<html><body><article class=\"post enable-pin-share\"><h1>Bridge closed</h1>{}</article>\
             <div id=\"replies\">{}</div></body></html>",
            para.repeat(6),
            comment.repeat(12)
        );
        let page = read(&page);
        assert!(page.contained);
        assert_eq!(page.blocks.len(), 7, "{:?}", page.blocks);
        assert_eq!(page.blocks[0].text, "Bridge closed");
    }

    #[test]
    fn a_lead_marked_as_an_excerpt_or_a_subtitle_is_walked() {
        let page = "<html><body><article><h1>Bridge closed</h1>\
            <p class=\"article-excerpt\">The old bridge closes to lorries for a year while it is repaired.</p>\
            <h2 class=\"subheadline\">Work starts in May, the council says</h2>\
            <p>The council voted on Tuesday to close the old bridge to heavy traffic for a year of repairs.</p>\
            </article></body></html>";
        let texts: Vec<String> = read(page).blocks.into_iter().map(|b| b.text).collect();
        assert_eq!(texts.len(), 4, "{texts:?}");
        assert!(texts[1].starts_with("The old bridge closes"));
    }

    #[test]
    fn a_photo_credit_in_brackets_after_a_pipe_or_in_its_own_element_is_the_captions_credit() {
        let p = |t: &str| {
            format!(
                "<p>{t} The council voted on Tuesday to close the old bridge to heavy traffic for a year.</p>"
            )
        };
        let page = format!(
            "<html><head><title>Bridge closed</title></head><body><article><h1>Bridge closed</h1>{}\
             <figure><img src=a.jpg><figcaption>The old bridge at dawn [Jane Smith/AFP]</figcaption></figure>{}\
             <figure><img src=b.jpg><figcaption>Lorries queue at the bridge | John Doe</figcaption></figure>{}\
             <figure><div><img src=c.jpg><span class=\"figCopyright\">Foto: Erika Muster</span></div>\
             <figcaption>Cyclists cross the bridge in the rain</figcaption></figure>{}\
             <figure><img src=d.jpg><figcaption>A barge passes under the bridge \
             <span class=\"copyright\">Foto: Max Mustermann</span></figcaption></figure>{}\
             </article></body></html>",
            p("One."),
            p("Two."),
            p("Three."),
            p("Four."),
            p("Five.")
        );
        let doc = crate::clean(page.as_bytes(), &crate::Options::default()).unwrap();
        let got: Vec<(&str, Option<&str>)> = doc
            .captions
            .iter()
            .map(|c| (c.text.as_str(), c.credit.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                ("The old bridge at dawn", Some("Jane Smith/AFP")),
                ("Lorries queue at the bridge", Some("John Doe")),
                (
                    "Cyclists cross the bridge in the rain",
                    Some("Erika Muster")
                ),
                ("A barge passes under the bridge", Some("Max Mustermann")),
            ]
        );
        assert_eq!(doc.paragraphs.len(), 5, "{:?}", doc.paragraphs);
    }

    #[test]
    fn a_linked_story_card_in_figure_markup_is_not_a_caption() {
        let p = "<p>The council voted on Tuesday to close the old bridge to heavy traffic for a year of repairs.</p>";
        let page = format!(
            "<html><body><article><h1>Bridge closed</h1>{p}\
             <figure><a href=\"/ferry\"><img src=e.jpg></a><figcaption><a href=\"/ferry\">Why the old ferry \
             had to stop running after a century</a></figcaption></figure>{p}\
             <div class=\"wp-caption\"><a href=\"/x\"><img src=f.jpg><p class=\"wp-caption-text\">Read: \
             the council approves the new timetable</p></a></div>{p}\
             <figure><img src=g.jpg><figcaption>The bridge in 1892, by <a href=\"/p\">Ann Lee</a></figcaption></figure>{p}\
             </article></body></html>"
        );
        let page = read(&page);
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts.len(), 6, "{texts:?}");
        assert!(page.blocks[4].caption && texts[4].starts_with("The bridge in 1892"));
    }

    #[test]
    fn a_lede_marked_above_the_story_body_is_walked_and_a_teaser_card_is_not() {
        let p = "<p>The council voted on Tuesday to close the old bridge to heavy traffic for a year of repairs.</p>";
        let page = |lede: &str| {
            format!(
                "<html><body class=\"ads\"><article><header><h1>Bridge closed</h1>{lede}</header>\
                 <div class=\"body\" itemprop=\"articleBody\">{p}{p}{p}</div></article></body></html>"
            )
        };
        let lede = "<div class=\"teaser-text\" itemprop=\"description\"><p>Lorries will have to take \
                    the ring road until next spring, and the buses will run every ten minutes.</p></div>";
        let texts: Vec<String> = read(&page(lede))
            .blocks
            .into_iter()
            .map(|b| b.text)
            .collect();
        assert_eq!(texts.len(), 4, "{texts:?}");
        assert!(texts[0].starts_with("Lorries will have to take"));
        // A card that links to another story, or a label, is no lede.
        let card = "<div class=\"teaser\"><a href=\"/ferry\"><p>Why the old ferry had to stop \
                    running after a century on the river</p></a></div>";
        let label = "<p class=\"intro\">In short</p>";
        for other in [card, label] {
            assert_eq!(read(&page(other)).blocks.len(), 3, "{other}");
        }
    }

    #[test]
    fn an_itemprop_listing_article_body_among_others_names_the_container() {
        // Blogger's post body: `itemprop="description articleBody"`. A rail of teasers outweighs
        // no story container but this one.
        let p = "<p>The council voted on Tuesday to close the old bridge to heavy traffic for a year of repairs.</p>";
        let page = format!(
            "<html><body><div class=\"post\"><h3>Bridge closed</h3>\
             <div class=\"post-body\" itemprop=\"description articleBody\">{p}{p}{p}</div></div>\
             <div class=\"widget\"><p>Popular posts from this blog, gathered for the reader to browse on.</p></div></body></html>"
        );
        let page = read(&page);
        assert!(page.contained);
        assert_eq!(page.blocks.len(), 3, "{:?}", page.blocks);
    }

    #[test]
    fn an_anchor_id_made_from_a_sub_headings_words_is_no_furniture_mark() {
        // Anchors for sub-headings are slugs of their text: "most" and "share" in them mark
        // nothing. An id of its own still does.
        let p = "<p>The council voted on Tuesday to close the old bridge to heavy traffic for a year of repairs.</p>";
        let page = format!(
            "<html><body><article><h1>Bridge closed</h1>{p}\
             <h3 id=\"what-most-drivers-will-share-now\"><em>What most drivers will share now</em></h3>{p}\
             <div id=\"share-tools\"><p>Share this story with your friends and family today</p></div>{p}\
             </article></body></html>"
        );
        let texts: Vec<String> = read(&page).blocks.into_iter().map(|b| b.text).collect();
        assert_eq!(texts.len(), 5, "{texts:?}");
        assert_eq!(texts[2], "What most drivers will share now");
    }

    #[test]
    fn a_pictures_legend_is_its_caption() {
        let p = "<p>The council voted on Tuesday to close the old bridge to heavy traffic for a year of repairs.</p>";
        let page = format!(
            "<html><body><article><h1>Bridge closed</h1>{p}\
             <div class=\"image-right\"><img src=a.jpg><div class=\"legend\"><div class=\"content\">\
             The old bridge over the river seen from the north bank in winter</div></div></div>{p}\
             <div class=\"mad_image__legende\">Der alte Steg im Winter</div>{p}</article></body></html>"
        );
        let captions: Vec<bool> = read(&page).blocks.iter().map(|b| b.caption).collect();
        assert_eq!(captions, [false, false, true, false, true, false]);
    }

    #[test]
    fn nesting_depth_is_estimated_from_tags() {
        assert_eq!(
            nesting_depth(
                "<html><body><div><p>a<p>b<br><img src=x/></div></body></html>",
                100
            ),
            3
        );
        let deep = "<div>".repeat(100_000);
        assert_eq!(nesting_depth(&deep, 2_000), 2_001);
        // `/>` does not close an HTML element; it does close an SVG one.
        assert_eq!(nesting_depth(&"<div/>".repeat(100), 2_000), 100);
        let icons = format!("<svg>{}</svg><div/>", "<path d=x/>".repeat(100));
        assert_eq!(nesting_depth(&icons, 2_000), 1);
        // A tag with no `>` (a cut-off page) opens nothing: `<` inside a tag is not a tag.
        assert_eq!(nesting_depth(&"<a <b ".repeat(10_000), 2_000), 0);
    }

    #[test]
    fn deep_pages_are_refused_before_parsing_and_the_rest_is_read() {
        let page = |depth: usize| {
            format!(
                "<html><body>{}<p>Deep text here.</p>{}</body></html>",
                "<div>".repeat(depth),
                "</div>".repeat(depth)
            )
        };
        let opts = crate::Options::default();
        let ok = crate::clean(page(1_500).as_bytes(), &opts).unwrap();
        assert_eq!(ok.paragraphs, ["Deep text here."]);
        assert!(matches!(
            crate::clean(page(100_000).as_bytes(), &opts),
            Err(crate::Error::TooDeep { limit: 2_000, .. })
        ));
    }
}
