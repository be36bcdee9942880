//! Bytes of a file → text: rejects binary files, strips a UTF-8 byte-order mark and
//! normalises line ends (`\r\n` and lone `\r` → `\n`), so that text offsets mean the same
//! whatever system wrote the file.

use super::error::ProblemKind;

/// Decoded text, and a note on anything assumed about it (e.g. an encoding).
pub(crate) struct Decoded {
    pub text: String,
    pub note: Option<String>,
}

/// Decodes a file's bytes; errors say why it is not readable text.
pub(crate) fn decode(bytes: &[u8]) -> Result<Decoded, ProblemKind> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ProblemKind::Empty);
    }
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Some(offset) = body.iter().position(|&b| b == 0) {
        return Err(ProblemKind::Binary {
            offset: offset + (bytes.len() - body.len()),
        });
    }
    let text = match std::str::from_utf8(body) {
        Ok(t) => t,
        Err(e) => {
            return Err(ProblemKind::NotUtf8 {
                offset: e.valid_up_to() + (bytes.len() - body.len()),
            });
        }
    };
    let text = normalise_newlines(text);
    if text.trim().is_empty() {
        return Err(ProblemKind::Empty);
    }
    Ok(Decoded { text, note: None })
}

/// `\r\n` and lone `\r` → `\n`.
pub(crate) fn normalise_newlines(s: &str) -> String {
    if !s.contains('\r') {
        return s.to_string();
    }
    s.replace("\r\n", "\n").replace('\r', "\n")
}
