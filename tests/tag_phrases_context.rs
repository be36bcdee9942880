//! Table-driven regression tests of the tagger where the sentence decides the value: the
//! direction of under-specified dates (tense, modals, plans, "since", a happening named after
//! the date), assistant phrases under a future preference, day ranges and the TempEval-3
//! error classes. Split from `tag_phrases.rs`, which holds the phrase-level rows.

mod tag_common;

use tag_common::{check, check_with};
use timeline::tag::Prefer;

const T: &str = "2022-02-01"; // a Tuesday, ISO week 5

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
