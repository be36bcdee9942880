//! Web pages saved as `*.html` / `*.htm`: the article's text and metadata.
//!
//! **Metadata**, first found wins:
//! - date: `<meta property="article:published_time">`, JSON-LD `datePublished` of a
//!   `NewsArticle` (or `Article`, `ReportageNews`, `BlogPosting`, …), other date metas
//!   (`itemprop=datePublished`, `date`, `pubdate`, `DC.date.issued`, `parsely-pub-date`, …),
//!   then `<time datetime>` inside the article (never one in the page's navigation);
//! - title: JSON-LD `headline`, `og:title`, `twitter:title`, the first `<h1>`, then
//!   `<title>` without a trailing "| Site name";
//! - source: `og:site_name`, JSON-LD `publisher.name`, `application-name`;
//! - url: `<link rel=canonical>`, `og:url`, JSON-LD `url`.
//!
//! **Text**: the article's container is `[itemprop=articleBody]`, else the `<article>` with
//! the most paragraph text, else the element holding the densest block of `<p>`s (a `<p>`
//! counts for its parent and half for its grandparent), else
//! `<body>`. Inside it, navigation, headers, footers, asides, forms, scripts, figures and
//! anything whose class or id says ad, promo, share, related, newsletter, cookie, … are
//! left out; each paragraph, heading or list item becomes one paragraph of text, separated
//! by blank lines (`<br>` is a line break). Stock lines such as "Advertisement" are dropped.
//! If no text is found, JSON-LD `articleBody` is used.

use std::collections::HashMap;

use encoding_rs::Encoding;
use scraper::{ElementRef, Html, Node, Selector, node::Element};
use serde_json::Value;

/// What a page says about its article.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Page {
    pub title: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    /// The date as written, and where it was found.
    pub date: Option<(String, String)>,
    /// Paragraphs separated by blank lines.
    pub text: String,
}

/// The encoding a page declares in its first bytes (`<meta charset=…>` or
/// `content="text/html; charset=…"`), if any.
pub(crate) fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let at = lower.windows(8).position(|w| w == b"charset=")? + 8;
    let label: Vec<u8> = lower[at..]
        .iter()
        .skip_while(|b| **b == b'"' || **b == b'\'' || **b == b' ')
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(**b, b'-' | b'_' | b':' | b'.'))
        .copied()
        .collect();
    Encoding::for_label(&label)
}

fn sel(s: &str) -> Selector {
    Selector::parse(s).expect("valid selector")
}

/// Extracts metadata and article text from a page.
pub fn extract(html: &str) -> Page {
    let doc = Html::parse_document(html);
    let metas = metas(&doc);
    let meta =
        |keys: &[&str]| -> Option<String> { keys.iter().find_map(|k| metas.get(*k).cloned()) };
    let ld = json_ld(&doc);
    let ld_str = |key: &str| ld.as_ref().and_then(|o| string_of(o.get(key)?));

    let container = container(&doc);
    let mut text = container.map(paragraphs).unwrap_or_default();
    if text.trim().is_empty()
        && let Some(body) = ld_str("articleBody")
    {
        text = body;
    }

    let mut date = meta(&["article:published_time"])
        .map(|d| (d, "meta article:published_time".to_string()))
        .or_else(|| ld_str("datePublished").map(|d| (d, "JSON-LD datePublished".into())));
    if date.is_none() {
        const KEYS: [&str; 14] = [
            "datepublished",
            "og:published_time",
            "date",
            "pubdate",
            "publishdate",
            "publish-date",
            "publication_date",
            "dc.date.issued",
            "dcterms.issued",
            "dc.date",
            "dcterms.date",
            "parsely-pub-date",
            "sailthru.date",
            "article.published",
        ];
        date = KEYS
            .iter()
            .find_map(|k| metas.get(*k).map(|d| (d.clone(), format!("meta {k}"))));
    }
    if date.is_none() {
        date = time_element(&doc, container);
    }

    let h1 = doc
        .select(&sel("h1"))
        .map(|e| collapse(&e.text().collect::<String>()))
        .find(|t| !t.is_empty());
    let source = meta(&["og:site_name"])
        .or_else(|| {
            ld.as_ref()
                .and_then(|o| o.get("publisher"))
                .and_then(|p| string_of(p.get("name").unwrap_or(p)))
        })
        .or_else(|| meta(&["application-name"]));
    let title = ld_str("headline")
        .or_else(|| {
            meta(&["og:title", "twitter:title"]).map(|t| strip_named_site(&t, source.as_deref()))
        })
        .or(h1)
        .or_else(|| {
            doc.select(&sel("title"))
                .map(|e| collapse(&e.text().collect::<String>()))
                .find(|t| !t.is_empty())
                .map(|t| strip_site_suffix(&t, source.as_deref()))
        });
    let url = doc
        .select(&sel("link[rel=canonical]"))
        .filter_map(|e| e.attr("href"))
        .map(str::trim)
        .find(|h| h.starts_with("http"))
        .map(str::to_string)
        .or_else(|| meta(&["og:url"]))
        .or_else(|| ld_str("url"));

    Page {
        title,
        source,
        url,
        date,
        text,
    }
}

