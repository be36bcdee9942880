//! Average-linkage clustering over the sparse "same event" graph. Missing edges count as zero,
//! so A~B and B~C do not pull A and C together unless the cluster as a whole agrees (no
//! chaining). A cluster must also stay date-consistent: its most specific interval has to lie
//! inside every member's interval (a day inside a week merges; two different days never do).

use std::cmp::Ordering;
use std::collections::{BTreeMap, BinaryHeap};

use chrono::NaiveDate;

use crate::extract::Mention;

type Interval = (NaiveDate, NaiveDate);

struct Cluster {
    members: Vec<usize>,
    /// Intersection of all members' intervals.
    inter: Interval,
    /// The narrowest member interval.
    smallest: Interval,
    alive: bool,
}

fn width(i: Interval) -> i64 {
    (i.1 - i.0).num_days()
}

#[derive(PartialEq)]
struct Candidate {
    score: f32,
    a: usize,
    b: usize,
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

/// Clusters mentions given weighted edges `(i, j, w)`. Returns clusters as sorted member
/// lists, in order of their smallest member.
pub fn average_linkage(
    mentions: &[Mention],
    edges: &[(usize, usize, f32)],
    threshold: f32,
) -> Vec<Vec<usize>> {
    let mut clusters: Vec<Cluster> = mentions
        .iter()
        .enumerate()
        .map(|(i, m)| Cluster {
            members: vec![i],
            inter: m.interval,
            smallest: m.interval,
            alive: true,
        })
        .collect();
    let mut version = vec![0u32; mentions.len()];
    // Sum of edge weights between clusters, keyed by the ordered pair.
    let mut links: Vec<BTreeMap<usize, f32>> = vec![BTreeMap::new(); mentions.len()];
    for &(i, j, w) in edges {
        if i != j {
            *links[i].entry(j).or_insert(0.0) += w;
            *links[j].entry(i).or_insert(0.0) += w;
        }
    }
    let mut heap = BinaryHeap::new();
    for (a, l) in links.iter().enumerate() {
        for (&b, &w) in l {
            if a < b {
                heap.push(Candidate {
                    score: w,
                    a,
                    b,
                    stamp: (0, 0),
                });
            }
        }
    }
    while let Some(c) = heap.pop() {
        if c.score < threshold {
            break;
        }
        let (a, b) = (c.a, c.b);
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
            links[a].remove(&b);
            links[b].remove(&a);
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
        links[a].remove(&b);
        for (other, w) in b_links {
            if other == a {
                continue;
            }
            links[other].remove(&b);
            *links[a].entry(other).or_insert(0.0) += w;
            *links[other].entry(a).or_insert(0.0) += w;
        }
        let size_a = clusters[a].members.len() as f32;
        for (&other, &w) in &links[a] {
            let avg = w / (size_a * clusters[other].members.len() as f32);
            let (x, y) = (a.min(other), a.max(other));
            heap.push(Candidate {
                score: avg,
                a: x,
                b: y,
                stamp: (version[x], version[y]),
            });
        }
    }
    let mut out: Vec<Vec<usize>> = clusters
        .into_iter()
        .filter(|c| c.alive)
        .map(|mut c| {
            c.members.sort_unstable();
            c.members
        })
        .collect();
    out.sort();
    out
}
