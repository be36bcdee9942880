//! Data shared between stages: articles as ingested, and the event list written to
//! `events.json` (which `render` also reads back, so the schema lives here once).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::tag::Granularity;

/// One article, as ingested.
#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    /// Stable id: the file stem, or the `id` of a JSON Lines record.
    pub id: String,
    /// Where it was read from (for JSON Lines: `file.jsonl#line`).
    pub path: String,
    pub title: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    /// Publication date, the reference time of relative expressions.
    pub published: Option<NaiveDate>,
    /// Body text, with any metadata header removed.
    pub text: String,
}

/// `events.json`: the articles read and the merged events.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventsFile {
    pub articles: Vec<ArticleInfo>,
    pub events: Vec<Event>,
}

/// An article as listed in `events.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleInfo {
    pub id: String,
    pub path: String,
    pub title: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub published: Option<NaiveDate>,
    /// Present when `published` was inferred from the text (`build --infer-dates`), not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published_inferred: Option<InferredDate>,
}

/// How sure an inferred publication date is, and why it was chosen.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InferredDate {
    /// 0..1: the share of the evidence that points within one day of the date.
    pub confidence: f32,
    /// The expressions that fixed the date, for a human to check.
    pub evidence: String,
}

impl From<&Article> for ArticleInfo {
    fn from(a: &Article) -> Self {
        ArticleInfo {
            id: a.id.clone(),
            path: a.path.clone(),
            title: a.title.clone(),
            source: a.source.clone(),
            url: a.url.clone(),
            published: a.published,
            published_inferred: None,
        }
    }
}

/// Whether an event happened, is expected, or is only claimed in reported speech.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    #[default]
    Happened,
    /// Planned or expected: not yet happened when reported ("will travel on Friday").
    Planned,
    /// Someone's account of a dated happening, attributed in the text ("officials said the
    /// convoy crossed on Tuesday", "according to Reuters, … on Monday"), rather than the outlet's
    /// own report of it: a claim to check.
    Reported,
}

/// One merged event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub id: String,
    /// Importance, 1 = the most important: the order `timeline build` ranked the events in
    /// (see [`crate::merge::rank_order_with`]), written so that a reader of the file ranks
    /// them exactly as the build did. Absent in files written before it existed and in
    /// events added by hand; see [`crate::merge::rank_order`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rank: Option<u32>,
    /// TIMEX3 value of the most specific date the sources give.
    pub date: String,
    /// First day of the interval the date covers (inclusive).
    pub start: NaiveDate,
    /// Last day of the interval the date covers (inclusive).
    pub end: NaiveDate,
    pub granularity: Granularity,
    /// TIMEX3 mod of the date (START, MID, END, APPROX, ...), if any.
    #[serde(rename = "mod", default, skip_serializing_if = "Option::is_none")]
    pub modifier: Option<String>,
    /// A short headline of what happened.
    pub title: String,
    #[serde(default)]
    pub status: Status,
    /// Article ids, sorted.
    pub sources: Vec<String>,
    /// Named people, organisations and places of the event.
    #[serde(default)]
    pub actors: Vec<String>,
    /// Present when sources disagree on the date: each source's own date.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<DateClaim>,
    pub mentions: Vec<MentionOut>,
}

/// A source's date for an event whose sources disagree.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DateClaim {
    pub article: String,
    pub value: String,
}

/// One mention of an event in one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MentionOut {
    pub article: String,
    /// The temporal expression as written.
    pub text: String,
    /// Its TIMEX3 value.
    pub value: String,
    /// The sentence quoted in full.
    pub sentence: String,
    /// Offsets of the temporal expression in the article text (Unicode scalar values).
    pub start: usize,
    pub end: usize,
}
