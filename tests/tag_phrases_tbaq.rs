//! Table-driven regression tests of the TimeML/TIMEX3 conventions fixed against the TempEval-3
//! TBAQ error classes: one row per phrase or sentence with its reference date and the
//! expected TIMEX3 value (and type where it matters), grouped by convention. Every row states a
//! rule of news text in general, not the answer of one TBAQ document (the sentences are
//! paraphrased).

mod tag_common;

use timeline::tag::Prefer;

/// Rows: (text, dct, span, expected value, expected type or ""), direction `auto`.
fn check(rows: &[(&str, &str, &str, &str, &str)]) {
    tag_common::check_typed(rows, Prefer::Auto)
}

/// In a results report, "the quarter", "the latest period" mean the reporting quarter: the
/// first quarter the report names (fiscal or calendar; not one a forecast looks ahead to), else
/// the last completed one; "that quarter" is the quarter last named.
#[test]
fn reporting_quarter() {
    check(&[
        (
            "Sun earned $5 million in the fiscal first quarter. It shipped 28,000 systems in the quarter.",
            "1989-10-26",
            "the quarter",
            "1989-Q1",
            "DATE",
        ),
        (
            "Ralston reported a decline in fourth-quarter earnings. Sales in the latest period were $1.76 billion.",
            "1989-11-02",
            "the latest period",
            "1989-Q4",
            "DATE",
        ),
        // A quarter still to come is no reporting period.
        (
            "Analysts expect a weak fourth quarter. Profit fell 59% in the latest quarter.",
            "1989-10-30",
            "the latest quarter",
            "1989-Q3",
            "DATE",
        ),
        (
            "Profit rose 5% in the quarter.",
            "1989-10-30",
            "the quarter",
            "1989-Q3",
            "DATE",
        ),
        (
            "After a flat second quarter, results improved. Results for that quarter included a charge.",
            "1989-11-01",
            "that quarter",
            "1989-Q2",
            "DATE",
        ),
    ]);
}

/// "the near term", "the short term" are the coming period: FUTURE_REF (as "the near
/// future").
#[test]
fn near_term_is_future_ref() {
    check(&[
        (
            "We don't minimize the challenges of the near term.",
            "1989-10-30",
            "the near term",
            "FUTURE_REF",
            "DATE",
        ),
        (
            "The plan would placate holders in the short term.",
            "1989-10-30",
            "the short term",
            "FUTURE_REF",
            "DATE",
        ),
        ("short-term debt rose", "1989-10-30", "short-term", "", ""),
    ]);
}

/// After "to", "fall" is a verb, except as the end of a range of seasons.
#[test]
fn fall_after_to_is_a_verb() {
    check(&[
        (
            "The group began to fall apart in mid-1996.",
            "1998-02-19",
            "fall",
            "",
            "",
        ),
        (
            "Prices are expected to fall further.",
            "1998-02-23",
            "fall",
            "",
            "",
        ),
        (
            "The season runs from spring to fall.",
            "1998-02-23",
            "fall",
            "1997-FA",
            "",
        ),
        (
            "Sales slowed last fall.",
            "1998-02-23",
            "last fall",
            "1997-FA",
            "",
        ),
    ]);
}

/// Direction cues: "set to" and "would" look ahead; a deadline ("by", "until") under a
/// past perfect lies in the past.
#[test]
fn direction_cues() {
    check(&[
        (
            "Extremists tried to undermine the peace process, set to resume Monday in Belfast.",
            "1998-03-22",
            "Monday",
            "1998-03-23",
            "",
        ),
        (
            "His lawyer announced that the father would be traveling to the United States Thursday.",
            "2000-04-05",
            "Thursday",
            "2000-04-06",
            "",
        ),
        (
            "Until Thursday, they had not called Kopp a suspect.",
            "1999-05-07",
            "Thursday",
            "1999-05-06",
            "",
        ),
        (
            "The members had filed compliance reports by Wednesday.",
            "1990-08-16",
            "Wednesday",
            "1990-08-15",
            "",
        ),
        // A full month name does not hide the end of its sentence ("in December. Colonel").
        (
            "Collins will be named commander for a mission in December. Colonel Collins has been the co-pilot before.",
            "1998-03-04",
            "December",
            "1998-12",
            "",
        ),
        // "next to" is a place, not a cue.
        (
            "A bomb ripped through an office building next to the U.S. embassy in Nairobi Friday morning.",
            "1998-08-08",
            "Friday morning",
            "1998-08-07TMO",
            "",
        ),
        // A plan made earlier is past: "as previously planned".
        (
            "Bush let the ground offensive begin as previously planned Saturday night.",
            "1991-02-25",
            "Saturday night",
            "1991-02-23TNI",
            "",
        ),
        // A deadline stays ahead otherwise.
        (
            "The company will complete the sale by Friday.",
            "1990-08-16",
            "Friday",
            "1990-08-17",
            "",
        ),
    ]);
}

