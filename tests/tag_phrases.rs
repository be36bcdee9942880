//! Table-driven regression tests of the temporal tagger: one row per phrase or sentence with
//! its reference date and the expected TIMEX3 value (and type/mod where it matters), grouped
//! by phenomenon. Rows come from the seed articles, the TimeML conventions and error classes
//! found on the TempEval-3 dev set.

mod tag_common;

use tag_common::{check, check_full};

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
