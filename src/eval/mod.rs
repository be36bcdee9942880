//! Measurement of the temporal tagger: TempEval-3 extent/attribute scores, Duckling phrase
//! coverage and the Timeline17 Date-F1 scorer.
//!
//! [`run_timex_eval`] reads a JSON Lines gold file, recognises its kind from the fields of its
//! records and returns a human-readable report. The metric primitives shared by the scorers
//! (one-to-one span matching, precision/recall/F1 counts) live here so they can be unit-tested
//! on tiny synthetic lists.
//!
//! Commands (from the repository root, with `shared/` beside it):
//! - `cargo run --release --example eval_timex -- ../shared/eval/tempeval3-tbaq.jsonl`
//! - `cargo run --release --example eval_timex -- ../shared/eval/duckling-en-corpus.jsonl`
//!   (`--prefer past|future|auto` overrides the default direction: auto for TempEval, future
//!   for Duckling; `TIMELINE_EVAL_EXAMPLES=N` / `TIMELINE_EVAL_TOP=N` list more examples and
//!   error classes)
//! - `cargo bench --bench tag_throughput` (throughput), `fuzz/README.md` (fuzzing)

pub mod convention;
pub mod duckling;
pub mod instant;
pub mod t17;
pub mod t17_build;
pub mod tempeval;
#[cfg(test)]
mod test_support;

use crate::tag::Prefer;
use anyhow::{Context, Result, bail};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

/// Counts behind a precision/recall/F1 figure: `correct` of `system` items are right, out of
/// `gold` expected items.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Prf {
    pub correct: usize,
    pub system: usize,
    pub gold: usize,
}

impl Prf {
    pub fn new(correct: usize, system: usize, gold: usize) -> Self {
        Prf {
            correct,
            system,
            gold,
        }
    }
    /// Precision (0 when the system produced nothing).
    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.system)
    }
    /// Recall (0 when there is nothing to find).
    pub fn recall(&self) -> f64 {
        ratio(self.correct, self.gold)
    }
    /// Harmonic mean of precision and recall (0 when both are 0).
    pub fn f1(&self) -> f64 {
        f1_of(self.precision(), self.recall())
    }
    /// Adds another document's counts.
    pub fn add(&mut self, o: Prf) {
        self.correct += o.correct;
        self.system += o.system;
        self.gold += o.gold;
    }
}

/// `a / b`, 0 when `b` is 0.
pub fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// Harmonic mean of `p` and `r`, 0 when both are 0.
pub fn f1_of(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// An annotated temporal expression, gold or system, in character offsets (end exclusive).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ann {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// TIMEX3 type: DATE, TIME, DURATION, SET.
    pub kind: String,
    /// TIMEX3 value string.
    pub value: String,
    /// TIMEX3 mod, if any.
    pub modifier: Option<String>,
}

/// Number of characters two half-open spans share.
pub fn overlap(a: (usize, usize), b: (usize, usize)) -> usize {
    let lo = a.0.max(b.0);
    let hi = a.1.min(b.1);
    hi.saturating_sub(lo)
}

/// One-to-one matching of gold and system spans with identical offsets. Returns
/// `(gold index, system index)` pairs sorted by gold index.
pub fn match_strict(gold: &[(usize, usize)], sys: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut used = vec![false; sys.len()];
    let mut out = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        if let Some(si) = (0..sys.len()).find(|&si| !used[si] && sys[si] == *g) {
            used[si] = true;
            out.push((gi, si));
        }
    }
    out
}

/// One-to-one matching of overlapping spans, greedy by overlap: the pair sharing the most
/// characters is taken first, ties broken by position, and each span is used at most once.
/// Returns `(gold index, system index)` pairs sorted by gold index.
pub fn match_relaxed(gold: &[(usize, usize)], sys: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut cands = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        for (si, s) in sys.iter().enumerate() {
            let o = overlap(*g, *s);
            // Empty spans overlap nothing; identical empty spans still count as a match.
            if o > 0 || (g == s && g.0 == g.1) {
                cands.push((o, gi, si));
            }
        }
    }
    cands.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut gused = vec![false; gold.len()];
    let mut sused = vec![false; sys.len()];
    let mut out = Vec::new();
    for (_, gi, si) in cands {
        if !gused[gi] && !sused[si] {
            gused[gi] = true;
            sused[si] = true;
            out.push((gi, si));
        }
    }
    out.sort_unstable();
    out
}

