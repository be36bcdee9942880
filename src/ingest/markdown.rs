//! Markdown articles (`*.md`, `*.markdown`): front matter for metadata, the body as plain
//! text.
//!
//! Front matter is a YAML block between `---` lines (or TOML between `+++` lines) at the top.
//! Of YAML, the flat `key: value` subset is read — quoted or plain scalars, and folded or
//! literal blocks (`>` / `|`); lists and nested maps are ignored with a note. Keys are those
//! of a text header (see [`super::header`]): `title`, `date`, `source`, `url` and aliases.
//! Without front matter, a plain `key: value` header or date line is read as for `.txt`.
//! The first `# Heading` is the title when the metadata gives none.
//!
//! The body keeps its paragraphs and line breaks; markup that is not text is removed:
//! heading and quote markers, emphasis, inline code ticks, images, link targets (the link
//! text stays), reference definitions, HTML comments, code fences and rules.

use std::sync::LazyLock;

use regex::Regex;

use super::header::{self, Field, Header, HeaderForm};

/// Splits a Markdown file into metadata and plain body text.
pub fn split(text: &str) -> (Header, String) {
    let (mut h, body) = match front_matter(text) {
        Some((h, body)) => (h, body.to_string()),
        None => {
            let (mut h, body) = header::split(text);
            // A headline-like first line of Markdown is usually a `# Heading`: judged below.
            h.inferred_title = None;
            (h, body)
        }
    };
    if h.title.is_none() {
        h.title = first_heading(&body);
    }
    let plain = to_plain(&body);
    if h.title.is_none() && h.form == HeaderForm::None {
        h.inferred_title = header::split(&plain).0.inferred_title;
    }
    (h, plain)
}

fn front_matter(text: &str) -> Option<(Header, &str)> {
    let first = text.lines().next()?.trim_end();
    let fence = match first {
        "---" => "---",
        "+++" => "+++",
        _ => return None,
    };
    let after_first = &text[text.find('\n')? + 1..];
    let mut offset = 0;
    let mut end = None;
    for line in after_first.split_inclusive('\n') {
        let t = line.trim_end();
        if t == fence || (fence == "---" && t == "...") {
            end = Some((offset, offset + line.len()));
            break;
        }
        offset += line.len();
    }
    let (block_end, body_start) = end?;
    let block = &after_first[..block_end];
    let body = &after_first[body_start..];
    let h = if fence == "+++" {
        toml_front(block)
    } else {
        yaml_front(block)
    };
    Some((h, body))
}

fn set(h: &mut Header, key: &str, value: String) {
    let value = value.trim().to_string();
    let slot = match header::field(key) {
        Some(Field::Title) => &mut h.title,
        Some(Field::Source) => &mut h.source,
        Some(Field::Date) => &mut h.date,
        Some(Field::Url) => &mut h.url,
        Some(Field::Ignored) | None => {
            h.ignored.push(key.to_ascii_lowercase());
            return;
        }
    };
    if slot.is_none() && !value.is_empty() {
        *slot = Some(value);
    }
}

fn yaml_front(block: &str) -> Header {
    let mut h = Header {
        form: HeaderForm::FrontMatter,
        ..Header::default()
    };
    let lines: Vec<&str> = block.lines().collect();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        i += 1;
        let t = line.trim();
        if t.is_empty()
            || t.starts_with('#')
            || line.starts_with([' ', '\t'])
            || t.starts_with("- ")
        {
            continue; // blank, comment, or part of a list / nested map already noted
        }
        let Some((key, value)) = t.split_once(':') else {
            continue;
        };
        let key = key.trim().trim_matches(|c| c == '"' || c == '\'');
        let value = strip_comment(value.trim());
        let value = if matches!(value, ">" | "|" | ">-" | "|-" | ">+" | "|+") {
            let mut parts = Vec::new();
            while i < lines.len()
                && (lines[i].starts_with([' ', '\t']) || lines[i].trim().is_empty())
            {
                parts.push(lines[i].trim());
                i += 1;
            }
            let sep = if value.starts_with('>') { " " } else { "\n" };
            parts.join(sep).trim().to_string()
        } else if value.is_empty() {
            // A list or nested map follows: not flat metadata.
            h.ignored.push(key.to_ascii_lowercase());
            continue;
        } else {
            unquote(value)
        };
        set(&mut h, key, value);
    }
    h
}

/// `value # comment` → `value` (not inside quotes).
fn strip_comment(v: &str) -> &str {
    if v.starts_with(['"', '\'']) {
        return v;
    }
    match v.find(" #") {
        Some(i) => v[..i].trim_end(),
        None => v,
    }
}

