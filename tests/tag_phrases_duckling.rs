//! Table-driven regression tests of Duckling-corpus phenomena (same table style as
//! `tag_phrases.rs`): holidays of other calendars and observance days, computed by rule
//! (`tag::calendars`), with rows in years the corpus does not use, and phrases that must stay
//! untagged in news text.

mod tag_common;

use tag_common::{check_with, d};
use timeline::tag::Prefer;
use timeline::tag::{TagOptions, tag};

#[test]
fn hebrew_calendar_holidays() {
    check_with(
        &[
            ("Yom Kippur 2019", "2013-02-12", "Yom Kippur", "2019-10-09"),
            ("yom kippur", "2013-02-12", "yom kippur", "2013-09-14"),
            ("Purim 2019", "2013-02-12", "Purim", "2019-03-21"), // Adar II of a leap year
            ("purim", "2013-02-12", "purim", "2013-02-24"),
            ("Tu BiShvat 2020", "2013-02-12", "Tu BiShvat", "2020-02-10"),
            (
                "Shemini Atzeret 2019",
                "2013-02-12",
                "Shemini",
                "2019-10-21",
            ),
            // 5 Iyar 5779 fell on a Friday: Independence Day moved to Thursday.
            ("Yom HaAtzmaut 2019", "2013-02-12", "Yom", "2019-05-09"),
            ("Tisha B'Av 2019", "2013-02-12", "Tisha", "2019-08-11"),
        ],
        Prefer::Future,
    );
}

#[test]
fn islamic_calendar_holidays() {
    check_with(
        &[
            ("Eid al-Fitr 2019", "2013-02-12", "Eid", "2019-06-04"),
            ("Eid ul-Adha 2019", "2013-02-12", "Eid", "2019-08-11"),
            (
                "Islamic New Year 2019",
                "2013-02-12",
                "Islamic",
                "2019-08-31",
            ),
            ("Ashura 2019", "2013-02-12", "Ashura", "2019-09-09"),
            ("Jamat ul-Vida 2019", "2013-02-12", "Jamat", "2019-05-31"),
        ],
        Prefer::Future,
    );
}

#[test]
fn other_calendars_and_observances() {
    check_with(
        &[
            (
                "orthodox easter 2021",
                "2013-02-12",
                "orthodox",
                "2021-05-02",
            ),
            ("clean monday 2021", "2013-02-12", "clean", "2021-03-15"),
            (
                "chinese new year 2020",
                "2013-02-12",
                "chinese",
                "2020-01-25",
            ),
            (
                "Chinese Lunar New Year's Day 2021",
                "2013-02-12",
                "Lunar",
                "2021-02-12",
            ),
            ("Parsi New Year 2019", "2013-02-12", "Parsi", "2019-08-17"),
            ("boss's day 2020", "2013-02-12", "boss", "2020-10-16"),
            ("boss's day 2015", "2013-02-12", "boss", "2015-10-16"),
            ("bosses day 2020", "2013-02-12", "bosses", "2020-10-16"),
            ("Koningsdag 2025", "2013-02-12", "Koningsdag", "2025-04-26"), // a Sunday
            ("King's Day 2021", "2013-02-12", "King", "2021-04-27"),
            ("Civil Rights Day 2020", "2013-02-12", "Civil", "2020-01-20"),
            ("MLK Jr. Day 2021", "2013-02-12", "MLK", "2021-01-18"),
            ("the ides of March 2020", "2013-02-12", "ides", "2020-03-15"),
            ("branch sunday 2020", "2013-02-12", "branch", "2020-04-05"),
            (
                "covenant thursday 2020",
                "2013-02-12",
                "covenant",
                "2020-04-09",
            ),
        ],
        Prefer::Future,
    );
}

#[test]
fn holiday_words_alone_stay_untagged_in_news() {
    check_with(
        &[
            (
                "The Orthodox church said on Monday",
                "2013-02-12",
                "Orthodox",
                "",
            ),
            ("world leaders met", "2013-02-12", "world", ""),
            ("civil rights groups protested", "2013-02-12", "civil", ""),
            ("Chinese exports rose", "2013-02-12", "Chinese", ""),
            ("the boss said", "2013-02-12", "boss", ""),
            ("a lunar eclipse", "2013-02-12", "lunar", ""),
            ("the night was cold", "2013-02-12", "night", ""),
            ("Feast of the Lamb", "2013-02-12", "Feast", ""),
            ("an ID card", "2013-02-12", "ID", ""),
        ],
        Prefer::Auto,
    );
}

#[test]
fn edges_of_the_current_unit() {
    check_with(
        &[
            ("by end of year", "2013-02-12", "end", "2013"),
            (
                "at the beginning of month",
                "2013-02-12",
                "beginning",
                "2013-02",
            ),
            ("due EOM", "2013-02-12", "EOM", "2013-02"),
            ("the BOY", "2013-02-12", "BOY", "2013"),
            ("the boy ran", "2013-02-12", "boy", ""),
            ("to the end of the road", "2013-02-12", "end", ""),
        ],
        Prefer::Future,
    );
    let found = tag("due EOM", d("2013-02-12"), &TagOptions::default());
    assert_eq!(found[0].modifier, Some(timeline::tag::Mod::End));
}

