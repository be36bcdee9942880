//! Headlines for events: the clause around a date, cut down to "who did what" — the date and
//! its preposition removed, leading connectives and attributions dropped, quotes' clutter
//! stripped, and long tails cut at a natural boundary.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use super::lexicon::{CLAUSE_BREAKS, CONNECTIVES, FUTURE_CUES, HEADLINE_CUTS, HONORIFICS};

/// Maximum words in a headline before it is cut with an ellipsis.
const MAX_WORDS: usize = 14;

/// The clause of `sentence` that holds the byte span `[ts, te)`: the sentence cut at clause
/// breaks ("; ", ", and ", " – ") that do not fall inside the span. Returns byte offsets.
pub fn clause_bounds(sentence: &str, ts: usize, te: usize) -> (usize, usize) {
    let mut start = 0;
    let mut end = sentence.len();
    for brk in CLAUSE_BREAKS {
        for (pos, _) in sentence.match_indices(brk) {
            let after = pos + brk.len();
            // "Crimea – which Russia annexed": the relative clause needs its antecedent.
            if sentence[after..].starts_with("which ") {
                continue;
            }
            if after <= ts && after > start {
                // Keep a break only if what precedes the date is more than a few words.
                start = after;
            } else if pos >= te && pos < end {
                end = pos;
            }
        }
    }
    (start, end)
}

/// The future cues as one automaton, built once.
///
/// Performance: searching each cue with `str::match_indices` built a new string searcher
/// per cue per call (~4% of a whole build in profiles); one pass of a prebuilt automaton
/// over the clause finds the same occurrences. The overlapping search reports every
/// occurrence of every cue, as the per-cue loop did (no cue overlaps itself, so per-cue
/// non-overlapping matches are all of them).
static FUTURE_AUTOMATON: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::new(FUTURE_CUES.iter().map(|c| c.trim())).expect("future cues build")
});

/// Whether a clause speaks of a planned or expected happening.
pub fn is_future(clause: &str) -> bool {
    let lower = format!(" {} ", clause.to_lowercase());
    FUTURE_AUTOMATON.find_overlapping_iter(&lower).any(|m| {
        let cue = FUTURE_CUES[m.pattern().as_usize()].trim();
        let before = lower[..m.start()].chars().next_back().unwrap_or(' ');
        let after = lower[m.end()..].chars().next().unwrap_or(' ');
        !before.is_alphanumeric() && !after.is_alphanumeric()
            || cue.starts_with('\'')
            || cue.starts_with('’')
    })
}

const DATE_GLUE: &[&str] = &[
    "on",
    "in",
    "at",
    "of",
    "the",
    "during",
    "over",
    "from",
    "since",
    "by",
    "evening",
    "morning",
    "afternoon",
    "night",
    "early",
    "late",
    "hours",
    "as",
    "of",
];

/// Removes the date `[ts, te)` from `clause`, with the prepositions that glue it in.
fn without_date(clause: &str, ts: usize, te: usize) -> String {
    let mut head = clause[..ts].trim_end().to_string();
    loop {
        let trimmed = head.trim_end();
        let last_word_start = trimmed
            .rfind(|c: char| c.is_whitespace())
            .map(|i| i + 1)
            .unwrap_or(0);
        let last = &trimmed[last_word_start..];
        if !last.is_empty() && DATE_GLUE.contains(&last.to_lowercase().as_str()) {
            head.truncate(last_word_start);
        } else {
            break;
        }
    }
    let tail = clause[te..]
        .trim_start_matches(['\'', '’'])
        .trim_start_matches('s');
    let tail = if clause[te..].starts_with("'s") || clause[te..].starts_with("’s") {
        tail
    } else {
        &clause[te..]
    };
    format!("{} {}", head.trim_end(), tail.trim_start())
}

