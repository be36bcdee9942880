//! How much two mentions look like reports of the same happening: an IDF-weighted cosine of
//! their content words blended with the overlap of their actors. Namesakes are told apart:
//! a surname shared by "Elena Ulstad" and "Yuki Ulstad" (different given names, see
//! `extract::words::qualified_actor_key`) is neither a shared actor nor a shared word.

use std::collections::HashMap;

use crate::extract::Mention;

/// Weight of content words vs actors in the similarity.
const WORD_WEIGHT: f32 = 0.65;
const ACTOR_WEIGHT: f32 = 0.35;

/// Interned features and their inverse document frequencies over all mentions.
pub struct Features {
    /// Per mention: sorted interned ids of content words and actor keys (kept apart).
    pub keys: Vec<Vec<u32>>,
    idf: Vec<f32>,
    norms: Vec<f32>,
    actor_counts: Vec<u32>,
    is_actor: Vec<bool>,
    /// Per mention: (actor key id, qualified name id) of its qualified actors, sorted.
    quals: Vec<Vec<(u32, u32)>>,
    /// Per actor key id: the id of the same name as a content word, or `u32::MAX`.
    actor_word: Vec<u32>,
}

impl Features {
    pub fn new(mentions: &[Mention]) -> Features {
        // Keyed by borrowed text and kind (word or actor): no string is copied.
        let mut ids: HashMap<(&str, bool), u32> = HashMap::new();
        let mut df: Vec<u32> = Vec::new();
        let mut is_actor = Vec::new();
        let mut keys = Vec::with_capacity(mentions.len());
        for m in mentions {
            let mut k: Vec<u32> = Vec::with_capacity(m.words.len() + m.actor_keys.len());
            let feats = m
                .words
                .iter()
                .map(|w| (w.as_str(), false))
                .chain(m.actor_keys.iter().map(|a| (a.as_str(), true)));
            for (f, actor) in feats {
                let next = ids.len() as u32;
                let id = *ids.entry((f, actor)).or_insert(next);
                if id as usize == df.len() {
                    df.push(0);
                    is_actor.push(actor);
                }
                k.push(id);
            }
            k.sort_unstable();
            k.dedup();
            for &id in &k {
                df[id as usize] += 1;
            }
            keys.push(k);
        }
        let mut names: HashMap<&str, u32> = HashMap::new();
        let quals: Vec<Vec<(u32, u32)>> = mentions
            .iter()
            .map(|m| {
                let mut q: Vec<(u32, u32)> = m
                    .actor_names
                    .iter()
                    .filter_map(|name| {
                        let key = name.rsplit_once(' ')?.1;
                        let key_id = *ids.get(&(key, true))?;
                        let next = names.len() as u32;
                        Some((key_id, *names.entry(name.as_str()).or_insert(next)))
                    })
                    .collect();
                q.sort_unstable();
                q
            })
            .collect();
        let mut actor_word = vec![u32::MAX; df.len()];
        for (&(text, actor), &id) in &ids {
            if actor {
                let stem = crate::extract::words::stem(text);
                if let Some(&w) = ids.get(&(stem.as_str(), false)) {
                    actor_word[id as usize] = w;
                }
            }
        }
        let n = mentions.len().max(1) as f32;
        let idf: Vec<f32> = df.iter().map(|&d| (1.0 + n / d as f32).ln()).collect();
        let norms = keys
            .iter()
            .map(|k| {
                k.iter()
                    .filter(|&&i| !is_actor[i as usize])
                    .map(|&i| idf[i as usize].powi(2))
                    .sum::<f32>()
                    .sqrt()
            })
            .collect();
        let actor_counts = keys
            .iter()
            .map(|k| k.iter().filter(|&&i| is_actor[i as usize]).count() as u32)
            .collect();
        Features {
            keys,
            idf,
            norms,
            actor_counts,
            is_actor,
            quals,
            actor_word,
        }
    }

    /// Whether mentions `a` and `b` both qualify actor key `key` and differently: namesakes.
    fn namesakes(&self, a: usize, b: usize, key: u32) -> bool {
        let of = |m: usize| {
            self.quals[m]
                .iter()
                .filter(move |q| q.0 == key)
                .map(|q| q.1)
        };
        let mut qa = of(a).peekable();
        let mut qb = of(b).peekable();
        qa.peek().is_some() && qb.peek().is_some() && !qa.any(|x| of(b).any(|y| y == x))
    }

    /// Whether interned feature `id` is an actor key (rather than a content word).
    pub fn is_actor(&self, id: u32) -> bool {
        self.is_actor.get(id as usize).copied().unwrap_or(false)
    }

    /// Similarity in [0, 1] of mentions `a` and `b`.
    pub fn similarity(&self, a: usize, b: usize) -> f32 {
        let (ka, kb) = (&self.keys[a], &self.keys[b]);
        let (mut i, mut j) = (0, 0);
        let mut dot = 0.0f32;
        let mut shared_actors = 0u32;
        while i < ka.len() && j < kb.len() {
            match ka[i].cmp(&kb[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    let id = ka[i] as usize;
                    if self.is_actor[id] {
                        if self.namesakes(a, b, id as u32) {
                            // Not the same bearer: the surname is no evidence either.
                            let w = self.actor_word[id];
                            if w != u32::MAX
                                && ka.binary_search(&w).is_ok()
                                && kb.binary_search(&w).is_ok()
                            {
                                dot -= self.idf[w as usize].powi(2);
                            }
                        } else {
                            shared_actors += 1;
                        }
                    } else {
                        dot += self.idf[id].powi(2);
                    }
                    i += 1;
                    j += 1;
                }
            }
        }
        let denom = self.norms[a] * self.norms[b];
        let cos = if denom > 0.0 { dot / denom } else { 0.0 };
        let union = self.actor_counts[a] + self.actor_counts[b] - shared_actors;
        let actors = if union > 0 {
            shared_actors as f32 / union as f32
        } else {
            0.0
        };
        WORD_WEIGHT * cos + ACTOR_WEIGHT * actors
    }
}
