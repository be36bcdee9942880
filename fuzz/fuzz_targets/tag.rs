//! Fuzz target: arbitrary bytes (read as lossy UTF-8), an arbitrary DCT (or none) and an
//! arbitrary direction go to `tag()` and `to_records()`, and the output invariants are checked:
//! spans sorted, non-overlapping, non-empty, inside the text, on char boundaries, `text` equal
//! to the slice, records' char offsets consistent with the byte offsets, values printable.
//!
//! Input layout: byte 0 = flags (bits 0-1 direction, bit 2 no DCT), bytes 1-4 = DCT as days
//! from 2000-01-01 (clamped to years 1..=9999), the rest = text.
#![no_main]

use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;
use timeline::tag::{Prefer, TagOptions, tag, to_records};

fn decode(data: &[u8]) -> (Option<NaiveDate>, Prefer, String) {
    let flags = data.first().copied().unwrap_or(0);
    let prefer = match flags & 3 {
        0 => Prefer::Auto,
        1 => Prefer::Past,
        _ => Prefer::Future,
    };
    let base = NaiveDate::from_ymd_opt(2000, 1, 1).expect("valid date");
    let lo = NaiveDate::from_ymd_opt(1, 1, 1).expect("valid date");
    let hi = NaiveDate::from_ymd_opt(9999, 12, 31).expect("valid date");
    let dct = if flags & 4 != 0 || data.len() < 5 {
        None
    } else {
        let raw = i32::from_le_bytes([data[1], data[2], data[3], data[4]]);
        let days = i64::from(raw).clamp((lo - base).num_days(), (hi - base).num_days());
        Some(base + chrono::Duration::days(days))
    };
    let text = String::from_utf8_lossy(data.get(5..).unwrap_or(&[])).into_owned();
    (dct, prefer, text)
}

fuzz_target!(|data: &[u8]| {
    let (dct, prefer, text) = decode(data);
    let found = tag(&text, dct, &TagOptions { prefer });
    let mut prev_end = 0usize;
    for t in &found {
        assert!(
            t.start < t.end,
            "empty or inverted span {}..{}",
            t.start,
            t.end
        );
        assert!(
            t.end <= text.len(),
            "span {}..{} beyond text",
            t.start,
            t.end
        );
        assert!(
            text.is_char_boundary(t.start) && text.is_char_boundary(t.end),
            "span {}..{} not on char boundaries",
            t.start,
            t.end
        );
        assert!(
            t.start >= prev_end,
            "spans unsorted or overlapping at {}",
            t.start
        );
        assert_eq!(t.text, text[t.start..t.end], "text differs from the slice");
        prev_end = t.end;
        let _ = t.value.to_string();
        let _ = (t.value.interval(), t.value.granularity());
    }
    let recs = to_records(&text, &found);
    assert_eq!(recs.len(), found.len());
    for (r, t) in recs.iter().zip(&found) {
        assert_eq!(r.start, text[..t.start].chars().count());
        assert_eq!(r.end, text[..t.end].chars().count());
        assert_eq!(r.text, t.text);
        assert_eq!(r.value, t.value.to_string());
    }
});