/// TempEval-3 scores of one document (or, summed, of a corpus).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Scores {
    pub strict: Prf,
    pub relaxed: Prf,
    /// Relaxed matches whose type is also right.
    pub kind: Prf,
    /// Relaxed matches whose value is also right.
    pub value: Prf,
    /// Relaxed matches whose mod agrees (both absent counts as agreeing).
    pub mod_correct: usize,
    /// Relaxed matches where the gold carries a mod, and of those how many the system got.
    pub gold_mods: usize,
    pub gold_mods_found: usize,
}

impl Scores {
    pub fn add(&mut self, o: &Scores) {
        self.strict.add(o.strict);
        self.relaxed.add(o.relaxed);
        self.kind.add(o.kind);
        self.value.add(o.value);
        self.mod_correct += o.mod_correct;
        self.gold_mods += o.gold_mods;
        self.gold_mods_found += o.gold_mods_found;
    }
    /// Share of relaxed matches with the right mod.
    pub fn mod_accuracy(&self) -> f64 {
        ratio(self.mod_correct, self.relaxed.correct)
    }
}

/// Scores system annotations against gold ones and returns the relaxed matching used, so the
/// caller can list the errors.
pub fn score(gold: &[Ann], sys: &[Ann]) -> (Scores, Vec<(usize, usize)>) {
    let gs: Vec<_> = gold.iter().map(|a| (a.start, a.end)).collect();
    let ss: Vec<_> = sys.iter().map(|a| (a.start, a.end)).collect();
    let strict = match_strict(&gs, &ss);
    let relaxed = match_relaxed(&gs, &ss);
    let (n, m) = (sys.len(), gold.len());
    let mut s = Scores {
        strict: Prf::new(strict.len(), n, m),
        relaxed: Prf::new(relaxed.len(), n, m),
        kind: Prf::new(0, n, m),
        value: Prf::new(0, n, m),
        ..Scores::default()
    };
    for &(gi, si) in &relaxed {
        let (g, y) = (&gold[gi], &sys[si]);
        if g.kind == y.kind {
            s.kind.correct += 1;
        }
        if g.value == y.value {
            s.value.correct += 1;
        }
        if g.modifier == y.modifier {
            s.mod_correct += 1;
        }
        if g.modifier.is_some() {
            s.gold_mods += 1;
            if g.modifier == y.modifier {
                s.gold_mods_found += 1;
            }
        }
    }
    (s, relaxed)
}

/// Examples kept per error class: 3, or `TIMELINE_EVAL_EXAMPLES` when set (to see every
/// failure of a class while fixing it, e.g. `TIMELINE_EVAL_EXAMPLES=1000`).
pub fn examples_per_class() -> usize {
    env_count("TIMELINE_EVAL_EXAMPLES").unwrap_or(3)
}

/// Error classes listed per group: `default`, or `TIMELINE_EVAL_TOP` when set.
pub fn top_classes(default: usize) -> usize {
    env_count("TIMELINE_EVAL_TOP").unwrap_or(default)
}

fn env_count(var: &str) -> Option<usize> {
    std::env::var(var).ok()?.trim().parse().ok()
}

/// Formats a ratio as a percentage with one decimal.
pub fn pct(x: f64) -> String {
    format!("{:.1}", 100.0 * x)
}

/// Error examples grouped by a coarse class, printed most frequent first (ties by class name,
/// so the output is deterministic).
#[derive(Debug, Default)]
pub struct ErrorGroups {
    groups: BTreeMap<String, (usize, Vec<String>)>,
}

