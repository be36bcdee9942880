//! Experiment harness for the date ranking (issue #4): computes candidate date signals once
//! per Timeline17 gold timeline and scores many weightings of them in a second.
//!
//! Protocol news-tls (default) reads, for each gold timeline, the articles published in its
//! span and ranks the day-level dates in the span that have an event; `--open` reads all
//! articles with no span. Each variant orders the candidate days by a score computed from
//! the articles alone (never the gold); ties go to the larger volume (sources + support), then
//! the larger best event, then the earlier day. The first N days are scored as in
//! `timeline eval t17` (Date-F1; N = distinct gold dates, or date lines for `--open`).
//! Besides each variant's mean F1 and per-timeline F1 it prints two steadier figures: the
//! mean F1 at N·{½, ¾, 1, 1½, 2} ("F1@kN") and the mean average precision of the gold days.
//!
//! ```text
//! cargo run --release --example rank_signals -- [--open] [--dump] [dir of t17-bpoil]
//! ```

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use chrono::NaiveDate;
use timeline::eval::t17::{date_f1, load_gold_timelines};
use timeline::eval::t17_build::published_within;
use timeline::extract::{Mention, extract_mentions, sentences};
use timeline::merge::salience::{DateSalience, LEAD_SENTENCES, reference_rank_with};
use timeline::merge::{MergeOptions, mention_edges, similarity};
use timeline::model::Article;
use timeline::pipeline::{BuildOptions, article_dates, build};
use timeline::tag::{Granularity, TagOptions, TimexValue, tag};

/// Signals of one candidate day.
#[derive(Debug, Clone, Default)]
struct F {
    date: Option<NaiveDate>,
    /// Sources of all the day's events.
    src: f64,
    /// The same, counting articles that only repeat a sentence another article of the event
    /// already has (boilerplate, syndication) once.
    src_ind: f64,
    /// Largest source count of one event of the day.
    best: f64,
    /// Articles naming the day (the product's support).
    sup: f64,
    /// Articles naming it in their first k sentences, k = 1..=12 (index k - 1).
    lead: [f64; 12],
    /// Articles naming it in the first 30% of their text.
    lead30: f64,
    /// The product's centrality: PageRank in the date reference graph.
    pr: f64,
    /// Each publication day splits one vote among the other days its articles name, in
    /// proportion to how many of its articles name each.
    vote: f64,
    /// Articles naming it published on another day / after it / a week or more after it.
    other: f64,
    after: f64,
    after7: f64,
    /// Articles published on the day / on the next day.
    pub0: f64,
    pub1: f64,
    /// Days from the day to the last article naming it.
    last: f64,
    /// Edge weight of the mention graph incident to mentions of the day.
    deg: f64,
    /// PageRank over backward references only (an article links its publication day to the
    /// earlier days it names; forecasts of later days are left out).
    prb: f64,
    /// Support and lead counted only from articles published on or after the day.
    sup_back: f64,
    lead5_back: f64,
    /// Support, lead and centrality when a sentence another article already printed word for
    /// word (boilerplate, syndication) does not count again.
    sup_d: f64,
    lead5_d: f64,
    pr_d: f64,
}

impl F {
    fn volume(&self) -> f64 {
        self.src + self.sup
    }
}

struct T {
    name: String,
    n: usize,
    gold: Vec<NaiveDate>,
    feats: Vec<F>,
}

