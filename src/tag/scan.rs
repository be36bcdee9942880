//! Tokenizer: one pass over the bytes of the text producing words, numbers and punctuation
//! with byte spans, spacing flags and their lexicon senses. Never allocates per token beyond
//! the output vector, and never slices inside a UTF-8 character.

use super::lexicon::{self, Kinds, Sense};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// ASCII letters (a word may carry an inner apostrophe-free hyphen-free run only).
    Word,
    /// Digits. `grouped` numbers ("100,000") and decimals ("1.5") are never dates.
    Num { grouped: bool, decimal: bool },
    /// One punctuation byte (non-ASCII characters map to 0, curly apostrophes to b'\'').
    Punct(u8),
}

#[derive(Debug, Clone, Copy)]
pub struct Tok {
    pub s: usize,
    pub e: usize,
    pub kind: Kind,
    /// Value of a number token (saturating), 0 otherwise.
    pub num: u64,
    /// Number of digits of a number token.
    pub ndigits: u8,
    /// First letter upper-case.
    pub cap: bool,
    /// Whitespace precedes the token.
    pub gap: bool,
    /// A blank line (paragraph break) precedes the token.
    pub para: bool,
    pub senses: &'static [Sense],
    /// The variants among `senses`.
    pub kinds: Kinds,
}

impl Tok {
    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }
    pub fn is_punct(&self, c: u8) -> bool {
        self.kind == Kind::Punct(c)
    }
    pub fn plain_num(&self) -> Option<u64> {
        match self.kind {
            Kind::Num {
                grouped: false,
                decimal: false,
            } => Some(self.num),
            _ => None,
        }
    }
    pub fn has(&self, f: impl Fn(&Sense) -> bool) -> bool {
        self.senses.iter().any(f)
    }
    /// Whether one of the senses is of the variant of `s`, whatever its payload: for a sense
    /// without payload the same as `senses.contains(&s)`, in one AND.
    #[inline]
    pub fn has_kind(&self, s: Sense) -> bool {
        self.kinds.0 & (1 << s.kind()) != 0
    }
}

/// Tokenizes `text`. Words longer than 16 letters get no senses; non-ASCII letters end a word.
pub fn tokenize(text: &str) -> Vec<Tok> {
    let b = text.as_bytes();
    // about one token per three bytes in tokenised news text; avoids regrowing
    let mut out = Vec::with_capacity(b.len() / 3 + 16);
    let mut i = 0usize;
    let mut gap = true;
    let mut newlines = 0u32;
    let lex = lexicon::Lookup::get();
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_whitespace() {
            if c == b'\n' {
                newlines += 1;
            }
            gap = true;
            i += 1;
            continue;
        }
        let para = newlines >= 2;
        let start = i;
        let tok = if c.is_ascii_alphabetic() {
            let (end, key) = scan_word(b, start);
            i = end;
            let (senses, kinds) = lex.senses_of(key, i - start);
            Tok {
                s: start,
                e: i,
                kind: Kind::Word,
                num: 0,
                ndigits: 0,
                cap: c.is_ascii_uppercase(),
                gap,
                para,
                senses,
                kinds,
            }
        } else if c.is_ascii_digit() {
            let mut num: u64 = 0;
            let mut nd: u8 = 0;
            let mut grouped = false;
            let mut decimal = false;
            while i < b.len() && b[i].is_ascii_digit() {
                num = num.saturating_mul(10).saturating_add((b[i] - b'0') as u64);
                nd = nd.saturating_add(1);
                i += 1;
                // "100,000": a comma followed by exactly three digits continues the number.
                if i < b.len()
                    && b[i] == b','
                    && b.get(i + 1..i + 4)
                        .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
                    && !b.get(i + 4).is_some_and(u8::is_ascii_digit)
                {
                    grouped = true;
                    i += 1;
                }
            }
            // "1.5" is a decimal; "10.31.1974" (digits.digits.digits) is left to the grammar.
            let after_dot = start >= 2 && b[start - 1] == b'.' && b[start - 2].is_ascii_digit();
            if !grouped
                && !after_dot
                && i + 1 < b.len()
                && b[i] == b'.'
                && b[i + 1].is_ascii_digit()
            {
                let mut j = i + 1;
                while j < b.len() && b[j].is_ascii_digit() {
                    j += 1;
                }
                let dotted_date = j + 1 < b.len() && b[j] == b'.' && b[j + 1].is_ascii_digit();
                if !dotted_date {
                    decimal = true;
                    i = j;
                }
            }
            Tok {
                s: start,
                e: i,
                kind: Kind::Num { grouped, decimal },
                num,
                ndigits: nd,
                cap: false,
                gap,
                para,
                senses: &[],
                kinds: Kinds(0),
            }
        } else if c < 0x80 {
            i += 1;
            Tok {
                s: start,
                e: i,
                kind: Kind::Punct(c),
                num: 0,
                ndigits: 0,
                cap: false,
                gap,
                para,
                senses: &[],
                kinds: Kinds(0),
            }
        } else {
            // A non-ASCII character: skip to the next char boundary.
            let len = match c {
                0xC0..=0xDF => 2,
                0xE0..=0xEF => 3,
                0xF0..=0xF7 => 4,
                _ => 1,
            };
            let mut j = (i + len).min(b.len());
            while j < b.len() && !text.is_char_boundary(j) {
                j += 1;
            }
            let code = match &b[i..j] {
                // ’ and ‘ act as apostrophes ("Monday’s").
                [0xE2, 0x80, 0x98] | [0xE2, 0x80, 0x99] => b'\'',
                // en and em dashes act as hyphens.
                [0xE2, 0x80, 0x93] | [0xE2, 0x80, 0x94] => b'-',
                _ => 0,
            };
            i = j;
            Tok {
                s: start,
                e: i,
                kind: Kind::Punct(code),
                num: 0,
                ndigits: 0,
                cap: false,
                gap,
                para,
                senses: &[],
                kinds: Kinds(0),
            }
        };
        out.push(tok);
        gap = false;
        newlines = 0;
    }
    out
}

