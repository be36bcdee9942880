//! Sparsification of the candidate graph before clustering: each mention keeps only its
//! strongest links to mentions of a wider (containing) interval, and each coarse mention
//! its strongest links to the narrower mentions it contains, so that the edges grow with
//! the number of mentions rather than with the density of a calendar bucket.
//!
//! Why: a month or a year holds more mentions the larger the corpus, and a coarse mention
//! ("in 2011", "last month") shares an actor or a place with many of them in other stories.
//! Those links are numerous (their count per mention grows with the corpus), mostly wrong
//! (different stories sharing a place), and they made average-linkage clustering
//! super-linear: every merge of a cluster re-scores each of its neighbours. A day mention's
//! own event's coarse reports are its most similar coarse neighbours, so capping by rank keeps
//! them and drops the tail. Ranks are by weight, then neighbour index: deterministic.

use chrono::NaiveDate;

/// Which node an edge counts for in one ranking, and the neighbour it ranks (None: the edge
/// is not of that ranking's kind).
type Side<'a> = dyn Fn(&(u32, u32, f32)) -> Option<(u32, u32)> + 'a;

/// How many links of each kind a mention keeps (see [`sparsify`]).
#[derive(Debug, Clone, Copy)]
pub struct Caps {
    /// Links of a mention to mentions whose interval strictly contains its own.
    pub up: usize,
    /// Links of a mention to mentions whose interval lies strictly inside its own.
    pub down: usize,
    /// Links of a mention to mentions with the same interval.
    pub same: usize,
}

impl Caps {
    /// The merge's default: a mention keeps its 32 strongest links to wider intervals, a
    /// coarse mention its 16 strongest links to narrower ones (on the synthetic corpus, 16
    /// keeps merge recall where it was with no cap, and 8 loses a little), equal intervals
    /// keep them all (a hot story's day event has 150 reports, and average linkage needs
    /// their links).
    pub const DEFAULT: Caps = Caps {
        up: 32,
        down: 16,
        same: usize::MAX,
    };

    /// No cap: every edge is kept.
    pub const NONE: Caps = Caps {
        up: usize::MAX,
        down: usize::MAX,
        same: usize::MAX,
    };
}

/// Keeps the edges `(i, j, w)` that are among the `caps.up` strongest links to wider
/// intervals of the narrower end *and* among the `caps.down` strongest links to narrower
/// intervals of the wider end; edges between equal intervals are kept if they are among the
/// `caps.same` strongest such links of both ends. Order of the kept edges is unchanged.
/// `iv` holds each mention's interval.
pub fn sparsify(
    iv: &[(NaiveDate, NaiveDate)],
    edges: Vec<(u32, u32, f32)>,
    caps: Caps,
) -> Vec<(u32, u32, f32)> {
    let width = |i: u32| iv[i as usize].1 - iv[i as usize].0;
    // Per edge: its (wider end, narrower end), or None when the intervals are equal.
    let ends = |e: &(u32, u32, f32)| -> Option<(u32, u32)> {
        if iv[e.0 as usize] == iv[e.1 as usize] {
            None
        } else if width(e.0) > width(e.1) {
            Some((e.0, e.1))
        } else {
            Some((e.1, e.0))
        }
    };
    let n = iv.len();
    let mut keep = vec![true; edges.len()];
    // Ranks each node's incident edges of one kind (given by `side`, which names the node an
    // edge counts for and the neighbour it ranks) and clears those at rank `cap` or beyond.
    let mut rank = |cap: usize, side: &Side<'_>| {
        if cap == usize::MAX {
            return;
        }
        let mut start = vec![0u32; n + 1];
        for e in &edges {
            if let Some((node, _)) = side(e) {
                start[node as usize + 1] += 1;
            }
        }
        for i in 0..n {
            start[i + 1] += start[i];
        }
        let mut fill = start.clone();
        let mut slots = vec![0u32; start[n] as usize];
        for (k, e) in edges.iter().enumerate() {
            if let Some((node, _)) = side(e) {
                slots[fill[node as usize] as usize] = k as u32;
                fill[node as usize] += 1;
            }
        }
        for i in 0..n {
            let s = &mut slots[start[i] as usize..start[i + 1] as usize];
            if s.len() <= cap {
                continue;
            }
            let key = |k: &u32| {
                let e = &edges[*k as usize];
                let other = side(e).map_or(0, |x| x.1);
                (std::cmp::Reverse(e.2.to_bits()), other)
            };
            // Weights are non-negative, so their bit patterns order as the values do.
            s.select_nth_unstable_by_key(cap, key);
            for &k in &s[cap..] {
                keep[k as usize] = false;
            }
        }
    };
    rank(caps.up, &|e| ends(e).map(|(wide, narrow)| (narrow, wide)));
    rank(caps.down, &|e| ends(e));
    rank(caps.same, &|e| ends(e).is_none().then_some((e.0, e.1)));
    rank(caps.same, &|e| ends(e).is_none().then_some((e.1, e.0)));
    edges
        .into_iter()
        .zip(keep)
        .filter_map(|(e, k)| k.then_some(e))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2020, 3, day).expect("valid date")
    }

    #[test]
    fn caps_keep_the_strongest_links_with_ties_broken_by_index() {
        // 0 is the month; 1..=4 are days inside it; 5 is another report of day 1.
        let month = (d(1), d(31));
        let iv = vec![
            month,
            (d(1), d(1)),
            (d(2), d(2)),
            (d(3), d(3)),
            (d(4), d(4)),
            (d(1), d(1)),
        ];
        let edges = vec![
            (0, 1, 0.2),
            (0, 2, 0.5),
            (0, 3, 0.5),
            (0, 4, 0.9),
            (1, 5, 0.1),
        ];
        let caps = Caps {
            up: usize::MAX,
            down: 2,
            same: usize::MAX,
        };
        let kept = sparsify(&iv, edges.clone(), caps);
        // The month keeps its two strongest: 0.9, then the lower index of the 0.5 tie.
        assert_eq!(kept, vec![(0, 2, 0.5), (0, 4, 0.9), (1, 5, 0.1)]);
        // A cap on links to wider intervals leaves each day with its single month link.
        let caps = Caps {
            up: 1,
            ..Caps::NONE
        };
        assert_eq!(sparsify(&iv, edges.clone(), caps), edges);
        // Equal intervals are capped on both ends.
        let caps = Caps {
            same: 0,
            ..Caps::NONE
        };
        assert_eq!(sparsify(&iv, edges.clone(), caps), edges[..4].to_vec());
        assert_eq!(sparsify(&iv, edges.clone(), Caps::NONE), edges);
    }
}
