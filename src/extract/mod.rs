//! Event extraction: turns each dated clause of an article into an event mention — the date,
//! the sentence it stands in (the quote), a headline, status, actors and content words.
//!
//! Only calendar dates anchor events (durations, sets and PRESENT_REF do not), and a date
//! that bounds rather than anchors ("for the first time since December") is skipped.

mod antecedent;
pub mod given_names;
pub mod headline;
pub mod lexicon;
pub mod sentences;
mod status;
mod surface;
pub mod words;

use chrono::NaiveDate;

use crate::model::{Article, Status};
use crate::tag::{Granularity, Mod, Timex, TimexValue};
use lexicon::NON_ANCHOR_PREPOSITIONS;

/// One report of a dated happening in one article.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Id of the article it comes from.
    pub article: String,
    /// The temporal expression as written.
    pub timex_text: String,
    pub value: TimexValue,
    pub modifier: Option<Mod>,
    /// Inclusive interval the date covers.
    pub interval: (NaiveDate, NaiveDate),
    pub granularity: Granularity,
    /// The full sentence, quoted.
    pub sentence: String,
    /// Offsets of the temporal expression in the article text, in Unicode scalar values.
    pub char_start: usize,
    pub char_end: usize,
    pub title: String,
    pub status: Status,
    /// Display names of the actors in the clause.
    pub actors: Vec<String>,
    /// Matching keys of the actors, sorted.
    pub actor_keys: Vec<String>,
    /// Actor keys qualified by a given name or qualifier ("elena ulstad", "finance
    /// ministry"), sorted: the clause's own, and for a bare surname the one qualified name
    /// the article gives it elsewhere. Two mentions whose actors share a key but carry
    /// different qualifiers name different bearers (see `merge::similarity`).
    pub actor_names: Vec<String>,
    /// Content-word keys of the clause (date words excluded), sorted.
    pub words: Vec<String>,
    /// Where the sentence stands in the article, 0.0 (lead) to 1.0 (end).
    pub position: f32,
}

fn preceding_word(text: &str, at: usize) -> String {
    text[..at]
        .split_whitespace()
        .next_back()
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
}

/// Whether the timex ending at byte `end` of `text` stamps a reader's comment or a post
/// rather than naming a day of the story: it is followed, before any sentence end, by a
/// comma, a short name and "wrote:" ("At 12:40 pm on 10 Jun 2010, coastwalker wrote: …",
/// "22nd Jun 2010, George wrote: …"). Comments posted under an article over the following
/// days would otherwise count as the article naming those days.
pub fn is_comment_stamp(text: &str, end: usize) -> bool {
    let Some(tail) = text.get(end..) else {
        return false;
    };
    // Cheap test first: almost no timex has a byline verb in the next hundred bytes.
    let mut cut = tail.len().min(120);
    while !tail.is_char_boundary(cut) {
        cut -= 1;
    }
    let near = tail[..cut].to_ascii_lowercase();
    if !lexicon::BARE_REPORTING.iter().any(|r| near.contains(r)) {
        return false;
    }
    // Words of the name between the comma and "wrote", once the comma is seen.
    let mut name_words: Option<usize> = None;
    for (i, w) in tail.split_whitespace().take(10).enumerate() {
        let bare = w.trim_end_matches([':', ',']).to_ascii_lowercase();
        if lexicon::BARE_REPORTING.contains(&bare.as_str()) {
            // "wrote:" or "wrote :" (tokenised).
            let colon = w.ends_with(':')
                || tail
                    .split_whitespace()
                    .nth(i + 1)
                    .is_some_and(|n| n.starts_with(':'));
            return colon && name_words.is_some_and(|n| (1..=3).contains(&n));
        }
        if w.ends_with(['.', '!', '?']) && w.len() > 1 || w == "." {
            return false;
        }
        match name_words.as_mut() {
            // "…, which Hayward wrote:" is a clause, not a byline.
            Some(_) if lexicon::STOPWORDS.contains(&bare.as_str()) => return false,
            Some(n) => *n += 1,
            None if w == "," => name_words = Some(0),
            None if w.ends_with(',') => name_words = Some(0),
            None => {}
        }
    }
    false
}

