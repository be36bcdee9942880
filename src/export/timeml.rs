//! TimeML (`--format timeml`) for NLP users: each article's text with its temporal
//! expressions marked as `<TIMEX3>` tags, its publication date as the document creation time
//! (`<DCT>`, `functionInDocument="CREATION_TIME"`), all text XML-escaped. Several articles go
//! into one `<TimeMLCorpus>` root, one `<TimeML>` element each (TempEval layout: `DOCID`,
//! `DCT`, `TITLE`, `TEXT`); [`timeml_document`] gives a single article's document.

use crate::model::Article;
use crate::tag::{TagOptions, Timex, tag};

/// Escapes text for XML content and attribute values, dropping characters XML 1.0 forbids.
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// One article as a `<TimeML>` element (no XML declaration), tagged with `timexes` (byte
/// offsets into `article.text`). Timexes that overlap an earlier one, fall outside the text or
/// split a character are left out, so the result is always well-formed. TIMEX3 ids are `t1`,
/// `t2`, ... in text order; `t0` is the DCT.
pub fn timeml_document(article: &Article, timexes: &[Timex]) -> String {
    let mut out = String::new();
    out.push_str("<TimeML>\n");
    out.push_str(&format!("<DOCID>{}</DOCID>\n", xml_escape(&article.id)));
    match article.published {
        Some(d) => {
            let v = d.format("%Y-%m-%d").to_string();
            out.push_str(&format!(
                "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"{v}\" temporalFunction=\"false\" \
                 functionInDocument=\"CREATION_TIME\">{v}</TIMEX3></DCT>\n"
            ));
        }
        None => out.push_str("<!-- no publication date: no DCT -->\n"),
    }
    if let Some(t) = article.title.as_deref().filter(|t| !t.trim().is_empty()) {
        out.push_str(&format!("<TITLE>{}</TITLE>\n", xml_escape(t)));
    }
    out.push_str("<TEXT>");
    let text = article.text.as_str();
    let mut sorted: Vec<&Timex> = timexes.iter().collect();
    sorted.sort_by_key(|t| (t.start, std::cmp::Reverse(t.end)));
    let mut pos = 0usize;
    let mut tid = 0usize;
    for t in sorted {
        let ok = t.start >= pos
            && t.start < t.end
            && t.end <= text.len()
            && text.is_char_boundary(t.start)
            && text.is_char_boundary(t.end);
        if !ok {
            continue;
        }
        tid += 1;
        out.push_str(&xml_escape(&text[pos..t.start]));
        out.push_str(&format!(
            "<TIMEX3 tid=\"t{tid}\" type=\"{}\" value=\"{}\"",
            t.kind,
            xml_escape(&t.value.to_string())
        ));
        if let Some(m) = t.modifier {
            out.push_str(&format!(" mod=\"{}\"", m.as_str()));
        }
        out.push('>');
        out.push_str(&xml_escape(&text[t.start..t.end]));
        out.push_str("</TIMEX3>");
        pos = t.end;
    }
    out.push_str(&xml_escape(&text[pos..]));
    out.push_str("</TEXT>\n</TimeML>\n");
    out
}

/// A corpus of tagged articles: an XML declaration and a `<TimeMLCorpus>` root holding one
/// `<TimeML>` per article, in the given order.
pub fn timeml_corpus(docs: &[(&Article, Vec<Timex>)]) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TimeMLCorpus>\n");
    for (a, t) in docs {
        out.push_str(&timeml_document(a, t));
    }
    out.push_str("</TimeMLCorpus>\n");
    out
}

/// Tags every article (against its publication date) and returns the TimeML corpus.
pub fn export_timeml(articles: &[Article], opts: &TagOptions) -> String {
    let docs: Vec<(&Article, Vec<Timex>)> = articles
        .iter()
        .map(|a| (a, tag(&a.text, a.published, opts)))
        .collect();
    timeml_corpus(&docs)
}
