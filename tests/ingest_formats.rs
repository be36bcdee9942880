//! Ingest of the richer formats: web pages, Markdown, JSON, other encodings, standard input,
//! mixed folders, and hostile input. (Plain text, JSON Lines, the manifest and the basic
//! bad-input cases are in `tests/ingest.rs`.)

use std::fs;
use std::path::PathBuf;

use chrono::NaiveDate;
use timeline::ingest::ingest;

mod ingest_common;
use ingest_common::*;

// ---- phase 2: web pages ----

fn data(name: &str) -> PathBuf {
    repo().join("tests/data/ingest").join(name)
}

#[test]
fn html_page_article_without_furniture() {
    let got = ingest(&[data("news_page.html")]);
    assert_one_liners(&got);
    assert!(
        got.problems.is_empty() && got.warnings.is_empty(),
        "{:?}",
        all_lines(&got)
    );
    let a = one(&got);
    assert_eq!(a.id, "news_page");
    // As written on the page (22:47 in New York), not shifted to UTC's 2 February.
    assert_eq!(a.published, d(2022, 2, 1));
    assert_eq!(
        a.title.as_deref(),
        Some("Putin says US ignored Russia's key security demands")
    );
    assert_eq!(a.source.as_deref(), Some("The Daily Courier"));
    assert_eq!(
        a.url.as_deref(),
        Some("https://dailycourier.example/world/2022/02/01/putin-security-demands")
    );
    assert!(
        a.text
            .starts_with("MOSCOW — Russian President Vladimir Putin on Tuesday accused"),
        "{}",
        a.text
    );
    for kept in [
        "that at least one more round of diplomacy is likely.",
        "\n\n\"It's already clear now that fundamental Russian concerns were ignored,\"",
        "\n\nWritten responses\n\n",
        "on January 26, rejecting its demand that NATO pledge never to admit Ukraine.\nWashington offered talks",
        "would decide on its next steps.",
    ] {
        assert!(a.text.contains(kept), "missing {kept:?} in\n{}", a.text);
    }
    for furniture in [
        "cookies",
        "Politics",
        "Sport",
        "Search the Courier",
        "Home",
        "Advertisement",
        "winter tyres",
        "Premium Courier",
        "Share on Facebook",
        "Photo: Pool",
        "Related",
        "NATO expansion",
        "Morning Briefing",
        "Most read",
        "Luxury watches",
        "Doctors stunned",
        "All rights reserved",
        "Privacy policy",
        "dataLayer",
        "min-height",
        "@context",
    ] {
        assert!(
            !a.text.contains(furniture),
            "{furniture:?} leaked into\n{}",
            a.text
        );
    }
    // Paragraphs are separated by exactly one blank line.
    assert!(!a.text.contains("\n\n\n"));
    assert_eq!(a.text.matches("\n\n").count(), 5, "{}", a.text);
}

#[test]
fn html_page_without_article_element_in_a_declared_legacy_charset() {
    let got = ingest(&[data("cp1252_page.htm")]);
    assert_one_liners(&got);
    assert!(
        got.problems.is_empty() && got.warnings.is_empty(),
        "{:?}",
        all_lines(&got)
    );
    let a = one(&got);
    assert_eq!(a.published, d(2022, 2, 1));
    assert_eq!(a.title.as_deref(), Some("Orbán and Putin meet in Moscow"));
    assert_eq!(a.source, None, "no outlet is invented");
    assert!(
        a.text
            .contains("Viktor Orbán met Vladimir Putin in Moscow on Tuesday")
    );
    assert!(a.text.contains("was a “peace mission” and"));
    for furniture in ["Economy", "best cafés", "Opinion:", "Impressum"] {
        assert!(
            !a.text.contains(furniture),
            "{furniture:?} leaked into\n{}",
            a.text
        );
    }
    let note = got
        .notes
        .iter()
        .find(|n| n.contains("cp1252_page.htm"))
        .expect("a note");
    assert!(note.contains("windows-1252"), "{note}");
}

