//! Label placement: every label is a "flag" on a vertical pole that rises (or drops) from
//! its event's marker; flags go above or below the axis, to the right of the pole or, near
//! the right edge, to its left. Labels are placed greedily in rank order, each at the
//! nearest depth where it overlaps no other flag, its pole crosses no other flag, and no
//! other pole crosses it. Flags that share a pole (same date) stack along it.
//!
//! Depths are distances from the axis band, so the same code serves the two sides of the
//! axis and the single side of a source lane.

/// Horizontal gap between a pole and its text.
pub const POLE_GAP: f64 = 5.0;
/// Minimum clear space between two flags.
const PAD_X: f64 = 10.0;
const PAD_Y: f64 = 7.0;
/// Poles closer than this are treated as one (same date, or nearly).
pub const SHARED_POLE: f64 = 0.75;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Above,
    Below,
}

/// What to place: the pole's x and the size of the text block.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LabelSpec {
    pub pole: f64,
    pub width: f64,
    pub height: f64,
    /// Side tried first when both are as good (alternation keeps neighbours apart).
    pub prefer: Side,
}

/// Where a label went. `depth` is the distance from the axis band to the near edge of the
/// text block; the block spans `[depth, depth + height]` away from the axis and
/// `[x0, x1]` across, pole included.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placement {
    pub side: Side,
    /// Text to the left of the pole (right-aligned).
    pub flipped: bool,
    pub depth: f64,
    pub x0: f64,
    pub x1: f64,
    pub pole: f64,
    pub height: f64,
}

impl Placement {
    /// The far end of the pole.
    pub fn reach(&self) -> f64 {
        self.depth + self.height
    }
}

/// The room labels may use.
#[derive(Debug, Clone, Copy)]
pub struct Bounds {
    pub x_min: f64,
    pub x_max: f64,
    /// Deepest a label may reach on each side.
    pub max_depth: f64,
    pub sides: &'static [Side],
}

fn overlaps(a0: f64, a1: f64, b0: f64, b1: f64, pad: f64) -> bool {
    a0 < b1 + pad && b0 < a1 + pad
}

/// Whether `pole` (a vertical line at x from depth 0 to `reach`) cuts the flag `p`.
fn pole_cuts(pole: f64, reach: f64, p: &Placement) -> bool {
    if (pole - p.pole).abs() < SHARED_POLE {
        return false;
    }
    pole > p.x0 - 3.0 && pole < p.x1 + 3.0 && reach > p.depth - PAD_Y
}

fn conflicts(c: &Placement, placed: &[Placement]) -> bool {
    placed.iter().filter(|p| p.side == c.side).any(|p| {
        let boxes = overlaps(c.x0, c.x1, p.x0, p.x1, PAD_X)
            && overlaps(c.depth, c.reach(), p.depth, p.reach(), PAD_Y);
        boxes || pole_cuts(c.pole, c.reach(), p) || pole_cuts(p.pole, p.reach(), c)
    })
}

/// The nearest free depth for a flag of `spec` on `side`, `flipped` or not.
fn nearest(
    spec: &LabelSpec,
    side: Side,
    flipped: bool,
    b: &Bounds,
    placed: &[Placement],
) -> Option<Placement> {
    let (x0, x1) = if flipped {
        (spec.pole - POLE_GAP - spec.width, spec.pole)
    } else {
        (spec.pole, spec.pole + POLE_GAP + spec.width)
    };
    if x0 < b.x_min - 0.5 || x1 > b.x_max + 0.5 {
        return None;
    }
    let mut depths: Vec<f64> = placed
        .iter()
        .filter(|p| p.side == side)
        .map(|p| p.reach() + PAD_Y)
        .collect();
    depths.push(0.0);
    depths.sort_by(f64::total_cmp);
    depths.dedup();
    depths
        .into_iter()
        .filter(|&d| d + spec.height <= b.max_depth)
        .map(|depth| Placement {
            side,
            flipped,
            depth,
            x0,
            x1,
            pole: spec.pole,
            height: spec.height,
        })
        .find(|c| !conflicts(c, placed))
}

/// Places `specs`; returns, in the same order, where each went (`None`: no room).
///
/// Labels are placed right to left: a flag that points right only covers poles already
/// placed, so it can always climb above them, which gives the classic staircase and fails
/// only when the room runs out. Same-pole labels go in the order given (rank).
pub fn place(specs: &[LabelSpec], b: &Bounds) -> Vec<Option<Placement>> {
    let mut order: Vec<usize> = (0..specs.len()).collect();
    order.sort_by(|&i, &j| specs[j].pole.total_cmp(&specs[i].pole).then(i.cmp(&j)));
    let plain = place_in_order(specs, b, &order);
    // Flags too close to the right edge must point left, and a left flag only covers poles
    // already placed when those are placed left to right: try that order for them too.
    let must_flip = |i: usize| specs[i].pole + POLE_GAP + specs[i].width > b.x_max + 0.5;
    if !order.iter().any(|&i| must_flip(i)) {
        return plain;
    }
    let mut mixed: Vec<usize> = order.iter().copied().filter(|&i| !must_flip(i)).collect();
    let mut flips: Vec<usize> = order.iter().copied().filter(|&i| must_flip(i)).collect();
    flips.reverse();
    mixed.extend(flips);
    let other = place_in_order(specs, b, &mixed);
    let score = |r: &[Option<Placement>]| {
        let n = r.iter().flatten().count();
        let reach: f64 = r.iter().flatten().map(Placement::reach).sum();
        (n, -reach)
    };
    let (a, c) = (score(&plain), score(&other));
    if c.0 > a.0 || (c.0 == a.0 && c.1 > a.1) {
        other
    } else {
        plain
    }
}

