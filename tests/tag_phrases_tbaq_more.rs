//! Table-driven regression tests of the TimeML/TIMEX3 conventions fixed against the TempEval-3
//! TBAQ error classes, continued from `tag_phrases_tbaq.rs` (the fifth session's classes: vague
//! counts, plural parts of day, year-ago periods, determiners left out of the extent, plans as
//! nouns). Every row states a rule of news text in general, not the answer of one document.

mod tag_common;

use timeline::tag::Prefer;

/// Rows: (text, dct, span, expected value, expected type or ""), direction `auto`.
fn check(rows: &[(&str, &str, &str, &str, &str)]) {
    tag_common::check_typed(rows, Prefer::Auto)
}

/// Rows: (text, dct, extent, value, type): a timex with exactly this extent and value.
fn check_extent(rows: &[(&str, &str, &str, &str, &str)]) {
    let mut failures = Vec::new();
    for (text, dct, extent, want, kind) in rows {
        let found = tag_common::run(text, dct, Prefer::Auto);
        let ok = found.iter().any(|t| {
            t.text == *extent && t.value.to_string() == *want && t.kind.to_string() == *kind
        });
        if !ok {
            failures.push(format!(
                "{text:?} @{dct} want [{extent}] {want} {kind} got {:?}",
                found
                    .iter()
                    .map(|t| (t.text.clone(), t.value.to_string(), t.kind))
                    .collect::<Vec<_>>()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// "the last few months", "the next several days", "the next couple of years": a vague or
/// spelled-out count after "last/past/next" is one duration with the whole phrase as its
/// extent, as "the past three days" is; "two thousand years" is a count.
#[test]
fn vague_counts_after_last_and_next() {
    check_extent(&[
        (
            "Mortgage rates have fallen in the last few months.",
            "1998-02-06",
            "the last few months",
            "PXM",
            "DURATION",
        ),
        (
            "Prices are not likely to change much over the next several days.",
            "1998-01-11",
            "the next several days",
            "PXD",
            "DURATION",
        ),
        (
            "Over the next couple of years we expect Europe to grow.",
            "1989-11-01",
            "the next couple of years",
            "P2Y",
            "DURATION",
        ),
        (
            "He has lived there for a couple of years.",
            "1989-11-01",
            "a couple of years",
            "P2Y",
            "DURATION",
        ),
        (
            "They have kept the secret for two thousand years.",
            "1998-01-21",
            "two thousand years",
            "P2000Y",
            "DURATION",
        ),
    ]);
}

/// A weekday with a plural part of day recurs: "Tuesday nights" is every Tuesday night (SET
/// XXXX-WXX-2TNI); in "Monday and Tuesday nights" the first weekday shares it. A singular
/// "Saturday night" stays that night, and "in the mornings" is no date.
#[test]
fn weekday_with_plural_day_part_is_a_set() {
    check(&[
        (
            "The new flights will leave on Tuesday nights from March 30.",
            "1998-02-13",
            "Tuesday nights",
            "XXXX-WXX-2TNI",
            "SET",
        ),
        (
            "The shuttle leaves on Monday and Thursday nights.",
            "1998-02-13",
            "Monday",
            "XXXX-WXX-1TNI",
            "SET",
        ),
        (
            "She teaches on Sunday mornings.",
            "1998-02-13",
            "Sunday mornings",
            "XXXX-WXX-7TMO",
            "SET",
        ),
        (
            "The attack began Saturday night.",
            "1991-02-25",
            "Saturday night",
            "1991-02-23TNI",
            "TIME",
        ),
        (
            "He prefers to work in the mornings.",
            "1998-02-13",
            "mornings",
            "",
            "",
        ),
    ]);
}

/// An hour with "in the morning/afternoon/evening" or "at night" is a clock time on the
/// 24-hour clock ("4 in the morning" 04:00, "7 o'clock in the evening" 19:00, "11 at night"
/// 23:00); a part of day that goes on as a noun phrase ("3 in the morning session") is not.
#[test]
fn hour_with_part_of_day() {
    check(&[
        (
            "The father will leave at 4 in the morning, Castro said.",
            "2000-04-05",
            "4 in the morning",
            "2000-04-05T04:00",
            "TIME",
        ),
        (
            "The bus leaves at 7 o'clock in the evening.",
            "2000-04-05",
            "7 o'clock",
            "2000-04-05T19:00",
            "TIME",
        ),
        (
            "The call came at 11 at night.",
            "2000-04-05",
            "11 at night",
            "2000-04-05T23:00",
            "TIME",
        ),
        (
            "The meeting starts at 3 in the afternoon.",
            "2000-04-05",
            "3 in the afternoon",
            "2000-04-05T15:00",
            "TIME",
        ),
        (
            "The index rose 3 in the morning session.",
            "2000-04-05",
            "3 in",
            "",
            "",
        ),
    ]);
}

/// A holiday without a year is read as a month-day is: one a few weeks off in either direction
/// is that one, whatever the tense ("as Easter week began" a week before Easter); "Easter
/// week" is the week of Easter.
#[test]
fn near_holidays_and_holiday_weeks() {
    check(&[
        (
            "Protesters prayed for help as Easter week began.",
            "2000-04-17",
            "Easter week",
            "2000-W16",
            "DATE",
        ),
        (
            "Shoppers crowded the stores as Christmas approached.",
            "1998-12-20",
            "Christmas",
            "1998-12-25",
            "DATE",
        ),
        (
            "The boy was found on Thanksgiving Day.",
            "2000-01-06",
            "Thanksgiving Day",
            "1999-11-25",
            "DATE",
        ),
        // far off, the tense decides
        (
            "The family met at Christmas.",
            "2000-04-17",
            "Christmas",
            "1999-12-25",
            "DATE",
        ),
    ]);
}

/// "the year-ago period", "the quarter a year ago", "the same (corresponding, comparable)
/// period last year", "last year's quarter" name the period under discussion a year back:
/// the report's quarter a year earlier even when the quarter was named long before; with no
/// quarter in the text, the previous year.
#[test]
fn year_ago_periods() {
    let report = "Du Pont reported that third-quarter profit grew 19% on the strength of its \
                  chemicals and fibers business, despite a weakening in the housing market and a \
                  stronger dollar, which lowers the value of overseas earnings when they are \
                  translated into dollars, while sales of petroleum products, plastics, paints \
                  and finishes, agricultural chemicals and electronics rose in most regions and \
                  the company kept raising prices for nylon and polyester fibers in Europe, Asia \
                  and Latin America, where demand from carpet and apparel makers stayed strong \
                  all summer and analysts had expected it to slow because of the higher costs \
                  of raw materials. In the year-earlier period, the company earned $461 million.";
    check(&[
        (
            report,
            "1989-10-25",
            "the year-earlier period",
            "1988-Q3",
            "DATE",
        ),
        (
            "Net fell in the third quarter. For the quarter a year ago, the bank earned $16 million.",
            "1989-10-31",
            "the quarter a year ago",
            "1988-Q3",
            "DATE",
        ),
        (
            "The company posted a third-quarter loss. It had net income of $1.8 million for the corresponding period last year.",
            "1989-11-01",
            "the corresponding period last year",
            "1988-Q3",
            "DATE",
        ),
        (
            "Third-quarter sales rose. U.K. sales for last year's quarter were about $3 million.",
            "1989-11-01",
            "last year's quarter",
            "1988-Q3",
            "DATE",
        ),
        (
            "Sales rose 5% from the same period a year earlier.",
            "1989-11-01",
            "the same period a year earlier",
            "1988",
            "DATE",
        ),
        // "the same year" stays the narrative's year
        (
            "He joined the firm in 1985 and left the same year.",
            "1989-11-01",
            "the same year",
            "1985",
            "DATE",
        ),
    ]);
}

/// "over the years", "in the weeks ahead", "in the years that followed": a plural calendar
/// unit after "the" is a stretch of unknown length (PXY, PXW); "the minutes of the meeting",
/// "the years 1990 to 1995" and "the days of the empire" are not, and "the days before the
/// shooting" (days around an event) stays untagged.
#[test]
fn the_plural_unit_is_a_vague_duration() {
    check(&[
        (
            "Over the years many more patients have died waiting.",
            "1998-03-31",
            "the years",
            "PXY",
            "DURATION",
        ),
        (
            "Funds may have to sell junk bonds in the weeks ahead.",
            "1989-10-27",
            "the weeks ahead",
            "PXW",
            "DURATION",
        ),
        (
            "In the years that followed, the rebels took the island.",
            "2000-04-01",
            "the years",
            "PXY",
            "DURATION",
        ),
        (
            "His car was seen in the neighborhood in the days before the shooting.",
            "1999-04-10",
            "days",
            "",
            "",
        ),
        (
            "The minutes of the meeting were released.",
            "1999-04-10",
            "minutes",
            "",
            "",
        ),
        (
            "Sales grew in the years 1990 to 1995.",
            "1999-04-10",
            "years",
            "",
            "",
        ),
        (
            "He longs for the days of the empire.",
            "1999-04-10",
            "days",
            "",
            "",
        ),
    ]);
}

/// "the last quarter of 1988", "the last half of 1989" are the year's fourth quarter and
/// second half; in "the daily tally", "the current system" the determiner belongs to the noun:
/// "daily" alone is the SET, "current" alone the PRESENT_REF ("the current quarter" keeps it).
#[test]
fn last_quarter_of_a_year_and_the_daily() {
    check_extent(&[
        (
            "Earnings will be lower than expected for the last half of 1989.",
            "1989-10-31",
            "the last half of 1989",
            "1989-H2",
            "DATE",
        ),
        (
            "Sales rose 5% in the last quarter of 1988.",
            "1989-10-31",
            "the last quarter of 1988",
            "1988-Q4",
            "DATE",
        ),
        (
            "The agency, which gives the daily tally of inspections, did not comment.",
            "1998-03-06",
            "daily",
            "P1D",
            "SET",
        ),
        (
            "Qantas plans more flights, up from the current four flights a week.",
            "1998-02-13",
            "current",
            "PRESENT_REF",
            "DATE",
        ),
        (
            "Sales in the current quarter began well.",
            "1989-11-01",
            "the current quarter",
            "1989-Q4",
            "DATE",
        ),
    ]);
}

/// A date or a length that modifies a noun leaves the noun's determiner out of the extent:
/// "the [Aug. 7] bombings", "the [1996] Olympic bombing", "the [January 1998] attack", "the
/// [eight-year] war", "the [third-quarter] loss"; "the 1988 period" and "the past three years"
/// keep it. "fiscal" belongs to its quarter: "the fiscal first quarter".
#[test]
fn determiner_of_the_modified_noun_stays_out() {
    check_extent(&[
        (
            "Travelers were warned in the aftermath of the Aug. 7 bombings.",
            "1998-08-17",
            "Aug. 7",
            "1998-08-07",
            "DATE",
        ),
        (
            "He is charged in the 1996 Olympic bombing.",
            "1999-05-06",
            "1996",
            "1996",
            "DATE",
        ),
        (
            "He has been on the run since the January 1998 bombing of a clinic.",
            "1999-05-06",
            "January 1998",
            "1998-01",
            "DATE",
        ),
        (
            "Talks followed the cease-fire of the eight-year war.",
            "1990-08-15",
            "eight-year",
            "P8Y",
            "DURATION",
        ),
        (
            "Net rose in the third quarter. In the 1988 period, net fell.",
            "1989-11-01",
            "the 1988 period",
            "1988-Q3",
            "DATE",
        ),
        (
            "The Friday bombings killed 200 people, the president said on Saturday.",
            "1998-08-08",
            "Friday",
            "1998-08-07",
            "DATE",
        ),
        (
            "A major factor in the third-quarter loss was a write-down.",
            "1989-10-31",
            "third-quarter",
            "1989-Q3",
            "DATE",
        ),
        (
            "Delta earned $5 million in the fiscal first quarter.",
            "1989-10-26",
            "the fiscal first quarter",
            "1989-Q1",
            "DATE",
        ),
        (
            "National Steel posted net income for its fiscal second-quarter.",
            "1989-10-26",
            "fiscal second-quarter",
            "1989-Q2",
            "DATE",
        ),
        (
            "Sales fell in each of the past three years.",
            "1989-11-01",
            "the past three years",
            "P3Y",
            "DURATION",
        ),
    ]);
}

/// "plan(s)" and "planned" point ahead only as a plan ("plans to", "planned for Tuesday"); as a
/// noun or an adjective ("vacation plans", "a hastily planned trip") they say nothing of the
/// time.
#[test]
fn plans_as_nouns_are_no_cue() {
    check(&[
        (
            "On Friday, when the minister set aside her vacation plans for the hastily planned trip, officials lifted a warning.",
            "1998-08-17",
            "Friday",
            "1998-08-14",
            "DATE",
        ),
        (
            "The company plans to sell the unit Friday.",
            "1998-08-17",
            "Friday",
            "1998-08-21",
            "DATE",
        ),
        (
            "The vote is planned for Tuesday.",
            "1998-08-17",
            "Tuesday",
            "1998-08-18",
            "DATE",
        ),
        (
            "The talks, set for Thursday, will be held in Geneva.",
            "1998-08-17",
            "Thursday",
            "1998-08-20",
            "DATE",
        ),
    ]);
}
