//! Direction of under-specified dates from the sentence: the nearest tense or cue word
//! around the expression ("will", "is due to", "next" → future; past-tense verbs, "ago",
//! "last" → past). Only the expression's own sentence is looked at, bounded in tokens.

use super::lexicon::{self, Dir, Sense};
use super::resolve::Direction;
use super::scan::{Kind, Tok};

/// How far (in tokens) a cue may be from the expression.
const WINDOW: usize = 20;

/// A cue after the expression counts this many times farther than one before it: the verb
/// that governs a time adverbial usually precedes it.
const RIGHT_WEIGHT: usize = 2;

fn is_boundary(t: &Tok) -> bool {
    matches!(t.kind, Kind::Punct(b'.' | b'!' | b'?' | b';')) || t.para
}

fn cue_at(toks: &[Tok], text: &str, i: usize) -> Option<Dir> {
    let t = &toks[i];
    if t.kind != Kind::Word {
        return None;
    }
    // After a determiner a cue word is a noun ("the plan", "a set").
    let after_det =
        i > 0 && (toks[i - 1].has_kind(Sense::Det) || toks[i - 1].has_kind(Sense::Indef));
    // "next to the embassy" is a place.
    if t.has_kind(Sense::NextWord)
        && toks
            .get(i + 1)
            .is_some_and(|n| n.is_word() && n.has_kind(Sense::RangeTo))
    {
        return None;
    }
    // "set to resume Monday", "plans to", "a vote planned for Tuesday": a plan ("vacation
    // plans for the trip", "a hastily planned trip" are no cue).
    if t.has_kind(Sense::PlanTo) {
        let to = toks.get(i + 1).is_some_and(|n| {
            n.is_word()
                && (n.has_kind(Sense::RangeTo)
                    || t.has_kind(Sense::Participle)
                        && text
                            .get(n.s..n.e)
                            .is_some_and(|w| w.eq_ignore_ascii_case("for")))
        });
        return (to && !after_det).then_some(Dir::Future);
    }
    // "could not be reached Wednesday", "neither he nor his family could be located
    // Wednesday": a negated possibility is no plan ahead.
    if t.has_kind(Sense::Possibility) && negated(toks, i) {
        return None;
    }
    for s in t.senses {
        if let Sense::Cue(d) = s {
            return (!after_det).then_some(*d);
        }
    }
    // Regular past tense by shape ("announced", "visited"); only lower-case words so that
    // names ("Ted", "Fred") stay out.
    let w = text.get(t.s..t.e)?;
    // (the "-ed" ending is tested before the word is copied and lower-cased: most are not)
    let ed = w.len() > 4 && w.as_bytes()[w.len() - 2..].eq_ignore_ascii_case(b"ed");
    // The second half of a hyphenated compound is an adjective, not a verb ("remote-controlled
    // submarines", "a so-called top kill", "oil-soaked birds").
    let compound = i >= 2
        && toks[i - 1].is_punct(b'-')
        && !toks[i - 1].gap
        && !t.gap
        && !matches!(toks[i - 2].kind, Kind::Punct(_));
    if ed && !t.cap && w.len() <= 24 && !after_det && !compound {
        let mut buf = [0u8; 24];
        let lw = &mut buf[..w.len()];
        lw.copy_from_slice(w.as_bytes());
        lw.make_ascii_lowercase();
        if let Ok(lw) = std::str::from_utf8(lw)
            && lexicon::looks_past_tense(lw)
        {
            return Some(Dir::Past);
        }
    }
    None
}

/// How many words before a modal a negation of its clause may stand ("neither he nor his
/// four grandparents could").
const NEGATION_BEFORE: usize = 6;

/// Whether the modal at `i` is negated: a negation right after it, or one among the few words
/// of its clause before it.
fn negated(toks: &[Tok], i: usize) -> bool {
    let neg = |t: &Tok| t.is_word() && t.has_kind(Sense::Negation);
    if toks.get(i + 1).is_some_and(neg) {
        return true;
    }
    toks[i.saturating_sub(NEGATION_BEFORE)..i]
        .iter()
        .rev()
        .take_while(|t| !is_boundary(t) && !t.is_punct(b','))
        .any(neg)
}

