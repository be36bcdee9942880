//! Language knowledge as data: the word senses the grammar works with, and the lookup from a
//! lower-cased word to its senses. The tables themselves live in one file per language
//! (`en.rs`); the engine never names an English word, it only matches senses.

pub mod en;
pub mod en_holidays;

use super::value::{DurationUnit, PartOfDay, Season};
use chrono::Weekday;
use std::sync::OnceLock;

/// Fixed-date and computed holidays the grammar knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holiday {
    /// A fixed month/day.
    Fixed(u32, u32),
    /// Nth weekday of a month (n = -1: last).
    NthWeekday(i32, Weekday, u32),
    /// Days after Western Easter Sunday.
    Easter(i64),
    /// The last day of a month.
    MonthEnd(u32),
    /// Days after the nth weekday of a month (Black Friday: Thanksgiving + 1).
    AfterNth(i32, Weekday, u32, i64),
    /// A fixed day moved to the nearest weekday when on a weekend (Saturday → Friday,
    /// Sunday → Monday).
    NearestWeekday(u32, u32),
    /// A fixed day moved back to Saturday when on a Sunday.
    SundayBack(u32, u32),
    /// Hebrew month (Nisan = 1 … Adar = 12) and day.
    Hebrew(u32, u32),
    /// Islamic month (Muharram = 1 … Dhu al-Hijjah = 12) and day.
    Islamic(u32, u32),
    /// The last given weekday of an Islamic month.
    IslamicLast(u32, Weekday),
    /// Days after Orthodox Easter Sunday.
    Orthodox(i64),
    ChineseNewYear,
    ParsiNewYear,
    /// A Hindu lunar day: amanta month (Chaitra = 0), lunar day 1..=30, when it must hold,
    /// days after it (Holi: the day after Holika Dahan).
    Hindu(u32, u32, crate::tag::hindu::Observe, i64),
    /// Days after the sun enters a sidereal sign (Aries = 0): Makar Sankranti, Vaisakhi.
    Sankranti(u32, i64),
    /// A run of `n` days from a Hebrew month/day (Passover: 15 Nisan, 8 days).
    HebrewDays(u32, u32, u32),
    /// A whole Islamic month (Ramadan).
    IslamicMonth(u32),
    /// A run of `n` days from a day relative to Orthodox Easter (Great Lent).
    OrthodoxDays(i64, u32),
}

impl Holiday {
    /// Whether the holiday is a run of days rather than one day.
    pub fn is_span(self) -> bool {
        matches!(
            self,
            Holiday::HebrewDays(..) | Holiday::IslamicMonth(_) | Holiday::OrthodoxDays(..)
        )
    }
}

/// Which way a cue word points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dir {
    Past,
    Future,
    /// Present tense ("is", "has"): stops the search, no direction.
    Present,
}

