//! Page metadata: title, byline, published and modified dates, site, declared language,
//! canonical URL — from meta tags and JSON-LD (`NewsArticle` and kin), `<time>` elements, the
//! address and date lines, the page's own `<h1>` and `<title>`. What a page does not say stays
//! `None`.

use scraper::{Html, Selector};
use serde_json::Value;
use std::sync::LazyLock;

#[derive(Debug, Default, Clone)]
pub struct PageMeta {
    pub title: Option<String>,
    pub byline: Option<String>,
    /// The people the page names as the story's authors (see [`crate::authors`]): from the
    /// first source that names any of JSON-LD `author`, `<meta name="author">` and kin,
    /// `article:author` (a name, not an address), `rel="author"`.
    pub authors: Vec<String>,
    /// The page marks the story as not free to read: JSON-LD or microdata
    /// `isAccessibleForFree` false (on the article or a part of it), `article:content_tier`
    /// `locked` or `metered`, or an element classed `paywall`.
    pub paywalled: bool,
    /// RFC 3339, or a date alone (see [`crate::date`]).
    pub published: Option<String>,
    pub modified: Option<String>,
    pub site: Option<String>,
    /// The first language the markup declares, tidied (`en-GB`).
    pub language: Option<String>,
    /// Every language the markup declares, in the order they were read: `<html lang>`,
    /// content-language, og:locale, JSON-LD `inLanguage`.
    pub languages: Vec<String>,
    pub url: Option<String>,
    /// The story's text as the page's JSON-LD gives it (`articleBody`), to cross-check the
    /// walk with.
    pub article_body: Option<String>,
    /// The page's summaries of the story (og:, twitter: and plain description, JSON-LD
    /// `description`): a standfirst printed above the story repeats one of them.
    pub descriptions: Vec<String>,
}

struct Selectors {
    og_title: Sel,
    tw_title: Sel,
    h1: Sel,
    title: Sel,
    author: Sel,
    rel_author: Sel,
    marked_author: Sel,
    byline_element: Sel,
    article_author: Sel,
    free_microdata: Sel,
    content_tier: Sel,
    paywall_markup: Sel,
    meta: Sel,
    itemprop_dates: Sel,
    time: Sel,
    time_in_story: Sel,
    date_elements: Sel,
    short_text: Sel,
    site: Sel,
    html: Sel,
    canonical: Sel,
    og_url: Sel,
    ld_json: Sel,
    description: Sel,
}

/// A metadata selector and the pool of elements it can match: each is matched against its
/// pool only, not against every node of the page.
struct Sel {
    sel: Selector,
    pool: Pool,
}

/// Elements of a page sorted once by what a selector's subject needs: its tag, or an
/// attribute it tests. An element is in every pool whose test it passes; a selector's pool
/// holds every element its subject can match, so matching within the pool finds what
/// matching every element would, in the same order.
#[derive(Clone, Copy)]
enum Pool {
    Meta,
    Time,
    Html,
    Title,
    H1,
    Link,
    Script,
    /// `span, small, p, time, em, strong, li, dd`.
    ShortText,
    Class,
    ClassOrItemprop,
    ClassOrId,
    Itemprop,
    Rel,
}

const POOLS: usize = Pool::Rel as usize + 1;

/// A parsed page with its elements in pools, read once for every metadata selector.
struct Page<'a> {
    pools: [Vec<scraper::ElementRef<'a>>; POOLS],
}

impl<'a> Page<'a> {
    /// The elements `Html::select` would test (every element with a parent), in its order
    /// (the tree's), sorted into their pools.
    fn new(doc: &'a Html) -> Self {
        let mut pools: [Vec<scraper::ElementRef<'a>>; POOLS] = Default::default();
        for node in doc.tree.nodes() {
            let Some(e) = scraper::ElementRef::wrap(node) else {
                continue;
            };
            if e.parent().is_none() {
                continue;
            }
            let tag = match e.value().name() {
                "meta" => Some(Pool::Meta),
                "time" => Some(Pool::Time),
                "html" => Some(Pool::Html),
                "title" => Some(Pool::Title),
                "h1" => Some(Pool::H1),
                "link" => Some(Pool::Link),
                "script" => Some(Pool::Script),
                _ => None,
            };
            if let Some(p) = tag {
                pools[p as usize].push(e);
            }
            if matches!(
                e.value().name(),
                "span" | "small" | "p" | "time" | "em" | "strong" | "li" | "dd"
            ) {
                pools[Pool::ShortText as usize].push(e);
            }
            let (mut class, mut id, mut itemprop, mut rel) = (false, false, false, false);
            for (name, _) in e.value().attrs() {
                match name {
                    "class" => class = true,
                    "id" => id = true,
                    "itemprop" => itemprop = true,
                    "rel" => rel = true,
                    _ => {}
                }
            }
            for (member, pool) in [
                (class, Pool::Class),
                (class || itemprop, Pool::ClassOrItemprop),
                (class || id, Pool::ClassOrId),
                (itemprop, Pool::Itemprop),
                (rel, Pool::Rel),
            ] {
                if member {
                    pools[pool as usize].push(e);
                }
            }
        }
        Page { pools }
    }

    /// The elements `sel` matches, in the order `Html::select` gives them.
    fn select<'s>(&'s self, sel: &'s Sel) -> impl Iterator<Item = scraper::ElementRef<'a>> + 's {
        self.pools[sel.pool as usize]
            .iter()
            .copied()
            .filter(|e| sel.sel.matches(e))
    }
}

