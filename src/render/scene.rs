//! Page composition: chooses which events fit, places their labels (one axis with labels
//! on both sides, or one lane per outlet), and turns everything into absolute positions —
//! header, legend, lanes, axis, labels, footer — for the SVG drawer.

use chrono::{Datelike, NaiveDate};

use super::axis::Axis;
use super::dates::{day_month_year, month_name};
use super::font::{clean, ellipsize, measure};
use super::layout::{self, Bounds, LabelSpec, Placement, Side};
use super::{Item, Lanes, Outlets, RenderOptions};
use crate::model::EventsFile;

pub const MARGIN: f64 = 36.0;
pub const TITLE_SIZE: f64 = 22.0;
pub const SUBTITLE_SIZE: f64 = 12.5;
pub const LEGEND_SIZE: f64 = 11.0;
pub const LANE_NAME_SIZE: f64 = 12.0;
/// Clear room between an axis (or lane) line and the nearest label above it.
pub const ABOVE_CLEAR: f64 = 16.0;
/// Room under the axis for ticks, tick labels and context labels.
pub const BELOW_CLEAR: f64 = 46.0;
/// Deepest a label may sit from the axis, per side; past that, events are left out.
const MAX_DEPTH: f64 = 540.0;
const MAX_LANE_DEPTH: f64 = 400.0;

/// Depth allowed per side: narrow (phone-sized) pictures may grow taller instead, and so
/// may a picture asked for more events (`room`, see [`room_for`]).
fn max_depth(base: f64, axis: &Axis, room: f64) -> f64 {
    base * room * (1100.0 / (axis.right() - axis.left()).max(1.0)).clamp(1.0, 2.0)
}

/// How much deeper than usual labels may stack when `--max-events N` asks for more events
/// than the usual depth holds in a crowded stretch (about sixteen labels, eight a side): the
/// picture grows taller rather than leaving out events the user asked for, up to three times
/// the usual depth. Without a number the usual depth applies and the footer says what was
/// left out.
fn room_for(max_events: Option<usize>) -> f64 {
    const USUAL: f64 = 16.0;
    max_events.map_or(1.0, |n| (n as f64 / USUAL).clamp(1.0, 3.0))
}
const LANE_NAME_ROW: f64 = 22.0;
const LANE_FOOT: f64 = 28.0;
const LEGEND_ROW: f64 = 20.0;

/// A placed label in page coordinates.
#[derive(Debug, Clone)]
pub struct SceneLabel {
    pub item: usize,
    /// The line its marker sits on (the axis or a lane line).
    pub line_y: f64,
    pub side: Side,
    pub flipped: bool,
    pub pole: f64,
    pub top: f64,
    pub bottom: f64,
}

/// A marker on the axis or a lane line.
#[derive(Debug, Clone)]
pub struct SceneMarker {
    pub item: usize,
    pub y: f64,
    /// Lane colour (outlet index) in lane mode.
    pub outlet: Option<usize>,
}

#[derive(Debug, Clone)]
pub struct SceneLane {
    pub name: String,
    pub outlet: Option<usize>,
    pub name_y: f64,
    pub line_y: f64,
}

/// An outlet legend entry: position of its dot and its name.
#[derive(Debug, Clone)]
pub struct LegendEntry {
    pub x: f64,
    pub y: f64,
    pub name: String,
    pub outlet: usize,
}

/// Everything the drawer needs, in page coordinates.
pub struct Scene {
    pub width: f64,
    pub height: f64,
    pub title: String,
    pub subtitle: String,
    pub legend_label_y: f64,
    pub legend: Vec<LegendEntry>,
    pub items: Vec<Item>,
    pub axis: Axis,
    pub axis_y: f64,
    /// Whether any event is drawn at all.
    pub empty: bool,
    pub lanes: Vec<SceneLane>,
    pub markers: Vec<SceneMarker>,
    pub labels: Vec<SceneLabel>,
    pub footer_y: f64,
    /// "N more events not shown", when some are.
    pub hidden_note: Option<String>,
}

