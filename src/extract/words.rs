//! Content words and actors of a clause: the features the merge stage compares.
//! Content words are lowercased, alias-normalised and crudely stemmed; actors are runs of
//! capitalised words (a heuristic with a stop list), keyed by their last word.

use super::given_names::is_given_name;
use super::lexicon::{ALIASES, HONORIFICS, NON_ACTORS, STOPWORDS};
use std::collections::BTreeSet;

fn alias(word: &str) -> Option<&'static str> {
    ALIASES.iter().find(|(k, _)| *k == word).map(|(_, v)| *v)
}

/// Crude English suffix stripping: enough for "responses"/"response", "submitted"/"submit".
pub fn stem(word: &str) -> String {
    // (`strip_suffix` in a loop is `trim_end_matches` without building a string searcher
    // per call: stemming runs on every word of every mention.)
    let mut w = word;
    while let Some(x) = w.strip_suffix("'s") {
        w = x;
    }
    while let Some(x) = w.strip_suffix("’s") {
        w = x;
    }
    let n = w.chars().count();
    for (suffix, min) in [
        ("ations", 5),
        ("ation", 5),
        ("ments", 5),
        ("ment", 5),
        ("ings", 5),
        ("ing", 5),
        ("ies", 4),
        ("ied", 4),
        ("es", 5),
        ("ed", 5),
        ("s", 4),
        ("e", 5),
    ] {
        if n >= min + suffix.len() - 1 && w.ends_with(suffix) && !w.ends_with("ss") {
            let base = &w[..w.len() - suffix.len()];
            let base = if suffix == "ies" || suffix == "ied" {
                format!("{base}y")
            } else {
                base.to_string()
            };
            // "submitted" → "submitt" → "submit": undouble a final consonant.
            let mut b = base;
            let bytes = b.as_bytes();
            if bytes.len() >= 2
                && bytes[bytes.len() - 1] == bytes[bytes.len() - 2]
                && !matches!(bytes[bytes.len() - 1], b'l' | b's' | b'z')
            {
                b.pop();
            }
            return b;
        }
    }
    w.to_string()
}

/// The matching key of one lowercased word: alias-normalised, then stemmed, so "Ukrainian",
/// "Ukraine's" and "Ukraine" share a key.
fn key(lower: &str) -> String {
    let w = lower.trim_end_matches("'s").trim_end_matches("’s");
    let w = alias(w).unwrap_or(w);
    let s = stem(w);
    alias(&s).map(stem).unwrap_or(s)
}

/// Splits text into word tokens (letters, digits, inner apostrophes, dots and hyphens).
pub fn tokens(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '.' || c == '-'))
        .map(|t| t.trim_matches(|c: char| c == '.' || c == '\'' || c == '’' || c == '-'))
        .filter(|t| !t.is_empty())
}

/// The content-word keys of a text, sorted and unique.
///
/// ```
/// use timeline::extract::words::content_words;
/// let w = content_words("The U.S. submitted written responses to Moscow");
/// assert_eq!(w, ["respons", "russia", "submit", "usa", "written"]);
/// assert_eq!(content_words("Ukraine's army"), content_words("the Ukrainian army"));
/// ```
pub fn content_words(text: &str) -> Vec<String> {
    let mut out = BTreeSet::new();
    for tok in tokens(text) {
        // "US" in capitals is the country; "us" is the pronoun.
        if tok == "US" || tok == "U.S" || tok == "U.S." {
            out.insert("usa".to_string());
            continue;
        }
        let lower = tok.to_lowercase();
        if lower.chars().any(|c| c.is_ascii_digit()) || lower.chars().count() < 3 {
            continue;
        }
        if STOPWORDS.contains(&lower.as_str()) {
            continue;
        }
        out.insert(key(&lower));
    }
    // Two-word aliases ("United States").
    let lower = text.to_lowercase();
    for (k, v) in ALIASES {
        if k.contains(' ') && lower.contains(k) {
            out.insert(key(v));
            for part in k.split(' ') {
                out.remove(&key(part));
            }
        }
    }
    out.into_iter().collect()
}

fn is_capitalised(tok: &str) -> bool {
    tok.chars().next().is_some_and(char::is_uppercase)
}

