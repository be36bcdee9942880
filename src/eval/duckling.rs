//! Duckling English time corpus scorer: phrase-level coverage of the tagger.
//!
//! Each record has a `phrase`, a `reference` instant (2013-02-12T04:30:00) and an `expected`
//! result: a `value` with a `grain`, an `interval` (`from`, `to` exclusive, `grain`), an
//! `open_interval` (`value`, `direction`), or null (the phrase must not be tagged). The phrase
//! is tagged with the reference date as DCT (Future direction by default: Duckling's
//! convention), the timex covering most of the phrase is kept and compared with the expected
//! result at the expected grain (an `open_interval` by its value only: the direction, which
//! TIMEX3 would carry as a `mod`, is shown in examples but not scored). Phrases our TIMEX3
//! values cannot express (seconds, time zones, offsets from the reference clock time, which
//! the tagger never sees) are counted as unsupported and listed, never skipped silently.

use super::instant::{Grain, parse_instant, step_back, truncate};
use super::{ErrorGroups, pct, prefer_name, ratio};
use crate::tag::value::PartOfDay;
use crate::tag::{Prefer, TagOptions, Timex, TimexValue, tag};
use chrono::{Duration, NaiveDate, NaiveDateTime, NaiveTime, Timelike};
use regex::Regex;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::LazyLock;

#[derive(Debug, Deserialize)]
struct Record {
    phrase: String,
    reference: String,
    expected: Option<Expected>,
    #[serde(default)]
    categories: Vec<String>,
    #[serde(default)]
    news_relevant: bool,
}

#[derive(Debug, Deserialize)]
struct Expected {
    kind: String,
    #[serde(default)]
    value: Option<String>,
    #[serde(default)]
    from: Option<String>,
    #[serde(default)]
    to: Option<String>,
    grain: String,
    #[serde(default)]
    direction: Option<String>,
}

/// How fine our value is, on Duckling's scale (None: no calendar position at all).
fn our_grain(v: &TimexValue) -> Option<Grain> {
    Some(match v {
        TimexValue::Time { .. } => Grain::Minute,
        TimexValue::Day(_) | TimexValue::DayPart { .. } => Grain::Day,
        TimexValue::Week { .. } | TimexValue::Weekend { .. } => Grain::Week,
        TimexValue::Month { .. } => Grain::Month,
        TimexValue::Quarter { .. } => Grain::Quarter,
        TimexValue::Half { .. } | TimexValue::Year(_) => Grain::Year,
        _ => return None,
    })
}

/// Duckling's hours for a part of day, as `[from, to)`.
fn part_hours(p: PartOfDay) -> (u32, u32) {
    match p {
        PartOfDay::Morning => (0, 12),
        PartOfDay::Afternoon => (12, 19),
        PartOfDay::Evening | PartOfDay::Night => (18, 24),
        PartOfDay::Daytime => (6, 18),
    }
}

fn at(d: NaiveDate, h: u32, m: u32) -> NaiveDateTime {
    d.and_hms_opt(h.min(23), m, 0)
        .unwrap_or(d.and_time(NaiveTime::MIN))
}

/// The first and last instant (inclusive) our value covers, and whether they carry a clock
/// time. Parts of day and weekends use Duckling's hours (weekend: Friday 18:00 to Sunday).
fn our_span(v: &TimexValue) -> Option<(NaiveDateTime, NaiveDateTime, bool)> {
    match *v {
        TimexValue::Time { date, hour, minute } => {
            let t = at(date, hour, minute);
            Some((t, t, true))
        }
        TimexValue::DayPart { date, part } => {
            let (a, b) = part_hours(part);
            Some((at(date, a, 0), at(date, b - 1, 0), true))
        }
        TimexValue::Weekend { .. } => {
            let (sat, sun) = v.interval()?;
            let fri = sat.checked_sub_signed(Duration::days(1))?;
            Some((at(fri, 18, 0), at(sun, 23, 0), true))
        }
        _ => {
            let (a, b) = v.interval()?;
            Some((at(a, 0, 0), at(b, 0, 0), false))
        }
    }
}

