//! Ingest: every input format, the metadata precedence rules, each kind of bad input, the
//! real `input/` folder and the t17 JSON Lines file, and determinism.

use std::fs;
use std::path::PathBuf;

use chrono::NaiveDate;
use timeline::ingest::{Ingested, Location, ProblemKind, ingest};

mod ingest_common;
use ingest_common::*;

// ---- plain text ----

#[test]
fn header_block_gives_metadata_and_is_removed() {
    let t = tempfile::tempdir().unwrap();
    let p = write(
        t.path(),
        "a.txt",
        "Title: Talks resume in Geneva\nSOURCE: Reuters\nDate: Feb 3, 2022\nurl: https://example.com/a?x=1\n\nGENEVA - Talks resumed on Thursday.\n",
    );
    let got = ingest(&[p]);
    assert_one_liners(&got);
    assert!(
        got.problems.is_empty() && got.warnings.is_empty(),
        "{got:#?}"
    );
    let a = one(&got);
    assert_eq!(a.id, "a");
    assert_eq!(a.title.as_deref(), Some("Talks resume in Geneva"));
    assert_eq!(a.source.as_deref(), Some("Reuters"));
    assert_eq!(a.url.as_deref(), Some("https://example.com/a?x=1"));
    assert_eq!(a.published, d(2022, 2, 3));
    assert_eq!(a.text, "GENEVA - Talks resumed on Thursday.");
}

#[test]
fn header_dates_in_many_formats_keep_the_written_day() {
    let t = tempfile::tempdir().unwrap();
    let values = [
        "2022-02-03",
        "Feb 3, 2022",
        "3 February 2022",
        "2022-02-03T10:00:00Z",
        "2022-02-03T23:30:00-05:00",
        "Thu, 03 Feb 2022 23:30:00 -0500",
        "Thursday, February 3, 2022 11:45 PM EST",
    ];
    let paths: Vec<PathBuf> = values
        .iter()
        .enumerate()
        .map(|(i, v)| {
            write(
                t.path(),
                &format!("{i}.txt"),
                format!("date: {v}\n\nText {i}."),
            )
        })
        .collect();
    let got = ingest(&paths);
    assert!(
        got.problems.is_empty() && got.warnings.is_empty(),
        "{got:#?}"
    );
    assert_eq!(got.articles.len(), values.len());
    for a in &got.articles {
        assert_eq!(a.published, d(2022, 2, 3), "{}", a.path);
    }
}

#[test]
fn unreadable_header_date_is_a_warning_not_today() {
    let t = tempfile::tempdir().unwrap();
    let p = write(
        t.path(),
        "vague.txt",
        "date: sometime\ntitle: X\n\nBody text.",
    );
    let got = ingest(&[p]);
    assert_one_liners(&got);
    let a = one(&got);
    assert_eq!(a.published, None);
    assert_eq!(a.text, "Body text.");
    assert!(got.problems.is_empty());
    assert_eq!(got.warnings.len(), 1, "{got:#?}");
    let w = got.warnings[0].to_string();
    assert!(
        w.contains("vague.txt") && w.contains("\"sometime\"") && w.contains("YYYY-MM-DD"),
        "{w}"
    );
}

#[test]
fn text_without_header_is_kept_whole() {
    let t = tempfile::tempdir().unwrap();
    let body = "Moscow: Russian President Vladimir Putin on Tuesday accused the U.S.\nYet the talks go on.";
    let p = write(t.path(), "m.txt", body);
    let got = ingest(&[p]);
    assert_eq!(one(&got).text, body);
    assert_eq!(one(&got).published, None);
}

#[test]
fn crlf_and_bom_are_normalised() {
    let t = tempfile::tempdir().unwrap();
    let p = write(
        t.path(),
        "w.txt",
        b"\xEF\xBB\xBFdate: 2022-02-03\r\n\r\nLine one.\r\nLine two.\r\n",
    );
    let got = ingest(&[p]);
    let a = one(&got);
    assert_eq!(a.published, d(2022, 2, 3));
    assert_eq!(a.text, "Line one.\nLine two.");
}

