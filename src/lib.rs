//! `timeline`: builds an event timeline from news articles.
//!
//! The pipeline, one module per stage, each with typed inputs and outputs:
//! [`ingest`] (files → [`model::Article`]) → [`tag`] (text → [`tag::Timex`]) →
//! [`extract`] (articles + timexes → mentions) → [`merge`] (mentions → [`model::Event`]s) →
//! [`render`] (SVG) / [`export`] (JSON, CSV). [`pipeline`] runs the middle stages;
//! [`eval`] measures them against gold data; [`infer`] estimates missing publication dates.

pub mod eval;
pub mod export;
pub mod extract;
pub mod infer;
pub mod ingest;
pub mod merge;
pub mod model;
pub mod pipeline;
pub mod render;
pub mod synth;
pub mod tag;