/// `<meta>` values by lowercased `property`, `name` or `itemprop`; the first of each wins.
fn metas(doc: &Html) -> HashMap<String, String> {
    let mut out = HashMap::new();
    for m in doc.select(&sel("meta")) {
        let Some(content) = m.attr("content").map(collapse).filter(|c| !c.is_empty()) else {
            continue;
        };
        for attr in ["property", "name", "itemprop"] {
            if let Some(k) = m.attr(attr) {
                out.entry(k.trim().to_ascii_lowercase())
                    .or_insert_with(|| content.clone());
            }
        }
    }
    out
}

const ARTICLE_TYPES: [&str; 9] = [
    "NewsArticle",
    "Article",
    "ReportageNews",
    "AnalysisNewsArticle",
    "BackgroundNewsArticle",
    "OpinionNewsArticle",
    "ReviewNewsArticle",
    "BlogPosting",
    "Report",
];

/// The first JSON-LD object of an article type, looking into arrays and `@graph`.
fn json_ld(doc: &Html) -> Option<serde_json::Map<String, Value>> {
    for script in doc.select(&sel(r#"script[type="application/ld+json"]"#)) {
        let raw: String = script.text().collect();
        let Ok(v) = serde_json::from_str::<Value>(raw.trim()) else {
            continue;
        };
        let mut stack = vec![v];
        while let Some(v) = stack.pop() {
            match v {
                Value::Array(items) => stack.extend(items.into_iter().rev()),
                Value::Object(mut o) => {
                    if let Some(g) = o.remove("@graph") {
                        stack.push(g);
                    }
                    let is_article = match o.get("@type") {
                        Some(Value::String(t)) => ARTICLE_TYPES.contains(&t.as_str()),
                        Some(Value::Array(ts)) => ts
                            .iter()
                            .any(|t| t.as_str().is_some_and(|t| ARTICLE_TYPES.contains(&t))),
                        _ => false,
                    };
                    if is_article {
                        return Some(o);
                    }
                }
                _ => {}
            }
        }
    }
    None
}

/// A string, or the `name`/`@id` of an object, or the first of an array.
fn string_of(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(collapse(s)).filter(|s| !s.is_empty()),
        Value::Object(o) => o.get("name").or_else(|| o.get("@id")).and_then(string_of),
        Value::Array(a) => a.first().and_then(string_of),
        _ => None,
    }
}

/// `<time datetime>` marked as the publication date, or the first one in the article.
fn time_element(doc: &Html, container: Option<ElementRef<'_>>) -> Option<(String, String)> {
    let marked = sel("time[itemprop=datePublished][datetime], time[pubdate][datetime]");
    if let Some(t) = doc.select(&marked).find_map(|e| e.attr("datetime")) {
        return Some((t.trim().to_string(), "<time> datePublished".into()));
    }
    let any = sel("time[datetime]");
    let scopes = doc
        .select(&sel("article"))
        .chain(container)
        .collect::<Vec<_>>();
    scopes
        .iter()
        .find_map(|s| s.select(&any).find(|e| !inside_boilerplate(*e)))
        .and_then(|e| e.attr("datetime"))
        .map(|t| {
            (
                t.trim().to_string(),
                "<time datetime> in the article".into(),
            )
        })
}

/// "Headline | Site" → "Headline", only when "Site" is the page's own site name.
fn strip_named_site(title: &str, site: Option<&str>) -> String {
    let Some(site) = site else {
        return title.to_string();
    };
    for sep in [" | ", " - ", " – ", " — "] {
        if let Some((head, tail)) = title.rsplit_once(sep)
            && tail.trim().eq_ignore_ascii_case(site.trim())
            && !head.trim().is_empty()
        {
            return head.trim().to_string();
        }
    }
    title.to_string()
}