/// Where readers' comments begin in `text`: the first of at least two comment stamps
/// ([`is_comment_stamp`]) among `timexes` (sorted). Comments sit below the article, and what
/// they say ("Today's news included…", relative to when they were posted, not to the
/// article's date) is neither an event nor the article naming a day.
pub fn comments_start(text: &str, timexes: &[Timex]) -> Option<usize> {
    comments_start_of(timexes, &stamps(text, timexes))
}

/// Which of `timexes` are comment stamps.
fn stamps(text: &str, timexes: &[Timex]) -> Vec<bool> {
    timexes
        .iter()
        .map(|t| is_comment_stamp(text, t.end))
        .collect()
}

fn comments_start_of(timexes: &[Timex], stamps: &[bool]) -> Option<usize> {
    let mut at = timexes.iter().zip(stamps).filter(|(_, s)| **s);
    let first = at.next()?;
    at.next().map(|_| first.0.start)
}

/// The timexes of the story: without comment stamps, and without anything in the comments
/// section ([`comments_start`]).
pub fn story_timexes<'a>(text: &'a str, timexes: &'a [Timex]) -> impl Iterator<Item = &'a Timex> {
    let stamps = stamps(text, timexes);
    let end = comments_start_of(timexes, &stamps).unwrap_or(usize::MAX);
    timexes
        .iter()
        .zip(stamps)
        .filter_map(move |(t, stamp)| (!stamp && t.start < end).then_some(t))
}

/// Whether byte `at` of `sentence` lies inside quotation marks. Dates in quoted speech are
/// relative to when the words were spoken, not to the article, so they do not anchor events.
fn inside_quotes(sentence: &str, at: usize) -> bool {
    let before = &sentence[..at];
    let curly_open = before.matches('“').count();
    let curly_close = before.matches('”').count();
    let straight = before.matches('"').count();
    curly_open > curly_close || straight % 2 == 1
}

/// Words of the clause near the date (at most `WINDOW` on each side): the happening the date
/// anchors is told close to it, while long clauses drift to other matters.
const WINDOW: usize = 14;

fn near_date(clause: &str, ts: usize, te: usize) -> String {
    let before: Vec<&str> = clause[..ts].split_whitespace().collect();
    let after: Vec<&str> = clause[te..].split_whitespace().take(WINDOW).collect();
    let from = before.len().saturating_sub(WINDOW);
    format!("{} {}", before[from..].join(" "), after.join(" "))
}

/// Where the colon of a chronology entry is, when the date ending at byte `te` of `sentence`
/// is directly followed by one ("28 April: …", tokenised "28 April : …") and text follows.
fn entry_colon(sentence: &str, ts: usize, te: usize) -> Option<usize> {
    let rest = sentence.get(te..)?;
    let after_space = rest.trim_start_matches(' ');
    let colon = te + (rest.len() - after_space.len());
    let text = after_space.strip_prefix(':')?;
    if !text.starts_with(' ') || text.trim().is_empty() {
        return None;
    }
    // "said on Saturday: …" is an attribution, not an entry: an entry's date follows no
    // preposition or reporting verb. (Asked last: most dates have no colon after them.)
    let before = sentence.get(..ts)?.trim_end();
    let prev = before.rsplit(' ').next().unwrap_or("");
    let blocked = lexicon::ENTRY_BLOCKERS
        .iter()
        .any(|b| b.eq_ignore_ascii_case(prev));
    (!blocked).then_some(colon)
}

/// Starts of a live blog's time stamps that the tagger read as years ("1905 : Welcome to our
/// live coverage… 2049 : Gibbs says…"): three or more entries headed by a bare four-digit
/// number, every one a valid time of day, and one of them a year after the article's own,
/// which a chronology of years would not list. (A blog that stays before its year's number,
/// "1700 : …" in 2010, is not told apart from a chronology: its stamps stay years.)
fn live_blog_stamps(text: &str, timexes: &[Timex], published: Option<NaiveDate>) -> Vec<usize> {
    let Some(year) = published.map(|d| chrono::Datelike::year(&d)) else {
        return Vec::new();
    };
    let stamps: Vec<(usize, u32)> = timexes
        .iter()
        .filter(|t| matches!(t.value, TimexValue::Year(_)))
        .filter(|t| t.text.len() == 4 && t.text.bytes().all(|b| b.is_ascii_digit()))
        .filter(|t| entry_colon(text, t.start, t.end).is_some())
        .filter_map(|t| Some((t.start, t.text.parse().ok()?)))
        .collect();
    let clock = |n: u32| n / 100 < 24 && n % 100 < 60;
    let blog = stamps.len() >= 3
        && stamps.iter().all(|&(_, n)| clock(n))
        && stamps.iter().any(|&(_, n)| n as i32 > year);
    if blog {
        stamps.into_iter().map(|(s, _)| s).collect()
    } else {
        Vec::new()
    }
}