/// What a word can mean to the grammar. A word may carry several senses ("may": month and
/// modal; "second": ordinal and unit); the grammar decides from context.
#[derive(Debug, Clone, Copy)]
pub enum Sense {
    Month(u32),
    /// Abbreviated month name ("jan", "sept"): only a month when followed by a day, a year
    /// or a period.
    MonthAbbr(u32),
    Weekday(Weekday),
    /// Abbreviated weekday ("mon", "thu"); needs context.
    WeekdayAbbr(Weekday),
    Season(Season),
    DayPart(PartOfDay),
    /// today (0), yesterday (-1), tomorrow (1).
    DayWord(i64),
    /// tonight: today's night.
    Tonight,
    /// Cardinal number word (one .. nineteen, and tens).
    Card(u32),
    /// Tens word (twenty .. ninety) that may combine with a following unit word.
    Tens(u32),
    Hundred,
    Thousand,
    /// Ordinal word (first .. thirty-first, and tens ordinals).
    Ord(u32),
    /// Ordinal suffix after a digit ("st", "nd", "rd", "th").
    OrdSuffix,
    /// Plural/decade suffix "s" ("1990s", "'90s").
    PluralS,
    /// A decade of the 20th century in words ("the nineties": 90).
    DecadeWord(u32),
    Unit(DurationUnit),
    Weekend,
    /// A half year ("half").
    Half,
    /// last/previous/past (-1), next/coming/following/upcoming (+1), this/current (0).
    Rel(i32),
    /// following/previous: relative to the narrative, not the DCT ("the following week").
    RelAna(i32),
    /// "period" ("the latest period", "the year-ago period").
    Period,
    /// million/billion: a preceding money amount makes "a year" a SET.
    Large,
    Eve,
    /// "other" ("every other week").
    Other,
    /// "times" ("three times a week").
    TimesWord,
    /// "near", "short" ("the near future", "the short term").
    Near,
    /// "term" ("the near term": the future).
    Term,
    /// The past-perfect auxiliary ("had"): a deadline under it lies in the past.
    Perfect,
    /// "set", "slated", "poised": a plan (future) when "to" follows.
    PlanTo,
    /// be/been/being: a following participle is passive, not past tense.
    BeAux,
    /// A word that can start a holiday name ("New Year's Day").
    HolidayStart,
    /// ended/ending: "the year ended Sept. 30" is a fiscal period, a duration.
    Ending,
    /// "next": "next Saturday" is that day of next week.
    NextWord,
    /// An abbreviation of the edge of the current unit ("EOM": the end of the month).
    EdgeUnit(super::value::Mod, DurationUnit),
    /// An adjective allowed between an amount and its unit ("20 more years").
    Filler,
    /// "these" ("these days": the present).
    These,
    /// to/through/thru/until between the two ends of a range ("July 13 to 15").
    RangeTo,
    /// "season": "this season" is the current one of the four.
    SeasonWord,
    /// "in" before an amount ("in two weeks": ahead of the DCT).
    Within,
    /// "at" (a clock time's preposition, kept apart from day prepositions).
    At,
    /// "from" ("from now", "Sunday from last week").
    From,
    /// The "o" of "o'clock".
    ClockO,
    /// "upcoming": "upcoming two weeks" names the week two ahead.
    Upcoming,
    /// "old" ("a 6-year-old"): the preceding duration is an age, not a timex.
    Old,
    /// A future cue that is a participle ("due", "expected"): past after "was"/"had".
    Participle,
    /// "by"/"until": a deadline ahead when right before a date.
    Deadline,
    /// "latest", "recent": the most recent completed period.
    Latest,
    /// early/mid/late and friends.
    Edge(super::value::Mod),
    /// "earlier"/"later" used as an edge ("earlier this month") or as an anaphoric shift.
    Earlier,
    Later,
    /// about/around/approximately: APPROX.
    Approx,
    /// A quantity modifier that is followed by "than" ("more", "less", "fewer").
    Comparative(super::value::Mod),
    /// nearly/almost/over/under/within: a modifier on a duration.
    QuantMod(super::value::Mod),
    Than,
    Least,
    Most,
    Ago,
    /// "hence", "from now".
    Hence,
    /// before/prior (relation words after a duration: "two days before").
    Before,
    After,
    PresentRef,
    /// A reference word that opens a sentence as a discourse marker when a comma follows it
    /// ("Now, he says, …"): no time is meant.
    Marker,
    PastRef,
    FutureRef,
    Holiday(Holiday),
    /// "day" in holiday names ("Christmas Day"), consumed if present.
    Det,
    /// "a"/"an": a determiner that also counts one.
    Indef,
    Of,
    Every,
    /// "per" and the "a" of "twice a week".
    Per,
    /// twice (2), once (1), thrice (3).
    Times(u32),
    /// few/several/many/some/couple: an unspecified count.
    Vague,
    /// Set adverbs: daily, weekly, annually ...
    SetAdverb(DurationUnit),
    Meridiem(bool),
    /// Letters of "a.m." / "p.m.".
    MerA,
    MerP,
    MerM,
    Noon,
    Midnight,
    OClock,
    Century,
    Millennium,
    Fiscal,
    Year,
    /// "same" ("the same day").
    Same,
    /// "that"/"those" (anaphoric "that day").
    That,
    /// Quarter word (also a unit).
    Quarter,
    /// A preposition that may precede a timex and is excluded from its extent.
    Prep,
    /// Conjunctions that may sit between two years or dates.
    And,
    /// The "so" of "a week or so ago".
    So,
    /// "as": before or after "soon" it makes a conjunction ("as soon as"), not a time.
    As,
    /// "soon": a time ahead (FUTURE_REF) when it is an adverb of its own.
    Soon,
    /// A time-zone abbreviation with its UTC offset in minutes.
    Zone(i32),
    /// A tense or cue word for the direction of under-specified dates.
    Cue(Dir),
    /// A modal or auxiliary whose meaning depends on the next word ("may" as verb).
    Modal,
    /// A modal of possibility ("could", "might"): a cue ahead, but negated it mostly tells a
    /// past inability ("could not be reached Wednesday").
    Possibility,
    /// A negation ("not", "never").
    Negation,
    /// A conjunction that opens a contrasting clause ("but"): the tense after it is that
    /// clause's, not the one of a date before it.
    Contrast,
    /// The era marker "a.d." / "b.c." is not supported; words that make a following number
    /// not a year (model numbers, counts).
    NotYearBefore,
    /// Words after a number that make it a count, not a year ("people", "troops").
    CountNoun,
    /// Words which, capitalised before a weekday or month, make it a name ("The Sunday
    /// Times", "April Ryan"): the grammar checks the word after.
    NameAfter,
}

