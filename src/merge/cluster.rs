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
    /// The rank of the cluster's first node (see [`link`]): ties are broken by ranks.
    rank: u32,
}

fn width(i: Interval) -> i64 {
    (i.1 - i.0).num_days()
}

/// A possible merge of the clusters whose first members' ranks (see [`link`]) are `a < b`.
#[derive(PartialEq, Clone, Copy)]
struct Candidate {
    score: f32,
    a: u32,
    b: u32,
    /// `version[a] + version[b]` when pushed. Versions only grow, so the sum is still the
    /// same exactly when neither has changed (and one number is smaller than two).
    stamp: u32,
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
fn strong_components(n: usize, edges: &[(u32, u32, f32)], threshold: f32) -> Option<Vec<u32>> {
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
            let (a, b) = (root(&mut parent, i), root(&mut parent, j));
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
/// `strong_components`), and merges in one component never change a score in another, so
/// each component is clustered on its own, with its nodes renumbered `0..` in index order,
/// and the components in parallel. Renumbering keeps the order of indices, hence every tie
/// break; each component sees its own edges in the same order as before; so every merge, and
/// the output, is the same as clustering all at once, whatever the thread count. A
/// component's links and heap are small and stay in cache, where one heap over the whole
/// corpus (mostly stale entries) cost a cache miss per level on each pop.
pub fn average_linkage(
    mentions: &[Mention],
    edges: &[(u32, u32, f32)],
    threshold: f32,
) -> Vec<Vec<usize>> {
    let n = mentions.len();
    let intervals: Vec<Interval> = mentions.iter().map(|m| m.interval).collect();
    let Some(component) = strong_components(n, edges, threshold) else {
        let all: Vec<(u32, u32, f32)> = edges.iter().filter(|e| e.0 != e.1).copied().collect();
        let rank: Vec<u32> = (0..n as u32).collect();
        let mut out: Vec<Vec<usize>> = link(&intervals, &all, threshold, &rank)
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
    // Performance: within a component, nodes are laid out in date order (reports of one day,
    // which make most of the links and merges, side by side in memory) rather than in index
    // order (articles, so one event's reports are spread over the whole component). On 100k
    // articles components reach 40k mentions, and the scattered reads of their links and
    // clusters, not the merges, made clustering grow twice as fast as the corpus. Ties are
    // still broken by index order (each node's rank in it), so every merge is the same.
    let mut slot = vec![0u32; n];
    let mut placed: Vec<Vec<u32>> = Vec::with_capacity(groups.len());
    for nodes in &groups {
        let mut by_date = nodes.clone();
        by_date.sort_by_key(|&i| (intervals[i as usize], i));
        for (p, &i) in by_date.iter().enumerate() {
            slot[i as usize] = p as u32;
        }
        placed.push(by_date);
    }
    let mut group_edges: Vec<Vec<(u32, u32, f32)>> = vec![Vec::new(); groups.len()];
    for &(i, j, w) in edges {
        let (i, j) = (i as usize, j as usize);
        if i != j && component[i] == component[j] {
            let g = group_of_root[component[i] as usize] as usize;
            group_edges[g].push((slot[i], slot[j], w));
        }
    }
    let mut out: Vec<Vec<usize>> = placed
        .par_iter()
        .zip(group_edges.par_iter())
        .flat_map_iter(|(nodes, es)| {
            let clusters = if nodes.len() == 1 {
                vec![vec![0]]
            } else {
                let ivs: Vec<Interval> = nodes.iter().map(|&i| intervals[i as usize]).collect();
                let rank: Vec<u32> = nodes.iter().map(|&i| local[i as usize]).collect();
                link(&ivs, es, threshold, &rank)
            };
            clusters.into_iter().map(|c| {
                let mut m: Vec<usize> = c.into_iter().map(|x| nodes[x as usize] as usize).collect();
                m.sort_unstable();
                m
            })
        })
        .collect();
    out.sort();
    out
}

/// Average linkage proper over nodes `0..intervals.len()` and edges `(i, j, w)`, each pair
/// once. `rank` is a permutation of the nodes that breaks ties: between candidates of equal
/// score, the one whose clusters' first nodes have the lower ranks merges first, and the
/// cluster of the lower rank absorbs the other. Returns clusters as sorted member lists.
fn link(
    intervals: &[Interval],
    edges: &[(u32, u32, f32)],
    threshold: f32,
    rank: &[u32],
) -> Vec<Vec<u32>> {
    let mut clusters: Vec<Cluster> = intervals
        .iter()
        .enumerate()
        .map(|(i, &iv)| Cluster {
            members: vec![i as u32],
            inter: iv,
            smallest: iv,
            alive: true,
            rank: rank[i],
        })
        .collect();
    // The node of each rank.
    let mut node = vec![0u32; rank.len()];
    for (i, &r) in rank.iter().enumerate() {
        node[r as usize] = i as u32;
    }
    let mut version = vec![0u32; intervals.len()];
    // Sum of edge weights between clusters, keyed by the ordered pair.
    // Performance: hash maps, not ordered maps. Nothing depends on their iteration order:
    // each neighbour's sum gets one addition per merge whatever the order, and candidates are
    // ordered by (score, a, b), which no two live candidates share. On large corpora the
    // B-tree searches in high-degree nodes were the clustering hotspot. Keys and candidate
    // ends are u32 to halve the memory of links and candidates on large corpora.
    // Each map sized for its node's edges up front: no rehashing while they are filled.
    let mut degree = vec![0u32; intervals.len()];
    for &(i, j, _) in edges {
        degree[i as usize] += 1;
        degree[j as usize] += 1;
    }
    let mut links: Vec<IntMap<u32, f32>> = degree
        .iter()
        .map(|&d| IntMap::with_capacity_and_hasher(d as usize, Default::default()))
        .collect();
    drop(degree);
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
            if rank[a] < rank[b as usize] && w >= threshold {
                initial.push(Candidate {
                    score: w,
                    a: rank[a],
                    b: rank[b as usize],
                    stamp: 0,
                });
            }
        }
    }
    initial.sort_unstable_by(|x, y| y.cmp(x));
    let mut initial = initial.into_iter().peekable();
    let mut heap: BinaryHeap<Candidate> = BinaryHeap::new();
    // Whether a candidate still stands for two live clusters as they are.
    let live = |c: &Candidate, clusters: &[Cluster], version: &[u32]| {
        let (a, b) = (node[c.a as usize] as usize, node[c.b as usize] as usize);
        clusters[a].alive && clusters[b].alive && c.stamp == version[a] + version[b]
    };
    // Performance: each merge makes every queued candidate of the merged cluster stale and
    // queues its neighbours anew, so in a large component most of the heap is stale entries,
    // and popping from a heap that outgrows the cache cost a cache miss per level. When the
    // heap has doubled since it was last cleaned, the stale entries are dropped: the live
    // ones, hence every pop that acts, are the same, and the cleaning costs O(1) per push.
    let mut clean_at = 1usize << 12;
    loop {
        if heap.len() >= clean_at {
            heap.retain(|c| live(c, &clusters, &version));
            clean_at = (2 * heap.len()).max(1 << 12);
        }
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
        let (a, b) = (node[c.a as usize] as usize, node[c.b as usize] as usize);
        if !live(&c, &clusters, &version) {
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
            links[a].remove(&(b as u32));
            links[b].remove(&(a as u32));
            continue;
        }
        // Merge b into a.
        let moved = std::mem::take(&mut clusters[b].members);
        clusters[a].members.extend(moved);
        clusters[a].inter = inter;
        clusters[a].smallest = smallest;
        clusters[b].alive = false;
        version[a] += 1;
        let (a32, b32) = (a as u32, b as u32);
        let b_links = std::mem::take(&mut links[b]);
        links[a].remove(&b32);
        for (other, w) in b_links {
            if other == a32 {
                continue;
            }
            links[other as usize].remove(&b32);
            *links[a].entry(other).or_insert(0.0) += w;
            *links[other as usize].entry(a32).or_insert(0.0) += w;
        }
        let size_a = clusters[a].members.len() as f32;
        for (&other, &w) in &links[a] {
            let avg = w / (size_a * clusters[other as usize].members.len() as f32);
            if avg < threshold {
                continue; // could never be acted on (see above)
            }
            let ro = clusters[other as usize].rank;
            heap.push(Candidate {
                score: avg,
                a: c.a.min(ro),
                b: c.a.max(ro),
                stamp: version[a] + version[other as usize],
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

#[cfg(test)]
mod tests {
    use super::*;

    fn mention(from: NaiveDate, to: NaiveDate) -> Mention {
        Mention::for_test("", from, to, Vec::new())
    }

    /// Average linkage the plain way: at each step, every pair of clusters is scored and the
    /// best (score, then the clusters' lowest members) merges if date-consistent; an
    /// inconsistent pair loses its link for good.
    fn naive(ivs: &[Interval], edges: &[(u32, u32, f32)], threshold: f32) -> Vec<Vec<usize>> {
        let n = ivs.len();
        let mut w = vec![vec![None::<f32>; n]; n];
        for &(i, j, x) in edges {
            let (i, j) = (i as usize, j as usize);
            w[i][j] = Some(w[i][j].unwrap_or(0.0) + x);
            w[j][i] = w[i][j];
        }
        let mut members: Vec<Vec<usize>> = (0..n).map(|i| vec![i]).collect();
        let mut inter: Vec<Interval> = ivs.to_vec();
        let mut smallest: Vec<Interval> = ivs.to_vec();
        loop {
            let mut best: Option<(f32, usize, usize)> = None;
            for a in 0..n {
                for b in a + 1..n {
                    let Some(s) = w[a][b] else { continue };
                    if members[a].is_empty() || members[b].is_empty() {
                        continue;
                    }
                    let avg = s / (members[a].len() as f32 * members[b].len() as f32);
                    if avg >= threshold && best.is_none_or(|x| avg > x.0) {
                        best = Some((avg, a, b));
                    }
                }
            }
            let Some((_, a, b)) = best else { break };
            let i = (inter[a].0.max(inter[b].0), inter[a].1.min(inter[b].1));
            let sm = if width(smallest[b]) < width(smallest[a]) {
                smallest[b]
            } else {
                smallest[a]
            };
            if i != sm {
                w[a][b] = None;
                w[b][a] = None;
                continue;
            }
            let moved = std::mem::take(&mut members[b]);
            members[a].extend(moved);
            inter[a] = i;
            smallest[a] = sm;
            let from_b = std::mem::replace(&mut w[b], vec![None; n]);
            for (x, s) in from_b.into_iter().enumerate() {
                if let Some(s) = s.filter(|_| x != a && x != b) {
                    w[a][x] = Some(w[a][x].unwrap_or(0.0) + s);
                    w[x][a] = w[a][x];
                }
                w[x][b] = None;
            }
            w[a][b] = None;
        }
        let mut out: Vec<Vec<usize>> = members
            .into_iter()
            .filter(|m| !m.is_empty())
            .map(|mut m| {
                m.sort_unstable();
                m
            })
            .collect();
        out.sort();
        out
    }

    #[test]
    fn clusters_agree_with_plain_average_linkage_on_random_graphs() {
        let mut next = crate::merge::test_rng(3);
        let d = |day: u64| NaiveDate::from_ymd_opt(2020, 3, 1 + day as u32).expect("date");
        let mut merged = 0;
        for _ in 0..40 {
            // Days, weeks and the month of March in random index order (so date order, in
            // which components are laid out, is not index order), weights from a few values
            // so that ties occur, nested pairs only (as blocking gives).
            let ivs: Vec<Interval> = (0..30)
                .map(|_| match next(5) {
                    0 => (d(0), d(30)),
                    1 => {
                        let s = 7 * next(4);
                        (d(s), d(s + 6))
                    }
                    _ => {
                        let s = next(6);
                        (d(s), d(s))
                    }
                })
                .collect();
            let mut edges = Vec::new();
            for i in 0..ivs.len() {
                for j in i + 1..ivs.len() {
                    let (a, b) = (ivs[i], ivs[j]);
                    let nested = (a.0 <= b.0 && b.1 <= a.1) || (b.0 <= a.0 && a.1 <= b.1);
                    if nested && next(3) == 0 {
                        edges.push((i as u32, j as u32, next(6) as f32 / 5.0));
                    }
                }
            }
            let mentions: Vec<Mention> = ivs.iter().map(|iv| mention(iv.0, iv.1)).collect();
            let got = average_linkage(&mentions, &edges, 0.3);
            let want = naive(&ivs, &edges, 0.3);
            assert_eq!(got, want);
            merged += ivs.len() - want.len();
        }
        assert!(merged > 200, "the graphs should merge: {merged}");
    }
}