/// Extracts the event mentions of one article from its timexes (byte offsets into
/// `article.text`, sorted, as the tagger returns them).
pub fn extract_mentions(article: &Article, timexes: &[Timex]) -> Vec<Mention> {
    extract_mentions_in(article, timexes, &sentences::split(&article.text))
}

/// [`extract_mentions`] with the article's sentence spans already split (byte offsets, in
/// order, as [`sentences::split`] gives them), for callers that need them too.
pub fn extract_mentions_in(
    article: &Article,
    timexes: &[Timex],
    sentences: &[(usize, usize)],
) -> Vec<Mention> {
    let text = article.text.as_str();
    let mut out = Vec::new();
    let mut si = 0usize;
    // Char offsets are computed incrementally: timexes come sorted.
    let mut char_pos = 0usize;
    let mut byte_pos = 0usize;
    let total = text.len().max(1) as f32;
    let stamps = live_blog_stamps(text, timexes, article.published);
    for t in story_timexes(text, timexes) {
        if stamps.contains(&t.start) {
            continue;
        }
        if t.start < byte_pos
            || t.end > text.len()
            || !text.is_char_boundary(t.start)
            || !text.is_char_boundary(t.end)
        {
            continue;
        }
        char_pos += text[byte_pos..t.start].chars().count();
        byte_pos = t.start;
        let char_start = char_pos;
        let char_end = char_start + text[t.start..t.end].chars().count();
        let (Some(interval), Some(granularity)) = (t.value.interval(), t.value.granularity())
        else {
            continue;
        };
        while si < sentences.len() && sentences[si].1 <= t.start {
            si += 1;
        }
        let Some(&(ss, se)) = sentences.get(si) else {
            continue;
        };
        if ss > t.start {
            continue;
        }
        let sentence = &text[ss..se];
        if NON_ANCHOR_PREPOSITIONS.contains(&preceding_word(text, t.start).as_str())
            || inside_quotes(sentence, t.start - ss)
        {
            continue;
        }
        let (ts, te) = (t.start - ss, (t.end.min(se)) - ss);
        // A chronology's entry ("20 April: Rig explodes 28 April: Coast Guard says…") is told
        // by what follows its colon, up to the next entry; any other date by its clause.
        // (`dts..dte` is the date's place in that text: none in an entry's.)
        let (cs, ce, dts, dte) = match entry_colon(sentence, ts, te) {
            Some(colon) => {
                // Timexes are sorted: the next entry is among those after this one.
                let from = timexes.partition_point(|n| n.start < t.end);
                let next_entry = timexes[from..]
                    .iter()
                    .take_while(|n| n.start < se)
                    .map(|n| (n.start - ss, n.end.min(se) - ss))
                    .find(|&(a, b)| entry_colon(sentence, a, b).is_some())
                    .map(|(a, _)| a);
                (colon + 1, next_entry.unwrap_or(sentence.len()), 0, 0)
            }
            None => {
                let (cs, ce) = headline::clause_bounds(sentence, ts, te);
                (cs, ce, ts - cs, te - cs)
            }
        };
        let clause = &sentence[cs..ce];
        let title = headline::headline(clause, dts, dte);
        // "He was a popular choice…" names whom the article means, when that is clear.
        let title =
            antecedent::resolve_title(&title, text, sentences, si, ss + cs).unwrap_or(title);
        if !lexicon::is_newsworthy_title(&title) {
            continue;
        }
        let published = article.published.unwrap_or(NaiveDate::MIN);
        let status = if headline::is_future(clause) && interval.1 >= published {
            Status::Planned
        } else if headline::is_reported_speech(clause, dts, dte) {
            Status::Reported
        } else {
            Status::Happened
        };
        let clause_wo_date = near_date(clause, dts, dte);
        let actors = words::actors(&clause_wo_date);
        let mut actor_keys: Vec<String> = actors.iter().map(|a| words::actor_key(a)).collect();
        actor_keys.sort();
        actor_keys.dedup();
        let mut actor_names: Vec<String> = actors
            .iter()
            .filter_map(|a| words::qualified_actor_key(a))
            .collect();
        actor_names.sort();
        actor_names.dedup();
        out.push(Mention {
            article: article.id.clone(),
            timex_text: t.text.clone(),
            value: t.value.clone(),
            modifier: t.modifier,
            interval,
            granularity,
            sentence: sentence.split_whitespace().collect::<Vec<_>>().join(" "),
            char_start,
            char_end,
            title,
            status,
            actors,
            actor_keys,
            actor_names,
            words: words::content_words(&clause_wo_date),
            position: ss as f32 / total,
        });
    }
    // One mention per (sentence, value): "on Tuesday ... on Tuesday" in one sentence is one report.
    out.dedup_by(|b, a| a.sentence == b.sentence && a.value == b.value);
    qualify_bare_actors(&mut out);
    out
}

