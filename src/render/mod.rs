//! `render`: draws an [`EventsFile`] as a self-contained SVG timeline with plotters.
//!
//! ```
//! use timeline::model::EventsFile;
//! use timeline::render::{render_svg, RenderOptions};
//! let file = EventsFile { articles: vec![], events: vec![] };
//! let svg = render_svg(&file, &RenderOptions::default()).unwrap();
//! assert!(svg.contains("No events to show"));
//! ```
//!
//! Pipeline: pick the events to show (window, `max_events`, room), build and measure their
//! labels ([`content`]), lay out a possibly broken time axis ([`axis`]), place labels
//! without overlap ([`layout`]), compose the page ([`scene`]) and draw it (module `svg`).
//!
//! The same SVG goes to PNG with [`svg_to_png`] (resvg, embedded fonts only: [`png`]) and,
//! with a focusable hit area per event, into the interactive page of [`render_html`]
//! ([`html`]).

pub mod axis;
pub mod content;
pub mod dates;
pub mod font;
pub mod html;
pub mod layout;
pub mod png;
pub mod scene;
pub(crate) mod svg;
pub mod theme;

use std::collections::BTreeMap;
use std::fmt;

use chrono::NaiveDate;

use crate::model::{EventsFile, Status};
use content::Label;
use dates::{day_number, event_span};

pub use html::render_html;
pub use png::svg_to_png;

/// Colour scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Light,
    Dark,
}

/// How events are arranged vertically.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lanes {
    /// One axis, labels above and below it.
    #[default]
    None,
    /// One lane per outlet; an event appears in the lane of each outlet that reported it.
    Sources,
}

/// Options of [`render_svg`].
#[derive(Debug, Clone, PartialEq)]
pub struct RenderOptions {
    /// Heading; default "Timeline" and the span covered.
    pub title: Option<String>,
    /// Width of the picture in px (the height follows from the layout).
    pub width: u32,
    /// Keep only the first N events in the order given (their rank).
    pub max_events: Option<usize>,
    pub theme: Theme,
    /// Only events that overlap this window (inclusive); periods are clipped to it.
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub lanes: Lanes,
}

impl Default for RenderOptions {
    fn default() -> Self {
        RenderOptions {
            title: None,
            width: 1200,
            max_events: None,
            theme: Theme::Light,
            from: None,
            to: None,
            lanes: Lanes::None,
        }
    }
}

/// Why a timeline could not be drawn.
#[derive(Debug, Clone, PartialEq)]
pub enum RenderError {
    /// `from` is after `to`.
    InvalidWindow { from: NaiveDate, to: NaiveDate },
    /// The drawing backend failed.
    Draw(String),
    /// The SVG could not be rasterised to PNG.
    Png(String),
}

impl fmt::Display for RenderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RenderError::InvalidWindow { from, to } => {
                write!(f, "window start {from} is after its end {to}")
            }
            RenderError::Draw(e) => write!(f, "drawing failed: {e}"),
            RenderError::Png(e) => write!(
                f,
                "PNG conversion failed: {e}; the SVG output is unaffected, use --format svg"
            ),
        }
    }
}

impl std::error::Error for RenderError {}

/// One event prepared for drawing.
#[derive(Debug, Clone)]
pub struct Item {
    /// Position in the input `events` (its rank).
    pub rank: usize,
    /// Span on the time scale (`t0 == t1` for a point), clipped to the window.
    pub t0: f64,
    pub t1: f64,
    pub point: bool,
    /// Part of the span the date modifier points at (START → first third), as fractions.
    pub part: (f64, f64),
    pub approx: bool,
    pub planned: bool,
    pub conflict: bool,
    pub sources: usize,
    /// Indices into the outlet list (legend order).
    pub outlets: Vec<usize>,
    pub label: Label,
}

/// Outlets in legend order (most events first, then by name), and each article's outlet.
pub struct Outlets {
    pub names: Vec<String>,
    /// Whether any shown article names its outlet. When none does (a corpus of bare ids, as
    /// Timeline17), each article stands for an outlet of its own: the picture then draws no
    /// legend of ids and no outlet dots, and counts articles, not outlets.
    pub named: bool,
    by_article: BTreeMap<String, usize>,
}

