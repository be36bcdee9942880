//! Candidate pairs for merging, without comparing all pairs: mentions are indexed by
//! (content word, calendar bucket) at every calendar level their interval fits in, and each
//! mention looks up only its own finest level — which finds every mention whose interval lies
//! inside its own. Pairs where one interval contains the other are thus found once by the
//! containing side, and the cost grows with the size of the postings, not with n².

use chrono::Datelike;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use chrono::NaiveDate;

use rayon::prelude::*;

use super::similarity::Features;
use crate::extract::Mention;

/// Most mentions a coarse (month-or-wider) bucket may hold under one actor key, or one
/// content word, for the key to be looked up.
const COARSE_ACTOR_POSTINGS: usize = 400;
const COARSE_WORD_POSTINGS: usize = 40;

/// How many keys a day-level pair must share to be a candidate. Two reports of one day's
/// happening share several words; two stories that only fall on the same day mostly share
/// one, and those pairs grew with the density of the corpus (×120 from 10k to 100k articles)
/// while almost never reaching the merge threshold.
const DAY_MIN_SHARED: usize = 2;

/// Calendar levels, finest first.
const LEVELS: usize = 5;

fn bucket(level: usize, d: chrono::NaiveDate) -> i64 {
    let y = d.year() as i64;
    match level {
        0 => d.num_days_from_ce() as i64,
        1 => y * 12 + d.month0() as i64,
        2 => y,
        3 => y.div_euclid(10),
        _ => y.div_euclid(100),
    }
}

/// The bucket of `m` at `level`, if its whole interval falls into one bucket there.
fn fits(level: usize, m: &Mention) -> Option<i64> {
    let a = bucket(level, m.interval.0);
    (a == bucket(level, m.interval.1)).then_some(a)
}

/// Whether one interval contains the other (equal intervals included).
pub fn nested(a: &Mention, b: &Mention) -> bool {
    let (x, y) = (a.interval, b.interval);
    (x.0 <= y.0 && y.1 <= x.1) || (y.0 <= x.0 && x.1 <= y.1)
}

/// A multiplicative hasher for the small integer keys of the index (the default SipHash was
/// a visible share of blocking time; these keys need no DoS resistance).
#[derive(Default, Clone, Copy)]
pub(super) struct IntHasher(u64);

