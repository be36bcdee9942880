//! Pronoun subjects of titles, replaced by the antecedent the article gives: "He was a
//! popular choice for the top job" after "Mr Hayward began his career with BP…" becomes
//! "Tony Hayward was a popular choice…" when the article names him "Tony Hayward" (only
//! the title changes; the quote keeps the sentence as written).
//!
//! The rules are conservative, as a wrong name is worse than a pronoun:
//! * "he"/"she" take the one named person of the nearest sentence naming any (the clause's
//!   own words before the pronoun, then the sentences before it). Further back than the
//!   previous sentence only along a chain of the same pronoun ("Mr Svanberg… he received…
//!   he worked…"). Two persons there, a person of the other sex, a person named by role
//!   ("the president says…") on the way, or the name in the title itself: left alone.
//! * "it" takes the named subject of the clause before it in its sentence, or of the
//!   previous sentence when the pronoun opens its own ("Kuwait is high on the list. It has
//!   had a relationship…"); "they" the same when that subject is two names joined by "and".
//!   An "it" followed by a form of "be" or by an expletive verb ("It was the first", "it
//!   could take months", "It emerged") is never resolved.
//! * A pronoun inside quotation marks speaks from inside the quote: left alone.
//!
//! Word lists are data in `super::lexicon` and `super::given_names`.

use super::given_names::{is_feminine_given_name, is_given_name};
use super::headline::bare_lower;
use super::lexicon::{
    ANAPHORIC_SUBJECTS, BE_FORMS, CLAIM_VERBS, CONNECTIVES, EXPLETIVE_IT_VERBS, FEMININE_FORMS,
    FEMININE_TITLES, MASCULINE_FORMS, MASCULINE_TITLES, PERSON_NOUNS, PERSON_TITLES,
    REPORTING_VERBS, ROLE_DETERMINERS,
};
use super::status::is_verb_hint;
use super::words::{actor_key, actors};

/// How many sentences back a chain of "he"/"she" is followed.
const MAX_SENTENCES_BACK: usize = 4;

/// The title with its pronoun subject replaced by the antecedent, or `None` when the
/// title does not start with a resolvable pronoun or no antecedent is clear.
///
/// `text` is the article, `sentences` its sentence spans (bytes, in order), `si` the index
/// of the title's sentence and `clause_start` the byte (in `text`) where the title's clause
/// begins.
pub fn resolve_title(
    title: &str,
    text: &str,
    sentences: &[(usize, usize)],
    si: usize,
    clause_start: usize,
) -> Option<String> {
    let first = title.split_whitespace().next()?;
    // A title opening on a quotation mark or a bracket speaks from inside it: left alone
    // (and the pronoun's letters are then not the first bytes of the word).
    if !first.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let pronoun = bare_lower(first);
    let pronoun = ANAPHORIC_SUBJECTS.iter().find(|p| **p == pronoun)?;
    let second = title.split_whitespace().nth(1).map(bare_lower)?;
    let &(ss, se) = sentences.get(si)?;
    let at = locate(text, clause_start.max(ss), se, pronoun, &second)?;
    if quoted(&text[ss..at]) || closes_quote(&text[at..se]) {
        return None;
    }
    let name = match *pronoun {
        "he" | "she" => person_antecedent(text, sentences, si, at, *pronoun == "she"),
        _ => {
            if *pronoun == "it" && is_expletive(title) {
                return None;
            }
            subject_antecedent(text, sentences, si, at, *pronoun == "they")
        }
    }?;
    // A pronoun does not stand for a name its own clause gives ("He would meet BP Chairman
    // Carl-Henric Svanberg" is not Svanberg).
    let title_keys: Vec<String> = title.split_whitespace().map(bare_lower).collect();
    if name
        .split_whitespace()
        .any(|w| w != "and" && title_keys.contains(&bare_lower(w)))
    {
        return None;
    }
    let rest = first.get(pronoun.len()..)?;
    let tail = title[first.len()..].to_string();
    Some(format!("{name}{rest}{tail}"))
}