fn signals(articles: &[Article], span: Option<(NaiveDate, NaiveDate)>) -> Vec<F> {
    let b = build(articles, &BuildOptions::default());
    let mut by_day: BTreeMap<NaiveDate, F> = BTreeMap::new();
    for e in b
        .file
        .events
        .iter()
        .filter(|e| e.granularity == Granularity::Day)
    {
        let f = by_day.entry(e.start).or_insert_with(|| F {
            date: Some(e.start),
            ..F::default()
        });
        f.src += e.sources.len() as f64;
        let distinct: BTreeSet<&str> = e.mentions.iter().map(|m| m.sentence.as_str()).collect();
        f.src_ind += distinct.len().min(e.sources.len()) as f64;
        f.best = f.best.max(e.sources.len() as f64);
    }
    let topts = TagOptions::default();
    let mut dates = Vec::new();
    let mut dates_d = Vec::new();
    let mut seen_sentences: BTreeMap<String, usize> = BTreeMap::new();
    let mut order: Vec<usize> = (0..articles.len()).collect();
    order.sort_by(|&x, &y| {
        articles[x]
            .published
            .cmp(&articles[y].published)
            .then(articles[x].id.cmp(&articles[y].id))
    });
    for &ai in &order {
        let a = &articles[ai];
        let tx = tag(&a.text, a.published, &topts);
        let sents = sentences::split(&a.text);
        let norm = |r: &(usize, usize)| {
            a.text[r.0..r.1]
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        };
        let keep: Vec<timeline::tag::Timex> = tx
            .iter()
            .filter(|t| {
                let si = sents.partition_point(|r| r.1 <= t.start);
                sents.get(si).is_none_or(|r| {
                    seen_sentences
                        .get(&norm(r))
                        .is_none_or(|&owner| owner == ai)
                })
            })
            .cloned()
            .collect();
        for r in &sents {
            seen_sentences.entry(norm(r)).or_insert(ai);
        }
        dates_d.push(article_dates(a, &keep, &sents));
    }
    let sal_d = DateSalience::new(&dates_d);
    let mut mentions: Vec<Mention> = Vec::new();
    let mut published: BTreeMap<NaiveDate, f64> = BTreeMap::new();
    for a in articles {
        let tx = tag(&a.text, a.published, &topts);
        let sents = sentences::split(&a.text);
        let ad = article_dates(a, &tx, &sents);
        let len = a.text.len().max(1);
        let mut early: BTreeSet<NaiveDate> = BTreeSet::new();
        for t in &tx {
            if let Some(d) = t.value.day()
                && t.start * 10 < len * 3
            {
                early.insert(d);
            }
        }
        if let Some(p) = a.published {
            *published.entry(p).or_default() += 1.0;
        }
        for (v, &s) in &ad.first_sentence {
            let Ok(d) = NaiveDate::parse_from_str(v, "%Y-%m-%d") else {
                continue;
            };
            let Some(f) = by_day.get_mut(&d) else {
                continue;
            };
            for k in 0..12 {
                if s <= k {
                    f.lead[k] += 1.0;
                }
            }
            if early.contains(&d) {
                f.lead30 += 1.0;
            }
            if let Some(p) = a.published {
                let gap = (p - d).num_days();
                f.other += (gap != 0) as u8 as f64;
                f.after += (gap > 0) as u8 as f64;
                f.after7 += (gap >= 7) as u8 as f64;
                f.last = f.last.max(gap as f64);
            }
        }
        mentions.extend(extract_mentions(a, &tx));
        dates.push(ad);
    }
    let sal = DateSalience::new(&dates);
    let prb = reference_rank_with(&dates, |published, day| day < published);
    for a in &dates {
        let Some(p) = a.published else { continue };
        for (v, &s) in &a.first_sentence {
            let Ok(d) = NaiveDate::parse_from_str(v, "%Y-%m-%d") else {
                continue;
            };
            if d > p {
                continue;
            }
            if let Some(f) = by_day.get_mut(&d) {
                f.sup_back += 1.0;
                if s < LEAD_SENTENCES {
                    f.lead5_back += 1.0;
                }
            }
        }
    }
    // Votes of publication days.
    let mut links: BTreeMap<(NaiveDate, NaiveDate), f64> = BTreeMap::new();
    for a in &dates {
        let Some(p) = a.published else { continue };
        for &d in a.days.iter().filter(|&&d| d != p) {
            *links.entry((p, d)).or_default() += 1.0;
        }
    }
    let mut out_weight: BTreeMap<NaiveDate, f64> = BTreeMap::new();
    for ((p, _), w) in &links {
        *out_weight.entry(*p).or_default() += w;
    }
    for ((p, d), w) in &links {
        if let Some(f) = by_day.get_mut(d) {
            f.vote += w / out_weight[p];
        }
    }
    for (d, f) in by_day.iter_mut() {
        let s = sal.get(&TimexValue::Day(*d).to_string());
        f.sup = s.support as f64;
        f.pr = s.centrality;
        f.prb = prb.get(d).copied().unwrap_or(0.0);
        let sd = sal_d.get(&TimexValue::Day(*d).to_string());
        f.sup_d = sd.support as f64;
        f.lead5_d = sd.lead as f64;
        f.pr_d = sd.centrality;
        f.pub0 = published.get(d).copied().unwrap_or(0.0);
        f.pub1 = published
            .get(&(*d + chrono::Duration::days(1)))
            .copied()
            .unwrap_or(0.0);
    }
    let feats = similarity::Features::new(&mentions);
    for (i, j, w) in mention_edges(&mentions, &feats, &MergeOptions::default()) {
        for m in [i, j] {
            if let Some(f) = mentions[m as usize]
                .value
                .day()
                .and_then(|d| by_day.get_mut(&d))
            {
                f.deg += w as f64;
            }
        }
    }
    by_day
        .into_values()
        .filter(|f| {
            f.date
                .is_some_and(|d| span.is_none_or(|(a, b)| a <= d && d <= b))
        })
        .collect()
}