fn unquote(v: &str) -> String {
    let v = v.trim();
    if v.len() >= 2
        && ((v.starts_with('"') && v.ends_with('"')) || (v.starts_with('\'') && v.ends_with('\'')))
    {
        let inner = &v[1..v.len() - 1];
        if v.starts_with('"') {
            return inner.replace("\\\"", "\"").replace("\\\\", "\\");
        }
        return inner.replace("''", "'");
    }
    v.to_string()
}

fn toml_front(block: &str) -> Header {
    let mut h = Header {
        form: HeaderForm::FrontMatter,
        ..Header::default()
    };
    let Ok(table) = toml::from_str::<toml::Table>(block) else {
        h.ignored
            .push("(TOML front matter that does not parse)".into());
        return h;
    };
    for (k, v) in table {
        let value = match v {
            toml::Value::String(s) => s,
            toml::Value::Datetime(d) => d.to_string(),
            _ => {
                h.ignored.push(k.to_ascii_lowercase());
                continue;
            }
        };
        set(&mut h, &k, value);
    }
    h
}

static H1: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?m)^ {0,3}#[ \t]+(.+?)[ \t#]*$").expect("valid regex"));

fn first_heading(body: &str) -> Option<String> {
    H1.captures(body)
        .map(|c| to_plain(c[1].trim()))
        .filter(|t| !t.is_empty())
}

static RULES: LazyLock<Vec<(Regex, &'static str)>> = LazyLock::new(|| {
    [
        (r"(?s)<!--.*?-->", ""),
        (r"(?m)^ {0,3}\[[^\]]+\]:\s+\S+.*$", ""), // reference definitions
        (r"!\[[^\]]*\]\([^)]*\)", ""),            // images
        (r"!\[[^\]]*\]\[[^\]]*\]", ""),
        (r"\[([^\]]+)\]\([^)]*\)", "$1"), // links
        (r"\[([^\]]+)\]\[[^\]]*\]", "$1"),
        (r"<(https?://[^>\s]+)>", "$1"),                 // autolinks
        (r"(?m)^ {0,3}#{1,6}[ \t]+(.*?)[ \t#]*$", "$1"), // headings
        (r"(?m)^ {0,3}(?:> ?)+", ""),                    // quotes
        (r"(?m)^ {0,3}(?:[-*_][ \t]*){3,}$", ""),        // rules
        (r"(?m)^ {0,3}(?:=+|-+)[ \t]*$", ""),            // setext underlines
        (r"(?m)^ {0,3}(?:```|~~~).*$", ""),              // code fences
        (r"\*\*([^*\n]+)\*\*", "$1"),
        (r"__([^_\n]+)__", "$1"),
        (r"\*([^*\s][^*\n]*)\*", "$1"),
        (r"\b_([^_\n]+)_\b", "$1"),
        (r"`([^`\n]+)`", "$1"),
    ]
    .into_iter()
    .map(|(re, with)| (Regex::new(re).expect("valid regex"), with))
    .collect()
});

static BLANKS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\n{3,}").expect("valid regex"));

/// Markdown → plain text, paragraphs kept.
pub fn to_plain(md: &str) -> String {
    let mut s = md.to_string();
    for (re, with) in RULES.iter() {
        if let std::borrow::Cow::Owned(o) = re.replace_all(&s, *with) {
            s = o;
        }
    }
    let s: Vec<&str> = s.lines().map(str::trim_end).collect();
    BLANKS.replace_all(&s.join("\n"), "\n\n").trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_front_matter() {
        let (h, body) = split(
            "---\ntitle: \"Putin: talks go on\"\ndate: 2022-02-03\nsource: Reuters # wire\ntags:\n  - russia\nsummary: >\n  Long\n  text\n---\n\n# Putin: talks go on\n\nHe **said** [this](http://x).\n",
        );
        assert_eq!(h.form, HeaderForm::FrontMatter);
        assert_eq!(h.title.as_deref(), Some("Putin: talks go on"));
        assert_eq!(h.date.as_deref(), Some("2022-02-03"));
        assert_eq!(h.source.as_deref(), Some("Reuters"));
        assert_eq!(h.ignored, vec!["tags", "summary"]);
        assert_eq!(body, "Putin: talks go on\n\nHe said this.");
    }

    #[test]
    fn toml_front_matter_and_heading_title() {
        let (h, body) = split("+++\ndate = 2022-02-03\n+++\n# The *headline*\n\nText.");
        assert_eq!(h.date.as_deref(), Some("2022-02-03"));
        assert_eq!(h.title.as_deref(), Some("The headline"));
        assert_eq!(body, "The headline\n\nText.");
    }

    #[test]
    fn no_front_matter_uses_a_plain_header() {
        let (h, body) = split("date: 2022-02-03\n\n> quoted _text_ ![img](a.png)\n\n---\n\nEnd");
        assert_eq!(h.date.as_deref(), Some("2022-02-03"));
        assert_eq!(body, "quoted text\n\nEnd");
    }
}
