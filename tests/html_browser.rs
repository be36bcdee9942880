//! The interactive `timeline.html` tested in a real headless Chromium through WebDriver:
//! clicking an event and the keyboard (Tab, Enter, Escape, arrows) show the right sources and
//! quotes; hostile article text (`<script>`, `</text><script>`, `<img onerror>`,
//! `javascript:` links) shows as text and never runs; the page loads nothing.
//!
//! Skipped, with a printed message, only where Chromium or chromedriver is missing; with
//! `CI=true` a missing browser fails the test (`.ci/run` installs it).

mod browser;

use browser::{ARROW_RIGHT, Browser, ENTER, ESCAPE, SPACE, TAB};
use std::path::Path;

use serde_json::{Value, json};
use timeline::export::display_date;
use timeline::model::{EventsFile, MentionOut};
use timeline::render::{RenderOptions, render_html};

fn seed() -> EventsFile {
    let text = std::fs::read_to_string("tests/data/seed_events.json").unwrap();
    let mut file: EventsFile = serde_json::from_str(&text).unwrap();
    file.articles[0].url = Some("https://example.org/reuters/putin".into());
    file.articles[1].url = Some("javascript:alert('url')".into());
    file
}

/// Writes the page to a temporary folder and returns the folder and its file:// URL.
fn page(file: &EventsFile, opts: &RenderOptions) -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("timeline.html");
    std::fs::write(&path, render_html(file, opts).unwrap()).unwrap();
    let url = format!("file://{}", path.display());
    (dir, url)
}

fn start() -> Option<Browser> {
    Browser::start().unwrap_or_else(|e| panic!("{e}"))
}

/// What the details panel shows: the open event id (null when closed) and its text.
fn panel(b: &Browser) -> (Option<String>, String) {
    let v = b.js(
        "var p = document.getElementById('details');
         return [p.getAttribute('data-event-id'), p.textContent];",
        json!([]),
    );
    (
        v[0].as_str().map(String::from),
        v[1].as_str().unwrap().to_string(),
    )
}

fn focused_event(b: &Browser) -> Option<String> {
    b.js(
        "return document.activeElement.getAttribute('data-event-id');",
        json!([]),
    )
    .as_str()
    .map(String::from)
}

fn hook_alerts(b: &Browser) {
    b.js(
        "window.__alerted = [];
         ['alert', 'confirm', 'prompt'].forEach(function (f) {
           window[f] = function (m) { window.__alerted.push(String(m)); };
         });",
        json!([]),
    );
}

/// The panel of `id` lists every source of the event with each of its quotes.
fn assert_shows(file: &EventsFile, id: &str, shown: &(Option<String>, String)) {
    assert_eq!(shown.0.as_deref(), Some(id), "panel: {}", shown.1);
    let ev = file.events.iter().find(|e| e.id == id).unwrap();
    let text = &shown.1;
    assert!(text.contains(&display_date(ev)), "date missing: {text}");
    assert!(text.contains(&ev.title), "title missing: {text}");
    for s in &ev.sources {
        let a = file.articles.iter().find(|a| &a.id == s).unwrap();
        let outlet = a.source.as_deref().unwrap_or(&a.id);
        assert!(text.contains(outlet), "source {outlet} missing: {text}");
    }
    for m in &ev.mentions {
        assert!(text.contains(&m.sentence), "quote missing: {}", m.sentence);
    }
}

