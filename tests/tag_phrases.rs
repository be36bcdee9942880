//! Table-driven regression tests of the temporal tagger: one row per phrase or sentence with
//! its reference date and the expected TIMEX3 value (and type/mod where it matters), grouped
//! by phenomenon. Rows come from the seed articles, the TimeML conventions and error classes
//! found on the TempEval-3 dev set.

mod tag_common;

use chrono::NaiveDate;
use tag_common::{check, check_with, d, find, run};
use timeline::tag::Prefer;
use timeline::tag::{TagOptions, tag};

/// Rows: (text, dct, span, value, type, mod or "").
fn check_full(rows: &[(&str, &str, &str, &str, &str, &str)]) {
    let mut failures = Vec::new();
    for (text, dct, span, want, kind, m) in rows {
        let found = run(text, dct, Prefer::Auto);
        let got = find(&found, text, span);
        let ok = got.is_some_and(|t| {
            t.value.to_string() == *want
                && t.kind.to_string() == *kind
                && t.modifier.map(|x| x.as_str()).unwrap_or("") == *m
        });
        if !ok {
            failures.push(format!(
                "{text:?} @{dct} [{span}] want {want} {kind} {m:?} got {:?}",
                got.map(|t| (t.text.clone(), t.value.to_string(), t.kind, t.modifier))
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

const SEED1: &str = "2022-02-01";
const SEED0: &str = "2022-02-08";
const SEED4: &str = "2022-02-03";

#[test]
fn seed_001_and_003() {
    check(&[
        (
            "Putin said on Tuesday that the United States was trying to drag Russia into an armed conflict.",
            SEED1,
            "Tuesday",
            "2022-02-01",
        ),
        (
            "On Friday, Putin will travel to Beijing for a summit with President Xi Jinping.",
            SEED1,
            "Friday",
            "2022-02-04",
        ),
        (
            "Asked about written responses from the United States to Moscow's security demands, which were delivered last week, Putin said it was clear.",
            SEED1,
            "last week",
            "2022-W04",
        ),
        (
            "Last December, as US officials began to sound the alarm over what they said was a Russian troop build-up, Moscow issued written demands.",
            SEED1,
            "Last December",
            "2021-12",
        ),
        (
            "Addressing the standoff over Ukraine for the first time since December, Mr Putin appeared to be trying to ease tensions.",
            SEED1,
            "December",
            "2021-12",
        ),
        (
            "Mr Putin has wanted to reintegrate it since the Ukrainian pro-Western revolution in 2014.",
            SEED1,
            "2014",
            "2014",
        ),
        (
            "After meetings with Russian officials last month, the United States and its NATO partners sent Russia written responses.",
            SEED1,
            "last month",
            "2022-01",
        ),
        (
            "At the United Nations on Tuesday, Russian Ambassador Vassily Nebenzia told reporters he hoped the Olympics would provide respite. The day before, Russia and the United States clashed angrily over the Ukraine crisis.",
            SEED1,
            "The day before",
            "2022-01-31",
        ),
        (
            "Mr Putin said he would continue to talk, including with Mr Macron, the French president, who may visit Moscow in the near future.",
            SEED1,
            "may",
            "",
        ),
        (
            "Officials have accused the Biden administration of overstating the threat, even as the Kremlin has massed more than 100,000 troops in the south.",
            SEED1,
            "100,000 troops",
            "",
        ),
        (
            "triggering a conflict that has killed over 14,000 people.",
            SEED1,
            "14,000 people",
            "",
        ),
        (
            "Mr Putin's appearance, at a joint press conference with Prime Minister Viktor Orban of Hungary after they met for five hours, came as a flurry of diplomacy.",
            SEED1,
            "five hours",
            "PT5H",
        ),
        (
            "Russian President Vladimir Putin on Tuesday lambasted the US and its allies.",
            SEED1,
            "Tuesday",
            "2022-02-01",
        ),
        (
            "Putin said in his first detailed public comments since December on the tensions.",
            SEED1,
            "December",
            "2021-12",
        ),
        ("The Sunday Times reported the talks.", SEED1, "Sunday", ""),
        ("Poland will send F-16 jets.", SEED1, "F-16", ""),
    ]);
}

#[test]
fn seed_000() {
    check(&[
        (
            "In the early hours of Tuesday, Putin warned for the second time in a week.",
            SEED0,
            "Tuesday",
            "2022-02-08",
        ),
        (
            "the formal response they submitted to Moscow on January 26, which contained proposals.",
            SEED0,
            "January 26",
            "2022-01-26",
        ),
        (
            "The White House said over the weekend he could order an attack within days\nor weeks.",
            SEED0,
            "the weekend",
            "2022-W05-WE",
        ),
        (
            "But last week's leaked US response to Spanish newspaper El Pais included proposals.",
            SEED0,
            "last week",
            "2022-W05",
        ),
        (
            "But at a Kremlin press conference that ended after 1 a.m. Putin spoke.",
            SEED0,
            "1 a.m.",
            "2022-02-08T01:00",
        ),
        ("It is not like 1997.", SEED0, "1997", "1997"),
        (
            "After more than three months of high tensions sparked by Putin's deployment, talks began.",
            SEED0,
            "three months",
            "P3M",
        ),
        (
            "\"Maybe you won't talk to your opponent for seven hours if you just want to",
            SEED0,
            "seven hours",
            "PT7H",
        ),
    ]);
    check_full(&[
        (
            "After more than three months of high tensions, talks began.",
            SEED0,
            "more than three months",
            "P3M",
            "DURATION",
            "MORE_THAN",
        ),
        (
            "a press conference that ended after 1 a.m. on the day",
            SEED0,
            "1 a.m.",
            "2022-02-08T01:00",
            "TIME",
            "",
        ),
    ]);
}

#[test]
fn seed_004_and_002() {
    check(&[
        (
            "Russian Minister of Foreign Affairs Sergei Lavrov called those secondary issues after a telephone call on Tuesday with US Secretary of State Antony Blinken.",
            SEED4,
            "Tuesday",
            "2022-02-01",
        ),
        (
            "Putin reiterated that US responses delivered last week to Moscow's security proposals ignored Moscow's key demands.",
            SEED4,
            "last week",
            "2022-W04",
        ),
        (
            "Putin said in his first detailed public comments since December on the tensions.",
            SEED4,
            "December",
            "2021-12",
        ),
        (
            "Kiev could use Western cover to retake Crimea, which Russia annexed in 2014.",
            SEED4,
            "2014",
            "2014",
        ),
        (
            "On the evening of January 26, the United States and NATO submitted to Russia written responses.",
            "2022-01-29",
            "January 26",
            "2022-01-26",
        ),
    ]);
    check_full(&[(
        "Putin repeated accusations that NATO reneged on assurances made in the early 1990s that the alliance would not expand.",
        SEED4,
        "1990s",
        "199",
        "DATE",
        "START",
    )]);
}

const T: &str = "2022-02-01"; // a Tuesday, ISO week 5

#[test]
fn calendar_dates() {
    check(&[
        ("It happened on Jan. 26.", T, "Jan. 26", "2022-01-26"),
        (
            "It happened on 26 January 2022.",
            T,
            "26 January 2022",
            "2022-01-26",
        ),
        (
            "It happened on January 26th.",
            T,
            "January 26th",
            "2022-01-26",
        ),
        ("It happened on 2022-01-26.", T, "2022-01-26", "2022-01-26"),
        ("It happened on 1/26/2022.", T, "1/26/2022", "2022-01-26"),
        ("It happened on 26/1/2022.", T, "26/1/2022", "2022-01-26"),
        ("It happened on 1/2/2022.", T, "1/2/2022", "2022-01-02"),
        (
            "It happened on Jan. 26, 2021.",
            T,
            "Jan. 26, 2021",
            "2021-01-26",
        ),
        ("The quarter ended Sept. 30.", T, "Sept. 30", "2021-09-30"),
        (
            "It opened March 3rd 2015.",
            T,
            "March 3rd 2015",
            "2015-03-03",
        ),
        ("Born 31st Oct 1974.", T, "31st Oct 1974", "1974-10-31"),
        ("Born 10/31/74.", T, "10/31/74", "1974-10-31"),
        ("Born 31-Oct-74.", T, "31-Oct-74", "1974-10-31"),
        ("Born 10.31.1974.", T, "10.31.1974", "1974-10-31"),
        (
            "It was founded in October 2014.",
            T,
            "October 2014",
            "2014-10",
        ),
        ("It was founded in July 1997.", T, "July 1997", "1997-07"),
        ("It was signed in November.", T, "November", "2021-11"),
        ("The vote will be held in March.", T, "March", "2022-03"),
        (
            "The plan was drafted March 5, 2020.",
            T,
            "March 5, 2020",
            "2020-03-05",
        ),
        (
            "The report came out Wednesday, Jan. 26.",
            T,
            "Jan. 26",
            "2022-01-26",
        ),
        ("The data for 2014/10 were lost.", T, "2014/10", "2014-10"),
        ("The rights expire Feb. 21.", T, "Feb. 21", "2022-02-21"),
        (
            "The dividend is payable Feb. 15 to holders.",
            T,
            "Feb. 15",
            "2022-02-15",
        ),
        ("The talks must end by May.", T, "May", "2022-05"),
        ("He arrived in Kyiv in January.", T, "January", "2022-01"),
        (
            "It was hot in July last year.",
            T,
            "July last year",
            "2021-07",
        ),
        (
            "It was signed January nineteen ninety-seven.",
            T,
            "January nineteen ninety-seven",
            "1997-01",
        ),
        (
            "The offer runs until 5 p.m. EST Feb. 9.",
            T,
            "5 p.m.",
            "2022-02-09T17:00",
        ),
        (
            "On Saturday, April 25: the court ruled.",
            "1998-04-24",
            "April 25",
            "1998-04-25",
        ),
        (
            "The first of March is a holiday.",
            T,
            "first of March",
            "2022-03-01",
        ),
        (
            "The September 11 attacks changed everything.",
            T,
            "September 11",
            "2021-09-11",
        ),
    ]);
}

#[test]
fn weekdays() {
    check(&[
        // "as early as" / "as soon as": the earliest a plan can happen, ahead.
        (
            "His father, who could come as early as Monday, said so.",
            T,
            "Monday",
            "2022-02-07",
        ),
        (
            "Officials said the team could leave as soon as Friday.",
            T,
            "Friday",
            "2022-02-04",
        ),
        ("Talks began as early as Monday.", T, "Monday", "2022-01-31"),
        (
            "The minister met on Monday with envoys.",
            T,
            "Monday",
            "2022-01-31",
        ),
        (
            "The minister will meet on Thursday with envoys.",
            T,
            "Thursday",
            "2022-02-03",
        ),
        ("He spoke last Friday.", T, "last Friday", "2022-01-28"),
        (
            "He will speak next Tuesday.",
            T,
            "next Tuesday",
            "2022-02-08",
        ),
        ("Monday's vote was close.", T, "Monday", "2022-01-31"),
        (
            "Police said Sunday that two men were held.",
            T,
            "Sunday",
            "2022-01-30",
        ),
        ("The attack came Saturday.", T, "Saturday", "2022-01-29"),
        (
            "The leaders are expected to meet Friday.",
            T,
            "Friday",
            "2022-02-04",
        ),
        (
            "The summit is due to open Thursday.",
            T,
            "Thursday",
            "2022-02-03",
        ),
        (
            "The offer had been due to expire Friday.",
            T,
            "Friday",
            "2022-01-28",
        ),
        (
            "He plans to visit Kyiv on Wednesday.",
            T,
            "Wednesday",
            "2022-02-02",
        ),
        (
            "Talks resumed Tuesday in Geneva.",
            T,
            "Tuesday",
            "2022-02-01",
        ),
        ("Talks ended on Mon. in Geneva.", T, "Mon.", "2022-01-31"),
        (
            "Markets rallied Thursday.",
            "2022-02-03",
            "Thursday",
            "2022-02-03",
        ),
        (
            "The vote is set for this Friday.",
            T,
            "this Friday",
            "2022-02-04",
        ),
    ]);
}

#[test]
fn relative_to_dct() {
    check(&[
        ("It rose last week.", T, "last week", "2022-W04"),
        ("It will rise next week.", T, "next week", "2022-W06"),
        ("It rose this week.", T, "this week", "2022-W05"),
        ("It rose last month.", T, "last month", "2022-01"),
        ("It will rise next month.", T, "next month", "2022-03"),
        ("It rose this month.", T, "this month", "2022-02"),
        ("It rose last year.", T, "last year", "2021"),
        ("It will rise next year.", T, "next year", "2023"),
        ("It rose this year.", T, "this year", "2022"),
        ("It fell three days ago.", T, "three days ago", "2022-01-29"),
        ("It fell two weeks ago.", T, "two weeks ago", "2022-01-18"),
        ("It fell five months ago.", T, "five months ago", "2021-09"),
        ("It fell five years ago.", T, "five years ago", "2017"),
        ("It fell a year ago.", T, "a year ago", "2021"),
        ("It fell yesterday.", T, "yesterday", "2022-01-31"),
        ("It falls today.", T, "today", "2022-02-01"),
        ("It falls tomorrow.", T, "tomorrow", "2022-02-02"),
        ("It fell last weekend.", T, "last weekend", "2022-W04-WE"),
        ("It falls this weekend.", T, "this weekend", "2022-W05-WE"),
        (
            "They talked over the weekend.",
            T,
            "the weekend",
            "2022-W04-WE",
        ),
        ("It happened last December.", T, "last December", "2021-12"),
        ("It will happen next June.", T, "next June", "2022-06"),
        ("It will happen this summer.", T, "this summer", "2022-SU"),
        ("It happened last fall.", T, "last fall", "2021-FA"),
        ("It happened last spring.", T, "last spring", "2021-SP"),
        (
            "It will be sold in two weeks.",
            T,
            "two weeks",
            "2022-02-15",
        ),
        (
            "It grew in the past two years.",
            T,
            "the past two years",
            "P2Y",
        ),
        (
            "Prices will rise in coming weeks.",
            T,
            "coming weeks",
            "FUTURE_REF",
        ),
        ("Sales fell in recent years.", T, "recent years", "PXY"),
        (
            "It closed in the current fiscal year.",
            T,
            "current fiscal year",
            "2022",
        ),
        (
            "It happened last Christmas.",
            T,
            "last Christmas",
            "2021-12-25",
        ),
        (
            "It will happen next Thanksgiving.",
            T,
            "next Thanksgiving",
            "2022-11-24",
        ),
    ]);
}

#[test]
fn modifiers() {
    check_full(&[
        (
            "Sales rose earlier this month.",
            T,
            "this month",
            "2022-02",
            "DATE",
            "START",
        ),
        (
            "Sales rose late last year.",
            T,
            "last year",
            "2021",
            "DATE",
            "END",
        ),
        (
            "Sales will rise early next week.",
            T,
            "next week",
            "2022-W06",
            "DATE",
            "START",
        ),
        (
            "Sales peaked in mid-2020.",
            T,
            "2020",
            "2020",
            "DATE",
            "MID",
        ),
        (
            "Sales peaked in early December.",
            T,
            "December",
            "2021-12",
            "DATE",
            "START",
        ),
        (
            "Sales peaked in late November.",
            T,
            "November",
            "2021-11",
            "DATE",
            "END",
        ),
        (
            "It lasted nearly two years.",
            T,
            "two years",
            "P2Y",
            "DURATION",
            "LESS_THAN",
        ),
        (
            "It lasted about three weeks.",
            T,
            "three weeks",
            "P3W",
            "DURATION",
            "APPROX",
        ),
        (
            "It lasted at least five years.",
            T,
            "five years",
            "P5Y",
            "DURATION",
            "EQUAL_OR_MORE",
        ),
        (
            "It will end within a year.",
            T,
            "a year",
            "P1Y",
            "DURATION",
            "EQUAL_OR_LESS",
        ),
        (
            "It lasted less than a week.",
            T,
            "a week",
            "P1W",
            "DURATION",
            "LESS_THAN",
        ),
        (
            "It began about two years ago.",
            T,
            "two years ago",
            "2020",
            "DATE",
            "APPROX",
        ),
        (
            "He left later yesterday.",
            T,
            "yesterday",
            "2022-01-31",
            "DATE",
            "END",
        ),
        (
            "He left late Tuesday.",
            T,
            "Tuesday",
            "2022-02-01",
            "DATE",
            "END",
        ),
        (
            "It was built at the end of 2020.",
            T,
            "2020",
            "2020",
            "DATE",
            "END",
        ),
    ]);
}

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

#[test]
fn false_positives() {
    check(&[
        ("Mr Macron, who may visit Moscow, spoke.", T, "may", ""),
        (
            "The Kremlin has massed more than 100,000 troops.",
            T,
            "100,000",
            "",
        ),
        ("The conflict has killed 14,000 people.", T, "14,000", ""),
        ("Some 2,000 people marched.", T, "2,000", ""),
        ("The Sunday Times reported it.", T, "Sunday", ""),
        // lower case: any country's polling day, not the US one
        (
            "Britons went to the polls on election day.",
            T,
            "election day",
            "",
        ),
        ("The Sunday Telegraph reported it.", T, "Sunday", ""),
        // a capitalised abbreviation before the verb "may" is a name, not Sunday
        (
            "A team working for Halliburton Sperry Sun may have been distracted.",
            T,
            "Sun",
            "",
        ),
        ("USA Today reported it.", T, "Today", ""),
        (
            "He told the BBC's Today programme the cap held.",
            T,
            "Today",
            "",
        ),
        ("She was on the Today show.", T, "Today", ""),
        ("Poland sent F-16 jets.", T, "16", ""),
        // a 24-hour clock time with its zone
        ("The cap was removed at 1737GMT on Saturday.", T, "1737", ""),
        ("This was completed at 1930 CDT on 1 June.", T, "1930", ""),
        (
            "The flow was shut off at 1425 local time (1925 GMT).",
            T,
            "1925",
            "",
        ),
        ("COVID-19 cases rose.", T, "19", ""),
        ("NATO's Article 5 applies.", T, "5", ""),
        ("A Boeing 737 crashed.", T, "737", ""),
        ("An Airbus 2000 model flew.", T, "2000", ""),
        ("The final score was 3-2.", T, "3-2", ""),
        ("Call 555-1234 for details.", T, "555-1234", ""),
        ("Flight 1549 landed on the river.", T, "1549", ""),
        ("April Ryan asked a question.", T, "April", ""),
        ("Protesters march on the capital.", T, "march", ""),
        ("Prices fall sharply.", T, "fall", ""),
        ("A 6-year-old boy was hurt.", T, "6-year", ""),
        ("The man, 52 years old, was hurt.", T, "52 years", ""),
        ("He sat down.", T, "sat", ""),
        ("The Winter Olympics open soon.", T, "Winter", ""),
        ("I may go.", T, "may", ""),
        ("May I ask a question?", T, "May", ""),
        ("It covers 1,000 acres.", T, "1,000", ""),
        ("UN Resolution 2334 passed.", T, "2334", ""),
        ("They ran Windows 2000 servers.", T, "2000", ""),
        ("Inflation hit 2.5% in the period.", T, "2.5", ""),
        ("It cost $2015 in total.", T, "2015", ""),
        ("About 1/2 of voters agreed.", T, "1/2", ""),
        ("He will march to the sea.", T, "march", ""),
        ("Thousands joined the March for Life.", T, "March", ""),
        ("She led the annual March through the city.", T, "March", ""),
        (
            "Mothers walked at the head of the March of the Combatant Mothers.",
            T,
            "March",
            "",
        ),
        ("He spoke at the March on Washington.", T, "March", ""),
        ("The Good Friday Agreement holds.", T, "Friday", ""),
        ("He watched This Week on television.", T, "This Week", ""),
        ("She earned 2000 points.", T, "2000", ""),
        ("It rose 2012%.", T, "2012", ""),
        ("Sun Microsystems, a firm, grew.", T, "Sun", ""),
        ("The fall of the Berlin Wall shocked many.", T, "fall", ""),
    ]);
}

#[test]
fn absurd_dates() {
    check(&[
        ("It happened on February 30.", T, "February 30", ""),
        ("It happened on the 45th of May.", T, "45th of May", ""),
        ("It happens in year 99999.", T, "99999", ""),
        ("It happened on 2022-13-45.", T, "2022-13-45", ""),
        ("It happened on 13/45/2022.", T, "13/45/2022", ""),
        ("It happened on May 45.", T, "May 45", ""),
        (
            "It happened on February 29, 2021.",
            T,
            "February 29, 2021",
            "",
        ),
        ("It happened on 2022-02-30.", T, "2022-02-30", ""),
        ("It happened on June 31.", T, "June 31", ""),
    ]);
    check(&[(
        "It happened on February 29, 2020.",
        T,
        "February 29, 2020",
        "2020-02-29",
    )]);
}

#[test]
fn without_dct() {
    check(&[
        (
            "Putin said on Tuesday that talks would go on.",
            "",
            "Tuesday",
            "XXXX-WXX-2",
        ),
        ("It happened on January 26.", "", "January 26", "XXXX-01-26"),
        ("It rose last week.", "", "last week", "XXXX-WXX"),
        ("It was annexed in 2014.", "", "2014", "2014"),
        (
            "It happened on Jan. 26, 2022.",
            "",
            "Jan. 26, 2022",
            "2022-01-26",
        ),
        ("It fell yesterday.", "", "yesterday", "XXXX-XX-XX"),
        ("It took six weeks.", "", "six weeks", "P6W"),
        ("It happened in December.", "", "December", "XXXX-12"),
    ]);
}

#[test]
fn forced_directions() {
    let r = "2013-02-12"; // Duckling's reference, a Tuesday
    check_with(
        &[
            ("monday", r, "monday", "2013-02-18"),
            ("friday", r, "friday", "2013-02-15"),
            ("february 15", r, "february 15", "2013-02-15"),
            ("March", r, "March", "2013-03"),
            ("tomorrow", r, "tomorrow", "2013-02-13"),
            ("next week", r, "next week", "2013-W08"),
            ("next year", r, "next year", "2014"),
            ("in 2014", r, "2014", "2014"),
            ("thanksgiving", r, "thanksgiving", "2013-11-28"),
            ("last tuesday", r, "last tuesday", "2013-02-05"),
            ("next tuesday", r, "next tuesday", "2013-02-19"),
            ("He said it happened Friday.", r, "Friday", "2013-02-15"),
            ("2/15", r, "2/15", "2013-02-15"),
            ("on 2/15", r, "2/15", "2013-02-15"),
            ("10/31/1974", r, "10/31/1974", "1974-10-31"),
            ("May", r, "May", "2013-05"),
            ("sat", r, "sat", "2013-02-16"),
            ("fri.", r, "fri.", "2013-02-15"),
        ],
        Prefer::Future,
    );
    check_with(
        &[
            ("The summit will open Friday.", T, "Friday", "2022-01-28"),
            (
                "It will happen on January 26.",
                T,
                "January 26",
                "2022-01-26",
            ),
            ("It will happen in December.", T, "December", "2021-12"),
        ],
        Prefer::Past,
    );
}

#[test]
fn offsets_are_byte_spans_of_the_text() {
    let text = "Zelensky’s aides said on Tuesday – “calmly” – that it ended.";
    let found = run(text, T, Prefer::Auto);
    let t = found.iter().find(|t| t.text == "Tuesday").expect("Tuesday");
    assert_eq!(&text[t.start..t.end], "Tuesday");
    assert_eq!(t.value.to_string(), "2022-02-01");
}

#[test]
fn never_panics_on_odd_input() {
    let mut inputs: Vec<String> = vec![
        String::new(),
        "9".repeat(5000),
        "January 99999999999999999999999".into(),
        "the 99999999999999999999th century".into(),
        "in 9999999999 years ago".into(),
        "2022-02-30T25:61".into(),
        "'".into(),
        "’90s ’’ ‘".into(),
        "日本語のテキスト 2022年1月26日".into(),
        "\u{0}\u{1}\u{7f}\u{80}\u{10ffff}".into(),
        "Jan. Feb. Mar. . . , , - - / / :".into(),
        "a a a a a a a a a year year year ago ago".into(),
        "12:".into(),
        "5 p.".into(),
        "the 1990".into(),
        "every".into(),
        "more than".into(),
        "early early early early early 1990s".into(),
        // relative units at the ends of chrono's calendar
        "next week, this weekend, next year, next decade, the next century, that year".into(),
        "in 99 centuries, 5000 years ago, next Christmas, the following week".into(),
    ];
    // every short word of the lexicon glued in odd orders
    let words = [
        "last", "the", "of", "may", "2022", "30", "february", "day", "before", "-", "'", "s",
    ];
    for a in words {
        for b in words {
            for c in words {
                inputs.push(format!("{a} {b} {c}"));
                inputs.push(format!("{a}{b}{c}"));
            }
        }
    }
    for dct in [
        d("2022-02-01"),
        None,
        Some(NaiveDate::MAX),
        Some(NaiveDate::MIN),
    ] {
        for p in [Prefer::Auto, Prefer::Past, Prefer::Future] {
            for s in &inputs {
                for t in tag(s, dct, &TagOptions { prefer: p }) {
                    assert!(s.is_char_boundary(t.start) && s.is_char_boundary(t.end));
                    assert!(t.start < t.end && t.end <= s.len());
                }
            }
        }
    }
}

#[test]
fn results_are_sorted_and_disjoint() {
    let text = "On Jan. 10, 2022 at 3 p.m. and again last week, then yesterday and tomorrow.";
    let found = run(text, T, Prefer::Auto);
    assert!(found.len() >= 4);
    for w in found.windows(2) {
        assert!(w[0].end <= w[1].start);
    }
}

#[test]
#[rustfmt::skip]
fn assistant_phrases_under_future() {
    let r = "2013-02-12"; // Tuesday
    check_with(&[
        ("tuesday", r, "tuesday", "2013-02-19"),
        ("this monday", r, "this monday", "2013-02-18"),
        ("next saturday", r, "next saturday", "2013-02-23"),
        ("Tuesday the 19th", r, "Tuesday the 19th", "2013-02-19"),
        ("Thu 15th", r, "Thu 15th", "2013-08-15"),
        ("wednesday of next week", r, "wednesday of next week", "2013-02-20"),
        ("wednesday next week", r, "wednesday next week", "2013-02-20"),
        ("monday of this week", r, "monday of this week", "2013-02-11"),
        ("sunday from last week", r, "sunday from last week", "2013-02-10"),
        ("last week's sunday", r, "last week's sunday", "2013-02-10"),
        ("friday after next", r, "friday after next", "2013-02-22"),
        ("wednesday after next", r, "wednesday after next", "2013-02-20"),
        ("the day after tomorrow", r, "the day after tomorrow", "2013-02-14"),
        ("the day before yesterday", r, "the day before yesterday", "2013-02-10"),
        ("first tuesday of october", r, "first tuesday of october", "2013-10-01"),
        ("third tuesday of september 2014", r, "third tuesday of september 2014", "2014-09-16"),
        ("last Sunday of March 2014", r, "last Sunday of March 2014", "2014-03-30"),
        ("last friday of october", r, "last friday of october", "2013-10-25"),
        ("first monday of last month", r, "first monday of last month", "2013-01-07"),
        ("the first Monday of the month", r, "first Monday of the month", "2013-02-04"),
        ("last day of october 2015", r, "last day of october 2015", "2015-10-31"),
        ("third day of october", r, "third day of october", "2013-10-03"),
        ("20th of next month", r, "20th of next month", "2013-03-20"),
        ("20th of the previous month", r, "20th of the previous month", "2013-01-20"),
        ("3 fridays from now", r, "3 fridays from now", "2013-03-01"),
        ("2 thursdays ago", r, "2 thursdays ago", "2013-01-31"),
        ("a week ago", r, "a week ago", "2013-02-05"),
        ("in a week", r, "a week", "2013-02-19"),
        ("three weeks hence", r, "three weeks hence", "2013-03-05"),
        ("3 years from today", r, "3 years from today", "2016"),
        ("upcoming two weeks", r, "upcoming two weeks", "2013-W09"),
        ("2 upcoming months", r, "2 upcoming months", "2013-04"),
        ("Fri, Jul 18", r, "Fri, Jul 18", "2014-07-18"),
        ("Jul 18, Fri", r, "Jul 18, Fri", "2014-07-18"),
        ("on the 15th", r, "15th", "2013-02-15"),
        ("2/2013", r, "2/2013", "2013-02"),
        ("third qtr", r, "third qtr", "2013-Q3"),
        ("black friday", r, "black friday", "2013-11-29"),
        ("new year's day", r, "new year's day", "2014-01-01"),
        ("st patrick's day 2013", r, "st patrick's day 2013", "2013-03-17"),
        ("palm sunday", r, "palm sunday", "2013-03-24"),
        ("whit monday", r, "whit monday", "2013-05-20"),
        ("mardi gras", r, "mardi gras", "2013-02-12"),
    ], Prefer::Future);
}

#[test]
#[rustfmt::skip]
fn tbaq_error_classes() {
    check(&[
        // relative weekday against the narrative's day
        ("Stocks closed lower Friday. The index fell 4.5% from the previous Friday.", "1989-10-30", "previous Friday", "1989-10-20"),
        // "coming Sunday" is the first one ahead, "next Sunday" next week's
        ("International Women's Day is this coming Sunday, March eighth.", "1998-03-05", "coming Sunday", "1998-03-08"),
        // a cue word after a determiner is a noun ("the plan")
        ("The thrift announced the plan Aug. 21.", "1989-10-27", "Aug. 21", "1989-08-21"),
        // month-days a few weeks ahead in past-tense sentences (record and payment dates)
        ("The board declared a dividend payable Dec. 7 to stock of record Nov. 22.", "1989-10-27", "Dec. 7", "1989-12-07"),
        ("The board declared a dividend payable Dec. 7 to stock of record Nov. 22.", "1989-10-27", "Nov. 22", "1989-11-22"),
        ("The offer, which had been due to expire Friday evening, was extended.", "1989-10-30", "Friday evening", "1989-10-27TEV"),
        ("It agreed to extend its bid to Nov. 6.", "1989-10-30", "Nov. 6", "1989-11-06"),
        // amounts with a filler word before the unit
        ("It keeps a naval base there for at least 20 more years.", T, "20 more years", "P20Y"),
        ("Eight trading days after Oct. 12, prices fell.", T, "Eight trading days", "P8D"),
        ("Markets are thin these days.", T, "these days", "PRESENT_REF"),
        ("Unemployment was to halve by the year two thousand.", T, "two thousand", "2000"),
        // reporting periods
        ("Net rose in the latest quarter.", "1989-11-02", "latest quarter", "1989-Q3"),
        ("Net rose in the third quarter. The year-ago results included a charge.", "1989-11-02", "year-ago", "1988-Q3"),
        ("Net rose in the third quarter, compared with $5 million a year earlier.", "1989-11-02", "a year earlier", "1988-Q3"),
        ("For the year ended Sept. 30, Ralston earned more.", "1989-11-02", "the year", "P1Y"),
        ("Sales for the year rose.", "1989-11-02", "the year", "1989"),
        ("Profit fell in the 1988 second quarter.", "1989-11-02", "second quarter", "1988-Q2"),
        ("Profit fell in the fourth quarter.", "1998-01-26", "fourth quarter", "1997-Q4"),
        // ages, fractions and counts are no timexes
        ("A 6-year-old girl and her 52-year-old father were hurt.", T, "52-year", ""),
        ("About three-quarters of voters agreed.", T, "three-quarters", ""),
        ("In the 1988 quarter, it earned $376,000.", "1989-10-30", "1988 quarter", "1988"),
        // bare plural units are unspecified durations
        ("Ukraine was ruled from Moscow for decades.", T, "decades", "PXY"),
        ("The talks could take months.", T, "months", "PXM"),
        // passives and deadlines
        ("The vote will be held in March.", T, "March", "2022-03"),
        ("The talks are supposed to conclude by May.", T, "May", "2022-05"),
        ("Sales rose in coming months.", T, "coming months", "FUTURE_REF"),
        ("It happened in July last year.", "1998-02-19", "July last year", "1997-07"),
        ("The court ruled on Saturday, April 25.", "1998-04-24", "April 25", "1998-04-25"),
    ]);
}

#[test]
#[rustfmt::skip]
fn day_ranges() {
    let r = "2013-02-12";
    check_with(&[
        ("July 13-15", r, "July 13", "2013-07-13"),
        ("July 13-15", r, "15", "2013-07-15"),
        ("July 13 through 15", r, "15", "2013-07-15"),
        ("from 13th to 15th July", r, "13th", "2013-07-13"),
        ("from 13th to 15th July", r, "15th July", "2013-07-15"),
        ("1-8 september", r, "1", "2013-09-01"),
        ("The fair runs Aug. 27 to the 29th, 2014.", r, "Aug. 27", "2013-08-27"),
        ("20 of next month", r, "20 of next month", "2013-03-20"),
        ("Pentecost", r, "Pentecost", "2013-05-19"),
    ], Prefer::Future);
    // a range whose second number is a count is no range
    check(&[("The vote on March 3 to 15 members passed.", T, "15 members", "")]);
}

#[test]
#[rustfmt::skip]
fn direction_cues() {
    check(&[
        ("Elian might come to the U.S. as soon as Tuesday.", "2000-04-03", "Tuesday", "2000-04-04"),
        ("The stock is to resume trading in Paris Tuesday.", "1989-10-26", "Tuesday", "1989-10-31"),
        ("The office of the chairman was created, effective Feb. 1.", "1989-11-02", "Feb. 1", "1990-02-01"),
        ("He was shot to death last Oct. 23 at his home.", "1999-04-19", "Oct. 23", "1998-10-23"),
        ("He appeared in court on Feb. 22. He was healthy the next morning.", "2000-02-24", "next morning", "2000-02-23TMO"),
        ("The alliance meets at its summit on April 24 and 25.", "1999-02-10", "April 24", "1999-04-24"),
        ("Police have been looking for him since shortly after the Oct. 23 slaying.", "1999-05-06", "Oct. 23", "1998-10-23"),
        // "since" bounds a span up to now: the date is past, however close the next one is
        ("The fund has grown since Christmas.", "1989-10-20", "Christmas", "1988-12-25"),
        ("Shares have slid since Thanksgiving.", "1989-10-20", "Thanksgiving", "1988-11-24"),
        ("Prices have risen since November.", "1989-10-20", "November", "1988-11"),
        ("The fund will grow by Christmas.", "1989-10-20", "Christmas", "1989-12-25"),
        // a date right before an unscheduled happening names one that took place; a
        // scheduled one can lie ahead
        ("The 20 April explosion remains a mystery.", "2010-12-15", "20 April", "2010-04-20"),
        ("Failing to keep the well under control in the period leading up to the 20 April explosion.", "2010-12-15", "20 April", "2010-04-20"),
        ("The 20 April vote remains open.", "2010-12-15", "20 April", "2011-04-20"),
        // a modal of possibility points ahead; negated, it is a past inability
        ("Forecasters say that strong winds on Sunday could push more oil onto the shore.", "2010-05-01", "Sunday", "2010-05-02"),
        ("He said the pipe could arrive on Wednesday and be usable by Thursday or Friday.", "2010-05-12", "Friday", "2010-05-14"),
        ("BP says the new dome should be working later on Thursday or Friday.", "2010-05-13", "Friday", "2010-05-14"),
        ("Neither he nor his grandparents could be located Wednesday in Cardenas.", "2000-01-06", "Wednesday", "2000-01-05"),
        ("The family could not be reached on Monday.", "2010-05-12", "Monday", "2010-05-10"),
        // "hopes to", "preparing to": plans
        ("BP hopes to begin its attempt to seal the well with a static kill procedure on Tuesday.", "2010-08-02", "Tuesday", "2010-08-03"),
        ("With BP preparing to inject mud into its blown-out well on Tuesday.", "2010-08-02", "Tuesday", "2010-08-03"),
        // the second half of a hyphenated compound is no past verb
        ("Engineers plan to lower the box over the site on Thursday, using remote-controlled submarines.", "2010-05-05", "Thursday", "2010-05-06"),
        // the tense after "but" is another clause's
        ("Robots removed the containment cap at 1737GMT on Saturday but it will be several days before the new cap is in place.", "2010-07-11", "Saturday", "2010-07-10"),
    ]);
}

#[test]
#[rustfmt::skip]
fn coarse_narrative_and_periods() {
    check(&[
        ("He left for Miami in June 1998 and returned to Cuba later that year.", "2000-01-28", "that year", "1998"),
        ("Two helicopters crashed last February.", "1998-03-01", "last February", "1997-02"),
        ("It could be effective as early as next year's first quarter.", "1989-10-31", "next year's first quarter", "1990-Q1"),
        ("Net rose in the third quarter. In the 1989 period also, interest expense fell.", "1989-11-01", "1989 period", "1989-Q3"),
        ("The accession was planned for early March.", "1999-02-10", "March", "1999-03"),
        ("His car was seen in the weeks before the killing.", T, "weeks before", ""),
    ]);
}

#[test]
#[rustfmt::skip]
fn more_tbaq_classes() {
    check(&[
        ("A second group of three directors resigned.", T, "second", ""),
        ("The day before last Tuesday's hearing, he left.", "2000-02-24", "day before last Tuesday", "2000-02-21"),
        ("Albright flew home the day after Christmas.", T, "day after Christmas", "2021-12-26"),
        ("Sales of a joint venture called Orion 1980 rose.", T, "1980", ""),
        ("The market has grown in recent years.", T, "recent years", "PXY"),
        ("There were sell programs in past years, too.", T, "past years", "PAST_REF"),
        ("It bodes ill for coming quarters.", T, "coming quarters", "FUTURE_REF"),
        ("Since 1990 prices rose.", T, "1990", "1990"),
    ]);
}

#[test]
#[rustfmt::skip]
fn seasons_and_future_refs() {
    let r = "2013-02-12";
    check_with(&[
        ("this season", r, "this season", "2012-WI"),
        ("last season", r, "last season", "2012-FA"),
        ("next season", r, "next season", "2013-SP"),
    ], Prefer::Future);
    check(&[("It will cut tax payments in future quarters.", T, "future quarters", "FUTURE_REF")]);
}

#[test]
#[rustfmt::skip]
fn spelled_years_and_year_end() {
    check(&[
        ("Atlanta nineteen ninety-six. A bomb blast shocks the games.", "1998-02-27", "nineteen ninety-six", "1996"),
        ("Banks expect losses by year-end.", "1989-11-02", "year-end", "1989-12-31"),
        ("Earnings will fall for the fiscal year.", "1989-11-02", "fiscal year", "1989"),
        ("Sales for the full year rose.", "1989-11-02", "full year", "1989"),
    ]);
}

#[test]
#[rustfmt::skip]
fn spelled_clock_times_are_no_years() {
    check(&[
        ("We meet at ten thirty.", T, "ten thirty", ""),
        ("The train leaves at twelve fifteen.", T, "twelve fifteen", ""),
    ]);
}

/// A sentence-initial weekday whose plan cue follows a present auxiliary ("is expected to",
/// "are to"): found on the synthetic corpus, where such weekdays resolved to the past.
#[test]
fn plan_after_a_present_auxiliary_points_forward() {
    check(&[
        (
            "On Monday, the minister is expected to sign the deal.",
            "2022-02-02",
            "Monday",
            "2022-02-07",
        ),
        (
            "On Monday, the board of the company that owns the port is expected to vote.",
            "2022-02-02",
            "Monday",
            "2022-02-07",
        ),
        (
            "On Monday, the talks are to resume in Geneva.",
            "2022-02-02",
            "Monday",
            "2022-02-07",
        ),
    ]);
}
