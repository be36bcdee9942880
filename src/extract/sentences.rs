//! Sentence segmentation for news text: byte spans of sentences, robust to hard-wrapped lines,
//! abbreviations ("Mr.", "U.S.", "Jan.") and stray periods before a lowercase word
//! ("from Russia. in 2014." is one sentence).

use super::lexicon::ABBREVIATIONS;

/// Byte span `[start, end)` of one sentence, trimmed of surrounding white space.
pub type Span = (usize, usize);

fn is_abbreviation(text: &str, dot: usize) -> bool {
    // The word that ends at `dot` (exclusive).
    let before = &text[..dot];
    let word_start = before
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace() || *c == '(' || *c == '"' || *c == '“')
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0);
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    // Single initials ("V.") and dotted acronyms ("U.S", "a.m").
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    if letters == 1 && word.chars().all(|c| c.is_alphabetic() || c == '.') {
        return true;
    }
    if word.contains('.') && word.chars().all(|c| c.is_alphabetic() || c == '.') {
        return true;
    }
    let lower = word.to_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
}

/// Splits `text` into sentence spans.
///
/// ```
/// use timeline::extract::sentences::split;
/// let t = "Mr. Putin spoke on Tuesday. He left.\n\nNew paragraph";
/// let s: Vec<&str> = split(t).into_iter().map(|(a, b)| &t[a..b]).collect();
/// assert_eq!(s, ["Mr. Putin spoke on Tuesday.", "He left.", "New paragraph"]);
/// ```
pub fn split(text: &str) -> Vec<Span> {
    let wrap = wrap_width(text);
    let mut line_start = 0usize;
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut start = 0usize;
    let mut i = 0usize;
    while i < bytes.len() {
        let b = bytes[i];
        let mut cut: Option<(usize, usize)> = None; // (sentence end, next start)
        if b == b'\n' {
            // A blank line ends a paragraph; a single newline is a hard wrap.
            let mut j = i + 1;
            while j < bytes.len() && (bytes[j] == b' ' || bytes[j] == b'\t' || bytes[j] == b'\r') {
                j += 1;
            }
            if j < bytes.len() && bytes[j] == b'\n' {
                cut = Some((i, j + 1));
            } else if ends_short_line(text, line_start, i, wrap) {
                cut = Some((i, i + 1));
            }
            line_start = i + 1;
        } else if b == b'.' || b == b'!' || b == b'?' {
            // Include closing quotes/brackets after the terminator.
            let mut end = i + 1;
            while end < bytes.len() {
                let rest = &text[end..];
                let c = rest.chars().next().unwrap_or(' ');
                if matches!(c, '"' | '\'' | '”' | '’' | ')' | '.' | '!' | '?') {
                    end += c.len_utf8();
                } else {
                    break;
                }
            }
            let rest = &text[end..];
            let ws: usize = rest
                .chars()
                .take_while(|c| c.is_whitespace())
                .map(char::len_utf8)
                .sum();
            let next = rest[ws..].chars().next();
            let boundary = ws > 0
                && match next {
                    None => true,
                    Some(c) => !c.is_lowercase() && !c.is_ascii_digit() || c == '“',
                }
                && !(b == b'.' && is_abbreviation(text, i));
            if boundary || (ws > 0 && next.is_none()) {
                cut = Some((end, end + ws));
            }
        }
        if let Some((end, next)) = cut {
            push_trimmed(text, start, end, &mut out);
            start = next;
            i = next;
            continue;
        }
        i += 1;
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

/// The typical line length of hard-wrapped text (median of its non-empty lines), or None when
/// the text is not hard-wrapped (few lines, or long paragraphs on one line).
fn wrap_width(text: &str) -> Option<usize> {
    let mut lens: Vec<usize> = text
        .lines()
        .map(|l| l.trim().chars().count())
        .filter(|&n| n > 0)
        .collect();
    if lens.len() < 8 {
        return None;
    }
    lens.sort_unstable();
    let median = lens[lens.len() / 2];
    (40..=120).contains(&median).then_some(median)
}

/// In hard-wrapped text, a line much shorter than the wrap width that is followed by a
/// capitalised line ends its sentence even without a full stop ("…of independence\nPutin has").
fn ends_short_line(text: &str, line_start: usize, nl: usize, wrap: Option<usize>) -> bool {
    let Some(width) = wrap else { return false };
    let line = text[line_start..nl].trim();
    let next = text[nl + 1..].trim_start();
    !line.is_empty()
        && line.chars().count() * 10 < width * 6
        && !line.ends_with([',', ';', ':', '-', '–'])
        && next.chars().next().is_some_and(char::is_uppercase)
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    if start >= end {
        return;
    }
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push((start + lead, end - trail));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(t: &str) -> Vec<&str> {
        split(t).into_iter().map(|(a, b)| &t[a..b]).collect()
    }

    #[test]
    fn stray_period_before_lowercase_does_not_split() {
        let t = "tried to retake the Crimean peninsula from Russia. in 2014.\nBut at a press";
        assert_eq!(
            sents(t),
            [
                "tried to retake the Crimean peninsula from Russia. in 2014.",
                "But at a press"
            ]
        );
    }

    #[test]
    fn short_line_in_hard_wrapped_text_ends_a_sentence() {
        let long = "Putin has amassed a force of more than 100,000 Russian troops near the\n";
        let t = format!(
            "{}Read also: Russia: Taiwan is part of China, opposes all forms\nof independence\n{}{}",
            long.repeat(4),
            long,
            long.repeat(3)
        );
        let s = sents(&t);
        assert!(s.iter().any(|x| x.ends_with("of independence")), "{s:?}");
    }

    #[test]
    fn abbreviations_and_initials() {
        let t = "Sergei V. Lavrov met the U.S. envoy. Then Mr. Blinken called at 3 p.m. Friday.";
        assert_eq!(
            sents(t),
            [
                "Sergei V. Lavrov met the U.S. envoy.",
                "Then Mr. Blinken called at 3 p.m. Friday."
            ]
        );
    }

    #[test]
    fn hard_wrapped_lines_join_blank_lines_split() {
        let t =
            "In the early hours of Tuesday, Putin warned\nthat war loomed.\n\nTitle line\n\nBody.";
        assert_eq!(
            sents(t),
            [
                "In the early hours of Tuesday, Putin warned\nthat war loomed.",
                "Title line",
                "Body."
            ]
        );
    }

    #[test]
    fn quotes_close_the_sentence() {
        let t = "“We know who the fox is,” she said. “It is late.” Then he left.";
        assert_eq!(
            sents(t),
            [
                "“We know who the fox is,” she said.",
                "“It is late.”",
                "Then he left."
            ]
        );
    }

    #[test]
    fn odd_input_never_panics() {
        for t in ["", ".", "..\n\n..", "é. É", "a.\u{2029}b", "?!?", "Mr."] {
            let _ = split(t);
        }
    }
}