fn tidy(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        // Tokenised corpora write brackets and quotes as tokens (-LRB-, ``, '').
        let w = match w {
            "-LRB-" | "-LSB-" => "(",
            "-RRB-" | "-RSB-" => ")",
            "``" | "''" => continue,
            other => other,
        };
        let bare = w.trim_matches(|c: char| matches!(c, '"' | '“' | '”' | '‘' | '«' | '»'));
        // A split possessive ("BP 's") joins its word again.
        if matches!(bare, "'s" | "’s" | "'" | "’") && !out.is_empty() {
            out.push_str(bare);
            continue;
        }
        let bare = bare.trim_start_matches(['\'', '’']);
        if bare.is_empty() || HONORIFICS.contains(&bare) {
            continue;
        }
        if bare == "," && out.ends_with(',') {
            continue;
        }
        if !out.is_empty() && !out.ends_with('(') && bare != ")" {
            out.push(' ');
        }
        out.push_str(bare);
    }
    out = out.replace(" ,", ",").replace(",,", ",").replace(" .", ".");
    out.trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, ',' | ';' | ':' | '.' | '-' | '–' | '—')
    })
    .to_string()
}

/// Drops a dateline such as "MOSCOW –" or "Moscow:" at the start of a lead sentence.
fn drop_dateline(s: &str) -> &str {
    for sep in [": ", " – ", " — ", " - "] {
        if let Some(pos) = s.find(sep) {
            let head = &s[..pos];
            let words = head.split_whitespace().count();
            if (1..=3).contains(&words)
                && head
                    .split_whitespace()
                    .all(|w| w.chars().next().is_some_and(char::is_uppercase))
            {
                return &s[pos + sep.len()..];
            }
        }
    }
    s
}

fn drop_leading_connectives(s: &str) -> &str {
    let mut s = s.trim_start();
    loop {
        let lower = s.to_lowercase();
        let hit = CONNECTIVES.iter().find(|c| {
            lower.starts_with(*c)
                && lower[c.len()..]
                    .chars()
                    .next()
                    .is_some_and(|ch| !ch.is_alphanumeric())
        });
        match hit {
            Some(c) => s = s[c.len()..].trim_start_matches([',', ' ']),
            None => return s,
        }
    }
}

/// Drops a leading adverbial phrase ("At the United Nations, ...", "Speaking after talks, ...")
/// when enough of a clause follows it.
fn drop_leading_phrase(s: &str) -> &str {
    let first = s.split_whitespace().next().unwrap_or("");
    let starts_adverbial = first.ends_with("ing")
        || matches!(
            first.to_lowercase().as_str(),
            "at" | "in"
                | "on"
                | "after"
                | "before"
                | "during"
                | "asked"
                | "addressing"
                | "following"
                | "amid"
                | "with"
                | "for"
                | "according"
                | "as"
        );
    if !starts_adverbial {
        return s;
    }
    if let Some(comma) = s.find(", ") {
        let rest = &s[comma + 2..];
        if s[..comma].split_whitespace().count() <= 20 && rest.split_whitespace().count() >= 4 {
            return rest;
        }
    }
    s
}

fn cut_long(s: &str) -> String {
    let mut s = s.to_string();
    for cut in HEADLINE_CUTS {
        if let Some(pos) = s.find(cut)
            && s[..pos].split_whitespace().count() >= 4
        {
            s.truncate(pos);
        }
    }
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.len() > MAX_WORDS {
        let mut w = words[..MAX_WORDS - 2].to_vec();
        while w.last().is_some_and(|l| {
            matches!(
                l.to_lowercase().as_str(),
                "the"
                    | "a"
                    | "an"
                    | "of"
                    | "to"
                    | "and"
                    | "in"
                    | "on"
                    | "for"
                    | "that"
                    | "with"
                    | "its"
                    | "his"
                    | "her"
            )
        }) {
            w.pop();
        }
        format!("{}…", w.join(" ").trim_end_matches(','))
    } else {
        s
    }
}

