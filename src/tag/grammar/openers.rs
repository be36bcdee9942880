//! Prefilters of the grammar: the core rules in their order with the senses a word needs to
//! start each of them, and the senses with which a word can open a modifier or any phrase.
//! A token that cannot match is skipped with one test of its [`Kinds`] instead of running
//! every rule on it (most words of news text that trigger a phrase start none: "to",
//! "from", "had"). Debug builds check that each skip would have found nothing.

use super::{G, M};
use crate::tag::lexicon::{Holiday, Kinds, Sense, Sense as S};
use crate::tag::value::{DurationUnit as U, Mod, PartOfDay, Season};
use chrono::Weekday;

/// Sense lists here carry placeholder payloads: only the variants count.
const fn kinds(senses: &[Sense]) -> Kinds {
    Kinds::of(senses)
}

/// A core rule: its longest match at a token.
type Rule<'t> = fn(&G<'t>, usize) -> M;

impl<'t> G<'t> {
    /// The core rules in order (the first of equally long matches wins), each with what its
    /// first token must carry when it is a word: a word with none of these senses cannot
    /// start the rule. Numbers and punctuation are always tried.
    pub(super) const RULES: [(Rule<'t>, Kinds); 17] = [
        (G::these_days, kinds(&[S::These])),
        (G::bare_day_part, kinds(&[S::DayPart(PartOfDay::Night)])),
        // a number
        (G::numeric_date, kinds(&[])),
        // noon, midnight or a number
        (G::time_of_day, kinds(&[S::Noon, S::Midnight])),
        (G::month_first, kinds(&[S::Month(1), S::MonthAbbr(1)])),
        // an ordinal or a number
        (G::day_first, kinds(&[S::Ord(1)])),
        (
            G::weekday,
            kinds(&[S::Weekday(Weekday::Mon), S::WeekdayAbbr(Weekday::Mon)]),
        ),
        (G::rel_word, kinds(&[S::Rel(0), S::RelAna(0)])),
        (G::day_word, kinds(&[S::Tonight, S::DayWord(0)])),
        // year-earlier, "that day", bare plural units, amounts
        (
            G::count_led,
            kinds(&[
                S::Unit(U::Day),
                S::That,
                S::Indef,
                S::Vague,
                S::Tens(20),
                S::Card(1),
            ]),
        ),
        // an ordinal or a number
        (G::ordinal_led, kinds(&[S::Ord(1)])),
        // the nineties, the year 2000, spelled years, year-end, fiscal 1989, or a number
        (
            G::year_num,
            kinds(&[
                S::DecadeWord(90),
                S::Year,
                S::Card(1),
                S::Unit(U::Year),
                S::Fiscal,
            ]),
        ),
        (G::season, kinds(&[S::Season(Season::Fall)])),
        (
            G::refs,
            kinds(&[
                S::Rel(0),
                S::Latest,
                S::FutureRef,
                S::Soon,
                S::PresentRef,
                S::PastRef,
            ]),
        ),
        // daily, every, twice, amounts ("three times a week")
        (
            G::sets,
            kinds(&[
                S::SetAdverb(U::Day),
                S::Every,
                S::Times(1),
                S::Indef,
                S::Vague,
                S::Tens(20),
                S::Card(1),
            ]),
        ),
        (
            G::holiday,
            kinds(&[S::Holiday(Holiday::Fixed(1, 1)), S::HolidayStart]),
        ),
        // "third week of", "last week of"; or a number
        (G::week_of_period, kinds(&[S::Ord(1), S::Rel(-1)])),
    ];
}

/// What the first token of [`G::modified`] must carry.
pub(super) const MODIFIERS: Kinds = kinds(&[
    S::Approx,
    S::Comparative(Mod::MoreThan),
    S::Prep,
    S::QuantMod(Mod::MoreThan),
    S::Edge(Mod::Start),
    S::EdgeUnit(Mod::End, U::Month),
    S::Earlier,
    S::Later,
]);

/// The senses with which a word can open an expression: a core rule, a modifier (the
/// preposition of "at least" aside, which `find` checks with the next word) or "the".
pub(super) const OPENERS: Kinds = {
    let mut bits = MODIFIERS.0 & !kinds(&[S::Prep]).0 | kinds(&[S::Det]).0;
    let mut r = 0;
    while r < G::RULES.len() {
        bits |= G::RULES[r].1.0;
        r += 1;
    }
    Kinds(bits)
};

/// Whether a word with this sense can begin an expression. The tagger uses the narrower
/// [`OPENERS`]; debug builds check against this list that it misses nothing.
pub(super) fn starts(s: &Sense) -> bool {
    !matches!(
        s,
        S::Cue(_)
            | S::Prep
            | S::And
            | S::Of
            | S::Modal
            | S::As
            | S::BeAux
            | S::Ending
            | S::Old
            | S::CountNoun
            | S::NotYearBefore
            | S::Large
            | S::Than
            | S::OrdSuffix
            | S::PluralS
            | S::MerA
            | S::MerP
            | S::MerM
            | S::Participle
            | S::Deadline
            | S::TimesWord
            | S::Least
            | S::Most
            | S::Period
            | S::Eve
            | S::Per
            | S::OClock
            | S::Zone(_)
            | S::Meridiem(_)
            | S::Ago
            | S::Hence
    )
}
