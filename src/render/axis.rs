//! The time axis: splits the time range into segments where events lie far apart (a broken
//! axis), gives each segment width by its number of events, maps dates to x, and picks tick
//! marks that suit each segment's scale (hours … centuries).
//!
//! Times are day numbers (see [`super::dates::day_number`]); a point event is a zero-length
//! span, a period covers `[start, end + 1)`.

use chrono::{Datelike, NaiveDate};

use super::dates::{day_month_year, day_number, month_name, month_year};
use super::font::text_width;

/// Horizontal room between two segments, where the break mark is drawn.
pub const BREAK_WIDTH: f64 = 22.0;
/// Tick label size.
pub const TICK_SIZE: f64 = 11.0;
/// A gap is only worth a break when it takes at least this share of its segment.
const MIN_GAP_SHARE: f64 = 0.08;
/// A gap breaks the axis only if it is at least this many times the span of the
/// crowded cluster beside it.
const CLUSTER_GAP: f64 = 0.5;
/// Room wanted between neighbouring events before a segment counts as crowded.
const ROOM_PER_EVENT: f64 = 36.0;
/// Narrowest a segment gets, however few events it holds.
const MIN_SEGMENT: f64 = 64.0;

/// One continuous stretch of the axis.
#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    /// Time range shown (padded around the events it holds).
    pub lo: f64,
    pub hi: f64,
    pub x0: f64,
    pub x1: f64,
    /// Events whose span lies in this segment.
    pub count: usize,
    /// The events' own range (without padding); ticks stay inside it. `closed` when
    /// the range ends with a point (inclusive) rather than a period's exclusive end.
    pub data_lo: f64,
    pub data_hi: f64,
    pub closed: bool,
}

/// A tick: its x, its label, and a coarser context label ("Jan 2022") where it starts a
/// new month, year or day, or starts its segment.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    pub x: f64,
    pub label: String,
    pub major: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Axis {
    pub segments: Vec<Segment>,
}

/// Runs of overlapping spans.
struct Block {
    lo: f64,
    hi: f64,
    count: usize,
    /// The end is a point's time (inclusive), not a period's exclusive end.
    closed: bool,
}

fn blocks_of(spans: &[(f64, f64)]) -> Vec<Block> {
    let mut sorted: Vec<(f64, f64)> = spans
        .iter()
        .map(|&(a, b)| if b < a { (b, a) } else { (a, b) })
        .collect();
    sorted.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)));
    let mut blocks: Vec<Block> = Vec::new();
    for (a, b) in sorted {
        match blocks.last_mut() {
            Some(last) if a <= last.hi => {
                if b > last.hi {
                    last.hi = b;
                    last.closed = a == b;
                } else if b == last.hi {
                    last.closed |= a == b;
                }
                last.count += 1;
            }
            _ => blocks.push(Block {
                lo: a,
                hi: b,
                count: 1,
                closed: a == b,
            }),
        }
    }
    blocks
}

impl Axis {
    /// Lays the axis out between `x_left` and `x_right` for events covering `spans`.
    pub fn build(spans: &[(f64, f64)], x_left: f64, x_right: f64) -> Axis {
        let blocks = blocks_of(spans);
        let width = (x_right - x_left).max(1.0);
        if blocks.is_empty() {
            return Axis {
                segments: vec![Segment {
                    lo: 0.0,
                    hi: 1.0,
                    x0: x_left,
                    x1: x_right,
                    count: 0,
                    data_lo: 0.0,
                    data_hi: 1.0,
                    closed: true,
                }],
            };
        }
        let total: usize = blocks.iter().map(|b| b.count).sum();
        let max_segments = ((width / 110.0) as usize).clamp(2, 8);
        // Segments as ranges of block indices, split top-down at the most telling gap.
        let mut ranges: Vec<(usize, usize)> = vec![(0, blocks.len())];
        while ranges.len() < max_segments {
            let mut best: Option<(f64, usize, usize)> = None;
            for (ri, &(a, b)) in ranges.iter().enumerate() {
                if let Some((score, at)) = best_split(&blocks[a..b], total, width)
                    && best.is_none_or(|(s, _, _)| score > s)
                {
                    best = Some((score, ri, a + at));
                }
            }
            let Some((_, ri, at)) = best else { break };
            let (a, b) = ranges[ri];
            ranges[ri] = (a, at);
            ranges.insert(ri + 1, (at, b));
        }
        let k = ranges.len() as f64;
        let avail = (width - (k - 1.0) * BREAK_WIDTH).max(k);
        let min_w = MIN_SEGMENT.min(avail / k * 0.8);
        let spare = avail - k * min_w;
        let mut x = x_left;
        let mut segments = Vec::with_capacity(ranges.len());
        for &(a, b) in &ranges {
            let count: usize = blocks[a..b].iter().map(|bl| bl.count).sum();
            let w = min_w + spare * count as f64 / total.max(1) as f64;
            let lo = blocks[a].lo;
            let last = blocks[a..b]
                .iter()
                .max_by(|p, q| p.hi.total_cmp(&q.hi))
                .unwrap_or(&blocks[a]);
            let (hi, closed) = (last.hi.max(lo), last.closed);
            let (data_lo, data_hi) = (lo, hi);
            let (lo, hi) = if hi - lo < 2.0 {
                let c = (lo + hi) / 2.0;
                (c - 1.5, c + 1.5)
            } else {
                let pad = (hi - lo) * 0.04;
                (lo - pad, hi + pad)
            };
            segments.push(Segment {
                lo,
                hi,
                x0: x,
                x1: x + w,
                count,
                data_lo,
                data_hi,
                closed,
            });
            x += w + BREAK_WIDTH;
        }
        Axis { segments }
    }

