//! Table-driven regression tests of the tagger, continued from `tag_phrases.rs`: anaphoric
//! dates, decades and centuries, quarters, holidays, times of day, durations, sets and
//! reference words ("now", "recently").

mod tag_common;

use tag_common::{check, check_full};

const T: &str = "2022-02-01"; // a Tuesday, ISO week 5

#[test]
fn anaphoric() {
    check(&[
        (
            "The deal was signed on Jan. 10. The day before, talks stalled.",
            T,
            "The day before",
            "2022-01-09",
        ),
        (
            "The talks began on Jan. 10. Two days later, they collapsed.",
            T,
            "Two days later",
            "2022-01-12",
        ),
        (
            "The talks began on Jan. 10. The following week, they collapsed.",
            T,
            "The following week",
            "2022-W03",
        ),
        (
            "The talks began on Jan. 10. They collapsed the same day.",
            T,
            "the same day",
            "2022-01-10",
        ),
        (
            "The talks began on Jan. 10. They collapsed the next day.",
            T,
            "the next day",
            "2022-01-11",
        ),
        (
            "The talks began on Jan. 10. Three days earlier, a bomb went off.",
            T,
            "Three days earlier",
            "2022-01-07",
        ),
        (
            "The talks began on Jan. 10. They collapsed that day.",
            T,
            "that day",
            "2022-01-10",
        ),
        (
            "The talks began on Jan. 10. The day after, they collapsed.",
            T,
            "The day after",
            "2022-01-11",
        ),
        (
            "He left on Dec. 3, 2020. A week later he returned.",
            T,
            "A week later",
            "2020-12-10",
        ),
        (
            "Profit rose in the third quarter of 2021. A year earlier it fell.",
            T,
            "A year earlier",
            "2020-Q3",
        ),
    ]);
}

#[test]
fn decades_centuries_years() {
    check(&[
        ("It was common in the 1990s.", T, "1990s", "199"),
        ("It was common in the 1960s.", T, "1960s", "196"),
        ("It was common in the '90s.", T, "'90s", "199"),
        ("It was built in the 19th century.", T, "19th century", "18"),
        (
            "It was built in the nineteenth century.",
            T,
            "nineteenth century",
            "18",
        ),
        ("It was built in the 20th century.", T, "20th century", "19"),
        ("It was annexed in 2014.", T, "2014", "2014"),
        ("Profit rose in fiscal 2022.", T, "fiscal 2022", "2022"),
        ("The war ended in 1945.", T, "1945", "1945"),
        ("The charter dates from 1215.", T, "1215", "1215"),
        ("The plan runs to 2030.", T, "2030", "2030"),
        (
            "It was founded in nineteen ninety-six.",
            T,
            "nineteen ninety-six",
            "1996",
        ),
        (
            "It happened in the year two thousand.",
            T,
            "two thousand",
            "2000",
        ),
    ]);
    check_full(&[
        (
            "It was common in the late 1980s.",
            T,
            "1980s",
            "198",
            "DATE",
            "END",
        ),
        (
            "It was common in the mid-1990s.",
            T,
            "1990s",
            "199",
            "DATE",
            "MID",
        ),
        (
            "It was common in the early 1990s.",
            T,
            "1990s",
            "199",
            "DATE",
            "START",
        ),
    ]);
}

#[test]
fn quarters_and_halves() {
    check(&[
        (
            "Sales rose in the third quarter of 2022.",
            T,
            "third quarter",
            "2022-Q3",
        ),
        (
            "Sales rose in the first half of 2021.",
            T,
            "first half",
            "2021-H1",
        ),
        ("Third-quarter profit rose.", T, "Third-quarter", "2021-Q3"),
        (
            "Profit fell in the fourth quarter.",
            T,
            "fourth quarter",
            "2021-Q4",
        ),
        (
            "Profit fell in the first quarter.",
            T,
            "first quarter",
            "2022-Q1",
        ),
        ("Profit fell in the quarter.", T, "the quarter", "2021-Q4"),
        (
            "Profit fell in the latest quarter.",
            T,
            "latest quarter",
            "2021-Q4",
        ),
        (
            "Profit will rise in the first half.",
            T,
            "first half",
            "2022-H1",
        ),
        (
            "Profit fell in the 2020 second quarter.",
            T,
            "2020 second quarter",
            "2020-Q2",
        ),
        (
            "Profit rose in the fourth quarter.",
            "2021-11-02",
            "fourth quarter",
            "2021-Q4",
        ),
        (
            "Net fell in the third quarter. It rose from $5 million a year ago.",
            "2021-11-02",
            "a year ago",
            "2020-Q3",
        ),
        (
            "Net fell in the third quarter. A year-earlier loss was smaller.",
            "2021-11-02",
            "year-earlier",
            "2020-Q3",
        ),
        (
            "Net fell in the first nine months.",
            T,
            "nine months",
            "P9M",
        ),
    ]);
}

