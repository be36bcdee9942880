//! Date conflicts between sources: day-level clusters a few days apart whose mentions agree
//! strongly on what happened are one happening that outlets date differently ("Monday" in
//! one, "Tuesday" in another). They are joined into one event, which then lists each
//! source's own day (see `build_event`).

use std::collections::BTreeMap;

use rayon::prelude::*;

use super::{MergeOptions, blocking, similarity};
use crate::extract::Mention;

/// Joins pairs of day-level clusters a few days apart whose mentions agree strongly on what
/// happened: one happening, dated differently by different sources. Each cluster joins at
/// most one other, so no chain of near days forms.
pub(super) fn join_conflicting_days(
    mentions: &[Mention],
    feats: &similarity::Features,
    clusters: &mut Vec<Vec<usize>>,
    opts: &MergeOptions,
) {
    let mut cluster_of = vec![usize::MAX; mentions.len()];
    for (c, members) in clusters.iter().enumerate() {
        for &m in members {
            cluster_of[m] = c;
        }
    }
    // Performance: once per cluster, not once per near-day pair (a hot story's clusters
    // have a hundred members and thousands of such pairs).
    let day_cluster: Vec<bool> = clusters
        .iter()
        .map(|c| {
            c.iter()
                .all(|&m| mentions[m].interval.0 == mentions[m].interval.1)
        })
        .collect();
    let is_day = |c: usize| day_cluster[c];
    // Performance: the pairs' similarities in parallel; the sums are then added up in pair
    // order, so every float sum (hence every join) is the same whatever the thread count.
    // Only mentions of day clusters can take part (most of a hot story's clusters hold a
    // week or a month too): leaving the others out of the lookups skips ~90 % of the pairs.
    let eligible: Vec<bool> = cluster_of
        .iter()
        .map(|&c| c != usize::MAX && is_day(c))
        .collect();
    let pairs = blocking::near_day_pairs(
        mentions,
        &feats.keys,
        opts.conflict_days,
        opts.max_postings,
        &eligible,
    );
    let weighed: Vec<((usize, usize), f32)> = pairs
        .par_iter()
        .filter_map(|&(i, j)| {
            let (a, b) = (cluster_of[i], cluster_of[j]);
            (a != b && is_day(a) && is_day(b))
                .then(|| ((a.min(b), a.max(b)), feats.similarity(i, j)))
        })
        .collect();
    drop(pairs);
    let mut sums: BTreeMap<(usize, usize), f32> = BTreeMap::new();
    for (k, s) in weighed {
        *sums.entry(k).or_insert(0.0) += s;
    }
    let mut scored: Vec<(f32, usize, usize)> = sums
        .into_iter()
        .map(|((a, b), s)| (s / (clusters[a].len() * clusters[b].len()) as f32, a, b))
        .filter(|&(s, _, _)| s >= opts.conflict_threshold)
        .collect();
    scored.sort_by(|x, y| y.0.total_cmp(&x.0).then((x.1, x.2).cmp(&(y.1, y.2))));
    let mut used = vec![false; clusters.len()];
    for (_, a, b) in scored {
        if used[a] || used[b] {
            continue;
        }
        used[a] = true;
        used[b] = true;
        let moved = std::mem::take(&mut clusters[b]);
        clusters[a].extend(moved);
        clusters[a].sort_unstable();
    }
    clusters.retain(|c| !c.is_empty());
}