/// Within one article a bare surname means the person the article named in full: "Ulstad
/// said…" after "Elena Ulstad announced…" is Elena Ulstad. Each mention's unqualified actor
/// key gets the article's qualified name for it, when the article gives exactly one.
fn qualify_bare_actors(mentions: &mut [Mention]) {
    // (key, qualified name) pairs of the whole article; few, so a sorted vector.
    let mut named: Vec<(&str, &str)> = Vec::new();
    for m in mentions.iter() {
        for q in &m.actor_names {
            if let Some((_, key)) = q.rsplit_once(' ') {
                named.push((key, q));
            }
        }
    }
    if named.is_empty() {
        return;
    }
    named.sort_unstable();
    named.dedup();
    // Keys the article qualifies one way only (sorted by key, so a key's names are adjacent).
    let only: Vec<(&str, &str)> = named
        .chunk_by(|x, y| x.0 == y.0)
        .filter(|c| c.len() == 1)
        .map(|c| c[0])
        .collect();
    let only: Vec<(String, String)> = only
        .into_iter()
        .map(|(k, q)| (k.to_string(), q.to_string()))
        .collect();
    for m in mentions.iter_mut() {
        let before = m.actor_names.len();
        for key in &m.actor_keys {
            let has = m.actor_names[..before]
                .iter()
                .any(|q| q.rsplit_once(' ').is_some_and(|(_, k)| k == key));
            if !has && let Some((_, q)) = only.iter().find(|(k, _)| k == key) {
                m.actor_names.push(q.clone());
            }
        }
        if m.actor_names.len() > before {
            m.actor_names.sort();
        }
    }
}