#[test]
fn date_line_of_seed_004() {
    let p = repo().join("input/004_4e385b8760231e89.txt");
    let got = ingest(std::slice::from_ref(&p));
    assert!(got.problems.is_empty(), "{got:#?}");
    let a = one(&got);
    assert_eq!(a.id, "004_4e385b8760231e89");
    assert_eq!(a.published, d(2022, 2, 3));
    assert_eq!(
        a.title.as_deref(),
        Some("Putin hopeful of deal with US on security tensions")
    );
    // The headline stays as the first line of text; the "date …" part is gone.
    assert!(
        a.text
            .starts_with("Putin hopeful of deal with US on security tensions\n")
    );
    assert!(!a.text.contains("date 2022-02-03"));
    assert!(a.text.contains("Bloomberg"));
}

#[test]
fn headline_like_first_line_is_a_title_of_last_resort() {
    let t = tempfile::tempdir().unwrap();
    let p = write(
        t.path(),
        "h.txt",
        "Putin signals openness to diplomacy\n\nMOSCOW – President Putin said on Tuesday …",
    );
    let got = ingest(&[p]);
    let a = one(&got);
    assert_eq!(
        a.title.as_deref(),
        Some("Putin signals openness to diplomacy")
    );
    assert!(a.text.starts_with("Putin signals openness"));
}

// ---- manifest ----

#[test]
fn manifest_fills_gaps_and_the_file_wins_conflicts() {
    let t = tempfile::tempdir().unwrap();
    write(
        t.path(),
        "plain.txt",
        "Putin said on Tuesday that talks go on.",
    );
    write(
        t.path(),
        "dated.txt",
        "date: 2022-02-03\nsource: Reuters\n\nBody.",
    );
    write(
        t.path(),
        "articles.toml",
        r#"
[articles."plain.txt"]
date = 2022-02-01
title = "Putin on talks"
source = "AP"
url = "https://example.com/p"

[articles."dated.txt"]
date = "2022-02-04"
source = "AP"

[articles."missing.txt"]
date = "2022-01-01"
"#,
    );
    let got = ingest(&[t.path().to_path_buf()]);
    assert_one_liners(&got);
    assert!(got.problems.is_empty(), "{got:#?}");
    let ids: Vec<&str> = got.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["dated", "plain"]);
    let (dated, plain) = (&got.articles[0], &got.articles[1]);
    assert_eq!(plain.published, d(2022, 2, 1));
    assert_eq!(plain.title.as_deref(), Some("Putin on talks"));
    assert_eq!(plain.source.as_deref(), Some("AP"));
    assert_eq!(plain.url.as_deref(), Some("https://example.com/p"));
    assert_eq!(dated.published, d(2022, 2, 3), "the file's own date wins");
    assert_eq!(dated.source.as_deref(), Some("Reuters"));
    let notes = got.notes.join("\n");
    assert!(notes.contains("dated.txt: date \"2022-02-03\""), "{notes}");
    assert!(notes.contains("dated.txt: source \"Reuters\""), "{notes}");
    // The entry for a file that is not there is flagged.
    assert_eq!(got.warnings.len(), 1, "{got:#?}");
    assert!(got.warnings[0].to_string().contains("missing.txt"));
}

#[test]
fn broken_manifest_is_reported_and_articles_still_read() {
    let t = tempfile::tempdir().unwrap();
    write(t.path(), "a.txt", "date: 2022-02-03\n\nBody.");
    write(t.path(), "articles.toml", "[articles.\"a.txt\"\ndate = \n");
    let got = ingest(&[t.path().to_path_buf()]);
    assert_one_liners(&got);
    assert_eq!(one(&got).published, d(2022, 2, 3));
    assert_eq!(got.problems.len(), 1, "{got:#?}");
    let s = got.problems[0].to_string();
    assert!(s.contains("articles.toml: not valid TOML (line"), "{s}");
}

#[test]
fn manifest_applies_to_a_file_given_by_name() {
    let t = tempfile::tempdir().unwrap();
    let p = write(t.path(), "a.txt", "Body.");
    write(
        t.path(),
        "articles.toml",
        "[articles.\"a.txt\"]\ndate = \"2022-02-01\"\n",
    );
    let got = ingest(&[p]);
    assert_eq!(one(&got).published, d(2022, 2, 1));
    assert!(got.warnings.is_empty(), "{got:#?}");
}

// ---- missing dates ----

