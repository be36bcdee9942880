//! The `timeline` command line: a thin layer over the library. With no arguments it runs
//! `timeline build input -o output`.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};

use timeline::export::{to_csv, to_json, write_atomic};
use timeline::ingest::{Severity, ingest};
use timeline::pipeline::{BuildOptions, build};
use timeline::render::{RenderOptions, Theme, render_svg};
use timeline::tag::{Prefer, TagOptions, tag, to_records};

#[derive(Parser)]
#[command(
    name = "timeline",
    version,
    about = "Builds an event timeline from news articles: dates, events, sources, picture."
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Clone, Copy, ValueEnum)]
enum PreferArg {
    Auto,
    Past,
    Future,
}

impl From<PreferArg> for Prefer {
    fn from(p: PreferArg) -> Prefer {
        match p {
            PreferArg::Auto => Prefer::Auto,
            PreferArg::Past => Prefer::Past,
            PreferArg::Future => Prefer::Future,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum ThemeArg {
    Light,
    Dark,
}

#[derive(clap::Args)]
struct BuildArgs {
    /// Article files or folders (.txt, .jsonl, ...). Default: input
    paths: Vec<PathBuf>,
    /// Output folder for timeline.svg, events.json, events.csv.
    #[arg(short, long, default_value = "output")]
    output: PathBuf,
    /// Keep only the N most important events (most sources first).
    #[arg(long, value_name = "N")]
    max_events: Option<usize>,
    /// Keep only events reported by at least K sources.
    #[arg(long, value_name = "K", default_value_t = 1)]
    min_sources: usize,
    /// Direction of dates the text leaves open ("Tuesday", "January 26").
    #[arg(long, value_enum, default_value = "auto")]
    prefer: PreferArg,
    /// Title drawn on the picture.
    #[arg(long)]
    title: Option<String>,
    /// Picture width in pixels.
    #[arg(long, default_value_t = 1200)]
    width: u32,
    /// Colour theme of the picture.
    #[arg(long, value_enum, default_value = "light")]
    theme: ThemeArg,
}

#[derive(Subcommand)]
enum Command {
    /// Read articles, find and resolve dates, merge events, write the picture and event lists.
    Build(BuildArgs),
    /// Print every temporal expression of a text as one JSON object per line.
    Tag {
        /// Reference (publication) date, YYYY-MM-DD. Without it relative dates stay unresolved.
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<NaiveDate>,
        #[arg(long, value_enum, default_value = "auto")]
        prefer: PreferArg,
        /// File to tag; `-` or nothing reads standard input.
        file: Option<PathBuf>,
    },
    /// Measure accuracy against gold annotations.
    Eval {
        #[command(subcommand)]
        what: EvalCommand,
    },
}

#[derive(Subcommand)]
enum EvalCommand {
    /// Tagger accuracy on a TempEval-3 or Duckling JSON Lines file.
    Timex {
        file: PathBuf,
        /// Direction for open dates (default: auto for TempEval, future for Duckling).
        #[arg(long, value_enum)]
        prefer: Option<PreferArg>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let command = cli.command.unwrap_or(Command::Build(BuildArgs {
        paths: Vec::new(),
        output: PathBuf::from("output"),
        max_events: None,
        min_sources: 1,
        prefer: PreferArg::Auto,
        title: None,
        width: 1200,
        theme: ThemeArg::Light,
    }));
    let result = match command {
        Command::Build(args) => run_build(args),
        Command::Tag { date, prefer, file } => run_tag(date, prefer.into(), file.as_deref()),
        Command::Eval { what } => run_eval(what),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn run_build(args: BuildArgs) -> Result<ExitCode> {
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from("input")]
    } else {
        args.paths
    };
    let ingested = ingest(&paths);
    let mut failed = false;
    for p in &ingested.problems {
        match p.severity() {
            Severity::Error => {
                failed = true;
                eprintln!("error: {p}");
            }
            _ => eprintln!("warning: {p}"),
        }
    }
    for n in &ingested.notes {
        eprintln!("note: {n}");
    }
    let opts = BuildOptions {
        tag: TagOptions {
            prefer: args.prefer.into(),
        },
        max_events: args.max_events,
        min_sources: args.min_sources,
        ..BuildOptions::default()
    };
    let built = build(&ingested.articles, &opts);
    // The picture draws the most important events first when it must drop some.
    let mut ranked = built.file.clone();
    let order = timeline::merge::rank_order(&ranked.events);
    ranked.events = order
        .iter()
        .map(|&i| built.file.events[i].clone())
        .collect();
    let render_opts = RenderOptions {
        title: args.title,
        width: args.width,
        theme: match args.theme {
            ThemeArg::Light => Theme::Light,
            ThemeArg::Dark => Theme::Dark,
        },
        ..RenderOptions::default()
    };
    let svg = render_svg(&ranked, &render_opts).map_err(|e| anyhow::anyhow!("{e}"))?;
    std::fs::create_dir_all(&args.output).with_context(|| {
        format!(
            "cannot create output folder {}; pick another with -o",
            args.output.display()
        )
    })?;
    let out = |name: &str| args.output.join(name);
    write_atomic(&out("events.json"), to_json(&built.file)?.as_bytes())?;
    write_atomic(&out("events.csv"), to_csv(&built.file)?.as_bytes())?;
    write_atomic(&out("timeline.svg"), svg.as_bytes())?;
    let s = &built.stats;
    println!(
        "{} articles, {} temporal expressions ({} unresolved), {} dated mentions -> {} events ({} merged from several sources{})",
        s.articles,
        s.expressions,
        s.unresolved,
        s.mentions,
        s.events,
        s.merged,
        if s.events < s.events_total {
            format!(", {} more not kept", s.events_total - s.events)
        } else {
            String::new()
        }
    );
    println!(
        "wrote {}, {}, {}",
        out("timeline.svg").display(),
        out("events.json").display(),
        out("events.csv").display()
    );
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn read_input(file: Option<&Path>) -> Result<String> {
    let bytes = match file {
        None => {
            let mut b = Vec::new();
            std::io::stdin()
                .read_to_end(&mut b)
                .context("cannot read standard input")?;
            b
        }
        Some(p) if p.as_os_str() == "-" => return read_input(None),
        Some(p) => std::fs::read(p)
            .with_context(|| format!("cannot read {}; check the path", p.display()))?,
    };
    match String::from_utf8(bytes) {
        Ok(s) => Ok(s),
        Err(e) => {
            let name = file.map_or("standard input".into(), |p| p.display().to_string());
            bail!(
                "{name} is not UTF-8 text (invalid byte at offset {}); convert it to UTF-8 first",
                e.utf8_error().valid_up_to()
            )
        }
    }
}

fn run_tag(date: Option<NaiveDate>, prefer: Prefer, file: Option<&Path>) -> Result<ExitCode> {
    let text = read_input(file)?;
    if date.is_none() {
        eprintln!("note: no --date given; relative expressions are left unresolved (XXXX values)");
    }
    let timexes = tag(&text, date, &TagOptions { prefer });
    let mut out = String::new();
    for r in to_records(&text, &timexes) {
        out.push_str(&serde_json::to_string(&r)?);
        out.push('\n');
    }
    print!("{out}");
    Ok(ExitCode::SUCCESS)
}

fn run_eval(what: EvalCommand) -> Result<ExitCode> {
    match what {
        EvalCommand::Timex { file, prefer } => {
            let report = timeline::eval::run_timex_eval(&file, prefer.map(Into::into))?;
            print!("{report}");
        }
    }
    Ok(ExitCode::SUCCESS)
}
