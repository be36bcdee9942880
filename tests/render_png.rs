//! PNG output: a real PNG of the SVG's size, not blank, with text drawn by the embedded font
//! only (no system font is ever loaded), and the same bytes on every run.

use timeline::model::EventsFile;
use timeline::render::{RenderOptions, Theme, render_svg, svg_to_png};

fn seed() -> EventsFile {
    let text = std::fs::read_to_string("tests/data/seed_events.json").unwrap();
    serde_json::from_str(&text).unwrap()
}

/// Decodes PNG bytes to (width, height, RGBA pixels).
fn decode(bytes: &[u8]) -> (u32, u32, Vec<u8>) {
    let mut reader = png::Decoder::new(std::io::Cursor::new(bytes))
        .read_info()
        .expect("a PNG header");
    let mut buf = vec![0; reader.output_buffer_size().expect("buffer size")];
    let info = reader.next_frame(&mut buf).expect("PNG data");
    assert_eq!(info.color_type, png::ColorType::Rgba);
    assert_eq!(info.bit_depth, png::BitDepth::Eight);
    buf.truncate(info.buffer_size());
    (info.width, info.height, buf)
}

/// The `width`/`height` attributes of the root `<svg>`.
fn svg_size(svg: &str) -> (u32, u32) {
    let open = &svg[..svg.find('>').unwrap()];
    let num = |name: &str| -> u32 {
        let at = open.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
        open[at..].split('"').next().unwrap().parse().unwrap()
    };
    (num("width"), num("height"))
}

fn distinct_colours(px: &[u8]) -> usize {
    let mut set: Vec<[u8; 4]> = px.chunks(4).map(|c| [c[0], c[1], c[2], c[3]]).collect();
    set.sort_unstable();
    set.dedup();
    set.len()
}

#[test]
fn seed_timeline_is_a_png_of_the_svg_size_and_not_blank() {
    for theme in [Theme::Light, Theme::Dark] {
        let opts = RenderOptions {
            theme,
            ..RenderOptions::default()
        };
        let svg = render_svg(&seed(), &opts).unwrap();
        let bytes = svg_to_png(&svg).unwrap();
        assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
        let (w, h, px) = decode(&bytes);
        assert_eq!((w, h), svg_size(&svg));
        assert_eq!(w, 1200);
        // Opaque background, and many colours: markers, text, anti-aliasing.
        assert!(px.chunks(4).all(|c| c[3] == 255), "transparent pixels");
        assert!(distinct_colours(&px) > 50, "{}", distinct_colours(&px));
        // Deterministic: the same picture gives the same bytes.
        assert_eq!(svg_to_png(&svg).unwrap(), bytes);
    }
}

fn text_svg(text: &str, family: &str, weight: &str) -> String {
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"40\">\
         <rect width=\"200\" height=\"40\" fill=\"#FFFFFF\"/>\
         <text x=\"4\" y=\"28\" font-family=\"{family}\" font-weight=\"{weight}\" \
         font-size=\"20\" fill=\"#000000\">{text}</text></svg>"
    )
}

/// Pixels that are not the white background.
fn inked(svg: &str) -> usize {
    let (_, _, px) = decode(&svg_to_png(svg).unwrap());
    px.chunks(4).filter(|c| c[0] < 250).count()
}

#[test]
fn text_is_drawn_with_the_embedded_font_only() {
    // Blank without text, inked with it: glyphs come from the embedded DejaVu Sans. resvg is
    // built without system-font support, so no other font could have drawn them.
    assert_eq!(inked(&text_svg("", "DejaVu Sans", "normal")), 0);
    let regular = inked(&text_svg("Timeline 2022", "DejaVu Sans", "normal"));
    assert!(regular > 200, "{regular}");
    // Bold is its own face (more ink), and a family that is not there falls back to ours.
    let bold = inked(&text_svg("Timeline 2022", "DejaVu Sans", "bold"));
    assert!(bold > regular, "{bold} <= {regular}");
    let fallback = inked(&text_svg(
        "Timeline 2022",
        "No Such Font, sans-serif",
        "normal",
    ));
    assert_eq!(fallback, regular);
    // The renderer's own family list resolves to the same face.
    let ours = inked(&text_svg(
        "Timeline 2022",
        timeline::render::font::FONT_FAMILY,
        "normal",
    ));
    assert_eq!(ours, regular);
}

#[test]
fn external_images_are_never_read() {
    let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" \
               xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"20\" height=\"20\">\
               <image width=\"20\" height=\"20\" xlink:href=\"Cargo.toml\"/></svg>";
    let (_, _, px) = decode(&svg_to_png(svg).unwrap());
    assert!(px.iter().all(|&b| b == 0), "something was drawn");
}
