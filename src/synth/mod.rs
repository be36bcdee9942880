//! Synthetic news corpus for the scale benchmark and for measuring merge quality on known
//! truth. Deterministic: the same `(n_articles, seed)` always gives the same corpus.
//!
//! The corpus is a set of stories. Each story has a cast (people with roles), a place, an
//! organisation, a theme ("offshore copper") and a handful of true events (actor, verb, noun, day), plus one
//! background event known only to the year. Outlets write articles about a story at some
//! publication date and report some of its events, each in its own words: a template and a
//! verb variant of their choice, and a date phrase resolved against the publication date
//! ("on Tuesday", "yesterday", "three days ago", "last week", "January 26", "in 2014", "the
//! day before" after a dated sentence). Noise sentences (quotes, context, numbers that look
//! like dates: "100,000", "F-16", "may" as a verb) pad articles to 20–40 sentences (2–5 KB).
//!
//! Besides the articles, [`Corpus`] holds the truth (which article reports which event, and
//! where) and the gold temporal expressions of each article, so the merge can be scored and
//! driven without the tagger. The phrase data lives in [`phrases`]; scoring in [`score`].

pub mod phrases;
pub mod score;

use std::io::{self, Write};

use chrono::{Datelike, Duration, NaiveDate};

use crate::model::Article;
use crate::tag::{Granularity, Timex, TimexType, TimexValue};
use phrases::*;

/// A small deterministic PRNG (SplitMix64): fast, seedable, good enough for test data.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x9E37_79B9_7F4A_7C15)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        ((self.next_u64() >> 11) as f64 / (1u64 << 53) as f64 * n as f64) as usize
    }

    /// Uniform in `lo..=hi`.
    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        ((self.next_u64() >> 11) as f64 / (1u64 << 53) as f64) < p
    }

    pub fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }
}

/// One true event of a story, and where it is reported.
#[derive(Debug, Clone, PartialEq)]
pub struct TrueEvent {
    /// Index of the story it belongs to.
    pub story: usize,
    /// Its day; for a [`Granularity::Year`] event, January 1 of its year.
    pub date: NaiveDate,
    /// Day for story events, year for background events.
    pub granularity: Granularity,
    /// Surname of the actor.
    pub actor: String,
    /// Base form of the verb.
    pub verb: String,
    /// Theme and noun ("copper contract").
    pub object: String,
    /// Ids of the articles reporting it, in article order.
    pub reported_by: Vec<String>,
    /// `(article id, char offset of the date expression)` of each report.
    pub mentions: Vec<(String, usize)>,
}

/// A generated corpus with its truth.
#[derive(Debug, Clone)]
pub struct Corpus {
    pub articles: Vec<Article>,
    pub truth: Vec<TrueEvent>,
    /// Gold temporal expressions of each article's event reports (byte offsets, sorted),
    /// parallel to `articles`: drives extraction and merge without the tagger.
    pub timexes: Vec<Vec<Timex>>,
}

struct Person {
    first: &'static str,
    last: String,
    role: &'static str,
}