/// The candidate days in the order `key`, best first.
fn ordered<'a>(t: &'a T, key: &dyn Fn(&F) -> f64) -> Vec<&'a F> {
    let mut v: Vec<&F> = t.feats.iter().collect();
    v.sort_by(|a, b| {
        key(b)
            .total_cmp(&key(a))
            .then(b.volume().total_cmp(&a.volume()))
            .then(b.best.total_cmp(&a.best))
            .then(a.date.cmp(&b.date))
    });
    v
}

/// Mean F1, per-timeline F1, mean F1 at N·{½, ¾, 1, 1½, 2}, mean average precision.
fn score(ts: &[T], key: &dyn Fn(&F) -> f64) -> (f64, Vec<f64>, f64, f64) {
    let (mut f1s, mut multi, mut aps) = (Vec::new(), Vec::new(), Vec::new());
    for t in ts {
        let v = ordered(t, key);
        let top =
            |k: usize| -> Vec<NaiveDate> { v.iter().take(k).filter_map(|f| f.date).collect() };
        f1s.push(date_f1(&top(t.n), &t.gold).2);
        for m in [0.5, 0.75, 1.0, 1.5, 2.0] {
            let k = ((t.n as f64 * m).round() as usize).max(1);
            multi.push(date_f1(&top(k), &t.gold).2);
        }
        let gold: BTreeSet<&NaiveDate> = t.gold.iter().collect();
        let (mut hits, mut ap) = (0.0, 0.0);
        for (i, f) in v.iter().enumerate() {
            if f.date.is_some_and(|d| gold.contains(&d)) {
                hits += 1.0;
                ap += hits / (i + 1) as f64;
            }
        }
        aps.push(ap / hits.max(1.0));
    }
    let mean = |x: &[f64]| x.iter().sum::<f64>() / x.len().max(1) as f64;
    (mean(&f1s), f1s.clone(), mean(&multi), mean(&aps))
}

type Variant = (String, Box<dyn Fn(&F) -> f64>);