impl ErrorGroups {
    /// Records one error of class `class`; keeps the first `keep` examples.
    pub fn push(&mut self, class: &str, example: String, keep: usize) {
        let e = self.groups.entry(class.to_string()).or_default();
        e.0 += 1;
        if e.1.len() < keep {
            e.1.push(example);
        }
    }
    /// Total number of errors recorded.
    pub fn total(&self) -> usize {
        self.groups.values().map(|g| g.0).sum()
    }
    /// Classes with counts and examples, most frequent first.
    pub fn sorted(&self) -> Vec<(&str, usize, &[String])> {
        let mut v: Vec<_> = self
            .groups
            .iter()
            .map(|(k, (n, ex))| (k.as_str(), *n, ex.as_slice()))
            .collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        v
    }
    /// Appends the top `top` classes to `out` under `title`.
    pub fn write(&self, out: &mut String, title: &str, top: usize) {
        let _ = writeln!(out, "\n{title}: {} in total", self.total());
        let all = self.sorted();
        for (class, n, ex) in all.iter().take(top) {
            let _ = writeln!(out, "  {n:>5}  {class}");
            for e in ex.iter() {
                let _ = writeln!(out, "           {e}");
            }
        }
        if all.len() > top {
            let rest: usize = all[top..].iter().map(|g| g.1).sum();
            let _ = writeln!(
                out,
                "         (+{} more classes, {rest} errors)",
                all.len() - top
            );
        }
    }
}

/// The kind of gold file, recognised from the fields of its first readable record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EvalKind {
    TempEval,
    Duckling,
}

/// Recognises the kind of a JSON Lines gold file from its first record that parses.
pub fn detect_kind(content: &str) -> Result<EvalKind> {
    for line in content.lines().filter(|l| !l.trim().is_empty()) {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let has = |k: &str| v.get(k).is_some();
        if has("dct") && has("timexes") {
            return Ok(EvalKind::TempEval);
        }
        if has("phrase") && has("reference") {
            return Ok(EvalKind::Duckling);
        }
        bail!(
            "the first record has neither `dct`+`timexes` (TempEval) nor `phrase`+`reference` \
             (Duckling) fields; pass a TempEval or Duckling JSON Lines file"
        );
    }
    bail!("no JSON record found; pass a TempEval or Duckling JSON Lines file (one object a line)")
}

/// Evaluates the tagger on the gold file at `path` (TempEval-3 or Duckling JSON Lines, told
/// apart by their fields) and returns the report. `prefer` overrides the direction default
/// (Auto for TempEval, Future for Duckling).
pub fn run_timex_eval(path: &Path, prefer: Option<Prefer>) -> Result<String> {
    let content = std::fs::read_to_string(path).with_context(|| {
        format!(
            "cannot read {}; pass a TempEval or Duckling JSON Lines file",
            path.display()
        )
    })?;
    let kind = detect_kind(&content).with_context(|| format!("in {}", path.display()))?;
    let name = path.display().to_string();
    Ok(match kind {
        EvalKind::TempEval => tempeval::report(&name, &content, prefer.unwrap_or(Prefer::Auto)),
        EvalKind::Duckling => duckling::report(&name, &content, prefer.unwrap_or(Prefer::Future)),
    })
}

/// Parses the spelling of a direction given on a command line.
pub fn parse_prefer(s: &str) -> Result<Prefer> {
    match s.to_ascii_lowercase().as_str() {
        "auto" => Ok(Prefer::Auto),
        "past" => Ok(Prefer::Past),
        "future" => Ok(Prefer::Future),
        _ => bail!("unknown direction `{s}`; use past, future or auto"),
    }
}

/// Name of a direction for reports.
pub fn prefer_name(p: Prefer) -> &'static str {
    match p {
        Prefer::Auto => "auto",
        Prefer::Past => "past",
        Prefer::Future => "future",
    }
}