/// Fractions of a unit are part of the amount ("2 1/2 years", "a minute and a half"). As in
/// TimeBank, the fraction is written in the next smaller unit (P2Y6M, PT5H30M, P2DT12H); a
/// fraction with no whole smaller unit keeps the decimal.
#[test]
fn fractional_durations() {
    check(&[
        (
            "They lived in refugee camps for 2 1/2 years.",
            "1998-02-27",
            "2 1/2 years",
            "P2Y6M",
            "DURATION",
        ),
        (
            "She spent about 5 1/2 hours in Nairobi.",
            "1998-08-17",
            "5 1/2 hours",
            "PT5H30M",
            "DURATION",
        ),
        (
            "But a minute and a half later, a pilot radioed.",
            "1998-01-14",
            "a minute and a half",
            "PT1M30S",
            "DURATION",
        ),
        (
            "The talks lasted two and a half days.",
            "1998-01-14",
            "two and a half days",
            "P2DT12H",
            "DURATION",
        ),
        (
            "The strike lasted 1.5 months.",
            "1998-01-14",
            "1.5 months",
            "P1.5M",
            "DURATION",
        ),
        (
            "as it has for almost a hundred years.",
            "1998-02-13",
            "a hundred years",
            "P100Y",
            "DURATION",
        ),
    ]);
}

/// "or so" before "ago" keeps the offset ("a week or so ago" is a date, as "a week ago");
/// "April 24 and 25" are two dates, the second taking the first one's month.
#[test]
fn or_so_ago_and_day_lists() {
    check(&[
        (
            "Then, a week or so ago, the general picked the date.",
            "1991-02-25",
            "a week or so ago",
            "1991-02-18",
            "DATE",
        ),
        (
            "The leaders meet at the Washington summit on April 24 and 25.",
            "1999-02-10",
            "25",
            "1999-04-25",
            "DATE",
        ),
        ("He hired 24 and 25 people.", "1999-02-10", "25", "", ""),
        (
            "Prices rose on May 5 and 6 percent later.",
            "1999-02-10",
            "6 percent",
            "",
            "",
        ),
    ]);
}

/// Decades in words are 20th-century decades, as "the 1990s"; "in his sixties" is an age.
#[test]
fn decades_in_words() {
    check(&[
        (
            "Group numbers kept dropping through the nineties.",
            "1998-03-03",
            "the nineties",
            "199",
            "DATE",
        ),
        (
            "It began in the early sixties.",
            "1998-03-03",
            "the early sixties",
            "196",
            "DATE",
        ),
        (
            "A man in his sixties was hurt.",
            "1998-03-03",
            "sixties",
            "",
            "",
        ),
    ]);
}

/// A part of day without a day ("in the morning", "by mid afternoon", "mid-afternoon
/// yesterday") is that part of the day the narrative is at (TIME); "the morning session"
/// and "the night the plane went down" are not tagged.
#[test]
fn bare_parts_of_day() {
    check(&[
        (
            "In London at mid-afternoon yesterday, shares were up.",
            "1989-11-02",
            "mid-afternoon yesterday",
            "1989-11-01TAF",
            "TIME",
        ),
        (
            "Prices dashed Friday. Dealers placed orders in the morning to start trading.",
            "1989-10-30",
            "the morning",
            "1989-10-27TMO",
            "TIME",
        ),
        (
            "By mid afternoon, official sources were saying the fight was over.",
            "1998-03-06",
            "mid afternoon",
            "1998-03-06TAF",
            "TIME",
        ),
        (
            "The morning session ended early.",
            "1998-03-06",
            "morning",
            "",
            "",
        ),
        (
            "Tapes from the night the plane went down were released.",
            "1998-03-06",
            "night",
            "",
            "",
        ),
    ]);
}

/// "the week of March 6" is the week containing that day.
#[test]
fn week_of_a_day() {
    check(&[(
        "It could be resolved in a court hearing the week of March 6, he said.",
        "2000-02-24",
        "the week of March 6",
        "2000-W10",
        "DATE",
    )]);
}

/// "Now" opening a sentence before a comma is a discourse marker ("Now, he says, …"), not the
/// present; "the future of X" is a thing, not a time. "now" and "the future" elsewhere stay
/// PRESENT_REF and FUTURE_REF.
#[test]
fn discourse_now_and_the_future_of() {
    check(&[
        (
            "Iraq was ready to withdraw. Now, he says, the West wants a war.",
            "1991-02-25",
            "Now",
            "",
            "",
        ),
        (
            "Now, following asset sales, the company is profitable.",
            "1989-10-27",
            "Now",
            "",
            "",
        ),
        (
            "Now the alliance's mission is less clear.",
            "1999-03-12",
            "Now",
            "PRESENT_REF",
            "DATE",
        ),
        (
            "For now, the embassy stays closed.",
            "1998-08-20",
            "now",
            "PRESENT_REF",
            "DATE",
        ),
        (
            "That is very important to the future of our peoples.",
            "1998-02-13",
            "the future",
            "",
            "",
        ),
        (
            "Residents are worried about the future and fear the worst.",
            "1998-03-06",
            "the future",
            "FUTURE_REF",
            "DATE",
        ),
    ]);
}

