//! Builders shared by the scorers' unit tests: instants from text and bare timexes.

use chrono::NaiveDateTime;

use crate::eval::instant::parse_instant;
use crate::tag::{Mod, Timex, TimexType, TimexValue};

pub fn dt(s: &str) -> NaiveDateTime {
    parse_instant(s).unwrap()
}

/// A one-character DATE timex with this value and mod.
pub fn tx(v: TimexValue, m: Option<Mod>) -> Timex {
    Timex {
        start: 0,
        end: 1,
        text: "x".into(),
        kind: TimexType::Date,
        value: v,
        modifier: m,
    }
}