/// Widest a label's text block may be. Crowded timelines get narrower labels: a label
/// covers every pole within its width, and those must stack, so narrow labels fit more.
pub fn label_width_for(width: f64, lanes: Lanes, events: usize) -> f64 {
    let cap: f64 = if lanes == Lanes::Sources {
        170.0
    } else {
        190.0
    };
    let avail = width - 2.0 * MARGIN;
    let crowd = (avail * 5.0 / events.max(1) as f64).clamp(140.0, cap);
    crowd.min(avail / 2.0 - 20.0).max(60.0)
}

/// How many labels could possibly fit; more candidates only slow the layout down.
pub fn capacity(width: f64) -> usize {
    ((width / 12.0) as usize).max(12)
}

/// Where the pole of `it` stands: the point, or the middle of the part of the period its
/// modifier points at.
fn anchor(it: &Item, axis: &Axis) -> f64 {
    if it.point {
        return axis.x(it.t0);
    }
    let (a, b) = it.part;
    let span = it.t1 - it.t0;
    (axis.x(it.t0 + span * a) + axis.x(it.t0 + span * b)) / 2.0
}

/// Label specs for `shown` (rank order): poles within 3 px snap together so same-day
/// events stack on one pole; sides alternate in time order.
fn specs(items: &[Item], shown: &[usize], axis: &Axis) -> Vec<LabelSpec> {
    let xs: Vec<f64> = shown.iter().map(|&k| anchor(&items[k], axis)).collect();
    let mut order: Vec<usize> = (0..shown.len()).collect();
    order.sort_by(|&a, &b| xs[a].total_cmp(&xs[b]).then(shown[a].cmp(&shown[b])));
    let mut pole = xs.clone();
    let mut prefer = vec![Side::Above; shown.len()];
    let mut group_x = f64::NEG_INFINITY;
    for (n, &i) in order.iter().enumerate() {
        if xs[i] - group_x >= 3.0 {
            group_x = xs[i];
        }
        pole[i] = group_x;
        prefer[i] = if n % 2 == 0 { Side::Above } else { Side::Below };
    }
    shown
        .iter()
        .enumerate()
        .map(|(i, &k)| LabelSpec {
            pole: pole[i],
            width: items[k].label.width,
            height: items[k].label.height,
            prefer: prefer[i],
        })
        .collect()
}

/// The lanes (outlet indices; `None` = events with no known source) an item appears in.
fn lanes_of(it: &Item) -> Vec<Option<usize>> {
    if it.outlets.is_empty() {
        vec![None]
    } else {
        it.outlets.iter().map(|&o| Some(o)).collect()
    }
}

/// Placements of one round: per shown item, its placements (with lane).
type Round = Vec<Vec<(Option<usize>, Placement)>>;

fn place_round(
    items: &[Item],
    shown: &[usize],
    axis: &Axis,
    lanes: &[Option<usize>],
    mode: Lanes,
    room: f64,
) -> Round {
    let specs = specs(items, shown, axis);
    let mut out: Round = vec![Vec::new(); shown.len()];
    let x_max_page = axis.right() + 12.0;
    let x_min_page = axis.left() - 12.0;
    match mode {
        Lanes::None => {
            const BOTH: &[Side] = &[Side::Above, Side::Below];
            let b = Bounds {
                x_min: x_min_page,
                x_max: x_max_page,
                max_depth: max_depth(MAX_DEPTH, axis, room),
                sides: BOTH,
            };
            for (i, p) in layout::place(&specs, &b).into_iter().enumerate() {
                if let Some(p) = p {
                    out[i].push((None, p));
                }
            }
        }
        Lanes::Sources => {
            const ABOVE: &[Side] = &[Side::Above];
            let b = Bounds {
                x_min: x_min_page,
                x_max: x_max_page,
                max_depth: max_depth(MAX_LANE_DEPTH, axis, room),
                sides: ABOVE,
            };
            for &lane in lanes {
                let members: Vec<usize> = (0..shown.len())
                    .filter(|&i| lanes_of(&items[shown[i]]).contains(&lane))
                    .collect();
                let lane_specs: Vec<LabelSpec> = members.iter().map(|&i| specs[i]).collect();
                for (j, p) in layout::place(&lane_specs, &b).into_iter().enumerate() {
                    if let Some(p) = p {
                        out[members[j]].push((lane, p));
                    }
                }
            }
        }
    }
    out
}

