//! Bytes of a file → text.
//!
//! - A byte-order mark decides: UTF-8 (stripped), UTF-16 LE or BE.
//! - Without one, UTF-16 is recognised by its pattern of NUL bytes (plain-ASCII text in
//!   UTF-16 has a NUL in every other byte); any other NUL byte means a binary file, refused.
//! - Valid UTF-8 is taken as is.
//! - Otherwise the encoding a web page declares (`<meta charset>`) is used when the caller
//!   passes one; failing that, text that is mostly valid UTF-8 with a few broken bytes is read
//!   as UTF-8 with those bytes replaced (U+FFFD), and anything else as Windows-1252, the usual
//!   legacy encoding of Western European news text.
//!
//! Whatever was assumed is returned as a note naming the encoding, so the user can check it.
//! Line ends are normalised (`\r\n` and lone `\r` → `\n`), so that text offsets mean the same
//! whatever system wrote the file.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, WINDOWS_1252};

use super::error::ProblemKind;

/// Decoded text, and a note on anything assumed about it (e.g. an encoding).
pub(crate) struct Decoded {
    pub text: String,
    pub note: Option<String>,
}

/// Decodes a file's bytes; errors say why it is not readable text. `declared` is an encoding
/// the file itself names (an HTML page's charset), used only if the bytes are not UTF-8.
pub(crate) fn decode(
    bytes: &[u8],
    declared: Option<&'static Encoding>,
) -> Result<Decoded, ProblemKind> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ProblemKind::Empty);
    }
    let (text, note) = to_string(bytes, declared)?;
    let text = normalise_newlines(&text);
    if text.trim().is_empty() {
        return Err(ProblemKind::Empty);
    }
    Ok(Decoded { text, note })
}

fn to_string(
    bytes: &[u8],
    declared: Option<&'static Encoding>,
) -> Result<(String, Option<String>), ProblemKind> {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let body = &bytes[bom_len..];
        if enc == encoding_rs::UTF_8 {
            return match std::str::from_utf8(body) {
                Ok(t) => Ok((t.to_string(), None)),
                Err(_) => Ok(lossy_utf8(body)),
            };
        }
        let (text, had_errors) = enc.decode_without_bom_handling(body);
        let mut note = format!("read as {} (byte-order mark)", enc.name());
        if had_errors {
            note.push_str("; some bytes were not valid and were replaced by �");
        }
        return Ok((text.into_owned(), Some(note)));
    }
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        if let Some(enc) = utf16_without_bom(bytes) {
            let (text, _) = enc.decode_without_bom_handling(bytes);
            let note = format!(
                "read as {} (no byte-order mark; guessed from its NUL bytes) — save it as UTF-8 to be sure",
                enc.name()
            );
            return Ok((text.into_owned(), Some(note)));
        }
        return Err(ProblemKind::Binary { offset });
    }
    if let Ok(t) = std::str::from_utf8(bytes) {
        return Ok((t.to_string(), None));
    }
    if let Some(enc) = declared.filter(|e| *e != encoding_rs::UTF_8) {
        let (text, _, had_errors) = enc.decode(bytes);
        let mut note = format!("read as {}, the encoding the page declares", enc.name());
        if had_errors {
            note.push_str("; some bytes were not valid and were replaced by �");
        }
        return Ok((text.into_owned(), Some(note)));
    }
    if mostly_utf8(bytes) {
        return Ok(lossy_utf8(bytes));
    }
    let (text, _, _) = WINDOWS_1252.decode(bytes);
    let offset = std::str::from_utf8(bytes)
        .err()
        .map_or(0, |e| e.valid_up_to());
    let note = format!(
        "not UTF-8 (invalid byte at offset {offset}); read as Windows-1252 (Western European) — if accented letters look wrong, save it as UTF-8"
    );
    Ok((text.into_owned(), Some(note)))
}

/// UTF-8 with its invalid bytes replaced, and a note saying how many.
fn lossy_utf8(bytes: &[u8]) -> (String, Option<String>) {
    let text = String::from_utf8_lossy(bytes).into_owned();
    let bad = text.matches('\u{FFFD}').count();
    let first = std::str::from_utf8(bytes)
        .err()
        .map_or(0, |e| e.valid_up_to());
    let note = format!(
        "mostly UTF-8, but {bad} invalid byte sequence(s) (the first at offset {first}) were replaced by �; re-save it as UTF-8 to keep those characters"
    );
    (text, Some(note))
}

/// Whether non-UTF-8 bytes look like UTF-8 with a few errors rather than a legacy encoding:
/// at least as many valid multi-byte characters as invalid sequences, and at least one.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut good, mut bad) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        good += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        if !chunk.invalid().is_empty() {
            bad += 1;
        }
    }
    good > 0 && good >= bad
}

/// UTF-16 without a byte-order mark: NULs only in odd (LE) or only in even (BE) positions,
/// in at least a third of them.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    if bytes.len() < 4 || !bytes.len().is_multiple_of(2) {
        return None;
    }
    let pairs = bytes.len() / 2;
    let even = bytes.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd = bytes.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
    if even == 0 && odd * 3 >= pairs {
        Some(UTF_16LE)
    } else if odd == 0 && even * 3 >= pairs {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// `\r\n` and lone `\r` → `\n`.
pub(crate) fn normalise_newlines(s: &str) -> String {
    if !s.contains('\r') {
        return s.to_string();
    }
    s.replace("\r\n", "\n").replace('\r', "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16(s: &str, le: bool) -> Vec<u8> {
        s.encode_utf16()
            .flat_map(|u| if le { u.to_le_bytes() } else { u.to_be_bytes() })
            .collect()
    }

    #[test]
    fn encodings() {
        let s = "Café — naïve\r\nline";
        let mut le = vec![0xFF, 0xFE];
        le.extend(utf16(s, true));
        let mut be = vec![0xFE, 0xFF];
        be.extend(utf16(s, false));
        for b in [le, be, utf16(s, true), utf16(s, false)] {
            let d = decode(&b, None).unwrap();
            assert_eq!(d.text, "Café — naïve\nline");
            assert!(d.note.unwrap().contains("UTF-16"));
        }
        let d = decode(b"\xEF\xBB\xBFplain", None).unwrap();
        assert_eq!((d.text.as_str(), d.note), ("plain", None));
        let d = decode(b"Caf\xe9 \x93quoted\x94", None).unwrap();
        assert_eq!(d.text, "Café “quoted”");
        assert!(d.note.unwrap().contains("Windows-1252"));
        let d = decode(
            "naïve café "
                .as_bytes()
                .iter()
                .chain(b"\xff")
                .copied()
                .collect::<Vec<_>>()
                .as_slice(),
            None,
        )
        .unwrap();
        assert_eq!(d.text, "naïve café \u{FFFD}");
        assert!(d.note.unwrap().contains("mostly UTF-8"));
        assert!(matches!(
            decode(b"PK\x03\x04\x00\x01\x02", None),
            Err(ProblemKind::Binary { offset: 4 })
        ));
        assert!(matches!(decode(b" \n\t", None), Err(ProblemKind::Empty)));
    }
}