#[test]
fn missing_date_is_a_warning_and_the_article_is_kept() {
    let t = tempfile::tempdir().unwrap();
    let p = write(t.path(), "y.txt", "Putin said on Tuesday that talks go on.");
    let got = ingest(&[p]);
    assert!(got.problems.is_empty());
    assert_eq!(one(&got).published, None);
    assert_eq!(got.warnings.len(), 1);
    let w = &got.warnings[0];
    assert!(matches!(w.kind, ProblemKind::NoDate { .. }));
    let s = w.to_string();
    assert!(
        s.contains(
            "y.txt: no publication date; add a \"date: YYYY-MM-DD\" header line or an entry in"
        ),
        "{s}"
    );
    assert!(
        s.contains("articles.toml") && s.contains("relative dates"),
        "{s}"
    );
}

// ---- JSON Lines ----

#[test]
fn jsonl_records_and_bad_lines() {
    let t = tempfile::tempdir().unwrap();
    let p = write(
        t.path(),
        "feed.jsonl",
        concat!(
            r#"{"id": "a", "date": "2022-02-03", "title": "A", "source": "BBC", "url": "https://b/a", "text": "Alpha."}"#,
            "\n",
            r#"{"id": 7, "published": "Feb 4, 2022", "text": "Seven.", "extra": [1, 2]}"#,
            "\n",
            "\n",
            r#"{"id": "c", "time": "2022-02-05T01:00:00+09:00", "publisher": {"name": "NHK"}, "text": "Gamma."}"#,
            "\n",
            "{not json}\n",
            r#"{"id": "e", "date": "2022-02-06"}"#,
            "\n",
            r#"["an", "array"]"#,
            "\n",
            r#"{"id": "g", "text": "   "}"#,
            "\n",
            r#"{"id": "h", "text": 12}"#,
            "\n",
            r#"{"text": "No id, no date."}"#,
            "\n",
        ),
    );
    let got = ingest(&[p]);
    assert_one_liners(&got);
    let ids: Vec<&str> = got.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["7", "a", "c", "feed-10"]);
    let a = &got.articles[1];
    assert_eq!(
        (a.title.as_deref(), a.source.as_deref(), a.url.as_deref()),
        (Some("A"), Some("BBC"), Some("https://b/a"))
    );
    assert_eq!(a.published, d(2022, 2, 3));
    assert!(a.path.ends_with("feed.jsonl#1"), "{}", a.path);
    assert_eq!(got.articles[0].published, d(2022, 2, 4));
    assert_eq!(got.articles[2].published, d(2022, 2, 5));
    assert_eq!(got.articles[2].source.as_deref(), Some("NHK"));
    assert_eq!(got.articles[3].published, None);
    let lines: Vec<(usize, String)> = got
        .problems
        .iter()
        .map(|p| match p.location {
            Location::Line(n) => (n, p.to_string()),
            _ => panic!("no line: {p}"),
        })
        .collect();
    let ns: Vec<usize> = lines.iter().map(|l| l.0).collect();
    assert_eq!(ns, [5, 6, 7, 8, 9], "{lines:#?}");
    assert!(
        lines[0].1.contains("feed.jsonl:5: not valid JSON"),
        "{}",
        lines[0].1
    );
    assert!(
        lines[1]
            .1
            .contains("feed.jsonl:6: has no \"text\" field (fields: date, id)"),
        "{}",
        lines[1].1
    );
    assert!(lines[2].1.contains("not a JSON object"));
    assert!(lines[3].1.contains("\"text\" is empty"));
    assert!(lines[4].1.contains("field \"text\" is a number"));
    // The undated record is warned about with its line.
    assert_eq!(got.warnings.len(), 1, "{got:#?}");
    assert!(
        got.warnings[0]
            .to_string()
            .contains("feed.jsonl:10: no publication date")
    );
}

#[test]
fn jsonl_many_undated_records_give_one_warning() {
    let t = tempfile::tempdir().unwrap();
    let lines: String = (0..15)
        .map(|i| format!("{{\"id\": \"r{i}\", \"text\": \"T{i}\"}}\n"))
        .collect();
    let p = write(t.path(), "u.jsonl", lines);
    let got = ingest(&[p]);
    assert_eq!(got.articles.len(), 15);
    assert_eq!(got.warnings.len(), 1, "{got:#?}");
    let s = got.warnings[0].to_string();
    assert!(
        s.contains("15 articles have no publication date (lines 1, 2,"),
        "{s}"
    );
}