static SEL: LazyLock<Selectors> = LazyLock::new(|| {
    let s = |q: &str, pool: Pool| Sel {
        sel: Selector::parse(q).expect("metadata selector"),
        pool,
    };
    Selectors {
        og_title: s(r#"meta[property="og:title"]"#, Pool::Meta),
        tw_title: s(r#"meta[name="twitter:title"]"#, Pool::Meta),
        h1: s("h1", Pool::H1),
        title: s("title", Pool::Title),
        author: s(
            r#"meta[name="author"], meta[name="byl"], meta[name="parsely-author"], meta[name="sailthru.author"]"#,
            Pool::Meta,
        ),
        rel_author: s(r#"[rel="author"]"#, Pool::Rel),
        // A person marked up as the author: schema.org microdata (`itemprop="author"` with
        // its `itemprop="name"`), hCard in a byline (WordPress's `author vcard` with its
        // `fn`), and an author's element inside the byline (`byline__author`,
        // `.byline-section .author`).
        byline_element: s(r#"[class*="byline"], [class*="Byline"]"#, Pool::Class),
        marked_author: s(
            r#"[itemprop~="author"] [itemprop="name"], .vcard.author .fn, .author.vcard .fn, .byline .vcard .fn, .byline .fn, [class*="byline__author"], [class*="byline-author"], [class*="byline_author"], [class*="byline"] .author, [class*="byline"] [class*="author-name"]"#,
            Pool::ClassOrItemprop,
        ),
        article_author: s(
            r#"meta[property="article:author"], meta[name="article:author"]"#,
            Pool::Meta,
        ),
        free_microdata: s(r#"[itemprop="isAccessibleForFree"]"#, Pool::Itemprop),
        content_tier: s(
            r#"meta[property="article:content_tier"], meta[name="article:content_tier"]"#,
            Pool::Meta,
        ),
        paywall_markup: s(r#"[class*="aywall"], [id*="aywall"]"#, Pool::ClassOrId),
        meta: s("meta[content]", Pool::Meta),
        itemprop_dates: s(
            r#"[itemprop="datePublished"], [itemprop="dateModified"]"#,
            Pool::Itemprop,
        ),
        time: s("time[datetime]", Pool::Time),
        time_in_story: s(
            "article time[datetime], header time[datetime], time[datetime][pubdate], time[datetime][class*=publish], time[datetime][class*=posted]",
            Pool::Time,
        ),
        date_elements: s(
            r#"[class*="date"], [class*="Date"], [class*="publish"], [class*="timestamp"], [class*="posted"]"#,
            Pool::Class,
        ),
        short_text: s("span, small, p, time, em, strong, li, dd", Pool::ShortText),
        site: s(r#"meta[property="og:site_name"]"#, Pool::Meta),
        html: s("html", Pool::Html),
        canonical: s(r#"link[rel="canonical"]"#, Pool::Link),
        og_url: s(r#"meta[property="og:url"]"#, Pool::Meta),
        ld_json: s(r#"script[type="application/ld+json"]"#, Pool::Script),
        description: s(
            r#"meta[property="og:description"], meta[name="description"], meta[name="twitter:description"], meta[property="twitter:description"], meta[itemprop="description"]"#,
            Pool::Meta,
        ),
    }
});

#[cfg(test)]
impl Selectors {
    fn all(&self) -> [&Sel; 24] {
        [
            &self.og_title,
            &self.tw_title,
            &self.h1,
            &self.title,
            &self.author,
            &self.rel_author,
            &self.marked_author,
            &self.byline_element,
            &self.article_author,
            &self.free_microdata,
            &self.content_tier,
            &self.paywall_markup,
            &self.meta,
            &self.itemprop_dates,
            &self.time,
            &self.time_in_story,
            &self.date_elements,
            &self.short_text,
            &self.site,
            &self.html,
            &self.canonical,
            &self.og_url,
            &self.ld_json,
            &self.description,
        ]
    }
}

fn clean(s: &str) -> Option<String> {
    let t = crate::tidy::whitespace(&crate::text::normalize::decode_entities(s));
    (!t.is_empty()).then_some(t)
}

fn meta_content(doc: &Page, sel: &Sel) -> Option<String> {
    doc.select(sel)
        .find_map(|e| e.attr("content").and_then(clean))
}

fn text_of(e: scraper::ElementRef) -> Option<String> {
    clean(&e.text().collect::<Vec<_>>().join(" "))
}

pub fn read(doc: &Html) -> PageMeta {
    read_page(&Page::new(doc))
}

fn read_page(doc: &Page) -> PageMeta {
    let sel = &*SEL;
    let objects = json_ld_objects(doc);
    let ld = json_ld(&objects);
    let title = meta_content(doc, &sel.og_title)
        .or_else(|| ld.as_ref().and_then(|a| str_field(a, "headline")))
        .or_else(|| meta_content(doc, &sel.tw_title))
        .or_else(|| doc.select(&sel.h1).next().and_then(text_of))
        .or_else(|| {
            doc.select(&sel.title)
                .next()
                .and_then(text_of)
                .map(|t| strip_site(&t))
        });
    let site = meta_content(doc, &sel.site);
    let marked = ld
        .as_ref()
        .and_then(authors)
        .or_else(|| meta_content(doc, &sel.author).filter(|a| !a.starts_with("http")))
        .or_else(|| doc.select(&sel.marked_author).find_map(marked_name));
    // A byline the markup gives that names no one (the outlet: "AppleInsider", "Sky"), or
    // none, gives way to the page's visible byline naming people.
    let names_no_one = marked
        .as_deref()
        .is_none_or(|b| crate::authors::split(b, site.as_deref()).is_empty());
    let visible = names_no_one
        .then(|| visible_byline(doc, site.as_deref()))
        .flatten();
    let byline = match (marked, &visible) {
        (Some(b), Some((text, _))) if crate::authors::split(&b, site.as_deref()).is_empty() => {
            Some(text.clone())
        }
        (None, Some((text, _))) => Some(text.clone()),
        (b, _) => b.or_else(|| doc.select(&sel.rel_author).next().and_then(text_of)),
    };
    let authors = page_authors(doc, ld.as_ref(), site.as_deref(), visible.map(|v| v.1));
    let paywalled = paywalled(doc, &objects);
    let languages = declared_languages(doc, ld.as_ref());
    let language = languages.first().cloned();
    let absolute = |u: &String| u.starts_with("http://") || u.starts_with("https://");
    let url = doc
        .select(&sel.canonical)
        .find_map(|e| e.attr("href").and_then(clean))
        .filter(absolute)
        .or_else(|| meta_content(doc, &sel.og_url).filter(absolute));
    let (published, modified) = dates(doc, ld.as_ref(), &objects, url.as_deref());
    let article_body = ld.as_ref().and_then(|a| str_field(a, "articleBody"));
    let mut descriptions: Vec<String> = doc
        .select(&sel.description)
        .filter_map(|e| e.attr("content").and_then(clean))
        .chain(ld.as_ref().and_then(|a| str_field(a, "description")))
        .collect();
    descriptions.sort_unstable();
    descriptions.dedup();
    PageMeta {
        title,
        byline,
        authors,
        paywalled,
        published,
        modified,
        site,
        language,
        languages,
        url,
        article_body,
        descriptions,
    }
}

/// "Strikes hit Iraq | The Daily" → "Strikes hit Iraq": the longest part of a title split at a
/// site separator.
fn strip_site(title: &str) -> String {
    for sep in [" | ", " - ", " — ", " – ", " :: ", " · "] {
        if title.contains(sep) {
            return title
                .split(sep)
                .max_by_key(|p| p.len())
                .unwrap_or(title)
                .trim()
                .to_string();
        }
    }
    title.to_string()
}

/// Meta tags that give the publication date, by `property`, `name`, `itemprop` or
/// `http-equiv` (lower case), most trusted first.
const PUBLISHED_KEYS: &[&str] = &[
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "article:published",
    "datepublished",
    "parsely-pub-date",
    "sailthru.date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "publication_date",
    "article.published",
    "article_date_original",
    "original-publish-date",
    "originalpublicationdate",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "datecreated",
    "cxenseparse:recs:publishtime",
    "date",
    "dc.date",
    "dcterms.date",
];

/// Meta tags that give the date of the last change, most trusted first.
const MODIFIED_KEYS: &[&str] = &[
    "article:modified_time",
    "og:article:modified_time",
    "og:updated_time",
    "og:modified_time",
    "article:modified",
    "datemodified",
    "last-modified",
    "lastmod",
    "article.updated",
    "dc.date.modified",
    "dcterms.modified",
];

/// Of candidate dates in the order they are trusted, the first that names an instant, else
/// the first date alone. An instant the page also writes with its local offset is given with
/// that offset (`06:30:00-05:00` over `11:30:00Z`).
fn pick(candidates: &[String]) -> Option<crate::date::Stamp> {
    let stamps: Vec<crate::date::Stamp> = candidates
        .iter()
        .filter_map(|c| crate::date::parse(c))
        .collect();
    let Some(first) = stamps.iter().find(|s| s.has_time()) else {
        return stamps.first().copied();
    };
    let at = first.instant();
    stamps
        .iter()
        .find(|s| at.is_some() && s.instant() == at && s.offset_seconds().is_some_and(|o| o != 0))
        .or(Some(first))
        .copied()
}

/// The page's own statements (meta tags, JSON-LD, `itemprop`) first; then `<time>` elements
/// and the address, which refine a date alone only with a time on the same day.
fn pick_tiers(declared: &[String], weak: &[String]) -> Option<String> {
    let best = match pick(declared) {
        Some(d) if d.has_time() => d,
        Some(d) => weak
            .iter()
            .filter_map(|c| crate::date::parse(c))
            .find(|s| s.has_time() && s.date == d.date)
            .unwrap_or(d),
        None => pick(weak)?,
    };
    Some(best.to_rfc3339())
}

/// `published` and `modified`: meta tags, JSON-LD, `itemprop` elements, `<time datetime>`
/// (one in the article or its header first), the address's date path, a date line.
fn dates(
    doc: &Page,
    ld: Option<&Value>,
    all: &[Value],
    url: Option<&str>,
) -> (Option<String>, Option<String>) {
    let sel = &*SEL;
    let mut published: Vec<(usize, String)> = Vec::new();
    let mut modified: Vec<(usize, String)> = Vec::new();
    for e in doc.select(&sel.meta) {
        let Some(content) = e.attr("content") else {
            continue;
        };
        for key in ["property", "name", "itemprop", "http-equiv"] {
            let Some(k) = e.attr(key) else { continue };
            let k = k.trim().to_ascii_lowercase();
            if let Some(i) = PUBLISHED_KEYS.iter().position(|p| *p == k) {
                published.push((i, content.to_string()));
            } else if let Some(i) = MODIFIED_KEYS.iter().position(|p| *p == k) {
                modified.push((i, content.to_string()));
            }
        }
    }
    published.sort_by_key(|(i, _)| *i);
    modified.sort_by_key(|(i, _)| *i);
    let mut published: Vec<String> = published.into_iter().map(|(_, c)| c).collect();
    let mut modified: Vec<String> = modified.into_iter().map(|(_, c)| c).collect();
    if let Some(a) = ld {
        published.extend(ld_date(a, "datePublished"));
        published.extend(ld_date(a, "dateCreated"));
        modified.extend(ld_date(a, "dateModified"));
    }
    published.extend(all.iter().filter_map(|o| ld_date(o, "datePublished")));
    modified.extend(all.iter().filter_map(|o| ld_date(o, "dateModified")));
    for e in doc.select(&sel.itemprop_dates) {
        if e.value().name() == "meta" {
            continue;
        }
        let v = e
            .attr("datetime")
            .or_else(|| e.attr("content"))
            .map(str::to_string)
            .or_else(|| text_of(e));
        if let Some(v) = v {
            if e.attr("itemprop") == Some("dateModified") {
                modified.push(v);
            } else {
                published.push(v);
            }
        }
    }
    let times = doc
        .select(&sel.time_in_story)
        .chain(doc.select(&sel.time).take(1));
    let mut weak: Vec<String> = times
        .filter_map(|e| e.attr("datetime").map(str::to_string))
        .collect();
    weak.extend(url.and_then(crate::date::from_url));
    let published = pick_tiers(&published, &weak)
        .or_else(|| date_line(doc, crate::date::Label::Published))
        .or_else(|| labelled_date(doc));
    let modified =
        pick_tiers(&modified, &[]).or_else(|| date_line(doc, crate::date::Label::Modified));
    (published, modified)
}

/// A date printed in a short element whose class says it holds one: "Published March 19,
/// 2024", "19 March 2024".
fn date_line(doc: &Page, want: crate::date::Label) -> Option<String> {
    doc.select(&SEL.date_elements).take(50).find_map(|e| {
        let t = text_of(e)?;
        if t.len() > 90 {
            return None;
        }
        match crate::date::from_line(&t) {
            Some((label, s)) => (label == want).then(|| s.to_rfc3339()),
            None if want == crate::date::Label::Published => {
                crate::date::parse(&t).map(|s| s.to_rfc3339())
            }
            None => None,
        }
    })
}

/// A date a short element of the page says with its label, whatever the element's class:
/// "publiziert am 25. September 2018" in a bare `<span>`. The first of the page's short
/// text elements whose text is such a line.
fn labelled_date(doc: &Page) -> Option<String> {
    doc.select(&SEL.short_text)
        .take(LABELLED_DATE_ELEMENTS)
        .find_map(|e| {
            let t = text_of(e)?;
            if t.len() > 90 {
                return None;
            }
            match crate::date::from_line(&t)? {
                (crate::date::Label::Published, s) => Some(s.to_rfc3339()),
                _ => None,
            }
        })
}

/// How many short text elements are read for a labelled date.
const LABELLED_DATE_ELEMENTS: usize = 400;

/// A JSON-LD date: a string, or the first of an array of them.
fn ld_date(v: &Value, key: &str) -> Option<String> {
    match v.get(key)? {
        Value::String(s) => Some(s.clone()),
        Value::Array(items) => items.iter().find_map(|i| i.as_str().map(str::to_string)),
        _ => None,
    }
}

/// The languages the markup declares: `<html lang>` (or `xml:lang`), content-language meta
/// tags, og:locale, JSON-LD `inLanguage`. Tidied and without repeats.
fn declared_languages(doc: &Page, ld: Option<&Value>) -> Vec<String> {
    let sel = &*SEL;
    let mut out: Vec<String> = Vec::new();
    if let Some(h) = doc.select(&sel.html).next() {
        out.extend(
            h.attr("lang")
                .or_else(|| h.attr("xml:lang"))
                .and_then(crate::lang::tidy),
        );
    }
    let mut locale = Vec::new();
    for e in doc.select(&sel.meta) {
        let Some(content) = e.attr("content") else {
            continue;
        };
        for key in ["http-equiv", "name", "property", "itemprop"] {
            let Some(k) = e.attr(key) else { continue };
            match k.trim().to_ascii_lowercase().as_str() {
                "content-language" | "language" | "dc.language" | "inlanguage" => {
                    // "en, fr": the first.
                    out.extend(content.split(',').next().and_then(crate::lang::tidy));
                }
                "og:locale" => locale.extend(crate::lang::tidy(content)),
                _ => {}
            }
        }
    }
    out.extend(locale);
    if let Some(a) = ld {
        let tag = match a.get("inLanguage") {
            Some(Value::String(s)) => Some(s.as_str()),
            Some(Value::Object(o)) => o
                .get("alternateName")
                .or_else(|| o.get("name"))
                .and_then(Value::as_str),
            _ => None,
        };
        out.extend(tag.and_then(crate::lang::tidy));
    }
    let mut seen = Vec::new();
    out.retain(|t| {
        let new = !seen.contains(t);
        seen.push(t.clone());
        new
    });
    out
}

const ARTICLE_TYPES: &[&str] = &[
    "NewsArticle",
    "Article",
    "BlogPosting",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "LiveBlogPosting",
    "WebPage",
    "Report",
    "ScholarlyArticle",
];

/// Every object in the page's JSON-LD, through `@graph` and arrays (each without its
/// `@graph`).
fn json_ld_objects(doc: &Page) -> Vec<Value> {
    let mut out = Vec::new();
    for script in doc.select(&SEL.ld_json) {
        let raw: String = script.text().collect();
        let Ok(v) = serde_json::from_str::<Value>(raw.trim()) else {
            continue;
        };
        let mut stack = vec![v];
        while let Some(v) = stack.pop() {
            match v {
                Value::Array(items) => stack.extend(items),
                Value::Object(mut o) => {
                    if let Some(g) = o.remove("@graph") {
                        stack.push(g);
                    }
                    out.push(Value::Object(o));
                }
                _ => {}
            }
        }
    }
    out
}

/// The first article-typed object of the page's JSON-LD objects.
fn json_ld(objects: &[Value]) -> Option<Value> {
    let mut found: Option<(usize, &Value)> = None;
    for o in objects {
        let types: Vec<&str> = match o.get("@type") {
            Some(Value::String(t)) => vec![t.as_str()],
            Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
            _ => vec![],
        };
        if let Some(rank) = types
            .iter()
            .filter_map(|t| ARTICLE_TYPES.iter().position(|a| a == t))
            .min()
            && found.as_ref().is_none_or(|(r, _)| rank < *r)
        {
            found = Some((rank, o));
        }
    }
    let mut article = found.map(|(_, v)| v.clone())?;
    resolve_authors(&mut article, objects);
    Some(article)
}

/// An `author` given by reference only (`{"@id": "https://site/#/schema/person/1"}`, as
/// Yoast's graphs write it) replaced by the node it names, when the page holds it.
fn resolve_authors(article: &mut Value, objects: &[Value]) {
    let node = |id: &str| {
        objects
            .iter()
            .find(|o| o.get("@id").and_then(Value::as_str) == Some(id))
            .cloned()
    };
    let resolve = |a: &mut Value| {
        if let Value::Object(o) = a
            && o.get("name").is_none()
            && let Some(found) = o.get("@id").and_then(Value::as_str).and_then(node)
        {
            *a = found;
        }
    };
    match article.get_mut("author") {
        Some(Value::Array(items)) => items.iter_mut().for_each(resolve),
        Some(one) => resolve(one),
        None => {}
    }
}

fn str_field(v: &Value, key: &str) -> Option<String> {
    v.get(key).and_then(Value::as_str).and_then(clean)
}

/// The story's authors from the first source that names a person: JSON-LD `author` (people,
/// not organisations), the author meta tags, `article:author` when it is a name and not an
/// address, the text of `rel="author"` links.
fn page_authors(
    doc: &Page,
    ld: Option<&Value>,
    site: Option<&str>,
    visible: Option<Vec<String>>,
) -> Vec<String> {
    let sel = &*SEL;
    let split_all = |names: Vec<String>| -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for n in names {
            for a in crate::authors::split(&n, site) {
                if !out.iter().any(|o| o.eq_ignore_ascii_case(&a)) {
                    out.push(a);
                }
            }
        }
        out
    };
    let from_ld = ld.map(|a| split_all(people(a))).unwrap_or_default();
    if !from_ld.is_empty() {
        return from_ld;
    }
    let contents = |s: &Sel| -> Vec<String> {
        doc.select(s)
            .filter_map(|e| e.attr("content").and_then(clean))
            .filter(|c| !c.contains("://") && !c.starts_with("www."))
            .collect()
    };
    for names in [contents(&sel.author), contents(&sel.article_author)] {
        let found = split_all(names);
        if !found.is_empty() {
            return found;
        }
    }
    let marked = split_all(
        doc.select(&sel.marked_author)
            .take(10)
            .filter_map(marked_name)
            .collect(),
    );
    if !marked.is_empty() {
        return marked;
    }
    if let Some(people) = visible {
        return people;
    }
    split_all(
        doc.select(&sel.rel_author)
            .take(10)
            .filter_map(text_of)
            .collect(),
    )
}

/// Weekday and month names that begin the date printed after a byline's names.
#[rustfmt::skip]
const DATE_WORDS_EN: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
    "wed", "thu", "fri", "sat", "sun", "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "updated", "published",
];

/// Words a visible byline opens with, in the languages scraped news comes in.
const BY_WORDS: &[&str] = &[
    "by ", "von ", "por ", "par ", "di ", "door ", "przez ", "av ",
];

/// The page's visible byline that names people: the first short element classed as a byline
/// whose text opens with "By" (or its word in another language), outside the discussion,
/// and the people it names. (text without "By", people)
fn visible_byline(doc: &Page, site: Option<&str>) -> Option<(String, Vec<String>)> {
    doc.select(&SEL.byline_element).take(20).find_map(|e| {
        let text = marked_name(e)?;
        if text.len() > 100 {
            return None;
        }
        let lower = text.to_lowercase();
        let by = BY_WORDS.iter().find(|w| lower.starts_with(*w))?;
        // The names end where the date or time printed beside them begins.
        let rest = text[by.len()..].trim();
        let end = rest
            .split_whitespace()
            .position(|w| {
                let w = w.trim_matches(|c: char| !c.is_alphanumeric());
                w.chars().any(|c| c.is_ascii_digit())
                    || DATE_WORDS_EN.contains(&w.to_lowercase().as_str())
            })
            .map_or(rest.len(), |i| {
                rest.split_whitespace()
                    .take(i)
                    .map(|w| w.len() + 1)
                    .sum::<usize>()
                    .min(rest.len())
            });
        let names = rest[..end]
            .trim()
            .trim_end_matches([',', '|', '-', '–', '·'])
            .trim();
        let people = crate::authors::split(names, site);
        (!people.is_empty()).then(|| (names.to_string(), people))
    })
}

/// A marked-up author's name: a `<meta>`'s content or the element's text, outside the
/// discussion (a commenter's hCard is marked up the same way).
fn marked_name(e: scraper::ElementRef) -> Option<String> {
    let in_comments = e
        .ancestors()
        .filter_map(scraper::ElementRef::wrap)
        .any(|a| {
            [a.value().attr("class"), a.value().attr("id")]
                .into_iter()
                .flatten()
                .any(|v| v.to_ascii_lowercase().contains("comment"))
        });
    if in_comments {
        return None;
    }
    e.attr("content").and_then(clean).or_else(|| text_of(e))
}

/// JSON-LD `author`'s people: strings, and objects with a `name` that are not typed as an
/// organisation (a wire agency, the publisher).
fn people(v: &Value) -> Vec<String> {
    let person = |a: &Value| match a {
        Value::String(s) => clean(s),
        Value::Object(o) => {
            let organisation = match o.get("@type") {
                Some(Value::String(t)) => t == "Organization" || t == "NewsMediaOrganization",
                _ => false,
            };
            if organisation {
                return None;
            }
            o.get("name").and_then(Value::as_str).and_then(clean)
        }
        _ => None,
    };
    match v.get("author") {
        Some(Value::Array(items)) => items.iter().filter_map(person).collect(),
        Some(one) => person(one).into_iter().collect(),
        None => Vec::new(),
    }
}

/// Class names and ids that mark a paywall's element, whole: the compounds sites build on
/// them (`paywall-login-link`, `paywall-modal`) sit on their free pages too.
const PAYWALL_WORDS: &[&str] = &["paywall", "paywalled"];

/// `article:content_tier` values that say the story is not free to read.
const CLOSED_TIERS: &[&str] = &["locked", "metered"];

/// Whether the page marks the story as not free to read: `isAccessibleForFree` false in any
/// JSON-LD object or one of its `hasPart`, or in microdata; a closed `article:content_tier`;
/// an element whose class name or id is `paywall` (whole), outside the page's header,
/// navigation and footer.
fn paywalled(doc: &Page, objects: &[Value]) -> bool {
    let sel = &*SEL;
    let closed = |v: &Value| match v {
        Value::Bool(b) => !b,
        Value::String(s) => matches!(s.trim().to_ascii_lowercase().as_str(), "false" | "no"),
        _ => false,
    };
    let object_closed = |o: &Value| o.get("isAccessibleForFree").is_some_and(closed);
    let ld = objects.iter().any(|o| {
        object_closed(o)
            || match o.get("hasPart") {
                Some(Value::Array(parts)) => parts.iter().any(object_closed),
                Some(part) => object_closed(part),
                None => false,
            }
    });
    let microdata = doc.select(&sel.free_microdata).any(|e| {
        e.attr("content")
            .is_some_and(|c| closed(&Value::String(c.to_string())))
    });
    let tier = doc.select(&sel.content_tier).any(|e| {
        e.attr("content")
            .is_some_and(|c| CLOSED_TIERS.contains(&c.trim().to_ascii_lowercase().as_str()))
    });
    let markup = doc.select(&sel.paywall_markup).any(|e| {
        let named = |a: Option<&str>| {
            a.is_some_and(|s| {
                s.split_whitespace()
                    .any(|w| PAYWALL_WORDS.iter().any(|p| w.eq_ignore_ascii_case(p)))
            })
        };
        let in_chrome = e
            .ancestors()
            .filter_map(scraper::ElementRef::wrap)
            .any(|a| {
                matches!(a.value().name(), "header" | "nav" | "footer")
                    || matches!(a.value().attr("role"), Some("banner" | "navigation"))
            });
        (named(e.attr("class")) || named(e.attr("id"))) && !in_chrome
    });
    ld || microdata || tier || markup
}

/// `author` as a string, an object with `name`, or an array of either.
fn authors(v: &Value) -> Option<String> {
    let name = |a: &Value| match a {
        Value::String(s) => clean(s),
        Value::Object(o) => o.get("name").and_then(Value::as_str).and_then(clean),
        _ => None,
    };
    let names: Vec<String> = match v.get("author")? {
        Value::Array(items) => items.iter().filter_map(name).collect(),
        one => name(one).into_iter().collect(),
    };
    let names: Vec<String> = names
        .into_iter()
        .filter(|n| !n.starts_with("http"))
        .collect();
    match names.len() {
        0 => None,
        1 => names.into_iter().next(),
        _ => {
            let (last, rest) = names.split_last()?;
            Some(format!("{} and {last}", rest.join(", ")))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_selector_finds_in_its_pool_what_it_finds_in_the_whole_page() {
        let mut pages: Vec<String> = vec![
            r#"<html lang="en"><head><title>T</title><meta name="author" content="A">
            <link rel="canonical" href="https://x.example/a"><script type="Application/LD+JSON">{}</script>
            </head><body><svg><title>icon</title><meta content="x"/></svg>
            <table><p class="byline">foster parented <time datetime="2024-01-02">x</time></p><tr><td>c</td></tr></table>
            <div ID="Paywall" CLASS="PublishDate"><span itemprop="author"><b itemprop="name">N</b></span></div>
            <a rel="author" href="/a">R</a><h1>H</h1><em>e</em><dd>d</dd>
            <div class="byline"><span class="author vcard"><i class="fn">F</i></span></div>
            <article><header><time datetime="2024-01-03" class="published">y</time></header></article>
            </body></html>"#
                .to_string(),
        ];
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/html");
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "html") {
                pages.push(String::from_utf8_lossy(&std::fs::read(path).unwrap()).into_owned());
            }
        }
        assert!(pages.len() > 5);
        for page in &pages {
            let doc = Html::parse_document(page);
            let indexed = Page::new(&doc);
            for sel in SEL.all() {
                let whole: Vec<_> = doc.select(&sel.sel).map(|e| e.id()).collect();
                let pooled: Vec<_> = indexed.select(sel).map(|e| e.id()).collect();
                assert_eq!(pooled, whole, "{:?}", sel.sel);
            }
        }
    }

    #[test]
    fn metadata_from_tags_and_json_ld() {
        let doc = Html::parse_document(
            r#"<html lang="en-GB"><head><title>Strikes hit Iraq | The Daily</title>
            <meta property="og:site_name" content="The Daily">
            <link rel="canonical" href="https://daily.example/iraq">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"The Daily"},
              {"@type":"NewsArticle","headline":"US strikes two sites in Iraq",
               "datePublished":"2023-11-22T10:15:00+0530",
               "author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}]}]}
            </script></head><body></body></html>"#,
        );
        let m = read(&doc);
        assert_eq!(m.title.as_deref(), Some("US strikes two sites in Iraq"));
        assert_eq!(m.byline.as_deref(), Some("Jane Doe and John Roe"));
        assert_eq!(m.published.as_deref(), Some("2023-11-22T10:15:00+05:30"));
        assert_eq!(m.site.as_deref(), Some("The Daily"));
        assert_eq!(m.language.as_deref(), Some("en-GB"));
        assert_eq!(m.url.as_deref(), Some("https://daily.example/iraq"));
    }

    #[test]
    fn title_falls_back_to_the_title_tag_without_the_site() {
        let doc =
            Html::parse_document("<title>Strikes hit two facilities in Iraq - The Daily</title>");
        assert_eq!(
            read(&doc).title.as_deref(),
            Some("Strikes hit two facilities in Iraq")
        );
    }

    fn dates_of(head: &str, body: &str) -> (Option<String>, Option<String>) {
        let m = read(&Html::parse_document(&format!(
            "<html><head>{head}</head><body>{body}</body></html>"
        )));
        (m.published, m.modified)
    }

    #[test]
    fn dates_from_meta_tags() {
        for key in [
            r#"property="article:published_time""#,
            r#"property="og:published_time""#,
            r#"itemprop="datePublished""#,
            r#"name="pubdate""#,
            r#"name="publishdate""#,
            r#"name="date""#,
            r#"name="DC.date.issued""#,
            r#"name="sailthru.date""#,
            r#"name="parsely-pub-date""#,
        ] {
            let (p, _) = dates_of(
                &format!(r#"<meta {key} content="2024-03-15T09:00:00-04:00">"#),
                "",
            );
            assert_eq!(p.as_deref(), Some("2024-03-15T09:00:00-04:00"), "{key}");
        }
        let (p, m) = dates_of(
            r#"<meta property="article:published_time" content="2024-03-15T09:00:00Z">
            <meta property="og:updated_time" content="2024-03-16T10:30:00+01:00">"#,
            "",
        );
        assert_eq!(p.as_deref(), Some("2024-03-15T09:00:00Z"));
        assert_eq!(m.as_deref(), Some("2024-03-16T10:30:00+01:00"));
        let (_, m) = dates_of(
            r#"<meta property="article:modified_time" content="2024-03-16">"#,
            "",
        );
        assert_eq!(m.as_deref(), Some("2024-03-16"));
    }

    #[test]
    fn dates_from_json_ld_in_a_graph_and_in_arrays() {
        let (p, m) = dates_of(
            r#"<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},
              {"@type":"NewsArticle","datePublished":"2024-03-15T09:00:00+05:30",
               "dateModified":"2024-03-15T11:00:00+05:30"}]}</script>"#,
            "",
        );
        assert_eq!(p.as_deref(), Some("2024-03-15T09:00:00+05:30"));
        assert_eq!(m.as_deref(), Some("2024-03-15T11:00:00+05:30"));
        let (p, _) = dates_of(
            r#"<script type="application/ld+json">[{"@type":"BreadcrumbList"},
              {"@type":"VideoObject","datePublished":"2024-03-15"}]</script>"#,
            "",
        );
        assert_eq!(p.as_deref(), Some("2024-03-15"));
    }

    #[test]
    fn dates_from_time_elements_the_article_one_first() {
        let (p, _) = dates_of(
            "",
            r#"<aside><time datetime="2020-01-01T00:00:00Z">old</time></aside>
            <article><header><time datetime="2024-03-15T09:00:00+01:00">15 March</time></header>
            <p>Story.</p></article>"#,
        );
        assert_eq!(p.as_deref(), Some("2024-03-15T09:00:00+01:00"));
        let (p, _) = dates_of("", r#"<time datetime="2024-03-15">15 March</time>"#);
        assert_eq!(p.as_deref(), Some("2024-03-15"));
    }

    #[test]
    fn dates_from_the_address_and_a_date_line() {
        let (p, _) = dates_of(
            r#"<link rel="canonical" href="https://x.example/news/2024/03/15/bridge-closed">"#,
            "",
        );
        assert_eq!(p.as_deref(), Some("2024-03-15"));
        let (p, m) = dates_of(
            "",
            r#"<div class="article-date">Published March 15, 2024</div>
            <span class="updated-date">Updated: 16 Mar 2024 08:30 GMT</span>"#,
        );
        assert_eq!(p.as_deref(), Some("2024-03-15"));
        assert_eq!(m.as_deref(), Some("2024-03-16T08:30:00Z"));
    }

    #[test]
    fn a_date_alone_gives_way_to_the_same_day_with_a_time() {
        let (p, _) = dates_of(
            r#"<meta name="date" content="2024-03-15">
            <meta name="sailthru.date" content="2024-03-15 09:00:00 -0400">"#,
            "",
        );
        assert_eq!(p.as_deref(), Some("2024-03-15T09:00:00-04:00"));
    }

    #[test]
    fn an_instant_wins_over_a_local_time_without_a_zone_and_keeps_the_local_offset() {
        let (p, _) = dates_of(
            r#"<meta name="sailthru.date" content="2019-11-18 20:58:46">
            <script type="application/ld+json">{"@type":"NewsArticle",
              "datePublished":"2019-11-19T04:58:46Z"}</script>"#,
            "",
        );
        assert_eq!(p.as_deref(), Some("2019-11-19T04:58:46Z"));
        let (p, _) = dates_of(
            r#"<meta name="parsely-pub-date" content="2019-11-18T11:30:00Z">"#,
            r#"<time itemprop="datePublished" datetime="2019-11-18T06:30:00-05:00">Nov 18</time>"#,
        );
        assert_eq!(p.as_deref(), Some("2019-11-18T06:30:00-05:00"));
    }

    #[test]
    fn an_invalid_date_is_dropped_for_the_next_source() {
        let (p, _) = dates_of(
            r#"<meta property="article:published_time" content="2024-13-15T09:00:00Z">"#,
            "",
        );
        assert_eq!(p, None);
        let (p, _) = dates_of(
            r#"<meta property="article:published_time" content="2024-01-32T09:00:00Z">
            <script type="application/ld+json">{"@type":"NewsArticle",
              "datePublished":"0000-00-00T00:00:00Z"}</script>"#,
            r#"<time datetime="2024-01-30T09:00:00+09:00">30 Jan</time>"#,
        );
        assert_eq!(p.as_deref(), Some("2024-01-30T09:00:00+09:00"));
    }

    #[test]
    fn declared_languages_in_order() {
        let m = read(&Html::parse_document(
            r#"<html><head><meta http-equiv="content-language" content="de-de">
            <meta property="og:locale" content="fr_FR">
            <script type="application/ld+json">{"@type":"NewsArticle","inLanguage":"es"}</script>
            </head></html>"#,
        ));
        assert_eq!(m.language.as_deref(), Some("de-DE"));
        assert_eq!(m.languages, ["de-DE", "fr-FR", "es"]);
    }

    fn meta_of(head: &str, body: &str) -> PageMeta {
        read(&Html::parse_document(&format!(
            r#"<html><head><meta property="og:site_name" content="The Daily">{head}</head><body>{body}</body></html>"#
        )))
    }

    #[test]
    fn a_visible_byline_naming_people_beats_an_author_tag_naming_the_outlet() {
        let m = read(&Html::parse_document(
            r#"<meta name="author" content="AppleInsider"><meta property="og:site_name" content="AppleInsider">
               <p class="byline">By <a href="/cdn-cgi/l/email-protection">Mike Wuerthele and Malcolm Owen</a> Monday, November 18, 2019, 04:05 pm PT</p>"#,
        ));
        assert_eq!(m.byline.as_deref(), Some("Mike Wuerthele and Malcolm Owen"));
        assert_eq!(m.authors, ["Mike Wuerthele", "Malcolm Owen"]);
        // A byline that names a person already is kept.
        let m = read(&Html::parse_document(
            r#"<meta name="author" content="Jane Doe"><p class="byline">By John Roe</p>"#,
        ));
        assert_eq!(m.byline.as_deref(), Some("Jane Doe"));
    }

    #[test]
    fn authors_marked_up_in_microdata_hcard_or_the_byline() {
        for (page, who) in [
            (
                r#"<div itemprop="author" itemscope><span itemprop="name">Jane Doe</span></div>"#,
                "Jane Doe",
            ),
            (
                r#"<span class="byline"> by <span class="author vcard"><a class="url fn n" href="/a/">Jane Doe</a></span></span>"#,
                "Jane Doe",
            ),
            (
                r#"<h6><em class="byline__by">By </em><a href="/authors/x/"><span class="byline__author">Carrie Arnold</span></a></h6>"#,
                "Carrie Arnold",
            ),
        ] {
            let m = read(&Html::parse_document(page));
            assert_eq!(m.byline.as_deref(), Some(who), "{page}");
            assert_eq!(m.authors, [who], "{page}");
        }
        // A commenter's hCard names no author of the story.
        let m = read(&Html::parse_document(
            r#"<ol class="comment-list"><li><span class="vcard author"><b class="fn">Reader</b></span></li></ol>"#,
        ));
        assert!(m.authors.is_empty() && m.byline.is_none());
    }

    #[test]
    fn an_author_given_by_reference_in_a_graph_is_followed_to_its_node() {
        let m = read(&Html::parse_document(
            r#"<script type="application/ld+json">{"@graph":[
               {"@type":"Article","headline":"A","author":{"@id":"https://s.example/#/person/1"}},
               {"@type":"Person","@id":"https://s.example/#/person/1","name":"Jane Doe"}]}</script>"#,
        ));
        assert_eq!(m.authors, ["Jane Doe"]);
        assert_eq!(m.byline.as_deref(), Some("Jane Doe"));
    }

    #[test]
    fn authors_from_json_ld_as_a_string_an_object_or_an_array() {
        let ld = |author: &str| {
            meta_of(
                &format!(
                    r#"<script type="application/ld+json">{{"@type":"NewsArticle","author":{author}}}</script>"#
                ),
                "",
            )
            .authors
        };
        assert_eq!(ld(r#""Jane Doe""#), ["Jane Doe"]);
        assert_eq!(ld(r#""Jane Doe and John Roe""#), ["Jane Doe", "John Roe"]);
        assert_eq!(ld(r#"{"@type":"Person","name":"Jane Doe"}"#), ["Jane Doe"]);
        assert_eq!(
            ld(r#"[{"@type":"Person","name":"Jane Doe"},"John Roe",
                {"@type":"Organization","name":"Reuters"}]"#),
            ["Jane Doe", "John Roe"]
        );
        // An organisation alone, or a profile's address, names no one.
        assert!(ld(r#"{"@type":"Organization","name":"The Daily Desk"}"#).is_empty());
        assert!(ld(r#""https://daily.example/staff/jane""#).is_empty());
    }

    #[test]
    fn authors_from_meta_tags_article_author_and_rel_author() {
        let m = meta_of(
            r#"<meta name="author" content="By Jane Doe, Staff Writer">"#,
            "",
        );
        assert_eq!(m.authors, ["Jane Doe"]);
        // article:author: a name is taken, an address is not.
        let m = meta_of(
            r#"<meta property="article:author" content="https://facebook.com/janedoe">"#,
            "",
        );
        assert!(m.authors.is_empty());
        let m = meta_of(
            r#"<meta property="article:author" content="Jane Doe | Reuters">"#,
            "",
        );
        assert_eq!(m.authors, ["Jane Doe"]);
        let m = meta_of(
            "",
            r#"<p>By <a rel="author" href="/jane">Jane Doe</a> and <a rel="author" href="/john">John Roe</a></p>"#,
        );
        assert_eq!(m.authors, ["Jane Doe", "John Roe"]);
        // The first source that names someone wins: JSON-LD over the meta tag.
        let m = meta_of(
            r#"<meta name="author" content="The Daily">
            <script type="application/ld+json">{"@type":"NewsArticle","author":"Jane Doe"}</script>"#,
            "",
        );
        assert_eq!(m.authors, ["Jane Doe"]);
    }

    #[test]
    fn paywalled_from_json_ld_microdata_tiers_and_markup() {
        let pw = |head: &str, body: &str| meta_of(head, body).paywalled;
        assert!(pw(
            r#"<script type="application/ld+json">{"@type":"NewsArticle","isAccessibleForFree":false}</script>"#,
            ""
        ));
        assert!(pw(
            r#"<script type="application/ld+json">{"@type":"NewsArticle","isAccessibleForFree":"False",
              "hasPart":{"@type":"WebPageElement","isAccessibleForFree":"False","cssSelector":".paid"}}</script>"#,
            ""
        ));
        assert!(pw(
            r#"<script type="application/ld+json">{"@type":"NewsArticle",
              "hasPart":[{"@type":"WebPageElement","isAccessibleForFree":false}]}</script>"#,
            ""
        ));
        assert!(pw(
            "",
            r#"<span itemprop="hasPart" itemscope><meta itemprop="isAccessibleForFree" content="False"></span>"#
        ));
        assert!(pw(
            r#"<meta property="article:content_tier" content="locked">"#,
            ""
        ));
        assert!(pw(
            "",
            r#"<article><div class="article-body paywall"><p>Text.</p></div></article>"#
        ));
        // Free: said so, or said nothing; a log-in box in the header is not a paywall.
        assert!(!pw(
            r#"<script type="application/ld+json">{"@type":"NewsArticle","isAccessibleForFree":true}</script>
            <meta property="article:content_tier" content="free">"#,
            r#"<header><div class="paywall"><a href="/login">Login</a></div></header>
            <div class="paywall-header-wrap"><a class="paywall-login-link">Login</a></div>"#
        ));
        assert!(!pw(
            r#"<script type="application/ld+json">{"@type":"NewsArticle","isAccessibleForFree":""}</script>"#,
            "<p>Text.</p>"
        ));
    }

    #[test]
    fn unknown_stays_none() {
        let m = read(&Html::parse_document("<p>nothing</p>"));
        assert!(m.byline.is_none() && m.published.is_none() && m.url.is_none());
    }
}
