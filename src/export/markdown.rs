//! A Markdown chronology (`--format md`) for pasting into a story draft or a wiki: one list
//! item per event with its date at its own precision, and `[^n]` footnotes that quote each
//! source's sentence and name the article, outlet, publication date and URL. Every piece of
//! article text is escaped, so it shows as written and never as markup or HTML.

use super::{article_name, display_date, source_refs, value_words};
use crate::model::{EventsFile, Status};

/// Escapes text for Markdown inline content: every ASCII punctuation character Markdown could
/// read as markup gets a backslash, and line breaks become spaces.
pub fn escape_md(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '&' | '!' | '('
            | ')' | '{' | '}' | '$' => {
                out.push('\\');
                out.push(c);
            }
            '\r' | '\n' | '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A URL as an autolink when it is safe to be one, else as escaped text.
fn link(url: &str) -> String {
    let u = url.trim();
    let safe = !u.is_empty()
        && (u.starts_with("http://") || u.starts_with("https://"))
        && !u
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '<' || c == '>');
    if safe { format!("<{u}>") } else { escape_md(u) }
}

/// The chronology: a heading, a one-line summary, the events in file order, then the
/// footnotes. Ends with a newline.
pub fn to_markdown(file: &EventsFile) -> String {
    let mut body = String::new();
    let mut notes = String::new();
    let mut n = 0usize;
    body.push_str("# Timeline\n\n");
    body.push_str(&format!(
        "{} event{} from {} article{}.\n\n",
        file.events.len(),
        if file.events.len() == 1 { "" } else { "s" },
        file.articles.len(),
        if file.articles.len() == 1 { "" } else { "s" },
    ));
    for e in &file.events {
        let mut refs = String::new();
        for s in source_refs(file, e) {
            n += 1;
            refs.push_str(&format!("[^{n}]"));
            let mut note = format!("[^{n}]: ");
            if let Some(q) = s.quote {
                note.push_str(&format!("“{}” — ", escape_md(q.trim())));
            }
            note.push_str(&escape_md(&s.label()));
            if let Some(u) = s.url() {
                note.push_str(&format!(", {}", link(u)));
            }
            note.push('\n');
            notes.push_str(&note);
        }
        let title = escape_md(e.title.trim());
        let title = if title.is_empty() {
            "(untitled)".to_string()
        } else {
            title
        };
        body.push_str(&format!(
            "- **{}** — {title}{refs}\n",
            escape_md(&display_date(e))
        ));
        match e.status {
            Status::Planned => {
                body.push_str("  *Planned or expected; not yet happened when reported.*\n")
            }
            Status::Reported => {
                body.push_str("  *Reported speech: a source's account, attributed in the text.*\n")
            }
            Status::Happened => {}
        }
        if !e.conflicts.is_empty() {
            let claims: Vec<String> = e
                .conflicts
                .iter()
                .map(|c| {
                    format!(
                        "{}: {}",
                        escape_md(article_name(file, &c.article)),
                        escape_md(&value_words(&c.value))
                    )
                })
                .collect();
            body.push_str(&format!(
                "  *Sources disagree on the date:* {}.\n",
                claims.join("; ")
            ));
        }
    }
    if !notes.is_empty() {
        body.push('\n');
        body.push_str(&notes);
    }
    body
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_html() {
        assert_eq!(
            escape_md("<script>*x*</script>\n[a](b)"),
            "\\<script\\>\\*x\\*\\</script\\> \\[a\\]\\(b\\)"
        );
    }

    #[test]
    fn only_plain_web_urls_become_links() {
        assert_eq!(link("https://ex.org/a"), "<https://ex.org/a>");
        assert_eq!(link("javascript:alert(1)"), "javascript:alert\\(1\\)");
        assert_eq!(link("https://ex.org/a b"), "https://ex.org/a b");
    }
}