/// Multi-day holidays are one expression: a TIMEX3 duration anchored on its first and last
/// day (`TimexValue::Span`).
#[test]
fn multi_day_holidays_are_anchored_spans() {
    let rows = [
        ("Ramadan 2019", "P29D", "2019-05-06", "2019-06-03"),
        ("Passover 2019", "P8D", "2019-04-20", "2019-04-27"),
        ("Hanukkah 2019", "P8D", "2019-12-23", "2019-12-30"),
        ("Rosh Hashanah 2019", "P2D", "2019-09-30", "2019-10-01"),
        ("Great Lent 2019", "P40D", "2019-03-11", "2019-04-19"),
    ];
    for (text, value, from, to) in rows {
        let found = tag(text, d("2013-02-12"), &TagOptions::default());
        let t = found.first().unwrap_or_else(|| panic!("{text}: nothing"));
        assert_eq!(t.value.to_string(), value, "{text}");
        assert_eq!(t.value.interval(), d(from).zip(d(to)), "{text}");
    }
}

#[test]
fn holidays_placed_by_another_expression() {
    check_with(
        &[
            (
                "Christmas of next year",
                "2013-02-12",
                "Christmas",
                "2014-12-25",
            ),
            (
                "Halloween two years ago",
                "2013-02-12",
                "Halloween",
                "2011-10-31",
            ),
            ("Easter in 2 years", "2013-02-12", "Easter", "2015-04-05"),
            (
                "Memorial Day 5 months from now",
                "2013-02-12",
                "Memorial",
                "2013-05-27",
            ),
            (
                "last Chinese New Year",
                "2013-06-01",
                "Chinese",
                "2013-02-10",
            ),
            ("next MLK Jr. Day", "2013-02-12", "MLK", "2014-01-20"),
            ("last Yom Kippur", "2013-02-12", "Yom", "2012-09-26"),
            (
                "Christmas a year ago",
                "2013-02-12",
                "Christmas",
                "2012-12-25",
            ),
            (
                "Easter two thousand nine",
                "2013-02-12",
                "Easter",
                "2009-04-12",
            ),
            (
                "Easter two thousand troops",
                "2013-02-12",
                "Easter",
                "2013-03-31",
            ),
        ],
        Prefer::Future,
    );
}

/// Hindu festivals from the sun and moon (`tag::hindu`), in years the corpus does not use.
#[test]
fn hindu_festivals() {
    check_with(
        &[
            ("Diwali 2020", "2013-02-12", "Diwali", "2020-11-14"),
            ("Deepavali in 2021", "2013-02-12", "Deepavali", "2021-11-04"),
            ("Holi 2020", "2013-02-12", "Holi", "2020-03-10"),
            ("Holika Dahan 2020", "2013-02-12", "Holika", "2020-03-09"),
            ("Holi 2021", "2013-02-12", "Holi", "2021-03-29"),
            ("Raksha Bandhan 2020", "2013-02-12", "Raksha", "2020-08-03"),
            (
                "Ganesh Chaturthi 2020",
                "2013-02-12",
                "Ganesh",
                "2020-08-22",
            ),
            ("Makar Sankranti 2020", "2013-02-12", "Makar", "2020-01-15"),
            ("Maha Shivaratri 2021", "2013-02-12", "Maha", "2021-03-11"),
            ("Ugadi 2021", "2013-02-12", "Ugadi", "2021-04-13"),
            ("Rama Navami 2021", "2013-02-12", "Rama", "2021-04-21"),
            ("Karva Chauth 2020", "2013-02-12", "Karva", "2020-11-04"),
            ("the Thai government", "2013-02-12", "Thai", ""),
            ("Ram trucks", "2013-02-12", "Ram", ""),
            ("Guru Nanak said", "2013-02-12", "Guru", ""),
        ],
        Prefer::Future,
    );
}

/// Weeks counted inside a month or year: the Monday-to-Sunday weeks wholly inside it.
#[test]
fn weeks_of_a_period() {
    check_with(
        &[
            (
                "the first week of March 2021",
                "2013-02-12",
                "first",
                "2021-W09",
            ),
            (
                "the last week of June 2020",
                "2013-02-12",
                "last",
                "2020-W26",
            ),
            (
                "the second last week of 2020",
                "2013-02-12",
                "second",
                "2020-W51",
            ),
            (
                "the 2nd week of next month",
                "2013-02-12",
                "2nd",
                "2013-W11",
            ),
            ("last week", "2013-02-12", "last", "2013-W06"),
            ("the first week of the war", "2013-02-12", "first", ""),
        ],
        Prefer::Future,
    );
}
