//! TempEval-3 scorer: tags each gold document with its DCT and reports strict/relaxed extent
//! P/R/F1, type and value F1, mod accuracy, and the worst error classes (misses, false
//! positives, wrong values) with examples, beside HeidelTime's published figures.
//!
//! Input: JSON Lines, one document a line: `doc`, `dct`, `text` (tags stripped), `timexes`
//! [{`start`, `end` (character offsets, end exclusive), `text`, `type`, `value`, `mod`,
//! `functionInDocument`, …}]. A gold timex marked `functionInDocument: PUBLICATION_TIME` is the
//! DCT written in the text (a dateline): it is excluded from the gold and any system timex
//! overlapping it is excluded from the system output, as TempEval-3 excludes the DCT.

use super::{Ann, ErrorGroups, Scores, in_context, pct, prefer_name, score};
use crate::tag::{Prefer, TagOptions, tag, to_records};
use chrono::NaiveDate;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// HeidelTime on TempEval-3 (platinum test set): strict F1, relaxed F1, value F1.
pub const HEIDELTIME_TE3: (f64, f64, f64) = (81.3, 90.3, 77.6);

/// How many error classes the report lists (see [`super::top_classes`]).
const TOP_CLASSES: usize = 12;

#[derive(Debug, Deserialize)]
struct GoldDoc {
    doc: String,
    dct: String,
    text: String,
    timexes: Vec<GoldTimex>,
}

#[derive(Debug, Deserialize)]
struct GoldTimex {
    start: usize,
    end: usize,
    #[serde(default)]
    text: String,
    #[serde(rename = "type")]
    kind: String,
    value: String,
    #[serde(rename = "mod", default)]
    modifier: Option<String>,
    #[serde(rename = "functionInDocument", default)]
    function_in_document: Option<String>,
}

/// The DCT of a record: `1998-02-13` or `1998-02-13T14:26:00` (the date part is used).
pub fn parse_dct(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok()
}

/// A coarse class of a TIMEX3 value for grouping errors: the type and the shape of the value,
/// e.g. `DATE day`, `DATE week`, `DATE PAST_REF`, `DURATION PnY`, `SET`.
pub fn value_class(kind: &str, value: &str) -> String {
    let shape: String = value
        .chars()
        .map(|c| if c.is_ascii_digit() { '9' } else { c })
        .collect();
    let s = match shape.as_str() {
        "PRESENT_REF" | "PAST_REF" | "FUTURE_REF" => shape.clone(),
        "9999-99-99" => "day".into(),
        "9999-W99" => "week".into(),
        "9999-W99-WE" => "weekend".into(),
        "9999-99" => "month".into(),
        "9999-SP" | "9999-SU" | "9999-FA" | "9999-WI" => "season".into(),
        "9999-Q9" => "quarter".into(),
        "9999-H9" => "half".into(),
        "9999" => "year".into(),
        "999" => "decade".into(),
        "99" => "century".into(),
        x if x.starts_with("9999-99-99T99:99") => "time".into(),
        x if x.starts_with("9999-99-99T") => "part of day".into(),
        x if x.starts_with('P') => {
            // Durations: digits collapse to `n`, so P3M and P12M share the class PnM.
            let mut out = String::new();
            for c in x.chars() {
                if c == '9' || c == '.' {
                    if !out.ends_with('n') {
                        out.push('n');
                    }
                } else {
                    out.push(c);
                }
            }
            out
        }
        x if x.contains('X') => "underspecified".into(),
        _ => "other".into(),
    };
    if kind == "SET" {
        "SET".into()
    } else {
        format!("{kind} {s}")
    }
}

/// The class of a false positive: its first word, lowercased, digits shown as 9.
pub fn fp_class(text: &str) -> String {
    let w = text.split_whitespace().next().unwrap_or("");
    let w: String = w
        .chars()
        .map(|c| {
            if c.is_ascii_digit() {
                '9'
            } else {
                c.to_lowercase().next().unwrap_or(c)
            }
        })
        .collect();
    format!("FP '{w}'")
}

/// Per-corpus accumulation.
#[derive(Default)]
struct Acc {
    scores: Scores,
    docs: usize,
    bad_lines: Vec<(usize, String)>,
    excluded_dct: usize,
    excluded_sys: usize,
    missed: ErrorGroups,
    spurious: ErrorGroups,
    wrong_value: ErrorGroups,
    wrong_type: ErrorGroups,
    /// Per gold type: (gold, found relaxed, right value).
    by_type: BTreeMap<String, (usize, usize, usize)>,
}