/// One high bit per byte of `x` that is not an ASCII letter.
#[inline]
fn non_letters(x: u64) -> u64 {
    const LO7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    const HI: u64 = 0x8080_8080_8080_8080;
    // Lower-case (letters only differ in bit 5) and drop the high bit, so that the sums below
    // cannot carry into the next byte; bytes with the high bit set are put back at the end.
    let y = (x | 0x2020_2020_2020_2020) & LO7;
    let ge_a = y.wrapping_add(0x1F1F_1F1F_1F1F_1F1F); // high bit: y >= b'a'
    let gt_z = y.wrapping_add(0x0505_0505_0505_0505); // high bit: y > b'z'
    (!ge_a | gt_z | x) & HI
}

/// The end of the word of ASCII letters starting at `start` (itself a letter) and the word
/// lower-cased and packed as its lexicon key (the first 16 letters). Eight bytes at a time
/// while 16 remain, byte by byte near the end of the text.
#[inline]
fn scan_word(b: &[u8], start: usize) -> (usize, (u64, u64)) {
    const LOWER: u64 = 0x2020_2020_2020_2020;
    // The low `n` bytes of a word (n < 8).
    let low = |x: u64, n: usize| x & ((1u64 << (8 * n)) - 1);
    if let Some(chunk) = b.get(start..start + 16) {
        let (c0, c1) = chunk.split_at(8);
        let w0 = u64::from_le_bytes(c0.try_into().unwrap_or_default());
        let n0 = non_letters(w0);
        if n0 != 0 {
            let n = n0.trailing_zeros() as usize / 8;
            return (start + n, (low(w0 | LOWER, n), 0));
        }
        let w1 = u64::from_le_bytes(c1.try_into().unwrap_or_default());
        let n1 = non_letters(w1);
        if n1 != 0 {
            let n = n1.trailing_zeros() as usize / 8;
            return (start + 8 + n, (w0 | LOWER, low(w1 | LOWER, n)));
        }
        let mut i = start + 16;
        while b.get(i).is_some_and(u8::is_ascii_alphabetic) {
            i += 1;
        }
        return (i, (w0 | LOWER, w1 | LOWER));
    }
    let mut key = (0u64, 0u64);
    let mut i = start;
    while let Some(&ch) = b.get(i).filter(|ch| ch.is_ascii_alphabetic()) {
        let k = i - start;
        if k < 8 {
            key.0 |= u64::from(ch | 0x20) << (8 * k);
        } else if k < 16 {
            key.1 |= u64::from(ch | 0x20) << (8 * (k - 8));
        }
        i += 1;
    }
    (i, key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_words_and_punct() {
        let t = tokenize("On Jan. 26, 100,000 troops; 1.5 F-16 ’s 2022-01-26");
        let kinds: Vec<_> = t.iter().map(|t| t.kind).collect();
        assert_eq!(t[0].kind, Kind::Word);
        assert!(t[0].cap);
        assert_eq!(t[2].kind, Kind::Punct(b'.'));
        assert_eq!(t[3].num, 26);
        assert_eq!(
            t[5].kind,
            Kind::Num {
                grouped: true,
                decimal: false
            }
        );
        assert_eq!(t[5].num, 100_000);
        assert!(kinds.contains(&Kind::Num {
            grouped: false,
            decimal: true
        }));
        assert!(t.iter().any(|t| t.is_punct(b'\'')));
    }

    #[test]
    fn word_scan_matches_bytewise() {
        let text = "a Ab the JANUARY september Septembers\u{e9}x thanksgivingday abcdefghijklmnopq \
                    z{ Z@ a[ z` A` quarter2 Monday\u{2019}s XXXXXXXXXXXXXXXX";
        let b = text.as_bytes();
        for start in 0..b.len() {
            if !b[start].is_ascii_alphabetic() {
                continue;
            }
            let mut e = start;
            while e < b.len() && b[e].is_ascii_alphabetic() {
                e += 1;
            }
            let w = text[start..e].to_ascii_lowercase();
            let key = lexicon::pack(&w.as_bytes()[..w.len().min(16)]).unwrap_or((0, 0));
            assert_eq!(scan_word(b, start), (e, key), "at {start}");
        }
    }

    #[test]
    fn never_splits_chars() {
        for s in ["é", "日本 2022年", "\u{2019}90s", "\u{feff}x", "\u{10FFFF}"] {
            for tk in tokenize(s) {
                assert!(s.is_char_boundary(tk.s) && s.is_char_boundary(tk.e));
            }
        }
    }
}
