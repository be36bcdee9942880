//! What each event's label says, line by line, measured: the date line, the wrapped
//! headline, the source count (with outlet colour dots) and any date conflict.

use super::dates::{human_date, value_label};
use super::font::{clean, ellipsize, has_glyph, measure, wrap};
use crate::model::{Event, Status};

pub const DATE_SIZE: f64 = 11.0;
pub const TITLE_SIZE: f64 = 12.5;
pub const META_SIZE: f64 = 10.5;
/// Room per outlet dot at the start of the meta line.
pub const DOT_STEP: f64 = 9.0;
/// Most outlet dots drawn before "+N".
const MAX_DOTS: usize = 6;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    Date,
    Title,
    Meta,
    Warn,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub text: String,
    pub kind: LineKind,
    /// Outlet indices drawn as dots before the text (meta line only).
    pub dots: Vec<usize>,
}

impl Line {
    pub fn size(&self) -> f64 {
        match self.kind {
            LineKind::Date => DATE_SIZE,
            LineKind::Title => TITLE_SIZE,
            LineKind::Meta | LineKind::Warn => META_SIZE,
        }
    }
    pub fn bold(&self) -> bool {
        self.kind == LineKind::Date
    }
    /// Vertical room of the line; ≥ font size + 2 so lines of one label never touch.
    pub fn height(&self) -> f64 {
        match self.kind {
            LineKind::Date => 15.0,
            LineKind::Title => 16.0,
            LineKind::Meta | LineKind::Warn => 14.0,
        }
    }
    pub fn dots_width(&self) -> f64 {
        if self.dots.is_empty() {
            0.0
        } else {
            self.dots.len() as f64 * DOT_STEP + 2.0
        }
    }
    pub fn text_width(&self) -> f64 {
        measure(&self.text, self.size(), self.bold())
    }
    pub fn width(&self) -> f64 {
        self.dots_width() + self.text_width()
    }
}

/// A label's lines and the size of their block.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    pub lines: Vec<Line>,
    pub width: f64,
    pub height: f64,
}

/// Builds the label of `ev`. `outlets` are the event's outlet indices (legend order),
/// `outlet_of` names an article's outlet for conflict notes, `with_dots` draws outlet dots.
pub fn label_for(
    ev: &Event,
    outlets: &[usize],
    outlet_of: &dyn Fn(&str) -> String,
    max_width: f64,
    with_dots: bool,
) -> Label {
    let mut lines = Vec::new();
    let date = ellipsize(&clean(&human_date(ev)), DATE_SIZE, true, max_width);
    lines.push(Line {
        text: date,
        kind: LineKind::Date,
        dots: vec![],
    });
    let title = clean(&ev.title);
    let title = if title.is_empty() {
        "(untitled event)".to_string()
    } else {
        title
    };
    for t in wrap(&title, TITLE_SIZE, false, max_width, 3) {
        lines.push(Line {
            text: t,
            kind: LineKind::Title,
            dots: vec![],
        });
    }
    let n = ev.sources.len();
    let mut meta = match n {
        0 => "no source listed".to_string(),
        1 => "1 source".to_string(),
        _ => format!("{n} sources"),
    };
    let dots: Vec<usize> = if with_dots {
        outlets.iter().copied().take(MAX_DOTS).collect()
    } else {
        vec![]
    };
    if with_dots && outlets.len() > MAX_DOTS {
        meta = format!("+{} · {meta}", outlets.len() - MAX_DOTS);
    }
    if ev.status == Status::Reported {
        meta.push_str(" · reported");
    }
    if ev.status == Status::Planned {
        meta.push_str(" · planned");
    }
    let dots_w = if dots.is_empty() {
        0.0
    } else {
        dots.len() as f64 * DOT_STEP + 2.0
    };
    lines.push(Line {
        text: ellipsize(&meta, META_SIZE, false, (max_width - dots_w).max(20.0)),
        kind: LineKind::Meta,
        dots,
    });
    if !ev.conflicts.is_empty() {
        let sign = if has_glyph('⚠') { "⚠" } else { "!" };
        let claims: Vec<String> = ev
            .conflicts
            .iter()
            .map(|c| format!("{} says {}", outlet_of(&c.article), value_label(&c.value)))
            .collect();
        let note = clean(&format!("{sign} dates differ: {}", claims.join("; ")));
        for t in wrap(&note, META_SIZE, false, max_width, 2) {
            lines.push(Line {
                text: t,
                kind: LineKind::Warn,
                dots: vec![],
            });
        }
    }
    let width = lines.iter().map(Line::width).fold(0.0, f64::max).ceil();
    let height = lines.iter().map(Line::height).sum();
    Label {
        lines,
        width,
        height,
    }
}
