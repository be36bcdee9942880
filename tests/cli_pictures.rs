//! The picture formats on the command line: `build` writes `timeline.html` beside the SVG
//! and PNG on request, byte-identical across runs; `render --format svg|png|html` (or an
//! `-o` file's extension) picks the format; the HTML page references nothing external.

use std::path::{Path, PathBuf};
use std::process::Output;

mod cli_common;
use cli_common::bin;

fn fixture() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/seed_events.json")
}

fn ok(o: Output) -> String {
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn render(args: &[&str], out: &Path) -> Output {
    bin()
        .arg("render")
        .arg(fixture())
        .arg("-o")
        .arg(out)
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn build_writes_html_always_and_png_on_request_deterministically() {
    let input = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("input");
    let mut runs = Vec::new();
    for _ in 0..2 {
        let dir = tempfile::tempdir().unwrap();
        let stdout = ok(bin()
            .arg("build")
            .arg(&input)
            .arg("-o")
            .arg(dir.path())
            .args(["--format", "png,md"])
            .output()
            .unwrap());
        for f in [
            "timeline.svg",
            "timeline.html",
            "timeline.png",
            "timeline.md",
        ] {
            assert!(stdout.contains(f), "{f} not reported: {stdout}");
        }
        let read = |f: &str| std::fs::read(dir.path().join(f)).unwrap();
        assert!(read("timeline.png").starts_with(b"\x89PNG"));
        runs.push((read("timeline.html"), read("timeline.png")));
    }
    assert!(runs[0] == runs[1], "outputs differ between runs");
}

#[test]
fn render_picks_the_format_from_the_flag_or_the_extension() {
    let dir = tempfile::tempdir().unwrap();
    ok(render(&[], dir.path()));
    assert!(dir.path().join("timeline.svg").exists());
    ok(render(&["--format", "png"], dir.path()));
    let png = std::fs::read(dir.path().join("timeline.png")).unwrap();
    assert!(png.starts_with(b"\x89PNG"));
    ok(render(&["--format", "html"], dir.path()));
    let html = std::fs::read_to_string(dir.path().join("timeline.html")).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));

    let file = dir.path().join("shots/dark.png");
    ok(render(&["--theme", "dark"], &file));
    assert!(std::fs::read(&file).unwrap().starts_with(b"\x89PNG"));

    let o = render(&["--format", "svg"], &dir.path().join("x.png"));
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("does not match"));
    let o = render(&["--format", "gif"], dir.path());
    assert!(String::from_utf8_lossy(&o.stderr).contains("use svg, png or html"));
}

#[test]
fn the_html_page_is_self_contained() {
    let dir = tempfile::tempdir().unwrap();
    ok(render(&["--format", "html"], dir.path()));
    let html = std::fs::read_to_string(dir.path().join("timeline.html")).unwrap();
    assert!(html.contains("Content-Security-Policy"));
    assert!(html.contains("default-src 'none'") || html.contains("default-src &#39;none&#39;"));
    assert!(html.contains("script-src &#39;sha256-"));
    let lower = html.to_ascii_lowercase();
    for bad in [
        "src=\"http",
        "href=\"http",
        "src=\"//",
        "href=\"//",
        "<link",
        "<iframe",
    ] {
        assert!(!lower.contains(bad), "external reference {bad}");
    }
    let style = &lower[lower.find("<style>").unwrap()..lower.find("</style>").unwrap()];
    assert!(!style.contains("url(") && !style.contains("@import"));
    // Exactly our two scripts: the JSON data and the page script.
    assert_eq!(lower.matches("<script").count(), 2);
    assert!(html.contains("<script type=\"application/json\" id=\"events\">"));
    assert!(html.contains("data-event-id=\"e01\" tabindex=\"0\" role=\"button\""));
}