/// Keeps, in rank order, the candidates whose label still has room: fewer than
/// `rows × sides` kept labels (per lane) with poles within a label width of its own.
fn thin(items: &[Item], cands: &[usize], axis: &Axis, mode: Lanes, room: f64) -> Vec<usize> {
    if cands.is_empty() {
        return Vec::new();
    }
    let specs = specs(items, cands, axis);
    let avg_h = specs.iter().map(|s| s.height).sum::<f64>() / specs.len() as f64;
    let (depth, sides) = match mode {
        Lanes::None => (max_depth(MAX_DEPTH, axis, room), 2.0),
        Lanes::Sources => (max_depth(MAX_LANE_DEPTH, axis, room), 1.0),
    };
    let cap = ((depth / (avg_h + 8.0)).floor().max(1.0) * sides * THIN_FACTOR).max(1.0) as usize;
    let mut kept: Vec<usize> = Vec::new();
    for (i, &k) in cands.iter().enumerate() {
        let lanes = match mode {
            Lanes::None => vec![None],
            Lanes::Sources => lanes_of(&items[k]),
        };
        let crowded = lanes.iter().all(|lane| {
            let near = kept
                .iter()
                .filter(|&&j| {
                    let same_lane =
                        mode == Lanes::None || lanes_of(&items[cands[j]]).contains(lane);
                    same_lane
                        && (specs[j].pole - specs[i].pole).abs()
                            < specs[i].width.max(specs[j].width)
                })
                .count();
            near >= cap
        });
        if !crowded {
            kept.push(i);
        }
    }
    kept.into_iter().map(|i| cands[i]).collect()
}

/// How many dropped events are offered back after the layout settles.
const READD_TRIES: usize = 24;

/// Share of the nominal stacking room the thinning counts on (staircases waste some).
const THIN_FACTOR: f64 = 1.0;