#[test]
fn html_without_text_or_date() {
    let t = tempfile::tempdir().unwrap();
    let empty = write(
        t.path(),
        "login.html",
        "<html><head><title>Log in</title><script>x()</script></head><body><nav><a href=/>Home</a></nav><form><input name=u></form></body></html>",
    );
    let undated = write(
        t.path(),
        "undated.html",
        "<html><body><article><h1>Talks</h1><p>Putin said on Tuesday that talks would go on.</p></article></body></html>",
    );
    let got = ingest(&[empty, undated.clone()]);
    assert_one_liners(&got);
    assert_eq!(got.problems.len(), 1);
    assert!(
        got.problems[0]
            .to_string()
            .contains("login.html: no article text found in the page")
    );
    let a = one(&got);
    assert_eq!(a.title.as_deref(), Some("Talks"));
    assert_eq!(
        a.text,
        "Talks\n\nPutin said on Tuesday that talks would go on."
    );
    assert_eq!(got.warnings.len(), 1);
    assert!(
        got.warnings[0]
            .to_string()
            .contains("undated.html: no publication date; the page gives none")
    );
    // The manifest fills the gap.
    write(
        t.path(),
        "articles.toml",
        "[articles.\"undated.html\"]\ndate = \"2022-02-01\"\n",
    );
    let got = ingest(&[undated]);
    assert_eq!(one(&got).published, d(2022, 2, 1));
    assert!(got.warnings.is_empty());
}

// ---- phase 2: Markdown ----

#[test]
fn markdown_with_front_matter() {
    let t = tempfile::tempdir().unwrap();
    let p = write(
        t.path(),
        "notes.md",
        "---\ntitle: \"Putin: talks can go on\"\ndate: 2022-02-01T18:00:00+03:00\nsource: Interfax\nurl: https://example.com/i\ntags: [russia, nato]\n---\n\n# Putin: talks can go on\n\nPutin said on **Tuesday** that [NATO](https://nato.int) ignored Moscow.\n\n![photo](p.jpg)\n\n> \"We hope dialogue will continue.\"\n",
    );
    let got = ingest(&[p]);
    assert_one_liners(&got);
    assert!(got.problems.is_empty(), "{got:#?}");
    let a = one(&got);
    assert_eq!(a.published, d(2022, 2, 1));
    assert_eq!(a.title.as_deref(), Some("Putin: talks can go on"));
    assert_eq!(a.source.as_deref(), Some("Interfax"));
    assert_eq!(a.url.as_deref(), Some("https://example.com/i"));
    assert_eq!(
        a.text,
        "Putin: talks can go on\n\nPutin said on Tuesday that NATO ignored Moscow.\n\n\"We hope dialogue will continue.\""
    );
}

#[test]
fn markdown_without_front_matter() {
    let t = tempfile::tempdir().unwrap();
    let p = write(
        t.path(),
        "plain.md",
        "# Orban visits Moscow\n\nOrban met Putin on Tuesday.\n",
    );
    let got = ingest(&[p]);
    let a = one(&got);
    assert_eq!(a.title.as_deref(), Some("Orban visits Moscow"));
    assert_eq!(a.text, "Orban visits Moscow\n\nOrban met Putin on Tuesday.");
    assert!(
        got.warnings[0].to_string().contains(
            "plain.md: no publication date; add \"date: YYYY-MM-DD\" to the front matter"
        )
    );
}

// ---- phase 2: JSON ----