struct Story {
    theme: String,
    place: &'static str,
    org: &'static str,
    cast: Vec<Person>,
    /// Indices into the truth of its day events, by date.
    events: Vec<usize>,
    /// Index into the truth of its background (year) event.
    background: usize,
    /// Per truth event of the story (same order as `events`): actor, verb, noun indices.
    parts: Vec<(usize, usize, usize)>,
    background_parts: (usize, usize, usize),
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

/// Days over which stories start by default: 2010 to mid-2024.
pub const DEFAULT_WINDOW_DAYS: usize = 14 * 365 + 180;

/// Generates `n_articles` articles with their truth, deterministically from `seed`, with
/// stories starting over [`DEFAULT_WINDOW_DAYS`]: the larger the corpus, the more stories
/// run at once (about 13 at 10k articles, 130 at 100k).
pub fn generate(n_articles: usize, seed: u64) -> Corpus {
    generate_over(n_articles, seed, DEFAULT_WINDOW_DAYS)
}

/// [`generate`] with stories starting over `window_days` from 2010-01-01 instead: scaling
/// the window with `n_articles` keeps the number of stories running at once constant (an
/// archive of more years rather than a denser one).
pub fn generate_over(n_articles: usize, seed: u64, window_days: usize) -> Corpus {
    let mut rng = Rng::new(seed);
    let n_stories = (n_articles / 20).max(1);
    let mut truth = Vec::new();
    let window = window_days.max(1);
    let stories: Vec<Story> = (0..n_stories)
        .map(|s| make_story(s, window, &mut rng, &mut truth))
        .collect();
    // A few hot stories get a fifth of the coverage; the rest is spread evenly.
    let n_hot = (n_stories / 50).max(1);
    let mut articles = Vec::with_capacity(n_articles);
    let mut timexes = Vec::with_capacity(n_articles);
    for i in 0..n_articles {
        let s = if rng.chance(0.2) {
            rng.below(n_hot)
        } else {
            rng.below(n_stories)
        };
        let (a, t) = write_article(i, s, &stories[s], &mut rng, &mut truth);
        articles.push(a);
        timexes.push(t);
    }
    Corpus {
        articles,
        truth,
        timexes,
    }
}

fn make_story(s: usize, window: usize, rng: &mut Rng, truth: &mut Vec<TrueEvent>) -> Story {
    let cast: Vec<Person> = (0..rng.range(2, 4))
        .map(|_| Person {
            first: rng.pick(FIRST_NAMES),
            last: format!(
                "{}{}",
                rng.pick(SURNAME_PREFIXES),
                rng.pick(SURNAME_SUFFIXES)
            ),
            role: rng.pick(ROLES),
        })
        .collect();
    let theme = format!("{} {}", rng.pick(QUALIFIERS), rng.pick(THEMES));
    // Stories start within the window from 2010 on and run 1 to 8 months.
    let start = day(2010, 1, 1) + Duration::days(rng.below(window) as i64);
    let span = rng.range(30, 240) as i64;
    let n_events = rng.range(6, 12);
    let mut dates: Vec<NaiveDate> = Vec::with_capacity(n_events);
    while dates.len() < n_events {
        // Some events follow the previous one the next day ("the day before").
        let d = match dates.last() {
            Some(&prev) if rng.chance(0.3) => prev + Duration::days(1),
            _ => start + Duration::days(rng.below(span as usize) as i64),
        };
        if !dates.contains(&d) {
            dates.push(d);
        }
    }
    dates.sort();
    let mut nouns: Vec<usize> = (0..NOUNS.len()).collect();
    let mut events = Vec::new();
    let mut parts = Vec::new();
    for d in dates {
        // Each event of a story acts on its own noun, so events differ in content.
        let k = rng.below(nouns.len());
        let noun = nouns.swap_remove(k);
        let p = (rng.below(cast.len()), rng.below(VERBS.len()), noun);
        events.push(truth.len());
        parts.push(p);
        truth.push(true_event(s, d, Granularity::Day, &cast, &theme, p));
    }
    let bg_year = start.year() - rng.range(3, 15) as i32;
    let bp = (
        rng.below(cast.len()),
        rng.below(VERBS.len()),
        nouns[rng.below(nouns.len())],
    );
    let background = truth.len();
    truth.push(true_event(
        s,
        day(bg_year, 1, 1),
        Granularity::Year,
        &cast,
        &theme,
        bp,
    ));
    Story {
        theme,
        place: rng.pick(PLACES),
        org: rng.pick(ORGS),
        cast,
        events,
        background,
        parts,
        background_parts: bp,
    }
}

fn true_event(
    story: usize,
    date: NaiveDate,
    granularity: Granularity,
    cast: &[Person],
    theme: &str,
    (a, v, n): (usize, usize, usize),
) -> TrueEvent {
    TrueEvent {
        story,
        date,
        granularity,
        actor: cast[a].last.clone(),
        verb: VERBS[v].0.to_string(),
        object: format!("{theme} {}", NOUNS[n]),
        reported_by: Vec::new(),
        mentions: Vec::new(),
    }
}

/// A date phrase: words before the expression ("on "), the expression, its value.
struct DatePhrase {
    lead: &'static str,
    text: String,
    value: TimexValue,
}

fn phrase(lead: &'static str, text: String, value: TimexValue) -> DatePhrase {
    DatePhrase { lead, text, value }
}

fn month_day(d: NaiveDate) -> String {
    format!("{} {}", MONTHS[d.month0() as usize], d.day())
}

/// How an outlet published on `pub_date` words the past day `d`; `prev` is the day of the
/// event reported in the sentence before, if any.
fn past_phrase(
    rng: &mut Rng,
    d: NaiveDate,
    pub_date: NaiveDate,
    prev: Option<NaiveDate>,
) -> DatePhrase {
    let delta = (pub_date - d).num_days();
    let dv = TimexValue::Day(d);
    if prev == Some(d + Duration::days(1)) && rng.chance(0.8) {
        return phrase("", "the day before".into(), dv);
    }
    // Coarser wordings: the week or the month.
    if rng.chance(0.12) {
        let last_week = (pub_date - Duration::days(7)).iso_week();
        if delta >= 2 && d.iso_week() == last_week {
            return phrase("", "last week".into(), TimexValue::week_of(d));
        }
        let month = TimexValue::Month {
            year: d.year(),
            month: d.month(),
        };
        if d.year() == pub_date.year() && d.month() + 1 == pub_date.month() {
            return phrase("", "last month".into(), month);
        }
        if d.year() == pub_date.year() && d.month() < pub_date.month() {
            return phrase("in ", MONTHS[d.month0() as usize].into(), month);
        }
        let text = format!("{} {}", MONTHS[d.month0() as usize], d.year());
        return phrase("in ", text, month);
    }
    let weekday = WEEKDAYS[d.weekday().num_days_from_monday() as usize];
    let mut options: Vec<DatePhrase> = Vec::with_capacity(4);
    match delta {
        0 => options.push(phrase("", "today".into(), dv.clone())),
        1 => options.push(phrase("", "yesterday".into(), dv.clone())),
        2..=6 => options.push(phrase(
            "",
            format!("{} days ago", NUMBER_WORDS[delta as usize]),
            dv.clone(),
        )),
        _ => {}
    }
    if (1..=6).contains(&delta) {
        options.push(phrase("on ", weekday.into(), dv.clone()));
    }
    if d.year() == pub_date.year() {
        options.push(phrase("on ", month_day(d), dv.clone()));
    }
    let full = format!("{}, {}", month_day(d), d.year());
    options.push(phrase("on ", full, dv));
    let k = rng.below(options.len());
    options.swap_remove(k)
}

/// How an outlet published on `pub_date` words the coming day `d` (1 to 6 days ahead).
fn future_phrase(rng: &mut Rng, d: NaiveDate, pub_date: NaiveDate) -> DatePhrase {
    let dv = TimexValue::Day(d);
    if (d - pub_date).num_days() == 1 && rng.chance(0.4) {
        return phrase("", "tomorrow".into(), dv);
    }
    if rng.chance(0.5) {
        let weekday = WEEKDAYS[d.weekday().num_days_from_monday() as usize];
        phrase("on ", weekday.into(), dv)
    } else {
        phrase("on ", month_day(d), dv)
    }
}

/// Builds one article's text, recording where its date expressions fall.
struct Writer<'a> {
    story: &'a Story,
    text: String,
    /// Which cast members have been named in full already.
    named: Vec<bool>,
    timexes: Vec<Timex>,
    sentences_in_paragraph: usize,
    /// Noise sentences used so far (each is used once until all are).
    noise_used: Vec<bool>,
}