/// `text[start..end]` in characters with `width` characters of context each side, newlines
/// flattened, the expression in brackets.
pub fn in_context(text: &str, start: usize, end: usize, width: usize) -> String {
    let chars: Vec<char> = text.chars().collect();
    let end = end.min(chars.len());
    let start = start.min(end);
    let lo = start.saturating_sub(width);
    let hi = (end + width).min(chars.len());
    let flat = |s: &[char]| -> String {
        s.iter()
            .map(|&c| if c.is_whitespace() { ' ' } else { c })
            .collect()
    };
    format!(
        "…{}[{}]{}…",
        flat(&chars[lo..start]),
        flat(&chars[start..end]),
        flat(&chars[end..hi])
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ann(start: usize, end: usize, kind: &str, value: &str) -> Ann {
        Ann {
            start,
            end,
            text: String::new(),
            kind: kind.into(),
            value: value.into(),
            modifier: None,
        }
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn prf_arithmetic() {
        let p = Prf::new(2, 4, 5);
        assert!(close(p.precision(), 0.5));
        assert!(close(p.recall(), 0.4));
        assert!(close(p.f1(), 2.0 * 0.5 * 0.4 / 0.9));
        let z = Prf::new(0, 0, 0);
        assert_eq!((z.precision(), z.recall(), z.f1()), (0.0, 0.0, 0.0));
    }

    #[test]
    fn strict_versus_relaxed() {
        // gold: [0,5) [10,20) [30,35); system: [0,5) exact, [12,20) partial, [40,45) spurious.
        let gold = vec![
            ann(0, 5, "DATE", "2022-01-26"),
            ann(10, 20, "DATE", "2022-W04"),
            ann(30, 35, "DURATION", "P3M"),
        ];
        let sys = vec![
            ann(0, 5, "DATE", "2022-01-26"),
            ann(12, 20, "DATE", "2022-W05"),
            ann(40, 45, "DATE", "2022"),
        ];
        let (s, pairs) = score(&gold, &sys);
        assert_eq!(s.strict, Prf::new(1, 3, 3));
        assert_eq!(s.relaxed, Prf::new(2, 3, 3));
        assert_eq!(pairs, vec![(0, 0), (1, 1)]);
        assert!(close(s.strict.f1(), 1.0 / 3.0));
        assert!(close(s.relaxed.f1(), 2.0 / 3.0));
        // Value: only the first relaxed match has the right value.
        assert_eq!(s.value, Prf::new(1, 3, 3));
        // Type: both relaxed matches are DATE/DATE.
        assert_eq!(s.kind, Prf::new(2, 3, 3));
    }

    #[test]
    fn relaxed_is_one_to_one() {
        // One long system span covers two gold spans: only one of them may be matched.
        let gold = vec![(0, 4), (5, 10)];
        let sys = vec![(0, 10)];
        let m = match_relaxed(&gold, &sys);
        assert_eq!(m, vec![(1, 0)], "the larger overlap (5 chars) wins");
        // Two system spans inside one gold span: one match, one false positive.
        let m = match_relaxed(&[(0, 10)], &[(0, 3), (4, 10)]);
        assert_eq!(m, vec![(0, 1)]);
    }

    #[test]
    fn relaxed_greedy_prefers_largest_overlap_then_frees_the_other() {
        // g0 overlaps s0 by 2 and s1 by 6; g1 overlaps s1 by 1 only. Greedy takes (g0,s1),
        // then (g1,?) finds nothing free except s0 which it does not overlap.
        let gold = vec![(0, 10), (15, 20)];
        let sys = vec![(0, 2), (4, 16)];
        let m = match_relaxed(&gold, &sys);
        assert_eq!(m, vec![(0, 1)]);
        let (p, r) = (ratio(m.len(), 2), ratio(m.len(), 2));
        assert!(close(f1_of(p, r), 0.5));
    }

    #[test]
    fn value_f1_counts_only_relaxed_matches() {
        // Right value, non-overlapping span: does not count.
        let gold = vec![ann(0, 5, "DATE", "2022")];
        let sys = vec![ann(6, 10, "DATE", "2022")];
        let (s, _) = score(&gold, &sys);
        assert_eq!(s.value.correct, 0);
        assert_eq!(s.value.f1(), 0.0);
        // Relaxed overlap with the right value counts although the extent is not strict.
        let sys = vec![ann(2, 8, "DATE", "2022")];
        let (s, _) = score(&gold, &sys);
        assert_eq!(s.strict.correct, 0);
        assert_eq!(s.value, Prf::new(1, 1, 1));
        assert!(close(s.value.f1(), 1.0));
    }

    #[test]
    fn mod_agreement() {
        let mut g = ann(0, 5, "DURATION", "P3M");
        g.modifier = Some("MORE_THAN".into());
        let y = ann(0, 5, "DURATION", "P3M");
        let (s, _) = score(&[g.clone()], &[y]);
        assert_eq!((s.mod_correct, s.gold_mods, s.gold_mods_found), (0, 1, 0));
        let (s, _) = score(&[g.clone()], &[g]);
        assert_eq!((s.mod_correct, s.gold_mods, s.gold_mods_found), (1, 1, 1));
    }

    #[test]
    fn error_groups_sort_by_count_then_name() {
        let mut e = ErrorGroups::default();
        for (c, x) in [("b", "1"), ("a", "2"), ("b", "3"), ("c", "4"), ("a", "5")] {
            e.push(c, x.into(), 1);
        }
        let v = e.sorted();
        assert_eq!(v[0].0, "a");
        assert_eq!(v[1].0, "b");
        assert_eq!(v[2].0, "c");
        assert_eq!(v[0].2, &["2".to_string()]);
        assert_eq!(e.total(), 5);
    }

    #[test]
    fn kind_detection() {
        assert_eq!(
            detect_kind("\n{\"doc\":\"x\",\"dct\":\"2000-01-01\",\"timexes\":[]}").unwrap(),
            EvalKind::TempEval
        );
        assert_eq!(
            detect_kind("garbage\n{\"phrase\":\"now\",\"reference\":\"2013\"}").unwrap(),
            EvalKind::Duckling
        );
        assert!(detect_kind("{\"a\":1}").is_err());
        assert!(detect_kind("").is_err());
    }

    #[test]
    fn run_dispatches_on_file_kind() {
        let dir = tempfile::tempdir().unwrap();
        let te = dir.path().join("te.jsonl");
        std::fs::write(
            &te,
            "{\"doc\":\"d\",\"dct\":\"1998-01-08\",\"text\":\"in 1997\",\"timexes\":\
             [{\"start\":3,\"end\":7,\"text\":\"1997\",\"type\":\"DATE\",\"value\":\"1997\"}]}\n",
        )
        .unwrap();
        let r = run_timex_eval(&te, None).unwrap();
        assert!(r.starts_with("TempEval-3 evaluation"), "{r}");
        assert!(r.contains("(direction: auto)"), "{r}");
        let du = dir.path().join("du.jsonl");
        std::fs::write(
            &du,
            "{\"phrase\":\"in 2014\",\"reference\":\"2013-02-12T04:30:00\",\"expected\":\
             {\"kind\":\"value\",\"value\":\"2014-01-01T00:00:00\",\"grain\":\"year\"}}\n",
        )
        .unwrap();
        let r = run_timex_eval(&du, Some(Prefer::Past)).unwrap();
        assert!(r.starts_with("Duckling corpus evaluation"), "{r}");
        assert!(r.contains("(direction: past"), "{r}");
        let e = run_timex_eval(&dir.path().join("missing.jsonl"), None).unwrap_err();
        assert!(format!("{e:#}").contains("cannot read"), "{e:#}");
        assert!(parse_prefer("FUTURE").is_ok() && parse_prefer("soon").is_err());
    }

    #[test]
    fn context_is_char_based() {
        assert_eq!(in_context("é ab\ncd", 2, 4, 2), "…é [ab] c…");
    }
}
