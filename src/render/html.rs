//! `timeline.html`: one self-contained page with the SVG timeline inline, the event details
//! as a JSON block and a small script (`page.js`), so that clicking, focusing or pressing
//! Enter/Space on an event shows its full date and every source with its quote and link.
//!
//! Safety: article text is untrusted. In the SVG it is escaped by the renderer; in the JSON
//! block every `<`, `>` and `&` is written as a `\u00XX` escape, so no `</script>` or `<!--`
//! can end the block; the script sets text with `textContent` only, and links only to
//! http(s) URLs. The page loads nothing: its Content-Security-Policy is `default-src 'none'`
//! with the script allowed by its SHA-256 hash (not `'unsafe-inline'`), inline styles
//! allowed (the page's own `<style>`), and images from `data:` only.

use base64::Engine;
use serde::Serialize;
use sha2::{Digest, Sha256};

use super::theme::{Rgb, palette};
use super::{RenderError, RenderOptions, Theme, render_with, svg};
use crate::export::display::day_text;
use crate::export::display_date;
use crate::model::{Event, EventsFile, Status};

/// The page script, inlined verbatim (its hash goes into the CSP).
const SCRIPT: &str = include_str!("page.js");

/// Shown in the details panel when no event is open.
const HINT: &str = "Select an event to read its sources: click it, or Tab to it and press \
Enter. Arrow keys move between events; Escape closes the details.";

/// One event as the details panel shows it.
#[derive(Serialize)]
struct Details {
    id: String,
    /// The full date, worded ("26 January 2022", "week of 24 January 2022").
    date: String,
    title: String,
    /// Importance from events.json (1 = most important), when the file has ranks.
    rank: Option<u32>,
    planned: bool,
    /// Only someone's account, attributed in the sources.
    reported: bool,
    conflicts: Vec<String>,
    sources: Vec<Source>,
}

#[derive(Serialize)]
struct Source {
    outlet: String,
    title: Option<String>,
    published: Option<String>,
    /// Only an http(s) URL; anything else (javascript:, file:, relative) is dropped.
    url: Option<String>,
    quotes: Vec<Quote>,
}

#[derive(Serialize)]
struct Quote {
    /// The temporal expression as written.
    when: String,
    sentence: String,
}

#[derive(Serialize)]
struct PageData<'a> {
    hint: &'a str,
    events: Vec<Details>,
}

/// The URL if it is an absolute http(s) URL without whitespace or quotes.
fn web_url(url: Option<&str>) -> Option<String> {
    let u = url?.trim();
    let lower = u.to_ascii_lowercase();
    let ok = (lower.starts_with("http://") || lower.starts_with("https://"))
        && u.len() > "https://".len()
        && !u
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '"');
    ok.then(|| u.to_string())
}

fn details(file: &EventsFile, ev: &Event) -> Details {
    let article = |id: &str| file.articles.iter().find(|a| a.id == id);
    let outlet = |id: &str| {
        article(id)
            .and_then(|a| a.source.clone())
            .filter(|s| !s.trim().is_empty())
            .unwrap_or_else(|| id.to_string())
    };
    // Every article that reports the event: its listed sources, then any other mentioned.
    let mut ids: Vec<&str> = ev.sources.iter().map(String::as_str).collect();
    for m in &ev.mentions {
        if !ids.contains(&m.article.as_str()) {
            ids.push(&m.article);
        }
    }
    let sources = ids
        .into_iter()
        .map(|id| {
            let a = article(id);
            Source {
                outlet: outlet(id),
                title: a.and_then(|a| a.title.clone()),
                published: a.and_then(|a| a.published).map(day_text),
                url: web_url(a.and_then(|a| a.url.as_deref())),
                quotes: ev
                    .mentions
                    .iter()
                    .filter(|m| m.article == id)
                    .map(|m| Quote {
                        when: m.text.clone(),
                        sentence: m.sentence.clone(),
                    })
                    .collect(),
            }
        })
        .collect();
    Details {
        id: ev.id.clone(),
        date: display_date(ev),
        title: ev.title.clone(),
        rank: ev.rank,
        planned: ev.status == Status::Planned,
        reported: ev.status == Status::Reported,
        conflicts: ev
            .conflicts
            .iter()
            .map(|c| format!("{} says {}", outlet(&c.article), c.value))
            .collect(),
        sources,
    }
}

