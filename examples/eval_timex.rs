//! Runs the tagger evaluation on a gold file until the CLI wires `timeline eval timex`:
//! `cargo run --release --example eval_timex -- FILE.jsonl [--prefer past|future|auto]`.
//! The file kind (TempEval-3 or Duckling JSON Lines) is recognised from its records.

use std::path::PathBuf;
use std::process::ExitCode;
use timeline::eval::{parse_prefer, run_timex_eval};

const USAGE: &str = "usage: eval_timex FILE.jsonl [--prefer past|future|auto]";

fn main() -> ExitCode {
    let mut file: Option<PathBuf> = None;
    let mut prefer = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if a == "--prefer" {
            let Some(v) = args.next() else {
                eprintln!("--prefer needs a value: past, future or auto\n{USAGE}");
                return ExitCode::from(2);
            };
            match parse_prefer(&v) {
                Ok(p) => prefer = Some(p),
                Err(e) => {
                    eprintln!("{e}\n{USAGE}");
                    return ExitCode::from(2);
                }
            }
        } else if a == "-h" || a == "--help" {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        } else if file.is_none() {
            file = Some(PathBuf::from(a));
        } else {
            eprintln!("unexpected argument `{a}`\n{USAGE}");
            return ExitCode::from(2);
        }
    }
    let Some(file) = file else {
        eprintln!("no gold file given\n{USAGE}");
        return ExitCode::from(2);
    };
    match run_timex_eval(&file, prefer) {
        Ok(report) => {
            print!("{report}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}