    /// The x of time `t`; times between segments go to the nearer segment end.
    pub fn x(&self, t: f64) -> f64 {
        let mut best = (f64::INFINITY, self.segments[0].x0);
        for s in &self.segments {
            if t >= s.lo && t <= s.hi {
                return s.x0 + (t - s.lo) / (s.hi - s.lo) * (s.x1 - s.x0);
            }
            let (d, x) = if t < s.lo {
                (s.lo - t, s.x0)
            } else {
                (t - s.hi, s.x1)
            };
            if d < best.0 {
                best = (d, x);
            }
        }
        best.1
    }

    /// The x range of the gaps between segments, where break marks go.
    pub fn breaks(&self) -> Vec<(f64, f64)> {
        self.segments
            .windows(2)
            .map(|w| (w[0].x1, w[1].x0))
            .collect()
    }

    pub fn left(&self) -> f64 {
        self.segments[0].x0
    }

    pub fn right(&self) -> f64 {
        self.segments[self.segments.len() - 1].x1
    }

    /// Ticks of every segment, left to right.
    pub fn ticks(&self) -> Vec<Tick> {
        self.segments.iter().flat_map(segment_ticks).collect()
    }
}

/// The best gap to split `blocks` at: `(gap share, index of the first block after it)`,
/// when the gap is large and one side would otherwise be crowded.
fn best_split(blocks: &[Block], total: usize, width: f64) -> Option<(f64, usize)> {
    if blocks.len() < 2 {
        return None;
    }
    let lo = blocks[0].lo;
    let hi = blocks.iter().map(|b| b.hi).fold(lo, f64::max);
    let span = (hi - lo).max(1e-9);
    let (at, gap) = (1..blocks.len())
        .map(|i| (i, blocks[i].lo - blocks[i - 1].hi))
        .fold((0, f64::NEG_INFINITY), |best, cur| {
            if cur.1 > best.1 { cur } else { best }
        });
    let share = gap / span;
    if share < MIN_GAP_SHARE {
        return None;
    }
    let n: usize = blocks.iter().map(|b| b.count).sum();
    let est_width = (width * n as f64 / total.max(1) as f64).max(MIN_SEGMENT);
    // A side is crowded when a linear scale leaves its events too little room; a break
    // only helps a crowded side whose own span is small next to the gap (a cluster).
    let helps = |side: &[Block]| {
        let n_side: usize = side.iter().map(|b| b.count).sum();
        let lo_s = side[0].lo;
        let hi_s = side.iter().map(|b| b.hi).fold(lo_s, f64::max);
        let crowded = (hi_s - lo_s) / span * est_width < (n_side - 1) as f64 * ROOM_PER_EVENT;
        n_side >= 2 && crowded && gap >= CLUSTER_GAP * (hi_s - lo_s)
    };
    (helps(&blocks[..at]) || helps(&blocks[at..])).then_some((share, at))
}

#[derive(Debug, Clone, Copy)]
enum Unit {
    Hours(u32),
    Days(u32),
    Week,
    Months(u32),
    Years(i32),
}