#[test]
fn holidays() {
    check(&[
        ("They met at Christmas.", T, "Christmas", "2021-12-25"),
        (
            "They met on Christmas Day 2020.",
            T,
            "Christmas Day 2020",
            "2020-12-25",
        ),
        ("They met on New Year's Day.", T, "New Year", "2022-01-01"),
        // the US federal Election Day: the Tuesday after the first Monday in November
        (
            "They voted on Election Day.",
            T,
            "Election Day",
            "2021-11-02",
        ),
        (
            "He will campaign until Election Day 2022.",
            T,
            "Election Day 2022",
            "2022-11-08",
        ),
        (
            "They met on Thanksgiving 2013.",
            T,
            "Thanksgiving 2013",
            "2013-11-28",
        ),
        ("They met at Easter 2013.", T, "Easter 2013", "2013-03-31"),
        (
            "They met on Good Friday 2022.",
            T,
            "Good Friday 2022",
            "2022-04-15",
        ),
        (
            "They marched on Independence Day last summer.",
            T,
            "Independence Day",
            "2021-07-04",
        ),
        (
            "The parade was held on Memorial Day 2021.",
            T,
            "Memorial Day 2021",
            "2021-05-31",
        ),
        (
            "They met on Christmas Eve.",
            T,
            "Christmas Eve",
            "2021-12-24",
        ),
    ]);
}

#[test]
fn times() {
    check(&[
        ("It starts at 3 p.m.", T, "3 p.m.", "2022-02-01T15:00"),
        (
            "It started at 15:30 local time.",
            T,
            "15:30",
            "2022-02-01T15:30",
        ),
        ("It started at noon.", T, "noon", "2022-02-01T12:00"),
        (
            "It will start at 3 p.m. Friday.",
            T,
            "3 p.m. Friday",
            "2022-02-04T15:00",
        ),
        (
            "It starts at 10 a.m. today.",
            T,
            "10 a.m. today",
            "2022-02-01T10:00",
        ),
        ("It starts at 5pm.", T, "5pm", "2022-02-01T17:00"),
        (
            "It started at 9:30 a.m.",
            T,
            "9:30 a.m.",
            "2022-02-01T09:30",
        ),
        ("It started at 12 a.m.", T, "12 a.m.", "2022-02-01T00:00"),
        (
            "It rained this morning.",
            T,
            "this morning",
            "2022-02-01TMO",
        ),
        ("It rains tonight.", T, "tonight", "2022-02-01TNI"),
        ("It rained last night.", T, "last night", "2022-01-31TNI"),
        (
            "It rained yesterday morning.",
            T,
            "yesterday morning",
            "2022-01-31TMO",
        ),
        (
            "He spoke Tuesday night.",
            T,
            "Tuesday night",
            "2022-02-01TNI",
        ),
        (
            "He spoke Monday evening.",
            T,
            "Monday evening",
            "2022-01-31TEV",
        ),
        (
            "It rained this afternoon.",
            T,
            "this afternoon",
            "2022-02-01TAF",
        ),
        (
            "The talks began on Jan. 10. At 3 p.m. they ended.",
            T,
            "3 p.m.",
            "2022-01-10T15:00",
        ),
    ]);
    check_full(&[
        (
            "It rained this morning.",
            T,
            "this morning",
            "2022-02-01TMO",
            "TIME",
            "",
        ),
        (
            "It starts at 3 p.m.",
            T,
            "3 p.m.",
            "2022-02-01T15:00",
            "TIME",
            "",
        ),
    ]);
}

