//! Draws a composed [`Scene`] with plotters' `SVGBackend`.
//!
//! Each part of the page (header, axis, connectors, markers, labels, footer) is drawn by
//! its own backend into its own buffer and wrapped in `<g class="…">`, so the document is
//! structured for styling and tests; plotters writes every element and escapes all text.
//! Dashes are drawn as short segments because the backend has no dash attribute.

use std::io;

use plotters::backend::SVGBackend;
use plotters::prelude::DrawingBackend;
use plotters_backend::text_anchor::{HPos, Pos, VPos};
use plotters_backend::{
    BackendColor, BackendStyle, BackendTextStyle, DrawingErrorKind, FontFamily, FontStyle,
};

use super::axis::TICK_SIZE;
use super::content::{DOT_STEP, LineKind};
use super::font::{FONT_FAMILY, measure};
use super::layout::{POLE_GAP, Side};
use super::scene::{LANE_NAME_SIZE, LEGEND_SIZE, MARGIN, SUBTITLE_SIZE, Scene, TITLE_SIZE};
use super::theme::{Palette, Rgb, palette};
use super::{Item, RenderError, Theme};

type Drawn = Result<(), DrawingErrorKind<io::Error>>;

/// Text style for the SVG backend: our family name, exact size, weight and anchor.
struct Font {
    size: f64,
    bold: bool,
    color: BackendColor,
    h: HPos,
}

impl BackendTextStyle for Font {
    type FontError = io::Error;
    fn color(&self) -> BackendColor {
        self.color
    }
    fn size(&self) -> f64 {
        // The SVG backend writes `font-size` as size / 1.24.
        self.size * 1.24
    }
    fn style(&self) -> FontStyle {
        if self.bold {
            FontStyle::Bold
        } else {
            FontStyle::Normal
        }
    }
    fn anchor(&self) -> Pos {
        Pos::new(self.h, VPos::Top)
    }
    fn family(&self) -> FontFamily<'_> {
        FontFamily::Name(FONT_FAMILY)
    }
    fn layout_box(&self, text: &str) -> Result<((i32, i32), (i32, i32)), io::Error> {
        let w = measure(text, self.size, self.bold).ceil() as i32;
        Ok(((0, 0), (w, self.size.ceil() as i32)))
    }
    fn draw<E, F: FnMut(i32, i32, BackendColor) -> Result<(), E>>(
        &self,
        _text: &str,
        _pos: (i32, i32),
        _draw: F,
    ) -> Result<Result<(), E>, io::Error> {
        // Only used by raster backends; the SVG backend writes <text> itself.
        Ok(Ok(()))
    }
}

struct Stroke {
    color: BackendColor,
    width: u32,
}

impl BackendStyle for Stroke {
    fn color(&self) -> BackendColor {
        self.color
    }
    fn stroke_width(&self) -> u32 {
        self.width
    }
}

fn pt(x: f64, y: f64) -> (i32, i32) {
    (x.round() as i32, y.round() as i32)
}

/// Thin drawing helpers over the backend, in f64 page coordinates.
struct Pen<'a> {
    be: SVGBackend<'a>,
}

impl Pen<'_> {
    fn line(&mut self, a: (f64, f64), b: (f64, f64), color: BackendColor, width: u32) -> Drawn {
        self.be
            .draw_line(pt(a.0, a.1), pt(b.0, b.1), &Stroke { color, width })
    }

    fn dashed(&mut self, a: (f64, f64), b: (f64, f64), color: BackendColor, width: u32) -> Drawn {
        let len = ((b.0 - a.0).powi(2) + (b.1 - a.1).powi(2)).sqrt();
        if len < 1.0 {
            return Ok(());
        }
        let (dash, gap) = (4.0, 3.0);
        let mut s = 0.0;
        while s < len {
            let e = (s + dash).min(len);
            let p = |f: f64| (a.0 + (b.0 - a.0) * f / len, a.1 + (b.1 - a.1) * f / len);
            self.line(p(s), p(e), color, width)?;
            s += dash + gap;
        }
        Ok(())
    }

    fn rect(&mut self, a: (f64, f64), b: (f64, f64), color: BackendColor, fill: bool) -> Drawn {
        self.be.draw_rect(
            pt(a.0, a.1),
            pt(b.0, b.1),
            &Stroke { color, width: 1 },
            fill,
        )
    }

    fn dashed_rect(&mut self, a: (f64, f64), b: (f64, f64), color: BackendColor) -> Drawn {
        self.dashed(a, (b.0, a.1), color, 1)?;
        self.dashed((b.0, a.1), b, color, 1)?;
        self.dashed(b, (a.0, b.1), color, 1)?;
        self.dashed((a.0, b.1), a, color, 1)
    }

    fn circle(
        &mut self,
        c: (f64, f64),
        r: f64,
        color: BackendColor,
        fill: bool,
        width: u32,
    ) -> Drawn {
        let r = r.round().max(1.0) as u32;
        self.be
            .draw_circle(pt(c.0, c.1), r, &Stroke { color, width }, fill)
    }

    #[allow(clippy::too_many_arguments)]
    fn text(
        &mut self,
        x: f64,
        y: f64,
        s: &str,
        size: f64,
        bold: bool,
        color: BackendColor,
        h: HPos,
    ) -> Drawn {
        if s.is_empty() {
            return Ok(());
        }
        let font = Font {
            size,
            bold,
            color,
            h,
        };
        self.be.draw_text(s, &font, pt(x, y))
    }
}