/// Why a phrase cannot be scored exactly with date-only references and minute-precision
/// values, if it cannot.
fn unsupported(
    r: &Record,
    e: &Expected,
    g: Grain,
    reference: NaiveDateTime,
) -> Option<&'static str> {
    const ZONES: [&str; 14] = [
        "GMT", "UTC", "CST", "CDT", "EST", "EDT", "PST", "PDT", "MST", "MDT", "CET", "CEST", "BST",
        "IST",
    ];
    if r.phrase
        .split(|c: char| !c.is_ascii_alphanumeric())
        .any(|w| ZONES.contains(&w.to_ascii_uppercase().as_str()))
    {
        return Some("time zone conversion");
    }
    let is_now = e.value.as_deref().and_then(parse_instant) == Some(reference);
    if g == Grain::Second && !is_now {
        return Some("second precision");
    }
    if g <= Grain::Hour && !is_now && is_clock_offset(&r.phrase) {
        return Some("offset from the reference clock time (the tagger gets a date only)");
    }
    let expected_hour = e
        .value
        .as_deref()
        .or(e.from.as_deref())
        .and_then(parse_instant)
        .map(|t| t.hour());
    if g <= Grain::Hour
        && let Some(h) = expected_hour
        && is_open_am_pm(&r.phrase, h)
    {
        return Some(
            "am/pm left open (Duckling takes the next one after the reference clock time)",
        );
    }
    None
}

/// Whether a phrase writes a 12-hour clock time with nothing saying am or pm ("3:30",
/// "3 o'clock") and Duckling read it as pm (`expected_hour` = written hour + 12) only because
/// the morning one had passed at the reference clock time, which the tagger does not get.
pub fn is_open_am_pm(phrase: &str, expected_hour: u32) -> bool {
    static CLOCK12: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)\b(\d{1,2})(:\d\d|\s*o'clock)").expect("static regex"));
    static MARKER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)\d\s*(a|am|a\.m\.|p|pm|p\.m\.|p\s+m)\b|\b(p\.m\.|a\.m\.)|\bpm\b|morning|afternoon|evening|tonight|night|noon|midnight",
        )
        .expect("static regex")
    });
    if MARKER.is_match(phrase) {
        return false;
    }
    CLOCK12.captures_iter(phrase).any(|c| {
        c[1].parse::<u32>()
            .is_ok_and(|h| (1..12).contains(&h) && h + 12 == expected_hour)
    })
}

/// Whether a phrase counts units from the reference instant ("in 2 hours", "7 days ago",
/// "last 2 minutes") without naming a clock time: Duckling then keeps the reference's clock
/// time, which a date-only DCT cannot give.
pub fn is_clock_offset(phrase: &str) -> bool {
    static OFFSET: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(in|within|ago|hence|from now|last|next|after|later)\b")
            .expect("static regex")
    });
    static UNIT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r#"(?i)(\d|\b)(s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|days?|weeks?|fortnight|months?|years?)\b|\d\s*['"]"#,
        )
        .expect("static regex")
    });
    static CLOCK: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\d(:\d\d|\s*(am|pm|a\.m\.|p\.m\.|a|p)\b|h\d\d|\s*o'clock)|noon|midnight")
            .expect("static regex")
    });
    OFFSET.is_match(phrase) && UNIT.is_match(phrase) && !CLOCK.is_match(phrase)
}

/// The outcome of one phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verdict {
    Correct,
    /// Correct only under a documented convention mapping (seasons).
    CorrectByConvention,
    Wrong,
}

/// Compares our value with an expected instant at grain `g`.
fn point_matches(v: &TimexValue, exp: NaiveDateTime, g: Grain, reference: NaiveDateTime) -> bool {
    if matches!(v, TimexValue::PresentRef) {
        return exp == reference;
    }
    let Some(ours) = our_grain(v) else {
        return false;
    };
    if ours > g {
        return false; // coarser than asked: not the same value
    }
    if g <= Grain::Hour && !matches!(v, TimexValue::Time { .. }) {
        return false;
    }
    let Some((start, _, _)) = our_span(v) else {
        return false;
    };
    let start = match v {
        TimexValue::DayPart { date, .. } => at(*date, 0, 0),
        _ => start,
    };
    truncate(start, g) == truncate(exp, g)
}