/// A readable headline for the happening anchored by the date at `[ts, te)` of `clause`.
///
/// ```
/// use timeline::extract::headline::headline;
/// let c = "On Tuesday, Mr Johnson flew to Kyiv, the Ukrainian capital";
/// assert_eq!(headline(c, 3, 10), "Johnson flew to Kyiv, the Ukrainian capital");
/// ```
pub fn headline(clause: &str, ts: usize, te: usize) -> String {
    let ts = ts.min(clause.len());
    let te = te.clamp(ts, clause.len());
    if !clause.is_char_boundary(ts) || !clause.is_char_boundary(te) {
        return tidy(clause);
    }
    let mut text = without_date(clause, ts, te);
    // "X, which Russia annexed" → "Russia annexed X".
    for marker in [", which ", " – which ", " — which ", " - which "] {
        if let Some(pos) = text.find(marker) {
            let rel = &text[pos + marker.len()..];
            if rel.chars().next().is_some_and(char::is_uppercase) && ts > pos {
                let antecedent = text[..pos]
                    .split_whitespace()
                    .last()
                    .unwrap_or("")
                    .to_string();
                let rel_end = rel.find([',', ';', '.']).unwrap_or(rel.len());
                text = format!("{} {}", rel[..rel_end].trim(), antecedent);
            }
            break;
        }
    }
    let text = tidy(&text);
    let text = drop_dateline(&text);
    let text = drop_leading_connectives(text);
    let text = drop_leading_phrase(text);
    let text = drop_leading_connectives(text);
    let text = text.replacen(" said that ", " said ", 1);
    let text = text.trim_start_matches("that ").to_string();
    let text = tidy(&cut_long(&text));
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().collect::<String>() + chars.as_str(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(clause: &str, date: &str) -> String {
        let ts = clause.find(date).unwrap();
        headline(clause, ts, ts + date.len())
    }

    #[test]
    fn drops_date_connective_and_honorific() {
        assert_eq!(
            h(
                "But on Tuesday, Mr Putin said that the dialogue was not over",
                "Tuesday"
            ),
            "Putin said the dialogue was not over"
        );
    }

    #[test]
    fn relative_clause_is_fronted() {
        assert_eq!(
            h("to retake Crimea, which Russia annexed in 2014", "2014"),
            "Russia annexed Crimea"
        );
    }

    #[test]
    fn dash_relative_clause_and_dateline() {
        let s = "could launch a war to retake Crimea – which Russia annexed in 2014, a move not recognized";
        let ts = s.find("2014").unwrap();
        let (a, b) = clause_bounds(s, ts, ts + 4);
        assert_eq!(
            headline(&s[a..b], ts - a, ts + 4 - a),
            "Russia annexed Crimea"
        );
        assert_eq!(
            h(
                "MOSCOW – Putin said on Tuesday that talks would go on",
                "Tuesday"
            ),
            "Putin said talks would go on"
        );
    }

    #[test]
    fn tokenised_text_reads_naturally() {
        assert_eq!(
            h(
                "BP 's shares -LRB- in London -RRB- fell on Tuesday",
                "Tuesday"
            ),
            "BP's shares (in London) fell"
        );
    }

    #[test]
    fn long_clauses_are_cut() {
        let t = h(
            "President Vladimir V. Putin said on Tuesday that the United States was trying to drag Russia into an armed conflict over Ukraine that his government did not want",
            "Tuesday",
        );
        assert!(t.split_whitespace().count() <= MAX_WORDS, "{t}");
        assert!(
            t.starts_with("President Vladimir V. Putin said the United States"),
            "{t}"
        );
    }

    #[test]
    fn clause_of_two_dated_happenings() {
        let s = "Reyes declared an emergency on March 1, and the director resigned on March 4";
        let second = s.find("March 4").unwrap();
        let (a, b) = clause_bounds(s, second, second + 7);
        assert_eq!(&s[a..b], "the director resigned on March 4");
        let first = s.find("March 1").unwrap();
        let (a, b) = clause_bounds(s, first, first + 7);
        assert_eq!(&s[a..b], "Reyes declared an emergency on March 1");
    }

    #[test]
    fn future_cues() {
        assert!(is_future("On Friday, Putin will travel to Beijing"));
        assert!(is_future("Blinken is due to testify on Tuesday"));
        assert!(!is_future("Putin said on Tuesday"));
        assert!(!is_future("the willow"));
    }
}