/// What fills the slots of one sentence.
struct Fill<'a> {
    actor: usize,
    verb: usize,
    noun: usize,
    date: Option<&'a DatePhrase>,
}

impl Writer<'_> {
    fn actor(&mut self, i: usize) -> String {
        let p = &self.story.cast[i];
        if self.named[i] {
            p.last.clone()
        } else {
            self.named[i] = true;
            format!("{} {}", p.first, p.last)
        }
    }

    /// Appends a sentence reporting the story's event `k` with date phrase `dp`, from one of
    /// `templates`; returns the byte offset of its date.
    fn event(
        &mut self,
        rng: &mut Rng,
        k: usize,
        dp: &DatePhrase,
        templates: &[&str],
    ) -> Option<usize> {
        let (actor, verb, noun) = self.story.parts[k];
        let f = Fill {
            actor,
            verb,
            noun,
            date: Some(dp),
        };
        let template = rng.pick(templates);
        self.sentence(rng, template, &f)
    }

    /// Appends one sentence rendered from `template`; returns the byte offset of its date.
    fn sentence(&mut self, rng: &mut Rng, template: &str, f: &Fill) -> Option<usize> {
        if !self.text.is_empty() {
            if self.sentences_in_paragraph >= 3 && rng.chance(0.4) {
                self.text.push_str("\n\n");
                self.sentences_in_paragraph = 0;
            } else {
                self.text.push(' ');
            }
        }
        self.sentences_in_paragraph += 1;
        let start = self.text.len();
        let mut date_at = None;
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            self.text.push_str(&rest[..open]);
            let slot = &rest[open + 1..open + 2];
            rest = &rest[open + 3..];
            match slot {
                "A" => {
                    let a = self.actor(f.actor);
                    self.text.push_str(&a);
                }
                "L" => {
                    let last = &self.story.cast[rng.below(self.story.cast.len())].last;
                    self.text.push_str(last);
                }
                "R" => self.text.push_str(self.story.cast[f.actor].role),
                "P" => self.text.push_str(self.story.place),
                "G" => self.text.push_str(self.story.org),
                "T" => self.text.push_str(&self.story.theme),
                "N" => self.text.push_str(NOUNS[f.noun]),
                "V" => self.text.push_str(rng.pick(VERBS[f.verb].1)),
                "B" => self.text.push_str(VERBS[f.verb].0),
                "D" => {
                    let d = f.date.expect("template with a date slot");
                    self.text.push_str(d.lead);
                    date_at = Some(self.text.len());
                    self.text.push_str(&d.text);
                }
                _ => unreachable!("unknown slot {slot}"),
            }
        }
        self.text.push_str(rest);
        // Capitalise the sentence's first letter (ASCII: offsets do not move).
        if let Some(c) = self.text[start..].chars().next() {
            let up = c.to_ascii_uppercase();
            self.text
                .replace_range(start..start + 1, up.encode_utf8(&mut [0; 4]));
        }
        if let (Some(at), Some(d)) = (date_at, f.date) {
            let end = at + d.text.len();
            self.timexes.push(Timex {
                start: at,
                end,
                text: self.text[at..end].to_string(),
                kind: TimexType::Date,
                value: d.value.clone(),
                modifier: None,
            });
        }
        date_at
    }

    fn noise(&mut self, rng: &mut Rng) {
        let f = Fill {
            actor: rng.below(self.story.cast.len()),
            verb: 0,
            noun: rng.below(NOUNS.len()),
            date: None,
        };
        if self.noise_used.iter().all(|&u| u) {
            self.noise_used.fill(false);
        }
        let mut k = rng.below(NOISE.len());
        while self.noise_used[k] {
            k = (k + 1) % NOISE.len();
        }
        self.noise_used[k] = true;
        self.sentence(rng, NOISE[k], &f);
    }
}