impl Unit {
    fn approx_days(self) -> f64 {
        match self {
            Unit::Hours(h) => f64::from(h) / 24.0,
            Unit::Days(d) => f64::from(d),
            Unit::Week => 7.0,
            Unit::Months(m) => 30.44 * f64::from(m),
            Unit::Years(y) => 365.25 * f64::from(y),
        }
    }
    fn sample(self) -> &'static str {
        match self {
            Unit::Hours(_) => "00:00",
            Unit::Days(_) | Unit::Week => "28",
            Unit::Months(_) => "Sep",
            Unit::Years(_) => "2000",
        }
    }
}

const UNITS: [Unit; 22] = [
    Unit::Hours(1),
    Unit::Hours(3),
    Unit::Hours(6),
    Unit::Hours(12),
    Unit::Days(1),
    Unit::Days(2),
    Unit::Week,
    Unit::Months(1),
    Unit::Months(2),
    Unit::Months(3),
    Unit::Months(6),
    Unit::Years(1),
    Unit::Years(2),
    Unit::Years(5),
    Unit::Years(10),
    Unit::Years(20),
    Unit::Years(50),
    Unit::Years(100),
    Unit::Years(200),
    Unit::Years(500),
    Unit::Years(1000),
    Unit::Years(2000),
];

fn date_of(t: f64) -> Option<NaiveDate> {
    let n = t.floor();
    if !(f64::from(i32::MIN)..=f64::from(i32::MAX)).contains(&n) {
        return None;
    }
    NaiveDate::from_num_days_from_ce_opt(n as i32)
}

/// Upper bound on ticks per segment, whatever the data.
const MAX_TICKS: usize = 200;

fn segment_ticks(s: &Segment) -> Vec<Tick> {
    let ppd = (s.x1 - s.x0) / (s.hi - s.lo).max(1e-9);
    let unit = UNITS
        .iter()
        .copied()
        .find(|u| u.approx_days() * ppd >= text_width(u.sample(), TICK_SIZE) + 14.0)
        .unwrap_or(Unit::Years(5000));
    let x_of = |t: f64| s.x0 + (t - s.lo) * ppd;
    let mut ticks: Vec<Tick> = Vec::new();
    let (Some(first), Some(last)) = (date_of(s.lo), date_of(s.hi)) else {
        return ticks;
    };
    let mut prev_major: Option<String> = None;
    let inside = |t: f64| {
        t >= s.data_lo - 1e-6 && (t < s.data_hi - 1e-6 || (s.closed && t <= s.data_hi + 1e-6))
    };
    let mut push = |t: f64, label: String, major: String| {
        if !inside(t) || ticks.len() >= MAX_TICKS {
            return;
        }
        let show = prev_major.as_deref() != Some(major.as_str());
        prev_major = Some(major.clone());
        ticks.push(Tick {
            x: x_of(t),
            label,
            major: (show && !major.is_empty()).then_some(major),
        });
    };
    match unit {
        Unit::Hours(h) => {
            let mut t = s.lo.floor();
            while t <= s.hi && ticks_room(t, s) {
                let hour = ((t - t.floor()) * 24.0).round() as u32;
                let day = date_of(t).map(day_month_year).unwrap_or_default();
                push(t, format!("{hour:02}:00"), day);
                t += f64::from(h) / 24.0;
            }
        }
        Unit::Days(d) => {
            let mut t = s.lo.ceil();
            while t <= s.hi && ticks_room(t, s) {
                if let Some(date) = date_of(t)
                    && (t as i64) % i64::from(d) == 0
                {
                    push(t, date.day().to_string(), month_year(date));
                }
                t += 1.0;
            }
        }
        Unit::Week => {
            let mut t = s.lo.ceil();
            while t <= s.hi && ticks_room(t, s) {
                if let Some(date) = date_of(t)
                    && date.weekday() == chrono::Weekday::Mon
                {
                    push(t, date.day().to_string(), month_year(date));
                    t += 7.0;
                    continue;
                }
                t += 1.0;
            }
        }
        Unit::Months(m) => {
            let (mut y, mut mo) = (first.year(), first.month());
            for _ in 0..(12 * 400) {
                let Some(date) = NaiveDate::from_ymd_opt(y, mo, 1) else {
                    break;
                };
                if date > last {
                    break;
                }
                if (mo - 1) % m == 0 {
                    push(day_number(date), month_name(mo).to_string(), y.to_string());
                }
                (y, mo) = if mo == 12 { (y + 1, 1) } else { (y, mo + 1) };
            }
        }
        Unit::Years(step) => {
            let mut y = first.year().div_euclid(step) * step;
            while y <= last.year() {
                if let Some(date) = NaiveDate::from_ymd_opt(y, 1, 1) {
                    push(day_number(date), y.to_string(), String::new());
                }
                y += step;
            }
        }
    }
    if ticks.is_empty() {
        // No tick of the chosen unit falls inside: name where the events are instead.
        let t = s.data_lo;
        if let Some(date) = date_of(t) {
            let (label, major) = match unit {
                Unit::Hours(_) | Unit::Days(_) | Unit::Week => {
                    (date.day().to_string(), month_year(date))
                }
                Unit::Months(_) => (
                    month_name(date.month()).to_string(),
                    date.year().to_string(),
                ),
                Unit::Years(_) => (date.year().to_string(), String::new()),
            };
            ticks.push(Tick {
                x: x_of(t),
                label,
                major: (!major.is_empty()).then_some(major),
            });
        }
    }
    ticks
}

