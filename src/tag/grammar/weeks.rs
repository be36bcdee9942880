//! Weeks counted inside a month or year: "the first week of October 2014", "the last week
//! of September", "the third last week of 2018". The weeks are the Monday-to-Sunday weeks
//! that lie wholly inside the period (Duckling's reading; TIMEX3 fixes none), resolved to
//! their ISO week.

use super::{G, M, date};
use crate::tag::lexicon::Sense as S;
use crate::tag::resolve::{CalUnit, Expr};
use crate::tag::value::{DurationUnit as U, TimexValue};

impl G<'_> {
    /// An ordinal at `i` ("third", "3rd"): (n, next).
    fn ordinal_at(&self, i: usize) -> Option<(i32, usize)> {
        if let Some(n) = self.find(i, |s| if let S::Ord(n) = s { Some(*n) } else { None }) {
            return Some((n as i32, i + 1));
        }
        let t = self.tok(i)?;
        let n = t.plain_num()?;
        (t.ndigits <= 2 && self.is(i + 1, |s| *s == S::OrdSuffix) && self.adj(i + 1))
            .then_some((n as i32, i + 2))
    }

    /// "[Nth] [last] week of <month or year>".
    pub(super) fn week_of_period(&self, i: usize) -> M {
        let (n, j) = self.ordinal_at(i).unwrap_or((1, i));
        let last = self.is(j, |s| *s == S::Rel(-1));
        if j == i && !last {
            return None;
        }
        let j = if last { j + 1 } else { j };
        if !self.is(j, |s| *s == S::Unit(U::Week)) || !self.is(j + 1, |s| *s == S::Of) {
            return None;
        }
        let of = self.phrase(j + 2, 2)?;
        let period = matches!(
            of.expr,
            Expr::Fixed(TimexValue::Month { .. } | TimexValue::Year(_))
                | Expr::Month { .. }
                | Expr::Shift {
                    unit: CalUnit::Month | CalUnit::Year,
                    ..
                }
        );
        if !period || of.start_skip > 0 {
            return None;
        }
        date(
            of.end,
            Expr::WeekOfPeriod {
                n: if last { -n } else { n },
                of: Box::new(of.expr),
            },
        )
    }
}