impl Mention {
    /// A bare day-level mention for tests elsewhere in the crate: the article id, the interval
    /// (valued as its first day) and the content words; everything else empty.
    #[cfg(test)]
    pub(crate) fn for_test(
        article: &str,
        from: NaiveDate,
        to: NaiveDate,
        words: Vec<String>,
    ) -> Mention {
        Mention {
            article: article.to_string(),
            timex_text: String::new(),
            value: TimexValue::Day(from),
            modifier: None,
            interval: (from, to),
            granularity: Granularity::Day,
            sentence: String::new(),
            char_start: 0,
            char_end: 0,
            title: String::new(),
            status: Status::Happened,
            actors: Vec::new(),
            actor_keys: Vec::new(),
            actor_names: Vec::new(),
            words,
            position: 0.0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tag::TimexType;

    fn article(text: &str) -> Article {
        Article {
            id: "a".into(),
            path: "a.txt".into(),
            title: None,
            source: None,
            url: None,
            published: NaiveDate::from_ymd_opt(2022, 2, 1),
            text: text.into(),
        }
    }

    fn timex(text: &str, needle: &str, value: TimexValue) -> Timex {
        let start = text.find(needle).unwrap();
        Timex {
            start,
            end: start + needle.len(),
            text: needle.into(),
            kind: TimexType::Date,
            value,
            modifier: None,
        }
    }

    fn day(m: u32, d: u32) -> TimexValue {
        TimexValue::Day(NaiveDate::from_ymd_opt(2022, m, d).unwrap())
    }

    #[test]
    fn a_chronology_entry_is_titled_by_the_text_after_its_colon() {
        let text = "Timeline . 20 April : Deepwater Horizon rig explodes , killing 11 people \
                    28 April : US Coast Guard fears one of the worst spills in US history \
                    2 May : BP starts drilling the first relief well .";
        let t = [
            timex(text, "20 April", day(4, 20)),
            timex(text, "28 April", day(4, 28)),
            timex(text, "2 May", day(5, 2)),
        ];
        let titles: Vec<String> = extract_mentions(&article(text), &t)
            .into_iter()
            .map(|m| m.title)
            .collect();
        assert_eq!(
            titles,
            [
                "Deepwater Horizon rig explodes, killing 11 people",
                "US Coast Guard fears one of the worst spills in US history",
                "BP starts drilling the first relief well",
            ]
        );
        // A date after a preposition before a colon is an attribution, not an entry.
        let text = "Governor Bobby Jindal said on Saturday : This is not just about our coast .";
        let t = [timex(text, "Saturday", day(1, 29))];
        let m = extract_mentions(&article(text), &t);
        assert!(
            m[0].title.starts_with("Governor Bobby Jindal said"),
            "{}",
            m[0].title
        );
    }

    #[test]
    fn a_live_blogs_time_stamps_are_not_years() {
        let year = |y: i32| TimexValue::Year(y);
        let mut a = article("");
        a.published = NaiveDate::from_ymd_opt(2010, 6, 15);
        // Clock times of one evening, one of them "after" the article's year: a live blog.
        a.text = "Live . 1905 : Welcome to our coverage of the speech . 1957 : Polls give \
                  context for tonight . 2013 : Obama takes a passionate tone ."
            .into();
        let t: Vec<Timex> = [("1905", 1905), ("1957", 1957), ("2013", 2013)]
            .iter()
            .map(|&(s, y)| timex(&a.text, s, year(y)))
            .collect();
        assert!(extract_mentions(&a, &t).is_empty());
        // A chronology of years (1979 is no time of day) keeps its dates.
        a.text = "Spills . 1979 : A well blow-out spilt 140m gallons . 1983 : A tanker \
                  collided with a platform . 1991 : Tankers released 520m gallons ."
            .into();
        let t: Vec<Timex> = [("1979", 1979), ("1983", 1983), ("1991", 1991)]
            .iter()
            .map(|&(s, y)| timex(&a.text, s, year(y)))
            .collect();
        let m = extract_mentions(&a, &t);
        assert_eq!(m.len(), 3);
        assert_eq!(m[0].title, "A well blow-out spilt 140m gallons");
    }

    #[test]
    fn comment_stamps_are_not_story_dates() {
        for (text, stamp) in [
            (
                "At 12:40 pm on 10 Jun 2010 , H wrote : Obama is wrong .",
                "10 Jun 2010",
            ),
            (
                "22nd Jun 2010, George wrote: Unbelievably biased.",
                "22nd Jun 2010",
            ),
            (
                "At 12:41 pm on 11 Jun 2010, coast walker wrote: No.",
                "11 Jun 2010",
            ),
        ] {
            let end = text.find(stamp).unwrap() + stamp.len();
            assert!(is_comment_stamp(text, end), "{text}");
        }
        for (text, date) in [
            ("On 10 June, Hayward wrote to the committee.", "10 June"),
            ("The letter of 10 June, which Hayward wrote: no.", "10 June"),
            ("It happened on Monday. Ken wrote: fine.", "Monday"),
        ] {
            let end = text.find(date).unwrap() + date.len();
            assert!(!is_comment_stamp(text, end), "{text}");
        }
    }

    #[test]
    fn a_bare_surname_is_the_person_the_article_named() {
        let text = "Elena Ulstad signed the harbour deal on January 30. \
                    Ulstad defended it in parliament on Monday. \
                    Interior Minister Brandt resigned on Tuesday.";
        let tx = [
            timex(text, "January 30", day(1, 30)),
            timex(text, "Monday", day(1, 31)),
            timex(text, "Tuesday", day(2, 1)),
        ];
        let m = extract_mentions(&article(text), &tx);
        assert_eq!(m.len(), 3);
        assert_eq!(m[0].actor_names, ["elena ulstad"]);
        assert_eq!(m[1].actor_keys, ["ulstad"]);
        assert_eq!(
            m[1].actor_names,
            ["elena ulstad"],
            "from the first sentence"
        );
        // A title names nobody in particular, and nobody else in the article is a Brandt.
        assert!(m[2].actor_names.is_empty());
    }

    #[test]
    fn a_surname_two_people_share_in_one_article_stays_unqualified() {
        let text = "Barack Obama spoke on January 30. Michelle Obama spoke on Monday. \
                    Obama left on Tuesday.";
        let tx = [
            timex(text, "January 30", day(1, 30)),
            timex(text, "Monday", day(1, 31)),
            timex(text, "Tuesday", day(2, 1)),
        ];
        let m = extract_mentions(&article(text), &tx);
        assert_eq!(m[0].actor_names, ["barack obama"]);
        assert_eq!(m[1].actor_names, ["michelle obama"]);
        assert!(m[2].actor_names.is_empty(), "which Obama is not known");
    }

    #[test]
    fn a_pronoun_title_names_its_antecedent_and_the_quote_stays() {
        let text = "Mr Hayward began his career with BP in 1982. \
                    He was named chief executive on May 1. \
                    President Obama met Adm Allen in Venice. He spoke on Tuesday.";
        let tx = [
            timex(text, "May 1", day(5, 1)),
            timex(text, "Tuesday", day(5, 4)),
        ];
        let m = extract_mentions(&article(text), &tx);
        assert_eq!(m[0].title, "Hayward was named chief executive");
        assert_eq!(m[0].sentence, "He was named chief executive on May 1.");
        // Two persons before "He": which one is not clear.
        assert_eq!(m[1].title, "He spoke");
    }

    #[test]
    fn the_comments_section_makes_no_events() {
        let text = "BP sealed the well on January 30. \
                    On 1 Feb 2022, ann wrote: Today's news was a relief. \
                    On 2 Feb 2022, bob wrote: I heard on Monday it leaked again.";
        let tx = [
            timex(text, "January 30", day(1, 30)),
            timex(text, "1 Feb 2022", day(2, 1)),
            timex(text, "Today", day(2, 1)),
            timex(text, "2 Feb 2022", day(2, 2)),
            timex(text, "Monday", day(1, 31)),
        ];
        assert_eq!(comments_start(text, &tx), Some(tx[1].start));
        let story: Vec<&str> = story_timexes(text, &tx).map(|t| t.text.as_str()).collect();
        assert_eq!(story, ["January 30"]);
        let m = extract_mentions(&article(text), &tx);
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].title, "BP sealed the well");
        // One stamp alone is no comments section: only the stamp itself is left out.
        let one = &tx[..3];
        assert_eq!(comments_start(text, one), None);
        let story: Vec<&str> = story_timexes(text, one).map(|t| t.text.as_str()).collect();
        assert_eq!(story, ["January 30", "Today"]);
    }

