//! What each `timeline` command does, over the library: read, run the stage, write atomically,
//! and report problems on standard error with the file they concern.

use std::collections::BTreeSet;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result, anyhow, bail};
use chrono::NaiveDate;

use timeline::export::{self, Format, export_timeml, to_csv, to_json, write_atomic};
use timeline::infer::Inferred;
use timeline::ingest::{Ingested, ProblemKind, ingest};
use timeline::model::Article;
use timeline::model::EventsFile;
use timeline::pipeline::{BuildOptions, build as build_events, with_inferred};
use timeline::render::{RenderOptions, render_html, render_svg, svg_to_png};
use timeline::tag::{Prefer, TagOptions, tag as tag_text, to_records};

/// Everything `timeline build` needs.
pub struct BuildRequest {
    pub paths: Vec<PathBuf>,
    pub output: PathBuf,
    pub max_events: Option<usize>,
    pub min_sources: usize,
    pub prefer: Prefer,
    pub formats: Vec<String>,
    /// Infer missing publication dates (`--infer-dates`).
    pub infer_dates: bool,
    pub render: RenderOptions,
}

/// Prints ingest problems, warnings and notes; true if any input was lost.
fn report_input(ingested: &Ingested) -> bool {
    report_input_except(ingested, &BTreeSet::new())
}

/// [`report_input`], leaving out the "no publication date" warnings of the files in
/// `dated_later` (their date was inferred, and a note says so instead).
fn report_input_except(ingested: &Ingested, dated_later: &BTreeSet<&str>) -> bool {
    for p in &ingested.problems {
        eprintln!("error: {p}");
    }
    for w in &ingested.warnings {
        if matches!(w.kind, ProblemKind::NoDate { .. }) && dated_later.contains(w.path.as_str()) {
            continue;
        }
        eprintln!("warning: {w}");
    }
    for n in &ingested.notes {
        eprintln!("note: {n}");
    }
    !ingested.problems.is_empty()
}

/// One line per undated article: the date inferred for it (a note) or why none was (a
/// warning).
fn report_inferred(
    inferred: &std::collections::BTreeMap<String, Inferred>,
    failed: &std::collections::BTreeMap<String, String>,
    articles: &[Article],
) {
    for a in articles {
        if let Some(i) = inferred.get(&a.id) {
            eprintln!(
                "note: {}: no publication date given; inferred as {} (confidence {:.2}: {}); \
                 relative dates are resolved against it: check it, or give the date in a \
                 `date:` header or articles.toml",
                a.path, i.date, i.confidence, i.evidence
            );
        } else if let Some(why) = failed.get(&a.id) {
            eprintln!("warning: {}: {why}", a.path);
        }
    }
}

/// The events in the order `rank`: the picture keeps the first ones when it must drop some.
fn in_order(file: &EventsFile, rank: &[usize]) -> EventsFile {
    let mut out = file.clone();
    out.events = rank.iter().map(|&i| file.events[i].clone()).collect();
    out
}

/// The events of a file read back, in importance order: the build's, from the events'
/// `rank` fields (events without one, as in older files or added by hand, are ranked by
/// their sources after the ranked ones; see [`timeline::merge::rank_order`]). With
/// `min_sources`, only the events reported by at least that many sources.
fn ranked(file: &EventsFile, min_sources: usize) -> EventsFile {
    let rank: Vec<usize> = timeline::merge::rank_order(&file.events)
        .into_iter()
        .filter(|&i| file.events[i].sources.len() >= min_sources)
        .collect();
    in_order(file, &rank)
}

/// A file format of the picture.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Picture {
    Svg,
    Png,
    Html,
}

impl Picture {
    fn parse(name: &str) -> Option<Picture> {
        match name.trim().to_ascii_lowercase().as_str() {
            "svg" => Some(Picture::Svg),
            "png" => Some(Picture::Png),
            "html" => Some(Picture::Html),
            _ => None,
        }
    }

    fn file_name(self) -> &'static str {
        match self {
            Picture::Svg => "timeline.svg",
            Picture::Png => "timeline.png",
            Picture::Html => "timeline.html",
        }
    }

    /// The picture of `file` (events in importance order) in this format.
    fn draw(self, file: &EventsFile, opts: &RenderOptions) -> Result<Vec<u8>> {
        let err = |e: timeline::render::RenderError| anyhow!("{e}");
        Ok(match self {
            Picture::Svg => render_svg(file, opts).map_err(err)?.into_bytes(),
            Picture::Png => svg_to_png(&render_svg(file, opts).map_err(err)?).map_err(err)?,
            Picture::Html => render_html(file, opts).map_err(err)?.into_bytes(),
        })
    }
}