/// Byte offset in `text` of the pronoun the title starts with: its first occurrence in
/// `[from, to)` as a whole word followed by the title's second word.
fn locate(text: &str, from: usize, to: usize, pronoun: &str, second: &str) -> Option<usize> {
    let span = text.get(from..to)?;
    let mut words = span
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - span.as_ptr() as usize, w))
        .peekable();
    while let Some((at, w)) = words.next() {
        let next = words.peek().map(|(_, n)| bare_lower(n)).unwrap_or_default();
        let lw = w.to_lowercase();
        // "He" or "He's" (untokenised clitic).
        let bare = lw.split(['\'', '’']).next().unwrap_or("");
        if bare == pronoun && (next == second || lw.len() > pronoun.len()) {
            return Some(from + at);
        }
    }
    None
}

/// Whether the end of `before` lies inside quotation marks (curly, straight or tokenised
/// `` … '').
fn quoted(before: &str) -> bool {
    before.matches('“').count() > before.matches('”').count()
        || before.matches('"').count() % 2 == 1
        || before.matches("``").count() > before.matches("''").count()
}

/// Whether `after` closes a quotation it did not open ("He will become… '' End Quote
/// Robert Peston"): the words before it were quoted, with the opening mark left out.
fn closes_quote(after: &str) -> bool {
    let closing = after.find(['”']).or_else(|| after.find("''"));
    let opening = after.find(['“']).or_else(|| after.find("``"));
    match (closing, opening) {
        (Some(c), Some(o)) => c < o,
        (Some(_), None) => true,
        _ => false,
    }
}

/// Whether the words after the "it" opening `title` make it expletive or a thing's: a form of "be" among
/// the next four words, or an expletive verb next ("It emerged", "it could take").
fn is_expletive(after: &str) -> bool {
    let words: Vec<String> = after
        .split_whitespace()
        .skip(1)
        .take(4)
        .map(bare_lower)
        .collect();
    let clitic = after
        .split_whitespace()
        .next()
        .is_some_and(|w| w.len() > 2 && !w.eq_ignore_ascii_case("it"));
    clitic
        || words
            .iter()
            .any(|w| BE_FORMS.contains(&w.as_str()) || w == "s")
        || words
            .iter()
            .take(2)
            .any(|w| EXPLETIVE_IT_VERBS.contains(&w.as_str()))
}

/// A named person in a stretch of text.
struct Person {
    key: String,
    /// As the title will name them: "Given Surname", or the surname alone.
    display: String,
    feminine: bool,
    masculine: bool,
}

/// Whitespace words of `s` with punctuation trimmed, keeping their original case.
fn plain_words(s: &str) -> Vec<&str> {
    s.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'))
        .filter(|w| !w.is_empty())
        .collect()
}

fn is_title_word(w: &str) -> bool {
    PERSON_TITLES.contains(&w.trim_end_matches('.'))
}

/// The named persons of `seg`: actors with a given name ("Alan Sinclair"), with a title
/// before or in the name ("Mr Dudley", "Adm Allen"), or whose key `known` names a person.
fn persons_in(seg: &str, known: &[String]) -> Vec<Person> {
    let words = plain_words(seg);
    let mut out: Vec<Person> = Vec::new();
    for name in actors(seg) {
        let parts: Vec<&str> = name.split_whitespace().collect();
        let Some(&last) = parts.last() else { continue };
        // The word before the name in the segment (its first occurrence).
        let first = parts[0].trim_end_matches('.');
        let before = words
            .iter()
            .position(|w| *w == first)
            .and_then(|i| i.checked_sub(1))
            .map(|i| words[i].trim_end_matches('.'));
        let titles: Vec<&str> = before
            .into_iter()
            .chain(parts[..parts.len() - 1].iter().copied())
            .filter(|w| is_title_word(w))
            .collect();
        let given = parts.len() >= 2 && is_given_name(parts[parts.len() - 2]);
        let key = actor_key(&name);
        if !(given || !titles.is_empty() || known.contains(&key)) || last.len() < 2 {
            continue;
        }
        let display = if given {
            format!("{} {last}", parts[parts.len() - 2])
        } else {
            last.to_string()
        };
        let feminine = titles.iter().any(|t| FEMININE_TITLES.contains(t))
            || given && is_feminine_given_name(parts[parts.len() - 2]);
        let masculine = titles.iter().any(|t| MASCULINE_TITLES.contains(t));
        if !out.iter().any(|p| p.key == key) {
            out.push(Person {
                key,
                display,
                feminine,
                masculine,
            });
        }
    }
    out
}

