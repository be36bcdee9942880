//! Reading back an `events.json` that a person may have edited (for `timeline render
//! events.json` and `timeline export`): every error names the exact field
//! (`events[3].start: ...`) and says what to write instead.
//!
//! Beyond the JSON shape, it checks that event ids are unique, that `start <= end`, that
//! `date` is a TIMEX3 calendar value and `mod` a TIMEX3 mod. When `date` is valid but `start`,
//! `end` or `granularity` disagree with it, the date wins (it is what an editor corrects) and
//! they are recomputed from it, with a note saying so; `start` after `end` stays an error
//! even then, as it is a broken edit rather than a stale one. Sources, mentions and conflicts that
//! name an article missing from `articles` are warnings: the file is still usable.
//!
//! `rank` (1 = the most important, as `timeline build` writes it) must be 1 or more. It may be
//! missing everywhere (a file from before ranks were written: the events are ranked by their
//! sources) without comment; a rank shared by two events, or some events ranked and others
//! not, is a warning saying how the order is settled (see [`crate::merge::rank_order`]).

use std::collections::{HashMap, HashSet};

use super::timex3::{parse_mod, parse_timex3};
use crate::model::EventsFile;

/// One problem, at one place in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where: `events[3].start`, `articles[0].id`, or `.` for the whole file.
    pub path: String,
    /// What is wrong and what to do.
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Why an `events.json` cannot be used: every problem found (JSON errors stop at the first).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidationError {
    pub problems: Vec<Problem>,
}

impl std::fmt::Display for ValidationError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let lines: Vec<String> = self.problems.iter().map(|p| p.to_string()).collect();
        f.write_str(&lines.join("\n"))
    }
}

impl std::error::Error for ValidationError {}

/// A usable file, with what was changed and what looks wrong but was kept.
#[derive(Debug, Clone, PartialEq)]
pub struct Validated {
    pub file: EventsFile,
    /// Corrections made, e.g. start/end recomputed from an edited `date`.
    pub notes: Vec<String>,
    /// Kept as written but probably a mistake, e.g. a source id with no listed article.
    pub warnings: Vec<String>,
}

/// Parses and checks an `events.json` text; see the module doc for the rules. Notes and
/// warnings are dropped: use [`validate_report`] to show them.
pub fn validate(text: &str) -> Result<EventsFile, ValidationError> {
    validate_report(text).map(|v| v.file)
}

fn hint_for(path: &str) -> &'static str {
    let field = path.rsplit('.').next().unwrap_or(path);
    let field = field.split('[').next().unwrap_or(field);
    match field {
        "start" | "end" => "; expected a date as YYYY-MM-DD, e.g. 2022-01-26",
        "published" => "; expected a date as YYYY-MM-DD, e.g. 2022-01-26, or null",
        "granularity" => {
            "; expected one of day, week, month, season, quarter, year, decade, century"
        }
        "status" => "; expected happened, planned or reported",
        "rank" => "; expected a whole number from 1 (the most important), or no rank field",
        "sources" | "actors" => "; expected a list of strings, e.g. [\"a1\", \"a2\"]",
        "mentions" | "conflicts" => "; expected a list of objects as `timeline build` writes",
        _ => "",
    }
}

