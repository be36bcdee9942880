//! PNG output: rasterises the SVG of [`render_svg`](super::render_svg) with resvg.
//!
//! Text is drawn with the DejaVu Sans faces embedded in the binary (the same files whose
//! metrics lay out the labels), loaded into a font database of their own: system fonts are
//! never looked up (resvg is built without its `system-fonts` feature), so the picture is the
//! same on every machine, and the same SVG always gives the same PNG bytes. External files
//! (`<image href>`) are never read either.

use std::sync::{Arc, OnceLock};

use resvg::tiny_skia::{Pixmap, Transform};
use resvg::usvg::{self, ImageHrefResolver, fontdb};

use super::RenderError;
use super::font::{BOLD_TTF, REGULAR_TTF};

/// The family every unknown or generic family resolves to.
const FAMILY: &str = "DejaVu Sans";

/// A font database holding only the embedded faces, built once.
fn fonts() -> Arc<fontdb::Database> {
    static DB: OnceLock<Arc<fontdb::Database>> = OnceLock::new();
    DB.get_or_init(|| {
        let mut db = fontdb::Database::new();
        db.load_font_data(REGULAR_TTF.to_vec());
        db.load_font_data(BOLD_TTF.to_vec());
        db.set_sans_serif_family(FAMILY);
        db.set_serif_family(FAMILY);
        db.set_monospace_family(FAMILY);
        db.set_cursive_family(FAMILY);
        db.set_fantasy_family(FAMILY);
        Arc::new(db)
    })
    .clone()
}

/// Parsing options: embedded fonts only, no external images.
fn options() -> usvg::Options<'static> {
    usvg::Options {
        font_family: FAMILY.to_owned(),
        fontdb: fonts(),
        image_href_resolver: ImageHrefResolver {
            resolve_data: Box::new(|_, _, _| None),
            resolve_string: Box::new(|_, _| None),
        },
        ..usvg::Options::default()
    }
}

/// Rasterises an SVG document at its own size (1 px per SVG unit) to PNG bytes.
pub fn svg_to_png(svg: &str) -> Result<Vec<u8>, RenderError> {
    let tree = usvg::Tree::from_str(svg, &options())
        .map_err(|e| RenderError::Png(format!("the SVG could not be parsed ({e})")))?;
    let size = tree.size().to_int_size();
    let mut pixmap = Pixmap::new(size.width(), size.height()).ok_or_else(|| {
        RenderError::Png(format!(
            "a {}x{} px image cannot be allocated; choose a smaller --width",
            size.width(),
            size.height()
        ))
    })?;
    resvg::render(&tree, Transform::identity(), &mut pixmap.as_mut());
    pixmap
        .encode_png()
        .map_err(|e| RenderError::Png(format!("PNG encoding failed ({e})")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_embedded_faces_are_loaded() {
        let db = fonts();
        assert_eq!(db.len(), 2);
        assert!(
            db.faces()
                .all(|f| f.families.iter().any(|(n, _)| n == FAMILY))
        );
    }

    #[test]
    fn bad_svg_says_what_happened() {
        let e = svg_to_png("not svg").unwrap_err();
        assert!(e.to_string().contains("could not be parsed"), "{e}");
    }
}
