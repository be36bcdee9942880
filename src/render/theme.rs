//! Colours of the light and dark themes, and the per-outlet palette.
//!
//! The outlet palette is colour-blind-safe-ish (Okabe–Ito based) and lightened for the
//! dark theme so every colour keeps contrast against its background.

use plotters_backend::BackendColor;

use super::Theme;

/// An opaque RGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    pub fn solid(self) -> BackendColor {
        self.alpha(1.0)
    }
    pub fn alpha(self, alpha: f64) -> BackendColor {
        BackendColor {
            alpha,
            rgb: (self.0, self.1, self.2),
        }
    }
}

/// Every colour the drawing uses.
#[derive(Debug, Clone)]
pub struct Palette {
    pub background: Rgb,
    /// Titles and event headlines.
    pub ink: Rgb,
    /// Secondary text: subtitles, source counts, tick labels.
    pub muted: Rgb,
    /// The axis line and ticks.
    pub axis: Rgb,
    /// Connectors and lane lines.
    pub rule: Rgb,
    /// Event markers and date lines.
    pub accent: Rgb,
    /// Planned events.
    pub planned: Rgb,
    /// Date conflicts and the "not shown" note.
    pub warn: Rgb,
    pub outlets: [Rgb; 12],
}

impl Palette {
    /// Colour of the outlet at `index` in legend order (the palette repeats after 12).
    pub fn outlet(&self, index: usize) -> Rgb {
        self.outlets[index % self.outlets.len()]
    }
}

pub fn palette(theme: Theme) -> Palette {
    match theme {
        Theme::Light => Palette {
            background: Rgb(0xFF, 0xFF, 0xFF),
            ink: Rgb(0x1B, 0x1F, 0x24),
            muted: Rgb(0x5C, 0x63, 0x6E),
            axis: Rgb(0x3A, 0x40, 0x48),
            rule: Rgb(0xA9, 0xB0, 0xB8),
            accent: Rgb(0x1D, 0x5D, 0xA8),
            planned: Rgb(0x7A, 0x4E, 0xB0),
            warn: Rgb(0xC2, 0x41, 0x0C),
            outlets: [
                Rgb(0x00, 0x72, 0xB2),
                Rgb(0xD5, 0x5E, 0x00),
                Rgb(0x00, 0x9E, 0x73),
                Rgb(0xCC, 0x79, 0xA7),
                Rgb(0xB8, 0x8A, 0x00),
                Rgb(0x56, 0xB4, 0xE9),
                Rgb(0x6A, 0x3D, 0x9A),
                Rgb(0x8C, 0x56, 0x4B),
                Rgb(0x2E, 0x7D, 0x32),
                Rgb(0xAD, 0x14, 0x57),
                Rgb(0x45, 0x5A, 0x64),
                Rgb(0xE6, 0x9F, 0x00),
            ],
        },
        Theme::Dark => Palette {
            background: Rgb(0x14, 0x17, 0x1C),
            ink: Rgb(0xEC, 0xEE, 0xF1),
            muted: Rgb(0xA3, 0xAA, 0xB4),
            axis: Rgb(0xC4, 0xCA, 0xD2),
            rule: Rgb(0x5A, 0x62, 0x6D),
            accent: Rgb(0x6C, 0xB4, 0xFF),
            planned: Rgb(0xC3, 0xA0, 0xF0),
            warn: Rgb(0xFF, 0xA0, 0x5C),
            outlets: [
                Rgb(0x4F, 0xB3, 0xF0),
                Rgb(0xFF, 0x9A, 0x4D),
                Rgb(0x3C, 0xD3, 0xA4),
                Rgb(0xF0, 0x9C, 0xC8),
                Rgb(0xF0, 0xD0, 0x50),
                Rgb(0x9A, 0xD8, 0xFF),
                Rgb(0xB9, 0x94, 0xE6),
                Rgb(0xD4, 0xA5, 0x90),
                Rgb(0x81, 0xC7, 0x84),
                Rgb(0xF4, 0x8F, 0xB1),
                Rgb(0xB0, 0xBE, 0xC5),
                Rgb(0xFF, 0xCC, 0x80),
            ],
        },
    }
}