/// Compares our timexes (all inside the phrase, in order) with an expected interval.
fn interval_matches(ours: &[&Timex], from: NaiveDateTime, to: NaiveDateTime, g: Grain) -> Verdict {
    let spans: Vec<_> = ours
        .iter()
        .filter_map(|t| our_span(&t.value).map(|s| (s, &t.value)))
        .collect();
    let (Some(first), Some(last)) = (spans.first(), spans.last()) else {
        return Verdict::Wrong;
    };
    // Seasons: Duckling uses astronomical dates, TIMEX3 meteorological months; accept the
    // season whose months hold the middle of the expected interval.
    if spans.len() == 1
        && let TimexValue::Season { .. } = first.1
    {
        let Some(mid) = from.checked_add_signed((to - from) / 2) else {
            return Verdict::Wrong;
        };
        let (a, b, _) = first.0;
        let b = b.checked_add_signed(Duration::days(1)).unwrap_or(b);
        return if a <= mid && mid <= b {
            Verdict::CorrectByConvention
        } else {
            Verdict::Wrong
        };
    }
    let Some(end) = step_back(to, g) else {
        return Verdict::Wrong;
    };
    let (a, _, ta) = first.0;
    let (_, b, tb) = last.0;
    if g <= Grain::Hour && !(ta && tb) {
        return Verdict::Wrong;
    }
    if truncate(a, g) == truncate(from, g) && truncate(b, g) == truncate(end, g) {
        Verdict::Correct
    } else {
        Verdict::Wrong
    }
}

/// Byte length of the phrase a timex covers.
fn cover(t: &Timex) -> usize {
    t.end.saturating_sub(t.start)
}

/// What was tagged, for examples.
fn got(found: &[Timex]) -> String {
    if found.is_empty() {
        return "nothing".into();
    }
    found
        .iter()
        .map(|t| format!("{} [{}]", t.value, t.text))
        .collect::<Vec<_>>()
        .join(", ")
}

#[derive(Default, Clone, Copy)]
struct Tally {
    n: usize,
    unsupported: usize,
    correct: usize,
}

impl Tally {
    fn add(&mut self, supported: bool, correct: bool) {
        self.n += 1;
        if !supported {
            self.unsupported += 1;
        } else if correct {
            self.correct += 1;
        }
    }
    fn supported(&self) -> usize {
        self.n - self.unsupported
    }
}

#[derive(Default)]
struct Acc {
    bad_lines: Vec<(usize, String)>,
    by_grain: BTreeMap<(Grain, String), Tally>,
    all: Tally,
    headline: Tally,
    headline_values: Tally,
    headline_news: Tally,
    headline_no_holiday: Tally,
    /// As `headline`/`all`, but any timex of the phrase may be the right one.
    headline_any: Tally,
    all_any: Tally,
    news: Tally,
    convention: usize,
    convention_examples: ErrorGroups,
    nulls: Tally,
    null_fails: Vec<String>,
    unsupported: ErrorGroups,
    unsupported_cats: BTreeMap<String, usize>,
    unsupported_day: Tally,
    failing_cats: ErrorGroups,
    failing_grain: ErrorGroups,
}