/// Guards the day loops against pathological ranges (they are bounded by [`MAX_TICKS`] in
/// spirit; this bounds the iterations too).
fn ticks_room(t: f64, s: &Segment) -> bool {
    t - s.lo < 2000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> f64 {
        day_number(NaiveDate::from_ymd_opt(y, m, d).unwrap())
    }

    #[test]
    fn far_events_get_their_own_segments() {
        let mut spans = vec![
            (day(1990, 1, 1), day(2000, 1, 1)),
            (day(1997, 1, 1), day(1998, 1, 1)),
            (day(2014, 1, 1), day(2015, 1, 1)),
            (day(2021, 12, 1), day(2022, 1, 1)),
            (day(2022, 1, 24), day(2022, 1, 31)),
        ];
        for d in [26, 29, 31] {
            spans.push((day(2022, 1, d), day(2022, 1, d)));
        }
        for d in [1, 1, 1, 4, 8] {
            spans.push((day(2022, 2, d), day(2022, 2, d)));
        }
        let axis = Axis::build(&spans, 0.0, 1100.0);
        assert!(axis.segments.len() >= 3, "{:?}", axis.segments);
        let last = axis.segments.last().unwrap();
        assert!(last.x1 - last.x0 > 500.0, "{last:?}");
        assert!(axis.x(day(2022, 2, 8)) - axis.x(day(2022, 1, 24)) > 500.0);
        assert_eq!(axis.breaks().len(), axis.segments.len() - 1);
        let ticks = axis.ticks();
        assert!(ticks.iter().any(|t| t.label == "1990" || t.label == "1995"));
        assert!(ticks.iter().any(|t| t.major.as_deref() == Some("Jan 2022")));
    }

    #[test]
    fn even_spread_stays_one_segment() {
        let spans: Vec<(f64, f64)> = (0..40)
            .map(|i| {
                let t = day(2022, 1, 1) + f64::from(i) * 3.0;
                (t, t)
            })
            .collect();
        let axis = Axis::build(&spans, 0.0, 1100.0);
        assert_eq!(axis.segments.len(), 1);
        let ticks = axis.ticks();
        assert!(ticks.len() >= 4);
    }

    #[test]
    fn hours_within_a_day() {
        let t = day(2023, 6, 15);
        let spans: Vec<(f64, f64)> = [1.0, 6.5, 9.0, 14.0, 19.0]
            .iter()
            .map(|h| (t + h / 24.0, t + h / 24.0))
            .collect();
        let axis = Axis::build(&spans, 0.0, 1100.0);
        let ticks = axis.ticks();
        assert!(ticks.iter().any(|k| k.label == "12:00"), "{ticks:?}");
        assert!(
            ticks
                .iter()
                .any(|k| k.major.as_deref() == Some("15 Jun 2023"))
        );
    }

    #[test]
    fn degenerate_inputs() {
        let axis = Axis::build(&[], 0.0, 100.0);
        assert_eq!(axis.segments.len(), 1);
        let one = Axis::build(&[(5.0, 5.0)], 0.0, 100.0);
        assert!((one.x(5.0) - 50.0).abs() < 1e-9);
        let huge = Axis::build(
            &[(1.0, 1.0), (day(9999, 1, 1), day(9999, 1, 1))],
            0.0,
            800.0,
        );
        assert!(!huge.ticks().is_empty());
    }
}
