//! Average-linkage clustering over the sparse "same event" graph. Missing edges count as zero,
//! so A~B and B~C do not pull A and C together unless the cluster as a whole agrees (no
//! chaining). A cluster must also stay date-consistent: its most specific interval has to lie
//! inside every member's interval (a day inside a week merges; two different days never do).

use std::cmp::Ordering;
use std::collections::BinaryHeap;

use chrono::NaiveDate;

use rayon::prelude::*;

use super::blocking::IntMap;
use crate::extract::Mention;

type Interval = (NaiveDate, NaiveDate);

struct Cluster {
    members: Vec<u32>,
    /// Intersection of all members' intervals.
    inter: Interval,
    /// The narrowest member interval.
    smallest: Interval,
    alive: bool,
}

fn width(i: Interval) -> i64 {
    (i.1 - i.0).num_days()
}

#[derive(PartialEq, Clone, Copy)]
struct Candidate {
    score: f32,
    a: u32,
    b: u32,
    stamp: (u32, u32),
}

impl Eq for Candidate {}

impl Ord for Candidate {
    fn cmp(&self, o: &Self) -> Ordering {
        self.score
            .total_cmp(&o.score)
            .then_with(|| o.a.cmp(&self.a))
            .then_with(|| o.b.cmp(&self.b))
    }
}

impl PartialOrd for Candidate {
    fn partial_cmp(&self, o: &Self) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}

/// Performance: a merge needs an average link of at least `threshold` (> 0), and an average
/// over all member pairs (missing edges counting 0) reaches it only if some single edge does.
/// So clusters only ever form inside the connected components of the edges weighing at least
/// `threshold`, and edges between two such components never enter any average that is acted
/// on. Dropping them leaves every merge, in the same order with the same sums, unchanged; on
/// large corpora most edges are such weak links between unrelated stories (a year-level
/// mention sharing one word with a day in that year), and keeping them made clustering grow
/// faster than the corpus. Returns the component of each node, or `None` when the argument
/// does not apply (threshold not positive, or edges not unique `i < j` pairs in order).
fn strong_components(n: usize, edges: &[(usize, usize, f32)], threshold: f32) -> Option<Vec<u32>> {
    let unique = edges.iter().all(|e| e.0 < e.1)
        && edges
            .windows(2)
            .all(|w| (w[0].0, w[0].1) < (w[1].0, w[1].1));
    if !(threshold > 0.0 && unique) {
        return None;
    }
    let mut parent: Vec<u32> = (0..n as u32).collect();
    fn root(parent: &mut [u32], mut x: u32) -> u32 {
        while parent[x as usize] != x {
            let up = parent[parent[x as usize] as usize];
            parent[x as usize] = up;
            x = up;
        }
        x
    }
    for &(i, j, w) in edges {
        if w >= threshold {
            let (a, b) = (root(&mut parent, i as u32), root(&mut parent, j as u32));
            if a != b {
                parent[a.max(b) as usize] = a.min(b);
            }
        }
    }
    Some((0..n as u32).map(|x| root(&mut parent, x)).collect())
}

/// Clusters mentions given weighted edges `(i, j, w)`. Returns clusters as sorted member
/// lists, in order of their smallest member.
///
/// Performance: clusters form only inside the components of the strong edges (see
/// [`strong_components`]), and merges in one component never change a score in another, so
/// each component is clustered on its own, with its nodes renumbered `0..` in index order,
/// and the components in parallel. Renumbering keeps the order of indices, hence every tie
/// break; each component sees its own edges in the same order as before; so every merge, and
/// the output, is the same as clustering all at once, whatever the thread count. A
/// component's links and heap are small and stay in cache, where one heap over the whole
/// corpus (mostly stale entries) cost a cache miss per level on each pop.
pub fn average_linkage(
    mentions: &[Mention],
    edges: &[(usize, usize, f32)],
    threshold: f32,
) -> Vec<Vec<usize>> {
    let n = mentions.len();
    let intervals: Vec<Interval> = mentions.iter().map(|m| m.interval).collect();
    let Some(component) = strong_components(n, edges, threshold) else {
        let all: Vec<(u32, u32, f32)> = edges
            .iter()
            .filter(|e| e.0 != e.1)
            .map(|&(i, j, w)| (i as u32, j as u32, w))
            .collect();
        let mut out: Vec<Vec<usize>> = link(&intervals, &all, threshold)
            .into_iter()
            .map(|c| c.into_iter().map(|x| x as usize).collect())
            .collect();
        out.sort();
        return out;
    };
    // Components in order of their smallest node (their root), nodes in index order.
    let mut group_of_root = vec![u32::MAX; n];
    let mut local = vec![0u32; n];
    let mut groups: Vec<Vec<u32>> = Vec::new();
    for i in 0..n {
        let r = component[i] as usize;
        if group_of_root[r] == u32::MAX {
            group_of_root[r] = groups.len() as u32;
            groups.push(Vec::new());
        }
        let g = &mut groups[group_of_root[r] as usize];
        local[i] = g.len() as u32;
        g.push(i as u32);
    }
    let mut group_edges: Vec<Vec<(u32, u32, f32)>> = vec![Vec::new(); groups.len()];
    for &(i, j, w) in edges {
        if i != j && component[i] == component[j] {
            let g = group_of_root[component[i] as usize] as usize;
            group_edges[g].push((local[i], local[j], w));
        }
    }
    let mut out: Vec<Vec<usize>> = groups
        .par_iter()
        .zip(group_edges.par_iter())
        .flat_map_iter(|(nodes, es)| {
            let clusters = if nodes.len() == 1 {
                vec![vec![0]]
            } else {
                let ivs: Vec<Interval> = nodes.iter().map(|&i| intervals[i as usize]).collect();
                link(&ivs, es, threshold)
            };
            clusters
                .into_iter()
                .map(|c| c.into_iter().map(|x| nodes[x as usize] as usize).collect())
        })
        .collect();
    out.sort();
    out
}

