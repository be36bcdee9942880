//! Text metrics from the embedded DejaVu Sans (regular and bold), so label widths are
//! measured rather than guessed; plus cleaning, wrapping and ellipsis of untrusted text.
//!
//! Widths are the sum of glyph advances without kerning: kerning in DejaVu only tightens
//! pairs, so a measured width is never smaller than what a browser draws with this font.

use std::sync::OnceLock;
use ttf_parser::Face;

/// The family named in the SVG: the embedded font first, then close-metric fallbacks.
pub const FONT_FAMILY: &str = "DejaVu Sans, Verdana, sans-serif";

static REGULAR_TTF: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
static BOLD_TTF: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

/// Width, in em, charged for a character the font lacks (CJK, emoji): a browser draws it
/// with a fallback font, where such glyphs are about one em wide.
const MISSING_EM: f64 = 1.05;

struct Metrics {
    face: Option<Face<'static>>,
    units_per_em: f64,
    /// Advances of ASCII in font units, looked up once (most text is ASCII).
    ascii: [f64; 128],
}

fn lookup(face: Option<&Face<'static>>, units_per_em: f64, c: char) -> f64 {
    if c.is_control() {
        return 0.0;
    }
    let adv = face.and_then(|f| f.glyph_hor_advance(f.glyph_index(c)?));
    match adv {
        Some(a) => f64::from(a),
        None => MISSING_EM * units_per_em,
    }
}

impl Metrics {
    fn load(bytes: &'static [u8]) -> Metrics {
        let face = Face::parse(bytes, 0).ok();
        let units_per_em = face
            .as_ref()
            .map(|f| f64::from(f.units_per_em()))
            .unwrap_or(2048.0);
        let mut ascii = [0.0; 128];
        for (i, a) in ascii.iter_mut().enumerate() {
            *a = lookup(face.as_ref(), units_per_em, char::from(i as u8));
        }
        Metrics {
            face,
            units_per_em,
            ascii,
        }
    }

    fn lookup(&self, c: char) -> f64 {
        lookup(self.face.as_ref(), self.units_per_em, c)
    }

    fn advance(&self, c: char) -> f64 {
        let i = c as usize;
        if i < 128 {
            self.ascii[i]
        } else {
            self.lookup(c)
        }
    }

    fn width(&self, text: &str, size: f64) -> f64 {
        let units: f64 = text.chars().map(|c| self.advance(c)).sum();
        units * size / self.units_per_em
    }
}

fn regular() -> &'static Metrics {
    static M: OnceLock<Metrics> = OnceLock::new();
    M.get_or_init(|| Metrics::load(REGULAR_TTF))
}

fn bold() -> &'static Metrics {
    static M: OnceLock<Metrics> = OnceLock::new();
    M.get_or_init(|| Metrics::load(BOLD_TTF))
}

/// Width in px of `text` set in DejaVu Sans at `font_size` px.
pub fn text_width(text: &str, font_size: f64) -> f64 {
    regular().width(text, font_size)
}

/// Width in px of `text` set in DejaVu Sans Bold at `font_size` px.
pub fn text_width_bold(text: &str, font_size: f64) -> f64 {
    bold().width(text, font_size)
}

/// Width in px in the given weight.
pub fn measure(text: &str, font_size: f64, is_bold: bool) -> f64 {
    if is_bold {
        text_width_bold(text, font_size)
    } else {
        text_width(text, font_size)
    }
}

/// Whether the embedded regular face has a glyph for `c` (used to pick symbols that render).
pub fn has_glyph(c: char) -> bool {
    regular()
        .face
        .as_ref()
        .and_then(|f| f.glyph_index(c))
        .is_some()
}

/// Makes untrusted text safe to lay out on one line: whitespace runs (including newlines)
/// become one space; control characters, characters XML 1.0 forbids and bidi overrides
/// (which could visually reorder a label) are dropped. XML escaping happens at output.
pub fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        let forbidden = c.is_control()
            || matches!(c, '\u{FFFE}' | '\u{FFFF}' | '\u{FEFF}')
            || ('\u{202A}'..='\u{202E}').contains(&c)
            || ('\u{2066}'..='\u{2069}').contains(&c)
            || ('\u{200B}'..='\u{200F}').contains(&c);
        if forbidden {
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push(c);
    }
    out
}