fn write_article(
    i: usize,
    s: usize,
    story: &Story,
    rng: &mut Rng,
    truth: &mut [TrueEvent],
) -> (Article, Vec<Timex>) {
    let id = format!("syn{i:06}");
    let first = truth[story.events[0]].date;
    let last = truth[*story.events.last().expect("stories have events")].date;
    let span = (last - first).num_days() as usize;
    let pub_date = first + Duration::days(rng.range(1, span + 14) as i64);
    // Past events, latest first; the latest are the most likely to be reported.
    let mut reported: Vec<usize> = Vec::new();
    for (k, &e) in story.events.iter().enumerate().rev() {
        if truth[e].date > pub_date || reported.len() >= 5 {
            continue;
        }
        let p = if reported.len() < 2 { 0.75 } else { 0.35 };
        if rng.chance(p) {
            reported.push(k);
        }
    }
    let upcoming = story.events.iter().position(|&e| {
        let d = (truth[e].date - pub_date).num_days();
        (1..=6).contains(&d)
    });
    let mut w = Writer {
        story,
        text: String::with_capacity(4096),
        named: vec![false; story.cast.len()],
        timexes: Vec::new(),
        sentences_in_paragraph: 0,
        noise_used: vec![false; NOISE.len()],
    };
    let mut reports: Vec<(usize, usize)> = Vec::new(); // (truth index, byte offset)
    let n_sentences = rng.range(24, 42);
    let mut prev_day: Option<NaiveDate> = None;
    let mut written = 0usize;
    for (n, &k) in reported.iter().enumerate() {
        let e = story.events[k];
        let dp = past_phrase(rng, truth[e].date, pub_date, prev_day);
        let at = w.event(rng, k, &dp, EVENT_PAST);
        written += 1;
        reports.extend(at.map(|a| (e, a)));
        // "The day before" needs a day to count back from, not a week or a month.
        prev_day = matches!(dp.value, TimexValue::Day(_)).then_some(truth[e].date);
        if n == 0
            && let Some(k) = upcoming.filter(|_| rng.chance(0.7))
        {
            let e = story.events[k];
            let dp = future_phrase(rng, truth[e].date, pub_date);
            let at = w.event(rng, k, &dp, EVENT_FUTURE);
            written += 1;
            reports.extend(at.map(|a| (e, a)));
            prev_day = None;
        }
        // Context between reports.
        for _ in 0..rng.range(1, 4) {
            w.noise(rng);
            written += 1;
        }
    }
    if rng.chance(0.3) {
        let e = story.background;
        let year = truth[e].date.year();
        let dp = phrase("in ", year.to_string(), TimexValue::Year(year));
        let (actor, verb, noun) = story.background_parts;
        let f = Fill {
            actor,
            verb,
            noun,
            date: Some(&dp),
        };
        let template = rng.pick(BACKGROUND);
        let at = w.sentence(rng, template, &f);
        written += 1;
        reports.extend(at.map(|a| (e, a)));
    }
    while written < n_sentences {
        w.noise(rng);
        written += 1;
    }
    for (e, at) in reports {
        truth[e].reported_by.push(id.clone());
        truth[e].mentions.push((id.clone(), at));
    }
    let (lead_actor, lead_verb, lead_noun) = reported
        .first()
        .map(|&k| story.parts[k])
        .unwrap_or(story.background_parts);
    let title = format!(
        "{} {} {} {}",
        story.cast[lead_actor].last, VERBS[lead_verb].1[0], story.theme, NOUNS[lead_noun]
    );
    let (outlet, domain) = rng.pick(OUTLETS);
    let article = Article {
        id: id.clone(),
        path: format!("synthetic#{i}"),
        title: Some(title),
        source: Some(outlet.to_string()),
        url: Some(format!("https://{domain}/{s}/{id}")),
        published: Some(pub_date),
        text: w.text,
    };
    (article, w.timexes)
}

