//! The `timeline` command line: argument parsing and dispatch only; each command's work is in
//! `commands.rs` over the library. With no arguments it runs `timeline build input -o output`.

mod commands;

/// mimalloc rather than the system allocator: merging allocates and frees millions of small
/// vectors across threads, and glibc's malloc spent ~15 % of a 100k-article build in its own
/// bookkeeping (see docs/PERFORMANCE.md).
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};

use timeline::render::{Lanes, RenderOptions, Theme};
use timeline::tag::Prefer;

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

/// `eval t17 --protocol`: which Timeline17 protocol heads the report.
#[derive(Clone, Copy, ValueEnum)]
enum ProtocolArg {
    /// Each gold timeline's span and size given, as news-tls measures (comparable).
    NewsTls,
    /// All articles, any date.
    Open,
}

impl From<ProtocolArg> for timeline::eval::t17_build::Protocol {
    fn from(p: ProtocolArg) -> Self {
        match p {
            ProtocolArg::NewsTls => Self::NewsTls,
            ProtocolArg::Open => Self::Open,
        }
    }
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

#[derive(Clone, Copy, ValueEnum)]
enum LanesArg {
    None,
    Sources,
}

/// Options of the picture, shared by `build` and `render`.
#[derive(clap::Args, Clone)]
struct PictureArgs {
    /// Title drawn on the picture.
    #[arg(long)]
    title: Option<String>,
    /// Picture width in pixels.
    #[arg(long, default_value_t = 1200)]
    width: u32,
    /// Colour theme of the picture.
    #[arg(long, value_enum, default_value = "light")]
    theme: ThemeArg,
    /// One lane per outlet instead of one axis.
    #[arg(long, value_enum, default_value = "none")]
    lanes: LanesArg,
    /// Draw only events from this date on (YYYY-MM-DD).
    #[arg(long, value_name = "YYYY-MM-DD")]
    from: Option<NaiveDate>,
    /// Draw only events up to this date (YYYY-MM-DD).
    #[arg(long, value_name = "YYYY-MM-DD")]
    to: Option<NaiveDate>,
}

impl Default for PictureArgs {
    fn default() -> Self {
        PictureArgs {
            title: None,
            width: 1200,
            theme: ThemeArg::Light,
            lanes: LanesArg::None,
            from: None,
            to: None,
        }
    }
}

impl PictureArgs {
    fn options(&self, max_events: Option<usize>) -> RenderOptions {
        RenderOptions {
            title: self.title.clone(),
            width: self.width,
            max_events,
            theme: match self.theme {
                ThemeArg::Light => Theme::Light,
                ThemeArg::Dark => Theme::Dark,
            },
            from: self.from,
            to: self.to,
            lanes: match self.lanes {
                LanesArg::None => Lanes::None,
                LanesArg::Sources => Lanes::Sources,
            },
        }
    }
}

#[derive(clap::Args, Default)]
struct BuildArgs {
    /// Article files or folders (.txt, .jsonl, .json, .html, .md; `-` = JSON Lines on stdin).
    /// Default: input
    paths: Vec<PathBuf>,
    /// Output folder for timeline.svg, timeline.html, events.json, events.csv.
    #[arg(short, long, default_value = "output")]
    output: PathBuf,
    /// Keep only the N most important events (one per key date first, most reported dates first).
    #[arg(long, value_name = "N")]
    max_events: Option<usize>,
    /// Keep only events reported by at least K sources.
    #[arg(long, value_name = "K", default_value_t = 1)]
    min_sources: usize,
    /// Direction of dates the text leaves open ("Tuesday", "January 26").
    #[arg(long, value_enum, default_value = "auto")]
    prefer: Option<PreferArg>,
    /// Also write these exports (json, jsonl, csv, timelinejs, ics, md, timeml) or pictures
    /// (png; svg and html are always written), comma-separated.
    #[arg(long, value_delimiter = ',', value_name = "F[,F...]")]
    format: Vec<String>,
    /// Estimate the publication date of undated articles from their text and the other
    /// articles (marked with its confidence in events.json; check it, see the README).
    #[arg(long)]
    infer_dates: bool,
    #[command(flatten)]
    picture: PictureArgs,
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
    /// Convert an events.json (possibly edited by hand) to another format.
    Export {
        /// The events.json to read.
        events: PathBuf,
        /// json, jsonl, csv (TimelineJS columns), timelinejs, ics, md or timeml.
        #[arg(long, short)]
        format: String,
        /// Write here instead of standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Redraw the picture from an events.json (possibly edited by hand).
    Render {
        /// The events.json to read.
        events: PathBuf,
        /// Output folder (writes timeline.svg, .png or .html there), or a file named
        /// *.svg, *.png or *.html.
        #[arg(short, long, default_value = "output")]
        output: PathBuf,
        /// svg, png (rendered with the embedded font) or html (interactive page);
        /// default: from the -o file's extension, else svg.
        #[arg(long, value_name = "svg|png|html")]
        format: Option<String>,
        /// Draw at most N events: the most important, in the order `build` ranked them (the
        /// events' `rank` in events.json).
        #[arg(long, value_name = "N")]
        max_events: Option<usize>,
        /// Draw only events reported by at least K sources (default: every event, even one
        /// left without sources by a hand edit).
        #[arg(long, value_name = "K")]
        min_sources: Option<usize>,
        #[command(flatten)]
        picture: PictureArgs,
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
    /// Timeline Date-F1 of a built story against journalists' timelines (Timeline17).
    T17 {
        /// The story's articles (any input `build` reads).
        #[arg(long, default_value = "../shared/eval/t17-bpoil/articles.jsonl")]
        articles: PathBuf,
        /// Folder of gold timelines (`*.txt`).
        #[arg(long, default_value = "../shared/eval/t17-bpoil/gold")]
        gold: PathBuf,
        /// The protocol reported first (both are always printed): `news-tls` gives each gold
        /// timeline's span (articles published in it, dates in it) as the published systems
        /// do; `open` reads every article and takes any date.
        #[arg(long, value_enum, default_value = "news-tls")]
        protocol: ProtocolArg,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let command = cli.command.unwrap_or_else(|| {
        Command::Build(BuildArgs {
            output: PathBuf::from("output"),
            min_sources: 1,
            ..BuildArgs::default()
        })
    });
    let result = match command {
        Command::Build(a) => commands::build(commands::BuildRequest {
            paths: a.paths,
            output: a.output,
            max_events: a.max_events,
            min_sources: a.min_sources,
            prefer: a.prefer.unwrap_or(PreferArg::Auto).into(),
            formats: a.format,
            infer_dates: a.infer_dates,
            render: a.picture.options(None),
        }),
        Command::Tag { date, prefer, file } => commands::tag(date, prefer.into(), file.as_deref()),
        Command::Export {
            events,
            format,
            output,
        } => commands::export(&events, &format, output.as_deref()),
        Command::Render {
            events,
            output,
            format,
            max_events,
            min_sources,
            picture,
        } => commands::render(
            &events,
            &output,
            format.as_deref(),
            min_sources.unwrap_or(0),
            &picture.options(max_events),
        ),
        Command::Eval { what } => match what {
            EvalCommand::Timex { file, prefer } => {
                commands::eval_timex(&file, prefer.map(Into::into))
            }
            EvalCommand::T17 {
                articles,
                gold,
                protocol,
            } => commands::eval_t17(&articles, &gold, protocol.into()),
        },
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}