#[test]
fn events_open_by_click_and_keyboard_with_their_sources() {
    let Some(b) = start() else { return };
    let file = seed();
    let (_dir, url) = page(&file, &RenderOptions::default());
    b.goto(&url);
    hook_alerts(&b);

    // Nothing is fetched: no resource entries at all.
    let loads = b.js(
        "return performance.getEntriesByType('resource').length;",
        json!([]),
    );
    assert_eq!(loads, json!(0));
    // Closed at first; the live region is there for screen readers.
    let (open, hint) = panel(&b);
    assert_eq!(open, None);
    assert!(hint.contains("Select an event"), "{hint}");
    let live = b.js(
        "return document.getElementById('details').getAttribute('aria-live');",
        json!([]),
    );
    assert_eq!(live, json!("polite"));

    // Every drawn event is a labelled button.
    let labels = b.js(
        "return Array.prototype.map.call(document.querySelectorAll('.target'), function (t) {
           return [t.getAttribute('data-event-id'), t.getAttribute('role'),
                   t.getAttribute('tabindex'), t.getAttribute('aria-label')];
         });",
        json!([]),
    );
    let labels = labels.as_array().unwrap();
    assert!(labels.len() >= 10, "{labels:?}");
    for l in labels {
        assert_eq!(l[1], json!("button"));
        assert_eq!(l[2], json!("0"));
        let ev = file.events.iter().find(|e| json!(e.id) == l[0]).unwrap();
        let aria = l[3].as_str().unwrap();
        assert!(
            aria.contains(&display_date(ev)) && aria.contains(&ev.title),
            "{aria}"
        );
        let n = ev.sources.len();
        let count = format!("{n} source{}", if n == 1 { "" } else { "s" });
        assert!(aria.ends_with(&count), "{aria}");
    }

    // Click: the five-source event shows all five outlets and quotes.
    b.click(&b.find(".target[data-event-id=\"e01\"] rect"));
    let shown = panel(&b);
    assert_shows(&file, "e01", &shown);
    // Links only for http(s) URLs, never for javascript:, and without opener or referrer.
    let links = b.js(
        "return Array.prototype.map.call(document.querySelectorAll('#details a'), function (a) {
           return [a.getAttribute('href'), a.getAttribute('rel')];
         });",
        json!([]),
    );
    assert_eq!(
        links,
        json!([["https://example.org/reuters/putin", "noopener noreferrer"]])
    );
    // TIMELINE_SCREENSHOTS=DIR keeps a picture of the open page, to look at.
    if let Some(dir) = std::env::var_os("TIMELINE_SCREENSHOTS") {
        std::fs::write(Path::new(&dir).join("html-open.png"), b.screenshot()).unwrap();
    }
    let expanded = b.js(
        "return document.querySelector('.target[data-event-id=\"e01\"]').getAttribute('aria-expanded');",
        json!([]),
    );
    assert_eq!(expanded, json!("true"));

    // Escape closes.
    b.press(ESCAPE);
    assert_eq!(panel(&b).0, None);

    // Keyboard only, on a fresh load: Tab reaches the first event, which opens on focus.
    b.goto(&url);
    hook_alerts(&b);
    b.press(TAB);
    let first = focused_event(&b).expect("Tab focuses an event");
    assert_eq!(first, labels[0][0].as_str().unwrap());
    assert_shows(&file, &first, &panel(&b));
    b.press(ESCAPE);
    assert_eq!(panel(&b).0, None);
    // Enter opens the focused event again; Space too.
    b.press(ENTER);
    assert_shows(&file, &first, &panel(&b));
    b.press(ESCAPE);
    b.press(SPACE);
    assert_shows(&file, &first, &panel(&b));
    // Arrow keys move to the next event and show it.
    b.press(ARROW_RIGHT);
    let second = focused_event(&b).unwrap();
    assert_eq!(second, labels[1][0].as_str().unwrap());
    assert_shows(&file, &second, &panel(&b));
    // Tab moves on too.
    b.press(TAB);
    let third = focused_event(&b).unwrap();
    assert_eq!(third, labels[2][0].as_str().unwrap());

    // Focus another event directly, then Enter.
    b.js(
        "document.querySelector('.target[data-event-id=\"e02\"]').focus();",
        json!([]),
    );
    b.press(ESCAPE);
    b.press(ENTER);
    assert_shows(&file, "e02", &panel(&b));

    assert_eq!(b.js("return window.__alerted;", json!([])), json!([]));
    assert_eq!(b.alert_text(), None);
}

