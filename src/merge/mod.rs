//! Merging: the same happening reported by several sources becomes one event.
//!
//! Mentions are the nodes of a graph; an edge joins two mentions from different
//! articles whose dates nest (equal, or one interval inside the other) and whose content
//! agrees. Events are average-linkage clusters of that graph that stay date-consistent.
//! Each event keeps every source and quote, and takes the most specific date.

pub mod blocking;
pub mod cluster;
mod conflicts;
pub mod salience;
pub mod similarity;
pub mod sparsify;

use std::collections::{BTreeMap, BTreeSet};

use petgraph::graph::UnGraph;
use rayon::prelude::*;

use crate::extract::Mention;
use crate::model::{DateClaim, Event, MentionOut, Status};
use crate::tag::{Granularity, TimexValue};

/// Tuning of the merge.
#[derive(Debug, Clone)]
pub struct MergeOptions {
    /// Minimum average similarity for two clusters to merge.
    pub threshold: f32,
    /// Words occurring in more mentions than this are not used for blocking.
    pub max_postings: usize,
    /// Minimum average similarity for two day-level events a few days apart to be taken as
    /// one happening whose sources disagree on the day (kept as one event, conflict flagged).
    pub conflict_threshold: f32,
    /// How many days apart such conflicting reports may be.
    pub conflict_days: i64,
    /// Candidate pairs weighing this much or less are not edges.
    pub min_similarity: f32,
    /// How many links of each kind a mention keeps (see [`sparsify`]).
    pub caps: sparsify::Caps,
}

impl Default for MergeOptions {
    fn default() -> Self {
        MergeOptions {
            threshold: 0.17,
            max_postings: 5_000,
            conflict_threshold: 0.6,
            conflict_days: 3,
            min_similarity: 0.0,
            caps: sparsify::Caps::DEFAULT,
        }
    }
}

/// The edges of the mention graph, `(i, j, similarity)` with `i < j`, sorted: the weighed
/// candidate pairs of [`blocking`], sparsified (see [`sparsify`]).
pub fn mention_edges(
    mentions: &[Mention],
    feats: &similarity::Features,
    opts: &MergeOptions,
) -> Vec<(u32, u32, f32)> {
    let edges = blocking::candidate_edges(mentions, feats, opts.max_postings, opts.min_similarity);
    let intervals: Vec<_> = mentions.iter().map(|m| m.interval).collect();
    sparsify::sparsify(&intervals, edges, opts.caps)
}

/// The mention graph: nodes are mention indices, edge weights are similarities.
pub fn mention_graph(mentions: &[Mention], opts: &MergeOptions) -> UnGraph<usize, f32> {
    let feats = similarity::Features::new(mentions);
    let mut g = UnGraph::with_capacity(mentions.len(), mentions.len() * 2);
    let nodes: Vec<_> = (0..mentions.len()).map(|i| g.add_node(i)).collect();
    for (i, j, w) in mention_edges(mentions, &feats, opts) {
        g.add_edge(nodes[i as usize], nodes[j as usize], w);
    }
    g
}

/// Merges mentions into events, in chronological order (then by importance).
pub fn merge(mentions: &[Mention], opts: &MergeOptions) -> Vec<Event> {
    merge_steps(mentions, opts, &mut |_, _| {})
}