fn variants() -> Vec<Variant> {
    let mut vs: Vec<Variant> = Vec::new();
    let mut add = |name: &str, f: Box<dyn Fn(&F) -> f64>| vs.push((name.to_string(), f));
    add("before: src + sup", Box::new(|f| f.volume()));
    add(
        "SHIPPED: pr * sqrt(src+sup) * (1+lead5)",
        Box::new(|f| f.pr * f.volume().sqrt() * (1.0 + f.lead[LEAD_SENTENCES - 1])),
    );
    for k in [1, 3, 5, 7, 9, 12] {
        add(&format!("lead{k} alone"), Box::new(move |f| f.lead[k - 1]));
        add(
            &format!("src + sup + lead{k}"),
            Box::new(move |f| f.volume() + f.lead[k - 1]),
        );
        add(
            &format!("src + sup + 2 lead{k}"),
            Box::new(move |f| f.volume() + 2.0 * f.lead[k - 1]),
        );
    }
    add("lead30% alone", Box::new(|f| f.lead30));
    add("src + sup + lead30%", Box::new(|f| f.volume() + f.lead30));
    add("pr alone", Box::new(|f| f.pr));
    add("pr * (src+sup)", Box::new(|f| f.pr * f.volume()));
    add("pr * sqrt(src+sup)", Box::new(|f| f.pr * f.volume().sqrt()));
    for k in [3, 4, 5, 6, 7, 8, 9, 10, 12] {
        add(
            &format!("pr * sqrt(src+sup) * (1+lead{k})"),
            Box::new(move |f| f.pr * f.volume().sqrt() * (1.0 + f.lead[k - 1])),
        );
    }
    for k in [5, 7, 9] {
        add(
            &format!("pr * (1+lead{k})"),
            Box::new(move |f| f.pr * (1.0 + f.lead[k - 1])),
        );
        add(
            &format!("pr * (src+sup) * (1+lead{k})"),
            Box::new(move |f| f.pr * f.volume() * (1.0 + f.lead[k - 1])),
        );
        add(
            &format!("vote * (1+lead{k})"),
            Box::new(move |f| f.vote * (1.0 + f.lead[k - 1])),
        );
    }
    add(
        "pr * sqrt(src+sup) * (1+lead30%)",
        Box::new(|f| f.pr * f.volume().sqrt() * (1.0 + f.lead30)),
    );
    add("vote alone", Box::new(|f| f.vote));
    add(
        "vote * sqrt(src+sup)",
        Box::new(|f| f.vote * f.volume().sqrt()),
    );
    add("other-day articles alone", Box::new(|f| f.other));
    add("src + other-day articles", Box::new(|f| f.src + f.other));
    add("src + articles after", Box::new(|f| f.src + f.after));
    add(
        "src + sup + articles 7d+ after",
        Box::new(|f| f.volume() + f.after7),
    );
    add(
        "src + sup + ln(1 + days to last)",
        Box::new(|f| f.volume() + f.last.ln_1p()),
    );
    add(
        "src + sup + published on day+1",
        Box::new(|f| f.volume() + f.pub1),
    );
    add(
        "src + sup + published on day, day+1",
        Box::new(|f| f.volume() + f.pub0 + f.pub1),
    );
    add("mention-graph degree alone", Box::new(|f| f.deg));
    add(
        "BACK: prb * sqrt(src+sup) * (1+lead5)",
        Box::new(|f| f.prb * f.volume().sqrt() * (1.0 + f.lead[LEAD_SENTENCES - 1])),
    );
    add("BACK: prb alone", Box::new(|f| f.prb));
    add(
        "DEDUP: pr_d * sqrt(src_ind+sup_d) * (1+lead5_d)",
        Box::new(|f| f.pr_d * (f.src_ind + f.sup_d).sqrt() * (1.0 + f.lead5_d)),
    );
    add(
        "DEDUP: pr_d * sqrt(src+sup_d) * (1+lead5_d)",
        Box::new(|f| f.pr_d * (f.src + f.sup_d).sqrt() * (1.0 + f.lead5_d)),
    );
    add(
        "DEDUP: pr * sqrt(src+sup_d) * (1+lead5_d)",
        Box::new(|f| f.pr * (f.src + f.sup_d).sqrt() * (1.0 + f.lead5_d)),
    );
    add(
        "INDEP: pr * sqrt(src_ind+sup) * (1+lead5)",
        Box::new(|f| f.pr * (f.src_ind + f.sup).sqrt() * (1.0 + f.lead[LEAD_SENTENCES - 1])),
    );
    add(
        "BACK: prb * sqrt(src+sup)",
        Box::new(|f| f.prb * f.volume().sqrt()),
    );
    add(
        "BACK: pr * sqrt(src+sup_back) * (1+lead5_back)",
        Box::new(|f| f.pr * (f.src + f.sup_back).sqrt() * (1.0 + f.lead5_back)),
    );
    add(
        "BACK: prb * sqrt(src+sup_back) * (1+lead5_back)",
        Box::new(|f| f.prb * (f.src + f.sup_back).sqrt() * (1.0 + f.lead5_back)),
    );
    add(
        "BACK: (pr+prb)/2 * sqrt(src+sup) * (1+lead5)",
        Box::new(|f| (f.pr + f.prb) * f.volume().sqrt() * (1.0 + f.lead[LEAD_SENTENCES - 1])),
    );
    add(
        "src + sup + degree/10",
        Box::new(|f| f.volume() + f.deg / 10.0),
    );
    vs
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let open = args.iter().any(|a| a == "--open");
    let dump = args.iter().any(|a| a == "--dump");
    let dir = PathBuf::from(
        args.iter()
            .find(|a| !a.starts_with("--"))
            .cloned()
            .unwrap_or_else(|| "../shared/eval/t17-bpoil".into()),
    );
    let golds = load_gold_timelines(&dir.join("gold")).expect("gold timelines");
    let ingested = timeline::ingest::ingest(&[dir.join("articles.jsonl")]);
    let all = if open {
        Some(signals(&ingested.articles, None))
    } else {
        None
    };
    let mut ts = Vec::new();
    for (name, gold) in &golds {
        let (start, end) = (*gold.iter().min().unwrap(), *gold.iter().max().unwrap());
        let (n, feats) = match &all {
            Some(f) => (gold.len(), f.clone()),
            None => (
                gold.iter().collect::<BTreeSet<_>>().len(),
                signals(
                    &published_within(&ingested.articles, start, end),
                    Some((start, end)),
                ),
            ),
        };
        ts.push(T {
            name: name.clone(),
            n,
            gold: gold.clone(),
            feats,
        });
    }
    let vs = variants();
    if dump {
        let shipped = &vs[1].1;
        for t in &ts {
            let gold: BTreeSet<&NaiveDate> = t.gold.iter().collect();
            println!("== {} (N = {})", t.name, t.n);
            for (i, f) in ordered(t, shipped.as_ref()).iter().enumerate() {
                let d = f.date.unwrap();
                println!(
                    "{:3} {d} {} src {:3} sup {:3} lead5 {:2} pr {:.5} vote {:.2} after7 {:3}",
                    i + 1,
                    if gold.contains(&d) { "G" } else { " " },
                    f.src,
                    f.sup,
                    f.lead[4],
                    f.pr,
                    f.vote,
                    f.after7
                );
            }
        }
        return;
    }
    println!(
        "protocol {}: {:<40} {:>6} {} {:>7} {:>6}",
        if open { "open" } else { "news-tls" },
        "variant",
        "mean",
        ts.iter()
            .map(|t| format!("{:>9}", &t.name[..t.name.len().min(9)]))
            .collect::<String>(),
        "F1@kN",
        "MAP"
    );
    for (name, key) in &vs {
        let (m, f1s, multi, ap) = score(&ts, key.as_ref());
        println!(
            "{:<58} {m:>6.3} {} {multi:>7.3} {ap:>6.3}",
            name,
            f1s.iter().map(|x| format!("{x:>9.3}")).collect::<String>()
        );
    }
}