fn place_in_order(specs: &[LabelSpec], b: &Bounds, order: &[usize]) -> Vec<Option<Placement>> {
    let mut placed: Vec<Placement> = Vec::with_capacity(specs.len());
    let mut out = vec![None; specs.len()];
    let order = order.to_vec();
    let mut done = vec![false; specs.len()];
    for i in order {
        let spec = &specs[i];
        // A flag pointing left covers poles still to be placed; it is a last resort,
        // else those events could only go under it.
        let covers_pending = |p: &Placement| {
            specs.iter().enumerate().any(|(j, s)| {
                !done[j]
                    && j != i
                    && (s.pole - spec.pole).abs() >= SHARED_POLE
                    && s.pole > p.x0 - 3.0
                    && s.pole < p.x1 + 3.0
            })
        };
        let mut best: Option<(f64, Placement)> = None;
        for &side in b.sides {
            for flipped in [false, true] {
                let Some(p) = nearest(spec, side, flipped, b, &placed) else {
                    continue;
                };
                // Prefer near the axis; then the preferred side; then text right of pole.
                let score = p.depth
                    + if side == spec.prefer { 0.0 } else { 1.0 }
                    + if flipped { 4.0 } else { 0.0 }
                    + if flipped && covers_pending(&p) {
                        1.0e6
                    } else {
                        0.0
                    };
                if best.as_ref().is_none_or(|(s, _)| score < *s) {
                    best = Some((score, p));
                }
            }
        }
        let chosen = best.map(|(_, p)| p);
        if let Some(p) = chosen {
            placed.push(p);
        }
        out[i] = chosen;
        done[i] = true;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const BOTH: &[Side] = &[Side::Above, Side::Below];

    fn bounds() -> Bounds {
        Bounds {
            x_min: 0.0,
            x_max: 1000.0,
            max_depth: 400.0,
            sides: BOTH,
        }
    }

    fn spec(pole: f64, prefer: Side) -> LabelSpec {
        LabelSpec {
            pole,
            width: 150.0,
            height: 50.0,
            prefer,
        }
    }

    fn no_overlap(ps: &[Placement]) {
        for (i, a) in ps.iter().enumerate() {
            for b in &ps[i + 1..] {
                if a.side != b.side {
                    continue;
                }
                let boxes = overlaps(a.x0, a.x1, b.x0, b.x1, 0.0)
                    && overlaps(a.depth, a.reach(), b.depth, b.reach(), 0.0);
                assert!(!boxes, "{a:?} {b:?}");
                assert!(!pole_cuts(a.pole, a.reach(), b), "{a:?} {b:?}");
                assert!(!pole_cuts(b.pole, b.reach(), a), "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn alternates_and_stacks() {
        let specs: Vec<LabelSpec> = (0..12)
            .map(|i| {
                spec(
                    100.0 + 20.0 * f64::from(i),
                    if i % 2 == 0 { Side::Above } else { Side::Below },
                )
            })
            .collect();
        let out = place(&specs, &bounds());
        let ps: Vec<Placement> = out.iter().flatten().copied().collect();
        assert!(ps.len() >= 8, "{}", ps.len());
        assert!(ps.iter().any(|p| p.side == Side::Above));
        assert!(ps.iter().any(|p| p.side == Side::Below));
        no_overlap(&ps);
    }

    #[test]
    fn same_date_shares_a_pole() {
        let specs = vec![spec(500.0, Side::Above); 5];
        let out = place(&specs, &bounds());
        let ps: Vec<Placement> = out.iter().flatten().copied().collect();
        assert_eq!(ps.len(), 5);
        no_overlap(&ps);
    }

    #[test]
    fn right_edge_flips() {
        let out = place(&[spec(990.0, Side::Above)], &bounds());
        assert!(out[0].unwrap().flipped);
    }

    #[test]
    fn full_means_dropped() {
        let specs = vec![spec(500.0, Side::Above); 40];
        let out = place(&specs, &bounds());
        assert!(out.iter().any(Option::is_none));
        let ps: Vec<Placement> = out.iter().flatten().copied().collect();
        no_overlap(&ps);
    }
}