/// Shortens `text` with a trailing "…" so it fits `max_width`.
pub fn ellipsize(text: &str, size: f64, is_bold: bool, max_width: f64) -> String {
    if measure(text, size, is_bold) <= max_width {
        return text.to_string();
    }
    let ell = measure("…", size, is_bold);
    let mut out = String::new();
    let mut w = 0.0;
    for c in text.chars() {
        let cw = measure(c.encode_utf8(&mut [0u8; 4]), size, is_bold);
        if w + cw + ell > max_width {
            break;
        }
        out.push(c);
        w += cw;
    }
    let trimmed = out.trim_end().trim_end_matches([',', ';', ':', '-', '–']);
    format!("{}…", trimmed.trim_end())
}

/// Greedy word wrap of cleaned `text` into at most `max_lines` lines no wider than
/// `max_width`; words wider than a line are broken, and the last line gets "…" when text
/// is left over. Returns no lines for empty text.
pub fn wrap(text: &str, size: f64, is_bold: bool, max_width: f64, max_lines: usize) -> Vec<String> {
    let max_lines = max_lines.max(1);
    let mut lines: Vec<String> = Vec::new();
    let mut cur = String::new();
    let mut overflow = false;
    let space = measure(" ", size, is_bold);
    let mut cur_w = 0.0;
    'words: for word in text.split(' ').filter(|w| !w.is_empty()) {
        let ww = measure(word, size, is_bold);
        if !cur.is_empty() && cur_w + space + ww <= max_width {
            cur.push(' ');
            cur.push_str(word);
            cur_w += space + ww;
            continue;
        }
        if !cur.is_empty() {
            lines.push(std::mem::take(&mut cur));
            cur_w = 0.0;
            if lines.len() == max_lines {
                overflow = true;
                break 'words;
            }
        }
        if ww <= max_width {
            cur.push_str(word);
            cur_w = ww;
            continue;
        }
        // A word longer than a line: break it by characters.
        for c in word.chars() {
            let cw = measure(c.encode_utf8(&mut [0u8; 4]), size, is_bold);
            if cur_w + cw > max_width && !cur.is_empty() {
                lines.push(std::mem::take(&mut cur));
                cur_w = 0.0;
                if lines.len() == max_lines {
                    overflow = true;
                    break 'words;
                }
            }
            cur.push(c);
            cur_w += cw;
        }
    }
    if !overflow && !cur.is_empty() {
        lines.push(cur);
    }
    if overflow && let Some(last) = lines.last_mut() {
        let more = format!("{last} …");
        *last = ellipsize(&more, size, is_bold, max_width);
        if !last.ends_with('…') {
            last.push('…');
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_are_measured() {
        let w = text_width("Hello", 12.0);
        assert!(w > 25.0 && w < 40.0, "{w}");
        assert!(text_width_bold("Hello", 12.0) > w);
        assert!(text_width("WWW", 10.0) > text_width("iii", 10.0));
        assert_eq!(text_width("", 12.0), 0.0);
        // Missing glyphs still take room.
        assert!(text_width("北京", 12.0) > 20.0);
    }

    #[test]
    fn clean_strips_controls_and_collapses_space() {
        assert_eq!(clean("  a\n\tb\u{0}c \u{202E}d  "), "a bc d");
        assert_eq!(clean(""), "");
    }

    #[test]
    fn wrap_respects_width_and_lines() {
        let long = "word ".repeat(100);
        let lines = wrap(long.trim(), 12.0, false, 150.0, 3);
        assert_eq!(lines.len(), 3);
        assert!(lines[2].ends_with('…'));
        for l in &lines {
            assert!(text_width(l, 12.0) <= 150.0 + 1e-9, "{l}");
        }
        let huge = "x".repeat(500);
        let lines = wrap(&huge, 12.0, true, 100.0, 2);
        assert_eq!(lines.len(), 2);
        for l in &lines {
            assert!(text_width_bold(l, 12.0) <= 100.0 + 1e-9);
        }
        assert!(wrap("", 12.0, false, 100.0, 3).is_empty());
        assert_eq!(wrap("short", 12.0, false, 100.0, 3), vec!["short"]);
    }
}
