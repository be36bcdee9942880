//! English names of holidays of other calendars and of less common Western days: Hebrew,
//! Islamic, Orthodox, Chinese and Parsi holidays (dates computed in `tag::calendars`),
//! observance days, and capitalised abbreviations of the current month's or year's edges
//! (EOM, BOY). Kept apart from `en.rs` so that the general tables stay readable; the
//! lexicon merges both word lists. Words are lower-case; in phrases, apostrophes, hyphens
//! and a possessive "s" are skipped, "." matches a full stop ("MLK Jr. Day").

use super::Holiday as H;
use super::{Sense, Sense::*};
use crate::tag::value::{DurationUnit as U, Mod};
use chrono::Weekday::*;

/// Words that start a holiday name (`HolidayStart`) or are one (`Holiday`).
pub static WORDS: &[(&str, &[Sense])] = &[
    // Hebrew
    ("yom", &[HolidayStart]),
    ("rosh", &[HolidayStart]),
    ("shemini", &[HolidayStart]),
    ("simchat", &[HolidayStart]),
    ("simhat", &[HolidayStart]),
    ("tisha", &[HolidayStart]),
    ("lag", &[HolidayStart]),
    ("holocaust", &[HolidayStart]),
    ("tu", &[HolidayStart]),
    ("shushan", &[HolidayStart]),
    ("purim", &[Holiday(H::Hebrew(12, 14))]),
    ("passover", &[Holiday(H::HebrewDays(1, 15, 8))]),
    ("pesach", &[Holiday(H::HebrewDays(1, 15, 8))]),
    ("hanukkah", &[Holiday(H::HebrewDays(9, 25, 8))]),
    ("hanukah", &[Holiday(H::HebrewDays(9, 25, 8))]),
    ("hannukkah", &[Holiday(H::HebrewDays(9, 25, 8))]),
    ("chanukah", &[Holiday(H::HebrewDays(9, 25, 8))]),
    ("chanukkah", &[Holiday(H::HebrewDays(9, 25, 8))]),
    ("sukkot", &[Holiday(H::HebrewDays(7, 15, 7))]),
    ("sukkos", &[Holiday(H::HebrewDays(7, 15, 7))]),
    ("succos", &[Holiday(H::HebrewDays(7, 15, 7))]),
    ("shavuot", &[Holiday(H::HebrewDays(3, 6, 2))]),
    ("shavuos", &[Holiday(H::HebrewDays(3, 6, 2))]),
    ("ramadan", &[Holiday(H::IslamicMonth(9))]),
    ("great", &[HolidayStart]),
    // Islamic
    ("eid", &[HolidayStart]),
    ("id", &[HolidayStart]),
    ("bakr", &[HolidayStart]),
    ("bakrid", &[Holiday(H::Islamic(12, 10))]),
    ("sacrifice", &[HolidayStart]),
    ("feast", &[HolidayStart]),
    ("laylat", &[HolidayStart]),
    ("lailat", &[HolidayStart]),
    ("jamat", &[HolidayStart]),
    ("jumu", &[HolidayStart]),
    ("isra", &[HolidayStart]),
    ("prophet", &[HolidayStart]),
    ("ascension", &[HolidayStart]),
    ("mawlid", &[Holiday(H::Islamic(3, 12))]),
    ("milad", &[HolidayStart]),
    ("ashura", &[Holiday(H::Islamic(1, 10))]),
    ("islamic", &[HolidayStart]),
    ("hijri", &[HolidayStart]),
    // Orthodox and other Christian names
    ("orthodox", &[HolidayStart]),
    ("clean", &[HolidayStart]),
    ("lazarus", &[HolidayStart]),
    ("covenant", &[HolidayStart]),
    ("branch", &[HolidayStart]),
    // observance days
    ("boss", &[HolidayStart]),
    ("bosses", &[HolidayStart]),
    ("world", &[HolidayStart]),
    ("civil", &[HolidayStart]),
    ("king", &[HolidayStart]),
    ("kings", &[HolidayStart]),
    ("koningsdag", &[Holiday(H::SundayBack(4, 27))]),
    ("ides", &[HolidayStart]),
    ("chinese", &[HolidayStart]),
    ("lunar", &[HolidayStart]),
    ("parsi", &[HolidayStart]),
    // edges of the current unit, only in capitals
    ("eom", &[EdgeUnit(Mod::End, U::Month)]),
    ("bom", &[EdgeUnit(Mod::Start, U::Month)]),
    ("eoy", &[EdgeUnit(Mod::End, U::Year)]),
    ("boy", &[EdgeUnit(Mod::Start, U::Year)]),
];