/// Whether `seg` has a person named by role as a subject: a determiner, a role noun ("the
/// president", "a BP spokesman") and a verb within the next two words.
fn role_subject(seg: &str) -> bool {
    let words: Vec<String> = seg.split_whitespace().map(bare_lower).collect();
    words.iter().enumerate().any(|(i, w)| {
        ROLE_DETERMINERS.contains(&w.as_str())
            && words[i + 1..].iter().take(3).enumerate().any(|(k, n)| {
                PERSON_NOUNS.contains(&n.as_str())
                    && words[i + 2 + k..].iter().take(2).any(|v| {
                        is_verb_hint(v)
                            || CLAIM_VERBS.contains(&v.as_str())
                            || REPORTING_VERBS.contains(&v.as_str())
                    })
            })
    })
}

/// The stretches to search, nearest first: the sentence up to the pronoun, then the
/// sentences before it.
fn stretches<'a>(
    text: &'a str,
    sentences: &[(usize, usize)],
    si: usize,
    at: usize,
) -> Vec<&'a str> {
    let mut out = vec![&text[sentences[si].0..at]];
    for &(s, e) in sentences[..si].iter().rev().take(MAX_SENTENCES_BACK) {
        out.push(&text[s..e]);
    }
    out
}

fn person_antecedent(
    text: &str,
    sentences: &[(usize, usize)],
    si: usize,
    at: usize,
    she: bool,
) -> Option<String> {
    // Persons the article named before, by key, so a later bare "Hayward" counts.
    let before = &text[..at];
    let all = persons_in(before, &[]);
    let known: Vec<String> = all.iter().map(|p| p.key.clone()).collect();
    let forms = if she { FEMININE_FORMS } else { MASCULINE_FORMS };
    for (k, seg) in stretches(text, sentences, si, at).into_iter().enumerate() {
        let persons = persons_in(seg, &known);
        // A person named by role after any named one ("The president says that he will…").
        if role_subject(seg) {
            return None;
        }
        match persons.as_slice() {
            [] => {
                // Past the previous sentence only along a chain of the same pronoun.
                let chained = seg
                    .split_whitespace()
                    .any(|w| forms.contains(&bare_lower(w).as_str()));
                if k > 0 && !chained {
                    return None;
                }
            }
            [p] => {
                let fits = if she { p.feminine } else { !p.feminine } && !(she && p.masculine);
                if !fits {
                    return None;
                }
                // The article's full name for a bare surname, when it gives exactly one.
                if !p.display.contains(' ') {
                    let full: Vec<&Person> = all
                        .iter()
                        .filter(|q| q.key == p.key && q.display.contains(' '))
                        .collect();
                    if let [q] = full.as_slice() {
                        return Some(q.display.clone());
                    }
                }
                return Some(p.display.clone());
            }
            _ => return None,
        }
    }
    None
}

/// Whether `w` is a word the article only ever writes capitalised, so a name even at the
/// start of a sentence ("Kuwait is…", not "Oil is…").
fn only_capitalised(text: &str, w: &str) -> bool {
    if w.chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase)
    {
        return true;
    }
    let lower = w.to_lowercase();
    !text
        .split_whitespace()
        .any(|t| t.trim_matches(|c: char| !c.is_alphanumeric()) == lower)
}