/// The direction the context of tokens `[a, b)` points to.
pub fn direction(toks: &[Tok], text: &str, a: usize, b: usize) -> Direction {
    let mut best: Option<(usize, Dir)> = None;
    // The cue found is the past perfect "had".
    let mut perfect = false;
    // Left: up to the sentence start.
    let mut i = a;
    let mut dist = 0;
    while i > 0 && dist < WINDOW {
        i -= 1;
        dist += 1;
        let t = &toks[i];
        if is_boundary(t) && !abbreviation_period(toks, i) {
            break;
        }
        if let Some(d) = cue_at(toks, text, i) {
            // "is to resume": a plan
            if d == Dir::Present
                && toks
                    .get(i + 1)
                    .is_some_and(|n| n.has_kind(Sense::RangeTo) && n.is_word())
            {
                best = Some((dist, Dir::Future));
                break;
            }
            // "will be held": a passive participle says nothing of time.
            if d == Dir::Past && i > 0 && toks[i - 1].has_kind(Sense::BeAux) {
                continue;
            }
            // "had been due to", "was expected to": the plan is in the past.
            let d = if d == Dir::Future
                && t.has_kind(Sense::Participle)
                && past_aux_before(toks, text, i)
            {
                Dir::Past
            } else {
                d
            };
            best = Some((dist, d));
            perfect = perfect_at(toks, i);
            break;
        }
        if t.para {
            break;
        }
    }
    // Right: up to the sentence end; a nearer cue wins, ties go to the left.
    let mut j = b;
    let mut dist = 0;
    while j < toks.len() && dist < WINDOW {
        let t = &toks[j];
        dist += 1;
        if t.para
            || (is_boundary(t) && !abbreviation_period(toks, j))
            || t.is_word() && t.has_kind(Sense::Contrast)
        {
            break;
        }
        if let Some(d) = cue_at(toks, text, j) {
            if d == Dir::Past && toks[j - 1].has_kind(Sense::BeAux) {
                j += 1;
                continue;
            }
            // "On Monday, X is expected to / is due to / is to sign": the present auxiliary
            // carries a plan when a future cue or "to" follows it.
            let d = if d == Dir::Present && plan_follows(toks, text, j) {
                Dir::Future
            } else {
                d
            };
            if best.is_none_or(|(bd, _)| dist * RIGHT_WEIGHT < bd) {
                best = Some((dist, d));
                perfect = perfect_at(toks, j);
            }
            break;
        }
        j += 1;
    }
    // "as early as Tuesday", "as soon as Friday": the earliest a plan can happen, ahead —
    // unless a past verb governs it ("talks began as early as March").
    if earliest_possible(toks, text, a)
        && !past_perfect_cue(perfect, best)
        && !(4..=5).any(|k| a >= k && cue_at(toks, text, a - k) == Some(Dir::Past))
    {
        return Direction::Future;
    }
    // "by May", "until mid-November": a deadline ahead.
    // ... unless the clause is in the past perfect: "had filed reports by Wednesday".
    let past_perfect = past_perfect_cue(perfect, best);
    if a > 0
        && toks[a - 1].has_kind(Sense::Deadline)
        && best.is_none_or(|(d, _)| d > 1)
        && !past_perfect
    {
        return Direction::Future;
    }
    match best {
        Some((_, Dir::Past)) => Direction::Past,
        Some((_, Dir::Future)) => Direction::Future,
        Some((_, Dir::Present)) | None => Direction::Nearest,
    }
}

/// Whether tokens `a-3..a` read "as early as" or "as soon as".
fn earliest_possible(toks: &[Tok], text: &str, a: usize) -> bool {
    a >= 3
        && toks[a - 1].has_kind(Sense::As)
        && toks[a - 3].has_kind(Sense::As)
        && text
            .get(toks[a - 2].s..toks[a - 2].e)
            .is_some_and(|w| w.eq_ignore_ascii_case("early") || w.eq_ignore_ascii_case("soon"))
}

/// Whether the cue found is a past perfect ("had planned to leave as early as Monday").
fn past_perfect_cue(perfect: bool, best: Option<(usize, Dir)>) -> bool {
    perfect && matches!(best, Some((_, Dir::Past)))
}

/// Whether the word after token `i` turns a present auxiliary into a plan: a future cue
/// ("expected", "due", "set", "scheduled") or the "to" of "is to".
fn plan_follows(toks: &[Tok], text: &str, i: usize) -> bool {
    toks.get(i + 1).is_some_and(|n| {
        n.is_word()
            && (n.has_kind(Sense::RangeTo) || cue_at(toks, text, i + 1) == Some(Dir::Future))
    })
}

/// Whether the cue at `i` is the past perfect: "had" itself or a participle up to two words
/// after it ("had filed", "had not called").
fn perfect_at(toks: &[Tok], i: usize) -> bool {
    (0..=2).any(|k| i >= k && toks[i - k].has_kind(Sense::Perfect))
}

