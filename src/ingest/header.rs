//! Metadata at the top of a plain-text article, and the body that follows it.
//!
//! Two forms are recognised, tried in this order:
//!
//! 1. A **header block**: `key: value` lines at the very top, ended by a blank line (or by the
//!    first line that is not `key: value`; a single line running straight into the text
//!    counts only if it is a readable `date`). Keys are case-insensitive: `title` (or
//!    `headline`), `source` (`publisher`, `outlet`, `site`), `date` (`published`,
//!    `publication date`, `pubdate`), `url` (`link`); `author`, `byline`, `language`,
//!    `section`, `tags`, `description` are accepted and ignored. The block must hold at least
//!    one of the known keys, so an opening like `Moscow: Russian President …` stays text. The
//!    block is removed from the text.
//! 2. A **date line**: a first line ` date 2022-02-03 Putin hopeful of deal …`, as some
//!    archives prepend (the word `date`, an ISO date, then the headline). The date is taken,
//!    the rest of the line becomes the title *and stays as the first line of the text* (a
//!    headline is article text worth keeping); `date 2022-02-03` is dropped.
//!
//! Failing both, a first line that looks like a headline (short, alone in its paragraph, not
//! ending in a full stop) is offered as an inferred title, the lowest-precedence source of a
//! title; the text is unchanged.

use std::sync::LazyLock;

use regex::Regex;

/// Metadata found at the top of a text file; values as written (dates unparsed).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Header {
    pub title: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    /// The date as written, parsed later by [`super::date`].
    pub date: Option<String>,
    /// Keys of the header block that are not used (lowercased), for a note.
    pub ignored: Vec<String>,
    /// Which form the metadata came in.
    pub form: HeaderForm,
    /// A title guessed from a headline-like first line (used only if nothing else gives one).
    pub inferred_title: Option<String>,
}

/// How the metadata was written.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum HeaderForm {
    #[default]
    None,
    Block,
    DateLine,
    /// Markdown front matter (see [`super::markdown`]).
    FrontMatter,
}

/// What a metadata key means.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Field {
    Title,
    Source,
    Date,
    Url,
    Ignored,
}

/// The meaning of a header or front-matter key (case-insensitive), `None` if unknown.
pub(crate) fn field(key: &str) -> Option<Field> {
    let k = key.trim().to_ascii_lowercase().replace(['_', '-'], " ");
    Some(match k.as_str() {
        "title" | "headline" => Field::Title,
        "source" | "publisher" | "outlet" | "site" | "site name" | "publication" => Field::Source,
        "date" | "published" | "publication date" | "pubdate" | "date published"
        | "published at" | "published on" => Field::Date,
        "url" | "link" | "source url" | "canonical" => Field::Url,
        "author" | "authors" | "byline" | "by" | "language" | "lang" | "section" | "tags"
        | "keywords" | "description" | "summary" | "id" | "category" => Field::Ignored,
        _ => return None,
    })
}

/// `key: value` with a short key (up to three words, starting with a letter).
static KV: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*([A-Za-z][A-Za-z0-9_-]*(?: [A-Za-z0-9_-]+){0,2})\s*:\s*(.*?)\s*$")
        .expect("valid regex")
});

/// ` date 2022-02-03 Headline …`
static DATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*date\s+(\d{4}-\d{1,2}-\d{1,2})(?:\s+(.*?))?\s*$").expect("valid regex")
});

/// Splits `text` (already normalised to `\n` line ends) into its header and body.
pub fn split(text: &str) -> (Header, String) {
    let text = text.trim_start_matches(['\n', ' ', '\t']);
    if let Some((h, body)) = header_block(text) {
        return finish(h, body);
    }
    if let Some((h, body)) = date_line(text) {
        return finish(h, body);
    }
    finish(Header::default(), text.to_string())
}

fn finish(mut h: Header, body: String) -> (Header, String) {
    let body = body.trim_start_matches('\n').trim_end().to_string();
    if h.title.is_none() {
        h.inferred_title = headline(&body);
    }
    (h, body)
}