/// Whether `text` names a holiday of the Hebrew calendar (its words, lower-cased, contain
/// one of the names above).
pub fn names_hebrew_holiday(text: &str) -> bool {
    let words: Vec<String> = text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty() && *w != "s")
        .map(str::to_ascii_lowercase)
        .collect();
    PHRASES.iter().any(|(p, h)| {
        matches!(h, H::Hebrew(..) | H::HebrewDays(..))
            && words
                .windows(p.len())
                .any(|w| w.iter().zip(p.iter()).all(|(a, b)| a == b))
    })
}

/// Holiday names, one word or several.
pub static PHRASES: &[(&[&str], H)] = &[
    // Hebrew calendar: (month from Nisan = 1, day)
    (&["yom", "kippur"], H::Hebrew(7, 10)),
    (&["shemini", "atzeret"], H::Hebrew(7, 22)),
    (&["simchat", "torah"], H::Hebrew(7, 23)),
    (&["simhat", "torah"], H::Hebrew(7, 23)),
    (&["tisha", "b", "av"], H::Hebrew(5, 9)),
    (&["tisha", "beav"], H::Hebrew(5, 9)),
    (&["yom", "haatzmaut"], H::Hebrew(2, 5)),
    (&["lag", "b", "omer"], H::Hebrew(2, 18)),
    (&["lag", "baomer"], H::Hebrew(2, 18)),
    (&["yom", "hashoah"], H::Hebrew(1, 27)),
    (&["holocaust", "day"], H::Hebrew(1, 27)),
    (&["holocaust", "remembrance", "day"], H::Hebrew(1, 27)),
    (&["tu", "bishvat"], H::Hebrew(11, 15)),
    (&["tu", "b", "shvat"], H::Hebrew(11, 15)),
    (&["purim"], H::Hebrew(12, 14)),
    (&["rosh", "hashanah"], H::HebrewDays(7, 1, 2)),
    (&["rosh", "hashana"], H::HebrewDays(7, 1, 2)),
    (&["rosh", "hashanna"], H::HebrewDays(7, 1, 2)),
    (&["passover"], H::HebrewDays(1, 15, 8)),
    (&["pesach"], H::HebrewDays(1, 15, 8)),
    (&["hanukkah"], H::HebrewDays(9, 25, 8)),
    (&["hanukah"], H::HebrewDays(9, 25, 8)),
    (&["hannukkah"], H::HebrewDays(9, 25, 8)),
    (&["chanukah"], H::HebrewDays(9, 25, 8)),
    (&["chanukkah"], H::HebrewDays(9, 25, 8)),
    (&["sukkot"], H::HebrewDays(7, 15, 7)),
    (&["sukkos"], H::HebrewDays(7, 15, 7)),
    (&["succos"], H::HebrewDays(7, 15, 7)),
    (
        &["feast", "of", "the", "ingathering"],
        H::HebrewDays(7, 15, 7),
    ),
    (&["feast", "of", "tabernacles"], H::HebrewDays(7, 15, 7)),
    (&["shavuot"], H::HebrewDays(3, 6, 2)),
    (&["shavuos"], H::HebrewDays(3, 6, 2)),
    (&["shushan", "purim"], H::Hebrew(12, 15)),
    // Islamic calendar: (month from Muharram = 1, day)
    (&["eid", "al", "fitr"], H::Islamic(10, 1)),
    (&["eid", "ul", "fitr"], H::Islamic(10, 1)),
    (&["id", "ul", "fitr"], H::Islamic(10, 1)),
    (&["eid", "al", "adha"], H::Islamic(12, 10)),
    (&["eid", "ul", "adha"], H::Islamic(12, 10)),
    (&["id", "ul", "adha"], H::Islamic(12, 10)),
    (&["bakr", "id"], H::Islamic(12, 10)),
    (&["bakr", "eid"], H::Islamic(12, 10)),
    (&["sacrifice", "feast"], H::Islamic(12, 10)),
    (&["feast", "of", "the", "sacrifice"], H::Islamic(12, 10)),
    (&["ramadan"], H::IslamicMonth(9)),
    (&["bakrid"], H::Islamic(12, 10)),
    (&["ashura"], H::Islamic(1, 10)),
    (&["mawlid"], H::Islamic(3, 12)),
    (&["mawlid", "al", "nabawi"], H::Islamic(3, 12)),
    (&["mawlid", "an", "nabi"], H::Islamic(3, 12)),
    (&["milad", "un", "nabi"], H::Islamic(3, 12)),
    (&["laylat", "al", "qadr"], H::Islamic(9, 27)),
    (&["laylat", "al", "kadr"], H::Islamic(9, 27)),
    (&["lailat", "al", "qadr"], H::Islamic(9, 27)),
    (&["night", "of", "power"], H::Islamic(9, 27)),
    (&["night", "of", "measures"], H::Islamic(9, 27)),
    (&["jamat", "ul", "vida"], H::IslamicLast(9, Fri)),
    (&["jumu", "atul", "wida"], H::IslamicLast(9, Fri)),
    (&["isra", "and", "mi", "raj"], H::Islamic(7, 27)),
    (&["isra", "and", "miraj"], H::Islamic(7, 27)),
    (&["prophet", "ascension"], H::Islamic(7, 27)),
    (&["night", "journey"], H::Islamic(7, 27)),
    (&["ascension", "to", "heaven"], H::Islamic(7, 27)),
    (&["lailat", "al", "miraj"], H::Islamic(7, 27)),
    (&["islamic", "new", "year"], H::Islamic(1, 1)),
    (&["hijri", "new", "year"], H::Islamic(1, 1)),
    // Orthodox Easter and its days
    (&["orthodox", "easter"], H::Orthodox(0)),
    (&["orthodox", "easter", "sunday"], H::Orthodox(0)),
    (&["orthodox", "good", "friday"], H::Orthodox(-2)),
    (&["orthodox", "great", "friday"], H::Orthodox(-2)),
    (&["orthodox", "holy", "friday"], H::Orthodox(-2)),
    (&["clean", "monday"], H::Orthodox(-48)),
    (&["orthodox", "shrove", "monday"], H::Orthodox(-48)),
    (&["lazarus", "saturday"], H::Orthodox(-8)),
    // Great Lent: Clean Monday to the Friday before Lazarus Saturday
    (&["great", "lent"], H::OrthodoxDays(-48, 40)),
    (&["great", "fast"], H::OrthodoxDays(-48, 40)),
    // Western Easter, other names
    (&["covenant", "thursday"], H::Easter(-3)),
    (&["covenant", "thu"], H::Easter(-3)),
    (&["thursday", "of", "mysteries"], H::Easter(-3)),
    (&["thu", "of", "mysteries"], H::Easter(-3)),
    (&["monday", "of", "the", "holy", "spirit"], H::Easter(50)),
    (&["branch", "sunday"], H::Easter(-7)),
    // observance days
    (&["boss", "day"], H::NearestWeekday(10, 16)),
    (&["bosses", "day"], H::NearestWeekday(10, 16)),
    (&["world", "vegan", "day"], H::Fixed(11, 1)),
    (&["mlk", "jr", ".", "day"], H::NthWeekday(3, Mon, 1)),
    (&["mlk", "jr", "day"], H::NthWeekday(3, Mon, 1)),
    (
        &["martin", "luther", "kings", "day"],
        H::NthWeekday(3, Mon, 1),
    ),
    (
        &["martin", "luther", "king", "jr", "day"],
        H::NthWeekday(3, Mon, 1),
    ),
    (&["civil", "rights", "day"], H::NthWeekday(3, Mon, 1)),
    (&["koningsdag"], H::SundayBack(4, 27)),
    (&["king", "day"], H::SundayBack(4, 27)),
    (&["kings", "day"], H::SundayBack(4, 27)),
    (&["ides", "of", "march"], H::Fixed(3, 15)),
    (&["ides", "of", "may"], H::Fixed(5, 15)),
    (&["ides", "of", "july"], H::Fixed(7, 15)),
    (&["ides", "of", "october"], H::Fixed(10, 15)),
    // Chinese and Parsi New Year
    (&["chinese", "new", "year"], H::ChineseNewYear),
    (&["chinese", "new", "years"], H::ChineseNewYear),
    (&["chinese", "lunar", "new", "year"], H::ChineseNewYear),
    (&["chinese", "new", "year", "day"], H::ChineseNewYear),
    (&["chinese", "new", "years", "day"], H::ChineseNewYear),
    (
        &["chinese", "lunar", "new", "year", "day"],
        H::ChineseNewYear,
    ),
    (&["lunar", "new", "year"], H::ChineseNewYear),
    (&["parsi", "new", "year"], H::ParsiNewYear),
];