impl Hasher for IntHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(b as u64);
        }
    }
    fn write_u32(&mut self, n: u32) {
        self.write_u64(n as u64);
    }
    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }
    fn write_i64(&mut self, n: i64) {
        self.write_u64(n as u64);
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

pub(super) type IntMap<K, V> = HashMap<K, V, BuildHasherDefault<IntHasher>>;

/// Share of all mentions above which a key is too common to block on ("said", "officials",
/// a press agency's boilerplate "according to people familiar with the matter"): two
/// mentions sharing it are as likely to report different happenings as one, and the pairs it
/// makes grow with the square of the corpus's density (in the synthetic 100k archive, two
/// thirds of the cross-story pairs of days). It still counts in the similarity.
const COMMON_SHARE: f64 = 0.02;

/// Fewest mentions a key must be in before it can be too common: a single story (the 293
/// Timeline17 articles make 2,500 mentions) is compared on every shared word.
const COMMON_FLOOR: usize = 1_000;

/// Per interned key: whether more than `share` of the mentions, and more than `floor`, hold
/// it (see [`COMMON_SHARE`]).
fn common_keys(keys: &[Vec<u32>], share: f64, floor: usize) -> Vec<bool> {
    let len = keys.iter().flatten().max().map_or(0, |&k| k as usize + 1);
    let mut df = vec![0usize; len];
    for ks in keys {
        for &k in ks {
            df[k as usize] += 1;
        }
    }
    let cut = ((share * keys.len() as f64) as usize).max(floor);
    df.into_iter().map(|d| d > cut).collect()
}

/// The finest calendar level whose bucket holds the whole interval of `m`, with that bucket.
fn finest(m: &Mention) -> Option<(usize, i64)> {
    (0..LEVELS).find_map(|l| fits(l, m).map(|b| (l, b)))
}

/// Pairs `(i, j)`, `i < j`, from different articles, with nested intervals and at least one
/// shared distinctive content word or actor (two for pairs of days, `DAY_MIN_SHARED`).
/// `max_postings` skips words crowding one calendar bucket; keys in more than 2 % of all
/// mentions (and over 1,000) are not blocked on at all ([`COMMON_SHARE`]).
pub fn candidate_pairs(
    mentions: &[Mention],
    keys: &[Vec<u32>],
    is_actor: &(dyn Fn(u32) -> bool + Sync),
    max_postings: usize,
) -> Vec<(usize, usize)> {
    let order = date_order(mentions);
    scan(mentions, &order, keys, is_actor, max_postings, &|_, _| 1.0)
        .into_iter()
        .map(|(i, j, _)| (i as usize, j as usize))
        .collect()
}

/// The candidate pairs of [`candidate_pairs`] weighed by their similarity, keeping those
/// weighing more than `min_weight`, as `(i, j, w)` with `i < j`, sorted by `(i, j)`.
pub fn candidate_edges(
    mentions: &[Mention],
    feats: &Features,
    max_postings: usize,
    min_weight: f32,
) -> Vec<(u32, u32, f32)> {
    let order = date_order(mentions);
    // (Storing the features contiguously in date order as well did not measurably help.)
    let weight = |a: usize, b: usize| feats.similarity(order[a] as usize, order[b] as usize);
    let is_actor = |k: u32| feats.is_actor(k);
    let mut edges = scan(
        mentions,
        &order,
        &feats.keys,
        &is_actor,
        max_postings,
        &weight,
    );
    edges.retain(|e| e.2 > min_weight);
    edges
}

/// Mention indices in date order (interval, then index).
fn date_order(mentions: &[Mention]) -> Vec<u32> {
    let mut order: Vec<u32> = (0..mentions.len() as u32).collect();
    order.sort_unstable_by_key(|&i| (mentions[i as usize].interval, i));
    order
}

/// Mentions looked up per parallel task: large enough to amortise the task, small enough to
/// balance two to a few dozen threads.
const CHUNK: usize = 2048;

/// Blocking proper: every candidate pair once, weighed by `weight` of the two mentions' ranks
/// in `order` (their positions in it), as mention indices sorted by `(i, j)`.
///
/// Performance: each mention's lookups are independent of the others' once the index is
/// built, so they run in parallel (rayon) over chunks of mentions, collected in mention
/// order; each pair is emitted by one side only (see below), so the pairs need no global
/// deduplication, and their order, hence the output, is the same whatever the thread count.
fn scan(
    mentions: &[Mention],
    order: &[u32],
    keys: &[Vec<u32>],
    is_actor: &(dyn Fn(u32) -> bool + Sync),
    max_postings: usize,
    weight: &(dyn Fn(usize, usize) -> f32 + Sync),
) -> Vec<(u32, u32, f32)> {
    // Performance: mentions are indexed and looked up in date order, under their rank in
    // that order: a bucket's postings then hold nearby ranks, so the per-rank arrays below
    // are read from a small window of memory instead of all over the corpus (on 100k
    // articles the scattered reads, not the pairs, were what grew faster than the corpus).
    // Pairs are mapped back to mention indices, so the result does not depend on the order.
    let levels: Vec<Option<(usize, i64)>> = order
        .iter()
        .map(|&i| finest(&mentions[i as usize]))
        .collect();
    let common = common_keys(keys, COMMON_SHARE, COMMON_FLOOR);
    let mut index: IntMap<(u32, usize, i64), Vec<u32>> = IntMap::default();
    for (r, &i) in order.iter().enumerate() {
        let m = &mentions[i as usize];
        for level in 0..LEVELS {
            if let Some(b) = fits(level, m) {
                for &k in keys[i as usize].iter().filter(|&&k| !common[k as usize]) {
                    index.entry((k, level, b)).or_default().push(r as u32);
                }
            }
        }
    }
    // Performance: the inner loop below compares articles as interned integers (comparing the
    // id strings was ~10% of merge time) and reads intervals from a compact array.
    let article_of = article_ids(mentions);
    let article: Vec<u32> = order.iter().map(|&i| article_of[i as usize]).collect();
    drop(article_of);
    let intervals: Vec<(NaiveDate, NaiveDate)> = order
        .iter()
        .map(|&i| mentions[i as usize].interval)
        .collect();
    let is_nested = |x: (NaiveDate, NaiveDate), y: (NaiveDate, NaiveDate)| {
        (x.0 <= y.0 && y.1 <= x.1) || (y.0 <= x.0 && x.1 <= y.1)
    };
    // Mention `i` finds `j` only if `j` is indexed at `i`'s finest level, so `j`'s finest
    // level is the same or finer. When it is finer, `j` never finds `i` (`i` is not indexed
    // that fine); when it is the same, the bucket, postings and caps are the same from both
    // sides and each finds the other. So each pair is kept from one side: the coarser one,
    // or the lower rank on a tie.
    let owns = |i: usize, j: usize| {
        let (li, lj) = (levels[i].map(|l| l.0), levels[j].map(|l| l.0));
        lj < li || (lj == li && j > i)
    };
    let lookup = |i: usize, found: &mut Vec<u32>, out: &mut Vec<(u32, u32, f32)>| {
        let Some((level, b)) = levels[i] else {
            return;
        };
        found.clear();
        // The keys `i` may block on here, with their postings.
        let mut usable: Vec<(u32, &[u32])> = Vec::with_capacity(keys[order[i] as usize].len());
        for &k in &keys[order[i] as usize] {
            let Some(post) = index.get(&(k, level, b)) else {
                continue;
            };
            // A month or a year holds many mentions: there a common word says little, so
            // coarse mentions look up only actors and rare words. Without this the pairs of
            // year-level mentions grow with the square of the corpus.
            let cap = match level {
                0 => max_postings,
                _ if is_actor(k) => COARSE_ACTOR_POSTINGS.min(max_postings),
                _ => COARSE_WORD_POSTINGS.min(max_postings),
            };
            if post.len() <= cap {
                usable.push((k, post));
            }
        }
        let need = if level == 0 { DAY_MIN_SHARED } else { 1 };
        if usable.len() < need {
            return;
        }
        // Prefix filter (as in set-similarity joins): when two shared keys are needed, a
        // mention sharing them with `i` shares one outside the key with the longest
        // postings, so that list is not scanned; each mention found is then checked against
        // all of `i`'s usable keys. Same pairs as scanning every key, without reading the
        // longest postings, which are the ones that grow with the density of the corpus.
        debug_assert!(need <= 2, "the prefix filter skips one key");
        let skip = if need > 1 {
            (0..usable.len()).max_by_key(|&u| (usable[u].1.len(), std::cmp::Reverse(u)))
        } else {
            None
        };
        for (u, &(_, post)) in usable.iter().enumerate() {
            if Some(u) == skip {
                continue;
            }
            for &j in post {
                let ju = j as usize;
                if ju != i
                    && article[ju] != article[i]
                    && owns(i, ju)
                    && is_nested(intervals[i], intervals[ju])
                {
                    found.push(j);
                }
            }
        }
        found.sort_unstable();
        found.dedup();
        if need > 1 {
            found.retain(|&j| {
                shared_count(
                    usable.iter().map(|u| u.0),
                    &keys[order[j as usize] as usize],
                ) >= need
            });
        }
        let x = order[i];
        for &j in found.iter() {
            let y = order[j as usize];
            out.push((x.min(y), x.max(y), weight(i, j as usize)));
        }
    };
    let chunks: Vec<Vec<(u32, u32, f32)>> = (0..mentions.len().div_ceil(CHUNK))
        .into_par_iter()
        .map(|c| {
            let mut found = Vec::new();
            let mut out = Vec::new();
            for i in c * CHUNK..((c + 1) * CHUNK).min(mentions.len()) {
                lookup(i, &mut found, &mut out);
            }
            out
        })
        .collect();
    let mut edges: Vec<(u32, u32, f32)> = chunks.concat();
    drop(chunks);
    edges.sort_unstable_by_key(|e| (e.0, e.1));
    edges
}

/// Pairs `(i, j)`, `i < j`, of day-level mentions from different articles whose days differ
/// by 1 to `max_days` and that share two keys (`DAY_MIN_SHARED`): reports of one
/// happening that disagree on its day ("Monday" in one outlet, "Tuesday" in another). Only
/// mentions with `eligible[i]` (missing entries: all) take part.
pub fn near_day_pairs(
    mentions: &[Mention],
    keys: &[Vec<u32>],
    max_days: i64,
    max_postings: usize,
    eligible: &[bool],
) -> Vec<(usize, usize)> {
    let day = |i: usize| {
        let m = &mentions[i];
        (m.interval.0 == m.interval.1 && eligible.get(i).copied().unwrap_or(true))
            .then(|| bucket(0, m.interval.0))
    };
    let common = common_keys(keys, COMMON_SHARE, COMMON_FLOOR);
    let mut index: IntMap<(u32, i64), Vec<u32>> = IntMap::default();
    for (i, ks) in keys.iter().enumerate().take(mentions.len()) {
        if let Some(d) = day(i) {
            for &k in ks.iter().filter(|&&k| !common[k as usize]) {
                index.entry((k, d)).or_default().push(i as u32);
            }
        }
    }
    // Performance, as in `candidate_pairs`: integer article ids, per-mention dedup, one sort
    // instead of an ordered set (same pairs, same order), and the lookups in parallel over
    // chunks of mentions (the final sort makes the result independent of the thread count).
    let article = article_ids(mentions);
    let lookup = |i: usize, found: &mut Vec<u32>, pairs: &mut Vec<(u32, u32)>| {
        let Some(d) = day(i) else { return };
        found.clear();
        for &k in &keys[i] {
            // Looking forward only: each unordered pair is found from its earlier day.
            for other in d + 1..=d + max_days {
                let Some(post) = index.get(&(k, other)) else {
                    continue;
                };
                if post.len() > max_postings {
                    continue;
                }
                found.extend(post.iter().filter(|&&j| article[j as usize] != article[i]));
            }
        }
        keep_shared(found, DAY_MIN_SHARED);
        let i = i as u32;
        pairs.extend(found.iter().map(|&j| (i.min(j), i.max(j))));
    };
    let chunks: Vec<Vec<(u32, u32)>> = (0..mentions.len().div_ceil(CHUNK))
        .into_par_iter()
        .map(|c| {
            let (mut found, mut pairs) = (Vec::new(), Vec::new());
            for i in c * CHUNK..((c + 1) * CHUNK).min(mentions.len()) {
                lookup(i, &mut found, &mut pairs);
            }
            pairs
        })
        .collect();
    finish_pairs(chunks.concat())
}

/// Each mention's article as a small integer.
fn article_ids(mentions: &[Mention]) -> Vec<u32> {
    let mut ids: HashMap<&str, u32> = HashMap::new();
    mentions
        .iter()
        .map(|m| {
            let next = ids.len() as u32;
            *ids.entry(m.article.as_str()).or_insert(next)
        })
        .collect()
}

/// How many of `a` (ascending) are in `b` (ascending).
fn shared_count(a: impl Iterator<Item = u32>, b: &[u32]) -> usize {
    let mut j = 0;
    let mut n = 0;
    for x in a {
        while j < b.len() && b[j] < x {
            j += 1;
        }
        if j < b.len() && b[j] == x {
            n += 1;
        }
    }
    n
}

/// Sorts `found` (one entry per shared key) and keeps, once each, the mentions found at
/// least `need` times.
fn keep_shared(found: &mut Vec<u32>, need: usize) {
    found.sort_unstable();
    if need <= 1 {
        found.dedup();
        return;
    }
    let (mut w, mut r) = (0, 0);
    while r < found.len() {
        let mut e = r + 1;
        while e < found.len() && found[e] == found[r] {
            e += 1;
        }
        if e - r >= need {
            found[w] = found[r];
            w += 1;
        }
        r = e;
    }
    found.truncate(w);
}

/// Sorted, deduplicated pairs as indices.
fn finish_pairs(mut pairs: Vec<(u32, u32)>) -> Vec<(usize, usize)> {
    pairs.sort_unstable();
    pairs.dedup();
    pairs
        .into_iter()
        .map(|(i, j)| (i as usize, j as usize))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mention(article: usize, from: NaiveDate, to: NaiveDate, words: Vec<String>) -> Mention {
        Mention::for_test(&format!("a{article}"), from, to, words)
    }

    /// A small deterministic corpus: days, weeks and months of early 2022 in 12 articles,
    /// each mention with 2–4 words of a 30-word vocabulary (small enough for no cap to bite).
    fn corpus() -> Vec<Mention> {
        let mut next = crate::merge::test_rng(7);
        let jan1 = NaiveDate::from_ymd_opt(2022, 1, 1).unwrap();
        (0..120)
            .map(|_| {
                let article = next(12) as usize;
                let from = jan1 + chrono::Duration::days(next(60) as i64);
                let to = match next(4) {
                    0 => from + chrono::Duration::days(6),
                    1 => from.with_day(1).unwrap() + chrono::Duration::days(27),
                    _ => from,
                };
                let from = if to < from { to } else { from };
                let mut words: Vec<String> =
                    (0..2 + next(3)).map(|_| format!("w{}", next(30))).collect();
                words.sort();
                words.dedup();
                mention(article, from, to, words)
            })
            .collect()
    }

    fn shared(a: &[u32], b: &[u32]) -> usize {
        a.iter().filter(|k| b.contains(k)).count()
    }

    #[test]
    fn keys_in_most_of_a_large_corpus_block_nothing() {
        // 1,500 one-day reports of 750 happenings over 30 days, each pair of reports sharing
        // two words of its own; every mention also says "said" and "officials".
        let jan1 = NaiveDate::from_ymd_opt(2022, 1, 1).unwrap();
        let ms: Vec<Mention> = (0..1_500)
            .map(|i| {
                let day = jan1 + chrono::Duration::days((i / 2 % 30) as i64);
                let words = vec![
                    format!("a{}", i / 2),
                    format!("b{}", i / 2),
                    "officials".to_string(),
                    "said".to_string(),
                ];
                mention(i, day, day, words)
            })
            .collect();
        let feats = Features::new(&ms);
        let common = common_keys(&feats.keys, COMMON_SHARE, COMMON_FLOOR);
        assert_eq!(common.iter().filter(|&&c| c).count(), 2);
        let pairs = candidate_pairs(&ms, &feats.keys, &|k| feats.is_actor(k), 5_000);
        // Only the two reports of each happening pair up, not the 25 others of their day.
        let want: Vec<(usize, usize)> = (0..750).map(|h| (2 * h, 2 * h + 1)).collect();
        assert_eq!(pairs, want);
        // Under the floor, a single story is compared on every shared word.
        let small = &ms[..400];
        let feats = Features::new(small);
        assert!(!common_keys(&feats.keys, COMMON_SHARE, COMMON_FLOOR).contains(&true));
        let pairs = candidate_pairs(small, &feats.keys, &|k| feats.is_actor(k), 5_000);
        let same_day = (0..400)
            .flat_map(|i| (i + 1..400).map(move |j| (i, j)))
            .filter(|&(i, j)| i / 2 % 30 == j / 2 % 30)
            .count();
        assert_eq!(pairs.len(), same_day);
    }

    #[test]
    fn candidate_pairs_are_the_nested_pairs_sharing_enough_keys() {
        let ms = corpus();
        let feats = Features::new(&ms);
        let got = candidate_pairs(&ms, &feats.keys, &|k| feats.is_actor(k), 5_000);
        let mut want = Vec::new();
        for i in 0..ms.len() {
            for j in i + 1..ms.len() {
                let (a, b) = (&ms[i], &ms[j]);
                let day_pair = a.interval.0 == a.interval.1 && b.interval.0 == b.interval.1;
                let need = if day_pair { DAY_MIN_SHARED } else { 1 };
                if a.article != b.article
                    && nested(a, b)
                    && shared(&feats.keys[i], &feats.keys[j]) >= need
                {
                    want.push((i, j));
                }
            }
        }
        assert_eq!(got, want);
        assert!(
            want.len() > 50,
            "the corpus should exercise blocking: {}",
            want.len()
        );
    }

    #[test]
    fn near_day_pairs_need_two_keys_and_eligibility() {
        let ms = corpus();
        let feats = Features::new(&ms);
        let eligible: Vec<bool> = (0..ms.len()).map(|i| i % 5 != 0).collect();
        let got = near_day_pairs(&ms, &feats.keys, 3, 5_000, &eligible);
        let mut want = Vec::new();
        for i in 0..ms.len() {
            for j in i + 1..ms.len() {
                let (a, b) = (&ms[i], &ms[j]);
                let days = a.interval.0 == a.interval.1 && b.interval.0 == b.interval.1;
                let apart = (a.interval.0 - b.interval.0).num_days().abs();
                if days
                    && eligible[i]
                    && eligible[j]
                    && a.article != b.article
                    && (1..=3).contains(&apart)
                    && shared(&feats.keys[i], &feats.keys[j]) >= DAY_MIN_SHARED
                {
                    want.push((i, j));
                }
            }
        }
        assert_eq!(got, want);
        assert!(!want.is_empty());
    }

    #[test]
    fn near_day_pairs_skip_keys_crowded_on_the_other_day() {
        let ms = corpus();
        let feats = Features::new(&ms);
        let all = vec![true; ms.len()];
        let is_day = |m: &Mention| m.interval.0 == m.interval.1;
        // Postings of each (key, day) over the day mentions.
        let mut post: std::collections::HashMap<(u32, NaiveDate), usize> = Default::default();
        for (i, m) in ms.iter().enumerate() {
            if is_day(m) {
                for &k in &feats.keys[i] {
                    *post.entry((k, m.interval.0)).or_default() += 1;
                }
            }
        }
        for cap in [1, 2, 3] {
            let got = near_day_pairs(&ms, &feats.keys, 3, cap, &all);
            let mut want = Vec::new();
            for i in 0..ms.len() {
                for j in i + 1..ms.len() {
                    let (a, b) = (&ms[i], &ms[j]);
                    let apart = (a.interval.0 - b.interval.0).num_days();
                    if !(is_day(a) && is_day(b) && a.article != b.article) {
                        continue;
                    }
                    if !(1..=3).contains(&apart.abs()) {
                        continue;
                    }
                    // Looked up from the earlier day, in the later day's postings.
                    let later = a.interval.0.max(b.interval.0);
                    let usable = feats.keys[i]
                        .iter()
                        .filter(|&&k| feats.keys[j].contains(&k) && post[&(k, later)] <= cap)
                        .count();
                    if usable >= DAY_MIN_SHARED {
                        want.push((i, j));
                    }
                }
            }
            assert_eq!(got, want, "cap {cap}");
            if cap == 1 {
                // The cap binds.
                let uncapped = near_day_pairs(&ms, &feats.keys, 3, 5_000, &all);
                assert!(
                    want.len() < uncapped.len(),
                    "{} {}",
                    want.len(),
                    uncapped.len()
                );
            }
        }
    }
}