    #[test]
    fn two_dated_happenings_in_one_sentence_give_two_mentions() {
        let t = "Reyes declared an emergency on March 1, and the director resigned on March 4.";
        let a = article(t);
        let tx = vec![
            timex(t, "March 1", day(3, 1)),
            timex(t, "March 4", day(3, 4)),
        ];
        let m = extract_mentions(&a, &tx);
        assert_eq!(m.len(), 2);
        assert_eq!(m[0].title, "Reyes declared an emergency");
        assert_eq!(m[1].title, "The director resigned");
    }

    #[test]
    fn planned_events_and_offsets() {
        let t = "Über. On Friday, Putin will travel to Beijing for a summit.";
        let a = article(t);
        let m = extract_mentions(&a, &[timex(t, "Friday", day(2, 4))]);
        assert_eq!(m[0].status, Status::Planned);
        assert_eq!(m[0].char_start, 9);
        assert_eq!(m[0].title, "Putin will travel to Beijing for a summit");
        assert_eq!(m[0].actor_keys, ["beijing", "putin"]);
    }

    #[test]
    fn bounding_dates_and_non_calendar_values_do_not_anchor() {
        let t = "For the first time since December, Putin spoke. He spoke for five hours.";
        let a = article(t);
        let dur = TimexValue::Duration {
            amount: Some(5.0),
            unit: crate::tag::value::DurationUnit::Hour,
        };
        let tx = vec![
            timex(
                t,
                "December",
                TimexValue::Month {
                    year: 2021,
                    month: 12,
                },
            ),
            timex(t, "five hours", dur),
        ];
        assert!(extract_mentions(&a, &tx).is_empty());
    }
}