#[test]
fn json_array_object_and_mistakes() {
    let t = tempfile::tempdir().unwrap();
    let arr = write(
        t.path(),
        "list.json",
        r#"[
  {"id": "j1", "date": "2022-02-01", "title": "One", "text": "First."},
  {"id": "j2", "date": "2022-02-02"},
  {"date": "2022-02-03", "text": "Third, no id."}
]"#,
    );
    let wrapped = write(
        t.path(),
        "wrapped.json",
        r#"{"source": "feed", "articles": [{"id": "w1", "published": "Feb 4, 2022", "text": "Wrapped."}]}"#,
    );
    let single = write(
        t.path(),
        "single.json",
        r#"{"date": "2022-02-05", "text": "Alone."}"#,
    );
    let lines = write(
        t.path(),
        "lines.json",
        "{\"id\": \"l1\", \"date\": \"2022-02-06\", \"text\": \"L1\"}\n{\"id\": \"l2\", \"date\": \"2022-02-07\", \"text\": \"L2\"}\n",
    );
    let broken = write(
        t.path(),
        "broken.json",
        "[\n  {\"id\": \"b\",\n  \"text\": \"x\"\n  oops\n]",
    );
    let empty = write(t.path(), "empty.json", "[]");
    let got = ingest(&[arr, wrapped, single, lines, broken, empty]);
    assert_one_liners(&got);
    let ids: Vec<(&str, Option<NaiveDate>)> = got
        .articles
        .iter()
        .map(|a| (a.id.as_str(), a.published))
        .collect();
    assert_eq!(
        ids,
        [
            ("j1", d(2022, 2, 1)),
            ("l1", d(2022, 2, 6)),
            ("l2", d(2022, 2, 7)),
            ("list-3", d(2022, 2, 3)),
            ("single", d(2022, 2, 5)),
            ("w1", d(2022, 2, 4)),
        ]
    );
    assert!(got.articles[0].path.ends_with("list.json#1"));
    let s: Vec<String> = got.problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(s.len(), 3, "{s:#?}");
    assert!(
        s[0].contains("list.json (article 2): has no \"text\" field"),
        "{}",
        s[0]
    );
    assert!(s[1].contains("broken.json:4: not valid JSON (expected `,` or `}` at column 3); the file must hold an array"), "{}", s[1]);
    assert!(s[2].contains("empty.json: holds no articles"), "{}", s[2]);
    assert!(
        got.notes
            .iter()
            .any(|n| n.contains("lines.json: holds one JSON object per line"))
    );
}

// ---- phase 2: encodings ----

#[test]
fn other_encodings_are_decoded_with_a_note() {
    let t = tempfile::tempdir().unwrap();
    let text = "date: 2022-02-01\n\nOrbán met Putin – “a peace mission”.\n";
    let utf16 = |le: bool, bom: bool| -> Vec<u8> {
        let mut v: Vec<u8> = if !bom {
            vec![]
        } else if le {
            vec![0xFF, 0xFE]
        } else {
            vec![0xFE, 0xFF]
        };
        for u in text.encode_utf16() {
            v.extend(if le { u.to_le_bytes() } else { u.to_be_bytes() });
        }
        v
    };
    write(t.path(), "u16le.txt", utf16(true, true));
    write(t.path(), "u16be.txt", utf16(false, true));
    write(t.path(), "u16nobom.txt", utf16(true, false));
    let mut bom8 = b"\xEF\xBB\xBF".to_vec();
    bom8.extend(text.as_bytes());
    write(t.path(), "u8bom.txt", bom8);
    write(
        t.path(),
        "cp1252.txt",
        b"date: 2022-02-01\n\nOrb\xe1n met Putin \x96 \x93a peace mission\x94.\n",
    );
    let got = ingest(&[t.path().to_path_buf()]);
    assert_one_liners(&got);
    assert!(
        got.problems.is_empty() && got.warnings.is_empty(),
        "{:?}",
        all_lines(&got)
    );
    assert_eq!(got.articles.len(), 5);
    for a in &got.articles {
        assert_eq!(a.text, "Orbán met Putin – “a peace mission”.", "{}", a.id);
        assert_eq!(a.published, d(2022, 2, 1), "{}", a.id);
    }
    let note = |file: &str| {
        got.notes
            .iter()
            .find(|n| n.contains(file))
            .cloned()
            .unwrap_or_default()
    };
    assert!(note("u16le.txt").contains("UTF-16LE"), "{:?}", got.notes);
    assert!(note("u16be.txt").contains("UTF-16BE"), "{:?}", got.notes);
    assert!(
        note("u16nobom.txt").contains("UTF-16LE (no byte-order mark"),
        "{:?}",
        got.notes
    );
    assert!(
        note("cp1252.txt").contains("read as Windows-1252"),
        "{:?}",
        got.notes
    );
    assert_eq!(note("u8bom.txt"), "", "a UTF-8 BOM needs no note");
}