/// "Headline | Site" or "Headline - Site" → "Headline".
fn strip_site_suffix(title: &str, site: Option<&str>) -> String {
    for sep in [" | ", " - ", " – ", " — ", " :: "] {
        if let Some((head, tail)) = title.rsplit_once(sep) {
            let tail_is_site = site.is_some_and(|s| tail.trim().eq_ignore_ascii_case(s.trim()))
                || tail.split_whitespace().count() <= 3;
            if tail_is_site && head.split_whitespace().count() >= 3 {
                return head.trim().to_string();
            }
        }
    }
    title.to_string()
}

// ---- finding the article's text ----

/// Elements never part of an article's text.
const SKIP_TAGS: [&str; 24] = [
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
    "iframe", "svg", "button", "select", "input", "textarea", "figure", "menu", "dialog", "object",
    "embed", "canvas", "video", "audio", "head",
];

/// Class or id words of page furniture.
const BOILER_WORDS: [&str; 44] = [
    "ad",
    "ads",
    "adv",
    "advert",
    "adverts",
    "advertisement",
    "advertising",
    "adsbygoogle",
    "adslot",
    "adunit",
    "dfp",
    "sponsor",
    "sponsored",
    "promo",
    "promotion",
    "related",
    "recommended",
    "share",
    "sharing",
    "social",
    "newsletter",
    "subscribe",
    "subscription",
    "signup",
    "cookie",
    "cookies",
    "consent",
    "banner",
    "nav",
    "navbar",
    "navigation",
    "menu",
    "breadcrumb",
    "breadcrumbs",
    "footer",
    "masthead",
    "sidebar",
    "comments",
    "comment",
    "popup",
    "modal",
    "paywall",
    "outbrain",
    "taboola",
];

/// Class or id words of the article itself, which outweigh furniture words.
const CONTENT_WORDS: [&str; 8] = [
    "article", "story", "body", "content", "main", "post", "entry", "text",
];

const ROLES: [&str; 9] = [
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "search",
    "menu",
    "menubar",
    "dialog",
    "alert",
];

fn is_boilerplate(e: &Element) -> bool {
    if SKIP_TAGS.contains(&e.name()) || e.attr("hidden").is_some() {
        return true;
    }
    if e.attr("aria-hidden") == Some("true") {
        return true;
    }
    if e.attr("role")
        .is_some_and(|r| ROLES.contains(&r.trim().to_ascii_lowercase().as_str()))
    {
        return true;
    }
    let mut words = Vec::new();
    for v in e.attr("class").into_iter().chain(e.attr("id")) {
        words.extend(
            v.split(|c: char| !c.is_ascii_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_ascii_lowercase),
        );
    }
    words.iter().any(|w| BOILER_WORDS.contains(&w.as_str()))
        && !words.iter().any(|w| CONTENT_WORDS.contains(&w.as_str()))
}

fn inside_boilerplate(e: ElementRef<'_>) -> bool {
    std::iter::successors(Some(e), |e| e.parent().and_then(ElementRef::wrap))
        .any(|a| is_boilerplate(a.value()))
}

/// Text length of the `<p>`s under `e` that are not page furniture.
fn paragraph_chars(e: ElementRef<'_>) -> usize {
    e.select(&sel("p"))
        .filter(|p| !inside_boilerplate(*p))
        .map(|p| p.text().map(|t| t.trim().len()).sum::<usize>())
        .sum()
}

fn container(doc: &Html) -> Option<ElementRef<'_>> {
    if let Some(e) = doc
        .select(&sel("[itemprop=articleBody]"))
        .find(|e| !inside_boilerplate(*e))
    {
        return Some(e);
    }
    let best_article = doc
        .select(&sel("article"))
        .filter(|e| !inside_boilerplate(*e))
        .map(|e| (paragraph_chars(e), e))
        .filter(|(n, _)| *n > 0)
        .max_by_key(|(n, _)| *n)
        .map(|(_, e)| e);
    if best_article.is_some() {
        return best_article;
    }
    // The densest block of paragraphs: each <p> counts fully for its parent and half for
    // its grandparent, so an article split over several sections is taken whole, while a
    // column of short teasers does not outweigh the article.
    let mut score: HashMap<ego_tree::NodeId, (usize, ElementRef<'_>)> = HashMap::new();
    for p in doc.select(&sel("p")).filter(|p| !inside_boilerplate(*p)) {
        let n: usize = p.text().map(|t| t.trim().len()).sum();
        let parent = p.parent().and_then(ElementRef::wrap);
        let grandparent = parent.and_then(|e| e.parent()).and_then(ElementRef::wrap);
        for (e, weight) in [(parent, 2), (grandparent, 1)] {
            if let Some(e) = e {
                score.entry(e.id()).or_insert((0, e)).0 += weight * n;
            }
        }
    }
    let best = score
        .into_values()
        .filter(|(n, _)| *n > 0)
        .max_by(|a, b| a.0.cmp(&b.0).then_with(|| b.1.id().cmp(&a.1.id())));
    if let Some((_, e)) = best {
        return Some(e);
    }
    doc.select(&sel("body")).next()
}