/// The named subject of `seg`, if it opens with one: one actor (two joined by "and" when
/// `pair`), not a person, not a possessor ("BP 's shares"), followed by a verb.
fn named_subject(text: &str, seg: &str, pair: bool) -> Option<String> {
    let mut words: Vec<&str> = seg.split_whitespace().collect();
    // Skip openers: "But", "Meanwhile ,".
    while let Some(w) = words.first() {
        let lw = bare_lower(w);
        if lw.is_empty() || CONNECTIVES.contains(&lw.as_str()) {
            words.remove(0);
        } else {
            break;
        }
    }
    let mut names = Vec::new();
    let mut i = 0;
    loop {
        let rest = words[i..].join(" ");
        let name = actors(&rest).into_iter().next()?;
        let n = name.split_whitespace().count();
        // The actor must be the very words here, each capitalised as written.
        if words.len() < i + n
            || words[i..i + n]
                .iter()
                .zip(name.split_whitespace())
                .any(|(a, b)| a.trim_end_matches([',', '.']) != b)
        {
            return None;
        }
        if !persons_in(&name, &[]).is_empty() || !only_capitalised(text, words[i]) {
            return None;
        }
        names.push(name);
        i += n;
        let next = words.get(i).map(|w| w.to_lowercase()).unwrap_or_default();
        if next == "and" && pair && names.len() == 1 {
            i += 1;
            continue;
        }
        if next.starts_with('\'') || next.starts_with('’') || words[i - 1].ends_with(',') {
            return None;
        }
        // "BP initially said", "BP also said".
        let mut next = next;
        if next.ends_with("ly") || next == "also" {
            i += 1;
            next = words.get(i).map(|w| w.to_lowercase()).unwrap_or_default();
        }
        // Another subject after the verb ("BP said the cap worked, but it…"): unclear.
        if competing_subject(&words[i..].join(" ")) {
            return None;
        }
        let verb = is_verb_hint(&next)
            || CLAIM_VERBS.contains(&next.as_str())
            || REPORTING_VERBS.contains(&next.as_str());
        return (verb && names.len() == if pair { 2 } else { 1 }).then(|| names.join(" and "));
    }
}

/// Whether `seg` has a subject of its own besides the one it opens with: a determiner,
/// up to three words and a verb form ("the cap worked", "the well was capped").
fn competing_subject(seg: &str) -> bool {
    let words: Vec<&str> = seg.split_whitespace().skip(1).collect();
    words.iter().enumerate().any(|(i, w)| {
        matches!(
            bare_lower(w).as_str(),
            "the" | "a" | "an" | "its" | "their" | "this" | "these" | "that"
        ) && words[i + 1..]
            .iter()
            .take(4)
            .skip(1)
            .any(|v| is_verb_hint(v))
    })
}

/// Whether `seg` says something of its own: a verb form among its words.
fn has_clause(seg: &str) -> bool {
    seg.split_whitespace().any(is_verb_hint)
}