#[test]
fn t17_jsonl_has_293_dated_articles() {
    let p = repo().join("../shared/eval/t17-bpoil/articles.jsonl");
    if !p.exists() {
        eprintln!("note: {} absent; t17 test skipped", p.display());
        return;
    }
    let got = ingest(std::slice::from_ref(&p));
    assert!(got.problems.is_empty(), "{:?}", all_lines(&got));
    assert!(got.warnings.is_empty(), "{:?}", all_lines(&got));
    assert_eq!(got.articles.len(), 293);
    assert!(
        got.articles
            .iter()
            .all(|a| a.published.is_some() && !a.text.is_empty())
    );
    let a = got.articles.iter().find(|a| a.id == "235").unwrap();
    assert_eq!(a.published, d(2010, 5, 15));
    assert!(a.text.starts_with("US demands oil spill costs"));
    let mut ids: Vec<&str> = got.articles.iter().map(|a| a.id.as_str()).collect();
    let sorted = ids.clone();
    ids.sort();
    assert_eq!(ids, sorted, "sorted by id");
}

#[test]
fn duplicate_ids_are_renamed_deterministically() {
    let t = tempfile::tempdir().unwrap();
    write(
        t.path(),
        "1.jsonl",
        "{\"id\": \"x\", \"date\": \"2022-01-01\", \"text\": \"first\"}\n{\"id\": \"x\", \"date\": \"2022-01-02\", \"text\": \"second\"}\n",
    );
    write(
        t.path(),
        "2.jsonl",
        "{\"id\": \"x\", \"date\": \"2022-01-03\", \"text\": \"third\"}\n{\"id\": \"x~2\", \"date\": \"2022-01-04\", \"text\": \"taken\"}\n",
    );
    let got = ingest(&[t.path().to_path_buf()]);
    assert_one_liners(&got);
    let pairs: Vec<(&str, &str)> = got
        .articles
        .iter()
        .map(|a| (a.id.as_str(), a.text.as_str()))
        .collect();
    assert_eq!(
        pairs,
        [
            ("x", "first"),
            ("x~2", "taken"),
            ("x~3", "second"),
            ("x~4", "third")
        ]
    );
    assert_eq!(got.warnings.len(), 2, "{got:#?}");
    let s = got.warnings[0].to_string();
    assert!(
        s.contains("1.jsonl:2: id \"x\" is also used by") && s.contains("renamed \"x~3\""),
        "{s}"
    );
}

// ---- bad input ----

#[test]
fn bad_files_are_one_line_errors_and_the_rest_is_read() {
    let t = tempfile::tempdir().unwrap();
    let dir = t.path();
    write(dir, "good.txt", "date: 2022-02-03\n\nFine.");
    write(dir, "binary.txt", b"PK\x03\x04\x00\x00abc");
    write(dir, "empty.txt", "");
    write(dir, "blank.txt", " \n\t\n  ");
    write(dir, "header-only.txt", "title: T\ndate: 2022-02-03\n\n");
    write(dir, "empty.jsonl", "\n\n");
    fs::create_dir(dir.join("folder.txt")).unwrap();
    let got = ingest(&[dir.to_path_buf(), dir.join("nowhere.txt")]);
    assert_one_liners(&got);
    assert_eq!(one(&got).id, "good");
    let s = all_lines(&got);
    let has = |needle: &str| {
        assert!(
            s.iter().any(|l| l.contains(needle)),
            "no {needle:?} in {s:#?}"
        );
    };
    has("binary.txt: looks like a binary file (NUL byte at offset 4)");
    has("empty.txt: is empty");
    has("blank.txt: is empty");
    has("header-only.txt: has a metadata header but no article text");
    has("empty.jsonl: is empty");
    has("folder.txt: is a folder, not a file");
    has("nowhere.txt: no such file or folder; check the path");
    assert_eq!(got.problems.len(), 7, "{s:#?}");
}

#[test]
fn unreadable_file_is_an_error() {
    use std::os::unix::fs::PermissionsExt;
    let t = tempfile::tempdir().unwrap();
    let p = write(t.path(), "locked.txt", "date: 2022-02-03\n\nSecret.");
    fs::set_permissions(&p, fs::Permissions::from_mode(0o000)).unwrap();
    if fs::read(&p).is_ok() {
        eprintln!(
            "note: running with privileges that ignore permissions; unreadable-file test skipped"
        );
        return;
    }
    let got = ingest(&[p]);
    assert!(got.articles.is_empty());
    assert_eq!(got.problems.len(), 1);
    assert!(
        got.problems[0]
            .to_string()
            .contains("locked.txt: cannot be read (permission denied)")
    );
}

