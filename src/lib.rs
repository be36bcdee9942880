//! `timeline`: builds an event timeline from news articles.
//!
//! The pipeline, one module per stage, each with typed inputs and outputs:
//! `ingest` (files → [`model::Article`]) → [`tag`] (text → [`tag::Timex`]) →
//! `extract` (articles + timexes → mentions) → `merge` (mentions → [`model::Event`]s) →
//! `render` (SVG) / `export` (JSON, CSV).

pub mod eval;
pub mod model;
pub mod tag;