impl Sense {
    /// The variant's number (declaration order), for bit sets of variants: see [`Kinds`].
    pub const fn kind(&self) -> u32 {
        match self {
            Self::Month(..) => 0,
            Self::MonthAbbr(..) => 1,
            Self::Weekday(..) => 2,
            Self::WeekdayAbbr(..) => 3,
            Self::Season(..) => 4,
            Self::DayPart(..) => 5,
            Self::DayWord(..) => 6,
            Self::Tonight => 7,
            Self::Card(..) => 8,
            Self::Tens(..) => 9,
            Self::Hundred => 10,
            Self::Thousand => 11,
            Self::Ord(..) => 12,
            Self::OrdSuffix => 13,
            Self::PluralS => 14,
            Self::DecadeWord(..) => 15,
            Self::Unit(..) => 16,
            Self::Weekend => 17,
            Self::Half => 18,
            Self::Rel(..) => 19,
            Self::RelAna(..) => 20,
            Self::Period => 21,
            Self::Large => 22,
            Self::Eve => 23,
            Self::Other => 24,
            Self::TimesWord => 25,
            Self::Near => 26,
            Self::Term => 27,
            Self::Perfect => 28,
            Self::PlanTo => 29,
            Self::BeAux => 30,
            Self::HolidayStart => 31,
            Self::Ending => 32,
            Self::NextWord => 33,
            Self::EdgeUnit(..) => 34,
            Self::Filler => 35,
            Self::These => 36,
            Self::RangeTo => 37,
            Self::SeasonWord => 38,
            Self::Within => 39,
            Self::At => 40,
            Self::From => 41,
            Self::ClockO => 42,
            Self::Upcoming => 43,
            Self::Old => 44,
            Self::Participle => 45,
            Self::Deadline => 46,
            Self::Latest => 47,
            Self::Edge(..) => 48,
            Self::Earlier => 49,
            Self::Later => 50,
            Self::Approx => 51,
            Self::Comparative(..) => 52,
            Self::QuantMod(..) => 53,
            Self::Than => 54,
            Self::Least => 55,
            Self::Most => 56,
            Self::Ago => 57,
            Self::Hence => 58,
            Self::Before => 59,
            Self::After => 60,
            Self::PresentRef => 61,
            Self::Marker => 62,
            Self::PastRef => 63,
            Self::FutureRef => 64,
            Self::Holiday(..) => 65,
            Self::Det => 66,
            Self::Indef => 67,
            Self::Of => 68,
            Self::Every => 69,
            Self::Per => 70,
            Self::Times(..) => 71,
            Self::Vague => 72,
            Self::SetAdverb(..) => 73,
            Self::Meridiem(..) => 74,
            Self::MerA => 75,
            Self::MerP => 76,
            Self::MerM => 77,
            Self::Noon => 78,
            Self::Midnight => 79,
            Self::OClock => 80,
            Self::Century => 81,
            Self::Millennium => 82,
            Self::Fiscal => 83,
            Self::Year => 84,
            Self::Same => 85,
            Self::That => 86,
            Self::Quarter => 87,
            Self::Prep => 88,
            Self::And => 89,
            Self::So => 90,
            Self::As => 91,
            Self::Soon => 92,
            Self::Zone(..) => 93,
            Self::Cue(..) => 94,
            Self::Modal => 95,
            Self::NotYearBefore => 96,
            Self::CountNoun => 97,
            Self::NameAfter => 98,
            Self::Possibility => 99,
            Self::Negation => 100,
            Self::Contrast => 101,
        }
    }
}

