//! Units of the grammar's values: how a counted unit is written as a TIMEX3 duration or set
//! code, the calendar unit it shifts by, and the century of a two-digit year.

use crate::tag::resolve::CalUnit;
use crate::tag::value::{DurationUnit as U, TimexValue};

pub(super) fn duration(amount: Option<f64>, unit: U) -> TimexValue {
    // Decades and centuries are written in years (P10Y); quarters keep their unit (P2Q), as
    // in TimeBank.
    let (k, unit) = match unit {
        U::Decade => (10.0, U::Year),
        U::Century => (100.0, U::Year),
        U::Millennium => (1000.0, U::Year),
        u => (1.0, u),
    };
    TimexValue::Duration {
        amount: amount.map(|a| a * k),
        unit,
    }
}

pub(super) fn set_code(unit: U, n: u32) -> String {
    let v = duration(Some(n as f64), unit);
    v.to_string()
}

pub(super) fn cal_unit(u: U) -> Option<CalUnit> {
    Some(match u {
        U::Day => CalUnit::Day,
        U::Week => CalUnit::Week,
        U::Month => CalUnit::Month,
        U::Quarter => CalUnit::Quarter,
        U::Year => CalUnit::Year,
        U::Decade => CalUnit::Decade,
        U::Century => CalUnit::Century,
        _ => return None,
    })
}

pub(super) fn two_digit_year(n: u64) -> i32 {
    if n < 50 {
        2000 + n as i32
    } else {
        1900 + n as i32
    }
}