/// Without a publication date the year-ago quarter still names its quarter.
#[test]
fn year_ago_quarter_without_a_date_keeps_its_quarter() {
    let text = "National Intergroup in the year-ago third quarter earned $22.5 million.";
    let got: Vec<String> = timeline::tag::tag(text, None, &timeline::tag::TagOptions::default())
        .iter()
        .map(|t| t.value.to_string())
        .collect();
    assert_eq!(got, ["XXXX-Q3"]);
}

/// "the year-ago third quarter" is one expression: that quarter a year back. A quarter a
/// sentence looks ahead to and that is not over yet is a forecast, not the period a later
/// "year-ago period" compares with.
#[test]
fn year_ago_quarters() {
    check(&[
        (
            "National Intergroup in the year-ago third quarter earned $22.5 million.",
            "1989-10-26",
            "the year-ago third quarter",
            "1988-Q3",
            "DATE",
        ),
        (
            "In the year-earlier fourth quarter, the bank had net income of $2.8 million.",
            "1990-01-20",
            "the year-earlier fourth quarter",
            "1988-Q4",
            "DATE",
        ),
        (
            "Net fell 8% in the third quarter. Analysts think steelmakers will report losses through the third quarter of 1990. In the year-ago period, it earned $101 million.",
            "1989-10-26",
            "the year-ago period",
            "1988-Q3",
            "DATE",
        ),
    ]);
}

/// "year end" and "year's end" are "the end of the year": the current year, mod END (the
/// compound "year-end" stays the year's last day).
#[test]
fn year_end_in_words() {
    check(&[
        (
            "It plans to cut employment by 6,000 people by year end.",
            "1989-10-31",
            "year end",
            "1989",
            "DATE",
        ),
        (
            "Rules that should be in place by year's end were delayed.",
            "1989-10-27",
            "year's end",
            "1989",
            "DATE",
        ),
        (
            "The deal should close by year-end.",
            "1989-10-27",
            "year-end",
            "1989-12-31",
            "DATE",
        ),
    ]);
}

/// "a quarter of the market" is a fraction, not three months ("a quarter of a century" and
/// "several quarters of losses" stay time); quarters as durations and sets keep their unit, as
/// TimeBank writes them (P2Q, PXQ, P1Q). "one day" right after a modal is "some day":
/// FUTURE_REF.
#[test]
fn quarter_fractions_and_one_day() {
    check(&[
        (
            "Funds account for more than a quarter of the entire junk market.",
            "1989-10-27",
            "a quarter",
            "",
            "",
        ),
        (
            "The company posted a profit after several quarters of losses.",
            "1989-10-27",
            "several quarters",
            "PXQ",
            "DURATION",
        ),
        (
            "The maker has had substantial losses in the past two quarters.",
            "1989-10-27",
            "two quarters",
            "P2Q",
            "DURATION",
        ),
        (
            "It will pay about $100 million in interest every quarter.",
            "1989-10-27",
            "every quarter",
            "P1Q",
            "SET",
        ),
        (
            "Islam will one day be the second largest religion in the country.",
            "1998-03-03",
            "one day",
            "FUTURE_REF",
            "DATE",
        ),
        (
            "Mr. Major had only been in the job one day.",
            "1989-10-27",
            "one day",
            "P1D",
            "DURATION",
        ),
    ]);
}

/// "in recent years/months/weeks/days" is a stretch of unknown length up to now: a DURATION
/// with an unspecified amount (PXY, PXM, …), as TimeBank writes it; "past years" stays
/// PAST_REF.
#[test]
fn recent_units_are_durations() {
    check(&[
        (
            "Colombia has suffered from a rash of kidnappings in recent years.",
            "1998-02-13",
            "recent years",
            "PXY",
            "DURATION",
        ),
        (
            "Officials have expressed concerns in recent months about the murders.",
            "1998-04-02",
            "recent months",
            "PXM",
            "DURATION",
        ),
        (
            "We are tightening security at our embassies in recent days.",
            "1998-08-12",
            "recent days",
            "PXD",
            "DURATION",
        ),
        (
            "There were sell programs in past years, too.",
            "1989-10-30",
            "past years",
            "PAST_REF",
            "DATE",
        ),
    ]);
}

/// "soon" on its own is a time ahead of now (FUTURE_REF); "as soon as", "soon after" are
/// conjunctions, and "was soon released" or "soon became" tell a past story.
#[test]
fn soon_is_future_ref() {
    check(&[
        (
            "Kellogg said it soon will begin selling boxes for less.",
            "1989-10-27",
            "soon",
            "FUTURE_REF",
            "DATE",
        ),
        (
            "Prosecutors may soon seek an indictment.",
            "1989-10-27",
            "soon",
            "FUTURE_REF",
            "DATE",
        ),
        (
            "The group could arrive as soon as Tuesday.",
            "2000-04-03",
            "soon",
            "",
            "",
        ),
        (
            "He was probably killed soon after being captured.",
            "1998-02-19",
            "soon",
            "",
            "",
        ),
        (
            "He was soon released from the hospital.",
            "2000-02-24",
            "soon",
            "",
            "",
        ),
        (
            "A trickle of cash soon became a flood.",
            "2000-02-24",
            "soon",
            "",
            "",
        ),
    ]);
}