/// Scores one document into `acc`.
fn eval_doc(d: &GoldDoc, prefer: Prefer, acc: &mut Acc) -> Result<(), String> {
    let dct = parse_dct(&d.dct).ok_or_else(|| format!("bad dct `{}`", d.dct))?;
    let nchars = d.text.chars().count();
    let mut excluded = Vec::new();
    let mut gold = Vec::new();
    for t in &d.timexes {
        if t.start > t.end || t.end > nchars {
            return Err(format!(
                "timex {}..{} outside the text ({} chars)",
                t.start, t.end, nchars
            ));
        }
        if t.function_in_document.as_deref() == Some("PUBLICATION_TIME") {
            excluded.push((t.start, t.end));
            continue;
        }
        gold.push(Ann {
            start: t.start,
            end: t.end,
            text: t.text.clone(),
            kind: t.kind.clone(),
            value: t.value.clone(),
            modifier: t.modifier.clone().filter(|m| !m.is_empty()),
        });
    }
    let found = tag(&d.text, Some(dct), &TagOptions { prefer });
    let mut sys = Vec::new();
    for r in to_records(&d.text, &found) {
        if excluded
            .iter()
            .any(|&e| super::overlap(e, (r.start, r.end)) > 0)
        {
            acc.excluded_sys += 1;
            continue;
        }
        sys.push(Ann {
            start: r.start,
            end: r.end,
            text: r.text,
            kind: r.kind.to_string(),
            value: r.value,
            modifier: r.modifier.map(str::to_string),
        });
    }
    acc.excluded_dct += excluded.len();
    let (s, pairs) = score(&gold, &sys);
    acc.scores.add(&s);
    acc.docs += 1;

    let ctx = |a: &Ann| format!("{}: {}", d.doc, in_context(&d.text, a.start, a.end, 35));
    let mut gmatched = vec![None; gold.len()];
    let mut smatched = vec![false; sys.len()];
    for &(gi, si) in &pairs {
        gmatched[gi] = Some(si);
        smatched[si] = true;
    }
    for (gi, g) in gold.iter().enumerate() {
        let class = value_class(&g.kind, &g.value);
        let row = acc.by_type.entry(g.kind.clone()).or_default();
        row.0 += 1;
        if let Some(si) = gmatched[gi] {
            row.1 += 1;
            if sys[si].value == g.value {
                row.2 += 1;
            }
        }
        match gmatched[gi] {
            None => acc.missed.push(
                &class,
                format!("{}  expected {} {}", ctx(g), g.kind, g.value),
                super::examples_per_class(),
            ),
            Some(si) => {
                let y = &sys[si];
                if y.value != g.value {
                    acc.wrong_value.push(
                        &class,
                        format!(
                            "{}  expected {} got {} (system span '{}')",
                            ctx(g),
                            g.value,
                            y.value,
                            y.text
                        ),
                        super::examples_per_class(),
                    );
                }
                if y.kind != g.kind {
                    acc.wrong_type.push(
                        &format!("{} tagged {}", g.kind, y.kind),
                        format!("{}  '{}'", ctx(g), y.text),
                        super::examples_per_class(),
                    );
                }
            }
        }
    }
    for (si, y) in sys.iter().enumerate() {
        if !smatched[si] {
            acc.spurious.push(
                &fp_class(&y.text),
                format!("{}  got {} {}", ctx(y), y.kind, y.value),
                super::examples_per_class(),
            );
        }
    }
    Ok(())
}

/// Scores the TempEval JSON Lines `content` (named `name` in the report) and returns the
/// report. Unreadable lines are counted and listed, not fatal.
pub fn report(name: &str, content: &str, prefer: Prefer) -> String {
    let mut acc = Acc::default();
    for (i, line) in content.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<GoldDoc>(line) {
            Ok(d) => {
                if let Err(e) = eval_doc(&d, prefer, &mut acc) {
                    acc.bad_lines
                        .push((i + 1, format!("document {}: {e}", d.doc)));
                }
            }
            Err(e) => acc.bad_lines.push((i + 1, e.to_string())),
        }
    }
    render(name, prefer, &acc)
}

