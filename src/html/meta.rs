//! Page metadata: title, byline, published time, site, language, canonical URL — from meta
//! tags and JSON-LD (`NewsArticle` and kin), the page's own `<h1>` and `<title>`. What a page
//! does not say stays `None`.

use scraper::{Html, Selector};
use serde_json::Value;
use std::sync::LazyLock;

#[derive(Debug, Default, Clone)]
pub struct PageMeta {
    pub title: Option<String>,
    pub byline: Option<String>,
    pub published: Option<String>,
    pub site: Option<String>,
    pub language: Option<String>,
    pub url: Option<String>,
    /// The story's text as the page's JSON-LD gives it (`articleBody`), to cross-check the
    /// walk with.
    pub article_body: Option<String>,
    /// The page's summaries of the story (og:, twitter: and plain description, JSON-LD
    /// `description`): a standfirst printed above the story repeats one of them.
    pub descriptions: Vec<String>,
}

struct Selectors {
    og_title: Selector,
    tw_title: Selector,
    h1: Selector,
    title: Selector,
    author: Selector,
    rel_author: Selector,
    published: Selector,
    time: Selector,
    site: Selector,
    html: Selector,
    canonical: Selector,
    og_url: Selector,
    ld_json: Selector,
    description: Selector,
}

static SEL: LazyLock<Selectors> = LazyLock::new(|| {
    let s = |q: &str| Selector::parse(q).expect("metadata selector");
    Selectors {
        og_title: s(r#"meta[property="og:title"]"#),
        tw_title: s(r#"meta[name="twitter:title"]"#),
        h1: s("h1"),
        title: s("title"),
        author: s(
            r#"meta[name="author"], meta[name="byl"], meta[name="parsely-author"], meta[name="sailthru.author"]"#,
        ),
        rel_author: s(r#"[rel="author"]"#),
        published: s(
            r#"meta[property="article:published_time"], meta[itemprop="datePublished"], meta[name="pubdate"], meta[name="publishdate"], meta[name="date"], meta[property="og:published_time"]"#,
        ),
        time: s("time[datetime]"),
        site: s(r#"meta[property="og:site_name"]"#),
        html: s("html"),
        canonical: s(r#"link[rel="canonical"]"#),
        og_url: s(r#"meta[property="og:url"]"#),
        ld_json: s(r#"script[type="application/ld+json"]"#),
        description: s(
            r#"meta[property="og:description"], meta[name="description"], meta[name="twitter:description"], meta[property="twitter:description"], meta[itemprop="description"]"#,
        ),
    }
});

fn clean(s: &str) -> Option<String> {
    let t = crate::text::normalize::whitespace(&crate::text::normalize::decode_entities(s));
    (!t.is_empty()).then_some(t)
}

fn meta_content(doc: &Html, sel: &Selector) -> Option<String> {
    doc.select(sel)
        .find_map(|e| e.attr("content").and_then(clean))
}

fn text_of(e: scraper::ElementRef) -> Option<String> {
    clean(&e.text().collect::<Vec<_>>().join(" "))
}

pub fn read(doc: &Html) -> PageMeta {
    let sel = &*SEL;
    let ld = json_ld(doc);
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
    let byline = ld
        .as_ref()
        .and_then(authors)
        .or_else(|| meta_content(doc, &sel.author).filter(|a| !a.starts_with("http")))
        .or_else(|| doc.select(&sel.rel_author).next().and_then(text_of));
    let published = meta_content(doc, &sel.published)
        .or_else(|| ld.as_ref().and_then(|a| str_field(a, "datePublished")))
        .or_else(|| {
            doc.select(&sel.time)
                .find_map(|e| e.attr("datetime").and_then(clean))
        })
        .and_then(|d| rfc3339(&d));
    let site = meta_content(doc, &sel.site);
    let language = doc
        .select(&sel.html)
        .next()
        .and_then(|e| e.attr("lang"))
        .and_then(clean);
    let absolute = |u: &String| u.starts_with("http://") || u.starts_with("https://");
    let url = doc
        .select(&sel.canonical)
        .find_map(|e| e.attr("href").and_then(clean))
        .filter(absolute)
        .or_else(|| meta_content(doc, &sel.og_url).filter(absolute));
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
        published,
        site,
        language,
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

/// A date-time as RFC 3339, if the page gave one with a time and an offset; a date alone or a
/// time without a zone is not enough to state an instant, so it stays unknown.
fn rfc3339(s: &str) -> Option<String> {
    static RE: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(
            r"^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?)(Z|[+-]\d{2}:?\d{2})$",
        )
        .expect("rfc3339 pattern")
    });
    let c = RE.captures(s.trim())?;
    // Whole seconds: the fraction a CMS appends (".000") says nothing.
    let time = c.get(2)?.as_str().split('.').next()?;
    let time = if time.len() == 5 {
        format!("{time}:00")
    } else {
        time.to_string()
    };
    let mut zone = c.get(3)?.as_str().to_string();
    if zone.len() == 5 {
        zone.insert(3, ':');
    }
    Some(format!("{}T{time}{zone}", c.get(1)?.as_str()))
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

/// The first article-typed object in the page's JSON-LD (through `@graph` and arrays).
fn json_ld(doc: &Html) -> Option<Value> {
    let mut found: Option<(usize, Value)> = None;
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
                    let types: Vec<String> = match o.get("@type") {
                        Some(Value::String(t)) => vec![t.clone()],
                        Some(Value::Array(ts)) => ts
                            .iter()
                            .filter_map(|t| t.as_str().map(str::to_string))
                            .collect(),
                        _ => vec![],
                    };
                    if let Some(rank) = types
                        .iter()
                        .filter_map(|t| ARTICLE_TYPES.iter().position(|a| a == t))
                        .min()
                        && found.as_ref().is_none_or(|(r, _)| rank < *r)
                    {
                        found = Some((rank, Value::Object(o)));
                    }
                }
                _ => {}
            }
        }
    }
    found.map(|(_, v)| v)
}

fn str_field(v: &Value, key: &str) -> Option<String> {
    v.get(key).and_then(Value::as_str).and_then(clean)
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

    #[test]
    fn unknown_stays_none() {
        let m = read(&Html::parse_document("<p>nothing</p>"));
        assert!(m.byline.is_none() && m.published.is_none() && m.url.is_none());
    }
}