impl Outlets {
    fn new(file: &EventsFile, events: &[usize]) -> Outlets {
        let mut name_of: BTreeMap<String, String> = BTreeMap::new();
        for a in &file.articles {
            let name = a
                .source
                .as_deref()
                .map(font::clean)
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| font::clean(&a.id));
            name_of.insert(a.id.clone(), name);
        }
        let outlet = |id: &str| name_of.get(id).cloned().unwrap_or_else(|| font::clean(id));
        let mut counts: BTreeMap<String, usize> = BTreeMap::new();
        for &i in events {
            let mut seen: Vec<String> = file.events[i].sources.iter().map(|s| outlet(s)).collect();
            seen.sort();
            seen.dedup();
            for o in seen {
                *counts.entry(o).or_default() += 1;
            }
        }
        let mut names: Vec<(String, usize)> = counts.into_iter().collect();
        names.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        let names: Vec<String> = names.into_iter().map(|(n, _)| n).collect();
        let index: BTreeMap<&str, usize> = names
            .iter()
            .enumerate()
            .map(|(i, n)| (n.as_str(), i))
            .collect();
        let mut by_article = BTreeMap::new();
        for &i in events {
            for s in &file.events[i].sources {
                if let Some(&k) = index.get(outlet(s).as_str()) {
                    by_article.insert(s.clone(), k);
                }
            }
        }
        let named = file.articles.iter().any(|a| {
            by_article.contains_key(&a.id)
                && a.source
                    .as_deref()
                    .is_some_and(|s| !font::clean(s).is_empty())
        });
        Outlets {
            names,
            named,
            by_article,
        }
    }

    /// An article's outlet name (the article id when unknown).
    pub fn name_of(&self, article: &str) -> String {
        self.by_article
            .get(article)
            .map(|&k| self.names[k].clone())
            .unwrap_or_else(|| font::clean(article))
    }

    fn of_event(&self, sources: &[String]) -> Vec<usize> {
        let mut v: Vec<usize> = sources
            .iter()
            .filter_map(|s| self.by_article.get(s).copied())
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    }
}

/// Draws `file` as an SVG document.
pub fn render_svg(file: &EventsFile, opts: &RenderOptions) -> Result<String, RenderError> {
    render_with(file, opts, &|rank| {
        svg::attr("data-event-id", &file.events[rank].id)
    })
}

/// [`render_svg`], with `targets` giving the attributes of each event's hit area.
pub(crate) fn render_with(
    file: &EventsFile,
    opts: &RenderOptions,
    targets: svg::TargetAttrs,
) -> Result<String, RenderError> {
    if let (Some(from), Some(to)) = (opts.from, opts.to)
        && from > to
    {
        return Err(RenderError::InvalidWindow { from, to });
    }
    let lo = opts.from.map(day_number).unwrap_or(f64::NEG_INFINITY);
    let hi = opts
        .to
        .map(|d| day_number(d) + 1.0)
        .unwrap_or(f64::INFINITY);
    // Events in the window, in the rank order given.
    let in_window: Vec<usize> = file
        .events
        .iter()
        .enumerate()
        .filter(|(_, ev)| {
            let (a, b, point) = event_span(ev);
            if point {
                a >= lo && a < hi
            } else {
                a < hi && b > lo
            }
        })
        .map(|(i, _)| i)
        .collect();
    let outlets = Outlets::new(file, &in_window);
    let width = f64::from(opts.width.clamp(320, 20_000));
    let candidates = in_window
        .len()
        .min(opts.max_events.unwrap_or(usize::MAX))
        .min(scene::capacity(width));
    let max_label = scene::label_width_for(width, opts.lanes, candidates);
    let items: Vec<Item> = in_window
        .iter()
        .map(|&i| {
            let ev = &file.events[i];
            let (a, b, point) = event_span(ev);
            let (t0, t1) = if point {
                (a, b)
            } else {
                (a.max(lo), b.min(hi))
            };
            let ev_outlets = outlets.of_event(&ev.sources);
            let namer = |id: &str| outlets.name_of(id);
            Item {
                rank: i,
                t0,
                t1,
                point,
                part: dates::modifier_part(ev),
                approx: ev.modifier.is_some(),
                planned: ev.status == Status::Planned,
                conflict: !ev.conflicts.is_empty(),
                sources: ev.sources.len(),
                label: content::label_for(
                    ev,
                    &ev_outlets,
                    &namer,
                    max_label,
                    opts.lanes == Lanes::None && outlets.named,
                ),
                outlets: ev_outlets,
            }
        })
        .collect();
    let scene = scene::compose(file, opts, &outlets, items, width);
    svg::draw(&scene, opts.theme, targets)
}