fn eval_record(r: &Record, prefer: Prefer, acc: &mut Acc) -> Result<(), String> {
    let reference =
        parse_instant(&r.reference).ok_or_else(|| format!("bad reference `{}`", r.reference))?;
    let found = tag(&r.phrase, Some(reference.date()), &TagOptions { prefer });
    let Some(e) = &r.expected else {
        let ok = found.is_empty();
        acc.nulls.add(true, ok);
        if !ok {
            acc.null_fails
                .push(format!("'{}' got {}", r.phrase, got(&found)));
        }
        return Ok(());
    };
    let g = Grain::parse(&e.grain).ok_or_else(|| format!("unknown grain `{}`", e.grain))?;
    let best = found
        .iter()
        .enumerate()
        .max_by(|a, b| cover(a.1).cmp(&cover(b.1)).then(b.0.cmp(&a.0)))
        .map(|(_, t)| t);
    let instant = |s: &Option<String>, what: &str| {
        s.as_deref()
            .and_then(parse_instant)
            .ok_or_else(|| format!("expected {} has no readable `{what}`", e.kind))
    };
    let mut ok_any = false;
    let (verdict, shown) = match e.kind.as_str() {
        "value" | "open_interval" => {
            let v = instant(&e.value, "value")?;
            let ok = best.is_some_and(|t| point_matches(&t.value, v, g, reference));
            let eve = !ok && best.is_some_and(|t| super::convention::hebrew_eve_matches(t, v, g));
            ok_any = found
                .iter()
                .any(|t| point_matches(&t.value, v, g, reference));
            let dir = e
                .direction
                .as_deref()
                .map(|d| format!(" ({d})"))
                .unwrap_or_default();
            (
                if ok {
                    Verdict::Correct
                } else if eve {
                    Verdict::CorrectByConvention
                } else {
                    Verdict::Wrong
                },
                format!("{}{dir}", e.value.as_deref().unwrap_or("")),
            )
        }
        "interval" => {
            let (from, to) = (instant(&e.from, "from")?, instant(&e.to, "to")?);
            let all: Vec<&Timex> = found.iter().collect();
            let mut v = interval_matches(&all, from, to, g);
            if v == Verdict::Wrong
                && (super::convention::convention_matches(&all, from, to, g, reference)
                    || super::convention::hebrew_eve_span_matches(&all, from, to, g))
            {
                v = Verdict::CorrectByConvention;
            }
            (
                v,
                format!(
                    "{} – {} (excl.)",
                    e.from.as_deref().unwrap_or(""),
                    e.to.as_deref().unwrap_or("")
                ),
            )
        }
        other => return Err(format!("unknown expected kind `{other}`")),
    };
    let ok = verdict != Verdict::Wrong;
    let ok_any = ok || ok_any;
    let why = unsupported(r, e, g, reference);
    let supported = why.is_none();
    let key = (g, e.kind.clone());
    acc.by_grain.entry(key).or_default().add(supported, ok);
    acc.all.add(supported, ok);
    acc.all_any.add(supported, ok_any);
    if matches!(g, Grain::Day | Grain::Week | Grain::Month | Grain::Year) {
        acc.headline.add(supported, ok);
        acc.headline_any.add(supported, ok_any);
        if e.kind == "value" {
            acc.headline_values.add(supported, ok);
        }
        if r.news_relevant {
            acc.headline_news.add(supported, ok);
        }
        if !r.categories.iter().any(|c| c == "holiday") {
            acc.headline_no_holiday.add(supported, ok);
        }
    }
    if r.news_relevant {
        acc.news.add(supported, ok);
    }
    let example = format!(
        "'{}' expected {} [{}] got {}",
        r.phrase,
        shown,
        g.name(),
        got(&found)
    );
    if let Some(why) = why {
        acc.unsupported
            .push(why, example, super::examples_per_class());
        for c in &r.categories {
            *acc.unsupported_cats.entry(c.clone()).or_default() += 1;
        }
        // Secondary figure: is at least the day right?
        let day = e
            .value
            .as_ref()
            .or(e.from.as_ref())
            .and_then(|s| parse_instant(s));
        let day_ok = match (best, day) {
            (Some(t), Some(d)) => our_span(&t.value).is_some_and(|(a, _, _)| {
                our_grain(&t.value) <= Some(Grain::Day) && a.date() == d.date()
            }),
            _ => false,
        };
        acc.unsupported_day.add(true, day_ok);
        return Ok(());
    }
    if verdict == Verdict::CorrectByConvention {
        acc.convention += 1;
        acc.convention_examples.push(
            &format!("{} {}", e.kind, g.name()),
            example.clone(),
            super::examples_per_class(),
        );
    }
    if !ok {
        let cats = if r.categories.is_empty() {
            vec!["(none)".to_string()]
        } else {
            r.categories.clone()
        };
        for c in cats {
            acc.failing_cats
                .push(&c, example.clone(), super::examples_per_class());
        }
        acc.failing_grain.push(
            &format!("{} {}", e.kind, g.name()),
            example,
            super::examples_per_class(),
        );
    }
    Ok(())
}

/// Scores the Duckling JSON Lines `content` (named `name` in the report) and returns the
/// report. Unreadable lines are counted and listed, not fatal.
pub fn report(name: &str, content: &str, prefer: Prefer) -> String {
    let mut acc = Acc::default();
    for (i, line) in content.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<Record>(line) {
            Ok(r) => {
                if let Err(e) = eval_record(&r, prefer, &mut acc) {
                    acc.bad_lines.push((i + 1, format!("'{}': {e}", r.phrase)));
                }
            }
            Err(e) => acc.bad_lines.push((i + 1, e.to_string())),
        }
    }
    render(name, prefer, &acc)
}