/// Average linkage proper over nodes `0..intervals.len()` and edges `(i, j, w)`, `i < j`.
/// Returns clusters as sorted member lists.
fn link(intervals: &[Interval], edges: &[(u32, u32, f32)], threshold: f32) -> Vec<Vec<u32>> {
    let mut clusters: Vec<Cluster> = intervals
        .iter()
        .enumerate()
        .map(|(i, &iv)| Cluster {
            members: vec![i as u32],
            inter: iv,
            smallest: iv,
            alive: true,
        })
        .collect();
    let mut version = vec![0u32; intervals.len()];
    // Sum of edge weights between clusters, keyed by the ordered pair.
    // Performance: hash maps, not ordered maps. Nothing depends on their iteration order:
    // each neighbour's sum gets one addition per merge whatever the order, and candidates are
    // ordered by (score, a, b), which no two live candidates share. On large corpora the
    // B-tree searches in high-degree nodes were the clustering hotspot. Keys and candidate
    // ends are u32 to halve the memory of links and candidates on large corpora.
    let mut links: Vec<IntMap<u32, f32>> = vec![IntMap::default(); intervals.len()];
    for &(i, j, w) in edges {
        *links[i as usize].entry(j).or_insert(0.0) += w;
        *links[j as usize].entry(i).or_insert(0.0) += w;
    }
    // Candidates scoring under `threshold` are never pushed: the loop stops at the first
    // such pop, so they could never be acted on, and leaving them out changes nothing but the
    // heap size (most cross-event links are weak; pushing them made the heap the hotspot).
    //
    // The initial candidates (one per strong edge, most of them soon stale) are sorted once
    // instead of heaped: each step takes the larger of the next sorted one and the heap's top,
    // under the same order, so the same candidate is taken at every step. Sorting is far
    // cheaper than a pop per entry from a heap that does not fit in cache.
    let mut initial: Vec<Candidate> = Vec::new();
    for (a, l) in links.iter().enumerate() {
        for (&b, &w) in l {
            if a < b as usize && w >= threshold {
                initial.push(Candidate {
                    score: w,
                    a: a as u32,
                    b,
                    stamp: (0, 0),
                });
            }
        }
    }
    initial.sort_unstable_by(|x, y| y.cmp(x));
    let mut initial = initial.into_iter().peekable();
    let mut heap: BinaryHeap<Candidate> = BinaryHeap::new();
    loop {
        let from_initial = match (initial.peek(), heap.peek()) {
            (Some(x), Some(y)) => x >= y,
            (Some(_), None) => true,
            (None, _) => false,
        };
        let next = if from_initial {
            initial.next()
        } else {
            heap.pop()
        };
        let Some(c) = next else {
            break;
        };
        if c.score < threshold {
            break;
        }
        let (a, b) = (c.a as usize, c.b as usize);
        if !clusters[a].alive || !clusters[b].alive || c.stamp != (version[a], version[b]) {
            continue;
        }
        let inter = (
            clusters[a].inter.0.max(clusters[b].inter.0),
            clusters[a].inter.1.min(clusters[b].inter.1),
        );
        let smallest = if width(clusters[b].smallest) < width(clusters[a].smallest) {
            clusters[b].smallest
        } else {
            clusters[a].smallest
        };
        if inter != smallest {
            // Date-inconsistent: these two clusters can never join.
            links[a].remove(&c.b);
            links[b].remove(&c.a);
            continue;
        }
        // Merge b into a.
        let moved = std::mem::take(&mut clusters[b].members);
        clusters[a].members.extend(moved);
        clusters[a].inter = inter;
        clusters[a].smallest = smallest;
        clusters[b].alive = false;
        version[a] += 1;
        let b_links = std::mem::take(&mut links[b]);
        links[a].remove(&c.b);
        for (other, w) in b_links {
            if other == c.a {
                continue;
            }
            links[other as usize].remove(&c.b);
            *links[a].entry(other).or_insert(0.0) += w;
            *links[other as usize].entry(c.a).or_insert(0.0) += w;
        }
        let size_a = clusters[a].members.len() as f32;
        for (&other, &w) in &links[a] {
            let avg = w / (size_a * clusters[other as usize].members.len() as f32);
            if avg < threshold {
                continue; // could never be acted on (see above)
            }
            let (x, y) = (c.a.min(other), c.a.max(other));
            heap.push(Candidate {
                score: avg,
                a: x,
                b: y,
                stamp: (version[x as usize], version[y as usize]),
            });
        }
    }
    clusters
        .into_iter()
        .filter(|c| c.alive)
        .map(|mut c| {
            c.members.sort_unstable();
            c.members
        })
        .collect()
}