// ---- phase 2: standard input and mixed folders ----

/// Runs as a child process (see `stdin_is_read_once`), reading its standard input.
#[test]
fn stdin_child() {
    if std::env::var_os("INGEST_STDIN_CHILD").is_none() {
        return;
    }
    let got = ingest(&[PathBuf::from("-"), PathBuf::from("-")]);
    for a in &got.articles {
        println!("ARTICLE {} {} {:?} {}", a.id, a.path, a.published, a.text);
    }
    for p in got.problems.iter().chain(&got.warnings) {
        println!("PROBLEM {p}");
    }
    for n in &got.notes {
        println!("NOTE {n}");
    }
}

#[test]
fn stdin_is_read_once() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "stdin_child", "--nocapture", "--test-threads=1"])
        .env("INGEST_STDIN_CHILD", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(
            b"{\"id\": \"s1\", \"date\": \"2022-02-01\", \"text\": \"From a pipe.\"}\nnot json\n",
        )
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let out = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.contains("ARTICLE s1 <stdin>#1 Some(2022-02-01) From a pipe."),
        "{out}"
    );
    assert!(out.contains("PROBLEM <stdin>:2: not valid JSON"), "{out}");
    assert!(
        out.contains("NOTE -: standard input given more than once; read once"),
        "{out}"
    );
    assert_eq!(out.matches("ARTICLE").count(), 1, "{out}");
}

#[test]
fn mixed_folder_is_deterministic() {
    let t = tempfile::tempdir().unwrap();
    let dir = t.path();
    fs::copy(data("news_page.html"), dir.join("page.html")).unwrap();
    fs::copy(data("cp1252_page.htm"), dir.join("legacy.htm")).unwrap();
    write(dir, "a.txt", "date: 2022-02-03\n\nA.");
    write(dir, "b.md", "---\ndate: 2022-02-04\n---\nB.");
    write(
        dir,
        "c.json",
        r#"[{"id": "c1", "date": "2022-02-05", "text": "C."}]"#,
    );
    write(
        dir,
        "d.jsonl",
        "{\"id\": \"a\", \"date\": \"2022-02-06\", \"text\": \"D.\"}\n",
    );
    write(dir, "README.md", "# Not an article");
    let first = ingest(&[dir.to_path_buf()]);
    let ids: Vec<&str> = first.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["a", "a~2", "b", "c1", "legacy", "page"]);
    for _ in 0..5 {
        assert_eq!(ingest(&[dir.to_path_buf()]), first);
    }
}

// ---- hostile input ----