/// Parses and checks an `events.json` text, returning the (possibly corrected) file with
/// notes and warnings, or every error found.
pub fn validate_report(text: &str) -> Result<Validated, ValidationError> {
    let mut de = serde_json::Deserializer::from_str(text);
    let parsed = serde_path_to_error::deserialize::<_, EventsFile>(&mut de)
        .map_err(|e| (e.path().to_string(), e.into_inner()))
        .and_then(|f| de.end().map(|()| f).map_err(|e| (".".to_string(), e)));
    let mut file = match parsed {
        Ok(f) => f,
        Err((path, inner)) => {
            let message = match inner.classify() {
                serde_json::error::Category::Syntax | serde_json::error::Category::Eof => {
                    format!(
                        "{inner}; the file is not valid JSON there: look for a missing comma, \
                         quote or bracket"
                    )
                }
                _ => format!("{inner}{}", hint_for(&path)),
            };
            return Err(ValidationError {
                problems: vec![Problem { path, message }],
            });
        }
    };
    let mut errors = Vec::new();
    let mut notes = Vec::new();
    let mut warnings = Vec::new();
    let mut err = |path: String, message: String| errors.push(Problem { path, message });

    let mut article_ids: HashMap<&str, usize> = HashMap::new();
    for (i, a) in file.articles.iter().enumerate() {
        if let Some(first) = article_ids.insert(a.id.as_str(), i) {
            err(
                format!("articles[{i}].id"),
                format!(
                    "duplicate article id {:?} (also articles[{first}].id); give each article \
                     its own id",
                    a.id
                ),
            );
        }
    }
    let known: HashSet<&str> = file.articles.iter().map(|a| a.id.as_str()).collect();
    let mut event_ids: HashMap<String, usize> = HashMap::new();
    let mut fixes: Vec<(
        usize,
        chrono::NaiveDate,
        chrono::NaiveDate,
        crate::tag::Granularity,
    )> = Vec::new();
    let mut ranks: HashMap<u32, usize> = HashMap::new();
    let mut unranked: Vec<usize> = Vec::new();
    for (i, e) in file.events.iter().enumerate() {
        let at = |f: &str| format!("events[{i}].{f}");
        match e.rank {
            None => unranked.push(i),
            Some(0) => err(
                at("rank"),
                format!(
                    "event {:?}: rank 0; ranks start at 1 (the most important): write 1 or \
                     more, or remove the field",
                    e.id
                ),
            ),
            Some(r) => {
                if let Some(first) = ranks.insert(r, i) {
                    warnings.push(format!(
                        "{}: event {:?} has rank {r}, as events[{first}] has; the two are \
                         ordered by their sources",
                        at("rank"),
                        e.id
                    ));
                }
            }
        }
        let who = format!("event {:?}", e.id);
        if e.id.trim().is_empty() {
            err(
                at("id"),
                "empty event id; give every event a unique id, e.g. \"e1\"".to_string(),
            );
        } else if let Some(first) = event_ids.insert(e.id.clone(), i) {
            err(
                at("id"),
                format!(
                    "duplicate event id {:?} (also events[{first}].id); give each event its \
                     own id",
                    e.id
                ),
            );
        }
        if let Some(m) = e.modifier.as_deref()
            && parse_mod(m).is_none()
        {
            err(
                at("mod"),
                format!(
                    "{who}: unknown mod {m:?}; use START, MID, END, APPROX, BEFORE, AFTER, \
                     ON_OR_BEFORE or ON_OR_AFTER, or remove the field"
                ),
            );
        }
        let ordered = e.start <= e.end;
        if !ordered {
            err(
                at("end"),
                format!(
                    "{who}: start {} is after end {}; start must be the first day and end the \
                     last day of the event (inclusive)",
                    e.start, e.end
                ),
            );
        }
        match parse_timex3(&e.date).and_then(|v| Some((v.interval()?, v.granularity()?))) {
            None => err(
                at("date"),
                format!(
                    "{who}: date {:?} is not a TIMEX3 calendar value; write e.g. 2022-01-26 \
                     (day), 2022-W04 (week), 2021-12 (month), 2011-SU (season), 2022-Q3 \
                     (quarter), 2014 (year), 199 (the 1990s) or 19 (the 1900s)",
                    e.date
                ),
            ),
            Some(((a, b), g)) if ordered && ((a, b) != (e.start, e.end) || g != e.granularity) => {
                notes.push(format!(
                    "events[{i}] ({who}): start/end/granularity {}..{} {} did not match date \
                     {}; recomputed from the date as {a}..{b} {}",
                    e.start,
                    e.end,
                    e.granularity.as_str(),
                    e.date,
                    g.as_str()
                ));
                fixes.push((i, a, b, g));
            }
            Some(_) => {}
        }
        if e.sources.is_empty() {
            warnings.push(format!("{}: {who} has no sources", at("sources")));
        }
        for (j, s) in e.sources.iter().enumerate() {
            if !known.contains(s.as_str()) {
                warnings.push(format!(
                    "events[{i}].sources[{j}]: {who} cites {s:?}, which is not in articles; \
                     add the article or correct the id"
                ));
            }
        }
        for (j, m) in e.mentions.iter().enumerate() {
            if !known.contains(m.article.as_str()) {
                warnings.push(format!(
                    "events[{i}].mentions[{j}].article: {:?} is not in articles",
                    m.article
                ));
            }
        }
        for (j, c) in e.conflicts.iter().enumerate() {
            if !known.contains(c.article.as_str()) {
                warnings.push(format!(
                    "events[{i}].conflicts[{j}].article: {:?} is not in articles",
                    c.article
                ));
            }
            if parse_timex3(&c.value).is_none() {
                warnings.push(format!(
                    "events[{i}].conflicts[{j}].value: {:?} is not a TIMEX3 value",
                    c.value
                ));
            }
        }
    }
    if !unranked.is_empty() && unranked.len() < file.events.len() {
        let mut named: Vec<String> = unranked
            .iter()
            .take(5)
            .map(|i| format!("events[{i}] ({:?})", file.events[*i].id))
            .collect();
        if unranked.len() > named.len() {
            named.push(format!("and {} more", unranked.len() - named.len()));
        }
        warnings.push(format!(
            "{} of {} events have no rank: {}; they come after the ranked events (ordered by \
             their sources) when the picture or --max-events picks events; give them a rank \
             to place them",
            unranked.len(),
            file.events.len(),
            named.join(", ")
        ));
    }
    if !errors.is_empty() {
        return Err(ValidationError { problems: errors });
    }
    for (i, a, b, g) in fixes {
        let e = &mut file.events[i];
        e.start = a;
        e.end = b;
        e.granularity = g;
    }
    Ok(Validated {
        file,
        notes,
        warnings,
    })
}