/// A set of sense variants (payloads ignored), one bit per [`Sense::kind`]: what a token's
/// senses contain, tested with one AND instead of a scan of its senses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Kinds(pub u128);

impl Kinds {
    /// The variants of `senses` (for a sense list used as a pattern, the payloads are only
    /// examples).
    pub const fn of(senses: &[Sense]) -> Kinds {
        let mut bits = 0u128;
        let mut i = 0;
        while i < senses.len() {
            bits |= 1 << senses[i].kind();
            i += 1;
        }
        Kinds(bits)
    }

    /// Whether the two sets share a variant.
    #[inline]
    pub const fn any(self, other: Kinds) -> bool {
        self.0 & other.0 != 0
    }
}

/// Equality as derived, but always inlined: the grammar compares senses with constants
/// (`*s == Sense::Det`) hundreds of times per sentence, and inlined against a constant the
/// comparison folds to one test of the variant. (The derived `eq`, too large to inline, was
/// a call per comparison and 7 % of tagging time.) The match lists every variant, with no
/// wildcard, so a new variant cannot be forgotten.
impl PartialEq for Sense {
    #[inline(always)]
    fn eq(&self, other: &Self) -> bool {
        match self {
            Self::Month(a) => matches!(other, Self::Month(b) if a == b),
            Self::MonthAbbr(a) => matches!(other, Self::MonthAbbr(b) if a == b),
            Self::Weekday(a) => matches!(other, Self::Weekday(b) if a == b),
            Self::WeekdayAbbr(a) => matches!(other, Self::WeekdayAbbr(b) if a == b),
            Self::Season(a) => matches!(other, Self::Season(b) if a == b),
            Self::DayPart(a) => matches!(other, Self::DayPart(b) if a == b),
            Self::DayWord(a) => matches!(other, Self::DayWord(b) if a == b),
            Self::Tonight => matches!(other, Self::Tonight),
            Self::Card(a) => matches!(other, Self::Card(b) if a == b),
            Self::Tens(a) => matches!(other, Self::Tens(b) if a == b),
            Self::Hundred => matches!(other, Self::Hundred),
            Self::Thousand => matches!(other, Self::Thousand),
            Self::Ord(a) => matches!(other, Self::Ord(b) if a == b),
            Self::OrdSuffix => matches!(other, Self::OrdSuffix),
            Self::PluralS => matches!(other, Self::PluralS),
            Self::DecadeWord(a) => matches!(other, Self::DecadeWord(b) if a == b),
            Self::Unit(a) => matches!(other, Self::Unit(b) if a == b),
            Self::Weekend => matches!(other, Self::Weekend),
            Self::Half => matches!(other, Self::Half),
            Self::Rel(a) => matches!(other, Self::Rel(b) if a == b),
            Self::RelAna(a) => matches!(other, Self::RelAna(b) if a == b),
            Self::Period => matches!(other, Self::Period),
            Self::Large => matches!(other, Self::Large),
            Self::Eve => matches!(other, Self::Eve),
            Self::Other => matches!(other, Self::Other),
            Self::TimesWord => matches!(other, Self::TimesWord),
            Self::Near => matches!(other, Self::Near),
            Self::Term => matches!(other, Self::Term),
            Self::Perfect => matches!(other, Self::Perfect),
            Self::PlanTo => matches!(other, Self::PlanTo),
            Self::BeAux => matches!(other, Self::BeAux),
            Self::HolidayStart => matches!(other, Self::HolidayStart),
            Self::Ending => matches!(other, Self::Ending),
            Self::NextWord => matches!(other, Self::NextWord),
            Self::EdgeUnit(a0, a1) => {
                matches!(other, Self::EdgeUnit(b0, b1) if a0 == b0 && a1 == b1)
            }
            Self::Filler => matches!(other, Self::Filler),
            Self::These => matches!(other, Self::These),
            Self::RangeTo => matches!(other, Self::RangeTo),
            Self::SeasonWord => matches!(other, Self::SeasonWord),
            Self::Within => matches!(other, Self::Within),
            Self::At => matches!(other, Self::At),
            Self::From => matches!(other, Self::From),
            Self::ClockO => matches!(other, Self::ClockO),
            Self::Upcoming => matches!(other, Self::Upcoming),
            Self::Old => matches!(other, Self::Old),
            Self::Participle => matches!(other, Self::Participle),
            Self::Deadline => matches!(other, Self::Deadline),
            Self::Latest => matches!(other, Self::Latest),
            Self::Edge(a) => matches!(other, Self::Edge(b) if a == b),
            Self::Earlier => matches!(other, Self::Earlier),
            Self::Later => matches!(other, Self::Later),
            Self::Approx => matches!(other, Self::Approx),
            Self::Comparative(a) => matches!(other, Self::Comparative(b) if a == b),
            Self::QuantMod(a) => matches!(other, Self::QuantMod(b) if a == b),
            Self::Than => matches!(other, Self::Than),
            Self::Least => matches!(other, Self::Least),
            Self::Most => matches!(other, Self::Most),
            Self::Ago => matches!(other, Self::Ago),
            Self::Hence => matches!(other, Self::Hence),
            Self::Before => matches!(other, Self::Before),
            Self::After => matches!(other, Self::After),
            Self::PresentRef => matches!(other, Self::PresentRef),
            Self::Marker => matches!(other, Self::Marker),
            Self::PastRef => matches!(other, Self::PastRef),
            Self::FutureRef => matches!(other, Self::FutureRef),
            Self::Holiday(a) => matches!(other, Self::Holiday(b) if a == b),
            Self::Det => matches!(other, Self::Det),
            Self::Indef => matches!(other, Self::Indef),
            Self::Of => matches!(other, Self::Of),
            Self::Every => matches!(other, Self::Every),
            Self::Per => matches!(other, Self::Per),
            Self::Times(a) => matches!(other, Self::Times(b) if a == b),
            Self::Vague => matches!(other, Self::Vague),
            Self::SetAdverb(a) => matches!(other, Self::SetAdverb(b) if a == b),
            Self::Meridiem(a) => matches!(other, Self::Meridiem(b) if a == b),
            Self::MerA => matches!(other, Self::MerA),
            Self::MerP => matches!(other, Self::MerP),
            Self::MerM => matches!(other, Self::MerM),
            Self::Noon => matches!(other, Self::Noon),
            Self::Midnight => matches!(other, Self::Midnight),
            Self::OClock => matches!(other, Self::OClock),
            Self::Century => matches!(other, Self::Century),
            Self::Millennium => matches!(other, Self::Millennium),
            Self::Fiscal => matches!(other, Self::Fiscal),
            Self::Year => matches!(other, Self::Year),
            Self::Same => matches!(other, Self::Same),
            Self::That => matches!(other, Self::That),
            Self::Quarter => matches!(other, Self::Quarter),
            Self::Prep => matches!(other, Self::Prep),
            Self::And => matches!(other, Self::And),
            Self::So => matches!(other, Self::So),
            Self::As => matches!(other, Self::As),
            Self::Soon => matches!(other, Self::Soon),
            Self::Zone(a) => matches!(other, Self::Zone(b) if a == b),
            Self::Cue(a) => matches!(other, Self::Cue(b) if a == b),
            Self::Modal => matches!(other, Self::Modal),
            Self::NotYearBefore => matches!(other, Self::NotYearBefore),
            Self::CountNoun => matches!(other, Self::CountNoun),
            Self::NameAfter => matches!(other, Self::NameAfter),
            Self::Possibility => matches!(other, Self::Possibility),
            Self::Negation => matches!(other, Self::Negation),
            Self::Contrast => matches!(other, Self::Contrast),
        }
    }
}