/// [`merge`], calling `step(name, count)` after each of its steps (with the number of
/// things it produced: edges, clusters, events), so a caller can time them (see
/// `examples/merge_stages.rs`).
pub fn merge_steps(
    mentions: &[Mention],
    opts: &MergeOptions,
    step: &mut dyn FnMut(&'static str, usize),
) -> Vec<Event> {
    let feats = similarity::Features::new(mentions);
    step("features", mentions.len());
    // Performance: the edges go straight to clustering, without the petgraph graph of
    // `mention_graph` (which only held them a second time).
    let edges = blocking::candidate_edges(mentions, &feats, opts.max_postings, opts.min_similarity);
    step("blocking+similarity", edges.len());
    let intervals: Vec<_> = mentions.iter().map(|m| m.interval).collect();
    let edges = sparsify::sparsify(&intervals, edges, opts.caps);
    drop(intervals);
    step("sparsify", edges.len());
    let mut centrality = vec![0.0f32; mentions.len()];
    for &(a, b, w) in &edges {
        centrality[a as usize] += w;
        centrality[b as usize] += w;
    }
    step("centrality", edges.len());
    let mut clusters = cluster::average_linkage(mentions, &edges, opts.threshold);
    drop(edges);
    step("clustering", clusters.len());
    conflicts::join_conflicting_days(mentions, &feats, &mut clusters, opts);
    step("conflicts", clusters.len());
    // Each event is built from its own members: in parallel, collected in cluster order.
    let mut events: Vec<Event> = clusters
        .par_iter()
        .map(|members| build_event(mentions, members, &centrality))
        .collect();
    step("build events", events.len());
    events.sort_by(|a, b| (a.start, a.end, &a.id).cmp(&(b.start, b.end, &b.id)));
    assign_ids(&mut events);
    step("sort+ids", events.len());
    events
}

/// A value as events are dated (the string of an event's `date`): times and parts of days
/// count as their day; see [`TimexValue::calendar_string`] for runs of days.
pub fn event_date(v: &TimexValue) -> String {
    match v {
        TimexValue::Time { date, .. } | TimexValue::DayPart { date, .. } => {
            TimexValue::Day(*date).to_string()
        }
        other => other.calendar_string(),
    }
}

fn build_event(mentions: &[Mention], members: &[usize], centrality: &[f32]) -> Event {
    let ms: Vec<&Mention> = members.iter().map(|&i| &mentions[i]).collect();
    // Most specific date: the narrowest interval; among equals, the most reported value.
    let width = |m: &Mention| (m.interval.1 - m.interval.0).num_days();
    let min_w = ms.iter().map(|m| width(m)).min().unwrap_or(0);
    let mut values: BTreeMap<String, (usize, &Mention)> = BTreeMap::new();
    for m in ms.iter().filter(|m| width(m) == min_w) {
        let v = event_date(&m.value);
        values.entry(v).or_insert((0, m)).0 += 1;
    }
    let (date, (_, best)) = values
        .iter()
        .max_by(|a, b| a.1.0.cmp(&b.1.0).then_with(|| b.0.cmp(a.0)))
        .map(|(k, v)| (k.clone(), *v))
        .unwrap_or_else(|| (event_date(&ms[0].value), (1, ms[0])));
    // Mostly planned, or every mention at the event's own date told as a prospect ("The
    // company was due to make a payment on Monday", read after that Monday; coarser
    // mentions glued on do not count, as for the title): planned. Otherwise one source
    // reporting it as fact makes it happened; only when every other mention is someone's
    // account is it reported. (Mention statuses at the own date alone decided worse: a
    // clause's later "will" made "At least 20 million gallons have spilled" planned.)
    let planned = ms.iter().filter(|m| m.status == Status::Planned).count();
    let prospects: Vec<bool> = ms
        .iter()
        .map(|m| crate::extract::headline::tells_as_prospect(&m.title))
        .collect();
    let all_prospects = (0..ms.len())
        .filter(|&k| width(ms[k]) == min_w)
        .all(|k| prospects[k]);
    let status = if planned * 2 > ms.len() || all_prospects {
        Status::Planned
    } else if ms.iter().any(|m| m.status == Status::Happened) || planned > 0 {
        Status::Happened
    } else {
        Status::Reported
    };
    // Title from a mention at the event's own (most specific) date, so that a year-level
    // mention glued on does not name a day's happening; then one that says something (three
    // words or more); then one not from a scraped list of links (teasers glued to outlet
    // names: "ITN BP bosses braced for White House grilling"); then one whose tense agrees with the status (a happened event is not
    // titled "Salazar is due to visit the site" when another source tells the visit); among
    // those the best-formed headline (a named subject, not a pronoun or a figure), then the
    // most central mention (most support from the others), then the earliest. A named
    // subject counts before the tense: "You can follow the testimony of Tony Hayward…" or
    // "He is due to…" says less than another source's "Tony Hayward is to hold a call".
    let keys: Vec<(bool, bool, bool, bool, bool, u8)> = members
        .iter()
        .zip(&prospects)
        .map(|(&i, &prospect)| {
            let m = &mentions[i];
            let teaser = crate::extract::headline::is_link_list(&m.sentence);
            let q = crate::extract::headline::quality(&m.title);
            let agrees = if status == Status::Planned {
                prospect || m.status == Status::Planned
            } else {
                !prospect
            };
            let named = !crate::extract::headline::starts_with_pronoun(&m.title);
            (width(m) == min_w, q > 0, !teaser, named, agrees, q)
        })
        .collect();
    let title_m = (0..members.len())
        .max_by(|&a, &b| {
            keys[a]
                .cmp(&keys[b])
                .then(centrality[members[a]].total_cmp(&centrality[members[b]]))
                .then_with(|| members[b].cmp(&members[a]))
        })
        .map(|k| &mentions[members[k]])
        .unwrap_or(ms[0]);
    let sources: BTreeSet<&str> = ms.iter().map(|m| m.article.as_str()).collect();
    let mut actor_count: BTreeMap<String, (usize, String)> = BTreeMap::new();
    for m in &ms {
        for a in &m.actors {
            let e = actor_count
                .entry(crate::extract::words::actor_key(a))
                .or_insert((0, a.clone()));
            e.0 += 1;
            if a.len() > e.1.len() {
                e.1 = a.clone();
            }
        }
    }
    let mut actors: Vec<(usize, String)> = actor_count.into_values().collect();
    actors.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    let mut mention_out: Vec<MentionOut> = ms
        .iter()
        .map(|m| MentionOut {
            article: m.article.clone(),
            text: m.timex_text.clone(),
            value: m.value.calendar_string(),
            sentence: m.sentence.clone(),
            start: m.char_start,
            end: m.char_end,
        })
        .collect();
    mention_out.sort_by(|a, b| (&a.article, a.start).cmp(&(&b.article, b.start)));
    // Sources that give another day than the event's: each source's own date.
    let days: BTreeSet<String> = ms
        .iter()
        .filter(|m| width(m) == 0)
        .map(|m| event_date(&m.value))
        .collect();
    let conflicts = if days.len() > 1 {
        let claims: BTreeSet<(String, String)> = ms
            .iter()
            .filter(|m| width(m) == 0)
            .map(|m| (m.article.clone(), event_date(&m.value)))
            .collect();
        claims
            .into_iter()
            .map(|(article, value)| DateClaim { article, value })
            .collect()
    } else {
        Vec::new()
    };
    Event {
        id: String::new(),
        rank: None,
        date,
        start: best.interval.0,
        end: best.interval.1,
        granularity: best.granularity,
        modifier: best.modifier.map(|m| m.as_str().to_string()),
        title: title_m.title.clone(),
        status,
        sources: sources.into_iter().map(str::to_string).collect(),
        actors: actors.into_iter().map(|(_, a)| a).take(8).collect(),
        conflicts,
        mentions: mention_out,
    }
}

/// Stable, readable ids: the date and the first words of the title ("2022-01-26-us-and-nato").
fn assign_ids(events: &mut [Event]) {
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for e in events.iter_mut() {
        let slug: Vec<String> = e
            .title
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .take(5)
            .map(str::to_lowercase)
            .collect();
        // a span's "/" would break URLs and file names made from the id
        let base = format!("{}-{}", e.date.replace('/', "--"), slug.join("-"));
        let n = seen.entry(base.clone()).or_insert(0);
        *n += 1;
        e.id = if *n == 1 { base } else { format!("{base}-{n}") };
    }
}

/// Importance order of events read from a file (`events.json`), most important first: the
/// order of their `rank` fields, which `timeline build` writes (see [`set_ranks`]), so a
/// reader of the file ranks the events exactly as the build did.
///
/// Events without a `rank` (files written before it existed, events added by hand) are
/// ranked from the events alone, as [`rank_order_with`] does without article signals
/// (support, lead, centrality all 0: dates go by their events' sources), and come after
/// every ranked event. Events given the same rank keep that order among themselves.
pub fn rank_order(events: &[Event]) -> Vec<usize> {
    let fallback = rank_order_with(events, &[]);
    if events.iter().all(|e| e.rank.is_none()) {
        return fallback;
    }
    let mut place = vec![0usize; events.len()];
    for (p, &i) in fallback.iter().enumerate() {
        place[i] = p;
    }
    let mut idx = fallback;
    // Ranked first (None sorts after every Some here), by rank, then the fallback order.
    idx.sort_by_key(|&i| (events[i].rank.is_none(), events[i].rank, place[i]));
    idx
}

/// Writes each event's `rank` from `order` (indices into `events`, most important first):
/// 1 for the first, 2 for the next, and so on; events not in `order` get none.
pub fn set_ranks(events: &mut [Event], order: &[usize]) {
    for e in events.iter_mut() {
        e.rank = None;
    }
    for (r, &i) in order.iter().enumerate() {
        events[i].rank = Some(u32::try_from(r + 1).unwrap_or(u32::MAX));
    }
}

/// An event's sources that tell it in their own words: its sources, or one when every
/// mention is the same sentence. A box printed on every page of a site ("This was completed
/// at 1930 CDT on 1 June", on 13 BBC pages) is one voice, not 13, when the event to show
/// for its date is chosen; date weights still count every source. (Counting distinct
/// sentences in every event also demoted stories two pages of one site share, and named
/// subjects gave way to pronouns in the T17 top 40.)
pub fn independent_sources(e: &Event) -> usize {
    let mut texts = e.mentions.iter().map(|m| m.sentence.as_str());
    match texts.next() {
        Some(first) if e.sources.len() > 1 && texts.all(|t| t == first) => 1,
        _ => e.sources.len(),
    }
}

/// Importance order, date first (as DATEWISE timeline summarisers do): a timeline is a
/// choice of key days, so events are taken one per date, days before coarser dates ("2010",
/// "last week") and dates in order of their weight, before any date gets a second event.
///
/// `signals[i]` is what the articles make of event `i`'s date (the same for every event of
/// the date; see [`salience`]); missing entries count as all zero. A day's weight is
///
/// `centrality × √(sources + support) × (1 + lead)`
///
/// where `sources` counts the sources of all the day's events. The day's share of the
/// date reference graph (`centrality`) favours days the coverage of other days keeps
/// pointing back to over days reported heavily only while they happened; the volume
/// (`sources + support`, articles naming the day at all) counts with its square root; and
/// every article naming the day in its lead, where it tells its news rather than its
/// background, counts the weight once more. Between days of equal weight (all days, when
/// no article has a publication date), the volume decides. Coarser dates ("2010", "last
/// week") go by their sources alone: articles name the year or the month for many reasons.
///
/// Within a date, and between dates of equal weight and volume: most independent sources
/// first ([`independent_sources`]: a box of text syndicated across pages counts once), then
/// most sources, then date support, then most mentions, then finer dates, then the earlier date,
/// then id.
pub fn rank_order_with(events: &[Event], signals: &[salience::DateSignal]) -> Vec<usize> {
    let sig = |i: usize| signals.get(i).copied().unwrap_or_default();
    let mut idx: Vec<usize> = (0..events.len()).collect();
    let voices: Vec<usize> = events.iter().map(independent_sources).collect();
    let within = |&a: &usize, &b: &usize| {
        let (x, y) = (&events[a], &events[b]);
        voices[b]
            .cmp(&voices[a])
            .then(y.sources.len().cmp(&x.sources.len()))
            .then(sig(b).support.cmp(&sig(a).support))
            .then(y.mentions.len().cmp(&x.mentions.len()))
            .then(x.granularity.cmp(&y.granularity))
            .then(x.start.cmp(&y.start))
            .then(x.id.cmp(&y.id))
    };
    idx.sort_by(within);
    // Volume of each date, and each event's place among its date's events.
    let mut volume: BTreeMap<&str, usize> = BTreeMap::new();
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    let mut round = vec![0usize; events.len()];
    for &i in &idx {
        let e = &events[i];
        let day = e.granularity == Granularity::Day;
        *volume
            .entry(e.date.as_str())
            .or_insert(if day { sig(i).support } else { 0 }) += e.sources.len();
        let n = seen.entry(e.date.as_str()).or_insert(0);
        round[i] = *n;
        *n += 1;
    }
    // Each event's date volume and weight (every event of a date has the date's signal, so
    // they agree within a date), computed once rather than in every comparison of the sort.
    let date_volume: Vec<usize> = events.iter().map(|e| volume[e.date.as_str()]).collect();
    let date_weight: Vec<f64> = (0..events.len())
        .map(|i| {
            if events[i].granularity != Granularity::Day {
                return 0.0;
            }
            let s = sig(i);
            s.centrality * (date_volume[i] as f64).sqrt() * (1 + s.lead) as f64
        })
        .collect();
    let coarse = |i: usize| events[i].granularity != Granularity::Day;
    idx.sort_by(|a, b| {
        round[*a]
            .cmp(&round[*b])
            .then(coarse(*a).cmp(&coarse(*b)))
            .then(date_weight[*b].total_cmp(&date_weight[*a]))
            .then(date_volume[*b].cmp(&date_volume[*a]))
            .then(within(a, b))
    });
    idx
}

/// A small deterministic random source for the merge's brute-force tests: each call
/// `next(n)` gives a number in `0..n` (a 64-bit linear congruential generator).
#[cfg(test)]
pub(crate) fn test_rng(seed: u64) -> impl FnMut(u64) -> u64 {
    let mut x = seed;
    move |n| {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (x >> 33) % n
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn ev(id: &str, date: &str, g: Granularity, sources: usize) -> Event {
        let day = NaiveDate::parse_from_str(&date[..date.len().min(10)], "%Y-%m-%d")
            .unwrap_or(NaiveDate::from_ymd_opt(2010, 1, 1).unwrap());
        Event {
            id: id.to_string(),
            rank: None,
            date: date.to_string(),
            start: day,
            end: day,
            granularity: g,
            modifier: None,
            title: id.to_string(),
            status: Status::Happened,
            sources: (0..sources).map(|i| format!("s{i}")).collect(),
            actors: Vec::new(),
            conflicts: Vec::new(),
            mentions: Vec::new(),
        }
    }

    fn mention(article: &str, value: TimexValue, title: &str) -> Mention {
        let interval = value.interval().unwrap();
        Mention {
            granularity: value.granularity().unwrap(),
            value,
            title: title.to_string(),
            ..Mention::for_test(article, interval.0, interval.1, Vec::new())
        }
    }

    #[test]
    fn title_comes_from_a_mention_at_the_events_date_and_a_named_subject() {
        let day = NaiveDate::from_ymd_opt(2010, 5, 6).unwrap();
        let ms = [
            mention(
                "a",
                TimexValue::Year(2010),
                "BP had a terrible 2010 with the spill",
            ),
            mention(
                "b",
                TimexValue::Day(day),
                "He said the funnel will be deployed",
            ),
            mention("c", TimexValue::Day(day), "BP will deploy a giant funnel"),
        ];
        // The year mention is the most central, the pronoun one next.
        let e = build_event(&ms, &[0, 1, 2], &[3.0, 2.0, 1.0]);
        assert_eq!(e.date, "2010-05-06");
        assert_eq!(e.title, "BP will deploy a giant funnel");
    }

    #[test]
    fn a_happened_event_is_titled_as_done_and_a_planned_one_as_planned() {
        let day = NaiveDate::from_ymd_opt(2010, 5, 24).unwrap();
        let with = |status, title| Mention {
            status,
            ..mention("a", TimexValue::Day(day), title)
        };
        // The prospect is the more central mention, but another source tells the visit.
        let ms = [
            with(
                Status::Happened,
                "Salazar is due to visit the disaster site",
            ),
            with(
                Status::Happened,
                "A delegation flew over the Louisiana coastline",
            ),
        ];
        let e = build_event(&ms, &[0, 1], &[2.0, 1.0]);
        assert_eq!(e.status, Status::Happened);
        assert_eq!(e.title, "A delegation flew over the Louisiana coastline");
        let ms = [
            with(
                Status::Happened,
                "The company was due to make a dividend payment",
            ),
            with(Status::Happened, "BP cancelled its dividend payment"),
        ];
        assert_eq!(
            build_event(&ms, &[0, 1], &[2.0, 1.0]).title,
            "BP cancelled its dividend payment"
        );
        // A planned event keeps its planned title over a more central account.
        let ms = [
            with(Status::Happened, "Obama spoke about the Gulf visit"),
            with(Status::Planned, "Obama is due to visit the Gulf"),
            with(Status::Planned, "He will visit the Gulf"),
        ];
        let e = build_event(&ms, &[0, 1, 2], &[3.0, 2.0, 1.0]);
        assert_eq!(e.status, Status::Planned);
        assert_eq!(e.title, "Obama is due to visit the Gulf");
        // Only prospects, though the day has passed when they are read: a plan, titled by
        // the best-formed one.
        let ms = [
            with(Status::Happened, "He is due to visit the site"),
            with(Status::Happened, "Salazar is due to visit the site"),
        ];
        let e = build_event(&ms, &[0, 1], &[2.0, 1.0]);
        assert_eq!(e.status, Status::Planned);
        assert_eq!(e.title, "Salazar is due to visit the site");
        // A named subject counts before the tense: a pronoun or "you" names no one.
        let ms = [
            with(
                Status::Happened,
                "You can follow the hearing of Tony Hayward",
            ),
            with(
                Status::Happened,
                "Tony Hayward is to testify before Congress",
            ),
        ];
        let e = build_event(&ms, &[0, 1], &[2.0, 1.0]);
        assert_eq!(e.status, Status::Happened);
        assert_eq!(e.title, "Tony Hayward is to testify before Congress");
        // A coarser mention told as done does not make a planned day happened.
        let year = Mention {
            status: Status::Happened,
            ..mention("c", TimexValue::Year(2010), "BP had a terrible 2010")
        };
        let ms = [
            with(Status::Planned, "BP is due to release its results"),
            with(Status::Planned, "BP is set to reveal its results"),
            year.clone(),
            year,
        ];
        let e = build_event(&ms, &[0, 1, 2, 3], &[1.0; 4]);
        assert_eq!(e.status, Status::Planned);
        assert_eq!(e.title, "BP is due to release its results");
    }

    #[test]
    fn a_link_lists_teaser_titles_an_event_only_without_another_title() {
        let day = NaiveDate::from_ymd_opt(2010, 6, 15).unwrap();
        let links = "Sky News BP bosses - 6 hrs ago ITN BP bosses braced for White House grilling - 8 hrs ago Daily Express";
        let teaser = Mention {
            sentence: links.to_string(),
            ..mention(
                "a",
                TimexValue::Day(day),
                "ITN BP bosses braced for White House grilling",
            )
        };
        let told = mention(
            "b",
            TimexValue::Day(day),
            "Svanberg has been invited to the White House",
        );
        let ms = [teaser.clone(), told];
        assert_eq!(
            build_event(&ms, &[0, 1], &[2.0, 1.0]).title,
            "Svanberg has been invited to the White House"
        );
        assert_eq!(
            build_event(&[teaser], &[0], &[1.0]).title,
            "ITN BP bosses braced for White House grilling"
        );
    }

    #[test]
    fn an_event_is_reported_only_when_no_source_tells_it_as_fact() {
        let day = NaiveDate::from_ymd_opt(2022, 2, 1).unwrap();
        let with = |status| Mention {
            status,
            ..mention(
                "a",
                TimexValue::Day(day),
                "Russian troops crossed the border",
            )
        };
        let claims = [with(Status::Reported), with(Status::Reported)];
        assert_eq!(
            build_event(&claims, &[0, 1], &[1.0, 1.0]).status,
            Status::Reported
        );
        let mixed = [with(Status::Reported), with(Status::Happened)];
        assert_eq!(
            build_event(&mixed, &[0, 1], &[1.0, 1.0]).status,
            Status::Happened
        );
        let plans = [
            with(Status::Planned),
            with(Status::Planned),
            with(Status::Reported),
        ];
        assert_eq!(
            build_event(&plans, &[0, 1, 2], &[1.0; 3]).status,
            Status::Planned
        );
    }

    #[test]
    fn a_box_printed_on_many_pages_counts_once_for_its_dates_event() {
        let told = |e: &mut Event, sentences: &[&str]| {
            e.mentions = sentences
                .iter()
                .enumerate()
                .map(|(i, t)| MentionOut {
                    article: format!("s{i}"),
                    text: "1 June".into(),
                    value: "2010-06-01".into(),
                    sentence: t.to_string(),
                    start: 0,
                    end: 6,
                })
                .collect();
        };
        let mut boxed = ev("box", "2010-06-01", Granularity::Day, 13);
        told(
            &mut boxed,
            &["This was completed at 1930 CDT on 1 June."; 13],
        );
        let mut story = ev("story", "2010-06-01", Granularity::Day, 3);
        told(
            &mut story,
            &["Oil spilled.", "Oil has spilled.", "The oil spilled."],
        );
        assert_eq!(independent_sources(&boxed), 1);
        assert_eq!(independent_sources(&story), 3);
        let events = vec![boxed, story];
        assert_eq!(names(&events, rank_order(&events)), ["story", "box"]);
        // Two sources telling it in different words are two voices; no mentions, all sources.
        let mut two = ev("two", "2010-06-01", Granularity::Day, 2);
        told(&mut two, &["Oil spilled.", "Oil has spilled."]);
        assert_eq!(independent_sources(&two), 2);
        assert_eq!(
            independent_sources(&ev("bare", "2010-06-01", Granularity::Day, 4)),
            4
        );
    }

    #[test]
    fn rank_order_follows_written_ranks_then_ranks_the_rest_by_sources() {
        let mut events = vec![
            ev("a", "2010-01-01", Granularity::Day, 5),
            ev("b", "2010-01-02", Granularity::Day, 1),
            ev("c", "2010-01-03", Granularity::Day, 3),
            ev("d", "2010-01-04", Granularity::Day, 2),
        ];
        // No ranks: by sources.
        assert_eq!(names(&events, rank_order(&events)), ["a", "c", "d", "b"]);
        // Ranks as written, whatever the sources.
        set_ranks(&mut events, &[1, 3, 0, 2]);
        assert_eq!(
            events.iter().map(|e| e.rank).collect::<Vec<_>>(),
            [Some(3), Some(1), Some(4), Some(2)]
        );
        assert_eq!(names(&events, rank_order(&events)), ["b", "d", "a", "c"]);
        // Unranked events after the ranked ones, by sources; a shared rank by sources too.
        events[1].rank = None;
        events[2].rank = Some(3);
        assert_eq!(names(&events, rank_order(&events)), ["d", "a", "c", "b"]);
    }

    fn support(n: usize) -> salience::DateSignal {
        salience::DateSignal {
            support: n,
            ..Default::default()
        }
    }

    fn names(events: &[Event], r: Vec<usize>) -> Vec<String> {
        r.into_iter().map(|i| events[i].id.clone()).collect()
    }

    #[test]
    fn one_event_per_date_before_any_second_and_dates_by_volume_without_centrality() {
        let events = [
            ev("a1", "2010-04-20", Granularity::Day, 5),
            ev("a2", "2010-04-20", Granularity::Day, 4),
            ev("b", "2010-05-02", Granularity::Day, 2),
            ev("c", "2010-06-01", Granularity::Day, 3),
            ev("y", "2010", Granularity::Year, 4),
        ];
        // No publication dates, no centrality: days go by volume. April 20 = 9 + 1
        // article, May 2 = 2 + 6 articles, June 1 = 3 + 0, 2010 = 4 (its article support
        // does not count; and days come first).
        let signals = [1, 1, 6, 0, 50].map(support);
        assert_eq!(
            names(&events, rank_order_with(&events, &signals)),
            ["a1", "b", "c", "y", "a2"]
        );
        // Without support: April 20 (9), June 1 (3), May 2 (2), then 2010.
        assert_eq!(
            names(&events, rank_order(&events)),
            ["a1", "c", "b", "y", "a2"]
        );
    }

    #[test]
    fn a_day_named_in_leads_outranks_a_background_day_with_equal_counts() {
        let events = [
            ev("background", "2010-06-15", Granularity::Day, 4),
            ev("news", "2010-06-16", Granularity::Day, 4),
        ];
        let sig = |lead| salience::DateSignal {
            support: 6,
            lead,
            centrality: 0.01,
        };
        assert_eq!(
            names(&events, rank_order_with(&events, &[sig(0), sig(2)])),
            ["news", "background"]
        );
        assert_eq!(
            names(&events, rank_order_with(&events, &[sig(2), sig(0)])),
            ["background", "news"]
        );
    }

    #[test]
    fn centrality_outweighs_volume_within_reason() {
        // June 15: 40 sources and 10 articles, all on the day (low centrality); April 22:
        // 10 sources and 6 articles, referred back to from many later days.
        let events = [
            ev("busy", "2010-06-15", Granularity::Day, 40),
            ev("referred", "2010-04-22", Granularity::Day, 10),
        ];
        let busy = salience::DateSignal {
            support: 10,
            lead: 1,
            centrality: 0.002,
        };
        let referred = salience::DateSignal {
            support: 6,
            lead: 1,
            centrality: 0.006,
        };
        // √50 · 0.002 · 2 ≈ 0.028 < √16 · 0.006 · 2 = 0.048
        assert_eq!(
            names(&events, rank_order_with(&events, &[busy, referred])),
            ["referred", "busy"]
        );
    }
}