/// Named actors: maximal runs of capitalised words (allowing "of", initials and particles
/// inside), minus honorifics and the stop list. Returns display names in order of first
/// appearance, deduplicated by key.
pub fn actors(text: &str) -> Vec<String> {
    let toks: Vec<&str> = text
        .split(|c: char| {
            c.is_whitespace() || matches!(c, ',' | ';' | ':' | '(' | ')' | '"' | '“' | '”')
        })
        .filter(|t| !t.is_empty())
        .collect();
    let mut out: Vec<String> = Vec::new();
    let mut keys: BTreeSet<String> = BTreeSet::new();
    let mut i = 0;
    while i < toks.len() {
        let raw = toks[i].trim_end_matches(['.', '\'', '’', '!', '?']);
        let clean = raw.trim_end_matches("'s").trim_end_matches("’s");
        if is_capitalised(clean) && !HONORIFICS.contains(&raw) && !NON_ACTORS.contains(&clean) {
            let mut run = vec![clean.to_string()];
            let mut j = i + 1;
            while j < toks.len() {
                let t = toks[j].trim_end_matches(['.', ',']);
                let t = t.trim_end_matches("'s").trim_end_matches("’s");
                if is_capitalised(t) && !NON_ACTORS.contains(&t)
                    || (t.len() == 1 && is_capitalised(t))
                {
                    run.push(t.to_string());
                    j += 1;
                    // A token that ended a sentence or clause ends the run.
                    if toks[j - 1].ends_with([',', '.']) && toks[j - 1].len() > 2 {
                        break;
                    }
                } else {
                    break;
                }
            }
            // Drop trailing single-letter initials ("Antony J." stays "Antony").
            while run.len() > 1 && run.last().is_some_and(|w| w.chars().count() == 1) {
                run.pop();
            }
            let name = run.join(" ");
            let key = actor_key(&name);
            if name.chars().count() >= 2 && keys.insert(key) {
                out.push(name);
            }
            i = j;
        } else {
            i += 1;
        }
    }
    out
}

/// The matching key of an actor name: its last word, lowercased and alias-normalised
/// ("President Vladimir V. Putin" and "Putin" share the key "putin").
pub fn actor_key(name: &str) -> String {
    let lower = name.to_lowercase();
    if let Some(a) = alias(&lower) {
        return a.to_string();
    }
    let last = lower.split(' ').next_back().unwrap_or("").to_string();
    alias(&last).map(str::to_string).unwrap_or(last)
}

/// The actor's key qualified by the given name before it, which tells two bearers of the
/// key apart: "Elena Ulstad" → "elena ulstad". `None` when the word before the key is not a
/// common given name ([`super::given_names`]): a title ("Interior Secretary Salazar"), a
/// qualifier ("Finance Ministry") or a capitalised run that merely ran on ("Team Obama").
///
/// ```
/// use timeline::extract::words::qualified_actor_key;
/// assert_eq!(qualified_actor_key("Barack Obama").as_deref(), Some("barack obama"));
/// assert_eq!(qualified_actor_key("President Obama"), None);
/// assert_eq!(qualified_actor_key("Obama"), None);
/// ```
pub fn qualified_actor_key(name: &str) -> Option<String> {
    let lower = name.to_lowercase();
    if alias(&lower).is_some() {
        return None;
    }
    let mut words = lower.split(' ').rev();
    let last = words.next()?;
    let given = words.next()?;
    (alias(last).is_none() && is_given_name(given)).then(|| format!("{given} {last}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_conflate_inflections() {
        assert_eq!(stem("responses"), stem("response"));
        assert_eq!(stem("submitted"), "submit");
        assert_eq!(stem("annexed"), "annex");
        assert_eq!(stem("guarantees"), stem("guarantee"));
    }

    #[test]
    fn pronoun_us_is_not_the_country() {
        assert!(!content_words("dragging us into a conflict").contains(&"usa".to_string()));
        assert!(content_words("the US said").contains(&"usa".to_string()));
    }

    #[test]
    fn actors_from_capitalised_runs() {
        let a = actors("Russian President Vladimir Putin on Tuesday accused the U.S. and NATO");
        assert_eq!(a, ["Vladimir Putin", "U.S", "NATO"]);
        let a = actors("Mr Johnson flew to Kyiv and met President Volodymyr Zelensky.");
        assert_eq!(a, ["Johnson", "Kyiv", "Volodymyr Zelensky"]);
        assert_eq!(actor_key("President Vladimir V. Putin"), "putin");
        assert_eq!(actor_key("U.S"), "usa");
    }

    #[test]
    fn only_given_names_qualify_a_key() {
        let q = |n: &str| qualified_actor_key(n);
        assert_eq!(q("Michelle Obama").as_deref(), Some("michelle obama"));
        assert_ne!(q("Michelle Obama"), q("Barack Obama"));
        assert_eq!(q("Russian President Vladimir Putin"), q("Vladimir Putin"));
        for titled in [
            "Interior Secretary Salazar",
            "Adm. Allen",
            "Defence Ministry",
            "Team Obama",
            "Putin",
        ] {
            assert_eq!(q(titled), None, "{titled}");
        }
        assert_eq!(q("U.S"), None);
    }
}