#[test]
fn skipped_and_unsupported_files() {
    let t = tempfile::tempdir().unwrap();
    let dir = t.path();
    write(dir, "a.txt", "date: 2022-02-03\n\nA.");
    write(dir, "README.md", "# About");
    write(dir, ".hidden.txt", "date: 2022-02-03\n\nHidden.");
    write(dir, "a.txt~", "backup");
    let pdf = write(dir, "scan.pdf", "%PDF-1.4");
    fs::create_dir(dir.join("sub")).unwrap();
    let got = ingest(&[dir.to_path_buf()]);
    assert_eq!(one(&got).id, "a");
    assert!(got.problems.is_empty(), "{got:#?}");
    let notes = got.notes.join("\n");
    assert!(notes.contains("README.md: skipped"), "{notes}");
    assert!(notes.contains("scan.pdf: skipped"), "{notes}");
    assert!(notes.contains("sub: skipped folder"), "{notes}");
    assert!(!notes.contains("hidden"), "{notes}");
    // Given by name, an unsupported type is an error.
    let got = ingest(&[pdf]);
    assert!(got.articles.is_empty());
    assert!(
        got.problems[0]
            .to_string()
            .contains("scan.pdf: unsupported file type \".pdf\"")
    );
    // A folder with nothing to read is an error.
    let e = tempfile::tempdir().unwrap();
    let got = ingest(&[e.path().to_path_buf()]);
    assert!(
        got.problems[0]
            .to_string()
            .contains("no articles in this folder")
    );
}

#[test]
fn no_paths_no_panic() {
    let got = ingest(&[]);
    assert_eq!(got, Ingested::default());
}

#[test]
fn same_file_twice_is_read_once() {
    let t = tempfile::tempdir().unwrap();
    let p = write(t.path(), "a.txt", "date: 2022-02-03\n\nA.");
    let got = ingest(&[p.clone(), t.path().to_path_buf()]);
    assert_eq!(one(&got).id, "a");
    assert!(got.notes.iter().any(|n| n.contains("given more than once")));
}

// ---- the real input ----

#[test]
fn real_input_folder() {
    let got = ingest(&[repo().join("input")]);
    assert_one_liners(&got);
    assert!(got.problems.is_empty(), "{:?}", all_lines(&got));
    assert!(got.warnings.is_empty(), "{:?}", all_lines(&got));
    let dates: Vec<(&str, Option<NaiveDate>)> = got
        .articles
        .iter()
        .map(|a| (a.id.as_str(), a.published))
        .collect();
    assert_eq!(
        dates,
        [
            ("000_2c888ae4d1a458c7", d(2022, 2, 8)),
            ("001_50d96cea91c36005", d(2022, 2, 1)),
            ("002_5996ab00fbf4c535", d(2022, 1, 29)),
            ("003_b38d0da1d2f2dce8", d(2022, 2, 1)),
            ("004_4e385b8760231e89", d(2022, 2, 3)),
        ]
    );
    let a4 = &got.articles[4];
    assert_eq!(a4.source.as_deref(), Some("Bloomberg"));
    assert_eq!(
        a4.title.as_deref(),
        Some("Putin hopeful of deal with US on security tensions")
    );
    for a in &got.articles {
        assert!(a.text.len() > 500, "{} too short", a.id);
    }
    // Seed files are unmodified copies: the text of 000 is the file, trimmed.
    let raw = fs::read_to_string(repo().join("input/000_2c888ae4d1a458c7.txt")).unwrap();
    assert_eq!(got.articles[0].text, raw.trim());
}

#[test]
fn deterministic() {
    let t = tempfile::tempdir().unwrap();
    for i in 0..20 {
        write(
            t.path(),
            &format!("{i:02}.txt"),
            format!("date: 2022-02-{:02}\n\nText {i}.", i % 28 + 1),
        );
    }
    let lines: String = (0..50)
        .map(|i| {
            format!(
                "{{\"id\": \"{}\", \"date\": \"2022-01-01\", \"text\": \"J{i}\"}}\n",
                i % 7
            )
        })
        .collect();
    write(t.path(), "feed.jsonl", lines);
    write(t.path(), "bad.txt", b"\x00");
    let paths = [t.path().to_path_buf(), repo().join("input")];
    let first = ingest(&paths);
    for _ in 0..5 {
        assert_eq!(ingest(&paths), first);
    }
    assert_eq!(first.articles.len(), 20 + 50 + 5);
}
