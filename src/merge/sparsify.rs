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
    let width: Vec<i64> = iv.iter().map(|v| (v.1 - v.0).num_days()).collect();
    // Per edge, the link it is for each end: (node, kind, neighbour), kinds indexing `cap`.
    let cap = [caps.up, caps.down, caps.same];
    let roles = |e: &(u32, u32, f32)| -> [(u32, usize, u32); 2] {
        if iv[e.0 as usize] == iv[e.1 as usize] {
            [(e.0, 2, e.1), (e.1, 2, e.0)]
        } else {
            let (wide, narrow) = if width[e.0 as usize] > width[e.1 as usize] {
                (e.0, e.1)
            } else {
                (e.1, e.0)
            };
            [(narrow, 0, wide), (wide, 1, narrow)]
        }
    };
    // Performance: the links are counted per node and kind first, and only the links of
    // nodes over the cap (few: most mentions have fewer links of a kind than the cap) are
    // gathered and ranked, each with its weight and neighbour copied next to it, so ranking
    // reads one small array instead of the corpus-wide edge list at random (on 100k
    // articles the old four passes over all edges grew twice as fast as the edges did).
    let slot = |node: u32, kind: usize| node as usize * 3 + kind;
    let mut count = vec![0u32; iv.len() * 3];
    for e in &edges {
        for (node, kind, _) in roles(e) {
            if cap[kind] != usize::MAX {
                count[slot(node, kind)] += 1;
            }
        }
    }
    // Where each (node, kind) over its cap has its links: `start[s]..start[s] + count[s]`.
    let mut start = vec![u32::MAX; count.len()];
    let mut total = 0u32;
    for (s, &c) in count.iter().enumerate() {
        if c as usize > cap[s % 3] {
            start[s] = total;
            total += c;
        }
    }
    let mut keep = vec![true; edges.len()];
    if total > 0 {
        // (weight, neighbour, edge); weights are non-negative, so their bit patterns order
        // as the values do.
        let mut links = vec![(0u32, 0u32, 0u32); total as usize];
        let mut fill = start.clone();
        for (k, e) in edges.iter().enumerate() {
            for (node, kind, other) in roles(e) {
                let f = &mut fill[slot(node, kind)];
                if *f != u32::MAX {
                    links[*f as usize] = (e.2.to_bits(), other, k as u32);
                    *f += 1;
                }
            }
        }
        for (s, &from) in start.iter().enumerate() {
            if from == u32::MAX {
                continue;
            }
            let l = &mut links[from as usize..(from + count[s]) as usize];
            // A node's neighbours are distinct, so this is a total order: the kept set is
            // the same whatever the selection algorithm.
            l.select_nth_unstable_by_key(cap[s % 3], |x| (std::cmp::Reverse(x.0), x.1));
            for x in &l[cap[s % 3]..] {
                keep[x.2 as usize] = false;
            }
        }
    }
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

    /// Each edge's rank among one node's links of one kind, the plain way: sort them all.
    fn naive(
        iv: &[(NaiveDate, NaiveDate)],
        edges: &[(u32, u32, f32)],
        caps: Caps,
    ) -> Vec<(u32, u32, f32)> {
        let width = |i: u32| iv[i as usize].1 - iv[i as usize].0;
        // (node, kind, neighbour) for both ends: kind 0 = up, 1 = down, 2 = same.
        let roles = |e: &(u32, u32, f32)| -> [(u32, u8, u32); 2] {
            if iv[e.0 as usize] == iv[e.1 as usize] {
                [(e.0, 2, e.1), (e.1, 2, e.0)]
            } else {
                let (wide, narrow) = if width(e.0) > width(e.1) {
                    (e.0, e.1)
                } else {
                    (e.1, e.0)
                };
                [(narrow, 0, wide), (wide, 1, narrow)]
            }
        };
        let cap = |kind: u8| [caps.up, caps.down, caps.same][kind as usize];
        edges
            .iter()
            .filter(|e| {
                roles(e).iter().all(|&(node, kind, other)| {
                    let better = edges
                        .iter()
                        .flat_map(|f| roles(f).map(|r| (r, f.2)))
                        .filter(|&((n, k, o), w)| {
                            n == node && k == kind && (w > e.2 || (w == e.2 && o < other))
                        })
                        .count();
                    better < cap(kind)
                })
            })
            .copied()
            .collect()
    }

    #[test]
    fn caps_agree_with_ranking_every_link_on_a_random_graph() {
        let mut next = crate::merge::test_rng(11);
        // Days, weeks of March and the month, with nested pairs only, weights from a few
        // values so that ties occur.
        let iv: Vec<(NaiveDate, NaiveDate)> = (0..60)
            .map(|_| match next(4) {
                0 => (d(1), d(31)),
                1 => {
                    let s = 1 + 7 * next(4) as u32;
                    (d(s), d(s + 6))
                }
                _ => {
                    let s = 1 + next(28) as u32;
                    (d(s), d(s))
                }
            })
            .collect();
        let nested = |a: (NaiveDate, NaiveDate), b: (NaiveDate, NaiveDate)| {
            (a.0 <= b.0 && b.1 <= a.1) || (b.0 <= a.0 && a.1 <= b.1)
        };
        let mut edges = Vec::new();
        for i in 0..iv.len() as u32 {
            for j in i + 1..iv.len() as u32 {
                if nested(iv[i as usize], iv[j as usize]) && next(3) > 0 {
                    edges.push((i, j, next(5) as f32 / 4.0));
                }
            }
        }
        assert!(edges.len() > 300, "{}", edges.len());
        for caps in [
            Caps::DEFAULT,
            Caps {
                up: 3,
                down: 5,
                same: usize::MAX,
            },
            Caps {
                up: 1,
                down: 2,
                same: 4,
            },
            Caps {
                up: 0,
                down: 0,
                same: 0,
            },
            Caps::NONE,
        ] {
            let got = sparsify(&iv, edges.clone(), caps);
            assert_eq!(got, naive(&iv, &edges, caps), "{caps:?}");
        }
        // The small caps do bind.
        assert!(
            sparsify(
                &iv,
                edges.clone(),
                Caps {
                    up: 1,
                    down: 2,
                    same: 4
                }
            )
            .len()
                < edges.len() / 2
        );
    }
}
