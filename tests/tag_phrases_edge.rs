//! Table-driven regression tests of the tagger, continued from `tag_phrases.rs`: what must
//! not be tagged (quantities, names, models), absurd dates, text without a reference date,
//! forced directions, and the invariants of every result (byte spans, order, no panic).

mod tag_common;

use chrono::NaiveDate;
use tag_common::{check, check_with, d, run};
use timeline::tag::Prefer;
use timeline::tag::{TagOptions, tag};

const T: &str = "2022-02-01"; // a Tuesday, ISO week 5

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