fn header_block(text: &str) -> Option<(Header, String)> {
    let mut h = Header {
        form: HeaderForm::Block,
        ..Header::default()
    };
    let mut known = 0;
    let mut consumed = 0; // bytes of `text` taken by the header
    let mut ended_by_blank = false;
    let mut any_unknown = false;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches('\n');
        if content.trim().is_empty() {
            if consumed > 0 {
                consumed += line.len();
                ended_by_blank = true;
            }
            break;
        }
        let Some(c) = KV.captures(content) else {
            break;
        };
        let (key, value) = (c[1].to_string(), c[2].to_string());
        consumed += line.len();
        let slot = match field(&key) {
            Some(Field::Title) => &mut h.title,
            Some(Field::Source) => &mut h.source,
            Some(Field::Date) => &mut h.date,
            Some(Field::Url) => &mut h.url,
            Some(Field::Ignored) => {
                h.ignored.push(key.to_ascii_lowercase());
                continue;
            }
            None => {
                any_unknown = true;
                h.ignored.push(key.to_ascii_lowercase());
                continue;
            }
        };
        known += 1;
        if slot.is_none() && !value.is_empty() {
            *slot = Some(value);
        }
    }
    // Unknown keys are only believable inside a block closed by a blank line.
    if known == 0 || (any_unknown && !ended_by_blank) {
        return None;
    }
    // Running straight into the text, a single line is a header only if it is a real date:
    // an opening like "Source: the ministry said …" is article text.
    let date_reads = h
        .date
        .as_deref()
        .is_some_and(|d| super::date::parse_publication_date(d).is_ok());
    if !ended_by_blank && known == 1 && !date_reads {
        return None;
    }
    Some((h, text[consumed..].to_string()))
}

fn date_line(text: &str) -> Option<(Header, String)> {
    let (first, rest) = text.split_once('\n').unwrap_or((text, ""));
    let c = DATE_LINE.captures(first)?;
    let title = c
        .get(2)
        .map(|m| m.as_str().trim().to_string())
        .filter(|t| !t.is_empty());
    let body = match &title {
        Some(t) => format!("{t}\n{rest}"),
        None => rest.to_string(),
    };
    let h = Header {
        date: Some(c[1].to_string()),
        title,
        form: HeaderForm::DateLine,
        ..Header::default()
    };
    Some((h, body))
}

/// The first line, if it reads like a headline: alone in its paragraph, 3 to 30 words, at
/// most 200 characters, not ending like a sentence of running text.
fn headline(body: &str) -> Option<String> {
    let mut lines = body.lines();
    let first = lines.next()?.trim();
    let next = lines.next()?;
    if !next.trim().is_empty() {
        return None;
    }
    let words = first.split_whitespace().count();
    let ends_like_prose = first.ends_with(['.', ',', ':', ';']) && !first.ends_with("..");
    if first.chars().count() > 200 || !(3..=30).contains(&words) || ends_like_prose {
        return None;
    }
    Some(first.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn block() {
        let (h, body) = split(
            "Title: A thing happened\nDATE: 3 February 2022\nsource: Reuters\nAuthor: X\n\nBody.\n",
        );
        assert_eq!(h.form, HeaderForm::Block);
        assert_eq!(h.title.as_deref(), Some("A thing happened"));
        assert_eq!(h.date.as_deref(), Some("3 February 2022"));
        assert_eq!(h.source.as_deref(), Some("Reuters"));
        assert_eq!(h.ignored, vec!["author"]);
        assert_eq!(body, "Body.");
    }

    #[test]
    fn url_and_time_values_keep_their_colons() {
        let (h, _) = split("url: https://example.com/a\ndate: 2022-02-03T10:00:00Z\n\nBody");
        assert_eq!(h.url.as_deref(), Some("https://example.com/a"));
        assert_eq!(h.date.as_deref(), Some("2022-02-03T10:00:00Z"));
    }

    #[test]
    fn block_without_blank_line() {
        let (h, body) = split("date: 2022-02-03\nThe text.");
        assert_eq!(
            (h.date.as_deref(), body.as_str()),
            (Some("2022-02-03"), "The text.")
        );
        let t = "Source: the ministry said on Tuesday that\ntalks would go on.";
        let (h, body) = split(t);
        assert_eq!((h.form, body.as_str()), (HeaderForm::None, t));
        let (h, body) = split("title: T\nsource: S\nText.");
        assert_eq!((h.title.as_deref(), body.as_str()), (Some("T"), "Text."));
    }

    #[test]
    fn dateline_opening_is_text() {
        let t = "Moscow: Russian President Vladimir Putin on Tuesday accused the U.S.\nYet.";
        let (h, body) = split(t);
        assert_eq!(h.form, HeaderForm::None);
        assert_eq!(body, t);
    }

    #[test]
    fn date_line() {
        let (h, body) = split(" date 2022-02-03 Putin hopeful of deal\n\nBloomberg\n\nText.");
        assert_eq!(h.form, HeaderForm::DateLine);
        assert_eq!(h.date.as_deref(), Some("2022-02-03"));
        assert_eq!(h.title.as_deref(), Some("Putin hopeful of deal"));
        assert_eq!(body, "Putin hopeful of deal\n\nBloomberg\n\nText.");
    }

    #[test]
    fn inferred_headline() {
        let (h, _) = split("Putin signals openness to diplomacy\n\nMOSCOW – President …");
        assert_eq!(
            h.inferred_title.as_deref(),
            Some("Putin signals openness to diplomacy")
        );
        let (h, _) = split("Despite his latest threats to NATO and his\nwarnings to the West.");
        assert_eq!(h.inferred_title, None);
    }
}