/// `build --format` names: exports, and the picture formats (svg, png, html).
fn parse_formats(names: &[String]) -> Result<(Vec<Format>, Vec<Picture>)> {
    let mut exports = Vec::new();
    let mut pictures = Vec::new();
    for n in names.iter().filter(|n| !n.trim().is_empty()) {
        match Picture::parse(n) {
            Some(p) => pictures.push(p),
            None => exports.push(n.trim().parse::<Format>().map_err(|e| {
                anyhow!("{e} (the picture formats svg, png and html are accepted too)")
            })?),
        }
    }
    Ok((exports, pictures))
}

pub fn build(req: BuildRequest) -> Result<ExitCode> {
    let (formats, mut pictures) = parse_formats(&req.formats)?;
    // The SVG and the interactive HTML page are always written; PNG on request.
    for p in [Picture::Svg, Picture::Html] {
        if !pictures.contains(&p) {
            pictures.push(p);
        }
    }
    let paths = if req.paths.is_empty() {
        vec![PathBuf::from("input")]
    } else {
        req.paths
    };
    let ingested = ingest(&paths);
    let tag_opts = TagOptions { prefer: req.prefer };
    let opts = BuildOptions {
        tag: tag_opts.clone(),
        max_events: req.max_events,
        min_sources: req.min_sources,
        infer_dates: req.infer_dates,
        ..BuildOptions::default()
    };
    let built = build_events(&ingested.articles, &opts);
    let dated_later: BTreeSet<&str> = ingested
        .articles
        .iter()
        .filter(|a| built.inferred.contains_key(&a.id))
        .map(|a| a.path.as_str())
        .collect();
    let lost_input = report_input_except(&ingested, &dated_later);
    report_inferred(&built.inferred, &built.not_inferred, &ingested.articles);
    let by_rank = in_order(&built.file, &built.rank);
    let drawn: Vec<(Picture, Vec<u8>)> = pictures
        .iter()
        .map(|&p| Ok((p, p.draw(&by_rank, &req.render)?)))
        .collect::<Result<_>>()?;
    std::fs::create_dir_all(&req.output).with_context(|| {
        format!(
            "cannot create output folder {}; pick another with -o",
            req.output.display()
        )
    })?;
    let out = |name: &str| req.output.join(name);
    let mut written = vec![out("timeline.svg"), out("events.json"), out("events.csv")];
    write_atomic(&written[1], to_json(&built.file)?.as_bytes())?;
    write_atomic(&written[2], to_csv(&built.file)?.as_bytes())?;
    for (p, bytes) in &drawn {
        let path = out(p.file_name());
        write_atomic(&path, bytes)?;
        if !written.contains(&path) {
            written.push(path);
        }
    }
    for f in formats {
        let text = match f {
            Format::Timeml => export_timeml(
                &with_inferred(&ingested.articles, &built.inferred),
                &tag_opts,
            ),
            other => export::export(&built.file, other)?,
        };
        let path = out(f.file_name());
        if !written.contains(&path) {
            write_atomic(&path, text.as_bytes())?;
            written.push(path);
        }
    }
    let s = &built.stats;
    let kept = if s.events < s.events_total {
        format!(", {} more not kept", s.events_total - s.events)
    } else {
        String::new()
    };
    println!(
        "{} articles, {} temporal expressions ({} unresolved), {} dated mentions -> {} events ({} merged from several sources{kept})",
        s.articles, s.expressions, s.unresolved, s.mentions, s.events, s.merged
    );
    let names: Vec<String> = written.iter().map(|p| p.display().to_string()).collect();
    println!("wrote {}", names.join(", "));
    Ok(if lost_input {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn read_input(file: Option<&Path>) -> Result<String> {
    let bytes = match file {
        Some(p) if p.as_os_str() != "-" => std::fs::read(p)
            .with_context(|| format!("cannot read {}; check the path", p.display()))?,
        _ => {
            let mut b = Vec::new();
            std::io::stdin()
                .read_to_end(&mut b)
                .context("cannot read standard input")?;
            b
        }
    };
    String::from_utf8(bytes).map_err(|e| {
        let name = file.map_or("standard input".into(), |p| p.display().to_string());
        anyhow!(
            "{name} is not UTF-8 text (invalid byte at offset {}); convert it to UTF-8 first",
            e.utf8_error().valid_up_to()
        )
    })
}

pub fn tag(date: Option<NaiveDate>, prefer: Prefer, file: Option<&Path>) -> Result<ExitCode> {
    let text = read_input(file)?;
    if date.is_none() {
        eprintln!("note: no --date given; relative expressions are left unresolved (XXXX values)");
    }
    let timexes = tag_text(&text, date, &TagOptions { prefer });
    let mut out = String::new();
    for r in to_records(&text, &timexes) {
        out.push_str(&serde_json::to_string(&r)?);
        out.push('\n');
    }
    print!("{out}");
    Ok(ExitCode::SUCCESS)
}

/// Reads and validates an events.json, printing corrections and warnings.
fn read_events(path: &Path) -> Result<EventsFile> {
    let text = read_input(Some(path))?;
    let v = export::validate_report(&text)
        .map_err(|e| anyhow!("{} is not a valid events file:\n{e}", path.display()))?;
    for n in &v.notes {
        eprintln!("note: {}: {n}", path.display());
    }
    for w in &v.warnings {
        eprintln!("warning: {}: {w}", path.display());
    }
    Ok(v.file)
}

pub fn export(events: &Path, format: &str, output: Option<&Path>) -> Result<ExitCode> {
    let format: Format = format.parse().map_err(|e| anyhow!("{e}"))?;
    let file = read_events(events)?;
    let text = match format {
        Format::Timeml => {
            // TimeML needs the article texts: read them back from the paths events.json lists.
            let paths: Vec<PathBuf> = file
                .articles
                .iter()
                .map(|a| PathBuf::from(a.path.split('#').next().unwrap_or(&a.path)))
                .collect::<std::collections::BTreeSet<_>>()
                .into_iter()
                .collect();
            let ingested = ingest(&paths);
            report_input(&ingested);
            let wanted: std::collections::BTreeSet<&str> =
                file.articles.iter().map(|a| a.id.as_str()).collect();
            // A date inferred at build time is only in events.json: take it from there.
            let listed: std::collections::BTreeMap<&str, Option<NaiveDate>> = file
                .articles
                .iter()
                .map(|a| (a.id.as_str(), a.published))
                .collect();
            let articles: Vec<_> = ingested
                .articles
                .into_iter()
                .filter(|a| wanted.contains(a.id.as_str()))
                .map(|mut a| {
                    if a.published.is_none() {
                        a.published = listed.get(a.id.as_str()).copied().flatten();
                    }
                    a
                })
                .collect();
            if articles.is_empty() {
                bail!(
                    "none of the articles listed in {} could be read again; timeml needs their texts at the listed paths",
                    events.display()
                );
            }
            export_timeml(&articles, &TagOptions::default())
        }
        other => export::export(&file, other)?,
    };
    match output {
        Some(p) => write_atomic(p, text.as_bytes())?,
        None => print!("{text}"),
    }
    Ok(ExitCode::SUCCESS)
}

/// `timeline render`: `output` is a folder (written: `timeline.{svg,png,html}`), or a file
/// whose extension (.svg, .png, .html) gives the format when `--format` does not.
/// Only events reported by at least `min_sources` sources are drawn, and `--max-events` (in
/// `opts`) keeps the first of them in rank order, so on a full build's events.json the
/// picture keeps exactly the events `build` with the same options keeps.
pub fn render(
    events: &Path,
    output: &Path,
    format: Option<&str>,
    min_sources: usize,
    opts: &RenderOptions,
) -> Result<ExitCode> {
    let asked = format
        .map(|f| {
            Picture::parse(f)
                .ok_or_else(|| anyhow!("unknown picture format {f:?}; use svg, png or html"))
        })
        .transpose()?;
    let by_extension = output
        .extension()
        .and_then(|e| e.to_str())
        .and_then(Picture::parse);
    let (picture, path) = match (asked, by_extension) {
        (Some(a), Some(e)) if a != e => bail!(
            "--format {} does not match the extension of {}; change one of them",
            format.unwrap_or_default(),
            output.display()
        ),
        (a, Some(e)) => (a.unwrap_or(e), output.to_path_buf()),
        (a, None) => {
            let p = a.unwrap_or(Picture::Svg);
            (p, output.join(p.file_name()))
        }
    };
    let file = read_events(events)?;
    let bytes = picture.draw(&ranked(&file, min_sources), opts)?;
    let folder = path.parent().filter(|p| !p.as_os_str().is_empty());
    if let Some(folder) = folder {
        std::fs::create_dir_all(folder).with_context(|| {
            format!(
                "cannot create output folder {}; pick another with -o",
                folder.display()
            )
        })?;
    }
    write_atomic(&path, &bytes)?;
    println!("wrote {}", path.display());
    Ok(ExitCode::SUCCESS)
}

pub fn eval_timex(file: &Path, prefer: Option<Prefer>) -> Result<ExitCode> {
    print!("{}", timeline::eval::run_timex_eval(file, prefer)?);
    Ok(ExitCode::SUCCESS)
}

pub fn eval_t17(
    articles: &Path,
    gold: &Path,
    protocol: timeline::eval::t17_build::Protocol,
) -> Result<ExitCode> {
    print!(
        "{}",
        timeline::eval::t17_build::run_t17_eval(articles, gold, protocol)?
    );
    Ok(ExitCode::SUCCESS)
}
