//! What a clause or headline tells, apart from its wording: whether it speaks of the future
//! ([`is_future`], for a mention's status), tells a happening as a prospect
//! ([`tells_as_prospect`], for the merge's choice of a title agreeing with the status), is
//! reported speech ([`is_reported_speech`]), and how well a headline says who did what
//! ([`quality`]). Word lists live in `super::lexicon`.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use super::headline::bare_lower;
use super::lexicon::{
    CLAIM_VERBS, DATE_GLUE, FUTURE_CUES, PROSPECT_CUES, QUESTION_OPENERS, SUBJECT_PRONOUNS,
    SUBORDINATORS, VERB_HINTS,
};

/// Whether the date at `[ts, te)` of `clause` dates a happening told in reported speech: the
/// clause says "according to", or a claim verb stands before the date with at least two
/// words of its complement between them ("officials said the convoy crossed on Tuesday"). A
/// date on the saying itself ("said on Tuesday that…", "On Tuesday, officials said…") dates
/// a statement that happened.
pub fn is_reported_speech(clause: &str, ts: usize, te: usize) -> bool {
    let (Some(head), true) = (clause.get(..ts), te <= clause.len()) else {
        return false;
    };
    if clause.to_lowercase().contains("according to ") {
        return true;
    }
    let raw: Vec<&str> = head.split_whitespace().collect();
    let words: Vec<String> = raw.iter().map(|w| bare_lower(w)).collect();
    let Some(v) = words
        .iter()
        .rposition(|w| CLAIM_VERBS.contains(&w.as_str()))
    else {
        return false;
    };
    let between = words[v + 1..]
        .iter()
        .filter(|w| !w.is_empty() && *w != "that" && !DATE_GLUE.contains(&w.as_str()))
        .count();
    // The complement has a verb of its own ("said engineers began pumping on Monday"); words
    // without one are about the saying ("said in an interview on Thursday", "said Mr Wells
    // late on Tuesday").
    v > 0 && between >= 2 && raw[v + 1..].iter().any(|w| is_verb_hint(w))
}

/// How well a headline says who did what, for choosing an event's title among its mentions:
/// 3 for a clause with a named subject, less when it starts with a pronoun ("He is due to
/// visit"), with a figure or symbol ("$ 360m BP scheduled…"); 0 under three words or for a
/// question ("Does that mean the White House is unhappy…").
pub fn quality(title: &str) -> u8 {
    let words: Vec<&str> = title.split_whitespace().collect();
    if words.len() < 3 || is_question(title, &words) {
        return 0;
    }
    let mut q: u8 = 3;
    if starts_with_pronoun(title) {
        q -= 1;
    }
    if !title.chars().next().is_some_and(char::is_alphabetic) {
        q -= 1;
    }
    if !has_verb_hint(&words) {
        q -= 1;
    }
    q
}

/// Whether a headline asks rather than tells: it ends on a question mark (before a cut's
/// ellipsis) or opens with a question word.
fn is_question(title: &str, words: &[&str]) -> bool {
    title.trim_end_matches('…').trim_end().ends_with('?')
        || words
            .first()
            .is_some_and(|w| QUESTION_OPENERS.contains(&bare_lower(w).as_str()))
}

/// Whether a headline's first word is a subject pronoun ("He is due to…", "It said…"),
/// which says nothing of who acted.
pub fn starts_with_pronoun(title: &str) -> bool {
    title
        .split_whitespace()
        .next()
        .is_some_and(|w| SUBJECT_PRONOUNS.contains(&bare_lower(w).as_str()))
}

/// Whether a headline shows a verb: an auxiliary or common verb form, or a lower-case word
/// in "-ed" or "-ing" after the first. Without a tagger this misses "brings", so it only
/// breaks ties between mentions ("The test in the Gulf of Mexico" has none).
fn has_verb_hint(words: &[&str]) -> bool {
    words.iter().skip(1).any(|w| is_verb_hint(w))
}

/// Whether a word looks like a verb form: an auxiliary or common verb, or a lower-case word
/// in "-ed" or "-ing".
pub(super) fn is_verb_hint(w: &str) -> bool {
    let lw = bare_lower(w);
    w.chars().next().is_some_and(char::is_lowercase)
        && (VERB_HINTS.contains(&lw.as_str())
            || lw.len() > 4 && (lw.ends_with("ed") || lw.ends_with("ing")))
}

/// The future cues as one automaton, built once.
///
/// Performance: searching each cue with `str::match_indices` built a new string searcher
/// per cue per call (~4% of a whole build in profiles); one pass of a prebuilt automaton
/// over the clause finds the same occurrences. The overlapping search reports every
/// occurrence of every cue, as the per-cue loop did (no cue overlaps itself, so per-cue
/// non-overlapping matches are all of them).
static FUTURE_AUTOMATON: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::new(FUTURE_CUES.iter().map(|c| c.trim())).expect("future cues build")
});