/// JSON safe inside `<script type="application/json">`: `<`, `>` and `&` (only ever inside
/// strings) become `\u003c`, `\u003e`, `\u0026`, so `</script>` and `<!--` cannot occur.
fn script_json<T: Serialize>(value: &T) -> Result<String, RenderError> {
    let json = serde_json::to_string(value)
        .map_err(|e| RenderError::Draw(format!("event details could not be encoded: {e}")))?;
    Ok(json
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026"))
}

/// Text escaped for HTML content and attribute values.
fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The CSP source allowing exactly [`SCRIPT`].
fn script_hash() -> String {
    let digest = Sha256::digest(SCRIPT.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// The Content-Security-Policy of the page: nothing may be loaded from anywhere.
pub fn content_security_policy() -> String {
    format!(
        "default-src 'none'; script-src {}; style-src 'unsafe-inline'; img-src data:; \
         base-uri 'none'; form-action 'none'",
        script_hash()
    )
}

fn hex(c: Rgb) -> String {
    format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2)
}

fn style(theme: Theme) -> String {
    let p = palette(theme);
    let scheme = match theme {
        Theme::Light => "light",
        Theme::Dark => "dark",
    };
    format!(
        ":root {{ color-scheme: {scheme}; }}
body {{ margin: 0; background: {bg}; color: {ink};
  font-family: \"DejaVu Sans\", Verdana, sans-serif; line-height: 1.45; }}
main {{ padding: 12px 16px 32px; display: grid; gap: 16px; align-items: start;
  grid-template-columns: minmax(0, max-content) minmax(18em, 30em); }}
@media (max-width: 900px) {{ main {{ grid-template-columns: minmax(0, 1fr); }} }}
.picture {{ overflow-x: auto; margin: 0; }}
.picture svg {{ display: block; }}
.target {{ cursor: pointer; outline: none; }}
.target:hover rect:first-child {{ fill: {accent}; fill-opacity: 0.06; }}
.target:focus rect:first-child, .target[aria-expanded=\"true\"] rect:first-child {{
  fill: {accent}; fill-opacity: 0.1; stroke: {accent}; stroke-width: 2; }}
#details {{ position: sticky; top: 12px; max-height: calc(100vh - 24px); overflow-y: auto;
  padding: 4px 8px 0 12px; border-left: 4px solid {accent}; }}
#details:focus {{ outline: 2px solid {accent}; }}
#details .hint, #details .count, #details .expr, #details .published {{ color: {muted}; }}
#details .when {{ color: {accent}; font-weight: bold; margin: 0; }}
#details h2 {{ font-size: 1.2em; margin: 0.2em 0; }}
#details .conflict {{ color: {warn}; }}
#details ul {{ list-style: none; padding: 0; }}
#details li {{ margin: 0 0 1em; }}
#details .outlet {{ margin: 0; }}
#details blockquote {{ margin: 0.3em 0 0; padding-left: 0.8em; border-left: 3px solid {rule}; }}
#details .expr {{ margin: 0.1em 0 0.3em 1em; font-size: 0.9em; }}
#details a {{ color: {accent}; }}
",
        bg = hex(p.background),
        ink = hex(p.ink),
        muted = hex(p.muted),
        accent = hex(p.accent),
        warn = hex(p.warn),
        rule = hex(p.rule),
    )
}

/// The accessible name of an event's hit area: date, title, number of sources.
fn aria_label(ev: &Event) -> String {
    let n = ev.sources.len();
    let planned = match ev.status {
        Status::Planned => " (planned)",
        Status::Reported => " (reported)",
        Status::Happened => "",
    };
    format!(
        "{}{planned}: {}. {n} {}",
        display_date(ev),
        ev.title,
        if n == 1 { "source" } else { "sources" }
    )
}

/// Draws `file` as a self-contained interactive HTML page (see the module doc).
pub fn render_html(file: &EventsFile, opts: &RenderOptions) -> Result<String, RenderError> {
    let picture = render_with(file, opts, &|rank| {
        let ev = &file.events[rank];
        [
            svg::attr("data-event-id", &ev.id),
            svg::attr("tabindex", "0"),
            svg::attr("role", "button"),
            svg::attr("aria-label", &aria_label(ev)),
            svg::attr("aria-controls", "details"),
            svg::attr("aria-expanded", "false"),
        ]
        .concat()
    })?;
    let data = PageData {
        hint: HINT,
        events: file.events.iter().map(|ev| details(file, ev)).collect(),
    };
    let title = opts
        .title
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .unwrap_or("Timeline");
    let mut page = String::with_capacity(picture.len() + 4096);
    page.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    page.push_str(&format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">\n",
        escape_html(&content_security_policy())
    ));
    page.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    page.push_str("<meta name=\"referrer\" content=\"no-referrer\">\n");
    page.push_str(&format!("<title>{}</title>\n", escape_html(title)));
    page.push_str(&format!(
        "<style>\n{}</style>\n</head>\n",
        style(opts.theme)
    ));
    page.push_str("<body>\n<main>\n<figure class=\"picture\">\n");
    page.push_str(&picture);
    page.push_str("</figure>\n");
    page.push_str(&format!(
        "<section id=\"details\" aria-live=\"polite\" aria-label=\"Event details\" \
         tabindex=\"-1\">\n<p class=\"hint\">{}</p>\n</section>\n",
        escape_html(HINT)
    ));
    page.push_str("</main>\n<script type=\"application/json\" id=\"events\">");
    page.push_str(&script_json(&data)?);
    page.push_str("</script>\n<script>");
    page.push_str(SCRIPT);
    page.push_str("</script>\n</body>\n</html>\n");
    Ok(page)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_urls_become_links() {
        assert_eq!(
            web_url(Some("https://example.org/a")).as_deref(),
            Some("https://example.org/a")
        );
        assert_eq!(
            web_url(Some("HTTP://x.org")).as_deref(),
            Some("HTTP://x.org")
        );
        for bad in [
            "javascript:alert(1)",
            "file:///etc/passwd",
            "/relative",
            "https://",
            "https://x.org/\"onmouseover",
            "data:text/html,<script>",
        ] {
            assert_eq!(web_url(Some(bad)), None, "{bad}");
        }
    }

    #[test]
    fn json_block_cannot_be_closed_early() {
        let s = script_json(&vec!["</script><!-- <script>&"]).unwrap();
        assert!(
            !s.contains('<') && !s.contains('>') && !s.contains('&'),
            "{s}"
        );
        let back: Vec<String> = serde_json::from_str(&s).unwrap();
        assert_eq!(back[0], "</script><!-- <script>&");
    }

    #[test]
    fn script_has_no_closing_tag_and_its_hash_is_in_the_policy() {
        assert!(!SCRIPT.contains("</"));
        assert!(content_security_policy().contains(&script_hash()));
        assert!(content_security_policy().starts_with("default-src 'none'"));
    }
}