#[test]
fn durations() {
    check(&[
        ("It took six weeks.", T, "six weeks", "P6W"),
        ("It took seven hours.", T, "seven hours", "PT7H"),
        ("It took a decade.", T, "a decade", "P10Y"),
        ("It took two decades.", T, "two decades", "P20Y"),
        ("A two-year deal was signed.", T, "two-year", "P2Y"),
        ("It took 30 minutes.", T, "30 minutes", "PT30M"),
        ("It took a few days.", T, "a few days", "PXD"),
        ("It took several months.", T, "several months", "PXM"),
        (
            "It took twenty-four hours.",
            T,
            "twenty-four hours",
            "PT24H",
        ),
        (
            "It took twenty four hours.",
            T,
            "twenty four hours",
            "PT24H",
        ),
        ("It took a couple of years.", T, "a couple of years", "P2Y"),
        ("It took 1.5 hours.", T, "1.5 hours", "PT1H30M"),
        ("It took 90 seconds.", T, "90 seconds", "PT90S"),
        ("It took a century.", T, "a century", "P100Y"),
        ("It took 18 months.", T, "18 months", "P18M"),
        ("It took one hundred days.", T, "one hundred days", "P100D"),
        ("It took the nine months.", T, "nine months", "P9M"),
        ("It lasted a week.", T, "a week", "P1W"),
    ]);
    check_full(&[
        ("It took six weeks.", T, "six weeks", "P6W", "DURATION", ""),
        (
            "It lasted more than a month.",
            T,
            "a month",
            "P1M",
            "DURATION",
            "MORE_THAN",
        ),
    ]);
}

#[test]
fn sets() {
    check(&[
        ("They meet every Monday.", T, "every Monday", "XXXX-WXX-1"),
        ("They meet daily.", T, "daily", "P1D"),
        ("They meet each year.", T, "each year", "P1Y"),
        ("They meet twice a week.", T, "twice a week", "P1W"),
        ("They meet every two years.", T, "every two years", "P2Y"),
        ("They meet weekly.", T, "weekly", "P1W"),
        (
            "They meet every morning.",
            T,
            "every morning",
            "XXXX-XX-XXTMO",
        ),
        ("They meet on Fridays.", T, "Fridays", "XXXX-WXX-5"),
        ("It earns $33 million a year.", T, "a year", "P1Y"),
        ("They meet every day.", T, "every day", "P1D"),
        ("They meet every other week.", T, "every other week", "P2W"),
        ("They meet three times a year.", T, "a year", "P1Y"),
    ]);
    check_full(&[
        (
            "They meet every Monday.",
            T,
            "every Monday",
            "XXXX-WXX-1",
            "SET",
            "",
        ),
        // A rate after counted things is a SET, not a stretch of time.
        (
            "The well leaks 5,000 barrels a day.",
            T,
            "a day",
            "P1D",
            "SET",
            "",
        ),
        (
            "There are fifty thousand CDs a year sold.",
            T,
            "a year",
            "P1Y",
            "SET",
            "",
        ),
        ("Four flights a week leave.", T, "a week", "P1W", "SET", ""),
        // ... but a counted unit stays a duration, and "a week later" a date.
        (
            "He works 24 hours a day.",
            T,
            "a day",
            "P1D",
            "DURATION",
            "",
        ),
        (
            "Two people a week later left.",
            T,
            "a week later",
            "2022-02-08",
            "DATE",
            "",
        ),
    ]);
}

#[test]
fn reference_words() {
    check(&[
        ("Prices are high now.", T, "now", "PRESENT_REF"),
        ("He currently owns 72%.", T, "currently", "PRESENT_REF"),
        ("He recently sold shares.", T, "recently", "PAST_REF"),
        ("Prices were lower in the past.", T, "the past", "PAST_REF"),
        ("He was formerly a banker.", T, "formerly", "PAST_REF"),
        (
            "Prices may rise in the future.",
            T,
            "the future",
            "FUTURE_REF",
        ),
        (
            "Prices may rise in the near future.",
            T,
            "the near future",
            "FUTURE_REF",
        ),
        (
            "Under current market conditions it waits.",
            T,
            "current",
            "PRESENT_REF",
        ),
        (
            "Nowadays few people write letters.",
            T,
            "Nowadays",
            "PRESENT_REF",
        ),
    ]);
}