fn past_aux_before(toks: &[Tok], text: &str, i: usize) -> bool {
    (1..=3).any(|k| i >= k && toks[i - k].is_word() && cue_at(toks, text, i - k) == Some(Dir::Past))
}

/// A period right after a word of two letters or a single letter ("Mr.", "U.S.") or after an
/// abbreviated calendar word ("Jan.", "Sept.") does not end the sentence; after a full name
/// ("in December. Colonel ...") it does.
fn abbreviation_period(toks: &[Tok], i: usize) -> bool {
    if !toks[i].is_punct(b'.') || i == 0 {
        return false;
    }
    let p = &toks[i - 1];
    p.is_word()
        && p.e == toks[i].s
        && (p.e - p.s <= 2 || !p.senses.is_empty() && p.cap && p.e - p.s <= 4)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tag::scan::tokenize;

    fn dir_of(s: &str, word: &str) -> Direction {
        let toks = tokenize(s);
        let pos = s.find(word).unwrap();
        let i = toks.iter().position(|t| t.s == pos).unwrap();
        direction(&toks, s, i, i + 1)
    }

    #[test]
    fn cues() {
        assert_eq!(
            dir_of("On Friday, Putin will travel to Beijing.", "Friday"),
            Direction::Future
        );
        assert_eq!(
            dir_of("Putin said on Tuesday that he would.", "Tuesday"),
            Direction::Past
        );
        assert_eq!(
            dir_of("The talks ended. On Friday, he travels.", "Friday"),
            Direction::Nearest
        );
        assert_eq!(
            dir_of("The deal was announced Monday.", "Monday"),
            Direction::Past
        );
        assert_eq!(
            dir_of(
                "His father, who could come as early as Tuesday, said.",
                "Tuesday"
            ),
            Direction::Future
        );
        assert_eq!(
            dir_of("It said the group could leave as soon as Friday.", "Friday"),
            Direction::Future
        );
        assert_eq!(
            dir_of("He said talks began as early as March.", "March"),
            Direction::Past
        );
    }

    #[test]
    fn modals_point_ahead() {
        for (s, w) in [
            (
                "Forecasters say that strong winds on Sunday could push more oil ashore.",
                "Sunday",
            ),
            (
                "It could be ready to deploy on Tuesday or Wednesday.",
                "Tuesday",
            ),
            ("The new dome should be working later on Friday.", "Friday"),
            (
                "The storm might reach the spill area by early on Saturday.",
                "Saturday",
            ),
        ] {
            assert_eq!(dir_of(s, w), Direction::Future, "{s}");
        }
    }

    #[test]
    fn negated_possibility_is_no_plan() {
        assert_eq!(
            dir_of(
                "Neither he nor his four grandparents could be located Wednesday.",
                "Wednesday"
            ),
            Direction::Nearest
        );
        assert_eq!(
            dir_of(
                "His grandparents could not be located Wednesday in Cardenas.",
                "Wednesday"
            ),
            Direction::Nearest
        );
    }

    #[test]
    fn a_contrasting_clause_after_the_date_has_its_own_tense() {
        assert_eq!(
            dir_of(
                "Robots removed the cap from the ocean floor on Saturday but it will be days before the new cap is in place.",
                "Saturday"
            ),
            Direction::Past
        );
        // A cue before "but" still counts.
        assert_eq!(
            dir_of("He will try on Friday, but the weather is bad.", "Friday"),
            Direction::Future
        );
    }

    #[test]
    fn hopes_and_preparations_are_plans() {
        assert_eq!(
            dir_of(
                "BP hopes to begin the static kill procedure on Tuesday.",
                "Tuesday"
            ),
            Direction::Future
        );
        assert_eq!(
            dir_of(
                "With BP preparing to inject mud into the well on Tuesday.",
                "Tuesday"
            ),
            Direction::Future
        );
    }

    #[test]
    fn compound_adjectives_are_not_past_verbs() {
        // "remote-controlled" describes the submarines; the plan governs the date.
        assert_eq!(
            dir_of(
                "Engineers plan to lower the 100-tonne box over the site on Thursday, using remote-controlled submarines.",
                "Thursday"
            ),
            Direction::Future
        );
        assert_eq!(
            dir_of(
                "He will try a so-called top kill on Wednesday.",
                "Wednesday"
            ),
            Direction::Future
        );
        // A past verb still counts.
        assert_eq!(
            dir_of(
                "The box was lowered on Thursday, using submarines.",
                "Thursday"
            ),
            Direction::Past
        );
    }
}