fn default_title(items: &[Item]) -> String {
    let lo = items.iter().map(|i| i.t0).fold(f64::INFINITY, f64::min);
    let hi = items
        .iter()
        .map(|i| i.t1.max(i.t0 + 1.0) - 1.0)
        .fold(f64::NEG_INFINITY, f64::max);
    let date = |t: f64| {
        if t.is_finite() && t.abs() < 3.0e6 {
            NaiveDate::from_num_days_from_ce_opt(t.floor() as i32)
        } else {
            None
        }
    };
    match (date(lo), date(hi)) {
        (Some(a), Some(b)) if a.year() != b.year() => {
            format!("Timeline, {}–{}", a.year(), b.year())
        }
        (Some(a), Some(b)) if a.month() != b.month() => format!(
            "Timeline, {}–{} {}",
            month_name(a.month()),
            month_name(b.month()),
            a.year()
        ),
        (Some(a), Some(b)) if a != b => format!("Timeline, {} {}", month_name(a.month()), a.year()),
        (Some(a), _) => format!("Timeline, {}", day_month_year(a)),
        _ => "Timeline".to_string(),
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn subtitle(file: &EventsFile, items: &[Item], outlets: &Outlets, opts: &RenderOptions) -> String {
    let mut articles: Vec<&str> = items
        .iter()
        .flat_map(|it| file.events[it.rank].sources.iter().map(String::as_str))
        .collect();
    articles.sort_unstable();
    articles.dedup();
    let mut s = format!(
        "{} reported in {}",
        plural(items.len(), "event", "events"),
        plural(articles.len(), "article", "articles"),
    );
    if outlets.named {
        s.push_str(&format!(
            " from {}",
            plural(outlets.names.len(), "outlet", "outlets")
        ));
    }
    match (opts.from, opts.to) {
        (Some(a), Some(b)) => s.push_str(&format!(
            " · {} to {}",
            day_month_year(a),
            day_month_year(b)
        )),
        (Some(a), None) => s.push_str(&format!(" · from {}", day_month_year(a))),
        (None, Some(b)) => s.push_str(&format!(" · up to {}", day_month_year(b))),
        (None, None) => {}
    }
    s
}

/// Lays out the page for `items` (rank order).
pub fn compose(
    file: &EventsFile,
    opts: &RenderOptions,
    outlets: &Outlets,
    items: Vec<Item>,
    width: f64,
) -> Scene {
    let text_w = width - 2.0 * MARGIN;
    let title = match opts.title.as_deref().map(clean) {
        Some(t) if !t.is_empty() => t,
        _ => default_title(&items),
    };
    let title = ellipsize(&title, TITLE_SIZE, true, text_w);
    let subtitle = ellipsize(
        &subtitle(file, &items, outlets, opts),
        SUBTITLE_SIZE,
        false,
        text_w,
    );

    // Legend of outlets, wrapped into rows (none when no article names its outlet: a legend of
    // article ids says nothing).
    let legend_label_y = 78.0;
    let mut legend = Vec::new();
    let x_start = MARGIN + measure("Sources", LEGEND_SIZE, true) + 14.0;
    let (mut x, mut y) = (x_start, legend_label_y);
    let named: &[String] = if outlets.named { &outlets.names } else { &[] };
    for (k, name) in named.iter().enumerate() {
        let name = ellipsize(name, LEGEND_SIZE, false, 220.0);
        let w = 14.0 + measure(&name, LEGEND_SIZE, false);
        if x + w > width - MARGIN && x > x_start {
            x = x_start;
            y += LEGEND_ROW;
        }
        legend.push(LegendEntry {
            x,
            y,
            name,
            outlet: k,
        });
        x += w + 18.0;
    }
    let header_bottom = if legend.is_empty() {
        66.0
    } else {
        y + LEGEND_ROW
    };

    // Which events to show: rank order, up to max_events and what can fit.
    let limit = opts.max_events.unwrap_or(usize::MAX).min(capacity(width));
    let room = room_for(opts.max_events);
    let mut lane_keys: Vec<Option<usize>> = (0..outlets.names.len()).map(Some).collect();
    if items.iter().any(|it| it.outlets.is_empty()) {
        lane_keys.push(None);
    }
    let x_left = MARGIN;
    let x_right = width - MARGIN;
    let attempt = |shown: Vec<usize>| {
        let spans: Vec<(f64, f64)> = shown.iter().map(|&k| (items[k].t0, items[k].t1)).collect();
        let axis = Axis::build(&spans, x_left, x_right);
        let round = place_round(&items, &shown, &axis, &lane_keys, opts.lanes, room);
        let ok = round.iter().all(|r| !r.is_empty());
        (shown, axis, round, ok)
    };
    // Labels whose poles are closer than a label's width must stack, so a stretch of the
    // axis holds only so many: thin dense stretches first, keeping the best-ranked.
    let candidates: Vec<usize> = (0..items.len().min(limit)).collect();
    let candidates = {
        let spans: Vec<(f64, f64)> = candidates
            .iter()
            .map(|&k| (items[k].t0, items[k].t1))
            .collect();
        let axis = Axis::build(&spans, x_left, x_right);
        thin(&items, &candidates, &axis, opts.lanes, room)
    };
    // Where labels still do not fit, drop the lowest-ranked event of each crowded
    // stretch and lay out again, until everything fits.
    let mut best = attempt(candidates.clone());
    for _ in 0..40 {
        if best.3 {
            break;
        }
        let (shown, axis, round, _) = &best;
        let specs = specs(&items, shown, axis);
        let mut drop: Vec<usize> = Vec::new();
        for f in (0..shown.len()).filter(|&f| round[f].is_empty()) {
            let worst = (0..shown.len())
                .filter(|&j| {
                    let lanes_f = lanes_of(&items[shown[f]]);
                    let share = opts.lanes == Lanes::None
                        || lanes_of(&items[shown[j]])
                            .iter()
                            .any(|l| lanes_f.contains(l));
                    share
                        && (specs[j].pole - specs[f].pole).abs()
                            < specs[f].width.max(specs[j].width)
                })
                .max_by_key(|&j| shown[j])
                .unwrap_or(f);
            drop.push(shown[worst]);
        }
        let next: Vec<usize> = shown
            .iter()
            .copied()
            .filter(|k| !drop.contains(k))
            .collect();
        best = attempt(next);
    }
    // Dropping may have freed more room than needed (the axis is laid out anew for fewer
    // events): offer the dropped events back, best-ranked first, keeping each that fits.
    if best.3 {
        let dropped: Vec<usize> = candidates
            .iter()
            .copied()
            .filter(|k| !best.0.contains(k))
            .take(READD_TRIES)
            .collect();
        for k in dropped {
            let mut trial = best.0.clone();
            trial.push(k);
            trial.sort_unstable();
            let t = attempt(trial);
            if t.3 {
                best = t;
            }
        }
    }
    let (shown, axis, round, _) = best;
    let drawn: Vec<usize> = (0..shown.len()).filter(|&i| !round[i].is_empty()).collect();
    let hidden = items.len() - drawn.len();
    let hidden_note = (hidden > 0).then(|| {
        let why = match opts.max_events {
            Some(n) if n < items.len() && drawn.len() == n.min(items.len()) => {
                format!("showing the first {n} in rank order")
            }
            _ => "not enough room; lower-ranked events were left out first".to_string(),
        };
        format!(
            "{} not shown ({why})",
            plural(hidden, "more event", "more events")
        )
    });

    let mut labels = Vec::new();
    let mut markers = Vec::new();
    let mut lanes = Vec::new();
    let plot_top = header_bottom + 22.0;
    let axis_y;
    let footer;
    match opts.lanes {
        Lanes::None => {
            let reach = |side: Side| {
                drawn
                    .iter()
                    .flat_map(|&i| round[i].iter())
                    .filter(|(_, p)| p.side == side)
                    .map(|(_, p)| p.reach())
                    .fold(0.0, f64::max)
            };
            axis_y = (plot_top + reach(Side::Above) + ABOVE_CLEAR).round();
            for &i in &drawn {
                let item = shown[i];
                markers.push(SceneMarker {
                    item,
                    y: axis_y,
                    outlet: None,
                });
                for (_, p) in &round[i] {
                    labels.push(scene_label(item, axis_y, p));
                }
            }
            let below = reach(Side::Below);
            footer = axis_y + BELOW_CLEAR + below + if below > 0.0 { 26.0 } else { 6.0 };
        }
        Lanes::Sources => {
            let mut y = plot_top;
            for &key in &lane_keys {
                let in_lane: Vec<usize> = drawn
                    .iter()
                    .copied()
                    .filter(|&i| lanes_of(&items[shown[i]]).contains(&key))
                    .collect();
                if in_lane.is_empty() {
                    continue;
                }
                let reach = in_lane
                    .iter()
                    .flat_map(|&i| round[i].iter())
                    .filter(|(l, _)| *l == key)
                    .map(|(_, p)| p.reach())
                    .fold(0.0, f64::max);
                let line_y = (y + LANE_NAME_ROW + reach + ABOVE_CLEAR).round();
                lanes.push(SceneLane {
                    name: match key {
                        Some(o) => ellipsize(&outlets.names[o], LANE_NAME_SIZE, true, text_w),
                        None => "No source listed".to_string(),
                    },
                    outlet: key,
                    name_y: y,
                    line_y,
                });
                for &i in &in_lane {
                    markers.push(SceneMarker {
                        item: shown[i],
                        y: line_y,
                        outlet: key,
                    });
                    for (_, p) in round[i].iter().filter(|(l, _)| *l == key) {
                        labels.push(scene_label(shown[i], line_y, p));
                    }
                }
                y = line_y + LANE_FOOT;
            }
            axis_y = (y + 6.0).round();
            footer = axis_y + BELOW_CLEAR + 6.0;
        }
    }
    let empty = drawn.is_empty();
    let footer_y = if empty { axis_y + 70.0 } else { footer };
    let rows = super::svg::key_rows(width) as f64 + if hidden_note.is_some() { 1.0 } else { 0.0 };
    Scene {
        width,
        height: (footer_y + rows * 20.0 + 18.0).ceil(),
        title,
        subtitle,
        legend_label_y,
        legend,
        items,
        axis,
        axis_y,
        empty,
        lanes,
        markers,
        labels,
        footer_y,
        hidden_note,
    }
}

fn scene_label(item: usize, line_y: f64, p: &Placement) -> SceneLabel {
    let (top, bottom) = match p.side {
        Side::Above => {
            let bottom = line_y - ABOVE_CLEAR - p.depth;
            (bottom - p.height, bottom)
        }
        Side::Below => {
            let top = line_y + BELOW_CLEAR + p.depth;
            (top, top + p.height)
        }
    };
    SceneLabel {
        item,
        line_y,
        side: p.side,
        flipped: p.flipped,
        pole: p.pole,
        top,
        bottom,
    }
}