/// A lexicon word packed into 16 bytes: lookups compare two integers, no hashing of strings.
type Key = (u64, u64);

/// Packs a lower-case ASCII word of at most 16 bytes.
pub fn pack(word: &[u8]) -> Option<Key> {
    if word.is_empty() || word.len() > 16 {
        return None;
    }
    let mut b = [0u8; 16];
    b[..word.len()].copy_from_slice(word);
    let (x, y) = b.split_at(8);
    Some((
        u64::from_le_bytes(x.try_into().ok()?),
        u64::from_le_bytes(y.try_into().ok()?),
    ))
}

/// Slots of the lexicon table (a power of two, about twice the number of words).
const SLOTS: usize = 1024;
/// Buckets of the perfect hash (about one per two words).
const BUCKETS: usize = 256;

/// The lexicon as a perfect hash table: a word's bucket gives the displacement that sends it
/// to its own slot, so a lookup is one probe with no branch on the outcome (a branch on
/// "is this a lexicon word" was mispredicted for most words of news text). Slot `SLOTS` is
/// always empty: misses read their (empty) senses there.
struct Table {
    disp: Box<[u16; BUCKETS]>,
    keys: Box<[Key; SLOTS + 1]>,
    senses: Box<[&'static [Sense]; SLOTS + 1]>,
    /// The variants of each slot's senses.
    kinds: Box<[Kinds; SLOTS + 1]>,
}

const EMPTY: Key = (0, 0);

fn hash(k: Key) -> u64 {
    (k.0 ^ k.1.rotate_left(29)).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

fn bucket_of(h: u64) -> usize {
    (h >> (64 - BUCKETS.trailing_zeros())) as usize
}

fn slot_of(h: u64, disp: u16) -> usize {
    ((h ^ u64::from(disp)).wrapping_mul(0xD6E8_FEB8_6659_FD93) >> (64 - SLOTS.trailing_zeros()))
        as usize
}

fn table() -> &'static Table {
    static T: OnceLock<Table> = OnceLock::new();
    T.get_or_init(|| {
        let words: Vec<(Key, &'static [Sense])> = en::WORDS
            .iter()
            .chain(en_holidays::WORDS)
            .filter_map(|(w, s)| Some((pack(w.as_bytes())?, *s)))
            .collect();
        let mut buckets: Vec<Vec<usize>> = vec![Vec::new(); BUCKETS];
        for (n, (k, _)) in words.iter().enumerate() {
            buckets[bucket_of(hash(*k))].push(n);
        }
        // Fullest buckets first, each with the first displacement that puts all its words in
        // free, distinct slots.
        let mut order: Vec<usize> = (0..BUCKETS).collect();
        order.sort_by_key(|&b| std::cmp::Reverse(buckets[b].len()));
        let mut disp = Box::new([0u16; BUCKETS]);
        let mut keys = Box::new([EMPTY; SLOTS + 1]);
        let mut senses: Box<[&'static [Sense]; SLOTS + 1]> = Box::new([&[]; SLOTS + 1]);
        let mut kinds = Box::new([Kinds::default(); SLOTS + 1]);
        for b in order.into_iter().filter(|&b| !buckets[b].is_empty()) {
            let d = (0..=u16::MAX)
                .find(|&d| {
                    let mut slots: Vec<usize> = buckets[b]
                        .iter()
                        .map(|&n| slot_of(hash(words[n].0), d))
                        .collect();
                    slots.sort_unstable();
                    slots.windows(2).all(|w| w[0] != w[1])
                        && slots.iter().all(|&i| keys[i] == EMPTY)
                })
                .expect("the lexicon's perfect hash has a displacement for every bucket");
            disp[b] = d;
            for &n in &buckets[b] {
                let (k, s) = words[n];
                let i = slot_of(hash(k), d);
                keys[i] = k;
                senses[i] = s;
                kinds[i] = Kinds::of(s);
            }
        }
        Table {
            disp,
            keys,
            senses,
            kinds,
        }
    })
}

/// The senses of a packed lower-case word, empty if unknown.
pub fn senses_packed(k: Key) -> &'static [Sense] {
    Lookup::get().find(k).0
}

/// The lexicon, fetched once for a run of lookups (the tokenizer looks up every word).
#[derive(Clone, Copy)]
pub struct Lookup(&'static Table);

impl Lookup {
    pub fn get() -> Self {
        Lookup(table())
    }

    /// The senses of a packed word and their variants; empty if unknown.
    #[inline]
    fn find(self, key: Key) -> (&'static [Sense], Kinds) {
        let t = self.0;
        let h = hash(key);
        let slot = slot_of(h, t.disp[bucket_of(h)]);
        let k = t.keys[slot];
        // both halves at once: `==` on the pair would branch on the first
        let hit = (k.0 ^ key.0) | (k.1 ^ key.1) == 0;
        let i = std::hint::select_unpredictable(hit, slot, SLOTS);
        (t.senses[i], t.kinds[i])
    }

    /// The senses of a word of `len` ASCII letters, lower-cased and packed into `key` (as
    /// [`pack`] does), with their variants; empty if unknown or longer than 16 bytes.
    #[inline]
    pub fn senses_of(self, key: (u64, u64), len: usize) -> (&'static [Sense], Kinds) {
        if len > 16 {
            return (&[], Kinds(0));
        }
        self.find(key)
    }
}

/// The senses of `word` (lower-case ASCII), empty if unknown.
pub fn senses(word: &str) -> &'static [Sense] {
    pack(word.as_bytes()).map(senses_packed).unwrap_or(&[])
}

/// Whether a word is a past-tense or participle form by its shape (regular "-ed" verbs),
/// excluding common non-verbs with that ending.
pub fn looks_past_tense(word: &str) -> bool {
    word.len() > 4 && word.ends_with("ed") && !en::NOT_PAST_ED.contains(&word)
}

/// Whether `word` (any case) bounds a span up to now, putting the date after it in the past
/// ("since Christmas").
pub fn is_past_bound(word: &str) -> bool {
    in_list(en::PAST_BOUNDS, word)
}

/// Whether `word`, in any case, is one of `list` (lower-case words).
fn in_list(list: &[&str], word: &str) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Whether `word` (any case) names an unscheduled happening, putting the date right before it
/// in the past ("the 20 April explosion").
pub fn is_past_happening(word: &str) -> bool {
    in_list(en::PAST_HAPPENINGS, word)
}

/// Names that contain a calendar word but are not dates ("The Sunday Times").
pub fn is_stop_name(prev: &str, word: &str, next: &str) -> bool {
    en::STOP_NAMES
        .iter()
        .any(|(p, w, n)| (p.is_empty() || *p == prev) && *w == word && (n.is_empty() || *n == next))
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_word_is_found() {
        for (w, s) in super::en::WORDS.iter().chain(super::en_holidays::WORDS) {
            assert_eq!(super::senses(w), *s, "{w:?}");
        }
        for w in ["", "xyzzy", "januaryy", "thanksgivingdayss", "tho"] {
            assert!(super::senses(w).is_empty(), "{w:?}");
        }
    }

    #[test]
    fn every_word_is_listed_once() {
        let mut seen = std::collections::HashSet::new();
        for (w, _) in super::en::WORDS.iter().chain(super::en_holidays::WORDS) {
            assert!(seen.insert(*w), "duplicate lexicon entry {w:?}");
            assert_eq!(w.to_ascii_lowercase(), *w, "lexicon words are lower-case");
        }
    }
}