/// Writes articles as JSON Lines (`id`, `text`, `date`, `title`, `source`, `url`), the
/// format `timeline build` reads.
pub fn write_jsonl<W: Write>(articles: &[Article], out: W) -> io::Result<()> {
    let mut out = io::BufWriter::new(out);
    for a in articles {
        let rec = serde_json::json!({
            "id": a.id,
            "text": a.text,
            "date": a.published.map(|d| d.to_string()),
            "title": a.title,
            "source": a.source,
            "url": a.url,
        });
        serde_json::to_writer(&mut out, &rec)?;
        out.write_all(b"\n")?;
    }
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_and_sized() {
        let a = generate(200, 7);
        let b = generate(200, 7);
        assert_eq!(a.articles, b.articles);
        assert_eq!(a.truth, b.truth);
        assert_eq!(a.articles.len(), 200);
        let mean = a.articles.iter().map(|x| x.text.len()).sum::<usize>() / 200;
        assert!((1500..6000).contains(&mean), "mean length {mean}");
        assert_ne!(generate(200, 8).articles, a.articles);
    }

    #[test]
    fn gold_timexes_point_at_their_text_and_truth() {
        let c = generate(300, 1);
        for (a, ts) in c.articles.iter().zip(&c.timexes) {
            assert!(a.text.is_ascii());
            for t in ts {
                assert_eq!(&a.text[t.start..t.end], t.text);
            }
            assert!(ts.windows(2).all(|w| w[0].end <= w[1].start));
        }
        let reports: usize = c.truth.iter().map(|t| t.mentions.len()).sum();
        let golds: usize = c.timexes.iter().map(Vec::len).sum();
        assert_eq!(reports, golds);
        for t in &c.truth {
            for (id, at) in &t.mentions {
                let i: usize = id[3..].parse().unwrap();
                assert!(c.timexes[i].iter().any(|x| x.start == *at));
                let v = &c.timexes[i].iter().find(|x| x.start == *at).unwrap().value;
                let (lo, hi) = v.interval().unwrap();
                assert!(lo <= t.date && t.date <= hi, "{v} vs {}", t.date);
            }
        }
    }

    #[test]
    fn jsonl_round_trips_through_ingest() {
        let c = generate(20, 3);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("synth.jsonl");
        write_jsonl(&c.articles, std::fs::File::create(&path).unwrap()).unwrap();
        let got = crate::ingest::ingest(&[path]);
        assert_eq!(got.articles.len(), 20);
        for (g, a) in got.articles.iter().zip(&c.articles) {
            assert_eq!((&g.id, &g.text, g.published), (&a.id, &a.text, a.published));
            assert_eq!((&g.title, &g.source), (&a.title, &a.source));
        }
    }
}