/// An events file whose every text field is an attack.
fn hostile() -> EventsFile {
    let mut file = seed();
    let attacks = [
        "<script>alert(1)</script>",
        "</text><script>alert(2)</script>",
        "<img src=x onerror=alert(3)>",
        "</script><!-- <script>alert(4)</script>",
    ];
    for (k, ev) in file.events.iter_mut().enumerate() {
        let a = attacks[k % attacks.len()];
        ev.title = format!("{a} event {k}");
        for m in &mut ev.mentions {
            m.sentence = format!("Quote {a} of {k}");
        }
    }
    file.events[0].mentions.push(MentionOut {
        article: "a03".into(),
        text: "</text><script>alert(5)</script>".into(),
        value: "2022-02-01".into(),
        sentence: "<svg onload=alert(6)>".into(),
        start: 0,
        end: 1,
    });
    file.articles[2].source = Some("</script><script>alert(7)</script>".into());
    file.articles[2].url = Some("javascript:alert(8)".into());
    file.articles[3].title = Some("<iframe src=javascript:alert(9)>".into());
    file
}

#[test]
fn hostile_article_text_shows_as_text_and_never_runs() {
    let Some(b) = start() else { return };
    let file = hostile();
    let opts = RenderOptions {
        title: Some("<script>alert(10)</script>".into()),
        ..RenderOptions::default()
    };
    let (_dir, url) = page(&file, &opts);
    b.goto(&url);
    assert_eq!(b.alert_text(), None, "an alert fired while loading");
    hook_alerts(&b);

    // Only our two scripts; no element an attack could have created.
    let counts = b.js(
        "return [document.scripts.length,
                 document.querySelectorAll('img, iframe, svg svg, foreignObject, [onload], [onerror]').length,
                 document.title];",
        json!([]),
    );
    assert_eq!(counts, json!([2, 0, "<script>alert(10)</script>"]));
    // The picture shows the attacks as text.
    let drawn: String = b
        .js(
            "return document.querySelector('svg').textContent;",
            json!([]),
        )
        .as_str()
        .unwrap()
        .split_whitespace()
        .collect();
    for needle in ["<script>alert(1)", "</text><script>alert(2)", "alert(10)"] {
        assert!(
            drawn.contains(needle),
            "{needle} not drawn as text: {drawn}"
        );
    }

    // Open every event: the panel shows the attacks as text, creates no elements from them.
    let ids = b.js(
        "return Array.prototype.map.call(document.querySelectorAll('.target'),
           function (t) { return t.getAttribute('data-event-id'); });",
        json!([]),
    );
    for id in ids.as_array().unwrap() {
        let id = id.as_str().unwrap();
        b.click(&b.find(&format!(".target[data-event-id=\"{id}\"] rect")));
        let shown = panel(&b);
        assert_shows(&file, id, &shown);
        let tags = b.js(
            "return Array.prototype.map.call(document.querySelectorAll('#details *'),
               function (n) { return n.tagName.toLowerCase(); }).join(' ');",
            json!([]),
        );
        let tags = tags.as_str().unwrap();
        for bad in ["script", "img", "svg", "iframe"] {
            assert!(!tags.split(' ').any(|t| t == bad), "{bad} in panel: {tags}");
        }
        let hrefs = b.js(
            "return Array.prototype.map.call(document.querySelectorAll('#details a'),
               function (a) { return a.getAttribute('href'); });",
            json!([]),
        );
        for h in hrefs.as_array().unwrap() {
            assert!(h.as_str().unwrap().starts_with("https://"), "{h}");
        }
    }
    b.click(&b.find(".target[data-event-id=\"e01\"] rect"));
    let text = panel(&b).1;
    for needle in [
        "<svg onload=alert(6)>",
        "</text><script>alert(5)</script>",
        "</script><script>alert(7)</script>",
    ] {
        assert!(text.contains(needle), "{needle} not shown: {text}");
    }
    assert_eq!(
        b.js("return window.__alerted;", json!([])),
        Value::Array(vec![])
    );
    assert_eq!(b.alert_text(), None);
}