fn render(name: &str, prefer: Prefer, acc: &Acc) -> String {
    let s = &acc.scores;
    let mut o = String::new();
    let _ = writeln!(
        o,
        "TempEval-3 evaluation of {name}\n{} documents, {} gold timexes, {} system timexes \
         (direction: {})",
        acc.docs,
        s.relaxed.gold,
        s.relaxed.system,
        prefer_name(prefer)
    );
    let _ = writeln!(
        o,
        "DCT excluded: {} gold timexes marked functionInDocument=PUBLICATION_TIME, {} system \
         timexes overlapping them",
        acc.excluded_dct, acc.excluded_sys
    );
    if !acc.bad_lines.is_empty() {
        let _ = writeln!(
            o,
            "SKIPPED {} unreadable lines (fix the file or report it):",
            acc.bad_lines.len()
        );
        for (n, e) in acc.bad_lines.iter().take(10) {
            let _ = writeln!(o, "  line {n}: {e}");
        }
    }
    let _ = writeln!(
        o,
        "\n{:<16} {:>6} {:>6} {:>6}   {:>8} {:>7} {:>6}   HeidelTime F1",
        "", "P", "R", "F1", "correct", "system", "gold"
    );
    let (ht_s, ht_r, ht_v) = HEIDELTIME_TE3;
    let rows = [
        ("strict extent", s.strict, Some(ht_s)),
        ("relaxed extent", s.relaxed, Some(ht_r)),
        ("type", s.kind, None),
        ("value", s.value, Some(ht_v)),
    ];
    for (label, p, ht) in rows {
        let _ = writeln!(
            o,
            "{:<16} {:>6} {:>6} {:>6}   {:>8} {:>7} {:>6}   {}",
            label,
            pct(p.precision()),
            pct(p.recall()),
            pct(p.f1()),
            p.correct,
            p.system,
            p.gold,
            ht.map(|x| format!("{x:.1}")).unwrap_or_default()
        );
    }
    let _ = writeln!(
        o,
        "mod accuracy over relaxed matches: {}% ({}/{}); gold mods found: {}/{}",
        pct(s.mod_accuracy()),
        s.mod_correct,
        s.relaxed.correct,
        s.gold_mods_found,
        s.gold_mods
    );
    let _ = writeln!(
        o,
        "(HeidelTime figures: TempEval-3 platinum test set, published; ours: TBAQ training \
         data, so the comparison is indicative.)"
    );
    let _ = writeln!(
        o,
        "\nrecall by gold type: {:<9} {:>6} {:>15} {:>15}",
        "type", "gold", "found (relaxed)", "right value"
    );
    for (kind, (n, found, right)) in &acc.by_type {
        let _ = writeln!(
            o,
            "                     {:<9} {:>6} {:>15} {:>15}",
            kind,
            n,
            format!("{}%", pct(super::ratio(*found, *n))),
            format!("{}%", pct(super::ratio(*right, *n)))
        );
    }
    o.push_str("\nWORST ERROR CLASSES");
    acc.missed.write(
        &mut o,
        "Misses (gold not found), by gold class",
        super::top_classes(TOP_CLASSES),
    );
    acc.wrong_value.write(
        &mut o,
        "Wrong values (relaxed match, value differs), by gold class",
        super::top_classes(TOP_CLASSES),
    );
    acc.spurious.write(
        &mut o,
        "False positives (system not in gold), by first word",
        super::top_classes(TOP_CLASSES),
    );
    acc.wrong_type.write(
        &mut o,
        "Wrong types (relaxed match)",
        super::top_classes(TOP_CLASSES / 2),
    );
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        assert_eq!(value_class("DATE", "1998-01-08"), "DATE day");
        assert_eq!(value_class("DATE", "1998-W02"), "DATE week");
        assert_eq!(value_class("DATE", "PAST_REF"), "DATE PAST_REF");
        assert_eq!(value_class("DURATION", "P12M"), "DURATION PnM");
        assert_eq!(value_class("DURATION", "PXY"), "DURATION PXY");
        assert_eq!(value_class("DURATION", "PT1.5H"), "DURATION PTnH");
        assert_eq!(value_class("TIME", "1998-01-20TEV"), "TIME part of day");
        assert_eq!(value_class("TIME", "1998-01-20T14:30"), "TIME time");
        assert_eq!(value_class("SET", "P1D"), "SET");
        assert_eq!(value_class("DATE", "XXXX-07"), "DATE underspecified");
        assert_eq!(fp_class("Monday morning"), "FP 'monday'");
        assert_eq!(fp_class("1998"), "FP '9999'");
    }

    #[test]
    fn dct_forms() {
        let d = NaiveDate::from_ymd_opt(1998, 2, 13);
        assert_eq!(parse_dct("1998-02-13T14:26:00"), d);
        assert_eq!(parse_dct("1998-02-13"), d);
        assert_eq!(parse_dct("13/02/1998"), None);
        assert_eq!(parse_dct("1998"), None);
    }

    #[test]
    fn bad_lines_are_counted_not_fatal() {
        let content = "{not json}\n\n{\"doc\":\"a\",\"dct\":\"1998-01-08\",\"text\":\"x\",\
                       \"timexes\":[{\"start\":0,\"end\":9,\"type\":\"DATE\",\"value\":\"1998\"}]}\n\
                       {\"doc\":\"b\",\"dct\":\"1998-01-08\",\"text\":\"in 1998\",\
                       \"timexes\":[{\"start\":3,\"end\":7,\"type\":\"DATE\",\"value\":\"1998\",\
                       \"text\":\"1998\"}]}";
        let r = report("t", content, Prefer::Auto);
        assert!(r.contains("SKIPPED 2 unreadable lines"), "{r}");
        assert!(r.contains("line 1:"), "{r}");
        assert!(r.contains("line 3: document a: timex 0..9 outside"), "{r}");
        assert!(r.contains("1 documents, 1 gold timexes"), "{r}");
    }

    #[test]
    fn publication_time_is_excluded() {
        let content = "{\"doc\":\"x\",\"dct\":\"1998-08-08\",\"text\":\"ROME, August 8 (X)\",\
                       \"timexes\":[{\"start\":6,\"end\":14,\"type\":\"DATE\",\
                       \"value\":\"1998-08-08\",\"functionInDocument\":\"PUBLICATION_TIME\"}]}";
        let r = report("t", content, Prefer::Auto);
        assert!(r.contains("1 documents, 0 gold timexes"), "{r}");
        assert!(r.contains("DCT excluded: 1 gold"), "{r}");
    }
}