fn share(t: &Tally) -> String {
    format!(
        "{:>5}% ({}/{})",
        pct(ratio(t.correct, t.supported())),
        t.correct,
        t.supported()
    )
}

fn render(name: &str, prefer: Prefer, acc: &Acc) -> String {
    let mut o = String::new();
    let total = acc.all.n + acc.nulls.n;
    let _ = writeln!(
        o,
        "Duckling corpus evaluation of {name}\n{total} phrases scored (direction: {}; DCT = \
         reference date)",
        prefer_name(prefer)
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
        "\nday/week/month/year grains: {}   (target ≥ 85%; values only: {})",
        share(&acc.headline),
        share(&acc.headline_values).trim_start()
    );
    let _ = writeln!(
        o,
        "  of which news-relevant:   {}",
        share(&acc.headline_news)
    );
    let _ = writeln!(
        o,
        "  without holidays:          {}",
        share(&acc.headline_no_holiday)
    );
    let _ = writeln!(
        o,
        "  if any timex of the phrase may be the right one (not only the longest): {}",
        share(&acc.headline_any).trim_start()
    );
    let _ = writeln!(o, "all supported phrases:      {}", share(&acc.all));
    let _ = writeln!(
        o,
        "  if any timex may be the right one: {}",
        share(&acc.all_any).trim_start()
    );
    let _ = writeln!(o, "news-relevant phrases:      {}", share(&acc.news));
    let _ = writeln!(
        o,
        "all phrases incl. unsupported: {}% ({}/{})",
        pct(ratio(acc.all.correct, acc.all.n)),
        acc.all.correct,
        acc.all.n
    );
    let _ = writeln!(
        o,
        "null expected, correctly not tagged: {}% ({}/{})",
        pct(ratio(acc.nulls.correct, acc.nulls.n)),
        acc.nulls.correct,
        acc.nulls.n
    );
    if acc.convention > 0 {
        let _ = writeln!(
            o,
            "({} counted correct by a TIMEX3 convention: meteorological vs astronomical \
             seasons, START/MID/END mod vs Duckling's early/mid/late days, a duration vs the \
             window next to the reference, a Hebrew-calendar holiday's own day vs its eve)",
            acc.convention
        );
    }
    let _ = writeln!(
        o,
        "\n{:<24} {:>6} {:>12} {:>20}",
        "expected kind/grain", "n", "unsupported", "correct of supported"
    );
    for ((g, kind), t) in &acc.by_grain {
        let _ = writeln!(
            o,
            "{:<24} {:>6} {:>12} {:>20}",
            format!("{kind} {}", g.name()),
            t.n,
            t.unsupported,
            share(t)
        );
    }
    let _ = writeln!(
        o,
        "\nUNSUPPORTED: {} phrases not scored exactly (our TIMEX3 values have minute precision, \
         no time zone, and the tagger gets the reference date without its clock time)",
        acc.unsupported.total()
    );
    let _ = writeln!(
        o,
        "  of these, right at least to the day: {}",
        share(&acc.unsupported_day).trim_start()
    );
    let cats: Vec<String> = acc
        .unsupported_cats
        .iter()
        .map(|(c, n)| format!("{c} {n}"))
        .collect();
    let _ = writeln!(o, "  their categories: {}", cats.join(", "));
    acc.convention_examples.write(
        &mut o,
        "Counted correct by a TIMEX3 convention (check they are fair)",
        super::top_classes(10),
    );
    acc.unsupported
        .write(&mut o, "Unsupported, by reason", super::top_classes(10));
    acc.failing_grain.write(
        &mut o,
        "Failing phrases, by expected kind and grain",
        super::top_classes(12),
    );
    acc.failing_cats.write(
        &mut o,
        "Failing phrases, by category (a phrase may have several)",
        super::top_classes(10),
    );
    if !acc.null_fails.is_empty() {
        let _ = writeln!(o, "\nTagged although Duckling expects nothing:");
        for f in acc.null_fails.iter().take(10) {
            let _ = writeln!(o, "  {f}");
        }
    }
    o
}

#[cfg(test)]
mod tests;
