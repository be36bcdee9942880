//! Timeline17 Date-F1 (Martschat & Markert 2018; Ghalandari & Ifrim 2020): precision and
//! recall of the set of dates a produced timeline picks against a journalist's timeline.
//!
//! Gold timelines are text files: a date line `YYYY-MM-DD`, the summary sentences of that
//! date, a line of dashes; repeated. [`load_gold_timelines`] reads every `*.txt` of a
//! directory; [`date_f1`] scores one produced date list against one gold list.

use anyhow::{Context, Result, bail};
use chrono::NaiveDate;
use std::collections::BTreeSet;
use std::path::Path;

/// Precision, recall and F1 of the produced dates against the gold dates, as sets (repeats
/// count once). Empty produced or gold lists give 0 for the undefined ratios.
pub fn date_f1(produced: &[NaiveDate], gold: &[NaiveDate]) -> (f64, f64, f64) {
    let p: BTreeSet<_> = produced.iter().collect();
    let g: BTreeSet<_> = gold.iter().collect();
    let hit = p.intersection(&g).count();
    let prec = super::ratio(hit, p.len());
    let rec = super::ratio(hit, g.len());
    (prec, rec, super::f1_of(prec, rec))
}

/// The dates of one gold timeline file's text, in file order. A date line is a line that is
/// exactly a `YYYY-MM-DD` date (surrounding spaces allowed); everything else is summary text
/// or separators.
pub fn parse_gold_timeline(text: &str) -> Vec<NaiveDate> {
    text.lines()
        .map(str::trim)
        .filter(|l| l.len() == 10)
        .filter_map(|l| NaiveDate::parse_from_str(l, "%Y-%m-%d").ok())
        .collect()
}

/// Reads every `*.txt` gold timeline of `dir`, sorted by file name. Returns
/// `(name without extension, dates)`. Fails if the directory cannot be read, a file cannot be
/// read, or a file has no date line.
pub fn load_gold_timelines(dir: &Path) -> Result<Vec<(String, Vec<NaiveDate>)>> {
    let entries = std::fs::read_dir(dir).with_context(|| {
        format!(
            "cannot read gold timeline directory {}; pass the Timeline17 `gold/` directory",
            dir.display()
        )
    })?;
    let mut paths = Vec::new();
    for e in entries {
        let p = e
            .with_context(|| format!("cannot list {}", dir.display()))?
            .path();
        if p.extension().and_then(|x| x.to_str()) == Some("txt") {
            paths.push(p);
        }
    }
    paths.sort();
    if paths.is_empty() {
        bail!(
            "no *.txt timeline in {}; pass the Timeline17 `gold/` directory",
            dir.display()
        );
    }
    let mut out = Vec::with_capacity(paths.len());
    for p in paths {
        let text = std::fs::read_to_string(&p).with_context(|| {
            format!(
                "cannot read gold timeline {}; it must be UTF-8 text",
                p.display()
            )
        })?;
        let dates = parse_gold_timeline(&text);
        if dates.is_empty() {
            bail!(
                "gold timeline {} has no `YYYY-MM-DD` date line; is it a Timeline17 timeline?",
                p.display()
            );
        }
        let name = p
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        out.push((name, dates));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn f1_of_sets() {
        let gold = [
            d("2010-04-20"),
            d("2010-05-02"),
            d("2010-07-15"),
            d("2010-09-19"),
        ];
        let produced = [d("2010-04-20"), d("2010-07-15"), d("2010-06-01")];
        let (p, r, f) = date_f1(&produced, &gold);
        assert!((p - 2.0 / 3.0).abs() < 1e-9);
        assert!((r - 0.5).abs() < 1e-9);
        assert!((f - 2.0 * (2.0 / 3.0) * 0.5 / (2.0 / 3.0 + 0.5)).abs() < 1e-9);
        // Repeated produced dates count once.
        let (p, _, _) = date_f1(&[d("2010-04-20"), d("2010-04-20")], &gold);
        assert!((p - 1.0).abs() < 1e-9);
        assert_eq!(date_f1(&[], &gold), (0.0, 0.0, 0.0));
        assert_eq!(date_f1(&produced, &[]), (0.0, 0.0, 0.0));
        assert_eq!(date_f1(&gold, &gold), (1.0, 1.0, 1.0));
    }

    #[test]
    fn parses_timeline_format() {
        let t = "2010-09-19\nThe well is sealed , says Allen . \n--------------------------------\n\
                 2010-09-17\nBP pumps cement 2010-01-01 .\nIn 2010-04-20 text\n---\n";
        assert_eq!(
            parse_gold_timeline(t),
            vec![d("2010-09-19"), d("2010-09-17")]
        );
    }

    #[test]
    fn loads_directory() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("b.txt"), "2010-05-01\nx\n---\n").unwrap();
        std::fs::write(
            dir.path().join("a.txt"),
            "2010-04-20\ny\n---\n2010-04-22\nz\n",
        )
        .unwrap();
        std::fs::write(dir.path().join("notes.md"), "ignored").unwrap();
        let g = load_gold_timelines(dir.path()).unwrap();
        assert_eq!(g.len(), 2);
        assert_eq!(g[0].0, "a");
        assert_eq!(g[0].1, vec![d("2010-04-20"), d("2010-04-22")]);
        assert_eq!(g[1].0, "b");
        std::fs::write(dir.path().join("c.txt"), "no dates here\n").unwrap();
        let e = load_gold_timelines(dir.path()).unwrap_err().to_string();
        assert!(e.contains("has no `YYYY-MM-DD` date line"), "{e}");
        assert!(load_gold_timelines(&dir.path().join("missing")).is_err());
    }

    #[test]
    fn real_gold_if_present() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/t17-bpoil/gold");
        if !dir.is_dir() {
            return;
        }
        let g = load_gold_timelines(&dir).unwrap();
        let sizes: Vec<_> = g.iter().map(|(n, v)| (n.as_str(), v.len())).collect();
        assert_eq!(
            sizes,
            vec![
                ("bbc", 48),
                ("foxnews", 13),
                ("guardian", 104),
                ("reuters", 16),
                ("washingtonpost", 12)
            ]
        );
    }
}