/// Elements that start a new paragraph.
const BLOCK_TAGS: [&str; 32] = [
    "p",
    "div",
    "section",
    "article",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dd",
    "dt",
    "blockquote",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "hr",
    "address",
    "details",
    "summary",
    "center",
    "figcaption",
    "caption",
    "body",
    "html",
];

/// Lines that are page furniture even inside the article.
const STOCK_LINES: [&str; 12] = [
    "advertisement",
    "advertisement:",
    "ad",
    "sponsored",
    "read more",
    "read more:",
    "continue reading",
    "share",
    "share this article",
    "skip to content",
    "story continues below advertisement",
    "subscribe",
];

/// The paragraphs of `root`, separated by blank lines.
fn paragraphs(root: ElementRef<'_>) -> String {
    let mut out = Vec::new();
    let mut cur = String::new();
    walk(*root, &mut out, &mut cur);
    flush(&mut cur, &mut out);
    out.join("\n\n")
}

/// A line break inside a paragraph (`<br>`), kept through whitespace collapsing.
const BR: char = '\u{2028}';

/// Depth-first over `root`'s children, without recursion (pages can nest deeply): a block
/// element flushes the paragraph on entry and on exit.
fn walk(root: ego_tree::NodeRef<'_, Node>, out: &mut Vec<String>, cur: &mut String) {
    enum Step<'a> {
        Enter(ego_tree::NodeRef<'a, Node>),
        Flush,
    }
    let mut stack: Vec<Step<'_>> = root.children().rev().map(Step::Enter).collect();
    while let Some(step) = stack.pop() {
        let node = match step {
            Step::Flush => {
                flush(cur, out);
                continue;
            }
            Step::Enter(n) => n,
        };
        match node.value() {
            Node::Text(t) => cur.push_str(t),
            Node::Element(e) => {
                if is_boilerplate(e) {
                    continue;
                }
                let name = e.name();
                if name == "br" {
                    cur.push(BR);
                    continue;
                }
                let block = BLOCK_TAGS.contains(&name);
                if block {
                    flush(cur, out);
                    stack.push(Step::Flush);
                }
                stack.extend(node.children().rev().map(Step::Enter));
            }
            _ => {}
        }
    }
}

fn flush(cur: &mut String, out: &mut Vec<String>) {
    let lines: Vec<String> = cur
        .split(BR)
        .map(collapse)
        .filter(|l| !l.is_empty())
        .collect();
    cur.clear();
    let para = lines.join("\n");
    if para.is_empty() || STOCK_LINES.contains(&para.to_lowercase().as_str()) {
        return;
    }
    out.push(para);
}

/// Whitespace runs → one space, trimmed.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn charset() {
        assert_eq!(
            declared_charset(b"<html><head><meta charset=\"ISO-8859-1\">"),
            Some(encoding_rs::WINDOWS_1252)
        );
        assert_eq!(
            declared_charset(
                b"<meta http-equiv=Content-Type content='text/html; charset=windows-1251'>"
            ),
            Some(encoding_rs::WINDOWS_1251)
        );
        assert_eq!(declared_charset(b"<html>"), None);
    }

    #[test]
    fn title_suffix() {
        assert_eq!(
            strip_site_suffix("Putin hopeful of deal with US | Bloomberg", None),
            "Putin hopeful of deal with US"
        );
        assert_eq!(strip_site_suffix("A - B", None), "A - B");
    }

    #[test]
    fn paragraphs_from_divs_and_brs() {
        let p = extract(
            "<body><div id=main><p>One <b>bold</b>\n  word.</p><div>Loose<br>line</div><ul><li>Item</li></ul></div></body>",
        );
        assert_eq!(p.text, "One bold word.\n\nLoose\nline\n\nItem");
    }
}