/// Whether a clause speaks of a planned or expected happening.
pub fn is_future(clause: &str) -> bool {
    let lower = format!(" {} ", clause.to_lowercase());
    FUTURE_AUTOMATON.find_overlapping_iter(&lower).any(|m| {
        let cue = FUTURE_CUES[m.pattern().as_usize()].trim();
        let before = lower[..m.start()].chars().next_back().unwrap_or(' ');
        let after = lower[m.end()..].chars().next().unwrap_or(' ');
        !before.is_alphanumeric() && !after.is_alphanumeric()
            || cue.starts_with('\'')
            || cue.starts_with('’')
    })
}

/// Whether a headline tells its happening as a prospect (planned, due, expected or hoped
/// for: "Salazar is due to visit the site", "The company was due to make a payment") rather
/// than as done. Only the main clause counts: a cue after a subordinator ("BP shares fell
/// over worries that the company will pay") or with no subject before it ("Plan to cap the
/// leak delayed") is not the headline's tense. The merge titles a happened event with a
/// headline that is not a prospect, when one of its mentions has one.
pub fn tells_as_prospect(title: &str) -> bool {
    let words: Vec<String> = title.split_whitespace().map(bare_lower).collect();
    let main = words
        .iter()
        .position(|w| SUBORDINATORS.contains(&w.as_str()))
        .unwrap_or(words.len());
    if main < 2 {
        return false;
    }
    // The main clause from its second word on: the subject stands before any cue.
    let head = format!(" {} ", words[1..main].join(" "));
    PROSPECT_AUTOMATON.is_match(&head)
}

/// Every future and prospect cue as a whole-word pattern (" is due to "), one automaton
/// built once. Performance: a string searcher per cue per title (two per member of every
/// event) made building events twice as slow on large corpora.
static PROSPECT_AUTOMATON: LazyLock<AhoCorasick> = LazyLock::new(|| {
    let cues = FUTURE_CUES.iter().chain(PROSPECT_CUES.iter());
    AhoCorasick::new(cues.map(|c| format!(" {} ", c.trim()))).expect("prospect cues build")
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quality_prefers_named_subjects_and_clauses() {
        let q = quality;
        assert_eq!(q("Obama suspended drilling on 33 rigs"), 3);
        assert_eq!(q("He is due to visit the Gulf"), 2);
        assert_eq!(q("$ 360m BP scheduled to make a payment"), 2);
        assert_eq!(q("The test in the Gulf of Mexico"), 2);
        assert_eq!(q("Obama spoke"), 0);
        // A question asks about a happening; it titles an event only when nothing else does.
        assert_eq!(
            q("Does that mean the White House is unhappy with the speech…"),
            0
        );
        assert_eq!(q("BP can stop the leak by August?"), 0);
        assert_eq!(q("When engineers removed the cap, oil began to flow"), 3);
    }

    #[test]
    fn reported_speech_about_a_date() {
        let r = |c: &str, d: &str| {
            let ts = c.find(d).unwrap();
            is_reported_speech(c, ts, ts + d.len())
        };
        assert!(r(
            "Officials said the convoy crossed the border on Tuesday",
            "Tuesday"
        ));
        assert!(r(
            "The Kremlin said Putin also had a call Tuesday with Draghi",
            "Tuesday"
        ));
        assert!(r(
            "According to Reuters, the talks collapsed on Monday",
            "Monday"
        ));
        // A date on the saying itself dates a statement that happened.
        assert!(!r(
            "Putin said on Tuesday that the dialogue was over",
            "Tuesday"
        ));
        assert!(!r(
            "On Tuesday, officials said the convoy crossed",
            "Tuesday"
        ));
        assert!(!r("Putin said Tuesday that talks would go on", "Tuesday"));
        assert!(!r(
            "Medvedev said in an interview with the Wall Street Journal on Thursday that BP must pay",
            "Thursday"
        ));
        assert!(!r("'' said Mr Wells late on Tuesday", "Tuesday"));
        // No claim verb: the outlet's own report.
        assert!(!r("The convoy crossed the border on Tuesday", "Tuesday"));
    }

    #[test]
    fn prospects_are_told_apart_from_happenings() {
        assert!(tells_as_prospect(
            "Salazar is due to visit the disaster site"
        ));
        assert!(tells_as_prospect(
            "The company was due to make a $2.6bn dividend payment"
        ));
        assert!(tells_as_prospect("First dividend payment was due"));
        assert!(tells_as_prospect("BP hopes to begin pumping oil"));
        assert!(tells_as_prospect("BP will attempt to stem the oil flow"));
        assert!(!tells_as_prospect("Hayward was grilled by US congressmen"));
        assert!(!tells_as_prospect("Dues were paid to the union"));
        assert!(!tells_as_prospect("The willow was to the east"));
        // Only the main clause's tense counts.
        assert!(!tells_as_prospect(
            "BP shares fell 3.4 % over worries that the company will have to pay"
        ));
        assert!(!tells_as_prospect(
            "The US Coast Guard expressed concern that the company's plans to contain the oil"
        ));
        assert!(!tells_as_prospect("Plan to cap oil leak with dome delayed"));
    }

    #[test]
    fn future_cues() {
        assert!(is_future("On Friday, Putin will travel to Beijing"));
        assert!(is_future("Blinken is due to testify on Tuesday"));
        assert!(!is_future("Putin said on Tuesday"));
        assert!(!is_future("the willow"));
    }
}