#[test]
fn hostile_input_does_not_crash() {
    let t = tempfile::tempdir().unwrap();
    let dir = t.path();
    // Deeply nested markup (html5ever's parsing time grows with the square of the depth,
    // so the test keeps it moderate; extraction itself does not recurse).
    let deep = format!(
        "<html><body>{}<p>Deep text.</p>{}</body></html>",
        "<div>".repeat(3_000),
        "</div>".repeat(3_000)
    );
    write(dir, "deep.html", deep);
    // Deeply nested JSON, a JSON line that is a bare string, and a huge number for a date.
    write(
        dir,
        "deep.jsonl",
        format!(
            "{}\n\"just a string\"\n{{\"id\": \"n\", \"date\": 99999999999999999999, \"text\": \"N.\"}}\n",
            "[".repeat(10_000)
        ),
    );
    // A saved page with a .txt name, a file name with a newline in it.
    write(
        dir,
        "page.txt",
        "<!DOCTYPE html><html><head><meta property=\"article:published_time\" content=\"2022-02-03\"></head><body><article><p>Saved as text.</p></article></body></html>",
    );
    write(dir, "odd\nname.txt", "date: 2022-02-03");
    let got = ingest(&[dir.to_path_buf()]);
    assert_one_liners(&got);
    let ids: Vec<&str> = got.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["deep", "n", "page"], "{:?}", all_lines(&got));
    assert_eq!(got.articles[0].text, "Deep text.");
    assert_eq!(got.articles[2].text, "Saved as text.");
    assert_eq!(got.articles[2].published, d(2022, 2, 3));
    let s = all_lines(&got);
    assert!(
        s.iter().any(|l| l.contains("deep.jsonl:1: not valid JSON")),
        "{s:#?}"
    );
    assert!(
        s.iter()
            .any(|l| l.contains("deep.jsonl:2: is a string, not a JSON object")),
        "{s:#?}"
    );
    assert!(
        s.iter()
            .any(|l| l.contains("deep.jsonl:3: date \"1e+20\" (field \"date\") is not a date")),
        "{s:#?}"
    );
    assert!(
        s.iter()
            .any(|l| l.contains("odd\\nname.txt: has a metadata header but no article text")),
        "{s:#?}"
    );
    assert!(
        got.notes
            .iter()
            .any(|n| n.contains("page.txt: holds a web page"))
    );
}

#[test]
fn tempeval_jsonl_with_doc_and_dct_keeps_text_verbatim() {
    let p = repo().join("../shared/eval/tempeval3-tbaq.jsonl");
    if !p.exists() {
        eprintln!("note: {} absent; TempEval test skipped", p.display());
        return;
    }
    let got = ingest(std::slice::from_ref(&p));
    assert!(got.problems.is_empty(), "{:?}", all_lines(&got));
    assert_eq!(got.articles.len(), 256);
    assert!(got.articles.iter().all(|a| a.published.is_some()));
    let a = got
        .articles
        .iter()
        .find(|a| a.id == "ABC19980108.1830.0711")
        .unwrap();
    assert_eq!(a.published, d(1998, 1, 8));
    // Gold offsets index the text as given: nothing trimmed or normalised.
    let raw: serde_json::Value =
        serde_json::from_str(fs::read_to_string(&p).unwrap().lines().next().unwrap()).unwrap();
    assert_eq!(a.text, raw["text"].as_str().unwrap());
}

#[test]
fn html_article_split_over_sections_without_article_element() {
    let t = tempfile::tempdir().unwrap();
    let section = |i: usize| {
        format!(
            "<div class=\"section\"><p>Paragraph {i}a of the report, long enough to count as article text here.</p><p>Paragraph {i}b of the report, also long enough to count as article text.</p></div>"
        )
    };
    let page = format!(
        "<html><head><meta name=\"date\" content=\"3 February 2022\"><title>Split</title></head><body>\
         <div class=\"promo-rail\"><p>Subscribe now and get the first month free of charge, cancel anytime you like.</p></div>\
         <div id=\"story\">{}<div class=\"ad-container\"><p>Buy our excellent product today, it is really very good indeed.</p></div>{}{}</div>\
         <div class=\"teasers\"><p>Other news: a cat.</p><p>Other news: a dog.</p></div></body></html>",
        section(1),
        section(2),
        section(3)
    );
    let p = write(t.path(), "split.html", page);
    let got = ingest(&[p]);
    let a = one(&got);
    assert_eq!(a.published, d(2022, 2, 3));
    for i in 1..=3 {
        assert!(a.text.contains(&format!("Paragraph {i}a")), "{}", a.text);
        assert!(a.text.contains(&format!("Paragraph {i}b")), "{}", a.text);
    }
    for furniture in ["Subscribe", "Buy our", "Other news"] {
        assert!(
            !a.text.contains(furniture),
            "{furniture:?} leaked into\n{}",
            a.text
        );
    }
}