/// Accumulates the document section by section.
struct Doc {
    out: String,
    size: (u32, u32),
}

impl Doc {
    fn section(
        &mut self,
        class: &str,
        f: impl FnOnce(&mut Pen) -> Drawn,
    ) -> Result<(), RenderError> {
        let mut buf = String::new();
        {
            let mut pen = Pen {
                be: SVGBackend::with_string(&mut buf, self.size),
            };
            f(&mut pen).map_err(|e| RenderError::Draw(e.to_string()))?;
            pen.be
                .present()
                .map_err(|e| RenderError::Draw(e.to_string()))?;
        }
        let (open, rest) = buf.split_once('\n').unwrap_or((buf.as_str(), ""));
        let body = rest.strip_suffix("</svg>\n").unwrap_or(rest);
        if self.out.is_empty() {
            // The first section's <svg> element opens the document.
            self.out.push_str(open);
            self.out.push('\n');
        }
        if !body.is_empty() {
            self.out
                .push_str(&format!("<g class=\"{class}\">\n{body}</g>\n"));
        }
        Ok(())
    }
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

fn marker_radius(it: &Item) -> f64 {
    4.0 + (it.sources.saturating_sub(1).min(4) as f64) * 0.75
}

/// Half height of a period bar.
const BAR_HALF: f64 = 5.0;

/// Draws the scene as an SVG document.
pub fn draw(scene: &Scene, theme: Theme) -> Result<String, RenderError> {
    let pal = palette(theme);
    let size = (scene.width as u32, scene.height as u32);
    let mut doc = Doc {
        out: String::new(),
        size,
    };
    doc.section("background", |p| {
        p.rect(
            (0.0, 0.0),
            (scene.width, scene.height),
            pal.background.solid(),
            true,
        )
    })?;
    // Accessible name of the picture (plotters has no <title> element).
    doc.out
        .push_str(&format!("<title>{}</title>\n", escape(&scene.title)));
    doc.section("header", |p| header(p, scene, &pal))?;
    if scene.empty {
        doc.section("message", |p| {
            p.line(
                (MARGIN, scene.axis_y + 30.0),
                (scene.width - MARGIN, scene.axis_y + 30.0),
                pal.rule.solid(),
                1,
            )?;
            p.text(
                scene.width / 2.0,
                scene.axis_y,
                "No events to show",
                14.0,
                false,
                pal.muted.solid(),
                HPos::Center,
            )?;
            if let Some(note) = &scene.hidden_note {
                p.text(
                    MARGIN,
                    scene.footer_y,
                    note,
                    11.0,
                    true,
                    pal.warn.solid(),
                    HPos::Left,
                )?;
            }
            Ok(())
        })?;
    } else {
        if !scene.lanes.is_empty() {
            doc.section("lanes", |p| lanes(p, scene, &pal))?;
        }
        doc.section("axis", |p| axis(p, scene, &pal))?;
        doc.section("connectors", |p| connectors(p, scene, &pal))?;
        doc.section("events", |p| markers(p, scene, &pal))?;
        doc.section("labels", |p| labels(p, scene, &pal))?;
        doc.section("footer", |p| footer(p, scene, &pal))?;
    }
    doc.out.push_str("</svg>\n");
    Ok(doc.out)
}

fn header(p: &mut Pen, s: &Scene, pal: &Palette) -> Drawn {
    // A short accent rule over the title, as on a news graphic.
    p.rect(
        (MARGIN, 8.0),
        (MARGIN + 44.0, 12.0),
        pal.accent.solid(),
        true,
    )?;
    p.text(
        MARGIN,
        22.0,
        &s.title,
        TITLE_SIZE,
        true,
        pal.ink.solid(),
        HPos::Left,
    )?;
    p.text(
        MARGIN,
        54.0,
        &s.subtitle,
        SUBTITLE_SIZE,
        false,
        pal.muted.solid(),
        HPos::Left,
    )?;
    if !s.legend.is_empty() {
        p.text(
            MARGIN,
            s.legend_label_y,
            "Sources",
            LEGEND_SIZE,
            true,
            pal.muted.solid(),
            HPos::Left,
        )?;
    }
    for e in &s.legend {
        let c = pal.outlet(e.outlet);
        p.circle((e.x + 5.0, e.y + 6.5), 5.0, c.solid(), true, 1)?;
        p.text(
            e.x + 14.0,
            e.y,
            &e.name,
            LEGEND_SIZE,
            false,
            pal.ink.solid(),
            HPos::Left,
        )?;
    }
    Ok(())
}

/// The line of each segment with break marks between segments, at `y`.
fn broken_line(p: &mut Pen, s: &Scene, y: f64, color: BackendColor, width: u32) -> Drawn {
    for seg in &s.axis.segments {
        p.line((seg.x0, y), (seg.x1, y), color, width)?;
    }
    for (a, b) in s.axis.breaks() {
        let c = (a + b) / 2.0;
        p.line((c - 7.0, y + 6.0), (c - 2.0, y - 6.0), color, width)?;
        p.line((c + 2.0, y + 6.0), (c + 7.0, y - 6.0), color, width)?;
    }
    Ok(())
}

fn lanes(p: &mut Pen, s: &Scene, pal: &Palette) -> Drawn {
    for lane in &s.lanes {
        let c = lane.outlet.map(|o| pal.outlet(o)).unwrap_or(pal.muted);
        p.circle((MARGIN + 5.0, lane.name_y + 7.0), 5.0, c.solid(), true, 1)?;
        p.text(
            MARGIN + 14.0,
            lane.name_y,
            &lane.name,
            LANE_NAME_SIZE,
            true,
            pal.ink.solid(),
            HPos::Left,
        )?;
        broken_line(p, s, lane.line_y, c.alpha(0.55), 2)?;
    }
    Ok(())
}

fn axis(p: &mut Pen, s: &Scene, pal: &Palette) -> Drawn {
    let y = s.axis_y;
    broken_line(p, s, y, pal.axis.solid(), 1)?;
    // Poles that cross the tick band: tick labels give way to them.
    let poles: Vec<f64> = s
        .labels
        .iter()
        .filter(|l| l.side == Side::Below && (l.line_y - y).abs() < 0.5)
        .map(|l| l.pole)
        .collect();
    let blocked = |r: (f64, f64)| poles.iter().any(|&x| x > r.0 - 4.0 && x < r.1 + 4.0);
    let mut last_minor = f64::NEG_INFINITY;
    let mut last_major = f64::NEG_INFINITY;
    for t in s.axis.ticks() {
        p.line((t.x, y), (t.x, y + 5.0), pal.axis.solid(), 1)?;
        let w = measure(&t.label, TICK_SIZE, false);
        let r = (t.x - w / 2.0, t.x + w / 2.0);
        if r.0 > last_minor + 6.0 && !blocked(r) {
            p.text(
                t.x,
                y + 8.0,
                &t.label,
                TICK_SIZE,
                false,
                pal.muted.solid(),
                HPos::Center,
            )?;
            last_minor = r.1;
        }
        if let Some(major) = &t.major {
            // Context labels matter more than day numbers: slide right past poles.
            let w = measure(major, TICK_SIZE, true);
            let free = (0..40)
                .map(|k| t.x - 2.0 + f64::from(k) * 4.0)
                .map(|x0| (x0, x0 + w))
                .find(|&r| r.0 > last_major + 10.0 && !blocked(r));
            if let Some(r) = free.filter(|r| r.1 <= s.width - 4.0) {
                p.text(
                    r.0,
                    y + 24.0,
                    major,
                    TICK_SIZE,
                    true,
                    pal.ink.solid(),
                    HPos::Left,
                )?;
                last_major = r.1;
            }
        }
    }
    Ok(())
}

fn item_colors(it: &Item, outlet: Option<usize>, pal: &Palette) -> Rgb {
    if it.planned {
        pal.planned
    } else {
        outlet.map(|o| pal.outlet(o)).unwrap_or(pal.accent)
    }
}

fn connectors(p: &mut Pen, s: &Scene, pal: &Palette) -> Drawn {
    for l in &s.labels {
        let it = &s.items[l.item];
        let off = if it.point {
            marker_radius(it) + 1.0
        } else {
            BAR_HALF + 1.0
        };
        let (a, b) = match l.side {
            Side::Above => ((l.pole, l.line_y - off), (l.pole, l.top)),
            Side::Below => ((l.pole, l.line_y + off), (l.pole, l.bottom)),
        };
        if it.planned {
            p.dashed(a, b, pal.planned.alpha(0.9), 1)?;
        } else {
            p.line(a, b, pal.rule.solid(), 1)?;
        }
    }
    Ok(())
}

fn markers(p: &mut Pen, s: &Scene, pal: &Palette) -> Drawn {
    // Periods first, widest first, so shorter ones and points stay visible on top.
    let mut order: Vec<usize> = (0..s.markers.len()).collect();
    order.sort_by(|&a, &b| {
        let (ia, ib) = (&s.items[s.markers[a].item], &s.items[s.markers[b].item]);
        ia.point
            .cmp(&ib.point)
            .then((ib.t1 - ib.t0).total_cmp(&(ia.t1 - ia.t0)))
            .then(marker_radius(ib).total_cmp(&marker_radius(ia)))
            .then(a.cmp(&b))
    });
    // Same-day events share one dot: the largest (drawn first) stands for them.
    let mut dots: Vec<(f64, f64)> = Vec::new();
    for k in order {
        let m = &s.markers[k];
        let it = &s.items[m.item];
        let color = item_colors(it, m.outlet, pal);
        let y = m.y;
        if it.point {
            let x = s.axis.x(it.t0);
            let r = marker_radius(it);
            if dots
                .iter()
                .any(|&(dx, dy)| (dx - x).abs() < 1.0 && (dy - y).abs() < 1.0)
            {
                continue;
            }
            dots.push((x, y));
            if it.conflict {
                p.circle((x, y), r + 3.0, pal.warn.solid(), false, 1)?;
            }
            if it.approx {
                for i in 0..8 {
                    let a = f64::from(i) * std::f64::consts::FRAC_PI_4;
                    p.circle(
                        (x + (r + 4.0) * a.cos(), y + (r + 4.0) * a.sin()),
                        1.0,
                        color.solid(),
                        true,
                        1,
                    )?;
                }
            }
            if it.planned {
                p.circle((x, y), r, pal.background.solid(), true, 1)?;
                p.circle((x, y), r - 1.0, color.solid(), false, 2)?;
            } else {
                p.circle((x, y), r + 1.5, pal.background.solid(), true, 1)?;
                p.circle((x, y), r, color.solid(), true, 1)?;
            }
            continue;
        }
        let (mut x0, mut x1) = (s.axis.x(it.t0), s.axis.x(it.t1));
        if x1 - x0 < 6.0 {
            let c = (x0 + x1) / 2.0;
            (x0, x1) = (c - 3.0, c + 3.0);
        }
        let (top, bot) = (y - BAR_HALF, y + BAR_HALF);
        if it.conflict {
            p.rect(
                (x0 - 3.0, top - 3.0),
                (x1 + 3.0, bot + 3.0),
                pal.warn.solid(),
                false,
            )?;
        }
        if it.planned {
            p.rect((x0, top), (x1, bot), color.alpha(0.15), true)?;
            p.dashed_rect((x0, top), (x1, bot), color.solid())?;
        } else if it.approx {
            let (fa, fb) = it.part;
            let (px0, px1) = (x0 + (x1 - x0) * fa, x0 + (x1 - x0) * fb);
            p.rect((x0, top), (x1, bot), color.alpha(0.12), true)?;
            p.rect(
                (px0, top),
                (px1.max(px0 + 4.0), bot),
                color.alpha(0.35),
                true,
            )?;
            p.dashed_rect((px0, top), (px1.max(px0 + 4.0), bot), color.solid())?;
        } else {
            p.rect((x0, top), (x1, bot), color.alpha(0.45), true)?;
            p.rect((x0, top), (x1, bot), color.solid(), false)?;
        }
    }
    Ok(())
}

fn labels(p: &mut Pen, s: &Scene, pal: &Palette) -> Drawn {
    for l in &s.labels {
        let it = &s.items[l.item];
        let mut y = l.top;
        for line in &it.label.lines {
            let size = line.size();
            let ty = y + ((line.height() - size) / 2.0).floor();
            let color = match line.kind {
                LineKind::Date if it.planned => pal.planned,
                LineKind::Date => pal.accent,
                LineKind::Title => pal.ink,
                LineKind::Meta => pal.muted,
                LineKind::Warn => pal.warn,
            };
            let text_w = line.text_width();
            let dots_w = line.dots_width();
            let (text_x, anchor, dots_x) = if l.flipped {
                let right = l.pole - POLE_GAP;
                (right, HPos::Right, right - text_w - dots_w)
            } else {
                let left = l.pole + POLE_GAP;
                (left + dots_w, HPos::Left, left)
            };
            for (j, &o) in line.dots.iter().enumerate() {
                let cx = dots_x + 3.5 + j as f64 * DOT_STEP;
                p.circle(
                    (cx, ty + size / 2.0 + 0.5),
                    3.5,
                    pal.outlet(o).solid(),
                    true,
                    1,
                )?;
            }
            p.text(
                text_x,
                ty,
                &line.text,
                size,
                line.bold(),
                color.solid(),
                anchor,
            )?;
            y += line.height();
        }
    }
    Ok(())
}

#[derive(Clone, Copy)]
enum KeyGlyph {
    Dot,
    Bar,
    Dashed,
    Hollow,
    Warn,
    Nothing,
}

const KEY: [(KeyGlyph, &str); 6] = [
    (KeyGlyph::Dot, "day"),
    (KeyGlyph::Bar, "week, month, year…"),
    (KeyGlyph::Dashed, "approximate (~, early, late)"),
    (KeyGlyph::Hollow, "planned"),
    (KeyGlyph::Warn, "sources disagree on the date"),
    (KeyGlyph::Nothing, "dot size: number of sources"),
];
const KEY_SIZE: f64 = 10.5;
/// Height of one row of the key.
pub const KEY_ROW: f64 = 20.0;

fn glyph_width(g: KeyGlyph) -> f64 {
    match g {
        KeyGlyph::Dot | KeyGlyph::Hollow => 13.0,
        KeyGlyph::Warn => 15.0,
        KeyGlyph::Bar | KeyGlyph::Dashed => 32.0,
        KeyGlyph::Nothing => 0.0,
    }
}

/// Where each key entry goes (x, row), wrapped to the page width.
fn key_layout(width: f64) -> Vec<(f64, usize)> {
    let mut out = Vec::new();
    let (mut x, mut row) = (MARGIN, 0);
    for (g, text) in KEY {
        let w = glyph_width(g) + measure(text, KEY_SIZE, false);
        if x + w > width - MARGIN && x > MARGIN {
            x = MARGIN;
            row += 1;
        }
        out.push((x, row));
        x += w + 22.0;
    }
    out
}

/// Rows the key takes at this page width.
pub fn key_rows(width: f64) -> usize {
    key_layout(width).last().map(|&(_, r)| r + 1).unwrap_or(1)
}

fn footer(p: &mut Pen, s: &Scene, pal: &Palette) -> Drawn {
    let muted = pal.muted.solid();
    let accent = pal.accent;
    for ((g, text), (x, row)) in KEY.iter().zip(key_layout(s.width)) {
        let y = s.footer_y + row as f64 * KEY_ROW;
        let mid = y + 6.0;
        match g {
            KeyGlyph::Dot => p.circle((x + 4.0, mid), 4.0, accent.solid(), true, 1)?,
            KeyGlyph::Bar => {
                p.rect(
                    (x, mid - 4.0),
                    (x + 26.0, mid + 4.0),
                    accent.alpha(0.45),
                    true,
                )?;
                p.rect((x, mid - 4.0), (x + 26.0, mid + 4.0), accent.solid(), false)?;
            }
            KeyGlyph::Dashed => {
                p.rect(
                    (x, mid - 4.0),
                    (x + 26.0, mid + 4.0),
                    accent.alpha(0.25),
                    true,
                )?;
                p.dashed_rect((x, mid - 4.0), (x + 26.0, mid + 4.0), accent.solid())?;
            }
            KeyGlyph::Hollow => p.circle((x + 4.0, mid), 4.0, pal.planned.solid(), false, 2)?,
            KeyGlyph::Warn => {
                p.circle((x + 5.0, mid), 6.0, pal.warn.solid(), false, 1)?;
                p.circle((x + 5.0, mid), 3.0, accent.solid(), true, 1)?;
            }
            KeyGlyph::Nothing => {}
        }
        p.text(
            x + glyph_width(*g),
            y,
            text,
            KEY_SIZE,
            false,
            muted,
            HPos::Left,
        )?;
    }
    let y = s.footer_y + key_rows(s.width) as f64 * KEY_ROW - 20.0;
    if let Some(note) = &s.hidden_note {
        p.text(
            MARGIN,
            y + 20.0,
            note,
            11.0,
            true,
            pal.warn.solid(),
            HPos::Left,
        )?;
    }
    Ok(())
}