fn subject_antecedent(
    text: &str,
    sentences: &[(usize, usize)],
    si: usize,
    at: usize,
    they: bool,
) -> Option<String> {
    let own = &text[sentences[si].0..at];
    if let Some(name) = named_subject(text, own, they) {
        return Some(name);
    }
    // Only an adverbial ("In 2000 ,") before the pronoun: the previous sentence's subject.
    if has_clause(own) || si == 0 {
        return None;
    }
    let (s, e) = sentences[si - 1];
    named_subject(text, &text[s..e], they)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::sentences;

    /// The title resolved in `text`, for a title that starts at the sentence holding
    /// `clause`.
    fn resolved(text: &str, clause: &str, title: &str) -> Option<String> {
        let spans = sentences::split(text);
        let at = text.find(clause).unwrap();
        let si = spans.iter().position(|&(s, e)| s <= at && at < e).unwrap();
        resolve_title(title, text, &spans, si, at)
    }

    #[test]
    fn he_is_the_person_the_previous_sentences_name() {
        let text = "Tony Hayward joined BP in 1982. Mr Hayward began his career as a \
                    geologist. He was a popular choice for the top job in 2007.";
        assert_eq!(
            resolved(text, "He was", "He was a popular choice for the top job").as_deref(),
            Some("Tony Hayward was a popular choice for the top job")
        );
        // Along a chain of "he" back to the name.
        let text = "Mr Svanberg has had a distinguished career. Born in Porjus, he studied \
                    at Linkoping University. After graduating, he worked for ABB. He led \
                    the spin out of Assa Abloy in 1994.";
        assert_eq!(
            resolved(text, "He led", "He led the spin out of Assa Abloy").as_deref(),
            Some("Svanberg led the spin out of Assa Abloy")
        );
    }

    #[test]
    fn odd_titles_and_texts_never_panic() {
        let text = "Tony Hayward joined BP. \u{201c}He was there,\u{201d} he said. (He left.) \
                    He\u{2019}s gone. HE RESIGNED. He";
        let spans = sentences::split(text);
        for title in [
            "\u{201c}He was there",
            "(He left.)",
            "He\u{2019}s gone",
            "HE RESIGNED",
            "He",
            "",
            "\u{2018}It was",
            "They",
        ] {
            for si in 0..spans.len() + 1 {
                for at in (0..=text.len() + 1).step_by(3) {
                    let _ = resolve_title(title, text, &spans, si, at);
                }
            }
        }
        // A title opening on a quotation mark speaks from inside the quote.
        assert_eq!(
            resolved(text, "\u{201c}He was", "\u{201c}He was there"),
            None
        );
    }

    #[test]
    fn an_unclear_he_is_left_alone() {
        // Two persons in the previous sentence.
        let text = "President Obama is to meet Adm Allen in Louisiana. He told CNN on \
                    Thursday that BP had felt his anger.";
        assert_eq!(
            resolved(text, "He told", "He told CNN that BP had felt his anger"),
            None
        );
        // Nobody named nearby.
        let text = "Tony Hayward spoke. The oil kept flowing. The dead zone grew. He \
                    suggests there is a link on Monday.";
        assert_eq!(
            resolved(text, "He suggests", "He suggests there is a link"),
            None
        );
        // A person named by role in between.
        let text = "The BBC's Paul Adams in Washington. The president says that he will \
                    act. He wants to make sure the meeting on Monday works.";
        assert_eq!(resolved(text, "He wants", "He wants to make sure"), None);
        // The name in the title itself, and a woman for "he".
        let text = "Carl-Henric Svanberg was criticised. He would meet Carl-Henric \
                    Svanberg on Monday.";
        assert_eq!(
            resolved(text, "He would", "He would meet Carl-Henric Svanberg"),
            None
        );
        let text = "Carol Browner spoke on TV. He said on Monday the well was capped.";
        assert_eq!(
            resolved(text, "He said", "He said the well was capped"),
            None
        );
        // Quoted speech, with or without its opening mark.
        let text = "Mike Williams spoke. \"He did not want it,\" he said on Monday.";
        assert_eq!(resolved(text, "\"He did", "He did not want it"), None);
        let text = "Mr Dudley ran TNK-BP. He will join its board on Monday ” End Quote.";
        assert_eq!(resolved(text, "He will", "He will join its board"), None);
    }

    #[test]
    fn it_is_the_named_subject_before_it() {
        let text = "Kuwait is high on the list. It has had a relationship with the company \
                    since 1987.";
        assert_eq!(
            resolved(text, "It has", "It has had a relationship with the company").as_deref(),
            Some("Kuwait has had a relationship with the company")
        );
        let text = "BP initially said everything was going well, but on Saturday it said \
                    hydrates had formed.";
        assert_eq!(
            resolved(text, "BP initially", "It said hydrates had formed").as_deref(),
            Some("BP said hydrates had formed")
        );
        let text = "Obama and Cameron met in London. They agreed on Monday to talk again.";
        assert_eq!(
            resolved(text, "They agreed", "They agreed to talk again").as_deref(),
            Some("Obama and Cameron agreed to talk again")
        );
    }

    #[test]
    fn an_expletive_or_unnamed_it_is_left_alone() {
        for (title, clause) in [
            ("It was the first leak", "It was"),
            ("It is expected to announce a cap", "It is"),
            ("It could take three months to drill", "It could"),
            ("It emerged that BP knew", "It emerged"),
        ] {
            let text = format!("BP said the cap holds. {clause} on Monday then.");
            assert_eq!(resolved(&text, clause, title), None, "{title}");
        }
        // A common noun opening the sentence is no name; nor is a possessor.
        let text = "Oil is coating the beaches with oil. It said on Monday that the dome works.";
        assert_eq!(
            resolved(text, "It said", "It said that the dome works"),
            None
        );
        let text = "BP 's shares fell. It said on Monday that the dome works.";
        assert_eq!(
            resolved(text, "It said", "It said that the dome works"),
            None
        );
        // "They" for a single actor stays.
        let text = "BP agreed a fund. They said on Monday that it would pay.";
        assert_eq!(
            resolved(text, "They said", "They said that it would pay"),
            None
        );
    }
}
